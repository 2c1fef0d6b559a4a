"""Exporting the draft Section J from the Review page (PDF, or Word with "Save as Word"): refused
while anything blocks, otherwise written on a worker thread with progress and Cancel, audited,
kept as a version, and offered to open."""

from __future__ import annotations

import threading

import pypdf
import pytest
from test_agreement_page import answer, save_as  # noqa: F401  (fixtures and helpers)
from test_review_and_family import open_example

from coplan.domain.money import Money


@pytest.fixture
def review(qtbot, main_window, store):
    wizard = open_example(main_window, store, qtbot, index=0)
    wizard.go_to("review")
    return wizard.page_by_key("review")


def finished(qtbot, review) -> None:
    """Wait for the worker thread's export to end (the window is never blocked by it)."""
    qtbot.waitUntil(lambda: review.exporting is None, timeout=20_000)


def test_the_draft_is_written_audited_snapshotted_and_offered(
    qtbot,
    review,
    store,
    tmp_path,
    monkeypatch,
    answer,  # noqa: F811
):
    out = tmp_path / "draft.pdf"
    asked = save_as(monkeypatch, out)
    review.ui.exportPdf.click()
    assert asked, "the officer chooses where it goes"
    # The name offered tells this child's plan from any other Amara's.
    assert asked[0].endswith("Amara Grace Okafor born 14-03-2018 v1 Section J draft.pdf")
    finished(qtbot, review)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "DRAFT" in text and review.plan.child.full_name in text
    actions = [entry.action for entry in store.audit_trail(review.plan.id)]
    assert "exported" in actions
    assert [v.reason for v in store.versions(review.plan.id)][-1] == "draft exported"
    assert answer["opened"] and answer["opened"][0].toLocalFile() == str(out)
    assert "Draft written to" in review.ui.exportStatus.text()


def test_a_plan_with_something_to_fix_is_not_exported(review, tmp_path, monkeypatch, qtbot):
    review.session.plan.items[0].outcome_ids = []
    review.session.plan.items[0].one_off_cost = Money(1)
    review.session.refresh_findings()
    asked = save_as(monkeypatch, tmp_path / "draft.pdf")
    review.ui.exportPdf.click()
    assert asked == []  # not even asked where to save
    assert not (tmp_path / "draft.pdf").exists()
    assert "cannot be exported yet" in review.ui.exportStatus.text()


def test_not_exported_while_a_field_holds_input_that_is_not_valid(review, tmp_path, monkeypatch):
    review.session.note_input("unit_cost", "Unit cost (£)", "22.5.0", "Not an amount of money.")
    asked = save_as(monkeypatch, tmp_path / "draft.pdf")
    review.ui.exportPdf.click()
    assert asked == []
    assert "correct what is typed in Unit cost (£)" in review.ui.exportStatus.text()


def test_a_draft_with_a_declined_agreement_exports_and_says_what_is_open(
    qtbot,
    review,
    store,
    tmp_path,
    monkeypatch,
    answer,  # noqa: F811
):
    from datetime import date

    from coplan.domain.agreements import record_decision
    from coplan.domain.model import Decision, SignatureMethod

    plan = review.session.plan
    record_decision(
        plan,
        "s1",
        decision=Decision.DECLINED,
        signatory_name="Helen Whitfield",
        signatory_role="Head teacher",
        signed_on=date(2026, 11, 20),
        method=SignatureMethod.TYPED,
        reasons="The class has no space for the equipment",
    )
    review.session.edited()
    review.session.refresh_findings()
    out = tmp_path / "draft.pdf"
    save_as(monkeypatch, out)
    review.ui.exportPdf.click()
    finished(qtbot, review)
    text = "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(out).pages)
    assert "DeclinedbytheheadteacheronNovember" not in text  # the date reads in full
    assert "Declinedbytheheadteacheron20November2026:Theclasshasnospacefortheequipment." in text
    assert "Stilltosettlebeforetheplanisfinal" in text
    assert "Draft written to" in review.ui.exportStatus.text()


def test_save_as_word_writes_the_same_section_j_as_a_word_document(
    qtbot,
    review,
    store,
    tmp_path,
    monkeypatch,
    answer,  # noqa: F811
):
    import docx

    out = tmp_path / "draft"
    asked = save_as(monkeypatch, out)
    from coplan.ui.text import strip_mnemonic

    assert review.ui.exportWord.isEnabled()
    assert strip_mnemonic(review.ui.exportWord.text()) == "Save as Word…"
    review.ui.exportWord.click()
    assert asked and asked[0].endswith("Section J draft.docx")
    finished(qtbot, review)
    written = tmp_path / "draft.docx"  # the suffix is added
    document = docx.Document(str(written))
    headings = [p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Heading 1" in headings and "Heading 2" in headings
    text = "\n".join(cell.text for table in document.tables for cell in table._cells)
    assert all(item.description in text for item in review.plan.items)
    assert review.plan.child.full_name in document.core_properties.title
    trail = store.audit_trail(review.plan.id)
    assert any(e.detail == "Section J Word document (draft)" for e in trail)
    assert "Draft written to" in review.ui.exportStatus.text()


class Gate:
    """Holds the worker's export at its first step until the test lets it go."""

    def __init__(self, monkeypatch) -> None:
        from coplan import report

        self.reached = threading.Event()
        self.release = threading.Event()
        original = report.render_section_j

        def slow(*args, progress=None, **kwargs):
            def held(fraction):
                self.reached.set()
                self.release.wait(10)
                if progress is not None:
                    progress(fraction)

            return original(*args, progress=held, **kwargs)

        monkeypatch.setattr(report, "render_section_j", slow)


def test_the_window_stays_live_and_cancel_leaves_no_file(qtbot, review, tmp_path, monkeypatch):
    """The export runs on a worker thread: the window answers while it works, the progress
    dialog offers Cancel, and a cancelled export writes nothing (an earlier file stays)."""
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    import coplan.ui.export_progress as progress_module

    monkeypatch.setattr(progress_module, "SHOW_AFTER_MS", 0)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "draft.pdf"
    out.write_bytes(b"an earlier draft")
    save_as(monkeypatch, out)
    gate = Gate(monkeypatch)
    review.ui.exportPdf.click()
    assert gate.reached.wait(10), "the export started"
    # The window's thread is free: events are handled while the export waits.
    QApplication.processEvents()
    assert review.exporting is not None and not review.ui.exportPdf.isEnabled()
    assert "Exporting the draft" in review.ui.exportStatus.text()
    dialog = review.findChild(QProgressDialog, "exportProgress")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    gate.release.set()
    finished(qtbot, review)
    assert out.read_bytes() == b"an earlier draft"
    assert sorted(p.name for p in folder.iterdir()) == ["draft.pdf"]  # no partial file
    assert "Export cancelled: nothing was saved" in review.ui.exportStatus.text()
    assert review.ui.exportPdf.isEnabled() and review.ui.exportWord.isEnabled()


def test_a_failure_on_the_worker_is_shown_and_the_buttons_come_back(
    qtbot, review, tmp_path, monkeypatch
):
    save_as(monkeypatch, tmp_path / "no such folder" / "draft.pdf")
    review.ui.exportPdf.click()
    finished(qtbot, review)
    status = review.ui.exportStatus.text()
    assert "The draft was not exported: The folder" in status and "does not exist" in status
    assert review.ui.exportPdf.isEnabled()


def test_closing_the_wizard_during_an_export_stops_it(qtbot, review, tmp_path, monkeypatch):
    out = tmp_path / "draft.pdf"
    save_as(monkeypatch, out)
    gate = Gate(monkeypatch)
    review.ui.exportPdf.click()
    assert gate.reached.wait(10)
    runner = review.exporting
    gate.release.set()
    review.wizard().confirm_close()
    assert not runner.thread.isRunning()
    assert not out.exists()


def test_an_unexpected_failure_is_explained_and_keeps_the_child_out_of_the_log(
    qtbot, review, tmp_path, monkeypatch, caplog
):
    from coplan import report

    def broken(plan, *args, **kwargs):
        raise RuntimeError(f"could not lay out {plan.child.full_name}")

    monkeypatch.setattr(report, "render_section_j", broken)
    save_as(monkeypatch, tmp_path / "draft.pdf")
    review.ui.exportPdf.click()
    finished(qtbot, review)
    status = review.ui.exportStatus.text()
    assert "something went wrong while making the document. Nothing was saved" in status
    assert not (tmp_path / "draft.pdf").exists()
    assert "RuntimeError" in caplog.text
    assert review.plan.child.full_name not in caplog.text
