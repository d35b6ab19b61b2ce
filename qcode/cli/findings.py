"""The framework matrix, links between codings, source grades and the
corroboration table.  Presentation only; the work is in qcode.core and
qcode.analysis."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from qcode.cli.common import open_project
from qcode.cli.output import one_line, print_json, print_line, print_table, say
from qcode.cli.steps import all_or_nothing
from qcode.errors import QcodeError

if TYPE_CHECKING:
    from qcode.core.project import Project
    from qcode.model import Grade, Link, LinkType, Segment


# -- the framework matrix --------------------------------------------------------------


def cmd_framework(options: argparse.Namespace) -> int:
    from qcode.analysis.framework import framework_grid

    with open_project(options, write=False) as project:
        cases = None if not options.cases else [project.case(ref) for ref in options.cases]
        codes = None if not options.codes else [project.code(ref) for ref in options.codes]
        grid = framework_grid(project, cases, codes)
        shown = grid.as_json()
    if options.json:
        print_json(shown)
    else:
        print_table(
            ["case", "code", "quotes", "summary"],
            [
                [cell["case"], cell["code"], len(cell["quotes"]), one_line(cell["summary"], 80)]
                for cell in shown["cells"]
            ],
        )
    return 0


def cmd_summary(options: argparse.Namespace) -> int:
    if options.text is None and not options.quote and not options.unquote:
        raise QcodeError("give the summary TEXT, --quote CODING_ID or --unquote CODING_ID")
    with open_project(options, write=True) as project:
        case = project.case(options.case)
        code = project.code(options.code)
        quoted = [project.coding(ref) for ref in options.quote]
        unquoted = [project.coding(ref) for ref in options.unquote]
        cell = project.framework_cell(case, code)
        held = set() if cell is None else set(cell.quotes)
        missing = [c.uuid for c in unquoted if c.id not in held and c not in quoted]
        if missing:
            raise QcodeError(f"coding {missing[0]} is not a quote of this cell")
        summary = options.text
        if summary is not None and not summary.strip() and cell is None and not quoted:
            raise QcodeError("the summary is empty")
        with all_or_nothing(project) as steps:
            if quoted:
                steps.do(lambda: project.link_quotes(case, code, quoted))
            if summary is not None:
                steps.do(lambda: project.set_summary(case, code, summary))
            if unquoted:
                steps.do(lambda: project.unlink_quotes(case, code, unquoted))
        cell = project.framework_cell(case, code)
    if cell is None:
        say(f"case '{case.name}' has no summary on '{options.code}' now")
    else:
        quotes = f"{len(cell.quotes)} quote{'s' if len(cell.quotes) != 1 else ''}"
        say(f"case '{case.name}' on '{options.code}': {quotes}")
    return 0


# -- links between codings ---------------------------------------------------------------


def cmd_link(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        origin = project.coding(options.origin)
        target = project.coding(options.target)
        link_type = project.link_type(options.type)
        link = project.link_codings(origin, target, link_type, memo=options.memo)
        print(link.uuid)
    return 0


def cmd_unlink(options: argparse.Namespace) -> int:
    with open_project(options, write=True) as project:
        by_uuid = {link.uuid: link for link in project.links()}
        chosen = []
        for ref in options.links:
            link = by_uuid.get(ref.strip().lower())
            if link is None:
                raise QcodeError(f"no link '{ref.strip()}' in {project.path.name}")
            chosen.append(link)
        project.unlink(list({link.id: link for link in chosen}.values()))
    say(f"removed {len(chosen)} link{'s' if len(chosen) != 1 else ''}")
    return 0


def cmd_links(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        coding = None if options.coding is None else project.coding(options.coding)
        link_type = None if options.type is None else project.link_type(options.type)
        found = project.links(coding=coding, link_type=link_type)
        rows = links_json(project, found)
    if options.json:
        print_json(rows)
    else:
        print_table(
            ["id", "type", "from", "to", "memo"],
            [
                [
                    row["id"],
                    row["type"],
                    _coding_text(row["origin"]),
                    _coding_text(row["target"]),
                    one_line(row["memo"], 40),
                ]
                for row in rows
            ],
        )
    return 0


def links_json(project: Project, links: list[Link]) -> list[dict[str, Any]]:
    """Links as ``qcode links --json`` lists them: each end as the coding's
    id, document, code and text."""
    from qcode.analysis.framework import codings_by_id

    ends = {link.origin_coding_id for link in links} | {link.target_coding_id for link in links}
    segments = {s.coding.id: s for s in project.segments(codings_by_id(project, sorted(ends)))}
    types = {t.id: t.name for t in project.link_types()}
    coders = {coder.id: coder.name for coder in project.coders()}
    return [
        {
            "id": link.uuid,
            "type": types.get(link.type_id, "?"),
            "origin": _end(segments.get(link.origin_coding_id)),
            "target": _end(segments.get(link.target_coding_id)),
            "memo": link.memo,
            "coder": None if link.coder_id is None else coders.get(link.coder_id),
            "created_at": link.created_at,
        }
        for link in links
    ]


def _end(segment: Segment | None) -> dict[str, Any] | None:
    if segment is None:
        return None
    return {
        "id": segment.coding.uuid,
        "document": segment.document,
        "code": segment.code_path,
        "start": segment.coding.start,
        "end": segment.coding.end,
        "text": segment.text,
    }


def _coding_text(end: dict[str, Any] | None) -> str:
    if end is None:
        return "?"
    return f"{end['document']} — {end['code']}: {one_line(end['text'], 30)}"


def cmd_link_type(options: argparse.Namespace) -> int:
    edits = options.description is not None or options.rename is not None
    if options.delete and edits:
        raise QcodeError("--delete goes alone: give no other change with it")
    with open_project(options, write=True) as project:
        existing = _known(project.link_types(), options.name)
        if options.delete:
            if existing is None:
                raise QcodeError(f"no link type '{options.name.strip()}'")
            project.remove_link_type(existing)
            say(f"removed link type '{existing.name}'")
            return 0
        if existing is None:
            if options.rename is not None:
                raise QcodeError(f"no link type '{options.name.strip()}' to rename")
            found = project.add_link_type(options.name, options.description or "")
            say(f"added link type '{found.name}'")
        elif edits:
            found = project.edit_link_type(
                existing, name=options.rename, description=options.description
            )
            say(f"link type '{found.name}' changed")
        else:
            found = existing
        shown = _link_type_json(found)
    if options.json:
        print_json(shown)
    elif not edits and existing is not None:
        for label, value in shown.items():
            print_line(f"{label}: {value}")
    return 0


def _link_type_json(link_type: LinkType) -> dict[str, Any]:
    return {
        "name": link_type.name,
        "id": link_type.uuid,
        "description": link_type.description,
        "builtin": link_type.builtin,
    }


def _known(items: list[Any], name: str) -> Any:
    """The item named ``name`` (exactly, else ignoring case when that names
    one), or ``None``."""
    label = name.strip()
    found = [item for item in items if item.name == label] or [
        item for item in items if item.name.casefold() == label.casefold()
    ]
    return found[0] if len(found) == 1 else None


# -- source grades ----------------------------------------------------------------------


def _grade_json(grade: Grade, codings: int) -> dict[str, Any]:
    return {
        "name": grade.name,
        "id": grade.uuid,
        "position": grade.position,
        "first_hand": grade.first_hand,
        "description": grade.description,
        "codings": codings,
    }


def cmd_grades(options: argparse.Namespace) -> int:
    with open_project(options, write=False) as project:
        scale = project.grades()
        carried: dict[int, int] = {}
        for grade_id in project.coding_grades().values():
            carried[grade_id] = carried.get(grade_id, 0) + 1
    rows = [_grade_json(grade, carried.get(grade.id, 0)) for grade in scale]
    if options.json:
        print_json(rows)
    else:
        print_table(
            ["position", "grade", "first-hand", "codings", "description"],
            [
                [
                    row["position"],
                    row["name"],
                    "yes" if row["first_hand"] else "no",
                    row["codings"],
                    one_line(row["description"], 50),
                ]
                for row in rows
            ],
        )
    return 0


def cmd_grade_scale(options: argparse.Namespace) -> int:
    edits = (
        options.first_hand is not None
        or options.description is not None
        or options.position is not None
        or options.rename is not None
    )
    if options.delete and edits:
        raise QcodeError("--delete goes alone: give no other change with it")
    with open_project(options, write=True) as project:
        existing = _known(project.grades(), options.name)
        if options.delete:
            if existing is None:
                raise QcodeError(f"no grade '{options.name.strip()}'")
            project.delete_grade(existing)
            say(f"removed grade '{existing.name}'")
            return 0
        if existing is None:
            if options.rename is not None:
                raise QcodeError(f"no grade '{options.name.strip()}' to rename")
            grade = project.add_grade(
                options.name,
                first_hand=bool(options.first_hand),
                description=options.description or "",
                position=options.position,
            )
            say(f"added grade '{grade.name}'")
        else:
            grade = existing
            with all_or_nothing(project) as steps:
                if (
                    options.first_hand is not None
                    or options.description is not None
                    or options.rename is not None
                ):
                    grade = steps.do(
                        lambda: project.edit_grade(
                            existing,
                            name=options.rename,
                            first_hand=options.first_hand,
                            description=options.description,
                        )
                    )
                if options.position is not None:
                    moved = grade
                    steps.do(lambda: project.move_grade(moved, options.position))
            if edits:
                say(f"grade '{grade.name}' changed")
        grade = _known(project.grades(), grade.name)
        carried = sum(1 for found in project.coding_grades().values() if found == grade.id)
        shown = _grade_json(grade, carried)
    if options.json:
        print_json(shown)
    elif not edits and existing is not None:
        for label, value in shown.items():
            if label != "id":
                print_line(f"{label}: {value}")
    return 0


def cmd_grade(options: argparse.Namespace) -> int:
    items = list(options.items)
    if options.clear:
        refs, grade_name = items, None
    else:
        if len(items) < 2:
            raise QcodeError("give the codings and then the grade (or --clear)")
        refs, grade_name = items[:-1], items[-1]
    with open_project(options, write=True) as project:
        codings = [project.coding(ref) for ref in refs]
        if grade_name is None:
            changed = project.clear_grade(codings)
            say(f"cleared the grade of {changed} coding{'s' if changed != 1 else ''}")
        else:
            grade = _known(project.grades(), grade_name)
            if grade is None:
                known = ", ".join(g.name for g in project.grades()) or "none yet"
                raise QcodeError(
                    f"no grade '{grade_name.strip()}' (the scale: {known}; "
                    "add one with 'qcode grade-scale')"
                )
            changed = project.set_grade(codings, grade)
            say(f"graded {changed} coding{'s' if changed != 1 else ''} '{grade.name}'")
    return 0


# -- corroboration -----------------------------------------------------------------------


def cmd_corroboration(options: argparse.Namespace) -> int:
    from qcode.analysis.corroboration import corroboration
    from qcode.analysis.filters import Filters

    with open_project(options, write=False) as project:
        codes = [project.code(ref) for ref in options.codes]  # the allegations
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
        rows = corroboration(project, codes, filters, with_subcodes=not options.own)
    if options.json:
        print_json([row.as_json() for row in rows])
    else:
        print_table(
            ["allegation", "sources", "first-hand", "contradicting links", "quotes", "from"],
            [
                [
                    row.code_path,
                    len(row.sources),
                    row.first_hand,
                    len(row.contradicted_by),
                    len(row.quotes),
                    one_line("; ".join(row.sources), 60),
                ]
                for row in rows
            ],
        )
    return 0
