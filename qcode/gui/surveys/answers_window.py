"""View ▸ Survey answers…: a question's answers as a table, coded from there.

Coding 100,000 short answers one document at a time is unusable, so a
question's answers are one table (:class:`SurveyAnswersModel`): the
respondent, the respondent's attributes the researcher picks, the answer
and its codes, filterable and sortable.  Selected rows are coded with the
chosen code in one undoable step (:func:`qcode.core.survey_answers.code_answers`);
the answer under the cursor is shown whole in a pane below, where part of
it can be selected and coded.  Codes shown update as codings change, from
here or anywhere else (the session's ``codingsChanged``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from qcode.core import survey_answers
from qcode.core.survey_answers import SurveyAnswer
from qcode.core.surveys import NAME_SEPARATOR
from qcode.gui.i18n.plurals import number
from qcode.gui.session import Session
from qcode.gui.surveys.answers_model import SurveyAnswersModel
from qcode.gui.widgets.overrides import guarded
from qcode.gui.widgets.positions import PositionMap
from qcode.model import Code

SHOWN_ATTRIBUTES = 3  # attribute columns shown at first (the researcher picks others)
_FILTER_DELAY_MS = 200  # typing pauses this long before 100,000 answers are filtered


class SurveyAnswersWindow(QWidget):
    """The answers table of one question at a time (see the module)."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        current_code: Callable[[], Code | None] = lambda: None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.current_code = current_code  # the codebook panel's selected code
        self.setWindowTitle(self.tr("Survey answers"))
        self.shown_attributes: list[str] = []
        self._attributes: list[str] = []  # every attribute respondents hold
        self._detail: SurveyAnswer | None = None
        self._positions = PositionMap("")

        self.question_box = QComboBox()
        self.question_box.setAccessibleName(self.tr("Question"))
        self.question_box.currentTextChanged.connect(lambda _text: self.reload())
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Attributes"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self)
        self.columns_button.setMenu(self.columns_menu)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter answers, respondents, attributes…"))
        self.filter_edit.setAccessibleName(self.tr("Filter answers"))
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(_FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.count_label = QLabel()

        self.model = SurveyAnswersModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Answers"))
        self.view.setModel(self.model)
        # Unsorted at first: in the sheet's order (the header's -1 is "no column").
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        # Every row one line high: Qt then never measures 100,000 rows.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Answer text"))
        self.detail.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.detail.selectionChanged.connect(self._update_buttons)

        self.code_box = QComboBox()
        self.code_box.setAccessibleName(self.tr("Code to apply"))
        self.code_rows_button = QPushButton(self.tr("&Code selected answers"))
        self.code_rows_button.clicked.connect(self.code_selected_rows)
        self.code_text_button = QPushButton(self.tr("Code selected &text"))
        self.code_text_button.clicked.connect(self.code_selected_text)
        self.code_rows_action = QAction(self.tr("Code selected answers"), self)
        self.code_rows_action.setShortcut(QKeySequence("Ctrl+K"))
        self.code_rows_action.triggered.connect(lambda _checked=False: self.code_selected_rows())
        self.addAction(self.code_rows_action)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Question:")))
        top.itemAt(0).widget().setBuddy(self.question_box)  # type: ignore[union-attr]
        top.addWidget(self.question_box, 1)
        top.addWidget(self.columns_button)
        top.addWidget(self.filter_edit, 2)
        top.addWidget(self.count_label)
        coding = QHBoxLayout()
        coding.addWidget(QLabel(self.tr("Code:")))
        coding.addWidget(self.code_box, 1)
        coding.addWidget(self.code_rows_button)
        coding.addWidget(self.code_text_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(coding)

        session.codingsChanged.connect(self._on_codings_changed)
        session.codesChanged.connect(lambda _codes: self._on_codes_changed())
        session.documentsChanged.connect(self._on_documents_changed)
        session.casesChanged.connect(self.reload)
        session.coderFilterChanged.connect(lambda _coder: self._reload_codes())
        self._on_codes_changed()
        self._load_questions()
        self.resize(1100, 700)

    # -- what is shown -------------------------------------------------------------------

    def _load_questions(self, answers: bool = True) -> None:
        """Fill the question box and the attribute menu (keeping the choices),
        then read the answers again (unless ``answers`` is false and the
        question shown is still there)."""
        project = self.session.project
        current = self.question_box.currentText()
        found = survey_answers.questions(project)
        self._attributes = survey_answers.respondent_attributes(project)
        if not self.shown_attributes:
            self.shown_attributes = self._attributes[:SHOWN_ATTRIBUTES]
        self.shown_attributes = [a for a in self.shown_attributes if a in self._attributes]
        self.columns_menu.clear()
        for name in self._attributes:
            action = self.columns_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in self.shown_attributes)
            action.toggled.connect(lambda on, name=name: self.show_attribute(name, on))
        self.question_box.blockSignals(True)
        self.question_box.clear()
        self.question_box.addItems(found)
        if current in found:
            self.question_box.setCurrentText(current)
        self.question_box.blockSignals(False)
        if answers or self.question_box.currentText() != current:
            self.reload()

    def show_question(self, question: str) -> bool:
        """Show the answers to ``question``; ``False`` when there is no such question."""
        index = self.question_box.findText(question, Qt.MatchFlag.MatchExactly)
        if index < 0:
            return False
        if index == self.question_box.currentIndex():
            return True
        self.question_box.setCurrentIndex(index)  # reloads
        return True

    def show_attribute(self, name: str, shown: bool) -> None:
        """Show or hide the attribute column ``name``."""
        if shown and name not in self.shown_attributes:
            self.shown_attributes = [
                a for a in self._attributes if a in {*self.shown_attributes, name}
            ]
        elif not shown and name in self.shown_attributes:
            self.shown_attributes.remove(name)
        else:
            return
        for action in self.columns_menu.actions():
            if action.text() == name and action.isChecked() != shown:
                action.setChecked(shown)
        self.reload()

    def reload(self) -> None:
        """Read the current question's answers again (two or three reads in all)."""
        question = self.question_box.currentText()
        answers: list[SurveyAnswer] = []
        project, attributes = self.session.project, list(self.shown_attributes)
        if question:
            answers = survey_answers.survey_answers(
                project, question, attributes, values=False, codes=False
            )
        # The respondents' values and the answers' codes are read for the rows
        # on screen (a page at a time); the codes by the coder shown at the time.
        self.model.load(
            answers,
            attributes,
            lambda ids: survey_answers.respondent_values(project, ids, attributes),
            lambda ids: survey_answers.answer_codes(project, ids, coder=self.session.coder_filter),
        )
        self._update_count()
        self._show_detail(None)
        self._update_buttons()

    def apply_filter(self) -> None:
        """Filter by what the filter box holds now (the box waits for a pause in typing)."""
        self._filter_timer.stop()
        self.model.set_filter(self.filter_edit.text())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.answers)
        if shown == total:
            self.count_label.setText(self.tr("%Ln answers", "", total))
        else:
            text = self.tr("{shown} of %Ln answers", "", total)
            self.count_label.setText(text.format(shown=number(shown)))

    def select_document(self, document_id: int) -> bool:
        """Select the row of this document's answer (clearing the filter if it hides it)."""
        row = self.model.row_of(document_id)
        if row is None and self.filter_edit.text():
            self.filter_edit.clear()
            self.apply_filter()
            row = self.model.row_of(document_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        return True

    def selected_answers(self) -> list[SurveyAnswer]:
        """The answers on the selected rows, top to bottom."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.answer(row) for row in rows]

    # -- the answer pane -----------------------------------------------------------------------

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(self.model.answer(current.row()) if current.isValid() else None)

    def _show_detail(self, answer: SurveyAnswer | None) -> None:
        self._detail = answer
        text = "" if answer is None else answer.text
        self._positions = PositionMap(text)
        self.detail.setPlainText(text)
        self._update_buttons()

    def text_selection(self) -> tuple[int, int, int] | None:
        """(document id, start, end) of the text selected in the answer pane,
        in code points, or ``None``."""
        cursor = self.detail.textCursor()
        if self._detail is None or not cursor.hasSelection():
            return None
        start, end = self._positions.span_from_qt(cursor.selectionStart(), cursor.selectionEnd())
        return (self._detail.document_id, start, end) if start < end else None

    def select_text(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` (code points) of the answer in the pane."""
        cursor = self.detail.textCursor()
        cursor.setPosition(self._positions.to_qt(start))
        cursor.setPosition(self._positions.to_qt(end), cursor.MoveMode.KeepAnchor)
        self.detail.setTextCursor(cursor)

    # -- coding --------------------------------------------------------------------------

    def chosen_code(self) -> Code | None:
        code_id = self.code_box.currentData()
        return None if code_id is None else self.session.project.codebook().codes.get(code_id)

    def choose_code(self, code: Code) -> None:
        index = self.code_box.findData(code.id)
        if index >= 0:
            self.code_box.setCurrentIndex(index)

    def code_selected_rows(self) -> int:
        """Code the whole text of every selected answer with the chosen code,
        in one undoable step; returns how many codings were added."""
        code = self.chosen_code()
        answers = self.selected_answers()
        if code is None or not answers:
            self.session.status.emit(self.tr("Select answers and a code first."))
            return 0
        project = self.session.project
        ids = [answer.document_id for answer in answers]
        result = self.session.edit(lambda: survey_answers.code_answers(project, ids, code))
        if result is None:
            return 0
        self.session.remember_code(code)
        added = len(result.ids)
        message = self.tr("Coded %Ln answers '{code}'.", "", added).format(code=code.name)
        if result.skipped_duplicates:
            message += " " + self.tr("%Ln were coded so already.", "", result.skipped_duplicates)
        self.session.status.emit(message)
        return added

    def code_selected_text(self) -> bool:
        """Code the text selected in the answer pane with the chosen code."""
        code, selection = self.chosen_code(), self.text_selection()
        if code is None or selection is None:
            self.session.status.emit(self.tr("Select part of an answer and a code first."))
            return False
        document_id, start, end = selection
        document = self.session.edit(lambda: self.session.project.document(document_id))
        if document is None:
            return False
        return self.session.apply_code(code, (document, start, end)) is not None

    def _update_buttons(self) -> None:
        has_code = self.code_box.currentData() is not None
        rows = self.view.selectionModel().hasSelection()
        self.code_rows_button.setEnabled(has_code and rows)
        self.code_text_button.setEnabled(has_code and self.detail.textCursor().hasSelection())

    # -- following the project ------------------------------------------------------------

    def _on_codes_changed(self) -> None:
        codebook = self.session.project.codebook()
        self.model.code_names = {code.id: code.name for code in codebook.codes.values()}
        self.model.names_changed()
        chosen = self.code_box.currentData()
        current = self.current_code()
        wanted = chosen if chosen is not None else (current.id if current else None)
        self.code_box.blockSignals(True)
        self.code_box.clear()
        for code in codebook.walk():
            if code.codable:
                self.code_box.addItem(codebook.path(code.id), code.id)
        index = self.code_box.findData(wanted) if wanted is not None else -1
        self.code_box.setCurrentIndex(max(index, 0) if self.code_box.count() else -1)
        self.code_box.blockSignals(False)
        self._update_buttons()

    def _on_codings_changed(self, documents: frozenset[int], _codes: frozenset[int]) -> None:
        if not documents:  # any document's: read the codes again as rows are drawn
            self.model.forget_codes()
            return
        changed = self.model.document_ids() & documents
        if changed:
            codes = survey_answers.answer_codes(
                self.session.project, changed, coder=self.session.coder_filter
            )
            self.model.set_codes(codes, changed)

    def _reload_codes(self) -> None:
        self.model.forget_codes()

    def _on_documents_changed(self, documents: frozenset[int]) -> None:
        # An edit or a deletion changes rows; an import may add questions,
        # or answers to the question shown (a second sheet of a panel).
        if not documents or self.model.document_ids() & documents:
            self._load_questions()
            return
        names = self.session.project.reader.document_names(documents)
        question = self.question_box.currentText()
        questions = _items(self.question_box)
        found = {survey_answers.question_of(name, questions) for _, name in names}
        if question in found:
            self._load_questions()
        elif any(NAME_SEPARATOR in name for _, name in names):
            self._load_questions(answers=False)

    @guarded
    def showEvent(self, event: object) -> None:  # type: ignore[override]
        current = self.current_code()
        if current is not None:
            self.choose_code(current)
        super().showEvent(event)  # type: ignore[arg-type]


def show_survey_answers(window: QWidget, session: Session, document_id: int | None = None) -> None:
    """Open (or raise) the window's answers table; with ``document_id``, at
    that answer's question and row."""
    answers = getattr(window, "survey_answers", None)
    if not isinstance(answers, SurveyAnswersWindow):
        codebook = getattr(window, "codebook", None)
        current = getattr(codebook, "current_code", None) or (lambda: None)
        answers = SurveyAnswersWindow(session, window, current)
        window.survey_answers = answers  # type: ignore[attr-defined]
    if document_id is not None:
        names = session.project.reader.document_names([document_id])
        if names:
            question = survey_answers.question_of(names[0][1], _items(answers.question_box))
            if question is not None:
                answers.show_question(question)
                answers.select_document(document_id)
    answers.show()
    answers.raise_()
    answers.activateWindow()


def _items(box: QComboBox) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]
