"""Syncing with the team database from the window: the worker never blocks typing, the status bar
says where things stand, taking a plan someone else holds warns first, and a plan changed in two
places is settled side by side. The engine is stood in for by `fake_team.FakeLink` here."""

from __future__ import annotations

import itertools
import time
from copy import deepcopy
from datetime import UTC, datetime, timedelta

import pytest
from factories import build_plan
from fake_team import Conflict, FakeLink, Status, team_plans
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from coplan.domain.model import Need, NeedSection, Outcome
from coplan.ui import sync_status
from coplan.ui.sync_status import ago, status_words

NOW = datetime(2026, 12, 1, 15, 30, tzinfo=UTC)


# -- the words -----------------------------------------------------------------------------------
def test_the_status_bar_words():
    two_minutes = NOW - timedelta(minutes=2)
    assert status_words(Status(last_synced_at=two_minutes), now=NOW) == "Synced 2 minutes ago."
    assert (
        status_words(Status(last_synced_at=two_minutes, changes_waiting=1), now=NOW)
        == "Synced 2 minutes ago; 1 change waiting."
    )
    offline = status_words(
        Status(last_synced_at=NOW - timedelta(hours=2), changes_waiting=3),
        now=NOW,
        failure="The team database cannot be reached.",
        offline=True,
    )
    assert offline == "Offline: 3 changes waiting (last synced 2 hours ago)."
    refused = status_words(
        Status(changes_waiting=1),
        now=NOW,
        failure="The team database refused the user name or password.",
    )
    assert refused == (
        "Not synced: The team database refused the user name or password. 1 change waiting."
    )
    assert status_words(Status(), now=NOW) == "Not synced with the team database yet."
    assert status_words(Status(), now=NOW, syncing=True) == "Syncing with the team database…"
    assert status_words(Status(last_synced_at=NOW, conflicts=2), now=NOW) == (
        "Synced just now. 2 plans were changed here and in the team database, and wait for your "
        "choice."
    )
    # The engine's own record of a failed attempt after the last good sync, at start-up.
    recorded = Status(
        last_synced_at=NOW - timedelta(hours=1),
        last_attempt_at=NOW - timedelta(minutes=5),
        last_error="The team database cannot be reached.",
    )
    assert status_words(recorded, now=NOW) == "Not synced: The team database cannot be reached."


def test_how_long_ago_in_plain_words():
    assert ago(NOW - timedelta(seconds=20), NOW) == "just now"
    assert ago(NOW - timedelta(minutes=1, seconds=5), NOW) == "1 minute ago"
    assert ago(NOW - timedelta(minutes=59), NOW) == "59 minutes ago"
    local_noon = datetime(2026, 12, 1, 12, 0).astimezone()
    assert ago(local_noon - timedelta(hours=1), local_noon) == "1 hour ago"
    assert ago(local_noon - timedelta(days=1), local_noon) == "yesterday at 12:00"
    assert ago(local_noon - timedelta(days=3), local_noon) == "on 28 November 2026"


# -- the window ----------------------------------------------------------------------------------
@pytest.fixture
def link(store, settings):
    return FakeLink(store=store, settings=settings, plans=team_plans())


@pytest.fixture
def team_window(qtbot, qapp, store, data_folder, settings, link, monkeypatch):
    from coplan.app import apply_look
    from coplan.ui import team
    from coplan.ui.main_window import MainWindow

    monkeypatch.setattr(team, "TeamLink", lambda *args, **kwargs: link)
    monkeypatch.setattr(sync_status, "FIRST_SYNC_MS", 3_600_000)  # tests sync when they say
    apply_look(qapp)
    window = MainWindow(store, data_folder=data_folder, settings=settings)
    window.show()
    yield window
    window.close()
    window.deleteLater()
    qtbot.wait(1)


def wait_idle(qtbot, window, timeout=10_000):
    qtbot.waitUntil(
        lambda: window.team._worker is None or not window.team._worker.busy, timeout=timeout
    )


def test_without_a_team_database_the_window_is_as_before(qtbot, qapp, store, data_folder, settings):
    from coplan.ui.main_window import MainWindow

    window = MainWindow(store, data_folder=data_folder, settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.team.controller.label.isVisible()
    assert window.team.tabs is None  # no tab: the caseload is where it always was
    assert window.team._worker is None  # and no thread was started
    assert window.team.action_settings.isEnabled()
    assert not window.team.action_sync.isEnabled()
    assert [a.text() for a in window.menuBar().actions()][-2:] == ["Tea&m", "&Help"]
    window.close()


def test_the_window_keeps_answering_while_a_slow_sync_runs(qtbot, team_window, link):
    link.sync_seconds = 1.5
    controller = team_window.team.controller
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    assert controller.sync_now()
    assert controller.label.text() == "Syncing with the team database…"
    assert not controller.sync_now()  # one at a time
    field = team_window.ui.searchField
    field.setFocus()
    qtbot.keyClicks(field, "Amira")  # typed while the sync runs
    assert field.text() == "Amira"
    assert controller.syncing
    qtbot.waitUntil(lambda: not controller.syncing, timeout=10_000)
    timer.stop()
    took = time.monotonic() - started
    assert took >= 1.4
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 30 and max(gaps) < 0.25, max(gaps)  # the event loop never stalled
    assert link.calls == [("sync", False)]  # on the worker's thread, not the window's
    assert controller.label.text() == "Synced just now."


def test_offline_says_so_and_tries_again_soon(qtbot, team_window, link):
    link.unreachable = True
    link.status_now = Status(
        last_synced_at=datetime.now(UTC) - timedelta(hours=2), changes_waiting=3
    )
    controller = team_window.team.controller
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.syncing, timeout=5_000)
    assert controller.label.text() == "Offline: 3 changes waiting (last synced 2 hours ago)."
    assert controller._every.isActive()
    assert controller._every.interval() == sync_status.RETRY_MS
    assert "db.council.example" in controller.label.toolTip()
    link.unreachable = False  # the network is back: the retry syncs
    controller._every.timeout.emit()
    qtbot.waitUntil(lambda: not controller.syncing, timeout=5_000)
    assert controller.label.text() == "Synced just now."
    assert controller._every.interval() == sync_status.SYNC_EVERY_MS  # back to the usual pace


def test_a_saved_plan_is_sent_up_soon(team_window):
    controller = team_window.team.controller
    controller._every.start(sync_status.SYNC_EVERY_MS)
    team_window._plan_saved()
    assert controller._every.interval() == sync_status.SOON_AFTER_SAVE_MS


def test_closing_the_window_stops_a_running_sync(qtbot, team_window, link):
    link.sync_seconds = 30
    team_window.team.controller.sync_now()
    qtbot.waitUntil(lambda: bool(link.calls), timeout=5_000)
    started = time.monotonic()
    team_window.team.shutdown()
    assert time.monotonic() - started < 5  # asked to stop, the sync stopped between plans


# -- who holds what ------------------------------------------------------------------------------
def load_team_tab(qtbot, window):
    window.team.show_team_caseload()
    panel = window.team.panel
    qtbot.waitUntil(lambda: panel.loaded_once and not panel.loading, timeout=5_000)
    return panel


def cell(panel, row, column, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.data(panel.model.index(row, column), role)


def test_the_team_caseload_shows_who_holds_each_plan_and_when_it_last_synced(qtbot, team_window):
    panel = load_team_tab(qtbot, team_window)
    assert team_window.team.tabs.tabText(1) == "Team case&load"
    rows = [[cell(panel, r, c) for c in range(6)] for r in range(panel.model.rowCount())]
    assert [r[0] for r in rows] == ["Amira Khan (Amira)", "Harry Thompson", "Amara Okafor"]
    assert [r[1] for r in rows] == ["Draft", "Sent for consultation", "Final plan issued"]
    assert [r[2] for r in rows] == [
        "Jo Smith (LAPTOP-7)",
        "You, on this laptop",
        "Nobody: free to take",
    ]
    assert [r[4] for r in rows] == ["2 hours ago", "2 minutes ago", ""]
    assert cell(panel, 0, 4, Qt.ItemDataRole.ToolTipRole).startswith("Last synced at ")
    assert panel.ui.stateLabel.text().startswith(
        "3 plans in the team database; this laptop holds 1."
    )


def answer_box(monkeypatch, button_text: str, seen: list):
    def exec_(box):
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_taking_a_plan_someone_else_holds_warns_first(qtbot, team_window, link, monkeypatch):
    panel = load_team_tab(qtbot, team_window)
    panel.ui.teamView.selectRow(0)  # Amira: Jo Smith holds it
    seen: list = []
    answer_box(monkeypatch, "Leave it with them", seen)
    assert not panel.take()
    assert not [c for c in link.calls if c[0].startswith("take")]
    (title, said, more) = seen[0]
    assert title == "Someone else holds this plan"
    assert "Jo Smith holds Amira Khan (Amira)’s plan on LAPTOP-7" in said
    assert "Their laptop last synced 2 hours ago." in said
    assert "Nothing is lost" in more

    answer_box(monkeypatch, "Take it anyway", seen)
    assert panel.take()
    wait_idle(qtbot, team_window)
    qtbot.waitUntil(lambda: not panel.loading, timeout=5_000)
    assert ("take p1 force=True", False) in link.calls
    assert cell(panel, 0, 2) == "You, on this laptop"


def test_a_free_plan_is_taken_without_a_question_and_released_after_one(
    qtbot, team_window, link, yes_to_questions
):
    panel = load_team_tab(qtbot, team_window)
    panel.ui.teamView.selectRow(2)  # Amara: nobody holds it
    assert panel.ui.takeButton.isEnabled() and not panel.ui.releaseButton.isEnabled()
    assert panel.take()
    qtbot.waitUntil(lambda: not panel.loading and cell(panel, 2, 2) == "You, on this laptop")
    assert ("take p3 force=False", False) in link.calls
    panel.select("p3")
    assert panel.ui.releaseButton.isEnabled() and not panel.ui.takeButton.isEnabled()
    assert panel.release()
    assert yes_to_questions[0][0] == "Release this plan to the team?"
    qtbot.waitUntil(lambda: not panel.loading and cell(panel, 2, 2) == "Nobody: free to take")
    assert ("release p3", False) in link.calls


def test_the_team_caseload_offline_says_so_and_keeps_my_caseload(qtbot, team_window, link):
    link.unreachable = True
    team_window.team.show_team_caseload()
    panel = team_window.team.panel
    qtbot.waitUntil(lambda: not panel.loading and "cannot be shown" in panel.ui.stateLabel.text())
    assert "still there, in My caseload" in panel.ui.stateLabel.text()
    assert not panel.ui.takeButton.isEnabled()


# -- changed in two places -----------------------------------------------------------------------
@pytest.fixture
def two_copies(link):
    laptop = build_plan()
    team = deepcopy(laptop)
    laptop.child.preferred_name = "Mimi"  # changed here
    team.items[1].units_per_period += 1  # and there
    laptop.needs.append(Need("n9", NeedSection.SEN, "Finds noise hard"))
    link.copies[laptop.id] = (laptop, team)
    link.waiting = [
        Conflict(laptop.id, "Amira Khan", team_saved_at=datetime(2026, 12, 1, 14, 5, tzinfo=UTC))
    ]
    link.status_now = Status(last_synced_at=datetime.now(UTC), conflicts=1)
    return laptop, team


def rows_of(dialog):
    table = dialog.ui.choicesTable
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def test_a_plan_changed_in_two_places_is_shown_side_by_side(qtbot, team_window, two_copies):
    _laptop, team = two_copies
    controller = team_window.team.controller
    controller.refresh()
    assert controller.conflicts_button.isVisible()
    assert "1 plan was changed here and in the team database" in controller.label.text()
    dialog = team_window.team.open_conflict(team_window.team.link.conflicts()[0])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Changed here and in the team database: Amira Khan’s plan"
    assert "Jo Smith saved changes to it in the team database at" in dialog.ui.introLabel.text()
    assert "stays in the plan’s history" in dialog.ui.introLabel.text()
    item = team.items[1].description
    rows = rows_of(dialog)
    assert rows[0] == ["The child: the name they like to be called", "Mimi", "Amira"]
    assert rows[1][0] == "Need “Finds noise hard”"
    assert "Summary: Finds noise hard" in rows[1][1].splitlines()
    assert rows[1][2] == "Not in this copy"
    assert rows[2] == [
        f"Provision “{item}”",
        "How much a week: “3”\nCost: £1,890.00 a year",
        "How much a week: “4”\nCost: £2,520.00 a year",
    ]
    assert not dialog.ui.combineButton.isEnabled()
    assert "3 rows still to choose" in dialog.ui.stateLabel.text()


def test_combining_keeps_each_row_from_the_side_ticked(qtbot, team_window, two_copies):
    from coplan.ui.sync_conflict import LAPTOP, TEAM

    laptop, team = two_copies
    link = team_window.team.link
    dialog = team_window.team.open_conflict(link.conflicts()[0])
    qtbot.addWidget(dialog)
    dialog.tick(0, LAPTOP)
    dialog.tick(1, TEAM)
    dialog.tick(1, LAPTOP)  # changed mind: ticking one side unticks the other
    assert dialog.ticked() == {"child.preferred_name": LAPTOP, "needs:n9": LAPTOP}
    assert not dialog.ui.combineButton.isEnabled()
    dialog.tick(2, TEAM)
    assert dialog.ui.combineButton.isEnabled()
    assert dialog.keep_ticked()
    qtbot.waitUntil(lambda: bool(link.resolved), timeout=5_000)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    (plan_id, kept) = link.resolved[0]
    assert plan_id == laptop.id
    assert kept.child.preferred_name == "Mimi"
    assert kept.needs[-1].id == "n9"
    assert kept.items[1].units_per_period == team.items[1].units_per_period
    assert ("resolve", False) in link.calls  # on the worker's thread
    assert not team_window.team.controller.conflicts_button.isVisible()
    assert "the other copy is in the plan's history" in team_window.statusBar().currentMessage()


def test_keeping_one_whole_copy(qtbot, team_window, two_copies):
    link = team_window.team.link
    dialog = team_window.team.open_conflict(link.conflicts()[0])
    qtbot.addWidget(dialog)
    dialog.ui.keepTeamButton.click()
    qtbot.waitUntil(lambda: bool(link.resolved), timeout=5_000)
    assert link.resolved == [(two_copies[0].id, "team")]


def test_choices_that_do_not_fit_together_are_refused_in_plain_words(qtbot, team_window, link):
    from coplan.ui.sync_conflict import LAPTOP, TEAM

    laptop = build_plan()
    team = deepcopy(laptop)
    laptop.outcomes.append(Outcome("o9", "Walk to school with a friend"))
    laptop.items[0].outcome_ids = ["o9"]  # the laptop's line serves the laptop's new outcome
    link.copies[laptop.id] = (laptop, team)
    link.waiting = [Conflict(laptop.id, "Amira Khan")]
    dialog = team_window.team.open_conflict(link.waiting[0])
    qtbot.addWidget(dialog)
    keys = [c.key for c in dialog.choices]
    for row, key in enumerate(keys):
        dialog.tick(row, LAPTOP if key.startswith("items:") else TEAM)
    assert not dialog.keep_ticked()
    assert "These choices do not fit together" in dialog.ui.stateLabel.text()
    assert dialog.isVisible() and not link.resolved


def test_a_plan_open_in_the_wizard_is_closed_before_choosing(
    qtbot, team_window, two_copies, monkeypatch
):
    seen = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: seen.append(a[1])))
    team_window.wizards[two_copies[0].id] = object()
    try:
        assert team_window.team.open_conflict(team_window.team.link.conflicts()[0]) is None
    finally:
        team_window.wizards.clear()
    assert seen == ["Close the plan first"]


# -- settings ------------------------------------------------------------------------------------
def test_settings_keep_the_password_in_the_keychain_only(
    qtbot, team_window, link, settings, tmp_path, memory_keychain, caplog
):
    import logging

    caplog.set_level(logging.DEBUG)
    dialog = team_window.team.settings_dialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.hostEdit.setText("db.council.example")
    assert not ui.allowPlainCheck.isEnabled()  # plain only to this computer
    ui.userEdit.setText("s.patel")
    ui.passwordEdit.setText("Correct-Horse-42")
    assert dialog.test_connection()
    qtbot.waitUntil(lambda: not dialog.testing, timeout=5_000)
    assert ui.resultLabel.text().startswith("Connected: the server proved it is the team database")
    assert ("test_connection", False) in link.calls
    assert dialog.save()
    settings.sync()
    written = (tmp_path / "settings.ini").read_text()
    assert "db.council.example" in written and "s.patel" in written
    assert "Correct-Horse-42" not in written
    assert list(memory_keychain.passwords.values()) == ["Correct-Horse-42"]
    assert "Correct-Horse-42" not in caplog.text


def test_settings_say_what_is_missing(qtbot, team_window):
    dialog = team_window.team.settings_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "Enter the team database's server name" in dialog.ui.resultLabel.text()
    dialog.ui.hostEdit.setText("127.0.0.1")
    assert dialog.ui.allowPlainCheck.isEnabled()


# -- at 1366×768 -----------------------------------------------------------------------------------
def test_the_team_screens_fit_a_council_laptop(qtbot, team_window, two_copies):
    from screens import HEIGHT, WIDTH, layout_problems

    team_window.resize(WIDTH, HEIGHT - 60)
    panel = load_team_tab(qtbot, team_window)
    problems = [f"team caseload: {p}" for p in layout_problems(team_window)]
    assert panel.isVisible()
    dialog = team_window.team.open_conflict(team_window.team.link.conflicts()[0])
    qtbot.addWidget(dialog)
    assert dialog.width() <= WIDTH and dialog.height() <= HEIGHT - 60
    qtbot.wait(10)
    problems += [f"conflict: {p}" for p in layout_problems(dialog)]
    settings_dialog = team_window.team.settings_dialog()
    qtbot.addWidget(settings_dialog)
    settings_dialog.show()
    problems += [f"settings: {p}" for p in layout_problems(settings_dialog)]
    assert problems == []


def test_a_side_is_ticked_with_the_keyboard(qtbot, team_window, two_copies):
    from coplan.ui.sync_conflict import LAPTOP, TEAM

    dialog = team_window.team.open_conflict(team_window.team.link.conflicts()[0])
    qtbot.addWidget(dialog)
    table = dialog.ui.choicesTable
    table.setFocus()
    table.setCurrentCell(0, TEAM)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert dialog.ticked() == {"child.preferred_name": TEAM}
    table.setCurrentCell(0, LAPTOP)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert dialog.ticked() == {"child.preferred_name": LAPTOP}


def test_a_plan_taken_by_someone_else_since_the_list_was_read_warns_then(
    qtbot, team_window, link, monkeypatch
):
    from fake_team import Holding, TeamPlan

    panel = load_team_tab(qtbot, team_window)
    panel.ui.teamView.selectRow(2)  # listed as free…
    now = datetime.now(UTC)
    link.plans = [  # …but Jo Smith took it a moment ago
        TeamPlan(
            **{
                **p.__dict__,
                "holding": Holding("p3", "Jo Smith", "LAPTOP-7", "laptop-jo", now, now),
            }
        )
        if p.id == "p3"
        else p
        for p in link.plans
    ]
    seen: list = []
    answer_box(monkeypatch, "Leave it with them", seen)
    assert panel.take()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert "Jo Smith holds Amara Okafor’s plan on LAPTOP-7" in seen[0][1]
    qtbot.waitUntil(lambda: not panel.loading, timeout=5_000)
    assert [c for c in link.calls if c[0].startswith("take")] == [("take p3 force=False", False)]


def test_a_plan_saved_during_a_sync_is_sent_soon_after_it(qtbot, team_window, link):
    link.sync_seconds = 0.5
    controller = team_window.team.controller
    controller.sync_now()
    team_window._plan_saved()  # saved while the sync runs: it may have missed it
    qtbot.waitUntil(lambda: not controller.syncing, timeout=5_000)
    assert controller._every.interval() == sync_status.SOON_AFTER_SAVE_MS
