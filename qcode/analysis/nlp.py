"""spaCy pipelines, loaded lazily and only from this computer.

The default needs no trained model at all: ``spacy.blank(lang)`` with a
sentencizer and spaCy's lookup lemmatiser (tables from spacy-lookups-data, an
installed package).  A trained pipeline such as ``en_core_web_sm`` is used
when the user picks one and it is installed; qcode never downloads anything.

Every token gets ``norm_`` = its lower-cased lemma (lemma of the lower-cased
word, so "Blacklists" and "blacklisted" both become "blacklist"), which is
what keyword matching and similarity compare.  Arabic-script and Hebrew
words are folded for it (:func:`qcode.io.scripts.fold_for_counting`: no
harakat, tatweel or points, one alef...), so that أُدرِجَ and ادرج are one word.

Chinese (``zh``) is cut into words by jieba (a dictionary and an HMM, pure
Python, dictionary bundled), through spaCy's own Chinese support: 失信 and
被执行人 are words, where spaCy's default cuts every character apart.
Measured on the Chinese passages of the demo's official interview (506
characters): 0.2 s to import jieba and 0.55 s to build its dictionary the
first time in a process (then cached), 2 ms to cut the text.
"""

from __future__ import annotations

import functools
import logging
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from qcode.errors import QcodeError
from qcode.io.scripts import FOLDABLE, fold_for_counting
from qcode.messages import Message

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BLANK = "blank"
_NORM_COMPONENT = "qcode_norm"


def language_of(attributes: dict[str, Any]) -> str:
    """The spaCy language code for a document: its ``language`` attribute
    (``"en"``, ``"zh"``, ``"en/zh"`` → first), default English."""
    value = str(attributes.get("language", "en") or "en").strip().lower()
    for separator in "/-_, ":
        value = value.split(separator)[0]
    return value or "en"


def installed_pipelines() -> list[str]:
    """``"blank"`` and the trained spaCy pipelines installed here."""
    import spacy

    return [BLANK, *sorted(spacy.util.get_installed_models())]


@functools.lru_cache(maxsize=8)
def load_pipeline(lang: str = "en", model: str = BLANK) -> Language:
    """The pipeline for ``lang`` (a blank one unless ``model`` names an
    installed trained pipeline)."""
    import spacy

    if model != BLANK:
        if model not in spacy.util.get_installed_models():
            raise QcodeError(
                Message(
                    "spaCy pipeline '{model}' is not installed (qcode never downloads one; "
                    "install it with pip, or use '{blank}')",
                    model=model,
                    blank=BLANK,
                )
            )
        nlp = spacy.load(model)
        if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
            nlp.add_pipe("sentencizer")
    else:
        try:
            nlp = _chinese_words() if lang == "zh" else spacy.blank(lang)
        except ImportError:
            nlp = spacy.blank("xx")  # a language spaCy does not know: the multi-language rules
        except Exception as error:
            if "E048" not in str(error) and "Can't import language" not in str(error):
                raise
            nlp = spacy.blank("xx")
        nlp.add_pipe("sentencizer")
    _add_norms(nlp, lang)
    return nlp


def _chinese_words() -> Language:
    """A blank Chinese pipeline that cuts words with jieba (characters one
    by one if jieba is not installed)."""
    import spacy

    try:
        import jieba
    except ImportError:
        return spacy.blank("zh")
    jieba.setLogLevel(logging.WARNING)  # not "Building prefix dict..." on stderr
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


@functools.lru_cache(maxsize=1)
def _register_norms() -> None:
    """Register the component that sets ``norm_`` (once per process)."""
    from spacy.language import Language as SpacyLanguage

    @SpacyLanguage.factory(_NORM_COMPONENT, default_config={"lang": ""})
    def make_norms(nlp: Language, name: str, lang: str) -> Any:
        table = _lemma_table(nlp.lang)
        # The language asked for, not the pipeline's: Uyghur runs on spaCy's
        # multi-language rules ("xx") but folds its letters its own way.
        folding = lang or nlp.lang or ""

        def set_norms(doc: Doc) -> Doc:
            for token in doc:
                lower = token.lower_
                norm = table.get(lower) or (token.lemma_.lower() if token.lemma_ else lower)
                if not norm.isascii() and FOLDABLE.search(norm):  # isascii: fast, C
                    norm = fold_for_counting(norm, folding)
                token.norm_ = norm
            return doc

        return set_norms


def _add_norms(nlp: Language, lang: str) -> None:
    _register_norms()
    nlp.add_pipe(_NORM_COMPONENT, last=True, config={"lang": lang})


@functools.lru_cache(maxsize=16)
def _lemma_table(lang: str) -> Any:
    """spacy-lookups-data's lemma table for ``lang`` ({} if it has none).

    A spaCy ``Table`` hashes the strings it is asked for, so ``get(word)``
    works on it as on a dict."""
    try:
        from spacy.lookups import load_lookups

        lookups = load_lookups(lang, ["lemma_lookup"], strict=True)
    except (ValueError, ImportError):
        return {}
    return lookups.get_table("lemma_lookup")


@dataclass(frozen=True)
class Unit:
    """A sentence (or speaker turn) of a document: the thing suggestions are
    made for.  Offsets are code points into the stored text."""

    document_id: int
    start: int
    end: int
    text: str
    norms: tuple[str, ...]  # lower-cased lemmas of its words (no punctuation or stop words)


def sentence_units(
    nlp: Language, document_id: int, text: str, turns: Sequence[tuple[int, int]] = ()
) -> list[Unit]:
    """Sentences of ``text``; with ``turns`` given, whole speaker turns instead."""
    return units_of_doc(nlp(text), document_id, turns)


def units_of_doc(
    doc: Doc,
    document_id: int,
    turns: Sequence[tuple[int, int]] = (),
    labels: Sequence[tuple[int, int]] = (),
) -> list[Unit]:
    """The units of an analysed text (see :func:`sentence_units`).

    ``labels`` are speaker labels ("Liu:"): a unit starts after its label,
    since researchers code what was said, not who said it.
    """
    text = doc.text
    label_end = dict(labels)
    words = [(t.idx, t.norm_) for t in doc if not (t.is_punct or t.is_space or t.is_stop)]
    starts = [idx for idx, _norm in words]
    spans = list(turns) or [(s.start_char, s.end_char) for s in doc.sents]
    units = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        start = max(start, label_end.get(start, start))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            first, last = bisect_left(starts, start), bisect_left(starts, end)
            norms = tuple(norm for _idx, norm in words[first:last])
            units.append(Unit(document_id, start, end, text[start:end], norms))
    return units


def pipe_texts(nlp: Language, texts: Sequence[str]) -> Iterator[Doc]:
    """``nlp.pipe`` with the batch size that suits long transcripts."""
    return nlp.pipe(texts, batch_size=4)
