"""Where this laptop stands, from its own store only: quick, no network (the status bar)."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Connection, func, or_, select

from .models import (
    PlanRow,
    SyncPeerRow,
    SyncStateRow,
)
from .repository import Store
from .sync_records import (
    SyncStatus,
)

log = logging.getLogger(__name__)


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
