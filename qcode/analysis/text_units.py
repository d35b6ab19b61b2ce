"""The units of a text that analyses count in: paragraphs and sentences.

Both are found by regular expressions over the stored text, as arrays of
starts and ends (code points, end exclusive, sorted and disjoint), so that
inter-coder agreement (:mod:`qcode.analysis.agreement`) and queries
(:mod:`qcode.analysis.queries`) cut a text the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.int64]

_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")
_CLOSERS = "".join(re.escape(c) for c in "\"'”’»)]}）】」』〕〉》")
# A run of terminators (with closing quotes or brackets) ends a sentence when
# white space or the end of the text follows; a CJK terminator ends one anyway.
# Terminators of spaced scripts: . ! ? … and the Arabic question mark ؟, the
# Urdu full stop ۔, the Devanagari danda । ॥.  Not the Arabic comma ، or the
# Chinese semicolon ；: they join clauses of one sentence, as , and ; do.
# (Every branch starts with a terminator, so the search skips other text fast.)
_SPACED_ENDS = ".!?…\u061f\u06d4\u0964\u0965"
_SENTENCE_END = re.compile(
    rf"[{_SPACED_ENDS}]+(?:[。！？][{_SPACED_ENDS}。！？]*[{_CLOSERS}]*|[{_CLOSERS}]*(?=\s|\Z))"
    rf"|[。！？][{_SPACED_ENDS}。！？]*[{_CLOSERS}]*"
)
_NON_SPACE = re.compile(r"\S")


def empty() -> Array:
    """An empty array of positions."""
    return np.zeros(0, dtype=np.int64)


def paragraph_bounds(text: str) -> tuple[Array, Array]:
    """Starts and ends of the paragraphs: the runs of text between line
    breaks that hold a non-space character, trimmed of white space."""
    spans = [match.span() for match in _PARAGRAPH.finditer(text)]
    return _arrays(spans)


def sentence_bounds(text: str) -> tuple[Array, Array]:
    """Starts and ends of the sentences: paragraphs split after ``. ! ? …
    ؟ ۔ । ॥`` (runs of them, with closing quotes or brackets) followed by
    white space or the end, and after ``。！？`` whatever follows; trimmed of
    white space."""
    cuts = [match.end() for match in _SENTENCE_END.finditer(text)]
    spans: list[tuple[int, int]] = []
    next_cut = 0
    for paragraph in _PARAGRAPH.finditer(text):
        start, end = paragraph.span()
        while next_cut < len(cuts) and cuts[next_cut] <= start:
            next_cut += 1
        while next_cut < len(cuts) and cuts[next_cut] < end:
            cut = cuts[next_cut]
            next_cut += 1
            if cut > start:
                spans.append((start, cut))
                found = _NON_SPACE.search(text, cut, end)
                start = end if found is None else found.start()
        if end > start:
            spans.append((start, end))
    return _arrays(spans)


def _arrays(spans: Sequence[tuple[int, int]]) -> tuple[Array, Array]:
    if not spans:
        return empty(), empty()
    both = np.asarray(spans, dtype=np.int64)
    return both[:, 0].copy(), both[:, 1].copy()
