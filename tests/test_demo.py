"""The demo caseload: the examples and made-up variations, each at a stage that holds together."""

from __future__ import annotations

from coplan.demo import demo_caseload
from coplan.domain.model import PlanStatus
from coplan.domain.rules import blocking, validate
from coplan.domain.stages import Stage, changed_since_served
from coplan.policy import load_pack_by_id


def test_every_demo_plan_is_at_a_stage_that_holds_together():
    pack = load_pack_by_id("example-shire")
    plans = demo_caseload(extra=9)
    assert len(plans) == 12
    assert {p.status for p in plans} == set(PlanStatus)
    for plan in plans:
        assert not changed_since_served(plan), plan.child.full_name
        assert blocking(validate(plan, pack, stage=Stage.DRAFT)) == [], plan.child.full_name
        if plan.status is PlanStatus.CONSULTATION:
            assert plan.comment_deadline >= plan.served_on
        if plan.is_final:
            assert plan.issued_on is not None and plan.section_i


def test_each_demo_child_s_words_are_about_that_child_and_no_other():
    import json

    from coplan.demo import example_plans
    from coplan.plan_file import encode

    plans = demo_caseload(extra=40)
    examples = example_plans()
    example_names = {
        word
        for example in examples
        for word in (
            example.child.full_name.split()[0],  # (a middle name may be a parent's name)
            example.child.full_name.split()[-1],
            example.child.preferred_name,
        )
        if word
    }
    for plan in plans[len(examples) :]:
        document = encode(plan)
        for agreement in document["premises_agreements"]:
            agreement.pop("shown", None)  # made again for the copy: checked below
        words = json.dumps(document, ensure_ascii=False)
        found = {name for name in example_names if f'"{name}' in words or f" {name}" in words}
        assert not found, (plan.child.full_name, found)
        first = plan.child.full_name.split()[0]
        assert first in " ".join(o.text for o in plan.outcomes) or all(
            "I will" in o.text for o in plan.outcomes
        )
        for agreement in plan.premises_agreements:
            assert agreement.shown["child"] == plan.child.full_name


def test_demo_plans_have_distinct_children_and_distinct_file_names():
    from coplan.domain.naming import file_name_stem

    plans = demo_caseload(extra=40)
    first_names = [p.child.full_name.split()[0] for p in plans]
    assert len(set(first_names)) == len(first_names)
    assert len({file_name_stem(p) for p in plans}) == len(plans)


def test_a_demo_child_is_in_the_same_school_year_as_the_example():
    from datetime import date

    from coplan.demo import example_plans

    def school_year(born: date) -> int:
        return born.year if born.month >= 9 else born.year - 1

    def key(plan):
        return tuple((i.id, i.unit_cost.pence, i.one_off_cost.pence) for i in plan.items)

    examples = {key(e): e for e in example_plans()}
    for plan in demo_caseload(extra=12)[3:]:
        base = examples[key(plan)]
        assert school_year(plan.child.date_of_birth) == school_year(base.child.date_of_birth)


def test_a_demo_copy_s_dates_keep_their_order():
    """Each copy's timeline moves as a whole: never sent before its meeting, never due before
    it, its agreements and decisions not before it, and no payment before the agreement."""
    plans = demo_caseload(extra=40)
    for plan in plans:
        meeting = plan.meeting.held_on
        name = plan.child.full_name
        if plan.served_on:
            assert meeting <= plan.served_on, name
        if plan.final_due_on and not plan.is_final:
            assert meeting <= plan.final_due_on, name
        for agreement in plan.premises_agreements:
            assert agreement.signed_on is None or agreement.signed_on >= meeting, name
        for refusal in plan.refusals:
            assert refusal.decided_on is None or refusal.decided_on >= meeting, name
        dp = plan.direct_payment
        for signed in plan.dp_agreements:
            assert signed.signed_on >= meeting, name
            if dp and dp.first_payment_on:
                assert signed.signed_on <= dp.first_payment_on, name


def test_no_demo_boy_or_father_is_given_a_daughter_of_surname():
    from coplan.demo import BOYS_NAMES

    for plan in demo_caseload(extra=40):
        surname = plan.child.full_name.split(" ", 1)[1]
        if plan.child.preferred_name in BOYS_NAMES:
            assert not surname.startswith(("Ní ", "Nic ")), plan.child.full_name
