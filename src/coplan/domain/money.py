"""Exact money: integer pence, parsed from what people type, shown as £1,234.56.

Every sum in CoPlan is a `Money`; no float ever touches a budget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .text_safety import is_ascii_digits

# A single line or budget above this is a typing slip, not a child's support package.
# £10 million is far above any real EHC plan personal budget.
ABSURD_LIMIT_PENCE = 10_000_000_00


class MoneyError(ValueError):
    """Text that is not an amount of money; the message is for the person who typed it."""


@dataclass(frozen=True, order=True, slots=True)
class Money:
    pence: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.pence, int) or isinstance(self.pence, bool):
            raise TypeError(f"Money holds whole pence, not {type(self.pence).__name__}")

    @classmethod
    def zero(cls) -> Money:
        return cls(0)

    @classmethod
    def from_pounds(cls, pounds: Decimal | int | str) -> Money:
        """From an exact pound value; rounds half up to the penny."""
        value = Decimal(str(pounds)) if not isinstance(pounds, Decimal) else pounds
        return cls(int((value * 100).to_integral_value(rounding=ROUND_HALF_UP)))

    @property
    def pounds(self) -> Decimal:
        return Decimal(self.pence) / 100

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.pence + other.pence)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.pence - other.pence)

    def __neg__(self) -> Money:
        return Money(-self.pence)

    def __abs__(self) -> Money:
        return Money(abs(self.pence))

    def times(self, factor: Decimal) -> Money:
        """This amount multiplied by an exact factor, rounded half up to the penny."""
        exact = Decimal(self.pence) * factor
        return Money(int(exact.to_integral_value(rounding=ROUND_HALF_UP)))

    def __bool__(self) -> bool:
        return self.pence != 0

    def format(self) -> str:
        """£1,234.56, or -£12.00 for a negative amount."""
        sign = "-" if self.pence < 0 else ""
        pounds, pence = divmod(abs(self.pence), 100)
        return f"{sign}£{pounds:,}.{pence:02d}"

    def plain(self) -> str:
        """1234.56: the amount as stored in a plan file (a string, never a float)."""
        sign = "-" if self.pence < 0 else ""
        pounds, pence = divmod(abs(self.pence), 100)
        return f"{sign}{pounds}.{pence:02d}"

    def __str__(self) -> str:
        return self.format()


@dataclass(frozen=True, slots=True)
class Cost:
    """Money that says its period: what recurs every year, and what is paid once. The two are
    never added together into one figure called "a year"."""

    yearly: Money = Money()
    once: Money = Money()

    def __add__(self, other: Cost) -> Cost:
        if not isinstance(other, Cost):
            return NotImplemented
        return Cost(self.yearly + other.yearly, self.once + other.once)

    def __bool__(self) -> bool:
        return bool(self.yearly) or bool(self.once)

    def text(self) -> str:
        """'£7,296.00 a year, plus £678.99 once', '£7,296.00 a year', '£678.99 once', or
        '£0.00 a year' for nothing."""
        if not self.once:
            return f"{self.yearly.format()} a year"
        if not self.yearly:
            return f"{self.once.format()} once"
        return f"{self.yearly.format()} a year, plus {self.once.format()} once"

    def __str__(self) -> str:
        return self.text()


def total_cost(costs) -> Cost:
    yearly = once = 0
    for cost in costs:
        yearly += cost.yearly.pence
        once += cost.once.pence
    return Cost(Money(yearly), Money(once))


def total(amounts) -> Money:
    result = Money(0)
    for amount in amounts:
        result += amount
    return result


# Digits with optional thousands commas in the right places, or plain digits; optional pence.
# ASCII digits only (re.ASCII): \d would also take Arabic-Indic, Devanagari or full-width
# digits, which Decimal reads as numbers, so "١٢٣" would quietly become £123.00.
_AMOUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$|^\.(\d+)$", re.ASCII)
_QUANTITY = re.compile(r"\d+(?:\.\d{1,2})?|\.\d{1,2}", re.ASCII)
_DIGITS_ONLY = "Type the amount with the digits 0 to 9, for example 1,250.00."


def parse_money(text: str, *, allow_zero: bool = True) -> Money:
    """Read an amount as a person types it: "£1,250", "1250.5", "1,250.50", " 12 ".

    Raises MoneyError with a message fit to show beside the field.
    """
    if not isinstance(text, str):
        raise MoneyError("Enter an amount in pounds, for example 1,250.00.")
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise MoneyError("Enter an amount in pounds, for example 1,250.00.")
    if cleaned.startswith("-") or cleaned.startswith("(") or cleaned.startswith("−"):
        raise MoneyError("The amount cannot be negative.")
    if cleaned.startswith("£"):
        cleaned = cleaned[1:]
    if not is_ascii_digits(cleaned):
        raise MoneyError(_DIGITS_ONLY)
    if cleaned.lower().endswith("p") and cleaned[:-1].isdigit():
        raise MoneyError("Enter the amount in pounds, for example 0.50 rather than 50p.")
    match = _AMOUNT.match(cleaned)
    if not match:
        if any(ch.isalpha() for ch in cleaned):
            raise MoneyError("Enter an amount in pounds using numbers only, for example 1,250.00.")
        raise MoneyError(f"“{text.strip()}” is not an amount of money; for example 1,250.00.")
    decimals = match.group(1) if match.group(1) is not None else match.group(2)
    if decimals is not None and len(decimals) > 2:
        raise MoneyError("Money has at most two decimal places (pence).")
    try:
        value = Decimal(cleaned.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the pattern above excludes this
        raise MoneyError(f"“{text.strip()}” is not an amount of money.") from exc
    money = Money(int(value * 100))
    if money.pence > ABSURD_LIMIT_PENCE:
        raise MoneyError(
            f"{money.format()} is far more than any personal budget line; check the amount."
        )
    if not allow_zero and money.pence == 0:
        raise MoneyError("Enter an amount greater than £0.00.")
    return money


def parse_quantity(text: str, *, what: str = "quantity", maximum: Decimal | None = None) -> Decimal:
    """Read a non-negative number such as hours a week ("2.5") or weeks a year ("39")."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise MoneyError(f"Enter the {what} as a number, for example 2.5.")
    if cleaned.startswith("-"):
        raise MoneyError(f"The {what} cannot be negative.")
    if not is_ascii_digits(cleaned):
        raise MoneyError(f"Type the {what} with the digits 0 to 9, for example 2.5.")
    if not _QUANTITY.fullmatch(cleaned):
        raise MoneyError(f"Enter the {what} as a number with at most two decimals, e.g. 2.5.")
    value = Decimal(cleaned)
    if maximum is not None and value > maximum:
        raise MoneyError(f"The {what} cannot be more than {maximum}.")
    return value
