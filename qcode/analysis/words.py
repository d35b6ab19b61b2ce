"""Words: how many a passage holds, and which words a code's passages use.

**Counting words** (the "words" column of code frequencies) follows one
simple rule that works for every script without a language model:

* a word is a run of letters, digits and combining marks (``str.isalnum``,
  Unicode categories M*): "don't" is two words, "COVID-19" two, "2021" one;
* each Chinese, Japanese or Korean ideograph and each kana is a word of its
  own, since those scripts put no spaces between words: "社会信用" is four;
* a word cut by the edge of a passage still counts once in that passage.

Scripts such as Thai or Khmer, also written without spaces, count a whole
run as one word.  The rule is applied with numpy over a character-class
table, so counting never loops over characters in Python.

**Word frequencies** (:func:`word_frequencies`) are different: spaCy splits
and lemmatises the text for the document's language (``language``
attribute), so "blacklisted" and "blacklists" both count as "blacklist";
stop words, punctuation, numbers and symbols are left out.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from qcode.analysis.filters import Filters, Scope
from qcode.analysis.nlp import language_of, load_pipeline
from qcode.core.project import Project
from qcode.model import Code, Document

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

_TABLE_SIZE = 0x40000  # planes 0–3; everything above (private use, tags) is not a word
_OTHER, _LETTER, _IDEOGRAPH = 0, 1, 2
# Scripts whose every character is a word: CJK ideographs, kana, ideographic marks.
_IDEOGRAPH_RANGES = (
    (0x2E80, 0x2FDF),  # CJK and Kangxi radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),  # Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3FFFF),  # CJK extensions B onwards (𠮷)
)


@functools.lru_cache(maxsize=1)
def _classes() -> npt.NDArray[np.uint8]:
    """Each code point's class (other, letter/digit/mark, ideograph); built once."""
    import numpy as np

    table = bytearray(_TABLE_SIZE)
    for code_point in range(_TABLE_SIZE):
        char = chr(code_point)
        if char.isalnum() or unicodedata.category(char)[0] == "M":
            table[code_point] = _LETTER
    for first, last in _IDEOGRAPH_RANGES:
        table[first : last + 1] = bytes([_IDEOGRAPH]) * (last + 1 - first)
    return np.frombuffer(bytes(table), dtype=np.uint8)


class WordCounter:
    """Counts words (the rule above) in any spans of one text, quickly."""

    def __init__(self, text: str) -> None:
        import numpy as np

        # numpy copies a str's code points in C; it drops trailing NULs, hence the check.
        code_points = np.array(text).reshape(1).view(np.uint32)
        if len(code_points) != len(text):
            code_points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
        # Each character's class, then 3 × class + the previous character's.
        classes = _classes().take(code_points, mode="clip")
        pairs = classes * np.uint8(3)
        pairs[1:] += classes[:-1]
        # A word starts at an ideograph (pairs 6–8) or at a letter after
        # something other than a letter (3: after other, 5: after an ideograph).
        starts = (pairs >= 3 * _IDEOGRAPH) | (pairs == 3 * _LETTER + _OTHER)
        starts |= pairs == 3 * _LETTER + _IDEOGRAPH
        self._before = np.zeros(len(classes) + 1, dtype=np.int32)
        np.cumsum(starts, out=self._before[1:])
        self._pairs = np.append(pairs, np.uint8(0))  # one past the end: no word

    def count(self, starts: Sequence[int], ends: Sequence[int]) -> list[int]:
        """Words in each ``text[start:end]``."""
        return self.counts(starts, ends).tolist()  # type: ignore[no-any-return]

    def counts(self, starts: Sequence[int], ends: Sequence[int]) -> npt.NDArray[np.int32]:
        """:meth:`count` as a numpy array."""
        import numpy as np

        first = np.asarray(starts, dtype=np.intp)
        last = np.asarray(ends, dtype=np.intp)
        # A span starting inside a word (a letter after a letter) gets that
        # word's tail as one more word.
        inside = self._pairs[first] == 3 * _LETTER + _LETTER
        counts = self._before[last] - self._before[first] + inside
        counts[last <= first] = 0  # an empty span holds no word, not even a tail
        return np.asarray(counts, dtype=np.int32)

    def total(self) -> int:
        return int(self._before[-1])


def count_words(text: str) -> int:
    """Words in ``text`` (the rule in the module docstring)."""
    return WordCounter(text).total() if text else 0


# -- word frequencies -------------------------------------------------------------


def word_frequencies(
    project: Project,
    *,
    code: Code | None = None,
    document: Document | None = None,
    filters: Filters | None = None,
    include_subcodes: bool = True,
    limit: int | None = None,
) -> list[tuple[str, int]]:
    """Lemmatised word counts, most frequent first (ties by word).

    With ``code``: the text coded with it (and its sub-codes, unless
    ``include_subcodes`` is false) in the documents and by the coders that
    ``filters`` allow, each character once where codings overlap.  With
    ``document``: that document's whole text (whatever the document and
    attribute filters say), or only its text coded with ``code`` when both
    are given.  With neither: the whole text of every document the filters
    allow.
    """
    filters = filters or Filters()
    scope = filters.resolve(project)
    documents = scope.documents
    if document is not None:
        documents = [project.document(document.id)]  # as it is now (language)
    counts: Counter[str] = Counter()
    if code is None:
        for doc in documents:
            counts.update(_whole_text_lemmas(project, scope, doc))
    else:
        code_ids = {code.id}
        if include_subcodes:
            code_ids.update(c.id for c in scope.codebook.walk(code.id))
        reader = project.reader.coding_sweep(code_ids, scope.coder_ids)
        for doc in documents:
            kept = scope.kept_text(project, doc)
            spans = [
                (start, end)
                for _c, start, end, _coder in reader.spans(doc.id)
                if kept is None or kept.holds(start)
            ]
            if spans:
                text = project.text(doc)
                passages = [text[start:end] for start, end in merged(spans)]
                counts.update(lemmas_of_passages(passages, language_of(doc.attributes)))
    return _ranked(counts, limit)


def words_by_code(
    project: Project,
    filters: Filters | None = None,
    *,
    limit: int | None = 50,
    tick: Callable[[], None] | None = None,
) -> list[tuple[Code, list[tuple[str, int]]]]:
    """For every code in scope that has codings: the words of its own coded
    text (sub-codes not included), as :func:`word_frequencies` gives them,
    cut to the ``limit`` most frequent.  Reads each document once; ``tick``
    is called after each document (it may raise to stop)."""
    scope = (filters or Filters()).resolve(project)
    reader = project.reader.coding_sweep(scope.code_ids, scope.coder_ids)
    counts: dict[int, Counter[str]] = {}
    for doc in scope.documents:
        by_code: dict[int, list[tuple[int, int]]] = {}
        kept = scope.kept_text(project, doc)
        for code_id, start, end, _coder in reader.spans(doc.id):
            if kept is None or kept.holds(start):
                by_code.setdefault(code_id, []).append((start, end))
        if by_code:
            text = project.text(doc)
            labelled = [
                (text[start:end], code_id)
                for code_id, spans in by_code.items()
                for start, end in merged(spans)
            ]
            lang = language_of(doc.attributes)
            for code_id, found in _lemmas_by_label(labelled, lang):
                counts.setdefault(code_id, Counter()).update(found)
        if tick is not None:
            tick()
    return [(code, _ranked(counts[code.id], limit)) for code in scope.codes() if code.id in counts]


def words_by_document(
    project: Project,
    filters: Filters | None = None,
    *,
    limit: int | None = 50,
    tick: Callable[[], None] | None = None,
) -> Iterator[tuple[Document, list[tuple[str, int]]]]:
    """For every document in scope, the words of its whole text (as
    :func:`word_frequencies`), one document at a time."""
    scope = (filters or Filters()).resolve(project)
    for doc in scope.documents:
        found = _whole_text_lemmas(project, scope, doc)
        if tick is not None:
            tick()
        yield doc, _ranked(found, limit)


def _whole_text_lemmas(project: Project, scope: Scope, document: Document) -> Counter[str]:
    """The lemmas of a document's text, or of the part the speaker filter keeps."""
    text = project.text(document)
    lang = language_of(document.attributes)
    kept = scope.kept_text(project, document)
    if kept is None:
        return lemmas(text, lang)
    return lemmas_of_passages([text[start:end] for start, end in kept.spans], lang)


def _ranked(counts: Counter[str], limit: int | None) -> list[tuple[str, int]]:
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ranked if limit is None else ranked[:limit]


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted by start, merged where they overlap or touch."""
    runs: list[tuple[int, int]] = []
    for start, end in spans:
        if runs and start <= runs[-1][1]:
            if end > runs[-1][1]:
                runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def lemmas(text: str, lang: str = "en") -> Counter[str]:
    """Lower-cased lemmas of the content words of ``text``."""
    return lemmas_of_passages([text], lang)


def lemmas_of_passages(passages: Sequence[str], lang: str = "en") -> Counter[str]:
    """Lower-cased lemmas of the content words of several passages."""
    counts: Counter[str] = Counter()
    for _label, found in _lemmas_by_label([(passage, 0) for passage in passages], lang):
        counts.update(found)
    return counts


def _lemmas_by_label(
    passages: Sequence[tuple[str, int]], lang: str
) -> Iterator[tuple[int, list[str]]]:
    """(label, content-word lemmas) of each labelled passage, through one
    ``nlp.pipe`` (long passages go in pieces, each piece with its label)."""
    nlp = load_pipeline(lang)
    stop_words = nlp.Defaults.stop_words
    pieces = ((piece, label) for passage, label in passages for piece in _pieces(passage))
    for doc, label in nlp.pipe(pieces, batch_size=64, as_tuples=True):
        found = [
            token.norm_
            for token in doc
            if not (
                token.is_stop
                or token.is_punct
                or token.is_space
                or token.like_num
                or not any(char.isalpha() for char in token.text)
            )
        ]
        yield label, [norm for norm in found if norm and norm not in stop_words]


_PIECE = 100_000  # spaCy refuses texts over nlp.max_length (a million characters)


def _pieces(text: str) -> Iterable[str]:
    """``text`` in pieces of at most about 100,000 characters, cut at line ends
    (or anywhere, for a longer line)."""
    while len(text) > _PIECE:
        cut = text.rfind("\n", 0, _PIECE) + 1 or _PIECE
        yield text[:cut]
        text = text[cut:]
    yield text
