"""The seed article's 17 gold quotes as claims: acts, stance toward the strikes, and the links.

Builds the claims from the team's hand reading (``data/samples/strikes.expected.json``) the way the
quotes and speakers stages would, then runs the claims and links stages on them. The lead's end-to-end test runs
the same checks on extracted claims.
"""

from __future__ import annotations

import pytest

import _seed
from _nlp import en_nlp
from claimex.extensions import raw
from claimex.lexicons import reporting_cues_v1
from claimex.model import Claim
from claimex.pipeline.claims import ClaimAnalyzer, stance_by_speaker
from claimex.pipeline.links import ClaimLinker, load_weights
from claimex.pipeline.state import ClaimRecord, write_claims

__all__ = ["en_nlp"]


@pytest.fixture(scope="module")
def gold():
    return _seed.gold()


@pytest.fixture(scope="module")
def seed_doc(en_nlp, gold):
    text = _seed.text()
    doc = en_nlp(text)
    data = raw(doc)
    data["speakers"] = [dict(s, role=s.get("role"), title=s.get("title"), affiliation=s.get("affiliation"),
                             mentions=[]) for s in gold["speakers"]]
    write_claims(doc, [ClaimRecord(Claim.from_dict({**q, "content_spans": [q["content"]], "confidence": 1.0}))
                       for q in gold["quotes"]])
    assert all(text[c["content"][0]:c["content"][1]] == c["content_text"] for c in data["claims"])
    ClaimAnalyzer(cues=reporting_cues_v1())(doc)
    ClaimLinker(weights=load_weights())(doc)
    assert "errors" not in data
    return doc


def test_links(seed_doc):
    """Three of the four links of the hand reading, and nothing else. q8 disputes q1 is not found: the PMF
    says its fighters had not acted against the foreign presence, the US that it struck in response to
    attacks; no cue, proposition or number joins them."""
    links = sorted((x["source"], x["relation"], x["target"]) for x in raw(seed_doc)["links"])
    assert links == [("q11", "supports", "q10"), ("q17", "disputes", "q7"), ("q9", "disputes", "q2")]


def test_acts(seed_doc, gold):
    claims = {c["id"]: c for c in raw(seed_doc)["claims"]}
    right = [q["id"] for q in gold["quotes"] if claims[q["id"]]["act"] in q["acts"]]
    assert len(right) >= 14, {q["id"]: (claims[q["id"]]["act"], q["acts"]) for q in gold["quotes"]}


def test_required_link(seed_doc, gold):
    links = {(x["source"], x["target"]): x for x in raw(seed_doc)["links"]}
    for want in (g for g in gold["links"] if g.get("required")):
        link = links.get((want["from"], want["to"]))
        assert link is not None and link["relation"] == want["relation"], sorted(links)
        kinds = {e["kind"] for e in link["evidence"]}
        assert {"response_cue", "reference"} <= kinds, kinds  # "in contrast to the claims made by the US"


def test_few_links_outside_the_hand_reading(seed_doc, gold):
    hand = {(g["from"], g["to"], g["relation"]) for g in gold["links"]}
    extra = [(x["source"], x["target"], x["relation"]) for x in raw(seed_doc)["links"]
             if (x["source"], x["target"], x["relation"]) not in hand]
    assert len(extra) <= 2, extra


def test_link_scores_and_spans(seed_doc):
    text = seed_doc.text
    for link in raw(seed_doc)["links"]:
        assert 0.0 <= link["score"] <= 1.0
        for ev in link["evidence"]:
            s, e = ev["span"]
            assert ev["text"].startswith(text[s:e])


def test_stance_toward_the_strikes(seed_doc, gold):
    stances = stance_by_speaker(seed_doc, "strikes")
    assert {sid: stances.get(sid) for sid in gold["stance_toward_strikes"]} == gold["stance_toward_strikes"]
