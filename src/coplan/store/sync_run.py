"""One sync of a laptop's caseload with the team database, plan by plan (coplan.store.sync)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, delete, insert, select, update

from .documents import plan_from
from .errors import (
    OtherTeamDatabase,
    PlanConflict,
    TeamUnreachable,
)
from .models import (
    HoldingRow,
    PlanRow,
    SyncPeerRow,
    SyncStateRow,
)
from .repository import Store, write_plan_row
from .sync_conflicts import waiting_conflicts
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
    PlanProblem,
    SyncReport,
)
from .sync_rows import (
    _HOLDING_COLUMNS,
    REMOVED_HERE,
    SEND_UP,
    _computer,
    _holding,
    _last_saved_by,
    _now,
    _put_state,
    _read_copy,
    _read_state,
    _remove_local_copy,
    _state_values,
    laptop_id,
)
from .sync_team import TeamDatabase, open_team

log = logging.getLogger(__name__)


# Plans whose sync states are written in one laptop transaction (see _Run.pending_states).
STATE_BATCH = 100

# Tests set this to interrupt a sync between its steps (as a kill or a dropped network would):
# called with the step's name and the plan id. None in the app.
step_hook: Callable[[str, str], None] | None = None


def _step(name: str, plan_id: str) -> None:
    if step_hook is not None:
        step_hook(name, plan_id)


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
        local_revisions, local_bins = {}, {}
        for plan_id, revision, deleted_at in connection.execute(
            select(PlanRow.id, PlanRow.revision, PlanRow.deleted_at)
        ):
            local_revisions[plan_id] = revision
            local_bins[plan_id] = deleted_at is not None
        states = {
            row.plan_id: row
            for row in connection.execute(
                select(
                    SyncStateRow.plan_id,
                    SyncStateRow.team_revision,
                    SyncStateRow.local_revision,
                    SyncStateRow.conflict_revision,
                    SyncStateRow.in_bin,
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
        team_bins: dict[str, bool] = {}
        holders: dict[str, Holding | None] = {}
        for part in chunks(candidates):
            for plan_id, revision, deleted_at in connection.execute(
                select(PlanRow.id, PlanRow.revision, PlanRow.deleted_at).where(PlanRow.id.in_(part))
            ):
                team_revisions[plan_id] = revision
                team_bins[plan_id] = deleted_at is not None
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
            and local_bins.get(plan_id) == team_bins.get(plan_id) == state.in_bin
            and holder is not None
            and holder.laptop_id == run.me
        )
        if quiet:
            run.checked += 1
            run.in_step.append(plan_id)
        else:
            busy.append(plan_id)
    return busy, holders


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
        # The bin: moving a plan in or out of it leaves its document as it was, so it is
        # followed on its own: whichever side moved since the last sync, the other follows
        # (both moving can only be the same move). Never a conflict.
        local_bin = mine.deleted_at is not None
        team_bin = local_bin if theirs is None else theirs.deleted_at is not None
        base_bin = state.in_bin if state is not None and state.in_bin is not None else team_bin
        bin_down = theirs is not None and team_bin != base_bin and local_bin == base_bin
        if theirs is not None and local_bin != base_bin and team_bin == base_bin:
            connection.execute(
                update(PlanRow).where(PlanRow.id == plan_id).values(deleted_at=mine.deleted_at)
            )
        in_bin = team_bin if bin_down else local_bin
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

    if outcome in ("sent", "in_step") and not pulled_audit and not pulled_versions and not bin_down:
        # Only the sync state to note: batched (see _Run.pending_states).
        run.note_state(
            plan_id,
            _state_values(
                team_revision=team_revision,
                local_revision=mine.revision,
                fingerprint=mine.fingerprint,
                synced_at=_now(),
                in_bin=in_bin,
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
                        in_bin=in_bin,
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
                        in_bin=in_bin,
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
                            in_bin=in_bin,
                        ),
                    )
                    log.info("plan %s changed on this laptop and on the team: waiting", plan_id)
                else:
                    connection.execute(
                        update(SyncStateRow)
                        .where(SyncStateRow.plan_id == plan_id)
                        .values(in_bin=in_bin)
                    )
            if bin_down:
                connection.execute(
                    update(PlanRow)
                    .where(PlanRow.id == plan_id)
                    .values(deleted_at=theirs.deleted_at)
                )
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
                in_bin=theirs.deleted_at is not None,
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
