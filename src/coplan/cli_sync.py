"""The team database from the command line: `coplan sync`, `list --team`, `take`, `release`.

Exit codes: 0 done and in step; 1 refused (another laptop holds the plan, or no such plan);
2 the team database cannot be reached (said plainly; nothing is lost); 3 conflicts wait for the
officer (listed), or this laptop's caseload could not be used. Messages never carry the
database password; the unreachable message carries no plan data at all.
"""

from __future__ import annotations

import argparse
import getpass
import os
from contextlib import contextmanager

from coplan.cli import (
    EXIT_CANNOT_WRITE,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_UNREADABLE,
    TEAM_URL_ENV,
    CommandError,
    _open_store,
)

EXIT_IN_STEP = EXIT_OK
EXIT_REFUSED = EXIT_FINDINGS
EXIT_UNREACHABLE = EXIT_UNREADABLE  # 2
EXIT_CONFLICTS = EXIT_CANNOT_WRITE  # 3


def _officer(arguments: argparse.Namespace) -> str:
    if arguments.officer:
        return arguments.officer
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container, a service)
        return "command line"


def _when(moment) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment is not None else "never"


def team_engine_or_url(arguments: argparse.Namespace):
    """The team database: --team-url, else $COPLAN_TEAM_URL, else the app's settings.

    With the app's team set-up available (coplan.store.team_connection: TLS with certificate
    checking, the password from the keychain) the engine is built there; otherwise the URL is
    used as given."""
    try:
        from coplan.store import team_connection
    except ImportError:  # the team set-up module is not part of this build
        team_connection = None
    explicit = arguments.team_url or os.environ.get(TEAM_URL_ENV) or None
    if team_connection is None:
        if not explicit:
            raise CommandError(
                f"no team database is set up: give --team-url URL or set ${TEAM_URL_ENV}",
                EXIT_UNREACHABLE,
            )
        return explicit
    try:
        url = team_connection.resolve_team_url(explicit)
        if not url:
            raise CommandError(
                "no team database is set up: set it up in CoPlan's settings, or give "
                f"--team-url URL or ${TEAM_URL_ENV}",
                EXIT_UNREACHABLE,
            )
        return team_connection.create_team_engine(url)
    except team_connection.TeamConnectionError as error:
        raise CommandError(str(error), EXIT_UNREACHABLE) from None


@contextmanager
def _team_and_laptop(arguments: argparse.Namespace, *, laptop: bool = True):
    from coplan.store import StoreError
    from coplan.store.sync import SyncError, TeamUnreachable, open_team

    store = _open_store(arguments) if laptop else None
    try:
        try:
            team = open_team(team_engine_or_url(arguments))
        except (TeamUnreachable, SyncError) as error:  # said in full, in plain words
            raise CommandError(str(error), EXIT_UNREACHABLE) from None
        except StoreError as error:
            raise CommandError(
                f"the team database cannot be used: {error}", EXIT_UNREACHABLE
            ) from None
        try:
            yield team, store
        except TeamUnreachable as error:
            raise CommandError(str(error), EXIT_UNREACHABLE) from None
        finally:
            team.close()
    finally:
        if store is not None:
            store.close()


def sync_command(arguments: argparse.Namespace) -> int:
    from coplan.store import StoreError
    from coplan.store.sync import sync_caseload

    try:
        with _team_and_laptop(arguments) as (team, store):
            report = sync_caseload(store, team, officer=_officer(arguments))
    except StoreError as error:
        raise CommandError(f"not synced: {error}", EXIT_CANNOT_WRITE) from None
    for line in report.words():
        print(line)
    for conflict in report.conflicts:
        by = f" by {conflict.team_saved_by}" if conflict.team_saved_by else ""
        print(
            f"  {conflict.plan_id}  {conflict.child_name}: changed on this laptop and in the "
            f"team database{by} ({_when(conflict.team_saved_at)}); waiting since "
            f"{_when(conflict.found_at)}"
        )
    if report.unreachable:
        return EXIT_UNREACHABLE
    if report.conflicts:
        return EXIT_CONFLICTS
    if report.error or report.problems:
        return EXIT_CANNOT_WRITE
    return EXIT_IN_STEP


def team_list_command(arguments: argparse.Namespace) -> int:
    from coplan.domain.model import PlanStatus
    from coplan.domain.stages import STATUS_WORDS
    from coplan.store.sync import laptop_id, team_caseload

    with _team_and_laptop(arguments) as (team, store):
        here = laptop_id(store)
        plans = team_caseload(team, search=arguments.search)
    if arguments.stage:
        plans = [plan for plan in plans if plan.status.value == arguments.stage]
    for plan in plans:
        holding = plan.holding
        if holding is None:
            held = "not held by anyone"
        else:
            who = "this laptop" if holding.laptop_id == here else holding.who
            held = (
                f"held by {who} since {_when(holding.taken_at)}, last synced "
                f"{_when(holding.synced_at)}"
            )
        bin_note = "  (in the bin)" if plan.in_bin else ""
        print(
            f"{plan.id}  {plan.child_name:<30.30}  "
            f"{STATUS_WORDS[PlanStatus(plan.status)]:<22}  {held}{bin_note}"
        )
    return EXIT_OK


def take_command(arguments: argparse.Namespace) -> int:
    from coplan.store import PlanNotFound, StoreError
    from coplan.store.sync import HeldElsewhere, take

    try:
        with _team_and_laptop(arguments) as (team, store):
            holding = take(
                store,
                team,
                arguments.plan_id,
                officer=_officer(arguments),
                force=arguments.force,
            )
    except HeldElsewhere as error:
        raise CommandError(
            f"{error} Nothing was changed; add --force to take it.", EXIT_REFUSED
        ) from None
    except PlanNotFound:
        raise CommandError(
            f"the team database has no plan with id {arguments.plan_id}", EXIT_REFUSED
        ) from None
    except StoreError as error:
        raise CommandError(f"not taken: {error}", EXIT_CANNOT_WRITE) from None
    print(f"Plan {holding.plan_id} is on this laptop and held by {holding.who}.")
    return EXIT_OK


def release_command(arguments: argparse.Namespace) -> int:
    from coplan.store import PlanNotFound, StoreError
    from coplan.store.sync import ConflictWaiting, release

    try:
        with _team_and_laptop(arguments) as (team, store):
            release(store, team, arguments.plan_id, officer=_officer(arguments))
    except ConflictWaiting as error:
        raise CommandError(str(error), EXIT_CONFLICTS) from None
    except PlanNotFound:
        raise CommandError(
            f"there is no plan with id {arguments.plan_id} on this laptop", EXIT_REFUSED
        ) from None
    except StoreError as error:
        raise CommandError(f"not handed back: {error}", EXIT_CANNOT_WRITE) from None
    print(
        f"Plan {arguments.plan_id} is handed back to the team database and no longer on this "
        "laptop."
    )
    return EXIT_OK


def team_upgrade_command(arguments: argparse.Namespace) -> int:
    """`coplan team upgrade`: IT creates or upgrades the team database's tables, then exits."""
    from coplan.store import StoreError
    from coplan.store.schema import HEAD_REVISION
    from coplan.store.sync import TeamUnreachable, open_team

    try:
        team = open_team(team_engine_or_url(arguments), upgrade=True)
    except TeamUnreachable as error:
        raise CommandError(str(error), EXIT_UNREACHABLE) from None
    except StoreError as error:
        raise CommandError(
            f"the team database was not set up: {error}", EXIT_CANNOT_WRITE
        ) from None
    try:
        print(f"The team database ({team.where}) is at CoPlan's schema {HEAD_REVISION}.")
    finally:
        team.close()
    return EXIT_OK
