"""The direct payment section says how much each payment is, to the penny."""

import io
from datetime import date

import pypdf
from factories import example_paths

from coplan.domain.schedule import direct_payment_schedule
from coplan.plan_file import read_plan
from coplan.report import render_section_j


def pdf_text(plan, pack) -> str:
    pdf = render_section_j(plan, pack, deterministic=True)
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def example(name: str):
    return read_plan(next(p for p in example_paths() if p.stem == name))


def test_the_schedule_follows_the_support_month_by_month_and_adds_up(pack):
    plan = example("ipad-communication")
    assert plan.direct_payment.first_payment_on == date(2027, 1, 4)
    schedule = direct_payment_schedule(plan, pack)
    text = " ".join(pdf_text(plan, pack).split())
    assert schedule.plain_words() in text
    assert "every month from 4 January 2027 and £678.99 once on 4 January 2027" in text
    # Two things, one with its own "and": a comma and "the" keep them two, not three.
    assert (
        "for the iPad with a rugged case and a carry strap, and the Symbol communication app."
        in text
    )
    assert "standard terms)" not in text
    assert "every annual review. These are the council's standard terms." in text
    # Term-time therapy and a block of coaching in January and February: August pays least.
    august = next(p for p in schedule.payments if p.on == date(2027, 8, 4))
    assert august.amount == min(p.amount for p in schedule.payments)
    assert "From 4 January 2027 to 3 January 2028 the payments add up to £5,088.99" in text
    assert "£4,410.00 for the year's support and £678.99 once for one-off purchases" in text
    for row in schedule.months:
        assert f"{row.label} {row.paid_in.format()}" in text
        assert f"{row.due.format()} {row.balance.format()}" in text
    assert "Total £5,088.99 £5,088.99 £0.00" in text
    assert "£678.99 a year" not in text and "£5,088.99 a year" not in text


def test_without_a_first_payment_date_the_schedule_waits_for_it(pack):
    plan = example("work-experience-16")
    plan.direct_payment.first_payment_on = None
    text = " ".join(pdf_text(plan, pack).split())
    assert "The first payment date is not set yet" in text
    assert "Payment schedule" not in text


def test_a_setting_name_never_rewrites_a_persons_name(pack):
    from factories import build_plan

    plan = build_plan()
    plan.settings[0].name = "Rose"
    plan.child.full_name = "Rose Smith"
    plan.premises_agreements.clear()
    text = " ".join(pdf_text(plan, pack).split())
    assert "Rose Smith" in text
    assert "the school/setting Smith" not in text


def test_the_first_payment_date_is_stated(pack):
    plan = example("work-experience-16")
    text = " ".join(pdf_text(plan, pack).split())
    assert "First payment 4 January 2027" in text
    plan.direct_payment.first_payment_on = None
    text = " ".join(pdf_text(plan, pack).split())
    assert "First payment Not set yet: it can be no earlier than the day the agreement" in text
