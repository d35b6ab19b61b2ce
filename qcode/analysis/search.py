"""Find text in every document of a project, and code what was found.

Why a scan and not SQLite's FTS5: FTS5 finds tokens, and its tokenizers cut
text in ways that lose what researchers look for.  ``unicode61`` makes a whole
run of Chinese characters one token, so 诚信 inside 社会诚信体系 is never
found; ``trigram`` finds substrings but needs three characters, so it misses
every two-character Chinese word (诚信, 失信) and any two-letter query.  An
index would also have to be kept in step with every import, edit and undo.
Scanning the stored text is exact for every script, gives code-point offsets
directly (Python ``str`` indices, as every position in qcode), and is fast
enough.  Measured on 1000 documents of 50,000 characters each (50 million
characters of mixed English, Chinese and emoji; 2 cores, Python 3.11,
SQLite 3.40), best of three:

* a Chinese or case-sensitive query: 0.08–0.12 s;
* a case-insensitive English query: 0.15–0.5 s (letters i, k and s cost a
  little more: SQLite must also look for İ, ı, ſ and the Kelvin sign, which Python
  matches to them);
* a regular expression, or a case-insensitive query with letters beyond
  ASCII (é): 0.45–0.6 s, as every text is read into Python;
* a word with 160,000 hits: 1.1–2 s, nearly all of it spent building the
  hits; the app stops at 10,000 hits, which takes 0.07–0.17 s.

SQLite's ``instr`` first discards the documents that cannot match, so their
text never reaches Python.

Matching rules:

* case-insensitive matching is Python's ``re.IGNORECASE`` (simple case
  folding: É matches é, but ß does not match "ss");
* "whole words" means the match is not glued to a letter or digit on either
  side.  Scripts written without spaces between words (Chinese, Japanese,
  Thai, …) never count as glue, so 诚信 is a whole word inside 社会诚信体系
  and "Amina" is one in "Amina说";
* in regular-expression mode ``^`` and ``$`` match at line ends, and empty
  matches are ignored;
* "ignore Arabic diacritics" (issue 18) searches the text and the query with
  harakat, other Arabic marks and tatweel taken away and alef variants made
  one (:class:`qcode.io.scripts.FoldedText`), so ادرجت finds أُدرِجتُ; a hit
  still covers exactly the stored characters, with the marks on its last
  letter.  Every text is then read (SQLite cannot fold it first).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qcode.core.coding_edits import AddedCodings, NewCoding
from qcode.core.project import Project
from qcode.errors import QcodeError
from qcode.io.scripts import FoldedText, fold_arabic
from qcode.messages import Message
from qcode.model import Code, CodingOrigin

# Non-ASCII characters that Python's IGNORECASE matches to an ASCII letter
# (found by trying every code point).  SQLite's lower() leaves them alone, so a
# text holding one of them is a candidate for a query with that letter.
_ASCII_LOOKALIKES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}  # İı, Kelvin K, ſ

# Letters of scripts written without spaces between words: never word glue.
_UNSPACED = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u2e80-\u2fdf"  # CJK and Kangxi radicals
    "\u3005-\u3007\u3021-\u3029\u3038-\u303c"  # ideographic marks and numerals
    "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # Hiragana, Katakana
    "\u3100-\u312f\u31a0-\u31bf"  # Bopomofo
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
    "\U00020000-\U0003ffff"  # CJK ideographs beyond the BMP (𠮷)
)
_GLUE = f"[^\\W{_UNSPACED}]"
# Start: the match begins with something other than glue, or nothing glue is
# before it.  End: likewise.  This is \b, made to work for any pattern's edges.
_WORD_START = f"(?:(?!{_GLUE})|(?<!{_GLUE}))"
_WORD_END = f"(?:(?<!{_GLUE})|(?!{_GLUE}))"
_LEADING_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")
_GLUE_CHAR = re.compile(_GLUE)
_GLUE_RUN = re.compile(f"{_GLUE}+")
_GLUE_RUN_AT_END = re.compile(f"{_GLUE}+\\Z")
_GLUE_CACHE: dict[str, bool] = {}


@dataclass(frozen=True)
class SearchHit:
    """One match: ``text[start:end]`` of a document, with its context.

    ``match`` is exactly that text; ``before`` and ``after`` are the
    surrounding words on the same line, whitespace collapsed, for display.
    """

    document_id: int
    document: str
    start: int
    end: int
    before: str
    match: str
    after: str


def search(
    project: Project,
    query: str,
    *,
    case_sensitive: bool = False,
    whole_words: bool = False,
    regex: bool = False,
    ignore_diacritics: bool = False,
    documents: Sequence[int] | None = None,
    context: int = 40,
    limit: int | None = None,
) -> list[SearchHit]:
    """Every match of ``query`` in the project's documents (or only in
    ``documents``, given by id), in document display order, then by position.

    ``ignore_diacritics`` matches Arabic script without regard to harakat,
    tatweel and alef variants (see the module).  ``context`` is how many
    characters of context to give on each side; ``limit`` stops after that
    many hits.  An empty query or an invalid regular expression raises
    :class:`QcodeError`.
    """
    pattern = compile_query(
        query,
        case_sensitive=case_sensitive,
        whole_words=whole_words,
        regex=regex,
        ignore_diacritics=ignore_diacritics,
    )
    candidates = (
        None
        if ignore_diacritics
        else _candidates(project, query, case_sensitive=case_sensitive, regex=regex)
    )
    hits: list[SearchHit] = []
    for document_id, name in project.reader.document_names(documents):
        if candidates is not None and document_id not in candidates:
            continue
        text = project.text(document_id)
        folded = FoldedText(text) if ignore_diacritics else None
        for found in pattern.finditer(text if folded is None else folded.text):
            start, end = found.span()
            if start == end:
                continue
            if folded is not None:
                start, end = folded.start_in_original(start), folded.end_in_original(end)
            before, after = keyword_in_context(text, start, end, context)
            hits.append(SearchHit(document_id, name, start, end, before, text[start:end], after))
            if limit is not None and len(hits) >= limit:
                return hits
    return hits


def compile_query(
    query: str,
    *,
    case_sensitive: bool = False,
    whole_words: bool = False,
    regex: bool = False,
    ignore_diacritics: bool = False,
) -> re.Pattern[str]:
    """The compiled pattern :func:`search` looks for (in the folded text, with
    ``ignore_diacritics``)."""
    if ignore_diacritics:
        query = fold_arabic(query)
    if not query.strip():
        raise QcodeError(Message("type something to search for"))
    flags = re.MULTILINE
    if not case_sensitive:
        flags |= re.IGNORECASE
    if not regex:
        return re.compile(_literal(query, whole_words), flags)
    _check_regex(query, flags)
    # Global flags such as (?i) must stay at the very start of the pattern.
    prefix = _LEADING_FLAGS.match(query)
    head = prefix.group() if prefix else ""
    core = query[len(head) :]
    if whole_words:
        core = f"{_WORD_START}(?:{core}){_WORD_END}"
    try:
        return re.compile(head + core, flags)
    except re.error as error:  # e.g. a global flag in the middle of the pattern
        raise QcodeError(
            Message("not a valid regular expression: {problem}", problem=error.msg)
        ) from None


def _literal(query: str, whole_words: bool) -> str:
    if not whole_words:
        return re.escape(query)
    # The edges of a literal are known, so only a letter or digit at an edge
    # needs a guard.  The guard at the start goes after the first character:
    # a pattern that begins with a literal lets re jump from one to the next.
    first = re.escape(query[0])
    pattern = first + (f"(?<!{_GLUE}{first})" if _is_glue(query[0]) else "")
    pattern += re.escape(query[1:])
    return pattern + (f"(?!{_GLUE})" if _is_glue(query[-1]) else "")


def _check_regex(query: str, flags: int) -> None:
    try:
        re.compile(query, flags)
    except re.error as error:
        if error.pos is None:
            problem = Message("not a valid regular expression: {problem}", problem=error.msg)
        else:
            problem = Message(
                "not a valid regular expression: {problem} at position {position}",
                problem=error.msg,
                position=error.pos + 1,
            )
        raise QcodeError(problem) from None


def _candidates(
    project: Project, query: str, *, case_sensitive: bool, regex: bool
) -> set[int] | None:
    """Documents that may match (from SQLite), or ``None``: read them all."""
    if regex:
        return None
    # A character with no case (Chinese, digits, most punctuation) matches
    # only itself even under IGNORECASE: for such characters Python's case
    # tables map nothing else onto them (checked for every code point).
    caseless = [char.lower() == char == char.upper() for char in query]
    if case_sensitive or all(caseless):
        return project.reader.documents_containing(query)
    if all(char.isascii() or no_case for char, no_case in zip(query, caseless, strict=True)):
        lookalikes = {c for letter in query.lower() for c in _ASCII_LOOKALIKES.get(letter, "")}
        return project.reader.documents_containing(
            query, fold_ascii=True, or_containing=sorted(lookalikes)
        )
    return None  # SQLite's lower() cannot fold É to é


def keyword_in_context(text: str, start: int, end: int, width: int = 40) -> tuple[str, str]:
    """Up to ``width`` characters before ``start`` and after ``end``, on the
    same line, whitespace collapsed; a word cut in two at the far edge is left
    out (a cut through Chinese is not: every character there stands alone)."""
    low = max(0, start - width)
    newline = text.rfind("\n", low, start)
    if newline >= 0:
        before = text[newline + 1 : start]
    else:
        before = text[low:start]
        if low > 0 and _is_glue(text[low - 1]) and _is_glue(text[low]):
            before = before[_GLUE_RUN.match(before).end() :]  # type: ignore[union-attr]
    high = min(len(text), end + width)
    newline = text.find("\n", end, high)
    if newline >= 0:
        after = text[end:newline]
    else:
        after = text[end:high]
        if high < len(text) and _is_glue(text[high - 1]) and _is_glue(text[high]):
            after = after[: _GLUE_RUN_AT_END.search(after).start()]  # type: ignore[union-attr]
    # str.split is many times faster than a regex here, and this runs per hit.
    collapsed_before = " ".join(before.split())
    if collapsed_before and before[-1].isspace():
        collapsed_before += " "
    collapsed_after = " ".join(after.split())
    if collapsed_after and after[0].isspace():
        collapsed_after = " " + collapsed_after
    return collapsed_before, collapsed_after


def _is_glue(char: str) -> bool:
    glue = _GLUE_CACHE.get(char)
    if glue is None:
        glue = _GLUE_CACHE[char] = _GLUE_CHAR.fullmatch(char) is not None
    return glue


def code_hits(
    project: Project, hits: Sequence[SearchHit], code: Code | str, create: bool = False
) -> AddedCodings:
    """Code every hit with ``code`` (a code or a path) in one undoable step.

    Hits this coder had already coded with this code are skipped (counted in
    ``skipped_duplicates``).  If a document's text changed since the search,
    nothing is coded and :class:`QcodeError` says so.
    """
    if not hits:
        raise QcodeError(Message("there are no search results to code"))
    target = code.id if isinstance(code, Code) else code
    return project.add_codings(
        [
            NewCoding(
                hit.document_id,
                target,
                hit.start,
                hit.end,
                expected_text=hit.match,
                label=f"{hit.document} {hit.start}–{hit.end}",
                origin=CodingOrigin("search"),
            )
            for hit in hits
        ],
        create=create,
    )
