"""How each coding was made, carried in a ``.qdpx`` as a qcode extension.

REFI-QDA has no place for a coding's provenance (an accepted suggestion with
its model and confidence, a "code all" of search or query results, a
merge, an import).  qcode writes it into a member of its own,
``qcode/provenance.json``, outside ``sources/`` and ``project.qde``: other
tools read only what the standard names and ignore it, and the XML stays
valid against the schema.  A qcode import reads it back
(:func:`qcode.core.qdpx_provenance.read_provenance`).

The member maps the GUID of each ``Coding`` element to the coding's origin
(``source``, ``model_version``, ``confidence``, ``reason`` as qcode stores
them; ``source`` ``unknown`` for a coding made before qcode kept this); a
coding not in it was made by hand.  So its presence says "qcode knew how
every coding here was made" (it is written whenever the file holds a
coding), and a file without it (another tool's) gives its codings the
origin ``import``.  A project restored from its own ``.qdpx`` keeps its
hand-made codings as made by hand: the researcher made them.
"""

from __future__ import annotations

import dataclasses
import json
import zipfile
from collections.abc import Callable

from qcode.model import CodingOrigin

MEMBER = "qcode/provenance.json"
FORMAT = "qcode coding provenance"


def write_provenance(
    archive: zipfile.ZipFile,
    entry: zipfile.ZipInfo,
    origins: dict[str, CodingOrigin],
    coding_guid: Callable[[str], str],
    replace: Callable[[str], str] | None = None,
    *,
    codings: int,
) -> int:
    """Write the member (when the file holds ``codings``), keyed
    by ``coding_guid(coding UUID)``, the exported ``Coding`` GUID;
    ``replace`` pseudonymises the free text (a suggestion's reason may quote
    the transcript).  ``origins``: by coding UUID, every coding not made by
    hand.  Returns how many codings it describes."""
    if not codings:
        return 0
    described: dict[str, dict[str, object]] = {}
    for coding_uuid, origin in sorted(origins.items()):
        fields = dataclasses.asdict(origin)
        if replace is not None:
            fields = {
                key: replace(value) if isinstance(value, str) and key != "source" else value
                for key, value in fields.items()
            }
        described[coding_guid(coding_uuid)] = fields
    document = {"format": FORMAT, "version": 1, "absent": "made by hand", "codings": described}
    archive.writestr(entry, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    return len(described)
