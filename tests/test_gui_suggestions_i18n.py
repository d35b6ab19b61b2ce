"""The Suggestions panel in the interface's language (issue 18): its labels,
buttons and their tips, the source of each suggestion, the reason (made by
the core as a Message) and the status line while the model learns, and the
"find more like a code" window and the accept-all questions.  The language
is a stand-in French; what it does not know stays English, so a text left
untranslated shows up as English here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from qcode.analysis.suggestions.suggester import Suggestion
from qcode.analysis.suggestions.worker import WorkerSuggestions
from qcode.core.project import Project
from qcode.gui.session import Session
from qcode.gui.suggestions.panel import SuggestionsPanel
from qcode.gui.suggestions.ranked import RankedView
from qcode.io.base import ImportedDocument
from qcode.messages import Message
from qcode.settings import Settings
from tests.test_gui_suggestion_tools import slow_training
from tests.test_gui_suggestions import CAMERA, TRAINING_TIMEOUT_MS, Corpus, show
from tests.translators import speaking

pytestmark = pytest.mark.gui

FRENCH = {
    ("SuggestionsPanel", "&Unit:"): "&Unité :",
    ("SuggestionsPanel", "&Pipeline:"): "&Chaîne :",
    ("SuggestionsPanel", "Re&fresh"): "&Actualiser",
    ("SuggestionsPanel", "Look for suggestions again"): "Chercher de nouveau des suggestions",
    ("SuggestionTable", "&Accept"): "&Accepter",
    ("SuggestionTable", "&Reject"): "&Rejeter",
    ("SuggestionTable", "Accept &selection"): "Accepter la &sélection",
    ("SuggestionTable", "Accept all &above…"): "Tout accepter au-&dessus…",
    ("SuggestionTable", "Code this passage with the suggested code (Enter)"): (
        "Coder ce passage avec le code suggéré (Entrée)"
    ),
    ("SuggestionTable", "Never suggest this code for this passage (Delete)"): (
        "Ne plus suggérer ce code pour ce passage (Suppr)"
    ),
    ("SuggestionTable", "Accept all above"): "Tout accepter au-dessus",
    ("SuggestionTable", "Accept every listed suggestion with a confidence of at least:"): (
        "Accepter chaque suggestion listée d'une confiance d'au moins :"
    ),
    (
        "SuggestionTable",
        "Code %Ln passages in '{document}' with their suggested codes?\n"
        "You can undo this in one step (Edit ▸ Undo).",
    ): "Coder %Ln passages de « {document} » avec leurs codes suggérés ?",
    ("SuggestionsModel", "Keywords"): "Mots-clés",
    ("SuggestionsModel", "Learned"): "Appris",
    ("SuggestionsModel", "Reason"): "Raison",
    ("SuggestionTrainer", "Model up to date (learned from %Ln coded passages)."): (
        "Modèle à jour (appris de %Ln passages codés)."
    ),
    ("SuggestionTrainer", "Learning from your coding… {progress}."): (
        "Apprentissage à partir de votre codage… {progress}."
    ),
    ("RankedView", "This document"): "Ce document",
    ("RankedView", "Whole project"): "Tout le projet",
    ("messages", "keyword{s} {keywords}"): "mot-clé {keywords}",
    ("messages", "next to a passage {what}"): "à côté d'un passage {what}",
    ("messages", "like {count} passage{s} coded '{code}'"): "comme {count} passages codés '{code}'",
    ("messages", "Reading {documents:,} of {count:,} documents ({passages})"): (
        "Lecture du document {documents:,} sur {count:,} ({passages})"
    ),
    ("messages", "{count:,} passages"): "{count:,} passages",
    ("messages", "{progress}, about {duration} left"): "{progress}, encore {duration} environ",
}


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    with speaking(lambda context, source: FRENCH.get((context, source))):
        yield


@pytest.fixture
def session(project: Project, tmp_path: Path) -> Session:
    return Session(project, Settings(tmp_path / "settings"))


@pytest.fixture
def panel(qtbot: QtBot, session: Session, french: None) -> Iterator[SuggestionsPanel]:
    """The panel, made in French (not shown: it asks no worker for anything)."""
    made = SuggestionsPanel(session)
    qtbot.addWidget(made)
    yield made
    made.shutdown()


def found(source: str, reason: Message, confidence: float = 0.5) -> Suggestion:
    return Suggestion(1, 1, "Surveillance", 0, 9, "A camera.", confidence, source, reason)


def rows(model: Any) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_the_panel_s_labels_and_buttons_are_french(panel: SuggestionsPanel) -> None:
    labels = {label.buddy(): label.text() for label in panel.findChildren(QLabel)}
    assert labels[panel.unit_combo] == "&Unité :"
    assert labels[panel.pipeline_combo] == "&Chaîne :"
    buttons = {button.defaultAction(): button for button in panel.findChildren(QToolButton)}
    expected = {
        panel.accept_action: ("&Accepter", "Accepter"),
        panel.reject_action: ("&Rejeter", "Rejeter"),
        panel.accept_selection_action: ("Accepter la &sélection", "Accepter la sélection"),
        panel.accept_all_action: ("Tout accepter au-&dessus…", "Tout accepter au-dessus"),
        panel.refresh_action: ("&Actualiser", "Actualiser"),
    }
    for action, (text, spoken) in expected.items():
        assert action.text() == text
        assert buttons[action].accessibleName() == spoken  # what a screen reader says
    assert panel.accept_action.toolTip() == "Coder ce passage avec le code suggéré (Entrée)"
    assert panel.reject_action.toolTip() == "Ne plus suggérer ce code pour ce passage (Suppr)"
    assert panel.refresh_action.toolTip() == "Chercher de nouveau des suggestions"


def test_each_suggestion_s_source_and_reason_are_french(panel: SuggestionsPanel) -> None:
    keyword = Message.counted("keyword{s} {keywords}", count=1, keywords="'caméra'")
    coded = Message.counted("like {count} passage{s} coded '{code}'", count=4, code="Famille")
    panel.table.show_found(
        [
            found("keywords", keyword, 0.5),
            found("learned", Message("next to a passage {what}", what=coded), 0.75),
        ]
    )
    model = panel.table.model()
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Raison"
    shown = [row[1:4] for row in rows(model)]
    assert ("0,50", "Mots-clés", "mot-clé 'caméra'") in shown  # the keyword as written
    assert ("0,75", "Appris", "à côté d'un passage comme 4 passages codés 'Famille'") in shown


def test_a_reason_found_by_the_worker_process_is_shown_in_french(
    qtbot: QtBot, session: Session, project: Project, french: None
) -> None:
    # The reason is made over there and crosses to the window as a Message.
    corpus = Corpus(project)
    panel = SuggestionsPanel(session)
    qtbot.addWidget(panel)
    panel.learned_box.setChecked(False)
    try:
        panel.show()
        show(qtbot, session, panel, corpus.liu)
        listed = {(row[4], row[2], row[3]) for row in rows(panel.table.model())}
        assert (CAMERA, "Mots-clés", "mot-clé 'camera'") in listed
    finally:
        panel.shutdown()


def test_the_status_line_says_the_model_is_up_to_date_in_french(
    panel: SuggestionsPanel,
) -> None:
    answer = WorkerSuggestions([], True, 1234, "print", True, None)
    assert panel.trainer.describe(answer) == (
        "Modèle à jour (appris de 1\u202f234 passages codés)."
    )


def test_the_progress_of_learning_is_said_in_french(
    qtbot: QtBot, session: Session, project: Project, french: None
) -> None:
    corpus = Corpus(project)
    panel = SuggestionsPanel(session, training_job=slow_training)  # reports, then waits
    qtbot.addWidget(panel)
    panel.keywords_box.setChecked(False)
    panel.similar_box.setChecked(False)
    try:
        panel.show()
        session.open_document(corpus.liu)
        expected = (
            "Apprentissage à partir de votre codage… Lecture du document 1 sur 4 "
            "(120 passages), encore 40 s environ."
        )
        qtbot.waitUntil(lambda: panel.status_label.text() == expected, timeout=TRAINING_TIMEOUT_MS)
    finally:
        panel.shutdown()


def test_accept_all_above_asks_in_french(
    panel: SuggestionsPanel, session: Session, project: Project, monkeypatch: Any
) -> None:
    (document,) = project.add_documents([ImportedDocument("Liu", "A camera.", "l.txt", "text")])
    session.open_document(document)
    keyword = Message.counted("keyword{s} {keywords}", count=1, keywords="'camera'")
    panel.table.show_found([found("keywords", keyword), found("keywords", keyword, 0.9)])
    asked: list[str] = []

    def get_double(_parent: Any, title: str, label: str, *_args: Any) -> tuple[float, bool]:
        asked.extend([title, label])
        return 0.5, True

    def question(_parent: Any, title: str, text: str) -> QMessageBox.StandardButton:
        asked.extend([title, text])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QInputDialog, "getDouble", get_double)
    monkeypatch.setattr(QMessageBox, "question", question)
    panel.accept_all_action.trigger()
    assert asked == [
        "Tout accepter au-dessus",
        "Accepter chaque suggestion listée d'une confiance d'au moins :",
        "Tout accepter au-dessus",
        "Coder 2 passages de « Liu » avec leurs codes suggérés ?",
    ]
    assert project.codings(document=document) == []  # answered No: nothing coded


def test_find_more_like_a_code_shows_its_scopes_and_reasons_in_french(
    qtbot: QtBot, session: Session, french: None
) -> None:
    view = RankedView(session)
    qtbot.addWidget(view)
    try:
        scopes = [view.scope_combo.itemText(i) for i in range(view.scope_combo.count())]
        assert scopes == ["Ce document", "Tout le projet"]
        coded = Message.counted("like {count} passage{s} coded '{code}'", count=1, code="X")
        view.rows_model.set_rows([found("learned", coded, 0.8)])
        ((confidence, _document, reason, _text),) = rows(view.rows_model)
        assert (confidence, reason) == ("0,80", "comme 1 passages codés 'X'")
    finally:
        view.shutdown()
