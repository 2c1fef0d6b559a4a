"""How two copies of one plan differ, in plain words: what an officer is shown when someone else
saved the plan while they were editing it (another window, another officer on the team database).

Each line compares the version saved meanwhile ("saved") with the one on this screen ("yours");
nothing is judged better. Provision lines are described with the words the head teacher's
agreement uses (`fingerprint.FIELD_LABELS`, `fingerprint.shown_value`), so a change reads the
same wherever it is explained.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from .budget import COUNCIL_STREAMS
from .dates import format_long
from .fingerprint import FIELD_LABELS, natural_key, shown_item, shown_value
from .model import Plan
from .money import Money

# Words for fields outside a provision line (`FIELD_LABELS` covers a line's own fields).
LABELS = {
    "status": "the plan's status",
    "version": "the plan's version number",
    "full_name": "the child's full name",
    "preferred_name": "the name they like to be called",
    "date_of_birth": "the date of birth",
    "kind": "the kind",
    "held_on": "the meeting date",
    "attendees": "who was at the meeting",
    "what_matters": "what matters to the child and family",
    "over_budget_reason_education": "the reason for going over the education indicative budget",
    "over_budget_reason_health": "the reason for going over the health indicative budget",
    "over_budget_reason_social_care": (
        "the reason for going over the social care indicative budget"
    ),
    "first_payment_on": "the first payment date",
    "organised_holder": "who holds the organised arrangement",
    "served_on": "the date the draft was sent",
    "comment_deadline": "the date comments are due",
    "next_review_on": "the next review date",
    "text": "the wording",
    "summary": "the summary",
    "section": "the section",
    "area": "the area",
    "target_date": "the target date",
    "name": "the name",
    "urn": "the URN",
    "head_name": "the head's name",
    "head_role": "the head's role",
    "decision": "the decision",
    "signed_on": "the date signed",
    "signatory_name": "who signed",
    "withdrawal": "the withdrawal",
    "conditions": "the conditions",
    "reasons": "the reasons",
    "request": "what was asked for",
    "scope": "how much was refused",
    "decided_on": "the date decided",
    "recipient_name": "who receives the direct payment",
    "schedule": "how often it is paid",
    "amounts": "the amounts",
    "source": "where the figure came from",
}

# Lists of things with ids: (attribute, what one is called, the field that names it).
_IDENTIFIED = (
    ("settings", "Setting", "name"),
    ("needs", "Need", "summary"),
    ("outcomes", "Outcome", "text"),
    ("premises_agreements", "Premises agreement", "id"),
    ("dp_agreements", "Direct payment agreement", "id"),
    ("refusals", "Refused request", "request"),
)
_SCALARS = (
    "status",
    "version",
    "what_matters",
    "organised_holder",
    "served_on",
    "comment_deadline",
    "next_review_on",
)
_PARTS = (
    ("child", "The child"),
    ("meeting", "The meeting"),
    ("indicative", "The indicative budget"),
    ("direct_payment", "The direct payment"),
    ("third_party", "The third party"),
)
SHORT = 60  # longer text is cut in the middle of a line


def differences(yours: Plan, saved: Plan) -> list[str]:
    """One line per difference between your copy and the one saved meanwhile; [] when none."""
    lines: list[str] = []
    for part, title in _PARTS:
        lines += _compare_records(title, getattr(yours, part), getattr(saved, part))
    lines += _compare_records("The case officer's details", yours.officer, saved.officer)
    for name in _SCALARS:
        lines += _compare_field(None, name, getattr(yours, name), getattr(saved, name))
    for stream in COUNCIL_STREAMS:  # each stream's own reason
        lines += _compare_field(
            None,
            f"over_budget_reason_{stream.value}",
            yours.over_budget_reasons.get(stream, ""),
            saved.over_budget_reasons.get(stream, ""),
        )
    for attribute, kind, naming in _IDENTIFIED:
        lines += _compare_lists(kind, naming, getattr(yours, attribute), getattr(saved, attribute))
    lines += _compare_items(yours, saved)
    return lines


def _compare_items(yours: Plan, saved: Plan) -> list[str]:
    mine = {item.id: item for item in yours.items}
    theirs = {item.id: item for item in saved.items}
    lines = []
    for item_id in sorted(mine.keys() | theirs.keys(), key=natural_key):
        if item_id not in theirs:
            lines.append(f"Provision “{_cut(mine[item_id].description)}” is in yours only")
            continue
        if item_id not in mine:
            lines.append(
                f"Provision “{_cut(theirs[item_id].description)}” is in the saved one only"
            )
            continue
        before, after = shown_item(mine[item_id]), shown_item(theirs[item_id])
        name = _cut(theirs[item_id].description or mine[item_id].description)
        # A line says how often and when only where it differs from weekly, all year: compare
        # every key either side has, in the order the head's agreement lists them.
        for key in [*before, *(k for k in after if k not in before)]:
            if before.get(key) != after.get(key):
                if key == "annual_cost_pence":  # the cost with its period: a year, or once
                    theirs_said, yours_said = (
                        theirs[item_id].cost_text(),
                        mine[item_id].cost_text(),
                    )
                else:
                    theirs_said = shown_value(key, after.get(key))
                    yours_said = shown_value(key, before.get(key))
                lines.append(
                    f"Provision “{name}”: {FIELD_LABELS.get(key, key)} is "
                    f"{theirs_said} in the saved one, {yours_said} in yours"
                )
        if mine[item_id].provision_ref != theirs[item_id].provision_ref:
            lines.append(
                f"Provision “{name}”: its reference in the plan is "
                f"{_words(theirs[item_id].provision_ref)} in the saved one, "
                f"{_words(mine[item_id].provision_ref)} in yours"
            )
        for key in ("outcome_ids", "need_ids", "category", "condition_evidence"):
            if getattr(mine[item_id], key) != getattr(theirs[item_id], key):
                words = key.replace("_ids", "s it serves").replace("_", " ")
                lines.append(f"Provision “{name}”: {words} differ")
    return lines


def _compare_lists(kind: str, naming: str, yours: list, saved: list) -> list[str]:
    mine = {thing.id: thing for thing in yours}
    theirs = {thing.id: thing for thing in saved}
    lines = []
    for thing_id in sorted(mine.keys() | theirs.keys(), key=natural_key):
        if thing_id not in theirs:
            lines.append(f"{kind} “{_cut(getattr(mine[thing_id], naming))}” is in yours only")
        elif thing_id not in mine:
            lines.append(
                f"{kind} “{_cut(getattr(theirs[thing_id], naming))}” is in the saved one only"
            )
        else:
            title = f"{kind} “{_cut(getattr(theirs[thing_id], naming))}”"
            lines += _compare_records(title, mine[thing_id], theirs[thing_id])
    return lines


def _compare_records(title: str, yours, saved) -> list[str]:
    if yours == saved:
        return []
    if yours is None or saved is None:
        where = "yours" if saved is None else "the saved one"
        return [f"{title}: set out in {where} only"]
    if not is_dataclass(yours):
        return _compare_field(title, "", yours, saved)
    lines = []
    for field in fields(yours):
        if field.name in ("id", "shown", "signature_svg_path", "fingerprint"):
            continue
        lines += _compare_field(
            title, field.name, getattr(yours, field.name), getattr(saved, field.name)
        )
    return lines


def _compare_field(title: str | None, name: str, yours, saved) -> list[str]:
    if yours == saved:
        return []
    label = LABELS.get(name, name.replace("_", " "))
    where = f"{title}: {label}" if title else label[0].upper() + label[1:]
    if _is_lines(yours) and _is_lines(saved):
        return _compare_lines(where, yours, saved)
    mine, theirs = _words(yours), _words(saved)
    if mine is None or theirs is None:
        return [f"{where} differs"]
    return [f"{where} is {theirs} in the saved one, {mine} in yours"]


def _is_lines(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _compare_lines(where: str, yours: list[str], saved: list[str]) -> list[str]:
    """Lines of text (what matters, conditions): which are on one side only, or the order."""
    only_saved = [line for line in saved if line not in yours]
    only_yours = [line for line in yours if line not in saved]
    lines = [f"{where}: “{_cut(line)}” is in the saved one only" for line in only_saved]
    lines += [f"{where}: “{_cut(line)}” is in yours only" for line in only_yours]
    return lines or [f"{where}: the same lines in another order"]


def _words(value) -> str | None:
    """A short value as people read it; None when it is too long or too complex to quote."""
    if value is None or value == "":
        return "empty"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return f"“{str(value.value).replace('_', ' ')}”"
    if isinstance(value, date):
        return format_long(value)
    if isinstance(value, Money):
        return value.format()
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, str):
        return f"“{value}”" if len(value) <= SHORT and "\n" not in value else None
    if isinstance(value, dict) and all(isinstance(v, Money) for v in value.values()):
        if not value:
            return "none"
        return ", ".join(
            f"{str(getattr(k, 'value', k)).replace('_', ' ')} {v.format()}"
            for k, v in value.items()
        )
    return None


def _cut(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


__all__ = ["LABELS", "differences"]
