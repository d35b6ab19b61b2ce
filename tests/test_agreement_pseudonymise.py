"""A pseudonymised agreement workbook: ``qcode agreement --xlsx F
--pseudonymise`` and the Agreement window's Export to Excel….

The project (coders A and B, one code "Harms in Rongcheng")::

    Interview Zhang Wei:  "Zhang Wei said the police came at night. Rongcheng officials refused."
        A: "Zhang Wei said"               B: "ng Wei said the police" (begins inside the name)
        A: "Rongcheng officials refused." B: "Rongcheng"
    Interview 2:          "张伟说：他们没有通知我们。"
        A: "伟说" (begins inside 张伟)     B: "他们没有通知我们"

Every coding is unmatched at the segment unit (no overlap reaches 0.9).  The
expected texts and positions are read off the pseudonymised texts written
out below by hand, never from the code under test.
"""

from __future__ import annotations

import dataclasses
import html
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.base import ImportedDocument
from tests.test_cli import Run

FIRST = "Zhang Wei said the police came at night. Rongcheng officials refused."
SECOND = "张伟说：他们没有通知我们。"
FIRST_PSEUDONYMISED = "Respondent 3 said the police came at night. City B officials refused."
SECOND_PSEUDONYMISED = "受访者3说：他们没有通知我们。"
TABLE = {"Zhang Wei": "Respondent 3", "张伟": "受访者3", "Rongcheng": "City B"}
# Identifiers and parts of them that must not be anywhere in the file.
FORBIDDEN = ("zhang", "wei", "rongcheng", "张", "伟")
CODE = "Harms in Rongcheng"


def make_project(path: Path, *, pseudonyms: bool = True) -> Project:
    project = Project.create(path, coder="A")
    first, second = project.add_documents(
        [
            ImportedDocument("Interview Zhang Wei", FIRST, "zw.txt", "text"),
            ImportedDocument("Interview 2", SECOND, "2.txt", "text"),
        ]
    )
    code = project.create_code(CODE)
    for document, text, coder, words in (
        (first, FIRST, "A", "Zhang Wei said"),
        (first, FIRST, "B", "ng Wei said the police"),
        (first, FIRST, "A", "Rongcheng officials refused."),
        (first, FIRST, "B", "Rongcheng"),
        (second, SECOND, "A", "伟说"),
        (second, SECOND, "B", "他们没有通知我们"),
    ):
        start = text.index(words)
        project.apply_code(document, code, start, start + len(words), coder=coder)
    if pseudonyms:
        for original, replacement in TABLE.items():
            project.set_pseudonym(original, replacement)
    return project


@pytest.fixture
def study(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "study.qcode"
    make_project(path).close()
    yield path


@pytest.fixture
def qcode(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


def sheet_rows(path: Path, sheet: str) -> list[list[Any]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    return [list(row) for row in workbook[sheet].iter_rows(values_only=True)]


def file_text(path: Path) -> str:
    """Every entry of the workbook (names included) with XML's escapes undone."""
    with zipfile.ZipFile(path) as archive:
        parts = [
            name + "\n" + archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
        ]
    return html.unescape("\n".join(parts))


def assert_no_identifier(path: Path) -> None:
    text = file_text(path).casefold()
    for forbidden in FORBIDDEN:
        assert forbidden not in text, forbidden


def span_in(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


EXPECTED_UNMATCHED = sorted(
    [
        ("A", "Interview Respondent 3", *span_in(FIRST_PSEUDONYMISED, "Respondent 3 said")),
        (
            "B",
            "Interview Respondent 3",
            *span_in(FIRST_PSEUDONYMISED, "Respondent 3 said the police"),
        ),
        ("A", "Interview Respondent 3", *span_in(FIRST_PSEUDONYMISED, "City B officials refused.")),
        ("B", "Interview Respondent 3", *span_in(FIRST_PSEUDONYMISED, "City B")),
        ("A", "Interview 2", *span_in(SECOND_PSEUDONYMISED, "受访者3说")),
        ("B", "Interview 2", *span_in(SECOND_PSEUDONYMISED, "他们没有通知我们")),
    ]
)


def unmatched(path: Path) -> list[tuple[Any, ...]]:
    """(coder, document, start, end) of each unmatched row, checking its
    code and that its text is the pseudonymised text at those positions."""
    rows = sheet_rows(path, "Unmatched")
    assert rows[0] == ["Coder", "Document", "Code", "Start", "End", "Best overlap", "Text"]
    texts = {"Interview Respondent 3": FIRST_PSEUDONYMISED, "Interview 2": SECOND_PSEUDONYMISED}
    found = []
    for coder, document, code, start, end, _overlap, text in rows[1:]:
        assert code == "Harms in City B"
        assert text == texts[document][start:end]
        found.append((coder, document, start, end))
    return sorted(found)


def test_the_segment_workbook_is_pseudonymised_and_checked(
    qcode: Run, study: Path, tmp_path: Path
) -> None:
    target = tmp_path / "agreement.xlsx"
    segment = ("agreement", study, "--coders", "A", "B", "--unit", "segment")
    _out, err = qcode(*segment, "--xlsx", target, "--pseudonymise")
    assert err.strip() == (
        f"wrote {target} (pseudonymised with 3 pseudonyms; checked: no identifier left in it)"
    )
    assert unmatched(target) == EXPECTED_UNMATCHED
    assert [row[0] for row in sheet_rows(target, "Agreement")[1:]] == [
        "(overall)",
        "Harms in City B",
    ]
    assert [row[0] for row in sheet_rows(target, "By document")[1:]] == [
        "Interview Respondent 3",
        "Interview 2",
    ]
    settings = dict(row[:2] for row in sheet_rows(target, "Settings")[1:])
    assert settings["Documents"] == "Interview Respondent 3, Interview 2"
    assert str(settings["Pseudonymised"]).startswith("yes: every identifier")
    assert_no_identifier(target)

    # Without --pseudonymise the same workbook names them (and cuts the name).
    plain = tmp_path / "plain.xlsx"
    qcode(*segment, "--xlsx", plain)
    texts = [row[6] for row in sheet_rows(plain, "Unmatched")[1:]]
    assert "ng Wei said the police" in texts and "伟说" in texts
    assert "Pseudonymised" not in dict(row[:2] for row in sheet_rows(plain, "Settings")[1:])


def test_the_character_unit_workbook_is_pseudonymised(
    qcode: Run, study: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "characters.xlsx"
    qcode("agreement", study, "--coders", "A", "B", "--xlsx", target, "--pseudonymise")
    assert "Unmatched" not in load_workbook(target).sheetnames
    assert [row[0] for row in sheet_rows(target, "Agreement")[1:]] == [
        "(overall)",
        "Harms in City B",
    ]
    assert_no_identifier(target)


def test_mistakes_and_leaks_are_refused_in_one_line(
    qcode: Run, study: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "give --xlsx FILE too" in qcode.error(
        "agreement", study, "--coders", "A", "B", "--pseudonymise"
    )
    empty = tmp_path / "empty.qcode"
    make_project(empty, pseudonyms=False).close()
    assert "there are no pseudonyms in empty.qcode" in qcode.error(
        "agreement", empty, "--coders", "A", "B", "--xlsx", tmp_path / "e.xlsx", "--pseudonymise"
    )
    assert not (tmp_path / "e.xlsx").exists()

    # A file name holding an identifier is refused and nothing is left behind.
    named = tmp_path / "Zhang Wei agreement.xlsx"
    message = qcode.error(
        "agreement", study, "--coders", "A", "B", "--xlsx", named, "--pseudonymise"
    )
    assert "pseudonymised export refused: 'Zhang Wei' would leak in the file name" in message
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == []

    # Names the exporter forgot to replace: the leak check finds them, and
    # an earlier file of that name is kept as it was.
    target = tmp_path / "agreement.xlsx"
    target.write_bytes(b"earlier")
    monkeypatch.setattr("qcode.core.pseudonymise.Pseudonymiser.replace", lambda self, text: text)
    message = qcode.error(
        "agreement", study, "--coders", "A", "B", "--xlsx", target, "--pseudonymise"
    )
    assert message.startswith("qcode: error: agreement.xlsx: pseudonymised export refused:")
    assert message.endswith("'Rongcheng' would leak in xl/worksheets/sheet1.xml")
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_document_changed_since_the_figures_is_refused(study: Path, tmp_path: Path) -> None:
    from qcode.analysis.agreement.report import compute_agreement
    from qcode.core.pseudonymise import Pseudonymiser
    from qcode.export.agreement_xlsx import write_agreement_workbook

    with Project.open(study) as project:
        report = compute_agreement(project, ["A", "B"], unit="segment")
        pseudonymiser = Pseudonymiser.of(project)
        stale = dataclasses.replace(
            report,
            unmatched=[dataclasses.replace(report.unmatched[0], text="something else")],
        )
        target = tmp_path / "stale.xlsx"
        with pytest.raises(QcodeError, match="changed since the agreement was computed"):
            write_agreement_workbook(stale, target, pseudonymiser=pseudonymiser, project=project)
        assert not target.exists()
        with pytest.raises(ValueError):
            write_agreement_workbook(report, target, pseudonymiser=pseudonymiser)


def test_the_agreement_windows_export_asks_and_pseudonymises(
    study: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    pytest.importorskip("pytestqt")
    qtbot = request.getfixturevalue("qtbot")
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from qcode.gui.exchange.export_flow import PSEUDONYMISE_LABEL
    from qcode.gui.session import Session
    from qcode.gui.team.agreement_window import AgreementWindow
    from qcode.settings import Settings

    project = Project.open(study)
    request.addfinalizer(project.close)
    window = AgreementWindow(Session(project, Settings(tmp_path / "config")))
    qtbot.addWidget(window)
    window.unit.setCurrentIndex(window.unit.findData("segment"))
    assert window.compute(["A", "B"]) is not None

    asked: list[tuple[str, str, bool]] = []
    answers = iter(
        [(True, QMessageBox.StandardButton.Ok), (True, QMessageBox.StandardButton.Cancel)]
    )

    def question(box: QMessageBox) -> int:
        tick, press = next(answers)
        check = box.checkBox()
        asked.append((box.windowTitle(), check.text(), check.isChecked()))
        check.setChecked(tick)
        return int(press.value)

    monkeypatch.setattr(QMessageBox, "exec", question)
    suggested: list[str] = []
    target = tmp_path / "from the window.xlsx"

    def save_as(_parent: Any, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(Path(name).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    said: list[str] = []
    window.session.status.connect(said.append)

    window.export_button.click()

    assert asked == [("Export agreement to Excel", PSEUDONYMISE_LABEL, True)]
    assert suggested == ["study agreement (pseudonymised).xlsx"]
    assert unmatched(target) == EXPECTED_UNMATCHED
    assert_no_identifier(target)
    assert said[-1].endswith("Pseudonymised, and checked: no identifier is left in it.")

    # Cancel at the question: no save dialog, no file.
    target.unlink()
    assert window.export_excel() is None
    assert suggested == ["study agreement (pseudonymised).xlsx"] and not target.exists()
