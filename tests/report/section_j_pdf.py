"""Helpers for the Section J tests: render with fixed settings, read the text back out."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from coplan.report import render_section_j

TODAY = date(2026, 11, 23)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def render(plan, pack, **kwargs) -> bytes:
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("deterministic", True)
    return render_section_j(plan, pack, **kwargs)


def pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Text with all white space removed: wrapping puts line breaks anywhere."""
    return "".join(text.split())


def example_paths() -> list[Path]:
    return sorted(EXAMPLES.glob("*.json"))
