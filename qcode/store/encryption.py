"""Writing an encrypted copy of a plain project file, and checking it.

SQLCipher's ``sqlcipher_export`` copies every table, index and row of the
plain file into an attached, keyed file; the header fields qcode relies on
(application id, format version) are set by hand, since the export does not
copy them.  The copy is then opened with the passphrase and compared with
the original, table by table, before anyone replaces anything with it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from qcode.errors import QcodeError
from qcode.store import cipher
from qcode.store.schema import APPLICATION_ID, SCHEMA_VERSION


def export_encrypted(plain: Path, target: Path, passphrase: str) -> None:
    """Write the plain project ``plain`` to the new file ``target``, encrypted
    with ``passphrase``, and check that the copy holds the same rows.

    ``plain`` must not be open for writing meanwhile (hold its writer lock).
    Raises :class:`QcodeError` when ``plain`` is not a qcode project this
    qcode can read, or when the copy differs."""
    module = cipher.dbapi()
    # The plain file goes through sqlcipher3 too (with no key, it reads plain
    # SQLite): one SQLite library per file in this process, never two.
    source = module.connect(str(plain), isolation_level=None)
    try:
        try:
            application_id = int(source.execute("PRAGMA application_id").fetchone()[0])
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
        except module.DatabaseError:
            raise QcodeError(f"{plain.name} is not a qcode project") from None
        if application_id != APPLICATION_ID:
            raise QcodeError(f"{plain.name} is not a qcode project")
        if version > SCHEMA_VERSION:
            raise QcodeError(
                f"{plain.name} was made by a newer qcode (project format {version}); "
                "please upgrade qcode"
            )
        # Fold any write-ahead log into the file, so the copy has every edit.
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(target), passphrase))
        try:
            source.execute("SELECT sqlcipher_export('encrypted')")
            source.execute(f"PRAGMA encrypted.application_id = {application_id}")
            source.execute(f"PRAGMA encrypted.user_version = {version}")
        finally:
            source.execute("DETACH DATABASE encrypted")
        expected = fingerprint(source)
    finally:
        source.close()
    copy = cipher.connect(target, passphrase, read_only=True)
    try:
        found = fingerprint(copy)
    finally:
        copy.close()
    if found != expected:
        raise QcodeError(
            f"{plain.name}: the encrypted copy did not come out identical; nothing was changed"
        )


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
