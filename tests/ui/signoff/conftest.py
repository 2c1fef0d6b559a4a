"""Fixtures: a plan with two settings, a fast officer lock with a fake clock, the screen."""

from __future__ import annotations

import pytest
import shiboken6
from factories import MEETING_DAY
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from signoff_helpers import FAST, PIN, FakeClock, plan_with_two_settings

from coplan.domain.model import Plan
from coplan.lock import OfficerLock
from coplan.ui.signoff.screen import SignoffScreen


@pytest.fixture
def plan() -> Plan:
    return plan_with_two_settings()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def lock(tmp_path, clock) -> OfficerLock:
    officer = OfficerLock(tmp_path / "officer-lock.json", clock=clock, kdf=FAST)
    officer.set_secret(PIN)
    return officer


@pytest.fixture
def recorded() -> list:
    return []


@pytest.fixture
def make_screen(qtbot, plan, pack, lock, recorded):
    screens: list[SignoffScreen] = []

    def make(setting_id: str = "s1", **kwargs) -> SignoffScreen:
        kwargs.setdefault("on_recorded", recorded.append)
        screen = SignoffScreen(
            kwargs.pop("plan", plan), setting_id, pack, lock=lock, today=MEETING_DAY, **kwargs
        )
        screens.append(screen)
        screen.resize(1366, 768)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    yield make
    for screen in screens:  # a locked screen refuses qtbot's close: release it by hand
        if not shiboken6.isValid(screen):
            continue
        screen._may_close = True
        screen.close()
        screen.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
