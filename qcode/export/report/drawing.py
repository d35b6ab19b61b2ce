"""Charts drawn as pictures (PNG) with Pillow: a bar chart of code
frequencies and a heat map of co-occurrence.

Labels are set in the report's fonts (:mod:`qcode.export.report.fonts`),
each label in the first font that shows all of it (shaped, right to left
where it must be); the figures are drawn twice the size they are shown, so
they stay sharp in print.  Every chart is followed in the report by a table
of the same figures, for screen readers and for the leak check, which reads
text, not pictures.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from qcode.export.report.fonts import SANS, FontSet, needs_glyph

WIDTH = 1600  # pixels: 16 cm at 254 dpi
INK = (33, 37, 41)
GRID = (222, 226, 230)
BAR = (52, 101, 164)
_PAD = 24


class Labels:
    """Text in the report's fonts, one font per label."""

    def __init__(self, fonts: FontSet, size: int) -> None:
        self.fonts = fonts
        self.size = size
        self._fonts: dict[str, Any] = {}

    def font_for(self, text: str) -> Any:
        """The first font that shows every character of ``text`` (else the body font)."""
        names = [SANS.name, *self.fonts.faces]
        for name in names:
            cmap = self.fonts.cmap(name)
            if all(ord(char) in cmap for char in text if needs_glyph(char)):
                break
        else:
            name = SANS.name
        if name not in self._fonts:
            self._fonts[name] = self.fonts.pillow_font(name, self.size)
        return self._fonts[name]

    def width(self, draw: Any, text: str) -> float:
        return float(draw.textlength(text, font=self.font_for(text)))

    def fit(self, draw: Any, text: str, room: float) -> str:
        """``text``, cut short with "…" to fit ``room`` pixels."""
        if self.width(draw, text) <= room:
            return text
        while text and self.width(draw, text + "…") > room:
            text = text[:-1]
        return text + "…"

    def draw(self, draw: Any, xy: tuple[float, float], text: str, **options: Any) -> None:
        draw.text(xy, text, font=self.font_for(text), fill=INK, **options)


def bar_chart(fonts: FontSet, labels: Sequence[str], values: Sequence[int], unit: str) -> bytes:
    """Horizontal bars, one per label, longest first as given; a PNG."""
    from PIL import Image, ImageDraw

    text = Labels(fonts, 26)
    row = 44
    height = _PAD * 2 + row * len(labels) + 50
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    label_room = WIDTH * 0.42
    left = _PAD + label_room + 16
    right = WIDTH - _PAD - 90
    most = max(values, default=0) or 1
    for number, (label, value) in enumerate(zip(labels, values, strict=True)):
        top = _PAD + number * row
        shown = text.fit(draw, label, label_room)
        text.draw(draw, (_PAD + label_room, top + row / 2), shown, anchor="rm")
        length = (right - left) * value / most
        draw.rectangle((left, top + 8, left + max(length, 1), top + row - 8), fill=BAR)
        text.draw(draw, (left + length + 10, top + row / 2), f"{value:,}", anchor="lm")
    axis = _PAD + row * len(labels) + 6
    draw.line((left, _PAD, left, axis), fill=INK, width=2)
    text.draw(draw, ((left + right) / 2, axis + 10), unit, anchor="ma")
    return _png(image)


def heat_map(
    fonts: FontSet, labels: Sequence[str], counts: Sequence[Sequence[int | None]]
) -> bytes:
    """A square grid: the darker a cell, the more often its row's code and
    its column's code were applied together; rows and columns numbered, the
    rows named.  None (a code with itself) is left blank."""
    from PIL import Image, ImageDraw

    text = Labels(fonts, 24)
    size = len(labels)
    label_room = WIDTH * 0.38
    cell = min(72, (WIDTH - 2 * _PAD - label_room) / max(size, 1))
    top = _PAD + 40
    height = int(top + cell * size + _PAD)
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    left = _PAD + label_room + 10
    most = max((value or 0 for row in counts for value in row), default=0) or 1
    for column in range(size):
        text.draw(draw, (left + cell * (column + 0.5), top - 8), str(column + 1), anchor="md")
    for number, label in enumerate(labels):
        y = top + cell * number
        shown = text.fit(draw, f"{number + 1}. {label}", label_room)
        text.draw(draw, (_PAD + label_room, y + cell / 2), shown, anchor="rm")
        for column, value in enumerate(counts[number]):
            x = left + cell * column
            box = (x, y, x + cell - 2, y + cell - 2)
            if value is None:
                draw.rectangle(box, fill=(248, 249, 250), outline=GRID)
                continue
            share = value / most
            shade = tuple(int(255 - (255 - tone) * share) for tone in BAR)
            draw.rectangle(box, fill=shade, outline=GRID)
            if value:
                ink = "white" if share > 0.55 else INK
                draw.text(
                    (x + cell / 2, y + cell / 2),
                    str(value),
                    font=text.font_for("0"),
                    fill=ink,
                    anchor="mm",
                )
    return _png(image)


def _png(image: Any) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
