"""``claimex_paragraphs``: paragraph breaks are sentence breaks.

Runs *before* the parser. A blank line (or a line break followed by an opening quote mark) ends a
sentence, so the parser never joins the last sentence of one paragraph with the first of the next, a
frequent cause of lost attributions (a quote-only paragraph swallowing the next speaker's subject).

A tag of a block or an embedded post left in the text (rule "markup breaks": ``<tweet author="@x"
datetime="2016-06-29">``, ``</tweet>``, ``<p>``; :func:`claimex.markup.block_tags`) is a sentence of its own:
the text before it, the tag and the text after it are parsed apart, so the parser never makes a tag's words
the subject of the tweet's verb. The tokenizer takes tags apart from the words next to them
(``claimex.api.split_markup``).

:func:`headline_end` finds where a news text's headline block ends (rule "headline_block"); the quotes stage
flags the claims that lie in it (``Claim.in_headline``).
"""

from __future__ import annotations

import re
from typing import Final, cast

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from ..markup import block_tags

#: A blank line: a line break, nothing but white space on the next line, and another line break.
RE_BLANK_LINE: Final = re.compile(r"\n[ \t\r\f\v]*\n")
#: The most lines of a headline block: a headline, a sub-headline and a byline or dateline.
HEADLINE_MAX_LINES: Final = 3
#: The most words of the block's first line, the headline (the longest of PolNeAR train has 25).
HEADLINE_MAX_WORDS: Final = 30
#: The most words of each later line of the block, a sub-headline (the longest of PolNeAR train has 47).
SUBHEADLINE_MAX_WORDS: Final = 60


def headline_end(text: str) -> int:
    """The offset where the headline block of ``text`` ends, else 0 (rule "headline_block", issue 15's
    nonclaims6 round).

    The headline block is the text before the first blank line: the headline and any sub-headline. It is one
    only when a body follows it (more text after the blank line) and it is short: at most
    :data:`HEADLINE_MAX_LINES` lines, a first line of at most :data:`HEADLINE_MAX_WORDS` words and later lines
    of at most :data:`SUBHEADLINE_MAX_WORDS`. A text of one paragraph, one whose paragraphs are parted by
    single line breaks only, or one that opens with a long paragraph has no headline block (0). A text with
    no headline whose first paragraph is short is read as having one: the layout alone cannot tell them
    apart.

    >>> headline_end("Mayor Vows to Fight Cuts\n\nThe mayor said on Monday that she would fight.")
    24
    >>> headline_end("The mayor said on Monday that she would fight.")
    0
    """
    start = len(text) - len(text.lstrip())
    blank = RE_BLANK_LINE.search(text, start)
    if blank is None or not text[blank.end():].strip():
        return 0
    lines = text[start:blank.start()].split("\n")
    if (len(lines) > HEADLINE_MAX_LINES or len(lines[0].split()) > HEADLINE_MAX_WORDS
            or any(len(line.split()) > SUBHEADLINE_MAX_WORDS for line in lines[1:])):
        return 0
    return blank.start()


class ParagraphSplitter:
    """Sets ``is_sent_start`` on the first token after every line break (the parser keeps it)."""

    def __init__(self, *, min_newlines: int = 1) -> None:
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        # Token.is_sent_start's setter checks the whole Doc for a parse each time (quadratic over
        # thousands of paragraphs): find the breaks on the arrays and set them in one go.
        if len(doc) < 2:
            return doc
        spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist()
        starts = [i + 1 for i in spaces
                  if i + 1 < len(doc) and not doc[i + 1].is_space and doc[i].text.count("\n") >= self.min_newlines]
        if "<" in doc.text:
            starts.extend(_markup_breaks(doc))
        if starts:
            values = doc.to_array([SENT_START])  # uint64, -1 wrapped around: written back as it is
            values[starts] = 1
            doc.from_array([SENT_START], cast(Ints2d, values.reshape(-1, 1)))
        return doc


def _markup_breaks(doc: Doc) -> list[int]:
    """Rule "markup breaks": the first token of each markup tag and the first token after it, where the
    tag's edges are token edges: 'She wrote: <tweet author="@x">We won.</tweet>' -> "<", "We", "</tweet"."""
    tags = [char for span in block_tags(doc.text) for char in span]
    if not tags:
        return []
    first = {idx: i for i, idx in enumerate(doc.to_array(IDX).tolist())}  # token starting at a character
    return [first[char] for char in tags if first.get(char, 0) > 0]


@Language.factory("claimex_paragraphs", default_config={"min_newlines": 1})
def make_paragraphs(nlp: Language, name: str, min_newlines: int) -> ParagraphSplitter:
    return ParagraphSplitter(min_newlines=min_newlines)
