"""A stand-in for the team link (`coplan.ui.team_link.TeamLink`) with the engine's record types,
for the screens' tests: what each call returned, how long it took and on which thread it ran.

The screens meet the engine only through `TeamLink`; tests of the engine itself, and of the link
over a real PostgreSQL, are in tests/store and tests/ui/test_team_real.py.
"""

from __future__ import annotations

import threading
import time
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta


@dataclass(frozen=True)
class Status:
    last_synced_at: datetime | None = None
    last_attempt_at: datetime | None = None
    last_error: str = ""
    changes_waiting: int = 0
    conflicts: int = 0
    team: str = ""


@dataclass(frozen=True)
class Report:
    sent: tuple = ()
    received: tuple = ()
    conflicts: tuple = ()
    error: str = ""
    unreachable: bool = False


@dataclass(frozen=True)
class Holding:
    plan_id: str
    officer: str
    computer: str
    laptop_id: str
    taken_at: datetime
    synced_at: datetime | None

    @property
    def who(self) -> str:
        return f"{self.officer} ({self.computer})"


@dataclass(frozen=True)
class TeamPlan:
    id: str
    child_name: str
    preferred_name: str
    status: object
    version: int
    updated_at: datetime
    revision: int
    holding: Holding | None


@dataclass(frozen=True)
class Conflict:
    plan_id: str
    child_name: str
    laptop_revision: int = 3
    team_revision: int = 4
    team_saved_by: str = "Jo Smith"
    team_saved_at: datetime | None = None
    found_at: datetime | None = None


class TeamUnreachable(Exception):
    """Named as the engine's is: the screens tell it apart by name."""


class HeldElsewhere(Exception):
    def __init__(self, holding):
        super().__init__("held elsewhere")
        self.holding = holding


MY_LAPTOP = "laptop-mine"


@dataclass
class FakeLink:
    store: object = None
    settings: object = None
    computer: str = "LAPTOP-1"
    configured: bool = True
    session_password: str | None = None
    status_now: Status = field(default_factory=Status)
    sync_seconds: float = 0.0
    unreachable: bool = False
    plans: list = field(default_factory=list)
    waiting: list = field(default_factory=list)
    copies: dict = field(default_factory=dict)  # plan id -> (laptop plan, team plan)
    calls: list = field(default_factory=list)  # (name, thread name)
    resolved: list = field(default_factory=list)
    officer: str = "Sam Patel"

    def _called(self, name: str) -> None:
        self.calls.append((name, threading.current_thread() is threading.main_thread()))

    def prepare(self) -> None:
        """The real link reads the settings here, on the window's thread."""

    def where(self) -> str:
        return "s.patel on db.council.example"

    def status(self):
        return self.status_now

    def laptop_id(self) -> str:
        return MY_LAPTOP

    def conflicts(self):
        return list(self.waiting)

    def conflict_plans(self, plan_id):
        laptop, team = self.copies[plan_id]
        return deepcopy(laptop), deepcopy(team)

    def resolve(self, plan_id, keep):
        self._called("resolve")
        self.resolved.append((plan_id, keep))
        self.waiting = [c for c in self.waiting if c.plan_id != plan_id]
        self.status_now = Status(
            last_synced_at=self.status_now.last_synced_at, conflicts=len(self.waiting)
        )
        return 5

    def sync(self, should_stop=None):
        self._called("sync")
        deadline = time.monotonic() + self.sync_seconds
        while time.monotonic() < deadline:
            if should_stop is not None and should_stop():
                break
            time.sleep(0.01)
        if self.unreachable:
            raise TeamUnreachable("The team database cannot be reached: no network.")
        self.status_now = Status(last_synced_at=datetime.now(UTC), conflicts=len(self.waiting))
        return Report(sent=("p1",))

    def team_caseload(self, search=""):
        self._called("team_caseload")
        if self.unreachable:
            raise TeamUnreachable("The team database cannot be reached: no network.")
        return [p for p in self.plans if search.lower() in p.child_name.lower()]

    def take(self, plan_id, *, force=False):
        self._called(f"take {plan_id} force={force}")
        plan = next(p for p in self.plans if p.id == plan_id)
        if plan.holding is not None and plan.holding.laptop_id != MY_LAPTOP and not force:
            raise HeldElsewhere(plan.holding)
        holding = Holding(plan_id, self.officer, self.computer, MY_LAPTOP, datetime.now(UTC), None)
        self.plans = [
            TeamPlan(**{**p.__dict__, "holding": holding}) if p.id == plan_id else p
            for p in self.plans
        ]
        return holding

    def release(self, plan_id):
        self._called(f"release {plan_id}")
        self.plans = [
            TeamPlan(**{**p.__dict__, "holding": None}) if p.id == plan_id else p
            for p in self.plans
        ]

    def test_connection(self, url):
        self._called("test_connection")
        return ""


def team_plans(now: datetime | None = None) -> list[TeamPlan]:
    from coplan.domain.model import PlanStatus

    now = now or datetime.now(UTC)
    return [
        TeamPlan(
            "p1",
            "Amira Khan",
            "Amira",
            PlanStatus.DRAFT,
            1,
            now - timedelta(hours=3),
            4,
            Holding(
                "p1",
                "Jo Smith",
                "LAPTOP-7",
                "laptop-jo",
                now - timedelta(days=2),
                now - timedelta(hours=2),
            ),
        ),
        TeamPlan(
            "p2",
            "Harry Thompson",
            "",
            PlanStatus.CONSULTATION,
            1,
            now - timedelta(days=1),
            9,
            Holding(
                "p2",
                "Sam Patel",
                "LAPTOP-1",
                MY_LAPTOP,
                now - timedelta(days=5),
                now - timedelta(minutes=2),
            ),
        ),
        TeamPlan("p3", "Amara Okafor", "", PlanStatus.FINAL, 2, now - timedelta(days=9), 12, None),
    ]
