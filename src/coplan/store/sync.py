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

import logging
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, update

from coplan.domain.model import Plan, PlanStatus

from .documents import document_for, fingerprint, plan_from
from .errors import (
    AgreementsAltered,
    ConflictWaiting,
    HeldElsewhere,
    NoConflict,
    OtherTeamDatabase,
    PlanConflict,
    PlanNotFound,
    SyncError,
    TeamNeedsUpgrade,
    TeamUnreachable,
)
from .models import (
    AuditEntryRow,
    HoldingRow,
    PlanDocumentRow,
    PlanOpeningRow,
    PlanRow,
    PlanVersionRow,
    StoreIdentityRow,
    SyncPeerRow,
    SyncStateRow,
)
from .repository import SUMMARY_FIELDS, Store, _audit_values, write_plan_row
from .sync_history import (
    audit_rows_missing,
    chunks,
    history_keys,
    insert_audit,
    insert_versions,
    plan_history_keys,
    version_rows_missing,
)
from .sync_records import (
    Holding,
    Keep,
    PlanProblem,
    SyncConflict,
    SyncReport,
    SyncStatus,
    TeamPlan,
)
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

log = logging.getLogger(__name__)

# Plans whose sync states are written in one laptop transaction (see _Run.pending_states).
STATE_BATCH = 100
# A laptop revision no stored plan has (revisions start at 1): "changed here, send it up".
SEND_UP = 0
# The sync state of a plan purged or erased on this laptop (repository.forget_sync_copy).
REMOVED_HERE = -1

# Tests set this to interrupt a sync between its steps (as a kill or a dropped network would):
# called with the step's name and the plan id. None in the app.
step_hook: Callable[[str, str], None] | None = None


def _step(name: str, plan_id: str) -> None:
    if step_hook is not None:
        step_hook(name, plan_id)


def _now() -> datetime:
    return datetime.now(UTC)


# -- who is who ----------------------------------------------------------------------------------


def laptop_id(local: Store) -> str:
    """This laptop's identity (its database's): what the team's holdings name."""
    with local.engine.connect() as connection:
        return _identity(connection)


def _identity(connection: Connection) -> str:
    return connection.execute(select(StoreIdentityRow.id)).scalar_one()


def _computer(computer: str | None) -> str:
    return (computer if computer is not None else socket.gethostname())[:200]


def _as_team(team: TeamDatabase | Engine | str) -> tuple[TeamDatabase, bool]:
    if isinstance(team, TeamDatabase):
        return team, False
    return open_team(team), True


def _bind(local: Store, team: TeamDatabase, now: datetime) -> None:
    """Note which team database this laptop syncs with; refuse another one (its revisions and
    holdings would mean nothing here)."""
    with local.writing() as connection:
        peers = connection.execute(select(SyncPeerRow.team_id, SyncPeerRow.team_url)).all()
        if any(peer.team_id != team.id for peer in peers):
            raise OtherTeamDatabase(
                "This laptop's caseload syncs with another team database "
                f"({peers[0].team_url}), not {team.url}. Use a new data folder to sync with "
                "this one."
            )
        if not peers:
            connection.execute(
                insert(SyncPeerRow),
                {
                    "team_id": team.id,
                    "team_url": team.url,
                    "first_synced_at": now,
                    "last_attempt_at": now,
                    "last_error": "",
                },
            )
        else:
            connection.execute(
                update(SyncPeerRow)
                .where(SyncPeerRow.team_id == team.id)
                .values(last_attempt_at=now, team_url=team.url)
            )


def _note_outcome(local: Store, report: SyncReport) -> None:
    values = {"last_error": report.error}
    if report.complete and not report.error:
        values["last_synced_at"] = report.finished_at
    with local.writing() as connection:
        connection.execute(update(SyncPeerRow).values(**values))


# -- reading one side -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Copy:
    """One side's copy of a plan: its row (with the caseload summary) and document."""

    revision: int
    document: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    summary: dict

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.document)


_SUMMARY_COLUMNS = [getattr(PlanRow, name) for name in SUMMARY_FIELDS]


def _read_copy(connection: Connection, plan_id: str) -> _Copy | None:
    row = connection.execute(
        select(
            PlanRow.revision,
            PlanDocumentRow.document,
            PlanRow.created_at,
            PlanRow.updated_at,
            PlanRow.deleted_at,
            *_SUMMARY_COLUMNS,
        )
        .join(PlanDocumentRow, PlanDocumentRow.plan_id == PlanRow.id)
        .where(PlanRow.id == plan_id)
    ).one_or_none()
    if row is None:
        return None
    return _Copy(*row[:5], summary=dict(zip(SUMMARY_FIELDS, row[5:], strict=True)))


def _read_state(connection: Connection, plan_id: str):
    return connection.execute(
        select(*SyncStateRow.__table__.c).where(SyncStateRow.plan_id == plan_id)
    ).one_or_none()


def _state_values(**values) -> dict:
    cleared = {
        "conflict_revision": None,
        "conflict_document": None,
        "conflict_by": "",
        "conflict_at": None,
        "conflict_found_at": None,
    }
    return {**cleared, **values}


def _put_state(connection: Connection, local: Store, plan_id: str, values: dict) -> None:
    statement = local.upsert(SyncStateRow).values(plan_id=plan_id, **values)
    connection.execute(
        statement.on_conflict_do_update(index_elements=[SyncStateRow.plan_id], set_=values)
    )


def _last_saved_by(connection: Connection, plan_id: str) -> tuple[str, datetime | None]:
    last = connection.execute(
        select(AuditEntryRow.actor, AuditEntryRow.at)
        .where(AuditEntryRow.plan_id == plan_id, AuditEntryRow.fingerprint.is_not(None))
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    ).one_or_none()
    return (last.actor, last.at) if last else ("", None)


# -- one sync ------------------------------------------------------------------------------------


@dataclass
class _Run:
    local: Store
    team: TeamDatabase
    officer: str
    computer: str
    me: str
    started_at: datetime
    sent: list[str] = field(default_factory=list)
    received: list[str] = field(default_factory=list)
    handed_over: list[str] = field(default_factory=list)
    problems: list[PlanProblem] = field(default_factory=list)
    versions_sent: int = 0
    versions_received: int = 0
    audit_sent: int = 0
    audit_received: int = 0
    checked: int = 0
    in_step: list[str] = field(default_factory=list)  # holdings to mark as synced now
    claims: list[str] = field(default_factory=list)  # plans nobody held: this laptop holds them
    # Per plan, what the start of the sync saw: (laptop's audit uids, laptop's version ids,
    # team's audit uids, team's version ids). Sending and fetching history is decided on it;
    # anything added later is for the next sync (every insert is ON CONFLICT DO NOTHING).
    known: dict[str, tuple[set[str], set[str], set[str], set[str]]] = field(default_factory=dict)
    # Sync states of plans found in step or sent, written in batches: one laptop commit (an
    # fsync) per batch instead of per plan. Lost to a kill, they are found again next time
    # (same document on both sides: in step).
    pending_states: dict[str, dict] = field(default_factory=dict)

    def note_state(self, plan_id: str, values: dict) -> None:
        self.pending_states[plan_id] = values
        if len(self.pending_states) >= STATE_BATCH:
            self.flush_states()

    def flush_states(self) -> None:
        if not self.pending_states:
            return
        with self.local.writing() as connection:
            for plan_id, values in self.pending_states.items():
                _put_state(connection, self.local, plan_id, values)
        self.pending_states.clear()

    def history(self, plan_id: str) -> tuple[set[str], set[str], set[str], set[str]]:
        """What each side has of the plan's history (read now when not known from the start)."""
        if plan_id not in self.known:
            with self.local.engine.connect() as connection:
                local_audit, local_versions = plan_history_keys(connection, plan_id)
            with self.team.connect() as connection:
                team_audit, team_versions = plan_history_keys(connection, plan_id)
            self.known[plan_id] = (local_audit, local_versions, team_audit, team_versions)
        return self.known[plan_id]

    def report(self, *, complete: bool, error: str = "", unreachable: bool = False) -> SyncReport:
        return SyncReport(
            started_at=self.started_at,
            finished_at=_now(),
            sent=tuple(self.sent),
            received=tuple(self.received),
            handed_over=tuple(self.handed_over),
            conflicts=tuple(waiting_conflicts(self.local)),
            problems=tuple(self.problems),
            versions_sent=self.versions_sent,
            versions_received=self.versions_received,
            audit_sent=self.audit_sent,
            audit_received=self.audit_received,
            plans_checked=self.checked,
            error=error,
            unreachable=unreachable,
            complete=complete,
        )


def sync_caseload(
    local: Store,
    team: TeamDatabase | Engine | str,
    *,
    officer: str,
    computer: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SyncReport:
    """Sync every plan this laptop has or holds with the team database; what happened.

    A network cut (before or half-way) does not raise: the report says so (`unreachable`,
    `error`) and nothing is lost; the next call resumes. Safe on a worker thread; one sync at a
    time per laptop. `should_stop` is asked between plans (the app closing). Set-up problems
    raise a SyncError in plain words: TeamNeedsUpgrade (the team database is not at this
    CoPlan's schema), OtherTeamDatabase (this laptop syncs with another one)."""
    started = _now()
    try:
        team, opened = _as_team(team)
    except TeamUnreachable as error:
        return SyncReport(
            started_at=started,
            finished_at=_now(),
            conflicts=tuple(waiting_conflicts(local)),
            error=str(error),
            unreachable=True,
        )
    try:
        _bind(local, team, started)
        run = _Run(local, team, officer, _computer(computer), laptop_id(local), started)
        try:
            plan_ids, holders = _plans_to_sync(run)
            for done, plan_id in enumerate(plan_ids):
                if should_stop is not None and should_stop():
                    run.flush_states()
                    report = run.report(
                        complete=False, error="The sync was stopped; it resumes next time."
                    )
                    _note_outcome(local, report)
                    return report
                _sync_plan(run, plan_id, holders.get(plan_id))
                if progress is not None:
                    progress(done + 1, len(plan_ids))
            run.flush_states()
            _mark_holdings(run)
        except TeamUnreachable as error:
            run.flush_states()
            report = run.report(complete=False, error=str(error), unreachable=True)
            _note_outcome(local, report)
            log.info("sync stopped: the team database could not be reached")
            return report
        report = run.report(complete=True)
        _note_outcome(local, report)
        log.info(
            "synced: %d sent, %d received, %d conflicts waiting",
            len(report.sent),
            len(report.received),
            len(report.conflicts),
        )
        return report
    finally:
        if opened:
            team.close()


def _plans_to_sync(run: _Run) -> tuple[list[str], dict[str, Holding | None]]:
    """Every plan on this laptop, every plan it has a sync state for, every plan it holds; and
    the team's holder of each. Plans already in step (same revisions as at their last sync, the
    same history on both sides, held here) are left out: nothing to do."""
    with run.local.engine.connect() as connection:
        local_revisions = dict(connection.execute(select(PlanRow.id, PlanRow.revision)).all())
        states = {
            row.plan_id: row
            for row in connection.execute(
                select(
                    SyncStateRow.plan_id,
                    SyncStateRow.team_revision,
                    SyncStateRow.local_revision,
                    SyncStateRow.conflict_revision,
                )
            )
        }
    with run.team.connect() as connection:
        held_here = [
            plan_id
            for (plan_id,) in connection.execute(
                select(HoldingRow.plan_id).where(HoldingRow.laptop_id == run.me)
            )
        ]
        candidates = sorted(set(local_revisions) | set(states) | set(held_here))
        team_revisions: dict[str, int] = {}
        holders: dict[str, Holding | None] = {}
        for part in chunks(candidates):
            team_revisions.update(
                connection.execute(
                    select(PlanRow.id, PlanRow.revision).where(PlanRow.id.in_(part))
                ).all()
            )
            for row in connection.execute(
                select(*_HOLDING_COLUMNS).where(HoldingRow.plan_id.in_(part))
            ):
                holders[row.plan_id] = _holding(row)
        team_audit, team_versions = history_keys(connection, candidates)
    with run.local.engine.connect() as connection:
        local_audit, local_versions = history_keys(connection, candidates)

    for plan_id in candidates:
        run.known[plan_id] = (
            local_audit.get(plan_id, set()),
            local_versions.get(plan_id, set()),
            team_audit.get(plan_id, set()),
            team_versions.get(plan_id, set()),
        )
    busy = []
    for plan_id in candidates:
        state = states.get(plan_id)
        holder = holders.get(plan_id)
        quiet = (
            state is not None
            and state.conflict_revision is None
            and local_revisions.get(plan_id) == state.local_revision
            and team_revisions.get(plan_id) == state.team_revision
            and local_audit.get(plan_id, set()) == team_audit.get(plan_id, set())
            and local_versions.get(plan_id, set()) == team_versions.get(plan_id, set())
            and holder is not None
            and holder.laptop_id == run.me
        )
        if quiet:
            run.checked += 1
            run.in_step.append(plan_id)
        else:
            busy.append(plan_id)
    return busy, holders


_HOLDING_COLUMNS = (
    HoldingRow.plan_id,
    HoldingRow.officer,
    HoldingRow.computer,
    HoldingRow.laptop_id,
    HoldingRow.taken_at,
    HoldingRow.synced_at,
)


def _holding(row) -> Holding:
    """A Holding from a row of `_HOLDING_COLUMNS` (in that order)."""
    return Holding(*row)


def _read_holding(connection: Connection, plan_id: str) -> Holding | None:
    row = connection.execute(
        select(*_HOLDING_COLUMNS).where(HoldingRow.plan_id == plan_id)
    ).one_or_none()
    return _holding(row) if row is not None else None


def _mark_holdings(run: _Run) -> None:
    """Holdings of the plans now in step: this laptop holds them, synced now."""
    now = _now()
    with run.team.begin() as connection:
        claims = sorted(set(run.claims))
        if claims:
            values = {
                "laptop_id": run.me,
                "officer": run.officer,
                "computer": run.computer,
                "taken_at": now,
                "synced_at": now,
            }
            connection.execute(
                run.team.upsert(HoldingRow).on_conflict_do_nothing(
                    index_elements=[HoldingRow.plan_id]
                ),
                [{"plan_id": plan_id, **values} for plan_id in claims],
            )
        for part in chunks(sorted(set(run.in_step))):
            connection.execute(
                update(HoldingRow)
                .where(HoldingRow.plan_id.in_(part), HoldingRow.laptop_id == run.me)
                .values(synced_at=now)
            )


@dataclass
class _Exchange:
    """What one plan's team transaction decided, for the laptop's transaction to finish."""

    outcome: str  # "in_step", "sent", "received", "conflict", "problem"
    team: _Copy | None = None
    pulled_audit: list[dict] = field(default_factory=list)
    pulled_versions: list[dict] = field(default_factory=list)
    team_by: str = ""
    team_at: datetime | None = None


def _sync_plan(run: _Run, plan_id: str, holder: Holding | None) -> None:
    run.checked += 1
    local_audit, local_versions, team_audit, team_versions = run.history(plan_id)
    with run.local.engine.connect() as connection:
        state = _read_state(connection, plan_id)
        mine = _read_copy(connection, plan_id)
        sending_audit = (
            audit_rows_missing(connection, plan_id, team_audit) if local_audit - team_audit else []
        )
        sending_versions = (
            version_rows_missing(connection, plan_id, team_versions)
            if local_versions - team_versions
            else []
        )

    if mine is None:
        if state is not None:
            _hand_back(run, plan_id)
        elif holder is not None and holder.laptop_id == run.me:
            _bring_down_new(run, plan_id)
        return

    removed_here = state is None or state.local_revision == REMOVED_HERE
    base_team = 0 if removed_here else state.team_revision
    local_changed = removed_here or mine.revision != state.local_revision
    waiting = state is not None and not removed_here and state.conflict_revision is not None

    with run.team.begin() as connection:
        theirs = _read_copy(connection, plan_id)
        team_revision = theirs.revision if theirs else 0
        team_changed = team_revision != base_team
        if theirs is None and base_team > 0:
            run.problems.append(
                PlanProblem(
                    plan_id,
                    "it is no longer in the team database (erased or purged there). This "
                    "laptop's copy is kept as it is; ask the team's administrator.",
                )
            )
            return
        if waiting:
            outcome = "conflict"
        elif local_changed and not team_changed:
            outcome = "sent"
        elif team_changed and not local_changed:
            outcome = "received"
        elif not local_changed and not team_changed:
            outcome = "in_step"
        elif mine.fingerprint == theirs.fingerprint:
            outcome = "in_step"  # e.g. a sync that sent it and was killed before noting so
        else:
            outcome = "conflict"
        # Who saved the team's copy last, before this laptop's history joins the team's trail.
        team_by, team_at = (
            _last_saved_by(connection, plan_id) if outcome == "conflict" else ("", None)
        )

        if outcome == "sent":
            try:
                write_plan_row(
                    connection,
                    run.team.upsert,
                    None,
                    mine.document,
                    replaces=base_team,
                    updated_at=mine.updated_at,
                    created_at=mine.created_at,
                    deleted_at=mine.deleted_at,
                    summary=mine.summary,
                )
            except PlanConflict:
                # Saved on the team between our read and our write: the next sync decides.
                run.problems.append(
                    PlanProblem(
                        plan_id,
                        "it was saved in the team database during this sync; "
                        "the next sync will compare it again.",
                    )
                )
                return
            team_revision = base_team + 1
        # History both ways, whatever the outcome: it is append-only and never conflicts.
        if theirs is not None or outcome == "sent":
            run.versions_sent += insert_versions(connection, run.team.upsert, sending_versions)
        run.audit_sent += insert_audit(connection, run.team.upsert, sending_audit)
        pulled_audit = (
            audit_rows_missing(connection, plan_id, local_audit) if team_audit - local_audit else []
        )
        pulled_versions = (
            version_rows_missing(connection, plan_id, local_versions)
            if team_versions - local_versions
            else []
        )
    _step("team written", plan_id)

    if outcome in ("sent", "in_step") and not pulled_audit and not pulled_versions:
        # Only the sync state to note: batched (see _Run.pending_states).
        run.note_state(
            plan_id,
            _state_values(
                team_revision=team_revision,
                local_revision=mine.revision,
                fingerprint=mine.fingerprint,
                synced_at=_now(),
            ),
        )
    else:
        run.pending_states.pop(plan_id, None)
        with run.local.writing() as connection:
            if outcome == "received":
                plan = plan_from(theirs.document, what=f"plan {plan_id}")
                try:
                    new_revision = write_plan_row(
                        connection,
                        run.local.upsert,
                        plan,
                        theirs.document,
                        replaces=mine.revision,
                        updated_at=theirs.updated_at,
                    )
                except PlanConflict:
                    # The officer saved it while this sync ran: the next sync compares again.
                    return
                _put_state(
                    connection,
                    run.local,
                    plan_id,
                    _state_values(
                        team_revision=team_revision,
                        local_revision=new_revision,
                        fingerprint=theirs.fingerprint,
                        synced_at=_now(),
                    ),
                )
            elif outcome in ("sent", "in_step"):
                _put_state(
                    connection,
                    run.local,
                    plan_id,
                    _state_values(
                        team_revision=team_revision,
                        local_revision=mine.revision,
                        fingerprint=mine.fingerprint,
                        synced_at=_now(),
                    ),
                )
            else:  # conflict: keep the team's copy beside the laptop's, until the officer decides
                already = state is not None and state.conflict_revision == team_revision
                if not already:
                    _put_state(
                        connection,
                        run.local,
                        plan_id,
                        _state_values(
                            team_revision=base_team,
                            local_revision=SEND_UP if removed_here else state.local_revision,
                            fingerprint=None if removed_here else state.fingerprint,
                            synced_at=None if removed_here else state.synced_at,
                            conflict_revision=team_revision,
                            conflict_document=theirs.document,
                            conflict_by=team_by,
                            conflict_at=team_at,
                            conflict_found_at=_now(),
                        ),
                    )
                    log.info("plan %s changed on this laptop and on the team: waiting", plan_id)
            run.versions_received += insert_versions(connection, run.local.upsert, pulled_versions)
            run.audit_received += insert_audit(connection, run.local.upsert, pulled_audit)
    _step("laptop written", plan_id)

    if outcome == "sent":
        run.sent.append(plan_id)
    elif outcome == "received":
        run.received.append(plan_id)
    if outcome != "conflict":
        run.in_step.append(plan_id)
        if holder is None:
            run.claims.append(plan_id)
        elif holder.laptop_id != run.me:
            run.flush_states()
            _remove_local_copy(run.local, plan_id, expected_revision=None)
            run.handed_over.append(plan_id)


def _bring_down_new(run: _Run, plan_id: str) -> None:
    """A plan this laptop holds on the team but does not have yet (`take`, or one interrupted)."""
    with run.team.connect() as connection:
        theirs = _read_copy(connection, plan_id)
        if theirs is None:
            return
        audit = audit_rows_missing(connection, plan_id, set())
        versions = version_rows_missing(connection, plan_id, set())
    _step("team read", plan_id)
    plan = plan_from(theirs.document, what=f"plan {plan_id}")
    with run.local.writing() as connection:
        try:
            revision = write_plan_row(
                connection,
                run.local.upsert,
                plan,
                theirs.document,
                replaces=0,
                updated_at=theirs.updated_at,
                created_at=theirs.created_at,
                deleted_at=theirs.deleted_at,
            )
        except PlanConflict:
            return  # made here meanwhile: the next sync compares the two
        run.versions_received += insert_versions(connection, run.local.upsert, versions)
        run.audit_received += insert_audit(connection, run.local.upsert, audit)
        _put_state(
            connection,
            run.local,
            plan_id,
            _state_values(
                team_revision=theirs.revision,
                local_revision=revision,
                fingerprint=theirs.fingerprint,
                synced_at=_now(),
            ),
        )
    _step("laptop written", plan_id)
    run.received.append(plan_id)
    run.in_step.append(plan_id)


def _hand_back(run: _Run, plan_id: str) -> None:
    """The plan was purged or erased on this laptop: this laptop no longer holds it. The team's
    copy stays (erasing the team's record is the team's decision)."""
    with run.team.begin() as connection:
        connection.execute(
            delete(HoldingRow).where(HoldingRow.plan_id == plan_id, HoldingRow.laptop_id == run.me)
        )
    with run.local.writing() as connection:
        connection.execute(
            delete(SyncStateRow).where(
                SyncStateRow.plan_id == plan_id, SyncStateRow.local_revision == REMOVED_HERE
            )
        )
    log.info("plan %s removed on this laptop: handed back to the team", plan_id)


def _remove_local_copy(local: Store, plan_id: str, *, expected_revision: int | None) -> bool:
    """Remove this laptop's copy of a plan the team has in full (released, or held elsewhere
    now): the plan, its document and versions, its sync state. Its audit entries stay (they hold
    no personal data, and the team has them). Not when it was edited since it was sent."""
    with local.writing() as connection:
        state = _read_state(connection, plan_id)
        revision = connection.execute(
            select(PlanRow.revision).where(PlanRow.id == plan_id)
        ).scalar_one_or_none()
        if revision is None:
            return True
        if state is None or state.conflict_revision is not None:
            return False
        if revision != state.local_revision or (
            expected_revision is not None and revision != expected_revision
        ):
            return False
        for table, column in (
            (PlanOpeningRow, PlanOpeningRow.plan_id),
            (PlanVersionRow, PlanVersionRow.plan_id),
            (PlanDocumentRow, PlanDocumentRow.plan_id),
            (PlanRow, PlanRow.id),
            (SyncStateRow, SyncStateRow.plan_id),
        ):
            connection.execute(delete(table).where(column == plan_id))
    local._flush_sqlite_log()
    log.info("removed this laptop's copy of plan %s (the team database has it)", plan_id)
    return True


# -- status (local only) --------------------------------------------------------------------------


def sync_status(local: Store) -> SyncStatus:
    """Where this laptop stands, from its own store only: quick, no network."""
    with local.engine.connect() as connection:
        peer = connection.execute(select(*SyncPeerRow.__table__.c)).first()
        waiting, conflicts = _counts(connection)
    return SyncStatus(
        last_synced_at=peer.last_synced_at if peer else None,
        last_attempt_at=peer.last_attempt_at if peer else None,
        last_error=peer.last_error if peer else "",
        changes_waiting=waiting,
        conflicts=conflicts,
        team=peer.team_url if peer else "",
    )


def _counts(connection: Connection) -> tuple[int, int]:
    joined = select(PlanRow.id).outerjoin(SyncStateRow, SyncStateRow.plan_id == PlanRow.id)
    waiting = connection.execute(
        select(func.count()).select_from(
            joined.where(
                or_(
                    SyncStateRow.plan_id.is_(None),
                    SyncStateRow.local_revision != PlanRow.revision,
                ),
                SyncStateRow.conflict_revision.is_(None),
            ).subquery()
        )
    ).scalar_one()
    conflicts = connection.execute(
        select(func.count())
        .select_from(SyncStateRow)
        .where(SyncStateRow.conflict_revision.is_not(None))
    ).scalar_one()
    return waiting, conflicts


def pending_changes(local: Store) -> int:
    """Plans changed on this laptop since their last sync (new ones included)."""
    return sync_status(local).changes_waiting


def last_synced(local: Store) -> datetime | None:
    return sync_status(local).last_synced_at


# -- conflicts ---------------------------------------------------------------------------------------


def waiting_conflicts(local: Store) -> list[SyncConflict]:
    """The plans waiting for the officer to choose, oldest first."""
    with local.engine.connect() as connection:
        rows = connection.execute(
            select(
                SyncStateRow.plan_id,
                PlanRow.child_name,
                PlanRow.revision,
                SyncStateRow.conflict_revision,
                SyncStateRow.conflict_by,
                SyncStateRow.conflict_at,
                SyncStateRow.conflict_found_at,
            )
            .join(PlanRow, PlanRow.id == SyncStateRow.plan_id)
            .where(SyncStateRow.conflict_revision.is_not(None))
            .order_by(SyncStateRow.conflict_found_at, SyncStateRow.plan_id)
        ).all()
    return [
        SyncConflict(
            plan_id=row.plan_id,
            child_name=row.child_name,
            laptop_revision=row.revision,
            team_revision=row.conflict_revision,
            team_saved_by=row.conflict_by,
            team_saved_at=row.conflict_at,
            found_at=row.conflict_found_at,
        )
        for row in rows
    ]


def conflict_plans(local: Store, plan_id: str) -> tuple[Plan, Plan]:
    """The two copies of a plan in conflict: (this laptop's, the team's)."""
    with local.engine.connect() as connection:
        state = _read_state(connection, plan_id)
        mine = _read_copy(connection, plan_id)
    if state is None or state.conflict_revision is None or mine is None:
        raise NoConflict(f"no conflict waits on plan {plan_id}")
    return (
        plan_from(mine.document, what=f"plan {plan_id}"),
        plan_from(state.conflict_document, what=f"the team's copy of plan {plan_id}"),
    )


def resolve_conflict(local: Store, plan_id: str, keep: Keep | Plan, *, officer: str) -> int:
    """The officer's choice: keep this laptop's copy, the team's, or a combined plan. On the
    laptop only (works offline); the next sync sends the result up. Whatever is not kept is
    first kept as a version. Returns the plan's revision on this laptop afterwards.

    Refused (AgreementsAltered) when the plan kept would drop or change a decision recorded on
    either side: a signed agreement is never altered by a sync. Combine them instead."""
    now = _now()
    with local.writing() as connection:
        state = _read_state(connection, plan_id)
        mine = _read_copy(connection, plan_id)
        if state is None or state.conflict_revision is None or mine is None:
            raise NoConflict(f"no conflict waits on plan {plan_id}")
        team_document = state.conflict_document
        laptop_plan = plan_from(mine.document, what=f"plan {plan_id}")
        team_plan = plan_from(team_document, what=f"the team's copy of plan {plan_id}")
        if keep == Keep.LAPTOP:
            kept_plan, kept_document, how = laptop_plan, None, "kept this laptop's copy"
            aside = [
                (
                    team_document,
                    team_plan,
                    f"team copy set aside after a sync conflict "
                    f"(team revision {state.conflict_revision})",
                )
            ]
        elif keep == Keep.TEAM:
            kept_plan, kept_document, how = team_plan, team_document, "kept the team's copy"
            aside = [(mine.document, laptop_plan, "laptop copy set aside after a sync conflict")]
        elif isinstance(keep, Plan):
            if keep.id != plan_id:
                raise NoConflict(f"the combined plan is not plan {plan_id}")
            kept_plan, kept_document, how = keep, document_for(keep), "kept a combined copy"
            aside = [
                (mine.document, laptop_plan, "laptop copy set aside after a sync conflict"),
                (
                    team_document,
                    team_plan,
                    f"team copy set aside after a sync conflict "
                    f"(team revision {state.conflict_revision})",
                ),
            ]
        else:
            raise TypeError("keep is Keep.LAPTOP, Keep.TEAM or a combined Plan")
        _check_agreements(kept_plan, laptop_plan, team_plan)

        for document, plan, reason in aside:
            version_id = uuid.uuid4().hex
            digest = fingerprint(document)
            connection.execute(
                insert(PlanVersionRow),
                {
                    "id": version_id,
                    "plan_id": plan_id,
                    "plan_version": plan.version,
                    "reason": reason,
                    "actor": officer,
                    "created_at": now,
                    "fingerprint": digest,
                    "document": document,
                },
            )
            connection.execute(
                insert(AuditEntryRow),
                _audit_values(plan_id, now, officer, "snapshot", f"version {version_id}", digest),
            )
        revision = mine.revision
        if kept_document is not None:
            revision = write_plan_row(
                connection,
                local.upsert,
                kept_plan,
                kept_document,
                replaces=mine.revision,
                updated_at=now,
            )
        connection.execute(
            insert(AuditEntryRow),
            _audit_values(
                plan_id,
                now,
                officer,
                "sync conflict resolved",
                how,
                fingerprint(kept_document or mine.document),
            ),
        )
        in_step_with_team = keep == Keep.TEAM
        _put_state(
            connection,
            local,
            plan_id,
            _state_values(
                team_revision=state.conflict_revision,
                local_revision=revision if in_step_with_team else SEND_UP,
                fingerprint=fingerprint(team_document) if in_step_with_team else None,
                synced_at=state.synced_at,
            ),
        )
    log.info("conflict on plan %s resolved (%s)", plan_id, how)
    return revision


def _check_agreements(kept: Plan, *sides: Plan) -> None:
    """Every decision recorded on either side is in the plan kept, exactly as one side has it."""
    kept_by_id = {agreement.id: agreement for agreement in kept.premises_agreements}
    for side in sides:
        for agreement in side.premises_agreements:
            as_recorded = [
                other
                for either in sides
                for other in either.premises_agreements
                if other.id == agreement.id
            ]
            present = kept_by_id.get(agreement.id)
            if present is None or present not in as_recorded:
                raise AgreementsAltered(
                    f"The copy kept would drop or change the decision recorded for setting "
                    f"{agreement.setting_id} (agreement {agreement.id}). A signed agreement is "
                    "never altered by a sync: keep the copy that has it, or combine the two."
                )


# -- the team's caseload, take and release ---------------------------------------------------------


def team_caseload(team: TeamDatabase, *, search: str = "") -> list[TeamPlan]:
    """The team's plans (bin included, flagged) in name order, with who holds each."""
    from . import caseload

    query = (
        select(
            PlanRow.id,
            PlanRow.child_name,
            PlanRow.preferred_name,
            PlanRow.status,
            PlanRow.version,
            PlanRow.updated_at,
            PlanRow.revision,
            PlanRow.deleted_at,
            *_HOLDING_COLUMNS[1:],
        )
        .outerjoin(HoldingRow, HoldingRow.plan_id == PlanRow.id)
        .order_by(PlanRow.search_name, PlanRow.id)
    )
    query = caseload.filtered(query, search=search, include_deleted=True)
    with team.connect() as connection:
        rows = connection.execute(query).all()
    return [
        TeamPlan(
            id=row.id,
            child_name=row.child_name,
            preferred_name=row.preferred_name,
            status=PlanStatus(row.status),
            version=row.version,
            updated_at=row.updated_at,
            revision=row.revision,
            holding=(Holding(row.id, *row[-5:]) if row.laptop_id is not None else None),
            in_bin=row.deleted_at is not None,
        )
        for row in rows
    ]


def take(
    local: Store,
    team: TeamDatabase,
    plan_id: str,
    *,
    officer: str,
    computer: str | None = None,
    force: bool = False,
) -> Holding:
    """Hold a team plan on this laptop and bring it down, with its versions and audit trail.

    HeldElsewhere (nothing changed) when another laptop holds it and not `force`; with `force`
    the holding moves here, and the other laptop's next sync sends its changes and hands its
    copy over. PlanNotFound when the team database has no such plan."""
    now = _now()
    _bind(local, team, now)
    me = laptop_id(local)
    where = _computer(computer)
    with team.begin() as connection:
        exists = connection.execute(select(PlanRow.id).where(PlanRow.id == plan_id)).first()
        if exists is None:
            raise PlanNotFound(f"the team database has no plan {plan_id}")
        previous = _read_holding(connection, plan_id)
        if previous is not None and previous.laptop_id != me and not force:
            raise HeldElsewhere(
                f"Plan {plan_id} is held by {previous.who} since "
                f"{previous.taken_at.astimezone():%d/%m/%Y %H:%M}. Taking it moves it to this "
                "laptop; their changes still reach the team database at their next sync.",
                previous,
            )
        if previous is None or previous.laptop_id != me:
            values = {
                "laptop_id": me,
                "officer": officer,
                "computer": where,
                "taken_at": now,
                "synced_at": None,
            }
            statement = team.upsert(HoldingRow).values(plan_id=plan_id, **values)
            connection.execute(
                statement.on_conflict_do_update(index_elements=[HoldingRow.plan_id], set_=values)
            )
            detail = "from another laptop" if previous is not None else ""
            connection.execute(
                insert(AuditEntryRow), _audit_values(plan_id, now, officer, "taken", detail, None)
            )
    _step("holding taken", plan_id)
    run = _Run(local, team, officer, where, me, now)
    holder = Holding(plan_id, officer, where, me, now, None)
    _sync_plan(run, plan_id, holder)
    run.flush_states()
    _mark_holdings(run)
    with team.connect() as connection:
        return _read_holding(connection, plan_id)


def release(local: Store, team: TeamDatabase, plan_id: str, *, officer: str) -> None:
    """Hand a plan back: this laptop's changes go up first, then the holding is given up and
    the laptop's copy removed (the team database has everything). Refused while a conflict
    waits (ConflictWaiting) or when the changes could not go up (SyncError)."""
    now = _now()
    _bind(local, team, now)
    me = laptop_id(local)
    with local.engine.connect() as connection:
        state = _read_state(connection, plan_id)
        mine = _read_copy(connection, plan_id)
    if mine is None and state is None:
        raise PlanNotFound(f"there is no plan {plan_id} on this laptop")
    if state is not None and state.conflict_revision is not None:
        raise ConflictWaiting(
            f"Plan {plan_id} has a conflict waiting: choose which copy to keep before handing "
            "it back."
        )
    run = _Run(local, team, officer, _computer(None), me, now)
    with team.connect() as connection:
        holder = _read_holding(connection, plan_id)
    _sync_plan(run, plan_id, holder)
    run.flush_states()
    with local.engine.connect() as connection:
        state = _read_state(connection, plan_id)
        mine = _read_copy(connection, plan_id)
    if mine is not None and (
        state is None
        or state.conflict_revision is not None
        or mine.revision != state.local_revision
    ):
        if state is not None and state.conflict_revision is not None:
            raise ConflictWaiting(
                f"Plan {plan_id} was also changed in the team database: both copies are kept. "
                "Choose which to keep, then hand it back."
            )
        raise SyncError(
            f"Plan {plan_id}: this laptop's changes could not all be sent; it stays here. "
            "Try again."
        )
    with team.begin() as connection:
        released = connection.execute(
            delete(HoldingRow).where(HoldingRow.plan_id == plan_id, HoldingRow.laptop_id == me)
        ).rowcount
        if released:
            connection.execute(
                insert(AuditEntryRow), _audit_values(plan_id, _now(), officer, "released", "", None)
            )
    _step("holding released", plan_id)
    if mine is not None:
        _remove_local_copy(local, plan_id, expected_revision=mine.revision)
    with local.writing() as connection:
        connection.execute(
            delete(SyncStateRow).where(
                SyncStateRow.plan_id == plan_id, SyncStateRow.local_revision == REMOVED_HERE
            )
        )
