"""Two laptops and a team database, for the sync tests (test_sync*.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from coplan.store import Store, open_store
from coplan.store.models import AuditEntryRow, PlanVersionRow
from coplan.store.sync import TeamDatabase, open_team


def team_url(database) -> str:
    """The `database` fixture's URL as a team database (a SQLite file on the sqlite run)."""
    if database.url is None:
        database.data_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite+pysqlite:///{database.data_dir / 'team.db'}"
    return database.url


@dataclass
class Office:
    """The team database and two laptops (two data folders)."""

    team: TeamDatabase
    laptops: dict[str, Store]
    url: str

    def close(self) -> None:
        for laptop in self.laptops.values():
            laptop.close()
        self.team.close()

    def team_store(self) -> Store:
        """The team database through the ordinary store (as an office PC on it would be)."""
        return Store(self.team.engine)


def make_office(database, tmp_path: Path) -> Office:
    url = team_url(database)
    team = open_team(url, upgrade=True)  # as IT sets it up: coplan team upgrade
    laptops = {name: open_store(data_dir=tmp_path / name) for name in ("a", "b")}
    return Office(team, laptops, url)


def documents(store: Store) -> dict[str, str]:
    """Every plan's stored document, by id."""
    from coplan.store.models import PlanDocumentRow

    with store.engine.connect() as connection:
        rows = connection.execute(select(PlanDocumentRow.plan_id, PlanDocumentRow.document))
        return {row.plan_id: row.document for row in rows}


def audit_uids(store: Store, plan_id: str | None = None) -> list[str]:
    query = select(AuditEntryRow.uid).order_by(AuditEntryRow.id)
    if plan_id is not None:
        query = query.where(AuditEntryRow.plan_id == plan_id)
    with store.engine.connect() as connection:
        return list(connection.execute(query).scalars())


def version_ids(store: Store) -> set[str]:
    with store.engine.connect() as connection:
        return set(connection.execute(select(PlanVersionRow.id)).scalars())
