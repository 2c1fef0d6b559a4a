"""No lost update: a save names the revision it replaces; the store refuses a save over a newer one."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from coplan.plan_file import dumps
from coplan.store import PlanConflict, PlanNotFound
from coplan.store.models import AuditEntryRow


def audit_count(store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(AuditEntryRow)).scalar_one()


def test_each_save_moves_the_revision_on_by_one(store, plan_factory):
    plan = plan_factory()
    assert store.save(plan, actor="a", replaces=0) == 1
    plan.what_matters = ["changed"]
    assert store.save(plan, actor="a", replaces=1) == 2
    loaded, revision = store.load_with_revision(plan.id)
    assert (dumps(loaded), revision) == (dumps(plan), 2)
    assert store.revision(plan.id) == 2
    assert store.revision("no-such-plan") == 0
    # Unchecked saves (imports, the demo) move it on too, so a window that read revision 2
    # cannot write over them.
    assert store.save(plan, actor="import") == 3
    store.save_many([plan], actor="import")
    assert store.revision(plan.id) == 4


def test_a_save_over_a_newer_revision_is_refused_and_writes_nothing(store, plan_factory):
    plan = plan_factory("Amira Khan")
    store.save(plan, actor="setup", replaces=0)
    theirs = store.load(plan.id)
    theirs.what_matters = ["theirs"]
    store.save(theirs, actor="other.officer", replaces=1)
    before = audit_count(store)

    mine = plan_factory("Amira Khan", plan_id=plan.id)
    mine.what_matters = ["mine"]
    with pytest.raises(PlanConflict) as refused:
        store.save(mine, actor="me", replaces=1)

    conflict = refused.value
    assert (conflict.plan_id, conflict.replaces, conflict.current) == (plan.id, 1, 2)
    assert conflict.by == "other.officer" and conflict.at is not None
    assert "Amira" not in str(conflict)
    assert store.load(plan.id).what_matters == ["theirs"]
    assert store.revision(plan.id) == 2
    assert audit_count(store) == before
    # Keeping mine after seeing theirs: a save that names the revision it has now seen.
    assert store.save(mine, actor="me", replaces=conflict.current) == 3
    assert store.load(plan.id).what_matters == ["mine"]


def test_a_new_plan_is_refused_when_the_id_exists(store, plan_factory):
    plan = plan_factory()
    store.save(plan, actor="a", replaces=0)
    with pytest.raises(PlanConflict) as refused:
        store.save(plan_factory(plan_id=plan.id), actor="b", replaces=0)
    assert refused.value.current == 1


def test_a_save_of_a_plan_erased_meanwhile_is_refused(store, plan_factory):
    plan = plan_factory()
    store.save(plan, actor="a", replaces=0)
    store.erase(plan.id, actor="b")
    with pytest.raises(PlanConflict) as refused:
        store.save(plan, actor="a", replaces=1)
    assert refused.value.current == 0
    with pytest.raises(PlanNotFound):
        store.load(plan.id)


def test_of_two_saves_racing_from_one_revision_exactly_one_lands(database, plan_factory):
    """Two engines (two windows, two laptops) each read revision 1 and save at the same moment,
    twenty times over: every time one save is written and the other refused."""
    stores = [database.open(), database.open()]
    try:
        plan = plan_factory(plan_id="raced")
        stores[0].save(plan, actor="setup", replaces=0)
        for round_number in range(20):
            revision = stores[0].revision("raced")
            start = threading.Barrier(2)
            outcomes: list[str] = []

            def save(
                writer: int, revision=revision, start=start, outcomes=outcomes, at=round_number
            ) -> None:
                mine = plan_factory(plan_id="raced")
                mine.what_matters = [f"round {at} writer {writer}"]
                start.wait()
                try:
                    stores[writer].save(mine, actor=f"w{writer}", replaces=revision)
                    outcomes.append(f"saved {writer}")
                except PlanConflict:
                    outcomes.append("refused")

            threads = [threading.Thread(target=save, args=(n,)) for n in range(2)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert sorted(outcomes)[0] == "refused" and len(outcomes) == 2, outcomes
            winner = int(sorted(outcomes)[1].split()[1])
            assert stores[1].load("raced").what_matters == [f"round {round_number} writer {winner}"]
            assert stores[1].revision("raced") == revision + 1
    finally:
        for store in stores:
            store.close()


def test_migration_0003_goes_down_and_up_again_keeping_every_plan(store, plan_factory):
    """Its downgrade is real too: back to 0002 (the previous CoPlan's schema) and up again."""
    from alembic import command

    from coplan.store import migrate

    plans = [plan_factory(f"Child {n}", plan_id=f"p{n}") for n in range(3)]
    store.save_many(plans, actor="a")
    store.erase("p2", actor="a")
    with store.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0002")
    with store.engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), "head")
    assert [s.id for s in store.list_plans()] == ["p0", "p1"]
    assert [store.load(p).child.full_name for p in ("p0", "p1")] == ["Child 0", "Child 1"]
    assert store.revision("p0") == 1  # revisions start again at 1
    assert [e.action for e in store.audit_trail("p2")] == ["erased"]
    with pytest.raises(PlanConflict):
        store.save(plans[0], actor="a", replaces=0)
