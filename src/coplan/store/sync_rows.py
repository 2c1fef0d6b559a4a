"""Reading and writing one side's copy of a plan and its sync state: the small helpers
every part of the sync shares (coplan.store.sync)."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, select

from .documents import fingerprint
from .models import (
    AuditEntryRow,
    HoldingRow,
    PlanDocumentRow,
    PlanOpeningRow,
    PlanRow,
    PlanVersionRow,
    StoreIdentityRow,
    SyncStateRow,
)
from .repository import SUMMARY_FIELDS, Store
from .sync_records import (
    Holding,
)

log = logging.getLogger(__name__)


# A laptop revision no stored plan has (revisions start at 1): "changed here, send it up".
SEND_UP = 0
# The sync state of a plan purged or erased on this laptop (repository.forget_sync_copy).
REMOVED_HERE = -1


def _now() -> datetime:
    return datetime.now(UTC)


def laptop_id(local: Store) -> str:
    """This laptop's identity (its database's): what the team's holdings name."""
    with local.engine.connect() as connection:
        return _identity(connection)


def _identity(connection: Connection) -> str:
    return connection.execute(select(StoreIdentityRow.id)).scalar_one()


def _computer(computer: str | None) -> str:
    return (computer if computer is not None else socket.gethostname())[:200]


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
