"""``claimex_paragraphs``: paragraph breaks are sentence breaks.

Runs *before* the parser. A blank line (or a line break followed by an opening quote mark) ends a
sentence, so the parser never joins the last sentence of one paragraph with the first of the next, a
frequent cause of lost attributions (a quote-only paragraph swallowing the next speaker's subject).

A tag of a block or an embedded post left in the text (rule "markup breaks": ``<tweet author="@x"
datetime="2016-06-29">``, ``</tweet>``, ``<p>``; :func:`claimex.markup.block_tags`) is a sentence of its own:
the text before it, the tag and the text after it are parsed apart, so the parser never makes a tag's words
the subject of the tweet's verb. The tokenizer takes tags apart from the words next to them
(``claimex.api.split_markup``).
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from ..markup import block_tags


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
