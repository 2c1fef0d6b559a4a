"""Section J export: a typical plan (20 items, 8 outcomes, ≤ 100 ms), 200 items (≤ 500 ms), a
20,000-character name (≤ 2 s), and the same Section J as a Word document.

    .venv/bin/python benchmarks/bench_report.py     this module alone
    .venv/bin/python benchmarks/run.py report       the same, through the shared runner

Each figure is the whole export (render, then write atomically to a temporary folder), median
of several runs after one warm-up run that also registers the fonts. The baseline, measured in
the same run, is a one-page reportlab document with the same bundled fonts and one paragraph:
what any PDF export on this machine costs at the least.
"""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# The realistic plans the Section J tests use: needs in B, C and D, direct payments on a
# school's premises with a signed agreement, mixed options, a refusal, the served date.
sys.path.insert(0, str(HERE.parent / "tests" / "report"))

from common import median_ms, row  # noqa: E402
from section_j_plans import typical_plan  # noqa: E402

from coplan.policy import load_pack_by_id  # noqa: E402
from coplan.report import export_section_j  # noqa: E402

TYPICAL_TARGET_MS = 100.0
LARGE_TARGET_MS = 500.0
LONG_NAME_TARGET_MS = 2000.0
LONG_NAME = 20_000
TODAY = date(2026, 11, 23)
BASELINE = "one-page reportlab PDF, same fonts"


def minimal_pdf() -> bytes:
    """One A4 page, one paragraph, the same fonts: the floor for any export."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from coplan.report.fonts import register_fonts

    font = register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, invariant=1, initialFontName=font)
    document.build(
        [Paragraph("Zoë’s draft personal budget: £1,234.56", ParagraphStyle("p", fontName=font))]
    )
    return buffer.getvalue()


def long_name_plan():
    """The typical plan for a child whose name is 20,000 characters with no space to break at:
    it is in the header of every page, the family page's title and the direct payment page."""
    plan = typical_plan(items=20, outcomes=8)
    plan.child.full_name = ("Zoë" * LONG_NAME)[:LONG_NAME]
    plan.child.preferred_name = ""
    return plan


def measure() -> list[dict]:
    pack = load_pack_by_id("example-shire")
    typical, large = typical_plan(items=20, outcomes=8), typical_plan(items=200, outcomes=8)
    long_name = long_name_plan()
    with tempfile.TemporaryDirectory(prefix="coplan-bench-") as folder:

        def export(plan, name="section-j.pdf"):
            return lambda: export_section_j(plan, pack, Path(folder) / name, today=TODAY)

        baseline = median_ms(minimal_pdf, repeat=15, warmup=1)
        typical_ms = median_ms(export(typical), repeat=11, warmup=1)
        large_ms = median_ms(export(large), repeat=5, warmup=1)
        long_ms = median_ms(export(long_name), repeat=3, warmup=1)
        word_ms = median_ms(export(typical, "section-j.docx"), repeat=7, warmup=1)
        large_word_ms = median_ms(export(large, "section-j.docx"), repeat=3, warmup=1)
    return [
        row(
            "Section J export, typical plan (20 items, 8 outcomes)",
            typical_ms,
            BASELINE,
            baseline,
            target_ms=TYPICAL_TARGET_MS,
        ),
        row(
            "Section J export, 200-item plan",
            large_ms,
            BASELINE,
            baseline,
            target_ms=LARGE_TARGET_MS,
        ),
        row(
            f"Section J export, typical plan, a {LONG_NAME:,}-character name",
            long_ms,
            BASELINE,
            baseline,
            target_ms=LONG_NAME_TARGET_MS,
        ),
        row("Section J as Word (.docx), typical plan", word_ms, BASELINE, baseline),
        row("Section J as Word (.docx), 200-item plan", large_word_ms, BASELINE, baseline),
    ]


if __name__ == "__main__":
    from run import print_table

    print_table(measure())
