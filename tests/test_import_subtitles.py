"""Importing WebVTT (.vtt) and SubRip (.srt) transcripts: one turn per cue."""

from __future__ import annotations

from pathlib import Path

import pytest

from qcode.errors import UnreadableFileError
from qcode.io.base import SpeakerTurn
from qcode.io.documents import read_document

WEBVTT = """WEBVTT - interview 4

STYLE
::cue { color: yellow }

NOTE recorded in Gulu, consent on file
interviewer's name withheld

intro
00:00:01.000 --> 00:00:04.500 align:start
<v Interviewer>Where were you
on the night of the arrest?</v>

00:00:05.250 --> 00:00:09.000
<v.loud Amal Haddad>I was <i>at home</i> with <c.yellow>my</c> children. 😀</v>

3
01:00:10.000 --> 01:00:12.125
<v Interviewer>And then?

00:12.5 --> 00:14.000
Nobody <00:00:13.000>spoke &amp; nobody moved 社会信用体系 𠮷.
"""


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _lines(text: str, turns: list[SpeakerTurn]) -> list[str]:
    return [text[turn.start : turn.end] for turn in turns]


def test_webvtt_cues_become_lines_with_voices_and_times(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "interview 4.vtt", WEBVTT.encode()))
    expected = [
        "Interviewer: Where were you on the night of the arrest?",
        "Amal Haddad: I was at home with my children. 😀",
        "Interviewer: And then?",
        "Nobody spoke & nobody moved 社会信用体系 𠮷.",
    ]
    assert doc.text == "\n".join(expected)
    assert (doc.name, doc.source_name, doc.importer) == ("interview 4", "interview 4.vtt", "webvtt")
    assert _lines(doc.text, doc.turns) == expected
    assert [(t.speaker, t.time_start, t.time_end) for t in doc.turns] == [
        ("Interviewer", 1.0, 4.5),
        ("Amal Haddad", 5.25, 9.0),
        ("Interviewer", 3610.0, 3612.125),
        ("", 12.5, 14.0),
    ]


def test_webvtt_with_bom_and_crlf(tmp_path: Path) -> None:
    data = ("\ufeff" + WEBVTT.replace("\n", "\r\n")).encode("utf-8")
    doc = read_document(_write(tmp_path, "crlf.VTT", data))
    assert doc.text.splitlines()[1] == "Amal Haddad: I was at home with my children. 😀"
    assert doc.turns[1].start == doc.text.index("Amal")


SRT = """1
00:00:01,000 --> 00:00:03,000
Interviewer: <i>Where</i> were you?

2
00:00:03,500 --> 00:00:06,250 X1:40 X2:600 Y1:20 Y2:50
{\\an8}Witness: At the café
in Kraków.

3
00:00:07,000 --> 00:00:08,000
Interviewer: And then?

4
00:00:08,500 --> 00:00:10,000
Witness: They took my <font color="#ff0000">brother</font>.

5
00:00:11,000 --> 00:00:12,000
Note: the witness cries.

continued after a stray blank line
"""


def test_srt_name_prefixes_give_speakers_and_tags_are_removed(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "hearing.srt", SRT.replace("\n", "\r\n").encode()))
    expected = [
        "Interviewer: Where were you?",
        "Witness: At the café in Kraków.",
        "Interviewer: And then?",
        "Witness: They took my brother.",
        # "Note:" labels only one cue, so it is text, not a speaker.
        "Note: the witness cries. continued after a stray blank line",
    ]
    assert doc.text == "\n".join(expected)
    assert doc.importer == "srt"
    assert _lines(doc.text, doc.turns) == expected
    assert [(t.speaker, t.time_start, t.time_end) for t in doc.turns] == [
        ("Interviewer", 1.0, 3.0),
        ("Witness", 3.5, 6.25),
        ("Interviewer", 7.0, 8.0),
        ("Witness", 8.5, 10.0),
        ("", 11.0, 12.0),
    ]


def test_srt_in_utf16_and_windows_1252(tmp_path: Path) -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\n“Naïve” café – 5 €\n"
    utf16 = read_document(_write(tmp_path, "a.srt", text.encode("utf-16")))
    cp1252 = read_document(_write(tmp_path, "b.srt", text.encode("cp1252")))
    assert utf16.text == cp1252.text == "“Naïve” café – 5 €"
    assert utf16.turns == [SpeakerTurn("", 0, len(utf16.text), 1.0, 2.0)]


def test_cjk_speaker_prefixes_in_subtitles(tmp_path: Path) -> None:
    text = (
        "WEBVTT\n\n"
        "00:01.000 --> 00:02.000\n记者：你好\n\n"
        "00:02.000 --> 00:03.000\n王先生：社会信用体系\n\n"
        "00:03.000 --> 00:04.000\n记者：谢谢\n\n"
        "00:04.000 --> 00:05.000\n王先生：不客气😀\n"
    )
    doc = read_document(_write(tmp_path, "zh.vtt", text.encode()))
    assert doc.text == "记者：你好\n王先生：社会信用体系\n记者：谢谢\n王先生：不客气😀"
    assert [t.speaker for t in doc.turns] == ["记者", "王先生", "记者", "王先生"]
    assert _lines(doc.text, doc.turns) == doc.text.split("\n")


def test_a_5000_digit_hour_is_a_one_line_error_naming_the_line(tmp_path: Path) -> None:
    hour = "9" * 5000  # int() of it was a traceback (Python's digit limit)
    text = f"1\n00:00:01,000 --> 00:00:02,000\nFirst\n\n2\n{hour}:00:03,000 --> 00:00:04,000\nBye\n"
    with pytest.raises(UnreadableFileError) as caught:
        read_document(_write(tmp_path, "x.srt", text.encode()))
    assert str(caught.value) == (
        "x.srt: line 6: the time '999999999999999999999999…' is not a valid timestamp"
    )


def test_long_but_real_hours_still_read(tmp_path: Path) -> None:
    # A day-long recording, and a zero-padded hour, are times, not damage.
    text = "1\n00025:00:01,000 --> 0000000000000000000025:00:02,500\nLate\n"
    doc = read_document(_write(tmp_path, "long.srt", text.encode()))
    assert doc.turns == [SpeakerTurn("", 0, 4, 25 * 3600 + 1.0, 25 * 3600 + 2.5)]
