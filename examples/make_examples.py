"""Write the example plans in examples/ from the seed documents' situations.

Run from the repository: `.venv/bin/python examples/make_examples.py`. The plans are built with
the domain API (so totals, RAS scores and premises agreement fingerprints are real) and written
with `coplan.plan_file.write_plan`; running the script again gives byte-identical files.

Every person, school and URN here is fictional. Rates come from the Example Shire policy pack.
"""

from __future__ import annotations

import sys
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from coplan.domain import dp_agreement, ras
from coplan.domain.agreements import record_decision
from coplan.domain.lifecycle import (
    issue_final_plan,
    record_response,
    serve_draft,
    set_assessment_request,
)
from coplan.domain.model import (
    Attendee,
    AttendeeRole,
    Child,
    Consultee,
    ConsulteeRole,
    CostBasis,
    Decision,
    DirectPaymentArrangement,
    Frequency,
    FundingStream,
    IndicativeBudget,
    IndicativeSource,
    Location,
    ManagementOption,
    Meeting,
    MeetingKind,
    Need,
    NeedSection,
    OfficerContact,
    Outcome,
    OutcomeArea,
    PanelOverride,
    PaymentSchedule,
    Plan,
    ProvisionItem,
    RecipientKind,
    RefusalScope,
    RefusedRequest,
    RunsIn,
    ServiceMethod,
    Setting,
    SettingKind,
    SignatureMethod,
    ThirdPartyArrangement,
)
from coplan.domain.money import Money
from coplan.domain.policy import PolicyPack
from coplan.plan_file import write_plan
from coplan.policy import load_pack_by_id

HERE = Path(__file__).resolve().parent
PACK_ID = "example-shire"
SERVED_ON = date(2026, 11, 23)
CASE_OFFICER = "Sam Patel"
# "Your details" in the officer's settings, copied into each plan they make (the phone number is
# from Ofcom's range for drama, never a real line).
OFFICER = OfficerContact(
    name=CASE_OFFICER,
    role="SEND case officer",
    email="sam.patel@example-shire.gov.uk",
    phone="01632 960 123",
)


def example_id(name: str) -> str:
    """A fixed plan id in the same form as `model.new_id()`, so that runs are reproducible."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"https://coplan.example/examples/{name}").hex


def gbp(pounds: str) -> Money:
    return Money.from_pounds(pounds)


def rate(pack: PolicyPack, rate_id: str) -> Money:
    return next(r.amount for r in pack.rates if r.id == rate_id)


def recurring(unit_cost: Money, per_period: str, periods: str, unit: str = "hour", **when) -> dict:
    """A recurring line: `per_period` units each period (a week unless `frequency` says),
    `periods` periods a year, and optionally its dates and part of the year."""
    return {
        "cost_basis": CostBasis.RECURRING,
        "unit_cost": unit_cost,
        "unit": unit,
        "units_per_period": Decimal(per_period),
        "periods_per_year": Decimal(periods),
        **when,
    }


def one_off(cost: str, bought_on: date | None = None) -> dict:
    return {
        "cost_basis": CostBasis.ONE_OFF,
        "one_off_cost": gbp(cost),
        "unit": "item",
        "starts_on": bought_on,
    }


FIRST_PAYMENT = date(2027, 1, 4)  # the first Monday of the spring term 2027


def served(plan: Plan, pack: PolicyPack, *consulted: Consultee) -> None:
    """Sent for consultation on the same day (23 November 2026) to the family and `consulted`,
    through the domain's lifecycle: the last day for comments is 7 December 2026."""
    family = [
        Consultee(a.name, ConsulteeRole.FAMILY, ServiceMethod.EMAIL)
        for a in plan.meeting.attendees
        if a.role is AttendeeRole.PARENT
    ]
    serve_draft(plan, pack, on=SERVED_ON, served_to=[*family, *consulted])


def number_provision(plan: Plan) -> None:
    """Each line's reference in the plan's provision sections, as the officer types them in the
    meeting: education (and the school's own) in Section F, health in G, social care for a child
    under 18 in H1 (Chronically Sick and Disabled Persons Act 1970, section 2)."""
    sections = {
        FundingStream.EDUCATION: "F",
        FundingStream.SCHOOL: "F",
        FundingStream.HEALTH: "G",
        FundingStream.SOCIAL_CARE: "H1.",
    }
    counts: dict[str, int] = {}
    for item in plan.items:
        section = sections[item.funding]
        counts[section] = counts.get(section, 0) + 1
        item.provision_ref = f"{section}{counts[section]}"
    plan.officer = OFFICER


def dp_all_confirmed(**fields) -> DirectPaymentArrangement:
    return DirectPaymentArrangement(
        dedicated_account_confirmed=True,
        appropriate_use_confirmed=True,
        best_interests_confirmed=True,
        no_adverse_impact_confirmed=True,
        efficient_use_confirmed=True,
        **fields,
    )


# -- 1. An iPad for communication, used in class, paid by direct payment ---------------------


def ipad_communication(pack: PolicyPack) -> Plan:
    held_on = date(2026, 11, 16)
    school = Setting(
        id="s1",
        name="Meadowbank Primary School",
        kind=SettingKind.SCHOOL,
        urn="118734",
        head_name="Helen Whitfield",
        head_role="Head teacher",
    )
    plan = Plan(
        id=example_id("ipad-communication/1"),
        policy_pack=PACK_ID,
        child=Child("Amara Grace Okafor", "Amara", date(2018, 3, 14)),
        meeting=Meeting(
            MeetingKind.NEW_PLAN,
            held_on,
            [
                Attendee("Amara Okafor", AttendeeRole.CHILD, "Joined for the first half hour"),
                Attendee("Grace Okafor", AttendeeRole.PARENT, "Mum"),
                Attendee("Daniel Okafor", AttendeeRole.PARENT, "Dad"),
                Attendee("Helen Whitfield", AttendeeRole.HEAD_TEACHER),
                Attendee("Rachel Moss", AttendeeRole.SENCO),
                Attendee("Priya Shah", AttendeeRole.HEALTH, "Speech and language therapist, NHS"),
                Attendee(CASE_OFFICER, AttendeeRole.CASE_OFFICER),
            ],
        ),
        what_matters=[
            "Amara says: “I want to talk to my friends at lunch.”",
            "Amara loves drawing, horses and singing along to musicals.",
            "Her mum and dad want her to be understood by people who don't know her yet.",
            "Amara gets upset when people finish her sentences for her: give her time.",
        ],
        settings=[school],
        needs=[
            Need(
                "n1",
                NeedSection.SEN,
                "Severe speech and language disorder: Amara understands much more than she can "
                "say, and unfamiliar adults understand her speech less than half of the time.",
            ),
            Need(
                "n2",
                NeedSection.SEN,
                "Needs visual supports to follow instructions and to order the steps of a task.",
            ),
            Need(
                "n3",
                NeedSection.HEALTH,
                "Joint hypermobility: her hands tire and hurt after a few minutes of handwriting.",
            ),
            Need(
                "n4",
                NeedSection.SOCIAL_CARE,
                "Finds groups outside school hard without an adult she knows; the family has "
                "no one else to take her to clubs at weekends.",
            ),
        ],
        outcomes=[
            Outcome(
                "o1",
                "By the end of Year 4 Amara will use her communication app to ask for help and "
                "share her ideas in class at least three times a day, without an adult "
                "prompting her.",
                OutcomeArea.EDUCATION,
                date(2027, 7, 16),
            ),
            Outcome(
                "o2",
                "By Easter 2027 Amara will tell her family about her school day using her iPad "
                "on at least four evenings a week.",
                OutcomeArea.EDUCATION,
                date(2027, 3, 26),
            ),
            Outcome(
                "o3",
                "By the end of Year 4 Amara will record her written work by typing or with "
                "symbols on her iPad, so her hands do not hurt, in every English and science "
                "lesson.",
                OutcomeArea.HEALTH,
                date(2027, 7, 16),
            ),
            Outcome(
                "o4",
                "By summer 2027 Amara will go to Saturday drama club with a friend at least "
                "twice a month, with a personal assistant she knows.",
                OutcomeArea.SOCIAL_CARE,
                date(2027, 8, 28),
            ),
        ],
    )
    plan.items = [
        ProvisionItem(
            id="p1",
            description="iPad (10th generation, 64 GB) with a rugged case and a carry strap, "
            "used in every lesson and at home",
            category="specialist_equipment",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.DIRECT_PAYMENT,
            **one_off("429.00", date(2027, 1, 5)),
            delivered_by="Bought by Amara's parents from an approved supplier",
            when="From the start of the spring term 2027",
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            outcome_ids=["o1", "o2", "o3"],
            need_ids=["n1", "n2", "n3"],
            on_site_requirements=["insurance"],
            condition_evidence={
                "professional_identified_need": "Speech and language therapy assessment by "
                "Priya Shah (NHS), 12 September 2026: recommends a high-tech communication aid."
            },
        ),
        ProvisionItem(
            id="p2",
            description="Symbol communication app: lifetime licence, set up with Amara's "
            "vocabulary",
            category="specialist_equipment",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.DIRECT_PAYMENT,
            **one_off("249.99", date(2027, 1, 4)),
            delivered_by="Bought by Amara's parents; set up by Priya Shah",
            when="Installed before the first day of the spring term 2027",
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            outcome_ids=["o1", "o2"],
            need_ids=["n1"],
            condition_evidence={
                "professional_identified_need": "Same assessment, 12 September 2026: names a "
                "symbol-based app with at least 60 core words."
            },
        ),
        ProvisionItem(
            id="p3",
            description="Teaching assistant time to model the app in lessons and add new "
            "vocabulary each week",
            category="top_up_support",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.ORGANISED,
            **recurring(rate(pack, "teaching_assistant"), "4", "39", runs_in=RunsIn.TERM_TIME),
            delivered_by="A teaching assistant employed by the school",
            when="Daily, in English and topic lessons, term time",
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            outcome_ids=["o1", "o3"],
            need_ids=["n1", "n2"],
        ),
        ProvisionItem(
            id="p4",
            description="Speech and language therapy in school, focused on using the app "
            "with classmates",
            category="health_support",
            funding=FundingStream.HEALTH,
            management=ManagementOption.DIRECT_PAYMENT,
            **recurring(
                rate(pack, "speech_language_therapist"), "1", "30", runs_in=RunsIn.TERM_TIME
            ),
            delivered_by="Independent speech and language therapist (HCPC registered)",
            when="Tuesdays, 9:15 to 10:15, term time",
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            outcome_ids=["o1"],
            need_ids=["n1"],
            on_site_requirements=["dbs", "insurance", "site_access"],
        ),
        ProvisionItem(
            id="p5",
            description="Coaching for Amara's parents to use the app with her at home",
            category="top_up_support",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.DIRECT_PAYMENT,
            **recurring(
                rate(pack, "specialist_teacher"),
                "6",
                "0",
                frequency=Frequency.BLOCK,
                starts_on=date(2027, 1, 11),
                ends_on=date(2027, 2, 26),
            ),
            delivered_by="Specialist teacher for communication (independent)",
            when="Six weekly evening sessions in January and February 2027",
            location=Location.HOME,
            outcome_ids=["o2"],
            need_ids=["n1"],
        ),
        ProvisionItem(
            id="p6",
            description="Personal assistant to go with Amara to Saturday drama club",
            category="social_care_support",
            funding=FundingStream.SOCIAL_CARE,
            management=ManagementOption.DIRECT_PAYMENT,
            **recurring(rate(pack, "personal_assistant"), "3", "40"),
            delivered_by="Personal assistant employed by the family",
            when="Saturdays, 10:00 to 13:00",
            location=Location.COMMUNITY,
            outcome_ids=["o4"],
            need_ids=["n4"],
        ),
    ]
    answers = {
        "communication": "exceptional",
        "learning": "exceptional",
        "personal_care": "exceptional",
        "family_life": "lots",
    }
    result = ras.score(pack.ras, answers)
    number_provision(plan)
    plan.indicative = IndicativeBudget(
        source=IndicativeSource.RAS,
        ras_answers=answers,
        ras_score=result.score,
        ras_band=result.band.id if result.band else None,
        amounts=result.amounts,
    )
    # The band has no health figure: the NHS therapy is costed from the therapist's report.
    plan.over_budget_reasons = {
        FundingStream.HEALTH: (
            "The band has no health figure: the speech and language therapy is the NHS "
            "therapist's recommendation (30 sessions), funded from the health budget."
        )
    }
    plan.direct_payment = dp_all_confirmed(
        recipient=RecipientKind.PARENT,
        recipient_name="Grace Okafor",
        schedule=PaymentSchedule.MONTHLY,
        # The NHS pays the therapy only against the care plan agreed with the board.
        health_care_plan_reference="ICB-SLT-2026-0412",
        health_care_plan_agreed_on=date(2026, 11, 16),
        integrated_care_board="NHS Example Shire Integrated Care Board",
        first_payment_on=FIRST_PAYMENT,
    )
    plan.organised_holder = "Meadowbank Primary School"
    plan.refusals = [
        RefusedRequest(
            id="r1",
            request="A second iPad to keep at home",
            scope=RefusalScope.PART,
            reasons="The speech and language therapist advises one device that travels with "
            "Amara, so that her vocabulary is the same at home and at school. The iPad goes "
            "home with her every day (the school agreed to this).",
            requested_on=held_on - timedelta(days=14),
            decided_on=held_on,
            review_rights_told_on=held_on,
        )
    ]
    record_decision(
        plan,
        "s1",
        decision=Decision.AGREED_WITH_CONDITIONS,
        signatory_name="Helen Whitfield",
        signatory_role="Head teacher",
        signed_on=held_on,
        method=SignatureMethod.DRAWN,
        signature_svg_path="M12 48 C 24 12, 40 12, 46 40 S 70 70, 84 30 L 96 44 M 104 36 L 140 34",
        conditions=["dbs_seen", "insurance", "timetable_agreed", "equipment_goes_home"],
        other_conditions="The iPad is charged at home overnight and comes to school in its case.",
    )
    # Grace signed the direct payment agreement on the laptop at the meeting.
    dp_agreement.record_signing(
        plan,
        pack,
        signatory_name="Grace Okafor",
        signed_on=held_on,
        method=SignatureMethod.DRAWN,
        signature_svg_path="M10 40 C 20 10, 34 10, 38 36 S 60 60, 72 24 L 90 40 M 96 30 L 130 28",
    )
    # A new plan: the request for assessment on 3 August 2026 puts the final plan due on
    # 21 December 2026. Sent for consultation; the family and the school have answered.
    set_assessment_request(plan, pack, date(2026, 8, 3))
    served(
        plan,
        pack,
        Consultee("Meadowbank Primary School", ConsulteeRole.SETTING, ServiceMethod.EMAIL, "s1"),
        Consultee("Speech and language therapy, NHS", ConsulteeRole.HEALTH, ServiceMethod.EMAIL),
    )
    record_response(
        plan,
        received_on=date(2026, 11, 30),
        from_name="Grace and Daniel Okafor",
        role=ConsulteeRole.FAMILY,
        summary="Happy with the draft. Asked that the iPad's case is named in the plan, as it "
        "goes home every day.",
    )
    record_response(
        plan,
        received_on=date(2026, 12, 2),
        from_name="Helen Whitfield, Meadowbank Primary School",
        role=ConsulteeRole.SETTING,
        setting_id="s1",
        setting_can_meet_needs=True,
        summary="The school can meet Amara's needs and agrees to be named.",
    )
    return plan


# -- 2. A 16-year-old's direct payment for trying out work experience -----------------------


def work_experience(pack: PolicyPack) -> Plan:
    held_on = date(2026, 11, 12)
    college = Setting(
        id="s1",
        name="Riverside College",
        kind=SettingKind.COLLEGE,
        urn="130842",
        head_name="Aidan Brooks",
        head_role="Principal",
    )
    plan = Plan(
        id=example_id("work-experience-16/2"),
        version=2,
        previous_version_id=example_id("work-experience-16/1"),
        policy_pack=PACK_ID,
        child=Child("Oliver James Hughes", "Ollie", date(2010, 2, 10)),
        meeting=Meeting(
            MeetingKind.ANNUAL_REVIEW,
            held_on,
            [
                Attendee("Ollie Hughes", AttendeeRole.CHILD, "Led the outcomes part himself"),
                Attendee("Karen Hughes", AttendeeRole.PARENT, "Mum"),
                Attendee("Lucy Grant", AttendeeRole.SENCO, "Head of learning support"),
                Attendee("Tom Ellis", AttendeeRole.SOCIAL_CARE, "Transitions social worker"),
                Attendee("Jade Francis", AttendeeRole.ADVOCATE, "Independent supporter"),
                Attendee(CASE_OFFICER, AttendeeRole.CASE_OFFICER),
            ],
        ),
        what_matters=[
            "Ollie says: “I want a real job, with animals or fixing bikes, and my own money.”",
            "He wants to choose and pay for his own support, with his mum in the background.",
            "New places worry him; a visit beforehand and a photo of who he will meet help a lot.",
        ],
        settings=[college],
        needs=[
            Need(
                "n1",
                NeedSection.SEN,
                "Moderate learning difficulty: reads at about a 9-year-old's level and needs "
                "tasks broken into short steps.",
            ),
            Need(
                "n2",
                NeedSection.SEN,
                "Autism: finds new places and people hard and needs to plan and rehearse changes.",
            ),
            Need(
                "n3",
                NeedSection.HEALTH,
                "Anxiety, supported by CAMHS; panics when plans change without warning.",
            ),
            Need(
                "n4",
                NeedSection.SOCIAL_CARE,
                "Needs support to travel on his own and to stay safe in the community.",
            ),
        ],
        outcomes=[
            Outcome(
                "o1",
                "By July 2027 I will have tried three work placements (animal care, a café "
                "kitchen and a bike workshop) and can tell my tutor which I liked best and why.",
                OutcomeArea.EDUCATION,
                date(2027, 7, 9),
            ),
            Outcome(
                "o2",
                "By Easter 2027 I will take the bus on my own from home to my placement two "
                "days a week, using my travel plan.",
                OutcomeArea.SOCIAL_CARE,
                date(2027, 3, 26),
            ),
            Outcome(
                "o3",
                "From January 2027 I will manage my own direct payment, keeping receipts and "
                "checking my bank statement with Mum once a month.",
                OutcomeArea.EDUCATION,
                date(2027, 1, 29),
            ),
            Outcome(
                "o4",
                "By December 2027 I will have applied for a supported internship starting in "
                "September 2028.",
                OutcomeArea.EDUCATION,
                date(2027, 12, 17),
            ),
            Outcome(
                "o5",
                "By July 2027 I will use my calm plan when something new worries me, on at least "
                "four days out of five at placement.",
                OutcomeArea.HEALTH,
                date(2027, 7, 9),
            ),
        ],
    )
    plan.items = [
        ProvisionItem(
            id="p1",
            description="Job coach for work-experience placements: visits with Ollie first, "
            "then supports him on site and steps back as he settles",
            category="work_experience",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.DIRECT_PAYMENT,
            **recurring(
                rate(pack, "personal_assistant"),
                "6",
                "30",
                starts_on=FIRST_PAYMENT,
                ends_on=date(2027, 7, 23),
            ),
            delivered_by="Job coach employed by Ollie through a supported employment agency",
            when="Two half-days a week at each placement, January to July 2027",
            location=Location.COMMUNITY,
            outcome_ids=["o1", "o4"],
            need_ids=["n1", "n2"],
        ),
        ProvisionItem(
            id="p2",
            description="Weekly bus pass for travel to placements",
            category="work_experience",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.DIRECT_PAYMENT,
            **recurring(
                gbp("14.00"),
                "1",
                "30",
                unit="weekly pass",
                starts_on=FIRST_PAYMENT,
                ends_on=date(2027, 7, 23),
            ),
            delivered_by="Bought by Ollie from the bus company",
            when="Each week of a placement",
            location=Location.COMMUNITY,
            outcome_ids=["o1", "o2"],
            # Travel to placements is education (the autism need: planning and rehearsing
            # changes) as well as social care (travelling safely): Section J names both.
            need_ids=["n2", "n4"],
        ),
        ProvisionItem(
            id="p3",
            description="Travel training: a personal assistant travels with Ollie, then "
            "follows at a distance, until he makes the journey alone",
            category="social_care_support",
            funding=FundingStream.SOCIAL_CARE,
            management=ManagementOption.DIRECT_PAYMENT,
            **recurring(
                rate(pack, "personal_assistant"),
                "4",
                "12",
                starts_on=FIRST_PAYMENT,
                ends_on=date(2027, 3, 26),
            ),
            delivered_by="Personal assistant employed by Ollie",
            when="Placement days, January to March 2027",
            location=Location.COMMUNITY,
            outcome_ids=["o2"],
            need_ids=["n4", "n2"],
        ),
        ProvisionItem(
            id="p4",
            description="Steel-toe boots and overalls for the bike workshop placement",
            category="work_experience",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.DIRECT_PAYMENT,
            **one_off("85.00", date(2027, 5, 3)),
            delivered_by="Bought by Ollie",
            when="Before the bike workshop placement starts (May 2027)",
            location=Location.COMMUNITY,
            outcome_ids=["o1"],
            need_ids=["n1"],
        ),
        ProvisionItem(
            id="p5",
            description="Learning support in college lessons (English, maths and employability)",
            category="top_up_support",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.ORGANISED,
            **recurring(rate(pack, "teaching_assistant"), "10", "36", runs_in=RunsIn.TERM_TIME),
            delivered_by="A learning support assistant employed by the college",
            when="Monday, Wednesday and Friday, term time",
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            outcome_ids=["o3", "o4"],
            need_ids=["n1"],
        ),
        ProvisionItem(
            id="p6",
            description="Sessions with a CAMHS transition worker to practise the calm plan "
            "before each new placement",
            category="health_support",
            funding=FundingStream.HEALTH,
            management=ManagementOption.ORGANISED,
            **recurring(gbp("60.00"), "1", "12", unit="session", frequency=Frequency.FORTNIGHT),
            delivered_by="CAMHS transition worker (NHS)",
            when="Fortnightly, at the CAMHS clinic",
            location=Location.COMMUNITY,
            outcome_ids=["o5"],
            need_ids=["n3"],
        ),
    ]
    number_provision(plan)
    plan.indicative = IndicativeBudget(
        source=IndicativeSource.MANUAL,
        amounts={
            FundingStream.EDUCATION: gbp("9915.00"),
            FundingStream.SOCIAL_CARE: gbp("630.00"),
            FundingStream.HEALTH: gbp("720.00"),
        },
        manual_reason="Post-16 high-needs top-up (band C) agreed by the SEND panel on 3 November "
        "2026; the questionnaire is for primary-age children. Social care and health figures "
        "from the transitions team and CAMHS.",
    )
    plan.over_budget_reasons = {
        FundingStream.SOCIAL_CARE: (
            "Travel training needs twelve weeks rather than the ten in the social care figure "
            "from the transitions team, so social care costs £126.00 a year more than its "
            "starting figure."
        )
    }
    plan.direct_payment = dp_all_confirmed(
        recipient=RecipientKind.YOUNG_PERSON,
        recipient_name="Oliver Hughes",
        schedule=PaymentSchedule.FOUR_WEEKLY,
        monitoring_terms="Ollie keeps the payments in his own bank account used only for them, "
        "keeps every receipt and timesheet in the folder the college gave him, and sends a "
        "short return every three months with his mum's help. First review in February 2027.",
        first_payment_on=FIRST_PAYMENT,
    )
    plan.organised_holder = "Riverside College (learning support); the NHS children's mental health team (health sessions)"
    plan.refusals = [
        RefusedRequest(
            id="r1",
            request="Driving lessons paid from the personal budget",
            scope=RefusalScope.PART,
            reasons="Driving lessons are not provision in Ollie's EHC plan and no outcome in it "
            "depends on them. We will look at this again at the next annual review, once travel "
            "training has shown how Ollie manages journeys on his own.",
            requested_on=held_on - timedelta(days=14),
            decided_on=held_on,
            review_rights_told_on=held_on,
        )
    ]
    # Ollie took the agreement home to read with his mum and signed it there; the officer
    # recorded it from the signed copy, quoting the reference printed on it.
    dp_agreement.record_signing(
        plan,
        pack,
        signatory_name="Oliver Hughes",
        signed_on=date(2026, 11, 19),
        method=SignatureMethod.PAPER,
        recorded_by=CASE_OFFICER,
        quoted_reference=dp_agreement.reference(plan, pack),
    )
    served(
        plan,
        pack,
        Consultee("Oliver Hughes", ConsulteeRole.YOUNG_PERSON, ServiceMethod.EMAIL),
        Consultee("Riverside College", ConsulteeRole.SETTING, ServiceMethod.EMAIL, "s1"),
        Consultee("Transitions team, Example Shire", ConsulteeRole.SOCIAL_CARE),
    )
    # The review's final plan, issued after Ollie's answer (he is a young person: the plan's
    # rights are his own).
    record_response(
        plan,
        received_on=date(2026, 12, 1),
        from_name="Oliver Hughes",
        role=ConsulteeRole.YOUNG_PERSON,
        summary="Agrees with the draft; asked for the job coach's hours to stay on Tuesdays.",
    )
    plan.section_i = "Riverside College"
    issue_final_plan(plan, pack, on=date(2026, 12, 14))
    return plan


# -- 3. A school-managed budget, jointly funded, with holiday continuity ---------------------


def joint_school_managed(pack: PolicyPack) -> Plan:
    held_on = date(2026, 11, 10)
    school = Setting(
        id="s1",
        name="Oakfield Community Primary School",
        kind=SettingKind.SCHOOL,
        urn="121467",
        head_name="Graham Lowe",
        head_role="Head teacher",
    )
    plan = Plan(
        id=example_id("joint-school-managed/1"),
        policy_pack=PACK_ID,
        child=Child("Harry Thompson", "", date(2015, 5, 2)),
        meeting=Meeting(
            MeetingKind.NEW_PLAN,
            held_on,
            [
                Attendee("Harry Thompson", AttendeeRole.CHILD, "Shared his views with pictures"),
                Attendee("Leanne Thompson", AttendeeRole.PARENT, "Mum"),
                Attendee("Graham Lowe", AttendeeRole.HEAD_TEACHER),
                Attendee("Fatima Begum", AttendeeRole.SENCO),
                Attendee("Chris Dunn", AttendeeRole.SOCIAL_CARE, "Children with disabilities team"),
                Attendee("Nadia Hussain", AttendeeRole.OTHER, "Support broker, Brightpath"),
                Attendee(CASE_OFFICER, AttendeeRole.CASE_OFFICER),
            ],
        ),
        what_matters=[
            "Harry is happiest with Mr Ward, his key worker: the same face at school and at home.",
            "He loves football, trains and building things out of Lego.",
            "Leanne, his mum, works shifts; the school holidays are when things fall apart.",
        ],
        settings=[school],
        needs=[
            Need(
                "n1",
                NeedSection.SEN,
                "Autism and a severe learning difficulty: needs an adult he trusts to help him "
                "stay regulated and to take part in learning.",
            ),
            Need(
                "n2",
                NeedSection.SEN,
                "Sensory processing differences: needs movement breaks and a sensory circuit "
                "to stay calm.",
            ),
            Need(
                "n3",
                NeedSection.SOCIAL_CARE,
                "Changes between school, home and the holidays cause distress; his mum needs "
                "regular breaks to keep caring and working.",
            ),
        ],
        outcomes=[
            Outcome(
                "o1",
                "By July 2027 Harry will stay in class for whole lessons, with two planned "
                "movement breaks, on four days out of five.",
                OutcomeArea.EDUCATION,
                date(2027, 7, 21),
            ),
            Outcome(
                "o2",
                "By summer 2027 Harry will move from school to home and back without distress "
                "on most days, with the same key worker at both ends of the day.",
                OutcomeArea.SOCIAL_CARE,
                date(2027, 8, 31),
            ),
            Outcome(
                "o3",
                "During the summer holidays 2027 Harry will take part in a sports activity "
                "with other children at least three days a week.",
                OutcomeArea.SOCIAL_CARE,
                date(2027, 9, 3),
            ),
            Outcome(
                "o4",
                "By Easter 2027 Harry will play a turn-taking game with two classmates at "
                "lunchtime, once a week.",
                OutcomeArea.EDUCATION,
                date(2027, 3, 26),
            ),
        ],
    )
    plan.items = [
        ProvisionItem(
            id="p1",
            description="Key worker in class: one-to-one support to stay regulated and learn",
            category="top_up_support",
            funding=FundingStream.EDUCATION,
            management=ManagementOption.ORGANISED,
            **recurring(rate(pack, "teaching_assistant"), "10", "39"),
            delivered_by="Mr Ward, key worker employed by the school",
            when="Mornings, Monday to Friday, term time",
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            outcome_ids=["o1"],
            need_ids=["n1", "n2"],
        ),
        ProvisionItem(
            id="p2",
            description="The same key worker after school: the journey home and the first "
            "hour at home",
            category="social_care_support",
            funding=FundingStream.SOCIAL_CARE,
            management=ManagementOption.ORGANISED,
            **recurring(rate(pack, "personal_assistant"), "4", "39"),
            delivered_by="Mr Ward, employed by the school under the joint agreement",
            when="Mondays to Thursdays, 15:15 to 16:15, term time",
            location=Location.HOME,
            outcome_ids=["o2"],
            need_ids=["n3"],
        ),
        ProvisionItem(
            id="p3",
            description="Holiday support from the same key worker, at home and out and about",
            category="social_care_support",
            funding=FundingStream.SOCIAL_CARE,
            management=ManagementOption.ORGANISED,
            **recurring(rate(pack, "personal_assistant"), "12", "13"),
            delivered_by="Mr Ward, employed by the school under the joint agreement",
            when="Three four-hour sessions a week in the school holidays",
            location=Location.COMMUNITY,
            outcome_ids=["o2", "o3"],
            need_ids=["n3"],
        ),
        ProvisionItem(
            id="p4",
            description="Lunchtime social group with two classmates, run by the school",
            category="school_funded_support",
            funding=FundingStream.SCHOOL,
            management=ManagementOption.ORGANISED,
            **recurring(rate(pack, "teaching_assistant"), "1.5", "40"),
            delivered_by="A teaching assistant employed by the school",
            when="Wednesdays, 12:15 to 13:00 and Fridays, 12:15 to 13:00",
            location=Location.SETTING_PREMISES,
            setting_id="s1",
            outcome_ids=["o4"],
            need_ids=["n1"],
            condition_evidence={
                "head_agrees": "Graham Lowe, head teacher, agreed at the meeting on 10 November "
                "2026 to release this from the school's own SEN budget."
            },
        ),
        ProvisionItem(
            id="p5",
            description="Inclusive holiday multi-sports scheme, with a place and a helper",
            category="social_care_support",
            funding=FundingStream.SOCIAL_CARE,
            management=ManagementOption.THIRD_PARTY,
            **recurring(gbp("38.00"), "3", "6", unit="day"),
            delivered_by="Sportsability holiday scheme, booked by Brightpath",
            when="Three days a week for six weeks of the summer holidays",
            location=Location.COMMUNITY,
            outcome_ids=["o3"],
            need_ids=["n3"],
        ),
        ProvisionItem(
            id="p6",
            description="Sensory circuit equipment for home (crash mat, therapy ball, "
            "weighted blanket)",
            category="specialist_equipment",
            funding=FundingStream.SOCIAL_CARE,
            management=ManagementOption.ORGANISED,
            **one_off("320.00"),
            delivered_by="Bought by the school; the occupational therapist shows the family",
            when="Before the Christmas holidays 2026",
            location=Location.HOME,
            outcome_ids=["o2"],
            need_ids=["n2"],
            condition_evidence={
                "professional_identified_need": "Occupational therapy report by Ellen Carter, "
                "8 October 2026, recommends a home sensory circuit."
            },
        ),
    ]
    answers = {
        "communication": "lots",
        "learning": "exceptional",
        "personal_care": "some",
        "family_life": "lots",
    }
    result = ras.score(pack.ras, answers)
    number_provision(plan)
    plan.indicative = IndicativeBudget(
        source=IndicativeSource.RAS,
        ras_answers=answers,
        ras_score=result.score,
        ras_band=result.band.id if result.band else None,
        amounts=result.amounts,
        override=PanelOverride(
            amounts={
                FundingStream.EDUCATION: gbp("7300.00"),
                FundingStream.SOCIAL_CARE: gbp("6000.00"),
                FundingStream.SCHOOL: gbp("1110.00"),
            },
            reason="The band does not cover keeping one key worker across school, home and the "
            "holidays, which the panel agreed is what prevents Harry's crises. The school adds "
            "£1,110.00 from its own budget for the lunchtime group.",
            decided_on=date(2026, 11, 5),
            decided_by="Joint SEND and short breaks panel",
        ),
    )
    plan.organised_holder = (
        "Oakfield Community Primary School, which holds the education and social care money "
        "under a joint agreement with the council"
    )
    plan.third_party = ThirdPartyArrangement(
        organisation="Brightpath Support Brokerage CIC",
        contact="Nadia Hussain, support broker",
        role="Holds the holiday-activities money, books the sports scheme and pays it.",
        holds="The holiday-activities money, paid to it four-weekly by the council",
        reports="A statement of what it paid, with receipts, to the council every three months",
        conditions_confirmed=True,
    )
    plan.refusals = [
        RefusedRequest(
            id="r1",
            request="Pay Harry's sessions from the sensory support service as a direct payment, "
            "so that the family can choose their own specialist teacher",
            scope=RefusalScope.DIRECT_PAYMENT,
            reasons="The sensory support service is a centrally commissioned service: Example "
            "Shire's policy does not allow it in a personal budget. Harry keeps his sessions "
            "from the service, at no cost to his budget.",
            requested_on=held_on - timedelta(days=14),
            decided_on=held_on,
            review_rights_told_on=held_on,
            block_contract_reason="The council buys the service under one block contract for "
            "about 400 children. Taking one child's share out would not lower the contract's "
            "cost and would leave less for the others.",
        )
    ]
    # Still a draft, not yet sent: requested on 1 October 2026, the final plan is due on
    # 18 February 2027.
    set_assessment_request(plan, pack, date(2026, 10, 1))
    plan.next_review_on = date(2027, 11, 10)
    return plan


EXAMPLES = {
    "ipad-communication.json": ipad_communication,
    "work-experience-16.json": work_experience,
    "joint-school-managed.json": joint_school_managed,
}


def build_all() -> dict[str, Plan]:
    pack = load_pack_by_id(PACK_ID)
    return {name: make(pack) for name, make in EXAMPLES.items()}


def main() -> int:
    for name, plan in build_all().items():
        write_plan(plan, HERE / name)
        print(f"wrote examples/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
