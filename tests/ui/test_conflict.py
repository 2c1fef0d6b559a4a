"""Someone else saved the plan while it was open: the officer sees what changed and chooses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coplan.store import PlanConflict, open_store
from coplan.ui.conflict import ConflictDialog
from coplan.ui.session import REPLACED_REASON, SET_ASIDE_REASON, RecoveryMarker


@pytest.fixture
def other_officer(data_folder):
    """Another window on the same data folder (another engine, as another CoPlan would be)."""
    store = open_store(data_folder)
    yield store
    store.close()


def open_new_plan(main_window):
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    session = wizard.session
    session.plan.child.full_name = "Amira Khan"
    session.edited()
    assert session.save_now()
    return wizard, session


def answer_with(monkeypatch, button: str, seen: list):
    def exec_(dialog):
        seen.append(
            {
                "title": dialog.windowTitle(),
                "intro": dialog.ui.introLabel.text(),
                "lines": [
                    dialog.ui.differencesList.item(row).text()
                    for row in range(dialog.ui.differencesList.count())
                ],
            }
        )
        getattr(dialog.ui, button).click()
        return dialog.result()

    monkeypatch.setattr(ConflictDialog, "exec", exec_)


def their_save(other_officer, plan_id, **changes):
    theirs, revision = other_officer.load_with_revision(plan_id)
    theirs.child.preferred_name = changes.get("preferred", "Mira")
    other_officer.save(theirs, actor="a.jones", replaces=revision)
    return theirs


def test_keeping_mine_after_seeing_theirs_saves_mine_and_keeps_theirs_in_history(
    qtbot, main_window, other_officer, monkeypatch
):
    wizard, session = open_new_plan(main_window)
    their_save(other_officer, session.plan.id)
    seen: list = []
    answer_with(monkeypatch, "keepMineButton", seen)

    session.plan.what_matters = ["Swimming on Saturdays"]
    session.edited()
    assert session.save_now() is False  # refused by the store: nothing written over theirs
    assert "someone else saved" in wizard.save_status.text()
    qtbot.waitUntil(lambda: bool(seen) and session.conflict is None, timeout=5000)

    (shown,) = seen
    assert (
        "a.jones saved it at " in shown["intro"]
        and " on " in shown["intro"]
        and "Amira" in shown["intro"]
    )
    assert (
        "The child: the name they like to be called is “Mira” in the saved one, empty in yours"
        in shown["lines"]
    )
    assert (
        "What matters to the child and family: “Swimming on Saturdays” is in yours only"
        in shown["lines"]
    )
    saved = other_officer.load(session.plan.id)
    assert saved.what_matters == ["Swimming on Saturdays"]
    assert saved.child.preferred_name == ""  # mine, chosen after seeing theirs
    (kept,) = other_officer.versions(session.plan.id)
    assert kept.reason == REPLACED_REASON
    assert other_officer.load_version(kept.id).child.preferred_name == "Mira"
    # The session carries on from the new revision: the next edit saves without a conflict.
    session.plan.what_matters.append("Horse riding")
    session.edited()
    assert session.save_now()


def test_using_the_saved_version_reopens_it_and_keeps_mine_in_history(
    qtbot, main_window, other_officer, monkeypatch
):
    wizard, session = open_new_plan(main_window)
    plan_id = session.plan.id
    wizard.go_to("outcomes")
    their_save(other_officer, plan_id)
    seen: list = []
    answer_with(monkeypatch, "takeSavedButton", seen)

    session.plan.what_matters = ["Swimming on Saturdays"]
    session.edited()
    assert session.save_now() is False
    qtbot.waitUntil(lambda: bool(seen) and plan_id in main_window.wizards, timeout=5000)
    qtbot.waitUntil(lambda: main_window.wizards[plan_id] is not wizard, timeout=5000)

    reopened = main_window.wizards[plan_id]
    assert reopened.session.plan.child.preferred_name == "Mira"
    assert reopened.session.plan.what_matters == []
    qtbot.waitUntil(lambda: reopened.currentPage().key == "outcomes", timeout=2000)
    (set_aside,) = other_officer.versions(plan_id)
    assert set_aside.reason == SET_ASIDE_REASON
    assert other_officer.load_version(set_aside.id).what_matters == ["Swimming on Saturdays"]
    reopened.session.plan.what_matters = ["Horse riding"]
    reopened.session.edited()
    assert reopened.session.save_now()
    assert other_officer.load(plan_id).child.preferred_name == "Mira"


def test_the_dialog_cannot_be_escaped_and_says_when_the_plan_was_erased(qtbot, main_window):
    wizard, session = open_new_plan(main_window)
    conflict = PlanConflict(session.plan.id, replaces=1, current=0, by="a.jones")
    dialog = ConflictDialog(conflict, session.plan, None, wizard)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.choice == 0
    assert "a.jones erased it" in dialog.ui.introLabel.text()
    assert dialog.ui.keepMineButton.text() == "&Save my copy again"
    assert not dialog.ui.differencesList.isVisibleTo(dialog)
    dialog.ui.keepMineButton.click()
    assert not dialog.isVisible()


def test_a_plan_erased_meanwhile_is_saved_again_when_the_officer_keeps_it(
    qtbot, main_window, other_officer, monkeypatch
):
    _wizard, session = open_new_plan(main_window)
    other_officer.erase(session.plan.id, actor="a.jones")
    seen: list = []
    answer_with(monkeypatch, "keepMineButton", seen)
    session.plan.what_matters = ["Swimming"]
    session.edited()
    assert session.save_now() is False
    qtbot.waitUntil(lambda: bool(seen) and session.conflict is None, timeout=5000)
    assert seen[0]["title"] == "This plan was erased while you were editing it"
    assert other_officer.load(session.plan.id).what_matters == ["Swimming"]


def test_when_the_copy_cannot_be_kept_nothing_changes_and_it_asks_again(
    qtbot, main_window, other_officer, monkeypatch
):
    wizard, session = open_new_plan(main_window)
    their_save(other_officer, session.plan.id)
    seen: list = []
    answer_with(monkeypatch, "takeSavedButton", seen)

    def database_gone(*_args, **_kwargs):
        raise OSError("disk I/O error")

    monkeypatch.setattr(session.store, "snapshot", database_gone)
    monkeypatch.setattr("coplan.ui.session.RETRY_MS", 60_000)
    session.plan.what_matters = ["Swimming on Saturdays"]
    session.edited()
    assert session.save_now() is False
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert session.conflict is not None  # still to be decided: nothing was thrown away
    assert session.plan.what_matters == ["Swimming on Saturdays"]
    assert main_window.wizards[session.plan.id] is wizard
    assert "will ask again" in wizard.save_status.text()


def test_the_choice_waits_while_another_window_is_in_front(
    qtbot, main_window, other_officer, monkeypatch
):
    """The head teacher's sign-off screen (or any question) is up: the head never sees the
    officer's choice; it comes once that window has gone."""
    from PySide6.QtWidgets import QDialog

    wizard, session = open_new_plan(main_window)
    their_save(other_officer, session.plan.id)
    seen: list = []
    answer_with(monkeypatch, "keepMineButton", seen)
    monkeypatch.setattr("coplan.ui.wizard.WAIT_FOR_THE_OFFICER_MS", 50)
    in_front = QDialog(wizard)
    in_front.setModal(True)
    in_front.show()
    qtbot.waitUntil(lambda: in_front.isVisible(), timeout=2000)
    session.plan.what_matters = ["Swimming"]
    session.edited()
    assert session.save_now() is False
    qtbot.wait(300)
    assert seen == [] and session.conflict is not None
    in_front.close()
    qtbot.waitUntil(lambda: bool(seen) and session.conflict is None, timeout=5000)


@pytest.mark.parametrize("button", ["keepMineButton", "takeSavedButton"])
def test_closing_a_plan_someone_else_saved_asks_first_and_loses_nothing(
    qtbot, main_window, other_officer, monkeypatch, button
):
    wizard, session = open_new_plan(main_window)
    plan_id = session.plan.id
    their_save(other_officer, plan_id)
    seen: list = []
    answer_with(monkeypatch, button, seen)
    session.plan.what_matters = ["Swimming on Saturdays"]
    session.edited()  # not saved yet: the close saves, is refused, and asks

    wizard.close()

    assert len(seen) == 1
    assert plan_id not in main_window.wizards
    saved = other_officer.load(plan_id)
    kept = [other_officer.load_version(v.id) for v in other_officer.versions(plan_id)]
    if button == "keepMineButton":
        assert saved.what_matters == ["Swimming on Saturdays"]
        assert [k.child.preferred_name for k in kept] == ["Mira"]
    else:
        assert saved.child.preferred_name == "Mira" and saved.what_matters == []
        assert [k.what_matters for k in kept] == [["Swimming on Saturdays"]]
    assert RecoveryMarker(main_window.data_folder).read() is None
