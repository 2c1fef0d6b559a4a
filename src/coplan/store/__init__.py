"""Where plans live: one SQLite file on the laptop by default, or a PostgreSQL database.

    store = open_store()                   # creates and migrates the database when needed
    store.save(plan, actor="j.smith")
    store.list_plans(search="amira")

`Store` and `open_store` load SQLAlchemy when first used (module `__getattr__`), so that
`coplan.store.quick` and `coplan.store.lazy` can show the caseload before it is loaded; the
errors and records are plain Python. Alembic is imported only when a database actually needs
creating or upgrading. See docs/storage.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    InvalidAuditEntry,
    InvalidPlan,
    MigrationError,
    PlanConflict,
    PlanNotFound,
    StoreError,
)
from .records import AuditEntry, PlanOpening, PlanSummary, PlanVersion

if TYPE_CHECKING:
    from .repository import Store
    from .startup import open_store

__all__ = [
    "AuditEntry",
    "InvalidAuditEntry",
    "InvalidPlan",
    "MigrationError",
    "PlanConflict",
    "PlanNotFound",
    "PlanOpening",
    "PlanSummary",
    "PlanVersion",
    "Store",
    "StoreError",
    "open_store",
]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from .repository import Store

        return Store
    if name == "open_store":
        from .startup import open_store

        return open_store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
