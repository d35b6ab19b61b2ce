"""The core's messages (errors, edit names) in the interface's language.

The core raises and names its edits in English, as :class:`qcode.messages.Message`
values that remember their template; here the template is looked up among the
translations (context ``messages``) and the values filled in again.  Plain
strings (a message the core did not make a Message) are shown as they are.
The templates reach the ``.ts`` files through ``core_messages.py``, which
``packaging/translations.py`` writes from the source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from qcode.messages import CONTEXT, Message
from qcode.messages import error_text as _error_text
from qcode.messages import translated as _translated


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


class _Grouped(int):
    """A whole number in a core message: where the template groups it
    ("{count:,}") it is grouped the interface's way (1 234 in French, not 1,234)."""

    def __format__(self, spec: str) -> str:
        if spec == ",":
            return QLocale().toString(int(self))
        return format(int(self), spec)


def _local_numbers(message: Message) -> Message:
    values = {
        key: _local_numbers(value)
        if isinstance(value, Message)
        else _Grouped(value)
        if type(value) is int
        else value
        for key, value in message.values.items()
    }
    return Message(message.template, **values)


def shown(text: object) -> str:
    """``text`` (a core message, or any text) as the interface shows it."""
    return _translated(_local_numbers(text) if isinstance(text, Message) else text, _translate)


def error_text(problem: BaseException) -> str:
    """What a message box says for ``problem``: the core's message, translated."""
    if problem.args and isinstance(problem.args[0], Message):
        return _local_numbers(problem.args[0]).translated(_translate)
    return _error_text(problem, _translate)
