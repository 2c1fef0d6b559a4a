"""Revisions against lost updates, who has a plan open, and erasure of a plan's audit lines.

Revision ID: 0003
Revises: 0002
Created: 2026-12-01

- `plans.revision`: how many times the plan was saved. A save names the revision it replaces and
  is refused when the row has moved on (a conditional UPDATE), so two windows or two officers
  can never overwrite each other's edits unseen. Existing plans start at revision 1.
- `plan_openings`: one row per window that has a plan open (who, on which computer, since when,
  last seen), so that the team's caseload can say who is working on a plan.
- The audit trail stays append-only, with one exception: the lines of a plan that has been
  erased (its "erased" line is already written) may be deleted; the "erased" line itself never.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen history: these statements never import today's models.
SQLITE_AUDIT_DELETE = """
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
WHEN OLD.action = 'erased' OR NOT EXISTS (
    SELECT 1 FROM audit_entries AS erasure
    WHERE erasure.plan_id = OLD.plan_id AND erasure.action = 'erased')
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END
"""
SQLITE_AUDIT_DELETE_0001 = """
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END
"""
POSTGRESQL_AUDIT_DELETE = [
    """CREATE FUNCTION coplan_audit_delete_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF OLD.action <> 'erased' AND EXISTS (
              SELECT 1 FROM audit_entries AS erasure
              WHERE erasure.plan_id = OLD.plan_id AND erasure.action = 'erased') THEN
           RETURN OLD;
         END IF;
         RAISE EXCEPTION 'audit entries are append-only';
       END $$""",
    """CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
       FOR EACH ROW EXECUTE FUNCTION coplan_refuse_change()""",
    """CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
       FOR EACH ROW EXECUTE FUNCTION coplan_audit_delete_guard()""",
]
POSTGRESQL_AUDIT_DELETE_0001 = [
    "DROP TRIGGER audit_entries_no_update ON audit_entries",
    "DROP TRIGGER audit_entries_no_delete ON audit_entries",
    "DROP FUNCTION coplan_audit_delete_guard()",
    """CREATE TRIGGER audit_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entries
       FOR EACH ROW EXECUTE FUNCTION coplan_refuse_change()""",
]


def upgrade() -> None:
    # Adding a NOT NULL column with a default is a plain ALTER TABLE on SQLite: no rebuild.
    op.add_column(
        "plans",
        sa.Column("revision", sa.Integer(), nullable=False, server_default=sa.text("1")),
    )
    op.create_table(
        "plan_openings",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("plan_id", sa.String(64), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("computer", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name="fk_plan_openings_plan_id_plans", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_plan_openings"),
    )
    op.create_index("ix_plan_openings_plan_id", "plan_openings", ["plan_id"])

    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER audit_entries_no_delete")
        op.execute(SQLITE_AUDIT_DELETE)
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER audit_entries_no_update_or_delete ON audit_entries")
        for statement in POSTGRESQL_AUDIT_DELETE:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER audit_entries_no_delete")
        op.execute(SQLITE_AUDIT_DELETE_0001)
    elif dialect == "postgresql":
        for statement in POSTGRESQL_AUDIT_DELETE_0001:
            op.execute(statement)
    op.drop_index("ix_plan_openings_plan_id", table_name="plan_openings")
    op.drop_table("plan_openings")
    if dialect == "sqlite":
        # In place (SQLite 3.35+), not a batch rebuild: rebuilding `plans` on a connection with
        # foreign keys on would empty plan_documents and plan_versions through ON DELETE CASCADE.
        op.execute("ALTER TABLE plans DROP COLUMN revision")
    else:
        op.drop_column("plans", "revision")
