"""The team database connection: TLS with certificate checking, the password in the keychain
only, refusals in plain words; and, against the real test server, TLS with a CA made here."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from coplan.store.team_connection import (
    KEYCHAIN_SERVICE,
    TeamConnectionError,
    TeamSettings,
    checked_url,
    create_team_engine,
    describe_failure,
    forget_password,
    load_team_settings,
    local_test_url,
    resolve_team_url,
    save_password,
    save_team_settings,
    saved_password,
    shown_url,
    team_url,
)

TEAM = TeamSettings(host="db.council.example", user="j.smith", ca_file="")


class Settings(dict):
    """QSettings' value/setValue/remove/sync over a dict."""

    def value(self, key, default=None):
        return self.get(key, default)

    def setValue(self, key, value):  # QSettings' name
        self[key] = value

    def remove(self, group):
        for key in [k for k in self if k.startswith(group + "/")]:
            del self[key]

    def sync(self):
        pass


# -- URLs and refusals -------------------------------------------------------------------------
def test_a_url_from_settings_checks_the_certificate_and_the_host_name():
    url = team_url(TEAM, "s3cret")
    assert url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == "verify-full"
    assert url.query["sslrootcert"] == "system"  # the operating system's trusted CAs
    assert url.query["connect_timeout"] == "10"
    assert (url.host, url.port, url.database, url.username) == (
        "db.council.example",
        5432,
        "coplan",
        "j.smith",
    )
    assert "s3cret" not in shown_url(url)


def test_a_ca_file_from_it_is_the_root_of_trust(tmp_path):
    ca = tmp_path / "council-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    url = team_url(TeamSettings(host="db.council.example", user="j.smith", ca_file=str(ca)))
    assert url.query["sslrootcert"] == str(ca)


def test_a_url_without_sslmode_gets_verify_full():
    url = checked_url("postgresql://j.smith:pw@db.council.example/coplan")
    assert url.drivername == "postgresql+psycopg"
    assert url.query["sslmode"] == "verify-full"


@pytest.mark.parametrize("mode", ["require", "prefer", "allow", "verify-ca"])
def test_weaker_tls_modes_are_refused_in_plain_words(mode):
    with pytest.raises(TeamConnectionError) as refused:
        checked_url(f"postgresql://j.smith:pw@db.council.example/coplan?sslmode={mode}")
    assert "verify-full" in str(refused.value)
    assert "pw" not in str(refused.value).split()


def test_a_plain_connection_to_another_computer_is_refused():
    with pytest.raises(TeamConnectionError, match="without TLS"):
        checked_url("postgresql://j.smith:pw@db.council.example/coplan?sslmode=disable")
    with pytest.raises(TeamConnectionError, match="without TLS"):
        checked_url("postgresql://j.smith:pw@10.1.2.3/coplan?sslmode=disable")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "127.0.0.2"])
def test_a_plain_connection_to_this_computer_needs_saying_so(host):
    url = checked_url(f"postgresql://coplan@{host}:5433/coplan?sslmode=disable")
    assert url.query["sslmode"] == "disable"
    # Not said: TLS is still demanded, even here.
    assert checked_url(f"postgresql://coplan@{host}:5433/coplan").query["sslmode"] == "verify-full"


def test_only_postgresql_is_a_team_database():
    with pytest.raises(TeamConnectionError, match="PostgreSQL"):
        checked_url("sqlite:////tmp/team.db")


def test_settings_say_what_is_missing_and_refuse_plain_to_another_computer(tmp_path):
    problems = TeamSettings(host="", user="").problems()
    assert any("server name" in p for p in problems)
    assert any("user name" in p for p in problems)
    assert TeamSettings(host="db x", user="a").problems() == [
        "The server name cannot contain spaces or any of / ? # @."
    ]
    assert "only to a test server on this computer" in " ".join(
        TeamSettings(host="db.council.example", user="a", allow_plain=True).problems()
    )
    assert TeamSettings(host="127.0.0.1", user="a", allow_plain=True).problems() == []
    missing = TeamSettings(host="db.council.example", user="a", ca_file=str(tmp_path / "no.pem"))
    assert "does not exist" in " ".join(missing.problems())
    with pytest.raises(TeamConnectionError, match="server name"):
        team_url(TeamSettings(host="", user="a"))


# -- settings and the keychain -----------------------------------------------------------------
def test_the_password_goes_to_the_keychain_never_to_the_settings(memory_keychain):
    settings = Settings()
    save_team_settings(settings, TEAM)
    save_password(TEAM, "s3cret-Pa55")
    assert "s3cret-Pa55" not in repr(settings)
    assert memory_keychain.passwords == {(KEYCHAIN_SERVICE, TEAM.keychain_name): "s3cret-Pa55"}
    assert load_team_settings(settings) == TEAM
    assert saved_password(TEAM) == "s3cret-Pa55"
    url = resolve_team_url(settings=settings)
    assert url.password == "s3cret-Pa55"
    forget_password(TEAM)
    assert saved_password(TEAM) is None
    forget_password(TEAM)  # twice is fine


def test_the_settings_file_holds_no_password(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    save_team_settings(settings, TeamSettings(host="127.0.0.1", user="j.smith", allow_plain=True))
    save_password(TeamSettings(host="127.0.0.1", user="j.smith"), "s3cret-Pa55")
    del settings
    written = (tmp_path / "settings.ini").read_text()
    assert "j.smith" in written and "s3cret" not in written
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert load_team_settings(again) == TeamSettings(
        host="127.0.0.1", user="j.smith", allow_plain=True
    )


def test_no_keychain_on_this_computer_is_said_plainly():
    import keyring
    from keyring.backends import fail

    from coplan.store.team_connection import KeychainUnavailable

    keyring.set_keyring(fail.Keyring())
    assert saved_password(TEAM) is None
    with pytest.raises(KeychainUnavailable, match="no keychain"):
        save_password(TEAM, "pw")


def test_the_command_line_and_environment_come_before_the_settings(monkeypatch):
    settings = Settings()
    save_team_settings(settings, TEAM)
    monkeypatch.setenv("COPLAN_TEAM_URL", "postgresql://env@db2.council.example/coplan")
    assert resolve_team_url(settings=settings).host == "db2.council.example"
    explicit = resolve_team_url("postgresql://cli@db3.council.example/coplan", settings=settings)
    assert explicit.host == "db3.council.example"
    monkeypatch.delenv("COPLAN_TEAM_URL")
    assert resolve_team_url(settings=Settings()) is None


def test_failures_are_told_in_plain_words_without_the_password():
    class Failure(Exception):
        pass

    url = "postgresql://j.smith:s3cret@db.council.example/coplan"
    cases = {
        'password authentication failed for user "j.smith"': "refused the user name or password",
        "certificate verify failed: self-signed certificate": "could not prove",
        'server certificate for "x" does not match host name "y"': "another server name",
        "connection refused": "cannot be reached",
        "could not translate host name": "cannot be reached",
        "server does not support SSL, but SSL was required": "does not offer TLS",
    }
    for message, words in cases.items():
        said = describe_failure(Failure(message + " s3cret"), url)
        assert words in said, (message, said)
        assert "s3cret" not in said


# -- against the real test server: TLS with a CA made here (tests/team_tls.py) -----------------
def _connect(url) -> bool:
    """Whether the connection is encrypted (it fails before, when it cannot be checked)."""
    engine = create_team_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return connection.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar()
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_the_team_server_with_the_councils_ca_is_reached_over_tls(tls_server):
    url, folder = tls_server
    team = TeamSettings(
        host="localhost",
        port=url.port,
        database=url.database,
        user=url.username,
        ca_file=str(folder / "council-ca.pem"),
    )
    assert _connect(team_url(team)) is True


@pytest.mark.postgresql
def test_a_server_whose_certificate_the_ca_did_not_sign_is_refused(tls_server):
    url, folder = tls_server
    team = TeamSettings(
        host="localhost",
        port=url.port,
        database=url.database,
        user=url.username,
        ca_file=str(folder / "rogue-ca.pem"),
    )
    with pytest.raises(Exception) as refused:
        _connect(team_url(team))
    assert "could not prove it is the council's server" in describe_failure(refused.value)


@pytest.mark.postgresql
def test_a_certificate_for_another_name_is_refused(tls_server):
    url, folder = tls_server
    # The certificate names "localhost"; asked for 127.0.0.1, the name does not match.
    team = TeamSettings(
        host="127.0.0.1",
        port=url.port,
        database=url.database,
        user=url.username,
        ca_file=str(folder / "council-ca.pem"),
    )
    with pytest.raises(Exception) as refused:
        _connect(team_url(team))
    assert "another server name" in describe_failure(refused.value)


@pytest.mark.postgresql
def test_without_tls_on_the_server_verify_full_does_not_connect():
    admin_url = os.environ.get("COPLAN_TEST_POSTGRES_URL")
    if not admin_url:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL tests cannot be skipped in CI")
        pytest.skip("COPLAN_TEST_POSTGRES_URL is not set")
    url = make_url(admin_url)
    with pytest.raises(Exception) as refused:
        _connect(url)  # no sslmode: verify-full is added, and the server offers no TLS
    assert "does not offer TLS" in describe_failure(refused.value)
    assert _connect(local_test_url(url)) is False  # said explicitly, for a local test server


def test_a_set_up_problem_is_told_apart_from_no_network():
    from coplan.store.team_connection import is_network_failure

    class Failure(Exception):
        pass

    assert is_network_failure(Failure("connection failed: Connection refused"))
    assert is_network_failure(Failure("connection timeout expired"))
    assert not is_network_failure(Failure('password authentication failed for user "x"'))
    assert not is_network_failure(Failure("certificate verify failed: unable to get issuer"))
    wrapped = Failure("the team database cannot be reached")
    wrapped.__context__ = Failure("connection failed: server does not support SSL")
    assert not is_network_failure(wrapped)


def test_the_command_line_reads_the_apps_own_settings_and_keychain(qapp):
    from coplan.store.team_connection import app_settings

    settings = app_settings()  # the sandboxed user's (tests/conftest.py points HOME elsewhere)
    try:
        assert resolve_team_url() is None
        save_team_settings(settings, TEAM)
        save_password(TEAM, "from-the-keychain")
        url = resolve_team_url()
        assert (url.host, url.username, url.password) == (
            "db.council.example",
            "j.smith",
            "from-the-keychain",
        )
    finally:
        settings.remove("team")
        settings.sync()
