"""Loading a council's policy pack from TOML, checked key by key.

A pack with a mistake is refused with a message that names the bad key
("categories[3].personal_budget: expected one of yes, no, conditional, got 'maybe'"), so that
whoever maintains the council's pack can fix it without reading code.
"""

from __future__ import annotations

import itertools
import tomllib
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from coplan.domain.model import FundingStream, PaymentSchedule
from coplan.domain.money import Money, MoneyError, parse_money
from coplan.domain.policy import (
    Category,
    Condition,
    DirectPaymentRules,
    DpAgreementTerms,
    Eligibility,
    PolicyPack,
    Ras,
    RasAnswer,
    RasBand,
    RasQuestion,
    Rate,
    SchoolYear,
    Term,
    Timescales,
    Wording,
)
from coplan.paths import APP_AUTHOR, APP_NAME, resources_dir
from coplan.regular_file import NotReadable, read_regular_file

PACK_FORMAT = 1
MAX_PACK_BYTES = 2_000_000


class PolicyPackError(ValueError):
    """The pack cannot be used; the message names the file and the key."""


def packs_dir() -> Path:
    """The packs installed with CoPlan."""
    return resources_dir() / "policies"


def pack_folders() -> list[tuple[str, Path]]:
    """Where packs are read from, each with its plain name; a pack in a later folder replaces
    one with the same id in an earlier one: the user's own folder over the machine's (where a
    council's IT department puts its pack) over the packs installed with CoPlan."""
    import platformdirs

    return [
        ("installed with CoPlan", packs_dir()),
        (
            "this computer's CoPlan folder",
            Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / "policies",
        ),
        (
            "your own CoPlan folder",
            Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)) / "policies",
        ),
    ]


def available_packs(folder: Path | None = None) -> dict[str, Path]:
    """Pack id (the file's stem) → path, for every pack in the folder, or in all of
    `pack_folders()` with the later folders winning."""
    folders = [folder] if folder is not None else [path for _name, path in pack_folders()]
    found: dict[str, Path] = {}
    for each in folders:
        if each.is_dir():
            found.update({path.stem: path for path in sorted(each.glob("*.toml"))})
    return dict(sorted(found.items()))


def pack_origin(path: Path) -> str:
    """Which of `pack_folders()` a pack file is in, in plain words (or its folder)."""
    for name, folder in reversed(pack_folders()):
        if _same_folder(path.parent, folder):
            return name
    return str(path.parent)


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


DEFAULT_PACK_ID = "example-shire"


def load_pack_by_id(pack_id: str | None = None) -> PolicyPack:
    pack_id = pack_id or DEFAULT_PACK_ID
    packs = available_packs()
    if pack_id not in packs:
        known = ", ".join(packs) or "none"
        where = "; ".join(str(folder) for _name, folder in pack_folders())
        raise PolicyPackError(
            f"No policy pack called “{pack_id}” (available: {known}). Packs are read from: {where}."
        )
    return load_pack(packs[pack_id])


def load_pack(path: Path) -> PolicyPack:
    path = Path(path)
    try:
        raw = read_regular_file(path, MAX_PACK_BYTES, what="a policy pack")
        data = tomllib.loads(raw.decode("utf-8"))
    except NotReadable as exc:
        raise PolicyPackError(f"{path.name}: {exc}.") from None
    except UnicodeDecodeError as exc:
        raise PolicyPackError(f"{path.name}: is not UTF-8 text.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PolicyPackError(f"{path.name}: is not valid TOML ({exc}).") from exc
    except RecursionError:
        raise PolicyPackError(f"{path.name}: is nested too deeply to be a policy pack.") from None
    try:
        pack = parse_pack(data)
    except PolicyPackError as exc:
        raise PolicyPackError(f"{path.name}: {exc}") from None
    # Plans record the pack's id and find it again by file name: the two must be the same.
    installed = any(_same_folder(path.parent, folder) for _name, folder in pack_folders())
    if installed and pack.id != path.stem:
        raise PolicyPackError(
            f"{path.name}: pack.id is {pack.id!r}; an installed pack's id must be its file name "
            f"({path.stem!r}) so that plans made under it find it again"
        )
    return pack


_REQUIRED = object()

# `coplan pack check` lists every problem: while a list is set here, a problem is noted and
# the reading carries on with a stand-in value; otherwise the first problem is raised.
_collected: ContextVar[list[str] | None] = ContextVar("collected_pack_problems", default=None)
_STAND_IN = {str: "", int: 0, bool: False, dict: {}, list: []}


def _problem(message: str) -> None:
    problems = _collected.get()
    if problems is None:
        raise PolicyPackError(message)
    problems.append(message)


def pack_problems(data: dict) -> list[str]:
    """Every problem of a pack's data (each starting with its key), in the order met."""
    problems: list[str] = []
    token = _collected.set(problems)
    try:
        parse_pack(data)
    except PolicyPackError as exc:  # pragma: no cover - every problem is noted, not raised
        problems.append(str(exc))
    except (TypeError, ValueError, AttributeError, KeyError) as exc:
        # A stand-in value met a check further on; the problems before explain it.
        if not problems:
            problems.append(f"the pack cannot be read ({type(exc).__name__})")
    finally:
        _collected.reset(token)
    return list(dict.fromkeys(problems))


class _Reader:
    """Reads one TOML table, remembering where it is so that errors name the key."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            _problem(f"{where or 'the file'}: expected a table")
            data = {}
        self.data = data
        self.where = where

    def _key(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _get(self, key: str, kind: type | tuple[type, ...], default: Any) -> Any:
        if key not in self.data:
            if default is _REQUIRED:
                _problem(f"{self._key(key)}: missing")
                return _stand_in(kind)
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = (
                kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            )
            _problem(f"{self._key(key)}: expected {_NAMES.get(names, names)}")
            return _stand_in(kind) if default is _REQUIRED else default
        return value

    def text(self, key: str, default: Any = None) -> str:
        value = self._get(key, str, _REQUIRED if default is None else default)
        return value

    def required_text(self, key: str) -> str:
        value = self._get(key, str, _REQUIRED)
        if isinstance(self.data.get(key), str) and not value.strip():  # else already noted
            _problem(f"{self._key(key)}: must not be empty")
        return value

    def integer(self, key: str, default: Any = _REQUIRED, minimum: int = 0) -> int:
        value = self._get(key, int, default)
        if value < minimum:
            _problem(f"{self._key(key)}: must be at least {minimum}")
        return value

    def date(self, key: str) -> date:
        value = self._get(key, (date, str), _REQUIRED)
        if not isinstance(self.data.get(key), date | str):
            return date.min  # missing or of another type: already noted
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                _problem(f"{self._key(key)}: expected a date such as 2026-09-02")
                return date.min
        if isinstance(value, datetime):
            _problem(f"{self._key(key)}: expected a date without a time")
            return value.date()
        return value

    def boolean(self, key: str, default: bool) -> bool:
        return self._get(key, bool, default)

    def money(self, key: str, default: str | None = None) -> Money:
        value = self._get(key, str, _REQUIRED if default is None else default)
        try:
            return parse_money(value)
        except MoneyError as exc:
            _problem(f'{self._key(key)}: {exc} (write amounts as "1600.00")')
            return Money()

    def choice(self, key: str, enum: type, default: Any = _REQUIRED):
        value = self._get(key, str, default)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            _problem(f"{self._key(key)}: expected one of {allowed}, got {value!r}")
            return next(iter(enum))

    def table(self, key: str, *, required: bool = True) -> _Reader:
        value = self._get(key, dict, _REQUIRED if required else {})
        return _Reader(value, self._key(key))

    def tables(self, key: str, *, required: bool = True) -> list[_Reader]:
        value = self._get(key, list, _REQUIRED if required else [])
        return [_Reader(entry, f"{self._key(key)}[{index}]") for index, entry in enumerate(value)]

    def strings(self, key: str) -> tuple[str, ...]:
        value = self._get(key, list, [])
        for index, entry in enumerate(value):
            if not isinstance(entry, str):
                _problem(f"{self._key(key)}[{index}]: expected text")
        return tuple(value)

    def only(self, *allowed: str) -> None:
        """Refuse keys the pack format does not know: a typo should not be silently ignored."""
        for key in self.data:
            if key not in allowed:
                _problem(f"{self._key(key)}: unknown key")


_DP_STREAMS = ("education", "health", "social_care")


def _direct_payment_streams(dp: _Reader) -> tuple[str, ...]:
    """Which funding streams are paid by direct payment (all three unless the pack says)."""
    if "streams" not in dp.data:
        return _DP_STREAMS
    streams = dp.strings("streams")
    for index, stream in enumerate(streams):
        if stream not in _DP_STREAMS:
            raise PolicyPackError(
                f"direct_payments.streams[{index}]: “{stream}” is not a funding stream paid by "
                f"direct payment (use {', '.join(_DP_STREAMS)})"
            )
    return streams


_NAMES = {
    "str": "text",
    "int": "a whole number",
    "bool": "true or false",
    "dict": "a table",
    "list": "a list",
}


def _stand_in(kind: type | tuple[type, ...]):
    first = kind[0] if isinstance(kind, tuple) else kind
    stand_in = _STAND_IN.get(first, "")
    return type(stand_in)() if isinstance(stand_in, dict | list) else stand_in


def _unique(ids: list[str], where: str) -> None:
    seen: set[str] = set()
    for index, identifier in enumerate(ids):
        if identifier in seen:
            _problem(f"{where}[{index}].id: {identifier!r} is used twice")
        seen.add(identifier)


def _condition(reader: _Reader) -> Condition:
    reader.only("id", "label", "prompt", "met_by_premises_agreement")
    return Condition(
        reader.required_text("id"),
        reader.required_text("label"),
        reader.text("prompt", ""),
        reader.boolean("met_by_premises_agreement", False),
    )


def parse_pack(data: dict) -> PolicyPack:
    root = _Reader(data, "")
    root.only(
        "pack",
        "timescales",
        "direct_payments",
        "ras",
        "conditions",
        "categories",
        "premises_conditions",
        "rates",
        "wording",
        "school_year",
        "dp_agreement",
    )
    head = root.table("pack")
    head.only(
        "format",
        "id",
        "council",
        "version",
        "name_setting_in_premises_agreements",
        "over_budget_tolerance",
        "idle_lock_minutes",
    )
    if head.integer("format") != PACK_FORMAT:
        _problem(f"pack.format: this CoPlan reads format {PACK_FORMAT} packs")

    times = root.table("timescales", required=False)
    times.only(*Timescales.__dataclass_fields__)
    timescales = Timescales(
        **{
            name: times.integer(name, getattr(Timescales(), name), minimum=1)
            for name in Timescales.__dataclass_fields__
        }
    )
    if timescales.comment_period_days < 15:
        _problem("timescales.comment_period_days: the law gives at least 15 days")

    dp = root.table("direct_payments", required=False)
    dp.only(*DirectPaymentRules.__dataclass_fields__)
    dp_rules = DirectPaymentRules(
        young_person_may_receive=dp.boolean("young_person_may_receive", True),
        nominee_allowed=dp.boolean("nominee_allowed", True),
        streams=_direct_payment_streams(dp),
        payment_frequency=dp.choice(
            "payment_frequency", PaymentSchedule, PaymentSchedule.FOUR_WEEKLY.value
        ),
    )
    # Payments follow the support and each pays for the time until the next, so the family
    # never holds more than one payment: the unspent limit must be at least one payment's
    # worth (four weeks, or a month, which is up to five weeks).
    least = 5 if dp_rules.payment_frequency is PaymentSchedule.MONTHLY else 4
    if timescales.unspent_recovery_weeks < least:
        _problem(
            f"timescales.unspent_recovery_weeks: must be at least {least} when payments are "
            f"{dp_rules.payment_frequency.value.replace('_', '-')}: the family holds up to one "
            "payment's worth before it is spent"
        )
    school_year = _parse_school_year(root.table("school_year", required=False))

    conditions = tuple(_condition(r) for r in root.tables("conditions", required=False))
    _unique([c.id for c in conditions], "conditions")
    premises_conditions = tuple(_condition(r) for r in root.tables("premises_conditions"))
    _unique([c.id for c in premises_conditions], "premises_conditions")

    categories = []
    for reader in root.tables("categories"):
        reader.only(
            "id", "label", "personal_budget", "direct_payment", "conditions", "reason", "examples"
        )
        category = Category(
            id=reader.required_text("id"),
            label=reader.required_text("label"),
            personal_budget=reader.choice("personal_budget", Eligibility),
            direct_payment=reader.choice("direct_payment", Eligibility),
            conditions=reader.strings("conditions"),
            reason=reader.text("reason", ""),
            examples=reader.text("examples", ""),
        )
        for index, condition_id in enumerate(category.conditions):
            if condition_id not in {c.id for c in conditions}:
                _problem(
                    f"{reader.where}.conditions[{index}]: no condition {condition_id!r} in [[conditions]]"
                )
        conditional = Eligibility.CONDITIONAL in (category.personal_budget, category.direct_payment)
        if conditional and not category.conditions:
            _problem(f"{reader.where}.conditions: a conditional category needs conditions")
        if category.personal_budget is Eligibility.NO and not category.reason.strip():
            _problem(f"{reader.where}.reason: an excluded category must give its reason")
        if category.personal_budget is Eligibility.NO and category.direct_payment is not (
            Eligibility.NO
        ):
            _problem(
                f"{reader.where}.direct_payment: must be 'no' when personal_budget is 'no' "
                "(a direct payment is one way of receiving a personal budget)"
            )
        categories.append(category)
    _unique([c.id for c in categories], "categories")

    rates = []
    for reader in root.tables("rates", required=False):
        reader.only("id", "label", "amount", "unit")
        rates.append(
            Rate(
                reader.required_text("id"),
                reader.required_text("label"),
                reader.money("amount"),
                reader.required_text("unit"),
            )
        )
    _unique([r.id for r in rates], "rates")

    wording_reader = root.table("wording")
    wording_reader.only(*Wording.__dataclass_fields__)
    wording = Wording(
        **{name: wording_reader.text(name, "") for name in Wording.__dataclass_fields__}
    )
    for required in ("refusal", "review_rights", "monitoring_terms", "how_to_respond"):
        wording_reader.required_text(required)

    dp_agreement = _parse_dp_agreement(root, data)

    return PolicyPack(
        id=head.required_text("id"),
        council=head.required_text("council"),
        version=head.required_text("version"),
        ras=_parse_ras(root.table("ras")),
        categories=tuple(categories),
        conditions=conditions,
        premises_conditions=premises_conditions,
        rates=tuple(rates),
        timescales=timescales,
        direct_payments=dp_rules,
        wording=wording,
        dp_agreement=dp_agreement,
        name_setting_in_premises_agreements=head.boolean(
            "name_setting_in_premises_agreements", True
        ),
        over_budget_tolerance=head.money("over_budget_tolerance", "0.00"),
        idle_lock_minutes=_idle_lock_minutes(head),
        school_year=school_year,
    )


def _parse_dp_agreement(root: _Reader, data: dict) -> DpAgreementTerms | None:
    """[dp_agreement]: the direct payment agreement's terms. Optional as a whole (a pack
    without it cannot print an agreement, and CoPlan says so); when present, every text is
    needed, since a signed agreement must not be missing a term."""
    if "dp_agreement" not in data:
        return None
    reader = root.table("dp_agreement")
    reader.only(*DpAgreementTerms.__dataclass_fields__)
    texts = {
        name: reader.required_text(name)
        for name, spec in DpAgreementTerms.__dataclass_fields__.items()
        if spec.type in ("str", str)
    }
    return DpAgreementTerms(
        returns_every_months=reader.integer("returns_every_months", 3, minimum=1),
        notice_weeks=reader.integer("notice_weeks", 4, minimum=1),
        **texts,
    )


def _parse_school_year(reader: _Reader) -> SchoolYear:
    """[school_year]: term_weeks (the weeks a year offered for term-time support, e.g. "39"),
    terms_per_year, and [[school_year.terms]] with name, starts_on and ends_on dates."""
    reader.only("term_weeks", "terms_per_year", "terms")
    weeks_text = reader.text("term_weeks", "39")
    try:
        term_weeks = Decimal(weeks_text)
    except ArithmeticError:
        _problem(f'{reader._key("term_weeks")}: expected a number such as "39"')
        term_weeks = Decimal(39)
    if not term_weeks.is_finite() or not 0 < term_weeks <= 52:
        _problem(f"{reader._key('term_weeks')}: must be more than 0 and at most 52")
    terms = []
    for term_reader in reader.tables("terms", required=False):
        term_reader.only("name", "starts_on", "ends_on")
        starts, ends = term_reader.date("starts_on"), term_reader.date("ends_on")
        if ends < starts:
            _problem(f"{term_reader.where}.ends_on: is before starts_on")
        terms.append(Term(term_reader.required_text("name"), starts, ends))
    terms.sort(key=lambda t: t.starts_on)
    for before, after in itertools.pairwise(terms):
        if after.starts_on <= before.ends_on:
            _problem(f"school_year.terms: {before.name!r} and {after.name!r} overlap")
    return SchoolYear(term_weeks, reader.integer("terms_per_year", 3, minimum=1), tuple(terms))


# A pack may shorten the idle lock, never switch it off: an hour is the longest it allows.
MAX_IDLE_LOCK_MINUTES = 60


def _idle_lock_minutes(head: _Reader) -> int:
    minutes = head.integer("idle_lock_minutes", 10, minimum=1)
    if minutes > MAX_IDLE_LOCK_MINUTES:
        raise PolicyPackError(
            f"pack.idle_lock_minutes: at most {MAX_IDLE_LOCK_MINUTES} (CoPlan must lock itself "
            "when a laptop is left)"
        )
    return minutes


def _parse_ras(reader: _Reader) -> Ras:
    reader.only("name", "questions", "bands")
    questions = []
    for question_reader in reader.tables("questions"):
        question_reader.only("id", "text", "answers")
        answers = []
        for answer_reader in question_reader.tables("answers"):
            answer_reader.only("id", "text", "points")
            answers.append(
                RasAnswer(
                    answer_reader.required_text("id"),
                    answer_reader.required_text("text"),
                    answer_reader.integer("points"),
                )
            )
        if not answers:
            _problem(f"{question_reader.where}.answers: a question needs answers")
        _unique([a.id for a in answers], f"{question_reader.where}.answers")
        questions.append(
            RasQuestion(
                question_reader.required_text("id"),
                question_reader.required_text("text"),
                tuple(answers),
            )
        )
    _unique([q.id for q in questions], "ras.questions")

    bands = []
    for band_reader in reader.tables("bands"):
        band_reader.only("id", "label", "min_points", "max_points", "amounts")
        amounts_reader = band_reader.table("amounts", required=False)
        amounts: dict[FundingStream, Money] = {}
        for key in amounts_reader.data:
            try:
                stream = FundingStream(key)
            except ValueError:
                allowed = ", ".join(s.value for s in FundingStream)
                _problem(f"{amounts_reader.where}.{key}: not a funding stream (use {allowed})")
                continue
            amounts[stream] = amounts_reader.money(key)
        band = RasBand(
            band_reader.required_text("id"),
            band_reader.required_text("label"),
            band_reader.integer("min_points"),
            band_reader.integer("max_points"),
            amounts,
        )
        if band.max_points < band.min_points:
            _problem(f"{band_reader.where}.max_points: is below min_points")
        bands.append(band)
    _unique([b.id for b in bands], "ras.bands")
    ordered = sorted(bands, key=lambda b: b.min_points)
    for before, after in itertools.pairwise(ordered):
        if after.min_points <= before.max_points:
            _problem(f"ras.bands: {before.id!r} and {after.id!r} overlap")
    return Ras(reader.required_text("name"), tuple(questions), tuple(bands))
