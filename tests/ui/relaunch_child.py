"""Run by test_relaunch_after_kill: start CoPlan as `coplan` does (open_main_window), report
every window shown and every text on it, then type the passphrase given (or quit)."""

from __future__ import annotations

import json
import sys


def shown_texts(app) -> list[dict]:
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit

    shown = []
    for window in app.topLevelWidgets():
        if not window.isVisible():
            continue
        texts = [window.windowTitle()]
        texts += [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
        texts += [w.text() for w in window.findChildren(QLineEdit) if w.isVisible()]
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if view.isVisible() and model is not None:
                texts += [
                    str(model.index(row, column).data())
                    for row in range(model.rowCount())
                    for column in range(model.columnCount())
                ]
        shown.append({"class": type(window).__name__, "texts": texts})
    return shown


def main(folder: str, passphrases: list[str]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    import coplan.ui  # noqa: F401
    from coplan.app import open_main_window
    from coplan.ui.passphrase import PassphraseDialog

    app = QApplication(["coplan"])
    tries = [0]

    def at_the_prompt() -> None:
        dialogs = [w for w in app.topLevelWidgets() if isinstance(w, PassphraseDialog)]
        if not dialogs or not dialogs[0].isVisible():
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(50, at_the_prompt)
            return
        print("PROMPT", json.dumps(shown_texts(app)), flush=True)
        type_next(dialogs[0])

    def type_next(dialog) -> None:
        if not passphrases:
            dialog.ui.quitButton.click()
            return
        dialog.ui.passphraseEdit.setText(passphrases.pop(0))
        dialog.ui.openButton.click()
        QTimer.singleShot(50, lambda: after_try(dialog))

    def after_try(dialog) -> None:
        if dialog.busy:
            QTimer.singleShot(50, lambda: after_try(dialog))
        elif dialog.isVisible():
            print("REFUSED", json.dumps(shown_texts(app)), flush=True)
            type_next(dialog)

    QTimer.singleShot(50, at_the_prompt)
    opened = open_main_window(data_dir=folder, argv=["coplan"])
    if isinstance(opened, int):
        print("EXIT", opened, flush=True)
        return
    _app, window = opened

    def question(_parent, _title, text, *_args):
        print("RECOVERY", json.dumps(text), flush=True)
        return QMessageBox.StandardButton.No

    QMessageBox.question = staticmethod(question)
    window.offer_recovery()
    print("WINDOW", json.dumps(shown_texts(app)), flush=True)
    window.store.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
