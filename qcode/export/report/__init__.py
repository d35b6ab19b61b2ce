"""Reports a researcher can hand in: Word (.docx) and PDF documents with the
codebook, quotes by code with their sources, memos, charts and the sources
themselves, pseudonymised on request.

* :mod:`.blocks`: what a report is made of (headings, paragraphs in named
  styles, quotes with citations, tables, figures);
* :mod:`.sections` and :mod:`.registry`: the optional sections, one module
  each (:mod:`.method`, :mod:`.codebook`, :mod:`.quotes`, :mod:`.memos`,
  :mod:`.charts` with :mod:`.drawing`, :mod:`.queries`, :mod:`.framework`,
  :mod:`.corroboration` (with :mod:`.passages`), :mod:`.sources`);
* :mod:`.docx_writer` and :mod:`.pdf_writer` (with :mod:`.fonts`): the files;
* :mod:`.build`: :func:`write_report` and :func:`outline`; :mod:`.manifest`.

Importing this package loads neither python-docx nor fpdf2: the writers
load them when a report is written.
"""

from qcode.export.report.build import check_report_path, outline, write_report
from qcode.export.report.context import ReportOptions
from qcode.export.report.registry import SECTIONS, available_sections, parse_sections
from qcode.export.report.summary import ReportSummary

__all__ = [
    "SECTIONS",
    "ReportOptions",
    "ReportSummary",
    "available_sections",
    "check_report_path",
    "outline",
    "parse_sections",
    "write_report",
]
