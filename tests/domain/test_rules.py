"""Each rule of the law and of the policy pack, broken one at a time on a valid plan."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from coplan.domain.model import (
    CostBasis,
    Frequency,
    FundingStream,
    IndicativeSource,
    ManagementOption,
    PanelOverride,
    RecipientKind,
    RefusedRequest,
    ThirdPartyArrangement,
)
from coplan.domain.money import Money
from coplan.domain.rules import Severity, blocking, validate
from coplan.domain.stages import Stage


def codes(plan, pack, severity=None):
    return {
        (f.code, f.field)
        for f in validate(plan, pack)
        if severity is None or f.severity is severity
    }


def blocking_codes(plan, pack):
    return {code for code, _ in codes(plan, pack, Severity.BLOCKING)}


def test_the_valid_plan_has_nothing_that_stops_the_draft(plan, pack):
    assert blocking(validate(plan, pack, stage=Stage.DRAFT)) == []


def test_the_valid_draft_needs_only_its_timeline_and_section_i_to_be_final(plan, pack):
    assert {f.code for f in blocking(validate(plan, pack))} == {
        "final.not_served",
        "final.no_section_i",
    }


def test_every_line_serves_an_outcome(plan, pack):
    plan.items[1].outcome_ids = []
    assert ("item.no_outcome", "items[p2].outcome_ids") in codes(plan, pack)


def test_direct_payment_lines_name_their_needs(plan, pack):
    plan.items[0].need_ids = []
    found = [f for f in validate(plan, pack) if f.code == "item.dp_no_needs"]
    assert found and found[0].blocking
    assert "Section J must say which special educational needs" in found[0].message


def test_organised_lines_need_no_needs(plan, pack):
    plan.items[1].need_ids = []
    assert "item.dp_no_needs" not in blocking_codes(plan, pack)


def test_direct_payment_on_premises_needs_the_heads_agreement(plan, pack):
    plan.premises_agreements.clear()
    found = [f for f in validate(plan, pack) if f.code == "premises.not_agreed"]
    assert found[0].field == "premises[s1]"
    assert "Oakfield Primary School must agree in writing" in found[0].message


def test_a_changed_item_invalidates_the_agreement_and_blocks(plan, pack):
    plan.items[0].delivered_by = "A private tutor"
    found = [f for f in validate(plan, pack) if f.code == "premises.changed"]
    assert found and found[0].blocking
    assert "changed since signed on 23 November 2026" in found[0].message
    assert "who delivers it changed" in found[0].message


def test_excluded_category_shows_the_packs_reason(plan, pack):
    plan.items[1].category = "centrally_commissioned"
    found = [f for f in validate(plan, pack) if f.code == "item.category_excluded"]
    assert "cannot be part of a personal budget" in found[0].message
    assert "under one contract" in found[0].message  # the pack's own reason


@pytest.mark.parametrize(
    ("category", "management", "needed"),
    [
        ("specialist_equipment", ManagementOption.ORGANISED, {"professional_identified_need"}),
        ("school_funded_support", ManagementOption.ORGANISED, {"head_agrees"}),
        (
            "home_to_school_transport",
            ManagementOption.DIRECT_PAYMENT,
            {"transport_entitled", "transport_cost_effective"},
        ),
    ],
)
def test_conditional_categories_need_their_condition_recorded(
    plan, pack, category, management, needed
):
    item = plan.items[1]
    item.category, item.management, item.condition_evidence = category, management, {}
    missing = {
        f.field.rsplit(".", 1)[-1]
        for f in validate(plan, pack)
        if f.code == "item.condition_not_recorded" and f.field.startswith("items[p2]")
    }
    assert missing == needed
    item.condition_evidence = {condition: "Recorded on 23/11/2026" for condition in needed}
    assert "item.condition_not_recorded" not in blocking_codes(plan, pack)


def test_young_person_under_school_leaving_age_cannot_hold_the_payments(plan, pack):
    plan.direct_payment.recipient = RecipientKind.YOUNG_PERSON
    assert "dp.recipient_not_eligible" in blocking_codes(plan, pack)
    plan.child.date_of_birth = date(2010, 5, 1)  # over compulsory school age by November 2026
    assert "dp.recipient_not_eligible" not in blocking_codes(plan, pack)


def test_nominee_must_be_named(plan, pack):
    plan.direct_payment.recipient = RecipientKind.NOMINEE
    plan.direct_payment.recipient_name = ""
    assert "dp.no_recipient" in blocking_codes(plan, pack)


def test_regulation_conditions_must_be_confirmed(plan, pack):
    plan.direct_payment.best_interests_confirmed = False
    assert ("dp.condition_not_confirmed", "direct_payment.best_interests_confirmed") in codes(
        plan, pack
    )


def test_direct_payments_need_an_arrangement(plan, pack):
    plan.direct_payment = None
    assert "dp.no_arrangement" in blocking_codes(plan, pack)


def test_spending_over_the_indicative_budget_needs_a_reason(plan, pack):
    plan.indicative.amounts = {k: Money(1000) for k in plan.indicative.amounts}
    found = [f for f in validate(plan, pack) if f.code == "budget.over_without_reason"]
    # Only social care is over a year: the iPad is once, not against the education figure.
    assert [f.field for f in found] == ["over_budget_reasons.social_care"]
    assert "£1,890.00 a year, £1,880.00 more than the social care" in found[0].message
    plan.over_budget_reasons = {FundingStream.SOCIAL_CARE: "Hours set at the panel"}
    assert "budget.over_without_reason" not in blocking_codes(plan, pack)


def test_each_stream_over_its_figure_needs_its_own_reason(plan, pack):
    # Education £399 over and social care £399 under: the total is exact, education is not.
    plan.items[0].cost_basis = CostBasis.RECURRING
    plan.items[0].unit_cost = Money(139900)
    plan.items[0].units_per_period = plan.items[0].periods_per_year = Decimal(1)
    plan.items[1].unit_cost = Money(160100)
    plan.items[1].units_per_period = plan.items[1].periods_per_year = Decimal(1)
    found = [f for f in validate(plan, pack) if f.code == "budget.over_without_reason"]
    assert [f.field for f in found] == ["over_budget_reasons.education"]
    assert "education indicative budget" in found[0].message
    plan.over_budget_reasons = {FundingStream.SOCIAL_CARE: "A reason for the wrong stream"}
    assert "budget.over_without_reason" in blocking_codes(plan, pack)


def test_the_bands_amounts_are_checked_against_the_pack(plan, pack):
    plan.indicative.source = IndicativeSource.RAS
    plan.indicative.ras_answers = {q.id: q.answers[0].id for q in pack.ras.questions}
    plan.indicative.ras_score = 0
    plan.indicative.ras_band = "none"
    plan.indicative.amounts = {FundingStream.EDUCATION: Money(5_000_000)}
    found = [f for f in validate(plan, pack) if f.code == "indicative.band_mismatch"]
    assert found and found[0].blocking
    assert "education £50,000.00 a year" in found[0].message and "(nothing)" in found[0].message
    plan.indicative.amounts = {}
    assert "indicative.band_mismatch" not in blocking_codes(plan, pack)


def test_quantities_follow_their_period(plan, pack):
    line = plan.item("p2")
    line.periods_per_year = Decimal("52.14")  # 52 weeks and a day
    assert not {"item.too_many_weeks", "item.not_quantified"} & blocking_codes(plan, pack)
    line.periods_per_year = Decimal(53)
    assert "item.too_many_weeks" in blocking_codes(plan, pack)
    line.frequency, line.periods_per_year = Frequency.MONTH, Decimal(13)
    assert "item.too_many_weeks" in blocking_codes(plan, pack)
    line.frequency, line.units_per_period = Frequency.BLOCK, Decimal(6)
    assert "item.block_no_dates" in blocking_codes(plan, pack)
    line.starts_on, line.ends_on = date(2027, 3, 1), date(2027, 1, 1)
    assert "item.ends_before_start" in blocking_codes(plan, pack)
    line.starts_on = date(2026, 12, 1)
    assert not {"item.block_no_dates", "item.ends_before_start"} & blocking_codes(plan, pack)


def test_the_first_payment_is_never_before_the_agreement(plan, pack):
    plan.direct_payment.first_payment_on = plan.dp_agreements[-1].signed_on - timedelta(1)
    stops_payments = {f.code for f in blocking(validate(plan, pack, stage=Stage.PAYMENTS))}
    assert "dp.paid_before_agreement" in stops_payments
    assert "dp.paid_before_agreement" not in blocking_codes(plan, pack)  # the plan can be final
    plan.direct_payment.first_payment_on = None
    assert ("dp.no_first_payment_date", "direct_payment.first_payment_on") in codes(
        plan, pack, Severity.WARNING
    )


def test_override_needs_a_reason_and_manual_figures_a_source(plan, pack):
    plan.indicative.override = PanelOverride(dict(plan.indicative.amounts), reason=" ")
    plan.indicative.manual_reason = ""
    found = blocking_codes(plan, pack)
    assert {"indicative.override_no_reason", "indicative.manual_no_reason"} <= found


def test_ras_score_is_checked_against_the_answers(plan, pack):
    plan.indicative.source = IndicativeSource.RAS
    plan.indicative.ras_answers = {q.id: q.answers[-1].id for q in pack.ras.questions}
    plan.indicative.ras_score = 1
    assert ("indicative.ras_mismatch", "indicative.ras_score") in codes(
        plan, pack, Severity.WARNING
    )


def test_outcomes_served_by_nothing_are_flagged(plan, pack):
    plan.items[1].outcome_ids = ["o1"]
    assert ("outcome.unserved", "outcomes[o2]") in codes(plan, pack, Severity.WARNING)


def test_third_party_needs_an_organisation(plan, pack):
    plan.items[1].management = ManagementOption.THIRD_PARTY
    assert "third_party.missing" in blocking_codes(plan, pack)
    plan.third_party = ThirdPartyArrangement("Brokerage CIC")
    assert "third_party.missing" not in blocking_codes(plan, pack)


def test_refusals_must_give_reasons(plan, pack):
    plan.refusals.append(RefusedRequest("r1", "Sensory support service as cash"))
    assert ("refusal.no_reasons", "refusals[r1].reasons") in codes(plan, pack)


def test_comment_deadline_is_at_least_the_packs_period(plan, pack):
    plan.served_on = date(2026, 11, 23)
    plan.comment_deadline = date(2026, 12, 1)
    found = [f for f in validate(plan, pack) if f.code == "dates.deadline_too_soon"]
    # 15 days beginning with the day served: 23 November is day 1, 7 December day 15.
    assert "7 December 2026" in found[0].message
    plan.comment_deadline = date(2026, 12, 7)
    assert "dates.deadline_too_soon" not in blocking_codes(plan, pack)


def test_quantities_must_be_possible(plan, pack):
    plan.items[1].periods_per_year = 53
    plan.items[1].units_per_period = 200
    found = blocking_codes(plan, pack)
    assert {"item.too_many_weeks", "item.too_many_units"} <= found


def test_findings_carry_a_plain_message_and_a_field(plan, pack):
    plan.items[0].outcome_ids = []
    plan.child.full_name = ""
    for finding in validate(plan, pack):
        assert finding.message[0].isupper() or finding.message[0] in "“£"
        assert finding.field
        assert str(finding).startswith(("[BLOCKS]", "[warning]"))


def test_a_urn_has_six_digits(plan, pack):
    plan.settings[0].urn = "12345X"
    assert ("setting.bad_urn", "settings[s1].urn") in codes(plan, pack, Severity.WARNING)


def test_a_line_that_names_the_school_is_flagged(plan, pack):
    plan.items[1].delivered_by = "Oakfield  primary school teaching assistant"
    found = [f for f in validate(plan, pack) if f.code == "item.names_setting"]
    assert [f.field for f in found] == ["items[p2].delivered_by"]
    assert not found[0].blocking
    plan.items[1].delivered_by = "Oakfield Primary Schooling Ltd"  # a whole phrase only
    assert not [f for f in validate(plan, pack) if f.code == "item.names_setting"]


@pytest.mark.parametrize(
    ("text", "nudged"),
    [
        ("By July 2027 Amara will be happier at school", True),
        ("By the end of Year 4 Amara will enjoy reading", True),
        ("Amara will ask for help three times a day", False),
        ("Ollie will take the bus on his own", False),
        ("Harry will read 20 words", False),
        ("Harry will join in at lunchtime every day", False),
    ],
)
def test_outcomes_that_cannot_be_checked_get_a_nudge(plan, pack, text, nudged):
    plan.outcomes[0].text = text
    found = [
        f
        for f in validate(plan, pack)
        if f.code == "outcome.not_measurable" and f.field == "outcomes[o1].text"
    ]
    assert bool(found) is nudged
    assert all(not f.blocking for f in found)


def test_eligibility_is_described_in_plain_words(pack):
    from coplan.domain.policy import eligibility_text

    text = {c.id: eligibility_text(pack, c) for c in pack.categories}
    assert (
        text["top_up_support"] == "Can be part of a personal budget, including as a direct payment."
    )
    assert text["specialist_equipment"].startswith(
        "Can be part of a personal budget only on conditions, including as a direct payment. "
        "Conditions: A professional identified the need for this equipment."
    )
    assert text["centrally_commissioned"].startswith("Cannot be part of a personal budget. ")
    assert "under one contract" in text["centrally_commissioned"]


def test_a_date_of_birth_after_the_meeting_is_refused(plan, pack):
    plan.child.date_of_birth = date(2098, 3, 5)  # "05/03/98" read as 2098
    assert ("child.born_after_meeting", "child.date_of_birth") in codes(plan, pack)
