"""Who has a plan open: the team database's caseload shows it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update

from coplan.store import repository
from coplan.store.models import PlanOpeningRow


def test_an_open_plan_shows_who_has_it_until_it_is_closed(store, plan_factory):
    plan = plan_factory()
    other = plan_factory(plan_id="other")
    store.save_many([plan, other], actor="a")
    first = store.mark_open(plan.id, actor="j.smith", computer="LAPTOP-12")
    store.mark_open(plan.id, actor="a.jones", computer="")

    shown = store.openings([plan.id, other.id])
    assert list(shown) == [plan.id]
    assert [opening.who for opening in shown[plan.id]] == ["j.smith (LAPTOP-12)", "a.jones"]

    store.still_open(first)
    store.mark_closed(first)
    assert [opening.who for opening in store.openings([plan.id])[plan.id]] == ["a.jones"]
    assert store.openings([]) == {}


def test_a_window_not_heard_from_is_no_longer_shown_then_forgotten(store, plan_factory):
    plan = plan_factory()
    store.save(plan, actor="a")
    crashed = store.mark_open(plan.id, actor="j.smith", computer="LAPTOP-12")
    long_ago = datetime.now(UTC) - repository.OPENING_STALE * 2
    with store.engine.begin() as connection:
        connection.execute(
            update(PlanOpeningRow).where(PlanOpeningRow.id == crashed).values(seen_at=long_ago)
        )
    assert store.openings([plan.id]) == {}

    forgotten = datetime.now(UTC) - repository.OPENING_FORGOTTEN * 2
    with store.engine.begin() as connection:
        connection.execute(
            update(PlanOpeningRow).where(PlanOpeningRow.id == crashed).values(seen_at=forgotten)
        )
    store.mark_open(plan.id, actor="a.jones", computer="")
    with store.engine.connect() as connection:
        ids = {row.id for row in connection.execute(PlanOpeningRow.__table__.select())}
    assert crashed not in ids and len(ids) == 1
