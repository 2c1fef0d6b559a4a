"""Erasing from the caseload: one plan, or the whole bin, after a confirmation that says what it means."""

from __future__ import annotations

import pytest

from coplan.domain.model import Child, Plan
from coplan.store import PlanNotFound
from coplan.ui.main_window import MainWindow


@pytest.fixture
def confirmations(monkeypatch):
    asked: list[tuple[str, str]] = []
    answer = {"erase": True}

    def confirm(self, title, text):
        asked.append((title, text))
        return answer["erase"]

    monkeypatch.setattr(MainWindow, "_confirm_erasure", confirm)
    return asked, answer


def test_erasing_a_plan_asks_closes_it_and_leaves_one_audit_line(
    qtbot, main_window, store, confirmations
):
    asked, answer = confirmations
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    plan = wizard.session.plan
    plan.child.full_name = "Ada Lovelace"
    wizard.session.edited()
    wizard.session.save_now()
    main_window.model.refresh()
    main_window.select_plan(plan.id)
    assert main_window.ui.actionErase.isEnabled()

    answer["erase"] = False
    main_window.ui.actionErase.trigger()
    assert store.load(plan.id).child.full_name == "Ada Lovelace"  # kept when the officer says so
    title, text = asked[-1]
    assert title == "Erase this plan for good?"
    assert "Ada" in text and "cannot be undone" in text and "backups" in text

    answer["erase"] = True
    main_window.ui.actionErase.trigger()
    assert plan.id not in main_window.wizards  # the open plan was closed first
    with pytest.raises(PlanNotFound):
        store.load(plan.id)
    assert [entry.action for entry in store.audit_trail(plan.id)] == ["erased"]
    assert main_window.model.rowCount() == 0
    assert "erased for good" in main_window.statusBar().currentMessage()


def test_emptying_the_bin_erases_only_what_is_in_it(qtbot, main_window, store, confirmations):
    asked, _answer = confirmations
    kept = Plan(child=Child(full_name="Grace Hopper"))
    binned = [Plan(child=Child(full_name=f"Binned {n}")) for n in range(2)]
    store.save_many([kept, *binned], actor="test")
    for plan in binned:
        store.delete(plan.id, actor="test")
    main_window.model.refresh()

    assert main_window.empty_bin() == 2
    assert "Erase the 2 plans in the bin for good?" in asked[-1][1]
    assert store.count_plans(only_deleted=True) == 0
    assert [s.id for s in store.list_plans()] == [kept.id]
    assert main_window.empty_bin() == 0
    assert main_window.statusBar().currentMessage() == "The bin is empty."
