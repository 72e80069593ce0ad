"""Render `resources/icons/kds.svg` to the PNG, ICO and ICNS files the desktop entry and installers use.

Run from the repository root after changing the SVG: `python packaging/make_icons.py`. The outputs
are committed, so a build does not need to run this.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    """Draw the SVG at `size` x `size` pixels into the PNG `out`."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"cannot write {out}")


def main() -> int:
    """Write kds-<size>.png for every size, kds.ico (Windows) and kds.icns (macOS)."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "kds.svg"))
    if not renderer.isValid():
        raise SystemExit("kds.svg is not a valid SVG")
    for size in SIZES:
        render(renderer, size, ICONS / f"kds-{size}.png")
    largest = Image.open(ICONS / "kds-512.png")
    largest.save(ICONS / "kds.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(ICONS / "kds.icns")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
