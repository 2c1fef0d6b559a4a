"""A reportlab drawing (a chart, a drawn signature) as a PNG picture, for the Word version.

The PDF draws charts and signatures as vectors (`reportlab.graphics`). Word needs a picture:
reportlab's own bitmap renderer is a separate compiled package, so this draws the few shapes
CoPlan's drawings use (rectangles, lines, paths with curves, text in the bundled font) with
Pillow, which reportlab already depends on. A drawing with any other kind of shape gives None:
the Word version then shows the drawing's words alone, never a picture with parts missing.
"""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Drawing, Group, Line, Path, PolyLine, Rect, String
from reportlab.lib import colors

from .fonts import FACES, fonts_dir

SCALE = 3  # pixels per point: sharp when printed (216 pixels to the inch)
CURVE_STEPS = 16


class _Unsupported(Exception):
    pass


def drawing_png(drawing: Drawing) -> bytes | None:
    """The drawing as a PNG on white, SCALE pixels to the point; None if it holds a shape this
    module cannot draw."""
    width, height = round(drawing.width * SCALE), round(drawing.height * SCALE)
    if width <= 0 or height <= 0:
        return None
    image = Image.new("RGB", (width, height), "white")
    pen = ImageDraw.Draw(image)
    try:
        _draw_all(pen, drawing.contents, (0.0, 0.0), height)
    except _Unsupported:
        return None
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _draw_all(pen, shapes, offset: tuple[float, float], height: int) -> None:
    for shape in shapes:
        _draw(pen, shape, offset, height)


def _draw(pen, shape, offset: tuple[float, float], height: int) -> None:
    dx, dy = offset

    def point(x: float, y: float) -> tuple[float, float]:
        # reportlab's y axis points up, a picture's down.
        return ((x + dx) * SCALE, height - (y + dy) * SCALE)

    if isinstance(shape, Group):
        a, b, c, d, e, f = getattr(shape, "transform", (1, 0, 0, 1, 0, 0))
        if (a, b, c, d) != (1, 0, 0, 1):
            raise _Unsupported  # only moved groups: no rotation or scaling here
        _draw_all(pen, shape.contents, (dx + e, dy + f), height)
    elif isinstance(shape, Rect):
        left, top = point(shape.x, shape.y + shape.height)
        right, bottom = point(shape.x + shape.width, shape.y)
        box = [min(left, right), min(top, bottom), max(left, right), max(top, bottom)]
        fill, outline = _rgb(shape.fillColor), _rgb(shape.strokeColor)
        stroke = max(1, round((shape.strokeWidth or 0) * SCALE)) if outline else 0
        pen.rectangle(box, fill=fill, outline=outline, width=stroke)
    elif isinstance(shape, Line):
        _stroke(pen, shape, [point(shape.x1, shape.y1), point(shape.x2, shape.y2)])
    elif isinstance(shape, PolyLine):
        numbers = list(shape.points)
        _stroke(pen, shape, [point(*numbers[i : i + 2]) for i in range(0, len(numbers), 2)])
    elif isinstance(shape, Path):
        for line in _path_lines(shape):
            _stroke(pen, shape, [point(x, y) for x, y in line])
    elif isinstance(shape, String):
        font = _font(shape.fontName, round(shape.fontSize * SCALE))
        x, y = point(shape.x, shape.y)
        anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(shape.textAnchor, "ls")
        pen.text(
            (x, y), shape.text, fill=_rgb(shape.fillColor) or "black", font=font, anchor=anchor
        )
    else:
        raise _Unsupported


def _stroke(pen, shape, points: list[tuple[float, float]]) -> None:
    colour = _rgb(getattr(shape, "strokeColor", None))
    if colour is None or len(points) < 2:
        return
    width = max(1, round((getattr(shape, "strokeWidth", 1) or 1) * SCALE))
    pen.line(points, fill=colour, width=width, joint="curve")


def _path_lines(path: Path) -> list[list[tuple[float, float]]]:
    """The path as polylines: curves flattened into CURVE_STEPS straight pieces."""
    numbers, lines = list(path.points), []
    current: list[tuple[float, float]] = []
    index = 0
    for operator in path.operators:
        if operator == 0:  # move to
            if len(current) > 1:
                lines.append(current)
            current = [(numbers[index], numbers[index + 1])]
            index += 2
        elif operator == 1:  # line to
            current.append((numbers[index], numbers[index + 1]))
            index += 2
        elif operator == 2:  # curve to
            (x0, y0), (x1, y1, x2, y2, x3, y3) = current[-1], numbers[index : index + 6]
            for step in range(1, CURVE_STEPS + 1):
                t = step / CURVE_STEPS
                u = 1 - t
                current.append(
                    (
                        u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
                        u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3,
                    )
                )
            index += 6
        elif operator == 3:  # close
            if current:
                current.append(current[0])
        else:
            raise _Unsupported
    if len(current) > 1:
        lines.append(current)
    return lines


def _rgb(colour) -> tuple[int, int, int] | None:
    if colour is None or not isinstance(colour, colors.Color):
        return None
    if getattr(colour, "alpha", 1) == 0:
        return None
    return tuple(max(0, min(255, round(part * 255))) for part in colour.rgb())


@cache
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    """The bundled face at a size, loaded once (reading a font file is the slow part)."""
    face = name if name in FACES else FACES[0]
    return ImageFont.truetype(str(fonts_dir() / f"{face}.ttf"), pixels)
