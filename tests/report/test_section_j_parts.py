"""The pure parts of the report: comparing versions, drawing a signature, naming settings."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from section_j_plans import SCHOOL, SIGNATURE, annual_review, typical_plan

from coplan.domain.model import SettingKind
from coplan.report.compare import ChangeKind, compare_items
from coplan.report.context import ReportContext
from coplan.report.labels import explanation, sentence
from coplan.report.redact import without_setting_names
from coplan.report.signature import signature_drawing


def test_compare_finds_added_removed_and_changed_items():
    previous = typical_plan()
    changes = {c.item.id: c for c in compare_items(previous, annual_review(previous))}
    assert changes["p99"].kind is ChangeKind.ADDED and changes["p99"].cost_before is None
    assert changes["p6"].kind is ChangeKind.REMOVED and changes["p6"].cost_after is None
    therapy = changes["p3"]
    assert therapy.kind is ChangeKind.CHANGED
    assert (therapy.cost_before.text(), therapy.cost_after.text()) == (
        "£2,250.00 a year",
        "£1,500.00 a year",
    )
    assert [d.what for d in therapy.details] == ["How much"]
    assert len(changes) == 3


def test_compare_sees_changes_that_keep_the_cost():
    previous = typical_plan()
    plan = copy.deepcopy(previous)
    plan.item("p1").delivered_by = "Another tutor"
    [change] = compare_items(previous, plan)
    assert [(d.what, d.before, d.after) for d in change.details] == [
        ("Who delivers it", previous.item("p1").delivered_by, "Another tutor")
    ]


def test_a_drawn_signature_becomes_vector_lines():
    drawing = signature_drawing(SIGNATURE, 150, 42)
    assert drawing is not None and drawing.width == 150 and len(drawing.contents) == 1


@pytest.mark.parametrize(
    "path",
    [
        "",
        "M 10 10",
        "M 0 0 A 5 5 0 0 1 10 10",
        "<script>alert(1)</script>",
        "L 5 5",
        "M 1e999 0 L 1 1",
        "M 0 0 L" + " 1 1" * 100_001,
    ],
)
def test_anything_else_is_not_drawn(path):
    assert signature_drawing(path, 150, 42) is None


def test_relative_and_shorthand_commands_are_understood():
    assert signature_drawing(
        "m 0 0 l 10 10 h 5 v -3 c 1 1 2 2 3 3 s 1 1 2 2 q 1 1 2 2 t 3 3 z", 100, 30
    )


def test_settings_are_named_only_where_the_pack_allows(pack):
    plan = typical_plan()
    assert ReportContext(plan, pack, date(2026, 11, 23)).setting_name("s1") == SCHOOL
    import dataclasses

    quiet = dataclasses.replace(pack, name_setting_in_premises_agreements=False)
    context = ReportContext(plan, quiet, date(2026, 11, 23))
    assert context.setting_name("s1") == "the school"  # a school: never "school/setting"


def test_setting_names_are_taken_out_of_free_text_but_not_out_of_the_agreements():
    plan = typical_plan()
    plan.organised_holder = f"{SCHOOL.upper()}, with the council"
    plan.item("p5").delivered_by = "oakfield  primary school teaching assistant"
    plan.item("p6").when = "Saturdays at Oakfield Primary Schoolhouse"  # another name: kept
    printed = without_setting_names(plan)
    # Each name by its kind's word, capitalised where it starts the text.
    assert printed.organised_holder == "The school, with the council"
    assert printed.item("p5").delivered_by == "The school teaching assistant"
    assert printed.item("p6").when == plan.item("p6").when
    assert printed.settings[0].name == SCHOOL
    assert printed.premises_agreements[0].shown == plan.premises_agreements[0].shown
    assert plan.organised_holder.startswith(SCHOOL.upper())  # the plan itself is untouched


def test_a_colleges_name_reads_the_college_and_mid_sentence_words_stay_lower_case():
    plan = typical_plan()
    plan.settings[0].kind = SettingKind.COLLEGE
    plan.organised_holder = f"Held by {SCHOOL} for the family"
    printed = without_setting_names(plan)
    assert printed.organised_holder == "Held by the college for the family"


def test_explanations_drop_the_term_a_pack_starts_with():
    assert explanation("Direct payment", "Direct payment: the money is paid to you.") == (
        "The money is paid to you."
    )
    assert explanation("Mixed", "", "some one way.") == "Some one way."
    assert sentence("no stop") == "no stop." and sentence("done.") == "done." and sentence("") == ""
