"""Core messages: English text for the command line, translatable in the app."""

from __future__ import annotations

import pickle

from qcode.errors import QcodeError, UnreadableFileError
from qcode.messages import Message, error_text, translated

FRENCH = {
    "no code '{name}' in {where}": "aucun code « {name} » dans {where}",
    "the project {project}": "le projet {project}",
    "{file}: {problem}": "{file} : {problem}",
    "not a Word document": "pas un document Word",
}


def french(template: str) -> str:
    return FRENCH.get(template, template)


def test_a_message_is_its_english_text_for_the_command_line() -> None:
    message = Message("no code '{name}' in {where}", name="Shaming", where="study.qcode")
    assert message == "no code 'Shaming' in study.qcode"
    assert isinstance(message, str)
    # An exception's text (what `qcode: error: …` prints) is the English text.
    assert str(QcodeError(message)) == "no code 'Shaming' in study.qcode"


def test_nested_messages_are_translated_inside_and_plain_values_kept() -> None:
    where = Message("the project {project}", project="研究 😀")
    message = Message("no code '{name}' in {where}", name="公开羞辱", where=where)
    assert message == "no code '公开羞辱' in the project 研究 😀"
    assert translated(message, french) == "aucun code « 公开羞辱 » dans le projet 研究 😀"


def test_a_file_error_keeps_the_file_name_and_translates_the_problem() -> None:
    error = UnreadableFileError("/data/interview 3.docx", Message("not a Word document"))
    assert str(error) == "interview 3.docx: not a Word document"
    assert error_text(error, french) == "interview 3.docx : pas un document Word"


def test_a_plain_string_error_is_shown_as_it_is() -> None:
    assert error_text(QcodeError("as written"), french) == "as written"
    assert translated("plain text", french) == "plain text"


def test_a_translation_that_invents_a_placeholder_falls_back_to_english() -> None:
    message = Message("no code '{name}' in {where}", name="X", where="P")
    broken = {"no code '{name}' in {where}": "aucun code {nom} dans {where}"}
    assert translated(message, lambda t: broken.get(t, t)) == "no code 'X' in P"


def test_stored_and_pickled_messages_come_back_whole() -> None:
    message = Message(
        "{count:,} coding{s} of '{code}' in {where}",
        count=1234,
        s="s",
        code="Blacklist {x}",  # braces in a value are not a placeholder
        where=Message("the project {project}", project="P"),
    )
    assert message == "1,234 codings of 'Blacklist {x}' in the project P"
    for again in (Message.from_json(message.as_json()), pickle.loads(pickle.dumps(message))):
        assert again == message
        assert again.template == message.template
        assert translated(again, french).endswith("le projet P")
