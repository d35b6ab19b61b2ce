"""The code tree: what it shows after the project changes, and what driving it changes."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from qcode.core.project import Project
from qcode.gui.codebook.code_dialogs import DescriptionDialog
from qcode.gui.codebook.panel import SPAN_MIME, CodebookPanel
from qcode.gui.codebook.tree import CODE_ID_ROLE, CODE_MIME, COUNT, KEY, NAME
from qcode.gui.session import Session
from qcode.io.base import ImportedDocument
from qcode.model import Code, Document
from qcode.settings import Settings

TEXT = "Ab𠮷c 😀 — the police came at night and took my brother."


@pytest.fixture
def session(project: Project, tmp_path: Path) -> Session:
    return Session(project, Settings(tmp_path))


@pytest.fixture
def panel(session: Session, qtbot: QtBot) -> CodebookPanel:
    widget = CodebookPanel(session)
    qtbot.addWidget(widget)
    widget.resize(400, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def add_document(project: Project, text: str = TEXT) -> Document:
    (document,) = project.add_documents([ImportedDocument("Interview 1", text, "i1.txt", "text")])
    return document


def code(project: Project, path: str) -> Code:
    return project.code(path)


def index_of(panel: CodebookPanel, path: str, column: int = NAME) -> QModelIndex:
    """The tree (proxy) index showing the code at ``path``."""
    code_id = panel.session.project.code(path).id
    matches = panel.proxy.match(
        panel.proxy.index(0, NAME), CODE_ID_ROLE, code_id, 1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )  # fmt: skip
    assert matches, f"{path} is not shown"
    return matches[0].siblingAtColumn(column)


def shown(panel: CodebookPanel, parent: QModelIndex | None = None) -> list[str]:
    """The names the tree shows, depth first, children indented by two spaces."""
    parent = parent or QModelIndex()
    names = []
    for row in range(panel.proxy.rowCount(parent)):
        index = panel.proxy.index(row, NAME, parent)
        names.append(index.data())
        names += ["  " + name for name in shown(panel, index)]
    return names


def count_text(panel: CodebookPanel, path: str) -> str:
    return index_of(panel, path, COUNT).data()


def select(panel: CodebookPanel, path: str) -> None:
    panel.select_code(panel.session.project.code(path).id)


@pytest.fixture
def harms(project: Project) -> Project:
    """Harms (grouping) › Violence, Threats; Resistance."""
    harms = project.create_code("Harms", color="#aa0000", description="What was done to people")
    project.create_code("Violence", harms, color="#00aa00")
    project.create_code("Threats", harms)
    project.create_code("Resistance", color="#0000aa")
    project.update_code(code(project, "Harms"), codable=False)
    return project


def test_the_tree_shows_the_codebook_with_nesting_colours_and_descriptions(
    harms: Project, panel: CodebookPanel
) -> None:
    assert shown(panel) == ["Harms", "  Violence", "  Threats", "Resistance"]
    harms_index = index_of(panel, "Harms")
    assert panel.tree.isExpanded(harms_index)
    assert harms_index.data(Qt.ItemDataRole.ToolTipRole) == "What was done to people"
    swatch = harms_index.data(Qt.ItemDataRole.DecorationRole).pixmap(12, 12).toImage()
    assert QColor(swatch.pixel(6, 6)).name() == "#aa0000"
    violence = index_of(panel, "Harms/Violence").data(Qt.ItemDataRole.DecorationRole)
    assert QColor(violence.pixmap(12, 12).toImage().pixel(6, 6)).name() == "#00aa00"
    assert harms_index.data(Qt.ItemDataRole.FontRole).italic()  # grouping code
    font = index_of(panel, "Resistance").data(Qt.ItemDataRole.FontRole)
    assert font is None or not QFont(font).italic()
    headers = [panel.proxy.headerData(c, Qt.Orientation.Horizontal) for c in (NAME, COUNT, KEY)]
    assert headers == ["Code", "Codings", "Key"]


def test_counts_follow_codings_added_removed_and_undone(
    harms: Project, panel: CodebookPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = add_document(harms)
    assert count_text(panel, "Harms") == "0 (0)"
    assert count_text(panel, "Harms/Violence") == "0"
    # A change to some codes recounts only those (never the whole project).
    monkeypatch.setattr(harms, "coding_counts", lambda: pytest.fail("recounted everything"))
    harms.apply_code(document, code(harms, "Harms/Violence"), 0, 5)
    harms.apply_code(document, code(harms, "Harms/Violence"), 6, 9)
    harms.apply_code(document, code(harms, "Harms/Threats"), 0, 3)
    assert count_text(panel, "Harms/Violence") == "2"
    assert count_text(panel, "Harms/Threats") == "1"
    assert count_text(panel, "Harms") == "0 (3)"
    assert count_text(panel, "Resistance") == "0"
    harms.remove_codings(harms.codings(code=code(harms, "Harms/Violence"))[:1])
    assert count_text(panel, "Harms/Violence") == "1"
    assert count_text(panel, "Harms") == "0 (2)"
    harms.undo()
    assert count_text(panel, "Harms/Violence") == "2"
    assert count_text(panel, "Harms") == "0 (3)"
    harms.undo()
    assert count_text(panel, "Harms/Threats") == "0"
    assert count_text(panel, "Harms") == "0 (2)"


def test_an_empty_set_of_codes_recounts_everything(
    harms: Project, panel: CodebookPanel, session: Session
) -> None:
    document = add_document(harms)
    session.blockSignals(True)  # the panel misses this change...
    harms.apply_code(document, code(harms, "Resistance"), 0, 5)
    harms.apply_code(document, code(harms, "Harms/Threats"), 0, 5)
    session.blockSignals(False)
    assert count_text(panel, "Resistance") == "0"
    session.codingsChanged.emit(frozenset(), frozenset())  # ...until told "anything may have"
    assert count_text(panel, "Resistance") == "1"
    assert count_text(panel, "Harms") == "0 (1)"


def test_new_code_and_sub_code_are_asked_for_and_created(
    harms: Project, panel: CodebookPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = iter(["Displacement", "Forced eviction"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: (next(names), True))
    panel.new_code_action.trigger()
    assert code(harms, "Displacement").parent_id is None
    assert panel.current_code() == code(harms, "Displacement")
    panel.new_subcode_action.trigger()
    assert code(harms, "Displacement/Forced eviction").parent_id == code(harms, "Displacement").id
    assert shown(panel)[-2:] == ["Displacement", "  Forced eviction"]
    assert panel.current_code() == code(harms, "Displacement/Forced eviction")


def test_new_code_cancelled_changes_nothing(
    harms: Project, panel: CodebookPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("Ignored", False))
    panel.new_code_action.trigger()
    assert len(harms.codebook()) == 4


def test_rename_in_place_through_the_model(harms: Project, panel: CodebookPanel) -> None:
    assert panel.proxy.setData(index_of(panel, "Harms/Threats"), "Intimidation")
    assert code(harms, "Harms/Intimidation").description == ""
    assert shown(panel) == ["Harms", "  Violence", "  Intimidation", "Resistance"]


def test_f2_edits_the_name_in_the_tree(harms: Project, panel: CodebookPanel, qtbot: QtBot) -> None:
    select(panel, "Resistance")
    panel.tree.setFocus()
    QTest.keyClick(panel.tree, Qt.Key.Key_F2)
    editor = panel.tree.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "Resistance"
    editor.selectAll()
    QTest.keyClicks(editor, "Solidarity")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: harms.codebook().by_path("Solidarity") is not None)
    assert [c.name for c in harms.codebook().children(None)] == ["Harms", "Solidarity"]
    assert shown(panel)[-1] == "Solidarity"
    assert panel.current_code() == code(harms, "Solidarity")  # the selection stays


def test_a_refused_rename_shows_the_error_and_keeps_the_old_name(
    harms: Project, panel: CodebookPanel, session: Session, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(session.error) as error:
        panel.proxy.setData(index_of(panel, "Harms/Threats"), "Violence")
    assert "already a code 'Violence'" in error.args[0]
    assert shown(panel) == ["Harms", "  Violence", "  Threats", "Resistance"]
    assert code(harms, "Harms/Threats").name == "Threats"


def test_recolour(harms: Project, panel: CodebookPanel, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#123456"))
    select(panel, "Resistance")
    panel.recolor_action.trigger()
    assert code(harms, "Resistance").color == "#123456"
    icon = index_of(panel, "Resistance").data(Qt.ItemDataRole.DecorationRole)
    assert QColor(icon.pixmap(12, 12).toImage().pixel(6, 6)).name() == "#123456"


def test_describe_sets_description_and_keywords_one_edit_each(
    harms: Project, panel: CodebookPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_in(dialog: DescriptionDialog) -> int:
        assert dialog.description_edit.toPlainText() == ""
        dialog.description_edit.setPlainText("Acts of resistance.\nIncludes protest.")
        dialog.keywords_edit.setText("protest,  strike , ")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DescriptionDialog, "exec", fill_in)
    select(panel, "Resistance")
    panel.describe_action.trigger()
    resistance = code(harms, "Resistance")
    assert resistance.description == "Acts of resistance.\nIncludes protest."
    assert resistance.keywords == ("protest", "strike")
    assert index_of(panel, "Resistance").data(Qt.ItemDataRole.ToolTipRole) == (
        "Acts of resistance.\nIncludes protest."
    )
    assert harms.undo_label() == "edit keywords of 'Resistance'"
    harms.undo()
    assert harms.undo_label() == "edit description of 'Resistance'"


def test_delete_asks_with_the_number_of_codings(
    harms: Project, panel: CodebookPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = add_document(harms)
    harms.apply_code(document, code(harms, "Harms/Violence"), 0, 4)
    harms.apply_code(document, code(harms, "Harms/Threats"), 2, 4)
    questions: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def ask(parent, title, text, *args):  # type: ignore[no-untyped-def]
            questions.append(text)
            return reply

        return ask

    select(panel, "Harms")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    panel.delete_action.trigger()
    assert "2 codings" in questions[0] and "2 sub-codes" in questions[0]
    assert "undo" in questions[0]
    assert len(harms.codebook()) == 4
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    panel.delete_action.trigger()
    assert [c.name for c in harms.codebook().walk()] == ["Resistance"]
    assert shown(panel) == ["Resistance"]
    harms.undo()
    assert shown(panel) == ["Harms", "  Violence", "  Threats", "Resistance"]
    assert count_text(panel, "Harms") == "0 (2)"


def test_delete_key_deletes_the_focused_code(
    harms: Project, panel: CodebookPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    select(panel, "Resistance")
    panel.tree.setFocus()
    QTest.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert shown(panel) == ["Harms", "  Violence", "  Threats"]


def test_merge_into_another_code(
    harms: Project, panel: CodebookPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = add_document(harms)
    harms.apply_code(document, code(harms, "Harms/Threats"), 0, 4)
    harms.apply_code(document, code(harms, "Harms/Violence"), 5, 8)
    offered: list[list[str]] = []

    def pick(parent, title, label, items, *args):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return "Harms/Violence", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    select(panel, "Harms/Threats")
    panel.merge_action.trigger()
    assert offered == [["Harms", "Harms/Violence", "Resistance"]]
    assert shown(panel) == ["Harms", "  Violence", "Resistance"]
    assert count_text(panel, "Harms/Violence") == "2"
    assert panel.current_code() == code(harms, "Harms/Violence")


def drop(panel: CodebookPanel, mime: QMimeData, point: QPoint) -> QDropEvent:
    """Drag ``mime`` into the tree and drop it at ``point`` (viewport coordinates)."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt delivers a drop only to the widget that accepted the drag's entry.
    with warnings.catch_warnings():  # PySide 6.12 binds only the deprecated QPoint form
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(point, actions, mime, buttons, modifiers)
        move = QDragMoveEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(panel.tree.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(panel.tree.viewport(), move)  # as a drag does: the drop indicator
    assert move.isAccepted()
    event = QDropEvent(QPointF(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(panel.tree.viewport(), event)
    return event


def double_click(panel: CodebookPanel, path: str) -> None:
    """A user's double-click: press, release, then the double-click event."""
    centre = panel.tree.visualRect(index_of(panel, path)).center()
    no_modifier = Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, no_modifier, centre)
    QTest.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, no_modifier, centre)


def code_drag(panel: CodebookPanel, path: str) -> QMimeData:
    return panel.proxy.mimeData([index_of(panel, path)])


def centre(panel: CodebookPanel, path: str) -> QPoint:
    return panel.tree.visualRect(index_of(panel, path)).center()


def test_dropping_a_code_on_another_makes_it_a_sub_code(
    harms: Project, panel: CodebookPanel
) -> None:
    mime = code_drag(panel, "Resistance")
    assert mime.hasFormat(CODE_MIME)
    event = drop(panel, mime, centre(panel, "Harms/Violence"))
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction
    assert code(harms, "Harms/Violence/Resistance").parent_id == code(harms, "Harms/Violence").id
    assert shown(panel) == ["Harms", "  Violence", "    Resistance", "  Threats"]
    assert panel.current_code() == code(harms, "Harms/Violence/Resistance")


def test_dropping_a_code_on_empty_space_moves_it_to_the_top(
    harms: Project, panel: CodebookPanel
) -> None:
    drop(panel, code_drag(panel, "Harms/Threats"), QPoint(50, panel.tree.viewport().height() - 5))
    assert code(harms, "Threats").parent_id is None
    assert shown(panel) == ["Harms", "  Violence", "Resistance", "Threats"]


def test_dropping_a_code_between_siblings_places_it_there(
    harms: Project, panel: CodebookPanel
) -> None:
    top = panel.tree.visualRect(index_of(panel, "Harms")).top()
    drop(panel, code_drag(panel, "Resistance"), QPoint(50, top + 1))
    assert shown(panel) == ["Resistance", "Harms", "  Violence", "  Threats"]
    assert panel.tree.isExpanded(index_of(panel, "Harms"))  # expansion survives the rebuild
    bottom = panel.tree.visualRect(index_of(panel, "Harms/Violence")).bottom()
    drop(panel, code_drag(panel, "Resistance"), QPoint(50, bottom - 1))
    assert shown(panel) == ["Harms", "  Violence", "  Resistance", "  Threats"]


def test_a_refused_move_shows_the_error_and_leaves_the_tree(
    harms: Project, panel: CodebookPanel, session: Session, qtbot: QtBot
) -> None:
    harms.create_code("Violence")  # a top-level name clash
    before = shown(panel)
    with qtbot.waitSignal(session.error) as error:
        drop(panel, code_drag(panel, "Harms"), centre(panel, "Harms/Threats"))
    assert "into itself" in error.args[0]
    with qtbot.waitSignal(session.error) as error:
        drop(panel, code_drag(panel, "Harms/Violence"), QPoint(50, 480))
    assert "already a code 'Violence'" in error.args[0]
    assert shown(panel) == before
    assert code(harms, "Harms/Violence").parent_id == code(harms, "Harms").id


def test_dropping_text_on_a_code_codes_exactly_that_span(
    harms: Project, panel: CodebookPanel
) -> None:
    document = add_document(harms)
    start = TEXT.index("the police")
    end = start + len("the police")
    mime = QMimeData()
    payload = {"document": document.uuid, "start": start, "end": end}
    mime.setData(SPAN_MIME, json.dumps(payload).encode("utf-8"))
    event = drop(panel, mime, centre(panel, "Harms/Violence"))
    assert event.dropAction() == Qt.DropAction.CopyAction  # the document view keeps its text
    (coding,) = harms.codings(code=code(harms, "Harms/Violence"))
    assert (coding.document_id, coding.start, coding.end) == (document.id, start, end)
    assert harms.segments([coding])[0].text == "the police"
    assert count_text(panel, "Harms/Violence") == "1"


def test_dropping_text_on_a_grouping_code_is_refused(
    harms: Project, panel: CodebookPanel, session: Session, qtbot: QtBot
) -> None:
    document = add_document(harms)
    mime = QMimeData()
    mime.setData(SPAN_MIME, json.dumps({"document": document.uuid, "start": 0, "end": 2}).encode())
    with qtbot.waitSignal(session.error):
        drop(panel, mime, centre(panel, "Harms"))
    assert harms.codings() == []


def test_the_filter_keeps_matches_and_their_ancestors(harms: Project, panel: CodebookPanel) -> None:
    harms.create_code("Police", code(harms, "Resistance"))
    panel.tree.collapse(index_of(panel, "Harms"))
    filter_box = panel.findChild(QLineEdit)
    QTest.keyClicks(filter_box, "VIOL")
    assert shown(panel) == ["Harms", "  Violence"]
    assert panel.tree.isExpanded(index_of(panel, "Harms"))  # the match is visible
    filter_box.setText("o")
    assert shown(panel) == ["Harms", "  Violence", "Resistance", "  Police"]
    filter_box.clear()
    assert shown(panel) == ["Harms", "  Violence", "  Threats", "Resistance", "  Police"]
    assert not panel.tree.isExpanded(index_of(panel, "Harms"))  # as the user left it


def test_select_code_clears_a_filter_that_hides_it(harms: Project, panel: CodebookPanel) -> None:
    panel.findChild(QLineEdit).setText("viol")
    select(panel, "Resistance")
    assert panel.current_code() == code(harms, "Resistance")
    assert panel.findChild(QLineEdit).text() == ""


def test_double_click_applies_the_code_to_the_selection(
    harms: Project, panel: CodebookPanel, session: Session
) -> None:
    document = add_document(harms)
    session.selection_provider = lambda: (document, 3, 8)
    double_click(panel, "Resistance")
    (coding,) = harms.codings()
    assert (coding.code_id, coding.start, coding.end) == (code(harms, "Resistance").id, 3, 8)
    assert count_text(panel, "Resistance") == "1"
    assert harms.codebook().by_path("Resistance") is not None  # not renamed by the double-click


def test_double_click_without_a_selection_asks_for_the_segments(
    harms: Project, panel: CodebookPanel, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(panel.segmentsRequested) as request:
        double_click(panel, "Harms/Threats")
    assert request.args == [code(harms, "Harms/Threats"), False]
    editor = panel.tree.viewport().findChild(QLineEdit)
    assert editor is None or not editor.isVisible()  # a double-click never edits the name


def test_show_segments_includes_sub_codes_of_a_parent(
    harms: Project, panel: CodebookPanel, qtbot: QtBot
) -> None:
    select(panel, "Harms")
    with qtbot.waitSignal(panel.segmentsRequested) as request:
        panel.show_segments_action.trigger()
    assert request.args == [code(harms, "Harms"), True]


def test_apply_action_applies_to_the_selection(
    harms: Project, panel: CodebookPanel, session: Session
) -> None:
    document = add_document(harms)
    session.selection_provider = lambda: (document, 0, 3)
    select(panel, "Harms/Violence")
    panel.apply_action.trigger()
    assert [(c.start, c.end) for c in harms.codings()] == [(0, 3)]


def test_favourite_keys_are_set_shown_and_cleared(
    harms: Project, panel: CodebookPanel, session: Session
) -> None:
    select(panel, "Harms/Violence")
    panel.favourite_actions[3].trigger()
    assert session.favourites() == {3: code(harms, "Harms/Violence")}
    assert index_of(panel, "Harms/Violence", KEY).data() == "3"
    assert panel.favourite_actions[3].isChecked()
    select(panel, "Resistance")
    panel.favourite_actions[3].trigger()  # the key moves to Resistance
    assert index_of(panel, "Harms/Violence", KEY).data() == ""
    assert index_of(panel, "Resistance", KEY).data() == "3"
    panel.favourite_actions[None].trigger()
    assert session.favourites() == {}
    assert index_of(panel, "Resistance", KEY).data() == ""


def test_code_actions_need_a_current_code(harms: Project, panel: CodebookPanel) -> None:
    panel.tree.setCurrentIndex(QModelIndex())
    assert panel.current_code() is None
    assert not panel.delete_action.isEnabled() and not panel.rename_action.isEnabled()
    assert panel.new_code_action.isEnabled()
    select(panel, "Resistance")
    assert panel.delete_action.isEnabled()


def test_a_rebuild_keeps_expansion_and_selection(harms: Project, panel: CodebookPanel) -> None:
    harms.create_code("Arrest", code(harms, "Resistance"))
    panel.tree.collapse(index_of(panel, "Harms"))
    select(panel, "Resistance/Arrest")
    harms.update_code(code(harms, "Harms/Threats"), name="Intimidation")
    assert not panel.tree.isExpanded(index_of(panel, "Harms"))
    assert panel.tree.isExpanded(index_of(panel, "Resistance"))
    assert panel.current_code() == code(harms, "Resistance/Arrest")


def test_accessible_names_and_tab_order(panel: CodebookPanel) -> None:
    filter_box = panel.findChild(QLineEdit)
    assert filter_box.accessibleName() == "Find code"
    assert panel.tree.accessibleName() == "Codebook"
    after = filter_box.nextInFocusChain()
    while not after.focusPolicy() & Qt.FocusPolicy.TabFocus:  # e.g. the clear button
        after = after.nextInFocusChain()
    assert after is panel.tree


def test_the_context_menu_offers_the_code_actions(
    harms: Project, panel: CodebookPanel, session: Session
) -> None:
    def menu_at(point: QPoint) -> list[str]:
        return [action.text() for action in panel.context_menu(point).actions() if action.text()]

    texts = menu_at(centre(panel, "Harms/Violence"))
    assert panel.current_code() == code(harms, "Harms/Violence")
    assert "&Apply to Selection" not in texts  # nothing selected in the document
    assert texts == [
        "Show Coded &Segments", "&New Code…", "New &Sub-code…", "&Rename", "&Colour…",
        "&Description and Keywords…", "Favourite &Key", "&Merge Into…", "&Delete Code…",
    ]  # fmt: skip
    document = add_document(harms)
    session.selection_provider = lambda: (document, 0, 2)
    assert menu_at(centre(panel, "Harms/Violence"))[0] == "&Apply to Selection"
    assert menu_at(QPoint(50, panel.tree.viewport().height() - 5)) == ["&New Code…"]
    assert panel.current_code() is None
