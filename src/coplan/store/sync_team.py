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
from .errors import StoreError, TeamUnreachable
from .models import StoreIdentityRow
from .schema import ensure_current_schema

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


def open_team(engine_or_url: Engine | str) -> TeamDatabase:
    """The team database, brought to the newest schema by the same migrations as a laptop's.

    An `Engine` is used as it is (the app builds it with TLS and the keychain's password); a URL
    string makes a plain engine (tests, benchmarks, scripts). TeamUnreachable, in plain words,
    when the server cannot be reached."""
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
            ensure_current_schema(engine, database_file=None, backups_folder=None)
            with engine.connect() as connection:
                team.id = connection.execute(select(StoreIdentityRow.id)).scalar_one()
    except BaseException:
        if not isinstance(engine_or_url, Engine):
            engine.dispose()
        raise
    return team


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
                f"The team database ({where}) cannot be reached: the server refused or did not "
                "answer. Nothing was lost: every change stays on this laptop and goes up at the "
                "next sync."
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


def _kind(exc: BaseException) -> str:
    inner = getattr(exc, "orig", None)
    return type(inner).__name__ if inner is not None else type(exc).__name__
