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
   a headline or a fragment quoted again, when the two may have one speaker (:func:`same_source`);
   the one with a cue survives, else the longer.
4. **A statement reported again, less fully** (:func:`mark_repeats`): a claim that quotes a few words
   (at least :data:`MIN_REPEAT_WORDS`, inside its quote marks) which are a run of the words another
   claim of the same speaker gives at another place, or that paraphrases such a claim of the same named
   speaker (half of its words in one run of at least :data:`MIN_PARAPHRASE_RUN`), reports that
   statement again: the lede's 'Lee called the plan "a reckless waste of money"' and, further down,
   '"It is a reckless waste of money, and we will vote it down," Lee said'. Both claims stay (PolNeAR
   annotates both occurrences: dropping the 28 repeats of PolNeAR train cost 23 matched direct and
   mixed attributions), and the lesser records the fuller claim's content as its ``repeat_of`` (the
   quotes stage writes its id): one statement, the claim whose ``repeat_of`` is None. The fuller is
   the direct one, else the one of more words, else the later.

A claim whose content runs over its own cue is a content error, not a statement: it is compared with
no other (both stay).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from ... import lexicons

Offsets = tuple[int, int]

#: Rules whose content is the cue's object, a noun phrase: "rebuked *critics who say he should ...*".
OBJECT_RULES = frozenset({"object", "quoted_object"})
#: Share of the shorter content two claims must have in common to be one statement.
MIN_SHARED = 0.5
#: Fewest words a claim repeated elsewhere in the text needs to count as the same statement.
MIN_REPEAT_WORDS = 4
#: Fewest words a paraphrase shares in one run with another report of the statement (:func:`mark_repeats`).
MIN_PARAPHRASE_RUN = 7
_WORD = re.compile(r"[^\W_]+")
#: Where a mention's name ends: an apposition or a bracket ("Ann Lee (D-Ohio)", "Lee, a teacher").
_APPOSITION = re.compile(r"\s*[,(\[]")
#: A possessive at the end of a mention ("Ortiz's", "the senators'").
_POSSESSIVE = re.compile(r"[\u2019']s?\s*$")
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
    repeat_of: Offsets | None


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


def _head(text: str, mention: Offsets) -> list[str]:
    """The words of a mention's name, before an apposition or a bracket and without a possessive:
    "Governor Ann Lee (D-Ohio)", "Tom Ortiz, the campaign manager", "Ortiz's"."""
    name = _APPOSITION.split(text[mention[0]:mention[1]], maxsplit=1)[0]
    return _WORD.findall(_POSSESSIVE.sub("", name))


def _acronym(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` ends in the initials of the last capitalised words of ``long``: "the TWU" of
    "The Transport Workers Union", "the FBI" of "the Federal Bureau of Investigation"."""
    acronym = short[-1] if short else ""
    if len(acronym) < 2 or not acronym.isupper():
        return False
    initials = "".join(w[0] for w in long if w[0].isupper())
    return len(long) >= len(acronym) and initials.endswith(acronym)


def same_source(a: Extraction, b: Extraction, text: str) -> bool:
    """Whether two claims may have one speaker: one has no speaker mention (a pull-quote, a floating
    quote) or a pronoun, or their mentions end in the same word ("Donald Trump" / "Trump"), or the
    words before an apposition or a bracket do ("Governor Ann Lee (D-Ohio)" / "LEE", "Ortiz's" /
    "Maria Ortiz"), or one is the other's initials ("the TWU" / "The Transport Workers
    Union"). "Officials said no civilians were killed" and ""No civilians were killed," a
    spokesman said" are two statements."""
    if a.mention is None or b.mention is None:
        return True
    last_a, last_b = _words(text, [a.mention])[-1:], _words(text, [b.mention])[-1:]
    if last_a == last_b or any(w in _PRONOUNS for w in (*last_a, *last_b)):
        return True
    head_a, head_b = _head(text, a.mention), _head(text, b.mention)
    if head_a and head_b and head_a[-1].lower() == head_b[-1].lower():
        return True
    return _acronym(head_a, head_b) or _acronym(head_b, head_a)


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
                    or not _is_run(short, long) or not same_source(claims[i], claims[j], text):
                continue
            # the one with a cue survives, else the longer (a tie: the later, the body after a headline)
            keep_j = (claims[j].cue is not None, len(long), j) > (claims[i].cue is not None, len(short), i)
            dropped.add(i if keep_j else j)
    return [c for n, c in enumerate(claims) if n not in dropped]


def _quoted_words(text: str, claim: Extraction, quoted: Sequence[Sequence[Offsets]]) -> list[list[str]]:
    """The words of each quote a claim uses, inside its content."""
    runs = []
    for qi in claim.quotes:
        spans = [(max(s, cs), min(e, ce)) for s, e in quoted[qi] for cs, ce in claim.content if max(s, cs) < min(e, ce)]
        runs.append(_words(text, spans))
    return runs


def _said(words: list[str], quotes: list[list[str]], claim: Extraction) -> list[list[str]]:
    """The runs of words a claim gives as the speaker's own: all its ``words`` when it is direct or
    quotes nothing (a reported statement, a transcript line), else the words of each of its ``quotes``."""
    return [words] if claim.direct or not claim.quotes else quotes


def _reported(text: str, claim: Extraction, quoted: Sequence[Sequence[Offsets]]) -> list[list[str]]:
    """The runs of words a claim gives in the writer's words: its content outside its quotes."""
    cuts = sorted(span for qi in claim.quotes for span in quoted[qi])
    runs = []
    for start, end in claim.content:
        for s, e in cuts:
            if s < end and e > start:
                runs.append(_words(text, [(start, max(start, s))]))
                start = max(start, e)
        runs.append(_words(text, [(start, end)]))
    return [run for run in runs if run]


def _longest_stretch(words: list[str], vocabulary: set[str]) -> int:
    """The number of words of the longest stretch of ``words`` that are all in ``vocabulary``."""
    best = current = 0
    for word in words:
        current = current + 1 if word in vocabulary else 0
        best = max(best, current)
    return best


def _longest_run(a: list[str], b: list[str]) -> int:
    """The number of words of the longest run ``a`` and ``b`` share."""
    best, previous = 0, [0] * (len(b) + 1)
    for word in a:
        current = [0] * (len(b) + 1)
        for k, other in enumerate(b):
            if word == other:
                current[k + 1] = previous[k] + 1
                best = max(best, current[k + 1])
        previous = current
    return best


def _name(text: str, claim: Extraction) -> str | None:
    """The last word of a claim's speaker mention when it is a name (capitalised, not a pronoun), lower-cased:
    "Mayor Ann Lee" -> "lee", "Lee's" -> "lee"; None for "she", "officials", no mention."""
    head = _head(text, claim.mention) if claim.mention is not None else []
    if not head or not head[-1][0].isupper() or head[-1].lower() in _PRONOUNS:
        return None
    return head[-1].lower()


def _quotes_again(quote: list[str], other: Extraction, runs: list[list[str]]) -> bool:
    """Rule 1, a quoted fragment: ``quote`` (the words of a quote of one claim) is a run of the words
    ``other`` gives as the speaker's (``runs``, see :func:`_said`): 'Lee called the plan "a reckless
    waste of money"' and '"It is a reckless waste of money, and we will vote it down," Lee said'.
    A claim that also only quotes these words gives no more of the statement: two claims that quote
    a slogan ('said the goal was to "bring back the good old days"') are two statements."""
    most = len(quote) if other.direct or not other.quotes else len(quote) + 1
    return any(len(run) >= most and _is_run(quote, run) for run in runs)


def _reports_again(reported: list[list[str]], size: int, other: list[str]) -> bool:
    """Rule 2, a paraphrase: a run of at least :data:`MIN_PARAPHRASE_RUN` of a claim's words in the
    writer's words (``reported``, see :func:`_reported`), at least half of its ``size`` words, is in
    ``other``: "Lee told the crowd they would not back her because she did not want their money" and
    "Lee's remark that donors would not support her because she did not want their money" (one named
    speaker, see :func:`mark_repeats`). Quoted words are left to rule 1: two claims of one speaker
    that quote one slogan ('said the party wanted to "bring back the good old days"', 'mocked her
    rival's promise to "bring back the good old days"') are two statements."""
    need = max(MIN_PARAPHRASE_RUN, (size + 1) // 2)
    vocabulary = set(other)
    # a shared run is a stretch of words that are all in ``other``: only a long enough stretch is compared
    candidates = [words for words in reported if _longest_stretch(words, vocabulary) >= need]
    return any(_longest_run(words, other) >= need for words in candidates)


def _index(keys: Iterable[list[str]]) -> dict[str, set[int]]:
    """The positions of the items that hold each key (the keys of each item in order)."""
    index: dict[str, set[int]] = {}
    for n, item in enumerate(keys):
        for key in item:
            index.setdefault(key, set()).add(n)
    return index


def mark_repeats(claims: Sequence[E], text: str, quoted: Sequence[Sequence[Offsets]]) -> None:
    """Record on each claim that reports again, at another place, a statement another claim gives
    more fully, that claim's content as its ``repeat_of``.

    Two rules, with one speaker: a claim whose quoted words (at least :data:`MIN_REPEAT_WORDS`) are a
    run of the words another claim gives as the speaker's (:func:`_quotes_again`; the two may have one
    speaker, :func:`same_source`), and a claim that shares half of its words, in a run of at least
    :data:`MIN_PARAPHRASE_RUN`, with another claim whose speaker mention ends in the same name
    (:func:`_reports_again`; "Lee" / "Mayor Ann Lee", not "officials" / "officials" nor a pronoun).
    Not a repeat: quotes that share fewer words ('called the plan "a reckless waste"' and 'said the
    budget was "a reckless waste of time"'), and two speakers quoting the same words.

    Args:
        claims: The claims of one document, after the repeats are dropped.
        text: The document text.
        quoted: The inner fragments of each quote of the document (a claim's ``quotes`` index it).

    Notes:
        The fuller claim is the direct one, else the one of more words, else the later (the body after
        the lede); a repeat of a repeat records the fullest. Rule 1 compares a quote only with the
        claims that hold its first word (an index of words to claims), rule 2 a claim only with the
        claims of the same named speaker.
    """
    words = [_words(text, c.content) for c in claims]
    # the quotes of the claims that quote some words (rule 1 looks for those of at least 4 words)
    quotes = [_quoted_words(text, c, quoted) if c.quotes and not c.direct else [] for c in claims]
    said = [_said(w, q, c) for w, q, c in zip(words, quotes, claims, strict=True)]
    rank = [(c.direct, len(w), c.content[0][0]) for c, w in zip(claims, words, strict=True)]
    first = {q[0] for runs in quotes for q in runs if len(q) >= MIN_REPEAT_WORDS}
    holders = _index([word for run in runs for word in run if word in first] for runs in said) if first else {}
    names = [_name(text, c) for c in claims]
    named = _index([name] if name is not None else [] for name in names)
    fuller: dict[int, int] = {}

    def fuller_than(i: int, j: int) -> bool:  # and than the fullest found so far, at another place
        return rank[j] > rank[i] and (i not in fuller or rank[j] > rank[fuller[i]]) \
            and not shared_share(claims[i].content, claims[j].content)

    for i, claim in enumerate(claims):
        for quote in (q for q in quotes[i] if len(q) >= MIN_REPEAT_WORDS):
            for j in sorted(holders.get(quote[0], set()) - {i}):
                if fuller_than(i, j) and same_source(claim, claims[j], text) \
                        and _quotes_again(quote, claims[j], said[j]):
                    fuller[i] = j
        name = names[i]
        others = sorted(named[name] - {i}) if name is not None and not claim.direct else []
        if others and len(words[i]) >= MIN_PARAPHRASE_RUN:
            reported = _reported(text, claim, quoted)
            for j in others:
                if fuller_than(i, j) and _reports_again(reported, len(words[i]), words[j]):
                    fuller[i] = j
    for i, j in fuller.items():
        while j in fuller:  # ranks rise along the chain: it ends
            j = fuller[j]
        claims[i].repeat_of = (claims[j].content[0][0], max(e for _, e in claims[j].content))


def dedupe_statements(claims: list[E], text: str, confidence: Callable[[str], float],
                      quoted: Sequence[Sequence[Offsets]] | None = None) -> list[E]:
    """One claim per statement: overlapping and nested claims, then repeats elsewhere in the text.

    Args:
        claims: The claims of one document, in any order.
        text: The document text.
        confidence: The confidence of a rule name.
        quoted: The inner fragments of each quote of the document, which the claims' ``quotes`` index
            (None: no claim is marked as a repeat, see :func:`mark_repeats`).

    Returns:
        The surviving claims, in content order; a survivor of a nested pair has ``nested`` set to the
        inner claim's speaker mention, and a claim that reports again a statement another claim gives
        more fully has ``repeat_of`` set to that claim's content (when ``quoted`` is given).
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
    kept_claims = drop_repeats([c for n, c in enumerate(ordered) if n not in dropped], text)
    if quoted is not None:
        mark_repeats(kept_claims, text, quoted)
    return kept_claims


__all__ = ["Extraction", "dedupe_statements", "drop_repeats", "mark_repeats", "same_source", "shared_share",
           "survivor"]
