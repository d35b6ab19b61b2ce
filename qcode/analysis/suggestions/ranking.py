"""Rank by code: every passage of a document, or of the whole project, by how
likely it is to belong to one code, best first — "find more like these".

Passages read at training time come from the model's cache (no analysis
needed, so a code is ranked over a large project in seconds); documents
added or changed since are analysed now.  Only the chosen code is scored.
"""

from __future__ import annotations

import numpy as np

from qcode.analysis.suggestions import reasons
from qcode.analysis.suggestions.evidence import evidence as evidence_of
from qcode.analysis.suggestions.evidence import speaker_numbers
from qcode.analysis.suggestions.features import GramTable, Ints
from qcode.analysis.suggestions.model import SuggestionModel
from qcode.analysis.suggestions.stacker import Stacker
from qcode.analysis.suggestions.suggester import Suggester, Suggestion, is_blocked
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import Code, Document


def rank(
    suggester: Suggester,
    code: Code,
    document: Document | None = None,
    *,
    model: SuggestionModel | None = None,
    limit: int | None = None,
) -> list[Suggestion]:
    """Every passage of ``document`` (or of the project) by how likely it is
    to belong to ``code``, best first, with the reason ("find more like these");
    ``model``: the suggester's own (trained if need be) unless given."""
    model = model or suggester.model()
    if model is None:
        raise QcodeError(Message("nothing to rank with: the project has no codable code"))
    return rank_code(suggester, model, code, document, limit=limit)


def rank_code(
    suggester: Suggester,
    model: SuggestionModel,
    code: Code,
    document: Document | None = None,
    *,
    limit: int | None = None,
) -> list[Suggestion]:
    """See the module; ``limit``: the best that many (all by default)."""
    project = suggester.project
    path = project.codebook().path(code.id)
    column = model.code_index().get(code.uuid)
    if column is None or not code.codable:
        raise QcodeError(
            Message("suggestions have not learned '{code}' yet: let them learn again", code=path)
        )
    documents = [document] if document is not None else project.documents()
    cache = model.cache
    cached_at = {} if cache is None else {int(d): i for i, d in enumerate(cache.documents[:, 0])}
    cached_rows: list[np.ndarray] = []
    fresh: list[tuple[Document, GramTable, list[str]]] = []
    for doc in documents:
        place = cached_at.get(doc.id)
        if cache is not None and place is not None and cache.shas[place] == doc.sha256:
            _id, first, count = cache.documents[place].tolist()
            cached_rows.append(np.arange(first, first + count))
        else:
            analysed = suggester.analysed(doc)
            fresh.append((doc, analysed.grams, analysed.speakers))
    tables, ids, starts, ends, speakers = [], [], [], [], []
    if cached_rows and cache is not None:
        rows = np.concatenate(cached_rows)
        tables.append(cache.grams.take(rows))
        ids.append(_document_of_rows(cache.documents, rows))
        starts.append(cache.starts[rows])
        ends.append(cache.ends[rows])
        speakers += [model.speaker_names[i] for i in cache.speakers[rows].tolist()]
    for doc, grams, doc_speakers in fresh:
        units = suggester.analysed(doc).units
        tables.append(grams)
        ids.append(np.full(len(units), doc.id, np.int64))
        starts.append(np.array([u.start for u in units], np.int64))
        ends.append(np.array([u.end for u in units], np.int64))
        speakers += doc_speakers
    if not tables:
        return []
    grams = _concatenate(tables)
    document_ids = np.concatenate(ids)
    rates = model.rates(speakers, suggester.roles())
    vectors = model.space.vectors(grams)
    profiles = model.profiles.subset(np.array([column]))
    latent = model.projection.project(vectors)
    found = evidence_of(vectors, latent, document_ids, rates, profiles, speaker_numbers(speakers))
    probabilities = Stacker(model.stacker.weights, model.stacker.intercept).probabilities(found)
    scores = probabilities[:, 0]
    codings: dict[int, list[tuple[int, int, int]]] = {}
    for coding in project.codings(code=code):
        codings.setdefault(coding.document_id, []).append((code.id, coding.start, coding.end))
    rejected: dict[int, list[tuple[int, int, int]]] = {}
    for doc_id, code_id, start, end in project.reader.rejections():
        if code_id == code.id:
            rejected.setdefault(doc_id, []).append((code_id, start, end))
    all_starts, all_ends = np.concatenate(starts), np.concatenate(ends)
    texts: dict[int, str] = {}
    result: list[Suggestion] = []
    for row in np.argsort(-scores, kind="stable").tolist():
        doc_id, start, end = int(document_ids[row]), int(all_starts[row]), int(all_ends[row])
        if is_blocked(codings.get(doc_id, []), rejected.get(doc_id, []), code.id, start, end):
            continue
        if doc_id not in texts:
            texts[doc_id] = project.text(doc_id)
        hashes = grams.hashes[grams.indptr[row] : grams.indptr[row + 1]]
        reason = reasons.explain(model, found[row, 0], column, hashes, code.name)
        result.append(
            Suggestion(
                doc_id,
                code.id,
                path,
                start,
                end,
                texts[doc_id][start:end],
                float(scores[row]),
                "learned",
                reason,
                model.fingerprint,
            )
        )
        if limit is not None and len(result) >= limit:
            break
    return result


def _document_of_rows(documents: Ints, rows: Ints) -> Ints:
    """The document id of each cached passage row."""
    firsts = documents[:, 1]
    order = np.argsort(firsts, kind="stable")
    place = np.searchsorted(firsts[order], rows, side="right") - 1
    found: Ints = documents[order][place, 0].astype(np.int64)
    return found


def _concatenate(tables: list[GramTable]) -> GramTable:
    if len(tables) == 1:
        return tables[0]
    lengths = np.concatenate([np.diff(t.indptr) for t in tables])
    indptr = np.zeros(len(lengths) + 1, np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return GramTable(
        indptr,
        np.concatenate([t.hashes for t in tables]),
        np.concatenate([t.counts for t in tables]),
    )
