"""Responses in a claim: the cues that dispute, confirm or reply to another party or its claim, and
what they name.

A cue is found in the claim's frame (its cue verb, the verb's participles and phrases: "..., contradicting
the company", "In response to ...") or, when the speaker does it, in its content ("we reject the
claims", "It's just not true."). Each names a :class:`Reference`: a party ("the union"), a party's
claim ("the union's claims", "the claims made by the US"), or an earlier claim without its party
("that determination", "it"). :func:`read_cues` also returns the claim's agreement adverb ("also")
and its marker of a change of position ("later", "corrected").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final, NamedTuple

from ... import lexicons as lx
from ..claims import np_indices
from ..tokens import TokenTable
from .analysis import ClaimAnalysis
from .parties import Party, handle_keys
from .syntax import FIRST_PERSON, PARTY_ENTS, UNASSERTED_MARKS, Mark, child_of, name_keys, phrase_keys

#: the dependents of a cue verb whose subtrees belong to the claim's frame ("..., contradicting the
#: company", "In contrast to ...", "later")
_FRAME_DEPS: Final = frozenset({"advcl", "prep", "npadvmod", "advmod", "xcomp", "dobj", "oprd", "prt", "dative",
                                "acomp", "ccomp"})
#: verbs under which a cue is not done: "refused to disavow", "failed to deny"
_NOT_DOING: Final = frozenset({"refuse", "decline", "fail", "avoid", "stop", "cease", "hesitate", "neglect"})
#: determiners of a claim noun that point at the claim just before ("that determination", "her claim")
#: ("your claims", a reply to the one addressed, points back like "that claim": whoever is addressed)
_DEMONSTRATIVES: Final = frozenset({"that", "this", "these", "those", "such", "your"})
_POSSESSIVES: Final = frozenset({"his", "her", "their", "its"})
#: pronouns that stand for a claim: "dismissed it", "denied that"
_ANAPHORS: Final = frozenset({"it", "that", "this", "those"})
#: quantifiers whose "of" phrase is what a predicate is said of: "*all of* the claims are false"
_PARTITIVES: Final = frozenset({"all", "each", "both", "most", "many", "much", "some", "several", "any"})
_REFERENCE_PREPS: Final = frozenset({"with", "on", "against", "at", "to", "about", "of"})
#: verbs that, said bare by the speaker ("I would certainly agree."), agree with what was just said
_BARE_AGREEMENT: Final = frozenset({"agree", "concur"})
#: dependents that give an agreeing verb its own object: "agree with the mayor", "agree that ...", "agree to pay"
_AGREEMENT_OBJECTS: Final = frozenset({"dobj", "ccomp", "prep", "xcomp", "advcl", "conj", "pobj", "attr"})


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
    own: bool = False  # the speaker's own earlier statement: "reversed *himself*" (rule ``self_reversal``)
    definite: bool = False  # a statement noun after "the": "echoed *the criticism*" (rule ``definite_confirmation``)


class Cue(NamedTuple):
    """A response in the claim's frame or content: ``kind`` is "dispute", "confirm" or "reply"."""

    kind: str
    mark: Mark
    reference: Reference | None  # None: the cue names nothing (the claim's own cue: "Smith countered that ...")


#: entity labels of when something was said, which name no party
_WHEN_ENTS: Final = frozenset({"DATE", "TIME"})


def _party_phrase(tt: TokenTable, head: int) -> bool:
    """A noun phrase that names a party: a name, an entity, an organisation or role noun, or a handle the
    tagger read as a common noun ("@ana_ruiz": rule ``handle_name``) (not a date or a time: "pushed back *on
    Tuesday*")."""
    if tt.ent_type[head] in _WHEN_ENTS:
        return False
    return (tt.pos[head] == "PROPN" or tt.ent_type[head] in PARTY_ENTS
            or tt.lemma[head] in lx.ORG_NOUNS or tt.lemma[head] in lx.ROLE_NOUNS or bool(handle_keys(tt.word(head))))


def _phrase_reference(tt: TokenTable, head: int, mark: Any) -> Reference:
    """A party named by a noun phrase; a clause inside it names no one ("the latest polls *showing him
    second behind Donald Trump*" name no Trump)."""
    words = np_indices(tt, head)
    clauses = [c for c in tt.children[head] if tt.dep[c] in ("acl", "relcl")]
    inside = {i for c in clauses for i in tt.subtree(c)}
    named = [i for i in words if i not in inside]
    return Reference(name_keys(tt, named), mark(words[0], words[-1]))


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
            obj = child_of(tt, child, ("pobj",))
            if obj is not None and _party_phrase(tt, obj):
                return obj
        if kind == "acl":
            agent = child_of(tt, child, ("agent",))
            obj = child_of(tt, agent, ("pobj",)) if agent is not None else None
            if obj is not None:
                return obj
    return None


def _territorial(tt: TokenTable, head: int) -> bool:
    """A claim to a place or a right (:func:`claimex.lexicons.claim_to_a_place`)."""
    return lx.claim_to_a_place(tt.lemma[head], ((tt.lemma[c], tt.ent_type[c]) for c in tt.children[head]
                                                 if tt.dep[c] in ("compound", "amod")))


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
    if not words:  # a quote mark the tagger took for a name ("... on Monday,» the Pentagon denied"): no phrase
        return None
    if _territorial(tt, head):
        return None
    author = _author(tt, head) if pos == "NOUN" else None
    if author is not None:
        is_claim = tt.lemma[head] in lx.CLAIM_NOUNS
        return Reference(name_keys(tt, np_indices(tt, author)), mark(words[0], words[-1]), claim=is_claim,
                         authored=not is_claim)
    if pos == "NOUN" and tt.lemma[head] in lx.CLAIM_NOUNS:
        dets = {lower[c] for c in tt.children[head] if tt.dep[c] in ("det", "poss")}
        if any(tt.dep[c] in ("acl", "ccomp", "relcl") for c in tt.children[head]):
            # "rejected the idea that the council is calling him dishonest": the words say which claim,
            # and who made it is anyone's guess (the claim before is as often an ally's)
            return None
        if dets & _DEMONSTRATIVES or dets & _POSSESSIVES:
            pronoun = next(iter(sorted(dets & _POSSESSIVES)), None)
            return Reference(frozenset(), mark(words[0], words[-1]), claim=True, demonstrative=True, pronoun=pronoun)
        if dets:
            return Reference(frozenset(), mark(words[0], words[-1]), claim=True, definite="the" in dets)
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
            obj = child_of(tt, child, ("pobj",))
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
            obj = child_of(tt, child, ("pobj", "amod", "acomp"))
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
    if lemma not in _CUE_LEMMAS or cue_negated(tt, verb):
        return None
    if lemma in lx.PHRASAL_DISPUTE_CUES:
        words = lx.PHRASAL_DISPUTE_CUES[lemma]
        part = next((c for c in tt.children[verb] if tt.lemma[c] in words or tt.lower[c] in words), None)
        if part is not None:
            # the parser hangs the object on the particle as often as on the verb ("shrugged off *the claims*"),
            # and a preposition too ("pushed back *against the mayor's attack*")
            obj = child_of(tt, part, ("pobj",))
            ref = (_object_reference(tt, verb, mark) or (_reference(tt, obj, mark) if obj is not None else None)
                   or _object_reference(tt, part, mark))
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


def cue_negated(tt: TokenTable, verb: int) -> bool:
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
    if tt.pos[i] == "VERB" and cue_negated(tt, i):
        return None  # "before she stopped responding to the council"
    for kind, words in _PHRASES.get(tt.lower[i], ()):
        last = _match_phrase(tt, i, words)
        if last is None:
            continue
        obj = child_of(tt, last, ("pobj", "dobj")) if tt.pos[last] in ("ADP", "VERB") else None
        if obj is None and len(words) > 1:
            obj = child_of(tt, last - 1, ("pobj",)) or child_of(tt, tt.head[last], ("pobj",))
        ref = _reference(tt, obj, mark) if obj is not None else None
        # a contrast disputes what a party said ("contrary to *Moscow's claims*"), not the party itself
        # ("unlike the mayor, who ..." compares two people); a confirmation or reply may name either,
        # but not a thing of theirs ("unlike this job")
        if ref is not None and ref.keys and (ref.claim if kind == "dispute" else not ref.authored):
            return Cue(kind, mark(i, last), ref)
    return None


def _subject_reference(tt: TokenTable, subj: int, mark: Any, *, persons: bool, opening: bool) -> Reference | None:
    """What the subject of "... is false" or "... is lying" names: a claim ("their claims", or "that",
    "it" when the claim opens with them: "It's just not true."), or, when ``persons``, a party
    ("Trump", "the senator") or a person by pronoun ("he")."""
    low = tt.lower[subj]
    if low in _PARTITIVES:  # "all of the claims in the suit are false": what "all" is of
        of = next((c for c in tt.children[subj] if tt.dep[c] == "prep" and tt.lower[c] == "of"), None)
        obj = child_of(tt, of, ("pobj",)) if of is not None else None
        if obj is None:
            return None
        subj, low = obj, tt.lower[obj]
    if tt.pos[subj] == "PRON":
        if not opening:
            return None  # inside a longer quote "that" is the quote's own business
        if low in _ANAPHORS:
            return Reference(frozenset(), mark(subj), claim=True, demonstrative=True)
        if persons and low in lx.SUBJECT_POSSESSIVES:
            return Reference(frozenset(), mark(subj), claim=True, demonstrative=True,
                             pronoun=lx.SUBJECT_POSSESSIVES[low])
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
    if any(tt.dep[c] == "mark" and tt.lower[c] in UNASSERTED_MARKS for c in around):
        return None  # "why would he do so if it wasn't true"
    if (dep == "advmod" and lemma in lx.RIGHTFUL_WORDS and tt.pos[i] == "ADJ" and tt.pos[tt.head[i]] == "AUX"
            and not any(tt.dep[c] == "neg" for c in tt.children[tt.head[i]])):
        return _called_right(tt, tt.head[i], i, mark, opening)  # "she’s right": "right" hung on "’s" as an adverb
    if dep in ("acomp", "attr"):
        negated = any(tt.dep[c] == "neg" for c in tt.children[head])
        if lemma in lx.TRUTH_WORDS and negated and tt.pos[i] == "ADJ" and all(  # not "a right", not
                tt.lower[c] in lx.INTENSIFIERS for c in tt.children[i] if tt.dep[c] == "advmod"):  # "politically"
            first = next(c for c in tt.children[head] if tt.dep[c] == "neg")
            return _subject_cue(tt, head, mark(min(first, i), max(first, i)), mark, False, opening)
        if lemma in lx.FALSITY_WORDS and not negated:
            return _subject_cue(tt, head, mark(i), mark, lemma in lx.UNTRUTHFUL_WORDS, opening)
        if lemma in lx.TRUTH_WORDS and not negated and tt.pos[i] == "ADJ":
            return _called_right(tt, head, i, mark, opening)
        return None
    if lemma == "lie" and tt.pos[i] == "VERB" and not _lie_to_another(tt, i) and not any(
            tt.dep[c] in ("neg", "prt") or (tt.dep[c] == "prep" and tt.lower[c] not in ("about", "to"))
            for c in tt.children[i]):
        return _subject_cue(tt, i, mark(i), mark, True, opening)  # "he lied about the budget"
    return None


def _called_right(tt: TokenTable, head: int, i: int, mark: Any, opening: int) -> Cue | None:
    """Rule ``called_right`` (issue 13's links42 round): a party called right agrees with what it said, as a
    party called wrong disputes it: "Senator Lopez is right: the port needs dredging", "I think she's exactly
    right", "the mayor's account is accurate". The subject names a party ("Lopez", "the union") with a word
    said of people (``RIGHTFUL_WORDS``: "right", "correct"), a party's statement ("the mayor's account") with
    any truth word, or a person by a pronoun ("he", "she") opening the content or the clause of the speaker's
    own "I think" / "I said" that opens it. Not "that's right", "it is true" (which claim, or a concession?),
    a truth word with its own adverb of manner ("politically correct"), nor a negated one, which disputes."""
    if tt.dep[head] == "relcl" or not all(tt.lower[c] in lx.INTENSIFIERS
                                          for c in tt.children[i] if tt.dep[c] == "advmod"):
        return None
    subj = child_of(tt, head, ("nsubj",))
    if subj is None:
        return None
    own = tt.head[head]  # "I think he's right": the speaker's own verb of saying or thinking, opening the content
    framed = (tt.dep[head] == "ccomp" and own != head
              and any(tt.dep[c] == "nsubj" and tt.lower[c] in FIRST_PERSON and c - opening <= 1
                      for c in tt.children[own]))
    ref = _subject_reference(tt, subj, mark, persons=True, opening=subj - opening <= 2 or framed)
    if ref is None or not (ref.keys or ref.pronoun in _POSSESSIVES - {"its"}):
        return None  # "that's right", "it is true": no party named
    if (not ref.claim or ref.pronoun) and tt.lemma[i] not in lx.RIGHTFUL_WORDS:
        return None  # "Trump is accurate" is rarely said of what he said
    return Cue("confirm", mark(i), ref)


def _lie_to_another(tt: TokenTable, i: int) -> bool:
    """Rule ``lie_to_another``: a lie told to someone other than the speaker, the one addressed or the
    public ("the general lied to investigators", "she lied to the school board") is no dispute of a
    statement of the liar's: what was said to them is not what the article reports the liar saying.
    "He lied to us", "she lied to the American people" still call the liar's statements false
    (``lexicons.LIE_AUDIENCES``)."""
    for c in tt.children[i]:
        if tt.dep[c] == "prep" and tt.lower[c] == "to":
            obj = child_of(tt, c, ("pobj",))
            if obj is not None and tt.lemma[obj] not in lx.LIE_AUDIENCES and tt.lower[obj] not in lx.LIE_AUDIENCES:
                return True
    return False


def _subject_cue(tt: TokenTable, predicate: int, cue_mark: Mark, mark: Any, persons: bool,
                 opening: int) -> Cue | None:
    """The dispute cue of a statement or person called false or lying, by the predicate's subject."""
    subj = child_of(tt, predicate, ("nsubj",))
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
    subj = child_of(tt, verb, ("nsubj",))
    if subj is None:
        return False  # "depended on to counter the numbers": whose act is it?
    if tt.lower[subj] in FIRST_PERSON:
        return True
    return bool(party.names) and not party.names.isdisjoint(phrase_keys(tt, subj, party))


def _bare_agreement(tt: TokenTable, verb: int, mark: Any) -> Cue | None:
    """A bare agreement of the speaker's, with no object of its own: "I would certainly agree.", "We
    concur." It points at the claim just before, as "that" does (not "I agree to pay", "we agree with
    the union", "I agree that ...", which say what is agreed)."""
    subj = child_of(tt, verb, ("nsubj",))
    if (subj is None or tt.lower[subj] not in FIRST_PERSON or cue_negated(tt, verb)
            or any(tt.dep[c] in _AGREEMENT_OBJECTS for c in tt.children[verb])):
        return None
    return Cue("confirm", mark(verb), Reference(frozenset(), mark(verb), demonstrative=True))


def _agreeing_frame(tt: TokenTable, verb: int, content: Sequence[int], mark: Any) -> Cue | None:
    """An agreement verb that frames a quote and says nothing of what is agreed with: "Mahaney agreed:
    'They have a great brand.'", "'Our ideas of success differ,' agrees Stevens." Like a bare "I agree", it
    points at the claim just before (not "agreed with the mayor: ...", "agreed that ...", "agreed to pay",
    which say what is agreed)."""
    if (not content or tt.lemma[verb] not in _BARE_AGREEMENT or cue_negated(tt, verb)
            or any(tt.dep[c] in _AGREEMENT_OBJECTS and c not in content for c in tt.children[verb])):
        return None
    first = min(content)
    if first == 0 or not tt.is_punct[first - 1] or tt.word(first - 1)[-1] not in lx.QUOTE_CHARS:
        return None
    return Cue("confirm", mark(verb), Reference(frozenset(), mark(verb), demonstrative=True))


#: adverbs of the cue verb that liken the claim to one said before: "*Similarly*, Hale said ...", "Hale
#: *likewise* warned that ..." (not "also" or "too", which as often add a second point of the speaker's own)
_SIMILARITY_ADVERBS: Final = frozenset({"similarly", "likewise"})


def similarity_adverb(tt: TokenTable, verb: int, content: Sequence[int], mark: Any) -> Cue | None:
    """Rule ``similarity_adverb`` (issue 13's links51 round): the cue verb likened by an adverb of its own to
    what was said before ("Senator Ruiz said the plan would cost millions. *Similarly*, Mayor Hale said the city
    could not afford it.", "Hale *similarly* warned that ..."). Like a bare "I agree", it points at the claim
    just before, and only when that claim is another side's (:func:`~.linker.resolve`). Not an adverb of the
    content ("said the east side would similarly pay": what it likens is the content's own), nor a verb that
    is not done ("did not similarly warn")."""
    if cue_negated(tt, verb):
        return None
    inside = frozenset(content)
    adverb = next((c for c in tt.children[verb] if tt.dep[c] == "advmod" and tt.lower[c] in _SIMILARITY_ADVERBS
                   and c not in inside), None)
    if adverb is None:
        return None
    return Cue("confirm", mark(adverb), Reference(frozenset(), mark(adverb), demonstrative=True))


#: how a cue hangs on the verb that frames it: "*fired back*, *saying* ...", "*pushed back* and *said* ..."
_FRAMED_CUE_DEPS: Final = frozenset({"advcl", "conj"})
#: verbs that frame a claim as a response when its cue hangs on them: disputes and replies (a confirmation
#: framing a claim, "echoed that promise, saying ...", points back at a promise the quotes stage may not hold)
_GOVERNING_LEMMAS: Final = _CUE_LEMMAS - lx.CONFIRMATION_CUES
#: the dependents that give a governing verb an object of its own ("denied *any wrongdoing*")
_OWN_OBJECTS: Final = frozenset({"dobj", "ccomp", "xcomp"})


def _governing_verb(tt: TokenTable, cue: int | None) -> int | None:
    """The verb of the speaker's that a participial or coordinated cue hangs on, which frames the claim as
    a response: "The budget chief *fired back*, saying ...", "Reed *brushed aside* the senator's warning,
    telling reporters ...", "Smith *pushed back* and said ..."; None when the cue hangs on nothing such."""
    if cue is None or tt.dep[cue] not in _FRAMED_CUE_DEPS:
        return None
    head = tt.head[cue]
    return head if head != cue and tt.pos[head] == "VERB" and tt.lemma[head] in _GOVERNING_LEMMAS else None


def confirming_frame(tt: TokenTable, cue: int | None, mark: Any) -> Cue | None:
    """Rule ``confirming_frame`` (issue 13's links50 round): the claim's cue hangs on a confirmation verb whose
    object names a statement ("Hale *echoed the criticism*, saying the plan ignores ...", "*confirmed that
    account*, telling reporters ...", "echoed Ruiz's warning and said ..."): the claim confirms that statement.
    Not a verb that is not done ("did not echo the criticism"), nor one whose object is no statement ("echoed
    Smith", "confirmed the meeting"): who or what is confirmed is then anyone's guess."""
    if cue is None or tt.dep[cue] not in _FRAMED_CUE_DEPS:
        return None
    head = tt.head[cue]
    if head == cue or tt.pos[head] != "VERB" or tt.lemma[head] not in lx.CONFIRMATION_CUES or cue_negated(tt, head):
        return None
    ref = _object_reference(tt, head, mark)
    if ref is None or not ref.claim or not (ref.keys or ref.demonstrative or ref.definite):
        return None
    return Cue("confirm", mark(head), ref)


def _unread(cue: Cue | None, cues: Sequence[Cue]) -> Cue | None:
    """``cue``, unless a cue of ``cues`` already read its words."""
    return None if cue is None or any(c.mark.span == cue.mark.span for c in cues) else cue


#: how a cue hangs on the reversal verb that frames it: "reversed himself, *telling* ...", "walked back his
#: remarks and *said* ...", "reversed themselves, rushed everyone inside and *said* ..." (one verb between)
_REVERSAL_HOPS: Final = 2


def _self_reversal(tt: TokenTable, cue: int | None, mark: Any) -> Cue | None:
    """Rule ``self_reversal`` (issue 13's links38 round): the claim's cue hangs on a verb of the speaker going back
    on what they said ("the governor *reversed herself*, telling the council that ...", "he later *walked back*
    his remarks and said ...", "the mayor *backtracked*, saying ..."): the claim disputes the speaker's own statement
    before it, and the verb is the change of position that lets one side's two claims be linked (a reversal not
    done, "did not reverse himself, saying ...", already leaves the claim unsaid). The verb must be aimed at the
    speaker's own position: no object, a reflexive pronoun, "course", or a possessive pronoun with a statement
    noun ("his remarks"); "reversed the ruling" is no reversal of the speaker's. A reversal that hangs on the
    claim's cue ("..., saying X, before reversing himself") frames the claim it replaces, not this one, and is
    not read."""
    if cue is None:
        return None
    verb = cue
    for _ in range(_REVERSAL_HOPS):
        if tt.dep[verb] not in _FRAMED_CUE_DEPS or tt.head[verb] == verb:
            return None
        verb = tt.head[verb]
        if tt.pos[verb] == "VERB" and tt.lemma[verb] in lx.REVERSAL_VERBS:
            break
    else:
        return None
    needed = lx.REVERSAL_VERBS[tt.lemma[verb]]
    part = next((c for c in tt.children[verb] if tt.dep[c] in ("prt", "advmod") and tt.lower[c] in needed), None)
    if needed and part is None:
        return None
    obj = child_of(tt, verb, ("dobj",))
    if obj is not None and tt.lower[obj] not in lx.REVERSAL_OBJECTS and not (
            tt.lemma[obj] in lx.CLAIM_NOUNS | lx.REVERSAL_OBJECTS
            and any(tt.dep[c] == "poss" and tt.lower[c] in _POSSESSIVES for c in tt.children[obj])):
        return None
    last = max(verb, part if part is not None else verb, obj if obj is not None else verb)
    words = np_indices(tt, obj) if obj is not None else [verb]
    return Cue("dispute", mark(verb, last), Reference(frozenset(), mark(min(words), max(words)), claim=True, own=True))


def contrast_frame(tt: TokenTable, cue: int | None, mark: Any) -> Cue | None:
    """Rule ``contrast_frame`` (issue 13's links48 round): the claim's cue verb governs, before it, a clause of
    concession ("while", "whereas", "although", "though") whose verb frames a claim of its own: "*While* the mayor
    has said the fund is sound, the auditor said it is not". The writer sets the later speaker's words against
    the earlier's; the cue marks the subordinator, its reference the clause's verb, which must be the cue of
    another claim (:func:`claimex.pipeline.links.linker._framed`). A clause after the cue ("X said A, while Y
    said B") lists two statements side by side and is not read. It is kept apart from the claim's other cues
    (``ClaimFeatures.contrast``): it answers only the claim it frames, and makes the claim no rebuttal of anything
    else (``rebuts``, ``accusation_denial``, ``relate``)."""
    if cue is None:
        return None
    for child in tt.children[cue]:
        if tt.dep[child] != "advcl" or child > cue or tt.pos[child] not in ("VERB", "AUX"):
            continue
        sub = next((c for c in tt.children[child]
                    if tt.dep[c] == "mark" and tt.lower[c] in lx.CONTRAST_SUBORDINATORS), None)
        if sub is not None:
            return Cue("dispute", mark(sub), Reference(frozenset(), mark(child), claim=True))
    return None


#: determiners of a statement noun set beside a claim to narrate its answer: "..., *a* claim the ministry disputes"
_APPOSITIVE_DETS: Final = frozenset({"a", "an", "the"})
#: the statement nouns of such an appositive: "a claim", "a charge", "an allegation", "the account"
_NARRATED_NOUNS: Final = lx.CLAIM_NOUNS | lx.ACCUSATION_NOUNS


def narrated_response(tt: TokenTable, content: Sequence[int], mark: Any) -> Cue | None:
    """Rule ``narrated_response`` (issue 13's links45 round): the writer sets a statement noun beside the
    claim, with a relative clause saying who disputes or confirms it: "The union says the city broke its
    promise, *a claim that the mayor's office strongly disputes*"; "..., a charge state party leaders denied".
    The cue is the relative clause's verb (``DISPUTE_CUES``, ``CONFIRMATION_CUES``), its reference the party
    its subject names (a name, an organisation or a role; not a pronoun, which may be anyone): a claim of that
    party reported right after answers this one. The appositive opens with a comma right after the content, or
    ends the content (when the quotes stage kept it); its noun opens with "a", "an" or "the" and is a statement
    noun (``CLAIM_NOUNS``, ``ACCUSATION_NOUNS``). Not a cue not done ("a claim he did not deny"), nor one with an
    object of its own ("a claim that led the mayor to dispute the figures" has no dispute of the claim)."""
    if not content:
        return None
    last = max(content)
    _, end = tt.sentence_bounds(last)
    for comma in range(min(content) + 1, min(end, last + 3)):
        if tt.word(comma) != ",":
            continue
        if comma > last and any(not tt.is_punct[j] for j in range(last + 1, comma)):
            return None  # words between the content and the comma: the appositive is said of something else
        cue = _appositive_cue(tt, comma, mark)
        if cue is not None and (comma > last or max(tt.subtree(tt.head[comma + 1])) >= last):
            return cue
    return None


def _appositive_cue(tt: TokenTable, comma: int, mark: Any) -> Cue | None:
    """The cue of a statement noun after ``comma`` whose relative clause says who disputes or confirms it."""
    det = comma + 1
    if det >= tt.n or tt.lower[det] not in _APPOSITIVE_DETS:
        return None
    noun = next((k for k in range(det + 1, min(det + 3, tt.n)) if tt.pos[k] == "NOUN"), None)
    if noun is None or tt.lemma[noun] not in _NARRATED_NOUNS or tt.head[det] != noun:
        return None
    for verb in tt.children[noun]:
        # the tagger may read "disputes" as a noun: the clause's subject still tells a verb
        if tt.dep[verb] not in ("relcl", "acl") or verb < noun or cue_negated(tt, verb):
            continue
        lemma = tt.lemma[verb]
        kind = "dispute" if lemma in lx.DISPUTE_CUES else "confirm" if lemma in lx.CONFIRMATION_CUES else None
        subj = child_of(tt, verb, ("nsubj",))
        if kind is None or subj is None or tt.pos[subj] == "PRON":
            continue
        if any(tt.dep[c] in ("dobj", "ccomp", "xcomp") and tt.lower[c] not in lx.RELATIVE_PRONOUNS
               for c in tt.children[verb]):
            continue  # "a claim that led the mayor to dispute ...": the verb acts on something of its own
        ref = _reference(tt, subj, mark)
        if ref is None or not ref.keys:
            continue
        return Cue(kind, mark(verb), Reference(ref.keys, mark(det, noun), claim=True))
    return None


def _agreeing_cue(tt: TokenTable, verb: int, content: Sequence[int], mark: Any, cue: Cue | None) -> Cue | None:
    """The claim's own cue verb read as an agreement with the claim before: a cue that names nothing, framing a
    quote (:func:`_agreeing_frame`), or no cue at all but an adverb that likens (:func:`similarity_adverb`)."""
    if cue is None:
        return similarity_adverb(tt, verb, content, mark)
    return (_agreeing_frame(tt, verb, content, mark) or cue) if cue.reference is None else cue


def read_cues(tt: TokenTable, analysis: ClaimAnalysis, party: Party,
          mark: Any) -> tuple[list[Cue], Mark | None, Mark | None]:
    """The claim's cues, its agreement adverb ("also") and its change marker ("later", "corrected")."""
    content = frozenset(analysis.content)
    # the claim's own cue verbs (a performative inside the content, "we reject ...", is read as content)
    verbs = dict.fromkeys(v for v in (analysis.cue, analysis.act_root)
                          if v is not None and (v == analysis.cue or v not in content))
    governing = _governing_verb(tt, analysis.cue)
    if governing is not None and (governing in verbs or governing in content):
        governing = None
    if governing is not None:
        verbs[governing] = None
    cues: list[Cue] = []
    agreement = change = None
    # the claim's own cue may name nothing ("Smith countered that ...") when it frames a clause; "denied
    # victims of shootings" (a noun phrase) is no answer to a claim
    clausal = any(tt.pos[p] in ("VERB", "AUX") for p in analysis.predicates)
    for verb in verbs:
        # a governing verb with an object of its own ("denied any wrongdoing and pointed out that ...")
        # disputes that object, not what a claim before said
        own = clausal if verb != governing else not any(tt.dep[c] in _OWN_OBJECTS for c in tt.children[verb])
        cue = _verb_cue(tt, verb, mark, own=own)
        if verb == analysis.cue:
            cue = _agreeing_cue(tt, verb, analysis.content, mark, cue)
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
        if cue is None and i in content and tt.lemma[i] in _BARE_AGREEMENT:
            cue = _bare_agreement(tt, i, mark)
        if cue is None and i in content and (tt.lemma[i] in _FALSITY_LEMMAS):
            cue = _falsity_cue(tt, i, mark, analysis.content[0])
        if cue is not None:
            cues.append(cue)
    reversal = _self_reversal(tt, analysis.cue, mark)  # "reversed himself, telling ...": a cue and a change
    confirming = confirming_frame(tt, analysis.cue, mark) if governing is None else None
    framed = [c for c in (reversal, _unread(confirming, cues)) if c is not None]
    return [*cues, *framed], agreement, change or (reversal and reversal.mark)
