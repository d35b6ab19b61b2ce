"""The coded segments as a CSV file that Excel and LibreOffice open right.

UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local
code page and garbles every non-ASCII character), comma-separated, quoted
where needed, one row per coded segment, the columns of the Segments sheet
(:data:`qcode.analysis.segments_report.SEGMENT_HEADERS`).  Rows are written as
they are read, so the file can hold any number of segments.

**Formula injection.**  A CSV cell has no type: a spreadsheet opening the
file evaluates any cell that looks like a formula.  A text cell that starts
with ``=``, ``+``, ``-`` or ``@`` (also after leading white space), or with a
tab or carriage return, is therefore written with an apostrophe in front
(``'=HYPERLINK(...)``): spreadsheets show such a cell as text, and the
apostrophe tells a reader of the raw file that it was added.  Numbers
(start, end) are never prefixed.  Anyone reading the file with a program
should strip one leading apostrophe from such cells.

Like the workbook, the file is written beside the target and moved into
place when complete.  A pseudonymised export (see :mod:`qcode.export.pseudonymised`)
is checked for leaks before that.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.analysis.filters import Filters
from qcode.analysis.segments_report import SEGMENT_HEADERS, segment_rows
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.export.atomic import atomic_file
from qcode.export.cells import looks_like_formula
from qcode.export.leak_check import leak_check
from qcode.messages import Message

if TYPE_CHECKING:
    from qcode.core.pseudonymise import Pseudonymiser
    from qcode.export.consent import Consent


def safe_cell(value: Any) -> Any:
    """``value`` as written to CSV: text that could run as a formula gets a
    leading apostrophe (see the module)."""
    if isinstance(value, str) and looks_like_formula(value):
        return "'" + value
    return value


def export_segments_csv(
    project: Project,
    path: str | Path,
    filters: Filters | None = None,
    pseudonymiser: Pseudonymiser | None = None,
    consent: Consent | None = None,
) -> int:
    """Write the coded segments in scope to ``path``; returns how many.
    With ``pseudonymiser``, with the identifiers replaced.  Passages the
    consent register blocks are left out (``consent`` None: the register as
    it is; see :mod:`qcode.export.consent`)."""
    from qcode.export.consent import Consent

    path = Path(path)
    consent = consent if consent is not None else Consent.of(project)
    if not path.parent.is_dir():
        raise QcodeError(
            Message(
                "{file}: folder {folder} does not exist", file=path.name, folder=str(path.parent)
            )
        )
    count = 0
    check = leak_check(pseudonymiser, path.name)
    with (
        atomic_file(path, check=check) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as stream,
    ):
        writer = csv.writer(stream)
        writer.writerow(SEGMENT_HEADERS)
        rows = consent.segments(project, segment_rows(project, filters))
        replace = None
        if pseudonymiser is not None:
            from qcode.export import pseudonymised

            rows = pseudonymised.segments(project, rows, pseudonymiser)
            replace = pseudonymiser.replace
        for row in rows:
            cells = row.cells()
            if replace is not None:
                cells = [replace(value) if isinstance(value, str) else value for value in cells]
            writer.writerow([safe_cell(value) for value in cells])
            count += 1
    return count
