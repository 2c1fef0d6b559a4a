"""The stages of a plan: new status names, and the next date the caseload shows and sorts by.

Revision ID: 0002
Revises: 0001
Created: 2026-12-01

- `plans.status`: "for_consultation" becomes "sent_for_consultation" and "agreed" becomes
  "final", as in the plan file `coplan-plan/2` (whose reader converts the stored `/1`
  documents on loading; documents and versions are history and are not rewritten here).
- `plans.next_date` and `plans.next_date_kind`: "Comments due 7 Dec", "Final plan due…",
  "Review due…", filled for existing plans from what their documents already say, the same
  way `coplan.domain.stages.next_date` does for a `/1` plan (which has no 20-week date).

Only columns are added (SQLite's ALTER TABLE ADD COLUMN, no table rebuild), so no foreign key
is touched; `migrate.py` turns them off around every upgrade all the same.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

RENAMED_STATUSES = {"for_consultation": "sent_for_consultation", "agreed": "final"}


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("next_date", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("next_date_kind", sa.String(32), nullable=False, server_default="")
        )
    op.create_index("ix_plans_next_date", "plans", ["next_date"])

    plans = sa.table(
        "plans",
        sa.column("id", sa.String),
        sa.column("status", sa.String),
        sa.column("next_review_on", sa.Date),
        sa.column("next_date", sa.Date),
        sa.column("next_date_kind", sa.String),
    )
    documents = sa.table(
        "plan_documents", sa.column("plan_id", sa.String), sa.column("document", sa.Text)
    )
    connection = op.get_bind()
    for old, new in RENAMED_STATUSES.items():
        connection.execute(plans.update().where(plans.c.status == old).values(status=new))
    rows = connection.execute(
        sa.select(
            plans.c.id, plans.c.status, plans.c.next_review_on, documents.c.document
        ).select_from(plans.outerjoin(documents, documents.c.plan_id == plans.c.id))
    ).all()
    for plan_id, status, next_review_on, document in rows:
        deadline = _comment_deadline(document) if status == "sent_for_consultation" else None
        if deadline is not None:
            values = {"next_date": deadline, "next_date_kind": "comments_due"}
        elif next_review_on is not None:
            values = {"next_date": next_review_on, "next_date_kind": "review_due"}
        else:
            continue
        connection.execute(plans.update().where(plans.c.id == plan_id).values(**values))


def _comment_deadline(document: str | None):
    from datetime import date

    try:
        value = json.loads(document or "{}").get("comment_deadline")
        return date.fromisoformat(value) if isinstance(value, str) else None
    except (ValueError, AttributeError):
        return None  # a document that does not say: the plan shows no date until next saved


def downgrade() -> None:
    op.drop_index("ix_plans_next_date", "plans")
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("next_date_kind")
        batch.drop_column("next_date")
    plans = sa.table("plans", sa.column("status", sa.String))
    for old, new in RENAMED_STATUSES.items():
        op.get_bind().execute(plans.update().where(plans.c.status == new).values(status=old))
