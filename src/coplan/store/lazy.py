"""A store that shows the caseload at once and loads SQLAlchemy when it is first needed.

    lazy = lazy_store(data_dir, database_url)   # None: open_store(...) as usual
    lazy.count_plans(); lazy.list_plans(limit=200)   # sqlite3 only (quick.QuickCaseload)
    lazy.open_now()                              # the real Store (the app calls it just after
                                                 # showing the window)
    lazy.save(plan, actor=...)                   # anything else opens the real store first

Neither this module nor `quick` imports SQLAlchemy; a test checks, in a fresh interpreter.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coplan import paths
from coplan.domain.model import PlanStatus

from .crypto import DatabaseKey, caseload_state
from .layout import DATABASE_FILE_NAME
from .quick import QuickCaseload, QuickReadRefused
from .records import PlanSummary


def _has_plain_backups(folder: Path) -> bool:
    from .backup import BACKUPS_FOLDER_NAME, list_backups
    from .crypto import is_plain_sqlite

    return any(is_plain_sqlite(b) for b in list_backups(folder / BACKUPS_FOLDER_NAME))


if TYPE_CHECKING:
    from .repository import Store


class LazyStore:
    """Quacks like `Store`. `list_plans` and `count_plans` are read by a `QuickCaseload` until
    the real store is open; any other attribute opens it (once) and is the real store's."""

    is_shared = False  # a LazyStore is only ever a SQLite file of this computer

    def __init__(self, quick: QuickCaseload, opener: Callable[[], Store]) -> None:
        self._quick: QuickCaseload | None = quick
        self._opener = opener
        self._store: Store | None = None

    @property
    def is_open(self) -> bool:
        """Whether the real store has been opened (and SQLAlchemy loaded)."""
        return self._store is not None

    def open_now(self) -> Store:
        """Open the real store, once; StoreError if it cannot be opened (try again later)."""
        if self._store is None:
            self._store = self._opener()
            self._quick = None
        return self._store

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
        arguments = {
            "search": search,
            "status": status,
            "review_due_before": review_due_before,
            "include_deleted": include_deleted,
            "only_deleted": only_deleted,
            "order_by": order_by,
            "descending": descending,
            "limit": limit,
            "offset": offset,
        }
        if self._quick is not None:
            try:
                return self._quick.list_plans(**arguments)
            except QuickReadRefused:
                self._quick = None  # the real store answers from now on
        return self.open_now().list_plans(**arguments)

    def count_plans(
        self,
        search: str = "",
        status: PlanStatus | str | Iterable[PlanStatus | str] | None = None,
        review_due_before: date | None = None,
        include_deleted: bool = False,
        only_deleted: bool = False,
    ) -> int:
        arguments = {
            "search": search,
            "status": status,
            "review_due_before": review_due_before,
            "include_deleted": include_deleted,
            "only_deleted": only_deleted,
        }
        if self._quick is not None:
            try:
                return self._quick.count_plans(**arguments)
            except QuickReadRefused:
                self._quick = None
        return self.open_now().count_plans(**arguments)

    def __getattr__(self, name: str) -> Any:
        # Only for what LazyStore itself lacks: save, load, summary, engine, url, close, …
        if name.startswith("__") or name in ("_quick", "_opener", "_store"):
            raise AttributeError(name)
        return getattr(self.open_now(), name)

    def __enter__(self) -> LazyStore:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "open" if self._store is not None else "not yet open"
        return f"<LazyStore ({state})>"


def lazy_store(
    data_dir: str | os.PathLike | None = None,
    database_url: str | None = None,
    *,
    key: DatabaseKey | None = None,
) -> LazyStore | None:
    """A LazyStore over what `open_store(data_dir, database_url, key=key)` would open, when
    that is the default SQLite file of a data folder, exists, is encrypted with `key` (or plain
    when `key` is None) and is at the head revision; otherwise None (PostgreSQL, another URL, a
    database to create, encrypt or migrate): call `open_store` then."""
    url = database_url or (None if data_dir else os.environ.get(paths.DATABASE_URL_ENV)) or None
    if url is not None:
        return None  # the same choice as open_store: a URL given beats the data folder
    folder = paths.data_dir(data_dir)
    database_file = Path(folder) / DATABASE_FILE_NAME
    expected = "encrypted" if key is not None else "plain"
    if caseload_state(database_file) != expected:
        return None  # to create, or to encrypt (open_store does it)
    if key is not None and _has_plain_backups(Path(folder)):
        return None  # open_store encrypts them before anything else
    try:
        quick = QuickCaseload(database_file, key=key)
    except QuickReadRefused:
        return None

    def opener() -> Store:
        from .startup import open_store

        return open_store(folder, key=key, plain=key is None)  # the very file read above

    return LazyStore(quick, opener)
