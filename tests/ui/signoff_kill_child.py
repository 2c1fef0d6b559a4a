"""Run by test_relaunch_after_kill: an encrypted caseload, a plan open in the wizard and the
head's sign-off screen up; report READY, then wait to be killed (SIGKILL)."""

from __future__ import annotations

import sys
from pathlib import Path


def main(folder: str, passphrase: str) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    import coplan.ui  # noqa: F401  (the PySide6 work-around first)
    from coplan.demo import example_plans
    from coplan.lock import OfficerLock
    from coplan.lock.officer_lock import FILE_NAME
    from coplan.store import open_store
    from coplan.store.crypto import SaltFile

    app = QApplication([])
    store = open_store(folder, passphrase=passphrase)
    plan = next(p for p in example_plans() if p.settings and p.premises_dp_items("s1"))
    store.save(plan, actor="Sam Patel")
    OfficerLock(Path(folder) / FILE_NAME).set_secret("482913")
    from coplan.ui.main_window import MainWindow
    from coplan.ui.signoff import open_signoff

    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, data_folder=Path(folder), settings=settings)
    window.use_key(SaltFile(Path(folder) / "coplan.db").unlock(passphrase))  # as app.py does
    window.show()
    wizard = window.open_plan(store.load(plan.id))

    def ready() -> None:
        print("READY", plan.id, plan.child.full_name, flush=True)

    def sign_off() -> None:
        QTimer.singleShot(800, ready)  # fires inside the sign-off screen's own event loop
        lock = OfficerLock(Path(folder) / FILE_NAME)
        open_signoff(
            wizard, wizard.session.plan, "s1", window.pack_for(plan.policy_pack), lock=lock
        )

    QTimer.singleShot(100, sign_off)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
