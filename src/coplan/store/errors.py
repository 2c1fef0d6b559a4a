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


class SyncError(StoreError):
    """A sync with the team database could not do what was asked (coplan.store.sync)."""


class TeamUnreachable(SyncError):
    """The team database cannot be reached now. Nothing was lost: the laptop keeps every change
    and the next sync sends it. The message is plain words, never a password or a name."""


class TeamNeedsUpgrade(SyncError):
    """The team database is not at this CoPlan's schema (none yet, older, or newer): IT sets it
    up or upgrades it (`coplan team upgrade`), or this laptop's CoPlan is updated."""


class HeldElsewhere(SyncError):
    """Another laptop holds the plan; `holding` says who, on which computer, since when."""

    def __init__(self, message: str, holding) -> None:
        super().__init__(message)
        self.holding = holding


class ConflictWaiting(SyncError):
    """A conflict waits for the officer on this plan: it must be resolved first."""


class NoConflict(SyncError):
    """There is no conflict waiting on this plan."""


class AgreementsAltered(SyncError):
    """The plan kept would drop or change a recorded agreement (a head's decision): a sync
    and a resolution never alter a signed agreement."""


class OtherTeamDatabase(SyncError):
    """This laptop's caseload syncs with another team database than the one given."""
