"""Running a query over a project: which passages answer it.

:func:`run_query` parses the query, finds its codes, reads the codings of
those codes once, and evaluates the query document by document (see
:mod:`qcode.analysis.queries.evaluate` for what each operator means).  The
result is the maximal runs of characters that answer the query, by document
(in the project's order) then start, each with its stored text exactly.

Filters: the documents in scope (``--documents``, ``--where``), the coders
whose codings count (all by default), how they were made (``--origin``: only
the codings made those ways count, all by default), and speakers: with ``speakers`` (or
the filters' speakers and speaker roles), only the parts of the result
inside those speakers' turns are kept; with the filters'
``exclude_speakers``, the parts inside those speakers' turns are cut out.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from qcode.analysis.filters import Filters
from qcode.analysis.queries import spans as ops
from qcode.analysis.queries.evaluate import evaluate, terms, uses_unit
from qcode.analysis.queries.grammar import Node, QuerySyntaxError, Term, parse
from qcode.analysis.queries.spans import Span
from qcode.analysis.text_units import paragraph_bounds, sentence_bounds
from qcode.core.project import Project
from qcode.messages import Message
from qcode.model import Codebook, Coding, Document


@dataclass(frozen=True)
class QueryHit:
    """One passage that answers a query: ``text`` is ``document text[start:end]``."""

    document_id: int
    document: str  # its name
    document_uuid: str
    start: int
    end: int
    text: str

    def as_json(self) -> dict[str, object]:
        return {
            "document": self.document_uuid,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


def resolve_terms(node: Node, codebook: Codebook) -> dict[Term, frozenset[int]]:
    """The code ids each term stands for; an unknown code is a one-line
    :class:`QuerySyntaxError` naming its column."""
    resolved: dict[Term, frozenset[int]] = {}
    for term in terms(node):
        code = codebook.by_path(term.path) or codebook.by_uuid(term.path)
        if code is None:
            raise QuerySyntaxError(term.column, Message("no code '{path}'", path=term.path))
        ids = {code.id}
        if term.subcodes:
            ids.update(child.id for child in codebook.walk(code.id))
        resolved[term] = frozenset(ids)
    return resolved


def run_query(
    project: Project,
    query: str | Node,
    filters: Filters | None = None,
    *,
    speakers: Sequence[str] = (),
) -> list[QueryHit]:
    """The passages of ``project`` that answer ``query`` (see the module)."""
    node = parse(query) if isinstance(query, str) else query
    filters = filters or Filters()
    if speakers:
        extra = tuple(name for name in speakers if name not in filters.speakers)
        filters = dataclasses.replace(filters, speakers=filters.speakers + extra)
    scope = filters.resolve(project)
    term_codes = resolve_terms(node, scope.codebook)
    in_scope = {document.id: document for document in scope.documents}
    # Every coding of every code the query names, once: (document, code) -> spans.
    by_document: dict[int, dict[int, list[Span]]] = defaultdict(lambda: defaultdict(list))
    wanted = frozenset().union(*term_codes.values())
    for code_id in wanted:
        found = [
            coding
            for coding in project.codings(code=scope.codebook.codes[code_id])
            if coding.document_id in in_scope and scope.includes_coder(coding.coder_id)
        ]
        for coding in _made_as_asked(project, found, scope.origins):
            by_document[coding.document_id][code_id].append((coding.start, coding.end))
    needs_text = uses_unit(node, "sentence") or uses_unit(node, "paragraph")
    needs_turns = uses_unit(node, "turn")
    hits: list[QueryHit] = []
    for document in scope.documents:
        codings = by_document.get(document.id)
        if not codings:
            continue  # no term has a coding here: no operator can make one
        runs = _evaluate(project, document, node, term_codes, codings, needs_text, needs_turns)
        kept = scope.kept_text(project, document) if runs else None
        if kept is not None:
            runs = ops.intersection(runs, kept.spans)
        if runs:
            text = project.text(document)
            hits.extend(
                QueryHit(document.id, document.name, document.uuid, start, end, text[start:end])
                for start, end in runs
            )
    return hits


def _made_as_asked(
    project: Project, codings: list[Coding], origins: frozenset[str] | None
) -> list[Coding]:
    """The codings made one of the ways ``origins`` names (all without it),
    as ``qcode segments --origin`` tells them."""
    if origins is None or not codings:
        return codings
    made = project.reader.origin_names([coding.id for coding in codings])
    return [coding for coding in codings if made[coding.id] in origins]


def _evaluate(
    project: Project,
    document: Document,
    node: Node,
    term_codes: dict[Term, frozenset[int]],
    codings: dict[int, list[Span]],
    needs_text: bool,
    needs_turns: bool,
) -> list[Span]:
    units: dict[str, list[Span]] = {}
    if needs_text:
        text = project.text(document)
        for name, bounds in (("sentence", sentence_bounds), ("paragraph", paragraph_bounds)):
            starts, ends = bounds(text)
            units[name] = list(zip(starts.tolist(), ends.tolist(), strict=True))
    if needs_turns:
        units["turn"] = sorted((turn.start, turn.end) for turn in project.speaker_turns(document))

    def term_spans(term: Term) -> list[Span]:
        found: list[Span] = []
        for code_id in term_codes[term]:
            found.extend(codings.get(code_id, ()))
        found.sort()
        return found

    return evaluate(node, term_spans, lambda unit: units.get(unit, [])).coverage
