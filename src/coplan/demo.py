"""A throw-away demo caseload, so a new user can try everything without touching real data.

The demo database is built once (the example plans and their made-up variations, saved through
the real store) and kept in the user's cache folder under a key made of the schema's head
revision, CoPlan's version, this module and the example plans' content; each `coplan demo`
copies it into a new temporary data folder. A newer schema, another version or a changed example
makes a new key, so a stale copy is never used; nothing prebuilt is shipped or committed.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import random
import shutil
import sqlite3
import tempfile
from datetime import timedelta
from pathlib import Path

from coplan.domain.model import Child, new_id
from coplan.paths import APP_AUTHOR, APP_NAME, examples_dir

FIRST_NAMES = [
    "Amira", "Oliver", "Zoë", "Siobhán", "Łukasz", "Priya", "Kwame", "Freya", "Mohammed", "Isla",
    "Tomasz", "Grace", "Yusuf", "Ellie", "Dylan", "Aisha", "Finn", "Maya", "Callum", "Leah",
]  # fmt: skip
SURNAMES = [
    "Khan", "Smith", "Jones", "Ní Bhriain", "Kowalski", "Patel", "Mensah", "Taylor", "Ali",
    "Brown", "Nowak", "Evans", "Hussain", "Walker", "Davies", "Begum", "Murphy", "Wilson",
]  # fmt: skip


def example_plans() -> list:
    from coplan.plan_file import read_plan

    return [read_plan(path) for path in sorted(examples_dir().glob("*.json"))]


def demo_caseload(extra: int = 40, seed: int = 2026) -> list:
    """The example plans plus `extra` variations of them under other (made-up) names."""
    examples = example_plans()
    plans = list(examples)
    rng = random.Random(seed)
    # Distinct made-up names, so that no two demo children look like duplicates.
    names = rng.sample([(f, s) for f in FIRST_NAMES for s in SURNAMES], extra)
    for number in range(extra):
        base = examples[number % len(examples)] if examples else None
        if base is None:
            break
        first, last = names[number]
        from coplan.domain.stages import content_fingerprint
        from coplan.plan_file import decode, encode

        plan = decode(encode(base))  # a deep copy
        plan.id = new_id()
        plan.child = Child(f"{first} {last}", first, base.child.date_of_birth)
        # Each copy keeps its example's stage, with its whole timeline moved by the same days,
        # so that the caseload shows a spread of next dates that still hold together.
        _shift_timeline(plan, timedelta(days=rng.randint(-45, 45)))
        _resign_for_demo(plan)
        if plan.served_fingerprint:  # the draft as sent names the made-up child, not the example's
            plan.served_fingerprint = content_fingerprint(plan)
        plans.append(plan)
    return plans


def _shift_timeline(plan, delta: timedelta) -> None:
    for name in (
        "assessment_requested_on",
        "final_due_on",
        "served_on",
        "comment_deadline",
        "issued_on",
        "next_review_on",
    ):
        value = getattr(plan, name)
        if value is not None:
            setattr(plan, name, value + delta)
    for response in plan.responses:
        response.received_on += delta


def _resign_for_demo(plan) -> None:
    """Made-up copies show another child's name; their agreements are re-made to match it."""
    from coplan.domain.fingerprint import canonical_bytes, shown_to_head

    for agreement in plan.premises_agreements:
        agreement.shown = shown_to_head(plan, agreement.setting_id)
        agreement.fingerprint = hashlib.sha256(canonical_bytes(agreement.shown)).hexdigest()


DEMO_EXTRA_PLANS = 40


def prepare_demo_data_dir() -> Path:
    """A new temporary data folder holding the demo caseload; removed when CoPlan exits."""
    from coplan import paths
    from coplan.store.layout import DATABASE_FILE_NAME

    root = Path(tempfile.mkdtemp(prefix="coplan-demo-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    folder = paths.data_dir(root / "data")  # a new CoPlan data folder: made, marked, private
    cached = cached_demo_database()
    if cached is not None:
        shutil.copyfile(cached, folder / DATABASE_FILE_NAME)
        os.chmod(folder / DATABASE_FILE_NAME, 0o600)
    else:
        build_demo_database(folder)
        _keep_in_cache(folder / DATABASE_FILE_NAME)
    return folder


def build_demo_database(folder: Path) -> None:
    from coplan.store import open_store

    store = open_store(data_dir=folder, plain=True)  # made-up children: said on screen
    try:
        store.save_many(demo_caseload(DEMO_EXTRA_PLANS), actor="demo", action="imported")
    finally:
        store.close()


def demo_cache_key() -> str:
    """What the demo database is made from: a change to any of it makes a new database."""
    from coplan import __version__
    from coplan.store.layout import HEAD_REVISION

    digest = hashlib.sha256()
    for part in (HEAD_REVISION, __version__, str(DEMO_EXTRA_PLANS)):
        digest.update(part.encode() + b"\0")
    digest.update(Path(__file__).read_bytes())
    for path in sorted(examples_dir().glob("*.json")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


def demo_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "demo"


def cached_demo_database() -> Path | None:
    path = demo_cache_dir() / f"demo-{demo_cache_key()}.db"
    return path if path.is_file() else None


def _keep_in_cache(database: Path) -> None:
    """Copy a freshly built demo database into the cache (a consistent copy, whole or not at
    all); older demo databases there are removed. A cache that cannot be written is skipped."""
    if not database.is_file():  # sqlite3 would make an empty one
        return
    folder = demo_cache_dir()
    target = folder / f"demo-{demo_cache_key()}.db"
    partial = target.with_suffix(".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial.unlink(missing_ok=True)
        # sqlite3's backup API: the copy holds every committed page, WAL or not.
        with sqlite3.connect(database) as source, sqlite3.connect(partial) as copy:
            source.backup(copy)
        source.close()
        copy.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
        for old in folder.glob("demo-*.db"):
            if old != target:
                old.unlink(missing_ok=True)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
