"""Putting the Section J PDF together: the sections in order, on the A4 page, with metadata."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepInFrame, PageBreak

from coplan.domain.model import Plan, PlanStatus
from coplan.domain.policy import PolicyPack

from .context import ReportContext
from .fonts import register_fonts
from .layout import FinalNumberedCanvas, NumberedCanvas, PageHeader, SectionJTemplate
from .sections import (
    arrangements,
    changes,
    direct_payments,
    family,
    glance,
    items,
    next_steps,
    open_items,
    premises,
    refusals,
    trace,
)
from .styles import CONTENT_WIDTH, FRAME_HEIGHT, build_pdf
from .text import clean


def build_story(ctx: ReportContext) -> list[Flowable]:
    # The family's page is one page, always: unusually long text is shrunk to fit, not cut.
    first_page = KeepInFrame(CONTENT_WIDTH, FRAME_HEIGHT, family.story(ctx), mode="shrink")
    story: list[Flowable] = [first_page, PageBreak(), *open_items.story(ctx), *glance.story(ctx)]
    for section in (
        changes,
        trace,
        items,
        direct_payments,
        arrangements,
        premises,
        refusals,
        next_steps,
    ):
        story += section.story(ctx)
    return story


@dataclass(frozen=True)
class Prepared:
    """What both the PDF and the Word version are made from: one context, one page header,
    one set of document properties, one story."""

    ctx: ReportContext
    header: PageHeader
    metadata: dict
    final: bool


def prepare(
    plan: Plan,
    pack: PolicyPack,
    *,
    previous: Plan | None = None,
    today: date | None = None,
    deterministic: bool = False,
    final: bool | None = None,
) -> Prepared:
    register_fonts()
    final = plan.status is PlanStatus.FINAL if final is None else final
    ctx = ReportContext(
        plan=plan, pack=pack, today=today or date.today(), previous=previous, final=final
    )
    header = PageHeader(
        council=pack.council, child=ctx.child_name, version_and_date=ctx.dated, final=final
    )
    kind = "Final EHC plan" if final else "Draft EHC plan"
    metadata = dict(
        title=clean(f"{kind}, Section J: personal budget for {ctx.child_name}"),
        author=clean(pack.council),
        subject=clean(("Final plan, " if final else "Draft for consultation, ") + ctx.dated),
        creator="CoPlan",
        keywords="EHC plan, Section J, personal budget, "
        + ("final plan" if final else "draft for consultation"),
        lang="en-GB",
        invariant=1 if deterministic else 0,
    )
    return Prepared(ctx=ctx, header=header, metadata=metadata, final=final)


def render(
    plan: Plan,
    pack: PolicyPack,
    *,
    previous: Plan | None = None,
    today: date | None = None,
    deterministic: bool = False,
    final: bool | None = None,
    progress: Callable[[float], None] | None = None,
) -> bytes:
    """The PDF as bytes; `progress(fraction)` is called as the story is laid out, and may
    raise (export.ExportCancelled) to stop."""
    prepared = prepare(
        plan, pack, previous=previous, today=today, deterministic=deterministic, final=final
    )
    ctx, header, metadata, final = (
        prepared.ctx,
        prepared.header,
        prepared.metadata,
        prepared.final,
    )
    canvas = FinalNumberedCanvas if final else NumberedCanvas

    def build(buffer: io.BytesIO) -> None:
        story = build_story(ctx)
        template = SectionJTemplate(buffer, header, progress=progress, **metadata)
        template.build(story, canvasmaker=canvas)

    return build_pdf(build)
