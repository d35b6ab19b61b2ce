"""Shared by the tests of findings (speakers, cases, framework, links,
grades, saved queries): a small interview project, and the whole stored
state of a project read straight from its tables, so that "undo restores
exactly what was there" is checked against every row, not against the
readers under test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qcode.core.project import Project
from qcode.model import Coding, Document
from qcode.store.schema import TABLES

# Written with CRLF line endings (stored with LF); characters outside the
# Basic Multilingual Plane (𠮷, 😀) come before the spans coded.
INTERVIEW_1 = (
    "Interviewer: Were you told before they came?\r\n"
    "Liu: No. 𠮷 I did not receive any notice. The police came 😀 at night.\r\n"
    "Interviewer: Did anyone explain?\r\n"
    "Liu: Nobody. They took my phone.\r\n"
)
INTERVIEW_2 = (
    "Interviewer: What happened at the station?\r\n"
    "Wang: 他们没有通知我们。They stopped me at the station.\r\n"
    "Interviewer: Who else was there?\r\n"
    "Wang: Liu was there too. 😀 He was stopped as well.\r\n"
)


def interviews(folder: Path, coder: str = "Amina", name: str = "study") -> Project:
    """A project with the two interviews (speaker turns detected)."""
    project = Project.create(folder / f"{name}.qcode", coder=coder)
    paths = []
    for file_name, text in (("Interview 1.txt", INTERVIEW_1), ("Interview 2.txt", INTERVIEW_2)):
        path = folder / file_name
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    project.import_files(paths)
    return project


def span_of(project: Project, document: Document, words: str) -> tuple[int, int]:
    """The code-point span of ``words`` in the document's stored text."""
    text = project.text(document)
    start = text.index(words)
    return start, start + len(words)


def code(project: Project, document_name: str, path: str, words: str) -> Coding:
    """Code ``words`` of a document with ``path`` (made if missing)."""
    document = project.document(document_name)
    start, end = span_of(project, document, words)
    coding = project.apply_code(document, path, start, end, create=True)
    assert coding is not None
    return coding


def stored_state(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table an edit can change, in key order."""
    state = {}
    for table in TABLES:
        rows = project.conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        state[table] = [tuple(row) for row in rows]
    return state
