"""Start-up over a current SQLite folder: the real caseload at once, the store right after.

`open_main_window` builds the window over a LazyStore (sqlite3 only) and opens the real store
once the window has been painted; a database that needs work is opened first, as before.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject

from coplan.domain.model import Child, Plan, PlanStatus


@pytest.fixture
def app_settings(monkeypatch, settings):
    """open_main_window's QSettings("CoPlan", "CoPlan") is the test's own file."""
    import PySide6.QtCore

    monkeypatch.setattr(PySide6.QtCore, "QSettings", lambda *_args: settings)


@pytest.fixture
def saved_caseload(store, data_folder):
    plans = [
        Plan(
            child=Child(full_name=f"Child {number:03d}", preferred_name=f"C{number}"),
            status=list(PlanStatus)[number % 3],
        )
        for number in range(250)
    ]
    store.save_many(plans, actor="test")
    expected = store.list_plans(limit=200)
    store.close()
    return expected


def test_the_first_page_is_the_real_caseload_and_the_store_opens_after_painting(
    qtbot, qapp, data_folder, saved_caseload, app_settings, monkeypatch
):
    from coplan.app import open_main_window
    from coplan.store.lazy import LazyStore

    happened = []
    real_open_now = LazyStore.open_now

    def open_now(self):
        if not self.is_open:
            happened.append("store opened")
        return real_open_now(self)

    monkeypatch.setattr(LazyStore, "open_now", open_now)

    class Painted(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in happened:
                happened.append("painted")
            return False

    opened = open_main_window(data_dir=data_folder, argv=["coplan"])
    assert not isinstance(opened, int)
    _app, window = opened
    painted = Painted(window)
    window.installEventFilter(painted)
    try:
        assert isinstance(window.store, LazyStore)
        assert not window.store.is_open
        assert window.model.rowCount() == 250
        shown = [window.model.summary(row) for row in range(200)]
        assert repr(shown) == repr(saved_caseload)
        qtbot.waitUntil(lambda: window.store.is_open, timeout=5000)
        assert happened == ["painted", "store opened"]
        assert window.store.summary(shown[0].id) == shown[0]
    finally:
        window.store.close()
        window.close()
        window.deleteLater()
        qtbot.wait(1)


def test_a_database_to_create_opens_the_real_store_first(qtbot, qapp, tmp_path, app_settings):
    from coplan.app import open_main_window
    from coplan.store import Store

    opened = open_main_window(data_dir=tmp_path / "new", argv=["coplan"])
    assert not isinstance(opened, int)
    _app, window = opened
    try:
        assert isinstance(window.store, Store)
        assert window.model.rowCount() == 0
    finally:
        window.store.close()
        window.close()
        window.deleteLater()
        qtbot.wait(1)
