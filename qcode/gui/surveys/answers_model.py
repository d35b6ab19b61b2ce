"""The answers table's Qt model: one row per answer to a question.

Columns: the respondent, the respondent's chosen attributes, the answer's
text and its codes.  A question may have 100,000 answers, so the model
filters and sorts itself: it keeps the answers in a list and shows them
through ``_order``, a list of indexes into it, rebuilt by a filter or a
sort from keys worked out once per column (a :class:`QSortFilterProxyModel`
would call :meth:`data` for every comparison).  The respondents' attribute
values and the answers' codes can be read lazily: :meth:`SurveyAnswersModel.load`
takes a reader of each, asked for a page of the rows on screen, and for all
of them only when a filter or a sort needs every value.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from qcode.core.survey_answers import SurveyAnswer
from qcode.gui.widgets.overrides import guarded
from qcode.model import AttributeValue

ModelIndex = QModelIndex
# Reads the values of the chosen attributes of these answers' respondents (by document id).
ValuesReader = Callable[[Sequence[int]], Mapping[int, tuple[AttributeValue | None, ...]]]
# Reads the ids of the codes applied in these answers (by document id; none: left out).
CodesReader = Callable[[Sequence[int]], Mapping[int, tuple[int, ...]]]
RESPONDENT_COLUMN = 0
PAGE = 256  # rows whose attribute values and codes are read together, as they come into view
_SHOWN_CHARACTERS = 400  # of an answer, in its one-line cell (the pane below shows it all)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def shown_value(value: AttributeValue | None) -> str:
    """An attribute value as a cell shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SurveyAnswersModel", "yes")
            if value
            else QCoreApplication.translate("SurveyAnswersModel", "no")
        )
    return str(value)


def _key(value: AttributeValue | None) -> tuple[int, Any]:
    """Sorts numbers by value, then text (case-folded), empty cells last."""
    if value is None:
        return (2, "")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, value)
    return (1, shown_value(value).casefold())


class SurveyAnswersModel(QAbstractTableModel):
    """A question's answers (see the module); ``code_names`` maps a code's
    id to the name shown in the codes column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.answers: list[SurveyAnswer] = []
        self.attributes: tuple[str, ...] = ()
        self.code_names: Mapping[int, str] = {}
        self._order: list[int] = []  # the answers shown, as indexes into self.answers
        self._rows: dict[int, int] = {}  # document id -> index into self.answers
        self._haystacks: list[str] | None = None  # what the filter searches, made on first use
        self._filter = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._read_values: ValuesReader | None = None  # None: the answers hold their values
        self._values: dict[int, tuple[AttributeValue | None, ...]] = {}  # by document id
        self._read_codes: CodesReader | None = None  # None: the answers hold their codes
        self._codes: dict[int, tuple[int, ...]] = {}  # by document id, those read

    # -- columns -----------------------------------------------------------------------

    @property
    def answer_column(self) -> int:
        return 1 + len(self.attributes)

    @property
    def codes_column(self) -> int:
        return 2 + len(self.attributes)

    @guarded
    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self.attributes)

    @guarded
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    @guarded
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == RESPONDENT_COLUMN:
            return QCoreApplication.translate("SurveyAnswersModel", "Respondent")
        if section == self.answer_column:
            return QCoreApplication.translate("SurveyAnswersModel", "Answer")
        if section == self.codes_column:
            return QCoreApplication.translate("SurveyAnswersModel", "Codes")
        if 0 < section < self.answer_column:
            return self.attributes[section - 1]
        return None

    @guarded
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        answer = self.answers[self._order[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RESPONDENT_COLUMN:
                return answer.respondent
            if column == self.answer_column:
                return answer.text[:_SHOWN_CHARACTERS].replace("\n", " ")
            if column == self.codes_column:
                return self._codes_text(self._codes_on(index.row()))
            return shown_value(self._values_on(index.row())[column - 1])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.answer_column:
            return answer.text[:2000]
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < column < self.answer_column:
            value = self._values_on(index.row())[column - 1]
            if isinstance(value, int | float) and not isinstance(value, bool):
                return _RIGHT
        return None

    def _codes_text(self, code_ids: tuple[int, ...]) -> str:
        """The names of these codes, comma-separated."""
        names = self.code_names
        return ", ".join(names.get(code_id, "?") for code_id in code_ids)

    # -- loading -----------------------------------------------------------------------

    def load(
        self,
        answers: Sequence[SurveyAnswer],
        attributes: Sequence[str],
        values: ValuesReader | None = None,
        codes: CodesReader | None = None,
    ) -> None:
        """Show these answers, with these attribute columns (filter and sort
        kept); the attribute values are the answers' own, or, given
        ``values``, read with it a page of rows at a time; the codes
        likewise, given ``codes``."""
        self.beginResetModel()
        self.answers = list(answers)
        self.attributes = tuple(attributes)
        self._read_values = values if attributes else None
        self._values = {}
        self._read_codes = codes
        self._codes = {}
        self._rows = {answer.document_id: i for i, answer in enumerate(self.answers)}
        self._haystacks = None
        if self._sort is not None and self._sort[0] >= self.columnCount():
            self._sort = None
        self._order = self._arranged()
        self.endResetModel()

    def set_codes(self, codes: Mapping[int, tuple[int, ...]], documents: Collection[int]) -> None:
        """The codes of these documents are now ``codes`` (a document left
        out of ``codes`` has none); their cells in the codes column are redrawn."""
        changed = False
        for document_id in documents:
            index = self._rows.get(document_id)
            if index is None:
                continue
            now = codes.get(document_id, ())
            if self._read_codes is not None:
                if self._codes.get(document_id) != now:
                    self._codes[document_id] = now
                    changed = True
                continue
            answer = self.answers[index]
            if answer.code_ids != now:
                self.answers[index] = answer._replace(code_ids=now)
                changed = True
        if changed:
            self.names_changed()

    def forget_codes(self) -> None:
        """Every answer's codes may have changed (another coder's shown, say):
        read them again as their rows are drawn (given a reader to :meth:`load`)."""
        if self._read_codes is not None:
            self._codes = {}
            self.names_changed()

    def names_changed(self) -> None:
        """Code names changed: redraw the codes column."""
        column = self.codes_column
        # One signal for the column: cheaper than one per row for 1,000 rows.
        if self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def _values_on(self, row: int) -> tuple[AttributeValue | None, ...]:
        answer = self.answers[self._order[row]]
        if self._read_values is None:
            return answer.values
        found = self._values.get(answer.document_id)
        if found is None:
            self._read(self._page_of(row))
            found = self._values[answer.document_id]
        return found

    def _codes_on(self, row: int) -> tuple[int, ...]:
        answer = self.answers[self._order[row]]
        if self._read_codes is None:
            return answer.code_ids
        found = self._codes.get(answer.document_id)
        if found is None:
            self._read_codes_of(self._page_of(row))
            found = self._codes[answer.document_id]
        return found

    def _page_of(self, row: int) -> list[int]:
        """The documents of the page of ``PAGE`` rows that holds ``row``, as shown."""
        first = row - row % PAGE
        return [self.answers[i].document_id for i in self._order[first : first + PAGE]]

    def _read_codes_of(self, document_ids: Sequence[int]) -> None:
        assert self._read_codes is not None
        read = self._read_codes(document_ids)
        for document_id in document_ids:
            self._codes[document_id] = read.get(document_id, ())

    def _all_codes(self) -> list[tuple[int, ...]]:
        """Every answer's codes, in the order of ``self.answers`` (all read at once, to sort)."""
        if self._read_codes is None:
            return [answer.code_ids for answer in self.answers]
        missing = [a.document_id for a in self.answers if a.document_id not in self._codes]
        if missing:
            self._read_codes_of(missing)
        return [self._codes[answer.document_id] for answer in self.answers]

    def _read(self, document_ids: Sequence[int]) -> None:
        assert self._read_values is not None
        read = self._read_values(document_ids)
        empty = (None,) * len(self.attributes)
        for document_id in document_ids:
            self._values[document_id] = read.get(document_id, empty)

    def _all_values(self) -> list[tuple[AttributeValue | None, ...]]:
        """Every answer's values, in the order of ``self.answers`` (all read
        at once, for a filter or a sort)."""
        if self._read_values is not None:
            missing = [a.document_id for a in self.answers if a.document_id not in self._values]
            if missing:
                self._read(missing)
            return [self._values[answer.document_id] for answer in self.answers]
        return [answer.values for answer in self.answers]

    # -- rows ----------------------------------------------------------------------------

    def answer(self, row: int) -> SurveyAnswer:
        """The answer shown on ``row`` (with its codes)."""
        answer = self.answers[self._order[row]]
        if self._read_codes is None:
            return answer
        return answer._replace(code_ids=self._codes_on(row))

    def row_of(self, document_id: int) -> int | None:
        """The row showing this document's answer, if it is shown."""
        index = self._rows.get(document_id)
        if index is None:
            return None
        try:
            return self._order.index(index)
        except ValueError:  # filtered out
            return None

    def document_ids(self) -> set[int]:
        return set(self._rows)

    # -- filtering and sorting -----------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Show only the answers whose text, respondent or attribute values
        contain ``text`` (ignoring case)."""
        wanted = text.strip().casefold()
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._order = self._arranged()
        self.endResetModel()

    @guarded
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order) if 0 <= column < self.columnCount() else None
        self._order = self._arranged()
        self.layoutChanged.emit()

    def _arranged(self) -> list[int]:
        order = list(range(len(self.answers)))
        if self._filter:
            if self._haystacks is None:
                self._haystacks = [
                    self._haystack(answer, values)
                    for answer, values in zip(self.answers, self._all_values(), strict=True)
                ]
            wanted, haystacks = self._filter, self._haystacks
            order = [i for i in order if wanted in haystacks[i]]
        if self._sort is not None:
            column, direction = self._sort
            key = self._sort_key(column)
            order.sort(key=key, reverse=direction == Qt.SortOrder.DescendingOrder)
        return order

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        answers = self.answers
        if column == RESPONDENT_COLUMN:
            keys: list[Any] = [a.respondent.casefold() for a in answers]
        elif column == self.answer_column:
            keys = [a.text.casefold() for a in answers]
        elif column == self.codes_column:
            text = self._codes_text
            keys = [(len(ids) == 0, text(ids).casefold()) for ids in self._all_codes()]
        else:
            keys = [_key(values[column - 1]) for values in self._all_values()]
        return keys.__getitem__

    def _haystack(self, answer: SurveyAnswer, values: tuple[AttributeValue | None, ...]) -> str:
        parts = [answer.respondent, answer.text, *map(shown_value, values)]
        return "\n".join(parts).casefold()
