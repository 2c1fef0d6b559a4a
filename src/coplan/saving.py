"""Saving an edited plan with what the audit trail must say about the edit.

The wizard's autosave and the command line both save through here, so that an agreement that
stops being valid because of an edit is recorded once, at the moment it happened.
"""

from __future__ import annotations

from coplan.domain.agreements import AuditAction, newly_invalidated
from coplan.domain.model import Plan


def save_edit(store, plan: Plan, *, actor: str, last_saved: Plan | None) -> None:
    """Save `plan`; audit each premises agreement this edit invalidated (ids and fingerprint)."""
    store.save(plan, actor=actor, action="edited")
    for agreement in newly_invalidated(last_saved, plan):
        store.record(
            plan.id,
            actor=actor,
            action=AuditAction.INVALIDATED.value,
            detail=f"setting {agreement.setting_id}; agreement {agreement.id}",
            fingerprint=agreement.fingerprint,
        )
