"""The sync engine (`coplan.store.sync`) as the window uses it: the one place the screens meet it.

Every method that talks to the team database is called on the team worker's thread
(`team_worker.TeamWorker`), never on the window's: connecting alone can take seconds on a bad
network. `status` and the conflict methods read only this laptop's store and are quick.

Where the team database is comes from `store.team_connection` (the settings, with the password
from the keychain, or one typed for this session only; `$COPLAN_TEAM_URL` overrides both).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from coplan.store.team_connection import (
    TEAM_URL_ENV,
    TeamConnectionError,
    checked_url,
    create_team_engine,
    describe_failure,
    is_network_failure,
    load_team_settings,
    saved_password,
    team_url,
)


class TeamLink:
    """This laptop's store, the team database's settings, and the engine's operations."""

    def __init__(self, store, settings, *, officer: Callable[[], str], computer: str) -> None:
        self.store = store
        self.settings = settings
        self._officer = officer
        self.computer = computer
        self.session_password: str | None = None  # typed, not saved: forgotten when CoPlan closes
        # Read from the settings on the window's thread (`prepare`), used on the worker's: a
        # QSettings object is not to be shared between threads.
        self._officer_now = ""
        self._team_now = None
        self._url_now: str | None = None
        self.prepare()

    def prepare(self) -> None:
        """On the window's thread, before a job is handed to the worker: the officer's name and
        the team database's settings as they are now (the keychain is read on the worker's)."""
        self._officer_now = self._officer()
        self._team_now = load_team_settings(self.settings)
        self._url_now = os.environ.get(TEAM_URL_ENV) or None

    # -- set-up ------------------------------------------------------------------------------
    @property
    def configured(self) -> bool:
        """Whether a team database is set up (the settings, or $COPLAN_TEAM_URL)."""
        return bool(os.environ.get(TEAM_URL_ENV)) or load_team_settings(self.settings) is not None

    @property
    def officer(self) -> str:
        return self._officer_now

    def where(self) -> str:
        """The team database's server, for the status bar's tooltip (never a password)."""
        team = load_team_settings(self.settings)
        if team is not None and not os.environ.get(TEAM_URL_ENV):
            return f"{team.user} on {team.host}"
        return "the team database named in COPLAN_TEAM_URL" if self.configured else ""

    def _local(self):
        # The app opens the real store just after the window is shown (lazy.py); a LazyStore
        # is opened on the window's thread before any job is handed to the worker.
        return self.store

    def open_team(self):
        """The team database (engine checked for TLS); TeamConnectionError in plain words."""
        from coplan.store import sync

        if self._url_now:
            url = checked_url(self._url_now)
        elif self._team_now is not None:
            password = self.session_password
            url = team_url(self._team_now, password if password else saved_password(self._team_now))
        else:
            url = None
        if url is None:
            raise TeamConnectionError(
                "No team database is set up: choose Team, Team database settings."
            )
        engine = create_team_engine(url)
        try:
            return sync.open_team(engine)
        except Exception as exc:
            engine.dispose()
            # The engine calls every refused connection "unreachable"; a refused password or a
            # certificate that does not check out is a set-up problem: say which, in plain words.
            cause = exc.__cause__ or exc.__context__
            if (
                type(exc).__name__ == "TeamUnreachable"
                and cause is not None
                and not is_network_failure(cause)
            ):
                raise TeamConnectionError(describe_failure(cause, url)) from None
            raise

    def _with_team(self, work):
        team = self.open_team()
        try:
            return work(team)
        finally:
            team.close()

    # -- local, quick ------------------------------------------------------------------------
    def status(self):
        from coplan.store import sync

        return sync.sync_status(self._local())

    def laptop_id(self) -> str:
        from coplan.store import sync

        return sync.laptop_id(self._local())

    def conflicts(self) -> list:
        from coplan.store import sync

        return sync.waiting_conflicts(self._local())

    def conflict_plans(self, plan_id: str):
        """(the laptop's plan, the team database's plan)."""
        from coplan.store import sync

        return sync.conflict_plans(self._local(), plan_id)

    def resolve(self, plan_id: str, keep) -> int:
        """`keep`: "laptop", "team" or a combined Plan; what is not kept stays as a version."""
        from coplan.store import sync

        if isinstance(keep, str):
            keep = sync.Keep(keep)
        return sync.resolve_conflict(self._local(), plan_id, keep, officer=self.officer)

    # -- the team database (the worker's thread) ---------------------------------------------
    def sync(self, should_stop: Callable[[], bool] | None = None):
        from coplan.store import sync

        return self._with_team(
            lambda team: sync.sync_caseload(
                self._local(),
                team,
                officer=self.officer,
                computer=self.computer,
                should_stop=should_stop,
            )
        )

    def team_caseload(self, search: str = "") -> list:
        from coplan.store import sync

        return self._with_team(lambda team: sync.team_caseload(team, search=search))

    def take(self, plan_id: str, *, force: bool = False):
        from coplan.store import sync

        return self._with_team(
            lambda team: sync.take(
                self._local(),
                team,
                plan_id,
                officer=self.officer,
                computer=self.computer,
                force=force,
            )
        )

    def release(self, plan_id: str) -> None:
        from coplan.store import sync

        return self._with_team(
            lambda team: sync.release(self._local(), team, plan_id, officer=self.officer)
        )

    def test_connection(self, url) -> str:
        """Connect once with a URL built from the settings dialog: "" when it worked, else why
        not in plain words (the dialog shows them)."""
        from sqlalchemy import text
        from sqlalchemy.pool import NullPool

        try:
            engine = create_team_engine(url, poolclass=NullPool)
        except TeamConnectionError as exc:
            return str(exc)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as exc:
            return describe_failure(exc, url)
        finally:
            engine.dispose()
        return ""


def is_held_elsewhere(exc: BaseException):
    """The holding when `exc` says another laptop holds the plan; else None."""
    return getattr(exc, "holding", None) if type(exc).__name__ == "HeldElsewhere" else None


def plain_failure(exc: BaseException) -> str:
    """Why a team operation failed, in plain words with no password (the status bar, dialogs)."""
    from coplan.store.errors import StoreError

    if isinstance(exc, TeamConnectionError):
        return str(exc)
    if type(exc).__name__ == "TeamUnreachable":
        return str(exc) or "The team database cannot be reached: no network, or the server is down."
    if isinstance(exc, StoreError):
        return str(exc)
    return describe_failure(exc)
