"""``claimex_paragraphs``: paragraph breaks are sentence breaks.

Runs *before* the parser. A blank line (or a line break followed by an opening quote mark) ends a
sentence, so the parser never joins the last sentence of one paragraph with the first of the next, a
frequent cause of lost attributions (a quote-only paragraph swallowing the next speaker's subject).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphSplitter:
    """Sets ``is_sent_start`` on the first token after every line break (the parser keeps it)."""

    def __init__(self, *, min_newlines: int = 1) -> None:
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        for token in doc:
            if token.is_space and token.text.count("\n") >= self.min_newlines:
                after_break = True
                continue
            if after_break and token.i > 0:
                token.is_sent_start = True
            after_break = False
        return doc


@Language.factory("claimex_paragraphs", default_config={"min_newlines": 1})
def make_paragraphs(nlp: Language, name: str, min_newlines: int) -> ParagraphSplitter:
    return ParagraphSplitter(min_newlines=min_newlines)
