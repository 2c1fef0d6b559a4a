"""The passphrase prompt: first start (choose, twice), later starts (enter), a plain caseload
from an earlier CoPlan (choose, then it is encrypted); all by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coplan.store import crypto, open_store
from coplan.store.crypto import CaseloadState, KdfParams, SaltFile, caseload_state
from coplan.ui.passphrase import PassphraseDialog

PASSPHRASE = "swallows over the playing field"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch):
    monkeypatch.setattr(crypto, "DEFAULT_KDF", KdfParams(n=2**10))


def dialog_for(qtbot, folder, state):
    dialog = PassphraseDialog(folder / "coplan.db", state, backups_folder=folder / "backups")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_each_prompt_fits_and_nothing_overlaps(qtbot, data_folder):
    from screens import layout_problems

    for state in (CaseloadState.NEW, CaseloadState.PLAIN, CaseloadState.ENCRYPTED):
        dialog = dialog_for(qtbot, data_folder, state)
        assert layout_problems(dialog) == [], state
        dialog.close()


def submit(qtbot, dialog, passphrase, confirm=None):
    last = dialog.ui.passphraseEdit
    qtbot.keyClicks(last, passphrase)
    if confirm is not None:
        last = dialog.ui.confirmEdit
        qtbot.keyClicks(last, confirm)
    qtbot.keyClick(last, Qt.Key.Key_Return)  # the default button: Open / Encrypt and open
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)


def test_first_start_explains_and_asks_twice(qtbot, data_folder):
    dialog = dialog_for(qtbot, data_folder, CaseloadState.NEW)
    intro = dialog.ui.introLabel.text()
    assert "Choose a passphrase" in dialog.ui.headingLabel.text()
    assert "nobody can open this caseload" in intro and "sign-off PIN" in intro
    assert dialog.ui.confirmEdit.isVisible()
    # the keyboard alone: the fields, the tick box, then the buttons
    order, widget = [], dialog.ui.passphraseEdit
    for _ in range(5):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert order == ["passphraseEdit", "confirmEdit", "showCheck", "openButton", "quitButton"]
    assert dialog.ui.passphraseEdit.accessibleName() == "Passphrase"

    submit(qtbot, dialog, "short", "short")
    assert "at least 10 characters" in dialog.ui.messageLabel.text()
    dialog.ui.passphraseEdit.clear()
    submit(qtbot, dialog, PASSPHRASE, PASSPHRASE + "!")
    assert "do not match" in dialog.ui.messageLabel.text()
    assert not SaltFile(data_folder / "coplan.db").exists()
    dialog.ui.passphraseEdit.clear()
    submit(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.key == SaltFile(data_folder / "coplan.db").unlock(PASSPHRASE)
    assert dialog.ui.passphraseEdit.text() == ""  # not kept in the widget


def test_a_later_start_asks_once_and_refuses_a_wrong_one(qtbot, data_folder):
    SaltFile(data_folder / "coplan.db").create(PASSPHRASE)
    dialog = dialog_for(qtbot, data_folder, CaseloadState.ENCRYPTED)
    assert not dialog.ui.confirmEdit.isVisible()
    submit(qtbot, dialog, PASSPHRASE.upper())
    assert "does not open this caseload" in dialog.ui.messageLabel.text()
    assert dialog.isVisible() and dialog.key is None
    submit(qtbot, dialog, PASSPHRASE)
    assert dialog.key is not None and not dialog.isVisible()


def test_a_plain_caseload_is_encrypted_from_the_prompt(qtbot, data_folder):
    from factories import build_plan

    with open_store(data_folder) as store:
        store.save(build_plan(), actor="officer")
    assert caseload_state(data_folder / "coplan.db") == CaseloadState.PLAIN
    dialog = dialog_for(qtbot, data_folder, CaseloadState.PLAIN)
    assert "encrypts your caseload" in dialog.ui.introLabel.text()
    submit(qtbot, dialog, PASSPHRASE, PASSPHRASE)
    assert dialog.key is not None
    assert not crypto.is_plain_sqlite(data_folder / "coplan.db")
    assert b"Amira" not in (data_folder / "coplan.db").read_bytes()
    with open_store(data_folder, key=dialog.key) as store:
        assert store.load("plan-test").child.full_name == "Amira Khan"


def test_choosing_an_encrypted_data_folder_asks_for_its_passphrase(
    qtbot, main_window, tmp_path, monkeypatch
):
    from factories import build_plan

    from coplan.ui import passphrase

    other = tmp_path / "other"
    with open_store(other, passphrase=PASSPHRASE) as store:
        store.save(build_plan(), actor="officer")
    asked = []

    def ask_for_key(database_file, state, **_kwargs):
        asked.append(state)
        return SaltFile(database_file).unlock(PASSPHRASE)

    monkeypatch.setattr(passphrase, "ask_for_key", ask_for_key)
    assert main_window.choose_data_folder(str(other))
    assert asked == [CaseloadState.ENCRYPTED]
    assert main_window.model.rowCount() == 1
    assert main_window.database_key is not None
    assert main_window.recovery.key == main_window.database_key
    main_window.store.close()


def test_the_window_says_when_a_caseload_is_not_encrypted(
    qtbot, qapp, tmp_path, monkeypatch, settings
):
    import PySide6.QtCore

    from coplan.app import open_main_window

    monkeypatch.setattr(PySide6.QtCore, "QSettings", lambda *_args: settings)
    opened = open_main_window(data_dir=tmp_path / "new", argv=["coplan"])
    _app, window = opened
    try:
        assert "not encrypted" in window.windowTitle()
    finally:
        window.store.close()
        window.close()
        window.deleteLater()
        qtbot.wait(1)


def test_a_team_database_or_a_plain_test_caseload_asks_nothing(tmp_path, monkeypatch):
    from coplan.ui import passphrase
    from coplan.ui.unlock import unlock_caseload

    monkeypatch.setattr(passphrase, "ask_for_key", lambda *a, **k: pytest.fail("asked"))
    # PostgreSQL: not ours to encrypt (the URL is only parsed, never connected to)
    assert unlock_caseload(None, "postgresql+psycopg://officer@db.example/coplan") == (None, False)
    # the test suite's plain caseloads (COPLAN_UNENCRYPTED=1): kept plain, said on screen
    assert unlock_caseload(tmp_path / "plain", None) == (None, True)
    monkeypatch.delenv("COPLAN_UNENCRYPTED")
    asked = []
    monkeypatch.setattr(passphrase, "ask_for_key", lambda _f, state, **_k: asked.append(state))
    assert unlock_caseload(tmp_path / "plain", None) is None  # the officer quit the prompt
    assert asked == [CaseloadState.NEW]
