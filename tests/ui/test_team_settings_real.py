"""Team database settings against the real test PostgreSQL: "Test the connection" over TLS with the
council's CA (made in the test), refused with another CA, and to a port nobody listens on; and
after saving, neither the settings file nor the log holds the password."""

from __future__ import annotations

import logging
import socket

import pytest

pytestmark = pytest.mark.postgresql


@pytest.fixture
def dialog(qtbot, main_window):
    made = main_window.team.settings_dialog()
    qtbot.addWidget(made)
    return made


def fill(dialog, *, host, port, database, user, ca_file="", password="", plain=False):
    ui = dialog.ui
    ui.hostEdit.setText(host)
    ui.portSpin.setValue(port)
    ui.databaseEdit.setText(database)
    ui.userEdit.setText(user)
    ui.caFileEdit.setText(ca_file)
    ui.passwordEdit.setText(password)
    ui.allowPlainCheck.setChecked(plain)


def connection_result(qtbot, dialog) -> str:
    assert dialog.test_connection()
    qtbot.waitUntil(lambda: not dialog.testing, timeout=30_000)
    return dialog.ui.resultLabel.text()


def test_testing_the_connection_over_tls_with_the_councils_ca(qtbot, dialog, tls_server):
    url, folder = tls_server
    server = {"host": "localhost", "port": url.port, "database": url.database, "user": url.username}
    fill(dialog, **server, ca_file=str(folder / "council-ca.pem"))
    assert connection_result(qtbot, dialog).startswith(
        "Connected: the server proved it is the team database, over an encrypted connection."
    )
    fill(dialog, **server, ca_file=str(folder / "rogue-ca.pem"))
    assert "could not prove it is the council's server" in connection_result(qtbot, dialog)


def test_a_server_that_does_not_answer_is_said_plainly(qtbot, dialog):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fill(dialog, host="127.0.0.1", port=port, database="coplan", user="j.smith", plain=True)
    assert "cannot be reached" in connection_result(qtbot, dialog)


def test_the_password_is_in_neither_the_settings_file_nor_the_log(
    qtbot, dialog, tls_server, settings, tmp_path, caplog, memory_keychain
):
    caplog.set_level(logging.DEBUG)
    url, folder = tls_server
    fill(
        dialog,
        host="localhost",
        port=url.port,
        database=url.database,
        user=url.username,
        ca_file=str(folder / "council-ca.pem"),
        password="Pa55-only-in-the-keychain",
    )
    connection_result(qtbot, dialog)
    assert dialog.save()
    settings.sync()
    assert "Pa55-only-in-the-keychain" not in (tmp_path / "settings.ini").read_text()
    assert "Pa55-only-in-the-keychain" not in caplog.text
    assert "Pa55-only-in-the-keychain" in memory_keychain.passwords.values()
