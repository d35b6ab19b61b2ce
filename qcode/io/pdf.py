"""PDF import (pdfminer.six, loaded only when a PDF is read).

pdfminer's layout analysis (LAParams) puts text boxes in reading order and
separates them by a blank line; pages are joined by a blank line too, instead
of the form feed pdfminer ends each page with.  Ligature glyphs ("ﬁ") that a
font maps to presentation-form code points are expanded, so a search for
"office" finds it; words hyphenated across lines are left as printed.
"""

from __future__ import annotations

from pathlib import Path

from qcode.errors import UnreadableFileError
from qcode.io.base import expand_ligatures

NO_TEXT_PROBLEM = "has no text layer (a scanned image?) — run OCR first"
# The PDF header may follow a little junk; readers look in the first 1 KiB.
_HEADER_SEARCH = 1024


def read_pdf(path: Path) -> str:
    """Return the text of a PDF, pages separated by a blank line."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_HEADER_SEARCH)
    except OSError as exc:
        raise UnreadableFileError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if b"%PDF-" not in head:
        raise UnreadableFileError(path, "is not a valid PDF (it has no PDF header)")

    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        raw: str = extract_text(str(path), laparams=LAParams())
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
    return expand_ligatures(text)
