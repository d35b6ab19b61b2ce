"""Change notifications: the model announces, views subscribe.

No view polls the project.  After every edit, undo or redo the project emits
one :class:`ProjectChanged` saying exactly which kinds of things changed and,
for codings, in which documents, so that a view redraws only what it must.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class ProjectChanged:
    """What one edit, undo or redo changed.

    ``tables`` names the kinds of rows touched (``"codings"``, ``"codes"``,
    ``"documents"``, ``"memos"``, ...); ``documents`` the ids of documents
    whose text, codings, turns or attributes changed; ``codes`` the ids of
    codes whose own row or codings changed.
    """

    action: str  # "do" | "undo" | "redo"
    label: str
    tables: frozenset[str]
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
