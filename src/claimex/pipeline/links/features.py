"""What linking reads of one claim, once: :class:`ClaimFeatures`.

* **party** -- who made the claim (:mod:`.parties`);
* **propositions** -- each main predicate of the content with its polarity and the keys of its core
  arguments (who does it, to what): "the city had broken its promise" -> ``break(agent={city},
  patient={promise})``, positive; a "deny" cue flips it ("Smith denied that the city broke any
  promise" -> negative). A copula's complement is its predicate ("the claims are false" ->
  ``false(agent={claim})``), a light verb's object is ("made a mistake" -> ``mistake``);
* **quantities** -- numbers with their bounds, the unit they count and the predicate they sit under
  ("the strikes killed four fighters" -> 4 ``fighter`` under ``kill``);
* **cues** -- responses aimed at another party or its claim, in the claim's frame or content:
  disputing ("denied the allegation", "in contrast to the claims made by the US", "called the claims
  false"), confirming ("confirmed the report", "echoing Smith") and replying ("responded to the
  mayor"), each with the :class:`Reference` it names;
* **accused** -- for an accusation, who is accused; **agreement** -- "also" on the cue; **change** --
  a marker of a change of position ("later said", "corrected", "misspoke");
* **terms** -- the content's topic words, which only select and rank candidate pairs.

Offsets in marks are shifted by ``base`` (``relate`` puts two texts side by side).
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final, NamedTuple

from spacy.tokens import Doc

from ... import lexical
from ... import lexicons as lx
from ..claims import SYNONYM_KEY, actor_keys, np_indices
from ..tokens import TokenTable
from .analysis import ClaimAnalysis, claim_analysis
from .parties import NOBODY, Party, party_of

Offsets = tuple[int, int]

_TERM_POS: Final = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_ENTITY_LABELS: Final = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW"})
_PARTY_ENTS: Final = frozenset({"GPE", "ORG", "PERSON", "NORP"})
_NAME_ENTS: Final = frozenset({"GPE", "ORG", "PERSON", ""})  # a proper noun of these (not "Republican")
_NUMBER_SKIP_ENTS: Final = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL_YEAR"})
_NUMBER: Final = re.compile(r"^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?%?$")
_SUBJECTS: Final = frozenset({"nsubj", "csubj"})
_PATIENTS: Final = frozenset({"dobj", "nsubjpass", "dative"})
_COMPLEMENTS: Final = frozenset({"attr", "acomp", "oprd"})
#: the dependents of a cue verb whose subtrees belong to the claim's frame ("..., contradicting the
#: company", "In contrast to ...", "later")
_FRAME_DEPS: Final = frozenset({"advcl", "prep", "npadvmod", "advmod", "xcomp", "dobj", "oprd", "prt", "dative",
                                "acomp", "ccomp"})
#: verbs under which a cue is not done: "refused to disavow", "failed to deny"
_NOT_DOING: Final = frozenset({"refuse", "decline", "fail", "avoid", "stop", "cease", "hesitate", "neglect"})
#: pronouns that may stand for anything: not read as the speaker
_NEUTRAL_PRONOUNS: Final = frozenset({"it", "its", "that", "this", "who", "which", "what"})
#: the keys of an argument that is a pronoun: it cannot be compared
UNKNOWN: Final = frozenset({"?"})
#: determiners of a claim noun that point at the claim just before ("that determination", "her claim")
_DEMONSTRATIVES: Final = frozenset({"that", "this", "these", "those", "such"})
_POSSESSIVES: Final = frozenset({"his", "her", "their", "its"})
#: a person's pronoun as subject -> the possessive its claims would take ("he is lying": his claim)
_SUBJECT_POSSESSIVE: Final[Mapping[str, str]] = {"he": "his", "she": "her", "they": "their"}
#: pronouns that stand for a claim: "dismissed it", "denied that"
_ANAPHORS: Final = frozenset({"it", "that", "this", "those"})
_FIRST_PERSON: Final = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
_DENY_VERBS: Final = frozenset(k for k, v in lx.REPORTING_CUES.items() if v == lx.DENY)
_BE_FORMS: Final = frozenset({"be", "'m", "’m", "'s", "’s", "'re", "’re", "am", "is", "are", "was", "were"})
#: clauses asserted beside a main one ("*while* Clinton had been careless, no prosecutor would ...");
#: a conditional or temporal clause is not asserted
_ASIDE_DEPS: Final = frozenset({"advcl", "parataxis"})
_UNASSERTED_MARKS: Final = frozenset({"if", "unless", "whether", "until", "before", "when", "once", "whenever",
                                      "lest", "so", "in"})
#: a first-person "I think that P" asserts P
_OPINION_VERBS: Final = frozenset({"think", "believe", "know", "feel", "guess", "suspect", "reckon", "bet", "say"})
_REFERENCE_PREPS: Final = frozenset({"with", "on", "against", "at", "to", "about", "of"})


def _by_words(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


#: phrase cues by first word: kind, word lists
_PHRASES: Final[Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    first: tuple((kind, words) for kind, table in (("dispute", _by_words(lx.CONTRAST_REFERENCE_PHRASES)),
                                                    ("confirm", _by_words(lx.CONFIRMATION_PHRASES)),
                                                    ("reply", _by_words(lx.REPLY_PHRASES)))
                 for words in table.get(first, ()))
    for first in {p.split()[0] for p in (*lx.CONTRAST_REFERENCE_PHRASES, *lx.CONFIRMATION_PHRASES,
                                         *lx.REPLY_PHRASES)}
}
#: first word of a phrase cue -> the second words of its phrases (one-word phrases have none)
_SECOND_WORDS: Final[Mapping[str, frozenset[str]]] = {
    first: frozenset(words[1] for _, words in entries if len(words) > 1)
    for first, entries in _PHRASES.items() if all(len(words) > 1 for _, words in entries)
}
#: words that may start a cue of any kind (a pre-filter: most words of a claim start none)
_CUE_LEMMAS: Final = (lx.DISPUTE_CUES | lx.CONFIRMATION_CUES | lx.REPLY_CUES | frozenset(lx.PHRASAL_DISPUTE_CUES)
                      | lx.CHARACTERISING_CUES)


class Mark(NamedTuple):
    """A word or phrase that fired, with its offsets."""

    text: str
    span: Offsets


class Reference(NamedTuple):
    """What a cue names: a party ("the union": its keys), a party's claim ("the union's claims": the
    party's keys, ``claim`` true), or an earlier claim without naming its party ("that determination",
    "the allegation", "it": no keys; ``demonstrative`` for "that" / "this" / "it", which point at the
    claim just before)."""

    keys: frozenset[str]
    mark: Mark
    claim: bool = False
    demonstrative: bool = False
    pronoun: str | None = None  # the possessive of "her claim", which the claim's speaker must fit
    authored: bool = False  # a party's thing that is no statement: "Clinton's judgment", "Trump's leadership"


class Cue(NamedTuple):
    """A response in the claim's frame or content: ``kind`` is "dispute", "confirm" or "reply"."""

    kind: str
    mark: Mark
    reference: Reference | None  # None: the cue names nothing (the claim's own cue: "Smith countered that ...")


class Proposition(NamedTuple):
    """A main predicate of the content with its polarity and the keys of its core arguments."""

    pred: str  # the predicate's key (its synonym group in ``lexicons.TERM_SYNONYMS``, else its lemma)
    token: int
    negated: bool
    agent: frozenset[str]
    patient: frozenset[str]
    negator: int | None  # the token that negates it (a negator, or the deny cue)
    lemma: str = ""
    senses: frozenset[int] = frozenset()  # its WordNet synonym groups (claimex.lexical)
    antonyms: frozenset[str] = frozenset()  # its antonyms (WordNet and ``lexicons.ANTONYMS``)


@functools.lru_cache(maxsize=8192)
def _lexical(lemma: str, pos: str) -> tuple[frozenset[int], frozenset[str]]:
    """WordNet synonym groups and antonyms of a predicate lemma (words recur: cached)."""
    return lexical.groups(lemma, pos), lexical.antonyms(lemma, pos) | ANTONYM_OF.get(_key(lemma), frozenset())


#: key -> its antonyms in ``lexicons.ANTONYMS`` (by synonym-group key)
ANTONYM_OF: Final[Mapping[str, frozenset[str]]] = {
    word: frozenset(b if a == word else a for a, b in lx.ANTONYMS if word in (a, b))
    for pair in lx.ANTONYMS for word in pair
}


class Quantity(NamedTuple):
    """A number with its bounds ("at least five": five to infinity), the unit it counts and the
    predicate it sits under."""

    low: float
    high: float
    unit: str
    pred: str
    mark: Mark
    date: str | None = None  # the nearest date word ("2008", "monday"), if any


@dataclass(slots=True)
class DocIndex:
    """Per-document lookups shared by all its claims: the token table, where the named entities start
    and end, and each speaker's :class:`Party` once read."""

    tokens: TokenTable
    entity_starts: Sequence[int]
    entity_ends: Sequence[int]
    parties: dict[str, Party] = field(default_factory=dict)

    def entity_at(self, i: int) -> tuple[int, int] | None:
        """The entity (its first token, the token after it) that token ``i`` is part of, if any."""
        k = bisect_right(self.entity_starts, i) - 1
        if k >= 0 and i < self.entity_ends[k]:
            return self.entity_starts[k], self.entity_ends[k]
        return None

    def party(self, speaker_id: str | None, speakers: Mapping[str, Mapping[str, Any]], mention: str | None) -> Party:
        """The party of a speaker entity of the document (by id), else of a bare speaker mention."""
        if speaker_id is None:
            return party_of(None, mention, self.tokens.text) if mention else NOBODY
        party = self.parties.get(speaker_id)
        if party is None:
            entity = speakers.get(speaker_id)
            party = party_of(entity, mention, self.tokens.text)
            if not party.known:  # a speaker id without an entity record: known, and itself only
                party = Party(names=frozenset({f"id:{speaker_id}"}))
            elif entity is not None and self._named(entity):
                party = replace(party, named=True)
            self.parties[speaker_id] = party
        return party

    def _named(self, entity: Mapping[str, Any]) -> bool:
        """Whether the text names the speaker (a person, organisation or place name in one of its
        mentions), rather than only describing it ("the presumptive nominee", "a campaign aide")."""
        tt = self.tokens
        spans = [m for m in entity.get("mentions") or () if isinstance(m, list | tuple) and len(m) == 2]
        if not spans:
            return True  # an entity built without its mentions: nothing to tell
        return any(tt.pos[i] == "PROPN" and tt.ent_type[i] in _NAME_ENTS for i in tt.tokens_in(spans))

    @classmethod
    def build(cls, doc: Doc) -> DocIndex:
        tokens = TokenTable.of(doc)
        starts: list[int] = []
        ends: list[int] = []
        for ent in tokens.ents:
            if ent.label_ in _ENTITY_LABELS:
                starts.append(ent.start)
                ends.append(ent.end)
        return cls(tokens, starts, ends)


@dataclass(slots=True)
class ClaimFeatures:
    """Everything the pair rules compare of one claim."""

    id: str
    start: int  # first character of the content (with ``base``)
    spans: tuple[Offsets, ...]  # the content fragments (with ``base``)
    speaker: str | None
    party: Party
    act: str
    hedged: bool
    propositions: tuple[Proposition, ...]
    quantities: tuple[Quantity, ...]
    cues: tuple[Cue, ...]
    accused: frozenset[str]
    target: frozenset[str]  # keys of the target noun phrase's head
    agreement: Mark | None
    change: Mark | None
    tokens: TokenTable
    base: int
    content: tuple[int, ...]
    index: DocIndex
    _terms: Mapping[str, int] | None = None
    _words: frozenset[str] | None = None

    @property
    def terms(self) -> Mapping[str, int]:
        """Topic key -> the first token that gave it; read when a pair or a cue first needs them
        (most claims are in no candidate pair)."""
        if self._terms is None:
            self._terms = _terms(self.tokens, self.index, self.content)
        return self._terms

    @property
    def words(self) -> frozenset[str]:
        """Lower-cased content words (and negators), for telling two extractions of one statement."""
        if self._words is None:
            tt = self.tokens
            self._words = frozenset(tt.lower[i] for i in self.content
                                    if tt.is_alpha[i] or tt.lower[i] in lx.NEGATION_WORDS)
        return self._words

    def mark(self, first: int, last: int | None = None) -> Mark:
        """The mark of tokens ``first`` to ``last`` (inclusive) of the claim's document."""
        tt = self.tokens
        last = first if last is None else last
        return Mark(tt.span_text(first, last), (tt.idx[first] + self.base, tt.end[last] + self.base))


# --------------------------------------------------------------------------------------------------
# Keys of words and noun phrases


def _key(lemma: str) -> str:
    return SYNONYM_KEY.get(lemma, lemma)


def name_keys(tt: TokenTable, words: Sequence[int]) -> frozenset[str]:
    """Actor keys of a name phrase, plus its last name ("Crooked Hillary Clinton" -> also
    ``name:clinton``, so that it meets "Clinton")."""
    words = [i for i in words if not tt.is_punct[i]]
    if not words:
        return frozenset()
    keys = actor_keys([" ".join(tt.word(i) for i in words)])
    last = words[-1]
    if len(words) > 1 and tt.pos[last] == "PROPN":
        keys |= actor_keys([tt.word(last)])
    return keys


def _phrase_keys(tt: TokenTable, head: int, party: Party) -> frozenset[str]:
    """The keys of a noun phrase by its head: the head's lemma key (a name's actor keys), its
    compounds' and its number; a first-person pronoun stands for the speaker's party, any other
    pronoun is :data:`UNKNOWN` ("it raised $15 million": raised by whom?)."""
    pos, lemma, lower = tt.pos, tt.lemma, tt.lower
    if pos[head] == "PRON":
        if party.names and (lower[head] in _FIRST_PERSON or lower[head] in party.pronouns - _NEUTRAL_PRONOUNS):
            return party.names  # "I", "we"; "she" of a speaker the text calls "she" ("she said she would")
        return UNKNOWN
    if pos[head] == "PROPN" or tt.ent_type[head] in _PARTY_ENTS:
        words = [i for i in np_indices(tt, head) if pos[i] in ("PROPN", "NOUN", "ADJ")]
        return name_keys(tt, words or [head])
    keys = {_key(lemma[head])}
    for child in tt.children[head]:
        kind = tt.dep[child]
        if kind == "compound":
            keys.add(_key(lemma[child]))
        elif kind == "nummod":
            value = _number_value(tt, child)
            if value is not None:
                keys.add(f"#{value:g}")
    return frozenset(keys)


def _number_value(tt: TokenTable, i: int) -> float | None:
    low = tt.lower[i]
    if low in lx.NUMBER_WORDS:
        return float(lx.NUMBER_WORDS[low])
    m = _NUMBER.match(low)
    if m is None:
        return None
    value = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    nxt = tt.lower[i + 1] if i + 1 < tt.n else None
    if nxt in ("million", "billion", "thousand", "hundred"):
        value *= lx.NUMBER_WORDS[nxt]
    return value


def _child(tt: TokenTable, i: int, deps: Iterable[str]) -> int | None:
    deps = frozenset(deps)
    return next((c for c in tt.children[i] if tt.dep[c] in deps), None)


def _nearest_predicate(tt: TokenTable, i: int, limit: int = 6) -> int:
    """The nearest verb, auxiliary or adjective above ``i`` (``i`` itself if it is one)."""
    pos, head, dep = tt.pos, tt.head, tt.dep
    for _ in range(limit):
        if pos[i] in ("VERB", "AUX", "ADJ") and dep[i] not in ("aux", "auxpass", "amod"):
            return i
        if head[i] == i:
            return i
        i = head[i]
    return i


# --------------------------------------------------------------------------------------------------
# Propositions


def _proposition(tt: TokenTable, p: int, party: Party) -> tuple[int, frozenset[str], frozenset[str]] | None:
    """(the predicate's word, agent keys, patient keys) of main predicate ``p``, or None when it has
    no argument to compare. The word is ``p``, a copula's complement or a light verb's object."""
    pos, dep, lemma, children = tt.pos, tt.dep, tt.lemma, tt.children
    agent: set[str] = set()
    patient: set[str] = set()
    complement = None
    for child in children[p]:
        kind = dep[child]
        if kind in _SUBJECTS:
            agent |= _phrase_keys(tt, child, party)
        elif kind in _PATIENTS:
            patient |= _phrase_keys(tt, child, party)
        elif kind == "agent":
            obj = _child(tt, child, ("pobj",))
            if obj is not None:
                agent |= _phrase_keys(tt, obj, party)
        elif kind in _COMPLEMENTS:
            complement = child
    word = p
    if pos[p] == "AUX" or lemma[p] in _BE_FORMS or tt.lower[p] in _BE_FORMS:
        if complement is None:
            return None
        word = complement  # "X is false" -> false(X); "X was a mistake" -> mistake(X)
    elif lemma[p] in lx.LIGHT_VERBS:
        obj = _child(tt, p, ("dobj",))
        if obj is not None and pos[obj] == "NOUN":
            word, patient = obj, set()  # "made a mistake" -> mistake
    if not agent and not patient:
        return None
    return word, frozenset(agent), frozenset(patient)


def _negator_of(tt: TokenTable, negations: Sequence[int], p: int) -> int | None:
    """The claim's negator that negates predicate ``p`` ("did *not* include", "*no* prosecutor would
    bring"), when an odd number of them do."""
    found = [n for n in negations if _nearest_predicate(tt, tt.head[n] if tt.dep[n] != "ROOT" else n) == p
             or tt.head[n] == p]
    return found[0] if len(found) % 2 == 1 else None


def _asides(tt: TokenTable, main: Sequence[int], content: frozenset[int]) -> list[int]:
    """Predicates of the clauses asserted beside the main ones (see ``_ASIDE_DEPS``), and what a
    speaker says they think ("*I think* the director's job was ..."), in the content."""
    return [c for p in main for c in tt.children[p] if c in content and (_opinion(tt, p, c) or _aside(tt, c))]


def _opinion(tt: TokenTable, p: int, c: int) -> bool:
    """``c`` is what a first-person "I think" (``p``) asserts."""
    return (tt.dep[c] == "ccomp" and tt.lemma[p] in _OPINION_VERBS
            and any(tt.dep[s] == "nsubj" and tt.lower[s] in ("i", "we") for s in tt.children[p]))


def _aside(tt: TokenTable, c: int) -> bool:
    """``c`` heads a clause asserted beside its head's, not a conditional or temporal one."""
    return (tt.dep[c] in _ASIDE_DEPS and tt.pos[c] in ("VERB", "AUX", "ADJ")
            and not any(tt.lower[m] in _UNASSERTED_MARKS for m in tt.children[c] if tt.dep[m] in ("mark", "advmod")))


def _negation_nearby(tt: TokenTable, p: int) -> bool:
    """Any negation word on predicate ``p`` or its arguments' determiners: the claims stage reads
    the polarity of main predicates only, so such a clause is left out rather than guessed."""
    for c in tt.children[p]:
        if tt.dep[c] == "neg" or tt.lower[c] in lx.NEGATION_WORDS:
            return True
        if any(tt.lower[g] in lx.NEGATION_WORDS for g in tt.children[c] if tt.dep[g] in ("det", "neg", "advmod")):
            return True
    return False


def _propositions(tt: TokenTable, analysis: ClaimAnalysis, party: Party) -> list[Proposition]:
    """The content's main predicates as propositions, with the claims stage's polarity (a deny cue
    flips it: "X denied that Y"), and the asserted clauses beside them when they carry no negation."""
    deny_cue = analysis.act_root if (analysis.act == lx.DENY and analysis.act_root is not None
                                     and tt.lemma[analysis.act_root] in _DENY_VERBS) else None
    out: list[Proposition] = []
    asides = [p for p in _asides(tt, analysis.predicates, frozenset(analysis.content)) if not _negation_nearby(tt, p)]
    for p in (*analysis.predicates, *asides):
        found = _proposition(tt, p, party)
        if found is None:
            continue
        word, agent, patient = found
        negator = _negator_of(tt, analysis.negations, p)
        negated = negator is not None
        if not negated and _negation_nearby(tt, p):
            continue  # "she neither sent nor received": a negation the claims stage did not count
        if deny_cue is not None and p in analysis.predicates:
            negated, negator = not negated, deny_cue if not negated else None
        senses, antonyms = _lexical(tt.lemma[word], tt.pos[word])
        out.append(Proposition(_key(tt.lemma[word]), p, negated, agent, patient, negator, tt.lemma[word], senses,
                               antonyms))
    return out


# --------------------------------------------------------------------------------------------------
# Quantities


def _quantity_unit(tt: TokenTable, i: int) -> str:
    """What number ``i`` counts: its head noun ("four fighters"), the noun of "four of the fighters",
    else its head marked with "@"."""
    dep, pos, head, lemma, lower = tt.dep, tt.pos, tt.head, tt.lemma, tt.lower
    h = head[i]
    if dep[i] == "nummod" or (dep[i] == "compound" and pos[h] == "NOUN"):
        return _key(lemma[h])
    if dep[i] == "pobj" and lower[h] == "of" and pos[head[h]] == "NOUN":
        return _key(lemma[head[h]])
    return "@" + _key(lemma[h])


def _bounds(tt: TokenTable, i: int, value: float) -> tuple[float, float]:
    """The range a number stands for: "at least five" [5, inf), "about 20" [16, 25], "90 to 95"
    [90, 95] (read at its second number; the first is skipped by ``_quantities``)."""
    low = _range_start(tt, i)
    if low is not None:
        return min(low, value), max(low, value)
    before = set(tt.lower[max(0, i - 2): i])
    if before & lx.NUMBER_LOWER_BOUNDS or tt.lower[i] in ("dozens", "hundreds", "thousands", "scores"):
        return value, math.inf
    if before & lx.NUMBER_UPPER_BOUNDS:
        return 0.0, value
    if before & lx.NUMBER_APPROXIMATORS:
        return value * 0.8, value * 1.25
    return value, value


def _range_start(tt: TokenTable, i: int) -> float | None:
    """The first number of "X to Y", "X-Y", "between X and Y", "from X to Y" when ``i`` is Y."""
    if i >= 2 and tt.lower[i - 1] in ("to", "-", "–", "and") and (tt.pos[i - 2] == "NUM" or tt.like_num[i - 2]):
        return _number_value(tt, i - 2)
    return None


def _inside_number(tt: TokenTable, i: int) -> bool:
    """A part of a hyphenated number ("Forty-three", "twenty-five"): not a number of its own."""
    return any(0 <= k < tt.n and tt.lower[k] == "-" and 0 <= 2 * k - i < tt.n and tt.lower[2 * k - i] in lx.NUMBER_WORDS
               for k in (i - 1, i + 1))


def _range_end(tt: TokenTable, i: int) -> bool:
    """``i`` is the X of "X to Y" (the range is read at Y)."""
    return (i + 2 < tt.n and tt.lower[i + 1] in ("to", "-", "–", "and")
            and (tt.pos[i + 2] == "NUM" or tt.like_num[i + 2]))


def _date(tt: TokenTable, i: int, window: int = 8) -> str | None:
    """The nearest date word within ``window`` words of number ``i`` ("in 2008", "by 2012", "last
    year"): two figures of two times do not conflict."""
    ent = tt.ent_type
    near = [k for k in range(max(0, i - window), min(tt.n, i + window + 1)) if k != i and ent[k] == "DATE"]
    return tt.lower[min(near, key=lambda k: abs(k - i))] if near else None


def _quantities(tt: TokenTable, content: Sequence[int], mark: Any) -> list[Quantity]:
    out: list[Quantity] = []
    pos, dep, head, lemma = tt.pos, tt.dep, tt.head, tt.lemma
    for i in content:
        if pos[i] != "NUM" and not tt.like_num[i]:
            continue
        if tt.ent_type[i] in _NUMBER_SKIP_ENTS or (dep[i] == "compound" and pos[head[i]] == "NUM"):
            continue
        value = _number_value(tt, i)
        if value is None or _range_end(tt, i) or _inside_number(tt, i):
            continue
        low, high = _bounds(tt, i, value)
        unit = _quantity_unit(tt, i)
        pred = _nearest_predicate(tt, head[i])
        last = head[i] if not unit.startswith("@") and head[i] > i else i
        out.append(Quantity(low, high, unit, _key(lemma[pred]), mark(i, last), _date(tt, i)))
    return out


# --------------------------------------------------------------------------------------------------
# References and cues


def _party_phrase(tt: TokenTable, head: int) -> bool:
    """A noun phrase that names a party: a name, an entity, or an organisation or role noun."""
    return (tt.pos[head] == "PROPN" or tt.ent_type[head] in _PARTY_ENTS
            or tt.lemma[head] in lx.ORG_NOUNS or tt.lemma[head] in lx.ROLE_NOUNS)


def _phrase_reference(tt: TokenTable, head: int, mark: Any) -> Reference:
    words = np_indices(tt, head)
    return Reference(name_keys(tt, words), mark(words[0], words[-1]))


def _author(tt: TokenTable, noun: int) -> int | None:
    """Who a noun belongs to: "Moscow's claims", "the Pentagon account", "claims made by the US",
    "the report of the commission"."""
    for child in tt.children[noun]:
        kind = tt.dep[child]
        if kind == "poss" and tt.pos[child] != "PRON":
            return child
        if kind == "compound" and (tt.pos[child] == "PROPN" or tt.lemma[child] in lx.ORG_NOUNS):
            return child
        if kind == "prep" and tt.lower[child] in ("by", "from", "of"):
            obj = _child(tt, child, ("pobj",))
            if obj is not None and _party_phrase(tt, obj):
                return obj
        if kind == "acl":
            agent = _child(tt, child, ("agent",))
            obj = _child(tt, agent, ("pobj",)) if agent is not None else None
            if obj is not None:
                return obj
    return None


def _reference(tt: TokenTable, head: int, mark: Any, *, parties: bool = True,
               pronouns: bool = False) -> Reference | None:
    """What the object of a cue names: a party's claim ("rejected *the union's claims*", "in contrast
    to *Mr. Trump's leadership*"), an earlier claim ("denied *the allegation*", "questioned *that
    determination*", "dismissed *it*"), or a party ("rejected *the union*", when ``parties``); None
    for anything else."""
    pos, lower = tt.pos[head], tt.lower
    if pos == "PRON":
        if pronouns and lower[head] in _ANAPHORS and tt.head[head] < head:  # not a relative "that"
            return Reference(frozenset(), mark(head), claim=True, demonstrative=True)
        return None
    if pos not in ("NOUN", "PROPN"):
        return None
    words = np_indices(tt, head)
    author = _author(tt, head) if pos == "NOUN" else None
    if author is not None:
        is_claim = tt.lemma[head] in lx.CLAIM_NOUNS
        return Reference(name_keys(tt, np_indices(tt, author)), mark(words[0], words[-1]), claim=is_claim,
                         authored=not is_claim)
    if pos == "NOUN" and tt.lemma[head] in lx.CLAIM_NOUNS:
        dets = {lower[c] for c in tt.children[head] if tt.dep[c] in ("det", "poss")}
        if any(tt.dep[c] in ("acl", "ccomp", "relcl") for c in tt.children[head]):
            # "rejected the notion that the campaign is calling her corrupt": the words say which claim,
            # and who made it is anyone's guess (the claim before is as often an ally's)
            return None
        if dets & _DEMONSTRATIVES or dets & _POSSESSIVES:
            pronoun = next(iter(sorted(dets & _POSSESSIVES)), None)
            return Reference(frozenset(), mark(words[0], words[-1]), claim=True, demonstrative=True, pronoun=pronoun)
        if dets:
            return Reference(frozenset(), mark(words[0], words[-1]), claim=True)
        return None
    if parties and _party_phrase(tt, head):
        return _phrase_reference(tt, head, mark)
    return None


def _object_reference(tt: TokenTable, verb: int, mark: Any) -> Reference | None:
    """The reference a cue verb is aimed at: its direct object, or the object of its preposition
    ("pushed back *against the White House*", "took issue with *his remarks*")."""
    pronouns = tt.lemma[verb] in lx.ANAPHOR_CUES
    for child in tt.children[verb]:
        if tt.dep[child] in ("dobj", "nsubjpass") and tt.lemma[child] not in lx.PHRASAL_DISPUTE_CUES.get(
                tt.lemma[verb], ()):
            found = _reference(tt, child, mark, pronouns=pronouns)
            if found is not None:
                return found
    for child in tt.children[verb]:
        if tt.dep[child] == "prep" and tt.lower[child] in _REFERENCE_PREPS:
            obj = _child(tt, child, ("pobj",))
            if obj is not None:
                found = _reference(tt, obj, mark, pronouns=pronouns)
                if found is not None:
                    return found
    return None


def _characterised(tt: TokenTable, verb: int) -> int | None:
    """The falsity word of "called the claims *false*", "dismissed them as *a hoax*"."""
    for child in tt.children[verb]:
        kind = tt.dep[child]
        if kind in ("oprd", "xcomp", "acomp", "attr", "ccomp") and tt.lemma[child] in lx.FALSITY_WORDS:
            return child
        if kind == "prep" and tt.lower[child] == "as":
            obj = _child(tt, child, ("pobj", "amod", "acomp"))
            if obj is not None and tt.lemma[obj] in lx.FALSITY_WORDS:
                return obj
        if kind in ("oprd", "xcomp", "attr", "dobj"):  # "called the claims a *lie*", "called them fake news"
            found = next((g for g in tt.children[child] if tt.lemma[g] in lx.FALSITY_WORDS), None)
            if found is not None:
                return found
    return None


#: lemmas and lower-cased words that may start a cue or mark a change (the pre-filter of ``_watched``)
_FALSITY_LEMMAS: Final = lx.FALSITY_WORDS | lx.TRUTH_WORDS
_WATCHED_LEMMAS: Final = _CUE_LEMMAS | _FALSITY_LEMMAS | lx.CHANGE_WORDS
_WATCHED_WORDS: Final = frozenset(_PHRASES) | lx.CHANGE_WORDS
#: cue kind -> (its verbs, those of them that may name a bare party)
_VERB_CUES: Final = (("dispute", lx.DISPUTE_CUES, lx.PARTY_DISPUTE_CUES),
                     ("confirm", lx.CONFIRMATION_CUES, lx.PARTY_CONFIRMATION_CUES),
                     ("reply", lx.REPLY_CUES, lx.REPLY_CUES))


def _verb_cue(tt: TokenTable, verb: int, mark: Any, own: bool) -> Cue | None:
    """The cue a verb makes, if any. ``own``: the verb is the claim's own cue (it may then name
    nothing: "Smith countered that ..."); elsewhere a cue must name a party or a claim."""
    lemma = tt.lemma[verb]
    if lemma not in _CUE_LEMMAS or _cue_negated(tt, verb):
        return None
    if lemma in lx.PHRASAL_DISPUTE_CUES:
        words = lx.PHRASAL_DISPUTE_CUES[lemma]
        part = next((c for c in tt.children[verb] if tt.lemma[c] in words or tt.lower[c] in words), None)
        if part is not None:
            ref = _object_reference(tt, verb, mark)
            if ref is not None or own:
                return Cue("dispute", mark(min(verb, part), max(verb, part)), ref)
    if lemma in lx.CHARACTERISING_CUES:
        falsity = _characterised(tt, verb)
        ref = None
        if falsity is not None:  # "called the claims false"; "called the ministry's account false" (one phrase)
            ref = _object_reference(tt, verb, mark) or next(
                (r for c in tt.children[falsity] if tt.dep[c] in ("compound", "nsubj", "poss")
                 for r in (_reference(tt, c, mark),) if r is not None), None)
        if falsity is not None and ref is not None:
            return Cue("dispute", mark(verb, falsity) if falsity > verb else mark(verb), ref)
    for kind, lexicon, party_lexicon in _VERB_CUES:
        if lemma in lexicon:
            ref = _object_reference(tt, verb, mark)
            if ref is not None and not ref.claim and not (
                    (ref.authored and kind == "dispute") or (not ref.authored and lemma in party_lexicon)):
                ref = None  # "rejected Trump", "backed Smith", "responding to pressure from X": no claim
            if ref is not None or (own and (kind != "dispute" or lemma in lx.UNNAMED_DISPUTE_CUES)):
                return Cue(kind, mark(verb), ref)
    return None


def _cue_negated(tt: TokenTable, verb: int) -> bool:
    """A cue that is not done: "did not deny", "refused to disavow", "no evidence to support"."""
    if any(tt.dep[c] == "neg" for c in tt.children[verb]):
        return True
    head = tt.head[verb]
    if head == verb or tt.dep[verb] not in ("xcomp", "acl", "relcl", "advcl", "ccomp"):
        return False
    if tt.lemma[head] in _NOT_DOING or any(tt.dep[c] == "neg" for c in tt.children[head]):
        return True
    return any(tt.lower[c] in lx.NEGATION_WORDS for c in tt.children[head] if tt.dep[c] == "det")


def _match_phrase(tt: TokenTable, i: int, words: Sequence[str]) -> int | None:
    """The last token of ``words`` read from token ``i`` on, one adjective or adverb allowed inside
    ("in *stark* contrast to"); None when they are not there."""
    k, skipped = i, False
    for n, word in enumerate(words):
        if k >= tt.n:
            return None
        if tt.lower[k] != word:
            if n == 0 or skipped or tt.pos[k] not in ("ADJ", "ADV") or k + 1 >= tt.n or tt.lower[k + 1] != word:
                return None
            k, skipped = k + 1, True
        k += 1
    return k - 1


def _phrase_cue(tt: TokenTable, i: int, mark: Any) -> Cue | None:
    """A phrase cue starting at token ``i`` with the reference it governs: "in contrast to *the claims
    made by the US*", "in line with *the ministry's figures*", "in response to *the report*"."""
    for kind, words in _PHRASES.get(tt.lower[i], ()):
        last = _match_phrase(tt, i, words)
        if last is None:
            continue
        obj = _child(tt, last, ("pobj", "dobj")) if tt.pos[last] in ("ADP", "VERB") else None
        if obj is None and len(words) > 1:
            obj = _child(tt, last - 1, ("pobj",)) or _child(tt, tt.head[last], ("pobj",))
        ref = _reference(tt, obj, mark) if obj is not None else None
        if ref is not None and ref.keys and (kind == "dispute" or not ref.authored):  # "unlike this job": no
            return Cue(kind, mark(i, last), ref)
    return None


def _subject_reference(tt: TokenTable, subj: int, mark: Any, *, persons: bool, opening: bool) -> Reference | None:
    """What the subject of "... is false" or "... is lying" names: a claim ("their claims", or "that",
    "it" when the claim opens with them: "It's just not true."), or, when ``persons``, a party
    ("Trump", "the senator") or a person by pronoun ("he")."""
    low = tt.lower[subj]
    if tt.pos[subj] == "PRON":
        if not opening:
            return None  # inside a longer quote "that" is the quote's own business
        if low in _ANAPHORS:
            return Reference(frozenset(), mark(subj), claim=True, demonstrative=True)
        if persons and low in _SUBJECT_POSSESSIVE:
            return Reference(frozenset(), mark(subj), claim=True, demonstrative=True,
                             pronoun=_SUBJECT_POSSESSIVE[low])
        return None
    ref = _reference(tt, subj, mark, parties=persons)
    if ref is None or (not persons and not ref.claim):
        return None
    return ref


def _falsity_cue(tt: TokenTable, i: int, mark: Any, opening: int) -> Cue | None:
    """A statement called false: "their claims are *false*", "that's *not true*", "it is *a lie*"; or
    its author called a liar: "Trump is *wrong*", "he is *lying*"."""
    lemma, dep = tt.lemma[i], tt.dep[i]
    head = tt.head[i] if dep in ("acomp", "attr") else i  # the copula of "is false", or the verb "lied"
    around = (*tt.children[head], *tt.children[i]) if head != i else tuple(tt.children[i])
    if any(tt.dep[c] in ("xcomp", "ccomp", "csubj") for c in around):
        return None  # "it is wrong to separate families", "it is not true that ...": no claim called false
    if any(tt.dep[c] == "mark" and tt.lower[c] in _UNASSERTED_MARKS for c in around):
        return None  # "why would he do so if it wasn't true"
    if dep in ("acomp", "attr"):
        negated = any(tt.dep[c] == "neg" for c in tt.children[head])
        if lemma in lx.TRUTH_WORDS and negated and tt.pos[i] == "ADJ" and all(  # not "a right", not
                tt.lower[c] in lx.INTENSIFIERS for c in tt.children[i] if tt.dep[c] == "advmod"):  # "politically"
            first = next(c for c in tt.children[head] if tt.dep[c] == "neg")
            return _subject_cue(tt, head, mark(min(first, i), max(first, i)), mark, False, opening)
        if lemma in lx.FALSITY_WORDS and not negated:
            return _subject_cue(tt, head, mark(i), mark, lemma in lx.UNTRUTHFUL_WORDS, opening)
        return None
    if lemma == "lie" and tt.pos[i] == "VERB" and not any(
            tt.dep[c] in ("neg", "prt") or (tt.dep[c] == "prep" and tt.lower[c] not in ("about", "to"))
            for c in tt.children[i]):
        return _subject_cue(tt, i, mark(i), mark, True, opening)  # "he lied about the budget"
    return None


def _subject_cue(tt: TokenTable, predicate: int, cue_mark: Mark, mark: Any, persons: bool,
                 opening: int) -> Cue | None:
    """The dispute cue of a statement or person called false or lying, by the predicate's subject."""
    subj = _child(tt, predicate, ("nsubj",))
    if subj is None or tt.dep[predicate] == "relcl":  # "somebody that is not ..."
        return None
    ref = _subject_reference(tt, subj, mark, persons=persons, opening=subj - opening <= 2)
    return Cue("dispute", cue_mark, ref) if ref is not None else None


def _may_start(tt: TokenTable, i: int) -> bool:
    """Whether watched word ``i`` may start a phrase cue or be a change word: its next word (or the one
    after an adjective) is a second word of some phrase ("in" starts few)."""
    low = tt.lower[i]
    if low in lx.CHANGE_WORDS or low not in _SECOND_WORDS:
        return True
    seconds = _SECOND_WORDS[low]
    return any(k < tt.n and tt.lower[k] in seconds for k in (i + 1, i + 2))


def _watched(tt: TokenTable, verbs: Iterable[int], content: Sequence[int]) -> list[int]:
    """The words of the claim's frame and content that may start a cue or mark a change, in order:
    the cue verbs, the subtrees of their frame dependents (outside the content) and the content, each
    word tested as it is walked (most claims have none)."""
    lemma, lower, dep, children = tt.lemma, tt.lower, tt.dep, tt.children
    inside = frozenset(content)
    found = {i for i in content if lemma[i] in _WATCHED_LEMMAS or (lower[i] in _WATCHED_WORDS and _may_start(tt, i))}
    for verb in verbs:
        found.add(verb)
        stack = [c for c in children[verb] if dep[c] in _FRAME_DEPS and c not in inside]
        while stack:
            i = stack.pop()
            if lemma[i] in _WATCHED_LEMMAS or (lower[i] in _WATCHED_WORDS and _may_start(tt, i)):
                found.add(i)
            stack += [c for c in children[i] if c not in inside]
    return sorted(found)


def _own_subject(tt: TokenTable, verb: int, party: Party) -> bool:
    """A verb of the content that the speaker does: a first-person subject ("we reject the claims"),
    or the speaker named as subject."""
    subj = _child(tt, verb, ("nsubj",))
    if subj is None:
        return False  # "depended on to counter the numbers": whose act is it?
    if tt.lower[subj] in _FIRST_PERSON:
        return True
    return bool(party.names) and not party.names.isdisjoint(_phrase_keys(tt, subj, party))


def _cues(tt: TokenTable, analysis: ClaimAnalysis, party: Party,
          mark: Any) -> tuple[list[Cue], Mark | None, Mark | None]:
    """The claim's cues, its agreement adverb ("also") and its change marker ("later", "corrected")."""
    content = frozenset(analysis.content)
    # the claim's own cue verbs (a performative inside the content, "we reject ...", is read as content)
    verbs = dict.fromkeys(v for v in (analysis.cue, analysis.act_root)
                          if v is not None and (v == analysis.cue or v not in content))
    cues: list[Cue] = []
    agreement = change = None
    # the claim's own cue may name nothing ("Smith countered that ...") when it frames a clause; "denied
    # victims of shootings" (a noun phrase) is no answer to a claim
    clausal = any(tt.pos[p] in ("VERB", "AUX") for p in analysis.predicates)
    for verb in verbs:
        cue = _verb_cue(tt, verb, mark, own=clausal)
        if cue is not None:
            cues.append(cue)
        for child in tt.children[verb]:
            if tt.dep[child] == "advmod" and tt.lower[child] in lx.AGREEMENT_ADVERBS and agreement is None:
                agreement = mark(child)
    for i in _watched(tt, verbs, analysis.content):
        if change is None and (tt.lemma[i] in lx.CHANGE_WORDS or tt.lower[i] in lx.CHANGE_WORDS):
            change = mark(i)
        if i in verbs:
            continue
        cue = _phrase_cue(tt, i, mark) if tt.lower[i] in _PHRASES else None
        if cue is None and tt.lemma[i] in _CUE_LEMMAS and tt.pos[i] == "VERB" and (
                i not in content or _own_subject(tt, i, party)):
            cue = _verb_cue(tt, i, mark, own=False)
        if cue is None and i in content and (tt.lemma[i] in _FALSITY_LEMMAS):
            cue = _falsity_cue(tt, i, mark, analysis.content[0])
        if cue is not None:
            cues.append(cue)
    return cues, agreement, change


# --------------------------------------------------------------------------------------------------
# Topic terms


def _terms(tt: TokenTable, index: DocIndex, tokens: Iterable[int]) -> dict[str, int]:
    """Topic keys of the content words (names by their actor keys), each with its first token."""
    terms: dict[str, int] = {}
    pos, stop, alpha, lemma = tt.pos, tt.is_stop, tt.is_alpha, tt.lemma
    last_entity = -1
    for i in tokens:
        ent = index.entity_at(i) if tt.ent_type[i] in _ENTITY_LABELS else None
        if ent is not None:
            if ent[0] != last_entity:
                last_entity = ent[0]
                for key in actor_keys([tt.span_text(ent[0], ent[1] - 1)]):
                    terms.setdefault(key, i)
            continue
        if pos[i] not in _TERM_POS or stop[i] or not alpha[i] or lemma[i] in lx.TOPIC_STOP_LEMMAS:
            continue
        terms.setdefault(_key(lemma[i]), i)
    return terms


def _accused(tt: TokenTable, analysis: ClaimAnalysis) -> frozenset[str]:
    """Who an accusation accuses: the actor keys of its target ("accused *the mayor* of lying")."""
    root = analysis.target_root
    if root is None or tt.pos[root] == "PRON":
        return frozenset()
    words = [i for i in np_indices(tt, root) if i <= root and tt.pos[i] in ("PROPN", "NOUN", "ADJ")]
    return name_keys(tt, words or [root])


def _target_keys(tt: TokenTable, analysis: ClaimAnalysis, party: Party) -> frozenset[str]:
    root = analysis.target_root
    if root is None or tt.pos[root] == "PRON":
        return frozenset()
    return _phrase_keys(tt, root, party)


# --------------------------------------------------------------------------------------------------
# One claim


def read_claim(doc: Doc, claim: Mapping[str, Any], speakers: Mapping[str, Mapping[str, Any]],
               *, base: int = 0, index: DocIndex | None = None) -> ClaimFeatures:
    """Read one analysed claim for linking.

    Args:
        doc: the parsed document.
        claim: a claim dict the claims stage has analysed.
        speakers: speaker id -> speaker dict.
        base: added to every offset (``relate`` puts two texts side by side).
        index: the document's :class:`DocIndex` (built here when not given).
    """
    index = index or DocIndex.build(doc)
    tt = index.tokens
    analysis = claim_analysis(claim, tt)
    speaker = claim.get("speaker")
    party = index.party(speaker, speakers, claim.get("speaker_mention_text"))

    def mark(first: int, last: int | None = None) -> Mark:
        last = first if last is None else last
        return Mark(tt.span_text(first, last), (tt.idx[first] + base, tt.end[last] + base))

    cues, agreement, change = _cues(tt, analysis, party, mark)
    # "CNN did not report that Carson was dropping out": the claim asserts nothing
    unsaid = analysis.cue is not None and _cue_negated(tt, analysis.cue)
    accused = _accused(tt, analysis) if analysis.act == lx.ACCUSE else frozenset()
    spans = tuple((int(s) + base, int(e) + base) for s, e in (claim.get("content_spans") or [claim["content"]]))
    return ClaimFeatures(
        id=str(claim.get("id")),
        start=spans[0][0] if spans else base,
        spans=spans,
        speaker=speaker,
        party=party,
        act=analysis.act,
        hedged=analysis.hedged or analysis.act == lx.QUESTION or unsaid,
        propositions=() if unsaid else tuple(_propositions(tt, analysis, party)),
        quantities=tuple(_quantities(tt, analysis.content, mark)),
        cues=tuple(cues),
        accused=accused,
        target=_target_keys(tt, analysis, party),
        agreement=agreement,
        change=change,
        tokens=tt,
        base=base,
        content=analysis.content,
        index=index,
    )
