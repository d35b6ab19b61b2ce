"""The open project as the window's widgets see it.

:class:`Session` turns the core's :class:`~qcode.core.events.ProjectChanged`
announcements into Qt signals, keeps what is shared between panels (the
document on screen, the coder filter, recent and favourite codes), and runs
every edit through :meth:`Session.edit`, which reports a user's mistake or a
failed write in a message instead of a crash.  Widgets never write to the
project except through a core method called via ``edit``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from qcode.core.events import ProjectChanged
from qcode.core.project import Project
from qcode.errors import NotFoundError, QcodeError
from qcode.gui.i18n.messages import error_text
from qcode.model import Code, Coding, Document
from qcode.settings import Settings

T = TypeVar("T")
MAX_RECENT_CODES = 8
# How often to retry moving edits into the project file when a reader held it up.
FLUSH_INTERVAL_MS = 3000

# (document, start, end) in code points
Selection = tuple[Document, int, int]


class Session(QObject):
    """Signals carry frozensets of ids; an empty set means "all of them"."""

    documentsChanged = Signal(object)  # document ids whose row, attributes or text changed
    codesChanged = Signal(object)  # code ids whose row changed, or the tree's shape
    codingsChanged = Signal(object, object)  # (document ids, code ids) whose codings changed
    memosChanged = Signal()
    # Findings (issue 13): what the researcher built on top of the coding.
    speakersChanged = Signal()  # roles and descriptions (counts follow codings/documents)
    casesChanged = Signal()  # cases, their attributes and members
    frameworkChanged = Signal()  # framework summaries and quotes
    linksChanged = Signal()  # links between codings and link types
    gradesChanged = Signal()  # the grade scale and codings' grades
    queriesChanged = Signal()  # saved queries
    currentDocumentChanged = Signal(object)  # Document | None
    selectRequested = Signal(int, int)  # code points in the current document
    coderFilterChanged = Signal(object)  # coder name, or None for everyone
    favouritesChanged = Signal()
    recentCodesChanged = Signal()
    # Suggested spans for the document on screen: list of (start, end, tooltip)
    suggestionsShown = Signal(object)
    # A one-line message for the user, already in their language: a core
    # Message is translated before it is emitted (a str signal carries text only).
    error = Signal(str)
    status = Signal(str)  # a short note for the status bar

    def __init__(self, project: Project, settings: Settings) -> None:
        super().__init__()
        self.project = project
        self.settings = settings
        self.current_document: Document | None = None
        self.coder_filter: str | None = None
        self.recent_codes: list[int] = []
        # The document view registers how to read its selection.
        self.selection_provider: Callable[[], Selection | None] = lambda: None
        project.changed.connect(self._on_project_changed)
        # An edit is checkpointed into the .qcode file as it is made; when a
        # reader (a command, another window) held that up, finish it soon, so
        # that the file alone is a complete copy again.
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self._on_flush_timer)
        if not project.read_only:
            self._flush_timer.start()

    # -- edits ------------------------------------------------------------------

    def edit(self, action: Callable[[], T]) -> T | None:
        """Run one core edit; a :class:`QcodeError` becomes a message."""
        try:
            return action()
        except QcodeError as problem:
            self.error.emit(error_text(problem))
            return None

    def _on_flush_timer(self) -> None:
        self.project.flush_pending()  # cheap when nothing is pending

    def _on_project_changed(self, event: ProjectChanged) -> None:
        kinds = event.kinds
        if "documents" in kinds:
            self._refresh_current_document()
            self.documentsChanged.emit(event.documents)
        if "codes" in kinds:
            self.codesChanged.emit(event.codes)
        if "codings" in kinds:
            self.codingsChanged.emit(event.documents, event.codes)
        if "memos" in kinds:
            self.memosChanged.emit()
        for kind, signal in self._finding_signals().items():
            if kind in kinds:
                signal.emit()
        if "project" in kinds:
            self.documentsChanged.emit(frozenset())

    def _finding_signals(self) -> dict[str, Any]:
        """The signal of each kind of finding, by its event kind."""
        return {
            "speakers": self.speakersChanged,
            "cases": self.casesChanged,
            "framework": self.frameworkChanged,
            "links": self.linksChanged,
            "grades": self.gradesChanged,
            "queries": self.queriesChanged,
        }

    def _refresh_current_document(self) -> None:
        if self.current_document is None:
            return
        try:
            self.current_document = self.project.document(self.current_document.id)
        except NotFoundError:  # it was deleted (or an undo removed it)
            self.current_document = None
            self.currentDocumentChanged.emit(None)

    # -- what is on screen ----------------------------------------------------------

    def open_document(
        self, document: Document | None, select: tuple[int, int] | None = None
    ) -> None:
        """Show ``document``; optionally select ``text[start:end]`` in it."""
        changed = (document is None) != (self.current_document is None) or (
            document is not None
            and self.current_document is not None
            and document.id != self.current_document.id
        )
        self.current_document = document
        if changed:
            self.currentDocumentChanged.emit(document)
        if document is not None and select is not None:
            self.selectRequested.emit(*select)

    def set_coder_filter(self, coder: str | None) -> None:
        if coder != self.coder_filter:
            self.coder_filter = coder
            self.coderFilterChanged.emit(coder)

    def visible_codings(self, document: Document) -> list[Coding]:
        """The codings of ``document`` the coder filter lets through."""
        coder = self.coder_filter
        if coder is not None and coder not in {c.name for c in self.project.coders()}:
            return []
        return self.project.codings(document=document, coder=coder)

    # -- coding ---------------------------------------------------------------------

    def selection(self) -> Selection | None:
        return self.selection_provider()

    def apply_code(self, code: Code, selection: Selection | None = None) -> Coding | None:
        """Apply ``code`` to the selection in the document view (or the given one)."""
        selection = selection or self.selection()
        if selection is None:
            self.status.emit(self.tr("Select some text first, then apply a code to it."))
            return None
        document, start, end = selection
        if not code.codable:
            self.error.emit(
                self.tr("'{name}' is a grouping code; apply one of its sub-codes").format(
                    name=code.name
                )
            )
            return None
        try:
            coding = self.project.apply_code(document, code, start, end)
        except QcodeError as problem:
            self.error.emit(error_text(problem))
            return None
        if coding is None:
            self.status.emit(
                self.tr("This text is already coded '{name}' by you.").format(name=code.name)
            )
        self.remember_code(code)
        return coding

    def apply_new_code(self, name: str, parent: Code | None = None) -> Coding | None:
        """In-vivo coding: a new code named ``name``, applied to the selection."""
        selection = self.selection()
        if selection is None:
            self.status.emit(self.tr("Select some text first."))
            return None
        document, start, end = selection
        path = name.strip().replace("\\", "\\\\").replace("/", "\\/")
        if parent is not None:
            path = f"{self.project.codebook().path(parent.id)}/{path}"
        coding = self.edit(lambda: self.project.apply_code(document, path, start, end, create=True))
        if coding is not None:
            self.remember_code(self.project.codebook().codes[coding.code_id])
        return coding

    def remember_code(self, code: Code) -> None:
        self.recent_codes = [code.id, *(i for i in self.recent_codes if i != code.id)][
            :MAX_RECENT_CODES
        ]
        self.recentCodesChanged.emit()

    # -- favourites (keys 1–9) ------------------------------------------------------

    def _project_uuid(self) -> str:
        return self.project.info().get("uuid", str(self.project.path))

    def favourites(self) -> dict[int, Code]:
        codebook = self.project.codebook()
        found = {}
        for key, uuid in self.settings.favourites(self._project_uuid()).items():
            code = codebook.by_uuid(uuid)
            if code is not None:
                found[key] = code
        return found

    def set_favourite(self, key: int, code: Code | None) -> None:
        self.settings.set_favourite(self._project_uuid(), key, None if code is None else code.uuid)
        self.favouritesChanged.emit()

    def apply_favourite(self, key: int) -> None:
        code = self.favourites().get(key)
        if code is None:
            self.status.emit(
                self.tr("No code on key {key}: right-click a code ▸ Favourite key.").format(key=key)
            )
            return
        self.apply_code(code)

    def refresh_all(self) -> Any:
        """Tell every view to reload (after opening, merging or an undo resync)."""
        self.documentsChanged.emit(frozenset())
        self.codesChanged.emit(frozenset())
        self.codingsChanged.emit(frozenset(), frozenset())
        self.memosChanged.emit()
        for signal in self._finding_signals().values():
            signal.emit()
