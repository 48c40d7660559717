"""Property tests: invariants of the output contract over generated news-like texts (hypothesis).

The texts are composed from sentence templates (direct, indirect, mixed, "according to", cue-less
quotes) with random names in several scripts, every style of quote mark, cues, pronouns, and random
junk (control characters, HTML, entities, emoji, right-to-left text, stray marks). Each test is
bounded (``max_examples``, no deadline, no example database) so the module stays well under a minute.
Hypothesis draws new examples on every run, so runs add up; ``CLAIMEX_THOROUGH=1`` runs 2.5 times as
many examples per test (the counts the suite used to run every time).

:func:`assert_invariants` is the contract check the other reliability tests reuse.
"""

from __future__ import annotations

import itertools
import json
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import claimex
from claimex import Result
from claimex.api import clean_text, extract, extract_many
from claimex.io import to_json_line
from claimex.model import said_text
from claimex.pipeline.marks import find_quotes

#: Every test here: a bounded number of examples, no per-example deadline (a parse takes a few ms to
#: a few hundred), no ``.hypothesis`` directory written into the repository.
BOUNDED = {"deadline": None, "database": None, "suppress_health_check": [HealthCheck.too_slow]}
#: ``CLAIMEX_THOROUGH=1``: 2.5 times the examples of every property.
THOROUGH = os.environ.get("CLAIMEX_THOROUGH", "") not in ("", "0")


def examples(n: int) -> int:
    """``n`` examples per run, or 2.5 times as many with ``CLAIMEX_THOROUGH=1``."""
    return n * 5 // 2 if THOROUGH else n


# --------------------------------------------------------------------------------------------------
# The contract


def assert_invariants(result: Result, text: str) -> None:
    """The output contract (docs/output-contract.md) that must hold for any text whatsoever."""
    n = len(text)
    claim_ids = [c.id for c in result.claims]
    speaker_ids = {s.id for s in result.speakers}
    assert claim_ids == [f"c{i}" for i in range(1, len(claim_ids) + 1)], claim_ids
    assert [s.id for s in result.speakers] == [f"s{i}" for i in range(1, len(result.speakers) + 1)]
    starts = [c.content[0] for c in result.claims]
    assert starts == sorted(starts), "claims are in order of content start"
    for c in result.claims:
        s, e = c.content
        assert 0 <= s <= e <= n, c
        assert c.content_spans, c
        if len(c.content_spans) == 1:
            assert text[s:e] == c.content_text, (c, text[s:e])
        else:  # the fragments in order, what stands between them left out
            assert c.content_text == said_text(text, c.content_spans), c
        assert s == min(a for a, _ in c.content_spans) and e == max(b for _, b in c.content_spans), c
        assert all(a <= b for a, b in c.content_spans), c
        for span, value in ((c.cue, c.cue_text), (c.speaker_mention, c.speaker_mention_text),
                            (c.target, c.target_text)):
            if span is None:
                continue
            assert 0 <= span[0] <= span[1] <= n, (c, span)
            assert text[span[0]:span[1]] == value, (c, span, value)
        assert c.speaker is None or c.speaker in speaker_ids, f"{c.id} names an unknown speaker {c.speaker}"
        assert 0.0 <= c.confidence <= 1.0, c
    firsts = [sp.mentions[0][0] if sp.mentions else -1 for sp in result.speakers]
    assert firsts == sorted(firsts), "speakers are numbered in order of first mention"
    for sp in result.speakers:
        assert sp.mentions and list(sp.mentions) == sorted(sp.mentions), sp
        assert all(0 <= a < b <= n for a, b in sp.mentions), sp
    for link in result.links:
        assert link.source in claim_ids and link.target in claim_ids, link
        assert link.source != link.target, link
        assert link.relation in ("disputes", "supports", "responds_to"), link
        assert 0.0 <= link.score <= 1.0, link
        for ev in link.evidence:
            if ev.span is not None:
                assert 0 <= ev.span[0] <= ev.span[1] <= n, ev
                # evidence is read from the parsed text, where control characters are spaces
                assert ev.text.startswith(clean_text(text)[ev.span[0]:ev.span[1]]), ev
    for err in result.errors:
        assert err.stage and err.message, err
    # the record survives JSON and from_dict unchanged
    assert Result.from_dict(json.loads(to_json_line(result)), text=text) == result
    assert Result.from_dict(result.to_dict(include_text=True)) == result


# --------------------------------------------------------------------------------------------------
# News-like texts

FIRST_NAMES = ["Ali", "Maria", "John", "Zoë", "José", "Nguyễn", "Olusegun", "Anna-Lena", "محمد", "Дмитрий"]
LAST_NAMES = ["Hassan", "Lopez", "Smith", "O'Neill", "Álvarez", "van der Berg", "Rasool", "Müller", "ليلى", "Петров"]
ORGS = ["the ministry", "The PMF", "Popular Mobilisation Forces (PMF)", "the Pentagon", "Reuters", "the UN",
        "the White House", "a military spokesman", "Iraqi officials"]
PRONOUNS = ["he", "she", "they", "it", "He", "She", "They", "It", "I", "we"]
CUES = ["said", "told reporters", "claimed", "denied", "warned", "added", "insisted", "wrote", "tweeted", "says",
        "said on Monday", "pointed out"]
CONTENTS = ["the strikes killed four fighters", "no civilians were killed", "the talks would resume on Monday",
            "prices rose by 5%", "the attack was not authorized", "it was a blatant violation",
            "we will never accept this", "the report is fake", "2,500 US troops are in Iraq",
            "the ceasefire may collapse", "the base was empty"]
#: (opening, closing) marks, including none, typewriter doubles and reversed guillemets.
MARKS = [('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("«", "»"), ("»", "«"), ("„", "“"), ("``", "''"), ("", "")]
JUNK = ["  ", "\n", "\n\n", "\t", "\r\n", "\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\u200b", "\u200f",
        "\u202e", "\ufeff", "\u00a0", "\u2028", '"', "'", "“", "”", "‘", "’", "«", "»", "„", "`", "…", "—", "–",
        "-", ",", ".", ";", ":", "!", "?", "(", ")", "<", ">", "/", "&", "#", "%", "😀", "👍🏽", "🇺🇸",
        "👨‍👩‍👧", "中文", "العربية", "עברית", "e\u0301", "&amp;", "&quot;", "<p>", "</p>",
        "<script>var s = \"x\";</script>", "Home | World | Sport"]

names = st.one_of(
    st.builds(lambda first, last: f"{first} {last}", st.sampled_from(FIRST_NAMES), st.sampled_from(LAST_NAMES)),
    st.sampled_from(ORGS),
    st.sampled_from(LAST_NAMES),
)
speakers = st.one_of(names, st.sampled_from(PRONOUNS))
junk = st.lists(st.one_of(st.sampled_from(JUNK), st.text(max_size=6)), max_size=8).map("".join)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    who, cue, what = draw(speakers), draw(st.sampled_from(CUES)), draw(st.sampled_from(CONTENTS))
    op, cl = draw(st.sampled_from(MARKS))
    kind = draw(st.integers(0, 8))
    if kind == 0:
        return f"{who} {cue} that {what}."
    if kind == 1:
        return f"{op}{what.capitalize()},{cl} {who} {cue}."
    if kind == 2:
        return f"{who} {cue}: {op}{what.capitalize()}.{cl}"
    if kind == 3:
        return f"According to {who}, {what}."
    if kind == 4:  # an interrupted quote
        return f"{op}{what.capitalize()},{cl} {cue} {who}, {op}and {draw(st.sampled_from(CONTENTS))}.{cl}"
    if kind == 5:  # a quote with no cue
        return f"{op}{what.capitalize()}.{cl}"
    if kind == 6:  # an unclosed quote
        return f"{who} {cue} {op}{what}"
    if kind == 7:
        return draw(junk)
    return f"{who} {cue} {what} {draw(junk)}"


@st.composite
def articles(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=5))
    return draw(st.sampled_from(["\n\n", "\n", " ", "\r\n\r\n"])).join(paragraphs)


#: Sentences mixed with arbitrary text (any code point but lone surrogates) and stray marks.
anything = st.lists(st.one_of(sentences(), st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
                              st.sampled_from(["\n", "\n\n", " ", '"', "“", "”", "'", "’", "«", "»"])),
                    max_size=20).map("".join)


# --------------------------------------------------------------------------------------------------
# Properties of one document


@pytest.mark.slow
@settings(max_examples=examples(100), **BOUNDED)
@given(text=articles())
@example(text="the ministry said the strikes killed four fighters עברית\x00&amp; Ali Hassan said that the "
              "strikes killed four fighters.")  # evidence across a NUL
# a speaker mention of punctuation only, at the end of the text
@example(text="Ali Hassan said that the strikes killed four fighters. \u00bbThe strikes killed four "
              "fighters,\u00ab said The PMF, \u00bband the strikes killed four fighters.\u00ab  \\")
def test_contract_holds_for_news_like_texts(nlp, text):
    result = extract(text, nlp=nlp)
    assert result.errors == ()
    assert_invariants(result, text)


@pytest.mark.slow
@settings(max_examples=examples(80), **BOUNDED)
@given(text=anything)
def test_contract_holds_for_anything(nlp, text):
    result = extract(text, nlp=nlp)
    assert result.errors == ()
    assert_invariants(result, text)


@pytest.mark.slow
@settings(max_examples=examples(12), **BOUNDED)
@given(text=articles())
def test_output_is_deterministic(nlp, text):
    first = extract(text, nlp=nlp, doc_id="d").to_dict()
    assert extract(text, nlp=nlp, doc_id="d").to_dict() == first


@pytest.mark.slow
@settings(max_examples=examples(8), **BOUNDED)
@given(texts=st.lists(articles(), min_size=1, max_size=5), batch_size=st.integers(1, 4))
def test_batching_does_not_change_results(nlp, texts, batch_size):
    """A document's record does not depend on the other documents of its batch."""
    alone = [extract(t, nlp=nlp, doc_id=str(i)) for i, t in enumerate(texts)]
    assert list(extract_many(texts, nlp=nlp, batch_size=batch_size)) == alone


#: Inputs of ``extract_many``: texts, and things that are not texts.
mixed_inputs = st.lists(st.one_of(sentences(), st.just(""), st.just("  \n "), st.none(), st.integers(),
                                  st.binary(max_size=5), st.just("x" * 300)), max_size=12)


@pytest.mark.slow
@settings(max_examples=examples(32), **BOUNDED)
@given(items=mixed_inputs, batch_size=st.integers(1, 5))
def test_n_inputs_give_n_records_in_order(nlp, items, batch_size):
    ids = [f"doc-{i}" for i in range(len(items))]
    results = list(extract_many(items, nlp=nlp, ids=ids, batch_size=batch_size, max_chars=200))
    assert [r.id for r in results] == ids
    for item, result in zip(items, results, strict=True):
        if not isinstance(item, str) or len(item) > 200:
            assert [e.stage for e in result.errors] == ["input"]
            assert (result.claims, result.speakers, result.links) == ((), (), ())
        else:
            assert result.errors == ()
            assert_invariants(result, item)


# --------------------------------------------------------------------------------------------------
# Quote marks alone: a plain function of the text, so many more examples


@settings(max_examples=examples(240), **BOUNDED)
@given(text=st.one_of(anything, articles(), st.text(alphabet="\"'“”‘’«»„‹›`a .,\n", max_size=200)))
def test_quote_marks_never_raise_and_stay_in_bounds(text):
    quotes = find_quotes(text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text), q
        assert q.fragments, q
        for s, e in q.fragments:
            assert q.start <= s < e <= q.end, q
            assert text[s:e].strip() == text[s:e], q  # fragments are trimmed
    for a, b in itertools.pairwise(quotes):
        assert a.end <= b.start, (a, b)  # quotes do not overlap


# --------------------------------------------------------------------------------------------------
# Examples hypothesis found


def test_speakers_are_numbered_in_order_of_first_mention(nlp):
    text = "John Smith arrived on Monday. Maria Lopez said the talks would resume. John Smith said prices rose."
    result = extract(text, nlp=nlp)
    firsts = [s.mentions[0][0] for s in result.speakers]
    assert len(firsts) == 2
    assert firsts == sorted(firsts)


def test_the_generators_make_claims(nlp):
    """The strategies above are worth their time: most generated articles have claims and speakers."""
    text = ('Ali Hassan said that the strikes killed four fighters. “No civilians were killed,” the ministry said.'
            '\n\nAccording to Reuters, the talks would resume on Monday. «The report is fake», she added.')
    result = claimex.extract(text, nlp=nlp)
    assert len(result.claims) >= 3 and result.speakers
    assert_invariants(result, text)
