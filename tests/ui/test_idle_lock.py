"""CoPlan locks itself after the pack's idle time: every window hidden, the PIN or the
passphrase to continue, open plans saved first; not while the head is signing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from coplan.lock import OfficerLock
from coplan.lock.officer_lock import KdfParams as PinKdf
from coplan.store import crypto
from coplan.store.crypto import KdfParams, SaltFile
from coplan.ui.idle_lock import IdleLock, LockScreen

PIN = "482913"
PASSPHRASE = "owls in the old oak tree"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def pin_lock(data_folder):
    lock = OfficerLock(data_folder / "officer-lock.json", kdf=PinKdf(n=2**10))
    lock.set_secret(PIN)
    return lock


@pytest.fixture
def key(data_folder, monkeypatch):
    monkeypatch.setattr(crypto, "DEFAULT_KDF", KdfParams(n=2**10))
    return SaltFile(data_folder / "coplan.db").create(PASSPHRASE)


def make_idle_lock(main_window, *, lock, key=None, data_folder=None, minutes=10):
    clock = Clock()
    salt = SaltFile(data_folder / "coplan.db") if key is not None else None
    idle = IdleLock(
        main_window, minutes=lambda: minutes, lock=lock, key=key, salt=salt, clock=clock
    )
    return idle, clock


def unlock_with(qtbot, idle, secret):
    screen = idle.screen
    screen.field.setText(secret)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: not screen.busy, timeout=5000)


def test_it_locks_after_the_idle_time_and_the_pin_unlocks(qtbot, main_window, pin_lock):
    main_window.ui.actionNew.trigger()
    (wizard,) = main_window.wizards.values()
    wizard.session.plan.child.full_name = "Ottoline Pemberton"
    wizard.session.edited()
    idle, clock = make_idle_lock(main_window, lock=pin_lock, minutes=10)
    clock.now += 9 * 60
    idle.check()
    assert idle.screen is None
    clock.now += 61
    idle.check()
    screen = idle.screen
    assert isinstance(screen, LockScreen) and screen.isVisible()
    # every window hidden, not just covered; the edit saved before hiding
    assert not main_window.isVisible() and not wizard.isVisible()
    assert not wizard.session.dirty
    summary = main_window.store.summary(wizard.session.plan.id)
    assert summary.child_name == "Ottoline Pemberton"
    texts = " ".join(label.text() for label in screen.findChildren(type(screen.message)))
    assert "Ottoline" not in texts and "your sign-off PIN" in texts

    unlock_with(qtbot, idle, "000000x")
    assert "not the right PIN" in screen.message.text() and screen.isVisible()
    unlock_with(qtbot, idle, PIN)
    assert idle.screen is None
    assert main_window.isVisible() and wizard.isVisible()
    wizard.close()


def test_the_passphrase_unlocks_too_without_counting_as_a_wrong_pin(
    qtbot, main_window, pin_lock, key, data_folder
):
    idle, _clock = make_idle_lock(main_window, lock=pin_lock, key=key, data_folder=data_folder)
    assert idle.lock_now()
    assert "PIN or passphrase" in idle.screen.field_label.text()
    unlock_with(qtbot, idle, "not my passphrase")
    assert "not the right PIN or passphrase" in idle.screen.message.text()
    unlock_with(qtbot, idle, PASSPHRASE)
    assert idle.screen is None and main_window.isVisible()
    assert pin_lock.failures == 1  # the wrong one only


def test_any_use_counts_as_activity(qtbot, main_window, pin_lock):
    idle, clock = make_idle_lock(main_window, lock=pin_lock, minutes=1)
    clock.now += 59
    qtbot.keyClick(main_window.ui.searchField, "a")
    clock.now += 30
    idle.check()
    assert idle.screen is None


def test_not_while_the_head_is_signing(qtbot, main_window, pin_lock, monkeypatch):
    from coplan.ui import idle_lock

    monkeypatch.setattr(idle_lock, "_signoff_screen_up", lambda: True)
    idle, clock = make_idle_lock(main_window, lock=pin_lock, minutes=1)
    clock.now += 3600
    idle.check()
    assert idle.screen is None


def test_a_caseload_without_a_pin_or_a_key_is_not_locked(qtbot, main_window, data_folder):
    idle, clock = make_idle_lock(
        main_window, lock=OfficerLock(data_folder / "none.json"), minutes=1
    )
    clock.now += 3600
    idle.check()
    assert idle.screen is None and main_window.isVisible()


def test_the_lock_screen_refuses_to_close(qtbot, main_window, pin_lock):
    from screens import layout_problems

    idle, _clock = make_idle_lock(main_window, lock=pin_lock)
    idle.lock_now()
    assert layout_problems(idle.screen) == []
    assert idle.screen.close() is False
    QApplication.processEvents()
    assert idle.screen.isVisible() and not main_window.isVisible()
    unlock_with(qtbot, idle, PIN)


def test_the_pack_sets_the_idle_time(pack, strict_pack):
    assert pack.idle_lock_minutes == 10
    assert strict_pack.idle_lock_minutes == 5


def test_a_pack_cannot_switch_it_off():
    import tomllib

    from coplan.paths import resources_dir
    from coplan.policy.loader import PolicyPackError, parse_pack

    data = tomllib.loads((resources_dir() / "policies" / "example-shire.toml").read_text())
    data["pack"]["idle_lock_minutes"] = 600
    with pytest.raises(PolicyPackError, match="at most 60"):
        parse_pack(data)
    data["pack"]["idle_lock_minutes"] = 0
    with pytest.raises(PolicyPackError):
        parse_pack(data)


def test_a_question_left_open_is_not_answered_by_the_lock(qtbot, main_window, pin_lock):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from coplan.ui.cover import locked_screen

    question = QDialog(main_window)
    question.setWindowModality(Qt.WindowModality.ApplicationModal)
    question.show()
    idle, _clock = make_idle_lock(main_window, lock=pin_lock)
    assert idle.lock_now()
    assert locked_screen() is idle.screen
    # hiding a modal dialog ends its loop, as if cancelled: it stays, under the lock screen
    assert question.isVisible() and question.result() == 0
    assert not main_window.isVisible()
    unlock_with(qtbot, idle, PIN)
    assert locked_screen() is None and main_window.isVisible()
    question.close()
