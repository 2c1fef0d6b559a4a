"""A plan's history between two databases: versions and audit entries, each arriving once.

Both are append-only, so they never conflict: whatever one side has and the other lacks is
copied, in the order its side wrote it. A version is known everywhere by its id (uuid hex), an
audit entry by its `uid`; the inserts also say ON CONFLICT DO NOTHING, so a copy interrupted and
repeated (or two laptops sending the same entry at once) still leaves exactly one.

An "erased" audit line never travels: on the database that has it, it lets the plan's other
audit lines be deleted (migration 0003), and a laptop's erasure of its own copy must not give
that power over the team's trail.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, select

from .models import AuditEntryRow, PlanVersionRow

# Plans per IN (...) list when reading many plans' history at once.
CHUNK = 500
NOT_SENT = "erased"

_AUDIT_COLUMNS = (
    AuditEntryRow.plan_id,
    AuditEntryRow.at,
    AuditEntryRow.actor,
    AuditEntryRow.action,
    AuditEntryRow.detail,
    AuditEntryRow.fingerprint,
    AuditEntryRow.uid,
)
_VERSION_COLUMNS = (
    PlanVersionRow.id,
    PlanVersionRow.plan_id,
    PlanVersionRow.plan_version,
    PlanVersionRow.reason,
    PlanVersionRow.actor,
    PlanVersionRow.created_at,
    PlanVersionRow.fingerprint,
    PlanVersionRow.document,
)


def chunks(items: Sequence[str], size: int = CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def history_keys(
    connection: Connection, plan_ids: Sequence[str]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For many plans at once: each plan's audit uids and version ids (what a sync compares)."""
    audit: dict[str, set[str]] = defaultdict(set)
    versions: dict[str, set[str]] = defaultdict(set)
    for part in chunks(list(plan_ids)):
        for plan_id, uid in connection.execute(
            select(AuditEntryRow.plan_id, AuditEntryRow.uid).where(
                AuditEntryRow.plan_id.in_(part), AuditEntryRow.action != NOT_SENT
            )
        ):
            audit[plan_id].add(uid)
        for plan_id, version_id in connection.execute(
            select(PlanVersionRow.plan_id, PlanVersionRow.id).where(
                PlanVersionRow.plan_id.in_(part)
            )
        ):
            versions[plan_id].add(version_id)
    return audit, versions


def plan_history_keys(connection: Connection, plan_id: str) -> tuple[set[str], set[str]]:
    audit, versions = history_keys(connection, [plan_id])
    return audit.get(plan_id, set()), versions.get(plan_id, set())


def audit_rows_missing(connection: Connection, plan_id: str, present: set[str]) -> list[dict]:
    """The plan's audit entries the other side lacks, oldest first, ready to insert there."""
    rows = connection.execute(
        select(*_AUDIT_COLUMNS)
        .where(AuditEntryRow.plan_id == plan_id, AuditEntryRow.action != NOT_SENT)
        .order_by(AuditEntryRow.id)
    )
    return [row._asdict() for row in rows if row.uid is not None and row.uid not in present]


def version_rows_missing(connection: Connection, plan_id: str, present: set[str]) -> list[dict]:
    """The plan's versions the other side lacks, oldest first, documents and all."""
    missing = [
        row._asdict()
        for row in connection.execute(
            select(PlanVersionRow.id, PlanVersionRow.created_at).where(
                PlanVersionRow.plan_id == plan_id
            )
        )
        if row.id not in present
    ]
    if not missing:
        return []
    wanted = [row["id"] for row in missing]
    rows = connection.execute(
        select(*_VERSION_COLUMNS)
        .where(PlanVersionRow.id.in_(wanted))
        .order_by(PlanVersionRow.created_at, PlanVersionRow.id)
    )
    return [row._asdict() for row in rows]


def insert_audit(connection: Connection, upsert, rows: list[dict]) -> int:
    """Append entries from the other side, in their order (one multi-row INSERT keeps it: the
    ids are given in VALUES order); how many were sent. An entry already there is skipped."""
    if not rows:
        return 0
    connection.execute(
        upsert(AuditEntryRow).on_conflict_do_nothing(index_elements=[AuditEntryRow.uid]), rows
    )
    return len(rows)


def insert_versions(connection: Connection, upsert, rows: list[dict]) -> int:
    """Add versions from the other side (the plan must be there); how many were sent."""
    if not rows:
        return 0
    connection.execute(
        upsert(PlanVersionRow).on_conflict_do_nothing(index_elements=[PlanVersionRow.id]), rows
    )
    return len(rows)
