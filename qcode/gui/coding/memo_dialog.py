"""Read and write the memos on one thing: the project, a document, a code, a coding
or a case.

:class:`MemoDialog` lists the memos already written on its target (who wrote
each and when), shows the chosen one's text for editing, and lets the user
start a new memo or delete one.  Nothing is written until OK: then each
deletion, each changed text and each new non-empty memo is one core edit
(one undo step each).  Cancel writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from qcode.errors import QcodeError
from qcode.gui.i18n.messages import error_text
from qcode.gui.session import Session
from qcode.gui.widgets.overrides import guarded
from qcode.model import Memo

MEMO_TARGETS = ("project", "document", "code", "coding", "case")


@dataclass
class _Draft:
    """A memo as it stands in the dialog; ``memo`` is ``None`` until saved."""

    memo: Memo | None
    text: str
    author: str
    when: str

    @property
    def changed(self) -> bool:
        return self.memo is None or self.text != self.memo.text


def _shown_time(iso: str) -> str:
    # Stored as ISO 8601 in UTC to the second; minutes are enough to tell memos apart.
    return iso.replace("T", " ")[:16]


class MemoDialog(QDialog):
    """The memos on ``target`` (``"project"``, ``"document"``, ``"code"``,
    ``"coding"`` or ``"case"``) with id ``target_id`` (``None`` for the project)."""

    def __init__(
        self,
        session: Session,
        target: str,
        target_id: int | None,
        title: str,
        parent: QWidget | None = None,
        *,
        target_name: str = "",
    ) -> None:
        super().__init__(parent)
        if target not in MEMO_TARGETS:
            raise ValueError(
                self.tr("memo target must be one of {MEMO_TARGETS}, not {target!r}").format(
                    MEMO_TARGETS=MEMO_TARGETS, target=target
                )
            )
        self.session = session
        self.target = target
        self.target_id = target_id
        self.target_name = target_name
        self.setWindowTitle(title)
        self.resize(640, 420)

        project = session.project
        authors = {coder.id: coder.name for coder in project.coders()}
        self._drafts: list[_Draft] = [
            _Draft(
                memo,
                memo.text,
                authors.get(memo.coder_id or -1, "unknown"),
                _shown_time(memo.modified_at or memo.created_at),
            )
            for memo in project.memos_on(target, target_id)
        ]
        self._deleted: list[Memo] = []
        self._shown: _Draft | None = None

        self.memo_list = QListWidget()
        self.memo_list.setAccessibleName(self.tr("Memos"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Memo text"))
        self.editor.setPlaceholderText(self.tr("Write your memo here…"))
        self.new_button = QPushButton(self.tr("&New memo"))
        self.new_button.setAccessibleName(self.tr("New memo"))
        self.delete_button = QPushButton(self.tr("&Delete memo"))
        self.delete_button.setAccessibleName(self.tr("Delete memo"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAccessibleName(self.tr("Memo problem"))
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.memo_list)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.memo_list.currentRowChanged.connect(self._on_current_row_changed)
        self.editor.textChanged.connect(self._on_text_changed)
        self.new_button.clicked.connect(self._on_new_memo)
        self.delete_button.clicked.connect(self._on_delete_memo)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        for draft in self._drafts:
            self.memo_list.addItem(self._item(draft))
        if self._drafts:
            self.memo_list.setCurrentRow(len(self._drafts) - 1)
        else:
            self._on_new_memo()  # an empty target: start writing straight away
        self._update_buttons()

    # -- the list ---------------------------------------------------------------------

    def _item(self, draft: _Draft) -> QListWidgetItem:
        item = QListWidgetItem()
        self._label(item, draft)
        return item

    @staticmethod
    def _label(item: QListWidgetItem, draft: _Draft) -> None:
        first_line = (
            draft.text.strip().splitlines()[0]
            if draft.text.strip()
            else QCoreApplication.translate("MemoDialog", "(empty)")
        )
        if len(first_line) > 40:
            first_line = first_line[:39] + "…"
        item.setText(f"{draft.author} · {draft.when}\n{first_line}")
        item.setToolTip(draft.text[:500])

    def memo_count(self) -> int:
        """How many memos the list shows (saved and new)."""
        return len(self._drafts)

    def select_memo(self, row: int) -> None:
        self.memo_list.setCurrentRow(row)

    def _on_current_row_changed(self, row: int) -> None:
        self._shown = self._drafts[row] if 0 <= row < len(self._drafts) else None
        self.editor.blockSignals(True)
        self.editor.setPlainText("" if self._shown is None else self._shown.text)
        self.editor.blockSignals(False)
        self.editor.setEnabled(self._shown is not None)
        self._update_buttons()

    def _on_text_changed(self) -> None:
        if self._shown is None:
            return
        self._shown.text = self.editor.toPlainText()
        item = self.memo_list.item(self._drafts.index(self._shown))
        if item is not None:
            self._label(item, self._shown)

    def _on_new_memo(self) -> None:
        draft = _Draft(None, "", self.session.project.coder_name, "new")
        self._drafts.append(draft)
        self.memo_list.addItem(self._item(draft))
        self.memo_list.setCurrentRow(len(self._drafts) - 1)
        self.editor.setFocus()

    def _on_delete_memo(self) -> None:
        row = self.memo_list.currentRow()
        if not 0 <= row < len(self._drafts):
            return
        draft = self._drafts.pop(row)
        if draft.memo is not None:
            self._deleted.append(draft.memo)
        self._shown = None  # so taking the item out does not write into it
        self.memo_list.takeItem(row)
        self._on_current_row_changed(self.memo_list.currentRow())

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._shown is not None)

    # -- saving -------------------------------------------------------------------------

    def pending_changes(self) -> bool:
        """Whether OK would write anything."""
        return bool(self._deleted) or any(
            d.changed and (d.memo is not None or d.text.strip()) for d in self._drafts
        )

    @guarded
    def accept(self) -> None:
        """Write the changes, one edit each; on a problem, say so and stay open."""
        for draft in self._drafts:
            if draft.memo is not None and draft.changed and not draft.text.strip():
                self._show_problem(
                    self.tr("A memo cannot be empty: write something, or press Delete memo.")
                )
                self.memo_list.setCurrentRow(self._drafts.index(draft))
                return
        project = self.session.project
        try:
            while self._deleted:
                project.delete_memo(self._deleted[0])
                self._deleted.pop(0)
            for draft in self._drafts:
                if draft.memo is not None and draft.changed:
                    project.edit_memo(draft.memo, draft.text)
                    draft.memo = replace(draft.memo, text=draft.text)
                elif draft.memo is None and draft.text.strip():
                    draft.memo = project.add_memo(
                        self.target, self.target_id, draft.text, target_name=self.target_name
                    )
        except QcodeError as problem:
            # What was written before the problem stays written (and undoable).
            self._show_problem(error_text(problem))
            return
        super().accept()

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def edit_memos(
    session: Session,
    target: str,
    target_id: int | None,
    title: str,
    parent: QWidget | None = None,
    *,
    target_name: str = "",
) -> None:
    """Show the memos on a target and save what the user changes (if OK)."""
    dialog = MemoDialog(session, target, target_id, title, parent, target_name=target_name)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
