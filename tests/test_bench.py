"""``qcode bench`` runs end to end (small sizes: this checks it works, not its speed)."""

from __future__ import annotations

import json

import pytest

from qcode.cli import main


def test_bench_prints_every_figure_beside_its_target(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--json", "--documents", "4", "--codings", "200", "--units", "60"]) == 0
    results = json.loads(capsys.readouterr().out)
    names = [r["name"] for r in results]
    for needed in (
        "import",
        "create 200 codes",
        "codings (one transaction)",
        "raw sqlite3",
        "open the project",
        "one document's codings",
        "stats",
        "durably",
        "peak memory",
        "throughput ratio",
        "train suggestions",
        "suggest on 50,000",
        "agreement, character unit",
        "to .qdpx",
        "import a .qdpx project",
        "encrypted",
    ):
        assert any(needed in name for name in names), needed
    for result in results:
        assert set(result) == {"name", "value", "unit", "target", "ok"}
        assert result["value"] > 0
        if result["target"] is not None:
            assert result["ok"] in (True, False)
