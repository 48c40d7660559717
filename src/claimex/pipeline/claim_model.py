"""The fitted combination of the named act and stance rules: two small multinomial logistic models.

The act rules of :mod:`claimex.pipeline.acts` each read one thing a statement may do (a question, an
accusation in the content, a demand of the cue, a prediction ...), and several may fire on one
statement. A decision list takes the first; this model weighs them all, with the cue's class and a few
general properties of the statement (:func:`~claimex.pipeline.acts.act_features`: the valence of the
content in the evaluation lexicon, negation, future, obligation, a question mark, the subject's
person ...). The stance model likewise weighs the act, the stance rule's answer and the content's
valence (:func:`~claimex.pipeline.acts.stance_features`).

Both are ``softmax(intercept + sum of the weights of the features present)`` over binary, named
features, fitted by ``scripts/fit_claim_weights.py`` (scikit-learn, L2) on blind readings of PolNeAR
articles and shipped as ``weights/claims.v1.json``; at run time they need nothing but the standard
library. The claim keeps the name of the rule that agrees with the chosen act (``act_rule``), or
``"model"`` when none does.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ..errors import ClaimexError
from ..io import read_weights_json

#: The packaged weights (``claimex.claim_weights.v1``).
DEFAULT_WEIGHTS: Final = "claims.v1"
#: The most feature sets a model keeps its prediction for (a few hundred occur on news).
_PREDICTIONS_KEPT: Final = 100_000


class ClaimWeightsError(ClaimexError):
    """A claims weights file that is not of the expected shape."""


@dataclass(frozen=True, slots=True)
class LabelModel:
    """One multinomial logistic model over named binary features."""

    classes: tuple[str, ...]
    intercepts: Mapping[str, float]
    #: class -> feature name -> weight (features without a weight add nothing)
    weights: Mapping[str, Mapping[str, float]]
    #: feature name -> its weight for each class, in the order of ``classes`` (read once: one look-up a feature)
    _columns: Mapping[str, tuple[float, ...]] = field(init=False, repr=False, compare=False)
    #: feature set -> the class :meth:`predict` chose for it
    _predicted: dict[tuple[str, ...], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = sorted({f for c in self.classes for f in self.weights[c]})
        columns = {f: tuple(self.weights[c].get(f, 0.0) for c in self.classes) for f in names}
        object.__setattr__(self, "_columns", columns)
        object.__setattr__(self, "_predicted", {})

    def logits(self, features: Iterable[str]) -> list[float]:
        """``intercept + sum of the weights`` of each class, in the order of ``classes``."""
        out = [self.intercepts[c] for c in self.classes]
        columns = self._columns
        for f in features:
            column = columns.get(f)
            if column is not None:
                out = [v + w for v, w in zip(out, column, strict=True)]
        return out

    def scores(self, features: Iterable[str]) -> dict[str, float]:
        """The probability of each class given the features present."""
        logits = self.logits(features)
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        return {c: v / total for c, v in zip(self.classes, exp, strict=True)}

    def predict(self, features: Iterable[str]) -> str:
        """The most probable class (the first in ``classes`` on a tie). Statements repeat the same few
        feature sets, so the answer is kept for each (up to ``_PREDICTIONS_KEPT`` of them)."""
        key = tuple(features)
        found = self._predicted.get(key)
        if found is None:
            logits = self.logits(key)
            found = self.classes[logits.index(max(logits))]
            if len(self._predicted) < _PREDICTIONS_KEPT:
                self._predicted[key] = found
        return found

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], what: str) -> LabelModel:
        try:
            classes = tuple(str(c) for c in data["classes"])
            intercepts = {c: float(data["model"][c]["intercept"]) for c in classes}
            weights = {c: {str(f): float(w) for f, w in data["model"][c]["weights"].items()} for c in classes}
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise ClaimWeightsError(
                f"the {what} part of the claims weights is not of the expected shape ({err!r}): it needs "
                "'classes' and, per class, 'model' -> {'intercept', 'weights': {feature: weight}}; refit with "
                "scripts/fit_claim_weights.py") from err
        if not classes:
            raise ClaimWeightsError(f"the {what} part of the claims weights lists no classes")
        return cls(classes=classes, intercepts=intercepts, weights=weights)


@dataclass(frozen=True, slots=True)
class ClaimWeights:
    """The act model and the stance model of a claims weights file (either may be absent)."""

    version: str
    act: LabelModel | None = None
    stance: LabelModel | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClaimWeights:
        if not isinstance(data, Mapping) or ("act" not in data and "stance" not in data):
            raise ClaimWeightsError("not a claimex claims weights file: it needs 'version' and an 'act' or a "
                                    "'stance' model (see weights/claims.v1.json)")
        act, stance = data.get("act"), data.get("stance")
        return cls(version=str(data.get("version", "")),
                   act=LabelModel.from_dict(act, "act") if act is not None else None,
                   stance=LabelModel.from_dict(stance, "stance") if stance is not None else None)


def load_claim_weights(source: str | Path = DEFAULT_WEIGHTS) -> ClaimWeights:
    """Claims weights by packaged name (``"claims.v1"``) or from a JSON file path.

    Raises:
        ClaimexError: no such file or packaged name.
        ClaimWeightsError: the file is not of the expected shape.
    """
    return ClaimWeights.from_dict(read_weights_json(source))


def claim_weights_v1() -> ClaimWeights:
    """The packaged weights ``weights/claims.v1.json`` (``claimex.claim_weights.v1``)."""
    return load_claim_weights(DEFAULT_WEIGHTS)


def claim_weights_file_v1(path: str) -> ClaimWeights:
    """Claims weights from a JSON file of the same shape as ``weights/claims.v1.json``
    (``claimex.claim_weights_file.v1``)."""
    return load_claim_weights(Path(path))


__all__ = [
    "DEFAULT_WEIGHTS",
    "ClaimWeights",
    "ClaimWeightsError",
    "LabelModel",
    "claim_weights_file_v1",
    "claim_weights_v1",
    "load_claim_weights",
]
