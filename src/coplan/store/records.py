"""What the store hands back: plain, frozen values with no database attached."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from coplan.domain.model import PlanStatus

MAX_ACTOR_CHARS = 200  # who made a change, as the audit trail keeps it: one short line


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """One line of the caseload."""

    id: str
    child_name: str
    preferred_name: str
    status: PlanStatus
    version: int
    updated_at: datetime
    next_review_on: date | None
    deleted_at: datetime | None
    policy_pack: str = ""
    created_at: datetime | None = None
    next_date: date | None = None  # see `domain.stages.next_date`
    next_date_kind: str = ""  # a `domain.stages.NextDateKind` value ("" for none)

    @property
    def called(self) -> str:
        """The name to use when speaking to or about the child."""
        return self.preferred_name.strip() or self.child_name.strip()

    @property
    def in_bin(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True, slots=True)
class PlanVersion:
    """An immutable snapshot of a plan; `load_version(id)` gives the plan back."""

    id: str
    plan_id: str
    plan_version: int
    reason: str
    actor: str
    created_at: datetime
    fingerprint: str  # SHA-256 of the stored plan-file document


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    plan_id: str
    at: datetime
    actor: str
    action: str
    detail: str
    fingerprint: str | None
    uid: str = ""  # the entry's identity in every database a sync brings it to


@dataclass(frozen=True, slots=True)
class PlanOpening:
    """A window somewhere that has a plan open (the team database shows these in the caseload)."""

    id: str
    plan_id: str
    actor: str
    computer: str
    opened_at: datetime
    seen_at: datetime

    @property
    def who(self) -> str:
        return f"{self.actor} ({self.computer})" if self.computer else self.actor
