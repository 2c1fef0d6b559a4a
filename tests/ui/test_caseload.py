"""The caseload window: lazy paging over 10,000 plans, search, sort, the bin, files, reviews."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt
from ui_driver import example_paths, type_text

from coplan.domain.model import Child, CostBasis, MeetingKind, Plan, PlanStatus
from coplan.plan_file import read_plan, write_plan
from coplan.ui.caseload import PAGE_SIZE


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    from coplan.store import open_store

    folder = tmp_path_factory.mktemp("big")
    store = open_store(folder)
    plans = (
        Plan(child=Child(full_name=f"Child {number:05d} Example", preferred_name=f"C{number}"))
        for number in range(10_000)
    )
    store.save_many(plans, actor="test")
    yield store, folder
    store.close()


def make_window(qtbot, store, folder, settings):
    from coplan.ui.main_window import MainWindow

    window = MainWindow(store, data_folder=folder, settings=settings)
    qtbot.addWidget(window)
    return window


@pytest.mark.slow
def test_ten_thousand_plans_open_fast_and_load_lazily(qtbot, big_store, settings):
    store, folder = big_store
    started = time.perf_counter()
    window = make_window(qtbot, store, folder, settings)
    window.show()
    qtbot.waitExposed(window)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, f"caseload took {elapsed:.2f} s to show"
    model = window.model
    assert model.rowCount() == 10_000
    assert len(model._pages) <= 2  # only what the view has asked for so far
    view = window.ui.caseloadView
    view.scrollToBottom()
    qtbot.wait(10)
    last = model.data(model.index(9_999, 0))
    assert last == "Child 09999 Example (C9999)"
    assert len(model._pages) <= 4
    assert "10,000 plans" in window.statusBar().currentMessage()


@pytest.mark.slow
def test_search_as_you_type_and_sort(qtbot, big_store, settings):
    store, folder = big_store
    window = make_window(qtbot, store, folder, settings)
    window.show()
    field = window.ui.searchField
    field.setFocus()
    type_text(field, "0999")
    qtbot.waitUntil(lambda: window.model.rowCount() == 11, timeout=2000)  # 00999, 09990-09999
    assert window.model.data(window.model.index(0, 0)).startswith("Child 00999")
    window.ui.caseloadView.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert window.model.data(window.model.index(0, 0)).startswith("Child 09999")
    field.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 10_000, timeout=2000)
    assert window.model.data(window.model.index(0, 0)).startswith("Child 09999")
    assert PAGE_SIZE < 10_000


def test_new_plan_opens_the_wizard_with_the_officer_present(qtbot, main_window, store):
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    plan = store.load(wizard.session.plan.id)
    assert [a.name for a in plan.meeting.attendees] == ["Sam Patel"]
    assert main_window.model.rowCount() == 1


def test_delete_asks_then_moves_to_the_bin_and_can_be_undone(
    qtbot, main_window, store, yes_to_questions
):
    plan = Plan(child=Child(full_name="Ada Lovelace"))
    store.save(plan, actor="test")
    main_window.model.refresh()
    main_window.ui.caseloadView.selectRow(0)
    main_window.ui.actionDelete.trigger()
    assert yes_to_questions and "bin" in yes_to_questions[0][0]
    assert main_window.model.rowCount() == 0
    assert store.summary(plan.id).in_bin
    qtbot.mouseClick(main_window._undo_button, Qt.MouseButton.LeftButton)
    assert not store.summary(plan.id).in_bin
    assert main_window.model.rowCount() == 1
    # Delete again, then restore from the bin view.
    main_window.ui.caseloadView.selectRow(0)
    main_window.ui.actionDelete.trigger()
    main_window.ui.showBin.setChecked(True)
    assert main_window.model.rowCount() == 1
    assert "in the bin since" in main_window.model.data(main_window.model.index(0, 1))
    main_window.ui.caseloadView.selectRow(0)
    assert main_window.ui.actionRestore.isEnabled()
    assert not main_window.ui.actionOpen.isEnabled()
    main_window.ui.actionRestore.trigger()
    assert not store.summary(plan.id).in_bin


def test_a_declined_delete_keeps_the_plan(qtbot, main_window, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    store.save(Plan(child=Child(full_name="Grace Hopper")), actor="test")
    main_window.model.refresh()
    main_window.ui.caseloadView.selectRow(0)
    main_window.ui.actionDelete.trigger()
    assert main_window.model.rowCount() == 1


def test_annual_review_copies_into_a_new_draft_version(qtbot, main_window, store, yes_to_questions):
    example = next(p for p in map(read_plan, example_paths()) if p.is_final)
    store.save(example, actor="test")
    main_window.model.refresh()
    main_window.ui.caseloadView.selectRow(0)
    main_window.ui.actionAnnualReview.trigger()
    (wizard,) = main_window.wizards.values()
    new = store.load(wizard.session.plan.id)
    assert new.id != example.id
    assert new.version == example.version + 1
    assert new.previous_version_id == example.id
    assert new.status is PlanStatus.DRAFT
    assert new.meeting.kind is MeetingKind.ANNUAL_REVIEW
    assert new.meeting.held_on == date.today()  # the review meeting is the one starting now
    assert (new.served_on, new.comment_deadline, new.next_review_on) == (None, None, None)
    assert example.served_on is not None  # so the clearing above means something
    recurring = [i for i in example.items if i.cost_basis is CostBasis.RECURRING]
    assert new.items == recurring  # one-off purchases already made are not repeated
    # Kept as history, to be confirmed again.
    assert [a.id for a in new.premises_agreements] == [a.id for a in example.premises_agreements]
    assert all(a.carried_over for a in new.premises_agreements)
    assert new.to_decide_again
    assert store.load(example.id) == example  # last year's version untouched
    assert main_window.model.rowCount() == 2


def test_annual_review_of_a_plan_not_yet_final_is_refused(
    qtbot, main_window, store, yes_to_questions, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: said.append(a[2])))
    draft = next(p for p in map(read_plan, example_paths()) if not p.is_final)
    store.save(draft, actor="test")
    main_window.model.refresh()
    main_window.ui.caseloadView.selectRow(0)
    assert not main_window.ui.actionAnnualReview.isEnabled()
    assert "starts from a final plan" in main_window.ui.actionAnnualReview.toolTip()
    main_window.start_annual_review()  # and if it were reached another way: refused, said why
    assert main_window.wizards == {}
    assert main_window.model.rowCount() == 1
    assert said and "starts from the final plan" in said[0]


def test_import_and_export_a_plan_file(qtbot, main_window, store, tmp_path):
    example = read_plan(example_paths()[0])
    imported = main_window.import_plan_file(str(example_paths()[0]))
    assert imported is not None and store.load(example.id) == example
    main_window.ui.caseloadView.selectRow(0)
    out = tmp_path / "out.json"
    assert main_window.export_plan_file(str(out))
    assert read_plan(out) == example
    actions = [entry.action for entry in store.audit_trail(example.id)]
    assert "imported" in actions and "exported" in actions


def test_importing_a_bad_file_says_why_and_changes_nothing(
    qtbot, main_window, store, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a)))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "coplan-plan/1", "child": ', encoding="utf-8")
    assert main_window.import_plan_file(str(bad)) is None
    assert shown and "bad.json" in shown[0][2]
    assert store.count_plans() == 0


def test_reimporting_an_existing_plan_can_keep_both(qtbot, main_window, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    example = read_plan(example_paths()[0])
    store.save(example, actor="test")

    def choose_keep_both(box):
        for button in box.buttons():
            if button.text() == "Keep both":
                box._clicked = button
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_keep_both)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)
    imported = main_window.import_plan_file(str(example_paths()[0]))
    assert imported is not None and imported.id != example.id
    assert store.count_plans() == 2


def test_choosing_another_data_folder_reopens_the_caseload(qtbot, main_window, store, tmp_path):
    other = tmp_path / "other"
    from coplan.store import open_store

    with open_store(other) as second:
        write_plan(read_plan(example_paths()[0]), tmp_path / "x.json")
        second.save(read_plan(tmp_path / "x.json"), actor="test")
    assert main_window.model.rowCount() == 0
    assert main_window.choose_data_folder(str(other))
    assert main_window.model.rowCount() == 1
    assert main_window.settings.value("data_dir") == str(other)
    main_window.store.close()


def test_replacing_a_plan_open_in_the_wizard_is_refused(qtbot, main_window, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    example = read_plan(example_paths()[0])
    store.save(example, actor="test")
    main_window.open_plan(store.load(example.id))
    warned = []

    def choose_replace(box):
        box._clicked = next(b for b in box.buttons() if b.text() == "Replace it")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_replace)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._clicked)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, t, m, *a: warned.append(t)))
    assert main_window.import_plan_file(str(example_paths()[0])) is None
    assert warned == ["Close the plan first"]
    assert [v.reason for v in store.versions(example.id)] == []  # nothing replaced


def test_the_caseload_shows_each_plans_stage_and_next_date(qtbot, main_window, store):
    from datetime import date

    from PySide6.QtCore import Qt

    plans = {p.child.full_name: p for p in map(read_plan, example_paths())}
    for plan in plans.values():
        store.save(plan, actor="test")
    model = main_window.model
    model.today = date(2026, 12, 1)
    model.refresh(reset=True)
    rows = {
        model.data(model.index(r, 0)).split(" (")[0]: (
            model.data(model.index(r, 1)),
            model.data(model.index(r, 2)),
            model.data(model.index(r, 2), Qt.ItemDataRole.ForegroundRole),
        )
        for r in range(model.rowCount())
    }
    assert rows["Amara Grace Okafor"][:2] == (
        "Sent for consultation",
        "Comments due 7 December 2026",
    )
    assert rows["Oliver James Hughes"][:2] == ("Final plan issued", "Review due 12 November 2027")
    assert rows["Harry Thompson"][:2] == ("Draft", "Final plan due 18 February 2027")
    assert all(colour is None for _stage, _date, colour in rows.values())

    model.today = date(2027, 3, 1)  # the 20-week date has passed: late, in red and in words
    model.refresh()
    harry = next(r for r in range(model.rowCount()) if "Harry" in model.data(model.index(r, 0)))
    assert model.data(model.index(harry, 2)) == "Final plan due 18 February 2027 (late)"
    assert model.data(model.index(harry, 2), Qt.ItemDataRole.ForegroundRole) is not None
    amara = next(r for r in range(model.rowCount()) if "Amara" in model.data(model.index(r, 0)))
    assert model.data(model.index(amara, 2)) == (
        "Comments closed 7 December 2026: final plan to issue"
    )

    # Searching by stage, and sorting by the next date.
    combo = main_window.ui.stageFilter
    combo.setCurrentIndex(combo.findData("final"))
    assert model.rowCount() == 1 and "Oliver" in model.data(model.index(0, 0))
    combo.setCurrentIndex(0)
    assert model.rowCount() == 3
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 2)).split(" ")[0] for r in range(3)] == [
        "Comments",
        "Final",
        "Review",
    ]
    assert main_window.ui.stageFilter.accessibleName() or main_window.ui.stageLabel.buddy()
