"""What a merge did: counts, re-anchored codings and conflicts, as values the
command line prints as JSON and the app shows in a window."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONFLICT_KINDS = (
    "document",
    "code",
    "coding",
    "memo",
    "coder",
    "attribute",
    "pseudonym",
    "speaker",
    "case",
    "framework",
    "link",
    "grade",
    "query",
    "participant",
)

# What else a merge counts as added, beside documents, codes, codings...
FINDINGS_ADDED = (
    "speakers_added",
    "cases_added",
    "case_values_added",
    "case_members_added",
    "framework_cells_added",
    "quotes_added",
    "link_types_added",
    "links_added",
    "grades_added",
    "gradings_added",
    "queries_added",
    "participants_added",
    "recordings_added",
)


@dataclass(frozen=True)
class Conflict:
    """Something the two projects disagreed on, and what the merge did about it."""

    kind: str  # one of CONFLICT_KINDS
    subject: str  # a document name, a code path, a coder's name...
    detail: str  # one sentence: what differed, what was kept, where the other's value went

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "subject": self.subject, "detail": self.detail}


@dataclass
class MergeReport:
    """The outcome of merging one project file (``source``) into a project."""

    source: str  # the other file's name
    backup: str | None = None  # the backup written before merging
    documents_added: int = 0
    documents_matched: int = 0
    codes_added: int = 0
    codes_matched: int = 0
    codings_added: int = 0
    codings_skipped_duplicate: int = 0
    memos_added: int = 0
    coders_added: int = 0
    # {document, code, coder, old_start, old_end, start, end, old_text, text}
    # for each added coding whose covered text differs from the other's
    codings_reanchored: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    source_path: str = ""  # the other file, in full
    codings_on_copies: int = 0  # codings kept on a copy of their document
    variables_added: int = 0
    values_added: int = 0  # attribute values taken from the other project
    rejections_added: int = 0  # rejected suggestions taken over
    pseudonyms_added: int = 0  # entries of the pseudonym table taken over
    speakers_added: int = 0  # speakers' roles and descriptions taken over
    cases_added: int = 0
    case_values_added: int = 0  # cases' attribute values taken over
    case_members_added: int = 0
    framework_cells_added: int = 0
    quotes_added: int = 0  # framework quotes taken over
    link_types_added: int = 0
    links_added: int = 0
    grades_added: int = 0
    gradings_added: int = 0  # codings' grades taken over
    queries_added: int = 0  # saved queries taken over
    participants_added: int = 0  # the consent register's entries taken over
    recordings_added: int = 0  # links to recordings taken over (qcode.core.merge.media)

    def conflict(self, kind: str, subject: str, detail: str) -> None:
        assert kind in CONFLICT_KINDS, kind
        self.conflicts.append(Conflict(kind, subject, detail))

    @property
    def added_anything(self) -> bool:
        return any(
            (
                self.documents_added,
                self.codes_added,
                self.codings_added,
                self.memos_added,
                self.coders_added,
                self.variables_added,
                self.values_added,
                self.rejections_added,
                self.pseudonyms_added,
                *(getattr(self, name) for name in FINDINGS_ADDED),
            )
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "source_path": self.source_path,
            "backup": self.backup,
            "documents_added": self.documents_added,
            "documents_matched": self.documents_matched,
            "codes_added": self.codes_added,
            "codes_matched": self.codes_matched,
            "codings_added": self.codings_added,
            "codings_skipped_duplicate": self.codings_skipped_duplicate,
            "codings_on_copies": self.codings_on_copies,
            "memos_added": self.memos_added,
            "coders_added": self.coders_added,
            "variables_added": self.variables_added,
            "values_added": self.values_added,
            "rejections_added": self.rejections_added,
            "pseudonyms_added": self.pseudonyms_added,
            # speakers' roles, cases, framework cells, links, grades, queries
            "findings_added": {
                name.removesuffix("_added"): getattr(self, name) for name in FINDINGS_ADDED
            },
            "codings_reanchored": [dict(entry) for entry in self.codings_reanchored],
            "conflicts": [conflict.as_json() for conflict in self.conflicts],
        }

    def summary(self) -> list[str]:
        """The counts in a few readable lines (the command line's output)."""
        lines = [
            f"{self.source}: {self.documents_added} documents added, "
            f"{self.documents_matched} matched; {self.codes_added} codes added, "
            f"{self.codes_matched} matched",
            f"  {self.codings_added} codings added, {self.codings_skipped_duplicate} already "
            f"there; {self.memos_added} memos and {self.coders_added} coders added",
        ]
        if self.codings_reanchored:
            lines.append(f"  {len(self.codings_reanchored)} codings re-anchored to changed text")
        if self.codings_on_copies:
            lines.append(
                f"  {self.codings_on_copies} codings kept on a copy of their document "
                "(their text is not in this project)"
            )
        if self.pseudonyms_added:
            lines.append(f"  {self.pseudonyms_added} pseudonyms added to the pseudonym table")
        findings = [
            f"{count} {_plural(noun) if count != 1 else noun}"
            for count, noun in (
                (self.cases_added, "case"),
                (self.case_members_added, "case member"),
                (self.framework_cells_added, "framework summary"),
                (self.quotes_added, "quote"),
                (self.links_added, "link"),
                (self.gradings_added, "coding grade"),
                (self.queries_added, "saved query"),
                (self.participants_added, "participant"),
                (self.recordings_added, "recording link"),
            )
            if count
        ]
        if findings:
            lines.append(f"  {', '.join(findings)} added")
        return lines


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
