"""Dates the law and the council's timescales derive: school age, deadlines, reviews."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def last_friday_of_june(year: int) -> date:
    day = date(year, 6, 30)
    return day - timedelta(days=(day.weekday() - calendar.FRIDAY) % 7)


def end_of_compulsory_school_age(date_of_birth: date) -> date:
    """The last Friday in June of the school year in which the child turns 16 (England).

    The school year runs 1 September to 31 August; a child born 1 September to 31 August turns
    16 within one school year, and compulsory school age ends on that year's last Friday in June.
    """
    sixteenth = date(date_of_birth.year + 16, date_of_birth.month, date_of_birth.day)
    school_year_end = sixteenth.year + (1 if sixteenth.month >= 9 else 0)
    return last_friday_of_june(school_year_end)


def over_compulsory_school_age(date_of_birth: date | None, on: date) -> bool:
    if date_of_birth is None:
        return False
    return on > end_of_compulsory_school_age(date_of_birth)


def age_on(date_of_birth: date, on: date) -> int:
    years = on.year - date_of_birth.year
    if (on.month, on.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def comment_deadline(served_on: date, comment_period_days: int) -> date:
    """The earliest lawful last day for comments on a draft served on `served_on`.

    The family has "a period of at least 15 days beginning with the day on which the draft
    plan was served" (SEND Regulations 2014, reg 13(1)): the day served is day 1, so a draft
    served on 23 November 2026 may have 7 December 2026 as its last day for comments.
    """
    if comment_period_days < 1:
        raise ValueError("a comment period is at least one day")
    return served_on + timedelta(days=comment_period_days - 1)


def final_plan_due(assessment_requested_on: date, final_plan_weeks: int) -> date:
    """The day by which the final plan must be issued: `final_plan_weeks` weeks from the
    request for an EHC needs assessment (20 in the Regulations, reg 13(2))."""
    return assessment_requested_on + timedelta(weeks=final_plan_weeks)


def add_working_days(start: date, days: int) -> date:
    """The day `days` working days (Monday to Friday) after `start`: Friday + 1 is Monday.
    Bank holidays are not known here (they differ across the UK); a council that wants them
    counted sets a longer reply period in its pack."""
    if days < 0:
        raise ValueError("a number of working days is never negative")
    day = start
    while days:
        day += timedelta(days=1)
        if day.weekday() < calendar.SATURDAY:
            days -= 1
    return day


def previous_working_day(day: date) -> date:
    """The day itself on a weekday; the Friday before on a Saturday or Sunday."""
    return day - timedelta(days=max(0, day.weekday() - calendar.FRIDAY))


def premises_reply_by(
    sent_on: date, reply_working_days: int, comment_deadline: date | None = None
) -> date:
    """The day a head teacher, principal or early years provider is asked to answer a request
    for premises agreement by: `reply_working_days` working days after it was sent, but no
    later than the last day for comments on the draft (their answer is one of the things
    consultation settles) — unless that day leaves them not even one working day, when the
    full period stands. Always a working day, always after the day sent."""
    reply_by = add_working_days(sent_on, reply_working_days)
    if comment_deadline is not None:
        last = previous_working_day(comment_deadline)
        if sent_on < last < reply_by:
            reply_by = last
    return reply_by


def next_review(from_date: date, review_months: int) -> date:
    return add_months(from_date, review_months)


# English whatever the laptop's language: calendar.month_name and strftime("%B") follow the
# process locale, which Qt sets from the desktop's language (a Polish laptop wrote "grudnia").
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def month_name(value: date) -> str:
    """'December': in English whatever the laptop's language (every month name comes from here)."""
    return MONTH_NAMES[value.month - 1]


def format_month(value: date) -> str:
    """'December 2026'."""
    return f"{month_name(value)} {value.year}"


def format_long(value: date | None) -> str:
    """23 November 2026 (no leading zero), or an empty string."""
    if value is None:
        return ""
    return f"{value.day} {month_name(value)} {value.year}"


def format_short(value: date | None) -> str:
    """23/11/2026, or an empty string."""
    return value.strftime("%d/%m/%Y") if value else ""
