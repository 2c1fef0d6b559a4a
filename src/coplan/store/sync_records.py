"""What a sync hands back: plain, frozen values (coplan.store.sync)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coplan.domain.model import PlanStatus


class Keep(StrEnum):
    """Which copy the officer keeps when a plan was changed on the laptop and on the team."""

    LAPTOP = "laptop"
    TEAM = "team"


@dataclass(frozen=True, slots=True)
class Holding:
    """Which laptop (and officer) holds a plan, since when, and when it last synced it."""

    plan_id: str
    officer: str
    computer: str
    laptop_id: str
    taken_at: datetime
    synced_at: datetime | None

    @property
    def who(self) -> str:
        return f"{self.officer} ({self.computer})" if self.computer else self.officer


@dataclass(frozen=True, slots=True)
class TeamPlan:
    """One line of the team's caseload."""

    id: str
    child_name: str
    preferred_name: str
    status: PlanStatus
    version: int
    updated_at: datetime
    revision: int
    holding: Holding | None
    in_bin: bool = False


@dataclass(frozen=True, slots=True)
class SyncConflict:
    """A plan changed on this laptop and on the team since they were last in step. Both copies
    are kept; nothing is merged until the officer decides (`resolve_conflict`)."""

    plan_id: str
    child_name: str  # as the laptop has it
    laptop_revision: int
    team_revision: int
    team_saved_by: str
    team_saved_at: datetime | None
    found_at: datetime


@dataclass(frozen=True, slots=True)
class PlanProblem:
    """Something about one plan the officer (or IT) should know; plain words, no names."""

    plan_id: str
    said: str


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """Where this laptop stands, from its own store only (no network): the status bar."""

    last_synced_at: datetime | None  # the end of the last sync that ran to the end
    last_attempt_at: datetime | None
    last_error: str  # "" when the last attempt ran to the end
    changes_waiting: int  # plans changed here since their last sync, new ones included
    conflicts: int  # waiting for the officer
    team: str  # the team database it syncs with (no password), "" before the first sync


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What one sync did. `error` is set (plain words) when it stopped before the end."""

    started_at: datetime
    finished_at: datetime
    sent: tuple[str, ...] = ()
    received: tuple[str, ...] = ()
    handed_over: tuple[str, ...] = ()
    conflicts: tuple[SyncConflict, ...] = ()
    problems: tuple[PlanProblem, ...] = ()
    versions_sent: int = 0
    versions_received: int = 0
    audit_sent: int = 0
    audit_received: int = 0
    plans_checked: int = 0
    error: str = ""
    unreachable: bool = False
    complete: bool = False

    @property
    def in_step(self) -> bool:
        """Everything on this laptop and the team database agrees."""
        return self.complete and not self.conflicts and not self.problems

    def words(self) -> list[str]:
        """What happened, in plain lines (ids and counts, never a child's name)."""
        lines = []
        if self.unreachable or self.error:
            lines.append(self.error)
        lines.append(
            f"{_count(len(self.sent), 'plan')} sent to the team database, "
            f"{_count(len(self.received), 'plan')} brought to this laptop "
            f"({_count(self.plans_checked, 'plan')} checked)."
        )
        sent = _history(self.versions_sent, self.audit_sent)
        received = _history(self.versions_received, self.audit_received)
        if sent or received:
            lines.append(
                f"History: {'sent ' + sent if sent else 'nothing sent'}; "
                f"{'received ' + received if received else 'nothing received'}."
            )
        for plan_id in self.handed_over:
            lines.append(
                f"Plan {plan_id} is now held on another laptop: this laptop's changes were sent "
                "and its copy was removed from this laptop."
            )
        for problem in self.problems:
            lines.append(f"Plan {problem.plan_id}: {problem.said}")
        if self.conflicts:
            lines.append(
                f"{_count(len(self.conflicts), 'plan')} changed both on this laptop and in the "
                "team database since the last sync; both copies are kept and nothing was "
                "merged. Open each in CoPlan to choose which to keep, or combine them:"
            )
        elif self.in_step:
            lines.append("This laptop and the team database are in step.")
        return lines


def _history(versions: int, entries: int) -> str:
    """ "2 versions and 5 audit entries", leaving out what is none; "" for nothing."""
    parts = []
    if versions:
        parts.append(_count(versions, "version"))
    if entries:
        parts.append(_count(entries, "audit entry", "audit entries"))
    return " and ".join(parts)


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else (many or one + 's')}"
