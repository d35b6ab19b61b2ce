"""Migration 9: which codings are older than the record of how codings are
made (kept apart from :mod:`qcode.store.schema`, which registers it).

Migration 7 began recording how a coding was made when not by hand, so a
coding without a row reads "by hand".  That is only true of codings made
since: one made before (by hand, by an import, by accepting a suggestion)
has no row either.  This migration writes, in the ``project`` table, the
highest coding id the file held when it was upgraded; a coding without a
row whose id is at most that reads ``unknown``.  A new project holds no
codings, so it has no such key and every coding without a row is by hand.
An old coding deleted and brought back by undo keeps its id, so stays
``unknown``.  A new coding takes the id after the highest one: were the
newest old codings deleted first, a new hand coding could take one of their
ids and read ``unknown``, the cautious way round (never an old one "hand").
"""

from __future__ import annotations

UNKNOWN_THROUGH_KEY = "codings_unknown_through"

MIGRATION_V9 = f"""
INSERT OR IGNORE INTO project (key, value)
SELECT key, value FROM (
    SELECT '{UNKNOWN_THROUGH_KEY}' AS key, CAST(max(id) AS TEXT) AS value FROM codings
) WHERE value IS NOT NULL;
"""
