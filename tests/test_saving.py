"""An edit that invalidates a head teacher's agreement is recorded in the audit trail."""

import copy

from factories import build_plan

from coplan.domain.agreements import newly_invalidated
from coplan.domain.money import Money
from coplan.saving import save_edit
from coplan.store import open_store


def test_only_the_edit_that_breaks_an_agreement_is_reported():
    before = build_plan()
    after = copy.deepcopy(before)
    after.items[1].unit_cost = Money(1)  # not on the school's premises
    assert newly_invalidated(before, after) == []
    after.items[0].one_off_cost = Money(1)
    assert [a.id for a in newly_invalidated(before, after)] == ["a1"]
    assert newly_invalidated(after, copy.deepcopy(after)) == []  # already invalid: not again
    assert newly_invalidated(None, after) == []


def test_save_edit_audits_the_invalidation_with_the_signed_fingerprint(tmp_path):
    store = open_store(data_dir=tmp_path)
    try:
        plan = build_plan()
        valid, revision = save_edit(store, plan, actor="officer", replaces=0)
        assert (valid, revision) == ({"s1"}, 1)
        plan.items[0].delivered_by = "Someone else"
        valid, revision = save_edit(
            store, plan, actor="officer", valid_before=valid, replaces=revision
        )
        assert (valid, revision) == (frozenset(), 2)
        # still changed: no repeat
        save_edit(store, plan, actor="officer", valid_before=valid, replaces=revision)
        trail = [(entry.action, entry.fingerprint) for entry in store.audit_trail(plan.id)]
        invalidated = [entry for entry in trail if entry[0] == "premises_invalidated"]
        assert invalidated == [("premises_invalidated", plan.premises_agreements[0].fingerprint)]
        assert trail.index(invalidated[0]) == 2  # right after the save that broke it
    finally:
        store.close()


def test_save_edit_audits_a_direct_payment_agreement_to_be_signed_again(tmp_path, pack):
    from coplan.domain import dp_agreement
    from coplan.saving import DP_AGREEMENT_KEY

    store = open_store(data_dir=tmp_path)
    try:
        plan = build_plan()
        valid, revision = save_edit(store, plan, actor="officer", replaces=0, pack=pack)
        assert valid == {"s1", DP_AGREEMENT_KEY}
        plan.direct_payment.recipient_name = "Amir Khan"  # not what was signed
        valid, revision = save_edit(
            store, plan, actor="officer", valid_before=valid, replaces=revision, pack=pack
        )
        assert valid == {"s1"}
        save_edit(store, plan, actor="officer", valid_before=valid, replaces=revision, pack=pack)
        trail = [
            e for e in store.audit_trail(plan.id) if e.action == dp_agreement.AUDIT_INVALIDATED
        ]
        assert [e.fingerprint for e in trail] == [plan.dp_agreements[-1].fingerprint]
        assert "Khan" not in trail[0].detail and "reference" in trail[0].detail
    finally:
        store.close()
