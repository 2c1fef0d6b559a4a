"""The direct payment section says how much each payment is, to the penny."""

import io

import pypdf
from factories import example_paths

from coplan.plan_file import read_plan
from coplan.report import render_section_j


def pdf_text(plan, pack) -> str:
    pdf = render_section_j(plan, pack, deterministic=True)
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_monthly_payments_and_one_off_costs_are_shown_separately(pack):
    plan = read_plan(next(p for p in example_paths() if p.stem == "ipad-communication"))
    text = " ".join(pdf_text(plan, pack).split())
    assert "Every month: 12 payments of £367.50, £4,410.00 a year" in text
    assert "plus one payment of £678.99 for one-off costs" in text


def test_the_last_payment_takes_the_odd_pence(pack):
    plan = read_plan(next(p for p in example_paths() if p.stem == "work-experience-16"))
    text = " ".join(pdf_text(plan, pack).split())
    assert "13 payments of £308.53 (the last one £308.64), £4,011.00 a year" in text


def test_a_setting_name_never_rewrites_a_persons_name(pack):
    from factories import build_plan

    plan = build_plan()
    plan.settings[0].name = "Rose"
    plan.child.full_name = "Rose Smith"
    plan.premises_agreements.clear()
    text = " ".join(pdf_text(plan, pack).split())
    assert "Rose Smith" in text
    assert "the school/setting Smith" not in text
