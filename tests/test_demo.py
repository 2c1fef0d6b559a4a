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
