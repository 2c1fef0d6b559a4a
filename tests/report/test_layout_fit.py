"""The page header's one-line text: shortened to fit, in time linear in its length."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from coplan.report import layout
from coplan.report.fonts import REGULAR, register_fonts


@pytest.fixture(scope="module", autouse=True)
def fonts():
    register_fonts()


def test_text_that_fits_is_unchanged():
    assert layout.fit("Section J personal budget for Zoë", REGULAR, 9, 400) == (
        "Section J personal budget for Zoë"
    )


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet="aiWm ZoëŁł—.", min_size=1, max_size=300), width=st.integers(20, 400))
def test_the_longest_prefix_that_fits_with_an_ellipsis(text, width):
    shown = layout.fit(text, REGULAR, 9, width)
    whole = " ".join(text.split())
    if shown == whole:
        assert stringWidth(whole, REGULAR, 9) <= width
        return
    assert shown.endswith("…")
    kept = shown[:-1]
    assert whole.startswith(kept)
    assert stringWidth(shown, REGULAR, 9) <= width + 1e-6
    # No longer prefix ending in a letter would have fitted (trailing spaces are dropped).
    after = len(kept)
    while after < len(whole) and whole[after] == " ":
        after += 1
    if after < len(whole):
        assert stringWidth(whole[: after + 1] + "…", REGULAR, 9) > width - 1e-6


def test_a_20000_character_name_is_measured_once_per_distinct_character(monkeypatch):
    """Shortening by one character and measuring again took 108 s for a 20,000-character name
    (every page's header): the cost must grow with the text's length, not with its square."""
    calls: list[int] = []
    real = layout.stringWidth

    def counting(text, font, size):
        calls.append(len(text))
        return real(text, font, size)

    monkeypatch.setattr(layout, "stringWidth", counting)
    shown = layout.fit("Ab" * 10_000, REGULAR, 9, 300)
    assert shown.endswith("…") and len(shown) < 100
    # One measure of the whole text, one of the ellipsis, one per distinct character.
    assert len(calls) <= 4
    assert sum(calls) <= 20_000 + 10
