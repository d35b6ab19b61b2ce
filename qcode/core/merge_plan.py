"""The state a merge carries from step to step: the other project's rows,
and how each of its rows maps onto a row of the project being merged into.

The steps (coders, variables, documents, codes, codings, memos) live in
:mod:`qcode.core.merge_documents`, :mod:`qcode.core.merge_codebook` and
:mod:`qcode.core.merge_codings`; each fills in the maps the later ones read.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qcode.core.commands import Transaction
from qcode.core.merge_report import MergeReport
from qcode.core.names import clean_name, shown
from qcode.core.reanchor import Reanchor
from qcode.errors import QcodeError
from qcode.store import merge as store
from qcode.store import queries

Row = dict[str, Any]
# The tables whose rows have a name, and the conflict kind that reports a cleaned one.
_NAMED = [("coders", "coder"), ("documents", "document"), ("variables", "attribute")]
_NAMED += [("codes", "code")]


@dataclass
class OtherProject:
    """The project being merged in, read once before the merge starts."""

    path: Path
    conn: sqlite3.Connection
    info: dict[str, str]
    rows: dict[str, list[Row]]
    # (conflict kind, name as cleaned, name as the file has it), for the report
    cleaned: list[tuple[str, str, str]] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path, conn: sqlite3.Connection) -> OtherProject:
        with store.read_snapshot(conn):
            broken = store.broken_references(conn)
            if broken:
                table, missing = broken[0]
                raise QcodeError(
                    f"{path.name}: the project file is damaged ({table} refer to {missing} "
                    "that are not there); nothing was merged"
                )
            info = queries.project_info(conn)
            rows = {table: store.table_rows(conn, table) for table in store.MERGED_TABLES}
        other = cls(path, conn, info, rows)
        other.clean_names()
        return other

    def clean_names(self) -> None:
        """Make the names of the other file's coders, documents, attributes and
        codes valid (:func:`~qcode.core.names.clean_name`): an older qcode, or
        someone editing the file, may have stored control characters or blanks."""
        for table, kind in _NAMED:
            for row in self.rows[table]:
                raw = row["name"] if isinstance(row["name"], str) else str(row["name"])
                name, changed = clean_name(raw, kind)
                if changed:
                    self.cleaned.append((kind, name, raw))
                row["name"] = name

    @property
    def name(self) -> str:
        return self.path.name

    def text(self, document_id: int) -> str:
        return store.document_texts(self.conn, [document_id])[document_id]


@dataclass
class Placement:
    """Where the other project's codings on one document go."""

    document_id: int  # the project's document
    other_id: int  # the other project's document
    reanchor: Reanchor | None = None  # set when the texts differ
    copy_id: int | None = None  # a copy of the other's document, made when needed
    unplaced: list[Row] = field(default_factory=list)  # codings that went to the copy


class MergeState:
    """Maps from the other project's row ids to the project's, plus what the
    steps share: the transaction, the report, names already taken."""

    def __init__(self, tx: Transaction, other: OtherProject, report: MergeReport) -> None:
        self.tx = tx
        self.other = other
        self.report = report
        self.coders: dict[int, int] = {}
        self.variables: dict[int, int] = {}  # absent: not merged (types differ)
        self.documents: dict[int, Placement] = {}
        self.codes: dict[int, int] = {}
        self.codings: dict[int, int] = {}
        self.coder_names: dict[int, str] = {}
        self.document_names: dict[int, str] = {}  # the project's, by id
        self.document_uuids: set[str] = set()
        # (code id, the other's description) for codes whose descriptions differ
        self.code_descriptions: list[tuple[int, str]] = []
        self._next_ids: dict[str, int] = {}
        for kind, name, raw in other.cleaned:
            report.conflict(
                kind, name, f"named '{shown(raw)}' in {other.name}; cleaned to '{name}'"
            )

    @property
    def suffix(self) -> str:
        """Added to names and titles that come from the other project."""
        return f" (from {self.other.path.stem})"

    def new_id(self, table: str) -> int:
        """An id for a row about to be inserted (ids are given out once)."""
        if table not in self._next_ids:
            self._next_ids[table] = self.tx.next_id(table)
        value = self._next_ids[table]
        self._next_ids[table] = value + 1
        return value

    def unique_document_name(self, name: str) -> str:
        taken = set(self.document_names.values())
        if name not in taken:
            return name
        number = 2
        while f"{name} ({number})" in taken:
            number += 1
        return f"{name} ({number})"

    def other_rows(self, table: str) -> list[Row]:
        return self.other.rows[table]


def quoted(names: list[str], limit: int = 3) -> str:
    """``'a', 'b', 'c' and 2 more``."""
    shown = ", ".join(f"'{name}'" for name in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")
