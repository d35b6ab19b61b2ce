"""qcode never opens a network connection: the whole command-line flow,
suggestions included, runs with internet sockets forbidden."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qcode.cli import main


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
