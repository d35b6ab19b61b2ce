"""The core's messages (errors, edit names) in the interface's language.

The core raises and names its edits in English, as :class:`qcode.messages.Message`
values that remember their template; here the template is looked up among the
translations (context ``messages``) and the values filled in again.  Plain
strings (a message the core did not make a Message) are shown as they are.
The templates reach the ``.ts`` files through ``core_messages.py``, which
``packaging/translations.py`` writes from the source; a counted message
(``Message.counted``) is there a plural message, and Qt picks the form of
its translation for the count, as it does for the app's own ``%Ln`` phrases.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from qcode.messages import CONTEXT, CountedTemplate, Message
from qcode.messages import error_text as _error_text
from qcode.messages import translated as _translated

# Qt takes the count as a C int: a larger count is asked as one with the same
# last nine digits (all that plural rules look at), still above a billion.
_LARGEST = 2**31 - 1


def translated_template(template: str) -> str:
    """A core message's template in the interface's language; for a counted
    message's template, the plural form its language uses for the count."""
    if isinstance(template, CountedTemplate):
        number = template.number
        if number > _LARGEST:
            number = 1_000_000_000 + number % 1_000_000_000
        return QCoreApplication.translate(CONTEXT, template, None, number)
    return QCoreApplication.translate(CONTEXT, template)


class _Grouped(int):
    """A whole number in a core message: where the template groups it
    ("{count:,}") it is grouped the interface's way (1 234 in French, not 1,234)."""

    def __format__(self, spec: str) -> str:
        if spec == ",":
            return QLocale().toString(int(self))
        return format(int(self), spec)


class _Decimal(float):
    """A number with a fraction in a core message ("{share:.2f}", "{cut:g}"):
    its decimal point, and its grouping where the template groups it, the
    interface's way (0,34 in French)."""

    def __format__(self, spec: str) -> str:
        text = format(float(self), spec)
        locale = QLocale()
        point, group = locale.decimalPoint(), locale.groupSeparator()
        if point == "." and group == ",":
            return text
        # "," groups and "." points in what Python wrote: swapped in one pass.
        return "".join(point if c == "." else group if c == "," else c for c in text)


def _local(value: object) -> object:
    if isinstance(value, Message):
        return _local_numbers(value)
    if type(value) is int:
        return _Grouped(value)
    if type(value) is float:
        return _Decimal(value)
    return value


def _local_numbers(message: Message) -> Message:
    return message.with_values({key: _local(value) for key, value in message.values.items()})


def shown(text: object) -> str:
    """``text`` (a core message, or any text) as the interface shows it."""
    return _translated(
        _local_numbers(text) if isinstance(text, Message) else text, translated_template
    )


def error_text(problem: BaseException) -> str:
    """What a message box says for ``problem``: the core's message, translated."""
    if problem.args and isinstance(problem.args[0], Message):
        return _local_numbers(problem.args[0]).translated(translated_template)
    return _error_text(problem, translated_template)
