"""Title and method: what the report covers and how it was made.

The project, when the report was written and by which qcode, the documents,
coders, codebook and coded passages it counts, how it was filtered, whether
it is pseudonymised, and inter-coder agreement where two or more coders
coded the same documents: the figures ``qcode agreement`` prints with its
defaults (character unit), for the coders and documents in the report.
"""

from __future__ import annotations

from collections.abc import Iterator

from qcode import __version__
from qcode.analysis.agreement.figures import Figures
from qcode.analysis.agreement.report import AgreementReport, compute_agreement
from qcode.errors import QcodeError
from qcode.export.report.blocks import BODY, NOTE, Block, Heading, Paragraph, Table
from qcode.export.report.context import ReportContext
from qcode.export.report.quotes import quotes_of
from qcode.export.report.sections import Section
from qcode.messages import Message

MAX_PAIRS = 10  # coders who never all coded one document: this many pairs at most


def _render(context: ReportContext) -> Iterator[Block]:
    yield Heading(context.words(SECTION.title), 1)
    project, scope = context.project, context.scope
    quotes = quotes_of(context)
    coders = sorted({row.coder for row in quotes}, key=str.casefold)
    facts = [
        (Message("Project"), context.say(project.name)),
        (
            Message("Written"),
            Message("{time} by qcode {version}", time=context.written_at_text, version=__version__),
        ),
        (
            Message("Documents"),
            Message(
                "{count} of the project's {total}",
                count=len(scope.documents),
                total=len(project.documents()),
            ),
        ),
        (Message("Coders"), f"{len(coders)}: {', '.join(coders)}" if coders else Message("none")),
        (
            Message("Codebook"),
            Message(
                "{count} codes in this report, of {total}",
                count=len(scope.codes()),
                total=len(scope.codebook),
            ),
        ),
        (Message("Coded passages"), str(len(quotes))),
        (Message("Filters"), context.describe_filters()),
        (Message("Consent"), _consent(context)),
        (
            Message("Pseudonymised"),
            Message(
                "yes: every identifier in the project's pseudonym table is replaced by its "
                "pseudonym, and the written file was checked for identifiers"
            )
            if context.pseudonymiser is not None
            else Message("no: this report shows names and places as the transcripts hold them"),
        ),
    ]
    rows = [(context.words(item), context.words(value)) for item, value in facts]
    yield Table(("", ""), rows, (1, 3))
    yield Paragraph(
        context.words(
            Message(
                "Quotes are the coded text exactly as stored in the project. ¶ is the paragraph "
                "of the document the passage starts in, counted from 1; a time is the position "
                "in the recording, where the document is a subtitle file."
            )
        ),
        NOTE,
    )
    yield from _agreement(context)


def _consent(context: ReportContext) -> str:
    """What the consent register did to the report (naming no one)."""
    consent = context.consent
    if consent.ignored:
        return context.words(
            Message(
                "ignored: this is the project's own backup, and it may quote participants who "
                "did not consent to being quoted; do not share it"
            )
        )
    note = context.words(consent.note())
    note = note[:1].upper() + note[1:]
    if not consent.left_out:
        return note
    return context.words(
        Message(
            "{note} (the figures of charts, agreement and corroboration still count those "
            "passages)",
            note=note,
        )
    )


def _agreement(context: ReportContext) -> Iterator[Block]:
    reports = agreement_reports(context)
    if not reports:
        return
    words = context.words
    yield Heading(words(AGREEMENT), 2)
    yield Paragraph(
        words(
            Message(
                "The figures of 'qcode agreement' (character unit): every character of a "
                "document counts as coded or not coded with each code by each coder."
            )
        ),
        BODY,
    )
    for report in reports:
        documents = ", ".join(context.say(name) for name in report.documents)
        said = Message(
            "Coders {coders}; documents: {documents}.",
            coders=", ".join(report.coders),
            documents=documents,
        )
        yield Paragraph(context.say(words(said)), BODY)
        rows = [_row(words(Message("All codes")), report.overall)]
        rows += [_row(context.say(row.code), row.figures) for row in report.codes]
        headers = (
            Message("Code"),
            Message("% agreement"),
            Message("Cohen's kappa"),
            Message("Krippendorff's alpha"),
            Message("Characters"),
        )
        yield Table([words(header) for header in headers], rows)


def _row(label: str, figures: Figures) -> tuple[str, ...]:
    def number(value: float | None, digits: int) -> str:
        return "—" if value is None else f"{value:.{digits}f}"

    return (
        label,
        number(figures.percent_agreement, 1),
        number(figures.kappa, 3),
        number(figures.alpha, 3),
        f"{figures.units:,}",
    )


def agreement_reports(context: ReportContext) -> list[AgreementReport]:
    """Agreement between the coders of the report's passages, over the
    report's documents every one of them coded (or, when they never all
    coded one document, for each pair that did)."""
    project, scope = context.project, context.scope
    coder_ids = {coder.name: coder.id for coder in project.coders()}
    shown = {row.coder for row in quotes_of(context)}  # pseudonymised, where the report is
    names = sorted((name for name in coder_ids if context.say(name) in shown), key=str.casefold)
    if len(names) < 2:
        return []
    coded = project.reader.documents_coded_by([coder_ids[name] for name in names])
    in_scope = set(scope.document_ids)
    groups: list[list[str]] = []
    common = set.intersection(*(coded.get(coder_ids[name], set()) for name in names)) & in_scope
    if common:
        groups.append(names)
    else:
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                both = coded.get(coder_ids[first], set()) & coded.get(coder_ids[second], set())
                if both & in_scope and len(groups) < MAX_PAIRS:
                    groups.append([first, second])
    codes = None
    if context.filters.codes is not None:
        codes = [code.uuid for code in scope.codes() if code.codable]
    reports = []
    for group in groups:
        ids = [coder_ids[name] for name in group]
        shared = set.intersection(*(coded.get(i, set()) for i in ids)) & in_scope
        documents = None
        if not scope.all_documents:
            documents = [d.uuid for d in scope.documents if d.id in shared]
        try:
            reports.append(compute_agreement(project, group, documents=documents, codes=codes))
        except QcodeError:
            continue  # nothing these coders can be compared on
    return reports


def _outline(context: ReportContext) -> Iterator[Heading]:
    yield Heading(context.words(SECTION.title), 1)
    if len(context.project.coders()) > 1:  # agreement may follow: room for its heading
        yield Heading(context.words(AGREEMENT), 2)


AGREEMENT = Message("Inter-coder agreement")
SECTION = Section("title", Message("About this report"), _render, outline=_outline)
