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
stop words, punctuation, numbers and symbols are left out.  Chinese is cut
into words (失信, 被执行人; :mod:`qcode.analysis.nlp`), in a Chinese document
and in the Chinese quotes of a document in another language.  Arabic-script
and Hebrew words are counted folded (no harakat, tatweel or points, one
alef, ى ی → ي...: :func:`qcode.io.scripts.fold_for_counting`) and shown as
they are most often written there, without their marks.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from qcode.analysis.filters import Filters, Scope
from qcode.analysis.intervals import merged
from qcode.analysis.nlp import language_of, load_pipeline
from qcode.core.project import Project
from qcode.io.scripts import FOLDABLE, without_marks
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
        # Where the words start: the words before a position are a binary
        # search away (a running count over every character cost 2/3 of
        # counting the words of 200,000 codings in 1,000 interviews).
        self._starts = np.flatnonzero(starts)
        self._pairs = np.append(pairs, np.uint8(0))  # one past the end: no word

    def count(self, starts: Sequence[int], ends: Sequence[int]) -> list[int]:
        """Words in each ``text[start:end]``."""
        return self.counts(starts, ends).tolist()  # type: ignore[no-any-return]

    def counts(
        self,
        starts: Sequence[int] | npt.NDArray[np.int64],
        ends: Sequence[int] | npt.NDArray[np.int64],
    ) -> npt.NDArray[np.int32]:
        """:meth:`count` as a numpy array."""
        import numpy as np

        first = np.asarray(starts, dtype=np.intp)
        last = np.asarray(ends, dtype=np.intp)
        # A span starting inside a word (a letter after a letter) gets that
        # word's tail as one more word.
        inside = self._pairs[first] == 3 * _LETTER + _LETTER
        counts = self._starts.searchsorted(last) - self._starts.searchsorted(first) + inside
        counts[last <= first] = 0  # an empty span holds no word, not even a tail
        return np.asarray(counts, dtype=np.int32)

    def total(self) -> int:
        return len(self._starts)


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
    spellings = Spellings()
    if code is None:
        for doc in documents:
            counts.update(_whole_text_lemmas(project, scope, doc, spellings))
    else:
        code_ids = {code.id}
        if include_subcodes:
            code_ids.update(c.id for c in scope.codebook.walk(code.id))
        reader = project.reader.coding_sweep(code_ids, scope.coder_ids, scope.origins)
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
                lang = language_of(doc.attributes)
                counts.update(lemmas_of_passages(passages, lang, spellings))
    return spellings.ranked(counts, limit)


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
    reader = project.reader.coding_sweep(scope.code_ids, scope.coder_ids, scope.origins)
    counts: dict[int, Counter[str]] = {}
    spellings = Spellings()
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
            for code_id, found in _lemmas_by_label(labelled, lang, spellings):
                counts.setdefault(code_id, Counter()).update(found)
        if tick is not None:
            tick()
    return [
        (code, spellings.ranked(counts[code.id], limit))
        for code in scope.codes()
        if code.id in counts
    ]


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
        spellings = Spellings()
        found = _whole_text_lemmas(project, scope, doc, spellings)
        if tick is not None:
            tick()
        yield doc, spellings.ranked(found, limit)


def _whole_text_lemmas(
    project: Project, scope: Scope, document: Document, spellings: Spellings
) -> Counter[str]:
    """The lemmas of a document's text, or of the part the speaker filter keeps."""
    text = project.text(document)
    lang = language_of(document.attributes)
    kept = scope.kept_text(project, document)
    passages = [text] if kept is None else [text[start:end] for start, end in kept.spans]
    return lemmas_of_passages(passages, lang, spellings)


class Spellings:
    """How the words counted folded (Arabic script, Hebrew) were written:
    a list shows each as it is most often written, marks left out."""

    def __init__(self) -> None:
        self.seen: dict[str, Counter[str]] = {}

    def add(self, norm: str, written: str) -> None:
        self.seen.setdefault(norm, Counter())[without_marks(written)] += 1

    def shown(self, norm: str) -> str:
        forms = self.seen.get(norm)
        if not forms:
            return norm
        return min(forms.items(), key=lambda item: (-item[1], item[0]))[0]

    def ranked(self, counts: Counter[str], limit: int | None) -> list[tuple[str, int]]:
        """``counts`` most frequent first (ties by word), words as shown."""
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        if limit is not None:
            ranked = ranked[:limit]
        return [(self.shown(norm), count) for norm, count in ranked]


def lemmas(text: str, lang: str = "en") -> Counter[str]:
    """Lower-cased lemmas of the content words of ``text``."""
    return lemmas_of_passages([text], lang)


def lemmas_of_passages(
    passages: Sequence[str], lang: str = "en", spellings: Spellings | None = None
) -> Counter[str]:
    """Lower-cased lemmas of the content words of several passages."""
    counts: Counter[str] = Counter()
    labelled = [(passage, 0) for passage in passages]
    for _label, found in _lemmas_by_label(labelled, lang, spellings):
        counts.update(found)
    return counts


def _lemmas_by_label(
    passages: Sequence[tuple[str, int]], lang: str, spellings: Spellings | None = None
) -> Iterator[tuple[int, list[str]]]:
    """(label, content-word lemmas) of each labelled passage, through one
    ``nlp.pipe`` (long passages go in pieces, each piece with its label)."""
    nlp = load_pipeline(lang)
    stop_words = nlp.Defaults.stop_words
    pieces = ((piece, label) for passage, label in passages for piece in _pieces(passage))
    for doc, label in nlp.pipe(pieces, batch_size=64, as_tuples=True):
        found: list[str] = []
        for token in doc:
            if (
                token.is_stop
                or token.is_punct
                or token.is_space
                or token.like_num
                or not any(char.isalpha() for char in token.text)
            ):
                continue
            norm = token.norm_
            if lang != "zh" and _HAN.search(norm):
                found += _chinese_quote_words(token.text)  # 信用 quoted in English
            elif norm and norm not in stop_words:
                found.append(norm)
                if spellings is not None and not norm.isascii() and FOLDABLE.search(norm):
                    spellings.add(norm, token.lower_)
        yield label, found


# Chinese characters (as in the table above, without kana and radicals).
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_HAN_RUN = re.compile(f"{_HAN.pattern}+")


def _chinese_quote_words(text: str) -> list[str]:
    """The Chinese words of a token that the pipeline of another language
    left whole ("这个问题很多人问"), cut and sifted as in a Chinese document;
    what is not Chinese in it counts as one lower-cased word if it holds a
    letter."""
    tokenizer = load_pipeline("zh").tokenizer
    words = []
    last = 0
    for run in [*_HAN_RUN.finditer(text), None]:
        start, end = (len(text), len(text)) if run is None else run.span()
        rest = text[last:start]
        if any(char.isalpha() for char in rest):
            words.append(rest.lower())
        if run is not None:
            words += [
                token.text
                for token in tokenizer(run.group())
                if not (token.is_stop or token.is_punct or token.is_space or token.like_num)
            ]
        last = end
    return words


_PIECE = 100_000  # spaCy refuses texts over nlp.max_length (a million characters)


def _pieces(text: str) -> Iterable[str]:
    """``text`` in pieces of at most about 100,000 characters, cut at line ends
    (or anywhere, for a longer line)."""
    while len(text) > _PIECE:
        cut = text.rfind("\n", 0, _PIECE) + 1 or _PIECE
        yield text[:cut]
        text = text[cut:]
    yield text
