"""What a report is made of, whatever file it is written to.

The sections (:mod:`qcode.export.report.registry`) describe a report as a
stream of blocks: headings, paragraphs in a named style, block quotes with
their citations, tables and figures.  The writers
(:mod:`~qcode.export.report.docx_writer`, :mod:`~qcode.export.report.pdf_writer`)
turn each block into Word paragraphs in real Word styles, or into PDF text.
Every text in a block is final: pseudonymised where the report is, and
never changed again by a writer (a quote is the stored text exactly).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Paragraph styles, by their names in Word.  The writers give the ones that
# Word does not have built in (Citation, Coding memo, Code, Code definition)
# a look of their own, which a user can restyle in Word like any other.
BODY = "Normal"
QUOTE = "Quote"
CITATION = "Citation"
MEMO = "Coding memo"
CODE = "Code"
DEFINITION = "Code definition"
NOTE = "Report note"
STYLES = (BODY, QUOTE, CITATION, MEMO, CODE, DEFINITION, NOTE)
DEEPEST_HEADING = 9  # Word has Heading 1 to Heading 9


@dataclass(frozen=True)
class Title:
    """The report's title (the project's name) and a line under it."""

    text: str
    subtitle: str


@dataclass(frozen=True)
class Contents:
    """Where the table of contents goes (a field in Word, pages in a PDF);
    ``entries``: how many headings it will list (a PDF keeps room for them)."""

    entries: int = 0


@dataclass(frozen=True)
class Heading:
    """A heading: level 1 for a section, deeper for what it holds."""

    text: str
    level: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "level", max(1, min(self.level, DEEPEST_HEADING)))


@dataclass(frozen=True)
class Paragraph:
    """A paragraph in one of :data:`STYLES`, ``indent`` steps in."""

    text: str
    style: str = BODY
    indent: int = 0


@dataclass(frozen=True)
class Quote:
    """A coded passage as a block quote: the text exactly as stored, the
    line that says where it comes from, and the coding's memo (if any)."""

    text: str
    citation: str
    memo: str = ""


@dataclass(frozen=True)
class Table:
    """A table with a header row; every cell is text."""

    headers: Sequence[str]
    rows: Sequence[Sequence[str]] = ()
    widths: Sequence[float] = ()  # relative; () for the first column 3 times the others


@dataclass(frozen=True)
class Figure:
    """A picture (PNG) ``width_cm`` wide, with words for those who cannot see it."""

    png: bytes
    width_cm: float
    description: str


Block = Title | Contents | Heading | Paragraph | Quote | Table | Figure


def is_right_to_left(text: str) -> bool:
    """Whether ``text`` reads right to left: its first letter of a strong
    direction is Arabic, Hebrew, Syriac, Thaana..."""
    import unicodedata

    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
