"""A setting with a recorded premises decision stays in the plan; one without can go."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from test_review_and_family import open_example

from coplan.domain.fingerprint import agreement_status
from coplan.domain.model import Setting


def test_a_setting_with_an_agreement_cannot_be_removed(qtbot, main_window, store, monkeypatch):
    warned = []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: warned.append(text))
    )
    wizard = open_example(main_window, store, qtbot, index=0)  # the iPad plan: s1 has agreed
    page = wizard.page_by_key("meeting")
    page.settings.view.setCurrentRow(0)
    page.settings.remove()
    assert [s.id for s in wizard.session.plan.settings] == ["s1"]
    assert warned and "stays in the plan" in warned[0]
    assert agreement_status(wizard.session.plan, "s1").valid
    assert wizard.session.save_now()  # the plan still saves


def test_a_setting_without_decisions_can_be_removed(qtbot, main_window, store, monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    wizard = open_example(main_window, store, qtbot, index=0)
    plan = wizard.session.plan
    plan.settings.append(Setting("s2", "Riverside College"))
    page = wizard.page_by_key("meeting")
    page.load()
    page.settings.view.setCurrentRow(1)
    page.settings.remove()
    assert [s.id for s in plan.settings] == ["s1"]
    assert wizard.session.save_now()
