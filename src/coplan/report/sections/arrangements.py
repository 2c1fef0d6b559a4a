"""Organised and third-party arrangements: who holds and manages the money, for which items."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coplan.domain.model import ManagementOption
from coplan.domain.money import total_cost

from .. import labels
from ..context import ReportContext
from ..styles import facts_table, heading, para, styles
from ..text import join, markup
from .direct_payments import agreement_words


def story(ctx: ReportContext) -> list[Flowable]:
    s, plan, wording = styles(), ctx.plan, ctx.pack.wording
    organised = ctx.items_managed_as(ManagementOption.ORGANISED)
    third = ctx.items_managed_as(ManagementOption.THIRD_PARTY)
    if not organised and not third:
        return []
    out: list[Flowable] = [*heading("Organised and third-party arrangements")]
    if organised:
        out.append(para("Organised arrangement", s.h2))
        if wording.organised_arrangement.strip():
            out.append(
                para(
                    labels.explanation("Organised arrangement", wording.organised_arrangement),
                    s.body,
                )
            )
        holder = plan.organised_holder.strip() or "Not recorded yet"
        out.append(
            facts_table(
                [
                    ("Who holds and manages the money", holder),
                    ("What it pays for", _items_text(organised)),
                ]
            )
        )
    if third:
        out.append(para("Third-party arrangement", s.h2))
        if wording.third_party.strip():
            out.append(
                para(labels.explanation("Third-party arrangement", wording.third_party), s.body)
            )
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
        rows.append(("What it pays for", _items_text(third)))
        # A direct payment in law: paid only under its own signed agreement.
        rows.append(("Its direct payment agreement", agreement_words(ctx, "third_party")))
        out.append(facts_table(rows))
    return out


def _items_text(items):
    return markup(
        "{} for {}",
        total_cost(item.cost for item in items).text(),
        join("; ", [item.description.strip() or "(not described)" for item in items]),
    )
