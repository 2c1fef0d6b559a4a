"""The bundled Unicode font family, registered with reportlab once per process.

reportlab's built-in Helvetica has no Ł, Greek or Cyrillic, so every style uses DejaVu Sans
from `resources/fonts` (licence in `LICENSE-DejaVu.txt` beside the files). The four faces are
registered as one family so that `<b>` and `<i>` in paragraph markup pick the right face.
"""

from __future__ import annotations

import threading
from pathlib import Path

from coplan.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

_lock = threading.Lock()
_registered = False


class FontMissingError(RuntimeError):
    """A bundled font file is missing: the installation is incomplete."""


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> str:
    """Register the family (once) and return the name to use in styles."""
    global _registered
    with _lock:
        if _registered:
            return REGULAR
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = fonts_dir()
        for face in FACES:
            path = folder / f"{face}.ttf"
            if not path.is_file():
                raise FontMissingError(f"The font file {path} is missing; reinstall CoPlan.")
            pdfmetrics.registerFont(TTFont(face, str(path)))
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
        return REGULAR
