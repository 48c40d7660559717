"""Linking the claims of one document, the pair comparison ``relate`` shares, and the component.

1. Candidate pairs come from small indices, never from all pairs: claims with a predicate of the same
   key (or an antonym), a quantity of the same unit, an accusation and a claim of the accused, an
   "also" and a claim with the same act. Each cue of a claim is resolved to the one claim it answers:
   the best-matching claim of the party it names, or, when it names none, the nearest earlier claim
   (within ``anaphora_window`` claims) that shares ``min_shared`` topic words.
2. Each pair is checked against the nevers (one statement extracted twice; two claims of one side
   without a change marker), then decided from its evidence (:func:`decide`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc

from ... import lexical
from ... import lexicons as lx
from ...errors import PipelineError
from ...extensions import raw
from ...model import ClaimLink, Evidence
from ..collector import collector_paused
from ..stage import Stage, missing_stage, quotes_ran
from .analysis import CLAIMS_STAGE, MISSING_CLAIMS_STAGE
from .cues import Reference
from .features import ClaimFeatures, Cue, DocIndex, read_claim
from .parties import fits_pronoun, role_reference
from .rules import (
    CUE_KINDS,
    DISPUTES,
    NARRATED_RESPONSE,
    PAIR_RULES,
    RESPONDS_TO,
    SUPPORTS,
    Signal,
    cue_answers,
    cue_names,
    cue_signals,
    denial_in_other_words,
    narrated_signals,
    one_side,
    opens_with_another_speaker,
    rebutting_reply,
    same_statement,
    shared_terms,
    signal,
    topic_only,
    verbatim_echo,
)
from .syntax import term_key
from .weights import LinkWeights

log = logging.getLogger(__name__)

STAGE: Final = "claimex_links"
#: the evidence kind of a reply that rebuts what it answers (weights links.v4 on)
REBUTTING_REPLY: Final = "rebutting_reply"


@dataclass(frozen=True, slots=True)
class Scored:
    """The outcome of comparing a source claim with a target claim."""

    relation: str
    score: float
    evidence: tuple[Evidence, ...]


# --------------------------------------------------------------------------------------------------
# Deciding one pair


def _cue_led(signals: Sequence[Signal]) -> bool:
    return any(s.kind in CUE_KINDS for s in signals)


def _names_other(signals: Sequence[Signal]) -> bool:
    """Evidence in which one claim names the other's party or claim: a cue, or an accusation."""
    return any(s.kind in CUE_KINDS or s.kind == "accusation_denial" for s in signals)


def _distinct(earlier: ClaimFeatures, later: ClaimFeatures) -> bool:
    """Two speaker entities the speakers stage told apart (both known, different ids): a described
    speaker ("his lawyer", "police") is another party than the one it answers."""
    return (earlier.speaker is not None and later.speaker is not None and earlier.speaker != later.speaker
            and earlier.party.known and later.party.known)


#: verbs of what a speaker meant: "Trump simply *meant* that ...", "he *intended* to say ..."
_INTERPRETING_VERBS: Final = frozenset({"mean", "intend"})


def interprets(later: ClaimFeatures, earlier: ClaimFeatures) -> bool:
    """The later claim says what the earlier speaker meant ("Trump simply meant that Obama's policies
    ..."): it explains the earlier claim on its speaker's behalf, which neither disputes nor supports it.
    Not when it marks a correction ("a spokeswoman explained that the senator misspoke and meant to say ..."):
    a correction may dispute what was said (a ``change_marker``)."""
    return later.change is None and any(
        p.lemma in _INTERPRETING_VERBS and p.agent and earlier.party.named_by(p.agent) for p in later.propositions)


def decide(earlier: ClaimFeatures, later: ClaimFeatures, signals: Sequence[Signal],
           w: LinkWeights) -> Scored | None:
    """The relation of ``later`` (source) to ``earlier`` (target) from the evidence of the pair, or None.

    Never: one statement extracted twice; a source whose content opens by reporting another speaker, or a
    claim that is only the topic spoken about (:func:`~.rules.opens_with_another_speaker`,
    :func:`~.rules.topic_only`); two claims of one side, unless the later one marks a change of position,
    and then only a dispute. A supporting source that only reports ("reportedly",
    "claims") does not support. Dispute and support evidence together: the side a cue speaks for wins;
    without a cue, or with cues on both sides, there is no link.
    """
    if same_statement(earlier, later, w) or interprets(later, earlier):
        return None
    if opens_with_another_speaker(later) or topic_only(later) or topic_only(earlier):
        return None
    extra: list[Signal] = []
    same = one_side(earlier, later)
    if same and not w.link_same_speaker:
        if later.change is None:
            return None
        signals = [s for s in signals if s.relation in (DISPUTES, "")]
        extra.append(signal("change_marker", "", later.change))
    by_relation: dict[str, list[Signal]] = {DISPUTES: [], SUPPORTS: [], RESPONDS_TO: []}
    references: list[Signal] = []
    for s in signals:
        (by_relation[s.relation] if s.relation else references).append(s)
    disputes, supports = by_relation[DISPUTES], by_relation[SUPPORTS]
    replies = by_relation[RESPONDS_TO]
    if (replies and not disputes and not supports and earlier.act != lx.QUESTION
            and REBUTTING_REPLY in w.relations[DISPUTES].weights):  # an answer to a question disputes nothing
        rebuttal = rebutting_reply(earlier, later)
        if rebuttal is not None:  # a reply that contradicts or attacks the one it answers disputes it
            disputes, replies = [rebuttal, *replies], []
    if supports and w.relations[SUPPORTS].blocked_by_hedge and later.hedged:
        supports = []
    if not same and not (earlier.party.named and later.party.named):
        # "the presumptive nominee" agreeing with "Trump" is often Trump again: unless one names the
        # other (a cue, an accusation), a speaker the text only describes supports nobody. It may
        # dispute another speaker entity: "Police said ..." / "His lawyer said that was not true"
        disputes = disputes if _names_other(disputes) or _distinct(earlier, later) else []
        supports = supports if _names_other(supports) else []
    if disputes and supports:
        if _cue_led(disputes) == _cue_led(supports):
            return None
        disputes, supports = (disputes, []) if _cue_led(disputes) else ([], supports)
    for relation, found in ((DISPUTES, disputes), (SUPPORTS, supports), (RESPONDS_TO, replies)):
        if found:
            return _scored(relation, [*found, *references, *extra], w)
    return None


def _scored(relation: str, signals: list[Signal], w: LinkWeights) -> Scored | None:
    rule = w.relations[relation]
    score = rule.score(frozenset(s.kind for s in signals))
    if score < rule.threshold:
        return None
    seen: set[tuple[str, tuple[int, int]]] = set()
    evidence = []
    for s in signals:
        if (s.kind, s.mark.span) not in seen:
            seen.add((s.kind, s.mark.span))
            evidence.append(s.evidence())
    return Scored(relation, score, tuple(evidence))


def compare(target: ClaimFeatures, source: ClaimFeatures, weights: LinkWeights) -> Scored | None:
    """How ``source`` relates to ``target`` (two claims, e.g. of two texts): every pair rule, and
    every cue of ``source`` that names ``target``'s party or answers it."""
    signals = _pair_signals(target, source)
    for cue in source.cues:
        if cue_names(cue, target) or cue_answers(cue, target, source, weights):
            signals += cue_signals(cue)
    return decide(target, source, signals, weights)


def _pair_signals(earlier: ClaimFeatures, later: ClaimFeatures) -> list[Signal]:
    out: list[Signal] = []
    for rule in PAIR_RULES:
        out += rule(earlier, later)
    return out


# --------------------------------------------------------------------------------------------------
# One document


def _candidate_pairs(claims: Sequence[ClaimFeatures]) -> set[tuple[int, int]]:
    """Pairs (earlier, later) that a pair rule could link: a shared predicate key or an antonym, a
    quantity unit, an accusation and a claim of the accused, "also" and the same act."""
    index: defaultdict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(claims):
        keys = {f"p:{p.pred}" for p in c.propositions}
        keys |= {f"s:{sense}" for p in c.propositions for sense in p.senses}
        keys |= {f"q:{q.unit}" for q in c.quantities}
        for key in keys:
            index[key].append(n)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
    words: defaultdict[str, set[int]] = defaultdict(set)  # predicate lemma or key -> claims
    for n, c in enumerate(claims):
        for p in c.propositions:
            words[p.lemma].add(n)
            words[p.pred].add(n)
    for n, c in enumerate(claims):
        for p in c.propositions:
            for opposite in p.antonyms:
                pairs.update((min(m, n), max(m, n)) for m in words.get(opposite, ()) if m != n)
        if c.accused:
            pairs.update((n, m) for m in range(n + 1, len(claims)) if claims[m].party.named_by(c.accused))
        if c.agreement is not None and c.target:
            pairs.update((m, n) for m in range(n) if claims[m].act == c.act)
    return pairs


def _echo_pairs(claims: Sequence[ClaimFeatures]) -> set[tuple[int, int]]:
    """Pairs (earlier, later) of claims of two sides that share a run of words (:func:`~.rules.verbatim_echo`)."""
    index: defaultdict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, c in enumerate(claims):
        for run in c.echoes:
            index[run].append(n)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1:]
                     if not one_side(claims[a], claims[b]))
    return pairs


def resolve(cue_index: int, l_index: int, claims: Sequence[ClaimFeatures], w: LinkWeights,
            paired: frozenset[int] = frozenset(), unlinked: Sequence[int] = (),
            own_before: frozenset[int] = frozenset()) -> int | None:
    """The claim a cue of claim ``l_index`` answers.

    * It names a party or a party's claim: of that party's claims (not of the cue's own side), the one
      ``paired`` with it by a pair rule (the same proposition, a negation, ...), else the one sharing
      most topic words, the nearest earlier on a tie; when several share none, the party's statement
      just before (for a reference to its statement: "Lopez's remarks"), else none.
    * It points at a claim ("that determination", "her claim", "it"): within ``anaphora_window``
      earlier claims of another side, the nearest sharing a topic word, else the claim just before, but
      only when it is the statement just before: "he echoed that comment" after his own words, or after
      words of a speaker left unlinked (``unlinked``: the first characters of claims of no known party,
      "Some have suggested ..."), answers no earlier claim. A content that is only the reference
      ("denied *the allegation*", "disputed *their account*") answers the accusation nearest, else
      the statement just before.
    * "the allegation", or nothing at all ("Smith countered that ..."): the nearest within the window
      sharing :func:`~.rules.needed_overlap` topic words.
    * The speaker's own statement ("reversed himself, telling ...", rule ``self_reversal``): the nearest
      earlier claim of the same speaker entity within the window (:func:`_own_before`).
    * A confirmation that names no party ("echoed that promise", "echoed the criticism": rules
      ``definite_confirmation``, ``confirming_frame``) answers nothing when the statement just before is of its
      own side (``own_before``, :func:`_own_just_before`): it confirms the speaker's own words.
    """
    later = claims[l_index]
    cue = later.cues[cue_index]
    ref = cue.reference
    if ref is not None and ref.own:
        return _own_before(l_index, claims, w)
    if ref is not None and ref.keys:
        return _named(cue, l_index, claims, paired, lambda m: _just_before(m, l_index, claims, w, unlinked))
    if cue.kind == "confirm" and (ref is None or not (ref.demonstrative or ref.definite)):
        return None  # "confirmed that P", "echo a message": only "confirmed that account" points back
    if cue.kind == "confirm" and l_index in own_before:
        return None  # "echoed that promise" after the speaker's own promise: it confirms nobody else's
    window = []
    for m in range(l_index - 1, -1, -1):
        earlier = claims[m]
        if not (one_side(earlier, later) or same_statement(earlier, later, w)
                or not fits_pronoun(earlier.party, ref.pronoun if ref is not None else None)):
            window.append(m)
            if len(window) == w.anaphora_window:
                break
    found = next((m for m in window if cue_answers(cue, claims[m], later, w)), None)
    if (found is None and ref is not None and ref.demonstrative and ref.pronoun is None and window
            and _just_before(window[0], l_index, claims, w, unlinked)):
        # "that determination", "it", "your claims": the claim just before ("his statements": not so)
        found = window[0]
    if found is None and ref is not None and not later.propositions and window and _bare(later, ref):
        # "Smith denied the allegation", "a spokeswoman disputed their account": a response whose
        # content only names the statement has no words of its own to match; it answers the claim
        # just before (of another side, fitting "their"); "the allegation" the accusation just before
        accusing = [m for m in window if claims[m].act in (lx.ACCUSE, lx.CONDEMN)]
        if accusing and _names_accusation(later, ref):
            found = accusing[0]
        elif _just_before(window[0], l_index, claims, w, unlinked):
            found = window[0]
    if found is not None and cue.kind == "dispute" and claims[found].rebuts:
        # a dispute that names nothing does not answer a claim that itself calls something false: "those
        # statements were wrong" after "claims Clinton made that have proved false" agrees with it
        return None
    return found


def _own_just_before(claims: Sequence[ClaimFeatures], known: Sequence[ClaimFeatures], w: LinkWeights) -> frozenset[int]:
    """The claims (indices into ``claims``) whose statement just before, among every claim of a known party
    (``known``, those that state nothing included; other extractions of the same statement aside), is of their
    own side: "She promised to end the fees. She echoed that promise on Monday, saying ..." (rule
    ``confirming_frame``: such a confirmation confirms nobody else's statement). Read only of the claims with a
    confirmation cue, the only ones :func:`resolve` asks about."""
    own = set()
    for n, later in enumerate(claims):
        if not any(cue.kind == "confirm" for cue in later.cues):
            continue
        before = next((c for c in reversed(known) if c.start < later.start and c is not later
                       and not same_statement(c, later, w)), None)
        if before is not None and one_side(before, later):
            own.add(n)
    return frozenset(own)


def _narrated_answer(e_index: int, claims: Sequence[ClaimFeatures], w: LinkWeights) -> int | None:
    """Rule ``narrated_response``: the claim that answers claim ``e_index`` when the writer narrates a response
    beside it ("..., a claim that the mayor's office disputes"): of the ``anaphora_window`` claims reported after
    the narration (other extractions of the same statement aside), the first of the party the narration names;
    else the first of them when it opens in the sentence after the narration's (the answer the writer then
    quotes: "'We never discriminated,' a spokesman said.", a spokesman the speakers stage did not tie to the
    office). Never a claim of the earlier claim's side."""
    earlier = claims[e_index]
    cue = earlier.narrated
    if cue is None:
        return None
    after = [m for m in range(e_index + 1, len(claims))
             if claims[m].start >= cue.mark.span[1] and not same_statement(earlier, claims[m], w)][: w.anaphora_window]
    found = next((m for m in after if cue_names(cue, claims[m])), None)
    if found is None and after and claims[after[0]].start < _next_sentence_end(earlier, cue.mark.span[1]):
        found = after[0]
    return found if found is not None and not one_side(earlier, claims[found]) else None


def _next_sentence_end(claim: ClaimFeatures, char: int) -> int:
    """The last character (with ``base``) of the sentence after the one holding character ``char``."""
    tt = claim.tokens
    found = tt.expand(char - claim.base - 1, char - claim.base)
    if found is None:
        return char
    _, end = tt.sentence_bounds(found[0])
    if end >= tt.n:
        return char
    _, after = tt.sentence_bounds(end)
    return tt.end[after - 1] + claim.base


def _own_before(l_index: int, claims: Sequence[ClaimFeatures], w: LinkWeights) -> int | None:
    """Rule ``self_reversal``: the statement a speaker goes back on ("reversed himself, telling ...") is the
    nearest earlier claim of the same speaker entity within ``anaphora_window`` claims (another extraction of
    the same statement aside); None when the window holds none. Not a claim of another of the speaker's side
    (rule ``reversal_own_speaker``, issue 13's links47 round): "himself", "his remarks" name the speaker's own
    words, and "The Lopez campaign said the plan was dead. Lopez then reversed herself, saying ..." goes back
    on something Lopez said, not on her campaign's statement."""
    later = claims[l_index]
    window = [m for m in range(l_index - 1, -1, -1) if not same_statement(claims[m], later, w)][: w.anaphora_window]
    return next((m for m in window if claims[m].speaker is not None and claims[m].speaker == later.speaker), None)


def _writer_signals(claims: Sequence[ClaimFeatures], w: LinkWeights) -> list[tuple[tuple[int, int], list[Signal]]]:
    """The pairs the writer's own words join, (target, source) with their evidence: a response narrated beside a
    claim (rule ``narrated_response``), and a concession framing a claim before another's cue (rule
    ``contrast_frame``)."""
    out = []
    if NARRATED_RESPONSE in w.relations[DISPUTES].weights:
        for n, c in enumerate(claims):
            m = _narrated_answer(n, claims, w) if c.narrated is not None else None
            if m is not None and c.narrated is not None:
                out.append(((n, m), narrated_signals(c.narrated)))
    for n, c in enumerate(claims):
        m = _framed(c.contrast, n, claims, w) if c.contrast is not None else None
        if m is not None and c.contrast is not None:
            out.append(((m, n), cue_signals(c.contrast)))
    return out


def _accused_answers(claims: Sequence[ClaimFeatures], w: LinkWeights) -> list[tuple[tuple[int, int], list[Signal]]]:
    """Rule ``denial_other_words`` (:func:`~.rules.denial_in_other_words`): each accusation that names whom it
    accuses, paired with the first denial of the accused among the ``anaphora_window`` claims reported after it
    (other extractions of the accusation aside): the accused's answer follows the accusation. (target, source)
    pairs with their evidence."""
    out = []
    for n, earlier in enumerate(claims):
        if not earlier.accused:
            continue
        after = islice((m for m in range(n + 1, len(claims)) if not same_statement(earlier, claims[m], w)),
                       w.anaphora_window)  # the first few only: the rest are never read
        for m in after:
            found = [] if one_side(earlier, claims[m]) else denial_in_other_words(earlier, claims[m])
            if found:
                out.append(((n, m), found))
                break
    return out


def _framed(cue: Cue, l_index: int, claims: Sequence[ClaimFeatures], w: LinkWeights) -> int | None:
    """Rule ``contrast_frame``: the claim whose cue is the verb of the clause of concession ("*While* X has
    *said* ..., Y said ..."), when it is of another side than the later claim and not the same statement, and the
    later claim says the opposite in so many words: its content negates a main predicate or its act is a denial
    ("the auditor said it *is not*"). A concession set beside a statement that negates nothing ("While the mayor
    pledged to cut taxes, the council said it will fund the parks") weighs two positions, not one against
    the other."""
    later = claims[l_index]
    if not (later.act == lx.DENY or any(p.negated for p in later.propositions)):
        return None
    for m, earlier in enumerate(claims):
        if m != l_index and cue.reference is not None and any(
                earlier.tokens.idx[i] + earlier.base == cue.reference.mark.span[0] for i in earlier.cue_words):
            return None if one_side(earlier, later) or same_statement(earlier, later, w) else m
    return None


def _just_before(m: int, l_index: int, claims: Sequence[ClaimFeatures], w: LinkWeights,
                 unlinked: Sequence[int]) -> bool:
    """Whether claim ``m`` is the statement just before claim ``l_index``: no claim between them but
    another extraction of one of the two (not one of the later speaker's own, nor one left unlinked)."""
    later = claims[l_index]
    if any(not (same_statement(claims[k], later, w) or same_statement(claims[m], claims[k], w))
           for k in range(m + 1, l_index)):
        return False
    return not any(claims[m].start < s < later.start for s in unlinked)


def _words(claim: ClaimFeatures, ref: Reference) -> range:
    """The tokens of a reference of ``claim``'s (its mark's characters, ``base`` taken off)."""
    found = claim.tokens.expand(ref.mark.span[0] - claim.base, ref.mark.span[1] - claim.base)
    return range(*found) if found is not None else range(0)


def _noun(claim: ClaimFeatures, ref: Reference) -> str:
    """The lemma of the reference's last word: "the charges" -> "charge"."""
    words = _words(claim, ref)
    return claim.tokens.lemma[words[-1]] if words else ""


def _bare(claim: ClaimFeatures, ref: Reference) -> bool:
    """A content with no topic word but statement nouns and falsity words: "the allegation", "their
    account", "the claim as nonsense" (not "her *public* statements", whose word must be matched). Not
    a press report ("denied the reports"): what it denies is as often a report the article only
    narrates as the claim before it."""
    return (all(key in lx.CLAIM_NOUNS or key in lx.FALSITY_WORDS for key in claim.terms)
            and _noun(claim, ref) not in _PRESS_NOUNS)


#: statement nouns that name what the press says ("denied the reports", "dismissed the story")
_PRESS_NOUNS: Final = frozenset({"report", "story", "article", "coverage", "reporting", "rumor", "rumour",
                                 "speculation"})


def _names_accusation(claim: ClaimFeatures, ref: Reference) -> bool:
    """The reference names an accusation: "the allegation", "those charges", "her criticism"."""
    return _noun(claim, ref) in lx.ACCUSATION_NOUNS


#: words of a reference that say who spoke or that it was said, not what: "the Trump campaign's claims"
_NOT_WHAT_IS_SAID: Final = (lx.CLAIM_NOUNS | lx.ORG_NOUNS | lx.ROLE_NOUNS | lx.TOPIC_STOP_LEMMAS | lx.FALSITY_WORDS
                            | frozenset(lx.REPORTING_CUES))


def reference_words(claim: ClaimFeatures, ref: Reference) -> frozenset[str]:
    """The topic keys a reference says of the claim it names, beside its author and its statement noun:
    ``fence`` in "Santilli's arguments about the fence", ``stance`` in "Clinton's charges about his
    stance"; none in "the union's claims", "the Trump campaign's latest remarks", "Santilli's arguments in
    court" (a court is a party)."""
    tt = claim.tokens
    keys = set()
    for i in _words(claim, ref):
        lemma = tt.lemma[i]
        if (tt.pos[i] in ("NOUN", "VERB") and tt.is_alpha[i] and not tt.is_stop[i] and tt.ent_type[i] == ""
                and lemma not in _NOT_WHAT_IS_SAID):
            keys.add(term_key(lemma))
    return frozenset(keys)


#: the topic keys of words that call a statement false or name one: no word of what it says
_SAYING_KEYS: Final = frozenset(term_key(w) for w in lx.FALSITY_WORDS | lx.CLAIM_NOUNS | lx.UNTRUTHFUL_WORDS)


#: the topic keys of the words that name people by their role ("speaker", "senator", "spokesman")
_ROLE_KEYS: Final = frozenset(term_key(w) for w in lx.ROLE_NOUNS)


def _role_named(ref: Reference, l_index: int, claims: Sequence[ClaimFeatures]) -> list[int]:
    """Rule ``role_named_party`` (issue 13's links56 round): a reference that names its party by a definite role
    alone ("the director's claim", "the governor is wrong"; :func:`~.parties.role_reference`) and names no speaker
    by its words names the one speaker entity of the document whose role ends with that noun: its claims (of
    another side than the later one's). Nothing when two entities of the document's claims hold the role, or when
    the one that does is the later speaker's own side."""
    role = role_reference(ref.keys, ref.mark.text)
    if role is None:
        return []
    later = claims[l_index]
    holders = {c.speaker for c in claims if role in c.party.roles}
    if len(holders) != 1 or None in holders:
        return []
    return [m for m, c in enumerate(claims)
            if m != l_index and c.speaker in holders and not one_side(c, later)]


def _named(cue: Cue, l_index: int, claims: Sequence[ClaimFeatures], paired: frozenset[int] = frozenset(),
           just_before: Callable[[int], bool] | None = None) -> int | None:
    """Of the claims of the party a cue names, the one it answers (see :func:`resolve`). The names
    themselves are not shared topic words: "the Sanders campaign lying" shares "Sanders" with every
    claim of Sanders."""
    later = claims[l_index]
    named = [m for m, c in enumerate(claims) if m != l_index and cue_names(cue, c) and not one_side(c, later)]
    assert cue.reference is not None
    if not named:
        named = _role_named(cue.reference, l_index, claims)
    own = reference_words(later, cue.reference)
    if own:  # "Santilli's arguments about the fence": a claim of Santilli's about the fence; a reference
        # that spells the claim out ("Rubio's claim that Cruz favors legalizing ...") shares half its words
        least = (len(own) + 1) // 2
        named = [m for m in named if len(own.intersection(claims[m].terms)) >= least]
    if not named:
        return None
    # the names, and the words that call it false or name a statement ("Cruz's description was false"
    # shares "false" with Cruz's "spreading false information", and says nothing of which claim it is);
    # nor do the answering party's own names and the titles of people ("No aide of Speaker Lopez ever
    # asked ..." says nothing of a claim about "the speaker of the assembly")
    ignore = cue.reference.keys | claims[named[0]].party.reach | later.party.reach | _SAYING_KEYS | _ROLE_KEYS

    def overlap(m: int) -> int:
        return shared_terms(claims[m], later, ignore)

    best = min(named, key=lambda m: (m not in paired, -overlap(m), m > l_index, abs(l_index - m)))
    if len(named) > 1 and overlap(best) == 0 and best not in paired:
        # "Ryan's campaign shrugged off Trump's comments", sharing no word with any of them: the named
        # party's statement just before, if there is one ("called Trump a liar" names no statement)
        last = max((m for m in named if m < l_index), default=None)
        if cue.reference.claim and not own and last is not None and just_before is not None and just_before(last):
            return last
        return None
    return best


def link_claims(claims: Sequence[ClaimFeatures], weights: LinkWeights, unlinked: Sequence[int] = ()) -> list[ClaimLink]:
    """All links between the claims of one document, in order of their source, then target.

    ``unlinked``: the first characters of the document's claims that are not given (a speaker of no
    known party): a pointer such as "that comment" does not reach past them."""
    # a claim of an unknown speaker may be the other's own, and a content that states nothing (a title,
    # a time clause cut from its sentence) has nothing to dispute: they are never linked
    ordered = [c for c in sorted(claims, key=lambda c: c.start)[: weights.max_claims] if c.party.known and c.linkable]
    unlinked = sorted([*unlinked, *(c.start for c in claims if not c.party.known)])
    signals: defaultdict[tuple[int, int], list[Signal]] = defaultdict(list)  # (target, source) -> evidence
    candidates = _candidate_pairs(ordered)
    known = sorted((c for c in claims if c.party.known), key=lambda c: c.start)
    own_before = _own_just_before(ordered, known, weights)
    for a, b in candidates:
        found = _pair_signals(ordered[a], ordered[b])
        if found:
            signals[(a, b)] += found
    for a, b in _echo_pairs(ordered) - candidates:  # only shared words: only the echo can link them
        found = verbatim_echo(ordered[a], ordered[b])
        if found:
            signals[(a, b)] += found
    for n, c in enumerate(ordered):
        if not c.cues:
            continue
        paired = frozenset(a for a, b in signals if b == n)  # claims a pair rule already joins to this one
        for k in range(len(c.cues)):
            m = resolve(k, n, ordered, weights, paired, unlinked, own_before)
            if m is not None:
                signals[(m, n)] += cue_signals(c.cues[k])
    for pair, found in _writer_signals(ordered, weights):  # "..., a claim X disputes"; "While X said ..."
        signals[pair] += found
    for pair, found in _accused_answers(ordered, weights):  # the accused's next statement denies the accusation
        if not any(s.kind == "accusation_denial" for s in signals[pair]):
            signals[pair] += found
    links: list[tuple[int, int, Scored]] = []
    for (t, s), found in sorted(signals.items(), key=lambda item: (item[0][1], item[0][0])):
        if (s, t) in signals and s < t and not _cue_led(found):
            continue  # a cue of the earlier claim names the later one: that direction wins
        scored = decide(ordered[t], ordered[s], found, weights)
        if scored is not None:
            links.append((t, s, scored))
    return [ClaimLink(ordered[s].id, ordered[t].id, x.relation, x.score, x.evidence)
            for t, s, x in _one_link_per_cue(links, ordered)]


def _one_link_per_cue(links: list[tuple[int, int, Scored]],
                      claims: Sequence[ClaimFeatures]) -> list[tuple[int, int, Scored]]:
    """One cue makes one link: when overlapping extractions or a claim and its neighbour ("X said ...
    to which Y interjected: 'It's just not true.'") carry the same cue, only the claim whose content
    holds it, else the shortest, keeps its link."""
    best: dict[tuple[int, int], tuple[bool, int, int]] = {}  # cue span -> (not inside, length, source)
    for _, s, scored in links:
        source = claims[s]
        length = sum(e - b for b, e in source.spans)
        for span in _cue_spans(scored):
            inside = any(b <= span[0] and span[1] <= e for b, e in source.spans)
            rank = (not inside, length, s)
            if span not in best or rank < best[span]:
                best[span] = rank
    return [(t, s, scored) for t, s, scored in links if all(best[span][2] == s for span in _cue_spans(scored))]


def _cue_spans(scored: Scored) -> list[tuple[int, int]]:
    return [ev.span for ev in scored.evidence if ev.kind in CUE_KINDS and ev.span is not None]


# --------------------------------------------------------------------------------------------------
# The component


def _analysed(doc: Doc, claims: Sequence[dict[str, Any]]) -> bool:
    """Whether the claims stage analysed the claims; raises when it is missing from the pipeline."""
    if all(c.get("act") for c in claims):
        return True
    if any(err.get("stage") == CLAIMS_STAGE for err in raw(doc).get("errors", ())):
        return False  # the claims stage failed on this document and said so: nothing to link
    raise PipelineError(MISSING_CLAIMS_STAGE)


class ClaimLinker(Stage):
    """Writes ``doc._.claimex["links"]``: which claim disputes, supports or responds to which. Holds the
    link weights (saved with the pipeline)."""

    def __init__(self, *, name: str = STAGE, weights: LinkWeights, max_claims: int | None = None,
                 link_same_speaker: bool | None = None) -> None:
        """
        Args:
            weights: the scorer's weights (``claimex.link_weights.v5``).
            max_claims: consider at most this many claims per document (default: the weights' value).
            link_same_speaker: also link two claims of one side (default: the weights' value, false).
        """
        overrides: dict[str, Any] = {}
        if max_claims is not None:
            overrides["max_claims"] = max_claims
        if link_same_speaker is not None:
            overrides["link_same_speaker"] = link_same_speaker
        self._init_stage(name)
        self.weights = replace(weights, **overrides) if overrides else weights
        lexical.wordnet_table()  # read once when the pipeline is built, not on the first document

    def _saved(self) -> dict[str, Any]:
        return {"weights": self.weights.to_dict()}

    def _restore(self, data: dict[str, Any]) -> None:
        self.weights = LinkWeights.from_dict(data["weights"])

    @collector_paused
    def __call__(self, doc: Doc) -> Doc:
        if not quotes_ran(doc):
            raise missing_stage(self.name, "claimex_quotes")
        data = raw(doc)
        try:
            data["links"] = [link.to_dict() for link in self.links(doc)]
        except PipelineError:
            raise  # a pipeline without the claims stage: say so, do not record it on every document
        except Exception as err:  # one bad document must not end a batch (claimex's default handler)
            self.get_error_handler()(self.name, self, [doc], err)
        return doc

    def links(self, doc: Doc) -> list[ClaimLink]:
        """The links of a Doc whose claims the claims stage has analysed.

        Raises:
            PipelineError: the claims have no analysis and the claims stage recorded no failure.
        """
        data = raw(doc)
        all_claims = data.get("claims", [])
        claims = all_claims[: self.weights.max_claims]
        if len(all_claims) > len(claims):
            log.info("linking only the first %d of %d claims", len(claims), len(all_claims))
        if not claims or not _analysed(doc, claims) or len(claims) < 2:
            return []
        speakers = {s["id"]: s for s in data.get("speakers", ())}
        index = DocIndex.build(doc)
        # a claim of an unknown speaker is never linked (:func:`link_claims`): its features are not read; nor is
        # a statement reported again (``repeat_of``: a lede fragment of a later full quote), whose fuller claim
        # carries its links
        known = [c for c in claims if not c.get("repeat_of")
                 and index.party(c.get("speaker"), speakers, c.get("speaker_mention_text")).known]
        if len(known) < 2:
            return []
        given = {id(c) for c in known}
        unlinked = [int((c.get("content_spans") or [c["content"]])[0][0]) for c in claims if id(c) not in given]
        return link_claims([read_claim(doc, c, speakers, index=index) for c in known], self.weights, unlinked)


@Language.factory(
    "claimex_links",
    requires=["doc._.claimex", "token.dep", "token.lemma"],
    assigns=["doc._.claimex"],
    default_config={
        "weights": {"@misc": "claimex.link_weights.v5"},
        "max_claims": None,
        "link_same_speaker": None,
    },
)
def make_links(nlp: Language, name: str, weights: Any, max_claims: int | None,
               link_same_speaker: bool | None) -> ClaimLinker:
    """Build the ``claimex_links`` component (see :class:`ClaimLinker`)."""
    return ClaimLinker(name=name, weights=weights, max_claims=max_claims, link_same_speaker=link_same_speaker)
