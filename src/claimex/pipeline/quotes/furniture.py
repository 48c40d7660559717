"""Page furniture: lines of a scraped page that are not article text, and hold no claim.

Navigation ("READ MORE: Mayor says budget will balance", "WATCH: ...", "Related Articles"), reader
imperatives ("Follow X on Twitter", "Watch the full interview below:"), recording markers ("(BEGIN
VIDEO CLIP)") and picture captions that end in a credit ("... via Getty Images."). A headline-like
line there is a link to another article: what it says someone says is not said in this one.

The line before a credit of its own is not taken for a caption: scraped pages often lose the caption
and keep the credit, right after a paragraph of the article (measured on PolNeAR train, where that
rule dropped 14 quotes of the article body).
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lexicons
from ..spans import SpanSet
from .context import _Claim

#: Longest line (characters) a navigation label makes furniture: after "Editor's note:" a paragraph of
#: several sentences is article text (a correction, with what the article and its sources said).
MAX_LABEL_LINE = 300


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """The non-blank lines of ``text`` as (start, end) offsets."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            yield start, end
        start = end + 1


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` that are page furniture, as (start, end) offsets, in order."""
    out: list[tuple[int, int]] = []
    for start, end in _lines(text):
        line = text[start:end].replace("’", "'")
        if (lexicons.RE_FURNITURE_LABEL.match(line) and len(line) <= MAX_LABEL_LINE) or \
                lexicons.RE_FURNITURE_LINE.match(line) or lexicons.RE_PHOTO_CREDIT.search(line):
            out.append((start, end))
    return out


def drop_furniture(claims: list[_Claim], text: str) -> list[_Claim]:
    """The claims whose content does not start in a furniture line."""
    lines = furniture_lines(text)
    if not lines:
        return claims
    furniture = SpanSet(lines)
    return [c for c in claims if not furniture.overlaps((c.content[0][0], c.content[0][0] + 1))]


__all__ = ["drop_furniture", "furniture_lines"]
