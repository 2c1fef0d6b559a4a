"""Putting the Section J PDF together: the sections in order, on the A4 page, with metadata."""

from __future__ import annotations

import io
from datetime import date

from reportlab.platypus import Flowable, KeepInFrame, PageBreak
from reportlab.platypus.doctemplate import LayoutError

from coplan.domain.dates import format_long
from coplan.domain.model import Plan
from coplan.domain.policy import PolicyPack

from .context import ReportContext
from .fonts import register_fonts
from .layout import NumberedCanvas, PageHeader, SectionJTemplate
from .sections import (
    arrangements,
    changes,
    direct_payments,
    family,
    glance,
    items,
    next_steps,
    premises,
    refusals,
)
from .styles import CONTENT_WIDTH, FRAME_HEIGHT, SPLIT_LONG_ROWS
from .text import clean


def build_story(ctx: ReportContext) -> list[Flowable]:
    # The family's page is one page, always: unusually long text is shrunk to fit, not cut.
    first_page = KeepInFrame(CONTENT_WIDTH, FRAME_HEIGHT, family.story(ctx), mode="shrink")
    story: list[Flowable] = [first_page, PageBreak(), *glance.story(ctx)]
    for section in (changes, items, direct_payments, arrangements, premises, refusals, next_steps):
        story += section.story(ctx)
    return story


def render(
    plan: Plan,
    pack: PolicyPack,
    *,
    previous: Plan | None = None,
    today: date | None = None,
    deterministic: bool = False,
) -> bytes:
    register_fonts()
    ctx = ReportContext(plan=plan, pack=pack, today=today or date.today(), previous=previous)
    header = PageHeader(
        council=pack.council,
        child=ctx.child_name,
        version_and_date=f"Version {plan.version} · {format_long(ctx.today)}",
    )
    buffer = io.BytesIO()
    metadata = dict(
        title=clean(f"Draft EHC plan, Section J: personal budget for {ctx.child_name}"),
        author=clean(pack.council),
        subject=clean(f"Draft for consultation, version {plan.version}, {format_long(ctx.today)}"),
        creator="CoPlan",
        keywords="EHC plan, Section J, personal budget, draft for consultation",
        lang="en-GB",
        invariant=1 if deterministic else 0,
    )
    template = SectionJTemplate(buffer, header, **metadata)
    try:
        template.build(build_story(ctx), canvasmaker=NumberedCanvas)
    except LayoutError:
        # A table row taller than a page (pages of text in one field): let rows split.
        token = SPLIT_LONG_ROWS.set(True)
        try:
            buffer.seek(0)
            buffer.truncate()
            template = SectionJTemplate(buffer, header, **metadata)
            template.build(build_story(ctx), canvasmaker=NumberedCanvas)
        finally:
            SPLIT_LONG_ROWS.reset(token)
    return buffer.getvalue()
