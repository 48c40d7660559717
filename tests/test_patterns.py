"""Patterns and loops that could blow up: every regular expression in ``src/claimex`` is known, the stages
handle documents with thousands of quotes or claims and keep their caps, and the helpers that keep them
linear give spaCy's answers.

How long they take, and how that grows with the input, is measured in ``benchmarks/`` (a timing is not a
test: it depends on the machine and on what else runs on it): ``benchmarks/regex_probe.py`` times every
regular expression on adversarial strings, ``benchmarks/growth.py`` times each stage on inputs 3-4x apart,
``benchmarks/hostile_cost.py`` the whole pipeline on hostile documents.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from _regexes import DYNAMIC, PATTERNS
from claimex.api import extract, result_from_doc
from claimex.pipeline.claims import tokens_in
from claimex.pipeline.links import ClaimLinker, load_weights
from test_properties import assert_invariants

# --------------------------------------------------------------------------------------------------
# 1. Regular expressions


def test_the_regex_inventory():
    """``benchmarks/regex_probe.py`` sees every regular expression; a pattern built at run time (other than
    from ``re.escape``) cannot be probed and must be reviewed (and added there) by hand."""
    assert len(PATTERNS) >= 8, PATTERNS
    assert DYNAMIC == [], f"patterns that are not literals, probe them by hand: {DYNAMIC}"
    assert all(p["where"].startswith("claimex/") and p["methods"] for p in PATTERNS)


# --------------------------------------------------------------------------------------------------
# 2. Many quotes, many claims, many speakers (the same checks as on the benchmarks' large inputs, on
#    inputs a few times smaller)

NAMES = ["Ali Hassan", "Maria Lopez", "John Smith", "the ministry", "Officials"]


def quotes_text(n: int) -> str:
    """``n`` short direct quotes with a cue each: '"Ok 7," John Smith said.'"""
    return " ".join(f'"Ok {i}," {NAMES[i % 5]} said.' for i in range(n))


def claims_text(n: int) -> str:
    """``n`` indirect claims on one topic with different numbers: a worst case for the links stage."""
    return " ".join(f"{NAMES[i % 5]} said the army killed {i} fighters in the town." for i in range(n))


@pytest.mark.slow
def test_hundreds_of_short_quotes(nlp):
    text = quotes_text(400)
    doc = nlp(text)
    result = result_from_doc(doc)
    assert result.ok and len(result.claims) > 100
    assert_invariants(result, doc.text)


@pytest.mark.slow
def test_links_compare_only_the_first_max_claims_claims(nlp):
    """Links are capped: only the first ``max_claims`` claims are compared, each pair at most once (200 by
    default, on 500 claims in ``benchmarks/growth.py``; 20 of 60 here)."""
    text = claims_text(60)
    with nlp.select_pipes(disable=["claimex_links"]):
        doc = nlp(text)
    ClaimLinker(weights=load_weights(), max_claims=20)(doc)
    result = result_from_doc(doc)
    assert result.ok and len(result.claims) == 60
    assert_invariants(result, text)
    linked = {int(c[1:]) for link in result.links for c in (link.source, link.target)}
    assert linked and max(linked) <= 20
    assert len({(link.source, link.target) for link in result.links}) == len(result.links) <= 20 * 19 // 2


@pytest.mark.slow
def test_the_whole_pipeline_on_many_claims(nlp):
    text = claims_text(40)
    result = extract(text, nlp=nlp)
    assert result.ok and len(result.claims) == 40 and result.links
    assert_invariants(result, text)


SURNAMES = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright",
            "Hughes", "Green", "Hall", "Wood", "Harris", "Clarke", "Lewis", "Baker", "Turner", "Hill"]
FORENAMES = ["Adam", "Brian", "Carl", "David", "Edward", "Frank", "George", "Henry", "Ian", "James", "Kevin",
             "Louis", "Mark", "Neil", "Oliver", "Paul", "Robert", "Simon", "Thomas", "Victor"]




def many_speakers_text(n: int) -> str:
    """``n`` quotes by up to 400 different people, each followed by a pronoun quote."""
    return " ".join(f'"Ok {i}," {FORENAMES[i % 20]} {SURNAMES[(i // 20) % 20]} said. He added: "Fine {i}."'
                    for i in range(n))


@pytest.mark.slow
def test_a_hundred_speakers(nlp):
    """Every name once, "He" resolved to the name before it (400 people in ``benchmarks/growth.py``)."""
    speakers = nlp(many_speakers_text(100))._.speakers
    assert len(speakers) == 100
    assert {s.name for s in speakers} >= {"Adam Smith", "Victor Smith", "Adam Jones", "Victor Taylor"}


def test_a_quote_over_hundreds_of_paragraphs(nlp):
    """An opening mark on every line, never closed: one quote with a fragment per paragraph."""
    text = "\n".join(f"“Paragraph {i} of a quote that goes on" for i in range(300))
    result = extract(text, nlp=nlp)
    assert result.ok
    assert_invariants(result, text)


def test_a_run_of_quote_marks_without_spaces(nlp):
    text = '"' * 1_000
    result = extract(text, nlp=nlp)
    assert result.ok
    assert_invariants(result, text)


# --------------------------------------------------------------------------------------------------
# 4. The caps and helpers that keep the stages linear


def test_cues_per_sentence_are_capped(nlp, monkeypatch):
    from claimex.pipeline import quotes
    from claimex.pipeline.quotes import component

    text = ", and ".join(f"Mayor {chr(65 + i % 26)}{i} said taxes rose" for i in range(80)) + "."
    claims = nlp(text)._.claims
    assert len(claims) == quotes.MAX_CUES_PER_SENTENCE == 50
    assert claims[0].content_text == "taxes rose"
    monkeypatch.setattr(component, "MAX_CUES_PER_SENTENCE", 100)  # the finder reads it there
    assert len(nlp(text)._.claims) == 80


def test_linear_subtree_is_spacys_subtree(nlp):
    from claimex.pipeline.quotes.context import _Context

    text = ("The ministry, which had denied it for weeks, said on Tuesday that the strikes, according to "
            "officials who asked not to be named, killed four fighters and wounded nine. "
            "A hearing is scheduled today on the issue that the senator raised.")
    doc = nlp(text)
    ctx = _Context(doc, [], {}, text)
    for token in doc:
        mine = ctx.subtree_ids(token.i)
        assert mine == sorted(t.i for t in token.subtree), token.text


def test_subtree_of_a_non_projective_parse_is_spacys_subtree(nlp):
    from claimex.pipeline.quotes.context import _Context

    words = ["Officials", "said", "it", "yesterday", "there"]
    # "there" hangs on "Officials" across "said": the subtree of "Officials" is not a stretch of tokens
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 1, 0], deps=["nsubj", "ROOT", "dobj", "npadvmod", "advmod"])
    ctx = _Context(doc, [], {}, doc.text)
    assert ctx.subtree_ids(0) == [0, 4]
    for token in doc:
        assert ctx.subtree_ids(token.i) == sorted(t.i for t in token.subtree), token.text


def test_tokens_in_takes_each_token_once_in_order(nlp):
    text = "Officials said the army killed four fighters in the town on Monday."
    doc = nlp.make_doc(text)
    army, town = text.index("the army"), text.index("the town")
    # fragments out of order and overlapping
    got = [t.text for t in tokens_in(doc, [(town, len(text) - 1), (army, town + 3), (army + 4, army + 8)])]
    assert got == ["the", "army", "killed", "four", "fighters", "in", "the", "town", "on", "Monday"]
    assert tokens_in(doc, []) == []


def test_clean_text_breaks_long_runs_without_spaces():
    from claimex.api import MAX_UNSPACED_RUN, clean_text

    url = "https://example.org/" + "a" * 80  # 100 characters: parsed as it is
    assert clean_text(f"See {url} now") == f"See {url} now"
    run = "“" * 250
    cleaned = clean_text(f"He said {run}\x00 ok")
    assert len(cleaned) == len(f"He said {run}\x00 ok")
    assert max(len(w) for w in cleaned.split()) == MAX_UNSPACED_RUN
    assert cleaned.startswith("He said " + "“" * 100 + " " + "“" * 100 + " ") and cleaned.endswith("  ok")
