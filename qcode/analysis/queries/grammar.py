"""The query language: text → a tree of terms and operators.

Grammar (keywords in any case; white space between tokens is free)::

    query    := either
    either   := both ( OR both )*
    both     := near ( AND near | AND NOT near )*
    near     := primary ( NEAR/N primary | NEAR/sentence primary
                        | NEAR/paragraph primary | NEAR/turn primary )*
    primary  := TERM | "(" either ")"
    TERM     := a code path in double quotes: "Harms/Public shaming";
                "Harms/**" is Harms and every code under it.  Inside the
                quotes, \\" is a quote and \\\\ a backslash; a slash inside a
                code's name is written \\/ as everywhere in qcode.

So ``NEAR`` binds tightest, then ``AND``/``AND NOT``, then ``OR``; operators
of one level group from the left.  A syntax error is a one-line
:class:`QuerySyntaxError` naming the column (counted from 1, in code points)
where the query stops making sense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qcode.errors import QcodeError
from qcode.messages import Message

#: The unit a ``NEAR/…`` shares, or a number of characters.
NEAR_UNITS = ("sentence", "paragraph", "turn")
MAX_NEAR_DISTANCE = 10_000_000
MAX_QUERY_LENGTH = 10_000
MAX_NESTING = 100


class QuerySyntaxError(QcodeError):
    """A query that cannot be read; the message names the column."""

    def __init__(self, column: int, problem: str) -> None:
        self.column = column
        self.problem = problem
        super().__init__(
            Message("query: column {column}: {problem}", column=column, problem=problem)
        )


@dataclass(frozen=True)
class Term:
    """A code (``subcodes``: and every code under it), by path as written."""

    path: str
    subcodes: bool
    column: int


@dataclass(frozen=True)
class Operation:
    """``left AND right``, ``left OR right`` or ``left AND NOT right``."""

    operator: str  # "and" | "or" | "and not"
    left: Node
    right: Node


@dataclass(frozen=True)
class Near:
    """``left NEAR/… right``: ``unit`` is a number of characters or one of
    :data:`NEAR_UNITS`."""

    unit: int | str
    left: Node
    right: Node


Node = Term | Operation | Near

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<open>\()
  | (?P<close>\))
  | (?P<term>"(?:[^"\\]|\\.)*")
  | (?P<unclosed>"(?:[^"\\]|\\.)*\\?\Z)
  | (?P<near>NEAR/(?P<unit>[^\s()"]*))
  | (?P<word>[A-Za-z]+)
  | (?P<other>.)
    """,
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class _Token:
    kind: str  # "open" | "close" | "term" | "near" | "and" | "or" | "not" | "end"
    text: str
    column: int
    unit: int | str | None = None


def parse(query: str) -> Node:
    """The tree of ``query``; raises :class:`QuerySyntaxError`."""
    if len(query) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(
            1,
            Message("the query is longer than {most:,} characters", most=MAX_QUERY_LENGTH),
        )
    parser = _Parser(_tokens(query))
    node = parser.either(0)
    parser.expect_end()
    return node


def _tokens(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup
        text = match.group()
        column = match.start() + 1
        if kind == "space":
            continue
        if kind == "unclosed":
            raise QuerySyntaxError(
                column, Message("a code's path is missing its closing double quote")
            )
        if kind == "other":
            if text.isalnum() or text == "'":
                problem = Message(
                    "unexpected '{text}' (put code paths in double quotes)", text=text
                )
            else:
                problem = Message("unexpected '{text}'", text=text)
            raise QuerySyntaxError(column, problem)
        if kind == "word":
            word = text.lower()
            if word not in ("and", "or", "not"):
                raise QuerySyntaxError(
                    column,
                    Message(
                        "unexpected '{text}': expected AND, OR, AND NOT or NEAR/… "
                        "(put code paths in double quotes)",
                        text=text,
                    ),
                )
            tokens.append(_Token(word, text, column))
        elif kind == "near":
            tokens.append(_Token("near", text, column, _near_unit(match.group("unit"), column)))
        else:
            assert kind is not None
            tokens.append(_Token(kind, text, column))
    tokens.append(_Token("end", "", len(query) + 1))
    return tokens


def _near_unit(unit: str, column: int) -> int | str:
    lowered = unit.lower()
    if lowered in NEAR_UNITS:
        return lowered
    if unit.isascii() and unit.isdigit() and len(unit) <= 9:
        distance = int(unit)
        if distance <= MAX_NEAR_DISTANCE:
            return distance
    shown = unit[:20] + ("…" if len(unit) > 20 else "")
    raise QuerySyntaxError(
        column,
        Message(
            "NEAR/{unit} is not a distance: use NEAR/N (N characters, 0 to "
            "{most:,}), NEAR/sentence, NEAR/paragraph or NEAR/turn",
            unit=shown,
            most=MAX_NEAR_DISTANCE,
        ),
    )


def _unquote(token: _Token) -> Term:
    inner = token.text[1:-1]
    path: list[str] = []
    chars = iter(inner)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            # \" and \\ are the quote's own escapes; \/ stays for split_path.
            path.append(following if following in ('"',) else "\\" + following)
        else:
            path.append(char)
    text = "".join(path).strip()
    subcodes = text.endswith("/**")
    if subcodes:
        text = text[:-3].rstrip()
    if not text:
        raise QuerySyntaxError(token.column, Message("an empty code path"))
    if "**" in text.replace("\\*", ""):
        raise QuerySyntaxError(
            token.column, Message("'**' may only end a path, as in \"Harms/**\"")
        )
    return Term(text, subcodes, token.column)


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.index = 0

    def peek(self, offset: int = 0) -> _Token:
        return self.tokens[min(self.index + offset, len(self.tokens) - 1)]

    def take(self) -> _Token:
        token = self.peek()
        self.index += 1
        return token

    def either(self, depth: int) -> Node:
        node = self.both(depth)
        while self.peek().kind == "or":
            self.take()
            node = Operation("or", node, self.both(depth))
        return node

    def both(self, depth: int) -> Node:
        node = self.near(depth)
        while self.peek().kind == "and":
            self.take()
            operator = "and"
            if self.peek().kind == "not":
                self.take()
                operator = "and not"
            node = Operation(operator, node, self.near(depth))
        if self.peek().kind == "not":
            raise QuerySyntaxError(
                self.peek().column, Message("NOT must follow AND (write 'AND NOT')")
            )
        return node

    def near(self, depth: int) -> Node:
        node = self.primary(depth)
        while self.peek().kind == "near":
            unit = self.take().unit
            assert unit is not None
            node = Near(unit, node, self.primary(depth))
        return node

    def primary(self, depth: int) -> Node:
        token = self.take()
        if token.kind == "term":
            return _unquote(token)
        if token.kind == "open":
            if depth >= MAX_NESTING:
                raise QuerySyntaxError(
                    token.column, Message("more than {most} nested parentheses", most=MAX_NESTING)
                )
            node = self.either(depth + 1)
            closing = self.take()
            if closing.kind != "close":
                raise QuerySyntaxError(
                    closing.column,
                    Message(
                        "expected ')' to close the '(' at column {column}, found {found}",
                        column=token.column,
                        found=_described(closing),
                    ),
                )
            return node
        raise QuerySyntaxError(
            token.column,
            Message(
                "expected a code in double quotes or '(', found {found}", found=_described(token)
            ),
        )

    def expect_end(self) -> None:
        token = self.peek()
        if token.kind != "end":
            if token.kind == "close":
                raise QuerySyntaxError(token.column, Message("')' without a matching '('"))
            raise QuerySyntaxError(
                token.column,
                Message(
                    "expected an operator (AND, OR, AND NOT, NEAR/…), found {found}",
                    found=_described(token),
                ),
            )


def _described(token: _Token) -> str:
    if token.kind == "end":
        return Message("the end of the query")
    text = token.text if len(token.text) <= 30 else token.text[:29] + "…"
    return f"'{text}'"
