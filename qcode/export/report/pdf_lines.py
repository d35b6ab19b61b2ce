"""fpdf2's line breaking without its square cost: the width of the line
being filled is kept as characters are added, not summed again.

fpdf2 (2.8) breaks a paragraph into lines one character at a time, and
before adding each character it asks for the width of the line so far,
which it sums again from every character already on the line (and once
more at every space, to remember where the line could break).  A line of
90 characters costs some 4,000 character widths instead of 90; for a report
of 5,000 quotes that was over a third of the time the PDF took.

:class:`KeptWidthLine` gives the same widths, to the last bit: a fragment
of plain text (no shaping, no character spacing or stretching: what every
quote without right-to-left letters or combining marks is) is as wide as
the whole-number sum of its characters' widths, times its size, divided by
the scale, which is what fpdf2 computes; that sum is kept and extended as
the fragment grows, and begun again when fpdf2 cuts the fragment back (at a
break).  Any other fragment is measured by fpdf2 itself.  :func:`install`
puts the class where fpdf2's line breaker takes it from, only for the fpdf2
it was checked against (2.8: ``tests/test_report_pdf_lines.py`` compares
every width with fpdf2's own); with another, fpdf2 stays as it is (slower,
never different) until the tests are run against it.
"""

from __future__ import annotations

import threading
from typing import Any

_installed = False
_installing = threading.Lock()  # reports may be written from a worker thread
_NEW: Any = object()  # a fragment not seen yet
_Kept = tuple[Any, list[str], int, int, float, float, float]


def install() -> None:
    """Have fpdf2's line breaker keep each line's width (see the module);
    once, and only where fpdf2's classes look as expected."""
    global _installed
    with _installing:
        if _installed:
            return
        _installed = True
        _install()


_CHECKED = ("2.8.",)  # the fpdf2 versions whose widths the tests compared


def _install() -> None:
    import fpdf
    from fpdf import line_break

    if not str(getattr(fpdf, "__version__", "")).startswith(_CHECKED):
        return
    line_class = getattr(line_break, "CurrentLine", None)
    if line_class is None or not isinstance(getattr(line_class, "width", None), property):
        return
    if not hasattr(line_break, "Fragment") or not hasattr(line_break.Fragment, "get_width"):
        return
    line_break.CurrentLine = kept_width_class(line_class, line_break.Fragment)  # type: ignore[misc]


def kept_width_class(line_class: Any, fragment_class: Any) -> Any:
    """A subclass of fpdf2's ``CurrentLine`` whose ``width`` is kept (see the module)."""
    from fpdf.fonts import TTFFont

    class KeptWidthLine(line_class):  # type: ignore[misc]
        """fpdf2's line being filled, measured as it grows."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            # id(fragment) -> (fragment, its characters list, how many of them
            # are counted, their widths' sum, the fragment's width, its size in
            # points and scale; or None for a fragment fpdf2 measures itself)
            self._kept: dict[int, _Kept | None] = {}

        @property
        def width(self) -> float:
            kept = self._kept
            width: float = 0
            for i, fragment in enumerate(self.fragments):
                found = kept.get(id(fragment), _NEW)
                if (
                    found is not None
                    and found is not _NEW
                    and found[0] is fragment
                    and found[1] is fragment.characters
                    and found[2] == len(fragment.characters)
                ):
                    width += found[4]
                else:
                    width += _fragment_width(fragment, i > 0, found, kept)
            return width

    def _fragment_width(
        fragment: Any,
        initial_cs: bool,
        found: Any,
        kept: dict[int, _Kept | None],
    ) -> float:
        if found is None or (found is _NEW and not _plain(fragment)):
            # Marked by id only: should the id be reused by another fragment,
            # that one is measured by fpdf2 too (slower, never different).
            kept[id(fragment)] = None
            return float(fragment.get_width(initial_cs=initial_cs))
        characters = fragment.characters
        if found is not _NEW and found[0] is fragment:
            size, scale = found[5], found[6]  # a fragment's style does not change
            counted, total = found[2], found[3]
            if found[1] is not characters or counted > len(characters):
                counted, total = 0, 0  # cut back (a cut fragment holds a new list)
        else:
            size, scale = fragment.font_size_pt, fragment.k
            counted, total = 0, 0
        widths = fragment.font.cw
        for character in characters[counted:]:
            total += widths[ord(character)]
        # fpdf2's Fragment.get_width and TTFFont.get_text_width, in their order.
        width: float = total * size * 0.001 / scale
        # The fragment is kept too, so that its id is not reused while cached.
        kept[id(fragment)] = (fragment, characters, len(characters), total, width, size, scale)
        return width

    def _plain(fragment: Any) -> bool:
        font = fragment.font
        return (
            type(fragment) is fragment_class
            and type(font) is TTFFont
            and not font.is_symbol
            and not fragment.text_shaping_parameters
            and fragment.char_spacing == 0
            and fragment.font_stretching == 100
        )

    return KeptWidthLine
