"""The time in the recording cited beside each coded segment of a timed
document (hh:mm:ss), for the workbook's Segments sheet.

Times come from the document's cues (:class:`qcode.core.timeline.Timeline`)
and are read off the segment's own span before anything rewrites the row:
a pseudonymised row's start and end are positions in the pseudonymised
text, which the cues do not know.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from qcode.analysis.segments_report import SegmentRow
from qcode.core.project import Project
from qcode.core.timeline import Timeline, Times, clock_span

HEADER = "Time in recording"
WIDTH = 20


class SegmentTimes:
    """Notes each row's time as rows pass (:meth:`noting`), one document's
    cues at a time; :meth:`cite` gives it back once, by coding UUID."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._noted: dict[str, Times] = {}

    def noting(self, rows: Iterable[SegmentRow]) -> Iterator[SegmentRow]:
        document_id: int | None = None
        timeline = Timeline([])
        for row in rows:
            if row.document_id != document_id:
                document_id = row.document_id
                timeline = self.project.timeline(self.project.document(document_id))
            if timeline.timed:
                self._noted[row.coding_uuid] = timeline.span(row.start, row.end)
            yield row

    def cite(self, coding_uuid: str) -> str:
        """``00:01:02–00:01:09``, or ``""`` for a segment of untimed text."""
        times = self._noted.pop(coding_uuid, None)
        return "" if times is None else clock_span(times)
