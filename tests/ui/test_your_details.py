"""Settings → Your details: typed once, checked where typed, copied into new plans and into
plans opened without them, and printed on the family's page."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox

from coplan.domain.model import OfficerContact, Plan, PlanStatus
from coplan.ui.your_details import YourDetailsDialog, officer_from_settings, save_officer

SAM = OfficerContact("Sam Patel", "SEND case officer", "sam.patel@example.org", "01632 960 123")


def test_details_are_checked_as_typed_and_saved_only_when_right(qtbot, settings):
    dialog = YourDetailsDialog(settings)
    qtbot.addWidget(dialog)
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.keyClicks(dialog.ui.name, "  Sam   Patel ")
    qtbot.keyClicks(dialog.ui.role, "SEND case officer")
    qtbot.keyClicks(dialog.ui.email, "sam.patel@example")
    assert not save.isEnabled()
    assert "does not look like an email address" in dialog.errors["email"].text()
    assert dialog.errors["email"].isVisibleTo(dialog)  # the message is under the field
    assert dialog.ui.problem.text() == "To save, correct the email address."
    assert dialog.ui.email.text() == "sam.patel@example"  # what was typed is kept
    qtbot.keyClicks(dialog.ui.phone, "call me")
    assert not save.isEnabled()
    assert "A phone number has at least 6 digits" in dialog.errors["phone"].text()
    assert dialog.ui.problem.text() == "To save, correct the email address and the phone number."
    qtbot.keyClicks(dialog.ui.email, ".org")
    assert not dialog.errors["email"].isVisibleTo(dialog)
    dialog.ui.phone.clear()
    qtbot.keyClicks(dialog.ui.phone, "01632 960 123")
    assert save.isEnabled() and dialog.ui.problem.text() == ""
    assert not any(error.isVisibleTo(dialog) for error in dialog.errors.values())
    dialog.accept()
    assert officer_from_settings(settings) == SAM  # spaces tidied


def test_a_detail_longer_than_a_plan_keeps_is_refused_with_its_length(qtbot, settings):
    dialog = YourDetailsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.ui.phone.setText("0" * 41)
    assert "41 characters long; a plan keeps up to 40" in dialog.errors["phone"].text()
    dialog.accept()  # refused: nothing saved
    assert officer_from_settings(settings).is_empty


def test_a_new_plan_takes_your_details_and_an_old_plan_gets_them_when_opened(
    qtbot, main_window, store, settings
):
    save_officer(settings, OfficerContact("Samira Patel", "SEND case officer"))
    settings.setValue("actor", "s.patel")  # the audit trail's name
    wizard = main_window.new_plan()
    assert [a.name for a in wizard.session.plan.meeting.attendees] == ["Samira Patel"]
    wizard.session.close()
    wizard.close()
    save_officer(settings, SAM)
    wizard = main_window.new_plan()
    assert wizard.session.plan.officer == SAM
    wizard.session.save_now()
    assert store.load(wizard.session.plan.id).officer == SAM
    # A plan made before (no officer): opened, it takes them and saves them.
    older = Plan(policy_pack="example-shire")
    store.save(older, actor="Sam Patel", action="created", replaces=0)
    opened = main_window.open_plan(store.load(older.id))
    qtbot.waitUntil(lambda: not opened.session.dirty, timeout=2000)
    assert store.load(older.id).officer == SAM
    # A final plan is never changed by opening it.
    final = Plan(policy_pack="example-shire", status=PlanStatus.FINAL)
    store.save(final, actor="Sam Patel", action="created", replaces=0)
    main_window.open_plan(store.load(final.id))
    assert store.load(final.id).officer.is_empty


def test_the_menu_opens_the_dialog(qtbot, main_window, monkeypatch):
    shown = []
    monkeypatch.setattr(YourDetailsDialog, "exec", lambda self: shown.append(self) or 0)
    main_window.ui.actionYourDetails.trigger()
    assert shown and shown[0].windowTitle() == "Your details"


def test_your_details_reach_the_family_page_of_the_pdf(settings):
    from coplan.domain.officer import fill_officer
    from coplan.policy import load_pack_by_id
    from coplan.report import render_section_j

    save_officer(settings, SAM)
    plan = Plan(policy_pack="example-shire")
    fill_officer(plan, officer_from_settings(settings))
    pdf = PdfReader(io.BytesIO(render_section_j(plan, load_pack_by_id("example-shire"))))
    first = " ".join(pdf.pages[0].extract_text().split())
    assert "Your case officer is Sam Patel, SEND case officer." in first
    assert "sam.patel@example.org" in first and "01632 960 123" in first
