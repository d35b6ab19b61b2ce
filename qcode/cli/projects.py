"""Creating a project and importing into it: documents, codebooks, or a
whole REFI-QDA project.  Presentation only; the work is in qcode.core and
the readers in qcode.io."""

from __future__ import annotations

import argparse
from pathlib import Path

from qcode.cli.common import attribute_assignments, open_project
from qcode.cli.output import say
from qcode.cli.passphrase import new_passphrase
from qcode.cli.survey_args import SHEET_SUFFIXES, column_list, sheet_options_given
from qcode.core.project import Project
from qcode.errors import QcodeError


def cmd_new(options: argparse.Namespace) -> int:
    from qcode.resources import find_codebook

    codebook = find_codebook(options.codebook) if options.codebook else None
    path = Path(options.project)
    if options.encrypt and path.exists():  # before asking for a passphrase
        raise QcodeError(f"{path.name} already exists; choose another name")
    passphrase = new_passphrase(path) if options.encrypt else None
    project = Project.create(path, name=options.name, coder=options.coder, passphrase=passphrase)
    try:
        if codebook is not None:
            result = project.import_codebook(codebook)
            say(f"created {path} with {result.added} codes from {codebook.name}")
        else:
            say(f"created {path}" + (" (encrypted)" if passphrase else ""))
    except BaseException:
        project.close()
        path.unlink(missing_ok=True)
        raise
    project.close()
    return 0


_PROJECT_FILES = (".qdpx", ".qde")


def cmd_import(options: argparse.Namespace) -> int:
    files = [Path(name) for name in options.files]
    if sheet_options_given(options) or any(f.suffix.lower() in SHEET_SUFFIXES for f in files):
        return _import_sheet(options, files)
    if any(f.suffix.lower() in _PROJECT_FILES for f in files):
        return _import_project(options, files)
    codebooks = [f for f in files if f.suffix.lower() == ".qdc"]
    documents = [f for f in files if f.suffix.lower() != ".qdc"]
    attributes = attribute_assignments(options.attr)
    if attributes and not documents:
        raise QcodeError("--attr applies to documents, and no documents were given")
    from qcode.io.documents import read_document

    # Read the documents before anything changes, so one bad file stops the
    # whole import with the project untouched, and before taking the write
    # lock, so a slow file never keeps the app (or another script) waiting.
    read = [read_document(path) for path in documents]
    with open_project(options, write=True) as project:
        from qcode.io.qdc import read_codebook

        for path in codebooks:
            read_codebook(path)
        for path in codebooks:
            result = project.import_codebook(path)
            say(f"{path.name}: {result.added} codes added, {result.matched} already there")
            for note in result.notes:  # e.g. names cleaned of control characters
                say(f"  {note}")
        if read:
            added = project.add_documents(read, attributes, detect_language=True)
            given = any(name.strip().casefold() == "language" for name in attributes)
            for document, imported in zip(added, read, strict=True):
                count = len(document.speakers)
                turns = f", {count} speaker{'' if count == 1 else 's'}" if count else ""
                # The guess, for the researcher to check (qcode attr DOC language=...).
                found = document.attributes.get("language")
                guess = f"language {found} (detected)" if found else "language not detected"
                language = "" if given else f", {guess}"
                say(f"imported '{document.name}' ({document.length} characters{turns}{language})")
                # What reading the file changed or guessed, for the researcher to check.
                for line in imported.warnings:
                    say(f"  warning: {imported.source_name}: {line}")
    return 0


def _import_sheet(options: argparse.Namespace, files: list[Path]) -> int:
    """A survey or spreadsheet: each non-empty answer becomes a document."""
    from qcode.core.surveys import ImportSurvey, SurveyColumns, notice_lines, read_survey

    sheets = [f for f in files if f.suffix.lower() in SHEET_SUFFIXES]
    if not sheets:
        raise QcodeError(
            "--id-column, --text-columns, --attribute-columns, --all-other-columns and --sheet "
            "apply to a .csv, .tsv, .xlsx or .ods sheet"
        )
    if len(files) > 1:
        raise QcodeError(
            f"{sheets[0].name}: a sheet is imported on its own; import other files separately"
        )
    path = sheets[0]
    if options.attr:
        raise QcodeError(
            f"{path.name}: --attr applies to documents; a sheet's attributes are its columns"
        )
    text_columns = column_list(options.text_columns, "--text-columns")
    if not options.id_column or not text_columns:
        raise QcodeError(
            f"{path.name} is a sheet: add --id-column COL and --text-columns COL[,COL...] to "
            "import its answers as documents (and --attribute-columns COL,... or "
            "--all-other-columns for the respondents' attributes)"
        )
    columns = SurveyColumns(
        id_column=options.id_column,
        text_columns=text_columns,
        attribute_columns=column_list(options.attribute_columns, "--attribute-columns"),
        all_other=options.all_other_columns,
    )
    # Read and check the sheet before taking the write lock (as for documents).
    plan = read_survey(path, columns, options.sheet)
    with open_project(options, write=True) as project:
        result = project.push(ImportSurvey(plan))
    count, questions = len(result.document_ids), len(result.questions)
    say(
        f"{path.name}: imported {count:,} answer{'' if count == 1 else 's'} to "
        f"{questions} question{'' if questions == 1 else 's'} from {result.respondents:,} "
        f"respondent{'' if result.respondents == 1 else 's'}, with the attributes "
        + ", ".join(f"'{name}'" for name in result.attributes)
    )
    for line in notice_lines(result):
        say(f"  note: {line}")
    for line in plan.warnings:
        say(f"  warning: {path.name}: {line}")
    return 0


def _import_project(options: argparse.Namespace, files: list[Path]) -> int:
    """A whole REFI-QDA project (.qdpx, or a bare .qde), into an empty project."""
    from qcode.core.qdpx_import import import_qdpx

    if len(files) > 1:
        raise QcodeError(
            "a .qdpx or .qde project is imported on its own; import other files separately"
        )
    if options.attr:
        raise QcodeError("--attr applies to documents, not to a whole .qdpx or .qde project")
    with open_project(options, write=True) as project:
        report = import_qdpx(project, files[0])
    counts = [
        ("documents", report.documents),
        ("codes", report.codes),
        ("codings", report.codings),
        ("memos", report.memos),
        ("coders", report.users),
        ("attributes", report.variables),
        ("sets", report.sets),
        ("cases", report.cases),
        ("links", report.links),
    ]
    origin = f" (from {report.origin})" if report.origin else ""
    say(f"{report.source}{origin}: " + ", ".join(f"{n:,} {what}" for what, n in counts))
    for heading, lines in (
        ("warning", report.warnings),
        ("changed", report.changed),
        ("skipped", report.skipped),
    ):
        for line in lines:
            say(f"  {heading}: {line}")
    return 0
