from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coplan.domain.dates import (
    add_months,
    comment_deadline,
    end_of_compulsory_school_age,
    final_plan_due,
    format_long,
    format_short,
    over_compulsory_school_age,
)


@pytest.mark.parametrize(
    ("born", "ends"),
    [
        (date(2010, 9, 1), date(2027, 6, 25)),  # turns 16 on 1 Sep 2026: school year 2026/27
        (date(2010, 8, 31), date(2026, 6, 26)),  # turns 16 on 31 Aug 2026: school year 2025/26
        (date(2010, 1, 15), date(2026, 6, 26)),
        (date(2008, 2, 29), date(2024, 6, 28)),
    ],
)
def test_compulsory_school_age_ends_on_last_friday_of_june(born, ends):
    assert end_of_compulsory_school_age(born) == ends
    assert ends.weekday() == 4


def test_over_compulsory_school_age():
    assert not over_compulsory_school_age(date(2010, 9, 1), date(2026, 11, 23))
    assert over_compulsory_school_age(date(2010, 5, 1), date(2026, 11, 23))
    assert not over_compulsory_school_age(None, date(2026, 11, 23))


def test_deadline_and_months():
    # "At least 15 days beginning with the day on which the draft plan was served": the day
    # served is day 1, so 23 November 2026 gives 7 December 2026 at the earliest.
    assert comment_deadline(date(2026, 11, 23), 15) == date(2026, 12, 7)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 23), 12) == date(2027, 11, 23)


def test_uk_formats():
    assert format_long(date(2026, 11, 3)) == "3 November 2026"
    assert format_short(date(2026, 11, 3)) == "03/11/2026"
    assert format_long(None) == ""


def test_month_names_are_english_whatever_the_locale(monkeypatch):
    """calendar.month_name follows the process locale (Qt sets it from the desktop)."""
    import calendar

    polish = ["", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca"]
    polish += ["sierpnia", "września", "października", "listopada", "grudnia"]
    monkeypatch.setattr(calendar, "month_name", polish)
    assert format_long(date(2026, 12, 1)) == "1 December 2026"
    assert [format_long(date(2026, month, 1)).split()[1] for month in range(1, 13)] == [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]  # fmt: skip


# Dates around every month end, year end and 29 February of the years a plan can span.
DAYS = st.dates(min_value=date(2023, 1, 1), max_value=date(2040, 12, 31))
MONTH_ENDS = st.sampled_from(
    [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2028, 2, 28),
        date(2028, 2, 29),
        date(2026, 4, 30),
        date(2026, 12, 17),
        date(2026, 12, 31),
        date(2027, 12, 31),
        date(2032, 2, 29),
    ]
)


@pytest.mark.parametrize(
    ("served", "last_day"),
    [
        (date(2026, 11, 23), date(2026, 12, 7)),
        (date(2026, 12, 17), date(2026, 12, 31)),  # within the year
        (date(2026, 12, 18), date(2027, 1, 1)),  # over the year end
        (date(2028, 2, 15), date(2028, 2, 29)),  # a leap day is a day
        (date(2027, 2, 15), date(2027, 3, 1)),
        (date(2026, 1, 31), date(2026, 2, 14)),
    ],
)
def test_fifteen_days_beginning_with_the_day_served(served, last_day):
    assert comment_deadline(served, 15) == last_day


@given(served=st.one_of(DAYS, MONTH_ENDS), days=st.integers(min_value=1, max_value=60))
def test_the_comment_period_counts_the_day_served_as_its_first_day(served, days):
    last = comment_deadline(served, days)
    period = [served + timedelta(days=n) for n in range((last - served).days + 1)]
    assert len(period) == days  # exactly `days` days, the day served included
    assert period[0] == served and period[-1] == last
    assert last.toordinal() - served.toordinal() == days - 1


@given(requested=st.one_of(DAYS, MONTH_ENDS))
def test_the_final_plan_is_due_twenty_weeks_after_the_request(requested):
    due = final_plan_due(requested, 20)
    assert (due - requested).days == 140
    assert due.weekday() == requested.weekday()


@pytest.mark.parametrize(
    ("requested", "due"),
    [
        (date(2026, 8, 27), date(2027, 1, 14)),  # over the year end
        (date(2027, 10, 14), date(2028, 3, 2)),  # over 29 February 2028
        (date(2026, 10, 14), date(2027, 3, 3)),  # no leap day in 2027
    ],
)
def test_twenty_weeks_across_year_ends_and_leap_years(requested, due):
    assert final_plan_due(requested, 20) == due


@given(start=st.one_of(DAYS, MONTH_ENDS), months=st.integers(min_value=0, max_value=36))
def test_a_review_months_later_is_in_that_month_and_never_overflows(start, months):
    later = add_months(start, months)
    assert (later.year * 12 + later.month) - (start.year * 12 + start.month) == months
    assert later.day == start.day or (later.day < start.day and (later + timedelta(1)).day == 1)


def test_month_names_come_only_from_domain_dates():
    """calendar's names and strftime's %B/%b/%A follow the laptop's language: nothing else
    may use them (a Polish laptop's PDF read "grudnia")."""
    import re
    from pathlib import Path

    import coplan

    pattern = re.compile(r"calendar\.(month_name|month_abbr|day_name|day_abbr)|%[BbAa]\b")
    offenders = [
        f"{path.name}:{number}"
        for path in Path(coplan.__file__).parent.rglob("*.py")
        if path.name != "dates.py" and "forms_compiled" not in path.parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not offenders
