"""A throw-away demo caseload, so a new user can try everything without touching real data."""

from __future__ import annotations

import atexit
import hashlib
import random
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from coplan.domain.fingerprint import canonical_bytes, shown_to_head
from coplan.domain.model import Child, new_id
from coplan.domain.stages import content_fingerprint
from coplan.paths import examples_dir
from coplan.plan_file import decode, encode

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
    for agreement in plan.premises_agreements:
        agreement.shown = shown_to_head(plan, agreement.setting_id)
        agreement.fingerprint = hashlib.sha256(canonical_bytes(agreement.shown)).hexdigest()


def prepare_demo_data_dir() -> Path:
    """A new temporary data folder holding the demo caseload; removed when CoPlan exits."""
    from coplan.store import open_store

    folder = Path(tempfile.mkdtemp(prefix="coplan-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    store = open_store(data_dir=folder, plain=True)  # made-up children: said on screen
    try:
        store.save_many(demo_caseload(), actor="demo", action="imported")
    finally:
        store.close()
    return folder
