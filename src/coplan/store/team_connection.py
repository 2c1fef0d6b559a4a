"""The team's PostgreSQL database: where it is, how CoPlan reaches it safely, and its password.

A laptop syncs its caseload with the team database over networks CoPlan does not control (a
school's Wi-Fi, a phone's hotspot). So:

- **TLS with certificate checking, always.** Every team URL gets `sslmode=verify-full`: the
  server's certificate must chain to a trusted CA *and* name the host CoPlan asked for. The CA is
  the file IT names (`sslrootcert`), or the operating system's trusted certificates
  (`sslrootcert=system`, libpq 16 and later). Weaker modes (`require` encrypts but believes any
  certificate; `prefer`/`allow` fall back to plain text) are refused in plain words. The one
  exception is a test server on this computer, and only when asked for explicitly
  (`sslmode=disable` in the URL, or "allow an unencrypted connection" in the settings).
- **The password lives in the operating system's keychain** (Windows Credential Manager, macOS
  Keychain, the Secret Service on Linux), through the `keyring` library: never in the settings
  file, a log or a message. Each officer signs in with their own database role, so the server's
  own logs and grants say who did what.
- **Settings** (host, port, database, role, CA file) live in the app's QSettings group "team",
  which IT can deploy (the registry on Windows, `~/.config/CoPlan/CoPlan.conf` on Linux);
  `$COPLAN_TEAM_URL` or `--team-url` override them for scripts.

Nothing here imports Qt; the settings object is anything with QSettings' `value`/`setValue`.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreError

log = logging.getLogger(__name__)

TEAM_URL_ENV = "COPLAN_TEAM_URL"
SETTINGS_GROUP = "team"
KEYCHAIN_SERVICE = "CoPlan team database"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "coplan"
CONNECT_TIMEOUT_SECONDS = 10
KEEPALIVES = {
    "keepalives": "1",
    "keepalives_idle": "30",
    "keepalives_interval": "10",
    "keepalives_count": "3",
}
# The operating system's trusted certificates (libpq 16+): a council CA already on its laptops.
SYSTEM_CAS = "system"
REQUIRED_SSLMODE = "verify-full"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
# The settings keys, under SETTINGS_GROUP; never a password.
_KEYS = ("host", "port", "database", "user", "ca_file", "allow_plain")


class TeamConnectionError(StoreError):
    """The team database cannot be used as configured; the message is for the officer (and IT)
    and never holds a password."""


class KeychainUnavailable(TeamConnectionError):
    """This computer has no keychain CoPlan can use (so the password is asked for each time)."""


@dataclass(frozen=True)
class TeamSettings:
    """Where the team database is and how to check it is really the team's server."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    user: str = ""  # the officer's own database role
    ca_file: str = ""  # the CA certificate IT gave; "" for the system's trusted certificates
    allow_plain: bool = False  # without TLS: only for a test server on this computer

    @property
    def keychain_name(self) -> str:
        """The keychain entry's user name: one password per role and server."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def is_local(self) -> bool:
        return is_local_host(self.host)

    def problems(self) -> list[str]:
        """What stops these settings from being used, in plain words; [] when none."""
        found = []
        if not self.host.strip():
            found.append("Enter the team database's server name (your IT team gives it).")
        elif any(c.isspace() or c in "/?#@" for c in self.host.strip()):
            found.append("The server name cannot contain spaces or any of / ? # @.")
        if not 1 <= int(self.port) <= 65535:
            found.append("The port is a number from 1 to 65535 (usually 5432).")
        if not self.database.strip():
            found.append("Enter the database's name (usually coplan).")
        if not self.user.strip():
            found.append("Enter your database user name (your IT team gives each officer one).")
        if self.allow_plain and self.host.strip() and not self.is_local:
            found.append(
                "An unencrypted connection is allowed only to a test server on this computer; "
                f"{self.host.strip()} is another computer, so the connection must use TLS."
            )
        if self.ca_file and not self.allow_plain and not Path(self.ca_file).is_file():
            found.append(f"The CA certificate file {self.ca_file} does not exist.")
        return found


def is_local_host(host: str | None) -> bool:
    """This computer: a loopback name or address, or a Unix socket folder."""
    if not host:
        return True  # libpq's default: the local Unix socket
    host = host.strip().strip("[]")
    if host in LOCAL_HOSTS or host.startswith("/"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- settings --------------------------------------------------------------------------------
def load_team_settings(settings) -> TeamSettings | None:
    """The team database in the app's settings; None when none is set up."""
    if settings is None:
        return None
    values = {key: settings.value(f"{SETTINGS_GROUP}/{key}", None) for key in _KEYS}
    if not values["host"]:
        return None
    try:
        port = int(values["port"] or DEFAULT_PORT)
    except (TypeError, ValueError):
        port = DEFAULT_PORT
    return TeamSettings(
        host=str(values["host"]),
        port=port,
        database=str(values["database"] or DEFAULT_DATABASE),
        user=str(values["user"] or ""),
        ca_file=str(values["ca_file"] or ""),
        allow_plain=str(values["allow_plain"]).lower() in ("true", "1"),
    )


def app_settings():
    """The app's own settings (what Team database settings saved), for the command line."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    return QSettings("CoPlan", "CoPlan")


def save_team_settings(settings, team: TeamSettings) -> None:
    """Write the settings (never the password: that goes to the keychain)."""
    for key in _KEYS:
        value = getattr(team, key)
        settings.setValue(
            f"{SETTINGS_GROUP}/{key}", str(value).lower() if key == "allow_plain" else value
        )
    settings.sync()


def forget_team_settings(settings) -> None:
    settings.remove(SETTINGS_GROUP)
    settings.sync()


# -- the keychain ----------------------------------------------------------------------------
def _keyring():
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeychainUnavailable(
            "This computer has no keychain CoPlan can use, so the password cannot be kept: "
            "CoPlan asks for it each time it starts. (IT: on Linux, install and unlock a "
            "Secret Service keychain such as GNOME Keyring or KWallet.)"
        )
    return keyring


def saved_password(team: TeamSettings) -> str | None:
    """The password in the keychain; None when none is saved or there is no keychain."""
    try:
        return _keyring().get_password(KEYCHAIN_SERVICE, team.keychain_name)
    except KeychainUnavailable:
        return None
    except Exception as exc:  # a locked or broken keychain: say which kind, never a secret
        log.warning("the keychain could not be read (%s)", type(exc).__name__)
        return None


def save_password(team: TeamSettings, password: str) -> None:
    """Keep the password in the keychain; KeychainUnavailable when there is none."""
    keyring = _keyring()
    try:
        keyring.set_password(KEYCHAIN_SERVICE, team.keychain_name, password)
    except Exception as exc:
        raise TeamConnectionError(
            f"The keychain refused to keep the password ({type(exc).__name__}). "
            "Unlock the keychain and try again."
        ) from None


def forget_password(team: TeamSettings) -> None:
    try:
        _keyring().delete_password(KEYCHAIN_SERVICE, team.keychain_name)
    except KeychainUnavailable:
        pass
    except Exception as exc:  # PasswordDeleteError: there was none
        log.debug("no password to forget in the keychain (%s)", type(exc).__name__)


# -- URLs ------------------------------------------------------------------------------------
def team_url(team: TeamSettings, password: str | None = None):
    """The SQLAlchemy URL for the settings (checked: see `checked_url`)."""
    from sqlalchemy.engine import URL

    if problems := team.problems():
        raise TeamConnectionError(" ".join(problems))
    if team.allow_plain:
        query = {"sslmode": "disable"}
    else:
        query = {"sslmode": REQUIRED_SSLMODE, "sslrootcert": team.ca_file or SYSTEM_CAS}
    url = URL.create(
        "postgresql+psycopg",
        username=team.user.strip(),
        password=password or None,
        host=team.host.strip(),
        port=int(team.port),
        database=team.database.strip(),
        query=query,
    )
    return checked_url(url)


def checked_url(url):
    """The URL made safe to use, or TeamConnectionError saying why it cannot be.

    psycopg 3 is the driver (a bare postgresql:// would ask for psycopg2, which CoPlan does not
    ship); no sslmode means verify-full (with the system's CAs unless sslrootcert names a file);
    anything weaker is refused, except sslmode=disable to a server on this computer; a connect
    timeout is added so a dead network fails in seconds, not minutes."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "postgresql":
        raise TeamConnectionError(
            "The team database must be PostgreSQL (a URL beginning postgresql://); "
            f"this one is {parsed.get_backend_name()}."
        )
    if parsed.drivername in ("postgresql", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    query = dict(parsed.query)
    mode = str(query.get("sslmode") or REQUIRED_SSLMODE)
    if mode == "disable":
        if not is_local_host(parsed.host):
            raise TeamConnectionError(
                f"CoPlan will not talk to the team database on {parsed.host} without TLS: "
                "children's records would cross the network readable by anyone on it. Remove "
                "sslmode=disable (an unencrypted connection is only for a test server on this "
                "computer)."
            )
    elif mode != REQUIRED_SSLMODE:
        raise TeamConnectionError(
            f"sslmode={mode} does not check that the server is really the team's database "
            f"(anyone on the network could pretend to be it). CoPlan needs "
            f"sslmode={REQUIRED_SSLMODE}, with the council's CA certificate in sslrootcert."
        )
    else:
        query["sslmode"] = REQUIRED_SSLMODE
        query.setdefault("sslrootcert", SYSTEM_CAS)
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_SECONDS))
    # A laptop that loses the Wi-Fi mid-query notices within about a minute (TCP keepalives),
    # instead of the operating system's quarter of an hour; the sync then resumes next time.
    for name, value in KEEPALIVES.items():
        query.setdefault(name, value)
    return parsed.set(query=query)


def shown_url(url) -> str:
    """A URL as messages and logs may show it: the password hidden."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.render_as_string(hide_password=True)


def local_test_url(url) -> str:
    """A URL to a throw-away server on this computer (scripts/with-postgres) with TLS turned off
    explicitly, as the refusal above demands: for tests only."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.update_query_dict({"sslmode": "disable"}).render_as_string(hide_password=False)


def resolve_team_url(explicit: str | None = None, *, settings=None, password: str | None = None):
    """The team database to sync with, as a checked URL (with its password); None when none is
    set up. First match wins: `explicit` (--team-url), $COPLAN_TEAM_URL, the settings (the app's
    own when none are given: the command line) with `password` or the one in the keychain."""
    chosen = explicit or os.environ.get(TEAM_URL_ENV) or None
    if chosen:
        return checked_url(chosen)
    team = load_team_settings(settings if settings is not None else app_settings())
    if team is None:
        return None
    return team_url(team, password if password is not None else saved_password(team))


def create_team_engine(url, **engine_options):
    """An engine on the team database: checked TLS, parameters never in logs or errors, a dead
    connection noticed before use (the laptop sleeps, the Wi-Fi changes)."""
    from sqlalchemy import create_engine

    options = {"hide_parameters": True, "pool_pre_ping": True, **engine_options}
    return create_engine(checked_url(url), **options)


_NETWORK_WORDS = (
    "timeout",
    "timed out",
    "connection refused",
    "could not translate host name",
    "name or service not known",
    "network is unreachable",
    "no route to host",
    "server closed the connection",
    "connection reset",
    "connection timed out",
)
_SET_UP_WORDS = (
    "password",
    "certificate",
    "ssl",
    "does not exist",
    "pg_hba.conf",
    "permission denied",
)


def is_network_failure(exc: BaseException) -> bool:
    """Whether `exc` means "no network, or the server is down" (try again soon), as opposed to
    a set-up problem (a refused password, a certificate, a missing database) that trying again
    will not mend. Looks through a wrapping exception to the driver's error."""
    seen = exc
    while seen is not None:
        text = str(getattr(seen, "orig", None) or seen).lower()
        if any(words in text for words in _SET_UP_WORDS):
            return False
        if any(words in text for words in _NETWORK_WORDS):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def describe_failure(exc: BaseException, url=None) -> str:
    """Why the team database could not be used, in plain words, with no password in them."""
    if isinstance(exc, TeamConnectionError):
        return str(exc)
    text = str(getattr(exc, "orig", None) or exc)
    lowered = text.lower()
    where = ""
    if url is not None:
        from sqlalchemy.engine import make_url

        parsed = make_url(url) if isinstance(url, str) else url
        where = f" at {parsed.host}" if parsed.host else ""
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return (
            f"The team database{where} refused the user name or password. Check them in "
            "Team database settings (your IT team can reset the password)."
        )
    if "certificate verify failed" in lowered or ("certificate" in lowered and "verif" in lowered):
        return (
            f"The team database{where} could not prove it is the council's server (its "
            "certificate is not signed by the CA CoPlan trusts). Nothing was sent. Check the "
            "CA certificate file in Team database settings, or ask IT."
        )
    if "does not match host name" in lowered or "server certificate for" in lowered:
        return (
            f"The certificate of the team database{where} is for another server name. Nothing "
            "was sent. Use the server name exactly as IT gave it."
        )
    if "root certificate file" in lowered or "could not read root certificate" in lowered:
        return (
            "The CA certificate file in Team database settings cannot be read. Choose the file "
            "IT gave you."
        )
    if "server does not support ssl" in lowered:
        return (
            f"The team database{where} does not offer TLS, so CoPlan did not connect (records "
            "would cross the network unencrypted). Ask IT to turn on TLS on the server."
        )
    if "does not exist" in lowered and "database" in lowered:
        return f"There is no database of that name on the team server{where}."
    if "no pg_hba.conf entry" in lowered:
        return f"The team database{where} does not accept this user from this computer (ask IT)."
    if (
        "timeout" in lowered
        or "timed out" in lowered
        or "connection refused" in lowered
        or "could not translate host name" in lowered
        or "name or service not known" in lowered
        or "network is unreachable" in lowered
        or "no route to host" in lowered
        or "connection failed" in lowered
    ):
        return f"The team database{where} cannot be reached: no network, or the server is down."
    return f"The team database{where} could not be used ({type(exc).__name__})."
