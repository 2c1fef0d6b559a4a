"""The store's exceptions. Messages name ids and actions, never personal data."""

from __future__ import annotations


class StoreError(Exception):
    """The store could not do what was asked; the message names ids, never personal data."""


class PlanNotFound(StoreError, LookupError):
    """No such plan (or version): never saved, or purged."""


class InvalidPlan(StoreError, ValueError):
    """The plan cannot be stored because it could not be read back as it is."""


class MigrationError(StoreError):
    """The database could not be brought up to date; it was left as it was."""


class InvalidAuditEntry(StoreError, ValueError):
    """An audit entry that could carry personal data, or is not a short action phrase."""


class PlanConflict(StoreError):
    """A save named a revision the plan has moved on from: someone else saved it meanwhile.

    Nothing was written. `current` is the revision in the store now (0: the plan is no longer
    there); `by` and `at` say who saved it last and when, when the audit trail knows."""

    def __init__(self, plan_id: str, *, replaces: int, current: int, by: str = "", at=None) -> None:
        self.plan_id = plan_id
        self.replaces = replaces
        self.current = current
        self.by = by
        self.at = at
        if current == 0:
            said = f"plan {plan_id} was erased or purged since revision {replaces}"
        elif replaces == 0:
            said = f"plan {plan_id} already exists (revision {current})"
        else:
            said = f"plan {plan_id} was saved elsewhere since revision {replaces} (now {current})"
        super().__init__(said + "; nothing was written")
