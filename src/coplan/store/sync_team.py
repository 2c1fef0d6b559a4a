"""The team's database, as the sync sees it: an engine, its identity, and plain-words failures.

The engine comes from whoever configured the connection (the app's set-up: TLS, the keychain's
password) or, for tests and scripts, from a URL. It is used as given: this module never adds or
removes TLS settings. Any failure to talk to the server becomes `TeamUnreachable`, whose message
names the server (host and port, never the password) and says that nothing was lost.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from .engine import create_store_engine
from .errors import StoreError, TeamNeedsUpgrade, TeamUnreachable
from .models import StoreIdentityRow
from .schema import HEAD_REVISION, current_revision, ensure_current_schema

log = logging.getLogger(__name__)

# Seconds to wait for the server to answer a connection before saying it cannot be reached.
CONNECT_TIMEOUT_SECONDS = 10


class TeamDatabase:
    """The team's PostgreSQL database (any CoPlan database works: tests use SQLite files too)."""

    def __init__(self, engine: Engine, identity: str) -> None:
        from .repository import _upsert_for

        self.engine = engine
        self.id = identity
        self.upsert = _upsert_for(engine.dialect.name)

    @property
    def url(self) -> str:
        """Where it is, with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def where(self) -> str:
        """The server in a few words for messages: host and port, or the file."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return "a database file"
        place = url.host or "this computer"
        return f"{place}:{url.port}" if url.port else place

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with unreachable_as_error(self.where), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One team transaction (SQLite: IMMEDIATE, as the store's own writes)."""
        from .engine import SQLITE_BEGIN_OPTION

        with unreachable_as_error(self.where), self.engine.connect() as connection:
            connection.execution_options(**{SQLITE_BEGIN_OPTION: "IMMEDIATE"})
            with connection.begin():
                yield connection

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> TeamDatabase:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_team(engine_or_url: Engine | str, *, upgrade: bool = False) -> TeamDatabase:
    """The team database, checked to be at this CoPlan's schema.

    An `Engine` is used as it is (the app builds it with TLS and the keychain's password); a URL
    string makes a plain engine (tests, benchmarks, scripts). Officers' roles may not change the
    schema, so by default nothing is created or upgraded: a database without CoPlan's tables,
    or at an older schema, is refused with TeamNeedsUpgrade in plain words (IT runs
    `coplan team upgrade`). `upgrade=True` (that command, tests) creates or upgrades it with the
    same migrations as a laptop's, under the migrations' advisory lock. TeamUnreachable, in
    plain words, when the server cannot be reached or refuses the sign-in."""
    if isinstance(engine_or_url, Engine):
        engine = engine_or_url
    else:
        url = make_url(engine_or_url)
        if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
            url = url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_SECONDS)})
        engine = create_store_engine(url.render_as_string(hide_password=False))
    team = TeamDatabase(engine, "")
    try:
        with unreachable_as_error(team.where):
            if upgrade:
                ensure_current_schema(engine, database_file=None, backups_folder=None)
            else:
                _check_schema(team)
            with engine.connect() as connection:
                team.id = connection.execute(select(StoreIdentityRow.id)).scalar_one()
    except BaseException:
        if not isinstance(engine_or_url, Engine):
            engine.dispose()
        raise
    return team


def _check_schema(team: TeamDatabase) -> None:
    """Read the team database's schema revision; refuse anything but this CoPlan's, in words."""
    with team.engine.connect() as connection:
        revision = current_revision(connection)
    if revision == HEAD_REVISION:
        return
    if revision is None:
        raise TeamNeedsUpgrade(
            f"The team database ({team.where}) has no CoPlan tables yet. IT sets it up once "
            "with: coplan team upgrade --team-url URL"
        )
    if revision in _known_revisions():
        raise TeamNeedsUpgrade(
            f"The team database ({team.where}) is at an older CoPlan schema ({revision}; this "
            f"CoPlan needs {HEAD_REVISION}). IT upgrades it with: coplan team upgrade. Nothing "
            "was lost: every change stays on this laptop."
        )
    raise TeamNeedsUpgrade(
        f"The team database ({team.where}) was upgraded by a newer CoPlan (schema {revision}). "
        "Update CoPlan on this laptop, then sync again. Nothing was lost."
    )


def _known_revisions() -> set[str]:
    from .migrate import MIGRATIONS_FOLDER  # Alembic is loaded only on this error path

    return {path.name[:4] for path in (MIGRATIONS_FOLDER / "versions").glob("0*.py")}


@contextmanager
def unreachable_as_error(where: str) -> Iterator[None]:
    """Turn a lost or refused connection into TeamUnreachable (plain words, no password, no
    statement parameters); other database errors into StoreError naming only their kind."""
    try:
        yield
    except StoreError:
        raise
    except DBAPIError as exc:
        if exc.connection_invalidated or _is_connection_failure(exc):
            log.info("the team database at %s could not be reached (%s)", where, _kind(exc))
            raise TeamUnreachable(
                f"The team database ({where}) cannot be reached: {_why(exc)}. Nothing was "
                "lost: every change stays on this laptop and goes up at the next sync."
            ) from None
        raise StoreError(f"the team database ({where}) refused a request ({_kind(exc)})") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"the team database ({where}) could not be used ({_kind(exc)})") from exc
    except OSError as exc:
        log.info("the team database at %s could not be reached (%s)", where, type(exc).__name__)
        raise TeamUnreachable(
            f"The team database ({where}) cannot be reached ({type(exc).__name__}). Nothing was "
            "lost: every change stays on this laptop and goes up at the next sync."
        ) from None


def _is_connection_failure(exc: DBAPIError) -> bool:
    from sqlalchemy.exc import InterfaceError, OperationalError

    # psycopg's OperationalError covers refused, reset, timed-out and dropped connections;
    # SQLite's covers "database is locked" and "unable to open": both mean "not now".
    return isinstance(exc, InterfaceError | OperationalError)


# What a driver's message says, in words for the officer or IT: never the message itself (it
# may name the user, the host's files or, for some drivers, a connection string).
_REASONS = (
    ("password authentication failed", "it refused the sign-in (check the user name and password)"),
    ("no password supplied", "it asked for a password and none is set up"),
    ("certificate verify failed", "its certificate could not be checked (ask IT)"),
    ("does not exist", "the database or user named in the set-up does not exist there"),
    ("timeout", "the server did not answer in time"),
    ("timed out", "the server did not answer in time"),
    ("connection refused", "the server refused the connection (is it running, is the port right?)"),
)


def _why(exc: DBAPIError) -> str:
    said = str(getattr(exc, "orig", exc)).casefold()
    for clue, words in _REASONS:
        if clue in said:
            return words
    return "the server refused or did not answer"


def _kind(exc: BaseException) -> str:
    inner = getattr(exc, "orig", None)
    return type(inner).__name__ if inner is not None else type(exc).__name__
