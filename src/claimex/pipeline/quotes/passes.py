"""The passes after the rules: the quote type, followers, duplicates."""

from __future__ import annotations

from .context import _Claim, _Context


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
