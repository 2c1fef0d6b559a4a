"""Run by test_crash_recovery: edit a plan, report READY, then wait to be killed (SIGKILL)."""

from __future__ import annotations

import sys
from pathlib import Path

from ui_driver import type_text


def main(folder: str) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    import coplan.ui  # noqa: F401  (the PySide6 work-around first)
    from coplan.store import open_store

    app = QApplication([])
    store = open_store(folder)
    from coplan.ui.main_window import MainWindow

    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("actor", "Sam Patel")
    window = MainWindow(store, data_folder=Path(folder), settings=settings)
    window.show()
    window.ui.actionNew.trigger()
    (wizard,) = window.wizards.values()

    def edit() -> None:
        page = wizard.currentPage()
        page.ui.childFullName.setFocus()
        type_text(page.ui.childFullName, "Amara Grace Okafor")
        wizard.go_to("outcomes")
        outcomes = wizard.currentPage()
        outcomes.ui.addOutcome.click()
        type_text(outcomes.ui.outcomeText, "Amara will talk to her friends at lunch")
        # Keep typing to the end: the kill comes while the event loop runs on.
        QTimer.singleShot(1200, ready)

    def ready() -> None:
        print("READY", wizard.session.plan.id, flush=True)

    QTimer.singleShot(50, edit)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
