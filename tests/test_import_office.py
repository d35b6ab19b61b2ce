"""Importing word-processor files: .docx (python-docx), .odt (odfpy), .rtf."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from odf import teletype
from odf.opendocument import OpenDocumentText
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import H, List, ListItem, Note, NoteBody, NoteCitation, P, S, Span

from qcode.io.documents import read_document

# --- .docx ---------------------------------------------------------------


def test_docx_paragraphs_headings_and_tables_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Interview 社会信用体系", level=1)
    document.add_paragraph("Interviewer: Where were you? 😀")
    table = document.add_table(rows=2, cols=3)
    for row, cells in enumerate([("Date", "Place", "Who"), ("1 May", "Kigali 𠮷", "")]):
        for column, value in enumerate(cells):
            table.cell(row, column).text = value
    table.cell(1, 2).paragraphs[0].text = "two"
    table.cell(1, 2).add_paragraph("paragraphs")
    paragraph = document.add_paragraph("Witness: At home.\tTab")
    paragraph.add_run().add_break()
    paragraph.add_run("after a line break")
    document.add_paragraph("")
    document.add_paragraph("Interviewer: And then?")
    document.add_paragraph("Witness: Nothing.")
    path = tmp_path / "Interview.DOCX"
    document.save(str(path))

    doc = read_document(path)
    assert doc.text == (
        "Interview 社会信用体系\n"
        "Interviewer: Where were you? 😀\n"
        "Date\tPlace\tWho\n"
        "1 May\tKigali 𠮷\ttwo paragraphs\n"
        "Witness: At home.\tTab\nafter a line break\n"
        "\n"
        "Interviewer: And then?\n"
        "Witness: Nothing."
    )
    assert (doc.name, doc.source_name, doc.importer) == ("Interview", "Interview.DOCX", "docx")
    spans = [doc.text[t.start : t.end] for t in doc.turns]
    assert spans == [
        "Interviewer: Where were you? 😀\nDate\tPlace\tWho\n1 May\tKigali 𠮷\ttwo paragraphs",
        "Witness: At home.\tTab\nafter a line break",
        "Interviewer: And then?",
        "Witness: Nothing.",
    ]


def test_docx_merged_cells_appear_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Merged heading"
    table.cell(1, 0).text = "a"
    table.cell(1, 1).text = "b"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert read_document(path).text == "Merged heading\na\tb"


def test_docx_tracked_changes_hyperlinks_and_content_controls(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("before")
    body = document.element.body
    extra = parse_xml(
        f"<w:p {nsdecls('w', 'r')}>"
        "<w:r><w:t xml:space='preserve'>Kept </w:t></w:r>"
        "<w:del w:id='1' w:author='x'><w:r><w:delText>deleted </w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='x'><w:r><w:t xml:space='preserve'>inserted </w:t></w:r></w:ins>"
        "<w:hyperlink r:id='rId99'><w:r><w:t>link</w:t></w:r></w:hyperlink>"
        "<w:r><w:noBreakHyphen/><w:t>end</w:t><w:br w:type='page'/></w:r>"
        "</w:p>"
    )
    control = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent>"
        "<w:p><w:r><w:t>inside a content control</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(1, extra)
    body.insert(2, control)
    path = tmp_path / "changes.docx"
    document.save(str(path))
    assert read_document(path).text == "before\nKept inserted link-end\ninside a content control"


# --- .odt ----------------------------------------------------------------


def _odt_paragraph(text: str) -> P:
    paragraph = P()
    teletype.addTextToElement(paragraph, text)
    return paragraph


def test_odt_headings_spaces_tabs_breaks_lists_and_tables_in_order(tmp_path: Path) -> None:
    document = OpenDocumentText()
    heading = H(outlinelevel=1)
    teletype.addTextToElement(heading, "Interview 社会信用体系")
    document.text.addElement(heading)
    document.text.addElement(_odt_paragraph("Interviewer: two  spaces\tand a tab\nnew line 😀"))
    items = List()
    for value in ("first item", "second 𠮷"):
        item = ListItem()
        item.addElement(P(text=value))
        items.addElement(item)
    document.text.addElement(items)
    table = Table()
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    header = TableHeaderRows()
    table.addElement(header)
    for parent, values in ((header, ("Date", "Place")), (table, ("1 May", "Kigali"))):
        row = TableRow()
        for value in values:
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        parent.addElement(row)
    document.text.addElement(table)
    with_note = P(text="Witness: We waited")
    note = Note(id="n1", noteclass="footnote")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="A footnote that must not break the sentence."))
    note.addElement(body)
    with_note.addElement(note)
    with_note.addElement(Span(text=" three"))
    with_note.addElement(S(c=3))
    with_note.addElement(Span(text="days."))
    document.text.addElement(with_note)
    document.text.addElement(_odt_paragraph("Interviewer: Thank you."))
    document.text.addElement(_odt_paragraph("Witness: 不客气。"))
    path = tmp_path / "interview.odt"
    document.save(str(path))

    doc = read_document(path)
    assert doc.text == (
        "Interview 社会信用体系\n"
        "Interviewer: two  spaces\tand a tab\nnew line 😀\n"
        "first item\nsecond 𠮷\n"
        "Date\tPlace\n1 May\tKigali\n"
        "Witness: We waited three   days.\n"
        "Interviewer: Thank you.\n"
        "Witness: 不客气。"
    )
    assert doc.importer == "odt"
    spans = [doc.text[t.start : t.end] for t in doc.turns]
    assert spans[1] == "Witness: We waited three   days."
    assert spans[0].endswith("1 May\tKigali")
    assert len(spans) == 4


# --- .rtf ----------------------------------------------------------------


def _rtf_escape(text: str) -> str:
    """Escape text the way word processors write RTF: \\uN? per UTF-16 unit."""
    out = []
    for char in text:
        if ord(char) < 128:
            out.append({"\\": "\\\\", "{": "\\{", "}": "\\}", "\n": "\\par\n"}.get(char, char))
            continue
        units = char.encode("utf-16-le")
        for index in range(0, len(units), 2):
            unit = int.from_bytes(units[index : index + 2], "little")
            out.append(f"\\u{unit - 0x10000 if unit >= 0x8000 else unit}?")
    return "".join(out)


def test_rtf_unicode_escapes_keep_cjk_emoji_and_astral_characters(tmp_path: Path) -> None:
    body = "Interviewer: 社会信用体系?\nWitness: 😀 and 𠮷\nInterviewer: ok\nWitness: bye"
    source = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\r\n"
        "{\\*\\generator Hand;}\\pard\\f0\\fs24 " + _rtf_escape(body) + "\\par\r\n}"
    )
    path = tmp_path / "escaped.rtf"
    path.write_bytes(source.encode("ascii"))
    doc = read_document(path)
    assert doc.text == body
    assert doc.importer == "rtf"
    assert [doc.text[t.start : t.end] for t in doc.turns] == body.split("\n")


def test_rtf_hand_written_code_page_escapes(tmp_path: Path) -> None:
    source = (
        b"{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\r\n"
        b"\\pard Caf\\'e9, na\\'efve \\'93quoted\\'94 \\'96 \\'80\\par\r\n"
        b"\\u31038?\\u20250? \\u-10179?\\u-8704?\\line next\\tab tab\\par\r\n"
        b"{\\b bold} \\{braces\\}\\par\r\n}"
    )
    path = tmp_path / "hand.rtf"
    path.write_bytes(source)
    assert read_document(path).text == (
        "Café, naïve “quoted” – €\n社会 😀\nnext\ttab\nbold {braces}"
    )


def test_rtf_with_a_cyrillic_code_page(tmp_path: Path) -> None:
    escaped = "".join(f"\\'{byte:02x}" for byte in "Свидетель".encode("cp1251"))
    source = "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0 Arial;}}\\pard " + escaped + "\\par}"
    path = tmp_path / "ru.rtf"
    path.write_bytes(source.encode("ascii"))
    assert read_document(path).text == "Свидетель"
