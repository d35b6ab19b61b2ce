"""Why a passage is suggested for a code, in a few words a researcher can check.

The stacker's logit is a sum of (weight × evidence); the evidence is
grouped (the description, the keywords, the coded passages, the code's
family) and the one or two groups that pushed most are named, with the
words the passage shares with the description, the keyword it holds, or how
many passages of the code it is like.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from qcode.analysis.suggestions.features import Hashes
from qcode.analysis.suggestions.model import SuggestionModel
from qcode.messages import Message

# Feature columns (see evidence.FEATURES) behind each kind of reason.
GROUPS = {
    "description": (0, 1, 7, 8),
    "keywords": (3, 4),
    "coded": (5, 6, 9, 10),
    "family": (11, 12),
}
STRONG = 0.25  # a group must add at least this much to the logit to be named


def explain(
    model: SuggestionModel,
    evidence: npt.NDArray[np.float32],
    code: int,
    hashes: Hashes,
    name: str,
) -> Message:
    """The reason for suggesting code number ``code`` (named ``name``) for a
    passage with these grams and this evidence (one row of features): a
    :class:`~qcode.messages.Message`, so the app can show it translated; the
    words the researcher wrote (keywords, code names) stay values."""
    shares = evidence.astype(np.float64) * model.stacker.weights
    pushed = sorted(
        ((float(shares[list(columns)].sum()), group) for group, columns in GROUPS.items()),
        reverse=True,
    )
    said: list[tuple[bool, Message]] = []  # (said of the passage next to it, what)
    for amount, group in pushed[:2]:
        if amount < STRONG and said:
            break
        phrase = _say(model, group, code, hashes, name, evidence)
        if phrase is not None:
            said.append(phrase)
    # "next to a passage close to its description and with its keywords": said once
    near = [what for nearby, what in said if nearby]
    parts: list[Message] = []
    for nearby, what in said:
        if not nearby:
            parts.append(what)
        elif what is near[0]:
            parts.append(Message("next to a passage {what}", what=_joined(near, "and")))
    if parts:
        return _joined(parts, ";")
    if model.profiles.positives[code] > 0:
        return Message("learned from your coding of '{code}'", code=name)
    return Message("what the codebook says of '{code}'", code=name)


def _joined(parts: list[Message], how: str) -> Message:
    # Two at most in practice; folded pairwise so each join is one template.
    joined = parts[0]
    for part in parts[1:]:
        if how == "and":
            joined = Message("{first} and {second}", first=joined, second=part)
        else:
            joined = Message("{first}; {second}", first=joined, second=part)
    return joined


def quoted(words: list[str]) -> str:
    """The researcher's words as a reason lists them: 'a', 'b' (untranslated)."""
    return ", ".join(f"'{word}'" for word in words)


def _say(
    model: SuggestionModel,
    group: str,
    code: int,
    hashes: Hashes,
    name: str,
    evidence: npt.NDArray[np.float32],
) -> tuple[bool, Message] | None:
    """What one group of evidence says, and whether it is said of the passage
    next to this one; None when it says nothing."""
    profiles = model.profiles
    coded = int(profiles.positives[code])
    if group == "keywords":
        found = matched_keywords(model, code, hashes)
        if not found:
            return (True, Message("with its keywords")) if evidence[4] > 0 else None
        return False, Message.counted(
            "keyword{s} {keywords}", count=len(found), keywords=quoted(found)
        )
    if group == "coded":
        if not coded:
            return None
        nearby = bool(evidence[6] > evidence[5])
        return nearby, Message.counted(
            "like {count} passage{s} coded '{code}'", count=coded, code=name
        )
    if group == "family":
        if evidence[11] > 0:
            return False, Message("like passages coded under '{code}'", code=name)
        return None
    words = shared_words(model, code, hashes)
    if words:
        return False, Message("its description: {words}", words=quoted(words))
    if evidence[7] > 0:
        return False, Message("close to its description in this project's words")
    return (True, Message("close to its description")) if evidence[1] + evidence[8] > 0 else None


def shared_words(model: SuggestionModel, code: int, hashes: Hashes, most: int = 3) -> list[str]:
    """The codebook words of a code's description found in the passage."""
    row = model.profiles.described
    columns = row.indices[row.indptr[code] : row.indptr[code + 1]]
    weights = row.data[row.indptr[code] : row.indptr[code + 1]]
    present = np.isin(model.space.vocabulary[columns], hashes)
    order = np.argsort(-weights[present], kind="stable")
    words = []
    for value in model.space.vocabulary[columns[present]][order].tolist():
        word = model.words.get(int(value))
        if word is not None and word not in words:
            words.append(word)
        if len(words) == most:
            break
    return words


def matched_keywords(model: SuggestionModel, code: int, hashes: Hashes) -> list[str]:
    """The code's keyword phrases the passage holds, as the researcher wrote them."""
    profiles = model.profiles
    phrases = profiles.keyword_phrases
    found = []
    for phrase in np.flatnonzero(profiles.keyword_code == code).tolist():
        columns = phrases.indices[phrases.indptr[phrase] : phrases.indptr[phrase + 1]]
        if len(columns) and np.isin(model.space.vocabulary[columns], hashes).all():
            found.append(model.keywords[phrase])
    return found
