"""Every `coplan-plan/1` file keeps importing: converted to `/2`, what it lacked left empty.

The files in format_1/ are the examples exactly as CoPlan wrote them in `coplan-plan/1`.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from coplan.domain.model import PlanStatus
from coplan.plan_file import FORMAT, PlanFileError, decode, dumps, parse_text, read_plan
from coplan.plan_file.convert import STEPS, upgrade_document

# What issue 10 added, empty in a plan written before it.
DP_ADDED = {
    "nominated_by": "",
    "young_person_consented_on": None,
    "capacity_assessed_on": None,
    "capacity_assessment_reference": "",
    "health_care_plan_reference": "",
    "health_care_plan_agreed_on": None,
    "integrated_care_board": "",
}
REFUSAL_ADDED = {
    "requested_on": None,
    "review_rights_told_on": None,
    "review_outcome": "not_asked",
    "reviewed_on": None,
}

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
        changed = ("format", "status", "premises_agreements", "items", "over_budget_reason")
        if key not in (*changed, "direct_payment", "third_party", "refusals"):
            assert new[key] == value, key
    # Money over time: a /1 line was so many a week, all year; it reads and costs the same.
    for before, after, item in zip(old["items"], new["items"], plan.items, strict=True):
        renamed = {
            ("units_per_period" if k == "units_per_week" else k): v for k, v in before.items()
        }
        renamed = {
            ("periods_per_year" if k == "weeks_per_year" else k): v for k, v in renamed.items()
        }
        extra = {"frequency": "week", "starts_on": None, "ends_on": None, "runs_in": "all_year"}
        assert after == {**renamed, **extra}
        if before["cost_basis"] == "recurring":
            unit = before["unit"]
            assert item.how_often_text().endswith(
                f"a week, {before['weeks_per_year']} weeks a year"
            )
            assert item.quantity_text().startswith("£")
            assert unit in item.how_often_text()
    reason = old["over_budget_reason"]
    assert new["over_budget_reasons"] == dict.fromkeys(
        ("education", "health", "social_care"), reason
    )
    if old["direct_payment"] is None:
        assert new["direct_payment"] is None
    else:
        before = dict(old["direct_payment"])
        assert before.pop("nominee_name") == ""  # none of the files had a nominee
        assert new["direct_payment"] == {**before, "first_payment_on": None, **DP_ADDED}
    for before, after in zip(old["premises_agreements"], new["premises_agreements"], strict=True):
        added = {"carried_over": False, "delegated_by": "", "delegated_on": None}
        if before["withdrawal"] is not None:
            added["withdrawal"] = {**before["withdrawal"], "effective_from": None}
        assert after == {**before, **added}
    if old["third_party"] is not None:
        assert new["third_party"] == {
            **old["third_party"],
            "holds": "",
            "reports": "",
            "conditions_confirmed": False,
        }
    for before, after in zip(old["refusals"], new["refusals"], strict=True):
        assert after == {**before, **REFUSAL_ADDED}
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


def test_a_format_2_document_from_before_money_over_time_reads_as_format_1_would():
    """The schema 0002 fixture (and any development database) holds /2 documents written
    before the money-over-time fields: they read with those fields defaulted, like /1."""
    document = json.loads(dumps(read_plan(FORMAT_1_FILES[0])))
    early = copy.deepcopy(document)
    for item in early["items"]:
        item["units_per_week"] = item.pop("units_per_period")
        item["weeks_per_year"] = item.pop("periods_per_year")
        for key in ("frequency", "starts_on", "ends_on", "runs_in"):
            del item[key]
    early["over_budget_reason"] = early.pop("over_budget_reasons")["education"]
    del early["direct_payment"]["first_payment_on"]
    assert json.loads(dumps(parse_text(json.dumps(early)))) == document


@pytest.mark.parametrize("path", FORMAT_1_FILES, ids=lambda p: p.stem)
def test_a_head_teachers_agreement_signed_under_format_1_still_holds(path):
    """Converted lines say exactly what the head was shown, so the fingerprint still matches."""
    from coplan.domain.fingerprint import agreement_status

    plan = read_plan(path)
    for agreement in plan.premises_agreements:
        status = agreement_status(plan, agreement.setting_id)
        assert status.valid, (agreement.setting_id, status.changes)


def _before_issue_10(document: dict) -> dict:
    early = copy.deepcopy(document)
    payment = early["direct_payment"]
    for key in DP_ADDED:
        del payment[key]
    payment["nominee_name"] = ""
    for refusal in early["refusals"]:
        for key in REFUSAL_ADDED:
            del refusal[key]
    for agreement in early["premises_agreements"]:
        del agreement["delegated_by"], agreement["delegated_on"]
    return early


def test_a_format_2_document_from_before_issue_10_reads_exactly_as_before():
    document = json.loads(dumps(read_plan(FORMAT_1_FILES[0])))
    assert document["direct_payment"]["recipient"] == "parent"
    plan = parse_text(json.dumps(_before_issue_10(document)))
    assert json.loads(dumps(plan)) == document
    assert plan.direct_payment.recipient.value == "parent"  # an old parent stays parent


def test_an_old_nominee_keeps_its_one_name_and_who_chose_them():
    """Before issue 10 a nominee had its own name beside the recipient's, and a PDF could print
    two different people as paid: the nominee's name is now the one name, and the other name
    recorded is who chose the nominee, so nothing typed is lost."""
    early = _before_issue_10(json.loads(dumps(read_plan(FORMAT_1_FILES[0]))))
    early["direct_payment"].update(
        recipient="nominee", recipient_name="Sara Khan", nominee_name="Ruth Khan"
    )
    dp = parse_text(json.dumps(early)).direct_payment
    assert (dp.recipient.value, dp.recipient_name, dp.nominated_by) == (
        "nominee",
        "Ruth Khan",
        "Sara Khan",
    )
    early["direct_payment"].update(recipient_name="Ruth Khan")  # the same person twice
    dp = parse_text(json.dumps(early)).direct_payment
    assert (dp.recipient_name, dp.nominated_by) == ("Ruth Khan", "")
    early["direct_payment"].update(recipient_name="Sara Khan", nominee_name="")  # name only once
    dp = parse_text(json.dumps(early)).direct_payment
    assert (dp.recipient_name, dp.nominated_by) == ("Sara Khan", "")
