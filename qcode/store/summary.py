"""How much a project holds, counted across its entities (what a whole-
project export sizes itself by)."""

from __future__ import annotations

from typing import NamedTuple

from qcode.store import attributes, codes, codings, documents, memos, speakers, suggestions
from qcode.store.database import Connection


class ProjectCounts(NamedTuple):
    codings: int
    memos: int
    codes_with_keywords: int
    documents_with_speaker_turns: int
    rejected_suggestions: int
    # characters of names, descriptions, memos and attribute values (not of
    # the documents' texts)
    characters: int


def counts(conn: Connection) -> ProjectCounts:
    characters = (
        memos.characters(conn)
        + codes.characters(conn)
        + documents.name_characters(conn)
        + attributes.characters(conn)
    )
    return ProjectCounts(
        codings=codings.count(conn),
        memos=memos.count(conn),
        codes_with_keywords=codes.count_with_keywords(conn),
        documents_with_speaker_turns=speakers.documents_with_turns(conn),
        rejected_suggestions=suggestions.rejection_count(conn),
        characters=characters,
    )
