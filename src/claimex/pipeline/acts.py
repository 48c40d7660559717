"""What a claim does: its speech act from the whole statement, its target and the speaker's stance.

Used by the ``claimex_claims`` stage (:mod:`claimex.pipeline.claims`), which reads the cue and the
content and hands them over as a :class:`Statement`. Three parts:

* **act** -- an ordered list of named rules (:data:`ACT_RULES`); the first that fires decides, and its
  name is recorded on the claim (``act_rule``). The cue's class is one rule among others: a criticism
  in the content is an accusation whatever the cue, "asks X to do Y" is a demand, a question needs a
  question, "warned that" predicts unless the speaker threatens an action of their own. Alternatively
  every rule is evaluated (:func:`fire_rules`) and a fitted model weighs them (:func:`act_features`,
  :mod:`claimex.pipeline.claim_model`).
* **target** -- what the claim is about, the evaluated entity first (the accused, the praised, the
  object of the act verb), then an agent of the content, then its main event or subject; resolved to
  a speaker entity of the article where it is one (:func:`resolve_target`).
* **stance** -- from the act (accuse, condemn, threaten, deny -> oppose; support -> support), else from
  the content's evaluation: the valence of its words in VADER's lexicon
  (:func:`claimex.lexicons.evaluation_lexicon`), reversed under a reversing verb ("undermine
  stability") and under negation of the word's predicate (Bar-Haim et al. 2017: stance = sentiment x
  target relation).

Everything works on token indices of the document's :class:`~claimex.pipeline.tokens.TokenTable`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, takewhile
from operator import itemgetter
from typing import Any, Final, NamedTuple

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .. import lexical, syntax
from .. import lexicons as lx
from ..names import name_gender, names_match, title_gender
from .mentions import speaker_index
from .tokens import Entity, TokenTable

_AGENT_NOUNS: Final = lx.ROLE_NOUNS | lx.ORG_NOUNS | lx.GOVERNMENT_NOUNS
_PREDICATE_POS: Final = frozenset({"VERB", "AUX", "ADJ"})
_SUBJECT_DEPS: Final = syntax.SUBJECT_DEPS
#: Parts of speech whose words are never read as evaluations (names, function words, punctuation).
_UNEVALUATED_POS: Final = frozenset({"PROPN", "DET", "ADP", "PRON", "AUX", "PUNCT", "CCONJ", "SCONJ", "PART",
                                     "NUM", "SPACE"})
_THIRD_PERSON: Final = frozenset({"he", "she", "him", "her", "his", "they", "them", "their", "it", "its"})
_PLURAL_PRONOUNS: Final = lx.PLURAL_PRONOUNS | {"theirs", "themselves"}  # and the forms lexicons leaves out
#: Modals and auxiliaries of the future: "will", "would", "'ll", "going to" (as "go" + xcomp).
_FUTURE: Final = frozenset({"will", "would", "'ll", "wo", "shall"})
#: A content whose evaluation reaches this (sum of valences, -4 .. +4 each) evaluates its target.
EVALUATION_THRESHOLD: Final = 1.0
#: An accusation read from the content needs this much negative evaluation (summed valence) ...
#: (0.5 and 3.0 since the eighth round, read on the training readers B D F G H: act 374 -> 384 of 685, every
#: reader up; 1.0 and 2.0 before)
JUDGEMENT_THRESHOLD: Final = 0.5
#: ... and praise this much positive evaluation (news reports use mild praise words descriptively;
#: milder praise counts only said of the agent itself, :func:`praise`).
PRAISE_THRESHOLD: Final = 3.0
#: An evaluative word said of an agent as its predicate (:func:`predication`) needs this valence.
PREDICATION_THRESHOLD: Final = 1.5


@dataclass(slots=True)
class Statement:
    """One claim as the act, target and stance rules read it.

    Args:
        table: the document's token table.
        content: the content's tokens, in order, without punctuation.
        preds: the content's main predicates.
        cue: the cue's head token, if any.
        cue_act: the act of the cue's class (after the governing-verb chain).
        act_root: the verb that carries the cue's act (the cue, or the stronger verb governing it).
        negative: the content's polarity is negative.
        cues: cue lemma -> act (the component's cue lexicon).
        direct: the claim is a direct or mixed quote.
        mixed: the claim is a mixed quote (reported speech with quoted words: :func:`quoted_at`).
        terms: the content's forms and lemmas found in the component's word lists (cues, negators,
            hedges, concession words), if read.
        acting: the words of ``cues`` whose act is not a plain assertion (:func:`acting_cues`), read
            once by the component with its cue lexicon; None: read from ``cues`` when asked for.
    """

    table: TokenTable
    content: list[int]
    preds: list[int]
    cue: int | None
    cue_act: str
    act_root: int | None
    negative: bool
    cues: Mapping[str, str]
    direct: bool = False
    mixed: bool = False
    #: the content's forms and lemmas that are in the component's word lists (None: not read), so that a
    #: rule whose words are absent looks no further
    terms: frozenset[str] | None = None
    acting: frozenset[str] | None = None
    #: the agent an accusation or praise rule found (the target of choice)
    judged: int | None = None
    #: the name of the exception that kept :func:`accusation` from accusing anyone (one of
    #: :data:`SPARING_RULES`), recorded as the claim's ``act_rule`` when no later rule decides
    spared: str | None = None
    #: the speaker is an observer: their role a noun of analysis or reporting (:func:`observer_role`)
    observer: bool = False
    _valences: dict[int, float] | None = field(default=None, repr=False)
    #: the summed valence of the words :func:`others_favour` keeps out of :attr:`valences`
    _favour: float = field(default=0.0, repr=False)
    #: :func:`evaluated_agent`'s answers by sign (negative: True), once read
    _evaluated: dict[bool, int | None] = field(default_factory=dict, repr=False)
    _speaker_forms: frozenset[str] | None = field(default=None, repr=False)
    #: :func:`first_agent` with ``skip_objects`` (the accusation rule and the models' features ask for it)
    _agent_named: int | None = field(default=-1, repr=False)  # -1: not read yet
    _first_preds: list[int] | None = field(default=None, repr=False)
    #: :func:`_owed_quality`'s answer, once read (praise, predication and qualification ask for it)
    _owed: bool | None = field(default=None, repr=False)
    #: :func:`_accusation_gates`' answer, once read (:func:`accusation` runs twice: its own rule and ``doer_outside``)
    _accusing: tuple[bool, str | None, int | None] | None = field(default=None, repr=False)
    #: :attr:`inside`, once made
    _inside: frozenset[int] | None = field(default=None, repr=False)
    #: :attr:`first_end`, once read
    _first_end: int | None = field(default=None, repr=False)
    #: :attr:`first_sentence`, once read
    _first_sentence: tuple[int, int] | None = field(default=None, repr=False)

    @property
    def inside(self) -> frozenset[int]:
        """The content's tokens as a set, made once a statement (rule "inside_once", issue 15's speed52 round):
        :func:`others_belief` (for each word of praise), :func:`critical_frame`, :func:`epithet`,
        :func:`evaluated_agent`, :func:`reported_object` and the target ranker each made their own before."""
        if self._inside is None:
            self._inside = frozenset(self.content)
        return self._inside

    @property
    def first_sentence(self) -> tuple[int, int]:
        """The first token of the sentence of the content's first word and the token after its last
        (:meth:`~claimex.pipeline.tokens.TokenTable.sentence_bounds`), read once a statement that has a content
        (rule "first_sentence_once", issue 15's speed60 round): :attr:`first_end`, :attr:`first_preds`, the
        hedge rule of a condition (``claims._conditioned``) and the target rule
        :func:`~claimex.pipeline.targets.clause_topic` each looked it up before (about four times a statement)."""
        if self._first_sentence is None:
            self._first_sentence = self.table.sentence_bounds(self.content[0])
        return self._first_sentence

    @property
    def first_end(self) -> int:
        """The last token of the content's first sentence (:func:`_first_sentence_end`, from
        :attr:`first_sentence`), read once a statement (rule "first_end_once", issue 15's speed52 round): seven
        rules ask for it, about two a statement."""
        if self._first_end is None:
            self._first_end = min(self.first_sentence[1] - 1, self.content[-1])
        return self._first_end

    @property
    def first_preds(self) -> list[int]:
        """The main predicates in the content's first sentence, in order (read once a statement: the target
        rules that look there for what the statement is about ask for them three or four times)."""
        if self._first_preds is None:
            self._first_preds = _in_first_sentence(self.preds, self.first_sentence) if self.content else []
        return self._first_preds

    @property
    def agent_named(self) -> int | None:
        """:func:`first_agent` of the content, objects skipped (read once a statement)."""
        if self._agent_named == -1:
            self._agent_named = first_agent(self, skip_objects=True)
        return self._agent_named

    @property
    def valences(self) -> dict[int, float]:
        """token -> signed valence, for the content's evaluative words (see :func:`valences`), without the
        praise that is another's belief (:func:`others_belief`) or tells another's favour (:func:`others_favour`)."""
        if self._valences is None:  # a loop, not a comprehension: no closure made on each read
            kept: dict[int, float] = {}
            for i, v in valences(self.table, self.content).items():
                if v < 0 or not others_belief(self, i):
                    if v > 0 and others_favour(self, i):
                        self._favour += v
                    else:
                        kept[i] = v
            self._valences = kept
        return self._valences

    @property
    def favour_told(self) -> float:
        """The summed valence of the content's words of another's favour (:func:`others_favour`): no praise, and
        no weight taken off the balance :func:`accusation` weighs either ("she is *popular* in the south rather
        than a regional candidate" finds no fault where it found none before)."""
        _ = self.valences
        return self._favour

    def evaluation(self, tokens: Sequence[int] | None = None) -> float:
        """The summed valence of ``tokens`` (default: the whole content)."""
        vals = self.valences
        if tokens is None:
            return sum(vals.values())
        return sum(vals.get(i, 0.0) for i in tokens)


def _in_first_sentence(preds: Sequence[int], sentence: tuple[int, int]) -> list[int]:
    """The predicates ``preds`` in ``sentence`` (its first token and the token after its last: the content's
    first, :attr:`Statement.first_sentence`), in order: :attr:`Statement.first_preds`, found outside the property,
    whose every read would otherwise make the comprehension's closure."""
    start, end = sentence
    return [pred for pred in preds if start <= pred < end]


# --------------------------------------------------------------------------------------------------
# Syntax helpers over token indices.


def subject(table: TokenTable, pred: int) -> int | None:
    """The first subject among ``pred``'s children (an "expl" subject is no subject): rule "kept_subjects",
    found once a token and document (``TokenTable.subjects``), where the rules looked for it on every call
    (about three calls a token: 9,956 calls for 3,180 tokens on 120 PolNeAR articles)."""
    return table.subjects[pred]


def is_agent(table: TokenTable, i: int) -> bool:
    """A person, organisation or country: a named entity of those kinds, a proper noun, a third-person
    pronoun, or a noun of a role or an organisation ("the senator", "the court", "the campaign")."""
    ent = table.ent_type[i]  # each column read once (the rules and the ranker ask this of many tokens)
    if ent in syntax.AGENT_ENTITY_LABELS:
        return True
    pos = table.pos[i]
    if pos == "PROPN":
        return not ent
    if pos == "PRON":
        return table.lower[i] in _THIRD_PERSON
    if pos != "NOUN":
        return False
    lemma = table.lemma[i]  # :func:`_ruling_group` only for its lemmas (most nouns are none): no call
    return lemma in _AGENT_NOUNS or (lemma in _RULING_LEMMAS and _ruling_group(table, i))


#: The parts of speech :func:`is_agent` may accept a word of outside an agent entity.
_AGENT_POS: Final = frozenset({"PROPN", "PRON", "NOUN"})


def _ruling_group(table: TokenTable, i: int) -> bool:
    """Rule ``ruling_group`` (issue 15's act49 round): the group that holds power, named as a body of people,
    is an agent as an organisation is: "*the establishment*", "*the party elites*", "*the political class*",
    "*the donor class*" ("class" only with a modifier of power, not "a history class"). Not a noun that
    modifies another ("an *establishment* candidate": the candidate is the one named)."""
    lemma = table.lemma[i]
    if table.dep[i] == "compound":
        return False
    if lemma in _RULING_GROUPS:
        return True
    return lemma == "class" and any(table.dep[c] in ("amod", "compound") and table.lower[c] in _RULING_CLASSES
                                    for c in table.children[i])


#: Nouns of a group in power (:func:`_ruling_group`), and the modifiers that make a "class" one.
_RULING_GROUPS: Final = frozenset({"establishment", "elite"})
_RULING_CLASSES: Final = frozenset({"political", "ruling", "governing", "donor", "chattering", "media"})
#: The lemmas :func:`_ruling_group` may accept (any other noun is no ruling group).
_RULING_LEMMAS: Final = _RULING_GROUPS | {"class"}
#: The lemmas a common noun outside an entity needs for :func:`is_agent` to accept it (rule "agent_lemmas", issue 15's
#: speed56 round): a caller that has read the word's part of speech and entity label calls it for no other "NOUN".
AGENT_NOUN_LEMMAS: Final = _AGENT_NOUNS | _RULING_LEMMAS


def is_first_person(table: TokenTable, i: int) -> bool:
    return table.pos[i] == "PRON" and table.lower[i] in lx.FIRST_PERSON


def possessor(table: TokenTable, i: int) -> int | None:
    """The possessor of a noun ("*Trump's* excesses", "*his* comments")."""
    dep = table.dep
    for c in table.children[i]:
        if dep[c] == "poss":
            return c
    return None


def _modal_children(table: TokenTable, pred: int) -> tuple[str, ...]:
    """The auxiliaries of ``pred``, lower-cased, a typographic apostrophe read as a straight one ("she
    *’ll* turn", "he *’d* replace": news text writes contractions either way). Rule "kept_auxiliaries": found
    once a token and document (``TokenTable.auxiliaries``); the rules ask about 2.6 times a predicate."""
    found = table.auxiliaries.get(pred)
    if found is None:
        found = table.auxiliaries[pred] = _auxiliaries(table, pred)
    return found


def _auxiliaries(table: TokenTable, pred: int) -> tuple[str, ...]:
    """The auxiliaries of ``pred`` as :func:`_modal_children` keeps them, read from the parse (apart, so that a
    kept answer makes no closure of the comprehension's)."""
    dep, lower = table.dep, table.lower
    out = [lower[c] for c in table.children[pred] if dep[c] in {"aux", "auxpass"}]
    return tuple(out) if all(map(str.isascii, out)) else tuple(_straight(w) for w in out)


@dataclass(frozen=True, slots=True)
class VerbTime:
    """How a verb tells its time: its own tag and those of its auxiliaries (``aux``, ``auxpass``), read once
    by :func:`verb_time`. The rules that ask whether a verb tells the past each name what they need of it
    (:func:`_told_past`, :func:`_past_condition`, :func:`_past_or_be`, :func:`_past_event`).

    Args:
        tag: the verb's own fine-grained tag ("VBD" for "cut" in "the council *cut* it").
        helpers: each auxiliary's dependency, form (lower-cased, typographic apostrophes read as straight
            ones) and tag, in order: ("aux", "'ve", "VBP") for "we*'ve* lost".
    """

    tag: str
    helpers: tuple[tuple[str, str, str], ...]

    @property
    def past_form(self) -> bool:
        """The verb or one of its auxiliaries is in the simple past: "it *lasted*", "it *was* over", "he
        *had* known", "were cut"."""
        return self.tag == "VBD" or any(tag == "VBD" for _, _, tag in self.helpers)

    @property
    def perfect(self) -> bool:
        """A past participle after an auxiliary of the perfect or the past passive (:data:`_PERFECT_OR_PAST`):
        "*have cleared*", "we*'ve lost*", "*were cut*"."""
        return self.tag == "VBN" and any(form in _PERFECT_OR_PAST for _, form, _ in self.helpers)

    @property
    def modal(self) -> bool:
        """A modal among the auxiliaries: "*would have lost*", "*could* send"."""
        return any(tag == "MD" for _, _, tag in self.helpers)

    @property
    def proposed(self) -> bool:
        """An ``aux`` (not a passive's ``auxpass``) that is a modal or the "to" of an infinitive: "*would*
        cut", "*should* be cut", "vowed *to* cut"."""
        return any(dep == "aux" and (form == "to" or tag == "MD") for dep, form, tag in self.helpers)


def verb_time(table: TokenTable, verb: int) -> VerbTime:
    """The :class:`VerbTime` of token ``verb``."""
    doc, dep = table.doc, table.dep
    return VerbTime(doc[verb].tag_, tuple((dep[c], _straight(table.lower[c]), doc[c].tag_)
                                          for c in table.children[verb] if dep[c] in ("aux", "auxpass")))


def others_belief(st: Statement, word: int) -> bool:
    """A positive word of the content lies in what someone other than the speaker is said to think, believe
    or claim (rule "others_belief", issue 15's praise round): "*the unions believe* they can *win* a better
    contract from the board", "*the mayor says* she'll make the buses *free*", "too smug about *thinking*
    that the seat is *safely* his". That is the other's view, not the speaker's praise, and neither the praise act
    nor the stance reads it. The word is inside the clausal complement (``ccomp``) of a verb of
    :data:`~claimex.lexicons.BELIEF_REPORTING_VERBS` in the content whose subject is not the speaker (a
    first-person pronoun or the pronoun that stands for the speaker in reported speech, :func:`is_speaker`:
    "*I believe* the plan is *good*", "she said *she believes* the deal is *fair*" still praise), or a gerund
    with no subject of its own ("about *thinking* that"). Negative words are left as they are: an accusation
    put in others' mouths is a measured matter of its own (the accusation rules)."""
    table = st.table
    head, dep = table.head, table.dep
    inside = st.inside  # not the words between its spans ("..., *he said*, ...")
    i = word
    for _ in range(8):
        h = head[i]
        if h == i or h not in inside:
            return False
        if dep[i] == "ccomp" and table.lemma[h] in lx.BELIEF_REPORTING_VERBS:
            subj = subject(table, h)
            return not is_speaker(st, subj) if subj is not None else dep[h] == "pcomp"
        i = h
    return False


def others_favour(st: Statement, word: int) -> bool:
    """A positive word of the content tells whom someone other than the speaker backs or likes (rule
    "others_favour", issue 15's act56 round): "young voters are going to *favor* Lopez", "the mayor *excites*
    people", "the president's *approval* rating", "she is *popular* in the south", "the new voters are *motivated*".
    That reports another's backing, not the speaker's praise: the blind judges rejected the support it gave
    ("voters favour Y", a poll's standing, a third party's enthusiasm the speaker only describes), and neither
    the praise act nor the stance reads it. A verb of :data:`~claimex.lexicons.FAVOUR_VERBS` whose subject is
    not the speaker, a verb of :data:`~claimex.lexicons.STIRRING_VERBS` whose object is not, a noun of
    :data:`~claimex.lexicons.STANDING_WORDS` not held by the speaker ("*my* favorite", "*our* popularity"
    stay) or an adjective of them said of someone ("she is *popular*", not "a *popular* feature"), or an
    adjective of :data:`~claimex.lexicons.ENTHUSED_WORDS` said of anyone but the speaker ("*we* are so excited"
    stays; :func:`_favour_holder`); the holder one who can hold a favour (:func:`_favour_party`). A verb with no
    subject of its own ("to favor", "favor it!") is left as it is."""
    table = st.table
    low, lemma = table.lower[word], table.lemma[word]
    if low not in lx.OTHERS_FAVOUR_WORDS and lemma not in lx.OTHERS_FAVOUR_WORDS:
        return False  # nearly every positive word
    pos, first = table.pos[word], word
    while table.dep[first] == "conj" and table.head[first] != first:  # "excited and *enthusiastic*": the first's
        first = table.head[first]
    dep, head = table.dep[first], table.head[first]
    if (low in lx.ENTHUSED_WORDS or lemma in lx.ENTHUSED_WORDS) and dep in ("acomp", "amod"):
        holder = subject(table, head) if dep == "acomp" else head  # "voters are *motivated*", "*excited* fans"
        return holder is not None and _favour_party(table, holder) and not _favour_holder(st, holder)
    if pos == "VERB" and lemma in lx.FAVOUR_VERBS:
        holder = subject(table, first)  # "who back and *favor* him": the first verb's subject
        if holder is None and dep == "xcomp":  # "they are going *to favor* Lopez": the subject of "going"
            holder = subject(table, head)
        return holder is not None and _favour_party(table, holder) and not _favour_holder(st, holder)
    if pos == "VERB" and lemma in lx.STIRRING_VERBS:
        obj = next((c for c in table.children[word] if table.dep[c] == "dobj"), None)
        return obj is not None and _favour_party(table, obj) and not _favour_holder(st, obj)
    if low in lx.STANDING_WORDS or lemma in lx.STANDING_WORDS:
        if pos in ("NOUN", "PROPN") or dep in _NOUN_USE_DEPS:  # "the clear *favorite*", "an *approval* rating"
            # ("*my* favorite" stays); an adjective used as a noun ("remains *the favorite*": an ``attr``) too
            owner = possessor(table, word)
            return owner is None or not _favour_holder(st, owner)
        held = subject(table, head) if dep == "acomp" else head if dep == "amod" else None
        return held is not None and _favour_party(table, held) and not _favour_holder(st, held)
    return False


#: Dependencies of a word used as a noun (:func:`others_favour`: "he remains *the favorite*", tagged an adjective).
_NOUN_USE_DEPS: Final = frozenset({"attr", "nsubj", "nsubjpass", "dobj", "pobj", "appos"})


def _favour_holder(st: Statement, i: int) -> bool:
    """Whether :func:`others_favour`'s holder ``i`` may be the speaker: the speaker (:func:`is_speaker`), or a
    "he" / "she" / "they" of reported speech outside quotation marks, which most often stands for the speaker
    ("the governor says *he*'s 'excited about the race'") where :func:`reported_self` cannot tell (a copula
    contraction is no main predicate)."""
    table = st.table
    if is_speaker(st, i):
        return True
    return ((st.mixed or not st.direct) and table.pos[i] == "PRON" and table.lower[i] in _REPORTED_PERSONS
            and not quoted_at(st, i))


def _favour_party(table: TokenTable, i: int) -> bool:
    """Someone who can hold a favour (:func:`others_favour`): a person, organisation or country
    (:func:`is_agent`, not "it"), or a plural noun ("voters", "members", "people"). Not a thing: "the economic
    system *favors* the wealthy" tells whom it advantages, "she will have to *inspire* trust" what she must earn,
    "a *popular* feature" praises the feature."""
    return (is_agent(table, i) and table.lower[i] not in ("it", "its")) or table.doc[i].tag_ in ("NNS", "NNPS")


def _straight(word: str) -> str:
    """``word`` with typographic apostrophes (’ ‘ ʼ) as a straight one: "’ll" -> "'ll"."""
    return word if word.isascii() else word.translate(_APOSTROPHES)


_APOSTROPHES: Final = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def is_copula(table: TokenTable, i: int) -> bool:
    """``i`` is a form of "be", a contraction written with a typographic apostrophe too ("it*’s* time", "we*’re*
    proud"): the parser's lemma of "’s" / "’re" / "’m" is the form itself, while news text writes contractions
    either way (since the thirteenth act round; the tenth read "’ll" and "’d" alike)."""
    return table.lemma[i] == "be" or (table.pos[i] in {"AUX", "VERB"} and _straight(table.lower[i]) in _CONTRACTED_BE)


def is_to_infinitive(table: TokenTable, i: int) -> bool:
    """``i`` is a bare verb with a "to" of its own: a "to" infinitive ("the decision *to close* the plant")."""
    return table.doc[i].tag_ == "VB" and any(table.dep[c] == "aux" and table.lower[c] == "to"
                                             for c in table.children[i])


#: The contracted forms of "be" (:func:`is_copula`; "'s" as "has" before a participle reads as "be" too, as
#: the parser's own lemma of the straight form does).
_CONTRACTED_BE: Final = frozenset({"'s", "'re", "'m"})


def is_future(table: TokenTable, pred: int) -> bool:
    """``pred`` is in the future: "will win", "would end", "is going to lose" (not "would have won")."""
    aux = _modal_children(table, pred)
    if not _FUTURE.isdisjoint(aux) and "have" not in aux:
        return True
    if "'d" in aux and "have" not in aux and (table.doc[pred].tag_ == "VB" or "be" in aux):
        return True  # "he'd replace", "he'd be making" (since the fourteenth act round; not "he'd gone")
    head = table.head[pred]
    if (table.dep[pred] == "xcomp" and table.lemma[head] == "go" and table.lower[head] == "going"
            and table.pos[pred] == "VERB"):
        return True
    return table.lower[pred] == "going" and any(  # "we are *going* to take": "going" is the main predicate
        table.dep[c] == "xcomp" and table.pos[c] in ("VERB", "AUX")
        and any(table.lower[g] == "to" for g in table.children[c]) for c in table.children[pred])


def is_obligation(table: TokenTable, pred: int) -> bool:
    """``pred`` is under an obligation modal: "should refrain", "must be", "need to make", "has to"; not
    where the modal's words say something else (:func:`modal_idiom`)."""
    return not modal_idiom(table, pred) and _obliging(table, pred)


def _obliging(table: TokenTable, pred: int) -> bool:
    """:func:`is_obligation` past its :func:`modal_idiom` test: an obligation modal among ``pred``'s auxiliaries,
    or a "have to" / "need to" / "got to" over it or under it. :func:`obligation`, which asks :func:`modal_idiom`
    of each predicate itself, calls it apart (rule "one_modal_idiom", issue 15's speed59 round)."""
    aux = _modal_children(table, pred)
    if not lx.OBLIGATION_MODALS.isdisjoint(aux):
        return True
    head = table.head[pred]
    if table.dep[pred] == "xcomp" and _must(table, head) and any(
            table.lower[c] in _INFINITIVE_TO for c in table.children[pred]):
        return True
    return _must(table, pred) and any(  # "she *has to* seize ...", "we've *got to* fix it"
        table.dep[c] == "xcomp" and any(table.lower[g] in _INFINITIVE_TO for g in table.children[c])
        and table.lemma[c] not in lx.HEDGED_SAYING_VERBS and table.lemma[c] != "say"  # "I have to say ..."
        for c in table.children[pred])


def modal_idiom(table: TokenTable, pred: int) -> bool:
    """Rule "modal_idiom" (issue 15's act42 round): the words of an obligation that oblige no one.

    * "have yet to" (an adverb of :data:`~claimex.lexicons.NOT_YET_ADVERBS` on the "have"): what has not
      happened so far, "the farms *have yet to* see any profit";
    * "have to do with" (:data:`~claimex.lexicons.RELATION_PHRASES`): what something depends on or is
      about, "much of it *will have to do with* the weather";
    * a modal of :data:`~claimex.lexicons.CONDITION_INVERTING_MODALS` put first in its clause, before its
      subject, outside a question: a condition, "the fund would close *should the mayor lose* in May",
      "*Should the levy pass*, ..."; "*nor should we* pay for it" (a word before the modal) and "*should
      we* pay for it?" are left as they were.

    ``pred`` is the "have" or the verb under it ("do", "see"), or the verb of the modal."""
    dep, lemma, lower = table.dep, table.lemma, table.lower
    have = pred if lemma[pred] == "have" else table.head[pred] if dep[pred] == "xcomp" else None
    if have is not None and lemma[have] == "have" and _have_idiom(table, have):
        return True
    for modal in table.children[pred]:  # a loop, not a generator: most predicates have no such modal
        if dep[modal] == "aux" and lower[modal] in lx.CONDITION_INVERTING_MODALS:
            return _inverted_modal(table, pred, modal)
    return False


def _have_idiom(table: TokenTable, have: int) -> bool:
    """The "have" ``have`` of "have yet to" or "have to do with" (:func:`modal_idiom`)."""
    dep, lemma, lower, children = table.dep, table.lemma, table.lower, table.children
    for x in children[have]:
        if dep[x] != "xcomp" or not any(lower[g] == "to" for g in children[x]):
            continue
        if any(dep[c] == "advmod" and lower[c] in lx.NOT_YET_ADVERBS and have < c < x for c in children[have]):
            return True  # "have yet to"; "may yet have to vote" is a necessity ahead
        if any(dep[g] == "prep" and (lemma[x], lower[g]) in lx.RELATION_PHRASES for g in children[x]):
            return True
    return False


def _inverted_modal(table: TokenTable, pred: int, modal: int) -> bool:
    """A condition's modal put first, before its subject (:func:`modal_idiom`): ``modal``, the first modal of
    :data:`~claimex.lexicons.CONDITION_INVERTING_MODALS` among ``pred``'s auxiliaries."""
    dep, lower, children = table.dep, table.lower, table.children
    if any(lower[i] == "?" for i in range(modal, _sentence_end(table, pred) + 1)):
        return False
    subjects = [c for c in children[pred] if dep[c] in _SUBJECT_DEPS and lower[c] != "that"]  # "that" a mark misread
    if not subjects or not all(modal < s < pred for s in subjects):
        return False
    # the modal opens its clause ("why should ...", "whether X should ..." do not)
    if any(i < modal and table.pos[i] != "PUNCT" and lower[i] != "that" for i in table.subtree(pred)):
        return False
    before = next((i for i in range(modal - 1, -1, -1) if table.pos[i] != "PUNCT" and lower[i] != "that"), None)
    return before is None or lower[before] not in lx.INVERSION_TRIGGERS


#: Verbs of necessity with "to" ("need to", "has to"); "had to" is a past necessity, reported, not imposed.
_MUST: Final = frozenset({"need", "have"})


def _must(table: TokenTable, verb: int) -> bool:
    return (table.lemma[verb] in _MUST and table.lower[verb] != "had") or have_got_to(table, verb)


def have_got_to(table: TokenTable, verb: int) -> bool:
    """Rule "have_got_to" (issue 15's act64 round): "have got to" and "gotta" oblige as "have to" does: "*we've
    got to* fix the roads", "the council *has got to* stop", "*we gotta* take them on" (a "got" with a present
    "have" among its auxiliaries, "'s" too, or the "ta" of "gotta" under the verb it governs: :func:`is_obligation`
    then wants that verb's "to" or "ta"). Not a past "had got to", not a bare "got to" ("*we got to* meet
    her": a chance had), and not said of "it" / "that" / "this" ("*that's got to* hurt": an inference).
    :func:`obligation` reads it in the content's first sentence only (:func:`_got_to_at`). Before the round the
    three read as assertions (blind judges wanted "we've got to ..." read as a demand)."""
    if table.lower[verb] != "got":
        return False
    children, lower, dep = table.children, table.lower, table.dep
    subj = subject(table, verb)
    if subj is not None and lower[subj] in _GOT_TO_INFERENCE:
        return False
    if any(dep[c] in ("aux", "auxpass") and lower[c] in _HAVE_GOT for c in children[verb]):
        return True
    return any(dep[c] == "xcomp" and any(lower[g] == "ta" for g in children[c]) for c in children[verb])


def _got_to_at(table: TokenTable, pred: int) -> bool:
    """``pred`` is the "got" of a "have got to" (:func:`have_got_to`) or the verb under one. :func:`obligation`
    reads one only in the content's first sentence, as :func:`prediction` reads a forecast: in a quote of several
    sentences whose first asserts or accuses ("X is much more interested in donors ... We've got to stand up to
    them") a "got to" further on made a demand of the whole, and the demand's stance (for its target) a fault."""
    return have_got_to(table, pred) or (table.dep[pred] == "xcomp" and have_got_to(table, table.head[pred]))


#: The present "have" of "have got to" (:func:`have_got_to`); "'s" is "has" before "got".
_HAVE_GOT: Final = frozenset({"have", "has", "'ve", "\u2019ve", "'s", "\u2019s"})
#: Subjects of a "have got to" that infers, obliging no one (:func:`have_got_to`): "that's got to hurt".
_GOT_TO_INFERENCE: Final = frozenset({"it", "that", "this"})
#: The "to" of an infinitive, "ta" of "gotta" among them (:func:`is_obligation`).
_INFINITIVE_TO: Final = frozenset({"to", "ta"})


def is_imperative(table: TokenTable, pred: int, cue: int | None = None) -> bool:
    """A bare verb with no subject at the root of its sentence ("*Stop* the strikes"), or as the clause of
    the cue of a direct quote ("*Change* the rules," she said)."""
    return ((table.dep[pred] == "ROOT" or (cue is not None and table.head[pred] == cue and pred != cue))
            and table.pos[pred] == "VERB" and subject(table, pred) is None
            and table.doc[pred].tag_ == "VB" and not any(table.dep[c] == "aux" and not _do_not(table, c, pred)
                                                         for c in table.children[pred]))


def _do_not(table: TokenTable, aux: int, pred: int) -> bool:
    """The "do" of a negative imperative, "*Don't* wait until the election" (since the twelfth act round)."""
    return table.lemma[aux] == "do" and aux < pred and any(table.dep[c] == "neg" for c in table.children[pred])


#: The words :func:`valences` looks for around a content: a hyphen (:func:`_hyphenated`) and the words that forgo
#: (:func:`_sign`).
_FORGOING_WORDS: Final = frozenset({"instead", "rather", "unlike"})
_VALENCE_MARKS: Final = _FORGOING_WORDS | {"-"}


def valences(table: TokenTable, tokens: Sequence[int]) -> dict[int, float]:
    """The valence of each evaluative word among ``tokens`` (VADER's lexicon), signed for the claim.

    Words of named entities and proper nouns are left out ("United States", "Justice Department"). The
    sign is reversed when a verb among the word's three nearest ancestors reverses evaluation
    ("undermine *stability*", "end the *benefit*"), and again when the word's predicate is negated
    ("is *not* fair"), and where a praise word is said to be missing ("*without* the *curiosity*", "a *lack of
    courage*": :func:`_privative`, issue 15's stance58 round). Since issue 15's idiom45 round an evaluative idiom
    inside the tokens counts as a scored word on its head (:func:`idioms`): "he is *out of touch*".
    """
    lower, lemma, ent, pos = table.lower, table.lemma, table.ent_type, table.pos
    cache = _VALENCE_CACHE
    out: dict[int, float] = {}
    if tokens:
        start = tokens[0] - 1 if tokens[0] else 0
        words = lower[start:tokens[-1] + 2]  # the content and a word either side
        marks = _VALENCE_MARKS.intersection(words)  # one pass over the words for the four tests (most: none)
        joined = _hyphenated(table, tokens, start, words) if "-" in marks else {}
        forgo = not marks.isdisjoint(_FORGOING_WORDS)
    else:
        joined, forgo = {}, False
    get = cache.get
    for i in tokens:
        if ent[i] or pos[i] in _UNEVALUATED_POS:
            continue
        if not joined:  # most contents have no hyphenated word
            key = (lower[i], lemma[i])
        elif i in joined:
            key = joined[i]
            if not key[0]:
                continue  # a part of a hyphenated word that is read whole
        else:
            key = (lower[i], lemma[i])
        value = get(key, _UNSEEN)
        if value is _UNSEEN:
            value = word_valence(*key)
            if len(cache) < _VALENCE_CACHE_SIZE:
                cache[key] = value
        if value is not None and not _circumstantial(table, i, tokens):
            fighter = _combating_word(table, i) if value < 0 and pos[i] == "NOUN" else None
            if fighter is not None and _negated_plainly(table, fighter):
                out[i] = value  # "did *not fix* its *problems*": the harm left alone is the fault
                continue
            sign = _sign(table, i, forgo)
            if value > 0 and _privative(table, i):  # "without the *curiosity*", "a lack of *courage*": praise missing
                sign = -sign
            if fighter is None or sign < 0:  # otherwise turned ("I don't think we can fix ..."): read as before
                out[i] = value * sign
            # else "*fight poverty*", "*protect* from *harm*": no fault of the one who fights it, nor praise of anyone
    if tokens:
        _idiom_valences(table, tokens, out, forgo)
    return out


class Idiom(NamedTuple):
    """An evaluative idiom of the document (:data:`~claimex.lexicons.EVALUATIVE_IDIOMS`): its ``name``, tokens
    ``start:end``, its syntactic ``head`` (which carries the valence) and its ``valence``."""

    name: str
    start: int
    end: int
    head: int
    valence: float


#: id of a Vocab -> (the Vocab, the Matcher of :data:`~claimex.lexicons.EVALUATIVE_IDIOMS` over it)
_IDIOM_MATCHERS: Final[dict[int, tuple[Vocab, Matcher]]] = {}
#: id of a Vocab -> (the Vocab, idiom name -> a Matcher of that idiom's patterns alone, every match kept)
_ONE_IDIOM_MATCHERS: Final[dict[int, tuple[Vocab, dict[str, Matcher]]]] = {}


def _needed_lemmas(pattern: list[dict[str, object]]) -> frozenset[str]:
    """The lemmas every match of a ``Matcher`` pattern has: the "LEMMA" of each of its tokens that is not
    optional (no "OP") and names one lemma (not a set of them)."""
    return frozenset(lemma for t in pattern if isinstance(lemma := t.get("LEMMA"), str) and "OP" not in t)


#: idiom name -> the lemmas each of its patterns needs (:func:`_needed_lemmas`): an idiom none of whose patterns
#: has all its lemmas in the document cannot match there (the speed46 round's "idiom_lemmas")
_IDIOM_NEEDS: Final[dict[str, tuple[frozenset[str], ...]]] = {
    name: tuple(_needed_lemmas(pattern) for pattern in patterns)
    for name, (_, patterns) in lx.EVALUATIVE_IDIOMS.items()}
#: whether a pattern of the idioms ends in an optional token (the Matcher may then find its match after the last
#: token: :func:`_idiom_matches` leaves the order of the idioms to the Matcher of all)
_IDIOM_LATE_MATCHES: Final[bool] = any("OP" in pattern[-1] for _, patterns in lx.EVALUATIVE_IDIOMS.values()
                                       for pattern in patterns)


def idioms(table: TokenTable) -> list[Idiom]:
    """The evaluative idioms of the table's document (rule "idiom", issue 15's idiom45 round), found with a spaCy
    ``Matcher`` on lemmas once a document: "he is *out of touch*", "it's just *hot air*", "they *threw* us *under
    the bus*", "the plan is *a joke*"; "*knocked it out of the park*" praises.

    A Matcher of all the idioms runs over every token with every pattern, and most documents have no idiom. The
    idioms looked for are those one of whose patterns has all the lemmas it needs in the document
    (:data:`_IDIOM_NEEDS`; the speed46 round's "idiom_lemmas": the table's lemmas are lower-cased, the Matcher's
    as the lemmatizer left them, so an idiom passed over has no match), each with a Matcher of its own patterns
    (:func:`_idiom_matches`; the speed46 round's "one_idiom_matchers")."""
    if table.idioms is not None:  # kept on the document's table: found once a document
        return table.idioms
    lemmas = set(table.lemma)
    possible = []
    for name, every in _IDIOM_NEEDS.items():  # a loop, not a generator: no closure over the lemmas
        for needs in every:
            if needs <= lemmas:
                possible.append(name)
                break
    found: list[Idiom] = []
    if possible:
        doc = table.doc
        strings = doc.vocab.strings
        for key, start, end in _idiom_matches(table, possible):
            name = strings[key]
            found.append(Idiom(name, start, end, doc[start:end].root.i, lx.EVALUATIVE_IDIOMS[name][0]))
    table.idioms = found
    return found


def _idiom_matches(table: TokenTable, names: list[str]) -> list[tuple[int, int, int]]:
    """What the Matcher of all the idioms (added with ``greedy="LONGEST"``) returns on the table's document, found
    with a Matcher of each idiom in ``names`` alone (the others have no match): ``(key, start, end)``, the idioms in
    the order of their first match found (a match is found at its last token where no pattern ends in an optional
    token, :data:`_IDIOM_LATE_MATCHES`; else the Matcher of all), each idiom's matches the longest first, those
    that overlap a longer one dropped (spaCy's ``Matcher.__call__``). Two idioms whose first matches end on the
    same token are left to the Matcher of all.
    Each idiom's Matcher runs only over the stretches of the document where one of its matches can lie
    (:func:`_idiom_windows`; the speed46 round's "idiom_windows")."""
    doc = table.doc
    if _IDIOM_LATE_MATCHES:
        return _all_idiom_matches(doc)
    vocab = doc.vocab
    kept = _ONE_IDIOM_MATCHERS.get(id(vocab))
    if kept is None or kept[0] is not vocab:
        alone = {}
        for name, (_, patterns) in lx.EVALUATIVE_IDIOMS.items():
            alone[name] = Matcher(vocab)
            alone[name].add(name, list(patterns))
        kept = _ONE_IDIOM_MATCHERS[id(vocab)] = (vocab, alone)
    firsts: dict[int, int] = {}
    pairs: dict[int, list[tuple[int, int]]] = {}
    for name in names:
        matcher = kept[1][name]
        found: set[tuple[int, int]] = set()
        for first, last in _idiom_windows(table, name):
            found.update((first + start, first + end) for _, start, end in matcher(doc[first:last]))
        if found:
            key = vocab.strings[name]
            pairs[key] = sorted(found)
            firsts[key] = min(end for _, end in found)
    if len(set(firsts.values())) < len(firsts):
        return _all_idiom_matches(doc)
    out = []
    for key in sorted(firsts, key=firsts.__getitem__):
        taken: set[int] = set()
        for start, end in sorted(pairs[key], key=_longest_first, reverse=True):
            if taken.isdisjoint(range(start, end)):
                out.append((key, start, end))
                taken.update(range(start, end))
    return out


def _pattern_length(pattern: list[dict[str, object]]) -> int | None:
    """The most tokens a match of a ``Matcher`` pattern spans, None if it has no bound ("*", "+", "{2,}")."""
    most = 0
    for token in pattern:
        op = token.get("OP")
        if op is None or op in ("!", "?"):
            most += 1
        elif isinstance(op, str) and op.startswith("{") and op.endswith("}") and op[-2:-1].isdigit():
            most += int(op[1:-1].rpartition(",")[2])
        else:
            return None
    return most


def _idiom_reach(patterns: tuple[list[dict[str, object]], ...]) -> tuple[frozenset[str], int] | None:
    """An idiom's anchors and reach (:func:`_idiom_windows`): one lemma each of its patterns needs (the longest
    of them, the first in the alphabet of those as long: a rare word more likely than "the" or "of"), and the
    most tokens a match spans; None if a pattern needs no lemma or has no bound."""
    anchors, reach = set(), 0
    for pattern in patterns:
        needs, most = _needed_lemmas(pattern), _pattern_length(pattern)
        if not needs or most is None:
            return None
        anchors.add(min(needs, key=_rarer_first))
        reach = max(reach, most)
    return frozenset(anchors), reach


def _rarer_first(lemma: str) -> tuple[int, str]:
    """The sort key of :func:`_idiom_reach`'s anchors: the longer first, then the first in the alphabet."""
    return -len(lemma), lemma


#: idiom name -> (its anchors, its reach) or None (:func:`_idiom_reach`)
_IDIOM_REACH: Final[dict[str, tuple[frozenset[str], int] | None]] = {
    name: _idiom_reach(patterns) for name, (_, patterns) in lx.EVALUATIVE_IDIOMS.items()}


def _idiom_windows(table: TokenTable, name: str) -> list[tuple[int, int]]:
    """The stretches ``first:last`` of the table's document where a match of the idiom ``name`` can lie: every
    match has a token whose lemma is one of the idiom's anchors and spans at most its reach
    (:data:`_IDIOM_REACH`), so it lies within the reach of such a token on either side; no pattern reads a token
    outside its match, so a Matcher over a stretch finds the matches of the document that lie in it. The whole
    document where the idiom has no anchors or no reach."""
    n = table.n
    kept = _IDIOM_REACH[name]
    if kept is None:
        return [(0, n)]
    anchors, reach = kept
    windows: list[tuple[int, int]] = []
    for i in compress(range(n), map(anchors.__contains__, table.lemma)):  # the anchors found in C, not a loop
        first, last = max(0, i - reach + 1), min(n, i + reach)
        if windows and first <= windows[-1][1]:
            windows[-1] = (windows[-1][0], last)
        else:
            windows.append((first, last))
    return windows


def _longest_first(pair: tuple[int, int]) -> tuple[int, int]:
    """The sort key of spaCy's ``greedy="LONGEST"`` (reversed): the longer first, then the earlier."""
    return pair[1] - pair[0], -pair[0]


def _all_idiom_matches(doc: Doc) -> list[tuple[int, int, int]]:
    """The Matcher of all the idioms (:data:`~claimex.lexicons.EVALUATIVE_IDIOMS`, ``greedy="LONGEST"``), kept a
    Vocab, over ``doc``."""
    kept = _IDIOM_MATCHERS.get(id(doc.vocab))
    if kept is None or kept[0] is not doc.vocab:
        matcher = Matcher(doc.vocab)
        for name, (_, patterns) in lx.EVALUATIVE_IDIOMS.items():
            matcher.add(name, list(patterns), greedy="LONGEST")
        kept = _IDIOM_MATCHERS[id(doc.vocab)] = (doc.vocab, matcher)
    return [(key, start, end) for key, start, end in kept[1](doc)]


def _idiom_valences(table: TokenTable, tokens: Sequence[int], out: dict[int, float], forgo: bool) -> None:
    """Add to ``out`` the valence of each evaluative idiom wholly inside ``tokens`` (:func:`idioms`), on its head
    and signed as a scored word is (:func:`_sign`); its other words are not read alone ("*witch* hunt"). A negated
    idiom of :data:`~claimex.lexicons.UNREVERSED_IDIOMS` counts for nothing ("it is *not a joke*")."""
    first, last = tokens[0], tokens[-1]
    inside = [idiom for idiom in idioms(table) if first <= idiom.start and idiom.end - 1 <= last]
    if not inside:
        return
    words = set(tokens)
    for idiom in inside:
        span = range(idiom.start, idiom.end)
        if not all(i in words for i in span) or _circumstantial(table, idiom.head, tokens):
            continue
        for i in span:
            out.pop(i, None)
        sign = _sign(table, idiom.head, forgo)
        if sign > 0 or idiom.name not in lx.UNREVERSED_IDIOMS:
            out[idiom.head] = idiom.valence * sign


def _hyphenated(table: TokenTable, tokens: Sequence[int], start: int, words: list[str],
                ) -> dict[int, tuple[str, str]]:
    """Words the tokenizer split at a hyphen, read whole (rule "hyphenated"): "flip-flopping",
    "non-entities", "cover-up". token -> (form, lemma) of the whole word on the part that heads it, when
    the whole word is scored; ("", "") on its other part, which is then not read alone. ``words``: the
    lower-case forms from token ``start`` on, around the content's ``tokens``."""
    lower, lemma, head, idx, end = table.lower, table.lemma, table.head, table.idx, table.end
    lexicon = lx.evaluation_lexicon()
    out: dict[int, tuple[str, str]] = {}
    first, last = tokens[0], tokens[-1]
    k = -1
    while True:
        try:
            k = words.index("-", k + 1)
        except ValueError:
            return out
        h = start + k
        a, b = h - 1, h + 1
        if a < first or b > last or end[a] != idx[h] or end[h] != idx[b]:
            continue  # outside the content, or "votes - and": a dash, not a hyphen
        form, base = f"{lower[a]}-{lower[b]}", f"{lower[a]}-{lemma[b]}"
        if form not in lexicon and base not in lexicon:
            continue
        top, part = (a, b) if head[b] == a else (b, a)  # the head of the word: its last part, mostly
        out[top], out[part] = (form, base), ("", "")


def _circumstantial(table: TokenTable, i: int, tokens: Sequence[int]) -> bool:
    """The word sets the scene rather than evaluating: it is inside a phrase or an adverbial clause of
    time or circumstance of the content (:data:`~claimex.lexicons.CIRCUMSTANCE_MARKERS`, "in the wake of"
    ...): "the firm suspended three managers *in connection with the leak*", "he has raised $2 million
    *since the scandal broke*" evaluate neither the firm nor him."""
    head, dep, lower, lemma = table.head, table.dep, table.lower, table.lemma
    first, last = tokens[0], tokens[-1]
    j = i
    for _ in range(8):
        d = dep[j]
        if d == "pobj":
            prep = head[j]
            if lower[prep] in lx.CIRCUMSTANCE_MARKERS or (lemma[j] in lx.CIRCUMSTANCE_NOUNS and lower[prep] == "in"):
                return True
        elif d == "advcl" and _circumstance_marked(table, j):
            return True
        h = head[j]
        if h == j or not first <= h <= last:
            return False
        j = h
    return False


def _circumstance_marked(table: TokenTable, clause: int) -> bool:
    """An adverbial clause marked as one of time or circumstance ("*since* the scandal broke")."""
    dep, lower = table.dep, table.lower
    for c in table.children[clause]:  # noqa: SIM110  (a loop: any() made a generator a call)
        if dep[c] == "mark" and lower[c] in lx.CIRCUMSTANCE_MARKERS:
            return True
    return False


#: (form, lemma) -> valence or None: the lexicon look-ups of :func:`valences`, made once per process.
_VALENCE_CACHE: Final[dict[tuple[str, str], float | None]] = {}
_VALENCE_CACHE_SIZE: Final = 200_000
_UNSEEN: Final[Any] = object()


def word_valence(form: str, lemma: str) -> float | None:
    """The valence of a word (lower-cased form and lemma) in the evaluation lexicon: the form's, else the
    lemma's, else that of the word it derives from (:func:`_derived_valence`); None when unscored."""
    lexicon = lx.evaluation_lexicon()
    value = lexicon.get(form)
    if value is None:
        value = lexicon.get(lemma)
    if value is None:
        value = _derived_valence(lexicon, form)
    return value


def _derived_valence(lexicon: Mapping[str, float], word: str) -> float | None:
    """The valence of a word derived from a scored one by "-ness" or "-ly": "lawlessness" (lawless),
    "recklessly" (reckless)."""
    for suffix in lx.EVALUATIVE_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return lexicon.get(word[: -len(suffix)])
    return None


#: Adverbs that negate the predicate they modify: "*never* cared", "was *hardly* fair", "*barely* helped"
#: (rule "negating_adverb"; "never" since the first rounds).
_NEGATING_ADVERBS: Final = frozenset({"never", "hardly", "scarcely", "barely"})


def _sign(table: TokenTable, i: int, forgo: bool = True) -> int:
    """-1 when a reversing verb governs the word or its predicate is negated (each reverses), else 1."""
    head, dep, lemma, lower, children = table.head, table.dep, table.lemma, table.lower, table.children
    sign = 1
    j = i
    for _ in range(3):
        if head[j] == j:
            break
        j = head[j]
        if lemma[j] in lx.EVALUATION_REVERSERS and table.pos[j] == "VERB":
            sign = -sign
            break
    k = i
    for _ in range(3):  # the nearest predicate: the word itself, or the verb or adjective above it
        if table.pos[k] in _PREDICATE_POS and dep[k] not in {"aux", "auxpass"}:
            break
        if head[k] == k:
            break
        k = head[k]
    around: Sequence[int] = children[k]
    if dep[k] in {"acomp", "attr"} and head[k] != k:  # "were *not* pleased": the copula carries the negation
        around = [*around, *children[head[k]]]
    elif dep[k] == "amod" and dep[head[k]] == "attr":  # "was *not* a *good* thing" (since the eighteenth act round)
        around = [*around, *children[head[head[k]]]]
    for c in around:  # a loop, not a generator: no closure made for each evaluative word
        if (dep[c] == "neg" or (lower[c] in _NEGATING_ADVERBS and dep[c] == "advmod")) \
                and not (lower[c] == "never" and _comparative(table, i, k)):
            sign = -sign
            break
    # the clause :func:`_belief_clause` finds is k, its head or the copula above: none a ``ccomp``, no belief verb
    believed = "ccomp" in (dep[k], dep[head[k]], dep[head[head[k]]]) and _under_negated_belief(
        table, _belief_clause(table, k))
    if believed != (table.pos[i] in _LESSENED_POS and _lessened(table, i)):  # the part of speech read first here
        sign = -sign  # each reverses: both leave the sign
    # "a hobby, *not an accomplishment*", "*no* leader"; "there's *nothing wrong* with that": each reverses
    if (dep[i] in _NOMINAL_DEPS and _negated_nominal(table, i)) != _quality_of_nothing(table, i):
        sign = -sign
    if k != i and lemma[i] not in lx.QUESTION_NOUNS and _in_question(table, k):  # "the mayor's honesty is in question"
        sign = -sign
    if forgo and (_forgone(table, i) or _contrasted_other(table, i)):  # ``forgo``: "instead", "rather", "unlike"
        sign = -sign
    return sign


#: The parts of speech :func:`_lessened` reads ("less safe", "less dangerously").
_LESSENED_POS: Final = ("ADJ", "ADV")


def _lessened(table: TokenTable, i: int) -> bool:
    """Rule ``less_quality`` (issue 15's act50 round): an adjective or adverb under "less" names the quality
    lacking, the opposite of the word's own valence: "would make the towns *less safe*", "a *less committed*
    ally" (a fault), "*less dangerous* roads" (relief)."""
    if table.pos[i] not in _LESSENED_POS:
        return False
    lower, dep = table.lower, table.dep
    for c in table.children[i]:  # noqa: SIM110  (a loop: any() made a generator a call)
        if lower[c] == "less" and dep[c] == "advmod":
            return True
    return False


#: Dependencies of an evaluative word that may be (or modify) a predicate noun (:func:`_negated_nominal`).
_NOMINAL_DEPS: Final = frozenset({"attr", "appos", "conj", "amod"})


def _negated_nominal(table: TokenTable, i: int) -> bool:
    """The predicate noun ``i`` is (or modifies) is negated by a word of its own, not by its verb (rule
    "negated_nominal", issue 15's stance46 round): "the mayor is *no* friend of the unions" (the determiner
    "no" on a copula's ``attr``; not an existential "there is *no* excuse"), "running a charity is a hobby,
    *not an accomplishment*" (a noun set beside the predicate noun, ``appos`` or ``conj``, with a "not" or a
    negating adverb before it, on itself or on the noun it is set beside). A negated copula ("is *not* a
    success") is read by :func:`_sign` already."""
    dep, head, lower, children = table.dep, table.head, table.lower, table.children
    n = head[i] if dep[i] == "amod" else i
    if table.pos[n] != "NOUN":
        return False
    if dep[n] == "attr":
        return (any(dep[c] == "det" and lower[c] == "no" for c in children[n])
                and not any(dep[c] == "expl" for c in children[head[n]]))
    if dep[n] not in ("appos", "conj") or dep[head[n]] != "attr":
        return False
    h = head[n]
    if any(_negator(table, c) for c in children[n]):
        return True  # "a failure and *not* a success"
    return dep[n] == "appos" and any(_negator(table, c) and h < c < n for c in children[h])


def _quality_of_nothing(table: TokenTable, i: int) -> bool:
    """The evaluative word ``i`` is a quality said of "nothing" (rule "nothing_quality", issue 15's stance55
    round): "there's *nothing wrong* with that", "the review found *nothing improper*", "she did *nothing
    wrong*", "*nothing good* came of it" deny the quality as "is *not* wrong" does, so the word's sign is turned
    as a negation turns it. The word modifies "nothing" (``amod``: "nothing *at all* wrong") or follows it at
    once under the verb "nothing" is the object of ("did nothing *wrong*", which the parser hangs on the verb).
    Not a comparative: "there is nothing *worse* than ...", "nothing *more dangerous* than ..." say the most of
    what they compare (:func:`_comparative`)."""
    head, lower = table.head, table.lower
    h = head[i]
    if h == i:
        return False
    if lower[h] == "nothing" and table.dep[i] == "amod":
        held = True
    else:
        held = i > 0 and lower[i - 1] == "nothing" and head[i - 1] == h and table.dep[i - 1] == "dobj"
    return held and not _comparative(table, i, i)


#: The words after which "short of" says the most of what follows, not a lack: "*nothing short of* a triumph".
_SHORT_EMPHASIS: Final = frozenset({"nothing", "little", "anything"})
#: Adverbs that make "little" a privation: "*too little* compassion", "*so little* respect", "*very little* help".
_LITTLE_DEGREES: Final = frozenset({"too", "so", "very"})


def _privative(table: TokenTable, i: int) -> bool:
    """The evaluative word ``i`` (or the noun it modifies) is said to be missing (rule "privative", issue 15's
    stance58 round), so :func:`valences` turns the sign of a praise word so governed, as a reversing verb turns it,
    for the stance and the act rules alike (:data:`~claimex.lexicons.PRIVATIVE_HEADS`):
    the object of "without" ("someone *without* the intellectual *curiosity* the job needs", "acted *without
    courage*"), the "of" object of a noun or adjective of lack ("a *lack of courage*", "*devoid of honesty*",
    "fell *short of* real *success*"; not "*nothing short of* a triumph"), or a noun under an adjective of too
    little ("*insufficient support*", "*too little compassion*", "*not enough* money" with "not" on "enough";
    a "not" on the verb, "there is *not* enough", is read by :func:`_sign` already; not in an existential, "there
    is *so little opportunity* for the young", a state described, whose sufferers were the target: measured on
    PolNeAR train, a judged-right support toward them turned). A negation above it turns it
    back: "the plan is *not without merit*". A harm so governed keeps its sign: "people *without debt*" praise no
    debt, and the debt was the target (measured on PolNeAR train: the one such change of the sign was wrong)."""
    dep, head, lower = table.dep, table.head, table.lower
    n = head[i] if dep[i] in ("amod", "compound") and head[i] != i else i
    if dep[n] == "pobj" and head[n] != n:
        prep = head[n]
        if lower[prep] in lx.PRIVATIVE_PREPOSITIONS:
            return not _irrealis(table, head[prep])
        if lower[prep] == "of" and head[prep] != prep:
            lack = head[prep]
            if table.lemma[lack] in lx.PRIVATIVE_HEADS and table.pos[lack] in ("NOUN", "ADJ", "ADV"):
                return not (lower[lack] == "short" and lack > 0 and lower[lack - 1] in _SHORT_EMPHASIS)
    if table.pos[n] != "NOUN" or (dep[n] == "attr" and any(dep[c] == "expl" for c in table.children[head[n]])):
        return False  # "there's *so little opportunity* for young people": a state described, no one's fault
    for a in table.children[n]:
        if dep[a] != "amod" or a == i:
            continue
        if lower[a] in lx.PRIVATIVE_MODIFIERS:
            return True
        if lower[a] == "little" and any(lower[c] in _LITTLE_DEGREES for c in table.children[a]):
            return True
        if lower[a] == "enough" and any(dep[c] == "neg" for c in table.children[a]):
            return True
    return False


def _irrealis(table: TokenTable, verb: int) -> bool:
    """The verb a "without" phrase hangs on is an infinitive or under a modal ("it will be hard for him *to win
    without* a *unified* party", "no president *could waive* sanctions *without* the Senate's *approval*", or the
    verb it is a conjunct of): the phrase sets a condition for a deed not done, it says nothing is missing
    (:func:`_privative`)."""
    dep, children = table.dep, table.children
    for v in (verb, table.head[verb]) if dep[verb] == "conj" else (verb,):
        if table.pos[v] not in ("VERB", "AUX"):
            return False
        for c in children[v]:
            if dep[c] == "aux" and (table.lower[c] == "to" or table.doc[c].tag_ == "MD"):
                return True
    return False


def _negator(table: TokenTable, c: int) -> bool:
    """A "not" (``neg``) or a negating adverb (:data:`_NEGATING_ADVERBS`)."""
    return table.dep[c] == "neg" or (table.lower[c] in _NEGATING_ADVERBS and table.dep[c] == "advmod")


def _in_question(table: TokenTable, pred: int) -> bool:
    """The predicate puts what it is said of in question (rule "in_question"): "the mayor's *honesty* is *in
    question*", "the gifts *call into question* the judge's *impartiality*", "the report *casts doubt on* his
    *competence*" (:data:`~claimex.lexicons.QUESTIONING_PREPOSITIONS`, :data:`~claimex.lexicons.QUESTION_NOUNS`,
    :data:`~claimex.lexicons.DOUBT_RAISING_VERBS`)."""
    dep, lemma, children = table.dep, table.lemma, table.children
    for c in children[pred]:
        if dep[c] == "prep" and table.lower[c] in lx.QUESTIONING_PREPOSITIONS and any(
                dep[g] == "pobj" and lemma[g] in lx.QUESTION_NOUNS for g in children[c]):
            return True
        if dep[c] == "dobj" and lemma[c] in lx.QUESTION_NOUNS and lemma[pred] in lx.DOUBT_RAISING_VERBS:
            return True
    return False


def _comparative(table: TokenTable, i: int, k: int) -> bool:
    """The evaluative word ``i`` or its predicate ``k`` is a comparative ("prouder", "more confident"):
    "*never* been prouder" says "prouder than ever", an emphasis, not a negation (rule "emphatic_never")."""
    doc, lower, children = table.doc, table.lower, table.children
    return any(doc[j].tag_ in ("JJR", "RBR") or _comparative_form(lower[j])
               or any(lower[c] in ("more", "less") for c in children[j]) for j in {i, k})


def _comparative_form(word: str) -> bool:
    """An "-er" comparative of a scored adjective, which the small models often tag a noun: "prouder",
    "happier", "nicer", "bigger"."""
    if not word.endswith("er") or len(word) < 5:
        return False
    lexicon = lx.evaluation_lexicon()
    bases = (word[:-3] + "y", ) if word.endswith("ier") else (word[:-2], word[:-1], word[:-3])
    return any(base in lexicon for base in bases)


#: "instead of", "rather than": what they introduce is not done.
_FORGOING: Final = frozenset({("instead", "of"), ("rather", "than")})


def _forgone(table: TokenTable, i: int) -> bool:
    """The word is inside what "instead of" or "rather than" sets aside (rule "forgone"): "*instead of
    helping* the families, the council wasted the money", "chose to cut the grant *rather than fund* the
    clinic" say the help and the funding were not given, which reverses their evaluation (the phrase or
    conjunct the two words lead, whichever way the parser attached them)."""
    head, dep, lower = table.head, table.dep, table.lower
    j = i
    for _ in range(4):
        if dep[j] in ("pcomp", "pobj", "conj"):
            first = table.left_edge(j)
            if first >= 2 and (lower[first - 2], lower[first - 1]) in _FORGOING:
                return True
        if head[j] == j:
            return False
        j = head[j]
    return False


def _contrasted_other(table: TokenTable, i: int) -> bool:
    """The word describes whom "unlike" sets the statement against (rule "contrasted_other", issue 15's stance52
    round): inside the object of the preposition "unlike", or a clause attached to it ("he tells you what he
    believes, *unlike* the rival, *who lies*", "*unlike* the *reckless* council, the mayor kept the budget"). The
    other's fault praises the one it is set against, as what "instead of" sets aside does (:func:`_forgone`),
    which reverses the word's evaluation; before the round the other's faults counted against the claim's own
    subject."""
    head, dep, lower = table.head, table.dep, table.lower
    j = i
    for _ in range(5):
        if dep[j] == "pobj" and lower[head[j]] == "unlike":
            return True
        if head[j] == j:
            return False
        j = head[j]
    return False


#: The prepositions after which a word of combating (:data:`~claimex.lexicons.COMBATING_WORDS`) or shielding
#: (:data:`~claimex.lexicons.SHIELDING_WORDS`) takes the harm it works against (:func:`_combating_word`): "the fight
#: *against* corruption", "a crackdown *on* fraud", "protect them *from* violence".
_COMBATED_PREPOSITIONS: Final = frozenset({"against", "on", "from"})
#: The words of combating that take their harm with "on": "*crack down on* fraud", "*the war on* poverty".
_COMBATING_ON: Final = frozenset({"crack", "crackdown", "war"})


def _combating_word(table: TokenTable, i: int) -> int | None:
    """The word of combating or shielding whose harm the negative noun names, else None (rule "combated_harm",
    issue 15's stance53 round): the noun names a harm that a deed works against, the direct object of a verb of
    combating ("*tackle* the *crisis*", "*fight poverty*"), the object of "against" /
    "on" after such a verb or noun ("*the fight against* corruption", "*crack down on* fraud"), or of "from" /
    "against" after a verb of shielding ("*protect* the children *from violence*", "*guard against* fraud"), itself
    or a noun conjoined with it ("fight *poverty and crime*"). The harm is not said of the doer: it is what the doer
    opposes: :func:`valences` leaves it out, and counts it against where that word is negated plainly ("did *not
    fix* its *problems*"; otherwise turned, "I don't think we can fix our problems", it is read as before the round).
    Nouns only: an adjective on a person fought ("defeat the *corrupt* mayor") is still said of that person; nor a
    harm laid on someone named (:func:`_harm_owned`), nor a passive subject ("the problem will get *solved* when he
    leaves" blames him). Before the round "the mayor has worked to *fight crime*" accused the mayor."""
    head, dep, lemma, lower = table.head, table.dep, table.lemma, table.lower
    j = i
    for _ in range(3):  # "fight poverty *and crime*": the first conjunct's place
        if dep[j] != "conj" or head[j] == j:
            break
        j = head[j]
    h = head[j]
    if h == j or _harm_owned(table, i) or (j != i and _harm_owned(table, j)):
        return None
    if dep[j] == "dobj":
        return h if lemma[h] in lx.COMBATING_WORDS and table.pos[h] == "VERB" and not _doer_named(table, h) else None
    if dep[j] != "pobj" or lower[h] not in _COMBATED_PREPOSITIONS or head[h] == h:
        return None
    v = head[h]
    if _doer_named(table, v):
        return None
    if lower[h] == "from":
        return v if lemma[v] in lx.SHIELDING_WORDS else None
    if lemma[v] == "down" and dep[v] == "prt":  # "crack *down* on": the particle may carry the preposition
        v = head[v]
    if lower[h] == "on":  # "campaigned *on* the crisis" names a theme, not a harm fought
        return v if lemma[v] in _COMBATING_ON else None
    return v if lemma[v] in lx.COMBATING_WORDS or lemma[v] in lx.SHIELDING_WORDS else None


def _harm_owned(table: TokenTable, n: int) -> bool:
    """The harm ``n`` names is laid on someone named (:func:`_combating_word`): a name owns it ("counter *Clinton's*
    rhetoric", "rescue the nation from *the Obama* disaster"), a relative clause says who brought it ("overcome the
    divisiveness *he has brought*"), or "by" names its doer ("past wrongs *by the bankers*"). Fighting such a harm
    fights its owner, whose fault it stays; a possessive pronoun ("fix *our* problems") names the one who suffers
    it as often, and does not count."""
    dep, pos, ent, lower = table.dep, table.pos, table.ent_type, table.lower
    for c in table.children[n]:
        d = dep[c]
        if (d in ("poss", "compound", "nmod") and (pos[c] == "PROPN" or ent[c])) or (d == "prep" and lower[c] == "by"):
            return True
        if d == "relcl" and any(dep[g] == "nsubj" and lower[g] not in _RELATIVE_SUBJECTS for g in table.children[c]):
            return True
    return False


def _doer_named(table: TokenTable, verb: int) -> bool:
    """An active verb of combating with a "by" and its noun (:func:`_combating_word`): "confront murders *by gangs*",
    "crusade against wrongs *by the bankers*" (the parser hangs the harm's doers on the verb); "fight poverty *by
    raising* wages" (a means) is no noun."""
    dep, children = table.dep, table.children
    return any(table.lower[c] == "by" and any(dep[g] == "pobj" for g in children[c]) for c in children[verb])


def _combated_target(st: Statement, target: int | None) -> bool:
    """The target is itself the harm a deed combats (rule "combated_harm", :func:`_combating_word`), not under a
    negation: "pledged *to confront* the *murders*" opposes them, though the harm no longer weighs in the
    evaluation."""
    if target is None or st.table.pos[target] != "NOUN" or _combating_word(st.table, target) is None:
        return False
    table = st.table
    value = word_valence(table.lower[target], table.lemma[target])
    return value is not None and value < 0 and _sign(table, target) > 0


def _belief_clause(table: TokenTable, k: int) -> int:
    """The clause a belief verb would take whose predicate is ``k`` (:func:`_sign`): the copula of an ``acomp`` /
    ``attr``, and the copula of the predicate noun an adjective modifies (rule "believed_quality", issue 15's
    stance51 round): "I *don't think* he is a *good* leader" says he is not one, as "he is *not* a *good* leader"
    does; before the round the adjective's own clause was looked for, so the praise act read it as praise. Not
    where a quotation mark stands between the belief verb and the adjective: a writer's negated frame around a
    quoted predicate ("he did not feel *"this is a hard case"*") is not the speaker's negation of it."""
    head, dep = table.head, table.dep
    if dep[k] in {"acomp", "attr"}:
        return head[k]
    if dep[k] == "amod" and dep[head[k]] == "attr":
        copula = head[head[k]]
        verb = head[copula]
        if not any(table.is_punct[j] and all(ch in _QUOTE_MARKS for ch in table.word(j))
                   for j in range(min(verb, k) + 1, max(verb, k))):
            return copula
    return k


def _under_negated_belief(table: TokenTable, clause: int) -> bool:
    """The clause is the complement of a negated belief verb, whose negation it takes (neg-raising,
    Horn 1978): "I *don't think* you are *qualified*" says "you are not qualified", "we do not believe
    the deal is *fair*" that it is unfair."""
    if table.dep[clause] != "ccomp":
        return False
    verb = table.head[clause]
    return table.lemma[verb] in lx.NEG_RAISING_VERBS and any(
        table.dep[c] == "neg" for c in table.children[verb])


# --------------------------------------------------------------------------------------------------
# Acts: named rules in order, each with its example sentence.

ActRule = Callable[[Statement], "tuple[str, int | None] | None"]


def performative(st: Statement) -> tuple[str, int | None] | None:
    """A first-person present-tense speech-act verb in the content: "*we denounce and condemn* this
    attack" -> condemn (the first verb that is not a plain assertion; "I tell you" says nothing more)."""
    acting = st.acting  # only a verb of an act other than asserting makes the rule fire
    if acting is None:
        acting = acting_cues(st.cues)
    if st.terms is not None and acting.isdisjoint(st.terms):
        return None  # no such word in the content (read once with the other word lists; each term looked up in C)
    table = st.table
    lemma, pos, dep, head, lower, children = (table.lemma, table.pos, table.dep, table.head, table.lower,
                                              table.children)
    found: list[int] = []
    for i in st.content:
        if lemma[i] not in acting or pos[i] != "VERB":
            continue
        subj = subject(table, i)
        if subj is None and dep[i] == "conj":
            subj = subject(table, head[i])
        if subj is None or not (pos[subj] == "PRON" and lower[subj] in ("i", "we")):
            continue
        tag = table.doc[i].tag_
        if tag == "VBG" and _present_progressive(table, i):  # "*I am asking* the candidates to ..." (twelfth round)
            if not _negated_plainly(table, i):  # "I'm not requesting it"
                found.append(i)
            continue
        if tag not in ("VBP", "VB"):
            continue
        if any(dep[c] in ("aux", "auxpass") for c in children[i]):
            continue  # "I'll plead guilty", "we can call this now", "we did condemn": no act done by saying it
        found.append(i)
    if not found:
        return None
    verb = found[0]
    if lemma[verb] in lx.DIRECTIVE_CUES and _to_clause(table, verb):  # "I am asking you *to* recognize ..."
        return lx.DEMAND, verb
    return st.cues[lemma[verb]], verb


def wondered_why(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``wondered_why`` (issue 15's act49 round): the speaker's own "I wonder why" over a clause whose
    third-person subject fails to act faults that subject, as the same question put plainly does
    (:func:`_pointed_why`): "*I wonder why* the agency *can't* find the records" and "*we wonder why* they
    *never* answered" accuse the agency and them. Read before :func:`performative`, which takes a present
    "I wonder" for a question. Not a clause with "you", "we" or "I" for its subject ("I wonder why we
    didn't go sooner" muses), a clause with no negation ("I wonder why she left" asks), nor a past
    "I wondered" (no act done by saying it)."""
    if not _has_terms(st, _WONDERING):
        return None
    table = st.table
    for i in st.content:
        if table.lemma[i] not in _WONDERING or table.pos[i] != "VERB" or table.doc[i].tag_ not in ("VBP", "VB"):
            continue
        subj = subject(table, i)
        if subj is None or table.lower[subj] not in ("i", "we") or _modal_children(table, i):
            continue
        faulted = _failing_why(table, i)
        if faulted is not None:
            st.judged = faulted
            return lx.ACCUSE, i
    return None


def _failing_why(table: TokenTable, verb: int) -> int | None:
    """The third-person subject of a negated "why" clause under ``verb`` (:func:`wondered_why`): "I wonder
    *why* *they* *can't* find it" -> they."""
    lower = table.lower
    for clause in table.children[verb]:
        if table.dep[clause] not in ("ccomp", "advcl", "xcomp"):
            continue
        if not any(lower[c] == "why" and table.dep[c] == "advmod" for c in table.children[clause]):
            continue
        subj = subject(table, clause)
        if (subj is not None and lower[subj] not in _ADDRESSED and is_agent(table, subj)
                and _negated_plainly(table, clause)):
            return subj
    return None


#: The verb of :func:`wondered_why` (in :data:`PREFILTER_TERMS`).
_WONDERING: Final = frozenset({"wonder"})


def acting_cues(cues: Mapping[str, str]) -> frozenset[str]:
    """The cue words of ``cues`` whose act is not a plain assertion (:func:`performative` fires only on one
    of them): "condemn", "urge", not "say". The claims component reads them once, with its cue lexicon, and
    hands them on in :attr:`Statement.acting` (no cache here: nothing shared between components or threads)."""
    return frozenset(w for w, act in cues.items() if act != lx.ASSERT)


def calling_out(st: Statement) -> tuple[str, int | None] | None:
    """The speaker calling someone out in their own words accuses them, as the cue "call out" does
    (:func:`cue_class`): "he misled the town, and *I call him out* for it", "*we are calling out* the
    board for its silence" (since issue 15's act28 round: :func:`performative` read the verb as "call" for
    something, a demand). A first-person present "call out" whose object, or the name in apposition to it,
    is a person or organisation (:func:`_called_out`); "I call out to the crowd" names no one. Not a "call" in a
    subordinate clause ("*if I call out* the mayor, I will lose my job", "the man *who calls out* the board":
    :data:`_SUBORDINATE_DEPS`, or a clause led by a subordinator other than "that")."""
    if not _has_terms(st, _CALLING):
        return None
    table = st.table
    for i in st.content:
        if table.lemma[i] not in _CALLING or (table.lemma[i], _particle(table, i)) not in lx.CRITICISING_PHRASES:
            continue
        if table.dep[i] in _SUBORDINATE_DEPS or any(
                table.dep[c] == "mark" and table.lower[c] != "that" for c in table.children[i]):
            continue  # "if I call out the mayor, ...": a condition, no act done
        subj = subject(table, i)
        if subj is None or not (table.pos[subj] == "PRON" and table.lower[subj] in ("i", "we")):
            continue
        tag = table.doc[i].tag_  # "I call out", "we are calling out"; not "I called out", "I'll call out"
        plain = tag in ("VBP", "VB") and not any(table.dep[c] in ("aux", "auxpass") for c in table.children[i])
        if not plain and not (tag == "VBG" and _present_progressive(table, i)):
            continue
        named = _called_out(table, i)
        if named is not None and not _negated_plainly(table, i):
            st.judged = named
            return lx.ACCUSE, i
    return None


#: The dependencies of a subordinate clause's verb, where "I call out ..." does no act (:func:`calling_out`).
_SUBORDINATE_DEPS: Final = frozenset({"advcl", "relcl", "acl", "csubj", "pcomp"})
#: The verb of "call out" (:func:`calling_out`; in :data:`PREFILTER_TERMS`).
_CALLING: Final = frozenset(verb for verb, _ in lx.CRITICISING_PHRASES)


def _to_clause(table: TokenTable, verb: int) -> bool:
    """The verb has an infinitive complement: "asks the governor *to fire* the chief"."""
    dep, children = table.dep, table.children
    for c in children[verb]:  # loops, no generator (issue 15's speed51 round)
        if dep[c] in {"xcomp", "ccomp"} and table.pos[c] in {"VERB", "AUX"}:
            for g in children[c]:
                if table.lower[g] == "to" and dep[g] == "aux":
                    return True
    return False


def _present_progressive(table: TokenTable, verb: int) -> bool:
    """"am" / "are" and nothing else before the verb: "I *am asking* you", "we *are calling on* the board"."""
    aux = [table.lower[c] for c in table.children[verb] if table.dep[c] in ("aux", "auxpass")]
    return bool(aux) and all(_straight(a) in _PRESENT_BE for a in aux)


_PRESENT_BE: Final = frozenset({"am", "are", "'m", "'re"})


def insult(st: Statement) -> tuple[str, int | None] | None:
    """Rule "insult" (issue 15's act57 round): an insult put as an order abuses the one addressed, it asks
    nothing of them: 'she told one aide to "*Go to hell*!"', "*go f... yourself*", "*drop dead*" (a bare verb
    of :data:`~claimex.lexicons.INSULT_IMPERATIVES` with no subject, followed by the words of its insult;
    "go ... yourself" with a profanity between, :data:`~claimex.lexicons.PROFANITY_FORMS`). Before the round
    :func:`ask_to` read each as a demand (blind judges rejected both of a sample's)."""
    if not _has_terms(st, _INSULT_VERBS):  # rule "insult_gate": most contents have no such verb (one set test)
        return None
    table = st.table
    lower, content = table.lower, st.content
    for k, verb in enumerate(content):
        tails = lx.INSULT_IMPERATIVES.get(lower[verb])
        if tails is None or table.doc[verb].tag_ != "VB" or subject(table, verb) is not None:
            continue
        rest = [lower[i] for i in content[k + 1: k + 8]]
        if any(tuple(rest[:len(tail)]) == tail for tail in tails):
            return lx.ACCUSE, verb
        if lower[verb] == "go":
            cursed = list(takewhile(lambda w: w in lx.PROFANITY_FORMS, rest))
            if cursed and rest[len(cursed):len(cursed) + 1] in (["yourself"], ["yourselves"]):
                return lx.ACCUSE, verb
    return None


#: The verbs of :data:`~claimex.lexicons.INSULT_IMPERATIVES` (rule "insult_gate", issue 15's speed52 round; in
#: :data:`PREFILTER_TERMS`): :func:`insult` reads the content only when one of them is among its forms.
_INSULT_VERBS: Final = frozenset(lx.INSULT_IMPERATIVES)


def ask_to(st: Statement) -> tuple[str, int | None] | None:
    """Asking or telling someone to act is a demand, whatever the cue's first sense: "asks the governor
    *to fire* the police chief", "urged Congress to act", "told them to leave"."""
    table, cue = st.table, st.cue
    if cue is None:
        return None
    if table.lemma[cue] in _MANDATIVE and _subjunctive(table, cue):  # "suggested the county *repave* the road"
        return lx.DEMAND, cue
    if table.lemma[cue] not in lx.DIRECTIVE_CUES:
        return None
    if _to_clause(table, cue):
        return lx.DEMAND, cue
    first = st.content[0] if st.content else None
    if first is not None and table.lower[first] == "to" and table.dep[first] == "aux":
        return lx.DEMAND, cue
    return None


def _subjunctive(table: TokenTable, cue: int) -> bool:
    """A mandative subjunctive after the cue (since the twelfth act round): a clause whose verb is the bare
    form with a subject of its own and no auxiliary, "asked that every fee *go* to the fund",
    "suggested the county *repave* the road" (a singular noun subject with a verb of the plural present shows
    it; a pronoun subject is left alone: "they go" may be the present)."""
    dep = table.dep
    for c in table.children[cue]:
        if dep[c] != "ccomp" or table.pos[c] != "VERB":
            continue
        kids = table.children[c]
        subj = subject(table, c)
        if subj is None or table.pos[subj] == "PRON" or any(dep[k] in ("aux", "auxpass") for k in kids):
            continue
        tag = table.doc[c].tag_  # a Token made only for the few clauses that get here
        if tag == "VB" or (tag == "VBP" and table.doc[subj].tag_ in ("NN", "NNP")):  # "the county *repave*"
            return True
    return False


#: Cues that take a mandative subjunctive ("insisted that he *resign*").
_MANDATIVE: Final = lx.DIRECTIVE_CUES | frozenset({"suggest", "insist", "recommend", "propose", "require",
                                                   "ask"})


def asked_question(st: Statement) -> tuple[str, int | None] | None:
    """A question needs a question: "asked *whether* the deal would hold", "*Why* did they wait?";
    an "ask" or "question" cue without one falls through to the other rules. A rhetorical question
    that challenges a person or organisation (:func:`_challenging`) accuses them: "*Does* the governor
    *not* understand what the treaty says?", "why should we give him another term?". Since the thirteenth
    act round a question mark that closes a later sentence of a statement no one was asked for (a cue that
    is no "ask") makes no question: "We built the school in two years. *Who else could do that?*" the mayor
    *said* is a statement with a rhetorical close, read by the other rules."""
    table = st.table
    if not st.content:
        return None
    first, last = st.content[0], st.content[-1]
    asks = _asking_cue(st)
    mark = last + 1 < table.n and table.word(last + 1) == "?"
    openers = lx.ASKED_QUESTION_OPENERS
    if asks and mark and _answer_given(st):
        return None  # "'What difference does it make?' she said when *questioned*": an answer, the other rules read it
    if asks and (table.lower[first] in openers or (first > 0 and table.lower[first - 1] in openers
                                                   and table.dep[first - 1] in ("mark", "advmod"))) and not (
            mark and _challenging(st)):
        return lx.QUESTION, st.cue
    if mark and not asks and _retold_question(st, last + 1):
        return None  # "her answer was, 'What can we do?'": someone's question retold, the other rules read it
    if mark:
        if not _rhetorical(st) and asks:
            return lx.QUESTION, st.act_root
        if unasked_question(st):  # "Who else would you trust with the budget?" the mayor said
            st.spared = "unasked_question"
        if _challenging(st):  # "Does he not understand ...?", "why should we give her the presidency?"
            agent = _challenged(st)
            if agent is not None:
                st.judged = agent
                return lx.ACCUSE, st.act_root
    return None


def _answer_given(st: Statement) -> bool:
    """The asking cue is a passive participle ("she said, '...?' *when questioned*", "he *was asked*"): the
    speaker is the one asked, and words of theirs in quotation marks are their answer, even when put as a
    question ("'What does it matter now?' she said when questioned about it"): :func:`asked_question` leaves
    them to the other rules (issue 15's act60 round). A content that follows no quotation mark ("he was asked
    *whether* ...") is still the question put to them."""
    table = st.table
    cue = st.cue
    first = st.content[0]
    if cue is None or not st.direct or table.doc[cue].tag_ != "VBN" or first == 0 or not all(
            ch in _QUOTE_MARKS for ch in table.word(first - 1)):
        return False
    kids = table.children[cue]
    if any(table.dep[c] == "auxpass" for c in kids):  # "she *was asked*"
        return True
    return not any(table.dep[c] in ("nsubj", "nsubjpass") for c in kids) and (table.dep[cue] == "advcl" or any(
        table.lower[c] in ("when", "after", "once", "if") for c in kids))  # "when questioned" (a root too)


def _retold_question(st: Statement, mark: int) -> bool:
    """Rule ``retold_question`` (issue 15's act29 round): the question mark closes words that a quotation
    mark opened inside the content, after a comma, a colon or a verb of saying (:data:`lexicons.RETELLING_WORDS`):
    the speaker retells someone's question and asks none ("her first words were, '*How can we help?*'", "a
    voter asked me, 'When does the candidate arrive?'", "at the plant it was '*Who does he think he is?*'").
    A mark that opens the content or follows a full stop is the speaker's own quotation: "... he said. '*Why
    would we?*'" still asks, and so does one that resumes the speaker's quotation after the cue ("the roof is
    done," the clerk said, "but *who will pay* for it?")."""
    table = st.table
    start = max(table.sentence_bounds(mark)[0] - 1, st.content[0])
    openers = lx.DOUBLE_OPENERS | lx.SINGLE_OPENERS | {"``", "‘"}
    if st.cue is not None and start < st.cue < mark:  # the quotation resumed after "..., the clerk said,"
        start = next((i for i in range(st.cue, mark) if table.word(i) in openers), mark)  # is the speaker's own
    for i in range(start + 1, mark):
        if table.word(i) in openers and (table.word(i - 1) in (",", ":") or table.lemma[i - 1] in lx.RETELLING_WORDS):
            return True
    return False


def unasked_question(st: Statement) -> bool:
    """Rule ``unasked_question`` (issue 15's act32 round): a content that is one question, closed by a
    question mark, in a statement nobody asked for (the cue is no "ask" or question cue, or there is none)
    is put to the hearers, who are not asked to answer it: "Who else would you trust with the budget?" the
    mayor *said*; "the talks look stalled, *who knows?*" she *told* reporters. It asks no question, and its
    modal neither forecasts nor lays a duty (:func:`obligation` and :func:`prediction` skip it: "*who is
    going to* pay for it?", "*does* she *have to* keep saying so?"); the other rules read it, most fall to
    an assertion (``act_rule`` ``unasked_question``). The thirteenth act round did so for a question mark
    closing a later sentence of the content (whose first sentence the modal rules still read); this takes
    a content of one sentence. The blind judges rejected every such question of their samples (none judged
    right). A question of an "ask", "question" or "wonder" cue, a speaker's own "I ask, ...", a question
    retold (:func:`_retold_question`) and a challenge (:func:`_challenging`) are read as before."""
    table = st.table
    if not st.content or _asking_cue(st):
        return False
    last = st.content[-1]
    return (last + 1 < table.n and table.word(last + 1) == "?" and not _retold_question(st, last + 1)
            and st.first_end >= last)


def _asking_cue(st: Statement) -> bool:
    """The cue asks: a question-class cue, or "ask"."""
    return st.cue is not None and (st.cue_act == lx.QUESTION or st.table.lemma[st.cue] == "ask")


def rhetorical_question(st: Statement) -> tuple[str, int | None] | None:
    """A statement nobody asked for with a question in it that challenges (:func:`_challenge_in`, a tag
    "..., right?" left out: a negative yes / no question, "really" in one, "why should / would") accuses
    the person or organisation it names (issue 15's act21 round): "*The governor* promised lower tolls.
    Does he *really* think the drivers forgot?", "*The council* ignored the petition. *Why should* we trust
    it now?". :func:`asked_question` reads such a question only where it closes the content; here it may
    stand anywhere in it. The first person or organisation of the content that is neither the speaker nor
    a victim (:func:`third_party`) is the accused. Any question put to the hearers accusing whoever is
    named (tried first) gained 3 training statements but read answered questions, musings and jokes as
    accusations; read after :func:`obligation` and :func:`wish`, before :func:`prediction` (training
    readers: 1 statement right, none lost)."""
    if not st.content or _asking_cue(st) or not _asks(st):
        return None
    if not any(_challenge_in(st.table, words, tag=False) for words in _question_sentences(st)):
        return None
    agent = _challenged(st)
    if agent is None:
        return None
    st.judged = agent
    return lx.ACCUSE, st.act_root


def _challenged(st: Statement) -> int | None:
    """Whom a challenging question faults: the content's first third party (:func:`third_party`); in a "how can
    anyone" question (:func:`_how_can_anyone`) also one it names as an object ("How can anyone trust *a man*
    who lied to the voters?"), since "anyone" is no one in particular."""
    agent = third_party(st)
    table = st.table
    if agent is None and _how_can_anyone([table.lower[i] for i in st.content]):
        agent = first_agent(st)  # a person, not a thing the lexicon counts as a body ("afford *a house*")
        if agent is not None and not (table.ent_type[agent] in ("PERSON", "ORG") or (
                table.pos[agent] == "NOUN" and lexical.noun_kind(table.lemma[agent]) in _PEOPLE_KINDS)):
            agent = None
    return agent


def _question_sentences(st: Statement) -> list[list[int]]:
    """The content's words of each sentence that a question mark closes, in order."""
    table = st.table
    out = []
    for mark in range(st.content[0], min(st.content[-1] + 2, table.n)):
        if table.word(mark) != "?":
            continue
        start = table.sentence_bounds(mark)[0]
        out.append([i for i in st.content if start <= i < mark])
    return out


def _rhetorical(st: Statement) -> bool:
    """A question that evaluates ("Is this what we accept now?" after a criticism) or challenges
    (:func:`_challenging`) is no question."""
    return st.evaluation() <= -JUDGEMENT_THRESHOLD or _challenging(st)


#: "not" and its clitic in either spelling
_NOT_WORDS: Final = frozenset({"not"}) | lx.NEGATION_CLITICS


def _challenging(st: Statement) -> bool:
    """The form of a rhetorical question that challenges someone (:func:`_challenge_in` the content)."""
    return _challenge_in(st.table, st.content)


def _challenge_in(table: TokenTable, tokens: Sequence[int], *, tag: bool = True) -> bool:
    """``tokens`` have the form of a rhetorical question that challenges someone: a negative yes / no
    question ("*Does* he *not* understand ...?", "*Isn't* it obvious?"), "really" in it ("Does Iowa *really*
    want ...?"), a tag ("it's all a show, *no*?"; with ``tag``: inside a longer statement a "..., right?" is
    as often a filler, "she's clearly experienced, *right*?") or "why should / would" ("*why should* we give
    her the presidency?")."""
    words = [table.lower[i] for i in tokens]
    if not words:
        return False
    if tag and words[-1] in ("no", "right") and len(words) > 2 and table.word(tokens[-1] - 1) == ",":
        return True
    if "really" in words and table.pos[tokens[0]] == "AUX":
        return True
    for k, w in enumerate(words[:-1]):
        if w == "why" and words[k + 1] in {"should", "would"}:
            return True
    if _pointed_why(table, tokens) or _how_can_anyone(words):
        return True
    first = tokens[0]
    verb = table.head[first]
    return table.pos[first] == "AUX" and any(table.lower[c] in _NOT_WORDS and c < verb
                                             for c in table.children[verb])


def _pointed_why(table: TokenTable, tokens: Sequence[int]) -> bool:
    """Rule ``pointed_why`` (issue 15's act46 round): "why" and a negated auxiliary whose clause has a third
    person for its subject asks why someone fails to act, and faults them: "*Why won't* the mayor release the
    report?", "*why can't* they balance a budget?". With "you", "we" or "I" for its subject the same form
    invites or wishes ("why don't you come to the fair?", "why can't we build the bridge sooner?")."""
    lower = table.lower
    for k, i in enumerate(tokens[:-1]):
        aux = tokens[k + 1]
        if lower[i] != "why" or table.pos[aux] != "AUX":
            continue
        verb = table.head[aux]
        subj = subject(table, verb)
        if (subj is not None and subj > aux and lower[subj] not in _ADDRESSED
                and any(lower[c] in _NOT_WORDS for c in table.children[verb])):
            return True
    return False


#: Subjects of a "why not" question that invites or wishes rather than faults (:func:`_pointed_why`).
_ADDRESSED: Final = lx.FIRST_PERSON | {"you"}


def _how_can_anyone(words: Sequence[str]) -> bool:
    """Rule ``how_can_anyone`` (issue 15's act46 round): "how can / could anyone" asks what the speaker holds no
    one can do: "*How can anyone* trust a man who lied to the voters twice?"."""
    return any(w == "how" and words[k + 1] in ("can", "could", "ca") and words[k + 2] in ("anyone", "anybody")
               for k, w in enumerate(words[:-2]))


def threat(st: Statement) -> tuple[str, int | None] | None:
    """A threat is an action of the speaker's own against someone: "threatened *to retaliate*", "vowed
    to sue", "said *we will* boycott the debate *unless* they pay". A "warn" or "vow" cue without one
    falls through ("warned the plan is no cure-all" asserts), and a promise of a harmless action of the
    speaker's own predicts ("vowed to carry the mantle")."""
    table, cue = st.table, st.cue
    if cue is not None and table.lemma[cue] in _PROMISING and _hostile_action(table, cue):
        return lx.THREATEN, cue  # "promised *to veto* the bill", "vowed *to sue* the company"
    if cue is not None and st.cue_act == lx.THREATEN:
        if _warned_off(table, cue):
            return None  # "warned residents to stay indoors": a demand (:func:`warning`)
        own = any(table.dep[c] == "xcomp" for c in table.children[cue]) or _first_person_future(st, reported=True)
        if own and (table.lemma[cue] in _THREATENING or st.evaluation() < 0):
            return lx.THREATEN, cue
        backed = _backing(table, cue)
        if backed is not None:  # "pledged to back the union's candidate": a promise of support
            st.judged = backed if backed != cue else None
            return lx.SUPPORT, cue
        if own:  # "vowed to carry the mantle": a promise of the speaker's own future action
            return lx.PREDICT, cue
        if _ultimatum(st, warned=table.lemma[cue] in lx.WARNING_CUES):  # "warned they could sell ... if"
            return lx.THREATEN, cue
        return None
    if _has_word(st, "unless") and _first_person_future(st):  # the cheap test first
        return lx.THREATEN, st.act_root
    if _ultimatum(st, warned=cue is not None and table.lemma[cue] in lx.WARNING_CUES):
        return lx.THREATEN, st.act_root
    ready = _has_terms(st, _READY)  # :func:`_ready_to_fight`'s cheap test, once a statement
    for pred in st.preds:  # "we will sue the city", "he said he would veto the bill"
        if _consequences(table, pred) or _hostile_aim(st, pred) or (ready and _ready_for_fight(st, pred)):
            return lx.THREATEN, st.act_root  # "any such move *would have consequences*"
        if not (_hostile(table, pred) or (table.lemma[pred] == "make" and _made_to_pay(table, pred))):
            continue
        verb = table.head[pred] if table.dep[pred] == "conj" and subject(table, pred) is None else pred
        if is_future(table, verb):
            subj = subject(table, verb)  # "he would raise fees *or impound* remittances": the first verb's
            if subj is not None and (is_speaker(st, subj) or _reported_person(st, subj, agree=True)):
                return lx.THREATEN, st.act_root
    return None


def _hostile_aim(st: Statement, pred: int) -> bool:
    """An action against someone that the speaker sets as their own aim threatens, as a promised one does
    (since the thirteenth act round): a main "be" whose subject is a noun of aim (:data:`_AIM_NOUNS`), the
    speaker's own or nobody's, with an infinitive of :data:`_HOSTILE_ACTIONS` ("*our goal is to defeat* the
    cartel", "*the mission is to destroy* the militia"), or the speaker's future action done for one ("*he
    would send* the guard *to crush* the revolt"); "their aim is to destroy us" is someone else's aim."""
    table = st.table
    dep, children = table.dep, table.children
    aims: list[int] = []
    for c in children[pred]:  # a loop, not a comprehension: no closure made for most predicates
        if dep[c] in {"xcomp", "ccomp", "attr", "advcl"} and _hostile_infinitive(table, c):
            aims.append(c)
    if not aims:  # most predicates: the cheap test first
        return False
    subj = subject(table, pred)
    if subj is None:
        return False
    if is_copula(table, pred) and table.lemma[subj] in _AIM_NOUNS and table.pos[subj] == "NOUN":
        owner = possessor(table, subj)
        return not _negated_plainly(table, pred) and (owner is None or is_speaker(st, owner)
                                                      or speaker_pronoun(st, owner))
    return is_future(table, pred) and (is_speaker(st, subj) or _reported_person(st, subj, agree=True)) and any(
        d in {"advcl", "xcomp"} for d in map(dep.__getitem__, aims))


def _hostile_infinitive(table: TokenTable, c: int) -> bool:
    """A "to" infinitive of :data:`_HOSTILE_ACTIONS` at clause ``c`` or at a verb conjoined to it
    (:func:`_hostile_aim`)."""
    dep, children, lemma = table.dep, table.children, table.lemma
    kids = children[c]
    for verb in (c, *kids):  # loops, no generator: it is asked of every clause under every main predicate
        if verb != c and dep[verb] != "conj":
            continue
        if (lemma[verb] in _MAYBE_HOSTILE or "-" in lemma[verb]) and _hostile(table, verb):
            for g in (*children[verb], *kids):
                if table.lower[g] == "to":
                    return True
    return False


def _ready_to_fight(st: Statement, pred: int) -> bool:
    """The speaker declaring themselves ready for a fight threatens it (since the fourteenth act round): "*he
    is ready for the fight* against the gun lobby", "she is *prepared for a floor fight* if the party ...",
    "*we are ready to sue* the city" (a "ready" / "prepared" of the main predicate, not negated, whose subject
    is the speaker, with "for" a noun of :data:`_FIGHTS` or an infinitive of :data:`_HOSTILE_ACTIONS`)."""
    if not _has_terms(st, _READY):  # most contents: the cheap test first
        return False
    return _ready_for_fight(st, pred)


def _ready_for_fight(st: Statement, pred: int) -> bool:
    """:func:`_ready_to_fight` on a content with a word of :data:`_READY` (apart, so that the others make no
    closure of its comprehensions')."""
    table = st.table
    children = table.children
    ready = [a for a in (pred, *children[pred]) if table.lemma[a] in _READY]
    if not ready:
        return False
    subj = subject(table, pred)
    if subj is None or _negated_plainly(table, pred) or not (is_speaker(st, subj) or _speaker_self(st, subj)):
        return False
    return any((table.lower[c] == "for" and any(table.lemma[g] in _FIGHTS for g in children[c]))
               or (table.dep[c] == "xcomp" and _hostile(table, c)) for a in ready for c in children[a])


#: Words of readiness (:func:`_ready_to_fight`), and the fights one declares oneself ready for.
_READY: Final = frozenset({"ready", "prepared", "prepare"})
_FIGHTS: Final = frozenset({"fight", "battle", "war", "showdown", "confrontation"})


#: Nouns of an aim: "our *goal* is to ...", "the *mission* is to ..." (:func:`_hostile_aim`).
_AIM_NOUNS: Final = frozenset({"goal", "mission", "aim", "objective", "purpose", "priority", "job", "plan",
                               "intention", "strategy", "task"})


def _made_to_pay(table: TokenTable, verb: int) -> bool:
    """"*make* them *pay*" (``verb`` is a "make"): a punishment promised (since the twelfth act round)."""
    return any(table.dep[c] in ("ccomp", "xcomp") and table.lemma[c] == "pay" and subject(table, c) is not None
               for c in table.children[verb])


def _ultimatum(st: Statement, *, warned: bool) -> bool:
    """An action of the speaker's own made conditional on what someone else fails to do threatens (since the
    eleventh act round): "she said *she would weigh* a new law *if* the industry's own rules *were not*
    followed", "*we will* walk out *if* they *do not* pay"; with a warning cue any condition will do: "the
    ministers warned *they could sell off* their bonds *if* the measure passes" (a main predicate in the
    future, or with "could" / "might" after a warning, whose subject is the speaker, with an "if" clause,
    negated but after a warning)."""
    table = st.table
    if not _has_word(st, "if"):  # the cheap test first
        return False
    for pred in st.preds:
        subj = subject(table, pred)
        if subj is None or not is_speaker(st, subj) or _negated_plainly(table, pred):
            continue
        if not (is_future(table, pred) or (warned and not _ABILITY_WARNED.isdisjoint(_modal_children(table, pred)))):
            continue
        for c in table.children[pred]:
            if table.dep[c] == "advcl" and any(table.lower[m] == "if" and table.dep[m] == "mark"
                                               for m in table.children[c]) and (warned or _negated_plainly(table, c)):
                return True
    return False


#: Modals of a possible action of the speaker's own that a warning makes a threat ("warned they *could* sell").
_ABILITY_WARNED: Final = frozenset({"could", "might", "may"})


def _consequences(table: TokenTable, pred: int) -> bool:
    """The idiom of a veiled threat: a future "have" / "be" / "face" / "pay" with bare consequences or a
    price as its object or complement: "any move to seize the shoal *would have consequences*", "*there
    will be* repercussions", "they *will pay a* heavy *price*" (since the tenth act round). Consequences
    *for* something are a forecast ("will have consequences for trade" predicts)."""
    if table.lemma[pred] not in _CONSEQUENCE_VERBS or not is_future(table, pred):
        return False
    for c in table.children[pred]:
        if table.dep[c] in ("dobj", "attr", "nsubj") and table.lemma[c] in _CONSEQUENCE_NOUNS and not any(
                table.dep[g] == "prep" for g in table.children[c]):
            return True
    return False


_CONSEQUENCE_VERBS: Final = frozenset({"have", "be", "face", "pay"})
_CONSEQUENCE_NOUNS: Final = frozenset({"consequence", "repercussion", "price"})
#: Cues of a commitment of the speaker's own: with a hostile action (:func:`_hostile_action`) a threat.
_PROMISING: Final = frozenset({"promise", "vow", "pledge", "swear"})
#: Actions taken against someone or something (since the ninth round; VADER gives most of them no valence):
#: the sanctions of the lexicon and these.
_HOSTILE_ACTIONS: Final = lx.SANCTION_WORDS | frozenset({
    "veto", "fight", "bomb", "attack", "strike", "retaliate", "block", "ban", "kill", "destroy", "defeat",
    "repeal", "abolish", "crush", "punish", "shut", "fire", "invade", "sack", "overturn", "scrap", "impound",
})


def _hostile_action(table: TokenTable, cue: int) -> bool:
    """The cue commits the speaker to an action against someone: its infinitive complement (or a verb
    conjoined to it) is one of :data:`_HOSTILE_ACTIONS` ("promised *to veto* it", "vowed to *sue* the
    company", "promising to *bomb* ... and *deport* ..."), with what it is taken against as its object
    ("vowed to fight *for* the workers" is no threat)."""
    dep, children = table.dep, table.children
    for c in children[cue]:
        if dep[c] != "xcomp":
            continue
        for verb in (c, *(g for g in children[c] if dep[g] == "conj")):
            if _hostile(table, verb):
                return True
    return False


def _hostile(table: TokenTable, verb: int) -> bool:
    """``verb`` is one of :data:`_HOSTILE_ACTIONS` (or a compound of one: "carpet-bomb") with an object or
    an "against" phrase."""
    lemma = table.lemma[verb]
    if lemma in _DEFYING:  # "vowed to *defy the curfew*" (rule "defiance", act64)
        return defiance(table, verb)
    if lemma in _PURSUING:  # "vowed to *go after* the cartels" (since the seventeenth act round)
        return any(table.dep[g] == "prep" and table.lower[g] == "after"
                   and any(table.dep[o] == "pobj" for o in table.children[g]) for g in table.children[verb])
    if lemma not in _HOSTILE_ACTIONS and ("-" not in lemma or lemma.rpartition("-")[2] not in _HOSTILE_ACTIONS):
        return False
    return any(table.dep[g] == "dobj" or (table.dep[g] == "prep" and table.lower[g] == "against")
               for g in table.children[verb])


def defiance(table: TokenTable, verb: int) -> bool:
    """Rule "defiance" (issue 15's act64 round): defying a rule or an order is an action against whoever set it,
    so the speaker's own defiance promised threatens as a sanction does (:func:`_hostile`, read by
    :func:`threat`): "the pickets *said they would ignore the ban*", "the union *vowed to defy the court
    order*", "*we will disobey the curfew*" (a verb of :data:`_DEFYING` whose object is a noun of a rule
    or an order, :data:`_RULES_SET`). Not a defiance of anything else ("*we will defy the odds*", "*he would
    ignore the polls*"). Before the round a reported "would ignore" read as an accusation (VADER scores
    "ignore" negative) and "vowed to defy" as a forecast; a blind judge wanted the first read as a threat."""
    return any(table.dep[g] == "dobj" and table.lemma[g] in _RULES_SET for g in table.children[verb])


#: Verbs of defiance (:func:`defiance`).
_DEFYING: Final = frozenset({"defy", "disobey", "flout", "ignore", "violate", "breach"})
#: Rules and orders one defies (:func:`defiance`).
_RULES_SET: Final = frozenset({
    "restriction", "rule", "order", "ban", "curfew", "ruling", "injunction", "subpoena", "mandate", "law",
    "regulation", "decree", "directive", "edict", "ordinance", "limit", "prohibition", "moratorium",
})
#: Verbs of pursuit that with "after" and an object are taken against someone ("go *after* the
#: cartels", "come after the leakers").
_PURSUING: Final = frozenset({"go", "come"})
#: The lemmas :func:`_hostile` can accept without a hyphen (rule "hostile_lemma_gate", speed39): a verb whose
#: lemma is none of them and has no hyphen is no hostile action, told by one set look-up before the call
#: (:func:`_hostile_aim` asks it of every clause under every main predicate).
_MAYBE_HOSTILE: Final = _HOSTILE_ACTIONS | _PURSUING | _DEFYING


def warning(st: Statement) -> tuple[str, int | None] | None:
    """A warning of a possible or future event predicts it (no action of the speaker's own: :func:`threat`
    has passed): "warned that the plan *could* send thousands into poverty", "warned *of* the
    consequences a default *would* have", "cautioned that prices *may* rise". A warning of a present
    fact asserts ("warned the plan is no cure-all"). Since the twentieth act round a warning that a deed
    *would be* intolerable judges the deed, it foretells nothing: "warned a ban of that kind would be
    *unacceptable*" is left to :func:`condemnation`."""
    table, cue = st.table, st.cue
    if cue is None or table.lemma[cue] not in lx.WARNING_CUES:
        return None
    if _warned_off(table, cue):
        return lx.DEMAND, cue
    if condemnation(st) is not None:
        st.judged = None
        return None
    pos = table.pos
    for i in st.content:
        if pos[i] in ("VERB", "AUX") and not lx.PREDICTIVE_MODALS.isdisjoint(_modal_children(table, i)):
            return lx.PREDICT, cue
    return None


def _warned_off(table: TokenTable, cue: int) -> bool:
    """A warning that tells someone what to do or not to do demands it (since the ninth round): "warned
    *China against* provocative behaviour", "cautioned *against* buying bonds", "warned *residents to
    stay* indoors" (a "against" phrase of the cue, or an object and an infinitive with its own "to")."""
    if table.lemma[cue] not in lx.WARNING_CUES:
        return False
    kids = table.children[cue]
    if any(table.dep[c] == "prep" and table.lower[c] == "against" for c in kids):
        return True
    return any(table.dep[c] == "dobj" for c in kids) and any(
        table.dep[c] == "xcomp" and any(table.lower[g] == "to" and table.dep[g] == "aux" for g in table.children[c])
        for c in kids)


def source_report(st: Statement) -> tuple[str, int | None] | None:
    """What a source is cited for ("*according to* the report, the firm lost $2 million") is the
    reporter's narration of a fact: it asserts, whatever words of evaluation it holds ("according to
    officials, the agency failed to file the forms"), unless it is about the future (:func:`prediction`:
    "the plan will cost $4 billion, according to the budget office")."""
    cue = st.cue
    if cue is None or st.table.lower[cue] != "according":
        return None
    return prediction(st) or (lx.ASSERT, st.act_root)


def naming(st: Statement) -> tuple[str, int | None] | None:
    """Naming someone or something with an evaluation judges it: "called *him* a liar" and "calling *it*
    disqualifying" accuse, "called *the bill* a great victory" supports; the named object is the target
    (a pronoun too: it is resolved to who or what it stands for). A naming without evaluation ("called
    the plan a first step") falls through."""
    table, cue = st.table, st.cue
    if cue is None or not naming_use(table, cue):
        return None
    named = next((c for c in table.children[cue] if table.dep[c] in ("dobj", "dative")
                  and table.pos[c] in ("NOUN", "PROPN", "PRON")), None)
    if named is None or (table.lower[named] == "it" and _extraposed(table, cue)):
        return None
    if _called_false(table, cue, named):  # "calls *this* a *false* narrative": a denial (ninth act round)
        st.judged = named
        return lx.DENY, cue
    score = st.evaluation()
    if score <= -JUDGEMENT_THRESHOLD or score >= EVALUATION_THRESHOLD:
        st.judged = named
        if (score < 0 and table.pos[named] == "NOUN" and _deed(table, named)  # "called the *policy* a disgrace"
                and _strongly_valued(table, list(st.valences), st.valences)):
            return lx.CONDEMN, cue
        if score < 0 and _doerless_deed(table, named) and any(  # "called *the statement* offensive" (act52)
                v <= -CONDEMNATION_THRESHOLD for v in st.valences.values()):
            return lx.CONDEMN, cue
        return (lx.ACCUSE if score < 0 else lx.SUPPORT), cue
    if _name_calling(table, cue, named):  # "called Palin a *"clown"*", "calls Pfizer *unpatriotic*"
        st.judged = named
        return lx.ACCUSE, cue
    return None


def _name_calling(table: TokenTable, cue: int, named: int) -> bool:
    """A person or organisation given a label the evaluation lexicon does not score, in quotation marks
    or as a bare adjective: "called Palin a *"clown"*", "called Fields *"totally delusional"*", "calls
    Pfizer *unpatriotic*" (since the eleventh act round). A label put in the speaker's own quoted words or
    an adjective pinned on someone is name-calling; a plain noun label describes ("called North Carolina
    her home state": a place), and so does one claiming the person as the speaker's own ("called him *"my*
    friend"")."""
    if not _accountable(table, named) or table.ent_type[named] in _PLACE_ENTS:
        return False
    label = next((c for c in table.children[cue] if table.dep[c] == "oprd"), None)
    if label is None or named > label:
        return False
    words = sorted(table.subtree(label))
    if any(table.lower[w] in ("my", "our") for w in words):
        return False
    around = (words[0] - 1, *words) if words[0] > 0 else words  # the mark may open before the label's words
    quoted = any(all(ch in _QUOTE_MARKS for ch in table.word(w)) for w in around if table.is_punct[w])
    return quoted or table.pos[label] == "ADJ"


def _called_false(table: TokenTable, cue: int, named: int) -> bool:
    """What was said (a pronoun that answers it, or a noun of what is said: ``CLAIM_NOUNS``) named false:
    "calls *this* a *false* narrative", "called *the report* *untrue*" (the cue's ``oprd``, or a modifier
    of it, is one of :data:`_FALSE`)."""
    said = (table.pos[named] == "PRON" and table.lower[named] in _ANSWERED) or (
        table.pos[named] == "NOUN" and table.lemma[named] in lx.CLAIM_NOUNS)
    if not said:
        return False
    for c in table.children[cue]:
        if table.dep[c] == "oprd" and (table.lower[c] in _FALSE or any(
                table.dep[g] == "amod" and table.lower[g] in _FALSE for g in table.children[c])):
            return True
    return False


def _extraposed(table: TokenTable, verb: int) -> bool:
    """"called *it* critical *that she speak*": "it" stands for a clause (under the verb or its predicate
    noun or adjective), not for something named before."""
    dep, children = table.dep, table.children
    for c in children[verb]:
        if dep[c] in ("ccomp", "csubj", "xcomp"):
            return True
        if dep[c] == "oprd" and any(dep[g] in ("ccomp", "csubj", "xcomp") for g in children[c]):
            return True
    return False


def _backing(table: TokenTable, cue: int) -> int | None:
    """For a promise to back someone ("pledged *to back* the nominee", "vowed to appoint judges who ..."):
    the backed object, or the cue itself when the backing verb has none ("pledged to work together")."""
    for c in table.children[cue]:
        if table.dep[c] == "xcomp" and table.lemma[c] in lx.BACKING_VERBS:
            obj = act_object(table, c)
            return obj if obj is not None else cue
    return None


def _first_person_future(st: Statement, *, reported: bool = False) -> bool:
    """A main predicate in the future whose subject is "I" / "we" (with ``reported``, also the speaker's pronoun
    in reported speech: "Trump warned *he'd be making* an issue of it")."""
    table = st.table
    for pred in st.preds:
        subj = subject(table, pred)
        if subj is not None and (is_speaker(st, subj) if reported else is_first_person(table, subj)) and is_future(
                table, pred):
            return True
    return False


#: Cues whose own future action is a threat whatever its words: "threatened to", and a warning of what the
#: speaker will do ("warned *he'd be making* an issue of it"; since the fourteenth act round, as the issue's
#: guidance has it: a warning predicts or asserts unless it threatens the speaker's own action).
_THREATENING: Final = frozenset({"threaten"}) | lx.WARNING_CUES


def repudiation(st: Statement) -> tuple[str, int | None] | None:
    """Rejecting what a person or organisation said or did condemns it (since the eighteenth act round): "the
    prime minister *rejects* the senator's *remarks* about refugees" (a verb of :data:`_REPUDIATING`, the cue or
    the content's main verb with the speaker or no one as its subject, not negated, whose direct object is a
    noun of words or behaviour, :data:`_OFFENSIVE_CONDUCT`, with a person or organisation as its possessor).
    Rejecting a claim, a plan or a proposal is left to the cue's class: "rejected *the allegations*",
    "rejected *a push* to close the mine" deny."""
    table = st.table
    verbs = [v for v in (st.cue, *st.preds[:1]) if v is not None and table.lemma[v] in _REPUDIATING
             and table.pos[v] == "VERB" and (v == st.cue or _by_speaker(st, v))]
    for verb in verbs:
        obj = act_object(table, verb)
        if obj is None or obj not in st.content or table.lemma[obj] not in _OFFENSIVE_CONDUCT or _negated_plainly(
                table, verb):
            continue
        owner = possessor(table, obj)
        if owner is not None and is_agent(table, owner):
            st.judged = obj
            return lx.CONDEMN, verb
    return None


def _by_speaker(st: Statement, verb: int) -> bool:
    """``verb`` has no subject of its own, or the speaker is its subject ("*he rejects* the remarks")."""
    subj = subject(st.table, verb)
    return subj is None or is_speaker(st, subj)


#: Verbs of repudiating what someone said or did (:func:`repudiation`).
_REPUDIATING: Final = frozenset({"reject", "repudiate", "disavow"})
#: Nouns of someone's words or behaviour, which a repudiation condemns (:func:`repudiation`).
_OFFENSIVE_CONDUCT: Final = frozenset({
    "comment", "remark", "rhetoric", "language", "behavior", "behaviour", "conduct",
})


def cue_class(st: Statement) -> tuple[str, int | None] | None:
    """The cue's own act where it is specific and nothing above applied: "denied", "accused", "called
    for", "praised", "predicted", "admitted". A criticism verb whose object is a person or organisation
    is an accusation ("slammed *Trump*"); with an event or a thing it condemns ("condemned the
    strikes"), and so does one whose object is a person's act ("decried *Smith's* attempts": Smith is the
    target). A concession cue ("acknowledged", "admitted") concedes."""
    table, cue = st.table, st.cue
    if cue is not None and table.lemma[cue] in lx.CONCESSION_CUES:
        return lx.CONCEDE, cue
    if cue is not None and (table.lemma[cue], _particle(table, cue)) in lx.CRITICISING_PHRASES:
        named = _called_out(table, cue)
        if named is not None:  # "*called out* the senator for skipping the hearings"; not "she called out"
            st.judged = named
            return lx.ACCUSE, cue
    act = st.cue_act
    if cue is not None and table.lemma[cue] in lx.DOUBT_CUES:
        doubted = _doubted(st)
        if doubted is not None:
            return doubted
    if act in (lx.ASSERT, lx.QUESTION, lx.THREATEN) or (cue is not None and naming_use(table, cue)):
        return None
    if act == lx.SUPPORT and agreed_clause(st):  # rule "agreed_assertion": "agreed that the law was flawed"
        return None
    if act == lx.PREDICT and _told_past(st):
        st.spared = "past_estimate"
        return None
    if act == lx.CONDEMN and st.act_root is not None:
        obj = act_object(table, st.act_root)
        if obj is not None and is_agent(table, obj):
            return lx.ACCUSE, st.act_root
        owner = possessor(table, obj) if obj is not None else None
        if owner is not None and _accountable(table, owner):  # "decried *Smith's* attempts to close ...": his act
            st.judged = owner
            return lx.ACCUSE, st.act_root
        agent = _named_person(st)
        if agent is not None:  # "blasted the ads portraying *Cruz* as a flip-flopper": Cruz is criticised
            st.judged = agent
            return lx.ACCUSE, st.act_root
        if obj is not None and _doerless_deed(table, obj):  # "slammed *the proposal* as divisive" (act52)
            st.judged = obj
            return lx.CONDEMN, st.act_root
        if table.lemma[st.act_root] not in _MORAL_CONDEMNATION:  # "criticized *for* not raising rates"
            return lx.ACCUSE, st.act_root
    return act, st.act_root


def _doerless_deed(table: TokenTable, i: int) -> bool:
    """``i`` is a noun of words or conduct (:data:`_FAULTED_DEEDS`) that names no doer: no possessor, no person
    or organisation under it ("the proposal", "the statement", "such behavior"; not "*Trump's* proposal", "the
    ban *he* proposed", "the stance taken *by the nominee*"). Criticised by a cue, or called something strongly
    bad (a word of :data:`CONDEMNATION_THRESHOLD`: "called the plan *a mistake*" still accuses whoever made it),
    it is condemned: the fault is the deed's, no one is accused (since issue 15's act52 round: the blind judges
    read a proposal slammed with strong words and a statement called offensive as condemnations)."""
    if table.pos[i] != "NOUN" or table.lemma[i] not in _FAULTED_DEEDS or possessor(table, i) is not None:
        return False
    return not any(j != i and (is_agent(table, j) or table.pos[j] == "PRON") for j in table.subtree(i))


#: Nouns of what someone said or did, as a thing faulted (:func:`_doerless_deed`): not what is claimed ("the
#: idea", "the allegation": called false, a claim is denied) nor a standing arrangement ("the system").
_FAULTED_DEEDS: Final = frozenset({
    "statement", "remark", "comment", "proposal", "behavior", "behaviour", "conduct", "policy", "ban", "stance",
    "decision", "action", "rhetoric", "language", "treatment", "practice", "plan", "tactic", "move", "ruling",
})


def advocacy(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``advocacy`` (issue 15's act70 round): a cue of arguing for something backs it, so the statement
    supports what it argues for: "the senator *advocates* a carbon tax", "the mayor *argued for* closing the
    depot", "she *argued for* a new name for the party". The cue is "advocate" with a noun object, or "argue"
    with a "for" whose object is a noun or a gerund; the object is in the content (the content is what is
    argued for) and is the target. Not negated ("never argued for a ban" backs none), and "argued *that* ..."
    (a clause, what is claimed) or "argued *against* ..." is left to the other rules. Both cues are otherwise
    assertions (``lexicons.REPORTING_CUES``): "argue" mostly tells a claim, and only its "for" tells a side."""
    table, cue = st.table, st.cue
    if cue is None or table.pos[cue] != "VERB" or table.lemma[cue] not in _ADVOCATING:
        return None
    if _negated_plainly(table, cue):
        return None
    dep, children = table.dep, table.children
    obj: int | None = None
    if table.lemma[cue] == "advocate":
        obj = next((c for c in children[cue] if dep[c] == "dobj"), None)
    else:
        prep = next((c for c in children[cue] if dep[c] == "prep" and table.lower[c] == "for"), None)
        if prep is not None:
            obj = next((g for g in children[prep] if dep[g] in ("pobj", "pcomp")), None)
    if obj is None or obj not in st.inside or table.pos[obj] not in ("NOUN", "PROPN", "VERB"):
        return None
    st.judged = obj
    return lx.SUPPORT, cue


#: Cues of arguing for something (:func:`advocacy`): "advocate" (its object), "argue" (its "for").
_ADVOCATING: Final = frozenset({"advocate", "argue"})


def circumstance_blamed(st: Statement) -> tuple[str, int | None] | None:
    """A blame cue ("blamed", "faulted") whose object is a thing, with no person or organisation in it nor owning
    it, and no "on" naming one blamed, asserts: "blamed *the heavy storms* for the collapse", "blames *the national
    debt* for high rents" explain a failure by its circumstances and accuse no one (since issue 15's act52 round:
    a blind judge's kind, "explains the failure by circumstances = assert"). Before :func:`cue_class`, and it
    decides (a failure named in the content is no one's fault either). "Blamed *the violence* on a disturbed
    man" and "blamed *the senator* for the delay" still accuse; so does a deed named ("blamed *the policy*":
    someone's policy, left to the cue)."""
    root = st.act_root
    if st.cue_act != lx.ACCUSE or root is None or not _circumstance_blamed(st.table, root):
        return None
    return lx.ASSERT, root


def _circumstance_blamed(table: TokenTable, root: int) -> bool:
    """:func:`circumstance_blamed`'s test of the blame verb ``root``."""
    if table.lemma[root] not in _BLAME_CUES:
        return False
    if any(table.dep[c] in ("nsubjpass", "agent") for c in table.children[root]):
        return False
    obj = next((c for c in table.children[root] if table.dep[c] == "dobj"), None)
    if obj is None or table.pos[obj] != "NOUN" or lexical.noun_kind(table.lemma[obj]) in _PEOPLE_KINDS:
        return False
    lemma = table.lemma[obj]
    if lemma in _FAULTED_DEEDS or lemma in _MADE_THINGS or lemma == "other" or possessor(table, obj) is not None:
        return False
    if lemma in _AGENT_NOUNS or table.lower[obj] in _AGENT_NOUNS:  # "blames *media*" (lemma "medium")
        return False
    if any(_blamed_on(table, c) for c in table.children[root]):  # "blamed the shootings *on* sick people"
        return False
    return not any(is_agent(table, j) or table.pos[j] in ("PRON", "PROPN") or _blamed_on(table, j)
                   for j in table.subtree(obj))


def _blamed_on(table: TokenTable, i: int) -> bool:
    """``i`` is the "on" of "blame X *on* Y", which names the one blamed."""
    return table.dep[i] == "prep" and table.lower[i] == "on"


#: Things someone made or agreed, blamed as a deed of theirs, not a circumstance (:func:`_circumstance_blamed`).
_MADE_THINGS: Final = frozenset({"deal", "agreement", "law", "bill", "treaty", "program", "programme", "cut", "tax"})


#: The cues of laying a blame (:func:`_circumstance_blamed`).
_BLAME_CUES: Final = frozenset({"blame", "fault"})


def _told_past(st: Statement) -> bool:
    """The content tells the past: every main predicate is in the past tense or the perfect, with no modal
    ("estimates that its members *knocked* on 40,000 doors", "*have cleared* the backlog", "we*'ve lost*
    3,000 jobs"; not "*would have lost* power"). Under a cue of predicting ("estimates", "projects") it
    estimates what was, it foretells nothing (since issue 15's act26 round: the judges read such estimates as
    assertions); the later rules read it."""
    if not st.preds:
        return False
    for pred in st.preds:
        time = verb_time(st.table, pred)
        if time.modal or not (time.past_form or time.perfect):
            return False
    return True


#: The auxiliaries of a past participle that tell the past: the perfect ("have lost", "we've lost") and the
#: past passive ("were cut") (:func:`_told_past`).
_PERFECT_OR_PAST: Final = lx.PERFECT_AUXILIARIES | lx.PAST_BE


def _called_out(table: TokenTable, cue: int) -> int | None:
    """The person or organisation a criticising phrasal cue names: its object ("*called out* the sheriff
    for the delays", "called out *his rival* Dana Ortiz", where the small model may read "rival" as an
    adjective: its apposition is then the one named), or in the passive its subject ("*the sheriff* was
    called out by the treasurer"). None when it names no one: "called out" to a crowd, or over a clause, is
    shouting, no accusation ('"Stand back," the deputy called out')."""
    dep, kids = table.dep, table.children[cue]
    named = next((c for c in kids if dep[c] == "nsubjpass"), None)
    if named is None:
        named = act_object(table, cue)
    if named is None:
        named = next((c for c in kids if dep[c] in ("dobj", "oprd")), None)
    if named is None:
        return None
    if is_agent(table, named) or (table.pos[named] == "NOUN"
                                  and lexical.noun_kind(table.lemma[named]) in _PEOPLE_KINDS):
        return named
    return next((c for c in table.children[named] if dep[c] == "appos" and is_agent(table, c)), None)


#: Verbs of moral condemnation: said of an event or a thing they condemn it ("condemned the strikes"); the
#: other criticism verbs ("criticized for not raising rates", "blasted the delegate system") find fault
#: with whoever did or made it, an accusation (since the eleventh act round).
_MORAL_CONDEMNATION: Final = frozenset({"condemn", "denounce", "decry", "deplore", "censure", "repudiate"})


def dismissal(st: Statement) -> tuple[str, int | None] | None:
    """Calling a claim or a worry false or overblown denies it: "the allegations are *baseless*",
    "concerns about the drug makers were *overblown*", "the report is *false*" (a main predicate "be"
    whose subject is a noun of what is said or feared, :data:`~claimex.lexicons.CLAIM_NOUNS` or
    :data:`_DISMISSED_NOUNS`, and whose complement is a word of denial, :data:`_DISMISSING`). The
    dismissed noun is the target."""
    table = st.table
    lemma, dep, children = table.lemma, table.dep, table.children
    first = st.content[0]
    if table.lower[first] == "no" and dep[first] == "intj" and _quoted(st):  # "No, we are not where ..."
        return lx.DENY, st.act_root
    if _bare_no(table, st.content):  # "Absolutely not. Absolutely not," she responded
        return lx.DENY, st.act_root
    if _has_terms(st, _DISBELIEF_VERBS) and any(_disbelieved(table, i) for i in st.content):  # "Don't believe it"
        return lx.DENY, st.act_root
    for pred in st.preds:
        if not is_copula(table, pred):
            if _idle_claim(table, pred):  # "the numbers don't add up"
                return lx.DENY, st.act_root
            continue
        if _nothing_to_it(table, pred):  # "there is no truth to the report"
            return lx.DENY, st.act_root
        subj = subject(table, pred)
        if subj is None:
            continue
        if table.pos[subj] == "PRON" and table.lower[subj] in _ANSWERED:  # "that's not true", "it is false"
            if _untrue(table, pred):
                return lx.DENY, st.act_root
            continue
        if table.pos[subj] != "NOUN" or not (lemma[subj] in lx.CLAIM_NOUNS or lemma[subj] in _DISMISSED_NOUNS):
            continue
        if _untrue(table, pred) or any(  # "the idea that I would cut pensions is *not accurate*" (act22 round)
                dep[c] in ("acomp", "attr") and (lemma[c] in _DISMISSING or table.lower[c] in _DISMISSING)
                for c in children[pred]):
            st.judged = subj
            return lx.DENY, st.act_root
    return None


def moral_rejection(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``moral_rejection`` (issue 15's act84 round): rejecting an idea, a plan or someone's remarks as
    morally wrong condemns them; it denies nothing, for no charge or claim is answered: "the idea of jailing
    every protester is *absurd, cruel and un-American*", "I disavow those remarks ... it is *unacceptable*" (a
    statement a denial rule would read as deny, :func:`performative` with a verb of denial or
    :func:`dismissal`, that also holds a copula, not negated, whose complement or a word joined to it is a word
    of moral rejection, :data:`_MORAL_REJECTION`, said of a deed or words, :func:`_deed`, that is no charge,
    :data:`~claimex.lexicons.ACCUSATION_NOUNS`: "the charge that I lied is *disgraceful*" still denies). Read
    before :func:`performative`."""
    if not _has_terms(st, _MORAL_REJECTION):  # most contents
        return None
    table = st.table
    dep, children, lemma, lower = table.dep, table.children, table.lemma, table.lower
    rejected = None
    for pred in st.preds:
        if not is_copula(table, pred) or _negated_plainly(table, pred):
            continue
        said = [c for c in children[pred] if dep[c] in ("acomp", "attr")]
        said += [g for c in said for g in children[c] if dep[g] in ("conj", "amod")]
        if not any(lower[w] in _MORAL_REJECTION or lemma[w] in _MORAL_REJECTION for w in said):
            continue
        subj = subject(table, pred)
        if subj is not None and _deed(table, subj) and lemma[subj] not in lx.ACCUSATION_NOUNS:
            rejected = subj
            break
    if rejected is None:
        return None
    denied = _tried(st, performative) or _tried(st, dismissal)  # the denial rules' target is not this rule's
    if denied is None or denied[0] != lx.DENY:
        return None
    if table.pos[rejected] == "NOUN":
        st.judged = rejected
    return lx.CONDEMN, st.act_root


def _tried(st: Statement, rule: ActRule) -> tuple[str, int | None] | None:
    """What act rule ``rule`` reads on ``st``, with the party it would judge (``st.judged``) left as it was: a rule
    asked only whether it would fire (:func:`moral_rejection` asks the denial rules, :func:`had_better` asks
    :func:`rallying`)."""
    judged = st.judged
    try:
        return rule(st)
    finally:
        st.judged = judged


#: Words of moral rejection (:func:`moral_rejection`; in :data:`PREFILTER_TERMS`): said of an idea or of words
#: they condemn it.
_MORAL_REJECTION: Final = frozenset({
    "inhumane", "un-american", "unamerican", "unacceptable", "immoral", "unconscionable", "shameful",
    "disgraceful", "despicable", "reprehensible", "deplorable", "abhorrent", "inexcusable", "indefensible",
    "intolerable", "outrageous", "disgusting", "appalling", "cruel", "bigoted", "racist",
})


def _bare_no(table: TokenTable, content: Sequence[int]) -> bool:
    """An answer that is nothing but a negation, with its intensifiers: "*Absolutely not*", "*Of course
    not*", "*No, never*" (since the eleventh act round): it says no to what was asked or claimed."""
    if len(content) > _BARE_LONGEST:  # most statements: longer (the cheap test first)
        return False
    words = [table.lower[i] for i in content]
    return all(w in _BARE_NEGATIONS or w in _BARE_INTENSIFIERS for w in words) and not _BARE_NEGATIONS.isdisjoint(
        words)


#: The negations of a bare answer, and the words that may go with them (:func:`_bare_no`).
_BARE_NEGATIONS: Final = frozenset({"no", "not", "never", "nope", "nah"})
#: The longest bare answer read ("Absolutely not. Absolutely not": 4 words; "no, no, no, of course not": 6).
_BARE_LONGEST: Final = 8
_BARE_INTENSIFIERS: Final = frozenset({"absolutely", "certainly", "definitely", "of", "course", "surely",
                                       "hell", "way", "at", "all", "ever", "sir", "ma'am", "well", "oh"})
#: Pronouns that answer what was said: "*that*'s not true", "*it* is false" (since the ninth round).
_ANSWERED: Final = frozenset({"that", "this", "it"})
#: Words of a statement's falsehood said of an answered pronoun (not "wrong" or "absurd": "that's wrong"
#: of an act condemns it).
_FALSE: Final = frozenset({"false", "untrue", "nonsense", "baseless", "groundless", "unfounded", "fabricated",
                           "bogus", "inaccurate", "incorrect", "fake", "lie", "hoax", "myth"})


#: Idioms of a claim that fails when negated: "doesn't *add up*", "doesn't *hold water*", "doesn't *check
#: out*" (the verb and its particle or object; not "hold up" or "stand up": "did not hold up its end of the
#: deal" accuses).
_HOLDING_IDIOMS: Final = frozenset({("add", "up"), ("hold", "water"), ("check", "out")})
_HOLDING_VERBS: Final = frozenset(verb for verb, _ in _HOLDING_IDIOMS)


def _idle_claim(table: TokenTable, pred: int) -> bool:
    """A negated idiom of a claim that holds (:data:`_HOLDING_IDIOMS`): "the numbers *don't add up*"
    denies them (since the ninth round)."""
    verb = table.lemma[pred]
    if verb not in _HOLDING_VERBS or not _negated_plainly(table, pred):
        return False
    return any((verb, table.lower[c]) in _HOLDING_IDIOMS for c in table.children[pred]
               if table.dep[c] in ("prt", "dobj", "advmod", "prep"))


#: The verbs of :func:`_disbelieved` ("don't *believe* it", "do not *buy* that").
_DISBELIEF_VERBS: Final = frozenset({"believe", "buy"})


def _disbelieved(table: TokenTable, verb: int) -> bool:
    """Telling the listener not to believe what was said (since the twentieth act round): a negated "believe"
    / "buy" with no subject of its own (an imperative) and a pronoun object, "*Don't believe it*", "do not buy
    that"."""
    return table.lemma[verb] in _DISBELIEF_VERBS and _negated_plainly(table, verb) and subject(
        table, verb) is None and any(table.dep[c] == "dobj" and table.lower[c] in _ANSWERED
                                     for c in table.children[verb])


def _nothing_to_it(table: TokenTable, pred: int) -> bool:
    """An existential that finds nothing in what was said: "there is *no truth* to the report", "there is
    *no evidence* that ...", "there's *nothing to see* here" (since the ninth act round); since the
    twentieth act round also "there's *no problem*", "there was *no wrongdoing*" (the nouns of a charge in
    :data:`_GROUNDS`), "there's a *myth* that ..." (:data:`_TALES`), and a typographic "there’s", whose "’s"
    the parser makes a verb with an object."""
    if not _has_dep(table, pred, "expl"):  # a "be" of the caller
        return False
    for c in table.children[pred]:
        if table.dep[c] not in ("attr", "dobj"):  # "dobj": "there’s nothing", "’s" parsed as a verb
            continue
        kids = table.children[c]
        if table.lemma[c] in _GROUNDS and any(table.lower[g] == "no" and table.dep[g] == "det" for g in kids):
            return True
        if table.lower[c] == "nothing" and any(table.lemma[g] == "see" for g in kids):
            return True
        if table.lemma[c] in _TALES and not any(table.lower[g] == "no" for g in kids):  # "there's a myth ..."
            return True  # (twentieth act round; "there will be no lies" is none)
    return False


#: What is told and false: "there is a *myth* that ...".
_TALES: Final = frozenset({"myth", "lie", "hoax"})


#: What a claim stands on: "there is no *truth* / *evidence* / *basis* to it"; since the twentieth act round
#: also what a charge names: "there's no *problem*", "there was no *wrongdoing*".
_GROUNDS: Final = frozenset({"truth", "evidence", "basis", "merit", "substance", "proof", "problem", "wrongdoing"})


def _untrue(table: TokenTable, pred: int) -> bool:
    """"that is *not true*", "it is *false*", "this is *a lie*": the complement of "be" denies the truth of
    what the pronoun answers (a negated "true" / "accurate", or a word of :data:`_FALSE`)."""
    negated = _negated_plainly(table, pred)
    for c in table.children[pred]:
        if table.dep[c] not in ("acomp", "attr"):
            continue
        word = table.lower[c]
        if (negated and word in ("true", "accurate", "correct", "the case")) or (
                not negated and (word in _FALSE or table.lemma[c] in _FALSE)):
            return True
        if negated and word == "case" and any(table.lower[g] == "the" for g in table.children[c]):
            return True
    return False


#: What can be dismissed besides a claim: a worry ("concerns were overblown").
_DISMISSED_NOUNS: Final = frozenset({"concern", "worry", "fear", "suspicion", "number", "charge"})
#: Complements that dismiss what they are said of (with the denial words of the lexicon).
_DISMISSING: Final = lx.DENIAL_WORDS | frozenset({"overblown", "exaggerated", "overstated", "joke",
                                                  "unfair", "untrue", "fiction", "fantasy"})


def _doubted(st: Statement) -> tuple[str, int | None] | None:
    """Doubting a person's quality or act, named as the cue's object, accuses them: "questioned *the
    other's* fitness to lead", "challenged *the mayor's* account" (the object's possessor, a person or
    organisation, is the target), "questions the independence *of the judge*" (since issue 15's act28 round:
    :func:`_quality_of`: a quality or conduct of its owner, :data:`~claimex.lexicons.OWNER_QUALITY_NOUNS`, the
    owner accountable as a possessor is). A doubt with a question ("questioned *why* ...") is left to the question
    rule."""
    table, cue = st.table, st.cue
    if cue is None:
        return None
    obj = act_object(table, cue)
    if obj is None or obj not in st.content or table.pos[obj] not in ("NOUN", "PROPN"):
        return None
    owner = possessor(table, obj)
    if owner is None:
        owner = _quality_of(table, obj)  # a person or organisation, or a noun of people ("the auditor")
        if owner is None or _in_reference(table, owner) or (is_agent(table, owner) and not _accountable(table, owner)):
            return None
        st.judged = owner
        return lx.ACCUSE, cue
    if table.lower[owner] in _RECIPROCAL:  # "each *questioning the other's* fitness": rivals doubting each other
        return lx.ACCUSE, cue
    if not _accountable(table, owner):
        return None
    st.judged = owner
    return lx.ACCUSE, cue


def _quality_of(table: TokenTable, noun: int) -> int | None:
    """The person or organisation a quality or act belongs to through "of": "the independence *of the
    judge*", "the motives *of his critics*" (the object of the noun's "of", a person or organisation or a
    noun of people; "the cost *of the plan*" belongs to no one). Only a quality or conduct of its owner
    (:data:`~claimex.lexicons.OWNER_QUALITY_NOUNS`): "the safety *of the workers*", "the arrest *of the
    protesters*" befell them, and doubting it accuses no one of them."""
    if table.lemma[noun] not in lx.OWNER_QUALITY_NOUNS and table.lower[noun] not in lx.OWNER_QUALITY_NOUNS:
        return None
    for prep in table.children[noun]:
        if table.dep[prep] != "prep" or table.lower[prep] != "of":
            continue
        for owner in table.children[prep]:
            if table.dep[owner] == "pobj" and (is_agent(table, owner) or (
                    table.pos[owner] == "NOUN" and lexical.noun_kind(table.lemma[owner]) in _PEOPLE_KINDS)):
                return owner
    return None


#: The reciprocal possessors of a doubted quality (since the eighteenth act round, :func:`_doubted`): "questioned
#: *the other's* fitness to lead", "*each other's* motives", "*one another's* honesty"; who is meant is left to the
#: target's usual choice.
_RECIPROCAL: Final = frozenset({"other", "another"})


def grievance(st: Statement) -> tuple[str, int | None] | None:
    """An emotion of grievance about what someone did accuses the doer, however the rest of the content
    weighs: "*it bothers me that* the council keeps delaying the vote", "we are *disappointed that* the
    senator skipped the hearing" (a word of :data:`~claimex.lexicons.GRIEVANCE_WORDS` with a clause
    under it, or under its copula; the clause's subject, else its first person or organisation, is the
    accused)."""
    table = st.table
    lemma, lower, dep, head, children = table.lemma, table.lower, table.dep, table.head, table.children
    for i in sorted(st.valences):  # every grievance word is in the evaluation lexicon: look at those only
        if lemma[i] not in lx.GRIEVANCE_WORDS and lower[i] not in lx.GRIEVANCE_WORDS:
            continue
        holders = [i, *(c for c in children[i] if dep[c] == "conj")]  # "disturbed but not surprised that"
        if dep[i] == "acomp":
            holders.append(head[i])
        clause = next((c for h in holders for c in children[h] if dep[c] == "ccomp" and c > i), None)
        if clause is None:
            continue
        accused = _clause_agent(st, clause)
        if accused is not None:
            st.judged = accused
            return lx.ACCUSE, st.act_root
    return None


def _clause_agent(st: Statement, clause: int) -> int | None:
    """The doer of a clause: its active subject when that is a person or organisation, else the first
    person or organisation inside it (not the speaker, not a place of setting)."""
    table = st.table
    subj = subject(table, clause)
    if subj is not None and table.dep[subj] == "nsubj" and _accountable(table, subj) and not reported_self(st, subj):
        return subj
    for i in sorted(table.subtree(clause)):
        if (_accountable(table, i) and not is_first_person(table, i) and not is_setting(table, i)
                and table.dep[i] not in ("compound", "poss") and i in st.content):
            return i
    return None


def _named_person(st: Statement) -> int | None:
    """The first person or organisation named in the content (an entity of those kinds or a proper noun),
    as the subject or object of a verb: not a pronoun, not the object of a preposition ("the strikes
    *on Gaza*": a victim or a place), not inside a source reference ("according to *the report*")."""
    table = st.table
    ent, pos, dep = table.ent_type, table.pos, table.dep
    for i in st.content:
        if not (ent[i] in ("PERSON", "ORG") or (pos[i] == "PROPN" and not ent[i])):
            continue
        if dep[i] in ("nsubj", "dobj", "poss") and not _in_reference(table, i):
            return i
    return None


def naming_use(table: TokenTable, cue: int) -> bool:
    """A naming use of a cue: "called *him* a liar" (no "for" / "on"), not "called for"; with an object
    and what it is called, a "for" gives the reason: "called *him* *delusional* for the accusation"."""
    return table.lemma[cue] in lx.NAMING_CUES and _named_as(table, cue)


def _named_as(table: TokenTable, cue: int) -> bool:
    """:func:`naming_use` of a cue of :data:`~claimex.lexicons.NAMING_CUES` (apart, so that the other cues make
    no closure of its generators')."""
    kids = table.children[cue]
    if any(table.dep[c] == "oprd" for c in kids) and any(table.dep[c] in ("dobj", "dative") for c in kids):
        return True
    if any(table.dep[c] == "prep" and table.lower[c] in ("for", "on") for c in kids):
        return False
    return not any(table.dep[c] == "advcl" and _called_for(table, cue, c) for c in kids)


def reason_given(table: TokenTable, clause: int, governing_act: str) -> bool:
    """Rule "reason_given" (issue 15's act42 round): a generic cue in an adverbial clause of a directive
    cue does not take its demand (:meth:`~claimex.pipeline.claims.ClaimAnalyzer._cue_act`): "urged the
    council to sell the depot, *saying* the town needs the money" asks for the sale, and what the participle
    says is the reason; a clause with a subject of its own ("proposed a new agency, *while* the mayor *said*
    ...") is someone else's words. The content's rules read it ("..., saying the council *must* act" still
    demands through :func:`obligation`); with none, the claim records the rule's name. A complement ("asked
    her *to say* ...") still takes the demand."""
    return governing_act == lx.DEMAND and table.dep[clause] == "advcl"


def _called_for(table: TokenTable, cue: int, clause: int) -> bool:
    """A "for" right after the cue that the parse hangs on the clause it opens: "called *for* the state to
    repave the road" is a call for something, not a naming (since the fourteenth act round)."""
    return cue + 1 < len(table) and table.lower[cue + 1] == "for" and table.head[cue + 1] == clause


def concession(st: Statement) -> tuple[str, int | None] | None:
    """Granting a fault or a regret of the speaker's own concedes, whatever the cue: "*we* made a
    *mistake*", "*I* *regret* the delay", "he admits that *in hindsight* *he* would have chosen another
    route". Since issue 15's act51 round the word of fault or regret must be the speaker's own
    (:func:`_owned_concession`): before, any word of the list conceded wherever the speaker was a main
    subject ("*we* all respect that *he apologized*", "*he* received an apology")."""
    table = st.table
    lemma, lower = table.lemma, table.lower
    if st.terms is not None:
        if st.terms.isdisjoint(lx.CONCESSION_WORDS):  # read once with the other word lists
            return None
    elif not any(lemma[i] in lx.CONCESSION_WORDS or lower[i] in lx.CONCESSION_WORDS for i in st.content):
        return None
    for i in st.content:
        if (lemma[i] in lx.CONCESSION_WORDS or lower[i] in lx.CONCESSION_WORDS) and _owned_concession(st, i):
            return lx.CONCEDE, st.act_root
    return None


def _owned_concession(st: Statement, word: int) -> bool:
    """Rule ``owned_concession`` (issue 15's act51 round): the word of fault or regret ``word`` is the
    speaker's own. A noun with a possessor is the possessor's ("*my* apologies" concedes, "*his* mistake",
    "*Sanders'* apology" do not); else the nearest subject above the word, in the content, is the speaker
    ("*we* made some mistakes", "*I* regret making them", "in hindsight *she* would have chosen ...", or counts
    the speaker in: "she has made mistakes, *just like I have*"; not "*they* have apologized", "the mistakes
    made by *the governor*", "*it* could have been handled differently").
    Not a fault or regret denied or withheld ("I apologize *to nobody*", "we acted *no differently*"; "in
    hindsight, I don't think it was" still concedes), an apology received or asked for ("he *received* an
    apology"), the sympathy of "*we are sorry to hear* of ..." (:data:`_SYMPATHY_VERBS`; "*I'm sorry to tell*
    you" and "*I regret to say*" grant an unwelcome point and concede), a regret of what someone else does
    ("*I regret they* don't listen", "I'm sorry that *whoever* wrote it had that impression") or one that is
    only supposed ("I would regret it *if* I didn't"), nor one in words the speaker retells ("she is left with
    *saying I made a mistake*"), nor one in a question ("and you want *us* to repeat these *mistakes*?")."""
    table = st.table
    dep, lemma, lower, children = table.dep, table.lemma, table.lower, table.children
    start, end = table.sentence_bounds(word)
    stop = min(end + 1, table.n)  # the question mark looked for in the text first (in C), as :func:`_asks` does
    if "?" in table.text[table.idx[start]: table.end[stop - 1]] and any(
            table.word(i) == "?" for i in range(start, stop)):
        return False  # "you want us to repeat these mistakes?": a question grants nothing
    owner = possessor(table, word)
    if owner is not None:
        return is_first_person(table, owner)
    if dep[word] == "dobj" and lemma[table.head[word]] in _RECEIVING_FAULT:
        return False
    if lemma[word] in _REGRETTING and not _regret_of_own(st, word):
        return False
    pred, inside = word, set(st.content)
    while table.subjects[pred] in (None, word) and table.head[pred] != pred and table.head[pred] in inside:
        pred = table.head[pred]  # a word the parse made a subject ("a mistake getting involved") is no owner
    subj = table.subjects[pred]
    if subj is None or subj == word or not (is_speaker(st, subj) or _counted_in(st, pred)):
        return False
    saying = table.head[pred]
    teller = table.subjects[saying]
    if dep[pred] == "ccomp" and saying in inside and lemma[saying] in _RETELLING and (
            teller is None or not is_speaker(st, teller)):
        return False  # "she is left with *saying I made a mistake*": someone else's words
    if lower[word] in _HINDSIGHT:
        return True
    denied = (word, pred, *(c for c in children[word] if dep[c] in ("advmod", "npadvmod", "det")))
    return not any(_negated_plainly(table, i) or lower[i] == "no" for i in denied) and not any(
        lower[g] in _NOBODY for c in children[pred] if dep[c] == "prep" for g in children[c])


def _counted_in(st: Statement, pred: int) -> bool:
    """The speaker counts themselves in another's fault (:func:`_owned_concession`): a "like" / "as" clause of
    the fault's predicate whose subject is the speaker ("she has made mistakes, *just like I have*", "the
    senator erred, *as we all have*")."""
    table = st.table
    for c in table.children[pred]:
        subj = table.subjects[c]
        if table.dep[c] == "advcl" and subj is not None and is_speaker(st, subj) and any(
                table.lower[m] in ("like", "as") for m in table.children[c]):
            return True
    return False


def _regret_of_own(st: Statement, word: int) -> bool:
    """A "sorry" / "regret" that holds a regret of the speaker's own deed (:func:`_owned_concession`): not
    with an infinitive of sympathy ("sorry *to hear*"), nor a clause whose subject is not the speaker, nor under "would"
    / "will" with an "if" clause."""
    table = st.table
    dep, children = table.dep, table.children
    for c in children[word]:
        if dep[c] == "xcomp" and table.lemma[c] in _SYMPATHY_VERBS:
            return False
        if dep[c] == "ccomp":
            subj = table.subjects[c]
            if subj is not None and not is_speaker(st, subj):
                return False
    verb = word if table.pos[word] in ("VERB", "AUX") else table.head[word]
    return not (any(table.lower[c] in ("would", "will", "'d", "'ll") for c in children[verb]) and any(
        dep[c] == "advcl" and any(table.lower[m] == "if" for m in children[c]) for c in children[verb]))


#: The words of regret whose complement says whose deed is regretted (:func:`_regret_of_own`).
_REGRETTING: Final = frozenset({"sorry", "regret"})
#: Verbs of saying and hearing: a clause of a course noun with one describes, it does not prescribe ("the best
#: way I can *tell* it", :func:`_marked_course`).
_FORMULA_VERBS: Final = frozenset({"say", "tell", "hear", "report", "inform", "announce", "learn", "see", "read"})
#: Infinitives of a regret that is sympathy, no fault granted ("*sorry to hear* of the closure"); a regret of
#: saying ("*I'm sorry to tell* you", "*I regret to say*") grants an unwelcome point and still concedes (two
#: blind A/B readings of the act20 and act18 rounds chose the concession over the accusation a rule read there).
_SYMPATHY_VERBS: Final = frozenset({"hear", "learn", "see", "read"})
#: Verbs whose object, an apology or a mistake, is someone else's ("*received* an apology").
_RECEIVING_FAULT: Final = frozenset({"receive", "get", "accept", "appreciate", "demand", "want", "expect",
                                     "deserve", "seek", "welcome"})
#: Verbs of saying whose clause is the words of their own subject, not the speaker's ("*saying I* made a mistake").
_RETELLING: Final = frozenset({"say", "tell", "write", "admit", "claim", "insist"})
#: Words of looking back that concede under a negation too ("*in retrospect*, I don't think it was").
_HINDSIGHT: Final = frozenset({"retrospect", "hindsight"})
#: An object that withholds the apology ("I apologize *to nobody*").
_NOBODY: Final = frozenset({"nobody", "noone", "none"})


def confession(st: Statement) -> tuple[str, int | None] | None:
    """The speaker saying they did wrong concedes it (since the ninth round): "*I hurt* a lot of people",
    "the hacker said *he victimized* nearly 100 Americans", "*we misled* our members" (a main verb in the
    past, not negated, with a negative valence of at least :data:`PREDICATION_THRESHOLD`, whose subject is
    the speaker: a first-person pronoun, or the pronoun that stands for the speaker in reported speech)."""
    table = st.table
    vals = st.valences
    for pred in st.preds:
        if vals.get(pred, 0.0) > -PREDICATION_THRESHOLD or table.pos[pred] != "VERB":
            continue
        if table.doc[pred].tag_ not in ("VBD", "VBN") or _negated_plainly(table, pred):
            continue
        subj = subject(table, pred)
        if subj is None or table.dep[subj] != "nsubj":
            continue
        if is_first_person(table, subj) or (not _quoted(st) and (reported_self(st, subj)
                                                                 or _reported_person(st, subj, agree=True))):
            return lx.CONCEDE, st.act_root
    return None


def admission(st: Statement) -> tuple[str, int | None] | None:
    """A statement that someone admitted something reports a concession, whatever the cue (since the
    twelfth act round): "the campaign manager *acknowledged* the two had split the first contests", "she
    *now concedes that* the plan would be harder" (a main predicate of :data:`_ADMITTING`, not negated, with
    a clause or an object)."""
    table = st.table
    if not _has_terms(st, _ADMITTING_TERMS):
        return None
    for pred in st.preds:
        if table.pos[pred] != "VERB" or _negated_plainly(table, pred):
            continue
        if table.lemma[pred] in _ADMITTING and any(table.dep[c] in ("ccomp", "dobj") for c in table.children[pred]):
            return lx.CONCEDE, st.act_root
        if _owned_blame(st, pred):
            return lx.CONCEDE, st.act_root
    return None


def _owned_blame(st: Statement, pred: int) -> bool:
    """The speaker taking the responsibility or the blame concedes (since the thirteenth act round): a main
    predicate of :data:`_TAKING` whose subject is the speaker, with "responsibility" or "blame" as its
    object ("*I take full responsibility*", "the mayor said *she accepted the blame*"); not in a question
    ("do I bear responsibility for that?" rejects it), nor "our responsibilities", a duty."""
    table = st.table
    if table.lemma[pred] not in _TAKING or _asks(st):
        return False
    subj = subject(table, pred)
    return subj is not None and is_speaker(st, subj) and any(
        table.dep[c] == "dobj" and table.lower[c] in _BLAME_NOUNS for c in table.children[pred])


def _asks(st: Statement) -> bool:
    """A question mark inside the content or right after it (the content holds no punctuation)."""
    table = st.table
    end = min(st.content[-1] + 2, table.n)
    if "?" not in table.text[table.idx[st.content[0]]: table.end[end - 1]]:  # most contents: one search in C
        return False
    return any(table.word(i) == "?" for i in range(st.content[0], end))


#: Verbs of taking on a burden, and the burdens owned (:func:`_owned_blame`).
_TAKING: Final = frozenset({"take", "accept", "bear", "shoulder", "assume", "own"})
_BLAME_NOUNS: Final = frozenset({"responsibility", "blame"})


#: Verbs of admitting: a reported admission concedes ("recognize", "grant" have other senses).
_ADMITTING: Final = frozenset({"acknowledge", "admit", "concede", "confess"})
#: The words :func:`admission` looks for before reading the parse.
_ADMITTING_TERMS: Final = _ADMITTING | _BLAME_NOUNS


def reproach(st: Statement) -> tuple[str, int | None] | None:
    """A past obligation left unmet reproaches whoever failed it (since the twelfth act round): "*the mayor
    should have repaired* the bridge before the winter", "the board *ought to have warned* the tenants"
    accuse (the subject, a person or organisation that is not the speaker, is the accused); said of the
    speaker it regrets: "*I should not have benched* my best striker" concedes (a main predicate with
    "should" / "ought" / "must" and "have" before a past participle: the counterfactual of an obligation
    is a judgement of what was done, not a demand)."""
    table = st.table
    dep, lower = table.dep, table.lower
    if not _has_terms(st, _REPROACHING):  # most contents: no such modal
        return None
    for pred in st.preds:
        if not any(lower[c] == "have" and dep[c] == "aux" for c in table.children[pred]):
            continue
        aux = _modal_children(table, pred)
        if not any(a in _REPROACHING for a in aux) or table.doc[pred].tag_ != "VBN":
            continue
        subj = subject(table, pred)
        if subj is None or table.dep[subj] != "nsubj":
            continue
        if is_speaker(st, subj) or (not _quoted(st) and _reported_person(st, subj, agree=True)):
            return lx.CONCEDE, st.act_root
        if is_agent(table, subj):
            st.judged = subj
            return lx.ACCUSE, st.act_root
    return None


#: Modals whose perfect ("should have done") reproaches a past failure.
_REPROACHING: Final = frozenset({"should", "ought", "must"})


def necessity(st: Statement) -> tuple[str, int | None] | None:
    """Calling something necessary (since the twelfth act round): with a clause of what must happen it
    demands it ("*it is necessary to* rebuild the levees", "*there is an urgent need for* the county *to*
    repair them", "called *it critical that* the council act"); said of a thing it backs the thing ("the rail
    line *is* absolutely *vital*", "the list *was important*": support, the thing is the target). A
    main "be" (or a naming cue's object) with a word of :data:`_NECESSARY` as complement; "critical *of*"
    criticises and "how important" exclaims: neither counts."""
    table = st.table
    if not _has_terms(st, _NECESSARY):  # most contents
        return None
    cue = st.cue
    if cue is not None and table.lemma[cue] in lx.NAMING_CUES:  # "called it critical that the council act"
        named = next((c for c in table.children[cue] if table.dep[c] == "dobj"), None)
        word = next((c for c in table.children[cue] if table.dep[c] in ("oprd", "ccomp", "xcomp")), None)
        if named is not None and table.lower[named] == "it" and word is not None and _necessary(table, word):
            return lx.DEMAND, cue
    for pred in st.preds:
        if not is_copula(table, pred):
            continue
        word = next((c for c in table.children[pred] if table.dep[c] in ("acomp", "attr")
                     or (table.dep[c] == "dobj" and table.lemma[pred] != "be")), None)  # "it’s *time*": a verb's object
        if word is None or not _necessary(table, word, pred):
            continue
        kids = table.children[pred]
        expletive = any(table.dep[c] == "expl" for c in kids) or any(
            table.lower[c] == "it" and table.dep[c] == "nsubj" for c in kids)
        clause = any(table.dep[c] in _CLAUSE_DEPS for c in (*kids, *table.children[word]))  # "for X to act"
        if expletive and clause:
            if knowing_frame(table, (*kids, *table.children[word])):
                st.spared = "knowing_frame"
                return None
            return lx.DEMAND, st.act_root
        subj = subject(table, pred)
        if (subj is not None and table.pos[subj] == "NOUN" and not is_agent(table, subj)
                and table.ent_type[subj] not in ("DATE", "TIME") and table.lemma[word] != "need"):
            st.judged = subj
            return lx.SUPPORT, st.act_root
    return None


def knowing_frame(table: TokenTable, kids: Sequence[int]) -> bool:
    """A necessity whose clause is a verb of knowing with a clause of its own (since issue 15's act36 round):
    "it's important *that voters understand that* the senator skipped every hearing", "it is important *to
    remember how far* the town has come" frame what follows as a fact to keep in mind, no call for anyone to
    do anything; the later rules read the content (the criticism in it accuses). ``kids`` are the children
    of the copula and of its word of necessity; the verb of knowing (:data:`~claimex.lexicons.KNOWING_VERBS`)
    is one of their clauses and has a clause (``ccomp``) under it. "it's important to *let* them *know*
    that ..." is a call to tell them (the clause's verb is "let")."""
    return any(table.dep[c] in _CLAUSE_DEPS and table.lemma[c] in lx.KNOWING_VERBS
               and any(table.dep[g] == "ccomp" for g in table.children[c]) for c in kids)


def _necessary(table: TokenTable, word: int, pred: int | None = None) -> bool:
    """A word of necessity, not "critical of" (a criticism), "how important" (an exclamation) or "the first
    time"."""
    lemma = table.lemma[word]
    if lemma not in _NECESSARY:
        return False
    kids = table.children[word]
    if any(table.lower[c] in ("of", "how") for c in kids):
        return False
    if lemma != "time":
        return True
    clauses = (*kids, *(table.children[pred] if pred is not None else ()))  # the parse hangs it on either
    return table.lower[word] == "time" and not any(table.dep[c] == "amod" and table.lower[c] not in ("high", "past")
                                                   for c in kids) and any(  # "it is (high) time *to* act"
        table.dep[c] in _CLAUSE_DEPS and any(table.lower[g] == "to" and table.dep[g] == "aux"
                                             for g in table.children[c]) for c in clauses)


_CLAUSE_DEPS: Final = frozenset({"ccomp", "xcomp", "acl", "relcl", "advcl"})
#: Words of necessity ("it is *necessary* to", "there is a *need* for them to", "is absolutely *vital*").
_NECESSARY: Final = frozenset({"necessary", "essential", "imperative", "vital", "crucial", "critical", "urgent",
                               "important", "need", "time"})


def prescribed_deed(st: Statement) -> tuple[str, int | None] | None:
    """A deed called a priority or a necessity demands it (since issue 15's act30 round): "*repealing the
    parking tax should be a priority*", "*closing the old prison is an imperative*". A main "be", not
    negated, whose complement is a word of :data:`~claimex.lexicons.PRESCRIBING_WORDS` and whose subject is
    a deed: a gerund ("*Repealing* the tax"), or a gerund the tagger read as the first word of a name
    ("*Closing* Gitmo", a compound of the subject). The deed's object is the target ("the tax"), or the
    name it leads ("Gitmo"). Not a word of means with "to" / "for" and no modal ("winning Ohio is crucial
    *for* the governor": what a person needs, told by an observer; "should be a priority *for* the next
    president" still prescribes); not a future ("protecting the parks *will be* a top priority": the
    speaker's plan, left to :func:`prediction`). :func:`necessity` reads a thing called necessary (support) and an
    extraposed clause ("it is necessary to ..."); the judges read these deeds as demands where the stage
    asserted them."""
    table = st.table
    if not _has_terms(st, lx.PRESCRIBING_WORDS):  # most contents
        return None
    for pred in st.preds:
        if not is_copula(table, pred) or _negated_plainly(table, pred) or is_future(table, pred):
            continue
        kids = table.children[pred]
        word = next((w for c in kids if table.dep[c] in ("attr", "acomp")
                     for w in (c, *table.children[c])  # "is *one imperative*": the parse may make "one" the head
                     if table.lemma[w] in lx.PRESCRIBING_WORDS and (w == c or table.lower[c] == "one")), None)
        if word is None:
            continue
        if not any(table.doc[c].tag_ == "MD" for c in kids) and any(
                table.dep[c] == "prep" and table.lower[c] in ("for", "to") for c in table.children[word]):
            continue
        deed = _deed_subject(table, pred)
        if deed is None:
            continue
        st.judged = deed
        return lx.DEMAND, st.act_root
    return None


def prescribed_course(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``prescribed_course`` (issue 15's act51 round): the course of action called the way to go demands
    it: "*the way to win* the county *is to knock* on doors", "*the best thing* the council can do *is to
    sell* the depot", "one of the *things* would be *to cut* the fees". A main "be" in the present or under
    "would" (not "will": "the first step *will be* to ..." tells a plan), not negated, not in a question,
    whose subject is a noun of a course of action (:data:`_COURSE_NOUNS`: way, thing, step, answer, solution
    ...) marked as the one to take ("one of" them; an adjective of :data:`_COURSE_MARKS`: best, only, right
    ...; or a clause of its own: "to win", "the council can do"), and whose complement is a "to" infinitive,
    the deed asked for (its object the target, as :func:`obligation`'s). Not "the way I would describe him is
    to say ..." (a verb of saying), nor a past "the best thing was to wait" (a course told), nor a noun of aim
    ("my job is to ...", "the goal is to ...": a plan, not a call), nor an easy or eye-opening thing (no
    course marked)."""
    table = st.table
    if not _has_terms(st, _COURSE_NOUNS):
        return None
    dep, lemma, lower, children, subjects = table.dep, table.lemma, table.lower, table.children, table.subjects
    # only a predicate whose subject is a course noun or the "one" of "one of the things" can fire: read first
    preds = [p for p in st.preds if (s := subjects[p]) is not None and (lemma[s] in _COURSE_NOUNS or lower[s] == "one")]
    if not preds or _asks(st):
        return None
    for pred in preds:
        if not is_copula(table, pred) or _negated_plainly(table, pred) or table.doc[pred].tag_ == "VBD":
            continue
        if any(table.lower[c] in _PLANNED for c in children[pred]):  # "the first step will be to ...": a plan
            continue
        subj = table.subjects[pred]
        marked = False
        if subj is not None and table.lower[subj] == "one":  # "one of the things would be to ...": one to take
            subj = next((g for c in children[subj] if dep[c] == "prep" and table.lower[c] == "of"
                         for g in children[c] if dep[g] == "pobj"), None)
            marked = True
        if subj is None or lemma[subj] not in _COURSE_NOUNS or not (marked or _marked_course(table, subj)):
            continue
        deed = next((c for c in children[pred] if dep[c] in ("xcomp", "ccomp", "advcl")
                     and table.pos[c] in ("VERB", "AUX") and lemma[c] not in lx.HEDGED_SAYING_VERBS
                     and any(dep[g] == "aux" and table.lower[g] == "to" for g in children[c])), None)
        if deed is None:
            continue
        st.judged = _demanded(table, deed)
        return lx.DEMAND, st.act_root
    return None


def _marked_course(table: TokenTable, noun: int) -> bool:
    """The course noun is marked as the one to take (:func:`prescribed_course`): an adjective of
    :data:`_COURSE_MARKS`, or a clause of its own, an infinitive or one with a modal ("the way *to win*", "the
    thing *we must do*"; not "the way the towns *are going*", a course described) whose verb is no verb of
    saying ("the best way *I can describe* him")."""
    for c in table.children[noun]:
        if table.dep[c] == "amod" and table.lemma[c] in _COURSE_MARKS:
            return True
        if table.dep[c] in ("relcl", "acl") and table.pos[c] in ("VERB", "AUX") and (
                table.lemma[c] not in lx.HEDGED_SAYING_VERBS and table.lemma[c] not in _FORMULA_VERBS) and any(
                table.dep[g] == "aux" and (table.lower[g] == "to" or table.doc[g].tag_ == "MD")
                for g in table.children[c]):
            return True
    return False


#: The auxiliaries of a plan told, not a course urged ("the first step *will* be to ...").
_PLANNED: Final = frozenset({"will", "'ll", "’ll", "shall"})


#: Nouns of a course of action (:func:`prescribed_course`); not aims ("job", "goal", "plan": a plan told).
_COURSE_NOUNS: Final = frozenset({"way", "thing", "step", "answer", "solution", "option", "course", "remedy",
                                  "fix", "move", "response"})
#: Adjectives that mark a course as the one to take ("the *best* thing", "the *only* way").
_COURSE_MARKS: Final = frozenset({"good", "best", "better", "only", "right", "smart", "wise", "first", "single",
                                  "sensible", "logical", "proper"})


def _deed_subject(table: TokenTable, pred: int) -> int | None:
    """The target of a deed that is ``pred``'s subject (:func:`prescribed_deed`): the object of a gerund
    subject ("Repealing *the tax*", else the gerund), or a name whose first word is a gerund ("Closing
    *Gitmo*"); None when the subject is no deed."""
    subj = next((c for c in table.children[pred] if table.dep[c] in ("csubj", "nsubj")), None)
    if subj is None:
        return None
    if table.doc[subj].tag_ == "VBG":
        return next((c for c in table.children[subj] if table.dep[c] == "dobj"), subj)
    lead = next((c for c in table.children[subj] if table.dep[c] == "compound" and c < subj), None)
    if lead is not None and table.lower[lead].endswith("ing") and table.pos[subj] == "PROPN":
        return subj
    return None


def misconduct(st: Statement) -> tuple[str, int | None] | None:
    """A person or organisation said to do a deed of misconduct is accused (since the twelfth act round):
    "*the party is trying to interfere* in the caucus", "*he proposed to dismantle* the program", "*the
    campaign exploited* the remark", "*she made up* the story" (a main predicate, or its infinitive
    complement, of :data:`_MISCONDUCT`, active, not negated, whose subject is a person, organisation or
    third-person pronoun that is not the speaker; verbs the evaluation lexicon leaves unscored); since issue 15's
    act21 round also any deed done in secret (:func:`_covert`: "*the group secretly funded* the trips")."""
    table = st.table
    lemma = table.lemma
    if not _has_terms(st, _MISCONDUCT_LEMMAS):  # most contents
        return None
    for main in (*st.preds, *_believed(st)):
        for verb in (main, *(c for c in table.children[main] if table.dep[c] == "xcomp")):
            if lemma[verb] not in _MISCONDUCT and (lemma[verb] not in _PHRASAL_HEADS or (
                    lemma[verb], _particle(table, verb)) not in _MISCONDUCT_PHRASES) and not _ranked_over(
                    table, verb) and not _covert(table, verb):
                continue  # the cheap test first: most predicates are no misconduct
            kids = table.children[verb]
            if (table.pos[verb] != "VERB" or _negated_plainly(table, verb)
                    or any(table.dep[c] == "auxpass" or table.lower[c] == "for" for c in kids)):
                continue  # "the losses were *made up for*": a compensation, passive
            subj = subject(table, main)
            if subj is None or table.dep[subj] != "nsubj" or not is_agent(table, subj) or is_speaker(st, subj):
                break
            st.judged = subj
            return lx.ACCUSE, st.act_root
    return None


def faulted_deed(st: Statement) -> tuple[str, int | None] | None:
    """Rule "faulted_deed" (issue 15's act79 round): a person or organisation said to do a deed the evaluation lexicon
    scores as wrong is accused, whatever the other words of the content weigh: "*the mayor lied* to the council about
    the fine new harbour", "it is a shame, *because the board is defying* the court". The verb (:func:`_faulted_verbs`:
    a main predicate of the content, its infinitive complement, or a clause of reason or report under one) is active,
    not negated, under no modal, future or infinitive, and scores at most :data:`_FAULTED_DEED` on the lexicon
    (or is a verb of :data:`_MISCONDUCT`), and is no verb of a contest's course, of an ending or of a state suffered
    (:data:`~claimex.lexicons.EVENT_VERBS`, :data:`_SUFFERED_DEEDS`); its subject is a person, organisation or
    third-person pronoun (:func:`_accountable`: not "it") that is not the speaker. The statement asks nothing and
    passes the gates of :func:`accusation` that are not its summed valence nor the observer's role (a demand, others'
    criticism reported, others' words quoted, another's speech retold, a complaint told).
    Before the round such a deed fell to ``default`` where a word of praise for someone or something else outweighed
    it, or where the verb stood in a clause under the main one (a blind judge's kind: a commentator faulting a
    candidate who defies the rules of evidence, read as an assertion)."""
    if (_asks(st) or _obliged(st) is not None or _criticism_reported(st) or others_words(st) or speech_retold(st)
            or complaint_told(st)):
        return None  # an observer's words too: a named doer's wrong deed is a charge whoever tells it
    table = st.table
    lemma, dep, pos = table.lemma, table.dep, table.pos
    for verb, doer in _faulted_verbs(st):
        if pos[verb] != "VERB" or lemma[verb] in lx.EVENT_VERBS or lemma[verb] in _SUFFERED_DEEDS:
            continue
        if lemma[verb] not in _MISCONDUCT:
            value = word_valence(table.lower[verb], lemma[verb])
            if value is None or value > _FAULTED_DEED:
                continue
        if _negated_plainly(table, verb) or _has_dep(table, verb, "auxpass") or _unreal_deed(table, doer):
            continue
        if verb != doer and (_negated_plainly(table, doer) or any(
                dep[c] == "aux" and table.lower[c] != "to" for c in table.children[verb])):
            continue  # "he *did not want to* cheat", "she wants *to be able to* cheat"
        subj = subject(table, doer)
        if subj is None or dep[subj] != "nsubj" or not _accountable(table, subj) or is_speaker(st, subj):
            continue
        st.judged = _named_before(st, subj)
        return lx.ACCUSE, st.act_root
    return None


def _unreal_deed(table: TokenTable, verb: int) -> bool:
    """The verb is under a modal, an infinitive's "to", a future or an obligation: a deed not told as done
    (:func:`faulted_deed`)."""
    return _irrealis(table, verb) or is_future(table, verb) or is_obligation(table, verb)


#: The most a verb's valence may be for :func:`faulted_deed` (VADER's scale: "lie" -1.6, "cheat" -2.0; "blame" -1.4).
_FAULTED_DEED: Final = -1.0
#: Verbs the lexicon scores negative whose subject suffers or contends, no wrong of theirs (:func:`faulted_deed`).
_SUFFERED_DEEDS: Final = frozenset({"lose", "lack", "avoid", "cancel", "scare", "suffer", "struggle", "fear", "worry",
                                    "die", "fail", "miss", "cry", "regret", "apologize", "complain", "protest",
                                    "oppose", "reject", "criticize", "criticise", "blame", "warn", "fight", "battle",
                                    "challenge", "attack", "deny", "hurt", "doubt", "hate", "dislike", "object",
                                    "question", "mourn", "grieve", "panic", "lament", "condemn", "denounce", "accuse",
                                    "sue", "dispute", "refuse"})
#: Clauses under a main predicate whose verb :func:`faulted_deed` reads: an infinitive complement, a reported clause,
#: a clause of reason ("because he is *defying* the court").
_FAULTED_CLAUSES: Final = frozenset({"xcomp", "ccomp", "advcl"})
#: The markers of a clause of reason (:func:`_faulted_verbs`).
_REASON_MARKS: Final = frozenset({"because", "since", "as"})


def _faulted_verbs(st: Statement) -> list[tuple[int, int]]:
    """The verbs :func:`faulted_deed` reads, each with the verb whose subject is its doer: the content's main
    predicates, and under each an infinitive complement (its doer the main predicate's subject: "he *wants to
    cheat*"), a reported clause, or an adverbial clause marked by a word of reason (:data:`_REASON_MARKS`)."""
    table = st.table
    dep, children = table.dep, table.children
    verbs: list[tuple[int, int]] = []
    for main in st.preds:
        verbs.append((main, main))
        for c in children[main]:
            if dep[c] not in _FAULTED_CLAUSES or c not in st.inside:
                continue
            if dep[c] == "advcl" and not any(dep[g] == "mark" and table.lower[g] in _REASON_MARKS
                                             for g in children[c]):
                continue
            verbs.append((c, main if dep[c] == "xcomp" else c))
    return verbs


def blame_laid(st: Statement) -> tuple[str, int | None] | None:
    """A blame laid on a person or organisation, or on what they own, accuses them (issue 15's act45 round):
    "*the mayor is to blame* for the flooding", "*the mayor's cuts are* partly *to blame*", "some of *the
    blame belongs to the council*", "the fault *lies with* the board", "it was *the fault of the county*",
    "the governor *was at fault*", "the mayor *deserves* much of *the blame*" (a word of
    :data:`~claimex.lexicons.BLAME_WORDS`, or a share of it, :data:`~claimex.lexicons.BLAME_SHARES`, as an
    infinitive or a complement of "be", the subject of a verb of :data:`~claimex.lexicons.BLAME_PLACING_VERBS`
    or the object of one of :data:`~claimex.lexicons.BLAME_BEARING_VERBS`). The predicate is not negated and
    the statement asks nothing ("the flooding was *not* the fault of the mayor" clears him; "is the mayor to
    blame?" asks); the blamed is not the speaker ("*we* are to blame" is left to the other rules) and is someone
    (:func:`is_agent`, not "it"), else the possessor of the blamed thing; "the storm is to blame" accuses no
    one. The evaluation lexicon scores "blame" mildly and finds no holder in these forms: before the round they
    fell to ``default`` (a blind judge's note: a commentator blaming a judge's ruling for a candidate's rise,
    read as an assertion)."""
    table = st.table
    if not _has_terms(st, lx.BLAME_WORDS):  # most contents
        return None
    if _asks(st):
        return None
    for word in st.content:
        if table.lemma[word] in lx.BLAME_WORDS:
            blamed = _blamed(st, word)
            if blamed is not None:
                st.judged = blamed
                return lx.ACCUSE, st.act_root
    return None


def _blamed(st: Statement, word: int) -> int | None:
    """Whom the blame word ``word`` lays its blame on, by the forms of :func:`blame_laid`; None if no one."""
    table = st.table
    lemma, dep, head, children = table.lemma, table.dep, table.head, table.children
    node = word
    if dep[node] == "pobj" and lemma[head[node]] == "of" and lemma[head[head[node]]] in lx.BLAME_SHARES:
        node = head[head[node]]  # "*some of* the blame"
    verb = head[node]
    if verb == node or _negated_here(table, verb):
        return None
    holder: int | None = None
    if dep[node] == "xcomp" and is_to_infinitive(table, node) and is_copula(table, verb):
        holder = subject(table, verb)  # "the mayor is to blame"
    elif dep[node] == "attr" and is_copula(table, verb) and table.pos[node] == "NOUN":
        holder = possessor(table, node) or _of_object(table, node)  # "the mayor's fault", "the fault of the board"
    elif dep[node] == "pobj" and table.lower[verb] == "at" and is_copula(table, head[verb]) and not (
            _negated_here(table, head[verb])):
        holder = subject(table, head[verb])  # "the governor was at fault"
    elif dep[node] in _SUBJECT_DEPS and lemma[verb] in lx.BLAME_PLACING_VERBS:
        holder = next((g for c in children[verb] if dep[c] == "prep" for g in children[c] if dep[g] == "pobj"),
                      None)  # "the blame lies with the board"
    elif dep[node] == "dobj" and lemma[verb] in lx.BLAME_BEARING_VERBS:
        holder = subject(table, verb)  # "the mayor deserves the blame"
    if holder is None:
        return None
    if not is_agent(table, holder) or table.lower[holder] in ("it", "its"):
        holder = possessor(table, holder)  # "the mayor's cuts are to blame"
    if holder is None or not is_agent(table, holder) or table.lower[holder] in ("it", "its") or is_speaker(
            st, holder):
        return None
    return holder


def _of_object(table: TokenTable, noun: int) -> int | None:
    """The object of the noun's "of" ("the fault *of the board*")."""
    for c in table.children[noun]:
        if table.dep[c] == "prep" and table.lower[c] == "of":
            return next((g for g in table.children[c] if table.dep[g] == "pobj"), None)
    return None


def critical_frame(st: Statement) -> tuple[str, int | None] | None:
    """A statement the speaker makes in attacking or complaining of a person or organisation accuses them,
    whatever its words (issue 15's act46 round): "she went on to *attack* the governor, *saying* he had not
    read the bill", "*complained* that the council does not heed the voters", "*echoed the criticism*,
    saying the mayor ...". The frame is the cue or a verb the cue hangs from as a participle or complement
    (:func:`_framing_verb`): a verb of complaint or attack (:data:`_COMPLAINING`, :data:`_ATTACKING`) or a
    verb whose object is a noun of criticism (:data:`~claimex.lexicons.CRITICISM_NOUNS`), not negated. The
    content's first main predicate has a person or organisation for its subject, not the speaker: what is
    faulted is what someone does ("complained that *the council* does not listen"); a complaint of a thing
    ("complained that the hall was cold", "complained of the costs") or of the speaker's own lot ("complained
    that *he* was never asked"), and a statement about the speaker made in an attack ("continued his attacks,
    saying: '*I* will win the county'") are left to the other rules. The accused is the frame's own person or
    organisation object ("attack *the governor*", "complained *about the board*"), else that subject. The
    evaluation lexicon finds nothing in most such contents ("hasn't given this issue much thought"): before
    the round they fell to ``default``, and the blind judges read them as accusations. A criticism verb of the
    cue lexicon ("slammed ..., saying") already gives the cue its act (:func:`cue_class`). Read after the
    accusation rules, before :func:`praise`: a content that demands, threatens or accuses by its own words
    keeps that act."""
    table, cue = st.table, st.cue
    if cue is None or not st.content:
        return None
    frame = _framing_verb(table, cue, st.inside)
    if frame is None or not st.first_preds:
        return None
    subj = subject(table, st.first_preds[0])
    if subj is None or not is_agent(table, subj) or is_speaker(st, subj) or table.lower[subj] in ("it", "its"):
        return None
    st.judged = _frame_object(st, frame) or subj
    return lx.ACCUSE, frame


def _framing_verb(table: TokenTable, cue: int, content: frozenset[int]) -> int | None:
    """The cue, or the verb it hangs from by up to three ``advcl`` / ``xcomp`` steps ("attacked the governor,
    *saying* ...") or a complement such a verb takes before the cue ("went on *to attack* the governor, saying
    ..."), that frames a criticism (:func:`_frames_criticism`) and lies outside the content. A participle after a
    relative clause with a subject of its own is that subject's, whatever the parse says ("complained that the
    vote was rigged, a charge *the party leaders* denied, *noting* ...": no complaint of theirs)."""
    dep, head, children = table.dep, table.head, table.children
    verb = cue
    for _ in range(4):
        if verb not in content and _frames_criticism(table, verb, content):
            return verb if verb == cue or not _relative_between(table, verb, cue) else None
        if verb != cue:
            for c in children[verb]:
                if dep[c] in ("advcl", "xcomp") and c < cue and c not in content and _frames_criticism(
                        table, c, content):
                    return c if not _relative_between(table, c, cue) else None
        if dep[verb] not in ("advcl", "xcomp") or head[verb] == verb:
            return None
        verb = head[verb]
    return None


def _frames_criticism(table: TokenTable, verb: int, content: frozenset[int]) -> bool:
    """A verb of complaint or attack (:data:`_COMPLAINING`, :data:`_ATTACKING`), or one whose object outside the
    content is a noun of criticism ("echoed *the criticism*"), not negated."""
    if table.pos[verb] != "VERB":
        return False
    lemma = table.lemma
    if lemma[verb] not in _COMPLAINING and lemma[verb] not in _ATTACKING:
        dep = table.dep
        for c in table.children[verb]:  # a loop, no generator: asked of the cue and the verbs above it
            if dep[c] == "dobj" and lemma[c] in lx.CRITICISM_NOUNS and c not in content:
                break
        else:
            return False
    return not _negated_plainly(table, verb)


def _relative_between(table: TokenTable, frame: int, cue: int) -> bool:
    """A relative clause with a subject of its own stands between the frame and the cue."""
    dep, subjects = table.dep, table.subjects
    return any(dep[i] == "relcl" and subjects[i] is not None for i in range(frame + 1, cue))


def _frame_object(st: Statement, frame: int) -> int | None:
    """The person or organisation the frame verb names as whom it attacks: its direct object ("attacked *the
    governor*") or the object of its "about" / "of" ("complained *about the board*"), not the speaker."""
    table = st.table
    dep = table.dep
    for c in table.children[frame]:
        found = c if dep[c] == "dobj" else next(
            (g for g in table.children[c] if dep[g] == "pobj"), None) if (
            dep[c] == "prep" and table.lower[c] in ("about", "of")) else None
        if (found is not None and is_agent(table, found) and not is_speaker(st, found)
                and table.lower[found] not in ("it", "its")):
            return found
    return None


#: Verbs of complaint outside the cue lexicon's criticism class (there they are manners of saying, whose act
#: is the content's): said of a person or organisation, the statement finds fault with them.
_COMPLAINING: Final = frozenset({"complain", "gripe", "grouse", "grumble", "carp", "bemoan", "chide"})


def epithet(st: Statement) -> tuple[str, int | None] | None:
    """A word of strong disapproval pinned on a person or organisation, or on what they own, accuses them
    however the rest of the content weighs (since issue 15's act36 round): "*Smith's absurd* claim that the
    deal hurt nobody shows he has no grasp of the facts", "the *dishonest* governor promised a bright
    future". The word modifies a noun (an adjective, or one conjoined with it), has an evaluation of
    :data:`CONDEMNATION_THRESHOLD` or more against, not turned by a negation, and is no word of manner
    (:data:`~claimex.lexicons.STYLE_WORDS`: "an *aggressive* campaign") or of mood (``MOOD_WORDS``). The
    noun is a named person or organisation, a singular noun of one ("the senator"; not one with an "of":
    "the *state of* the campaign"), or a noun whose possessor is one ("*the mayor's* record"); not the
    speaker ("my worst mistake"), not a plural common noun ("corrupt officials": no one named), not an
    indefinite noun ("will nominate *a* flawed candidate") nor one said of a subject ("I'm not a *divisive*
    person": :func:`predication`'s). Where the summed evaluation cancels (praise words elsewhere in the
    content), :func:`accusation` finds nothing; the blind judges read these as accusations. After
    :func:`predication`, so that praise and a negative word said of a subject keep their rules."""
    table = st.table
    dep, head = table.dep, table.head
    inside = st.inside
    for word, valence in st.valences.items():
        if valence > -CONDEMNATION_THRESHOLD or table.lemma[word] in lx.STYLE_WORDS or (
                table.lower[word] in lx.MOOD_WORDS):  # "the *disheartened* state of the campaign": a mood
            continue
        noun = word
        while dep[noun] == "conj" and head[noun] != noun and table.pos[head[noun]] == "ADJ":
            noun = head[noun]  # "absurd and *inaccurate*": the second adjective of the pair
        if dep[noun] != "amod" or table.pos[word] != "ADJ":
            continue
        noun = head[noun]
        if noun not in inside or dep[noun] in ("attr", "oprd") or any(
                dep[c] == "det" and table.lower[c] in ("a", "an") for c in table.children[noun]):
            continue  # "I'm not a divisive person", "will nominate a flawed candidate": said of a subject, or anyone
        agent = _epithet_bearer(st, noun)
        if agent is None:
            agent = possessor(table, noun)
            if agent is not None and (agent not in inside or _epithet_bearer(st, agent) is None):
                agent = None
        if agent is not None:
            st.judged = agent
            return lx.ACCUSE, st.act_root
    return None


def _epithet_bearer(st: Statement, i: int) -> int | None:
    """``i`` if it is someone :func:`epithet` can accuse: a person or organisation (:func:`is_agent`, not "it")
    that is not the speaker, no place and no plural common noun. A noun of what is said does not hide its
    possessor here ("*the mayor's* absurd claim": :func:`_accountable` reads "claim" as a reference to a
    source)."""
    table = st.table
    if (not is_agent(table, i) or table.lower[i] in ("it", "its") or is_first_person(table, i)
            or reported_self(st, i, own_forms=True) or table.ent_type[i] in _PLACE_ENTS):
        return None
    if table.pos[i] == "NOUN" and table.doc[i].tag_ == "NNS":
        return None  # "corrupt officials", "dishonest people": a plural common noun names no one
    if table.pos[i] == "NOUN" and any(table.lower[c] == "of" for c in table.children[i]):
        return None  # "the disheartened *state of* the campaign": a condition of something, no agent
    if table.pos[i] == "PROPN" and table.dep[i] != "poss" and table.ent_type[i] not in _NAMED_AGENTS:
        return None  # "violent *jihad*": a proper noun the tagger names no person or organisation
    return i


#: The entity kinds of a proper noun :func:`epithet` accuses (a possessor needs none: "*Trump's* absurd claim").
_NAMED_AGENTS: Final = frozenset({"PERSON", "ORG", "NORP"})


def _ranked_over(table: TokenTable, verb: int) -> bool:
    """Putting one thing over another (since the fifteenth act round): "she *put* speed *over* security",
    "they *placed* party *above* country" (a verb of :data:`_RANKING` with "over" / "above"): a priority said
    of someone else is a misplaced one (the speaker's own preference is :func:`preference`)."""
    return table.lemma[verb] in _RANKING and any(
        table.dep[c] == "prep" and table.lower[c] in ("over", "above") and not any(  # not "*over* the next months"
            table.ent_type[g] in ("DATE", "TIME") for g in table.children[c]) for c in table.children[verb])


#: Verbs of ranking one thing over another (:func:`_ranked_over`; not "choose" or "prefer": a choice).
_RANKING: Final = frozenset({"put", "place", "prioritize", "prioritise", "elevate"})


def _believed(st: Statement) -> list[int]:
    """The clauses of the content's main verbs of belief, not negated: "he *thought* Lopez *had made up* the
    story" reports a misconduct as the speaker's belief (since the thirteenth act round; "I don't think he
    made it up" is no accusation)."""
    table = st.table
    return [c for p in st.preds if table.lemma[p] in lx.NEG_RAISING_VERBS and not _negated_plainly(table, p)
            for c in table.children[p] if table.dep[c] == "ccomp"]


def _particle(table: TokenTable, verb: int) -> str | None:
    dep = table.dep
    for c in table.children[verb]:  # a loop, no generator (issue 15's speed51 round)
        if dep[c] == "prt":
            return table.lower[c]
    return None


#: Verbs of misconduct (what one is blamed for doing) that VADER's lexicon does not score.
_MISCONDUCT: Final = frozenset({"interfere", "meddle", "dismantle", "exploit", "taunt", "mock", "ridicule",
                                "sabotage", "obstruct", "stonewall", "pander", "demonize", "scapegoat",
                                "politicize", "weaponize", "defy", "flout", "trample", "gut", "rig", "undercut",
                                "bully", "intimidate", "harass", "grope", "silence", "muzzle", "squander"})
#: Phrasal verbs of misconduct: "*made up* the story", "*covered up* the leak".
_MISCONDUCT_PHRASES: Final = frozenset({("make", "up"), ("cover", "up"), ("lash", "out")})
_PHRASAL_HEADS: Final = frozenset(verb for verb, _ in _MISCONDUCT_PHRASES)
#: Adverbs of a deed done in secret (:func:`_covert`; not "quietly", as often a manner as a concealment).
_COVERT: Final = frozenset({"secretly", "covertly", "surreptitiously", "clandestinely"})
_MISCONDUCT_LEMMAS: Final = _MISCONDUCT | _PHRASAL_HEADS | _RANKING | _COVERT


def _covert(table: TokenTable, verb: int) -> bool:
    """A deed done in secret (since issue 15's act21 round): "the group *has secretly funded* trips for the
    councillors", "the agency *covertly tracked* the reporters" impute the concealment to the doer, whatever the
    deed (training readers: 1 statement right, none lost)."""
    dep, lower = table.dep, table.lower
    for c in table.children[verb]:  # noqa: SIM110  (a loop: any() made a generator a call)
        if dep[c] == "advmod" and lower[c] in _COVERT:
            return True
    return False


def _quoted(st: Statement) -> bool:
    """The content is in quotation marks (whatever the quotes stage typed it): a "he" in it is someone
    else than the speaker."""
    first = st.content[0]
    if st.direct:
        return True
    before = st.table.word(first - 1) if first > 0 else ""
    return bool(before) and all(ch in _QUOTE_MARKS for ch in before)


_QUOTE_MARKS: Final = frozenset(lx.QUOTE_CHARS + "`")
#: Double quotation marks (a single one is often an apostrophe: "Sanders*’* campaign"): opening, closing,
#: and either.
_OPENING_QUOTES: Final = frozenset(("“", "``", "„", "«"))
_CLOSING_QUOTES: Final = frozenset(("”", "»"))
_STRAIGHT_QUOTES: Final = frozenset(('"', "''"))


def quoted_at(st: Statement, i: int) -> bool:
    """Token ``i`` of the content is in the speaker's own words: anywhere in a direct quote; in a mixed
    quote, inside its quotation marks ("Trump claimed *he* had made 'a lot of sacrifices'" reports "he";
    'she said the plan "will hurt *him*"' quotes "him"), counted from the mark before the content's
    first word."""
    if not st.direct:
        return False
    if not st.mixed or not st.content:
        return True
    table = st.table
    depth = 0
    for j in range(max(st.content[0] - 1, 0), i):
        word = table.word(j)
        if word in _OPENING_QUOTES:
            depth = 1
        elif word in _CLOSING_QUOTES:
            depth = 0
        elif word in _STRAIGHT_QUOTES:  # a straight mark opens or closes
            depth = 1 - depth
    return depth > 0


def condemnation(st: Statement) -> tuple[str, int | None] | None:
    """A strong negative judgement said of a deed or a statement condemns it: "the staffers' actions were
    *completely unacceptable*", "Trump's comments about migrants are *intolerable*", "it is a *rigged,
    disgusting* system" (a copula whose complement, with its modifiers, reaches
    :data:`CONDEMNATION_THRESHOLD` in one word; its subject a noun that is no person or organisation: someone's
    deed or words, a noun of what is said (``CLAIM_NOUNS``) or of conduct (:data:`_CONDUCT_NOUNS`), or
    a demonstrative or "it" standing for one). A negative word said of a person accuses them
    (:func:`predication`); one said of a plain thing describes it ("the road is *dangerous*")."""
    table = st.table
    dep, children, lower = table.dep, table.children, table.lower
    vals = st.valences
    for pred in st.preds[:2]:
        if not is_copula(table, pred):
            continue
        said = [c for c in children[pred] if dep[c] in {"acomp", "attr"}]
        said += [g for c in said for g in children[c] if dep[g] in {"amod", "conj", "advmod"}]
        if not _strongly_valued(table, said, vals):
            continue
        subj = subject(table, pred)
        if subj is None or dep[subj] != "nsubj" or not _deed(table, subj):
            continue
        if lower[subj] == "it" and any(dep[c] in _CLAUSES for h in (pred, *said) for c in children[h]):
            continue  # "it is sad *that* ...", "it is a disgrace *what the council did*": "it" is the clause
        return lx.CONDEMN, st.act_root
    return None


def _strongly_valued(table: TokenTable, words: Sequence[int], vals: Mapping[int, float], *,
                     approval: bool = False) -> bool:
    """One of ``words`` is a word of strong disapproval (with ``approval``, of strong approval): a valence of
    at least :data:`CONDEMNATION_THRESHOLD` that way in VADER's own scores (the hand lists' words carry a
    default valence, not a measured strength: "*arbitrary*" criticises, "*disgusting*" condemns); since the
    eighteenth act round disapproval also by a word of moral outrage VADER leaves unscored
    (:data:`~claimex.lexicons.OUTRAGE_WORDS`: "*intolerable*", "*disgraceful*"), not negated."""
    scored = lx.vader_valences()
    sign = 1.0 if approval else -1.0
    for w in words:  # a loop, no generator (issue 15's speed51 round)
        if sign * vals.get(w, 0.0) >= CONDEMNATION_THRESHOLD and (
                table.lower[w] in scored or table.lemma[w] in scored
                or (not approval and table.lower[w] in lx.OUTRAGE_WORDS)):
            return True
    return False


def _deed(table: TokenTable, i: int) -> bool:
    """A noun of someone's deed or words: possessed by a person or organisation ("*Smith's* remarks"), a
    noun of what is said or of conduct, or "it" / "this" / "that" standing for one."""
    if table.pos[i] == "PRON":
        return table.lower[i] in ("it", "this", "that")
    if table.pos[i] != "NOUN" or is_agent(table, i):
        return False
    owner = possessor(table, i)
    return (owner is not None and _accountable(table, owner)) or table.lemma[i] in lx.CLAIM_NOUNS or (
        table.lemma[i] in _CONDUCT_NOUNS)


#: Nouns of conduct: what someone does, judged as a deed ("the *behavior* is a *disgrace*").
_CONDUCT_NOUNS: Final = frozenset({
    "action", "act", "behavior", "behaviour", "conduct", "comment", "remark", "decision", "policy", "treatment",
    "attack", "move", "practice", "system", "handling", "response", "proposal", "ban", "plan", "campaign",
})
#: Clauses under a copula or its complement that an extraposed "it" stands for.
_CLAUSES: Final = frozenset({"ccomp", "csubj", "xcomp", "advcl", "relcl", "acl"})
#: A deed is condemned by a word of its complement of at least this negative valence (VADER's scale: a
#: word of strong disapproval, "unacceptable", "disgusting", "shameful"; milder criticism, "the decision was
#: *arbitrary and inconsistent*", accuses whoever made it).
CONDEMNATION_THRESHOLD: Final = 2.0


def partiality(st: Statement) -> tuple[str, int | None] | None:
    """Rule "partiality" (issue 15's act57 round): a party preferred over another faults whoever prefers:
    "the council *has favored* the developers *over* the tenants", "the plan *favors* the lenders *at the
    expense of* the borrowers" (a verb of :data:`~claimex.lexicons.PARTIALITY_VERBS` with an object, and
    "over" or "at the expense of" on the verb or its object). The verb is told, not asked for or foreseen:
    not negated, not in a question, not under an obligation or a future, not a bare or "-ing" form other
    than a purpose ("to favor ..."). The one who prefers (the subject, the head's where the verb is a
    purpose) is judged where it is someone. The evaluation lexicon finds nothing negative in "favor": before
    the round these fell to ``default`` (a blind judge rejected the assertion of a speaker's charge that a
    system favored the rich over everyone else)."""
    table = st.table
    if not _has_terms(st, lx.PARTIALITY_VERBS) or _asks(st):
        return None
    dep, children = table.dep, table.children
    for verb in st.content:
        if table.lemma[verb] not in lx.PARTIALITY_VERBS or table.pos[verb] != "VERB":
            continue
        tag = table.doc[verb].tag_
        if tag == "VBG" or (tag == "VB" and dep[verb] != "advcl") or _negated_here(table, verb):
            continue
        if is_obligation(table, verb) or is_future(table, verb):
            continue
        obj = next((c for c in children[verb] if dep[c] == "dobj"), None)
        if obj is None or not any(_passed_over(table, c) for c in (*children[verb], *children[obj])):
            continue
        doer = subject(table, table.head[verb] if dep[verb] == "advcl" else verb)
        st.judged = doer if doer is not None and is_agent(table, doer) else None
        return lx.ACCUSE, st.act_root
    return None


def _passed_over(table: TokenTable, prep: int) -> bool:
    """``prep`` names the party passed over (:func:`partiality`): "over", or "at the expense of"."""
    if table.dep[prep] != "prep":
        return False
    if table.lower[prep] == "over":
        return True
    return table.lower[prep] == "at" and any(table.lemma[g] == "expense" for g in table.children[prep])


def pause_given(st: Statement) -> tuple[str, int | None] | None:
    """Rule "pause_given" (issue 15's act57 round): a deed said to give pause faults its doer: "the mayor's
    attacks on the judge *should give voters pause*", "the audit is one more issue in her tenure that *gives
    us pause*" ("pause" the object of "give", not negated, outside a question). The one faulted is the
    subject where it is someone, else the first person or organisation named in the subject's words (the
    noun a relative "that" stands for); with no one named ("the weather gave us pause") the rule leaves the
    statement alone. Before the round :func:`obligation` read "should give pause" as a demand and a plain
    "gives pause" fell to ``default`` (blind judges rejected both)."""
    table = st.table
    if not _has_terms(st, _PAUSE) or _asks(st):
        return None
    dep, head = table.dep, table.head
    for word in st.content:
        if table.lower[word] != "pause" or dep[word] != "dobj" or table.lemma[head[word]] != "give":
            continue
        give = head[word]
        if _negated_here(table, give):
            continue
        subj = subject(table, give)
        if subj is not None and dep[give] == "relcl" and table.doc[subj].tag_ == "WDT":
            subj = head[give]  # "an issue *that* should give voters pause": the issue
        if subj is None:
            continue
        faulted = next((i for i in (t.i for t in table.doc[subj].subtree) if is_agent(table, i)), None)
        if faulted is None:
            continue
        st.judged = faulted
        return lx.ACCUSE, st.act_root
    return None


#: The noun of :func:`pause_given` (in :data:`PREFILTER_TERMS`).
_PAUSE: Final = frozenset({"pause"})


def accusation(st: Statement, *, outside: bool = False) -> tuple[str, int | None] | None:
    """A negative evaluation of a person or organisation accuses them, whatever the cue: "their policies
    are *ruining* small farms", "the ministry's officials *botched* the response", "Trump's excesses
    are *sickening*". With ``outside`` (rule ``doer_outside``) only one whose doer stands outside the content
    (:func:`doer_outside`). The gates before the agent is looked for are read once a statement
    (:func:`_accusation_gates`), the exception they name left on ``st.spared`` at each call."""
    gates = st._accusing
    if gates is None:
        gates = st._accusing = _accusation_gates(st)
    go, spared, agent = gates
    if spared is not None:
        st.spared = spared
    if not go:
        return None
    if outside:  # the content's own evaluated agent or third party is :func:`accusation`'s
        agent = doer_outside(st) if agent is None and third_party(st) is None else None
        if agent is not None and _party_spared(st):
            return None
    elif agent is None:
        agent = third_party(st)
        if agent is not None and _party_spared(st):
            return None
        if agent is not None and cited_in_agreement(st.table, agent):
            st.spared = "cited_in_agreement"
            return None
        if agent is not None and bystander_named(st, agent):
            agent = subject_after(st, agent)
            if agent is None:
                st.spared = "bystander_named"
                return None
    if agent is None:
        return None
    if own_party(st, agent):  # "the senator said *he* was *not ready* to endorse anyone": no one else faulted
        st.spared = "own_party"
        return None
    if own_topic(st, agent):  # "the senator talked about *his* views on illegal hiring": a topic of his own
        st.spared = "own_topic"
        return None
    if _praise_withheld(st):  # "the council did *not support* the tenants' *right* to appeal": no fault named
        st.spared = "praise_withheld"
        return None
    st.judged = agent
    return lx.ACCUSE, st.act_root


def own_party(st: Statement, agent: int) -> bool:
    """Rule "own_party" (issue 15's act74 round; a spare of :func:`accusation`): the one the accusation would
    charge, the holder of the content's negative word or the first person or organisation it names, is the
    speaker's own pronoun in reported speech (:func:`speaker_pronoun`: "the farmers say *they* felt *compelled*
    to march", "the mayor said *she* had opted *not to join* the parade"). The speaker tells their own state or
    position and charges no one else; a wrong the speaker owns in the past is :func:`confession`'s, read before.
    Not where a negative word that is not negated, or the verb it completes, has a phrase naming someone else
    (:func:`is_agent`, not the speaker's pronoun): "he said he *dislikes* what *the mayor* is doing", "he said he
    *grows angry* every time *the board* writes", "he said the real *extremist* is *the senator*" fault the one
    named; nor where a negative noun is said of the pronoun ("Smith said he is *a liar*": a name called is seldom
    one's own)."""
    if not speaker_pronoun(st, agent):
        return False
    table = st.table
    dep, children = table.dep, table.children
    for word, value in st.valences.items():
        if value >= 0:
            continue
        heads = (word, table.head[word]) if dep[word] in _OWN_CLAUSE_PARTS else (word,)
        if any(_negated_plainly(table, h) for h in heads):
            continue  # "she has *not endorsed* the mayor": a thing not done
        noun = table.head[word] if dep[word] in ("amod", "conj") else word  # "a *dangerous* man"
        if dep[noun] == "attr" and subject(table, table.head[noun]) == agent:
            return False  # "Smith said he is *a liar*": a name called is said of another, whatever the pronoun
        for h in heads:
            for c in children[h]:
                if c == word or dep[c] in ("nsubj", "nsubjpass", "aux", "neg", "punct"):
                    continue
                if any(is_agent(table, g) and not speaker_pronoun(st, g) for g in table.subtree(c)):
                    return False
    return True


def own_topic(st: Statement, agent: int) -> bool:
    """Rule "own_topic" (issue 15's act82 round; a spare of :func:`accusation`): a content that a cue of talking
    ("talk", "speak": "the senator *talked about* ...") introduces as a noun phrase, whose head noun's possessor is
    the one the accusation would charge, a possessive pronoun: "the senator talked about *his* views on hiring
    workers who entered the country illegally", "she spoke about *her* years in the failing mill". The speaker
    names a topic of their own (their views, plans, past); a negative word inside it tells no fault of theirs (a
    blind judge read such a topic as an assertion). A name as the possessor ("talked about *the mayor's* failures")
    and a clause as the content still judge."""
    table = st.table
    if st.cue is None or table.lemma[st.cue] not in ("talk", "speak"):
        return False
    if table.dep[agent] != "poss" or table.pos[agent] != "PRON" or table.lower[agent] not in lx.POSSESSIVE_SUBJECTS:
        return False
    noun = table.head[agent]
    inside = st.inside
    roots = [i for i in st.content if table.head[i] not in inside or table.head[i] == i]
    return roots == [noun] and table.pos[noun] == "NOUN"


def cited_in_agreement(table: TokenTable, agent: int) -> bool:
    """Rule "cited_in_agreement" (issue 15's act82 round; a spare of :func:`accusation`'s party found by no
    evaluated word): the first person or organisation the content names (:func:`third_party`), through the parts
    of its name, is the subject of a verb of saying (:data:`_CITING_VERBS`) in a clause opened by "as": "*as the
    nurse said* the other day, 'we can't walk away'", "*as the mayor put it*, the hard years are behind us". The
    speaker cites them in agreement and takes up their words; no fault of theirs is told (a blind judge read such
    a tribute as support, not an accusation). A distancing verb ("as he *claimed*", "as she *alleged*") and a
    party that is no subject still accuse."""
    i = agent
    for _ in range(4):
        if table.dep[i] not in ("compound", "flat") or table.head[i] == i:
            break
        i = table.head[i]
    if table.dep[i] != "nsubj":
        return False
    verb = table.head[i]
    return (table.lemma[verb] in _CITING_VERBS
            and any(table.dep[c] == "mark" and table.lower[c] == "as" for c in table.children[verb]))


#: Verbs of saying a speaker cites another's words by, in agreement ("as she *said*", "as he *put* it";
#: :func:`cited_in_agreement`); no verb of a disputed claim ("claim", "allege", "insist").
_CITING_VERBS: Final = frozenset({"say", "put", "write", "tell", "note", "point", "explain", "observe", "remind",
                                  "argue", "add", "state"})


#: The parts of a clause whose verb :func:`own_party` reads with the negative word: a complement ("grows *angry*
#: every time the board writes") or the subject ("the real *extremist* is the senator").
_OWN_CLAUSE_PARTS: Final = frozenset({"acomp", "xcomp", "attr", "nsubj", "nsubjpass"})


def _accusation_gates(st: Statement) -> tuple[bool, str | None, int | None]:
    """The gates of :func:`accusation` before its ``outside`` branch: whether it goes on, the name of the exception
    that stopped it (None: none named), and the content's negatively evaluated agent. They read only what a
    statement holds from the start (its tokens, valences, observer role), so one reading serves both calls."""
    score = st.evaluation() + st.favour_told
    if score > -JUDGEMENT_THRESHOLD or score - _attitude_valence(st) > -JUDGEMENT_THRESHOLD:
        return False, None, None  # "they *fear* the leaders will make a deal": the speaker's attitude, no one's fault
    if _topic_only(st):
        return False, None, None
    if _observed(st):  # a pollster's "her numbers have slipped badly": analysis, not an accusation
        return False, "observer_view", None
    if _obliged(st) is not None:  # "the US should scale back its aggressive drills": a demand (:func:`obligation`)
        return False, None, None
    if _criticism_reported(st):  # "spoke about *accusations* that his aides made threats": others' criticism
        return False, "criticism_reported", None
    if others_words(st):  # "people were like, 'this guy is a *jerk*'": words the speaker quotes of others
        return False, "others_words", None
    if speech_retold(st):  # "the aide said the governor *claimed* the mayor *lied*": another's words retold
        return False, "speech_retold", None
    if complaint_told(st):  # "the clerk said *voters complained* when the ballots ran out": others' grievance
        return False, "complaint_told", None
    if mood_described(st):  # "the voters are *furious*": how they feel, no fault of theirs
        return False, "mood_described", None
    if event_told(st):  # "the senator *will resign* her seat": what happened, no fault of anyone
        return False, "event_told", None
    if fault_not_done(st):  # "he'd *never* run *a negative ad*": a bad thing not done, no fault found
        return False, "fault_not_done", None
    agent = evaluated_agent(st, negative=True)
    if agent is not None and is_obligation(st.table, st.table.head[agent]):  # "voters should reject": a demand
        return False, None, None
    return True, None, agent


def _party_spared(st: Statement) -> bool:
    """An agent :func:`accusation` found by no evaluated word is spared where every negative word is a harm with
    no holder, an adverb, or the harm a future deed brings (the exception's name left on ``st.spared``)."""
    for name, spare in (("nameless_harm", _nameless_harm), ("adverbs_only", _adverbs_only),
                        ("harm_ahead", _harm_ahead), ("hardship_told", hardship_told)):
        if spare(st):
            st.spared = name
            return True
    return False


#: The name parts and list members a party named climbs through to the noun that bears its role in the clause.
_NAME_LINKS: Final = frozenset({"compound", "flat", "appos", "conj", "det"})
#: Prepositions of a span of time: "two weeks *into* her term", "*during* his term".
_TIME_PREPS: Final = frozenset({"into", "during", "since", "after", "before", "until", "throughout"})


def bystander_named(st: Statement, agent: int) -> bool:
    """Rule "bystander_named" (issue 15's act66 round; a spare of :func:`accusation`'s party found by no evaluated
    word): the first person or organisation the content names (:func:`third_party`), reached through the parts of its
    name or the list it heads, stands beside the harm, not behind it, where it is (1) the possessor of a span of time
    (:data:`_TIME_PREPS`) that dates an event ("the riots broke out three months *into his term* as mayor"; not the
    time a "be" gives as the point: "it was *during his term*" blames the term), or (2) a thing named for a people or
    a party ("any ill will from *the bitter Democratic primary* has faded", "the forum from *Ottawa* drew
    a crowd": :func:`first_agent` gives the noun, not its modifier) as the object of a preposition other than "of"
    ("people *of Japanese descent*" are people), "in" (the sphere a harm is found in is faulted: "the violence happens
    *in the Arab capitals*", read as an accusation) and the "by" of a passive (the doer), itself no harm ("a
    threat from *Iranian aggression*" names a doer) and no subject of one (:func:`_harm_told_of`). A
    subject, an object, the object of a preposition that is a person or organisation ("the abuse *from the
    senator*", "a bitter feud *with the station*") stay: the readers read them as the accused as often as
    not. Where the party is a bystander :func:`accusation` accuses a later party that is a clause's subject
    (:func:`subject_after`: "in the party's debate he said *the mayor* was unfit"); where there is none it leaves the
    spare's name on ``st.spared``."""
    table = st.table
    head, dep = table.head, table.dep
    i = agent
    for _ in range(4):
        if dep[i] not in _NAME_LINKS or head[i] == i:
            break
        i = head[i]
    if dep[i] == "poss":
        held = head[i]
        return (dep[held] == "pobj" and table.lower[head[held]] in _TIME_PREPS
                and table.lemma[head[head[held]]] != "be")
    return (dep[i] == "pobj" and table.lower[head[i]] not in ("of", "in") and dep[head[i]] != "agent"
            and st.valences.get(agent, 0.0) >= 0
            and _named_for_modifier(table, agent) and not _harm_told_of(st, agent))


def _harm_told_of(st: Statement, noun: int) -> bool:
    """A negative word inside a clause that hangs from ``noun`` or from the word its preposition hangs from, or whose
    subject that word is ("a tariff on Canadian lumber *being dumped* on the market", "the primary *that ruined* the
    party"): the harm is told of what the noun names."""
    table = st.table
    head, dep = table.head, table.dep
    negatives = [w for w, v in st.valences.items() if v < 0]
    holders = (noun, head[head[noun]])
    if any(dep[n] in ("nsubj", "nsubjpass") and head[n] in negatives for n in holders):
        return True
    return any(table.dominates(c, w) for n in holders for c in table.children[n] if dep[c] in ("acl", "relcl")
               for w in negatives)


def subject_after(st: Statement, agent: int) -> int | None:
    """The first person or organisation of the content after ``agent`` that is the subject of a clause
    (:func:`bystander_named`), not the speaker nor a source referred to."""
    table = st.table
    for i in range(agent + 1, st.content[-1] + 1):
        dep = table.dep[i]
        if dep == "nsubjpass" and table.pos[i] != "PROPN":  # "fighters were killed": a victim
            continue
        if (dep in ("nsubj", "nsubjpass") and _accountable(table, i) and not is_first_person(table, i)
                and not speaker_pronoun(st, i)):
            return i
    return None


def _named_for_modifier(table: TokenTable, i: int) -> bool:
    """A common noun that is a party only for a modifier naming a people, party or country (:data:`_PEOPLE_PLACES`:
    "the *Democratic* primary", "*Canadian* lumber"): no entity of its own, and no noun of persons ("*Republican*
    critics" are persons)."""
    if table.pos[i] != "NOUN" or table.ent_type[i] or lexical.noun_kind(table.lemma[i]) in _PEOPLE_KINDS:
        return False
    return any(table.dep[c] in ("amod", "compound") and table.ent_type[c] in _PEOPLE_PLACES for c in table.children[i])


#: The entities of a modifier that names a people, a party or a country (:func:`_named_for_modifier`).
_PEOPLE_PLACES: Final = frozenset({"NORP", "GPE"})


def accused_outside(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``doer_outside``: :func:`accusation` of the doer that stands outside the content
    (:func:`doer_outside`), read after :func:`predication` (which already judges the outside subject of a
    negative predicate: "wrote that the mayor '*was careless*'")."""
    return accusation(st, outside=True)


def doer_outside(st: Statement) -> int | None:
    """Rule ``doer_outside`` (issue 15's act50 round): a content that opens with its predicate, the doer left
    outside it, is said of that doer: "two aides wrote that *the mayor* 'made *terrible* hiring choices and ran the
    harbour into debt'", "a system *that* he said *has cheated* the workers" (the relative pronoun's antecedent, when
    it is a person or organisation). The doer is the active subject of the content's first predicate, standing
    before the content, a person or organisation (:func:`is_agent`; not "it"), not the speaker (the cue's
    subject, a first-person or logophoric pronoun: "Smith said he 'would never back down'" tells the speaker's
    own deed; so no pronoun where the cue has a subject). Only where the content names no one of its own
    (:func:`third_party` found no one); the gates and spares of :func:`accusation` apply as to a party named
    inside the content."""
    table = st.table
    pred = _lead_predicate(st)
    if pred is None:
        return None
    subj = subject(table, pred)
    if subj is None or table.dep[subj] != "nsubj" or subj >= st.content[0]:
        return None
    if table.lower[subj] in _RELATIVE_SUBJECTS:
        subj = _relative_head(table, pred)  # "a board *that* (they said) has cheated the workers": the board
        if subj is None or subj >= st.content[0]:
            return None
    if not _accountable(table, subj) or is_speaker(st, subj):
        return None
    speaker = subject(table, st.cue) if st.cue is not None else None
    if speaker is not None and (subj == speaker or table.pos[subj] == "PRON"):
        return None  # "the coach said *he* 'made terrible mistakes'": his own deed
    return subj


def _relative_head(table: TokenTable, pred: int) -> int | None:
    """The noun a relative clause hangs from, with ``pred`` its verb or the verb of a clause said inside it
    ("a board that *has cheated*", "a board that they said *has cheated*")."""
    i = pred
    for _ in range(2):
        if table.dep[i] == "relcl":
            return table.head[i]
        if table.dep[i] != "ccomp" or table.head[i] == i:
            return None
        i = table.head[i]
    return table.head[i] if table.dep[i] == "relcl" else None


#: Relative pronouns that stand for the antecedent as a clause's subject (:func:`doer_outside`).
_RELATIVE_SUBJECTS: Final = frozenset({"that", "who", "which"})


def _nameless_harm(st: Statement) -> bool:
    """Every negative word of the content is a noun that is the object of a preposition, and none has a
    holder (:func:`evaluated_agent`): a harm named as what the statement is about, with no one who did it
    ("the victims *of terror*", "arrested and charged *with* securities *fraud*", "turning our attention
    *to the threat* a Trump presidency poses"), no fault of the first person or organisation the content
    names (since issue 15's accuse round; of the 4 training statements it spares, the readers call none
    an accusation). Since the act19 round also a noun conjoined with such an object ("the victims *of
    terror and violence*")."""
    table = st.table
    negatives = [i for i, v in st.valences.items() if v < 0]
    return bool(negatives) and all(table.pos[i] == "NOUN" and _object_of_preposition(table, i) and _agentless(table, i)
                                   for i in negatives)


def _criticism_reported(st: Statement) -> bool:
    """A negative word of the content is a noun of criticism (:data:`~claimex.lexicons.CRITICISM_NOUNS`) that is
    nobody's and that no negative word qualifies: the content reports a criticism others made ("he had spoken
    with the governor about *accusations* that his aides made threats", "the plan was met with *skepticism* by
    the union leadership"), whose fault-finding is the critics', not the speaker's (since issue 15's act24
    round: the one training readers' statement it spares is an assertion to them, and the blind judges had
    rejected all 3 such accusations of their samples). A criticism the speaker qualifies ("made *false
    accusations*") or someone's ("*her* accusations") still judges; "critics" is no such noun (people a
    speaker may attack: "lashed out at *critics*")."""
    table = st.table
    vals = st.valences
    return any(v < 0 and table.pos[i] == "NOUN" and table.lemma[i] in lx.CRITICISM_NOUNS
               and possessor(table, i) is None
               and not any(table.dep[c] == "amod" and vals.get(c, 0.0) < 0 for c in table.children[i])
               for i, v in vals.items())


def others_words(st: Statement) -> bool:
    """Rule "others_words" (issue 15's act63 round): a direct quote every negative word of which stands inside a
    quotation within it, marked by quotation marks of the other kind than the quote's own (:func:`inner_quotes`):
    "instead people were like, *'this guy is kind of a jerk'*", "the minister once called the scheme *'a disgrace'*
    and now he runs it". The speaker reports what others said or a term others use, and finds no fault of their
    own (the blind judges read such quotes as descriptions: "a newspaper reports allegations", "people's reaction
    retold"). A negative word of the speaker's own beside the quotation ("I *hate* the term 'city poor'", "he said
    'the plan works'; he is just so *bad*") still judges, and a mixed quote's quoted words are the speaker's."""
    if not st.direct or st.mixed or not st.content:
        return False
    negatives = [i for i, v in st.valences.items() if v < 0]
    if not negatives:
        return False
    table = st.table
    spans = inner_quotes(table.text, table.idx[st.content[0]], table.end[st.content[-1]])
    return bool(spans) and all(any(a < table.idx[i] < b for a, b in spans) for i in negatives)


def speech_retold(st: Statement) -> bool:
    """Rule "speech_retold" (issue 15's act63 round): every negative word of the content stands in the clause of
    a verb of saying (:data:`_RETOLD_VERBS`) whose subject is people told by a plural or indefinite common noun
    or a quantity (:func:`_unnamed_teller`): "the *families claim* the mayor *lied* to them", "a *clerk who
    said* the agency *botched* the audit", "*many argue* the police use *excessive* force". The content retells
    what others said; the fault-finding is theirs, not the speaker's. A name, a personal pronoun or one known
    person as the teller ("*Clinton suggested* the plan was *unserious*", "*he says* the system is *corrupt*":
    often the speaker), a negated verb, and a negative word outside the clause ("he is *wrong* for saying she
    lied") still judge."""
    table = st.table
    negatives = [i for i, v in st.valences.items()
                 if v < 0 and not (table.lemma[i] in _RETOLD_VERBS and table.pos[i] == "VERB")]
    return bool(negatives) and all(_retold_by_other(st, i) for i in negatives)


def complaint_told(st: Statement) -> bool:
    """Rule "complaint_told" (issue 15's act71 round): every negative word of the content is a verb of voicing a
    grievance (:data:`~claimex.lexicons.COMPLAINT_VERBS`: complain, lament, bemoan, protest), not negated,
    whose complainer (its subject; through "who" the noun the clause hangs from; through a verb it completes that
    verb's subject: "they *plan to protest*") is a person or organisation other than the speaker: "the clerk said
    *some voters complained* when the ballots ran out", "*the union plans to protest* the
    debate". The speaker reports others' complaint; the complainers are not at fault, and no one else is
    accused (the blind judges read such a statement as "she reports voters' complaints, accuses no one"). A
    complaint of the speaker's own ("*I* complained", "*we* protest"), a complaint with a negative word of its own
    beside it ("residents complained that the mayor *lied*") and a complainer told by a noun of its own ("a
    *whiner*") still judge."""
    negatives = [i for i, v in st.valences.items() if v < 0]
    return bool(negatives) and all(_complaint_of_other(st, i) for i in negatives)


def _complaint_of_other(st: Statement, verb: int) -> bool:
    """``verb`` is a verb of complaint, not negated, whose complainer is a person or organisation other than the
    speaker (:func:`complaint_told`)."""
    table = st.table
    if table.pos[verb] != "VERB" or table.lemma[verb] not in lx.COMPLAINT_VERBS or _negated_plainly(table, verb):
        return False
    subj = subject(table, verb)
    if subj is None and table.dep[verb] == "xcomp" and table.head[verb] != verb:
        subj = subject(table, table.head[verb])  # "they plan *to protest*": the planners
    if subj is not None and table.lower[subj] in _RELATIVE_SUBJECTS:
        subj = _relative_head(table, verb)  # "residents *who* complained": the residents
    if subj is None or not _accountable(table, subj):
        return False
    return not is_speaker(st, subj) and not speaker_pronoun(st, subj)


#: Verbs of saying whose clause :func:`speech_retold` reads as another's words.
_RETOLD_VERBS: Final = frozenset({"say", "claim", "allege", "argue", "tell", "insist", "write", "report",
                                  "contend", "assert", "suggest", "state", "add"})


def _retold_by_other(st: Statement, word: int) -> bool:
    table, inside = st.table, st.inside
    i = word
    for _ in range(12):
        h = table.head[i]
        if h == i or h not in inside:
            return False
        if table.dep[i] == "ccomp" and table.pos[h] == "VERB" and table.lemma[h] in _RETOLD_VERBS:
            return _unnamed_teller(table, h) and not _negated_plainly(table, h)
        i = h
    return False


def _unnamed_teller(table: TokenTable, verb: int) -> bool:
    """The subject of a verb of saying is people told by a plural common noun, a singular one with "a" / "an", or
    a quantity; not a name, a personal pronoun (which may be the speaker: "*Clinton* suggested", "*he* says")
    nor one known person ("*the president* said"): "*experts* who say", "*a clerk* who said", "*many* argue",
    "*some of them* said" (:func:`speech_retold`)."""
    subj = subject(table, verb)
    if subj is not None and table.lower[subj] in _RELATIVE_SUBJECTS:
        subj = _relative_head(table, verb)  # "experts *who* say": the experts
    if subj is None or table.ent_type[subj] == "PERSON":
        return False
    if table.lower[subj] in _TELLING_QUANTITIES:
        return True
    return table.pos[subj] == "NOUN" and (table.doc[subj].tag_ == "NNS" or any(
        table.dep[c] == "det" and table.lower[c] in ("a", "an") for c in table.children[subj]))


#: Quantities that stand for people who say something (:func:`_unnamed_teller`).
_TELLING_QUANTITIES: Final = frozenset({"many", "some", "others", "several", "few", "most"})


#: Quotation marks by kind (:func:`inner_quotes`): the single ones and the double ones, each opening, closing,
#: or either (a straight mark); two apostrophes stand for a double straight mark.
_SINGLE_MARKS: Final = ("‘", "’", "'")
_DOUBLE_MARKS: Final = ("“", "”", '"')
#: The characters :func:`inner_quotes` reads in a quote, for each kind of inner mark: those marks and the straight
#: apostrophe (two of which are a double mark of the outer kind).
_INNER_QUOTE_CHARS: Final = {_SINGLE_MARKS: re.compile("[‘’']"), _DOUBLE_MARKS: re.compile("[“”\"']")}


def inner_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations inside a direct quote whose words run from ``start`` to ``end`` in ``text``: the
    character spans (opening mark, closing mark) of the pairs of quotation marks of the other kind than the
    mark that opens the quote (the last non-space character before ``start``; double where there is none), the
    closing mark looked for up to the end of the punctuation after ``end`` ("called it *'a disgrace.'*").
    An opening mark stands after a space, an opening bracket or a dash and before a word; a closing mark before
    no letter ("it*’*s", "don*'*t" are apostrophes), after no space."""
    before = text[:start].rstrip()
    outer = before[-1:] if before else ""
    inner = _DOUBLE_MARKS if outer in _SINGLE_MARKS and not before.endswith("''") else _SINGLE_MARKS
    stop = end
    while stop < len(text) and not text[stop].isspace() and not text[stop].isalnum():
        stop += 1
    words = text[start:stop]
    if not any(mark in words for mark in inner):  # most quotes hold no mark of the other kind: nothing to read
        return []
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    skip = start  # the marks before it were read already (the second of "''")
    # the marks and straight apostrophes found by a regex (rule "inner_quote_marks", issue 15's speed55 round): the
    # other characters of the quote, which were stepped over one by one, are no mark to read
    for found in _INNER_QUOTE_CHARS[inner].finditer(text, start, stop):
        k = found.start()
        if k < skip:
            continue
        ch = text[k]
        if ch == "'" and text[k:k + 2] == "''":  # a double straight mark, of the outer kind
            skip = k + 2
            continue
        if ch in inner:
            prev = text[k - 1] if k > 0 else " "
            nxt = text[k + 1] if k + 1 < len(text) else " "
            if opened is None and ch != inner[1] and (prev.isspace() or prev in "([—–-") and nxt.isalnum():
                opened = k
            elif opened is not None and ch != inner[0] and not nxt.isalpha() and not prev.isspace():
                spans.append((opened, k))
                opened = None
    return spans


def mood_described(st: Statement) -> bool:
    """Every negative word of the content is a word of a mood said of its experiencer (:func:`mood_of`: "*the
    voters are furious*", "she *felt frustrated* by the delays", "*people are angry*"), and the content names no
    person, organisation or country outside that subject but by a pronoun: it tells how someone feels, no fault
    of theirs nor of anyone's (issue 15's act31 round: a blind judge's kind, "describes voters' mood = assert").
    "He grows *angry* every time *the council* writes" still accuses whom it names, and a mood with a clause
    of its cause ("angry *that* the council ...") is :func:`grievance`'s."""
    table = st.table
    negatives = [i for i, v in st.valences.items() if v < 0]
    if not negatives:
        return False
    felt: set[int] = set()
    for word in negatives:
        subj = mood_of(table, word)
        if subj is None:
            return False
        felt.update(table.subtree(subj))
    return not any(is_agent(table, i) and table.pos[i] != "PRON" and i not in felt for i in st.content)


def event_told(st: Statement) -> bool:
    """Every negative word of the content is a verb of a contest's course or of an ending
    (:data:`~claimex.lexicons.EVENT_VERBS`: stop, resign, beat, defeat, dominate, drop ...), which the evaluation
    lexicon scores negative: "*she will resign* her seat after the vote", "the primaries are about *beating*
    expectations", "*the mayor stopped* the practice" tell what happened in a race or an office and find no fault
    with anyone (rule "event_told", issue 15's act44 round: the blind judges rejected such accusations as a plain
    event, an announcement, a generic remark). Only a content told as it is: not negated ("he has *no* plan to
    *defeat* the gangs" faults the lack) and with no modal but one of the future ("he *would have had to resign*",
    "they *should* stop it" judge a deed under a hypothesis or an obligation; the training readers called all 3
    such statements accusations). A content with any other negative word ("*cruelly stopped* the lunches") is
    left to :func:`accusation`."""
    table = st.table
    negatives = [i for i, v in st.valences.items() if v < 0]
    if not negatives or st.negative:
        return False
    pos, lemma = table.pos, table.lemma
    if not all(pos[i] == "VERB" and lemma[i] in lx.EVENT_VERBS for i in negatives):
        return False  # most contents: read before the modals, each of whose tags is read from the Doc
    return not any(_straight(table.lower[i]) not in lx.FUTURE_AUXILIARIES and table.doc[i].tag_ == "MD"
                   for i in st.content)


def fault_not_done(st: Statement) -> bool:
    """Rule "fault_not_done" (issue 15's act55 round): a negated content whose every negative word is an adjective
    of a thing (no person or organisation) that is an object, the direct object of a verb or the object of a
    preposition: "he'd *never run a negative ad*", "she *won't take the low road* in this primary", "workers *won't
    see* the savings of *lower* premiums" tell of a bad thing not done or not had, no fault found in whom they name
    (the blind judges rejected all 4 such accusations of their samples; no training reader's statement has the
    form). A direct object someone holds still judges ("he *never paid his fraudulent* debts"), and so does a
    quality said of a subject ("the plan is *not a bad* one" is :func:`_praise_withheld`'s or a judgement)."""
    if not st.negative:
        return False
    table = st.table
    negatives = [i for i, v in st.valences.items() if v < 0]
    return bool(negatives) and all(_thing_object(table, i) for i in negatives)


def _thing_object(table: TokenTable, word: int) -> bool:
    """An adjective (through a conjunction: "*bad and* ugly ads") that qualifies a noun of a thing that is an
    object: a verb's direct object no one holds, or a preposition's object (:func:`fault_not_done`)."""
    if table.pos[word] != "ADJ":
        return False
    i = word
    while table.dep[i] == "conj" and table.head[i] != i:
        i = table.head[i]
    if table.dep[i] != "amod":
        return False
    noun = table.head[i]
    if table.pos[noun] != "NOUN" or is_agent(table, noun):
        return False
    return table.dep[noun] == "pobj" or (table.dep[noun] == "dobj" and possessor(table, noun) is None)


def hardship_told(st: Statement) -> bool:
    """Rule "hardship_told" (issue 15's act55 round; a spare of :func:`accusation`'s party found by no evaluated
    word): every negative word of the content is a word of a difficulty or a trouble
    (:data:`~claimex.lexicons.HARDSHIP_WORDS`): "*it might be difficult* to build support in an election year",
    "her backers have got *a serious problem* unless she wins", "that could create *new problems* for her" tell of
    a hardship or of how a race stands, no fault of the person named (the blind judges rejected the 3 such
    accusations of their samples). A difficulty with a holder ("*the council* caused the trouble") is judged by
    the evaluated agent, before this spare is read; one that is someone's ("*our* biggest problem") or that a deed
    brings about with no subject of its own that is no agent ("she should not *stir up* problems") is no hardship
    told (:func:`_hardship`)."""
    table = st.table
    negatives = [i for i, v in st.valences.items() if v < 0]
    return bool(negatives) and all(_hardship(table, i) for i in negatives)


def _hardship(table: TokenTable, word: int) -> bool:
    """A word of :data:`~claimex.lexicons.HARDSHIP_WORDS` that is nobody's, and as a direct object the object of a
    verb of having or meeting (:data:`_MEETING`: "her backers have *got* a serious problem", "*faces* a difficult
    road") or of a verb whose own subject is no person or organisation ("*that* could create new problems for
    her")."""
    if not (table.lemma[word] in lx.HARDSHIP_WORDS or table.lower[word] in lx.HARDSHIP_WORDS):
        return False
    if possessor(table, word) is not None:
        return False
    if table.dep[word] != "dobj":
        return True
    verb = table.head[word]
    if table.lemma[verb] in _MEETING:
        return True
    subj = subject(table, verb)
    return subj is not None and not is_agent(table, subj)


#: Verbs whose object is a difficulty met, not one brought about (:func:`_hardship`).
_MEETING: Final = frozenset({"have", "get", "face", "meet", "encounter", "hit", "see", "experience"})


def mood_of(table: TokenTable, word: int) -> int | None:
    """The experiencer of a word of mood (:data:`~claimex.lexicons.MOOD_WORDS`, or of distress,
    :data:`_FEELINGS`) said of its subject as the complement of its verb ("*the voters* are *furious*",
    "*she* felt *frustrated* by the delays", "angry and *frustrated*" through the conjunction), when no
    phrase of the word names a person or organisation, a pronoun too ("grew *disillusioned with his*
    client", "*frustrated with the FBI's* ruling" find fault with them); else None. Since issue 15's act63 round
    also a satisfaction denied (:func:`_joy_denied`: "*the coach is not happy* with those numbers", as "unhappy")."""
    dep, head = table.dep, table.head
    if not (_feeling(table, word) or table.lower[word] in lx.MOOD_WORDS or table.lemma[word] in lx.MOOD_WORDS
            or _joy_denied(table, word)):
        return None
    i = word
    while dep[i] == "conj" and head[i] != i:  # "angry and *frustrated*"
        i = head[i]
    if dep[i] != "acomp":
        return None
    if any(dep[c] == "prep" and any(is_agent(table, g) for g in table.subtree(c)) for c in table.children[word]):
        return None
    return subject(table, head[i])


def _joy_denied(table: TokenTable, word: int) -> bool:
    """A word of satisfaction (:data:`~claimex.lexicons.SATISFACTION_WORDS`) negated, on itself or on the verb
    it completes: "the voters are *not happy*", "he was *never satisfied*" tell a mood as "unhappy" does (issue 15's
    act63 round: the blind judges read "he's not happy with those numbers" as a description, no accusation)."""
    if table.lower[word] not in lx.SATISFACTION_WORDS and table.lemma[word] not in lx.SATISFACTION_WORDS:
        return False
    return _negated_plainly(table, word) or (table.dep[word] == "acomp" and _negated_plainly(table, table.head[word]))


def _object_of_preposition(table: TokenTable, noun: int) -> bool:
    """The noun is the object of a preposition, or conjoined with one ("worries about ballot *fraud* and the
    *tampering* with counting machines": since issue 15's act19 round)."""
    i = noun
    for _ in range(4):
        if table.dep[i] != "conj" or table.head[i] == i:
            break
        i = table.head[i]
    return table.dep[i] == "pobj"


def _agentless(table: TokenTable, noun: int) -> bool:
    """A harm noun that names no one who does it: not a person itself ("run by *a lunatic*"), not the "by"
    agent of a passive, no person or organisation in a phrase of its own ("under *assault from* the
    federal government")."""
    if is_agent(table, noun) or table.dep[table.head[noun]] == "agent":
        return False
    return not any(table.dep[p] == "prep" and any(table.dep[g] == "pobj" and is_agent(table, g)
                                                  for g in table.children[p])
                   for p in (*table.children[noun], *table.children[table.head[table.head[noun]]]))


def _praise_withheld(st: Statement) -> bool:
    """The content is negated and every negative word of it is a word of praise the negation turns, not
    said as the quality of a subject: "she *couldn't fulfill* her dream of teaching", "he *didn't support*
    their right to sue", "they *will not treat* the country *with respect*" tell of a good not done or
    not had, no harm or fault named, so no accusation (since issue 15's act19 round). A praise word
    denied of a subject as its complement judges it ("the senator is *not honest*", "the refusal was *not
    a good thing*"), and a word negative in itself ("he *never paid* his *fraudulent* debts") still
    accuses."""
    if not st.negative:
        return False
    table = st.table
    negatives = [i for i, v in st.valences.items() if v < 0]
    return bool(negatives) and all((word_valence(table.lower[i], table.lemma[i]) or 0.0) > 0
                                   and _complement_of(table, i) is None for i in negatives)


def _harm_ahead(st: Statement) -> bool:
    """The content's first main predicate is a deed in the future ("will", "'ll", "would", "going to"; not a
    "be") done by a person or organisation other than the speaker, and no negative word of the content is
    held by anyone (:func:`evaluated_agent` found no one): the harm is what the deed will bring about, not
    a fault found in the doer ("she'll *bring in* more extremists", "the senator would push the party to
    adopt rules that could *hurt* its nominee"), a forecast left to :func:`prediction` (since issue 15's
    forecast round; the 2 training statements it spares are both predict to the readers)."""
    table = st.table
    pred = _lead_predicate(st)
    if pred is None or is_copula(table, pred) or not is_future(table, pred):
        return False
    subj = subject(table, pred)
    return subj is not None and is_agent(table, subj) and not is_first_person(table, subj)


def _adverbs_only(st: Statement) -> bool:
    """Every negative word of the content is an adverb, and none has a holder: "it's not *easily*
    categorized", "I *certainly* don't think he would run", "on the basis of pledged delegates *alone*"
    qualify how something is said or done and find fault with no one (since issue 15's accuse round; the
    3 training statements it spares, none an accusation to the readers). Not an adverb of a verb with an
    active subject: "the law *unfairly targets* renters", "they *integrate poorly*" judge a deed."""
    table = st.table
    negatives = [i for i, v in st.valences.items() if v < 0]
    return bool(negatives) and all(table.pos[i] == "ADV" and not any(  # "the law *unfairly* targets ...": a deed
        table.dep[c] == "nsubj" for c in table.children[table.head[i]]) for i in negatives)


def observer_role(speaker: Mapping[str, Any] | None) -> bool:
    """The speaker entity's role is one of analysis or reporting: its head noun (the role's last word) in
    :data:`~claimex.lexicons.OBSERVER_NOUNS` ("a *political scientist*", "Republican *strategist*", "a
    veteran newspaper *editor*"), a *fellow*, or any role held at an academic body
    (:data:`~claimex.lexicons.ACADEMIC_BODIES` in its affiliation: "director of Eastfield *University*'s
    center"); or, for a speaker with no role, the head of its name ("*analysts*", "three constitutional
    *scholars*")."""
    if not speaker:
        return False
    words = (speaker.get("role") or "").lower().split() or (speaker.get("name") or "").lower().split()
    if not words:
        return False
    head = words[-1]
    if speaker.get("role") and (head == "fellow" or any(
            w.strip(".,'’s") in lx.ACADEMIC_BODIES for w in (speaker.get("affiliation") or "").lower().split())):
        return True  # "a senior fellow at ...", "director of Eastfield University's Center for Public Affairs"
    return head in lx.OBSERVER_NOUNS or (head.endswith("s") and head[:-1] in lx.OBSERVER_NOUNS)


def _observed(st: Statement, *, praise: bool = False) -> bool:
    """An observer's description or analysis, no word of it strong disapproval (:func:`_strongly_valued`)
    nor, with ``praise``, strong approval (VADER's valence of at least :data:`CONDEMNATION_THRESHOLD`): "the
    governor's standing has slipped badly with suburban voters", said by a pollster, finds no fault with the
    governor (since issue 15's observer round)."""
    if not st.observer or _strongly_valued(st.table, list(st.valences), st.valences):
        return False
    return not praise or not _strongly_valued(st.table, list(st.valences), st.valences, approval=True)


#: The exceptions of :func:`accusation` that keep it from accusing the content's first agent (and
#: :func:`cue_class`'s estimate of the past, which keeps a cue of predicting from predicting); the claim
#: records the name as its ``act_rule`` when no later rule decides (the stance model reads it as
#: ``default``).
SPARING_RULES: Final = frozenset({"nameless_harm", "adverbs_only", "observer_view", "harm_ahead", "mood_described",
                                  "event_told", "fault_not_done", "hardship_told", "praise_withheld",
                                  "criticism_reported", "others_words", "speech_retold", "complaint_told",
                                  "past_estimate", "unasked_question", "knowing_frame", "modal_idiom", "reason_given",
                                  "duty_lifted", "bystander_named", "own_party", "reassurance",
                                  "purpose_need", "speech_frame", "named_verb", "cited_in_agreement",
                                  "own_topic"})


def _topic_only(st: Statement) -> bool:
    """The content's only negative word is a mildly negative noun (VADER above -2: "pressure", "debt",
    "tensions", "problem") that is nobody's ("*her* numerous protests" is) and no object ("the council *made
    a mistake*": a deed): it names what the statement is about ("that's *a problem* for the mayor"), not a
    fault of anyone (since the twelfth act round)."""
    table = st.table
    negatives = [i for i, v in st.valences.items() if v < 0]
    if len(negatives) != 1:
        return False
    noun = negatives[0]
    return (table.pos[noun] == "NOUN" and st.valences[noun] > -2.0 and possessor(table, noun) is None
            and table.dep[noun] != "dobj")  # "the council *made a mistake*": a deed


def _attitude_valence(st: Statement) -> float:
    """The valence of the content's verbs of apprehension or suspicion that take a clause ("they *fear*
    Obama will make a deal", "he *suspects* he'll campaign for her") and of its words of distress ("our
    people are *fearful*"; since the twelfth act round): they voice the holder's attitude or feeling, and
    judge no one by themselves."""
    table, vals = st.table, st.valences
    return sum(v for i, v in vals.items() if _feeling(table, i) or (
        table.lemma[i] in _APPREHENDING and table.pos[i] == "VERB"
        and any(table.dep[c] == "ccomp" for c in table.children[i])) or (
        table.lemma[i] in _APPREHENSION_NOUNS and table.pos[i] == "NOUN" and possessor(table, i) is None))


def _has_terms(st: Statement, words: frozenset[str]) -> bool:
    """Whether a form or lemma of the content is in ``words`` (a set of :data:`PREFILTER_TERMS`): read from
    ``st.terms`` when the stage filled it, else from the content (in C)."""
    if st.terms is not None:
        return not st.terms.isdisjoint(words)
    table = st.table
    return not (words.isdisjoint(map(table.lemma.__getitem__, st.content))
                and words.isdisjoint(map(table.lower.__getitem__, st.content)))


def _has_word(st: Statement, word: str) -> bool:
    """Whether a word of the content has the lower-case form ``word`` (one of :data:`_GATE_WORDS`). Ruled
    out first by ``st.terms`` when the stage filled it: the terms hold every form of the content that is
    in the stage's word lists, so a word not among them is in no form (one set look-up instead of a
    scan of the content for most statements: the same answer)."""
    if st.terms is not None and word not in st.terms:
        return False
    return word in map(st.table.lower.__getitem__, st.content)


#: The words :func:`_has_word` looks for: "unless" and "if" of a threat's conditions (:func:`threat`,
#: :func:`_ultimatum`), "too" of a quality in excess (:func:`_excess`), "longer" and "anymore" of
#: :func:`lost_standing`, "enough" of :func:`not_far_enough`, "likely" and "unlikely" of :func:`likelihood`,
#: "than" of :func:`none_better`;
#: in :data:`PREFILTER_TERMS`, so that the stage reads them into the terms.
_GATE_WORDS: Final = frozenset({"if", "unless", "too", "longer", "anymore", "enough", "likely", "unlikely",
                                "than"})


def _feeling(table: TokenTable, i: int) -> bool:
    return table.lower[i] in _FEELINGS or table.lemma[i] in _FEELINGS


#: Verbs of apprehension and suspicion (VADER scores them negative).
_APPREHENDING: Final = frozenset({"fear", "suspect", "worry", "doubt", "dread"})
#: Nouns of apprehension, nobody's ("there is serious *concern* about ...", "new *worries* about ..."): like
#: the verbs, they voice an attitude (since the thirteenth act round); "*her* fears" are still hers.
_APPREHENSION_NOUNS: Final = frozenset({"concern", "worry", "fear", "anxiety", "dread", "apprehension"})
#: Words of an experiencer's distress: "*our people are fearful*", "I'm so *disturbed*", "*haunted* by the
#: possibility" voice a feeling, not anyone's fault.
_FEELINGS: Final = frozenset({"fearful", "anxious", "worried", "nervous", "afraid", "scared", "frightened",
                              "terrified", "disturbed", "haunted", "saddened", "heartbroken", "uneasy", "alarmed",
                              "troubled", "shaken", "devastated", "sad"})


def _obliged(st: Statement) -> int | None:
    """The person or organisation on whom the content's first main predicate lays an obligation: "*the
    United States* should scale back its aggressive drills", "*he* should condemn the attack" (what is
    criticised is asked to change: a demand)."""
    table = st.table
    pred = st.preds[0] if st.preds else None
    if pred is None or not is_obligation(table, pred) or _epistemic(table, pred):
        return None
    subj = subject(table, pred)
    return subj if subj is not None and is_agent(table, subj) and not is_first_person(table, subj) else None


def third_party(st: Statement) -> int | None:
    """The first person or organisation of a negatively evaluated content that is neither the speaker
    (a first-person pronoun) nor a victim (an object): "I don't like what *he* said" -> he, "the
    warmth ... is fading in the middle of *this year's race*" -> no agent (a race is an event)."""
    table = st.table
    agent = st.agent_named
    if agent is None or is_first_person(table, agent) or _in_reference(table, agent):
        return None
    return agent


def enemy_served(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``enemy_served`` (issue 15's act75 round): a person or organisation said to serve the enemy (a
    terrorist group, terrorists, "the enemy") is accused of it: "*the governor* is becoming *the terrorists' best
    recruiter*", "*his remarks* were *a gift to the terrorists*", "the speech made *him* *the best recruiter for*
    the jihadists", "*the mayor's rhetoric* helps *the terrorists* recruit" (:func:`_serving_noun`,
    :func:`_aiding_verb`). A noun of service (:data:`_SERVICE_NOUNS`: recruiter, tool, gift, ally, asset ...)
    whose possessor or "for" / "to" / "of" object is an enemy (:func:`_enemy`), said of its subject by a "be" or
    "become" or of the object of "make" / "call"; or a verb of aid (:data:`_AIDING`: help, aid, embolden, arm,
    fund ...) whose object is an enemy, or, for "help", the subject of the clause under it. The one accused is
    the subject, or the possessor of a subject that is a thing ("*the mayor's* rhetoric"), a person or
    organisation that is not the speaker nor "it"; not negated, not asked. The words carry no fault the
    lexicon scores ("best" even praises), so such an attack read as an assertion, or as praise. Placed after
    the accusation rules and before :func:`praise`."""
    accused = enemy_server(st)
    if accused is None:
        return None
    st.judged = accused
    return lx.ACCUSE, st.act_root


def enemy_server(st: Statement) -> int | None:
    """The one :func:`enemy_served` accuses of serving the enemy, else None (read by the target rule
    ``targets.judged_accused`` too)."""
    if not _has_terms(st, _ENEMY_TERMS):  # most contents
        return None
    table = st.table
    for i in st.content:
        lemma = table.lemma[i]
        if lemma in _SERVICE_NOUNS and table.pos[i] == "NOUN":
            accused = _serving_noun(st, i)
        elif lemma in _AIDING and table.pos[i] == "VERB":
            accused = _aiding_verb(st, i)
        else:
            continue
        if accused is not None:
            return accused
    return None


def _serving_noun(st: Statement, noun: int) -> int | None:
    """The one :func:`enemy_served` accuses through ``noun``, a noun of :data:`_SERVICE_NOUNS` whose possessor
    or "for" / "to" / "of" object is an enemy: the subject of the "be" / "become" the noun is the complement of,
    or the one "make" / "call" says it of (the noun's own subject in a small clause, else the verb's object)."""
    table = st.table
    dep, children = table.dep, table.children
    kids = children[noun]
    if not any(_enemy(table, c) for c in kids if dep[c] in ("poss", "nmod")) and not any(
            _enemy(table, g) for c in kids if dep[c] == "prep" and table.lower[c] in ("for", "to", "of")
            for g in children[c] if dep[g] == "pobj"):
        return None
    verb = table.head[noun]
    if verb == noun or _negated_plainly(table, verb) or _in_question_sentence(table, noun):
        return None
    if dep[noun] == "attr" and table.lemma[verb] in _BECOMING:
        return _accused(st, subject(table, verb))
    if dep[noun] in ("oprd", "ccomp", "xcomp", "dobj") and table.lemma[verb] in _MAKING:
        return _accused(st, _made_of(st, verb, noun))
    return None


def _made_of(st: Statement, verb: int, noun: int) -> int | None:
    """The one "make" / "call" (``verb``) says ``noun`` of (:func:`_serving_noun`): the noun's own subject
    ("made *him* the best recruiter", a small clause), the verb's other object ("called *the senator* a
    gift to ..."), a pronoun in the object case before the noun ("makes *him* "the best recruiter"", parsed as
    the verb's subject), or, where the content is the label alone, a person or organisation the noun's phrase
    holds before the content ("called *the frontrunner* "the terrorists' best recruiter"", the quotation mark
    splitting the phrase)."""
    table = st.table
    dep, children = table.dep, table.children
    own = next((c for c in children[noun] if dep[c] == "nsubj"), None)
    if own is not None:
        return own
    other = next((c for c in children[verb] if dep[c] in ("dobj", "dative") and c != noun), None)
    if other is not None:
        return other
    between = range(verb + 1, noun) if verb < noun else range(0)
    pronoun = next((c for c in between if table.lower[c] in _OBJECT_PRONOUNS), None)
    if pronoun is not None:
        return pronoun
    return next((c for c in sorted(table.subtree(noun)) if c < st.content[0] and table.pos[c] != "PRON"
                 and is_agent(table, c)), None)


def _aiding_verb(st: Statement, verb: int) -> int | None:
    """The one :func:`enemy_served` accuses through ``verb``, a verb of :data:`_AIDING`: its active subject,
    where its object is an enemy ("emboldened *the terrorists*"), or, for "help", the subject of the clause
    under it ("helps *the militia* recruit")."""
    table = st.table
    dep, children = table.dep, table.children
    kids = children[verb]
    if _negated_plainly(table, verb) or _has_dep(table, verb, "auxpass") or _in_question_sentence(table, verb):
        return None
    served = any(_enemy(table, c) for c in kids if dep[c] == "dobj") or (table.lemma[verb] == "help" and any(
        _enemy(table, g) for c in kids if dep[c] in ("xcomp", "ccomp") for g in children[c] if dep[g] == "nsubj"))
    if not served:
        return None
    subj = subject(table, verb)
    if subj is None and dep[verb] in ("conj", "xcomp"):  # "he spoke and *emboldened* them", "tries to *help* them"
        subj = subject(table, table.head[verb])
    return _accused(st, subj)


def _accused(st: Statement, subj: int | None) -> int | None:
    """``subj`` if :func:`enemy_served` may accuse it (a person or organisation, not "it", not the speaker), or
    the possessor of a thing that is the subject ("*the mayor's* rhetoric")."""
    table = st.table
    if subj is None:
        return None
    if table.pos[subj] == "NOUN" and not is_agent(table, subj):
        subj = possessor(table, subj)
        if subj is None:
            return None
    if (not is_agent(table, subj) or table.lower[subj] in ("it", "its") or is_speaker(st, subj)
            or is_first_person(table, subj) or table.ent_type[subj] in _PLACE_ENTS):
        return None
    return subj


def served_enemy(st: Statement, i: int) -> bool:
    """Whether token ``i`` names the enemy (:func:`_enemy`) of a statement that :func:`enemy_served` reads as the
    accused's service to the enemy, and the accused is the one an act rule judged (read by the target rule
    ``targets.judged_accused``)."""
    return st.judged is not None and _enemy(st.table, i) and enemy_server(st) == st.judged


def _enemy(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` names the enemy (:func:`enemy_served`): a word of :data:`_ENEMIES` ("the
    terrorists", "the jihadists"), "the Islamic State", or a noun with one of them as a compound ("*terror*
    groups", "the *ISIS* fighters"); "enemy" not as someone's own ("*his* enemies": a person's rivals)."""
    lower = table.lower
    for w in (i, *(c for c in table.children[i] if table.dep[c] == "compound")):
        low = table.lemma[w].lower()
        if low == "state" and any(lower[c] == "islamic" for c in table.children[w]):
            return True
        if low in _ENEMIES and not (low == "enemy" and any(
                table.dep[c] == "poss" and lower[c] not in ("our", "america", "'s", "us") for c in table.children[w])):
            return True
    return False


#: Words naming the enemy (:func:`enemy_served`): terrorist groups and their fighters.
_ENEMIES: Final = frozenset({"isis", "isil", "daesh", "qaeda", "al-qaeda", "taliban", "terrorist", "jihadist",
                             "extremist", "terror", "enemy"})
#: The words :func:`enemy_served` needs in a content (forms and lemmas; in :data:`PREFILTER_TERMS`).
_ENEMY_TERMS: Final = _ENEMIES | {"ISIS", "ISIL", "Daesh", "Qaeda", "Taliban", "terrorists", "jihadists",
                                  "extremists", "enemies", "islamic", "Islamic"}
#: Nouns of a service done to whom they belong or are for (:func:`enemy_served`).
_SERVICE_NOUNS: Final = frozenset({"recruiter", "tool", "gift", "ally", "asset", "boon", "godsend", "mouthpiece",
                                   "propagandist", "spokesman", "salesman", "friend"})
#: Verbs of aid (:func:`enemy_served`).
_AIDING: Final = frozenset({"help", "aid", "embolden", "empower", "arm", "fund", "strengthen", "assist", "abet"})
#: Verbs whose complement is said of their subject, and verbs that say a complement of their object.
_BECOMING: Final = frozenset({"be", "become", "remain"})
_MAKING: Final = frozenset({"make", "call"})
#: Third-person pronouns in the object case (:func:`_made_of`).
_OBJECT_PRONOUNS: Final = frozenset({"him", "her", "them"})


def praise(st: Statement) -> tuple[str, int | None] | None:
    """A positive evaluation of a person, organisation or proposal supports it: "Pat Kennedy is *the
    greatest*", "the plan will *help* families". Mild praise (a summed valence under
    :data:`PRAISE_THRESHOLD`) counts only when it is said of the agent itself, as the predicate of its
    clause: "Biden is *good*", "she is a *fine* leader" (not "the talks went *well* for Biden"). Since the
    thirteenth act round only in the speaker's own quoted words (a direct or mixed quote): in reported speech
    the positive words are as often the writer's account of what was done or planned ("the council was
    *committed* to a *fair* hearing", "the shop withdrew the sale as it was not in the club's *best*
    interest"), which the readers read as assertions (4 of 16 indirect statements support); a strong word
    said of the agent itself still supports (:func:`predication`), and the stance toward the one praised
    stays support (:func:`reported_praise`). Since issue 15's act25 round a mixed quote is reported speech here
    too: the writer's account with a few of the speaker's words quoted ("the ambassador insisted he enjoyed
    *"excellent ties"* with the new cabinet", "the housing office had *"done superb work"*"; training
    readers: 3 of the 5 statements it changes are assertions, the blind judges had rejected 6 of 9)."""
    agent = _praised(st)  # the valence first: most contents praise no one
    if agent is None or st.mixed or not _own_words(st) or _future_deed(st) or _owed_quality(st):
        return None
    st.judged = agent
    return lx.SUPPORT, st.act_root


def job_well_done(st: Statement) -> tuple[str, int | None] | None:
    """A job said to be done well, in the speaker's own quoted words, backs whoever did it (issue 15's act47
    round): "the volunteers *did a remarkable job* of rebuilding the port", "the county clerks *do a fantastic
    job*", "*you have done* an *incredible job*". A main "do" of the content (or the clause under a belief verb
    of one: "I believe the mayor *has done* a *superb job*"), with no modal and no negation, whose object
    "job" / "work" has a praising modifier (a word of at least :data:`EVALUATION_THRESHOLD`, not a comparative,
    or one of :data:`_JOB_PRAISE`) and whose subject is a noun, a name, "you" or a third-person pronoun, not
    the speaker. A mixed quote counts when its quotation marks hold the praise (the praise is then the
    speaker's words, not the writer's account: :func:`praise` leaves mixed quotes alone). The doer is the
    target. Not a job ahead ("she *will do* a *great job*": a prediction), a job to do better ("we have to *do
    a better job*": a call) or a job only tried ("they *tried to do* a *good job*")."""
    if not _has_terms(st, _JOB) or not _own_words(st):
        return None
    table = st.table
    dep, lemma, children = table.dep, table.lemma, table.children
    clauses = list(st.preds)
    for pred in st.preds:  # "I believe the mayor has done a superb job": the clause under a belief verb
        if lemma[pred] in lx.NEG_RAISING_VERBS and not _negated_plainly(table, pred):
            clauses += [c for c in children[pred] if dep[c] == "ccomp"]
    for pred in clauses:
        if lemma[pred] != "do" or _negated_plainly(table, pred) or _asked(table, pred):
            continue
        if not _JOB_MODALS.isdisjoint(_modal_children(table, pred)):
            continue
        job = next((c for c in children[pred] if dep[c] == "dobj" and lemma[c] in _JOB), None)
        if job is None or not any(_praises_job(st, c) for c in children[job] if dep[c] == "amod"):
            continue
        if st.mixed and not quoted_at(st, job):
            continue
        doer = subject(table, pred)
        if doer is None or is_speaker(st, doer) or not (
                table.pos[doer] in ("NOUN", "PROPN") or table.lower[doer] in _THIRD_PERSON | {"you"}):
            continue
        st.judged = doer if table.lower[doer] != "you" else None
        return lx.SUPPORT, st.act_root
    return None


def _praises_job(st: Statement, word: int) -> bool:
    """A modifier of "job" that praises it: a word of the evaluation lexicon of at least
    :data:`EVALUATION_THRESHOLD` that is no comparative ("a *better* job" asks for more), or one of
    :data:`_JOB_PRAISE` (:func:`job_well_done`)."""
    table = st.table
    if table.lemma[word] in _JOB_PRAISE or table.lower[word] in _JOB_PRAISE:
        return True
    return (st.valences.get(word, 0.0) >= EVALUATION_THRESHOLD and table.doc[word].tag_ not in ("JJR", "JJS")
            and not _comparative_form(table.lower[word]))


#: The nouns of :func:`job_well_done` (rule "term_gates"; in :data:`PREFILTER_TERMS`).
_JOB: Final = frozenset({"job", "work"})
#: Words that praise a job done which the evaluation lexicon leaves unscored: "an *incredible* job", "a
#: *tremendous* job", "a *solid* job" (:func:`job_well_done`).
_JOB_PRAISE: Final = frozenset({"incredible", "tremendous", "phenomenal", "unbelievable", "fine", "solid",
                                "decent", "commendable", "yeoman", "stellar", "masterful"})
#: Auxiliaries that make a job done a job ahead, wished or owed (:func:`job_well_done` passes over it).
_JOB_MODALS: Final = frozenset({"will", "'ll", "wo", "shall", "would", "'d", "could", "can", "should", "must",
                                "might", "may", "ought"})


def _future_deed(st: Statement) -> bool:
    """The content's first main predicate is an action in the future proper ("will" / "'ll" / "shall", not
    "would"), not a "be": praise of what will be done predicts it (since the eighteenth act round; :func:`praise`
    and :func:`predication` leave it to :func:`prediction`): "the governor's visit *will bring* real hope",
    "the board *will handle* the merger in a *careful* way" (readers: 4 of the 4 training statements that
    praise read so were predict). A future "be" with praise still backs what it praises: "the new governor
    *will be* a *great* leader"."""
    table = st.table
    pred = _lead_predicate(st)
    return (pred is not None and not is_copula(table, pred)
            and not _FUTURE_PROPER.isdisjoint(_modal_children(table, pred)))


def _owed_quality(st: Statement) -> bool:
    """Rule ``owed_quality`` (issue 15's act53 round): the content's lead predicate is under an obligation
    (:func:`is_obligation`, itself or down its chain of ``xcomp`` verbs, not an epistemic "must", not a negated
    "have to" / "need to", which frees from a duty: "you never *have to* guess"): praise owed is asked for, not
    given. "The governor *should be ready* for hard questions", "she *is going to have to
    earn* their trust", "if the council is serious about jobs, it *must fund* the training" demand
    (:func:`obligation`); :func:`praise`, :func:`predication` and :func:`qualification` leave them alone. Read
    once a statement (``Statement._owed``)."""
    if st._owed is None:
        st._owed = _obligation_led(st)
    return st._owed


def _obligation_led(st: Statement) -> bool:
    """:func:`_owed_quality`'s reading of the lead predicate's chain of ``xcomp`` verbs."""
    table = st.table
    pred = _lead_predicate(st)
    seen = 0
    while pred is not None and seen < 4:
        freed = (pred, table.head[pred]) if table.dep[pred] == "xcomp" else (pred,)
        if any(table.lemma[p] in _MUST and _negated_plainly(table, p) for p in freed):  # "you never have to"
            return False
        if is_obligation(table, pred) and not _epistemic(table, pred):
            return True
        pred = next((c for c in table.children[pred] if table.dep[c] == "xcomp"), None)
        seen += 1
    return False


def _lead_predicate(st: Statement) -> int | None:
    """The first of the content's main predicates that lies in the content's first sentence
    (:func:`_future_deed`, :func:`_harm_ahead`)."""
    last = st.first_end
    for p in st.preds:  # a loop, no generator (issue 15's speed51 round)
        if p <= last:
            return p
    return None


def _praised(st: Statement) -> int | None:
    """The person, organisation or proposal the content's positive evaluation praises (:func:`praise`)."""
    total = st.evaluation()
    if total < EVALUATION_THRESHOLD or _excess(st) is not None:  # "too ready to use force": a criticism
        return None
    agent = evaluated_agent(st, negative=False)
    if agent is None or (total < PRAISE_THRESHOLD and not _predicated_of(st, agent)):
        return None
    return agent


def reported_praise(st: Statement) -> bool:
    """Praise in reported speech (since the thirteenth act round; praise said of the agent, :func:`predication`,
    since the fourteenth; :func:`praise` in a mixed quote since issue 15's act25 round): an assertion, whose
    stance toward the one praised is still support (:func:`decide_stance`), as it was when :func:`praise` or
    :func:`predication` read it as support."""
    if _praised(st) is None:
        best = _predicated(st)
        if best is None or best[0] <= 0 or _a_person(st.table, best[1]):
            return False
        return not _own_words(st)
    return st.mixed or not _own_words(st)


def _own_words(st: Statement) -> bool:
    """The content is (or holds) the speaker's own quoted words: a direct or mixed quote, or quotation marks
    at or inside it."""
    if st.direct or _opens_quoted(st):
        return True
    table = st.table
    first, last = st.content[0], st.content[-1]
    if _QUOTE_MARKS.isdisjoint(table.text[table.idx[first]:table.end[last]]):  # rule "quote_char_gate": most
        return False  # contents have no mark character at all (one test in C instead of a look at every token)
    return any(table.is_punct[i] and all(ch in _QUOTE_MARKS for ch in table.word(i))
               for i in range(first, last + 1))


def _excess(st: Statement) -> int | None:
    """A predicative adjective of the content under "too" that is not negative ("would be *too ready* to use
    force", "*too focused* on defending the chair"): a quality in excess is a fault (since the ninth act round;
    not "*too good* a leader to lose", a modifier). Since the fifteenth act round also an adjective the
    evaluation lexicon leaves unscored ("the party leaders are *too concerned* with self-interest")."""
    if not _has_word(st, "too"):  # most contents (one set look-up)
        return None
    table = st.table
    vals = st.valences
    for i in st.content:
        if table.lower[i] != "too" or table.dep[i] != "advmod":
            continue
        word = table.head[i]
        if (_excess_quality(table, word) and table.dep[word] in ("acomp", "oprd") and vals.get(word, 0.0) >= 0
                and not any(table.dep[c] == "attr" and c > word for c in table.children[table.head[word]])):
            return word  # not "too good *a leader*"
    return None


def _excess_quality(table: TokenTable, word: int) -> bool:
    """An adjective, or a participle the tagger calls a verb ("he is too *principled* to win": ``VBN``), that
    :func:`_excess` reads under "too" (the participle since issue 15's stance46 round)."""
    return table.pos[word] == "ADJ" or (table.pos[word] == "VERB" and table.doc[word].tag_ == "VBN")


def _predicated_of(st: Statement, agent: int) -> bool:
    """A positive word of the content is the predicate said of ``agent``: "*Biden* is very *good*",
    "*she* is a *fine* leader" (the word, or the noun it modifies, is the ``acomp`` / ``attr`` of a verb
    whose subject is the agent)."""
    table = st.table
    dep, head = table.dep, table.head
    for word, value in st.valences.items():
        if value < EVALUATION_THRESHOLD:
            continue
        i = head[word] if dep[word] == "amod" else word
        if dep[i] in ("acomp", "attr") and subject(table, head[i]) == agent:
            return True
    return False


def predication(st: Statement) -> tuple[str, int | None] | None:
    """An evaluation said of a person or organisation as the predicate of its clause judges them, however
    the rest of the content weighs: "*he* is a *weak* candidate", "*the party* *failed* to protect the
    data", "*Smith* was a *brilliant* judge" (the evaluative word, or the noun it modifies, is the
    ``acomp`` / ``attr`` of a verb whose subject is the agent; a negative main verb of an agent counts
    too). The strongest such word decides: negative accuses, positive supports. Praise said so of a thing
    supports it too ("*the new strategy* is a very *welcome* step": a noun subject of "be",
    :func:`_judgeable`; "the numbers look strong" describes them); a negative word said of a thing only
    describes it ("the road is *dangerous*"). Not the speaker itself
    (a first-person subject, or the pronoun that stands for the speaker in reported speech). Since the
    fourteenth act round praise so said of anyone but a person (a name, "he", "she") counts only in the
    speaker's own quoted words, as :func:`praise`: in reported speech "the advisers say *their organisations
    were better* than they've been given credit for", "*sales were great*" are accounts, assertions whose
    stance toward what is praised is still support (:func:`reported_praise`); of the 19 training statements
    the rule read as support, 6 were.

    A content with no evaluative word of :data:`PREDICATION_THRESHOLD` either way and no "too" (no quality in
    excess: :func:`_excess`) is passed over first (rule "predication_gate", issue 15's speed51 round): each of
    the three readings below needs one, and most contents have none."""
    if not _has_word(st, "too") and max(map(abs, st.valences.values()), default=0.0) < PREDICATION_THRESHOLD:
        return None
    best = _predicated(st)
    if best is not None and best[0] > 0 and _owed_quality(st):
        return None  # "she should be ready": a demand (:func:`obligation`), not praise
    if best is not None and best[0] > 0 and _future_deed(st):
        best = None
    if best is not None and best[0] < 0 and st.spared in ("others_words", "complaint_told"):
        return None  # "voters told us, 'the mayor is a *liar*'": others' words quoted (:func:`others_words`); "some
        # voters complained": others' complaint reported (:func:`complaint_told`), the complainers not at fault
    if best is not None and (best[0] < 0 or _own_words(st) or _a_person(st.table, best[1])):
        st.judged = best[1]
        return (lx.ACCUSE if best[0] < 0 else lx.SUPPORT), st.act_root
    if _judged_ahead(st) is not None:  # reported praise of a thing, said in the future, still backs it
        st.judged = None if best is None else best[1]
        return lx.SUPPORT, st.act_root
    value = None if best is not None else _judged_this(st)
    return None if value is None else ((lx.ACCUSE if value < 0 else lx.SUPPORT), st.act_root)


def _judged_ahead(st: Statement) -> float | None:
    """Praise said of anything in the future or the conditional (since the fifteenth act round): "Obama
    *would be* a *strong* voice for the nominee", "the new plank *would be
    remarkable*" (a main "be" with "will" / "would", not negated, whose complement holds a word of at least
    :data:`PREDICATION_THRESHOLD`; not an extraposed "it": "it will be *interesting* to see"). Reported or
    quoted, the readers read it as backing, not as a prediction (the judged cell "support -> predict" of the
    fourteenth round). Its valence, or None."""
    table = st.table
    for word, value in st.valences.items():
        if value < PREDICATION_THRESHOLD:
            continue
        pred = _complement_of(table, word)
        if (pred is not None and pred in st.preds and is_future(table, pred) and not _negated_plainly(table, pred)
                and not _extraposing(table, pred, word)):
            return value
    return None


def _judged_this(st: Statement) -> float | None:
    """An evaluation said of "this" / "that" / "it" in the speaker's own quoted words judges what the pronoun
    stands for (since the fifteenth act round): "*That was a great speech* you made on Tuesday" supports,
    "*this is a very difficult* investigation", "*it's* a rather *silly* thing to claim" accuse (a main "be" of
    the content's first sentence, not negated, whose complement holds a word of at least
    :data:`PREDICATION_THRESHOLD` either way; not an extraposed "it": "it is *good* to see her"). Whom it
    judges is left to the target's usual choice. The signed valence, or None. A content with no word of that
    valence is passed over before its quotation marks are looked for (rule "strong_valence_first")."""
    table = st.table
    if max(map(abs, st.valences.values()), default=0.0) < PREDICATION_THRESHOLD or not _own_words(st):
        return None
    last = st.first_end
    for word, value in st.valences.items():
        if abs(value) < PREDICATION_THRESHOLD or word > last:
            continue
        pred = _complement_of(table, word)
        if pred is None or pred not in st.preds or not is_copula(table, pred) or _negated_plainly(table, pred):
            continue
        subj = subject(table, pred)
        if subj is not None and table.lower[subj] in _DEMONSTRATIVE_SUBJECTS and not _extraposing(table, pred, word):
            return value
    return None


def _complement_of(table: TokenTable, word: int) -> int | None:
    """The verb whose ``acomp`` / ``attr`` ``word`` is, or the noun it modifies is ("a *good* speech")."""
    i = table.head[word] if table.dep[word] == "amod" else word
    return table.head[i] if table.dep[i] in ("acomp", "attr") else None


def _extraposing(table: TokenTable, pred: int, word: int) -> bool:
    """``pred`` (a copula whose complement holds ``word``) has a clause that an extraposed "it" stands for,
    under the copula or under its complement ("it is good *to see her*", "it's just sad *to watch*", "it would
    be easier *to raise* the tax", "it's a good thing *for the council to act*")."""
    children, dep = table.children, table.dep
    comp = table.head[word] if dep[word] == "amod" else word
    return any(dep[c] in _EXTRAPOSED for c in (*children[pred], *children[word], *children[comp]))


#: Subjects that stand for what was just said or done (:func:`_judged_this`).
_DEMONSTRATIVE_SUBJECTS: Final = frozenset({"this", "that", "it"})
#: Clauses an extraposed "it" stands for, under its copula or its complement.
_EXTRAPOSED: Final = frozenset({"ccomp", "csubj", "xcomp", "acl"})


def _a_person(table: TokenTable, i: int) -> bool:
    """A person's name or a personal pronoun ("he", "she"): praise said of one supports, reported or quoted."""
    return table.ent_type[i] == "PERSON" or table.lower[i] in lx.SINGULAR_PERSON_PRONOUNS


def _predicated(st: Statement) -> tuple[float, int] | None:
    """The strongest evaluation :func:`predication` reads as said of a person or organisation (or praise of
    a thing), and of whom: (signed valence, subject)."""
    table = st.table
    dep, head = table.dep, table.head
    best: tuple[float, int] | None = None
    excess = _excess(st)
    said = st.valences if excess is None or excess in st.valences else {**st.valences, excess: 0.0}
    for word, value in said.items():
        if abs(value) < PREDICATION_THRESHOLD and word != excess:
            continue
        if table.lower[word] in _FEELINGS:  # "the nurses are *fearful*": a feeling, no fault (twelfth round)
            continue
        if value < 0 and mood_of(table, word) is not None:  # "the voters are *furious*" (act31 round)
            continue
        if word == excess:  # "*too ready* to use force", "*too focused* on defending the chair"
            value = -max(value, PREDICATION_THRESHOLD)
        i = head[word] if dep[word] == "amod" else word
        if dep[i] in ("acomp", "attr") or (value > 0 and i != word and not st.mixed and _represented(table, i)):
            pred = head[i]
        elif (value < 0 and i == word and i in st.preds and table.pos[i] == "VERB"
              and not is_obligation(table, i) and not is_future(table, i)):
            pred = i  # "the party failed", "he lied" (not "voters should reject", "it will fail")
        else:
            continue
        subj = subject(table, pred)
        if (subj is None or dep[subj] != "nsubj" or is_speaker(st, subj)
                or not (_accountable(table, subj) or (value > 0 and _judgeable(table, subj, pred)))):
            continue
        if best is None or abs(value) > abs(best[0]):
            best = (value, subj)
    return best


def disqualification(st: Statement) -> tuple[str, int | None] | None:
    """Denying a person a quality their office needs accuses them (since the ninth round): "*he is not
    qualified* to run this country", "I don't think *you are qualified* when you backed that war", "she
    is *not ready* to lead" (a copula whose complement is one of :data:`_QUALITIES`, negated itself or
    under a negated belief verb, said of a person or organisation who is not the speaker). VADER gives
    most of these words no valence, so the accusation rule does not see them."""
    table = st.table
    if not _has_terms(st, _QUALITIES) or _QUALITIES.isdisjoint(map(table.lower.__getitem__, st.content)):
        return None  # most statements: none (rule "quality_terms": the terms first, one set test)
    dep, children = table.dep, table.children
    clauses = list(st.preds)
    for pred in st.preds:  # "I don't think you are qualified": the clause under a negated belief
        if _negated_belief(table, pred) and _negated_plainly(table, pred):
            clauses += [c for c in children[pred] if dep[c] == "ccomp"]
    for pred in clauses:
        if table.lemma[pred] not in ("seem", "look") and not is_copula(table, pred):
            continue
        if not any(dep[c] == "acomp" and table.lower[c] in _QUALITIES for c in children[pred]):
            continue
        negated = _negated_plainly(table, pred) or pred not in st.preds
        subj = subject(table, pred)
        if not negated or subj is None or is_speaker(st, subj):
            continue
        if _accountable(table, subj) or table.lower[subj] in _JUDGED_PRONOUNS:
            st.judged = subj
            return lx.ACCUSE, st.act_root
    return None


def anything_to_win(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``anything_to_win`` (issue 15's act67 round): a person said to say or do anything for votes or power
    is accused of having no scruple: "you were willing to *say anything to win the primary*", "the governor
    *will do anything to stay in power*", "Ortiz *will say whatever he has to say to win the seat*". The content holds
    "anything" or "whatever" governed (within :data:`_ANYTHING_STEPS` heads) by "say" or "do", with a purpose
    clause of gain below that verb (an infinitive with "to" whose verb or object is one of
    :data:`_GAIN_LEMMAS`: win, votes, elected, power ...; or a gain noun below such an infinitive: "willing to do
    anything *for votes*"). The one who says or does it is the subject of the verb or of the predicate it hangs
    from ("*you* were willing to say"), a person, organisation or personal
    pronoun that is not the speaker ("we will do whatever it takes to win" is resolve, not an accusation).
    Not negated, no modal of ability, duty or possibility ("candidates *can't* simply say anything to win"), not
    asked. VADER scores none of these words, so :func:`accusation` does not see them. "Do anything to protect
    the country" (no gain) and "won't do anything to reform it" back or accuse no one here."""
    if not _has_terms(st, _ANYTHING_WORDS):
        return None
    table = st.table
    head, lemma = table.head, table.lemma
    for word in st.content:
        if table.lower[word] not in _ANYTHING_WORDS:
            continue
        verb = word
        for _ in range(_ANYTHING_STEPS):
            if head[verb] == verb or head[verb] not in st.inside:
                break
            verb = head[verb]
            if lemma[verb] in _SAY_DO and table.pos[verb] in ("VERB", "AUX"):
                break
        if lemma[verb] not in _SAY_DO or not _gain_purpose(table, verb, word):
            continue
        subj = _doer_of(table, verb, st.inside)
        if subj is None or is_speaker(st, subj):
            continue
        if _judged_party(table, subj):
            st.judged = subj  # "her *rival* would say anything": a person noun of WordNet's too
            return lx.ACCUSE, st.act_root
    return None


def _gain_purpose(table: TokenTable, verb: int, word: int) -> bool:
    """Whether a purpose of gain follows ``word`` ("anything") below ``verb``: a word of :data:`_GAIN_LEMMAS`
    that is, or hangs (within three heads) from, a verb with "to" ("to *win*", "to get *votes*", "to stay in
    *power*", "to do anything for *votes*"); "win"
    with no object or an object of gain ("to win *the election*", not "to win *the title*")."""
    for i in table.subtree(verb):
        if i <= word or table.lemma[i] not in _GAIN_LEMMAS:
            continue
        if table.lemma[i] == "win" and any(table.dep[c] == "dobj" and table.lemma[c] not in _GAIN_LEMMAS
                                           for c in table.children[i]):
            continue  # "to win *the title*": a prize, no votes or power
        j = i
        for _ in range(3):
            if table.pos[j] in ("VERB", "AUX") and any(table.lower[c] == "to" and table.dep[c] == "aux"
                                                       for c in table.children[j]):
                return True
            if table.head[j] == j:
                break
            j = table.head[j]
    return False


def _doer_of(table: TokenTable, verb: int, inside: frozenset[int]) -> int | None:
    """The one who says or does (:func:`anything_to_win`): the subject of ``verb`` or of the predicates it hangs
    from through a conjunct, an open complement or an adjective ("you were *willing* to say or do"), none
    where one of them is negated or has a modal of :data:`_SCRUPLE_MODALS`, or is asked. A pronoun subject of a
    clause under "say" or "do" stands for that verb's named subject inside the content ("*Ortiz* will say whatever
    he has to say": Ortiz)."""
    i = verb
    for _ in range(4):
        if _negated_plainly(table, i) or not _SCRUPLE_MODALS.isdisjoint(_modal_children(table, i)) or _asked(table, i):
            return None
        subj = subject(table, i)
        if subj is not None and table.pos[subj] == "PRON" and table.dep[i] == "ccomp":
            outer = subject(table, table.head[i]) if table.lemma[table.head[i]] in _SAY_DO else None
            if outer is not None and outer in inside and table.pos[outer] != "PRON":
                return outer
        if subj is not None:
            return subj
        if table.dep[i] not in ("conj", "xcomp", "acomp") or table.head[i] == i:
            return None
        i = table.head[i]
    return None


#: The words of "say or do *anything*" (:func:`anything_to_win`; in :data:`PREFILTER_TERMS`).
_ANYTHING_WORDS: Final = frozenset({"anything", "whatever"})
#: How many heads above "anything" :func:`anything_to_win` looks for its "say" or "do" ("*do* whatever it takes").
_ANYTHING_STEPS: Final = 3
_SAY_DO: Final = frozenset({"say", "do"})
#: The gains of :func:`anything_to_win`: votes, an election, power, the nomination.
_GAIN_LEMMAS: Final = frozenset({"win", "vote", "elect", "elected", "election", "reelection", "re-election", "power",
                                 "nomination", "race", "primary", "seat"})
#: Modals that take the scruple out of "say anything" (:func:`_doer_of`): what one can, should or may do.
_SCRUPLE_MODALS: Final = frozenset({"can", "ca", "could", "should", "must", "may", "might"})


def failing_owned(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``failing_owned`` (issue 15's act69 round): a failure or a lack that a named party owns accuses that
    party, however the words around it weigh: "*the ministry failed to* warn the towns", "it hurts me to see *the
    governor fail to* honour our brave nurses", "*her* grasp of the budget *was lacking*", "*his lack of* experience
    worries me". The content holds "fail" with an infinitive ("failed *to warn*"), "lack" as a verb, "lacking" said
    of its subject, or the noun "lack" / "failure"; the one who owns it is the subject of the verb (or of the
    copula of "lacking", or that subject's possessor: "*Hale's* judgment was lacking"), or the possessor of the noun
    ("*his* failure to act"). It has to be a person, organisation or personal pronoun (:func:`_judged_party`) that
    is not the speaker (nor, in reported speech, the speaker's own "his": "she said *her* failure to call was a
    mistake" confesses). Not negated ("he never fails to thank them"), not under a modal, a future, an "if" or a
    question ("if the council fails to act", "the plan may fail to pass"), not an outcome of a contest
    (:data:`_CONTEST_GAINS`: "*failed to win* the primary" is a loss, not a fault). The gates of
    :func:`accusation` that are not its summed valence hold too: an observer's analysis, others' criticism reported
    or quoted, and another's speech retold accuse no one. VADER's "fail" (-1.8) is often outweighed by a word of
    praise for someone else ("our *brave* nurses") and "lacking" has no valence in scare quotes, so
    :func:`accusation` did not see these."""
    if not _has_terms(st, _FAILING_WORDS):
        return None
    table = st.table
    lemma, lower = table.lemma, table.lower
    for word in st.content:
        if lemma[word] not in _FAILING_WORDS and lower[word] not in _FAILING_WORDS:
            continue
        owner = _failure_owner(st, word)
        if owner is not None:
            if _failure_spared(st) or _predication_accuses(st):
                return None
            st.judged = _named_before(st, owner)
            return lx.ACCUSE, st.act_root
    return None


def _named_before(st: Statement, owner: int) -> int:
    """The party a possessive pronoun owner stands for: the last person or organisation named before it in the
    content, not a pronoun nor the speaker ("*Ortiz* is hiding *his* lack of a plan": Ortiz); else the owner."""
    table = st.table
    if table.pos[owner] != "PRON" or table.dep[owner] != "poss":
        return owner
    for i in reversed(st.content):
        if i < owner and table.pos[i] == "PROPN" and _accountable(table, i) and not is_speaker(st, i):
            return i
    return owner


def _failure_owner(st: Statement, word: int) -> int | None:
    """The party that owns the failure or lack ``word`` (:func:`failing_owned`), or None."""
    table = st.table
    lemma, dep, head, pos = table.lemma, table.dep, table.head, table.pos
    low = lemma[word]
    if pos[word] == "NOUN":
        if low not in ("lack", "failure") or _lacks_given(table, word):
            return None
        owner = next((c for c in table.children[word] if dep[c] == "poss"), None)
        clause = head[word]
    elif low == "fail":
        if pos[word] != "VERB" or not any(dep[c] == "xcomp" and any(table.lower[g] == "to" for g in table.children[c])
                                          and lemma[c] not in _CONTEST_GAINS for c in table.children[word]):
            return None
        owner, clause = subject(table, word), word
    elif low == "lack" and pos[word] == "VERB" and table.lower[word] != "lacking":
        if _lacks_given(table, word):
            return None
        owner, clause = subject(table, word), word
    elif table.lower[word] == "lacking" and dep[word] == "acomp":
        clause = head[word]
        owner = subject(table, clause)
        if owner is not None and not _judged_party(table, owner):
            owner = next((c for c in table.children[owner] if dep[c] == "poss"), None)
    else:
        return None
    if owner is None or clause not in st.inside or is_speaker(st, owner) or _own_possessive(st, owner):
        return None
    if not (_judged_party(table, owner) or (dep[owner] == "poss" and table.lower[owner] in lx.POSSESSIVE_SUBJECTS
                                            and lx.POSSESSIVE_SUBJECTS[table.lower[owner]] in _JUDGED_PRONOUNS)):
        return None
    if dep[owner] == "nsubjpass":
        return None
    i = clause
    for _ in range(4):  # the clause and the verbs it hangs from inside the content
        if (_negated_plainly(table, i) or not _FAILING_MODALS.isdisjoint(_modal_children(table, i))
                or is_future(table, i) or _asked(table, i)
                or any(dep[c] in ("mark", "advmod") and table.lower[c] in _FAILING_CONDITIONS
                       for c in table.children[i])):
            return None
        if head[i] == i or head[i] not in st.inside or dep[i] not in ("xcomp", "conj", "ccomp", "advcl", "relcl"):
            break
        i = head[i]
    return owner


def _predication_accuses(st: Statement) -> bool:
    """A negative word said of a party as its predicate, which :func:`predication` (later in the list) accuses by
    its own name: "*the agency failed* to protect the files" stays ``predication``'s. :func:`failing_owned` comes
    before :func:`praise` and :func:`predication` so that praise beside the failure does not decide ("Hale is a
    *charming* host, but his lack of experience worries me")."""
    best = _predicated(st)
    return best is not None and best[0] < 0


def _failure_spared(st: Statement) -> bool:
    """The gates of :func:`accusation` other than its summed valence that :func:`failing_owned` keeps: an
    observer's analysis ("the senator has failed to reach young voters", said by a pollster), a demand, others'
    criticism reported, others' words quoted, another's speech retold."""
    return (st.observer or _obliged(st) is not None or _criticism_reported(st) or others_words(st)
            or speech_retold(st))


def _lacks_given(table: TokenTable, word: int) -> bool:
    """What ``word`` ("lack") says is missing is given by others, a standing and no fault (:data:`_GIVEN_NOUNS`):
    "her lack *of support* among young voters", "he lacks *the votes*"."""
    for c in table.children[word]:
        if table.dep[c] == "dobj" and table.lemma[c] in _GIVEN_NOUNS:
            return True
        if table.dep[c] == "prep" and table.lower[c] == "of" and any(
                table.dep[g] == "pobj" and table.lemma[g] in _GIVEN_NOUNS for g in table.children[c]):
            return True
    return False


def _own_possessive(st: Statement, owner: int) -> bool:
    """A possessive pronoun that stands for the speaker in reported speech: "she said *her* failure ..."."""
    return st.table.dep[owner] == "poss" and reported_self(st, owner, own_forms=True)


#: The words of :func:`failing_owned` (forms and lemmas; in :data:`PREFILTER_TERMS`).
_FAILING_WORDS: Final = frozenset({"fail", "lack", "lacking", "failure"})
#: Infinitives of :func:`failing_owned` whose failure is a contest lost, no fault: "failed *to win* the seat".
_CONTEST_GAINS: Final = frozenset({"win", "gain", "reach", "qualify", "secure", "clinch", "capture", "carry", "earn",
                                   "garner", "attract", "dent", "draw", "get", "receive", "make", "crack", "break"})
#: What others give a party, whose lack is a standing, no fault (:func:`_lacks_given`): "a lack of *support*".
_GIVEN_NOUNS: Final = frozenset({"support", "backing", "vote", "votes", "money", "fund", "funding", "resource",
                                 "enthusiasm", "interest", "endorsement", "donor", "time", "access", "recognition",
                                 "delegate", "momentum", "traction", "appeal", "name"})
#: Modals that make a failure a possibility, a duty or a time to come: "the plan *could* fail to pass".
_FAILING_MODALS: Final = _SCRUPLE_MODALS | lx.FUTURE_AUXILIARIES | lx.CONDITIONAL_AUXILIARIES
#: Marks that put a failure under a condition or a time to come: "*if* the council fails to act".
_FAILING_CONDITIONS: Final = frozenset({"if", "unless", "whether", "until"})


def qualification(st: Statement) -> tuple[str, int | None] | None:
    """Granting a person a quality their office needs backs them (issue 15's act33 round), the
    counterpart of :func:`disqualification`: "*she is* uniquely *qualified to be* president", "I think
    *he is prepared to be* governor", "*the senator is fit for* the job". A copula ("be", "seem",
    "look") of the content's main predicates, or of the clause under a belief verb of theirs, not
    negated, whose complement is one of :data:`~claimex.lexicons.OFFICE_QUALITIES` with the office or its
    duty under it (an infinitive of :data:`~claimex.lexicons.OFFICE_DUTY_VERBS`, or "for" a noun), said
    of a person, organisation, personal pronoun or person noun (WordNet: "his *wife*") that is not the
    speaker; the one so qualified is the target. VADER gives these words no valence, so `praise` does
    not see them. "He is ready to sign the deal" (a deed), "the bridge is ready for traffic" (no person)
    and "I am ready to lead" (the speaker) back no one. Since issue 15's act59 round "qualified" needs no office
    under it, and counts on the noun said of the person too (:data:`_MERIT_QUALITY`, rule "merit_qualified":
    "they're both *qualified*", "she is *the most qualified* person")."""
    table = st.table
    if (not _has_terms(st, lx.OFFICE_QUALITIES)  # rule "quality_terms": most statements, one set test
            or lx.OFFICE_QUALITIES.isdisjoint(map(table.lower.__getitem__, st.content)) or _owed_quality(st)):
        return None  # most statements: none; "she should be ready for the job" demands (act53)
    dep, children = table.dep, table.children
    clauses = list(st.preds)
    for pred in st.preds:  # "I think she is ready": the clause under a belief verb
        if table.lemma[pred] in lx.NEG_RAISING_VERBS and not _negated_plainly(table, pred):
            clauses += [c for c in children[pred] if dep[c] == "ccomp"]
    for pred in clauses:
        if table.lemma[pred] not in ("seem", "look") and not is_copula(table, pred):
            continue
        if _negated_plainly(table, pred):
            continue
        quality = next((c for c in children[pred] if dep[c] == "acomp" and table.lower[c] in lx.OFFICE_QUALITIES
                        and (_office_duty(table, c) or table.lower[c] == _MERIT_QUALITY)), None)
        if quality is None:  # "she is *the most qualified* person": the quality on the noun said of the person
            quality = next((g for c in children[pred] if dep[c] == "attr" for g in children[c]
                            if dep[g] == "amod" and table.lower[g] == _MERIT_QUALITY), None)
        subj = subject(table, pred)
        if quality is None or subj is None or is_speaker(st, subj) or _negated_plainly(table, quality):
            continue
        if _judged_party(table, subj):
            st.judged = subj  # "his *wife* was qualified": a person noun of WordNet's too
            return lx.SUPPORT, st.act_root
    return None


def _judged_party(table: TokenTable, subj: int) -> bool:
    """Whether ``subj`` may be the one a judgement is said of: an accountable name or noun (:func:`_accountable`), a
    pronoun of :data:`_JUDGED_PRONOUNS`, or a common noun of a person by WordNet ("her *rival*", "his *wife*")."""
    return (_accountable(table, subj) or table.lower[subj] in _JUDGED_PRONOUNS
            or (table.pos[subj] == "NOUN" and lexical.noun_kind(table.lemma[subj]) == "person"))


def esteem_degree(st: Statement) -> tuple[str, int | None] | None:
    """A person said to be held in esteem or fit in a high degree is backed (rule "esteem_degree", issue 15's act65
    round): "Lopez *is best suited* to clean up city hall", "*she is highly respected* in the party", "he was *a
    greatly respected* colleague", "*he was the candidate best suited* to win the state". A participle of
    :data:`_ESTEEM_PARTICIPLES` under an adverb of degree of :data:`_ESTEEM_DEGREES` that is a main predicate of
    the content (or of the clause under the speaker's belief verb), the complement of a copula that is one, or a
    modifier of the noun such a copula says of the subject. Its subject is a person or organisation (a name, a
    personal pronoun, a person noun) that is neither the speaker (nor the pronoun that stands for them in reported
    speech: "he said *he* was ideally suited" boasts) nor the cue's subject named again; not negated, with no modal
    of possibility ("who *may not be* well liked"), not asked, not owed. VADER scores "suited", "qualified" and
    "liked" at nothing and "best suited" only through "best" (its holder, the passive subject, is read as a victim
    by :func:`holder`), so :func:`praise` and :func:`predication` passed these over. Reported, too: the praise is
    said of the person, as :func:`predication` reads "he is a *brilliant* judge". In a mixed quote the quotation
    marks hold the participle (the speaker's words, not the writer's account)."""
    if not _has_terms(st, _ESTEEM_PARTICIPLES) or _owed_quality(st):
        return None
    table = st.table
    dep, children, lower = table.dep, table.children, table.lower
    clauses = list(st.preds)
    for pred in st.preds:  # "I think she is best suited": the clause under a belief verb
        if table.lemma[pred] in lx.NEG_RAISING_VERBS and not _negated_plainly(table, pred):
            clauses += [c for c in children[pred] if dep[c] == "ccomp"]
    for pred in clauses:
        if _negated_plainly(table, pred) or _asked(table, pred) or not _ESTEEM_HEDGES.isdisjoint(
                _modal_children(table, pred)):
            continue
        words = [pred] if lower[pred] in _ESTEEM_PARTICIPLES else []
        if is_copula(table, pred):
            for c in children[pred]:
                if dep[c] == "acomp":
                    words.append(c)
                elif dep[c] == "attr":  # "a *greatly respected* colleague", "the candidate *best suited*"
                    words += [g for g in children[c] if dep[g] in ("amod", "acl")]
                    words += [h for g in children[c] if dep[g] == "amod" for h in children[g] if dep[h] == "conj"]
        for word in words:
            if lower[word] not in _ESTEEM_PARTICIPLES or _negated_plainly(table, word):
                continue
            if not any(dep[c] == "advmod" and lower[c] in _ESTEEM_DEGREES for c in children[word]):
                continue
            if st.mixed and not quoted_at(st, word):
                continue
            subj = subject(table, pred)
            if (subj is None or is_speaker(st, subj) or _cue_subject_named(st, subj)
                    or not (_a_person(table, subj) or _judged_party(table, subj))):
                continue
            st.judged = subj
            return lx.SUPPORT, st.act_root
    return None


#: Participles of esteem and fitness that back a person under an adverb of degree (:func:`esteem_degree`; in
#: :data:`PREFILTER_TERMS`): "best *suited*", "highly *respected*", "well *liked*". Not "positioned" ("best
#: positioned to win" weighs a race).
_ESTEEM_PARTICIPLES: Final = frozenset({"suited", "qualified", "equipped", "respected", "admired", "liked", "loved",
                                        "regarded", "esteemed", "trusted"})
#: Adverbs of degree that make a participle of :data:`_ESTEEM_PARTICIPLES` praise (:func:`esteem_degree`).
_ESTEEM_DEGREES: Final = frozenset({"best", "better", "well", "highly", "widely", "greatly", "deeply", "ideally",
                                    "uniquely", "perfectly", "eminently", "exceptionally", "singularly",
                                    "universally", "supremely", "most", "much"})
#: Modals that make the esteem a possibility, not a judgement (:func:`esteem_degree`): "he *may* not be well liked".
_ESTEEM_HEDGES: Final = frozenset({"may", "might", "could"})


#: The quality of :data:`~claimex.lexicons.OFFICE_QUALITIES` that backs a person with no office or duty under it
#: (rule "merit_qualified", issue 15's act59 round, in :func:`qualification`): "they're both *qualified*", "she is
#: *the most qualified* person"; "ready", "prepared", "fit" alone tell a state or a deed ahead ("he is ready to
#: sign", "we are prepared"), not a merit.
_MERIT_QUALITY: Final = "qualified"


def merit_idiom(st: Statement) -> tuple[str, int | None] | None:
    """An idiom of praise said of a person, in the speaker's own quoted words, backs them (rule "merit_idiom",
    issue 15's act59 round): "*the senator ticks every box*", "*she is what we have been waiting for*", "*she
    knocked it out of the park*". A praising idiom of :data:`~claimex.lexicons.EVALUATIVE_IDIOMS` (found by
    :func:`idioms`) whose head is a main predicate of the content, or the clause under a copula that is one ("she
    *is* what we have been waiting for"), not negated, whose subject is a person or organisation other than the
    speaker (nor the cue's subject named again): the target. The idiom's valence alone (2.0) stays under
    :data:`PRAISE_THRESHOLD` and is said by no ``acomp`` / ``attr``, so :func:`praise` passes it over. A mixed
    quote counts where its quotation marks hold the idiom ("the mayor *"stands tall"*", as :func:`job_well_done`).
    Not praise owed or a deed ahead ("she will have to check all the boxes")."""
    table = st.table
    first, last = st.content[0], st.content[-1]
    found = [idiom.head for idiom in idioms(table) if idiom.valence > 0 and first <= idiom.head <= last]
    if not found or not _own_words(st) or _owed_quality(st) or _future_deed(st):
        return None
    head = table.head
    for i in found:
        pred = i if i in st.preds else head[i]
        if pred not in st.preds or (pred != i and not is_copula(table, pred)) or _negated_plainly(table, pred):
            continue
        if st.mixed and not quoted_at(st, i):  # a mixed quote: the quotation marks hold the idiom
            continue
        subj = subject(table, pred)
        if (subj is None or is_speaker(st, subj) or _cue_subject_named(st, subj)
                or not (_a_person(table, subj) or _accountable(table, subj))):
            continue
        st.judged = subj
        return lx.SUPPORT, st.act_root
    return None


def none_better(st: Statement) -> tuple[str, int | None] | None:
    """No one said to be better than a person backs that person (rule "none_better", issue 15's act59 round):
    "there has *never* been a candidate *more qualified than* Maria Lopez", "*nobody* is *more loyal* to
    the farmers *than* Tom Reyes". In the speaker's own quoted words (in a mixed quote, inside its quotation
    marks), a comparative of merit ("qualified" or a word the evaluation lexicon scores as positive, under "more"
    / "better", or itself a comparative) with a "than" whose object is a person's name or "he" / "she" (not the
    speaker, nor the cue's subject named again: "nobody is more loyal than Tom Reyes," Reyes said), said
    (through its noun and the nouns it is joined to) in a negated existential clause or one whose subject is
    "nobody" / "none": the person after "than" is the target. Not a person compared ("he is not more qualified
    than Lopez": :func:`disqualification`)."""
    if not _has_word(st, "than") or not _own_words(st):
        return None
    table = st.table
    dep, head, lower, children = table.dep, table.head, table.lower, table.children
    for i in st.content:
        if lower[i] != "than" or dep[i] != "prep":
            continue
        word = head[i]
        person = next((c for c in children[i] if dep[c] == "pobj"), None)
        if (person is None or not _a_person(table, person) or is_speaker(st, person)
                or _cue_subject_named(st, person) or not _merit_compared(table, word)):
            continue  # "nobody will be more loyal than Tom Reyes," Reyes said: himself
        if st.mixed and not quoted_at(st, word):  # a mixed quote: the quotation marks hold the comparison
            continue
        verb, seen = word, 0
        while dep[verb] in _SAID_OF and seen < 4:  # "a man or a woman more qualified": up to the clause
            verb, seen = head[verb], seen + 1
        subj = subject(table, verb)
        existential = any(dep[c] == "expl" for c in children[verb])  # "there has never been", not "he is not"
        if (existential and _negated_plainly(table, verb)) or (subj is not None and lower[subj] in _NOBODY):
            st.judged = person
            return lx.SUPPORT, st.act_root
    return None


#: The dependencies :func:`none_better` climbs from a comparative to the clause it is said in.
_SAID_OF: Final = frozenset({"amod", "acomp", "attr", "conj", "appos"})


def _merit_compared(table: TokenTable, word: int) -> bool:
    """``word`` is a comparative of merit (:func:`none_better`): "qualified" or a positive word, under "more" /
    "better", or a comparative of a positive word itself ("*better*", "*smarter*")."""
    value = word_valence(table.lower[word], table.lemma[word])
    positive = table.lower[word] == _MERIT_QUALITY or (value is not None and value > 0)
    if not positive:
        return False
    return table.doc[word].tag_ in ("JJR", "RBR") or any(
        table.dep[c] == "advmod" and table.lower[c] in ("more", "better") for c in table.children[word])


def best_choice(st: Statement) -> tuple[str, int | None] | None:
    """A person named as the one to choose is backed (issue 15's act34 round): "*the best alternative* to the
    mayor *is Tom Reyes*", "if you want someone who can win, *Maria Lopez is that candidate*". A copula of the
    content's main predicates, or of the clause under a belief verb of theirs, not negated, that joins a
    person or organisation (not the speaker) to a noun of :data:`~claimex.lexicons.CHOICE_NOUNS` marked as
    the one chosen (a modifier of :data:`~claimex.lexicons.CHOICE_MARKERS`, or the demonstrative "that" with
    nothing after the noun); the person is the target. "Tom Reyes is the Republican candidate" (a fact),
    "he is not the right choice" and "she is the *only* candidate who will ..." (a claim of uniqueness, the
    act23 round's assertion) back no one; "the best candidate" said as a predicate of the person is
    mostly :func:`praise`'s already, which comes first."""
    table = st.table
    if not _has_terms(st, lx.CHOICE_NOUNS) or lx.CHOICE_NOUNS.isdisjoint(map(table.lower.__getitem__, st.content)):
        return None  # most statements: none (rule "quality_terms": the terms first, one set test)
    dep, lower, children = table.dep, table.lower, table.children
    clauses = list(st.preds)
    for pred in st.preds:  # "I think the best alternative is ...": the clause under a belief verb
        if table.lemma[pred] in lx.NEG_RAISING_VERBS and not _negated_plainly(table, pred):
            clauses += [c for c in children[pred] if dep[c] == "ccomp"]
    for pred in clauses:
        if not is_copula(table, pred) or _negated_plainly(table, pred):
            continue
        subj = subject(table, pred)
        attr = next((c for c in children[pred] if dep[c] == "attr"), None)
        if subj is None or attr is None:
            continue
        for chosen, person in ((attr, subj), (subj, attr)):
            if lower[chosen] not in lx.CHOICE_NOUNS or not _chosen(table, chosen):
                continue
            if (_accountable(table, person) and table.pos[person] == "PROPN" and not is_speaker(st, person)
                    and not _cue_subject_named(st, person)):
                st.judged = person
                return lx.SUPPORT, st.act_root
    return None


def right_course(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``right_course`` (issue 15's act80 round): a deed judged the right one backs it and whoever did it.
    Three shapes, each a main predicate of the content (or the clause under a belief verb of one), not negated,
    not in a question, with no modal (a deed ahead, owed or wished is a call or a forecast):

    - a deed called the right course: a "be" whose complement is a noun of :data:`_DEED_NOUNS` marked by an
      adjective of :data:`_RIGHT_MARKS` ("*calling the police was the right decision*", "that *was the wise
      move*"), with a subject that is no such noun itself ("the right thing is to wait" is
      :func:`prescribed_course`'s call), and, in the present, no infinitive or clause under the noun ("it is
      the right thing *to do*" says what to do);
    - a deed done right: "do" / "make" / "take" with such a noun as its object ("the mayor *made the right
      call*", "the governor *is doing the right thing*");
    - a doer right to do it: "be" with an adjective of :data:`_RIGHT_MARKS` and an infinitive under it ("the
      chief *was right to wait*").

    The doer (the subject of the last two, of a gerund subject of the first) is no speaker; a person or
    organisation among them is the target."""
    if not _has_terms(st, _RIGHT_MARKS):
        return None
    table = st.table
    dep, lemma, lower, children = table.dep, table.lemma, table.lower, table.children
    clauses = list(st.preds)
    for pred in st.preds:  # "I think calling the police was the right decision": the clause under a belief verb
        if lemma[pred] in lx.NEG_RAISING_VERBS and not _negated_plainly(table, pred):
            clauses += [c for c in children[pred] if dep[c] == "ccomp"]
    for pred in clauses:
        if _negated_plainly(table, pred) or _asked(table, pred) or not _JOB_MODALS.isdisjoint(
                _modal_children(table, pred)):
            continue
        deed = _right_deed(st, pred)
        if deed is None:
            continue
        doer = deed[0]
        if doer is not None and (is_speaker(st, doer) or lower[doer] in ("we", "us", "our")):
            continue
        if doer is not None and _accountable(table, doer):
            st.judged = doer
        return lx.SUPPORT, st.act_root
    return None


def _right_deed(st: Statement, pred: int) -> tuple[int | None] | None:
    """The doer of the deed ``pred`` judges right (:func:`right_course`), in a tuple: the token of the doer, or
    None for a deed with no doer told ("*calling for help* was the right course"); None where ``pred`` judges
    no deed right."""
    table = st.table
    dep, lemma, children = table.dep, table.lemma, table.children
    subj = subject(table, pred)
    if is_copula(table, pred):
        attr = next((c for c in children[pred] if dep[c] == "attr"), None)
        if attr is not None and lemma[attr] in _DEED_NOUNS and _right_marked(table, attr):
            if subj is None or (table.pos[subj] == "NOUN" and lemma[subj] in _DEED_NOUNS):
                return None
            if table.doc[pred].tag_ != "VBD" and any(dep[c] in ("acl", "relcl") for c in children[attr]):
                return None
            if dep[subj] == "csubj" or table.doc[subj].tag_ == "VBG":  # "calling the police": its doer
                return (subject(table, subj),)
            return (subj,)
        right = next((c for c in children[pred] if dep[c] == "acomp" and table.lower[c] in _RIGHT_MARKS), None)
        if right is not None and subj is not None and any(
                dep[c] == "xcomp" and is_to_infinitive(table, c) for c in children[right]):
            return (subj,)
        return None
    if lemma[pred] in _DEED_VERBS and subj is not None:
        obj = next((c for c in children[pred] if dep[c] == "dobj"), None)
        if obj is not None and lemma[obj] in _DEED_NOUNS and _right_marked(table, obj):
            return (subj,)
    return None


def _right_marked(table: TokenTable, noun: int) -> bool:
    """The noun has an adjective of :data:`_RIGHT_MARKS` of its own ("the *right* call")."""
    return any(table.dep[c] == "amod" and table.lower[c] in _RIGHT_MARKS for c in table.children[noun])


#: Adjectives that judge a deed the right one (:func:`right_course`; in :data:`PREFILTER_TERMS`).
_RIGHT_MARKS: Final = frozenset({"right", "correct", "wise", "smart", "proper", "sensible"})
#: Nouns of a deed judged (:func:`right_course`): "the right *course*", "the right *call*".
_DEED_NOUNS: Final = frozenset({"course", "decision", "choice", "call", "move", "step", "thing", "solution",
                                "approach"})
#: Verbs whose object is the deed done: "*did* the right thing", "*made* the right call".
_DEED_VERBS: Final = frozenset({"do", "make", "take"})


def _cue_subject_named(st: Statement, person: int) -> bool:
    """The person is the cue's subject named again: "*Reyes* is that candidate," *Reyes* said (a candidate
    speaking of himself in the third person promotes himself; he backs no one)."""
    if st.cue is None:
        return False
    subj = subject(st.table, st.cue)
    return subj is not None and st.table.lower[subj] == st.table.lower[person]


def _chosen(table: TokenTable, noun: int) -> bool:
    """A noun of choice marked as the one chosen: "the *best* alternative", "*that* candidate" (the
    demonstrative only with nothing after the noun, no "that candidate who ..." or "of ...")."""
    kids = table.children[noun]
    if any(table.lower[c] in lx.CHOICE_MARKERS for c in kids):
        return True
    return any(table.lower[c] == "that" and table.dep[c] == "det" for c in kids) and not any(c > noun for c in kids)


def _office_duty(table: TokenTable, quality: int) -> bool:
    """The quality has an office or its duty under it: an infinitive of
    :data:`~claimex.lexicons.OFFICE_DUTY_VERBS` ("qualified *to be* president", "ready *to lead*") or a
    "for" with a noun ("fit *for* the job", "ready *for* the presidency")."""
    for c in table.children[quality]:
        if table.dep[c] == "xcomp" and table.lemma[c] in lx.OFFICE_DUTY_VERBS:
            return True
        if table.dep[c] == "prep" and table.lower[c] == "for" and any(
                table.dep[g] == "pobj" and table.pos[g] in ("NOUN", "PROPN") for g in table.children[c]):
            return True
    return False


#: Qualities an office needs: denied of a person, they accuse (:func:`disqualification`).
_QUALITIES: Final = frozenset({"qualified", "fit", "ready", "prepared", "competent", "capable", "honest",
                               "trustworthy", "credible", "electable", "presidential", "suited"})
#: Pronouns that can stand for the one judged ("*you* are not qualified", "*he* is not ready").
_JUDGED_PRONOUNS: Final = frozenset({"he", "she", "you", "they"})


def _judgeable(table: TokenTable, i: int, pred: int) -> bool:
    """A thing that can be praised as a person can: a noun (a policy, a plan, a decision: "the new
    strategy is a *welcome* step") as the subject of "be", or of a verb of :data:`_REPRESENTING` ("the accord
    *represents* the *best* chance we have had": :func:`_represented`); not a pronoun ("it was *fine*": what
    "it" is, is not read here)."""
    return table.pos[i] in ("NOUN", "PROPN") and (is_copula(table, pred) or table.lemma[pred] in _REPRESENTING)


#: Verbs that say what their subject is, as "be" does, through their object (:func:`_represented`).
_REPRESENTING: Final = frozenset({"represent", "constitute", "embody"})


def _represented(table: TokenTable, i: int) -> bool:
    """Rule ``represented_merit`` (issue 15's act62 round): praise said of a subject through the object of a verb
    of :data:`_REPRESENTING` is said of it as through "be" (:func:`_predicated`, positive words only, and only
    an adjective of the object): "this accord *represents the best chance* we have had to save the reefs",
    "the mayor *embodies* the *finest* traditions of the city". The object (``dobj``) of such a verb that is not
    negated and has no modal of its own ("*could* represent a real chance" guesses); :func:`_predicated` reads
    it outside mixed quotes only (the writer's account around a few quoted words, as :func:`praise` reads
    them). A praising noun as the object itself is no praise of the subject ("he *represents* the *values* of
    the coast" labels him, for or against), and a negative word so said ("*represents a threat*") is left to
    the other rules."""
    if table.dep[i] != "dobj":
        return False
    verb = table.head[i]
    return (table.lemma[verb] in _REPRESENTING and not _negated_plainly(table, verb)
            and not _modal_children(table, verb))


_THANKING: Final = frozenset({"thank", "congratulate"})


def own_backing(st: Statement) -> tuple[str, int | None] | None:
    """The speaker backing something in their own words supports it: "*I* *support* the bill", "*we*
    *welcome* the ruling", "she said *she* would *campaign for* him" (a main predicate of
    :data:`~claimex.lexicons.ENDORSING_VERBS`, not negated, whose subject is the speaker: a first-person
    pronoun, or the pronoun that stands for the speaker in reported speech). Its object is the target.
    "Campaign" and "vote" back only with "for". In a quote, a bare "Thank you, Maria Lopez" is the
    speaker's too (the one thanked is the target). A liking withheld finds fault (act accuse): "*I don't
    like* what he said"; a backing withheld (:data:`_PLEDGING`) is still about backing, act support with
    stance oppose (:func:`withheld_backing`, since the thirteenth act round): "*she couldn't* yet *support*
    his candidacy", "*they will not back* him"."""
    table = st.table
    dep, lemma, children = table.dep, table.lemma, table.children
    for main in st.preds:
        subj = subject(table, main)
        pred = _backing_verb(table, main, st.content[-1])
        if pred is None:
            if lemma[main] in _ENACTING and _enacting(st, main, subj):  # "she would sign the water bill"
                obj = act_object(table, main)
                st.judged = obj if obj is not None and table.pos[obj] != "PRON" else None
                return (lx.ACCUSE if _negated_plainly(table, main) else lx.SUPPORT), st.act_root
            continue
        thanks = subj is None and ((st.direct and lemma[pred] in _THANKING)  # "Thank you, Maria Lopez, for ..."
                                   or (pred == st.content[0] and table.doc[pred].tag_ == "VBD" and _quoted(st)))
        if not thanks and (subj is None or not (is_speaker(st, subj) or _reported_person(st, subj))):
            continue
        withheld = _negated_plainly(table, main) or (pred != main and _negated_plainly(table, pred))
        act = lx.ACCUSE if withheld and lemma[pred] not in _PLEDGING else lx.SUPPORT  # "I *don't like* what he said"
        stood = _stood_behind(table, pred)
        if stood is not None:  # "*we stand* firmly *behind* the plan"
            st.judged = stood
            return act, st.act_root
        objects = [c for c in children[pred] if dep[c] in ("dobj", "ccomp")]
        obj = next((c for c in objects if table.lower[c] != "you"), objects[0] if objects else None)
        if obj is None or lemma[pred] in ("campaign", "vote", "caucus"):
            prep = next((c for c in children[pred] if dep[c] == "prep"
                         and table.lower[c] in lx.ENDORSING_PREPOSITIONS), None)
            obj = next((g for g in children[prep] if dep[g] == "pobj"), None) if prep is not None else None
        if obj is None:
            continue
        if dep[obj] == "ccomp":  # "I like what he said": the clause's head noun or subject
            obj = next((c for c in children[obj] if dep[c] == "nsubj"), obj)
        if table.pos[obj] != "PRON" or table.lower[obj] in _THIRD_PERSON - {"it", "its"}:
            st.judged = obj  # not "I love *that*", "I love *us*": the target is read as for any claim
        return act, st.act_root
    return None


def liked_one(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``liked_one`` (issue 15's act70 round): the speaker's liking told in a relative clause backs the one
    liked, as :func:`own_backing` reads it of a main predicate: "*the one candidate I like* is the governor",
    "the candidate *he likes* so far is Ortiz", "she backs Ortiz, *whose grit she admires*". A verb of
    :data:`_LIKING` that heads a relative clause, active, not negated, with no modal and not asked, whose subject
    is the speaker (a first-person pronoun; in reported speech "he", "she" or "they", as the speaker's own
    pronoun, outside quotation marks). The one liked is the noun the clause describes where it is a person or
    organisation named (:func:`_a_name`: "Ortiz, whose grit she admires"), else, where that noun is one side of a
    "be", the name on the other side ("the candidate I like *is Ortiz*"; "Ortiz is the one I like"). A thing
    liked ("the part I like most is the music") or a role ("I can't find *a candidate* I like") backs no one and
    is left to the other rules."""
    table = st.table
    dep, head, lower = table.dep, table.head, table.lower
    inside = st.inside
    for verb in st.content:
        if table.lemma[verb] not in _LIKING or dep[verb] != "relcl" or table.pos[verb] != "VERB":
            continue
        subj = next((c for c in table.children[verb] if dep[c] == "nsubj"), None)
        if subj is None or _negated_plainly(table, verb) or _modal_children(table, verb) or _asked(table, verb):
            continue
        own = is_first_person(table, subj) or (
            not st.direct and not quoted_at(st, subj) and table.pos[subj] == "PRON"
            and lower[subj] in _REPORTED_PERSONS)
        speaker = subject(table, st.cue) if st.cue is not None else None
        if not own or (not is_first_person(table, subj) and speaker is not None and table.pos[speaker] == "PRON"
                       and lower[speaker] != lower[subj]):  # "she said the man *he* likes is ...": not hers
            continue
        noun = head[verb]
        liked: int | None = None
        if _a_name(table, noun):
            liked = noun
        elif dep[noun] in ("nsubj", "attr") and is_copula(table, head[noun]) and not _negated_plainly(
                table, head[noun]):
            side = "attr" if dep[noun] == "nsubj" else "nsubj"
            other = next((c for c in table.children[head[noun]] if dep[c] == side), None)
            if other is not None and _a_name(table, other):
                liked = other
        if liked is None or liked not in inside:
            continue
        st.judged = liked
        return lx.SUPPORT, st.act_root
    return None


def _a_name(table: TokenTable, i: int) -> bool:
    """A person's or an organisation's name (:func:`liked_one`): a proper noun, or a person or organisation entity;
    not a role ("I can't find *a candidate* that I like" names no one)."""
    return table.pos[i] == "PROPN" or (table.pos[i] != "PRON" and table.ent_type[i] in syntax.AGENT_ENTITY_LABELS)


#: Verbs of liking a person (:func:`liked_one`).
_LIKING: Final = frozenset({"like", "love", "admire", "respect"})


def needed(st: Statement) -> tuple[str, int | None] | None:
    """The speaker saying they need a person backs that person (issue 15's support round): "*we need*
    someone who will stand up for us", "*we need her* on the council", "Ortiz is exactly the mayor *we need*" (a verb
    "need", present or future, not negated, whose subject is the speaker, with a person as its object: a
    person, organisation, role or third-person pronoun, or a noun of :data:`_NEEDED_PEOPLE`; in a relative
    clause, the noun it describes). The one needed is the target. "We needed a plan back then" (a past
    need) and "we need more money" (no person) back no one."""
    if not _has_terms(st, _NEED):  # rule "term_gates": most contents have no "need" (one set test)
        return None
    table = st.table
    lemma, dep, children = table.lemma, table.dep, table.children
    for i in st.content:
        if lemma[i] != "need" or table.pos[i] != "VERB" or table.doc[i].tag_ == "VBD" or _asked(table, i):
            continue
        subj = subject(table, i)
        if subj is None or not is_speaker(st, subj) or _negated_plainly(table, i):
            continue
        if dep[i] == "relcl":  # "the mayor we need (to rebuild the town)", not "the people we need to reach"
            to = next((c for c in children[i] if dep[c] == "xcomp"), None)
            obj = table.head[i] if to is None or act_object(table, to) is not None else None
        else:
            obj = next((c for c in children[i] if dep[c] == "dobj"), None)
        if obj is None or not _a_needed_person(table, obj):
            continue
        if dep[obj] == "attr":  # "*Ortiz* is exactly the mayor we need": the one said to be it
            obj = subject(table, table.head[obj]) or obj
        st.judged = obj
        return lx.SUPPORT, st.act_root
    return None


#: The lemma :func:`needed` reads (rule "term_gates"; in :data:`PREFILTER_TERMS`): a content with no form or
#: lemma "need" is passed over by one set test instead of a look-up a word.
_NEED: Final = frozenset({"need"})


def _a_needed_person(table: TokenTable, i: int) -> bool:
    """A person or people: a name, a person entity, a third-person pronoun, a role noun or a noun of
    :data:`_NEEDED_PEOPLE`; not an organisation noun ("we need *a new agency*"), not "fewer" / "less" / "no" of
    them ("we need *fewer* philosophers")."""
    if any(table.lower[c] in ("fewer", "less", "no") for c in table.children[i]):
        return False
    if table.lemma[i] in _NEEDED_PEOPLE:  # "someone" is a pronoun to the tagger
        return True
    if table.lower[i] in ("it", "its"):  # "we need it now": a thing
        return False
    return table.lemma[i] in lx.ROLE_NOUNS if table.pos[i] == "NOUN" else is_agent(table, i)


def _asked(table: TokenTable, i: int) -> bool:
    """The sentence of token ``i`` ends with a question mark ("why do we need a new agency?")."""
    return table.word(_sentence_end(table, i)) == "?"


#: Nouns of a person needed that are no role of :data:`~claimex.lexicons.ROLE_NOUNS` ("we need *someone* who
#: fights", "we need *a mom* in there").
_NEEDED_PEOPLE: Final = frozenset({"someone", "somebody", "person", "man", "woman", "mom", "dad", "mother",
                                   "father", "fighter", "voice"})


def rallying(st: Statement) -> tuple[str, int | None] | None:
    """Getting or rallying behind someone backs them, whoever is told to (issue 15's support round):
    "conservatives should *get behind* the governor", "the party had better *get on board with* Ortiz", "the
    delegates must *coalesce around* one platform", "*we are with him* all the way" (a verb and preposition of
    :data:`_RALLYING`, "get on board with", or the speaker "with" a third-person pronoun, not negated). What
    it is behind is the target. "Stand behind" / "stand with" are the speaker's own backing (:func:`own_backing`)."""
    table = st.table
    lemma, lower, dep, children = table.lemma, table.lower, table.dep, table.children
    for i in st.content:
        if lemma[i] not in _RALLYING_VERBS or _RALLYING_PREPOSITIONS.isdisjoint(map(lower.__getitem__, children[i])):
            continue  # most words: the cheap tests first (each case below needs such a verb and preposition)
        if table.pos[i] not in ("VERB", "AUX") or _negated_plainly(table, i) or not _rallied_by_call(st, i):
            continue
        for c in children[i]:
            if dep[c] != "prep":
                continue
            obj = next((g for g in children[c] if dep[g] == "pobj"), None)
            if obj is None and c + 1 < len(lower) and table.pos[c + 1] in ("PROPN", "NOUN", "PRON"):
                obj = c + 1  # "get behind Trump" where the parse hangs the name elsewhere
            if obj is None:
                continue
            subj = subject(table, i)
            if ((lemma[i], lower[c]) in _RALLYING
                    or (lemma[i] == "get" and lower[c] == "with" and _on_board(table, i))
                    or (lemma[i] == "be" and lower[c] == "with" and lower[obj] in ("her", "him", "them")
                        and subj is not None and is_speaker(st, subj))):
                st.judged = obj
                return lx.SUPPORT, st.act_root
    return None


def _rallied_by_call(st: Statement, verb: int) -> bool:
    """The rallying is the speaker's own ("*we will* coalesce around ...") or a call (an obligation,
    "*the party had better* get on board", an infinitive or imperative with no subject: "*the time to* get behind her"),
    not a report or forecast of what others do ("his supporters will rally behind her", "teachers are lining up
    behind Clinton"), nor a question."""
    table = st.table
    if _asked(table, verb):
        return False
    subj = subject(table, verb)
    if subj is None:  # an infinitive or an imperative, not a participle ("sees teachers *lining up* behind her")
        return is_imperative(table, verb, st.cue) or any(
            table.lower[c] == "to" and table.dep[c] == "aux" for c in table.children[verb])
    return (is_speaker(st, subj) or is_obligation(table, verb)
            or any(table.lower[c] == "better" for c in table.children[verb]))


def _on_board(table: TokenTable, verb: int) -> bool:
    """"get *on board* with": the verb has an "on" phrase whose object is "board"."""
    return any(table.dep[o] == "prep" and table.lower[o] == "on"
               and any(table.lower[b] == "board" for b in table.children[o]) for o in table.children[verb])


#: Verb and preposition of rallying behind someone or something ("get behind", "rally around").
_RALLYING: Final = frozenset({("get", "behind"), ("rally", "behind"), ("rally", "around"), ("line", "behind"),
                              ("unite", "behind"), ("unite", "around"), ("coalesce", "around")})
#: The verbs :func:`rallying` reads: those of :data:`_RALLYING`, "get" (on board with) and "be" (with him).
_RALLYING_VERBS: Final = frozenset({verb for verb, _ in _RALLYING} | {"get", "be"})
#: The prepositions :func:`rallying` reads: those of :data:`_RALLYING`, and "with" (on board with, with him).
_RALLYING_PREPOSITIONS: Final = frozenset({prep for _, prep in _RALLYING} | {"with"})


#: Verbs of giving one's backing (a vote, an endorsement): withheld ("will not back him") the act is still
#: about backing, act support with stance oppose, as the readers read it; a liking withheld ("I don't like
#: what he said") finds fault: accuse.
_PLEDGING: Final = frozenset({"support", "back", "endorse", "vote", "campaign", "caucus", "champion"})


def withheld_backing(st: Statement) -> bool:
    """The speaker refusing their backing: a main verb of :data:`_PLEDGING`, negated, whose subject is the
    speaker ("they *will not vote for* him", "she *could not support* the deal"; since the thirteenth act
    round), or an infinitive with no subject of its own, whose doer is the cue's subject ("vowed *not to vote
    for* him": since issue 15's sixteenth round). Its act is support (it is about the speaker's backing) and
    its stance oppose (:func:`decide_stance`)."""
    if not st.negative:
        return False
    table = st.table
    for main in st.preds:
        pred = _backing_verb(table, main, st.content[-1])
        if pred is None or table.lemma[pred] not in _PLEDGING:
            continue
        subj = subject(table, main)
        own = (is_speaker(st, subj) or _reported_person(st, subj)) if subj is not None else any(
            table.lower[c] == "to" and table.dep[c] == "aux" for c in table.children[main])
        if own and (_negated_plainly(table, main) or _negated_plainly(table, pred)):
            return True
    return False


def _enacting(st: Statement, pred: int, subj: int | None) -> bool:
    """The speaker's own future act of putting a proposal into effect backs it (since the twelfth act round):
    "she *would sign* the water bill", "I *would* certainly *implement* that", "the company said *it would
    cooperate*" (a verb of :data:`_ENACTING` in the future whose subject is the speaker)."""
    table = st.table
    return (table.lemma[pred] in _ENACTING and table.pos[pred] == "VERB" and subj is not None
            and is_future(table, pred) and (is_speaker(st, subj) or _reported_person(st, subj, agree=True)))


#: Verbs of putting a proposal into effect: the speaker's own in the future backs it.
_ENACTING: Final = frozenset({"sign", "implement", "enact", "ratify", "cooperate", "adopt"})


def preference(st: Statement) -> tuple[str, int | None] | None:
    """Wanting someone in an office, or choosing them over another, supports them (since the ninth
    round): "Bernie Sanders *should be president*", "she *deserves to win*", "I'll *take* Sanders *over*
    Trump any day", "we *prefer* Lopez" (a main predicate "be" / "become" with an obligation and an office
    of :data:`_OFFICES` as its complement, "deserve" not negated, or a verb of choice with the speaker as
    subject and an "over" / "to" of the one passed over, or "prefer"; since the eighteenth act round also credit
    owed to someone else: "he *should get* due *credit*", "she *deserves* our *thanks*"). The one supported is
    the target."""
    table = st.table
    dep, lemma, children = table.dep, table.lemma, table.children
    for pred in st.preds:
        word = lemma[pred]
        if word not in _PREFERRING_HEADS:  # the cheap test first
            continue
        subj = subject(table, pred)
        if subj is None or _negated_plainly(table, pred):
            continue
        if word in ("be", "become") and is_obligation(table, pred) and _accountable(table, subj) and any(
                dep[c] == "attr" and lemma[c] in _OFFICES for c in children[pred]):
            st.judged = subj
            return lx.SUPPORT, st.act_root
        if word == "deserve" and _accountable(table, subj) and not is_speaker(st, subj) and st.evaluation() >= 0:
            st.judged = subj
            return lx.SUPPORT, st.act_root
        if (word in _CREDITING and (word == "deserve" or is_obligation(table, pred)) and _accountable(table, subj)
                and not is_speaker(st, subj) and any(dep[c] == "dobj" and lemma[c] in _CREDIT_NOUNS
                                                      for c in children[pred])):
            st.judged = subj  # "he *should get* due *credit* for that" (since the eighteenth act round)
            return lx.SUPPORT, st.act_root
        if word in _CHOOSING and is_speaker(st, subj):
            obj = next((c for c in children[pred] if dep[c] == "dobj"), None)
            passed = any(dep[c] == "prep" and table.lower[c] == "over" for c in (  # not "take obligations *to*"
                *children[pred], *(children[obj] if obj is not None else ())))
            if obj is not None and (word == "prefer" or passed):
                st.judged = obj
                return lx.SUPPORT, st.act_root
    return None


#: Offices a person can be wanted in: "X should be *president*".
_OFFICES: Final = frozenset({"president", "nominee", "leader", "governor", "senator", "mayor", "chairman",
                             "chair", "chairwoman", "speaker", "candidate", "commander", "minister", "premier"})
#: Verbs of choosing one over another: "I'll *take* Sanders *over* Trump", "we *prefer* Lopez".
_CHOOSING: Final = frozenset({"prefer", "take", "choose", "pick", "select", "favor", "favour"})
#: Verbs of being given credit: with an obligation ("should *get*") or "deserve", and a noun of
#: :data:`_CREDIT_NOUNS` as object, the one credited is supported (:func:`preference`).
_CREDITING: Final = frozenset({"get", "receive", "deserve", "earn"})
#: Nouns of credit or praise given to someone: "he should get due *credit*", "she deserves our *thanks*".
_CREDIT_NOUNS: Final = frozenset({"credit", "praise", "thanks", "recognition", "applause", "kudos", "gratitude"})
_PREFERRING_HEADS: Final = _CHOOSING | _CREDITING | {"be", "become"}


def _reported_person(st: Statement, subj: int, *, agree: bool = False) -> bool:
    """In reported speech, a personal subject pronoun of a main predicate ("47 percent of voters saying *they*
    will support Clinton", "distinguished himself by saying *he*'d back the deal"): where the cue's subject
    does not show whom it stands for (a quantity, or no subject of the cue's own), it is read as the
    speaker's, as in nearly every report of someone's backing (aides who say *she* backs the plan report
    her backing too). With ``agree``, the pronoun must agree in number with a subject of the cue, and a
    pronoun subject of the cue must be the same pronoun ("the women said *he* assaulted them": not the
    speaker). Since issue 15's act25 round also in a mixed quote, outside its quotation marks (:func:`quoted_at`):
    "the senator said *she* backed the plan 'without reservation'" reports her backing as plain reported
    speech does."""
    table = st.table
    low = table.lower[subj]
    reported = not quoted_at(st, subj)
    if not (reported and table.pos[subj] == "PRON" and low in _REPORTED_PERSONS
            and table.dep[subj] == "nsubj" and table.head[subj] in st.preds):
        return False
    speaker = subject(table, st.cue) if st.cue is not None else None
    if speaker is None or not agree:
        return True
    if table.pos[speaker] == "PRON":  # "she said he ...": someone else
        return table.lower[speaker] == low or (low == "they" and table.lower[speaker] == "we")
    plural = table.doc[speaker].tag_ in ("NNS", "NNPS")
    return plural == (low == "they") or table.lemma[speaker] in _QUANTITIES  # "47 percent ... saying they"


#: Nouns of a share of a group: "47 percent of voters saying *they* ...", "a majority said *they* ...".
_QUANTITIES: Final = frozenset({"percent", "%", "majority", "minority", "half", "third", "quarter", "number",
                                "share", "most", "many"})


#: The pronouns :func:`_reported_person` reads as the speaker ("it" often stands for a thing).
_REPORTED_PERSONS: Final = frozenset({"he", "she", "they"})


def _backing_verb(table: TokenTable, pred: int, last: int) -> int | None:
    """The verb of backing of a main predicate: itself (`lexicons.ENDORSING_VERBS`, or "stand" behind /
    with), or, since the seventh round, a backing verb in its infinitive complement, whose subject is the
    predicate's ("she *planned to vote for* Diaz", "I am *going to endorse* you", "we *want to back* him"), or,
    since issue 15's act47 round, a backing verb conjoined to it with no subject of its own, which shares the
    predicate's ("I will *show up and vote for* her", "we will *go out and support* her"), not negated and
    inside the content (up to its ``last`` token: not "[she was a lifelong union member] but would back him").
    Every verb it may return is the predicate or a child of it with a lemma of :data:`_BACKING_LEMMAS`: where
    neither has one, it returns at once (rule "backing_lemma_gate", issue 15's speed51 round; most predicates)."""
    lemma = table.lemma
    if lemma[pred] not in _BACKING_LEMMAS and _BACKING_LEMMAS.isdisjoint(map(lemma.__getitem__, table.children[pred])):
        return None
    dep = table.dep
    conjoined = (c for c in table.children[pred]  # not "stay home and *not vote*": polarity reads "stay"
                 if dep[c] == "conj" and c <= last and subject(table, c) is None and not _negated_plainly(table, c))
    for verb in (pred, *(c for c in table.children[pred] if dep[c] == "xcomp"), *conjoined):
        if table.pos[verb] == "VERB" and (table.lemma[verb] in lx.ENDORSING_VERBS
                                          or _stood_behind(table, verb) is not None):
            return verb
    return None


#: The lemmas of a verb :func:`_backing_verb` returns: a verb of backing, or "stand" (:func:`_stood_behind`).
_BACKING_LEMMAS: Final = lx.ENDORSING_VERBS | {"stand"}


def _stood_behind(table: TokenTable, verb: int) -> int | None:
    """The object of "stand behind" / "stand with" (`lexicons.BACKING_PHRASES`), if ``verb`` is one."""
    if table.lemma[verb] != "stand":
        return None
    for c in table.children[verb]:
        if table.dep[c] == "prep" and (table.lemma[verb], table.lower[c]) in lx.BACKING_PHRASES:
            return next((g for g in table.children[c] if table.dep[g] == "pobj"), None)
    return None


def satisfaction(st: Statement) -> tuple[str, int | None] | None:
    """The speaker's satisfaction with something supports it, the counterpart of :func:`grievance`:
    "*we are delighted with* the ruling", "the union said *it was pleased that* the court upheld the law"
    (a word of :data:`~claimex.lexicons.SATISFACTION_WORDS` said of the speaker, not negated; what it is
    about, the object of its preposition, else the subject of its clause, else the object of its infinitive
    -- "*so excited to meet* our grandchild" -- is the target; since the eleventh act round a satisfaction
    that names nothing, "*we're extremely happy*", supports too, its target read as for any claim)."""
    table = st.table
    lemma, lower, dep, children = table.lemma, table.lower, table.dep, table.children
    for pred in st.preds:
        word = pred if lower[pred] in lx.SATISFACTION_WORDS or lemma[pred] in lx.SATISFACTION_WORDS else None
        if word is None:
            for c in children[pred]:  # a loop, no generator (issue 15's speed51 round)
                if dep[c] == "acomp" and (lower[c] in lx.SATISFACTION_WORDS or lemma[c] in lx.SATISFACTION_WORDS
                                          or _positive_degree(lower[c]) in lx.SATISFACTION_WORDS):
                    word = c
                    break
            else:
                continue
        subj = subject(table, pred)
        if subj is None or not is_speaker(st, subj) or (_negated_plainly(table, pred)
                                                         and not _never_more(table, pred)):
            continue
        st.judged = _satisfied_about(st, word)
        return lx.SUPPORT, st.act_root
    return None


def _satisfied_about(st: Statement, word: int) -> int | None:
    """What a word of satisfaction is about (:func:`satisfaction`, :func:`satisfaction_voiced`): the object of
    its preposition ("proud *of* the nurses"), else the subject of its clause ("pleased that *the court*
    upheld"), else the object of its infinitive ("so excited to meet *our grandchild*"), else None."""
    table = st.table
    dep, lower, children = table.dep, table.lower, table.children
    about = None
    for c in children[word]:
        if dep[c] == "prep" and lower[c] in lx.SATISFACTION_PREPOSITIONS:
            about = next((g for g in children[c] if dep[g] == "pobj"), None)
            if about is None:  # "prouder *of having worked for you*": who the act is for
                about = _pcomp_object(st, c)
        elif dep[c] == "ccomp":
            about = subject(table, c)
        elif dep[c] == "xcomp":  # "so excited *to meet* our grandchild": what the act is done to
            about = act_object(table, c)
        if about is not None:
            break
    return about


def satisfaction_voiced(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``satisfaction_voiced`` (issue 15's act62 round): the speaker's satisfaction said where
    :func:`satisfaction` does not look, outside the content's main predicates, supports what it is about. Two
    forms, each a word of :data:`~claimex.lexicons.SATISFACTION_WORDS`:

    - said of the speaker in a clause under a main predicate ("the reason *we are so proud to back* her", "the
      report, which *we are proud* to say is the first of its kind"): the word is the complement (``acomp``)
      of a verb that is no main predicate, whose subject is the speaker (:func:`is_speaker`), not negated,
      not asked, not under a real condition ("if *we were happy* with it"; :func:`real_condition`);
    - opening a sentence of the speaker's own quoted words with no subject, as a post or a note does ("*Proud
      of* my friend the governor", "*So thrilled to welcome* Ms. Diaz to the team"): the word is a main
      predicate with no subject, auxiliary or negation, and no word of the content's sentence comes before it
      but an adverb of degree ("so", "very", "really" ...).

    What the word is about is the target (:func:`_satisfied_about`). A satisfaction withheld ("I'm *not*
    proud of it"), another's ("*she is* thrilled") or one that is a manner of saying ("the largest, *I am proud
    to say*": an infinitive of :data:`_SAYING_AFTER`) is left alone."""
    if not _has_terms(st, lx.SATISFACTION_WORDS):  # rule "term_gated_scans": most contents (one set test)
        return None
    table = st.table
    lower, lemma, dep, children, head = table.lower, table.lemma, table.dep, table.children, table.head
    words = lx.SATISFACTION_WORDS
    own: bool | None = None
    for word in st.content:
        if lower[word] not in words and lemma[word] not in words:
            continue
        if dep[word] == "acomp":
            verb = head[word]
            if verb in st.preds or dep[verb] == "ROOT":
                continue
            subj = subject(table, verb)
            if (subj is None or not is_speaker(st, subj) or _negated_plainly(table, verb)
                    or _negated_plainly(table, word) or _asked(table, verb)
                    or _under_condition(table, verb)):
                continue
        elif word in st.preds:
            if own is None:
                own = _own_words(st)
            if not own or not _opens_words(st, word) or _asked(table, word) or any(
                    dep[c] in ("nsubj", "nsubjpass", "expl", "neg", "aux", "auxpass") for c in children[word]):
                continue
        else:
            continue
        if any(dep[c] == "xcomp" and lemma[c] in _SAYING_AFTER for c in children[word]):
            continue  # "the first of its kind, *we are proud to report*": a manner of saying, the point asserted
        st.judged = _satisfied_about(st, word)
        return lx.SUPPORT, st.act_root
    return None


#: Verbs of saying whose infinitive under a word of satisfaction makes it a manner of saying ("I am *proud to
#: say*", "*happy to report*"): what follows is asserted, not praised (:func:`satisfaction_voiced`).
_SAYING_AFTER: Final = frozenset({"say", "report", "announce", "tell", "share", "note", "add", "confirm"})


#: Adverbs of degree that may stand before a subjectless word of satisfaction ("*so* proud of them").
_DEGREE_BEFORE: Final = frozenset({"so", "very", "really", "extremely", "incredibly", "deeply", "truly", "just",
                                   "beyond", "immensely", "super", "especially", "most"})


def _opens_words(st: Statement, word: int) -> bool:
    """The word opens the content's words in its sentence: no word of the content before it in the sentence but
    adverbs of degree (:data:`_DEGREE_BEFORE`) (:func:`satisfaction_voiced`; the content has no punctuation)."""
    table = st.table
    start = table.sentence_bounds(word)[0]
    for i in st.content:
        if i >= word:
            break
        if i >= start and table.lower[i] not in _DEGREE_BEFORE:
            return False
    return True


def _under_condition(table: TokenTable, verb: int) -> bool:
    """The verb, or a verb above it, is under a real "if" / "unless" (:func:`real_condition`), or opens such a
    clause itself ("*if* we were happy with it") (:func:`satisfaction_voiced`)."""
    i, seen = verb, 0
    while seen < 6:
        if real_condition(table, i) is not None or any(
                table.dep[c] == "mark" and table.lower[c] in lx.CONDITION_MARKERS for c in table.children[i]):
            return True
        if table.dep[i] == "ROOT" or table.head[i] == i:
            return False
        i = table.head[i]
        seen += 1
    return False


def approval(st: Statement) -> tuple[str, int | None] | None:
    """Saying a policy or proposal ought to be adopted, or ought not to be removed, supports it: "the bill
    *should be approved*", "the clinic's funding *shouldn't be eliminated*", "the treaty *must be ratified*"
    (a passive main predicate under an obligation, whose subject is no person or organisation: a verb of
    adopting, :data:`_ADOPTING`, not negated; or a verb of removing, :data:`_REMOVING`, negated). The subject
    is the target. An obligation laid on someone ("the senate should approve the bill") is a demand."""
    table = st.table
    dep, lemma, children = table.dep, table.lemma, table.children
    for pred in st.preds[:2]:
        if not _has_dep(table, pred, "auxpass") or not is_obligation(table, pred):
            continue
        subj = next((c for c in children[pred] if dep[c] == "nsubjpass"), None)
        if subj is None or table.pos[subj] not in ("NOUN", "PROPN") or is_agent(table, subj):
            continue
        negated = _negated_plainly(table, pred)
        if (lemma[pred] in _ADOPTING and not negated) or (lemma[pred] in _REMOVING and negated):
            st.judged = subj
            return lx.SUPPORT, st.act_root
    return None


#: Verbs of adopting or keeping a policy or proposal ("the bill should be *approved*").
_ADOPTING: Final = frozenset({
    "approve", "pass", "adopt", "confirm", "fund", "support", "protect", "preserve", "keep", "expand", "extend",
    "ratify", "renew", "restore", "enact", "implement", "strengthen", "increase",
})
#: Verbs of removing one ("the funding shouldn't be *eliminated*").
_REMOVING: Final = frozenset({
    "eliminate", "cut", "repeal", "scrap", "abolish", "end", "kill", "defund", "reduce", "close", "cancel",
    "ban", "weaken", "slash", "remove",
})


def hypothetical_need(st: Statement) -> tuple[str, int | None] | None:
    """A necessity put to a generic "you" under "would" or "will" states what a thing takes; it asks
    nothing of anyone and foretells nothing: "*you'd have to* be blind to miss the traffic", "*you'll have
    to* ask the county" (since issue 15's act26 round; "you have to fix the bridge" still demands). Not
    when the cue names whom the speaker addressed: that "you" is them, and the necessity a demand
    ('"You will have to step down," the treasurer *told the sheriff*': :func:`_cue_addressee`)."""
    table = st.table
    for pred in st.preds:
        subj = subject(table, pred)  # the cheap test first: most predicates have no "you"
        if subj is None or table.lower[subj] not in lx.GENERIC_PERSON_PRONOUNS or not is_obligation(table, pred):
            continue
        if not _SUPPOSING.isdisjoint(_modal_children(table, pred)):
            return None if _cue_addressee(st) else (lx.ASSERT, st.act_root)
    return None


#: The auxiliaries under which a necessity is supposed, not asked (:func:`hypothetical_need`): the future and
#: the conditional ("you'll have to", "you'd have to").
_SUPPOSING: Final = _FUTURE | lx.CONDITIONAL_AUXILIARIES


def _cue_addressee(st: Statement) -> bool:
    """The cue names a person or organisation spoken to: its object ("*told the sheriff*", "*warned
    her*") or the object of its "to" ("said *to the engineer*"); not an audience ("told *reporters*":
    :data:`~claimex.lexicons.AUDIENCE_NOUNS`)."""
    table, cue = st.table, st.cue
    if cue is None:
        return False
    named = [c for c in table.children[cue] if table.dep[c] in ("dobj", "dative")]
    named += [g for c in table.children[cue] if table.dep[c] == "prep" and table.lower[c] == "to"
              for g in table.children[c] if table.dep[g] == "pobj"]
    return any(table.lemma[c] not in lx.AUDIENCE_NOUNS and (is_agent(table, c) or (
        table.pos[c] == "NOUN" and lexical.noun_kind(table.lemma[c]) in _PEOPLE_KINDS)) for c in named)


def duty_lifted(table: TokenTable, pred: int) -> bool:
    """Rule "duty_lifted" (issue 15's act57 round): an obligation's words that ask nothing of anyone.

    * "have to" / "need to" negated, with no "should", "must" or "ought" over them: no duty at all, "the
      governor *doesn't have to* pick a side", "*no* campaign *has to* worry", "he *wouldn't have to* give it
      up" (:func:`_negated_here`); "families *shouldn't have to* pay" still demands, and so does "*we* don't
      need to" (a counsel or an exhortation, "we don't have to shout at each other");
    * a duty borne now, "the papers are *having to* cut staff", or a burden (:data:`~claimex.lexicons.BURDEN_VERBS`),
      "the harbour chief *has to contend with* the rumour": a plight told;
    * a share to win (:data:`~claimex.lexicons.SHARE_WINNING_VERBS` with an object of
      :data:`~claimex.lexicons.SHARE_NOUNS`), "he would *need to win 60 percent* of the rest": the arithmetic
      of a goal.

    ``pred`` is a predicate :func:`is_obligation` holds: the "have" / "need" or the verb under it. Before the
    round :func:`obligation` read each as a demand (blind judges rejected a negated "have to", a burden, a
    progressive "having to" and a share of delegates needed)."""
    dep, lemma, lower, children = table.dep, table.lemma, table.lower, table.children
    must, verb = None, pred
    if _must(table, pred):
        xcomp = next((c for c in children[pred] if dep[c] == "xcomp"), None)
        if xcomp is not None:
            must, verb = pred, xcomp
    elif dep[pred] == "xcomp" and _must(table, table.head[pred]):
        must = table.head[pred]
    if must is not None:
        if lower[must] == "having":
            return True
        if _negated_here(table, must) and _STRICT_DUTY.isdisjoint(_modal_children(table, must)) and not (
                _we_subject(table, must)):
            return True
    if lemma[verb] in lx.BURDEN_VERBS:
        return True
    if lemma[verb] in lx.SHARE_WINNING_VERBS:
        for c in children[verb]:
            if dep[c] == "dobj" and lemma[c] in lx.SHARE_NOUNS and (
                    lemma[c] != "delegate" or any(dep[g] == "nummod" for g in children[c])):
                return True
    return False


def _we_subject(table: TokenTable, verb: int) -> bool:
    """The subject of ``verb`` is "we" (:func:`duty_lifted`): "*we* don't need to make their choices for them"
    counsels against doing so; "*we* differ, but *we* don't have to shout at each other" exhorts."""
    subj = subject(table, verb)
    return subj is not None and table.lower[subj] == "we"


#: The modals that keep an obligation under a negation (:func:`duty_lifted`): "he *shouldn't have to* pay".
_STRICT_DUTY: Final = frozenset({"should", "must", "ought", "shall"})


def obligation(st: Statement) -> tuple[str, int | None] | None:
    """An obligation or an order demands: "the Senate *should not confirm* a nominee", "the party
    *needs to* make clear", "*Stop* the strikes". The speaker's own obligation in the first person singular
    asks nothing of anyone ("*I have to* watch everything I spend"; since the fourteenth act round; "*we*
    have to" still calls on a group)."""
    table = st.table
    if unasked_question(st):  # "does she have to keep saying so?" the senator said
        return None
    for pred in st.preds:  # modal_idiom once a predicate, kept for the test is_obligation makes (one_modal_idiom)
        idiom = modal_idiom(table, pred)
        if idiom and st.spared is None:  # "they have yet to see a profit": no one obliged
            st.spared = "modal_idiom"
        obliged = not idiom and _obliging(table, pred)
        if obliged and pred > st.first_end and _got_to_at(table, pred):  # rule "have_got_to": the first sentence
            continue
        if obliged and duty_lifted(table, pred):  # "he doesn't have to pick a side": no one obliged
            st.spared = st.spared or "duty_lifted"
            continue
        if not obliged and reassurance(table, pred):  # "Don't worry, I'm staying": comfort, no order
            st.spared = st.spared or "reassurance"
            continue
        ordered = not obliged and st.direct and is_imperative(table, pred, st.cue)
        if ordered and speech_frame(table, pred):  # "Let me be clear, the plan fails": the speaker's own framing
            st.spared = st.spared or "speech_frame"
            continue
        if ordered and table.ent_type[pred]:  # rule "named_verb": '"Face the Nation"', a title, no order
            st.spared = st.spared or "named_verb"
            continue
        if obliged and purpose_need(table, pred):  # "to win a race, you need volunteers": what it takes
            st.spared = st.spared or "purpose_need"
            continue
        if _duty_at(st, pred, obliged):
            st.judged = _demanded(table, pred)
            return lx.DEMAND, st.act_root
    return None


def reassurance(table: TokenTable, pred: int) -> bool:
    """Rule "reassurance" (issue 15's act78 round): an imperative that comforts or insists orders nothing: "*don't
    worry*, I'm staying", "*never fear*", "*rest assured* we will finish the bridge", "*make no mistake*, this vote
    decides the year" (:data:`_REASSURING`, negated; "rest" with "assured"; "make" with "no mistake"). The rest of
    the content decides. Before the round :func:`obligation` read such an imperative as a demand (a blind judge
    wanted a "don't worry" before a promise to stay read as an assertion)."""
    lemma, children, dep = table.lemma, table.children, table.dep
    if lemma[pred] in _REASSURING:
        return any(dep[c] == "neg" or table.lower[c] == "not" for c in children[pred])
    if lemma[pred] == "rest":
        return any(table.lower[c] == "assured" for c in children[pred])
    if lemma[pred] == "make":
        return any(dep[c] == "dobj" and lemma[c] == "mistake" and any(
            table.lower[g] == "no" for g in children[c]) for c in children[pred])
    return False


#: Verbs whose negated imperative comforts (:func:`reassurance`): "don't *worry*", "never *fear*".
_REASSURING: Final = frozenset({"worry", "fear", "fret", "panic"})


def speech_frame(table: TokenTable, pred: int) -> bool:
    """Rule "speech_frame" (issue 15's act81 round): an imperative that frames the speaker's own words or bids the
    hearer picture something orders nothing: "*let me tell* you the facts", "*let's be clear*", "*let me put* it this
    way", "*let's make* one thing *clear*", "*let's see* what happens", "*allow me* to explain" ("let" / "allow" whose
    complement has "me" / "us" for subject and a verb of :data:`_FRAMING_VERBS`, or "be" / "make" with a word of
    :data:`_CANDOUR`), "*imagine* a town where ...", a bare "*look*, ..." (no object, no preposition), "*don't get
    me wrong*", "*mind you*". The rest of the content decides; "let us rise to the call", "let them fight", "look at
    the record", "let me finish" (the floor asked for) still demand. Before the round :func:`obligation` read each
    as a demand (a blind judge wanted a chief executive's "imagine a world where we lead" read as support, not a
    call for action)."""
    lemma, children, dep, lower = table.lemma, table.children, table.dep, table.lower
    word = lemma[pred]
    if word in ("let", "allow"):
        for c in children[pred]:
            if dep[c] not in ("ccomp", "xcomp") or not any(dep[s] in ("nsubj", "dobj") and lower[s] in _FRAMING_SUBJECTS
                                                             for s in children[c] + children[pred]):
                continue
            if lemma[c] in _FRAMING_VERBS:
                return True
            if lemma[c] in ("be", "make") and any(
                    lower[g] in _CANDOUR or any(lower[h] in _CANDOUR for h in children[g]) for g in children[c]):
                return True
        return False
    if word == "imagine":
        return True
    if word == "look":
        return not any(dep[c] in ("dobj", "prep", "ccomp", "advcl") for c in children[pred])
    if word == "get":
        return (any(dep[c] == "neg" for c in children[pred]) and any(lower[c] == "me" for c in children[pred])
                and any(lower[c] == "wrong" for c in children[pred]))
    if word == "mind":
        return any(lower[c] == "you" for c in children[pred])
    return False


#: The subjects of a "let" / "allow" complement that make it the speaker's own framing (:func:`speech_frame`).
_FRAMING_SUBJECTS: Final = frozenset({"me", "us", "'s", "’s"})
#: Verbs of the speaker's own talk or watching under "let me" / "let's" (:func:`speech_frame`).
#: Not "talk", "speak", "finish": "*let me finish*" asks for the floor, a demand.
_FRAMING_VERBS: Final = frozenset({
    "tell", "say", "put", "explain", "remind", "repeat", "add", "note", "ask", "answer", "start", "begin", "see",
    "stress", "emphasize", "point", "clarify", "state", "suggest",
})
#: Words of candour in "let's *be clear*", "let me make one thing *clear*" (:func:`speech_frame`).
_CANDOUR: Final = frozenset({"clear", "frank", "honest", "blunt", "candid", "plain", "straight"})


def purpose_need(table: TokenTable, pred: int) -> bool:
    """Rule "purpose_need" (issue 15's act78 round): a necessity put to a generic "you" / "one" / "anyone" under a
    purpose set before it states what a goal takes, asking nothing of anyone: "*to win* a county race, *you need to*
    build a network of volunteers", "*in order to* pass, *one has to* find sixty votes" (an infinitive clause on the
    obligation, or on the verb it governs, that precedes the subject). "You need to build a network" with no
    purpose still demands. Before the round :func:`obligation` read it as a demand (a blind judge wanted the
    caucus case read as an assertion: a general point, no one asked)."""
    dep, children = table.dep, table.children
    heads = [pred]
    if dep[pred] == "xcomp":
        heads.append(table.head[pred])
    subj = next((s for s in (subject(table, h) for h in heads) if s is not None), None)
    if subj is None or table.lower[subj] not in _PURPOSE_SUBJECTS:
        return False
    return any(c < subj and (_own_to(table, c) if dep[c] == "advcl" else (
        dep[c] == "prep" and table.lower[c] == "in" and any(table.lower[o] == "order" and any(
            _own_to(table, v) for v in children[o]) for o in children[c]))) for h in heads for c in children[h])


def _own_to(table: TokenTable, verb: int) -> bool:
    """``verb`` has its own infinitive "to" (:func:`purpose_need`): "*to win* a race"."""
    return any(table.dep[a] == "aux" and table.lower[a] == "to" for a in table.children[verb])


#: The generic subjects of :func:`purpose_need`.
_PURPOSE_SUBJECTS: Final = lx.GENERIC_PERSON_PRONOUNS | {"one", "anyone", "anybody"}


def _duty_at(st: Statement, pred: int, obliged: bool) -> bool:
    """``pred`` lays a duty (:func:`obligation`, :func:`duty_first`): an obligation (``obliged``, from
    :func:`is_obligation`) that concludes nothing (:func:`_epistemic`) or a quoted imperative, outside a
    question that challenges, not the speaker's own ("I have to ...")."""
    table = st.table
    if not ((obliged and not _epistemic(table, pred)) or (st.direct and is_imperative(table, pred, st.cue))):
        return False
    if _challenged_duty(st, pred) and not _asking_cue(st) and _challenged(st) is not None:
        return False
    subj = subject(table, pred)
    return subj is None or table.lower[subj] != "i"


def duty_first(st: Statement) -> tuple[str, int | None] | None:
    """Rule "duty_first" (issue 15's act76 round): an obligation on the content's head predicate, said of a
    third party or of "we", demands before the rules that read the rest of the content (an accusation, praise,
    a predication): "*we must move* to overcome the division the governor has brought", "*the mayor should
    ask* why the pier failed", "*this* late meddling *has to stop*". Read as :func:`obligation` reads it
    (:func:`_duty_at`, :func:`duty_lifted`, :func:`modal_idiom`), on the first of the content's main
    predicates only, in its first sentence; not a necessity put to a generic "you" or "one" ("*you have to*
    take a cynical view to believe that": an argument, often a fault), nor one under "will" / "would" ("we
    *will have to* convince them": a necessity foreseen, left to the rules below). Before the round the
    accusation or praise read in the rest of such a content decided (blind judges wanted "we must move to
    overcome ..." read as a demand). It is listed under :func:`obligation`'s name (``act_rule`` "obligation"):
    the same obligation, read earlier where it heads the content."""
    if not st.preds or unasked_question(st):
        return None
    table, pred = st.table, st.preds[0]
    if pred > st.first_end:
        return None
    opined = _opined_duty(table, pred)
    if opined is not None:
        if any(table.lower[i] == "?" for i in range(pred, _sentence_end(table, pred) + 1)):
            return None  # "do I think the dealer should be sued?"
        if _negated_plainly(table, pred) and _STRICT_DUTY.isdisjoint(_modal_children(table, opined)):
            return None  # "I don't think we need to ...": no need, no duty
        pred = opined
    if not is_obligation(table, pred) or duty_lifted(table, pred):
        return None
    must = table.head[pred] if table.dep[pred] == "xcomp" and _must(table, table.head[pred]) else pred
    subj = subject(table, pred) if subject(table, pred) is not None else subject(table, must)
    if subj is not None and table.lower[subj] in _GENERIC_DUTY_SUBJECTS:
        return None
    verb = next((c for c in table.children[must] if table.dep[c] == "xcomp"), pred) if _must(table, must) else pred
    if subj is not None and _thing_acting(table, subj, verb):
        return None  # "the report should give us pause", "her use of the server should disqualify her"
    if _joined_clause(table, must):
        return None  # "we need to do more, and her judgment shows she is not fit": the second clause accuses
    aux = _modal_children(table, must)
    if not _SUPPOSING.isdisjoint(aux) or ("have" in aux and not have_got_to(table, must)):
        return None  # "she should have run": a fault, not a duty ahead
    if is_copula(table, pred) and any((table.dep[c] == "acomp" and table.lower[c] in _DUTY_FEELINGS)
                                      or table.dep[c] == "attr" for c in table.children[pred]):
        return None  # "he should be ashamed", "we should be proud": a reproach, a pride; "she should be governor"
    if not _duty_at(st, pred, True) or preference(st) is not None or approval(st) is not None:
        return None  # "she should be governor", "he should get credit", "the bill should be approved": support
    st.judged = _demanded(table, pred)
    return lx.DEMAND, st.act_root


#: Subjects of a necessity that state what a thing takes rather than ask it of anyone (:func:`duty_first`).
_GENERIC_DUTY_SUBJECTS: Final = lx.GENERIC_PERSON_PRONOUNS | {"one"}


def wish_to_see(st: Statement) -> tuple[str, int | None] | None:
    """Rule "wish_to_see" (issue 15's act83 round): the speaker who would like or love to see, or wants or hopes to
    see, someone else do something calls on them to do it: "*I would love to see* the governor *sign* the bill",
    "*we'd like to see* the council *be* more open", "she *wants to see* the board *act* on it" (a main predicate
    "like" / "love" under "would", or "want" / "hope" / "wish" in the present, not negated, not in a question, whose
    subject is the speaker, with "to see" and under it a bare verb whose subject is not the speaker). The one to act
    is the target. Read before the accusation and the predication; "I'd love to see him" (no deed), "they want to
    see that he was born here" (a finding, no bare verb) and "I'd like to see what happens" ask nothing. Before the
    round no rule read the form: :func:`wish` wants a clause under the wish itself, and the rest of the content
    decided (a blind judge wanted a lawmaker's wish to see a rival endorse read as a demand, not an
    accusation)."""
    if not _has_terms(st, _SEEING):  # rule "term_gates": most contents have no "see"
        return None
    table = st.table
    lemma, dep, children, lower = table.lemma, table.dep, table.children, table.lower
    for pred in st.preds:
        word = lemma[pred]
        if word not in _SEEING_WISHES or table.pos[pred] != "VERB" or _negated_plainly(table, pred):
            continue
        aux = [lower[c] for c in children[pred] if dep[c] == "aux"]
        if word in ("like", "love") and not _WOULD.intersection(aux):
            continue
        if word not in ("like", "love") and (table.doc[pred].tag_ not in ("VBP", "VBZ") or aux):
            continue  # "he wanted to see ...", "she will want to see ...": no call now
        subj = subject(table, pred)
        if subj is None or not is_speaker(st, subj) or _asked(table, pred):
            continue
        see = next((c for c in children[pred] if dep[c] == "xcomp" and lemma[c] == "see"), None)
        doer = _seen_doer(table, see) if see is not None else None
        if doer is None or is_speaker(st, doer[0]):
            continue
        st.judged = _demanded(table, doer[1])
        return lx.DEMAND, st.act_root
    return None


def _seen_doer(table: TokenTable, see: int) -> tuple[int, int] | None:
    """The one seen doing something under "to see" and the bare verb of the deed (:func:`wish_to_see`): "to see
    *the mayor resign*" (a clause whose verb is bare and has a subject of its own), else an object and a bare verb
    beside it ("to see *him* finally *act*"). None for "to see what happens" or "to see that he was born here"."""
    dep, children = table.dep, table.children
    obj = next((c for c in children[see] if dep[c] == "dobj"), None)
    for c in children[see]:
        if dep[c] not in ("ccomp", "xcomp") or table.doc[c].tag_ not in ("VB", "VBP") or any(
                dep[g] in ("aux", "mark") for g in children[c]):
            continue
        subj = subject(table, c)
        if subj is None:
            subj = obj
        if subj is not None and table.pos[subj] in ("NOUN", "PROPN", "PRON") and _no_question_word(table, subj):
            return subj, c
    return None


def _no_question_word(table: TokenTable, i: int) -> bool:
    """``i`` is no question word ("to see *what* happens")."""
    return table.doc[i].tag_ not in ("WP", "WDT", "WRB")


def had_better(st: Statement) -> tuple[str, int | None] | None:
    """Rule "had_better" (issue 15's act83 round): "had better" (or "'d better", or a bare "better" after its
    subject) on a main predicate of the content's first sentence calls on its subject to act: "*we'd all better
    find* a way to pay for it", "the council *had better listen*", "*you better get* in line behind the mayor".
    Not the speaker alone ("I'd better go": the speaker's own), not in a question, not a call to get behind someone
    (:func:`rallying`'s support: "you had better get on board with the mayor"). Read with the duty
    (:func:`duty_first`), before the accusation. Before the round the "'d" read as "would" made a forecast of it,
    or no rule read it (a blind judge wanted an executives' "we'd all better find" something read as a demand)."""
    if not _has_terms(st, _BETTER):  # rule "term_gates": most contents have no "better"
        return None
    if _tried(st, rallying) is not None:  # "the party had better get on board with Ortiz": rallying's backing
        return None
    table = st.table
    lower, dep, children = table.lower, table.dep, table.children
    for pred in st.preds:
        if pred > st.first_end or table.doc[pred].tag_ not in ("VB", "VBP") or _asked(table, pred):
            continue
        better = next((c for c in children[pred] if lower[c] == "better" and dep[c] == "advmod" and c < pred), None)
        subj = subject(table, pred)
        if better is None or subj is None or subj > better or lower[subj] == "i":
            continue
        if not any(lower[c] in _HAD for c in children[pred]) and better != subj + 1:
            continue  # "they did better work": no "had", no subject just before
        st.judged = _demanded(table, pred)
        return lx.DEMAND, st.act_root
    return None


#: The gate of :func:`had_better`.
_BETTER: Final = frozenset({"better"})
#: The "had" of "had better" ("we*'d* better").
_HAD: Final = frozenset({"had", "'d", "’d"})


#: The gate of :func:`wish_to_see`.
_SEEING: Final = frozenset({"see"})
#: The wishes :func:`wish_to_see` reads ("like" and "love" under "would").
_SEEING_WISHES: Final = frozenset({"like", "love", "want", "hope", "wish"})
#: The modal of a polite wish ("I *would* like", "we*'d* love").
_WOULD: Final = frozenset({"would", "'d", "’d"})


def _opined_duty(table: TokenTable, pred: int) -> int | None:
    """The obligation the speaker's own opinion frames (:func:`duty_first`): ``pred`` a verb of
    :data:`_OPINING` whose subject is "I" or "we", and its clausal complement an obligation: "*I think* the
    whole party *needs to* work together", "*we don't believe* the police *should* hand the job to a
    contractor" (a negated opinion raises its negation: a demand that it not be done). The complement's
    predicate, or None."""
    if table.lemma[pred] not in _OPINING:
        return None
    subj = subject(table, pred)
    if subj is None or table.lower[subj] not in ("i", "we"):
        return None
    return next((c for c in table.children[pred] if table.dep[c] == "ccomp" and is_obligation(table, c)), None)


def _thing_acting(table: TokenTable, subj: int, verb: int) -> bool:
    """The active subject ``subj`` of the duty's verb ``verb`` is a thing, no person, organisation or "we", and the
    verb no cessation (:func:`duty_first`): "*these results* should cause us to rethink", "*the use* of a private
    server should disqualify her" argue a consequence, ask no one to act; "*the epidemic* must stop" still
    demands, and so does a passive ("*the laws* should be repealed")."""
    return (table.dep[subj] == "nsubj" and not is_agent(table, subj) and not is_first_person(table, subj)
            and table.lemma[verb] not in lx.CESSATION_WORDS)


def _joined_clause(table: TokenTable, head: int) -> bool:
    """The duty's predicate ``head`` has a clause joined to it by "and" / "but" with a subject of its own and no
    obligation (:func:`duty_first`): "we need to do more, *and her judgment shows* she is unfit" says more than
    the duty; "we must act *or we will lose*" (a consequence) does not."""
    children, dep = table.children, table.dep
    if any(dep[c] == "cc" and table.lower[c] == "or" for c in children[head]):
        return False
    return any(dep[c] == "conj" and table.pos[c] in ("VERB", "AUX") and subject(table, c) is not None
               and not is_obligation(table, c) for c in children[head])


#: Feelings a "should be" bids someone have, a reproach or a pride more than a duty (:func:`duty_first`).
_DUTY_FEELINGS: Final = lx.SATISFACTION_WORDS | lx.MOOD_WORDS | {"ashamed"}
#: Verbs of the speaker's opinion that frame a duty as the speaker's own demand (:func:`_opined_duty`).
_OPINING: Final = frozenset({"think", "believe", "feel", "say"})


def _challenged_duty(st: Statement, pred: int) -> bool:
    """Rule ``challenged_duty`` (issue 15's act46 round): an obligation inside a question that challenges
    (:func:`_challenge_in`) lays no duty; the question faults someone (:func:`rhetorical_question`): "The mayor
    has seen the audit. *Does he really need* to ask why the fees went up?" faults the mayor; "we need to fix
    the roads" outside the question still demands, and so does a challenge that faults no one it names ("why
    should the seat be taken from him?": the seat should not be taken) or that an "ask" cue reports (which
    :func:`rhetorical_question` leaves alone), as :func:`obligation` reads it."""
    table = st.table
    start, end = table.sentence_bounds(pred)
    if not any(table.word(i) == "?" for i in range(pred, min(end + 1, table.n))):
        return False
    return _challenge_in(table, [i for i in st.content if start <= i < end], tag=False)


def wish(st: Statement) -> tuple[str, int | None] | None:
    """The speaker wanting something done demands it: "*I want* a full inquiry", "the mayor said *he
    wants* a complete halt to the construction", "*we want* them to resign" (a main predicate of
    :data:`~claimex.lexicons.WISH_VERBS`, not negated, whose subject is the speaker, with a noun object
    or a clause with its own subject; "I want to run" is an intention, not a demand). The thing wanted is
    the target, or what it asks to stop ("a halt to *the construction*")."""
    table = st.table
    dep, lemma, children = table.dep, table.lemma, table.children
    for pred in st.preds:
        if lemma[pred] not in lx.WISH_VERBS or table.pos[pred] != "VERB":
            continue
        subj = subject(table, pred)
        if subj is None or not is_speaker(st, subj):
            continue
        if _negated_plainly(table, pred):
            continue
        wanted = next((c for c in children[pred] if dep[c] == "dobj" and table.pos[c] in ("NOUN", "PROPN")), None)
        if wanted is not None and any(table.lower[c] == "no" and dep[c] == "det" for c in children[wanted]):
            continue  # "we want *no part* in the listing": keeping out of it, no demand (ninth act round)
        if wanted is None:
            clause = next((c for c in children[pred] if dep[c] in ("ccomp", "xcomp")), None)
            wanted = subject(table, clause) if clause is not None else None
            if wanted is None or is_first_person(table, wanted):
                continue
        stopped = cessation_object(table, wanted)
        st.judged = stopped if stopped is not None else wanted
        return lx.DEMAND, st.act_root
    return None


def _epistemic(table: TokenTable, pred: int) -> bool:
    """"must be" / "should be" said of a thing is a conclusion, not an obligation: "the only explanation
    *must be* a bombshell" (no person or organisation is asked to do anything); so is any modal verb said
    of a proposition (:data:`_PROPOSITIONS`)."""
    subj = subject(table, pred)
    if subj is not None and table.lemma[subj] in _PROPOSITIONS and table.pos[subj] == "NOUN":
        return True  # "the notion that he could win *should sound* an alarm": an inference
    if not is_copula(table, pred):
        return False
    return subj is not None and not is_agent(table, subj) and not is_first_person(table, subj)


#: Nouns of a proposition: "should" / "must" said of one concludes, it obliges no one (since the ninth act
#: round: "*the notion* that he could win *should sound* an alarm").
_PROPOSITIONS: Final = frozenset({"notion", "idea", "fact", "prospect", "possibility", "news", "thought",
                                  "finding", "result", "outcome", "evidence"})


def _demanded(table: TokenTable, pred: int) -> int | None:
    """What an obligation is about: the object of a verb for or against it ("should reject *the
    proposal*", "must back *the nominee*"), else the person or organisation obliged to act ("*the
    residents* should have a say", "*the party* needs to make clear"), else the object."""
    obj = next((c for c in table.children[pred] if table.dep[c] in ("dobj", "attr")), None)
    lemma = table.lemma[pred]
    if obj is not None and (lemma in lx.EVALUATION_REVERSERS or lemma in lx.CESSATION_WORDS
                            or lemma in lx.BACKING_VERBS):
        return obj
    subj = subject(table, pred)
    if subj is not None and is_agent(table, subj) and not is_first_person(table, subj):
        return subj
    return obj if obj is not None else subj


def prediction(st: Statement) -> tuple[str, int | None] | None:
    """A statement about the future of events predicts: "the plan *will* fail", "a Trump presidency
    *would* have consequences", "Brexit *could* draw support" (a hedge: "could" on an event verb). Read
    in the content's first sentence: a quote of several sentences whose first asserts ("We have come a
    long way. We are going to keep fighting") does not predict for a future further on.

    Rule "future_terms" (issue 15's speed59 round): the second half, which reads the first sentence's words for a
    future auxiliary or an "if" (:data:`_FUTURE_OR_IF`), is passed over where the statement's terms hold none of
    them and the word before the content is none (the stage reads them into the terms: a form of the content in
    that list is among the terms), and whether the content opens in quotation marks is read only for a
    predicate in the future: the same answers, without the scan of the content for most statements."""
    table = st.table
    if unasked_question(st):  # "who is going to pay for it?" the mayor said
        return None
    first, last = st.content[0], st.first_end
    for pred in (*st.preds, *_assured(st)):
        if pred <= last and (is_future(table, pred) or _expected(table, pred)) and not _hedged_saying(table, pred):
            if _habitual(table, pred) or _timetable(table, pred) or (
                    _opens_quoted(st) and _hypothetical(table, pred)) or (  # read only here (future_terms)
                    _would_state(table, pred)) or _past_going(st, pred):
                continue
            return lx.PREDICT, st.act_root
    lower, head, pos = table.lower, table.head, table.pos
    if st.terms is not None and st.terms.isdisjoint(_FUTURE_OR_IF) and (
            first == 0 or lower[first - 1] not in _FUTURE_OR_IF):
        return None  # no such word in the content (its forms in the terms) nor before it: rule "future_terms"
    before = [first - 1] if first > 0 else []  # "say that *if* Rubio can't win ...": the "if" may lead in
    words = (*before, *st.content[:bisect.bisect_right(st.content, last)])  # the content is in text order
    if _FUTURE_OR_IF.isdisjoint(map(lower.__getitem__, words)):  # most statements: neither word (read in C)
        return None
    for i in words:  # "if voters pick Hale, that *will* cost them"
        low = _straight(lower[i])  # only a future auxiliary or an "if" can make a verb of the content fire
        if low in lx.FUTURE_AUXILIARIES:
            verb = head[i]
            if first <= verb <= last and pos[verb] in ("VERB", "AUX") and _will(table, verb) and not _timetable(
                    table, verb) and not _described_future(table, verb):
                return lx.PREDICT, st.act_root
        elif low == "if":
            verb = head[head[i]]
            if first <= verb <= last and pos[verb] in ("VERB", "AUX") and _conditional(table, verb):
                return lx.PREDICT, st.act_root
    return None


def own_refusal(st: Statement) -> tuple[str, int | None] | None:
    """The speaker announcing what they will not do asserts a decision, no forecast (issue 15's act43 round):
    "the director said *he would not recommend* charges", "the governor indicated *she would not go* above
    a $10 wage", "'*We will not raise* the fare this year'". A main predicate of the content's first sentence
    in the future (:func:`is_future`), negated itself (:func:`_negated_plainly`), not a copula, not in a
    question, whose subject is the speaker (:func:`_speaker_self`: "I" / "we", or the speaker's pronoun in
    reported speech), with no condition anywhere under it (:data:`~claimex.lexicons.CONDITION_MARKERS`: "we
    will not pay *unless* ...", "she is not going to cut it if elected" bargain, threaten or foretell). Not a
    verb of belief or expectation ("he *would not expect* the race to turn": a forecast, hedged) nor a
    necessity ("I *won't have to* wait": :func:`is_obligation`), which decide nothing. Before
    :func:`prediction`; what others will not do ("the bill *will not pass*") still predicts."""
    table = st.table
    last = st.first_end
    for pred in st.preds:
        if pred > last or not is_future(table, pred) or not _negated_plainly(table, pred) or is_copula(
                table, pred) or _in_question(table, pred) or table.lemma[pred] in _VOUCHING | _EXPECTING or (
                is_obligation(table, pred)):
            continue
        subj = subject(table, pred)
        if subj is None or not _speaker_self(st, subj) or any(
                t.dep_ == "mark" and t.lower_ in lx.CONDITION_MARKERS for t in table.doc[pred].subtree):
            continue
        return lx.ASSERT, st.act_root
    return None


def _past_going(st: Statement, pred: int) -> bool:
    """"Going to" carried by a past "be": "we *were going to* build a library", "the board *was going to*
    vote no whatever we said". In the speaker's own words it tells a past plan or expectation, no forecast (since issue
    15's act26 round); in reported speech it is the backshifted "is going to", and so is a past "be" outside a
    mixed quote's marks ('she said she was "*going to* close the mill"')."""
    table = st.table
    going = table.head[pred] if table.lower[pred] != "going" else pred
    if table.lower[going] != "going":
        return False
    # within the content: a direct quote that opens at "going" ('said she was "going to shut ..."') is quoted
    # throughout (quoted_at), and its "was" outside it reports
    return any(table.dep[c] == "aux" and table.lower[c] in lx.PAST_BE and st.content[0] <= c <= st.content[-1]
               and quoted_at(st, c) for c in table.children[going])


def _described_future(table: TokenTable, verb: int) -> bool:
    """A future in a relative clause or an embedded question describes a person or names an open question;
    the statement does not foretell it (since issue 15's act23 round): "the only candidate *who will
    cut* your taxes", "the vote leaves open *how* the governor *will fare* in the cities" (the verb heads a
    ``relcl`` / ``acl``, or has a wh-word of its own); not a demonstrative "that" after a comma, which the
    parser may read as a relative pronoun: "if she wins, *that will* cost them")."""
    kids = table.children[verb]
    if any(table.lower[c] == "that" and c > 0 and table.lower[c - 1] == "," for c in kids):
        return False  # ", that will ...": a demonstrative the parser read as a relative pronoun
    if table.dep[verb] in ("relcl", "acl"):
        return True
    return any(table.doc[c].tag_ in ("WDT", "WP", "WRB") and table.lower[c] != "that" for c in kids)


def _would_state(table: TokenTable, pred: int) -> bool:
    """A state with "would" (no "will"): "the merger *would be* a windfall", "the mayor *would look*
    foolish" judges or describes a state under an unstated hypothesis; the readers read it as an assertion
    or a backing, not a forecast (since issue 15's act23 round). A verb of :data:`_WOULD_STATES`, not negated,
    with no adverb of likelihood ("*probably* would be the nominee"), no "if" clause ("would be over if
    she loses") and no date under it ("would be stronger *by next year*"): those still predict."""
    if table.lemma[pred] not in _WOULD_STATES or not _hypothetical(table, pred) or _negated_plainly(table, pred):
        return False
    if any(table.lower[c] in lx.HEDGE_ADVERBS or table.lower[c] in ("certainly", "surely", "soon")
           or (table.dep[c] == "advcl" and any(table.lower[g] == "if" for g in table.children[c]))
           for c in table.children[pred]):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in table.doc[pred].subtree)


#: Verbs of a state ("would be", "would look"): with "would" a hypothetical judgement (:func:`_would_state`).
_WOULD_STATES: Final = frozenset({"be", "look", "seem", "sound", "feel"})


def _hypothetical(table: TokenTable, pred: int) -> bool:
    """"would" (or "'d") without "will" on a verb: in the speaker's own quoted words it is no future shifted
    back by reported speech but a hypothetical or a politeness ("a rematch *would be* a gift", "I *would
    fix* the roof first"), which the readers read as an assertion (since the thirteenth act
    round; :func:`prediction` skips it in a content that opens inside quotation marks)."""
    aux = _modal_children(table, pred)
    return bool(aux) and not _FUTURE_PROPER.intersection(aux) and ("would" in aux or "'d" in aux)


#: The auxiliaries of the future proper, shifted back to "would" only in reported speech.
_FUTURE_PROPER: Final = frozenset({"will", "'ll", "wo", "shall"})


def _timetable(table: TokenTable, pred: int) -> bool:
    """A scheduled occasion with its date is a timetable, an announced fact (since the twelfth act round, as
    "is scheduled to"): "the speaker *will meet* with the nominee *on Thursday*", "the party *will hold* its
    convention *in July*" (a verb of :data:`_SCHEDULED` with a date or time among its dependents, two
    levels down)."""
    if table.lemma[pred] not in _SCHEDULED:
        return False
    ent = table.ent_type
    return any(ent[c] in ("DATE", "TIME") or any(ent[g] in ("DATE", "TIME") for g in table.children[c])
               for c in table.children[pred])


#: Verbs of a scheduled occasion (meetings, visits, speeches).
_SCHEDULED: Final = frozenset({"meet", "hold", "visit", "attend", "speak", "appear", "host", "travel", "address",
                               "deliver", "convene", "testify", "debate", "campaign"})


def _habitual(table: TokenTable, pred: int) -> bool:
    """"would" with an adverb of frequency is a past habit, not a future: "the election *would
    occasionally* come up with her matches" (since the ninth act round)."""
    kids = table.children[pred]
    return any(table.lower[c] == "would" for c in kids) and any(
        table.dep[c] == "advmod" and table.lower[c] in _FREQUENCY for c in kids)


#: Adverbs of frequency: with "would" a past habit.
_FREQUENCY: Final = frozenset({"occasionally", "often", "sometimes", "usually", "always", "frequently",
                               "regularly", "routinely", "typically"})


def _assured(st: Statement) -> list[int]:
    """The clauses a verb of belief or assurance of the speaker's own vouches for (since the ninth round): "I
    *bet* *he is going to lose*", "I can *promise* you *the senator is not going to* win" (a main predicate of
    :data:`_VOUCHING` whose subject is the speaker: its ``ccomp``). Since issue 15's act72 round also the
    speaker's pronoun in reported speech (:func:`_speaker_self`): "the senator told reporters *he thought* the
    governor *would win*" is his own forecast, reported (:func:`_reported_forecast`)."""
    table = st.table
    out: list[int] = []
    for pred in st.preds:
        if table.lemma[pred] in _VOUCHING:
            subj = subject(table, pred)
            if subj is not None and is_first_person(table, subj):
                out += [c for c in table.children[pred] if table.dep[c] == "ccomp"]
            elif subj is not None and _speaker_self(st, subj) and not _negated_plainly(table, pred):
                out += [c for c in table.children[pred] if _reported_forecast(table, c, subj)]
    return out


def _reported_forecast(table: TokenTable, clause: int, believer: int) -> bool:
    """The clause under a reported speaker's own belief is a forecast of something else (issue 15's act72
    round): "he said *he thought* the bill *would pass*". A ``ccomp`` with no "whether" / "if" or wh-word of
    its own ("he did not know *whether* the council would approve the plan" weighs nothing) and whose subject
    is not the believer's own pronoun ("she thought *she would run* for the seat again" tells her own plan)."""
    if table.dep[clause] != "ccomp":
        return False
    kids = table.children[clause]
    if any(table.lower[c] in ("whether", "if") or table.doc[c].tag_ in ("WDT", "WP", "WRB") for c in kids):
        return False
    subj = subject(table, clause)
    return subj is None or table.lower[subj] != table.lower[believer]


#: Verbs of belief and assurance whose clause a first-person speaker vouches for.
_VOUCHING: Final = lx.NEG_RAISING_VERBS - {"want", "feel"} | frozenset({"bet", "promise", "guarantee", "predict",
                                                                       "suspect", "assure", "know"})


def _expected(table: TokenTable, pred: int) -> bool:
    """A plan or an expectation of what will happen: "*plans to* continue his work", "*expect* the
    campaign *to* emphasize party-building", "delegates *are poised to* break with him" (a verb of
    :data:`_EXPECTING` with an infinitive complement, not negated, in the present: "Diaz *planned to*
    vote for the bill" reports a past plan). Not a plan told in the present (:data:`_PLANNING`)."""
    if table.lemma[pred] not in _EXPECTING_UNPLANNED or _negated_plainly(table, pred) or not _present(table, pred):
        return False
    for c in table.children[pred]:
        if table.dep[c] in ("xcomp", "ccomp") and any(
                table.lower[g] == "to" and table.dep[g] == "aux" for g in table.children[c]):
            return True
    return False


def _present(table: TokenTable, pred: int) -> bool:
    """The verb is in the present: "plans", "expect", or a participle with a present auxiliary ("are
    poised", "is set")."""
    tag = table.doc[pred].tag_
    if tag in ("VBP", "VBZ"):
        return True
    return tag == "VBN" and any(table.dep[c] in ("aux", "auxpass") and table.doc[c].tag_ in ("VBP", "VBZ")
                                for c in table.children[pred])


#: Verbs of planning and expecting (with an infinitive: the future they announce); not a timetable ("is
#: scheduled to speak", "is set to": an announced fact, read as an assertion).
_EXPECTING: Final = frozenset({"plan", "expect", "intend", "poise"})
#: A plan told in the present ("the senator *plans to* vote for the bill", "the three *plan to* skip the
#: event") announces an intent as a fact, as a timetable does: an assertion, no forecast (issue 15's act54
#: round; the judges call such plans no forecasts since the act23 round). "Expect", "intend" and "poise" still
#: predict.
_PLANNING: Final = frozenset({"plan"})
#: :data:`_EXPECTING` without :data:`_PLANNING` (:func:`_expected`), made once, not on each call.
_EXPECTING_UNPLANNED: Final = _EXPECTING - _PLANNING


def _first_sentence_end(table: TokenTable, content: Sequence[int]) -> int:
    """The last token of the content's first sentence (the content's last token when it has one)."""
    return min(_sentence_end(table, content[0]), content[-1])


def _sentence_end(table: TokenTable, i: int) -> int:
    """The last token of token ``i``'s sentence (:meth:`TokenTable.sentence_bounds`)."""
    return table.sentence_bounds(i)[1] - 1


#: The words the second half of :func:`prediction` looks for (in :data:`PREFILTER_TERMS`: rule "future_terms").
_FUTURE_OR_IF: Final = lx.FUTURE_AUXILIARIES | {"if"} | {w.replace("'", "’") for w in lx.FUTURE_AUXILIARIES}


def _hedged_saying(table: TokenTable, pred: int) -> bool:
    """"*I would say* Lopez, for now": a hedged statement of the speaker, not a prediction."""
    subj = subject(table, pred)
    return table.lemma[pred] in lx.HEDGED_SAYING_VERBS and subj is not None and is_first_person(table, subj)


def _will(table: TokenTable, pred: int) -> bool:
    """An event verb with "will" / "'ll" / "shall" (not "would": reported speech shifts it back)."""
    return any(a in lx.FUTURE_AUXILIARIES for a in _modal_children(table, pred)) and table.lemma[pred] != "be"


def _conditional(table: TokenTable, pred: int) -> bool:
    """A modal verb with an "if" clause: "if the mayor loses the primary, her career *is over*",
    "*could* send droves of voters to Trump if ..."."""
    kids = table.children[pred]
    modal = bool(_modal_children(table, pred))
    has_if = any(table.dep[c] == "advcl" and any(table.lower[g] == "if" for g in table.children[c])
                 and not _unreal_if(table, c) and not _generic_condition(table, c)
                 and (modal or not _past_condition(table, c, pred)) for c in kids)
    return has_if and (table.dep[pred] in ("ROOT", "ccomp") or modal)


def real_condition(table: TokenTable, pred: int) -> int | None:
    """The "if" / "unless" that puts the predicate ``pred`` under a real condition, or None (issue 15's hedge44
    round, ``claims._conditioned``): the mark of an adverbial clause opened by "if" or "unless"
    (:data:`~claimex.lexicons.CONDITION_MARKERS`): "if elected, she *would* back the bill", "the plant *will
    close* unless the state steps in", "if the vote were held today, he *would win*" (a counterfactual is a
    condition too: what it says holds only under it). Read as :func:`_conditional` reads a condition: not a
    concession or an aside ("*even if*", "if you will": :func:`_no_condition`), not a generic "if you ..."
    (:func:`_generic_condition`), not a past "if" with no modal over it that sets no condition
    (:func:`_past_condition`: "if there was any confusion, it *lasted* a minute"), not "as if"; an "if" that
    means "whether" heads an object clause, not an adverbial one, and is not read."""
    kids, dep, lower = table.children, table.dep, table.lower
    modal = bool(_modal_children(table, pred))
    for c in kids[pred]:
        if dep[c] != "advcl":
            continue
        mark = next((g for g in kids[c] if dep[g] == "mark" and lower[g] in lx.CONDITION_MARKERS), None)
        if mark is None or (mark > 0 and lower[mark - 1] in lx.CONDITION_VOIDERS):
            continue
        if _no_condition(table, c) or _generic_condition(table, c) or (
                not modal and _past_condition(table, c, pred)):
            continue
        return mark
    return None


def _generic_condition(table: TokenTable, clause: int) -> bool:
    """An "if" clause put to a generic "you" (:data:`~claimex.lexicons.GENERIC_PERSON_PRONOUNS`) sets no
    condition on a future (since issue 15's act30 round, :func:`_conditional`): it states what holds in
    general ("if you are a teacher here, you *can* teach any grade") or frames a point ("*if you look at*
    the budget, the schools get less"). A future of the main clause ("if you skip the vote, you *will*
    regret it") still predicts through the rule's first half; a "you" with words of its own ("if *you
    all* ask again") is no generic "you"."""
    subj = next((c for c in table.children[clause] if table.dep[c] in ("nsubj", "nsubjpass")), None)
    return subj is not None and table.lower[subj] in lx.GENERIC_PERSON_PRONOUNS and not table.children[subj]


def _past_condition(table: TokenTable, clause: int, pred: int) -> bool:
    """An "if" clause told in the past, with no modal ("if there *was* any confusion", "if a lobbyist *was
    trying* to win you over", "if he *didn't* know"): under a main clause with no modal of its own it sets a
    condition on what was or is, no forecast ("if there was any confusion at the polls, it lasted a few
    minutes", "if a lobbyist was trying to win you over, those are the lines he would use"; since issue 15's
    act28 round, :func:`_conditional`). Under a modal ("if he lost, he *would* quit") it may be a future shifted back in
    reported speech, and is left alone. The main predicate ``pred`` must be in the past too, or "be" ("it
    *lasted* a few minutes", "those *are* the lines"): "if the bill passed, every family *pays* more" still
    foretells."""
    if table.pos[clause] not in ("VERB", "AUX") or not _past_or_be(table, pred):
        return False
    time = verb_time(table, clause)
    return not time.modal and time.past_form


def _past_or_be(table: TokenTable, pred: int) -> bool:
    """The predicate is in the past ("it *lasted*", "it *was* over", "he *had known*") or is "be"; a modal
    does not matter here."""
    return table.lemma[pred] == "be" or verb_time(table, pred).past_form


def _unreal_if(table: TokenTable, clause: int) -> bool:
    """An "if" clause that sets no condition on a future (since the eighteenth act round, :func:`_conditional`):
    a counterfactual, in the past perfect or with "were" of a singular subject ("if the mill *had been sold*, he
    would be rich", "if I *were* managing the campaign"), a concession ("*even if* the benefits were slow") or
    the aside "if you will" (the parse hangs it on what follows: no verb heads it)."""
    return _no_condition(table, clause) or _counterfactual_if(table, clause)


def _no_condition(table: TokenTable, clause: int) -> bool:
    """An "if" clause that sets no condition at all (:func:`_unreal_if`, :func:`real_condition`): a concession
    ("*even if* the benefits were slow") or the aside "if you will" (the parse hangs it on what follows: no
    verb heads it)."""
    kids = table.children[clause]
    lower, dep = table.lower, table.dep
    if any(lower[c] == "even" and dep[c] == "advmod" for c in kids):
        return True
    return table.pos[clause] not in ("VERB", "AUX") and any(lower[c] == "will" for c in kids)


def _counterfactual_if(table: TokenTable, clause: int) -> bool:
    """An "if" clause contrary to fact (:func:`_unreal_if`): in the past perfect or with "were" of a singular
    subject ("if the mill *had been sold*, he would be rich", "if I *were* managing the campaign")."""
    kids = table.children[clause]
    lower, dep = table.lower, table.dep
    if table.pos[clause] not in ("VERB", "AUX"):
        return False
    aux = [lower[c] for c in kids if dep[c] in ("aux", "auxpass")]
    if "had" in aux and table.doc[clause].tag_ == "VBN":
        return True
    if lower[clause] == "were" or "were" in aux:
        subj = next((c for c in kids if dep[c] in ("nsubj", "nsubjpass", "expl")), None)
        return subj is not None and lower[subj] not in ("you", "we", "they") and table.doc[subj].tag_ not in (
            "NNS", "NNPS")
    return False


def reported_criticism(st: Statement) -> tuple[str, int | None] | None:
    """A criticism or accusation the content reports, of a person or organisation, accuses (since the
    fourteenth act round): "he recoiled when *the senator began attacking* the governor's wife", "*accused*
    the ministry *of* putting words in her mouth", "has *taunted* the campaign for its losses". A verb of
    the cue lexicon's criticism or accusation class, or of :data:`_ATTACKING`, that is not the cue, not
    negated and active, with a person or organisation as its direct object. Where the verb has a subject,
    whoever criticises is the one judged (the target of choice) if the subject names someone other than the
    speaker, else the one criticised; a verb with no subject of its own ("and *accused* the ministry of
    ...", a participle) judges no one, the target is chosen as for any claim (the target ranker, fitted
    before the rule, reads the content's own subject better). Last of the list: a content any other rule
    reads is left to it ("you will not win by *attacking* her" predicts)."""
    if not _has_terms(st, _CRITICISING):  # most contents
        return None
    table = st.table
    for verb in st.content:
        if table.lemma[verb] not in _CRITICISING or verb == st.cue or table.pos[verb] != "VERB":
            continue  # the cheap test first
        kids = table.children[verb]
        if _negated_plainly(table, verb) or any(table.dep[c] == "auxpass" for c in kids):
            continue
        obj = next((c for c in kids if table.dep[c] == "dobj"), None)
        if obj is None or not is_agent(table, obj) or is_speaker(st, obj):
            continue
        subj = subject(table, verb)
        if subj is not None:
            st.judged = subj if is_agent(table, subj) and not is_speaker(st, subj) else obj
        return lx.ACCUSE, st.act_root
    return None


#: Verbs of attack outside the cue lexicon: reported of a person or organisation, an accusation.
_ATTACKING: Final = frozenset({"attack", "insult", "smear", "taunt"})
#: The verbs :func:`reported_criticism` reads: the cue lexicon's criticism and accusation verbs, and attacks.
_CRITICISING: Final = frozenset(
    verb for verb, act in lx.REPORTING_CUES.items() if act in (lx.CONDEMN, lx.ACCUSE)) | _ATTACKING


def lost_standing(st: Statement) -> tuple[str, int | None] | None:
    """A person, organisation or country said to be no longer what it was, or to do no longer what it did, is
    faulted for it (since the fifteenth act round): "the party *doesn't represent* working people *anymore*",
    "*the city is no longer* the city it was" (a main predicate with "no longer", or negated with "anymore" /
    "any longer", whose subject is an agent that is not the speaker; of the six training statements with "no
    longer" or "anymore" the readers called four accusations). Last but one of the list: a content another
    rule reads keeps its act."""
    if not (_has_word(st, "longer") or _has_word(st, "anymore")):  # most contents
        return None
    table = st.table
    lower, children = table.lower, table.children
    for pred in st.preds:
        kids = children[pred]
        if any(lower[c] == "longer" and any(lower[g] == "no" for g in children[c]) for c in kids):
            pass  # "is no longer"
        elif not (_negated_plainly(table, pred) and any(
                lower[c] == "anymore" or (lower[c] == "longer" and any(lower[g] == "any" for g in children[c]))
                for c in kids)):
            continue
        subj = subject(table, pred)
        if subj is not None and is_agent(table, subj) and not is_speaker(st, subj):
            st.judged = subj
            return lx.ACCUSE, st.act_root
    return None


def not_understood(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``not_understood`` (issue 15's act58 round): a person or organisation said not to understand, grasp or
    "get" something is faulted for it: "*both ministers* simply *don't understand* the farmers", "what *the party's
    leaders don't understand* is that the voters have moved on", "*a council that doesn't get it*" (a verb of
    :data:`_UNDERSTANDING_TERMS`, "get" only with the object "it", active and negated itself, with no modal, whose
    subject, or the antecedent of its relative pronoun, is a person or organisation that is not the speaker nor
    "it"). Not bafflement at a thing ("residents don't understand *why* the plant closed": a clause of "why", "how",
    "whether" or "if"), nor an inability ("they *can't* understand it"), nor the speaker's own "I don't understand"
    (the content's words carry no evaluation the lexicon scores, so they read as plain assertions before). Placed
    after :func:`prediction` ("they *won't* understand it" is left to it) and before :func:`own_denial` ("the
    board does not grasp the cost" accuses, no denial)."""
    if not _has_terms(st, _UNDERSTANDING_TERMS):  # most contents
        return None
    table = st.table
    lemma, lower, dep, children = table.lemma, table.lower, table.dep, table.children
    for verb in st.content:
        if table.pos[verb] != "VERB" or lemma[verb] not in _UNDERSTANDING_TERMS:
            continue
        kids = children[verb]
        if lemma[verb] == "get" and not any(dep[c] == "dobj" and lower[c] == "it" for c in kids):
            continue  # "they don't get the votes": no understanding
        if not _negated_plainly(table, verb) or any(table.doc[c].tag_ == "MD" or dep[c] == "auxpass" for c in kids):
            continue
        if any(dep[c] in ("ccomp", "xcomp") and any(lower[g] in _BAFFLING for g in children[c]) for c in kids):
            continue  # "don't understand *why* the plant closed": bafflement, no fault
        subj = subject(table, verb)
        if subj is not None and lower[subj] in _RELATIVE_SUBJECTS:
            subj = _relative_head(table, verb)  # "a council *that* doesn't get it": the council
        if subj is None or lower[subj] == "it" or not is_agent(table, subj) or is_speaker(st, subj):
            continue
        st.judged = subj
        return lx.ACCUSE, st.act_root
    return None


def understanding_shown(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``understanding_shown`` (issue 15's act65 round), the counterpart of :func:`not_understood`: a person or
    organisation said in the speaker's own quoted words to understand, grasp or "get" someone or something is
    praised for it: "*she* really *understands* the farmers", "*he* clearly *grasps* the struggle of the
    immigrant", "*Lopez gets it*". A main predicate of the content, a verb of :data:`_UNDERSTANDING_TERMS` ("get"
    only with the object "it"), active, not negated, with no modal and not in a question, whose object is a noun
    or a pronoun, not a clause ("she understands *that* people have concerns" tells what she knows, "I understand
    *why* he left" a view); its subject a person or organisation that is not the speaker, nor "it", nor the cue's
    subject named again. In a mixed quote the quotation marks hold the verb. Reported speech ("he said she
    understands their fear") is the writer's account and is left as it was. The words carry no valence the lexicon
    scores, so such praise read as a plain assertion before. Placed after :func:`accusation`, the praise rules and
    :func:`predication` (a fault beside it still accuses, a praise said of someone decides as before)."""
    if not _has_terms(st, _UNDERSTANDING_TERMS) or not _own_words(st) or _owed_quality(st):
        return None
    table = st.table
    lemma, lower, dep, children = table.lemma, table.lower, table.dep, table.children
    for verb in st.preds:
        if table.pos[verb] != "VERB" or lemma[verb] not in _UNDERSTANDING_TERMS or _asked(table, verb):
            continue
        kids = children[verb]
        if _negated_plainly(table, verb) or any(table.doc[c].tag_ == "MD" or dep[c] == "auxpass" for c in kids):
            continue
        objects = [c for c in kids if dep[c] in ("dobj", "ccomp", "xcomp")]
        if len(objects) != 1 or dep[objects[0]] != "dobj" or table.pos[objects[0]] not in ("NOUN", "PROPN", "PRON"):
            continue  # "understands *that* ...", "understands *how* hard it is", or no object at all
        if lemma[verb] == "get" and lower[objects[0]] != "it":
            continue  # "he gets the votes": no understanding
        if st.mixed and not quoted_at(st, verb):
            continue
        subj = subject(table, verb)
        if (subj is None or dep[subj] != "nsubj" or lower[subj] == "it" or not is_agent(table, subj)
                or is_speaker(st, subj) or _cue_subject_named(st, subj)):
            continue
        st.judged = subj
        return lx.SUPPORT, st.act_root
    return None


def harm_inflicted(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``harm_inflicted`` (issue 15's act58 round): a person, organisation or country said to do a deed of harm
    is accused of it: "*the militia has killed* dozens of protesters", "*the cartel is killing* our people", "*the
    firm defrauded* its customers", "*the mayor is endangering* the crews", "the pensioners *were sold out by the
    board*". A main predicate of the content, or its conjunct, not negated, with no modal and not in a question: a
    verb of violence (:data:`_VIOLENCE`) whose object is people (a person, organisation or pronoun, or a noun of
    :data:`_VICTIMS`), or a verb of harm (:data:`_HARMING`: endanger, defraud, disenfranchise, "sell out" ...)
    with an object; its doer the active subject, or the agent of the passive ("by"), a person, organisation,
    country or armed group that is not the speaker nor "it". The evaluation lexicon leaves these verbs unscored
    (violence reports events: whether it evaluates someone is read from the syntax), so such a deed read as a plain
    assertion before. Not a harm with no doer ("six miners *were killed*"), a thing killed ("the senate *killed*
    the bill"), nor the speaker's own deed. Placed after :func:`prediction` ("the militia *will kill* them" is left
    to it)."""
    if not _has_terms(st, _HARM_TERMS):  # most contents
        return None
    table = st.table
    lemma, lower, dep, children = table.lemma, table.lower, table.dep, table.children
    for main in st.preds:
        for verb in (main, *(c for c in children[main] if dep[c] == "conj")):
            if table.pos[verb] != "VERB" or _negated_plainly(table, verb) or not _harming(table, verb):
                continue
            kids = children[verb]
            if any(table.doc[c].tag_ == "MD" for c in kids) or _in_question_sentence(table, verb):
                continue
            if any(dep[c] == "auxpass" for c in kids):  # "were sold out *by the board*": the agent
                doer = next((g for c in kids if dep[c] == "agent" for g in children[c] if dep[g] == "pobj"), None)
            else:
                doer = subject(table, main if verb != main and subject(table, verb) is None else verb)
                if doer is not None and dep[doer] != "nsubj":
                    doer = None
            if doer is None or lower[doer] == "it" or is_speaker(st, doer) or not (
                    is_agent(table, doer) or lemma[doer] in _ARMED_GROUPS):
                continue
            st.judged = doer
            return lx.ACCUSE, st.act_root
    return None


def _harming(table: TokenTable, verb: int) -> bool:
    """Whether ``verb`` does harm (:func:`harm_inflicted`): a verb of :data:`_VIOLENCE` with people as its object
    (the passive's subject), or one of :data:`_HARMING` ("sell" only with "out") with an object or passive."""
    lemma, dep, children = table.lemma, table.dep, table.children
    kids = children[verb]
    passive = any(dep[c] == "auxpass" for c in kids)
    if lemma[verb] in _HARMING:
        if lemma[verb] == "sell" and not any(dep[c] == "prt" and table.lower[c] == "out" for c in kids):
            return False
        return passive or any(dep[c] == "dobj" for c in kids) or lemma[verb] == "sell"
    if lemma[verb] not in _VIOLENCE:
        return False
    obj = next((c for c in kids if dep[c] in ("nsubjpass" if passive else "dobj",)), None)
    if obj is not None and (table.pos[obj] == "NUM" or lemma[obj] in _COUNTS):  # "killed *dozens of* ..."
        obj = next((g for c in children[obj] if table.lower[c] == "of" for g in children[c] if dep[g] == "pobj"),
                   None)
    return obj is not None and _people(table, obj)


def _people(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` names people (:func:`harm_inflicted`): a person, organisation or country, a pronoun
    that is not "it", or a noun of :data:`_VICTIMS`."""
    if table.pos[i] == "PRON":
        return table.lower[i] not in ("it", "itself", "this", "that", "what", "something", "nothing")
    return table.lemma[i] in _VICTIMS or is_agent(table, i)


def _in_question_sentence(table: TokenTable, i: int) -> bool:
    """Whether the sentence of token ``i`` closes with a question mark (before a closing quotation mark too)."""
    end = _sentence_end(table, i)
    return "?" in (table.lower[end], table.lower[max(end - 1, 0)])


#: Verbs of violence done to people (:func:`harm_inflicted`; in :data:`PREFILTER_TERMS`).
_VIOLENCE: Final = frozenset({"kill", "murder", "massacre", "slaughter", "torture", "bomb", "gas", "behead",
                              "assassinate", "butcher", "maim"})
#: Verbs of harm done to whatever their object is (:func:`harm_inflicted`; "sell" only as "sell out"), which the
#: evaluation lexicon leaves unscored; not "decimate" or "crush", often told of an enemy beaten.
_HARMING: Final = frozenset({"endanger", "jeopardize", "jeopardise", "imperil", "defraud", "disenfranchise",
                             "shortchange", "impoverish", "loot", "plunder", "sell"})
_HARM_TERMS: Final = _VIOLENCE | _HARMING
#: Nouns of armed groups a deed of violence is laid on (:func:`harm_inflicted`), beside persons and organisations.
_ARMED_GROUPS: Final = frozenset({"cartel", "gang", "troop", "rebel", "terrorist", "insurgent", "jihadist"})
#: Nouns of a number of people ("*dozens* of protesters": :func:`harm_inflicted` reads the people).
_COUNTS: Final = frozenset({"dozen", "hundred", "thousand", "million", "score", "number"})
#: Nouns of people who suffer violence (:func:`harm_inflicted`), beside persons and organisations.
_VICTIMS: Final = frozenset({"people", "civilian", "protester", "demonstrator", "child", "baby", "woman", "man",
                             "student", "worker", "villager", "resident", "citizen", "refugee", "prisoner",
                             "journalist", "family", "innocent", "person", "hostage", "migrant", "soldier"})
#: The verbs of understanding :func:`not_understood` reads ("get" only as "get it"; in :data:`PREFILTER_TERMS`).
_UNDERSTANDING_TERMS: Final = frozenset({"understand", "grasp", "comprehend", "get"})
#: Words of a clause that asks what is not understood (:func:`not_understood`: bafflement at a thing, no fault).
_BAFFLING: Final = frozenset({"why", "how", "whether", "if"})


def duty_undone(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``duty_undone`` (issue 15's act61 round): a person or organisation said not to have done what was owed
    is faulted for it: "*the senator never stood up for* the farmers", "*he never apologized* to the families",
    "I think *the mayor has not thought through* the plan", "it is clear *he didn't do his homework*", "*the
    governor does not represent* the party". A main predicate of the content or its conjunct, or the clause under
    the speaker's own "I think" or an "it is clear that" (:func:`_duty_clauses`): a verb of :data:`_DUTIES` with
    the word it needs (a particle, a preposition or an object: "stand *up*", "keep *promises*", "do *homework*";
    none for "apologize", "disavow", "represent" ...; "did not do *a good* job" withholds praise), negated itself
    ("not", "never"), active, with no modal ("he *won't* apologize" is left to :func:`prediction`), not in a
    question; its subject, or the antecedent of its relative pronoun, a person or organisation that is not the
    speaker (:func:`_speaker_self`: "the actors said *they* aren't representing him" denies) nor "it", nor a
    place that "answers" a question. Not an observer's finding (:attr:`Statement.observer`). The content's words
    carry no evaluation the lexicon scores, so such a complaint read as a plain assertion before. Placed after
    :func:`harm_inflicted`, before :func:`own_denial`."""
    if st.observer or not _has_terms(st, _DUTY_TERMS):  # most contents; an analyst's finding faults no one
        return None
    table = st.table
    lemma, lower, dep, children = table.lemma, table.lower, table.dep, table.children
    for verb, main in _duty_clauses(st):
        if table.pos[verb] != "VERB" or lemma[verb] not in _DUTIES or not _negated_plainly(table, verb):
            continue
        needs = _DUTIES[lemma[verb]]
        kids = children[verb]
        if needs and not any(lemma[c] in needs for c in kids if dep[c] in ("prt", "prep", "dobj")):
            continue  # "did not fight *in the war*": no duty named
        if lemma[verb] == "do" and any(dep[c] == "dobj" and _has_dep(table, c, "amod") for c in kids):
            continue  # "did not do *a good* job": praise withheld (:func:`job_well_done`), no duty named
        if any(table.doc[c].tag_ == "MD" or dep[c] == "auxpass" for c in kids) or _in_question_sentence(table, verb):
            continue
        subj = subject(table, verb)
        if subj is None and verb != main:
            subj = subject(table, main)  # "he voted against it and never apologized"
        if subj is not None and lower[subj] in _RELATIVE_SUBJECTS:
            subj = _relative_head(table, verb)
        if subj is None or lower[subj] == "it" or not is_agent(table, subj) or is_speaker(st, subj) or (
                _speaker_self(st, subj)):
            continue  # "the actors said *they* aren't representing him": their own, a denial
        if table.ent_type[subj] in _PLACE_ENTS and lemma[verb] == "answer":
            continue  # "New Hampshire doesn't answer the question": a place settles nothing
        st.judged = subj
        return lx.ACCUSE, st.act_root
    return None


def _duty_clauses(st: Statement) -> Iterator[tuple[int, int]]:
    """The predicates :func:`duty_undone` reads, each with the main predicate it belongs to: the content's main
    predicates and their conjuncts, and the clausal complement (and its conjuncts) of a main predicate whose
    subject is the speaker ("*I think* the mayor has not ...") or an extraposed "it" ("*it is clear that* he ...")."""
    table = st.table
    dep, children = table.dep, table.children
    for main in st.preds:
        heads = [main]
        subj = subject(table, main)
        if subj is not None and (table.lower[subj] == "it" or is_speaker(st, subj)):
            heads += [c for c in children[main] if dep[c] == "ccomp"]
        for head in heads:
            yield head, head
            for c in children[head]:
                if dep[c] == "conj":
                    yield c, head


#: Verbs of a duty owed (:func:`duty_undone`), each with the words one of which it needs as its particle,
#: preposition or direct object (none: the verb alone): "stand *up*", "speak *for*", "do *homework*", "report
#: *loans*" (a disclosure owed, not any report). Not "disclose", "release", "explain", "respond", "comment": told of
#: officials and firms that keep a fact back, in news, with no fault; not "care", "help", "pay", "vote": a feeling,
#: a record or a bill told as often.
_DUTIES: Final[Mapping[str, frozenset[str]]] = {
    "apologize": frozenset(), "apologise": frozenset(), "condemn": frozenset(), "denounce": frozenset(),
    "disavow": frozenset(), "repudiate": frozenset(), "bother": frozenset(), "cooperate": frozenset(),
    "comply": frozenset(), "heed": frozenset(), "enforce": frozenset(), "respect": frozenset(),
    "represent": frozenset(),
    "fight": frozenset({"for"}), "stand": frozenset({"up"}), "speak": frozenset({"up", "out", "for"}),
    "listen": frozenset({"to"}), "think": frozenset({"through"}), "lift": frozenset({"finger"}),
    "keep": frozenset({"promise", "word", "pledge", "commitment"}),
    "honor": frozenset({"promise", "word", "pledge", "commitment"}),
    "do": frozenset({"homework", "job", "duty", "anything", "nothing", "enough", "more"}),
    "take": frozenset({"responsibility"}), "tell": frozenset({"truth"}),
    "show": frozenset({"up", "leadership", "judgment", "judgement", "courage", "regard", "respect"}),
    "follow": frozenset({"rule", "law", "protocol", "procedure", "guideline"}),
    "answer": frozenset({"question"}),
    "address": frozenset({"reality", "problem", "issue", "concern", "question", "cost", "crisis"}),
    "report": frozenset({"loan", "income", "donation", "contribution", "payment", "gift", "asset"}),
}
#: The lemmas :func:`duty_undone` looks for (in :data:`PREFILTER_TERMS`).
_DUTY_TERMS: Final = frozenset(_DUTIES)


def likelihood(st: Statement) -> tuple[str, int | None] | None:
    """A thing said to be likely or unlikely is a forecast (issue 15's act37 round): "a loss in the
    fall *is* increasingly *likely*", "the inspectors *are likely to* ask for the ledgers", "the
    independents *aren't likely to* tip the race" (a main "be" of the content's first sentence, not in a
    question, whose ``acomp`` is a word of :data:`~claimex.lexicons.LIKELIHOOD_WORDS`, negated or not).
    Not a past "was" / "were" in the speaker's own quoted words ("before the debate *it was unlikely*
    that ...": a past expectation; in reported speech it is the backshifted "is", as for
    :func:`_past_going`); not a likelihood compared (:func:`_compared_likely`: "they are *less likely*
    to vote", a poll's finding about a group, the reason an earlier "likely to" was not kept); not one
    said of the past ("is likely to *have misled* the board": a perfect infinitive), nor the probable
    cause of what happened ("was likely *due to* the storm": :func:`_likely_cause`). After
    :func:`prediction`, which reads a future auxiliary; a content an earlier rule reads keeps its act
    (training readers: 1 statement changed, right; the blind judges named two such forecasts missed)."""
    if not (_has_word(st, "likely") or _has_word(st, "unlikely")):  # most contents
        return None
    table = st.table
    last = st.first_end
    for pred in st.preds:
        if pred > last or not is_copula(table, pred) or _questioned(table, pred) or (
                table.lower[pred] in lx.PAST_BE and (quoted_at(st, pred) or (_opens_quoted(st) and not st.mixed))):
            continue
        for c in table.children[pred]:
            if (table.dep[c] == "acomp" and table.lower[c] in lx.LIKELIHOOD_WORDS
                    and not _compared_likely(table, c) and not _perfect_infinitive(table, c)
                    and not _likely_cause(table, c)):
                return lx.PREDICT, st.act_root
    return None


def _compared_likely(table: TokenTable, word: int) -> bool:
    """"likely" compared with another group or choice ("*less likely* to vote", "*more likely* than
    not"): a measured finding, not a forecast (:func:`likelihood`)."""
    return any(table.lower[c] in _LIKELIHOOD_COMPARED for c in table.children[word])


#: The words that compare a likelihood (:func:`_compared_likely`): the hedge rules' comparatives and "than".
_LIKELIHOOD_COMPARED: Final = lx.LIKELIHOOD_COMPARATIVES | {"than"}


def _likely_cause(table: TokenTable, word: int) -> bool:
    """"likely" giving the probable cause of what happened, not a forecast: "the turnout *was likely due
    to* the storm", "is likely *because of* the new rules" (a preposition or an adverbial clause after
    the word, under it or under its "be")."""
    return any(table.dep[c] in ("prep", "advcl") and c > word
               for c in (*table.children[word], *table.children[table.head[word]]))


def _perfect_infinitive(table: TokenTable, word: int) -> bool:
    """The likelihood's infinitive is perfect, a guess about the past: "likely to *have misled*"."""
    return any(table.dep[v] == "xcomp" and any(table.lemma[a] == "have" and table.dep[a] == "aux"
                                               for a in table.children[v])
               for v in table.children[word])


def _questioned(table: TokenTable, pred: int) -> bool:
    """The predicate's sentence closes with a question mark (:func:`_asked`: "*is* he *likely* to run?"), or
    with one before its closing quotation mark."""
    first, stop = table.sentence_bounds(pred)
    return _asked(table, pred) or (stop - 2 >= first and table.word(stop - 2) == "?")


def existential_future(st: Statement) -> tuple[str, int | None] | None:
    """A future told through "there is" predicts (issue 15's act37 round): "there are districts where we're
    going to win back what we lose", "there is a real feeling that we're going to take this state" (the
    lead predicate is a "be" with an expletive "there"; the noun it presents has a clause, ``relcl`` or
    ``acl``, in the future, with a subject of its own: the existential only sets the scene for the
    forecast). Not a clause whose subject is the noun itself, a description of a person or thing ("there
    is a candidate *who will cut* your taxes", as :func:`_described_future` has it), nor a past "there
    was" ("there was no reason he would dwell on it" judges what was, with a backshifted "would")."""
    table = st.table
    pred = _lead_predicate(st)
    if pred is None or not is_copula(table, pred) or table.lower[pred] in lx.PAST_BE or not any(
            table.dep[c] == "expl" for c in table.children[pred]):
        return None
    for noun in table.children[pred]:
        if table.dep[noun] != "attr":
            continue
        for clause in table.children[noun]:
            if table.dep[clause] not in ("relcl", "acl") or not is_future(table, clause):
                continue
            subj = subject(table, clause)
            if subj is not None and table.doc[subj].tag_ not in ("WDT", "WP") and table.lower[subj] != "that":
                return lx.PREDICT, st.act_root
    return None


def possible_outcome(st: Statement) -> tuple[str, int | None] | None:
    """Rule ``possible_outcome`` (issue 15's act48 round): an outcome said to be possible predicts: "the
    challenger *could win* the seat", "the mayor *may lose* her majority", "the levy *could end up* costing
    more", "a recount *might happen* in the future" (a main predicate of the content's first sentence under
    "could" / "may" / "might" (:data:`~claimex.lexicons.HEDGE_MODALS`), not "could have", not a present guess
    ("*might be winning*": a progressive), not negated, not in a question, whose subject is not the speaker or
    a generic "you", and that tells a future: a verb of an
    outcome (:data:`_OUTCOME_VERBS`: win, lose, become, happen, end up ...) or a word of time to come in its
    clause (:data:`_TIME_TO_COME`: "eventually", "in the future", "in the long run"). A "could" of any other
    verb is left an assertion: the readers read "could" / "may" on a main predicate as assert and predict
    alike, the reason a wider rule was not kept four times. After :func:`prediction` and
    :func:`likelihood`: a content an earlier rule reads keeps its act."""
    if not (_has_word(st, "could") or _has_word(st, "may") or _has_word(st, "might")):  # most contents
        return None
    table = st.table
    last = st.first_end
    for pred in st.preds:
        if pred <= last and time_before(table, pred):  # "it may be years before ..." (act64)
            return lx.PREDICT, st.act_root
        if pred > last or table.pos[pred] != "VERB" or _questioned(table, pred) or _negated_plainly(table, pred):
            continue
        aux = _modal_children(table, pred)
        if lx.HEDGE_MODALS.isdisjoint(aux) or "have" in aux or ("be" in aux and table.doc[pred].tag_ == "VBG"):
            continue  # "might be winning": a guess about what goes on now
        subj = subject(table, pred)
        if subj is None or is_first_person(table, subj) or table.lower[subj] == "you":
            continue
        if _outcome_verb(table, pred) or _time_to_come(table, pred):
            return lx.PREDICT, st.act_root
    return None


def time_before(table: TokenTable, pred: int) -> bool:
    """Rule "time_before" (issue 15's act64 round): a time said to be possibly ahead before something happens
    tells when it will: "*it may be months before* the new bridge is finished", "*it could take weeks until*
    the port reopens" (a "be" / "take" under "could" / "may" / "might", not negated, not in a question, with a
    noun of a span of time, :data:`_SPANS`, and after it a "before" / "until" in its subtree; read by
    :func:`possible_outcome`; "it *will* be years before" already predicts). Before the round an assertion (a
    blind judge wanted a forecast)."""
    if table.lemma[pred] not in ("be", "take") or lx.HEDGE_MODALS.isdisjoint(_modal_children(table, pred)):
        return False
    if "have" in _modal_children(table, pred) or _questioned(table, pred) or _negated_plainly(table, pred):
        return False
    span = None
    for i in sorted(table.subtree(pred)):  # in text order
        if span is None and i > pred and table.lemma[i] in _SPANS and table.pos[i] == "NOUN":
            span = i
        elif span is not None and table.lower[i] in ("before", "until"):
            return True
    return False


#: Spans of time (:func:`time_before`).
_SPANS: Final = frozenset({"year", "month", "week", "day", "decade", "generation", "while"})


def _outcome_verb(table: TokenTable, pred: int) -> bool:
    """``pred`` names an outcome (:data:`_OUTCOME_VERBS`), or is "end up" with a verb or a phrase after it."""
    lemma = table.lemma[pred]
    if lemma == "end":
        return any(table.dep[c] == "prt" and table.lower[c] == "up" for c in table.children[pred])
    return lemma in _OUTCOME_VERBS


def _time_to_come(table: TokenTable, pred: int) -> bool:
    """A word of time to come in the clause of ``pred`` (:data:`_TIME_TO_COME`, or "long run" / "long term"),
    outside the clauses under it."""
    words = [t.i for t in table.doc[pred].subtree if t.i == pred or not _in_clause_below(table, t.i, pred)]
    lower = table.lower
    return any(lower[i] in _TIME_TO_COME or (lower[i] in ("run", "term") and i > 0 and lower[i - 1] == "long")
               for i in words)


def _in_clause_below(table: TokenTable, i: int, pred: int) -> bool:
    """Token ``i`` lies in a clause of its own below ``pred`` (an ``advcl``, ``ccomp``, ``relcl`` ... between)."""
    while i != pred and table.head[i] != i:
        if table.dep[i] in _CLAUSES_BELOW:
            return True
        i = table.head[i]
    return False


#: Verbs of an outcome: with "could" / "may" / "might" a forecast (:func:`possible_outcome`).
_OUTCOME_VERBS: Final = frozenset({"win", "lose", "become", "happen", "prevail", "collapse", "fail", "succeed"})
#: Words of time to come (:func:`possible_outcome`).
_TIME_TO_COME: Final = frozenset({"future", "eventually", "ultimately", "soon", "someday", "tomorrow"})
#: Dependencies of a clause under a predicate, a conjunct among them (:func:`_in_clause_below`).
_CLAUSES_BELOW: Final = frozenset({"advcl", "ccomp", "relcl", "acl", "csubj", "xcomp", "conj", "parataxis"})


def not_far_enough(st: Statement) -> tuple[str, int | None] | None:
    """A plan, a deal or a person said not to go far enough is faulted for falling short (issue 15's act34
    round): "the budget *does not go far enough* to protect renters", "this plan *goes nowhere near far
    enough*", "she did not think the treaty *went far enough*" (a "go" with "far enough", negated itself,
    by "nowhere", or by a negated belief verb it is the clause of; its subject, not the speaker, is the one
    faulted and the target). "The bill goes far enough" asserts; the speaker's own "we did not go far
    enough" is left to the other rules. Placed before :func:`lost_standing`: a content another rule reads
    keeps its act."""
    if not _has_word(st, "enough"):  # most contents
        return None
    table = st.table
    lower, lemma, dep, head, children = table.lower, table.lemma, table.dep, table.head, table.children
    for verb in st.content:
        if lemma[verb] != "go" or table.pos[verb] != "VERB":
            continue
        enough = next((c for c in children[verb] if lower[c] == "enough"
                       and any(lower[g] == "far" for g in children[c])), None)
        if enough is None:
            continue
        above = head[verb]
        nowhere = any(lower[c] == "nowhere" for c in (*children[verb], *children[enough]))
        if not (_negated_plainly(table, verb) or nowhere or (
                dep[verb] == "ccomp" and above != verb and lemma[above] in lx.NEG_RAISING_VERBS
                and _negated_plainly(table, above))):
            continue
        subj = subject(table, verb)
        if subj is not None and not is_speaker(st, subj):
            st.judged = subj
            return lx.ACCUSE, st.act_root
    return None


def no_connection(st: Statement) -> tuple[str, int | None] | None:
    """Saying that two things are not linked denies the link someone drew (issue 15's act35 round): "the
    timing *was unrelated* to the vote", "the cracks *had nothing to do with* the pipes", "the fees *have no
    connection* to the budget", "the fee *was not linked* to it" (a main predicate: "be" with an adjective of
    :data:`~claimex.lexicons.UNRELATED_WORDS`, or negated with one of :data:`~claimex.lexicons.RELATED_WORDS`;
    "have" with "nothing to do with", or with a noun of :data:`~claimex.lexicons.LINK_NOUNS` under "no").
    Not in a question, nor under a modal of the future or of obligation ("the mayor *should have nothing to do
    with* the fund" demands). A negated participle with two subjects is a parse that joins an elided clause to
    the next ("it hasn't, because she is connected to it"): no denial. Placed before :func:`own_denial`: a
    content another rule reads keeps its act, and a negated link that rule already read as a denial keeps its
    act under this rule's name."""
    table = st.table
    lower, lemma, dep, children = table.lower, table.lemma, table.dep, table.children
    if not _has_terms(st, _LINK_GATE) or not any(  # rule "term_gates": most contents fail the set test
            lower[i] in _LINK_WORDS or lemma[i] in lx.LINK_NOUNS for i in st.content):
        return None
    for pred in st.preds:
        if _asked(table, pred) or not _CONNECTION_MODALS.isdisjoint(_modal_children(table, pred)):
            continue
        negated = _negated_plainly(table, pred)
        if (negated and lower[pred] in lx.RELATED_WORDS and any(dep[c] == "auxpass" for c in children[pred])
                and sum(dep[c] in ("nsubj", "nsubjpass") for c in children[pred]) == 1):
            return lx.DENY, st.act_root  # "was not linked": a passive participle (one subject: not a parse
            # that joins an elided "it hasn't [faded]" to "because she is connected")
        if is_copula(table, pred):
            adjectives = [lower[c] for c in children[pred] if dep[c] == "acomp"]
            if any(a in lx.UNRELATED_WORDS for a in adjectives) and not negated:  # "was unrelated"
                return lx.DENY, st.act_root
            if negated and any(a in lx.RELATED_WORDS for a in adjectives):  # "was not related"
                return lx.DENY, st.act_root
            continue
        if lemma[pred] != "have" or negated:
            continue
        for obj in children[pred]:
            if dep[obj] != "dobj":
                continue
            kids = children[obj]
            if lower[obj] == "nothing" and any(  # "had nothing to do with"
                    lemma[g] == "do" and any(lower[w] == "with" for w in children[g]) for g in kids):
                return lx.DENY, st.act_root
            if lemma[obj] in lx.LINK_NOUNS and any(lower[g] == "no" and dep[g] == "det" for g in kids):
                return lx.DENY, st.act_root  # "have no connection to"
    return None


#: The words :func:`no_connection` looks for first (the cheap test).
_LINK_WORDS: Final = lx.UNRELATED_WORDS | lx.RELATED_WORDS | {"nothing"}
#: :data:`_LINK_WORDS` and the nouns of a link: no content without one of them as a form or lemma passes the
#: first test of :func:`no_connection` (rule "term_gates"; in :data:`PREFILTER_TERMS`).
_LINK_GATE: Final = _LINK_WORDS | lx.LINK_NOUNS
#: Modals under which a link denied is a demand or a forecast, not a denial (:func:`no_connection`).
_CONNECTION_MODALS: Final = lx.OBLIGATION_MODALS | _FUTURE | {"'d", "can", "could", "may", "might"}


def no_evidence_found(st: Statement) -> tuple[str, int | None] | None:
    """An inquiry that found nothing to bear out a charge denies it (issue 15's act35 round): "none of the
    audits *found any evidence* of fraud", "the review *found no proof* that the files were sent", "the
    inquiry *did not find any evidence* of a cover-up" (a main predicate, a conjunct too, of
    :data:`~claimex.lexicons.FINDING_VERBS` whose direct object is a noun of
    :data:`~claimex.lexicons.EVIDENCE_NOUNS` under "no", or under "any" with the verb negated or a subject
    "none" / "nobody" / "no ..."). :func:`dismissal` reads "there is no evidence"; this reads the finding.
    Not in a question. Placed before :func:`own_denial`: a content another rule reads keeps its act."""
    table = st.table
    lower, lemma, dep, children = table.lower, table.lemma, table.dep, table.children
    if not _has_terms(st, lx.EVIDENCE_NOUNS) or not any(  # rule "term_gates": most contents fail the set test
            lemma[i] in lx.EVIDENCE_NOUNS for i in st.content):
        return None
    for pred in st.preds:
        if lemma[pred] not in lx.FINDING_VERBS or _asked(table, pred):
            continue
        for obj in children[pred]:
            if dep[obj] != "dobj" or lemma[obj] not in lx.EVIDENCE_NOUNS:
                continue
            dets = {lower[g] for g in children[obj] if dep[g] == "det"}
            if "no" in dets and not _negated_plainly(table, pred):  # "found no evidence"
                return lx.DENY, st.act_root
            if "any" in dets and (_negated_plainly(table, pred) or _nobody(table, subject(table, pred))):
                return lx.DENY, st.act_root  # "none of them found any evidence", "did not find any"
    return None


def _nobody(table: TokenTable, subj: int | None) -> bool:
    """``subj`` is a negative quantifier: "*none* of the audits", "*nobody*", "*no* investigator"."""
    if subj is None:
        return False
    return table.lower[subj] in ("none", "nobody", "noone") or any(
        table.lower[g] == "no" and table.dep[g] == "det" for g in table.children[subj])


def own_denial(st: Statement) -> tuple[str, int | None] | None:
    """A speaker denying an act of their own, or an emphatic negation of a fact, denies: "*we do not
    pay* candidates", "the rebels said *they did not fire* the rockets", "*none* of the messages was
    marked classified", "the sites did not include *any* weapons stores". Other negated statements
    only assert (polarity says they are negative): "claim they were never paid" asserts, and so does a negated
    view agreed with ("*agreed* they had no say": rule ``agreed_assertion``, :func:`agreed_clause`), which
    shares a view and denies nothing."""
    if not st.negative or agreed_clause(st):
        return None
    table = st.table
    for pred in st.preds:
        subj = subject(table, pred)
        if (subj is None or _negated_belief(table, pred) or _not_an_act(table, pred) or _never_more(table, pred)
                or not _negated_here(table, pred) or _attitude(table, pred) or _stance_lacked(table, pred)
                or _because_told(table, pred) or _experience_told(table, pred, subj) or _mood_denied(table, pred)):
            continue
        if _speaker_self(st, subj) or table.lower[subj] in lx.EMPHATIC_NEGATORS:
            return lx.DENY, st.act_root
        if any(table.lower[c] in lx.EMPHATIC_NEGATORS or _any_object(table, c) for c in table.children[pred]):
            return lx.DENY, st.act_root
    return None


def _mood_denied(table: TokenTable, pred: int) -> bool:
    """A verb completed by a satisfaction denied (:func:`_joy_denied`): "*I am not happy* with the numbers" tells a
    mood, as "I am unhappy" does, and denies no act (issue 15's act63 round)."""
    return any(table.dep[c] == "acomp" and _joy_denied(table, c) for c in table.children[pred])


def _negated_here(table: TokenTable, pred: int) -> bool:
    """The predicate is negated itself: a "not" / "never" of its own, or a negative pronoun or determiner in
    an argument ("*nobody* cares", "took *no* money"). The lead clause's negation makes a statement negative,
    but only a negated act of the speaker's denies it: in "there is not much money left, and *we spent* what
    we had" the speaker's act is not denied (since issue 15's act22 round; before, any main predicate of the
    speaker's did)."""
    if _negated_plainly(table, pred):
        return True
    lower, dep, children = table.lower, table.dep, table.children
    return any(lower[c] in lx.EMPHATIC_NEGATORS or any(
        lower[g] in lx.NEGATIVE_DETERMINERS and dep[g] == "det" for g in children[c]) for c in children[pred])


def _attitude(table: TokenTable, pred: int) -> bool:
    """A verb of wanting, liking or intending (:data:`_ATTITUDE_VERBS`), or "see" with a reason or a need as
    its object: negated, it tells the speaker's attitude, no act denied ("*we want no part* in the deal", "he
    *does not care* about the polls", "the union *sees no reason* to end the strike"; since issue 15's act22
    round). "I never *saw* the memo" still denies."""
    lemma = table.lemma[pred]
    if lemma in _ATTITUDE_VERBS:
        return True
    return lemma == "see" and any(table.dep[c] == "dobj" and table.lemma[c] in _GROUNDS_SEEN
                                  for c in table.children[pred])


#: Verbs of an attitude: wanting, liking, intending (:func:`_attitude`).
_ATTITUDE_VERBS: Final = frozenset({"want", "wish", "hope", "need", "like", "love", "prefer", "care", "mind",
                                    "intend", "plan", "expect"})
#: What one sees or sees no ground for: "no *reason* to", "any *need* to" (:func:`_attitude`).
_GROUNDS_SEEN: Final = frozenset({"reason", "need", "point", "purpose", "benefit", "justification"})


def _stance_lacked(table: TokenTable, pred: int) -> bool:
    """A stance or a plan said to be lacking, no act denied (issue 15's act60 round): "have" whose object is a
    noun of :data:`_STANCE_NOUNS` under "no" ("I *have no clue*", "we *have no option*", "he *has no plans* to
    run", "voters *had no preference*"), "make no difference", or a negated "be" with an adjective of
    :data:`_WILLING_ADJECTIVES` ("I am *not ready* to do that"), or with "there" and "yet" / "now" ("I'm *not
    there yet*"): the nouns and adjectives of :func:`_attitude`'s verbs ("no plans" is "do not plan"). "I *had
    no contact* with him" still denies, and so do "no intention of" and "not interested in" a post: a reader and
    the judges read a denial of what others guessed ("I have *no intention* of running for governor")."""
    lemma, lower, dep, children = table.lemma, table.lower, table.dep, table.children
    if lemma[pred] in ("have", "make") and not _negated_plainly(table, pred):
        nouns = _STANCE_NOUNS if lemma[pred] == "have" else _DIFFERENCE_NOUNS
        return any(dep[c] == "dobj" and lemma[c] in nouns and any(
            lower[g] == "no" and dep[g] == "det" for g in children[c]) for c in children[pred])
    if not is_copula(table, pred):
        return False
    if any(lower[c] == "there" and dep[c] == "advmod" for c in children[pred]) and any(
            lower[c] in ("yet", "now") for c in children[pred]):
        return True  # "I'm not there yet", "I'm not there right now": not ready (no place denied)
    return any(dep[c] == "acomp" and lower[c] in _WILLING_ADJECTIVES for c in children[pred])


#: Nouns of a stance, a plan or a knowledge one may lack: "have no *idea*", "no *plans* to" (:func:`_stance_lacked`).
_STANCE_NOUNS: Final = frozenset({"idea", "clue", "plan", "opinion", "preference", "problem", "choice", "option",
                                  "alternative", "regret", "objection"})
#: What "make no ..." lacks: "it *made no difference*" (:func:`_stance_lacked`).
_DIFFERENCE_NOUNS: Final = frozenset({"difference", "sense"})
#: Adjectives of willingness: "not *ready* to" (:func:`_stance_lacked`).
_WILLING_ADJECTIVES: Final = frozenset({"ready"})


def _because_told(table: TokenTable, pred: int) -> bool:
    """A negated deed told with its reason explains it, no one's claim denied (issue 15's act60 round): "she did
    not vote *because* she was abroad", "the firm hired no one this year *because* sales fell" (a clause under
    the predicate marked "because")."""
    dep, lower, children = table.dep, table.lower, table.children
    return any(dep[c] == "advcl" and any(dep[g] == "mark" and lower[g] == "because" for g in children[c])
               for c in children[pred])


def _experience_told(table: TokenTable, pred: int, subj: int) -> bool:
    """A generalisation from experience denies nothing (issue 15's act60 round): "I have *never seen anyone*
    who ...", "I *don't recall anything as* reckless", "*no one has ever* carried the county without ...". A verb of
    :data:`_EXPERIENCE_VERBS` whose object (or the object of its preposition) is an indefinite pronoun
    (:data:`_ANYONE`), told with "never" in the perfect or compared ("anything *as* / *like* ..."); or a subject
    "nobody" / "no one" with "ever" in the perfect. "I never saw the memo" still denies."""
    lower, lemma, dep, children = table.lower, table.lemma, table.dep, table.children
    perfect = table.doc[pred].tag_ == "VBN" and any(dep[c] in ("aux", "auxpass") and (
        lemma[c] == "have" or _straight(lower[c]) in _PERFECT_AUX) for c in children[pred])
    if perfect and any(lower[c] == "ever" for c in children[pred]) and (lower[subj] in _NO_ONE_SUBJECTS or (
            lower[subj] == "one" and any(lower[g] == "no" for g in children[subj]))):
        return True
    if lemma[pred] not in _EXPERIENCE_VERBS:
        return False
    never = perfect and any(lower[c] == "never" for c in children[pred])
    objects = [c for c in children[pred] if dep[c] == "dobj"] + [
        g for c in children[pred] if dep[c] == "prep" for g in children[c] if dep[g] == "pobj"]
    for obj in objects:
        if lower[obj] in _ANYONE and (never or any(lower[g] in ("as", "like") for g in table.subtree(obj))):
            return True
    return False


#: Auxiliaries of the perfect, contracted too ("I*'ve* never", "nobody*'s* ever": :func:`_experience_told`).
_PERFECT_AUX: Final = frozenset({"have", "has", "had", "'ve", "'s", "'d"})
#: Verbs of experience (:func:`_experience_told`).
_EXPERIENCE_VERBS: Final = frozenset({"hear", "see", "witness", "encounter", "remember", "recall"})
#: Indefinite pronouns (:func:`_experience_told`).
_ANYONE: Final = frozenset({"anyone", "anybody", "anything", "someone", "somebody", "something"})
#: A negative subject of a generalisation: "*nobody* has ever won" (:func:`_experience_told`).
_NO_ONE_SUBJECTS: Final = frozenset({"nobody", "noone", "no-one"})


def _pcomp_object(st: Statement, prep: int) -> int | None:
    """The first noun or pronoun of a preposition's clause that is not the speaker ("of having worked *for
    you*")."""
    table = st.table
    clause = next((g for g in table.children[prep] if table.dep[g] == "pcomp"), None)
    if clause is None:
        return None
    return next((i for i in sorted(table.subtree(clause)) if table.pos[i] in ("NOUN", "PROPN", "PRON")
                 and not is_first_person(table, i)), None)


def _positive_degree(word: str) -> str:
    """The positive degree of a comparative the tagger may not have lemmatised: "prouder" -> "proud",
    "happier" -> "happy" (other words unchanged)."""
    if word.endswith("ier"):
        return word[:-3] + "y"
    return word[:-2] if word.endswith("er") else word


def _never_more(table: TokenTable, pred: int) -> bool:
    """A negated comparative is a superlative: "I have *never been prouder*", "it has *never been
    better*" (a complement with the tag JJR or RBR; since the ninth act round)."""
    for c in table.children[pred]:
        if table.dep[c] not in ("acomp", "advmod"):
            continue
        if table.doc[c].tag_ in ("JJR", "RBR") or (table.dep[c] == "acomp" and table.lower[c].endswith("er")):
            return True  # "never been *prouder*" (the tagger may read it as a noun)
        if any(table.lower[g] == "more" for g in table.children[c]):  # "never been *more* wrong"
            return True
    return False


def _not_an_act(table: TokenTable, pred: int) -> bool:
    """A negated predicate that denies no act: an inability ("I *can't* volunteer much time", "she
    *couldn't* attend"), a future ("he's *not going to* be president": a prediction) or a lack of
    knowledge ("I *don't know* if it works")."""
    return (table.lemma[pred] == "know" or is_future(table, pred)
            or not _ABILITY.isdisjoint(_modal_children(table, pred)))


#: Modals of ability: "can't", "couldn't" say what one is unable to do, not what one did not do.
_ABILITY: Final = frozenset({"can", "ca", "could"})


def _negated_belief(table: TokenTable, pred: int) -> bool:
    """A negated belief verb with a clause under it ("I *don't think* it is do or die") raises the
    negation from its clause: an opinion, not a denial."""
    return table.lemma[pred] in lx.NEG_RAISING_VERBS and any(
        table.dep[c] in ("ccomp", "xcomp") for c in table.children[pred])


def _speaker_self(st: Statement, subj: int) -> bool:
    """The subject is the speaker: "*we* do not pay", or in reported speech a pronoun that stands for
    the speaker as the agent of the act ("the rebels said *they* did not fire the rockets"; not the
    passive "the workers claim *they* were never paid", which is no act of theirs)."""
    table = st.table
    if is_first_person(table, subj):
        return True
    if _opens_quoted(st) or table.lower[subj] not in lx.REPORTED_SELF_PRONOUNS or table.dep[subj] != "nsubj":
        return False
    speaker = subject(table, st.cue) if st.cue is not None else None  # "*Mrs. Clinton* said *he* had not ..."
    return speaker is None or table.lower[subj] not in _SINGULAR_PERSON or not _other_gender(
        table, speaker, table.lower[subj])


def _opens_quoted(st: Statement) -> bool:
    """The content opens inside quotation marks; a mixed quote that opens in reported speech ("*he was not*
    blaming the referees, just the 'wet pitch'") does not, and its pronoun is the speaker's (twelfth round)."""
    first = st.content[0]
    before = st.table.word(first - 1) if first > 0 else ""
    return (st.direct and not (before and before[-1].isalnum())) or (
        bool(before) and all(ch in _QUOTE_MARKS for ch in before))


def _any_object(table: TokenTable, i: int) -> bool:
    """An object with "any" under a negation: "did not include *any* weapons stores"."""
    return table.dep[i] in ("dobj", "attr") and any(table.lower[c] == "any" for c in table.children[i])


#: The act rules in the order they apply; the first that fires decides.
ACT_RULES: Final[tuple[tuple[str, ActRule], ...]] = (
    ("calling_out", calling_out),
    ("wondered_why", wondered_why),
    ("moral_rejection", moral_rejection),
    ("performative", performative),
    ("insult", insult),
    ("ask_to", ask_to),
    ("question", asked_question),
    ("threat", threat),
    ("warning", warning),
    ("source", source_report),
    ("naming", naming),
    ("repudiation", repudiation),
    ("circumstance_blamed", circumstance_blamed),
    ("advocacy", advocacy),
    ("cue", cue_class),
    ("dismissal", dismissal),
    ("concession", concession),
    ("confession", confession),
    ("admission", admission),
    ("reproach", reproach),
    ("grievance", grievance),
    ("necessity", necessity),
    ("prescribed_course", prescribed_course),
    ("prescribed_deed", prescribed_deed),
    ("condemnation", condemnation),
    ("partiality", partiality),
    ("pause_given", pause_given),
    ("obligation", duty_first),  # rule "duty_first": an obligation heading the content, read before the accusation
    ("had_better", had_better),
    ("accusation", accusation),
    ("anything_to_win", anything_to_win),
    ("failing_owned", failing_owned),
    ("misconduct", misconduct),
    ("blame_laid", blame_laid),
    ("critical_frame", critical_frame),
    ("enemy_served", enemy_served),
    ("praise", praise),
    ("job_well_done", job_well_done),
    ("merit_idiom", merit_idiom),
    ("none_better", none_better),
    ("wish_to_see", wish_to_see),
    ("predication", predication),
    ("doer_outside", accused_outside),
    ("epithet", epithet),
    ("disqualification", disqualification),
    ("qualification", qualification),
    ("esteem_degree", esteem_degree),
    ("understanding_shown", understanding_shown),
    ("best_choice", best_choice),
    ("right_course", right_course),
    ("needed", needed),
    ("rallying", rallying),
    ("own_backing", own_backing),
    ("liked_one", liked_one),
    ("preference", preference),
    ("satisfaction", satisfaction),
    ("satisfaction_voiced", satisfaction_voiced),
    ("approval", approval),
    ("hypothetical_need", hypothetical_need),
    ("obligation", obligation),
    ("wish", wish),
    ("rhetorical_question", rhetorical_question),
    ("own_refusal", own_refusal),
    ("faulted_deed", faulted_deed),  # rule "faulted_deed": after the rules of praise, support and demand
    ("prediction", prediction),
    ("likelihood", likelihood),
    ("existential_future", existential_future),
    ("possible_outcome", possible_outcome),
    ("reported_criticism", reported_criticism),
    ("not_far_enough", not_far_enough),
    ("lost_standing", lost_standing),
    ("not_understood", not_understood),
    ("harm_inflicted", harm_inflicted),
    ("duty_undone", duty_undone),
    ("no_connection", no_connection),
    ("no_evidence_found", no_evidence_found),
    ("own_denial", own_denial),
)

#: :data:`ACT_RULES` without ``own_denial`` (``deny_negated=False``).
_RULES_NO_DENIAL: Final = tuple((name, rule) for name, rule in ACT_RULES if name != "own_denial")

#: The words an act rule needs among the statement's terms (``st.terms``) to fire at all: each of these rules
#: opens with that test (``_has_terms`` of the set, or ``_has_word`` of each word, which is false for a word not
#: among the terms) and returns None without it, before it reads anything else. :func:`decide_act` makes the
#: test itself (rule "rule_gates", issue 15's speed53 round): one set test where most statements made two
#: calls (the rule's and ``_has_terms``'s) to learn the same; the rule still makes it when called alone.
RULE_GATES: Final[Mapping[ActRule, frozenset[str]]] = {
    calling_out: _CALLING,
    wondered_why: _WONDERING,
    moral_rejection: _MORAL_REJECTION,
    insult: _INSULT_VERBS,
    concession: lx.CONCESSION_WORDS,
    admission: _ADMITTING_TERMS,
    reproach: _REPROACHING,
    necessity: _NECESSARY,
    prescribed_course: _COURSE_NOUNS,
    prescribed_deed: lx.PRESCRIBING_WORDS,
    partiality: lx.PARTIALITY_VERBS,
    pause_given: _PAUSE,
    misconduct: _MISCONDUCT_LEMMAS,
    blame_laid: lx.BLAME_WORDS,
    job_well_done: _JOB,
    none_better: frozenset({"than"}),
    anything_to_win: _ANYTHING_WORDS,
    failing_owned: _FAILING_WORDS,
    disqualification: _QUALITIES,
    qualification: lx.OFFICE_QUALITIES,
    esteem_degree: _ESTEEM_PARTICIPLES,
    best_choice: lx.CHOICE_NOUNS,
    right_course: _RIGHT_MARKS,
    wish_to_see: _SEEING,
    had_better: _BETTER,
    needed: _NEED,
    likelihood: frozenset({"likely", "unlikely"}),
    possible_outcome: frozenset({"could", "may", "might"}),
    reported_criticism: _CRITICISING,
    not_far_enough: frozenset({"enough"}),
    lost_standing: frozenset({"longer", "anymore"}),
    not_understood: _UNDERSTANDING_TERMS,
    understanding_shown: _UNDERSTANDING_TERMS,
    harm_inflicted: _HARM_TERMS,
    enemy_served: _ENEMY_TERMS,
    satisfaction_voiced: lx.SATISFACTION_WORDS,
    no_connection: _LINK_GATE,
    no_evidence_found: lx.EVIDENCE_NOUNS,
}
#: Every word of a gate (:data:`RULE_GATES`).
_GATE_WORDS_ALL: Final = frozenset().union(*RULE_GATES.values())
#: The gate words a statement's terms hold -> the rules of :data:`ACT_RULES` (of :data:`_RULES_NO_DENIAL`) left
#: to call, in order: the gated rules whose gate has one of those words and every other rule (made when first
#: met; most statements hold none, and few sets of them occur).
_OPEN_RULES: Final[dict[frozenset[str], tuple[tuple[str, ActRule], ...]]] = {}
_OPEN_NO_DENIAL: Final[dict[frozenset[str], tuple[tuple[str, ActRule], ...]]] = {}
#: The most sets of gate words kept in each of the two.
_OPEN_KEPT: Final = 4096


def _gate_positions() -> dict[str, tuple[int, ...]]:
    """Each gate word (:data:`RULE_GATES`) -> the places in :data:`ACT_RULES` of the gated rules whose gate has it,
    in order."""
    opens: dict[str, list[int]] = {}
    for k, (_, rule) in enumerate(ACT_RULES):
        for word in RULE_GATES.get(rule, ()):
            opens.setdefault(word, []).append(k)
    return {word: tuple(places) for word, places in opens.items()}


#: Gate word -> the places in :data:`ACT_RULES` of the rules it opens (rule "gate_positions", issue 15's speed58
#: round): :func:`open_rules` makes the rules of a new set of gate words from these and the places of the rules no
#: gate closes, where it tested each rule of the decision list against the words.
_GATE_PLACES: Final = _gate_positions()
#: The places in :data:`ACT_RULES` of the rules no gate closes, with ``own_denial`` and without it.
_UNGATED_PLACES: Final = frozenset(k for k, (_, rule) in enumerate(ACT_RULES) if rule not in RULE_GATES)
_UNGATED_PLACES_NO_DENIAL: Final = frozenset(k for k in _UNGATED_PLACES if ACT_RULES[k][0] != "own_denial")


def open_rules(terms: frozenset[str], deny_negated: bool = True) -> tuple[tuple[str, ActRule], ...]:
    """The act rules that may fire on a statement with these terms, in the decision list's order: those of
    :data:`ACT_RULES` (without ``own_denial`` unless ``deny_negated``) less each gated rule whose gate
    (:data:`RULE_GATES`) the terms miss, which would return None at once (rule "rule_gates", issue 15's speed53
    round). The list is kept for the gate words the terms hold, so a statement pays one set intersection and
    one look-up for it, and the decision list then calls only the rules that are left. A new set of gate words
    (one statement in five to one in three on PolNeAR) makes its list from the places of the rules each word opens
    (:data:`_GATE_PLACES`, rule "gate_positions"): a few set unions, a sort and an ``itemgetter`` in C, no test of
    every rule."""
    hit = _GATE_WORDS_ALL.intersection(terms)
    kept = _OPEN_RULES if deny_negated else _OPEN_NO_DENIAL
    rules = kept.get(hit)
    if rules is None:
        places = set(_UNGATED_PLACES if deny_negated else _UNGATED_PLACES_NO_DENIAL)
        for word in hit:
            places.update(_GATE_PLACES.get(word, ()))
        order = sorted(places)  # read in C by one itemgetter, which gives a tuple for two places or more
        rules = itemgetter(*order)(ACT_RULES) if len(order) > 1 else tuple(ACT_RULES[k] for k in order)
        if len(kept) < _OPEN_KEPT:
            kept[hit] = rules
    return rules

#: Rules whose act comes from a verb (the cue, or a performative): its object is the target of choice.
VERB_RULES: Final = frozenset({"cue", "ask_to", "threat", "performative", "question"})


def decide_act(st: Statement, *, content_acts: bool = True, deny_negated: bool = True,
               ) -> tuple[str, int | None, str]:
    """The act, the verb that carries it and the name of the rule that decided.

    Args:
        st: the statement.
        content_acts: read the content (all rules); False: the cue's class only.
        deny_negated: apply ``own_denial`` (a negated statement of the speaker's own act, or an emphatic
            negation, denies).
    """
    if not content_acts:
        return st.cue_act, st.act_root, "cue"
    terms = st.terms
    # rule "rule_gates": with the stage's terms, the rules that would return None at once are not called
    for name, rule in (ACT_RULES if deny_negated else _RULES_NO_DENIAL) if terms is None else open_rules(
            terms, deny_negated):
        found = rule(st)
        if found is not None:
            st.act_root = found[1]
            return found[0], found[1], name
    return lx.ASSERT, st.act_root, st.spared or "default"


class Firing(NamedTuple):
    """One act rule that fired on a statement: its name, its act, the verb that carries the act and the
    agent it judged (the target of choice)."""

    rule: str
    act: str
    root: int | None
    judged: int | None


def fire_rules(st: Statement, *, deny_negated: bool = True) -> list[Firing]:
    """Every act rule that fires on the statement, in the order of :data:`ACT_RULES` (for the fitted
    combination, :mod:`claimex.pipeline.claim_model`). Each rule sees the statement as it would as the
    first rule of the list; the statement is left as it was."""
    root, judged = st.act_root, st.judged
    out: list[Firing] = []
    for name, rule in ACT_RULES:
        if (name == "own_denial" and not deny_negated) or any(f.rule == name for f in out):
            continue  # "obligation" is listed twice (rule "duty_first" before the accusation): one firing of it
        st.judged = None
        found = rule(st)
        if found is not None:
            out.append(Firing(name, found[0], found[1], _judged(st)))
    st.act_root, st.judged = root, judged
    return out


def _judged(st: Statement) -> int | None:
    """The agent the rule just run left on the statement. Read through a call: after ``st.judged = None``
    mypy takes the attribute to be None still, and a build compiled by mypyc checks that at run time (a
    rule that judged someone failed it with "None object expected; got int")."""
    return st.judged


def adopt(st: Statement, act: str, firings: Sequence[Firing]) -> str:
    """Take the first fired rule that agrees with ``act``: its verb and judged agent go on the statement,
    its name is returned (``"model"`` when no rule gives the act)."""
    agree = next((f for f in firings if f.act == act), None)
    if agree is None:
        return "model"
    st.act_root, st.judged = agree.root, agree.judged
    return agree.rule


def _valence_bins(prefix: str, amount: float) -> list[str]:
    """Cumulative bins of a summed valence (VADER's scale, -4 .. +4 a word)."""
    if amount < 1:  # most contents
        return []
    return [f"{prefix}>={b}" for b in (1, 2, 4) if amount >= b]


#: (act, rule stance, source, act rule) -> the first stance features they name (:func:`stance_features`)
_STANCE_HEADS: dict[tuple[str, str, str, str], tuple[str, ...]] = {}


def _clause_features(st: Statement) -> list[str]:
    """Closed-class properties of the content's main predicates: tense and mood, the subject's kind."""
    table = st.table
    out: set[str] = set()
    for pred in st.preds[:3]:
        if is_future(table, pred):
            out.add("future")
        if is_obligation(table, pred):
            out.add("obligation")
        if _modal_children(table, pred) and not lx.HEDGE_MODALS.isdisjoint(_modal_children(table, pred)):
            out.add("hedge_modal")
        subj = subject(table, pred)
        if subj is None:
            out.add("subject=none")
        elif is_first_person(table, subj):
            out.add("subject=first_person")
        elif table.pos[subj] == "PRON" and table.lower[subj] in _THIRD_PERSON:
            out.add("subject=pronoun")
        elif is_agent(table, subj):
            out.add("subject=agent")
        else:
            out.add("subject=thing")
        if any(table.dep[c] in ("dobj", "dative") and is_agent(table, c) for c in table.children[pred]):
            out.add("object=agent")
    return sorted(out)


def act_features(st: Statement, firings: Sequence[Firing]) -> list[str]:
    """The named features the act model reads: which rules fire and with which act, the decision
    list's answer, the cue's class and lemma (a closed class: the cue lexicon), the content's valence,
    negation, the question mark, the clause's tense, mood and subject. No word of the content itself."""
    table = st.table
    first = firings[0] if firings else None
    out = [f"cue_act={st.cue_act}", f"list={first.act if first else lx.ASSERT}",
           f"list_rule={first.rule if first else 'default'}"]
    for f in firings:
        out += [f"rule={f.rule}", f"fires={f.act}", f"rule={f.rule}:{f.act}"]
    if st.cue is not None and table.lemma[st.cue] in st.cues:
        out.append(f"cue={table.lemma[st.cue]}")
    out += _tone_features(st)
    if st.content:
        last = st.content[-1]
        if last + 1 < table.n and table.word(last + 1) == "?":
            out.append("question_mark")
    out += _clause_features(st)
    out += _evaluation_features(st)
    return out


def _tone_features(st: Statement, vals: Mapping[int, float] | None = None) -> list[str]:
    """The content's negative and positive valence (binned), its negation, and whether it is quoted. ``vals``:
    the valences to read (default: the content's)."""
    vals = st.valences if vals is None else vals
    out = _valence_bins("neg", -sum([v for v in vals.values() if v < 0]))  # lists, not generators: the same
    out += _valence_bins("pos", sum([v for v in vals.values() if v > 0]))  # sums in the same order
    if st.negative:
        out.append("negative")
    if st.direct:
        out.append("direct")
    return out


def _evaluation_features(st: Statement, vals: Mapping[int, float] | None = None) -> list[str]:
    """Where the content's evaluation lies: on a main predicate or its complement, held by a person or
    organisation (:func:`evaluated_agent`), the strongest word's strength; and whether an agent is named.
    ``vals``: the valences to read (default: the content's)."""
    vals = st.valences if vals is None else vals
    out: list[str] = []
    if vals:
        table = st.table
        strongest = max(vals.values(), key=abs)
        out.append(f"strongest={'neg' if strongest < 0 else 'pos'}{min(int(abs(strongest)), 3)}")
        around = set(st.preds)
        for p in st.preds:
            around.update([c for c in table.children[p] if table.dep[c] in {"acomp", "attr", "dobj", "xcomp", "oprd"}])
        on_pred = sum([vals.get(i, 0.0) for i in around])
        if on_pred <= -1:
            out.append("pred_neg")
        elif on_pred >= 1:
            out.append("pred_pos")
        if evaluated_agent(st, negative=True) is not None:
            out.append("neg_agent")
        if evaluated_agent(st, negative=False) is not None:
            out.append("pos_agent")
    if st.agent_named is not None:
        out.append("agent_named")
    return out


def stance_features(st: Statement, act: str, act_rule: str, target: int | None, stance: str,
                    source: str) -> list[str]:
    """The named features the stance model reads: the act, the stance rule's answer and its source,
    the content's valence, negation, the kind of target."""
    table = st.table
    if act_rule in SPARING_RULES:  # a statement no rule decided, as the model was fitted
        act_rule = "default"
    head = (act, stance, source, act_rule)
    named = _STANCE_HEADS.get(head)
    if named is None:  # a few dozen combinations occur: each named once
        named = _STANCE_HEADS[head] = (f"act={act}", f"rule_stance={stance}", f"source={source}",
                                       f"act={act}&rule_stance={stance}", f"act_rule={act_rule}")
    out = list(named)
    if st.cue is not None and table.lemma[st.cue] in st.cues:  # the cue lexicon's lemma: a closed class
        out.append(f"cue={table.lemma[st.cue]}")
    vals = stance_valences(st)
    out += _tone_features(st, vals)
    if target is None:
        out.append("target=none")
    elif is_agent(table, target):
        out.append("target=agent")
    else:
        out.append("target=thing")
    out += _evaluation_features(st, vals)
    return out


# --------------------------------------------------------------------------------------------------
# Target.


def act_object(table: TokenTable, verb: int) -> int | None:
    """The object of an act verb: its direct object, or the object of its cue preposition ("called
    *for* calm", "accused *of*")."""
    dep, pos, lower, children = table.dep, table.pos, table.lower, table.children
    kids = children[verb]
    for child in kids:
        if dep[child] in {"dobj", "dative"} and pos[child] in {"NOUN", "PROPN", "PRON", "NUM"} and lower[
                child] not in ("that", "what", "it"):
            return child
    preps = lx.PREPOSITIONAL_CUES.get(table.lemma[verb], ())
    for child in kids:
        if dep[child] == "prep" and lower[child] in preps:
            obj = next((g for g in children[child] if dep[g] in ("pobj", "pcomp")), None)
            if obj is not None and pos[obj] in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
                return obj
    for child in kids:  # "we denounce and condemn this attack": the object of the conjoined verb
        if dep[child] == "conj" and pos[child] == "VERB":
            return act_object(table, child)
    return None


def evaluated_agent(st: Statement, *, negative: bool) -> int | None:
    """The person or organisation the content evaluates: the holder (:func:`holder`) of its most
    strongly evaluated word of the given sign that has one (read once a statement and sign)."""
    if negative not in st._evaluated:
        st._evaluated[negative] = _evaluated_agent(st, negative)
    return st._evaluated[negative]


def _evaluated_agent(st: Statement, negative: bool) -> int | None:
    sign = -1.0 if negative else 1.0
    vals = st.valences
    words = sorted((i for i, v in vals.items() if v * sign >= EVALUATION_THRESHOLD), key=lambda i: -abs(vals[i]))
    for word in words:
        agent = holder(st.table, word, st.inside, wish=negative)  # the content's set, made once a statement
        if agent is not None:
            return agent
    if st.cue is not None and naming_use(st.table, st.cue):  # "called *him* a liar", "called the bill a victory"
        return act_object(st.table, st.cue)
    return None


def holder(table: TokenTable, word: int, inside: frozenset[int], *, wish: bool = False) -> int | None:
    """The agent an evaluative word is about: its possessor ("*Trump's* excesses"), else the active
    subject, the subject's possessor or the "by" agent of the nearest predicates above it ("*he*
    disrespected immigrants", "*the court* crossed a line into lawlessness", "*Ted Cruz* is a man who is
    lost"). A passive subject is the victim, not the agent ("a child was killed"); "it" and first-person
    pronouns are not agents (an expletive, or the speaker). The search stays inside the content
    (``inside``) and inside the clause of a belief verb ("she does not believe *the deal* is fair": the
    believer is not judged). A noun inside a direct object is said of the doer only under a verb of
    conduct (:data:`~claimex.lexicons.CONDUCT_VERBS`: "*Smith* committed *fraud*", "made a *mistake*"),
    not of any verb ("Smith will skip *the parade*")."""
    head, dep, children = table.head, table.dep, table.children
    i = word
    for _ in range(7):
        if i not in inside:
            return None
        for child in children[i]:
            d = dep[child]
            cand = None
            if d == "poss" or d == "nsubj":
                cand = child
            elif d == "csubj":  # rule "cleft_doer": "*what the board did* is shameful" is said of the board
                cand = _cleft_doer(table, child, wish)
            elif d == "agent":
                cand = next((g for g in children[child] if dep[g] == "pobj"), None)
            if cand is None:
                continue
            owner = possessor(table, cand)
            for c in (owner, cand):
                if c is not None and c in inside and _accountable(table, c):
                    return c
        if head[i] == i or (dep[i] == "ccomp" and table.lemma[head[i]] in lx.NEG_RAISING_VERBS):
            return None  # "she does not believe *the deal* is fair": the believer is not the one judged
        if dep[i] == "advcl" and any(table.lower[c] in _CAUSAL_MARKS for c in children[i]):
            return None  # "they spoke out *because* the welcome is eroding": the cause is not said of them
        if (dep[i] == "dobj" and (i != word or table.pos[word] == "NOUN")
                and table.lemma[head[i]] not in lx.CONDUCT_VERBS):
            return None  # "Smith will skip *the parade*": the object's word is not said of the doer
        i = head[i]
    return None


def _cleft_doer(table: TokenTable, clause: int, wish: bool) -> int:
    """Rule "cleft_doer" (issue 15's act65 round): the subject clause of a pseudo-cleft that tells what someone
    did, wants or said ("*what the board did* is shameful", "*what they want* is dishonesty", "*what the
    envoys did* is try to deceive us") stands for its doer, so that the evaluation said of the clause is said of
    them (:func:`holder`). The clause opens with "what", its verb is one of :data:`_CLEFT_VERBS`, not negated,
    and its subject is that verb's active subject; any other subject clause stands for itself as before
    ("*whether the bill passes* is unclear", "*what happened* is tragic"). A wish ("want") only with ``wish``
    (:func:`evaluated_agent` of a negative word): to want a fault is one, to want a good is no merit ("*what
    voters want* is an honest leader" praises no voter)."""
    verbs = _CLEFT_VERBS | _CLEFT_WISHES if wish else _CLEFT_VERBS
    if (table.lower[table.left_edge(clause)] != "what" or table.lemma[clause] not in verbs
            or _negated_plainly(table, clause)):
        return clause
    doer = subject(table, clause)
    return clause if doer is None or table.dep[doer] != "nsubj" else doer


#: Verbs of a deed, a wish or a saying whose pseudo-cleft subject clause stands for the doer (:func:`_cleft_doer`).
_CLEFT_VERBS: Final = frozenset({"do", "say", "try", "propose"})
#: Verbs of a wish whose pseudo-cleft subject clause stands for the one who wishes a fault (:func:`_cleft_doer`).
_CLEFT_WISHES: Final = frozenset({"want", "wish"})


#: Subordinators of cause: an evaluation in the clause they lead is not said of the main
#: clause's subject.
_CAUSAL_MARKS: Final = frozenset({"because", "since"})


def _accountable(table: TokenTable, i: int) -> bool:
    return is_agent(table, i) and table.lower[i] not in ("it", "its") and not _in_reference(table, i)


def _in_reference(table: TokenTable, i: int) -> bool:
    """Inside "the claims made by the US", "according to the report": a reference to a source. Not
    across a clause said ("issued a statement saying that *Smith* was a fine judge": the statement is
    the frame of what is said, not a reference inside it)."""
    head, lemma, lower, dep = table.head, table.lemma, table.lower, table.dep
    for _ in range(4):
        if (lemma[i] in lx.REFERENCE_NOUNS and table.pos[i] == "NOUN") or lower[i] == "according":
            return True
        if head[i] == i or dep[i] == "ccomp":
            return False
        i = head[i]
    return False


_PLACE_ENTS: Final = frozenset({"GPE", "LOC", "FAC"})
_SETTING_PREPS: Final = frozenset({
    "in", "at", "across", "throughout", "around", "near", "inside", "outside", "within", "to",
})


def is_setting(table: TokenTable, i: int) -> bool:
    """A place named as the setting of what is said, not an agent: a country, city or place the object
    of a preposition of place ("troops *in Syria*", "a rally *in Austin*", "the primaries, particularly
    *California*"), through the names, appositions and conjuncts it heads or belongs to."""
    if table.ent_type[i] not in _PLACE_ENTS:
        return False
    head, dep = table.head, table.dep
    j = i
    for _ in range(4):
        if dep[j] not in {"compound", "flat", "appos", "conj"} or head[j] == j:
            break
        j = head[j]
    return dep[j] == "pobj" and table.lower[head[j]] in _SETTING_PREPS


def first_agent(st: Statement, *, skip_objects: bool = False) -> int | None:
    """The first person, organisation or country of the content (the head of its name), not inside
    an "according to" phrase; with ``skip_objects``, not the object of a verb (a victim)."""
    table = st.table
    dep, head, ent, pos = table.dep, table.head, table.ent_type, table.pos
    labels = syntax.AGENT_ENTITY_LABELS
    for i in st.content:
        if pos[i] not in _AGENT_POS and ent[i] not in labels:  # no agent (:func:`is_agent`): most words, no call
            continue
        if not is_agent(table, i) or (dep[i] in {"compound", "poss"} and ent[head[i]] == ent[i] and ent[i]):
            continue
        if pos[i] == "PRON" and table.lower[i] in {"it", "its"}:
            continue
        if is_setting(table, i):  # "a rally in Austin": where it happened, not who it is about
            continue
        if (skip_objects and dep[i] in {"dobj", "pobj"} and pos[i] != "PRON") or _in_reference(table, i):
            continue
        if dep[i] == "nsubjpass" and pos[i] != "PROPN" and not ent[i]:  # "fighters were killed": a victim
            continue
        if speaker_pronoun(st, i):
            continue  # "the Khans say *they* felt compelled ... the welcome *they* felt": the speaker
        if ent[i] and head[i] != i and dep[i] == "compound" and ent[head[i]] == ent[i]:
            continue
        if ent[i] and dep[i] in ("amod", "compound") and pos[head[i]] == "NOUN" and not ent[head[i]]:
            return head[i]  # "the Republican infighting", "a Trump presidency": the phrase, not its modifier
        return i
    return None


def _speaker_forms(st: Statement) -> frozenset[str]:
    """The pronouns that stand for the speaker in reported speech (rule "speaker_pronoun"): those of
    a main predicate's subject that agrees with the cue's subject (:func:`reported_self`); the same
    pronoun elsewhere in the content is the speaker too ("the families say *they* felt welcome when
    *they* arrived": neither "they" is a third party)."""
    if st._speaker_forms is None:
        table = st.table
        st._speaker_forms = frozenset() if st.direct or st.cue is None else frozenset(
            table.lower[subj] for pred in st.preds
            if (subj := subject(table, pred)) is not None and reported_self(st, subj))
    return st._speaker_forms


def speaker_pronoun(st: Statement, i: int) -> bool:
    """``i`` is a pronoun that stands for the speaker in reported speech (:func:`_speaker_forms`)."""
    return st.table.pos[i] == "PRON" and (st.table.lower[i] in _speaker_forms(st) or reported_self(st, i))


def choose_target(st: Statement, act: str, from_cue: bool) -> int | None:
    """The target's head token: the agent a rule judged, the object of the act verb, the first agent, then
    the content's event noun, subject or object. A title the parse made the head ("Ms." of "Ms. Malik")
    stands for the name it precedes."""
    found = _choose_target(st, act, from_cue)
    table = st.table
    if found is not None and table.pos[found] == "DET" and table.head[found] != found:
        found = table.head[found]  # "the" of "the State Department" (inside the entity): the name it opens
    if found is not None and light_noun(table, found):
        found = _content_clause_subject(table, found) or found
    if found is not None and table.lower[found] in lx.TITLES:
        name = table.head[found]
        if name != found and table.pos[name] == "PROPN" and table.dep[found] == "compound":
            return name
        after = found + 1  # "Ms." heading its name: the name follows it
        if after < len(table.lower) and table.pos[after] == "PROPN" and table.head[after] == found:
            return found if table.dep[after] == "flat" else after
    return found


def _choose_target(st: Statement, act: str, from_cue: bool) -> int | None:
    table = st.table
    if st.judged is not None:
        return st.judged
    if from_cue and st.act_root is not None:
        obj = act_object(table, st.act_root)
        if obj is not None:
            if act == lx.DEMAND:
                stopped = cessation_object(table, obj)
                return stopped if stopped is not None else obj
            return obj
    own: int | None = None
    reporting: bool | None = None  # self_report(st), read once and only when asked
    for pred in st.preds:
        subj = subject(table, pred)
        if subj is None or (table.dep[subj] == "nsubjpass" and table.lemma[subj] not in lx.EVENT_NOUNS):
            continue  # a passive subject is what happened to someone, not who did it
        if reporting is None:
            reporting = self_report(st)
        if reporting:  # "The US says it has carried out air strikes": the action reported
            done = _event_object(table, pred)
            if done is not None:
                return done
        if table.lower[subj] == "it":
            continue  # "it is sad that ...", "it makes this a national conversation": an expletive, or a
            # pronoun whose antecedent is seldom a speaker entity; an agent or the topic reads better
        if is_speaker(st, subj):  # the speaker: only when nothing else is
            own = subj if own is None else own
        elif is_agent(table, subj) or table.lemma[subj] in lx.EVENT_NOUNS:
            return subj
    agent = first_agent(st)
    if agent is not None and not is_first_person(table, agent):
        return agent
    topic = _topic(st)
    if topic is None:  # "the city may miss *a payment on its bonds*": what the statement reports on
        topic = reported_object(st, -1)
    return topic if topic is not None else own


_SINGULAR_PERSON: Final = frozenset({"he", "she"})


def _other_gender(table: TokenTable, speaker: int, pronoun: str) -> bool:
    """The cue's subject is known to be of the other gender than ``pronoun`` ("he" / "she") by its title,
    forename or pronoun ("*Mrs. Clinton* said *he* ...", "*Mr. Lopez* said *she* ..."), so the pronoun stands
    for someone else (since the eighteenth act round; a name of unknown gender agrees with either)."""
    lower = table.lower
    words = [lower[c] for c in table.children[speaker] if c < speaker and table.dep[c] in ("compound", "nmod")]
    gender = name_gender(" ".join([*words, lower[speaker]]))
    return gender is not None and gender != ("male" if pronoun == "he" else "female")
#: Entity labels of a cue's subject that "he" / "she" can stand for: a person, or a name the small models
#: often label an organisation ("Moreno said he ..."); "he" never stands for a place or a nationality.
_PERSON_LIKE: Final = frozenset({"PERSON", "ORG"})


def is_speaker(st: Statement, i: int) -> bool:
    """Whether token ``i`` stands for the speaker: a first-person pronoun, or the pronoun that stands for
    the speaker in reported speech (:func:`reported_self`)."""
    return is_first_person(st.table, i) or reported_self(st, i)


def _negated_plainly(table: TokenTable, pred: int) -> bool:
    """Whether ``pred`` has a "not" / "never" of its own ("we do *not* support", "I *never* wanted"). A loop, no
    generator: many rules ask it of most predicates (issue 15's speed51 round)."""
    dep, lower = table.dep, table.lower
    for c in table.children[pred]:  # noqa: SIM110  (a loop: any() made a generator a call)
        if dep[c] == "neg" or lower[c] == "never":
            return True
    return False


def _has_dep(table: TokenTable, i: int, label: str) -> bool:
    """Whether a child of ``i`` has the dependency ``label`` (a loop: no generator made on each call, where
    ``any(...)`` made one; issue 15's speed51 round)."""
    dep = table.dep
    for c in table.children[i]:  # noqa: SIM110  (a loop: any() made a generator a call)
        if dep[c] == label:
            return True
    return False


def reported_self(st: Statement, i: int, *, reported_words: bool = False, own_forms: bool = False) -> bool:
    """In reported speech, the subject pronoun of a main predicate that agrees with the cue's subject
    stands for the speaker (logophoric use): "*Smith* said *he* would run again", "*the Khans* say
    *they* felt compelled to speak out". A person's "he" / "she" needs a person as the cue's subject;
    with ``reported_words`` (the target's resolution) also in the reported words of a mixed quote, outside
    its quotation marks (:func:`quoted_at`: "*Ryan* said *he* was 'very encouraged'");
    "they" / "it" an organisation, a group or a plural; "they" also two conjoined subjects ("*Smith and
    Jones* say *they* ...").

    With ``own_forms`` (the target's resolution, issue 15's twenty-third target round) also the possessive
    of a main predicate's subject ("*Lund* said *his* harbour fees had doubled"), and a participle cue with
    no subject of its own has the subject of the verb it hangs from ("*Lund* left the hearing early, *telling*
    reporters that *he* ...")."""
    table = st.table
    low = table.lower[i]
    subj = i  # the subject whose pronoun agrees with the cue's subject: "his" of "his legal costs" is "he"
    if own_forms and low in lx.POSSESSIVE_SUBJECTS and table.dep[i] == "poss":
        low, subj = lx.POSSESSIVE_SUBJECTS[low], table.head[i]
    quoted = quoted_at(st, i) if reported_words else st.direct
    if (quoted or st.cue is None or low not in lx.REPORTED_SELF_PRONOUNS or table.pos[i] != "PRON"
            or table.dep[subj] not in ("nsubj", "nsubjpass") or table.head[subj] not in st.preds):
        return False
    speaker = subject(table, st.cue)
    if speaker is None and table.dep[st.cue] == "conj":  # "Clinton has disputed ... but *says* that she ..."
        speaker = subject(table, table.head[st.cue])
    if own_forms:
        speaker = _own_forms_speaker(table, st.cue, speaker)
    if speaker is None or (subj != i and _other_person_before(table, speaker)):
        return False
    ent, lemma, sp_low = table.ent_type[speaker], table.lemma[speaker], table.lower[speaker]
    if own_forms and low in _SINGULAR_PERSON and table.pos[speaker] == "PROPN" and not _other_gender(
            table, speaker, low):  # "*Kasich* (read as a place) is telling ... that *he* ...": the speaker
        return True  # entity's kind and gender are checked by the target's resolution
    if reported_words and sp_low in _SINGULAR_PERSON and sp_low != low:  # "he called her weak and said *she* ..."
        return False
    if low in _SINGULAR_PERSON:
        if _other_gender(table, speaker, low):  # "*Mrs. Clinton* said *he* had not done his homework"
            return False
        return ent in _PERSON_LIKE or sp_low in _SINGULAR_PERSON or (not ent and table.doc[speaker].tag_ == "NNP") or (
            table.pos[speaker] == "NOUN" and lemma in lx.ROLE_NOUNS and table.doc[speaker].tag_ == "NN")
    return ent in ("ORG", "GPE", "NORP") or sp_low in ("they", "it") or (
        table.pos[speaker] in ("NOUN", "PROPN") and table.doc[speaker].tag_ in ("NNS", "NNPS")) or (
        low not in ("it", "its")  # two conjoined speakers: "X and Y say they"
        and "conj" in map(table.dep.__getitem__, table.children[speaker]))


def _own_forms_speaker(table: TokenTable, cue: int, speaker: int | None) -> int | None:
    """The cue's subject as :func:`reported_self` reads it with ``own_forms``: a relative pronoun stands
    for the noun it relates to ("*Lund*, *who* reckons that his fees ..."); a participle cue with no
    subject has the subject of the verb it hangs from ("*Lund* left ..., *telling* reporters that he ..."), as
    has one that is the object of a preposition hanging from a verb (:func:`adjunct_participle`: "*Lund* ended
    the hearing *by saying* he ..."), unless it names a person it speaks to ("warning *Okafor* that he ...": "he"
    is Okafor)."""
    if speaker is not None:
        if table.lower[speaker] in lx.RELATIVE_PRONOUNS and table.dep[cue] == "relcl":
            return table.head[cue]
        return speaker
    if table.doc[cue].tag_ != "VBG" or any(
            table.dep[c] in ("dobj", "dative") and table.pos[c] in ("PROPN", "PRON") for c in table.children[cue]):
        return None
    found = (subject(table, table.head[cue]) if table.dep[cue] in ("advcl", "xcomp")
             else adjunct_participle(table, cue))  # "*Lund* ended the hearing *by saying* he ..."
    if found is not None and not _other_person_before(table, found, cue):
        return found
    return None


#: Prepositions whose participle object ("*by saying* he ...") has the subject of the verb the preposition
#: hangs from, for :func:`adjunct_participle`.
ADJUNCT_PREPS: Final = frozenset({"by", "after", "before", "while", "upon", "on", "in", "without", "since",
                                  "through", "when"})


def adjunct_participle(table: TokenTable, cue: int) -> int | None:
    """The subject of a participle cue ``cue`` that is the object of a preposition of :data:`ADJUNCT_PREPS`
    hanging from a verb (rule "adjunct_participle", issue 15's target56 round): that verb's subject, the one
    who does both ("*Lund* ended the hearing *by saying* he would run", "*Lund* told reporters, *before
    insisting* that his fees were fair": Lund). None where the participle hangs otherwise or the verb has no
    subject. :func:`_own_forms_speaker` keeps its guards: not where the participle names a person it speaks to,
    nor where another person is named before it in the sentence."""
    prep = table.head[cue]
    if (table.dep[cue] != "pcomp" or prep == cue or table.lower[prep] not in ADJUNCT_PREPS
            or table.dep[prep] != "prep"):
        return None
    verb = table.head[prep]
    if verb == prep or table.pos[verb] not in ("VERB", "AUX"):
        return None
    return subject(table, verb)


def _other_person_before(table: TokenTable, speaker: int, end: int | None = None) -> bool:
    """A person other than the speaker's mention is named in the sentence before ``end`` (a participle cue), by
    default before the speaker's mention: the pronoun is as likely that person's ("After *Okafor* spoke, Lund
    said only that *his* budget ...", "Lund praised *Okafor*'s budget, saying *she* ...")."""
    first = table.left_edge(speaker)
    stop = first if end is None else end
    return any(table.ent_type[k] == "PERSON" and not first <= k <= speaker
               for k in range(table.sentence_bounds(speaker)[0], stop))


_NOT_TOPIC_ENTS: Final = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def reported_object(st: Statement, skip: int) -> int | None:
    """What a self-report reports on: the first noun object of a main predicate, or of the verb, adjective
    or preposition it governs ("the campaign has refunded *the contributions*", "Lopez plans to call for
    *a large increase*", "she is ready to meet *the auditors*"), not ``skip`` (the
    speaker's own mention), a first-person pronoun, "it", a place named as the setting or a time or
    amount."""
    table = st.table
    dep, pos, children, inside = table.dep, table.pos, table.children, st.inside
    frontier = list(st.preds)
    for _ in range(3):
        below: list[int] = []
        for node in frontier:
            for child in children[node]:
                d = dep[child]
                if d == "pobj" and table.lower[child] == "order":
                    continue  # "in order to": a purpose, no object
                if d in {"dobj", "pobj", "dative"} and child in inside and child != skip and (
                        pos[child] in ("NOUN", "PROPN") or (pos[child] == "PRON" and is_agent(table, child)
                                                            and table.lower[child] not in ("it", "its"))):
                    if not (is_first_person(table, child) or is_setting(table, child) or light_noun(table, child)
                            or table.ent_type[child] in _NOT_TOPIC_ENTS):
                        return child
                elif d in {"xcomp", "prep", "acomp", "dobj"}:
                    below.append(child)
        frontier = below
    return None


def _event_object(table: TokenTable, pred: int) -> int | None:
    """The object of ``pred`` when it names an event: "carried out *air strikes*"."""
    for child in table.children[pred]:
        if table.dep[child] in {"dobj", "pobj"} and table.lemma[child] in lx.EVENT_NOUNS:
            return child
    return None


def _topic(st: Statement) -> int | None:
    table = st.table
    pos, dep, lemma = table.pos, table.dep, table.lemma
    for i in st.content:
        if lemma[i] in lx.EVENT_NOUNS and pos[i] in {"NOUN", "PROPN"}:
            return i
    for pred in st.preds:
        subj = subject(table, pred)
        if subj is not None and pos[subj] in ("NOUN", "PROPN") and not light_noun(table, subj):
            return subj
    for pred in st.preds:
        for child in table.children[pred]:
            if dep[child] in {"dobj", "attr", "oprd"} and pos[child] in {"NOUN", "PROPN"} \
                    and not light_noun(table, child):
                return child
    return None


def light_noun(table: TokenTable, i: int) -> bool:
    """A noun too light to be what a claim is about (rule "light_noun"): "it will take *some time*", "the
    *way* he runs", "*a result*" (:data:`~claimex.lexicons.LIGHT_TARGET_NOUNS`, not in a name)."""
    return table.lemma[i] in lx.LIGHT_TARGET_NOUNS and not table.ent_type[i]


def _content_clause_subject(table: TokenTable, i: int) -> int | None:
    """The subject of the clause a light noun introduces: "the notion that *the episode* should be
    forgotten", "the idea that *voters* ..." (a ``acl`` / ``ccomp`` clause under it)."""
    for c in table.children[i]:
        if table.dep[c] in ("acl", "ccomp", "relcl") and any(table.lower[g] == "that" and table.dep[g] == "mark"
                                                               for g in table.children[c]):
            subj = subject(table, c)
            if subj is not None and table.pos[subj] in ("NOUN", "PROPN"):
                return subj
    return None


def cessation_object(table: TokenTable, i: int) -> int | None:
    """For "an end to the strikes": the thing to be stopped ("strikes")."""
    if table.lemma[i] not in lx.CESSATION_WORDS:
        return None
    dep, lower, children = table.dep, table.lower, table.children
    for child in children[i]:
        if dep[child] == "prep" and lower[child] in ("to", "of", "from", "on"):
            obj = next((g for g in children[child] if dep[g] == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _reversed(table: TokenTable, i: int) -> bool:
    """The object of a verb against it: "reject *the proposal*", "stop *the strikes*"."""
    head = table.head[i]
    return table.dep[i] == "dobj" and (table.lemma[head] in lx.EVALUATION_REVERSERS
                                       or table.lemma[head] in lx.CESSATION_WORDS)


#: Verbs of mending what is faulty: demanding that something be reformed says it is wrong as it is.
REFORM_VERBS: Final = frozenset({"reform", "overhaul", "fix", "rein"})


#: Verbs of removing or harming someone that a demand can ask for, besides :data:`_HOSTILE_ACTIONS` (which the
#: threat rule reads too): "the aide should *be terminated*", "Russia should *hack* her emails".
_REMOVING_ACTIONS: Final = frozenset({"terminate", "hack", "remove", "dismiss", "topple", "overthrow", "unseat"})


def acted_against(table: TokenTable, i: int) -> bool:
    """Token ``i`` is what a hostile action or a reform is done to (rule "acted_against"): the object or
    passive subject of a verb of :data:`_HOSTILE_ACTIONS`, :data:`_REMOVING_ACTIONS` or :data:`REFORM_VERBS`
    ("you need to *bomb* the facilities", "he should *be banned*", "the aide should *be terminated*", "we need
    to *reform* the tax system"), or the possessor of such an object ("should hack *the senator's* emails":
    since issue 15's sixteenth round). A demand of it opposes it."""
    dep, head = table.dep, table.head
    if dep[i] == "poss" and head[i] != i:  # "hack *the senator's* emails": the phrase is acted against
        i = head[i]
    if dep[i] not in ("dobj", "nsubjpass"):
        return False
    lemma = table.lemma[head[i]]
    return lemma in _HOSTILE_ACTIONS or lemma in _REMOVING_ACTIONS or lemma in REFORM_VERBS


#: Prepositions of the one a cue asks: "called *on* him to ...", "prevailed *upon* the board to ...".
_ASKED_PREPOSITIONS: Final = frozenset({"on", "upon"})


def asked_to_suffer(st: Statement, i: int) -> bool:
    """The cue asks that ``i`` undergo a hostile action or a removal (rule "acted_against", since issue 15's
    sixteenth round): ``i`` is the one the cue asks (its object, or the object of its "on": "urged *the
    manager*", "called *on him*") and the verb it asks for is a passive of :data:`_HOSTILE_ACTIONS` or
    :data:`_REMOVING_ACTIONS` ("urged the manager *to be fired*", "called on him *to be banned*"). A demand
    of it opposes them, as one to fire them would."""
    cue = st.cue
    if cue is None:
        return False
    table = st.table
    dep, head = table.dep, table.head
    if dep[i] == "pobj" and head[i] != i and table.lower[head[i]] in _ASKED_PREPOSITIONS:
        i = head[i]
    if head[i] != cue or dep[i] not in ("dobj", "dative", "prep"):
        return False
    hostile = _HOSTILE_ACTIONS | _REMOVING_ACTIONS
    return any(dep[v] in ("xcomp", "ccomp") and table.lemma[v] in hostile
               and any(dep[c] == "auxpass" for c in table.children[v]) for v in table.children[cue])


def is_cessation_of(table: TokenTable, i: int) -> bool:
    head = table.head[i]
    if table.dep[head] == "prep":
        head = table.head[head]
    return head != i and table.lemma[head] in lx.CESSATION_WORDS


# --------------------------------------------------------------------------------------------------
# Resolving a target to an entity of the article.


#: Pronouns not resolved to a named antecedent: the second person is the addressee, whom the text
#: before it seldom names ("*you* have to vote" to a crowd), and a demonstrative points at a thing or an
#: event ("*this* is a disgrace"), not at the organisation named last.
_UNRESOLVED_PRONOUNS: Final = frozenset({"you", "your", "yours", "yourself", "yourselves", "this", "these",
                                         "those", "that"})


def resolve_target(table: TokenTable, target: int, speakers: Sequence[Mapping[str, Any]],
                   claim: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The speaker entity the target is, and its full name.

    * a target inside a speaker's mention is that speaker;
    * a first-person pronoun is the claim's speaker, and so is the pronoun that stands for the speaker in
      reported speech (``claim["self"]``, :func:`reported_self`: "*Smith* said *he* has not held
      fundraisers" is Smith, whoever was named last; not in an accusation, where nobody accuses themself);
    * a name ("Trump") is the speaker whose name or alias it names, else the longest entity of the
      article of the same kind that contains it ("Donald Trump");
    * a third-person pronoun ("he", "the group" is a mention) is the nearest person (organisation for
      "it", "they") named before the claim, other than the speaker for an accusation; "it" is never a
      group of people ("the Democrats") nor a speaker whose forename or title names a person.

    Returns:
        (speaker id or None, name or None).
    """
    start = table.idx[target]
    owner = speaker_index(speakers).owner(start)
    if owner is not None:
        return owner["id"], owner.get("name")
    low = table.lower[target]
    if table.pos[target] == "PRON" and (low in lx.FIRST_PERSON or claim.get("self")):
        own = speaker_index(speakers).speaker(claim.get("speaker") or "")
        named = None  # rule "self_gender": "Tamsin noted that Maria Lopez ... and said *she* ..."
        if own is not None and low not in lx.FIRST_PERSON and _other_gender_entity(table, own, low):
            named = _sentence_person(table, target, lx.PERSON_PRONOUNS[low], speakers, own["id"])
        if named is not None:
            return named
        return (own["id"], own.get("name")) if own else (None, None)
    if table.pos[target] == "PRON":
        if low in _UNRESOLVED_PRONOUNS:  # the addressee, or a thing or event pointed at: no named antecedent
            return None, None
        return _antecedent(table, target, speakers, claim)
    name = _entity_text(table, target)
    if name is None:
        return None, None
    found = _named_speaker(speakers, name)
    if found is not None:
        return found["id"], found.get("name")
    return None, _longest_name(table, target, name)


#: Characters an entity's text may carry at its ends that are no part of the name ("Bill Clinton '").
_NAME_EDGES: Final = " '\"‘’“”.,;:"


def titled_name(table: TokenTable, target: int, entity: str | None, name: str | None,
                speakers: Sequence[Mapping[str, Any]]) -> tuple[str | None, str | None]:
    """The entity and name of a target name written after a gendered title (rule "title_gender", issue 15's
    thirty-sixth target round): where the entity or name it was read as (:func:`resolve_target`) is of the
    other gender than the title, the person of that surname the title tells (:func:`_titled_person`):
    "*Mr.* Clinton" is not the "Hillary Clinton" named before, "*Mrs.* Clinton" not "Bill Clinton". A
    surname is shared by a family, and "Mr." and "Mrs." tell who is meant; the speaker entities (which may
    have taken the mention into the wrong one's chain) and the ranking of the candidates are left as they
    are. Else ``entity`` and ``name`` unchanged."""
    if table.pos[target] != "PROPN" or (entity is None and name is None):
        return entity, name
    titled = title_before(table, target)
    if titled is None:
        return entity, name
    found = speaker_index(speakers).speaker(entity) if entity is not None and speakers else None
    own = name_gender(found.get("name") if found is not None else name)
    written = _entity_text(table, target)
    if own is None or own == titled[1] or not written:
        return entity, name
    return _titled_person(table, written, titled, speakers)


def title_before(table: TokenTable, target: int) -> tuple[str, str] | None:
    """The title written at the start of the name token ``target`` is part of, or just before it, and the
    gender it tells ("*Mr.* Clinton" -> ("Mr.", "male")), where it is a title of
    :data:`~claimex.lexicons.TITLES` that tells one; else None."""
    doc, lower = table.doc, table.lower
    first = target
    while first > 0 and (doc[first].ent_iob_ == "I" or (
            table.pos[first - 1] == "PROPN" and table.head[first - 1] == target)):
        first -= 1
    for k in (first, first - 1):
        if 0 <= k < target and lower[k].rstrip(".") in lx.TITLES:
            gender = title_gender(lower[k].rstrip("."))
            return (doc[k].text, gender) if gender is not None else None
    return None


def _titled_person(table: TokenTable, name: str, titled: tuple[str, str],
                   speakers: Sequence[Mapping[str, Any]]) -> tuple[str | None, str | None]:
    """Whom a name after a gendered title stands for where the entity or name it first reads as is of the
    other gender (rule "title_gender", issue 15's thirty-sixth target round): the speaker entity of that
    name whose forename or title agrees with the title ("*Mr.* Clinton" is the entity "Bill Clinton", not
    "Hillary Clinton"), else the longest of the article's names with its words whose gender agrees
    ("*Mrs.* Clinton" is "Hillary Clinton" where Bill Clinton alone is an entity), else the name as
    written with its title ("Mr. Obama"). A surname is shared by a family: "Mr." and "Mrs." tell who."""
    title, gender = titled
    words = name.split()
    if words and words[0] == title:  # "Mr. Clinton" as one name: its words after the title
        name = " ".join(words[1:]) or name
    for sp in speakers:
        if name_gender(sp.get("name")) == gender and any(
                names_match(other, name) for other in (sp.get("name"), *(sp.get("aliases") or ()))):
            return sp["id"], sp.get("name")
    words = name.lower().split()
    best = None
    for size, _, text, have in _names_of(table).with_word(words[-1]) if words else ():
        if have.issuperset(words) and name_gender(text) == gender and (best is None or size > len(best)):
            best = text.strip(_NAME_EDGES)
    return None, best or f"{title} {name}"


def _mention_owner(speakers: Sequence[Mapping[str, Any]], at: int) -> Mapping[str, Any] | None:
    """The speaker one of whose mentions contains the character offset ``at`` (the first in list order),
    through an index of the document's mentions made once for all its claims."""
    return speaker_index(speakers).owner(at)


def _named_speaker(speakers: Sequence[Mapping[str, Any]], name: str,
                   ) -> Mapping[str, Any] | None:
    """The first speaker entity whose name or an alias names the same as ``name`` (``names_match``); a
    name that shares no word with ``name`` is passed over without the full comparison. Found once per
    document for each name."""
    index = speaker_index(speakers)
    if name in index.named:
        return index.named[name]
    found: Mapping[str, Any] | None = None
    words = name.lower().replace("'s", " ").replace("’s", " ").split()
    joined = index.joined
    for w in words:
        if w in joined:
            break
    else:  # no speaker's name has any of the words
        index.named[name] = None
        return None
    for sp, names in zip(speakers, index.names, strict=True):
        for other, low in names:  # loops, not generators: a document asks for a name many times
            for w in words:
                if w in low:
                    break
            else:
                continue
            if names_match(other, name):
                found = sp
                break
        if found is not None:
            break
    index.named[name] = found
    return found


def _entity_text(table: TokenTable, i: int) -> str | None:
    """The text of the named entity (or proper-noun compound) token ``i`` heads."""
    if table.ent_type[i]:  # only then is the token inside an entity
        ent = _names_of(table).entity_at(i)
        if ent is not None:
            return ent.text if ent.label in syntax.AGENT_ENTITY_LABELS or ent.label in ("FAC", "LAW", "EVENT") else None
    if table.pos[i] != "PROPN":
        return None
    first = i
    while first > 0 and table.pos[first - 1] == "PROPN" and table.head[first - 1] == i:
        first -= 1
    return table.span_text(first, i)


class _Names:
    """A document's entities indexed once per document: their token starts (to find the one a token is
    in), their character starts (the ones before an offset), and, for a word asked for, those that have it
    as (length, label, text, lower-case words), with the longest name found for each name and label
    (:func:`_longest_name`). An entity's record (:class:`~claimex.pipeline.tokens.Entity`) is made when
    it is first read (:meth:`entity`): the rules read a few of a document's entities."""

    __slots__ = ("_by_word", "_joined", "_lowered", "_offsets", "_records", "char_starts", "found", "genders",
                 "spans", "starts", "table")

    def __init__(self, table: TokenTable) -> None:
        self.table = table
        self.spans = spans = table.ents
        self.starts = [e.start for e in spans]
        self.char_starts = [e.start_char for e in spans]
        self._records: list[Entity | None] = [None] * len(spans)
        self._lowered: list[str] | None = None
        #: the lower-case texts joined one a line, and where each starts in it (read when first asked for)
        self._joined = ""
        self._offsets: list[int] = []
        self._by_word: dict[str, list[tuple[int, str, str, frozenset[str]]]] = {}
        self.found: dict[tuple[str, str], str] = {}
        self.genders: dict[str, str | None] = {}  # :func:`surname_gender`, once per name

    def with_word(self, word: str) -> list[tuple[int, str, str, frozenset[str]]]:
        """The entities (length, label, text, lower-case words), in document order, that have ``word``
        among their lower-case words (found when first asked for: a few words a document are, so only
        the entities whose text contains the word are split). An entity of the same text and label as
        one before it is left out: :func:`_longest_name` keeps the first of equals."""
        found = self._by_word.get(word)
        if found is None:
            if self._lowered is None:  # each entity's text (Entity.text), lower-cased
                text, end = self.table.text, self.table.end
                self._lowered = [text[s:end[e.end - 1]].lower() for s, e in zip(self.char_starts, self.spans,
                                                                                   strict=True)]
                self._joined = "\n".join(self._lowered)
                self._offsets = [0, *accumulate(len(low) + 1 for low in self._lowered)]
            found = []
            seen: set[tuple[str, str]] = set()
            lowered, joined, offsets = self._lowered, self._joined, self._offsets
            at = joined.find(word)  # a search in C over all the texts: most entities do not have the word
            while at != -1:  # the entities whose text has it, in order, each once (a word is no line break)
                n = bisect.bisect_right(offsets, at) - 1
                at = joined.find(word, offsets[n + 1])
                low = lowered[n]
                e = self.entity(n)
                words = frozenset(low.split())
                if word not in words or (e.text, e.label) in seen:
                    continue
                seen.add((e.text, e.label))
                found.append((len(e.text), e.label, e.text, words))
            self._by_word[word] = found
        return found

    def entity(self, n: int) -> Entity:
        """The record of the ``n``-th entity (made when first read)."""
        found = self._records[n]
        if found is None:
            found = self._records[n] = self.table.entity_record(self.spans[n])
        return found

    def entity_at(self, i: int) -> Entity | None:
        """The entity token ``i`` is inside."""
        j = bisect.bisect_right(self.starts, i) - 1
        if j >= 0 and i < self.spans[j].end:
            return self.entity(j)
        return None

    def before(self, at: int) -> int:
        """How many entities start before the character offset ``at``."""
        return bisect.bisect_left(self.char_starts, at)


_NAMES: list[_Names] = []  # the last document's (one slot)


def _names_of(table: TokenTable) -> _Names:
    if not (_NAMES and _NAMES[0].table is table):
        _NAMES[:] = [_Names(table)]
    return _NAMES[0]


def _longest_name(table: TokenTable, target: int, name: str) -> str:
    """The longest entity of the article whose words contain ``name``'s ("Trump" -> "Donald Trump")."""
    label = table.ent_type[target]
    names = _names_of(table)
    best = names.found.get((name, label))
    if best is None:
        words = name.lower().split()
        best = name
        for size, kind, text, ent_words in names.with_word(words[0]) if words else ():
            if size > len(best) and (not label or kind == label) and ent_words.issuperset(words):
                best = text
        names.found[(name, label)] = best
    return best


def _modifier(table: TokenTable, start: int, end: int) -> bool:
    """The entity (tokens ``start`` .. ``end``) modifies a noun outside it: "a *Democratic* donor", "the
    *Republican* members" name no one a pronoun can stand for."""
    last = end - 1
    head = table.head[last]
    return table.dep[last] in ("amod", "compound") and not start <= head < end and table.pos[head] == "NOUN"


#: A "they" stands for no speaker entity last named more than this many paragraphs before it
#: (:func:`distant_group`).
GROUP_REACH: Final = 3


def distant_group(text: str, mention: int, at: int) -> bool:
    """The speaker entity whose last mention starts at the character offset ``mention`` is too far back for
    the "they" / "them" / "their" at ``at`` (rule "distant_group", issue 15's thirty-first target round):
    more than :data:`GROUP_REACH` paragraphs lie between. A group named paragraphs ago is seldom whom a
    "they" of a quote means ("*they'll* do the right thing", a foundation's officers, read as a department
    named five paragraphs before); the pronoun then reads as nobody, as one with no group before it does."""
    return sum(1 for line in text[mention:at].split("\n")[1:] if line.strip()) > GROUP_REACH


def person_elsewhere(names: _Names, ent: Entity, pronoun: str) -> bool:
    """A name labelled an organisation that the article labels a person elsewhere, where that person's
    forename or title agrees with ``pronoun`` (rule "person_elsewhere", issue 15's thirty-first target
    round): "*Trump*" labelled an organisation in "put *Trump* on the unions' side" is the "Donald Trump" the
    article labels a person, and a "he" after it may stand for him (no "she"). The small model labels one
    name differently from sentence to sentence; a name it never labels a person, a place (it labels towns
    persons too: "Worcester"), or a person of no known gender ("Sanders" for "she") is left alone."""
    if ent.label != "ORG" or not ent.text[:1].isupper():
        return False
    words = ent.text.lower().split()
    gender = lx.PERSON_PRONOUNS.get(pronoun)
    return bool(words) and gender is not None and any(
        kind == "PERSON" and found.issuperset(words) and name_gender(text) == gender
        for _, kind, text, found in names.with_word(words[0]))


def occurrences(words: list[str], word: str, start: int = 0) -> Iterator[int]:
    """The indices of ``word`` in ``words`` from ``start`` on, in order: ``list.index`` finds each in C, where a
    comprehension over every token of the document tested them one by one in Python (the surname's titles of
    :func:`surname_gender`)."""
    at = start - 1
    while True:
        try:
            at = words.index(word, at + 1)
        except ValueError:
            return
        yield at


def surname_gender(names: _Names, name: str | None, speakers: Sequence[Mapping[str, Any]] = ()) -> str | None:
    """The gender of a name that has no forename or title of its own, as the article tells it (rule
    "surname_gender", issue 15's thirty-fifth target round): the gender of the forenames or titles of the
    names of the article and of its speaker entities with its words, whatever their label, and of the titles
    written before the surname ("*Sanders*" after "Bernie Sanders" is a man, "*Clinton*" after "Hillary
    Clinton" or "Mrs. Clinton" a woman), where they all agree. None where the article gives none, or gives
    both ("Bill Clinton" and "Mrs. Clinton"). A name with a forename or title keeps its own. Known misreading:
    a surname whose bearer the article names only by it, beside a relative named in full ("Clinton" for
    Hillary Clinton where only "Bill Clinton" is named in full, reads as a man)."""
    if not name:
        return None
    own = name_gender(name)
    if own is not None:
        return own
    if name in names.genders:
        return names.genders[name]
    words = name.lower().replace("’s", "").replace("'s", "").split()
    found: set[str | None] = set()
    if words:  # whatever the label: the small model labels "Hillary Clinton" an organisation at times
        found = {name_gender(text) for _, _, text, have in names.with_word(words[-1]) if have.issuperset(words)}
        found |= {name_gender(sp.get("name")) for sp in speakers  # a speaker entity's name: "Hillary Clinton"
                  if set(str(sp.get("name") or "").lower().split()).issuperset(words)}
        lower = names.table.lower  # a title before the surname itself, outside the entity: "*Mrs.* Clinton"
        found |= {title_gender(lower[i - 1]) for i in occurrences(lower, words[-1], 1) if lower[i - 1] in lx.TITLES}
    found.discard(None)
    gender = names.genders[name] = found.pop() if len(found) == 1 else None
    return gender


def mention_gender(table: TokenTable, sp: Mapping[str, Any]) -> str | None:
    """The gender a speaker entity's own "he" / "she" mentions give it, where they all agree (rule
    "mention_gender", issue 15's target45 round): "Tamsin noted ... 'The numbers are moving,' *he* said" makes
    Tamsin a man, whom no later "she" stands for, though his forename is none of the known ones. None where
    the entity has no such mention, or mentions of both ("he" and "she" both taken into its chain)."""
    text = table.text
    found = {lx.PERSON_PRONOUNS.get(text[start:end].lower()) for start, end in sp.get("mentions") or ()}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _other_gender_entity(table: TokenTable, sp: Mapping[str, Any], pronoun: str) -> bool:
    """Whether the speaker entity ``sp`` is of the other gender than the "he" / "she" ``pronoun``: by its name's
    forename or title (:func:`~claimex.names.name_gender`), else by its own pronoun mentions
    (:func:`mention_gender`): "Tamsin noted that Maria Lopez ... and said *she* can do so again" is not
    about Tamsin, whom the article calls "he"."""
    other = lx.PRONOUN_OTHER_GENDER.get(pronoun)
    if other is None:
        return False
    return (name_gender(sp.get("name")) or mention_gender(table, sp)) == other


def _sentence_person(table: TokenTable, target: int, gender: str, speakers: Sequence[Mapping[str, Any]],
                     skip: str) -> tuple[str | None, str | None] | None:
    """The person named last before the pronoun ``target`` in its own sentence whose forename or title tells
    ``gender`` (:func:`~claimex.names.name_gender`), other than the speaker entity ``skip``: (the speaker entity
    it names or None, its name); None where the sentence names no such person before it (rule
    "self_gender": a reported "she" that is not the man speaking is the woman he just named)."""
    first = table.sentence_bounds(target)[0]
    names = _names_of(table)
    for n in range(names.before(table.idx[target]) - 1, -1, -1):  # nearest first
        ent = names.entity(n)
        if ent.start < first:
            break
        if ent.label != "PERSON" or name_gender(ent.text) != gender or _modifier(table, ent.start, ent.end):
            continue
        named = _named_speaker(speakers, ent.text)
        if named is None:
            return None, ent.text
        if named["id"] != skip:
            return named["id"], named.get("name")
    return None


def group_name(names: _Names, name: str | None) -> bool:
    """A name that stands for more than one person (rule "group_name", issue 15's target58 round), whatever the
    small model labels it: its last word is a plural in "s" (no forename or gendered title before it) whose
    singular is either the last word of another name of the article (a family or a firm: "the *Clintons*"
    after "Bill Clinton", "imports of *Fords*" after "Ford"), or a noun of a kind of person (WordNet:
    "*Latinos*", "Gotham *Ghostwriters*") that no name of the article with a forename or title ends in ("Roberts"
    after "John Roberts" is a surname). No "he" or "she" stands for a group: "The senator has won *Latinos*
    over. '*He* really gets them ...'" is the senator. A surname the tagger reads
    as a plural ("Sanders": no name ends in "Sander", and a sander is a tool) is one person still."""
    words = (name or "").split()
    if not words or name_gender(name) is not None:
        return False
    last = words[-1].rstrip(_NAME_EDGES)
    if len(last) < 4 or not last[:1].isupper() or not last.endswith("s") or last.endswith("ss"):
        return False
    one = last[:-1]
    named = names.with_word(one.lower())
    if any(text.split()[-1].rstrip(_NAME_EDGES) == one for _, _, text, _ in named):
        return True  # "the Clintons" after "Bill Clinton"
    if lexical.noun_kind(one.lower()) != "person":
        return False
    return not any(text.split()[-1].rstrip(_NAME_EDGES) == last and name_gender(text) is not None
                   for _, _, text, _ in names.with_word(last.lower()))


def family_member(names: _Names, name: str, pronoun: str,
                  speakers: Sequence[Mapping[str, Any]]) -> tuple[str | None, str | None] | None:
    """The one of a family named by its surname in the plural whom a "he" / "she" stands for (rule "group_name"):
    the longest name of the article that ends in the singular and whose forename or title tells the pronoun's
    gender ("the *Clintons* ... *he* shook hands" is Bill Clinton, where "Bill Clinton" or "Mr. Clinton" is
    named; a "she", Hillary Clinton), read as the speaker entity of that name if any. None where ``name`` is
    no such plural or the article names no member of that gender."""
    gender = lx.PERSON_PRONOUNS.get(pronoun)
    words = name.split()
    last = words[-1].rstrip(_NAME_EDGES) if words else ""
    if gender is None or not last.endswith("s"):
        return None
    one = last[:-1]
    found = [text.strip(_NAME_EDGES) for _, _, text, _ in names.with_word(one.lower())
             if text.split()[-1].rstrip(_NAME_EDGES) == one and name_gender(text) == gender]
    if not found:
        return None
    best = max(found, key=len)
    for sp in speakers:  # not _named_speaker: "Bill Clinton" matches a "Hillary Clinton" entity by its surname
        if name_gender(sp.get("name")) == gender and any(
                names_match(other, best) for other in (sp.get("name"), *(sp.get("aliases") or ()))):
            return sp["id"], sp.get("name")
    return None, best


def _no_one_person(names: _Names, ent: Entity, pronoun: str,
                   speakers: Sequence[Mapping[str, Any]]) -> tuple[str | None, str | None] | None:
    """For a "he" / "she" (:func:`_antecedent`): None where the entity ``ent`` may be one person; else what the
    pronoun reads as instead: the member of the family it names (:func:`family_member`), or (None, None) for
    a building (:func:`building_name`) or a group (:func:`group_name`), which the pronoun passes over."""
    if building_name(ent):
        return None, None
    if not group_name(names, ent.text):
        return None
    return family_member(names, ent.text, pronoun, speakers) or (None, None)


def building_name(ent: Entity) -> bool:
    """A name whose last word names a building or a place (:data:`~claimex.lexicons.BUILDING_NAME_NOUNS`:
    "Trump *Tower*", "Carnegie *Hall*"), whatever the small model labels it (rule "building_name", issue
    15's thirty-first target round): no "he" or "she" stands for it."""
    words = ent.text.split()
    return len(words) > 1 and words[-1].lower() in lx.BUILDING_NAME_NOUNS


def _antecedent(table: TokenTable, target: int, speakers: Sequence[Mapping[str, Any]],
                claim: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The nearest fitting mention before a pronoun: a speaker entity's mention or a named entity of the
    article (read as the speaker entity whose name it names, if any). The claim's own speaker is skipped
    in a direct quote ("he" in a quote is someone else) and in an accusation (nobody accuses themself);
    in indirect speech "Carson said he ..." is Carson; a "he" / "she" is never a plural speaker entity
    (rule "pronoun_number"); a name without a forename takes the gender the article gives it elsewhere
    ("*Sanders*" is no "she" after "Bernie Sanders": rule "surname_gender"); a "he" / "she" is no group named like
    a person ("*Latinos*"), and a family's ("the *Clintons*") is its member of the pronoun's gender (rule
    "group_name")."""

    low = table.lower[target]
    # "they" is a group, never a place ("London", "Austin" named before it); "it" may be a country or an
    # organisation, never a group of people ("Democrats")
    kinds = ("PERSON",) if low in lx.SINGULAR_PERSON_PRONOUNS else ("ORG", "NORP") if low in _PLURAL_PRONOUNS else (
        "ORG", "GPE")
    at = table.idx[target]
    skip = claim.get("speaker") if claim.get("direct") or claim.get("act") == lx.ACCUSE else None
    other = lx.PRONOUN_OTHER_GENDER.get(low)  # rule "pronoun_agreement"
    thing = low not in lx.SINGULAR_PERSON_PRONOUNS
    person = not thing
    names = _names_of(table)

    def fits(sp: Mapping[str, Any]) -> bool:
        if sp.get("kind") not in kinds or sp["id"] == skip or (person and (
                sp.get("plural") or group_name(names, sp.get("name")))):
            return False  # rule "pronoun_number": a "she" is no "dozen members of Congress"; "group_name": no "Latinos"
        gender = name_gender(sp.get("name"))  # a forename or a title names a person, whatever the label says
        if other and gender is None:
            gender = surname_gender(names, sp.get("name"), speakers)  # "Clinton" after "Hillary Clinton"
        return not (thing and gender) and not (other and gender == other)

    nearest = speaker_index(speakers).nearest_before(at, fits)
    best: tuple[int, str, str | None] | None = None  # the nearest speaker mention
    if nearest is not None and not (low in _PLURAL_PRONOUNS and distant_group(table.text, nearest[0], at)):
        sp = speakers[nearest[1]]
        best = (nearest[0], sp["id"], sp.get("name"))
    floor = nearest[0] if nearest is not None else -1
    for n in range(names.before(at) - 1, -1, -1):  # an entity between that mention and the pronoun
        ent = names.entity(n)  # nearest first
        start = ent.start_char
        if start <= floor:
            break
        if ent.label not in kinds and not (person and person_elsewhere(names, ent, low)):
            continue
        member = _no_one_person(names, ent, low, speakers) if person else None
        if member is not None and member[1] is not None:
            return member  # "the *Clintons*" for "he": Bill Clinton (rule "group_name")
        if member is not None or _modifier(table, ent.start, ent.end) or (other and name_gender(ent.text) == other):
            continue  # "*Trump Tower*", "*Latinos*", "a *Democratic* donor", "*Hillary Clinton*" for "he"
        named = _named_speaker(speakers, ent.text)
        if other and named is None and surname_gender(names, ent.text, speakers) == other:
            continue  # "Sanders" after "Bernie Sanders" for "she"
        if named is None:
            if thing:  # "it", "they": a name no speaker bears is seldom what a
                break  # thing pronoun stands for; the nearest speaker entity mentioned before, if any
            return None, ent.text
        if other and surname_gender(names, named.get("name"), speakers) == other:
            continue  # "Obama" named for "she", when the speaker named is "Barack Obama"
        if named["id"] != skip and not (thing and not fits(named)):  # "Trump" labelled an organisation
            return named["id"], named.get("name")  # is a person still: no "it"
    return (best[1], best[2]) if best is not None else (None, None)


# --------------------------------------------------------------------------------------------------
# Stance.


def decide_stance(st: Statement, act: str, target: int | None, from_cue: bool) -> tuple[str, str]:
    """The stance toward the target and its source: "act", "redress", "action", "relation", "evaluation",
    "self_report" or "none".

    Accuse, condemn and threaten oppose; support supports, a backing withheld opposes ("they *will not back*
    him": :func:`withheld_backing`), a view agreed with keeps the stance it gives its target, as an assertion's
    (:func:`agreed_view`: "agreed that *the bill* was flawed"), praise in reported speech (an assertion:
    :func:`reported_praise`) supports; a demand supports what it asks for unless
    it asks to stop it or not to do it ("called for an end to the strikes", "should not confirm a
    nominee") or it lays a redress or a criticised conduct's change on its addressee ("he should resign",
    "*the US* should scale back its *aggressive* drills": the addressee is opposed); a denial opposes what it
    denies; otherwise, for an action the target names by a clause, what the statement says of it
    (:func:`action_stance`: "*raising the wage* would cost jobs"); else what the content does to the target
    decides where it is the object of a backing or an opposing word ("the plan would *end* the tax break", "she
    will *vote for* him": :func:`target_relation`), or the cause of such a deed ("*less likely to vote for* them
    *because of* the mayor": :func:`cause_of`), or where it does harm ("*the tariff plan* would *jeopardize* the
    farms": :func:`harm_done`), else the content's evaluation, and a party reporting its own action supports it.
    A refused admission opposes what is refused ("we *will not pay for* the wall": :func:`refused_admission`).
    """
    table = st.table
    if act in (lx.ACCUSE, lx.CONDEMN, lx.THREATEN):
        return "oppose", "act"
    if agreed_view(st, target, act, from_cue):  # "agreed that *the bill* was flawed": the view's own stance
        return action_stance(st, target) or _content_stance(st, lx.ASSERT, target)
    if act == lx.SUPPORT:
        return ("oppose" if withheld_backing(st) else "support"), "act"
    if act in _SPARING_ACTS and spared_sanction(st, target):  # "she should face *no* criminal *charges*"
        return "neutral", "spared_sanction"
    if act == lx.ASSERT and reported_praise(st):  # "the spokesman said the plan *has helped* families"
        return "support", "act"
    if act == lx.DEMAND:
        demanded = _demand_stance(st, target)
        if demanded is not None:
            return demanded
    if act == lx.DENY and from_cue:
        return "oppose", "act"
    if act == lx.CONCEDE:  # granting a point reports it; the fault granted is no stance toward anyone
        return "neutral", "act"
    if act == lx.QUESTION:
        doubt = st.cue is not None and table.lemma[st.cue] in lx.DOUBT_CUES
        return ("oppose" if doubt else "neutral"), "act"
    if act == lx.ASSERT and st.spared == "unasked_question":  # "who knows?" he said: no question, no stance either
        return "neutral", "act"
    if act == lx.PREDICT and st.spared == "harm_ahead":  # "she'll *bring in* more extremists": still against her
        return "oppose", "act"
    return _side_taken(st, act, target) or action_stance(st, target) or _content_stance(st, act, target)


def _side_taken(st: Statement, act: str, target: int | None) -> tuple[str, str] | None:
    """The side an assertion or prediction takes by its verb toward the target, before the content's own reading
    (:func:`decide_stance`): touted ("the mayor *touted* her record on housing") supports, argued against ("the
    envoy *argued against* intervention") and refused ("will not pay for *the wall*": :func:`refused_admission`)
    oppose; None for the rest ("*raising the wage* would cost jobs" is read by :func:`action_stance`)."""
    if act == lx.ASSERT and touted(st, target):
        return "support", "act"
    if act == lx.ASSERT and argued_against(st, target):
        return "oppose", "act"
    if act in (lx.ASSERT, lx.PREDICT) and refused_admission(st, target):
        return "oppose", "relation"
    return None


#: Acts whose stance a sanction spared the target can decide (:func:`spared_sanction`): an accusation or a
#: condemnation keeps its oppose ("careless, but it did not warrant charges" still faults her).
_SPARING_ACTS: Final = frozenset({lx.ASSERT, lx.PREDICT, lx.DEMAND})
#: Sanctions of the law or of an institution whose withholding spares someone (:func:`spared_sanction`); a narrower
#: list than :data:`~claimex.lexicons.SANCTION_WORDS` ("rebut", "boycott", "sanction" are no sanction spared when
#: negated: "a ban never *sanctioned* by the state" is no pardon).
_SPARED_SANCTIONS: Final = frozenset({
    "charge", "indict", "indictment", "prosecute", "prosecution", "convict", "conviction", "punish", "punishment",
    "arrest", "jail", "imprison", "impeach", "impeachment", "censure", "expel", "expulsion", "deport", "deportation",
})
#: Verbs whose subject undergoes the sanction that is their object: "she should *face* no charges".
_UNDERGOING_VERBS: Final = frozenset({"face", "receive", "get"})


def spared_sanction(st: Statement, target: int | None) -> bool:
    """Rule "spared_sanction" (issue 15's stance65 round): the content withholds a sanction from the target (a
    charge, a prosecution, an indictment, an arrest: :data:`_SPARED_SANCTIONS`), so it takes no side against the
    target (stance neutral, source ``spared_sanction``, which the stance model leaves alone): "she should face *no*
    criminal charges", "he would *not* recommend charges *against* the mayor", "the manager will *not* be
    prosecuted", "the department would *not* prosecute *the senator*", "advised that *no* charges be brought
    against her". The sanction word is negated (a "not" / "never" of its own or on the verb whose object or passive
    subject the noun is, or a determiner "no" on the noun), or the cue is ("his decision *not to recommend* that
    *the mayor* be prosecuted": :func:`_negated_word`), and the target is the one it falls on: the object of
    the sanction verb or its passive subject, the object of the "against" of the noun or of its verb, or the
    subject of a verb of undergoing whose object it is (:data:`_UNDERGOING_VERBS`: "*she* should face no
    charges"), or a conjunct of one. "Charge" counts as a noun or as a passive verb only ("she was *charged*";
    the active "he charged that ..." accuses). Only for an assertion, a prediction or a demand
    (:data:`_SPARING_ACTS`): a charge withheld in an accusation ("careless, though it did not warrant charges")
    keeps the accusation's oppose."""
    table = st.table
    if target is None or not st.content or not _has_terms(st, _SPARED_SANCTIONS):  # rule "term_gates"
        return False
    dep, head, children, lemma, pos = table.dep, table.head, table.children, table.lemma, table.pos
    first, last = st.content[0], st.content[-1]
    declined = st.cue is not None and _negated_word(table, st.cue)  # "decided *not to recommend* that she be charged"
    who = {target}
    if dep[target] == "conj" and head[target] != target:  # "the mayor and *his aide*": the first conjunct's place
        who.add(head[target])
    for s in st.content:
        if lemma[s] not in _SPARED_SANCTIONS:
            continue
        verb = head[s] if pos[s] == "NOUN" and dep[s] in ("dobj", "nsubjpass") and head[s] != s else None
        if lemma[s] == "charge" and pos[s] == "VERB" and not _has_dep(table, s, "auxpass"):
            continue  # "he charged that ...": an accusation, not a charge filed
        negated = declined or _negated_plainly(table, s) or any(dep[c] == "det" and table.lower[c] == "no"
                                                                for c in children[s])
        if verb is not None and first <= verb <= last:
            negated = negated or _negated_plainly(table, verb)
        if not negated:
            continue
        falls_on: list[int] = []
        if pos[s] == "VERB":
            falls_on += [c for c in children[s] if dep[c] in ("dobj", "nsubjpass")]
        for host in (s, verb):
            if host is None:
                continue
            falls_on += [g for c in children[host] if dep[c] == "prep" and table.lower[c] == "against"
                         for g in children[c] if dep[g] == "pobj"]
        if verb is not None and dep[s] == "dobj" and lemma[verb] in _UNDERGOING_VERBS:
            doer = subject(table, verb)
            if doer is not None:
                falls_on.append(doer)
        if any(i in who for i in falls_on):
            return True
    return False


#: Cues of agreement: an agreement with a view shares the view, whatever it says of its subject (:func:`agreed_view`).
AGREEMENT_CUES: Final = frozenset({"agree", "concur"})


def agreed_clause(st: Statement) -> bool:
    """Rule ``agreed_assertion`` (issue 15's act77 round): the speaker of a cue of agreement (:data:`AGREEMENT_CUES`)
    with a content clause of its own (some predicate of the content has its subject inside it) makes the act the
    content's own rules give, as if the clause were asserted: what is agreed with is a view, and the view says
    what the act is. "The judges *concurred
    that* the court had misread the statute" accuses the court, "economists *agree* the reform will be slow"
    predicts, "the senators *agreed that* the bill was flawed" asserts, "aides *agree* she is the best
    candidate" still supports her (by the content's rules); it denies nothing (:func:`own_denial`: "agreed they
    had no say" asserts). The cue's class, ``support``, stays for a deed agreed to ("she agreed *to release* the
    records", whose doer is the cue's subject, outside the content), a content with no subject of its own, a
    refusal (:func:`withheld_backing`) and a negated cue ("did not agree that ...")."""
    table, cue = st.table, st.cue
    if cue is None or table.lemma[cue] not in AGREEMENT_CUES or _negated_plainly(table, cue) or withheld_backing(st):
        return False
    inside = st.inside
    return any(subject(table, pred) in inside for pred in st.preds)


def agreed_view(st: Statement, target: int | None, act: str, from_cue: bool) -> bool:
    """Rule ``agreed_view`` (issue 15's stance62 round, widened in its act77 round): an agreement with a view
    (:func:`agreed_clause`: "the analysts *agreed that* ...") shares the view, so the stance toward a target
    inside the agreed clause is what that clause says of it, as for an assertion: "the senators agreed that
    *the bill* was badly flawed" opposes the bill, "experts agree that *the reform* will be slow" takes no side,
    "they agree that *she* is the strongest candidate" still backs her. It holds for the support act of the cue
    (where the content's acts are not read) and for the act the clause gives since the act77 round (a
    prediction, a demand, a denial: "agreed that *the prison* should be closed" is not read as a demand's
    support of the prison); an act that fixes the stance (accuse, condemn, threaten, or support from the
    content's own rules: "agreed that *Lopez* is the best candidate") keeps it. A deed agreed to ("she agreed
    *to release* the records"), a target outside the content ("agreed *with the mayor*"), a refusal and a
    negated cue are left to the act."""
    if act == lx.SUPPORT and not from_cue:
        return False
    return target is not None and target in st.inside and agreed_clause(st)


def argued_against(st: Statement, target: int | None) -> bool:
    """Rule ``argued_against`` (issue 15's act70 round), the counterpart of :func:`advocacy`: the speaker opposes
    what they argue against, so an assertion under the cue "argue" opposes its target where the target is the
    object of the cue's "against" ("the envoy *argued against* *intervention* by outside powers"), and the cue
    is not negated. A target elsewhere in the content ("argued against proposals to let *residents* vote") is
    left to the other rules: what is opposed there is the proposal, not the people it names."""
    table, cue = st.table, st.cue
    if cue is None or target is None or table.lemma[cue] != "argue" or _negated_plainly(table, cue):
        return False
    dep, children = table.dep, table.children
    return any(dep[c] == "prep" and table.lower[c] == "against" and target in children[c] for c in children[cue])


#: Cues of a boast: what the speaker touts, they back (:func:`touted`; and "talk up", a verb with its particle).
TOUTING_CUES: Final = frozenset({"tout", "boast", "brag", "trumpet"})


def touted(st: Statement, target: int | None) -> bool:
    """Rule ``touted`` (issue 15's act62 round): the speaker backs what they tout or boast of, so an assertion
    under a cue of :data:`TOUTING_CUES` supports its target where the target is the thing touted: "the
    governor *touted* *her record* on jobs", "he *boasted* of *his campaign's* reach", "she *bragged* that *the
    jobless rate* had fallen". The thing touted is a top word of the content (its head outside the content):
    a noun, the object of its "of" / "about", or the subject of its clause; the target is that word or its
    possessor ("*his campaign's* work"). A target elsewhere in the content ("touted her rating *from the
    gun lobby*", "touted their viability as alternatives *to the front-runner*") is left to the other rules, as
    is the speaker as target ("he boasted that *he* had routed the rebels": a deed of one's own, whose stance
    the content gives) and any act other than an assertion (a boast that accuses or denies keeps its stance)."""
    table = st.table
    if st.cue is None or target is None:
        return False
    cue = table.lemma[st.cue]  # since issue 15's act70 round also "talk up": "she *talked up* her plan for clinics"
    if cue not in TOUTING_CUES and not (cue == "talk" and _particle(table, st.cue) == "up"):
        return False
    if is_speaker(st, target) or _speaker_self(st, target):  # "he boasted that *he* had routed the rebels"
        return False
    dep, head, children = table.dep, table.head, table.children
    inside = st.inside
    for top in st.content:
        if head[top] in inside and head[top] != top:
            continue
        thing: int | None = top
        if dep[top] == "prep" and table.lower[top] in ("of", "about"):
            thing = next((g for g in children[top] if dep[g] == "pobj"), None)
        elif table.pos[top] in ("VERB", "AUX"):
            thing = subject(table, top)
        if thing is not None and (target == thing or target == possessor(table, thing)):
            return True
    return False


def _content_stance(st: Statement, act: str, target: int | None) -> tuple[str, str]:
    """The stance the content gives the target where the act does not fix it (:func:`decide_stance`): what the
    content does to the target, an observer's analysis, the content's evaluation, a party's own action."""
    related = target_relation(st, target)
    if related == "oppose" and own_bid_ended(st, target):  # "he is *suspending his campaign*": no one opposed
        return "neutral", "own_exit"
    if related is not None and not (act == lx.ASSERT and target is not None and _others_deed(st, target)):
        return related, "relation"  # "the plan would *end* the tax break", "she will *vote for* him"
    if _combated_target(st, target):  # "pledged *to confront* the murders": the harm fought is opposed (combated_harm)
        return "oppose", "relation"
    caused = cause_of(st, target)
    if caused is not None:  # "less likely to *vote for* the council *because of* the mayor": as toward the council
        return caused, "relation"
    harm = harm_done(st, target)
    if harm is not None:  # "*the tariff plan* would *jeopardize* the farms"
        return harm, "relation"
    if act == lx.ASSERT and _observed(st, praise=True):  # a pollster's "her numbers have slipped": analysis
        return "neutral", "observer"
    quality = predicated_quality(st, target) if act != lx.DENY else None  # a denial rejects what it names
    if quality is not None:  # "he will make *a good governor*", "she was *a weak candidate*"
        return quality, "quality"
    vals = stance_valences(st)
    moods = target_moods(st, target, vals)
    score = sum(v for i, v in vals.items() if i not in moods)
    if moods and abs(score) < EVALUATION_THRESHOLD:  # "*the voters* are *furious*": how they feel, no stance
        return "neutral", "mood"
    if score <= -EVALUATION_THRESHOLD:
        if bystander_stance(st, act, target):  # "any *ill* will from the primary has faded": no one opposed
            return "neutral", "bystander"
        if act == lx.ASSERT and score - sum(vals.get(i, 0.0) for i in counted_cases(st, vals)) > -EVALUATION_THRESHOLD:
            return "neutral", "count"  # "the town *had two murders* last year": a count told, no one opposed
        return "oppose", "evaluation"
    if score >= EVALUATION_THRESHOLD:
        return "support", "evaluation"
    if not st.negative and self_report(st, lead=True):
        return "support", "self_report"
    return "neutral", "none"


#: Verbs that predicate a noun of their subject as what it is or will be: "she *is* / *will make* / *became* a
#: good governor" (:func:`predicated_quality`).
_PREDICATING_VERBS: Final = frozenset({"be", "become", "remain", "make"})


def predicated_quality(st: Statement, target: int | None) -> str | None:
    """The stance given by the adjectives of a noun said of the target as what it is (rule "predicated_quality",
    issue 15's stance49 round; source "quality", which the stance model leaves alone): the noun is the predicate
    of a verb whose subject is the target (:data:`_PREDICATING_VERBS`: "*he* will make *a good governor*", "*she*
    was *a weak candidate*", "*the deal* is *a terrible one*"), or stands beside it in apposition ("*a powerful*
    voice, *the senator*", "*the mayor*, *a tireless* advocate"). The summed valence of the noun's adjectives
    (``amod``, and their conjuncts; :func:`stance_valences`, so that "is *not a good* leader" is turned, and "will
    *not make* a good governor", "I *don't think* he is a good leader" too) decides
    where it reaches :data:`EVALUATION_THRESHOLD`: it is what the speaker says the target is, whatever else the
    content weighs. The noun's own valence does not count ("*Ohio* is *a battleground*", "*a raid* is *a combat*
    operation" name no quality), nor does a noun inside the target's phrase. Not read in a denial ("'the region
    is *a special* case,' they say; it is all lies": :func:`_content_stance`). None where no such adjective
    decides."""
    if target is None or not st.content:
        return None
    table = st.table
    dep, head, lemma, pos, children = table.dep, table.head, table.lemma, table.pos, table.children
    if not ((dep[target] == "nsubj" and lemma[head[target]] in _PREDICATING_VERBS) or dep[target] == "appos"
            or _has_dep(table, target, "appos")):
        return None  # most targets: no noun said of them (read before the lists below are made)
    first, last = st.content[0], st.content[-1]
    nouns = []
    if dep[target] == "nsubj" and first <= head[target] <= last and lemma[head[target]] in _PREDICATING_VERBS:
        verb = head[target]
        nouns += [c for c in children[verb] if pos[c] == "NOUN" and (
            dep[c] == "attr" or (dep[c] == "dobj" and lemma[verb] == "make"))]
    nouns += [c for c in children[target] if dep[c] == "appos" and pos[c] == "NOUN"]
    if dep[target] == "appos" and pos[head[target]] == "NOUN":
        nouns.append(head[target])
    nouns = [n for n in nouns if first <= n <= last]
    if not nouns:
        return None
    vals = stance_valences(st)
    score = 0.0
    for noun in nouns:
        adjectives = [c for c in children[noun] if dep[c] == "amod" and pos[c] == "ADJ"]
        adjectives += [g for a in adjectives for g in children[a] if dep[g] == "conj" and pos[g] == "ADJ"]
        value = sum(vals.get(a, 0.0) for a in adjectives)
        if dep[noun] in ("attr", "dobj") and _under_negated_belief(table, head[noun]):
            value = -value  # "I *don't think* he will make a *good* governor": :func:`_sign` reads no such negation
        if dep[noun] == "dobj" and _negated_plainly(table, head[noun]):  # "he will *not make* a good governor":
            value = -value  # :func:`_sign` turns the adjectives of a copula's noun, not those of an object
        score += value
    if score >= EVALUATION_THRESHOLD:
        return "support"
    if score <= -EVALUATION_THRESHOLD:
        return "oppose"
    return None


def target_moods(st: Statement, target: int | None, vals: Mapping[int, float]) -> set[int]:
    """The scored words of a mood said of the target as its experiencer (rule "target_mood", issue 15's stance49
    round; :func:`mood_of`: :data:`~claimex.lexicons.MOOD_WORDS` and the words of distress, the complement of a
    verb whose subject is the target or holds it): "*the voters* are *furious*", "*people* are *angry*", "his
    *brother* grew *impatient*" tell how the target feels, not what the speaker thinks of it. The content's
    evaluation leaves them out; where nothing else decides the stance is neutral (source "mood"). A mood about
    someone named ("frustrated *with the council*") is no mood of this kind (:func:`mood_of`)."""
    if target is None:
        return set()
    table = st.table
    out = set()
    for word, value in vals.items():
        if value >= 0:
            continue
        experiencer = mood_of(table, word)
        if experiencer is not None and target in table.subtree(experiencer):
            out.add(word)
    return out


def stance_valences(st: Statement) -> Mapping[int, float]:
    """The content's valences as the stance reads them: without the words used in a sense that evaluates
    nothing (:func:`adjective_only`), and with a quality in excess read as a fault (:func:`excess_fault`)."""
    vals = st.valences
    left_out = [i for i in vals if adjective_only(st.table, i)]
    if left_out:
        vals = {i: v for i, v in vals.items() if i not in left_out}
    fault = excess_fault(st)
    if fault is not None:
        vals = {**vals, fault[0]: fault[1]}
    lacking = privative_fault(st)
    if lacking is not None:
        vals = {**vals, lacking: -PREDICATION_THRESHOLD}
    return vals


def privative_fault(st: Statement) -> int | None:
    """A subject said to be too little for its task, as the stance reads it (rule "privative_predicate", issue 15's
    stance58 round): the predicative adjective of :data:`~claimex.lexicons.PRIVATIVE_PREDICATES` ("our efforts have
    been *insufficient* to address the problem", "the oversight was *deficient*"), which the evaluation lexicon
    leaves unscored, weighs as a fault of :data:`PREDICATION_THRESHOLD`. Not under a negated copula ("the funds
    were *not insufficient*"); not as a modifier ("*insufficient* evidence" faults no one: :func:`_privative`
    reverses the noun it modifies instead). The word, or None."""
    if not _has_terms(st, lx.PRIVATIVE_PREDICATES):  # rule "term_gated_scans": most contents (one set test)
        return None
    table = st.table
    lower, dep, head = table.lower, table.dep, table.head
    for i in st.content:
        if lower[i] in lx.PRIVATIVE_PREDICATES and dep[i] in ("acomp", "oprd") and head[i] != i \
                and not _negated_plainly(table, head[i]):
            return i
    return None


def excess_fault(st: Statement) -> tuple[int, float] | None:
    """A quality said in excess, as the stance reads it (rule "excess_stance", issue 15's stance46 round): the
    predicative adjective under "too" that :func:`_excess` finds ("the senator is *too principled* to win", "she
    is *too cautious*", "he is *too nice*") weighs as a fault of at least :data:`PREDICATION_THRESHOLD`, as
    :func:`predication` reads it, where the content's valences gave a praise word its praise or an unscored one
    nothing. Not under a negated copula ("it is *not too late* to change course"), nor said of an extraposed
    "it" (the time for a deed, not a fault of anyone: "it is *too early* to tell", "it was *too late* to stop
    him"). (word, valence) or None."""
    word = _excess(st)
    if word is None:
        return None
    table = st.table
    cop = table.head[word]
    if cop != word and _negated_plainly(table, cop):
        return None
    subj = subject(table, cop)
    if (subj is None or table.lower[subj] == "it") and _extraposing(table, cop, word):
        return None
    return word, -max(st.valences.get(word, 0.0), PREDICATION_THRESHOLD)


def rule_stance_kept(st: Statement, target: int | None, stance: str, source: str) -> bool:
    """The stance rule's oppose stands against the fitted stance model (rule "predicate_kept", issue 15's stance46
    round) where it was read off the content's evaluation and a word of at least :data:`PREDICATION_THRESHOLD`
    against it is said of the target itself as the predicate of its clause: "*the scene* in the film is entirely
    *untrue*", "*the new rules* are *inadequate*", "*the host* is mentally *unstable*" (the word, or the noun it
    modifies, is the ``acomp`` / ``attr`` of a verb whose subject is the target; stance :func:`stance_valences`).
    Not praise so said: in a report "*her husband* was *free*", "if *turnout* is *strong*" describe more often
    than they back (measured: of the 5 PolNeAR train supports it kept, 3 were read as neutral by a reader or a
    judge)."""
    if source != "evaluation" or target is None or stance != "oppose":
        return False
    return _fault_predicated(st, target)


def _fault_predicated(st: Statement, target: int) -> bool:
    """A word of at least :data:`PREDICATION_THRESHOLD` against the target is said of it as the predicate of its
    clause (the word, or the noun it modifies, is the ``acomp`` / ``attr`` of a verb whose subject is the target:
    "*the new rules* are *inadequate*"; :func:`rule_stance_kept`, :func:`bystander_stance`)."""
    table = st.table
    dep, head = table.dep, table.head
    for word, value in stance_valences(st).items():
        if value > -PREDICATION_THRESHOLD:
            continue
        i = head[word] if dep[word] == "amod" else word
        if dep[i] in ("acomp", "attr") and subject(table, head[i]) == target:
            return True
    return False


def bystander_stance(st: Statement, act: str, target: int | None) -> bool:
    """Rule "bystander_stance" (issue 15's stance59 round): where :func:`bystander_named` spared the party an
    accusation would have faulted and the statement stays an assertion, the content's negative evaluation tells of
    a harm the party stands beside ("any *ill* will from the *bitter* primary has faded", "the *violent* riots broke
    out months into his term", "the Iowa forum *broke* the attendance record"), not of the target: the stance is neutral
    (source "bystander", which the stance model leaves alone), unless a word of at least
    :data:`PREDICATION_THRESHOLD` against the target is said of it as its predicate (:func:`_fault_predicated`:
    "the riots were *horrific* and broke out months into his term" still opposes them)."""
    return (act == lx.ASSERT and st.spared == "bystander_named"
            and (target is None or not _fault_predicated(st, target)))


#: What a candidate ends of their own when they leave a race (:func:`own_bid_ended`).
_OWN_BIDS: Final = frozenset({"campaign", "bid", "candidacy", "run", "race"})
#: Verbs of ending one's bid (:func:`own_bid_ended`).
_ENDING_VERBS: Final = frozenset({"suspend", "end", "drop", "quit", "abandon", "halt", "terminate", "withdraw"})


def own_bid_ended(st: Statement, target: int | None) -> bool:
    """Rule "own_bid_ended" (issue 15's stance63 round): a speaker who ends their own campaign announces a
    decision; they oppose no one, not even the campaign. Where the target is the object of a verb of ending
    (:data:`_ENDING_VERBS`) whose subject is the speaker (:func:`_speaker_self`: "I", "we", or the reported "he" /
    "they") and the target is a bid of :data:`_OWN_BIDS` owned by a possessive pronoun ("*he* is *suspending his
    campaign*", "*they* will *suspend their campaigns*", "*I* am *ending my bid*"), the stance is neutral (source
    "own_exit", which the stance model leaves alone) where :func:`target_relation` would read opposition. Another's
    campaign ended ("we will *end her campaign*", "he *ended Smith's run*") keeps its opposition."""
    if target is None:
        return False
    table = st.table
    dep, head, children = table.dep, table.head, table.children
    verb = head[target]
    if table.lemma[target] not in _OWN_BIDS or dep[target] != "dobj" or table.lemma[verb] not in _ENDING_VERBS:
        return False
    owner = next((c for c in children[target] if dep[c] == "poss"), None)
    doer = next((c for c in children[verb] if dep[c] == "nsubj"), None)
    if owner is None or doer is None or table.pos[owner] != "PRON" or not _speaker_self(st, doer):
        return False
    return _same_person(table.lower[owner], table.lower[doer])


#: The possessive of each subject pronoun (:func:`own_bid_ended`: "*he* ended *his* bid").
_POSSESSIVE_OF: Final = {"i": "my", "we": "our", "he": "his", "she": "her", "they": "their", "it": "its"}


def _same_person(possessive: str, subject_pronoun: str) -> bool:
    """Whether a possessive pronoun agrees with a subject pronoun ("he" / "his", "we" / "our")."""
    return _POSSESSIVE_OF.get(subject_pronoun) == possessive


#: Verbs under which a counted harm is a tally of what happened, not a deed of their subject (:func:`counted_cases`).
_TALLY_VERBS: Final = frozenset({"be", "have", "see", "record", "report", "register", "count", "total", "reach",
                                 "suffer", "include", "rise", "fall", "drop", "climb", "double"})


def counted_cases(st: Statement, vals: Mapping[int, float]) -> list[int]:
    """Rule "counted_cases" (issue 15's stance63 round): the negative scored nouns of the content that a number
    counts ("*two murders*", "*37 deaths*", "*dozens of arrests*"): a count of cases reports how many happened,
    it evaluates no one. In an assertion whose negative evaluation rests on such nouns alone
    (:func:`_content_stance`: the rest of the content's valence does not reach :data:`EVALUATION_THRESHOLD`), the
    stance is neutral (source "count", which the stance model leaves alone): "*the town* had *two murders* in
    2014", "the state recorded *14 deaths* from the storm". Not counted: a harm owned by someone ("*his* three
    *lies*": a possessive), or one done as the deed of a verb outside :data:`_TALLY_VERBS` ("he *told* twelve
    *lies*", "they *committed* four *crimes*": the doer is faulted); nor a negated count ("*no* deaths")."""
    table = st.table
    dep, head, pos, lower, children = table.dep, table.head, table.pos, table.lower, table.children
    out = []
    for i, v in vals.items():
        if v >= 0 or pos[i] != "NOUN" or any(dep[c] == "poss" for c in children[i]):
            continue
        counted = any(dep[c] == "nummod" and pos[c] == "NUM" for c in children[i])
        if not counted and dep[i] == "pobj" and lower[head[i]] == "of":  # "dozens of arrests"
            quantity = head[head[i]]
            counted = pos[quantity] == "NUM" or (pos[quantity] == "NOUN" and lower[quantity] in _COUNT_NOUNS)
            governor = head[quantity]
        else:
            governor = head[i]
        if not counted:
            continue
        if dep[i] in ("dobj", "pobj") or (dep[i] == "pobj" and dep[head[i]] == "prep"):
            verb = governor
            while dep[verb] == "prep" and head[verb] != verb:
                verb = head[verb]
            if pos[verb] in ("VERB", "AUX") and table.lemma[verb] not in _TALLY_VERBS:
                continue
        out.append(i)
    return out


#: Nouns that count what follows their "of" (:func:`counted_cases`: "*dozens* of arrests").
_COUNT_NOUNS: Final = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "number", "total", "tally"})


def adjective_only(table: TokenTable, i: int) -> bool:
    """Whether the scored word ``i`` is one that evaluates only as an adjective
    (:data:`~claimex.lexicons.ADJECTIVE_ONLY_EVALUATION`) used here in another sense (rule "adjective_only", issue
    15's stance44 round): not tagged an adjective ("the GOP's *right* flank" names a side, "civil *rights*" an
    entitlement, "*right* now" a time), or joined by a hyphen to the next or the last word ("a *far-right* party",
    "*right*-wing voters"). Its valence is left out of the content's evaluation that decides the stance
    (:func:`_content_stance`): "the *right* to appeal" praises nobody, "the *right* call" does. The act rules
    still read it."""
    if table.lemma[i] not in lx.ADJECTIVE_ONLY_EVALUATION and table.lower[i] not in lx.ADJECTIVE_ONLY_EVALUATION:
        return False
    if table.pos[i] != "ADJ":
        return True
    idx, end, lower = table.idx, table.end, table.lower
    before = i > 0 and lower[i - 1] == "-" and end[i - 1] == idx[i]
    after = i + 1 < table.n and lower[i + 1] == "-" and end[i] == idx[i + 1]
    return before or after


def harm_done(st: Statement, target: int | None) -> str | None:
    """The stance toward a target that does harm (rule "harm_done", issue 15's stance27 round; source
    "relation"): the target, or the noun phrase it is the possessor or compound of, is the active subject of a
    harming verb (:data:`~claimex.lexicons.ACTION_HARMING_VERBS`, as :func:`action_stance` reads them for a
    clause) whose direct object is a noun: "*the senator* was *endangering* the troops", "*the tariff plan* would
    *jeopardize* the farms", "*the mill's closure* is *crippling* the town's shops" -> oppose; a harm done to
    something bad supports ("*the rule* would *limit* abuse"), negated the other way ("will *not* hamper the
    recovery"). Not a price ("would have *cost* more", "*cost* $2 million": an object that is no noun, or money),
    nor a lessening verb (:data:`~claimex.lexicons.LESSENING_VERBS`) whose object the lexicon weighs neither way
    ("the new law would *limit* emissions": no good thing harmed; "would *jeopardize* hundreds of farms" harms them).
    None where the target does no such harm."""
    if target is None or not st.content:
        return None
    table = st.table
    dep, lemma = table.dep, table.lemma
    i, verb, prep = _relating_word(table, target, (st.content[0], st.content[-1]))
    if prep is not None or dep[i] != "nsubj" or not st.content[0] <= verb <= st.content[-1]:
        return None
    if lemma[verb] not in lx.ACTION_HARMING_VERBS:
        return None
    objects = [c for c in table.children[verb] if dep[c] == "dobj"]
    if not objects or any(table.pos[o] not in ("NOUN", "PROPN") or any(
            table.ent_type[k] == "MONEY" for k in table.subtree(o)) for o in objects):
        return None
    vals = st.valences
    harm = sum(vals.get(k, 0.0) for o in objects for k in table.subtree(o))
    if harm == 0 and lemma[verb] in lx.LESSENING_VERBS:
        return None
    score = (1 if harm < 0 else -1) * _sign(table, verb)
    return "support" if score > 0 else "oppose"


#: The stance rule's sources of a praise (:func:`_content_stance`): the content's evaluation and a good quality
#: predicated of the target; an own side's praise the stance model reads as opposed stays support
#: (:func:`own_side_stance`).
PRAISE_SOURCES: Final = frozenset({"evaluation", "quality"})


def own_side_stance(st: Statement, act: str, stance: str, source: str, rule: tuple[str, str] | None = None,
                    target: int | None = None, side: str | None = None) -> tuple[str, str]:
    """The stance toward the speaker's own side (:func:`claimex.pipeline.targets.own_side`; rule "own_side",
    issue 15's side round): ``oppose`` needs an act against it (an accusation, a condemnation, a threat) or a
    word of strong disapproval said (:func:`_strongly_valued`: "our roads are a *disgrace*"); any other
    opposition read there is neutral, a denial on its behalf too ("*He*'s not available this week," his
    spokeswoman said; "I did nothing wrong," the senator said: blind judges read a stance toward oneself as
    neutral, not support). ``stance`` and ``source``: the stance read so far; the others are kept.

    Praise of one's own side (rule "own_praise", issue 15's stance50 round): where the stance model's
    ``oppose`` overturned the stance rule's ``support`` from a praise (``rule``, the rule's answer, from
    :data:`PRAISE_SOURCES`: "he sees the debate as a *good opportunity* to show *true* leadership," said a
    spokeswoman for the senator), an assertion or a prediction keeps the rule's ``support`` toward a person or
    organisation of the speaker's side (``target``, :func:`is_agent`) other than the speaker (``side``, the kind
    :func:`~claimex.pipeline.targets.own_side` gives, not ``"self"``: a stance toward oneself is neutral)."""
    if stance != "oppose" or act in (lx.ACCUSE, lx.CONDEMN, lx.THREATEN):
        return stance, source
    if act == lx.DENY:  # the strong word is what is denied: "I did nothing *wrong*"
        return "neutral", "own_side"
    if _strongly_valued(st.table, list(st.valences), st.valences):
        return stance, source
    if _own_praise(st, act, source, rule, target, side):
        return "support", "own_side"
    return "neutral", "own_side"


def _own_praise(st: Statement, act: str, source: str, rule: tuple[str, str] | None, target: int | None,
                side: str | None) -> bool:
    """The stance model's ``oppose`` (``source`` "model") overturned the stance rule's praise (``rule``: its
    ``support`` from :data:`PRAISE_SOURCES`) of an assertion or a prediction, toward a person or organisation
    of one's side that is not the speaker (:func:`own_side_stance`)."""
    return (source == "model" and act in (lx.ASSERT, lx.PREDICT) and rule is not None and rule[0] == "support"
            and rule[1] in PRAISE_SOURCES and side not in (None, "self") and target is not None
            and is_agent(st.table, target))


def _demand_stance(st: Statement, target: int | None) -> tuple[str, str] | None:
    """The stance of a demand (:func:`decide_stance`): what it does to its target ("the council should *not
    cut* the library budget": :func:`target_relation`), else against what it asks to stop or not to do,
    against its addressee when it asks a redress, else for what it asks; None when the target is the one
    asked to act (:func:`addressee`: the content decides)."""
    table = st.table
    related = target_relation(st, target)
    if warned_against(st):  # "warned against *cutting* the pensions": the demand is that it not be done
        return ({"support": "oppose", "oppose": "support"}.get(related or "", "oppose"),
                "relation" if related is not None else "act")
    if related is not None:
        return related, "relation"
    if (target is not None and (is_cessation_of(table, target) or _duty_to_stop(table, target)
                                or _reversed(table, target) or acted_against(table, target)
                                or asked_to_suffer(st, target)
                                or demanded_undoing(st, target))) or st.negative:
        return "oppose", "act"
    if target is not None and sanction_itself(st, target):  # "called for *a boycott* of the company"
        return "support", "act"
    if redress(st) or sanction(st) or (
            target is not None and target == _obliged(st) and st.evaluation() <= -EVALUATION_THRESHOLD):
        return "oppose", "redress"  # "he should resign", "the US should scale back its *aggressive* drills"
    if target is None:
        return "support", "act"
    if addressee(st, target):
        return None
    if _blaming(st, target):  # "this man is peddling his weapon; America must reject him"
        return "oppose", "act"
    return "support", "act"


def _duty_to_stop(table: TokenTable, target: int) -> bool:
    """Rule "duty_to_stop" (issue 15's act76 round): the subject of a "has to" / "needs to" / "has got to" whose
    verb is a cessation (:data:`~claimex.lexicons.CESSATION_WORDS`) is what the demand wants ended: "*this
    meddling* has to stop", "*the raids* need to end" oppose it, as "the raids must stop" does
    (:func:`is_cessation_of`, which reads the verb the subject hangs from: here the "has")."""
    head = table.head[target]
    return (head != target and table.dep[target] in _SUBJECT_DEPS and _must(table, head)
            and any(table.dep[c] == "xcomp" and table.lemma[c] in lx.CESSATION_WORDS for c in table.children[head]))


#: Verbs of removing or overcoming whose WordNet synonyms (:func:`claimex.lexical.synonyms`, the first three senses)
#: undo what they are done to as well (rule "demanded_undoing"): "get rid of", "do away with", "wipe out", "root
#: out" (synonyms of "eliminate", "abolish"), "overcome", "get the better of" (of "defeat").
_UNDOING_SEEDS: Final = frozenset({"abolish", "eliminate", "eradicate", "remove", "defeat", "undo"})
#: Verbs of a change of mind laid on someone about their own deed (rule "demanded_undoing"): "she has to *rethink*
#: her plan", "he should *retract* his remarks", "the mayor must *reverse* her decision".
_RETHINKING_VERBS: Final = frozenset({"rethink", "reconsider", "revise", "retract", "recant", "reverse", "withdraw"})
#: Possessive pronouns of a third party's own deed: "rethink *her* argument".
_OWN_POSSESSIVES: Final = frozenset({"his", "her", "their", "its"})


def _undoing_verb(table: TokenTable, verb: int) -> bool:
    """A verb that undoes what it is done to (rule "demanded_undoing"): one of the undoing, stopping, reversing or
    sanction words (:data:`~claimex.lexicons.TARGET_UNDOING_WORDS`, :data:`~claimex.lexicons.CESSATION_WORDS`,
    :data:`~claimex.lexicons.EVALUATION_REVERSERS` but "lack" and "avoid", :data:`~claimex.lexicons.SANCTION_WORDS`),
    or the verb, alone or with its particle or adjective ("get *rid* of", "wipe *out*"), a WordNet synonym of
    :data:`_UNDOING_SEEDS`."""
    lemma = table.lemma[verb]
    if lemma in lx.TARGET_UNDOING_WORDS or lemma in lx.CESSATION_WORDS or lemma in lx.SANCTION_WORDS or (
            lemma in lx.EVALUATION_REVERSERS and lemma not in ("lack", "avoid")):
        return True
    forms = {lemma} | {f"{lemma} {table.lower[c]}" for c in table.children[verb] if table.dep[c] in ("prt", "advmod")}
    if lemma == "rid":  # "get rid of": the tagger reads "rid" as the verb, "get" as its auxiliary
        forms.add("get rid of")
    return any(form in _UNDOING_SEEDS or not lexical.synonyms(form, "VERB").isdisjoint(_UNDOING_SEEDS)
               for form in forms)


def demanded_undoing(st: Statement, target: int) -> bool:
    """Rule "demanded_undoing" (issue 15's stance64 round): a demand asks to undo its target, or what the target
    brought about, so it opposes the target. The target is (1) the object of an undoing verb (:func:`_undoing_verb`:
    "we should *get rid of* the commissioners", the object hanging from "of"), (2) the owner of that object ("wipe
    out *the cartel's* routes") or its doer, the subject of a relative clause on it ("we must *overcome* the
    division *the senator* has brought"), or (3) the subject of the demand's verb, a third party, when that
    verb undoes or rethinks the subject's own deed (:data:`_RETHINKING_VERBS`, an object with "his" / "her" /
    "their" / "its": "*she* has got to *rethink* her plan", "*he* should *end* his boycott"). A conjunct of an
    undone object is undone ("get rid of the fees and *the levy*"). Not for a verb negated (:func:`_negated_word`),
    reported in the past (:func:`_past_event`) or whose subject is a thing ("*the merger* would take jobs away from the
    town" foresees an effect, it asks nothing), nor for the speaker ("we")."""
    table = st.table
    dep, head, children = table.dep, table.head, table.children
    if not st.content or is_first_person(table, target):
        return False
    first, last = st.content[0], st.content[-1]

    def undone(noun: int) -> bool:  # ``noun`` is the object of an undoing verb of the content, not negated
        verb = head[noun]
        if dep[noun] == "pobj" and table.lower[verb] == "of" and table.lemma[head[verb]] == "rid":
            verb = head[verb]  # "get rid *of* X"
        elif dep[noun] not in ("dobj", "nsubjpass"):
            return False
        doer = subject(table, verb)  # "*the merger* would take jobs away": a thing's effect foreseen, not asked for
        if doer is not None and not (is_agent(table, doer) or is_first_person(table, doer)
                                     or table.lower[doer] == "you"):
            return False
        return (first <= verb <= last and table.pos[verb] == "VERB" and _undoing_verb(table, verb)
                and not _negated_word(table, verb) and not _past_event(table, verb, rid=True)
                and not any(dep[n] == "neg" for g in children[verb] if table.lemma[g] == "get" for n in children[g]))

    phrase = head[target] if dep[target] == "poss" and head[target] != target else target  # the owner's phrase
    while dep[phrase] == "conj" and head[phrase] != phrase:  # "get rid of the fees and *the levy*": the first
        phrase = head[phrase]
    if undone(phrase):
        return True
    if dep[target] == "nsubj" and dep[head[target]] == "relcl" and undone(head[head[target]]):
        return True  # "overcome the division *the senator* has brought"
    if dep[target] not in ("nsubj", "nsubjpass") or not is_agent(table, target):  # "she*'s* got to": passive read
        return False
    verbs = [head[target]] + [c for c in children[head[target]] if dep[c] == "xcomp"]  # "she has got *to rethink*"
    verbs += [c for v in verbs[1:] for c in children[v] if dep[c] == "xcomp"]
    return any(first <= v <= last and not _negated_word(table, v)
               and (table.lemma[v] in _RETHINKING_VERBS or _undoing_verb(table, v))
               and any(dep[o] == "dobj" and any(dep[p] == "poss" and table.lower[p] in _OWN_POSSESSIVES
                                                for p in children[o]) for o in children[v])
               for v in verbs)


#: Cues of a warning or advice given *against* something (rule "warned_against"): "warned against", "cautioned
#: against", "advised against", "urged against".
WARNING_CUES: Final = frozenset({"warn", "caution", "advise", "counsel", "urge"})


def warned_against(st: Statement) -> bool:
    """Rule ``warned_against`` (issue 15's stance56 round): a demand whose content is the object of an "against"
    under a cue of warning or advice (:data:`WARNING_CUES`) asks that the thing not be done: "the mayor *warned
    against* raising the fares", "she *cautioned against* a rush to war", "*urged against* the merger". The
    content holds no negation of its own (:attr:`Statement.negative` is not set), so the demand's stance is
    reversed: against the target where the content names it as the thing warned against, for the target where
    the content undoes it ("warned against *cutting* the pensions": :func:`target_relation` opposes the
    pensions, the warning backs them). Only where the "against" hangs from the cue itself and its object (the
    noun or the gerund) is in the content: "warned *the council* that it would lose" is no warning against."""
    table = st.table
    if st.cue is None or table.lemma[st.cue] not in WARNING_CUES:
        return False
    inside = st.inside
    for prep in table.children[st.cue]:
        if table.dep[prep] != "prep" or table.lower[prep] != "against":
            continue
        if any(table.dep[c] in ("pobj", "pcomp") and c in inside for c in table.children[prep]):
            return True
    return False


def _blaming(st: Statement, target: int) -> bool:
    """A demand made against a person or organisation (rule "blaming_demand", issue 15's stance22 round): its
    target is one, and its content holds someone at fault (a negative word with an accountable holder,
    :func:`evaluated_agent`) with a negative summed evaluation. "The ministry has *betrayed* the families,
    and *the minister* must answer for it" asks nothing for the minister."""
    table = st.table
    return (is_agent(table, target) and not is_first_person(table, target)
            and st.evaluation() <= -EVALUATION_THRESHOLD and evaluated_agent(st, negative=True) is not None)


#: Prepositions whose object a backing word backs: "support *for* the bill", "approve *of* the governor",
#: "stand *behind* the plan", "stand *with* the nurses".
_BACKED_PREPOSITIONS: Final = frozenset({"for", "of", "behind", "with"})
#: Prepositions whose object an opposing word acts against: "an end *to* the strikes", "the protest *of* his
#: appearance", "attacks *on* the senator".
_OPPOSED_PREPOSITIONS: Final = frozenset({"to", "of", "on"})


def target_relation(st: Statement, target: int | None) -> str | None:
    """What the content does to its target (rule "target_relation"): "support" when the word it is the
    object of backs it ("she would *back* Mr. Trump", "he'll *campaign for* her", "voters *approve of* the
    governor", "*support for* the bill"), "oppose" when that word acts against it ("the plan would *end* the
    tax break", "*the protest of* his appearance", "*voted against* the bill", "birthright citizenship should
    be *abolished*"); reversed when the word is negated ("they will *not vote for* him", "Medicare should
    *not be cut*"). A target inside a possessive or a compound is the noun phrase it belongs to ("end
    *Mr. Smith's* programme"). Not inside a relative clause ("*those who supported* the senator" says what
    others did), nor under an adjective that judges the act ("it was *premature to back* the plan"); None
    when the target is no such object. The lexicons:
    :data:`~claimex.lexicons.TARGET_BACKING_WORDS`, :data:`~claimex.lexicons.TARGET_FOR_VERBS`,
    :data:`~claimex.lexicons.TARGET_OPPOSING_WORDS`, and :data:`~claimex.lexicons.TARGET_UNDOING_WORDS` with the
    reversing, stopping and sanction words when proposed or foreseen, not reported in the past
    (:func:`_past_event`: "four members *were killed*" opposes no one); since issue 15's sixteenth round
    phrasal verbs too: going against a person or organisation ("will *go after* the governor":
    :data:`~claimex.lexicons.TARGET_OPPOSING_PHRASES`) and undoing ("would *roll back* the rulings":
    :data:`~claimex.lexicons.TARGET_UNDOING_PHRASES`, as the undoing words); since issue 15's stance23 round
    what is put in doubt, in any tense ("the audit *raised questions about* the mayor's records", "*calls* the
    figures *into question*": :func:`_doubting`), not negated ("did *not* raise questions", "raised *no*
    questions": :func:`_no_doubt`, is no stance); since issue 15's stance27 round also the subject a predicate
    puts in doubt ("*the survey's method* is still *in question*": :func:`_questioned_subject`, rule
    "questioned_subject"; "is *not* in question" no stance), the object of "stand by" ("he *stands by* the
    account": :data:`~claimex.lexicons.TARGET_BACKING_PHRASES`, rule "stood_by") and the object of "appeal" ("the union
    *will appeal* the ruling": :data:`~claimex.lexicons.TARGET_APPEALED_VERBS`, rule "appealed")."""
    if target is None or not st.content:
        return None
    table = st.table
    head, dep, lemma, lower = table.head, table.dep, table.lemma, table.lower
    first, last = st.content[0], st.content[-1]
    if _sympathised(table, target, (first, last)):  # "our prayers for *the flood victims'* relatives"
        return "support"
    i, word, prep = _relating_word(table, target, (first, last))
    # "*the survey's method* is still *in question*": the subject of a predicate that puts it in doubt
    questioned = prep is None and dep[i] == "nsubj" and _questioned_subject(table, word)
    failing = False  # "will help *the mayor* lose": helped to fail, worked against
    if _helped(table, i, word, prep):  # "would help *her* win": the one helped, not in the past
        failing = lemma[word] in lx.FAILURE_VERBS
        i, word = word, head[word]
    # the target is the word's object, or a preposition's; "they would back *Kasich*": the small model reads a
    # name right after some verbs as not their object
    elif prep is None and dep[i] not in ("dobj", "nsubjpass") and not questioned and not (
            dep[i] in ("oprd", "npadvmod") and i == word + 1 and table.pos[i] == "PROPN"
            and not any(dep[c] == "dobj" for c in table.children[word])):
        return None
    if word == i or not first <= word <= last or (dep[word] == "relcl" and not _proposed_infinitive(table, word)) or (
            table.pos[word] not in ("VERB", "NOUN") and not questioned):
        return None
    withheld = False  # "*unlikely to vote for* him", "*not ready to support* her": the deed foreseen not done
    if dep[word] == "xcomp" and (table.pos[head[word]] == "ADJ" or any(
            dep[c] in ("acomp", "attr") for c in table.children[head[word]])):
        foreseen = _foreseen_deed(table, word)
        if foreseen is None:
            return None  # "it was *premature to back* the plan": the predicate judges the backing, not done
        withheld = not foreseen  # "voters are *more likely to vote for* him": the deed foreseen (rule foreseen_deed)
    if questioned:  # "*the survey's method* is *in question*"; "is *not* in question" puts nothing in doubt
        return None if _negated_plainly(table, word) else "oppose"
    doubter = _doubting(table, i, word, prep)
    if doubter is not None:  # "raised questions about *the mayor's* records": doubted, in any tense
        return None if _negated_word(table, doubter) or _no_doubt(table, doubter) else "oppose"
    base = lemma[word]
    # "go *after* the governor", "*roll back* the rulings", "*stand up to* the union": the verb with its
    # particle or its preposition
    phrases = {(base, lower[c]) for c in table.children[word] if dep[c] in {"prt", "advmod"}}
    if prep is not None:
        phrases.add((base, prep))
    undoes = not phrases.isdisjoint(lx.TARGET_UNDOING_PHRASES)
    goes_against = not phrases.isdisjoint(lx.TARGET_OPPOSING_PHRASES) and is_agent(table, i)
    # "would *frown on* the measure", "*object to* the deal": disapproved, person or thing (rule "disapproved")
    disapproves = not phrases.isdisjoint(lx.TARGET_DISAPPROVING_PHRASES)
    undoing = (base in lx.TARGET_UNDOING_WORDS or base in lx.EVALUATION_REVERSERS or base in lx.CESSATION_WORDS
               or base in lx.SANCTION_WORDS or undoes) and not _past_event(table, word)
    opposing = base in lx.TARGET_OPPOSING_WORDS or undoing or goes_against or disapproves
    appealed = base in lx.TARGET_APPEALED_VERBS and prep is None and dep[i] == "dobj"  # "will *appeal* the ruling"
    if prep == "against" or appealed or (opposing and (prep is None or prep in _OPPOSED_PREPOSITIONS or goes_against
                                                       or undoes or disapproves)):
        kind = "oppose"
    elif (base in lx.VOTING_VERBS and prep is None and dep[i] == "dobj" and lower[i] in lx.PARTY_VOTE_WORDS) or (
            base in lx.TARGET_BACKING_WORDS and (prep is None or prep in _BACKED_PREPOSITIONS)
          and not any(p in _WITHDRAWING_PARTICLES for _, p in phrases)) or (
            base in lx.TARGET_FOR_VERBS and prep == "for") or ((base, prep) in lx.TARGET_BACKING_PHRASES and (
            prep != "by" or _stood_by_object(table, i))):  # "stands by" the account, not the levee
        kind = "support"
    else:
        return None
    if failing != (withheld != (_negated_word(table, word) or (dep[word] == "relcl"
                                                              and _proposal_denied(table, word)))):
        return "support" if kind == "oppose" else "oppose"
    return kind


def cause_of(st: Statement, target: int | None) -> str | None:
    """The stance toward a target named as the cause of a backing or an opposing deed (rule "cause_of", issue 15's
    stance31 round; source "relation"): the target, or the noun phrase it is the possessor or compound of, is the
    object of "because of", "due to", "thanks to" or "owing to" (:data:`~claimex.lexicons.CAUSAL_MARKERS`) on a
    predicate of the content, and the predicate, or the infinitive of its adjective, backs or opposes its own
    object as :func:`target_relation` reads it: the target takes that stance ("voters are *less likely to vote
    for* the council *because of the mayor's* plan" opposes the plan, as it opposes the council; "*more likely to
    back* the bill *thanks to* the senator" supports her). None when the target is no such cause or the deed it
    causes relates to nothing."""
    if target is None or not st.content:
        return None
    table = st.table
    head, dep, lower = table.head, table.dep, table.lower
    first, last = st.content[0], st.content[-1]
    i, marker, prep = _relating_word(table, target, (first, last))
    if prep is None:
        return None
    if prep == "to" and lower[marker] in lx.CAUSAL_MARKERS:  # "due to", "thanks to": the marker's head
        marker, prep = head[marker], lower[marker]
    elif prep != "because" or not any(lower[c] == "of" for c in table.children[head[i]]):
        return None
    if prep not in lx.CAUSAL_MARKERS or not first <= marker <= last:
        return None
    # the deed caused: the predicate, the adjective said of it and the infinitive that adjective takes
    deeds = [marker]
    for c in table.children[marker]:
        if dep[c] == "acomp":
            deeds.append(c)
    deeds += [c for d in list(deeds) for c in table.children[d] if dep[c] == "xcomp"]
    for deed in deeds:
        for c in table.children[deed]:
            objects = [c] if dep[c] == "dobj" else [o for o in table.children[c] if dep[o] == "pobj"] if (
                dep[c] == "prep" and lower[c] in ("for", "against")) else []
            for obj in objects:
                if obj != i and first <= obj <= last:
                    related = target_relation(st, obj)
                    if related is not None:
                        return related
    return None


#: Prepositions that carry sympathy to someone (rule "sympathy"): "prayers *for*", "condolences *to*", "are *with*".
_SYMPATHY_PREPOSITIONS: Final = frozenset({"for", "to", "with"})


def _sympathised(table: TokenTable, target: int, bounds: tuple[int, int]) -> bool:
    """Whether the content offers the target sympathy (rule "sympathy", issue 15's stance29 round): the target is
    inside the "for" / "to" / "with" phrase of a noun of sympathy (:data:`~claimex.lexicons.SYMPATHY_NOUNS`), or of
    the verb such a noun is the subject or object of: "*prayers for* every one of *the flood victims'* relatives",
    "*our prayers are with* the injured", "*sent* her *condolences to* the widow". The victims' own words
    ("killed", "attack") say what befell them, not the speaker's opposition. Within ``bounds`` (the content)."""
    lemma, dep, head, lower = table.lemma, table.dep, table.head, table.lower
    start, stop = bounds[0], bounds[1] + 1
    if lx.SYMPATHY_NOUNS.isdisjoint(lemma[start:stop]) and lx.SYMPATHY_NOUNS.isdisjoint(lower[start:stop]):
        return False  # two set tests in C: most contents have no noun of sympathy
    for k in range(start, stop):
        if lemma[k] not in lx.SYMPATHY_NOUNS and lower[k] not in lx.SYMPATHY_NOUNS:
            continue
        holders = [k]
        if dep[k] in ("nsubj", "dobj") and table.pos[head[k]] in ("VERB", "AUX"):
            holders.append(head[k])  # "our prayers *are with* the injured", "*sent* condolences *to*"
            holders += [c for c in table.children[head[k]] if dep[c] in ("prt", "advmod") and table.pos[c] == "ADP"]
            # "our thoughts go *out to* ...": the preposition may hang from the particle
        if dep[k] == "conj" and lemma[head[k]] in lx.SYMPATHY_NOUNS:  # "thoughts and *prayers*": either carries it
            holders.append(head[k])
        for h in holders:
            for c in table.children[h]:
                if dep[c] == "prep" and lower[c] in _SYMPATHY_PREPOSITIONS and target in table.subtree(c):
                    return True
    return False


def _foreseen_deed(table: TokenTable, word: int) -> bool | None:
    """Whether the adjective above the infinitive ``word`` foresees its deed done (rule "foreseen_deed", issue 15's
    stance29 round): True for an adjective of likelihood or readiness
    (:data:`~claimex.lexicons.DEED_FORESEEING_ADJECTIVES`: "voters are *more likely to vote for* him", "he may be
    *willing to back* the governor"), False where it is one of reluctance
    (:data:`~claimex.lexicons.DEED_RELUCTANT_ADJECTIVES`: "*reluctant to back* her"), compared downward ("*less
    likely to vote for* them") or negated ("he is *not ready to support* her"), one of these reversing the other;
    None for any other adjective, which judges the deed ("*premature to back* the plan": :func:`target_relation`
    reads no relation). A lemma of "the predicate", the infinitive's head or its head's ``acomp``."""
    head, dep, lower = table.head, table.dep, table.lower
    above = head[word]
    adjective = above if table.pos[above] == "ADJ" else next(
        (c for c in table.children[above] if dep[c] == "acomp" and table.pos[c] == "ADJ"), None)
    if adjective is None:
        return None
    name = lower[adjective]
    if name not in lx.DEED_FORESEEING_ADJECTIVES and name not in lx.DEED_RELUCTANT_ADJECTIVES:
        return None
    verb = head[adjective] if dep[adjective] == "acomp" else adjective  # "he is *not* ready": the copula's "not"
    done = name in lx.DEED_FORESEEING_ADJECTIVES
    if any(lower[c] in ("less", "fewer") for c in table.children[adjective]):
        done = not done
    if _negated_plainly(table, adjective) or (verb != adjective and _negated_plainly(table, verb)):
        done = not done
    return done


def _stood_by_object(table: TokenTable, i: int) -> bool:
    """What "stand by" backs (rule "stood_by", :func:`target_relation`): a person, an organisation or a pronoun
    ("we stand by *her*"), or something said or decided (:data:`~claimex.lexicons.STOOD_BY_NOUNS`: "stands by the
    *account*"); "crews will stand by *the levee* overnight" only wait near a place."""
    return (is_agent(table, i) and table.ent_type[i] not in _PLACE_ENTS) or table.pos[i] == "PRON" or (
        table.lemma[i] in lx.STOOD_BY_NOUNS or table.lower[i] in lx.STOOD_BY_NOUNS)


def _proposed_infinitive(table: TokenTable, word: int) -> bool:
    """Whether ``word``, read as a relative clause, is an infinitive with no subject after a noun of proposing
    (:data:`~claimex.lexicons.PROPOSAL_NOUNS`) that no one holds: "it is *time to scrap* the levy", "the
    *chance to back* the nurses" propose the act (issue 15's stance25 round); "those *who backed* the
    treasurer" and "the readiness *of rural voters* to back the treasurer" report what others did or would
    do, and an infinitive after a person or a pronoun describes someone ("the first *mayor to endorse* her",
    "there is *nobody to stop* him"). A proposal noun singled out ("the *only* chance to ...", "the *best*
    way to ...") still proposes."""
    children, noun = table.children[word], table.head[word]
    dep, lower = table.dep, table.lower
    return (table.pos[noun] == "NOUN" and table.lemma[noun] in lx.PROPOSAL_NOUNS
            and any(dep[c] == "aux" and lower[c] == "to" for c in children)
            and not any(dep[c] in ("nsubj", "nsubjpass") for c in children)
            and not any(dep[c] == "poss" or (dep[c] == "prep" and lower[c] == "of") for c in table.children[noun]))


def _proposal_denied(table: TokenTable, word: int) -> bool:
    """The proposal an infinitive after a noun makes (:func:`_proposed_infinitive`) is denied: the noun has
    a negative determiner ("there is *no* reason to back the treasurer") or is the predicate of a negated
    "be" ("this is *not* the moment to drop the levy")."""
    noun = table.head[word]
    if any(table.dep[c] == "det" and table.lower[c] in lx.NEGATIVE_DETERMINERS for c in table.children[noun]):
        return True
    return table.dep[noun] == "attr" and _negated_word(table, table.head[noun])


def _helped(table: TokenTable, i: int, word: int, prep: str | None) -> bool:
    """Whether ``i`` is the subject of the clause a verb of helping governs, the help proposed or foreseen (issue
    15's stance25 round): "the union will spend what it takes to *help him unseat* the sheriff", "the ads *will
    help the mayor win*" (the small model reads the one helped as the subject of "win"); helped to fail ("will
    help the mayor *lose*": :data:`~claimex.lexicons.FAILURE_VERBS`), :func:`target_relation` reverses it. A
    help reported in the past ("the ads *helped* the mayor win") is an event, as an undoing word's
    (:func:`_past_event`)."""
    helper = table.head[word]
    return (prep is None and table.dep[i] == "nsubj" and table.dep[word] in {"ccomp", "xcomp"} and helper != word
            and table.lemma[helper] in lx.HELPING_VERBS and not _past_event(table, helper))


def _relating_word(table: TokenTable, target: int, bounds: tuple[int, int] | None = None,
                   ) -> tuple[int, int, str | None]:
    """The head of the target's phrase, the word it depends on and the preposition between them, if any:
    "Mr. Smith's *programme*" or "the Smith *programme*" (a possessor or compound of ``target``, up to two
    steps, heads within ``bounds`` when given), then its head ("*end* the programme") or, through a preposition,
    the preposition's head ("*voted for* the programme": ``prep`` "for"). Read by :func:`target_relation` and
    :func:`_others_deed`."""
    head, dep = table.head, table.dep
    i = target
    for _ in range(2):  # "Mr. Smith's programme", "the Smith programme": the phrase's head
        if dep[i] in {"poss", "compound"} and head[i] != i and (bounds is None or bounds[0] <= head[i] <= bounds[1]):
            i = head[i]
    word, prep = head[i], None
    if dep[i] == "pobj":
        prep, word = table.lower[word], head[word]
    return i, word, prep


#: Prepositions of what a noun of doubt is about: "questions *about* the records", "doubt *on* his account",
#: "questions *over* the deal".
_DOUBTED_PREPOSITIONS: Final = frozenset({"about", "on", "over"})


def _doubting(table: TokenTable, i: int, word: int, prep: str | None) -> int | None:
    """The verb that puts ``i`` in doubt (issue 15's stance23 round), None if none does: ``i`` is what a noun
    of doubt raised or cast is about ("*raised questions about* the mayor's records", "*casts doubt on* the
    board's account": :data:`~claimex.lexicons.DOUBT_RAISING_VERBS`, :data:`~claimex.lexicons.QUESTION_NOUNS`),
    or the object of a verb that calls it into question ("*calls* the figures *into question*":
    :data:`~claimex.lexicons.QUESTIONING_PREPOSITIONS`). ``word`` and ``prep``: the word ``i`` is the object
    of and its preposition (:func:`target_relation`)."""
    if prep is None:
        if table.dep[i] == "nsubj" and _questioned_subject(table, word):
            return word  # "*the survey's method* is still *in question*" (:func:`_questioned_subject`)
        return word if table.dep[i] == "dobj" and _in_question(table, word) else None
    if prep not in _DOUBTED_PREPOSITIONS:
        return None
    lemma, head = table.lemma, table.head
    if lemma[word] in lx.QUESTION_NOUNS and table.dep[word] == "dobj" and lemma[head[word]] in lx.DOUBT_RAISING_VERBS:
        return head[word]  # "raised questions *about* ...": the preposition hangs from the noun
    return word if _in_question(table, word) else None  # "raised questions *about* ...", hung from the verb


def _questioned_subject(table: TokenTable, pred: int) -> bool:
    """The predicate puts its subject in doubt (rule "questioned_subject", issue 15's stance27 round): a noun of
    doubt after a questioning preposition with no direct object of its own ("*the survey's method* is still *in
    question*", "*his record* came *under scrutiny*": :data:`~claimex.lexicons.QUESTIONING_PREPOSITIONS`,
    :data:`~claimex.lexicons.QUESTION_NOUNS`); "*the gifts* call *into question* the judge's impartiality" puts
    its object in doubt, not its subject; "*no longer* in question" puts nothing in doubt (read as a negation, as
    :func:`lost_standing` reads it). :func:`target_relation` reads it as opposing the subject."""
    dep, children = table.dep, table.children
    if _has_dep(table, pred, "dobj") or _no_longer(table, pred):
        return False
    for c in children[pred]:  # loops, no generator (issue 15's speed51 round)
        if dep[c] == "prep" and table.lower[c] in lx.QUESTIONING_PREPOSITIONS:
            for g in children[c]:
                if dep[g] == "pobj" and table.lemma[g] in lx.QUESTION_NOUNS:
                    return True
    return False


def _no_longer(table: TokenTable, pred: int) -> bool:
    """"No longer" on the predicate: "the outcome is *no longer* in question"."""
    lower, children = table.lower, table.children
    for c in children[pred]:  # noqa: SIM110  (a loop: any() made a generator a call)
        if lower[c] == "longer" and "no" in map(lower.__getitem__, children[c]):
            return True
    return False


def _no_doubt(table: TokenTable, verb: int) -> bool:
    """The noun of doubt that ``verb`` raises (its object, or a preposition's: "calls it *into question*") has a
    negative determiner: "the audit raised *no* questions about the mayor's records" puts nothing in doubt
    (:data:`~claimex.lexicons.NEGATIVE_DETERMINERS`)."""
    dep, children = table.dep, table.children
    nouns = [c for c in children[verb] if dep[c] == "dobj"]
    nouns += [g for c in children[verb] if dep[c] == "prep" for g in children[c] if dep[g] == "pobj"]
    return any(table.lemma[n] in lx.QUESTION_NOUNS and any(
        dep[d] == "det" and table.lower[d] in lx.NEGATIVE_DETERMINERS for d in children[n]) for n in nouns)


def _others_deed(st: Statement, target: int) -> bool:
    """For an assertion (issue 15's stance23 round): the verb that backs or opposes the target (:func:`target_relation`)
    is a deed a third party does or did, reported ("only one of the members *publicly supports* the senator"): its
    active subject is any word but a pronoun (a noun, or a number: "only *two* of the mayors *support* it"; a
    pronoun may stand for the speaker: "she *supports* the plan"), and it is neither an infinitive nor under a
    modal ("the mayors *would support* the plan" still backs it). Not a verb that puts the target in doubt
    (:func:`_doubting`): "the new report *calls* the agency's figures *into question*" is the doubt the content
    raises, as in any tense."""
    table = st.table
    dep = table.dep
    i, word, prep = _relating_word(table, target)
    if _doubting(table, i, word, prep) is not None:
        return False
    if table.pos[word] != "VERB" or any(dep[c] == "aux" and (table.lower[c] == "to" or table.doc[c].tag_ == "MD")
                                        for c in table.children[word]):
        return False
    subj = subject(table, word)
    return subj is not None and dep[subj] == "nsubj" and table.pos[subj] != "PRON"


#: Particles that turn a backing verb into a withdrawal: "*back out of* the deal", "*back away from* the plan",
#: "*back down*", "*back off*" back nothing.
_WITHDRAWING_PARTICLES: Final = frozenset({"out", "off", "down", "away"})


#: Tags of a verb's past (a past tense, a participle).
_PAST_TAGS: Final = frozenset({"VBD", "VBN"})


def _past_event(table: TokenTable, word: int, rid: bool = False) -> bool:
    """A verb in the past with no modal, and no "to" of an infinitive: an event reported ("four members
    *were killed*", "the council *cut* the budget"), not one proposed or foreseen ("*would cut*", "*should be
    cut*", "vowed *to cut*"). ``rid``: "get rid" is read by its "get", which holds the modal ("we *should get*
    rid of", "they *got* rid of")."""
    if rid and table.lemma[word] == "rid":
        gets = [c for c in table.children[word] if table.lemma[c] == "get"]
        if gets:
            get = gets[0]
            if any(table.doc[c].tag_ == "MD" or table.lower[c] == "to" for c in table.children[get]):
                return False
            return table.doc[get].tag_ in _PAST_TAGS and not verb_time(table, word).proposed
    if table.pos[word] != "VERB" or table.doc[word].tag_ not in _PAST_TAGS:
        return False
    return not verb_time(table, word).proposed


#: Dependencies of a verb whose negation reaches the verb under it: "could *not* see herself *supporting* her",
#: "does *not* plan *to back* him".
_NEGATION_REACHES: Final = frozenset({"xcomp", "ccomp", "pcomp"})


def _negated_word(table: TokenTable, word: int) -> bool:
    """A negator or a negating adverb on ``word`` or on a verb it is the complement of ("will *not* vote for
    him", "*never* backed the plan", "could *not* see herself *supporting* her"), or "without" above it ("a
    way to take part *without supporting* him")."""
    dep, lower, head = table.dep, table.lower, table.head
    i = word
    for _ in range(3):
        if any(dep[c] == "neg" or (lower[c] in _NEGATING_ADVERBS and dep[c] == "advmod") for c in table.children[i]):
            return True
        if dep[i] not in _NEGATION_REACHES or head[i] == i:
            return False
        if dep[i] == "pcomp" and lower[head[i]] == "without":
            return True
        i = head[i]
    return False


#: Stance sources of :func:`decide_stance` where the act, or what the content does to the target
#: (:func:`target_relation`), fixes the stance: the fitted stance model (:mod:`claimex.pipeline.claim_model`)
#: leaves these alone.
ACT_FIXED_STANCE: Final = frozenset({"act", "redress", "relation", "observer", "action", "quality", "mood",
                                     "bystander", "count", "own_exit", "spared_sanction"})
#: Act rules whose statement takes no side toward its target (issue 15's act35 round, after its blind judging):
#: "the timing *was unrelated* to the vote" denies a link, and neither the timing nor the vote is opposed; the
#: stance model, which reads a denial as opposition, is not asked.
STANCELESS_RULES: Final = frozenset({"no_connection", "instrument_finding"})

#: The nouns of a gathered instrument that reports what it found (:func:`instrument_speaker`): the nouns of
#: ``quotes.cues.survey_finding`` (:data:`~claimex.lexicons.SURVEY_NOUNS`) but "figure" and "number", said of
#: people too ("party *figures* said", "a *number* of voters said").
INSTRUMENT_NOUNS: Final = lx.SURVEY_NOUNS - {"figure", "number"}


def instrument_speaker(table: TokenTable, mention: int | None) -> bool:
    """The claim's speaker is an instrument, not a person: the head of its speaker mention is a noun of
    :data:`INSTRUMENT_NOUNS` ("a new *poll* showed", "according to the *survey*", "exit *polls* found", "the
    *data* show"). A share of its respondents is a speaker of its own ("*one* in four voters in the poll said",
    "*most* of those surveyed said": the head is the share)."""
    return (mention is not None and 0 <= mention < table.n and table.pos[mention] != "PRON"
            and table.lemma[mention].lower() in INSTRUMENT_NOUNS)


def instrument_finding(table: TokenTable, mention: int | None, act: str, act_rule: str,
                       claim_type: str) -> bool:
    """Rule "instrument_finding" (issue 15's poll59 round): what a poll, survey, study or count reports
    (:func:`instrument_speaker`) is its finding, an assertion that takes no side (stance neutral:
    :data:`STANCELESS_RULES`), whatever the finding's words would make of a person's statement: "a poll showed
    *59 percent disapprove of the governor*" accuses no one and opposes no one, "the survey found *the senator
    would beat her rival*" is no forecast of the poll's own, "the poll found *voters trust her more*" backs no
    one. Kept: an act its cue's own verb says (:data:`VERB_RULES`: "the survey *asks whether* ...", "polls
    *predict* ..."), a denial (a count that shows a claim false disputes it), and a direct quote given as the
    poll's (the respondents' own demand or judgement in their words). A finding that quotes a phrase of the
    question (a mixed claim: "37 percent say he is *"very responsible"*") is the poll's finding still."""
    return (act != lx.DENY and act_rule not in VERB_RULES and claim_type != "direct"
            and instrument_speaker(table, mention))


#: Verbs of what a demand wishes someone to have or be given: their subject is the demand's beneficiary,
#: not the one asked to act ("the residents should *have* a say", "workers must *get* a raise").
BENEFIT_VERBS: Final = frozenset({"have", "get", "receive", "deserve", "be", "keep", "gain", "win", "obtain",
                                  "enjoy", "remain"})


#: What a common noun names (:func:`claimex.lexical.noun_kind`) when it can be asked to act: people.
_PEOPLE_KINDS: Final = frozenset({"person", "group"})


def addressee(st: Statement, target: int) -> bool:
    """The target of a demand is the one it asks to act, not what it asks for (rule "addressee"): the
    object of the asking cue ("asked *the network* to donate the profits", "called on *the spouse* to
    organise the events") or the subject of an obligation to act ("*all countries* must recognise the
    risk"). Asking someone to act says nothing of them: the stance toward them is read from the content,
    like an assertion's, not given by the act. Not the beneficiary of a wish ("*the residents* should have
    a say": :data:`BENEFIT_VERBS`), nor a redress or a sanction, which oppose (read before). Since issue 15's
    sixteenth round the one asked may be any common noun of people (:func:`claimex.lexical.noun_kind`: "*the
    volunteers* should stay in their seats"), not only a name or a role noun; a thing that must happen ("the
    bill must pass") is still what the demand supports. Since issue 15's stance23 round also the subject of
    the clause an asking cue asks for ("demanded that *the candidates* address the costs"), the object of
    "called *on*" ("called on *the commissioners* to reopen the library") and the subject of "for ... to" ("a
    clear need for *Congress* to act": :func:`_asked_action`), and the subject of a "be" that asks a conduct
    ("*the country* must be strong": :func:`_conduct`)."""
    table = st.table
    if is_first_person(table, target) or not (is_agent(table, target) or (
            table.pos[target] == "NOUN" and lexical.noun_kind(table.lemma[target]) in _PEOPLE_KINDS)):
        return False
    dep, head = table.dep[target], table.head[target]
    if dep == "nsubj" and head in st.preds and is_obligation(table, head):
        return _not_benefit(table, head)
    if dep == "nsubj" and _asked_action(st, head):  # "demanded that *the candidates* address ..."
        return True
    if _asked_within(st, target):  # "'I urge *the council* to act,' she said"
        return True
    if st.cue is None or dep not in ("dobj", "dative", "pobj"):
        return False
    if dep == "pobj":  # "called on *the commissioners* to reopen the library"
        if table.lower[head] != "on" or table.head[head] != st.cue:
            return False
        head = st.cue
    if head != st.cue:
        return False
    asked = [c for c in table.children[st.cue] if table.dep[c] in ("xcomp", "ccomp")]
    return not any(table.lemma[v] in BENEFIT_VERBS and not _kept_going(table, v) for v in asked)


def _asked_within(st: Statement, target: int) -> bool:
    """Rule ``asked_within`` (issue 15's stance56 round, read by :func:`addressee`): the target is the object of a
    verb of asking inside the content (:data:`~claimex.lexicons.DIRECTIVE_CUES`) that has an infinitive of the
    action asked: "'I strongly *urge the government to* release the files,' he said", "we are *asking all
    the candidates to* sign the pledge". The one asked is the addressee as the object of the cue is ("urged the
    board to ..."); not where the asked verb is a benefit ("asked *him to have* a say": :data:`BENEFIT_VERBS`)."""
    table = st.table
    if table.dep[target] != "dobj":
        return False
    verb = table.head[target]
    if verb == st.cue or verb not in st.inside or table.lemma[verb] not in lx.DIRECTIVE_CUES:
        return False
    asked = [c for c in table.children[verb] if table.dep[c] == "xcomp" and table.pos[c] in ("VERB", "AUX")]
    return bool(asked) and all(table.lemma[v] not in BENEFIT_VERBS or _kept_going(table, v) for v in asked)


def _asked_action(st: Statement, verb: int) -> bool:
    """``verb`` is an action a demand asks of its subject (rule "addressee", issue 15's stance23 round): the
    clause an asking cue asks for ("demanded that the candidates *address* the costs"), or an infinitive with
    "for" ("a need for the county *to act*", "it is time for the council *to vote*"); not a benefit wished for
    (:data:`BENEFIT_VERBS`: "called for the workers *to get* a raise"), nor a passive."""
    table = st.table
    dep, children = table.dep, table.children
    if (table.lemma[verb] in BENEFIT_VERBS and not _kept_going(table, verb)) or any(
            dep[c] in ("auxpass", "nsubjpass") for c in children[verb]):
        return False
    if st.cue_act == lx.DEMAND and table.head[verb] == st.cue and dep[verb] in ("ccomp", "xcomp"):
        return True
    return (verb in st.content and any(dep[c] == "mark" and table.lower[c] == "for" for c in children[verb])
            and any(dep[c] == "aux" and table.lower[c] == "to" for c in children[verb]))


def _not_benefit(table: TokenTable, verb: int) -> bool:
    """``verb`` is no verb of a benefit wished for (:data:`BENEFIT_VERBS`: "the residents should *have* a
    say"); the "have" / "need" of an obligation is read through to its infinitive ("campaigners *have to*
    address the concerns" is no benefit, "the residents *need to get* a say" is)."""
    asked = [c for c in table.children[verb] if table.dep[c] == "xcomp"] if _must(table, verb) else []
    return all(table.lemma[v] not in BENEFIT_VERBS or _conduct(table, v) or _kept_going(table, v)
               for v in asked or [verb])


def _kept_going(table: TokenTable, verb: int) -> bool:
    """Rule ``kept_going`` (issue 15's stance56 round): a "keep" with a complement of what is kept so, or of what
    is kept up, is a deed asked of its subject, not a benefit wished for it (:data:`BENEFIT_VERBS`): "the next
    president must *keep the country safe*", "Congress has to *keep the government open*", "urged the players *to
    keep running*", "she will have to *keep the talks going*". A "keep" with an object alone ("the workers
    should *keep their jobs*") is still a benefit."""
    return table.lemma[verb] == "keep" and any(table.dep[c] in ("oprd", "xcomp", "ccomp", "acomp")
                                               for c in table.children[verb])


def _conduct(table: TokenTable, verb: int) -> bool:
    """A "be" that asks a conduct: an adjective of how to act ("the city must *be firm*", "the party
    should *be careful*"), not a state granted ("the workers should be *free* to organise")."""
    return table.lemma[verb] == "be" and any(table.dep[c] == "acomp" and table.pos[c] == "ADJ"
                                             and table.lemma[c] not in _GRANTED_STATES for c in table.children[verb])


#: Adjectives of a state one is granted rather than a way to act: "should be *free* to", "must be *safe*".
_GRANTED_STATES: Final = frozenset({"free", "safe", "able", "allowed", "eligible", "entitled", "protected", "welcome"})


def redress(st: Statement) -> bool:
    """A demand of redress holds its addressee at fault: "called on the senator *to take back* his
    words", "urged the others *to return* the money", "he should *resign*" (a main predicate of the
    content, or the verb the cue asks for, is one of :data:`~claimex.lexicons.REDRESS_VERBS`)."""
    table = st.table
    lemma, dep, lower, children = table.lemma, table.dep, table.lower, table.children
    asked = [c for c in children[st.cue] if dep[c] in ("xcomp", "ccomp")] if st.cue is not None else []
    first, last = (st.content[0], st.content[-1]) if st.content else (0, -1)
    for verb in (*st.preds, *asked):
        if lemma[verb] in lx.REDRESS_VERBS or (first <= verb <= last and redress_owed(table, verb)):
            return True
        particles = (lower[c] for c in children[verb] if dep[c] in {"prt", "advmod"})
        if any((lemma[verb], p) in lx.REDRESS_PHRASAL_VERBS for p in particles):
            return True
    return False


def redress_owed(table: TokenTable, verb: int) -> bool:
    """A redress asked in other words than a verb of redress (rule "redress_owed", issue 15's stance30 round):
    the verb's direct object is a noun of redress ("demanded that the club *make a public apology*", "the firm
    should *make amends*": :data:`~claimex.lexicons.REDRESS_NOUNS`), or the verb is a passive "held" that holds its
    subject to account ("the manager should *be held accountable*", "*be held to account* if he knew":
    :data:`~claimex.lexicons.ACCOUNTABLE_WORDS`, as its complement or the object of its "to"). Read only on a verb
    inside the content: "demanded that the coach *make an apology* or that *the owner fire him*" asks no redress of
    the owner."""
    dep, lower, children = table.dep, table.lower, table.children
    kids = children[verb]
    if any(dep[c] == "dobj" and lower[c] in lx.REDRESS_NOUNS for c in kids):
        return True
    if table.lemma[verb] != "hold" or not any(dep[c] == "auxpass" for c in kids):
        return False
    for c in kids:
        if dep[c] in ("oprd", "acomp") and lower[c] in lx.ACCOUNTABLE_WORDS:
            return True
        if dep[c] == "prep" and lower[c] == "to" and any(
                dep[g] == "pobj" and lower[g] in lx.ACCOUNTABLE_WORDS for g in children[c]):
            return True
    return False


def sanction(st: Statement) -> bool:
    """A demand of a sanction or a measure against someone opposes them (rule "sanction"): "called for
    *the impeachment of* the attorney general", "demanded *her ouster*", "asked the court *to depose*
    the former secretary", "Mexico must *rebut* his claims". The demanded action is a main predicate of
    the content, a root of the content (a bare noun phrase), or what the cue asks for (its clause, its
    object, or the object of its "for"), with a lemma in :data:`~claimex.lexicons.SANCTION_WORDS`."""
    lemma = st.table.lemma
    return any(lemma[i] in lx.SANCTION_WORDS for i in (*st.preds, *_asked_for(st)))


def _asked_for(st: Statement) -> list[int]:
    """What a demand asks for, as :func:`sanction` reads it: the first three roots of the content (a bare noun
    phrase: "called for *the impeachment* of ..."), then what the cue asks for (its clause, its object, the
    object of its "for")."""
    table = st.table
    dep, head, children = table.dep, table.head, table.children
    content = st.content
    if not content:
        return []
    first, last = content[0], content[-1]
    asked: list[int] = []
    if st.cue is not None:
        for c in children[st.cue]:
            if dep[c] in ("xcomp", "ccomp", "dobj"):
                asked.append(c)
            elif dep[c] == "prep" and table.lower[c] == "for":
                asked += [g for g in children[c] if dep[g] == "pobj"]
    roots = [i for i in content if not first <= head[i] <= last or head[i] == i]
    return [*roots[:3], *asked]


def sanction_itself(st: Statement, target: int) -> bool:
    """Rule ``sanction_itself`` (issue 15's stance57 round): the target is the sanction the demand asks for, a
    noun of :data:`~claimex.lexicons.SANCTION_WORDS` that is what the cue asks for or a root of the content
    ("called for *an* airline *boycott*", "demanded *the resignation* of the chief", "called for *the deportation*
    of convicted foreigners"). The demand backs the measure it asks for, as it backs "*a ban* on imports" or
    "*an inquiry*"; :func:`sanction` opposes the one the measure is taken against, where the target names them
    ("called for *her* ouster", "the impeachment of *the attorney general*"). Not where the sanction's own phrase
    names them by a possessive or an "of" object that is a person or organisation (:func:`is_agent`): "called
    for *her ouster*", "*the impeachment of* the attorney general" are against the one named, as the training
    readers read them. A measure to stop, reverse or not take is read before (:func:`is_cessation_of`,
    :attr:`Statement.negative`, :func:`warned_against`)."""
    table = st.table
    if table.lemma[target] not in lx.SANCTION_WORDS or table.pos[target] != "NOUN" or target not in _asked_for(st):
        return False
    dep, children = table.dep, table.children
    for c in children[target]:
        if dep[c] == "poss":
            return False
        if dep[c] == "prep" and table.lower[c] == "of" and any(
                dep[g] == "pobj" and is_agent(table, g) for g in children[c]):
            return False
    return True


def self_report(st: Statement, *, lead: bool = False) -> bool:
    """A party reporting its own action: "The US says *it* has carried out air strikes", "*we* took
    action". With ``lead``, only the lead clause counts (the first main predicate and its conjuncts, as
    for polarity), and a belief verb with a clause under it is no action ("*I think* he is lost", "*I
    guess* I will slow down": an opinion, not a report of what the speaker did)."""
    table = st.table
    dep, pos, lower = table.dep, table.pos, table.lower
    preds = st.preds
    if lead and preds:
        first = min(preds)
        preds = [p for p in preds if p == first or (dep[p] == "conj" and table.head[p] == first)]
    for pred in preds:
        subj = subject(table, pred)
        if subj is None or pos[pred] != "VERB":
            continue
        if lead and table.lemma[pred] in lx.NEG_RAISING_VERBS and any(
                dep[c] in ("ccomp", "xcomp") for c in table.children[pred]):
            continue
        if pos[subj] == "PRON" and lower[subj] in ("i", "we"):
            return True
        if lower[subj] in {"we", "i", "it"} and st.cue is not None and dep[subj] == "nsubj":
            speaker = subject(table, st.cue)
            if speaker is not None and (table.ent_type[speaker] in ("GPE", "ORG", "NORP") or lower[speaker] == "it"):
                return True
    return False


#: Relations of a clause that is the subject of a predicate (rule "action_stance"), as
#: :func:`claimex.pipeline.targets.clause_topic` reads them (the small model takes some gerunds for nouns).
_ACTION_SUBJECTS: Final = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass"})
#: Dependents of a predicate that carry what it says of its subject (rule "action_stance"): "is *a disgrace*",
#: "would *help families*", "was *not* a *good* idea"; relative and adverbial clauses, which say something of
#: something else ("a positive step *if he wins*"), are not read, nor the predicate's own adverbs, which say how
#: sure the speaker is ("is *definitely* a warning sign") and whose negation :func:`_sign` reads.
_PREDICATE_PARTS: Final = frozenset({"acomp", "attr", "dobj", "oprd", "xcomp", "ccomp", "prep", "dative"})
_UNREAD_CLAUSES: Final = frozenset({"relcl", "advcl", "acl", "parataxis"})


def action_stance(st: Statement, target: int | None) -> tuple[str, str] | None:
    """The stance toward an action the target names by a clause (rule "action_stance", issue 15's stance26
    round; source "action"): the evaluation the statement gives the action. For the subject of a predicate
    (:func:`claimex.pipeline.targets.clause_topic`), the evaluation of the predicate and its complements, and
    of the predicates joined to it that share its subject: the evaluation lexicon with its negation and
    reversing verbs ("*cutting the program* is a *disgrace*" oppose, "would *help* families" support, "is *not* a
    *good* idea" oppose), a word of priority (:data:`~claimex.lexicons.ACTION_PRIORITY_WORDS`: "should be a
    *priority*" support), an adjective of acceptance the lexicon leaves unscored
    (:data:`~claimex.lexicons.ACTION_APPROVING_WORDS`: "is *fine*";
    :data:`~claimex.lexicons.ACTION_DISAPPROVING_WORDS`: "would be *counterproductive*"), a harm done
    (:data:`~claimex.lexicons.ACTION_HARMING_VERBS`: "would *cost* jobs" oppose; not a price, "can cost $2
    million") or made possible (:data:`~claimex.lexicons.ACTION_ENABLING_VERBS`);
    neutral where the predicate describes without evaluating ("is *tough*", "means cutting costs", "is an open
    process": :data:`~claimex.lexicons.ACTION_DIFFICULTY_WORDS` are no evaluation); what a noun of stopping ends
    is reversed ("is a *suspension of* good sense" oppose). For a "to" clause an
    expletive "it" stands for, the predicate before it ("*it* would be a *mistake* to close the clinic" oppose).
    For a gerund object, the verb of position ("*opposes* raising the age" oppose, "*supports* lowering it"
    support; negated the other way), else None. None when the target is no clause."""
    if target is None or not st.content:
        return None
    table = st.table
    dep, head, children, lemma = table.dep, table.head, table.children, table.lemma
    if table.pos[target] not in ("VERB", "AUX") or not st.content[0] <= target <= st.content[-1]:
        return None
    tag = table.doc[target].tag_
    infinitive = is_to_infinitive(table, target)
    if tag != "VBG" and not infinitive:
        return None
    up = head[target]
    if tag == "VBG" and dep[target] in ("dobj", "xcomp", "pcomp"):  # "she opposes *raising* the age"
        verb = head[up] if dep[target] == "pcomp" else up
        kind = ("oppose" if lemma[verb] in lx.TARGET_OPPOSING_WORDS or lemma[verb] in lx.EVALUATION_REVERSERS
                else "support" if lemma[verb] in lx.TARGET_BACKING_WORDS else None)
        if kind is None or verb == target:
            return None
        if _negated_word(table, verb):
            kind = "support" if kind == "oppose" else "oppose"
        return kind, "action"
    if dep[target] in _ACTION_SUBJECTS and up != target:
        pred = up
    elif infinitive and dep[target] in ("xcomp", "ccomp", "acl", "relcl"):  # "it would be a mistake *to close*"
        pred = head[up] if dep[target] in ("acl", "relcl") and dep[up] in ("attr", "acomp") else up
        if not any(dep[c] in ("nsubj", "expl") and table.lower[c] == "it" for c in children[pred]):
            return None
    else:
        return None
    score = _action_evaluation(st, pred, frozenset(table.subtree(target)))
    if score <= -EVALUATION_THRESHOLD:
        return "oppose", "action"
    if score >= EVALUATION_THRESHOLD:
        return "support", "action"
    return "neutral", "action"


def _action_evaluation(st: Statement, pred: int, clause: frozenset[int]) -> float:
    """The summed evaluation that the predicate ``pred`` and the predicates joined to it with no subject of their
    own give their subject, the action ``clause`` (:func:`action_stance`)."""
    table = st.table
    dep, children, lemma, ent = table.dep, table.children, table.lemma, table.ent_type
    first, last = st.content[0], st.content[-1]
    preds = [pred] + [c for c in children[pred] if dep[c] == "conj" and table.pos[c] in _PREDICATE_POS
                      and not any(dep[g] in ("nsubj", "nsubjpass", "expl") for g in children[c])]
    vals = st.valences
    score = 0.0
    for p in preds:
        words = [p]
        stack = [c for c in children[p] if dep[c] in _PREDICATE_PARTS]
        while stack:
            i = stack.pop()
            if i in clause or not first <= i <= last:
                continue
            words.append(i)
            stack += [c for c in children[i] if dep[c] not in _UNREAD_CLAUSES]
        objects = [i for i in words if dep[i] == "dobj" and table.head[i] == p]
        if lemma[p] in lx.ACTION_HARMING_VERBS and not any(ent[i] == "MONEY" for o in objects
                                                           for i in table.subtree(o)):
            harm = sum(vals.get(i, 0.0) for o in objects for i in table.subtree(o))
            # "would *cost* jobs" opposes, "would *limit* abuse" (a harm to something bad) supports
            score += (2.0 if harm < 0 else -2.0) * _sign(table, p)
            continue
        if lemma[p] in lx.ACTION_ENABLING_VERBS:
            score += 2.0 * _sign(table, p)  # "will *allow* me to pay the rent"
        for i in words:
            if lemma[i] in lx.ACTION_PRIORITY_WORDS:
                score += 2.0 * _sign(table, i)  # "should be a *priority*"
            elif table.pos[i] == "ADJ" and (lemma[i] in lx.ACTION_APPROVING_WORDS
                                            or lemma[i] in lx.ACTION_DISAPPROVING_WORDS):
                score += (2.0 if lemma[i] in lx.ACTION_APPROVING_WORDS else -2.0) * _sign(table, i)  # "is *fine*"
            elif not (lemma[i] in lx.ACTION_DIFFICULTY_WORDS and dep[i] == "acomp"):
                score += vals.get(i, 0.0) * (-1 if _ended(table, i) else 1)
    return score


def _ended(table: TokenTable, i: int) -> bool:
    """``i`` is what a noun of stopping ends (:data:`~claimex.lexicons.CESSATION_WORDS`): "is a *suspension of*
    good sense", "would be *the end of* fair elections" (:func:`_action_evaluation`)."""
    head = table.head
    noun = head[i] if table.dep[i] == "amod" else i  # "the end of *fair* elections": the noun it qualifies
    prep = head[noun]
    return (table.dep[noun] == "pobj" and table.lower[prep] == "of" and table.pos[head[prep]] == "NOUN"
            and table.lemma[head[prep]] in lx.CESSATION_WORDS)


#: The words the twelfth act round's rules look for before reading the parse; the claims stage reads them
#: with its other word lists into :attr:`Statement.terms`. Since issue 15's speed57 round also the words of
#: :func:`satisfaction_voiced` and :func:`privative_fault`, which scanned every word of every content for them
#: and now read the content only when the terms hold one (rule "term_gated_scans"; the first in
#: :data:`RULE_GATES` too). Since issue 15's speed59 round also the future auxiliaries and "if" of :func:`prediction`
#: (rule "future_terms"), which no other reader of the terms asks for.
PREFILTER_TERMS: Final = (_REPROACHING | _NECESSARY | _MISCONDUCT_LEMMAS | _ADMITTING_TERMS | _GATE_WORDS
                           | _CRITICISING | _READY | _DISBELIEF_VERBS | _CALLING | lx.PRESCRIBING_WORDS
                           | _NEED | _LINK_GATE | lx.EVIDENCE_NOUNS | lx.BLAME_WORDS | _JOB
                           | _WONDERING | _COURSE_NOUNS | _PAUSE | lx.PARTIALITY_VERBS | _UNDERSTANDING_TERMS
                           | _HARM_TERMS | _DUTY_TERMS | _INSULT_VERBS | _QUALITIES | lx.OFFICE_QUALITIES
                           | lx.CHOICE_NOUNS | _ESTEEM_PARTICIPLES | _ANYTHING_WORDS | _FAILING_WORDS
                           | lx.SATISFACTION_WORDS | lx.PRIVATIVE_PREDICATES | _ENEMY_TERMS | _FUTURE_OR_IF
                           | _RIGHT_MARKS | _SEEING | _BETTER | _MORAL_REJECTION | _SPARED_SANCTIONS)


#: Verbs of admitting or bearing something that a refusal turns against their object (rule "refused_admission",
#: issue 15's stance66 round): "we *will not allow* the governor to win", "the city *would never tolerate* the
#: levy", "Mexico *will not pay for* the wall". Only refused (negated, or under "refuse"); done, they back nothing.
REFUSED_ADMISSION_VERBS: Final = frozenset({"allow", "accept", "tolerate", "permit", "let", "pay"})
#: Verbs of admitting whose clause's subject is the one admitted ("will not *let* the council sell the park").
_ALLOWING: Final = frozenset({"allow", "permit", "let"})
#: Verbs of refusing whose infinitive is refused as a negated verb is ("*refused to accept* the ruling").
_REFUSING_VERBS: Final = frozenset({"refuse", "decline"})
#: Modals of a refusal ("we *will* not allow", "*would* not pay", "*can* not accept"); "did not allow" reports a deed.
_REFUSAL_MODALS: Final = frozenset({"will", "would", "shall", "can", "could", "wo", "ca"})
#: Negating words of a refused verb ("not", "n't", "never").
_REFUSAL_NEGATIONS: Final = frozenset({"not", "n't", "never"})


def refused_admission(st: Statement, target: int | None) -> bool:
    """Rule "refused_admission" (issue 15's stance66 round): the target is the object (a "for" object for "pay")
    of a verb of admitting (:data:`REFUSED_ADMISSION_VERBS`) that is refused, negated inside the content ("we
    *will not allow Mr. Hale* to win", "the county *would never accept the pipeline*", "Mexico *would not pay
    for the wall*") or the infinitive of "refuse" / "decline" ("*refused to accept the ruling*"): the speaker
    opposes it. Also the subject of a clause the verb would allow ("will not allow *Mr. Hale* to become
    mayor", "will never *let the council* sell the park"), and the one whose deed, by "by" or "of", is refused
    ("would not accept *any declaration by the party*"). Not done ("she *accepted* the award", "did not allow")."""
    if target is None or not st.content:
        return False
    table = st.table
    head, dep, lemma, lower = table.head, table.dep, table.lemma, table.lower
    first, last = st.content[0], st.content[-1]
    i = target
    for _ in range(3):  # "Mr. Smith's plan" -> plan; "the wall" -> wall; a compound to its head
        if dep[i] in ("poss", "compound", "amod", "det") and head[i] != i:
            i = head[i]
        else:
            break
    prep = head[i]  # "any declaration *by* the governor": the refused thing the target made or owns
    if dep[i] == "pobj" and lower[prep] in ("by", "of") and dep[prep] == "prep" and dep[head[prep]] == "dobj":
        i = head[prep]
    verb: int | None = None
    if dep[i] == "dobj" and lemma[head[i]] != "pay":
        verb = head[i]
    elif dep[i] == "pobj" and lower[head[i]] == "for" and dep[head[i]] == "prep":
        verb = head[head[i]]  # "pay for the wall"; "pay" with a direct object pays someone or a sum
        if lemma[verb] != "pay":
            return False
    elif dep[i] == "nsubj" and dep[head[i]] in ("ccomp", "xcomp") and lemma[head[head[i]]] in _ALLOWING:
        verb = head[head[i]]  # "will not allow Mr. Hale to become mayor"
    if verb is None or not first <= verb <= last or lemma[verb] not in REFUSED_ADMISSION_VERBS:
        return False
    if table.pos[verb] != "VERB" or dep[verb] == "relcl":
        return False
    kids = table.children[verb]
    if any(dep[c] == "neg" and lower[c] in _REFUSAL_NEGATIONS for c in kids):  # a refusal, not a report of
        return any(lower[c] == "never" or (dep[c] == "aux" and lemma[c] in _REFUSAL_MODALS) for c in kids)
    return dep[verb] == "xcomp" and lemma[head[verb]] in _REFUSING_VERBS and first <= head[verb] <= last
