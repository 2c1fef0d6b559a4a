"""The family's words: who pays, who looks after the money, a year and once apart, no jargon."""

from __future__ import annotations

import pytest

from coplan.demo import example_plans
from coplan.domain import family_words
from coplan.domain.budget import summarise
from coplan.domain.model import ManagementOption

JARGON = ("indicative", "Mixed", "organised arrangement", "stream", "notional", "Education:")


@pytest.mark.parametrize("index", [0, 1, 2])
def test_every_example_is_said_without_jargon_and_with_periods(index):
    plan = example_plans()[index]
    lines = family_words.money_lines(plan, summarise(plan))
    lines += [family_words.item_line(plan, item) for item in plan.items]
    for line in lines:
        for word in JARGON:
            assert word not in line, (word, line)
        assert "£" not in line or any(
            period in line for period in ("a year", "once", "Every year", "Paid once")
        ), line


def test_who_receives_the_direct_payment_is_named():
    plan = example_plans()[0]  # Amara: Grace Okafor receives it
    assert family_words.who_looks_after(plan, ManagementOption.DIRECT_PAYMENT) == (
        "Grace Okafor gets the money and buys it (a direct payment)"
    )
    plan.direct_payment.recipient_name = ""
    assert family_words.who_looks_after(plan, ManagementOption.DIRECT_PAYMENT) == (
        "You get the money and buy it (a direct payment)"
    )


def test_a_one_off_is_paid_once_and_a_yearly_line_says_how_often():
    plan = example_plans()[0]
    ipad = plan.items[0]
    assert ipad.is_one_off
    _what, cost, pays, _ = family_words.item_parts(plan, ipad)
    assert cost == "£429.00, paid once"
    assert pays == "Paid from the council's money for education"
    ta = plan.items[2]
    assert family_words.item_parts(plan, ta)[1] == (
        "£2,886.00 a year: 4 hours a week, 39 weeks a year, in term time"
    )
    summary = summarise(plan)
    lines = family_words.money_lines(plan, summary)
    assert lines[:2] == ["Every year: £7,296.00.", "Paid once (not every year): £678.99."]


def test_several_holders_take_a_plural_verb():
    plan = example_plans()[2]
    words = family_words.who_looks_after(plan, ManagementOption.ORGANISED)
    assert words.endswith("look after the money and arrange it with you")


def test_the_money_lines_say_what_is_bought_not_it():
    """Under one line of support "buys it" is that line; in the money summary, a sum of
    several lines, "it" has nothing to point to."""
    plan = example_plans()[0]
    lines = family_words.money_lines(plan, summarise(plan))
    assert (
        "Grace Okafor gets the money and buys the support (a direct payment): "
        "£4,410.00 a year, plus £678.99 once."
    ) in lines
    assert (
        "Meadowbank Primary School looks after the money and arranges the support with you: "
        "£2,886.00 a year."
    ) in lines
    assert not [line for line in lines if " it (" in line or " it with" in line]
