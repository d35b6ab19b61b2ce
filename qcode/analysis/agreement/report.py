"""Inter-coder agreement: how alike two or more coders applied the codes.

For each code, the text is cut into **units** and each unit is "coded" or
"not coded" by each coder:

* ``character``: every character (code point) of the text; a coder's
  overlapping codings of a code count each character once;
* ``sentence`` / ``paragraph``: a unit counts as coded when any of its
  characters is (see :mod:`qcode.analysis.text_units` for the units);
* ``segment``: the codings themselves are compared: a coding agrees when
  every other coder has a coding of the same code whose overlap with it
  (intersection over union) reaches the threshold.

Instead of coders, the two sides may be two ways of making codings
(``origins``: the codings accepted from suggestions against those made by
hand, say): the same figures then say how far the machine agrees with the
researcher.

The figures are those of :mod:`qcode.analysis.agreement.figures`.  The
overall figures, and those of a document, pool the units of every selected
code (the counts are summed, then the formulas applied), never an average of
per-code figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from qcode.analysis import text_units
from qcode.analysis.agreement import units
from qcode.analysis.agreement.figures import Figures, binary_figures, segment_figures
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import ORIGINS, Code, Document

UNITS = ("character", "sentence", "paragraph", "segment")
MAX_CODERS = 30
_TOLERANCE = 1e-12  # an overlap exactly at the threshold agrees, whatever the rounding
_Row = tuple[int, int, int, int, int, int]  # code, document, coder (or side), start, end, id


@dataclass(frozen=True)
class CodeAgreement:
    code: str  # its path
    code_id: int
    figures: Figures


@dataclass(frozen=True)
class DocumentAgreement:
    document: str
    document_id: int
    figures: Figures  # pooled over the selected codes


@dataclass(frozen=True)
class Unmatched:
    """A coding (segment unit) that not every other coder matched.

    ``best_overlap`` is the best intersection over union it reached with
    another coder's coding; with more than two coders, the lowest of those
    bests over the other coders (the one that failed it)."""

    coder: str
    document: str
    code: str
    start: int
    end: int
    text: str
    best_overlap: float

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class AgreementReport:
    unit: str
    coders: list[str]
    threshold: float | None  # segment unit only
    documents: list[str]
    excluded_documents: list[str]
    overall: Figures
    codes: list[CodeAgreement]
    by_document: list[DocumentAgreement]
    unmatched: list[Unmatched]

    def as_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "coders": list(self.coders),
            "threshold": self.threshold,
            "documents": list(self.documents),
            "excluded_documents": list(self.excluded_documents),
            "overall": self.overall.as_json(),
            "codes": [{"code": row.code, **row.figures.as_json()} for row in self.codes],
            "by_document": [
                {"document": row.document, **row.figures.as_json()} for row in self.by_document
            ],
            "unmatched": [row.as_json() for row in self.unmatched],
        }


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    coders: frozenset[str]


# -- the report -----------------------------------------------------------------------


def compute_agreement(
    project: Project,
    coders: Sequence[str],
    *,
    unit: str = "character",
    threshold: float = 0.9,
    documents: Sequence[str] | None = None,
    codes: Sequence[str] | None = None,
    origins: tuple[Collection[str], Collection[str]] | None = None,
) -> AgreementReport:
    """Agreement between ``coders`` (names) on the project's coding.

    With ``origins`` the two sides are instead the codings made one way and
    those made another (words of :data:`~qcode.model.ORIGINS`, e.g.
    ``({"suggestion"}, {"hand"})``), of ``coders`` only when any are named;
    the report's ``coders`` are then the two sides' names.

    ``documents`` (names or UUIDs) default to those every chosen coder has
    coded at least once; the others are listed as excluded.  ``codes``
    (paths or UUIDs; each on its own, without its sub-codes) default to
    every codable code any chosen coder applied in those documents.
    ``threshold`` is the least intersection over union for two codings to
    agree (segment unit).
    """
    if unit not in UNITS:
        raise QcodeError(
            Message("unknown unit '{unit}': use {units}", unit=unit, units=", ".join(UNITS))
        )
    if not 0 < threshold <= 1:
        raise QcodeError(
            Message(
                "the threshold must be above 0 and at most 1 (got {threshold:g})",
                threshold=threshold,
            )
        )
    codebook = project.codebook()
    order = {code.id: number for number, code in enumerate(codebook.walk())}
    selected: list[Code] | None = None
    if codes is not None:
        found = {code.id: code for code in (project.code(ref) for ref in codes)}
        selected = sorted(found.values(), key=lambda code: order[code.id])
    code_ids = None if selected is None else [code.id for code in selected]
    if origins is not None:
        names, chosen, excluded, rows = _origin_sides(project, origins, coders, documents, code_ids)
        coder_ids = [0, 1]  # the two sides
    else:
        names, coder_ids = coder_ids_of(project, coders, minimum=2)
        chosen, excluded = _documents(project, names, coder_ids, documents)
        rows = project.reader.agreement_codings(
            [document.id for document in chosen], code_ids, coder_ids
        )
    if selected is None:
        applied = {row[0] for row in rows}
        selected = [code for code in codebook.walk() if code.id in applied and code.codable]
        if len(selected) < len(applied):
            kept = {code.id for code in selected}
            rows = [row for row in rows if row[0] in kept]
    paths = [codebook.path(code.id) for code in selected]
    codings = units.Codings.from_rows(
        rows, [code.id for code in selected], [document.id for document in chosen], coder_ids
    )
    unmatched: list[Unmatched] = []
    if unit == "segment":
        overall, by_code, by_document, unmatched = _segments(
            project, codings, chosen, paths, names, threshold
        )
    else:
        overall, by_code, by_document = _units(project, codings, chosen, len(paths), names, unit)
    return AgreementReport(
        unit=unit,
        coders=names,
        threshold=threshold if unit == "segment" else None,
        documents=[document.name for document in chosen],
        excluded_documents=excluded,
        overall=overall,
        codes=[
            CodeAgreement(path, code.id, figures)
            for path, code, figures in zip(paths, selected, by_code, strict=True)
        ],
        by_document=[
            DocumentAgreement(document.name, document.id, figures)
            for document, figures in zip(chosen, by_document, strict=True)
        ],
        unmatched=unmatched,
    )


def _units(
    project: Project,
    codings: units.Codings,
    chosen: Sequence[Document],
    codes: int,
    names: Sequence[str],
    unit: str,
) -> tuple[Figures, list[Figures], list[Figures]]:
    """Overall, per-code and per-document figures of a unit of text."""
    bounds = None
    if unit == "character":
        per_document = [document.length for document in chosen]
    else:
        split = text_units.paragraph_bounds if unit == "paragraph" else text_units.sentence_bounds
        texts = project.reader.texts([document.id for document in chosen])
        bounds = [split(text) for text in texts]
        per_document = [len(starts) for starts, _ends in bounds]
    by_code, by_document = units.unit_tables(
        codings, documents=len(chosen), coders=len(names), bounds=bounds
    )
    total = sum(per_document)
    pooled: Counter[int] = Counter()
    for table in by_code.values():
        pooled.update(table)
    return (
        binary_figures(total * codes, pooled, names),
        [binary_figures(total, by_code.get(number, {}), names) for number in range(codes)],
        [
            binary_figures(count * codes, by_document.get(number, {}), names)
            for number, count in enumerate(per_document)
        ],
    )


def _segments(
    project: Project,
    codings: units.Codings,
    chosen: Sequence[Document],
    paths: Sequence[str],
    names: Sequence[str],
    threshold: float,
) -> tuple[Figures, list[Figures], list[Figures], list[Unmatched]]:
    """Figures of the segment unit, and the codings not every coder matched."""
    best = np.asarray(units.segment_bests(codings, coders=len(names)), dtype=np.float64)
    matched = best >= threshold - _TOLERANCE
    by_code = units.tally(codings.code, matched, len(paths))
    by_document = units.tally(codings.document, matched, len(chosen))
    rows = codings.in_text_order(np.flatnonzero(~matched))
    overlaps = best.tolist()
    needed = sorted({row[2] for row in rows})
    # one text at a time: the rows come by document
    ids = [chosen[number].id for number in needed]
    texts = zip(needed, project.reader.texts(ids), strict=True)
    number, text = -1, ""
    unmatched = []
    for row, code, document, coder, start, end in rows:
        while number != document:
            number, text = next(texts)
        unmatched.append(
            Unmatched(
                coder=names[coder],
                document=chosen[document].name,
                code=paths[code],
                start=start,
                end=end,
                text=text[start:end],
                best_overlap=overlaps[row],
            )
        )
    return (
        segment_figures(int(matched.sum()), len(matched)),
        [segment_figures(agreed, total) for agreed, total in by_code],
        [segment_figures(agreed, total) for agreed, total in by_document],
        unmatched,
    )


def coder_ids_of(
    project: Project, coders: Sequence[str], *, minimum: int = 1
) -> tuple[list[str], list[int]]:
    """The names (as the project spells them) and ids of these coders, each once."""
    known = project.coders()
    names: list[str] = []
    ids: list[int] = []
    for name in coders:
        coder = next((c for c in known if c.name == name.strip()), None)
        if coder is None:
            folded = [c for c in known if c.name.casefold() == name.strip().casefold()]
            if len(folded) != 1:
                raise QcodeError(
                    Message(
                        "no coder named '{name}' in {project}", name=name, project=project.path.name
                    )
                )
            coder = folded[0]
        if coder.id not in ids:
            names.append(coder.name)
            ids.append(coder.id)
    if len(ids) < minimum:
        given = ", ".join(names) or Message("none")
        raise QcodeError(
            Message(
                "agreement needs at least {minimum} different coders (got {given})",
                minimum=minimum,
                given=given,
            )
        )
    if len(ids) > MAX_CODERS:
        raise QcodeError(
            Message(
                "agreement compares at most {most} coders (got {count})",
                most=MAX_CODERS,
                count=len(ids),
            )
        )
    return names, ids


def _origin_sides(
    project: Project,
    origins: tuple[Collection[str], Collection[str]],
    coders: Sequence[str],
    documents: Sequence[str] | None,
    code_ids: list[int] | None,
) -> tuple[list[str], list[Document], list[str], list[_Row]]:
    """The sides' names, the documents to compare (by default those with
    codings of both sides) and the excluded ones' names, and the codings,
    each with its side (0, 1) in place of its coder, in the order
    :meth:`ProjectReader.agreement_codings` gives."""
    sides = [frozenset(side) for side in origins]
    for side in sides:
        if not side or not side <= set(ORIGINS):
            unknown = ", ".join(sorted(side - set(ORIGINS))) or Message("none")
            raise QcodeError(
                Message(
                    "unknown origin: {unknown} (origins: {origins})",
                    unknown=unknown,
                    origins=", ".join(ORIGINS),
                )
            )
    shared = sides[0] & sides[1]
    if shared:
        raise QcodeError(
            Message(
                "an origin cannot be on both sides: {origins}", origins=", ".join(sorted(shared))
            )
        )
    names = ["+".join(origin for origin in ORIGINS if origin in side) for side in sides]
    coder_ids = (
        coder_ids_of(project, coders)[1] if coders else [coder.id for coder in project.coders()]
    )
    everything = project.documents()
    wanted = [document.id for document in everything]
    if documents is not None:
        wanted = sorted({project.document(ref).id for ref in documents})
        if not wanted:
            raise QcodeError(Message("no documents to compare"))
    rows: list[_Row] = []
    coded: list[set[int]] = []
    for number, side in enumerate(sides):
        found = project.reader.agreement_codings(wanted, code_ids, coder_ids, side)
        coded.append({row[1] for row in found})
        rows += [
            (code, document, number, start, end, i) for code, document, _, start, end, i in found
        ]
    common = set(wanted) if documents is not None else coded[0] & coded[1]
    if not common:
        raise QcodeError(
            Message(
                "no document has codings made both ways ({first}; {second}); "
                "name documents with --documents",
                first=names[0],
                second=names[1],
            )
        )
    chosen = [document for document in everything if document.id in common]
    excluded = [document.name for document in everything if document.id not in common]
    if documents is not None:
        excluded = []
    rows = sorted(row for row in rows if row[1] in common)
    return names, chosen, excluded, rows


def _documents(
    project: Project,
    names: Sequence[str],
    coder_ids: Sequence[int],
    documents: Sequence[str] | None,
) -> tuple[list[Document], list[str]]:
    """The documents to compare, in display order, and the excluded ones' names."""
    everything = project.documents()
    if documents is not None:
        wanted = {project.document(ref).id for ref in documents}
        if not wanted:
            raise QcodeError(Message("no documents to compare"))
        return [document for document in everything if document.id in wanted], []
    coded = project.reader.documents_coded_by(coder_ids)
    common = set.intersection(*(coded[coder_id] for coder_id in coder_ids))
    chosen = [document for document in everything if document.id in common]
    if not chosen:
        raise QcodeError(
            Message(
                "the coders {coders} have not coded any document in common; "
                "name documents with --documents",
                coders=", ".join(names),
            )
        )
    return chosen, [document.name for document in everything if document.id not in common]


def coding_regions(
    project: Project, document: Document, code: Code, coders: Sequence[str]
) -> list[Region]:
    """The maximal runs of text where the same (non-empty) set of ``coders``
    applied ``code``, sorted by start: for a side-by-side view of where
    coders agree and disagree."""
    names, ids = coder_ids_of(project, coders)
    codings = project.codings(document=document, code=code)
    spans = {
        name: sorted((c.start, c.end) for c in codings if c.coder_id == coder_id)
        for coder_id, name in zip(ids, names, strict=True)
    }
    return [Region(start, end, who) for start, end, who in units.regions(spans)]
