"""Right-to-left testimony in the document view (issue 18): Arabic and Hebrew
paragraphs sit at the right, and what a researcher selects with the mouse or
the keyboard is coded exactly, and shown exactly again after reopening."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.coding.bidi import align_item
from qcode.gui.coding.document_view import DocumentView
from qcode.gui.session import Session
from qcode.model import Document
from qcode.settings import Settings

pytestmark = pytest.mark.gui

ARABIC = (
    "الباحِثة: متى عرفتَ أنّك على القائمة؟\n"
    "الشاهد: في المحطة رفضوا بيعي تذكرة القطار.\n"
    "الباحِثة: هل أخبرك أحد بالسبب؟\n"
    "الشاهد: قالوا إنّ اسمي مُدرَج في القائمة السوداء منذ سنتين.\n"
    "Interviewer's note: the witness spoke Arabic throughout.\n"
)
HEBREW = (
    "המראיינת: מתי גילית שאתה ברשימה?\n"
    "העד: בתחנה לא מכרו לי כרטיס לרכבת.\n"
    "המראיינת: מישהו הסביר לך למה?\n"
    "העד: אמרו שהשם שלי ברשימה כבר שנתיים.\n"
)
MIXED = (
    "الشاهد: قال الموظف إنّ «Social Credit» أو 信用𠮷 هو السبب، ولم يشرح أكثر.\nالشاهد: لم أفهم.\n"
)


def utf16(text: str, index: int) -> int:
    """Independent of the app: UTF-16 units before code point ``index``."""
    return len(text[:index].encode("utf-16-le")) // 2


def open_view(qtbot: QtBot, project: Project, document: Document, config: Path) -> DocumentView:
    session = Session(project, Settings(config))
    view = DocumentView(session)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    session.open_document(document)
    return view


@pytest.fixture
def study(tmp_path: Path) -> tuple[Project, dict[str, Document]]:
    project = Project.create(tmp_path / "study.qcode", coder="Amina")
    documents = {}
    for name, text in (("arabic", ARABIC), ("hebrew", HEBREW), ("mixed", MIXED)):
        source = tmp_path / f"{name}.txt"
        source.write_text(text, encoding="utf-8")
        (documents[name],) = project.import_files([source])
    project.add_code("Listed")
    return project, documents


def caret(view: DocumentView, text: str, index: int) -> QPoint:
    """Where the caret for code point ``index`` is drawn, in viewport pixels."""
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(utf16(text, index))
    return view.text.cursorRect(cursor).center()


def drag(qtbot: QtBot, view: DocumentView, start: QPoint, end: QPoint) -> None:
    """Press at ``start``, move to ``end`` with the button held, release."""
    viewport = view.text.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def code_selection(view: DocumentView, project: Project) -> tuple[int, int]:
    coding = view.session.apply_code(project.code("Listed"))
    assert coding is not None
    return coding.start, coding.end


def highlighted(view: DocumentView) -> list[tuple[int, int]]:
    """The spans Qt really paints highlighted, from each paragraph's layout."""
    spans = []
    block = view.text.document().begin()
    while block.isValid():
        for piece in block.layout().formats():
            if piece.format.background().style() != Qt.BrushStyle.NoBrush:
                start = block.position() + piece.start
                if spans and spans[-1][1] == start:  # one coding across paragraphs
                    spans[-1] = (spans[-1][0], start + piece.length)
                else:
                    spans.append((start, start + piece.length))
        block = block.next()
    return spans


def test_each_paragraph_sits_at_its_own_side(qtbot: QtBot, study, tmp_path: Path) -> None:
    project, documents = study
    view = open_view(qtbot, project, documents["arabic"], tmp_path / "config")
    width = view.text.viewport().width()
    arabic_start = caret(view, ARABIC, 0)
    arabic_end = caret(view, ARABIC, ARABIC.index("\n"))
    note = ARABIC.index("Interviewer's")
    # The Arabic paragraph begins at the right edge and runs leftwards;
    # the English note still begins at the left edge.
    assert arabic_start.x() > width - 20
    assert arabic_end.x() < arabic_start.x() - 100
    assert caret(view, ARABIC, note).x() < 20
    assert caret(view, ARABIC, ARABIC.index("\n", note)).x() > caret(view, ARABIC, note).x()
    # The Arabic speaker labels were found (kasra and all) and are drawn bold.
    assert [label for label in documents["arabic"].speakers] == ["الباحِثة", "الشاهد"]
    assert view.highlighter._labels[0] == (0, len("الباحِثة:"))


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("arabic", ARABIC, "رفضوا بيعي تذكرة"),
        ("arabic", ARABIC, "مُدرَج في القائمة السوداء"),
        ("hebrew", HEBREW, "לא מכרו לי כרטיס"),
    ],
)
def test_a_mouse_selection_codes_exactly_the_words_and_reopens_exactly(
    qtbot: QtBot, study, tmp_path: Path, name: str, text: str, words: str
) -> None:
    project, documents = study
    view = open_view(qtbot, project, documents[name], tmp_path / "config")
    start = text.index(words)
    end = start + len(words)
    drag(qtbot, view, caret(view, text, start), caret(view, text, end))
    # The drag ran right to left on the screen: the words' start is at the right.
    assert caret(view, text, start).x() > caret(view, text, end).x()
    assert code_selection(view, project) == (start, end)
    (coding,) = project.codings()
    assert project.text(coding.document_id)[coding.start : coding.end] == words
    qt_span = (utf16(text, start), utf16(text, end))
    assert highlighted(view) == [qt_span]

    path = project.path
    project.close()
    reopened = Project.open(path, coder="Amina")
    again = open_view(qtbot, reopened, reopened.document(coding.document_id), tmp_path / "c2")
    assert highlighted(again) == [qt_span]
    (stripe,) = again.text.margin.stripes()
    assert (stripe.qt_start, stripe.qt_end) == qt_span
    assert "Listed — Amina" in again.tooltip_at(qt_span[0])
    assert "Listed — Amina" in again.tooltip_at(qt_span[1] - 1)
    assert again.tooltip_at(qt_span[0] - 1) == ""
    assert again.tooltip_at(qt_span[1]) == ""
    reopened.close()


def test_shift_arrows_select_logical_characters_in_an_arabic_paragraph(
    qtbot: QtBot, study, tmp_path: Path
) -> None:
    project, documents = study
    view = open_view(qtbot, project, documents["arabic"], tmp_path / "config")
    words = "تذكرة القطار"
    start = ARABIC.index(words)
    cursor = view.text.textCursor()
    cursor.setPosition(utf16(ARABIC, start))
    view.text.setTextCursor(cursor)
    view.text.setFocus()
    # In a right-to-left paragraph Shift+Left reads on, as Qt moves.
    for _ in words:
        qtbot.keyClick(view.text, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (documents["arabic"], start, start + len(words))
    assert code_selection(view, project) == (start, start + len(words))


def test_a_mixed_paragraph_codes_logical_spans_across_scripts(
    qtbot: QtBot, study, tmp_path: Path
) -> None:
    project, documents = study
    view = open_view(qtbot, project, documents["mixed"], tmp_path / "config")
    # The paragraph is Arabic (its first letter is), so it sits at the right.
    assert caret(view, MIXED, 0).x() > view.text.viewport().width() - 20
    # A drag from inside the English run to inside the Chinese run selects
    # the characters between them in reading order, though on screen they
    # are not side by side.
    start = MIXED.index("Credit")
    end = MIXED.index("用")
    drag(qtbot, view, caret(view, MIXED, start), caret(view, MIXED, end))
    assert code_selection(view, project) == (start, end)
    assert project.text(documents["mixed"])[start:end] == "Credit» أو 信"
    # Shift+Left over 信用𠮷: Qt's arrows move in reading order, and a
    # right-to-left paragraph reads on to the left, even through a
    # left-to-right run.  Three characters, four UTF-16 units, three code points.
    first = MIXED.index("信")
    cursor = view.text.textCursor()
    cursor.setPosition(utf16(MIXED, first))
    view.text.setTextCursor(cursor)
    view.text.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.text, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (documents["mixed"], first, first + 3)
    assert code_selection(view, project) == (first, first + 3)
    texts = sorted(project.text(documents["mixed"])[c.start : c.end] for c in project.codings())
    assert texts == sorted(["Credit» أو 信", "信用𠮷"])
    # One code over both: one highlight from the first start to the last end,
    # and a stripe for each coding with its own exact span.
    assert highlighted(view) == [(utf16(MIXED, start), utf16(MIXED, first + 3))]
    stripes = sorted((s.qt_start, s.qt_end) for s in view.text.margin.stripes())
    assert stripes == [
        (utf16(MIXED, start), utf16(MIXED, end)),
        (utf16(MIXED, first), utf16(MIXED, first + 3)),
    ]


def test_list_cells_take_the_direction_of_their_text(qtbot: QtBot) -> None:
    option = QStyleOptionViewItem()
    option.direction = Qt.LayoutDirection.LeftToRight
    align_item(option, "قالوا «Social Credit»")
    assert option.direction == Qt.LayoutDirection.RightToLeft
    option.direction = Qt.LayoutDirection.LeftToRight
    align_item(option, "They said قالوا")
    assert option.direction == Qt.LayoutDirection.LeftToRight
