from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coplan.domain.money import ABSURD_LIMIT_PENCE, Money, MoneyError, parse_money, parse_quantity


@pytest.mark.parametrize(
    ("typed", "pence"),
    [
        ("£1,250", 125000),
        ("1250.5", 125050),
        ("1,250.50", 125050),
        (" 12 ", 1200),
        ("0.05", 5),
        (".5", 50),
        ("£1,000,000.00", 100000000),
        ("7.", 700),
    ],
)
def test_parses_what_people_type(typed, pence):
    assert parse_money(typed) == Money(pence)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("-5", "negative"),
        ("−5", "negative"),
        ("12.345", "two decimal places"),
        ("twelve", "numbers only"),
        ("", "Enter an amount"),
        ("1,25", "not an amount"),
        ("12,50.00", "not an amount"),
        ("1e5", "numbers only"),
        ("50p", "in pounds"),
        ("99999999999", "far more"),
        ("NaN", "numbers only"),
    ],
)
def test_rejects_with_a_message_for_the_field(typed, says):
    with pytest.raises(MoneyError, match=says):
        parse_money(typed)


def test_zero_can_be_refused_where_a_cost_is_needed():
    with pytest.raises(MoneyError, match="greater than"):
        parse_money("0", allow_zero=False)


def test_formats_as_pounds_with_thousands():
    assert Money(123456).format() == "£1,234.56"
    assert Money(-1200).format() == "-£12.00"
    assert Money(5).format() == "£0.05"
    assert Money(123456).plain() == "1234.56"


def test_money_refuses_floats():
    with pytest.raises(TypeError):
        Money(12.5)  # type: ignore[arg-type]


def test_multiplication_rounds_half_up_to_the_penny():
    assert Money(1575).times(Decimal("2.5") * Decimal(39)) == Money(153563)  # 1535.625 → 1535.63
    assert Money(1).times(Decimal("0.5")) == Money(1)


@given(st.integers(min_value=0, max_value=ABSURD_LIMIT_PENCE))
def test_format_then_parse_gives_the_same_money(pence):
    assert parse_money(Money(pence).format()) == Money(pence)
    assert parse_money(Money(pence).plain()) == Money(pence)


@given(st.text(max_size=30))
def test_any_text_is_money_or_a_clear_refusal(text):
    try:
        money = parse_money(text)
    except MoneyError as error:
        assert str(error)
    else:
        assert 0 <= money.pence <= ABSURD_LIMIT_PENCE


def test_quantities():
    assert parse_quantity("2.5", what="hours a week") == Decimal("2.5")
    with pytest.raises(MoneyError, match="hours a week cannot be negative"):
        parse_quantity("-1", what="hours a week")
    with pytest.raises(MoneyError, match="at most two decimals"):
        parse_quantity("1.234")
    with pytest.raises(MoneyError, match="cannot be more than 52"):
        parse_quantity("53", what="weeks a year", maximum=Decimal(52))


@pytest.mark.parametrize("text", ["١٢٣", "١٢٣.٠٠", "１２", "१२.५०", "12.٥٠", "£٣"])
def test_money_is_typed_in_the_digits_0_to_9_only(text):
    with pytest.raises(MoneyError, match="digits 0 to 9"):
        parse_money(text)


@pytest.mark.parametrize("text", ["٢", "٢.٥", "２"])
def test_quantities_are_typed_in_the_digits_0_to_9_only(text):
    with pytest.raises(MoneyError, match="digits 0 to 9"):
        parse_quantity(text, what="hours a week")
