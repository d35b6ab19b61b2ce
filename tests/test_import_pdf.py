"""Importing PDFs with a text layer (pdfminer.six)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from qcode.io.documents import read_document

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# A ToUnicode CMap that maps byte 0x01 to U+FB01 (ﬁ), as fonts with ligature
# glyphs do, so pdfminer hands back the ligature code point.
_LIGATURE_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Ligatures def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
1 beginbfchar
<01> <FB01>
endbfchar
endcmap
CMapName currentdict /defineresource pop
end
end"""


def _minimal_pdf(content: bytes) -> bytes:
    """One page showing ``content`` in Helvetica with the ligature CMap."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_LIGATURE_CMAP), _LIGATURE_CMAP),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(out)


def test_ligature_code_points_are_expanded_and_hyphenation_kept(tmp_path: Path) -> None:
    content = (
        b"BT /F1 12 Tf 72 720 Td 14 TL"
        b" (The of\\001ce was \\001lled with inter-) Tj T* (national observers.) Tj ET"
    )
    path = tmp_path / "ligatures.pdf"
    path.write_bytes(_minimal_pdf(content))
    doc = read_document(path)
    # Without expansion pdfminer gives "oﬁce"; a search for "office" must hit.
    # The two lines are one paragraph; the line-end hyphen stays (issue 16).
    assert doc.text == "The office was filled with inter-national observers."
    assert "\ufb01" not in doc.text
    assert (doc.name, doc.importer) == ("ligatures", "pdf")


@pytest.mark.skipif(not DEJAVU.exists(), reason=f"needs the DejaVu Sans font at {DEJAVU}")
def test_pages_are_separated_by_a_blank_line_and_turns_found(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_font("dejavu", fname=str(DEJAVU))
    pdf.set_font("dejavu", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "Interviewer: Where were you on the ﬁrst day? 😀")
    pdf.add_page()
    pdf.cell(0, 10, "Witness: At the café in Kraków.")
    pdf.add_page()
    pdf.cell(0, 10, "Interviewer: Thank you.", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 10, "Witness: Goodbye.")
    path = tmp_path / "transcript.pdf"
    pdf.output(str(path))

    doc = read_document(path)
    assert "\f" not in doc.text
    assert doc.text == (
        "Interviewer: Where were you on the first day? 😀\n\n"
        "Witness: At the café in Kraków.\n\n"
        "Interviewer: Thank you.\n\nWitness: Goodbye."  # separate text boxes
    )
    assert [doc.text[t.start : t.end] for t in doc.turns] == [
        "Interviewer: Where were you on the first day? 😀",
        "Witness: At the café in Kraków.",
        "Interviewer: Thank you.",
        "Witness: Goodbye.",
    ]


def test_pdf_with_owner_password_only_opens_without_asking(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Printing restricted, reading allowed.")
    pdf.set_encryption(owner_password="owner-secret")
    path = tmp_path / "restricted.pdf"
    pdf.output(str(path))
    assert read_document(path).text == "Printing restricted, reading allowed."
