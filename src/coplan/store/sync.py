"""Syncing a laptop's caseload with the team's database: offline in the meeting, shared in the
office. See docs/storage.md, "Syncing with the team database".

The laptop's store (an encrypted SQLite file) and the team's PostgreSQL database have the same
tables, made by the same migrations, and are written through the same code. A sync goes plan by
plan. Each plan is exchanged as a whole document together with the revisions it was based on:

- `sync_states` (on the laptop) remembers, per plan, the team's revision and the laptop's
  revision when both last held the same document. Since then, the laptop changed if its revision
  moved, the team changed if the team's did.
- Only the laptop changed: its document goes up with the team's conditional UPDATE (`WHERE
  revision = <the team revision it was based on>`, `repository.write_plan_row`), so the team
  accepts it only on top of the revision it holds.
- Only the team changed: the team's document comes down, written on the laptop with the same
  conditional UPDATE over the laptop's revision (so an edit typed meanwhile is never overwritten).
- Both changed: if the two documents are identical they are simply in step again; otherwise the
  conflict waits in `sync_states` with the team's copy, until the officer keeps one, the other or
  a combination (`resolve_conflict`). Nothing is merged silently, nothing thrown away: whatever
  is not kept stays as a version.
- Versions and audit entries are append-only: both directions, each exactly once
  (`sync_history`).

Each plan's exchange is at most one team transaction and then one laptop transaction; the sync
state is written in the laptop's, with what it describes. Interrupted anywhere (a kill, a power
cut, the network gone), a sync loses nothing and the next one resumes: a document that went up
but was not yet noted on the laptop is recognised by its fingerprint, history by its ids.

Holdings (on the team database) say which laptop and officer hold which plan; `take` and
`release` move them. Nothing here logs or raises with a name or a password: ids and counts.
"""

from __future__ import annotations

from .errors import (
    AgreementsAltered,
    ConflictWaiting,
    HeldElsewhere,
    NoConflict,
    OtherTeamDatabase,
    SyncError,
    TeamNeedsUpgrade,
    TeamUnreachable,
)
from .sync_conflicts import conflict_plans, resolve_conflict, waiting_conflicts
from .sync_holdings import release, take, team_caseload
from .sync_records import (
    Holding,
    Keep,
    PlanProblem,
    SyncConflict,
    SyncReport,
    SyncStatus,
    TeamPlan,
)
from .sync_rows import laptop_id
from .sync_run import sync_caseload
from .sync_status import last_synced, pending_changes, sync_status
from .sync_team import TeamDatabase, open_team

__all__ = [
    "AgreementsAltered",
    "ConflictWaiting",
    "HeldElsewhere",
    "Holding",
    "Keep",
    "NoConflict",
    "OtherTeamDatabase",
    "PlanProblem",
    "SyncConflict",
    "SyncError",
    "SyncReport",
    "SyncStatus",
    "TeamDatabase",
    "TeamNeedsUpgrade",
    "TeamPlan",
    "TeamUnreachable",
    "conflict_plans",
    "laptop_id",
    "last_synced",
    "open_team",
    "pending_changes",
    "release",
    "resolve_conflict",
    "sync_caseload",
    "sync_status",
    "take",
    "team_caseload",
    "waiting_conflicts",
]
