"""Counted phrases ("1 coding", "3 codings") in every language.

A phrase with a count is a Qt plural message, ``self.tr("%Ln codings", "",
count)``: each language has as many forms as its grammar needs (Chinese one,
French and Spanish two, Arabic six) and Qt picks the one for ``count``;
``%Ln`` is the count written the interface's way (1,234 / 1 234).  English
itself gets "1 coding" from ``qcode_en.qm``, which holds only those forms.

A function outside any class says ``Plural.tr(...)``: pyside6-lupdate reads
the count of a ``tr`` call, but takes ``QCoreApplication.translate(context,
text, "", count)`` for a plain message (or drops it) unless the count is a
literal number.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale, QObject


class Plural(QObject):
    """The translation context of the counted phrases of module functions."""


def number(value: int) -> str:
    """``value`` written the interface's way: 1,234 in English, 1 234 in
    French, 1.234 in Spanish (which groups only from five digits)."""
    return QLocale().toString(value)


def sentence_list(names: Iterable[str]) -> str:
    """Names as a list in a sentence: "A, B and C", "A、B和C", "A وB وC"."""
    return QLocale().createSeparatedList(list(names))
