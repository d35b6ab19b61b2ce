"""Time marks typed in a transcript stay its timing when the text is edited.

A transcript typed by hand (File ▸ New transcript from a recording) is timed
by its ``[hh:mm:ss]`` marks (:func:`qcode.io.timestamps.timed_turns`): each
mark starts a cue.  When the researcher corrects such a document's text
(:class:`qcode.core.text_edits.EditText`) and the edit changes a mark,
adds one or removes one, the cues are made again from the marks of the
edited text, so the times of passages follow what the text now says.

A document is taken to be timed by its marks only when its cues are
exactly those its marks make; a subtitle transcript (its times from the
cue timings, not from marks in the text) is never re-timed.
"""

from __future__ import annotations

from collections.abc import Sequence

from qcode.core.commands import Transaction
from qcode.io.timestamps import timed_turns
from qcode.model import SpeakerTurn
from qcode.store import documents, speakers


def retime_from_marks(
    tx: Transaction,
    document_id: int,
    old_text: str,
    new_text: str,
    old_turns: Sequence[SpeakerTurn],
) -> bool:
    """After an edit of a document timed by its marks, make its cues again
    from the marks of ``new_text`` (see the module); returns whether they
    changed.  ``old_turns`` are its cues before the edit."""
    if not old_turns or old_turns[-1].time_start is None:
        return False
    duration = old_turns[-1].time_end  # the last cue ends with the recording
    if list(old_turns) != timed_turns(old_text, duration):
        return False
    fresh = timed_turns(new_text, duration)
    rows = speakers.rows(tx.conn, document_id)
    if [row.turn for row in rows] == fresh:
        return False  # the marks only moved with the text
    speakers.delete(tx.changes, [row.id for row in rows])
    speakers.insert(tx.changes, document_id, fresh)
    labels = list(dict.fromkeys(turn.speaker for turn in fresh))  # as a new document's
    documents.update(tx.changes, document_id, speakers=labels)
    return True
