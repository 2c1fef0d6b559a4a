"""`coplan erase ID` and `coplan erase --bin`, through the real command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factories import build_plan

from coplan.plan_file import write_plan
from coplan.store import open_store


def coplan(*arguments: str, data_dir: Path, stdin: str = "") -> subprocess.CompletedProcess:
    environment = dict(os.environ, COPLAN_DATA_DIR=str(data_dir))
    environment.pop("COPLAN_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "coplan", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        input=stdin,
        timeout=120,
    )


def test_erase_asks_for_yes_then_leaves_no_trace_of_the_name(tmp_path):
    data = tmp_path / "data"
    plan = build_plan()
    name = plan.child.full_name
    write_plan(plan, tmp_path / "plan.json")
    assert coplan("import", str(tmp_path / "plan.json"), data_dir=data).returncode == 0

    refused = coplan("erase", plan.id, data_dir=data)  # stdin is not a terminal: no silent yes
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert plan.id in coplan("list", data_dir=data).stdout

    done = coplan("erase", plan.id, "--yes", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "Erased plan" in done.stdout and name not in done.stdout
    assert plan.id not in coplan("list", data_dir=data).stdout
    with open_store(data) as store:
        assert [e.action for e in store.audit_trail(plan.id)] == ["erased"]
    for path in data.rglob("*"):
        if path.is_file():
            assert name.encode() not in path.read_bytes(), path.name

    unknown = coplan("erase", "no-such-plan", "--yes", data_dir=data)
    assert unknown.returncode == 2 and "no plan with id no-such-plan" in unknown.stderr


def test_erase_bin_empties_the_bin_only(tmp_path):
    data = tmp_path / "data"
    kept, binned = build_plan(), build_plan()
    binned.id = "binned"
    with open_store(data) as store:
        store.save_many([kept, binned], actor="a")
        store.delete("binned", actor="a")
    result = coplan("erase", "--bin", "--yes", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Erased 1 plan from the bin" in result.stdout
    with open_store(data) as store:
        assert [s.id for s in store.list_plans(include_deleted=True)] == [kept.id]


def test_a_version_set_aside_after_a_conflict_can_be_listed_and_written_out(tmp_path):
    data = tmp_path / "data"
    plan = build_plan()
    with open_store(data) as store:
        revision = store.save(plan, actor="a", replaces=0)
        mine = build_plan()
        mine.id = plan.id
        mine.what_matters = ["Only in the copy set aside"]
        store.snapshot(mine, reason="edits set aside after a conflict", actor="j.smith")
        store.save(plan, actor="a", replaces=revision)
        (snapshot,) = store.versions(plan.id)
    listed = coplan("snapshots", plan.id, data_dir=data)
    assert listed.returncode == 0, listed.stderr
    assert snapshot.id in listed.stdout and "edits set aside after a conflict" in listed.stdout
    out = tmp_path / "set-aside.json"
    written = coplan(
        "export-plan", plan.id, "--snapshot", snapshot.id, "-o", str(out), data_dir=data
    )
    assert written.returncode == 0, written.stderr
    assert "Only in the copy set aside" in out.read_text(encoding="utf-8")
    wrong = coplan("export-plan", plan.id, "--snapshot", "f" * 32, "-o", str(out), data_dir=data)
    assert wrong.returncode == 2 and f"no snapshot {'f' * 32} of plan {plan.id}" in wrong.stderr
