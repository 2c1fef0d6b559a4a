"""The `coplan` command: open the app, or script it (validate, export, import, schema).

Exit codes: 0 success; 1 the plan has findings that block it (listed); 2 the file cannot be read
or does not match the schema (the message says where); 3 something could not be written or the
database could not be used. A hostile or broken input never produces a traceback.

The team database's commands (`sync`, `take`, `release`, `list --team`; coplan.cli_sync): 0 done
and in step; 1 refused (another laptop holds the plan, or there is no such plan); 2 the team
database cannot be reached (nothing is lost); 3 conflicts wait for the officer (listed), or this
laptop's caseload could not be used.
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

TEAM_URL_ENV = "COPLAN_TEAM_URL"

# The stages `validate --stage` checks for (coplan.domain.stages.Stage), a plan's statuses and
# who a draft is sent to: spelled out here so that `coplan --help` imports nothing heavy; a test
# keeps them equal to the domain's.
STAGES = ("draft", "final", "payments")
PLAN_STATUSES = ("draft", "sent_for_consultation", "final")
CONSULTEE_ROLES = ("family", "young_person", "setting", "health", "social_care", "other")
SERVICE_METHODS = ("email", "post", "by_hand", "portal")

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
        "export",
        parents=[common],
        help="write Section J as a PDF or a Word document: the draft (exit 1 when something "
        "stops the draft), or with --final the final plan's",
    )
    export.add_argument("plan", metavar="PLAN.json")
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.pdf|OUT.docx",
        help="where to write it: a name ending in .docx is a Word document, any other a PDF",
    )
    export.add_argument(
        "--format",
        choices=("pdf", "docx"),
        help="pdf or docx (Word), whatever the output's name ends in (default: by its name)",
    )
    export.add_argument(
        "--previous", metavar="EARLIER.json", help="the earlier version, to show what changed"
    )
    export.add_argument(
        "--deterministic", action="store_true", help="byte-identical output (for testing)"
    )
    export.add_argument(
        "--final",
        action="store_true",
        help="the final plan's Section J, when nothing stops the plan being final (a plan "
        "already issued is always written as its final plan)",
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

    dp_agreement = commands.add_parser(
        "dp-agreement",
        parents=[common],
        help="write the direct payment agreement for the person who receives the payments (PDF)",
        description="Write the direct payment agreement (PDF) signed by whoever receives the "
        "money: one agreement per recipient. A plan names one person who receives the direct "
        "payments (parent, young person, nominee or representative): --recipient family, the "
        "default. Money held by a third party (a broker, a trust) is a direct payment in law "
        "with its own agreement: --recipient third-party. It prints its reference, and "
        "whether it is signed, not signed yet, or to be signed again because what it covers "
        "changed. Exit 0 written, 1 nothing to write (nothing paid to that recipient, no "
        "recipient named, or a policy pack without [dp_agreement] terms), 2 unreadable plan, "
        "3 the file could not be written.",
    )
    dp_agreement.add_argument("plan", metavar="PLAN.json")
    dp_agreement.add_argument(
        "--recipient",
        choices=("family", "third-party"),
        default=None,
        help="whose agreement: the person paid (family, the default when the plan pays one) or "
        "the third party holding money (the default when it is the only one)",
    )
    dp_agreement.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    dp_agreement.add_argument(
        "--deterministic", action="store_true", help="byte-identical output (for testing)"
    )

    budget = commands.add_parser(
        "budget",
        parents=[common],
        help="print the plan's money: a year and once, by stream and option, and the "
        "direct payment schedule",
    )
    budget.add_argument("plan", metavar="PLAN.json")
    budget.add_argument("--json", action="store_true", help="print it as JSON for a script")

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

    commands.add_parser(
        "change-passphrase",
        parents=[common],
        help="re-encrypt the caseload with a new passphrase (the current one in "
        "$COPLAN_PASSPHRASE, the new one in $COPLAN_NEW_PASSPHRASE, or typed at a terminal)",
    )

    # The team database (issue 15): who is syncing, and where the team database is.
    team_options = argparse.ArgumentParser(add_help=False)
    team_options.add_argument(
        "--team-url",
        metavar="URL",
        default=None,
        help=f"the team's database (default: ${TEAM_URL_ENV}, else the app's settings)",
    )
    team_options.add_argument(
        "--officer",
        metavar="NAME",
        default=None,
        help="who is syncing, as the history records it (default: your login name)",
    )
    syncing = commands.add_parser(
        "sync",
        parents=[common, team_options],
        help="sync this laptop's caseload with the team database: exit 0 in step, 3 conflicts "
        "wait for you (listed), 2 the team database cannot be reached (nothing is lost)",
    )
    del syncing  # no options of its own
    taking = commands.add_parser(
        "take",
        parents=[common, team_options],
        help="bring a plan from the team database onto this laptop and hold it (exit 1 when "
        "someone else holds it: add --force to take it over)",
    )
    taking.add_argument("plan_id", metavar="ID")
    taking.add_argument(
        "--force", action="store_true", help="take it even though another laptop holds it"
    )
    releasing = commands.add_parser(
        "release",
        parents=[common, team_options],
        help="hand a plan back to the team database: its changes go up, then it leaves this "
        "laptop (exit 3 while a conflict waits on it)",
    )
    releasing.add_argument("plan_id", metavar="ID")

    team = commands.add_parser(
        "team", help="set up the team database (for IT): create or upgrade its tables"
    )
    team_commands = team.add_subparsers(dest="team_command", metavar="TEAM_COMMAND")
    team_commands.required = True
    team_commands.add_parser(
        "upgrade",
        parents=[team_options],
        help="create the team database's tables, or upgrade them to this CoPlan's schema, with "
        "a role that may change the schema (exit 0 done, 2 cannot be reached)",
    )

    listing = commands.add_parser("list", parents=[common, team_options], help="list the caseload")
    listing.add_argument(
        "--team",
        action="store_true",
        help="list the team database's caseload, with who holds each plan and when it last synced",
    )
    listing.add_argument("--search", default="", help="part of a child's name")
    listing.add_argument(
        "--stage",
        choices=[*PLAN_STATUSES],
        help="only plans at this stage (draft, sent_for_consultation, final)",
    )
    listing.add_argument(
        "--sort",
        choices=("name", "next-date", "stage"),
        default="name",
        help="the order: by name (default), by the next date due, or by stage",
    )

    serve = commands.add_parser(
        "serve",
        parents=[common],
        help="send the draft of a plan in the caseload for consultation",
    )
    serve.add_argument("plan_id", metavar="ID")
    serve.add_argument("--on", required=True, metavar="DATE", help="the day it is sent")
    serve.add_argument(
        "--to",
        required=True,
        action="append",
        metavar="ROLE:HOW:NAME",
        help="who it is sent to, once each: ROLE is family, young_person, setting, health, "
        "social_care or other; HOW is email, post, by_hand or portal; for a setting of the plan "
        "NAME may be its id (s1). Example: --to family:email:'Grace Okafor'",
    )
    serve.add_argument(
        "--last-day",
        metavar="DATE",
        help="a later last day for comments than the pack's period (never an earlier one)",
    )

    respond = commands.add_parser(
        "respond",
        parents=[common],
        help="record a response to the draft of a plan in the caseload",
    )
    respond.add_argument("plan_id", metavar="ID")
    respond.add_argument("--on", required=True, metavar="DATE", help="the day it was received")
    respond.add_argument("--from", dest="from_name", required=True, metavar="NAME")
    respond.add_argument(
        "--role", required=True, choices=CONSULTEE_ROLES, help="who answered (as for serve)"
    )
    respond.add_argument("--said", required=True, metavar="TEXT", help="what they asked or said")
    respond.add_argument("--setting", metavar="ID", help="the setting answering, e.g. s1")
    respond.add_argument(
        "--can-meet-needs",
        choices=("yes", "no"),
        help="a school's answer to being consulted: can it meet the needs?",
    )

    issue = commands.add_parser(
        "issue",
        parents=[common],
        help="issue the final plan of a plan in the caseload (exit 1 when something stops it)",
    )
    issue.add_argument("plan_id", metavar="ID")
    issue.add_argument("--on", required=True, metavar="DATE", help="the issue date")
    issue.add_argument(
        "--section-i", metavar="NAME", help="the school or setting named in Section I"
    )

    packs = commands.add_parser("pack", help="the council policy packs: list them, check a file")
    pack_commands = packs.add_subparsers(dest="pack_command", metavar="PACK_COMMAND")
    pack_commands.required = True
    pack_commands.add_parser(
        "list", help="every pack CoPlan can find, where it is, and whether it can be used"
    )
    check = pack_commands.add_parser(
        "check",
        help="check a pack file before installing it: every problem with its key and line "
        "(exit 0 no problems, 1 problems, 2 unreadable)",
    )
    check.add_argument("file", metavar="FILE.toml")
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


def _budget(arguments: argparse.Namespace) -> int:
    from coplan.domain.budget import summarise
    from coplan.domain.schedule import direct_payment_schedule

    plan = _read_plan(arguments.plan)
    pack = _pack_for(plan, arguments)
    summary = summarise(plan)
    schedule = direct_payment_schedule(plan, pack)
    if arguments.json:
        print(json.dumps(_budget_document(plan, summary, schedule), indent=2))
    else:
        print("\n".join(_budget_lines(plan, summary, schedule)))
    return EXIT_OK


def _budget_document(plan, summary, schedule) -> dict:
    """The plan's money for a script: amounts as "1250.00" strings, dates ISO. Each council
    stream is compared with its own indicative figure (`difference` = a year − indicative, so
    negative is under); the school's own contribution and the management options are not
    compared with an indicative figure, so theirs are null."""
    from coplan.domain.budget import COUNCIL_STREAMS
    from coplan.domain.model import FundingStream, ManagementOption

    def money(cost, indicative=None) -> dict:
        return {
            "a_year": cost.yearly.plain(),
            "once": cost.once.plain(),
            "indicative": None if indicative is None else indicative.plain(),
            "difference": None if indicative is None else (cost.yearly - indicative).plain(),
        }

    streams = {
        stream.value: money(
            summary.by_funding[stream],
            summary.indicative_by_funding[stream] if stream in COUNCIL_STREAMS else None,
        )
        for stream in FundingStream
    }
    dp = plan.direct_payment
    arrangements = []
    if dp is not None and summary.by_management[ManagementOption.DIRECT_PAYMENT]:
        arrangements.append(
            {
                "recipient": {
                    "kind": dp.recipient.value,
                    "name": dp.recipient_name,
                    "relationship": dp.nominee_relationship or None,
                },
                "frequency": dp.schedule.value,
                "first_payment_on": dp.first_payment_on.isoformat()
                if dp.first_payment_on
                else None,
                **money(summary.by_management[ManagementOption.DIRECT_PAYMENT]),
                "schedule": None
                if schedule is None
                else [
                    {"date": p.on.isoformat(), "amount": p.amount.plain()}
                    for p in schedule.payments
                ],
            }
        )
    return {
        "plan_id": plan.id,
        "a_year": summary.yearly.plain(),
        "once": summary.once.plain(),
        "indicative": summary.indicative_total.plain(),
        "funding_streams": streams,
        "management_options": {
            option.value: money(summary.by_management[option]) for option in ManagementOption
        },
        "overall_option": summary.overall_option.value,
        "direct_payments": arrangements,
    }


def _budget_lines(plan, summary, schedule) -> list[str]:
    from coplan.domain.dates import format_long
    from coplan.domain.model import ManagementOption
    from coplan.report import labels  # the PDF's words for streams and options, not enum keys

    lines = [f"Personal budget: {summary.total_text()}"]
    for comparison in summary.streams:
        once = comparison.planned.once
        lines.append(
            f"  {labels.FUNDING[comparison.stream]}: {comparison.planned.yearly.format()} a year"
            + (f" (plus {once.format()} once)" if once else "")
            + f"; {comparison.comparison_text()}"
        )
    if summary.school:
        lines.append(
            "  School's own contribution (not compared with the indicative budget): "
            f"{summary.school.text()}"
        )
    lines.append(f"How the money is managed: {labels.OVERALL[summary.overall_option]}")
    for option in ManagementOption:
        if summary.by_management[option]:
            lines.append(f"  {labels.MANAGEMENT[option]}: {summary.by_management[option].text()}")
    dp = plan.direct_payment
    if dp is not None and summary.by_management[ManagementOption.DIRECT_PAYMENT]:
        lines.append(f"Direct payment to {dp.recipient_name.strip() or '(name not recorded)'}:")
        if schedule is None:
            lines.append("  no first payment date yet: the schedule is worked out from it")
        else:
            lines.append(f"  {schedule.plain_words()}")
            lines += [
                f"  {format_long(p.on):>17}  {p.amount.format():>12}"
                for p in schedule.payments_made
            ]
            lines.append(f"  {'total':>17}  {schedule.total.format():>12}")
    return lines


def _export(arguments: argparse.Namespace) -> int:
    from coplan.domain.rules import blocking, validate
    from coplan.domain.stages import Stage
    from coplan.report import DocumentKind, ExportError, export_section_j

    named = DocumentKind.for_path(arguments.output)
    kind = DocumentKind(arguments.format) if arguments.format else named
    suffix = Path(arguments.output).suffix.lower()
    if suffix in (".pdf", ".docx") and kind is not named:
        raise CommandError(
            f"{arguments.output}: not written: the name ends in {suffix} but --format "
            f"{kind.value} asks for a {kind.noun}. Change the name or the format.",
            EXIT_UNREADABLE,
        )
    plan = _read_plan(arguments.plan)
    previous = _read_plan(arguments.previous) if arguments.previous else None
    pack = _pack_for(plan, arguments)
    final = arguments.final or plan.is_final
    # A draft goes out with what consultation can still settle (it says so, line by line);
    # only what makes the document itself wrong stops it. A final plan needs everything.
    stage = Stage.FINAL if final else Stage.DRAFT
    stoppers = [] if plan.is_final else blocking(validate(plan, pack, stage=stage))
    if stoppers:
        for finding in stoppers:
            print(finding, file=sys.stderr)
        what = "the final plan" if final else "the draft"
        raise CommandError(
            f"{arguments.plan}: {what} not exported: {len(stoppers)} finding(s) must be "
            "resolved first.",
            EXIT_FINDINGS,
        )
    try:
        export_section_j(
            plan,
            pack,
            Path(arguments.output),
            previous=previous,
            deterministic=arguments.deterministic,
            final=final,
            kind=kind,
        )
    except ExportError as error:
        raise CommandError(f"{arguments.output}: not written: {error}", EXIT_CANNOT_WRITE) from None
    what = "final plan" if final else "draft"
    print(f"Wrote the {what} Section J ({kind.noun}) to {arguments.output}")
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


def _dp_agreement(arguments: argparse.Namespace) -> int:
    from coplan.domain import dp_agreement
    from coplan.report import ExportError, export_dp_agreement

    plan = _read_plan(arguments.plan)
    pack = _pack_for(plan, arguments)
    chosen = {"family": dp_agreement.DP_RECIPIENT_FAMILY, "third-party": "third_party"}
    recipient = chosen.get(arguments.recipient or "") or next(
        iter(dp_agreement.recipients(plan)), dp_agreement.DP_RECIPIENT_FAMILY
    )
    try:
        export_dp_agreement(
            plan,
            pack,
            Path(arguments.output),
            deterministic=arguments.deterministic,
            recipient=recipient,
        )
    except ExportError as error:
        raise CommandError(f"{arguments.output}: not written: {error}", EXIT_CANNOT_WRITE) from None
    except ValueError as error:  # nothing paid by direct payment, no recipient, no terms
        hint = (
            " (--recipient third-party)"
            if recipient != "third_party" and "third_party" in dp_agreement.recipients(plan)
            else ""
        )
        raise CommandError(
            f"{arguments.output}: not written: {error}{hint}", EXIT_FINDINGS
        ) from None
    status = dp_agreement.status(plan, pack, recipient)
    with_whom = dp_agreement.recipient_name(plan, recipient)
    print(
        f"Wrote the direct payment agreement with {with_whom} (reference "
        f"{dp_agreement.reference(plan, pack, recipient)}) to {arguments.output}. {status.label}."
    )
    others = [r for r in dp_agreement.recipients(plan) if r != recipient]
    if others and arguments.recipient is None:
        print(
            "This plan also pays "
            f"{dp_agreement.recipient_name(plan, others[0]) or 'a third party'}: "
            "--recipient third-party writes its agreement."
        )
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


def _sync(arguments: argparse.Namespace) -> int:
    from coplan.cli_sync import sync_command

    return sync_command(arguments)


def _take(arguments: argparse.Namespace) -> int:
    from coplan.cli_sync import take_command

    return take_command(arguments)


def _release(arguments: argparse.Namespace) -> int:
    from coplan.cli_sync import release_command

    return release_command(arguments)


def _team(arguments: argparse.Namespace) -> int:
    from coplan.cli_sync import team_upgrade_command

    return team_upgrade_command(arguments)


def _list(arguments: argparse.Namespace) -> int:
    if arguments.team:
        from coplan.cli_sync import team_list_command

        return team_list_command(arguments)
    from coplan.domain.dates import format_short
    from coplan.domain.model import PlanStatus
    from coplan.domain.stages import NEXT_DATE_WORDS, STATUS_WORDS, NextDateKind

    order = {"name": "child_name", "next-date": "next_date", "stage": "status"}[arguments.sort]
    store = _open_store(arguments)
    try:
        for row in store.list_plans(
            search=arguments.search, status=arguments.stage, order_by=order
        ):
            kind = NextDateKind(row.next_date_kind)
            coming = (
                f"{NEXT_DATE_WORDS[kind]} {format_short(row.next_date)}"
                if kind is not NextDateKind.NONE and row.next_date
                else "—"
            )
            print(
                f"{row.id}  {row.child_name:<30.30}  "
                f"{STATUS_WORDS[PlanStatus(row.status)]:<22}  {coming}"
            )
    finally:
        store.close()
    return EXIT_OK


NEW_PASSPHRASE_ENV = "COPLAN_NEW_PASSPHRASE"


def _change_passphrase(arguments: argparse.Namespace) -> int:
    import os

    from coplan import paths
    from coplan.store.backup import BACKUPS_FOLDER_NAME
    from coplan.store.crypto import PASSPHRASE_ENV, SaltFile
    from coplan.store.errors import StoreError
    from coplan.store.layout import DATABASE_FILE_NAME

    url = arguments.database_url or (
        None if arguments.data_dir else os.environ.get(DATABASE_URL_ENV)
    )
    try:
        folder = paths.data_dir(arguments.data_dir)
    except OSError as error:
        raise CommandError(f"the data folder cannot be used: {error}", EXIT_CANNOT_WRITE) from None
    if url:
        from coplan.store.engine import sqlite_file

        database_file = sqlite_file(url)
        if database_file is None:
            raise CommandError(
                "a team database has no passphrase: its server protects it", EXIT_CANNOT_WRITE
            )
    else:
        database_file = folder / DATABASE_FILE_NAME
    salt = SaltFile(database_file)
    if not salt.exists():
        raise CommandError(
            "this caseload is not encrypted yet: open it once with a passphrase "
            f"(the app, or a command with {PASSPHRASE_ENV} set)",
            EXIT_CANNOT_WRITE,
        )
    current = os.environ.get(PASSPHRASE_ENV) or _typed("Current passphrase: ")
    new = os.environ.get(NEW_PASSPHRASE_ENV)
    if not new:
        new = _typed("New passphrase: ")
        if _typed("Type the new passphrase again: ") != new:
            raise CommandError("the two new passphrases do not match", EXIT_CANNOT_WRITE)
    from coplan.store.encrypt import change_passphrase

    try:
        old_key = salt.unlock(current)
        change_passphrase(database_file, folder / BACKUPS_FOLDER_NAME, old_key, new)
    except StoreError as error:
        raise CommandError(f"the passphrase was not changed: {error}", EXIT_CANNOT_WRITE) from None
    print("The passphrase was changed: the caseload and its backups are encrypted with it.")
    return EXIT_OK


def _typed(prompt: str) -> str:
    """A passphrase typed at a terminal (not echoed); a script must use the variables."""
    if not sys.stdin.isatty():
        raise CommandError(
            "give the passphrases in $COPLAN_PASSPHRASE and $COPLAN_NEW_PASSPHRASE",
            EXIT_CANNOT_WRITE,
        )
    import getpass

    return getpass.getpass(prompt)


def _date_argument(text: str, option: str):
    from datetime import datetime

    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise CommandError(
        f"{option} {text!r} is not a date: write 2026-11-23 or 23/11/2026", EXIT_UNREADABLE
    )


def _timeline_step(arguments: argparse.Namespace, step, *, action: str, detail) -> int:
    """Load a plan from the caseload, apply a lifecycle step, save it with its audit entry and
    keep the state it reached as a version. The step raises LifecycleError to refuse."""
    from coplan.domain.lifecycle import LifecycleError
    from coplan.store import PlanNotFound, StoreError

    store = _open_store(arguments)
    try:
        try:
            plan = store.load(arguments.plan_id)
        except PlanNotFound:
            raise CommandError(f"no plan with id {arguments.plan_id}", EXIT_UNREADABLE) from None
        pack = _pack_for(plan, arguments)
        try:
            said = step(plan, pack)
        except LifecycleError as refused:
            raise CommandError(f"plan {plan.id}: {refused}", EXIT_FINDINGS) from None
        try:
            # The document is saved as an edit; the event itself, with its facts (no names),
            # is its own audit entry; the state it reached is kept as a version.
            store.save(plan, actor="command line", action="edited")
            store.record(plan.id, actor="command line", action=action, detail=detail(plan))
            store.snapshot(plan, reason=action, actor="command line")
        except StoreError as error:
            raise CommandError(f"plan {plan.id}: not saved: {error}", EXIT_CANNOT_WRITE) from None
    finally:
        store.close()
    print(said)
    return EXIT_OK


def _serve(arguments: argparse.Namespace) -> int:
    from coplan.domain.dates import format_long
    from coplan.domain.lifecycle import serve_draft
    from coplan.domain.model import Consultee, ConsulteeRole, ServiceMethod

    on = _date_argument(arguments.on, "--on")
    last_day = _date_argument(arguments.last_day, "--last-day") if arguments.last_day else None

    def consultees(plan) -> list[Consultee]:
        found = []
        for text in arguments.to:
            role, _, rest = text.partition(":")
            method, _, name = rest.partition(":")
            if role not in CONSULTEE_ROLES or method not in SERVICE_METHODS or not name.strip():
                raise CommandError(
                    f"--to {text!r}: write ROLE:HOW:NAME, ROLE one of {', '.join(CONSULTEE_ROLES)}"
                    f" and HOW one of {', '.join(SERVICE_METHODS)}",
                    EXIT_UNREADABLE,
                )
            setting = plan.setting(name.strip()) if role == "setting" else None
            found.append(
                Consultee(
                    setting.name if setting else name.strip(),
                    ConsulteeRole(role),
                    ServiceMethod(method),
                    setting.id if setting else None,
                )
            )
        return found

    def step(plan, pack) -> str:
        serve_draft(plan, pack, on=on, served_to=consultees(plan), last_day=last_day)
        return (
            f"Sent draft {plan.draft_revision} of plan {plan.id} on {format_long(on)} to "
            f"{len(plan.served_to)} people or bodies; last day for comments "
            f"{format_long(plan.comment_deadline)}."
        )

    return _timeline_step(
        arguments,
        step,
        action="draft sent",
        detail=lambda plan: (
            f"revision {plan.draft_revision}; {len(plan.served_to)} consulted; "
            f"last day {plan.comment_deadline.isoformat()}"
        ),
    )


def _respond(arguments: argparse.Namespace) -> int:
    from coplan.domain.dates import format_long
    from coplan.domain.lifecycle import record_response
    from coplan.domain.model import ConsulteeRole

    on = _date_argument(arguments.on, "--on")
    can_meet = {"yes": True, "no": False, None: None}[arguments.can_meet_needs]

    def step(plan, pack) -> str:
        response = record_response(
            plan,
            received_on=on,
            from_name=arguments.from_name,
            role=ConsulteeRole(arguments.role),
            summary=arguments.said,
            setting_id=arguments.setting,
            setting_can_meet_needs=can_meet,
        )
        return (
            f"Recorded response {response.id} to draft {response.draft_revision} of plan "
            f"{plan.id}, received {format_long(on)}."
        )

    return _timeline_step(
        arguments,
        step,
        action="response recorded",
        detail=lambda plan: (
            f"response {plan.responses[-1].id}; revision "
            f"{plan.responses[-1].draft_revision}; {plan.responses[-1].role.value}"
        ),
    )


def _issue(arguments: argparse.Namespace) -> int:
    from coplan.domain.dates import format_long
    from coplan.domain.lifecycle import issue_final_plan

    on = _date_argument(arguments.on, "--on")

    def step(plan, pack) -> str:
        if arguments.section_i is not None and not plan.is_final:
            plan.section_i = arguments.section_i.strip()
        issue_final_plan(plan, pack, on=on)
        return f"Issued the final plan {plan.id} (version {plan.version}) on {format_long(on)}."

    return _timeline_step(
        arguments,
        step,
        action="final plan issued",
        detail=lambda plan: f"version {plan.version}; issued {plan.issued_on.isoformat()}",
    )


def _pack(arguments: argparse.Namespace) -> int:
    from coplan.policy.loader import available_packs, pack_folders, pack_origin

    if arguments.pack_command == "check":
        from coplan.policy.check import check_pack_file

        result = check_pack_file(arguments.file)
        if result.ok:
            pack = result.pack
            print(
                f"{arguments.file}: no problems: {pack.council}, version {pack.version} "
                f"(id {pack.id})."
            )
            print("To install it, copy it into one of these folders:")
            for name, folder in pack_folders()[1:]:
                print(f"  {folder}  ({name})")
            return EXIT_OK
        count = len(result.problems)
        print(
            f"{arguments.file}: {count} problem{'s' if count != 1 else ''}; the pack cannot be "
            "used until they are fixed:"
        )
        for problem in result.problems:
            print(f"  {problem}")
        return EXIT_FINDINGS if result.readable else EXIT_UNREADABLE

    from coplan.policy import PolicyPackError, load_pack

    found = available_packs()
    usable = 0
    for pack_id, path in found.items():
        try:
            pack = load_pack(path)
        except PolicyPackError as error:
            state = f"cannot be used: {error} (coplan pack check {path})"
        else:
            usable += 1
            state = f"{pack.council}, version {pack.version}"
        print(f"{pack_id}: {state}")
        print(f"    {path}  ({pack_origin(path)})")
        hidden = [
            folder / path.name
            for _name, folder in pack_folders()
            if (folder / path.name).is_file() and folder / path.name != path
        ]
        for other in hidden:
            print(f"    replaces {other}  ({pack_origin(other)})")
    if not found:
        print("No policy packs found.")
    if not usable:
        print("Packs are read from (a later folder's pack replaces an earlier one's):")
        for name, folder in pack_folders():
            print(f"  {folder}  ({name})")
        return EXIT_FINDINGS
    return EXIT_OK


_COMMANDS = {
    "open": _open,
    "demo": _demo,
    "validate": _validate,
    "budget": _budget,
    "export": _export,
    "request-agreement": _request_agreement,
    "dp-agreement": _dp_agreement,
    "schema": _schema,
    "import": _import,
    "export-plan": _export_plan,
    "list": _list,
    "sync": _sync,
    "take": _take,
    "release": _release,
    "team": _team,
    "change-passphrase": _change_passphrase,
    "erase": _erase,
    "snapshots": _snapshots,
    "serve": _serve,
    "respond": _respond,
    "issue": _issue,
    "pack": _pack,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
