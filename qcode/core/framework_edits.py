"""Commands on the framework matrix: a case's summary on a code, and the
quotes (codings) the summary rests on.

A cell exists while it has a summary or a quote: emptying the summary of a
cell without quotes removes the cell, and so does unlinking the last quote of
a cell without a summary.  A quote can be any coding (the app offers the
codings of the cell's case and code).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from qcode.core.case_edits import case_now
from qcode.core.commands import Command, Transaction
from qcode.core.names import check_text
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import Case, Code, Codebook, Coding, FrameworkCell
from qcode.store import codes, codings, framework
from qcode.store.framework import NewCell


def _cell_for(tx: Transaction, case: Case, code: Code) -> tuple[int, int, FrameworkCell | None]:
    """The case's and code's ids as they are now, and their cell if any."""
    case_id = case_now(tx, case).id
    if code.id not in Codebook(codes.codes(tx.conn)):
        raise QcodeError(Message("code '{code}' no longer exists", code=code.name))
    return case_id, code.id, framework.cell(tx.conn, case_id, code.id)


@dataclass
class SetSummary(Command[int | None]):
    """Write a case's summary on a code; returns the cell's id (``None``
    when an empty summary removed a cell without quotes)."""

    kind: ClassVar[str] = "set_summary"
    case: Case
    code: Code
    summary: str

    @property
    def label(self) -> Message:
        return Message(
            "summarise case '{case}' on '{code}'", case=self.case.name, code=self.code.name
        )

    def do(self, tx: Transaction) -> int | None:
        check_text(self.summary, Message("the summary"))
        summary = self.summary.strip()
        case_id, code_id, cell = _cell_for(tx, self.case, self.code)
        if cell is None:
            if not summary:
                raise QcodeError(Message("the summary is empty"))
            new = NewCell(case_id, code_id, summary, tx.coder.id, tx.now)
            return framework.insert(tx.changes, [new])[0]
        if not summary and not cell.quotes:
            framework.delete(tx.changes, [cell.id])
            return None
        if summary != cell.summary:
            framework.update(
                tx.changes, cell.id, summary=summary, coder_id=tx.coder.id, modified_at=tx.now
            )
        return cell.id


@dataclass
class LinkQuotes(Command[int]):
    """Link codings to a case's cell on a code as the quotes its summary
    rests on (the cell is made when needed); returns how many were new."""

    kind: ClassVar[str] = "link_quotes"
    case: Case
    code: Code
    codings: Sequence[Coding]

    @property
    def label(self) -> Message:
        case, code, count = self.case.name, self.code.name, len(self.codings)
        if count == 1:
            return Message("link a quote to case '{case}' on '{code}'", case=case, code=code)
        return Message(
            "link {count} quotes to case '{case}' on '{code}'", count=count, case=case, code=code
        )

    def do(self, tx: Transaction) -> int:
        ids = list(dict.fromkeys(coding.id for coding in self.codings))
        if not ids:
            raise QcodeError(Message("no codings to link as quotes"))
        if len(codings.codings(tx.conn, ids=ids)) != len(ids):
            raise QcodeError(Message("some of these codings no longer exist"))
        case_id, code_id, cell = _cell_for(tx, self.case, self.code)
        if cell is None:
            (cell_id,) = framework.insert(
                tx.changes, [NewCell(case_id, code_id, "", tx.coder.id, tx.now)]
            )
            quoted: tuple[int, ...] = ()
        else:
            cell_id, quoted = cell.id, cell.quotes
        new = [(cell_id, coding) for coding in ids if coding not in quoted]
        framework.insert_quotes(tx.changes, new)
        return len(new)


@dataclass
class UnlinkQuotes(Command[int]):
    """Take quotes off a case's cell on a code; returns how many were quotes."""

    kind: ClassVar[str] = "unlink_quotes"
    case: Case
    code: Code
    codings: Sequence[Coding]

    @property
    def label(self) -> Message:
        case, code, count = self.case.name, self.code.name, len(self.codings)
        if count == 1:
            return Message("unlink a quote from case '{case}' on '{code}'", case=case, code=code)
        return Message(
            "unlink {count} quotes from case '{case}' on '{code}'",
            count=count,
            case=case,
            code=code,
        )

    def do(self, tx: Transaction) -> int:
        _, _, cell = _cell_for(tx, self.case, self.code)
        wanted = {coding.id for coding in self.codings}
        quotes = [] if cell is None else framework.quotes_of(tx.conn, cell.id)
        ids = [quote.id for quote in quotes if quote.coding_id in wanted]
        if cell is None or not ids:
            raise QcodeError(
                Message("nothing to unlink: these codings are not quotes of that cell")
            )
        framework.delete_quotes(tx.changes, ids)
        if not cell.summary and len(ids) == len(quotes):
            framework.delete(tx.changes, [cell.id])
        return len(ids)
