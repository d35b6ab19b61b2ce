"""A small streaming XML writer, for files too big to build as a tree.

A REFI-QDA project file for 200,000 codings holds about a million elements;
as an ElementTree that is gigabytes of memory, so the exporter writes it
element by element through :class:`XmlWriter`, which hands UTF-8 bytes to a
sink (a zip entry) in chunks of about a megabyte.

Escaping is complete, because the text comes from researchers' files:

* ``& < >`` everywhere, ``"`` in attribute values;
* tab, line feed and carriage return in attribute values as character
  references, since a parser turns them into spaces otherwise;
* carriage return in element text as ``&#13;``, since a parser turns CR LF
  into LF otherwise (a memo keeps its line endings);
* characters XML 1.0 cannot carry at all, not even as references (most C0
  controls such as the vertical tab Word uses for a manual line break, lone
  surrogates, U+FFFE, U+FFFF), become U+FFFD; :attr:`XmlWriter.replaced`
  counts them.  This only touches the XML: a document's text travels in its
  own ``.txt`` entry, byte for byte, so positions into it never shift.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from qcode.messages import Message

DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
NOT_XML = "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
_NOT_XML = re.compile(NOT_XML)
# Anything that needs work: the fast path is one search that finds nothing.
_TEXT_SPECIAL = re.compile(f"[&<>\r]|{NOT_XML}")
_ATTRIBUTE_SPECIAL = re.compile(f'[&<>"\t\n\r]|{NOT_XML}')
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)
Attributes = Iterable[tuple[str, str | None]]


def xml_safe(text: str, replacement: str = "") -> str:
    """``text`` without the characters XML 1.0 cannot carry at all, not even
    escaped (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF)."""
    return _NOT_XML.sub(replacement, text)


class XmlWriter:
    """Writes indented XML to ``sink`` (which takes bytes), element by element.

    Call :meth:`finish` at the end: it writes what is still buffered.
    """

    def __init__(self, sink: Callable[[bytes], object], chunk_size: int = 1 << 20) -> None:
        self._sink = sink
        self._chunk_size = chunk_size
        self._parts: list[str] = [DECLARATION]
        self._buffered = len(DECLARATION)
        self._open: list[str] = []  # the tags of the open elements, outermost first
        self._has_children: list[bool] = []  # and whether each has child elements yet
        self.replaced = 0

    # -- escaping ------------------------------------------------------------------

    def text(self, value: str) -> str:
        """``value`` escaped for element content."""
        if _TEXT_SPECIAL.search(value) is None:
            return value
        return self._clean(value).translate(_TEXT_ESCAPES)

    def attribute(self, value: str) -> str:
        """``value`` escaped for a double-quoted attribute value."""
        if _ATTRIBUTE_SPECIAL.search(value) is None:
            return value
        return self._clean(value).translate(_ATTRIBUTE_ESCAPES)

    def _clean(self, value: str) -> str:
        cleaned, count = _NOT_XML.subn("\ufffd", value)
        self.replaced += count
        return cleaned

    # -- elements --------------------------------------------------------------------

    def start(self, tag: str, attributes: Attributes = ()) -> None:
        """Open ``tag``; close it with :meth:`end`."""
        self._write(f"{self._indent()}<{tag}{self._attributes(attributes)}>")
        self._open.append(tag)
        self._has_children.append(False)

    def end(self, tag: str) -> None:
        opened, had_children = self._open.pop(), self._has_children.pop()
        if opened != tag:
            raise ValueError(
                Message("closing <{tag}> while <{opened}> is open", tag=tag, opened=opened)
            )
        newline = "\n" + "  " * len(self._open) if had_children else ""
        self._write(f"{newline}</{tag}>")

    def empty(self, tag: str, attributes: Attributes = ()) -> None:
        self._write(f"{self._indent()}<{tag}{self._attributes(attributes)}/>")

    def leaf(self, tag: str, text: str, attributes: Attributes = ()) -> None:
        """An element holding only ``text``."""
        attributes_text = self._attributes(attributes)
        self._write(f"{self._indent()}<{tag}{attributes_text}>{self.text(text)}</{tag}>")

    def finish(self) -> None:
        if self._open:
            raise ValueError(Message("<{tag}> is still open", tag=self._open[-1]))
        self._write("\n")
        self._flush()

    # -- internals -------------------------------------------------------------------

    def _attributes(self, attributes: Attributes) -> str:
        given = [(name, value) for name, value in attributes if value is not None]
        # Most values (GUIDs, numbers, dates) need no escaping: one search over them all.
        if _ATTRIBUTE_SPECIAL.search("".join(value for _, value in given)) is None:
            return "".join(f' {name}="{value}"' for name, value in given)
        return "".join(f' {name}="{self.attribute(value)}"' for name, value in given)

    def _indent(self) -> str:
        if self._has_children:
            self._has_children[-1] = True
        return "\n" + "  " * len(self._open)

    def _write(self, text: str) -> None:
        self._parts.append(text)
        self._buffered += len(text)
        if self._buffered >= self._chunk_size:
            self._flush()

    def _flush(self) -> None:
        if self._parts:
            self._sink("".join(self._parts).encode("utf-8"))
            self._parts = []
            self._buffered = 0
