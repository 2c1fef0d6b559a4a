from datetime import date
from decimal import Decimal

import pytest

from coplan.domain import agreements
from coplan.domain.agreements import AgreementError
from coplan.domain.fingerprint import (
    AgreementState,
    agreement_status,
    canonical_bytes,
    fingerprint,
    shown_to_head,
)
from coplan.domain.model import (
    Decision,
    Location,
    ManagementOption,
    ProvisionItem,
    Setting,
    SignatureMethod,
)
from coplan.domain.money import Money


def test_fingerprint_is_stable_and_canonical(plan):
    assert fingerprint(plan, "s1") == fingerprint(plan, "s1")
    assert len(fingerprint(plan, "s1")) == 64
    assert canonical_bytes(shown_to_head(plan, "s1")).startswith(b'{"child":"Amira Khan"')


def test_a_signed_agreement_is_valid_until_something_shown_changes(plan):
    assert agreement_status(plan, "s1").state == AgreementState.AGREED


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda i: setattr(i, "one_off_cost", Money(99900)), "one_off_cost_pence"),
        (lambda i: setattr(i, "delivered_by", "Someone else"), "delivered_by"),
        (lambda i: setattr(i, "when", "Mornings"), "when"),
        (lambda i: setattr(i, "units_per_period", Decimal(2)), "units_per_week"),
        (lambda i: setattr(i, "on_site_requirements", ["dbs"]), "on_site_requirements"),
    ],
)
def test_any_change_to_what_the_head_saw_invalidates_it(plan, change, field):
    change(plan.items[0])
    status = agreement_status(plan, "s1")
    assert status.state == AgreementState.CHANGED
    assert not status.valid
    assert field in {c.field for c in status.changes}
    assert status.label == "No longer valid: changed since signed on 23 November 2026"


def test_moving_an_item_off_premises_or_off_direct_payment_changes_the_set(plan):
    plan.items[0].management = ManagementOption.ORGANISED
    status = agreement_status(plan, "s1")
    assert status.state == AgreementState.CHANGED
    # Named by its description, never by its id ("item p1").
    assert [c.describe() for c in status.changes] == [
        "“iPad with a communication app” no longer needs agreement here"
    ]


def test_adding_a_direct_payment_item_on_premises_invalidates_it(plan):
    plan.items.append(
        ProvisionItem(
            "p9",
            "Tutor in class",
            management=ManagementOption.DIRECT_PAYMENT,
            location=Location.SETTING_PREMISES,
            setting_id="s1",
        )
    )
    changes = agreement_status(plan, "s1").changes
    assert [c.describe() for c in changes] == ["“Tutor in class” was added"]


def test_changes_elsewhere_leave_the_agreement_valid(plan):
    plan.items[1].unit_cost = Money(9999)
    plan.outcomes[0].text = "New words"
    assert agreement_status(plan, "s1").valid


def test_a_second_settings_items_are_not_in_the_first_settings_fingerprint(plan):
    plan.settings.append(Setting("s2", "Riverside College"))
    before = fingerprint(plan, "s1")
    plan.items.append(
        ProvisionItem(
            "p5",
            "Job coach",
            management=ManagementOption.DIRECT_PAYMENT,
            location=Location.SETTING_PREMISES,
            setting_id="s2",
        )
    )
    assert fingerprint(plan, "s1") == before
    assert [i["id"] for i in shown_to_head(plan, "s2")["items"]] == ["p5"]


def test_withdrawal(plan):
    agreements.withdraw(plan, "s1", on=date(2027, 1, 10), reason="Staffing", told_by="J Patel")
    status = agreement_status(plan, "s1")
    assert status.state == AgreementState.WITHDRAWN
    assert status.label == "Withdrawn on 10 January 2027"
    with pytest.raises(AgreementError, match="already been withdrawn"):
        agreements.withdraw(plan, "s1", on=date(2027, 1, 11), reason="x", told_by="y")


def test_a_tampered_snapshot_does_not_validate(plan):
    plan.premises_agreements[0].fingerprint = "0" * 64
    assert agreement_status(plan, "s1").state == AgreementState.CHANGED


@pytest.mark.parametrize(
    ("decision", "kwargs", "message"),
    [
        (Decision.DECLINED, {}, "reasons for declining"),
        (Decision.AGREED_WITH_CONDITIONS, {}, "at least one condition"),
        (Decision.AGREED, {"method": SignatureMethod.DRAWN}, "Draw the signature"),
        (Decision.AGREED, {"method": SignatureMethod.PAPER}, "on paper or by email"),
        (
            Decision.AGREED,
            {"method": SignatureMethod.EMAIL, "recorded_by": "S Patel"},
            "Enter the reference printed on the request",
        ),
        (Decision.AGREED, {"signatory_name": " "}, "name of the person signing"),
    ],
)
def test_incomplete_decisions_are_refused(plan, decision, kwargs, message):
    arguments = {
        "decision": decision,
        "signatory_name": "J Patel",
        "signatory_role": "Head teacher",
        "signed_on": date(2026, 11, 23),
        "method": SignatureMethod.TYPED,
        **kwargs,
    }
    with pytest.raises(AgreementError, match=message):
        agreements.record_decision(plan, "s1", **arguments)


def test_a_decline_with_reasons_blocks_the_plan(plan, pack):
    from coplan.domain.rules import validate

    agreements.record_decision(
        plan,
        "s1",
        decision=Decision.DECLINED,
        reasons="No secure storage for the iPad",
        signatory_name="J Patel",
        signatory_role="Head teacher",
        signed_on=date(2026, 11, 24),
        method=SignatureMethod.TYPED,
    )
    found = [f for f in validate(plan, pack) if f.code == "premises.declined"]
    assert "No secure storage for the iPad" in found[0].message


def test_items_are_shown_in_natural_order(plan):
    for number in (10, 2, 3):
        plan.items.append(
            ProvisionItem(
                f"p{number}",
                f"Item {number}",
                management=ManagementOption.DIRECT_PAYMENT,
                location=Location.SETTING_PREMISES,
                setting_id="s1",
            )
        )
    assert [i["id"] for i in shown_to_head(plan, "s1")["items"]] == ["p1", "p2", "p3", "p10"]


def test_a_setting_with_a_recorded_decision_stays_in_the_plan(plan):
    from coplan.domain.agreements import remove_setting

    with pytest.raises(AgreementError, match="stays in the plan"):
        remove_setting(plan, "s1")
    plan.settings.append(Setting("s2", "Riverside College"))
    plan.items[1].setting_id = "s2"
    remove_setting(plan, "s2")
    assert [s.id for s in plan.settings] == ["s1"]
    assert plan.items[1].setting_id is None


def test_an_answer_given_outside_the_meeting_must_quote_the_current_reference(plan):
    from coplan.domain.fingerprint import reference

    plan.premises_agreements.clear()
    printed = reference(plan, "s1")
    plan.items[0].delivered_by = "Changed after the request was printed"
    arguments = {
        "decision": Decision.AGREED,
        "signatory_name": "J Patel",
        "signatory_role": "Head teacher",
        "signed_on": date(2026, 11, 30),
        "method": SignatureMethod.PAPER,
        "recorded_by": "S Patel",
    }
    with pytest.raises(AgreementError, match="changed after that request was printed"):
        agreements.record_decision(plan, "s1", reference=printed, **arguments)
    assert plan.premises_agreements == []
    agreement = agreements.record_decision(
        plan, "s1", reference=f" {reference(plan, 's1').upper()} ", **arguments
    )
    assert agreement_status(plan, "s1").valid
    assert agreement.fingerprint.startswith(reference(plan, "s1"))


def test_a_field_a_head_signed_for_says_so_before_it_changes(plan):
    from coplan.domain.fingerprint import signed_change_warning

    item = plan.items[0]
    agreement = plan.current_agreement("s1")
    agreement.signatory_name = "Helen Whitfield"
    words = signed_change_warning(plan, item.id, "one_off_cost_pence")
    assert words == (
        f"Helen Whitfield agreed to {item.one_off_cost.format()} for one-off cost on "
        "23 November 2026; changing it means asking them again."
    )
    whole = signed_change_warning(plan, item.id, "item")
    assert whole.startswith("Helen Whitfield agreed to “")
    assert "removing it" in whole
    # Once changed, the agreement no longer covers it: nothing more to warn about.
    item.one_off_cost = Money(1)
    assert signed_change_warning(plan, item.id, "one_off_cost_pence") is None
    # An item no head signed for has no warning.
    assert signed_change_warning(plan, "nope", "description") is None


def test_a_signature_without_a_name_names_the_setting(plan):
    from coplan.domain.fingerprint import signed_change_warning

    plan.current_agreement("s1").signatory_name = ""
    words = signed_change_warning(plan, plan.items[0].id, "delivered_by")
    assert words.startswith(f"The head of {plan.setting('s1').name} agreed to “")


def test_a_condition_the_head_s_signature_records_is_not_asked_again(plan, pack):
    from coplan.domain.fingerprint import condition_met_by_agreement
    from coplan.domain.rules import validate

    condition = pack.condition("head_agrees")
    assert condition.met_by_premises_agreement
    item = plan.items[0]  # a direct payment on s1's premises, agreed by J Patel
    item.category = "school_funded_support"
    item.condition_evidence.pop("head_agrees", None)
    agreement = plan.current_agreement("s1")
    from coplan.domain.fingerprint import fingerprint, shown_to_head

    agreement.shown = shown_to_head(plan, "s1")  # signed for the item as it now is
    agreement.fingerprint = fingerprint(plan, "s1")
    assert condition_met_by_agreement(plan, item, condition) == (
        "Agreed by J Patel on the sign-off screen on 23 November 2026."
    )
    asked = [f for f in validate(plan, pack) if f.field.endswith("condition_evidence.head_agrees")]
    assert asked == []
    # Changed since she signed: the signature no longer records it, so it is asked for.
    item.delivered_by = "Someone else"
    assert condition_met_by_agreement(plan, item, condition) is None
    asked = [f for f in validate(plan, pack) if f.field.endswith("condition_evidence.head_agrees")]
    assert len(asked) == 1
