"""Randomised interleavings of edits, syncs, kills and network cuts between two laptops, an office
PC working on the team database directly, and the team database (coplan.store.sync).

Whatever the order: no edit is lost (each typed line is in the plan or in a version set aside
after a conflict), every change made on both sides is surfaced as a conflict (never merged or
overwritten silently: that would lose a line), every audit entry arrives exactly once, and once
the conflicts are resolved the laptops and the team database hold the same plans, versions and
audit entries. Runs with the team on a SQLite file and on a real PostgreSQL server.

Examples are derandomised (the same every run, CI-friendly) and bounded; set
COPLAN_SYNC_EXAMPLES for a longer search.
"""

from __future__ import annotations

import contextlib
import os
import socket
import tempfile
import uuid
from pathlib import Path

import pytest
from conftest import make_plan
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_helpers import audit_uids

from coplan.store import PlanNotFound, Store, open_store
from coplan.store import sync_run as sync_module
from coplan.store.errors import TeamUnreachable
from coplan.store.sync import (
    Keep,
    conflict_plans,
    open_team,
    resolve_conflict,
    sync_caseload,
    take,
    waiting_conflicts,
)

PLANS = ("p0", "p1", "p2")
LAPTOPS = ("a", "b")
EXAMPLES = int(os.environ.get("COPLAN_SYNC_EXAMPLES", "10"))
SET_ASIDE = "set aside after a sync conflict"

laptop = st.sampled_from(LAPTOPS)
plan_index = st.integers(0, 4)  # taken modulo the plans there are so far
steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.sampled_from((*LAPTOPS, "office")), plan_index),
        st.tuples(st.just("sync"), laptop),
        st.tuples(
            st.just("kill"),
            laptop,
            st.sampled_from(("team written", "laptop written", "team read")),
            st.integers(0, 2),
        ),
        st.tuples(st.just("cut"), laptop, st.integers(0, 2)),
        st.tuples(st.just("offline"), laptop),
        st.tuples(st.just("take"), laptop, plan_index, st.booleans()),
        st.tuples(st.just("resolve"), laptop, st.sampled_from(("laptop", "team", "combined"))),
        st.tuples(st.just("snapshot"), laptop, plan_index),
        st.tuples(st.just("new"), st.sampled_from((*LAPTOPS, "office"))),
        st.tuples(st.just("bin"), st.sampled_from((*LAPTOPS, "office")), plan_index),
    ),
    min_size=4,
    max_size=22,
)


class Interrupted(BaseException):
    """A kill: nothing after the step that raised it runs (BaseException, as SystemExit)."""


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class World:
    """Two laptops, the team database, and every line anyone typed."""

    def __init__(self, team_url: str, folder: Path) -> None:
        self.team = open_team(team_url, upgrade=True)
        self.office = Store(self.team.engine)
        self.laptops = {name: open_store(data_dir=folder / name) for name in LAPTOPS}
        self.plans = list(PLANS)
        self.typed: dict[str, list[str]] = {plan_id: [] for plan_id in PLANS}
        self.counter = 0
        # Audit entries in the order each database made them (its own, not those a sync
        # brought): every database must keep each one's order.
        self.made: dict[str, list[str]] = {name: [] for name in (*LAPTOPS, "office")}
        a = self.laptops["a"]
        with self.made_on("a"):
            for plan_id in PLANS:
                a.save(make_plan("Ada Example", plan_id=plan_id, items=1), actor="a", replaces=0)
        assert sync_caseload(a, self.team, officer="a").in_step

    def close(self) -> None:
        for store in self.laptops.values():
            store.close()
        self.team.close()

    @contextlib.contextmanager
    def made_on(self, where: str):
        store = self.office if where == "office" else self.laptops[where]
        before = set(audit_uids(store))
        try:
            yield
        finally:
            known = {uid for uids in self.made.values() for uid in uids}
            self.made[where] += [
                uid for uid in audit_uids(store) if uid not in before and uid not in known
            ]

    # -- what people do --------------------------------------------------------------------------
    def plan(self, index: int) -> str:
        return self.plans[index % len(self.plans)]

    def new(self, who: str) -> None:
        """A new plan: made on a laptop (held by it from its first sync) or in the office
        (held by nobody until a laptop takes it)."""
        store = self.office if who == "office" else self.laptops[who]
        plan_id = f"n{len(self.plans)}"
        with self.made_on(who):
            store.save(make_plan("Noor Example", plan_id=plan_id, items=1), actor=who, replaces=0)
        self.plans.append(plan_id)
        self.typed[plan_id] = []

    def bin(self, who: str, plan_id: str) -> None:
        """Into the bin, or out of it."""
        store = self.office if who == "office" else self.laptops[who]
        try:
            in_bin = store.summary(plan_id).in_bin
        except PlanNotFound:
            return
        with self.made_on(who):
            (store.restore if in_bin else store.delete)(plan_id, actor=who)

    def edit(self, who: str, plan_id: str) -> None:
        store = self.office if who == "office" else self.laptops[who]
        try:
            plan, revision = store.load_with_revision(plan_id)
        except PlanNotFound:
            return  # not on this laptop
        self.counter += 1
        line = f"{who} line {self.counter}"
        plan.what_matters.append(line)
        with self.made_on(who):
            store.save(plan, actor=who, replaces=revision)
        self.typed[plan_id].append(line)

    def sync(self, name: str, *, hook=None):
        sync_module.step_hook = hook
        try:
            return sync_caseload(self.laptops[name], self.team, officer=name)
        except Interrupted:
            return None
        finally:
            sync_module.step_hook = None

    def kill(self, name: str, step: str, nth: int) -> None:
        seen = []

        def hook(at: str, _plan_id: str) -> None:
            if at == step:
                seen.append(at)
                if len(seen) > nth:
                    raise Interrupted

        self.sync(name, hook=hook)

    def cut(self, name: str, nth: int) -> None:
        """The network drops half-way: the next talk to the server fails."""
        calls = []

        def hook(_at: str, _plan_id: str) -> None:
            calls.append(1)
            if len(calls) > nth:
                raise TeamUnreachable("the network dropped (test)")

        report = self.sync(name, hook=hook)
        assert report is not None

    def offline(self, name: str) -> None:
        url = f"postgresql+psycopg://x:y@127.0.0.1:{closed_port()}/coplan"
        report = sync_caseload(self.laptops[name], url, officer=name)
        assert report.unreachable and not report.complete

    def take(self, name: str, plan_id: str, killed: bool) -> None:
        def hook(at: str, _plan_id: str) -> None:
            if killed and at == "holding taken":
                raise Interrupted

        sync_module.step_hook = hook
        try:
            with self.made_on("office"):  # the "taken" line is the team database's
                take(self.laptops[name], self.team, plan_id, officer=name, force=True)
        except (Interrupted, PlanNotFound):  # killed; or made on a laptop, not synced yet
            pass
        finally:
            sync_module.step_hook = None

    def resolve(self, name: str, how: str) -> None:
        store = self.laptops[name]
        for conflict in waiting_conflicts(store):
            with self.made_on(name):
                resolve_conflict(
                    store, conflict.plan_id, self.choice(store, conflict.plan_id, how), officer=name
                )

    @staticmethod
    def choice(store: Store, plan_id: str, how: str):
        if how != "combined":
            return Keep(how)
        mine, theirs = conflict_plans(store, plan_id)
        mine.what_matters += [line for line in theirs.what_matters if line not in mine.what_matters]
        return mine

    def snapshot(self, name: str, plan_id: str) -> None:
        store = self.laptops[name]
        with contextlib.suppress(PlanNotFound), self.made_on(name):  # not on this laptop
            store.snapshot(store.load(plan_id), reason="draft exported", actor=name)

    # -- settling and checking --------------------------------------------------------------------
    def settle(self) -> None:
        """Sync both laptops, resolve every conflict by combining, until nothing moves."""
        for _round in range(8):
            quiet = True
            for name in LAPTOPS:
                report = self.sync(name)
                assert report is not None and report.complete, report
                assert not report.problems, report.problems
                if report.sent or report.received or report.conflicts or report.handed_over:
                    quiet = False
                if report.versions_sent or report.versions_received:
                    quiet = False
                if report.audit_sent or report.audit_received:
                    quiet = False
                self.resolve(name, "combined")
            if quiet:
                return
        raise AssertionError("the laptops and the team database never settled")

    def check(self) -> None:
        team_docs = {plan_id: self.office.load(plan_id) for plan_id in self.plans}
        for plan_id, lines in self.typed.items():
            kept = set(team_docs[plan_id].what_matters)
            aside = set()
            for version in self.office.versions(plan_id):
                if SET_ASIDE in version.reason:
                    aside |= set(self.office.load_version(version.id).what_matters)
            for line in lines:
                # Not lost: in the plan, or (a conflict was shown) in a copy set aside.
                assert line in kept or line in aside, (plan_id, line)
        team_uids = audit_uids(self.office)
        assert len(team_uids) == len(set(team_uids))
        # In order: in each plan's trail, wherever it arrived, the entries one database made
        # keep the order it made them in (entries made elsewhere meanwhile may interleave; the
        # sync goes plan by plan, so the order across plans is not kept, nor read anywhere).
        for store in (self.office, *self.laptops.values()):
            for plan_id in self.plans:
                order = audit_uids(store, plan_id)
                present = set(order)
                for made in self.made.values():
                    mine = set(made)
                    assert [uid for uid in order if uid in mine] == [
                        uid for uid in made if uid in present
                    ], plan_id
        assert set(team_uids) >= {uid for made in self.made.values() for uid in made}
        for name, store in self.laptops.items():
            local_uids = audit_uids(store)
            assert len(local_uids) == len(set(local_uids))
            # Every entry made anywhere reached the team database, once.
            assert set(local_uids) <= set(team_uids), name
            assert waiting_conflicts(store) == []
            for summary in store.list_plans(include_deleted=True):
                plan_id = summary.id
                assert store.load(plan_id) == team_docs[plan_id], (name, plan_id)
                assert summary.in_bin == self.office.summary(plan_id).in_bin, (name, plan_id)
                assert {v.id for v in store.versions(plan_id)} == {
                    v.id for v in self.office.versions(plan_id)
                }
                assert set(audit_uids(store, plan_id)) == set(audit_uids(self.office, plan_id))


def run(world: World, actions) -> None:
    for action in actions:
        kind, name, *rest = action
        if kind == "edit":
            world.edit(name, world.plan(rest[0]))
        elif kind == "sync":
            world.sync(name)
        elif kind == "kill":
            world.kill(name, rest[0], rest[1])
        elif kind == "cut":
            world.cut(name, rest[0])
        elif kind == "offline":
            world.offline(name)
        elif kind == "take":
            world.take(name, world.plan(rest[0]), rest[1])
        elif kind == "resolve":
            world.resolve(name, rest[0])
        elif kind == "bin":
            world.bin(name, world.plan(rest[0]))
        elif kind == "new":
            world.new(name)
        elif kind == "snapshot":
            world.snapshot(name, world.plan(rest[0]))
    world.settle()
    world.check()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def new_team_url(request):
    """A function making a fresh, empty team database for each example."""
    if request.param == "sqlite":

        def sqlite_team() -> str:
            folder = Path(tempfile.mkdtemp(prefix="coplan-team-"))
            return f"sqlite+pysqlite:///{folder / 'team.db'}"

        yield sqlite_team
        return
    engine = request.getfixturevalue("postgres_database")
    schemas = []

    def postgres_team() -> str:
        schema = f"sync_{uuid.uuid4().hex[:12]}"
        with engine.connect() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        schemas.append(schema)
        url = engine.url.update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    yield postgres_team
    with engine.connect() as connection:
        for schema in schemas:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(actions=steps)
def test_any_interleaving_loses_nothing_and_ends_identical(new_team_url, actions):
    with tempfile.TemporaryDirectory(prefix="coplan-laptops-") as folder:
        world = World(new_team_url(), Path(folder))
        try:
            run(world, actions)
        finally:
            sync_module.step_hook = None
            world.close()


def test_a_hand_picked_interleaving_with_every_kind_of_step(new_team_url):
    """The story the property test explores, told once: both laptops and the office change the
    same plans, syncs are killed and cut, the plan moves between laptops, conflicts are resolved
    every way."""
    actions = [
        ("take", "b", 1, False),
        ("new", "office"),
        ("new", "b"),
        ("edit", "a", 0),
        ("edit", "office", 0),
        ("edit", "b", 1),
        ("kill", "a", "team written", 0),
        ("edit", "office", 1),
        ("cut", "b", 0),
        ("sync", "b"),
        ("resolve", "b", "laptop"),
        ("snapshot", "a", 2),
        ("edit", "a", 2),
        ("take", "b", 2, True),
        ("edit", "b", 2),
        ("offline", "a"),
        ("sync", "a"),
        ("resolve", "a", "team"),
        ("kill", "b", "laptop written", 1),
        ("bin", "a", 0),
        ("bin", "office", 0),
        ("bin", "b", 1),
        ("take", "a", 3, False),
        ("edit", "a", 3),
        ("edit", "b", 4),
        ("sync", "a"),
        ("sync", "b"),
    ]
    with tempfile.TemporaryDirectory(prefix="coplan-laptops-") as folder:
        world = World(new_team_url(), Path(folder))
        try:
            run(world, actions)
        finally:
            sync_module.step_hook = None
            world.close()
