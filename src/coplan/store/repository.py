"""The store's API for the UI and the command line: plans, the bin, versions, the audit trail.

One class over one engine, the same code for SQLite and PostgreSQL. Every write is one short
transaction that also appends its audit entry, so a plan never changes without a trace.
Nothing here logs or raises with personal data: messages and log lines carry ids and actions.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, insert, select, update

from coplan.domain.model import Plan, PlanStatus
from coplan.domain.stages import next_date
from coplan.domain.text_safety import first_unsafe

from . import caseload
from .documents import document_for, fingerprint, plan_from
from .engine import SQLITE_BEGIN_OPTION
from .errors import InvalidAuditEntry, PlanConflict, PlanNotFound, StoreError
from .models import (
    AuditEntryRow,
    HoldingRow,
    PlanDocumentRow,
    PlanOpeningRow,
    PlanRow,
    PlanVersionRow,
    SyncStateRow,
)
from .records import MAX_ACTOR_CHARS, AuditEntry, PlanOpening, PlanSummary, PlanVersion

log = logging.getLogger(__name__)

# An audit action is a short lowercase phrase from code ("edited", "draft exported"), not text
# a person typed: that keeps names out of a trail that outlives the plan.
_ACTION = re.compile(r"[a-z][a-z0-9 _.-]{0,63}")
_FINGERPRINT = re.compile(r"[0-9A-Za-z:_-]{1,64}")
_NAME_WORD = re.compile(r"\w{3,}")


# A window with a plan open says so every OPENING_HEARTBEAT; one not heard from for OPENING_STALE
# (it crashed, the laptop slept) is no longer shown, and is removed after OPENING_FORGOTTEN.
OPENING_HEARTBEAT = timedelta(seconds=60)
OPENING_STALE = timedelta(seconds=150)
OPENING_FORGOTTEN = timedelta(days=1)


def _now() -> datetime:
    return datetime.now(UTC)


class Store:
    """Plans and their history in one database. Close it (or use `with`) when done."""

    def __init__(
        self, engine: Engine, *, backups_folder: Path | None = None, backup_connect=None
    ) -> None:
        self._engine = engine
        self._upsert = _upsert_for(engine.dialect.name)
        # Where this SQLite database's backups are (None: none, e.g. PostgreSQL), and how one is
        # opened (sqlite3.connect; an encrypted caseload's own): an erasure reaches them too.
        self.backups_folder = backups_folder
        self.backup_connect = backup_connect

    @property
    def is_shared(self) -> bool:
        """A team's server database (PostgreSQL), where others may have the same plan open."""
        return self._engine.dialect.name != "sqlite"

    # -- life cycle -----------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """Where the data is, with any password hidden."""
        return self._engine.url.render_as_string(hide_password=True)

    @property
    def engine(self) -> Engine:
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- plans ----------------------------------------------------------------------------------
    def save(
        self, plan: Plan, *, actor: str, action: str = "edited", replaces: int | None = None
    ) -> int:
        """Write the plan (document and caseload summary) and audit it; its new revision.

        `replaces` is the revision this save was made from: the write is one conditional
        UPDATE (`WHERE revision = replaces`), refused with `PlanConflict` when the plan has moved
        on since, on SQLite and PostgreSQL alike. `replaces=0` means a new plan (refused if the
        id exists). `None` writes whatever is there (imports, the demo, scripts): the app's
        editing never passes None."""
        if replaces is not None and replaces < 0:
            raise ValueError("a revision is 0 (a new plan) or more")
        now = _now()
        document = document_for(plan)
        summary = _summary_values(plan)
        audit = _audit_values(plan.id, now, actor, action, "", fingerprint(document))
        with self._writing() as connection:
            if replaces is None:  # unchecked: whatever is there, and the revision moves on
                revision = connection.execute(
                    self._upsert_plans()
                    .values(**summary, created_at=now, updated_at=now)
                    .returning(PlanRow.revision)
                ).scalar_one()
                connection.execute(
                    self._upsert_documents().values(plan_id=plan.id, document=document)
                )
                connection.execute(insert(AuditEntryRow), audit)
                log.debug("saved plan %s at revision %d, unchecked", plan.id, revision)
                return revision
            write_plan_row(
                connection, self._upsert, plan, document, replaces=replaces, updated_at=now
            )
            connection.execute(insert(AuditEntryRow), audit)
        log.debug("saved plan %s at revision %d", plan.id, replaces + 1)
        return replaces + 1

    def save_many(self, plans: Iterable[Plan], *, actor: str, action: str = "imported") -> int:
        """Save many plans in one transaction (imports, demo data, benchmarks), whatever their
        revision (each moves on by one); how many."""
        now = _now()
        plan_rows, document_rows, audit_rows = [], [], []
        # One row per plan: a multi-row upsert may not touch the same row twice (PostgreSQL).
        for plan in {plan.id: plan for plan in plans}.values():
            document = document_for(plan)
            plan_rows.append({**_summary_values(plan), "created_at": now, "updated_at": now})
            document_rows.append({"plan_id": plan.id, "document": document})
            audit_rows.append(_audit_values(plan.id, now, actor, action, "", fingerprint(document)))
        if not plan_rows:
            return 0
        with self._writing() as connection:
            connection.execute(self._upsert_plans(), plan_rows)
            connection.execute(self._upsert_documents(), document_rows)
            connection.execute(insert(AuditEntryRow), audit_rows)
        return len(plan_rows)

    def load(self, plan_id: str) -> Plan:
        """The plan as last saved (also from the bin); PlanNotFound if never saved or purged."""
        return self.load_with_revision(plan_id)[0]

    def load_with_revision(self, plan_id: str) -> tuple[Plan, int]:
        """The plan as last saved and its revision, read together (what a later
        `save(..., replaces=revision)` names)."""
        with self._engine.connect() as connection:
            row = connection.execute(
                select(PlanDocumentRow.document, PlanRow.revision)
                .join(PlanRow, PlanRow.id == PlanDocumentRow.plan_id)
                .where(PlanDocumentRow.plan_id == plan_id)
            ).one_or_none()
        if row is None:
            raise PlanNotFound(f"there is no plan {plan_id}")
        return plan_from(row.document, what=f"plan {plan_id}"), row.revision

    def revision(self, plan_id: str) -> int:
        """The plan's revision now; 0 when there is no such plan."""
        with self._engine.connect() as connection:
            current = connection.execute(
                select(PlanRow.revision).where(PlanRow.id == plan_id)
            ).scalar_one_or_none()
        return current or 0

    def summary(self, plan_id: str) -> PlanSummary:
        with self._engine.connect() as connection:
            row = connection.execute(
                select(*caseload.SUMMARY_COLUMNS).where(PlanRow.id == plan_id)
            ).one_or_none()
        if row is None:
            raise PlanNotFound(f"there is no plan {plan_id}")
        return _summary_from(row)

    # -- the caseload ---------------------------------------------------------------------------
    def list_plans(
        self,
        *,
        search: str = "",
        status: PlanStatus | str | Iterable[PlanStatus | str] | None = None,
        review_due_before: date | None = None,
        include_deleted: bool = False,
        only_deleted: bool = False,
        order_by: str = "child_name",
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[PlanSummary]:
        """Search is a case-insensitive substring of the full or preferred name. Reviews are due
        before a date when `next_review_on` is earlier. `only_deleted` lists the bin."""
        query = caseload.summaries_query(
            search=search,
            status=status,
            review_due_before=review_due_before,
            include_deleted=include_deleted,
            only_deleted=only_deleted,
        )
        query = caseload.ordered(query, order_by, descending=descending)
        if limit is not None:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        with self._engine.connect() as connection:
            return [_summary_from(row) for row in connection.execute(query)]

    def count_plans(
        self,
        search: str = "",
        status: PlanStatus | str | Iterable[PlanStatus | str] | None = None,
        review_due_before: date | None = None,
        include_deleted: bool = False,
        only_deleted: bool = False,
    ) -> int:
        query = caseload.count_query(
            search=search,
            status=status,
            review_due_before=review_due_before,
            include_deleted=include_deleted,
            only_deleted=only_deleted,
        )
        with self._engine.connect() as connection:
            return connection.execute(query).scalar_one()

    # -- the bin --------------------------------------------------------------------------------
    def delete(self, plan_id: str, *, actor: str) -> None:
        """Move the plan to the bin; it keeps everything and can be restored."""
        self._move_bin(plan_id, actor=actor, to_bin=True)

    def restore(self, plan_id: str, *, actor: str) -> None:
        """Take the plan out of the bin."""
        self._move_bin(plan_id, actor=actor, to_bin=False)

    def purge(self, plan_id: str, *, actor: str) -> None:
        """Remove the plan, its document and its versions for good. Its audit entries stay:
        they hold ids, actions and fingerprints only."""
        now = _now()
        with self._writing() as connection:
            self._require_plan(connection, plan_id)
            # Explicit rather than trusting ON DELETE CASCADE to be switched on everywhere.
            connection.execute(delete(PlanVersionRow).where(PlanVersionRow.plan_id == plan_id))
            connection.execute(delete(PlanDocumentRow).where(PlanDocumentRow.plan_id == plan_id))
            connection.execute(delete(HoldingRow).where(HoldingRow.plan_id == plan_id))
            connection.execute(delete(PlanRow).where(PlanRow.id == plan_id))
            forget_sync_copy(connection, plan_id)
            connection.execute(
                insert(AuditEntryRow), _audit_values(plan_id, now, actor, "purged", "", None)
            )
        self._flush_sqlite_log()
        log.info("purged plan %s", plan_id)

    def _move_bin(self, plan_id: str, *, actor: str, to_bin: bool) -> None:
        now = _now()
        with self._writing() as connection:
            deleted_at = self._require_plan(connection, plan_id).deleted_at
            if (deleted_at is not None) == to_bin:
                return  # already where it was asked to be: nothing happened, nothing to audit
            connection.execute(
                update(PlanRow)
                .where(PlanRow.id == plan_id)
                .values(deleted_at=now if to_bin else None)
            )
            action = "deleted" if to_bin else "restored"
            connection.execute(
                insert(AuditEntryRow), _audit_values(plan_id, now, actor, action, "", None)
            )
        log.info("%s plan %s", "binned" if to_bin else "restored", plan_id)

    # -- erasure -------------------------------------------------------------------------------
    def erase(self, plan_id: str, *, actor: str) -> None:
        """Erase a plan for good: its summary, document, every version and snapshot, every
        audit line (they name who did what, when), and its copies in the backups. One audit
        line stays: "erased", with the plan id, who and when, and no personal data."""
        self.erase_many([plan_id], actor=actor)

    def empty_bin(self, *, actor: str) -> int:
        """Erase every plan in the bin; how many."""
        in_bin = [s.id for s in self.list_plans(only_deleted=True)]
        self.erase_many(in_bin, actor=actor)
        return len(in_bin)

    def erase_many(self, plan_ids: Iterable[str], *, actor: str) -> None:
        plan_ids = list(dict.fromkeys(plan_ids))
        if not plan_ids:
            return
        now = _now()
        with self._writing() as connection:
            for plan_id in plan_ids:
                known = (
                    connection.execute(
                        select(PlanRow.id).where(PlanRow.id == plan_id)
                    ).one_or_none()
                    or connection.execute(
                        select(AuditEntryRow.id).where(AuditEntryRow.plan_id == plan_id).limit(1)
                    ).one_or_none()
                )
                if known is None:
                    raise PlanNotFound(f"there is no plan {plan_id}")
                # The "erased" line first: the database lets a plan's other audit lines be
                # deleted only once it is there (migration 0003's trigger).
                connection.execute(
                    insert(AuditEntryRow), _audit_values(plan_id, now, actor, "erased", "", None)
                )
                forget_sync_copy(connection, plan_id)
                for table, column in (
                    (PlanOpeningRow, PlanOpeningRow.plan_id),
                    (HoldingRow, HoldingRow.plan_id),
                    (PlanVersionRow, PlanVersionRow.plan_id),
                    (PlanDocumentRow, PlanDocumentRow.plan_id),
                    (PlanRow, PlanRow.id),
                ):
                    connection.execute(delete(table).where(column == plan_id))
                connection.execute(
                    delete(AuditEntryRow).where(
                        AuditEntryRow.plan_id == plan_id, AuditEntryRow.action != "erased"
                    )
                )
        self._flush_sqlite_log()
        if self.backups_folder is not None:
            from .backup import remove_plans_from_backups

            if self.backup_connect is not None:
                remove_plans_from_backups(
                    self.backups_folder, plan_ids, connect=self.backup_connect
                )
            else:
                remove_plans_from_backups(self.backups_folder, plan_ids)
        log.info("erased %d plan(s)", len(plan_ids))

    # -- who has a plan open (shown on the team database) ---------------------------------------
    def mark_open(self, plan_id: str, *, actor: str, computer: str) -> str:
        """Note that a window has the plan open; the opening's id (for `still_open`/`mark_closed`)."""
        now = _now()
        opening = uuid.uuid4().hex
        with self._writing() as connection:
            self._require_plan(connection, plan_id)
            connection.execute(
                delete(PlanOpeningRow).where(PlanOpeningRow.seen_at < now - OPENING_FORGOTTEN)
            )
            connection.execute(
                insert(PlanOpeningRow),
                {
                    "id": opening,
                    "plan_id": plan_id,
                    "actor": actor,
                    "computer": computer,
                    "opened_at": now,
                    "seen_at": now,
                },
            )
        return opening

    def still_open(self, opening_id: str) -> None:
        """The window is still there (every `OPENING_HEARTBEAT`)."""
        with self._writing() as connection:
            connection.execute(
                update(PlanOpeningRow).where(PlanOpeningRow.id == opening_id).values(seen_at=_now())
            )

    def mark_closed(self, opening_id: str) -> None:
        with self._writing() as connection:
            connection.execute(delete(PlanOpeningRow).where(PlanOpeningRow.id == opening_id))

    def openings(self, plan_ids: Iterable[str]) -> dict[str, list[PlanOpening]]:
        """Who has these plans open now (seen within `OPENING_STALE`), by plan id."""
        wanted = list(plan_ids)
        if not wanted:
            return {}
        query = (
            select(
                PlanOpeningRow.id,
                PlanOpeningRow.plan_id,
                PlanOpeningRow.actor,
                PlanOpeningRow.computer,
                PlanOpeningRow.opened_at,
                PlanOpeningRow.seen_at,
            )
            .where(
                PlanOpeningRow.plan_id.in_(wanted),
                PlanOpeningRow.seen_at >= _now() - OPENING_STALE,
            )
            .order_by(PlanOpeningRow.opened_at, PlanOpeningRow.id)
        )
        found: dict[str, list[PlanOpening]] = {}
        with self._engine.connect() as connection:
            for row in connection.execute(query):
                found.setdefault(row.plan_id, []).append(PlanOpening(*row))
        return found

    # -- versions -------------------------------------------------------------------------------
    def snapshot(self, plan: Plan, *, reason: str, actor: str) -> PlanVersion:
        """Keep an immutable copy of `plan` as it is now (it must already be saved)."""
        document = document_for(plan)
        version = PlanVersion(
            id=uuid.uuid4().hex,
            plan_id=plan.id,
            plan_version=plan.version,
            reason=reason,
            actor=actor,
            created_at=_now(),
            fingerprint=fingerprint(document),
        )
        with self._writing() as connection:
            self._require_plan(connection, plan.id)
            connection.execute(
                insert(PlanVersionRow),
                {
                    "id": version.id,
                    "plan_id": version.plan_id,
                    "plan_version": version.plan_version,
                    "reason": version.reason,
                    "actor": version.actor,
                    "created_at": version.created_at,
                    "fingerprint": version.fingerprint,
                    "document": document,
                },
            )
            connection.execute(
                insert(AuditEntryRow),
                _audit_values(
                    plan.id,
                    version.created_at,
                    actor,
                    "snapshot",
                    f"version {version.id}",
                    version.fingerprint,
                ),
            )
        log.info("kept version %s of plan %s", version.id, plan.id)
        return version

    def versions(self, plan_id: str) -> list[PlanVersion]:
        """The plan's snapshots, oldest first."""
        query = (
            select(
                PlanVersionRow.id,
                PlanVersionRow.plan_id,
                PlanVersionRow.plan_version,
                PlanVersionRow.reason,
                PlanVersionRow.actor,
                PlanVersionRow.created_at,
                PlanVersionRow.fingerprint,
            )
            .where(PlanVersionRow.plan_id == plan_id)
            .order_by(PlanVersionRow.created_at, PlanVersionRow.id)
        )
        with self._engine.connect() as connection:
            return [PlanVersion(*row) for row in connection.execute(query)]

    def load_version(self, version_id: str) -> Plan:
        with self._engine.connect() as connection:
            document = connection.execute(
                select(PlanVersionRow.document).where(PlanVersionRow.id == version_id)
            ).scalar_one_or_none()
        if document is None:
            raise PlanNotFound(f"there is no plan version {version_id}")
        return plan_from(document, what=f"plan version {version_id}")

    # -- the audit trail ------------------------------------------------------------------------
    def record(
        self,
        plan_id: str,
        *,
        actor: str,
        action: str,
        detail: str = "",
        fingerprint: str | None = None,
    ) -> AuditEntry:
        """Append an audit entry. `detail` holds ids and facts, never a name: it is refused
        when it contains a word of the child's name."""
        if fingerprint is not None and not _FINGERPRINT.fullmatch(fingerprint):
            raise InvalidAuditEntry("a fingerprint is up to 64 letters, digits, ':', '-', '_'")
        values = _audit_values(plan_id, _now(), actor, action, detail, fingerprint)
        with self._writing() as connection:
            names = connection.execute(
                select(PlanRow.child_name, PlanRow.preferred_name).where(PlanRow.id == plan_id)
            ).one_or_none()
            if names is not None and _mentions_any(f"{action} {detail}", names):
                raise InvalidAuditEntry("an audit entry must not contain the child's name")
            entry_id = connection.execute(insert(AuditEntryRow), values).inserted_primary_key[0]
        return AuditEntry(id=entry_id, **values)

    def audit_trail(self, plan_id: str) -> list[AuditEntry]:
        """Everything recorded about the plan, oldest first (also after a purge)."""
        query = (
            select(
                AuditEntryRow.id,
                AuditEntryRow.plan_id,
                AuditEntryRow.at,
                AuditEntryRow.actor,
                AuditEntryRow.action,
                AuditEntryRow.detail,
                AuditEntryRow.fingerprint,
                AuditEntryRow.uid,
            )
            .where(AuditEntryRow.plan_id == plan_id)
            .order_by(AuditEntryRow.id)
        )
        with self._engine.connect() as connection:
            return [AuditEntry(*row) for row in connection.execute(query)]

    # -- helpers --------------------------------------------------------------------------------
    def writing(self):
        """One write transaction on this store (the sync writes through it, coplan.store.sync)."""
        return self._writing()

    @property
    def upsert(self):
        """INSERT … ON CONFLICT for this store's database (SQLite's or PostgreSQL's)."""
        return self._upsert

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction. On SQLite it takes the write lock at BEGIN (IMMEDIATE), so
        that two writers queue instead of one failing half-way."""
        with self._engine.connect() as connection:
            connection.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})
            with connection.begin():
                yield connection

    def _flush_sqlite_log(self) -> None:
        """Copy the write-ahead log into the database file and empty it, so that page images
        of a purged plan do not linger in `coplan.db-wal` (best effort: readers may hold it)."""
        if self._engine.dialect.name != "sqlite":
            return
        with self._engine.connect() as connection:
            connection.connection.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @staticmethod
    def _require_plan(connection: Connection, plan_id: str):
        row = connection.execute(
            select(PlanRow.id, PlanRow.deleted_at).where(PlanRow.id == plan_id)
        ).one_or_none()
        if row is None:
            raise PlanNotFound(f"there is no plan {plan_id}")
        return row

    def _upsert_plans(self):
        statement = self._upsert(PlanRow)
        changing = [c for c in _SUMMARY_FIELDS if c != "id"] + ["updated_at"]
        return statement.on_conflict_do_update(
            index_elements=[PlanRow.id],
            set_={
                **{name: statement.excluded[name] for name in changing},
                "revision": PlanRow.__table__.c.revision + 1,
            },
        )

    def _upsert_documents(self):
        statement = self._upsert(PlanDocumentRow)
        return statement.on_conflict_do_update(
            index_elements=[PlanDocumentRow.plan_id],
            set_={"document": statement.excluded.document},
        )


def write_plan_row(
    connection: Connection,
    upsert,
    plan: Plan | None,
    document: str,
    *,
    replaces: int,
    updated_at: datetime,
    created_at: datetime | None = None,
    deleted_at: datetime | None = None,
    summary: dict | None = None,
) -> int:
    """Write a plan's summary and document over revision `replaces`, as one conditional
    statement; its new revision (`replaces + 1`), or PlanConflict (nothing written) when the row
    has moved on. `replaces=0` inserts a new plan (`created_at`, `deleted_at` default to now and
    None); an update keeps both. The caller's transaction holds the audit entry that goes with it.
    `Store.save` and the sync (`coplan.store.sync`) both write through here; the sync may pass
    the caseload `summary` columns as another store computed them (then `plan` may be None)."""
    summary = dict(summary) if summary is not None else _summary_values(plan)
    plan_id = summary["id"]
    if replaces == 0:
        # RETURNING, not rowcount: drivers report rowcount differently for an insert.
        inserted = connection.execute(
            upsert(PlanRow)
            .values(
                **summary,
                created_at=created_at or updated_at,
                updated_at=updated_at,
                deleted_at=deleted_at,
                revision=1,
            )
            .on_conflict_do_nothing(index_elements=[PlanRow.id])
            .returning(PlanRow.id)
        ).first()
        written = 1 if inserted is not None else 0
        if written == 1:
            connection.execute(insert(PlanDocumentRow), {"plan_id": plan_id, "document": document})
    else:
        del summary["id"]
        written = connection.execute(
            update(PlanRow)
            .where(PlanRow.id == plan_id, PlanRow.revision == replaces)
            .values(**summary, updated_at=updated_at, revision=replaces + 1)
        ).rowcount
        if written == 1:
            connection.execute(
                update(PlanDocumentRow)
                .where(PlanDocumentRow.plan_id == plan_id)
                .values(document=document)
            )
    if written != 1:
        raise conflict_for(connection, plan_id, replaces)
    return replaces + 1


def conflict_for(connection: Connection, plan_id: str, replaces: int) -> PlanConflict:
    """The PlanConflict for a write over `replaces` that found the plan moved on."""
    current = connection.execute(
        select(PlanRow.revision).where(PlanRow.id == plan_id)
    ).scalar_one_or_none()
    last = connection.execute(
        select(AuditEntryRow.actor, AuditEntryRow.at)
        .where(AuditEntryRow.plan_id == plan_id, AuditEntryRow.fingerprint.is_not(None))
        .order_by(AuditEntryRow.id.desc())
        .limit(1)
    ).one_or_none()
    log.info("refused a save of plan %s over revision %s", plan_id, current)
    return PlanConflict(
        plan_id,
        replaces=replaces,
        current=current or 0,
        by=last.actor if last else "",
        at=last.at if last else None,
    )


def forget_sync_copy(connection: Connection, plan_id: str) -> None:
    """A plan purged or erased here: its sync state keeps only that it was (a tombstone, no
    document), so that the next sync hands the plan back to the team instead of bringing it
    down again (coplan.store.sync)."""
    connection.execute(
        update(SyncStateRow)
        .where(SyncStateRow.plan_id == plan_id)
        .values(
            local_revision=-1,
            fingerprint=None,
            conflict_revision=None,
            conflict_document=None,
            conflict_by="",
            conflict_at=None,
            conflict_found_at=None,
        )
    )


_SUMMARY_FIELDS = (
    "id",
    "child_name",
    "preferred_name",
    "search_name",
    "status",
    "version",
    "next_review_on",
    "policy_pack",
    "next_date",
    "next_date_kind",
)
SUMMARY_FIELDS = _SUMMARY_FIELDS  # the caseload columns copied from a plan on every save


def _summary_values(plan: Plan) -> dict:
    coming = next_date(plan)
    return {
        "id": plan.id,
        "child_name": plan.child.full_name,
        "preferred_name": plan.child.preferred_name,
        "search_name": caseload.search_name(plan.child.full_name, plan.child.preferred_name),
        "status": PlanStatus(plan.status).value,
        "version": plan.version,
        "next_review_on": plan.next_review_on,
        "policy_pack": plan.policy_pack,
        "next_date": coming.on,
        "next_date_kind": coming.kind.value,
    }


def _summary_from(row) -> PlanSummary:
    return PlanSummary(
        id=row.id,
        child_name=row.child_name,
        preferred_name=row.preferred_name,
        status=PlanStatus(row.status),
        version=row.version,
        updated_at=row.updated_at,
        next_review_on=row.next_review_on,
        deleted_at=row.deleted_at,
        policy_pack=row.policy_pack,
        created_at=row.created_at,
        next_date=row.next_date,
        next_date_kind=row.next_date_kind,
    )


def _audit_values(
    plan_id: str, at: datetime, actor: str, action: str, detail: str, fingerprint: str | None
) -> dict:
    _check_action(action)
    _check_actor(actor)
    return {
        "plan_id": plan_id,
        "at": at,
        "actor": actor,
        "action": action,
        "detail": detail,
        "fingerprint": fingerprint,
        # Its identity wherever a sync takes it (coplan.store.sync sends each entry once).
        "uid": uuid.uuid4().hex,
    }


def _check_action(action: str) -> None:
    if not _ACTION.fullmatch(action):
        raise InvalidAuditEntry(
            "an audit action is a short lowercase phrase such as 'edited' or 'draft exported'"
        )


def _check_actor(actor: str) -> None:
    # One short line of visible text: a control or direction-override character in an actor would
    # forge or disguise a line of the trail (coplan.domain.text_safety).
    if (
        not isinstance(actor, str)
        or not actor.strip()
        or len(actor) > MAX_ACTOR_CHARS
        or "\n" in actor
        or "\r" in actor
        or first_unsafe(actor) is not None
    ):
        raise InvalidAuditEntry("every change needs an actor: who made it, on one short line")


def _mentions_any(text: str, names: Iterable[str]) -> bool:
    words = {word.casefold() for name in names for word in _NAME_WORD.findall(name)}
    said = {word.casefold() for word in _NAME_WORD.findall(text)}
    return bool(words & said)


def _upsert_for(dialect_name: str):
    """INSERT … ON CONFLICT DO UPDATE: one statement, the same on SQLite and PostgreSQL."""
    if dialect_name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    elif dialect_name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        raise StoreError(f"CoPlan stores plans in SQLite or PostgreSQL, not {dialect_name}")
    return dialect_insert
