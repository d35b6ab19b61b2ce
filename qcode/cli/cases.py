"""Cases (informants, incidents, institutions): listing, creating and
editing them, assigning members, importing a case list, and the case × code
matrix.  Presentation only; the work is in qcode.core and qcode.analysis."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qcode.cli.common import attribute_assignments, open_project
from qcode.cli.output import one_line, print_json, print_line, print_table, say
from qcode.cli.steps import Steps, all_or_nothing
from qcode.errors import QcodeError
from qcode.model import Member

if TYPE_CHECKING:
    from qcode.core.project import Project
    from qcode.model import Case, CaseMember


def member_json(
    member: Member, documents: dict[int, str], codings: dict[int, str]
) -> dict[str, Any]:
    """One member as JSON: its kind, and the document, speaker or coding (by id)."""
    if member.coding_id is not None:
        return {"kind": "coding", "coding": codings.get(member.coding_id, "?")}
    document = None if member.document_id is None else documents.get(member.document_id, "?")
    if member.speaker is not None:
        return {"kind": "speaker", "speaker": member.speaker, "document": document}
    return {"kind": "document", "document": document}


def cases_json(project: Project, chosen: list[Case]) -> list[dict[str, Any]]:
    """The cases with their attributes and members, as ``qcode cases --json`` lists them."""
    from qcode.analysis.framework import codings_by_id

    documents = {document.id: document.name for document in project.documents()}
    members: dict[int, list[CaseMember]] = {}
    for member in project.case_members():
        members.setdefault(member.case_id, []).append(member)
    coding_ids = [m.member.coding_id for m in project.case_members() if m.member.coding_id]
    uuids = {coding.id: coding.uuid for coding in codings_by_id(project, coding_ids)}
    return [
        {
            "name": case.name,
            "id": case.uuid,
            "type": case.type,
            "description": case.description,
            "attributes": case.attributes,
            "members": [member_json(m.member, documents, uuids) for m in members.get(case.id, [])],
        }
        for case in chosen
    ]


def cmd_cases(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        found = project.cases()
        rows = cases_json(project, found) if options.json else []
    if options.json:
        print_json(rows)
    else:
        print_table(
            ["case", "type", "members", "attributes", "description"],
            [
                [
                    case.name,
                    case.type,
                    case.members,
                    one_line("; ".join(f"{k}={v}" for k, v in case.attributes.items()), 50),
                    one_line(case.description, 40),
                ]
                for case in found
            ],
        )
    return 0


def cmd_case(options: argparse.Namespace) -> int:
    changes = _changes_asked(options)
    if options.delete and changes:
        raise QcodeError("--delete goes alone: give no other change with it")
    if options.in_document is not None and not (options.add_speaker or options.remove_speaker):
        raise QcodeError("--in DOC goes with --add-speaker or --remove-speaker")
    # KEY= (an empty value) removes the attribute, as with 'qcode attr'.
    values: dict[str, str | None] = {
        key: value if value != "" else None
        for key, value in attribute_assignments(options.attr).items()
    }
    with open_project(options, write=True) as project:
        existing = _existing(project, options.name)
        if options.delete:
            if existing is None:
                raise QcodeError(f"no case '{options.name.strip()}'")
            project.delete_case(existing)
            say(f"deleted case '{existing.name}'")
            return 0
        if existing is None and (options.rename is not None or _removals(options)):
            what = "to rename" if options.rename is not None else "to take members off"
            raise QcodeError(f"no case '{options.name.strip()}' {what}")
        added = _members(
            project, options.add_document, options.add_speaker, options.add_coding, options
        )
        removed = _members(
            project, options.remove_document, options.remove_speaker, options.remove_coding, options
        )
        if existing is not None and removed:
            present = {member.member for member in project.case_members(existing)}
            if not any(member in present for member in removed):
                raise QcodeError(f"nothing to take off: not members of case '{existing.name}'")
        with all_or_nothing(project) as steps:
            if existing is None:
                case = steps.do(
                    lambda: project.create_case(
                        options.name,
                        type=options.type or "",
                        description=options.description or "",
                        attributes={k: v for k, v in values.items() if v is not None},
                    )
                )
                say(f"created case '{case.name}'")
            else:
                case = _edit(project, steps, existing, options, values)
            if added:
                steps.do(lambda: project.assign_to_case(case, added))
            if removed:
                steps.do(lambda: project.unassign_from_case(case, removed))
        case = project.case(case.id)
        if changes:
            members = f"{case.members} member{'s' if case.members != 1 else ''}"
            say(f"case '{case.name}': {members}")
        if options.json:
            print_json(cases_json(project, [case])[0])
        elif not changes and existing is not None:
            _print_case(project, case)
    return 0


def _changes_asked(options: argparse.Namespace) -> bool:
    return bool(
        options.type is not None
        or options.description is not None
        or options.attr
        or options.add_document
        or options.add_speaker
        or options.add_coding
        or _removals(options)
        or options.rename is not None
    )


def _removals(options: argparse.Namespace) -> bool:
    return bool(options.remove_document or options.remove_speaker or options.remove_coding)


def _edit(
    project: Project,
    steps: Steps,
    case: Case,
    options: argparse.Namespace,
    values: dict[str, str | None],
) -> Case:
    """Rename, retype, describe and set attributes of an existing case (a
    step for each kind of change asked for)."""
    if options.rename is not None:
        renamed = case
        case = steps.do(lambda: project.rename_case(renamed, options.rename))
    if options.type is not None or options.description is not None:
        edited = case
        case = steps.do(
            lambda: project.edit_case(edited, type=options.type, description=options.description)
        )
    if values:
        valued = case
        case = steps.do(lambda: project.set_case_attributes(valued, dict(values)))
    return case


def _print_case(project: Project, case: Case) -> None:
    (shown,) = cases_json(project, [case])
    for label in ("name", "type", "description"):
        print_line(f"{label}: {shown[label]}")
    for name, value in case.attributes.items():
        print_line(f"attribute {name}: {value}")
    for member in shown["members"]:
        print_line("member: " + ", ".join(f"{k} {v}" for k, v in member.items() if v is not None))


def _existing(project: Project, name: str) -> Case | None:
    try:
        return project.case(name)
    except QcodeError:
        return None


def _members(
    project: Project,
    documents: list[str],
    speakers: list[str],
    codings: list[str],
    options: argparse.Namespace,
) -> list[Member]:
    """Members from names, each checked now so that a wrong one is refused
    before anything changes."""
    found = [Member(document_id=project.document(ref).id) for ref in documents]
    where = None if options.in_document is None else project.document(options.in_document)
    for label in speakers:
        speaker = project.speaker(label)
        if where is not None and speaker.name not in where.speakers:
            raise QcodeError(f"no speaker '{speaker.name}' in '{where.name}'")
        found.append(Member(None if where is None else where.id, speaker.name))
    found += [Member(coding_id=project.coding(ref).id) for ref in codings]
    return found


def cmd_import_cases(options: argparse.Namespace) -> int:
    path = Path(options.path)
    with open_project(options, write=True) as project:
        result = project.import_case_list(
            path, name_column=options.name_column, type_column=options.type_column
        )
    if options.json:
        print_json(
            {"created": result.created, "updated": result.updated, "unchanged": result.unchanged}
        )
    say(
        f"{path.name}: {result.created} cases created, {result.updated} updated, "
        f"{result.unchanged} unchanged"
    )
    return 0


def cmd_case_matrix(options: argparse.Namespace) -> int:
    from qcode.analysis.filters import Filters

    with open_project(options, write=False) as project:
        filters = Filters.from_names(
            project,
            documents=options.documents,
            attributes=options.attributes,
            coders=options.coders,
            speakers=options.speakers,
            exclude_speakers=options.exclude_speakers,
            speaker_roles=options.speaker_roles,
            origins=options.origin,
        )
        if options.attribute is not None:
            return _crosstab(project, options, filters)
        from qcode.analysis.cases import case_code_matrix

        codes = None if not options.codes else [project.code(ref) for ref in options.codes]
        matrix = case_code_matrix(project, filters, codes=codes, with_subcodes=options.subcodes)
        shown = matrix.as_json() if options.json else None  # reads the codings' ids
    if shown is not None:
        print_json(shown)
    else:
        print_table(
            ["case", *matrix.paths],
            [[case.name, *row] for case, row in zip(matrix.cases, matrix.counts, strict=True)],
        )
    return 0


def _crosstab(project: Project, options: argparse.Namespace, filters: Any) -> int:
    from qcode.analysis.cases import case_attribute_crosstab

    if options.codes:
        raise QcodeError("--attribute shows every code in a crosstab; --codes does not apply")
    name = case_attribute(project, options.attribute)
    matrix = case_attribute_crosstab(project, name, filters, include_subcodes=options.subcodes)
    if options.json:
        print_json({"attribute": name, **matrix.as_json()})
    else:
        print_table(
            ["code", *matrix.columns],
            [[path, *row] for path, row in zip(matrix.paths, matrix.cells, strict=True)],
        )
    return 0


def case_attribute(project: Project, name: str) -> str:
    """The name of an attribute some case holds, as the project spells it
    (given exactly, else ignoring case); refused in one line otherwise."""
    from qcode.analysis.cases import case_attribute_names

    names = case_attribute_names(project)
    found = [known for known in names if known == name.strip()] or [
        known for known in names if known.casefold() == name.strip().casefold()
    ]
    if len(found) != 1:
        known = ", ".join(names) or "none yet"
        raise QcodeError(f"no case has the attribute '{name.strip()}' (case attributes: {known})")
    return found[0]
