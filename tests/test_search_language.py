"""Search in every script (issue 18): Arabic with or without its diacritics,
hits exact in code points after characters outside the BMP; Chinese words
inside longer runs; ``qcode search`` on the command line, with JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qcode.analysis.search import search
from qcode.cli import main
from qcode.core.project import Project

# 𠮷 and 😀 are one code point each (two UTF-16 units): an offset counted
# any other way lands beside the word.
ARABIC = "𠮷😀 Amina: أُدرِجْتُ في القائمة السوداء، ثم أدرجت مرة أخرى.\r\nإدراج ادرجت\r\n"
CHINESE = "Liu: 😀他上了失信被执行人名单。社会信用体系𠮷让人害怕。\r\n"
STORED_ARABIC = ARABIC.replace("\r\n", "\n")


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.qcode"
    assert main(["new", str(path)]) == 0
    arabic, chinese = tmp_path / "amina.txt", tmp_path / "liu.txt"
    arabic.write_bytes(ARABIC.encode("utf-8"))  # CRLF, as a Windows editor saves it
    chinese.write_bytes(CHINESE.encode("utf-8"))
    assert main(["import", str(path), str(arabic), str(chinese)]) == 0
    return path


def occurrences(text: str, word: str) -> list[tuple[int, int]]:
    found, start = [], text.find(word)
    while start >= 0:
        found.append((start, start + len(word)))
        start = text.find(word, start + 1)
    return found


def test_arabic_without_and_with_ignoring_diacritics(project_path: Path) -> None:
    with Project.open(project_path) as project:
        text = project.text(project.document("amina"))
        assert text == STORED_ARABIC.rstrip("\n")
        exact = search(project, "ادرجت")
        assert [(h.start, h.end) for h in exact] == occurrences(text, "ادرجت")
        folded = search(project, "ادرجت", ignore_diacritics=True)
    # The four spellings, each hit covering exactly its stored characters
    # (the marks on the last letter included).
    expected = [occurrences(text, word)[0] for word in ("أُدرِجْتُ", "أدرجت", "ادرجت")]
    written = [(h.start, h.end, h.match) for h in folded]
    assert [(start, end) for start, end, _m in written] == expected
    assert [m for _s, _e, m in written] == ["أُدرِجْتُ", "أدرجت", "ادرجت"]
    assert all(text[s:e] == m for s, e, m in written)


def test_chinese_two_character_words_are_found_inside_longer_runs(project_path: Path) -> None:
    with Project.open(project_path) as project:
        text = project.text(project.document("liu"))
        for word in ("失信", "信用", "体系"):
            hits = search(project, word, whole_words=True)
            assert [(h.start, h.end) for h in hits] == occurrences(text, word), word


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_search_gives_hits_as_json_in_code_points(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code, out, err = run(capsys, "search", project_path, "ادرجت", "--ignore-diacritics", "--json")
    assert code == 0
    hits = json.loads(out)  # stdout is JSON and nothing else
    text = STORED_ARABIC.rstrip("\n")
    assert [(h["document"], h["text"]) for h in hits] == [
        ("amina", "أُدرِجْتُ"),
        ("amina", "أدرجت"),
        ("amina", "ادرجت"),
    ]
    for hit in hits:
        assert text[hit["start"] : hit["end"]] == hit["text"]
        assert hit["context"] == hit["before"] + hit["text"] + hit["after"]
        assert hit["text"] in hit["context"]
    assert hits[0]["start"] == text.index("أُدرِجْتُ") and hits[0]["before"] == "𠮷😀 Amina: "
    assert err.strip() == "3 hits in 1 document"
    # Without the option, only the exact spelling.
    code, out, _err = run(capsys, "search", project_path, "ادرجت", "--json")
    assert [h["text"] for h in json.loads(out)] == ["ادرجت"]


def test_cli_search_in_one_document_as_a_table(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    code, out, err = run(capsys, "search", project_path, "信", "--document", "liu")
    assert code == 0
    rows = out.splitlines()
    assert rows[0].split() == ["document", "start", "end", "in", "context"]
    start = CHINESE.index("失信") + 1
    assert rows[1].split()[:3] == ["liu", str(start), str(start + 1)]
    assert "失[信]被执行人" in rows[1]
    assert err.strip() == "2 hits in 1 document"
    code, out, err = run(capsys, "search", project_path, "信", "--document", "amina")
    assert (code, out, err.strip()) == (0, "", "0 hits in 0 documents")


def test_cli_search_codes_every_hit_once(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    args = ["search", project_path, "ادرجت", "--ignore-diacritics", "--code", "Terms/Listed"]
    code, _out, err = run(capsys, *args, "--create")
    assert code == 0 and "coded 3 hits as 'Terms/Listed'" in err
    code, _out, err = run(capsys, *args)
    assert code == 0 and "coded 0 hits as 'Terms/Listed' (3 already coded)" in err
    with Project.open(project_path) as project:
        codings = project.codings(code=project.code("Terms/Listed"))
        text = project.text(project.document("amina"))
        assert sorted(text[c.start : c.end] for c in codings) == sorted(["أُدرِجْتُ", "أدرجت", "ادرجت"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["(", "--regex"], "not a valid regular expression: missing ), unterminated subpattern"),
        (["信", "--create"], "--create applies with --code CODE"),
        (["信", "--document", "nobody"], "no document 'nobody'"),
        (["   "], "type something to search for"),
    ],
)
def test_cli_search_mistakes_are_one_line_errors(
    project_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    capsys.readouterr()
    code, out, err = run(capsys, "search", project_path, *args)
    assert code == 1 and out == ""
    (line,) = err.strip().splitlines()
    assert line.startswith("qcode: error: ") and message in line
