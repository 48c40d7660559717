"""How likely a claim is right: a small logistic model over what the quote stage knows of it.

A claim's ``confidence`` is the probability that its content and its speaker are both right, read from
the claim itself: its type, the rule that found it (``quote_rule``), its cue word, the form of its
speaker mention (none, a pronoun, a relative, a name, a description), the length and number of its
content fragments, where the cue stands. The weights are fitted by ``scripts/fit_confidence_weights.py``
on the 840 PolNeAR train articles (a claim is right when its content overlaps an annotated
attribution with Dice >= 0.5 and one of its speaker's mentions overlaps the annotated source) and
shipped as ``weights/confidence.v1.json``; the script reports their calibration under cross-validation
by article (docs/evaluation.md).

The features are read from the public :class:`~claimex.model.Claim`, so the script fits on the records
``claimex extract`` writes and the component scores the claims it builds with one function.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ... import lexicons
from ...io import read_linear_weights, read_weights_json
from ...model import Claim

#: The packaged weights the component uses by default.
DEFAULT_WEIGHTS: Final = "confidence.v1"
#: Feature name of a cue word outside the model's vocabulary.
OTHER_CUE: Final = "cue=other"

_PRONOUNS: Final[frozenset[str]] = frozenset(lexicons.PERSON_PRONOUNS) | lexicons.NEUTER_PRONOUNS | \
    lexicons.PLURAL_PRONOUNS | frozenset({"i", "we", "you", "me", "us", "my", "our", "your"})
#: Words that open a description and are capitalised only because they open the sentence ("The mayor").
_OPENERS: Final[frozenset[str]] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "most", "other", "others",
    "both", "all", "one", "two", "three", "his", "her", "its", "their", "our", "my", "your", "another", "each",
})


def mention_form(mention_text: str | None) -> str:
    """How a claim's speaker is named where it speaks: ``none``, ``pronoun``, ``relative`` ("who"),
    ``name`` (a capitalised word) or ``description`` ("officials")."""
    if not mention_text:
        return "none"
    words = mention_text.split()
    first = words[0].lower().strip("'’\"“”")
    if first in lexicons.RELATIVE_PRONOUNS and len(words) == 1:
        return "relative"
    if first in _PRONOUNS and len(words) == 1:
        return "pronoun"
    if words[0][:1].isupper() and first not in _OPENERS:
        return "name"
    return "name" if any(w[:1].isupper() for w in words[1:]) else "description"


def _log_bin(value: int, top: int) -> int:
    return min(int(math.log2(value + 1)), top)


def claim_features(claim: Claim, cue_words: frozenset[str] | None = None) -> list[str]:
    """The binary features of a claim, as names (``"type=direct"``, ``"cue=said"``, ...).

    Args:
        claim: The claim (its offsets, texts, type and ``quote_rule``).
        cue_words: The cue words the model knows; another cue word becomes ``cue=other``. None keeps
            every cue word (for fitting).

    Returns:
        The names of the features the claim has.
    """
    form = mention_form(claim.speaker_mention_text)
    rule = claim.quote_rule or "none"
    features = [f"type={claim.type}", f"rule={rule}", f"rule={rule}&type={claim.type}", f"mention={form}",
                f"mention={form}&type={claim.type}"]
    if claim.cue_text:
        words = claim.cue_text.lower().split()
        word = words[-1]
        features.append(f"cue={word}" if cue_words is None or f"cue={word}" in cue_words else OTHER_CUE)
        features.append(f"cue_words={min(len(words), 3)}")
        assert claim.cue is not None
        start, end = claim.content
        place = "before" if claim.cue[1] <= start else "after" if claim.cue[0] >= end else "inside"
        gap = start - claim.cue[1] if place == "before" else claim.cue[0] - end if place == "after" else 0
        features += [f"cue_at={place}", f"cue_gap={_log_bin(max(gap, 0), 8)}"]
    else:
        features.append("cue=none")
    text = claim.content_text
    features += [f"words={_log_bin(len(text.split()), 7)}",
                 f"fragments={min(len(claim.content_spans), 3)}",
                 f"opens={'upper' if text[:1].isupper() else 'lower' if text[:1].islower() else 'other'}"]
    if "?" in text:
        features.append("question")
    if claim.nested_source is not None:
        features.append("nested")
    return features


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """A logistic model over :func:`claim_features`: ``sigmoid(intercept + sum of the weights)``."""

    version: str
    intercept: float
    weights: Mapping[str, float]
    #: The ``cue=WORD`` features the model has a weight for (read from ``weights``).
    cue_words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        cues = frozenset(k for k in self.weights if k.startswith("cue=") and k != OTHER_CUE)
        object.__setattr__(self, "cue_words", cues)

    def __call__(self, claim: Claim) -> float:
        """The probability that ``claim``'s content and speaker are right, rounded to 3 places."""
        z = self.intercept + sum(self.weights.get(f, 0.0) for f in claim_features(claim, self.cue_words))
        return round(1.0 / (1.0 + math.exp(-z)), 3)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConfidenceModel:
        version, intercept, weights = read_linear_weights(data, "confidence")
        return cls(version=version, intercept=intercept, weights=weights)


def confidence_weights_v1() -> ConfidenceModel:
    """The packaged weights ``weights/confidence.v1.json`` (fitted on PolNeAR train; the default)."""
    return ConfidenceModel.from_dict(read_weights_json(DEFAULT_WEIGHTS))


def confidence_weights_file_v1(path: str) -> ConfidenceModel:
    """Confidence weights from a JSON file of the same shape as ``weights/confidence.v1.json``."""
    return ConfidenceModel.from_dict(read_weights_json(Path(path)))


__all__ = [
    "DEFAULT_WEIGHTS",
    "ConfidenceModel",
    "claim_features",
    "confidence_weights_file_v1",
    "confidence_weights_v1",
    "mention_form",
]
