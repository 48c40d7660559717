"""HTML read as the plain text claimex parses: :func:`html_to_text`, and :func:`looks_like_html`.

claimex reads plain text: a page saved from a news site (``<p>"We won," the mayor said.</p>``) hides
its quote marks and reporting verbs among tags, and nothing is found. :func:`html_to_text` keeps what a
reader sees: the text of the page, each block (a paragraph, a heading, a list item, a table row) a
paragraph of its own, separated by a blank line, entities decoded (``&ldquo;`` -> \u201c), the inside of
``<script>``, ``<style>`` and ``<head>`` left out. The offsets of a result index this text, not the HTML:
keep it (``claimex extract --input-format html`` reads a file through it).

It uses only the standard library's :class:`html.parser.HTMLParser`, which takes broken markup as it
comes and never raises on it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Final

#: Elements whose text is a paragraph of its own.
BLOCK_TAGS: Final = frozenset({
    "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "figure",
    "figcaption", "hr", "address", "form", "fieldset", "details", "summary", "body", "html",
})
#: Elements whose content is not text a reader sees.
HIDDEN_TAGS: Final = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object"})
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r\f\v]*\n\s*")
#: Tags of text markup, for :func:`looks_like_html`.
_MARKUP: Final = re.compile(r"</?(p|div|br|span|a|b|i|em|strong|li|ul|ol|h[1-6]|html|body|head|script|"
                            r"style|table|tr|td|blockquote|article|section)\b[^<>]{0,500}>", re.IGNORECASE)
_INLINE: Final = frozenset({"span", "a", "b", "i", "em", "strong"})
#: One tag of inline markup left in a text (``<tweet author="@x" datetime="2016-06-29">``, ``</tweet>``,
#: ``<tweet/>``): a name (group 1), then attributes whose values are quoted (up to 200 characters) or bare.
MARKUP_TAG: Final = re.compile(r"</?([^\W\d_][\w-]*)(?:\s+[\w-]+(?:=(?:\"[^\"<>]{0,200}\"|[^\s\"'<>]+))?)*\s*/?>")
#: Elements whose tags are the edges of a block of text: a paragraph's, or an embedded post's (``<tweet>``).
TEXT_BLOCK_TAGS: Final = BLOCK_TAGS | {"tweet"}


def block_tags(text: str) -> list[tuple[int, int]]:
    """(start, end) of the tags of :data:`TEXT_BLOCK_TAGS` elements left in ``text``, in order; not those of
    inline elements (``<b>``, ``<a href=...>``) or scripts, whose words belong to the sentence around them."""
    if "<" not in text:
        return []
    return [tag.span() for tag in MARKUP_TAG.finditer(text) if tag.group(1).lower() in TEXT_BLOCK_TAGS]


class _Collector(HTMLParser):
    """The visible text of a page, with a paragraph break at each block's edges. A self-closing tag
    (``<br/>``, ``<p/>``) goes through :meth:`handle_starttag` and :meth:`handle_endtag`, as
    :class:`~html.parser.HTMLParser` does by default."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # depth inside hidden elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:  # the source's own line breaks are white space, as a browser shows them
            self.parts.append(" ".join(data.splitlines()))


def html_to_text(html: str) -> str:
    """The text a reader sees in ``html``: one paragraph per block, separated by a blank line; within a
    paragraph, runs of white space (the markup's line breaks and indents) are one space, and a ``<br>``
    is a line break.

    >>> html_to_text('<html><head><title>x</title></head><body><p>&ldquo;We won,&rdquo; '
    ...              'the mayor <b>said</b>.</p><p>The count went on.</p></body></html>')
    '\u201cWe won,\u201d the mayor said.\\n\\nThe count went on.'
    """
    collector = _Collector()
    collector.feed(html)
    collector.close()
    paragraphs = []
    for block in _PARAGRAPH_BREAK.split("".join(collector.parts)):
        lines = (" ".join(line.split()) for line in block.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def looks_like_html(text: str, *, least: int = 2) -> bool:
    """Whether ``text`` holds at least ``least`` tags of text markup, one of them a block, a line break, a
    script or the page itself (``<p>``, ``</div>``, ``<br/>``, ``<html>`` ...), or twice as many of any
    kind: HTML that should go through :func:`html_to_text` first. A lone "<b>" in an article about
    markup, or a link left in scraped text (``<a href="...">`` ... ``</a>``), is not enough."""
    blocks = 0
    for tags, match in enumerate(_MARKUP.finditer(text), start=1):
        blocks += match.group(1).lower() not in _INLINE
        if tags >= least and (blocks or tags >= 2 * least):
            return True
    return False


__all__ = ["BLOCK_TAGS", "HIDDEN_TAGS", "html_to_text", "looks_like_html"]
