"""qcode never opens a network connection: the whole command-line flow,
suggestions included, runs with internet sockets forbidden."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qcode.cli import main

try:
    from PySide6.QtGui import QAction
except ImportError:  # the core's tests run without Qt
    QAction = None  # type: ignore[assignment,misc]


def test_cli_flow_without_network(
    tmp_path: Path, no_network: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    with pytest.raises(AssertionError):  # the guard itself works
        socket.create_connection(("example.org", 80))
    no_network.clear()
    project = str(tmp_path / "p.qcode")
    source = tmp_path / "interview.txt"
    source.write_text(
        "Liu: The blacklist hurt my family. We could not buy train tickets.\n"
        "Wang: 失信 is a heavy word. The court never told us.\n"
        "Liu: The blacklist stayed online for years.\n",
        encoding="utf-8",
    )
    steps = [
        ["new", project, "--codebook", "social-credit-china"],
        ["import", project, str(source), "--attr", "language=en"],
        ["add-code", project, "Lists", "--keywords", "blacklist,失信"],
        ["code", project, "interview", "Lists", "5", "34"],
        ["suggest", project, "interview", "--json"],
        ["suggest", project, "--evaluate", "--json"],
        ["stats", project, "--json"],
        ["segments", project, "--json"],
        ["export", project, str(tmp_path / "book.qdc")],
        ["undo", project],
    ]
    for step in steps:
        status = main(step)
        output = capsys.readouterr()
        if step[1:2] == [project] and step[0] == "suggest" and "--evaluate" in step:
            assert status == 1 and "no code has 3" in output.err  # too little coding: said plainly
            continue
        assert status == 0, (step, output.err)
    suggestions = json.loads(
        (main(["suggest", project, "interview", "--json"]) == 0 and capsys.readouterr().out) or "[]"
    )
    assert any("blacklist" in s["reason"] for s in suggestions)
    assert no_network == []


def test_team_exchange_and_privacy_flow_without_network(
    tmp_path: Path,
    no_network: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Coders' copies, merge, agreement, .qdpx both ways, pseudonyms, a
    pseudonymised export and an encrypted project: none reaches the network."""
    monkeypatch.setenv("QCODE_PASSPHRASE", "a long enough passphrase")
    lead = str(tmp_path / "lead.qcode")
    source = tmp_path / "interview.txt"
    source.write_text(
        "Liu: Zhang Wei was put on the blacklist in Rongcheng.\n"
        "Wang: 张伟 could not buy train tickets after that.\n",
        encoding="utf-8",
    )

    def run(*args: str) -> str:
        status = main(list(args))
        output = capsys.readouterr()
        assert status == 0, (args, output.err)
        return output.out

    run("new", lead)
    run("import", lead, str(source))
    run("add-code", lead, "Lists")
    run("copies", lead, "Amina", "Li", "--folder", str(tmp_path))
    for coder, start, end in (("Amina", 5, 30), ("Li", 5, 28)):
        copy = str(tmp_path / f"lead-{coder}.qcode")
        run("code", copy, "interview", "Lists", str(start), str(end), "--coder", coder)
    for coder in ("Amina", "Li"):
        run("merge", lead, str(tmp_path / f"lead-{coder}.qcode"), "--json")
    agreement = json.loads(run("agreement", lead, "--coders", "Amina", "Li", "--json"))
    assert agreement["overall"]["units"] > 0
    run("export", lead, str(tmp_path / "lead.qdpx"))
    run("new", str(tmp_path / "back.qcode"))
    run("import", str(tmp_path / "back.qcode"), str(tmp_path / "lead.qdpx"))
    run("pseudonym", lead, "Zhang Wei", "Respondent 3")
    run("identifiers", lead, "--json")
    run("export", lead, str(tmp_path / "report.xlsx"), "--pseudonymise")
    run("new", str(tmp_path / "secret.qcode"), "--encrypt")
    run("import", str(tmp_path / "secret.qcode"), str(source))
    assert no_network == []


def test_the_app_starts_without_network(
    tmp_path: Path, no_network: list[str], qtbot: object
) -> None:
    pytest.importorskip("pytestqt")
    from qcode.core.project import Project
    from qcode.gui.main_window import MainWindow
    from qcode.settings import Settings

    project = Project.create(tmp_path / "p.qcode", coder="Amina")
    window = MainWindow(project, Settings(tmp_path / "config"))
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    for text in ("&Reports", "Inter-coder &agreement…"):
        next(a for a in window.findChildren(QAction) if a.text() == text).trigger()
    assert no_network == []
