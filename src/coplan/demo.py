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

# Made-up first names by the pronouns an example's own words use for its child ("her app",
# "his sister"), so that a copy's outcomes still read true; none is a name used in the examples
# (child, family or professional), and there are enough that no two demo children share one.
GIRLS_NAMES = [
    "Zoë", "Siobhán", "Priyanka", "Freya", "Isla", "Ellie", "Aisha", "Maya", "Leah", "Niamh",
    "Chloe", "Fatima", "Ruby", "Hana", "Olivia", "Sofia", "Layla", "Evie", "Imogen", "Bethan",
]  # fmt: skip
BOYS_NAMES = [
    "Łukasz", "Kwame", "Mohammed", "Tomasz", "Yusuf", "Dylan", "Finn", "Callum", "Arjun", "Theo",
    "Jacob", "Idris", "Rhys", "Kai", "Samuel", "Ibrahim", "Jack", "Reuben", "Ethan", "Noah",
    "Leo", "Aled", "Zain", "Marcus", "Tariq", "Owen", "Louis", "Joel", "Ezra", "Hamza",
]  # fmt: skip
FIRST_NAMES = GIRLS_NAMES + BOYS_NAMES
# Any child and both parents may take any of these: none says "daughter of" or "son of" (an
# Irish "Ní" surname on a boy, or on his father, reads as a mistake to an Irish family).
SURNAMES = [
    "Khan", "Smith", "Jones", "de Búrca", "Kowalski", "Mensah", "Taylor", "Ali",
    "Brown", "Nowak", "Evans", "Hussain", "Walker", "Davies", "Begum", "Murphy", "Wilson",
]  # fmt: skip


def _pronouns(plan) -> str:
    """ "girl", "boy" or "" from how the example's own words speak of its child."""
    words = " ".join(
        [o.text for o in plan.outcomes]
        + list(plan.what_matters)
        + [n.summary for n in plan.needs]
        + [i.description for i in plan.items]
    ).lower()
    import re

    she = len(re.findall(r"\b(she|her|hers|herself)\b", words))
    he = len(re.findall(r"\b(he|him|his|himself)\b", words))
    return "girl" if she > he else "boy" if he > she else ""


def _renamed(base, full_name: str, first: str):
    """A deep copy of `base` about another (made-up) child: every word of the example that
    names its child (full name, first and preferred name, the family's surname) names the new
    one, in outcomes, needs, people, agreements and responses alike."""
    import json
    import re

    from coplan.plan_file import decode, encode

    old = base.child
    surname = full_name.split()[-1]
    old_surname = old.full_name.split()[-1] if old.full_name.split() else ""
    swaps = [(old.full_name, full_name)]
    if old.full_name.split():
        swaps.append((old.full_name.split()[0], first))
    if old.preferred_name:
        swaps.append((old.preferred_name, first))
    if old_surname:
        swaps.append((old_surname, surname))
    pattern = re.compile(
        "|".join(rf"(?<!\w){re.escape(before)}(?!\w)" for before, _ in swaps if before)
    )
    lookup = dict(swaps)

    def swap(value):
        if isinstance(value, str):
            return pattern.sub(lambda m: lookup[m.group(0)], value)
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):  # what a head was shown is made again (`_resign_for_demo`)
            return {k: v if k == "shown" else swap(v) for k, v in value.items()}
        return value

    document = encode(base)
    copy = decode(json.loads(json.dumps(swap(document))))
    copy.child = Child(full_name, first, _same_school_year(old.date_of_birth, full_name))
    return copy


def _same_school_year(born, seed: str):
    """Another birthday in the same English school year (1 September to 31 August), so the
    copy is in the same year group and its dates and rules still hold."""
    if born is None:
        return None
    from datetime import date

    start = date(born.year if born.month >= 9 else born.year - 1, 9, 1)
    end = date(start.year + 1, 8, 31)
    rng = random.Random(seed)
    return start + timedelta(days=rng.randint(0, (end - start).days))


def example_plans() -> list:
    from coplan.plan_file import read_plan

    return [read_plan(path) for path in sorted(examples_dir().glob("*.json"))]


def demo_caseload(extra: int = 40, seed: int = 2026) -> list:
    """The example plans plus `extra` variations of them under other (made-up) names."""
    examples = example_plans()
    plans = list(examples)
    rng = random.Random(seed)
    # Distinct made-up first names (the pronouns of each example's words), distinct surnames
    # within each name, so that no two demo children look alike or get the same file name.
    order = rng.sample(FIRST_NAMES, len(FIRST_NAMES))
    used: set[str] = set()
    surnames = rng.sample(SURNAMES, len(SURNAMES))
    for number in range(extra):
        base = examples[number % len(examples)] if examples else None
        if base is None:
            break
        fitting = _NAME_POOLS[_pronouns(base)]
        free = [name for name in order if name in fitting and name not in used]
        first = free[0] if free else rng.choice(fitting)
        used.add(first)
        last = surnames[number % len(surnames)]
        from coplan.domain.stages import content_fingerprint

        plan = _renamed(base, f"{first} {last}", first)
        plan.id = new_id()
        # Each copy keeps its example's stage, with its whole timeline moved by the same days,
        # so that the caseload shows a spread of next dates that still hold together.
        _shift_timeline(plan, timedelta(days=rng.randint(-45, 45)))
        _resign_for_demo(plan)
        if plan.served_fingerprint:  # the draft as sent names the made-up child, not the example's
            plan.served_fingerprint = content_fingerprint(plan)
        plans.append(plan)
    return plans


_NAME_POOLS = {"girl": GIRLS_NAMES, "boy": BOYS_NAMES, "": GIRLS_NAMES + BOYS_NAMES}


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
    # What happened at and after the meeting moves with the service dates: a copy sent for
    # consultation before its own meeting, or due before it was held, reads as nonsense. The
    # support's own dates (items, outcomes, first payment) are the plan's content and stay.
    for service in plan.earlier_services:
        service.served_on += delta
        service.comment_deadline += delta
    process = [plan.meeting, plan.indicative.override, plan.direct_payment]
    process += plan.premises_agreements + [a.withdrawal for a in plan.premises_agreements]
    process += plan.refusals + plan.dp_agreements
    for record in process:
        for name in _PROCESS_DATES:
            value = getattr(record, name, None)
            if value is not None:
                setattr(record, name, value + delta)


# The dates of what people did (met, decided, consented, agreed, signed, withdrew, reviewed).
_PROCESS_DATES = (
    "held_on",
    "decided_on",
    "requested_on",
    "review_rights_told_on",
    "reviewed_on",
    "young_person_consented_on",
    "capacity_assessed_on",
    "health_care_plan_agreed_on",
    "delegated_on",
    "signed_on",
    "withdrawn_on",
    "effective_from",
)


def _resign_for_demo(plan) -> None:
    """Made-up copies show another child's name; their agreements are re-made to match it."""
    from coplan.domain.fingerprint import canonical_bytes, shown_to_head

    for agreement in plan.premises_agreements:
        agreement.shown = shown_to_head(plan, agreement.setting_id)
        agreement.fingerprint = hashlib.sha256(canonical_bytes(agreement.shown)).hexdigest()
    if any(signed.fingerprint for signed in plan.dp_agreements):
        from coplan.domain import dp_agreement
        from coplan.policy import load_pack_by_id

        pack = load_pack_by_id(plan.policy_pack or None)
        for signed in plan.dp_agreements:
            if signed.fingerprint:  # (a date-only record has nothing to re-make)
                signed.shown = dp_agreement.shown_to_recipient(plan, pack, signed.recipient)
                signed.fingerprint = dp_agreement.fingerprint_of(signed.shown)
                signed.reference = signed.fingerprint[: dp_agreement.REFERENCE_LENGTH]


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
