"""Recordings and coding provenance in a REFI-QDA import (see
:mod:`qcode.core.qdpx_import`).

**Recordings.**  An ``<AudioSource>``/``<VideoSource>`` whose transcript
became a document gets its recording linked to that document, as
``qcode media`` would link it (path, size, SHA-256 recorded):

* a file inside the ``.qdpx`` (``internal://``) is written out, a piece at
  a time, into ``<project>.media/`` beside the project file (a new file:
  one already there is reused only when its bytes are the same, else the
  new one gets another name), since qcode keeps recordings by reference,
  never inside the project;
* a file outside it (``absolute://``, ``relative://``, ``currentPath``) is
  linked where it is, when it is there; else the import says so, and the
  user links it later with ``qcode media``.

If the import fails, the files it wrote out are removed again: a refused
import changes nothing, on disk either.  Each file written is kept with the
edit (:mod:`qcode.core.written_files`): undoing the import removes it (when
unchanged and linked no more), redoing it writes it out again.

**Provenance.**  A qcode export carries how each coding was made in
``qcode/provenance.json`` (:mod:`qcode.export.qdpx_provenance`); it is read
back here, by ``Coding`` GUID.  A file without it (another tool's) gives
every coding it brings the origin ``import``: the researcher did not make
those codings in this project by hand.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

from qcode.core.commands import Transaction
from qcode.core.media import link_recording, stored_path
from qcode.core.written_files import file_record, media_folder_of
from qcode.errors import QcodeError, message_of
from qcode.io import qdpx_model as qm
from qcode.io.media import MEDIA_SUFFIXES, read_media_facts
from qcode.io.qdpx_media import media_location, read_provenance
from qcode.io.qdpx_zip import QdpxArchive
from qcode.messages import Message
from qcode.store import coding_provenance
from qcode.store import media as stored
from qcode.store.coding_provenance import ProvenanceRow

PROVENANCE_MEMBER = "qcode/provenance.json"
PROVENANCE_LIMIT = 256 * 1024**2  # a provenance member larger than this is not qcode's
IMPORT_SOURCE = "import:qdpx"  # origin "import" (qcode.model.ORIGIN_OF_SOURCE)


class ImportedRecordings:
    """The recordings of one import: linking each, and removing the files
    written out if the import fails."""

    def __init__(
        self, tx: Transaction, report: qm.QdpxHeader | None, archive: QdpxArchive, qdpx: Path
    ) -> None:
        self.tx = tx
        self.archive = archive
        self.qdpx = qdpx
        self.base_path = report.base_path if report is not None else ""
        self.written: list[Path] = []
        self.made_folder: Path | None = None
        self.lines: list[str] = []  # what was linked, where
        self.problems: list[str] = []  # recordings not linked, and why

    def link(self, source: qm.QdpxSource, document_id: int, document_name: str) -> None:
        """Link ``source``'s recording to the document its transcript became."""
        if not source.media_path and not source.current_path:
            return
        if stored.of_document(self.tx.conn, document_id) is not None:
            self.problems.append(
                Message(
                    "'{document}': a second recording for the same transcript was not linked",
                    document=document_name,
                )
            )
            return
        entry_name, candidates = media_location(
            source.media_path, source.current_path, self.base_path, self.qdpx.parent
        )
        path: Path | None = None
        if entry_name is not None:
            path = self._extract(entry_name, source)
            if path is None:
                return
        else:
            path = next((found for found in candidates if found.is_file()), None)
            if path is None:
                shown = source.media_path or source.current_path
                self.problems.append(
                    Message(
                        "'{document}': its recording ({path}) was not found on this "
                        "computer; link it with: qcode media PROJECT DOCUMENT FILE",
                        document=document_name,
                        path=shown,
                    )
                )
                return
        try:
            facts = read_media_facts(path)
        except QcodeError as error:
            self._forget(path)  # not linked: a file this import wrote goes again
            self.problems.append(
                Message(
                    "'{document}': its recording was not linked ({problem})",
                    document=document_name,
                    problem=message_of(error),
                )
            )
            return
        link_recording(self.tx, document_id, facts)
        if entry_name is not None and path in self.written:
            # Kept with the edit, so that undo removes the file and redo rewrites it.
            folder = stored.project_folder(self.tx.conn)
            made = self.made_folder
            self.tx.files.append(
                file_record(
                    stored_path(path, folder),
                    facts.size,
                    facts.sha256,
                    self.archive,
                    entry_name,
                    None if made is None else stored_path(made, folder),
                )
            )
        self.lines.append(
            Message(
                "'{document}': its recording written out of the file to {path}",
                document=document_name,
                path=str(path),
            )
            if entry_name is not None
            else Message(
                "'{document}': its recording linked at {path}",
                document=document_name,
                path=str(path),
            )
        )

    def _extract(self, entry_name: str, source: qm.QdpxSource) -> Path | None:
        entry = self.archive.internal_entry(entry_name)
        if entry is None:
            self.problems.append(
                Message(
                    "'{source}': its recording sources/{entry} is missing from the file",
                    source=source.name,
                    entry=entry_name,
                )
            )
            return None
        project_file = stored.project_file(self.tx.conn)
        if project_file is None:
            self.problems.append(
                Message(
                    "'{source}': a project in memory cannot keep a recording", source=source.name
                )
            )
            return None
        suffix = Path(entry_name).suffix.lower()
        if suffix not in MEDIA_SUFFIXES:
            self.problems.append(
                Message(
                    "'{source}': its recording sources/{entry} is not a kind qcode links",
                    source=source.name,
                    entry=entry_name,
                )
            )
            return None
        folder = media_folder_of(project_file)
        if not folder.is_dir():
            folder.mkdir()
            self.made_folder = folder
        # The source's own name when it is a plain file name with the same
        # suffix (what the researcher will recognise), else the entry's.
        wanted = Path(source.name).name.strip()
        if not wanted or Path(wanted).suffix.lower() != suffix or wanted.startswith("."):
            wanted = Path(source.name).stem.strip().strip(".") + suffix if source.name else ""
        if not wanted or wanted == suffix or "/" in wanted or "\\" in wanted:
            wanted = Path(entry_name).name
        target = folder / wanted
        number = 1
        while True:
            try:
                with open(target, "xb") as handle:  # never over a file that is there
                    self.written.append(target)
                    self.archive.extract(entry, handle)
                return target
            except FileExistsError:
                if self._same(target, entry):
                    return target
                number += 1
                target = folder / f"{Path(wanted).stem} ({number}){suffix}"

    def _same(self, path: Path, entry: zipfile.ZipInfo) -> bool:
        """Whether the file at ``path`` holds the bytes of the archive entry
        (same size and CRC: the file is then hashed when it is linked)."""
        if not path.is_file() or path.stat().st_size != entry.file_size:
            return False
        value = 0
        with path.open("rb") as handle:
            while piece := handle.read(1 << 20):
                value = zlib.crc32(piece, value)
        return value == entry.CRC

    def _forget(self, path: Path) -> None:
        if path in self.written:
            self.written.remove(path)
            with contextlib.suppress(OSError):
                os.unlink(path)

    def remove_written(self) -> None:
        """Remove the files this import wrote out (it failed)."""
        for path in self.written:
            with contextlib.suppress(OSError):
                os.unlink(path)
        self.written.clear()
        if self.made_folder is not None:
            with contextlib.suppress(OSError):
                self.made_folder.rmdir()  # only if empty: never anything the user put there


def import_provenance(
    tx: Transaction,
    archive: QdpxArchive,
    coding_guids: dict[str, int],
    coding_ids: Iterable[int],
) -> None:
    """Record how each imported coding was made (see the module)."""
    ids = list(coding_ids)
    if not ids:
        return
    data = archive.member(PROVENANCE_MEMBER, PROVENANCE_LIMIT)
    record = read_provenance(data) if data is not None else None
    if record is None:
        rows = [ProvenanceRow(i, IMPORT_SOURCE, None, None, None, tx.now) for i in ids]
    else:
        rows = [
            ProvenanceRow(coding_guids[guid], *origin, tx.now)
            for guid, origin in record.items()
            if guid in coding_guids
        ]
        rows.sort()
    coding_provenance.record(tx.changes, rows)
