"""The tables, as typed SQLAlchemy models.

A plan is kept twice over, on purpose: its plan-file JSON document (the truth, read back exactly)
and a few summary columns copied from it so that the caseload can be listed, searched and sorted
without reading 10,000 documents. Documents live in their own table so that those caseload
queries scan small rows only.

Changing anything here needs a migration in `migrations/versions/` (see docs/storage.md); a test
compares these models with the migrated schema.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Fixed constraint names, so that migrations can name what they alter on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

PLAN_ID_LENGTH = 64  # the plan file's identifier pattern allows 1 to 64 characters
VERSION_ID_LENGTH = 32  # uuid4().hex
FINGERPRINT_LENGTH = 64  # a SHA-256 in hex
UID_LENGTH = 64  # an audit entry's identity across databases


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in UTC. SQLite keeps no time zone, so naive values read back are UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the store keeps aware datetimes only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PlanRow(Base):
    """One plan's caseload summary; deleting the row purges the plan's document and versions."""

    __tablename__ = "plans"

    id: Mapped[str] = mapped_column(String(PLAN_ID_LENGTH), primary_key=True)
    child_name: Mapped[str] = mapped_column(Text)
    preferred_name: Mapped[str] = mapped_column(Text)
    # casefold(full name) + SEARCH_SEPARATOR + casefold(preferred name): one column serves
    # case-insensitive substring search and the alphabetical caseload order, on every database.
    search_name: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    next_review_on: Mapped[date | None] = mapped_column(Date)
    # The date the caseload shows, from the plan's stage (`domain.stages.next_date`): the last
    # day for comments, the final plan's 20-week date, or the next review; and which it is.
    next_date: Mapped[date | None] = mapped_column(Date)
    next_date_kind: Mapped[str] = mapped_column(String(32), server_default="")
    policy_pack: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # set while in the bin
    # How many times the plan was saved. A save names the revision it replaces and is refused
    # when the row has moved on: no window or officer overwrites another's edit unseen.
    revision: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __table_args__ = (
        # The caseload: live plans in name order, and the filters and sorts it offers.
        Index("ix_plans_deleted_at_search_name", "deleted_at", "search_name"),
        Index("ix_plans_updated_at", "updated_at"),
        Index("ix_plans_next_review_on", "next_review_on"),
        Index("ix_plans_status_search_name", "status", "search_name"),
        Index("ix_plans_next_date", "next_date"),
    )


class PlanOpeningRow(Base):
    """A window that has a plan open: who, on which computer, since when, last seen. Rows of a
    window that crashed go stale (`seen_at` stops moving) and are ignored, then removed."""

    __tablename__ = "plan_openings"

    id: Mapped[str] = mapped_column(String(VERSION_ID_LENGTH), primary_key=True)  # uuid4().hex
    plan_id: Mapped[str] = mapped_column(
        String(PLAN_ID_LENGTH), ForeignKey("plans.id", ondelete="CASCADE"), index=True
    )
    actor: Mapped[str] = mapped_column(Text)
    computer: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PlanDocumentRow(Base):
    """The plan-file JSON text of a plan's current state, exactly as `plan_file.dumps` wrote it."""

    __tablename__ = "plan_documents"

    plan_id: Mapped[str] = mapped_column(
        String(PLAN_ID_LENGTH), ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True
    )
    document: Mapped[str] = mapped_column(Text)


class PlanVersionRow(Base):
    """An immutable copy of a plan at a moment that matters (a draft exported, a signature)."""

    __tablename__ = "plan_versions"

    id: Mapped[str] = mapped_column(String(VERSION_ID_LENGTH), primary_key=True)
    plan_id: Mapped[str] = mapped_column(
        String(PLAN_ID_LENGTH), ForeignKey("plans.id", ondelete="CASCADE"), index=True
    )
    plan_version: Mapped[int] = mapped_column(Integer)  # the plan's own version number
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    fingerprint: Mapped[str] = mapped_column(String(FINGERPRINT_LENGTH))  # SHA-256 of document
    document: Mapped[str] = mapped_column(Text)


class AuditEntryRow(Base):
    """Who did what to which plan, and when. Append-only; outlives a purge, so no foreign key
    and never personal data: actions, ids and fingerprints only."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    plan_id: Mapped[str] = mapped_column(String(PLAN_ID_LENGTH), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str | None] = mapped_column(String(FINGERPRINT_LENGTH))
    # The entry's identity in every database it reaches (a laptop, the team's): a sync sends an
    # entry once, however often it is interrupted. uuid4().hex for new entries; entries older
    # than schema 0004 got "<database id>-<id>". Always set by the store (nullable only because
    # SQLite cannot add a NOT NULL column without a default).
    uid: Mapped[str | None] = mapped_column(String(UID_LENGTH), index=True, unique=True)


class StoreIdentityRow(Base):
    """One row: this database's own identity, made when it was created (or upgraded to 0004).
    A laptop is known by it in the team's holdings; a team database by it in `sync_peers`."""

    __tablename__ = "store_identity"

    id: Mapped[str] = mapped_column(String(VERSION_ID_LENGTH), primary_key=True)  # uuid4().hex
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class HoldingRow(Base):
    """On the team database: which laptop (and officer) holds a plan, since when, last synced."""

    __tablename__ = "holdings"

    plan_id: Mapped[str] = mapped_column(
        String(PLAN_ID_LENGTH), ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True
    )
    laptop_id: Mapped[str] = mapped_column(String(VERSION_ID_LENGTH), index=True)
    officer: Mapped[str] = mapped_column(Text)
    computer: Mapped[str] = mapped_column(Text)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncPeerRow(Base):
    """On a laptop: the team database it syncs with (one row), and how the last sync went."""

    __tablename__ = "sync_peers"

    team_id: Mapped[str] = mapped_column(String(VERSION_ID_LENGTH), primary_key=True)
    team_url: Mapped[str] = mapped_column(Text)  # shown without its password
    first_synced_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # ran to the end
    last_error: Mapped[str] = mapped_column(Text, server_default="")


class SyncStateRow(Base):
    """On a laptop: where each plan stood at its last sync, so that a sync knows which side
    changed since, and a conflict waits here (with the team's copy) until the officer decides.

    No foreign key: the row outlives a plan erased on the laptop (local_revision -1, nothing
    else kept) until the next sync hands the plan back to the team."""

    __tablename__ = "sync_states"

    plan_id: Mapped[str] = mapped_column(String(PLAN_ID_LENGTH), primary_key=True)
    # The team's revision and the laptop's revision when both last held the same document
    # (its fingerprint). 0 for the laptop: "send it up" (never a stored revision).
    team_revision: Mapped[int] = mapped_column(Integer)
    local_revision: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str | None] = mapped_column(String(FINGERPRINT_LENGTH))
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Whether the plan was in the bin at its last sync (both sides agreed). Moving a plan in or
    # out of the bin does not change its document; a side whose bin state moved since is
    # followed by the other (both moving can only mean the same move).
    in_bin: Mapped[bool | None] = mapped_column(Boolean)
    # A conflict waiting for the officer: the team's revision and document, who saved it, when.
    conflict_revision: Mapped[int | None] = mapped_column(Integer)
    conflict_document: Mapped[str | None] = mapped_column(Text)
    conflict_by: Mapped[str] = mapped_column(Text, server_default="")
    conflict_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    conflict_found_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
