"""The names of a workbook's sheets, for the survey import dialog's sheet picker.

An ``.xlsx`` lists its sheets in ``xl/workbook.xml`` (a small part); an
``.ods`` names each table where it begins in ``content.xml``, which is
streamed within the same byte limit as reading a sheet
(:class:`qcode.io.limits.SheetLimits`).  A CSV file has no sheets.
"""

from __future__ import annotations

from pathlib import Path

from qcode.errors import UnreadableFileError
from qcode.io.bounded_zip import OfficeZip
from qcode.io.limits import SHEET_BYTES_VARIABLE, ByteBudget, SheetLimits
from qcode.messages import Message

_WORKBOOKS = (".xlsx", ".ods")  # files with named sheets
_MAX_WORKBOOK_PART = 10_000_000  # xl/workbook.xml lists sheets and names: a few kilobytes
_XLSX_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_SPREADSHEET = "urn:oasis:names:tc:opendocument:xmlns:office:1.0}spreadsheet"


class _Names:
    """XML events → the names of the sheets (the top-level tables of an .ods)."""

    def __init__(self, tag: str, attribute: str, parent: str | None) -> None:
        self.tag, self.attribute, self.parent = tag, attribute, parent
        self.names: list[str] = []
        self._stack: list[str] = []

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        parent = self._stack[-1] if self._stack else None
        if tag == self.tag and (self.parent is None or parent == self.parent):
            self.names.append(attributes.get(self.attribute, ""))
        self._stack.append(tag)

    def end(self, _tag: str) -> None:
        self._stack.pop()

    def data(self, _text: str) -> None:
        pass


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of an ``.xlsx`` or ``.ods`` workbook in order (``[]`` for
    any other file); one-line :class:`UnreadableFileError` for a damaged one."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in _WORKBOOKS:
        return []
    if suffix == ".xlsx":
        damaged = Message("is not a readable .xlsx workbook (damaged, or another format)")
        names = _Names(_XLSX_MAIN + "sheet", "name", None)
        with OfficeZip(path, damaged, ByteBudget(path, _MAX_WORKBOOK_PART)) as package:
            package.parse("xl/workbook.xml", names)
    else:
        damaged = Message("is not a readable .ods spreadsheet (damaged, or another format)")
        names = _Names(_ODS_TABLE + "table", _ODS_TABLE + "name", _ODS_SPREADSHEET)
        with OfficeZip(
            path, damaged, ByteBudget(path, SheetLimits.now().bytes, SHEET_BYTES_VARIABLE)
        ) as package:
            package.parse("content.xml", names)
    if not names.names:
        raise UnreadableFileError(path, Message("has no worksheet"))
    return names.names
