"""kill -9 at moments swept across a sync (plans going up, coming down, conflicts found): the
next sync resumes, nothing is lost or doubled, and only the plans changed on both sides wait."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import make_plan
from sync_helpers import audit_uids, documents, make_office, version_ids

from coplan.store.sync import sync_caseload, waiting_conflicts

HERE = Path(__file__).resolve().parent


def edit(store, plan_id: str, words: str, actor: str) -> None:
    plan, revision = store.load_with_revision(plan_id)
    plan.what_matters.append(words)
    store.save(plan, actor=actor, replaces=revision)


def test_killing_a_sync_at_moments_swept_across_it_loses_nothing(database, tmp_path):
    office = make_office(database, tmp_path)
    laptop, team = office.laptops["a"], office.team_store()
    try:
        laptop.save_many(
            [make_plan("Kit Example", plan_id=f"old-{n}", items=1) for n in range(60)],
            actor="a",
        )
        assert sync_caseload(laptop, office.team, officer="a").in_step
        typed_here = {f"old-{n}": f"laptop {n}" for n in range(0, 40)}
        typed_there = {f"old-{n}": f"office {n}" for n in range(30, 60)}  # 30-39: both sides
        for plan_id, words in typed_here.items():
            edit(laptop, plan_id, words, "a")
            laptop.snapshot(laptop.load(plan_id), reason="draft exported", actor="a")
        for plan_id, words in typed_there.items():
            edit(team, plan_id, words, "office")
        laptop.save_many(
            [make_plan("Kit Example", plan_id=f"new-{n}", items=1) for n in range(60)],
            actor="a",
        )
    finally:
        laptop.close()

    rng = random.Random(15)
    killed = 0
    after = 3
    for _round in range(40):
        child = subprocess.Popen(
            [sys.executable, str(HERE / "sync_child.py"), str(tmp_path / "a"), office.url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=dict(os.environ, PYTHONPATH=str(HERE)),
        )
        assert child.stdout.readline() == b"READY\n", child.stderr.read()
        line = b""
        for _ in range(after):
            line = child.stdout.readline()
            if not line.startswith(b"PLAN"):
                break
        time.sleep(rng.uniform(0, 0.004))  # land inside a plan's exchange, not only between
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            killed += 1
        output, errors = child.communicate(timeout=120)
        if b"DONE" in line + output:
            break
        assert b"Traceback" not in errors, errors.decode()
        after += rng.randint(8, 20)
    assert killed >= 3, "the kills did not land during the sync: the test proved nothing"

    from coplan.store import open_store

    with open_store(data_dir=tmp_path / "a") as laptop:
        report = sync_caseload(laptop, office.team, officer="a")
        assert report.complete
        waiting = {conflict.plan_id for conflict in waiting_conflicts(laptop)}
        assert waiting == {f"old-{n}" for n in range(30, 40)}  # changed on both sides, only
        here, there = documents(laptop), documents(team)
        for plan_id in set(here) - waiting:
            assert here[plan_id] == there[plan_id], plan_id
        for plan_id, words in typed_here.items():
            assert words in laptop.load(plan_id).what_matters  # nothing typed here was lost
        for plan_id, words in typed_there.items():
            assert words in team.load(plan_id).what_matters
            if plan_id not in waiting:
                assert words in laptop.load(plan_id).what_matters
        assert {f"new-{n}" for n in range(60)} <= set(there)
        team_uids = audit_uids(team)
        assert len(team_uids) == len(set(team_uids))  # every entry arrived once
        assert set(audit_uids(laptop)) <= set(team_uids)
        assert version_ids(laptop) == version_ids(team)
    office.close()
