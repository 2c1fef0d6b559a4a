"""A second council's pack changes what the same plan is told, with no change to any code."""

from __future__ import annotations

from decimal import Decimal

import pytest
from factories import EXAMPLES, build_plan

from coplan.domain import ras
from coplan.domain.model import (
    CostBasis,
    FundingStream,
    Location,
    ManagementOption,
    ProvisionItem,
    RecipientKind,
)
from coplan.domain.money import Money
from coplan.domain.rules import validate
from coplan.domain.stages import Stage
from coplan.plan_file import read_plan


def codes(findings, *, blocking_only: bool = False) -> set[tuple[str, str]]:
    return {(f.field, f.code) for f in findings if f.blocking or not blocking_only}


@pytest.fixture
def ipad():
    return read_plan(EXAMPLES / "ipad-communication.json")


def test_the_same_answers_score_differently_under_each_pack(pack, strict_pack, ipad):
    answers = ipad.indicative.ras_answers
    shire = ras.score(pack.ras, answers)
    strict = ras.score(strict_pack.ras, answers)
    assert (shire.score, shire.band.id) == (170, "band-5")
    assert shire.amounts == {
        FundingStream.EDUCATION: Money(450000),
        FundingStream.SOCIAL_CARE: Money(400000),
    }
    assert (strict.score, strict.band.id) == (100, "C")
    assert strict.amounts == {
        FundingStream.EDUCATION: Money(240000),
        FundingStream.SOCIAL_CARE: Money(90000),
    }


# The iPad example's speech and language therapy serves a classroom outcome and is charged to
# health: in law it is educational provision, which the plan is told (advice, stopping nothing).
IPAD_ADVICE = {("items[p4].funding", "item.education_charged_to_health")}


def test_a_score_recorded_under_one_pack_is_questioned_under_the_other(pack, strict_pack, ipad):
    assert codes(validate(ipad, pack, stage=Stage.DRAFT)) == IPAD_ADVICE
    mismatch = ("indicative.ras_score", "indicative.ras_mismatch")
    assert mismatch in codes(validate(ipad, strict_pack))


def test_equipment_by_direct_payment_is_refused_only_by_the_strict_pack(pack, strict_pack, ipad):
    strict = codes(validate(ipad, strict_pack), blocking_only=True)
    for item in ("p1", "p2"):
        assert (f"items[{item}].management", "item.category_no_direct_payment") in strict
        assert (
            f"items[{item}].condition_evidence.panel_approved",
            "item.condition_not_recorded",
        ) in strict
    assert codes(validate(ipad, pack, stage=Stage.DRAFT)) == IPAD_ADVICE


def test_the_strict_pack_gives_its_own_reason(strict_pack, ipad):
    messages = [f.message for f in validate(ipad, strict_pack) if f.field == "items[p1].management"]
    assert messages == [
        "Specialist equipment cannot be paid by direct payment. Strict Borough buys all "
        "specialist equipment itself, so that it can be serviced and reused."
    ]


def test_the_comment_period_comes_from_the_pack(pack, strict_pack, ipad):
    deadline = ("comment_deadline", "dates.deadline_too_soon")
    assert (ipad.comment_deadline - ipad.served_on).days == 14  # 15 days, the first included
    assert deadline not in codes(validate(ipad, pack))
    assert deadline in codes(validate(ipad, strict_pack), blocking_only=True)


def test_a_young_person_may_hold_the_direct_payment_only_under_example_shire(pack, strict_pack):
    plan = read_plan(EXAMPLES / "work-experience-16.json")
    assert plan.direct_payment.recipient is RecipientKind.YOUNG_PERSON
    not_eligible = ("direct_payment.recipient", "dp.recipient_not_eligible")
    assert not_eligible not in codes(validate(plan, pack))
    assert not_eligible in codes(validate(plan, strict_pack), blocking_only=True)


def test_the_over_budget_tolerance_comes_from_the_pack(pack, strict_pack):
    plan = read_plan(EXAMPLES / "work-experience-16.json")
    plan.over_budget_reasons = {}  # social care £126.00 over: more than £0.00, less than £250.00
    over = ("over_budget_reasons.social_care", "budget.over_without_reason")
    assert over in codes(validate(plan, pack), blocking_only=True)
    assert over not in codes(validate(plan, strict_pack))


def _transport_item() -> ProvisionItem:
    return ProvisionItem(
        "p9",
        "Mileage for Mum to drive to school",
        category="home_to_school_transport",
        funding=FundingStream.EDUCATION,
        management=ManagementOption.DIRECT_PAYMENT,
        cost_basis=CostBasis.RECURRING,
        unit_cost=Money(45),
        unit="mile",
        units_per_period=Decimal(60),
        periods_per_year=Decimal(39),
        delivered_by="Mum",
        location=Location.COMMUNITY,
        outcome_ids=["o1"],
        need_ids=["n1"],
        condition_evidence={
            "transport_entitled": "Eligible for free transport, decision of 1 September 2026",
            "transport_cost_effective": "Taxi quote £4,200 a year against mileage £1,053",
        },
    )


def test_transport_is_conditional_in_one_pack_and_excluded_in_the_other(pack, strict_pack):
    plan = build_plan()
    plan.items.append(_transport_item())
    plan.over_budget_reasons = {
        stream: "Transport is costed separately from the banding."
        for stream in (FundingStream.EDUCATION, FundingStream.SOCIAL_CARE)
    }
    excluded = ("items[p9].category", "item.category_excluded")
    assert excluded not in codes(validate(plan, pack))
    assert excluded in codes(validate(plan, strict_pack), blocking_only=True)


def test_transport_without_its_evidence_is_blocked_by_example_shire(pack):
    plan = build_plan()
    item = _transport_item()
    item.condition_evidence.pop("transport_cost_effective")
    plan.items.append(item)
    assert (
        "items[p9].condition_evidence.transport_cost_effective",
        "item.condition_not_recorded",
    ) in codes(validate(plan, pack), blocking_only=True)


def test_an_installed_packs_id_must_be_its_file_name(tmp_path, monkeypatch):
    import shutil

    from coplan.policy import PolicyPackError, load_pack, loader

    folder = tmp_path / "policies"
    folder.mkdir()
    shutil.copy(loader.packs_dir() / "example-shire.toml", folder / "renamed-shire.toml")
    monkeypatch.setattr(loader, "packs_dir", lambda: folder)
    with pytest.raises(PolicyPackError, match="must be its file name"):
        load_pack(folder / "renamed-shire.toml")


def test_a_health_direct_payment_is_refused_in_writing_only_by_the_strict_pack(
    pack, strict_pack, ipad
):
    refused = ("items[p4].management", "item.stream_no_direct_payment")
    assert refused not in codes(validate(ipad, pack))
    assert refused in codes(validate(ipad, strict_pack), blocking_only=True)
    [message] = [
        f.message for f in validate(ipad, strict_pack) if f.code == "item.stream_no_direct_payment"
    ]
    assert "Strict Borough" in message and "refused in writing" in message
