"""The direct payment agreement as a signed record: what it covers, its reference, signing on
screen or on paper, "to be signed again" after any change, and payments waiting for it."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from factories import MEETING_DAY, build_plan, sign_dp_agreement
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coplan.domain import dp_agreement, rules
from coplan.domain.dp_agreement import DpAgreementError, DpAgreementState
from coplan.domain.model import (
    DirectPaymentAgreement,
    Location,
    ManagementOption,
    RecipientKind,
    SignatureMethod,
)
from coplan.domain.money import Money
from coplan.domain.stages import Stage


def codes(plan, pack, stage):
    return {f.code for f in rules.blocking(rules.validate(plan, pack, stage=stage))}


@pytest.fixture
def plan():
    return build_plan()


def test_the_factory_plan_is_signed_and_payments_may_start_as_far_as_the_agreement_goes(plan, pack):
    found = dp_agreement.status(plan, pack)
    assert found.state == DpAgreementState.SIGNED and found.valid
    assert found.label == "Signed on 23 November 2026"
    assert not {c for c in codes(plan, pack, Stage.PAYMENTS) if c.startswith("dp.agreement")}
    assert dp_agreement.signed_on(plan, pack) == MEETING_DAY


def test_what_it_covers(plan, pack):
    shown = dp_agreement.shown_to_recipient(plan, pack)
    assert shown["recipient"] == {"kind": "parent", "name": "Sara Khan"}
    assert [i["id"] for i in shown["items"]] == [
        i.id for i in plan.items if i.management is ManagementOption.DIRECT_PAYMENT
    ]
    first = shown["items"][0]
    assert first["outcomes"] and first["needs"]  # each item's needs and outcomes, in words
    assert shown["schedule"]["first_payment_on"] == "2026-12-07"
    assert shown["schedule"]["payments"]  # every payment's date and amount
    assert shown["terms"]["notice_weeks"] == pack.dp_agreement.notice_weeks


def test_the_reference_is_stable_and_tied_to_the_plan_and_what_it_covers(plan, pack):
    reference = dp_agreement.reference(plan, pack)
    assert len(reference) == 12 and reference == dp_agreement.reference(copy.deepcopy(plan), pack)
    other = copy.deepcopy(plan)
    other.id = "another-plan"
    assert dp_agreement.reference(other, pack) != reference  # the same support, another plan
    assert plan.dp_agreements[-1].reference == reference


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda p: setattr(p.items[0], "units_per_period", Decimal(3)), id="amount"),
        pytest.param(lambda p: setattr(p.items[0], "description", "Another tutor"), id="item"),
        pytest.param(lambda p: p.items[0].outcome_ids.clear(), id="outcomes"),
        pytest.param(lambda p: setattr(p.needs[0], "summary", "Reworded"), id="need"),
        pytest.param(
            lambda p: setattr(p.direct_payment, "recipient_name", "Amir Khan"), id="recipient"
        ),
        pytest.param(
            lambda p: setattr(p.direct_payment, "first_payment_on", date(2027, 1, 4)), id="date"
        ),
        pytest.param(
            lambda p: setattr(p.items[1], "management", ManagementOption.DIRECT_PAYMENT),
            id="added",
        ),
        pytest.param(
            lambda p: setattr(p.direct_payment, "monitoring_terms", "Monthly returns"),
            id="terms",
        ),
    ],
)
def test_any_change_to_what_it_covers_makes_it_to_be_signed_again(plan, pack, change):
    change(plan)
    found = dp_agreement.status(plan, pack)
    assert found.state == DpAgreementState.CHANGED and not found.valid
    assert found.label.startswith("To be signed again: what it covers changed after it was signed")
    assert found.changes
    assert "dp.agreement_to_sign_again" in codes(plan, pack, Stage.PAYMENTS)
    assert "dp.agreement_to_sign_again" not in codes(plan, pack, Stage.FINAL)  # only payments
    assert dp_agreement.signed_on(plan, pack) is None


def test_a_change_that_the_agreement_does_not_cover_keeps_it_signed(plan, pack):
    plan.items[1].description = "Another club"  # organised, not paid by direct payment
    plan.direct_payment.appropriate_use_confirmed = False  # the council's check, not a term
    plan.meeting.attendees.clear()
    assert dp_agreement.status(plan, pack).valid


def test_the_changes_are_said_in_words(plan, pack):
    plan.items[0].units_per_period = Decimal(3)
    plan.direct_payment.recipient_name = "Amir Khan"
    plan.direct_payment.first_payment_on = date(2026, 12, 14)
    changes = dp_agreement.status(plan, pack).changes
    assert any(c.startswith(f"“{plan.items[0].description}”:") for c in changes)
    assert "Who receives the payments changed" in changes
    assert "The payment schedule changed" in changes


def test_the_councils_terms_are_part_of_it(plan, pack, strict_pack):
    """Another council's pack: other terms, so the signature does not cover them."""
    assert dp_agreement.status(plan, strict_pack).state == DpAgreementState.CHANGED
    assert "The council's terms changed" in dp_agreement.status(plan, strict_pack).changes


def test_signing_again_after_a_change(plan, pack):
    plan.items[0].units_per_period = Decimal(3)
    sign_dp_agreement(plan, pack, on=date(2026, 11, 30))
    assert dp_agreement.status(plan, pack).label == "Signed on 30 November 2026"
    assert len(plan.dp_agreements) == 2  # the earlier one is its history


def test_not_signed_stops_payments_only(plan, pack):
    plan.dp_agreements.clear()
    assert "dp.agreement_not_signed" in codes(plan, pack, Stage.PAYMENTS)
    assert "dp.agreement_not_signed" not in codes(plan, pack, Stage.FINAL)
    finding = next(
        f for f in rules.validate(plan, pack, stage=Stage.PAYMENTS) if f.code.endswith("signed")
    )
    assert finding.field == "dp_agreements[direct_payment]"
    assert "Sara Khan" in finding.message


def test_the_first_payment_is_never_before_the_signing(plan, pack):
    plan.dp_agreements.clear()
    sign_dp_agreement(plan, pack, on=date(2026, 12, 10))  # after the first payment, 7 December
    assert "dp.paid_before_agreement" in codes(plan, pack, Stage.PAYMENTS)


def test_an_older_file_recorded_only_a_date(plan, pack):
    plan.dp_agreements = [
        DirectPaymentAgreement(id="d1", signed_on=MEETING_DAY, method=SignatureMethod.PAPER)
    ]
    found = dp_agreement.status(plan, pack)
    assert found.state == DpAgreementState.DATE_ONLY
    assert "recorded as a date only" in found.label
    assert "dp.agreement_date_only" in codes(plan, pack, Stage.PAYMENTS)


# -- signing ----------------------------------------------------------------------------------
def unsigned(plan):
    plan.dp_agreements.clear()
    return plan


def test_signed_by_the_person_receiving_the_payments_only(plan, pack):
    with pytest.raises(DpAgreementError, match=r"signed by the person who receives the payments"):
        dp_agreement.record_signing(
            unsigned(plan),
            pack,
            signatory_name="Someone Else",
            signed_on=MEETING_DAY,
            method=SignatureMethod.TYPED,
        )
    assert plan.dp_agreements == []


def test_a_drawn_signature_needs_the_drawing(plan, pack):
    with pytest.raises(DpAgreementError, match="Draw the signature"):
        dp_agreement.record_signing(
            unsigned(plan),
            pack,
            signatory_name="Sara Khan",
            signed_on=MEETING_DAY,
            method=SignatureMethod.DRAWN,
        )


def test_what_the_screen_showed_must_still_be_what_the_plan_says(plan, pack):
    shown = dp_agreement.shown_to_recipient(unsigned(plan), pack)
    plan.items[0].units_per_period = Decimal(4)
    with pytest.raises(DpAgreementError, match="changed while it was being signed"):
        dp_agreement.record_signing(
            plan,
            pack,
            signatory_name="Sara Khan",
            signed_on=MEETING_DAY,
            method=SignatureMethod.TYPED,
            shown=shown,
        )


def test_signed_on_paper_quoting_its_reference(plan, pack):
    printed = dp_agreement.reference(unsigned(plan), pack)
    quoted = f" {printed[:4].upper()} {printed[4:8]}-{printed[8:]} "  # as someone types it
    signed = dp_agreement.record_signing(
        plan,
        pack,
        signatory_name="sara khan",
        signed_on=date(2026, 11, 25),
        method=SignatureMethod.PAPER,
        recorded_by="Sam Patel",
        quoted_reference=quoted,
    )
    assert (signed.reference, signed.method, signed.recorded_by) == (
        printed,
        SignatureMethod.PAPER,
        "Sam Patel",
    )
    assert dp_agreement.status(plan, pack).label == "Signed on 25 November 2026 (on paper)"


def test_a_paper_copy_of_an_older_version_is_refused_with_the_reason(plan, pack):
    printed = dp_agreement.reference(unsigned(plan), pack)
    plan.items[0].unit_cost = Money(5000)  # changed after the copy was printed
    with pytest.raises(DpAgreementError, match=r"not the reference of the agreement as it is now"):
        dp_agreement.record_signing(
            plan,
            pack,
            signatory_name="Sara Khan",
            signed_on=MEETING_DAY,
            method=SignatureMethod.PAPER,
            recorded_by="Sam Patel",
            quoted_reference=printed,
        )
    with pytest.raises(DpAgreementError, match="Enter the reference"):
        dp_agreement.record_signing(
            plan,
            pack,
            signatory_name="Sara Khan",
            signed_on=MEETING_DAY,
            method=SignatureMethod.PAPER,
            recorded_by="Sam Patel",
        )


def test_nothing_to_sign_without_direct_payments_a_recipient_or_the_councils_terms(plan, pack):
    no_terms = dataclasses.replace(pack, dp_agreement=None)
    assert "no direct payment agreement terms" in dp_agreement.not_ready(plan, no_terms)
    plan.direct_payment.recipient_name = ""
    assert "Name the person" in dp_agreement.not_ready(plan, pack)
    for item in plan.items:
        item.management = ManagementOption.ORGANISED
    assert "Nothing in this plan is paid by direct payment" in dp_agreement.not_ready(plan, pack)


# -- the law's cases ----------------------------------------------------------------------------
def test_a_19_year_old_with_a_parent_as_nominee_signs_as_the_nominee(plan, pack):
    plan.child.date_of_birth = date(2007, 5, 1)
    dp = plan.direct_payment
    dp.recipient = RecipientKind.NOMINEE
    dp.recipient_name = "Sara Khan"
    dp.nominee_relationship = "mother"
    dp.nominated_by = "the young person"
    dp.young_person_consented_on = date(2026, 11, 20)
    shown = dp_agreement.shown_to_recipient(plan, pack)
    assert shown["recipient"] == {
        "kind": "nominee",
        "name": "Sara Khan",
        "relationship": "mother",
        "nominated_by": "the young person",
        "young_person_consented_on": "2026-11-20",
    }
    assert dp_agreement.status(plan, pack).state == DpAgreementState.CHANGED  # a new basis
    sign_dp_agreement(plan, pack)
    assert dp_agreement.status(plan, pack).valid
    dp.young_person_consented_on = None  # consent withdrawn or never given: not what was signed
    assert dp_agreement.status(plan, pack).state == DpAgreementState.CHANGED


def test_a_representative_signs_with_the_capacity_assessment_in_the_agreement(plan, pack):
    plan.child.date_of_birth = date(2006, 3, 1)
    dp = plan.direct_payment
    dp.recipient = RecipientKind.REPRESENTATIVE
    dp.recipient_name = "Sara Khan"
    dp.capacity_assessed_on = date(2026, 10, 1)
    dp.capacity_assessment_reference = "MCA-2026-118"
    shown = dp_agreement.shown_to_recipient(plan, pack)["recipient"]
    assert shown["capacity_assessment_reference"] == "MCA-2026-118"
    sign_dp_agreement(plan, pack)
    dp.capacity_assessment_reference = "MCA-2026-999"
    assert dp_agreement.status(plan, pack).state == DpAgreementState.CHANGED


# -- a third party holding money: a direct payment in law, with its own agreement ---------------
def broker_plan():
    from factories import example_paths

    from coplan.plan_file import read_plan

    return read_plan(next(p for p in example_paths() if p.stem == "joint-school-managed"))


def test_a_third_party_has_its_own_agreement_and_payments_to_it_wait_for_it(pack):
    plan = broker_plan()
    third = "third_party"
    assert dp_agreement.recipients(plan) == [third]
    shown = dp_agreement.shown_to_recipient(plan, pack, third)
    assert shown["recipient"]["name"] == "Brightpath Support Brokerage CIC"
    assert shown["recipient"]["holds"] and shown["recipient"]["reports"]
    assert shown["schedule"] == {}  # paid as agreed with it, not on the family's schedule
    assert "third_party.agreement_not_signed" in codes(plan, pack, Stage.PAYMENTS)
    assert "third_party.agreement_not_signed" not in codes(plan, pack, Stage.FINAL)
    signed = dp_agreement.record_signing(
        plan,
        pack,
        signatory_name="Nadia Hussain",  # signs for the broker: any name, recorded
        signed_on=MEETING_DAY,
        method=SignatureMethod.TYPED,
        recipient=third,
    )
    assert signed.recipient == third and dp_agreement.status(plan, pack, third).valid
    assert dp_agreement.status(plan, pack).state == DpAgreementState.NOT_SIGNED  # the family's
    assert not {c for c in codes(plan, pack, Stage.PAYMENTS) if "agreement" in c}
    plan.third_party.reports = "A statement every month"
    assert dp_agreement.status(plan, pack, third).state == DpAgreementState.CHANGED
    assert "third_party.agreement_to_sign_again" in codes(plan, pack, Stage.PAYMENTS)


def test_a_broker_held_line_on_school_premises_is_in_its_agreement_with_the_premises_term(pack):
    plan = broker_plan()
    line = dp_agreement.paid_items(plan, "third_party")[0]
    line.location = Location.SETTING_PREMISES
    line.setting_id = plan.settings[0].id
    shown = dp_agreement.shown_to_recipient(plan, pack, "third_party")
    assert shown["items"][0]["setting_name"] == plan.settings[0].name
    sections = dict(dp_agreement.terms_sections(shown, pack, None))
    premises = sections["10. Support on a school's or college's premises"]
    assert any(plan.settings[0].name in text for text in premises)
    assert pack.dp_agreement.premises_withdrawn in premises


# -- property: what is covered, and only that, needs signing again -----------------------------
COVERED = {
    "description": st.text(min_size=1, max_size=30),
    "delivered_by": st.text(min_size=1, max_size=30),
    "when": st.text(min_size=1, max_size=30),
    "unit_cost": st.integers(1, 10**7).map(Money),
    "one_off_cost": st.integers(1, 10**7).map(Money),
    "units_per_period": st.decimals(min_value=1, max_value=99, places=2),
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(sorted(COVERED)), data=st.data())
def test_any_change_to_a_paid_item_needs_a_new_signature_and_a_new_reference(field, data):
    from factories import _example_pack

    pack = _example_pack()
    plan = build_plan()
    reference = dp_agreement.reference(plan, pack)
    item = dp_agreement.paid_items(plan)[0]
    value = data.draw(COVERED[field])
    changed = value != getattr(item, field)
    setattr(item, field, value)
    found = dp_agreement.status(plan, pack)
    if changed:
        assert found.state == DpAgreementState.CHANGED
        assert dp_agreement.reference(plan, pack) != reference
    # Whatever happened, signing again makes it signed, under the reference it has now.
    sign_dp_agreement(plan, pack)
    assert dp_agreement.status(plan, pack).valid
    assert plan.dp_agreements[-1].reference == dp_agreement.reference(plan, pack)
