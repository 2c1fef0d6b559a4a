"""The caseload read straight from the SQLite file, before SQLAlchemy is loaded.

Importing SQLAlchemy takes about 0.4 s, half of CoPlan's start. The caseload window needs only
two questions answered to show its first page, "how many plans?" and "which ones, in which
order?", so `QuickCaseload` answers them with the standard library's sqlite3, read-only, and
`LazyStore` (lazy.py) loads the real store just after the window is shown.

It answers exactly as `Store.list_plans` and `Store.count_plans` do (tests compare the two over
many combinations): the same filters, search folding, orders and pages, and the same decoding
of moments (naive text read back as UTC, like `models.UTCDateTime`) and dates. It reads only a
SQLite file that exists and is stamped with `layout.HEAD_REVISION`; anything else (PostgreSQL,
a database to create or migrate) is refused with `QuickReadRefused` and left to `open_store`.
Every call opens its own read-only connection and closes it before returning. An encrypted
caseload is read the same way through `sqlcipher3` (the same API, SQLCipher inside), keyed with
the key derived from the officer's passphrase; it is given only after the passphrase.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from coplan.domain.model import PlanStatus

from .crypto import DatabaseKey, key_connection
from .errors import StoreError
from .layout import HEAD_REVISION, VERSION_TABLE
from .records import PlanSummary
from .search import search_needle

# The same as `caseload.ORDERINGS`; a test keeps them equal.
ORDERINGS = ("child_name", "updated_at", "next_review_on", "status", "next_date")

# How long a read waits for a writer holding a lock it needs (rare in WAL mode), as the store.
BUSY_TIMEOUT_SECONDS = 15

# As SQLAlchemy's `contains(..., autoescape=True)`: "/" escapes itself, "%" and "_".
_ESCAPE = "/"

_SUMMARY_COLUMNS = (
    "id, child_name, preferred_name, status, version, updated_at, next_review_on, deleted_at, "
    "policy_pack, created_at, next_date, next_date_kind"
)


class QuickReadRefused(StoreError):
    """The quick reader cannot answer for this database; open the real store instead."""


class QuickCaseload:
    """`list_plans` and `count_plans` of a current SQLite database, without SQLAlchemy.

    Raises QuickReadRefused when the file is missing or not at the head revision, and from
    any call when that is no longer so (or SQLite fails): the caller then opens the store.
    """

    def __init__(self, database_file: str | Path, key: DatabaseKey | None = None) -> None:
        self.database_file = Path(database_file).resolve()
        self._key = key
        if not self.database_file.is_file():
            raise QuickReadRefused("there is no database file to read")
        self._uri = self.database_file.as_uri() + "?mode=ro"
        with self._reading():
            pass  # checks the revision

    # -- the store's caseload API -----------------------------------------------------------
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
        """As `Store.list_plans`."""
        where, parameters = _where(
            search=search,
            status=status,
            review_due_before=review_due_before,
            include_deleted=include_deleted,
            only_deleted=only_deleted,
        )
        order, order_parameters = _order(order_by, descending=descending)
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM plans{where} ORDER BY {order}"
        parameters += order_parameters
        if limit is not None or offset:
            # As SQLAlchemy on SQLite: an offset without a limit is LIMIT -1 (no limit).
            sql += " LIMIT ? OFFSET ?"
            parameters += [-1 if limit is None else limit, offset or 0]
        with self._reading() as connection:
            rows = connection.execute(sql, parameters).fetchall()
        return [_summary_from(row) for row in rows]

    def count_plans(
        self,
        search: str = "",
        status: PlanStatus | str | Iterable[PlanStatus | str] | None = None,
        review_due_before: date | None = None,
        include_deleted: bool = False,
        only_deleted: bool = False,
    ) -> int:
        """As `Store.count_plans`."""
        where, parameters = _where(
            search=search,
            status=status,
            review_due_before=review_due_before,
            include_deleted=include_deleted,
            only_deleted=only_deleted,
        )
        with self._reading() as connection:
            (count,) = connection.execute(
                f"SELECT count(*) FROM plans{where}", parameters
            ).fetchone()
        return count

    # -- the connection ---------------------------------------------------------------------
    @contextlib.contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection to a database at head, closed afterwards."""
        module = sqlite3
        if self._key is not None:
            from sqlcipher3 import dbapi2 as module
        try:
            connection = module.connect(
                self._uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
            )
        except module.Error as exc:
            raise QuickReadRefused(f"cannot read the database: {type(exc).__name__}") from exc
        try:
            try:
                if self._key is not None:
                    key_connection(connection, self._key)
                stamped = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
            except module.Error as exc:
                raise QuickReadRefused(f"no schema revision: {type(exc).__name__}") from exc
            if stamped != [(HEAD_REVISION,)]:
                raise QuickReadRefused("the database is not at this CoPlan's schema revision")
            try:
                yield connection
            except module.Error as exc:
                raise QuickReadRefused(f"cannot read the caseload: {type(exc).__name__}") from exc
        finally:
            connection.close()


def _where(
    *,
    search: str,
    status: PlanStatus | str | Iterable[PlanStatus | str] | None,
    review_due_before: date | None,
    include_deleted: bool,
    only_deleted: bool,
) -> tuple[str, list]:
    """As `caseload.filtered`: the WHERE clause (or "") and its parameters."""
    conditions: list[str] = []
    parameters: list = []
    needle = search_needle(search)
    if needle:
        escaped = (
            needle.replace(_ESCAPE, _ESCAPE + _ESCAPE)
            .replace("%", _ESCAPE + "%")
            .replace("_", _ESCAPE + "_")
        )
        conditions.append(f"search_name LIKE '%' || ? || '%' ESCAPE '{_ESCAPE}'")
        parameters.append(escaped)
    if status is not None:
        wanted = [status] if isinstance(status, str) else list(status)
        values = [PlanStatus(s).value for s in wanted]
        if values:
            conditions.append(f"status IN ({', '.join('?' for _ in values)})")
            parameters += values
        else:
            conditions.append("1 != 1")  # SQLAlchemy's empty IN: nothing matches
    if review_due_before is not None:
        conditions.append("next_review_on < ?")
        parameters.append(_bound(review_due_before))
    if only_deleted:
        conditions.append("deleted_at IS NOT NULL")
    elif not include_deleted:
        conditions.append("deleted_at IS NULL")
    where = " WHERE " + " AND ".join(f"({c})" for c in conditions) if conditions else ""
    return where, parameters


def _order(order_by: str, *, descending: bool) -> tuple[str, list]:
    """As `caseload.ordered`: every order ends in the id, so pages never overlap."""
    if order_by not in ORDERINGS:
        raise ValueError(f"order_by must be one of {', '.join(ORDERINGS)}, not {order_by!r}")
    direction = "DESC" if descending else "ASC"
    if order_by == "child_name":
        return f"search_name {direction}, id", []
    if order_by == "updated_at":
        return f"updated_at {direction}, id", []
    if order_by == "next_review_on":
        # Plans with no review date go last either way: they are not due.
        return f"next_review_on {direction} NULLS LAST, search_name, id", []
    if order_by == "next_date":
        return f"next_date {direction} NULLS LAST, search_name, id", []
    # Status sorts as the plan moves on (draft, sent for consultation, final), not alphabetically.
    statuses = list(PlanStatus)
    whens = " ".join("WHEN ? THEN ?" for _ in statuses)
    parameters: list = []
    for position, plan_status in enumerate(statuses):
        parameters += [plan_status.value, position]
    parameters.append(len(statuses))
    return f"CASE status {whens} ELSE ? END {direction}, search_name, id", parameters


def _bound(value: object) -> object:
    """`value` as SQLAlchemy binds it on SQLite, which picks the type from the Python value:
    a date as its Date text, a datetime as its DateTime text (compared with the date text, a
    moment on a review day counts that day as before it), anything else as it is."""
    if isinstance(value, datetime):
        return (
            f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
            f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
        )
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return value


def _moment(value: str | None) -> datetime | None:
    """As `models.UTCDateTime` over SQLAlchemy's SQLite `DateTime`: naive text is UTC."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _summary_from(row: tuple) -> PlanSummary:
    (
        plan_id,
        child_name,
        preferred_name,
        status,
        version,
        updated_at,
        next_review_on,
        deleted_at,
        policy_pack,
        created_at,
        next_date,
        next_date_kind,
    ) = row
    return PlanSummary(
        id=plan_id,
        child_name=child_name,
        preferred_name=preferred_name,
        status=PlanStatus(status),
        version=version,
        updated_at=_moment(updated_at),
        next_review_on=_date(next_review_on),
        deleted_at=_moment(deleted_at),
        policy_pack=policy_pack,
        created_at=_moment(created_at),
        next_date=_date(next_date),
        next_date_kind=next_date_kind,
    )
