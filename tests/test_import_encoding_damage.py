"""A UTF-8 transcript with a few bad bytes stays UTF-8, and the import says so.

One stray Windows-1252 byte used to turn a whole UTF-8 transcript into
mojibake ("Jâ€™Ã©tais"), silently; two damaged bytes made a Chinese
transcript "binary data".  Now the bad bytes alone are replaced by U+FFFD and
the import names how many and on which lines, in the CLI's output and the
app's import report; a genuinely legacy file is still decoded as before, and
that is reported too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.cli import main
from qcode.core.project import Project
from qcode.io.documents import read_document

INFORMANT = "Informant: J’étais au café."
CHINESE = "记者：你当时在哪里？\n证人：我在边境被拘留了三天。警察说我们必须等待。\n"


def _stray_byte_transcript(tmp_path: Path) -> Path:
    """The probe's file: 50 UTF-8 lines, then one line written in Windows-1252."""
    path = tmp_path / "f.txt"
    path.write_bytes((INFORMANT + "\n").encode("utf-8") * 50 + b"Interviewer: d\xe9j\xe0?\n")
    return path


def test_a_stray_windows_1252_byte_is_replaced_not_the_whole_file(tmp_path: Path) -> None:
    document = read_document(_stray_byte_transcript(tmp_path))
    lines = document.text.split("\n")
    assert lines[:50] == [INFORMANT] * 50  # every UTF-8 character intact
    assert lines[50] == "Interviewer: d\ufffdj\ufffd?"
    assert document.warnings == ["2 bytes that are not valid UTF-8 replaced by � on line 51"]


def test_chinese_utf8_with_two_damaged_bytes_is_imported_with_a_report(tmp_path: Path) -> None:
    data = bytearray((CHINESE * 40).encode("utf-8"))
    # Two bytes of damage: one continuation byte overwritten by ASCII, one
    # lead byte by a byte that never starts a character.
    first, second = 101, 2003
    data[first], data[second] = ord("A"), 0xFF
    path = tmp_path / "访谈.txt"
    path.write_bytes(bytes(data))
    document = read_document(path)

    # What the damage costs, worked out from the bytes: each byte of a
    # character left incomplete (and each byte that is never valid) is one �.
    expected = bytes(data).decode("utf-8", "surrogateescape")
    bad = sum(1 for char in expected if "\udc80" <= char <= "\udcff")
    assert (
        document.text
        == "".join("\ufffd" if "\udc80" <= char <= "\udcff" else char for char in expected).rstrip()
    )
    assert document.text.count("\ufffd") == bad
    lines = [1 + bytes(data[:first]).count(b"\n"), 1 + bytes(data[:second]).count(b"\n")]
    assert document.warnings == [
        f"{bad} bytes that are not valid UTF-8 replaced by � on lines {lines[0]}, {lines[1]}"
    ]
    # Undamaged lines are exact, and the speakers are still found.
    assert document.text.split("\n")[4:6] == CHINESE.strip().split("\n")
    assert {turn.speaker for turn in document.turns} == {"记者", "证人"}


def test_a_utf8_file_with_a_byte_order_mark_and_a_stray_byte(tmp_path: Path) -> None:
    # Notepad writes the marker; it used to make one bad byte refuse the file.
    path = tmp_path / "notepad.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Witness: 社会\r\n".encode() + b"caf\xe9\r\n")
    document = read_document(path)
    assert document.text == "Witness: 社会\ncaf\ufffd"
    assert document.warnings == ["1 byte that is not valid UTF-8 replaced by � on line 2"]


def test_line_numbers_count_crlf_and_cr_line_endings_as_an_editor_does(tmp_path: Path) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes("é\r\n".encode() * 3 + b"\x92\r" + "ü\r".encode() + b"x\x80y\n")
    document = read_document(path)
    assert document.text == "é\né\né\n\ufffd\nü\nx\ufffdy"
    assert document.warnings == ["2 bytes that are not valid UTF-8 replaced by � on lines 4, 6"]


def test_many_damaged_lines_are_counted_not_all_listed(tmp_path: Path) -> None:
    path = tmp_path / "worn.txt"
    good = "Witness: “ok” — très bien, 社会信用体系.\n".encode()
    path.write_bytes(b"".join(good + b"bad \x81 byte\n" for _ in range(15)))
    document = read_document(path)
    assert document.warnings == [
        "15 bytes that are not valid UTF-8 replaced by � on lines "
        "2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 5 more"
    ]


def test_a_genuine_windows_1252_file_is_decoded_as_before_and_reported(tmp_path: Path) -> None:
    text = "Interviewer: Où étiez-vous ?\nWitness: À la gare – « c’était fermé »."
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("cp1252"))
    document = read_document(path)
    assert document.text == text
    assert document.warnings == ["decoded as Windows-1252, not UTF-8"]


def test_a_mostly_windows_1252_file_with_a_little_utf8_says_what_may_be_garbled(
    tmp_path: Path,
) -> None:
    # More bad bytes than UTF-8 characters: the evidence is for Windows-1252,
    # and the one UTF-8 character cannot be read as such; the report says so.
    path = tmp_path / "mixed.txt"
    path.write_bytes("Witness: it’s ".encode() + "« très » été à Noël".encode("cp1252"))
    document = read_document(path)
    assert document.text == "Witness: itâ€™s « très » été à Noël"
    assert document.warnings == [
        "decoded as Windows-1252, not UTF-8; 1 character in it that looked like UTF-8 "
        "may show garbled"
    ]


def test_a_legacy_chinese_file_is_not_mistaken_for_damaged_utf8(tmp_path: Path) -> None:
    # GBK bytes contain some accidental valid UTF-8 pairs, but far more bad
    # bytes: the evidence is for a legacy encoding.
    path = tmp_path / "gbk.txt"
    path.write_bytes((CHINESE * 10).encode("gb18030"))
    document = read_document(path)
    assert document.text == (CHINESE * 10).rstrip()
    assert document.warnings == ["decoded as GB18030, not UTF-8"]


def test_clean_utf8_has_no_warnings(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(INFORMANT + "\n" + CHINESE, encoding="utf-8")
    assert read_document(path).warnings == []


def test_subtitles_with_a_damaged_byte_are_read_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "cues.srt"
    path.write_bytes(
        "1\n00:00:01,000 --> 00:00:02,000\nAmal: J’étais là.\n\n".encode()
        + b"2\n00:00:03,000 --> 00:00:04,000\nAmal: d\xe9j\xe0\n"
    )
    document = read_document(path)
    assert document.text == "Amal: J’étais là.\nAmal: d\ufffdj\ufffd"
    assert document.warnings == ["2 bytes that are not valid UTF-8 replaced by � on line 7"]


def test_rtf_bytes_outside_its_code_page_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "note.rtf"
    # 0x81 has no character in Windows-1252.
    path.write_bytes(b"{\\rtf1\\ansi\\ansicpg1252 Caf\\'e9 \x81 ok\\par}")
    document = read_document(path)
    assert document.text == "Café \ufffd ok"
    assert document.warnings == ["1 byte not valid in its code page (cp1252) replaced by �"]


def test_the_cli_reports_the_replacement_after_the_imported_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.qcode"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    assert main(["import", str(project), str(_stray_byte_transcript(tmp_path))]) == 0
    _, err = capsys.readouterr()
    imported, warning = err.splitlines()
    assert imported.startswith("imported 'f' (")
    assert warning == "  warning: f.txt: 2 bytes that are not valid UTF-8 replaced by � on line 51"
    assert main(["text", str(project), "f"]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[0] == INFORMANT


def test_project_import_files_hands_the_warnings_back(tmp_path: Path) -> None:
    source = _stray_byte_transcript(tmp_path)
    clean = tmp_path / "clean.txt"
    clean.write_text("Witness: nothing wrong here.", encoding="utf-8")
    warnings: list[str] = []
    with Project.create(tmp_path / "p.qcode", coder="Amina") as project:
        documents = project.import_files([clean, source], warnings=warnings)
        assert [d.name for d in documents] == ["clean", "f"]
        assert project.text(documents[1]).split("\n")[50] == "Interviewer: d\ufffdj\ufffd?"
    assert warnings == ["f.txt: 2 bytes that are not valid UTF-8 replaced by � on line 51"]
