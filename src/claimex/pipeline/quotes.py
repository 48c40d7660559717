"""``claimex_quotes``: direct, indirect and mixed quotes, each with its cue and local speaker mention.

Cue first, then its arguments (as BBC R&D's citron): a reporting cue outside quote marks governs a
content (its clausal complement, an infinitival or prepositional complement, or an adjacent quoted
span) and a source (its subject, the agent of a passive, the object of "according to"). Quoted spans
that no cue governs become "floating" quotes when they make up whole sentences (Gender Gap Tracker);
the speakers stage gives them the speaker of the neighbouring quote. Short quoted fragments that no
cue governs are scare quotes, names or titles, and not claims.

Results go to ``doc._.claimex["claims"]`` as :class:`~claimex.pipeline.state.ClaimRecord` (the public
claim and the :class:`~claimex.pipeline.state.QuoteFound` the next stages read) and to
``doc.spans["claimex_quotes"]``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.training import Example

from .. import (
    lexicons,
    scoring,  # noqa: F401  (registers claimex.quote_scorer.v1 for the default config)
)
from ..extensions import QUOTES_SPAN_KEY, record_error
from ..model import Claim
from .collector import collector_paused
from .marks import MarkedQuote, find_quotes
from .spans import SpanSet
from .state import ClaimRecord, QuoteFound, write_claims
from .tokens import TokenTable

#: Rule name -> confidence reported with a claim made by that rule. The values are each rule's
#: precision (content + source) measured on the PolNeAR train articles (docs/evaluation.md).
RULE_CONFIDENCE: Mapping[str, float] = {
    "complement": 0.8,
    "infinitive": 0.7,
    "preposition": 0.6,
    "quoted_object": 0.8,
    "object": 0.6,
    "naming": 0.6,
    "parenthetical": 0.7,
    "adjacent_quote": 0.85,
    "according_to": 0.75,
    "nominal": 0.55,
    "floating": 0.6,
    "governed": 0.5,
}

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Children of a speaker's head noun that belong to the mention ("spokesman for the ministry").
_MENTION_KEEP = frozenset({"det", "amod", "compound", "nmod", "poss", "case", "nummod", "prep", "pobj",
                           "flat", "quantmod", "advmod", "cc", "conj", "npadvmod", "appos", "punct"})
#: Longest apposition kept inside a mention ("Rasool, a military spokesman,").
_MAX_APPOSITION_TOKENS = 8
#: How far (tokens) a cue clause may stand from the quote it introduces or follows.
_ADJACENT_WINDOW = 12
#: Longest cue clause (characters) between the two halves of an interrupted quote.
_MAX_INTERRUPTION_CHARS = 250
#: How far (tokens) a cue may stand after a one-word quote that opens a sentence ('"Safety," said Grimm').
_SHORT_QUOTE_CUE_WINDOW = 3
#: A quote signed on the line after it: '"..."\n\n- Bernie Sanders.' / '—President Obama, tweeting ...'.
RE_SIGNATURE = re.compile(r"[ \t]*\n\s*([-—–])[ \t]*([A-Z][\w.'’ -]{1,60}?)(?=[,.(]|\s*\n|\s*$)")
#: A letter or a digit: a character ``str.isalnum`` accepts (``\w`` without the underscore).
_WORD_CHAR = re.compile(r"[^\W_]")
_SENTENCE_END = frozenset({".", "!", "?", "…"})
#: Cues read in one sentence at most. A clause's content costs time in its length, so a "sentence" of
#: thousands of cues ("P0 said P1 said ..." with no full stop: a list or a spam page, not prose) would
#: cost time in the square of its length; prose has a handful.
MAX_CUES_PER_SENTENCE = 50
#: Punctuation dropped from the end of an unquoted content.
_TRAILING_PUNCT = frozenset({",", ";", ":", ".", "!", "?", "-", "—", "–"})


@dataclass(slots=True)
class _Claim:
    """A claim under construction: token-level, turned into a contract dict at the end."""

    rule: str
    content: list[tuple[int, int]]  # character spans (fragments)
    cue: tuple[int, int] | None = None
    cue_root: int | None = None
    mention: tuple[int, int] | None = None
    mention_root: int | None = None
    ref: tuple[int, int] | None = None  # what a relative-pronoun mention ("who") stands for
    ref_root: int | None = None
    floating: bool = False  # a quote with no cue
    inherit: bool = False  # takes the speaker of the neighbouring claim (floating, or a cue with no subject)
    lead: bool = False  # a quote that opens a sentence which goes on unquoted: only a continuation
    direct: bool = False  # the content is exactly quoted text
    quotes: list[int] = field(default_factory=list)  # indices of the marked quotes it uses


class QuoteFinder:
    """Finds quotes in a parsed Doc. Holds the cue lexicon; stateless across documents."""

    def __init__(
        self,
        *,
        cues: Mapping[str, str],
        single_quotes: bool = True,
        min_floating_words: int = lexicons.MIN_FLOATING_QUOTE_WORDS,
        indirect: bool = True,
        scorer: Callable[..., dict[str, Any]] | None = None,
    ) -> None:
        self.cues = dict(cues)
        self._cue_words = frozenset({*self.cues, *lexicons.NOMINAL_CUES, "accord", "put"})
        self.scorer = scorer
        self.single_quotes = single_quotes
        self.min_floating_words = min_floating_words
        self.indirect = indirect

    # ------------------------------------------------------------------ pipeline protocol
    @collector_paused
    def __call__(self, doc: Doc) -> Doc:
        try:
            text = TokenTable.of(doc).text  # shared with the other stages
            claims = self.find(doc, text)
        except Exception as err:  # one bad document must not end a batch
            record_error(doc, "claimex_quotes", err)
            claims = []
        self.set_annotations(doc, claims, text)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """P/R/F of ``doc.spans["claimex_quotes"]`` for ``nlp.evaluate`` (``claimex.quote_scorer.v1``)."""
        if self.scorer is None:
            return {}
        return self.scorer(examples, **kwargs)

    # ------------------------------------------------------------------ finding
    def find(self, doc: Doc, text: str | None = None) -> list[_Claim]:
        text = doc.text if text is None else text
        if not doc.has_annotation("DEP"):
            raise ValueError("claimex_quotes needs a dependency parse: add it after a parser")
        marked = find_quotes(text, single=self.single_quotes)
        ctx = _Context(doc, marked, self.cues, text)
        claims: list[_Claim] = []
        candidates = self._cue_candidates(doc)  # only tokens whose lemma can be a cue
        sentence = _sentence_ids(doc) if len(candidates) > MAX_CUES_PER_SENTENCE else None
        per_sentence: dict[int, int] = {}
        space = ctx.table.is_space
        for i in candidates:
            if ctx.quote_of[i] >= 0 or space[i]:
                continue
            if sentence is not None:
                seen = per_sentence[sentence[i]] = per_sentence.get(sentence[i], 0) + 1
                if seen > MAX_CUES_PER_SENTENCE:
                    continue
            claims.extend(self._from_cue(ctx, i))
        claims = _dedupe(claims)
        claims.extend(self._from_marks(ctx, claims))
        return _attach_followers(ctx, _join_interrupted(ctx, _dedupe(claims)))

    def _cue_candidates(self, doc: Doc) -> list[int]:
        """Indices of the tokens whose lower-cased lemma is a verb, noun or "according" cue."""
        lemmas = TokenTable.of(doc).lemma
        # compress and map run the loop in C: this looks at every token of the document
        return list(itertools.compress(range(len(lemmas)), map(self._cue_words.__contains__, lemmas)))

    def _from_cue(self, ctx: _Context, cue: int) -> list[_Claim]:
        tt = ctx.table
        lemma, pos, dep, lower, kids = tt.lemma[cue], tt.pos[cue], tt.dep, tt.lower, tt.children[cue]
        if lemma == "accord" and lower[cue] == "according":
            return _according_to(ctx, cue)
        if pos in ("NOUN",) and lemma in lexicons.NOMINAL_CUES:
            return _nominal(ctx, cue) if self.indirect else []
        if lemma == "put" and pos == "VERB" and _as_clause(ctx, cue) and any(
                dep[c] == "dobj" and lower[c] == "it" for c in kids):
            return _verb_cue(ctx, cue, indirect=self.indirect)  # "as X put it, ..."
        if pos not in ("VERB", "AUX") or lemma not in self.cues:
            return []
        particle = lexicons.PHRASAL_CUES.get(lemma)
        if particle and not any(dep[c] == "prt" and lower[c] == particle for c in kids):
            return []
        return _verb_cue(ctx, cue, indirect=self.indirect)

    def _from_marks(self, ctx: _Context, claims: list[_Claim]) -> list[_Claim]:
        """Quoted spans no cue claimed: adjacent to a cue clause, or floating whole sentences."""
        used = {qi for c in claims for qi in c.quotes}
        covered = SpanSet(span for c in claims for span in c.content)
        out: list[_Claim] = []
        skip: set[int] = set()
        owner = {qi: c for c in claims for qi in c.quotes}
        for qi, quote in enumerate(ctx.marked):
            if qi in used or qi in skip or covered.overlaps(quote.inner):
                continue
            before = owner.get(qi - 1)
            if before is not None and before.direct and before.cue is not None and \
                    _continues_after_cue(ctx, before, quote):  # '"A," said X, a long apposition, "B"'
                before.content.extend(quote.fragments)
                before.quotes.append(qi)
                continue
            claim = _adjacent_cue(ctx, qi)
            if claim is None:
                claim = _floating(ctx, qi, self.min_floating_words)
            if claim is None and self.indirect:
                claim = _governed(ctx, qi)
                if claim is not None:
                    skip.update(claim.quotes)
                    covered.extend(claim.content)
            if claim is None:
                continue
            # an interrupted quote: "A," he said, "B" -- one claim, two fragments
            nxt = qi + 1
            if (claim.cue is not None and nxt < len(ctx.marked) and nxt not in used
                    and _continues_after_cue(ctx, claim, ctx.marked[nxt])):
                claim.content.extend(ctx.marked[nxt].fragments)
                claim.quotes.append(nxt)
                skip.add(nxt)
            out.append(claim)
        return out

    # ------------------------------------------------------------------ output
    def set_annotations(self, doc: Doc, claims: list[_Claim], text: str | None = None) -> None:
        text = doc.text if text is None else text
        records: list[ClaimRecord] = []
        spans: list[Span] = []
        table = TokenTable.of(doc)
        claims = sorted(claims, key=lambda c: (c.content[0][0], c.content[0][1]))
        for n, c in enumerate(claims, start=1):
            start, end = c.content[0][0], max(e for _, e in c.content)
            claim = Claim(
                id=f"c{n}",
                type=_quote_type(c),
                content=(start, end),
                content_text=text[start:end],
                content_spans=tuple(c.content),
                cue=c.cue,
                cue_text=text[c.cue[0]:c.cue[1]] if c.cue else None,
                speaker_mention=c.mention,
                speaker_mention_text=text[c.mention[0]:c.mention[1]] if c.mention else None,
                confidence=RULE_CONFIDENCE.get(c.rule, 0.5),
            )
            found = QuoteFound(rule=c.rule, cue_root=c.cue_root, mention_root=c.mention_root, ref=c.ref,
                               ref_root=c.ref_root, floating=c.floating or c.inherit)
            records.append(ClaimRecord(claim, found))
            tokens = table.expand(start, end)  # doc.char_span(..., alignment_mode="expand") without its Tokens
            if tokens is not None:
                spans.append(Span(doc, *tokens, label=_quote_type(c)))
        write_claims(doc, records)
        doc.spans[QUOTES_SPAN_KEY] = spans


# ---------------------------------------------------------------------------------------------------
# Context: the parse plus the quote marks, with per-token lookups computed once.


class _Context:
    """One document for the rules: its token table (the rules take and return token indices and read
    the table's columns), the quote marks, and the token each mark or quoted word lies in."""

    def __init__(self, doc: Doc, marked: list[MarkedQuote], cues: Mapping[str, str],
                 text: str | None = None) -> None:
        self.doc = doc
        table = TokenTable.of(doc)  # the document's token attributes, shared with the other stages
        self.text = table.text if text is None else text
        # the Token objects made so far, for what the table does not hold (see token()): doc[i] makes
        # a new one each time. Only the tokens the rules ask about are made and kept (keeping a Token
        # per token would wake Python's cyclic garbage collector on long documents)
        self._made: list[Token | None] = [None] * len(doc)
        self.marked = marked
        self.cues = cues
        # per token, from arrays rather than a Token object per token: its first character, the one
        # after its last, whether it is white space, and its head
        self._starts = table.idx
        self._stops = table.end
        self._space = table.is_space
        self.table = table
        # token index -> index of the marked quote it lies in (marks included), or -1
        self.quote_of = _token_quotes(self._starts, self._stops, marked)
        self._ends = [q.end for q in marked]
        self._sentence_starts: list[int] = []  # the sentences looked up so far (see sentence())
        self._sentence_ends: list[int] = []

    def char_span(self, ids: Sequence[int]) -> tuple[int, int] | None:
        """The characters from the first to the last of the tokens ``ids`` (in document order) that is
        not white space: only the white space at the two ends is looked at."""
        space = self._space
        first, last = 0, len(ids) - 1
        while first <= last and space[ids[first]]:
            first += 1
        while last > first and space[ids[last]]:
            last -= 1
        if first > last:
            return None
        return (self._starts[ids[first]], self._stops[ids[last]])

    def token(self, i: int) -> Token:
        """``doc[i]``, made once per document (for what the token table does not hold: the fine tag,
        the subtree's edges, the sentence)."""
        token = self._made[i]
        if token is None:
            token = self._made[i] = self.doc[i]
        return token

    def tag(self, i: int) -> str:
        """``Token.tag_`` of token ``i``."""
        return self.token(i).tag_

    def sentence(self, i: int) -> tuple[int, int]:
        """The first token and the end of ``doc[i].sent``.

        ``Token.sent`` makes a Token and two Spans and checks the sentence annotation of every token
        of the document: the sentences found are kept, and a token in one of them is looked up by
        bisection (the quote rules ask about the first and last tokens of a quote, mostly in one
        sentence). Unless a user hook decides what a sentence is.
        """
        doc = self.doc
        if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
            sent = self.token(i).sent
            return sent.start, sent.end
        starts, ends = self._sentence_starts, self._sentence_ends  # disjoint, in order
        at = bisect.bisect_right(starts, i)
        if at and i < ends[at - 1]:
            return starts[at - 1], ends[at - 1]
        sent = self.token(i).sent
        starts.insert(at, sent.start)
        ends.insert(at, sent.end)
        return sent.start, sent.end

    def left_edge(self, i: int) -> int:
        """The first token of ``i``'s subtree."""
        return self.token(i).left_edge.i

    def right_edge(self, i: int) -> int:
        """The last token of ``i``'s subtree."""
        return self.token(i).right_edge.i

    def tokens_between(self, start: int, end: int) -> range:
        """The tokens of ``doc.char_span(start, end, alignment_mode="expand")`` (none where it is None)."""
        found = self.table.expand(start, end)
        return range(*found) if found is not None else range(0)

    def subtree_ids(self, root: int) -> list[int]:
        """The indices of ``root``'s subtree in document order, in time linear in its size.

        spaCy's ``Token.subtree`` is a recursive generator that costs the depth of the tree per token:
        on a chain of clauses ("A said B said C said ...") every subtree costs the square of its size.
        Here, when every token between the subtree's edges hangs on a token between them (the parse
        is projective there, as it nearly always is), the subtree is that stretch of tokens. Otherwise
        it is walked down from ``root`` and sorted: a cost in the subtree's size, where numbering the
        whole document's tokens in pre-order (as this did before) cost the document's length for the
        first such subtree.
        """
        if not self.table.children[root]:
            return [root]  # a leaf: no edges to look up
        token = self.token(root)
        left, right = token.left_edge.i, token.right_edge.i
        if _is_stretch(self.table.head, left, right, root):
            return list(range(left, right + 1))
        return sorted(self.table.subtree(root))

    def quotes_in(self, start: int, end: int) -> list[int]:
        """Indices of the marked quotes that overlap ``start:end`` (they are sorted and disjoint)."""
        out = []
        for i in range(bisect.bisect_right(self._ends, start), len(self.marked)):
            if self.marked[i].start >= end:
                break
            out.append(i)
        return out

    def is_cue(self, token: int) -> bool:
        return self.table.pos[token] in ("VERB", "AUX") and self.table.lemma[token] in self.cues


def _is_stretch(heads: list[int], left: int, right: int, root: int) -> bool:
    """Whether every token of ``left..right`` but ``root`` hangs on another token of ``left..right``:
    then, ``left`` and ``right`` being the edges of ``root``'s subtree, it is that whole stretch."""
    for j in range(left, right + 1):
        h = heads[j]
        if (h < left or h > right or h == j) and j != root:
            return False
    return True


def _sentence_ids(doc: Doc) -> list[int]:
    """The sentence number of every token, from the sentence-start array (the Doc is parsed)."""
    return numpy.cumsum(doc.to_array(SENT_START) == 1).tolist()


def _token_quotes(starts: list[int], stops: list[int], marked: list[MarkedQuote]) -> list[int]:
    """For every token, the index of the marked quote it lies in, or -1.

    ``starts`` and ``stops`` are the tokens' first and after-last characters. A token lies in a quote
    when it starts between the quote's marks and is one of the marks or starts within a character of
    one of its fragments. The quotes and their fragments are sorted and
    disjoint, so each such stretch of tokens is found by bisection, not by a look at every token.
    """
    quote_of = [-1] * len(starts)
    for qi, quote in enumerate(marked):
        first, last = bisect.bisect_left(starts, quote.start), bisect.bisect_left(starts, quote.end)
        for s, e in quote.fragments:
            a = bisect.bisect_left(starts, max(s - 1, quote.start), first, last)
            b = bisect.bisect_left(starts, min(e + 1, quote.end), a, last)
            quote_of[a:b] = [qi] * (b - a)
        if first < last and starts[first] == quote.start:  # the opening mark
            quote_of[first] = qi
        closing = bisect.bisect_left(stops, quote.end, first, last)
        if closing < last and stops[closing] == quote.end:  # the closing mark
            quote_of[closing] = qi
    return quote_of


# ---------------------------------------------------------------------------------------------------
# Sources: the speaker mention of a cue.


def _mention_tokens(ctx: _Context, head: int) -> list[int]:
    """The mention of a speaker around its head noun (token indices): left modifiers, "of"-phrases,
    short appositions."""
    tt = ctx.table
    dep = tt.dep
    ids = {head}
    for child in tt.children[head]:
        if dep[child] not in _MENTION_KEEP:  # clauses ("relcl", "acl", "advcl", ...) are not the mention
            continue
        sub = ctx.subtree_ids(child)
        if dep[child] == "appos":  # without the clauses inside it ("a spokesman who said ...")
            clauses = {t for c in sub if dep[c] in ("relcl", "acl") and c != child for t in ctx.subtree_ids(c)}
            sub = [t for t in sub if t not in clauses]
            if len(sub) > _MAX_APPOSITION_TOKENS:
                continue
        ids.update(sub)
    # keep the contiguous run around the head, and strip punctuation at the edges
    first = last = head
    while first - 1 in ids:
        first -= 1
    while last + 1 in ids:
        last += 1
    punct, space, word = tt.is_punct, tt.is_space, tt.word
    while first <= last and (punct[first] or space[first] or dep[first] == "cc"):
        first += 1
    while first <= last and ((punct[last] and word(last) not in (")",)) or space[last]):
        last -= 1
    if first <= last and word(last) == ")" and not any(word(t) == "(" for t in range(first, last + 1)):
        last -= 1
    return list(range(first, last + 1)) if first <= last else [head]


def _subject(ctx: _Context, verb: int, *, prefer_outside: bool = False) -> int | None:
    """The verb's subject; the parser may also hang a quote's subject on the cue, so with
    ``prefer_outside`` one outside quote marks and nearest to the verb wins."""
    dep = ctx.table.dep
    subjects = [c for c in ctx.table.children[verb] if dep[c] in _SUBJECT_DEPS]
    if prefer_outside and len(subjects) > 1:
        outside = [c for c in subjects if ctx.quote_of[c] < 0]
        subjects = sorted(outside or subjects, key=lambda c: abs(c - verb))
    if subjects:
        return subjects[0]
    return _agent(ctx, verb)  # passive: "was told by X"


#: Dependencies along which a cue without a subject of its own inherits one from its head:
#: "said A and threatened B", "condemned X, writing that", "a statement saying", "likely to say".
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "ccomp", "acl", "acomp", "dobj", "pobj",
                         "attr", "oprd"})


def _source(ctx: _Context, cue: int) -> int | None:
    """The subject that speaks through ``cue``: its own, or one inherited along a chain of heads."""
    tt = ctx.table
    dep, pos, lemma, head, children = tt.dep, tt.pos, tt.lemma, tt.head, tt.children
    tag = ctx.tag(cue)
    if tag == "VBN" and (dep[cue] in ("advcl", "acl") or any(dep[c] == "auxpass" for c in children[cue])) \
            and not any(dep[c] == "aux" and ctx.token(c).lemma_ == "have" for c in children[cue]):  # not "has said"
        return _agent(ctx, cue)  # "Asked about it, ...", "was told": the asked is not the speaker
    if dep[cue] == "acl" and tag == "VBG" and pos[head[cue]] in ("NOUN", "PROPN", "PRON") \
            and lemma[head[cue]] not in lexicons.NOMINAL_CUES:
        noun = head[cue]
        if lemma[noun] in lexicons.MEDIUM_NOUNS and dep[noun] == "dobj" and pos[head[noun]] == "VERB":
            return _source(ctx, head[noun])  # "Trump released a radio ad calling ...": Trump speaks
        return noun  # "Republicans saying that ..."
    if tag == "VBG" and dep[cue] in ("advcl", "xcomp", "conj", "pcomp") and not any(
            dep[c] in _SUBJECT_DEPS for c in children[cue]) and cue > 0 and (
            tt.word(cue - 1) == "," or dep[cue] == "pcomp"):
        # "Trump argued that a database would help, saying ...": a participle after a comma speaks
        # for the subject of the sentence, not of the clause the parser hung it on
        root = ctx.token(cue).sent.root.i
        subj = _subject(ctx, root, prefer_outside=True) if pos[root] in ("VERB", "AUX") and root < cue else None
        if subj is not None and ctx.quote_of[subj] < 0 and dep[subj] != "nsubjpass":
            return subj
    verb = cue
    for _ in range(8):
        subj = _subject(ctx, verb, prefer_outside=True) if pos[verb] in ("VERB", "AUX", "ADJ") else None
        if subj is not None:
            if dep[subj] == "nsubjpass" and verb == cue and _is_expletive(tt, subj):
                return None
            return subj
        up = head[verb]
        if up == verb or dep[verb] not in _CLIMB_DEPS:
            return None
        if dep[verb] == "ccomp" and not ctx.is_cue(up):
            return None
        # "X said A and threatened B": B's conj head is A, the complement of a cue; the parser
        # attached B one level too low, and B's subject is the cue's
        if dep[verb] == "conj" and dep[up] == "ccomp" and ctx.is_cue(head[up]) and ctx.is_cue(verb):
            verb = head[up]
            continue
        verb = up
    return None


def _agent(ctx: _Context, verb: int) -> int | None:
    dep, children = ctx.table.dep, ctx.table.children
    for child in children[verb]:
        if dep[child] == "agent":
            return next((g for g in children[child] if dep[g] == "pobj"), None)
    return None


def _is_expletive(tt: TokenTable, token: int) -> bool:
    return tt.dep[token] == "expl" or (tt.lower[token] in ("it", "there") and tt.dep[token] == "nsubjpass")


@dataclass(slots=True)
class _Source:
    """A cue's speaker mention as written, and for "who"/"which" the noun phrase it stands for."""

    span: tuple[int, int] | None = None
    root: int | None = None
    ref: tuple[int, int] | None = None
    ref_root: int | None = None

    def apply(self, claim: _Claim) -> _Claim:
        claim.mention, claim.mention_root, claim.ref, claim.ref_root = self.span, self.root, self.ref, self.ref_root
        return claim


def _mention_of(ctx: _Context, subj: int | None) -> _Source:
    tt = ctx.table
    if subj is None or _is_expletive(tt, subj) or ctx.quote_of[subj] >= 0:
        return _Source()
    if tt.lower[subj] in lexicons.NON_SPEAKERS or tt.pos[subj] in ("VERB", "AUX"):
        return _Source()  # a clausal subject is no speaker
    if tt.lower[subj] in lexicons.RELATIVE_PRONOUNS and ctx.tag(subj) in ("WP", "WDT") \
            and tt.dep[tt.head[subj]] == "relcl":
        noun = tt.head[tt.head[subj]]
        if ctx.quote_of[noun] >= 0:
            return _Source()
        own = ctx.char_span([subj])
        return _Source(own, subj, ctx.char_span(_mention_tokens(ctx, noun)), noun)
    return _Source(ctx.char_span(_mention_tokens(ctx, subj)), subj)


# ---------------------------------------------------------------------------------------------------
# Contents: the complements of a cue.


def _clause_tokens(ctx: _Context, root: int, exclude: Iterable[int] = ()) -> list[int]:
    """The subtree of a complement (token indices) without its "that" and without the subtrees in
    ``exclude``."""
    tt = ctx.table
    dep, head = tt.dep, tt.head
    dropped: set[int] = set()
    for ex in exclude:
        dropped.update(ctx.subtree_ids(ex))
        # the conjunction and comma before a dropped conjunct: "..., and threatened"
        left = ex - 1
        while left >= 0 and dep[left] in ("cc", "punct") and head[left] in (root, head[ex]):
            dropped.add(left)
            left -= 1
    for child in tt.children[root]:  # "..., describing the team as ...": a claim of its own
        if dep[child] == "advcl" and child > root and tt.lemma[child] in lexicons.REPORTING_CUES \
                and ctx.tag(child) == "VBG":
            dropped.update(ctx.subtree_ids(child))
    toks = ctx.subtree_ids(root)
    if dropped:
        toks = [t for t in toks if t not in dropped]
    punct, space, lower, word = tt.is_punct, tt.is_space, tt.lower, tt.word
    first, last = 0, len(toks) - 1
    while first <= last and ((dep[toks[first]] == "mark" and lower[toks[first]] in ("that", "whether", "if"))
                             or (punct[toks[first]] and word(toks[first]) not in lexicons.QUOTE_CHARS)
                             or space[toks[first]]):
        first += 1
    while first <= last and (space[toks[last]] or (
            punct[toks[last]] and word(toks[last]) in (",", ";", ":", "-", "—", "–"))):
        last -= 1
    return toks[first:last + 1]


def _nested_cues(ctx: _Context, root: int) -> list[int]:
    """Conjoined cue verbs inside a complement that have no subject of their own (parser slips)."""
    dep = ctx.table.dep
    return [
        t for t in ctx.table.children[root]
        if dep[t] == "conj" and ctx.is_cue(t) and _subject(ctx, t) is None and ctx.quote_of[t] < 0
    ]


def _split_conjoined_thats(ctx: _Context, root: int) -> list[int]:
    """"said that A, and that B": each that-clause is a claim of its own."""
    dep, lower, children = ctx.table.dep, ctx.table.lower, ctx.table.children
    return [c for c in children[root] if dep[c] == "conj" and any(
        dep[g] == "mark" and lower[g] == "that" for g in children[c])]


def _cue_span(ctx: _Context, cue: int) -> tuple[int, int] | None:
    """The characters of a cue verb with its particles ("pointed out")."""
    dep = ctx.table.dep
    particles = [c for c in ctx.table.children[cue] if dep[c] == "prt"]
    return ctx.char_span(sorted([cue, *particles]) if particles else [cue])


def _verb_cue(ctx: _Context, cue: int, *, indirect: bool) -> list[_Claim]:
    tt = ctx.table
    dep, lower, children = tt.dep, tt.lower, tt.children
    lemma = tt.lemma[cue]
    kids = children[cue]
    cue_span = _cue_span(ctx, cue)
    contents: list[tuple[str, list[int]]] = []
    complements = [c for c in kids if dep[c] == "ccomp"]
    # "It added that A, and that B": B hangs on the cue as a conjunct with its own "that"
    complements += [c for c in kids if dep[c] == "conj" and not ctx.is_cue(c)
                    and any(dep[g] == "mark" and lower[g] == "that" for g in children[c])]
    inverted = _inverted_subject(ctx, cue, complements)
    if inverted is not None and tt.head[inverted] != cue:
        complements = [c for c in complements if c != tt.head[inverted]]  # "said David Brock, who ..."
    for comp in complements:
        if ctx.quote_of[comp] < 0 and lemma in lexicons.NEEDS_FINITE_COMPLEMENT and not _is_finite(ctx, comp):
            continue
        extra = _split_conjoined_thats(ctx, comp)
        for clause_root in [comp, *extra]:
            exclude = [*_nested_cues(ctx, clause_root), *(extra if clause_root == comp else [])]
            contents.append(("complement", _clause_tokens(ctx, clause_root, exclude)))
    if not contents and lemma in lexicons.INFINITIVAL_CUES:
        for child in kids:
            if dep[child] == "xcomp" and any(dep[g] == "aux" and lower[g] == "to" for g in children[child]):
                toks = _clause_tokens(ctx, child, _nested_cues(ctx, child))
                obj = [c for c in kids if dep[c] == "dobj" and c < child]
                if obj:  # "urged the US to leave": the object is part of the content
                    toks = sorted({*ctx.subtree_ids(obj[0]), *toks})
                contents.append(("infinitive", toks))
    if not contents:
        preps = lexicons.PREPOSITIONAL_CUES.get(lemma, ())
        for child in kids:
            if dep[child] == "prep" and lower[child] in preps and child > cue:  # not "On Twitter, X called"
                objs = [g for g in children[child] if dep[g] in ("pobj", "pcomp")]
                if not objs:
                    continue
                toks = ctx.subtree_ids(child)[1:]
                obj = [c for c in kids if dep[c] == "dobj" and c < child]
                if obj:  # "accused the US of seeking ..."
                    toks = sorted({*ctx.subtree_ids(obj[0]), *ctx.subtree_ids(child)})
                # "called on the senator to "stop ignoring voters"": the infinitive is part of the call
                right = ctx.right_edge(child)
                toks = sorted({*toks, *(t for t in _with_following(ctx, cue, child, ()) if t > right)})
                contents.append(("preposition", _strip_edges(tt, toks)))
    if contents and contents[0][0] == "preposition" and cue + 1 < len(tt) and dep[cue + 1] == "prep":
        cue_span = ctx.char_span([cue, cue + 1])  # "called for", "warned of"
    if not contents and tt.pos[tt.head[cue]] in ("VERB", "AUX") \
            and _subject(ctx, cue, prefer_outside=True) is not None \
            and (dep[cue] == "parataxis" or _as_clause(ctx, cue)):
        # "Campaign donations are vetted, Strother said, but ...": the cue interrupts its content;
        # "As the Times noted, ..." / "as X put it, "..."": the clause the as-clause hangs on
        own = set(ctx.subtree_ids(cue))
        toks = [t for t in ctx.subtree_ids(tt.head[cue]) if t not in own]
        if dep[cue] != "parataxis":  # the as-clause comes first: the content is what follows its comma
            after = ctx.right_edge(cue)
            comma = next((t for t in range(after + 1, min(after + 5, len(tt))) if tt.word(t) == ","), after)
            toks = [t for t in toks if t > comma]
        contents.append(("parenthetical", toks))
    if not contents and lemma in lexicons.NAMING_CUES:
        contents.extend(_naming(ctx, cue))
    if not contents:
        # "reiterated Iraq's “rejection of ...”": a quoted object
        for child in kids:
            if dep[child] in ("dobj", "attr", "oprd", "prep"):
                sub = ctx.subtree_ids(child)
                span = ctx.char_span(sub)
                quoted = ctx.quotes_in(*span) if span else []
                words = sum(len(ctx.text[a:b].split()) for qi in quoted for a, b in ctx.marked[qi].fragments)
                if quoted and words >= lexicons.MIN_FLOATING_QUOTE_WORDS:  # not a scare quote or a name
                    contents.append(("quoted_object", sub))
                    if dep[child] == "prep" and child == cue + 1:
                        cue_span = ctx.char_span([cue, child])
    if not contents and lemma in lexicons.OBJECT_CUES and not _speaks_through_participle(ctx, cue):
        # "praised his economic record", "denied the report"
        for child in kids:
            if dep[child] == "dobj" and tt.pos[child] != "PRON":
                contents.append(("object", _with_following(ctx, cue, child, _REASON_PREPS)))
    if not contents:
        return []
    source = _mention_of(ctx, inverted if inverted is not None else _source(ctx, cue))
    if source.span is None and _subject(ctx, cue, prefer_outside=True) is None:
        source = _between_quote_and_cue(ctx, cue)
        if source.span is None:
            source = _mention_of(ctx, _preposed_speaker(ctx, cue))
    claims: list[_Claim] = []
    for rule, toks in contents:
        if rule != "parenthetical":
            toks = _before_source(ctx, _same_side(tt, toks, cue), cue)
        toks = _strip_edges(tt, toks)
        span = ctx.char_span(toks)
        if span is None:
            continue
        claim = source.apply(_Claim(rule=rule, content=[span], cue=cue_span, cue_root=cue))
        # "Adding, “...”" / "Continued Stone: ...": an active cue with no subject anywhere speaks for
        # the speaker of the neighbouring quote (the speakers stage decides, as for floating quotes)
        claim.inherit = source.span is None and ctx.tag(cue) != "VBN" and not _is_passive(ctx, cue)
        _fit_to_quotes(ctx, claim, collapse=rule != "naming")
        if not indirect and not claim.quotes:
            continue
        if claim.content and _has_words(ctx.text, claim.content):
            claims.append(claim)
    return claims


def _join_interrupted(ctx: _Context, claims: list[_Claim]) -> list[_Claim]:
    """`"A," he said, "B."`: two direct quotes around one cue are one claim with two fragments.

    The parser makes the second quote a complement, a parataxis or a loose phrase of the cue, so
    its two halves may come from different rules; they share the cue.
    """
    dropped: set[int] = set()
    by_cue: dict[int, list[_Claim]] = {}
    for claim in claims:
        if claim.direct and claim.cue_root is not None:
            by_cue.setdefault(claim.cue_root, []).append(claim)
    for cue_i, group in by_cue.items():
        if len(group) != 2:
            continue
        first, second = sorted(group, key=lambda c: c.content[0])
        cue_at = ctx.table.idx[cue_i]
        if not (first.content[-1][1] <= cue_at < second.content[0][0]):
            continue
        between = ctx.text[first.content[-1][1]:second.content[0][0]]
        if "\n" in between or not between.rstrip(" " + lexicons.QUOTE_CHARS).endswith((",", ":", "—", "–")):
            continue
        if any(ctx.is_cue(t) and t != cue_i
               for t in ctx.tokens_between(first.content[-1][1], second.content[0][0])):
            continue  # '"A," Trump said before adding: "B"': the second half has a cue of its own
        first.content.extend(second.content)
        first.quotes.extend(second.quotes)
        dropped.add(id(second))
    return [c for c in claims if id(c) not in dropped]


def _between_quote_and_cue(ctx: _Context, cue: int) -> _Source:
    """`“...,” Gene Sperling, a Clinton adviser, said`: when the parse lost the subject, the noun
    phrase between the closing quote mark and the cue is the speaker."""
    tt = ctx.table
    i = cue - 1
    while i >= 0 and ctx.quote_of[i] < 0 and cue - i <= _ADJACENT_WINDOW and "\n" not in tt.word(i):
        i -= 1
    toks = list(range(i + 1, cue))
    if i < 0 or ctx.quote_of[i] < 0 or not toks:
        return _Source()
    toks = _strip_edges(tt, toks)
    toks = [t for t in toks if tt.dep[t] not in ("advmod",) or t != toks[-1]]  # "..., he also said"
    pos = tt.pos
    names = [t for t in toks if pos[t] in ("PROPN", "NOUN", "PRON") or (tt.is_alpha[t] and tt.word(t)[:1].isupper())]
    if not names or any(pos[t] in ("VERB", "AUX") for t in toks):
        return _Source()
    inside = set(toks)
    head = next((t for t in names if tt.head[t] not in inside), names[0])
    return _Source(ctx.char_span(toks), head)


def _before_source(ctx: _Context, toks: list[int], cue: int) -> list[int]:
    """`“A,” Gene Sperling, an adviser, said`: the words between the quote and a postposed cue
    are the speaker, even when the parser hung them inside the complement."""
    if not toks or toks[-1] >= cue:
        return toks
    last_quote = max((i for i in range(toks[0], cue) if ctx.quote_of[i] >= 0), default=None)
    if last_quote is None:
        return toks
    tail = [t for t in toks if t > last_quote]
    pos = ctx.table.pos
    if tail and not any(pos[t] in ("VERB", "AUX") for t in tail):
        return [t for t in toks if t <= last_quote]
    return toks


def _inverted_subject(ctx: _Context, cue: int, complements: list[int]) -> int | None:
    """The speaker after a postposed cue with no subject: `"...," said David Brock` / `added a Democrat`.

    The parser often reads the inverted subject as an object, or as the subject of a second
    complement ("said David Brock, [who heads] Correct the Record").
    """
    if _subject(ctx, cue) is not None or not any(c < cue for c in complements):
        return None
    if cue + 1 >= len(ctx.table):
        return None
    dep = ctx.table.dep
    for child in ctx.table.children[cue]:
        if child > cue and dep[child] in ("dobj", "attr", "npadvmod", "dative") and ctx.left_edge(child) == cue + 1:
            return child
    for comp in complements:
        if comp > cue:
            subj = _subject(ctx, comp)
            if subj is not None and ctx.left_edge(subj) == cue + 1 and ctx.table.pos[subj] in ("PROPN", "NOUN"):
                return subj
    return None


def _same_side(tt: TokenTable, toks: list[int], cue: int) -> list[int]:
    """A content never runs across its own cue: keep the side of the cue where most of it lies."""
    if not toks or min(toks) >= cue or max(toks) <= cue:  # all on one side (or on the cue)
        return toks
    before = [t for t in toks if t < cue]
    after = [t for t in toks if t > cue]
    if before and after:
        return _strip_edges(tt, before if len(before) >= len(after) else after)
    return toks


def _naming(ctx: _Context, cue: int) -> list[tuple[str, list[int]]]:
    """"called the mayor a "liar"", "described it as "reckless"": object and quoted complement."""
    dep, kids = ctx.table.dep, ctx.table.children[cue]
    obj = next((c for c in kids if dep[c] in ("dobj", "prep") and c > cue), None)
    comps = [c for c in kids
             if c > cue and dep[c] in ("oprd", "attr", "xcomp", "ccomp", "prep", "dobj")
             and (dep[c] != "prep" or ctx.quotes_in(*(ctx.char_span(ctx.subtree_ids(c)) or (0, 0))))]
    wh = obj is None and any(dep[c] == "dobj" and c < cue and ctx.tag(c) in ("WP", "WDT") for c in kids)
    if wh:  # 'what Gilbert called "a perception problem"': the name given is the content
        obj, comps = next(iter(comps), None), comps[1:]
    if obj is None or (not comps and not wh) or ctx.table.lower[obj] in lexicons.RELATIVE_PRONOUNS:
        return []
    toks = sorted({t for c in [obj, *comps] for t in ctx.subtree_ids(c)})
    span = ctx.char_span(toks)
    quoted = ctx.quotes_in(*span) if span else []
    if not quoted or all(not _substantial(ctx, ctx.marked[qi], naming=True) for qi in quoted):
        return []  # "dubbed him "Shorty"": a nickname, not a claim
    last = max((t for t in toks if ctx.quote_of[t] >= 0), default=None)
    if last is not None and last + 1 < len(ctx.table) and dep[last + 1] == "prep":
        toks = [t for t in toks if t <= last]  # '"fake news" in a speech
    return [("naming", _strip_edges(ctx.table, toks))]


#: Prepositions after a cue's object that give what the object is praised or blamed for:
#: "slammed the president for not using the term", "dismissed the idea as "ludicrous"".
_REASON_PREPS = frozenset({"for", "as", "over"})


def _with_following(ctx: _Context, cue: int, first: int, preps: Iterable[str]) -> list[int]:
    """``first``'s subtree and the cue's dependents right after it that go on the same content (token
    indices): a prepositional phrase of reason (``preps``) or an infinitive ("to stop ...")."""
    dep, lower, children = ctx.table.dep, ctx.table.lower, ctx.table.children
    toks = ctx.subtree_ids(first)
    end = ctx.right_edge(first)
    for child in children[cue]:
        if child <= first:
            continue
        if ctx.left_edge(child) != end + 1:
            break
        reason = dep[child] == "prep" and lower[child] in preps
        infinitive = dep[child] in ("xcomp", "advcl") and any(dep[g] == "aux" and lower[g] == "to"
                                                              for g in children[child])
        if not (reason or infinitive):
            break
        toks.extend(ctx.subtree_ids(child))
        end = ctx.right_edge(child)
    return sorted(toks)


def _as_clause(ctx: _Context, cue: int) -> bool:
    """"As the Times noted, ...", "as one official put it, ...": a comparative clause of the cue,
    opening with "as", on the clause it reports."""
    dep, lower = ctx.table.dep, ctx.table.lower
    return dep[cue] == "advcl" and cue < ctx.table.head[cue] and any(
        dep[c] == "mark" and lower[c] == "as" for c in ctx.table.children[cue])


def _speaks_through_participle(ctx: _Context, cue: int) -> bool:
    """"condemned the strikes, writing that ...": the object is the target of the participle's claim."""
    dep, children = ctx.table.dep, ctx.table.children
    return any(dep[c] in ("advcl", "xcomp", "conj") and ctx.is_cue(c) and any(
        dep[g] == "ccomp" for g in children[c]) for c in children[cue])


def _strip_edges(tt: TokenTable, toks: list[int]) -> list[int]:
    """Without punctuation and space at the edges (quote marks stay: they belong to mixed contents)."""
    punct, space, word = tt.is_punct, tt.is_space, tt.word
    first, last = 0, len(toks) - 1
    while first <= last and ((punct[toks[first]] and word(toks[first]) not in lexicons.QUOTE_CHARS)
                             or space[toks[first]]):
        first += 1
    while first <= last and (space[toks[last]] or (punct[toks[last]] and word(toks[last]) in _TRAILING_PUNCT)):
        last -= 1
    return toks[first:last + 1]


def _is_finite(ctx: _Context, verb: int) -> bool:
    dep, lower, kids = ctx.table.dep, ctx.table.lower, ctx.table.children[verb]
    if any(dep[c] == "mark" and lower[c] in ("that", "whether", "if") for c in kids):
        return True
    return ctx.tag(verb) in ("VBD", "VBZ", "VBP", "MD") or any(dep[c] in ("aux", "auxpass") and ctx.tag(c) in (
        "VBD", "VBZ", "VBP", "MD") for c in kids)


def _has_words(text: str, spans: list[tuple[int, int]]) -> bool:
    """Some span of ``text`` holds a letter or a digit."""
    return any(_WORD_CHAR.search(text, s, e) is not None for s, e in spans)


def _fit_to_quotes(ctx: _Context, claim: _Claim, *, collapse: bool = True) -> None:
    """Align a content with the quote marks it touches.

    A content that lies inside one quote, or covers little else, becomes that quote (direct); one
    that cuts a quote in two grows to the whole quote.
    """
    start, end = claim.content[0]
    touched = ctx.quotes_in(start, end)
    if not touched:
        return
    for qi in touched:
        q = ctx.marked[qi]
        start, end = min(start, q.inner[0]), max(end, q.inner[1])
    claim.quotes = touched
    if collapse and len(touched) == 1 and _little_outside(ctx.text, start, end, ctx.marked[touched[0]].fragments):
        claim.content = list(ctx.marked[touched[0]].fragments)
        claim.direct = True
    else:
        claim.content = [(start, end)]


def _little_outside(text: str, start: int, end: int, fragments: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` has few letters and digits outside the quoted ``fragments``: at most
    3, or a tenth of the quoted characters."""
    inner_chars = sum(e - s for s, e in fragments)
    return _word_chars_outside(text, start, end, fragments) <= max(3, 0.1 * inner_chars)


def _word_chars(text: str, start: int, end: int) -> int:
    return sum(map(str.isalnum, text[start:end]))


def _word_chars_outside(text: str, start: int, end: int, fragments: Sequence[tuple[int, int]]) -> int:
    """The letters and digits of ``text[start:end]`` outside the quoted ``fragments`` (sorted, disjoint,
    all inside ``start:end``): the quoted words are not counted at all, rather than counted twice and
    subtracted."""
    count, pos = 0, start
    for s, e in fragments:
        count += _word_chars(text, pos, s)
        pos = e
    return count + _word_chars(text, pos, end)


def _according_to(ctx: _Context, according: int) -> list[_Claim]:
    """"Y, according to X" and "According to X, Y"."""
    tt = ctx.table
    dep, children = tt.dep, tt.children
    to = next((c for c in children[according] if tt.lower[c] == "to"), None)
    if to is None:
        return []
    pobj = next((c for c in children[to] if dep[c] == "pobj"), None)
    head = tt.head[according]
    if pobj is None or head == according:
        return []
    while dep[head] not in ("ROOT", "ccomp", "conj") and tt.head[head] != head and tt.pos[head] not in ("VERB", "AUX"):
        head = tt.head[head]
    excluded = set(ctx.subtree_ids(according))
    toks = _same_side(tt, [t for t in ctx.subtree_ids(head) if t not in excluded], according)
    toks = _strip_edges(tt, toks)
    span = ctx.char_span(toks)
    if span is None:
        return []
    claim = _mention_of(ctx, pobj).apply(
        _Claim(rule="according_to", content=[span], cue=ctx.char_span(sorted([according, to])), cue_root=according))
    _fit_to_quotes(ctx, claim)
    return [claim]


def _nominal(ctx: _Context, noun: int) -> list[_Claim]:
    """"his claim that X", "the ministry's statement that X"."""
    tt = ctx.table
    dep, lower, children = tt.dep, tt.lower, tt.children
    for child in children[noun]:
        if dep[child] in ("acl", "ccomp") and any(
            dep[g] == "mark" and lower[g] == "that" for g in children[child]
        ):
            toks = _clause_tokens(ctx, child)
            span = ctx.char_span(toks)
            if span is None:
                return []
            owner = next((c for c in children[noun] if dep[c] == "poss"), None)
            owner_ok = owner is not None and (tt.pos[owner] != "PRON" or lower[owner] in lexicons.PERSON_PRONOUNS)
            claim = _mention_of(ctx, owner if owner_ok else None).apply(
                _Claim(rule="nominal", content=[span], cue=ctx.char_span([noun]), cue_root=noun))
            _fit_to_quotes(ctx, claim)
            return [claim]
    return []


# ---------------------------------------------------------------------------------------------------
# Quotes found by their marks: adjacent cue clauses and floating quotes.


def _adjacent_cue(ctx: _Context, qi: int) -> _Claim | None:
    """`"...," he said.` / `said the spokesman.` after the quote, or `He said: "..."` before it."""
    tt, quote = ctx.table, ctx.marked[qi]
    window = back = _ADJACENT_WINDOW
    if not _substantial(ctx, quote):
        # '"Absolutely," he said.' / 'Priebus said, "Probably."': a one-word sentence, a cue right beside it
        window = _SHORT_QUOTE_CUE_WINDOW if _opens_short_sentence(ctx, quote) else 0
        back = _SHORT_QUOTE_CUE_WINDOW if _ends_short_sentence(ctx, quote) else 0
        if not window and not back:
            return None
    after = ctx.tokens_between(quote.end, min(len(ctx.text), quote.end + 200))
    for token in after[:window]:
        if ctx.quote_of[token] >= 0 and tt.idx[token] >= quote.end:
            break  # the next quote starts
        if tt.word(token) in _SENTENCE_END or "\n" in tt.word(token):
            break  # a cue after the sentence or paragraph belongs to what follows
        if ctx.is_cue(token) and not _is_passive(ctx, token) and _no_own_complement(ctx, token, quote):
            return _claim_for_quote(ctx, qi, token)
    if not back:
        return None
    window_before = ctx.tokens_between(max(0, quote.start - 250), quote.start)
    # the tokens that start before the quote: a first stretch of those (offsets grow with the index)
    before = list(range(window_before.start,
                        bisect.bisect_left(tt.idx, quote.start, window_before.start, window_before.stop)))
    crossed = bool(before) and tt.is_space[before[-1]]
    while before and tt.is_space[before[-1]]:  # a colon may introduce a quote in the next paragraph
        before.pop()
    if before and (tt.word(before[-1]) == ":" or (not crossed and tt.word(before[-1]) in (",", "—", "–"))):
        for token in reversed(before[-back:]):
            if tt.word(token) in _SENTENCE_END or ctx.quote_of[token] >= 0 or "\n" in tt.word(token):
                break
            if ctx.is_cue(token) and _no_own_complement(ctx, token, quote):
                return _claim_for_quote(ctx, qi, token)
            if tt.pos[token] == "NOUN" and tt.lemma[token] in lexicons.NOMINAL_CUES and \
                    tt.pos[tt.head[token]] in ("VERB", "AUX"):  # 'Trump issued a statement, "Last night ..."'
                claim = _claim_for_quote(ctx, qi, tt.head[token])
                claim.cue, claim.cue_root = ctx.char_span([token]), token
                return claim
        if tt.word(before[-1]) == ":" and back == _ADJACENT_WINDOW:  # not after a one-word quote
            return _after_colon(ctx, qi, before[-1])
    if before and not crossed and back == _ADJACENT_WINDOW and ctx.is_cue(before[-1]) \
            and ctx.text[quote.inner[0]].isupper() and _no_own_complement(ctx, before[-1], quote):
        # '..., writing "Feels great to ..."': a quoted sentence right after its cue, whatever the parse
        return _claim_for_quote(ctx, qi, before[-1])
    return None


def _after_colon(ctx: _Context, qi: int, colon: int) -> _Claim | None:
    """A quote introduced by a colon with no cue: 'She addressed the supporters again: "..."' (the
    subject of the clause before the colon speaks) or 'Michael P. McDonald: "..."' (a bare name)."""
    tt = ctx.table
    i = colon - 1
    while i >= 0 and ctx.quote_of[i] < 0 and colon - i <= _ADJACENT_WINDOW * 2:
        text = tt.word(i)
        if text in _SENTENCE_END or text in ("-", "—", "–", "|") or "\n" in text:
            break
        i -= 1
    run = _strip_edges(tt, list(range(i + 1, colon)))
    if not run:
        return None
    pos, dep, head = tt.pos, tt.dep, tt.head
    verbs = [t for t in run if pos[t] in ("VERB", "AUX") and dep[t] in ("ROOT", "conj", "ccomp")]
    cue: int | None = None
    speaker: int | None = None
    if verbs:
        cue = verbs[0]
        speaker = _subject(ctx, cue, prefer_outside=True)
        if speaker is None or speaker < run[0] or not _can_speak(tt, speaker) or dep[speaker] == "nsubjpass":
            return None
    elif len(run) <= _MAX_APPOSITION_TOKENS and any(pos[t] == "PROPN" for t in run) and \
            not any(pos[t] in ("VERB", "AUX", "ADP") and tt.word(t) not in ("(", ")") for t in run):
        inside = set(run)
        speaker = next((t for t in run if head[t] == t or head[t] not in inside), run[-1])
    if speaker is None:
        return None
    source = _mention_of(ctx, speaker) if cue is not None else _Source(ctx.char_span(run), speaker)
    return source.apply(
        _Claim(rule="adjacent_quote", content=list(ctx.marked[qi].fragments),
               cue=ctx.char_span([cue if cue is not None else colon]),
               cue_root=cue if cue is not None else colon, direct=True, quotes=[qi]))


def _ends_short_sentence(ctx: _Context, quote: MarkedQuote) -> bool:
    """A one-word quote that ends its sentence: 'Priebus said, "Probably."'"""
    inner = _inner_text(ctx, quote).strip()
    if not inner or inner[-1] not in ".!?" or not any(ch.isalpha() for ch in inner):
        return False
    after = ctx.text[quote.end:quote.end + 3].lstrip(" \t")
    return not after or after[0] == "\n" or after[0].isupper()


def _opens_short_sentence(ctx: _Context, quote: MarkedQuote) -> bool:
    """A one-word quote that opens its sentence and ends in punctuation: '"Safety," said Grimm.'"""
    inner = _inner_text(ctx, quote).strip()
    if not inner or inner[-1] not in ".!?," or not any(ch.isalpha() for ch in inner):
        return False
    before = ctx.text[max(0, quote.start - 3):quote.start].rstrip(" \t")
    return not before or before[-1] in "\n.!?"


def _is_passive(ctx: _Context, verb: int) -> bool:
    dep = ctx.table.dep
    return any(dep[c] in ("auxpass", "nsubjpass") for c in ctx.table.children[verb])


def _no_own_complement(ctx: _Context, cue: int, quote: MarkedQuote) -> bool:
    """A cue beside a quote introduces it unless it has an unquoted complement of its own."""
    dep = ctx.table.dep
    for child in ctx.table.children[cue]:
        if dep[child] in ("ccomp", "xcomp") and ctx.quote_of[child] < 0:
            span = ctx.char_span(ctx.subtree_ids(child))
            if span and not (quote.start <= span[0] and span[1] <= quote.end):
                return False
    return True


def _inner_text(ctx: _Context, quote: MarkedQuote) -> str:
    """The quoted words, fragments joined by a space (a quote may run over paragraphs)."""
    return " ".join(ctx.text[s:e] for s, e in quote.fragments)


def _substantial(ctx: _Context, quote: MarkedQuote, *, naming: bool = False) -> bool:
    """Four words or more, or a sentence of its own ("No way!"): not a scare quote, name or title.

    A short quote in title case ("Gone with the Wind") is a title or a name (CoreNLP issue 1251).
    """
    inner = _inner_text(ctx, quote)
    words = inner.split()
    last = inner.rstrip()[-1:]
    if last not in ".!?," and len(words) <= 8 and _title_case(words):
        return False
    if naming:  # "called it "absolute chaos"": any quoted words but a name are the claim
        return True
    # '"The bullying," Wallace said': a comma inside the marks ends a quoted sentence too
    return len(words) >= lexicons.MIN_FLOATING_QUOTE_WORDS or (len(words) >= 2 and last in ".!?,")


def _title_case(words: list[str]) -> bool:
    """Every word capitalised, short function words aside."""
    content = [w for w in words if w.lower() not in lexicons.TITLE_FUNCTION_WORDS]
    return bool(content) and all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def _claim_for_quote(ctx: _Context, qi: int, cue: int) -> _Claim:
    cue_span = _cue_span(ctx, cue)
    speaker = _source(ctx, cue)
    if speaker is None and ctx.marked[qi].end <= ctx.table.idx[cue]:
        between = _between_quote_and_cue(ctx, cue)
        if between.span is not None:
            return between.apply(_Claim(rule="adjacent_quote", content=list(ctx.marked[qi].fragments), cue=cue_span,
                                        cue_root=cue, direct=True, quotes=[qi]))
        speaker = _postposed_speaker(ctx, cue)
    if speaker is None and not _is_passive(ctx, cue):
        speaker = _preposed_speaker(ctx, cue)
    return _mention_of(ctx, speaker).apply(
        _Claim(rule="adjacent_quote", content=list(ctx.marked[qi].fragments), cue=cue_span, cue_root=cue,
               direct=True, quotes=[qi]))


def _preposed_speaker(ctx: _Context, cue: int) -> int | None:
    """'former president Bill Clinton said ...' with "Clinton" parsed as an apposition of the clause
    before: a capitalised name right before a cue with no subject is its speaker."""
    if cue == 0 or _subject(ctx, cue) is not None:
        return None
    tt = ctx.table
    token = cue - 1
    if not (tt.pos[token] == "PROPN" or (tt.is_alpha[token] and tt.word(token)[:1].isupper()
                                         and ctx.token(token).is_sent_start is not True
                                         and tt.pos[token] in ("ADV", "NOUN", "ADJ"))):
        return None
    if ctx.quote_of[token] >= 0 or tt.lemma[token] in ctx.cues:
        return None
    return token


def _postposed_speaker(ctx: _Context, cue: int) -> int | None:
    """`"A," said Edward Leamer, an economist who ...`: the noun phrase right after a postposed cue
    with no subject is its speaker, even when the parser made it the subject of what follows."""
    tt = ctx.table
    if cue + 1 >= len(tt):
        return None
    token = cue + 1
    while tt.dep[token] in ("compound", "flat", "det", "amod") and tt.head[token] > token:
        token = tt.head[token]
    if tt.pos[token] not in ("PROPN", "NOUN") or ctx.quote_of[token] >= 0 or tt.lemma[token] in ctx.cues:
        return None
    return token


def _continues_after_cue(ctx: _Context, claim: _Claim, nxt: MarkedQuote) -> bool:
    """Whether ``nxt`` resumes the quote after its cue clause: `"A," he said, "B."`."""
    assert claim.cue is not None
    first_end = claim.content[-1][1]
    if not (first_end < claim.cue[0] < nxt.start):
        return False
    between = ctx.text[claim.cue[1]:nxt.start]
    if "\n" in between or len(between) >= _MAX_INTERRUPTION_CHARS or \
            not between.rstrip().endswith((",", ":", "—", "–")):
        return False
    # one sentence, and no other cue in between: '"A," Franken said. Silverman responded, "B"' is two
    # quotes ('"A," said Raffaello Pantucci, director of ... in London, "but B"' is one)
    tt = ctx.table
    clause = ctx.tokens_between(claim.cue[0], nxt.start)
    if any(tt.word(t) in _SENTENCE_END for t in clause) or any(
            ctx.is_cue(t) and t != claim.cue_root for t in clause):
        return False
    resumed = [t for t in ctx.tokens_between(nxt.start, nxt.end) if not tt.is_punct[t]]
    return not resumed or not clause or \
        ctx.sentence(resumed[0])[0] == ctx.sentence(clause[0])[0] or len(between) < 80


def _floating(ctx: _Context, qi: int, min_words: int) -> _Claim | None:
    """A quote that is a whole sentence (or paragraph) on its own, with no cue."""
    tt, quote = ctx.table, ctx.marked[qi]
    words = sum(len(ctx.text[s:e].split()) for s, e in quote.fragments)
    span = ctx.tokens_between(quote.inner[0], quote.inner[1])  # inside the marks: the parser
    if not len(span):  # may hang the opening mark on the sentence before
        return None
    # '"Safety," said Grimm. "Safety for the whole country."': a short or verbless quote sentence only
    # continues the quote before it in its paragraph (``lead``), it is no claim of its own
    short = words < min_words or not any(tt.pos[t] in ("VERB", "AUX") for t in span)
    # the quote must stand as its own sentence: nothing but punctuation around it in its sentences
    first, last = ctx.sentence(span[0])[0], ctx.sentence(span[-1])[1]
    punct, space = tt.is_punct, tt.is_space
    outside = [t for t in range(first, last) if ctx.quote_of[t] < 0 and not (punct[t] or space[t])]
    if not outside:
        claim = _Claim(rule="floating", content=list(quote.fragments), floating=True, direct=True, quotes=[qi],
                       lead=short)
        signed = RE_SIGNATURE.match(ctx.text, quote.end)
        if signed is not None and not short:  # '"..."\n\n- Bernie Sanders.': a signed quote
            name = ctx.doc.char_span(*signed.span(2), alignment_mode="expand")
            dash = ctx.doc.char_span(*signed.span(1), alignment_mode="expand")
            if name is not None and dash is not None and any(t.pos_ == "PROPN" for t in name):
                claim.mention, claim.mention_root = signed.span(2), name.root.i
                claim.cue, claim.cue_root = signed.span(1), dash.root.i
                claim.floating = False
        return claim
    if short:
        return None
    if all(t > span[-1] for t in outside) and not any(ctx.is_cue(t) for t in outside):
        # `"They agree with him," to support him`: the sentence opens with the quote and goes on
        tail = _strip_edges(tt, [t for t in range(span[-1] + 1, last) if not space[t]])
        end = ctx.char_span(tail)
        content = [*quote.fragments, end] if end else list(quote.fragments)
        return _Claim(rule="floating", content=content, floating=True, lead=True, quotes=[qi])
    return None


#: Dependencies of a verb's complements, whose subtrees carry what the subject said of something.
_GOVERNED_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "oprd", "attr", "acomp",
                                       "pcomp", "advcl"})
#: Verbs of being, having and going, which hold quoted words without saying them.
_NOT_GOVERNING = frozenset({"be", "have", "accord", "go", "get", "take", "become", "seem", "appear", "remain"})
#: How many heads a quote climbs to reach the verb that governs it.
_GOVERNED_MAX_CLIMB = 6


def _governed(ctx: _Context, qi: int) -> _Claim | None:
    """A quote inside the complement of a verb with a speaking subject: 'Trump blasted Disney for its
    "outrageous practices"', 'she stood by her remark that "nobody listens"'.

    News writing puts quoted words in what a person did with words (ranked, blasted, stood by,
    boasted of) far beyond the speech verbs; the verb's subject is the source and the complement
    that holds the quote is the content (PolNeAR annotates these as attributions). A one-word quote
    that names or titles something is not a claim.
    """
    tt, quote = ctx.table, ctx.marked[qi]
    dep, pos, head, lemma = tt.dep, tt.pos, tt.head, tt.lemma
    words = _inner_text(ctx, quote).split()
    if not words or (_title_case(words) and not _in_headline(ctx, quote)):
        return None  # a title or a name: "took the stage to "The Rising,""
    marks = [t for t in ctx.tokens_between(quote.start, quote.end) if ctx.quote_of[t] == qi]
    inside = [t for t in marks if not tt.is_punct[t]]
    if not inside:
        return None
    ids = set(inside)
    tops = [t for t in inside if head[t] not in ids or head[t] == t]
    if len({head[t] for t in tops}) != 1 or head[tops[0]] == tops[0]:
        return None  # the quote is a clause of its own, or the parse splits it
    verb = head[tops[0]]
    for _ in range(_GOVERNED_MAX_CLIMB):  # up to a verb; a copula in a clause goes on to the verb above
        if pos[verb] == "VERB" or head[verb] == verb or (pos[verb] == "AUX" and (
                dep[verb] not in ("ccomp", "conj") or pos[head[verb]] != "VERB")):
            break
        verb = head[verb]
    for _ in range(_GOVERNED_MAX_CLIMB):
        # 'ripped the agency for acting as "the judge"', 'boasted of his willingness to spend "whatever
        # it takes"': a verb with no subject of its own is part of the content of the verb above it
        if dep[verb] not in ("pcomp", "xcomp", "acl") or _subject(ctx, verb) is not None or ctx.is_cue(verb):
            break
        up = head[verb]
        while pos[up] in ("ADP", "NOUN", "PROPN") and dep[up] in ("prep", "pobj", "dobj") and head[up] != up:
            up = head[up]
        if pos[up] != "VERB" or up == verb or up > inside[0]:
            break
        verb = up
    if pos[verb] != "VERB" or ctx.quote_of[verb] >= 0 or verb > inside[0] or lemma[verb] in _NOT_GOVERNING:
        return None
    if len(words) < 2 and not ctx.is_cue(verb) and lemma[verb] not in lexicons.COGNITIVE_CUES:
        return None  # 'showing "respect"': a one-word scare quote, unless a cue speaks or thinks it
    if ctx.tag(verb) == "VBN" and dep[verb] in ("acl", "amod"):
        return None  # "a plan known as "Project Fear"": a name given by nobody in particular
    subj = _source(ctx, verb)
    if subj is None or not _can_speak(tt, subj):
        return None
    children = [c for c in tt.children[verb] if c > verb and dep[c] in _GOVERNED_COMPLEMENT_DEPS]
    holder = next((c for c in children if ctx.left_edge(c) <= inside[0] <= ctx.right_edge(c)), None)
    if holder is None:
        return None
    chosen = {t for c in children if c <= holder for t in ctx.subtree_ids(c)}
    chosen.update(marks)  # the marks
    toks = _strip_edges(tt, sorted(t for t in chosen if t > verb))
    if toks and dep[toks[0]] == "mark" and tt.lower[toks[0]] in ("that", "whether", "if"):
        toks = toks[1:]  # as complements are given, without their "that"
    span = ctx.char_span(toks)
    if span is None:
        return None
    cue_span = _cue_span(ctx, verb)
    claim = _mention_of(ctx, subj).apply(_Claim(rule="governed", content=[span], cue=cue_span, cue_root=verb))
    if claim.mention is None:
        return None
    _fit_to_quotes(ctx, claim)
    return claim


def _in_headline(ctx: _Context, quote: MarkedQuote) -> bool:
    """Whether the quote stands in a title-case line ("Clinton Calls Trump’s Remarks ‘Troubling’"),
    where title case says nothing of the quote."""
    start = ctx.text.rfind("\n", 0, quote.start) + 1
    end = ctx.text.find("\n", quote.end)
    line = (ctx.text[start:quote.start] + " " + ctx.text[quote.end:end if end >= 0 else len(ctx.text)]).split()
    return len([w for w in line if w[:1].isalpha()]) >= 3 and _title_case(line)


def _can_speak(tt: TokenTable, token: int) -> bool:
    """A subject that can say things: a person or group pronoun, a name, or a person or body noun."""
    lower = tt.lower[token]
    if tt.pos[token] == "PRON":
        return lower in lexicons.PERSON_PRONOUNS or lower in lexicons.PLURAL_PRONOUNS or \
            lower in lexicons.FIRST_PERSON or lower in lexicons.RELATIVE_PRONOUNS
    if tt.ent_type[token] in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = tt.lemma[token]
    return tt.pos[token] == "PROPN" or lemma in lexicons.ROLE_NOUNS or lemma in lexicons.ORG_NOUNS or \
        lemma in lexicons.MEDIUM_NOUNS


def _quote_type(claim: _Claim) -> str:
    """direct: the content is quoted text only; mixed: reported speech with quoted parts."""
    if claim.direct:
        return "direct"
    return "mixed" if claim.quotes else "indirect"


def _attach_followers(ctx: _Context, claims: list[_Claim]) -> list[_Claim]:
    """Quote sentences that follow a claim in its paragraph continue it (`"A," he said. "B."`).

    News writing attributes a run of quoted sentences once; PolNeAR's annotators, like readers,
    take them as one attribution whose content runs from the first quote to the last.
    """
    kept: list[_Claim] = []
    for claim in sorted(claims, key=lambda c: c.content[0]):
        prev = kept[-1] if kept else None
        if (claim.floating and prev is not None and prev.content[-1][1] <= claim.content[0][0]
                and "\n" not in ctx.text[prev.content[-1][1]:claim.content[0][0]]):
            prev.content.extend(claim.content)
            prev.quotes.extend(claim.quotes)
            continue
        if not claim.lead:
            kept.append(claim)
    return kept


#: Width in characters of the buckets that index kept claims in :func:`_dedupe`.
_DEDUPE_BUCKET = 512


def _dedupe(claims: list[_Claim]) -> list[_Claim]:
    """Drop a claim whose content mostly repeats an earlier (higher-priority) one.

    Only claims whose extents share a bucket of text can overlap, so each claim is compared with its
    neighbours, not with every claim kept before it.
    """
    kept: list[_Claim] = []
    buckets: dict[int, list[tuple[int, int, _Claim]]] = {}  # kept claims with their extents
    for claim in claims:
        start, end = min(s for s, _ in claim.content), max(e for _, e in claim.content)
        near = range(start // _DEDUPE_BUCKET, end // _DEDUPE_BUCKET + 1)
        # claims whose extents do not overlap share no text: no need to compare their fragments
        if not any(s < end and start < e and _repeats(claim, other)
                   for bucket in near for s, e, other in buckets.get(bucket, ())):
            kept.append(claim)
            for bucket in near:
                buckets.setdefault(bucket, []).append((start, end, claim))
    return kept


def _repeats(claim: _Claim, other: _Claim) -> bool:
    """Whether ``claim``'s content is mostly ``other``'s (and they are not two claims of one text)."""
    a, b = claim.content, other.content
    inter = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    size = min(sum(e - s for s, e in a), sum(e - s for s, e in b))
    return bool(size) and inter / size > 0.8 and (claim.cue_root == other.cue_root or claim.cue is None
                                                  or other.cue is None or _same_size(a, b))


def _same_size(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    la, lb = sum(e - s for s, e in a), sum(e - s for s, e in b)
    return min(la, lb) / max(la, lb) > 0.8 if la and lb else False


@Language.factory(
    "claimex_quotes",
    default_config={
        "cues": {"@misc": "claimex.reporting_cues.v1"},
        "single_quotes": True,
        "min_floating_words": lexicons.MIN_FLOATING_QUOTE_WORDS,
        "indirect": True,
        "scorer": {"@scorers": "claimex.quote_scorer.v1"},
    },
    requires=["token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.claimex", "doc.spans"],
)
def make_quotes(
    nlp: Language, name: str, cues: dict[str, str], single_quotes: bool, min_floating_words: int,
    indirect: bool, scorer: Callable[..., dict[str, Any]] | None,
) -> QuoteFinder:
    """Build the ``claimex_quotes`` component.

    Args:
        cues: lemma -> speech act of every reporting cue (``claimex.reporting_cues.v1``).
        single_quotes: also take single-mark quotes (‘ ’, ' ') outside double quotes.
        min_floating_words: shortest quote (in words) that counts as a claim with no cue.
        indirect: find indirect speech too; False keeps direct and mixed quotes only.
        scorer: the scorer ``nlp.evaluate`` calls (``claimex.quote_scorer.v1``).
    """
    return QuoteFinder(cues=cues, single_quotes=single_quotes, min_floating_words=min_floating_words,
                       indirect=indirect, scorer=scorer)


__all__ = ["QuoteFinder", "make_quotes"]
