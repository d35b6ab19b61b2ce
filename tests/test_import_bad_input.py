"""Every user mistake gives one UnreadableFileError naming the file and the problem."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.text import P
from PIL import Image

from qcode.errors import QcodeError, UnreadableFileError
from qcode.io.documents import read_document


def _problem(path: Path) -> str:
    """The message read_document gives for ``path``, checked to name the file."""
    with pytest.raises(UnreadableFileError) as caught:
        read_document(path)
    error = caught.value
    assert isinstance(error, QcodeError)
    assert error.path == path
    message = str(error)
    assert message.startswith(f"{path.name}: ")
    assert "\n" not in message
    return message.removeprefix(f"{path.name}: ")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _docx_bytes() -> bytes:
    document = docx.Document()
    for index in range(20):
        document.add_paragraph(f"Interviewer: question {index}")
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def test_missing_file(tmp_path: Path) -> None:
    assert _problem(tmp_path / "gone.txt") == "file not found"


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "transcripts.txt"
    folder.mkdir()
    assert _problem(folder) == "is a folder, not a file"


def test_unknown_extension_lists_what_qcode_reads(tmp_path: Path) -> None:
    problem = _problem(_write(tmp_path, "data.xyz", b"hello"))
    assert problem == (
        "unsupported file type '.xyz' (qcode reads .txt, .md, .docx, .odt, .rtf, .pdf, .vtt, .srt)"
    )
    assert _problem(_write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0")).endswith(
        "; save it as .docx first"
    )
    assert "(no extension)" in _problem(_write(tmp_path, "README", b"hello"))


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".odt", ".rtf", ".pdf", ".vtt", ".srt"])
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    assert _problem(_write(tmp_path, f"empty{suffix}", b"")) == "the file is empty"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_file_without_read_permission(tmp_path: Path) -> None:
    path = _write(tmp_path, "private.txt", b"Witness: secret")
    path.chmod(0)
    try:
        assert _problem(path) == "cannot be read (Permission denied)"
    finally:
        path.chmod(0o600)


def test_whitespace_only_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "blank.txt", " \r\n\t\n\u3000\n".encode())
    assert _problem(path) == "contains no text (only whitespace)"


def test_docx_with_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(str(path))
    assert _problem(path) == "contains no text (only whitespace)"


def test_binary_garbage_with_nul_bytes(tmp_path: Path) -> None:
    data = random.Random(1).randbytes(4000) + b"\x00" * 64
    assert _problem(_write(tmp_path, "photo.txt", data)) == "does not look like text (binary data)"


def test_binary_garbage_without_nul_bytes(tmp_path: Path) -> None:
    data = random.Random(2).randbytes(4000).replace(b"\x00", b"")
    assert _problem(_write(tmp_path, "noise.md", data)) == "does not look like text (binary data)"


def test_broken_utf16_after_its_byte_order_mark(tmp_path: Path) -> None:
    data = b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8"  # lone high surrogate
    problem = _problem(_write(tmp_path, "broken.txt", data))
    assert problem == "is not valid UTF-16 text, although it starts with a UTF-16 marker"


def test_truncated_docx(tmp_path: Path) -> None:
    data = _docx_bytes()
    path = _write(tmp_path, "cut.docx", data[: len(data) // 2])
    assert _problem(path) == "is damaged or not a real .docx file"


def test_text_renamed_to_docx(tmp_path: Path) -> None:
    path = _write(tmp_path, "fake.docx", b"Interviewer: this is plain text")
    assert _problem(path) == "is damaged or not a real .docx file"


def test_truncated_odt(tmp_path: Path) -> None:
    document = OpenDocumentText()
    document.text.addElement(P(text="Witness: hello"))
    stream = io.BytesIO()
    document.write(stream)
    data = stream.getvalue()
    path = _write(tmp_path, "cut.odt", data[: len(data) // 2])
    assert _problem(path) == "is damaged or not a real .odt file"


def test_spreadsheet_renamed_to_odt(tmp_path: Path) -> None:
    path = tmp_path / "sheet.odt"
    OpenDocumentSpreadsheet().save(str(path))
    assert _problem(path) == "is not a text document (.odt)"


def test_rtf_without_rtf_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "notes.rtf", b"Just some text saved with the wrong name.")
    assert _problem(path) == "is not an RTF file (it does not start with {\\rtf)"


def test_fake_pdf(tmp_path: Path) -> None:
    path = _write(tmp_path, "report.pdf", b"This is a text file, not a PDF.\n")
    assert _problem(path) == "is not a valid PDF (it has no PDF header)"


def test_truncated_pdf(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 10, "Interviewer: a long enough text. " * 40)
    data = bytes(pdf.output())
    path = _write(tmp_path, "cut.pdf", data[: len(data) // 2])
    assert _problem(path) == "is damaged or not a valid PDF"


@pytest.mark.parametrize("method", ["RC4", "AES_128"])
def test_password_protected_pdf(tmp_path: Path, method: str) -> None:
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Confidential testimony")
    pdf.set_encryption(
        owner_password="owner", user_password="user", encryption_method=EncryptionMethod[method]
    )
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    assert _problem(path) == "is password-protected — save an unprotected copy and import that"


def test_image_only_pdf(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 100), "gray"), x=10, y=10, w=100)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    assert _problem(path) == "has no text layer (a scanned image?) — run OCR first"


@pytest.mark.parametrize("suffix", [".vtt", ".srt"])
def test_subtitles_without_cues(tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path, f"captions{suffix}", b"WEBVTT\n\nNOTE nothing here yet\n")
    assert _problem(path) == "no subtitle cues found (no 'start --> end' timings)"


def test_subtitles_with_malformed_timings_only(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.srt", b"1\nsoon --> later\nHello\n")
    assert _problem(path) == "no subtitle cues found (no 'start --> end' timings)"
