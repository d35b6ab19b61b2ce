"""Reading a project for the suggestion model, one document at a time.

Each document is analysed (spaCy: sentences, lemmas) and dropped: only each
unit's place, speaker and grams (:mod:`.features`) are kept, so memory grows
with the words of the project, never with whole analysed documents.  Units
of documents the team has coded are *labelled*: positive for each code that
covers them (:func:`qcode.analysis.suggestions.learn.overlaps_enough`), and
explicitly negative for a code whose suggestion there was rejected.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from qcode.analysis.nlp import Unit, language_of, load_pipeline, units_of_doc
from qcode.analysis.suggestions.features import GramTable, counted, gram_hashes
from qcode.analysis.suggestions.learn import overlaps_enough
from qcode.core.project import Project
from qcode.model import Document

Ints = npt.NDArray[np.int64]


def document_units(project: Project, document: Document, pipeline: str, unit: str) -> list[Unit]:
    """The units of a document: sentences (or whole speaker turns), each
    starting after its speaker's label."""
    nlp = load_pipeline(language_of(document.attributes), pipeline)
    turns = project.speaker_turns(document)
    spans = [(t.start, t.end) for t in turns] if unit == "turn" else []
    labels = [(t.start, t.start + len(t.speaker) + 1) for t in turns if t.speaker]
    return units_of_doc(nlp(project.text(document)), document.id, spans, labels)


def speakers_of(project: Project, document: Document, units: Sequence[Unit]) -> list[str]:
    """Who speaks each unit ("" where no speaker turn holds it)."""
    turns = sorted(project.speaker_turns(document), key=lambda t: t.start)
    starts = [t.start for t in turns]
    from bisect import bisect_right

    found = []
    for unit in units:
        index = bisect_right(starts, unit.start) - 1
        inside = index >= 0 and turns[index].start <= unit.start < turns[index].end
        found.append(turns[index].speaker if inside else "")
    return found


@dataclass
class ProjectUnits:
    """The units read, in reading order (documents in project order)."""

    documents: list[tuple[int, str, int, int]] = field(default_factory=list)  # id, sha, first, n
    document_of: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    speaker_of: list[int] = field(default_factory=list)  # index into speakers
    speakers: list[str] = field(default_factory=list)
    labelled: list[bool] = field(default_factory=list)
    positives: list[tuple[int, int]] = field(default_factory=list)  # (unit, code index)
    rejected: list[tuple[int, int]] = field(default_factory=list)  # (unit, code index)
    grams: list[tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint16]]] = field(default_factory=list)
    sampled: bool = False  # documents were left out to stay within the limits

    @property
    def count(self) -> int:
        return len(self.starts)

    def table(self) -> GramTable:
        return GramTable.of(self.grams)

    def add(
        self,
        document: Document,
        units: Sequence[Unit],
        speakers: Sequence[str],
        labels: tuple[list[list[int]], list[list[int]]] | None,
    ) -> None:
        first = self.count
        self.documents.append((document.id, document.sha256, first, len(units)))
        known = {name: i for i, name in enumerate(self.speakers)}
        for number, (unit, speaker) in enumerate(zip(units, speakers, strict=True)):
            if speaker not in known:
                known[speaker] = len(self.speakers)
                self.speakers.append(speaker)
            self.document_of.append(document.id)
            self.starts.append(unit.start)
            self.ends.append(unit.end)
            self.speaker_of.append(known[speaker])
            self.grams.append(counted(gram_hashes(unit.norms)))
            self.labelled.append(labels is not None)
            if labels is not None:
                self.positives += [(first + number, code) for code in labels[0][number]]
                self.rejected += [(first + number, code) for code in labels[1][number]]

    def labelled_only(self, keep: npt.NDArray[np.bool_]) -> ProjectUnits:
        """The same passages, labelled only where ``keep`` (the others become
        unlabelled text, as in a held-out part of an evaluation)."""
        return ProjectUnits(
            documents=self.documents,
            document_of=self.document_of,
            starts=self.starts,
            ends=self.ends,
            speaker_of=self.speaker_of,
            speakers=self.speakers,
            labelled=[bool(a and b) for a, b in zip(self.labelled, keep.tolist(), strict=True)],
            positives=[(u, c) for u, c in self.positives if keep[u]],
            rejected=[(u, c) for u, c in self.rejected if keep[u]],
            grams=self.grams,
            sampled=self.sampled,
        )

    def arrays(self) -> tuple[Ints, Ints, npt.NDArray[np.bool_]]:
        """(document of each unit, speaker of each unit, which are labelled)."""
        return (
            np.asarray(self.document_of, np.int64),
            np.asarray(self.speaker_of, np.int64),
            np.asarray(self.labelled, bool),
        )


def label(
    units: Sequence[Unit],
    codings: Sequence[tuple[int, int, int]],
    rejections: Sequence[tuple[int, int, int]],
) -> tuple[list[list[int]], list[list[int]]]:
    """Per unit: the codes ``(code index, start, end)`` label it with, and the
    codes rejected there (a rejection overrides a weak overlap)."""
    positive: list[list[int]] = []
    negative: list[list[int]] = []
    for unit in units:
        refused = {c for c, s, e in rejections if min(unit.end, e) > max(unit.start, s)}
        coded = {c for c, s, e in codings if overlaps_enough(unit.start, unit.end, s, e)} - refused
        positive.append(sorted(coded))
        negative.append(sorted(refused))
    return positive, negative


def choose_documents(
    documents: Sequence[Document],
    coded: set[int],
    *,
    characters: int,
    seed: int = 0,
) -> tuple[list[Document], bool]:
    """The documents to read within a budget of ``characters``: coded ones
    first (a random sample of them if they do not all fit), then uncoded ones
    (the project's unlabelled text) while room is left.  Returns them coded
    first, each group in project order, and whether any was left out."""
    rng = random.Random(seed)
    labelled = [d for d in documents if d.id in coded]
    others = [d for d in documents if d.id not in coded]
    chosen: list[Document] = []
    left = characters
    for group in (labelled, others):
        order = list(group)
        if sum(d.length for d in order) > left:
            rng.shuffle(order)
        for document in order:
            if document.length <= left or not chosen:
                chosen.append(document)
                left -= document.length
    keep = {d.id for d in chosen}
    ordered = [d for d in labelled if d.id in keep] + [d for d in others if d.id in keep]
    return ordered, len(keep) < len(documents)


def read_project(
    project: Project,
    code_index: dict[int, int],
    *,
    pipeline: str,
    unit: str,
    characters: int | Callable[[], int],
    max_units: int | None = None,
    coder: str | None = None,
    report: Callable[[int, int, int], None] | None = None,
) -> ProjectUnits:
    """Read the project's documents (within ``characters`` and ``max_units``);
    ``code_index`` maps the learnable codes' ids to their index; ``coder``:
    only that coder's coding labels units (to evaluate against one coder).
    ``characters`` may be a function, asked once the project's codings and
    list of documents are in memory (on a survey of 100,000 answers they
    take 100 MB, which a memory cap must count)."""
    codings: dict[int, list[tuple[int, int, int]]] = {}
    for coding in project.codings(coder=coder):
        if coding.code_id in code_index:
            codings.setdefault(coding.document_id, []).append(
                (code_index[coding.code_id], coding.start, coding.end)
            )
    rejections: dict[int, list[tuple[int, int, int]]] = {}
    for document_id, code_id, start, end in project.reader.rejections():
        if code_id in code_index:
            rejections.setdefault(document_id, []).append((code_index[code_id], start, end))
    every = project.documents()
    room = characters() if callable(characters) else characters
    documents, sampled = choose_documents(every, set(codings), characters=room)
    del every
    read = ProjectUnits(sampled=sampled)
    for number, document in enumerate(documents):
        if max_units is not None and read.count >= max_units:
            read.sampled = True
            break
        units = [u for u in document_units(project, document, pipeline, unit) if u.norms]
        labels = None
        if document.id in codings:
            labels = label(units, codings[document.id], rejections.get(document.id, []))
        read.add(document, units, speakers_of(project, document, units), labels)
        if report is not None:
            report(number + 1, len(documents), read.count)
    return read
