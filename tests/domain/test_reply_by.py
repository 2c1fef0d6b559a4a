"""The reply-by date on a request for premises agreement: working days, never past the last day
for comments unless that leaves no working day, across month ends, year ends and leap years."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coplan.domain.dates import add_working_days, premises_reply_by, previous_working_day

DAYS = st.dates(min_value=date(2023, 1, 1), max_value=date(2040, 12, 31))
MONTH_ENDS = st.sampled_from(
    [
        date(2026, 1, 30),
        date(2026, 1, 31),
        date(2026, 2, 27),
        date(2026, 2, 28),
        date(2028, 2, 28),
        date(2028, 2, 29),
        date(2026, 4, 30),
        date(2026, 12, 31),
        date(2027, 12, 31),
        date(2027, 12, 24),
    ]
)


def _working_days_between(start: date, end: date) -> int:
    return sum((start + timedelta(days=n)).weekday() < 5 for n in range(1, (end - start).days + 1))


@pytest.mark.parametrize(
    ("sent", "days", "due"),
    [
        (date(2026, 11, 23), 10, date(2026, 12, 7)),  # Monday → the Monday two weeks on
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday + 1 → Monday, across a month end
        (date(2026, 12, 31), 10, date(2027, 1, 14)),  # across a year end
        (date(2028, 2, 25), 3, date(2028, 3, 1)),  # Friday, leap year: Mon 28, Tue 29, Wed 1
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # sent on a Saturday
    ],
)
def test_working_days(sent, days, due):
    assert add_working_days(sent, days) == due


def test_the_ipad_examples_request_is_due_within_the_comment_period():
    # Sent on 23 November 2026, comments due 7 December 2026 (a Monday): ten working days is
    # 7 December too.
    assert premises_reply_by(date(2026, 11, 23), 10, date(2026, 12, 7)) == date(2026, 12, 7)
    # Sent later in the comment period: the last day for comments comes first.
    assert premises_reply_by(date(2026, 11, 30), 10, date(2026, 12, 7)) == date(2026, 12, 7)
    # A deadline on a Sunday: the Friday before.
    assert premises_reply_by(date(2026, 11, 30), 10, date(2026, 12, 13)) == date(2026, 12, 11)
    # No working day left before the deadline: the full ten working days stand.
    assert premises_reply_by(date(2026, 12, 7), 10, date(2026, 12, 7)) == date(2026, 12, 21)


@given(sent=st.one_of(DAYS, MONTH_ENDS), days=st.integers(min_value=1, max_value=40))
def test_working_days_count_exactly_and_land_on_a_weekday(sent, days):
    due = add_working_days(sent, days)
    assert due > sent and due.weekday() < 5
    assert _working_days_between(sent, due) == days
    assert (due - sent).days <= days + 2 * (days // 5 + 1)


@given(
    sent=st.one_of(DAYS, MONTH_ENDS),
    days=st.integers(min_value=1, max_value=30),
    deadline_after=st.one_of(st.none(), st.integers(min_value=-5, max_value=40)),
)
def test_reply_by_is_a_working_day_after_sending_and_within_the_comment_period(
    sent, days, deadline_after
):
    deadline = None if deadline_after is None else sent + timedelta(days=deadline_after)
    due = premises_reply_by(sent, days, deadline)
    assert due > sent and due.weekday() < 5
    assert due <= add_working_days(sent, days)
    if deadline is not None and previous_working_day(deadline) > sent:
        assert due <= deadline
    else:
        assert due == add_working_days(sent, days)


@given(day=st.one_of(DAYS, MONTH_ENDS))
def test_previous_working_day(day):
    before = previous_working_day(day)
    assert before <= day and before.weekday() < 5 and (day - before).days <= 2
