"""Realistic plans for the Section J tests and the benchmark, built through the domain.

`typical_plan()` is one child's co-production meeting: needs in Sections B, C and D, eight
outcomes, direct payments on a school's premises signed off by the head teacher, an organised
arrangement, a third-party arrangement (so the plan is "mixed"), an RAS indicative budget with a
panel override, an over-budget reason, a refusal, and the served date and comment deadline.
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

from coplan.domain.agreements import record_decision
from coplan.domain.model import (
    Attendee,
    AttendeeRole,
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
    PanelOverride,
    PaymentSchedule,
    Plan,
    PlanStatus,
    ProvisionItem,
    RecipientKind,
    RefusalScope,
    RefusedRequest,
    Setting,
    SignatureMethod,
    ThirdPartyArrangement,
)
from coplan.domain.money import Money

SCHOOL = "Oakfield Primary School"
SIGNATURE = "M10 40 C 20 10, 35 10, 40 35 S 60 60, 70 30 L 90 28 M 95 40 q 10 -20 20 0 l 15 -5"

NEEDS = [
    Need("n1", NeedSection.SEN, "Finds it hard to follow spoken instructions in a busy classroom"),
    Need("n2", NeedSection.SEN, "Reading and spelling well below what is expected for her age"),
    Need(
        "n3", NeedSection.HEALTH, "Joint hypermobility: tires quickly and finds handwriting painful"
    ),
    Need("n4", NeedSection.SOCIAL_CARE, "Needs support to join in activities with other children"),
]

OUTCOME_TEXTS = [
    (
        "Zoë will read a book of her choice at home for 15 minutes without help",
        OutcomeArea.EDUCATION,
    ),
    ("Zoë will follow a two-step instruction in class without a reminder", OutcomeArea.EDUCATION),
    ("Zoë will type a one-page story using her communication app", OutcomeArea.EDUCATION),
    ("Zoë will say clearly what she needs when she is tired or in pain", OutcomeArea.HEALTH),
    ("Zoë will manage a full school day with no more than two rest breaks", OutcomeArea.HEALTH),
    ("Zoë will go to a Saturday club with her friends once a week", OutcomeArea.SOCIAL_CARE),
    ("Zoë will take part in one after-school club each term", OutcomeArea.SOCIAL_CARE),
    (
        "Zoë will travel to the shop at the end of her road with an adult close by",
        OutcomeArea.SOCIAL_CARE,
    ),
]


def _recurring(item_id, description, *, rate, hours, weeks, **kwargs) -> ProvisionItem:
    return ProvisionItem(
        id=item_id,
        description=description,
        cost_basis=CostBasis.RECURRING,
        unit_cost=Money.from_pounds(rate),
        units_per_period=Decimal(str(hours)),
        periods_per_year=Decimal(str(weeks)),
        **kwargs,
    )


def core_items() -> list[ProvisionItem]:
    return [
        _recurring(
            "p1",
            "Specialist dyslexia tutor in class",
            rate="45.00",
            hours=2,
            weeks=39,
            category="top_up_support",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.DIRECT_PAYMENT,
            delivered_by="Independent specialist teacher (dyslexia)",
            when="Tuesdays and Thursdays, 13:30 to 14:30, term time",
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            outcome_ids=["o1", "o3"],
            need_ids=["n2"],
            on_site_requirements=["dbs", "insurance"],
        ),
        ProvisionItem(
            id="p2",
            description="Tablet with text-to-speech app, used in lessons",
            category="specialist_equipment",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.DIRECT_PAYMENT,
            cost_basis=CostBasis.ONE_OFF,
            one_off_cost=Money.from_pounds("649.00"),
            delivered_by="Bought by the family",
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            outcome_ids=["o3"],
            need_ids=["n2", "n3"],
            condition_evidence={"professional_identified_need": "OT report, 3 March 2026"},
        ),
        _recurring(
            "p3",
            "Speech and language therapy",
            rate="75.00",
            hours=1,
            weeks=30,
            category="health_support",
            funding=FundingStream.HEALTH,
            management=ManagementOption.ORGANISED,
            delivered_by="NHS children's therapy team",
            when="Monday mornings, term time",
            location=Location.COMMUNITY,
            outcome_ids=["o2", "o4"],
            need_ids=["n1"],
        ),
        _recurring(
            "p4",
            "Personal assistant for after-school clubs",
            rate="15.75",
            hours=6,
            weeks=38,
            category="social_care_support",
            funding=FundingStream.SOCIAL_CARE,
            management=ManagementOption.THIRD_PARTY,
            delivered_by="Personal assistant employed through the broker",
            when="Wednesdays and Fridays, 15:15 to 18:15",
            location=Location.COMMUNITY,
            outcome_ids=["o6", "o7"],
            need_ids=["n4"],
        ),
        _recurring(
            "p5",
            "Teaching assistant support in class",
            rate="18.50",
            hours=5,
            weeks=39,
            category="school_funded_support",
            funding=FundingStream.SCHOOL,
            management=ManagementOption.ORGANISED,
            delivered_by="School teaching assistant",
            when="Every morning, 9:00 to 10:00",
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            outcome_ids=["o2", "o5"],
            need_ids=["n1", "n3"],
            condition_evidence={"head_agrees": "Ada Okafor, 10 November 2026"},
        ),
        _recurring(
            "p6",
            "Saturday club with support",
            rate="40.00",
            hours=1,
            weeks=40,
            category="social_care_support",
            funding=FundingStream.SOCIAL_CARE,
            management=ManagementOption.DIRECT_PAYMENT,
            unit="session",
            delivered_by="Riverside Saturday Club",
            when="Saturdays, 10:00 to 13:00",
            location=Location.COMMUNITY,
            outcome_ids=["o6"],
            need_ids=["n4"],
        ),
    ]


FILLER = [
    (
        "Handwriting and fine-motor programme",
        "occupational therapy assistant",
        FundingStream.HEALTH,
        "health_support",
    ),
    (
        "Travel training with a support worker",
        "travel trainer",
        FundingStream.SOCIAL_CARE,
        "social_care_support",
    ),
    (
        "Reading intervention in a small group",
        "specialist teacher",
        FundingStream.EDUCATION,
        "top_up_support",
    ),
    (
        "Holiday activity scheme with support",
        "holiday scheme staff",
        FundingStream.SOCIAL_CARE,
        "social_care_support",
    ),
    (
        "Emotional literacy sessions",
        "emotional literacy support assistant",
        FundingStream.EDUCATION,
        "top_up_support",
    ),
]


NEED_FOR_FUNDING = {
    FundingStream.EDUCATION: "n2",
    FundingStream.HEALTH: "n3",
    FundingStream.SOCIAL_CARE: "n4",
}


def filler_item(number: int, outcomes: int) -> ProvisionItem:
    description, who, funding, category = FILLER[number % len(FILLER)]
    management = list(ManagementOption)[number % 3]
    return _recurring(
        f"p{number}",
        f"{description} ({number})",
        rate=f"{15 + number % 10}.50",
        hours=1,
        weeks=20 + number % 10,
        category=category,
        funding=funding,
        management=management,
        delivered_by=who.capitalize(),
        when="Term time, times agreed with the family",
        location=Location.COMMUNITY,
        outcome_ids=[f"o{1 + number % outcomes}", f"o{1 + (number + 3) % outcomes}"],
        need_ids=[NEED_FOR_FUNDING[funding]],
    )


def typical_plan(items: int = 20, outcomes: int = 8, *, sign: bool = True) -> Plan:
    texts = OUTCOME_TEXTS + [
        (f"Zoë will reach goal {n} agreed with her teachers", OutcomeArea.EDUCATION)
        for n in range(len(OUTCOME_TEXTS) + 1, outcomes + 1)
    ]
    plan = Plan(
        id="plan-zoe",
        version=1,
        status=PlanStatus.CONSULTATION,
        policy_pack="example-shire",
        child=Child("Zoë Ní Bhriain-Kowalczyk", "Zoë", date(2016, 5, 14)),
        meeting=Meeting(
            MeetingKind.NEW_PLAN,
            date(2026, 11, 10),
            [
                Attendee("Zoë", AttendeeRole.CHILD),
                Attendee("Siobhán Ní Bhriain", AttendeeRole.PARENT),
                Attendee("Łukasz Kowalczyk", AttendeeRole.PARENT),
                Attendee("Ada Okafor", AttendeeRole.HEAD_TEACHER),
                Attendee("Sam Patel", AttendeeRole.CASE_OFFICER),
            ],
        ),
        what_matters=["Reading stories to her little brother", "Swimming"],
        settings=[Setting("s1", SCHOOL, head_name="Ada Okafor")],
        needs=list(NEEDS),
        outcomes=[
            Outcome(f"o{n}", text, area, date(2027, 7, 16))
            for n, (text, area) in enumerate(texts[:outcomes], start=1)
        ],
        items=core_items() + [filler_item(n, outcomes) for n in range(7, items + 1)],
        indicative=IndicativeBudget(
            source=IndicativeSource.RAS,
            ras_answers={
                "communication": "lots",
                "learning": "lots",
                "personal_care": "some",
                "family_life": "lots",
            },
            ras_score=110,
            ras_band="band-1",
            amounts={
                FundingStream.EDUCATION: Money.from_pounds(1600),
                FundingStream.SOCIAL_CARE: Money.from_pounds(500),
            },
            override=PanelOverride(
                amounts={
                    FundingStream.EDUCATION: Money.from_pounds(6500),
                    FundingStream.HEALTH: Money.from_pounds(4000),
                    FundingStream.SOCIAL_CARE: Money.from_pounds(6500),
                    FundingStream.SCHOOL: Money.from_pounds(3607.50),
                },
                reason="The educational psychologist recommends specialist tutoring twice a week",
                decided_on=date(2026, 10, 2),
                decided_by="SEND resource panel",
            ),
        ),
        over_budget_reasons={
            stream: "The tutoring is the educational psychologist's recommendation"
            for stream in (FundingStream.EDUCATION, FundingStream.HEALTH, FundingStream.SOCIAL_CARE)
        },
        direct_payment=DirectPaymentArrangement(
            recipient=RecipientKind.PARENT,
            recipient_name="Siobhán Ní Bhriain",
            schedule=PaymentSchedule.MONTHLY,
            dedicated_account_confirmed=True,
            appropriate_use_confirmed=True,
            best_interests_confirmed=True,
            no_adverse_impact_confirmed=True,
            efficient_use_confirmed=True,
        ),
        third_party=ThirdPartyArrangement(
            organisation="Brightpath Support Brokerage CIC",
            contact="Aled Jones, 01632 960123",
            role="Holds the money and pays the personal assistant",
            holds="The personal assistant's wages, paid four-weekly",
            reports="A statement with the timesheets to the council every three months",
            conditions_confirmed=True,
        ),
        organised_holder="Example Shire Council SEND team",
        refusals=[
            RefusedRequest(
                "r1",
                "Speech and language therapy as a direct payment",
                RefusalScope.DIRECT_PAYMENT,
                "The therapy is bought under the NHS block contract for the whole area.",
                date(2026, 11, 10),
                "The contract pays for a therapist's time across many children; the cost of "
                "one child's sessions cannot be separated out without reducing the service.",
                requested_on=date(2026, 11, 2),
                review_rights_told_on=date(2026, 11, 10),
            )
        ],
        served_on=date(2026, 11, 23),
        comment_deadline=date(2026, 12, 8),
        next_review_on=date(2027, 11, 9),
    )
    for number, item in enumerate(plan.items, 1):  # its provision in Section F, G or H
        item.provision_ref = f"F{number}"
    if sign:
        record_decision(
            plan,
            "s1",
            decision=Decision.AGREED_WITH_CONDITIONS,
            signatory_name="Ada Okafor",
            signatory_role="Head teacher",
            signed_on=date(2026, 11, 10),
            method=SignatureMethod.DRAWN,
            conditions=["dbs_seen", "timetable_agreed"],
            signature_svg_path=SIGNATURE,
        )
    return plan


def changed_since_signed(plan: Plan) -> Plan:
    """The same plan after the tutor's hours went up: the head's agreement no longer covers it."""
    changed = copy.deepcopy(plan)
    tutor = changed.item("p1")
    assert tutor is not None
    tutor.units_per_period = Decimal(3)
    return changed


def annual_review(previous: Plan) -> Plan:
    """Version 2 a year later: one item added, one removed, one amount changed."""
    plan = copy.deepcopy(previous)
    plan.version = 2
    plan.previous_version_id = previous.id
    plan.meeting.kind = MeetingKind.ANNUAL_REVIEW
    plan.items = [item for item in plan.items if item.id != "p6"]
    therapy = plan.item("p3")
    assert therapy is not None
    therapy.periods_per_year = Decimal(20)
    plan.items.append(
        _recurring(
            "p99",
            "Swimming lessons with a support worker",
            rate="22.00",
            hours=1,
            weeks=30,
            category="social_care_support",
            funding=FundingStream.SOCIAL_CARE,
            management=ManagementOption.DIRECT_PAYMENT,
            delivered_by="Leisure centre instructor",
            location=Location.COMMUNITY,
            outcome_ids=["o6"],
            need_ids=["n4"],
        )
    )
    return plan
