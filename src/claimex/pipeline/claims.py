"""``claimex_claims``: speech act, polarity, hedging, target and stance of every claim.

Runs after the quotes and speakers stages and fills the ``act``, ``polarity``, ``hedged``, ``target``,
``target_text`` and ``stance`` of each claim's :class:`~claimex.pipeline.state.ClaimRecord`.

The rules, in the order they apply:

* **act** -- the cue's class in the cue lexicon (``lexicons.REPORTING_CUES``); a generic cue
  ("writing", "saying") that is a participle or complement of a stronger cue ("condemned the
  strikes, writing that ...") takes the act of the governing verb. Then the named rules of
  :mod:`claimex.pipeline.acts` read the whole statement (performative, ask_to, question, threat, cue,
  accusation, praise, obligation, prediction, own_denial); the deciding rule's name is the claim's
  ``act_rule``. With ``act_model`` (off by default) every rule is evaluated and a fitted model picks the
  act among them (:mod:`claimex.pipeline.claim_model`); ``act_rule`` is then the rule that agrees, or
  ``model``.
* **polarity** -- ``negative`` when an odd number of negators (``neg`` dependencies, negative
  determiners and pronouns: "not", "never", "no", "nothing", "none") attach to the lead clause's main
  predicate (the first main predicate of the content), directly or through its arguments;
  pseudo-negations ("no doubt", "not only") do not count (NegEx, Chapman et al. 2001). A negated lead
  turned from with "but" / "yet" to an unnegated clause is positive (``corrected_negation``), and a
  "not" that rejects one noun phrase for another ("heads, *not* ballots") does not count
  (``contrasted_alternative``).
* **hedged** -- a hedge modal ("may", "might", "could"), adverb ("reportedly", "allegedly") or
  raising verb ("appears to") in the content or on the cue, or a cue that reports without endorsing
  ("claimed", "alleged") or attributes a belief ("believes", "thinks"); CoNLL-2010 hedge cues. A charge
  or claim ("accused", "claimed") hedges only where no one is named making it (``_named_charge``); a
  "may" / "might" granting a point before a "but" clause concedes it and does not hedge (``_concessive_modal``);
  a hypothetical main predicate under a real "if" / "unless" condition hedges ("if elected, she *would* ...":
  ``_conditioned``).
* **target** and **stance** -- :mod:`claimex.pipeline.acts`: the evaluated entity first (the object
  of the act verb, the accused or praised agent), resolved to a speaker entity (``target_entity``) or
  a full name (``target_name``); the stance from the act, else from the content's evaluation (VADER's
  lexicon, reversed under "undermine", "destroy" ... and under negation; Bar-Haim et al. 2017); where
  the act does not fix the stance, the fitted stance model (``stance_model``, on by default) weighs the
  rule's answer with the act and the content's evaluation.

What the links stage needs beyond the public fields goes on the claim's record as a
:class:`~claimex.pipeline.state.ClaimAnalysis` (the content's tokens without punctuation, the act verb, the
target's head and noun phrase, the negators, the hedges: token indices; and the stance's source).
The rules read the document's shared :class:`~claimex.pipeline.tokens.TokenTable`
and work on token indices: they make no spaCy Token objects.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import compress
from typing import Any, Final

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import lexicons as lx
from .. import syntax
from ..extensions import raw
from ..names import actor_keys, speaker_keys, strip_possessive
from . import acts, targets
from .claim_model import ClaimWeights, ClaimWeightsError
from .collector import collector_paused
from .mentions import speaker_index
from .stage import Stage, missing_stage, quotes_ran
from .state import ClaimAnalysis, ClaimInput, ClaimRecord, read_claims, write_analysed, written_input
from .tokens import TokenTable

STAGE: Final = "claimex_claims"

#: word -> key of its synonym group (``lexicons.TERM_SYNONYMS``); words outside any group map to themselves.
SYNONYM_KEY: Final[Mapping[str, str]] = {w: group[0] for group in lx.TERM_SYNONYMS for w in group}

_PREDICATE_POS: Final = frozenset({"VERB", "AUX", "ADJ"})
#: The parts of speech of a phrase a "not" sets against another (``_contrasted_alternative``).
_NOMINAL_POS: Final = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: Children cut from a target noun phrase: it ends before coordination, relative clauses, appositions.
_NP_CUT: Final = frozenset({"conj", "cc", "relcl", "appos", "punct", "advcl"})
_MAX_TARGET_TOKENS: Final = 14
#: every word a hedge rule looks for, and every evaluative word (pre-filters: most claims have none)
_HEDGE_TERMS: Final = (lx.HEDGE_MODALS | lx.HEDGE_ADVERBS | lx.HEDGE_VERBS | lx.HEDGING_CUES | lx.DOUBT_ADJECTIVES
                       | lx.CERTAINTY_ADJECTIVES | lx.HOPE_WORDS | lx.REPUTE_VERBS)
#: the hedge words looked for among a cue's children
_CUE_HEDGE_WORDS: Final = lx.HEDGE_ADVERBS | lx.HEDGE_MODALS
#: The tags of an auxiliary that makes a conditioned predicate hypothetical (``_conditioned``): a modal
#: ("would", "will", "'d", "can", "should") or the "to" of an infinitive ("promised *to* cut taxes if elected").
_IRREALIS_TAGS: Final = frozenset({"MD", "TO"})
#: The dependencies of a clause or modifier beside the statement's point, where a hedge word does not hedge the
#: statement (``_aside``): a relative clause, a clause or modifier of a noun, an adverbial clause.
_SIDE_DEPS: Final = frozenset({"relcl", "acl", "amod", "advcl"})
#: The subjects of a belief verb that make it the speaker's own: in a quote, and in reported speech.
_BELIEVERS: Final = frozenset({"i", "we"})
_BELIEVERS_REPORTED: Final = _BELIEVERS | {"he", "she", "they"}
#: The nouns of gathered evidence whose "suggest" weighs what it shows, never a proposal (``_proposed``); not
#: "figure", said of people too ("party *figures* suggested he step down").
_EVIDENCE_WORDS: Final = (lx.SURVEY_NOUNS | lx.EVIDENCE_NOUNS) - {"figure"}
#: The adjectives of doubt, and of certainty that doubt when negated (``_doubted``).
_DOUBT_WORDS: Final = lx.DOUBT_ADJECTIVES | lx.CERTAINTY_ADJECTIVES
#: The subjects of an adjective of doubt said of a person that make it the speaker's doubt, and "it" of a clause.
_DOUBTERS: Final = _BELIEVERS_REPORTED | {"it", "that", "this"}
#: The dependencies of a clause under "hope" other than its infinitive: "I hope *the council will* approve it", a
#: wish put to others (``_hoped``); the parse hangs a "that" clause after an adverbial as ``advcl`` at times.
_CLAUSE_DEPS: Final = frozenset({"ccomp", "advcl", "parataxis", "csubj"})
#: A wh-word under "hope": "what we can *hope* to do" is no hope of the speaker's (``_hoped``).
_WH_TAGS: Final = frozenset({"WP", "WDT", "WRB"})
#: word -> the pseudo-negations (``lexicons.PSEUDO_NEGATIONS``) it is part of, as lists of words (compared
#: with a slice of the words around it), with its position in each
_PSEUDO_NEGATIONS_OF: Final[Mapping[str, tuple[tuple[list[str], int], ...]]] = {
    word: tuple((list(seq), k) for seq in lx.PSEUDO_NEGATIONS for k, w in enumerate(seq) if w == word)
    for seq in lx.PSEUDO_NEGATIONS for word in seq
}


def _by_neighbour(found: tuple[tuple[list[str], int], ...]) -> dict[tuple[int, str], list[tuple[list[str], int]]]:
    """The pseudo-negations of one word (``found``) by the word next to it in each: (1, the word after it), or
    (-1, the word before it) where it is the last."""
    out: dict[tuple[int, str], list[tuple[list[str], int]]] = {}
    for seq, k in found:
        out.setdefault((1, seq[k + 1]) if k + 1 < len(seq) else (-1, seq[k - 1]), []).append((seq, k))
    return out


#: word -> :data:`_PSEUDO_NEGATIONS_OF` by the neighbouring word (:func:`_by_neighbour`): only a sequence whose
#: neighbour is there is compared ("not" is part of ten, "no" of four)
_PSEUDO_NEGATIONS_BY_NEIGHBOUR: Final = {word: _by_neighbour(found) for word, found in _PSEUDO_NEGATIONS_OF.items()}


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


def content_tokens(table: TokenTable, claim: Mapping[str, Any]) -> list[int]:
    """The tokens of the claim's content, in order, punctuation and spaces left out."""
    return _words_in(table, content_spans(claim))


def _words_in(table: TokenTable, spans: Sequence[Sequence[int]]) -> list[int]:
    """The tokens in the character ``spans``, in order, punctuation and spaces left out."""
    if len(spans) == 1:  # most contents: TokenTable.tokens_in of one span, the punctuation left out in one pass
        s, e = int(spans[0][0]), int(spans[0][1])
        if s < 0 or e > len(table.text) or s == e == len(table.text):
            return []
        idx = table.idx
        first, last = bisect_left(idx, s), bisect_left(idx, e)
        return list(compress(range(first, last), table.is_word[first:last]))  # filtered in C, no test a token
    punct = table.is_punct
    return [i for i in table.tokens_in(spans) if not punct[i]]


def _question_word_apart(table: TokenTable, content: list[int]) -> list[int]:
    """The content as the act, target and stance rules read it: without the "if" or "whether" that opens a
    question (rule ``question_word_kept`` of the quotes stage keeps it in the extent: "asked *whether* the plan
    would pass"). The rules read the question's clause as they did before the extent kept its word; the "if" of a
    condition hung on a word of the content ("said *if* he were governor, the plant would stay open") stays,
    read as a condition. Only a content that opens with the word outside quotation marks (the caller's test): a
    quote's own "If you look at it, ..." is read as it was said."""
    first = content[0]
    if table.dep[first] != "mark" or table.lower[first] not in ("if", "whether"):
        return content
    clause = table.head[first]
    if table.dep[clause] == "advcl" and table.head[clause] in content:
        return content
    return content[1:]


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head``: its subtree without coordination, relative clauses and appositions."""
    doc = head.doc
    return [doc[i] for i in np_indices(TokenTable.of(doc), head.i)]


def target_tokens(table: TokenTable, head: int) -> list[int]:
    """The target noun phrase of ``head`` (:func:`np_indices`), in text order; a possessor is the target,
    not its clitic: "Obama", not "Obama's". It never cuts a phrase in double quotation marks in half
    (:func:`_whole_quotes`: 'the “donor class”', not 'the “donor class'); single marks are not
    handled ('the so-called ‘death tax'). The list is not always the whole range from its first token to
    its last: a mark and punctuation added by the mending are in it (the closing mark and a comma inside the
    quote), but punctuation :func:`np_indices` drops inside the phrase stays out, so an opening mark inside
    the span may be missing; :func:`target_span` (first to last) is the span to show."""
    toks = np_indices(table, head)
    if len(toks) > 1 and table.dep[toks[-1]] == "case":
        toks = toks[:-1]
    if not toks:
        return toks
    toks = or_whole(table, head, toks)
    toks = _whole_words(table, toks)
    toks = paired_marks(table, toks)
    first, last = _whole_quotes(table, head, toks[0], toks[-1])
    if (first, last) == (toks[0], toks[-1]):
        return toks
    return [*range(first, toks[0]), *(k for k in toks if first <= k <= last), *range(toks[-1] + 1, last + 1)]


#: Brackets and single quotation marks that open a pair, with the mark that closes it (:func:`paired_marks`).
_PAIRS: Final = {"[": "]", "(": ")", "‘": "’"}
#: How many tokens :func:`paired_marks` looks past the span for the other mark of a pair.
_PAIR_REACH: Final = 8


def paired_marks(table: TokenTable, toks: list[int]) -> list[int]:
    """``toks`` widened to the other mark of a bracket or single quotation mark it holds alone (rule
    "paired_marks", issue 15's target68 round): 'the [Democratic Party' shows 'the [Democratic Party]',
    '[Smith's] aides' not 'Smith's] aides', "the so-called ‘death tax" ends on its closing mark. The other mark
    must lie within :data:`_PAIR_REACH` tokens of the span, with no line break between; an opening single mark
    must follow a space (one typed inside a word is an apostrophe: "Review‘s")."""
    lower, n = table.lower, len(table.lower)
    closes = {v: k for k, v in _PAIRS.items()}
    lo, hi = toks[0], toks[-1]
    open_at: list[int] = []
    for k in range(lo, hi + 1):
        word = lower[k]
        if word in _PAIRS and (word != "‘" or table.idx[k] == 0 or table.text[table.idx[k] - 1].isspace()):
            open_at.append(k)
        elif word in closes:
            if open_at and lower[open_at[-1]] == closes[word]:
                open_at.pop()
            elif word != "’":  # a lone "’" is mostly an apostrophe
                back = next((j for j in range(lo - 1, max(lo - 1 - _PAIR_REACH, -1), -1)
                             if lower[j] == closes[word] or table.is_space[j]), None)
                if back is not None and not table.is_space[back]:
                    lo = back
    for k in reversed(open_at):
        close = _PAIRS[lower[k]]
        ahead = next((j for j in range(hi + 1, min(hi + 1 + _PAIR_REACH, n)) if lower[j] == close or table.is_space[j]),
                     None)
        if ahead is not None and not table.is_space[ahead]:
            hi = ahead
    if (lo, hi) == (toks[0], toks[-1]):
        return toks
    return [*range(lo, toks[0]), *toks, *range(toks[-1] + 1, hi + 1)]


#: Parts of speech of the nouns whose "or" :func:`or_whole` takes whole.
_OR_NOMINALS: Final = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: The conjunctions of a choice between nouns (:func:`or_whole`).
_OR_WORDS: Final = frozenset({"or", "nor"})


def or_whole(table: TokenTable, head: int, toks: list[int]) -> list[int]:
    """``toks``, the phrase of ``head``, widened to the whole "X or Y" where ``head`` is a noun of one (rule
    "or_whole", issue 15's target68 round): "a title *or a show*", "*Smith or* Jones", "Ohio, Iowa *or Utah*".
    A choice names no one of its nouns alone, as an "and" list names each (which keeps its one noun). Only where
    every conjunct of the chain is a noun, a name, a pronoun or a number, the "or" (or "nor") joins them, and
    the whole holds no more than :data:`_MAX_TARGET_TOKENS` tokens; not a clause's "whether we win or lose", nor
    across a mark the phrase did not hold. A conjunct other than ``head`` gives its phrase up to the first punctuation
    after its noun ("or *tax policy*, including ...")."""
    dep, pos, children = table.dep, table.pos, table.children
    first = head
    while dep[first] == "conj" and table.head[first] != first:
        first = table.head[first]
    chain, ors, i = [first], False, first
    while True:
        kids = children[i]
        ors = ors or any(dep[c] == "cc" and table.lower[c] in _OR_WORDS for c in kids)
        nxt = [c for c in kids if dep[c] == "conj"]
        if not nxt:
            break
        i = nxt[0]
        chain.append(i)
    if len(chain) < 2 or not ors or any(pos[c] not in _OR_NOMINALS for c in chain):
        return toks
    words = [k for c in chain if c != head for k in _before_comma(table, c)]  # "tax policy", not ", including ..."
    lo, hi = min(toks[0], *words), max(toks[-1], *words)
    held, punct, space = set(toks), table.is_punct, table.is_space
    if hi - lo + 1 > _MAX_TARGET_TOKENS or any(
            space[k] or (punct[k] and table.lower[k] != "," and k not in held) for k in range(lo, hi + 1)):
        return toks  # too long, across a line, or across a mark the phrase did not hold ('"X," or "Y"')
    return list(range(lo, hi + 1))


def _before_comma(table: TokenTable, c: int) -> list[int]:
    """The phrase of conjunct ``c`` (:func:`np_indices`) up to the first punctuation after ``c``: "tax policy" of
    "tax policy, including ...", "any of his family members"."""
    out = []
    punct = table.is_punct
    for k in np_indices(table, c):
        if k > c and any(punct[j] for j in range(c + 1, k + 1)):  # the comma itself is no word of the phrase
            break
        out.append(k)
    return out


#: Parts of speech of a verb: a hyphened word's piece :func:`_whole_words` does not take in.
_VERBS: Final = frozenset({"VERB", "AUX"})


def _whole_words(table: TokenTable, toks: list[int]) -> list[int]:
    """``toks`` widened so that they neither open nor close inside a hyphened word (rule "hyphen_whole", issue
    15's target60 round: :func:`claimex.pipeline.targets.hyphened_word`): a phrase the parser starts at
    "worker" of "anti-worker" shows "anti-worker", one that ends at "anti" of "anti-union" shows
    "anti-union"; not across a verb."""
    if len(toks) == 1 and len(table.lower[toks[0]]) == 1:  # "(*I*-Vt.)": a party's letter, no piece of a word
        return toks
    lo, _ = targets.hyphened_word(table, toks[0])
    _, hi = targets.hyphened_word(table, toks[-1])
    pos = table.pos
    if any(pos[k] in _VERBS for k in range(lo, toks[0])):
        lo = toks[0]
    if any(pos[k] in _VERBS for k in range(toks[-1] + 1, hi + 1)):
        hi = toks[-1]  # a dash typed as a hyphen before a verb
    if lo == toks[0] and hi == toks[-1]:
        return toks
    return [*range(lo, toks[0]), *toks, *range(toks[-1] + 1, hi + 1)]


def target_span(table: TokenTable, head: int) -> tuple[int, int] | None:
    """The character span of :func:`target_tokens`."""
    toks = target_tokens(table, head)
    return (table.idx[toks[0]], table.end[toks[-1]]) if toks else None


#: Double quotation marks that open a quoted phrase, and those that close one; a straight mark (or two
#: apostrophes) opens after a space or the start of the text, and closes elsewhere.
_OPENING_MARKS: Final = frozenset({"“", "``"})
_CLOSING_MARKS: Final = frozenset({"”"})
#: Straight double marks, and two apostrophes (some papers open with them too): which they are depends on
#: what comes before them.
_STRAIGHT_MARKS: Final = frozenset({'"', "''"})
#: Punctuation a closing mark may follow inside the quote ('a “cruel hoax.”').
_INSIDE_CLOSE: Final = frozenset({".", ",", "!", "?"})
#: Every double quotation mark :func:`_quote_mark` reads (opening, closing, straight); not ``acts._QUOTE_MARKS``.
_DOUBLE_MARKS: Final = _OPENING_MARKS | _CLOSING_MARKS | _STRAIGHT_MARKS


def _quote_mark(table: TokenTable, i: int) -> str | None:
    """``"open"`` or ``"close"`` for a double quotation mark token, else None."""
    word = table.lower[i]  # a mark's lower-case form is the mark: no Token made to read its text
    if word in _OPENING_MARKS:
        return "open"
    if word in _CLOSING_MARKS:
        return "close"
    if word not in _STRAIGHT_MARKS:
        return None
    at = table.idx[i]
    return "open" if at == 0 or table.text[at - 1].isspace() or table.text[at - 1] in lx.OPEN_CONTEXT else "close"


def _whole_quotes(table: TokenTable, head: int, first: int, last: int) -> tuple[int, int]:
    """The span ``first`` .. ``last`` mended where it holds one mark of a quoted phrase without the other
    (issue 15's twenty-third target round): an opening mark takes its closing mark when it follows the
    span (after a full stop or a comma inside the quote: 'a “cruel hoax.”'), a closing mark its opening
    one when it comes just before; else the quoted words go on past the span, and the mark and the
    words on the other side of it from the head are left out ('his "*school voucher plan* would ...')."""
    n = len(table.lower)
    depth = 0
    opened: int | None = None  # an opening mark inside the span not closed in it
    lower = table.lower
    for k in range(first, last + 1):
        if lower[k] not in _DOUBLE_MARKS:  # no mark: nothing to open or close
            continue
        kind = _quote_mark(table, k)
        if kind == "open":
            opened, depth = k, depth + 1
        elif kind == "close":
            if depth:
                depth -= 1
                opened = None if not depth else opened
            elif first > 0 and _quote_mark(table, first - 1) == "open" and table.end[first - 1] == table.idx[first]:
                first = first - 1  # 'an “inherent conflict”': the opening mark just before the span
            elif k > head:
                return first, _trim_end(table, k - 1)
            else:
                first = k + 1
                depth, opened = 0, None
    if opened is None:
        return first, last
    after = last + 1
    if after < n and table.lower[after] in _INSIDE_CLOSE and table.end[last] == table.idx[after]:
        after += 1
    if after < n and _quote_mark(table, after) == "close" and table.end[after - 1] == table.idx[after]:
        return first, after
    if opened < head:
        return opened + 1, last
    return first, _trim_end(table, opened - 1)


def _trim_end(table: TokenTable, last: int) -> int:
    """``last`` moved back over punctuation and spaces, and over a preposition or conjunction the cut left
    hanging ("the mayor's speeches - *including* ''the way she talks ...''": "the mayor's speeches")."""
    while last > 0 and (table.is_punct[last] or table.is_space[last] or table.dep[last] in _DANGLING_DEPS):
        last -= 1
    return last


#: Dependencies of a word that cannot end a phrase cut short before a quoted one (:func:`_trim_end`).
_DANGLING_DEPS: Final = frozenset({"prep", "cc", "mark"})


def np_indices(table: TokenTable, head: int) -> list[int]:
    """:func:`np_tokens` as token indices, in order."""
    out: list[int] = []
    stack = [head]
    dep, space, children = table.dep, table.is_space, table.children
    while stack:
        i = stack.pop()
        out.append(i)
        for c in children[i]:
            if (dep[c] not in _NP_CUT or (dep[c] == "relcl" and _noun_infinitive(table, i, c))) and not space[c]:
                stack.append(c)  # a "to" infinitive the small model reads as relative stays: "the decision to go"
    out.sort()
    if len(out) > _MAX_TARGET_TOKENS:  # keep the head and its left modifiers only
        left = table.left_edge(head)
        if table.pos[head] in ("VERB", "AUX"):  # a clause (targets.clause_topic): its first words
            out = [i for i in out if i < out[0] + _MAX_TARGET_TOKENS]
        else:
            out = [i for i in out if left <= i <= head]
    punct = table.is_punct
    while out and (punct[out[0]] or dep[out[0]] == "case" or (dep[out[0]] == "mark" and out[0] != head)):  # "that"
        out = out[1:]
    while out and punct[out[-1]]:
        out = out[:-1]
    return out


def _noun_infinitive(table: TokenTable, noun: int, c: int) -> bool:
    """Whether token ``c`` heads a "to" infinitive that completes the common noun ``noun`` ("the decision *to
    go*"), not one after a name or pronoun it is said of ("urged *Smith to run*") nor an aside ("the rules,
    *to be fair*, are new")."""
    return (table.pos[noun] == "NOUN" and not table.is_punct[table.left_edge(c) - 1]
            and acts.is_to_infinitive(table, c))


def _main_predicates(table: TokenTable, content: Sequence[int], inside: frozenset[int] | None = None) -> list[int]:
    """The main predicates of the content's tokens (:func:`_words_in`: no punctuation among them): those
    governed from outside the content, and their conjuncts. ``inside``: the content's tokens as a set, if made
    (the statement's :attr:`~claimex.pipeline.acts.Statement.inside`)."""
    head, dep, pos, children = table.head, table.dep, table.pos, table.children
    if inside is None:
        inside = frozenset(content)
    out = [i for i in content if head[i] not in inside or head[i] == i]  # the roots first
    seen = set(out)
    for i in out:  # breadth first: each conjunct joins the end of the list when first found, and is read in turn
        for c in children[i]:
            if dep[c] == "conj" and c in inside and pos[c] in _PREDICATE_POS and c not in seen:
                seen.add(c)
                out.append(c)
    return [i for i in out if pos[i] in _PREDICATE_POS or dep[i] == "ROOT"] or out


def _predicate_of(table: TokenTable, token: int, limit: int = 6) -> int:
    """The nearest verb or adjective governing ``token`` (itself if it is one)."""
    head, dep, pos = table.head, table.dep, table.pos
    i = token
    for _ in range(limit):
        if pos[i] in _PREDICATE_POS and dep[i] not in ("aux", "auxpass"):
            return i
        if head[i] == i:
            return i
        i = head[i]
    return i


def _is_pseudo_negation(table: TokenTable, token: int) -> bool:
    """True when token ``token`` is part of a pseudo-negation such as "no doubt" or "not only"."""
    lower = table.lower
    by_neighbour = _PSEUDO_NEGATIONS_BY_NEIGHBOUR.get(lower[token])
    if by_neighbour is None:
        return False
    n = table.n
    for step in (1, -1):  # the sequences with the word after the token, then with the word before it
        j = token + step
        if not 0 <= j < n:
            continue
        for seq, k in by_neighbour.get((step, lower[j]), ()):
            start = token - k
            if start >= 0 and start + len(seq) <= n and lower[start:start + len(seq)] == seq:
                return True
    return False


def negators(tokens: Sequence[Token], predicates: Sequence[Token]) -> list[Token]:
    """Negators attached (directly or through an argument) to one of the ``predicates``."""
    if not tokens:
        return []
    doc = tokens[0].doc
    table = TokenTable.of(doc)
    found = _negators(table, _Words(table, [t.i for t in tokens], lx.NEGATION_WORDS), [p.i for p in predicates])
    return [doc[i] for i in found]


def _negators(table: TokenTable, words: _Words, predicates: Sequence[int]) -> list[int]:
    """:func:`negators` of already described words, as token indices."""
    out: list[int] = []
    if words.terms.isdisjoint(lx.NEGATION_WORDS):
        return out
    head, dep = table.head, table.dep
    preds = set(predicates)
    for k in words.where(lx.NEGATION_WORDS):  # the words whose form or lemma is a negator, in order
        i, low = words.indices[k], words.lows[k]
        if dep[i] == "prep" or low == "without":  # "without warning" does not negate the claim
            continue
        if low == "nor" and dep[i] in ("cc", "preconj"):
            continue
        if _is_pseudo_negation(table, i) or _contrasted_alternative(table, i):
            continue
        anchor = _predicate_of(table, head[i] if dep[i] in {"neg", "det", "advmod", "amod"} else i)
        if anchor in preds or head[i] in preds:
            out.append(i)
    return out


def _lead_negative(table: TokenTable, words: _Words, negs: Sequence[int], preds: Sequence[int]) -> bool:
    """The statement's polarity is its lead clause's: an odd number of negators on its first main
    predicate in text order. Negations of later sentences or clauses do not cancel or flip it ("We
    support people sharing their views, but we don't allow spamming" is positive; "We don't think there
    is room for four networks. I don't think there is room for three" is negative, not a double
    negation)."""
    lead = min(preds)
    if all(table.head[n] == lead for n in negs) or len(preds) == 1:
        negative = len(negs) % 2 == 1
    else:
        negative = len(_negators(table, words, [lead])) % 2 == 1
    if negative:
        turn = _corrected_negation(table, preds, lead)
        if turn is not None and len(_negators(table, words, [turn])) % 2 == 0:
            return False
    return negative


def _corrected_negation(table: TokenTable, preds: Sequence[int], lead: int) -> int | None:
    """Rule ``corrected_negation``: a negated lead clause that the speaker turns from with "but" / "yet" to an
    unnegated clause only sets up the point made after the turn, and the statement is positive: "the
    tax is not the only cause, *but* it is a large one", "he may not fill a hall the way he used to, *but*
    he is still a strong voice for her", "I have never held office. *But* I know how this town works" (the
    corrective or concessive "but" after a negation; Anscombre and Ducrot 1977). Returns the clause after
    the turn: the first main predicate after the lead that is a conjunct of a word of the lead's sentence
    with a "but" / "yet" between them, or a root of the next sentence with a "But" / "Yet" of its own
    before it (a turn later in a long quote answers a later point). Only this direction: a positive lead
    turned to a negation ("the plan sounds fine, *but* it does not add up") keeps the lead's polarity, as
    the blind judges read it (``lexicons.CONCESSIVE_CONJUNCTIONS``)."""
    dep, head, lower, kids = table.dep, table.head, table.lower, table.children
    turns = lx.CONCESSIVE_CONJUNCTIONS
    first, end = table.sentence_bounds(lead)
    for p in sorted(preds):
        if p <= lead:
            continue
        h = head[p]
        if dep[p] == "conj":
            if first <= h < end and any(dep[c] == "cc" and lower[c] in turns and h < c < p for c in kids[h]):
                return p
        elif table.sentence_bounds(p)[0] == end and any(
                dep[c] == "cc" and lower[c] in turns and c < p for c in kids[p]):
            return p
    return None


def _contrasted_alternative(table: TokenTable, neg: int) -> bool:
    """Rule ``contrasted_alternative``: a "not" before a noun phrase set against another one rejects that
    alternative and asserts the other, so it does not negate the claim: "we count heads, *not* ballots",
    "she likes the policy but *not* the man behind it", "a win for the towns and *not* a few donors". The
    "not" qualifies a noun, pronoun or number that comes before it (the parser's reading of "X, not Y") or
    that is a conjunct or apposition of an earlier phrase; a "not" before a subject ("*not one* voter came")
    still negates."""
    if table.lower[neg] != "not":
        return False
    h = table.head[neg]
    return table.pos[h] in _NOMINAL_POS and (h < neg or table.dep[h] in ("conj", "appos"))


class _Words:
    """Token indices with their lower-cased forms and lemmas, read once for all the rules that test them.

    ``terms`` holds the forms and lemmas that are in ``lexicon`` (all of them without one): a rule whose
    word list (a part of the lexicon) is disjoint from it has nothing to look at.
    """

    __slots__ = ("indices", "lemmas", "lows", "terms")

    def __init__(self, table: TokenTable, indices: list[int], lexicon: frozenset[str] | None = None) -> None:
        self.indices = indices
        self.lows = list(map(table.lower.__getitem__, indices))
        self.lemmas = list(map(table.lemma.__getitem__, indices))
        if lexicon is None:
            self.terms = frozenset(self.lows).union(self.lemmas)
        else:  # few words are in it: two look-ups per word and a small set, instead of a set of all
            self.terms = lexicon.intersection(self.lows).union(lexicon.intersection(self.lemmas))

    def where(self, wanted: frozenset[str]) -> list[int]:
        """The positions (in :attr:`indices`) of the words whose form or lemma is in ``wanted``, in order:
        each of the few such terms found by ``list.index`` (a scan in C) instead of testing every word."""
        found: set[int] = set()
        for term in self.terms.intersection(wanted):
            for seq in (self.lows, self.lemmas):
                k = -1
                while True:
                    try:
                        k = seq.index(term, k + 1)
                    except ValueError:
                        break
                    found.add(k)
        return sorted(found)


# --------------------------------------------------------------------------------------------------
# The component.


class ClaimAnalyzer(Stage):
    """Fills act, polarity, hedged, target, target_text and stance of the claims on a Doc. Holds the cue
    lexicon (saved with the pipeline)."""

    def __init__(self, *, name: str = STAGE, cues: Mapping[str, str], deny_negated: bool = True,
                 content_acts: bool = True, act_model: ClaimWeights | None = None,
                 stance_model: ClaimWeights | None = None,
                 target_model: targets.TargetModel | str | None = targets.DEFAULT_WEIGHTS) -> None:
        """
        Args:
            name: the component's name in the pipeline.
            cues: cue lemma -> default speech act (``claimex.reporting_cues.v1``).
            deny_negated: a negated assertion (a negator on the content's main predicate) is a ``deny``.
            content_acts: refine a plain assertion from the content (performatives, obligation modals,
                accusations, predictions, questions).
            act_model: weights whose act model combines every act rule that fires
                (``claimex.claim_weights.v1``); None: the decision list (the first rule that fires decides).
            stance_model: weights whose stance model combines the stance rule's answer with the act and the
                content's evaluation; None: the stance rule alone.
            target_model: weights of the ranker that chooses the target among the claim's candidate noun
                phrases, or the packaged name or ``.json`` path of such weights (default: ``target.v1``, as
                ``claimex.target_weights.v1``); None: the rules' target alone (faster: the ranker is about
                half of the stage's time).
        """
        self._init_stage(name)
        if act_model is not None and act_model.act is None:
            raise ClaimWeightsError(f"the claims weights {act_model.version!r} given as act_model have no act model")
        if stance_model is not None and stance_model.stance is None:
            raise ClaimWeightsError(f"the claims weights {stance_model.version!r} given as stance_model have no "
                                    "stance model")
        self.act_model = act_model.act if act_model is not None else None
        self.stance_model = stance_model.stance if stance_model is not None else None
        self.target_model = (targets.load_target_model(target_model) if isinstance(target_model, str)
                             else target_model)
        self.deny_negated = deny_negated
        self.content_acts = content_acts
        self._set_cues(cues)

    def _set_cues(self, cues: Mapping[str, str]) -> None:
        self.cues = dict(cues)
        #: every word the rules' pre-filters look for (see _Words)
        self._lexicon = (frozenset(self.cues) | lx.NEGATION_WORDS | _HEDGE_TERMS | lx.CONCESSION_WORDS
                         | acts.PREFILTER_TERMS)
        #: the cue words of an act other than asserting (acts.performative's words), read once per lexicon
        self._acting = acts.acting_cues(self.cues)

    def _saved(self) -> dict[str, Any]:
        return {"cues": self.cues}

    def _restore(self, data: dict[str, Any]) -> None:
        self._set_cues(data["cues"])

    def __call__(self, doc: Doc) -> Doc:
        return self._call(doc)

    @collector_paused  # on a method of its own: decorating ``__call__`` fails in a build compiled by mypyc
    def _call(self, doc: Doc) -> Doc:
        if not quotes_ran(doc):
            raise missing_stage(self.name, "claimex_quotes")
        data = raw(doc)
        claims = data.get("claims", [])
        speakers = data.get("speakers") or ()  # read once per document, not per claim
        try:
            for n, claim in enumerate(claims):
                written = written_input(claim)
                if written is not None:  # as the stages write it: read and written in place, no records built
                    write_analysed(claim, *self._analyse(doc, written, speakers))
                    continue
                record = ClaimRecord.from_record(claim)
                self.analyse_record(doc, record, speakers)
                claims[n] = record.to_record()
        except Exception as err:  # one bad document must not end a batch (claimex's default handler)
            self.get_error_handler()(self.name, self, [doc], err)
        return doc

    # ------------------------------------------------------------------ one claim
    def analyse(self, doc: Doc, claim: dict[str, Any]) -> None:
        """:meth:`analyse_record` of a claim dict of ``doc._.claimex``, in place."""
        record = ClaimRecord.from_record(claim)
        self.analyse_record(doc, record)
        claim.update(record.to_record())

    def analyse_record(self, doc: Doc, record: ClaimRecord,
                       speakers: Sequence[Mapping[str, Any]] | None = None) -> None:
        """Set the act, polarity, hedged, target, target_text and stance of the record's claim, and its
        :class:`~claimex.pipeline.state.ClaimAnalysis`. ``speakers``: the document's speaker entities
        (default: read from ``doc._.claimex``), which the target is resolved to.

        The rules read the document's :class:`TokenTable` (shared with the other stages) and work on
        token indices: no spaCy Token is made.
        """
        fields, record.analysis = self._analyse(doc, ClaimInput.of(record), speakers)
        record.claim = replace(record.claim, **fields)

    def _analyse(self, doc: Doc, claim: ClaimInput, speakers: Sequence[Mapping[str, Any]] | None,
                 ) -> tuple[dict[str, Any], ClaimAnalysis]:
        """:meth:`analyse_record`: the claim's fields the stage sets, and its analysis."""
        table = TokenTable.of(doc)
        st, words, negs = self._statement(table, claim)
        if speakers is None:
            speakers = raw(doc).get("speakers") or ()
        index = speaker_index(speakers) if claim.speaker and speakers else None
        speaker = index.speaker(claim.speaker) if index is not None else None
        if index is not None and speaker is not None:  # read once per speaker a document
            observer = index.observers.get(claim.speaker)
            if observer is None:
                observer = index.observers[claim.speaker] = acts.observer_role(speaker)
            st.observer = observer
        content, preds, negative = st.content, st.preds, st.negative
        act, act_rule = self._act(st)
        if acts.instrument_finding(table, claim.mention_root, act, act_rule, claim.type):  # "a poll showed ..."
            act, act_rule = lx.ASSERT, "instrument_finding"
        act_root = st.act_root
        from_cue = act_rule in acts.VERB_RULES and act_root is not None

        hedges = self._hedges(st, words, reported=st.mixed or not st.direct)
        about = {"speaker": claim.speaker, "content": claim.content, "act": act, "direct": st.direct}
        if self.target_model is not None:
            chosen = targets.choose(st, act, from_cue, speakers, about, self.target_model)
            target_root, entity, name = chosen.head, chosen.entity, chosen.name
        else:
            target_root, entity, name = targets.rule_target(st, act, from_cue, speakers, about)
        if target_root is not None:  # rule "title_gender": "Mr. Clinton" is no Hillary Clinton
            target_root = targets.entity_head(table, target_root)
            entity, name = acts.titled_name(table, target_root, entity, name, speakers)
        stance, stance_source, ruled = self._stance(st, act, act_rule, target_root, from_cue)
        side = targets.own_side(table, target_root, entity, name, speaker) if stance == "oppose" else None
        if side is not None:
            # a spokesman on his principal: only an opposition is undone there, a praise kept (acts.own_side_stance)
            rule = ruled if stance_source == "model" else None
            stance, stance_source = acts.own_side_stance(st, act, stance, stance_source, rule, target_root, side)

        # rule "owned_phrase": a bare possessive shows the phrase it determines; its stance and entity are the owner's
        shown = targets.owned_phrase(table, target_root, st.content) if target_root is not None else None
        target_toks = target_tokens(table, shown) if shown is not None else []  # in text order
        first, last = (target_toks[0], target_toks[-1]) if target_toks else (None, None)
        tspan = (table.idx[first], table.end[last]) if first is not None and last is not None else None
        fields = {
            "act": act, "polarity": "negative" if negative else "positive", "hedged": bool(hedges), "target": tspan,
            "target_text": table.span_text(first, last) if first is not None and last is not None else None,
            "stance": stance, "act_rule": act_rule, "target_entity": entity,
            "target_name": _target_name(name),
        }
        return fields, ClaimAnalysis(content=content, act_root=act_root, target_root=target_root,
                                     target_tokens=target_toks, negations=negs, hedges=hedges,
                                     stance_source=stance_source, predicates=list(preds))

    def _statement(self, table: TokenTable, claim: ClaimInput | ClaimRecord,
                   ) -> tuple[acts.Statement, _Words, list[int]]:
        """The claim as the act, target and stance rules read it, its content's words and its negators."""
        if isinstance(claim, ClaimRecord):
            claim = ClaimInput.of(claim)
        content = _words_in(table, claim.content_spans)  # Claim.from_dict gives a bare content its span
        if claim.type != "direct" and content and table.idx[content[0]] == min(s for s, _ in claim.content_spans):
            content = _question_word_apart(table, content)  # a reported question, not a quote that opens with "if"
        words = _Words(table, content, self._lexicon)
        cue = self._cue_index(table, claim)
        inside = frozenset(content)  # made once: the statement's rules read it too (rule "inside_once")
        preds = _main_predicates(table, content, inside) if content else []
        cue_act, act_root, kept = self._cue_act(table, cue)
        negs = _negators(table, words, preds)
        negative = bool(negs) and _lead_negative(table, words, negs, preds)
        st = acts.Statement(table=table, content=content, preds=preds, cue=cue, cue_act=cue_act,
                            act_root=act_root, negative=negative, cues=self.cues,
                            direct=claim.type in {"direct", "mixed"}, mixed=claim.type == "mixed",
                            terms=words.terms, acting=self._acting, spared=kept, _inside=inside)
        return st, words, negs

    def _act(self, st: acts.Statement) -> tuple[str, str]:
        """The act and the name of the rule that gives it: the fitted model's choice among every rule
        that fires (``model``), else the first rule of the decision list. Leaves the act's verb and
        judged agent on the statement."""
        if not st.content:
            return st.cue_act, "cue"
        if self.act_model is not None and self.content_acts:
            firings = acts.fire_rules(st, deny_negated=self.deny_negated)
            act = self.act_model.predict(acts.act_features(st, firings))
            return act, acts.adopt(st, act, firings)
        act, st.act_root, act_rule = acts.decide_act(st, content_acts=self.content_acts,
                                                     deny_negated=self.deny_negated)
        if act == lx.ASSERT and st.negative and self.deny_negated and not self.content_acts:
            act, act_rule = lx.DENY, "negation"
        return act, act_rule

    def _stance(self, st: acts.Statement, act: str, act_rule: str, target: int | None,
                from_cue: bool) -> tuple[str, str, tuple[str, str] | None]:
        """The stance toward the target and its source: the stance rule's; where the act does not fix it
        (accuse, condemn, threaten oppose; support supports; a demand supports or opposes what it asks),
        the fitted stance model's (source ``model`` where it differs from the rule's; a view agreed with,
        :func:`~claimex.pipeline.acts.agreed_view`, is given to it as an assertion). A denial that two things
        are linked (:data:`~claimex.pipeline.acts.STANCELESS_RULES`) says nothing for or against either: neutral.
        Third: the stance rule's own answer (:func:`~claimex.pipeline.acts.decide_stance`, None where it was not
        asked), which :func:`~claimex.pipeline.acts.own_side_stance` reads where the model overturned it."""
        if act_rule in acts.STANCELESS_RULES:
            return "neutral", "act", None
        ruled = acts.decide_stance(st, act, target, from_cue)
        stance, source = ruled
        if self.stance_model is None or source in acts.ACT_FIXED_STANCE:
            return stance, source, ruled
        if acts.rule_stance_kept(st, target, stance, source):  # "the scene is entirely *untrue*": the rule's
            return stance, source, ruled
        if acts.agreed_view(st, target, act, from_cue):  # rule "agreed_view": the view agreed
            act, act_rule = lx.ASSERT, "default"  # with is read as the model reads an assertion's
        chosen = self.stance_model.predict(acts.stance_features(st, act, act_rule, target, stance, source))
        return (stance, source, ruled) if chosen == stance else (chosen, "model", ruled)

    def statement_features(self, doc: Doc, record: ClaimRecord, act: str | None = None) -> dict[str, Any]:
        """What the fitted models read of a claim already analysed (for ``scripts/fit_claim_weights.py``):
        the act features, the decision list's act, and the stance features given ``act`` (default: the
        claim's own act).

        Returns:
            ``{"act_features": [...], "rule_act": str, "stance_features": [...], "rule_stance": str}``.
        """
        st = self._statement(TokenTable.of(doc), record)[0]
        if not st.content:
            return {"act_features": [], "rule_act": st.cue_act, "stance_features": [], "rule_stance": "neutral"}
        firings = acts.fire_rules(st, deny_negated=self.deny_negated)
        act = act or record.claim.act or lx.ASSERT
        act_rule = acts.adopt(st, act, firings)
        if act == record.claim.act and record.claim.act_rule:  # the rule's name as the stage gave it at run
            act_rule = record.claim.act_rule  # time ("default", not adopt's "model", for a plain assertion)
        from_cue = act_rule in acts.VERB_RULES and st.act_root is not None
        analysis = record.analysis  # the target the stage chose (the ranker's), as the stance reads it at run time
        target = analysis.target_root if analysis is not None else acts.choose_target(st, act, from_cue)
        stance, source = acts.decide_stance(st, act, target, from_cue)
        return {"act_features": acts.act_features(st, firings),
                "rule_act": firings[0].act if firings else lx.ASSERT,
                "stance_features": acts.stance_features(st, act, act_rule, target, stance, source),
                "rule_stance": stance}

    def _cue_index(self, table: TokenTable, claim: ClaimInput) -> int | None:
        """The index of the head token of the claim's cue (the quotes stage's ``cue_root`` when it left one)."""
        root = claim.cue_root
        if root is not None and 0 <= root < table.n:
            return root
        cue = claim.cue
        if not cue:
            return None
        toks = table.tokens_in([cue])
        if not toks:
            return None
        lemma, pos, head = table.lemma, table.pos, table.head
        for i in toks:
            if lemma[i] in self.cues and pos[i] in ("VERB", "NOUN"):
                return i
        inside = set(toks)
        return next((i for i in toks if head[i] not in inside or head[i] == i), toks[0])

    def _cue_act(self, table: TokenTable, cue: int | None) -> tuple[str, int | None, str | None]:
        """The cue's act, the verb that carries it and the rule that kept the cue's own act (or None); a
        generic participle or complement takes its governing verb's act, unless that verb only names
        something ("called the claim false, saying ...": no call for anything) or asks for something the
        participle gives the reason for ("urged a vote, saying ...": :func:`acts.reason_given`)."""
        if cue is None:
            return lx.ASSERT, None, None
        head, dep, lemma = table.head, table.dep, table.lemma
        act = self.cues.get(lemma[cue], lx.ASSERT)
        i = cue
        for _ in range(3):  # "condemned the strikes, writing that ..." -> condemn
            if dep[i] not in {"advcl", "xcomp"} or head[i] == i:
                break
            parent = head[i]
            parent_act = self.cues.get(lemma[parent])
            if (act == lx.ASSERT and parent_act and parent_act != lx.ASSERT and table.pos[parent] == "VERB"
                    and not acts.naming_use(table, parent)):
                if acts.reason_given(table, i, parent_act):
                    return act, cue, "reason_given"
                return parent_act, parent, None
            i = parent
        return act, cue, None


    @staticmethod
    def _hedges(st: acts.Statement, words: _Words, reported: bool = False) -> list[int]:
        """The hedge words of the content and of the cue. ``reported``: the content is indirect speech (or
        a mixed quote's lead), where "he" or "they" believing is the speaker's own belief."""
        table, cue, preds = st.table, st.cue, st.preds
        dep, lower, children = table.dep, table.lower, table.children
        out = []
        if not words.terms.isdisjoint(_HEDGE_TERMS):
            inside = frozenset(words.indices)
            for k in words.where(_HEDGE_TERMS):  # the words whose form or lemma is a hedge term, in order
                i, low, lemma = words.indices[k], words.lows[k], words.lemmas[k]
                if ((low in lx.HEDGE_MODALS and _tag(table, i) == "MD" and _hedges_claim(table, i, preds)
                     and not _concessive_modal(table, i, preds) and not _granted(table, i, inside))
                        or (low in lx.HEDGE_ADVERBS and not _compared_likelihood(table, i)
                            and not (low in lx.WEIGHING_ADVERBS and _aside(table, i, preds, inside))
                            and not _granted(table, i, inside))
                        or (lemma in lx.HEDGE_VERBS and any(dep[c] == "xcomp" for c in children[i])
                            and not _aside(table, i, preds, inside))
                        or (lemma in lx.HEDGING_CUES and _believes(table, i, preds, reported)
                            and not _aside(table, i, preds, inside) and not _emphatic(table, i, reported)
                            and not (not reported and _past_belief(table, i)) and not _proposed(table, i))
                        or ((low in _DOUBT_WORDS) and _doubted(table, i, preds, reported))
                        or (lemma in lx.HEDGE_VERBS and i in preds and _seeming(table, i))
                        or (low in lx.HOPE_WORDS and _hoped(table, i, preds, reported))
                        or (lemma in lx.REPUTE_VERBS and i in preds and _reputed(table, i))):
                    out.append(i)
        if preds and (condition := _conditioned(table, preds, st.first_end)) is not None:
            out.append(condition)
        if cue is not None:
            if table.dep[cue] == "xcomp" and _reputed(table, table.head[cue]):
                out.append(table.head[cue])
            hedging_cue = table.lemma[cue] in lx.HEDGING_CUES and (
                not _named_charge(table, cue) or _legal_charge(table, cue, words.indices))
            if (hedging_cue and not _proposed(table, cue)) or _impersonal_report(table, cue):
                out.append(cue)
            kids = children[cue]
            if not _CUE_HEDGE_WORDS.isdisjoint(map(lower.__getitem__, kids)):  # few cues have one
                out.extend(c for c in kids if lower[c] in lx.HEDGE_ADVERBS)
                out.extend(c for c in kids if lower[c] in lx.HEDGE_MODALS and _tag(table, c) == "MD")
        return out

    # ------------------------------------------------------------------ target and stance


# --------------------------------------------------------------------------------------------------
# Token-level rules, over token indices.


def _hedges_claim(table: TokenTable, modal: int, preds: Sequence[int]) -> bool:
    """A hedge modal hedges the claim on one of its main predicates, not inside a clause of a noun or of
    a relative ("the fear that the plan *could* fail should worry the party", "the chance that she *may* be
    charged"), and a negated "could" is inability, not possibility ("she *couldn't* pay her rent")."""
    verb = table.head[modal]
    if verb not in preds:
        return False
    return not (table.lower[modal] in ("could", "ca") and any(table.dep[c] == "neg" for c in table.children[verb]))


def _concessive_modal(table: TokenTable, modal: int, preds: Sequence[int]) -> bool:
    """A "may" or "might" that grants a point before a "but" clause concedes it, and the speaker's claim is
    the "but" clause: "it *may* be cheap, *but* it does not last", "you *might* lose a few donors, *but*
    new voters make up for them". The modal's verb must have a "but" / "yet" conjunct after it with a
    subject of its own (a clause of the content, not "may rise but fall"). A hedge in the "but" clause
    still hedges. ``lexicons.CONCESSIVE_MODALS``, ``CONCESSIVE_CONJUNCTIONS``."""
    return table.lower[modal] in lx.CONCESSIVE_MODALS and _turned(table, table.head[modal], modal, preds)


def _believes(table: TokenTable, i: int, preds: Sequence[int] = (), reported: bool = False) -> bool:
    """The speaker's own belief verb with a clause under it hedges the clause: "*I think* the court has
    been headed in the wrong direction", "*I guess* I will slow down"; negated too, for "I don't think
    there is room" says "I think there is no room" (neg-raising: the negation belongs to the clause).
    In reported speech the speaker is "he", "she" or "they", on the content's main verb: "(she said) *she
    believes* the vote was fair", "(they said) *they think* the plan will fail". Not over an "-ing" object: "he
    *fears returning* home" tells a fear, not a belief (issue 15's hedge46 round)."""
    kids = table.children[i]
    dep = table.dep
    persons = _BELIEVERS_REPORTED if reported and i in preds else _BELIEVERS
    return (table.pos[i] == "VERB" and any(dep[c] == "ccomp" or (dep[c] == "xcomp" and _tag(table, c) != "VBG")
                                           for c in kids)
            and any(dep[c] == "nsubj" and table.lower[c] in persons for c in kids))


def _proposed(table: TokenTable, verb: int) -> bool:
    """A "suggest" that puts forward a course of action proposes or advises, and does not hedge (issue 15's
    hedge47 round): its complement is a gerund ("she suggested *spinning off* the unit"), a "to" infinitive, a
    clause with "should" / "ought to" ("he suggested the city *should wait*"), advice with "would do better /
    well to" ("suggested the minister *would do better to* keep quiet"), a bare subjunctive ("suggested that
    the firm *spin off* a division", "suggested she *marry* him", "suggested the aide *be fired*"; a present
    form after a past "suggested", said of a pronoun or a name: "suggested they *walk* to the site"; not "suggested
    the attacks *highlight* a threat", a view not backshifted), or a noun of a plan as its object
    ("suggested a *compromise*"). A "suggest" that weighs a view ("the data suggest the plan failed", "she
    suggested he could win") still hedges, and so does one said by a poll, a study or evidence ("polls suggest
    she should not run": ``lexicons.SURVEY_NOUNS``, ``EVIDENCE_NOUNS``). ``lexicons.PROPOSING_CUES``,
    ``ADVISING_MODALS``, ``ADVISING_DEGREES``, ``PLAN_NOUNS``."""
    if table.lemma[verb] not in lx.PROPOSING_CUES or table.pos[verb] != "VERB":
        return False
    dep, kids, lower, lemma = table.dep, table.children, table.lower, table.lemma
    if any(dep[c] == "nsubj" and lemma[c] in _EVIDENCE_WORDS for c in kids[verb]):
        return False  # "polls suggest she should not try": evidence weighs, it proposes nothing
    past = _tag(table, verb) in ("VBD", "VBN")
    for c in kids[verb]:
        if dep[c] == "dobj" and table.pos[c] == "NOUN" and lemma[c] in lx.PLAN_NOUNS:
            return True
        if dep[c] not in ("ccomp", "xcomp"):
            continue
        tag, below = _tag(table, c), kids[c]
        auxes = [g for g in below if dep[g] == "aux"]
        subject = any(dep[g] in ("nsubj", "nsubjpass", "expl") for g in below)
        if not subject and ((tag == "VBG" and not auxes) or any(_tag(table, g) == "TO" for g in auxes)):
            return True  # "suggested spinning off the unit", "suggested to wait"
        if any(lower[g] in lx.ADVISING_MODALS for g in auxes):
            return True  # "suggested the city should wait"
        if lemma[c] == "do" and any(dep[g] == "advmod" and lower[g] in lx.ADVISING_DEGREES for g in below) and any(
                dep[g] in ("xcomp", "advcl") and acts.is_to_infinitive(table, g) for g in below):
            return True  # "would do better to keep quiet"
        if subject and not auxes and (
                tag == "VB" or (tag == "VBN" and any(dep[g] == "auxpass" and lower[g] == "be" for g in below))
                or (tag == "VBP" and past and lemma[c] not in ("be", "have", "do") and any(
                    dep[g] == "nsubj" and table.pos[g] in ("PRON", "PROPN") for g in below))):
            return True  # a bare subjunctive: "suggested the firm spin off", "the aide be fired", "they walk"
    return False


def _impersonal_report(table: TokenTable, cue: int) -> bool:
    """A report with no one named making it is hearsay, a hedge (issue 15's hedge47 round): "*it has been
    reported* that the envoy left", "*it is said* that the mill will close", "where, *it is said*, ...". The
    cue is a verb of report or belief (``lexicons.REPUTE_VERBS``) in the passive with "it" for its subject and
    no "by" agent."""
    if table.lemma[cue] not in lx.REPUTE_VERBS or table.pos[cue] != "VERB":
        return False
    dep, kids = table.dep, table.children[cue]
    if "auxpass" not in map(dep.__getitem__, kids) or "agent" in map(dep.__getitem__, kids):
        return False
    return any(dep[c] in ("nsubjpass", "expl") and table.lower[c] == "it" for c in kids)


def _aside(table: TokenTable, i: int, preds: Sequence[int], inside: frozenset[int]) -> bool:
    """A hedge word inside a clause or modifier beside the statement's point does not hedge it (issue 15's
    hedge46 round): a relative clause ("her bill, *which I think* is fair, ..."), a clause or modifier of a noun
    ("records *supposedly* found last week", "*seemingly* mixed signals", "in *perhaps* the worst case"), an
    adverbial clause ("*while* he will *likely* lose, ...", "*when* it *appeared* lost", "*where I thought* it
    went too far"), or what someone was told or said inside the quote ("we told him that *maybe* he should
    wait"). Read from the word up its heads inside the content: a main predicate reached first keeps the hedge.
    A clause that carries the point is not beside it (``_told_point``)."""
    head, dep, lemma = table.head, table.dep, table.lemma
    k = i
    for _ in range(12):
        if k in preds:
            return False
        if dep[k] in _SIDE_DEPS and (dep[k] != "advcl" or _opened(table, k)) and not _told_point(table, k):
            return True
        if dep[k] == "ccomp" and lemma[head[k]] in lx.TELLING_VERBS and _tag(table, head[k]) in ("VBD", "VBN"):
            return True  # what was told ("we told him that maybe ..."), not the speaker's own "I'd say that ..."
        if head[k] == k or head[k] not in inside:
            return False
        k = head[k]
    return False


def _told_point(table: TokenTable, clause: int) -> bool:
    """A side clause that carries a point of the statement after all (``_aside``): a contrast put after the main
    clause with "while" / "whereas" ("the state expects growth, *while* the city *will likely* shrink": both halves
    are asserted), a reason or a comparison ("*because I believe* the plan means ruin", "not as harsh *as* hers
    *likely* would have been"), and a relative clause of what "there is" ("there is a line *that I think* is at
    issue here": the clause says what the statement is about). ``lexicons.CONTRAST_MARKS``, ``POINT_MARKS``."""
    dep, head, kids, lower = table.dep, table.head, table.children, table.lower
    if dep[clause] == "relcl":
        noun = head[clause]
        return dep[noun] == "attr" and any(dep[c] == "expl" for c in kids[head[noun]])
    marks = [lower[c] for c in kids[clause] if dep[c] == "mark"]
    return dep[clause] == "advcl" and (any(m in lx.POINT_MARKS for m in marks) or (
        clause > head[clause] and any(m in lx.CONTRAST_MARKS for m in marks)))


def _opened(table: TokenTable, clause: int) -> bool:
    """An adverbial clause opened by a conjunction or a wh-word ("*while* he may lose", "*where* I thought",
    a relative the parse hangs as adverbial: "*which* I think ..."), or a past participle that describes
    ("records *found* last week"); not a bare "-ing" clause that goes on with the statement ("the speech will
    set out his case, *possibly adding* ...")."""
    return _tag(table, clause) == "VBN" or any(
        table.dep[c] == "mark" or _tag(table, c) in _WH_TAGS for c in table.children[clause])


def _granted(table: TokenTable, i: int, inside: frozenset[int]) -> bool:
    """A "may", "might", "maybe" or "perhaps" that grants a point the speaker turns from does not hedge (issue
    15's hedge46 round): the next sentence of the content opens with "But" / "Yet" ("Some *may* call it unkind.
    *But* it is the only way"), or, for "maybe" / "perhaps", its verb has a "but" clause with its own subject
    ("*maybe* you dislike their views, *but* you can respect them": ``_turned``; the modals' own reading is
    ``_concessive_modal``). ``lexicons.GRANTING_WORDS``."""
    low = table.lower[i]
    if low not in lx.GRANTING_WORDS:
        return False
    if low in ("maybe", "perhaps") and _turned(table, table.head[i], i):
        return True
    nxt, n = table.sentence_bounds(i)[1], len(table.lower)
    while nxt < n and table.is_punct[nxt]:
        nxt += 1
    return nxt in inside and table.lower[nxt] in lx.CONCESSIVE_CONJUNCTIONS


def _emphatic(table: TokenTable, verb: int, reported: bool = False) -> bool:
    """"I think" / "I believe" before an emphatic clause frames a view firmly held, not a doubt (issue 15's
    hedge46 round): "I think a new bridge is *exactly* what this town needs", "I believe she is *absolutely*
    right"; a negated one before "any" / "anything" is an emphatic denial ("I don't think there is *anything*
    fair about this tax"), in the speaker's own words only ("(she said) she does not believe there was any
    fraud" stays a reported belief). The words are read anywhere in the clause under the verb ("is *exactly*
    what ... needs": the word sits in the clause's own clause). ``lexicons.EMPHATIC_WORDS``,
    ``EMPHATIC_NEGATIVE_WORDS``."""
    dep, kids, lower = table.dep, table.children, table.lower
    clauses = [c for c in kids[verb] if dep[c] in ("ccomp", "xcomp")]
    negated = not reported and any(dep[c] == "neg" for c in kids[verb])
    for clause in clauses:
        todo = [clause]
        while todo:
            k = todo.pop()
            if lower[k] in lx.EMPHATIC_WORDS or (negated and lower[k] in lx.EMPHATIC_NEGATIVE_WORDS):
                return True
            todo.extend(kids[k])
    return False


def _past_belief(table: TokenTable, verb: int) -> bool:
    """The speaker's belief in the past tense, in the speaker's own quoted words, tells what they thought then,
    not a doubt of what they say now (issue 15's hedge46 round): "*I thought* the plant would close that
    winter", "*we felt* that we could win them over online". Not in reported speech, where "she said she
    *believed* ..." is a present belief put in the past by the report."""
    return _tag(table, verb) == "VBD"


def _doubted(table: TokenTable, i: int, preds: Sequence[int], reported: bool = False) -> bool:
    """An adjective of doubt said of the statement's main clause hedges it (issue 15's hedge45 round): "the
    board *is unlikely to* act", "it *is unclear* whether the mill reopens", "it *seems* extremely *unlikely*
    that", "I'm *not sure* the count is right". The adjective is a main predicate of the content, or the
    complement of one that links it to its subject (``lexicons.DOUBT_LINKS``: be, seem, appear, remain ...);
    one of certainty (``lexicons.CERTAINTY_ADJECTIVES``) only negated. Said of a person ("unsure", "not
    sure"), the person is the speaker (``_BELIEVERS``; "he", "she", "they" in reported speech): "many voters
    are uncertain" reports a mood, not a doubt. Not before a noun ("an *unlikely* alliance"), not compared
    ("*less* certain"), not a past "was" / "were" in the speaker's own quoted words ("before today *it was
    unlikely* that ...": how things stood, as ``acts.likelihood`` reads it), and not a doubt granted before a
    "but" clause with a subject of its own ("I'm not sure it hurt me, *but* it cost me time":
    ``_turned``)."""
    dep, kids, head, lower = table.dep, table.children, table.head, table.lower
    if table.pos[i] != "ADJ" or dep[i] == "amod":
        return False
    if any(lower[c] in lx.LIKELIHOOD_COMPARATIVES for c in kids[i]):
        return False
    link = i if i in preds else head[i]
    if link != i and not (dep[i] in ("acomp", "xcomp", "oprd") and link in preds
                          and table.lemma[link] in lx.DOUBT_LINKS):
        return False
    if lower[link] in lx.PAST_BE and not reported:
        return False
    subjects = [c for c in (*kids[i], *kids[link]) if dep[c] in ("nsubj", "nsubjpass")]
    if any(table.pos[c] in ("NOUN", "PROPN") or (table.pos[c] == "PRON" and lower[c] not in _DOUBTERS)
           for c in subjects) and not any(dep[c] in ("xcomp", "ccomp") for c in kids[i]):
        return False  # a person's or a group's mood with nothing doubted: "many people are uncertain"
    if lower[i] in lx.CERTAINTY_ADJECTIVES and not any(dep[c] == "neg" for c in (*kids[i], *kids[link])):
        return False
    return not _turned(table, link, i)


def _turned(table: TokenTable, verb: int, after: int, preds: Sequence[int] | None = None) -> bool:
    """The verb has a "but" / "yet" after ``after`` and a conjunct after that with a subject of its own (one of
    ``preds``, the content's main predicates, where they are given): the point before it is granted, the
    speaker's claim is the "but" clause (``_concessive_modal``, ``_doubted``, ``_seeming``, ``_granted``)."""
    dep, kids = table.dep, table.children
    turns = [c for c in kids[verb] if dep[c] == "cc" and table.lower[c] in lx.CONCESSIVE_CONJUNCTIONS and c > after]
    return bool(turns) and any(
        dep[c] == "conj" and c > turns[0] and (preds is None or c in preds)
        and any(dep[s] in ("nsubj", "nsubjpass", "expl") for s in kids[c]) for c in kids[verb])


def _seeming(table: TokenTable, verb: int) -> bool:
    """"seem" / "appear" as a main predicate with an adjective or a "that" clause hedges as with an
    infinitive (issue 15's hedge45 round): "the leaders *appear determined* to block him", "it *seems*
    totally *nuts*", "it *appears that* the note was about the tweet"; not a look granted before a "but" clause
    ("it seems crazy, *but* it works": ``_turned``), nor negated ("she *did not appear* concerned" tells how she
    came across). ``lexicons.HEDGE_VERBS``."""
    dep = table.dep
    if any(dep[c] == "neg" for c in table.children[verb]):
        return False
    return not _turned(table, verb, verb) and any(
        dep[c] in ("acomp", "oprd")
        or (dep[c] == "ccomp" and any(table.lower[g] == "that" and dep[g] == "mark" for g in table.children[c]))
        for c in table.children[verb])


def _hoped(table: TokenTable, i: int, preds: Sequence[int], reported: bool = False) -> bool:
    """The speaker's hope for what is to come hedges the statement (issue 15's hedge45 round): "*I hope to*",
    "*I hope not*", "(she said) she *hoped to* win the seat back", "*we are hopeful* the bill can pass", "the
    tour *will hopefully* draw donors". The speaker's own "hope" (``_BELIEVERS``; "he", "she", "they" in
    reported speech) as a main predicate, with an infinitive, "so" / "not" or nothing after it; not with a
    clause of its own ("*I hope the council will* approve it", "he hopes *this forces* them to act": a wish
    put to others, an appeal), nor under a wh-word ("what we can *hope* to achieve"), nor after a main predicate
    of the content, an aside to the point made before it ("I'm not ready yet. *And I hope to*", "with this suit
    we *hope to* end it" after the charge; issue 15's hedge46 round);
    "hopeful" as a main predicate or its complement, said of the speaker; "hopefully" on a main predicate."""
    dep, kids, low = table.dep, table.children, table.lower[i]
    persons = _BELIEVERS_REPORTED if reported else _BELIEVERS
    if low == "hopefully":
        return dep[i] == "advmod" and table.head[i] in preds
    if low == "hopeful":
        if table.pos[i] != "ADJ" or dep[i] == "amod":
            return False
        link = i if i in preds else table.head[i]
        if link not in preds:
            return False
        return any(dep[c] == "nsubj" and table.lower[c] in persons for c in kids[link])
    if table.pos[i] != "VERB" or i not in preds or any(p < i for p in preds):
        return False  # not a hope after the statement's point: "I'm not ready. *And I hope to*" (hedge46 round)
    if not any(dep[c] == "nsubj" and table.lower[c] in persons for c in kids[i]):
        return False
    if any(_tag(table, c) in _WH_TAGS or any(_tag(table, g) in _WH_TAGS for g in kids[c])
           for c in kids[i] if dep[c] in ("xcomp", "dobj")):
        return False  # "what we can *hope* to do"
    verbs = [i, *(c for c in kids[i] if dep[c] == "conj")]  # "we hope and expect that ...": the clause is shared
    # not a hope with a clause of its own: "I hope *the council will* ...", "he hopes *this forces* ..."
    return not any(dep[c] in _CLAUSE_DEPS for v in verbs for c in kids[v])


def _reputed(table: TokenTable, verb: int) -> bool:
    """A passive verb of belief or report with an infinitive passes on what others hold, a hedge (issue 15's
    hedge45 round): "the envoy *is believed to* have left", "he *is reported to* have called them
    freeloaders" (the cue "called" under it), "she *is said to* be furious". ``lexicons.REPUTE_VERBS``."""
    if table.lemma[verb] not in lx.REPUTE_VERBS or table.pos[verb] != "VERB":
        return False
    kids, dep = table.children[verb], table.dep
    return any(dep[c] == "auxpass" for c in kids) and any(dep[c] == "xcomp" for c in kids)


def _named_charge(table: TokenTable, cue: int) -> bool:
    """A charge or a claim reported with the one who makes it is that speaker's own assertion, not a hedge:
    "the senator *accused* the governor of hiding the audit", "the militia *claimed* the convoy carried
    arms", "a clerk who *claimed* to be ill", "the council's *claim* that ..."; a passive with its "by"
    agent too. Where no one is named making it, it is an allegation and still hedges: a passive with no
    agent ("a contractor *accused of* spying", "he *is accused of* fraud"), a headline's Title Case participle
    ("Mayor *Accused* Of Fraud"), a bare noun ("the *claim* that the mill will close"). Only for the cues
    of ``lexicons.CHARGE_CUES`` ("accuse", "claim")."""
    if table.lemma[cue] not in lx.CHARGE_CUES:
        return False
    if table.doc[cue].is_title and not table.doc[cue].is_sent_start:
        return False  # a Title Case headline's participle: "Mayor *Accused* Of Fraud" names no accuser
    dep, kids = table.dep, table.children[cue]
    if any(dep[c] == "agent" for c in kids):
        return True
    if table.pos[cue] == "NOUN":
        return any(dep[c] == "poss" for c in kids)
    passive = (any(dep[c] in ("auxpass", "nsubjpass") for c in kids)
               or (dep[cue] in ("acl", "amod") and _tag(table, cue) == "VBN"))
    return not passive


def _legal_charge(table: TokenTable, cue: int, content: Sequence[int]) -> bool:
    """A charge or claim made at law stays hedged though its maker is named: an allegation not yet ruled on
    ("the nurse *sued*, *claiming* the order broke her rights", "plans to *sue* the board, *claiming* ...",
    "the *suit* reads ... she also *claims* ..." in one sentence). The sentence of the cue names a legal
    action (``lexicons.LEGAL_ACTION_LEMMAS``; "suit" / "complaint" as a filed action, not "follow suit"), or
    the content charges a crime at law: a noun of ``lexicons.CRIME_NOUNS`` as the charge's "of" ("accused him
    *of battery*"; not "accused him of hiding facts about the *murder*") or
    "law" broken ("accused them *of violating* election *laws*"). Only for a ``CHARGE_CUES`` cue whose maker
    is named (``_named_charge``)."""
    lemma, head = table.lemma, table.head
    for i in content:
        if (lemma[i] in lx.CRIME_NOUNS and table.pos[i] == "NOUN" and table.lower[head[i]] == "of"
                and cue in (head[head[i]], head[head[head[i]]])):  # the charge itself, not "the murder" it is about
            return True
        if lemma[i] in lx.LAW_NOUNS and lemma[head[i]] in ("violate", "break"):
            return True
    for i in range(*table.sentence_bounds(cue)):
        if lemma[i] in lx.LEGAL_ACTION_LEMMAS and table.pos[i] != "PROPN":  # not the name "Sue"
            return True
        if lemma[i] in lx.LEGAL_ACTION_NOUNS and table.pos[i] == "NOUN" and (
                table.dep[i] in ("nsubj", "nsubjpass") or lemma[head[i]] == "file"):
            return True
    return False


def _conditioned(table: TokenTable, preds: Sequence[int], last: int) -> int | None:
    """A statement whose main predicate holds only under a real condition is hedged (issue 15's hedge44 round):
    "if elected, she *would* push the bill through", "the levy *will* pass unless the unions campaign against
    it", "if the vote were held today, the mayor *would* lose". A main predicate of the content's first
    sentence with an "if" / "unless" clause read as the acts read a condition (:func:`acts.real_condition`:
    not "even if", "as if", a generic "if you ...", a past "if" that sets none); the clause may lie outside
    the content, where the quote's split left it. The predicate must be hypothetical, with a modal or the
    "to" of an infinitive (``_IRREALIS_TAGS``): a present under "if" states a rule or what follows ("if we
    see a fault, we *tell* the county", "if she stays ahead, that *means* ..."), which the speaker does not
    put in doubt. Returns the "if" / "unless" word, the hedge. ``last``: the last token of the content's first
    sentence (:attr:`~claimex.pipeline.acts.Statement.first_end`)."""
    dep, children = table.dep, table.children
    for pred in preds:
        if pred > last:
            continue
        for c in children[pred]:  # a loop, no generator (issue 15's speed51 round)
            if dep[c] == "aux" and _tag(table, c) in _IRREALIS_TAGS:
                break
        else:
            continue
        condition = acts.real_condition(table, pred)
        if condition is not None:
            return condition
        if (condition := _inverted_should(table, pred)) is not None:
            return condition
    return None


def _inverted_should(table: TokenTable, pred: int) -> int | None:
    """A condition put as a "should" before its subject, in the predicate's sentence (issue 15's hedge45
    round): "the charity *would* stop taking gifts *should the senator win*", "she promised *to* sign it
    *should the assembly pass* it", "*Should the levy fail*, the school *would* close". The parse hangs such a
    clause anywhere (a complement of the reporting verb, a root of its own), so it is read by order: a
    "should" whose verb's subject comes after it, in a sentence that is not a question ("*Should we* believe
    them?"), either opening the sentence or after the predicate with no verb between them that is not the
    predicate's own ("telling them they *would* be better off, and threatening them with a loss *should*
    they vote ...": the condition is the second verb's). Returns the "should"."""
    start, end = table.sentence_bounds(pred)
    lower, dep, head, pos = table.lower, table.dep, table.head, table.pos
    if lower[end - 1] == "?" or (end >= 2 and lower[end - 2] == "?") or any(
            dep[c] == "mark" and lower[c] in ("whether", "if") for c in table.children[pred]):
        return None  # a question, put directly or retold ("asked *whether* she *would* ... should she win")
    for i in range(start, end):
        if lower[i] != "should" or dep[i] != "aux" or _tag(table, i) != "MD":
            continue
        verb = head[i]
        if verb == pred or not any(dep[c] in ("nsubj", "nsubjpass", "expl") and i < c < verb
                                   for c in table.children[verb]):
            continue
        if i < pred:
            opening = all(pos[k] == "PUNCT" for k in range(start, i))
            if opening:
                return i
        elif all(pos[k] not in ("VERB", "AUX") or _governed_by(table, k, pred) for k in range(pred + 1, i)):
            return i
    return None


def _governed_by(table: TokenTable, token: int, top: int, limit: int = 8) -> bool:
    """Whether ``top`` is ``token`` or one of its heads within ``limit`` steps, not through a conjunct (a
    clause of its own: "would be better off, and *threatening* ...")."""
    head, dep, i = table.head, table.dep, token
    for _ in range(limit):
        if i == top:
            return True
        if head[i] == i or dep[i] == "conj":
            return False
        i = head[i]
    return i == top


def _compared_likelihood(table: TokenTable, i: int) -> bool:
    """"likely" that measures or names rather than hedges: compared ("voters are *less likely* to back
    him", a poll's finding) or before a noun ("the *likely* nominee")."""
    if table.lower[i] != "likely":
        return False
    return table.dep[i] == "amod" or any(table.lower[c] in lx.LIKELIHOOD_COMPARATIVES for c in table.children[i])


def _tag(table: TokenTable, i: int) -> str:
    """The fine-grained tag of token ``i`` ("MD", "VBP"). Only a few tokens that passed a word test
    need it, so it is read from the Doc rather than decoded for every token of the table."""
    return table.doc[i].tag_


def _subject(table: TokenTable, pred: int) -> int | None:
    """The first subject among ``pred``'s children."""
    dep = table.dep
    for child in table.children[pred]:
        if dep[child] in syntax.PREDICATE_SUBJECT_DEPS:
            return child
    return None


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
    table = TokenTable.of(doc)
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
            subj = _subject(table, verb.i)
            if subj is not None and table.pos[subj] != "PRON":
                agents |= actor_keys([" ".join(table.word(i) for i in np_indices(table, subj))])
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
    for record in read_claims(doc):
        claim, analysis = record.claim, record.analysis
        sid = claim.speaker
        if not sid:
            continue
        votes.setdefault(sid, [])
        if analysis is None or analysis.target_root is None:
            continue
        target = doc[analysis.target_root]
        target_text = claim.target_text or target.text
        if canonical(target.lemma_) in keys:
            votes[sid].append(claim.stance or "neutral")
            if analysis.self_report:
                agents = agents | speaker_keys(speakers.get(sid))
        elif agents & actor_keys([target_text]):
            votes[sid].append(claim.stance or "neutral")
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
        "act_model": None,
        "stance_model": {"@misc": "claimex.claim_weights.v1"},
        "target_model": {"@misc": "claimex.target_weights.v1"},
    },
    requires=["doc._.claimex", "token.dep", "token.lemma"],
    assigns=["doc._.claimex"],
)
def make_claims(nlp: Language, name: str, cues: Mapping[str, str], deny_negated: bool,
                content_acts: bool, act_model: ClaimWeights | None,
                stance_model: ClaimWeights | None, target_model: targets.TargetModel | None) -> ClaimAnalyzer:
    """Build the ``claimex_claims`` component (see :class:`ClaimAnalyzer`)."""
    return ClaimAnalyzer(name=name, cues=cues, deny_negated=deny_negated, content_acts=content_acts,
                         act_model=act_model, stance_model=stance_model, target_model=target_model)


def _target_name(name: str | None) -> str | None:
    """``possessive_target_name``: a target's name without the possessive ending its entity was tagged
    with: "she attacked Ann Park's plan" is about "Ann Park", not "Ann Park's" (the tagger's entity ran
    over the "'s", and the name was read off it)."""
    return strip_possessive(name) if name else name
