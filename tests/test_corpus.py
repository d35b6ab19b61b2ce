"""The real recorded conversation in ../shared/corpus survives import exactly."""

from __future__ import annotations

from pathlib import Path

from qcode.core.project import Project
from tests.conftest import shared_path


def _corpus() -> Path:
    folder = shared_path("corpus")
    files = sorted(folder.glob("*.txt"))
    assert files, f"no transcript in {folder}"
    return files[0]


def test_real_transcript_imports_exactly_with_speakers(project: Project) -> None:
    source = _corpus()
    (doc,) = project.import_files([source])
    raw = source.read_text(encoding="utf-8")
    expected = raw.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    assert project.text(doc) == expected
    assert "Christiaan" in doc.speakers
    for turn in project.speaker_turns(doc):
        assert project.text(doc)[turn.start : turn.end].startswith(turn.speaker)


def test_real_transcript_can_be_coded_by_quote(project: Project) -> None:
    (doc,) = project.import_files([_corpus()])
    text = project.text(doc)
    quote = "Social Credit System"
    start = text.index(quote)
    project.apply_code(doc, "Programmes/Social Credit", start, start + len(quote), create=True)
    (segment,) = project.segments(project.codings())
    assert segment.text == quote
