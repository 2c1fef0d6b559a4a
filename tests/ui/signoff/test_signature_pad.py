"""The signature pad records finger, pen and mouse strokes as an SVG path in a fixed box."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from signoff_helpers import draw_signature

from coplan.ui.signoff.signature_pad import BOX_HEIGHT, BOX_WIDTH, SignaturePad

pytestmark = pytest.mark.gui

PATH = re.compile(r"^(M\d+ \d+( L\d+ \d+)+)( M\d+ \d+( L\d+ \d+)+)*$")


@pytest.fixture
def pad(qtbot):
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(600, 188)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def coordinates(path: str) -> list[tuple[int, int]]:
    return [(int(x), int(y)) for x, y in re.findall(r"[ML](\d+) (\d+)", path)]


def test_empty_until_drawn(pad):
    assert pad.is_empty() and pad.svg_path() == ""


def test_mouse_strokes_become_a_path_inside_the_box(qtbot, pad):
    changes = []
    pad.changed.connect(lambda: changes.append(1))
    draw_signature(pad)
    draw_signature(pad)
    path = pad.svg_path()
    assert PATH.match(path), path
    assert path.count("M") == 2 and pad.stroke_count() == 2
    assert all(0 <= x <= BOX_WIDTH and 0 <= y <= BOX_HEIGHT for x, y in coordinates(path))
    assert not pad.is_empty() and len(changes) == 2
    pad.clear()
    assert pad.is_empty() and pad.svg_path() == ""


def test_points_outside_are_clamped_to_the_box(qtbot, pad):
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    QTest.mouseMove(pad, QPoint(5000, 5000))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(-50, -50))
    assert coordinates(pad.svg_path())[1:] == [(BOX_WIDTH, BOX_HEIGHT), (0, 0)]


def test_a_finger_draws_too(qtbot, pad):
    device = QPointingDevice(
        "test touchscreen",
        1,
        QPointingDevice.DeviceType.TouchScreen,
        QPointingDevice.PointerType.Finger,
        QPointingDevice.Capability.Position,
        1,
        0,
    )
    sequence = QTest.touchEvent(pad, device)
    sequence.press(0, QPoint(50, 50), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(150, 90), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(250, 60), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(250, 60), pad).commit()
    assert pad.stroke_count() == 1
    assert len(coordinates(pad.svg_path())) >= 3
