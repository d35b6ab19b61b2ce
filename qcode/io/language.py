"""Which language a document is written in, guessed from its text at import.

The answer is a short language tag (BCP 47: ``en``, ``zh``, ``ar``, ``fa``,
``ug``, ``he``, ``bo``, ``ru``, ``kk``...), stored as the document's
``language`` attribute, which picks the pipelines of word frequencies,
sentences and suggestions (:mod:`qcode.analysis.nlp`).  It is a guess, so:

* it is only made where the researcher has said nothing: an attribute given
  at import (``--attr language=...``, a REFI-QDA variable, an attribute set
  before) is never replaced;
* too little text gives no answer (``None``) rather than a guess: fewer than
  :data:`MIN_LETTERS` letters of the main script, or, where words are
  separated by spaces, fewer than :data:`MIN_WORDS` words;
* only a sample of a long text is read (:data:`SAMPLE_WINDOWS` windows of
  :data:`WINDOW` characters spread over it), so a 4 MB transcript costs
  what a short one does.

How: the script comes first.  The letters of the sample are counted by
script and the most frequent script wins, so a Chinese transcript with
English speaker labels is Chinese, and an English one quoting 信用 is
English.  Scripts that one language owns give it directly (Han: ``zh``,
with kana ``ja``; Hangul ``ko``; Hebrew ``he``; Tibetan ``bo``; Greek, Armenian,
Georgian, Thai...).  Arabic script is shared by many languages, which each
add letters of their own: Uyghur ۇ ۋ ۈ, Urdu ٹ ڈ ڑ ں ے ہ, Pashto ټ ډ ړ ښ ګ ڼ,
Sorani Kurdish ڕ ڵ ێ, Persian پ چ ژ گ ک ی; a text with none of them is
Arabic.  Latin, Cyrillic and Devanagari text goes to py3langid (a naive
Bayes model over byte n-grams, bundled with the package, deterministic,
offline), asked to choose among the languages written in that script; an
answer it gives less than even odds is no answer.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections import Counter
from typing import Any

MIN_LETTERS = 12
MIN_WORDS = 4
WINDOW = 256
SAMPLE_WINDOWS = 8
_MIN_ODDS = 0.5

# (first, last, script) for the letters that decide; sorted, not overlapping.
_SCRIPT_RANGES = (
    (0x0041, 0x024F, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0780, 0x07BF, "thaana"),
    (0x08A0, 0x08FF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0F00, 0x0FFF, "tibetan"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1200, 0x137F, "ethiopic"),
    (0x1780, 0x17FF, "khmer"),
    (0x1800, 0x18AF, "mongolian"),
    (0x1E00, 0x1EFF, "latin"),
    (0x1F00, 0x1FFF, "greek"),
    (0x3040, 0x30FF, "kana"),
    (0x3130, 0x318F, "hangul"),
    (0x31F0, 0x31FF, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0x20000, 0x3FFFF, "han"),
)
_STARTS = [first for first, _last, _script in _SCRIPT_RANGES]

# Scripts that one language owns (near enough for a transcript).
_OWNED = {
    "hebrew": "he",
    "tibetan": "bo",
    "greek": "el",
    "armenian": "hy",
    "georgian": "ka",
    "thai": "th",
    "hangul": "ko",
    "ethiopic": "am",
    "khmer": "km",
    "mongolian": "mn",
    "thaana": "dv",
}
# Written without spaces between words: the word count says nothing.
_UNSPACED = frozenset(("han", "kana", "thai", "tibetan", "khmer"))

# Letters that only some languages written in Arabic script use.
_ARABIC_SCRIPT_MARKERS = {
    "ug": "\u06c7\u06cb\u06c8",  # ۇ ۋ ۈ
    "ur": "\u0679\u0688\u0691\u06ba\u06d2\u06c1",  # ٹ ڈ ڑ ں ے ہ
    "ps": "\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc",  # ټ ډ ړ ږ ښ ګ ڼ
    "ckb": "\u0695\u06b5\u06ce",  # ڕ ڵ ێ
}
_PERSIAN_LETTERS = "\u067e\u0686\u0698\u06af\u06a9\u06cc"  # پ چ ژ گ ک ی
_MARKER_SHARE = 0.005  # 1 letter in 200: a name or two in another language stays below
_PERSIAN_SHARE = 0.01

# The languages py3langid knows, by the script they are written in (the rest
# of its languages are written in Latin script, or are decided above).
_CYRILLIC = frozenset(("ba", "be", "bg", "kk", "ky", "mk", "mn", "ru", "sr", "tg", "tt", "uk"))
_DEVANAGARI = frozenset(("hi", "mr", "ne", "sa", "gom"))
_NOT_LATIN = (
    _CYRILLIC
    | _DEVANAGARI
    | frozenset(
        "am ar arz ary as bn dz el fa gu he hbo hy ja ka km kn ko lo ml my or pa ps "
        "sdh si ta te th ug ur wuu yue zh grc".split()
    )
)


def detect_language(text: str) -> str | None:
    """The language ``text`` is written in, as a short tag, or ``None`` when
    there is too little text to tell (see the module)."""
    sample = _sample(text)
    letters = _letters_by_script(sample)
    if not letters:
        return None
    # Japanese writes with kana and Chinese characters; a stray の in Chinese
    # does not make it Japanese.
    if letters.get("han") and letters.get("kana", 0) * 10 >= letters["han"]:
        letters["kana"] += letters.pop("han")
    script, count = max(letters.items(), key=lambda item: (item[1], item[0]))
    if count < MIN_LETTERS:
        return None
    if script not in _UNSPACED and not _has_words(sample, MIN_WORDS):
        return None
    if script == "han":
        return "zh"
    if script == "kana":
        return "ja"
    if script in _OWNED:
        return _OWNED[script]
    if script == "arabic":
        return _arabic_script_language(sample, count)
    allowed = {"cyrillic": _CYRILLIC, "devanagari": _DEVANAGARI}.get(script)
    return _ask_model(sample, allowed)


def _sample(text: str, windows: int = SAMPLE_WINDOWS, width: int = WINDOW) -> str:
    """The whole text if short, else ``windows`` pieces spread evenly over it."""
    if len(text) <= width * windows:
        return text
    step = (len(text) - width) // (windows - 1)
    return "\n".join(text[i * step : i * step + width] for i in range(windows))


def _letters_by_script(sample: str) -> Counter[str]:
    scripts: Counter[str] = Counter()
    # Counting characters first keeps the per-character work in C.
    for char, times in Counter(sample).items():
        if not char.isalpha():
            continue
        code_point = ord(char)
        index = bisect_right(_STARTS, code_point) - 1
        if index >= 0 and code_point <= _SCRIPT_RANGES[index][1]:
            scripts[_SCRIPT_RANGES[index][2]] += times
    return scripts


def _has_words(sample: str, wanted: int) -> bool:
    """Whether ``sample`` holds at least ``wanted`` words (runs between
    spaces with a letter in them)."""
    found = 0
    for word in sample.split(maxsplit=4 * wanted):
        if any(char.isalpha() for char in word):
            found += 1
            if found >= wanted:
                return True
    return False


def _arabic_script_language(sample: str, letters: int) -> str:
    def share(marks: str) -> float:
        return sum(sample.count(mark) for mark in marks) / letters

    shares = {lang: share(marks) for lang, marks in _ARABIC_SCRIPT_MARKERS.items()}
    lang, best = max(shares.items(), key=lambda item: item[1])
    if best >= _MARKER_SHARE:
        return lang
    return "fa" if share(_PERSIAN_LETTERS) >= _PERSIAN_SHARE else "ar"


def _ask_model(sample: str, allowed: frozenset[str] | None) -> str | None:
    """py3langid's choice among ``allowed`` (``None``: the Latin-script
    languages), if it gives it at least even odds against the others."""
    ranked = _identifier().rank(sample)
    # "zxx" is the model's "no language at all" (numbers, code...): kept in
    # the running, so that it can win and leave the document without a guess.
    if allowed is None:
        candidates = [(lang, p) for lang, p in ranked if lang not in _NOT_LATIN]
    else:
        candidates = [(lang, p) for lang, p in ranked if lang in allowed | {"zxx"}]
    total = sum(p for _lang, p in candidates)
    if not candidates or total <= 0:
        return None
    lang, best = candidates[0]
    if best / total < _MIN_ODDS or lang == "zxx":  # zxx: "no linguistic content"
        return None
    return str(lang)


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model, loaded once (half a second) and only when needed."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
