"""Plans for the Section J tests (see section_j_plans.py) and a PDF reader."""

from __future__ import annotations

import io
from datetime import date

import pytest
from section_j_plans import changed_since_signed, typical_plan

from coplan.report import render_section_j

TODAY = date(2026, 11, 23)


@pytest.fixture
def plan():
    return typical_plan()


@pytest.fixture
def changed_plan():
    return changed_since_signed(typical_plan())


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
