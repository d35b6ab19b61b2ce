"""The grammar of the commands that carry coded passages to findings:
queries, speakers, cases, the framework matrix, links, source grades and
corroboration (declared here to keep :mod:`qcode.cli.parser` short)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from types import ModuleType

import qcode.cli.cases as cases
import qcode.cli.coding as coding
import qcode.cli.findings as findings
import qcode.cli.queries as queries
import qcode.cli.speakers as speakers
from qcode.cli.arguments import position

# name → the one-line help shown by 'qcode --help' (and atop 'qcode NAME --help')
COMMANDS: dict[str, str] = {
    "query": "find the passages that answer a query over the coding "
    '("A" AND "B", OR, AND NOT, NEAR/N, NEAR/sentence...); save it, re-run it, code its results',
    "queries": "list the saved queries, or --delete or --rename one",
    "speakers": "list the speakers with their roles, turns and codings",
    "speaker": "show a speaker, or set their --role (interviewer, respondent...) or --description",
    "autocode-speaker": "code every turn of a speaker (without the label) in one undoable step",
    "cases": "list the cases (informants, incidents...) with their attributes and members",
    "case": "create, edit, rename or delete a case, and assign documents, speakers or codings",
    "import-cases": "create or update cases from a .csv or .xlsx sheet with a row per case",
    "case-matrix": "codings per case and code (the case × code matrix), "
    "or per value of a case attribute",
    "framework": "the framework matrix: each case's summary on each code, with its quotes",
    "summary": "write a case's summary on a code (framework matrix) and link or unlink its quotes",
    "link": "link two codings: corroborates, contradicts, explains or a type of the project",
    "unlink": "remove links between codings",
    "links": "list the links between codings",
    "link-type": "add or describe a link type of the project, or --delete it",
    "grades": "list the project's scale of source grades",
    "grade-scale": "add or change a step of the source-grade scale, or --delete it",
    "grade": "give codings a source grade, or --clear it",
    "corroboration": "for allegation codes: independent sources, first-hand ones, "
    "contradicting links and the quotes",
}

QUERY_GRAMMAR = """\
the query language:
  "Harms/Public shaming"   a code, by its path in double quotes
  "Harms/**"               Harms and every code under it
  A AND B                  the characters coded with both
  A OR B                   the characters coded with either
  A AND NOT B              the characters coded with A and not with B
  A NEAR/N B               A's whole codings within N characters of a coding of B
                           (overlapping or touching: distance 0)
  A NEAR/sentence B        A's codings sharing a sentence with a coding of B
  A NEAR/paragraph B       ... a paragraph (a line of text)
  A NEAR/turn B            ... a speaker turn
  ( ... )                  grouping
NEAR binds tightest, then AND and AND NOT, then OR; keywords in any case.
Each document is queried on its own, with the codings of the chosen coders
(all by default). The result is the maximal runs of matching characters:
JSON [{"document": its id, "start", "end", "text"}], positions in code points.

examples:
  qcode query P.qcode '"Notice" AND NOT "Appeal"' --speaker-role respondent
  qcode query P.qcode '"Harms/**" NEAR/turn "Police"' --save "harms near police"
  qcode query P.qcode --run "harms near police" --code "Findings/Police" --create
"""

Declare = Callable[[str, ModuleType], argparse.ArgumentParser]


def speaker_filters(p: argparse.ArgumentParser, *, parts: bool = False) -> None:
    """``--speaker``, ``--exclude-speaker`` and ``--speaker-role``: which
    speakers' codings count (by where a coding starts), or with ``parts``
    which parts of a query's result are kept."""
    keep = "keep only the parts inside" if parts else "only codings starting in"
    leave = "cut out the parts inside" if parts else "leave out codings starting in"
    p.add_argument(
        "--speaker",
        dest="speakers",
        metavar="NAME",
        action="append",
        help=f"{keep} this speaker's turns (repeatable)",
    )
    p.add_argument(
        "--exclude-speaker",
        dest="exclude_speakers",
        metavar="NAME",
        action="append",
        help=f"{leave} this speaker's turns, e.g. Interviewer (repeatable)",
    )
    p.add_argument(
        "--speaker-role",
        dest="speaker_roles",
        metavar="ROLE",
        action="append",
        help=f"{keep} the turns of speakers with this role (repeatable)",
    )


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON (and only JSON) on stdout")


def _editor(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--coder",
        metavar="NAME",
        help="who is making this edit (default: $QCODE_CODER, else your login name)",
    )


def _document_filters(p: argparse.ArgumentParser, *, coders: bool = True) -> None:
    p.add_argument("--documents", metavar="DOC", nargs="+", help="only these documents")
    p.add_argument(
        "--attributes",
        "--where",
        dest="attributes",
        metavar="KEY=VALUE",
        nargs="+",
        action="extend",
        default=[],
        help="only documents with these attribute values",
    )
    if coders:
        p.add_argument("--coders", metavar="NAME", nargs="+", help="only these coders' codings")
    speaker_filters(p)


def declare(command: Declare) -> None:
    """Declare every command of :data:`COMMANDS` with ``command(name, handlers)``."""
    _queries(command)
    _speakers(command)
    _cases(command)
    _framework(command)
    _links(command)


def _queries(command: Declare) -> None:
    p = command("query", queries)
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = QUERY_GRAMMAR
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("expression", metavar="EXPRESSION", nargs="?", help="the query (see below)")
    p.add_argument("--run", metavar="NAME", help="run this saved query (with its saved options)")
    p.add_argument(
        "--coder",
        dest="coders",
        metavar="NAME",
        action="append",
        help="only this coder's codings count (repeatable; default: every coder's)",
    )
    p.add_argument("--documents", metavar="DOC", nargs="+", help="only these documents")
    p.add_argument(
        "--where",
        dest="where",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="only documents with this attribute value (repeatable; the same KEY twice: either)",
    )
    speaker_filters(p, parts=True)
    coding.origin_option(p)
    p.add_argument(
        "--save",
        metavar="NAME",
        help="save the query with these options under NAME (replacing one of that name)",
    )
    p.add_argument(
        "--code", metavar="CODE", help="code every passage found with CODE, in one undoable step"
    )
    p.add_argument("--create", action="store_true", help="with --code: create CODE if missing")
    _json(p)

    p = command("queries", queries)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--delete", metavar="NAME", help="delete this saved query")
    p.add_argument("--rename", metavar=("OLD", "NEW"), nargs=2, help="rename a saved query")
    _json(p)
    _editor(p)


def _speakers(command: Declare) -> None:
    p = command("speakers", speakers)
    p.add_argument("project", metavar="PROJECT")
    _json(p)

    p = command("speaker", speakers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("name", metavar="NAME", help="the speaker's label, as in 'Liu:'")
    p.add_argument(
        "--role",
        metavar="ROLE",
        help="interviewer, respondent, interpreter or any other word ('' clears it)",
    )
    p.add_argument("--description", metavar="TEXT", help="a note on the speaker ('' clears it)")
    _json(p)
    _editor(p)

    p = command("autocode-speaker", speakers)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("name", metavar="NAME", help="the speaker's label")
    p.add_argument("code", metavar="CODE", help="the code to apply, by path")
    p.add_argument("--documents", metavar="DOC", nargs="+", help="only in these documents")
    p.add_argument("--create", action="store_true", help="create CODE if missing")
    _editor(p)


def _cases(command: Declare) -> None:
    p = command("cases", cases)
    p.add_argument("project", metavar="PROJECT")
    _json(p)

    p = command("case", cases)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "name", metavar="NAME", help="the case (created if the project has none so named)"
    )
    p.add_argument("--type", metavar="TYPE", help="informant, incident, institution... (free text)")
    p.add_argument("--description", metavar="TEXT")
    p.add_argument(
        "--attr",
        metavar="KEY=VALUE",
        action="append",
        default=[],
        help="set an attribute (KEY= removes it; repeatable)",
    )
    for verb, what in (("add", "assign"), ("remove", "take off")):
        p.add_argument(
            f"--{verb}-document",
            metavar="DOC",
            action="append",
            default=[],
            help=f"{what} a document (repeatable)",
        )
        p.add_argument(
            f"--{verb}-speaker",
            metavar="LABEL",
            action="append",
            default=[],
            help=f"{what} a speaker, everywhere or only --in DOC (repeatable)",
        )
        p.add_argument(
            f"--{verb}-coding",
            metavar="ID",
            action="append",
            default=[],
            help=f"{what} a single coding (repeatable)",
        )
    p.add_argument(
        "--in",
        dest="in_document",
        metavar="DOC",
        help="the speakers of --add-speaker and --remove-speaker: only in this document",
    )
    p.add_argument("--rename", metavar="NEW", help="rename the case")
    p.add_argument(
        "--delete",
        action="store_true",
        help="delete the case with its members' assignments, attributes, memos and "
        "framework cells (documents and codings stay)",
    )
    _json(p)
    _editor(p)

    p = command("import-cases", cases)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "path", metavar="FILE", help="a .csv or .xlsx sheet: a header row, a row per case"
    )
    p.add_argument(
        "--name-column",
        metavar="COL",
        help="the column of case names (default: 'name', 'case' or 'case name', else the first)",
    )
    p.add_argument(
        "--type-column",
        metavar="COL",
        help="the column of case types (default: 'type' or 'case type', if any)",
    )
    _json(p)
    _editor(p)

    p = command("case-matrix", cases)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "--codes", metavar="CODE", nargs="+", help="these codes as columns (default: every code)"
    )
    p.add_argument(
        "--subcodes", action="store_true", help="a code's column also counts its sub-codes"
    )
    p.add_argument(
        "--attribute",
        metavar="NAME",
        help="instead: codes × the values of this case attribute (a crosstab)",
    )
    _document_filters(p)
    coding.origin_option(p)
    _json(p)


def _framework(command: Declare) -> None:
    p = command("framework", findings)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--cases", metavar="CASE", nargs="+", help="only these cases (rows)")
    p.add_argument("--codes", metavar="CODE", nargs="+", help="only these codes (columns)")
    _json(p)

    p = command("summary", findings)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("case", metavar="CASE")
    p.add_argument("code", metavar="CODE")
    p.add_argument(
        "text",
        metavar="TEXT",
        nargs="?",
        help="the summary ('' clears it; omitted: as it is)",
    )
    p.add_argument(
        "--quote",
        metavar="CODING_ID",
        action="append",
        default=[],
        help="link a coding as a quote the summary rests on (repeatable)",
    )
    p.add_argument(
        "--unquote",
        metavar="CODING_ID",
        action="append",
        default=[],
        help="unlink a quote (repeatable)",
    )
    _editor(p)


def _links(command: Declare) -> None:
    p = command("link", findings)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("origin", metavar="CODING_ID", help="the coding the link goes from")
    p.add_argument("target", metavar="CODING_ID", help="the coding the link goes to")
    p.add_argument(
        "--type",
        default="corroborates",
        help="corroborates (default), contradicts, explains or a type the project defines",
    )
    p.add_argument("--memo", metavar="TEXT", default="", help="why they are linked")
    _editor(p)

    p = command("unlink", findings)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("links", metavar="LINK_ID", nargs="+", help="ids as 'qcode links' prints them")
    _editor(p)

    p = command("links", findings)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--coding", metavar="CODING_ID", help="only links from or to this coding")
    p.add_argument("--type", metavar="TYPE", help="only links of this type")
    _json(p)

    p = command("link-type", findings)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--description", metavar="TEXT")
    p.add_argument("--rename", metavar="NEW", help="rename a type the project defined")
    p.add_argument("--delete", action="store_true", help="remove a type no link uses")
    _json(p)
    _editor(p)

    p = command("grades", findings)
    p.add_argument("project", metavar="PROJECT")
    _json(p)

    p = command("grade-scale", findings)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("name", metavar="NAME", help="a grade, e.g. 'first-hand witness'")
    p.add_argument(
        "--first-hand",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="whether codings with this grade count as first-hand evidence",
    )
    p.add_argument("--description", metavar="TEXT")
    p.add_argument(
        "--position",
        metavar="N",
        type=position,
        help="its place in the scale (0: first; default: last)",
    )
    p.add_argument("--rename", metavar="NEW", help="rename the grade")
    p.add_argument("--delete", action="store_true", help="remove a grade no coding carries")
    _json(p)
    _editor(p)

    p = command("grade", findings)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "items",
        metavar="CODING_ID... GRADE",
        nargs="+",
        help="the codings, then the grade to give them (with --clear: only codings)",
    )
    p.add_argument("--clear", action="store_true", help="take the codings' grade off")
    _editor(p)

    p = command("corroboration", findings)
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "--codes", metavar="CODE", nargs="+", required=True, help="the allegations, as codes"
    )
    p.add_argument(
        "--own",
        action="store_true",
        help="only the codes' own codings (default: with their sub-codes)",
    )
    _document_filters(p)
    coding.origin_option(p)
    _json(p)
