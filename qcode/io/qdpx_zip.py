"""The container of a REFI-QDA project file, opened for reading with limits.

A ``.qdpx`` is a zip holding one ``project.qde`` (the XML) and a ``sources``
folder with the documents' texts.  The file comes from somewhere else, so
nothing in it is trusted:

* nothing is extracted to disk but a recording the project links (written,
  a piece at a time, to a new file the importer names, see
  :mod:`qcode.core.qdpx_media`); other entries are read into memory, as streams;
* every byte unpacked counts against one budget for the whole archive
  (``max_bytes``, 2 GB by default), checked while reading, chunk by chunk, so a
  zip bomb is stopped after at most ``max_bytes`` plus one chunk, whatever the
  sizes its headers claim;
* an archive with more than ``max_entries`` entries is refused before its
  directory is read;
* an entry name or an ``internal://`` reference that leads outside the archive
  (``../x``, ``/etc/x``, ``C:\\x``) makes the whole import fail.

A bare ``.qde`` (the XML without its zip) is read the same way; it has no
source files, so every text it refers to is reported missing.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from types import TracebackType
from typing import IO, BinaryIO

from qcode.errors import QcodeError
from qcode.io.bounded_zip import declared_entries
from qcode.io.limits import open_regular
from qcode.messages import Message

DEFAULT_MAX_BYTES = 2 * 1024**3
DEFAULT_MAX_ENTRIES = 100_000
CHUNK = 64 * 1024

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_DRIVE = re.compile(r"^[A-Za-z]:")
# Errors a damaged archive raises while an entry is read.
_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError)


def unsafe_path(name: str) -> bool:
    """True if ``name`` would lead outside a folder: absolute, a drive, or ``..``."""
    if not name or name.startswith(("/", "\\")) or _DRIVE.match(name):
        return True
    return any(part == ".." for part in re.split(r"[\\/]", name))


def _size(count: int) -> Message:
    if count >= 1024**2:
        return Message("{size} MB", size=f"{count / 1024**2:,.0f}")
    return Message("{count:,} bytes", count=count)


def refused(name: str, problem: Message) -> QcodeError:
    """The one-line error for the archive called ``name``: "NAME: problem"."""
    return QcodeError(Message("{file}: {problem}", file=name, problem=problem))


def _damaged(name: str, entry: str, error: BaseException) -> QcodeError:
    problem = Message("the archive is damaged ({entry}: {error})", entry=entry, error=str(error))
    return refused(name, problem)


class _Budgeted:
    """A read-only stream that charges every byte it returns to its archive."""

    def __init__(self, archive: QdpxArchive, stream: IO[bytes], entry: str) -> None:
        self._archive = archive
        self._stream = stream
        self._entry = entry

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            return b"".join(iter(lambda: self.read(CHUNK), b""))
        try:
            data = self._stream.read(min(size, CHUNK))
        except _DAMAGE as error:
            raise _damaged(self._archive.name, self._entry, error) from None
        self._archive.charge(len(data))
        return data

    def close(self) -> None:
        self._stream.close()


class QdpxArchive:
    """An opened ``.qdpx`` (or bare ``.qde``): its project XML and its source files."""

    def __init__(
        self,
        path: Path,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_entries: int = DEFAULT_MAX_ENTRIES,
    ) -> None:
        self.path = path
        self.name = path.name
        self.max_bytes = max_bytes
        self.bytes_read = 0
        self.warnings: list[str] = []
        self.missing: list[str] = []  # internal files referred to but not in the archive
        self._zip: zipfile.ZipFile | None = None
        self._sources: dict[str, zipfile.ZipInfo] = {}
        self._project: zipfile.ZipInfo | None = None
        # Only a regular file: a pipe or a device named .qdpx would block or never end.
        self._file: BinaryIO = open_regular(path)
        try:
            self._open(max_entries)
        except BaseException:
            self.close()
            raise

    # -- opening -------------------------------------------------------------------

    def _open(self, max_entries: int) -> None:
        magic = self._file.read(4)
        self._file.seek(0)
        if not magic:
            raise refused(self.name, Message("the file is empty"))
        if not magic.startswith(b"PK"):
            if self.path.suffix.lower() == ".qdpx":
                problem = Message("is not a zip archive (a .qdpx file is one)")
                raise refused(self.name, problem)
            self.warnings.append(
                Message(
                    "{file} is a bare project file without its source files: "
                    "texts it keeps in separate files cannot be imported",
                    file=self.name,
                )
            )
            return
        declared = declared_entries(self._file)
        if declared is not None and declared > max_entries:
            raise self._too_many_entries(declared, max_entries)
        try:
            self._zip = zipfile.ZipFile(self._file)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            problem = Message("is not a readable zip archive (damaged or truncated)")
            raise refused(self.name, problem) from None
        entries = self._zip.infolist()
        if len(entries) > max_entries:
            raise self._too_many_entries(len(entries), max_entries)
        declared_bytes = sum(entry.file_size for entry in entries)
        if declared_bytes > self.max_bytes:
            problem = Message(
                "would unpack to {size}, more than the {most} allowed; refused",
                size=_size(declared_bytes),
                most=_size(self.max_bytes),
            )
            raise refused(self.name, problem)
        self._index(entries)

    def _too_many_entries(self, count: int, most: int) -> QcodeError:
        problem = Message(
            "holds {count:,} entries, more than the {most:,} allowed; refused",
            count=count,
            most=most,
        )
        return refused(self.name, problem)

    def _index(self, entries: list[zipfile.ZipInfo]) -> None:
        names = Counter(entry.filename for entry in entries)
        for name, count in names.items():
            if unsafe_path(name):
                problem = Message("entry '{entry}' points outside the archive; refused", entry=name)
                raise refused(self.name, problem)
            if count > 1:
                problem = Message(
                    "holds {count} entries named '{entry}'; refused", count=count, entry=name
                )
                raise refused(self.name, problem)
        # Some Windows tools write "\\" between folders.
        paths = {id(entry): entry.filename.replace("\\", "/") for entry in entries}
        projects = [
            entry
            for entry in entries
            if "/" not in paths[id(entry)] and entry.filename.lower().endswith(".qde")
        ]
        if not projects:
            problem = Message("holds no project.qde, so it is not a REFI-QDA project file")
            raise refused(self.name, problem)
        if len(projects) > 1:
            shown = ", ".join(entry.filename for entry in projects[:4])
            problem = Message(
                "holds {count} project files ({files}); which one to import is unclear",
                count=len(projects),
                files=shown,
            )
            raise refused(self.name, problem)
        self._project = projects[0]
        if self._project.filename != "project.qde":
            self.warnings.append(
                Message(
                    "the project file inside is named '{name}', "
                    "not 'project.qde' as the standard says; read it anyway",
                    name=self._project.filename,
                )
            )
        for entry in entries:
            folder, slash, rest = paths[id(entry)].partition("/")
            if slash and rest and not entry.is_dir() and folder.lower() == "sources":
                self._sources[rest] = entry

    # -- reading -------------------------------------------------------------------

    def charge(self, count: int) -> None:
        """Count ``count`` more bytes read; refuse once past the budget."""
        self.bytes_read += count
        if self.bytes_read > self.max_bytes:
            problem = Message(
                "unpacks to more than the {most} allowed (a zip bomb?); refused",
                most=_size(self.max_bytes),
            )
            raise refused(self.name, problem)

    def open_project(self) -> _Budgeted:
        """The project XML, as a stream."""
        if self._zip is None:
            return _Budgeted(self, self._file, self.name)
        assert self._project is not None
        return _Budgeted(self, self._open_entry(self._project), self._project.filename)

    def _open_entry(self, entry: zipfile.ZipInfo) -> IO[bytes]:
        assert self._zip is not None
        try:
            return self._zip.open(entry)
        except _DAMAGE as error:
            raise _damaged(self.name, entry.filename, error) from None

    def read_internal(self, reference: str, owner: str) -> tuple[bytes | None, str]:
        """The bytes of the file a ``plainTextPath`` refers to, or ``None`` and why not.

        ``owner`` names what refers to the file, for messages.  A reference
        that leads outside the archive raises :class:`QcodeError`.
        """
        reference = reference.strip()
        scheme = _SCHEME.match(reference)
        if scheme and scheme.group(1).lower() != "internal":
            return None, Message(
                "its text is kept outside the project file ({reference})", reference=reference
            )
        relative = reference[scheme.end() :] if scheme else reference
        if scheme and relative.startswith("/"):
            relative = relative[1:]  # "internal:///x.txt": the archive is the root
        if unsafe_path(relative):
            problem = Message(
                "{owner} refers to '{reference}', outside the archive; refused",
                owner=owner,
                reference=reference,
            )
            raise refused(self.name, problem)
        if self._zip is None:
            return None, Message("its text file ({path}) is not in a bare .qde file", path=relative)
        entry = self._sources.get(relative)
        if entry is None and "/" in relative:
            folder, _, rest = relative.partition("/")
            entry = self._sources.get(rest) if folder.lower() == "sources" else None
        if entry is None:
            self.missing.append(relative)
            return None, Message(
                "its text file sources/{path} is missing from the archive", path=relative
            )
        stream = _Budgeted(self, self._open_entry(entry), entry.filename)
        try:
            return stream.read(), ""
        finally:
            stream.close()

    def internal_entry(self, name: str) -> zipfile.ZipInfo | None:
        """The entry of ``sources/NAME`` (``None``: not in the archive);
        a name leading outside the archive raises :class:`QcodeError`."""
        if unsafe_path(name):
            problem = Message("a recording refers to '{entry}', outside the archive", entry=name)
            raise refused(self.name, problem)
        if self._zip is None:
            return None
        return self._sources.get(name)

    def member(self, name: str, limit: int) -> bytes | None:
        """A member outside ``sources/`` (``qcode/provenance.json``), at most
        ``limit`` bytes, charged to the budget; ``None`` when absent or larger."""
        if self._zip is None:
            return None
        try:
            entry = self._zip.getinfo(name)
        except KeyError:
            return None
        if entry.file_size > limit:
            return None
        stream = _Budgeted(self, self._open_entry(entry), entry.filename)
        try:
            data = b"".join(iter(lambda: stream.read(CHUNK), b""))
        finally:
            stream.close()
        return data if len(data) <= limit else None

    def extract(self, entry: zipfile.ZipInfo, target: BinaryIO) -> int:
        """Copy one entry into ``target``, a piece at a time, every byte
        charged to the budget (a recording is the one thing qcode writes out
        of an archive, and only into a file the caller created)."""
        stream = _Budgeted(self, self._open_entry(entry), entry.filename)
        copied = 0
        try:
            while piece := stream.read(CHUNK):
                target.write(piece)
                copied += len(piece)
        finally:
            stream.close()
        return copied

    # -- closing -------------------------------------------------------------------

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        self._file.close()

    def __enter__(self) -> QdpxArchive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
