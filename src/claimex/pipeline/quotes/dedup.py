"""One statement, one claim: the last pass of ``claimex_quotes``, after :mod:`.passes`.

The rules find a statement more than once: a nested attribution ("the paper reported that the minister
said the deal was dead") gives a claim for each cue; a quote and a cue whose object or complement
repeats it ("she hopes the vote sends a message" around the quote itself) give two; a pull-quote or
a headline repeats a quote of the body. PolNeAR annotates such a statement once (its tokens have one
role each), and so does a reader.

Which extraction survives (:func:`survivor`):

1. **Nesting.** When one claim's cue lies inside the other's content, the outer claim reports the
   inner one: the outer claim survives, and records the inner claim's speaker mention as its
   ``nested_source`` (the outer source and the inner speaker, as PolNeAR flattens them). An outer claim
   with no speaker mention gives way to an inner one that has one, and so does an outer claim whose
   content is its cue's object (:data:`OBJECT_RULES`) to an inner one spoken by a relative pronoun of
   that object: in "the mayor rebuked critics who say she should ...", "praised Lee, who has vowed not
   to ...", the object is whom the cue is aimed at, and the statement is the one its relative clause
   reports. ("criticised the process, which he said was unfair" keeps the outer claim: PolNeAR reads the
   speaker's own aside as part of the object.) (Measured on PolNeAR train, the
   outer claim is the one annotated far more often, even when the inner one is quoted: "he said he'd
   asked his "people" to ...", "Lopez hammered Hale, calling him a "walking disaster"".)
2. **Two readings of one statement** (neither cue inside the other's content): the quoted one first
   (direct, then mixed, then indirect), then the one with a speaker mention, then the rule of higher
   confidence, then the earlier.
3. **Repeats elsewhere in the text** (:func:`drop_repeats`): a claim whose words (at least
   :data:`MIN_REPEAT_WORDS`) are a run of another claim's words, at another place, is a pull-quote,
   a headline or a fragment quoted again, when the two may have one speaker (one has no speaker
   mention, or the two mentions end in the same word); the one with a cue survives, else the longer.

A claim whose content runs over its own cue is a content error, not a statement: it is compared with
no other (both stay).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from ... import lexicons

Offsets = tuple[int, int]

#: Rules whose content is the cue's object, a noun phrase: "rebuked *critics who say he should ...*".
OBJECT_RULES = frozenset({"object", "quoted_object"})
#: Share of the shorter content two claims must have in common to be one statement.
MIN_SHARED = 0.5
#: Fewest words a claim repeated elsewhere in the text needs to count as the same statement.
MIN_REPEAT_WORDS = 4
_WORD = re.compile(r"[^\W_]+")
#: Mentions that may stand for any speaker ("he", "who").
_PRONOUNS = frozenset({*lexicons.PERSON_PRONOUNS, *lexicons.NEUTER_PRONOUNS, *lexicons.PLURAL_PRONOUNS,
                       *lexicons.FIRST_PERSON, *lexicons.RELATIVE_PRONOUNS})


class Extraction(Protocol):
    """What the pass reads and writes of a claim under construction (``quotes._Claim``)."""

    rule: str
    content: list[Offsets]
    cue: Offsets | None
    mention: Offsets | None
    ref: Offsets | None
    direct: bool
    quotes: list[int]
    nested: Offsets | None


E = TypeVar("E", bound=Extraction)


def _size(spans: Sequence[Offsets]) -> int:
    return sum(e - s for s, e in spans)


def shared_share(a: Sequence[Offsets], b: Sequence[Offsets]) -> float:
    """The characters two contents (their fragments) have in common, over the shorter of the two."""
    shorter = min(_size(a), _size(b))
    if shorter <= 0:
        return 0.0
    shared = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    return shared / shorter


def _inside(point: Offsets | None, spans: Sequence[Offsets]) -> bool:
    return point is not None and any(s <= point[0] < e for s, e in spans)


def _rank(claim: Extraction, confidence: Callable[[str], float]) -> tuple[int, int, float, int]:
    kind = 2 if claim.direct else (1 if claim.quotes else 0)
    return kind, claim.mention is not None, confidence(claim.rule), -claim.content[0][0]


def survivor(a: E, b: E, confidence: Callable[[str], float]) -> tuple[E, E] | None:
    """``(kept, dropped)`` when ``a`` and ``b`` are one statement, None when they are two.

    Args:
        a: A claim.
        b: Another claim of the same document.
        confidence: The confidence of a rule name (the precision measured for the rule).

    Returns:
        The claim that survives and the one dropped, by the rule of the module docstring.
    """
    if shared_share(a.content, b.content) <= MIN_SHARED:
        return None
    if _inside(a.cue, a.content) or _inside(b.cue, b.content):
        return None  # a content that runs over its own cue: fix the content, not the count
    a_outer, b_outer = _inside(b.cue, a.content), _inside(a.cue, b.content)
    if a_outer != b_outer:
        outer, inner = (a, b) if a_outer else (b, a)
        if inner.mention is not None and (outer.mention is None or (outer.rule in OBJECT_RULES and inner.ref)):
            return inner, outer
        return outer, inner
    return (a, b) if _rank(a, confidence) >= _rank(b, confidence) else (b, a)


def _words(text: str, spans: Sequence[Offsets]) -> list[str]:
    return [w.lower() for s, e in spans for w in _WORD.findall(text[s:e])]


def _is_run(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[k:k + n] == short for k in range(len(long) - n + 1))


def _same_source(a: Extraction, b: Extraction, text: str) -> bool:
    """Whether two claims may have one speaker: one has no speaker mention (a pull-quote, a floating
    quote), or their mentions end in the same word ("Donald Trump" / "Trump"). "Officials said no
    civilians were killed" and ""No civilians were killed," a spokesman said" are two statements."""
    if a.mention is None or b.mention is None:
        return True
    last_a, last_b = _words(text, [a.mention])[-1:], _words(text, [b.mention])[-1:]
    return last_a == last_b or any(w in _PRONOUNS for w in (*last_a, *last_b))


def drop_repeats(claims: list[E], text: str) -> list[E]:
    """Without the claims that repeat another claim's words elsewhere in the text (pull-quotes,
    headlines, a fragment quoted again); see the module docstring for which one stays.

    Only claims that hold the first and the last word of a claim are compared with it (an index of
    words to claims), not every pair of claims.
    """
    words = [_words(text, c.content) for c in claims]
    holders: dict[str, set[int]] = {}
    for i, w in enumerate(words):
        if len(w) >= MIN_REPEAT_WORDS:
            for word in w:
                holders.setdefault(word, set()).add(i)
    dropped: set[int] = set()
    for i, short in enumerate(words):
        if len(short) < MIN_REPEAT_WORDS:
            continue
        for j in sorted((holders[short[0]] & holders[short[-1]]) - {i}):
            if i in dropped:
                break
            long = words[j]
            if j in dropped or len(long) < len(short) or shared_share(claims[i].content, claims[j].content) \
                    or not _is_run(short, long) or not _same_source(claims[i], claims[j], text):
                continue
            # the one with a cue survives, else the longer (a tie: the later, the body after a headline)
            keep_j = (claims[j].cue is not None, len(long), j) > (claims[i].cue is not None, len(short), i)
            dropped.add(i if keep_j else j)
    return [c for n, c in enumerate(claims) if n not in dropped]


def dedupe_statements(claims: list[E], text: str, confidence: Callable[[str], float]) -> list[E]:
    """One claim per statement: overlapping and nested claims, then repeats elsewhere in the text.

    Args:
        claims: The claims of one document, in any order.
        text: The document text.
        confidence: The confidence of a rule name.

    Returns:
        The surviving claims, in content order; a survivor of a nested pair has ``nested`` set to the
        inner claim's speaker mention.
    """
    ordered = sorted(claims, key=lambda c: c.content[0])
    ends = [max(e for _, e in c.content) for c in ordered]
    dropped: set[int] = set()
    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if i in dropped or b.content[0][0] >= ends[i]:
                break  # sorted by start: no later claim overlaps ``a``
            if j in dropped:
                continue
            verdict = survivor(a, b, confidence)
            if verdict is None:
                continue
            kept, lost = verdict
            dropped.add(j if lost is b else i)
            if kept.nested is None and lost.mention is not None and _inside(lost.cue, kept.content):
                kept.nested = lost.mention
    return drop_repeats([c for n, c in enumerate(ordered) if n not in dropped], text)


__all__ = ["Extraction", "dedupe_statements", "drop_repeats", "shared_share", "survivor"]
