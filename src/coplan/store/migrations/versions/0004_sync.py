"""Syncing a laptop's caseload with the team's database: identities, holdings, sync states.

Revision ID: 0004
Revises: 0003
Created: 2026-12-01

The same migration runs on a laptop's SQLite file and on the team's PostgreSQL database; each
side uses the tables it needs and leaves the others empty.

- `store_identity`: one row, this database's own identity (a random hex id, made here).
- `audit_entries.uid`: an entry's identity in every database it reaches, so that a sync sends
  each entry exactly once. Entries already there get "<this database's id>-<their id>"; the
  append-only trigger is set aside for that one UPDATE and put back as it was.
- `holdings` (the team's): which laptop and officer hold a plan, since when, last synced.
- `sync_peers` (a laptop's): the team database it syncs with and how the last sync went.
- `sync_states` (a laptop's): where each plan stood at its last sync, and a conflict waiting.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen history: 0001's trigger, re-created exactly after the one-off UPDATE on SQLite.
SQLITE_AUDIT_NO_UPDATE = """CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END"""


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    identity = uuid.uuid4().hex
    moment = datetime.now(UTC)

    identity_table = op.create_table(
        "store_identity",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_store_identity"),
    )
    op.bulk_insert(
        identity_table,
        [
            {
                "id": identity,
                "created_at": moment.replace(tzinfo=None) if dialect == "sqlite" else moment,
            }
        ],
    )

    # A nullable column is a plain ALTER TABLE on SQLite (no rebuild, triggers untouched).
    op.add_column("audit_entries", sa.Column("uid", sa.String(64), nullable=True))
    fill = sa.text("UPDATE audit_entries SET uid = :prefix || CAST(id AS VARCHAR(20))")
    if dialect == "sqlite":
        op.execute("DROP TRIGGER audit_entries_no_update")
        bind.execute(fill, {"prefix": f"{identity}-"})
        op.execute(SQLITE_AUDIT_NO_UPDATE)
    else:
        op.execute("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update")
        bind.execute(fill, {"prefix": f"{identity}-"})
        op.execute("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_update")
    op.create_index("ix_audit_entries_uid", "audit_entries", ["uid"], unique=True)

    op.create_table(
        "holdings",
        sa.Column("plan_id", sa.String(64), nullable=False),
        sa.Column("laptop_id", sa.String(32), nullable=False),
        sa.Column("officer", sa.Text(), nullable=False),
        sa.Column("computer", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name="fk_holdings_plan_id_plans", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("plan_id", name="pk_holdings"),
    )
    op.create_index("ix_holdings_laptop_id", "holdings", ["laptop_id"])

    op.create_table(
        "sync_peers",
        sa.Column("team_id", sa.String(32), nullable=False),
        sa.Column("team_url", sa.Text(), nullable=False),
        sa.Column("first_synced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("team_id", name="pk_sync_peers"),
    )

    op.create_table(
        "sync_states",
        sa.Column("plan_id", sa.String(64), nullable=False),
        sa.Column("team_revision", sa.Integer(), nullable=False),
        sa.Column("local_revision", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=True),
        sa.Column("synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("in_bin", sa.Boolean(), nullable=True),
        sa.Column("conflict_revision", sa.Integer(), nullable=True),
        sa.Column("conflict_document", sa.Text(), nullable=True),
        sa.Column("conflict_by", sa.Text(), nullable=False, server_default=""),
        sa.Column("conflict_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("conflict_found_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("plan_id", name="pk_sync_states"),
    )


def downgrade() -> None:
    op.drop_table("sync_states")
    op.drop_table("sync_peers")
    op.drop_index("ix_holdings_laptop_id", table_name="holdings")
    op.drop_table("holdings")
    op.drop_index("ix_audit_entries_uid", table_name="audit_entries")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE audit_entries DROP COLUMN uid")
    else:
        op.drop_column("audit_entries", "uid")
    op.drop_table("store_identity")
