"""Text made safe for a spreadsheet cell (Excel, LibreOffice, a CSV opened in either).

* Text starting with ``=``, ``+``, ``-`` or ``@`` (also after leading white
  space), or with a tab or carriage return, could be taken for a formula: a
  transcript line "=HYPERLINK(...)" must stay words on the screen.  Writers
  store such text as a text cell (xlsx) or behind an apostrophe (CSV).
* Characters XML 1.0 cannot hold (control characters, lone surrogates,
  U+FFFE/U+FFFF) become U+FFFD in a workbook.
* Text over Excel's limit of 32,767 characters (counted in UTF-16, as Excel
  does) is shortened, ending in "…".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EXCEL_TEXT_LIMIT = 32_767  # UTF-16 code units in one cell
_FORMULA_TRIGGERS = frozenset("=+-@\t\r")
# The same set of characters as qcode.export.qdpx_xml's NOT_XML, written as the
# (much shorter) list of what is excluded.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula (see the module)."""
    first = text[:1]
    if first in _FORMULA_TRIGGERS:
        return True
    return first.isspace() and text.lstrip()[:1] in _FORMULA_TRIGGERS


@dataclass
class CellText:
    """Counts what :meth:`safe` had to change, for an export's summary."""

    replaced: int = 0  # characters XML cannot hold, now U+FFFD
    shortened: int = 0  # cells cut to Excel's limit

    def safe(self, value: str) -> str:
        """``value`` as a workbook can hold it (see the module), counted."""
        if _NOT_XML.search(value):
            value, count = _NOT_XML.subn("\ufffd", value)
            self.replaced += count
        if len(value) > EXCEL_TEXT_LIMIT // 2:
            utf16 = value.encode("utf-16-le", "surrogatepass")
            if len(utf16) > 2 * EXCEL_TEXT_LIMIT:
                self.shortened += 1
                # Cut at a code-unit boundary; "ignore" drops half a surrogate pair.
                value = utf16[: 2 * (EXCEL_TEXT_LIMIT - 1)].decode("utf-16-le", "ignore") + "…"
        return value
