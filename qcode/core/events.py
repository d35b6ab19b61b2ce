"""Change notifications: the model announces, views subscribe.

No view polls the project.  After every edit, undo or redo the project emits
one :class:`ProjectChanged` saying exactly which kinds of things changed and,
for codings, in which documents, so that a view redraws only what it must.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from qcode.store.schema import KIND_OF_TABLE

T = TypeVar("T")

# The kinds of things an edit can change (see ProjectChanged.kinds); the
# store maps its tables onto them.
KINDS: frozenset[str] = frozenset(KIND_OF_TABLE.values())


@dataclass(frozen=True)
class ProjectChanged:
    """What one edit, undo or redo changed.

    ``kinds`` names the kinds of things changed, from :data:`KINDS`:
    ``"documents"`` (a document, its text, speaker turns or attributes, or
    the attribute definitions), ``"codes"``, ``"codings"``, ``"memos"``,
    ``"coders"``, ``"project"`` (its name or description), ``"pseudonyms"``,
    ``"suggestions"`` (rejected suggestions), ``"speakers"`` (roles and
    descriptions), ``"cases"`` (cases, their attributes and members),
    ``"framework"`` (summaries and quotes), ``"links"`` (link types and
    links), ``"grades"`` (the scale and codings' grades) and ``"queries"``
    (saved queries).  ``documents`` holds the
    ids of documents whose row changed or that gained or lost codings, text,
    turns, attributes, memos or rejected suggestions; ``codes`` the ids of
    codes whose own row changed or that gained or lost codings, memos or
    rejected suggestions.
    """

    action: str  # "do" | "undo" | "redo"
    label: str  # the edit's name: a Message the app shows translated (see Command.label)
    kinds: frozenset[str]
    documents: frozenset[int] = field(default_factory=frozenset)
    codes: frozenset[int] = field(default_factory=frozenset)


class Signal(Generic[T]):
    """A list of callbacks called with one value, in the order connected."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], None]] = []

    def connect(self, callback: Callable[[T], None]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[[T], None]) -> None:
        self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        for callback in list(self._callbacks):
            callback(value)
