"""Test plans: `build_plan()` is a small, fully valid plan to break one rule at a time.

Importable from any test module as `from factories import build_plan` (pytest pythonpath).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from coplan.domain import agreements, dp_agreement
from coplan.domain.model import (
    Child,
    CostBasis,
    Decision,
    DirectPaymentArrangement,
    FundingStream,
    IndicativeBudget,
    IndicativeSource,
    Location,
    ManagementOption,
    Meeting,
    MeetingKind,
    Need,
    NeedSection,
    Outcome,
    OutcomeArea,
    Plan,
    ProvisionItem,
    RecipientKind,
    Setting,
    SignatureMethod,
)
from coplan.domain.money import Money

MEETING_DAY = date(2026, 11, 23)
REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
TEST_PACKS = Path(__file__).resolve().parent / "packs"


def example_paths() -> list[Path]:
    """The example plans in examples/ (also the demo caseload)."""
    return sorted(EXAMPLES.glob("*.json"))


def build_plan() -> Plan:
    plan = Plan(
        id="plan-test",
        policy_pack="example-shire",
        child=Child("Amira Khan", "Amira", date(2016, 3, 4)),
        meeting=Meeting(MeetingKind.NEW_PLAN, MEETING_DAY),
        settings=[Setting("s1", "Oakfield Primary School", urn="123456", head_name="J Patel")],
        needs=[Need("n1", NeedSection.SEN, "Communication and interaction")],
        outcomes=[
            Outcome(
                "o1", "Ask for help in class with her app", OutcomeArea.EDUCATION, date(2027, 7, 16)
            ),
            Outcome(
                "o2",
                "Join a Saturday club twice a month",
                OutcomeArea.SOCIAL_CARE,
                date(2027, 7, 16),
            ),
        ],
        items=[
            ProvisionItem(
                "p1",
                "iPad with a communication app",
                category="specialist_equipment",
                funding=FundingStream.EDUCATION,
                management=ManagementOption.DIRECT_PAYMENT,
                cost_basis=CostBasis.ONE_OFF,
                one_off_cost=Money(89900),
                delivered_by="Family buys it; class teacher uses it daily",
                location=Location.SETTING_PREMISES,
                setting_id="s1",
                outcome_ids=["o1"],
                need_ids=["n1"],
                condition_evidence={"professional_identified_need": "SaLT report, 3 March 2026"},
            ),
            ProvisionItem(
                "p2",
                "Personal assistant at a Saturday club",
                category="social_care_support",
                funding=FundingStream.SOCIAL_CARE,
                management=ManagementOption.ORGANISED,
                unit_cost=Money(1575),
                units_per_period=Decimal(3),
                periods_per_year=Decimal(40),
                delivered_by="Council's PA service",
                location=Location.COMMUNITY,
                outcome_ids=["o2"],
            ),
        ],
        indicative=IndicativeBudget(
            source=IndicativeSource.MANUAL,
            amounts={
                FundingStream.EDUCATION: Money(100000),
                FundingStream.SOCIAL_CARE: Money(200000),
            },
            manual_reason="Banding panel, 10 November 2026",
        ),
        direct_payment=DirectPaymentArrangement(
            recipient=RecipientKind.PARENT,
            recipient_name="Sara Khan",
            dedicated_account_confirmed=True,
            appropriate_use_confirmed=True,
            best_interests_confirmed=True,
            no_adverse_impact_confirmed=True,
            efficient_use_confirmed=True,
            first_payment_on=date(2026, 12, 7),
        ),
        organised_holder="Example Shire Council",
        next_review_on=date(2027, 11, 23),
    )
    for number, item in enumerate(plan.items, 1):  # its provision in Section F, G or H
        item.provision_ref = f"F{number}"
    agreements.record_decision(
        plan,
        "s1",
        decision=Decision.AGREED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=MEETING_DAY,
        method=SignatureMethod.TYPED,
    )
    sign_dp_agreement(plan)
    return plan


@cache
def _example_pack():
    from coplan.policy.loader import load_pack_by_id

    return load_pack_by_id("example-shire")


def sign_dp_agreement(plan: Plan, pack=None, on: date = MEETING_DAY) -> None:
    """Record the direct payment agreement as signed (typed) for the plan as it is now."""
    dp_agreement.record_signing(
        plan,
        pack or _example_pack(),
        signatory_name=plan.direct_payment.recipient_name,
        signed_on=on,
        method=SignatureMethod.TYPED,
    )
