"""The study the report tests write reports of, and how they read them back.

Two interviews, coded by two coders with overlapping codings, in English,
Chinese (with 𠮷, beyond the Basic Multilingual Plane), emoji and Arabic::

    Interview Zhang Wei (city Rongcheng, role respondent):
        Interviewer: Where were you?
        Zhang Wei: In Rongcheng 𠮷 police took me. 张伟 was my name 😀.
        Interviewer: And then?
        محمد: قال محمد إن الشرطة أخذته ليلا

    Hearing (role official; a subtitle file: turns carry times):
        Judge: The court notes the detention in Rongcheng.
        Witness: 我们被监视了。 Every day.

Codes (tree order): Detention, Detention/Rongcheng police, Names, Voices.
The pseudonym table replaces Zhang Wei, 张伟, Rongcheng and محمد.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from qcode.core.project import Project
from qcode.io.base import ImportedDocument, SpeakerTurn

INTERVIEW = (
    "Interviewer: Where were you?\n"
    "Zhang Wei: In Rongcheng 𠮷 police took me. 张伟 was my name 😀.\n"
    "Interviewer: And then?\n"
    "محمد: قال محمد إن الشرطة أخذته ليلا"
)
HEARING = "Judge: The court notes the detention in Rongcheng.\nWitness: 我们被监视了。 Every day."
TABLE = {"Zhang Wei": "Respondent 3", "张伟": "受访者3", "Rongcheng": "City B", "محمد": "شاهد"}
CODES = ["Detention", "Detention/Rongcheng police", "Names", "Voices"]
DEFINITION = "Use when: someone is held by the police.\nDo not use when: a summons only."
CODING_MEMO = "Zhang Wei says this twice."


@dataclass(frozen=True)
class Planned:
    """A coding of the study: which text, which code, which coder."""

    document: str
    quote: str
    code: str
    coder: str


PLANNED = [
    Planned("Interview Zhang Wei", "In Rongcheng 𠮷 police took me.", "Detention", "Amina"),
    Planned("Interview Zhang Wei", "In Rongcheng 𠮷 police took me. 张伟", "Detention", "Chen"),
    Planned("Interview Zhang Wei", "police took me.", "Detention/Rongcheng police", "Amina"),
    Planned("Interview Zhang Wei", "张伟 was my name 😀.", "Names", "Amina"),
    Planned("Interview Zhang Wei", "قال محمد إن الشرطة أخذته ليلا", "Voices", "Amina"),
    Planned("Hearing", "The court notes the detention in Rongcheng.", "Detention", "Chen"),
    Planned("Hearing", "我们被监视了。", "Voices", "Chen"),
]


def _turns(text: str, times: list[float] | None = None) -> list[SpeakerTurn]:
    turns, start = [], 0
    for number, line in enumerate(text.split("\n")):
        time = None if times is None else times[number]
        turns.append(SpeakerTurn(line.split(":")[0], start, start + len(line), time, None))
        start += len(line) + 1
    return turns


def build_study(path: Path) -> None:
    """Write the study (see the module) to ``path``."""
    with Project.create(path, coder="Amina") as project:
        interview, hearing = project.add_documents(
            [
                ImportedDocument(
                    "Interview Zhang Wei", INTERVIEW, "zhang-wei.txt", "text", _turns(INTERVIEW)
                ),
                ImportedDocument(
                    "Hearing", HEARING, "hearing.srt", "subtitles", _turns(HEARING, [3723.4, 3790])
                ),
            ]
        )
        project.set_attributes(interview, {"city": "Rongcheng", "role": "respondent"})
        project.set_attributes(hearing, {"role": "official"})
        detention = project.create_code("Detention", description=DEFINITION)
        project.create_code("Rongcheng police", detention)
        project.create_code("Names")
        project.create_code("Voices")
        documents = {"Interview Zhang Wei": interview, "Hearing": hearing}
        for planned in PLANNED:
            document = documents[planned.document]
            start = project.text(document).index(planned.quote)
            coding = project.apply_code(
                document, planned.code, start, start + len(planned.quote), coder=planned.coder
            )
            assert coding is not None
            if planned.code == "Detention" and planned.coder == "Amina":
                project.add_memo("coding", coding.id, CODING_MEMO)
        project.add_memo("project", None, "Fieldwork in Rongcheng, 2024.")
        project.add_memo(
            "document", interview.id, "Zhang Wei asked to be anonymous.", target_name=interview.name
        )
        project.add_memo("code", detention.id, "Detention by police only.", target_name="Detention")
        for original, replacement in TABLE.items():
            project.set_pseudonym(original, replacement)


def speaker_at(text: str, start: int) -> str:
    """The speaker of the line holding ``start``, read off the text itself."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:].split(":", 1)[0]


def squeezed(text: str) -> str:
    """``text`` without white space: how a quote reads across wrapped lines."""
    return re.sub(r"\s+", "", text)
