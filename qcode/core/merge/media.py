"""Merge step for recordings: the other project's links come with its documents.

A recording is linked by reference (:mod:`qcode.core.media`), so merging
moves no file: the other project's link is recorded for the document it
merged into, its path re-expressed for this project (relative to this
project's folder when the file is inside it, else absolute), resolved from
the other project's folder, or where :func:`~qcode.core.media.find_media`
finds the file once moved.  Its size and SHA-256 come along unchanged, so
``qcode verify`` still knows whether it is the file that was linked.

Where the document already has a recording here:

* the same file (the same SHA-256): nothing to do;
* another file: this project's link is kept and the conflict reported,
  naming both files, so the team lead decides which recording is the
  interview's; nothing is ever unlinked by a merge.
"""

from __future__ import annotations

from qcode.core.media import find_media, stored_path
from qcode.core.merge.plan import MergeState
from qcode.messages import Message
from qcode.store import media as stored
from qcode.store.media import NewMedia


def merge_media(state: MergeState) -> None:
    """Take over the other project's recordings (see the module)."""
    tx = state.tx
    other_folder = state.other.path.parent
    folder = stored.project_folder(tx.conn)
    coder_ids = {name: coder_id for coder_id, name in state.coder_names.items()}
    for link in stored.all_media(state.other.conn):
        placement = state.documents.get(link.document_id)
        if placement is None:
            continue
        document_id = placement.document_id
        mine = stored.of_document(tx.conn, document_id)
        name = state.document_names.get(document_id, link.file_name)
        if mine is not None:
            if mine.sha256 != link.sha256:
                state.report.conflict(
                    "document",
                    name,
                    Message(
                        "{other} links it to the recording {theirs} (SHA-256 {their_hash}…), "
                        "this project to another file, {ours} ({our_hash}…); "
                        "this project's recording was kept",
                        other=state.other.name,
                        theirs=link.file_name,
                        their_hash=link.sha256[:12],
                        ours=mine.file_name,
                        our_hash=mine.sha256[:12],
                    ),
                )
            continue
        check = find_media(link, other_folder)
        stored.insert(
            tx.changes,
            NewMedia(
                document_id=document_id,
                path=stored_path(check.path, folder),
                file_name=link.file_name,
                size=link.size,
                sha256=link.sha256,
                kind=link.kind,
                duration=link.duration,
                linked_at=link.linked_at,
                linked_by=coder_ids.get(link.linked_by or "", tx.coder.id),
            ),
        )
        state.report.recordings_added += 1
