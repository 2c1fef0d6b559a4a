"""Log files never hold personal data: the store logs ids and actions only."""

from __future__ import annotations

import logging


def test_nothing_the_store_logs_names_the_child(store, plan_factory, caplog):
    caplog.set_level(logging.DEBUG)
    plan = plan_factory("Persephone Aldergrove", "Percy")
    store.save(plan, actor="a")
    store.snapshot(plan, reason="draft exported", actor="a")
    store.record(plan.id, actor="a", action="exported", detail="Section J PDF")
    store.list_plans(search="persephone")
    store.delete(plan.id, actor="a")
    store.restore(plan.id, actor="a")
    store.purge(plan.id, actor="a")

    logged = "\n".join(record.getMessage() for record in caplog.records).casefold()
    assert plan.id in logged  # it does say what happened, by id
    for word in ("persephone", "aldergrove", "percy"):
        assert word not in logged


def test_database_errors_do_not_quote_the_values_they_were_given(store, plan_factory):
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from coplan.store.models import PlanDocumentRow

    plan = plan_factory("Persephone Aldergrove")
    store.save(plan, actor="a")
    try:
        with store.engine.begin() as connection:  # a duplicate key, as a bug might cause
            connection.execute(
                insert(PlanDocumentRow), {"plan_id": plan.id, "document": "Persephone Aldergrove"}
            )
    except IntegrityError as exc:
        assert "persephone" not in str(exc).casefold()
    else:
        raise AssertionError("the duplicate key was accepted")
