"""qcode pseudonyms / pseudonym / identifiers: the table and the search from
the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qcode.analysis.identifiers import finder as identifiers
from qcode.cli import main

TEXT = "R3: Dr Wang Li gave me his number, 138-1234-5678. ZHANG Wei was there.\n"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path, status: int = 0) -> tuple[str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == status, err
    assert "Traceback" not in err
    return out, err


@pytest.fixture
def proj(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "study.qcode"
    run(capsys, "new", path)
    source = tmp_path / "Interview 3.txt"
    source.write_text(TEXT, encoding="utf-8")
    run(capsys, "import", path, source)
    return path


def test_set_list_change_delete_and_undo(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, err = run(capsys, "pseudonym", proj, "Zhang Wei", "Respondent 3", "--kind", "person")
    assert out == ""
    assert err.strip() == "set a pseudonym (→ Respondent 3)"
    assert "Zhang" not in err  # the terminal never echoes the identifier
    run(capsys, "pseudonym", proj, "Rongcheng", "City B")
    out, _ = run(capsys, "pseudonyms", proj)
    assert out.splitlines() == [
        "original   replacement   kind",
        "Rongcheng  City B",
        "Zhang Wei  Respondent 3  person",
    ]
    run(capsys, "pseudonym", proj, "Zhang Wei", "Respondent 4")
    out, _ = run(capsys, "pseudonyms", proj, "--json")
    listed = json.loads(out)
    assert [(p["original"], p["replacement"], p["kind"]) for p in listed] == [
        ("Rongcheng", "City B", ""),
        ("Zhang Wei", "Respondent 4", "person"),
    ]
    assert all(len(p["id"]) == 36 for p in listed)
    _, err = run(capsys, "pseudonym", proj, "Rongcheng", "--delete")
    assert err.strip() == "deleted the pseudonym 'City B'"
    _, err = run(capsys, "undo", proj)
    assert "delete a pseudonym (City B)" in err
    out, _ = run(capsys, "pseudonyms", proj, "--json")
    assert len(json.loads(out)) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Zhang Wei"], "give the replacement"),
        (["Zhang Wei", "Zhang Wei's cousin"], "contains the identifier it replaces"),
        (["Nobody", "--delete"], "not in the pseudonym table"),
        (["Zhang Wei", "X", "--delete"], "--delete takes only the identifier"),
    ],
)
def test_mistakes_are_one_line_and_change_nothing(
    proj: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out, err = run(capsys, "pseudonym", proj, *args, status=1)
    assert out == ""
    assert err.startswith("qcode: error: ") and message in err
    assert len(err.strip().splitlines()) == 1
    out, _ = run(capsys, "pseudonyms", proj, "--json")
    assert json.loads(out) == []


def test_identifiers_lists_candidates_and_notes(
    proj: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(identifiers, "trained_pipelines", lambda: [])
    run(capsys, "pseudonym", proj, "Zhang Wei", "Respondent 3", "--kind", "person")
    out, _ = run(capsys, "identifiers", proj, "Interview 3", "--json")
    result: dict[str, Any] = json.loads(out)
    assert result["candidates"] == [
        {
            "kind": "person",
            "text": "Wang Li",
            "document": "Interview 3",
            "start": 7,
            "end": 14,
            "source": "rule",
            "known_replacement": None,
        },
        {
            "kind": "phone",
            "text": "138-1234-5678",
            "document": "Interview 3",
            "start": 35,
            "end": 48,
            "source": "rule",
            "known_replacement": None,
        },
        {
            "kind": "person",
            "text": "ZHANG Wei",
            "document": "Interview 3",
            "start": 50,
            "end": 59,
            "source": "table",
            "known_replacement": "Respondent 3",
        },
    ]
    assert len(result["notes"]) == 1 and "no trained spaCy pipeline" in result["notes"][0]
    out, err = run(capsys, "identifiers", proj)
    assert out.splitlines()[0].split() == [
        "kind", "text", "document", "start", "end", "source", "known", "replacement"
    ]  # fmt: skip
    assert "ZHANG Wei" in out.splitlines()[3] and "Respondent 3" in out.splitlines()[3]
    assert err.startswith("note: no trained spaCy pipeline")
    out, err = run(capsys, "identifiers", proj, "--no-model")
    assert len(out.splitlines()) == 4 and err == ""
    _, err = run(capsys, "identifiers", proj, "No such interview", status=1)
    assert "no document 'No such interview'" in err
