"""The team screens over the real sync engine and a real PostgreSQL team database: the settings
as an officer saves them, the worker thread, the status bar, the team caseload, taking a plan
another laptop holds, and a plan changed in two places settled on the side-by-side screen."""

from __future__ import annotations

import os
import socket
import uuid

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from coplan.store import Store, open_store, sync
from coplan.store.team_connection import TeamSettings, save_team_settings

pytestmark = pytest.mark.postgresql


@pytest.fixture
def team_database():
    """A database of its own on the test server (plain TLS-less loopback, allowed explicitly)."""
    url = os.environ.get("COPLAN_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL tests cannot be skipped in CI")
        pytest.skip("COPLAN_TEST_POSTGRES_URL is not set (run under scripts/with-postgres)")
    admin_url = make_url(url).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"coplan_team_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = admin_url.set(database=name)
    try:
        # IT's `coplan team upgrade`: an officer's CoPlan never creates the tables itself.
        sync.open_team(url.render_as_string(hide_password=False), upgrade=True).close()
        yield url
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def team_settings_for(url) -> TeamSettings:
    return TeamSettings(
        host=url.host, port=url.port, database=url.database, user=url.username, allow_plain=True
    )


@pytest.fixture
def team_window(qtbot, qapp, store, data_folder, settings, team_database, monkeypatch):
    from coplan.app import apply_look
    from coplan.ui import sync_status
    from coplan.ui.main_window import MainWindow

    monkeypatch.setattr(sync_status, "FIRST_SYNC_MS", 3_600_000)  # the test syncs when it says
    save_team_settings(settings, team_settings_for(team_database))
    apply_look(qapp)
    window = MainWindow(store, data_folder=data_folder, settings=settings)
    window.show()
    yield window
    window.close()
    window.deleteLater()
    qtbot.wait(1)


def run_sync(qtbot, window):
    controller = window.team.controller
    assert controller.sync_now()
    qtbot.waitUntil(lambda: not controller.syncing, timeout=30_000)
    return controller.label.text()


def other_laptop(tmp_path, team_database, plan_factory_name="Harry Thompson", plan_id="p-b"):
    from factories import build_plan

    laptop = open_store(tmp_path / "laptop-b")
    plan = build_plan()
    plan.id = plan_id
    plan.child.full_name = plan_factory_name
    plan.child.preferred_name = ""
    laptop.save(plan, actor="b.officer", replaces=0)
    team = sync.open_team(team_database.render_as_string(hide_password=False))
    sync.sync_caseload(laptop, team, officer="b.officer", computer="LAPTOP-B")
    return laptop, team


def test_a_plan_goes_up_and_the_team_caseload_says_who_holds_what(
    qtbot, team_window, store, tmp_path, team_database, settings, caplog
):
    import logging

    from factories import build_plan

    from coplan.store.team_connection import save_password

    caplog.set_level(logging.DEBUG)
    # The test server trusts loopback, so any password signs in: the keychain's goes in the URL
    # of every connection all the same, and must show in no log line.
    save_password(team_settings_for(team_database), "Pa55-in-the-keychain")
    store.save(build_plan(), actor="Sam Patel", replaces=0)
    laptop_b, team = other_laptop(tmp_path, team_database)
    try:
        assert run_sync(qtbot, team_window) == "Synced just now."
        team_window.team.show_team_caseload()
        panel = team_window.team.panel
        qtbot.waitUntil(lambda: panel.loaded_once and not panel.loading, timeout=30_000)
        held = {
            panel.model.plans[row].id: panel.model.data(panel.model.index(row, 2))
            for row in range(panel.model.rowCount())
        }
        assert held["plan-test"] == "You, on this laptop"
        assert held["p-b"].startswith("b.officer (LAPTOP-B")

        # Taking B's plan warns first; taken, it is in this laptop's caseload.
        seen = []

        def exec_(box):
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() == "Take it anyway").click()
            return 0

        qtbot_patch = pytest.MonkeyPatch()
        qtbot_patch.setattr(QMessageBox, "exec", exec_)
        try:
            panel.select("p-b")
            assert panel.take()
            qtbot.waitUntil(lambda: not panel.loading and store.revision("p-b") > 0, timeout=30_000)
        finally:
            qtbot_patch.undo()
        assert "b.officer holds Harry Thompson’s plan on LAPTOP-B" in seen[0]
        assert store.load("p-b").child.full_name == "Harry Thompson"
        settings.sync()
        assert "Pa55-in-the-keychain" not in caplog.text
        assert "Pa55-in-the-keychain" not in (tmp_path / "settings.ini").read_text()
        assert "Harry" not in caplog.text and "Amira" not in caplog.text
    finally:
        laptop_b.close()
        team.close()


def test_a_plan_changed_in_two_places_is_settled_side_by_side(
    qtbot, team_window, store, team_database
):
    from factories import build_plan

    store.save(build_plan(), actor="Sam Patel", replaces=0)
    run_sync(qtbot, team_window)
    plan, revision = store.load_with_revision("plan-test")
    plan.what_matters.append("Laptop: swimming on Saturdays")
    store.save(plan, actor="Sam Patel", replaces=revision)
    team = sync.open_team(team_database.render_as_string(hide_password=False))
    try:
        office = Store(team.engine)
        theirs, team_revision = office.load_with_revision("plan-test")
        theirs.what_matters.append("Team: taxi to school")
        office.save(theirs, actor="manager", replaces=team_revision)
        words = run_sync(qtbot, team_window)
        assert "1 plan was changed here and in the team database" in words
        controller = team_window.team.controller
        assert controller.conflicts_button.isVisible()
        dialog = team_window.team.open_conflict(team_window.team.link.conflicts()[0])
        qtbot.addWidget(dialog)
        [row] = [[dialog.ui.choicesTable.item(0, c).text() for c in range(3)]]
        assert row[0] == "What matters to the child and family"
        assert "Laptop: swimming on Saturdays" in row[1]
        assert "Team: taxi to school" in row[2]
        assert "manager saved changes to it in the team database" in dialog.ui.introLabel.text()
        dialog.ui.keepTeamButton.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)
        assert "Team: taxi to school" in store.load("plan-test").what_matters
        reasons = [v.reason for v in store.versions("plan-test")]
        assert any("set aside after a sync conflict" in r for r in reasons)
        assert run_sync(qtbot, team_window) == "Synced just now."
    finally:
        team.close()


def test_no_network_says_offline_and_nothing_is_lost(
    qtbot, qapp, store, data_folder, settings, monkeypatch
):
    from factories import build_plan

    from coplan.ui import sync_status
    from coplan.ui.main_window import MainWindow

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(sync_status, "FIRST_SYNC_MS", 3_600_000)
    save_team_settings(
        settings,
        TeamSettings(host="127.0.0.1", port=port, database="coplan", user="x", allow_plain=True),
    )
    store.save(build_plan(), actor="Sam Patel", replaces=0)
    window = MainWindow(store, data_folder=data_folder, settings=settings)
    qtbot.addWidget(window)
    window.show()
    try:
        words = run_sync(qtbot, window)
        assert words.startswith("Offline: 1 change waiting"), words
        assert store.load("plan-test").child.full_name == "Amira Khan"
    finally:
        window.close()
