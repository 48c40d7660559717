"""The quote finder's working state: the claim under construction and the parse with its quote marks."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ... import lexicons
from ..marks import MarkedQuote
from ..tokens import TokenTable

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
    nested: tuple[int, int] | None = None  # the speaker mention of a nested attribution it reports
    repeat_of: tuple[int, int] | None = None  # the content of the claim that gives in full the statement it repeats



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
        the subtree's edges)."""
        token = self._made[i]
        if token is None:
            token = self._made[i] = self.doc[i]
        return token

    def tag(self, i: int) -> str:
        """``Token.tag_`` of token ``i``."""
        return self.token(i).tag_

    def first_word(self, i: int) -> int:
        """The first token of ``i``'s sentence that is no space or punctuation (``i`` at the latest)."""
        tt = self.table
        first = self.table.sentence_bounds(i)[0]
        while first < i and (tt.is_space[first] or tt.is_punct[first]):
            first += 1
        return first

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


def _is_passive(ctx: _Context, verb: int) -> bool:
    dep = ctx.table.dep
    return any(dep[c] in ("auxpass", "nsubjpass") for c in ctx.table.children[verb])


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
