"""Finding speaker turns ("Interviewer: ...") in a transcript's plain text.

Transcripts mark who speaks with a label at the start of a line: ``Name:``,
``Dr. Amal Haddad:``, ``Witness (female):``, ``记者：``, ``الباحثة:``, ``עד:``.
Plenty of ordinary
lines look the same ("Note: ...", "Example: ..."), so a label only counts as a
speaker once the document uses it at least twice.
"""

from __future__ import annotations

import re
from collections import Counter

from qcode.io.scripts import ARABIC_MARKS, DIRECTION_MARKS, HEBREW_MARKS, TATWEEL
from qcode.model import SpeakerTurn

# A label is 1-4 words of letters (any script), optionally followed by a
# parenthesised role, then ":" or the full-width "：".  Words after the first
# may hold digits, because anonymised transcripts say "Participant 3:"; the
# first must start with a letter so clock times ("12:30") never match.
# An ASCII colon must be followed by whitespace or the end of the line, so
# "http://..." and "10:30" are not labels; CJK text puts no space after "：".
# Arabic and Hebrew names may carry vowel marks and tatweel, Persian ones a
# zero-width non-joiner; Arabic script has no colon of its own (Arabic
# keyboards type ":"), but editors often put a direction mark beside it.
_WORD_CHARS = rf"[^\W_]|[.'’\-{ARABIC_MARKS}{TATWEEL}{HEBREW_MARKS}\u200c]"
_MARKS = f"[ \t{DIRECTION_MARKS}]*"
_LABEL_LINE = re.compile(
    rf"""
    ^[ \t{DIRECTION_MARKS}]*
    (?P<label>
        (?P<name>[^\W\d_](?:{_WORD_CHARS})*(?:[ ](?:{_WORD_CHARS})+){{0,3}})
        (?:[ ]?\((?P<role>[^()\n:：]{{1,40}})\))?
    )
    {_MARKS}(?::(?={_MARKS}(?:\s|$))|：)[ \t{DIRECTION_MARKS}]*
    """,
    re.MULTILINE | re.VERBOSE,
)
_MAX_NAME_LENGTH = 40
_MIN_USES = 2


def _label_matches(text: str) -> list[re.Match[str]]:
    return [
        match
        for match in _LABEL_LINE.finditer(text)
        if len(match.group("name")) <= _MAX_NAME_LENGTH
    ]


def split_speaker_label(line: str) -> tuple[str, str] | None:
    """Split ``"Name: words"`` into ``("Name", "words")``; ``None`` without a label.

    This looks at one line on its own; callers that scan a whole document
    should also require the label to recur (see :func:`detect_speaker_turns`).
    """
    match = _LABEL_LINE.match(line)
    if match is None or len(match.group("name")) > _MAX_NAME_LENGTH:
        return None
    return match.group("label").strip(), line[match.end() :]


def detect_speaker_turns(text: str) -> list[SpeakerTurn]:
    """Return the speaker turns in ``text``, in order.

    A turn starts at a speaker label at the start of a line and runs to the
    end of the text before the next turn (without the whitespace between), or
    to the end of the text.  Lines before the first turn belong to no turn.
    A label counts only if it labels at least two lines of the document.
    """
    matches = _label_matches(text)
    uses = Counter(match.group("label").strip() for match in matches)
    starts = [
        (match.start("label"), speaker)
        for match in matches
        if uses[speaker := match.group("label").strip()] >= _MIN_USES
    ]
    turns: list[SpeakerTurn] = []
    for index, (start, speaker) in enumerate(starts):
        limit = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        end = start + len(text[start:limit].rstrip())
        turns.append(SpeakerTurn(speaker=speaker, start=start, end=end))
    return turns
