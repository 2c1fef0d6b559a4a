"""One officer's CoPlan, as a separate process, for test_two_processes.py.

    python editing_worker.py edit  WHERE PLAN_ID NAME EDITS SEED START_AT [--unchecked]
    python editing_worker.py saves WHERE PLAN_ID NAME             (until killed)

WHERE is a data folder, or a database URL. `edit` makes EDITS edits to the plan through the
app's own PlanSession (autosave's save_now after each), each adding one line "NAME-eN" to what
matters. When the store refuses a save, the worker does what an officer may do in the conflict
dialog, chosen at random: keep mine (theirs kept as a snapshot) or use the saved version (mine
kept as a snapshot). It prints one JSON line: how many edits, saves, conflicts. With
--unchecked it saves as CoPlan did before revisions (whole plan, last writer wins).
`saves` saves an edit after edit and prints "SAVED <n>" after each save has returned.
"""

from __future__ import annotations

import json
import random
import sys
import time

from PySide6.QtCore import QCoreApplication

from coplan.policy import load_pack_by_id
from coplan.store import open_store
from coplan.ui.session import PlanSession


def open_where(where: str):
    if "://" in where:
        return open_store(database_url=where)
    return open_store(data_dir=where)


def edit(
    where: str, plan_id: str, name: str, edits: int, seed: int, start_at: float, unchecked: bool
) -> None:
    _app = QCoreApplication([])
    rng = random.Random(seed)
    pack = load_pack_by_id(None)
    store = open_where(where)
    time.sleep(max(0.0, start_at - time.time()))  # both officers start editing together
    plan, revision = store.load_with_revision(plan_id)
    session = PlanSession(store, plan, pack, actor=name, revision=None if unchecked else revision)
    saves = conflicts = kept_mine = took_saved = 0

    def resolve() -> None:
        nonlocal session, saves, conflicts, kept_mine, took_saved
        conflicts += 1
        saved = session.saved_version()
        if rng.random() < 0.5:
            kept_mine += 1
            if session.keep_mine(saved):  # False: saved again meanwhile, a new conflict
                saves += 1
        else:
            took_saved += 1
            plan, revision = session.take_saved()
            session = PlanSession(store, plan, pack, actor=name, revision=revision)

    for number in range(edits):
        session.plan.what_matters.append(f"{name}-e{number}")
        session.edited()
        time.sleep(rng.uniform(0, 0.01))
        if unchecked:
            session.revision = None  # every save writes the whole plan, unchecked
        if session.save_now():
            saves += 1
            continue
        if session.conflict is None:
            raise SystemExit(f"save failed without a conflict: {session.last_error}")
        resolve()
    # The officer does not leave with the dialog up: every conflict is settled by a choice.
    while session.conflict is not None:
        resolve()
    store.close()
    print(
        json.dumps(
            {
                "edits": edits,
                "saves": saves,
                "conflicts": conflicts,
                "kept_mine": kept_mine,
                "took_saved": took_saved,
            }
        ),
        flush=True,
    )


def saves_until_killed(where: str, plan_id: str, name: str) -> None:
    _app = QCoreApplication([])
    store = open_where(where)
    plan, revision = store.load_with_revision(plan_id)
    session = PlanSession(store, plan, load_pack_by_id(None), actor=name, revision=revision)
    number = 0
    while True:
        number += 1
        session.plan.what_matters.append(f"{name}-s{number}")
        session.edited()
        if not session.save_now():
            raise SystemExit(f"save failed: {session.last_error}")
        print(f"SAVED {number}", flush=True)


if __name__ == "__main__":
    mode, where, plan_id, name, *rest = sys.argv[1:]
    if mode == "edit":
        edits, seed, start_at = int(rest[0]), int(rest[1]), float(rest[2])
        edit(where, plan_id, name, edits, seed, start_at, "--unchecked" in rest)
    else:
        saves_until_killed(where, plan_id, name)
