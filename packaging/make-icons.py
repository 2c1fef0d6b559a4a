"""Render CoPlan's icon (resources/icons/coplan.svg) to the PNG and Windows .ico files.

Run after changing the SVG:  .venv/bin/python packaging/make-icons.py
Writes resources/icons/coplan.png (256 px, the Linux menu and the About box) and
resources/icons/coplan.ico (16 to 256 px, the Windows program, installer and Start menu).
The .ico holds PNG images, which Windows reads since Vista; no imaging library is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        edge = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "coplan.svg"))
    if not renderer.isValid():
        print("coplan.svg cannot be read", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    (ICONS / "coplan.png").write_bytes(images[256])
    (ICONS / "coplan.ico").write_bytes(ico(images))
    print(f"wrote {ICONS / 'coplan.png'} and {ICONS / 'coplan.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
