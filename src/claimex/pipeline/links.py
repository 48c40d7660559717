"""``claimex_links``: which claims of a document dispute, support or respond to which.

Two steps, so that linking stays cheap:

1. :func:`claim_features` reads each claim once: its topic terms (lemmas mapped to synonym groups,
   ``lexicons.TERM_SYNONYMS``), named entities (countries merged with their capitals, demonyms and
   government bodies), head nouns, predicates with their core arguments, quantities (with bounds:
   "at least five"), negators, denial words, contrast and agreement markers, references to another
   speaker's claim ("the claims made by the US"), hedges, act, target and stance.
2. :func:`compare` scores one ordered pair from the two feature sets. Two claims must first share a
   topic (enough shared terms, or the same target); only then do conflict signals count (de Marneffe
   et al. 2008: negation, antonymy, numeric mismatch; FNC-1: refuting words). Each relation's score is
   a noisy-OR of the weights of the evidence kinds that fired, times the topic factor; the weights and
   thresholds live in ``claimex/weights/links.v1.json`` so anyone can see why a link exists.

Within a document the first step is split in two (:func:`read_claim`): what the index and the topic
gate need (:class:`ClaimTopic`) is read for every claim, the rest only for the claims of a pair that
passes the gate (on news articles, often half of them or fewer).

Only pairs that share at least one term, entity or target key are compared (an inverted index), and
at most ``max_claims`` claims per document are considered, so a long document is never quadratic
without bound. ``claimex.relate`` uses the same two functions for claims of two different texts.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any, Final, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicons as lx
from ..extensions import raw, record_error
from ..model import ClaimLink, Evidence
from .claims import (
    SYNONYM_KEY,
    ClaimAnalyzer,
    actor_keys,
    canonical,
    content_tokens,
    np_indices,
    speaker_keys,
)
from .collector import collector_paused
from .state import ClaimAnalysis, claim_analysis
from .tokens import TokenTable

log = logging.getLogger(__name__)

STAGE: Final = "claimex_links"
Offsets = tuple[int, int]

_TERM_POS: Final = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_ENTITY_LABELS: Final = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW"})
_NUMBER_SKIP_ENTS: Final = frozenset({"DATE", "TIME", "ORDINAL"})
_CORE_ARGS: Final = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "agent", "dative", "acomp"})
_HEAD_DEPS: Final = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "ROOT", "conj"})
_CONTEXT_DEPS: Final = frozenset({"advcl", "prep", "npadvmod", "advmod", "xcomp"})
_NUMBER: Final = re.compile(r"^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?%?$")
_DENY_CUES: Final = frozenset(k for k, v in lx.REPORTING_CUES.items() if v == lx.DENY)
#: lemmas that can start a reference to another speaker's claim (with "what": "what X said")
_REFERENCE_LEMMAS: Final = frozenset(lx.REFERENCE_NOUNS) | _DENY_CUES
_ANTONYM_OF: Final[Mapping[str, frozenset[str]]] = {
    word: frozenset(b if a == word else a for a, b in lx.ANTONYMS if word in (a, b))
    for pair in lx.ANTONYMS for word in pair
}


def _by_first_word(phrases: Iterable[str]) -> dict[str, tuple[list[str], ...]]:
    """Phrases as word lists (compared with slices of a token table's ``lower``), by first word."""
    out: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.split()
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


_CONTRAST_PHRASES: Final = _by_first_word(lx.CONTRAST_MARKERS)
_AGREEMENT_PHRASES: Final = _by_first_word(lx.AGREEMENT_MARKERS)
_MARKER_FIRST_WORDS: Final = frozenset(_CONTRAST_PHRASES) | frozenset(_AGREEMENT_PHRASES)
#: the one-word markers, and the first two words of the longer ones: a word that is neither, or does not
#: start such a pair, starts no marker ("in", "as" and "at" start several, but rarely do)
_ONE_WORD_MARKERS: Final = frozenset(p for p in (*lx.CONTRAST_MARKERS, *lx.AGREEMENT_MARKERS) if " " not in p)
_MARKER_BIGRAMS: Final = frozenset(tuple(p.split()[:2]) for p in (*lx.CONTRAST_MARKERS, *lx.AGREEMENT_MARKERS)
                                   if " " in p)
#: a token whose lemma or lower-cased form is in these may start a reference or a marker, or deny
_WATCHED_LEMMAS: Final = _REFERENCE_LEMMAS | lx.DENIAL_WORDS
_WATCHED_WORDS: Final = _MARKER_FIRST_WORDS | {"what"}


# --------------------------------------------------------------------------------------------------
# Weights.


@dataclass(frozen=True, slots=True)
class RelationWeights:
    """The scoring rule of one relation: evidence weights, threshold, kinds of which one must fire."""

    threshold: float
    weights: Mapping[str, float]
    requires_any: frozenset[str]
    blocked_by_hedge: bool = False


@dataclass(frozen=True, slots=True)
class LinkWeights:
    """The versioned, documented weights of the link scorer (``weights/links.v1.json``)."""

    version: str
    max_claims: int
    link_same_speaker: bool
    min_shared: int
    min_overlap: float
    full_overlap: float
    head_bonus: float
    same_target_factor: float
    min_aligned: int
    relations: Mapping[str, RelationWeights] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinkWeights:
        topic = data["topic"]
        relations = {
            name: RelationWeights(
                threshold=float(data[name]["threshold"]),
                weights={k: float(v) for k, v in data[name]["weights"].items()},
                requires_any=frozenset(data[name].get("requires_any", ())),
                blocked_by_hedge=bool(data[name].get("blocked_by_hedge", False)),
            )
            for name in ("disputes", "supports", "responds_to")
        }
        return cls(
            version=str(data.get("version", "")),
            max_claims=int(data.get("max_claims", 200)),
            link_same_speaker=bool(data.get("link_same_speaker", False)),
            min_shared=int(topic["min_shared"]),
            min_overlap=float(topic["min_overlap"]),
            full_overlap=float(topic["full_overlap"]),
            head_bonus=float(topic["head_bonus"]),
            same_target_factor=float(topic["same_target_factor"]),
            min_aligned=int(topic["min_aligned"]),
            relations=relations,
        )


def load_weights(source: str | Path = "links.v1") -> LinkWeights:
    """Link weights by packaged name (``"links.v1"``) or from a JSON file path."""
    path = Path(source)
    if path.suffix == ".json" and path.exists():
        return LinkWeights.from_dict(json.loads(path.read_text(encoding="utf-8")))
    resource = resources.files("claimex").joinpath("weights").joinpath(f"{source}.json")
    return LinkWeights.from_dict(json.loads(resource.read_text(encoding="utf-8")))


def link_weights_v1() -> LinkWeights:
    """The packaged weights ``weights/links.v1.json``."""
    return load_weights("links.v1")


def link_weights_file_v1(path: str) -> LinkWeights:
    """Link weights from a JSON file of the same shape as ``weights/links.v1.json``."""
    return load_weights(Path(path))


# --------------------------------------------------------------------------------------------------
# Features: everything a pair comparison needs, computed once per claim.
#
# Thousands of these records are made per document: the small ones are named tuples, the large ones
# plain (not frozen) slotted dataclasses, whose ``__init__`` costs a sixth of a frozen one's.


class Mark(NamedTuple):
    """A word or phrase that fired, with its offsets (a named tuple: thousands are made per document)."""

    text: str
    span: Offsets


class Predicate(NamedTuple):
    """A verbal, adjectival or copular predicate with the keys of its core arguments (its mark is
    made from its token only for evidence)."""

    key: str
    negated: bool
    args: frozenset[str]
    token: int


class Quantity(NamedTuple):
    """A number with its bounds ("at least five": five to infinity) and the key of what it counts."""

    low: float
    high: float
    head: str
    mark: Mark


class Reference(NamedTuple):
    """A reference to another speaker or their claim, with the keys of that speaker."""

    keys: frozenset[str]
    mark: Mark


@dataclass(slots=True)
class ClaimTopic:
    """What the inverted index and the topic gate read of one claim: its terms, entities, head nouns
    and target, and who said it and whom it refers to, which decide the direction of a pair. Computed
    for every claim.

    Terms and entities keep their tokens; their marks (offsets shifted by ``base``) are made only for
    the evidence of linked pairs, by :meth:`term_mark` and :meth:`entity_mark`.
    """

    id: str
    start: int
    speaker: str | None
    mention: str | None  # the text of the speaker mention
    speakers: Mapping[str, Mapping[str, Any]]  # speaker id -> speaker dict
    index: DocIndex
    terms: Mapping[str, int]  # key -> the first token that gave it
    entities: Mapping[str, tuple[int, int, str]]  # key -> the first entity (start, end, text) that gave it
    heads: frozenset[str]
    references: tuple[Reference, ...]
    target_keys: frozenset[str]
    target: tuple[int, int] | None  # the first and last token of the target noun phrase
    tokens: TokenTable
    base: int

    @property
    def speaker_keys(self) -> frozenset[str]:
        """The actor keys of who made the claim: the speaker entity's, else the speaker mention's.

        Only a pair whose source refers to another speaker's claim reads them (few do), so they are
        computed on first use, once per speaker of the document (:meth:`DocIndex.speaker_keys_of`).
        """
        keys = self.index.speaker_keys_of(self.speaker, self.speakers) if self.speaker else frozenset()
        if not keys and self.mention:
            keys = actor_keys([self.mention])
        return keys

    def index_keys(self) -> frozenset[str]:
        """Everything the inverted index files this claim under."""
        return frozenset(self.terms) | frozenset(self.entities) | {f"target:{k}" for k in self.target_keys}

    def word_mark(self, i: int) -> Mark:
        """The mark of token ``i`` of the claim's document."""
        return _word_mark(self.tokens, i, self.base)

    def term_mark(self, key: str) -> Mark:
        return _word_mark(self.tokens, self.terms[key], self.base)

    def term_lemma(self, key: str) -> str:
        return self.tokens.lemma[self.terms[key]]

    def target_mark(self) -> Mark:
        assert self.target is not None
        return _mark(self.tokens, self.target, self.base)

    def entity_mark(self, key: str) -> Mark:
        start, end, _ = self.entities[key]
        return _mark(self.tokens, (start, end - 1), self.base)


@dataclass(slots=True)
class ClaimFeatures:
    """The comparable features of one claim: its topic, and the conflict and agreement evidence that
    only a pair sharing a topic reads."""

    topic: ClaimTopic
    predicates: tuple[Predicate, ...]
    quantities: tuple[Quantity, ...]
    negative: bool
    negations: tuple[Mark, ...]
    negated_scope: frozenset[str]
    denials: tuple[Mark, ...]
    contrasts: tuple[Mark, ...]
    agreements: tuple[Mark, ...]
    hedged: bool
    act: str | None
    stance: str
    stance_source: str
    antonym_terms: tuple[str, ...] = ()  # the terms that have antonyms, in order


def _mark(tt: TokenTable, tokens: Sequence[int], base: int) -> Mark:
    first, last = min(tokens), max(tokens)
    return Mark(tt.span_text(first, last), (tt.idx[first] + base, tt.end[last] + base))


def _word_mark(tt: TokenTable, i: int, base: int) -> Mark:
    """:func:`_mark` of one token."""
    start, end = tt.idx[i], tt.end[i]
    return Mark(tt.text[start:end], (start + base, end + base))


@functools.lru_cache(maxsize=16_384)
def _entity_key(text: str) -> str:
    keys = actor_keys([text])
    country = sorted(k for k in keys if k.startswith("country:"))
    if country:
        return country[0]
    return next((k for k in keys if k.startswith("name:")), f"name:{text.lower()}")


def _phrase_marks(tt: TokenTable, tokens: Sequence[int], base: int) -> tuple[list[Mark], list[Mark], set[int]]:
    """Occurrences of the contrast and the agreement markers that start at one of ``tokens``, and the
    tokens they cover."""
    contrasts: list[Mark] = []
    agreements: list[Mark] = []
    covered: set[int] = set()
    lower = tt.lower
    last = len(lower) - 1
    for i in tokens:
        word = lower[i]
        if word not in _MARKER_FIRST_WORDS:
            continue
        after = lower[i + 1] if i < last else None
        if word not in _ONE_WORD_MARKERS and (word, after) not in _MARKER_BIGRAMS:
            continue
        for phrases, out in ((_CONTRAST_PHRASES, contrasts), (_AGREEMENT_PHRASES, agreements)):
            for phrase in phrases.get(word, ()):
                n = len(phrase)
                if n == 1 or (phrase[1] == after and lower[i: i + n] == phrase):
                    out.append(_mark(tt, (i, i + n - 1), base))
                    covered.update(range(i, i + n))
    return contrasts, agreements, covered


def _number_value(tt: TokenTable, i: int) -> float | None:
    low = tt.lower[i]
    if low in lx.NUMBER_WORDS:
        return float(lx.NUMBER_WORDS[low])
    m = _NUMBER.match(low)
    if m is None:
        return None
    value = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    nxt = tt.lower[i + 1] if i + 1 < len(tt) else None
    if nxt in ("million", "billion", "thousand", "hundred"):
        value *= lx.NUMBER_WORDS[nxt]
    return value


def _quantities(tt: TokenTable, tokens: Sequence[int], base: int) -> list[Quantity]:
    out: list[Quantity] = []
    pos, dep, head, lemma, lower, like_num = tt.pos, tt.dep, tt.head, tt.lemma, tt.lower, tt.like_num
    for i in tokens:
        if pos[i] != "NUM" and not like_num[i]:
            continue
        h = head[i]
        if tt.ent_type[i] in _NUMBER_SKIP_ENTS or (dep[i] == "compound" and pos[h] == "NUM"):
            continue
        value = _number_value(tt, i)
        if value is None:
            continue
        head_key = canonical(lemma[h])
        if dep[i] == "nummod" or (dep[i] == "compound" and pos[h] == "NOUN"):
            key = head_key
        elif dep[i] == "pobj" and lower[h] == "of" and pos[head[h]] == "NOUN":
            key = canonical(lemma[head[h]])
        else:
            key = "@" + head_key
        before = set(lower[max(0, i - 2): i])
        low, high = value, value
        if before & lx.NUMBER_LOWER_BOUNDS or lower[i] in ("dozens", "hundreds", "thousands", "scores"):
            high = math.inf
        elif before & lx.NUMBER_UPPER_BOUNDS:
            low = 0.0
        elif before & lx.NUMBER_APPROXIMATORS:
            low, high = value * 0.8, value * 1.25
        out.append(Quantity(low, high, key, _mark(tt, (i, h) if key == head_key else (i,), base)))
    return out


def _child(tt: TokenTable, i: int, deps: Collection[str]) -> int | None:
    """The first child of ``i`` with one of the ``deps``."""
    return next((c for c in tt.children[i] if tt.dep[c] in deps), None)


def _reference_actor(tt: TokenTable, noun: int) -> list[int]:
    """Who made the claim a reference noun names: "Moscow's claims", "claims made by the US"."""
    for child in tt.children[noun]:
        dep = tt.dep[child]
        if dep == "poss" or (dep == "compound" and tt.pos[child] == "PROPN"):
            return np_indices(tt, child)
        if dep == "prep" and tt.lower[child] in ("by", "from", "of"):
            obj = _child(tt, child, ("pobj",))
            if obj is not None and tt.pos[obj] in ("PROPN", "NOUN"):
                return np_indices(tt, obj)
        if dep == "acl":
            for agent in tt.children[child]:
                if tt.dep[agent] == "agent":
                    obj = _child(tt, agent, ("pobj",))
                    if obj is not None:
                        return np_indices(tt, obj)
    return []


def _references(tt: TokenTable, context: Sequence[int], base: int) -> tuple[list[Reference], set[int]]:
    """References to another speaker or their claim, and the token indices they cover."""
    refs: list[Reference] = []
    covered: set[int] = set()
    pos, lemma, lower = tt.pos, tt.lemma, tt.lower
    for i in context:
        if lemma[i] not in _REFERENCE_LEMMAS and lower[i] != "what":
            continue
        actor: list[int] = []
        phrase: list[int] = []
        if pos[i] == "NOUN" and lemma[i] in lx.REFERENCE_NOUNS:
            actor = _reference_actor(tt, i)
            phrase = np_indices(tt, i) if actor else []
        elif lower[i] == "what" and lemma[tt.head[i]] in lx.REPORTING_CUES:
            subj = _child(tt, tt.head[i], ("nsubj", "nsubjpass"))
            if subj is not None and pos[subj] != "PRON":
                actor = np_indices(tt, subj)
                phrase = tt.subtree(tt.head[i])
        elif pos[i] == "VERB" and lemma[i] in _DENY_CUES:
            obj = _child(tt, i, ("dobj",))
            if obj is not None and (tt.ent_type[obj] in ("GPE", "ORG", "PERSON", "NORP") or pos[obj] == "PROPN"
                                    or lemma[obj] in lx.ORG_NOUNS):
                actor = np_indices(tt, obj)
                phrase = [i, *actor]
        if actor and phrase:
            keys = actor_keys([" ".join(tt.word(t) for t in actor)])
            refs.append(Reference(keys, _mark(tt, phrase, base)))
            covered.update(phrase)
    return refs, covered


def _watched(tt: TokenTable, content: Sequence[int], verbs: Iterable[int | None]) -> list[int]:
    """The words of the claim's context that may start a reference or a contrast or agreement marker,
    or deny: the only ones :func:`_references`, :func:`_phrase_marks` and the denial words look at
    (few in a claim), in order.

    The context is the content plus the words around the cue that belong to the claim ("...,
    contradicting the company", "However, ... said"), but not the speaker. Only its watched words are
    kept: the context itself is never built.
    """
    lemma, lower = tt.lemma, tt.lower
    watched = [i for i in content if lemma[i] in _WATCHED_LEMMAS or lower[i] in _WATCHED_WORDS]
    dep, space, children = tt.dep, tt.is_space, tt.children
    around: set[int] = set()  # the watched words around the cue (some may be in the content too)
    for verb in dict.fromkeys(verbs):  # the cue is the act root for most claims: walk it once
        if verb is None:
            continue
        if lemma[verb] in _WATCHED_LEMMAS or lower[verb] in _WATCHED_WORDS:
            around.add(verb)
        stack = [child for child in children[verb] if dep[child] in _CONTEXT_DEPS]
        while stack:  # their subtrees, tested as they are walked
            i = stack.pop()
            if (lemma[i] in _WATCHED_LEMMAS or lower[i] in _WATCHED_WORDS) and not space[i]:
                around.add(i)
            stack += children[i]
    if around:
        around.update(watched)
        watched = sorted(around)
    return watched


@dataclass(frozen=True, slots=True)
class DocIndex:
    """Per-document lookups shared by all claims: the token table, where the named entities of the
    kinds linking compares start and end (looked up only for the entity tokens of the claims' terms),
    and the speakers' keys once computed."""

    tokens: TokenTable
    entity_starts: Sequence[int]  # the first token of each entity, in order
    entity_ends: Sequence[int]  # the token after each entity
    speaker_keys: dict[str, frozenset[str]] = field(default_factory=dict)  # speaker id -> keys, filled lazily

    def speaker_keys_of(self, speaker: str, speakers: Mapping[str, Mapping[str, Any]]) -> frozenset[str]:
        """:func:`~claimex.pipeline.claims.speaker_keys` of a speaker of the document, by id."""
        keys = self.speaker_keys.get(speaker)
        if keys is None:
            keys = self.speaker_keys[speaker] = speaker_keys(speakers.get(speaker))
        return keys

    def entity_at(self, i: int) -> tuple[int, int] | None:
        """The entity (its first token, the token after it) that token ``i`` is part of, if any."""
        k = bisect_right(self.entity_starts, i) - 1
        if k >= 0 and i < self.entity_ends[k]:
            return self.entity_starts[k], self.entity_ends[k]
        return None

    @classmethod
    def build(cls, doc: Doc) -> DocIndex:
        tokens = TokenTable.of(doc)
        starts: list[int] = []
        ends: list[int] = []
        for ent in tokens.ents:  # in order, never overlapping
            if ent.label_ in _ENTITY_LABELS:
                starts.append(ent.start)
                ends.append(ent.end)
        return cls(tokens, starts, ends)


def _token_index(value: Any) -> int | None:
    return value if isinstance(value, int) else None


def _content_tokens(tt: TokenTable, claim: Mapping[str, Any], analysis: ClaimAnalysis | None) -> list[int]:
    """The claim's content words, without punctuation: the claims stage's list when it analysed the
    claim, read from the content spans otherwise (``relate``, claims analysed elsewhere)."""
    return analysis.content if analysis is not None else content_tokens(tt, claim)


def _target_tokens(tt: TokenTable, analysis: ClaimAnalysis | None, root: int | None) -> list[int]:
    """The tokens of the claim's target noun phrase, in order: the claims stage's list when it analysed
    the claim, :func:`~claimex.pipeline.claims.np_indices` of the target root otherwise."""
    if root is None:
        return []
    if analysis is not None:
        return analysis.target_tokens
    return np_indices(tt, root)


@dataclass(slots=True)
class ClaimReading:
    """One claim read for linking: its :class:`ClaimTopic`, and what :meth:`features` needs for the
    rest. Only claims in a pair that shares a topic need the rest (on a long article, often less than
    half of them), so :func:`link_claims` asks for it only then."""

    topic: ClaimTopic
    claim: Mapping[str, Any]
    analysis: ClaimAnalysis | None  # what the claims stage recorded (state.claim_analysis)
    tokens: TokenTable
    base: int
    content: Sequence[int]
    watched: Sequence[int]  # the words of the claim's context that may deny (see _watched)
    covered: AbstractSet[int]  # the tokens of references to another speaker's claim
    cue: int | None
    act_root: int | None
    contrasts: Sequence[Mark]
    agreements: Sequence[Mark]  # the agreement markers found, before "also" is checked

    def features(self) -> ClaimFeatures:
        """All the comparable features of the claim (computed anew on each call)."""
        tt, claim, base, topic = self.tokens, self.claim, self.base, self.topic
        lemma = tt.lemma
        cue, act_root = self.cue, self.act_root
        agreements = [m for m in self.agreements if m.text.lower() not in ("also", "too", "as well")
                      or _on_verb(tt, m, base, (cue, act_root))] if self.agreements else []
        if cue is not None and lemma[cue] in lx.AGREEMENT_CUES:
            agreements.append(_word_mark(tt, cue, base))

        analysis = self.analysis
        neg_idx = analysis.negations if analysis is not None else []
        negations = tuple([_word_mark(tt, i, base) for i in neg_idx])
        scope = _negated_scope(tt, neg_idx, self.content, self.covered)
        negative = claim.get("polarity") == "negative"
        if act_root is not None and claim.get("act") == lx.DENY and lemma[act_root] in _DENY_CUES:
            negative = not negative  # "X denies that Y": the claim asserts not-Y
            scope |= set(topic.terms) | set(topic.entities)
        denial_words = lx.DENIAL_WORDS
        denials = [_word_mark(tt, i, base) for i in self.watched if lemma[i] in denial_words]
        return ClaimFeatures(
            topic=topic,
            predicates=tuple(_predicates(tt, self.content, self.covered)),
            quantities=tuple(_quantities(tt, self.content, base)),
            negative=negative,
            negations=negations,
            negated_scope=frozenset(scope),
            denials=tuple(denials),
            contrasts=tuple(self.contrasts),
            agreements=tuple(agreements),
            hedged=bool(claim.get("hedged")) or (analysis is not None and bool(analysis.hedges)),
            act=claim.get("act"),
            stance=claim.get("stance") or "neutral",
            stance_source=analysis.stance_source if analysis is not None else "none",
            antonym_terms=() if _ANTONYM_OF.keys().isdisjoint(topic.terms)
            else tuple([key for key in topic.terms if key in _ANTONYM_OF]),
        )


def _negated_scope(tt: TokenTable, negators: Sequence[int], content: Sequence[int],
                   covered: AbstractSet[int]) -> set[str]:
    """The keys of the content words in the clauses the ``negators`` negate."""
    scope: set[str] = set()
    if not negators:
        return scope
    pos, lemma, head = tt.pos, tt.lemma, tt.head
    content_idx = set(content)
    for i in negators:
        pred = head[i]
        while pos[pred] not in ("VERB", "AUX", "ADJ") and head[pred] != pred:
            pred = head[pred]
        for t in tt.subtree(pred):
            if t in content_idx and t not in covered:
                scope.add(canonical(lemma[t]))
                if tt.ent_type[t] in _ENTITY_LABELS:
                    scope.add(_entity_key(tt.word(t)))
    return scope


def read_claim(doc: Doc, claim: Mapping[str, Any], speakers: Mapping[str, Mapping[str, Any]],
               *, base: int = 0, index: DocIndex | None = None) -> ClaimReading:
    """Read one analysed claim (see :class:`~claimex.pipeline.claims.ClaimAnalyzer`) for linking: its
    topic now, the rest when :meth:`ClaimReading.features` is called.

    Args:
        doc: the parsed document.
        claim: a claim dict with the claims stage's fields and private keys.
        speakers: speaker id -> speaker dict.
        base: added to every offset (``relate`` puts two texts side by side).
        index: the document's :class:`DocIndex` (built here when not given).
    """
    index = index or DocIndex.build(doc)
    tt = index.tokens
    pos, lemma = tt.pos, tt.lemma
    analysis = claim_analysis(claim)
    content = _content_tokens(tt, claim, analysis)
    cue = _token_index(claim.get("_cue_root"))
    if cue is None and claim.get("cue"):
        toks = tt.tokens_in([claim["cue"]])
        cue = next((i for i in toks if pos[i] == "VERB"), toks[0] if toks else None)
    act_root = analysis.act_root if analysis is not None else None
    watched = _watched(tt, content, (cue, act_root))
    references, covered = _references(tt, watched, base)
    contrasts, agreements, marker_tokens = _phrase_marks(tt, watched, base)

    target_root = analysis.target_root if analysis is not None else None
    target_toks = _target_tokens(tt, analysis, target_root)
    if covered or marker_tokens:
        term_tokens = [i for i in content if i not in covered and i not in marker_tokens]
    else:
        term_tokens = content
    if target_toks:
        taken = set(term_tokens)
        term_tokens = term_tokens + [i for i in target_toks if i not in taken]

    terms: dict[str, int] = {}
    entities: dict[str, tuple[int, int, str]] = {}
    heads: set[str] = set()
    stop, alpha, dep, topic_stop = tt.is_stop, tt.is_alpha, tt.dep, lx.TOPIC_STOP_LEMMAS
    ent_type = tt.ent_type  # a token of an entity has the entity's label
    synonym_key = SYNONYM_KEY.get
    last_entity = -1  # the first token of the last entity seen
    for i in term_tokens:
        ent = index.entity_at(i) if ent_type[i] in _ENTITY_LABELS else None
        if ent is not None:
            start, end = ent
            if start != last_entity:  # the next token of the same entity adds nothing
                last_entity = start
                text = tt.span_text(start, end - 1)
                key = _entity_key(text)
                if key not in entities:
                    entities[key] = (start, end, text)
            continue
        tag = pos[i]
        if tag not in _TERM_POS or stop[i] or not alpha[i]:
            continue
        word = lemma[i]
        if word in topic_stop:
            continue
        key = synonym_key(word, word)  # canonical(word): the table's lemmas are lower-cased
        if key not in terms:
            terms[key] = i
        if tag == "NOUN" and dep[i] in _HEAD_DEPS:
            heads.add(key)

    target_keys: set[str] = set()
    target: tuple[int, int] | None = None
    if target_root is not None and pos[target_root] != "PRON":
        target_keys.add(canonical(lemma[target_root]))
        if tt.ent_type[target_root] in _ENTITY_LABELS or pos[target_root] == "PROPN":
            target_keys |= {k for k in actor_keys([" ".join(tt.word(i) for i in target_toks)])
                            if k.startswith("country:")}
        target = (target_toks[0], target_toks[-1]) if target_toks else None  # np_indices sorts them
    topic = ClaimTopic(
        id=str(claim.get("id")),
        start=int((claim.get("content") or [0])[0]) + base,
        speaker=claim.get("speaker"),
        mention=claim.get("speaker_mention_text"),
        speakers=speakers,
        index=index,
        terms=terms,
        entities=entities,
        heads=frozenset(heads),
        references=tuple(references),
        target_keys=frozenset(target_keys),
        target=target,
        tokens=tt,
        base=base,
    )
    return ClaimReading(topic, claim, analysis, tt, base, content, watched, covered, cue, act_root, contrasts,
                        agreements)


def claim_features(doc: Doc, claim: Mapping[str, Any], speakers: Mapping[str, Mapping[str, Any]],
                   *, base: int = 0, index: DocIndex | None = None) -> ClaimFeatures:
    """All the comparable features of one analysed claim (the arguments of :func:`read_claim`)."""
    return read_claim(doc, claim, speakers, base=base, index=index).features()


def _on_verb(tt: TokenTable, mark: Mark, base: int, verbs: Iterable[int | None]) -> bool:
    """True when an agreement adverb ("also") modifies the cue or act verb."""
    for verb in verbs:
        if verb is not None and any(tt.dep[c] == "advmod" and tt.idx[c] + base == mark.span[0]
                                    for c in tt.children[verb]):
            return True
    return False


def _arg_keys(tt: TokenTable, args: Sequence[int]) -> set[str]:
    """The keys of a predicate's core arguments: each one's head (or its number), its compounds and its
    numbers."""
    keys: set[str] = set()
    dep, pos, lemma, children = tt.dep, tt.pos, tt.lemma, tt.children
    synonym_key = SYNONYM_KEY.get  # canonical() of a lemma: the table's lemmas are lower-cased
    for child in args:
        if dep[child] in ("agent", "prep"):
            for g in children[child]:
                if dep[g] == "pobj":
                    child = g
                    break
        tag = pos[child]
        if tag == "NUM":
            value = _number_value(tt, child)
            if value is not None:
                keys.add(f"#{value:g}")
        elif tag != "PRON":
            word = lemma[child]
            keys.add(synonym_key(word, word))
        for g in children[child]:
            kind = dep[g]
            if kind == "nummod":
                value = _number_value(tt, g)
                if value is not None:
                    keys.add(f"#{value:g}")
            elif kind == "compound":
                word = lemma[g]
                keys.add(synonym_key(word, word))
    return keys


def _predicates(tt: TokenTable, content: Sequence[int], covered: AbstractSet[int]) -> list[Predicate]:
    """Verbal, adjectival and copular predicates with the keys of their core arguments.

    A copula ("the outbreak is under control", "2023 was the hottest year") is the predicate ``be``
    whose arguments are its subject and its complement.
    """
    out: list[Predicate] = []
    pos, dep, children, lemmas, head = tt.pos, tt.dep, tt.children, tt.lemma, tt.head
    topic_stop = lx.TOPIC_STOP_LEMMAS
    for i in content:
        tag = pos[i]
        if tag == "AUX":  # a copula: "be" that is not an auxiliary
            copula = True
            if lemmas[i] != "be" or dep[i] in ("aux", "auxpass"):
                continue
        elif tag == "VERB" or tag == "ADJ":
            copula = False
            if lemmas[i] in topic_stop:
                continue
        else:
            continue
        if i in covered:
            continue
        args: list[int] = []
        negated = False
        for child in children[i]:
            kind = dep[child]
            if kind in _CORE_ARGS or (copula and kind == "prep"):
                args.append(child)
            elif kind == "neg":
                negated = True
        if not args:
            continue
        keys = _arg_keys(tt, args)
        if not keys or (copula and len(keys) < 2):
            continue
        if not negated and (tag == "ADJ" or dep[i] == "acomp"):
            negated = any(dep[c] == "neg" for c in children[head[i]])
        word = lemmas[i]
        out.append(Predicate(SYNONYM_KEY.get(word, word), negated, frozenset(keys), i))
    return out


# --------------------------------------------------------------------------------------------------
# Comparing two claims.


@dataclass(frozen=True, slots=True)
class Scored:
    """The outcome of comparing a source claim with a target claim."""

    relation: str
    score: float
    evidence: tuple[Evidence, ...]


def _noisy_or(weights: Iterable[float]) -> float:
    out = 1.0
    for w in weights:
        out *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - out


def _ev(kind: str, mark: Mark, text: str | None = None) -> Evidence:
    return Evidence(kind, mark.text if text is None else text, mark.span)  # positional: a third cheaper


class _Signal(NamedTuple):
    """One piece of conflict or agreement evidence of a pair; it becomes an :class:`Evidence` only if
    the pair is linked (most compared pairs are not)."""

    kind: str
    mark: Mark
    text: str | None = None  # the mark's text when None

    def evidence(self) -> Evidence:
        return _ev(self.kind, self.mark, self.text)


class _Topic(NamedTuple):
    """What two claims share; evidence objects are built only for pairs that end up linked."""

    factor: float
    same_target: bool
    terms: AbstractSet[str]
    entities: AbstractSet[str]
    heads: AbstractSet[str]

    def evidence(self, a: ClaimTopic, b: ClaimTopic) -> list[Evidence]:
        out: list[Evidence] = []
        for key in sorted(self.terms):
            text, span = b.term_mark(key)
            if a.term_lemma(key) != b.term_lemma(key):
                out.append(Evidence("synonym", f"{text} ~ {a.term_mark(key).text}", span))
            else:
                out.append(Evidence("shared_lemma", text, span))
        for key in sorted(self.entities):
            text, span = b.entity_mark(key)
            out.append(Evidence("shared_entity", text, span))
        for key in sorted(self.heads):
            text, span = b.term_mark(key)
            out.append(Evidence("shared_head", text, span))
        if self.same_target and b.target is not None and a.target is not None:
            b_target = b.target_mark()
            out.append(_ev("same_target", b_target, f"{b_target.text} ~ {a.target_mark().text}"))
        return out


def _topic(a: ClaimTopic, b: ClaimTopic, w: LinkWeights) -> _Topic | None:
    """What a and b share, or None when they do not share enough to be about the same event: at least
    ``min_shared`` terms and entities covering ``min_overlap`` of the smaller claim, or the same target."""
    shared_terms = a.terms.keys() & b.terms.keys()
    shared_ents = a.entities.keys() & b.entities.keys()
    n_shared = len(shared_terms) + len(shared_ents)
    same_target = a.target is not None and b.target is not None and not a.target_keys.isdisjoint(b.target_keys)
    if n_shared < w.min_shared and not same_target:
        return None
    shared_heads = a.heads & b.heads & shared_terms
    size = min(len(a.terms) + len(a.entities), len(b.terms) + len(b.entities))
    overlap = (n_shared + w.head_bonus * len(shared_heads)) / size if size else 0.0
    if not ((n_shared >= w.min_shared and overlap >= w.min_overlap) or same_target):
        return None
    factor = min(1.0, overlap / w.full_overlap) if w.full_overlap > 0 else 1.0
    if same_target:
        factor = max(factor, w.same_target_factor)
    return _Topic(factor, same_target, shared_terms, shared_ents, shared_heads)


def _aligned(negated: ClaimFeatures, other: ClaimFeatures, w: LinkWeights) -> bool:
    """The negated claim's negated clause talks about what the other claim says."""
    other_keys = other.topic.terms.keys() | other.topic.entities.keys()
    return len(negated.negated_scope & other_keys) >= w.min_aligned


def _conflicts(a: ClaimFeatures, b: ClaimFeatures, same_target: bool, w: LinkWeights) -> list[_Signal]:
    out: list[_Signal] = []
    if a.negative != b.negative:
        neg, pos = (a, b) if a.negative else (b, a)
        if _aligned(neg, pos, w):
            marks = neg.negations or neg.denials
            if marks:
                out.append(_Signal("negation", marks[0]))
    if bool(a.denials) != bool(b.denials):
        side = a if a.denials else b
        out.append(_Signal("denial_cue", side.denials[0]))
    for qa in a.quantities:
        for qb in b.quantities:
            if qa.head == qb.head and (qa.high < qb.low or qb.high < qa.low):
                out.append(_Signal("numeric_mismatch", qb.mark, f"{qb.mark.text} ~ {qa.mark.text}"))
    a_terms, b_terms = a.topic.terms, b.topic.terms
    for key in b.antonym_terms:
        for opposite in _ANTONYM_OF[key]:
            if opposite in a_terms and opposite not in b_terms and key not in a_terms:
                mark = b.topic.term_mark(key)
                out.append(_Signal("antonym", mark, f"{mark.text} ~ {a.topic.term_mark(opposite).text}"))
    if (same_target and {a.stance, b.stance} == {"support", "oppose"}
            and "self_report" not in (a.stance_source, b.stance_source)
            and b.topic.target is not None and a.topic.target is not None):
        a_target, b_target = a.topic.target_mark(), b.topic.target_mark()
        out.append(_Signal("stance_opposition", b_target,
                       f"{b_target.text} ({b.stance}) ~ {a_target.text} ({a.stance})"))
    return out


def _agreements(a: ClaimFeatures, b: ClaimFeatures, same_target: bool) -> list[_Signal]:
    out: list[_Signal] = []
    if (same_target and a.stance == b.stance and a.stance != "neutral"
            and "self_report" not in (a.stance_source, b.stance_source)
            and b.topic.target is not None and a.topic.target is not None):
        a_target, b_target = a.topic.target_mark(), b.topic.target_mark()
        out.append(_Signal("same_stance", b_target,
                       f"{b_target.text} ({b.act}, {b.stance}) ~ {a_target.text} ({a.act}, {a.stance})"))
    if a.negative == b.negative and a.predicates:
        match = _proposition_match(a.predicates, b.predicates)
        if match is not None:
            pa, pb = match
            mark = b.topic.word_mark(pb.token)
            out.append(_Signal("proposition_match", mark, f"{mark.text} ~ {a.topic.word_mark(pa.token).text}"))
    for qa in a.quantities:
        for qb in b.quantities:
            if qa.head == qb.head and not (qa.high < qb.low or qb.high < qa.low):
                out.append(_Signal("numeric_match", qb.mark, f"{qb.mark.text} ~ {qa.mark.text}"))
    if b.agreements:
        out.append(_Signal("agreement_marker", b.agreements[0]))
    return out


def _proposition_match(ours: Sequence[Predicate], theirs: Sequence[Predicate]) -> tuple[Predicate, Predicate] | None:
    """The first of ``theirs`` (with the first of ``ours``) that states the same proposition."""
    light = lx.LIGHT_VERBS
    for pb in theirs:
        for pa in ours:
            # _same_proposition is False for two different predicates of which neither is a light verb
            if (pa.negated == pb.negated and (pa.key == pb.key or pa.key in light or pb.key in light)
                    and _same_proposition(pa, pb)):
                return pa, pb
    return None


def _same_proposition(pa: Predicate, pb: Predicate) -> bool:
    """Same predicate (or a light verb's event object is the other's predicate: "opened fire" ~
    "fired") and a shared core argument."""
    if pa.key == pb.key:
        return not pa.args.isdisjoint(pb.args)
    if (pb.key in lx.LIGHT_VERBS and pa.key in pb.args) or (pa.key in lx.LIGHT_VERBS and pb.key in pa.args):
        return not (pa.args - {pb.key}).isdisjoint(pb.args - {pa.key})
    return False


def _score(signals: Iterable[_Signal], rule: RelationWeights, factor: float) -> float:
    """``factor`` times the noisy-OR of the weights of the kinds of ``signals`` (each kind once)."""
    weights = rule.weights
    return round(factor * _noisy_or([weights.get(k, 0.0) for k in {s.kind for s in signals}]), 4)


def compare(target: ClaimFeatures, source: ClaimFeatures, weights: LinkWeights) -> Scored | None:
    """How ``source`` relates to ``target``: disputes, supports, responds_to, or None.

    The pair must share a topic first; conflict evidence outranks agreement evidence; ``supports`` is
    blocked when the source is hedged ("reportedly", "claims": reporting without endorsing).
    """
    topic = _topic(target.topic, source.topic, weights)
    if topic is None:
        return None
    return _relation(target, source, topic, weights)


def _relation(target: ClaimFeatures, source: ClaimFeatures, topic: _Topic, weights: LinkWeights) -> Scored | None:
    """:func:`compare` of a pair that shares ``topic``."""
    factor, same_target = topic.factor, topic.same_target
    references: list[_Signal] = []
    if source.topic.references:  # the target's speaker keys are computed only then
        target_speaker = target.topic.speaker_keys
        references = [_Signal("reference", r.mark) for r in source.topic.references if r.keys & target_speaker]
    contrasts = [_Signal("contrast_marker", source.contrasts[0])] if source.contrasts else []
    found: list[tuple[str, float, list[_Signal]]] = []

    conflict = _conflicts(target, source, same_target, weights)
    rule = weights.relations["disputes"]
    if conflict and {e.kind for e in conflict} & rule.requires_any:
        evidence = conflict + contrasts + references
        score = _score(evidence, rule, factor)
        if score >= rule.threshold:
            found.append(("disputes", score, evidence))

    rule = weights.relations["supports"]
    agreement = [] if found else _agreements(target, source, same_target)
    if (agreement and {e.kind for e in agreement} & rule.requires_any
            and not (rule.blocked_by_hedge and source.hedged)):
        evidence = agreement + references
        score = _score(evidence, rule, factor)
        if score >= rule.threshold:
            found.append(("supports", score, evidence))

    if not found:
        rule = weights.relations["responds_to"]
        evidence = references + contrasts
        if evidence and {e.kind for e in evidence} & rule.requires_any:
            score = _score(evidence, rule, factor)
            if score >= rule.threshold:
                found.append(("responds_to", score, evidence))
    if not found:
        return None
    relation, score, evidence = found[0]  # each relation is tried only when no earlier one was found
    shared = topic.evidence(target.topic, source.topic)
    shared += [signal.evidence() for signal in evidence]
    return Scored(relation, score, tuple(shared))


def _refers_to(source: ClaimTopic, target: ClaimTopic) -> bool:
    return bool(source.references) and any(r.keys & target.speaker_keys for r in source.references)


def link_claims(claims: Sequence[ClaimReading], weights: LinkWeights) -> list[ClaimLink]:
    """All links between the claims of one document, each pair compared once.

    Candidate pairs share at least one term, entity or target key (an inverted index); the later
    claim is the source unless only the earlier one refers to the other's speaker. A claim's full
    features are computed when it is first in a pair that shares a topic.
    """
    readings = sorted(claims, key=lambda r: r.topic.start)[: weights.max_claims]
    topics = [r.topic for r in readings]
    index: defaultdict[str, list[int]] = defaultdict(list)
    for n, topic in enumerate(topics):
        for key in topic.index_keys():
            index[key].append(n)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > 1:
            pairs.update(combinations(members, 2))
    features: dict[int, ClaimFeatures] = {}  # claim number -> its full features, once needed
    links: list[ClaimLink] = []
    for i, j in sorted(pairs):
        a, b = topics[i], topics[j]
        if not weights.link_same_speaker and a.speaker is not None and a.speaker == b.speaker:
            continue
        if _refers_to(a, b) and not _refers_to(b, a):
            i, j, a, b = j, i, b, a
        shared = _topic(a, b, weights)
        if shared is None:
            continue
        for n in (i, j):
            if n not in features:
                features[n] = readings[n].features()
        scored = _relation(features[i], features[j], shared, weights)
        if scored is not None:
            links.append(ClaimLink(b.id, a.id, scored.relation, scored.score, scored.evidence))
    return links


# --------------------------------------------------------------------------------------------------
# The component.


class ClaimLinker:
    """Writes ``doc._.claimex["links"]``: disputes / supports / responds_to between claims."""

    def __init__(self, *, weights: LinkWeights, max_claims: int | None = None,
                 link_same_speaker: bool | None = None) -> None:
        """
        Args:
            weights: the scorer's weights (``claimex.link_weights.v1``).
            max_claims: consider at most this many claims per document (default: the weights' value).
            link_same_speaker: also link two claims of the same speaker (default: the weights' value).
        """
        overrides: dict[str, Any] = {}
        if max_claims is not None:
            overrides["max_claims"] = max_claims
        if link_same_speaker is not None:
            overrides["link_same_speaker"] = link_same_speaker
        if overrides:
            from dataclasses import replace

            weights = replace(weights, **overrides)
        self.weights = weights
        self._analyzer = ClaimAnalyzer(cues=lx.reporting_cues_v1())

    @collector_paused
    def __call__(self, doc: Doc) -> Doc:
        data = raw(doc)
        try:
            data["links"] = [link.to_dict() for link in self.links(doc)]
        except Exception as err:  # one bad document must not end a batch
            record_error(doc, STAGE, err)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def links(self, doc: Doc) -> list[ClaimLink]:
        """The links of a Doc whose claims the claims stage has analysed (analysed here if not)."""
        data = raw(doc)
        claims = data.get("claims", [])[: self.weights.max_claims]
        if len(data.get("claims", [])) > self.weights.max_claims:
            log.info("linking only the first %d of %d claims", self.weights.max_claims, len(data["claims"]))
        speakers = {s["id"]: s for s in data.get("speakers", ())}
        for claim in claims:
            if claim.get("act") is None:
                self._analyzer.analyse(doc, claim)
        index = DocIndex.build(doc)
        readings = [read_claim(doc, c, speakers, index=index) for c in claims]
        return link_claims(readings, self.weights)


@Language.factory(
    "claimex_links",
    default_config={
        "weights": {"@misc": "claimex.link_weights.v1"},
        "max_claims": None,
        "link_same_speaker": None,
    },
)
def make_links(nlp: Language, name: str, weights: Any, max_claims: int | None,
               link_same_speaker: bool | None) -> ClaimLinker:
    """Build the ``claimex_links`` component (see :class:`ClaimLinker`)."""
    return ClaimLinker(weights=weights, max_claims=max_claims, link_same_speaker=link_same_speaker)
