"""Run by test_sync_kill: sync a laptop's caseload with the team database, saying after each plan
how far it got; killed (SIGKILL) at a chosen moment by the test."""

import sys

from coplan.store import open_store
from coplan.store.sync import open_team, sync_caseload

laptop = open_store(data_dir=sys.argv[1])
team = open_team(sys.argv[2])
print("READY", flush=True)


def progress(done: int, total: int) -> None:
    print(f"PLAN {done} {total}", flush=True)


report = sync_caseload(laptop, team, officer="killed.officer", progress=progress)
print("DONE" if report.complete else f"STOPPED {report.error}", flush=True)
