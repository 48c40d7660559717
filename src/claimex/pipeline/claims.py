"""``claimex_claims``: speech act, polarity, hedging, target and stance of every claim.

Runs after the quotes and speakers stages and fills, in place, the ``act``, ``polarity``,
``hedged``, ``target``, ``target_text`` and ``stance`` of each claim dict in ``doc._.claimex``.

The rules, in the order they apply:

* **act** -- the cue's class in the cue lexicon (``lexicons.REPORTING_CUES``). A generic cue
  ("writing", "saying") that is a participle or complement of a stronger cue ("condemned the
  strikes, writing that ...") takes the act of the governing verb. When the cue is a plain
  assertion (or there is no cue), the content can make it more specific: a first-person
  performative ("we denounce and condemn ...") gives its own act; a negated main predicate is a
  denial (``deny``); a named agent as subject of a negatively evaluated predicate ("the US was
  destroying security") an accusation; an obligation modal ("should refrain") a demand; a ``will``
  future a prediction; a question mark a question.
* **polarity** -- ``negative`` when an odd number of negators (``neg`` dependencies, negative
  determiners and pronouns: "not", "never", "no", "nothing", "none") attach to a main predicate of
  the content, directly or through its arguments; pseudo-negations ("no doubt", "not only") do not
  count (NegEx, Chapman et al. 2001).
* **hedged** -- a hedge modal ("may", "might", "could"), adverb ("reportedly", "allegedly") or
  raising verb ("appears to") in the content or on the cue, or a cue that reports without endorsing
  ("claimed", "alleged") or attributes a belief ("believes", "thinks"); CoNLL-2010 hedge cues.
* **target** -- the object of the act verb for condemn / accuse / support / deny / demand ... cues
  ("condemned *the strikes*", "accused *the US* of", "called for *calm*"); otherwise the content's
  main event noun phrase (``lexicons.EVENT_NOUNS``), else its main subject or object.
* **stance** -- toward the target: the act's stance (``lexicons.STANCE_BY_ACT``) where it has one,
  else the content's evaluation (evaluative words, reversed under "undermine", "destroy" ... and under
  negation). A party reporting its own action ("it has carried out air strikes") supports it
  (stance = sentiment x target relation, Bar-Haim et al. 2017).

Private keys (``_act_root``, ``_target_root``, ``_negations``, ``_hedges``, ``_predicates``, all
token indices) are left on the claim for the links stage.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import lexicons as lx
from ..extensions import raw, record_error
from .tokens import TokenTable

STAGE: Final = "claimex_claims"

#: word -> key of its synonym group (``lexicons.TERM_SYNONYMS``); words outside any group map to themselves.
SYNONYM_KEY: Final[Mapping[str, str]] = {w: group[0] for group in lx.TERM_SYNONYMS for w in group}

_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_OBJECTS: Final = frozenset({"dobj", "attr", "oprd", "dative"})
_NOMINAL: Final = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_PREDICATE_POS: Final = frozenset({"VERB", "AUX", "ADJ"})
_AGENT_ENTS: Final = frozenset({"GPE", "ORG", "PERSON", "NORP"})
_SELF_PRONOUNS: Final = frozenset({"we", "i", "it"})
#: Children cut from a target noun phrase: it ends before coordination, relative clauses, appositions.
_NP_CUT: Final = frozenset({"conj", "cc", "relcl", "appos", "punct", "advcl"})
_MAX_TARGET_TOKENS: Final = 14
_FUTURE_MODALS: Final = frozenset({"will"})
#: every word a hedge rule looks for, and every evaluative word (pre-filters: most claims have none)
_HEDGE_TERMS: Final = lx.HEDGE_MODALS | lx.HEDGE_ADVERBS | lx.HEDGE_VERBS
_EVALUATION_TERMS: Final = lx.NEGATIVE_EVALUATION | lx.POSITIVE_EVALUATION
_WORD: Final = re.compile(r"[a-z0-9][a-z0-9.'\-]*")


# --------------------------------------------------------------------------------------------------
# Small shared helpers (the links stage uses them too).


def canonical(word: str) -> str:
    """The key of ``word``'s synonym group, lower-cased ("stores" -> "storage" when given "store")."""
    low = word.lower()
    return SYNONYM_KEY.get(low, low)


def tokens_in(doc: Doc, spans: Iterable[Sequence[int]]) -> list[Token]:
    """The tokens that start inside any of the character ``spans`` (end-exclusive), in order."""
    return [doc[i] for i in TokenTable.of(doc).tokens_in(spans)]


def content_spans(claim: Mapping[str, Any]) -> list[Sequence[int]]:
    """The claim's content fragments, or its whole content span when it has none."""
    spans = claim.get("content_spans") or []
    if not spans and claim.get("content"):
        spans = [claim["content"]]
    return list(spans)


def _phrase_index(phrases: Mapping[str, str]) -> dict[tuple[str, ...], str]:
    return {tuple(p.split()): v for p, v in phrases.items()}


#: word n-gram -> country, for government bodies and country aliases (looked up, not scanned)
_BODY_COUNTRY = _phrase_index(lx.GOVERNMENT_BODIES)
_ALIAS_COUNTRY = _phrase_index({a: c for c, aliases in lx.COUNTRY_ALIASES.items() for a in aliases})
_MAX_PHRASE = max(len(k) for k in (*_BODY_COUNTRY, *_ALIAS_COUNTRY))


def actor_keys(texts: Iterable[str | None]) -> frozenset[str]:
    """Keys that identify an actor across mentions: ``name:<normalised text>`` and ``country:<C>``.

    A text stands for a country when it is one of the country's aliases ("the US", "Washington"),
    names a government body ("Pentagon", "White House"), or combines a country alias with a government
    noun ("Iranian foreign ministry", "US officials"). "Syrian Observatory for Human Rights" is not
    Syria: it names no government body.
    """
    keys: set[str] = set()
    for text in texts:
        if text:
            keys |= _actor_keys_of(text)
    return frozenset(keys)


@functools.lru_cache(maxsize=16_384)
def _actor_keys_of(text: str) -> frozenset[str]:
    """:func:`actor_keys` of one text (names recur within and across documents: cached)."""
    keys: set[str] = set()
    norm = _normalise(text)
    if norm:
        keys.add(f"name:{norm}")
        words = tuple(norm.split())
        government = any(w in lx.GOVERNMENT_NOUNS for w in words)
        for i in range(len(words)):
            for n in range(1, min(_MAX_PHRASE, len(words) - i) + 1):
                gram = words[i:i + n]
                body = _BODY_COUNTRY.get(gram)
                if body is not None:
                    keys.add(f"country:{body}")
                alias = _ALIAS_COUNTRY.get(gram)
                if alias is not None and (government or gram == words):
                    keys.add(f"country:{alias}")
    return frozenset(keys)


def _normalise(text: str) -> str:
    words = _WORD.findall(text.lower().replace("’s", "").replace("'s", ""))
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def speaker_keys(speaker: Mapping[str, Any] | None) -> frozenset[str]:
    """:func:`actor_keys` of a speaker entity: its name, aliases and affiliation."""
    if not speaker:
        return frozenset()
    texts = [speaker.get("name"), speaker.get("affiliation"), *(speaker.get("aliases") or ())]
    keys = set(actor_keys(texts))
    affiliation = speaker.get("affiliation")
    if affiliation:  # an affiliation is an actor in its own right: "Pentagon" speaks for the US
        keys |= actor_keys([f"{affiliation} officials"])
    return frozenset(keys)


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head``: its subtree without coordination, relative clauses and appositions."""
    doc = head.doc
    return [doc[i] for i in np_indices(TokenTable.of(doc), head.i)]


def np_indices(table: TokenTable, head: int) -> list[int]:
    """:func:`np_tokens` as token indices, in order."""
    out: list[int] = []
    stack = [head]
    dep, space, children = table.dep, table.is_space, table.children
    while stack:
        i = stack.pop()
        out.append(i)
        for c in children[i]:
            if dep[c] not in _NP_CUT and not space[c]:
                stack.append(c)
    out.sort()
    if len(out) > _MAX_TARGET_TOKENS:  # keep the head and its left modifiers only
        left = table.left_edge(head)
        out = [i for i in out if left <= i <= head]
    punct = table.is_punct
    while out and (punct[out[0]] or dep[out[0]] == "case"):
        out = out[1:]
    while out and punct[out[-1]]:
        out = out[:-1]
    return out


def main_predicates(tokens: Sequence[Token]) -> list[Token]:
    """The content's main predicates: tokens governed from outside the content, and their conjuncts."""
    return _main_predicates(tokens, _Tree())


def _main_predicates(tokens: Sequence[Token], tree: _Tree) -> list[Token]:
    """:func:`main_predicates`, listing children through ``tree``."""
    inside = {t.i for t in tokens}
    stack: list[Token] = []  # the roots first
    for t in tokens:
        head = t.head.i
        if (head not in inside or head == t.i) and not t.is_punct:
            stack.append(t)
    out: list[Token] = []
    seen: set[int] = set()
    while stack:
        tok = stack.pop(0)
        if tok.i in seen:
            continue
        seen.add(tok.i)
        out.append(tok)
        stack.extend(c for c in tree.children(tok)
                     if c.dep_ == "conj" and c.i in inside and c.pos_ in _PREDICATE_POS)
    return [t for t in out if t.pos_ in _PREDICATE_POS or t.dep_ == "ROOT"] or out


def _predicate_of(token: Token, limit: int = 6) -> Token:
    """The nearest verb or adjective governing ``token`` (itself if it is one)."""
    tok = token
    for _ in range(limit):
        if tok.pos_ in _PREDICATE_POS and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def is_pseudo_negation(token: Token) -> bool:
    """True when ``token`` is part of a pseudo-negation such as "no doubt" or "not only"."""
    doc = token.doc
    low = token.lower_
    for seq in lx.PSEUDO_NEGATIONS:
        for k, word in enumerate(seq):
            if word != low:
                continue
            start = token.i - k
            if start < 0 or start + len(seq) > len(doc):
                continue
            if all(doc[start + j].lower_ == seq[j] for j in range(len(seq))):
                return True
    return False


def negators(tokens: Sequence[Token], predicates: Sequence[Token]) -> list[Token]:
    """Negators attached (directly or through an argument) to one of the ``predicates``."""
    return _negators(_Words(tokens), predicates)


def _negators(words: _Words, predicates: Sequence[Token]) -> list[Token]:
    """:func:`negators` of already described words."""
    out: list[Token] = []
    if words.terms.isdisjoint(lx.NEGATION_WORDS):
        return out
    preds = {p.i for p in predicates}
    for tok, low, lemma in zip(words.tokens, words.lows, words.lemmas, strict=True):
        if low not in lx.NEGATION_WORDS and lemma not in lx.NEGATION_WORDS:
            continue
        if tok.dep_ == "prep" or low == "without":  # "without warning" does not negate the claim
            continue
        if low == "nor" and tok.dep_ in ("cc", "preconj"):
            continue
        if is_pseudo_negation(tok):
            continue
        anchor = _predicate_of(tok.head if tok.dep_ in ("neg", "det", "advmod", "amod") else tok)
        if anchor.i in preds or tok.head.i in preds:
            out.append(tok)
    return out


class _Words:
    """Tokens with their lower-cased forms and lemmas, read once for all the rules that test them."""

    __slots__ = ("lemmas", "lows", "terms", "tokens")

    def __init__(self, tokens: Sequence[Token], lows: list[str] | None = None,
                 lemmas: list[str] | None = None) -> None:
        self.tokens = tokens
        self.lows = [t.lower_ for t in tokens] if lows is None else lows
        self.lemmas = [t.lemma_.lower() for t in tokens] if lemmas is None else lemmas
        #: every form and lemma: a rule whose lexicon is disjoint from it has nothing to look at
        self.terms = frozenset(self.lows).union(self.lemmas)


class _Tree:
    """The children and subjects of the tokens one claim's rules look at, listed once each
    (``Token.children`` builds new Token objects on every call)."""

    __slots__ = ("_children", "_subjects")

    def __init__(self) -> None:
        self._children: dict[int, list[Token]] = {}
        self._subjects: dict[int, Token | None] = {}

    def children(self, tok: Token) -> list[Token]:
        kids = self._children.get(tok.i)
        if kids is None:
            kids = self._children[tok.i] = list(tok.children)
        return kids

    def subject(self, pred: Token) -> Token | None:
        """:func:`_subject` of ``pred``."""
        i = pred.i
        if i not in self._subjects:
            self._subjects[i] = next((c for c in self.children(pred) if c.dep_ in _SUBJECTS), None)
        return self._subjects[i]


# --------------------------------------------------------------------------------------------------
# The component.


class ClaimAnalyzer:
    """Fills act, polarity, hedged, target, target_text and stance of the claims on a Doc."""

    def __init__(self, *, cues: Mapping[str, str], deny_negated: bool = True,
                 content_acts: bool = True) -> None:
        """
        Args:
            cues: cue lemma -> default speech act (``claimex.reporting_cues.v1``).
            deny_negated: a negated assertion (a negator on the content's main predicate) is a ``deny``.
            content_acts: refine a plain assertion from the content (performatives, obligation modals,
                accusations, predictions, questions).
        """
        self.cues = dict(cues)
        self.deny_negated = deny_negated
        self.content_acts = content_acts

    def __call__(self, doc: Doc) -> Doc:
        data = raw(doc)
        try:
            for claim in data.get("claims", ()):
                self.analyse(doc, claim)
        except Exception as err:  # one bad document must not end a batch
            record_error(doc, STAGE, err)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    # ------------------------------------------------------------------ one claim
    def analyse(self, doc: Doc, claim: dict[str, Any]) -> None:
        """Set the act, polarity, hedged, target, target_text and stance of ``claim`` in place."""
        table = TokenTable.of(doc)  # the document's token attributes, shared with the other stages
        content = [i for i in table.tokens_in(content_spans(claim)) if not table.is_punct[i]]
        words = _Words([doc[i] for i in content], [table.lower[i] for i in content],
                       [table.lemma[i] for i in content])
        tree = _Tree()
        cue = self.cue_token(doc, claim)
        preds = _main_predicates(words.tokens, tree) if words.tokens else []

        act, act_root = self._cue_act(cue)
        from_cue = act_root is not None and act != lx.ASSERT
        negs = _negators(words, preds)
        negative = len(negs) % 2 == 1
        if act == lx.ASSERT and self.content_acts and words.tokens:
            act, act_root, from_cue = self._content_act(words, tree, preds, negative, act, act_root, from_cue)
        elif act == lx.ASSERT and negative and self.deny_negated:
            act = lx.DENY

        hedges = self._hedges(words, tree, cue)
        target_root, target_from_cue = self._target(act, act_root if from_cue else None, words, tree, preds)
        stance, stance_source = self._stance(act, target_root, target_from_cue, words, tree, preds,
                                             negative, cue)

        target_toks = np_indices(table, target_root.i) if target_root is not None else []  # in text order
        first, last = (target_toks[0], target_toks[-1]) if target_toks else (None, None)
        tspan = (table.idx[first], table.end[last]) if first is not None and last is not None else None
        claim["act"] = act
        claim["polarity"] = "negative" if negative else "positive"
        claim["hedged"] = bool(hedges)
        claim["target"] = list(tspan) if tspan else None
        claim["target_text"] = table.span_text(first, last) if first is not None and last is not None else None
        claim["stance"] = stance
        claim["_act_root"] = act_root.i if act_root is not None else None
        claim["_target_root"] = target_root.i if target_root is not None else None
        claim["_negations"] = [t.i for t in negs]
        claim["_hedges"] = [t.i for t in hedges]
        claim["_predicates"] = [t.i for t in preds]
        claim["_self_report"] = stance_source == "self_report"
        claim["_stance_source"] = stance_source

    def cue_token(self, doc: Doc, claim: Mapping[str, Any]) -> Token | None:
        """The head token of the claim's cue (``_cue_root`` when the quotes stage left it)."""
        root = claim.get("_cue_root")
        if isinstance(root, int) and 0 <= root < len(doc):
            return doc[root]
        cue = claim.get("cue")
        if not cue:
            return None
        toks = tokens_in(doc, [cue])
        if not toks:
            return None
        for tok in toks:
            if tok.lemma_.lower() in self.cues and tok.pos_ in ("VERB", "NOUN"):
                return tok
        inside = {t.i for t in toks}
        return next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])

    def _cue_act(self, cue: Token | None) -> tuple[str, Token | None]:
        """The cue's act; a generic participle or complement takes its governing verb's act."""
        if cue is None:
            return lx.ASSERT, None
        act = self.cues.get(cue.lemma_.lower(), lx.ASSERT)
        tok = cue
        for _ in range(3):  # "condemned the strikes, writing that ..." -> condemn
            if tok.dep_ not in ("advcl", "xcomp") or tok.head.i == tok.i:
                break
            parent = tok.head
            parent_act = self.cues.get(parent.lemma_.lower())
            if act == lx.ASSERT and parent_act and parent_act != lx.ASSERT and parent.pos_ == "VERB":
                return parent_act, parent
            tok = parent
        return act, cue

    def _content_act(
        self, words: _Words, tree: _Tree, preds: list[Token], negative: bool, act: str,
        act_root: Token | None, from_cue: bool,
    ) -> tuple[str, Token | None, bool]:
        """Refine a plain assertion from its content."""
        performative = self._performative(words, tree)
        if performative is not None:
            return self.cues[performative.lemma_.lower()], performative, True
        if negative and self.deny_negated and not _has_modal(preds, lx.OBLIGATION_MODALS, tree):
            return lx.DENY, act_root, False
        for pred in preds:
            subj = tree.subject(pred)
            if (subj is not None and pred.pos_ == "VERB" and _is_agent(subj) and not _first_person(subj)
                    and _evaluation(pred.subtree) < 0):
                return lx.ACCUSE, act_root, False
        if _has_modal(preds, lx.OBLIGATION_MODALS, tree):
            return lx.DEMAND, act_root, False
        last = words.tokens[-1] if words.tokens else None
        if last is not None and last.i + 1 < len(last.doc) and last.doc[last.i + 1].text == "?":
            return lx.QUESTION, act_root, False
        for pred in preds:
            if _has_modal([pred], _FUTURE_MODALS, tree):
                subj = tree.subject(pred)
                if subj is None or not _first_person(subj):
                    return lx.PREDICT, act_root, False
        return act, act_root, from_cue

    def _performative(self, words: _Words, tree: _Tree) -> Token | None:
        """A first-person present-tense speech-act verb in the content: "we condemn", "I deny"."""
        found: list[Token] = []
        for tok, lemma in zip(words.tokens, words.lemmas, strict=True):
            if lemma not in self.cues or tok.pos_ != "VERB" or tok.tag_ not in ("VBP", "VB"):
                continue
            subj = tree.subject(tok)
            if subj is None and tok.dep_ == "conj":
                subj = tree.subject(tok.head)
            if subj is None or not _first_person(subj):
                continue
            if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "did", "do", "could", "might")
                   for c in tree.children(tok)):
                continue
            found.append(tok)
        strong = [t for t in found if self.cues[t.lemma_.lower()] != lx.ASSERT]
        best = strong or found
        return best[0] if best else None

    @staticmethod
    def _hedges(words: _Words, tree: _Tree, cue: Token | None) -> list[Token]:
        out = []
        if not words.terms.isdisjoint(_HEDGE_TERMS):
            for tok, low, lemma in zip(words.tokens, words.lows, words.lemmas, strict=True):
                if ((low in lx.HEDGE_MODALS and tok.tag_ == "MD") or low in lx.HEDGE_ADVERBS
                        or (lemma in lx.HEDGE_VERBS and any(c.dep_ == "xcomp" for c in tree.children(tok)))):
                    out.append(tok)
        if cue is not None:
            if cue.lemma_.lower() in lx.HEDGING_CUES:
                out.append(cue)
            kids = tree.children(cue)
            out.extend(c for c in kids if c.lower_ in lx.HEDGE_ADVERBS)
            out.extend(c for c in kids if c.tag_ == "MD" and c.lower_ in lx.HEDGE_MODALS)
        return out

    # ------------------------------------------------------------------ target and stance
    def _target(self, act: str, act_root: Token | None, words: _Words, tree: _Tree,
                preds: list[Token]) -> tuple[Token | None, bool]:
        """The target's head token, and whether it is the object of the act verb."""
        if act_root is not None:
            obj = _object(act_root, self.cues, tree)
            if obj is not None:
                if act == lx.DEMAND:
                    obj = _cessation_object(obj) or obj
                return obj, True
        if act == lx.ACCUSE:
            for pred in preds:
                subj = tree.subject(pred)
                if subj is not None and _is_agent(subj):
                    return subj, False
        if not words.terms.isdisjoint(lx.EVENT_NOUNS):
            for tok, lemma in zip(words.tokens, words.lemmas, strict=True):
                if lemma in lx.EVENT_NOUNS and tok.pos_ in ("NOUN", "PROPN") and not _in_reference(tok):
                    return tok, False
        for pred in preds:
            subj = tree.subject(pred)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return subj, False
        for pred in preds:
            for child in tree.children(pred):
                if child.dep_ in _OBJECTS and child.pos_ in ("NOUN", "PROPN"):
                    return child, False
        return None, False

    def _stance(self, act: str, target: Token | None, from_cue: bool, words: _Words, tree: _Tree,
                preds: list[Token], negative: bool, cue: Token | None) -> tuple[str, str]:
        """The stance toward the target and where it comes from: "act", "evaluation", "self_report"
        or "none"."""
        by_act = lx.STANCE_BY_ACT.get(act)
        if act == lx.DEMAND and target is not None and _is_cessation_of(target):
            return "oppose", "act"
        if by_act is not None and (from_cue or act in (lx.CONDEMN, lx.ACCUSE, lx.THREATEN, lx.SUPPORT,
                                                        lx.DEMAND)):
            return by_act, "act"
        score = _evaluation_of(words)
        if negative:
            score = -score
        if score < 0:
            return "oppose", "evaluation"
        if score > 0:
            return "support", "evaluation"
        if _self_report(preds, cue, tree):
            return "support", "self_report"
        return "neutral", "none"


# --------------------------------------------------------------------------------------------------
# Token-level rules.


def _subject(pred: Token) -> Token | None:
    return next((c for c in pred.children if c.dep_ in _SUBJECTS), None)


def _first_person(tok: Token) -> bool:
    return tok.pos_ == "PRON" and tok.lower_ in ("i", "we")


def _is_agent(tok: Token) -> bool:
    return tok.ent_type_ in _AGENT_ENTS or tok.pos_ == "PROPN"


def _has_modal(preds: Iterable[Token], modals: frozenset[str], tree: _Tree) -> bool:
    for pred in preds:
        for child in tree.children(pred):
            if child.dep_ == "aux" and (child.lower_ in modals or child.lemma_.lower() in modals):
                return True
            if child.dep_ == "xcomp" and pred.lemma_.lower() in modals:  # "need to", "ought to"
                return True
    return False


def _object(verb: Token, cues: Mapping[str, str], tree: _Tree) -> Token | None:
    """The object of an act verb: its direct object, or the object of its cue preposition."""
    kids = tree.children(verb)
    for child in kids:
        if child.dep_ in ("dobj", "dative") and child.pos_ in _NOMINAL and child.lower_ not in ("that", "what"):
            return child
    preps = lx.PREPOSITIONAL_CUES.get(verb.lemma_.lower(), ())
    for child in kids:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.pos_ in (*_NOMINAL, "ADJ"):
                return obj
    return None


def _cessation_object(tok: Token) -> Token | None:
    """For "an end to the strikes": the thing to be stopped ("strikes")."""
    if tok.lemma_.lower() not in lx.CESSATION_WORDS:
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "of", "from", "on"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _is_cessation_of(tok: Token) -> bool:
    head = tok.head.head if tok.head.dep_ == "prep" else tok.head
    return head.i != tok.i and head.lemma_.lower() in lx.CESSATION_WORDS


def _in_reference(tok: Token) -> bool:
    """True for a token inside "the claims made by the US" and the like."""
    return any(a.lemma_.lower() in lx.REFERENCE_NOUNS and a.pos_ == "NOUN"
               for a in itertools.islice(itertools.chain((tok,), tok.ancestors), 4))


def _evaluation(tokens: Iterable[Token]) -> int:
    """Net evaluation: +1 per positive word, -1 per negative word; positive words under a reversing
    verb ("undermine stability", "destroying security") count as negative."""
    return sum(_word_evaluation(tok, tok.lower_, tok.lemma_.lower()) for tok in tokens)


def _evaluation_of(words: _Words) -> int:
    """:func:`_evaluation` of already described words."""
    if words.terms.isdisjoint(_EVALUATION_TERMS):
        return 0
    return sum(_word_evaluation(tok, low, lemma)
               for tok, low, lemma in zip(words.tokens, words.lows, words.lemmas, strict=True))


def _word_evaluation(tok: Token, low: str, lemma: str) -> int:
    """-1 for a negative word, +1 for a positive one (-1 under a reversing verb), else 0."""
    if lemma in lx.NEGATIVE_EVALUATION or low in lx.NEGATIVE_EVALUATION:
        return -1
    if lemma in lx.POSITIVE_EVALUATION or low in lx.POSITIVE_EVALUATION:
        reversed_ = any(a.lemma_.lower() in lx.EVALUATION_REVERSERS for a in itertools.islice(tok.ancestors, 3))
        return -1 if reversed_ else 1
    return 0


def _self_report(preds: Iterable[Token], cue: Token | None, tree: _Tree) -> bool:
    """A party reporting its own action: "The US says it has carried out air strikes"."""
    for pred in preds:
        subj = tree.subject(pred)
        if subj is None or pred.pos_ != "VERB":
            continue
        if _first_person(subj):
            return True
        if subj.lower_ in _SELF_PRONOUNS and cue is not None and subj.dep_ == "nsubj":
            speaker = tree.subject(cue)
            if speaker is not None and (speaker.ent_type_ in ("GPE", "ORG", "NORP") or speaker.lower_ == "it"):
                return True
    return False


# --------------------------------------------------------------------------------------------------
# A speaker's stance toward a topic over all their claims.


def topic_keys(doc: Doc, topic: str) -> frozenset[str]:
    """Synonym keys of a topic word ("strikes" -> {"attack"}), using the doc's lemmas for its words."""
    words = topic.lower().split()
    if not words:
        return frozenset()
    last = words[-1]
    keys = {canonical(last)}
    keys |= {canonical(t.lemma_) for t in doc if t.lower_ == last}
    return frozenset(keys)


def event_agents(doc: Doc, keys: frozenset[str]) -> frozenset[str]:
    """Actor keys of who carries out the topic event: "US strikes", "strikes by Israel",
    "the army launched strikes"."""
    agents: set[str] = set()
    for tok in doc:
        if canonical(tok.lemma_) not in keys or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        for child in tok.children:
            if child.dep_ in ("compound", "poss", "nmod", "amod") and (
                    child.ent_type_ in ("GPE", "NORP", "ORG") or child.pos_ == "PROPN"):
                agents |= actor_keys([child.text])
            if child.dep_ == "prep" and child.lower_ == "by":
                agents |= actor_keys([g.text for g in child.children if g.dep_ == "pobj"])
        verb = tok.head
        if tok.dep_ == "dobj" and verb.lemma_.lower() in lx.AGENTIVE_EVENT_VERBS:
            subj = _subject(verb)
            if subj is not None and subj.pos_ != "PRON":
                agents |= actor_keys([" ".join(t.text for t in np_tokens(subj))])
    return frozenset(k for k in agents if k.startswith("country:") or k.startswith("name:"))


def stance_by_speaker(doc: Doc, topic: str) -> dict[str, str]:
    """Each speaker's stance ("support" | "oppose" | "neutral") toward a topic event, over their claims.

    A claim votes when its target is the topic (or a synonym: "strikes" ~ "attack") or the topic's
    agent ("accused the US" opposes "US strikes"); the majority of non-neutral votes wins. A speaker
    with no such vote who is the agent, or belongs to it (the Pentagon to the US), supports it.

    Args:
        doc: a Doc the claims stage has processed.
        topic: the event, as a word or short phrase ("the strikes").

    Returns:
        speaker id -> stance, for every speaker with at least one claim.
    """
    data = raw(doc)
    keys = topic_keys(doc, topic)
    agents = event_agents(doc, keys)
    speakers = {s["id"]: s for s in data.get("speakers", ())}
    votes: dict[str, list[str]] = {}
    for claim in data.get("claims", ()):
        sid = claim.get("speaker")
        if not sid:
            continue
        votes.setdefault(sid, [])
        if claim.get("_target_root") is None:
            continue
        target = doc[claim["_target_root"]]
        target_text = claim.get("target_text") or target.text
        if canonical(target.lemma_) in keys:
            votes[sid].append(claim.get("stance") or "neutral")
            if claim.get("_self_report"):
                agents = agents | speaker_keys(speakers.get(sid))
        elif agents & actor_keys([target_text]):
            votes[sid].append(claim.get("stance") or "neutral")
    out: dict[str, str] = {}
    for sid, vs in votes.items():
        support, oppose = vs.count("support"), vs.count("oppose")
        if support or oppose:
            out[sid] = "support" if support > oppose else "oppose" if oppose > support else "neutral"
        elif agents & speaker_keys(speakers.get(sid)):
            out[sid] = "support"
        else:
            out[sid] = "neutral"
    return out


@Language.factory(
    "claimex_claims",
    default_config={
        "cues": {"@misc": "claimex.reporting_cues.v1"},
        "deny_negated": True,
        "content_acts": True,
    },
)
def make_claims(nlp: Language, name: str, cues: Mapping[str, str], deny_negated: bool,
                content_acts: bool) -> ClaimAnalyzer:
    """Build the ``claimex_claims`` component (see :class:`ClaimAnalyzer`)."""
    return ClaimAnalyzer(cues=cues, deny_negated=deny_negated, content_acts=content_acts)
