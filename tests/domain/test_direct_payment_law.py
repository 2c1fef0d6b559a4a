"""Who may receive direct payments, each funding stream's conditions, third parties, premises
signatories and withdrawals, and refusals: the law's cases, one at a time (issue 10)."""

from datetime import date

import pytest

from coplan.domain import agreements
from coplan.domain.agreements import AgreementError
from coplan.domain.model import (
    Decision,
    FundingStream,
    Location,
    ManagementOption,
    Need,
    NeedSection,
    RecipientKind,
    RefusalScope,
    RefusedRequest,
    ReviewOutcome,
    SignatureMethod,
    ThirdPartyArrangement,
)
from coplan.domain.open_items import line_status
from coplan.domain.rules import validate
from coplan.domain.stages import Stage

MEETING = date(2026, 11, 23)
NINETEEN = date(2007, 6, 1)  # 19 on the meeting day: long over compulsory school age
SIXTEEN_IN_YEAR_11 = date(2010, 10, 1)  # 16 in October 2026, of compulsory school age to June 2027


def found(plan, pack, code, stage=Stage.PAYMENTS):
    return [f for f in validate(plan, pack, stage=stage) if f.code == code]


# -- who may receive (point 3) ---------------------------------------------------------------


def test_a_parent_is_refused_as_recipient_of_a_19_year_olds_payments_in_their_own_right(plan, pack):
    plan.child.date_of_birth = NINETEEN
    plan.direct_payment.recipient = RecipientKind.PARENT
    [refused] = found(plan, pack, "dp.recipient_not_eligible")
    assert refused.stops(Stage.FINAL) and not refused.stops(Stage.DRAFT)
    assert "only as their nominee" in refused.message
    assert "not in the parent's own right" in refused.message


def test_a_parent_as_the_19_year_olds_nominee_is_accepted_with_the_young_persons_consent(
    plan, pack
):
    plan.child.date_of_birth = NINETEEN
    dp = plan.direct_payment
    dp.recipient = RecipientKind.NOMINEE
    dp.recipient_name = "Sara Khan"
    dp.nominee_relationship = "Mother"
    dp.nominated_by = "Amira Khan, the young person"
    [consent] = found(plan, pack, "dp.no_consent")
    assert "Sara Khan" in consent.message and consent.stops(Stage.FINAL)
    dp.young_person_consented_on = date(2026, 11, 16)
    codes = {f.code for f in validate(plan, pack, stage=Stage.PAYMENTS)}
    assert not codes & {"dp.recipient_not_eligible", "dp.no_consent", "dp.no_nominated_by"}


def test_a_nominee_says_who_chose_them(plan, pack):
    plan.direct_payment.recipient = RecipientKind.NOMINEE
    assert found(plan, pack, "dp.no_nominated_by")
    plan.direct_payment.nominated_by = "Sara Khan, parent"
    assert not found(plan, pack, "dp.no_nominated_by")


def test_a_representative_needs_the_capacity_assessment(plan, pack):
    plan.child.date_of_birth = NINETEEN
    dp = plan.direct_payment
    dp.recipient = RecipientKind.REPRESENTATIVE
    dp.recipient_name = "Sara Khan"
    [missing] = found(plan, pack, "dp.no_capacity_assessment")
    assert missing.field == "direct_payment.capacity_assessed_on"
    dp.capacity_assessed_on = date(2026, 10, 2)
    assert found(plan, pack, "dp.no_capacity_assessment"), "the reference is needed too"
    dp.capacity_assessment_reference = "MCA-2026-118"
    codes = {f.code for f in validate(plan, pack, stage=Stage.PAYMENTS)}
    assert not codes & {"dp.no_capacity_assessment", "dp.recipient_not_eligible"}


def test_a_representative_is_for_a_young_person_not_a_child(plan, pack):
    plan.direct_payment.recipient = RecipientKind.REPRESENTATIVE  # the child is 10
    assert found(plan, pack, "dp.representative_for_child")


def test_a_missing_date_of_birth_asks_for_it_rather_than_refusing_by_age(plan, pack):
    plan.child.date_of_birth = None
    plan.direct_payment.recipient = RecipientKind.YOUNG_PERSON
    assert not found(plan, pack, "dp.recipient_not_eligible")
    [ask] = found(plan, pack, "dp.needs_date_of_birth")
    assert ask.field == "child.date_of_birth" and "Enter the date of birth" in ask.message


def test_a_councils_policy_against_young_people_receiving_is_a_refusal_in_writing(
    plan, strict_pack
):
    plan.child.date_of_birth = NINETEEN
    plan.direct_payment.recipient = RecipientKind.YOUNG_PERSON
    [refused] = found(plan, strict_pack, "dp.recipient_not_eligible")
    assert "refused in writing, with the reasons and the right to ask for a review" in (
        refused.message
    )


# -- each funding stream's rules (point 4) ---------------------------------------------------


def _social_care_only(plan):
    plan.items[0].funding = FundingStream.SOCIAL_CARE


def test_a_16_year_old_may_receive_social_care_payments_herself(plan, pack):
    plan.child.date_of_birth = SIXTEEN_IN_YEAR_11
    _social_care_only(plan)
    plan.direct_payment.recipient = RecipientKind.YOUNG_PERSON
    plan.direct_payment.recipient_name = "Amira Khan"
    assert not found(plan, pack, "dp.recipient_not_eligible")


def test_a_16_year_old_of_school_age_may_not_receive_education_payments_herself(plan, pack):
    plan.child.date_of_birth = SIXTEEN_IN_YEAR_11
    plan.direct_payment.recipient = RecipientKind.YOUNG_PERSON  # the line is education
    [refused] = found(plan, pack, "dp.recipient_not_eligible")
    assert "social care and NHS payments from 16" in refused.message


def test_a_15_year_old_may_not_receive_social_care_payments_herself(plan, pack):
    plan.child.date_of_birth = date(2011, 2, 1)
    _social_care_only(plan)
    plan.direct_payment.recipient = RecipientKind.YOUNG_PERSON
    assert found(plan, pack, "dp.recipient_not_eligible")


def test_an_nhs_direct_payment_without_a_care_plan_stops_payments_not_the_final_plan(plan, pack):
    plan.items[0].funding = FundingStream.HEALTH
    plan.items[0].outcome_ids = ["o2"]  # a care outcome: no cross-check advice
    [missing] = found(plan, pack, "dp.health_no_care_plan")
    assert missing.stops(Stage.PAYMENTS) and not missing.stops(Stage.FINAL)
    assert "integrated care board" in missing.message
    dp = plan.direct_payment
    dp.health_care_plan_reference = "ICB-2026-77"
    dp.health_care_plan_agreed_on = date(2026, 11, 20)
    dp.integrated_care_board = "NHS Example Shire ICB"
    assert not found(plan, pack, "dp.health_no_care_plan")


def test_therapy_for_a_classroom_outcome_charged_to_health_is_said_to_be_educational(plan, pack):
    plan.items[0].funding = FundingStream.HEALTH  # serves o1, an education outcome
    [advice] = found(plan, pack, "item.education_charged_to_health")
    assert advice.stage is None  # advice: who pays is for the council and the board
    assert "special educational provision in law" in advice.message


# -- third-party arrangements (point 5) ------------------------------------------------------


def test_a_broker_held_line_on_school_premises_needs_the_heads_agreement(plan, pack):
    plan.premises_agreements.clear()
    plan.items[0].management = ManagementOption.ORGANISED
    broker = plan.items[1]
    broker.management = ManagementOption.THIRD_PARTY
    broker.location = Location.SETTING_PREMISES
    broker.setting_id = "s1"
    plan.third_party = ThirdPartyArrangement("Brightpath Brokerage CIC", "Nadia Hussain")
    assert plan.premises_dp_items("s1") == [broker]
    [needed] = found(plan, pack, "premises.not_agreed")
    assert needed.stops(Stage.FINAL)
    terms = {f.field for f in found(plan, pack, "third_party.no_terms")}
    assert terms == {"third_party.holds", "third_party.reports"}
    [conditions] = found(plan, pack, "third_party.conditions_not_confirmed")
    assert conditions.stops(Stage.FINAL) and "direct payment in law" in conditions.message
    plan.third_party.conditions_confirmed = True
    plan.third_party.holds = "The PA budget"
    plan.third_party.reports = "Quarterly statement to the council"
    agreements.record_decision(
        plan,
        "s1",
        decision=Decision.AGREED,
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=MEETING,
        method=SignatureMethod.TYPED,
    )
    codes = {f.code for f in validate(plan, pack, stage=Stage.PAYMENTS)}
    assert not codes & {
        "premises.not_agreed",
        "third_party.no_terms",
        "third_party.conditions_not_confirmed",
    }


# -- premises agreements (point 6) -----------------------------------------------------------


def _sign(plan, role, **extra):
    plan.premises_agreements.clear()
    return agreements.record_decision(
        plan,
        "s1",
        decision=Decision.AGREED,
        signatory_name="Pat Jones",
        signatory_role=role,
        signed_on=MEETING,
        method=SignatureMethod.TYPED,
        **extra,
    )


def test_a_lunchtime_supervisor_cannot_sign_for_the_school(plan):
    with pytest.raises(AgreementError, match="“Lunchtime supervisor” cannot agree"):
        _sign(plan, "Lunchtime supervisor")
    assert plan.premises_agreements == []


@pytest.mark.parametrize("role", ["Head teacher", "principal", "Early years provider"])
def test_the_head_principal_or_provider_signs_in_their_own_right(plan, role):
    assert _sign(plan, role).delegated_by == ""


def test_a_delegated_signatory_is_accepted_with_the_delegation_recorded(plan):
    agreement = _sign(
        plan,
        "Deputy head teacher",
        delegated_by="J Patel, head teacher",
        delegated_on=date(2026, 9, 1),
    )
    assert agreement.delegated_by == "J Patel, head teacher"
    assert agreement.delegated_on == date(2026, 9, 1)
    with pytest.raises(AgreementError, match="delegated after"):
        _sign(plan, "Deputy head teacher", delegated_by="J Patel", delegated_on=date(2027, 1, 1))


def test_a_withdrawal_dated_before_the_signature_is_refused(plan):
    with pytest.raises(AgreementError, match="cannot be before the agreement was signed"):
        agreements.withdraw(
            plan, "s1", on=date(2026, 11, 1), reason="Staff changes", told_by="J Patel"
        )
    assert plan.current_agreement("s1").withdrawal is None


def test_a_withdrawal_says_from_when_the_items_stop(plan, pack):
    with pytest.raises(AgreementError, match="cannot stop"):
        agreements.withdraw(
            plan,
            "s1",
            on=date(2026, 12, 1),
            reason="x",
            told_by="y",
            effective_from=date(2026, 11, 30),
        )
    agreements.withdraw(
        plan,
        "s1",
        on=date(2026, 12, 1),
        reason="No room on the timetable after the rebuild",
        told_by="J Patel, head teacher",
        effective_from=date(2027, 1, 4),
    )
    [withdrawn] = found(plan, pack, "premises.withdrawn")
    assert "withdrew its agreement on 1 December 2026" in withdrawn.message
    assert "stop or must be re-arranged from 4 January 2027" in withdrawn.message
    status = line_status(plan, plan.items[0])
    assert status is not None and not status.settled
    assert status.text == (
        "Agreement withdrawn on 1 December 2026: this line stops or must be re-arranged from "
        "4 January 2027."
    )


def test_a_withdrawal_without_a_later_date_stops_the_items_the_day_it_is_withdrawn(plan):
    agreements.withdraw(plan, "s1", on=date(2026, 12, 1), reason="x", told_by="y")
    assert "re-arranged from 1 December 2026" in line_status(plan, plan.items[0]).text


# -- refusals (point 7) ----------------------------------------------------------------------


def _refusal(**fields):
    values = {
        "reasons": "Not in the plan.",
        "requested_on": date(2026, 11, 2),
        "decided_on": date(2026, 11, 16),
        "review_rights_told_on": date(2026, 11, 16),
    }
    values.update(fields)
    return RefusedRequest("r1", "A laptop", **values)


def test_a_complete_refusal_has_no_findings(plan, pack):
    plan.refusals.append(_refusal())
    assert not [f for f in validate(plan, pack) if f.code.startswith("refusal.")]


def test_a_refusal_records_when_asked_when_decided_and_when_told_of_the_review(plan, pack):
    plan.refusals.append(_refusal(requested_on=None, decided_on=None, review_rights_told_on=None))
    fields = {f.field for f in validate(plan, pack) if f.code.startswith("refusal.") and f.blocking}
    assert fields == {
        "refusals[r1].requested_on",
        "refusals[r1].decided_on",
        "refusals[r1].review_rights_told_on",
    }


def test_a_refusal_cannot_be_decided_before_it_was_asked(plan, pack):
    plan.refusals.append(_refusal(decided_on=date(2026, 11, 1)))
    [wrong] = found(plan, pack, "refusal.decided_before_request")
    assert wrong.stops(Stage.DRAFT)


def test_a_reviews_outcome_needs_its_date(plan, pack):
    plan.refusals.append(_refusal(review_outcome=ReviewOutcome.UPHELD))
    assert found(plan, pack, "refusal.review_no_date")
    plan.refusals[0].reviewed_on = date(2026, 12, 10)
    assert not found(plan, pack, "refusal.review_no_date")


def test_refusing_a_whole_personal_budget_needs_the_block_contract_reason(plan, pack):
    plan.refusals.append(_refusal(scope=RefusalScope.PERSONAL_BUDGET))
    [missing] = found(plan, pack, "refusal.no_block_contract_reason")
    assert missing.stops(Stage.DRAFT)
    plan.refusals[0].block_contract_reason = "The service is bought under one block contract."
    assert not found(plan, pack, "refusal.no_block_contract_reason")


def test_an_education_direct_payment_names_a_special_educational_need(plan, pack):
    """The law asks Section J for the special educational needs each direct payment meets: an
    education line naming only a social care need (the bus pass once did) is wrong as a draft."""
    plan.needs.append(Need("n2", NeedSection.SOCIAL_CARE, "Needs support to travel safely."))
    plan.items[0].need_ids = ["n2"]
    [wrong] = found(plan, pack, "item.dp_no_sen_need")
    assert wrong.stops(Stage.DRAFT) and "not only social care (section D) needs" in wrong.message
    plan.items[0].need_ids = ["n1", "n2"]
    assert not found(plan, pack, "item.dp_no_sen_need")
    plan.items[0].funding = FundingStream.SOCIAL_CARE
    plan.items[0].need_ids = ["n2"]
    assert not found(plan, pack, "item.dp_no_sen_need")  # social care follows its own law
