"""Which speakers an analysis listens to: the speaker part of
:class:`~qcode.analysis.filters.Filters`.

The rule, the same for every analysis: a coding counts for a speaker when
its start lies inside one of that speaker's turns.  So

* with speakers to keep (named, or chosen by role), a coding counts when it
  starts inside a turn of one of them;
* with speakers to leave out (``--exclude-speaker Interviewer``), a coding
  counts unless it starts inside a turn of one of them;
* with both, both must hold.  A coding that starts outside every turn counts
  only when no speaker is asked for by name or role.

A query's result is cut the same way, character by character: only the parts
inside the kept speakers' turns, and outside the left-out speakers' turns,
remain (see :mod:`qcode.analysis.queries.run`).  Word lists of whole texts
take the kept characters only.

In practice each document gets a :class:`KeptText`: the characters the
selection keeps, as sorted disjoint spans, built from the document's turns.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from qcode.analysis.intervals import Span, difference, merged
from qcode.model import SpeakerTurn


def _merged(spans: list[Span]) -> list[Span]:
    """Turns' spans, in any order and maybe empty, as merged spans."""
    return merged(sorted(span for span in spans if span[0] < span[1]))


class KeptText:
    """The characters of one document a speaker selection keeps, as sorted,
    disjoint ``[start, end)`` spans."""

    __slots__ = ("_starts", "spans")

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self._starts = [start for start, _ in spans]

    def holds(self, position: int) -> bool:
        """Whether the character at ``position`` is kept (a coding starting
        there counts)."""
        i = bisect_right(self._starts, position) - 1
        return i >= 0 and position < self.spans[i][1]

    @property
    def empty(self) -> bool:
        return not self.spans


@dataclass(frozen=True)
class SpeakerSelection:
    """Speakers kept (``None``: any, and text outside every turn) and left out,
    by the labels of their turns."""

    keep: frozenset[str] | None
    leave_out: frozenset[str] = frozenset()

    def kept_text(self, turns: Sequence[SpeakerTurn], length: int) -> KeptText:
        """What this selection keeps of a document of ``length`` characters
        with these turns."""
        if self.keep is None:
            kept = [(0, length)] if length > 0 else []
        else:
            kept = _merged([(t.start, t.end) for t in turns if t.speaker in self.keep])
        if self.leave_out and kept:
            holes = _merged([(t.start, t.end) for t in turns if t.speaker in self.leave_out])
            kept = difference(kept, holes)
        return KeptText(kept)

    def keeps_nothing_in(self, turns: Sequence[SpeakerTurn]) -> bool:
        """Whether nothing of a document with these turns can be kept
        (a cheap test before reading anything else of it)."""
        return self.keep is not None and not any(t.speaker in self.keep for t in turns)


def selection(
    speakers: Sequence[str],
    exclude_speakers: Sequence[str],
    roles: Sequence[str],
    role_of: dict[str, str],
) -> SpeakerSelection | None:
    """The selection for these names and roles (``role_of``: each speaker's
    role); ``None`` when nothing is asked for."""
    if not (speakers or exclude_speakers or roles):
        return None
    keep: frozenset[str] | None = None
    if speakers or roles:
        wanted = {role.strip().casefold() for role in roles}
        by_role = {name for name, role in role_of.items() if role.strip().casefold() in wanted}
        keep = frozenset(speakers) | frozenset(by_role)
    return SpeakerSelection(keep, frozenset(exclude_speakers))
