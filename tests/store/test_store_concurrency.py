"""Two windows (or two apps) saving at once: the last write wins, nothing is corrupted."""

from __future__ import annotations

import threading

from sqlalchemy import text

from coplan.plan_file import dumps

WRITERS = 4
SAVES_EACH = 15


def test_concurrent_saves_are_all_applied_whole(database, plan_factory):
    stores = [database.open(), database.open()]  # two engines: two independent connection pools
    try:
        shared = plan_factory("Shared Child", plan_id="shared", items=40)
        stores[0].save(shared, actor="setup")
        saved_documents: set[str] = set()
        lock = threading.Lock()
        errors: list[BaseException] = []
        start = threading.Barrier(WRITERS)

        def write(writer: int) -> None:
            store = stores[writer % 2]
            own = plan_factory(f"Writer {writer}", plan_id=f"own-{writer}", items=10)
            try:
                start.wait()
                for save in range(SAVES_EACH):
                    mine = plan_factory("Shared Child", plan_id="shared", items=40)
                    mine.what_matters = [f"writer {writer}, save {save}"]
                    with lock:
                        saved_documents.add(dumps(mine))
                    store.save(mine, actor=f"writer-{writer}")
                    own.version = save + 1
                    store.save(own, actor=f"writer-{writer}")
                    store.list_plans(search="child")
            except BaseException as exc:  # reported below, in the test's own thread
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(n,)) for n in range(WRITERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert errors == []
        final = stores[1].load("shared")
        assert dumps(final) in saved_documents  # exactly one writer's whole document
        assert stores[1].summary("shared").child_name == "Shared Child"
        for writer in range(WRITERS):
            assert stores[0].load(f"own-{writer}").version == SAVES_EACH
        trail = stores[0].audit_trail("shared")
        assert len(trail) == 1 + WRITERS * SAVES_EACH
        assert stores[0].count_plans() == 1 + WRITERS
        if database.backend == "sqlite":
            with stores[0].engine.connect() as connection:
                assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        for store in stores:
            store.close()
