"""PDFs that would cost minutes or gigabytes are refused in seconds.

pdfminer unpacks a stream whole whenever it needs it, works through drawing
instructions at a few hundred thousand a second, keeps a large object per
character until a page is done and compares every block of text with every
other to order a page: each of these is bounded (see qcode/io/pdf_pages.py),
and each case here is a file of a few kilobytes made on the spot.
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

from qcode.io import limits
from tests.hostile_files import (
    BYTE_LIMIT,
    DRAWING_LIMIT,
    MAX_PEAK_MB,
    MAX_SECONDS,
    pdf_file,
    read_in_child,
    refused_quickly,
    write_pdf,
)


def test_pdf_whose_drawing_unpacks_to_60_mb_without_text(tmp_path: Path) -> None:
    # pdfminer took two minutes over this before saying "no text layer".
    path = write_pdf(tmp_path / "drawing.pdf", b"q Q\n" * 15_000_000)
    assert path.stat().st_size < 100_000
    assert refused_quickly(path) == DRAWING_LIMIT


def test_pdf_drawing_a_small_form_a_thousand_times(tmp_path: Path) -> None:
    # 100 KB of drawing, drawn 1,000 times from a 7 KB file: the form is
    # counted each time it is drawn, as pdfminer works through it each time.
    form = zlib.compress(b"q Q\n" * 25_000, 9)
    path = pdf_file(
        tmp_path / "forms.pdf",
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            b" /Resources << /XObject << /X1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length 7000 >>\nstream\n%s\nendstream" % (b"/X1 Do\n" * 1000),
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length %d"
            b" /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(form), form),
        ],
    )
    assert path.stat().st_size < 10_000
    assert refused_quickly(path) == DRAWING_LIMIT


def _report_pdf(path: Path, pages: int, paragraph: bytes, drawing: bytes) -> Path:
    """``pages`` pages, each with ``paragraph`` (text) and ``drawing`` (lines)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + 2 * n) for n in range(pages)), pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    content = zlib.compress(paragraph + drawing, 9)
    for n in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            b" /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * n)
        )
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
            % (len(content), content)
        )
    return pdf_file(path, objects)


def test_text_on_a_page_earns_the_drawing_around_it(tmp_path: Path) -> None:
    # Twelve pages, each with about 10,000 drawing instructions (seven to a
    # line) and 2,400 characters of text.  With the drawing limit at 100,000,
    # the same pages without their text are refused; with it, they are read.
    paragraph = b"".join(
        b"BT /F1 10 Tf 72 %d Td (Witness: we waited at the border for three days.) Tj ET\n"
        % (700 - 12 * line)
        for line in range(50)
    )
    drawing = b"1 1 m 2 2 l S\n" * 1_200
    limit = {limits.PDF_DRAWING_VARIABLE: "100000"}
    blank = _report_pdf(tmp_path / "maps.pdf", 12, b"", drawing)
    assert refused_quickly(blank, **limit).startswith("draws more than 100,000 instructions")
    report = _report_pdf(tmp_path / "report.pdf", 12, paragraph, drawing)
    outcome = read_in_child(report, **limit)
    assert "error" not in outcome, outcome
    assert outcome["length"] > 12 * 50 * 48


def test_pdf_streams_unpacking_past_the_byte_limit(tmp_path: Path) -> None:
    # Not drawn at all (no page uses it): pdfminer would still unpack it.
    blob = zlib.compress(b" " * 210_000_000, 9)
    extra = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(blob), blob)
    path = write_pdf(tmp_path / "streams.pdf", b"BT /F1 12 Tf 72 700 Td (Hi) Tj ET", (extra,))
    assert refused_quickly(path) == f"has compressed parts that unpack to {BYTE_LIMIT}"


def test_pdf_with_a_broken_stream_too_costly_to_repair(tmp_path: Path) -> None:
    # Without its checksum pdfminer re-inflates the stream a byte at a time,
    # copying all its output each time: hours for this one.
    stream = zlib.compress(b"q Q\n" * 15_000_000, 9)[:-4]
    page = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream)
    path = pdf_file(
        tmp_path / "broken.pdf",
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            page,
        ],
    )
    assert refused_quickly(path) == (
        "is damaged (a compressed part of it is broken beyond quick repair)"
    )


def test_pdf_page_placing_200_000_characters(tmp_path: Path) -> None:
    # 800 bytes on disk; pdfminer keeps a large object per character.
    path = write_pdf(
        tmp_path / "dense.pdf", b"BT /F1 1 Tf 10 700 Td (" + b"a" * 200_000 + b") Tj ET"
    )
    assert refused_quickly(path) == (
        "page 1 places more than 100,000 characters, more than a page can hold "
        "(a damaged or hostile PDF?)"
    )


def test_pdf_page_of_thousands_of_scattered_words_is_read_with_a_warning(
    tmp_path: Path,
) -> None:
    # Putting 4,000 blocks of text in column order compares each with each:
    # minutes and gigabytes.  The page is read line by line, top to bottom.
    place = random.Random(21)
    words = [
        b"BT /F1 1 Tf %d %d Td (w%d) Tj ET\n" % (place.randrange(600), place.randrange(780), n)
        for n in range(4000)
    ]
    path = write_pdf(tmp_path / "scattered.pdf", b"".join(words))
    outcome = read_in_child(path)
    assert "error" not in outcome, outcome
    assert outcome["seconds"] < MAX_SECONDS and outcome["peak_mb"] < MAX_PEAK_MB, outcome
    assert outcome["warnings"] == [
        "page 1: more than 1,000 separate lines of text on a page (or 200,000 in all), "
        "read line by line from top to bottom"
    ]
    # Every word is there.
    assert outcome["length"] >= sum(len(b"w%d" % n) for n in range(4000))
