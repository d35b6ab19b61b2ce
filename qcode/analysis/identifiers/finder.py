"""Finding details in the documents that could identify someone.

:func:`find_identifiers` lists candidates for the pseudonym table; it never
changes anything.  Three sources:

* ``"rule"``: patterns that need no model (e-mail and web addresses, phone
  numbers, identity numbers, street addresses, dates of birth, GPS
  coordinates, names after a title), see :mod:`qcode.analysis.identifiers.rules`;
* ``"table"``: other spellings of identifiers already in the pseudonym table
  ("ZHANG Wei", "Zhang-Wei", "Zhangwei", "Zhāng Wěi" for "Zhang Wei"), which
  an export that replaces the exact spelling would miss;
* ``"model"``: people, places and organisations a trained spaCy pipeline
  recognises, when one is installed for the document's language.

The result is a list of :class:`Candidate` with ``notes``: what could not be
looked for (no trained pipeline installed, say), for the researcher to know
the list is not complete.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qcode.analysis.identifiers import rules
from qcode.core.pseudonyms import in_one_word
from qcode.messages import Message
from qcode.model import Pseudonym

if TYPE_CHECKING:
    from spacy.language import Language

    from qcode.core.project import Project
    from qcode.model import Document

# spaCy's entity labels, as the kinds researchers use.
MODEL_KINDS = {
    "PERSON": "person",
    "PER": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "ORG": "organisation",
}
# Components that entity recognition does not use: skipped for speed.
_NOT_NEEDED = frozenset(
    "parser tagger morphologizer lemmatizer attribute_ruler senter sentencizer qcode_norm".split()
)
# spaCy reads at most this many characters at once; longer texts go in pieces.
_CHUNK = 100_000


@dataclass(frozen=True)
class Candidate:
    """A passage that may identify someone.  ``start``/``end`` are code
    points into the document's text; ``known_replacement`` is the pseudonym
    table's replacement when the passage is (a spelling of) an entry."""

    text: str
    kind: str
    document: str
    document_id: int
    start: int
    end: int
    source: str  # "rule" | "model" | "table"
    known_replacement: str | None = None


class FoundIdentifiers(list[Candidate]):
    """The candidates, in document order, plus ``notes``: one line for each
    thing that could not be looked for."""

    def __init__(self, candidates: Iterable[Candidate] = (), notes: Sequence[str] = ()) -> None:
        super().__init__(candidates)
        self.notes: list[str] = list(notes)


def find_identifiers(
    project: Project, documents: Sequence[Document] | None = None, *, use_model: bool = True
) -> FoundIdentifiers:
    """Candidates for the pseudonym table in ``documents`` (default: all)."""
    table = project.pseudonyms()
    variants = _Variants(table)
    chosen = list(project.documents() if documents is None else documents)
    notes: list[str] = []
    pipelines = _model_pipelines(chosen, notes) if use_model else {}
    found = FoundIdentifiers(notes=notes)
    for document in chosen:
        text = project.text(document)
        hits: list[tuple[int, int, str, str, str | None]] = []
        for finder in rules.BEFORE_TABLE:
            hits += [(s, e, kind, "rule", None) for s, e, kind in finder(text)]
        for start, end, entry in variants.find(text):
            if text[start:end] != entry.original:  # the exact spelling is already replaced
                hits.append((start, end, entry.kind or "identifier", "table", entry.replacement))
        for finder in rules.AFTER_TABLE:
            hits += [(s, e, kind, "rule", None) for s, e, kind in finder(text)]
        nlp = pipelines.get(document.id)
        if nlp is not None:
            hits += [(s, e, kind, "model", None) for s, e, kind in _entities(nlp, text)]
        taken = _Spans()
        for start, end, kind, source, known in hits:
            if not taken.add(start, end):
                continue
            passage = text[start:end]
            found.append(
                Candidate(
                    text=passage,
                    kind=kind,
                    document=document.name,
                    document_id=document.id,
                    start=start,
                    end=end,
                    source=source,
                    known_replacement=known if known is not None else variants.replacement(passage),
                )
            )
    order = {document.id: index for index, document in enumerate(chosen)}
    found.sort(key=lambda c: (order[c.document_id], c.start))
    return found


class _Spans:
    """Non-overlapping spans of one text, kept sorted."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, start: int, end: int) -> bool:
        """Take ``[start, end)`` unless it is empty or overlaps a taken span."""
        if start >= end:
            return False
        index = bisect.bisect_right(self._starts, start)
        if index > 0 and self._ends[index - 1] > start:
            return False
        if index < len(self._starts) and self._starts[index] < end:
            return False
        self._starts.insert(index, start)
        self._ends.insert(index, end)
        return True


def context(text: str, start: int, end: int, width: int = 40) -> str:
    """The passage with up to ``width`` characters either side, on one line."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    snippet = ("…" if start > width else "") + before + "[" + text[start:end] + "]" + after
    snippet += "…" if end + width < len(text) else ""
    return " ".join(snippet.split())


# -- suggested replacements ----------------------------------------------------------

_LABELS = {
    "person": "Person",
    "place": "Place",
    "organisation": "Organisation",
    "address": "Address",
    "phone": "Phone",
    "e-mail": "E-mail",
    "web address": "Website",
    "resident id": "ID number",
    "id number": "ID number",
    "date of birth": "Date of birth",
    "coordinates": "Location",
}


def suggest_replacements(
    candidates: Iterable[Candidate], table: Sequence[Pseudonym]
) -> dict[str, str]:
    """A replacement for each distinct candidate text: its known one, else
    "Person 1", "Place 2", "Phone 1"... numbered on from those in the table."""
    used = {p.replacement for p in table}
    counters: dict[str, int] = {}
    suggestions: dict[str, str] = {}
    for candidate in candidates:
        if candidate.text in suggestions:
            continue
        if candidate.known_replacement is not None:
            suggestions[candidate.text] = candidate.known_replacement
            continue
        label = _LABELS.get(candidate.kind, "Identifier")
        number = counters.get(label, 0) + 1
        while f"{label} {number}" in used:
            number += 1
        counters[label] = number
        suggestions[candidate.text] = f"{label} {number}"
        used.add(suggestions[candidate.text])
    return suggestions


# -- other spellings of the table's identifiers ---------------------------------------

_SEPARATORS = frozenset(" \t\n\r\u00a0\u3000-_.·・'’\u2010\u2011\u2012\u2013\u2014")


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without case, accents or width (NFKD), every separator made a
    space; with the index in ``text`` of each folded character."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in _SEPARATORS or char.isspace():
            folded.append(" ")
            origin.append(index)
            continue
        for part in unicodedata.normalize("NFKD", char).casefold():
            if not unicodedata.combining(part):
                folded.append(part)
                origin.append(index)
    return "".join(folded), origin


class _Variants:
    """Finds every spelling of the table's identifiers in a text."""

    def __init__(self, table: Sequence[Pseudonym]) -> None:
        self._entries: list[tuple[re.Pattern[str], Pseudonym]] = []
        self._by_key: dict[str, Pseudonym] = {}
        for entry in table:  # longest original first
            folded, _ = fold(entry.original)
            parts = folded.split()
            if not parts:
                continue
            key = "".join(parts)
            self._by_key.setdefault(key, entry)
            # Spaces may come and go anywhere in a longer identifier ("Zhangwei",
            # "Zhang Wei"); in a short one only where it has them, or "Wei"
            # would be found in "we I".
            if len(key) >= 4:
                pattern = " *".join(re.escape(char) for char in key)
            else:
                pattern = " *".join(re.escape(part) for part in parts)
            self._entries.append((re.compile(pattern), entry))

    def find(self, text: str) -> list[tuple[int, int, Pseudonym]]:
        if not self._entries:
            return []
        folded, origin = fold(text)
        found = []
        for pattern, entry in self._entries:
            for match in pattern.finditer(folded):
                start, end = origin[match.start()], origin[match.end() - 1] + 1
                if _word_edge(text, start, end):
                    found.append((start, end, entry))
        return found

    def replacement(self, passage: str) -> str | None:
        entry = self._by_key.get("".join(fold(passage)[0].split()))
        return None if entry is None else entry.replacement


def _word_edge(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is not part of a longer word (scripts
    without spaces, such as Chinese, have no word edges to respect)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return not in_one_word(before, text[start]) and not in_one_word(text[end - 1], after)


# -- trained pipelines -------------------------------------------------------------------


def trained_pipelines() -> list[str]:
    """Installed spaCy pipelines that recognise named entities."""
    from qcode.analysis.nlp import BLANK, installed_pipelines

    return [name for name in installed_pipelines() if name != BLANK]


def _model_pipelines(documents: Sequence[Document], notes: list[str]) -> dict[int, Language]:
    """The trained pipeline for each document's language, noting languages
    that have none."""
    from qcode.analysis.nlp import language_of, load_pipeline

    try:
        installed = trained_pipelines()
    except ImportError:
        notes.append(
            Message(
                "spaCy is not installed: names, places and organisations were only looked for "
                "after titles (Dr, Mr, 律师...) and in the pseudonym table"
            )
        )
        return {}
    chosen: dict[int, Language] = {}
    missing: list[str] = []
    for document in documents:
        lang = language_of(document.attributes)
        name = next((n for n in installed if n.split("_")[0] == lang), None)
        name = name or next((n for n in installed if n.startswith("xx_")), None)
        if name is None:
            if lang not in missing:
                missing.append(lang)
            continue
        nlp = load_pipeline(lang, name)
        if "ner" not in nlp.pipe_names and "entity_ruler" not in nlp.pipe_names:
            if lang not in missing:
                missing.append(lang)
            continue
        chosen[document.id] = nlp
    if missing and not installed:
        notes.append(
            Message(
                "no trained spaCy pipeline is installed: names, places and organisations were "
                "only looked for after titles (Dr, Mr, 律师...) and in the pseudonym table "
                "(install one with pip, e.g. en_core_web_sm or zh_core_web_sm)"
            )
        )
    elif missing:
        notes.append(
            Message(
                "no trained spaCy pipeline recognises names in {languages} (set the documents' "
                "language attribute, or install a pipeline with pip): names there were only "
                "looked for after titles and in the pseudonym table",
                languages=", ".join(f"'{lang}'" for lang in missing),
            )
        )
    return chosen


def _entities(nlp: Language, text: str) -> list[tuple[int, int, str]]:
    found = []
    offset = 0
    for piece in _pieces(text):
        with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n in _NOT_NEEDED]):
            doc = nlp(piece)
        for entity in doc.ents:
            kind = MODEL_KINDS.get(entity.label_)
            if kind is not None and entity.text.strip():
                found.append((offset + entity.start_char, offset + entity.end_char, kind))
        offset += len(piece)
    return found


def _pieces(text: str) -> list[str]:
    """``text`` cut at line ends into pieces spaCy accepts."""
    pieces: list[str] = []
    while len(text) > _CHUNK:
        cut = text.rfind("\n", 0, _CHUNK) + 1 or _CHUNK
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces
