"""Two copies of one plan side by side, and a plan combined from both: the officer's choice when a
plan was changed on the laptop and in the team database since they were last in step.

`side_by_side(laptop, team)` lists every difference as a `Choice`: one thing an officer can keep
from either copy (a field, a provision line, a need, the plan's stage…), with the words each copy
says for it, in the domain's own words (`differences.LABELS`, the head teacher's agreement's
`fingerprint.FIELD_LABELS` and `shown_value`, `ProvisionItem.cost_text`). `combine(laptop, team,
from_laptop)` builds the plan that keeps the laptop's side of the choices named and the team's
of every other. Every field of `Plan` is covered, including ones added later (they fall to the
generic case), so nothing can be merged silently: choosing every row from one side gives exactly
that side's plan, which `tests/domain/test_reconcile.py` checks on the example plans.

Things that only make sense together move together: the plan's stage and its dates; the
indicative budget (its questionnaire answers, score, band and amounts); a provision line, a
need, a setting… as a whole.

A head teacher's recorded decision (a premises agreement) is never dropped by a sync: one
recorded in only one copy is not a choice; it is kept whatever the officer chooses
(`kept_agreements` names them for the screen). Where both copies have it and they differ (a
withdrawal recorded on one side), the officer chooses which record to keep.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from .budget import COUNCIL_STREAMS
from .dates import format_long
from .differences import LABELS
from .fingerprint import FIELD_LABELS, natural_key, shown_item, shown_value
from .model import FundingStream, Plan, PlanStatus
from .money import Money
from .stages import STATUS_WORDS

NOT_IN_THIS_COPY = "Not in this copy"
EMPTY = "(empty)"

# Fields that say where the plan is in its life: kept from one copy together.
STAGE_FIELDS = (
    "status",
    "draft_revision",
    "served_on",
    "comment_deadline",
    "served_to",
    "served_fingerprint",
    "earlier_services",
    "issued_on",
    "final_due_on",
    "assessment_requested_on",
)
VERSION_FIELDS = ("version", "previous_version_id")
# Parts whose own fields are chosen one by one (when both copies have the part).
FIELD_BY_FIELD_PARTS = {
    "child": "The child",
    "officer": "The case officer's details",
    "meeting": "The meeting",
    "direct_payment": "The direct payment",
    "third_party": "The third party",
}
# Lists of things with ids: attribute -> (what one is called, the field that names it).
IDENTIFIED = {
    "settings": ("Setting", "name"),
    "needs": ("Need", "summary"),
    "outcomes": ("Outcome", "text"),
    "items": ("Provision", "description"),
    "premises_agreements": ("Premises agreement", "id"),
    "refusals": ("Refused request", "request"),
    "responses": ("Response to the draft", "from_name"),
}
MORE_LABELS = {
    "stage": "The plan's stage and its dates",
    "version_group": "The plan's version",
    "indicative": "The indicative budget",
    "to_decide_again": "What must be agreed again",
    "section_i": "The school or setting named in Section I",
    "served_to": "who the draft was sent to",
    "earlier_services": "earlier drafts sent",
    "served_fingerprint": "the draft as sent",
    "draft_revision": "the draft's revision",
    "issued_on": "the date the final plan was issued",
    "final_due_on": "the date the final plan is due",
    "assessment_requested_on": "the date the assessment was asked for",
    "previous_version_id": "the previous version",
    "policy_pack": "the council policy pack",
    "ras_answers": "the questionnaire's answers",
    "ras_score": "the questionnaire's score",
    "ras_band": "the band",
    "manual_reason": "where the figure came from",
    "override": "the panel's decision",
    "setting_id": "the setting",
    "item_ids": "the provision lines it covers",
    "received_on": "the date it came",
    "from_name": "from",
    "draft_revision_answered": "the draft answered",
    "provision_ref": "where it is written in the plan (F, G or H)",
    "email": "email",
    "phone": "phone",
}
# Fields of a record that say nothing to an officer comparing two copies.
UNSHOWN = ("id", "shown", "signature_svg_path", "fingerprint", "fingerprint_version")


@dataclass(frozen=True)
class Choice:
    """One thing the officer keeps from either copy."""

    key: str  # e.g. "child.full_name", "items:p3", "stage", "over_budget_reasons:education"
    what: str  # "The child: the date of birth", "Provision “Speech and language therapy”"
    laptop: str  # what the laptop's copy says
    team: str  # what the team database's copy says


def side_by_side(laptop: Plan, team: Plan) -> list[Choice]:
    """Every difference between the two copies, in reading order; [] when they say the same."""
    choices: list[Choice] = []
    handled = {"id"}

    def group(key: str, names: tuple[str, ...]) -> None:
        handled.update(names)
        rows = []
        for name in names:
            mine, theirs = getattr(laptop, name), getattr(team, name)
            if mine != theirs:
                label = _line_label(name)
                rows.append((f"{label}: {_value_words(mine)}", f"{label}: {_value_words(theirs)}"))
        if rows:
            choices.append(
                Choice(
                    key,
                    MORE_LABELS[key],
                    "\n".join(r[0] for r in rows),
                    "\n".join(r[1] for r in rows),
                )
            )

    group("stage", STAGE_FIELDS)
    group("version_group", VERSION_FIELDS)
    for part, title in FIELD_BY_FIELD_PARTS.items():
        handled.add(part)
        mine, theirs = getattr(laptop, part), getattr(team, part)
        if mine == theirs:
            continue
        if mine is None or theirs is None or not is_dataclass(mine):
            choices.append(Choice(part, title, _record_words(mine), _record_words(theirs)))
            continue
        for field in fields(mine):
            a, b = getattr(mine, field.name), getattr(theirs, field.name)
            if a != b:
                what = f"{title}: {_label(field.name)}"
                choices.append(
                    Choice(f"{part}.{field.name}", what, _value_words(a), _value_words(b))
                )
    handled.add("indicative")
    if laptop.indicative != team.indicative:
        choices.append(
            Choice(
                "indicative",
                MORE_LABELS["indicative"],
                _record_words(laptop.indicative, against=team.indicative),
                _record_words(team.indicative, against=laptop.indicative),
            )
        )
    handled.add("over_budget_reasons")
    for stream in _streams(laptop, team):
        mine = laptop.over_budget_reasons.get(stream, "")
        theirs = team.over_budget_reasons.get(stream, "")
        if mine != theirs:
            label = LABELS.get(f"over_budget_reason_{stream.value}", f"the reason ({stream.value})")
            choices.append(
                Choice(
                    f"over_budget_reasons:{stream.value}",
                    _capital(label),
                    _value_words(mine),
                    _value_words(theirs),
                )
            )
    for attribute, (kind, naming) in IDENTIFIED.items():
        handled.add(attribute)
        choices += _list_choices(
            attribute, kind, naming, laptop, team, both_only=attribute == "premises_agreements"
        )
    for field in fields(Plan):  # everything else, including fields added after this was written
        if field.name in handled:
            continue
        mine, theirs = getattr(laptop, field.name), getattr(team, field.name)
        if mine == theirs:
            continue
        if _is_lines(mine) and _is_lines(theirs):
            laptop_words, team_words = _lines_words(mine, theirs), _lines_words(theirs, mine)
        else:
            laptop_words, team_words = _value_words(mine), _value_words(theirs)
        choices.append(Choice(field.name, _capital(_label(field.name)), laptop_words, team_words))
    return choices


def _is_lines(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _lines_words(lines: list[str], other: list[str]) -> str:
    """Lines of text (what matters): those this copy has and the other does not, and how many
    are the same in both (the whole list would bury the one line that differs)."""
    own = [line for line in lines if line not in other]
    same = len(lines) - len(own)
    words = own or ["Nothing the other copy does not have"]
    if same:
        words.append(f"(and {same} line{'s' if same != 1 else ''} the same in both)")
    if not own and same and lines != [line for line in other if line in lines]:
        words = [f"The same {same} lines in another order"]
    return "\n".join(words)


def kept_agreements(laptop: Plan, team: Plan) -> list[tuple[str, str]]:
    """Premises agreements recorded in one copy only, kept whatever is chosen:
    [(the setting's name, "this laptop" or "the team database")]."""
    on_laptop = {a.id for a in laptop.premises_agreements}
    on_team = {a.id for a in team.premises_agreements}
    kept = []
    for plan, only, where in (
        (laptop, on_laptop - on_team, "this laptop"),
        (team, on_team - on_laptop, "the team database"),
    ):
        for agreement in plan.premises_agreements:
            if agreement.id in only:
                setting = plan.setting(agreement.setting_id)
                kept.append((setting.name if setting else agreement.setting_id, where))
    return kept


def combine(laptop: Plan, team: Plan, from_laptop) -> Plan:
    """The team's copy with the laptop's side of each choice in `from_laptop` (keys of
    `side_by_side`), and every premises agreement either copy recorded. Neither argument is
    changed."""
    keep = set(from_laptop)
    result = _combine(laptop, team, keep)
    recorded = {a.id for a in result.premises_agreements}
    for agreement in laptop.premises_agreements:
        if agreement.id not in recorded and not any(
            a.id == agreement.id for a in team.premises_agreements
        ):
            result.premises_agreements = _with_entry(
                result.premises_agreements, laptop.premises_agreements, agreement.id
            )
    return result


def _combine(laptop: Plan, team: Plan, keep: set) -> Plan:
    result = copy.deepcopy(team)
    for key in keep:
        if key == "stage":
            for name in STAGE_FIELDS:
                setattr(result, name, copy.deepcopy(getattr(laptop, name)))
        elif key == "version_group":
            for name in VERSION_FIELDS:
                setattr(result, name, copy.deepcopy(getattr(laptop, name)))
        elif key.startswith("over_budget_reasons:"):
            stream = FundingStream(key.split(":", 1)[1])
            reasons = dict(result.over_budget_reasons)
            if laptop.over_budget_reasons.get(stream, ""):
                reasons[stream] = laptop.over_budget_reasons[stream]
            else:
                reasons.pop(stream, None)
            result.over_budget_reasons = reasons
        elif ":" in key:
            attribute, thing_id = key.split(":", 1)
            setattr(
                result,
                attribute,
                _with_entry(getattr(result, attribute), getattr(laptop, attribute), thing_id),
            )
        elif "." in key:
            part, name = key.split(".", 1)
            setattr(
                getattr(result, part), name, copy.deepcopy(getattr(getattr(laptop, part), name))
            )
        else:
            setattr(result, key, copy.deepcopy(getattr(laptop, key)))
    return result


# -- lists of things with ids ------------------------------------------------------------------
def _list_choices(
    attribute: str, kind: str, naming: str, laptop: Plan, team: Plan, *, both_only: bool = False
) -> list:
    mine = {thing.id: thing for thing in getattr(laptop, attribute)}
    theirs = {thing.id: thing for thing in getattr(team, attribute)}
    choices = []
    for thing_id in sorted(mine.keys() | theirs.keys(), key=natural_key):
        a, b = mine.get(thing_id), theirs.get(thing_id)
        if a == b or (both_only and (a is None or b is None)):
            continue
        name = _cut(getattr(b if b is not None else a, naming))
        what = f"{kind} “{name}”"
        key = f"{attribute}:{thing_id}"
        if a is None or b is None:
            present = a if a is not None else b
            words = _entry_words(attribute, present, None)
            choices.append(
                Choice(
                    key,
                    what,
                    words if a is not None else NOT_IN_THIS_COPY,
                    words if b is not None else NOT_IN_THIS_COPY,
                )
            )
        else:
            choices.append(
                Choice(key, what, _entry_words(attribute, a, b), _entry_words(attribute, b, a))
            )
    return choices


def _entry_words(attribute: str, entry, other) -> str:
    """What one copy says of an entry: where both copies have it, only what differs."""
    if attribute == "items":
        return _item_words(entry, other)
    return _record_words(entry, against=other)


def _item_words(item, other) -> str:
    """A provision line in the head teacher's agreement's own words (`FIELD_LABELS`)."""
    shown = shown_item(item)
    against = shown_item(other) if other is not None else None
    lines = []
    for key, value in shown.items():
        if key == "id":
            continue
        if against is not None and against.get(key) == value:
            continue
        if key == "annual_cost_pence":
            said = item.cost_text()
        elif key in _CODED:  # a code ("one_off") as words ("one off")
            said = shown_value(key, str(value).replace("_", " "))
        else:
            said = shown_value(key, value)
        lines.append(f"{_capital(FIELD_LABELS.get(key, key))}: {said}")
    if against is not None:
        for key in against:
            if key not in shown:  # e.g. "runs in" said by one side only
                lines.append(f"{_capital(FIELD_LABELS.get(key, key))}: the usual")
        for key in ("outcome_ids", "need_ids", "category", "condition_evidence", "provision_ref"):
            if getattr(item, key) != getattr(other, key):
                label = MORE_LABELS.get(key) or key.replace("_ids", "s it serves").replace("_", " ")
                lines.append(f"{_capital(label)}: {_value_words(getattr(item, key))}")
        if not lines:
            lines.append("Other details differ")
    return "\n".join(lines)


_CODED = ("cost_basis", "location", "management", "funding", "frequency", "runs_in")


def _with_entry(entries: list, source: list, thing_id: str) -> list:
    """`entries` with the entry `thing_id` as `source` has it: replaced, added (after the entry
    before it in `source`), or removed when `source` has none."""
    wanted = next((copy.deepcopy(e) for e in source if e.id == thing_id), None)
    result = [e for e in entries if e.id != thing_id]
    if wanted is None:
        return result
    where = next((i for i, e in enumerate(entries) if e.id == thing_id), None)
    if where is not None:
        result.insert(where, wanted)
        return result
    source_ids = [e.id for e in source]
    before = source_ids[: source_ids.index(thing_id)]
    position = 0
    for index, entry in enumerate(result):
        if entry.id in before:
            position = index + 1
    result.insert(position, wanted)
    return result


# -- words -------------------------------------------------------------------------------------
def _streams(laptop: Plan, team: Plan) -> list[FundingStream]:
    extra = (laptop.over_budget_reasons.keys() | team.over_budget_reasons.keys()) - set(
        COUNCIL_STREAMS
    )
    return [*COUNCIL_STREAMS, *sorted(extra, key=lambda s: s.value)]


def _label(name: str) -> str:
    return LABELS.get(name) or MORE_LABELS.get(name) or name.replace("_", " ")


def _line_label(name: str) -> str:
    """A field's label at the start of a line: "Date of birth", "Who was at the meeting"."""
    if name == "status":
        return "Stage"
    label = _label(name)
    return _capital(label[4:] if label.startswith("the ") else label)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _record_words(record, *, against=None) -> str:
    """A record as lines "label: value"; against another, only the fields that differ."""
    if record is None:
        return NOT_IN_THIS_COPY
    if not is_dataclass(record):
        return _value_words(record)
    lines = []
    for field in fields(record):
        if field.name in UNSHOWN:
            continue
        value = getattr(record, field.name)
        if against is not None:
            if value == getattr(against, field.name):
                continue
        elif value in (None, "", [], {}, False):
            continue
        lines.append(f"{_line_label(field.name)}: {_value_words(value)}")
    return "\n".join(lines) or ("Other details differ" if against is not None else EMPTY)


def _value_words(value) -> str:
    """A value as people read it, in full (the side-by-side screen has the room)."""
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, PlanStatus):
        return STATUS_WORDS[value]  # "Sent for consultation": as the caseload says it
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, date):
        return format_long(value)
    if isinstance(value, Money):
        return value.format()
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "; ".join(
            f"{str(getattr(k, 'value', k)).replace('_', ' ')}: {_value_words(v)}"
            for k, v in value.items()
        )
    if isinstance(value, list):
        return "\n".join(
            _value_words(v) if not is_dataclass(v) else _record_words(v).replace("\n", "; ")
            for v in value
        )
    if is_dataclass(value):
        return _record_words(value)
    return str(value)


def _cut(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = ["Choice", "combine", "kept_agreements", "side_by_side"]
