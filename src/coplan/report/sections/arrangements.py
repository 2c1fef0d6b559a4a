"""Organised and third-party arrangements: who holds and manages the money, for which items."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coplan.domain.model import ManagementOption
from coplan.domain.money import total_cost

from ..context import ReportContext
from ..styles import facts_table, heading, para, styles
from ..text import markup
from .direct_payments import _needs_and_outcomes, agreement_words
from .items import items_by_number


def story(ctx: ReportContext) -> list[Flowable]:
    s, plan = styles(), ctx.plan
    organised = ctx.items_managed_as(ManagementOption.ORGANISED)
    third = ctx.items_managed_as(ManagementOption.THIRD_PARTY)
    if not organised and not third:
        return []
    out: list[Flowable] = [*heading("Organised and third-party arrangements")]
    if organised:
        out.append(para("Organised arrangement", s.h2))
        # What an organised arrangement is: once, under "Key words".
        holder = plan.organised_holder.strip() or "Not recorded yet"
        out.append(
            facts_table(
                [
                    ("Who holds and manages the money", holder),
                    ("What it pays for", _items_text(ctx, organised)),
                ]
            )
        )
    if third:
        out.append(para("Third-party arrangement", s.h2))
        # What a third-party arrangement is: once, under "Key words".
        party = plan.third_party
        rows: list[tuple[object, object]] = [
            (
                "Who holds and manages the money",
                (party.organisation.strip() if party else "") or "Not recorded yet",
            ),
        ]
        if party and party.contact.strip():
            rows.append(("Contact", party.contact.strip()))
        if party and party.role.strip():
            rows.append(("What they do", party.role.strip()))
        rows.append(("What it pays for", _items_text(ctx, third)))
        # Money paid to a third party is a direct payment in law, and the law asks Section J to
        # say the needs and outcomes each direct payment is to meet: as under a direct payment.
        rows.append(("Needs and outcomes it is to meet", _needs_and_outcomes(ctx, third)))
        # A direct payment in law: paid only under its own signed agreement.
        rows.append(("Its direct payment agreement", agreement_words(ctx, "third_party")))
        out.append(facts_table(rows))
    return out


def _items_text(ctx: ReportContext, items):
    """The total and the items by number and reference (each is described once, in the table
    of items)."""
    return markup(
        "{} for {}", total_cost(item.cost for item in items).text(), items_by_number(ctx, items)
    )
