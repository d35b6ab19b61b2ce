"""How a coding was made, in the app's language: the names of the origins
(:data:`~qcode.model.ORIGINS`: by hand, an accepted suggestion, a search's
"code all"...) that the Origin filters list and the Origin column shows,
and a coding's origin in full for a tooltip.

The words are the command line's ``--origin`` words; only what is shown is
translated (context ``coding.origins``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qcode.model import ORIGINS, CodingOrigin

CONTEXT = "coding.origins"

# Marked here, translated when shown (the translator is installed after import).
_NAMES = {
    "hand": QT_TRANSLATE_NOOP("coding.origins", "By hand"),
    "search": QT_TRANSLATE_NOOP("coding.origins", "Search results coded at once"),
    "query": QT_TRANSLATE_NOOP("coding.origins", "Query results coded at once"),
    "suggestion": QT_TRANSLATE_NOOP("coding.origins", "Accepted suggestion"),
    "speaker": QT_TRANSLATE_NOOP("coding.origins", "A speaker's turns coded at once"),
    "merge": QT_TRANSLATE_NOOP("coding.origins", "Merged in (made by hand there)"),
    "import": QT_TRANSLATE_NOOP("coding.origins", "Imported"),
    "unknown": QT_TRANSLATE_NOOP("coding.origins", "Unknown (made before qcode kept this)"),
}
# The part of a suggestion's source after "suggestion:" (and of an import's).
_SOURCES = {
    "keywords": QT_TRANSLATE_NOOP("coding.origins", "keywords"),
    "learned": QT_TRANSLATE_NOOP("coding.origins", "learned from your coding"),
    "similar": QT_TRANSLATE_NOOP("coding.origins", "similar passages"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def origin_name(origin: str) -> str:
    """The name of an origin (a word of :data:`~qcode.model.ORIGINS`), translated."""
    return _tr(_NAMES.get(origin, _NAMES["unknown"]))


def origin_choices() -> list[tuple[str, str]]:
    """(word, translated name) of every origin, in the order of
    :data:`~qcode.model.ORIGINS`: what an Origin filter offers."""
    return [(origin, origin_name(origin)) for origin in ORIGINS]


def origin_kind(origin: CodingOrigin | None) -> str:
    """The word of :data:`~qcode.model.ORIGINS` for a coding's stored origin
    (``None``: made by hand), as ``qcode segments --json`` prints it."""
    return "hand" if origin is None else origin.kind


def origin_details(origin: CodingOrigin | None, *, reason: bool = False) -> str:
    """A coding's origin in one line, translated: an accepted suggestion with
    its source, confidence and model version, an import with what it was
    read from; with ``reason``, the suggestion's reason on a second line."""
    name = origin_name(origin_kind(origin))
    if origin is None:
        return name
    kind, _, detail = origin.source.partition(":")
    shown = _tr(_SOURCES[detail]) if kind == "suggestion" and detail in _SOURCES else detail
    details = [shown] if detail and kind in ("suggestion", "import") else []
    if kind == "suggestion" and origin.confidence is not None:
        details.append(
            QCoreApplication.translate("coding.origins", "confidence {confidence:.2f}").format(
                confidence=origin.confidence
            )
        )
    if kind == "suggestion" and origin.model_version:
        details.append(
            QCoreApplication.translate("coding.origins", "model {version}").format(
                version=origin.model_version
            )
        )
    line = name
    if details:
        line = QCoreApplication.translate("coding.origins", "{origin} ({details})").format(
            origin=name, details=", ".join(details)
        )
    if reason and kind == "suggestion" and origin.reason:
        line += "\n" + QCoreApplication.translate("coding.origins", "Why: {reason}").format(
            reason=origin.reason
        )
    return line
