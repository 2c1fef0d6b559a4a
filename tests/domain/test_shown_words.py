"""The plain words a head teacher reads about the items they are asked to agree to, the same on
the sign-off screen and on the request on paper (`coplan.domain.shown_words`)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from test_layers import HEAVY, modules_loaded_by

from coplan.domain import shown_words as words
from coplan.domain.fingerprint import shown_item
from coplan.domain.model import CostBasis, FundingStream, ProvisionItem, SettingKind
from coplan.domain.money import Money


def shown(**fields) -> dict:
    """One item as `shown_to_head` gives it to the screen and the page."""
    fields.setdefault("unit_cost", Money(4500))
    fields.setdefault("units_per_period", Decimal(2))
    fields.setdefault("periods_per_year", Decimal(39))
    return shown_item(ProvisionItem(id="p1", description="Tutor", **fields))


# -- numbers and units ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("2", "2"),
        ("2.0", "2"),
        ("1.50", "1.5"),
        ("39", "39"),
        (Decimal("100"), "100"),  # not "1E+2"
        (Decimal("0.25"), "0.25"),
        ("two", "two"),
        (None, "None"),
    ],
)
def test_plain_number(value, text):
    assert words.plain_number(value) == text


@pytest.mark.parametrize(
    ("word", "count", "text"),
    [
        ("hour", "1", "hour"),
        ("hour", "1.0", "hour"),
        ("hour", Decimal("1.00"), "hour"),
        ("hour", "2", "hours"),
        ("hour", "0", "hours"),
        ("hour", "0.5", "hours"),
        ("sessions", "3", "sessions"),
    ],
)
def test_plural(word, count, text):
    assert words.plural(word, count) == text


@pytest.mark.parametrize(
    ("word", "text"),
    [("hour", "an"), ("Hour", "an"), ("assessment", "an"), ("session", "a"), ("unit", "a")],
)
def test_article(word, text):
    assert words.article(word) == text


def test_counts_and_prices():
    assert words.count_of("1", "week") == "1 week"
    assert words.count_of("39", "week") == "39 weeks"
    assert words.count_of(Decimal("1.5"), "hour") == "1.5 hours"
    assert words.price_per("£75.00", "hour") == "£75.00 an hour"
    assert words.price_per("£30.00", "session") == "£30.00 a session"


def test_join_words_and_capitals():
    assert words.join_words([]) == ""
    assert words.join_words(["a DBS check"]) == "a DBS check"
    assert words.join_words(["a", "b"]) == "a and b"
    assert words.join_words(iter(["a", "b", "c"])) == "a, b and c"
    assert words.capitalised("a DBS check") == "A DBS check"
    assert words.capitalised("") == ""


# -- one shown item -------------------------------------------------------------------------------
def test_how_often():
    assert words.how_often(shown()) == "2 hours a week, 39 weeks a year"
    one = shown(unit="session", units_per_period=Decimal(1), periods_per_year=Decimal(1))
    assert words.how_often(one) == "1 session a week, 1 week a year"
    assert words.how_often(shown(units_per_period=Decimal("1.50"))) == (
        "1.5 hours a week, 39 weeks a year"
    )
    assert words.how_often(shown(unit="")) == "2 units a week, 39 weeks a year"
    one_off = shown(cost_basis=CostBasis.ONE_OFF, one_off_cost=Money(64900))
    assert words.how_often(one_off) == "Once (a one-off purchase)"


def test_costs():
    item = shown()
    assert words.cost_words(item) == "£3,510.00 a year"  # 45 × 2 × 39
    assert words.cost_amount(item) == "£3,510.00"
    assert words.unit_rate(item) == "£45.00 an hour"
    assert not words.is_one_off(item)
    one_off = shown(cost_basis=CostBasis.ONE_OFF, one_off_cost=Money(64900))
    assert words.is_one_off(one_off)
    assert words.cost_words(one_off) == "£649.00 once"  # never "a year"


def test_every_funding_stream_has_words():
    assert {stream.value for stream in FundingStream} == set(words.FUNDING)
    assert words.paid_from(shown(funding=FundingStream.HEALTH)) == "health budget"
    assert words.paid_from(shown(funding=FundingStream.SCHOOL)) == "school's own contribution"
    assert words.paid_from({"funding": "lottery"}) == "council budget"


def test_what_is_needed_on_site():
    none = shown()
    assert words.needed_on_site(none) == "nothing extra"
    assert words.not_needed_on_site(none) == (
        "a DBS check, their own insurance, supervision by your staff and access to the site"
    )
    some = shown(on_site_requirements=["insurance", "dbs"])  # shown sorted
    assert words.needed_on_site(some) == "a DBS check and their own insurance"
    assert words.not_needed_on_site(some) == "supervision by your staff and access to the site"
    every = shown(on_site_requirements=list(words.REQUIREMENTS))
    assert words.not_needed_on_site(every) == ""
    assert words.needed_on_site({"on_site_requirements": ["parking"]}) == "parking"


# -- whom the agreement is asked of ---------------------------------------------------------------
def test_roles():
    assert words.ROLES == ("Head teacher", "Principal", "Early years provider")
    assert set(words.DEFAULT_ROLE) == {k.value for k in SettingKind} - {SettingKind.OTHER}


@pytest.mark.parametrize(
    ("kind", "recorded", "title"),
    [
        (SettingKind.SCHOOL, "", "Head teacher"),
        (SettingKind.SCHOOL, "Head teacher", "Head teacher"),
        (SettingKind.COLLEGE, "", "Principal"),
        (SettingKind.COLLEGE, "Head teacher", "Principal"),  # the model's default, left as it was
        (SettingKind.EARLY_YEARS, "Head teacher", "Early years provider"),
        (SettingKind.OTHER, "  ", "Head teacher"),
        (SettingKind.COLLEGE, " Vice principal ", "Vice principal"),
        (SettingKind.SCHOOL, "Executive head teacher", "Executive head teacher"),
    ],
)
def test_role_title(kind, recorded, title):
    assert words.role_title(kind, recorded) == title


# -- the plan's own quantity line uses the same words -------------------------------------------
def test_quantity_text_uses_the_same_words():
    item = ProvisionItem(
        id="p1",
        description="Tutor",
        unit_cost=Money(2250),
        units_per_period=Decimal("5.0"),
        periods_per_year=Decimal(39),
    )
    assert item.quantity_text() == "£22.50 an hour, 5 hours a week, 39 weeks a year"
    item.unit, item.unit_cost, item.units_per_period = "session", Money(3000), Decimal(1)
    assert item.quantity_text() == "£30.00 a session, 1 session a week, 39 weeks a year"
    assert words.how_often(shown_item(item)) == item.how_often_text()  # one set of words
    item.cost_basis, item.one_off_cost = CostBasis.ONE_OFF, Money(42900)
    assert item.quantity_text() == "one-off cost of £429.00"


def test_pure():
    loaded = modules_loaded_by("import coplan.domain.shown_words")
    assert not loaded & set(HEAVY), loaded & set(HEAVY)
