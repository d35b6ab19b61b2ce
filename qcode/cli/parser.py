"""The command-line grammar: every command, its arguments and its help."""

from __future__ import annotations

import argparse
from types import ModuleType

import qcode.cli.agreement as agreement
import qcode.cli.bench as bench
import qcode.cli.codes as codes
import qcode.cli.coding as coding
import qcode.cli.consent as consent
import qcode.cli.demo as demo
import qcode.cli.documents as documents
import qcode.cli.evidence as evidence
import qcode.cli.exports as exports
import qcode.cli.findings_parser as findings_parser
import qcode.cli.history as history
import qcode.cli.media as media
import qcode.cli.memos as memos
import qcode.cli.privacy as privacy
import qcode.cli.projects as projects
import qcode.cli.report as report
import qcode.cli.reports as reports
import qcode.cli.search as search
import qcode.cli.security as security
import qcode.cli.suggestions as suggestions
import qcode.cli.survey_args as survey_args
import qcode.cli.team as team
from qcode.cli.arguments import Parser, fraction, position, whole_number


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (and only JSON) on stdout")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--documents", metavar="DOC", nargs="+", help="only these documents")
    parser.add_argument(
        "--attributes",
        metavar="KEY=VALUE",
        nargs="+",
        default=[],
        help="only documents with these attribute values",
    )
    parser.add_argument(
        "--codes", metavar="CODE", nargs="+", help="only these codes (with their sub-codes)"
    )
    parser.add_argument("--coders", metavar="NAME", nargs="+", help="only these coders' codings")
    findings_parser.speaker_filters(parser)
    coding.origin_option(parser)


def _coder(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--coder",
        metavar="NAME",
        help="who is making this edit (default: $QCODE_CODER, else your login name)",
    )


# name → the one-line help shown by 'qcode --help' (and atop 'qcode NAME --help')
COMMANDS: dict[str, str] = {
    "new": "create an empty project (--encrypt: encrypted with a passphrase)",
    "encrypt": "encrypt a plain project in place with a passphrase ($QCODE_PASSPHRASE or asked)",
    "passphrase": "change an encrypted project's passphrase "
    "(old: $QCODE_PASSPHRASE, new: $QCODE_NEW_PASSPHRASE, or asked)",
    "decrypt": "turn an encrypted project back into a plain file (--yes: anyone can then read it)",
    "import": "import documents (.txt .md .docx .odt .rtf .pdf .vtt .srt), a .qdc codebook, "
    "a whole REFI-QDA project (.qdpx, .qde) into an empty project, or a survey's answers "
    "(.csv .tsv .xlsx .ods, with --id-column and --text-columns)",
    "documents": "list the documents",
    "text": "print a document's stored text, exactly",
    "attr": "set or remove (KEY=) document attributes",
    "rename-doc": "rename a document",
    "delete-doc": "delete documents with their codings and memos",
    "codes": "list the codebook",
    "add-code": "create a code (and missing parents)",
    "edit-code": "rename, recolour or describe a code, or set its keywords",
    "move-code": "move a code under another (or to the top level)",
    "merge-codes": "merge one code into another",
    "delete-code": "delete a code with its sub-codes and codings",
    "code": "apply a code to a span of a document (or many, from JSON)",
    "uncode": "remove codings",
    "segments": "list coded segments",
    "memo": "write a memo on the project, a document, a code or a coding",
    "memos": "list memos",
    "undo": "undo the last edit (the app's or the command line's)",
    "redo": "redo the last undone edit",
    "log": "show the project's history of edits",
    "stats": "count segments, documents and characters per code",
    "suggest": "suggest passages to code (offline, learned from your coding), or --evaluate",
    "reject": "reject a suggestion: never suggest CODE for that passage again",
    "search": search.HELP,
    "frequencies": "code frequencies (own and with sub-codes), filterable",
    "cooccurrence": "how often pairs of codes overlap (or are near each other)",
    "export": (
        "export a report (.xlsx, .csv of coded segments), the codebook (.qdc), "
        "documents' texts (.txt) or the whole project for other QDA tools (REFI-QDA .qdpx); "
        "--pseudonymise replaces identifiers"
    ),
    "report": "write a report to hand in as Word (.docx) or PDF: codebook, quotes by code with "
    "their sources, memos, charts, sources; --pseudonymise replaces identifiers",
    "merge": "merge other projects (e.g. coders' copies) into PROJECT, with a backup first",
    "copies": "prepare one project file per coder: same documents, codebook and UUIDs",
    "agreement": "inter-coder agreement: percent, Cohen's kappa, Krippendorff's alpha",
    "pseudonyms": "list the pseudonym table (identifier → replacement used by exports)",
    "pseudonym": "add or change an identifier's replacement in the pseudonym table, or --delete",
    "identifiers": "find names, places, phone numbers, ID numbers... that could identify someone",
    "redact": "replace the pseudonym table's identifiers in documents' own text, for good "
    "(codings follow; permanent once the command ends)",
    "demo": "write the demo project",
    "bench": "measure qcode's speed on a synthetic project",
}
COMMANDS.update(findings_parser.COMMANDS)
COMMANDS.update(evidence.COMMANDS)
COMMANDS.update(consent.COMMANDS)
COMMANDS.update(media.COMMANDS)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="qcode",
        description=(
            "Qualitative coding of interview transcripts, offline. "
            "'qcode [PROJECT]' opens the desktop app. Offsets are Unicode code points."
        ),
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(metavar="COMMAND", title="commands", parser_class=Parser)

    def command(name: str, handlers: ModuleType) -> argparse.ArgumentParser:
        """The command ``name``, run by ``cmd_NAME`` (dashes as underscores)
        in the module ``handlers``."""
        p = sub.add_parser(name, help=COMMANDS[name], description=COMMANDS[name])
        handler = getattr(handlers, "cmd_" + name.replace("-", "_"))
        p.set_defaults(handler=handler, command_parser=p)
        return p

    p = command("new", projects)
    p.add_argument("project", metavar="PROJECT", help="the new file, NAME.qcode")
    p.add_argument(
        "--codebook",
        metavar="FILE",
        help="start from a .qdc codebook (a file, or "
        "the name of one shipped with qcode, e.g. social-credit-china)",
    )
    p.add_argument("--name", help="the project's title (default: the file name)")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the project with a passphrase ($QCODE_PASSPHRASE, else asked twice)",
    )
    _coder(p)

    p = command("encrypt", security)
    p.add_argument("project", metavar="PROJECT", help="a plain project, encrypted in place")

    p = command("passphrase", security)
    p.add_argument("project", metavar="PROJECT", help="an encrypted project")

    p = command("decrypt", security)
    p.add_argument("project", metavar="PROJECT", help="an encrypted project, decrypted in place")
    p.add_argument(
        "--yes",
        action="store_true",
        help="yes, leave every transcript in it readable by anyone who has the file",
    )

    p = command("import", projects)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument(
        "--attr",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="attribute for every imported document (repeatable)",
    )
    survey_args.add_sheet_options(p)
    _coder(p)

    p = command("documents", documents)
    p.add_argument("project", metavar="PROJECT")
    _json(p)

    p = command("text", documents)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC", help="document name or id")
    evidence.version_option(p)

    p = command("attr", documents)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC")
    p.add_argument("values", metavar="KEY=VALUE", nargs="+", help="KEY= removes the attribute")
    _coder(p)

    p = command("rename-doc", documents)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC")
    p.add_argument("name", metavar="NAME")
    _coder(p)

    p = command("delete-doc", documents)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("documents", metavar="DOC", nargs="+")
    _coder(p)

    p = command("codes", codes)
    p.add_argument("project", metavar="PROJECT")
    _json(p)

    p = command("add-code", codes)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "code",
        metavar="CODE",
        help="path, e.g. 'Harms/Public shaming'; missing parents are created; "
        "write a '/' inside a name as '\\/'",
    )
    p.add_argument("--color", metavar="#RRGGBB")
    p.add_argument("--description", default="")
    p.add_argument(
        "--keywords", metavar="WORD,WORD", default="", help="comma-separated words for suggestions"
    )
    _coder(p)

    p = command("edit-code", codes)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--name", help="new name (the code keeps its place)")
    p.add_argument("--color", metavar="#RRGGBB")
    p.add_argument("--description")
    p.add_argument("--keywords", metavar="WORD,WORD")
    _coder(p)

    p = command("move-code", codes)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("code", metavar="CODE")
    p.add_argument("parent", metavar="PARENT", nargs="?", help="new parent (omit: top level)")
    _coder(p)

    p = command("merge-codes", codes)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("source", metavar="SOURCE", help="the code that disappears")
    p.add_argument("target", metavar="TARGET", help="the code that receives its codings")
    _coder(p)

    p = command("delete-code", codes)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("code", metavar="CODE")
    _coder(p)

    p = command("code", coding)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC", nargs="?")
    p.add_argument("code", metavar="CODE", nargs="?", help="code path, e.g. 'Harms/Public shaming'")
    p.add_argument("start", metavar="START", nargs="?", type=position, help="first code point")
    p.add_argument(
        "end", metavar="END", nargs="?", type=position, help="one past the last code point"
    )
    p.add_argument(
        "--from-json",
        metavar="FILE",
        help="many codings at once: objects as 'segments --json' prints ('-' = stdin)",
    )
    p.add_argument("--memo", metavar="TEXT", help="a memo on the new coding")
    p.add_argument("--create", action="store_true", help="create missing codes")
    _coder(p)

    p = command("uncode", coding)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("codings", metavar="CODING_ID", nargs="+")
    _coder(p)

    p = command("segments", coding)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--doc", metavar="DOC")
    p.add_argument("--code", metavar="CODE")
    p.add_argument("--subcodes", action="store_true", help="include the code's sub-codes")
    p.add_argument("--coder", metavar="NAME")
    findings_parser.speaker_filters(p)
    coding.origin_option(p)
    evidence.changed_option(p)
    _json(p)

    p = command("memo", memos)
    p.add_argument("project", metavar="PROJECT")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--project", dest="on_project", action="store_true")
    target.add_argument("--doc", metavar="DOC")
    target.add_argument("--code", metavar="CODE")
    target.add_argument("--coding", metavar="ID")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--title", default="")
    _coder(p)

    p = command("memos", memos)
    p.add_argument("project", metavar="PROJECT")
    _json(p)

    for name in ("undo", "redo"):
        p = command(name, history)
        p.add_argument("project", metavar="PROJECT")

    p = command("log", history)
    p.add_argument("project", metavar="PROJECT")
    _json(p)

    p = command("stats", reports)
    p.add_argument("project", metavar="PROJECT")
    findings_parser.speaker_filters(p)
    coding.origin_option(p)
    _json(p)

    p = command("suggest", suggestions)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC", nargs="?")
    p.add_argument(
        "--min-confidence",
        metavar="X",
        type=fraction,
        default=None,
        help="the recall knob: every suggestion at or above X, best first (0: every scored "
        "passage); default: each code's learned threshold",
    )
    p.add_argument(
        "--source",
        action="append",
        choices=["keywords", "learned", "similar"],
        help="only this source (repeatable; default: all three)",
    )
    p.add_argument(
        "--unit",
        choices=["sentence", "turn"],
        default="sentence",
        help="suggest sentences (default) or whole speaker turns",
    )
    p.add_argument(
        "--pipeline",
        default="blank",
        help="an installed spaCy pipeline, e.g. en_core_web_sm (default: blank)",
    )
    p.add_argument("--names", action="store_true", help="also match the words of code names")
    p.add_argument("--like", metavar="CODING_ID", help="passages most like this coded segment")
    p.add_argument(
        "--code",
        metavar="CODE",
        help="rank every passage of DOC (or of the project) by how likely it belongs to CODE",
    )
    p.add_argument(
        "--limit", metavar="N", type=whole_number(1, "a number from 1"), help="the best N only"
    )
    p.add_argument(
        "--evaluate",
        action="store_true",
        help="measure the suggestions on your own coding (precision, recall, F1, average "
        "precision, calibration), with keyword and similarity baselines",
    )
    p.add_argument(
        "--folds",
        type=whole_number(2, "a number of folds from 2"),
        default=5,
        help="--evaluate: hold out this many parts in turn (5)",
    )
    p.add_argument(
        "--split",
        metavar="SHARE",
        type=fraction,
        help="--evaluate: learn from the first SHARE of the coded text (e.g. 0.55), judge the rest",
    )
    p.add_argument(
        "--coder",
        metavar="NAME",
        help="--evaluate: judge against this coder only, beside each colleague who coded the "
        "same documents",
    )
    suggestions.accept_option(p)
    p.add_argument(
        "--curve",
        action="store_true",
        help="--evaluate: also the learning curve (F1 against the number of coded passages)",
    )
    p.add_argument(
        "--threshold",
        type=fraction,
        default=None,
        help="--evaluate at this confidence instead of the learned thresholds",
    )
    p.add_argument(
        "--max-memory",
        metavar="MB",
        type=whole_number(200, "a number of megabytes from 200"),
        default=1000,
        help="the most memory learning may use (1000)",
    )
    p.add_argument(
        "--max-units",
        metavar="N",
        type=whole_number(100, "a number of passages from 100"),
        help="learn from at most N passages (faster on a very large project)",
    )
    _json(p)

    p = command("reject", suggestions)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC")
    p.add_argument("code", metavar="CODE")
    p.add_argument("start", metavar="START", type=position)
    p.add_argument("end", metavar="END", type=position)
    _coder(p)

    search.arguments(command("search", search))

    p = command("frequencies", reports)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "--by",
        choices=["document", "coder", "attribute", "case", "case-attribute"],
        help="break the counts down (attribute, case-attribute: give --attribute NAME)",
    )
    p.add_argument("--attribute", metavar="NAME", help="the attribute for --by (case-)attribute")
    _filters(p)
    _json(p)

    p = command("cooccurrence", reports)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "--near",
        action="store_true",
        help="also count codings in the same paragraph or speaker turn",
    )
    _filters(p)
    _json(p)

    findings_parser.declare(command)
    evidence.declare(command, position, _coder)
    consent.declare(command, _coder)
    media.declare(command, _coder)

    p = command("export", exports)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "out",
        metavar="OUT",
        help="OUT.xlsx (all reports), OUT.csv (coded segments), OUT.qdc (codebook), "
        "OUT.qdpx (the whole project), OUT.txt (the text of the one document given with "
        "--documents) or an existing folder (each document's text as NAME.txt)",
    )
    _filters(p)
    p.add_argument(
        "--pseudonymise",
        action="store_true",
        help="replace every identifier in the pseudonym table by its replacement "
        "(the project is not changed) and check the written file for leaks",
    )
    p.add_argument(
        "--sheets", metavar="SHEET", nargs="+", help="OUT.xlsx: only these sheets (default: all)"
    )
    evidence.manifest_option(p)
    p.add_argument(
        "--ignore-consent",
        action="store_true",
        help="for the project's own backups: also write the passages of participants who did "
        "not consent to being quoted (left out otherwise; the output says so)",
    )
    p.add_argument(
        "--include-media",
        action="store_true",
        help="OUT.qdpx: put the linked recordings inside the file (by default they are "
        "referenced by their path: recordings are large)",
    )

    report.arguments(command("report", report))

    p = command("merge", team)
    p.add_argument("project", metavar="PROJECT", help="the project to merge into")
    p.add_argument("others", metavar="OTHER", nargs="+", help="projects to merge (.qcode)")
    p.add_argument("--report", metavar="FILE", help="also save the merge report (JSON) here")
    _coder(p)
    _json(p)

    p = command("copies", team)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("coders", metavar="CODER", nargs="+", help="one copy per coder name")
    p.add_argument(
        "--folder", metavar="DIR", help="where to write the copies (default: beside PROJECT)"
    )
    _json(p)

    p = command("agreement", agreement)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--coders", metavar="NAME", nargs="+", help="two or more coders")
    agreement.origins_option(p)
    p.add_argument(
        "--unit",
        choices=["character", "sentence", "paragraph", "segment"],
        default="character",
        help="what is compared (default: character)",
    )
    p.add_argument(
        "--threshold",
        type=fraction,
        default=0.9,
        help="segment unit: least overlap (intersection over union) to agree (0.9)",
    )
    p.add_argument(
        "--documents",
        metavar="DOC",
        nargs="+",
        help="only these documents (default: those every chosen coder has coded)",
    )
    p.add_argument("--codes", metavar="CODE", nargs="+", help="only these codes")
    p.add_argument("--xlsx", metavar="FILE", help="also write the figures to an Excel file")
    p.add_argument(
        "--pseudonymise",
        action="store_true",
        help="with --xlsx: replace every identifier in the pseudonym table by its replacement "
        "in the Excel file (the project is not changed) and check the file for leaks",
    )
    _json(p)

    p = command("pseudonyms", privacy)
    p.add_argument("project", metavar="PROJECT")
    _json(p)

    p = command("pseudonym", privacy)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("original", metavar="ORIGINAL", help="the identifier, e.g. a name")
    p.add_argument(
        "replacement", metavar="REPLACEMENT", nargs="?", help="what exports show instead"
    )
    p.add_argument("--kind", metavar="K", help="person, place, phone... (free text)")
    p.add_argument("--delete", action="store_true", help="remove ORIGINAL from the table")
    _coder(p)

    p = command("identifiers", privacy)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC", nargs="?", help="only this document")
    p.add_argument(
        "--no-model",
        action="store_true",
        help="do not use a trained spaCy pipeline even if one is installed",
    )
    _json(p)

    p = command("redact", privacy)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("documents", metavar="DOC", nargs="*", help="the documents to redact")
    p.add_argument("--all", action="store_true", help="redact every document")
    p.add_argument(
        "--yes",
        action="store_true",
        help="confirm: the original text is gone for good once the command ends",
    )
    _json(p)
    _coder(p)

    p = command("demo", demo)
    p.add_argument("path", metavar="PATH", help="where to write the demo project (NAME.qcode)")

    p = command("bench", bench)
    _json(p)
    count = whole_number(0, "a count (a whole number from 0)")
    p.add_argument("--documents", type=count, default=1000, help="synthetic documents (1000)")
    p.add_argument("--codings", type=count, default=200_000, help="synthetic codings (200000)")
    p.add_argument(
        "--units", type=count, default=2000, help="coded units to train suggestions on (2000)"
    )
    p.add_argument(
        "--gui",
        action="store_true",
        help="also measure the desktop app (offscreen when there is no display)",
    )
    p.add_argument(
        "--survey",
        action="store_true",
        help="instead, measure a survey of 100,000 short answers (import, coding, analyses, "
        "and suggestions on 100,000 answers x 500 codes, as --suggest-large)",
    )
    p.add_argument(
        "--suggest-large",
        metavar="ANSWERS",
        nargs="?",
        const=100_000,
        type=whole_number(1000, "a number of answers from 1000"),
        help="instead, measure suggestions on a survey-shaped project (100,000 short answers, "
        "500 codes, 150,000 codings): training time and memory, suggesting, ranking",
    )
    return parser


def _version() -> str:
    from qcode import __version__

    return f"qcode {__version__}"
