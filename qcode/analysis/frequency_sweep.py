"""The sweep behind code frequencies (:mod:`qcode.analysis.frequencies`),
done with numpy over every coding at once.

A *figure* is what one row of the frequencies shows in one group: a code's
own codings, or its codings with those of its sub-codes.  Each coding counts
towards its code's own figure, its code's rolled-up figure (when the code has
sub-codes) and the rolled-up figure of each ancestor in scope.

How, with no Python step per coding:

1. every coding is repeated once per figure it counts towards, keyed by
   (figure, group);
2. one stable sort by that key keeps each figure's codings in the order they
   came in: document by document, each document's by start;
3. overlapping or touching codings of one figure in one document merge into
   runs of covered text: a run ends where a coding starts after the furthest
   end so far (a running maximum, shifted per figure and document so that no
   run crosses from one to the next);
4. the words of each run are counted in its document's text (the rule of
   :mod:`qcode.analysis.words`), many short texts at a time.

``qcode bench`` measures it on 200,000 codings in 1,000 documents of 50,000
characters, and ``qcode bench --survey`` on 150,000 codings in 100,000 short
answers (target: half a second each); reading the codings and the texts, and
sorting each text's characters into words, is most of the time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.analysis.words import WordCounter
from qcode.core.project import Project
from qcode.model import Codebook

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Ints = npt.NDArray[np.int64]

OWN, ROLLED = 0, 1
# (code, group index, OWN or ROLLED)
Figure = tuple[int, int, int]
# segments, documents, characters, words, coders
Figures = tuple[int, int, int, int, int]


@dataclass(frozen=True)
class CodingTable:
    """The codings in scope, one entry per coding (or per coding and group,
    for a coding of several groups), grouped by document, each document's
    (within one group) by start.  ``groups`` are indices into the caller's
    list of groups."""

    documents: Ints
    codes: Ints
    starts: Ints
    ends: Ints
    coders: Ints
    groups: Ints

    @classmethod
    def of(
        cls,
        documents: Iterable[int],
        codes: Iterable[int],
        starts: Iterable[int],
        ends: Iterable[int],
        coders: Iterable[int],
        groups: Iterable[int],
    ) -> CodingTable:
        import numpy as np

        columns = (documents, codes, starts, ends, coders, groups)
        return cls(*(np.fromiter(column, dtype=np.int64) for column in columns))


def sweep(
    project: Project,
    codebook: Codebook,
    includes_code: Callable[[int], bool],
    table: CodingTable,
) -> dict[Figure, Figures]:
    """The figures of every (code, group, own or rolled-up) with codings in
    ``table``.  A code without sub-codes has no rolled-up figure of its own:
    its own serves for both."""
    import numpy as np

    count = len(table.codes)
    if count == 0:
        return {}
    code_ids, code_index = np.unique(table.codes, return_inverse=True)
    targets, flat, first = _targets(codebook, includes_code, code_ids.tolist())
    # Each coding repeated once per figure it counts towards.
    repeats = np.diff(first)[code_index]
    coding = np.repeat(np.arange(count), repeats)
    place = np.arange(len(coding)) - np.repeat(np.cumsum(repeats) - repeats, repeats)
    place += np.repeat(first[:-1][code_index], repeats)
    group_count = int(table.groups.max()) + 1
    key = flat[place] * group_count + table.groups[coding]
    del place, repeats, code_index
    order = np.argsort(key, kind="stable")  # stable: keeps document and start order
    key, coding = key[order], coding[order]
    new_figure = np.empty(len(key), dtype=bool)
    new_figure[0] = True
    np.not_equal(key[1:], key[:-1], out=new_figure[1:])
    figure = np.cumsum(new_figure) - 1
    figure_keys = key[new_figure]
    documents, starts = table.documents[coding], table.starts[coding]
    ends, coders = table.ends[coding], table.coders[coding]

    # A part: one figure's codings in one document.
    new_part = new_figure.copy()
    new_part[1:] |= documents[1:] != documents[:-1]
    # Shifting each part past the end of the one before keeps runs inside
    # parts; parts × the longest end stays far below 2**63.
    shift = (np.cumsum(new_part) - 1) * (int(ends.max()) + 1)
    furthest = np.maximum.accumulate(ends + shift)
    new_run = new_part.copy()
    new_run[1:] |= starts[1:] + shift[1:] > furthest[:-1]
    run_first = np.flatnonzero(new_run)
    run_last = np.append(run_first[1:] - 1, len(key) - 1)
    run_starts = starts[run_first]
    run_ends = furthest[run_last] - shift[run_first]
    run_figure = figure[run_first]

    run_documents = documents[run_first]

    size = len(figure_keys)
    segments = np.bincount(figure, minlength=size)
    in_documents = np.bincount(figure[new_part], minlength=size)
    coder_ids, coder_index = np.unique(coders, return_inverse=True)
    pairs = np.unique(figure * len(coder_ids) + coder_index)
    by_coders = np.bincount(pairs // len(coder_ids), minlength=size)
    characters = np.bincount(run_figure, weights=run_ends - run_starts, minlength=size)
    # What the words need is kept; the rest (tens of megabytes) goes first.
    del key, coding, order, documents, starts, ends, coders, shift, furthest
    del new_figure, new_part, new_run, figure, coder_index, pairs, run_first, run_last
    words = _run_words(project, run_documents, run_starts, run_ends)
    in_words = np.bincount(run_figure, weights=words, minlength=size)

    found: dict[Figure, Figures] = {}
    columns = zip(
        segments.tolist(),
        in_documents.tolist(),
        characters.astype(np.int64).tolist(),
        in_words.astype(np.int64).tolist(),
        by_coders.tolist(),
        strict=True,
    )
    for figure_key, figures in zip(figure_keys.tolist(), columns, strict=True):
        target, group = divmod(figure_key, group_count)
        code_id, kind = targets[target]
        found[(code_id, group, kind)] = figures
    return found


def _targets(
    codebook: Codebook, includes_code: Callable[[int], bool], code_ids: list[int]
) -> tuple[list[tuple[int, int]], Ints, Ints]:
    """Every (code, own or rolled-up) figure the codings of ``code_ids``
    count towards; for each of those codes (by index) the indices of its
    figures, flattened; and where each code's begin there (one more entry at
    the end)."""
    import numpy as np

    has_children = {code.parent_id for code in codebook.codes.values()}
    figures: dict[tuple[int, int], int] = {}
    flat: list[int] = []
    first = [0]
    for code_id in code_ids:
        keys = [(code_id, OWN)]
        if code_id in has_children:
            keys.append((code_id, ROLLED))
        parent = codebook.codes[code_id].parent_id
        while parent is not None:
            if includes_code(parent):
                keys.append((parent, ROLLED))
            parent = codebook.codes[parent].parent_id
        for key in keys:
            flat.append(figures.setdefault(key, len(figures)))
        first.append(len(flat))
    return list(figures), np.asarray(flat, dtype=np.int64), np.asarray(first, dtype=np.int64)


# Characters of short texts joined before counting their words.  Small on
# purpose: a counter holds about 12 bytes per character in numpy arrays, and
# once those outgrow the CPU's cache a character costs several times more;
# a longer text (an interview) is counted on its own.
_CHARACTERS = 20_000


def _run_words(project: Project, documents: Ints, starts: Ints, ends: Ints) -> Ints:
    """The words in each run ``text[start:end]`` of its document.  Short
    texts are joined by a line break (no word crosses it, and it is what
    comes before a text's first character to the word rule), so 100,000
    short answers make a few thousand counters, not 100,000."""
    import numpy as np

    # By document, each document's by start: sorted positions make the
    # counter's binary searches about twice as fast.
    order = np.argsort(documents * (int(ends.max()) + 1) + starts)
    by_document = documents[order]
    run_starts, run_ends = starts[order], ends[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = by_document[1:] != by_document[:-1]
    bounds = [*np.flatnonzero(first).tolist(), len(order)]  # each document's runs
    counted = np.zeros(len(order), dtype=np.int64)

    def count(begin: int, stop: int, texts: list[str]) -> None:
        """The runs of the documents ``begin`` to ``stop``, whose texts these are."""
        low, high = bounds[begin], bounds[stop]
        offsets = np.zeros(len(texts), dtype=np.int64)
        np.cumsum([len(text) + 1 for text in texts[:-1]], out=offsets[1:])
        shift = np.repeat(offsets, np.diff(bounds[begin : stop + 1]))
        counter = WordCounter(texts[0] if len(texts) == 1 else "\n".join(texts))
        found = counter.counts(run_starts[low:high] + shift, run_ends[low:high] + shift)
        counted[low:high] = found

    texts: list[str] = []
    characters = begin = 0
    for index, text in enumerate(project.reader.texts(by_document[first].tolist())):
        texts.append(text)
        characters += len(text) + 1
        if characters >= _CHARACTERS:
            count(begin, index + 1, texts)
            texts, characters, begin = [], 0, index + 1
    if texts:
        count(begin, len(bounds) - 1, texts)
    words = np.empty_like(counted)
    words[order] = counted
    return words
