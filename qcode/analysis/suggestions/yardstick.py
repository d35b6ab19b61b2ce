"""A colleague as the yardstick: how well suggestions do, beside how well a
second coder does on the same passages.

An F1 of 0.3 means little on its own: on a fine-grained codebook two careful
researchers may agree far less than on a coarse one.  So when suggestions
are judged against one coder's coding (``qcode suggest --evaluate --coder``),
every other coder who coded some of the same documents is judged the same
way, sentence by sentence against that coder, on exactly the passages the
suggestions were judged on — and the suggestions' figures on those passages
are given beside theirs.  "Suggestions reach 0.6 of a colleague's F1" is
then a statement about this project, this codebook and this team.

A passage counts as coded by the colleague with the same rule that makes it
a coded example of the coder (:func:`qcode.analysis.suggestions.learn.overlaps_enough`),
and a code rejected there counts for neither.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from qcode.analysis.suggestions.learn import overlaps_enough
from qcode.analysis.suggestions.reading import ProjectUnits
from qcode.analysis.suggestions.scores import Score, Yardstick
from qcode.core.project import Project

Bools = npt.NDArray[np.bool_]


def yardsticks(
    project: Project,
    read: ProjectUnits,
    code_index: dict[int, int],
    coder: str,
    judged: Bools,
    truth: Bools,
    chosen: Bools,
) -> list[Yardstick]:
    """Each other coder of the judged documents against ``coder`` on the
    judged passages of the documents they coded, beside the suggestions
    (``truth``, ``chosen``: passages × codes, ``judged``: passages)."""
    found = []
    rejected = {(u, c) for u, c in read.rejected}
    documents = np.asarray(read.document_of, np.int64)
    for colleague in project.coders():
        if colleague.name == coder:
            continue
        by_document: dict[int, list[tuple[int, int, int]]] = {}
        for coding in project.codings(coder=colleague.name):
            if coding.code_id in code_index:
                by_document.setdefault(coding.document_id, []).append(
                    (code_index[coding.code_id], coding.start, coding.end)
                )
        rows = np.flatnonzero(judged & np.isin(documents, list(by_document)))
        if not len(rows):
            continue
        theirs = _coded(read, rows, by_document, rejected, truth.shape[1])
        score, suggestions = Score(colleague.name), Score(colleague.name)
        score.count(truth[rows], theirs)
        suggestions.count(truth[rows], chosen[rows])
        found.append(Yardstick(colleague.name, len(rows), score, suggestions))
    return found


def _coded(
    read: ProjectUnits,
    rows: npt.NDArray[np.int64],
    by_document: dict[int, list[tuple[int, int, int]]],
    rejected: set[tuple[int, int]],
    codes: int,
) -> Bools:
    """Passages (``rows``) × codes: which the colleague's coding labels."""
    coded = np.zeros((len(rows), codes), bool)
    starts = np.asarray(read.starts, np.int64)[rows]
    ends = np.asarray(read.ends, np.int64)[rows]
    documents = np.asarray(read.document_of, np.int64)[rows]
    for document in np.unique(documents).tolist():
        # A document's passages, in reading order: each coding looks only at
        # those it reaches (found by bisection), not at every passage.
        mine = np.flatnonzero(documents == document)
        for code, start, end in by_document[document]:
            first = int(np.searchsorted(ends[mine], start, side="right"))
            last = int(np.searchsorted(starts[mine], end, side="left"))
            for i in mine[first:last].tolist():
                unit = int(rows[i])
                if (unit, code) not in rejected and overlaps_enough(
                    int(starts[i]), int(ends[i]), start, end
                ):
                    coded[i, code] = True
    return coded
