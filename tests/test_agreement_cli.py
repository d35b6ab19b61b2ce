"""``qcode agreement``: JSON, the table, the Excel file and the errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import Run

# 1,000 characters: "abcdefghi " a hundred times, the last space made a full stop.
TEXT = ("abcdefghi " * 100)[:-1] + "."


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


@pytest.fixture
def study(tmp_path: Path, qcode: Run) -> Path:
    """NVivo's example: both coders coded 50 characters, A 100 more, B 50
    more, 800 nobody; a second interview coded by A alone."""
    path = tmp_path / "study.qcode"
    qcode("new", path)
    first = tmp_path / "Interview 1.txt"
    first.write_text(TEXT, encoding="utf-8")
    second = tmp_path / "Interview 2.txt"
    second.write_text("Wang: 没有 😀 𠮷.", encoding="utf-8")
    qcode("import", path, first, second)
    for coder, start, end in (("A", 0, 150), ("B", 0, 50), ("B", 150, 200)):
        qcode("code", path, "Interview 1", "Harms", start, end, "--create", "--coder", coder)
    qcode("code", path, "Interview 2", "Harms", 0, 4, "--coder", "A")
    return path


def test_json_figures_and_shape(qcode: Run, study: Path) -> None:
    report = qcode.json("agreement", study, "--coders", "A", "B")
    assert set(report) == {
        "unit",
        "coders",
        "threshold",
        "documents",
        "excluded_documents",
        "overall",
        "codes",
        "by_document",
        "unmatched",
    }
    assert report["unit"] == "character" and report["threshold"] is None
    assert report["coders"] == ["A", "B"]
    assert report["documents"] == ["Interview 1"]
    assert report["excluded_documents"] == ["Interview 2"]
    overall = report["overall"]
    assert {k: overall[k] for k in ("units", "both", "some", "neither")} == {
        "units": 1000,
        "both": 50,
        "some": 150,
        "neither": 800,
    }
    assert overall["percent_agreement"] == pytest.approx(85.0)
    # p_o = 0.85, p_e = 0.15·0.10 + 0.85·0.90 = 0.78 → kappa = 0.07/0.22
    assert overall["kappa"] == pytest.approx(0.07 / 0.22)
    assert overall["specific_agreement"] == pytest.approx(0.4)
    assert overall["reasons"] == {}
    (code,) = report["codes"]
    assert code["code"] == "Harms" and code["percent_agreement"] == pytest.approx(85.0)
    (document,) = report["by_document"]
    assert document["document"] == "Interview 1" and document["units"] == 1000
    assert report["unmatched"] == []


def test_segment_unit_lists_unmatched_codings(qcode: Run, study: Path) -> None:
    report = qcode.json("agreement", study, "--coders", "A", "B", "--unit", "segment")
    assert report["threshold"] == 0.9
    assert report["overall"]["kappa"] is None
    assert "segment unit" in report["overall"]["reasons"]["kappa"]
    # A's 0–150 meets B's 0–50 with IoU 50/150; B's 150–200 meets nothing (text order)
    assert [(u["coder"], u["start"], u["end"]) for u in report["unmatched"]] == [
        ("B", 0, 50),
        ("A", 0, 150),
        ("B", 150, 200),
    ]
    assert report["unmatched"][0]["best_overlap"] == pytest.approx(1 / 3)
    assert report["unmatched"][2]["best_overlap"] == 0.0
    assert report["unmatched"][2]["text"] == TEXT[150:200]
    assert report["overall"]["percent_agreement"] == 0.0


def test_named_documents_and_sentence_unit(qcode: Run, study: Path) -> None:
    report = qcode.json(
        "agreement",
        study,
        "--coders",
        "A",
        "B",
        "--documents",
        "Interview 1",
        "Interview 2",
        "--unit",
        "sentence",
    )
    assert report["excluded_documents"] == []
    # one sentence each; A coded both, B only the first
    assert [d["units"] for d in report["by_document"]] == [1, 1]
    assert report["overall"]["percent_agreement"] == 50.0


def test_human_table(qcode: Run, study: Path) -> None:
    out, _err = qcode("agreement", study, "--coders", "A", "B")
    lines = out.splitlines()
    assert lines[0].startswith("character unit")
    assert lines[1].split() == [
        "code",
        "%",
        "agreement",
        "kappa",
        "alpha",
        "specific",
        "characters",
    ]
    overall = lines[2].split()
    assert overall[:3] == ["(overall)", "85.0", "0.318"]
    assert overall[-1] == "1000"
    assert lines[3].split()[0] == "Harms"
    assert lines[-1] == "excluded documents (not coded by every chosen coder): Interview 2"

    out, _err = qcode("agreement", study, "--coders", "A", "B", "--unit", "segment")
    assert "(overall)  0.0          —      —      0.000     3" in out
    assert "unmatched codings (3):" in out


def test_excel_file(qcode: Run, study: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "agreement.xlsx"
    _out, err = qcode("agreement", study, "--coders", "A", "B", "--xlsx", target)
    assert f"wrote {target}" in err
    workbook = load_workbook(target)
    assert workbook.sheetnames[:2] == ["Agreement", "By document"]
    sheet = workbook["Agreement"]
    headers = [cell.value for cell in sheet[1]]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    overall = dict(zip(headers, [cell.value for cell in sheet[2]], strict=True))
    assert overall["Code"] == "(overall)"
    assert overall["% agreement"] == pytest.approx(85.0)  # a number, not text
    assert overall["Kappa"] == pytest.approx(0.07 / 0.22)
    assert overall["Units (characters)"] == 1000

    segments = tmp_path / "segments.xlsx"
    qcode("agreement", study, "--coders", "A", "B", "--unit", "segment", "--xlsx", segments)
    workbook = load_workbook(segments)
    sheet = workbook["Agreement"]
    headers = [cell.value for cell in sheet[1]]
    overall = dict(zip(headers, [cell.value for cell in sheet[2]], strict=True))
    assert overall["Kappa"] is None  # an empty cell, and the note says why
    assert "segment unit" in overall["Note"]
    unmatched = [[cell.value for cell in row] for row in workbook["Unmatched"].iter_rows()]
    assert unmatched[0][:6] == ["Coder", "Document", "Code", "Start", "End", "Best overlap"]
    assert unmatched[3][:5] == ["B", "Interview 1", "Harms", 150, 200]


def test_mistakes_are_one_line_errors(qcode: Run, study: Path, tmp_path: Path) -> None:
    assert "no coder named 'Zed' in study.qcode" in qcode.error(
        "agreement", study, "--coders", "A", "Zed"
    )
    assert "at least 2 different coders" in qcode.error("agreement", study, "--coders", "A")
    assert "threshold" in qcode.error(
        "agreement", study, "--coders", "A", "B", "--unit", "segment", "--threshold", "0"
    )
    assert ".xlsx" in qcode.error(
        "agreement", study, "--coders", "A", "B", "--xlsx", tmp_path / "out.csv"
    )
    assert "no document" in qcode.error(
        "agreement", study, "--coders", "A", "B", "--documents", "Nope"
    )
    assert not (tmp_path / "out.csv").exists()
