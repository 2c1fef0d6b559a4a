"""Requests not agreed: each refusal with its reasons, and the right to ask for a review.

The council's own words come from the policy pack (`wording.refusal`, `wording.review_rights`).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from coplan.domain.dates import format_long

from .. import labels
from ..context import ReportContext
from ..styles import callout, facts_table, gap, heading, height_of, para, styles


def story(ctx: ReportContext) -> list[Flowable]:
    refusals = ctx.plan.refusals
    if not refusals:
        return []
    s, wording = styles(), ctx.pack.wording
    out: list[Flowable] = [*heading("Requests not agreed"), para(wording.refusal, s.body)]
    first = None
    for refusal in refusals:
        rows: list[tuple[object, object]] = [
            ("What was asked for", refusal.request.strip() or "Not recorded"),
            ("What was not agreed", labels.REFUSAL_SCOPE[refusal.scope]),
            ("Reasons", refusal.reasons.strip() or "No reasons recorded"),
        ]
        if refusal.block_contract_reason.strip():
            rows.append(
                ("Why the money cannot be separated out", refusal.block_contract_reason.strip())
            )
        if refusal.decided_on:
            rows.append(("Decided on", format_long(refusal.decided_on)))
        table = facts_table(rows)
        first = first or table
        out += [table, gap(6)]
    rights = callout(
        [
            para("Your right to ask for a review", s.h2.clone("rights", spaceBefore=0)),
            para(wording.review_rights, s.body.clone("rights_body", spaceAfter=0)),
        ],
        "info",
    )
    out[-2:] = [KeepTogether([out[-2], gap(6), rights])]
    # The heading keeps its introduction and the first request with it: never alone at the
    # foot of a page.
    out[:2] = heading("Requests not agreed", room=height_of([out[2], first]))
    return out
