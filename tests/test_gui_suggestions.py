"""The suggestions panel and its background trainer, driven as a user would."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from qcode.analysis.suggestions import suggester as suggest
from qcode.analysis.suggestions.suggester import Suggester, Suggestion
from qcode.analysis.suggestions.worker import (
    WorkerSuggestions,
    suggest_in_worker,
    train_for_project,
)
from qcode.core.project import Project
from qcode.gui.coding.document_view import DocumentView
from qcode.gui.session import Session
from qcode.gui.suggestions import panel as suggestions_panel
from qcode.gui.suggestions.panel import SuggestionsPanel
from qcode.gui.suggestions.trainer import SuggestionTrainer
from qcode.io.base import ImportedDocument, SpeakerTurn
from qcode.model import Code, Document
from qcode.settings import Settings
from qcode.store.suggestions import load_model

pytestmark = pytest.mark.gui

TRAINING_TIMEOUT_MS = 120_000  # a cold worker imports spaCy first
SUGGEST_TIMEOUT_MS = 60_000  # suggestions are found in a worker too: it imports spaCy first

CAMERA = "A camera watched our gate every night."
BLACKLIST = "I was blacklisted last spring."
FAMILY_HERE = "My mother and my brother cried for our family."
NOODLES = "We ate noodles for lunch."
CHINESE = "社会信用体系让我很害怕。"
LIU = f"{CAMERA} {BLACKLIST} {FAMILY_HERE} {NOODLES} {CHINESE} The weather was mild 😀."

FAMILY = [
    "My mother cried when they took my brother away.",
    "My father and my sister visited our family in the prison.",
    "Our family had to move because my mother lost her job.",
    "My brother wrote to our family every week.",
]
OTHER = [
    "The train left at noon.",
    "We bought rice at the market.",
    "The office closed early.",
    "The road was long and dusty.",
    "He read the newspaper in the park.",
]
ZHAO = " ".join(s for pair in zip(FAMILY, OTHER, strict=False) for s in pair) + " " + OTHER[-1]


def span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def add(project: Project, name: str, text: str, **attributes: str) -> Document:
    (document,) = project.add_documents(
        [ImportedDocument(name, text, f"{name}.txt", "text")], attributes or None
    )
    return document


class Corpus:
    """The project every test starts from."""

    def __init__(self, project: Project, family_codings: int = len(FAMILY)) -> None:
        self.surveillance = project.create_code("Surveillance", keywords=["camera"])
        self.blacklist = project.create_code("Blacklist", keywords=["blacklist"])
        self.family = project.create_code("Family")
        self.liu = add(project, "Liu", LIU)
        self.zhao = add(project, "Zhao", ZHAO)
        for sentence in FAMILY[:family_codings]:
            project.apply_code(self.zhao, self.family, *span(ZHAO, sentence))


@pytest.fixture(autouse=True)
def _no_worker_left_behind() -> Iterator[None]:
    yield
    assert multiprocessing.active_children() == [], "a worker process is still running"


@pytest.fixture
def session(project: Project, tmp_path: Path) -> Session:
    return Session(project, Settings(tmp_path / "settings"))


@pytest.fixture
def corpus(project: Project) -> Corpus:
    return Corpus(project)


def make_panel(qtbot: QtBot, session: Session, *, learned: bool = False) -> SuggestionsPanel:
    panel = SuggestionsPanel(session)
    qtbot.addWidget(panel)
    # Most tests are about keywords: they need no model, so no worker either.
    panel.learned_box.setChecked(learned)
    panel.resize(1100, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel(qtbot: QtBot, session: Session, corpus: Corpus) -> Iterator[SuggestionsPanel]:
    made = make_panel(qtbot, session)
    show(qtbot, session, made, corpus.liu)
    yield made
    made.shutdown()


def show(qtbot: QtBot, session: Session, panel: SuggestionsPanel, document: Document) -> None:
    session.open_document(document)
    qtbot.waitUntil(
        lambda: f"for {document.name}." in panel.heading.text(), timeout=SUGGEST_TIMEOUT_MS
    )


def table_rows(panel: SuggestionsPanel) -> list[tuple[str, ...]]:
    model = panel.table.model()
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def row_of(panel: SuggestionsPanel, text: str, code: str | None = None) -> int:
    for number, (shown_code, _conf, _source, _reason, shown_text) in enumerate(table_rows(panel)):
        if shown_text == text and (code is None or shown_code == code):
            return number
    raise AssertionError(f"{text!r} is not suggested: {table_rows(panel)}")


def listed(panel: SuggestionsPanel, text: str, code: str) -> bool:
    return any(r[0] == code and r[4] == text for r in table_rows(panel))


def click_row(qtbot: QtBot, panel: SuggestionsPanel, row: int) -> None:
    rect = panel.table.visualRect(panel.table.model().index(row, 4))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def codings_of(project: Project, document: Document, code: Code) -> list[tuple[int, int, str]]:
    coders = {coder.id: coder.name for coder in project.coders()}
    return [
        (c.start, c.end, coders[c.coder_id])
        for c in project.codings(document=document)
        if c.code_id == code.id
    ]


# -- what is listed ------------------------------------------------------------------------


def test_keyword_suggestions_are_listed_with_their_reason(panel: SuggestionsPanel) -> None:
    rows = table_rows(panel)
    camera = rows[row_of(panel, CAMERA, "Surveillance")]
    assert camera[1:4] == ("0.50", "Keywords", "keyword 'camera'")
    blacklisted = rows[row_of(panel, BLACKLIST, "Blacklist")]
    assert blacklisted[3] == "keyword 'blacklisted'"  # "blacklist" found "blacklisted"
    texts = [row[4] for row in rows]
    assert NOODLES not in texts
    assert CHINESE not in texts  # read without trouble, and nothing in it to suggest
    assert panel.heading.text() == f"{len(rows)} suggestions for Liu."
    icon = panel.table.model().index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()  # the code's colour


def test_the_recall_knob_and_sources_filter_the_list(panel: SuggestionsPanel, qtbot) -> None:
    assert listed(panel, CAMERA, "Surveillance")
    panel.recall_slider.setValue(2)  # towards "few, sure": keywords need 0.3 × 2.2 = 0.66
    assert not listed(panel, CAMERA, "Surveillance")  # 0.50 is below
    panel.recall_slider.setValue(suggestions_panel.KNOB_DEFAULT)
    assert listed(panel, CAMERA, "Surveillance")
    panel.keywords_box.setChecked(False)
    qtbot.waitUntil(lambda: not listed(panel, CAMERA, "Surveillance"))


def test_code_keywords_and_names_are_live(
    panel: SuggestionsPanel, session: Session, corpus: Corpus, qtbot
) -> None:
    session.project.update_code(corpus.surveillance, keywords=["camera", "noodle"])
    qtbot.waitUntil(lambda: listed(panel, NOODLES, "Surveillance"))
    session.project.update_code(corpus.surveillance, keywords=[])
    qtbot.waitUntil(lambda: not listed(panel, CAMERA, "Surveillance"))
    weather = "The weather was mild 😀."
    session.project.create_code("Weather")
    assert not listed(panel, weather, "Weather")
    panel.names_box.setChecked(True)
    qtbot.waitUntil(lambda: listed(panel, weather, "Weather"))


def test_a_chinese_document_gets_suggestions(
    qtbot, session: Session, corpus: Corpus, project: Project
) -> None:
    project.create_code("Social credit", keywords=["信用"])
    wang = add(project, "Wang", f"{CHINESE}我们吃了面条。 {CAMERA}", language="zh")
    made = make_panel(qtbot, session)
    try:
        show(qtbot, session, made, wang)
        assert table_rows(made)[row_of(made, CHINESE, "Social credit")][3] == "keyword '信用'"
        assert listed(made, CAMERA, "Surveillance")
        assert not any(row[4] == "我们吃了面条。" for row in table_rows(made))
    finally:
        made.shutdown()


def test_speaker_turns_as_units(qtbot, session: Session, project: Project) -> None:
    project.create_code("Surveillance", keywords=["camera"])
    text = "Interviewer: Did a camera watch you?\nLiu: Yes. It did, every night.\n"
    (document,) = project.add_documents(
        [
            ImportedDocument(
                "Turns",
                text,
                "turns.txt",
                "text",
                turns=[SpeakerTurn("Interviewer", 0, 37), SpeakerTurn("Liu", 37, len(text))],
            )
        ]
    )
    made = make_panel(qtbot, session)
    try:
        show(qtbot, session, made, document)
        assert listed(made, "Did a camera watch you?", "Surveillance")
        project.update_code(project.code("Surveillance"), keywords=["night"])
        qtbot.waitUntil(lambda: listed(made, "It did, every night.", "Surveillance"))
        made.unit_combo.setCurrentText("Speaker turns")
        qtbot.waitUntil(lambda: listed(made, "Yes. It did, every night.", "Surveillance"))
    finally:
        made.shutdown()


def gone_pipelines() -> list[str]:
    """Runs in the worker: one pipeline was installed once, and is gone now."""
    return ["blank", "xx_gone_sm"]


def pipelines_listed(qtbot: QtBot, panel: SuggestionsPanel) -> list[str]:
    """The pipelines offered, once the worker has said which are installed."""
    combo = panel.pipeline_combo
    qtbot.waitUntil(lambda: combo.findText("blank") >= 0, timeout=SUGGEST_TIMEOUT_MS)
    return [combo.itemText(i) for i in range(combo.count())]


def test_pipeline_choice_lists_what_is_installed_and_is_kept(
    qtbot, session: Session, corpus: Corpus, monkeypatch
) -> None:
    session.settings.suggestion_pipeline = "xx_not_installed_sm"
    made = make_panel(qtbot, session)
    try:
        items = pipelines_listed(qtbot, made)
        assert "blank" in items and "xx_not_installed_sm" not in items
        assert made.pipeline_combo.currentText() == "blank"
    finally:
        made.shutdown()
    # One that was installed once and is gone now: the choice is kept, the error shown.
    monkeypatch.setattr(suggestions_panel, "installed_pipelines", gone_pipelines)
    made = make_panel(qtbot, session)
    try:
        show(qtbot, session, made, corpus.liu)
        assert "xx_gone_sm" in pipelines_listed(qtbot, made)
        made.pipeline_combo.setCurrentText("xx_gone_sm")
        assert Settings(session.settings.path.parent).suggestion_pipeline == "xx_gone_sm"
        qtbot.waitUntil(lambda: "is not installed" in made.status_label.text())
        assert made.rows() == []
        made.pipeline_combo.setCurrentText("blank")
        qtbot.waitUntil(lambda: listed(made, CAMERA, "Surveillance"))
        assert Settings(session.settings.path.parent).suggestion_pipeline == "blank"
    finally:
        made.shutdown()


# -- choosing, accepting, rejecting -----------------------------------------------------


def test_choosing_a_row_selects_its_passage(
    panel: SuggestionsPanel, session: Session, qtbot
) -> None:
    row = row_of(panel, BLACKLIST, "Blacklist")
    with qtbot.waitSignal(session.selectRequested) as selected:
        click_row(qtbot, panel, row)
    assert selected.args == list(span(LIU, BLACKLIST))
    assert session.current_document is not None and session.current_document.name == "Liu"


def test_accept_codes_exactly_the_passage_and_undo_brings_it_back(
    panel: SuggestionsPanel, session: Session, corpus: Corpus, project: Project, qtbot
) -> None:
    row = row_of(panel, CAMERA, "Surveillance")
    following = panel.rows()[row + 1]
    click_row(qtbot, panel, row)
    panel.unit_combo.setFocus()
    qtbot.keyClick(panel.unit_combo, Qt.Key.Key_Return)  # Enter in another control: no coding
    assert codings_of(project, corpus.liu, corpus.surveillance) == []
    panel.table.setFocus()
    with qtbot.waitSignal(session.selectRequested) as selected:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
        assert codings_of(project, corpus.liu, corpus.surveillance) == [
            (*span(LIU, CAMERA), "Amina")
        ]
    assert project.undo_label() == "apply 'Surveillance'"
    assert not listed(panel, CAMERA, "Surveillance")
    # The queue moves on: the next suggestion is current, its passage selected.
    assert panel.current() == following
    assert selected.args == [following.start, following.end]
    assert panel.table.hasFocus()
    project.undo()
    assert codings_of(project, corpus.liu, corpus.surveillance) == []
    qtbot.waitUntil(lambda: listed(panel, CAMERA, "Surveillance"))


def test_reject_removes_the_suggestion_for_good_until_undone(
    panel: SuggestionsPanel, corpus: Corpus, project: Project, qtbot
) -> None:
    click_row(qtbot, panel, row_of(panel, BLACKLIST, "Blacklist"))
    panel.table.setFocus()
    with qtbot.waitSignal(panel.refreshed, timeout=SUGGEST_TIMEOUT_MS):
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
        assert not listed(panel, BLACKLIST, "Blacklist")  # gone at once, not when found again
    assert not listed(panel, BLACKLIST, "Blacklist")
    assert listed(panel, CAMERA, "Surveillance")
    assert codings_of(project, corpus.liu, corpus.blacklist) == []  # rejecting codes nothing
    with qtbot.waitSignal(panel.refreshed, timeout=SUGGEST_TIMEOUT_MS):
        panel.refresh_action.trigger()
    assert not listed(panel, BLACKLIST, "Blacklist")
    assert not any(
        s.text == BLACKLIST and s.code == "Blacklist"
        for s in Suggester(project).suggest(corpus.liu)
    )
    assert project.undo_label() == "reject suggestion 'Blacklist'"
    project.undo()
    qtbot.waitUntil(lambda: listed(panel, BLACKLIST, "Blacklist"))


def test_accept_selection_codes_the_adjusted_span(
    qtbot, session: Session, corpus: Corpus, project: Project
) -> None:
    view = DocumentView(session)
    qtbot.addWidget(view)
    made = make_panel(qtbot, session)
    try:
        show(qtbot, session, made, corpus.liu)
        click_row(qtbot, made, row_of(made, CAMERA, "Surveillance"))
        start, end = span(LIU, CAMERA)
        assert session.selection() == (corpus.liu, start, end)
        view.select(start + 2, end - 1)  # the researcher drops "A " and the full stop
        made.accept_selection_action.trigger()
        assert codings_of(project, corpus.liu, corpus.surveillance) == [
            (start + 2, end - 1, "Amina")
        ]
        qtbot.waitUntil(lambda: not listed(made, CAMERA, "Surveillance"))
    finally:
        made.shutdown()


def test_accept_all_above_is_one_undo_step(
    panel: SuggestionsPanel, corpus: Corpus, project: Project, qtbot, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *args: (0.5, True)))

    def confirm(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(confirm))
    expected = [s for s in panel.rows() if s.confidence >= 0.5]
    assert len(expected) >= 2
    before = len(project.codings())
    panel.accept_all_action.trigger()
    assert f"Code {len(expected)} passages in 'Liu'" in asked[0]
    assert len(project.codings()) == before + len(expected)
    assert codings_of(project, corpus.liu, corpus.blacklist) == [(*span(LIU, BLACKLIST), "Amina")]
    qtbot.waitUntil(lambda: not any(r.confidence >= 0.5 for r in panel.rows()))
    project.undo()
    assert len(project.codings()) == before
    qtbot.waitUntil(lambda: len([r for r in panel.rows() if r.confidence >= 0.5]) == len(expected))


def test_accept_all_above_asks_before_coding(
    panel: SuggestionsPanel, project: Project, monkeypatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getDouble", staticmethod(lambda *args: (0.3, True)))
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.No)
    )
    before = len(project.codings())
    panel.accept_all_action.trigger()
    assert len(project.codings()) == before


def test_marks_in_the_text_follow_the_list(
    qtbot, session: Session, corpus: Corpus, project: Project
) -> None:
    shown: list[list[tuple[int, int, str]]] = []
    session.suggestionsShown.connect(shown.append)
    made = make_panel(qtbot, session)
    try:
        show(qtbot, session, made, corpus.liu)
        qtbot.waitUntil(lambda: bool(shown) and len(shown[-1]) == len(made.rows()))
        marks = {(start, end): tip for start, end, tip in shown[-1]}
        assert "Surveillance" in marks[span(LIU, CAMERA)]
        assert "keyword 'camera'" in marks[span(LIU, CAMERA)]
        project.apply_code(corpus.liu, corpus.surveillance, *span(LIU, CAMERA))
        qtbot.waitUntil(lambda: span(LIU, CAMERA) not in {(s, e) for s, e, _ in shown[-1]})
        empty = add(project, "Empty", "Nothing to see here.")
        show(qtbot, session, made, empty)
        qtbot.waitUntil(lambda: shown[-1] == [])
        assert made.heading.text() == "0 suggestions for Empty."
        show(qtbot, session, made, corpus.liu)
        qtbot.waitUntil(lambda: shown[-1] != [])
        made.hide()
        assert shown[-1] == []  # no list, no marks
    finally:
        made.shutdown()


# -- finding suggestions in the background ------------------------------------------------


def test_the_window_thread_never_analyses_text(
    qtbot, session: Session, corpus: Corpus, monkeypatch
) -> None:
    def not_here(*_args: object, **_kw: object) -> None:
        raise AssertionError("analysed text in the window's thread")

    # The worker process imports its own, unpatched copy.
    for name in ("suggest", "units", "analysed", "keyword_suggestions", "model", "train"):
        monkeypatch.setattr(Suggester, name, not_here)
    monkeypatch.setattr(suggest, "load_pipeline", not_here)
    made = make_panel(qtbot, session)
    workers: list[int] = []
    try:
        show(qtbot, session, made, corpus.liu)
        assert listed(made, CAMERA, "Surveillance")  # found over there
        with qtbot.waitSignal(made.refreshed, timeout=SUGGEST_TIMEOUT_MS):
            began = time.perf_counter()
            made.refresh()
            took = time.perf_counter() - began
            assert made.heading.text() == "Finding suggestions…"
            assert listed(made, CAMERA, "Surveillance")  # the rows stay until the new ones come
        assert took < 0.1, f"refresh() kept the window busy for {took * 1000:.0f} ms"
        assert made.heading.text() == f"{len(made.rows())} suggestions for Liu."
        workers = made.finder.worker.pids()
        assert workers and os.getpid() not in workers
    finally:
        made.shutdown()
    assert not any(pid_alive(pid) for pid in workers)


def test_the_worker_job_reads_the_latest_coding_and_never_trains(
    project: Project, corpus: Corpus, monkeypatch
) -> None:
    path, liu = str(project.path), corpus.liu.id
    first = suggest_in_worker(path, liu, ["keywords", "learned", "similar"])
    assert {s.source for s in first.suggestions} == {"keywords"}  # no model yet
    assert not first.model_ready and not first.has_model
    assert first.training_key == first.fingerprint == Suggester(project).fingerprint()
    assert any(s.text == CAMERA for s in first.suggestions)
    project.apply_code(corpus.liu, corpus.surveillance, *span(LIU, CAMERA))
    again = suggest_in_worker(path, liu, ["keywords"])  # the same worker, a new coding
    assert not any(s.text == CAMERA for s in again.suggestions)
    fingerprint, model = train_for_project(path)  # as the training worker would
    assert model is not None

    def train_here(*_args: object, **_kw: object) -> None:
        raise AssertionError("trained while suggesting")

    monkeypatch.setattr(Suggester, "train", train_here)
    # A read-only project cannot store the model: the app sends it along.
    ready = suggest_in_worker(path, liu, ["learned", "similar"], model=None)
    assert not ready.has_model and ready.training_key == fingerprint
    ready = suggest_in_worker(path, liu, ["learned"], model=(fingerprint, model))
    assert ready.model_ready and ready.training_key is None
    assert ready.coded_units == 5  # Family's 4 and Surveillance's 1
    assert ready.thresholds is not None and set(ready.thresholds) == {
        corpus.surveillance.id,
        corpus.blacklist.id,
        corpus.family.id,
    }
    assert any(s.source == "learned" and s.text == FAMILY_HERE for s in ready.suggestions)
    project.create_code("Weather")  # the codebook changed: the model no longer fits
    stale = suggest_in_worker(path, liu, ["learned", "similar"], model=(fingerprint, model))
    assert not stale.has_model and not stale.model_ready and stale.suggestions == []
    assert stale.training_key not in (None, fingerprint)  # a training brings it up to date


def sources_asked(
    path: str, document_id: int, sources: list[str], *_options: object
) -> WorkerSuggestions:
    """Runs in the worker: one row naming the sources asked for; slow with keywords."""
    if "keywords" in sources:
        time.sleep(1.5)
    text = "asked: " + ", ".join(sources)
    row = Suggestion(document_id, 1, "Asked", 0, 5, text, 0.9, "keywords", "what was asked")
    return WorkerSuggestions([row], False, 0, "", False, None)


def test_an_answer_overtaken_by_a_newer_request_is_not_shown(
    qtbot, session: Session, corpus: Corpus
) -> None:
    made = SuggestionsPanel(session, suggest_job=sources_asked)
    qtbot.addWidget(made)
    for box in (made.keywords_box, made.learned_box):
        box.setChecked(False)
    made.show()
    try:
        show(qtbot, session, made, corpus.liu)
        assert [row.text for row in made.rows()] == ["asked: similar"]
        seen: list[list[str]] = []
        made.refreshed.connect(lambda: seen.append([row.text for row in made.rows()]))
        made.keywords_box.setChecked(True)
        made.refresh()  # the slow one
        assert made.finder.busy
        made.keywords_box.setChecked(False)
        made.refresh()  # asked for before the slow one is answered: only this one counts
        assert [row.text for row in made.rows()] == ["asked: similar"]  # kept meanwhile
        assert made.heading.text() == "Finding suggestions…"
        qtbot.waitUntil(lambda: bool(seen), timeout=SUGGEST_TIMEOUT_MS)
        qtbot.wait(500)
        assert seen == [["asked: similar"]]  # the answer with keywords never showed
        assert made.heading.text() == "1 suggestion for Liu."
    finally:
        made.shutdown()


def test_nothing_is_looked_for_while_the_panel_is_hidden(
    qtbot, session: Session, corpus: Corpus, project: Project
) -> None:
    made = make_panel(qtbot, session)
    try:
        show(qtbot, session, made, corpus.liu)
        made.hide()
        project.update_code(corpus.surveillance, keywords=["noodle"])
        qtbot.wait(200)
        assert not made.finder.busy and listed(made, CAMERA, "Surveillance")
        made.show()
        qtbot.waitUntil(lambda: listed(made, NOODLES, "Surveillance"), timeout=SUGGEST_TIMEOUT_MS)
        assert not listed(made, CAMERA, "Surveillance")
    finally:
        made.shutdown()


# -- learning in the background ---------------------------------------------------------


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0): look at its state.
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_learned_suggestions_appear_once_the_worker_has_trained(
    qtbot, session: Session, corpus: Corpus, project: Project, monkeypatch
) -> None:
    def train_here(*_args: object, **_kw: object) -> None:
        raise AssertionError("trained in the window's process")

    monkeypatch.setattr(Suggester, "train", train_here)  # the worker has its own Suggester
    panel = SuggestionsPanel(session)
    qtbot.addWidget(panel)
    panel.similar_box.setChecked(False)
    panel.keywords_box.setChecked(False)
    try:
        with qtbot.waitSignal(panel.trainer.finished, timeout=TRAINING_TIMEOUT_MS) as trained:
            panel.show()
            show(qtbot, session, panel, corpus.liu)
            qtbot.waitUntil(lambda: panel.trainer.running)
            assert panel.status_label.text().startswith("Learning from your coding…")
            assert panel.busy.isVisible() and panel.cancel_button.isVisible()
            workers = panel.trainer.worker_pids()
            assert workers and os.getpid() not in workers  # training happens in another process
        fingerprint, has_model = trained.args
        assert has_model
        assert fingerprint == Suggester(project).fingerprint()
        assert load_model(project.conn, fingerprint) is not None
        qtbot.waitUntil(lambda: listed(panel, FAMILY_HERE, "Family"))
        row = table_rows(panel)[row_of(panel, FAMILY_HERE, "Family")]
        assert row[2] == "Learned" and "4 passages coded 'Family'" in row[3]
        # "Noodles" sits beside a family passage, so it may be offered for review, but
        # below the real one, and one notch towards "few, sure" takes it away.
        confidence = {(s.text, s.code): s.confidence for s in panel.rows()}
        assert confidence.get((NOODLES, "Family"), 0.0) < confidence[(FAMILY_HERE, "Family")]
        panel.recall_slider.setValue(suggestions_panel.KNOB_DEFAULT - 1)
        assert listed(panel, FAMILY_HERE, "Family") and not listed(panel, NOODLES, "Family")
        panel.recall_slider.setValue(suggestions_panel.KNOB_DEFAULT)
        assert panel.status_label.text() == "Model up to date (learned from 4 coded passages)."
        assert not panel.busy.isVisible() and not panel.cancel_button.isVisible()

        # Accepting codes a passage: the model is out of date, and learns again.
        click_row(qtbot, panel, row_of(panel, FAMILY_HERE, "Family"))
        with qtbot.waitSignal(panel.trainer.finished, timeout=TRAINING_TIMEOUT_MS) as again:
            panel.accept_action.trigger()
        assert again.args[0] == Suggester(project).fingerprint() != fingerprint
        qtbot.waitUntil(lambda: "learned from 5 coded passages" in panel.status_label.text())
    finally:
        panel.shutdown()
    assert workers and not any(pid_alive(pid) for pid in workers)


def test_nothing_coded_yet_suggests_from_the_codebook(
    qtbot, session: Session, project: Project
) -> None:
    project.create_code("Family", description="Use when: parents, children, relatives.")
    liu = add(project, "Liu", LIU)
    panel = SuggestionsPanel(session)
    qtbot.addWidget(panel)
    panel.keywords_box.setChecked(False)
    try:
        with qtbot.waitSignal(panel.trainer.finished, timeout=TRAINING_TIMEOUT_MS) as trained:
            panel.show()
            show(qtbot, session, panel, liu)
        assert trained.args[1] is True  # a model of the codebook alone
        qtbot.waitUntil(
            lambda: panel.status_label.text().startswith("Suggesting from your codebook"),
            timeout=SUGGEST_TIMEOUT_MS,
        )
    finally:
        panel.shutdown()


def test_retraining_asked_for_during_a_run_runs_once_after_it(
    qtbot, project: Project, corpus: Corpus
) -> None:
    trainer = SuggestionTrainer(project)
    results: list[tuple[str, bool]] = []
    trainer.finished.connect(lambda key, has: results.append((key, has)))
    try:
        trainer.train("blank", "sentence")
        assert trainer.running
        project.apply_code(corpus.liu, corpus.family, *span(LIU, FAMILY_HERE))
        trainer.train("blank", "sentence")
        trainer.train("blank", "sentence")
        assert trainer.pending
        qtbot.waitUntil(lambda: len(results) == 2, timeout=2 * TRAINING_TIMEOUT_MS)
        qtbot.wait(300)
        assert len(results) == 2 and not trainer.running
        assert results[-1] == (Suggester(project).fingerprint(), True)
    finally:
        trainer.shutdown()


def test_shutdown_ends_a_running_training(qtbot, project: Project, corpus: Corpus) -> None:
    trainer = SuggestionTrainer(project)
    finished: list[object] = []
    trainer.finished.connect(lambda *args: finished.append(args))
    trainer.train("blank", "sentence")
    qtbot.waitUntil(lambda: bool(trainer.worker_pids()))
    workers = trainer.worker_pids()
    trainer.shutdown()
    assert not trainer.running
    assert not any(pid_alive(pid) for pid in workers)
    trainer.train("blank", "sentence")  # after shutdown: nothing starts
    qtbot.wait(300)
    assert finished == [] and not trainer.running


def test_read_only_project_learns_without_writing(qtbot, project: Project, tmp_path) -> None:
    corpus = Corpus(project)
    reader = Project.open(project.path, read_only=True, coder="Amina")
    try:
        session = Session(reader, Settings(tmp_path / "ro-settings"))
        panel = SuggestionsPanel(session)
        qtbot.addWidget(panel)
        panel.keywords_box.setChecked(False)
        panel.similar_box.setChecked(False)
        try:
            assert not panel.accept_action.isEnabled()
            with qtbot.waitSignal(panel.trainer.finished, timeout=TRAINING_TIMEOUT_MS):
                panel.show()
                show(qtbot, session, panel, reader.document(corpus.liu.id))
            qtbot.waitUntil(lambda: listed(panel, FAMILY_HERE, "Family"))
            assert load_model(project.conn, Suggester(project).fingerprint()) is None
        finally:
            panel.shutdown()
    finally:
        reader.close()


def failing_training(path: str, pipeline: str, unit: str) -> tuple[str, bytes | None]:
    """Runs in the worker: training that goes wrong there."""
    raise RuntimeError("the disk is full")


def test_a_failed_training_is_reported_not_fatal(qtbot, session: Session, corpus: Corpus) -> None:
    panel = SuggestionsPanel(session, training_job=failing_training)
    qtbot.addWidget(panel)
    try:
        with qtbot.waitSignal(panel.trainer.failed, timeout=TRAINING_TIMEOUT_MS) as failed:
            panel.show()
            show(qtbot, session, panel, corpus.liu)
        assert failed.args == ["Could not learn from your coding: the disk is full"]
        qtbot.waitUntil(lambda: "the disk is full" in panel.status_label.text())
        assert not panel.busy.isVisible()
        assert listed(panel, CAMERA, "Surveillance")  # the other sources still work
    finally:
        panel.shutdown()


# -- nothing leaves the computer ----------------------------------------------------------

NETWORK_EVENTS = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname")


def offline_training(path: str, pipeline: str, unit: str) -> tuple[str, bytes | None]:
    """Runs in the worker: train, and fail if anything reached for the network."""
    import sys

    reached: list[str] = []
    sys.addaudithook(lambda event, args: reached.append(event) if event in NETWORK_EVENTS else None)
    result = train_for_project(path, pipeline, unit)
    if reached:
        raise RuntimeError(f"the worker used the network: {reached}")
    return result


def offline_suggesting(*args: object) -> WorkerSuggestions:
    """Runs in the worker: find suggestions, and fail if anything reached for the network."""
    import sys

    reached: list[str] = []
    sys.addaudithook(lambda event, args: reached.append(event) if event in NETWORK_EVENTS else None)
    answer = suggest_in_worker(*args)  # type: ignore[arg-type]
    if reached:
        raise RuntimeError(f"the worker used the network: {reached}")
    return answer


def test_no_network_connection_while_training_or_suggesting(
    qtbot, session: Session, corpus: Corpus, no_network: list[str]
) -> None:
    panel = SuggestionsPanel(session, training_job=offline_training, suggest_job=offline_suggesting)
    qtbot.addWidget(panel)
    failures: list[str] = []
    panel.trainer.failed.connect(failures.append)
    panel.finder.failed.connect(failures.append)
    try:
        with qtbot.waitSignal(panel.trainer.finished, timeout=TRAINING_TIMEOUT_MS):
            panel.show()
            show(qtbot, session, panel, corpus.liu)
        qtbot.waitUntil(lambda: listed(panel, FAMILY_HERE, "Family"))
        assert listed(panel, CAMERA, "Surveillance")
    finally:
        panel.shutdown()
    assert failures == []  # the workers saw no network use either
    assert no_network == []
