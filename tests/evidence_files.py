"""What the tests of sources as evidence share: source files made inside
the test (a .docx, a .pdf, a CRLF .txt), the command line run in-process,
and the bytes of a project file with its write-ahead log."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qcode.cli import main

CRLF_TEXT = (
    "Interviewer: Where were you on the first day? 😀\r\n"
    "Witness: At the café in Kraków, with 𠮷 and my brother.\r\n"
    "Interviewer: And then?\r\n"
    "Witness: They took us to the station.\r\n"
)


def write_crlf_txt(path: Path) -> Path:
    path.write_bytes(CRLF_TEXT.encode("utf-8"))
    return path


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def write_pdf(path: Path, lines: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def file_bytes(path: Path) -> bytes:
    """A project file's bytes and its write-ahead log's, if any."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


class Cli:
    """Runs ``qcode`` in-process and keeps what it printed."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *args: str | Path | int, status: int = 0) -> tuple[str, str]:
        code = main([str(a) for a in args])
        out, err = self.capsys.readouterr()
        assert code == status, f"qcode {args} exited {code}: {err}"
        assert "Traceback" not in err
        return out, err

    def json(self, *args: str | Path | int, status: int = 0) -> Any:
        out, _err = self(*args, "--json", status=status)
        return json.loads(out)

    def error(self, *args: str | Path | int) -> str:
        """A refusal: exit 1, nothing on stdout, one ``qcode: error:`` line."""
        out, err = self(*args, status=1)
        assert out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith("qcode: error: ")
        return lines[0]
