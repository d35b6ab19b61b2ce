"""Speaker-turn detection in plain transcript text."""

from __future__ import annotations

from qcode.io.base import SpeakerTurn
from qcode.io.speakers import detect_speaker_turns, split_speaker_label


def _spans(text: str) -> list[tuple[str, str]]:
    return [(turn.speaker, text[turn.start : turn.end]) for turn in detect_speaker_turns(text)]


def test_turn_runs_to_the_next_label_without_the_blank_lines_between() -> None:
    text = (
        "Interview 3, Nairobi\n\n"
        "Interviewer: Where were you?\n\n"
        "Witness: At the market.\nThen I went home.\n\n\n"
        "Interviewer: When?\n"
        "Witness: At noon."
    )
    assert _spans(text) == [
        ("Interviewer", "Interviewer: Where were you?"),
        ("Witness", "Witness: At the market.\nThen I went home."),
        ("Interviewer", "Interviewer: When?"),
        ("Witness", "Witness: At noon."),
    ]
    first = detect_speaker_turns(text)[0]
    # The heading before the first label belongs to no turn.
    assert first.start == len("Interview 3, Nairobi\n\n")
    assert first.time_start is None and first.time_end is None


def test_last_turn_ends_at_end_of_text_without_trailing_whitespace() -> None:
    text = "A: one\nB: two\nA: three\nB: four  \n\n"
    turns = detect_speaker_turns(text)
    assert turns[-1] == SpeakerTurn("B", text.index("B: four"), text.index("B: four") + 7)


def test_label_used_once_is_not_a_speaker_and_stays_inside_the_turn() -> None:
    text = (
        "Interviewer: Tell me about the detention.\n"
        "Note: the witness asked for a pause.\n"
        "Witness: They kept us for three days.\n"
        "Interviewer: Thank you.\n"
        "Witness: Example: the cell had no window."
    )
    assert _spans(text) == [
        (
            "Interviewer",
            "Interviewer: Tell me about the detention.\nNote: the witness asked for a pause.",
        ),
        ("Witness", "Witness: They kept us for three days."),
        ("Interviewer", "Interviewer: Thank you."),
        ("Witness", "Witness: Example: the cell had no window."),
    ]


def test_no_recurring_label_means_no_turns() -> None:
    assert detect_speaker_turns("Summary: a single note.\nExample: another.") == []


def test_cjk_labels_with_full_width_colon_and_astral_characters() -> None:
    text = "记者：你好😀\n王先生：我们在北京𠮷见面。\n记者：社会信用体系呢？\n王先生：不知道。"
    assert _spans(text) == [
        ("记者", "记者：你好😀"),
        ("王先生", "王先生：我们在北京𠮷见面。"),
        ("记者", "记者：社会信用体系呢？"),
        ("王先生", "王先生：不知道。"),
    ]
    # Offsets are code points: the emoji before the second turn counts once.
    assert detect_speaker_turns(text)[1].start == len("记者：你好😀\n")


def test_titles_roles_hyphens_apostrophes_and_numbered_participants() -> None:
    text = (
        "Dr. Amal Haddad-Khoury (NGO): Question one.\n"
        "Participant 3: Answer one.\n"
        "Seán O'Neill: Aside.\n"
        "Dr. Amal Haddad-Khoury (NGO): Question two.\n"
        "Participant 3: Answer two.\n"
        "Seán O'Neill: Aside again."
    )
    assert [speaker for speaker, _ in _spans(text)] == [
        "Dr. Amal Haddad-Khoury (NGO)",
        "Participant 3",
        "Seán O'Neill",
    ] * 2


def test_times_urls_and_phrases_of_five_words_are_not_labels() -> None:
    text = (
        "12:30 we arrived.\n12:30 again.\n"
        "http://example.org\nhttp://example.org/2\n"
        "I told them all of this: nothing.\nI told them all of this: again.\n"
        "And then he told Witness: no.\nAnd then he told Witness: yes."
    )
    assert detect_speaker_turns(text) == []


def test_label_longer_than_forty_characters_is_not_a_label() -> None:
    name = "Abcdefghijklmnopqrst Abcdefghijklmnopqrstu"  # 42 characters, 2 words
    assert detect_speaker_turns(f"{name}: a\n{name}: b") == []


def test_label_alone_on_its_line_starts_a_turn() -> None:
    text = "Interviewer:\nWhat happened?\nWitness:\nNothing.\nInterviewer:\nOk.\nWitness: Yes."
    assert _spans(text)[0] == ("Interviewer", "Interviewer:\nWhat happened?")
    assert len(_spans(text)) == 4


def test_indented_label_turn_starts_at_the_label() -> None:
    text = "  Q: one\n  A: two\n  Q: three\n  A: four"
    turns = detect_speaker_turns(text)
    assert [text[t.start : t.end] for t in turns] == ["Q: one", "A: two", "Q: three", "A: four"]


def test_split_speaker_label() -> None:
    assert split_speaker_label("Witness (female): We waited.") == (
        "Witness (female)",
        "We waited.",
    )
    assert split_speaker_label("王先生：不知道") == ("王先生", "不知道")
    assert split_speaker_label("No label here") is None
    assert split_speaker_label("10:45 arrival") is None
