"""Direct quotes located by their quote marks, paired by kind rather than by sequence.

A plain function of the text (no parse needed), so it is easy to test on hostile strings. It follows
the conventions of English news typesetting:

* double marks of any style pair with their closing partner (" ", “ ”, „ “, « »);
* a quote still open at the end of a paragraph continues when the next paragraph opens with a mark
  (the closing mark of the first paragraph is omitted by convention); otherwise it ends with the
  paragraph, so a missing closing mark never swallows the rest of the article;
* single marks (‘ ’, ' ') count as quotes only outside double quotes and only at word boundaries, so
  apostrophes ("Iraq’s", "don't", "officials’") are not taken for quotes.

Compare textacy's ``direct_quotations``, which pairs marks in sequence and raises on an odd count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicons import QUOTE_PAIRS
from ..markup import block_tags

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_STRAIGHT_DOUBLE = '"'
_SINGLE_OPEN = "‘‚‹"
_SINGLE_CLOSE = "’›"
_STRAIGHT_SINGLE = "'"
_ALL_MARKS = frozenset(_DOUBLE_OPEN + _DOUBLE_CLOSE + _STRAIGHT_DOUBLE + _SINGLE_OPEN + _SINGLE_CLOSE
                       + _STRAIGHT_SINGLE)
#: Characters before a mark that make it an opening mark.
_BEFORE_OPEN = frozenset(" \t\n\r([{—–-:/\u00a0")
#: The characters that may be (part of) a double mark: the scan of a paragraph jumps from one to the next.
_DOUBLE_MARK_CANDIDATES = re.compile("[\"“”„«»'`]")
#: The characters that may open a single-mark quote.
_SINGLE_MARK_CANDIDATES = re.compile("[‘‚‹']")
#: Longest single-quoted span taken as a quote (single marks are ambiguous with apostrophes).
MAX_SINGLE_QUOTE_CHARS = 400


@dataclass(frozen=True, slots=True)
class MarkedQuote:
    """A direct quote: ``start``/``end`` include the marks, ``fragments`` are the inner spans.

    A quote that runs over several paragraphs has one fragment a paragraph. ``closed`` is False when
    the last fragment ended at a paragraph end without a closing mark.
    """

    start: int
    end: int
    fragments: tuple[tuple[int, int], ...]
    closed: bool = True
    single: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        return (self.fragments[0][0], self.fragments[-1][1])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line: news paragraphs."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _is_opening(text: str, i: int, line_start: int, *, curly: bool = False) -> bool:
    """A mark opens when it follows a boundary and precedes a non-space (straight marks, guillemets)."""
    before = text[i - 1] if i > line_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if curly:
        return before in _BEFORE_OPEN or before in _ALL_MARKS or i == line_start
    return (before in _BEFORE_OPEN or before in _ALL_MARKS) and not after.isspace()


def _mark_width(text: str, i: int) -> int:
    """2 for the typewriter double marks '' and ``, else 1."""
    return 2 if text[i] in "'`" and text.startswith(text[i] * 2, i) else 1


def _starts_with_opener(text: str, line: tuple[int, int]) -> int | None:
    """Offset of the opening mark that starts a paragraph, if it does."""
    s, e = _trim(text, *line)
    if s < e and (text[s] in _DOUBLE_OPEN or text[s] == _STRAIGHT_DOUBLE or text.startswith(("''", "``"), s)):
        return s
    return None


def find_double_quotes(text: str) -> list[MarkedQuote]:
    """Quotes in double marks, with paragraph continuation. Never raises, linear in the text."""
    lines = _between_tags(text, _lines(text))
    walk = _DoubleMarks(text)
    for li, (ls, le) in enumerate(lines):
        for mark in _DOUBLE_MARK_CANDIDATES.finditer(text, ls, le):
            walk.mark(mark.start(), ls, le)
        if walk.open_at is not None:
            walk.paragraph_end(le, lines[li + 1] if li + 1 < len(lines) else None)
    return walk.quotes


def _between_tags(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rule "tags end quotes": the pieces of each line between the tags of blocks and embedded posts
    (:func:`claimex.markup.block_tags`), which hold a tweet's words as a paragraph holds a reporter's. A
    quote mark inside such a tag quotes an attribute's value, not words, and a quote open at it ends there
    ('<tweet author="@x">We won.</tweet>')."""
    tags = block_tags(text)
    if not tags:
        return lines
    pieces = []
    first = 0  # the first tag that does not end before the line (lines and tags are in text order)
    for ls, le in lines:
        while first < len(tags) and tags[first][1] <= ls:
            first += 1
        start, k = ls, first
        while k < len(tags) and tags[k][0] < le:
            if tags[k][0] > start and text[start:tags[k][0]].strip():
                pieces.append((start, tags[k][0]))
            start, k = max(start, tags[k][1]), k + 1
        if start < le and text[start:le].strip():
            pieces.append((start, le))
    return pieces


@dataclass(slots=True)
class _DoubleMarks:
    """:func:`find_double_quotes` as it walks the marks of a text: the quotes found, and the one open."""

    text: str
    quotes: list[MarkedQuote] = field(default_factory=list)
    open_at: int | None = None  # offset of the current opening mark
    open_char: str = ""
    fragments: list[tuple[int, int]] = field(default_factory=list)
    frag_start: int = 0  # where the current fragment's text starts (after its opening mark)
    nested_end: int = 0  # end of a curly pair nested in an open straight quote: its marks are skipped

    def mark(self, i: int, ls: int, le: int) -> None:
        """A candidate mark at ``i``, in the paragraph ``ls``-``le``."""
        text = self.text
        ch = text[i]
        if ch in "'`" and text.startswith(ch * 2, i) and (i == ls or text[i - 1] != ch):
            ch = _STRAIGHT_DOUBLE  # typewriter doubles: ''...'' and ``...''
            if text[i] == "`" and self.open_at is None:
                self.open_at, self.open_char, self.frag_start = i, ch, i + 2
                return
        elif ch not in '"“”„«»' or i < self.frag_start:
            return
        if i < self.frag_start or i < self.nested_end:
            return
        if self.open_at is None:
            self._opening(i, ch, ls, le)
        else:
            self._while_open(self.open_at, i, ch, ls)

    def _opening(self, i: int, ch: str, ls: int, le: int) -> None:
        text = self.text
        if ch in "«‹" and not _is_opening(text, i, ls, curly=True):
            return  # "»no« today": a reversed closing guillemet, not an opener
        if ch == "»" and _is_opening(text, i, ls, curly=True) and "«" in text[i:le]:
            self.open_at, self.open_char, self.frag_start = i, ch, i + 1  # Danish/German »...«
            return
        if ch in _DOUBLE_OPEN or (ch == _STRAIGHT_DOUBLE and _is_opening(text, i, ls)):
            self.open_at, self.open_char, self.frag_start = i, ch, i + _mark_width(text, i)

    def _while_open(self, open_at: int, i: int, ch: str, ls: int) -> None:
        text = self.text
        closes = ch in QUOTE_PAIRS.get(self.open_char, ()) or ch in _DOUBLE_CLOSE
        if ch == "“" and self.open_char != "„" and _is_opening(text, i, ls):
            closes = False
            if self.open_char == _STRAIGHT_DOUBLE and self._nested_pair(i, ls):
                return  # '"It is not about “equal justice” any more."': a quote inside the quote
        if closes and not text[self.frag_start:i].strip():  # an empty pair of marks: "", “”, “ ”
            self.open_at, self.fragments = None, []
            return
        if closes and i > self.frag_start:
            self.fragments.append(_trim(text, self.frag_start, i))
            self.quotes.append(MarkedQuote(open_at, i + _mark_width(text, i), tuple(self.fragments), True))
            self.open_at, self.fragments = None, []
        elif ch in _DOUBLE_OPEN or (ch == _STRAIGHT_DOUBLE and _is_opening(text, i, ls)):
            # an opener while open: the earlier mark was never closed; start again here
            self.open_at, self.open_char, self.frag_start, self.fragments = i, ch, i + _mark_width(text, i), []

    def _nested_pair(self, i: int, ls: int) -> bool:
        """Whether the curly opening mark at ``i``, inside an open straight quote, opens a quote within
        it: its closing mark comes before the next straight mark, in the same paragraph, and the
        straight quote either closes after it in the paragraph or opens the paragraph (a quote that
        runs on into the next one)."""
        text = self.text
        end = text.find("\n", i)
        end = len(text) if end < 0 else end
        close = text.find("”", i + 1, end)
        straight = text.find(_STRAIGHT_DOUBLE, i + 1, end)
        if close < 0 or (0 <= straight < close) or not text[self.frag_start:i].strip():
            return False  # '"“A,” she said."': a stray straight mark before the quote, no nesting
        opens_paragraph = self.open_at is not None and not text[ls:self.open_at].strip()
        if straight < 0 and not opens_paragraph:
            return False
        self.nested_end = close + 1
        return True

    def paragraph_end(self, le: int, next_line: tuple[int, int] | None) -> None:
        """The paragraph ending at ``le`` ends inside the open quote: it goes on in the next paragraph
        when that one starts with an opening mark, else it ends here, unclosed."""
        text, open_at = self.text, self.open_at
        if open_at is None:
            return
        frag = _trim(text, self.frag_start, le)
        nxt = _starts_with_opener(text, next_line) if next_line is not None else None
        if frag[0] < frag[1]:
            self.fragments.append(frag)
        if nxt is not None and self.fragments:
            self.frag_start = nxt + _mark_width(text, nxt)  # continued in the next paragraph; skip its mark
            self.open_char = _STRAIGHT_DOUBLE if text[nxt] in "'`" else text[nxt]
            return
        if self.fragments:
            self.quotes.append(MarkedQuote(open_at, frag[1], tuple(self.fragments), False))
        self.open_at, self.fragments = None, []


def _single_quotes(text: str, ls: int, le: int) -> list[MarkedQuote]:
    """Single-mark quotes in one stretch of text that lies outside double quotes."""
    out: list[MarkedQuote] = []
    i = ls
    while i < le:
        mark = _SINGLE_MARK_CANDIDATES.search(text, i, le)  # what lies between marks is never a quote's start
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if nxt.isdigit():  # "the '90s", "‘90s": an elision, not a quote
            i += 1
            continue
        if ch in _SINGLE_OPEN or (ch == _STRAIGHT_SINGLE and _is_opening(text, i, ls)):
            before = text[i - 1] if i > ls else " "
            if ch == _STRAIGHT_SINGLE or before in _BEFORE_OPEN or before in _ALL_MARKS:
                close = _find_single_close(text, i + 1, min(le, i + MAX_SINGLE_QUOTE_CHARS))
                if close is not None:
                    inner = _trim(text, i + 1, close)
                    if inner[0] < inner[1]:
                        out.append(MarkedQuote(i, close + 1, (inner,), True, single=True))
                    i = close + 1
                    continue
        i += 1
    return out


def _find_single_close(text: str, start: int, stop: int) -> int | None:
    for j in range(start, stop):
        ch = text[j]
        if ch not in _SINGLE_CLOSE and ch != _STRAIGHT_SINGLE:
            continue
        before = text[j - 1]
        after = text[j + 1] if j + 1 < len(text) else " "
        if not before.isspace() and not after.isalnum():
            # "officials’ view" and "the '90s" are apostrophes: a closer needs its content to end
            # in a letter, digit or punctuation and must not be a plural possessive before a noun
            if before == "s" and after == " " and j + 2 < len(text) and text[j + 2].islower():
                continue
            return j
    return None


def find_quotes(text: str, *, single: bool = True) -> list[MarkedQuote]:
    """All direct quotes in ``text``, in order: double-mark quotes, and single-mark ones outside them."""
    doubles = find_double_quotes(text)
    if not single or not any(c in text for c in "‘'‚‹"):
        return doubles
    singles: list[MarkedQuote] = []
    gaps: list[tuple[int, int]] = []
    pos = 0
    for q in doubles:
        gaps.append((pos, q.start))
        pos = q.end
    gaps.append((pos, len(text)))
    for gs, ge in gaps:
        for ls, le in _lines(text[gs:ge]):
            singles.extend(_single_quotes(text, gs + ls, gs + le))
    return sorted(doubles + singles, key=lambda q: q.start)
