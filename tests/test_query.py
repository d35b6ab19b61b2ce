"""Queries over the coding: every operator and filter checked against a plain
per-character computation on small random projects (with 𠮷, 😀, Chinese and
text that had CRLF line endings), hand-checked cases, and every syntax error."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from qcode.analysis.filters import Filters
from qcode.analysis.queries.grammar import QuerySyntaxError, parse
from qcode.analysis.queries.run import run_query
from qcode.core.coding_edits import NewCoding
from qcode.core.project import Project
from qcode.io.base import ImportedDocument, normalise_newlines
from qcode.model import SpeakerTurn

CODES = ["Harms", "Harms/Shaming", "Harms/Travel", "Notice", "Appeal"]
WORDS = ["we", "were", "listed", "信用", "黑名单", "𠮷", "😀", "no", "notice", "court", "train"]
SPEAKERS = ["Interviewer", "Liu", "Wang"]


# -- an independent model of a document: sets of characters ----------------------------


class Model:
    """One document as the test sees it: its text, units, and codings by code."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], turns: list[SpeakerTurn]):
        self.text = text
        self.sentences = sentences
        self.paragraphs = _lines(text)
        self.turns = turns
        self.codings: dict[str, list[tuple[int, int, str]]] = {code: [] for code in CODES}

    def spans(self, path: str, subcodes: bool, coders: set[str] | None) -> list[tuple[int, int]]:
        codes = [c for c in CODES if c == path or (subcodes and c.startswith(path + "/"))]
        return [
            (start, end)
            for code in codes
            for start, end, coder in self.codings[code]
            if coders is None or coder in coders
        ]


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, trimmed: what a paragraph is."""
    found, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            found.append((start, start + len(stripped)))
        offset += len(line) + 1
    return found


def _chars(spans: list[tuple[int, int]]) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def _runs(chars: set[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for i in sorted(chars):
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _shares(a: tuple[int, int], b: tuple[int, int], units: list[tuple[int, int]]) -> bool:
    return any(_chars([a]) & _chars([unit]) and _chars([b]) & _chars([unit]) for unit in units)


# Expected values: (parts, characters) of an expression, built by Python functions.
Value = tuple[list[tuple[int, int]], set[int]]
Expected = Callable[[Model, set[str] | None], Value]


def term(path: str, subcodes: bool = False) -> tuple[str, Expected]:
    written = f'"{path}/**"' if subcodes else f'"{path}"'

    def value(model: Model, coders: set[str] | None) -> Value:
        parts = model.spans(path, subcodes, coders)
        return parts, _chars(parts)

    return written, value


def both(a: tuple[str, Expected], b: tuple[str, Expected], operator: str) -> tuple[str, Expected]:
    def value(model: Model, coders: set[str] | None) -> Value:
        left, right = a[1](model, coders)[1], b[1](model, coders)[1]
        chars = {"AND": left & right, "OR": left | right, "AND NOT": left - right}[operator]
        return _runs(chars), chars

    return f"({a[0]} {operator} {b[0]})", value


def near(a: tuple[str, Expected], b: tuple[str, Expected], unit: int | str) -> tuple[str, Expected]:
    def value(model: Model, coders: set[str] | None) -> Value:
        parts = a[1](model, coders)[0]
        others = _runs(b[1](model, coders)[1])
        if isinstance(unit, int):
            kept = [p for p in parts if any(_gap(p, o) <= unit for o in others)]
        else:
            units = {
                "sentence": model.sentences,
                "paragraph": model.paragraphs,
                "turn": [(t.start, t.end) for t in model.turns],
            }[unit]
            kept = [p for p in parts if any(_shares(p, o, units) for o in others)]
        return kept, _chars(kept)

    return f"({a[0]} NEAR/{unit} {b[0]})", value


def _random_expression(rng: random.Random, depth: int = 0) -> tuple[str, Expected]:
    if depth >= 2 or rng.random() < 0.3:
        path = rng.choice(CODES)
        return term(path, subcodes=path == "Harms" and rng.random() < 0.5)
    left = _random_expression(rng, depth + 1)
    right = _random_expression(rng, depth + 1)
    kind = rng.choice(["AND", "OR", "AND NOT", "NEAR"])
    if kind != "NEAR":
        return both(left, right, kind)
    unit = rng.choice([0, 3, 25, "sentence", "paragraph", "turn"])
    return near(left, right, unit)


# -- random projects ---------------------------------------------------------------------


def _random_document(rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """A transcript with CRLF line endings (normalised as an import would),
    and the spans of its sentences."""
    lines = []
    for _ in range(rng.randint(3, 7)):
        speaker = rng.choice(SPEAKERS)
        sentences = [
            " ".join(rng.choices(WORDS, k=rng.randint(2, 6))) + rng.choice([".", "?", "。"])
            for _ in range(rng.randint(1, 3))
        ]
        lines.append(f"{speaker}: " + " ".join(sentences))
    crlf = "\r\n".join(lines) + "\r\n"
    text = normalise_newlines(crlf).rstrip()
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        position = 0
        while position < len(line):
            ends = [line.find(mark, position) for mark in ".?。"]
            end = min(e for e in ends if e >= 0) + 1
            spans.append((offset + position, offset + end))
            position = end + 1 if end < len(line) and line[end] == " " else end
        offset += len(line) + 1
    return text, spans


@pytest.fixture(scope="module")
def random_study(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Project, dict]]:
    rng = random.Random(20261204)
    path = tmp_path_factory.mktemp("query") / "random.qcode"
    project = Project.create(path, coder="Amina")
    for code in CODES:
        project.create_code(
            code.split("/")[-1], project.code(code.rsplit("/", 1)[0]) if "/" in code else None
        )
    documents, models = [], {}
    for number in range(8):
        text, sentences = _random_document(rng)
        documents.append(ImportedDocument(f"Interview {number}", text, f"i{number}.txt", "text"))
        models[f"Interview {number}"] = (text, sentences)
    from qcode.io.speakers import detect_speaker_turns

    documents = [
        ImportedDocument(d.name, d.text, d.source_name, d.importer, detect_speaker_turns(d.text))
        for d in documents
    ]
    added = project.add_documents(documents)
    for index, document in enumerate(added):
        project.set_attributes(document, {"site": "north" if index % 2 else "south"})
    by_name = {}
    new: list[NewCoding] = []
    for document in added:
        text, sentences = models[document.name]
        model = Model(text, sentences, project.speaker_turns(document))
        for _ in range(rng.randint(0, 12)):
            start = rng.randrange(len(text) - 1)
            end = min(len(text), start + rng.randint(1, 40))
            code = rng.choice(CODES)
            coder = rng.choice(["Amina", "Chen"])
            key = (start, end, coder)
            if key in model.codings[code]:
                continue
            model.codings[code].append(key)
            new.append(NewCoding(document.id, code, start, end, coder_name=coder))
        by_name[document.name] = (document, model)
    project.add_codings(new)
    yield project, by_name
    project.close()


def _expected(
    by_name: dict,
    expected: Expected,
    *,
    coders: set[str] | None = None,
    names: set[str] | None = None,
    speakers: set[str] | None = None,
) -> list[tuple[str, int, int, str]]:
    found = []
    for name, (document, model) in by_name.items():
        if names is not None and name not in names:
            continue
        chars = expected(model, coders)[1]
        if speakers is not None:
            chars &= _chars([(t.start, t.end) for t in model.turns if t.speaker in speakers])
        found.extend((document.uuid, s, e, model.text[s:e]) for s, e in _runs(chars))
    return found


def _actual(project: Project, query: str, **options: object) -> list[tuple[str, int, int, str]]:
    hits = run_query(project, query, **options)  # type: ignore[arg-type]
    return [(h.document_uuid, h.start, h.end, h.text) for h in hits]


def test_the_sentence_units_of_the_model_are_the_ones_qcode_finds(random_study) -> None:
    from qcode.analysis.text_units import sentence_bounds

    _, by_name = random_study
    for _, model in by_name.values():
        starts, ends = sentence_bounds(model.text)
        assert list(zip(starts.tolist(), ends.tolist(), strict=True)) == model.sentences


@pytest.mark.parametrize("seed", range(60))
def test_random_queries_match_a_per_character_computation(random_study, seed: int) -> None:
    project, by_name = random_study
    rng = random.Random(seed)
    query, expected = _random_expression(rng)
    assert _actual(project, query) == _expected(by_name, expected), query


@pytest.mark.parametrize(
    "query",
    [
        '"Harms/**" AND "Notice"',
        '"Notice" OR "Appeal" AND NOT "Harms/Travel"',
        '"Harms/**" NEAR/25 "Appeal"',
        '"Harms" NEAR/sentence "Notice"',
        '"Notice" NEAR/paragraph ("Appeal" OR "Harms/Shaming")',
        '"Harms/**" NEAR/turn "Notice"',
        '"Harms/Shaming" NEAR/0 "Harms/Travel"',
    ],
)
def test_each_operator_with_every_filter(random_study, query: str) -> None:
    project, by_name = random_study
    node = parse(query)
    # The same query, built for the model from the tree the parser made.
    expected = _from_tree(node)
    assert _actual(project, query) == _expected(by_name, expected)
    chen = Filters.from_names(project, coders=["Chen"])
    assert _actual(project, query, filters=chen) == _expected(by_name, expected, coders={"Chen"})
    north = Filters.from_names(project, attributes=["site=north"])
    names = {n for n in by_name if int(n.split()[-1]) % 2}  # odd-numbered: "north"
    assert _actual(project, query, filters=north) == _expected(by_name, expected, names=names)
    some = Filters.from_names(project, documents=["Interview 1", "Interview 2"])
    assert _actual(project, query, filters=some) == _expected(
        by_name, expected, names={"Interview 1", "Interview 2"}
    )
    assert _actual(project, query, speakers=["Liu"]) == _expected(
        by_name, expected, speakers={"Liu"}
    )
    assert _actual(project, query, speakers=["Liu", "Wang"]) == _expected(
        by_name, expected, speakers={"Liu", "Wang"}
    )


def _from_tree(node) -> Expected:
    from qcode.analysis.queries.grammar import Operation, Term

    if isinstance(node, Term):
        return term(node.path, node.subcodes)[1]
    left = ("", _from_tree(node.left))
    right = ("", _from_tree(node.right))
    if isinstance(node, Operation):
        return both(left, right, node.operator.upper())[1]
    return near(left, right, node.unit)[1]


# -- hand-checked cases -------------------------------------------------------------------

TEXT = (
    "Liu: 我被列入黑名单 𠮷. No notice came.\nWang: I appealed 😀. It failed.\n"
    "Liu: Train tickets refused.\nWang: Yes."
)


@pytest.fixture
def hand(tmp_path: Path) -> Iterator[Project]:
    from qcode.io.speakers import detect_speaker_turns

    project = Project.create(tmp_path / "hand.qcode", coder="Amina")
    (document,) = project.add_documents(
        [ImportedDocument("Liu", TEXT, "liu.txt", "text", detect_speaker_turns(TEXT))]
    )

    def span(words: str) -> tuple[int, int]:
        start = TEXT.index(words)
        return start, start + len(words)

    for code, words in [
        ("Listed", "我被列入黑名单 𠮷"),
        ("Notice", "No notice came"),
        ("Appeal", "I appealed 😀"),
        ("Harms/Travel", "Train tickets refused"),
        ("Harms", "列入黑名单 𠮷. No"),
    ]:
        project.apply_code(document, code, *span(words), create=True)
    yield project
    project.close()


def _texts(project: Project, query: str, **options: object) -> list[str]:
    return [hit.text for hit in run_query(project, query, **options)]  # type: ignore[arg-type]


def test_hand_checked_answers(hand: Project) -> None:
    assert _texts(hand, '"Listed" AND "Harms"') == ["列入黑名单 𠮷"]
    assert _texts(hand, '"Listed" AND NOT "Harms"') == ["我被"]
    assert _texts(hand, '"Listed" OR "Harms"') == ["我被列入黑名单 𠮷. No"]
    assert _texts(hand, '"Harms/**" AND NOT "Listed"') == [". No", "Train tickets refused"]
    # "Listed" ends at 𠮷 (code point 14), "No notice came" starts at 16: 2 apart.
    assert _texts(hand, '"Listed" NEAR/2 "Notice"') == ["我被列入黑名单 𠮷"]
    assert _texts(hand, '"Listed" NEAR/1 "Notice"') == []
    assert _texts(hand, '"Listed" NEAR/sentence "Notice"') == []
    assert _texts(hand, '"Listed" NEAR/paragraph "Notice"') == ["我被列入黑名单 𠮷"]
    assert _texts(hand, '"Listed" NEAR/turn "Appeal"') == []
    assert _texts(hand, '"Appeal" NEAR/turn "Appeal"') == ["I appealed 😀"]
    with pytest.raises(QuerySyntaxError, match="no code 'harms/travel'"):
        _texts(hand, '"harms/travel"')  # paths are exact, as everywhere in qcode
    assert _texts(hand, '"Harms/**"', speakers=["Liu"]) == [
        "列入黑名单 𠮷. No",
        "Train tickets refused",
    ]
    assert _texts(hand, '"Harms/**"', speakers=["Wang"]) == []


def test_keywords_ignore_case_and_spacing(hand: Project) -> None:
    assert _texts(hand, '"Listed"and   not"Harms"') == ["我被"]
    assert _texts(hand, '("Listed" near/paragraph "Notice") or "Appeal"') == [
        "我被列入黑名单 𠮷",
        "I appealed 😀",
    ]


def test_near_binds_tighter_than_and_and_and_tighter_than_or(hand: Project) -> None:
    # "Appeal" OR ("Listed" AND "Harms"), not ("Appeal" OR "Listed") AND "Harms"
    assert _texts(hand, '"Appeal" OR "Listed" AND "Harms"') == ["列入黑名单 𠮷", "I appealed 😀"]
    assert _texts(hand, '("Appeal" OR "Listed") AND "Harms"') == ["列入黑名单 𠮷"]


def test_a_long_chain_of_operators_is_no_problem(hand: Project) -> None:
    query = " OR ".join(['"Appeal"'] * 800)  # 9,600 characters, 800 terms deep
    assert _texts(hand, query) == ["I appealed 😀"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            '"Listed" AND',
            "query: column 13: expected a code in double quotes or '(', found the end of the query",
        ),
        (
            '"Listed" "Notice"',
            "query: column 10: expected an operator (AND, OR, AND NOT, NEAR/…), found '\"Notice\"'",
        ),
        (
            "Listed",
            "query: column 1: unexpected 'Listed': expected AND, OR, AND NOT or NEAR/… "
            "(put code paths in double quotes)",
        ),
        ('"Listed', "query: column 1: a code's path is missing its closing double quote"),
        (
            '("Listed" OR "Notice"',
            "query: column 22: expected ')' to close the '(' at column 1, "
            "found the end of the query",
        ),
        ('"Listed")', "query: column 9: ')' without a matching '('"),
        ('"Listed" NOT "Notice"', "query: column 10: NOT must follow AND (write 'AND NOT')"),
        (
            '"Listed" NEAR/x "Notice"',
            "query: column 10: NEAR/x is not a distance: use NEAR/N (N characters, "
            "0 to 10,000,000), NEAR/sentence, NEAR/paragraph or NEAR/turn",
        ),
        ('"Listed" NEAR/-3 "Notice"', "query: column 10: NEAR/-3 is not a distance"),
        ('""', "query: column 1: an empty code path"),
        ('"Harms/**/Travel"', "query: column 1: '**' may only end a path"),
        ('"Listed" & "Notice"', "query: column 10: unexpected '&'"),
        ('"Listed" AND "Nothing"', "query: column 14: no code 'Nothing'"),
        ('("Listed" OR "Harms/Nope/**")', "query: column 14: no code 'Harms/Nope'"),
        (
            "",
            "query: column 1: expected a code in double quotes or '(', found the end of the query",
        ),
        ("(" * 101 + '"Listed"' + ")" * 101, "query: column 101: more than 100 nested parentheses"),
    ],
)
def test_syntax_errors_name_the_column(hand: Project, query: str, message: str) -> None:
    with pytest.raises(QuerySyntaxError) as raised:
        run_query(hand, query)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)
