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
  mayor"), each with the :class:`~.cues.Reference` it names (:mod:`.cues`);
* **accused** -- for an accusation, who is accused; **agreement** -- "also" on the cue; **change** --
  a marker of a change of position ("later said", "corrected", "misspoke");
* **terms** -- the content's topic words, which only select and rank candidate pairs.

Offsets in marks are shifted by ``base`` (``relate`` puts two texts side by side).
"""

from __future__ import annotations

import functools
import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final, NamedTuple

from spacy.tokens import Doc

from ... import lexical
from ... import lexicons as lx
from ..acts import VERB_RULES, instrument_speaker
from ..claims import actor_keys, np_indices
from ..tokens import TokenTable
from .analysis import ClaimAnalysis, claim_analysis
from .cues import Cue, contrast_frame, cue_negated, narrated_response, read_cues
from .parties import NOBODY, Party, party_of
from .syntax import (
    BE_FORMS,
    UNASSERTED_MARKS,
    Mark,
    Offsets,
    child_of,
    name_keys,
    nearest_predicate,
    number_value,
    phrase_keys,
    term_key,
)

#: what every negator ("n't", "n’t", "never" ...) is read as in a claim's words
NOT: Final = "not"
_TERM_POS: Final = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_ENTITY_LABELS: Final = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW"})
_NAME_ENTS: Final = frozenset({"GPE", "ORG", "PERSON", ""})  # a proper noun of these (not "Republican")
_NUMBER_SKIP_ENTS: Final = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL_YEAR"})
_SUBJECTS: Final = frozenset({"nsubj", "csubj"})
_PATIENTS: Final = frozenset({"dobj", "nsubjpass", "dative"})
_COMPLEMENTS: Final = frozenset({"attr", "acomp", "oprd"})
_DENY_VERBS: Final = frozenset(k for k, v in lx.REPORTING_CUES.items() if v == lx.DENY)
#: clauses asserted beside a main one ("*while* Clinton had been careless, no prosecutor would ...");
#: a conditional or temporal clause is not asserted
_ASIDE_DEPS: Final = frozenset({"advcl", "parataxis"})
#: a first-person "I think that P" asserts P
_OPINION_VERBS: Final = frozenset({"think", "believe", "know", "feel", "guess", "suspect", "reckon", "bet", "say"})


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
    word: int = -1  # the word that says it: ``token``, or a copula's complement ("were *accurate*")


@functools.lru_cache(maxsize=8192)
def _lexical(lemma: str, pos: str) -> tuple[frozenset[int], frozenset[str]]:
    """WordNet synonym groups and antonyms of a predicate lemma (words recur: cached)."""
    return lexical.groups(lemma, pos), lexical.antonyms(lemma, pos) | ANTONYM_OF.get(term_key(lemma), frozenset())


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


def _last_word(tt: TokenTable, start: int, end: int) -> int | None:
    """The last token of a mention that is not punctuation: the head of an English noun phrase
    ("the council *front-runner*", "city spokesman Sam *Ortiz*")."""
    words = [i for i in tt.tokens_in([(start, end)]) if not tt.is_punct[i]]
    return words[-1] if words else None


@dataclass(slots=True)
class DocIndex:
    """Per-document lookups shared by all its claims: the token table, where the named entities start
    and end, and each speaker's :class:`Party` (and each bare speaker mention's) once read."""

    tokens: TokenTable
    entity_starts: Sequence[int]
    entity_ends: Sequence[int]
    parties: dict[str, Party] = field(default_factory=dict)
    mentions: dict[str, Party] = field(default_factory=dict)

    def entity_at(self, i: int) -> tuple[int, int] | None:
        """The entity (its first token, the token after it) that token ``i`` is part of, if any."""
        k = bisect_right(self.entity_starts, i) - 1
        if k >= 0 and i < self.entity_ends[k]:
            return self.entity_starts[k], self.entity_ends[k]
        return None

    def party(self, speaker_id: str | None, speakers: Mapping[str, Mapping[str, Any]], mention: str | None) -> Party:
        """The party of a speaker entity of the document (by id), else of a bare speaker mention."""
        if speaker_id is None:
            if not mention:
                return NOBODY
            found = self.mentions.get(mention)
            if found is None:
                found = self.mentions[mention] = party_of(None, mention, self.tokens.text)
            return found
        party = self.parties.get(speaker_id)
        if party is None:
            entity = speakers.get(speaker_id)
            party = party_of(entity, mention, self.tokens.text)
            if not party.known and entity is None:  # a speaker id without an entity record: known, and
                party = Party(names=frozenset({f"id:{speaker_id}"}))  # itself only (an entity whose every
                # mention is a pronoun or a quantified group, "many", names no one: unknown)
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
        # the name must head the mention: "the council front-runner" and "Lopez's campaign" only describe
        heads = (i for i in (_last_word(tt, s, e) for s, e in spans) if i is not None)  # read up to a name
        # a lower-case word the tagger took for a proper noun ("front-*runner*") names no one
        return any(tt.pos[i] == "PROPN" and tt.ent_type[i] in _NAME_ENTS and tt.text[tt.idx[i]].isupper()
                   for i in heads)

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
    explicit_act: str | None  # the act when its own verb says it ("accused", "also condemned"), else None
    hedged: bool
    propositions: tuple[Proposition, ...]
    quantities: tuple[Quantity, ...]
    cues: tuple[Cue, ...]
    accused: frozenset[str]  # who an accusation said with its verb ("accused the mayor of ...") accuses
    target: frozenset[str]  # keys of the target noun phrase's head
    agreement: Mark | None
    change: Mark | None
    tokens: TokenTable
    base: int
    content: tuple[int, ...]
    index: DocIndex
    predicate_lemmas: frozenset[str] = frozenset()  # the content's main predicates, as lemmas
    cue_words: frozenset[int] = frozenset()  # the cue's head and the verb that carries the act
    unsaid: bool = False  # the cue is negated: "the mayor did not say that ..." asserts nothing
    # the writer's answer set beside the content: "..., a claim the ministry disputes" (rule ``narrated_response``)
    narrated: Cue | None = None
    # the writer's concession framing another claim before the cue: "*While* X said ..." (rule ``contrast_frame``)
    contrast: Cue | None = None
    _terms: Mapping[str, int] | None = None
    _words: frozenset[str] | None = None
    _echoes: Mapping[tuple[str, ...], tuple[int, int]] | None = None

    @property
    def terms(self) -> Mapping[str, int]:
        """Topic key -> the first token that gave it; read when a pair or a cue first needs them
        (most claims are in no candidate pair)."""
        if self._terms is None:
            self._terms = _terms(self.tokens, self.index, self.content)
        return self._terms

    @property
    def words(self) -> frozenset[str]:
        """Lower-cased content words, numbers and negators, for telling two extractions of one statement
        ("killed 3 fighters" and "killed 7 fighters" are two). Every negator is ``not``: "doesn’t fit" and
        "do not fit" are said with the same polarity."""
        if self._words is None:
            tt, content, negators = self.tokens, self.content, lx.NEGATION_WORDS
            words = {tt.lower[i] for i in content if (tt.is_alpha[i] or tt.like_num[i]) and tt.lower[i] not in negators}
            # a negator of the content, or between two of its fragments ("Does[n’t] ‘Fit ...’")
            if content and any(tt.lower[i] in negators for i in range(min(content), max(content) + 1)):
                words.add(NOT)
            self._words = frozenset(words)
        return self._words

    @property
    def rebuts(self) -> bool:
        """The claim itself disputes something: a dispute cue, or an adjective calling a statement false
        in its content ("claims Clinton made that have proved false"; not an accusation of "lying")."""
        tt = self.tokens
        return (any(c.kind == "dispute" for c in self.cues)
                or any(tt.lemma[i] in lx.FALSITY_WORDS and (tt.pos[i] == "ADJ" or _falsity_complement(tt, i))
                       for i in self.content))

    @property
    def linkable(self) -> bool:
        """Whether the content says something another claim may dispute or support: a main predicate
        with an argument (a proposition), a clause not cut from its sentence, or what the cue acts on
        ("rejected *the mayor's claim*") (:func:`states_something`); never what a speaker did not say."""
        if self.unsaid:  # "Mrs. Clinton, who did not say that Sanders was unqualified, ...": no claim of hers
            return False
        return bool(self.propositions) or states_something(self.tokens, self.content, self.cue_words)

    @property
    def echoes(self) -> Mapping[tuple[str, ...], tuple[int, int]]:
        """Runs of :data:`ECHO_LENGTH` words of the content that a second speaker repeating them would
        echo (see :func:`echo_runs`), each with its first and last token; read on first use."""
        if self._echoes is None:
            self._echoes = echo_runs(self.tokens, self.content)
        return self._echoes

    def mark(self, first: int, last: int | None = None) -> Mark:
        """The mark of tokens ``first`` to ``last`` (inclusive) of the claim's document."""
        tt = self.tokens
        last = first if last is None else last
        return Mark(tt.span_text(first, last), (tt.idx[first] + self.base, tt.end[last] + self.base))


#: subordinators of an adverbial clause: a content that is only such a clause ("When Trump used the
#: words, ...") is a fragment of a sentence, not a statement
_ADVERBIAL_SUBORDINATORS: Final = frozenset({
    "if", "unless", "whether", "until", "before", "when", "once", "whenever", "because", "although", "though",
    "while", "since", "after", "whereas"})


#: falsity nouns said of a person, not of a statement ("liar"; "a lie" is said of what was said)
_SAID_OF_PEOPLE: Final = lx.UNTRUTHFUL_WORDS - {"lie"}


def _falsity_complement(tt: TokenTable, i: int) -> bool:
    """A falsity noun said of something with a copula ("It's a distortion", "that is a lie"); not
    "liar", said of a person."""
    return tt.pos[i] == "NOUN" and tt.dep[i] == "attr" and tt.lemma[i] not in _SAID_OF_PEOPLE


def states_something(tt: TokenTable, content: Sequence[int], cue_words: frozenset[int] = frozenset()) -> bool:
    """A content without a proposition of its own (:attr:`ClaimFeatures.linkable`) still says something
    unless it opens with the subordinator of an adverbial clause ("When the senator used those words,
    'not yet',": a time clause cut from its sentence), when it is what its cue acts on ("rejected the
    mayor's claim", "condemned the strikes") or holds a predicate (a verb or a copula; not only a name
    or a title: "on 'This Week,'")."""
    first = next((i for i in content if not tt.is_punct[i]), None)
    if first is None:
        return False
    if (tt.lower[first] in _ADVERBIAL_SUBORDINATORS and tt.dep[first] in ("mark", "advmod")
            and tt.dep[tt.head[first]] == "advcl"):
        return False
    inside = frozenset(content)
    if any(tt.head[i] in cue_words for i in content if tt.head[i] not in inside):
        return True
    return any(tt.pos[i] in ("VERB", "AUX") and tt.dep[i] not in ("aux", "auxpass") for i in content)


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
            agent |= phrase_keys(tt, child, party)
        elif kind in _PATIENTS:
            patient |= phrase_keys(tt, child, party)
        elif kind == "agent":
            obj = child_of(tt, child, ("pobj",))
            if obj is not None:
                agent |= phrase_keys(tt, obj, party)
        elif kind in _COMPLEMENTS:
            complement = child
    word = p
    if pos[p] == "AUX" or lemma[p] in BE_FORMS or tt.lower[p] in BE_FORMS:
        if complement is None:
            return None
        word = complement  # "X is false" -> false(X); "X was a mistake" -> mistake(X)
    elif lemma[p] in lx.LIGHT_VERBS:
        obj = child_of(tt, p, ("dobj",))
        if obj is not None and pos[obj] == "NOUN":
            word, patient = obj, set()  # "made a mistake" -> mistake
    if not agent and not patient:
        return None
    return word, frozenset(agent), frozenset(patient)


def _negator_of(tt: TokenTable, negations: Sequence[int], p: int) -> int | None:
    """The claim's negator that negates predicate ``p`` ("did *not* include", "*no* prosecutor would
    bring"), when an odd number of them do."""
    found = [n for n in negations if nearest_predicate(tt, tt.head[n] if tt.dep[n] != "ROOT" else n) == p
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
            and not any(tt.lower[m] in UNASSERTED_MARKS for m in tt.children[c] if tt.dep[m] in ("mark", "advmod")))


def _negation_nearby(tt: TokenTable, p: int) -> bool:
    """Any negation word on predicate ``p`` or its arguments' determiners: the claims stage reads
    the polarity of main predicates only, so such a clause is left out rather than guessed."""
    for c in tt.children[p]:
        if tt.dep[c] == "neg" or tt.lower[c] in lx.NEGATION_WORDS:
            return True
        if any(tt.lower[g] in lx.NEGATION_WORDS for g in tt.children[c] if tt.dep[g] in ("det", "neg", "advmod")):
            return True
    return False


def _denied_by(tt: TokenTable, cue: int, p: int, content: frozenset[int]) -> bool:
    """Whether the deny verb ``cue`` governs predicate ``p`` (issue 13, links54 round). A cue outside the
    content governs the content's main predicates ("Smith denied *that he lied*"); a cue inside it, a
    performative first-person denial ("*I deny* that I lied. I regret the remarks"), governs only its
    clausal complement, never itself or the quote's other main predicates ("regret" stays asserted)."""
    if cue not in content:
        return True
    k = p
    while tt.head[k] != k:
        if tt.head[k] == cue:
            return tt.dep[k] in ("ccomp", "xcomp")
        k = tt.head[k]
    return False


def _propositions(tt: TokenTable, analysis: ClaimAnalysis, party: Party) -> list[Proposition]:
    """The content's main predicates as propositions, with the claims stage's polarity (a deny cue
    flips it: "X denied that Y"), and the asserted clauses beside them when they carry no negation."""
    deny_cue = analysis.act_root if (analysis.act == lx.DENY and analysis.act_root is not None
                                     and tt.lemma[analysis.act_root] in _DENY_VERBS) else None
    out: list[Proposition] = []
    content = frozenset(analysis.content)
    asides = [p for p in _asides(tt, analysis.predicates, content) if not _negation_nearby(tt, p)]
    for p in (*analysis.predicates, *asides):
        found = _proposition(tt, p, party)
        if found is None:
            continue
        word, agent, patient = found
        negator = _negator_of(tt, analysis.negations, p)
        negated = negator is not None
        if not negated and _negation_nearby(tt, p):
            continue  # "she neither sent nor received": a negation the claims stage did not count
        if deny_cue is not None and p in analysis.predicates and _denied_by(tt, deny_cue, p, content):
            negated, negator = not negated, deny_cue if not negated else None
        senses, antonyms = _lexical(tt.lemma[word], tt.pos[word])
        out.append(Proposition(term_key(tt.lemma[word]), p, negated, agent, patient, negator, tt.lemma[word], senses,
                               antonyms, word))
    return out


def _quantity_unit(tt: TokenTable, i: int) -> str:
    """What number ``i`` counts: its head noun ("four fighters"), the noun of "four of the fighters",
    else its head marked with "@"."""
    dep, pos, head, lemma, lower = tt.dep, tt.pos, tt.head, tt.lemma, tt.lower
    h = head[i]
    if dep[i] == "nummod" or (dep[i] == "compound" and pos[h] == "NOUN"):
        return term_key(lemma[h])
    if dep[i] == "pobj" and lower[h] == "of" and pos[head[h]] == "NOUN":
        return term_key(lemma[head[h]])
    return "@" + term_key(lemma[h])


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
        return number_value(tt, i - 2)
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
    pos, dep, head, lemma, like_num = tt.pos, tt.dep, tt.head, tt.lemma, tt.like_num
    for i in content:
        if pos[i] != "NUM" and not like_num[i]:
            continue
        if tt.ent_type[i] in _NUMBER_SKIP_ENTS or (dep[i] == "compound" and pos[head[i]] == "NUM"):
            continue
        if tt.lower[i] == "one" and dep[i] != "nummod":
            continue  # "no one", "one of them", "the one who": a pronoun, not a count
        value = number_value(tt, i)
        if value is None or _range_end(tt, i) or _inside_number(tt, i):
            continue
        low, high = _bounds(tt, i, value)
        unit = _quantity_unit(tt, i)
        pred = nearest_predicate(tt, head[i])
        last = head[i] if not unit.startswith("@") and head[i] > i else i
        out.append(Quantity(low, high, unit, term_key(lemma[pred]), mark(i, last), _date(tt, i)))
    return out


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
        terms.setdefault(term_key(lemma[i]), i)
    return terms


#: how many words a repeated run must have: "extremely careless handling", "no longer welcome"
ECHO_LENGTH: Final = 3
#: function words a run may skip between two of its words ("extremely careless *with her* handling")
_ECHO_GAP: Final = 3
_ECHO_BREAKS: Final = frozenset({".", ";", "?", "!", ":"})
#: words of a run that say what is said of something (not only what it is about)
_ECHO_PREDICATIVE: Final = frozenset({"VERB", "ADJ", "ADV"})


_ECHO_FUNCTION_POS: Final = frozenset({"AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART"})
_NOT: Final = frozenset({"not", "never", "cannot"}) | lx.NEGATION_CLITICS


#: dependencies of an adjective or adverb inside a name ("*Supreme* Court nominee"): it says nothing
_NAMING_DEPS: Final = frozenset({"amod", "compound"})


def _echo_run_counts(plain: Sequence[bool], says: Sequence[bool]) -> bool:
    """A run worth echoing, by its words' flags (see :func:`echo_runs`): two words that are neither a
    number nor a negator (``plain``), and a plain word that says something (``says``: a verb, or an
    adjective or adverb not inside a name): not "Supreme Court nominee" or "national security adviser",
    which only name what is talked about."""
    return sum(plain) >= 2 and any(says)


def echo_runs(tt: TokenTable, content: Sequence[int]) -> dict[tuple[str, ...], tuple[int, int]]:
    """Every run of :data:`ECHO_LENGTH` content words of one sentence (function words between them
    skipped, at most :data:`_ECHO_GAP` at a time) -> its first and last token. A word is keyed by its
    lemma, a negator by "not"; a name or the end of a sentence breaks a run ("FBI interview was
    truthful" is about the FBI, not words of one speaker). Each word's flags for
    :func:`_echo_run_counts` are read once, as it joins the run."""
    out: dict[tuple[str, ...], tuple[int, int]] = {}
    run: list[int] = []
    keys: list[str] = []
    plain: list[bool] = []  # each word of the run: neither a number nor a negator
    says: list[bool] = []  # each word of the run: plain, and says something
    last = -10
    # locals: this runs on every word of every claim
    lower, pos, ent, stop, alpha, lemma = tt.lower, tt.pos, tt.ent_type, tt.is_stop, tt.is_alpha, tt.lemma
    like_num, dep = tt.like_num, tt.dep
    negators = lx.NEGATION_WORDS
    for i in content:
        low, p = lower[i], pos[i]
        if p == "PROPN" or ent[i] or low in _ECHO_BREAKS:
            run, keys, plain, says = [], [], [], []
            continue
        if low in negators:
            key, counts = ("not" if low in _NOT else low), False
        elif p in _ECHO_FUNCTION_POS or stop[i] or not alpha[i]:
            continue
        else:
            key, counts = lemma[i], not like_num[i]
        if i - last > _ECHO_GAP + 1:
            run, keys, plain, says = [], [], [], []
        run.append(i)
        keys.append(key)
        plain.append(counts)
        says.append(counts and p in _ECHO_PREDICATIVE and dep[i] not in _NAMING_DEPS)
        last = i
        if len(run) >= ECHO_LENGTH:
            found = tuple(keys[-ECHO_LENGTH:])
            if found not in out and _echo_run_counts(plain[-ECHO_LENGTH:], says[-ECHO_LENGTH:]):
                out[found] = (run[-ECHO_LENGTH], run[-1])
    return out


def echo_negated(tt: TokenTable, first: int, last: int) -> bool:
    """Whether a run is said negated: a negator on one of its words or on their heads, outside the run
    ("was *not* extremely careless"); a negator inside it is part of what is echoed."""
    for i in range(first, last + 1):
        for child in tt.children[i]:  # "*no* longer", "*never* careless"
            if (child < first or child > last) and (tt.dep[child] == "neg" or tt.lower[child] in lx.NEGATION_WORDS):
                return True
        # a copula the word hangs on: its own negator ("was *not* extremely careless"); not a determiner
        # ("no doubt that the strike hit ..."), nor the negator of another verb ("did *not* want to file ...")
        head = tt.head[i]
        if tt.pos[head] == "AUX" and any(tt.dep[child] == "neg" and (child < first or child > last)
                                         for child in tt.children[head]):
            return True
    return False


def _explicit_act(tt: TokenTable, analysis: ClaimAnalysis) -> bool:
    """The act is said with its own verb ("accused", "also condemned", "we condemn"), not read from
    the content: the claims stage's rule says so (a verb rule), or, for a claim without one, the act
    verb's class in the cue lexicon is the act."""
    if analysis.act_rule is not None:
        return analysis.act_rule in VERB_RULES
    return analysis.act_root is not None and lx.REPORTING_CUES.get(tt.lemma[analysis.act_root]) == analysis.act


def _names_target(tt: TokenTable, analysis: ClaimAnalysis) -> bool:
    """The target is a name: a proper noun or a person, organisation or place entity."""
    root = analysis.target_root
    return root is not None and (tt.pos[root] == "PROPN" or tt.ent_type[root] in ("PERSON", "ORG", "GPE", "NORP"))


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
    return phrase_keys(tt, root, party)


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

    cues, agreement, change = read_cues(tt, analysis, party, mark)
    mention = claim.get("_mention_root")
    if instrument_speaker(tt, mention if isinstance(mention, int) else None):  # rule "instrument_no_reply" (poll59)
        cues = [c for c in cues if c.kind != "reply"]  # a poll's finding answers no one: the reply is another's
    # "CNN did not report that Carson was dropping out": the claim asserts nothing
    unsaid = analysis.cue is not None and cue_negated(tt, analysis.cue)
    explicit = _explicit_act(tt, analysis)
    # who is accused: of an accusing verb ("accused the mayor of ..."), or of an accusation the content
    # makes of someone it names ("Prosecutors said Ortiz had run the scheme")
    accused = (_accused(tt, analysis) if analysis.act == lx.ACCUSE and (explicit or _names_target(tt, analysis))
               else frozenset())
    spans = tuple((int(s) + base, int(e) + base) for s, e in (claim.get("content_spans") or [claim["content"]]))
    return ClaimFeatures(
        id=str(claim.get("id")),
        start=spans[0][0] if spans else base,
        spans=spans,
        speaker=speaker,
        party=party,
        act=analysis.act,
        explicit_act=analysis.act if explicit else None,
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
        predicate_lemmas=frozenset(tt.lemma[p] for p in analysis.predicates),
        cue_words=frozenset(i for i in (analysis.cue, analysis.act_root) if i is not None),
        unsaid=unsaid,
        narrated=narrated_response(tt, analysis.content, mark),
        contrast=contrast_frame(tt, analysis.cue, mark),
    )
