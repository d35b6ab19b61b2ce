"""A PDF's stored text reads as the page does (issue 16).

Producers place glyphs, not words: Qt's PDF writer places every glyph on its
own and maps the space glyph to a tab; fpdf2 writes each line as one run,
with spaces; a typesetter (here made by hand) places each word, with no space
glyph at all.  Whatever the producer, a researcher must find "affect your
firm" where the page shows it, so the stored text has single spaces between
words, a paragraph's lines joined, paragraphs separated by a blank line,
running headers and footers left out (and said so), hyphenated line ends
joined, and Chinese lines joined without spaces.

Every expected text here is the text the PDF was made from, and the tests
check, through the producer's own line breaking, that it was really broken
where the test means it to be.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fpdf import FPDF

from qcode.io.documents import read_document
from tests.hostile_files import pdf_file

SHY = "\u00ad"
HEADER = "Commission of Inquiry \u2013 Confidential"

# --- Qt's PDF writer (QTextDocument printed through QPdfWriter) ------------

QT_MAKER = r"""
import json, sys
from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter,
                           QTextDocument)

app = QGuiApplication([])
out, spec = sys.argv[1], json.loads(sys.argv[2])
writer = QPdfWriter(out)
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)

def document(paragraphs):
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Serif", 10))
    escaped = (p.replace("&", "&amp;").replace("<", "&lt;") for p in paragraphs)
    doc.setHtml("".join(f"<p>{p}</p>" for p in escaped))
    return doc

def printed_lines(doc):
    # The layout QTextDocument.print_ gives its copy of a document: the
    # writer's page, 2 cm margins, page numbers at the foot of each page.
    copy = doc.clone()
    copy.documentLayout().setPaintDevice(writer)
    frame = copy.rootFrame().frameFormat()
    frame.setMargin(int(2 / 2.54 * 96))  # in Qt's default dots per inch
    copy.rootFrame().setFrameFormat(frame)
    copy.setPageSize(QSizeF(writer.width(), writer.height()))
    height = copy.pageSize().height()
    found, block = [], copy.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        top = copy.documentLayout().blockBoundingRect(block).top()
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        found.append([(text[l.textStart():l.textStart() + l.textLength()],
                       int((top + l.y()) // height)) for l in lines])
        block = block.next()
    return found, copy.pageCount()

def placed(template, ending):
    # Start the paragraph with more words until one of its lines ends with `ending`.
    for count in range(80):
        text = template.replace("{pad}", " ".join(["Then"] * count))
        if any(line.endswith(ending) for line, _ in printed_lines(document([text]))[0][0][:-1]):
            return text
    raise SystemExit(f"no padding puts {ending!r} at the end of a line")

paragraphs = [placed(text, ending) if ending else text for text, ending in spec["paragraphs"]]
doc = document(paragraphs)
lines, pages = printed_lines(doc)
doc.print_(writer)
print(json.dumps({"paragraphs": paragraphs, "lines": lines, "pages": pages}))
"""

WITNESS = (
    "Witness: We waited for three days in the open field next to the checkpoint. Nobody "
    "gave us water or food, and the children were sick. The officers told us that the new "
    "procedure would affect your firm and every other company that had registered goods "
    "in the district, and that our applications would be recommended for review."
)
QT_PARAGRAPHS = [
    (WITNESS, ""),
    (
        "Interviewer: {pad} so the commander said that your case would be fast-tracked if "
        "you paid him, and nobody you knew ever saw the office open again?",
        "fast-",
    ),
    (
        "Witness: {pad} yes, and the international observers recom\u00admended an "
        "independent investigation of the affluent officials who filed fictitious records.",
        "recom\u00ad",
    ),
    *[(WITNESS, "")] * 14,
]


def _make_qt_pdf(path: Path) -> dict[str, object]:
    pytest.importorskip("PySide6")
    spec = {"paragraphs": QT_PARAGRAPHS}
    result = subprocess.run(
        [sys.executable, "-c", QT_MAKER, str(path), json.dumps(spec)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    made: dict[str, object] = json.loads(result.stdout)
    return made


def test_qt_pdf_reads_as_the_page_does(tmp_path: Path) -> None:
    path = tmp_path / "qt.pdf"
    made = _make_qt_pdf(path)
    paragraphs: list[str] = made["paragraphs"]  # type: ignore[assignment]
    lines: list[list[tuple[str, int]]] = made["lines"]  # type: ignore[assignment]
    pages: int = made["pages"]  # type: ignore[assignment]
    # Qt broke the text where the test means it to: paragraphs over several
    # lines, one over a page break, "fast-" and a soft hyphen at line ends.
    assert pages >= 3
    assert all(len(paragraph) >= 3 for paragraph in lines)
    assert any(len({page for _, page in paragraph}) > 1 for paragraph in lines)
    ends = [line.rstrip() for paragraph in lines for line, _ in paragraph]
    assert any(end.endswith("fast-") for end in ends)
    assert any(end.endswith(SHY) for end in ends)

    # Qt places each glyph on its own and maps the space glyph to a tab (the
    # old import stored tabs between words), and it draws the last line of a
    # page again just above the next page, off the page, where nobody sees it.
    doc = read_document(path)

    # The whole text: each paragraph as written, soft hyphen gone ("recommended"
    # is spelled whole elsewhere in the document), "fast-tracked" hyphenated,
    # ligatures expanded, no page numbers, one blank line between paragraphs.
    assert doc.text == "\n\n".join(paragraph.replace(SHY, "") for paragraph in paragraphs)
    assert "affect your firm" in doc.text and "\t" not in doc.text
    # Qt numbers the pages at their foot.
    assert doc.warnings == [
        "left out the running headers, footers and page numbers repeated on most of its "
        f'{pages} pages: "1"'
    ]
    # "Witness:" starts a paragraph, so it is found as a speaker's turn each time
    # ("Interviewer:" only once, which is not enough to count as a speaker).
    starts = [doc.text[turn.start : turn.start + 8] for turn in doc.turns]
    assert starts == ["Witness:"] * sum(p.startswith("Witness:") for p in paragraphs)


# --- fpdf2: a report with a header, page numbers and justified paragraphs ---

REPORT = [
    "The delegation arrived at the border crossing early in the morning, and the officers "
    "told them that the new procedure would affect your firm and every other company that "
    "had registered goods in the district during the previous twelve months of the conflict.",
    "Interviewer: What happened to the documents?",
    "Witness: The office of the ombudsman filed a complaint with the flight authority about "
    "the officials who had stuffed the files with fictitious records, and a self-appointed "
    "mayor signed an order that nobody could read. We went to the police station every day "
    "for a month, and every day they told us to come back tomorrow.",
    "Interviewer: Did anyone write down what you told them?",
]


class _Report(FPDF):
    def header(self) -> None:
        self.set_font("helvetica", size=8)
        self.cell(0, 10, HEADER.replace("\u2013", "-"), new_x="LMARGIN", new_y="NEXT")

    def footer(self) -> None:
        self.set_y(-40)
        self.set_font("helvetica", size=8)
        self.cell(0, 10, f"{self.page_no()}", align="C")


def test_fpdf2_report_reads_as_the_page_does(tmp_path: Path) -> None:
    pdf = _Report(unit="pt", format=(420, 595))
    pdf.set_auto_page_break(True, margin=50)
    pdf.add_page()
    paragraphs = REPORT * 6
    wrapped = []
    for number, paragraph in enumerate(paragraphs):
        pdf.set_font("helvetica", size=11)
        align = "J" if number % 2 else "L"
        wrapped.append(pdf.multi_cell(0, 14, paragraph, align=align, dry_run=True, output="LINES"))
        pdf.multi_cell(0, 14, paragraph, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    assert pdf.page_no() >= 3
    assert max(len(lines) for lines in wrapped) >= 4  # long answers wrap over lines

    doc = read_document(path)

    assert doc.text == "\n\n".join(paragraphs)
    assert all("\n" not in paragraph for paragraph in doc.text.split("\n\n"))
    assert doc.warnings == [
        "left out the running headers, footers and page numbers repeated on most of its "
        f'{pdf.page_no()} pages: "{HEADER.replace(chr(0x2013), "-")}", "1"'
    ]


# --- by hand: a typesetter that places each word, and Chinese ---------------

_WIDTHS = FPDF(unit="pt")
_WIDTHS.set_font("helvetica", size=11)
# Soft hyphen: a producer draws the hyphen glyph (WinAnsi 0xAD) and maps it
# to U+00AD in the font's ToUnicode table.
_SOFT_HYPHEN_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /SoftHyphen def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
1 beginbfchar
<AD> <00AD>
endbfchar
endcmap
CMapName currentdict /defineresource pop
end
end"""


def _escaped(word: str) -> bytes:
    raw = word.replace(SHY, "\xad").encode("latin-1")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _width(word: str) -> float:
    return float(_WIDTHS.get_string_width(word.replace(SHY, "-")))


class _Typesetter:
    """Places every word of a line on its own (no space glyphs), justified to
    ``measure`` points except a paragraph's last line, in Helvetica 11, and
    Chinese in a CID font whose glyphs are 1 em wide."""

    def __init__(self, measure: float = 300.0) -> None:
        self.measure = measure
        self.pages: list[list[bytes]] = []
        self.chinese: dict[str, int] = {}

    def page(self) -> None:
        self.pages.append([])

    def paragraph(
        self,
        lines: list[str],
        x: float,
        y: float,
        *,
        turn: bool = False,
        ends: bool = True,
        backwards: bool = False,
    ) -> float:
        """Set ``lines`` from (x, y) down at 14 pt leading (the last one not
        justified if the paragraph ``ends`` there; each line's words drawn
        last to first if ``backwards``); returns the next y."""
        for number, line in enumerate(lines):
            drawn = len(self.pages[-1])
            words = line.split(" ")
            last = ends and number == len(lines) - 1
            widths = [_width(word) for word in words]
            gap = _width(" ") if last else (self.measure - sum(widths)) / (len(words) - 1)
            along = 0.0
            for word, width in zip(words, widths, strict=True):
                if turn:  # written upward: lines go right, words go up
                    matrix = b"0 1 -1 0 %.2f %.2f" % (x + 14 * number, y + along)
                else:
                    matrix = b"1 0 0 1 %.2f %.2f" % (x + along, y - 14 * number)
                self.pages[-1].append(b"BT /F1 11 Tf %s Tm (%s) Tj ET" % (matrix, _escaped(word)))
                along += width + gap
            if backwards:
                self.pages[-1][drawn:] = self.pages[-1][drawn:][::-1]
        return y - 14 * len(lines)

    def chinese_line(self, text: str, x: float, y: float) -> None:
        codes = b"".join(b"%04X" % self.chinese.setdefault(c, len(self.chinese) + 1) for c in text)
        self.pages[-1].append(b"BT /F2 12 Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET" % (x, y, codes))

    def write(self, path: Path) -> Path:
        count = len(self.pages)
        font = 3 + 2 * count
        to_unicode = b"\n".join(
            b"<%04X> <%04X>" % (code, ord(char)) for char, code in self.chinese.items()
        )
        cmap = (
            b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /C def "
            b"/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange "
            b"%d beginbfchar\n%s\nendbfchar endcmap CMapName currentdict /defineresource pop "
            b"end end" % (len(self.chinese), to_unicode)
        )
        objects = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>"
            % (b" ".join(b"%d 0 R" % (3 + 2 * n) for n in range(count)), count),
        ]
        for number, content in enumerate(self.pages):
            stream = b"\n".join(content)
            objects.append(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
                b" /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                % (4 + 2 * number, font, font + 1)
            )
            objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects += [
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"
            b" /ToUnicode %d 0 R >>" % (font + 2),
            b"<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H"
            b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (font + 3, font + 4),
            b"<< /Length %d >>\nstream\n%s\nendstream"
            % (len(_SOFT_HYPHEN_CMAP), _SOFT_HYPHEN_CMAP),
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Song /DW 1000"
            b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
            b" /FontDescriptor %d 0 R >>" % (font + 5),
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
            b"<< /Type /FontDescriptor /FontName /Song /Flags 4 /FontBBox [0 -120 1000 880]"
            b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
        ]
        return pdf_file(path, objects)


def _wrapped(text: str, measure: float) -> list[str]:
    """``text`` broken into lines of at most ``measure`` points, as fpdf2 breaks it."""
    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.set_margins(0, 0)
    pdf.set_font("helvetica", size=11)
    lines: list[str] = pdf.multi_cell(measure, 14, text, dry_run=True, output="LINES")
    return lines


def test_words_placed_one_by_one_get_single_spaces_and_paragraphs_join(tmp_path: Path) -> None:
    setter = _Typesetter()
    setter.page()
    first = (
        "The delegation arrived at the border crossing early in the morning, and the officers "
        "told them that the new procedure would affect your firm and every other company."
    )
    second = "Nobody gave us water or food, and the children were sick for three days."
    lines = _wrapped(first, setter.measure)
    assert len(lines) >= 3
    below = setter.paragraph(lines, 72, 700)
    setter.paragraph(_wrapped(second, setter.measure), 72, below - 10)
    doc = read_document(setter.write(tmp_path / "typeset.pdf"))
    assert doc.text == f"{first}\n\n{second}"
    assert doc.warnings == []


def test_words_drawn_out_of_order_read_left_to_right(tmp_path: Path) -> None:
    setter = _Typesetter()
    setter.page()
    text = "Nobody gave us water or food, and the children were sick for three long days."
    setter.paragraph(_wrapped(text, setter.measure), 72, 700, backwards=True)
    doc = read_document(setter.write(tmp_path / "backwards.pdf"))
    assert doc.text == text


def test_hyphens_at_line_ends(tmp_path: Path) -> None:
    setter = _Typesetter()
    setter.page()
    lines = [
        "The commander said that our case would be fast-",  # a compound: kept
        "tracked, and that the observers had already recom-",  # spelled whole below: joined
        "mended it. The inter\u00ad",  # a soft hyphen: it goes
        "national team and Maria Lopez-",  # a name: kept
        "Garcia read pages 10-",  # numbers: kept
        "20, and then -",  # a dash, not a hyphen: spaced
        "without warning - they recommended that we leave.",
    ]
    setter.paragraph(lines, 72, 700)
    doc = read_document(setter.write(tmp_path / "hyphens.pdf"))
    assert doc.text == (
        "The commander said that our case would be fast-tracked, and that the observers had "
        "already recommended it. The international team and Maria Lopez-Garcia read pages "
        "10-20, and then - without warning - they recommended that we leave."
    )


def test_chinese_lines_join_without_spaces(tmp_path: Path) -> None:
    setter = _Typesetter()
    setter.page()
    first = (
        "证人：我们在检查站旁边的空地上等了三天。没有人给我们水和食物，孩子们都生病了。"
        "指挥官说，如果我们付钱，我们的案子就会被加快处理。"
    )
    second = "调查员：那些文件后来怎么样了？"
    y = 700.0
    for start in range(0, len(first), 20):  # 20 characters of 12 pt fill a 240 pt line
        setter.chinese_line(first[start : start + 20], 72, y)
        y -= 16
    setter.chinese_line(second, 72, y - 12)
    doc = read_document(setter.write(tmp_path / "chinese.pdf"))
    assert 60 < len(first) < 80  # four lines, the last one short
    assert doc.text == f"{first}\n\n{second}"


def test_single_line_turns_stay_apart_and_a_wrapped_turn_joins(tmp_path: Path) -> None:
    # Turns at ordinary line spacing, no gap between them: a short line ends
    # its paragraph, a full one continues it.
    setter = _Typesetter()
    setter.page()
    long_answer = (
        "Witness: They came at night in three unmarked cars; the neighbours saw everything "
        "but were afraid to speak."
    )
    turns = ["Interviewer: Where were you that night?", "Witness: At home.", long_answer]
    turns.append("Interviewer: Thank you.")
    lines = [turns[0], turns[1], *_wrapped(long_answer, setter.measure), turns[3]]
    for number, line in enumerate(lines):
        setter.paragraph([line], 72, 700 - 14 * number)
    doc = read_document(setter.write(tmp_path / "turns.pdf"))
    assert doc.text == "\n\n".join(turns)
    assert [doc.text[t.start : t.end] for t in doc.turns] == turns


def test_text_set_at_a_quarter_turn_reads_along_its_lines(tmp_path: Path) -> None:
    setter = _Typesetter()
    setter.page()
    text = (
        "The table was printed sideways on the page, and its notes still read as one "
        "paragraph from the first word to the last."
    )
    setter.paragraph(_wrapped(text, setter.measure), 100, 100, turn=True)
    doc = read_document(setter.write(tmp_path / "rotated.pdf"))
    assert doc.text == text


def test_a_paragraph_carries_over_to_the_next_page_and_headers_go(tmp_path: Path) -> None:
    setter = _Typesetter()
    text = (
        "We went to the police station every day for a month, and every day the officers "
        "told us to come back tomorrow, because the commander was away and nobody else "
        "could sign the papers that would let us see our brother."
    )
    lines = _wrapped(text, setter.measure)
    assert len(lines) >= 4
    middle = len(lines) // 2
    for number, part in enumerate((lines[:middle], lines[middle:])):
        setter.page()
        setter.paragraph([HEADER.replace("\u2013", "-")], 72, 760)
        setter.paragraph([f"Page {number + 1}"], 280, 40)
        setter.paragraph(part, 72, 700, ends=bool(number))
    doc = read_document(setter.write(tmp_path / "pages.pdf"))
    assert doc.text == text
    assert len(doc.warnings) == 1 and '"Page 1"' in doc.warnings[0]


def test_a_page_that_ends_a_sentence_is_not_joined_to_the_next(tmp_path: Path) -> None:
    # The same two pages, but the first ends its paragraph: nothing repeats
    # on both pages, so nothing is left out either.
    setter = _Typesetter()
    first = _wrapped(("The first statement was taken in the morning. " * 4).strip(), setter.measure)
    second = "The second statement was taken in the afternoon."
    setter.page()
    setter.paragraph(first, 72, 700)
    setter.page()
    setter.paragraph([second], 72, 700)
    doc = read_document(setter.write(tmp_path / "two.pdf"))
    assert doc.text == " ".join(first) + "\n\n" + second
    assert doc.warnings == []


def test_past_the_document_line_cap_pages_are_read_line_by_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Lines are kept until the whole document is read, so their number is
    # capped; here the cap is lowered to what three pages of forty lines pass.
    from qcode.io import pdf_lines, pdf_pages

    monkeypatch.setattr(pdf_pages, "MAX_DOCUMENT_LINES", 100)
    monkeypatch.setattr(pdf_lines, "MAX_DOCUMENT_LINES", 100)
    setter = _Typesetter()
    for page in range(3):
        setter.page()
        for number in range(40):
            setter.paragraph([f"Answer {page * 40 + number}."], 72, 700 - 16 * number)
    doc = read_document(setter.write(tmp_path / "answers.pdf"))
    answers = [f"Answer {number}." for number in range(120)]
    assert doc.text == "\n\n".join(answers[:80]) + "\n\n" + "\n".join(answers[80:])
    assert doc.warnings == [
        "page 3: more than 1,000 separate lines of text on a page (or 100 in all), "
        "read line by line from top to bottom"
    ]
