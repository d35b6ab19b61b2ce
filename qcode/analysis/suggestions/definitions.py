"""What the researcher already said about each code: its name, its
description (definition, "use when", "do not use when"), its memos and its
keywords, read as lemmas, so that suggestions can start before anything is
coded and keep the codebook's boundaries afterwards.

Descriptions are free text; lines that begin with a heading researchers use
("Definition:", "Use when:", "Include:", "Do not use when:", "Exclude:" …)
start a part, and everything outside an exclusion part describes what the
code is for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from qcode.model import Codebook

Norms = tuple[str, ...]

_HEADING = re.compile(
    r"^\s*(?P<head>definition|description|use (?:it )?when|use for|include|inclusions?|"
    r"inclusion criteria|do not use(?: it)?(?: when| for)?|don'?t use(?: it)?(?: when| for)?|"
    r"not when|exclude|exclusions?|exclusion criteria)\s*[:：]\s*",
    re.IGNORECASE,
)


def parse_description(text: str) -> tuple[str, str]:
    """(what the code is for, what it is not for) from a description or memo."""
    include: list[str] = []
    exclude: list[str] = []
    part = include
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading is not None:
            head = heading.group("head").lower()
            negative = head.startswith(("do not", "don", "not when", "exclu"))
            part = exclude if negative else include
            line = line[heading.end() :]
        part.append(line)
    return " ".join(include).strip(), " ".join(exclude).strip()


@dataclass(frozen=True)
class CodeText:
    """One codable code as the model reads it."""

    uuid: str
    code_id: int
    name: str
    parent: str | None  # the parent's uuid, if the parent is codable too
    named: Norms  # the name, as lemmas
    described: Norms  # definition and "use when" (and memos), as lemmas
    excluded: Norms  # "do not use when", as lemmas
    keywords: tuple[Norms, ...]  # each keyword phrase, as lemmas
    keyword_texts: tuple[str, ...] = ()  # the same phrases as the researcher wrote them


def code_texts(
    codebook: Codebook,
    lemmas: Callable[[str], Norms],
    memos: Mapping[int, Sequence[str]] | None = None,
) -> list[CodeText]:
    """The codable codes of ``codebook`` in display order, read with ``lemmas``
    (a text's lower-cased lemmas without stop words); ``memos``: the texts of
    each code's memos (code id → texts), read like descriptions."""
    found = []
    for code in codebook.walk():
        if not code.codable:
            continue
        include, exclude = parse_description(code.description)
        for memo in (memos or {}).get(code.id, ()):
            more_in, more_out = parse_description(memo)
            include, exclude = f"{include} {more_in}", f"{exclude} {more_out}"
        parent = codebook.codes.get(code.parent_id) if code.parent_id is not None else None
        phrases = [(word, lemmas(word)) for word in code.keywords]
        phrases = [(word, norms) for word, norms in phrases if norms]
        found.append(
            CodeText(
                code.uuid,
                code.id,
                code.name,
                parent.uuid if parent is not None and parent.codable else None,
                lemmas(code.name),
                lemmas(include),
                lemmas(exclude),
                tuple(norms for _word, norms in phrases),
                tuple(word for word, _norms in phrases),
            )
        )
    return found
