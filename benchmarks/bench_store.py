"""Store timings: saving an edited 200-line plan (≤ 20 ms), searching 10,000 plans (≤ 50 ms),
on an encrypted caseload (SQLCipher, as every officer's is) and, for the cost of encryption, on
a plain one.

    .venv/bin/python benchmarks/bench_store.py      this module alone
    .venv/bin/python benchmarks/run.py store        the same, through the shared runner

Everything happens in temporary SQLite databases, deleted afterwards. Each figure has a
baseline measured in the same run on the same disk: a bare sqlite3 INSERT OR REPLACE of the same
document with the store's pragmas (WAL, synchronous=FULL), and a bare SELECT count(*).
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from common import generated_plan, median_ms, row

from coplan.domain.model import PlanStatus
from coplan.plan_file import dumps
from coplan.store import Store, open_store

SAVE_TARGET_MS = 20.0
SEARCH_TARGET_MS = 50.0
CASELOAD_SIZE = 10_000
PLAN_LINES = 200
PAGE = 50  # rows the caseload view asks for at a time
PASSPHRASE = "benchmark passphrase, not a real one"
SEARCH = "son"  # a fragment of several surnames: thousands of matches, like a short search

FIRST_NAMES = ["Amira", "Ben", "Chloé", "Dylan", "Eve", "Farah", "George", "Hana", "Isaac",
               "Jade", "Kofi", "Lena", "Mo", "Nia", "Oscar", "Priya", "Quinn", "Ravi", "Sofia",
               "Tom", "Uma", "Victor", "Wren", "Xander", "Yusuf", "Zoë"]  # fmt: skip
SURNAMES = ["Khan", "Smith", "Jones", "Williamson", "Brown", "Taylor", "Davies", "Evans",
            "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Wright", "Thompson",
            "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
            "Clarke", "Patel", "Jackson", "Nowak", "O'Brien", "Ahmed", "Begum"]  # fmt: skip


def caseload_plan(number: int):
    """A small plan for the caseload: a distinct id, a name from the lists, varied summary."""
    first = FIRST_NAMES[number % len(FIRST_NAMES)]
    surname = SURNAMES[(number // len(FIRST_NAMES)) % len(SURNAMES)]
    plan = generated_plan(lines=2, outcomes=2, name=f"{first} {surname}")
    plan.id = f"bench-{number:06}"
    plan.status = list(PlanStatus)[number % len(PlanStatus)]
    plan.next_review_on = date(2026, 1, 1) + timedelta(days=number % 700)
    return plan


def fill_caseload(store: Store, size: int, chunk: int = 1000) -> None:
    """Bulk load through the store's own path: `save_many`, one transaction per chunk."""
    for start in range(0, size, chunk):
        store.save_many(
            [caseload_plan(n) for n in range(start, min(size, start + chunk))], actor="benchmark"
        )


def raw_sqlite(path: Path) -> sqlite3.Connection:
    """A bare sqlite3 connection set up like the store's: WAL, synchronous=FULL."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    return connection


def sqlite_url(path: Path) -> str:
    # Explicit, so that a COPLAN_DATABASE_URL in the environment is never benchmarked (or written).
    return f"sqlite:///{path}"


def opened(folder: Path, database: Path, *, encrypted: bool) -> Store:
    if encrypted:
        return open_store(data_dir=folder, database_url=sqlite_url(database), passphrase=PASSPHRASE)
    return open_store(data_dir=folder, database_url=sqlite_url(database), plain=True)


def _kind(encrypted: bool) -> str:
    return "encrypted" if encrypted else "not encrypted"


def measure_save(folder: Path, *, encrypted: bool = True) -> dict:
    plan = generated_plan(PLAN_LINES)
    edits = iter(range(10**9))
    database = folder / f"save-{_kind(encrypted).replace(' ', '-')}.db"
    with opened(folder, database, encrypted=encrypted) as store:
        revision = store.save(plan, actor="benchmark", replaces=0)

        def save_an_edit() -> None:
            nonlocal revision
            plan.items[17].units_per_period = Decimal(next(edits) % 9 + 1)  # one field, as typed
            # As autosave saves: over the revision it read (the conditional UPDATE).
            revision = store.save(plan, actor="benchmark", replaces=revision)

        store_ms = median_ms(save_an_edit)

    document = dumps(plan)
    with closing(raw_sqlite(folder / f"raw-{database.name}")) as raw:
        raw.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, document TEXT NOT NULL)")

        def replace_raw() -> None:
            raw.execute("BEGIN")
            raw.execute("INSERT OR REPLACE INTO documents VALUES (?, ?)", (plan.id, document))
            raw.execute("COMMIT")

        baseline_ms = median_ms(replace_raw)
    return row(
        f"store: save one edited {PLAN_LINES}-line plan ({_kind(encrypted)})",
        store_ms,
        "sqlite3 INSERT OR REPLACE of the same document, WAL + synchronous=FULL",
        baseline_ms,
        target_ms=SAVE_TARGET_MS,
    )


def measure_caseload(folder: Path, size: int, *, encrypted: bool = True) -> list[dict]:
    database = folder / f"caseload-{_kind(encrypted).replace(' ', '-')}.db"
    with opened(folder, database, encrypted=encrypted) as store:
        fill_caseload(store, size)
        search_ms = median_ms(
            lambda: (store.count_plans(search=SEARCH), store.list_plans(search=SEARCH, limit=PAGE))
        )
        page_ms = median_ms(lambda: (store.count_plans(), store.list_plans(limit=PAGE)))

        # The baseline reads the same file through the same driver, bare.
        raw = store.engine.raw_connection()
        try:
            baseline_ms = median_ms(lambda: raw.execute("SELECT count(*) FROM plans").fetchone())
        finally:
            raw.close()
    baseline_name = f"bare SELECT count(*) of the {size:,} plans, same connection"
    return [
        row(
            f"store: caseload search over {size:,} plans (count + first {PAGE}, "
            f"{_kind(encrypted)})",
            search_ms,
            baseline_name,
            baseline_ms,
            target_ms=SEARCH_TARGET_MS,
        ),
        row(
            f"store: caseload first page of {size:,} plans, no search (count + first {PAGE}, "
            f"{_kind(encrypted)})",
            page_ms,
            baseline_name,
            baseline_ms,
            target_ms=SEARCH_TARGET_MS,
        ),
    ]


def measure(caseload_size: int = CASELOAD_SIZE) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="coplan-bench-store-") as temporary:
        folder = Path(temporary)
        return [
            measure_save(folder),
            measure_save(folder, encrypted=False),
            *measure_caseload(folder, caseload_size),
            *measure_caseload(folder, caseload_size, encrypted=False),
        ]


if __name__ == "__main__":
    from run import print_table

    print_table(measure())
