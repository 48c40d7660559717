"""The linking rules: when two claims are never linked, and the named evidence that links them.

Each rule is a named function with its example in the docstring; the evidence it gives carries the
rule's name (``kind``) and the span that fired, so a user can ask why a link exists. ``earlier`` is the
earlier claim (the target of a link), ``later`` the later one (its source).

Shared topic words never decide anything here: they only choose, among the claims a cue could answer,
the one it answers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final, NamedTuple

from ... import lexicons as lx
from ...model import Evidence
from .cues import Cue
from .features import NOT, ClaimFeatures, Proposition, Quantity, echo_negated
from .parties import same_side
from .syntax import UNKNOWN, Mark, phrase_keys, term_key
from .weights import LinkWeights

DISPUTES: Final = "disputes"
SUPPORTS: Final = "supports"
RESPONDS_TO: Final = "responds_to"

#: cue kind -> (evidence kind, relation)
CUE_EVIDENCE: Final[Mapping[str, tuple[str, str]]] = {
    "dispute": ("response_cue", DISPUTES),
    "confirm": ("confirmation_cue", SUPPORTS),
    "reply": ("reply_cue", RESPONDS_TO),
}
#: the evidence kind of a response the writer narrates beside the claim it answers ("..., a claim that the
#: mayor's office disputes"; rule ``narrated_response``, weights links.v5 on): it names the claim as a cue does
NARRATED_RESPONSE: Final = "narrated_response"
CUE_KINDS: Final = frozenset(kind for kind, _ in CUE_EVIDENCE.values()) | {NARRATED_RESPONSE}
#: acts whose repetition by a second speaker, on the same target, agrees: "X condemned the strikes;
#: Y also condemned them"
#: (not a demand or a backing: two calls on one government, or two tributes to one man, are parallel
#: positions, each with its own content, that confirm nothing of each other)
_SHARED_ACTS: Final = frozenset({lx.CONDEMN, lx.ACCUSE, lx.DENY, lx.THREATEN})


#: the fewest words of a statement that two extractions can be told to share (not "her public statements")
_MIN_DUPLICATE_WORDS: Final = 6


#: acts that assert their content (a demand, a question or a threat does not state it as true)
_ASSERTING: Final = frozenset({lx.ASSERT, lx.DENY, lx.CONCEDE, lx.PREDICT, lx.ACCUSE, lx.CONDEMN, lx.SUPPORT})


class Signal(NamedTuple):
    """One piece of evidence of a pair: its kind, the relation it speaks for ("" for evidence that
    decides nothing alone: ``reference``, ``change_marker``), and where it fired."""

    kind: str
    relation: str
    mark: Mark
    text: str  # starts with the text at ``mark``

    def evidence(self) -> Evidence:
        return Evidence(self.kind, self.text, self.mark.span)


def signal(kind: str, relation: str, mark: Mark, other: str | None = None) -> Signal:
    return Signal(kind, relation, mark, mark.text if other is None else f"{mark.text} ~ {other}")


# --------------------------------------------------------------------------------------------------
# Never


def shared_terms(a: ClaimFeatures, b: ClaimFeatures, ignore: frozenset[str] = frozenset()) -> int:
    """How many topic keys two claims share, ``ignore`` aside (they only choose and rank candidates)."""
    small, big = (a.terms, b.terms) if len(a.terms) <= len(b.terms) else (b.terms, a.terms)
    return sum(1 for key in small if key in big and key not in ignore)


def same_statement(earlier: ClaimFeatures, later: ClaimFeatures, w: LinkWeights) -> bool:
    """Two extractions of one statement: overlapping or nested contents ("X said Y told Z" read as two
    claims; a quote and the reported frame around it), or the same words (a pull-quote repeated)."""
    if any(s1 < e2 and s2 < e1 for s1, e1 in earlier.spans for s2, e2 in later.spans):
        return True
    small, big = sorted((earlier.words, later.words), key=len)
    if len(small) < _MIN_DUPLICATE_WORDS or len(small & big) < w.duplicate_share * len(small):
        return False
    # "she would not vote for the bill" is no repetition, nor is a denial in the same words ("The paper
    # reported that he was writing a book." / "He denied that he was writing a book.")
    return NOT not in small ^ big and not _denied_again(earlier, later)


def _denied_again(earlier: ClaimFeatures, later: ClaimFeatures) -> bool:
    """One of two claims in the same words is a denial of the other: a main predicate of both, asserted
    by one and negated by the other's deny cue (the words carry no negator of it)."""
    polarity = {p.pred: p.negated for p in earlier.propositions}
    return any(p.pred in polarity and polarity[p.pred] != p.negated for p in later.propositions)


def one_side(earlier: ClaimFeatures, later: ClaimFeatures) -> bool:
    """The same speaker entity, or two speakers of one side (:func:`~.parties.same_side`)."""
    if earlier.speaker is not None and earlier.speaker == later.speaker:
        return True
    return same_side(earlier.party, later.party)


# --------------------------------------------------------------------------------------------------
# Propositions


def _weak(p: Proposition) -> bool:
    return p.pred in lx.WEAK_PREDICATES


def arguments_aligned(p: Proposition, q: Proposition) -> bool:
    """The core arguments agree: every role both fill (who does it, to what) shares a key, and at
    least one does. "the city broke its promise" ~ "the promise was broken by the city"; not "the US
    broke its promise" ~ "Iran broke its promise"."""
    aligned = 0
    for a, b in ((p.agent, q.agent), (p.patient, q.patient)):
        if not a or not b:
            continue
        if a >= UNKNOWN or b >= UNKNOWN or a.isdisjoint(b) or _numbers_differ(a, b):
            return False  # a pronoun ("it raised ..."), another argument, another number
        aligned += 1
    return aligned > 0


def _numbers_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    na, nb = {k for k in a if k.startswith("#")}, {k for k in b if k.startswith("#")}
    return bool(na) and bool(nb) and na.isdisjoint(nb)


def same_predicate(p: Proposition, q: Proposition) -> bool:
    """The same predicate: the same key, or WordNet synonyms ("arrest" ~ "detain", "quit" ~ "resign")."""
    return p.pred == q.pred or not p.senses.isdisjoint(q.senses)


def opposite_predicates(p: Proposition, q: Proposition) -> bool:
    """Antonyms (WordNet's and ``lexicons.ANTONYMS``): "win" / "lose", "kill" / "survive"."""
    return q.lemma in p.antonyms or p.lemma in q.antonyms or q.pred in p.antonyms or p.pred in q.antonyms


def _same_proposition(p: Proposition, q: Proposition) -> bool:
    """Same predicate, aligned arguments, and a subject on both sides or on neither (two passives):
    "Build the wall" is no statement that someone will build it."""
    return (same_predicate(p, q) and not _weak(p) and not _weak(q) and bool(p.agent) == bool(q.agent)
            and arguments_aligned(p, q))


def _pred_mark(c: ClaimFeatures, p: Proposition) -> Mark:
    return c.mark(p.word if p.word >= 0 else p.token)


def _polarity_mark(c: ClaimFeatures, p: Proposition) -> Mark:
    return c.mark(p.negator) if p.negated and p.negator is not None else c.mark(p.token)


#: subordinators of a condition or a time limit under which a negation holds ("not to close the prison
#: *until* ...", "will not sign it *unless* ...")
_LIMITING_MARKS: Final = frozenset({"until", "unless", "if", "before", "till", "without"})


def _limited(c: ClaimFeatures, p: Proposition) -> bool:
    """A predicate under a condition or a time limit: "urged the mayor not to close the shelter until
    the new one is ready" does not say it should stay open."""
    tt = c.tokens
    return any(tt.dep[k] == "advcl" and any(tt.lower[m] in _LIMITING_MARKS for m in tt.children[k])
               for k in tt.children[p.token])


#: the relations of what a verb is said of, beside its subject: "working *for* the party", "sent *emails*"
_VERB_COMPLEMENTS: Final = frozenset({"prep", "dobj", "dative", "xcomp", "ccomp", "oprd"})


def _complemented(c: ClaimFeatures, p: Proposition) -> bool:
    """A verb said of something beside its subject ("working for the party"); not a copula's complement
    ("the vaccine was safe" says all it says), nor a bare verb ("the plant would close"); but a
    copula's complement with a preposition of its own (:func:`_complement_with_object`)."""
    tt = c.tokens
    if _complement_with_object(c, p):
        return True
    return tt.lemma[p.token] == p.lemma and any(tt.dep[k] in _VERB_COMPLEMENTS for k in tt.children[p.token])


def _complement_with_object(c: ClaimFeatures, p: Proposition) -> bool:
    """Rule ``complement_object``: a copula's noun complement with a preposition of its own is said of
    what the preposition names, as a verb of its object: "the senator is a supporter *of* legal
    immigration" and "she is a supporter *of* amnesty" share the predicate and the subject, not the
    proposition."""
    tt = c.tokens
    w = p.word
    return (0 <= w != p.token and tt.pos[w] == "NOUN" and tt.lemma[w] == p.lemma
            and any(tt.dep[k] == "prep" for k in tt.children[w]))


def _complement_shared(earlier: ClaimFeatures, later: ClaimFeatures, p: Proposition, q: Proposition) -> bool:
    """When a verb is said of something beside its subject, the two claims share a word of it:
    "Gates was not working for the party" / "he was working with Manafort" share only ``Gates`` and
    ``work``. Two aligned objects ("close the prison" / "the prison closed") are enough."""
    if not p.patient.isdisjoint(q.patient) and not p.patient >= UNKNOWN:
        return True
    if not (_complemented(earlier, p) or _complemented(later, q)):
        return True
    ignore = p.agent | q.agent | earlier.party.names | later.party.names | {p.pred, q.pred, p.lemma, q.lemma}
    return shared_terms(earlier, later, frozenset(ignore)) >= 1


def _reports_another(c: ClaimFeatures) -> bool:
    """The content itself reports what someone else said: a reporting verb whose subject is a noun
    phrase that does not name the claim's speaker ("Other candidates said they ..." read as the senator's
    claim). Who holds the proposition is then unsure."""
    tt = c.tokens
    for i in c.content:
        if lx.REPORTING_CUES.get(tt.lemma[i]) != lx.ASSERT or tt.pos[i] != "VERB":
            continue
        for k in tt.children[i]:
            if tt.dep[k] == "nsubj" and tt.pos[k] in ("NOUN", "PROPN") and not c.party.named_by(
                    phrase_keys(tt, k, c.party)):
                return True
    return False


def _content_root(c: ClaimFeatures) -> int | None:
    """The first token of the content whose head is outside it: the head of its first clause or phrase."""
    tt, inside = c.tokens, frozenset(c.content)
    return next((i for i in c.content if tt.head[i] == i or tt.head[i] not in inside), None)


def opens_with_another_speaker(c: ClaimFeatures) -> bool:
    """Never a source: a content whose first clause reports another speaker, "X says that ...", with a
    noun subject that does not name the claim's speaker ("Lopez says that the plan has drawn fire from
    all sides: the union questioned the mayor's figures ..." read as the union's claim). What it answers
    or repeats is X's, and the claim's speaker is unsure. (:func:`_reports_another` looks anywhere in
    the content, for a proposition only.)"""
    tt = c.tokens
    root = _content_root(c)
    if root is None or lx.REPORTING_CUES.get(tt.lemma[root]) != lx.ASSERT or tt.pos[root] != "VERB":
        return False
    return any(tt.dep[k] == "nsubj" and tt.pos[k] in ("NOUN", "PROPN")
               and not c.party.named_by(phrase_keys(tt, k, c.party)) for k in tt.children[root])


#: prepositions that name what a speaker spoke about (not "accused him *of* lying": what he is accused of)
_TOPIC_PREPOSITIONS: Final = frozenset({"about", "on", "regarding", "concerning"})


def topic_only(c: ClaimFeatures) -> bool:
    """Never linked: a content that is only the topic a speaker spoke about, the object of "about", "on"
    ... with no proposition ("Reed was seen speaking at a rally about *taking a tougher line on the port*"):
    it says nothing a claim could dispute or support."""
    if c.propositions:
        return False
    tt = c.tokens
    root = _content_root(c)
    return root is not None and tt.dep[root] in ("pcomp", "pobj") and tt.lower[tt.head[root]] in _TOPIC_PREPOSITIONS


def _weak_pair(earlier: ClaimFeatures, later: ClaimFeatures, p: Proposition, q: Proposition) -> bool:
    """Whether the same proposition is too weak a ground for a link on its own: one of the two contents
    reports another speaker's words (:func:`_reports_another`), or the claims share nothing but the
    predicate and its subject (:func:`_complement_shared`)."""
    return _reports_another(earlier) or _reports_another(later) or not _complement_shared(earlier, later, p, q)


def negation(earlier: ClaimFeatures, later: ClaimFeatures) -> list[Signal]:
    """The same proposition asserted and negated: "The union said the city had broken its promise." /
    "Smith denied that the city broke any promise." (``broke`` ~ ``broken``, agent ``city``, patient
    ``promise``; the deny cue negates it). Not a negation under a condition or a time limit
    (:func:`_limited`), nor one in a demand against a statement that is none: "urged the governor not to
    sign the bill" and "the bill will be signed" do not contradict each other."""
    if (earlier.act == lx.DEMAND) != (later.act == lx.DEMAND):
        return []
    for q in later.propositions:
        for p in earlier.propositions:
            if (p.negated != q.negated and _same_proposition(p, q) and not _limited(earlier, p)
                    and not _limited(later, q) and not _weak_pair(earlier, later, p, q)):
                return [signal("negation", DISPUTES, _polarity_mark(later, q), _polarity_mark(earlier, p).text)]
    return []


def antonym(earlier: ClaimFeatures, later: ClaimFeatures) -> list[Signal]:
    """Opposite predicates, same polarity, aligned arguments: "the army said the commander was killed"
    / "the group said the commander survived" (kill ~ survive, patient ``commander``)."""
    for q in later.propositions:
        for p in earlier.propositions:
            if (p.negated == q.negated and not _weak(p) and not _weak(q) and opposite_predicates(p, q)
                    and _antonym_args(p, q)):
                return [signal("antonym", DISPUTES, _pred_mark(later, q), _pred_mark(earlier, p).text)]
    return []


def _antonym_args(p: Proposition, q: Proposition) -> bool:
    """Arguments of two opposite predicates agree, on a name or on more than a bare common noun ("the
    revenue declined" / "gambling revenue increased" may well be of two casinos), or on one and the same
    subject with nothing else said ("the articles were inaccurate" / "the articles were accurate"); the
    patient of a transitive one ("killed Commander Ali") may be the subject of an intransitive one ("Ali
    survived")."""
    shared: frozenset[str] = frozenset()
    if p.agent and p.agent == q.agent and not p.agent >= UNKNOWN and not p.patient and not q.patient:
        return True
    if arguments_aligned(p, q):
        shared = (p.agent & q.agent) | (p.patient & q.patient)
    else:
        for a, b in ((p, q), (q, p)):
            if a.patient >= UNKNOWN or b.agent >= UNKNOWN:
                continue
            if a.patient & b.agent and (not a.agent or not b.patient or not a.agent.isdisjoint(b.patient)):
                shared = a.patient & b.agent
    return len(shared) >= 2 or any(k.startswith(("name:", "country:")) for k in shared)


def _mismatch(qa: Quantity, qb: Quantity) -> bool:
    return qa.high < qb.low or qb.high < qa.low


def _said_of(c: ClaimFeatures, q: Quantity) -> frozenset[str]:
    """What the predicate a figure sits under is said of beside the figure: the keys of its object,
    the figure's own number and unit aside ("more than 1,300 emails contained *classified material*")."""
    return frozenset(k for p in c.propositions if p.pred == q.pred for k in p.patient
                     if not k.startswith("#") and k != q.unit and k not in UNKNOWN)


def _other_measure(earlier: ClaimFeatures, later: ClaimFeatures, qa: Quantity, qb: Quantity) -> bool:
    """Two figures under one predicate that count two things: the predicate has an object on both
    sides, and they share nothing ("the data was contained in 22 emails" / "1,300 emails contained
    classified material": emails holding the data, emails holding classified material)."""
    a, b = _said_of(earlier, qa), _said_of(later, qb)
    return bool(a) and bool(b) and a.isdisjoint(b)


def numeric_mismatch(earlier: ClaimFeatures, later: ClaimFeatures) -> list[Signal]:
    """Different numbers for the same measure of the same thing: "the strikes killed four fighters" /
    "seven militia fighters were killed" (unit ``fighter``, predicate ``kill``; "at least five" and
    "seven" do not conflict)."""
    for qb in later.quantities:
        for qa in earlier.quantities:
            if qa.unit != qb.unit or qa.pred != qb.pred or qa.unit in lx.MEASURE_UNITS or not _mismatch(qa, qb):
                continue
            if qa.date is not None and qb.date is not None and qa.date != qb.date:
                continue  # "30 dollars by 2012" ~ "10 dollars a ton from 2018": two times
            if _other_measure(earlier, later, qa, qb):
                continue
            weak = qa.unit.startswith("@") or qa.pred in lx.WEAK_PREDICATES
            if weak and shared_terms(earlier, later) < 3:  # "is 5 percent" ~ "is 10 percent": the same thing?
                continue
            return [signal("numeric_mismatch", DISPUTES, qb.mark, qa.mark.text)]
    return []


def accusation_denial(earlier: ClaimFeatures, later: ClaimFeatures) -> list[Signal]:
    """X accuses Y of P; Y denies: "The union accused the mayor of lying about the budget." / "The
    mayor denied lying about the budget." (the later speaker is the accused, and denies or negates).
    An accusation the content makes without an accusing verb ("The union said Mayor Lee had wasted
    money") is answered only by a negation of what it says ("Lee said he never wasted a cent"): a
    dispute cue of the accused may answer anything else it was told."""
    if not earlier.accused or not later.party.named_by(earlier.accused):
        return []
    said_with_verb = earlier.explicit_act == lx.ACCUSE
    denial = next((c for c in later.cues if c.kind == "dispute"), None) if said_with_verb else None
    # a negation counts when it negates what the accusation says ("accused him of lying" / "I never lied"),
    # not any "not" in a long answer, nor a negated predicate too general to be what it says
    negated = next((q for q in later.propositions
                    if q.negated and q.lemma in earlier.predicate_lemmas and not _weak_denial(q)), None)
    if denial is not None:
        mark = denial.mark
    elif negated is not None:
        mark = _polarity_mark(later, negated)
    else:
        return []
    if shared_terms(earlier, later) - len(earlier.accused & later.terms.keys()) < 1:
        return []
    return [Signal("accusation_denial", DISPUTES, mark, f"{mark.text} (the accused answers the accusation)")]


def denial_in_other_words(earlier: ClaimFeatures, later: ClaimFeatures) -> list[Signal]:
    """Rule ``denial_other_words``: the accused answers an accusation with a denial in words of its own, no
    predicate of the accusation repeated: "Critics said Mayor Lee had broken the procurement law." / "Lee said
    she never signed a procurement contract without the council's approval." The later claim's act is a denial
    (the claims stage's ``deny``) that negates a predicate of its own (its mark: the negator), and the two
    share a topic word beside the accused's names. The caller pairs an accusation only with a denial reported
    soon after it (:func:`~.linker._accused_answers`): a denial given much later may answer anything else said
    of the accused."""
    if not earlier.accused or not later.party.named_by(earlier.accused) or later.act != lx.DENY or later.unsaid:
        return []
    negated = next((q for q in later.propositions if q.negated and not _weak_denial(q)), None)
    if negated is None or shared_terms(earlier, later) - len(earlier.accused & later.terms.keys()) < 1:
        return []
    mark = _polarity_mark(later, negated)
    return [Signal("accusation_denial", DISPUTES, mark, f"{mark.text} (the accused denies it in other words)")]


def _weak_denial(q: Proposition) -> bool:
    """Rule ``weak_denial``: a negated predicate too general to be what an accusation says
    (``lexicons.WEAK_PREDICATES``) answers none: "I don't think anyone can compare the two races"
    negates the speaker's opinion, not the accuser's "I think he needs to explain himself"."""
    return _weak(q) or q.lemma in lx.WEAK_PREDICATES


def same_proposition(earlier: ClaimFeatures, later: ClaimFeatures) -> list[Signal]:
    """The same proposition, same polarity, from a different source: "Comey said Clinton had been
    extremely careless" / "Trump tweeted that Clinton was extremely careless" (careless(Clinton))."""
    if earlier.hedged or later.hedged or earlier.act not in _ASSERTING or later.act not in _ASSERTING:
        return []
    for q in later.propositions:
        for p in earlier.propositions:
            if p.negated == q.negated and _same_proposition(p, q) and not _weak_pair(earlier, later, p, q):
                return [signal("same_proposition", SUPPORTS, _pred_mark(later, q), _pred_mark(earlier, p).text)]
    return []


def agreement_marker(earlier: ClaimFeatures, later: ClaimFeatures) -> list[Signal]:
    """A second speaker doing the same act, said with its verb, on the same target, marked "also": "The
    PMF condemned the strikes." / "The Iraqi military also condemned the strikes"."""
    if (later.agreement is None or later.explicit_act is None or later.explicit_act != earlier.explicit_act
            or later.act not in _SHARED_ACTS or not later.target or later.target.isdisjoint(earlier.target)):
        return []  # the same act said with its verb by both: "condemned", "also condemned"
    mark = later.agreement
    return [Signal("agreement_marker", SUPPORTS, mark, f"{mark.text} ({later.act} ~ {earlier.act})")]


def _echo_polarity(c: ClaimFeatures, first: int, last: int) -> bool:
    """True when a claim says a run negated: a negator on the run, or a denial said with its verb
    ("denied that the city had broken its promise")."""
    return echo_negated(c.tokens, first, last) != (c.explicit_act == lx.DENY)


#: the subordinators of a clause that does not assert what it says ("it would not happen *if* voters
#: continue to elect ...")
_CONDITIONAL: Final = frozenset({"if", "unless", "whether"})


def _echo_says(c: ClaimFeatures, first: int, last: int) -> bool:
    """Whether a run is what the claim says: it holds one of the claim's main predicates (not a side
    phrase: "not all campaigns require staff to sign NDAs" says nothing of who signs them), and no
    conditional clause holds it."""
    tt = c.tokens
    predicates = {p.token for p in c.propositions}
    if not any(i in predicates or tt.lemma[i] in c.predicate_lemmas for i in range(first, last + 1)):
        return False
    i = first
    for _ in range(8):  # up through its clause
        if any(tt.lower[k] in _CONDITIONAL for k in tt.children[i]):
            return False
        if tt.head[i] == i:
            break
        i = tt.head[i]
    return True


def _other_agents(earlier: ClaimFeatures, run_e: tuple[int, int], later: ClaimFeatures,
                  run_l: tuple[int, int]) -> bool:
    """The two runs' predicates have two different named subjects: "the council wasted public money on
    consultants" / "the mayor's office wasted public money on consultants" is no repetition."""
    def agents(c: ClaimFeatures, run: tuple[int, int]) -> list[frozenset[str]]:
        return [p.agent for p in c.propositions if run[0] <= p.token <= run[1] and p.agent and not p.agent >= UNKNOWN]

    return any(a.isdisjoint(b) for a in agents(earlier, run_e) for b in agents(later, run_l))


def verbatim_echo(earlier: ClaimFeatures, later: ClaimFeatures) -> list[Signal]:
    """A second speaker repeats the first one's words, a run of several content words: with the same
    polarity it supports, negated it disputes. "The inspector said the company had been extremely
    careless with its handling of the waste." / "The mayor said the company was extremely careless in
    its handling of toxic waste." (``extremely careless handling``: supports); "... was not extremely
    careless in its handling ..." disputes. A run that only names a thing ("Supreme Court nominee
    Merrick Garland") is no echo (see :func:`~.features.echo_runs`), nor one that is not what the claim
    says (a side phrase, a condition: :func:`_echo_says`); a report that is hedged or asserts nothing
    supports nothing."""
    if not earlier.echoes or not later.echoes:
        return []
    for run, (first, last) in later.echoes.items():
        found = earlier.echoes.get(run)
        if (found is None or not _echo_says(later, first, last) or not _echo_says(earlier, *found)
                or _other_agents(earlier, found, later, (first, last))):
            continue
        if _echo_polarity(later, first, last) != _echo_polarity(earlier, *found):
            return [signal("verbatim_echo", DISPUTES, later.mark(first, last), earlier.mark(*found).text)]
        if earlier.act in _ASSERTING and later.act in _ASSERTING and not (earlier.hedged or later.hedged):
            return [signal("verbatim_echo", SUPPORTS, later.mark(first, last), earlier.mark(*found).text)]
    return []


#: The rules that compare two claims, in order.
PAIR_RULES: Final[tuple[Callable[[ClaimFeatures, ClaimFeatures], list[Signal]], ...]] = (
    negation, antonym, numeric_mismatch, accusation_denial, same_proposition, agreement_marker, verbatim_echo,
)


#: the acts of a reply that rebuts the one it answers
_REBUTTING_ACTS: Final = frozenset({lx.ACCUSE, lx.CONDEMN, lx.DENY})
#: words that open a flat contradiction: "No, I said the budget is balanced."
_CONTRADICTING_OPENERS: Final = frozenset({"no", "nope", "wrong", "false", "untrue", "nonsense"})
#: the acts of a reply that may attack the speaker rather than the claim (a denial always answers the claim)
_ATTACKING_ACTS: Final = frozenset({lx.ACCUSE, lx.CONDEMN})
#: words of a reply that speak of what was said: a statement noun, a word calling it false, a verb of saying
_STATEMENT_KEYS: Final = frozenset(term_key(w) for w in lx.CLAIM_NOUNS | lx.FALSITY_WORDS | lx.UNTRUTHFUL_WORDS | {
    "say", "claim", "suggest", "state", "statement", "remark", "comment", "word"})
#: topic keys of names and places, which a reply shares with what it answers without speaking of it
_NAME_KEY_PREFIXES: Final = ("name:", "country:")


def rebutting_reply(earlier: ClaimFeatures, later: ClaimFeatures) -> Signal | None:
    """A reply (a ``reply_cue``: "responded", "replied", "in response to") that rebuts the claim it
    answers: it opens with a flat contradiction ("No, I said ...") or it accuses, condemns or denies
    ("the mayor responded by accusing him of lying about the budget"). Such a reply disputes; other replies
    only respond, and so does an attack on the speaker alone (:func:`attacks_speaker_only`)."""
    tt = later.tokens
    words = [i for i in later.content if not tt.is_punct[i] and not tt.is_space[i]]
    if words and tt.lower[words[0]] in _CONTRADICTING_OPENERS and len(words) > 1 and tt.is_punct[words[0] + 1]:
        return signal("rebutting_reply", DISPUTES, later.mark(words[0]))
    if later.act in _REBUTTING_ACTS and not attacks_speaker_only(earlier, later):
        cue = min(later.cue_words, default=words[0] if words else None)
        if cue is not None:  # an accusation is hedged ("accused him of ..."), and still attacks
            return Signal("rebutting_reply", DISPUTES, later.mark(cue), f"{later.mark(cue).text} ({later.act})")
    return None


def attacks_speaker_only(earlier: ClaimFeatures, later: ClaimFeatures) -> bool:
    """Rule ``speaker_attack``: a reply that accuses or condemns with no word of what the earlier claim said
    attacks the speaker, not the claim, and only responds (issue 13 item 4): no statement noun, falsity word or
    verb of saying ("called those statements rude", "it is ignorant of him to say that" speak of it), and no
    topic word of the earlier claim, names and places aside. "The senator called the mayor's budget a
    failure. The mayor responded by calling him a coward who never ran a business." is a reply, not a dispute."""
    if later.act not in _ATTACKING_ACTS or any(key in later.terms for key in _STATEMENT_KEYS):
        return False
    return not any(key in earlier.terms for key in later.terms if not key.startswith(_NAME_KEY_PREFIXES))


# --------------------------------------------------------------------------------------------------
# Cues


def cue_names(cue: Cue, earlier: ClaimFeatures) -> bool:
    """The cue names ``earlier``'s party or its claim: "the claims made by the US" names a speaker affiliated
    with the Pentagon."""
    return cue.reference is not None and bool(cue.reference.keys) and earlier.party.named_by(cue.reference.keys)


def needed_overlap(cue: Cue, w: LinkWeights) -> int:
    """The topic words a cue that names no party must share with the claim it answers: one for "the
    allegation" or "that determination", ``min_shared`` for a bare "Smith countered that ..."."""
    return 1 if cue.reference is not None else w.min_shared


def cue_answers(cue: Cue, earlier: ClaimFeatures, later: ClaimFeatures, w: LinkWeights) -> bool:
    """A cue that names no party answers ``earlier`` when they share enough topic words (the caller
    also wants ``earlier`` near: :func:`~.linker.resolve`)."""
    if cue.reference is not None and (cue.reference.keys or cue.reference.own):
        return False  # a named party is matched by its names; the speaker's own statement by :func:`~.linker.resolve`
    return shared_terms(earlier, later) >= needed_overlap(cue, w)


def cue_signals(cue: Cue) -> list[Signal]:
    """The evidence of a cue that reaches a claim: the cue, and the words that name the claim."""
    kind, relation = CUE_EVIDENCE[cue.kind]
    out = [signal(kind, relation, cue.mark)]
    if cue.reference is not None and cue.reference.mark.span != cue.mark.span:
        out.append(signal("reference", "", cue.reference.mark))
    return out


def narrated_signals(cue: Cue) -> list[Signal]:
    """The evidence of a response the writer narrates beside the claim it answers (rule ``narrated_response``):
    the relative clause's verb ("disputes"), for the relation of its kind, and the statement noun ("a claim")."""
    relation = DISPUTES if cue.kind == "dispute" else SUPPORTS
    out = [signal(NARRATED_RESPONSE, relation, cue.mark)]
    if cue.reference is not None:
        out.append(signal("reference", "", cue.reference.mark))
    return out
