"""Importing .txt and .md files: encodings, newlines and exact text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from qcode.io.documents import SUPPORTED_SUFFIXES, read_document
from qcode.io.text import looks_western

MIXED = "Interviewer: 社会信用体系 😀 𠮷\nWitness: café\nInterviewer: naïve\nWitness: done"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_text_survives_exactly_with_its_names_and_turns(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "interview 1.txt", MIXED.encode("utf-8")))
    assert doc.text == MIXED
    assert (doc.name, doc.source_name, doc.importer) == ("interview 1", "interview 1.txt", "text")
    assert [doc.text[t.start : t.end] for t in doc.turns] == MIXED.split("\n")
    assert [t.speaker for t in doc.turns] == ["Interviewer", "Witness"] * 2


def test_crlf_and_lone_cr_become_lf_and_turn_offsets_count_code_points(tmp_path: Path) -> None:
    data = "Q: 😀 first\r\nA: 𠮷 second\r\n\r\nQ: third\rA: fourth\r\n".encode()
    doc = read_document(_write(tmp_path, "crlf.txt", data))
    assert doc.text == "Q: 😀 first\nA: 𠮷 second\n\nQ: third\nA: fourth"
    assert [(t.start, t.end) for t in doc.turns] == [(0, 10), (11, 22), (24, 32), (33, 42)]
    assert doc.text[11:22] == "A: 𠮷 second"


@pytest.mark.parametrize(
    "encoding",
    ["utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32"],
)
def test_byte_order_marks_decode_and_are_dropped(tmp_path: Path, encoding: str) -> None:
    text = "Interviewer: 社会信用体系 😀 𠮷\r\nWitness: “ok”\r\nInterviewer: ²\r\nWitness: ¡sí!"
    if encoding == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    doc = read_document(_write(tmp_path, "bom.txt", data))
    assert doc.text == text.replace("\r\n", "\n")
    assert len(doc.turns) == 4


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    text = "Interviewer: where?\nWitness: here, café 社会"
    doc = read_document(_write(tmp_path, "nobom.txt", text.encode("utf-16-le")))
    assert doc.text == text


def test_short_windows_1252_text_decodes_exactly(tmp_path: Path) -> None:
    # charset-normalizer alone reads these bytes as cp1250 ("naďve") or worse.
    text = "He said “stay” – at the café, naïve as we were, it cost €5 and ‘more’…"
    doc = read_document(_write(tmp_path, "note.txt", text.encode("cp1252")))
    assert doc.text == text


def test_windows_1252_transcript_decodes_exactly_with_turns(tmp_path: Path) -> None:
    text = (
        "Interviewer: Où étiez-vous ? « C’est interdit », a-t-il dit.\r\n"
        "Witness: Nous avons attendu jusqu’à midi – sans eau, sans nourriture.\r\n"
        "Interviewer: Et après ?\r\n"
        "Witness: Le garçon a payé 20 € ; c’était naïf."
    )
    doc = read_document(_write(tmp_path, "fr.txt", text.encode("cp1252")))
    assert doc.text == text.replace("\r\n", "\n")
    assert doc.text[doc.turns[3].start : doc.turns[3].end] == text.split("\r\n")[3]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (
            "Нас задержали на границе. Полицейские сказали, что мы должны ждать. "
            "Мы ждали три дня без еды.",
            "cp1251",
        ),
        ("我们在边境被拘留。警察说我们必须等待。社会信用体系。", "gb18030"),
        (
            "Byli jsme zadrženi na hranici. Policisté nám řekli, že musíme čekat. "
            "Čekali jsme tři dny bez jídla a bez vody. Děti plakaly.",
            "cp1250",
        ),
        (
            "Była tam policja. Mówili, że musimy iść. Dzień był długi i ciężki, a ludzie się bali.",
            "cp1250",
        ),
    ],
)
def test_other_legacy_encodings_are_detected(tmp_path: Path, text: str, encoding: str) -> None:
    doc = read_document(_write(tmp_path, "legacy.txt", text.encode(encoding)))
    assert doc.text == text


def test_markdown_is_kept_as_written(tmp_path: Path) -> None:
    text = "# Interview\n\n**Interviewer**: *where*?\n\n- item [link](http://x.org)\n"
    doc = read_document(_write(tmp_path, "notes.MD", text.encode()))
    assert doc.text == text.rstrip()
    assert doc.importer == "text"
    assert doc.name == "notes"


def test_only_trailing_whitespace_is_removed_and_nothing_is_normalised(tmp_path: Path) -> None:
    # Decomposed é, a ligature, a no-break space and a full-width letter must
    # come back byte-for-byte: no NFC/NFKC, no ligature expansion in text.
    text = "\n\n  Cafe\u0301 \ufb01le\u00a0Ａ\t \n \n\t"
    doc = read_document(_write(tmp_path, "raw.TXT", text.encode()))
    assert doc.text == "\n\n  Cafe\u0301 \ufb01le\u00a0Ａ"


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {
        ".txt",
        ".md",
        ".docx",
        ".odt",
        ".rtf",
        ".pdf",
        ".vtt",
        ".srt",
    }


@pytest.mark.parametrize(
    ("text", "western"),
    [
        ("naïve café – “quoted” €5", True),
        ("¿Dónde está? ¡Aquí!", True),
        ("1½ hours, 20 °C, £5", True),
        ("mo¿e", False),  # Polish "może" read as Windows-1252
        ("by³a tam", False),  # Polish "była"
        ("Ïðèâåò ìèð", False),  # Russian read as Windows-1252
    ],
)
def test_looks_western(text: str, western: bool) -> None:
    assert looks_western(text) is western


def test_importing_the_readers_loads_no_heavy_library() -> None:
    code = (
        "import sys, qcode.io.documents\n"
        "heavy = {'docx', 'odf', 'striprtf', 'pdfminer', 'charset_normalizer'}\n"
        "print(sorted(heavy & {name.split('.')[0] for name in sys.modules}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.stdout.strip() == "[]"
