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

A message that counts something says which value is its count, so that each
language can say it with its own plural forms (Chinese one, French two, with
0 singular, Arabic six)::

    Message.counted("{count:,} coding{s}", count=n)

English fills ``{s}`` in ("1 coding", "2 codings"); a translation has one
form per plural of its language, and the app picks the form for the count.

Qt-free on purpose: this module sits at the bottom of the layers, beside
:mod:`qcode.errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# The translation context of every core message (the app looks them up there).
CONTEXT = "messages"


class CountedTemplate(str):
    """The template of a counted message as a translate function receives it:
    the English template, and ``number``, the count that chooses the plural
    form.  A function that knows plurals (the app's) asks for the form of
    ``number``; any other takes it as the template it is."""

    number: int

    def __new__(cls, template: str, number: int) -> CountedTemplate:
        self = super().__new__(cls, template)
        self.number = number
        return self


class Message(str):
    """English text that remembers its ``template`` and ``values`` (and, when
    it counts something, which value is the count: ``counter``)."""

    template: str
    values: Mapping[str, Any]
    counter: str | None

    def __new__(cls, template: str, /, **values: Any) -> Message:
        self = super().__new__(cls, template.format(**values))
        self.template = template
        self.values = values
        self.counter = None
        return self

    @classmethod
    def counted(cls, template: str, counter: str = "count", /, **values: Any) -> Message:
        """A message that counts something: ``values[counter]`` (a whole number)
        chooses the plural form of each translation.  In English ``{s}`` is
        filled in: "" for 1, else "s" ("1 coding", "0 codings", "2 codings")."""
        if "s" in values:
            raise TypeError("Message.counted fills in {s} itself")
        number = values.get(counter)
        if not isinstance(number, int) or isinstance(number, bool):
            raise TypeError(f"Message.counted needs a whole number as {counter!r}")
        return cls._made(template, {**values, "s": "" if number == 1 else "s"}, counter)

    @classmethod
    def _made(cls, template: str, values: Mapping[str, Any], counter: str | None) -> Message:
        message = cls(template, **values)
        if counter is not None:
            message.counter = counter
        return message

    def with_values(self, values: Mapping[str, Any]) -> Message:
        """The same message (its template, and its count when it counts) with
        ``values`` instead of its own: e.g. its numbers written another way."""
        return self._made(self.template, values, self.counter)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled into and out of worker processes: rebuilt from its parts
        # (str's own pickling would call Message(text) without the values).
        return (_rebuild, (self.template, dict(self.values), self.counter))

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message in another language: ``translate`` maps an English
        template to its translation (or returns it unchanged).  A translation
        that does not fit the values (a placeholder it invented) falls back to
        the English template, so a message is never lost to a bad translation."""
        values = {
            key: value.translated(translate) if isinstance(value, Message) else value
            for key, value in self.values.items()
        }
        asked = self.template
        number = None if self.counter is None else self.values.get(self.counter)
        if isinstance(number, int):
            # the plural form is chosen by the count itself, whatever its format
            asked = CountedTemplate(self.template, int(number))
        try:
            return translate(asked).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)

    def as_json(self) -> dict[str, Any]:
        """Template and values (and the count's name, when it counts), for
        storing (values that are not plain JSON are stored as their text)."""
        stored: dict[str, Any] = {"template": self.template, "values": _json_values(self.values)}
        if self.counter is not None:
            stored["counter"] = self.counter
        return stored

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        """The message :meth:`as_json` stored (nested messages rebuilt)."""
        values = {
            key: cls.from_json(value) if isinstance(value, dict) else value
            for key, value in data.get("values", {}).items()
        }
        counter = data.get("counter")
        if not (isinstance(counter, str) and type(values.get(counter)) is int):
            counter = None  # (stored before counts were marked, or not by qcode)
        return cls._made(str(data["template"]), values, counter)


def _rebuild(template: str, values: dict[str, Any], counter: str | None = None) -> Message:
    # (counter: None for a message pickled before messages said their count)
    return Message._made(template, values, counter)


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
