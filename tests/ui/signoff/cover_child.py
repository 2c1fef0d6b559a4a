"""Run by test_cover: a family view on the projector, the sign-off screen on the laptop; report
where the cover's panels went, then unlock with the PIN and report again."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from factories import MEETING_DAY
from signoff_helpers import FAST, PIN, plan_with_two_settings


def main(folder: str) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    import coplan.ui  # noqa: F401
    from coplan.lock import OfficerLock
    from coplan.policy import load_pack_by_id
    from coplan.ui.signoff.screen import SignoffScreen

    app = QApplication([])
    laptop, projector = app.screens()
    family = QWidget()
    family.setWindowTitle("CoPlan: the plan so far")
    family.setScreen(projector)
    family.setGeometry(projector.geometry().adjusted(50, 50, -50, -50))
    family.show()
    lock = OfficerLock(Path(folder) / "officer-lock.json", kdf=FAST)
    lock.set_secret(PIN)
    screen = SignoffScreen(
        plan_with_two_settings(), "s1", load_pack_by_id("example-shire"), lock=lock,
        today=MEETING_DAY,
    )  # fmt: skip
    screen.setScreen(laptop)
    screen.setGeometry(laptop.geometry())
    screen.showFullScreen()
    app.processEvents()

    def where(widget) -> list:
        g = widget.geometry()
        return [widget.screen().name(), [g.x(), g.y(), g.width(), g.height()]]

    report = {
        "screen": where(screen),
        "panels": [where(panel) for panel in screen.cover.panels if panel.isVisible()],
        "family_view_visible": family.isVisible(),
    }
    screen.ui.officerButton.click()
    screen.ui.pinEdit.setText(PIN)
    screen.ui.unlockButton.click()
    app.processEvents()
    report["after_pin"] = {
        "panels": len(screen.cover.panels),
        "family_view_visible": family.isVisible(),
    }
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
