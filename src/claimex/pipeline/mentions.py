"""An index of a document's speaker mentions, for the claims stage (speech acts and targets).

The claims stage reads the speaker entities the speakers stage wrote (plain records: ``id``, ``name``,
``aliases``, ``mentions``, ...) many times per document: which speaker a character offset is a mention of,
which speaker's mention is the nearest before an offset, how often each speaker is mentioned. One index per
document answers them, made once for all its claims.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from typing import Any


class MentionIndex:
    """The speakers' mentions sorted by start, to find the one a character offset is inside without
    walking every mention of every speaker for each claim."""

    __slots__ = ("_by_id", "_counts", "_joined", "_names", "longest", "named", "observers", "size", "spans",
                 "speakers", "starts")

    def __init__(self, speakers: Sequence[Mapping[str, Any]]) -> None:
        spans = sorted((s, e, n) for n, sp in enumerate(speakers) for s, e in sp.get("mentions") or ())
        self.speakers = speakers
        self.size = len(speakers)
        self.starts = [s for s, _, _ in spans]
        self.spans = spans
        self.longest = max((e - s for s, e, _ in spans), default=0)
        self._names: list[list[tuple[str, str]]] | None = None
        self._joined: str | None = None
        self._counts: dict[str, int] | None = None
        self._by_id: dict[Any, Mapping[str, Any]] | None = None
        #: name -> the speaker it names (:func:`claimex.pipeline.acts._named_speaker`), as found for this document
        self.named: dict[str, Mapping[str, Any] | None] = {}
        #: speaker id -> whether its role is one of analysis or reporting (:func:`claimex.pipeline.acts.observer_role`),
        #: read once per speaker for all its claims
        self.observers: dict[Any, bool] = {}

    @property
    def mention_counts(self) -> dict[str, int]:
        """Speaker id -> how many mentions it has (made when first asked for)."""
        if self._counts is None:
            self._counts = {str(sp.get("id")): len(sp.get("mentions") or ()) for sp in self.speakers}
        return self._counts

    def speaker(self, sid: object) -> Mapping[str, Any] | None:
        """The first speaker whose ``id`` is ``sid`` (a dict made when first asked for: each claim asks for
        its own speaker)."""
        if self._by_id is None:
            self._by_id = {}
            for sp in self.speakers:
                self._by_id.setdefault(sp.get("id"), sp)
        return self._by_id.get(sid)

    @property
    def names(self) -> list[list[tuple[str, str]]]:
        """Each speaker's names and aliases with their lower-case forms (made when first asked for)."""
        if self._names is None:
            self._names = [[(o, o.lower()) for o in (sp.get("name"), *(sp.get("aliases") or ())) if o]
                           for sp in self.speakers]
        return self._names

    @property
    def joined(self) -> str:
        """Every lower-case name and alias of every speaker, one a line: a word that is in none of them
        is not in this text either, so that a name none of them shares a word with is passed over in one
        test (made when first asked for)."""
        if self._joined is None:
            self._joined = "\n".join(low for names in self.names for _, low in names)
        return self._joined

    def nearest_before(self, at: int, accept: Callable[[Mapping[str, Any]], bool]) -> tuple[int, int] | None:
        """(start, speaker index) of the accepted speaker's mention that starts last before ``at`` (on a
        tie, the speaker first in list order)."""
        spans, speakers = self.spans, self.speakers
        j = bisect.bisect_left(self.starts, at) - 1
        found: tuple[int, int] | None = None
        while j >= 0:
            s, _, n = spans[j]
            if found is not None and s < found[0]:
                break
            if accept(speakers[n]) and (found is None or n < found[1]):
                found = (s, n)
            j -= 1
        return found

    def owner(self, at: int) -> Mapping[str, Any] | None:
        """The first speaker (in list order) with a mention that contains ``at``."""
        best: int | None = None
        j = bisect.bisect_right(self.starts, at) - 1
        floor = at - self.longest
        spans = self.spans
        while j >= 0 and spans[j][0] >= floor:
            _, e, n = spans[j]
            if e > at and (best is None or n < best):
                best = n
            j -= 1
        return self.speakers[best] if best is not None else None


_LAST_INDEX: list[MentionIndex] = []  # the index of the last speaker list seen (one document's)


def speaker_index(speakers: Sequence[Mapping[str, Any]]) -> MentionIndex:
    """The index of a document's speakers, made once for all its claims: again for another list, or when
    speakers were added to it (the speakers of a document are not changed while its claims are read)."""
    index = _LAST_INDEX[0] if _LAST_INDEX else None
    if index is None or index.speakers is not speakers or index.size != len(speakers):
        index = MentionIndex(speakers)
        _LAST_INDEX[:] = [index]
    return index


__all__ = ["MentionIndex", "speaker_index"]
