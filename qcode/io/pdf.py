"""PDF import (pdfminer.six, loaded only when a PDF is read).

The stored text reads as the page does: pdfminer gives each character's box,
:mod:`qcode.io.pdf_lines` puts them into lines with single spaces between
words, :mod:`qcode.io.pdf_repeats` leaves out running headers, footers and
page numbers (the import says so), and :mod:`qcode.io.pdf_layout` joins the
lines of each paragraph (also across a page), separates paragraphs by a blank
line and joins words hyphenated at a line's end.  Ligature glyphs ("ﬁ") that
a font maps to presentation-form code points are expanded, so a search for
"office" finds it.

A PDF is read within the import limits: its compressed streams are measured
before pdfminer unpacks any (:mod:`qcode.io.pdf_streams`), and its pages are
read one at a time with their drawing and their characters counted
(:mod:`qcode.io.pdf_pages`).
"""

from __future__ import annotations

from pathlib import Path

from qcode.errors import UnreadableFileError
from qcode.io.base import expand_ligatures
from qcode.io.limits import ByteBudget, read_limited
from qcode.io.pdf_layout import joined_text, paragraphs
from qcode.io.pdf_repeats import drop_running_lines, running_lines_warning
from qcode.io.pdf_streams import scan_streams
from qcode.messages import Message

NO_TEXT_PROBLEM = Message("has no text layer (a scanned image?) — run OCR first")
# The PDF header may follow a little junk; readers look in the first 1 KiB.
_HEADER_SEARCH = 1024
_SHOWN_PAGES = 10


def read_pdf(path: Path, warnings: list[str] | None = None) -> str:
    """Return the text of a PDF, paragraphs separated by a blank line.

    Running headers and footers left out, and pages too crowded to find
    paragraphs in (read line by line instead), are named in ``warnings``.
    """
    data = read_limited(path)
    if b"%PDF-" not in data[:_HEADER_SEARCH]:
        raise UnreadableFileError(path, Message("is not a valid PDF (it has no PDF header)"))
    sizes = scan_streams(data, path, ByteBudget(path))

    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    from qcode.io.pdf_lines import MAX_DOCUMENT_LINES, MAX_PAGE_LINES
    from qcode.io.pdf_pages import Work, read_lines

    work = Work(path, ByteBudget(path))
    try:
        # pdfminer parses object streams with the same slow parser as pages
        # (about one word of syntax in four bytes).
        work.draw(sizes.object_streams // 4)
        pages, widths = read_lines(data, work)
    except UnreadableFileError:
        raise
    except PDFPasswordIncorrect as exc:
        raise UnreadableFileError(
            path, Message("is password-protected — save an unprotected copy and import that")
        ) from exc
    except PDFEncryptionError as exc:
        raise UnreadableFileError(path, Message("is encrypted in a way qcode cannot read")) from exc
    except Exception as exc:
        # pdfminer raises PDFSyntaxError, PSEOF, KeyError, TypeError, ... for
        # damaged files, depending on where the damage is.
        raise UnreadableFileError(path, Message("is damaged or not a valid PDF")) from exc

    kept, running = drop_running_lines(pages)
    text = joined_text(paragraphs(kept, widths))
    if not text.strip():
        raise UnreadableFileError(path, NO_TEXT_PROBLEM)
    if running and warnings is not None:
        examples = [expand_ligatures(text) for text in running]
        warnings.append(running_lines_warning(examples, len(pages)))
    if work.crowded_pages and warnings is not None:
        crowded = work.crowded_pages
        shown: str = ", ".join(str(number) for number in crowded[:_SHOWN_PAGES])
        if len(crowded) > _SHOWN_PAGES:
            more = len(crowded) - _SHOWN_PAGES
            shown = Message("{numbers} and {more:,} more", numbers=shown, more=more)
        warnings.append(
            Message.counted(
                "page{s} {pages}: more than {most:,} separate lines of text on a page "
                "(or {total:,} in all), read line by line from top to bottom",
                count=len(crowded),
                pages=shown,
                most=MAX_PAGE_LINES,
                total=MAX_DOCUMENT_LINES,
            )
        )
    return expand_ligatures(text)
