"""A signature drawn on screen (an SVG path) redrawn as vector lines, and nothing else.

Only the path commands a signature pad produces are read: M, L, H, V, C, S, Q, T, Z in
absolute or relative form, with numbers. Anything else (arcs, stray text, a path so long it
cannot be a signature) gives no drawing, and the PDF says so in words instead. Nothing is ever
loaded from a file or a network address.
"""

from __future__ import annotations

import math
import re

from reportlab.graphics.shapes import Drawing, Path

from .styles import INK, new_drawing

MAX_PATH_CHARS = 200_000
_TOKEN = re.compile(r"[MLHVCSQTZmlhvcsqtz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[\s,]+")
_ARGUMENTS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "Z": 0}


class SignatureError(ValueError):
    """The path is not one this module will draw."""


def _tokens(path: str) -> list[str | float]:
    if len(path) > MAX_PATH_CHARS:
        raise SignatureError("path too long")
    tokens: list[str | float] = []
    position = 0
    while position < len(path):
        match = _TOKEN.match(path, position)
        if match is None:
            raise SignatureError(f"unexpected {path[position]!r}")
        text = match.group()
        position = match.end()
        if text.strip(" \t\r\n,"):
            if text.isalpha():
                tokens.append(text)
                continue
            number = float(text)
            if not math.isfinite(number):
                raise SignatureError("number out of range")
            tokens.append(number)
    return tokens


def _segments(path: str) -> list[tuple[str, list[float]]]:
    """Absolute segments: ('M'|'L', [x, y]) , ('C', [x1, y1, x2, y2, x, y]) or ('Z', [])."""
    tokens = _tokens(path)
    if not tokens or tokens[0] not in ("M", "m"):
        raise SignatureError("a path starts with a move")
    segments: list[tuple[str, list[float]]] = []
    x = y = start_x = start_y = 0.0
    command = ""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if isinstance(token, str):
            command = token
            index += 1
            if command.upper() == "Z":
                segments.append(("Z", []))
                x, y = start_x, start_y
            continue
        if not command:
            raise SignatureError("numbers before a command")
        count = _ARGUMENTS[command.upper()]
        values = tokens[index : index + count]
        if len(values) < count or any(isinstance(v, str) for v in values):
            raise SignatureError("too few numbers")
        index += count
        numbers = [float(v) for v in values]
        relative = command.islower()
        upper = command.upper()
        if upper == "H":
            numbers = [numbers[0] + (x if relative else 0), y]
            upper, relative = "L", False
        elif upper == "V":
            numbers = [x, numbers[0] + (y if relative else 0)]
            upper, relative = "L", False
        if relative:
            numbers = [n + (x if i % 2 == 0 else y) for i, n in enumerate(numbers)]
        if upper in ("S", "T", "Q"):
            # Smooth and quadratic curves are drawn through their end point: a signature's
            # strokes are short, and the exact curve does not matter for recognising it.
            numbers = numbers[-2:]
            upper = "L"
        if upper == "M":
            segments.append(("M", numbers))
            start_x, start_y = numbers
            command = "l" if command == "m" else "L"  # further pairs are lines
        else:
            segments.append((upper, numbers))
        x, y = numbers[-2], numbers[-1]
    if not any(kind != "M" for kind, _ in segments):
        raise SignatureError("no strokes")
    return segments


def signature_drawing(path: str, width: float, height: float) -> Drawing | None:
    """The signature scaled into width × height, or None when the path cannot be drawn."""
    try:
        segments = _segments(path)
    except (SignatureError, ValueError, OverflowError):
        return None
    xs = [v for _, numbers in segments for v in numbers[0::2]]
    ys = [v for _, numbers in segments for v in numbers[1::2]]
    span_x, span_y = max(xs) - min(xs) or 1.0, max(ys) - min(ys) or 1.0
    scale = min((width - 4) / span_x, (height - 4) / span_y)
    left, top = min(xs), min(ys)

    def point(px: float, py: float) -> tuple[float, float]:
        # SVG's y axis points down, the PDF's up.
        return 2 + (px - left) * scale, height - 2 - (py - top) * scale

    outline = Path(strokeColor=INK, strokeWidth=1.1, fillColor=None)
    for kind, numbers in segments:
        if kind == "M":
            outline.moveTo(*point(*numbers))
        elif kind == "L":
            outline.lineTo(*point(*numbers))
        elif kind == "C":
            outline.curveTo(*point(*numbers[0:2]), *point(*numbers[2:4]), *point(*numbers[4:6]))
        else:
            outline.closePath()
    drawing = new_drawing(width, height)
    drawing.add(outline)
    # What the Word version says of the picture (its alternative text).
    drawing._text_equivalent = ["Signature drawn on screen"]
    return drawing
