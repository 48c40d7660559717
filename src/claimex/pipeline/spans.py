"""A set of character spans that answers "does this span overlap any of them?" by bisection.

Used where a stage would otherwise compare every span with every other (claimex_quotes: quotes that no
claim covers yet; claimex_speakers: entity mentions outside the speakers' mentions).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable


class SpanSet:
    """A set of character spans that answers "does this span overlap any of them?" by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end so far
        self._added: list[tuple[int, int]] = []

    def extend(self, spans: Iterable[tuple[int, int]]) -> None:
        """Add spans later; they are meant to be asked about in text order (see :meth:`overlaps`)."""
        self._added.extend(spans)

    def overlaps(self, span: tuple[int, int]) -> bool:
        before = bisect.bisect_left(self._starts, span[1])  # the spans that start before this one ends
        if before > 0 and self._reach[before - 1] > span[0]:
            return True
        # spans added later: asked in text order, those that end before this one can be dropped
        self._added = [a for a in self._added if a[1] > span[0]]
        return any(s < span[1] for s, _ in self._added)
