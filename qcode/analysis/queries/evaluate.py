"""What a query's tree means on one document.

Each term stands for the codings of its code(s) in the document (by the
chosen coders); its *coverage* is the union of their character spans.

* ``A AND B``: the characters covered by both; ``A OR B``: by either;
  ``A AND NOT B``: by A and not by B.
* ``A NEAR/N B``: the whole spans of A's codings that lie within N
  characters of some coding of B (a coding that touches or overlaps one is
  at distance 0).  ``NEAR/sentence``, ``NEAR/paragraph``, ``NEAR/turn``: A's
  codings that share a sentence, a paragraph or a speaker turn with a coding
  of B.  When A is itself an expression, "A's codings" are the runs of its
  result.

The tree is walked with an explicit stack: a query of two thousand ``OR``\\s
is a deep tree, and Python's recursion limit is no place for a user's query
to end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from qcode.analysis.queries import spans as ops
from qcode.analysis.queries.grammar import Near, Node, Operation, Term
from qcode.analysis.queries.spans import Span


@dataclass(frozen=True)
class Evaluated:
    """One node's value: ``parts`` are the spans NEAR keeps whole (a term's
    single codings, sorted by start, possibly overlapping), ``coverage`` the
    characters covered (merged)."""

    parts: list[Span]
    coverage: list[Span]


TermSpans = Callable[[Term], list[Span]]
UnitSpans = Callable[[str], list[Span]]


def evaluate(node: Node, term_spans: TermSpans, unit_spans: UnitSpans) -> Evaluated:
    """The value of ``node`` on one document: ``term_spans(term)`` gives the
    sorted spans of a term's codings there, ``unit_spans("sentence" |
    "paragraph" | "turn")`` the document's units."""
    values: dict[int, Evaluated] = {}
    pending: list[tuple[Node, bool]] = [(node, False)]
    while pending:
        current, children_done = pending.pop()
        if isinstance(current, Term):
            found = term_spans(current)
            values[id(current)] = Evaluated(found, ops.merged(found))
            continue
        if not children_done:
            pending.append((current, True))
            pending.append((current.right, False))
            pending.append((current.left, False))
            continue
        left = values.pop(id(current.left))
        right = values.pop(id(current.right))
        values[id(current)] = _combine(current, left, right, unit_spans)
    return values[id(node)]


def _combine(
    node: Operation | Near, left: Evaluated, right: Evaluated, units: UnitSpans
) -> Evaluated:
    if isinstance(node, Operation):
        if node.operator == "and":
            result = ops.intersection(left.coverage, right.coverage)
        elif node.operator == "or":
            result = ops.union(left.coverage, right.coverage)
        else:
            result = ops.difference(left.coverage, right.coverage)
        return Evaluated(result, result)
    if isinstance(node.unit, int):
        kept = ops.near(left.parts, right.coverage, node.unit)
    else:
        kept = ops.sharing_a_unit(left.parts, right.coverage, units(node.unit))
    return Evaluated(kept, ops.merged(kept))


def terms(node: Node) -> list[Term]:
    """Every term of ``node``, left to right."""
    found: list[Term] = []
    pending: list[Node] = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, Term):
            found.append(current)
        else:
            pending.append(current.right)
            pending.append(current.left)
    return found


def uses_unit(node: Node, unit: str) -> bool:
    """Whether some ``NEAR/unit`` occurs in ``node``."""
    pending: list[Node] = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, Near) and current.unit == unit:
            return True
        if not isinstance(current, Term):
            pending.extend((current.left, current.right))
    return False
