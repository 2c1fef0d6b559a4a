"""Where plans live: one SQLite file on the laptop by default, or a PostgreSQL database.

    store = open_store()                   # creates and migrates the database when needed
    store.save(plan, actor="j.smith")
    store.list_plans(search="amira")

Importing this package loads SQLAlchemy but not Alembic: Alembic is imported only when a
database actually needs creating or upgrading. See docs/storage.md.
"""

from .errors import InvalidAuditEntry, InvalidPlan, MigrationError, PlanNotFound, StoreError
from .records import AuditEntry, PlanSummary, PlanVersion
from .repository import Store
from .startup import open_store

__all__ = [
    "AuditEntry",
    "InvalidAuditEntry",
    "InvalidPlan",
    "MigrationError",
    "PlanNotFound",
    "PlanSummary",
    "PlanVersion",
    "Store",
    "StoreError",
    "open_store",
]
