"""Merging projects: a team lead brings coders' work into one project.

:func:`merge_project` reads the other project (read-only), writes a backup of
the project beside it, and then merges everything in one command: one
transaction, one undo step, and on any error no change at all.  What matched,
what was added and what the two projects disagreed on is returned as a
:class:`MergeReport`.

The steps, in order (each needs the maps of the ones before):

1. coders, then attribute definitions (:mod:`qcode.core.merge.codebook`);
2. documents with their texts, speaker turns and attribute values
   (:mod:`qcode.core.merge.documents`), re-anchoring codings where the same
   document has a different text (:mod:`qcode.core.merge.reanchor`);
3. the code tree;
4. codings with how they were made (:mod:`qcode.core.merge.codings`);
5. speakers' roles, cases with their attributes and members, the framework
   matrix (:mod:`qcode.core.merge.cases`), link types, links, the grade
   scale, codings' grades and saved queries (:mod:`qcode.core.merge.links`);
6. memos (on cases too) and rejected suggestions;
7. the pseudonym table (:mod:`qcode.core.merge.pseudonyms`);
8. the consent register (:mod:`qcode.core.merge.participants`), the more
   careful answer winning where the two disagree;
9. the recordings linked to the documents (:mod:`qcode.core.merge.media`).

A document added from the other project brings its original file and
starts its text versions here (its past versions stay in the other file).

The project's own name, description, history and trained suggestion models
are never touched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from qcode.core.commands import Command, Transaction
from qcode.core.merge.cases import merge_cases, merge_framework, merge_speakers
from qcode.core.merge.codebook import merge_coders, merge_codes, merge_variables
from qcode.core.merge.codings import (
    CodingMerge,
    merge_memos,
    merge_provenance,
    merge_rejections,
)
from qcode.core.merge.documents import DocumentMerge
from qcode.core.merge.links import (
    merge_coding_grades,
    merge_grades,
    merge_link_types,
    merge_links,
    merge_queries,
)
from qcode.core.merge.media import merge_media
from qcode.core.merge.participants import merge_participants
from qcode.core.merge.plan import MergeState, OtherProject
from qcode.core.merge.pseudonyms import merge_pseudonyms
from qcode.core.merge.report import Conflict, MergeReport
from qcode.core.project import Project
from qcode.errors import QcodeError, message_of
from qcode.messages import Message
from qcode.store.errors import sqlite_errors

__all__ = ["Conflict", "MergeProject", "MergeReport", "backup_path", "merge_project"]


@dataclass
class MergeProject(Command[MergeReport]):
    """Merge a project read beforehand into this one."""

    kind: ClassVar[str] = "merge_project"
    other: OtherProject
    report: MergeReport

    @property
    def label(self) -> Message:
        return Message("merge {project}", project=self.other.name)

    def do(self, tx: Transaction) -> MergeReport:
        state = MergeState(tx, self.other, self.report)
        merge_coders(state)
        merge_variables(state)
        documents = DocumentMerge(state)
        documents.run()
        merge_codes(state)
        CodingMerge(state, documents).run()
        merge_provenance(state)
        merge_speakers(state)
        merge_cases(state)
        merge_framework(state)
        merge_link_types(state)
        merge_links(state)
        merge_grades(state)
        merge_coding_grades(state)
        merge_queries(state)
        merge_memos(state)
        merge_rejections(state)
        merge_pseudonyms(state)
        merge_participants(state)
        merge_media(state)
        documents.report_reanchored()
        return self.report


def merge_project(
    project: Project, other: str | Path, *, backup: bool = True, passphrase: str | None = None
) -> MergeReport:
    """Merge the project file ``other`` into ``project``; see the module
    docstring.  An encrypted ``other`` is opened with ``passphrase``, by
    default the project's own (a team shares one passphrase).  Raises
    :class:`QcodeError` with one line when ``other`` cannot be merged;
    nothing is changed then."""
    other = Path(other)
    check_mergeable(project, other)
    key = project.passphrase if passphrase is None else passphrase
    with Project.open(other, read_only=True, passphrase=key) as source:
        snapshot = OtherProject.read(other, source.conn)
        report = MergeReport(source=other.name, source_path=str(other))
        if backup:
            report.backup = str(write_backup(project))
        return project.push(MergeProject(snapshot, report))


def check_mergeable(project: Project, other: Path) -> None:
    """Refuse, in one line, what cannot be merged into ``project``."""
    if not other.exists():
        raise QcodeError(Message("{file}: no such file ({other})", file=other.name, other=other))
    if not other.is_file():
        raise QcodeError(Message("{file}: not a project file (it is a folder)", file=other.name))
    if _same_file(project.path, other):
        raise QcodeError(
            Message(
                "{file}: this is the project itself; choose another project to merge into it",
                file=other.name,
            )
        )
    if project.read_only:
        raise QcodeError(
            Message("{file} is open read-only; nothing was merged", file=project.path.name)
        )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or os.path.samefile(a, b)
    except OSError:
        return False


def backup_path(project_path: Path, when: datetime | None = None) -> Path:
    """``NAME.before-merge-YYYYMMDD-HHMMSS.qcode`` beside the project, never
    the name of an existing file."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = f"{project_path.stem}.before-merge-{stamp}"
    candidate = project_path.with_name(base + project_path.suffix)
    number = 2
    while candidate.exists():
        candidate = project_path.with_name(f"{base}-{number}{project_path.suffix}")
        number += 1
    return candidate


def write_backup(project: Project) -> Path:
    target = backup_path(project.path)
    try:
        project.backup_to(target)
    except sqlite_errors("Error", OSError) as error:
        raise QcodeError(
            Message(
                "could not write the backup {file} ({error}); nothing was merged",
                file=target.name,
                error=message_of(error),
            )
        ) from None
    return target
