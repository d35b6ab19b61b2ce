"""Messages the app can show in the user's language.

The core speaks English: the command line prints its errors and the log its
edit names as they are, and scripts depend on that text.  The app must show
the same messages translated.  A :class:`Message` is both: it *is* the English
text (a ``str``, so every caller that prints, compares or joins it keeps
working) and it remembers the template and the values it was made from, so
the app can translate the template and fill the values in again::

    raise QcodeError(Message("no code '{name}' in the codebook", name=name))
    label = Message("rename code '{old}' to '{new}'", old=old, new=new)

Templates are literal strings (the translations script finds them by reading
the source, as lupdate does for ``tr``); values are shown as given, except
values that are Messages themselves, which are translated too.  A template
must keep the placeholders in ``str.format`` form, with names.

Qt-free on purpose: this module sits at the bottom of the layers, beside
:mod:`qcode.errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# The translation context of every core message (the app looks them up there).
CONTEXT = "messages"


class Message(str):
    """English text that remembers its ``template`` and ``values``."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Message:
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.values = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled into and out of worker processes: rebuilt from its parts
        # (str's own pickling would call Message(text) without the values).
        return (_rebuild, (self.template, dict(self.values)))

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message in another language: ``translate`` maps an English
        template to its translation (or returns it unchanged).  A translation
        that does not fit the values (a placeholder it invented) falls back to
        the English template, so a message is never lost to a bad translation."""
        values = {
            key: value.translated(translate) if isinstance(value, Message) else value
            for key, value in self.values.items()
        }
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)

    def as_json(self) -> dict[str, Any]:
        """Template and values, for storing (values that are not plain JSON
        are stored as their text)."""
        return {"template": self.template, "values": _json_values(self.values)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        """The message :meth:`as_json` stored (nested messages rebuilt)."""
        values = {
            key: cls.from_json(value) if isinstance(value, dict) else value
            for key, value in data.get("values", {}).items()
        }
        return cls(str(data["template"]), **values)


def _rebuild(template: str, values: dict[str, Any]) -> Message:
    return Message(template, **values)


def _json_values(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, Message):
            out[key] = value.as_json()
        elif isinstance(value, bool | int | float) or value is None:
            out[key] = value
        else:
            out[key] = str(value)
    return out


def translated(text: object, translate: Callable[[str], str]) -> str:
    """``text`` in the user's language when it is a :class:`Message`, else as it is."""
    if isinstance(text, Message):
        return text.translated(translate)
    return str(text)


def error_text(problem: BaseException, translate: Callable[[str], str]) -> str:
    """What to show for an error: its message, translated when it is one."""
    if problem.args and isinstance(problem.args[0], Message):
        return problem.args[0].translated(translate)
    return str(problem)
