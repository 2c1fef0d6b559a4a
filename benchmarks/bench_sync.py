"""Sync timings (issue 15): the first sync of a 1,000-plan caseload, and a sync of 50 changed
plans, from an encrypted laptop store to a real PostgreSQL team database.

    scripts/with-postgres .venv/bin/python benchmarks/bench_sync.py
    scripts/with-postgres .venv/bin/python benchmarks/run.py sync

Needs a PostgreSQL server: COPLAN_TEST_POSTGRES_URL (an admin URL; scripts/with-postgres sets
one). Each figure has its baseline measured in the same run against the same server: a bare
PostgreSQL copy of the same rows (the plans' summaries, documents and audit entries) with
psycopg, in one transaction, with no sync logic at all: COPY for the first sync, plain UPDATEs
and INSERTs for the 50 changed plans.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from common import generated_plan, row
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from coplan.store import open_store
from coplan.store.models import AuditEntryRow, PlanDocumentRow, PlanRow
from coplan.store.sync import open_team, sync_caseload

CASELOAD = 1_000
CHANGED = 50
LINES = 20  # provision lines per plan: a typical plan, not the 200-line worst case
PASSPHRASE = "benchmark passphrase, not a real one"
REPEATS = 3


def _admin():
    url = os.environ.get("COPLAN_TEST_POSTGRES_URL")
    if not url:
        return None
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, isolation_level="AUTOCOMMIT", poolclass=NullPool)


class _Database:
    """A throw-away database on the server, dropped afterwards."""

    def __init__(self, admin) -> None:
        self.admin = admin
        self.name = f"coplan_bench_{uuid.uuid4().hex[:12]}"
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{self.name}"')
        self.url = admin.url.set(database=self.name).render_as_string(hide_password=False)

    def drop(self) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _plan(number: int):
    plan = generated_plan(lines=LINES, outcomes=3, name=f"Bench Child{number}")
    plan.id = f"bench-{number:05}"
    return plan


def _laptop_template(folder: Path) -> Path:
    """An encrypted laptop data folder holding the caseload, never synced."""
    template = folder / "template"
    with open_store(data_dir=template, passphrase=PASSPHRASE) as store:
        for start in range(0, CASELOAD, 250):
            store.save_many(
                [_plan(n) for n in range(start, min(CASELOAD, start + 250))], actor="benchmark"
            )
    return template


def _copy_laptop(template: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copytree(template, target)
    return target


def _rows(store) -> tuple[list, list, list]:
    """The rows a sync moves, read from the laptop: summaries, documents, audit entries."""
    with store.engine.connect() as connection:
        plans = connection.execute(select(*PlanRow.__table__.c)).all()
        documents = connection.execute(select(*PlanDocumentRow.__table__.c)).all()
        audit = connection.execute(
            select(*[c for c in AuditEntryRow.__table__.c if c.name != "id"])
        ).all()
    return plans, documents, audit


def _bare_copy(admin, plans, documents, audit) -> float:
    """COPY the same rows into the same tables of a fresh database, one transaction (ms)."""
    database = _Database(admin)
    try:
        team = open_team(database.url, upgrade=True)  # the same schema, by the migrations
        team.close()
        import psycopg

        conninfo = make_url(database.url).set(drivername="postgresql")
        with psycopg.connect(conninfo.render_as_string(hide_password=False)) as connection:
            started = time.perf_counter()
            with connection.cursor() as cursor:
                for table, rows in (
                    ("plans", plans),
                    ("plan_documents", documents),
                    ("audit_entries", audit),
                ):
                    columns = ", ".join(rows[0]._fields)
                    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                        for values in rows:
                            copy.write_row(tuple(values))
            connection.commit()
            return (time.perf_counter() - started) * 1000
    finally:
        database.drop()


def _bare_update(team_url: str, changed_documents: list[tuple[str, str]]) -> float:
    """UPDATE the same 50 plans' summaries and documents and INSERT their audit entries (ms)."""
    import psycopg

    conninfo = make_url(team_url).set(drivername="postgresql")
    with psycopg.connect(conninfo.render_as_string(hide_password=False)) as connection:
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE plans SET updated_at = now(), revision = revision + 1 WHERE id = %s",
                [(plan_id,) for plan_id, _ in changed_documents],
            )
            cursor.executemany(
                "UPDATE plan_documents SET document = %s WHERE plan_id = %s",
                [(document, plan_id) for plan_id, document in changed_documents],
            )
            cursor.executemany(
                "INSERT INTO audit_entries (plan_id, at, actor, action, detail, uid) "
                "VALUES (%s, now(), 'benchmark', 'edited', '', %s)",
                [(plan_id, uuid.uuid4().hex) for plan_id, _ in changed_documents],
            )
        connection.commit()
        return (time.perf_counter() - started) * 1000


def measure() -> list[dict]:
    admin = _admin()
    if admin is None:
        print("bench_sync: COPLAN_TEST_POSTGRES_URL is not set; run under scripts/with-postgres")
        return []
    first, first_bare, changed, changed_bare = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="coplan-bench-sync-") as scratch:
        folder = Path(scratch)
        template = _laptop_template(folder)
        for repeat in range(REPEATS):
            database = _Database(admin)
            try:
                team = open_team(database.url, upgrade=True)
                laptop = open_store(
                    data_dir=_copy_laptop(template, folder, f"laptop{repeat}"),
                    passphrase=PASSPHRASE,
                )
                try:
                    started = time.perf_counter()
                    report = sync_caseload(laptop, team, officer="benchmark")
                    first.append((time.perf_counter() - started) * 1000)
                    assert report.in_step and len(report.sent) == CASELOAD, report.words()
                    first_bare.append(_bare_copy(admin, *_rows(laptop)))

                    edited = []
                    for number in range(0, CASELOAD, CASELOAD // CHANGED):
                        plan, revision = laptop.load_with_revision(f"bench-{number:05}")
                        plan.what_matters.append(f"Changed in the meeting ({repeat})")
                        laptop.save(plan, actor="benchmark", replaces=revision)
                        edited.append(plan.id)
                    started = time.perf_counter()
                    report = sync_caseload(laptop, team, officer="benchmark")
                    changed.append((time.perf_counter() - started) * 1000)
                    assert report.in_step and len(report.sent) == CHANGED, report.words()
                    with laptop.engine.connect() as connection:
                        documents = connection.execute(
                            select(PlanDocumentRow.plan_id, PlanDocumentRow.document).where(
                                PlanDocumentRow.plan_id.in_(edited)
                            )
                        ).all()
                    changed_bare.append(_bare_update(database.url, [tuple(d) for d in documents]))
                finally:
                    laptop.close()
                    team.close()
            finally:
                database.drop()
    admin.dispose()
    return [
        row(
            f"first sync of a {CASELOAD:,}-plan caseload ({LINES}-line plans, encrypted laptop "
            "→ PostgreSQL)",
            statistics.median(first),
            "bare COPY of the same rows",
            statistics.median(first_bare),
        ),
        row(
            f"sync of {CHANGED} changed plans in that caseload",
            statistics.median(changed),
            "bare UPDATE/INSERT of the same rows",
            statistics.median(changed_bare),
        ),
    ]


if __name__ == "__main__":
    for entry in measure():
        ratio = entry["ms"] / entry["baseline_ms"]
        print(
            f"{entry['name']}: {entry['ms']:.0f} ms; {entry['baseline_name']}: "
            f"{entry['baseline_ms']:.0f} ms; ratio {ratio:.1f}"
        )
