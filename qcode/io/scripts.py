"""What text in right-to-left and Arabic scripts needs, without Qt.

* :func:`is_right_to_left`: a paragraph's base direction as the Unicode
  bidirectional algorithm decides it (rules P2–P3: the first strong letter),
  which is also how Qt lays out each paragraph of the document view; exports
  use it to set a cell's or a quote's direction.
* :func:`fold_arabic`: Arabic-script text with what writers add or leave out
  at will taken away (harakat and other marks, tatweel) and the alef variants
  made one letter, so that a search finds أُدرجتُ when asked for ادرجت.  The
  folded text comes with a map back to the stored text, because every hit is
  given (and coded) in the stored text's code points.
* :func:`fold_for_counting`: a word as word frequencies count it, with
  letters that writers use for one another made one as well.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

# Combining marks of the Arabic script: harakat and tanwin (064B-065F), the
# superscript alef (0670), Quranic annotation marks (0610-061A, 06D6-06ED),
# and the tatweel (0640), which only stretches a word.
ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
TATWEEL = "\u0640"
# Hebrew points and cantillation marks: combining, inside words.
HEBREW_MARKS = "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
# Invisible direction marks that editors put around punctuation in RTL text:
# left-to-right mark, right-to-left mark, Arabic letter mark.
DIRECTION_MARKS = "\u200e\u200f\u061c"

_DROPPED = re.compile(f"[{ARABIC_MARKS}{TATWEEL}]")
# Alef with hamza above or below, with madda, and alef wasla: all read as alef
# by someone searching.
_ALEF = str.maketrans("\u0623\u0625\u0622\u0671", "\u0627\u0627\u0627\u0627")
_STRONG_RTL = frozenset(("R", "AL"))


def is_right_to_left(text: str) -> bool:
    """Whether ``text`` (one paragraph) has a right-to-left base direction:
    its first strong letter is Hebrew, Arabic, Syriac, Thaana, N'Ko…

    Text without any strong letter (numbers, punctuation) is left to right.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in _STRONG_RTL:
            return True
    return False


def has_right_to_left(text: str) -> bool:
    """Whether ``text`` holds any right-to-left letter."""
    return any(unicodedata.bidirectional(char) in _STRONG_RTL for char in text)


def leans_right_to_left(text: str) -> bool:
    """Whether most of the strong letters of ``text`` are right to left (an
    Arabic sentence quoting "Social Credit", after a speaker's Latin name)."""
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            ltr += 1
        elif kind in _STRONG_RTL:
            rtl += 1
    return rtl > ltr


def mostly_right_to_left(texts: list[str]) -> bool:
    """Whether more than half of the non-empty ``texts`` are right to left."""
    written = [text for text in texts if text.strip()]
    return bool(written) and 2 * sum(map(is_right_to_left, written)) > len(written)


class FoldedText:
    """A text with Arabic marks and tatweel removed and alefs made one, and
    the way back from a position in it to a position in the original."""

    def __init__(self, text: str) -> None:
        self.original = text
        dropped = [match.start() for match in _DROPPED.finditer(text)]
        self._dropped = dropped
        self.text = (_DROPPED.sub("", text) if dropped else text).translate(_ALEF)

    def start_in_original(self, position: int) -> int:
        """Where the character at folded ``position`` stands in the original."""
        return self._to_original(position)

    def end_in_original(self, position: int) -> int:
        """The original position for a folded end (exclusive): just after the
        last folded character, and after the marks that belong to it."""
        if position == 0:
            return 0
        end = self._to_original(position - 1) + 1
        dropped, text = self._dropped, self.original
        index = bisect_left(dropped, end)
        while index < len(dropped) and dropped[index] == end and text[end] != TATWEEL:
            end += 1
            index += 1
        return end

    def _to_original(self, position: int) -> int:
        # The original index is ``position`` plus the dropped characters up to
        # it: the least o with o == position + (dropped at or before o).
        # Stepping up from ``position`` reaches it (each step only adds
        # dropped characters that are surely before the answer).
        dropped = self._dropped
        original = position
        while True:
            step = position + bisect_right(dropped, original)
            if step == original:
                return original
            original = step


def fold_arabic(text: str) -> str:
    """``text`` without Arabic marks and tatweel, its alef variants made ا."""
    return _DROPPED.sub("", text).translate(_ALEF)


# Letters that writers of one language interchange, made one for counting:
# final ya written ى (Egypt) or ی (Persian keyboards), Persian ک for ك, and
# ta marbuta written as ha (informal writing).  Not in languages whose
# alphabets keep ى and ي apart (Uyghur, and Kazakh and Kyrgyz in Arabic
# script: two different vowels and consonants there).
_SAME_LETTER = str.maketrans("\u0649\u06cc\u06a9\u0629", "\u064a\u064a\u0643\u0647")
_KEEPS_YA_APART = frozenset(("ug", "kk", "ky"))
_MARKS = re.compile(f"[{ARABIC_MARKS}{TATWEEL}{HEBREW_MARKS}]")
# Any Arabic or Hebrew letter or mark: what folding for counting may change.
FOLDABLE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def without_marks(word: str) -> str:
    """``word`` without Arabic harakat, tatweel and Hebrew points: how it is
    shown in a list of words."""
    return _MARKS.sub("", word)


def fold_for_counting(word: str, lang: str = "") -> str:
    """``word`` as word frequencies and suggestions count it: without Arabic
    marks, tatweel and Hebrew points, alef variants made ا, and (except in
    Uyghur, Kazakh and Kyrgyz, ``lang``) ى ی made ي, ک made ك and ة made ه."""
    folded = without_marks(word).translate(_ALEF)
    return folded if lang in _KEEPS_YA_APART else folded.translate(_SAME_LETTER)
