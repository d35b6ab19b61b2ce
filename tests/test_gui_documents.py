"""The documents panel and the memo dialog: what the user sees after the
project changes, and what the project holds after the user acts."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from qcode.core.project import Project
from qcode.gui.coding.memo_dialog import MemoDialog, edit_memos
from qcode.gui.documents import panel as documents_panel
from qcode.gui.documents.attributes_dialog import AttributesDialog
from qcode.gui.documents.panel import DocumentsPanel
from qcode.gui.session import Session
from qcode.io.base import ImportedDocument
from qcode.model import Document
from qcode.settings import Settings

pytestmark = pytest.mark.gui

INTERVIEWS = [
    ("访谈 王芳", "王芳: 我们没有收到通知。他们来了就拆。\n", {"age": 100, "gender": "female"}),
    ("Interview Amina", "Amina: They came at night and took my brother.\n", {"age": 9}),
    ("Focus group 𠮷", "Moderator: What happened next? 😀 Nobody knows.\n", {}),
]


def _add(project: Project, name: str, text: str, **attributes: object) -> Document:
    imported = ImportedDocument(name=name, text=text, source_name=f"{name}.txt", importer="text")
    (document,) = project.add_documents([imported], attributes)  # type: ignore[arg-type]
    return document


@pytest.fixture
def documents(project: Project) -> list[Document]:
    return [_add(project, name, text, **attrs) for name, text, attrs in INTERVIEWS]


@pytest.fixture
def session(project: Project, tmp_path: Path) -> Session:
    return Session(project, Settings(tmp_path))


@pytest.fixture
def panel(qtbot, session: Session, documents: list[Document]) -> DocumentsPanel:
    widget = DocumentsPanel(session)
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(panel: DocumentsPanel, name: str, column: str) -> str | None:
    """The text the table shows for ``name`` in the column headed ``column``."""
    proxy = panel.proxy
    headers = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == name:
            return proxy.index(row, headers.index(column)).data()
    raise AssertionError(f"no row {name!r} in {shown_names(panel)}")


def shown_names(panel: DocumentsPanel) -> list[str]:
    return [panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())]


def select(panel: DocumentsPanel, *documents: Document) -> None:
    selection = panel.view.selectionModel()
    selection.clearSelection()
    for document in documents:
        selection.setCurrentIndex(
            panel.document_index(document),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def errors_of(session: Session) -> list[str]:
    found: list[str] = []
    session.error.connect(found.append)
    return found


# -- what the table shows ---------------------------------------------------------------------


def test_table_shows_documents_counts_and_attribute_columns(
    qtbot, project: Project, session: Session, documents: list[Document]
) -> None:
    wang, amina, _group = documents
    project.apply_code(wang, "Eviction", 0, 2, create=True)
    project.apply_code(wang, "Eviction/No notice", 4, 9, create=True)
    project.apply_code(amina, "Eviction", 0, 5)
    panel = DocumentsPanel(session)
    qtbot.addWidget(panel)

    headers = [panel.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Name", "Codings", "age", "gender"]
    assert shown_names(panel) == ["访谈 王芳", "Interview Amina", "Focus group 𠮷"]
    assert [cell(panel, name, "Codings") for name, _, _ in INTERVIEWS] == ["2", "1", "0"]
    assert cell(panel, "访谈 王芳", "age") == "100"
    assert cell(panel, "访谈 王芳", "gender") == "female"
    assert cell(panel, "Focus group 𠮷", "gender") is None
    age = panel.proxy.index(0, 2)
    assert age.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    gender = panel.proxy.index(0, 3)
    assert not gender.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert panel.view.accessibleName() == "Documents"
    assert panel.filter_edit.accessibleName() == "Filter documents"
    assert panel.filter_edit.placeholderText() == "Filter documents…"


def test_coding_and_undo_change_only_the_count_cell(
    panel: DocumentsPanel, project: Project, documents: list[Document]
) -> None:
    amina = documents[1]
    reloads: list[object] = []
    panel.model.modelReset.connect(lambda: reloads.append(1))
    project.apply_code(amina, "Family", 7, 11, create=True)
    project.apply_code(amina, "Family", 12, 20)
    assert cell(panel, "Interview Amina", "Codings") == "2"
    assert cell(panel, "访谈 王芳", "Codings") == "0"
    project.undo()
    assert cell(panel, "Interview Amina", "Codings") == "1"
    project.undo()
    assert cell(panel, "Interview Amina", "Codings") == "0"
    assert reloads == []  # counts were updated in place, not by reloading the table


def test_clicking_a_header_sorts_by_typed_values(
    panel: DocumentsPanel, project: Project, documents: list[Document], qtbot
) -> None:
    project.apply_code(documents[2], "Fear", 0, 5, create=True)
    header = panel.view.horizontalHeader()

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )

    assert shown_names(panel) == [name for name, _, _ in INTERVIEWS]  # import order at first
    click_header(2)  # "age"
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # 9 before 100 (numbers, not text); the document without an age comes last.
    assert shown_names(panel) == ["Interview Amina", "访谈 王芳", "Focus group 𠮷"]
    click_header(2)  # descending: still missing last
    assert shown_names(panel) == ["访谈 王芳", "Interview Amina", "Focus group 𠮷"]
    click_header(1)  # "Codings"
    click_header(1)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown_names(panel)[0] == "Focus group 𠮷"
    click_header(0)
    assert shown_names(panel) == ["Focus group 𠮷", "Interview Amina", "访谈 王芳"]


def test_filter_hides_rows_by_name_and_attribute_value(panel: DocumentsPanel, qtbot) -> None:
    qtbot.keyClicks(panel.filter_edit, "FEMALE")  # an attribute value, in any case
    assert shown_names(panel) == ["访谈 王芳"]
    panel.filter_edit.setText("王芳")
    assert shown_names(panel) == ["访谈 王芳"]
    panel.filter_edit.setText("interview")
    assert shown_names(panel) == ["Interview Amina"]
    panel.filter_edit.setText("nothing like this")
    assert shown_names(panel) == []
    panel.filter_edit.clear()
    assert len(shown_names(panel)) == 3


def test_filtering_never_opens_another_document(
    panel: DocumentsPanel, session: Session, documents: list[Document]
) -> None:
    session.open_document(documents[1])
    panel.filter_edit.setText("王")
    assert session.current_document.id == documents[1].id
    panel.filter_edit.clear()
    assert panel.selected_documents() == [session.current_document]


# -- selecting and opening ----------------------------------------------------------------------


def test_clicking_and_arrow_keys_open_documents(
    panel: DocumentsPanel, session: Session, documents: list[Document], qtbot
) -> None:
    rect = panel.view.visualRect(panel.document_index(documents[1]))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert session.current_document.name == "Interview Amina"
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert session.current_document.name == "Focus group 𠮷"
    qtbot.keyClick(panel.view, Qt.Key.Key_Up)
    qtbot.keyClick(panel.view, Qt.Key.Key_Up)
    assert session.current_document.name == "访谈 王芳"


def test_opening_elsewhere_selects_the_row_without_opening_again(
    panel: DocumentsPanel, session: Session, documents: list[Document]
) -> None:
    opened: list[object] = []
    session.currentDocumentChanged.connect(opened.append)
    session.open_document(documents[2], select=(0, 3))
    assert [d.name for d in panel.selected_documents()] == ["Focus group 𠮷"]
    assert len(opened) == 1
    session.open_document(None)
    assert panel.selected_documents() == []


# -- renaming -------------------------------------------------------------------------------------


def name_editor(panel: DocumentsPanel) -> QLineEdit:
    """The in-place editor open on the table (a closed one lingers until deleted)."""
    (editor,) = [e for e in panel.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def _rename_in_place(panel: DocumentsPanel, qtbot, new_name: str) -> None:
    panel.rename_action.trigger()
    editor = name_editor(panel)
    editor.setText(new_name)  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on a queued call, then closes the editor.
    qtbot.waitUntil(
        lambda: not [e for e in panel.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    )


def test_f2_renames_in_place(
    panel: DocumentsPanel, session: Session, project: Project, documents: list[Document], qtbot
) -> None:
    session.open_document(documents[1])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)  # the panel's shortcut opens the editor
    editor = name_editor(panel)
    assert editor.text() == "Interview Amina"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    _rename_in_place(panel, qtbot, "阿米娜 访谈")
    assert project.document(documents[1].id).name == "阿米娜 访谈"
    assert "阿米娜 访谈" in shown_names(panel)
    project.undo()
    assert "Interview Amina" in shown_names(panel)


def test_renaming_to_a_taken_name_shows_the_error_and_keeps_the_name(
    panel: DocumentsPanel, session: Session, project: Project, documents: list[Document], qtbot
) -> None:
    errors = errors_of(session)
    session.open_document(documents[1])
    _rename_in_place(panel, qtbot, "访谈 王芳")
    assert errors == ["there is already a document named '访谈 王芳'"]
    assert project.document(documents[1].id).name == "Interview Amina"
    assert shown_names(panel).count("Interview Amina") == 1


# -- deleting -------------------------------------------------------------------------------------


def test_delete_asks_then_removes_the_document(
    panel: DocumentsPanel,
    session: Session,
    project: Project,
    documents: list[Document],
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    project.apply_code(documents[0], "Eviction", 0, 2, create=True)
    asked: list[str] = []

    def answer(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    session.open_document(documents[0])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "'访谈 王芳'" in asked[0] and "1 coding" in asked[0] and "undo" in asked[0]
    assert [d.name for d in project.documents()] == ["Interview Amina", "Focus group 𠮷"]
    assert shown_names(panel) == ["Interview Amina", "Focus group 𠮷"]
    assert session.current_document is None
    project.undo()
    assert shown_names(panel) == [name for name, _, _ in INTERVIEWS]
    assert cell(panel, "访谈 王芳", "Codings") == "1"


def test_delete_answered_no_changes_nothing(
    panel: DocumentsPanel,
    project: Project,
    documents: list[Document],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    select(panel, documents[1])
    panel.delete_action.trigger()
    assert len(project.documents()) == 3
    assert len(shown_names(panel)) == 3
    assert project.undo_label() == "import 'Focus group 𠮷'"


def test_delete_several_names_them_and_counts_their_codings(
    panel: DocumentsPanel,
    project: Project,
    documents: list[Document],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project.apply_code(documents[1], "Family", 0, 5, create=True)
    project.apply_code(documents[2], "Family", 0, 5)
    project.apply_code(documents[2], "Fear", 6, 10, create=True)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    select(panel, documents[1], documents[2])
    assert not panel.rename_action.isEnabled() and panel.delete_action.isEnabled()
    panel.delete_action.trigger()
    assert "2 documents ('Interview Amina' and 'Focus group 𠮷')" in asked[0]
    assert "3 codings" in asked[0]
    assert shown_names(panel) == ["访谈 王芳"]
    assert project.coding_counts() == {}


# -- attributes -----------------------------------------------------------------------------------


def test_attributes_dialog_sets_typed_values_in_one_edit(
    panel: DocumentsPanel,
    session: Session,
    project: Project,
    documents: list[Document],
    monkeypatch: pytest.MonkeyPatch,
    qtbot,
) -> None:
    calls: list[dict[str, object]] = []
    real = project.set_attributes
    monkeypatch.setattr(
        project,
        "set_attributes",
        lambda doc, values: calls.append(dict(values)) or real(doc, values),
    )
    wang = documents[0]
    dialog = AttributesDialog(session, wang, panel)
    qtbot.addWidget(dialog)
    assert dialog.rows() == [("age", "100"), ("gender", "female")]
    dialog.table.item(0, 1).setText("101")  # changed
    dialog.table.item(1, 1).setText("")  # emptied: removed
    row = dialog.add_row("year", "2021")  # new
    assert row == 2
    dialog.add_row("region", "Xinjiang 新疆")
    dialog.accept()
    assert dialog.result() == AttributesDialog.DialogCode.Accepted
    assert calls == [{"age": "101", "year": "2021", "region": "Xinjiang 新疆", "gender": None}]
    attributes = project.document(wang.id).attributes
    assert attributes == {"age": 101, "year": 2021, "region": "Xinjiang 新疆"}
    assert isinstance(attributes["year"], int)
    assert cell(panel, "访谈 王芳", "year") == "2021"
    assert cell(panel, "访谈 王芳", "region") == "Xinjiang 新疆"
    assert cell(panel, "Interview Amina", "year") is None
    project.undo()  # one edit, one undo
    assert project.document(wang.id).attributes == {"age": 100, "gender": "female"}


def test_a_value_of_the_wrong_type_keeps_the_dialog_open(
    panel: DocumentsPanel, session: Session, project: Project, documents: list[Document], qtbot
) -> None:
    dialog = AttributesDialog(session, documents[1], panel)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.item(0, 1).setText("nine")
    dialog.add_row("gender", "male")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert "age" in dialog.message.text() and "whole-number" in dialog.message.text()
    assert dialog.rows() == [("age", "nine"), ("gender", "male")]
    assert project.document(documents[1].id).attributes == {"age": 9}
    dialog.table.item(0, 1).setText("10")
    dialog.accept()
    assert not dialog.isVisible()
    assert project.document(documents[1].id).attributes == {"age": 10, "gender": "male"}


def test_an_unchanged_dialog_writes_nothing(
    panel: DocumentsPanel, session: Session, project: Project, documents: list[Document], qtbot
) -> None:
    dialog = AttributesDialog(session, documents[0], panel)
    qtbot.addWidget(dialog)
    dialog.add_row()  # an empty row is ignored
    dialog.accept()
    assert dialog.result() == AttributesDialog.DialogCode.Accepted
    assert project.undo_label() == "import 'Focus group 𠮷'"


def test_attributes_action_opens_the_dialog_for_the_selected_document(
    panel: DocumentsPanel,
    session: Session,
    project: Project,
    documents: list[Document],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill_and_ok(dialog: AttributesDialog) -> int:
        dialog.add_row("interviewed", "2024-03-02")
        dialog.accept()
        return 1

    monkeypatch.setattr(AttributesDialog, "exec", fill_and_ok)
    session.open_document(documents[2])
    panel.attributes_action.trigger()
    assert project.document(documents[2].id).attributes == {"interviewed": "2024-03-02"}
    assert cell(panel, "Focus group 𠮷", "interviewed") == "2024-03-02"


def test_context_menu_offers_the_panel_actions(
    panel: DocumentsPanel, session: Session, documents: list[Document]
) -> None:
    session.open_document(documents[0])
    texts = [a.text() for a in panel.context_menu().actions() if not a.isSeparator()]
    assert texts == ["&Open", "&Rename", "Edit &attributes…", "Document &memo…", "&Delete…"]
    assert panel.rename_action.shortcut().toString() == "F2"
    assert panel.rename_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut


# -- memos ----------------------------------------------------------------------------------------


def test_memo_action_opens_memos_of_the_selected_document(
    panel: DocumentsPanel,
    session: Session,
    documents: list[Document],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(
        documents_panel, "edit_memos", lambda *args, **kwargs: calls.append((*args[1:4], kwargs))
    )
    session.open_document(documents[0])
    panel.memo_action.trigger()
    assert calls == [
        ("document", documents[0].id, "Memos on '访谈 王芳'", {"target_name": "访谈 王芳"})
    ]


def test_memo_dialog_adds_edits_and_deletes_document_memos(
    qtbot, session: Session, project: Project, documents: list[Document]
) -> None:
    wang = documents[0]
    dialog = MemoDialog(session, "document", wang.id, "Memos on '访谈 王芳'")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Memos on '访谈 王芳'"
    assert dialog.memo_count() == 1  # nothing yet: a new memo is ready to write in
    qtbot.keyClicks(dialog.editor, "Follow up: ")
    dialog.editor.insertPlainText("拆迁 without notice")
    dialog.accept()
    (memo,) = project.memos_on("document", wang.id)
    assert memo.text == "Follow up: 拆迁 without notice"
    assert project.undo_label() == "add memo on document"

    dialog = MemoDialog(session, "document", wang.id, "Memos")
    qtbot.addWidget(dialog)
    assert dialog.memo_count() == 1
    assert dialog.memo_list.item(0).text().startswith("Amina · ")
    assert dialog.editor.toPlainText() == memo.text
    dialog.editor.setPlainText("Follow up with the lawyer.")
    dialog.new_button.click()
    dialog.editor.setPlainText("Second memo")
    dialog.new_button.click()  # left empty: not saved
    dialog.accept()
    texts = [m.text for m in project.memos_on("document", wang.id)]
    assert texts == ["Follow up with the lawyer.", "Second memo"]

    dialog = MemoDialog(session, "document", wang.id, "Memos")
    qtbot.addWidget(dialog)
    dialog.select_memo(0)
    dialog.delete_button.click()
    assert dialog.memo_count() == 1
    assert dialog.editor.toPlainText() == "Second memo"
    dialog.accept()
    assert [m.text for m in project.memos_on("document", wang.id)] == ["Second memo"]
    assert project.undo_label() == "delete memo"


def test_memo_dialog_on_a_coding_and_cancel_writes_nothing(
    qtbot, session: Session, project: Project, documents: list[Document]
) -> None:
    coding = project.apply_code(documents[1], "Family", 0, 5, create=True)
    assert coding is not None
    dialog = MemoDialog(session, "coding", coding.id, "Memo on coding")
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("Her brother, not his.")
    dialog.reject()
    assert project.memos_on("coding", coding.id) == []

    edit_memos_dialog = MemoDialog(session, "coding", coding.id, "Memo on coding")
    qtbot.addWidget(edit_memos_dialog)
    edit_memos_dialog.editor.setPlainText("Her brother, not his.")
    edit_memos_dialog.accept()
    (segment,) = project.segments([coding])
    assert segment.memo == "Her brother, not his."

    label = project.undo_label()
    dialog = MemoDialog(session, "coding", coding.id, "Memo on coding")
    qtbot.addWidget(dialog)
    dialog.accept()  # opened and closed with OK: nothing changed, nothing written
    assert project.undo_label() == label

    dialog = MemoDialog(session, "coding", coding.id, "Memo on coding")
    qtbot.addWidget(dialog)
    dialog.delete_button.click()
    dialog.reject()
    assert len(project.memos_on("coding", coding.id)) == 1


def test_an_emptied_memo_is_not_saved_and_the_dialog_says_why(
    qtbot, session: Session, project: Project, documents: list[Document]
) -> None:
    project.add_memo("document", documents[0].id, "Keep me")
    dialog = MemoDialog(session, "document", documents[0].id, "Memos")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.setPlainText("   ")
    dialog.accept()
    assert dialog.isVisible() and "Delete memo" in dialog.message.text()
    assert [m.text for m in project.memos_on("document", documents[0].id)] == ["Keep me"]


def test_edit_memos_runs_the_dialog_for_project_memos(
    qtbot, session: Session, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    def write_and_ok(dialog: MemoDialog) -> int:
        dialog.editor.setPlainText("Research question: who was told, and when?")
        dialog.accept()
        return 1

    monkeypatch.setattr(MemoDialog, "exec", write_and_ok)
    edit_memos(session, "project", None, "Project memo")
    assert [m.text for m in project.memos_on("project")] == [
        "Research question: who was told, and when?"
    ]
