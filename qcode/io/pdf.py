"""PDF import (pdfminer.six, loaded only when a PDF is read).

pdfminer's layout analysis (LAParams) puts text boxes in reading order and
separates them by a blank line; pages are joined by a blank line too, instead
of the form feed pdfminer ends each page with.  Ligature glyphs ("ﬁ") that a
font maps to presentation-form code points are expanded, so a search for
"office" finds it; words hyphenated across lines are left as printed.

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
from qcode.io.pdf_streams import scan_streams

NO_TEXT_PROBLEM = "has no text layer (a scanned image?) — run OCR first"
# The PDF header may follow a little junk; readers look in the first 1 KiB.
_HEADER_SEARCH = 1024
_SHOWN_PAGES = 10


def read_pdf(path: Path, warnings: list[str] | None = None) -> str:
    """Return the text of a PDF, pages separated by a blank line.

    Pages whose layout was too crowded to put in reading order (read top to
    bottom instead) are named in ``warnings``.
    """
    data = read_limited(path)
    if b"%PDF-" not in data[:_HEADER_SEARCH]:
        raise UnreadableFileError(path, "is not a valid PDF (it has no PDF header)")
    sizes = scan_streams(data, path, ByteBudget(path))

    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    from qcode.io.pdf_pages import MAX_FLOWING_BLOCKS, Work, extract_text

    work = Work(path, ByteBudget(path))
    try:
        # pdfminer parses object streams with the same slow parser as pages
        # (about one word of syntax in four bytes).
        work.draw(sizes.object_streams // 4)
        raw = extract_text(data, work)
    except UnreadableFileError:
        raise
    except PDFPasswordIncorrect as exc:
        raise UnreadableFileError(
            path, "is password-protected — save an unprotected copy and import that"
        ) from exc
    except PDFEncryptionError as exc:
        raise UnreadableFileError(path, "is encrypted in a way qcode cannot read") from exc
    except Exception as exc:
        # pdfminer raises PDFSyntaxError, PSEOF, KeyError, TypeError, ... for
        # damaged files, depending on where the damage is.
        raise UnreadableFileError(path, "is damaged or not a valid PDF") from exc

    pages = (page.strip("\n").rstrip() for page in raw.split("\f"))
    text = "\n\n".join(page for page in pages if page)
    if not text.strip():
        raise UnreadableFileError(path, NO_TEXT_PROBLEM)
    if work.crowded_pages and warnings is not None:
        crowded = work.crowded_pages
        shown = ", ".join(str(number) for number in crowded[:_SHOWN_PAGES])
        if len(crowded) > _SHOWN_PAGES:
            shown += f" and {len(crowded) - _SHOWN_PAGES:,} more"
        where = "page" if len(crowded) == 1 else "pages"
        warnings.append(
            f"{where} {shown}: more than {MAX_FLOWING_BLOCKS} separate blocks of text, "
            "read top to bottom instead of in column order"
        )
    return expand_ligatures(text)
