from datetime import date

import pytest

from coplan.domain.dates import (
    add_months,
    comment_deadline,
    end_of_compulsory_school_age,
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
    assert comment_deadline(date(2026, 11, 23), 15) == date(2026, 12, 8)
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
