"""The demo project, built from the material in ``projects/demo/``.

``coding.json`` there describes the project: the transcripts with their
attributes and memos, and how two coders coded them.  Codings are given by
the exact text they cover (``quote`` and which ``occurrence``), not by
offsets, so the material stays readable and cannot drift.  It also holds
what turns coding into findings: speakers' roles, cases (informants and
incidents), a framework matrix's summaries, links between codings, source
grades and saved queries; these name a coding by its document, coder and
code (and the start of its quote when that is not enough).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.documents import read_document
from qcode.messages import Message
from qcode.model import Coding, Document, Member, QueryOptions
from qcode.resources import demo_folder, find_codebook

DEMO_CODEBOOK = "social-credit-china"


def build_demo(path: Path) -> Project:
    """Write the demo project to ``path`` (which must not exist); returns it open."""
    folder = demo_folder()
    spec: dict[str, Any] = json.loads((folder / "coding.json").read_text(encoding="utf-8"))
    coders: list[str] = spec["coders"]
    project = Project.create(path, name=spec["project"]["name"], coder=coders[0])
    try:
        _fill(project, folder, spec)
    except BaseException:
        project.close()
        path.unlink(missing_ok=True)
        raise
    return project


def _fill(project: Project, folder: Path, spec: dict[str, Any]) -> None:
    project.set_info(description=spec["project"]["description"])
    project.import_codebook(find_codebook(DEMO_CODEBOOK))
    documents = {}
    for entry in spec["documents"]:
        imported = read_document(folder / entry["file"])
        imported.name = entry["name"]
        (document,) = project.add_documents([imported], entry.get("attributes", {}))
        documents[entry["file"]] = document
        if entry.get("memo"):
            project.add_memo("document", document.id, entry["memo"], target_name=document.name)
    if spec["project"].get("memo"):
        project.add_memo("project", None, spec["project"]["memo"])
    coder_ids = {name: project.coder_id(name, create=True) for name in spec["coders"]}
    texts = {file: project.text(document) for file, document in documents.items()}
    codings = []
    for number, entry in enumerate(spec["codings"], start=1):
        text = texts[entry["document"]]
        start = _find(text, entry["quote"], entry.get("occurrence", 1))
        if start < 0:
            raise QcodeError(
                Message(
                    "demo coding {number}: quote not found in {document}",
                    number=number,
                    document=entry["document"],
                )
            )
        codings.append(
            NewCoding(
                document_id=documents[entry["document"]].id,
                code=entry["code"],
                start=start,
                end=start + len(entry["quote"]),
                coder_id=coder_ids[entry["coder"]],
                memo=entry.get("memo"),
                label=f"demo coding {number}",
            )
        )
    added = project.add_codings(codings)
    coding_uuids = dict(enumerate(added.uuids))
    for path, keywords in spec.get("code_keywords", {}).items():
        project.update_code(project.code(path), keywords=keywords)
    for entry in spec.get("code_memos", []):
        code = project.code(entry["code"])
        project.add_memo("code", code.id, entry["text"], target_name=code.name)
    _findings(project, spec, documents, coding_uuids)
    project.make_history_permanent()


def _findings(
    project: Project,
    spec: dict[str, Any],
    documents: dict[str, Document],
    coding_uuids: dict[int, str],
) -> None:
    """Speakers, grades, cases, framework summaries, links and saved queries."""

    def coding(ref: dict[str, str]) -> Coding:
        found = [
            index
            for index, entry in enumerate(spec["codings"])
            if entry["document"] == ref["document"]
            and entry["coder"] == ref["coder"]
            and entry["code"] == ref["code"]
            and entry["quote"].startswith(ref.get("quote_starts", ""))
        ]
        if len(found) != 1:
            raise QcodeError(
                Message(
                    "demo: {count} codings match {reference}, not one",
                    count=len(found),
                    reference=str(ref),
                )
            )
        return project.coding(coding_uuids[found[0]])

    for entry in spec.get("speakers", []):
        project.set_speaker(entry["name"], role=entry["role"], description=entry["description"])
    for entry in spec.get("grades", []):
        project.add_grade(
            entry["name"], first_hand=entry["first_hand"], description=entry["description"]
        )
    for entry in spec.get("cases", []):
        case = project.create_case(
            entry["name"],
            type=entry["type"],
            description=entry["description"],
            attributes=entry.get("attributes", {}),
        )
        members = [Member(speaker=speaker["name"]) for speaker in entry.get("speakers", [])]
        members += [Member(document_id=documents[file].id) for file in entry.get("documents", [])]
        members += [Member(coding_id=coding(ref).id) for ref in entry.get("codings", [])]
        project.assign_to_case(case, members)
        if entry.get("memo"):
            project.add_memo("case", case.id, entry["memo"], target_name=case.name)
    for entry in spec.get("framework", []):
        case, code = project.case(entry["case"]), project.code(entry["code"])
        project.set_summary(case, code, entry["summary"])
        project.link_quotes(case, code, [coding(ref) for ref in entry["quotes"]])
    for entry in spec.get("links", []):
        project.link_codings(
            coding(entry["origin"]), coding(entry["target"]), entry["type"], memo=entry["memo"]
        )
    for entry in spec.get("grading", []):
        project.set_grade([coding(entry["coding"])], entry["grade"])
    for entry in spec.get("queries", []):
        options = QueryOptions(**{key: tuple(value) for key, value in entry["options"].items()})
        project.save_query(entry["name"], entry["expression"], options)


def _find(text: str, quote: str, occurrence: int) -> int:
    position = -1
    for _ in range(occurrence):
        position = text.find(quote, position + 1)
        if position < 0:
            return -1
    return position
