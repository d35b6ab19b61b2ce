"""Accepting suggestions: the one place where a suggestion becomes a coding.

Every front end (the app's Accept and Accept all, Find more like this
code) goes through :func:`accept` and :func:`accept_all`, which keep with
each coding where it came from (:func:`origin_of`: the suggestion's source,
the model's version and fingerprint, its confidence and reason), in the
same undoable edit as the coding.
"""

from __future__ import annotations

from collections.abc import Sequence

from qcode.analysis.suggestions.learn import MODEL_VERSION
from qcode.analysis.suggestions.suggester import Suggestion
from qcode.core.coding_edits import AddedCodings, NewCoding
from qcode.core.project import Project
from qcode.model import Code, Coding, CodingOrigin, Document

# Enough of a model's fingerprint to tell its versions apart in one project.
_FINGERPRINT = 16


def origin_of(suggestion: Suggestion) -> CodingOrigin:
    """How a coding made by accepting ``suggestion`` was made: its source
    (``suggestion:keywords``, ``:learned`` or ``:similar``), the model's
    version with the start of its fingerprint (none for keywords, which
    need no model), the confidence shown and the reason."""
    version = None
    if suggestion.model:
        version = f"{MODEL_VERSION}+{suggestion.model[:_FINGERPRINT]}"
    return CodingOrigin(
        f"suggestion:{suggestion.source}",
        version,
        min(1.0, max(0.0, round(suggestion.confidence, 3))),
        suggestion.reason or None,
    )


def accept(
    project: Project, document: Document, code: Code, suggestion: Suggestion
) -> Coding | None:
    """Code the suggested passage with its code, keeping the suggestion as
    the coding's origin (one undoable edit)."""
    return project.apply_code(
        document, code, suggestion.start, suggestion.end, origin=origin_of(suggestion)
    )


def accept_all(
    project: Project, document: Document, suggestions: Sequence[Suggestion]
) -> AddedCodings:
    """Code every suggested passage with its code, each keeping its
    suggestion as its origin, in one undoable edit."""
    return project.add_codings(
        [
            NewCoding(
                document.id,
                s.code_id,
                s.start,
                s.end,
                expected_text=s.text,
                origin=origin_of(s),
            )
            for s in suggestions
        ]
    )
