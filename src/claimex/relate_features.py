"""Named evidence between a claim ``a`` and a text ``b`` about it (a headline, a sentence).

``relate`` reads each text once into a :class:`Side` (content words, main predicates and their
arguments, negators, numbers, the stance words of :mod:`claimex.lexical`, the attribution frame), then
:func:`pair_features` compares two sides and returns every evidence kind of :data:`FEATURES` that
fired, with its value and, where it has one, the span of ``b`` (or ``a``) that fired it. The kinds and
what fires them are documented in ``docs/claims-and-links.md`` ("relate").

The comparison works on the spaCy parse alone and reads nothing another claimex stage wrote: ``relate``
needs only a tagger, a parser and a lemmatizer (no entities).

Sources: the features of Ferreira & Vlachos (2016) for Emergent (refuting and hedging words, a
question mark, word overlap, subject / verb / object alignment, paraphrase alignment; here WordNet
takes PPDB's place), and the contradiction types of de Marneffe et al. (2008): negation, antonymy,
numeric mismatch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

from spacy.tokens import Doc, Token

from . import lexical
from . import lexicons as lx
from .model import Evidence

#: Every evidence kind, in the order of the weights file's coefficients.
FEATURES: Final[tuple[str, ...]] = (
    # b denies, debunks or doubts the claim
    "denial_word", "rejection_word", "falsity_word", "negated_falsity", "doubt_word", "debunking_phrase",
    "correction_word", "no_opener", "negated_reality", "no_answer", "despite_reports", "contrary_state",
    "negation_mismatch", "negator", "numeric_mismatch",
    # b reports the claim without endorsing it
    "hedge_word", "hedge_modal", "rumour_noun", "claim_verb", "say_verb", "attribution_colon",
    "source_suffix", "according_to", "question", "prediction_word", "claim_future",
    "question_aside", "three_line_none", "suspicion_word", "source_view",
    # b restates the claim
    "confirmation_word", "overlap", "paraphrase", "coverage", "predicate_aligned", "subject_aligned",
    "object_aligned", "numeric_match", "claim_is_report",
    "passive_report", "negated_claim_word",
    # how many reporting kinds fired
    "reporting_kinds",
)
#: Kinds by which ``b`` refutes the claim.
REFUTING: Final[frozenset[str]] = frozenset({
    "denial_word", "falsity_word", "doubt_word", "debunking_phrase", "no_opener", "negation_mismatch",
    "negated_reality", "no_answer", "despite_reports", "contrary_state",
})
#: Kinds by which ``b`` reports the claim without endorsing it.
REPORTING: Final[frozenset[str]] = frozenset({
    "hedge_word", "hedge_modal", "rumour_noun", "claim_verb", "say_verb", "attribution_colon",
    "source_suffix", "according_to", "question", "question_aside", "suspicion_word", "source_view",
})
#: Kinds whose value is a share in [0, 1] rather than 0 / 1.
SHARE_FEATURES: Final[frozenset[str]] = frozenset({"overlap", "paraphrase", "coverage"})
#: Kinds whose value is a count of other kinds: the count -> the kinds it counts.
COUNTED: Final[Mapping[str, frozenset[str]]] = {"reporting_kinds": REPORTING}
#: Kinds that only combine others: listed after the others on a result.
AGGREGATES: Final[frozenset[str]] = frozenset(COUNTED)

_CONTENT_POS: Final = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"})
_SUBJECT_DEPS: Final = frozenset({"nsubj", "nsubjpass"})
_OBJECT_DEPS: Final = frozenset({"dobj", "pobj", "attr", "oprd", "dative", "agent"})
#: Where a noun goes, not a verb.
_NOMINAL_DEPS: Final = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "amod", "poss", "appos",
                                  "attr", "npadvmod", "nmod"})
_CLAUSE_DEPS: Final = frozenset({"conj", "ccomp", "xcomp", "advcl", "acl", "relcl", "parataxis"})
_NUMBER: Final = re.compile(r"^\$?£?€?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k|m|bn|b|million|billion)?%?$",
                            re.IGNORECASE)
_SCALE: Final[Mapping[str, float]] = {"k": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
_MIN_STEM: Final = 5
#: The stance-word lists: (evidence kind, words, the coarse tags a word must have, None for any; a
#: proper noun always qualifies, as Title Case headlines tag most words PROPN).
_LISTS: Final[tuple[tuple[str, tuple[str, ...], frozenset[str] | None], ...]] = (
    ("denial_word", lexical.DENIAL_WORDS, None),
    ("rejection_word", lexical.REJECTION_WORDS, frozenset({"VERB", "NOUN"})),
    ("falsity_word", lexical.FALSITY_WORDS, None),
    ("doubt_word", lexical.DOUBT_WORDS, None),
    ("hedge_word", lexical.HEDGE_WORDS, None),
    ("hedge_modal", lexical.HEDGE_MODALS, frozenset({"AUX", "VERB"})),
    ("rumour_noun", lexical.RUMOUR_NOUNS, frozenset({"NOUN"})),
    ("prediction_word", lexical.PREDICTION_WORDS, frozenset({"VERB", "NOUN", "ADJ"})),
    ("confirmation_word", lexical.CONFIRMATION_WORDS, None),
    ("correction_word", lexical.CORRECTION_WORDS, frozenset({"ADV", "NOUN"})),
)
_LIST_OF: Final[Mapping[str, tuple[tuple[str, frozenset[str] | None], ...]]] = {
    word: tuple((kind, pos) for kind, words, pos in _LISTS if word in words)
    for _, words, _ in _LISTS for word in words
}
_REPORTING: Final[Mapping[str, str]] = {
    **{w: "say_verb" for w in lexical.SAY_VERBS}, **{w: "claim_verb" for w in lexical.CLAIM_VERBS},
}
_NEGATORS: Final = frozenset(lexical.NEGATORS)
_NEWS_ANTONYMS: Final[Mapping[str, frozenset[str]]] = {
    word: frozenset(y if x == word else x for x, y in lx.ANTONYMS if word in (x, y))
    for pair in lx.ANTONYMS for word in pair
}
#: Aspectual verbs: "stop arresting" / "start issuing tickets" are about two other events, not opposites.
_ASPECTUAL: Final = frozenset({"start", "stop", "begin", "end", "finish", "continue", "quit", "cease", "resume"})
_INFLECTIONS: Final[tuple[tuple[str, str], ...]] = (
    ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
)
_PHRASES: Final[tuple[tuple[str, ...], ...]] = tuple(tuple(p.split()) for p in lexical.DEBUNKING_PHRASES)
_FUTURE_ONE: Final = frozenset(w for w in lexical.FUTURE_WORDS if " " not in w)
_FUTURE_TWO: Final = frozenset(tuple(w.split()) for w in lexical.FUTURE_WORDS if " " in w)
_REALITY: Final = frozenset(lexical.REALITY_WORDS)
_CONCESSIVE: Final[tuple[tuple[str, ...], ...]] = tuple(tuple(w.split()) for w in lexical.CONCESSIVE_WORDS)
#: What a concessive phrase must be about to concede a claim: "despite *reports*", "contrary to *rumours*",
#: "despite what fans are *saying*".
_CONCEDED: Final = frozenset(lexical.RUMOUR_NOUNS) | frozenset(lexical.PROPOSITION_NOUNS) \
    | frozenset({"fear", "story", "speculation", "headline"}) | frozenset(lexical.SAY_VERBS) \
    | frozenset(lexical.CLAIM_VERBS)
_SAFE: Final = frozenset(lexical.SAFE_STATES)
_HARM: Final = frozenset(lexical.HARM_WORDS)
#: Where an elliptical answer may start: after these, or at the start of the text.
_ANSWER_AFTER: Final = frozenset({":", ".", "?", "!", "-", "--", "\u2013", "\u2014", ";", ",", "..."})


class Word(NamedTuple):
    """A content word: token index, lemma and lower-case text, coarse tag, character span."""

    i: int
    lemma: str
    lower: str
    pos: str
    start: int
    end: int


class Number(NamedTuple):
    """A number and the lemma of what it counts ("20 years" -> 20.0, "year")."""

    value: float
    unit: str
    start: int
    end: int


class Hit(NamedTuple):
    """A stance word, or a frame, that fired: its lemma and character span."""

    lemma: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Side:
    """One text read once: what :func:`pair_features` compares.

    Attributes:
        text: the text.
        words: content words (nouns, verbs, adjectives, numbers, adverbs; no stop words, no reporting
            frame).
        lemmas: the lemmas and lower-case forms of ``words``.
        predicates: token indices of the main predicates (the root, its verbal conjuncts and
            clausal complements; the reported clause of a reporting frame).
        subjects: content words of the main predicates' subjects.
        objects: content words of their objects.
        negated: token indices that carry a negator (a ``neg`` child, or a "no" determiner).
        negators: the negator words.
        numbers: the numbers with their units.
        hits: stance-word kind -> the words that fired.
        reports: reporting verbs ("X claims", "..., Y says"), ``claim_verb`` / ``say_verb`` -> hits.
        reporter: lemmas of the reporting verbs' subjects.
        frames: "according to" and colon attributions, kind -> hits.
        question: the question mark, if any.
        opener: a "No," or "Nope" that opens the text.
        reality: a negated word of being real or the case ("is not real", "isn't a thing", "never
            happened"; ``lexical.REALITY_WORDS``), spanning the negator to the word.
        answer: an elliptical negative answer that does not open the text ("UPDATE: Nope", "Probably
            not", "... No he wasn't").
        concessions: each concessive phrase ("despite", "contrary to") with the lemmas of its object.
        states: safe states said of someone, not negated ("says she is *safe*", "*alive*").
        harms: words of harm done to someone, not negated ("killed", "captured").
        future: the first "will", "going to", ... (``lexical.FUTURE_WORDS``).
        speech: a speech cue (``lexicons.SPEECH_CUES``) with a clausal complement: the text is itself
            a statement ("A cleric *declared* that ...").
        roots: token indices of the sentence roots.
        negation_scope: the negated predicates, the verbs of their infinitive complements ("is not going
            to *sell*") and the heads of their subjects, objects and complements ("*Paul Rudd* is not the
            *hero*").
        rejected: each rejection word ("disputes", "rejected", "contradicting") with the lemmas of its
            object ("the toll", "the company's account").
        arg_heads: token indices of the head words of the main predicates' subjects, objects and
            agents ("commander" in "the strike killed the senior commander").
        report_verbs: token indices of the reporting verbs.
        views: each sentence root that is a verb of a source's view (``lexical.VIEW_VERBS``: "Analyst
            *sees* ...", "Shoppers *worry* ...") with the lemmas of its subject.
    """

    text: str
    words: tuple[Word, ...]
    lemmas: frozenset[str]
    predicates: frozenset[int]
    subjects: tuple[Word, ...]
    objects: tuple[Word, ...]
    negated: frozenset[int]
    negators: tuple[Hit, ...]
    numbers: tuple[Number, ...]
    hits: Mapping[str, tuple[Hit, ...]]
    reports: Mapping[str, tuple[Hit, ...]]
    reporter: frozenset[str]
    frames: Mapping[str, tuple[Hit, ...]]
    question: Hit | None
    opener: Hit | None
    future: Hit | None
    speech: Hit | None = None
    roots: frozenset[int] = frozenset()
    negation_scope: frozenset[int] = frozenset()
    rejected: tuple[tuple[Hit, frozenset[str]], ...] = ()
    arg_heads: frozenset[int] = frozenset()
    report_verbs: frozenset[int] = frozenset()
    asked: frozenset[int] = frozenset()
    three_line: tuple[str, Hit | None] = ("supports", None)
    reality: Hit | None = None
    answer: Hit | None = None
    concessions: tuple[tuple[Hit, frozenset[str]], ...] = ()
    states: tuple[Hit, ...] = ()
    harms: tuple[Hit, ...] = ()
    views: tuple[tuple[Hit, frozenset[str]], ...] = ()


# --------------------------------------------------------------------------------------------------
# Reading one text.


def _hit(tok: Token) -> Hit:
    return Hit(tok.lemma_.lower(), tok.idx, tok.idx + len(tok.text))


def _lemma(tok: Token) -> str:
    """The lemma, with its particle for a phrasal verb WordNet knows: "turned down" -> "turn down"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        prt = next((c for c in tok.children if c.dep_ == "prt"), None)
        if prt is not None and lexical.groups(f"{lemma} {prt.lower_}", "v"):
            return f"{lemma} {prt.lower_}"
    return lemma


def _span_hit(doc: Doc, first: int, last: int, lemma: str) -> Hit:
    return Hit(lemma, doc[first].idx, doc[last].idx + len(doc[last].text))


def _reporting_verbs(doc: Doc, cands: Sequence[tuple[str, ...]]) -> list[tuple[Token, str]]:
    """Reporting verbs and their kind: "X says/claims ...", "..., X says", "X is said to"."""
    found = []
    for tok, keys in zip(doc, cands, strict=True):
        if tok.pos_ not in ("VERB", "AUX", "PROPN"):
            continue
        if tok.pos_ == "PROPN" and tok.dep_ in _NOMINAL_DEPS:
            continue  # a Title Case noun where a noun goes: "Soldier Killed, *Suspect* Dead"
        kind = next((_REPORTING[k] for k in keys if k in _REPORTING), None)
        if kind is not None:
            found.append((tok, kind))
    return found


def _frame_tokens(verbs: Sequence[Token]) -> set[int]:
    """The reporting verbs and their subjects: not content."""
    skip: set[int] = set()
    for verb in verbs:
        skip.add(verb.i)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # "X is said to": X is the claim's
        for child in verb.children:
            if child.dep_ in ("aux", "auxpass", "neg", "advmod", "punct"):
                skip.update(t.i for t in child.subtree)
        if subjects and not _starts(verb.doc, verb.i + 1, ("to",)):
            # (before an infinitive the subject is the claim's: "Microsoft *said to* be buying",
            # "Man claims to have seen a bear")
            # the subject nearest the verb ("..., officials say"); not one that holds a clause, where
            # the parser took the reported statement for the subject ("Leader's family detained by
            # Lebanon, officials say")
            subject = min(subjects, key=lambda c: abs(c.i - verb.i))
            if not any(t.pos_ == "VERB" for t in subject.subtree):
                skip.update(t.i for t in subject.subtree)
    return skip


def _colon_frames(doc: Doc) -> list[Hit]:
    """ "Source: claim" or "claim: source", with the source at most four words; a headline label
    ("BREAKING:", "WATCH:", "EXCLUSIVE:", "Rumor check:", ``lexical.HEADLINE_LABELS``) is no source."""
    found = []
    colons = [t.i for t in doc if t.text == ":"]
    for c in colons:
        left = [t for t in doc[:c] if not t.is_punct]
        right = [t for t in doc[c + 1:] if not t.is_punct]
        if 0 < len(left) <= 4 and any(t.pos_ == "PROPN" for t in left) and len(right) >= 3 \
                and not any(t.lower_ in lexical.HEADLINE_LABELS for t in left):
            found.append(_span_hit(doc, left[0].i, c, "attribution_colon"))
        elif 0 < len(right) <= 4 and len(left) >= 3 and c == colons[-1]:
            found.append(_span_hit(doc, c, right[-1].i, "source_suffix"))
    return found


def _according_to(doc: Doc) -> list[Hit]:
    return [_span_hit(doc, t.i, t.i + 1, "according to") for t in doc[:-1]
            if t.lower_ == "according" and doc[t.i + 1].lower_ == "to"]


_WORD: Final = re.compile(r"[a-z']+", re.IGNORECASE)


def three_line(text: str, *, reports: bool = True) -> tuple[str, Hit | None]:
    """The three-line rule of issue 13 on ``text``, with the word (or question mark) that decided it:
    a refuting word -> ``disputes``; else a hedging or reporting word, or a question mark -> ``none``;
    else ``supports`` (no word). Words are the lower-case letter runs of the text as written
    (``lexical.THREE_LINE_*``). With ``reports=False`` its reporting words ("says", "claims",
    "reported") do not count: against a claim that is itself a report ("The ministry says ..."), a
    text that reports too ("Police say ...") is not reporting without endorsing."""
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    for word, start, end in words:
        if word in lexical.THREE_LINE_REFUTING:
            return "disputes", Hit(word, start, end)
    for word, start, end in words:
        if word in lexical.THREE_LINE_REPORTING:
            if reports:
                return "none", Hit(word, start, end)
        elif word in lexical.THREE_LINE_HEDGING:
            return "none", Hit(word, start, end)
    if (q := text.find("?")) >= 0:
        return "none", Hit("?", q, q + 1)
    return "supports", None


def _predicates(doc: Doc, verbs: Sequence[Token]) -> set[int]:
    """The root of each sentence and the clauses joined to it; a reporting verb gives way to the
    clause it reports."""
    reporting = {v.i for v in verbs}
    found: set[int] = set()
    for sent in doc.sents:
        todo = [sent.root]
        while todo:
            tok = todo.pop()
            if tok.i not in reporting:
                found.add(tok.i)
            todo.extend(c for c in tok.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX", "ADJ"))
    return found


def _arg_heads(doc: Doc, predicates: Iterable[int]) -> list[int]:
    found = []
    for p in predicates:
        for child in doc[p].children:
            if child.dep_ in _SUBJECT_DEPS or child.dep_ in ("dobj", "attr", "oprd", "dative"):
                found.append(child.i)
            elif child.dep_ in ("agent", "prep"):
                found.extend(g.i for g in child.children if g.dep_ == "pobj")
    return found


def _rejected(doc: Doc, hits: Iterable[Hit]) -> list[tuple[Hit, frozenset[str]]]:
    found = []
    by_start = {t.idx: t for t in doc}
    for hit in hits:
        tok = by_start[hit.start]
        objects = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        objects += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        lemmas = {t.lemma_.lower() for o in objects for t in o.subtree if not t.is_stop and not t.is_punct}
        found.append((hit, frozenset(lemmas)))
    return found


def _number(tok: Token) -> float | None:
    text = tok.lower_
    if text in lx.NUMBER_WORDS and text not in ("one",):
        return float(lx.NUMBER_WORDS[text])
    m = _NUMBER.match(text)
    if not m:
        return None
    value = float(m.group(1).replace(",", "") + (f".{m.group(2)}" if m.group(2) else ""))
    scale = m.group(3) or (doc_next.lower_ if (doc_next := _next(tok)) is not None else "")
    return value * _SCALE.get(scale.lower(), 1.0)


def _next(tok: Token) -> Token | None:
    return tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None


def _numbers(doc: Doc) -> list[Number]:
    """Numbers and what they count; "19 million watches" is one number, 19e6 watches."""
    found = []
    for tok in doc:
        if not (tok.like_num or _NUMBER.match(tok.lower_)):
            continue
        if tok.lower_ in _SCALE and tok.i > 0 and doc[tok.i - 1].like_num:
            continue  # the scale of the number before it
        value = _number(tok)
        if value is None or (1900 <= value <= 2100 and float(value).is_integer()):
            continue  # a year
        unit = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else tok
        while unit.lower_ in _SCALE and unit.head is not unit:
            unit = unit.head
        found.append(Number(value, unit.lemma_.lower(), tok.idx, tok.idx + len(tok.text)))
    return found


def candidates(tok: Token) -> tuple[str, ...]:
    """The lemma and lower-case form of ``tok``, and for a word the tagger took for a noun or proper
    noun or did not lemmatize (Title Case and capitals: "Denies", "DEBUNKS"; "dismisses" as a noun) the
    forms without an English inflection: "denies" -> "deny", "debunks" -> "debunk", "faked" -> "fake",
    "claimed" -> "claim"."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if not lower.isalpha() or (lemma != lower and tok.pos_ not in ("NOUN", "PROPN")):
        return (lemma, lower) if lemma != lower else (lemma,)
    # a verb the tagger took for a noun gets a noun's lemma: "dismisses" -> "dismisse"
    forms = [lemma, lower] if lemma != lower else [lower]
    for suffix, repl in _INFLECTIONS:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            forms.append(lower[: len(lower) - len(suffix)] + repl)
    return tuple(forms)


def _stance_hits(doc: Doc, cands: Sequence[tuple[str, ...]]) -> dict[str, list[Hit]]:
    hits: dict[str, list[Hit]] = {}
    for tok, keys in zip(doc, cands, strict=True):
        for key in keys:
            found = _LIST_OF.get(key, ())
            for kind, pos in found:
                if pos is None or tok.pos_ in pos or tok.pos_ == "PROPN":  # Title Case headlines
                    if kind == "falsity_word" and _negated(cands, tok.i):
                        kind = "negated_falsity"
                    hits.setdefault(kind, []).append(_hit(tok))
            if found:
                break
    return hits


def _negated(cands: Sequence[tuple[str, ...]], i: int) -> bool:
    """A negator or a denial one or two words before word ``i``: "no hoax", "not a fake", "denies hoax
    claims". Such a falsity word affirms the claim (``negated_falsity``)."""
    return any(k in _NEGATORS or k == "deny" for j in (i - 1, i - 2) if j >= 0 for k in cands[j])


#: "suspect" names the one suspected only before these ("a suspect *in* the killing", not "Suspect Dead");
#: "investigation" is an inquiry into someone only after "under".
_SUSPICION: Final = frozenset(lexical.SUSPICION_WORDS)
_SUSPECT_OF: Final = frozenset({"in", "of", "for"})
_UNDER: Final = frozenset({"under"})


def _suspicions(doc: Doc) -> list[Hit]:
    """Words that name someone a suspect or a matter under inquiry (``lexical.SUSPICION_WORDS``):
    "Chef suspected of poisoning guests", "Chef a suspect in poisoning", "Police probe chef", "Chef
    under investigation". The text reports an accusation without endorsing it."""
    found = []
    for tok in doc:
        low = tok.lower_
        if low not in _SUSPICION:
            continue
        nxt, prev = _next(tok), tok.doc[tok.i - 1] if tok.i > 0 else None
        if low in ("suspect", "suspects") and (nxt is None or nxt.lower_ not in _SUSPECT_OF):
            continue
        if low == "investigation" and (prev is None or prev.lower_ not in _UNDER):
            continue
        found.append(_hit(tok))
    return found


_VIEW: Final = frozenset(lexical.VIEW_VERBS)


def _views(doc: Doc, cands: Sequence[tuple[str, ...]]) -> list[tuple[Hit, frozenset[str]]]:
    """Sentence roots that are verbs of a source's view, estimate or worry, with a subject of their own,
    and the lemmas of that subject: "Citi *sees* the watch at 550", "Bank *pegs* the price at 499",
    "Shoppers *worry* about the price". The subject names the source (a pronoun does not: "You'll never
    *guess*"); the root only ("a phone *expected* to ship" is no source's view)."""
    found = []
    for sent in doc.sents:
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is not None and any(k in _VIEW for k in cands[root.i]):
            lemmas = {t.lemma_.lower() for t in subject.subtree if not t.is_stop and not t.is_punct}
            lemmas |= {t.lower_ for t in subject.subtree if not t.is_stop and not t.is_punct}
            if lemmas:  # a named source, not a pronoun: "You'll never guess", "the best we've seen"
                found.append((_hit(root), frozenset(lemmas)))
    return found


def _future(doc: Doc) -> Hit | None:
    """The first "will", "shall", "going to", "set to", ... (``lexical.FUTURE_WORDS``)."""
    for tok in doc:
        nxt = _next(tok)
        if tok.lower_ in _FUTURE_ONE and tok.pos_ in ("AUX", "VERB", "PROPN"):
            return _hit(tok)
        if nxt is not None and (tok.lower_, nxt.lower_) in _FUTURE_TWO:
            return _span_hit(tok.doc, tok.i, nxt.i, f"{tok.lower_} {nxt.lower_}")
    return None


def _phrases(doc: Doc, cands: Sequence[tuple[str, ...]]) -> list[Hit]:
    """Debunking idioms, matched on lemma candidates; one word may stand between the verb and the
    rest ("made it up", "puts the rumour to rest")."""
    found = []
    for i in range(len(doc)):
        for phrase in _PHRASES:
            end = _match_phrase(cands, i, phrase)
            if end is not None:
                found.append(_span_hit(doc, i, end, " ".join(phrase)))
    return found


def _match_phrase(cands: Sequence[tuple[str, ...]], i: int, phrase: tuple[str, ...]) -> int | None:
    if phrase[0] not in cands[i]:
        return None
    j = i + 1
    for n, word in enumerate(phrase[1:]):
        if j < len(cands) and word in cands[j]:
            j += 1
        elif n == 0 and j + 1 < len(cands) and word in cands[j + 1]:
            j += 2
        else:
            return None
    return j - 1


def _passive_reports(doc: Doc, cands: Sequence[tuple[str, ...]]) -> list[Hit]:
    """A reporting verb in the passive before an infinitive: "said to be", "reported to have",
    "believed to", "tipped to": the text reports what others say, and does not say it itself."""
    found = []
    for tok in doc[:-1]:
        participle = tok.tag_ == "VBN" or tok.lower_.endswith("ed") or tok.lower_ in ("said", "thought")
        if participle and doc[tok.i + 1].lower_ == "to" \
                and any(k in lexical.PASSIVE_REPORT_VERBS for k in cands[tok.i]):
            found.append(_span_hit(doc, tok.i, tok.i + 1, f"{tok.lower_} to"))
    return found


def _starts(doc: Doc, i: int, words: Sequence[str]) -> bool:
    """Whether the words of ``doc`` from ``i`` on are ``words`` (lower case)."""
    return i + len(words) <= len(doc) and all(doc[i + n].lower_ == w for n, w in enumerate(words))


def _negators(doc: Doc) -> tuple[list[Hit], set[int]]:
    hits, negated = [], set()
    for tok in doc:
        if tok.lower_ not in _NEGATORS and tok.lemma_.lower() not in _NEGATORS:
            continue
        if any(_starts(doc, tok.i, p) for p in lx.PSEUDO_NEGATIONS):
            continue
        hits.append(_hit(tok))
        negated.add(tok.head.i)
        if tok.head.pos_ not in ("VERB", "AUX"):  # "not among the dead", "not a hoax": the clause it negates
            negated.add(tok.head.head.i)
    return hits, negated


_SCOPE_DEPS: Final = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd", "pobj"})


def _scope(doc: Doc, negated: Iterable[int]) -> set[int]:
    scope: set[int] = set()
    todo = [i for i in negated if doc[i].pos_ in ("VERB", "AUX", "ADJ")]
    while todo:
        i = todo.pop()
        if i in scope:
            continue
        scope.add(i)
        for child in doc[i].children:
            if child.dep_ in ("xcomp", "prep", "agent"):  # the scope goes on: "not going to sell", "not by"
                todo.append(child.i)
            elif child.dep_ in _SCOPE_DEPS:
                scope.add(child.i)
    return scope | set(negated)


def _arguments(doc: Doc, predicates: Iterable[int], deps: frozenset[str], words: Sequence[Word]) -> list[Word]:
    by_index = {w.i: w for w in words}
    found: list[Word] = []
    for p in predicates:
        for child in doc[p].children:
            if child.dep_ in deps or (child.dep_ == "prep" and deps is _OBJECT_DEPS):
                found.extend(by_index[t.i] for t in child.subtree if t.i in by_index)
    return found


def _reality(doc: Doc) -> Hit | None:
    """A negator on a word of being real or the case: "is not real", "isn't a thing", "never happened"
    (the word is the negator's head or that head's complement)."""
    for tok in doc:
        if tok.dep_ != "neg" and tok.lower_ not in ("never", "not", "n't"):
            continue
        head = tok.head
        words = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr", "oprd"))]
        hit = next((w for w in words if w.lemma_.lower() in _REALITY or w.lower_ in _REALITY), None)
        if hit is not None:
            first, last = sorted((tok.i, hit.i))
            return _span_hit(doc, first, last, f"not {hit.lemma_.lower()}")
    return None


def _answer(doc: Doc) -> Hit | None:
    """An elliptical negative answer after a mark or a label, not opening the text ("UPDATE: Nope",
    "Did it happen? Probably not"), or "no" + pronoun + negated auxiliary anywhere ("No he wasn't")."""
    words = [t for t in doc if not t.is_space]
    for n, tok in enumerate(words):
        low, rest = tok.lower_, words[n + 1:n + 4]
        if low == "no" and len(rest) == 3 and rest[0].pos_ == "PRON" and rest[1].pos_ in ("AUX", "VERB") \
                and rest[2].lower_ in ("n't", "not"):
            return _span_hit(doc, tok.i, rest[2].i, "no")
        if low not in ("no", "nope", "not") or (rest and not rest[0].is_punct):
            continue
        start, m = tok, n - 1
        if m >= 0 and words[m].lower_ in lexical.ANSWER_ADVERBS and words[m].lower_ != low:
            start, m = words[m], m - 1  # "Probably not"
        elif low == "not":
            continue  # a bare "not" at the end is no answer ("... or not")
        if start is not tok or (m >= 0 and words[m].text in _ANSWER_AFTER):
            return _span_hit(doc, start.i, tok.i, low)
    return None


def _concessions(doc: Doc, cands: Sequence[tuple[str, ...]]) -> list[tuple[Hit, frozenset[str]]]:
    """Concessive phrases ("despite", "in spite of", "contrary to") and the lemmas of the words after
    them up to the end of their clause (at most six); the hit spans both."""
    found = []
    for i in range(len(doc)):
        for phrase in _CONCESSIVE:
            if all(i + n < len(doc) and doc[i + n].lower_ == w for n, w in enumerate(phrase)):
                end = last = i + len(phrase) - 1
                obj: list[str] = []
                for t in doc[end + 1:end + 7]:
                    if t.is_punct and t.text != "'":
                        break
                    obj.extend(cands[t.i])
                    last = t.i
                found.append((_span_hit(doc, i, last, " ".join(phrase)), frozenset(obj)))
    return found


def _states(doc: Doc, cands: Sequence[tuple[str, ...]], negated: set[int]) -> tuple[list[Hit], list[Hit]]:
    """Safe states said of someone ("she is safe", "alive and well"; not "a safe house") and harms
    ("killed", "captured"; not negated)."""
    states, harms = [], []
    for tok in doc:
        if tok.i in negated or (tok.head.i in negated and tok.dep_ in ("acomp", "attr")):
            continue
        keys = cands[tok.i]
        if any(k in _SAFE for k in keys) and tok.pos_ in ("ADJ", "PROPN") \
                and not (tok.dep_ == "amod" and tok.head.i > tok.i):
            states.append(_hit(tok))
        elif any(k in _HARM for k in keys) and tok.pos_ in ("VERB", "ADJ", "NOUN", "PROPN"):
            harms.append(_hit(tok))
    return states, harms


def read(doc: Doc) -> Side:
    """Read one parsed text into a :class:`Side`."""
    cands = [candidates(t) for t in doc]
    reporting = _reporting_verbs(doc, cands)
    verbs = [v for v, _ in reporting]
    frame = _frame_tokens(verbs)
    words = tuple(
        Word(t.i, _lemma(t), t.lower_, t.pos_, t.idx, t.idx + len(t.text)) for t in doc
        if t.pos_ in _CONTENT_POS and not t.is_stop and not t.is_punct and t.i not in frame
        and t.lower_ not in _NEGATORS
    )
    predicates = _predicates(doc, verbs)
    negators, negated = _negators(doc)
    reports: dict[str, list[Hit]] = {}
    reporter: set[str] = set()
    for verb, kind in reporting:
        reports.setdefault(kind, []).append(_hit(verb))
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS:
                reporter.update(t.lemma_.lower() for t in child.subtree if not t.is_stop)
    hits = _stance_hits(doc, cands)
    if passive := _passive_reports(doc, cands):
        hits["passive_report"] = passive
    if phrases := _phrases(doc, cands):
        hits["debunking_phrase"] = phrases
    if suspicions := _suspicions(doc):
        hits["suspicion_word"] = suspicions
    frames: dict[str, list[Hit]] = {}
    for hit in _colon_frames(doc):
        frames.setdefault(hit.lemma, []).append(hit)
    if according := _according_to(doc):
        frames["according_to"] = according
    question = next((_hit(t) for t in doc if t.text == "?"), None)
    first = next((t for t in doc if not t.is_punct), None)
    opener = _hit(first) if first is not None and first.lower_ in ("no", "nope") and _next(first) is not None \
        and _next(first).is_punct else None  # type: ignore[union-attr]
    states, harms = _states(doc, cands, negated)
    return Side(
        text=doc.text, words=words, lemmas=frozenset({w.lemma for w in words} | {w.lower for w in words}),
        predicates=frozenset(predicates),
        subjects=tuple(_arguments(doc, predicates, _SUBJECT_DEPS, words)),
        objects=tuple(_arguments(doc, predicates, _OBJECT_DEPS, words)),
        negated=frozenset(negated), negators=tuple(negators), numbers=tuple(_numbers(doc)),
        hits={k: tuple(v) for k, v in hits.items()},
        reports={k: tuple(v) for k, v in reports.items()}, reporter=frozenset(reporter),
        frames={k: tuple(v) for k, v in frames.items()}, question=question, opener=opener,
        future=_future(doc),
        speech=next((_hit(t) for t in doc if t.lemma_.lower() in lx.SPEECH_CUES and t.pos_ == "VERB"
                     and any(c.dep_ == "ccomp" for c in t.children)), None),
        roots=frozenset(sent.root.i for sent in doc.sents),
        negation_scope=frozenset(_scope(doc, negated)),
        rejected=tuple(_rejected(doc, hits.get("rejection_word", ()))),
        arg_heads=frozenset(_arg_heads(doc, predicates)),
        report_verbs=frozenset(v.i for v in verbs),
        asked=frozenset(t.i for sent in doc.sents if any(t.text == "?" for t in sent) for t in sent),
        three_line=three_line(doc.text),
        reality=_reality(doc),
        answer=_answer(doc) if opener is None else None,
        concessions=tuple(_concessions(doc, cands)),
        states=tuple(states),
        harms=tuple(harms),
        views=tuple(_views(doc, cands)),
    )


# --------------------------------------------------------------------------------------------------
# Comparing two sides.


class Fired(NamedTuple):
    """An evidence kind that fired: its value (1.0, or a share) and its evidence, if it has a span."""

    value: float
    evidence: Evidence | None


def _stem_match(x: str, y: str) -> bool:
    """One word begins with the other and the shorter has at least five letters: "behead" ~
    "beheading", "Sotloff" ~ "Sotloff's"."""
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= _MIN_STEM and long_.startswith(short)


def align(w: Word, others: Sequence[Word]) -> tuple[Word, str] | None:
    """The first word of ``others`` that says what ``w`` says: ``("exact", ...)`` for the same lemma
    or form, ``"stem"`` for a shared stem, ``"wordnet"`` for WordNet synonyms or a derivational link."""
    for o in others:
        if w.lemma == o.lemma or w.lower == o.lower:
            return o, "exact"
    for o in others:
        if _stem_match(w.lower, o.lower) or _stem_match(w.lemma, o.lemma):
            return o, "stem"
    if w.pos == "NUM":
        return None
    for o in others:
        if o.pos != "NUM" and lexical.similar(w.lemma, o.lemma):
            return o, "wordnet"
    return None


def _ev(kind: str, hit: Hit | Word | Number, side: Side, base: int) -> Evidence:
    return Evidence(kind, side.text[hit.start:hit.end], (hit.start + base, hit.end + base))


def _pair_ev(kind: str, a: Side, w: Word, b: Side, o: Word, base_b: int, how: str = "") -> Evidence:
    """Evidence that pairs a word of ``b`` with one of the claim: "b word ~ a word (how)", spanning the
    word of ``b``."""
    note = f" ({how})" if how else ""
    text = f"{b.text[o.start:o.end]} ~ {a.text[w.start:w.end]}{note}"
    return Evidence(kind, text, (o.start + base_b, o.end + base_b))


class _Alignment(NamedTuple):
    pairs: list[tuple[Word, Word, str]]  # (a word, b word, how)
    share: float
    paraphrase: float
    coverage: float


def _alignment(a: Side, b: Side) -> _Alignment:
    pairs = []
    for w in a.words:
        found = align(w, b.words)
        if found is not None:
            pairs.append((w, found[0], found[1]))
    n_a, n_b = max(1, len(a.words)), max(1, len(b.words))
    covered = {o.i for _, o, _ in pairs}
    return _Alignment(pairs, len(pairs) / n_a, sum(how != "exact" for _, _, how in pairs) / n_a,
                      len(covered) / n_b)


def _stance_words(a: Side, b: Side, base_b: int) -> dict[str, Fired]:
    """Stance words of ``b`` that the claim does not itself use."""
    out: dict[str, Fired] = {}
    for kind, hits in b.hits.items():
        fresh = [h for h in hits if h.lemma not in a.lemmas and not (kind == "rumour_noun" and _conceded(b, h))]
        if fresh:
            out[kind] = Fired(1.0, _ev(kind, fresh[0], b, base_b))
    return out


def _conceded(side: Side, hit: Hit) -> bool:
    """Whether ``hit`` is in a concessive phrase ("despite *reports* of ..."): what the text concedes,
    not what it reports."""
    return any(c.start < hit.start < c.end for c, _ in side.concessions)


def _rejects_claim(a: Side, b: Side, base_b: int) -> Fired | None:
    """A rejection word whose object is the claim's source, a rumour noun or a noun of what a statement
    says: "contradicting the company", "rejected the reports", "disputes the toll" (not "rejected the
    offer", nor "slam the tariff plan", which the claim may criticise too)."""
    aimed = a.reporter | frozenset(lexical.RUMOUR_NOUNS) | frozenset(lexical.PROPOSITION_NOUNS)
    for hit, objects in b.rejected:
        if hit.lemma not in a.lemmas and objects & aimed:
            return Fired(1.0, _ev("rejects_claim", hit, b, base_b))
    return None


def _negation(a: Side, b: Side, aligned: Sequence[tuple[Word, Word, str]], base_b: int) -> dict[str, Fired]:
    out: dict[str, Fired] = {}
    if len(a.negators) > len(b.negators):
        return _negated_claim(a, b, aligned)
    if len(b.negators) <= len(a.negators):  # as many negations as the claim: no reversal seen
        return out
    fresh = list(b.negators)
    on_claim = {o.i for _, o, _ in aligned} | b.predicates | b.roots
    core_lemmas = {o.lemma for w, o, _ in aligned if w.i in a.predicates or w in a.subjects or w in a.objects}
    # every occurrence in b of a word it shares with the claim's proposition: "Banksy's picture isn't
    # by *Banksy*" (the first "Banksy" is the one aligned)
    core = {o.i for o in b.words if o.lemma in core_lemmas}
    if a.reports or a.speech:
        # the claim is a report ("The pope told ..."): so is its denial ("The pope did not say ...")
        on_claim |= b.report_verbs
        core |= b.report_verbs
    if b.negated & on_claim or b.negation_scope & core:
        # (a negated word in a reduced clause still bears on the claim when its scope holds a word
        # of the claim's proposition: "tribute *not posted by the artist*")
        out["negation_mismatch"] = Fired(1.0, _ev("negation_mismatch", fresh[0], b, base_b))
        if b.negation_scope & core:
            # the negator bears on a word of the claim's own proposition: "Michelle Obama *not
            # blurred out*" against "Saudi TV blurred out Michelle Obama's face"
            out["negated_claim_word"] = Fired(1.0, _ev("negated_claim_word", fresh[0], b, base_b))
    else:
        out["negator"] = Fired(1.0, _ev("negator", fresh[0], b, base_b))
    return out


def _negated_claim(a: Side, b: Side, aligned: Sequence[tuple[Word, Word, str]]) -> dict[str, Fired]:
    """The claim is the negative one: "no customer data was stolen" against "hackers stole the data".
    The negator must bear on a word of the claim that ``b`` asserts as one of its main predicates or
    their arguments; the evidence is the claim's negator."""
    core_b = {o.i for o in (*b.subjects, *b.objects)} | b.predicates
    said = {w.i for w, o, _ in aligned if o.i in core_b}
    if not a.negated & said or not any(o.i in b.predicates for _, o, _ in aligned):
        return {}
    ev = _ev("negation_mismatch", a.negators[0], a, 0)
    return {"negation_mismatch": Fired(1.0, ev), "negated_claim_word": Fired(1.0, None)}


def _opposite(x: str, y: str) -> bool:
    """WordNet antonyms, or a pair of claimex's news antonyms (``lexicons.ANTONYMS``: kill / survive)."""
    return y in _NEWS_ANTONYMS.get(x, ()) or lexical.opposite(x, y)


def _antonym(a: Side, b: Side, base_b: int) -> Fired | None:
    """A main predicate of the claim against its antonym among the main predicates of ``b``, or an
    argument against its antonym: "was killed" / "survived", "guilty" / "innocent". Antonyms elsewhere
    in a headline ("old" in "10-year-old" against "youngest") do not count, nor do nouns ("man" /
    "woman", "son" / "daughter" name different people, they do not contradict)."""
    core_a = [w for w in a.words if w.i in a.predicates or w in a.subjects or w in a.objects]
    core_b = [o for o in b.words if o.i in b.predicates or o in b.subjects or o in b.objects]
    for w in core_a:
        if w.pos not in ("VERB", "ADJ"):
            continue
        for o in core_b:
            if o.pos in ("VERB", "ADJ") and o.lemma != w.lemma and _opposite(w.lemma, o.lemma) \
                    and not {w.lemma, o.lemma} & _ASPECTUAL:
                return Fired(1.0, _pair_ev("antonym", a, w, b, o, base_b))
    return None


def _arguments_aligned(a: Side, b: Side, al: _Alignment) -> bool:
    """The head of a subject or object of the claim is the head of a subject or object in ``b``: the
    two predicates are said of the same thing ("the strike killed the commander" / "the commander
    survived the strike"; not "the bank sold" / "investors buy ... after the bank's year")."""
    return any(w.i in a.arg_heads and o.i in b.arg_heads for w, o, _ in al.pairs)


def _refutations(a: Side, b: Side, base_b: int) -> dict[str, Fired]:
    """``negated_reality`` ("... is not real", "never happened"), ``no_answer`` ("UPDATE: Nope"),
    ``despite_reports`` (``b`` asserts something "despite reports" or "contrary to rumours" of the
    claim) and ``contrary_state`` (a safe state against the claim's harm: "says she is safe" /
    "captured"), each unless the claim says the same."""
    out: dict[str, Fired] = {}
    if b.reality is not None and a.reality is None:
        out["negated_reality"] = Fired(1.0, _ev("negated_reality", b.reality, b, base_b))
    if b.answer is not None and a.answer is None:
        out["no_answer"] = Fired(1.0, _ev("no_answer", b.answer, b, base_b))
    for hit, obj in b.concessions:
        if obj & _CONCEDED and hit.lemma not in {h.lemma for h, _ in a.concessions}:
            out["despite_reports"] = Fired(1.0, _ev("despite_reports", hit, b, base_b))
            break
    if a.harms and not a.states:
        state = next((h for h in b.states if h.lemma not in a.lemmas), None)
        if state is not None:
            text = f"{b.text[state.start:state.end]} ~ {a.text[a.harms[0].start:a.harms[0].end]} (contrary)"
            out["contrary_state"] = Fired(1.0, Evidence("contrary_state", text,
                                                        (state.start + base_b, state.end + base_b)))
    return out


def _numeric(a: Side, b: Side, base_b: int) -> dict[str, Fired]:
    """Numbers of the same unit: equal (within 10%) -> ``numeric_match``, else ``numeric_mismatch``."""
    out: dict[str, Fired] = {}
    for nb in b.numbers:
        same_unit = [na for na in a.numbers if na.unit == nb.unit or _stem_match(na.unit, nb.unit)]
        if not same_unit:
            continue
        close = any(abs(na.value - nb.value) <= 0.1 * max(abs(na.value), abs(nb.value)) for na in same_unit)
        kind = "numeric_match" if close else "numeric_mismatch"
        out.setdefault(kind, Fired(1.0, _ev(kind, nb, b, base_b)))
    return out


def _reporting(a: Side, b: Side, aligned: Sequence[Word], base_b: int) -> dict[str, Fired]:
    """ "X claims", "Y says" in ``b``, unless the claim itself is a report by the same speaker; a
    colon frame whose short side shares words with the claim names the topic ("Foley beheading: ..."),
    not a source ("NYT: ..."), and does not count."""
    out: dict[str, Fired] = {}
    same_reporter = bool(a.reports or a.speech) and bool(b.reporter & (a.reporter | a.lemmas))
    first = next(iter(a.reports.values()))[0] if a.reports else a.speech
    if first is not None:
        out["claim_is_report"] = Fired(1.0, _ev("claim_is_report", first, a, 0))
    if same_reporter:
        return out
    for kind, hits in b.reports.items():
        said = [h for h in hits if not _conceded(b, h)]  # not "despite what fans *say*"
        if said:
            out[kind] = Fired(1.0, _ev(kind, said[0], b, base_b))
    for kind, hits in b.frames.items():
        sources = [h for h in hits if not any(h.start <= o.start < h.end for o in aligned)]
        if sources:
            out[kind] = Fired(1.0, _ev(kind, sources[0], b, base_b))
    # a source's view: its subject is someone the claim does not name ("Analyst sees ..."; not "Apple
    # expects ..." against a claim about Apple, which restates the claim's own plan)
    view = next((h for h, subject in b.views if not subject & a.lemmas), None)
    if view is not None:
        out["source_view"] = Fired(1.0, _ev("source_view", view, b, base_b))
    return out


def _question(b: Side, mark: Hit, aligned: Sequence[Word], base_b: int) -> dict[str, Fired]:
    """A question that asks about the claim ("Is Crabzilla real?") reports it without endorsing it:
    ``question``. A question beside a statement that says the claim ("Would you eat a 20-year-old
    burger? Men keep burger for 20 years") asks something else: ``question_aside``."""
    kind = "question_aside" if any(o.i not in b.asked for o in aligned) else "question"
    return {kind: Fired(1.0, _ev(kind, mark, b, base_b))}


def _alignment_features(a: Side, b: Side, al: _Alignment, base_b: int) -> dict[str, Fired]:
    out: dict[str, Fired] = {
        "overlap": Fired(al.share, None),
        "paraphrase": Fired(al.paraphrase, None),
        "coverage": Fired(al.coverage, None),
    }
    by_a = {w.i: (o, how) for w, o, how in al.pairs}
    for kind, words in (("predicate_aligned", [w for w in a.words if w.i in a.predicates]),
                        ("subject_aligned", a.subjects), ("object_aligned", a.objects)):
        hit = next((by_a[w.i] for w in words if w.i in by_a), None)
        if hit is not None:
            o, how = hit
            w = next(w for w in words if w.i in by_a)
            out[kind] = Fired(1.0, _pair_ev(kind, a, w, b, o, base_b, how))
    return out


def pair_features(a: Side, b: Side, base_b: int = 0) -> dict[str, Fired]:
    """Every evidence kind that fires for ``b`` about ``a``.

    Args:
        a: the claim, read by :func:`read`.
        b: the other text.
        base_b: added to ``b``'s offsets (``relate`` indexes the joint text ``a + "\\n" + b``).

    Returns:
        kind -> :class:`Fired`, for the kinds of :data:`FEATURES` that fired (shares always appear).
    """
    al = _alignment(a, b)
    out = _stance_words(a, b, base_b)
    if "denial_word" not in out and (rejects := _rejects_claim(a, b, base_b)) is not None:
        # a rejection aimed at the claim or its source denies it: it weighs as a denial word
        out["denial_word"] = rejects
    out.update(_negation(a, b, al.pairs, base_b))
    if (ant := _antonym(a, b, base_b)) is not None and _arguments_aligned(a, b, al):
        # the same proposition with the opposite predicate: it weighs as a negation would (antonyms
        # are too rare in the training pairs for a weight of their own); its evidence says "antonym"
        out.setdefault("negation_mismatch", ant)
        # and its predicate is the claim's own: it weighs as a negated claim word (listed once, as antonym)
        out.setdefault("negated_claim_word", Fired(1.0, None))
    out.update(_numeric(a, b, base_b))
    out.update(_reporting(a, b, [o for _, o, _ in al.pairs], base_b))
    if b.question is not None and a.question is None:
        out.update(_question(b, b.question, [o for _, o, _ in al.pairs], base_b))
    if a.future is not None:
        out["claim_future"] = Fired(1.0, _ev("claim_future", a.future, a, 0))
    if b.opener is not None:
        out["no_opener"] = Fired(1.0, _ev("no_opener", b.opener, b, base_b))
    out.update(_refutations(a, b, base_b))
    out.update(_alignment_features(a, b, al, base_b))
    if (passive := b.hits.get("passive_report")) and "passive_report" not in a.hits:
        out["passive_report"] = Fired(1.0, _ev("passive_report", passive[0], b, base_b))
    rule, word = b.three_line if not (a.reports or a.speech) else three_line(b.text, reports=False)
    if rule == "none" and word is not None and not _conceded(b, word):
        out["three_line_none"] = Fired(1.0, _ev("three_line_none", word, b, base_b))
    out.update(_counts(out))
    return out


def _counts(fired: Mapping[str, Fired]) -> dict[str, Fired]:
    """How many reporting kinds fired (``reporting_kinds``): a text that hedges and attributes and asks
    ("Singer reportedly cancels tour, fans claim") distances itself more than one that only attributes.
    The evidence spans the first kind's words and names the kinds: "reportedly (hedge_word+claim_verb)".
    (A count of refuting kinds gained 0.001 on Emergent but took the weight of a lone negation, so
    that "The bishop did not tell the choir ..." no longer disputed "The bishop told the choir ...".)"""
    out: dict[str, Fired] = {}
    for name, group in COUNTED.items():
        kinds = [k for k in FEATURES if k in group and k in fired and fired[k].value]
        first = next((ev for k in kinds if (ev := fired[k].evidence) is not None), None)
        if first is not None:
            text = f"{first.text} ({'+'.join(kinds)})"
            out[name] = Fired(float(len(kinds)), Evidence(name, text, first.span))
    return out


def _interactions(fired: Mapping[str, Fired]) -> dict[str, Fired]:
    """``refuted_report``: ``b`` refutes the claim while it also hedges, reports or asks ("Probably a
    hoax", "Is the alleged audio a hoax?", "Rumour put to rest"): the refutation is what the
    text says, and the hedge or report is about the claim it refutes. Its evidence is the refuting
    word's."""
    refuting = [k for k in FEATURES if k in REFUTING and k in fired]
    if refuting and any(k in fired for k in REPORTING):
        ev = fired[refuting[0]].evidence
        return {"refuted_report": Fired(1.0, None if ev is None else Evidence("refuted_report", ev.text, ev.span))}
    return {}


def shares_no_topic(fired: Mapping[str, Fired]) -> bool:
    """No word of either text is a word, stem or WordNet synonym of the other's: the two texts are
    about different things, and relate answers ``none`` before the fitted weights are asked."""
    return fired["overlap"].value == 0.0 and fired["coverage"].value == 0.0


def vector(fired: Mapping[str, Fired]) -> list[float]:
    """The values of :data:`FEATURES` in order (0.0 for a kind that did not fire)."""
    return [fired[k].value if k in fired else 0.0 for k in FEATURES]
