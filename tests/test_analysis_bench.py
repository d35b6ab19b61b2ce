"""The analysis benchmarks run end to end on a small project (their speed is
``qcode bench``'s business, not a test's)."""

from __future__ import annotations

from pathlib import Path

from qcode.bench.analysis import run_analysis_benchmarks
from tests.test_analysis_frequencies import build


def test_every_figure_is_measured(tmp_path: Path) -> None:
    messages: list[str] = []
    with build(tmp_path / "p.qcode") as project:
        results = run_analysis_benchmarks(project, messages.append)
    names = [result.name for result in results]
    for needed in (
        "code frequencies over 9 codings (again)",
        "co-occurrence (overlapping)",
        "co-occurrence (near)",
        "export 9 coded segments to xlsx",
        "(throughput ratio)",
        "export the whole workbook",
        "peak memory",
    ):
        assert any(needed in name for name in names), needed
    assert all(result.value > 0 for result in results)
    assert all(result.ok is not False for result in results if "ratio" not in result.name)
    assert messages
