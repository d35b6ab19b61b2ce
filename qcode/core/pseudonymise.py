"""Finding the identifiers of the pseudonym table in a text, and replacing them.

The project's own text never changes: exporters run what they write through
a :class:`Pseudonymiser` built from the table, and check the written file
with :mod:`qcode.export.leak_check` afterwards.

**Matching.**  An identifier is found however it is written:

* in any case ("ZHANG WEI", "zhang wei"), with compatibility forms folded
  (full-width "Ｚｈａｎｇ", ligatures) and without the accents of Latin,
  Greek and Cyrillic letters (pinyin "Zhāng Wěi" is "Zhang Wei");
* with any white space between its words ("Zhang  Wei", "Zhang\\nWei"), and
  with or without white space between Chinese or Japanese characters
  ("张 伟" is "张伟"), since transcripts break lines anywhere;
* with invisible characters inside (soft hyphens, zero-width spaces,
  direction marks) ignored;
* as a whole word where it begins or ends with a letter or digit of a script
  written with spaces, so "Li" does not hit "police" nor "Lina"; an
  identifier in Chinese or Japanese matches anywhere, since those scripts
  put no spaces between words.

**Replacing.**  Where two occurrences overlap, the longer identifier wins
(the table's order), then the one further left; each replaced occurrence
becomes the replacement exactly as the table gives it.

**Positions.**  :meth:`Pseudonymiser.rewrite` also returns an
:class:`OffsetMap` from positions in the old text to the new one (code
points, as everywhere in qcode), so codings can follow: a span that begins
or ends inside a replaced identifier covers its whole replacement, never
part of it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import Pseudonym


class PseudonymTable(Protocol):
    """What :meth:`Pseudonymiser.of` needs of a project (kept abstract so that
    this module does not depend on :mod:`qcode.core.project`)."""

    @property
    def path(self) -> Path: ...

    def pseudonyms(self) -> list[Pseudonym]: ...


# Format characters a name can hide behind: soft hyphen, zero-width spaces and
# joiners, direction marks and overrides, word joiner, byte-order mark.
_IGNORED = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# The combining accents of Latin, Greek and Cyrillic (not kana voicing marks,
# nor the vowel signs of Indic scripts, which change a name).
_ACCENTS = re.compile("[\u0300-\u036f]")


@lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    if _IGNORED.match(char):
        return ""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold())
    return _ACCENTS.sub("", folded)


def fold(text: str) -> str:
    """``text`` as identifiers are compared (see the module)."""
    return "".join(map(_fold_char, text))


def _wide(char: str) -> bool:
    """A character of a script written without spaces (Chinese, Japanese...)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _wordlike(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _joins(left: str, right: str) -> bool:
    """Whether two neighbouring (folded) characters belong to one word."""
    if not left or not right or not (_wordlike(left) and _wordlike(right)):
        return False
    return not (_wide(left) or _wide(right))


def _pattern(folded: str) -> str:
    """A regular expression for a folded identifier, tolerant of white space."""
    parts: list[str] = []
    for number, token in enumerate(folded.split()):
        if number:
            parts.append(r"\s+")
        previous = ""
        for char in token:
            if previous and _wide(previous) and _wide(char):
                parts.append(r"\s*")
            parts.append(re.escape(char))
            previous = char
    return "".join(parts)


class _Folded:
    """A text folded for matching, with the way back to its positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        whole = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
        self.starts: list[int] | None = None  # None: folded position = text position
        if len(whole) == len(text) and not _ACCENTS.search(whole) and not _IGNORED.search(text):
            self.folded = whole
            return
        pieces = [_fold_char(char) for char in text]
        starts = [0] * (len(text) + 1)
        offset = 0
        for index, piece in enumerate(pieces):
            starts[index] = offset
            offset += len(piece)
        starts[len(text)] = offset
        self.folded, self.starts = "".join(pieces), starts

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The text span a folded match covers; None when the match begins or
        ends inside one character's folding (the "s" of "ß")."""
        starts = self.starts
        if starts is None:
            return start, end
        # The last character at each edge: leading invisible characters stay
        # outside, trailing ones (a decomposed accent) inside the match.
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, end) - 1
        if starts[first] != start or starts[last] != end:
            return None
        return first, last

    def isolated(self, start: int, end: int) -> bool:
        """Whether a folded match stands apart from the words around it."""
        folded = self.folded
        before = folded[start - 1] if start > 0 else ""
        after = folded[end] if end < len(folded) else ""
        return not _joins(before, folded[start]) and not _joins(folded[end - 1], after)


class OffsetMap:
    """Positions in an old text → positions in its rewritten form.

    ``spans`` holds ``(old_start, old_end, new_start, new_end)`` for every
    replaced occurrence, in text order."""

    def __init__(self, spans: Iterable[tuple[int, int, int, int]] = ()) -> None:
        self.spans = tuple(spans)
        self._starts = [span[0] for span in self.spans]
        self._ends = [span[1] for span in self.spans]

    def start(self, old: int) -> int:
        """Where a span that began at ``old`` begins now (inside an
        identifier: where its replacement begins)."""
        i = bisect_right(self._starts, old) - 1
        if i < 0:
            return old
        _old_start, old_end, new_start, new_end = self.spans[i]
        return new_start if old < old_end else old + new_end - old_end

    def end(self, old: int) -> int:
        """Where a span that ended at ``old`` ends now (inside an
        identifier: where its replacement ends)."""
        i = bisect_left(self._ends, old)
        if i < len(self.spans) and self.spans[i][0] < old:
            return self.spans[i][3]
        if i == 0:
            return old
        _old_start, old_end, _new_start, new_end = self.spans[i - 1]
        return old + new_end - old_end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` in the new text (see :meth:`start`, :meth:`end`)."""
        return self.start(start), self.end(end)


@dataclass(frozen=True)
class Rewritten:
    """A text with its identifiers replaced, and where its positions went."""

    text: str
    offsets: OffsetMap


class Pseudonymiser:
    """Replaces the identifiers of a pseudonym table (see the module).

    ``pairs`` are ``(original, replacement)``; their order does not matter
    (longer originals win where occurrences overlap)."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        table: dict[str, tuple[str, str]] = {}  # folded original → (original, replacement)
        for original, replacement in pairs:
            folded = " ".join(fold(original).split())
            if folded and folded not in table:
                table[folded] = (original, replacement)
        ordered = sorted(table, key=lambda folded: -len(folded))
        self.originals = [table[folded][0] for folded in ordered]
        self.replacements = [table[folded][1] for folded in ordered]
        self._folded = ordered
        patterns = [_pattern(folded) for folded in ordered]
        self._patterns = [re.compile(pattern) for pattern in patterns]
        self._any = re.compile("|".join(patterns)) if patterns else None
        # Reports repeat short texts (code paths, document names) in every row.
        self._replace_short = lru_cache(maxsize=8192)(self._replace)

    @classmethod
    def of(cls, project: PseudonymTable) -> Pseudonymiser:
        """The project's pseudonym table; refuses an empty one."""
        table = project.pseudonyms()
        if not table:
            raise QcodeError(
                Message(
                    "there are no pseudonyms in {file}: add some with 'qcode pseudonym' or "
                    "Privacy ▸ Pseudonyms…",
                    file=project.path.name,
                )
            )
        return cls((entry.original, entry.replacement) for entry in table)

    def __len__(self) -> int:
        return len(self.originals)

    # -- finding ---------------------------------------------------------------------------

    def _found(self, folded: _Folded) -> list[tuple[int, int, int]]:
        """Every occurrence as ``(priority, start, end)`` in the text, overlaps included."""
        if self._any is None:
            return []
        found: list[tuple[int, int, int]] = []
        text, search, position = folded.folded, self._any.search, 0
        while (hit := search(text, position)) is not None:
            start = hit.start()
            for priority, pattern in enumerate(self._patterns):
                match = pattern.match(text, start)
                if match is None or not folded.isolated(start, match.end()):
                    continue
                span = folded.span(start, match.end())
                if span is not None:
                    found.append((priority, *span))
            position = start + 1
        return found

    def _chosen(self, text: str) -> list[tuple[int, int, int]]:
        """The occurrences to replace, as ``(start, end, priority)`` in text order."""
        starts: list[int] = []
        chosen: list[tuple[int, int, int]] = []
        for priority, start, end in sorted(self._found(_Folded(text))):
            i = bisect_right(starts, start)
            if i > 0 and chosen[i - 1][1] > start:
                continue
            if i < len(chosen) and chosen[i][0] < end:
                continue
            starts.insert(i, start)
            chosen.insert(i, (start, end, priority))
        return chosen

    def leaks(self, text: str) -> list[str]:
        """The originals that occur in ``text`` (table order, longest first)."""
        found = {priority for priority, _start, _end in self._found(_Folded(text))}
        return [self.originals[priority] for priority in sorted(found)]

    # -- replacing -------------------------------------------------------------------------

    def rewrite(self, text: str) -> Rewritten:
        """``text`` with every identifier replaced, and the position map."""
        pieces: list[str] = []
        spans: list[tuple[int, int, int, int]] = []
        done = length = 0
        for start, end, priority in self._chosen(text):
            replacement = self.replacements[priority]
            pieces.append(text[done:start])
            length += start - done
            spans.append((start, end, length, length + len(replacement)))
            pieces.append(replacement)
            length += len(replacement)
            done = end
        if not spans:
            return Rewritten(text, OffsetMap())
        pieces.append(text[done:])
        return Rewritten("".join(pieces), OffsetMap(tuple(spans)))

    def replace(self, text: str) -> str:
        """``text`` with every identifier replaced (names, memos, attributes...)."""
        if not text or self._any is None:
            return text
        return self._replace_short(text) if len(text) <= 200 else self._replace(text)

    def _replace(self, text: str) -> str:
        return self.rewrite(text).text

    def is_part_of_identifier(self, word: str) -> bool:
        """Whether ``word`` holds an identifier or is part of one ("wei" of
        "Zhang Wei", "伟" of "张伟", "rongch" of "Rongcheng" cut by the edge
        of a coding): word lists leave such words out."""
        folded = " ".join(fold(word).split())
        if not folded:
            return False
        return any(folded in original for original in self._folded) or bool(self.leaks(word))
