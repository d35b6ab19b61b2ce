"""Hostile files, made on the spot, and a child process to import them in.

Shared by the tests of the import limits (tests/test_import_limits*.py): each
import runs in a fresh process that reports its outcome, its time and its own
peak memory (VmHWM), with the default limits unless a test sets one.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path
from typing import Any

from qcode.io import limits

REPOSITORY = Path(__file__).resolve().parents[1]
MAX_SECONDS = 10  # generous: the refusals take well under a second here
MAX_PEAK_MB = 500
CHILD_TIMEOUT = 120  # a hang fails the test instead of stalling the suite
LIMIT_VARIABLES = (
    limits.CHARACTERS_VARIABLE,
    limits.BYTES_VARIABLE,
    limits.PDF_DRAWING_VARIABLE,
)
CHARACTER_LIMIT = (
    "more than 5,000,000 characters (the limit for one document; "
    "set QCODE_MAX_DOCUMENT_CHARACTERS to allow more)"
)
BYTE_LIMIT = "more than 200 MB (the limit for one import; set QCODE_MAX_IMPORT_BYTES to allow more)"

READ_IN_CHILD = """
import json, sys, time
from pathlib import Path
from qcode.errors import QcodeError
from qcode.io.documents import read_document

started = time.monotonic()
try:
    document = read_document(Path(sys.argv[1]))
    outcome = {"length": len(document.text), "warnings": document.warnings}
except QcodeError as error:
    outcome = {"error": str(error)}
outcome["seconds"] = time.monotonic() - started
outcome["peak_mb"] = 0  # where /proc is missing, only time is checked
status = Path("/proc/self/status")
for line in status.read_text().splitlines() if status.exists() else []:
    if line.startswith("VmHWM:"):
        outcome["peak_mb"] = int(line.split()[1]) / 1024
print(json.dumps(outcome))
"""

CLI_IN_CHILD = """
import sys
from pathlib import Path
from qcode.cli import main

status = main(sys.argv[2:])
proc = Path("/proc/self/status")
peak = [l for l in proc.read_text().splitlines() if l.startswith("VmHWM:")] if proc.exists() else []
if peak:
    Path(sys.argv[1]).write_text(peak[0].split()[1])
sys.exit(status)
"""


def child_environment(**settings: str) -> dict[str, str]:
    """This process's environment with the default limits, and ``settings``."""
    environment = {k: v for k, v in os.environ.items() if k not in LIMIT_VARIABLES}
    environment.update(settings)
    return environment


def read_in_child(path: Path, **settings: str) -> dict[str, Any]:
    """read_document in a fresh process: its outcome, seconds and peak memory."""
    result = subprocess.run(
        [sys.executable, "-c", READ_IN_CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        cwd=REPOSITORY,
        env=child_environment(**settings),
    )
    assert result.returncode == 0, result.stderr
    outcome: dict[str, Any] = json.loads(result.stdout)
    return outcome


def refused_quickly(path: Path, **settings: str) -> str:
    """The problem a child reports for ``path``, checked to be bounded in time and memory."""
    outcome = read_in_child(path, **settings)
    assert "error" in outcome, f"{path.name} was imported: {outcome}"
    assert outcome["seconds"] < MAX_SECONDS, outcome
    assert outcome["peak_mb"] < MAX_PEAK_MB, outcome
    message: str = outcome["error"]
    assert message.startswith(f"{path.name}: ") and "\n" not in message
    return message.removeprefix(f"{path.name}: ")


def sha(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def project_state(project: Path) -> tuple[str | None, str | None]:
    return sha(project), sha(project.with_name(project.name + "-wal"))


def cli_refuses(project: Path, source: Path) -> str:
    """``qcode import PROJECT SOURCE`` in a fresh process: exit 1, one line on
    stderr, in bounded time and memory, and the project's bytes unchanged."""
    before = project_state(project)
    peak_file = project.with_name("peak.txt")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", CLI_IN_CHILD, str(peak_file), "import", str(project), str(source)],
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        cwd=REPOSITORY,
        env=child_environment(),
    )
    assert time.monotonic() - started < MAX_SECONDS  # starting Python included
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"qcode: error: {source.name}: ")
    if peak_file.exists():
        assert int(peak_file.read_text()) / 1024 < MAX_PEAK_MB
    assert project_state(project) == before
    return lines[0]


# --- building hostile files ------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELATIONSHIPS = (
    '<?xml version="1.0"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)


def write_docx(path: Path, body: bytes, repeat: int = 1) -> Path:
    """A minimal .docx whose body is ``body`` written ``repeat`` times, streamed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELATIONSHIPS)
        with package.open("word/document.xml", "w") as part:
            part.write(f'<w:document xmlns:w="{W}"><w:body>'.encode())
            for _ in range(repeat):
                part.write(body)
            part.write(b"</w:body></w:document>")
    return path


def text_bomb_docx(path: Path, megabytes: int) -> Path:
    """One paragraph of ``megabytes`` million letters: a few hundred KB zipped."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELATIONSHIPS)
        with package.open("word/document.xml", "w") as part:
            part.write(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
            chunk = b"a" * 1_000_000
            for _ in range(megabytes):
                part.write(chunk)
            part.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return path


def lie_about_size(path: Path, member: str, claimed: int) -> None:
    """Make the zip's two headers for ``member`` claim ``claimed`` bytes unpacked."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    local = data.index(b"PK\x03\x04")
    while data[local + 30 : local + 30 + len(name)] != name:
        local = data.index(b"PK\x03\x04", local + 4)
    data[local + 22 : local + 26] = claimed.to_bytes(4, "little")
    central = data.index(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    data[central + 24 : central + 28] = claimed.to_bytes(4, "little")
    path.write_bytes(bytes(data))


ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
}


MANIFEST = (
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def write_odt(path: Path, body: str) -> Path:
    """A minimal .odt (one odfpy and LibreOffice open) whose text is ``body``."""
    names = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in ODF.items())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        package.writestr("META-INF/manifest.xml", MANIFEST)
        package.writestr(
            "content.xml",
            f"<office:document-content {names}><office:body><office:text>{body}"
            "</office:text></office:body></office:document-content>",
        )
    return path


def repeated_table(cell_content: str, rows: int = 1000, columns: int = 1000) -> str:
    return (
        f'<table:table><table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell table:number-columns-repeated="{columns}">{cell_content}'
        "</table:table-cell></table:table-row></table:table>"
    )


def write_pdf(path: Path, content: bytes, extra_objects: tuple[bytes, ...] = ()) -> Path:
    """One page whose content stream is ``content``, Flate-compressed."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *extra_objects,
    ]
    return pdf_file(path, objects)


def pdf_file(path: Path, objects: list[bytes]) -> Path:
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
    path.write_bytes(bytes(out))
    return path


DRAWING_LIMIT = (
    "draws more than 1,000,000 instructions for 0 characters of text (the limit for "
    "a PDF's drawing; set QCODE_MAX_PDF_DRAWING to allow more)"
)
