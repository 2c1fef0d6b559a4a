"""The team's caseload, and taking and releasing a plan (coplan.store.sync)."""

from __future__ import annotations

import logging

from sqlalchemy import delete, insert, select

from coplan.domain.model import PlanStatus

from .errors import (
    ConflictWaiting,
    HeldElsewhere,
    PlanNotFound,
    SyncError,
)
from .models import (
    AuditEntryRow,
    HoldingRow,
    PlanRow,
    SyncStateRow,
)
from .repository import Store, _audit_values
from .sync_records import (
    Holding,
    TeamPlan,
)
from .sync_rows import (
    _HOLDING_COLUMNS,
    REMOVED_HERE,
    _computer,
    _now,
    _read_copy,
    _read_holding,
    _read_state,
    _remove_local_copy,
    laptop_id,
)
from .sync_run import _bind, _mark_holdings, _Run, _step, _sync_plan
from .sync_team import TeamDatabase

log = logging.getLogger(__name__)


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
