"""Commands on saved queries: save (create or replace), rename, delete.

The core keeps a query's text and options; it cannot check that the text is
a valid query, because the query language lives above it
(:mod:`qcode.analysis.queries`).  Callers parse the expression before
saving, so a saved query always ran once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from qcode.core.commands import Command, Transaction
from qcode.core.names import check_name, check_text, clean_name
from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.model import QueryOptions, SavedQuery
from qcode.store import saved_queries
from qcode.store.saved_queries import NewQuery


def query_now(tx: Transaction, query: SavedQuery) -> SavedQuery:
    found = saved_queries.by_id(tx.conn, query.id)
    if found is None:
        raise QcodeError(Message("the saved query '{query}' no longer exists", query=query.name))
    return found


def check_options(options: QueryOptions) -> QueryOptions:
    """Options whose every value is text that can be stored, trimmed."""
    values: dict[str, tuple[str, ...]] = {}
    for name in QueryOptions.FIELDS:
        items = getattr(options, name)
        if isinstance(items, str) or not all(isinstance(item, str) for item in items):
            raise QcodeError(
                Message("the query's {field} must be a list of names", field=name.replace("_", " "))
            )
        for item in items:
            check_text(item, Message("the query's {field}", field=name.replace("_", " ")))
        values[name] = tuple(item.strip() for item in items if item.strip())
    return QueryOptions(**values)


@dataclass
class SaveQuery(Command[int]):
    """Save a query under a name, replacing the one of that name if any;
    returns its id."""

    kind: ClassVar[str] = "save_query"
    name: str
    expression: str
    options: QueryOptions = field(default_factory=QueryOptions)

    @property
    def label(self) -> Message:
        return Message("save query '{query}'", query=clean_name(self.name, "query")[0])

    def do(self, tx: Transaction) -> int:
        name = check_name(self.name, "query")
        expression = self.expression.strip()
        if not expression:
            raise QcodeError(Message("the query is empty"))
        check_text(expression, Message("the query"))
        options = check_options(self.options)
        existing = saved_queries.by_name(tx.conn, name)
        if existing is None:
            new = NewQuery(name, expression, options, tx.now, tx.now)
            return saved_queries.insert(tx.changes, [new])[0]
        if (existing.expression, existing.options) != (expression, options):
            saved_queries.update(
                tx.changes, existing.id, expression=expression, options=options, modified_at=tx.now
            )
        return existing.id


@dataclass
class RenameQuery(Command[None]):
    kind: ClassVar[str] = "rename_query"
    query: SavedQuery
    name: str

    @property
    def label(self) -> Message:
        return Message(
            "rename query '{old}' to '{new}'",
            old=self.query.name,
            new=clean_name(self.name, "query")[0],
        )

    def do(self, tx: Transaction) -> None:
        current = query_now(tx, self.query)
        name = check_name(self.name, "query")
        clash = saved_queries.by_name(tx.conn, name)
        if clash is not None and clash.id != current.id:
            raise QcodeError(Message("there is already a saved query named '{name}'", name=name))
        saved_queries.update(tx.changes, current.id, name=name, modified_at=tx.now)


@dataclass
class DeleteQuery(Command[None]):
    kind: ClassVar[str] = "delete_query"
    query: SavedQuery

    @property
    def label(self) -> Message:
        return Message("delete query '{query}'", query=self.query.name)

    def do(self, tx: Transaction) -> None:
        saved_queries.delete(tx.changes, [query_now(tx, self.query).id])
