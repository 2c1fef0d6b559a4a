"""The team screens at 1366×768, for people to look at and for the layout test.

    Xvfb :55 -screen 0 1366x768x24 & DISPLAY=:55 openbox &
    DISPLAY=:55 QT_QPA_PLATFORM=xcb .venv/bin/python tests/ui/team_screens.py OUT_DIR

shows the main window with the team caseload tab, the side-by-side screen for two copies of an
example plan, and Team database settings, each maximised or at its own size, and saves a
screenshot of the whole screen (`import -window root`, so the window manager's frame is in it).
The team database is stood in for by `fake_team.FakeLink`, as in test_team_sync.py.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from copy import deepcopy
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]


def conflict_copies():
    """An example plan changed on the laptop and in the team database, as officers do."""
    from factories import example_paths

    from coplan.domain.model import Need, NeedSection
    from coplan.plan_file import read_plan

    laptop = read_plan(sorted(example_paths())[0])
    team = deepcopy(laptop)
    laptop.child.preferred_name = "Mara"
    laptop.items[2].units_per_period += 1
    laptop.needs.append(
        Need("n9", NeedSection.SEN, "Finds the noise of the dinner hall hard to bear")
    )
    team.items[2].when = "Mondays and Wednesdays, 10:30 to 11:30, term time"
    team.what_matters.append("Amara wants to choose her own voice for the app.")
    team.next_review_on = team.next_review_on.replace(day=9) if team.next_review_on else None
    return laptop, team


def build(store, settings):
    """(main window, conflict dialog, settings dialog) over a stand-in link."""
    from fake_team import Conflict, FakeLink, Status, team_plans

    from coplan.ui import team
    from coplan.ui.main_window import MainWindow

    link = FakeLink(store=store, settings=settings, plans=team_plans())
    laptop, team_copy = conflict_copies()
    link.copies[laptop.id] = (laptop, team_copy)
    link.waiting = [
        Conflict(
            laptop.id,
            laptop.child.full_name,
            team_saved_by="Jo Smith",
            team_saved_at=datetime(2026, 12, 1, 14, 5, tzinfo=UTC),
        )
    ]
    link.status_now = Status(
        last_synced_at=datetime.now(UTC).replace(microsecond=0), changes_waiting=3, conflicts=1
    )
    team.TeamLink = lambda *args, **kwargs: link
    window = MainWindow(store, data_folder=None, settings=settings)
    return window, link


def shoot(folder: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from coplan.app import apply_look
    from coplan.demo import example_plans
    from coplan.store import open_store

    app = QApplication.instance() or QApplication([])
    apply_look(app)
    scratch = Path(tempfile.mkdtemp(prefix="coplan-team-screens-"))
    store = open_store(scratch / "data", plain=True)
    store.save_many(example_plans(), actor="demo")
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("actor", "Sam Patel")
    window, link = build(store, settings)
    window.showMaximized()
    shots = []

    def settle(ms=600):
        end = datetime.now().timestamp() + ms / 1000
        while datetime.now().timestamp() < end:
            app.processEvents()

    def save(name: str) -> None:
        settle()
        path = folder / f"{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        shots.append(path)

    window.team.controller.refresh()
    save("team-1-my-caseload-status-bar")
    window.team.show_team_caseload()
    settle(1500)
    window.team.panel.ui.teamView.selectRow(0)
    save("team-2-team-caseload")
    dialog = window.team.open_conflict(link.waiting[0])
    save("team-3-conflict")
    dialog.ui.choicesTable.scrollToBottom()
    save("team-4-conflict-scrolled")
    dialog.reject()
    settings_dialog = window.team.settings_dialog()
    settings_dialog.ui.hostEdit.setText("coplan-db.example-shire.gov.uk")
    settings_dialog.ui.userEdit.setText("s.patel")
    settings_dialog.ui.passwordEdit.setText("secret")
    settings_dialog.show()
    settings_dialog._say(
        "The team database at coplan-db.example-shire.gov.uk could not prove it is the "
        "council's server (its certificate is not signed by the CA CoPlan trusts). Nothing was "
        "sent. Check the CA certificate file in Team database settings, or ask IT."
    )
    save("team-5-settings")
    settings_dialog.close()
    window.team.shutdown()
    window.close()
    store.close()
    return shots


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "team-screens")
    out.mkdir(parents=True, exist_ok=True)
    for shot in shoot(out):
        print(shot)
