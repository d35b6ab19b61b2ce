"""A PDF report's line breaking keeps each line's width as it grows
(:mod:`qcode.export.report.pdf_lines`) and must break every line where
fpdf2's own line breaker does: every width it is asked for is fpdf2's to
the last bit, and the pages drawn are the same, in Latin text, Chinese and
𠮷 and emoji (fallback fonts), Arabic (shaped), italic memos and bold
headings, long words that must be cut, soft hyphens and no-break spaces.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from fpdf import line_break

from qcode.export.report.blocks import BODY, CODE, Heading, Paragraph, Quote
from qcode.export.report.pdf_lines import install
from qcode.export.report.pdf_writer import PdfWriter

TEXTS = [
    "The committee said that the list was published without notice, and that "
    "nobody could appeal before the court. " * 6,
    "社会信用体系的试点城市在二〇一四年开始打分，失信被执行人名单 𠮷 上的人不能买火车票。" * 5,
    "She laughed 😀 and said 😀😀 the score went down 🙁 after the visit; 失信 again. " * 5,
    "قال إن القائمة نشرت دون إشعار، ولم يتمكن أحد من الطعن أمام المحكمة. " * 4,
    "Supercalifragilisticexpialidocious" * 9 + " short words after it.",
    "soft\u00adhyphen\u00adated words and no\u00a0break\u00a0spaces between "
    "them, then a tab\there, mixed with Ελληνικά and русский текст. " * 5,
    "Line one\nline two\n\nafter a blank line, ẹ̀ combining marks ẹ̀ and more words. " * 4,
]


def _original() -> Any:
    """fpdf2's own line class (the one the kept-width line extends)."""
    install()
    return line_break.CurrentLine.__mro__[1]


def _write(path: Path) -> None:
    writer = PdfWriter(
        title="Widths",
        written_at=datetime.datetime(2026, 12, 5, tzinfo=datetime.UTC),
        shown_as=path.name,
    )
    for number, text in enumerate(TEXTS):
        writer.write(Heading(f"Heading {number} — {text[:30]}", 2))
        writer.write(Paragraph(text, BODY))
        writer.write(Paragraph(text[:120], CODE))
        writer.write(Quote(text, f"— Interview {number} · ¶ 3 · coded by Li", memo=text[:200]))
    writer.save(path)


def test_install_replaces_fpdf2s_line_with_the_kept_width_one() -> None:
    # Fails with an fpdf2 the widths were not compared with: run the tests
    # below against it, then add its version to pdf_lines._CHECKED.
    original = _original()
    assert line_break.CurrentLine is not original
    assert issubclass(line_break.CurrentLine, original)


def test_every_width_asked_for_is_fpdf2s_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = _original()
    kept = line_break.CurrentLine
    asked: list[tuple[float, float]] = []

    class Checked(kept):  # type: ignore[misc, valid-type]
        @property
        def width(self) -> float:
            ours = kept.width.fget(self)
            asked.append((ours, original.width.fget(self)))
            return float(ours)

    monkeypatch.setattr(line_break, "CurrentLine", Checked)
    _write(tmp_path / "checked.pdf")
    assert len(asked) > 10_000  # every character of every line asks
    different = [(ours, theirs) for ours, theirs in asked if ours != theirs]
    assert different == []


def test_the_pages_are_those_fpdf2_draws_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = _original()
    kept = line_break.CurrentLine
    ours, theirs = tmp_path / "kept.pdf", tmp_path / "fpdf2.pdf"
    _write(ours)
    monkeypatch.setattr(line_break, "CurrentLine", original)
    _write(theirs)
    monkeypatch.setattr(line_break, "CurrentLine", kept)
    assert ours.read_bytes() == theirs.read_bytes()
    assert ours.stat().st_size > 20_000  # pages were drawn, not an empty file
