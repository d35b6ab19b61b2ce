"""Migration 10: a counter that SQLite itself bumps whenever something that
suggestions (and other caches) are derived from changes (kept apart from
:mod:`qcode.store.schema`, which registers it).

Caches of things derived from the whole coding used to be keyed by sums over
the ``codings`` table: 100 ms on a project of 150,000 codings, paid on every
request of the app's Suggestions panel.  Reading one row is not.

Triggers rather than the writers bump it, so that nothing can forget to:
every edit, undo and redo, an import, a merge, another process writing to the
same file all go through SQLite.  The counter only grows, so a state once
left is never mistaken for a later one.  It is not research data: it is not
in any change set, and undo moves it on like any other write.
"""

from __future__ import annotations

STATE_TABLE = "coding_state"

# table -> the columns whose update counts ("" for any column).  Colours and
# positions in lists are left out: nothing learnt depends on them.
_WATCHED: dict[str, str] = {
    "codings": "document_id, code_id, start_pos, end_pos, coder_id",
    "rejected_suggestions": "document_id, code_id, start_pos, end_pos",
    "documents": "length, sha256, speakers",
    "document_values": "",  # a document's language
    "codes": "parent_id, name, description, keywords, codable",
    "memos": "",  # a code's memos teach the model
    "speakers": "name, role",
}


def _triggers() -> str:
    bump = f"BEGIN UPDATE {STATE_TABLE} SET version = version + 1 WHERE id = 1; END;"
    parts = []
    for table, columns in _WATCHED.items():
        updated = f"UPDATE OF {columns}" if columns else "UPDATE"
        for name, event in (("insert", "INSERT"), ("delete", "DELETE"), ("update", updated)):
            parts.append(
                f"CREATE TRIGGER IF NOT EXISTS {STATE_TABLE}_{table}_{name} "
                f"AFTER {event} ON {table} {bump}"
            )
    return "\n".join(parts)


MIGRATION_V10 = f"""
CREATE TABLE IF NOT EXISTS {STATE_TABLE} (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT OR IGNORE INTO {STATE_TABLE} (id, version) VALUES (1, 0);
{_triggers()}
"""
