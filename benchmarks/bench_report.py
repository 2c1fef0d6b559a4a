"""Section J PDF export: a typical plan (20 items, 8 outcomes, ≤ 150 ms) and 200 items (≤ 1 s).

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

TYPICAL_TARGET_MS = 150.0
LARGE_TARGET_MS = 1000.0
TODAY = date(2026, 11, 23)


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


def measure() -> list[dict]:
    pack = load_pack_by_id("example-shire")
    typical, large = typical_plan(items=20, outcomes=8), typical_plan(items=200, outcomes=8)
    with tempfile.TemporaryDirectory(prefix="coplan-bench-") as folder:
        target = Path(folder) / "section-j.pdf"

        def export(plan):
            return lambda: export_section_j(plan, pack, target, today=TODAY)

        baseline = median_ms(minimal_pdf, repeat=15, warmup=1)
        typical_ms = median_ms(export(typical), repeat=11, warmup=1)
        large_ms = median_ms(export(large), repeat=5, warmup=1)
    return [
        row(
            "Section J export, typical plan (20 items, 8 outcomes)",
            typical_ms,
            "one-page reportlab PDF, same fonts",
            baseline,
            target_ms=TYPICAL_TARGET_MS,
        ),
        row(
            "Section J export, 200-item plan",
            large_ms,
            "one-page reportlab PDF, same fonts",
            baseline,
            target_ms=LARGE_TARGET_MS,
        ),
    ]


if __name__ == "__main__":
    from run import print_table

    print_table(measure())
