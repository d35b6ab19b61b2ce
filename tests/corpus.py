"""The real conversation in ../shared/corpus, coded by the qcode team.

``tests/data/corpus-coding.json`` holds our coding as offsets and hashes of
the coded text, never the text itself (the conversation is not ours to
redistribute).  The hashes prove each coding still covers what we coded.
``tests/data/corpus-coding-second.json`` is a second coder's coding of the
same conversation with the same codebook, made blind to the first: the
yardstick that suggestions are judged beside (``--evaluate --coder``).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.resources import find_codebook
from tests.conftest import REPOSITORY, shared_path

CODING = REPOSITORY / "tests" / "data" / "corpus-coding.json"
SECOND = REPOSITORY / "tests" / "data" / "corpus-coding-second.json"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_corpus_project(path: Path, *, second: bool = False) -> Project:
    """A project holding the real conversation with our coding of it
    (``second``: and the second coder's)."""
    spec = json.loads(CODING.read_text(encoding="utf-8"))
    source = shared_path("corpus", spec["source"])
    project = Project.create(path, coder=spec["coder"])
    project.import_codebook(find_codebook(spec["codebook"]))
    (document,) = project.import_files([source], {"language": "en"})
    text = project.text(document)
    assert _sha(text) == spec["source_sha256"], "the corpus file is not the one we coded"
    for entry in spec["codings"]:
        assert _sha(text[entry["start"] : entry["end"]]) == entry["sha256"], entry
    demo = json.loads((REPOSITORY / "projects" / "demo" / "coding.json").read_text("utf-8"))
    for code_path, keywords in demo.get("code_keywords", {}).items():
        project.update_code(project.code(code_path), keywords=keywords)
    project.add_codings(
        [
            NewCoding(document.id, entry["code"], entry["start"], entry["end"])
            for entry in spec["codings"]
        ]
    )
    if second:
        other = json.loads(SECOND.read_text(encoding="utf-8"))
        assert other["source_sha256"] == spec["source_sha256"]
        for entry in other["codings"]:
            assert _sha(text[entry["start"] : entry["end"]]) == entry["sha256"], entry
        project.add_codings(
            [
                NewCoding(document.id, e["code"], e["start"], e["end"], coder_name=other["coder"])
                for e in other["codings"]
            ]
        )
    return project
