"""Everything the command line prints for people goes through here.

Names, memos and messages come from researchers, from codebooks others
shared and from merged projects, so they may hold characters a terminal
obeys instead of showing: ESC starts a control sequence that can rewrite the
screen or the window title, CR moves back over what was printed, bidi
overrides reorder a line so that it reads as something else.  Printed text
shows such characters escaped (``\\x1b``, ``\\r``, ``\\u202e``), always, not
only on a terminal: output saved to a file is read on a terminal later.

Not escaped: JSON output (``json.dumps`` escapes C0 controls already, and a
program reading it wants the values as stored) and ``qcode text``, which is
the document's stored text exactly.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

# C0 controls, DEL and C1 controls; the line and paragraph separators that
# end a line on some terminals; the bidi embeddings, overrides and isolates
# that reorder what follows them; and lone surrogates, which cannot be
# encoded at all (a file name of undecodable bytes arrives as one).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every character that a terminal would act on, rather
    than show, written as an escape; other text (any script, emoji) as is."""
    return _UNSAFE.sub(_escape, text)


def one_line(text: str, limit: int = 60) -> str:
    """``text`` as one line for a table cell: runs of white space (line
    breaks too) as one space, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def say(message: str) -> None:
    """A message for the user, on stderr (stdout is for data)."""
    print(printable(message), file=sys.stderr)


def print_line(text: str) -> None:
    """One line of human-readable output on stdout."""
    print(printable(text))


def print_json(value: Any) -> None:
    """JSON, and only JSON, on stdout."""
    try:
        print(json.dumps(value, ensure_ascii=False, indent=2))
    except UnicodeEncodeError:  # a lone surrogate: the same JSON, written as escapes
        print(json.dumps(value, ensure_ascii=True, indent=2))


def print_table(headers: list[str], rows: list[list[Any]]) -> None:
    """Aligned columns; each cell and heading on one line, escaped (headings
    can be names: the case matrix's codes)."""
    headers = [printable(h) for h in headers]
    cells = [[printable(str(value)) for value in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
