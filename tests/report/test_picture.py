"""Drawings as pictures for the Word version: what is drawn lands where the PDF draws it."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.graphics.shapes import Circle, Drawing, Path, Rect, String
from reportlab.lib import colors

from coplan.report.picture import SCALE, drawing_png


def pixels(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def test_a_rectangle_is_filled_where_the_pdf_puts_it():
    drawing = Drawing(100, 50)
    drawing.add(Rect(10, 10, 30, 20, fillColor=colors.HexColor("#0072b2"), strokeColor=None))
    image = pixels(drawing_png(drawing))
    assert image.size == (100 * SCALE, 50 * SCALE)
    # (20, 20) in points, y up, is (60, 90) in pixels, y down.
    assert image.getpixel((20 * SCALE, (50 - 20) * SCALE)) == (0, 114, 178)
    assert image.getpixel((60 * SCALE, (50 - 20) * SCALE)) == (255, 255, 255)


def test_paths_with_curves_and_text_are_drawn():
    drawing = Drawing(120, 40)
    path = Path(strokeColor=colors.black, strokeWidth=2, fillColor=None)
    path.moveTo(5, 5)
    path.curveTo(20, 35, 40, 35, 55, 5)
    path.closePath()
    drawing.add(path)
    drawing.add(String(70, 15, "£3,510.00", fontName="DejaVuSans", fontSize=9))
    image = pixels(drawing_png(drawing))
    left, right = (
        image.crop((0, 0, 60 * SCALE, 40 * SCALE)),
        image.crop((65 * SCALE, 0, 120 * SCALE, 40 * SCALE)),
    )
    assert left.getextrema() != ((255, 255), (255, 255), (255, 255))
    assert right.getextrema() != ((255, 255), (255, 255), (255, 255))


def test_a_shape_it_cannot_draw_gives_no_picture_rather_than_half_of_one():
    drawing = Drawing(50, 50)
    drawing.add(Rect(0, 0, 10, 10, fillColor=colors.red))
    drawing.add(Circle(25, 25, 10))
    assert drawing_png(drawing) is None


def test_the_same_drawing_gives_the_same_bytes():
    drawing = Drawing(40, 20)
    drawing.add(Rect(0, 0, 40, 20, fillColor=colors.green))
    assert drawing_png(drawing) == drawing_png(drawing)
