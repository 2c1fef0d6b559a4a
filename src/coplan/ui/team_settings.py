"""Team, Team database settings: where the team's database is, and the officer's password.

The details go to the app's settings (QSettings group "team"); the password goes to the
operating system's keychain (or, where the officer asks or there is none, is kept for this
session only), never to the settings file or a log. "Test the connection" connects once on the
team worker's thread and says in plain words what happened.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from coplan.store.team_connection import (
    KeychainUnavailable,
    TeamConnectionError,
    TeamSettings,
    forget_password,
    forget_team_settings,
    is_local_host,
    load_team_settings,
    save_password,
    save_team_settings,
    saved_password,
    team_url,
)

from .forms_compiled.ui_team_settings import Ui_TeamSettingsDialog
from .team_link import plain_failure

PASSWORD_SAVED_HINT = "kept in this computer's keychain: type only to change it"


class TeamSettingsDialog(QDialog):
    def __init__(self, link, worker_source, parent: QWidget | None = None) -> None:
        """`worker_source()` gives the team worker (made when first needed)."""
        super().__init__(parent)
        self.ui = ui = Ui_TeamSettingsDialog()
        ui.setupUi(self)
        self.link = link
        self._worker_source = worker_source
        self.testing = False
        self.saved = False
        team = load_team_settings(link.settings) or TeamSettings()
        ui.hostEdit.setText(team.host)
        ui.portSpin.setValue(team.port)
        ui.databaseEdit.setText(team.database)
        ui.userEdit.setText(team.user)
        ui.caFileEdit.setText(team.ca_file)
        ui.allowPlainCheck.setChecked(team.allow_plain)
        self._had_password = bool(team.host and saved_password(team))
        if self._had_password:
            ui.passwordEdit.setPlaceholderText(PASSWORD_SAVED_HINT)
        ui.forgetButton.setVisible(load_team_settings(link.settings) is not None)
        ui.caBrowseButton.clicked.connect(self._choose_ca)
        ui.testButton.clicked.connect(self.test_connection)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.forgetButton.clicked.connect(self.forget)
        ui.hostEdit.textChanged.connect(self._update_plain_choice)
        self._update_plain_choice()
        ui.hostEdit.setFocus()

    def entered(self) -> TeamSettings:
        ui = self.ui
        return TeamSettings(
            host=ui.hostEdit.text().strip(),
            port=ui.portSpin.value(),
            database=ui.databaseEdit.text().strip(),
            user=ui.userEdit.text().strip(),
            ca_file=ui.caFileEdit.text().strip(),
            allow_plain=ui.allowPlainCheck.isChecked() and ui.allowPlainCheck.isEnabled(),
        )

    def _password(self, team: TeamSettings) -> str | None:
        typed = self.ui.passwordEdit.text()
        if typed:
            return typed
        if self.link.session_password:
            return self.link.session_password
        return saved_password(team)

    def _update_plain_choice(self) -> None:
        # Unencrypted only to this computer: offered only while the server is this computer.
        local = bool(self.ui.hostEdit.text().strip()) and is_local_host(self.ui.hostEdit.text())
        self.ui.allowPlainCheck.setEnabled(local)
        if not local:
            self.ui.allowPlainCheck.setChecked(False)

    def _choose_ca(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            "The CA certificate your IT team gave you",
            self.ui.caFileEdit.text(),
            "Certificates (*.pem *.crt *.cer);;All files (*)",
        )
        if chosen:
            self.ui.caFileEdit.setText(chosen)

    def _say(self, words: str, *, good: bool = False) -> None:
        self.ui.resultLabel.setText(words)
        self.ui.resultLabel.setStyleSheet("color: #1a6b2f;" if good else "color: #a4001d;")

    # -- test ----------------------------------------------------------------------------------
    def test_connection(self) -> bool:
        """Connect once, on the team worker's thread; the result is said below the form."""
        team = self.entered()
        if problems := team.problems():
            self._say(" ".join(problems))
            return False
        try:
            url = team_url(team, self._password(team))
        except TeamConnectionError as exc:
            self._say(str(exc))
            return False
        self.testing = True
        self.ui.testButton.setEnabled(False)
        self._say("Connecting…", good=True)
        self._worker_source().submit(
            lambda: self.link.test_connection(url), self._tested, self._test_failed
        )
        return True

    def _tested(self, failure: str) -> None:
        self.testing = False
        self.ui.testButton.setEnabled(True)
        if failure:
            self._say(failure)
        else:
            self._say(
                "Connected: the server proved it is the team database, over an encrypted "
                "connection."
                if not self.entered().allow_plain
                else "Connected to the test server on this computer (unencrypted).",
                good=True,
            )

    def _test_failed(self, exc: BaseException) -> None:
        self.testing = False
        self.ui.testButton.setEnabled(True)
        self._say(plain_failure(exc))

    # -- save ----------------------------------------------------------------------------------
    def save(self) -> bool:
        team = self.entered()
        if problems := team.problems():
            self._say(" ".join(problems))
            return False
        previous = load_team_settings(self.link.settings)
        typed = self.ui.passwordEdit.text()
        if previous is not None and previous.keychain_name != team.keychain_name:
            forget_password(previous)  # another role or server: the old password is no use
        save_team_settings(self.link.settings, team)
        kept_for_session = False
        if typed and self.ui.savePasswordCheck.isChecked():
            try:
                save_password(team, typed)
                self.link.session_password = None
            except KeychainUnavailable as exc:
                self.link.session_password = typed
                kept_for_session = True
                self._say(str(exc))
            except TeamConnectionError as exc:
                self.link.session_password = typed
                kept_for_session = True
                self._say(str(exc))
        elif typed:
            forget_password(team)
            self.link.session_password = typed
        self.saved = True
        if kept_for_session:
            self.ui.saveButton.setText("&Close")
            self.ui.saveButton.clicked.disconnect()
            self.ui.saveButton.clicked.connect(self.accept)
            return True
        self.accept()
        return True

    def forget(self) -> None:
        previous = load_team_settings(self.link.settings)
        if previous is not None:
            forget_password(previous)
        forget_team_settings(self.link.settings)
        self.link.session_password = None
        self.saved = True
        self.accept()
