"""Writing a copy of a project file under another key (encrypting a plain
file, changing the passphrase, decrypting), and checking it.

SQLCipher's ``sqlcipher_export`` copies every table, index and row of the
file into an attached file with its own key (or none); the header fields qcode relies on
(application id, format version) are set by hand, since the export does not
copy them.  The copy is then opened with the passphrase and compared with
the original, table by table, before anyone replaces anything with it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from qcode.errors import QcodeError
from qcode.messages import Message
from qcode.store import cipher
from qcode.store.schema import APPLICATION_ID, SCHEMA_VERSION


def export_encrypted(plain: Path, target: Path, passphrase: str) -> None:
    """Write the plain project ``plain`` to the new file ``target``, encrypted
    with ``passphrase``, and check that the copy holds the same rows (see
    :func:`export_copy`)."""
    export_copy(plain, None, target, passphrase)


def export_copy(source: Path, key: str | None, target: Path, new_key: str | None) -> None:
    """Write the project ``source`` (encrypted with ``key``, or plain when it
    is ``None``) to the new file ``target``, encrypted with ``new_key`` (plain
    when ``None``), and check that the copy holds the same rows.

    ``source`` must not be open for writing meanwhile (hold its writer lock).
    A wrong ``key`` raises :class:`~qcode.store.cipher.WrongPassphraseError`
    before anything is written.  Raises :class:`QcodeError` when ``source``
    is not a qcode project this qcode can read, or when the copy differs."""
    module = cipher.dbapi()
    if key is None:
        # The plain file goes through sqlcipher3 too (with no key, it reads
        # plain SQLite): one SQLite library per file in this process, never two.
        conn = module.connect(str(source), isolation_level=None)
    else:
        conn = cipher.connect(source, key)  # checks the key before any write
    try:
        try:
            application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except module.DatabaseError:
            raise _not_a_project(source) from None
        if application_id != APPLICATION_ID:
            raise _not_a_project(source)
        if version > SCHEMA_VERSION:
            raise QcodeError(
                Message(
                    "{file} was made by a newer qcode (project format {version}); "
                    "please upgrade qcode",
                    file=source.name,
                    version=version,
                )
            )
        # Fold any write-ahead log into the file, so the copy has every edit.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # An empty key makes the attached copy a plain SQLite file.
        conn.execute("ATTACH DATABASE ? AS copy KEY ?", (str(target), new_key or ""))
        try:
            conn.execute("SELECT sqlcipher_export('copy')")
            conn.execute(f"PRAGMA copy.application_id = {application_id}")
            conn.execute(f"PRAGMA copy.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE copy")
        expected = fingerprint(conn)
    finally:
        conn.close()
    if new_key is None:
        copy = module.connect(target.resolve().as_uri() + "?mode=ro", uri=True)
    else:
        copy = cipher.connect(target, new_key, read_only=True)
    try:
        found = fingerprint(copy)
    finally:
        copy.close()
    if found != expected:
        raise QcodeError(
            Message(
                "{file}: the new copy did not come out identical; nothing was changed",
                file=source.name,
            )
        )


def _not_a_project(path: Path) -> QcodeError:
    return QcodeError(Message("{file} is not a qcode project", file=path.name))


def fingerprint(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    """What must survive a copy: the header fields, the schema, and every
    table's row count with a digest of its rows (in rowid order)."""
    result: dict[str, tuple[int, str]] = {}
    for pragma in ("application_id", "user_version"):
        result[f"pragma {pragma}"] = (int(conn.execute(f"PRAGMA {pragma}").fetchone()[0]), "")
    schema = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    result["schema"] = (len(schema), hashlib.sha256(repr(schema).encode()).hexdigest())
    for (table,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall():
        digest = hashlib.sha256()
        count = 0
        quoted = '"' + table.replace('"', '""') + '"'
        for row in conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid"):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
            count += 1
        result[f"table {table}"] = (count, digest.hexdigest())
    return result
