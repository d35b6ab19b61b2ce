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

# Feature columns (see evidence.FEATURES) behind each kind of reason.
GROUPS = {
    "description": (0, 1, 7, 8),
    "keywords": (3, 4),
    "coded": (5, 6, 9, 10),
    "family": (11, 12),
}
NEAR = "next to a passage "
STRONG = 0.25  # a group must add at least this much to the logit to be named


def explain(
    model: SuggestionModel,
    evidence: npt.NDArray[np.float32],
    code: int,
    hashes: Hashes,
    name: str,
) -> str:
    """The reason for suggesting code number ``code`` (named ``name``) for a
    passage with these grams and this evidence (one row of features)."""
    shares = evidence.astype(np.float64) * model.stacker.weights
    pushed = sorted(
        ((float(shares[list(columns)].sum()), group) for group, columns in GROUPS.items()),
        reverse=True,
    )
    said: list[str] = []
    for amount, group in pushed[:2]:
        if amount < STRONG and said:
            break
        text = _say(model, group, code, hashes, name, evidence)
        if text:
            said.append(text)
    near = [text for text in said if text.startswith(NEAR)]
    if len(near) > 1:  # "next to a passage close to its description and with its keywords"
        joined = NEAR + " and ".join(text[len(NEAR) :] for text in near)
        said = [joined if text == near[0] else text for text in said if text not in near[1:]]
    if said:
        return "; ".join(said)
    if model.profiles.positives[code] > 0:
        return f"learned from your coding of '{name}'"
    return f"what the codebook says of '{name}'"


def _say(
    model: SuggestionModel,
    group: str,
    code: int,
    hashes: Hashes,
    name: str,
    evidence: npt.NDArray[np.float32],
) -> str:
    profiles = model.profiles
    coded = int(profiles.positives[code])
    if group == "keywords":
        found = matched_keywords(model, code, hashes)
        if not found:
            return f"{NEAR}with its keywords" if evidence[4] > 0 else ""
        return f"keyword{'s' if len(found) > 1 else ''} " + ", ".join(f"'{k}'" for k in found)
    if group == "coded":
        if not coded:
            return ""
        nearby = evidence[6] > evidence[5]
        where = NEAR if nearby else ""
        return f"{where}like {coded} passage{'s' if coded != 1 else ''} coded '{name}'"
    if group == "family":
        return f"like passages coded under '{name}'" if evidence[11] > 0 else ""
    words = shared_words(model, code, hashes)
    if words:
        return "its description: " + ", ".join(f"'{w}'" for w in words)
    if evidence[7] > 0:
        return "close to its description in this project's words"
    return f"{NEAR}close to its description" if evidence[1] + evidence[8] > 0 else ""


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
