"""Each rule is declared once, at its stage; the decisions table is generated from them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coplan.domain import rules
from coplan.domain.rules import RULES, RULES_TABLE_END, RULES_TABLE_START, rule, rules_table
from coplan.domain.stages import Stage

DECISIONS = Path(__file__).resolve().parents[2] / "docs" / "decisions.md"
SOURCE = Path(rules.__file__).read_text(encoding="utf-8")

# The principle, rule by rule: what makes the document wrong stops the draft; what
# consultation can settle stops the final plan; conditions for paying stop the payments.
EXPECTED_STAGES = {
    "item.category_excluded": Stage.DRAFT,
    "refusal.no_reasons": Stage.DRAFT,
    "premises.decline_no_reason": Stage.DRAFT,
    "item.no_outcome": Stage.DRAFT,
    "item.dp_no_needs": Stage.DRAFT,
    "dates.deadline_too_soon": Stage.DRAFT,
    "premises.not_agreed": Stage.FINAL,
    "premises.declined": Stage.FINAL,
    "premises.changed": Stage.FINAL,
    "premises.withdrawn": Stage.FINAL,
    "premises.confirm_again": Stage.FINAL,
    "dp.condition_not_confirmed": Stage.FINAL,
    "dp.recipient_not_eligible": Stage.FINAL,
    "item.condition_not_recorded": Stage.FINAL,
    "budget.over_without_reason": Stage.FINAL,
    "final.not_served": Stage.FINAL,
    "final.comments_open": Stage.FINAL,
    "final.no_section_i": Stage.FINAL,
    "dp.agreement_not_signed": Stage.PAYMENTS,
    "dp.no_dedicated_account": Stage.PAYMENTS,
    "outcome.unserved": None,
    "final.overdue": None,
}


@pytest.mark.parametrize(("code", "stage"), EXPECTED_STAGES.items())
def test_each_rule_sits_at_the_stage_the_law_or_the_pack_puts_it(code, stage):
    assert RULES[code].stops is stage


def test_every_rule_that_stops_something_says_why_at_that_stage():
    assert len(RULES) >= 60
    for declared in RULES.values():
        assert re.fullmatch(r"[a-z_]+\.[a-z_]+", declared.code)
        assert declared.message[0].isupper() or declared.message[0] in "“{"
        if declared.stops is not None:
            assert declared.why, declared.code


def test_every_code_a_check_can_produce_is_declared_and_used():
    used = set(re.findall(r"findings\.add\(\s*([A-Z_]+)", SOURCE))
    declared = {name for name, value in vars(rules).items() if isinstance(value, rules.Rule)}
    assert used == declared  # nothing declared but never checked, nothing checked undeclared


def test_a_rule_cannot_be_declared_twice():
    with pytest.raises(ValueError, match="declared twice"):
        rule("item.no_outcome", Stage.DRAFT, "items", "Again.")


def test_the_decisions_table_is_generated_from_the_rules():
    text = DECISIONS.read_text(encoding="utf-8")
    start = text.index(RULES_TABLE_START) + len(RULES_TABLE_START)
    table = text[start : text.index(RULES_TABLE_END)].strip() + "\n"
    assert table == rules_table(), "run scripts/rules-table"
    for code in RULES:
        assert f"`{code}`" in table


def test_a_finding_stops_its_stage_and_every_later_one():
    finding = RULES["premises.not_agreed"].finding(Stage.DRAFT, setting="s1", name="x", items="")
    assert (finding.stops(Stage.DRAFT), finding.stops(Stage.FINAL)) == (False, True)
    assert finding.stops(Stage.PAYMENTS)
    assert not finding.blocking  # checked for the draft: shown as still to settle
    advice = RULES["outcome.unserved"].finding(Stage.PAYMENTS, outcome="o1", text="x")
    assert not any(advice.stops(stage) for stage in Stage)
