"""The ready-made on_recorded: saved, audited with the fingerprint, snapshotted."""

from __future__ import annotations

from datetime import date

from factories import MEETING_DAY

from coplan.domain import agreements
from coplan.domain.model import Decision, SignatureMethod
from coplan.store import open_store
from coplan.ui.signoff.recording import store_recorder


def test_a_signature_and_a_withdrawal_reach_the_audit_trail(tmp_path, plan):
    with open_store(tmp_path / "data") as store:
        record = store_recorder(store, plan, actor="c.officer")
        agreement = agreements.record_decision(
            plan,
            "s1",
            decision=Decision.AGREED_WITH_CONDITIONS,
            signatory_name="J Patel",
            signatory_role="Head teacher",
            signed_on=MEETING_DAY,
            method=SignatureMethod.DRAWN,
            signature_svg_path="M1 1 L5 5",
            conditions=["dbs_seen"],
        )
        record(agreement)
        agreements.withdraw(plan, "s1", on=date(2027, 1, 8), reason="DBS", told_by="Head")
        record(agreement)
        trail = [e for e in store.audit_trail(plan.id) if e.action.startswith("premises_")]
        assert [e.action for e in trail] == ["premises_signed", "premises_withdrawn"]
        assert {e.fingerprint for e in trail} == {agreement.fingerprint}
        assert "setting s1" in trail[0].detail and "method drawn" in trail[0].detail
        assert "Patel" not in trail[0].detail and "Amira" not in trail[0].detail
        assert [v.reason for v in store.versions(plan.id)] == [
            "agreement signed",
            "agreement withdrawn",
        ]


def test_a_decision_reaches_the_trail_even_when_someone_else_saved_the_plan(tmp_path, plan):
    """The session's save is refused (PlanConflict): the audit line and the snapshot holding
    the decision are still written, then the refusal goes on to the officer's dialog."""
    import pytest

    from coplan.store import PlanConflict

    with open_store(tmp_path / "data") as store:
        store.save(plan, actor="setup", replaces=0)

        def refused(_plan):
            raise PlanConflict(plan.id, replaces=1, current=2, by="a.jones")

        record = store_recorder(store, plan, actor="c.officer", save=refused)
        agreement = agreements.record_decision(
            plan,
            "s1",
            decision=Decision.AGREED,
            signatory_name="J Patel",
            signatory_role="Head teacher",
            signed_on=MEETING_DAY,
            method=SignatureMethod.TYPED,
        )
        with pytest.raises(PlanConflict):
            record(agreement)
        assert [e.action for e in store.audit_trail(plan.id)][-2:] == [
            "premises_signed",
            "snapshot",
        ]
        (kept,) = store.versions(plan.id)
        assert store.load_version(kept.id).current_agreement("s1").signatory_name == "J Patel"
