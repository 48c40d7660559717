"""Texts longer than the pipeline takes: split at paragraph boundaries, processed in pieces, merged.

spaCy refuses a text longer than ``nlp.max_length`` (one million characters by default), and the
parser's memory grows with the text. ``split_text`` cuts such a text into consecutive pieces that
cover it exactly (no overlap, no gap), preferring blank lines that lie outside every direct quote, so
a quote (even one that runs over several paragraphs) is never cut in two. ``merge_results`` turns the
pieces' results back into one :class:`~claimex.model.Result` of the whole text: offsets shifted, claims
renumbered in order, speakers with the same name merged across pieces and renumbered by first mention,
links re-pointed at the new claim ids.

Both are plain functions of strings and results; :mod:`claimex.api` calls them for texts longer than
``nlp.max_length`` (or a ``max_piece_chars`` given by the caller).

Notes:
    What crosses a split is lost the way a paragraph break loses it anyway: a pronoun at the start of
    a piece cannot resolve to a speaker named only in the piece before, and links join only claims
    of the same piece. With pieces of many paragraphs this touches few claims.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .model import Claim, ClaimLink, DocError, Offsets, Result, Speaker
from .names import piece_key
from .pipeline.marks import find_quotes

#: A paragraph boundary: a line break followed by at least one blank line (the split goes after it).
RE_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
#: A line break, the fallback when one paragraph alone is longer than a piece.
RE_LINE_BREAK = re.compile(r"\n\s*")
#: A sentence end followed by white space, the fallback when one line is longer than a piece.
RE_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
#: Any run of white space, the last resort before a hard cut.
RE_SPACE = re.compile(r"\s+")
_LEVELS = (RE_PARAGRAPH_BREAK, RE_LINE_BREAK, RE_SENTENCE_END, RE_SPACE)


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """Consecutive pieces of at most ``max_chars`` characters that cover ``text`` exactly.

    A piece ends after a paragraph break (a blank line) outside every direct quote; when no such
    break lies within ``max_chars``, after a line break, then a sentence end, then any white space
    outside quotes; when even that fails (a single quote longer than a piece), the same boundaries
    inside a quote are used, and as a last resort the text is cut at ``max_chars``.

    Args:
        text: the whole document.
        max_chars: the longest piece (at least 1).

    Returns:
        ``(offset, piece)`` pairs with ``text[offset:offset + len(piece)] == piece``, in order;
        ``"".join(piece for _, piece in pieces) == text``. A text within the limit is one piece.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    if len(text) <= max_chars:
        return [(0, text)]
    spans = _union(sorted((q.start, q.end) for q in find_quotes(text)))
    starts = [s for s, _ in spans]

    def inside_quote(pos: int) -> bool:
        i = bisect.bisect_left(starts, pos) - 1  # the last quote that starts before pos
        return i >= 0 and pos < spans[i][1]

    cache: dict[tuple[int, bool], list[int]] = {}

    def boundaries(level: int, outside: bool) -> list[int]:
        """Candidate cut points of one kind, computed on first use (the finer kinds are rarely needed)."""
        if (level, outside) not in cache:
            found = [m.end() for m in _LEVELS[level].finditer(text) if 0 < m.end() < len(text)]
            cache[(level, outside)] = [b for b in found if not inside_quote(b)] if outside else found
        return cache[(level, outside)]

    order = [(level, True) for level in range(len(_LEVELS))] + [(level, False) for level in range(len(_LEVELS))]
    pieces: list[tuple[int, str]] = []
    pos = 0
    while len(text) - pos > max_chars:
        limit = pos + max_chars
        cut = next((b for level, outside in order
                    if (b := _last_between(boundaries(level, outside), pos, limit)) is not None), limit)
        pieces.append((pos, text[pos:cut]))
        pos = cut
    pieces.append((pos, text[pos:]))
    return pieces


def _last_between(points: Sequence[int], low: int, high: int) -> int | None:
    """The largest of the sorted ``points`` in ``(low, high]``, or None."""
    i = bisect.bisect_right(points, high) - 1
    return points[i] if i >= 0 and points[i] > low else None


def _union(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _shift(span: Offsets | None, by: int) -> Offsets | None:
    return None if span is None else (span[0] + by, span[1] + by)


def _longest(values: Iterable[str | None]) -> str | None:
    present = [v for v in values if v]
    return max(present, key=len) if present else None


def merge_results(doc_id: str, text: str, parts: Sequence[tuple[int, Result]]) -> Result:
    """One result for ``text`` from the results of its pieces.

    Args:
        doc_id: the id of the merged result.
        text: the whole document (what the offsets of the merged result refer to).
        parts: ``(offset, result)`` for each piece, in text order, where ``offset`` is where the piece
            starts in ``text`` and the result's offsets refer to the piece.

    Returns:
        The merged :class:`Result`: offsets shifted into ``text``; claims ``c1``, ``c2``, ... in order
        of content start; speakers with the same name (case and spacing ignored), or whose name is an
        alias of a speaker of another piece (an acronym defined there), merged into one whose
        mentions and aliases are the union and whose role, title and affiliation are the longest,
        numbered ``s1``, ``s2``, ... by first mention; links re-pointed at the new claim ids; errors
        concatenated, each naming the piece it came from.
    """
    claims: list[tuple[Claim, int]] = []  # shifted claims (old ids) and their piece number
    groups: dict[str, list[Speaker]] = {}  # normalised name of the first -> shifted speakers merged
    known: dict[str, str] = {}  # normalised name or alias -> the group it belongs to
    speaker_key: dict[tuple[int, str], str] = {}  # (piece, old speaker id) -> its group
    links: list[tuple[ClaimLink, int]] = []
    errors: list[DocError] = []
    for n, (offset, result) in enumerate(parts):
        for s in result.speakers:
            name = piece_key(s.name)
            key = known.get(name, name)  # "PMF" in a later piece joins "Popular Mobilisation Forces (PMF)"
            if key != name and any(k == key for (m, _), k in speaker_key.items() if m == n):
                key = name  # the pipeline kept them apart within this piece: so do we
            for alias in (s.name, *s.aliases):
                known.setdefault(piece_key(alias), key)
            speaker_key[(n, s.id)] = key
            mentions = tuple(m for m in (_shift(m, offset) for m in s.mentions) if m is not None)
            groups.setdefault(key, []).append(replace(s, mentions=mentions))
        for c in result.claims:
            shifted = replace(
                c,
                content=(c.content[0] + offset, c.content[1] + offset),
                content_spans=tuple((s + offset, e + offset) for s, e in c.content_spans),
                cue=_shift(c.cue, offset),
                speaker_mention=_shift(c.speaker_mention, offset),
                target=_shift(c.target, offset),
                nested_source=_shift(c.nested_source, offset),
            )
            claims.append((shifted, n))
        for link in result.links:
            evidence = tuple(replace(e, span=_shift(e.span, offset)) for e in link.evidence)
            links.append((replace(link, evidence=evidence), n))
        errors.extend(replace(e, message=f"{e.message} (in the piece at character {offset:,})")
                      for e in result.errors)

    merged: dict[str, Speaker] = {}
    for key, group in groups.items():
        first = group[0]
        aliases: list[str] = []
        for s in group:
            aliases.extend(a for a in s.aliases if a not in aliases)
        kind = next((s.kind for s in group if s.kind != "OTHER"), first.kind)
        merged[key] = replace(
            first, kind=kind, role=_longest(s.role for s in group), title=_longest(s.title for s in group),
            affiliation=_longest(s.affiliation for s in group), aliases=tuple(aliases),
            mentions=tuple(sorted({m for s in group for m in s.mentions})))
    order = sorted(merged, key=lambda k: (merged[k].mentions[0] if merged[k].mentions else (len(text), 0), k))
    new_sid = {key: f"s{i}" for i, key in enumerate(order, start=1)}
    speakers = tuple(replace(merged[key], id=new_sid[key]) for key in order)

    claims.sort(key=lambda item: (item[0].content[0], item[1]))
    new_cid = {(n, c.id): f"c{i}" for i, (c, n) in enumerate(claims, start=1)}
    out_claims: list[Claim] = []
    for c, n in claims:
        gkey = speaker_key.get((n, c.speaker)) if c.speaker is not None else None
        out_claims.append(replace(c, id=new_cid[(n, c.id)], speaker=new_sid[gkey] if gkey is not None else None,
                                  repeat_of=new_cid.get((n, c.repeat_of)) if c.repeat_of is not None else None,
                                  in_headline=c.in_headline and n == 0))  # only the first piece has the headline
    out_links = tuple(
        replace(link, source=new_cid[(n, link.source)], target=new_cid[(n, link.target)])
        for link, n in links
        if (n, link.source) in new_cid and (n, link.target) in new_cid
    )
    return Result(id=doc_id, text=text, claims=tuple(out_claims), speakers=speakers, links=out_links,
                  errors=tuple(errors))


__all__ = ["merge_results", "split_text"]
