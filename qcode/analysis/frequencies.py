"""Code frequencies: how much of the material each code covers.

For every code, two sets of figures, always labelled:

* **own**: the code's own codings;
* **with sub-codes**: the code's codings together with those of all its
  sub-codes, at any depth (for a code without sub-codes, the same as own).

Each set counts

* ``segments``: codings;
* ``documents``: documents with at least one of them;
* ``characters``: distinct characters covered, so where codings overlap
  (two coders, or a code and its sub-code) the overlap counts once;
* ``words``: words in those distinct characters (the rule of
  :mod:`qcode.analysis.words`: runs of letters and digits, each Chinese or
  Japanese character one word);
* ``coders``: distinct coders who made them.

Breakdowns give the same figures per code *and* document, coder, value of
one document attribute, case, or value of one case attribute
(:func:`frequency_breakdown`).  By case, a coding counts for each case it
belongs to (see :meth:`~qcode.core.project.Project.case_codings`), and
codings of no case are grouped as ``"(no case)"``.

How: each document's codings are read sorted by start (SQLite does the
sorting) and swept once, keeping for every figure being counted the run of
covered text still open; a run closes when a coding starts after its end, and
its words are counted from a per-document prefix sum (numpy), so no step
loops over characters in Python.  For 200,000 codings over 1,000 documents of
50,000 characters, ``qcode bench`` reports the time (about half a second).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import asdict, dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Literal

from qcode.analysis.filters import Filters, Scope, attribute_text
from qcode.analysis.words import WordCounter
from qcode.core.project import Project
from qcode.core.reader import CodingReader, Span
from qcode.core.surveys import RESPONDENT
from qcode.model import Code

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

BREAKDOWNS = ("document", "coder", "attribute", "case", "case-attribute")
Breakdown = Literal["document", "coder", "attribute", "case", "case-attribute"]
NOT_SET = "(not set)"  # the group of documents (or cases) without the attribute
NO_CASE = "(no case)"  # the group of codings that belong to no case


@dataclass(frozen=True)
class Counts:
    """Figures for one code (own, or with sub-codes) in one group."""

    segments: int = 0
    documents: int = 0
    characters: int = 0
    words: int = 0
    coders: int = 0

    def as_json(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class CodeFrequency:
    """One code's figures, in codebook order (``depth`` 0 is a top-level code)."""

    code: Code
    path: str
    depth: int
    own: Counts
    with_subcodes: Counts

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.path,
            "own": self.own.as_json(),
            "with_subcodes": self.with_subcodes.as_json(),
        }


@dataclass(frozen=True)
class BreakdownRow:
    """One code's figures within one group (a document, coder or attribute value)."""

    code: Code
    path: str
    depth: int
    group: str
    own: Counts
    with_subcodes: Counts

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.path,
            "group": self.group,
            "own": self.own.as_json(),
            "with_subcodes": self.with_subcodes.as_json(),
        }


def code_frequencies(project: Project, filters: Filters | None = None) -> list[CodeFrequency]:
    """Every code in scope, in codebook order, with own and rolled-up figures
    (codes never used show zeros)."""
    # Ids are enough: 100,000 survey answers need not be listed with their attributes.
    scope = (filters or Filters()).resolve(project, list_documents=False)
    tallies = _sweep(project, scope, _whole_project)
    rows = []
    for code in scope.codes():
        own, rolled = _pair(tallies, code.id, None)
        rows.append(
            CodeFrequency(
                code, scope.codebook.path(code.id), scope.codebook.depth(code.id), own, rolled
            )
        )
    return rows


def frequency_breakdown(
    project: Project,
    by: Breakdown,
    filters: Filters | None = None,
    *,
    attribute: str | None = None,
) -> list[BreakdownRow]:
    """Code figures per document, per coder, per value of the document
    attribute ``attribute``, per case, or per value of the case attribute
    ``attribute`` ("case-attribute").

    Only the (code, group) pairs with at least one coding are listed, by
    code in codebook order, then by group (documents in display order,
    coders, cases and values alphabetically; documents or cases without the
    attribute are grouped as ``"(not set)"``, and codings of no case as
    ``"(no case)"``, last).
    """
    scope = (filters or Filters()).resolve(project)
    # Each group's (sort key, label).
    labels: dict[Hashable, tuple[Any, str]]
    if by == "document":
        labels = {d.id: ((i,), d.name) for i, d in enumerate(scope.documents)}
        tallies = _sweep(project, scope, lambda document_id: document_id)
    elif by == "coder":
        labels = {c.id: ((c.name.casefold(), c.id), c.name) for c in project.coders()}
        tallies = _sweep(project, scope, None)
    elif by == "attribute":
        if not attribute:
            raise ValueError("a breakdown by attribute needs the attribute's name")
        tallies = _sweep(project, scope, _attribute_value(project, attribute))
        values = {str(group) for _code, group, _kind in tallies}
        labels = {value: ((value == NOT_SET, value.casefold()), value) for value in values}
    elif by == "case":
        cases = project.cases()
        of_coding = project.coding_cases()
        alone = (NO_CASE,)
        tallies = _sweep(project, scope, None, lambda coding_id: of_coding.get(coding_id, alone))
        labels = {case.id: ((0, i), case.name) for i, case in enumerate(cases)}
        labels[NO_CASE] = ((1, 0), NO_CASE)
    elif by == "case-attribute":
        if not attribute:
            raise ValueError("a breakdown by case attribute needs the attribute's name")
        tallies = _sweep(project, scope, None, case_values_of_codings(project, attribute))
        values = {str(group) for _code, group, _kind in tallies}
        labels = {
            value: ((value == NO_CASE, value == NOT_SET, value.casefold()), value)
            for value in values
        }
    else:
        raise ValueError(f"unknown breakdown '{by}' (one of {', '.join(BREAKDOWNS)})")
    groups_by_code: dict[int, set[Hashable]] = {}
    for code_id, group, _kind in tallies:
        groups_by_code.setdefault(code_id, set()).add(group)
    rows = []
    for code in scope.codes():
        path, depth = scope.codebook.path(code.id), scope.codebook.depth(code.id)
        groups = groups_by_code.get(code.id, set())
        for group in sorted(groups, key=lambda group: labels.get(group, ((), "?"))[0]):
            own, rolled = _pair(tallies, code.id, group)
            label = labels.get(group, ((), "?"))[1]
            rows.append(BreakdownRow(code, path, depth, label, own, rolled))
    return rows


def case_values_of_codings(project: Project, attribute: str) -> Callable[[int], tuple[str, ...]]:
    """Coding id → the distinct values of ``attribute`` among its cases
    (``"(not set)"`` for a case without it; ``"(no case)"`` for a coding of
    no case), in text order."""
    values: dict[int, str] = {}
    for case in project.cases():
        value = case.attributes.get(attribute)
        values[case.id] = NOT_SET if value is None else attribute_text(value)
    of_coding = project.coding_cases()
    by_cases: dict[tuple[int, ...], tuple[str, ...]] = {}
    alone = (NO_CASE,)

    def groups(coding_id: int) -> tuple[str, ...]:
        case_ids = of_coding.get(coding_id)
        if case_ids is None:
            return alone
        found = by_cases.get(case_ids)
        if found is None:
            found = by_cases[case_ids] = tuple(sorted({values[i] for i in case_ids}))
        return found

    return groups


def _whole_project(_document_id: int) -> Hashable:
    return None


def _attribute_value(project: Project, name: str) -> Callable[[int], Hashable]:
    """A document's value of ``name`` as text (a survey's answer: its
    respondent's, see :mod:`qcode.analysis.filters`)."""
    held = project.reader.attribute_values(name, RESPONDENT)

    def value_of(document_id: int) -> Hashable:
        value = held.get(document_id)
        return NOT_SET if value is None else attribute_text(value)

    return value_of


# -- the sweep ----------------------------------------------------------------------

_OWN, _ROLLED = 0, 1
_Key = tuple[int, Hashable, int]  # (code, group, own or rolled)


class _Tally:
    """Running figures for one (code, group, own/rolled) while sweeping."""

    __slots__ = (
        "characters",
        "coders",
        "document",
        "documents",
        "index",
        "run_end",
        "run_start",
        "segments",
        "words",
    )

    def __init__(self, index: int) -> None:
        self.index = index  # its place among all tallies, for summing runs with numpy
        self.segments = self.documents = self.characters = self.words = 0
        self.document = -1  # the document of the open run
        self.run_start = self.run_end = 0
        self.coders: set[int] = set()

    def counts(self) -> Counts:
        return Counts(self.segments, self.documents, self.characters, self.words, len(self.coders))


def _pair(tallies: dict[_Key, _Tally], code_id: int, group: Hashable) -> tuple[Counts, Counts]:
    own = tallies.get((code_id, group, _OWN))
    rolled = tallies.get((code_id, group, _ROLLED), own)
    return (
        Counts() if own is None else own.counts(),
        Counts() if rolled is None else rolled.counts(),
    )


def _sweep(
    project: Project,
    scope: Scope,
    group_of: Callable[[int], Hashable] | None,
    coding_groups: Callable[[int], Sequence[Hashable]] | None = None,
) -> dict[_Key, _Tally]:
    """Tallies for every (code, group) with codings in scope; the groups are
    ``coding_groups(coding id)`` when given, else ``group_of(document)``, or
    the coder when ``group_of`` is None.

    A code without sub-codes has no rolled-up tally of its own: its own
    tally serves for both (see :func:`_pair`).
    """
    codebook = scope.codebook
    has_children = {code.parent_id for code in codebook.codes.values()}
    tallies: dict[_Key, _Tally] = {}
    # Per group, per code: the tallies one of the code's codings counts towards.
    targets: dict[Hashable, dict[int, tuple[_Tally, ...]]] = {}

    def targets_of(code_id: int, group: Hashable) -> tuple[_Tally, ...]:
        keys: list[_Key] = [(code_id, group, _OWN)]
        if code_id in has_children:
            keys.append((code_id, group, _ROLLED))
        parent = codebook.codes[code_id].parent_id
        while parent is not None:
            if scope.includes_code(parent):
                keys.append((parent, group, _ROLLED))
            parent = codebook.codes[parent].parent_id
        for key in keys:
            if key not in tallies:
                tallies[key] = _Tally(len(tallies))
        found = tuple(tallies[key] for key in keys)
        targets.setdefault(group, {})[code_id] = found
        return found

    import numpy as np

    reader = project.reader.coding_sweep(scope.code_ids, scope.coder_ids)
    # Every closed run of covered text: its tally's index, start and end.
    run_tallies: list[int] = []
    run_starts: list[int] = []
    run_ends: list[int] = []
    run_words: list[npt.NDArray[np.int32]] = []
    counting = _RunWords(project, run_starts, run_ends, run_words)
    by_coder = group_of is None and coding_groups is None
    for doc_id, parts in _documents_with_parts(project, scope, reader, group_of, coding_groups):
        first_run = len(run_starts)
        touched: list[_Tally] = []
        for group, spans in parts:
            group_targets = targets.setdefault(group, {})
            for code_id, start, end, coder_id in spans:
                if by_coder:
                    group = coder_id
                    group_targets = targets.setdefault(group, {})
                found = group_targets.get(code_id) or targets_of(code_id, group)
                for tally in found:
                    tally.segments += 1
                    tally.coders.add(coder_id)
                    if tally.document != doc_id:
                        tally.document = doc_id
                        tally.documents += 1
                        tally.run_start, tally.run_end = start, end
                        touched.append(tally)
                    elif start > tally.run_end:
                        run_tallies.append(tally.index)
                        run_starts.append(tally.run_start)
                        run_ends.append(tally.run_end)
                        tally.run_start, tally.run_end = start, end
                    elif end > tally.run_end:
                        tally.run_end = end
        for tally in touched:
            run_tallies.append(tally.index)
            run_starts.append(tally.run_start)
            run_ends.append(tally.run_end)
        counting.add(doc_id, first_run)
    counting.flush()
    if run_tallies:
        index = np.asarray(run_tallies, dtype=np.intp)
        lengths = np.asarray(run_ends, dtype=np.int64) - np.asarray(run_starts, dtype=np.int64)
        characters = np.bincount(index, weights=lengths, minlength=len(tallies)).tolist()
        words = np.bincount(index, weights=np.concatenate(run_words), minlength=len(tallies))
        for tally in tallies.values():
            tally.characters = int(characters[tally.index])
            tally.words = int(words[tally.index])
    return tallies


# Documents whose codings are read in one query (a survey's short answers).
_SPAN_BATCH = 2000


def _documents_with_parts(
    project: Project,
    scope: Scope,
    reader: CodingReader,
    group_of: Callable[[int], Hashable] | None,
    coding_groups: Callable[[int], Sequence[Hashable]] | None,
) -> Iterator[tuple[int, list[tuple[Hashable, list[Span]]]]]:
    """Each document with codings in scope (its id), with its codings
    (passing the speaker filter) by group, each group's sorted by start.  A
    coding of several groups (cases) is in each; by coder, the group is
    ``None`` here."""
    if coding_groups is None and scope.speakers is None:
        # No filter on text within a document: codings are read a batch of
        # documents at a time, in the documents' order.
        ids = scope.ids(project)
        for first in range(0, len(ids), _SPAN_BATCH):
            batch = ids[first : first + _SPAN_BATCH]
            found = reader.spans_of(batch)
            for document_id in batch:
                spans = found.get(document_id)
                if spans:
                    group = None if group_of is None else group_of(document_id)
                    yield document_id, [(group, spans)]
        return
    for document in scope.documents:
        kept = scope.kept_text(project, document)
        if kept is not None and kept.empty:
            continue
        if coding_groups is None:
            spans = reader.spans(document.id)
            if kept is not None:
                spans = [span for span in spans if kept.holds(span[1])]
            if spans:
                group = None if group_of is None else group_of(document.id)
                yield document.id, [(group, spans)]
            continue
        parts: dict[Hashable, list[Span]] = {}
        for coding_id, _uuid, code_id, start, end, coder_id, _at in reader.rows(document.id):
            if kept is None or kept.holds(start):
                for group in coding_groups(coding_id):
                    parts.setdefault(group, []).append((code_id, start, end, coder_id))
        if parts:
            yield document.id, list(parts.items())


class _RunWords:
    """Counts the words of the closed runs, many documents' at once: their
    texts are joined by a line break (no word crosses it, and it is what
    comes before a text's first character to the word rule), so a survey's
    100,000 short answers make a few thousand counters, not 100,000."""

    # Characters joined before counting.  Small on purpose: a counter holds
    # about 12 bytes per character in numpy arrays, and once those outgrow
    # the CPU's cache a character costs several times more (4 million joined
    # made frequencies over 1,000 interviews 1.6 times slower); a longer text
    # (an interview) is counted on its own.
    _CHARACTERS = 20_000

    def __init__(
        self,
        project: Project,
        starts: list[int],
        ends: list[int],
        words: list[npt.NDArray[np.int32]],
    ) -> None:
        self._project = project
        self._starts, self._ends, self._words = starts, ends, words
        self._documents: list[tuple[int, int]] = []  # (id, its first run)
        self._first = 0  # the first run not counted yet
        self._characters = 0

    def add(self, document_id: int, first_run: int) -> None:
        """The runs from ``first_run`` on are this document's."""
        self._documents.append((document_id, first_run))
        self._characters += max(self._ends[first_run:], default=0)
        if self._characters >= self._CHARACTERS:
            self.flush()

    def flush(self) -> None:
        import numpy as np

        if not self._documents:
            return
        texts = list(self._project.reader.texts([i for i, _ in self._documents]))
        firsts = [first for _, first in self._documents] + [len(self._starts)]
        offsets = np.zeros(len(texts), dtype=np.int64)
        np.cumsum([len(text) + 1 for text in texts[:-1]], out=offsets[1:])
        runs = [after - before for before, after in pairwise(firsts)]
        shift = np.repeat(offsets, runs)
        starts = np.asarray(self._starts[self._first :], dtype=np.int64) + shift
        ends = np.asarray(self._ends[self._first :], dtype=np.int64) + shift
        counter = WordCounter("\n".join(texts))
        self._words.append(counter.counts(starts.tolist(), ends.tolist()))
        self._first = len(self._starts)
        self._documents.clear()
        self._characters = 0
