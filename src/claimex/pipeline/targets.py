"""The target of a claim: what it is about, chosen among the content's noun phrases by a fitted ranker.

The rules of :mod:`claimex.pipeline.acts` propose one target (:func:`rule_target`: the agent a rule
judged, the object of the act verb, the first agent, the content's event, subject or object; resolved to
a speaker entity, and a self-report read as what it reports). The ranker reads that proposal as one
feature among others of every candidate noun phrase of the statement (:func:`candidates`): its
syntactic role and depth relative to the content's main predicates, its entity label, whether it
resolves to a speaker entity of the article (the speaker or another) or a name, how often the noun
occurs in the document and how often the entity it resolves to is mentioned, times, amounts, settings
and light nouns, its place in the content. Noun phrases of the cue's sentence outside the content can
be candidates too (:func:`outside_candidates`: "*asked about the governor*, she said"; "*attacked
Clinton's plan*, saying" while :data:`OUTSIDE_HOSTS`), with a feature of where they come from (:data:`OUTSIDE`,
on since issue 15's twentieth target round, at 5-8% of the stage's cost). An "it" among
the first candidates brings the noun it stands for, outside the statement, as a candidate of its own
(:func:`thing_antecedent`: "he filed *his financial statement*, saying *it* set a new standard"). Each
candidate's score is the sum of the weights of its features (a pairwise logistic regression, fitted by
``scripts/fit_target_weights.py`` on blind readings of PolNeAR articles and shipped as
``weights/target.v1.json``); the best-scoring candidate is the target, resolved to an entity
(:func:`claimex.pipeline.acts.resolve_target`). A candidate is resolved only when it may win
(:func:`_best`); a noun the cue says the statement is about ("said *of* Mr. Smith") comes first. A
statement with no candidate at all is about the subject its predicate is said of, or the one of the
sentence it replies to (:func:`taken_up`: "'*The plan* is working,' the aide wrote. 'So far so good,' the
mayor replied").

Everything works on token indices of the document's :class:`~claimex.pipeline.tokens.TokenTable`;
the weights are read with the standard library only.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter
from typing import Any, Final

from .. import lexical, syntax
from .. import lexicons as lx
from ..io import read_linear_weights, read_weights_json
from ..names import forename_gender, name_gender
from . import acts
from .acts import Statement
from .mentions import MentionIndex, speaker_index
from .speakers import is_person_noun
from .tokens import TokenTable

#: The packaged weights of the target ranker (``claimex/weights/target.v1.json``).
DEFAULT_WEIGHTS: Final = "target.v1"
#: Parts of speech of a candidate's head.
_HEAD_POS: Final = frozenset({"NOUN", "PROPN", "PRON"})
#: Pronouns that can stand for what a claim is about (wh-words and "that" cannot).
_CANDIDATE_PRONOUNS: Final = lx.FIRST_PERSON | frozenset({
    "he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "this", "these", "those",
    "you", "your", "himself", "herself", "themselves", "itself"})
_ARTICLES: Final = frozenset({"the", "a", "an"})
#: Parts of speech of the words whose lemmas are counted in a document (:func:`_frequencies`).
_COUNTED_POS: Final = frozenset({"NOUN", "PROPN"})
#: Entity labels of times and amounts: the circumstances of what is said, seldom what it is about.
_AMOUNT_ENTS: Final = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_DEP_BUCKETS: Final[Mapping[str, str]] = {
    "nsubj": "subj", "csubj": "subj", "nsubjpass": "subjpass", "dobj": "obj", "dative": "obj", "pobj": "pobj",
    "poss": "poss", "attr": "attr", "oprd": "attr", "appos": "appos", "conj": "conj", "npadvmod": "adv",
    "compound": "compound",
}
#: At most this many candidates of the content are read (in text order), besides the rules' proposals.
MAX_CANDIDATES: Final = 5
#: The content's noun phrases after the first :data:`MAX_CANDIDATES` read as candidates too, each with the
#: feature :data:`LATER` (issue 15's twentieth target round: the readers' target was one of them for 78 of
#: the 266 training statements that had no right candidate).
LATER_CANDIDATES: Final = 5
#: The feature of a content candidate after the first :data:`MAX_CANDIDATES`.
LATER: Final = "later"
#: The feature of a light noun, never chosen while another candidate is there (:func:`eligible`).
LIGHT: Final = "light"
#: The feature of the noun the cue says the statement is about ("said *of* Mr. Smith"), chosen first.
SAID_ABOUT: Final = "said_about"
#: The feature of a pronoun read as nobody (no speaker entity, no name).
UNRESOLVED: Final = "pron=unresolved"


@dataclass(frozen=True, slots=True)
class TargetModel:
    """A linear scorer over candidate features: ``intercept + sum(weights[f])``."""

    version: str
    intercept: float
    weights: Mapping[str, float]

    def score(self, features: Sequence[str]) -> float:
        # ``map`` over the features and endless defaults: the look-ups run in C, summed in the same order
        return self.intercept + sum(map(self.weights.get, features, _NO_WEIGHT))

    @property
    def entity_bound(self) -> float:
        """The most the features of whom a candidate stands for (:func:`add_entity_features`) can add
        to its score: a candidate whose other features score this much below
        the best resolved one cannot win, and is not resolved (:func:`choose`)."""
        bound = _ENTITY_BOUNDS.get(id(self))
        if bound is None or bound[0] is not self:
            get = self.weights.get
            salience = max(0.0, *(get(f, 0.0) for f in _SALIENCE))
            other = get("entity=other", 0.0) + max(0.0, get(THING_SPEAKER, 0.0))
            named = max(other, get("named", 0.0)) + salience
            bound = (self, max(0.0, get("entity=self", 0.0), get(UNRESOLVED, 0.0), named) + _SLACK)
            _ENTITY_BOUNDS[id(self)] = bound
        return bound[1]

    @property
    def thing_bound(self) -> float:
        """The most the features of whom a thing pronoun ("it", "they": :data:`THING_PRONOUNS`) stands for can
        add: it is read as the claim's own speaker, as another speaker entity (with
        :data:`THING_SPEAKER`), or as nobody, never as a name (:func:`claimex.pipeline.acts.resolve_target`)."""
        bound = _THING_BOUNDS.get(id(self))
        if bound is None or bound[0] is not self:
            get = self.weights.get
            salience = max(0.0, *(get(f, 0.0) for f in _SALIENCE))
            other = get("entity=other", 0.0) + salience + get(THING_SPEAKER, 0.0)
            bound = (self, max(get("entity=self", 0.0), get(UNRESOLVED, 0.0), other) + _SLACK)
            _THING_BOUNDS[id(self)] = bound
        return bound[1]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TargetModel:
        version, intercept, weights = read_linear_weights(data, "target")
        return cls(version=version, intercept=intercept, weights=weights)


#: The default weight of a feature the model does not know, for every feature (:meth:`TargetModel.score`).
_NO_WEIGHT: Final = repeat(0.0)
#: model id -> (model, :attr:`TargetModel.entity_bound`), read once per model.
_ENTITY_BOUNDS: dict[int, tuple[TargetModel, float]] = {}
#: model id -> (model, :attr:`TargetModel.thing_bound`), read once per model.
_THING_BOUNDS: dict[int, tuple[TargetModel, float]] = {}
#: Added to the bound, so that the rounding of a sum never prunes a candidate that ties.
_SLACK: Final = 1e-9


@lru_cache(maxsize=4)
def load_target_model(source: str = DEFAULT_WEIGHTS) -> TargetModel:
    """The target weights from a packaged name (``"target.v1"``) or a ``.json`` path (read once)."""
    return TargetModel.from_json(read_weights_json(source))


def target_weights_v1() -> TargetModel:
    """The packaged weights ``weights/target.v1.json`` (fitted on blind readings of PolNeAR articles);
    registered as ``claimex.target_weights.v1``."""
    return load_target_model(DEFAULT_WEIGHTS)


def target_weights_file_v1(path: str) -> TargetModel:
    """Target weights from a JSON file of the same shape as ``weights/target.v1.json``; registered as
    ``claimex.target_weights_file.v1``."""
    return load_target_model(path)


@dataclass(slots=True)
class Candidate:
    """One noun phrase the claim may be about: its head, the entity it resolves to and its features."""

    head: int
    entity: str | None
    name: str | None
    features: list[str]
    score: float = 0.0
    #: the entity is read and the features whom it stands for are among ``features``
    resolved: bool = True


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen target: its head token (None: no target), entity id, name, and the candidates read
    (those that could not win are left unresolved: ``resolved`` false, no entity features)."""

    head: int | None
    entity: str | None
    name: str | None
    candidates: tuple[Candidate, ...] = ()


@dataclass(slots=True)
class Trace:
    """The candidates of every statement read while it is set as :data:`TRACE`: each entry has the
    claim's ``content`` span and its ``candidates`` (``target`` span of the noun phrase by ``span_of``,
    ``target_entity``, ``target_name``, ``features``). ``scripts/fit_target_weights.py`` fits on them."""

    span_of: Callable[[TokenTable, int], tuple[int, int] | None]
    entries: list[dict[str, Any]] = field(default_factory=list)


#: When set, :func:`choose` records each statement's candidates in it.
TRACE: Trace | None = None


def rule_target(st: Statement, act: str, from_cue: bool, speakers: Sequence[Mapping[str, Any]],
                about: Mapping[str, Any]) -> tuple[int | None, str | None, str | None]:
    """The rules' target (:func:`claimex.pipeline.acts.choose_target`), resolved to an entity; a target
    that is the speaker in a self-report gives way to what the speaker reports on."""
    root = acts.choose_target(st, act, from_cue)
    if root is None:
        return None, None, None
    entity, name = _resolve(st, act, root, speakers, about)
    if entity is not None and entity == about.get("speaker"):
        reported = acts.reported_object(st, root)
        if reported is not None:  # a self-report is about what it reports, not about its speaker
            root = reported
            entity, name = _resolve(st, act, root, speakers, about)
    return root, entity, name


def _resolve(st: Statement, act: str, i: int, speakers: Sequence[Mapping[str, Any]],
             about: Mapping[str, Any], reported_words: bool = False) -> tuple[str | None, str | None]:
    """The entity and name token ``i`` stands for. With ``reported_words`` (the chosen target's name) a
    pronoun in the reported words of a mixed quote, outside its quotation marks, is read as in indirect
    speech ("*Ryan* said *he* was 'very encouraged'" is Ryan); the candidates are ranked without it, as
    the weights were fitted."""
    if st.table.pos[i] != "PRON":  # the speaker's pronoun ("self") concerns pronouns only
        entity, name = acts.resolve_target(st.table, i, speakers, about)
        if entity is not None:
            written = other_forename(st.table, i, entity, speakers)
            if written is not None:  # "Bill Clinton" is not the Hillary Clinton named before
                return None, written
        elif name:
            name = body_name(st.table, name, i)
        return entity, name
    own = (act != lx.ACCUSE or accuser_self(st, i)) and acts.reported_self(
        st, i, reported_words=reported_words, own_forms=True)
    if own and not _agrees(st.table.lower[i], about.get("speaker"), speakers):
        own = False
    claim = {**about, "self": own}
    entity, name = acts.resolve_target(st.table, i, speakers, claim)
    if not own and st.table.lower[i] in lx.PLURAL_PRONOUNS and _asks_people(name):
        return None, None  # "56 percent said *they* ...": the people a poll asked, not the poll
    if entity is None and name:
        name = body_name(st.table, name)
    return entity, name


def accuser_self(st: Statement, i: int) -> bool:
    """In an accusation too, the subject pronoun of reported speech stands for the speaker where no other
    person is named in its sentence before it (rule "accuser_self", issue 15's thirty-second target round):
    "*Dana Webb* wrote that *she* had warned the board and accused the treasurer of hiding the debts" is Webb's
    own, not the person named last; a speaker who accuses speaks of himself as often as of the accused. "Marsh
    faulted *Lind*, and Okafor said *he* ..." is left to the nearest person, as before (nobody accuses
    themself), and so is the subject of a copula that judges it ("Lane said *he* is a reckless man") and a
    pronoun before the speaker's mention ("'*He* has misled every voter,' Lane said"). Whether the pronoun is
    the speaker's at all is :func:`claimex.pipeline.acts.reported_self`'s to say.

    Known misreadings, left because their fixes were judged worse on real news (issue 15's review of the
    round): a man or woman named in the sentence before who is the one accused ("Lind voted no. Mayor Okafor
    said *his* office ..." reads the mayor's office); a speaker reached through a relative or participle cue
    ("Webb, *who* wrote that she ...") is not read."""
    table = st.table
    speaker = acts.subject(table, st.cue) if st.cue is not None else None
    pred = table.head[i] if table.dep[i] != "poss" else table.head[table.head[i]]
    if speaker is None or speaker > i or (table.lemma[pred] == "be" and any(
            table.dep[c] in ("attr", "acomp") for c in table.children[pred])):
        return False  # "Lane said *he* is a reckless man": what is judged is the accused, not the speaker
    first = table.left_edge(speaker)
    start, _ = table.sentence_bounds(i)
    return not any(table.ent_type[k] == "PERSON" and not first <= k <= speaker for k in range(start, i))


def body_name(table: TokenTable, name: str, i: int | None = None) -> str:
    """``name`` (the longest of the article's names that contains the one written at ``i``, or the name a
    pronoun was read as) as the article's body writes it (rule "headline_name", issue 15's twenty-first
    target round): a name found in the headline alone, for a word of the body, has a word of the headline
    run into it ("Hillary Clinton *Wins*", "Donald Trump *Picks*"), so the name is the longest run of its
    words that the body has and that holds the word ``i`` ("Hillary Clinton", else "Clinton", else the word
    itself); else ``name``."""
    text = table.text
    cut = _headline_end(table)
    if (cut < 0 or (i is not None and table.idx[i] < cut) or text.find(name, cut) >= 0
            or text.find(name, 0, cut) < 0):
        return name
    words = name.split()
    word = table.doc[i].text if i is not None else None
    for size in range(len(words) - 1, 0, -1):  # the longest run of its words first, the first of equals
        for start in range(len(words) - size + 1):
            run = words[start:start + size]
            if (word is None or word in run) and (part := " ".join(run)) in text[cut:]:
                return part
    return word or name


def _headline_end(table: TokenTable) -> int:
    """The character offset of the line break that ends the document's headline (:func:`_headline_words`),
    else -1."""
    cut = table.text.find("\n")
    return cut if cut >= 0 and bisect_left(table.idx, cut) <= _HEADLINE_TOKENS else -1


def other_forename(table: TokenTable, i: int, entity: str, speakers: Sequence[Mapping[str, Any]]) -> str | None:
    """The name written at ``i`` when its forename is of the other gender than the speaker entity
    ``entity``'s (rule "other_forename", issue 15's twenty-first target round): "*Bill* Clinton" read as
    the entity "Hillary Clinton" through its alias "Clinton" is someone else of the family ("Ivana Trump"
    is not Donald J. Trump); else None. The forename is the first word of the person's name ``i`` ends,
    after a title ("Sen. Bernie Sanders"). Forenames of one gender are left alone: "Pete" and "Peter",
    "Chuck" and "Charles" name one man (a forename the lexicon does not know, "Dena Grayson" against Alan
    Grayson, is left alone too)."""
    doc = table.doc
    if table.ent_type[i] != "PERSON" or doc[i].ent_iob_ != "I":
        return None
    first = i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    lower = table.lower
    while first < i and (lower[first].rstrip(".") in lx.TITLES or lower[first] in lx.ROLE_NOUNS):
        first += 1
    written = forename_gender(lower[first])
    if first == i or written is None or table.pos[first] != "PROPN":
        return None
    found = speaker_index(speakers).speaker(entity) if speakers else None
    own = name_gender(found.get("name")) if found is not None else None
    return table.span_text(first, i) if own is not None and own != written else None


#: Words of a speaker entity's name that make it a poll or a survey: the "they" of its sentences are the
#: people it asked.
_ASKING_NOUNS: Final = frozenset({"poll", "survey", "respondent", "questionnaire", "interview", "participant",
                                  "pollster", "sample"})


def _asks_people(name: str | None) -> bool:
    """Whether a speaker entity's name is a poll or survey ("the Monmouth poll", "an exit survey")."""
    return any(w in _ASKING_NOUNS for w in (name or "").lower().replace("-", " ").split())


#: Kinds of speaker entity that are no one person.
_GROUP_KINDS: Final = frozenset({"ORG", "GPE", "NORP"})


def _agrees(pronoun: str, speaker: str | None, speakers: Sequence[Mapping[str, Any]]) -> bool:
    """The speaker entity ``speaker`` may be what ``pronoun`` stands for: "he" / "she" no organisation,
    place or group (unless its forename or title names a person), and no one whose forename or title is
    of the other gender ("*Mrs. Clinton* said *he* had not done his homework" is someone else); "it" no
    person; "they" no one whose forename or title is named."""
    entity = speaker_index(speakers).speaker(speaker) if speakers else None
    if entity is None:
        return False
    kind = entity.get("kind")
    gender = name_gender(entity.get("name"))
    if pronoun in lx.NEUTER_PRONOUNS:
        return kind != "PERSON" and not gender
    if pronoun not in lx.SINGULAR_PERSON_PRONOUNS:  # "they": people or an organisation, not one man or woman
        return gender is None
    # a name the small model labels an organisation is a person still when its forename or title says so
    return (kind not in _GROUP_KINDS or gender is not None) and gender != lx.PRONOUN_OTHER_GENDER.get(pronoun)


def choose(st: Statement, act: str, from_cue: bool, speakers: Sequence[Mapping[str, Any]],
           about: Mapping[str, Any], model: TargetModel | None = None) -> Choice:
    """The target of a statement: the noun the cue says it is about ("she said *of Mr. Smith*",
    :func:`said_about`), else the best-scoring candidate under ``model`` (default: the packaged
    weights); with no candidate, the rules' target, else what the statement takes up (:func:`taken_up`).
    First, a direct quote whose main subject is "you" is about the one its cue says it to
    (:func:`addressed_you`: "'You have misled us,' Ward told *Hale*"); not a demand, which is about what it asks
    for ("'You must close *the plant*,' Ward told Hale": a training reader's value).

    Args:
        st: the statement.
        act: its act.
        from_cue: the act comes from the act verb (its object is a candidate).
        speakers: the document's speaker entities (dicts of the output contract).
        about: the claim's ``speaker`` id, ``content`` span, ``act`` and ``direct`` flag.
        model: the weights (default: :data:`DEFAULT_WEIGHTS`).
    """
    accused = passive_accused(st, act)
    if accused is not None:  # "*Lund* is accused of a fraud": the one accused, not the fraud
        return Choice(accused, *_resolve(st, act, accused, speakers, about))
    spoken_to = addressed_you(st, about, speakers) if act != lx.DEMAND else None
    if spoken_to is not None:  # "'You have misled us,' Ward told *Mr. Hale*": the one the "you" of the quote is
        return Choice(spoken_to, *_resolve(st, act, spoken_to, speakers, about))
    return _chosen(st, act, from_cue, speakers, about, model or load_target_model())


def _chosen(st: Statement, act: str, from_cue: bool, speakers: Sequence[Mapping[str, Any]],
            about: Mapping[str, Any], model: TargetModel) -> Choice:
    """:func:`choose` past the "you" said to someone (:func:`addressed_you`)."""
    rule, rule_entity, rule_name = rule_target(st, act, from_cue, speakers, about)
    if rule is not None and not _names_something(st.table, rule):
        rule, rule_entity, rule_name = None, None, None
    found, ctx = _candidates(st, act, from_cue, speakers, about, rule, (rule_entity, rule_name), resolve=False)
    if TRACE is not None:
        _trace(st.table, about, found)
    if not found:
        if rule is None:  # nothing in the statement: what it says something of, or what it replies to
            taken = taken_up(st)
            if taken is not None:
                return Choice(taken, *_resolve(st, act, taken, speakers, about))
        return Choice(rule, rule_entity, rule_name)
    resolve = _Resolver(st, act, speakers, about)
    # once: a light noun's feature is a base one, which resolving adds none of; where no candidate's kind features
    # have it (:attr:`_Context.light`), every candidate is eligible, and no list is read for it
    pool = addressed_aside(st, eligible(found) if ctx is None or ctx.light else list(found))
    pool = demonstrative_aside(st.table, pool)
    # no noun the cue says the statement is about (:attr:`_Context.about`): no candidate has the feature
    said = ctx is None or ctx.about is not None
    for best in found if said else ():  # the cue names what it is about
        if SAID_ABOUT in best.features:
            resolve(best)
            break
    else:
        best = _best(pool, model, resolve)
    if UNRESOLVED in best.features and st.table.dep[best.head] == "poss":
        # "its suppliers" with "its" read as nobody: the possessed noun says what the claim is about
        owned = next((c for c in found if c.head == st.table.head[best.head]), None)
        if owned is not None:
            resolve(owned)
            best = owned
    best = _what_it_heads(st.table, best, found, resolve)
    if not said or SAID_ABOUT not in best.features:
        best = position_object(st, best, found, resolve, about.get("speaker"))
        best = finding_content(st, best, pool, model, resolve)
        best = setting_object(st.table, best, pool, model, resolve)
        best = measure_target(st.table, best, pool, model, resolve)
        best = circumstance_subject(st.table, best, found, resolve)
        best = described_person(st, best, found, resolve)
        best = judged_accused(st, act, best, found, resolve)
        clause = _clause_or_pledge(st, act, best)
        if clause is not None:
            return Choice(clause, None, None, tuple(found))
    entity, name = best.entity, best.name
    if st.mixed and st.table.pos[best.head] == "PRON" and not acts.quoted_at(st, best.head):
        entity, name = _resolve(st, act, best.head, speakers, about, reported_words=True)
    if entity is not None and entity == about.get("speaker") and (not said or SAID_ABOUT not in best.features):
        other = past_self(best, pool, model, resolve)
        if other is not best:
            return Choice(other.head, other.entity, other.name, tuple(found))
    entity, name = plural_referent(st, best.head, entity, name, speakers, about)
    entity, name = bound_possessive(st, act, best.head, entity, name, speakers, about)
    entity, name = phrase_owner(st, best.head, entity, name, speakers, about)
    entity, name = passing_name(st, best.head, entity, name, speakers, about)
    return Choice(best.head, entity, name, tuple(found))


def bound_possessive(st: Statement, act: str, i: int, entity: str | None, name: str | None,
                     speakers: Sequence[Mapping[str, Any]], about: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The entity and name of a chosen "his" / "her" target ``i`` (read as ``entity`` and ``name``) whose own
    clause in the statement's content has a "he" / "she" of its gender as subject: the person that subject is
    read as (rule "bound_possessive", issue 15's target48 round). A possessive is bound by the subject of its
    clause, as a "himself" would be: "Ortiz says *he* will not run a dirty race in *his* state" and "Vance said
    *he and his* aides had been careful" are the speaker's, not the rival named last. The clause subject is the
    first subject met climbing from the possessive through its heads inside the content
    (:func:`_clause_subject`). The rule does not fire where a person (a PERSON name or a speaker's mention) is
    named between the subject and the possessive ("he called Dunn to learn more about *his* argument" is as
    likely Dunn's), nor where the subject is read as the speaker but stands before the cue and is not its
    subject ("*He* had finished *his* first year, a spokesman said" is no spokesman's), or where it is read as
    the speaker but the speaker is not named in its sentence or the one before (:func:`_named_near`: where a
    "he" was taken as the speaker's, the speaker may be the wrong one). Only the name shown for the chosen
    target changes, as for :func:`plural_referent`; elsewhere as read."""
    table = st.table
    low = table.lower[i]
    if table.pos[i] != "PRON" or table.dep[i] != "poss" or low not in ("his", "her"):
        return entity, name
    quoted = (st.direct and not st.mixed) or acts.quoted_at(st, i)
    j = _clause_subject(table, i, None if quoted else st.cue, st.content)
    if j is None or table.pos[j] != "PRON" or table.lower[j] != lx.POSSESSIVE_SUBJECTS.get(low):
        return entity, name
    first, last = min(i, j), max(i, j)
    index = speaker_index(speakers) if speakers else None
    if any(table.ent_type[k] == "PERSON" or (table.pos[k] == "PROPN" and index is not None
                                              and index.owner(table.idx[k]) is not None)
           for k in range(first + 1, last)):
        return entity, name  # "he called Dunn to learn more about *his* argument"
    reported = st.mixed and not acts.quoted_at(st, j)
    bound = _resolve(st, act, j, speakers, about, reported_words=reported)
    if bound == (None, None):
        return entity, name
    if bound[0] is not None and bound[0] == about.get("speaker") and (
            st.cue is None or (j < st.cue and j != acts.subject(table, st.cue))
            or not _named_near(table, j, bound[0], speakers)):
        return entity, name  # "*He* had finished his first year, a spokesman said": not the spokesman's
    return bound


#: The quoted pronouns :func:`phrase_owner` reads: not a "his" / "her" (a possessive read as the man named last
#: inside another's phrase was as often right: "we noted *his* worries" after "three calls with *Avery*").
_PHRASE_OWNER_PRONOUNS: Final = frozenset({"he", "she", "him"})
#: How many sentences, the pronoun's own included, :func:`phrase_owner` looks back for the name it was read as.
_PHRASE_OWNER_SENTENCES: Final = 3


def phrase_owner(st: Statement, i: int, entity: str | None, name: str | None,
                 speakers: Sequence[Mapping[str, Any]], about: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The entity and name of a chosen person pronoun target ``i`` (:data:`_PHRASE_OWNER_PRONOUNS`) in the
    speaker's own words (a direct quote, or the quoted part of a mixed one), read as ``entity`` and ``name``,
    where the person it was read as is named last inside a phrase of another person: as the object of a
    preposition or as a possessive ("*Dunn*'s fondness for *Ortiz*", "*Holt* could mend *Avery*'s ties", "*Holt*
    sent money to *Avery*"), and the nearest person that phrase hangs from, the subject or the possessive met
    first climbing from it through its heads (:func:`_phrase_person`), is named, of the pronoun's gender and not
    the speaker: that person (rule "phrase_owner", issue 15's target50 round). A name inside another's phrase is
    seldom what a quote goes on about; the one whose fondness, ties or money they are is.

    As read where the nearest person met is the speaker, a plural, of the other gender or the one already read,
    and where it is a pronoun read as no one its own sentence names before it (a "his" read as the name before
    it may be wrong in turn: "Avery's bill passed. *His* deal with Ortiz ..." read as Avery, Holt meant). Only the
    name shown for the chosen target changes, as for :func:`plural_referent`."""
    table = st.table
    other = _named_reading(st, i, entity, name, speakers, about, _phrase_person)
    if other is None:
        return entity, name
    k, found, speaker, index = other
    if table.pos[k] == "PRON" and not any(table.ent_type[m] == "PERSON" and _reads_as(table, m, *found, speakers)
                                          for m in range(table.sentence_bounds(k)[0], k)):
        return entity, name  # "*His* deal with Ortiz", read as a name of the sentence before
    return found if _new_reading(table, i, k, found, speaker, entity, name, index) else (entity, name)


def _named_reading(st: Statement, i: int, entity: str | None, name: str | None,
                   speakers: Sequence[Mapping[str, Any]], about: Mapping[str, Any],
                   find: Callable[[TokenTable, int], int | None], *, through: bool = False,
                   ) -> tuple[int, tuple[str | None, str | None], str | None, MentionIndex | None] | None:
    """For :func:`phrase_owner` and :func:`passing_name`: where target ``i`` is a "he" / "she" / "him" in the
    speaker's own words (a direct quote, or the quoted part of a mixed one) read as someone (``entity``,
    ``name``) who is the person named last before it (:func:`_last_named`, ``through`` as there), and ``find``
    gives, from that name's token, another person word of the pronoun's gender: that word, its reading
    (:func:`acts.resolve_target`), the speaker and the speakers' index; else None."""
    table = st.table
    if (table.pos[i] != "PRON" or table.lower[i] not in _PHRASE_OWNER_PRONOUNS or (entity is None and name is None)
            or not ((st.direct and not st.mixed) or acts.quoted_at(st, i))):
        return None
    speaker = about.get("speaker")
    index = speaker_index(speakers) if speakers else None
    j = _last_named(table, i, speaker, index, through=through)
    if j is None or not _reads_as(table, j, entity, name, speakers):
        return None
    k = find(table, j)
    if k is None or _gender_clash(table, i, k):
        return None
    return k, acts.resolve_target(table, k, speakers, {}), speaker, index


def _gender_clash(table: TokenTable, i: int, k: int) -> bool:
    """Whether the person word ``k`` (a pronoun, or a name by its forename) is of another gender than pronoun ``i``."""
    if table.pos[k] == "PRON":
        return lx.PERSON_PRONOUNS.get(table.lower[k]) != lx.PERSON_PRONOUNS[table.lower[i]]
    return name_gender(table.span_text(*_name_bounds(table, k))) == lx.PRONOUN_OTHER_GENDER[table.lower[i]]


def _new_reading(table: TokenTable, i: int, k: int, found: tuple[str | None, str | None], speaker: str | None,
                 entity: str | None, name: str | None, index: MentionIndex | None) -> bool:
    """Whether ``found``, the reading of person word ``k``, may replace pronoun ``i``'s reading (``entity``,
    ``name``): someone, not the speaker nor the one already read, and neither a plural, a group or a thing, nor a
    speaker of the other gender (for :func:`phrase_owner` and :func:`passing_name`)."""
    if found == (None, None) or (found[0] is not None and found[0] in (speaker, entity)) or (
            found[0] is None and found[1] == name):
        return False
    owner = index.owner(table.idx[k]) if index is not None else None
    if owner is not None and (owner.get("plural") or owner.get("kind") not in (None, "PERSON")):
        return False
    if found[0] is not None and index is not None:
        sp = index.speaker(found[0])
        if sp is not None and (sp.get("plural") or acts._other_gender_entity(table, sp, table.lower[i])):
            return False
    return True


#: Prepositions of time or comparison whose object is a person named only in passing, for :func:`passing_name`:
#: "the strongest nominee *since* Avery", "a man *like* his father", "served *as* counsel to Avery".
_PASSING_PREPS: Final = frozenset({"since", "than", "like", "unlike", "as"})
#: Subjects :func:`_passing_person` climbs past: the speaker's own "we" / "I" or an addressed "you" is never the
#: man a "he" stands for ("*He* is the man *we* hoped for since Avery").
_OWN_SUBJECTS: Final = lx.FIRST_PERSON | lx.GENERIC_PERSON_PRONOUNS
#: Dependencies by which a phrase describes the person it hangs from, for :func:`passing_name`: an apposition ("Dunn,
#: *a former aide to Kennedy*"), a relative clause ("Dunn, *who served under Kennedy*"), a participle's clause.
_DESCRIBING: Final = frozenset({"appos", "relcl", "acl"})


def passing_name(st: Statement, i: int, entity: str | None, name: str | None,
                 speakers: Sequence[Mapping[str, Any]], about: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The entity and name of a chosen "he" / "she" / "him" target ``i`` in the speaker's own words, read as the
    person named last before it (``entity``, ``name``), where that name is named only in passing
    (:func:`_passing_person`): inside a phrase of time or comparison (:data:`_PASSING_PREPS`: "Holt is the strongest
    nominee *since Avery*. '*He* has it all'") or inside a description of another person (an apposition
    or a relative clause: "Perez worked *as counsel to Kennedy*", "Dunn, *a former aide to Kennedy*"). The pronoun
    of the next quote is the person the sentence is about: the subject of the clause the phrase hangs in, or the
    person described, where that is a PERSON name or a "he" / "she" read as a person named in its sentence or the
    one before, of the pronoun's gender, not plural, not the speaker and not the one already read (rule
    "passing_name", issue 15's target53 round). Else as read; only the name shown for the chosen target changes,
    as for :func:`phrase_owner`."""
    table = st.table
    other = _named_reading(st, i, entity, name, speakers, about, _passing_person, through=True)  # any pronoun between
    if other is None:
        return entity, name
    k, found, speaker, index = other
    if table.pos[k] == "PRON" and found[0] is not None and found[0] == speaker and _in_quotes(table, k):
        found = acts.resolve_target(table, k, speakers, {"speaker": speaker, "direct": True})  # not the speaker
    if table.pos[k] == "PRON":  # "Holt is the strongest since Avery." "*He* is the man we hoped for since Avery"
        found = _passing_reading(table, k, found, speaker, index, speakers)
    if table.pos[k] == "PRON" and not any(
            table.ent_type[m] == "PERSON" and _reads_as(table, m, *found, speakers)
            for m in range(_window_start(table, k, 2), k)):
        return entity, name  # a "he" read as no one named near: the reading may be wrong in turn
    return found if _new_reading(table, i, k, found, speaker, entity, name, index) else (entity, name)


def _in_quotes(table: TokenTable, k: int) -> bool:
    """Whether token ``k`` stands inside quotation marks opened in its paragraph: the nearest curly mark before it
    opens, or an odd number of straight marks stand before it in the paragraph."""
    straight = 0
    for m in range(k - 1, -1, -1):
        word = table.word(m)
        if "\n" in word:
            break
        if word in acts._OPENING_QUOTES:
            return True
        if word in acts._CLOSING_QUOTES:
            return False
        if word in acts._STRAIGHT_QUOTES:
            straight += 1
    return straight % 2 == 1


def _passing_reading(table: TokenTable, k: int, found: tuple[str | None, str | None], speaker: str | None,
                     index: MentionIndex | None,
                     speakers: Sequence[Mapping[str, Any]]) -> tuple[str | None, str | None]:
    """The reading of the "he" / "she" subject ``k`` :func:`passing_name` found, read as ``found``: where that is
    itself the name named last before it in passing (:func:`_passing_person`), the person by name that passing
    phrase's sentence is about, of the pronoun's gender; else ``found``. One step: a name, not a pronoun again."""
    j = _last_named(table, k, speaker, index, through=True)
    if j is None or not _reads_as(table, j, *found, speakers):
        return found
    m = _passing_person(table, j)
    if m is None or table.pos[m] == "PRON" or name_gender(
            table.span_text(*_name_bounds(table, m))) == lx.PRONOUN_OTHER_GENDER[table.lower[k]]:
        return found
    return acts.resolve_target(table, m, speakers, {})


def _passing_person(table: TokenTable, j: int) -> int | None:
    """The person a sentence is about where the name ``j`` is named in passing in it. The name (past a conjunct,
    an apposition or a compound) must hang as the object of a preposition or a possessive (:data:`_IN_PHRASE`: "who
    has advised *Avery* for years" names him as more than in passing); climbing from it through its heads (inside its
    sentence), past a preposition of :data:`_PASSING_PREPS` on the path, the first subject met beside the path (not
    one of :data:`_OWN_SUBJECTS`); past a describing arc (:data:`_DESCRIBING`), the noun described. That word must
    be a PERSON name or a "he" / "she"; None where the climb meets neither form, or the word is no person."""
    start, end = table.sentence_bounds(j)
    h = j
    while table.dep[h] in ("conj", "appos", "compound") and table.head[h] != h:
        h = table.head[h]
    if table.dep[h] not in _IN_PHRASE:
        return None  # "who has advised *Avery*": the object of a description is no passing name
    passing = False
    seen = {j, h}
    k = h
    while True:
        if table.dep[k] == "prep" and table.lower[k] in _PASSING_PREPS:
            passing = True
        if table.dep[k] in _DESCRIBING:
            k = table.head[k]
            if not start <= k < end:
                return None
            return k if _person_word(table, k) else None
        parent = table.head[k]
        if parent == k or not start <= parent < end or parent in seen:
            return None
        seen.add(parent)
        k = parent
        if passing:
            subject = next((c for c in table.children[k]
                            if c not in seen and table.dep[c] in ("nsubj", "nsubjpass")), None)
            if subject is not None and not (table.pos[subject] == "PRON" and table.lower[subject] in _OWN_SUBJECTS):
                return subject if _person_word(table, subject) else None


def _person_word(table: TokenTable, k: int) -> bool:
    """Whether token ``k`` is a PERSON name or a "he" / "she"."""
    if table.pos[k] == "PRON":
        return table.lower[k] in ("he", "she")
    return table.ent_type[k] == "PERSON" and table.pos[k] == "PROPN"


def _name_bounds(table: TokenTable, k: int) -> tuple[int, int]:
    """The tokens of the PERSON name token ``k`` is part of (``k`` alone where it is none)."""
    doc = table.doc
    first, last = k, k
    if table.ent_type[k]:
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
    return first, last


def _last_named(table: TokenTable, i: int, speaker: str | None, index: MentionIndex | None,
                through: bool = False) -> int | None:
    """The head token of the person's name named last before the pronoun ``i`` in its sentence or the
    :data:`_PHRASE_OWNER_SENTENCES` before it, passing over the speaker's own mentions; None where a "he" / "she"
    / "him" / "his" / "her" comes between (the name may not be what the pronoun's chain started from), unless
    ``through``."""
    start = _window_start(table, i, _PHRASE_OWNER_SENTENCES)
    for k in range(i - 1, start - 1, -1):
        if not through and table.pos[k] == "PRON" and table.lower[k] in lx.PERSON_PRONOUNS:
            return None
        if table.ent_type[k] != "PERSON" or table.pos[k] != "PROPN":
            continue
        first, last = _name_bounds(table, k)
        owner = index.owner(table.idx[k]) if index is not None else None
        if owner is not None and owner["id"] == speaker:
            continue
        return next((m for m in range(first, last + 1) if not first <= table.head[m] <= last), last)
    return None


def _reads_as(table: TokenTable, j: int, entity: str | None, name: str | None,
              speakers: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the name at ``j`` is the entity ``entity`` (or, with none, the name ``name``) a pronoun was read
    as."""
    found = acts.resolve_target(table, j, speakers, {})
    if entity is not None:
        return found[0] == entity
    return found[0] is None and bool(name) and (found[1] == name or table.word(j) in (name or "").split())


#: Dependencies that keep a name inside the phrase of the word it hangs from, for :func:`_phrase_person`.
_IN_PHRASE: Final = frozenset({"pobj", "poss"})


def _phrase_person(table: TokenTable, j: int) -> int | None:
    """The person whose phrase the name ``j`` stands inside: climbing from the name through its heads (past a
    conjunct or an apposition: "to *Vance*, *Avery* and others", "beside her deputy, *Laura Kim*"), the
    name must hang as the object of a preposition or a possessive, and the first subject or possessive met
    beside the path that names a person (a PERSON name or a "he" / "she" / "his" / "her") is the one; None
    where the name hangs otherwise or the first such word met names no person."""
    h = j
    while table.dep[h] in ("conj", "appos") and table.head[h] != h:
        h = table.head[h]
    if table.dep[h] not in _IN_PHRASE:
        return None
    start, end = table.sentence_bounds(j)
    seen = {h}
    k = table.head[h]
    while k not in seen and start <= k < end:
        seen.add(k)
        for c in table.children[k]:
            if c in seen or table.dep[c] not in ("nsubj", "nsubjpass", "poss"):
                continue
            if table.pos[c] == "PRON":
                return c if table.lower[c] in lx.PERSON_PRONOUNS else None
            if table.ent_type[c] == "PERSON" and table.pos[c] == "PROPN":
                return c
            return None
        if table.head[k] == k:
            break
        k = table.head[k]
    return None


def _named_near(table: TokenTable, j: int, entity: str, speakers: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the speaker entity ``entity`` has a mention other than a pronoun in the sentence of token ``j``
    or the one before it, up to ``j``: a subject read as a speaker named only further back is as likely a speaker
    entity given a "he" / "she" that is not theirs."""
    found = speaker_index(speakers).speaker(entity) if speakers else None
    if found is None:
        return False
    first, last = table.idx[_window_start(table, j, 2)], table.idx[j]
    text = table.text
    return any(first <= m0 < last and text[m0:m1].lower() not in lx.PERSON_PRONOUNS
               for m0, m1 in found.get("mentions") or ())


def _clause_subject(table: TokenTable, i: int, cue: int | None, content: Sequence[int]) -> int | None:
    """The subject of the clause the possessive ``i`` stands in: the first nominal subject met climbing from it
    through its heads that is not on the path itself ("*he* would not run a dirty race in his state": "he"), a
    subject conjoined with the possessive's noun included ("*he* and his aides"). The climb stays inside
    ``content`` and, where ``cue`` is given (reported speech, the possessive outside quotation marks), may end
    at the cue ("*he* reserved his passion for ..."); else None."""
    inside = set(content)
    if cue is not None:
        inside.add(cue)
    k = table.head[i]
    seen = {i}
    while k in inside and k not in seen:
        seen.add(k)
        if table.dep[k] == "conj" and table.dep[table.head[k]] in ("nsubj", "nsubjpass"):
            return table.head[k] if table.head[k] in inside else None  # "he and his aides": the first binds
        subject = next((c for c in table.children[k]
                        if table.dep[c] in ("nsubj", "nsubjpass") and c not in seen), None)
        if subject is not None:
            return subject if subject in inside or k == cue else None
        k = table.head[k]
    return None


def plural_referent(st: Statement, i: int, entity: str | None, name: str | None,
                    speakers: Sequence[Mapping[str, Any]], about: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """The entity and name of the chosen target ``i`` (read as ``entity`` and ``name``), where a plural pronoun
    stands for a pair of people conjoined before it (:func:`conjoined_pair`) or a plural noun of people
    (:func:`plural_people`) nearer than what it was read as: (None, their name); else as read. Only the name
    shown for the chosen target changes: the candidates were ranked as the weights were fitted. Both rules read
    only a plural pronoun: any other target is passed over here, before either is called."""
    table = st.table
    if table.pos[i] != "PRON" or table.lower[i] not in lx.PLURAL_PRONOUNS:
        return entity, name
    named = conjoined_pair(st, i, entity, name, speakers, about)
    if named is None:
        named = plural_people(st, i, entity, name, speakers, about)
    return (None, named) if named is not None else (entity, name)


#: How many sentences before a "they" a pair of people conjoined as a subject is looked for (its own included).
_PAIR_SENTENCES: Final = 2


def _window_start(table: TokenTable, i: int, sentences: int = _PAIR_SENTENCES) -> int:
    """The first token of the ``sentences`` sentences that end with token *i*'s: where :func:`conjoined_pair`
    and :func:`plural_people` look for the people a plural pronoun stands for (:data:`_PAIR_SENTENCES`), and
    :func:`_named_near` for the speaker's name (two)."""
    start, _ = table.sentence_bounds(i)
    for _ in range(sentences - 1):
        if start > 0:
            start, _ = table.sentence_bounds(start - 1)
    return start


def conjoined_pair(st: Statement, i: int, entity: str | None, name: str | None,
                   speakers: Sequence[Mapping[str, Any]], about: Mapping[str, Any]) -> str | None:
    """The pair of people a plural pronoun target stands for, where two people are conjoined as a subject
    nearer before it than what it was read as (rule "conjoined_pair", issue 15's target47 round): "the mayor
    told the paper that *he and his deputy* had argued for months, but said *they* never fell out" is "the
    mayor and his deputy", not the paper; "*Ms. Vance and Mr. Ortiz* first met in 2009. *They* hit it off at
    once" is the two of them, not nobody. The pair is looked for in the pronoun's sentence and the one before
    it (:data:`_PAIR_SENTENCES`); each of its members is a person's name, a "he" / "she" or a noun of a
    person ("the woman"), joined by "and". Not the statement's own speaker ("Vance and Ortiz said *they*
    ..." is their own), nor a pronoun read as the speaker; the name is the members' names joined by
    "and" (a "he" / "she" as the person it was read as). Else None."""
    table = st.table  # ``i`` is a plural pronoun: :func:`plural_referent` passes over any other target
    if entity is not None and entity == about.get("speaker"):
        return None
    speaker = acts.subject(table, st.cue) if st.cue is not None else None
    start = _window_start(table, i)
    for h in range(i - 1, start - 1, -1):
        if table.dep[h] not in ("nsubj", "nsubjpass") or h == speaker:
            continue
        members = _pair_members(table, h)
        if members is None:
            continue
        owner = speaker_index(speakers).owner(table.idx[h]) if speakers else None
        if (_named_between(table, entity, name, speakers, table.idx[h], table.idx[i])
                or (owner is not None and owner["id"] == entity)
                or (speaker is not None and h < speaker < i and not _a_person_word(table, speaker)
                    and speaker != _binding_subject(table, i))
                or _plural_between(table, members, i)):
            return None  # read as the pair already, or a nearer group: "one in five told us *they*"
        names = [_member_name(st, m, speakers, about) for m in members]
        return " and ".join(names)
    return None


def plural_people(st: Statement, i: int, entity: str | None, name: str | None,
                  speakers: Sequence[Mapping[str, Any]], about: Mapping[str, Any]) -> str | None:
    """The people a plural pronoun target stands for, where a plural noun of people stands nearer before it
    than what it was read as (rule "plural_people", issue 15's target47 round): "the senator texted *his
    volunteers*, urging *them* to stay home" is the volunteers, not the party named before; "the dean asked
    *the students* whether *they* had read it" is the students. The nearest plural noun in the pronoun's
    sentence and the one before it (:data:`_PAIR_SENTENCES`) decides: where it names no people ("*the
    subsidies*, calling *them* welfare") nothing changes. Not a predicate noun, a word of a compound, the
    subject of the clause whose object the pronoun is ("*his aides* urged *them*"), nor a noun owned by a
    plural pronoun ("they worry about *their kids*"); not where the pronoun was read as a person or as the
    speaker, nor where the statement's speaker stands between the noun and the pronoun or holds the noun
    ("half *of the voters* said *they* felt ...": the speaker's own). The name is the noun's words ("his
    volunteers"). Else None."""
    table = st.table  # ``i`` is a plural pronoun: :func:`plural_referent` passes over any other target
    if entity is not None:
        found = speaker_index(speakers).speaker(entity) if speakers else None
        if entity == about.get("speaker") or (found is not None and found.get("kind") == "PERSON"):
            return None
    speaker = acts.subject(table, st.cue) if st.cue is not None else None
    start = _window_start(table, i)
    bound = _binding_subject(table, i)
    for h in range(i - 1, start - 1, -1):
        if table.doc[h].tag_ not in ("NNS", "NNPS") or table.dep[h] in ("attr", "acomp", "compound") or h in (
                bound, speaker):
            continue
        if not is_person_noun(table.lemma[h].lower()) or any(
                table.dep[c] == "poss" and table.lower[c] in lx.PLURAL_PRONOUNS for c in table.children[h]):
            return None
        if speaker is not None and (h < speaker < i or table.dominates(speaker, h)):
            return None  # "half of the voters said *they* ...": the speaker's own
        if _named_between(table, entity, name, speakers, table.idx[h], table.idx[i]):
            return None
        return table.span_text(table.left_edge(h), h)
    return None


#: Entity labels of a plural noun that names no one ("for *years*", "two *dollars*").
_NO_ONE_LABELS: Final = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _plural_between(table: TokenTable, members: Sequence[int], i: int) -> bool:
    """Whether a plural noun stands between a pair's first member and the pronoun ``i`` that it may stand for
    instead: not a predicate noun ("had been *friends*"), not a time or an amount ("for *years*"), not the
    pair's own words, and not the subject of the clause whose object the pronoun is ("*his aides* urged
    *them*": an object pronoun is never its own clause's subject)."""
    own = {k for m in members for k in (m, *table.subtree(m))}
    own_subject = _binding_subject(table, i)
    return any(table.doc[k].tag_ in ("NNS", "NNPS") and table.dep[k] not in ("attr", "acomp") and k != own_subject
               and k not in own and table.ent_type[k] not in _NO_ONE_LABELS for k in range(min(members) + 1, i))


def _binding_subject(table: TokenTable, i: int) -> int | None:
    """The subject of the clause whose object the pronoun ``i`` is ("*his aides* urged *them*"), which the
    pronoun never stands for; None for a subject or a possessive pronoun."""
    if table.dep[i] in ("nsubj", "nsubjpass", "poss"):
        return None
    head = table.head[i]
    if table.dep[i] == "pobj" and table.dep[head] == "prep":  # "aides prepare *for them*"
        head = table.head[head]
    return acts.subject(table, head)


def _pair_members(table: TokenTable, h: int) -> list[int] | None:
    """The subject ``h`` and the one conjoined to it by "and" ("*Vance and Ortiz* met"), where both are people
    (:func:`_a_person_word`), or the subject of the clause conjoined to ``h``'s by "and" ("*Vance* flew home,
    and *Ortiz* stayed"), where both are people's names and not the same one; else None."""
    k = _and_conjoined(table, h)
    verb = table.head[h]
    if k is None and verb != h and any(table.dep[c] == "cc" and table.lower[c] == "and" for c in table.children[verb]):
        if table.ent_type[h] != "PERSON":  # "*the mayor* spoke, and *she* said": one person, not two
            return None
        clauses = [c for c in table.children[verb] if table.dep[c] == "conj"]
        people = [c if table.pos[c] not in ("VERB", "AUX") else acts.subject(table, c) for c in clauses]
        k = next((p for p in people if p is not None and table.ent_type[p] == "PERSON"
                  and table.lower[p] != table.lower[h]), None)
    if k is None or k == h or any(table.dep[c] == "conj" for c in table.children[k]):
        return None
    return [h, k] if _a_person_word(table, h) and _a_person_word(table, k) else None


def _and_conjoined(table: TokenTable, h: int) -> int | None:
    """The one word conjoined to ``h`` by "and", else None."""
    children = table.children[h]
    conj = [c for c in children if table.dep[c] == "conj"]
    if len(conj) != 1 or not any(table.dep[c] == "cc" and table.lower[c] == "and" for c in children):
        return None
    return conj[0]


#: Pronouns of one person that may be a member of a pair.
_PAIR_PRONOUNS: Final = frozenset({"he", "she", "him", "her"})


def _a_person_word(table: TokenTable, m: int) -> bool:
    """Whether token ``m`` is one person: a person's name, a "he" / "she", or a singular noun of a person."""
    if table.pos[m] == "PROPN":
        return table.ent_type[m] == "PERSON"
    if table.pos[m] == "PRON":
        return table.lower[m] in _PAIR_PRONOUNS
    return table.pos[m] == "NOUN" and table.doc[m].tag_ == "NN" and is_person_noun(table.lemma[m].lower())


def _named_between(table: TokenTable, entity: str | None, name: str | None, speakers: Sequence[Mapping[str, Any]],
                   first: int, at: int) -> bool:
    """Whether the entity or name a pronoun was read as is mentioned between the character offsets ``first``
    and ``at``."""
    if entity is not None:
        found = speaker_index(speakers).nearest_before(at, lambda sp: sp["id"] == entity)
        return found is not None and found[0] > first
    if name:
        return table.text.rfind(name.split()[-1], first, at) >= 0
    return False


def _member_name(st: Statement, m: int, speakers: Sequence[Mapping[str, Any]], about: Mapping[str, Any]) -> str:
    """The name of a pair's member: the person a name or a pronoun was read as, else the words of the noun."""
    table = st.table
    if table.pos[m] in ("PROPN", "PRON"):
        _, name = _resolve(st, lx.ASSERT, m, speakers, {**about, "speaker": None})
        if name:
            return name
    return table.span_text(table.left_edge(m), m)


def relative_topic(st: Statement) -> int | None:
    """The noun a relative clause is said of, where the cue is that clause's verb and the statement its
    complement (rule "relative_topic", issue 15's twenty-ninth target round): "two letters *which the
    curators argued* might upset the donors" -> "letters", "the port's toll, *which she has argued* was
    too steep" -> "toll", "Dr. Reyes, *who she claims* has treated the nurses badly" -> "Reyes"; else
    None. The statement's first predicate is said of that noun (its subject is the relative pronoun or the
    gap it leaves), so the noun is what the statement is about, though it stands outside the content.
    Not where the relative pronoun is the cue's own subject ("Smith, *who said* he would run": the
    speaker), nor where the content comes before the cue; only where the content's first predicate has no subject
    of its own in the content (the gap the noun fills), and not where the clause places the cue ("a speech *in
    which* she said", "June 16, *when* he urged", :func:`_setting_relative`: measured, such nouns were 30 of
    the first 95 changes). :func:`candidates` reads it where the cue names
    nothing the statement is about (:func:`said_about`), as such a noun (the feature :data:`SAID_ABOUT`):
    chosen first."""
    table = st.table
    cue, content = st.cue, st.content
    if cue is None or not content or content[0] < cue or table.dep[cue] != "relcl":
        return None
    noun = table.head[cue]
    if noun >= cue or table.pos[noun] not in _HEAD_POS or not _names_something(table, noun):
        return None
    subject = acts.subject(table, cue)
    if subject is None or table.lower[subject] in _RELATIVES:  # the noun is the one who speaks
        return None
    preds = st.first_preds
    own = acts.subject(table, preds[0]) if preds else None
    if own is not None and (_within(content, own) or table.lower[own] not in _RELATIVES):
        return None  # the content says something of a subject of its own
    return None if _setting_relative(table, cue) else noun


#: Relative adverbs that make a clause the setting of its noun ("the day *when* she said", "the city *where* ...").
_SETTING_RELATIVES: Final = frozenset({"when", "where", "whereby", "why", "how"})


def _setting_relative(table: TokenTable, cue: int) -> bool:
    """Whether the relative clause of ``cue`` is the setting of its noun, not said of it: a relative adverb
    ("the rally *where* he said") or a relative pronoun after a preposition ("a speech *in which* she said")
    (:func:`relative_topic`)."""
    dep, lower, children = table.dep, table.lower, table.children
    for c in children[cue]:
        if lower[c] in _SETTING_RELATIVES and c < cue:
            return True
        if dep[c] == "prep" and c < cue and any(lower[g] in _RELATIVES for g in children[c]):
            return True
    return False


def _clause_or_pledge(st: Statement, act: str, best: Candidate) -> int | None:
    """:func:`clause_target` for the chosen candidate ``best``, else the action a pledge commits to where
    ``best`` is resolved to no speaker (:func:`pledged_action`: "promised to reopen *the ferry*")."""
    clause = clause_target(st, best.head)
    if clause is None and best.entity is None:
        clause = pledged_action(st, act, best.head)
    return clause


def clause_target(st: Statement, chosen: int) -> int | None:
    """The head of an action, policy or event named by a clause that the statement judges, in place of the
    ranker's ``chosen`` candidate, else None: a subject clause (:func:`clause_topic`), a clause put after an
    evaluative predicate (:func:`extraposed_clause`), a gerund object of a verb of position
    (:func:`position_gerund`), a noun of plan with its clause (:func:`plan_clause`); not where ``chosen`` is a
    name of the content outside the clause (:func:`_named_besides`). The four read the main predicates of the
    content's first sentence (:attr:`~claimex.pipeline.acts.Statement.first_preds`), found once a
    statement (:func:`relative_topic`, :func:`position_object` and :func:`finding_content` read them too)."""
    preds = st.first_preds
    clause = clause_topic(st, preds)
    if clause is None:
        clause = extraposed_clause(st, preds)
    if clause is not None and not _named_besides(st, chosen, clause):
        return clause
    clause = shell_clause(st, chosen)
    if clause is not None:  # "*The risk* is that the plant closes": what the risk is, not the word "risk"
        return clause
    clause = position_gerund(st, preds)
    if clause is not None and not _named_besides(st, chosen, clause):
        return clause
    clause = plan_clause(st, chosen, preds)
    return None if clause is None or clause == chosen or _named_besides(st, chosen, clause) else clause


def _what_it_heads(table: TokenTable, best: Candidate, found: Sequence[Candidate], resolve: _Resolver) -> Candidate:
    """The phrase the chosen candidate ``best`` stands in for, else ``best``: the whole of a part ("none of
    *the methods*", :func:`part_whole`), what a possessor owns where that is what the claim is about ("the
    party's *nominee*", :func:`owned_topic`; an action it owns, :func:`owned_conduct`; what it says or proposes,
    :func:`owned_message`), the phrase a compound's first word modifies ("voter" -> "voter
    fraud", :func:`compound_whole`), the whole of a hyphened word ("*anti*-union policies" -> "policies",
    :func:`hyphen_whole`), the whole of a name ("Wall" -> "Wall Street", :func:`name_head`), the
    person a name's role noun is ("the *CNN* reporter" -> "reporter", :func:`role_whole`); first, the subject
    a predicate nominal is said of, where that is a candidate (:func:`predicate_subject`), and the name a
    described subject is said to be (:func:`named_predicate`)."""
    said_of = _found_at(found, predicate_subject(table, best.head))
    if said_of is not None:
        resolve(said_of)
        best = said_of
    named = named_predicate(table, best.head, resolve.st.content)
    if named is not None:
        best = _candidate_at(named, found, resolve)
    described = _found_at(found, predicate_person(table, best.head))
    if described is not None:
        resolve(described)
        if table.pos[described.head] != "PRON" or described.name is not None:  # a "he" read as nobody says less
            best = described
    toward = _found_at(found, relation_object(table, best.head))
    if toward is not None:
        resolve(toward)
        if table.pos[toward.head] != "PRON" or toward.name is not None:  # a pronoun read as nobody says less
            best = toward
    whole = part_whole(table, best.head)
    if whole != best.head:
        best = _candidate_at(whole, found, resolve)
    best = _hyphen_candidate(table, best, found, resolve)
    owned = owned_topic(table, best.head, best.name)
    if owned is None:
        owned = owned_conduct(table, best.head, resolve.st.content)
    if owned is None:
        owned = owned_message(table, best.head, resolve.st.content)
    if owned is not None:
        best = _candidate_at(owned, found, resolve)
    whole = compound_whole(table, best.head)
    if whole != best.head:
        best = _candidate_at(whole, found, resolve)
    whole = name_head(table, best.head)
    if whole != best.head:
        best = _candidate_at(whole, found, resolve)
    role = role_whole(table, best.head)
    if role == best.head:
        return best
    person = _candidate_at(role, found, resolve)
    if (person.entity is None and best.entity is not None and name_gender(best.name) is not None
            and not any(table.dep[c] == "case" for c in table.children[best.head])):
        person.entity, person.name = best.entity, best.name  # "the former *Ohio* governor" read as the one named
    return person


#: Relations of a subject: a clause ("*To staff the line* is to observe ..."), or a gerund the small model
#: reads as a noun-like subject ("*Calling a threat by another name* does not make it go away").
_CLAUSE_SUBJECTS: Final = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass"})
#: Verbs of saying or knowing, whose gerund opening a content is mostly the cue's ("..., *mentioning* the
#: album is almost done"), not an action the statement evaluates; naming verbs stay ("*Calling* a threat by
#: another name does not make it go away").
_SAYING_CLAUSES: Final = (lx.SPEECH_CUES | lx.COGNITIVE_CUES) - lx.NAMING_CUES


def clause_topic(st: Statement, preds: Sequence[int]) -> int | None:
    """The head of an action or event named by a clause that is the subject of a main predicate of the
    content's first sentence, which the predicate evaluates and so what the claim is about (rule
    "clause_topic", issue 15's twenty-fifth target round): a gerund ("*Calling a threat by another name*
    does not make it go away", "*having every visitor register* would be a mistake") or a "to"
    infinitive ("*To cut the program now* would be a mistake"); else None. Not a clause with its own
    subject ("*the committee being seen as fair* is critical": the committee is the target), not a verb of
    saying or knowing (:data:`_SAYING_CLAUSES`), not one opened by a wh-word ("*What we are showing* is
    ..."), not a participle (the small model reads some adverbial ones as subjects), and only a clause that
    opens its sentence, the content or a quotation (", *noting* the nominee ..." is read as a subject too).
    The target span is the clause (:func:`claimex.pipeline.claims.target_tokens`); it has no entity or name.
    :func:`choose` keeps a name the ranker chose outside the clause (:func:`_named_besides`). ``preds``: the
    main predicates of the content's first sentence (:attr:`~claimex.pipeline.acts.Statement.first_preds`)."""
    table = st.table
    dep, children, content, doc = table.dep, table.children, st.content, table.doc
    opening = st.first_sentence[0] if preds else 0  # the first sentence's first token
    for pred in preds:
        for c in children[pred]:
            if dep[c] not in _CLAUSE_SUBJECTS or not content[0] <= c < pred or table.pos[c] not in {"VERB", "AUX"}:
                continue
            if not (doc[c].tag_ == "VBG" or acts.is_to_infinitive(table, c)):
                continue
            if any(dep[g] in ("nsubj", "nsubjpass") for g in children[c]) or table.lemma[c] in _SAYING_CLAUSES:
                continue
            left = table.left_edge(c)
            if table.lower[left] in lx.WH_CLAUSE_OPENERS:
                continue
            before = left - 1
            if left in (content[0], opening) or (before >= 0 and _quote_opens(table, before)):
                return c
    return None


#: Verbs that join an expletive "it" to an evaluative predicate ("it *is* wrong to ...", "it *seems* unfair that ...").
_COPULAS: Final = frozenset({"be", "seem", "look", "sound", "become", "remain"})
#: Relations of the evaluative word under a copula: an adjective or a noun ("it is *wrong*", "it is *a mistake*").
_EVALUATIVE_DEPS: Final = frozenset({"acomp", "attr"})
#: Verbs of a clause that comments on the statement itself ("it is fair *to say*", "it is hard *to believe*"),
#: not an action it evaluates; other verbs of saying stay ("it is unfair *to ask* teachers to pay").
_REMARK_CLAUSES: Final = lx.COGNITIVE_CUES | frozenset({"say", "add", "note", "admit", "imagine"})
#: Words that weigh a clause though the evaluation lexicon does not score them ("it is *essential* to ...").
_WEIGHING_WORDS: Final = frozenset({"important", "critical", "crucial", "essential", "vital", "imperative",
                                    "impossible", "unthinkable", "urgent"})
#: Relations of a clause put after the evaluative word, as the small model hangs it on the copula or on the word.
_AFTER_CLAUSES: Final = frozenset({"xcomp", "ccomp", "csubj", "acl", "relcl", "advcl"})


def extraposed_clause(st: Statement, preds: Sequence[int]) -> int | None:
    """The head of an action or event named by a clause put after an evaluative predicate whose subject is an
    expletive "it" (rule "extraposed_clause", issue 15's twenty-sixth target round): a "to" infinitive ("it
    would be a mistake *to close the clinic*") or a "that" clause ("it is wrong *that the board met in
    secret*") after an adjective or noun the evaluation lexicon scores, joined to "it" by a copula
    (:data:`_COPULAS`) that is a main predicate of the content's first sentence; else None. Not where the
    word under the copula evaluates nothing ("it is *going* to be", "a *pledge* to keep", "the *way* to
    win"), not a clause of saying or knowing (:data:`_REMARK_CLAUSES`), not a wh-clause. Since issue 15's
    twenty-ninth target round (rule "time_clause") also a clause after a noun that says an
    action is due (:data:`~claimex.lexicons.DUE_ACTION_NOUNS`): "it is *time* to stop the attacks" is about
    stopping the attacks, the action it demands, not about the attacks. ``preds``: as for :func:`clause_topic`."""
    table = st.table
    dep, children, content, lower = table.dep, table.children, st.content, table.lower
    values = lx.evaluation_lexicon()
    for pred in preds:
        if table.lemma[pred] not in _COPULAS:
            continue
        if not any(dep[c] in {"nsubj", "expl"} and lower[c] == "it" and content[0] <= c < pred for c in children[pred]):
            continue
        for word in children[pred]:
            if dep[word] not in _EVALUATIVE_DEPS or word < pred or not (
                    values.get(lower[word], values.get(table.lemma[word])) or lower[word] in _WEIGHING_WORDS
                    or table.lemma[word] in lx.DUE_ACTION_NOUNS):
                continue
            for host in (word, pred):
                for c in children[host]:
                    if (dep[c] in _AFTER_CLAUSES and c > word and table.pos[c] in ("VERB", "AUX")
                            and _after_clause(table, c)):
                        return c
    return None


#: Nouns that only announce what a clause after "is" says ("*the risk* is that ...", "*the truth* is ...", "*the
#: problem* is, ..."): shell nouns, which name no thing of their own.
_SHELL_NOUNS: Final = frozenset({
    "risk", "concern", "problem", "truth", "reality", "fear", "worry", "danger", "answer", "issue", "point",
    "question", "fact", "thing", "goal", "aim", "hope", "irony", "lesson", "trouble", "difference", "key",
    "reason", "message", "idea",
})
#: Relations of the clause after "is" under the copula, as the small model hangs it.
_SHELL_CLAUSES: Final = frozenset({"ccomp", "xcomp", "advcl", "attr"})


def shell_clause(st: Statement, chosen: int) -> int | None:
    """The head of the clause a shell noun announces, where the ranker chose the noun (rule "shell_clause",
    issue 15's target63 round): "*the risk* is that the plant closes" and "*the truth* is, nobody asked"
    are about what the clause says, not about a risk or a truth. The noun (:data:`_SHELL_NOUNS`, "the
    risk", "one concern") is the subject of a copula "be" in the content, and a clause with its own verb
    follows the copula under it (:data:`_SHELL_CLAUSES`: "that" clause, bare clause, "to" infinitive);
    else None. Not a noun with a clause or phrase of its own ("the question *of who pays*", "the risk *that
    ...*" is the noun's own clause, not the copula's), not a wh-clause, not a predicate that is not a clause
    ("the question was *out of line*"). The target span is the clause."""
    table = st.table
    dep, children, content = table.dep, table.children, st.content
    if (not content or table.lemma[chosen] not in _SHELL_NOUNS or table.pos[chosen] != "NOUN"
            or dep[chosen] != "nsubj"):
        return None
    if any(dep[c] in ("prep", "acl", "relcl") for c in children[chosen]):
        return None
    be = table.head[chosen]
    if table.lemma[be] != "be" or not chosen < be or not content[0] <= be <= content[-1]:
        return None
    if any(dep[c] in _EVALUATIVE_DEPS and table.pos[c] not in ("VERB", "AUX") for c in children[be]):
        return None  # "the problem is *serious*", "the question was *a fair one*": said of the noun itself
    for c in children[be]:
        if (dep[c] in _SHELL_CLAUSES and c > be and table.pos[c] in ("VERB", "AUX") and content[0] <= c <= content[-1]
                and table.lower[table.left_edge(c)] not in lx.WH_CLAUSE_OPENERS
                and table.lemma[c] not in _REMARK_CLAUSES):
            return c
    return None


def _after_clause(table: TokenTable, c: int) -> bool:
    """Whether the clause headed by ``c`` is a "to" infinitive or a "that" clause naming an action or event
    (:func:`extraposed_clause`)."""
    if table.lemma[c] in _REMARK_CLAUSES or table.lower[table.left_edge(c)] in lx.WH_CLAUSE_OPENERS:
        return False
    marks = [table.lower[g] for g in table.children[c] if table.dep[g] in ("aux", "mark") and g < c]
    if table.doc[c].tag_ == "VB" and "to" in marks:
        return True
    return "that" in marks


#: Nouns of a decision, plan or attempt whose "to" clause names the action ("the *decision* to close the plant").
_PLAN_NOUNS: Final = frozenset({
    "decision", "plan", "move", "proposal", "effort", "attempt", "bid", "push", "order", "pledge", "promise",
    "refusal", "call", "campaign", "drive", "scheme", "choice", "failure", "rush", "offer", "commitment",
    "initiative", "idea", "vow", "threat", "determination", "willingness", "unwillingness", "reluctance",
    "intention", "agreement", "deal", "vote", "request", "demand", "insistence", "ability", "inability",
})
#: Nouns of plan that also name a body or a danger without a clause ("*his campaign* said", "the threats
#: posed by ..."): a plan only with their "to" clause.
_PLAN_BODIES: Final = frozenset({"campaign", "threat"})
#: Relations of a noun's "to" clause, as the small model reads it.
_NOUN_CLAUSES: Final = frozenset({"acl", "relcl"})


def plan_clause(st: Statement, chosen: int, preds: Sequence[int]) -> int | None:
    """The head of a noun of decision or plan (:data:`_PLAN_NOUNS`) whose "to" infinitive names the action
    ("the *decision* to close the plant", "the *plan* to merge the districts"), where the noun is the subject of
    a main predicate of the content's first sentence, or the ranker chose it or its possessor in the content (rule
    "plan_clause", issue 15's twenty-sixth target round); also a subject noun of plan without a clause whose
    possessor or other word the ranker chose ("*the governor's tax plan* would raise ..."); else None. The
    target span is the noun phrase with its clause (:func:`claimex.pipeline.claims.np_indices`). ``preds``: as
    for :func:`clause_topic`."""
    table = st.table
    dep, children, content = table.dep, table.children, st.content
    if not content:
        return None
    subjects = [c for p in preds
                for c in children[p] if dep[c] in {"nsubj", "nsubjpass"} and content[0] <= c <= content[-1]]
    near = [chosen, table.head[chosen]] if dep[chosen] == "poss" else [chosen]
    for noun in (*near, *subjects):
        if (content[0] <= noun <= content[-1] and table.lemma[noun] in _PLAN_NOUNS and table.pos[noun] == "NOUN"
                and _has_to_clause(table, noun)):
            return noun
    for noun in subjects:  # a word of the subject's clause chosen
        if table.lemma[noun] in _PLAN_NOUNS - _PLAN_BODIES and chosen in table.subtree(noun):
            return noun
    return None


def _has_to_clause(table: TokenTable, noun: int) -> bool:
    """Whether ``noun`` has a "to" infinitive after it (:func:`plan_clause`)."""
    return any(table.dep[c] in _NOUN_CLAUSES and c > noun and acts.is_to_infinitive(table, c)
               for c in table.children[noun])


#: Verbs of position or evaluation whose gerund object is the action they judge ("opposes *raising the tax*").
_POSITION_VERBS: Final = (lx.TARGET_BACKING_WORDS | lx.TARGET_OPPOSING_WORDS | frozenset({
    "oppose", "reject", "propose", "recommend", "advocate", "consider", "prefer", "dislike", "hate", "regret",
    "deplore", "justify", "excuse", "applaud", "denounce", "condone", "tolerate", "forbid",
})) - lx.TARGET_FOR_VERBS
#: Relations of a gerund object, as the small model reads it.
_GERUND_OBJECTS: Final = frozenset({"xcomp", "dobj", "ccomp"})
#: Participles the small model reads as a gerund with an object where they modify a noun ("supports
#: *struggling* families").
_PARTICIPLE_ADJECTIVES: Final = frozenset({"struggling", "working", "growing", "rising", "existing", "emerging",
                                           "remaining", "aging", "ageing", "failing", "booming", "leading"})


def position_gerund(st: Statement, preds: Sequence[int]) -> int | None:
    """The head of a gerund clause that is the object of a verb of position or evaluation
    (:data:`_POSITION_VERBS`), a main predicate of the content's first sentence ("she opposes *raising the gas
    tax*", "they support *ending the program*"; rule "position_gerund", issue 15's twenty-sixth target round);
    else None. Not a gerund with its own subject ("supports *Mr. Alvarez* running"), not a verb of saying or
    knowing. Not a means ("cut costs *by closing schools*": measured on the twelve training readers' targets, 942 ->
    940; they take the one who acts, not the means). ``preds``: as for :func:`clause_topic`."""
    table = st.table
    dep, children, content, doc = table.dep, table.children, st.content, table.doc
    for pred in preds:
        if table.lemma[pred] not in _POSITION_VERBS:  # most predicates: one look-up, no list
            continue
        for c in [c for c in children[pred] if dep[c] in _GERUND_OBJECTS]:
            if not (pred < c <= content[-1]) or doc[c].tag_ != "VBG" or table.lemma[c] in _SAYING_CLAUSES:
                continue
            if any(dep[g] in ("nsubj", "nsubjpass") for g in children[c]) or _pro_form(table, c):
                continue
            if table.lower[c] in _PARTICIPLE_ADJECTIVES and c + 1 in children[c]:  # "*struggling* families"
                continue
            return c
    return None


#: Pronouns that stand for no one a position is taken toward without their antecedent (:func:`position_object`).
_POSITION_PRO_FORMS: Final = lx.FIRST_PERSON | frozenset({
    "it", "this", "that", "these", "those", "them", "you", "former", "latter", "one"})


#: Cues of a pledge whose "to" infinitive names the action the speaker commits to ("she *promised* to cut the
#: fees", "he *vowed* to carry the fight into the autumn session").
_PLEDGE_CUES: Final = frozenset({"promise", "pledge", "vow", "swear"})
#: Acts of a pledge read as the promised action (a threat is about the one threatened; :func:`pledged_action`).
_PLEDGE_ACTS: Final = frozenset({lx.PREDICT, lx.SUPPORT})
#: Verbs whose object the stance reads as backed or opposed ("vowed to *back* the nominee", "pledged to *oppose*
#: the levy", "to *fight for* the workers", "to *scrap* the tax", "to *confront* the gangs"), and light verbs
#: that name no action of their own ("to *be* a champion for ...", "to *do* a better job ..."): their object
#: stays the target.
_POSITION_ACTIONS: Final = (lx.TARGET_BACKING_WORDS | lx.TARGET_OPPOSING_WORDS | lx.TARGET_UNDOING_WORDS
                            | lx.TARGET_FOR_VERBS | lx.EVALUATION_REVERSERS | lx.CESSATION_WORDS | lx.SANCTION_WORDS
                            | acts._HOSTILE_ACTIONS | acts.REFORM_VERBS | _POSITION_VERBS
                            | frozenset({"be", "do", "have", "confront", "combat", "counter"}))


def pledged_action(st: Statement, act: str, chosen: int) -> int | None:
    """The head of the action a pledge commits the speaker to, where the ranker chose a common noun of it (rule
    "pledged_action", issue 15's target64 round): "the mayor *promised* to reopen *the ferry* to the islands"
    is about reopening it, "she vowed to carry *her fight* into the autumn session" about carrying it there. The
    cue is a verb of pledging (:data:`_PLEDGE_CUES`) of a claim whose act is a prediction or support
    (:data:`_PLEDGE_ACTS`: a threat is about the one threatened), its "to" infinitive (``xcomp``, or a verb
    conjoined to it: "vowed to stay on and rebuild *the team*") is in the content, and ``chosen`` is a common
    noun (not a name or pronoun, and resolved to no speaker: the caller checks) of that verb's own phrase; else
    None. Not a verb of position, undoing or hostility, nor a light verb (:data:`_POSITION_ACTIONS`: "vowed to
    repeal *the law*" opposes the law, which stays the target), not a negated one ("vowed never to sign *the
    treaty*": what is refused), not a noun something is done on or against ("to raise the duty *on foreign
    steel*"). The target span is the verb's phrase (:func:`claimex.pipeline.claims.np_indices`)."""
    table = st.table
    cue, content, dep = st.cue, st.content, table.dep
    if (act not in _PLEDGE_ACTS or cue is None or not content or table.lemma[cue] not in _PLEDGE_CUES
            or table.pos[chosen] != "NOUN"):
        return None
    if dep[chosen] == "pobj" and table.lower[table.head[chosen]] in ("on", "against"):
        return None
    for verb in table.children[cue]:
        if not (dep[verb] == "xcomp" and content[0] <= verb <= content[-1] and acts.is_to_infinitive(table, verb)):
            continue
        action = _action_holding(table, verb, chosen)
        if (action is not None and table.pos[action] == "VERB" and table.lemma[action] not in _POSITION_ACTIONS
                and not any(dep[c] == "neg" for c in table.children[action])):
            return action
    return None


#: Relations whose phrase the target span leaves out (as :func:`claimex.pipeline.claims.np_indices` does).
_CUT_CLAUSES: Final = frozenset({"advcl", "relcl", "appos"})


def _action_holding(table: TokenTable, verb: int, chosen: int) -> int | None:
    """``verb`` or a verb conjoined to it whose own phrase (without its conjuncts) holds ``chosen``, else None
    (:func:`pledged_action`); not where ``chosen`` is in an adverbial or relative clause or an apposition of
    that phrase, which the target span would leave out."""
    head, dep = table.head, table.dep
    k = chosen
    while k != verb and head[k] != k:
        parent = head[k]
        if dep[k] in _CUT_CLAUSES:  # "to pass a law [that would force *the banks* to pay]": not in the span
            return None
        if dep[k] == "conj" and table.pos[k] == "VERB":
            j = parent
            while j != verb and dep[j] == "conj" and head[j] != j:
                j = head[j]
            if j == verb:
                return k if chosen != k else None
        k = parent
    return verb if k == verb and chosen != verb else None


def position_object(st: Statement, best: Candidate, found: Sequence[Candidate], resolve: _Resolver,
                    speaker: str | None) -> Candidate:
    """The direct object of a verb of position (:data:`~claimex.lexicons.POSITION_OBJECT_VERBS`) whose
    subject is the speaker, in place of the chosen candidate ``best`` (rule "position_object", issue 15's
    target38 round): "she said she *regretted her remarks*" is about the remarks, not about her; "we call on
    the council *to reject this resolution*" is about the resolution, not a noun phrase of another clause.
    The verb is a main predicate of the content's first sentence, or the "to" infinitive under one ("call
    on the board *to oppose* ..."); its subject is a first-person pronoun, a pronoun read as the speaker, or,
    for the infinitive, the main predicate's. The object must be a candidate of the content, no pronoun
    that stands for no one named ("it", "them", "you", "the former"), no light noun, not read as the speaker;
    ``best`` stays where it is that object or a word of its phrase ("the *mayor's* plan"). The object then
    gives way as any chosen candidate does (:func:`_what_it_heads`)."""
    table = st.table
    dep, children, content = table.dep, table.children, st.content
    for pred in st.first_preds:
        verbs = [pred] + [c for c in children[pred] if dep[c] == "xcomp" and acts.is_to_infinitive(table, c)]
        for verb in verbs:
            if table.lemma[verb] not in lx.POSITION_OBJECT_VERBS or not _speaker_holds(st, pred, speaker, resolve):
                continue
            obj = next((c for c in children[verb] if dep[c] == "dobj" and verb < c <= content[-1]), None)
            if obj is None:
                continue
            if best.head == obj or table.dominates(obj, best.head):
                return best
            cand = _found_at(found, obj)
            if cand is None or LIGHT in cand.features or table.lower[obj] in _POSITION_PRO_FORMS:
                continue
            resolve(cand)
            if UNRESOLVED in cand.features or (speaker is not None and cand.entity == speaker):
                continue
            return _what_it_heads(table, cand, found, resolve)
    return best


def finding_content(st: Statement, best: Candidate, pool: Sequence[Candidate], model: TargetModel,
                    resolve: _Resolver) -> Candidate:
    """The best candidate of what a poll or study found, where a main predicate of the content's first sentence
    is a verb of finding (:data:`~claimex.lexicons.SURVEY_VERBS`) whose subject is a noun of gathered evidence
    (:data:`~claimex.lexicons.SURVEY_NOUNS`), in place of the chosen candidate ``best`` (rule
    "finding_content", issue 15's target39 round): "both *surveys showed* Ms. Alder above 60 percent" is about
    Ms. Alder, "its *analysis finds* that 12 counties lean Democratic" about the counties, not about the poll or
    the pollster. What was found is the verb's object or clause after it; its candidates are ranked as any are
    (:func:`_best`). ``best`` stays where it is inside what was found, where that has no candidate, or only a
    time or amount, a pronoun read as nobody, an "it" or a "you". Not a singular "number", which is mostly a
    quantity ("*a number of* tenants found ...": one of 5 PolNeAR train changes before this guard)."""
    table = st.table
    dep, children, content = table.dep, table.children, st.content
    for pred in st.first_preds:
        if table.lemma[pred] not in lx.SURVEY_VERBS:
            continue
        subj = next((c for c in children[pred] if dep[c] in ("nsubj", "nsubjpass")), None)
        if subj is None or table.lemma[subj] not in lx.SURVEY_NOUNS or table.pos[subj] != "NOUN":
            continue
        if table.lower[subj] == "number":  # "a number of voters find ...": a quantity, not figures
            continue
        found = [c for c in children[pred] if pred < c <= content[-1] and dep[c] in _FINDINGS]
        if not found:
            continue
        if any(table.dominates(c, best.head) for c in found):
            return best
        within = []
        for cand in pool:
            if not any(table.dominates(c, cand.head) for c in found):
                continue
            if table.ent_type[cand.head] in _AMOUNT_ENTS or table.lower[cand.head] in _NO_MAIN_SUBJECT:
                continue
            within.append(cand)
        if not within:
            continue
        choice = _best(within, model, resolve)
        if UNRESOLVED in choice.features:
            continue
        return _what_it_heads(table, choice, pool, resolve)
    return best


#: Relations of what a verb of finding reports: its object ("showed *Ms. Alder* ahead") or clause ("finds *that
#: ...*") (:func:`finding_content`).
_FINDINGS: Final = frozenset({"dobj", "ccomp", "xcomp", "oprd"})


def _speaker_holds(st: Statement, pred: int, speaker: str | None, resolve: _Resolver) -> bool:
    """Whether the subject of ``pred`` is the claim's speaker: a first-person pronoun, the speaker's pronoun in
    reported speech ("*the judge* said *she* regretted ...", :func:`claimex.pipeline.acts.reported_self`), or a
    pronoun read as the speaker entity (:func:`position_object`)."""
    subj = acts.subject(st.table, pred)
    if subj is None:
        return False
    if st.table.lower[subj] in lx.FIRST_PERSON or acts.reported_self(st, subj):
        return True
    if speaker is None or st.table.pos[subj] != "PRON":
        return False
    cand = Candidate(subj, None, None, [], 0.0, False)
    resolve(cand)
    return cand.entity == speaker


def _pro_form(table: TokenTable, c: int) -> bool:
    """Whether the clause of ``c`` stands for an action said before ("*doing so*", "*doing it*")."""
    return table.lemma[c] == "do" and any(table.lower[g] in lx.SITUATION_PRONOUNS | {"so", "it"}
                                          for g in table.children[c])


def _named_besides(st: Statement, chosen: int, clause: int) -> bool:
    """Whether the candidate ``chosen`` is a name of the content outside the subject ``clause`` ("*Bringing
    the show back* feels right at a time when *Ms. Reyes* is the nominee"): the named one stays the target
    (:func:`clause_topic`)."""
    table = st.table
    if table.pos[chosen] != "PROPN" or not st.content[0] <= chosen <= st.content[-1]:
        return False
    return chosen not in table.subtree(clause)


def _quote_opens(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` is a quotation mark that opens a quotation."""
    word = table.lower[i]
    if word in ("“", "``", "‘"):
        return True
    if word not in ('"', "''", "'"):
        return False
    at = table.idx[i]
    return at == 0 or table.text[at - 1].isspace() or table.text[at - 1] in lx.OPEN_CONTEXT


def _found_at(found: Sequence[Candidate], head: int | None) -> Candidate | None:
    """The candidate of ``found`` headed by ``head``, else None (also for no ``head``)."""
    return None if head is None else next((c for c in found if c.head == head), None)


def _candidate_at(head: int, found: Sequence[Candidate], resolve: _Resolver) -> Candidate:
    """The candidate of ``found`` headed by ``head``, else a new one (no features: it was not ranked), resolved."""
    cand = _found_at(found, head) or Candidate(head, None, None, [], 0.0, False)
    resolve(cand)
    return cand


def _copula_of(table: TokenTable, i: int) -> int | None:
    """The copula ``i`` is a predicate nominal of ("it was *a clever plan*", "it’s *a trap*": ``acts.is_copula``
    reads the contractions), else None (:func:`predicate_subject`, :func:`_minor_features`)."""
    up = table.head[i]
    return up if table.dep[i] == "attr" and up != i and acts.is_copula(table, up) else None


def _says_less(table: TokenTable, subject: int) -> bool:
    """A subject that says less than its predicate (:func:`predicate_subject`): a generic noun or a light one
    (``acts.light_noun``)."""
    return table.lemma[subject] in lx.GENERIC_TARGET_NOUNS or acts.light_noun(table, subject)


def predicate_subject(table: TokenTable, i: int) -> int | None:
    """The subject a predicate nominal ``i`` of "be" is said of, where that is what the claim is about (rule
    "predicate_subject", issue 15's twenty-fourth target round): "*Cheap credit* was the main source of the
    housing bubble" -> "credit", not "the source"; else None. The subject must be a common noun or a name, not
    a pronoun ("it has been *a very clever plan*": "it" may stand for nothing the text names, and "I'm *the
    son of a miner*" says who the speaker is), nor a generic or light noun ("the best *way* forward is a new
    levy ..."); a predicate that names someone stays (:func:`_someone`: "the real culprit behind the deficit
    is *Mr. Dorsey*", "the biggest threat to the levy is *the governor*"). The blind judges called the
    predicate a minor noun phrase where the statement evaluates its subject."""
    up = _copula_of(table, i)
    if up is None or table.pos[i] != "NOUN" or table.ent_type[i]:
        return None
    dep = table.dep
    subject = next((c for c in table.children[up] if dep[c] == "nsubj" and table.pos[c] in _NOUNS), None)
    if subject is None or _says_less(table, subject) or _someone(table, i):
        return None  # "the best *way* forward is ...": the predicate says what; "... is *the governor*": someone
    return subject


def predicate_person(table: TokenTable, i: int) -> int | None:
    """The person a predicate nominal ``i`` says what they are, where that person is what the claim is about
    (rule "predicate_person", issue 15's target54 round): "*I*'m a voter", "*she* was the one to save the law",
    "*he* is the only other candidate to win a state", "*I* am proud to be a Republican", "*Ms. Ruiz* is a
    progressive"; else None. The blind judges marked such a predicate wrong where the statement describes its
    subject ("a Republican", "old friends", "the best candidate"). The subject of the copula, found up through
    "to" and an adjective ("proud *to be* ..."), must be "I", "we", "he" or "she" or a person's name; not "you"
    or "it", nor a relative pronoun. The predicate must be a common noun or a people's name ("a proud
    *Democrat*"), no other name ("he's *Donald Trump*", "we are *Orlando*") and no pronoun; of "we", a noun of
    persons ("we are *refugees*"), not of a group ("we are *a country* of immigrants", "*a force*"), which names
    the group "we" stands for; no relation to a person ("I am *the daughter of a miner*", :func:`_of_person`),
    where the statement may be about the other. Where the subject is read as the claim's speaker,
    :func:`past_self` keeps it."""
    up = _copula_of(table, i)
    if up is None or not ((table.pos[i] == "NOUN" and not table.ent_type[i]) or table.ent_type[i] == "NORP"):
        return None
    head, dep = table.head, table.dep
    v = up
    for _ in range(4):
        subject = next((c for c in table.children[v] if dep[c] in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            break
        if dep[v] not in _UP_TO_SUBJECT or head[v] == v:
            return None
        v = head[v]
    else:
        return None
    if table.lower[subject] == "we" and table.ent_type[i] != "NORP" and not is_person_noun(table.lemma[i].lower()):
        return None  # "we are *a country* of immigrants": the group "we" is, named
    if _of_person(table, i):
        return None  # "I am *the daughter of a miner*": a relation to the person the statement is about
    person = table.ent_type[subject] == "PERSON" and table.pos[subject] == "PROPN"
    return subject if table.lower[subject] in _PERSON_SUBJECTS or person else None


def named_predicate(table: TokenTable, i: int, content: Sequence[int]) -> int | None:
    """The name a described subject ``i`` of "be" is said to be, where that name is what the claim is about
    (rule "named_predicate", issue 15's target59 round): "*the real founder of the group* is President Ada
    Moss" -> "Moss", "one candidate he likes is Governor Ruiz" -> "Ruiz", "the clear winner of the debate was
    the Harbor News Network" -> "Network"; else None. The subject is a common noun that is no entity and has a
    determiner ("the", "one", "a"); the predicate nominal (``attr``) of the same "be", after it and inside
    the ``content``, is a person's or an organisation's name (its last word, :func:`name_head`). The blind
    judges marked the description wrong where the statement names whom it describes."""
    up = table.head[i]
    if (table.dep[i] != "nsubj" or up == i or table.pos[i] != "NOUN" or table.ent_type[i]
            or not acts.is_copula(table, up) or not any(table.dep[c] in _DETERMINERS for c in table.children[i])):
        return None
    for c in table.children[up]:
        if table.dep[c] == "attr" and c > up and table.pos[c] == "PROPN" and table.ent_type[c] in _PREDICATE_NAMES:
            hyphened = table.lower[c - 1] in _HYPHENS  # "is anti-*Israel*": no name, a quality
            return c if _within(content, c) and not hyphened else None
    return None


#: Relations of a subject's determiner ("*the* real founder", "*one* candidate he likes": :func:`named_predicate`).
_DETERMINERS: Final = frozenset({"det", "nummod", "poss"})
#: Entity labels of a name a described subject may be said to be (:func:`named_predicate`).
_PREDICATE_NAMES: Final = frozenset({"PERSON", "ORG"})


def role_whole(table: TokenTable, i: int) -> int:
    """The role noun a name ``i`` modifies, where that noun names a person or persons (rule "role_whole", issue
    15's target59 round): "the *CNN* reporter" -> "reporter", "the former *Ohio* governor" -> "governor", "no
    *Wall Street* executive" -> "executive", "*Latino* voters" -> "voters"; else ``i``. The name is the last
    word of a name (a ``compound`` or ``nmod`` of the noun, as the parser reads it, a possessive "'s" too: "many
    of *Trump*'s supporters" -> "supporters", "*Ms. Lee*'s campaign manager" -> "manager"); the noun is a common
    noun of persons (:func:`~claimex.pipeline.speakers.is_person_noun`, not "campaign" and the like,
    :data:`_NO_PERSON_ROLES`), no entity of its own. Not a title the parser hung on the noun ("*Mr.* Lee
    secretary of state"); not a name with an article of its own, a noun whose article follows the name, nor a
    plural name (called "*Lee* a hypocrite", "*the Saudis* 'free riders'": the parser's compound of a
    predicate); not a name conjoined before the noun ("*Obama* and Democratic leaders"). Where the noun is read
    as no one and a name not possessive was read as a named person, that person stays the entity ("the former
    *Ohio* governor", :func:`_what_it_heads`). A name that modifies any other noun stays ("the *Trump*
    campaign", :func:`name_head`). The blind judges marked the name wrong where the phrase it was cut from is a
    person ("the jab targets the reporter, not the network")."""
    up = table.head[i]
    if (table.pos[i] != "PROPN" or table.dep[i] not in _ROLE_MODIFIERS or up == i or table.pos[up] != "NOUN"
            or table.ent_type[up] or table.lower[i].rstrip(".") in lx.TITLES
            or table.lemma[up].lower() in _NO_PERSON_ROLES or not is_person_noun(table.lemma[up].lower())):
        return i
    if any(table.dep[c] == "det" and c > i for c in table.children[up]) or any(
            table.dep[c] == "det" for c in table.children[i]):
        return i  # "called *Trump* 'a psychopath'", "called *the Lees* liars": the noun says what the name is
    if table.doc[i].tag_ == "NNPS":
        return i  # "called *the Saudis* 'free riders'": a plural name is a phrase of its own
    if any(table.dep[k] == "cc" for k in range(i + 1, up)):
        return i  # "*Obama* and Democratic leaders": the parser's compound of a conjoined name
    return up


#: Relations of a name that modifies a role noun ("the *CNN* reporter": :func:`role_whole`).
_ROLE_MODIFIERS: Final = frozenset({"compound", "nmod"})


def _of_person(table: TokenTable, i: int) -> bool:
    """Whether noun ``i`` has an "of" phrase naming a person or persons ("the daughter *of a miner*", "the son
    *of immigrants*", "a friend *of Ms. Ruiz*"): a relation, whose other end the statement may be about
    (:func:`predicate_person`)."""
    for c in table.children[i]:
        if table.dep[c] == "prep" and table.lower[c] == "of":
            for g in table.children[c]:
                if table.dep[g] == "pobj" and (table.ent_type[g] in ("PERSON", "NORP") or (
                        table.pos[g] == "NOUN" and is_person_noun(table.lemma[g].lower()))):
                    return True
    return False


#: Subject pronouns of a person a predicate nominal may describe (:func:`predicate_person`).
_PERSON_SUBJECTS: Final = frozenset({"i", "we", "he", "she"})
#: Relations climbed from a copula without a subject to the clause whose subject it shares ("I am proud *to be*
#: ...", "I never claimed *to be* ...", "... and *was* ...").
_UP_TO_SUBJECT: Final = frozenset({"xcomp", "acomp", "conj"})


def _someone(table: TokenTable, i: int) -> bool:
    """A predicate nominal ``i`` that names someone (:func:`predicate_subject`): a noun of a role or an
    organisation (``acts.is_agent``: "the biggest threat to the levy is *the governor*"), not one with an "of"
    phrase, which reads as a relation ("soaring rents are *the source* of the anger")."""
    return acts.is_agent(table, i) and not any(
        table.dep[c] == "prep" and table.lower[c] == "of" for c in table.children[i])


def relation_object(table: TokenTable, i: int) -> int | None:
    """The person, organisation or named thing a common noun ``i`` of relation is directed at, where that is what the
    claim is about (rule "relation_object", issue 15's twenty-fourth target round): "deep distrust *toward
    the Harlow County board*", "the charges *against Ms. Varga*", "a long feud *with him*", "loyalty *to
    Councillor Brandt*"; else None. The object must be a name or a person's object pronoun
    (:data:`~claimex.lexicons.PERSON_OBJECT_PRONOUNS`, taken only where it is read as someone), not the name of
    a state, a city or a country ("the fight *for Ohio*", "the problem *with Denver*": GPE, where the race or
    the place is the topic). Other names stay, though not all name people: a region that stands for an
    industry ("distrust *toward Wall Street*"), a book a backlash is against. The noun is one of feeling,
    stance, tie or charge (:data:`~claimex.lexicons.DIRECTED_RELATION_NOUNS`; not "a treaty *with* Peru", which
    is the topic itself), and a charge is directed only through "against" (a complaint *to* a commission is filed there:
    :data:`~claimex.lexicons.CHARGE_NOUNS`); not through "on" ("a levy *on* imported steel"). The blind judges
    called the relation a minor noun phrase."""
    lemma = table.lemma[i]
    if table.pos[i] != "NOUN" or table.ent_type[i] or lemma not in lx.DIRECTED_RELATION_NOUNS:
        return None
    preps = _AGAINST if lemma in lx.CHARGE_NOUNS else lx.TOWARD_PREPS
    dep, lower = table.dep, table.lower
    for p in table.children[i]:
        if dep[p] == "prep" and lower[p] in preps:
            for o in table.children[p]:
                if (dep[o] == "pobj" and (table.pos[o] == "PROPN" or lower[o] in lx.PERSON_OBJECT_PRONOUNS)
                        and table.ent_type[o] != "GPE"):
                    return o
    return None


#: The one preposition a charge is directed through (:func:`relation_object`).
_AGAINST: Final = frozenset({"against"})


#: Words of quantity or part that head a phrase whose "of" object is the whole (:func:`part_whole`).
_PARTS: Final = frozenset({
    "none", "some", "all", "most", "many", "much", "lot", "lots", "number", "percentage", "percent", "share",
    "majority", "minority", "half", "portion", "part", "rest", "bulk", "handful", "dozen", "dozens", "hundreds",
    "thousands", "millions", "billions", "one", "two", "three", "few", "several", "any", "each", "either",
    "neither", "both", "plenty", "fraction", "third", "quarter", "proportion"})


def part_whole(table: TokenTable, i: int) -> int:
    """The whole a word of quantity or part stands for (rule "part_whole", issue 15's twenty-first target
    round): the noun of its "of" phrase ("*none* of the current methods" -> "methods", "a *majority* of
    voters" -> "voters"; since the twenty-second round a noun of circumstance too, "in the *midst* of a
    revolt" -> "revolt": :data:`~claimex.lexicons.CIRCUMSTANCE_NOUNS`, which the judges called a garbled
    fragment), else ``i``; not a pronoun ("all of *them*" says less than the part), an amount or a light noun
    ("hundreds of millions of *dollars*", "10 percent of *the time*"). The blind judges called the part
    ("none of ...") a fragment; the training readers' targets, which overlap either, are unchanged (933
    of 1,450)."""
    if table.lower[i] not in _PARTS and table.lemma[i] not in lx.CIRCUMSTANCE_NOUNS:
        return i
    dep, children = table.dep, table.children
    for c in children[i]:
        if dep[c] == "prep" and table.lower[c] == "of":
            for g in children[c]:
                if (dep[g] == "pobj" and table.pos[g] in _NOUNS and table.ent_type[g] not in _AMOUNT_ENTS
                        and table.lemma[g] not in lx.LIGHT_TARGET_NOUNS and table.lemma[g] not in _UNITS):
                    return g
    return i


#: Relations of a hyphened word that modifies a noun ("a *full*-throttle campaign", "*large*-scale"):
#: :func:`compound_whole`.
_HYPHENED_DEPS: Final = frozenset({"nmod", "amod"})


#: A hyphen that joins the pieces of one word ("anti-union"), written with no space on either side.
_WORD_HYPHEN: Final = "-"


def hyphen_whole(table: TokenTable, i: int) -> int:
    """The phrase a piece of a hyphened word ``i`` belongs to (rule "hyphen_whole", issue 15's target60 round),
    else ``i``: a prefix or a word cut at a hyphen is no target a reader can use ("*anti*-union policies",
    "a *Mexican*-American judge", "*Iran*-related bills"). The hyphened word is the run of words joined by
    hyphens with no space on either side (:func:`_hyphened_word`); the piece gives way to the word's own noun
    where the word is a noun the parser hangs on no other noun ("*Dodd*-Frank", "*name*-calling": the last
    piece, whose phrase holds the others), else to the noun the word modifies ("the Clinton-Trump *race*", a
    "Franco-Algerian *couple*"), else, where the parser hangs the word on none, to the noun that ends the run
    of modifiers after it ("anti-union, anti-worker and anti-family *policies*", :func:`_modified_noun`).
    Not a pronoun or a capital letter ("(*I*-Vt.)", a party and state), not a word that modifies no noun ("he
    is *pro*-Israel": a quality, no phrase to widen to), not the word's own head piece, whose phrase shows the
    whole word already."""
    if table.pos[i] == "PRON" or (len(table.lower[i]) == 1 and table.text[table.idx[i]].isupper()):
        return i
    lo, hi = hyphened_word(table, i)
    if lo == hi:
        return i
    head, pos, dep = table.head, table.pos, table.dep
    words = range(lo, hi + 1, 2)
    tops = [k for k in words if head[k] == k or not lo <= head[k] <= hi]
    if tops == [i]:  # the word's own head: its phrase holds the whole word ("the *AFL-CIO*", "a *Trump-only*")
        return i
    ups = {head[k] for k in tops}
    if len(ups) == 1:
        top = max(tops)
        up = head[top]
        if up != top and pos[up] in _NOUNS and table.is_alpha[up] and dep[top] in _MODIFIER_DEPS:
            return up
        if pos[top] in _NOUNS and (len(tops) == 1 or all(pos[k] in _NOUNS for k in words)):
            return top  # the word's own noun: its last piece where the parser hangs every piece on one word
    if any(pos[k] == "ADJ" for k in words):
        return _modified_noun(table, hi, i)
    return i


def _hyphen_candidate(table: TokenTable, piece: Candidate, found: Sequence[Candidate], resolve: _Resolver) -> Candidate:
    """The candidate of :func:`hyphen_whole`'s phrase for the chosen ``piece``, else ``piece``; a hyphened name
    ("*Dodd*-Frank", "*Wealth*-X") is one name: its whole text, and the piece's entity where the whole has none."""
    whole = hyphen_whole(table, piece.head)
    if whole == piece.head:
        return piece
    best = _candidate_at(whole, found, resolve)
    lo, hi = hyphened_word(table, whole)
    if table.pos[whole] == "PROPN" and lo <= piece.head <= hi:
        best.entity = best.entity or piece.entity
        best.name = table.text[table.idx[lo]:table.end[hi]]
    return best


def hyphened_word(table: TokenTable, i: int) -> tuple[int, int]:
    """The first and last word of the hyphened word token ``i`` is a piece of: words joined by
    :data:`_WORD_HYPHEN` with no space on either side ("anti-union", "winner-take-all"); ``(i, i)`` for a
    word with no such hyphen."""
    lower, idx, end = table.lower, table.idx, table.end
    lo, hi, n = i, i, len(lower)
    while lo >= 2 and lower[lo - 1] == _WORD_HYPHEN and end[lo - 2] == idx[lo - 1] and end[lo - 1] == idx[lo]:
        lo -= 2
    while hi + 2 < n and lower[hi + 1] == _WORD_HYPHEN and end[hi] == idx[hi + 1] and end[hi + 1] == idx[hi + 2]:
        hi += 2
    return lo, hi


#: Words a run of coordinated modifiers holds between a hyphened word and its noun ("anti-union*,* anti-worker
#: *and* anti-family policies"): :func:`_modified_noun`.
_MODIFIER_JOINS: Final = frozenset({",", "and", "or", "-"})


def _modified_noun(table: TokenTable, hi: int, i: int) -> int:
    """The common noun that ends the run of modifiers after a hyphened word's last word ``hi`` (adjectives, other
    hyphened words, a name that modifies, a prefix cut off by a space ("pro- Kasich"), commas and "and" / "or"),
    at most :data:`_MODIFIER_RUN` tokens on, else ``i``."""
    pos, lower = table.pos, table.lower
    k, n = hi + 1, len(lower)
    while k < n and k <= hi + _MODIFIER_RUN:
        _, hi_k = hyphened_word(table, k)
        if hi_k > k:
            k = hi_k + 1
            continue
        if pos[k] == "NOUN" and table.is_alpha[k]:
            return k
        if not (pos[k] == "ADJ" or lower[k] in _MODIFIER_JOINS or lower[k].endswith(_WORD_HYPHEN)
                or (pos[k] == "PROPN" and table.dep[k] in _MODIFIER_DEPS)):
            return i
        k += 1
    return i


#: How far after a hyphened word :func:`_modified_noun` looks for its noun.
_MODIFIER_RUN: Final = 12


#: Relations of a hyphened word that modifies the noun it hangs on (:func:`hyphen_whole`).
_MODIFIER_DEPS: Final = frozenset({"amod", "compound", "nmod", "npadvmod", "nummod"})


#: Possessive pronouns that determine a noun (:func:`owned_phrase`).
_POSSESSIVE_DETERMINERS: Final = frozenset({"his", "her", "their", "its"})


def owned_phrase(table: TokenTable, i: int, content: Sequence[int]) -> int:
    """The phrase a possessive pronoun ``i`` chosen as the target determines (rule "owned_phrase", issue 15's
    target60 round), else ``i``: "*his* attacks have turned personal" -> "his attacks", "staff combed
    *their* files" -> "their files". A bare "his" is no phrase a reader can use; the phrase still
    names its owner, and the claim keeps the entity and name the pronoun was read as (the owner, whose act
    or thing the statement is about). The owned noun is a common noun inside the ``content``; not a noun of a
    person ("*his* wife", "*her* rival": another person than the owner), not a light noun ("*his* time"), not
    the object of a preposition of setting ("two years into *her* term": a time, not what is evaluated)."""
    if table.dep[i] != "poss" or table.pos[i] != "PRON" or table.lower[i] not in _POSSESSIVE_DETERMINERS:
        return i
    owned = table.head[i]
    if owned == i or table.pos[owned] != "NOUN" or not _within(content, owned):
        return i
    lemma = table.lemma[owned]
    if is_person_noun(lemma) or lemma in lx.LIGHT_TARGET_NOUNS:
        return i
    if table.dep[owned] == "pobj" and table.lower[table.head[owned]] in lx.SETTING_PREPS:
        return i
    return owned


def compound_whole(table: TokenTable, i: int) -> int:
    """The noun a common noun ``i`` modifies, itself a candidate's head (rule "compound_whole", issue 15's
    twenty-second target round): "*voter* fraud" -> "fraud", "the three-*judge* panel" -> "panel", "*campaign*
    spending" -> "spending", a hyphened modifier ("large-*scale* reclamation" -> "reclamation"); else ``i``.
    The rules' proposal may be such a word (an agent read inside a compound); the blind judges called it a
    truncated fragment. Not a name ("Trump" of "the Trump campaign" stays, as in :func:`name_head`; a name
    the tagger read as a common noun neither), not a word with its own determiner ("*the party* unifying",
    a parse's slip)."""
    dep, pos, head, kids = table.dep, table.pos, table.head, table.children
    j = i
    while (pos[j] == "NOUN" and head[j] != j and pos[head[j]] in _NOUNS and not table.ent_type[j]
           and (dep[j] == "compound" or (dep[j] in _HYPHENED_DEPS and any(table.lower[c] in _HYPHENS for c in kids[j])))
           and not any(dep[c] == "det" for c in kids[j])):
        j = head[j]
    return j


#: Nouns of a unit of measure: the whole of no part a claim is about ("millions of *dollars*").
_UNITS: Final = frozenset({"dollar", "percent", "cent", "pound", "euro", "gallon", "mile", "ton", "hour", "minute"})


#: Role nouns of :data:`~claimex.lexicons.ROLE_NOUNS` that name no person (:func:`owned_topic`).
_NO_PERSON_ROLES: Final = frozenset({"campaign", "source", "head", "police"})
#: Entity labels of places, and common nouns of a place, whose possessed noun is what a claim is about
#: (:func:`owned_topic`).
_PLACE_ENTS: Final = frozenset({"GPE", "LOC"})
_PLACE_NOUNS: Final = frozenset({"country", "state", "nation", "city", "county", "region", "district", "province",
                                 "town", "world"})


def owned_topic(table: TokenTable, i: int, name: str | None = None) -> int | None:
    """The noun a possessor ``i`` owns when it, not the possessor, is what a claim is about (rule
    "owned_topic", issue 15's twenty-first target round): a person named by a role ("the party's likely
    *nominee*", "the mayor's top *aide*": :data:`~claimex.lexicons.ROLE_NOUNS`), not of a pronoun ("his
    *wife*" stays with "his": measured, two training readers' statements lost), and anything a place owns
    ("the country's *state of emergency*", "Louisiana's *crisis*"; not a place whose name ``name``, the
    name ``i`` resolves to, has a forename: the small model labels some people places); else None. A person
    or organisation owning a thing stays the target ("*the council's* report was a cover-up"). Not an
    owned noun with an article ("our country*'s a* mess": "'s" is "is"). Not a feature of the ranker: the
    training readers, whose targets overlap either phrase, do not tell the two apart (933 -> 934 of 1,450);
    the blind judges called the owner a minor noun phrase or the wrong person."""
    dep, pos = table.dep, table.pos
    if dep[i] != "poss" or pos[i] == "PRON":
        return None
    owned = table.head[i]
    if owned == i or pos[owned] not in _NOUNS or any(
            dep[c] == "det" and table.lower[c] in _ARTICLES for c in table.children[owned]):
        return None
    lemma = table.lemma[owned]
    if lemma in lx.ROLE_NOUNS and lemma not in _NO_PERSON_ROLES:
        return owned
    ent = table.ent_type[i]
    if ent in _PLACE_ENTS:
        return None if name_gender(name) else owned
    return owned if not ent and table.lemma[i] in _PLACE_NOUNS else None


def owned_conduct(table: TokenTable, i: int, content: Sequence[int]) -> int | None:
    """The action a possessor ``i`` owns, where the claim judges that action rather than its owner (rule
    "owned_conduct", issue 15's thirtieth target round): "*the governor's* handling of the storm was a
    disaster" -> "handling", "*Smith's* vote for the war", "*the agency's* decision to ..."; else None. The
    owned noun is an action nominal (:func:`is_action_nominal`: WordNet's first sense of it an act, and a
    verb of the same or a derived lemma), not a quality or role of the owner ("*Smith's* honesty", "*the
    senator's* ability": attributes, which stay with the owner). Not an owned noun with an article ("'s"
    read as "is"); not a pronoun's ("*his* handling": measured, the training readers lost 2); not an action
    outside the statement's ``content``, which the statement does not judge ("decried *Smith's* attempts to
    close the shelters, noting he has never visited one" is about Smith)."""
    owned = _owned_noun(table, i, content)
    return owned if owned is not None and is_action_nominal(table.lemma[owned]) else None


def _owned_noun(table: TokenTable, i: int, content: Sequence[int]) -> int | None:
    """The common noun a possessor ``i`` owns, as :func:`owned_conduct` and :func:`owned_message` read it: not
    a pronoun's possessor, not an owned noun with an article ("'s" read as "is"), not a noun outside the
    statement's ``content``; else None."""
    dep, pos = table.dep, table.pos
    if dep[i] != "poss" or pos[i] == "PRON":
        return None
    owned = table.head[i]
    if owned == i or pos[owned] != "NOUN" or not _within(content, owned) or _with_article(table, owned):
        return None
    return owned


def _with_article(table: TokenTable, noun: int) -> bool:
    """A noun with an article among its determiners (:data:`_ARTICLES`)."""
    dep, lower = table.dep, table.lower
    return any(dep[c] == "det" and lower[c] in _ARTICLES for c in table.children[noun])


def owned_message(table: TokenTable, i: int, content: Sequence[int]) -> int | None:
    """What a possessor ``i`` says, thinks or proposes, where the claim judges that rather than its owner
    (rule "owned_message", issue 15's target37 round): "*the senator's* remarks were offensive" -> "remarks",
    "*the mayor's* plan will cost jobs", "*the governor's* views on trade"; else None. The owned noun is one of
    :data:`~claimex.lexicons.MESSAGE_NOUNS` (statements, views, plans, policies, a campaign), which WordNet files
    as communication or cognition, not as acts, so :func:`owned_conduct` leaves them. The guards are
    :func:`owned_conduct`'s (:func:`_owned_noun`): not a pronoun's possessor, not an owned noun with an article
    ("'s" read as "is"), not a noun outside the statement's ``content``. Nor an owned noun that is the object of
    a preposition of setting (:data:`~claimex.lexicons.SETTING_PREPS`: "took shots *at Smith's comments*",
    "still *in the mayor's plans*"), which :func:`setting_object` would then pass over for an unrelated
    candidate (3 of the 132 PolNeAR train targets it first moved)."""
    owned = _owned_noun(table, i, content)
    if owned is None or table.lemma[owned] not in lx.MESSAGE_NOUNS:
        return None
    return None if table.dep[owned] == "pobj" and table.lower[table.head[owned]] in lx.SETTING_PREPS else owned


@lru_cache(maxsize=4096)
def is_action_nominal(lemma: str) -> bool:
    """Whether a common noun names an action someone takes (:func:`owned_conduct`): its first WordNet sense is
    an act (``noun.act``: "handling", "use", "vote", "decision", "treatment", "failure"), and the noun is a verb
    too or derived from one ("vote", "handle" -> "handling"); not a noun of an event, a state or a quality
    ("victory", "crisis", "honesty"), nor one :data:`~claimex.lexicons.NOT_CONDUCT_NOUNS` lists."""
    senses = lexical.noun_senses(lemma)
    if not senses or senses[0] != "act" or lemma in lx.NOT_CONDUCT_NOUNS:
        return False
    verbs = lexical.wordnet_table().groups["v"]
    return lemma in verbs or any(d in verbs for d in lexical.derived(lemma))


#: How far below the speaker's own mention another candidate may score and still be what a statement is
#: about (:func:`past_self`).
SELF_MARGIN: Final = 1.0


def setting_object(table: TokenTable, best: Candidate, pool: Sequence[Candidate], model: TargetModel,
                   resolve: _Resolver) -> Candidate:
    """The best other candidate, where the chosen one ``best`` is the setting of what is said (rule
    "setting_object", issue 15's thirty-fourth target round): a common noun that names no one, object of a
    preposition of place, time or comparison (:data:`~claimex.lexicons.SETTING_PREPS`) hung on a verb or an
    adjective ("I was living *inside the station*", "that could happen *in the future*", "*despite the new
    limits*, ..."). Not "on", "to" or "for", which also name what a verb is about ("focus *on* the plan").
    Of main's targets that were objects of these prepositions, blind judges found 16 of 17 wrong and the
    training readers 16 of 20. The other candidate must be no setting itself, no time or amount, no part
    of the setting's own phrase ("*Obama's* visit", "*campaign* events"), no noun of the cue's sentence
    outside the content (:data:`OUTSIDE`), no pronoun read as nobody and no "it" or "you", no predicate noun
    ("she is *a risk*": what is said of the subject) and no vague noun ("*things* happened", "*plenty of time*":
    :data:`~claimex.lexicons.GENERIC_TARGET_NOUNS`, "time", "way"); ``best`` stays
    where none is (a statement about a place: "crime is down *in the city*" with nothing else to name). A place
    or time named as the setting (:func:`named_setting`, issue 15's target52 round) gives way to the subject or
    object of the clause it sets (:func:`_set_in`), else only to a name of a person, organisation or people
    (:func:`_named_one`) that is not the speaker."""
    if not _is_setting(table, best):
        return best
    named = not _common_setting(table, best)
    if named:  # a named setting: the subject of its clause, else a name
        subject = _set_in(table, best, pool, model, resolve)
        if subject is not best:
            return subject
    return _best_other(table, best, pool, model, resolve, named)


def _best_other(table: TokenTable, best: Candidate, pool: Sequence[Candidate], model: TargetModel,
                resolve: _Resolver, named: bool = False) -> Candidate:
    """The best-scoring candidate of ``pool`` other than a setting or a measure ``best`` with
    :func:`setting_object`'s guards (``named``: a name of a person, organisation or people that is not the
    speaker only), else ``best``."""
    others = []
    for cand in pool:
        if (cand is best or table.ent_type[cand.head] in _AMOUNT_ENTS or _is_setting(table, cand)
                or table.dominates(best.head, cand.head) or _predicate_noun(table, cand.head)
                or table.lemma[cand.head] in _VAGUE_NOUNS or _is_measure(table, cand.head)):
            continue
        resolve(cand)
        if _OUTSIDE in cand.features or UNRESOLVED in cand.features or table.lower[cand.head] in _NO_MAIN_SUBJECT:
            continue
        if named and (not _named_one(table, cand.head)
                      or (cand.entity is not None and cand.entity == resolve.about.get("speaker"))):
            continue  # a named setting gives way to no common noun or place, nor to the speaker (:func:`past_self`)
        cand.score = model.score(cand.features)
        others.append(cand)
    return max(others, key=_SCORE) if others else best


def _named_one(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` is the name of a person, an organisation or a people, or a name the small model labels
    as nothing (:data:`_NAMED_ONES`): what a named setting gives way to where its clause has no subject
    (:func:`setting_object`)."""
    ent = table.ent_type[i]
    return ent in _NAMED_ONES or (not ent and table.pos[i] == "PROPN")


#: Entity labels of the names a named setting gives way to where its clause has no subject to give way to
#: (:func:`setting_object`, :func:`named_setting`).
_NAMED_ONES: Final = frozenset({"PERSON", "ORG", "NORP"})


def _predicate_noun(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` is a noun said of its clause's subject ("she is *a risk*"), not the noun an expletive
    "there" brings in ("there were *buyers*")."""
    return table.dep[i] == "attr" and not any(table.dep[c] == "expl" for c in table.children[table.head[i]])


def _is_setting(table: TokenTable, cand: Candidate) -> bool:
    """Whether ``cand`` is a common noun naming no one, the object of a preposition of setting hung on a verb
    or an adjective (:func:`setting_object`), or a place or time named as the setting (:func:`named_setting`)."""
    return _common_setting(table, cand) or named_setting(table, cand.head)


def _common_setting(table: TokenTable, cand: Candidate) -> bool:
    """Whether ``cand`` is a common noun naming no one, the object of a preposition of setting hung on a verb
    or an adjective (:func:`setting_object`, issue 15's thirty-fourth target round)."""
    i = cand.head
    if table.pos[i] != "NOUN" or cand.entity is not None or cand.name is not None or table.dep[i] != "pobj":
        return False
    prep = table.head[i]
    return (table.lower[prep] in lx.SETTING_PREPS and table.dep[prep] == "prep"
            and table.pos[table.head[prep]] in _SETTING_HOSTS)


def named_setting(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` heads a place or a time named as the setting of what is said (rule "named_setting",
    issue 15's target52 round, a kind of :func:`setting_object`'s setting): a name of a place (GPE, LOC, FAC)
    that is, itself or through the name, apposition or conjunct it belongs to ("in Iraq *and Syria*"), the object
    of a preposition of place or of motion (:data:`_PLACE_PREPS`: "he is heading *to Denver*", "we expect to
    do well *in Ohio*", "they are moving it *to Mexico City*"), or a date or time under a preposition of time
    (:data:`_TIME_PREPS`: "*on Super Tuesday*", "*for the next few years*"), hung on a verb or an adjective.
    Not "of", "from", "by", "for" or "about" a place ("the rest *of Georgia*", "differed *from Nazi Germany*",
    "stand *by Israel*"), which name what is judged, nor a place under a noun ("immigration *to the United
    States*"). Such a place or time says where or when; the statement is about who or what is there."""
    ent = table.ent_type[i]
    if ent in _PLACE_NAMES:
        preps = _PLACE_PREPS
    elif ent in _TIME_NAMES:
        preps = _TIME_PREPS
    else:
        return False
    head, dep = table.head, table.dep
    j = i
    for _ in range(4):  # up through the name, apposition or conjunction it belongs to
        if dep[j] not in _PLACE_LINKS or head[j] == j:
            break
        j = head[j]
    if dep[j] != "pobj":
        return False
    prep = head[j]
    return (table.lower[prep] in preps and dep[prep] == "prep" and table.pos[head[prep]] in _SETTING_HOSTS
            and not (table.lower[prep] == "at" and table.lemma[head[prep]] in _AT_WHAT))


def _set_in(table: TokenTable, best: Candidate, pool: Sequence[Candidate], model: TargetModel,
            resolve: _Resolver) -> Candidate:
    """The subject of the clause a named setting ``best`` (:func:`named_setting`) sets, else its verb's direct
    object, where that is a candidate ("*he* was heading to Denver", "*the NFL* has gone soft like the US",
    "*migrants* crossing into the country", "they moved *the tournament* to Mexico City"): the subject found by
    walking up through the clause's "to" and conjoined verbs ("*she* hopes to win in Ohio") or from a
    participle to the noun it describes; a relative pronoun stands for its noun. Not "it" or "you", a pronoun
    read as nobody, a vague noun, "what", nor the claim's own speaker where :func:`past_self` would pass it over
    for another noun at hand ("*we* expect to do well in Ohio *following the same plan*"; the speaker stays
    where nothing else is: "*he* was heading to Denver"): then ``best`` stays ("*it* is sad in America that
    ...")."""
    head, dep = table.head, table.dep
    j = best.head
    for _ in range(4):
        if dep[j] not in _PLACE_LINKS or head[j] == j:
            break
        j = head[j]
    verb = head[head[j]]
    if table.pos[verb] == "ADJ" and dep[verb] in {"acomp", "oprd"}:
        verb = head[verb]
    picks = []
    v = verb
    for _ in range(3):
        subject = next((c for c in table.children[v] if dep[c] in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            picks.append(relative_antecedent(table, subject))
            break
        if dep[v] == "acl" and head[v] != v:  # "migrants crossing into ...": the noun the participle describes
            picks.append(head[v])
            break
        if dep[v] not in {"xcomp", "conj"} or head[v] == v:
            break
        v = head[v]
    picks.extend(c for c in table.children[verb] if dep[c] == "dobj")
    return _first_fitting(table, picks, best, pool, model, resolve)


def _first_fitting(table: TokenTable, picks: Sequence[int], best: Candidate, pool: Sequence[Candidate],
                   model: TargetModel, resolve: _Resolver, no_speaker: bool = False) -> Candidate:
    """The first of the tokens ``picks`` (a clause's subject, then its object) that is a fitting candidate of
    ``pool``: no "it" or "you", vague noun, "what", pronoun read as nobody or noun outside the content, nor the
    claim's own speaker where :func:`past_self` would pass it over for another noun at hand (with ``no_speaker``,
    never the speaker); else ``best`` (:func:`_set_in`, :func:`measure_target`)."""
    for i in picks:
        cand = next((c for c in pool if c.head == i), None)
        if cand is None or table.lower[i] in _NO_MAIN_SUBJECT or table.lemma[i] in _VAGUE_NOUNS | {"what"}:
            continue
        resolve(cand)
        if UNRESOLVED in cand.features or _OUTSIDE in cand.features:
            continue
        if cand.entity is not None and cand.entity == resolve.about.get("speaker") and (
                no_speaker or past_self(cand, pool, model, resolve) is not cand):
            continue
        return cand
    return best


#: Verbs whose "at" names what the verb is directed at, not where ("everybody is looking *at Nevada*").
_AT_WHAT: Final = frozenset({"look", "stare", "glance", "gaze", "aim", "point", "laugh", "shoot", "lash", "jab",
                             "swipe", "rail", "sneer", "marvel", "fire", "hit", "strike", "take"})


#: Entity labels of a place and of a time (:func:`named_setting`).
_PLACE_NAMES: Final = frozenset({"GPE", "LOC", "FAC"})
_TIME_NAMES: Final = frozenset({"DATE", "TIME"})
#: Prepositions whose place object is the setting (:func:`named_setting`): those of place and time, and "to" of
#: motion (which, with a common noun, also names what a verb is about: "objected *to the plan*").
_PLACE_PREPS: Final = lx.SETTING_PREPS | {"to"}
#: Prepositions whose date or time object is when something happens (:func:`named_setting`).
_TIME_PREPS: Final = lx.SETTING_PREPS | {"on", "to", "for", "since", "until", "till", "by", "through", "over", "before"}
#: Relations that join a word to the name, apposition or conjunction of places it belongs to.
_PLACE_LINKS: Final = frozenset({"compound", "flat", "appos", "conj"})


#: Nouns too vague to stand for what a statement is about (:func:`setting_object`'s replacements).
_VAGUE_NOUNS: Final = lx.GENERIC_TARGET_NOUNS | {"time", "way", "plenty", "rest"}
#: Parts of speech of the word a preposition of setting hangs on (:func:`setting_object`): not a noun ("the
#: beginning of cracks *on the grip*" names the grip).
_SETTING_HOSTS: Final = frozenset({"VERB", "AUX", "ADJ"})


def measure_target(table: TokenTable, best: Candidate, pool: Sequence[Candidate], model: TargetModel,
                   resolve: _Resolver) -> Candidate:
    """The subject of the clause, else its object, where the chosen candidate ``best`` is a measure, a time or a
    duration that the clause passes through (rule "measure_target", issue 15's target67 round): "I drove *for
    about an hour*, and ...", "*the years* that followed brought *a fundamental shift*", "*we* have waited
    *three years* for it". A measure (:func:`_is_measure`) says how far, how long or when; the statement is about
    who or what is measured. It gives way where it is the object of a preposition hung on a verb or an adjective,
    a noun used as an adverb, or the verb's subject (then to the verb's object only); the subject or object must
    be a candidate that fits (:func:`_first_fitting`: no "it" or "you", vague noun, pronoun read as nobody, nor
    the claim's own speaker, whose walk or wait is the setting of what is seen). With none, a measure that is no
    subject gives way to the best-scoring other candidate that is no object of a preposition, with
    :func:`setting_object`'s guards (:func:`_best_other`: "I drove for about an hour, and there were *burned
    cars* ..."); ``best`` stays where there is none ("it has been *three years*"), where a measure subject has
    no object ("*today* is a day for celebration"), and where the measure counts a noun of its own ("*decades of*
    deals", "*three years of* war").
    """
    i = best.head
    if not _is_measure(table, i):
        return best
    head, dep = table.head, table.dep
    if any(dep[c] == "prep" and table.lower[c] == "of" for c in table.children[i]):
        return best  # "decades of back-room deals": the counted noun is no setting
    d = dep[i]
    if d == "pobj" and dep[head[i]] == "prep" and table.pos[head[head[i]]] in _SETTING_HOSTS:
        verb, subject = head[head[i]], True
    elif d in _MEASURE_ADVERBS and table.pos[head[i]] in _SETTING_HOSTS:
        verb, subject = head[i], True
    elif d in {"nsubj", "nsubjpass"} and table.pos[head[i]] in {"VERB", "AUX"}:
        verb, subject = head[i], False
    else:
        return best
    if table.pos[verb] == "ADJ" and dep[verb] in {"acomp", "oprd"}:
        verb = head[verb]
    picks: list[int] = []
    v = verb
    for _ in range(3 if subject else 0):  # up through "to" and conjoined verbs, as :func:`_set_in`
        found = next((c for c in table.children[v] if dep[c] in ("nsubj", "nsubjpass")), None)
        if found is not None:
            picks.append(relative_antecedent(table, found))
            break
        if dep[v] not in {"xcomp", "conj"} or head[v] == v:
            break
        v = head[v]
    picks.extend(c for c in table.children[verb] if dep[c] == "dobj" and c != i)
    fitting = _first_fitting(table, [p for p in picks if p != i], best, pool, model, resolve, no_speaker=True)
    if fitting is not best or not subject:  # a measure that is the subject: its own object, else it stays
        return fitting
    return _best_other(table, best, [c for c in pool if dep[c.head] != "pobj"], model, resolve)


def _is_measure(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` heads a measure, a time or a duration (:func:`measure_target`): a phrase the small model
    labels a date, a time or a quantity ("*nearly a mile*", "*the next few years*", "*two weeks*"), or a common noun
    of length of time or of distance (:data:`_MEASURE_NOUNS`: "*the years* that followed") that the model labels
    as no other kind of name; a common noun or a number, not a proper name the model labels a date."""
    ent, pos = table.ent_type[i], table.pos[i]
    if ent in _MEASURE_ENTS:
        return pos in {"NOUN", "NUM"}  # not a name the small model labels a date ("*Mateen* was assisted")
    return not ent and pos == "NOUN" and table.lemma[i] in _MEASURE_NOUNS


#: Entity labels of a measure, a time or a duration (:func:`measure_target`); not money, a percentage or a bare
#: number, which are often what a statement is about ("*$4 billion* is too much", "*40 percent* back her").
_MEASURE_ENTS: Final = frozenset({"DATE", "TIME", "QUANTITY"})
#: Common nouns of a length of time or a distance (:func:`_is_measure`).
_MEASURE_NOUNS: Final = frozenset({
    "year", "month", "week", "day", "hour", "minute", "decade", "century", "mile", "kilometer", "yard", "foot",
    "inch", "acre"})
#: Relations of a noun used as an adverb of measure or time ("walked *a mile*", "left *last week*").
_MEASURE_ADVERBS: Final = frozenset({"npadvmod", "advmod", "tmod"})


def circumstance_subject(table: TokenTable, best: Candidate, found: Sequence[Candidate],
                         resolve: _Resolver) -> Candidate:
    """The subject of the main clause, where the chosen candidate ``best`` is the subject of an adverbial clause
    of time or concession hung on it (rule "circumstance_subject", issue 15's thirty-third target round):
    "*once* the count is finished, *the two rivals* will shake hands", "*he* would gain ground *once
    those voters* knew his record", "*while* the worst abuses have stopped, *hurdles* remain". Such a clause
    (:data:`~claimex.lexicons.CIRCUMSTANCE_MARKS`) sets the scene; the main clause says what is claimed, of
    its subject. ``best`` stays where the main clause's subject is no candidate ("while ..., *that* is
    welcome") or an "it" or "you" (:data:`_NO_MAIN_SUBJECT`: "*it* may be years before the scanner works"),
    where the clause is a condition ("*if* the mayor loses, ...": a condition often names what is judged) or a
    reason, or where ``best`` is no subject."""
    i = best.head
    if table.dep[i] not in {"nsubj", "nsubjpass"}:
        return best
    clause = table.head[i]
    if table.dep[clause] != "advcl" or not any(
            table.dep[c] == "mark" and table.lower[c] in lx.CIRCUMSTANCE_MARKS for c in table.children[clause]):
        return best
    main = table.head[clause]
    subject = _found_at(found, next((c for c in table.children[main] if table.dep[c] in ("nsubj", "nsubjpass")),
                                    None))
    if subject is None or table.lower[subject.head] in _NO_MAIN_SUBJECT:
        return best
    resolve(subject)
    return subject


def described_person(st: Statement, best: Candidate, found: Sequence[Candidate], resolve: _Resolver) -> Candidate:
    """The one a relative clause of a person describes, where the chosen candidate ``best`` is a noun or name
    inside that description (rule "described_person", issue 15's target44 round): "we cannot elect a guy who
    naps in the back row of *the Capitol*" -> "guy", "the men who attacked *the embassy* had trained ..." ->
    "men", "folks who voted for *Mayor Chen* are now angry" -> "folks". A clause opened by "who" or "whom"
    (:data:`~claimex.lexicons.PERSON_RELATIVES`, also after a preposition: "the people with whom *Senator
    Ruiz* met") describes the noun it hangs on; the statement is about that one,
    not a place, thing or person named in passing inside the description. The blind judges marked such a
    target wrong 6 times of 6 (a place in the description of a bomber or of a senator attacked, a name the
    described supporters back). ``best`` stays where it is a pronoun (resolved elsewhere), where the clause
    hangs on a pronoun or on "one" ("anyone who ...", "no one who ..."), on a noun nobody in particular
    (:data:`~claimex.lexicons.UNSPECIFIC_DESCRIBED`: "*no* voter who ...", "the *more* people who ..."), on a
    noun that is no candidate, and where the walk up from ``best`` leaves the content first."""
    table = st.table
    head, dep, children, lower = table.head, table.dep, table.children, table.lower
    i = best.head
    if table.pos[i] not in _NOUNS:
        return best
    while head[i] != i and dep[i] != "relcl":
        i = head[i]
        if not _within(st.content, i):
            return best
    if dep[i] != "relcl" or not _opens_person_clause(table, i):
        return best
    described = head[i]
    if table.pos[described] not in _NOUNS or table.lemma[described] == "one" or any(
            dep[c] in ("det", "amod") and lower[c] in lx.UNSPECIFIC_DESCRIBED for c in children[described]):
        return best
    cand = _found_at(found, described)
    if cand is None:
        return best
    resolve(cand)
    return cand


def _opens_person_clause(table: TokenTable, clause: int) -> bool:
    """Whether the relative clause headed by ``clause`` has "who" or "whom" as an argument of its verb ("a man
    *who* sleeps", "the aide *whom* she fired") or after a preposition of it ("those with *whom* she dined")."""
    dep, lower, children = table.dep, table.lower, table.children
    for c in children[clause]:
        if dep[c] in _RELATIVE_ARGS and lower[c] in lx.PERSON_RELATIVES:
            return True
        if dep[c] == "prep" and any(lower[g] in lx.PERSON_RELATIVES for g in children[c]):
            return True
    return False


#: Relations of a relative pronoun to its clause's verb (:func:`_opens_person_clause`).
_RELATIVE_ARGS: Final = frozenset({"nsubj", "nsubjpass", "dobj"})


#: Main-clause subjects that name nothing the statement is about (:func:`circumstance_subject`): an expletive or
#: anaphoric "it" ("*it* may be years before the new scanner works"), a "you" said to the listener.
_NO_MAIN_SUBJECT: Final = frozenset({"it", "you"})


def past_self(best: Candidate, pool: Sequence[Candidate], model: TargetModel, resolve: _Resolver) -> Candidate:
    """What a statement chosen to be about its own speaker is about instead (rule "past_self", issue 15's
    side round): the thing the speaker's possessive pronoun owns ("he plans to work on *his own projects*"),
    else the best other candidate within :data:`SELF_MARGIN` of the speaker's score ("he would welcome
    *China's* participation"): no pronoun, time, amount or measure (:func:`_is_measure`, issue 15's target67
    round: "I drove for *about an hour*"), nothing under "no" ("no problem"), no place named as the setting
    (:func:`named_setting`: "he was heading *to Denver*"), none that is the speaker again; where the
    best other is a noun said of the speaker ("*I*'m *a voter*", :func:`predicate_person`), the speaker stays; with
    none, a first-person word gives way to what the question the speaker answers is about (:func:`asked_topic`);
    the speaker stays when none is there ("*I* will plead guilty"). ``best`` is the candidate read as the claim's
    speaker."""
    table = resolve.st.table
    speaker = resolve.about.get("speaker")
    if table.dep[best.head] == "poss":
        owned = next((c for c in pool if c.head == table.head[best.head]), None)
        if owned is not None:
            resolve(owned)
            if owned.entity != speaker:
                return owned
    others = []
    for cand in pool:
        if cand is best or table.pos[cand.head] == "PRON" or table.ent_type[cand.head] in _AMOUNT_ENTS or any(
                table.lower[c] == "no" for c in table.children[cand.head]) or named_setting(table, cand.head) or (
                _is_measure(table, cand.head)):
            continue
        resolve(cand)
        cand.score = model.score(cand.features)
        if cand.entity != speaker and best.score - cand.score <= SELF_MARGIN:
            others.append(cand)
    if others:
        other = max(others, key=_SCORE)
        # "*I*'m a voter": a noun that says what the speaker is (:func:`predicate_person`); the speaker stays
        return best if _says_of_speaker(table, other.head, best, pool, resolve) else other
    asked = asked_topic(resolve.st, best.head)  # "Asked whether the toll hurt the harbour, she said: 'I hope not'"
    topic = _candidate_at(asked, pool, resolve) if asked is not None else best
    return topic if topic.entity != speaker else best


def _says_of_speaker(table: TokenTable, i: int, best: Candidate, pool: Sequence[Candidate],
                     resolve: _Resolver) -> bool:
    """Whether candidate ``i`` is, or lies inside, a predicate nominal said of the speaker (:func:`predicate_person`:
    "I am *the daughter of a coal miner*"): of the speaker's own mention ``best``, or of another subject read as
    the speaker (:func:`past_self`)."""
    j, head = i, table.head
    for _ in range(_PREDICATE_DEPTH):  # up through the predicate's own phrase
        if table.dep[j] == "attr" or head[j] == j:
            break
        j = head[j]
    subject = predicate_person(table, j)
    if subject is None:
        return False
    if subject == best.head:
        return True
    said_of = _found_at(pool, subject)
    if said_of is None:
        return False
    resolve(said_of)
    return said_of.entity is not None and said_of.entity == resolve.about.get("speaker")


#: How far up from a candidate :func:`_says_of_speaker` looks for the predicate nominal it lies in.
_PREDICATE_DEPTH: Final = 6


#: The words that open a yes / no question, which the small model may attach to "asked" as an adverbial clause.
_YES_NO: Final = frozenset({"whether", "if"})


def asked_topic(st: Statement, i: int) -> int | None:
    """What the question the speaker answers is about, for a statement whose only target is the speaker's own
    first-person word (rule "asked_topic", issue 15's pronoun42 round): "*Asked whether the new toll* had hurt
    the harbour, the mayor said: '*I* hope not'" is about the toll, not the mayor. The question is a clause
    opened by "whether", "if" or a wh-word (:data:`~claimex.lexicons.INDIRECT_QUESTION_OPENERS`; "whether" or
    "if" where the parse makes it an adverbial clause) under a verb of asking
    (:data:`~claimex.lexicons.QUESTIONING_VERBS`) in the cue's sentence before the statement; its subject is
    the topic, else its object where the subject is a pronoun ("asked whether *he* backed *the levy*"), else
    its prepositional object. None where ``i`` is no first-person word, there is no such question, or its
    subject and object are pronouns; the speaker then stays (:func:`past_self`). A "he" / "she" read as the
    speaker is left to the other candidates: reported speech about oneself is often about oneself."""
    table, cue, content = st.table, st.cue, st.content
    if cue is None or not content or table.lower[i] not in lx.FIRST_PERSON:
        return None
    start, _ = table.sentence_bounds(cue)
    for verb in range(start, content[0]):
        if table.lemma[verb] not in lx.QUESTIONING_VERBS or table.pos[verb] != "VERB":
            continue
        for clause in table.children[verb]:
            opener = table.lower[table.left_edge(clause)]
            if clause >= content[0] or opener not in lx.INDIRECT_QUESTION_OPENERS or not (
                    table.dep[clause] in ("ccomp", "xcomp") or (table.dep[clause] == "advcl" and opener in _YES_NO)):
                continue  # an adverbial clause only as the small model parses "asked *if* ...", not "when they met"
            args = [c for c in table.children[clause] if table.dep[c] in ("nsubj", "nsubjpass")]
            args += [c for c in table.children[clause] if table.dep[c] in ("dobj", "attr")]
            args += [g for c in table.children[clause] if table.dep[c] == "prep"
                     for g in table.children[c] if table.dep[g] == "pobj"]
            for arg in args:
                if table.pos[arg] != "PRON" and table.lower[arg] not in lx.INDIRECT_QUESTION_OPENERS and (
                        _outside_head(table, arg)):  # "asked whether *the governor* ...": a title noun too
                    return arg
    return None


#: Words of a speaker's affiliation that name no side of its own (:func:`own_side`): titles, "former", the
#: parties' names (a Republican on the Republicans may be of a rival wing), kinds of organisation.
_SIDE_GENERIC: Final = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "former", "the", "of", "for", "and", "republican", "republicans", "democratic",
    "democrat", "democrats", "gop", "party", "campaign", "state", "house", "senate", "department", "committee",
    "national", "office", "u.s.", "new", "minority", "majority", "white", "presidential"})


def own_side(table: TokenTable, head: int | None, entity: str | None, name: str | None,
             speaker: Mapping[str, Any] | None) -> str | None:
    """Whether a target is the speaker's own side, and how: ``"self"`` (the speaker entity: "*I* will plead
    guilty", "*he* would welcome ..."), ``"first"`` (a first-person word or what one owns: "*we*",
    "*our* mission", "*my* campaign"), ``"principal"`` (a name of the speaker's affiliation: a Sanders
    spokesman on "*Sanders*", "*Mrs. Clinton*" said by a Clinton aide; "*the campaign*" said by its own
    staff), else None. A party's name is no principal (:data:`_SIDE_GENERIC`).

    Args:
        table: the document's tokens.
        head: the target's head token.
        entity: the target's speaker entity id.
        name: the target's shown name.
        speaker: the claim's speaker entity (a dict of the output contract).
    """
    if head is None or speaker is None:
        return None
    if entity is not None and entity == speaker.get("id"):
        return "self"
    lower, dep = table.lower, table.dep
    if lower[head] in lx.FIRST_PERSON:
        return "first"
    for c in table.children[head]:  # a loop, no generator (issue 15's speed51 round)
        if dep[c] == "poss" and lower[c] in lx.FIRST_PERSON:
            return "first"
    affiliation = (speaker.get("affiliation") or "").lower().replace("’s", " ").replace("'s", " ")
    side = {w for w in affiliation.split() if len(w) > 2 and w not in _SIDE_GENERIC}
    if side & set((name or lower[head]).lower().split()):
        return "principal"
    described = f"{speaker.get('role') or ''} {affiliation}"
    if table.lemma[head] == "campaign" and "campaign" in described and not any(
            table.pos[c] == "PROPN" or dep[c] == "poss" for c in table.children[head]):
        return "principal"  # "the campaign" said by its own staff
    return None


def taken_up(st: Statement) -> int | None:
    """What a statement with no noun phrase of its own is about: the subject its predicate is said of,
    outside it ("the new levy, she said, *was unacceptable*"), else the subject of the sentence before
    it, which it replies to ("'The plan is working,' the aide wrote. '*So far so good,*' the mayor
    replied"): not the subject of a reporting verb (the one who spoke before), nor a pronoun."""
    table = st.table
    inside = st.inside
    speaker = acts.subject(table, st.cue) if st.cue is not None else None
    for pred in st.preds:
        subj = acts.subject(table, pred)
        if subj is not None and subj not in inside and subj != speaker and _subject_taken_up(st, subj):
            return subj
    first = st.content[0] if st.content else st.cue
    if first is None:
        return None
    start = table.sentence_bounds(first)[0]
    if start == 0:
        return None
    dep, head = table.dep, table.head
    for i in range(*table.sentence_bounds(start - 1)):  # the sentence before
        if dep[i] in ("nsubj", "nsubjpass") and table.lemma[head[i]] not in st.cues and _subject_taken_up(st, i):
            return i
    return None


def _subject_taken_up(st: Statement, i: int) -> bool:
    """A subject :func:`taken_up` may read: a noun or a name that heads its phrase, no pronoun (whom
    "he" or "they" stand for before a reply is too often misread)."""
    table = st.table
    return table.pos[i] != "PRON" and _candidate_head(table, i) and _names_something(table, i)


def _best(pool: Sequence[Candidate], model: TargetModel, resolve: _Resolver) -> Candidate:
    """The best-scoring candidate of ``pool`` (the first of equals, in text order). Candidates are
    resolved (their entity read, its features added) best first by the score of their other features,
    until the rest could not reach the best even with the highest entity features
    (:attr:`TargetModel.entity_bound`): the same choice as resolving all, for fewer resolutions."""
    score = model.score
    for cand in pool:
        cand.score = score(cand.features)
    bound, thing_bound = model.entity_bound, model.thing_bound
    pos, lower = resolve.st.table.pos, resolve.st.table.lower
    top: float | None = None
    for cand in sorted(pool, key=_SCORE, reverse=True):  # stable, reversed too: text order among equals
        if top is not None and cand.score + bound < top:
            break
        if not cand.resolved:
            if (top is not None and cand.score + thing_bound < top and lower[cand.head] in _THING_ONLY
                    and pos[cand.head] == "PRON"):  # a thing pronoun, which no name can stand for
                continue
            resolve(cand)
            cand.score = score(cand.features)
        if top is None or cand.score > top:
            top = cand.score
    return max(compress(pool, map(_RESOLVED, pool)), key=_SCORE)


_SCORE: Final = attrgetter("score")
_RESOLVED: Final = attrgetter("resolved")


class _Resolver:
    """Reads the entity of a candidate and adds the features of whom it stands for, once."""

    __slots__ = ("about", "act", "ctx_mentions", "frequencies", "speakers", "st")

    def __init__(self, st: Statement, act: str, speakers: Sequence[Mapping[str, Any]],
                 about: Mapping[str, Any]) -> None:
        self.st, self.act, self.speakers, self.about = st, act, speakers, about
        self.ctx_mentions: Mapping[str, int] | None = None
        self.frequencies = _frequencies(st.table)

    def __call__(self, cand: Candidate) -> None:
        if cand.resolved:
            return
        if self.ctx_mentions is None:
            self.ctx_mentions = speaker_index(self.speakers).mention_counts if self.speakers else {}
        cand.entity, cand.name = _resolve(self.st, self.act, cand.head, self.speakers, self.about)
        add_entity_features(self.st.table, cand.head, cand.entity, cand.name, self.about.get("speaker"),
                            self.ctx_mentions, self.frequencies, cand.features)
        cand.resolved = True


def eligible(found: Sequence[Candidate]) -> Sequence[Candidate]:
    """The candidates that may be chosen: not a light noun ("it will take *some time*", "*the way* he
    runs", :data:`~claimex.lexicons.LIGHT_TARGET_NOUNS`) while another candidate is there."""
    heavy = [c for c in found if LIGHT not in c.features]
    return heavy or found


#: Common nouns that address the people spoken to ("*Folks*, we are going to win", "*Sir*, we will fight").
_ADDRESS_NOUNS: Final = frozenset({
    "folks", "folk", "sir", "madam", "ma'am", "man", "brother", "sister", "guys", "ladies", "gentlemen", "friends",
    "friend", "everybody", "everyone", "people", "judge", "honor", "senator", "mr.", "president", "governor",
    "doctor", "son", "buddy", "dude", "baby", "honey", "dear", "boss", "officer", "coach", "sisters", "brothers",
    "americans", "fellow", "comrades", "colleagues", "members", "children", "kids", "boys", "girls",
})
#: Entity labels of a time, an amount or a rank, which an opening noun phrase names as a circumstance.
_UNADDRESSED_ENTS: Final = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"})
#: The words that open an order before its verb ("Voters, *do* not trust the mayor", "*please* stay").
_ORDER_OPENERS: Final = frozenset({"do", "don't", "please", "never", "just"})
#: The tokens a vocative is followed by (:func:`vocative`): a comma, or the end of its sentence.
_AFTER_VOCATIVE: Final = frozenset({",", ".", "!", "?"})
#: Interjections a vocative may follow ("*Amen*, brother!", "*Oh*, Dan, ...").
_ADDRESS_INTERJECTIONS: Final = frozenset({"amen", "oh", "hey", "yes", "no", "well", "thanks", "thank", "hello",
                                           "please", "come", "look", "listen"})


def vocative(table: TokenTable, i: int) -> bool:
    """Whether candidate ``i`` names the one spoken to, set off by commas at the edge of a quotation: a
    vocative ("*Dan*, you are a disgrace to this town", "*Ohio*, if you are listening, ...", "*Gov. Hale*,
    call me back", "I have run this town for years, *folks*, and ...", "Amen, *brother*!"), or a
    quotation that holds the name alone ("'*Judge*,' the lawyer said, 'no client of mine ...'"; "'*My dear Ellen
    Ward*,' the pastor says. 'We are here ...'"). The addressee is whom the words are said to, not what they are
    about (issue 15, target55). A name or a noun of address (:data:`_ADDRESS_NOUNS`), not a pronoun, not a time
    or an amount; as a modifier of the clause (``npadvmod``, ``dep``, ``intj``, the apposition of an
    interjection) it is one only where that clause has its own subject or is an order; not an apposition or the
    subject of its clause ("*Reyes*, a graduate of the state law school, has argued ...", "*The senator*, quite
    simply, saved the program")."""
    pos, dep = table.pos[i], table.dep[i]
    if pos not in ("PROPN", "NOUN") or table.ent_type[i] in _UNADDRESSED_ENTS:
        return False
    if pos == "NOUN" and not _addressable(table, i):
        return False
    first = _phrase_start(table, i)
    after = i + 1
    if after >= table.n:
        return False
    before = first - 1
    opens = before < 0 or _quote_opens(table, before) or _sentence_opens(table, first)
    commas_before = before >= 0 and table.lower[before] == ","
    if table.lower[after] == ",":
        closing = after + 1 < table.n and table.lower[after + 1] in lx.CLOSERS and not _quote_opens(table, after + 1)
        if before >= 0 and _quote_opens(table, before) and closing:
            # a quotation of the name alone, opening its sentence: "'Judge,' the lawyer said, 'no client of mine ...'"
            return _opens_sentence_text(table, before) and not any(
                table.dep[c] == "det" for c in table.children[i]) and (
                table.ent_type[i] == "PERSON" or _addressable(table, i))
        if not (opens or commas_before):
            return False
    elif not (commas_before and table.lower[after] in (".", "!", "?")):
        return False
    if dep == "appos":
        h = table.head[i]
        return table.lower[h] in _ADDRESS_INTERJECTIONS and table.pos[h] in ("INTJ", "PROPN", "NOUN", "VERB")
    clause = table.head[i]
    if dep == "nsubj" and table.lower[after] == ",":  # "*Voters*, do not trust the mayor": an order's addressee
        verb = after + 1
        while verb < clause and table.head[verb] == clause and table.dep[verb] in ("aux", "neg", "intj"):
            verb += 1
        return (verb == clause and table.pos[clause] == "VERB" and table.lemma[clause] == table.lower[clause]
                and (verb == after + 1 or table.lower[after + 1] in _ORDER_OPENERS))
    if dep not in ("npadvmod", "dep", "intj"):
        return False
    if clause == i or table.pos[clause] not in ("VERB", "AUX"):
        return False
    if table.subjects[clause] is not None or any(table.dep[c] == "expl" for c in table.children[clause]):
        return True  # "Dan, *you* are a disgrace to this town"
    return clause > i and table.lemma[clause] == table.lower[clause]  # an order: "Gov. Hale, *call* me back"


#: Prepositions of the cue by which it names whom the words are said to ("said *to* Hale", "shouted *at* Hale").
_TO_ADDRESSEE: Final = frozenset({"to", "at"})
#: Verbs of knowing or seeing whose "you" asks the hearer to take in what follows ("*you know* what happened", "*you
#: see* the polls"): the statement is about what is known or seen, not the hearer (:func:`addressed_you`).
_HEARERS_VERBS: Final = frozenset({"know", "see", "look", "remember", "hear", "understand", "think", "guess", "bet",
                                   "mean", "imagine", "recall", "notice", "realize", "watch", "read", "find"})
#: Entity kinds an addressee of "you" is never: a newspaper, a network or a place ("told *CNN*") is whom an
#: interview is given to, and its "you" is the interviewer or anybody.
_NOT_ADDRESSEE_ENTS: Final = frozenset({"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "DATE", "TIME", "CARDINAL"})


def addressed_you(st: Statement, about: Mapping[str, Any], speakers: Sequence[Mapping[str, Any]]) -> int | None:
    """The person the speaker's words say "you" to, where a direct quote's main subject is that "you" and its cue names
    whom it is said to (rule "addressed_you", issue 15's target61 round): "'*You* have broken every promise,' Ward
    told *Mr. Hale*", "'Why do *you* keep voting for the levy?' the mayor asked *the council members*", "'*You* have
    misled this town!' he shouted *at* Hale", "'*Your* plan is a fraud,' Ward said *to* Hale" are about the one
    spoken to, not about what they name. The subject of the content's first main predicate is "you" (or a noun
    "your" owns) in the speaker's own words; the addressee is the object of the cue ("told", "asked") or of its "to"
    / "at", a person by name or a noun of people, not an organisation or a place ("told *CNN*"), not the speaker,
    not a pronoun, a reporter or an audience (:data:`_ADDRESSEE_NOUNS`: a "you" said to reporters is mostly
    anybody). Not where the quote is a clause the cue reports with "that" ("told Lane that '*you* must weigh the
    offer'"), nor a verb of knowing or seeing (:data:`_HEARERS_VERBS`: "'*You know* what happened? Hale voted no,' Ward
    told the workers" is about Hale), nor where the quote names its addressee by a person's name as a vocative,
    which the candidates read (a word of address is no name: "'*Man*, you have outdone yourself,' Ward told Hale" is
    about Hale). :func:`choose` asks it of no demand. Else None: the "you" is read as before (a generic "you can't
    win a war without ..." names no addressee)."""
    table = st.table
    if not st.direct or st.mixed or st.cue is None or not st.preds:
        return None
    pred = st.preds[0]
    subj = table.subjects[pred]
    if any(table.dep[c] == "mark" for c in table.children[pred]):
        return None  # "told Lane that 'you must weigh the offer'": a clause reported, its "you" mostly anybody
    if table.lemma[pred] in _HEARERS_VERBS:
        return None  # "'You know what happened? Hale said ...,' Ward told the crowd": what the hearer is to know
    if subj is None or not (table.lower[subj] == "you" or any(
            table.dep[c] == "poss" and table.lower[c] == "your" for c in table.children[subj])):
        return None
    objects = [c for c in table.children[st.cue] if table.dep[c] in ("dobj", "dative")]
    for c in table.children[st.cue]:
        if table.dep[c] in ("prep", "dative") and table.lower[c] in _TO_ADDRESSEE:
            objects += [o for o in table.children[c] if table.dep[o] == "pobj"]
    found = [o for o in objects if _may_be_addressed(table, o)]
    if any(table.ent_type[k] == "PERSON" and k + 1 < table.n and table.lower[k + 1] == "," and vocative(table, k)
           for k in st.content):
        return None  # "'Mr. Hale, you said ...,' Ward asked": the name is read (:func:`addressed_aside`)
    if len(found) != 1:
        return None
    entity, _ = acts.resolve_target(table, found[0], speakers, about)
    if entity is not None and entity == about.get("speaker"):
        return None
    return found[0]


#: Acts of blame whose cue, put in the passive, has the one blamed as its subject (:func:`passive_accused`).
_BLAMING_ACTS: Final = frozenset({lx.ACCUSE, lx.CONDEMN})


def passive_accused(st: Statement, act: str) -> int | None:
    """The one an accusing cue in the passive blames (rule "passive_accused", issue 15's target62 round): the
    passive subject of a cue whose class is an accusation or a condemnation ("*Lund* is accused of a fraud at the
    port", "*the agency* has been criticized for slow answers", "*Okafor* was blamed by her rivals for the
    losses"), for a claim that accuses or condemns: the content says what the subject did, and the statement is
    about the doer, not the deed named in it. A relative pronoun stands for the noun its clause hangs from ("a
    system *that* has been criticized for ..." -> "system"). A headline's passive drops its "is": a capitalised
    cue with a subject, no object and an "of" / "for" ("*Port Authority* Accused Of Hiding Losses") is read so too.
    Not "it" nor a demonstrative ("it was reported that ..."), nor the speaker's own "I" / "we", nor a subject
    inside the content, nor one cut from the cue by a break of the layout (a headline run into the sentence), nor
    where the cue is negated ("so he would not be accused of ..."). Else None."""
    cue = st.cue
    if cue is None or act not in _BLAMING_ACTS or st.cue_act not in _BLAMING_ACTS:
        return None
    table = st.table
    if any(table.dep[c] == "neg" or table.lower[c] == "never" for c in table.children[cue]):
        return None  # "so he would not be accused of ...": a blame avoided names no one blamed
    subj = next((c for c in table.children[cue] if table.dep[c] == "nsubjpass"), None)
    if subj is None and _headline_passive(table, cue):
        subj = next((c for c in table.children[cue] if table.dep[c] == "nsubj"), None)
    if subj is None:
        return None
    subj = relative_antecedent(table, subj)
    low = table.lower[subj]
    if (table.pos[subj] not in _HEAD_POS or low in _NOT_ACCUSED or low in lx.RELATIVE_PRONOUNS
            or acts.is_first_person(table, subj) or subj in st.inside
            or any(table.pos[k] == "SPACE" for k in range(min(subj, cue), max(subj, cue)))):
        return None
    return subj


#: Subjects of a passive cue that name no one accused (:func:`passive_accused`).
_NOT_ACCUSED: Final = frozenset({"it", "this", "that", "these", "those", "there"})


def judged_accused(st: Statement, act: str, best: Candidate, found: Sequence[Candidate],
                   resolve: _Resolver) -> Candidate:
    """The party an accusation rule judged, where the ranker chose a thing of its clause or the enemy it is said
    to serve (rule "judged_accused", issue 15's target66 round): "the mayor said *Holt* had ignored *the
    warnings*" -> "Holt", "she said the governor is becoming *the Taliban's* best recruiter" -> "the governor".
    The act rule that made the claim ``accuse`` left the one it accuses on the statement (``Statement.judged``).
    Two forms: the enemy (a terrorist group, terrorists) that :func:`acts.enemy_served` says that one serves (a
    "he" too); or a name of a person, organisation or group (by its entity label; a noun such a name modifies
    stands for it: "the *Republican* frontrunner") where ``best`` is a common noun of no person in the same clause
    (:func:`_deed_of`). Not the speaker, nor one resolved to the speaker's entity. Else ``best``."""
    accused = st.judged
    if act != lx.ACCUSE or accused is None or accused == best.head or SAID_ABOUT in best.features:
        return best
    table = st.table
    named = table.ent_type[accused] in _ACCUSED_ENTS and table.pos[accused] in ("PROPN", "ADJ")
    if table.dep[accused] in ("amod", "compound") and table.pos[table.head[accused]] == "NOUN":
        accused = table.head[accused]  # "the *Republican* frontrunner": the noun the name modifies
    if accused == best.head or acts.is_speaker(st, accused):
        return best
    # the enemy served: whoever the rule accuses (a "he" too); else a thing of the named accused's clause
    if not acts.served_enemy(st, best.head) and not (named and _deed_of(st, best.head, accused)):
        return best
    cand = _candidate_at(accused, found, resolve)
    speaker = resolve.about.get("speaker")
    return best if speaker is not None and cand.entity == speaker else cand


def _deed_of(st: Statement, i: int, accused: int) -> bool:
    """Whether the chosen noun ``i`` is a thing of the accused's clause (:func:`judged_accused`): a common noun of
    no person and no entity, the accused not inside its phrase, whose walk up meets the accused's verb first; not
    the object of an accusing verb ("Moss accused *the campaign* of ...": the one accused)."""
    table = st.table
    return (table.pos[i] == "NOUN" and not table.ent_type[i] and not is_person_noun(table.lemma[i])
            and accused not in table.subtree(i) and _clause_verb(table, i) == _clause_verb(table, accused)
            and st.cues.get(table.lemma[table.head[i]]) not in _BLAMING_ACTS)


#: Entity labels of a party an accusation judges (:func:`judged_accused`).
_ACCUSED_ENTS: Final = frozenset({"PERSON", "ORG", "NORP"})


def _clause_verb(table: TokenTable, i: int) -> int | None:
    """The verb whose clause token ``i`` is in (:func:`judged_accused`): the first verb or auxiliary met walking up
    from ``i`` (not ``i`` itself), else None."""
    seen = {i}
    k = table.head[i]
    while k not in seen:
        if table.pos[k] in ("VERB", "AUX"):
            return k
        seen.add(k)
        k = table.head[k]
    return None


def _headline_passive(table: TokenTable, cue: int) -> bool:
    """A headline's passive without its "is" (:func:`passive_accused`): the cue is capitalised past the sentence's
    first word, has a subject but no object, and an "of" / "for" ("Port Authority *Accused Of* Hiding Losses")."""
    text = table.doc[cue].text
    if not text[:1].isupper() or cue == table.sentence_bounds(cue)[0]:
        return False
    kids = table.children[cue]
    return (any(table.dep[c] == "nsubj" for c in kids)
            and not any(table.dep[c] in ("dobj", "dative", "ccomp") for c in kids)
            and any(table.dep[c] == "prep" and table.lower[c] in ("of", "for") for c in kids))


def _may_be_addressed(table: TokenTable, i: int) -> bool:
    """Whether the object ``i`` of a cue may be the one a "you" is said to (:func:`addressed_you`): a person's
    name, or a noun of people that is no reporter or audience; not a pronoun."""
    if table.ent_type[i] in _NOT_ADDRESSEE_ENTS or table.lemma[i] in _ADDRESSEE_NOUNS:
        return False
    if table.ent_type[i] == "PERSON":
        return True
    return table.pos[i] == "NOUN" and is_person_noun(table.lemma[i])


def _addressable(table: TokenTable, i: int) -> bool:
    """Whether the noun ``i`` is one people are called by (:data:`_ADDRESS_NOUNS`, a role or an audience:
    "*Voters*, do not trust the mayor")."""
    return any(w in _ADDRESS_NOUNS or w in lx.ROLE_NOUNS or w in lx.AUDIENCE_NOUNS
               for w in (table.lower[i], table.lemma[i]))


def _phrase_start(table: TokenTable, i: int) -> int:
    """The first token of the noun phrase headed by ``i``: its determiners, possessors, adjectives and the
    words of its name before it."""
    first = i
    for c in table.children[i]:
        if c < first and table.dep[c] in ("det", "poss", "amod", "compound", "nmod", "nummod"):
            first = min(first, _phrase_start(table, c))
    return first


#: The forms of "you" by which a sentence speaks of the one it addresses.
_YOU_FORMS: Final = frozenset({"you", "your", "yours", "yourself", "yourselves", "ya", "y'all"})


def _called_you(st: Statement, i: int) -> bool:
    """Whether the words speak to the one named by token ``i`` as its subject: a "you" (:data:`_YOU_FORMS`) in
    its sentence or the next ("*Denver*, we have arrived with our team. Decide how *your* season will end",
    "it is easy for *you* to talk, *Dan*"), or an order it is called to do ("*Senator Ruiz*, tear down this
    fence!", "*Voters*, do not trust the mayor": the one ordered is the one who is to act)."""
    table = st.table
    start, end = table.sentence_bounds(i)
    if end < table.n:
        end = table.sentence_bounds(end)[1]
    first = _phrase_start(table, i)
    if any(table.lower[k] in _YOU_FORMS and not first <= k <= i for k in range(start, end)):
        return True  # not the "Your" of "Your Honor"
    clause = table.head[i]
    return (table.dep[i] != "appos" and clause > i and table.pos[clause] == "VERB"
            and table.lemma[clause] == table.lower[clause] and table.subjects[clause] in (None, i))


def _speakers_own(table: TokenTable, i: int) -> bool:
    """Whether candidate ``i`` is the speaker's own: a first-person pronoun ("we") or a noun it owns ("our
    soldiers")."""
    if table.lower[i] in lx.FIRST_PERSON:
        return True
    return any(table.dep[c] == "poss" and table.lower[c] in lx.FIRST_PERSON for c in table.children[i])


def _opens_sentence_text(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` opens a sentence of the text: only spaces since the text's start, a line break or a
    full stop, question or exclamation mark (and any closing quotation mark after it)."""
    before = table.text[:table.idx[i]].rstrip(" \t\xa0")
    if not before or before.endswith("\n"):
        return True
    return before.rstrip(lx.QUOTE_CHARS).endswith((".", "!", "?"))


def _sentence_opens(table: TokenTable, i: int) -> bool:
    """Whether token ``i`` opens its sentence."""
    return table.sentence_bounds(i)[0] == i


def addressed_aside(st: Statement, pool: Sequence[Candidate]) -> Sequence[Candidate]:
    """``pool`` without a candidate of the content that names the one spoken to (:func:`vocative`), and then
    without the candidates outside the content, while another of the content is there: "'*My dear Ellen
    Ward*,' the pastor says. 'We are here praying for *Governor Tom Hale*'" is about the governor, "'Sir,
    we will fight *the new tax* in every court'" about the tax. Not one the content speaks to as "you" in
    its sentence or the next, or orders to act (:func:`_called_you`), which it is about ("*Dan*, you are a
    disgrace to this town"), nor where the rest is the speaker's own ("*Boston*, we are back with our whole
    team": a message to the one spoken to)."""
    table = st.table
    lower, n = table.lower, table.n
    # a vocative is followed by a comma or a sentence's end (:func:`vocative`): most candidates are not
    maybe = [c for c in pool if c.head + 1 < n and lower[c.head + 1] in _AFTER_VOCATIVE]
    if not maybe:
        return pool
    content = set(st.content)
    spoken_to = [c for c in maybe
                 if c.head in content and vocative(table, c.head) and not _called_you(st, c.head)]
    if not spoken_to:
        return pool
    kept = [c for c in pool if c not in spoken_to and c.head in content]
    if not any(not _speakers_own(table, c.head) for c in kept):
        return pool
    return kept


#: Demonstrative pronouns that, standing alone, point at something said elsewhere (:func:`demonstrative_aside`).
_DEMONSTRATIVES: Final = frozenset({"this", "that", "these", "those"})


def demonstrative_aside(table: TokenTable, pool: Sequence[Candidate]) -> Sequence[Candidate]:
    """``pool`` without a bare demonstrative pronoun ("*This* is extremely irresponsible", "I would say *this*:
    we will work out a fair system"), while another candidate is there (rule "demonstrative_aside", issue 15's
    target57 round). "this" / "that" standing alone points at a clause or a sentence no rule finds, and the blind
    judges marked every such target wrong; the next best candidate of the content names something. A
    demonstrative that determines a noun ("*this* law") is not a candidate's head and stays."""
    bare = [c for c in pool if table.lower[c.head] in _DEMONSTRATIVES and table.pos[c.head] in {"PRON", "DET"}
            and not any(table.pos[k] in _NOUNS for k in table.children[c.head])]
    if not bare or len(bare) == len(pool):
        return pool
    return [c for c in pool if c not in bare]


def _trace(table: TokenTable, about: Mapping[str, Any], found: Sequence[Candidate]) -> None:
    if TRACE is not None:
        TRACE.entries.append({"content": about.get("content"), "candidates": [
            {"target": TRACE.span_of(table, c.head), "target_entity": c.entity, "target_name": c.name,
             "features": list(c.features)} for c in found]})


def candidates(st: Statement, act: str, from_cue: bool, speakers: Sequence[Mapping[str, Any]],
               about: Mapping[str, Any], rule: int | None,
               rule_resolved: tuple[str | None, str | None] | None = None, *,
               resolve: bool = True) -> list[Candidate]:
    """Every noun phrase head the statement may be about, with its features (:func:`features`): the
    rules' proposal (``rule``, already resolved to ``rule_resolved``), the act verb's object, the agent
    an accusation or praise rule judged, the noun a relative clause content is said of, the noun the cue
    says the statement is about (:func:`said_about`), and the heads
    of the content's noun phrases (nouns, names, pronouns; not a name's inner words, at most
    :data:`MAX_CANDIDATES`), then the candidates of the cue's sentence outside the content
    (:func:`outside_candidates`, while :data:`OUTSIDE`). With ``resolve`` false (and no :data:`TRACE`)
    only the rules' proposal is resolved; the others are left for :func:`choose` to resolve when they may
    win."""
    return _candidates(st, act, from_cue, speakers, about, rule, rule_resolved, resolve=resolve)[0]


def _candidates(st: Statement, act: str, from_cue: bool, speakers: Sequence[Mapping[str, Any]],
                about: Mapping[str, Any], rule: int | None,
                rule_resolved: tuple[str | None, str | None] | None = None, *,
                resolve: bool = True) -> tuple[list[Candidate], _Context | None]:
    """:func:`candidates`, with the context their features were read in (None with no candidate): :func:`choose`
    reads in it whether any candidate can have the features :data:`SAID_ABOUT` and :data:`LIGHT`."""
    table = st.table
    heads: list[int] = []
    if rule is not None:
        stands_for = relative_antecedent(table, rule)
        if stands_for != rule:  # "which" proposed: the noun it stands for, resolved as any candidate
            rule, rule_resolved = stands_for, None
        heads.append(rule)
    obj = acts.act_object(table, st.act_root) if from_cue and st.act_root is not None else None
    if obj is not None:
        obj = relative_antecedent(table, obj)
    about_of = said_about(table, st.cue, st.content)
    if about_of is None:  # the noun of the cue's relative clause, which the statement is said of
        about_of = relative_topic(st)
    for extra in (obj, st.judged, _antecedent_of_relative(table, st.content), about_of):
        if extra is not None and extra not in heads:
            heads.append(extra)
    kept = [i for i in heads if _names_something(table, i)]
    later = _content_heads(table, st.content, heads, kept)
    heads = kept
    outside = outside_candidates(st, heads + later) if OUTSIDE else {}
    if not heads and not later and not outside:
        return [], None
    ctx = _Context.of(st, rule, obj, about_of, speaker_index(speakers).mention_counts if speakers else {})
    speaker = about.get("speaker")
    placed = [(i, base_features(st, ctx, i, rank)) for rank, i in enumerate(sorted(heads))]
    for i in later:  # after the first ones: the first of equals stays one of those
        feats = base_features(st, ctx, i, MAX_CANDIDATES)
        feats.append(LATER)
        placed.append((i, feats))
    for i, source in outside.items():  # after the others: the first of equals stays one of them
        feats = base_features(st, ctx, i, 0)
        feats[4] = _OUT_RANK
        feats.extend((_OUTSIDE, source))
        placed.append((i, feats))
    placed.extend(_stood_for(st, ctx, placed, speakers))
    out = []
    for i, feats in placed:
        if i == rule and rule_resolved is not None:
            entity, name = rule_resolved
        elif resolve or TRACE is not None:
            entity, name = _resolve(st, act, i, speakers, about)
        else:  # read when it may win (:func:`choose`)
            out.append(Candidate(i, None, None, feats, 0.0, False))
            continue
        add_entity_features(table, i, entity, name, speaker, ctx.mentions, ctx.frequencies, feats)
        out.append(Candidate(i, entity, name, feats))
    return out, ctx


def _content_heads(table: TokenTable, content: Sequence[int], heads: Sequence[int], kept: list[int]) -> list[int]:
    """The heads of the content's noun phrases in text order, not in ``heads`` (the candidates proposed before
    them): the first :data:`MAX_CANDIDATES` (those in ``heads`` count) that name something
    (:func:`_names_something`) are added to ``kept``, the next :data:`LATER_CANDIDATES` that do are returned.
    Each is tested once, as it is found (rule "heads_named_once", issue 15's speed52 round)."""
    seen = 0
    pos = table.pos
    later: list[int] = []
    for i in content:
        if pos[i] in _HEAD_POS and _candidate_head(table, i):  # most words are no noun: no call for them
            if i not in heads and _names_something(table, i):
                (kept if seen < MAX_CANDIDATES else later).append(i)
            seen += 1
            if seen >= MAX_CANDIDATES + LATER_CANDIDATES:
                break
    return later


#: The feature of the noun a thing pronoun of the content stands for (:func:`thing_antecedent`).
ANTECEDENT: Final = "antecedent"
#: Of the content's candidates in text order, the first this many may be a thing pronoun read through to
#: its antecedent: a pronoun further on is seldom what the statement is about.
_PRONOUN_PLACES: Final = 2
#: Where :func:`features` puts a candidate's part of speech and its entity label.
_POS_SLOT: Final = 1
_ENT_SLOT: Final = 3
#: The kind features of a candidate (:func:`_kind_features`), which a pronoun's antecedent replaces.
_KIND_PREFIXES: Final = ("agent", "event", LIGHT, "setting", "frequency=", "pron=", "headline", "addressee",
                          "minor=")


def _stood_for(st: Statement, ctx: _Context, placed: Sequence[tuple[int, list[str]]],
               speakers: Sequence[Mapping[str, Any]]) -> Sequence[tuple[int, list[str]]]:
    """The noun a thing pronoun among the first candidates (``placed``: heads in text order, with their
    features) stands for ("*it* set a new benchmark" -> "his required financial statement",
    :func:`thing_antecedent`), with the pronoun's features of its place in the statement, the noun's own
    of what kind of thing it is, and :data:`ANTECEDENT`; none when no such pronoun or noun is there, or
    the noun is a candidate already."""
    table = st.table
    lower = table.lower
    for i, pronoun in placed[:_PRONOUN_PLACES]:
        if lower[i] not in _IT or table.pos[i] != "PRON":  # most statements: two look-ups, no more
            continue
        speaker = acts.subject(table, st.cue) if st.cue is not None else None
        if speaker is not None and len(placed) > 1 and speakers_it(table, i, speaker, speakers):
            return ()  # "the company said *it* will appeal *the ruling*": its own "it", and another candidate
        noun = thing_antecedent(table, i, min(i, st.content[0]) if st.content else i, speakers, speaker)
        if noun is None or any(noun == j for j, _ in placed):
            return ()
        feats = [f for f in pronoun if not f.startswith(_KIND_PREFIXES)]
        pos, ent = table.pos[noun], table.ent_type[noun]
        feats[_POS_SLOT] = _POS_FEATURES.get(pos) or f"pos={pos}"
        feats[_ENT_SLOT] = _ENT_FEATURES.get(ent) or _ent_feature(ent)
        _kind_features(st, ctx, noun, pos, ent, feats)
        feats.append(ANTECEDENT)
        return ((noun, feats),)
    return ()


_IT: Final = frozenset({"it", "its"})
_NOUNS: Final = frozenset({"NOUN", "PROPN"})
#: Relations of a noun phrase a thing pronoun may take up; the first set before the others (Hobbs-style:
#: a subject or an object before the object of a preposition). Not a predicate noun ("the tax is *a source
#: of revenue*. It ...": the tax).
_ANTECEDENT_CORE: Final = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})
_ANTECEDENT_DEPS: Final = _ANTECEDENT_CORE | {"pobj", "appos", "conj", "dative"}
#: Entity labels a thing pronoun does not take up: a person, a group of people, a time or an amount.
_NOT_THING_ENTS: Final = _AMOUNT_ENTS | {"PERSON", "NORP"}


def thing_antecedent(table: TokenTable, pronoun: int, before: int, speakers: Sequence[Mapping[str, Any]] = (),
                     speaker: int | None = None) -> int | None:
    """The noun phrase an "it" / "its" stands for, outside the statement: in the sentence before
    ``before`` (the statement's first word: "he filed *his financial statement*, saying *it* set a new
    benchmark"), else in the sentence before that ("Congress passed *the budget bill*. The President
    promised to veto *it*."); a subject or an object, nearest first, before the object of a preposition.
    Not for an expletive "it" ("*it* is clear that ...", "*it* is time to go"). The noun is a singular
    common noun or a name that is no person (nor a speaker entity that is one), no group of people, no
    time or amount and no light noun.

    Args:
        table: the document's token table.
        pronoun: the pronoun.
        before: the first token the search does not read (the statement's first).
        speakers: the document's speaker entities (their persons' mentions are left out).
        speaker: the cue's subject, which is no antecedent ("Trump called *it* a great meeting").
    """
    if _expletive(table, pronoun):
        return None
    start = table.sentence_bounds(before)[0]
    ranges = [(start, before)]
    if start > 0:  # and the sentence before
        ranges.append((table.sentence_bounds(start - 1)[0], start))
    index = speaker_index(speakers) if speakers else None
    pos, dep = table.pos, table.dep
    for first, stop in ranges:
        found = [j for j in range(stop - 1, first - 1, -1)
                 if pos[j] in _NOUNS and dep[j] in _ANTECEDENT_DEPS and j != speaker and _thing_noun(table, j, index)]
        if found:
            core = next((j for j in found if dep[j] in _ANTECEDENT_CORE), None)
            if core is not None:
                return core
            return next((j for j in found if _clause_host(table, j, found) is None), found[0])
    return None


def _clause_host(table: TokenTable, j: int, found: Sequence[int]) -> int | None:
    """The noun of ``found`` whose relative clause or clause of its own ``j`` stands in, else None (rule
    "clause_host", issue 15's target65 round): a thing pronoun with no subject or object to take up stands
    for the phrase a clause describes, not a noun deep inside that clause ("the senator is not rattled about
    *the string* of losses he faced in the primary; he said it would not change his plans": the string of
    losses, not the primary; "he is on *a plan* to recruit her at the fair. 'We will spread it'": the plan)."""
    head, dep = table.head, table.dep
    inside, k = False, j
    for _ in range(_ROOT_STEPS):
        if head[k] == k:
            return None
        inside = inside or dep[k] in _DESCRIBING_CLAUSES
        k = head[k]
        if inside and k in found:
            return k
    return None


#: Clauses that describe a noun: a relative clause, a clause or infinitive of the noun ("a plan *to close it*").
_DESCRIBING_CLAUSES: Final = frozenset({"relcl", "acl"})


#: Verbs of an event, whose subject "it" is something that took place, not a body that speaks ("the campaign
#: denied *it* happened").
_EVENT_VERBS: Final = frozenset({"happen", "occur", "take"})


def speakers_it(table: TokenTable, pronoun: int, speaker: int, speakers: Sequence[Mapping[str, Any]] = ()) -> bool:
    """Whether an "it" is the speaker's own (rule "speakers_it", issue 15's target65 round): the subject of the
    clause the cue's verb reports, where the cue's subject is one body named by a singular noun or name, not a
    person ("*the campaign* said *it* raised $15 million", "*the company* says *it* will appeal"), as "he" is
    the man's own in "he said he would appeal". Such an "it" takes up no noun of the sentences before
    (:func:`thing_antecedent`, asked in :func:`_stood_for` only where the statement has another candidate):
    the nearest one there is another thing ("finance reform", "the ruling"). Not an "it" of an event verb
    ("the campaign denied *it* happened"), not a person's noun ("the spokesman"), not a speaker entity that is
    a person or plural ("many voters have said *it* falls flat")."""
    if table.lower[pronoun] != "it" or table.dep[pronoun] not in ("nsubj", "nsubjpass"):
        return False
    clause, verb = table.head[pronoun], table.head[speaker]
    if clause == verb or table.head[clause] != verb or table.dep[clause] != "ccomp":
        return False
    if table.lemma[clause] in _EVENT_VERBS or table.pos[speaker] not in _NOUNS:
        return False
    lemma = table.lemma[speaker]
    body = lemma in _BODY_NOUNS or (table.pos[speaker] == "PROPN" and acts.is_agent(table, speaker)
                                    and not is_person_noun(lemma))
    if not body or any(table.lower[c] in lx.QUANTIFYING_DETERMINERS or table.pos[c] == "NUM"
                       for c in table.children[speaker]):
        return False  # "*many* Texans have said it ...": a quantified name is a group
    index = speaker_index(speakers) if speakers else None
    owner = index.owner(table.idx[speaker]) if index is not None else None
    return _thing_noun(table, speaker, index) and not (owner is not None and owner.get("plural"))


#: Common nouns of a body that speaks as one ("the campaign", "the company", "the department").
_BODY_NOUNS: Final = lx.ORG_NOUNS | lx.GOVERNMENT_NOUNS


def _thing_noun(table: TokenTable, j: int, index: MentionIndex | None) -> bool:
    """A noun or a name, heading a phrase of :data:`_ANTECEDENT_DEPS`, that a thing pronoun may stand for
    (:func:`thing_antecedent`)."""
    ent = table.ent_type[j]
    if ent in _NOT_THING_ENTS or table.lemma[j] in lx.LIGHT_TARGET_NOUNS or table.lower[j] in lx.TITLES:
        return False
    if table.doc[j].tag_ in ("NNS", "NNPS") or (ent == "ORG" and name_gender(table.doc[j].text)):
        return False  # a plural is "they"; "Trump" labelled an organisation is a person
    owner = index.owner(table.idx[j]) if index is not None else None
    return owner is None or (owner.get("kind") != "PERSON" and not name_gender(owner.get("name")))


def _expletive(table: TokenTable, i: int) -> bool:
    """An "it" that stands for nothing: an expletive, or the subject of a clause put after its predicate
    ("*it* is clear that ...", "*it* is time to go", "*it* feels like we won")."""
    if table.dep[i] == "expl":
        return True
    if table.dep[i] != "nsubj":
        return False
    head, dep, children = table.head[i], table.dep, table.children
    below = [head, *(c for c in children[head] if dep[c] in ("attr", "acomp", "oprd") and c > i)]
    return any(dep[g] in _EXTRAPOSED or (dep[g] == "prep" and table.lower[g] == "like")
               for b in below for g in children[b] if g > i)


#: Relations of a clause put after its predicate, whose subject is an expletive "it".
_EXTRAPOSED: Final = frozenset({"ccomp", "xcomp", "csubj", "acl", "relcl"})


#: Read the candidates outside the content (:func:`outside_candidates`). Off from issue 15's third target round
#: to its nineteenth: measured on twelve readers they raised the share of statements with a right candidate
#: 0.815 -> 0.829 but not the top-1, and cost 5-8% of the stage. On since its twentieth round, without the
#: hosts' objects (:data:`OUTSIDE_HOSTS`): mean of six shuffled grouped CVs 0.6268 -> 0.6296, training
#: readers' targets 926 -> 930 of 1,450; with the later candidates the stage costs 6.5% more. Switched off,
#: the ranker wants weights fitted without them
#: (scripts/fit_target_weights.py).
OUTSIDE: bool = True
#: Read the hosts' objects among them too (``out=host``: "Trump *attacked Clinton's plan*, saying ..."); off
#: since issue 15's twentieth target round (with them, mean grouped CV 0.6274; without, 0.6296).
OUTSIDE_HOSTS: bool = False
#: The feature of every candidate outside the content, and the rank feature it has instead of a rank.
_OUTSIDE: Final = "outside"
_OUT_RANK: Final = "rank=out"
#: Dependency relations of the arguments a cue's verbs and nouns may have that name what is spoken of.
_ARG_DEPS: Final = frozenset({"dobj", "pobj", "poss", "nsubj", "nsubjpass", "attr", "dative"})
#: Relations followed down from the cue to an argument: prepositions, adverbial clauses and participles
#: ("*asked about* the governor", "*in a statement on* the merger", "*responding to* the ruling").
_DOWN_DEPS: Final = frozenset({"prep", "advcl", "xcomp", "pcomp", "npadvmod", "dobj", "pobj", "acl", "poss",
                               "dative", "agent"})
#: Prepositions that name an addressee or a setting, not what is spoken of.
_OUT_SKIP_PREPS: Final = frozenset({"to", "in", "at", "during", "after", "before", "since", "from", "by", "with",
                                    "via", "through", "outside", "inside", "near"})
#: At most this many candidates outside the content.
MAX_OUTSIDE: Final = 4


def outside_candidates(st: Statement, taken: Sequence[int]) -> dict[int, str]:
    """Noun phrase heads of the cue's sentence outside the content that may say what it is about, with
    the feature of where each comes from: below the cue ("*asked about the governor*, she said", "in a
    statement *on the merger*", "*criticism of the plan*": ``out=cue``, ``out=cue2`` more than two steps
    down), and the objects of the verbs the cue hangs from and their possessors ("Trump *attacked
    Clinton's plan*, saying ...": ``out=host``). Not the cue's subject (the speaker) nor its direct
    object (mostly an addressee: "told *reporters*"), not the host verb's subject, not a head already in
    ``taken``; at most :data:`MAX_OUTSIDE`, nearest the cue first."""
    table, cue, content = st.table, st.cue, st.content
    if cue is None or not content:
        return {}
    first, last = content[0], content[-1]
    speaker = acts.subject(table, cue)
    found: dict[int, str] = {}

    def take(i: int, source: str) -> None:
        if (i not in found and i not in taken and not first <= i <= last and i != speaker
                and table.lower[i] not in lx.FIRST_PERSON and _outside_head(table, i)):
            found[i] = source

    _below_cue(table, cue, speaker, first, last, take)
    if OUTSIDE_HOSTS:
        _hosts(table, cue, first, last, take)
    if len(found) <= 1:  # most statements: none, no sorting
        return found
    near = sorted(found, key=lambda i: abs(i - cue))[:MAX_OUTSIDE] if len(found) > MAX_OUTSIDE else found
    return {i: found[i] for i in sorted(near)}


def _below_cue(table: TokenTable, cue: int, speaker: int | None, first: int, last: int,
               take: Callable[[int, str], None]) -> None:
    """The nouns below the cue, through prepositions, participles and nouns, four steps at most
    (:func:`outside_candidates`); not the cue's subject, not its direct object (mostly the addressee:
    "told *reporters*"; measured, not kept), not the object of a preposition of the addressee or the
    setting on the cue ("said *to* reporters", "said *in* an interview"), but what hangs from it ("in
    a statement *on the merger*")."""
    dep, children, lower = table.dep, table.children, table.lower
    # breadth first, a level at a time (the order of a queue), the words to pass over left out as they are met
    level = [(c, False) for c in children[cue]
             if c != speaker and not first <= c <= last and dep[c] in _DOWN_DEPS]
    for depth in range(1, 5):
        below: list[tuple[int, bool]] = []
        for i, setting in level:
            d = dep[i]
            if not setting and (d in _ARG_DEPS or d == "npadvmod") and (depth > 1 or d not in {"dobj", "dative"}):
                take(i, _OUT_CUE if depth <= 2 else _OUT_CUE2)
            if depth < 4:
                skip = depth == 1 and d == "prep" and lower[i] in _OUT_SKIP_PREPS
                below.extend((c, skip) for c in children[i]
                             if c != speaker and not first <= c <= last and dep[c] in _DOWN_DEPS)
        if not below:
            break
        level = below


def _hosts(table: TokenTable, cue: int, first: int, last: int, take: Callable[[int, str], None]) -> None:
    """The objects (and their possessors) and prepositional objects of the verbs the cue hangs from
    (:func:`outside_candidates`): "*attacked Clinton's plan*, saying ..."; not their subjects."""
    dep, children, head, lower = table.dep, table.children, table.head, table.lower
    node = cue
    for _ in range(4):
        if dep[node] not in _UP_DEPS or head[node] == node:
            break
        below, node = node, head[node]
        if first <= node <= last:
            break
        if table.pos[node] not in ("VERB", "AUX"):
            continue
        for c in children[node]:
            if c == below or first <= c <= last:
                continue
            if dep[c] in ("dobj", "dative", "attr"):
                take(c, _OUT_HOST)
                owner = acts.possessor(table, c)
                if owner is not None:
                    take(owner, _OUT_HOST)
            elif dep[c] == "prep" and lower[c] not in _OUT_SKIP_PREPS:
                for g in children[c]:
                    if dep[g] == "pobj":
                        take(g, _OUT_HOST)


def _outside_head(table: TokenTable, i: int) -> bool:
    """A candidate head outside the content: as :func:`_candidate_head`, but a title noun that heads its
    phrase counts ("asked about *the governor*")."""
    if _candidate_head(table, i):
        return True
    return (table.pos[i] == "NOUN" and table.lower[i] in lx.TITLES and table.dep[i] not in ("compound", "flat")
            and not any(table.pos[c] == "PROPN" for c in table.children[i]))


_UP_DEPS: Final = frozenset({"advcl", "xcomp", "conj", "relcl", "ccomp", "pobj", "prep", "dobj"})
_OUT_CUE: Final = "out=cue"
_OUT_CUE2: Final = "out=cue2"
_OUT_HOST: Final = "out=host"


#: Prepositions by which a reporting verb names what is spoken of: "said *of* Mr. Smith", "spoke *about* the plan".
_ABOUT_PREPOSITIONS: Final = frozenset({"of", "about", "regarding", "concerning"})


def said_about(table: TokenTable, cue: int | None, content: Sequence[int]) -> int | None:
    """The noun the cue says its statement is about, outside the statement's ``content``: "'He is not
    fit to lead,' she said *of Mr. Smith*", "'It will not pass,' he told reporters *about the plan*" ->
    "Smith", "plan"; not the content itself ("warned *of the harm* ...")."""
    if cue is None or not content:
        return None
    first, last = content[0], content[-1]
    dep, children = table.dep, table.children
    for child in children[cue]:
        if dep[child] == "prep" and table.lower[child] in _ABOUT_PREPOSITIONS:
            for obj in children[child]:
                if dep[obj] == "pobj" and table.pos[obj] in _HEAD_POS and not (
                        first <= obj <= last and _within(content, obj)):  # a quote split by its cue: between
                    return obj
    return None


def _within(content: Sequence[int], i: int) -> bool:
    """Whether token ``i`` is one of the ``content``'s (its tokens in order): a quote split by its cue has
    the cue's words between its first and its last."""
    k = bisect_left(content, i)
    return k < len(content) and content[k] == i


#: Relative pronouns: they stand for the noun their clause is said of.
_RELATIVES: Final = frozenset({"which", "who", "whom", "that"})


#: Dependencies of an entity's inner words on the word after them: an article, a name's first parts, an
#: adjective of a nationality ("the", "Central" of "the Central American ...").
_ENTITY_INNER: Final = frozenset({"det", "compound", "amod"})


def entity_head(table: TokenTable, i: int) -> int:
    """``entity_head``: a target head that is an inner word of a named entity is the entity's last word: the
    "the" of "in the United States" or the "Central" of "Central American" chosen as a head showed as the
    target "the" or "Central", a fragment a reader cannot use (the name read off the entity was right).
    Steps right while the word is such an inner word and the next word has the same entity label (the tagger
    may hang "Central" on the noun after the entity); when the entity itself only modifies a noun ("the
    Central American Minors program"), that noun's phrase is the target. Any other head is returned as it is."""
    label = table.ent_type[i]
    last = len(table.dep) - 1
    start = i
    while (label and i < last and table.dep[i] in _ENTITY_INNER and table.ent_type[i + 1] == label
           and not table.is_punct[i + 1]):  # not across a hyphen: "anti-Muslim" is read as it is
        i += 1
    if i != start and table.dep[i] in _ENTITY_INNER and table.head[i] > i:
        i = table.head[i]
    return i


def relative_antecedent(table: TokenTable, i: int) -> int:
    """The noun a relative pronoun stands for, else ``i``: "NAFTA, *which* Trump had called a disaster"
    -> "NAFTA"; "the protesters, *whom* he described as peaceful" -> "protesters"."""
    if table.lower[i] not in _RELATIVES or table.pos[i] not in {"PRON", "DET"}:
        return i
    clause = table.head[i]
    for _ in range(3):  # up from the verb of the clause (or the preposition it is the object of)
        if table.dep[clause] == "relcl" and table.head[clause] != clause:
            noun = table.head[clause]
            return noun if table.pos[noun] in _HEAD_POS else i
        if table.head[clause] == clause:
            break
        clause = table.head[clause]
    return i


def _antecedent_of_relative(table: TokenTable, content: Sequence[int]) -> int | None:
    """The noun a content that begins with a relative pronoun is said of: "(the movement,) *which* has
    been accused of ..." -> "movement"."""
    if not content:
        return None
    first = content[0]
    if table.lower[first] not in {"which", "who", "that"} or table.dep[first] not in {"nsubj", "nsubjpass"}:
        return None
    clause = table.head[first]
    if table.dep[clause] != "relcl" or table.head[clause] == clause:
        return None
    noun = table.head[clause]
    return noun if table.pos[noun] in _HEAD_POS else None


def _names_something(table: TokenTable, i: int) -> bool:
    """Whether a word can head what a statement is about: not a negation or a clitic the tagger took
    for a noun ("do *n’t*", "what*’s*" with a typographic apostrophe), nor a word with no letter."""
    low = table.lower[i]
    return (table.dep[i] not in {"neg", "case"} and (low.isalpha() or any(ch.isalpha() for ch in low))
            and low not in _CLITICS)  # most words are letters only: one test in C, no generator


#: clitics the tagger may read as nouns
_CLITICS: Final = lx.AUX_CLITICS | lx.NEGATION_CLITICS


def name_head(table: TokenTable, i: int) -> int:
    """The last word of the multi-word name a name's word ``i`` is part of ("Street" for "Wall" of "Wall
    Street", "Clinton" for "Hillary"), else ``i``: a name's word alone is no target a reader accepts.
    Not a title's name ("Trump" of "Mr. Trump" is headed by its title), not a name that modifies a common
    noun ("Trump" of "the Trump campaign"), nor one of two names a hyphen joins ("a Clinton-Trump race" is
    no one person)."""
    head, dep, pos, lower = table.head, table.dep, table.pos, table.lower
    j = i
    while (pos[j] == "PROPN" and dep[j] in {"compound", "flat"} and head[j] != j and pos[head[j]] == "PROPN"
           and lower[head[j]] not in lx.TITLES and not _hyphen_between(table, j, head[j])):
        j = head[j]
    return j


def _hyphen_between(table: TokenTable, i: int, j: int) -> bool:
    """Whether a hyphen or dash stands between tokens ``i`` and ``j``."""
    lo, hi = min(i, j), max(i, j)
    return any(table.lower[k] in _HYPHENS for k in range(lo + 1, hi))


_HYPHENS: Final = frozenset({"-", "\u2013", "\u2014"})


def _candidate_head(table: TokenTable, i: int) -> bool:
    """The head of a noun phrase: a noun, name or pronoun that is not a word inside a name or compound
    ("Ted" of "Ted Cruz", "tax" of "tax cuts") nor a wh-word."""
    pos = table.pos[i]
    if pos not in _HEAD_POS:
        return False
    lower = table.lower
    low = lower[i]
    if pos == "PRON" and low not in _CANDIDATE_PRONOUNS:
        return False
    head = table.head[i]
    if (head != i and table.dep[i] in {"compound", "flat"} and table.pos[head] in _HEAD_POS
            and lower[head] not in lx.TITLES):  # "Trump" of "Mr. Trump" (headed by its title) is a head
        return False
    return low not in lx.TITLES and low not in _ARTICLES  # "the" parsed as a name's head


@dataclass(slots=True)
class _Context:
    """What every candidate of a statement is compared with, and the document's counts it reads."""

    rule: int | None
    act_obj: int | None
    judged: int | None
    preds: frozenset[int]
    preds_first: int | None
    inside: frozenset[int]
    start: int
    #: the content's length in tokens from its first to its last word, at least 1 (the place's divisor)
    span: int
    root: int
    #: main predicate -> the root of its tree (:func:`_pred_roots`): a candidate within three steps of one
    #: shares it, so that its own walk up (:func:`_root`) is not needed
    pred_roots: Mapping[int, int]
    #: the noun the cue says the statement is about (:func:`said_about`)
    about: int | None
    #: speaker id -> how many mentions it has in the document
    mentions: Mapping[str, int]
    #: noun or name lemma -> how often it occurs in the document (:func:`_frequencies`)
    frequencies: Mapping[str, int]
    #: the noun and name lemmas of the document's headline (:func:`_headline_words`)
    headline: frozenset[str]
    #: a candidate read in this context has the feature :data:`LIGHT` (set by :func:`_kind_features`): where
    #: none has, :func:`choose` does not look for it in their features (:func:`eligible`)
    light: bool = False

    @classmethod
    def of(cls, st: Statement, rule: int | None, obj: int | None, about: int | None,
           mentions: Mapping[str, int]) -> _Context:
        content, preds = st.content, st.preds
        if content:
            return cls(rule, obj, st.judged, frozenset(preds), min(preds) if preds else None, st.inside,
                       content[0], max(1, content[-1] - content[0]), _root(st.table, content[0]),
                       _pred_roots(st.table, preds), about, mentions, _frequencies(st.table),
                       _headline_words(st.table))
        return cls(rule, obj, st.judged, frozenset(preds), min(preds) if preds else None, frozenset(), 0, 1, -1, {},
                   about, mentions, _frequencies(st.table), _headline_words(st.table))


_FREQUENCIES: list[tuple[TokenTable, dict[str, int]]] = []  # the last document's (one slot)


def _frequencies(table: TokenTable) -> dict[str, int]:
    """How often each noun and name lemma occurs in the document (counted once per document)."""
    if _FREQUENCIES and _FREQUENCIES[0][0] is table:
        return _FREQUENCIES[0][1]
    counts = Counter(compress(table.lemma, map(_COUNTED_POS.__contains__, table.pos)))  # C loops, no frame
    _FREQUENCIES[:] = [(table, counts)]
    return counts


def _root(table: TokenTable, i: int, steps: int | None = None) -> int:
    """The root of ``i``'s sentence (its tree), at most ``steps`` (:data:`_ROOT_STEPS`) steps up: where the walk
    stops short, the token it stopped at."""
    head = table.head
    for _ in range(_ROOT_STEPS if steps is None else steps):
        if head[i] == i:
            break
        i = head[i]
    return i


#: The most steps :func:`_root` walks up.
_ROOT_STEPS: Final = 60


def _pred_roots(table: TokenTable, preds: Sequence[int]) -> dict[int, int]:
    """The root of each main predicate's tree (rule "pred_roots", issue 15's speed42 round), where its walk up
    reaches a token that is its own head in at most :data:`_ROOT_STEPS` - 3 steps: :func:`base_features`
    reads it for a candidate whose head, or the head's head or the next one up, is that predicate (its
    depth below the main predicates, found already), as :func:`_root` would find it by walking up from the
    candidate, and walks only for the others. Found once a claim for its one to three predicates, where
    each of its five to ten candidates walked the same way up before."""
    head = table.head
    roots = {}
    for pred in preds:
        j = _root(table, pred, _ROOT_STEPS - 3)
        if head[j] == j:
            roots[pred] = j
    return roots


#: The features of the depth below the main predicates and of the rank among the candidates (at most 4),
#: made once.
_DEPTHS: Final = tuple(f"depth={d}" for d in range(1, 5))
_RANKS: Final = tuple(f"rank={r}" for r in range(5))


def features(st: Statement, ctx: _Context, i: int, rank: int, entity: str | None, name: str | None,
             about: Mapping[str, Any]) -> list[str]:
    """The features of candidate ``i`` (names of the weights that apply to it): its place in the
    sentence, what the rules made of it, what kind of thing it is (:func:`base_features`) and whom it
    stands for (:func:`add_entity_features`)."""
    out = base_features(st, ctx, i, rank)
    add_entity_features(st.table, i, entity, name, about.get("speaker"), ctx.mentions, ctx.frequencies, out)
    return out


def base_features(st: Statement, ctx: _Context, i: int, rank: int) -> list[str]:
    """The features of candidate ``i`` that do not depend on whom it stands for, in this order: its place in
    the sentence (role: the dependency relation, bucketed; part of speech; depth below the main predicates;
    entity label; rank among the candidates; a main predicate's argument; place in the content; determiner),
    what the rules made of it, what kind of thing it is (an agent, an event noun, a light noun, a place named
    as a setting; how often the noun occurs in the document, or which pronoun: :func:`_kind_features`).
    It runs for every candidate of every claim: each column is read once, the depth walked inline."""
    table = st.table
    head = table.head
    pos, ent, up = table.pos[i], table.ent_type[i], head[i]
    role = _DEP_BUCKETS.get(table.dep[i], "other")
    preds = ctx.preds
    if up in preds:  # the steps up to the nearest main predicate (4 when none is within three)
        depth, near = _DEPTHS[0], up
    elif head[up] in preds:
        depth, near = _DEPTHS[1], head[up]
    else:
        near = head[head[up]]
        depth = _DEPTHS[2] if near in preds else _DEPTHS[3]
    # role, part of speech (at _POS_SLOT), depth, entity label (at _ENT_SLOT), rank: :func:`_stood_for` replaces
    # the two slots of a pronoun's features with its antecedent's
    out = [_ROLE_FEATURES[role], _POS_FEATURES.get(pos) or f"pos={pos}", depth,
           _ENT_FEATURES.get(ent) or _ent_feature(ent), _RANKS[min(rank, 4)]]
    if up in preds and role in _MAIN_ROLES:
        out.append(_MAIN_ROLES[role])
        if up == ctx.preds_first:
            out.append(_FIRST_PRED_ROLES[role])
    if i in ctx.inside:
        share = (i - ctx.start) / ctx.span
        out.append("place=start" if share < 0.2 else "place=middle" if share < 0.6 else "place=end")
        root = ctx.pred_roots.get(near)  # a predicate within three steps up: its root, found once a claim
        if (_root(table, i) if root is None else root) != ctx.root:
            out.append("later_sentence")
    dep = table.dep
    for c in table.children[i]:
        if dep[c] == "det":
            det = table.lower[c]
            out.append("det=the" if det in {"the", "this", "that", "these", "those"} else "det=a" if det in (
                "a", "an") else "det=other")
            break
    if i == ctx.rule:
        out.extend(("rule", _RULE_ROLES[role], _RULE_DEPTHS[depth]))
    if i == ctx.act_obj:
        out.append("act_obj")
    if i == ctx.judged:
        out.append("judged")
    if i == ctx.about:
        out.append(SAID_ABOUT)
    _kind_features(st, ctx, i, pos, ent, out)
    return out


def _kind_features(st: Statement, ctx: _Context, i: int, pos: str, ent: str, out: list[str]) -> None:
    """An agent, an event noun, a light noun, a place named as a setting; how often the noun occurs in
    the document and whether it is a word of the headline (:data:`HEADLINE`); which pronoun; the addressee
    (:data:`ADDRESSEE`: "you", "reporters"). ``pos`` and ``ent``: the candidate's part of speech and entity
    label. Appended to ``out``."""
    table = st.table
    lemma = table.lemma[i]
    # a common noun outside an entity is an agent only with a lemma of acts.AGENT_NOUN_LEMMAS: no call for the others
    if (ent or pos != "NOUN" or lemma in acts.AGENT_NOUN_LEMMAS) and acts.is_agent(table, i):
        out.append("agent")
    if lemma in lx.EVENT_NOUNS:
        out.append("event")
    if lemma in lx.LIGHT_TARGET_NOUNS and acts.light_noun(table, i):
        out.append(LIGHT)
        ctx.light = True
    if ent and acts.is_setting(table, i):  # a setting is a place entity
        out.append("setting")
    if pos in {"NOUN", "PROPN"}:
        n = ctx.frequencies.get(lemma, 0)
        out.append(_FREQUENCY[0] if n <= 1 else _FREQUENCY[1] if n <= 3 else _FREQUENCY[2] if n <= 9 else _FREQUENCY[3])
        if lemma in ctx.headline:
            out.append(HEADLINE)
        if lemma in _ADDRESSEE_NOUNS:
            out.append(ADDRESSEE)
        _minor_features(table, i, pos, ent, out)
    elif pos == "PRON":
        low = table.lower[i]
        out.append("pron=it" if low in {"it", "its"} else "pron=first" if low in lx.FIRST_PERSON else
                   "pron=speaker" if acts.speaker_pronoun(st, i) else "pron=other")
        if low in _ADDRESSEE_PRONOUNS:
            out.append(ADDRESSEE)


def _minor_features(table: TokenTable, i: int, pos: str, ent: str, out: list[str]) -> None:
    """The kinds of minor noun phrase, seldom what a statement is about (issue 15's nineteenth target
    round), appended to ``out``: a negated or quantified phrase ("*no* group", "*some* voters", "*one*
    gallon"), a predicate nominal of "be" ("it has been *a very clever plan*"), a place of setting, the
    object of a locative preposition ("*in* the state", "*across* the country"), a generic noun that names
    no one ("*the world*", "*people*": :data:`~claimex.lexicons.GENERIC_TARGET_NOUNS`), and a one-word
    common noun with nothing of its own ("called for a halt to *entry*")."""
    dep, lower = table.dep, table.lower
    kids = table.children[i]
    for c in kids:
        d = dep[c]
        if (d == "det" and lower[c] in _QUANTIFYING) or d in {"nummod", "quantmod"}:
            out.append(MINOR_QUANTIFIED)
            break
    if dep[i] == "attr" and _copula_of(table, i) is not None:  # the one relation of a predicate nominal: no call
        out.append(MINOR_PREDICATE)
    if dep[i] == "pobj" and lower[table.head[i]] in _LOCATIVE_PREPS:
        out.append(MINOR_LOCATIVE)
    if pos == "NOUN" and not ent:
        if table.lemma[i] in lx.GENERIC_TARGET_NOUNS and "PROPN" not in map(table.pos.__getitem__, kids):
            out.append(MINOR_GENERIC)
        if _OWN_DEPS.isdisjoint(map(dep.__getitem__, kids)):  # a set test in C: no generator a candidate
            out.append(MINOR_BARE)


#: The features of :func:`_minor_features`.
MINOR_QUANTIFIED: Final = "minor=quantified"
MINOR_PREDICATE: Final = "minor=predicate"
MINOR_LOCATIVE: Final = "minor=locative"
MINOR_GENERIC: Final = "minor=generic"
MINOR_BARE: Final = "minor=bare"
#: A negating determiner quantifies as "some" does ("*no* group", "*any* material"): measured apart, a feature
#: of its own (42 candidates, 0.24 right) added nothing to the grouped CV.
_QUANTIFYING: Final = lx.QUANTIFYING_DETERMINERS | lx.NEGATIVE_DETERMINERS
#: Prepositions of place or time whose object is the setting of what is said.
_LOCATIVE_PREPS: Final = frozenset({"in", "at", "across", "throughout", "around", "within", "inside", "during"})
#: Relations of the words that make a noun more than a bare word: a determiner, possessor, modifier ...
_OWN_DEPS: Final = frozenset({"det", "poss", "amod", "compound", "nummod", "prep", "relcl", "acl", "appos",
                              "nmod", "quantmod", "conj"})


#: The feature of a noun of the article's first line, its headline (:func:`_headline_words`).
HEADLINE: Final = "headline"
#: The feature of the addressee or audience of what is said ("you", "reporters", "the crowd"), seldom
#: what it is about.
ADDRESSEE: Final = "addressee"
#: The addressee as a pronoun and as a noun (lemmas).
_ADDRESSEE_PRONOUNS: Final = frozenset({"you", "your", "yourself", "yourselves"})
_ADDRESSEE_NOUNS: Final = frozenset({"reporter", "journalist", "audience", "crowd", "folk", "viewer", "listener"})
_HEADLINES: list[tuple[TokenTable, frozenset[str]]] = []  # the last document's (one slot)
_NONE: Final[frozenset[str]] = frozenset()


def _headline_words(table: TokenTable) -> frozenset[str]:
    """The noun and name lemmas of the document's first line when a line break ends it within
    :data:`_HEADLINE_TOKENS` tokens (a news article's headline; every PolNeAR text has one), read once per
    document; none for a text of one line or one that opens with a paragraph."""
    if _HEADLINES and _HEADLINES[0][0] is table:
        return _HEADLINES[0][1]
    pos, lemma = table.pos, table.lemma
    cut = _headline_end(table)
    words = frozenset(lemma[j] for j in range(bisect_left(table.idx, cut)) if pos[j] in _COUNTED_POS) \
        if cut >= 0 else _NONE
    _HEADLINES[:] = [(table, words)]
    return words


#: The most tokens a headline has (the longest first line of PolNeAR train has 25 words).
_HEADLINE_TOKENS: Final = 40


def add_entity_features(table: TokenTable, i: int, entity: str | None, name: str | None, speaker: str | None,
                        mentions: Mapping[str, int], frequencies: Mapping[str, int], out: list[str]) -> None:
    """The features of whom candidate ``i`` stands for, appended to ``out``: resolved to a speaker entity (the
    claim's own speaker or another), to a name only, or a pronoun read as nobody; and how often the entity
    it resolves to (not the claim's own speaker) is mentioned in the document: a speaker entity's mentions,
    else the occurrences of the last word of the name it resolves to ("he" read as Donald Trump in an
    article about him is as salient as "Trump"). ``mentions`` and ``frequencies`` are the document's counts
    (:class:`_Context`)."""
    if entity is not None:
        if entity == speaker:
            out.append("entity=self")
        else:
            out.append("entity=other")
            out.append(_bucket(mentions.get(entity, 0), _SALIENCE))
            if table.lower[i] in THING_PRONOUNS:
                out.append(THING_SPEAKER)
    elif name is not None:
        out.append("named")
        if name:
            # as fitted: the word as written, which a capitalised name seldom is among the lower-cased lemmas
            # (docs/claims-and-links.md, "A defect measured and left": looked up in lower case, no gain)
            out.append(_bucket(frequencies.get(name.split()[-1], 0), _SALIENCE))
    elif table.pos[i] == "PRON":
        out.append(UNRESOLVED)


#: The pronouns of things and groups: "it", "they" and their forms.
THING_PRONOUNS: Final = frozenset({"it", "its", "they", "their", "them", "theirs"})
#: The thing pronouns that :func:`_best` may leave unresolved (:attr:`TargetModel.thing_bound`): those that
#: are no person's.
_THING_ONLY: Final = THING_PRONOUNS - lx.SINGULAR_PERSON_PRONOUNS
#: The feature of a thing pronoun read as another speaker entity (rule "thing_speaker": of the twelve
#: training readers' statements whose target claimex read so, 9 of 46 were right, against 34 of 45 for
#: "he" read as a speaker): the feature lets the ranker weigh that reading on its own.
THING_SPEAKER: Final = "pron=thing&entity=other"


def _ent_feature(ent: str) -> str:
    """The feature of a candidate's entity label: an agent's label, an amount, another label, none."""
    agent = ent in syntax.AGENT_ENTITY_LABELS
    return f"ent={ent if agent else 'amount' if ent in _AMOUNT_ENTS else 'other' if ent else '-'}"


#: The features of :func:`base_features` made once: role, part of speech, entity label (the labels of
#: the parser's scheme; another label's feature is made when met), a main predicate's argument.
_ROLE_FEATURES: Final = {role: f"role={role}" for role in (*_DEP_BUCKETS.values(), "other")}
_POS_FEATURES: Final = {pos: f"pos={pos}" for pos in _HEAD_POS}
_ENT_FEATURES: Final = {ent: _ent_feature(ent) for ent in (
    "", *syntax.AGENT_ENTITY_LABELS, *_AMOUNT_ENTS, "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE")}
_MAIN_ROLES: Final = {role: f"main_{role}" for role in ("subj", "obj", "attr", "subjpass")}
_FIRST_PRED_ROLES: Final = {role: f"first_pred_{role}" for role in _MAIN_ROLES}
#: The features of the rules' proposal by its role and its depth.
_RULE_ROLES: Final = {role: f"rule&role={role}" for role in _ROLE_FEATURES}
_RULE_DEPTHS: Final = {depth: f"rule&{depth}" for depth in _DEPTHS}


#: The buckets of a count (:func:`_bucket`): at most 1, 2-3, 4-9, 10 or more.
_FREQUENCY: Final = ("frequency=1", "frequency=2-3", "frequency=4-9", "frequency=10+")
_SALIENCE: Final = ("salience=1", "salience=2-3", "salience=4-9", "salience=10+")


def _bucket(n: int, labels: tuple[str, str, str, str]) -> str:
    """The label of the bucket of ``n``: at most 1, 2-3, 4-9, 10 or more."""
    return labels[0] if n <= 1 else labels[1] if n <= 3 else labels[2] if n <= 9 else labels[3]


__all__ = [
    "ANTECEDENT",
    "DEFAULT_WEIGHTS",
    "LIGHT",
    "SAID_ABOUT",
    "THING_PRONOUNS",
    "THING_SPEAKER",
    "Candidate",
    "Choice",
    "TargetModel",
    "Trace",
    "body_name",
    "candidates",
    "choose",
    "eligible",
    "features",
    "load_target_model",
    "other_forename",
    "owned_topic",
    "part_whole",
    "predicate_person",
    "predicate_subject",
    "relation_object",
    "rule_target",
    "said_about",
    "taken_up",
    "target_weights_file_v1",
    "target_weights_v1",
    "thing_antecedent",
]
