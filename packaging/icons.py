"""qcode's icon as PNG files of every size desktops ask for, drawn from
``resources/icons/qcode.svg`` with Qt's own SVG renderer (PySide6 is a qcode
dependency, so nothing else is needed).  The PNGs are kept in the repository:
the app's window icon and the Linux desktop entry use them, and PyInstaller
turns the largest into Windows' .ico and macOS' .icns.

    python packaging/icons.py            draw the PNGs again (after editing the SVG)
    python packaging/icons.py --check    check they exist, have their sizes, and
                                         still look like the SVG
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = FOLDER / "qcode.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Largest mean difference per channel (0-255) between a kept PNG and a fresh
# drawing: anti-aliasing may differ between Qt versions, an edited SVG differs more.
TOLERANCE = 4.0


def png_path(size: int) -> Path:
    return FOLDER / f"qcode-{size}.png"


def _application() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(size: int) -> object:
    """The icon drawn at ``size`` × ``size`` pixels (a QImage)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG drawing")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _difference(kept: object, fresh: object) -> float:
    """Mean absolute difference per channel, premultiplied by alpha."""
    from PySide6.QtGui import QImage

    a = kept.convertToFormat(QImage.Format.Format_RGBA8888_Premultiplied)  # type: ignore[attr-defined]
    b = fresh.convertToFormat(QImage.Format.Format_RGBA8888_Premultiplied)  # type: ignore[attr-defined]
    raw_a, raw_b = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(raw_a, raw_b, strict=True)) / len(raw_a)


def write() -> None:
    for size in SIZES:
        image = render(size)
        if not image.save(str(png_path(size))):  # type: ignore[attr-defined]
            raise SystemExit(f"{png_path(size)}: could not be written")
        print(f"wrote {png_path(size)}")


def check() -> list[str]:
    """Problems with the kept PNGs (an empty list: none)."""
    from PySide6.QtGui import QImage

    _application()
    problems = []
    for size in SIZES:
        path = png_path(size)
        kept = QImage(str(path))
        if kept.isNull():
            problems.append(f"{path}: missing or not a PNG (run python packaging/icons.py)")
        elif (kept.width(), kept.height()) != (size, size):
            problems.append(f"{path}: {kept.width()}×{kept.height()}, not {size}×{size}")
        elif (difference := _difference(kept, render(size))) > TOLERANCE:
            problems.append(
                f"{path}: differs from {SVG.name} (by {difference:.1f}); "
                "run python packaging/icons.py"
            )
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="check the PNGs, write nothing")
    options = parser.parse_args()
    if not options.check:
        write()
        return 0
    problems = check()
    for problem in problems:
        print(f"icons: {problem}", file=sys.stderr)
    if not problems:
        print(f"icons: {len(SIZES)} PNG sizes match {SVG.name}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
