"""Every `coplan-plan/1` file keeps importing: converted to `/2`, what it lacked left empty.

The files in format_1/ are the examples exactly as CoPlan wrote them in `coplan-plan/1`.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from coplan.domain.model import PlanStatus
from coplan.plan_file import FORMAT, PlanFileError, decode, dumps, parse_text, read_plan
from coplan.plan_file.convert import STEPS, upgrade_document

FORMAT_1_FILES = sorted((Path(__file__).parent / "format_1").glob("*.json"))


def test_there_are_format_1_files_to_read():
    assert len(FORMAT_1_FILES) == 3
    assert all(json.loads(p.read_text())["format"] == "coplan-plan/1" for p in FORMAT_1_FILES)


@pytest.mark.parametrize("path", FORMAT_1_FILES, ids=lambda p: p.stem)
def test_a_format_1_file_imports_and_is_written_back_as_format_2(path):
    old = json.loads(path.read_text())
    plan = read_plan(path)
    # "for_consultation" is now "sent for consultation"; nothing else of the plan changed.
    assert old["status"] == "for_consultation"
    assert plan.status is PlanStatus.CONSULTATION
    assert plan.served_on == date.fromisoformat(old["served_on"])
    assert plan.comment_deadline == date.fromisoformat(old["comment_deadline"])
    assert (plan.draft_revision, plan.served_to, plan.responses, plan.earlier_services) == (
        1,
        [],
        [],
        [],
    )
    assert (plan.assessment_requested_on, plan.final_due_on, plan.issued_on) == (None, None, None)
    assert plan.section_i == "" and plan.to_decide_again == []
    assert all(not a.carried_over for a in plan.premises_agreements)
    new = json.loads(dumps(plan))
    assert new["format"] == FORMAT == "coplan-plan/2"
    for key, value in old.items():
        if key not in ("format", "status", "premises_agreements"):
            assert new[key] == value, key
    for before, after in zip(old["premises_agreements"], new["premises_agreements"], strict=True):
        assert after == {**before, "carried_over": False}
    # The plan as read is the plan as written again: the round trip in /2 is exact.
    assert dumps(parse_text(dumps(plan))) == dumps(plan)


@pytest.mark.parametrize(("old", "new"), [("agreed", "final"), ("draft", "draft")])
def test_format_1_statuses_get_the_stage_names(old, new):
    document = json.loads(FORMAT_1_FILES[0].read_text())
    document["status"] = old
    assert parse_text(json.dumps(document)).status is PlanStatus(new)


def test_the_store_reads_format_1_documents_through_the_same_conversion():
    document = json.loads(FORMAT_1_FILES[0].read_text())
    assert decode(document).status is PlanStatus.CONSULTATION
    assert document["format"] == "coplan-plan/1"  # the caller's document is left as it was


def test_a_broken_format_1_file_is_refused_with_the_usual_message():
    document = json.loads(FORMAT_1_FILES[0].read_text())
    document["items"][0]["unit_cost"] = "-1.00"
    document["premises_agreements"] = "not a list"
    with pytest.raises(PlanFileError) as caught:
        parse_text(json.dumps(document))
    assert caught.value.where == "items[0].unit_cost"


@pytest.mark.parametrize("value", [None, [], "x", 3, {"format": ["coplan-plan/1"]}])
def test_conversion_leaves_what_it_does_not_recognise_alone(value):
    assert upgrade_document(value) is value


def test_every_older_format_converts_to_the_current_one():
    for start in STEPS:
        assert upgrade_document({"format": start})["format"] == FORMAT
