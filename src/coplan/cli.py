"""The `coplan` command: open the app, or script it (validate, export, import, schema).

Exit codes: 0 success; 1 the plan has findings that block it (listed); 2 the file cannot be read
or does not match the schema (the message says where); 3 something could not be written or the
database could not be used. A hostile or broken input never produces a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

from coplan import __version__
from coplan.paths import DATA_DIR_ENV, DATABASE_URL_ENV

# The stages `validate --stage` checks for (coplan.domain.stages.Stage, without importing it).
STAGES = ("draft", "final", "payments")

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2
EXIT_CANNOT_WRITE = 3


class CommandError(Exception):
    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _common_options(parser: argparse.ArgumentParser, default) -> argparse.ArgumentParser:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=f"use another data folder (default: the user data folder, or ${DATA_DIR_ENV})",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help=f"use another database, e.g. the team's PostgreSQL (or ${DATABASE_URL_ENV})",
    )
    parser.add_argument(
        "--pack",
        metavar="ID",
        default=default,
        help="the council policy pack: an id from resources/policies or a .toml file "
        "(default: the plan's own, else example-shire)",
    )
    return parser


def _parser() -> argparse.ArgumentParser:
    # The options work before or after the command; after it they must not reset what was
    # given before it, hence SUPPRESS as the sub-commands' default.
    common = _common_options(argparse.ArgumentParser(add_help=False), argparse.SUPPRESS)
    parser = _common_options(
        argparse.ArgumentParser(
            prog="coplan",
            description="CoPlan: plan a SEND personal budget together and draft Section J.",
        ),
        None,
    )
    parser.add_argument("--version", action="version", version=f"CoPlan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("open", parents=[common], help="open the app (the default)")
    commands.add_parser(
        "demo", parents=[common], help="open the app on a throw-away copy of a demo caseload"
    )
    validate = commands.add_parser(
        "validate",
        parents=[common],
        help="check a plan file: exit 0 nothing stops the stage, 1 findings stop it, 2 unreadable",
    )
    validate.add_argument("plan", metavar="PLAN.json")
    validate.add_argument("--json", action="store_true", help="print the findings as JSON")
    validate.add_argument(
        "--stage",
        choices=STAGES,
        default="final",
        help="what to check for: the draft being sent, the final plan being issued (the "
        "default), or direct payments starting",
    )

    export = commands.add_parser(
        "export", parents=[common], help="write the draft Section J PDF without a window"
    )
    export.add_argument("plan", metavar="PLAN.json")
    export.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    export.add_argument(
        "--previous", metavar="EARLIER.json", help="the earlier version, to show what changed"
    )
    export.add_argument(
        "--deterministic", action="store_true", help="byte-identical output (for testing)"
    )

    request = commands.add_parser(
        "request-agreement",
        parents=[common],
        help="write the one-page request for a setting's premises agreement (PDF)",
    )
    request.add_argument("plan", metavar="PLAN.json")
    request.add_argument("--setting", required=True, metavar="ID", help="the setting's id, e.g. s1")
    request.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    request.add_argument(
        "--deterministic", action="store_true", help="byte-identical output (for testing)"
    )

    commands.add_parser("schema", parents=[common], help="print the plan file's JSON Schema")

    importer = commands.add_parser(
        "import", parents=[common], help="add a plan file to the caseload"
    )
    importer.add_argument("plan", metavar="PLAN.json")
    importer.add_argument(
        "--replace",
        action="store_true",
        help="replace a plan with the same id (the old one is kept as a version)",
    )

    exporter = commands.add_parser(
        "export-plan", parents=[common], help="write a plan from the caseload to a plan file"
    )
    exporter.add_argument("plan_id", metavar="ID")
    exporter.add_argument("-o", "--output", required=True, metavar="FILE.json")
    exporter.add_argument(
        "--snapshot",
        metavar="SNAPSHOT_ID",
        help="write a snapshot from the plan's history instead (coplan snapshots ID)",
    )

    snapshots = commands.add_parser(
        "snapshots",
        parents=[common],
        help="list a plan's snapshots (drafts exported, agreements, versions set aside after a "
        "conflict)",
    )
    snapshots.add_argument("plan_id", metavar="ID")

    eraser = commands.add_parser(
        "erase",
        parents=[common],
        help="erase a plan for good (every version, snapshot and history line, and its copies "
        "in backups); only a line saying it was erased is kept",
    )
    which = eraser.add_mutually_exclusive_group(required=True)
    which.add_argument("plan_id", metavar="ID", nargs="?", help="the plan's id (coplan list)")
    which.add_argument("--bin", action="store_true", help="erase every plan in the bin")
    eraser.add_argument(
        "--yes", action="store_true", help="do not ask first (for scripts): it cannot be undone"
    )

    listing = commands.add_parser("list", parents=[common], help="list the caseload")
    listing.add_argument("--search", default="", help="part of a child's name")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    command = arguments.command or "open"
    if command in ("open", "demo"):
        return _COMMANDS[command](arguments)
    with _escaped_output():
        try:
            return _COMMANDS[command](arguments)
        except CommandError as error:
            print(f"coplan: {error}", file=sys.stderr)
            return error.exit_code
        except KeyboardInterrupt:
            return 130


class _EscapingWriter:
    """A text stream that shows control and direction-override characters as escapes (\\u202e).

    The one place where the command line neutralises what a plan or a caseload may carry (a name
    saved before such characters were refused): nothing it prints can repaint or re-order the
    terminal, forge a line of output, or fail to print (a lone surrogate).
    """

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from coplan.domain.text_safety import escaped

        self._stream.write(escaped(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextmanager
def _escaped_output():
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _EscapingWriter(sys.stdout), _EscapingWriter(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


# -- commands --------------------------------------------------------------------------------


def _open(arguments: argparse.Namespace, *, demo: bool = False) -> int:
    from coplan.app import run_app

    return run_app(
        data_dir=arguments.data_dir,
        database_url=arguments.database_url,
        demo=demo,
        pack_id=arguments.pack,
    )


def _demo(arguments: argparse.Namespace) -> int:
    return _open(arguments, demo=True)


def _read_plan(path: str):
    from coplan.plan_file import PlanFileError, read_plan

    try:
        return read_plan(path)
    except PlanFileError as error:
        raise CommandError(f"{path}: cannot be read as a plan: {error}", EXIT_UNREADABLE) from None


def _pack_for(plan, arguments: argparse.Namespace):
    from coplan.policy import PolicyPackError, load_pack, load_pack_by_id

    try:
        # --pack may name a pack file (a council testing its own pack); a plan file's
        # policy_pack is only ever an id looked up among the installed packs, never a path.
        if arguments.pack and arguments.pack.endswith(".toml"):
            return load_pack(Path(arguments.pack))
        return load_pack_by_id(arguments.pack or plan.policy_pack or None)
    except PolicyPackError as error:
        raise CommandError(str(error), EXIT_UNREADABLE) from None


def _validate(arguments: argparse.Namespace) -> int:
    from coplan.domain.rules import blocking, validate
    from coplan.domain.stages import STAGE_WORDS, STATUS_WORDS, Stage

    plan = _read_plan(arguments.plan)
    pack = _pack_for(plan, arguments)
    stage = Stage(arguments.stage)
    findings = validate(plan, pack, stage=stage)
    if arguments.json:
        rows = [
            {
                "severity": f.severity.value,
                "stage": f.stage.value if f.stage else None,
                "field": f.field,
                "code": f.code,
                "message": f.message,
            }
            for f in findings
        ]
        report = {
            "valid": not blocking(findings),
            "checked_for": stage.value,
            "status": plan.status.value,
            "findings": rows,
        }
        print(json.dumps(report, indent=2))
    else:
        for finding in findings:
            print(finding)
        count = len(blocking(findings))
        what = STAGE_WORDS[stage]
        verdict = f"nothing stops {what}" if not count else f"{count} finding(s) stop {what}"
        print(
            f"{arguments.plan}: {STATUS_WORDS[plan.status].lower()}; {verdict} "
            f"(policy pack: {pack.council})."
        )
    return EXIT_FINDINGS if blocking(findings) else EXIT_OK


def _export(arguments: argparse.Namespace) -> int:
    from coplan.domain.rules import blocking, validate
    from coplan.domain.stages import Stage
    from coplan.report import ExportError, export_section_j

    plan = _read_plan(arguments.plan)
    previous = _read_plan(arguments.previous) if arguments.previous else None
    pack = _pack_for(plan, arguments)
    # A draft goes out with what consultation can still settle (it says so, line by line);
    # only what makes the document itself wrong stops it.
    stoppers = blocking(validate(plan, pack, stage=Stage.DRAFT))
    if stoppers:
        for finding in stoppers:
            print(finding, file=sys.stderr)
        raise CommandError(
            f"{arguments.plan}: not exported: {len(stoppers)} finding(s) must be resolved first.",
            EXIT_FINDINGS,
        )
    try:
        export_section_j(
            plan,
            pack,
            Path(arguments.output),
            previous=previous,
            deterministic=arguments.deterministic,
        )
    except ExportError as error:
        raise CommandError(f"{arguments.output}: not written: {error}", EXIT_CANNOT_WRITE) from None
    print(f"Wrote the draft Section J to {arguments.output}")
    return EXIT_OK


def _request_agreement(arguments: argparse.Namespace) -> int:
    from coplan.report import ExportError, export_premises_request

    plan = _read_plan(arguments.plan)
    pack = _pack_for(plan, arguments)
    if plan.setting(arguments.setting) is None:
        known = ", ".join(f"{s.id} ({s.name})" for s in plan.settings) or "none"
        raise CommandError(
            f"no setting {arguments.setting!r} in this plan (settings: {known})", EXIT_UNREADABLE
        )
    try:
        export_premises_request(
            plan,
            arguments.setting,
            pack,
            Path(arguments.output),
            deterministic=arguments.deterministic,
        )
    except ExportError as error:
        raise CommandError(f"{arguments.output}: not written: {error}", EXIT_CANNOT_WRITE) from None
    except ValueError as error:  # nothing on that setting's premises needs agreement
        raise CommandError(f"{arguments.output}: not written: {error}", EXIT_FINDINGS) from None
    print(f"Wrote the request for premises agreement to {arguments.output}")
    return EXIT_OK


def _schema(arguments: argparse.Namespace) -> int:
    from coplan.plan_file import PLAN_SCHEMA

    print(json.dumps(PLAN_SCHEMA, indent=2, ensure_ascii=False))
    return EXIT_OK


def _open_store(arguments: argparse.Namespace):
    from coplan.store import StoreError, open_store

    try:
        return open_store(data_dir=arguments.data_dir, database_url=arguments.database_url)
    except StoreError as error:
        raise CommandError(f"cannot open the caseload: {error}", EXIT_CANNOT_WRITE) from None


def _import(arguments: argparse.Namespace) -> int:
    from coplan.store import PlanConflict, PlanNotFound, StoreError

    plan = _read_plan(arguments.plan)
    store = _open_store(arguments)
    try:
        try:
            existing, revision = store.load_with_revision(plan.id)
        except PlanNotFound:
            existing, revision = None, 0
        if existing is not None:
            if not arguments.replace:
                raise CommandError(
                    f"a plan with id {plan.id} is already in the caseload "
                    "(use --replace to replace it; the old one is kept as a version)",
                    EXIT_FINDINGS,
                )
            store.snapshot(existing, reason="replaced by import", actor="command line")
        # Over the revision just kept: a window that saves meanwhile is not overwritten.
        store.save(plan, actor="command line", action="imported", replaces=revision)
    except PlanConflict:
        raise CommandError(
            f"{arguments.plan}: not imported: plan {plan.id} was saved by someone else while "
            "importing; try again",
            EXIT_CANNOT_WRITE,
        ) from None
    except StoreError as error:
        raise CommandError(f"{arguments.plan}: not imported: {error}", EXIT_CANNOT_WRITE) from None
    finally:
        store.close()
    print(f"Imported plan {plan.id} (version {plan.version}).")
    return EXIT_OK


def _export_plan(arguments: argparse.Namespace) -> int:
    from coplan.plan_file import write_plan
    from coplan.store import PlanNotFound

    store = _open_store(arguments)
    try:
        try:
            if arguments.snapshot:
                if arguments.snapshot not in {v.id for v in store.versions(arguments.plan_id)}:
                    raise PlanNotFound("no such snapshot of that plan")
                plan = store.load_version(arguments.snapshot)
            else:
                plan = store.load(arguments.plan_id)
        except PlanNotFound:
            missing = (
                f"no snapshot {arguments.snapshot} of plan {arguments.plan_id}"
                if arguments.snapshot
                else f"no plan with id {arguments.plan_id}"
            )
            raise CommandError(missing, EXIT_UNREADABLE) from None
    finally:
        store.close()
    try:
        write_plan(plan, arguments.output)
    except OSError as error:
        raise CommandError(
            f"{arguments.output}: not written: {error.strerror or error}", EXIT_CANNOT_WRITE
        ) from None
    print(f"Wrote plan {plan.id} to {arguments.output}")
    return EXIT_OK


def _snapshots(arguments: argparse.Namespace) -> int:
    from coplan.store import PlanNotFound

    store = _open_store(arguments)
    try:
        try:
            store.summary(arguments.plan_id)
        except PlanNotFound:
            raise CommandError(f"no plan with id {arguments.plan_id}", EXIT_UNREADABLE) from None
        for version in store.versions(arguments.plan_id):
            when = version.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
            print(
                f"{version.id}  {when}  version {version.plan_version}  "
                f"{version.reason}  ({version.actor})"
            )
    finally:
        store.close()
    return EXIT_OK


def _erase(arguments: argparse.Namespace) -> int:
    from coplan.store import PlanNotFound, StoreError

    store = _open_store(arguments)
    try:
        if arguments.bin:
            count = store.count_plans(only_deleted=True)
            what = f"the {count} plan{'s' if count != 1 else ''} in the bin"
            if count and not _confirmed(arguments, f"Erase {what} for good?"):
                return EXIT_FINDINGS
            erased = store.empty_bin(actor="command line")
            print(f"Erased {erased} plan{'s' if erased != 1 else ''} from the bin for good.")
            return EXIT_OK
        try:
            summary = store.summary(arguments.plan_id)
        except PlanNotFound:
            raise CommandError(f"no plan with id {arguments.plan_id}", EXIT_UNREADABLE) from None
        question = (
            f"Erase plan {summary.id} ({summary.child_name or 'no name yet'}, version "
            f"{summary.version}) for good, with every version and history line?"
        )
        if not _confirmed(arguments, question):
            return EXIT_FINDINGS
        store.erase(summary.id, actor="command line")
    except StoreError as error:
        raise CommandError(f"not erased: {error}", EXIT_CANNOT_WRITE) from None
    finally:
        store.close()
    print(f"Erased plan {arguments.plan_id} for good; the audit trail records only that it was.")
    return EXIT_OK


def _confirmed(arguments: argparse.Namespace, question: str) -> bool:
    """--yes, or 'yes' typed at a terminal; never a silent yes from a pipe."""
    if arguments.yes:
        return True
    if not sys.stdin.isatty():
        raise CommandError(
            "erasing cannot be undone: add --yes to erase without being asked", EXIT_UNREADABLE
        )
    answer = input(f"{question} It cannot be undone. Type yes to erase: ")
    if answer.strip().casefold() != "yes":
        print("Nothing was erased.")
        return False
    return True


def _list(arguments: argparse.Namespace) -> int:
    from coplan.domain.dates import format_short

    store = _open_store(arguments)
    try:
        for row in store.list_plans(search=arguments.search):
            print(
                f"{row.id}  {row.child_name:<30.30}  {row.status.value:<16}  "
                f"review {format_short(row.next_review_on) or '—'}"
            )
    finally:
        store.close()
    return EXIT_OK


_COMMANDS = {
    "open": _open,
    "demo": _demo,
    "validate": _validate,
    "export": _export,
    "request-agreement": _request_agreement,
    "schema": _schema,
    "import": _import,
    "export-plan": _export_plan,
    "list": _list,
    "erase": _erase,
    "snapshots": _snapshots,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
