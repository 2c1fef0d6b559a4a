"""What a head teacher reads about the items they are asked to agree to: the same plain words on
the sign-off screen (`ui/signoff/wording.py`) and on the one-page request on paper
(`report/sections/premises_request.py`), so that a head reads the same thing on screen as on
paper.

The item functions take one item of `fingerprint.shown_to_head(plan, setting_id)["items"]` —
the very document an agreement's fingerprint covers — and nothing else of the plan. They return
plain text in lower case where it runs on from a label ("On site they need: a DBS check"): no
markup and no escaping, which belong to the screen (HTML) and the page (reportlab markup), as
does the layout (line breaks, bold, capitals for a value standing on its own).

Pure: no Qt, no reportlab.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation

from .dates import format_long, month_name
from .money import Money

# What the person delivering an item will need to be on site, by `on_site_requirements` code.
REQUIREMENTS = {
    "dbs": "a DBS check",
    "insurance": "their own insurance",
    "supervision": "supervision by your staff",
    "site_access": "access to the site",
}
NOTHING_NEEDED = "nothing extra"

# The budget an item is paid from, by `funding` code (`FundingStream` values), without "the"
# so that it can stand alone ("Health budget") or run on ("from the health budget").
FUNDING = {
    "education": "education budget",
    "health": "health budget",
    "social_care": "social care budget",
    "school_contribution": "school's own contribution",
}
UNKNOWN_FUNDING = "council budget"

# Whom a setting's agreement is asked of, by setting kind (`SettingKind` values: a StrEnum
# member looks its title up as well as its value does).
DEFAULT_ROLE = {
    "school": "Head teacher",
    "college": "Principal",
    "early_years": "Early years provider",
}
ROLES = tuple(DEFAULT_ROLE.values())  # who may sign for a setting in their own right
MODEL_DEFAULT_ROLE = "Head teacher"  # what `Setting.head_role` holds until someone changes it


# -- words for numbers and units ----------------------------------------------------------------
def plain_number(value: object) -> str:
    """'2', '1.5', '39' — a count as people write it (no trailing zeros, no exponent); anything
    that is not a number is returned as it is."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, TypeError):
        return str(value)
    return format(number.normalize(), "f")


def plural(word: str, count: object) -> str:
    """'hour' for one, 'hours' for any other count; a word already ending in s is left alone."""
    return word if plain_number(count) == "1" or word.endswith("s") else word + "s"


def article(word: str) -> str:
    """'an hour', 'an assessment', but 'a session' and 'a unit'."""
    return "an" if word.lower().startswith(("a", "e", "i", "o", "hour")) else "a"


def count_of(count: object, word: str) -> str:
    """'2 hours', '1 week', '1.5 sessions'."""
    return f"{plain_number(count)} {plural(word, count)}"


def price_per(price: str, unit: str) -> str:
    """'£75.00 an hour', '£30.00 a session'."""
    return f"{price} {article(unit)} {unit}"


def join_words(words: Iterable[str]) -> str:
    """'a', 'a and b', 'a, b and c'; '' for none."""
    words = list(words)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def capitalised(text: str) -> str:
    """The first letter in capitals, the rest as it is ('a DBS check' → 'A DBS check')."""
    return text[:1].upper() + text[1:]


def role_title(kind: str, recorded: str) -> str:
    """The title to address a setting's head by: the one recorded for the setting, or the
    setting kind's own ("Principal" for a college) when none is recorded or it is still the
    model's default "Head teacher"."""
    role = recorded.strip()
    if not role or role == MODEL_DEFAULT_ROLE:
        return DEFAULT_ROLE.get(kind, MODEL_DEFAULT_ROLE)
    return role


# -- one shown item -------------------------------------------------------------------------------
def is_one_off(item: dict) -> bool:
    return item.get("cost_basis") == "one_off"


def how_often(item: dict) -> str:
    """'2 hours a week, 39 weeks a year', or 'Once (a one-off purchase)' standing alone."""
    if is_one_off(item):
        return capitalised(
            how_often_words(
                one_off=True,
                unit="",
                units=0,
                frequency="",
                periods=0,
                starts_on=_iso(item.get("starts_on")),
            )
        )
    # Keys from `fingerprint.shown_item`: the first version's names stay for weekly lines.
    return how_often_words(
        one_off=False,
        unit=item.get("unit") or "unit",
        units=item.get("units_per_week", "0"),
        frequency=item.get("frequency", "week"),
        periods=item.get("weeks_per_year", "0"),
        starts_on=_iso(item.get("starts_on")),
        ends_on=_iso(item.get("ends_on")),
        runs_in=item.get("runs_in", "all_year"),
    )


def _iso(value: object) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


# How a line's support is placed in the year, by `RunsIn` value.
RUNS_IN = {"all_year": "", "term_time": "in term time", "holidays": "in the school holidays only"}


def month_range(starts_on: date | None, ends_on: date | None) -> str:
    """'January to March 2027', 'September 2026 to July 2027', 'March 2027', 'from January
    2027', 'until July 2027', or '' when neither date is known."""

    def month(day: date, with_year: bool = True) -> str:
        name = month_name(day)
        return f"{name} {day.year}" if with_year else name

    if starts_on and ends_on:
        if (starts_on.year, starts_on.month) == (ends_on.year, ends_on.month):
            return month(ends_on)
        return f"{month(starts_on, starts_on.year != ends_on.year)} to {month(ends_on)}"
    if starts_on:
        return f"from {month(starts_on)}"
    if ends_on:
        return f"until {month(ends_on)}"
    return ""


def how_often_words(
    *,
    one_off: bool,
    unit: str,
    units: object,
    frequency: str,
    periods: object,
    starts_on: date | None = None,
    ends_on: date | None = None,
    runs_in: str = "all_year",
) -> str:
    """How much of a line, how often and when, in the words everyone reads:
    '1 hour a week, 39 weeks a year', '2 sessions a fortnight, 13 fortnights a year, in term
    time', '6 sessions, January to March 2027', '20 hours a year', 'once (a one-off purchase)'."""
    if one_off:
        when = month_range(starts_on, None).removeprefix("from ")
        return f"once (a one-off purchase{', ' + when if when else ''})"
    unit = unit or "unit"
    if frequency == "block":
        parts = [count_of(units, unit)]
    elif frequency == "year":
        parts = [f"{count_of(units, unit)} a year"]
    elif unit == frequency and plain_number(units) == "1":
        parts = [f"{count_of(periods, frequency)} a year"]  # '39 weeks a year' at a weekly price
    else:
        parts = [f"{count_of(units, unit)} {article(frequency)} {frequency}"]
        parts.append(f"{count_of(periods, frequency)} a year")
    if RUNS_IN.get(runs_in):
        parts.append(RUNS_IN[runs_in])
    when = month_range(starts_on, ends_on)
    if when:
        parts.append(when)
    elif frequency == "block":
        parts.append("in one block")
    return ", ".join(parts)


def cost_words(item: dict) -> str:
    """'£3,510.00 a year', or '£429.00 once' for a one-off purchase."""
    # "annual_cost_pence" is the first fingerprint version's name for the line's cost: for a
    # one-off it holds the price paid once, which is why the words come from here, never raw.
    amount = Money(int(item.get("annual_cost_pence", 0))).format()
    return f"{amount} once" if is_one_off(item) else f"{amount} a year"


def cost_amount(item: dict) -> str:
    """'£3,510.00': the amount alone (a year, or once for a one-off: see `cost_words`)."""
    return Money(int(item.get("annual_cost_pence", 0))).format()


def unit_rate(item: dict) -> str:
    """'£45.00 an hour' (recurring items only)."""
    rate = Money(int(item.get("unit_cost_pence", 0))).format()
    return price_per(rate, item.get("unit") or "unit")


def paid_from(item: dict) -> str:
    """'health budget', "school's own contribution" (without "the": see `FUNDING`)."""
    return FUNDING.get(item.get("funding", ""), UNKNOWN_FUNDING)


def needed_on_site(item: dict) -> str:
    """'a DBS check and their own insurance', or 'nothing extra'."""
    codes = item.get("on_site_requirements") or []
    return join_words(REQUIREMENTS.get(code, code) for code in codes) or NOTHING_NEEDED


def not_needed_on_site(item: dict) -> str:
    """'supervision by your staff and access to the site': what the person delivering it will
    not need; '' when they need all of it."""
    codes = item.get("on_site_requirements") or []
    return join_words(text for code, text in REQUIREMENTS.items() if code not in codes)


def previous_conditions_words(signed_on: date | None) -> str:
    """Above the conditions when a head signs again for the same setting: what they set last
    time is ticked for them, to keep or change (nothing carries over unseen)."""
    when = f" on {format_long(signed_on)}" if signed_on else ""
    return (
        f"Last time{when} you agreed with the conditions ticked below. Keep them, change them "
        "or untick them:"
    )


def previous_conditions_for_officer(signed_on: date | None) -> str:
    """The same offer on the officer's form for a decision given on paper or by email."""
    when = f" on {format_long(signed_on)}" if signed_on else ""
    return (
        f"Last time{when} the head agreed with the conditions ticked below: check them against "
        "this answer."
    )
