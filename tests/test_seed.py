"""Acceptance test of the quotes and speakers stages: the seed article, extracted end to end and scored
against the team's hand reading of it (``data/samples/strikes.expected.json``), as the team's reference
scorer scores it (``tests/_seed.py``)."""

from __future__ import annotations

import re
from typing import Any

import pytest

import _seed
import claimex
from claimex.model import Result, Speaker


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return _seed.gold()


@pytest.fixture(scope="module")
def text() -> str:
    return _seed.text()


@pytest.fixture(scope="module")
def result(nlp, text) -> Result:
    return claimex.extract(text, nlp=nlp, doc_id="strikes")


@pytest.fixture(scope="module")
def score(result, gold, text) -> dict[str, Any]:
    return _seed.score_seed(gold, result.to_dict(), text)


def test_the_hand_reading_fits_the_article(gold, text):
    for quote in gold["quotes"]:
        start, end = quote["content"]
        assert text[start:end] == quote["content_text"], quote["id"]
    for item in gold["non_claims"]:
        start, end = item["span"]
        assert text[start:end] == item["text"], item


def test_no_errors_and_offsets_valid(result, text):
    assert result.errors == ()
    for c in result.claims:
        assert text[c.content[0]:c.content[1]] == c.content_text, c
        if c.cue is not None:
            assert text[c.cue[0]:c.cue[1]] == c.cue_text, c
        if c.speaker_mention is not None:
            assert text[c.speaker_mention[0]:c.speaker_mention[1]] == c.speaker_mention_text, c


def test_every_quote_found(score, gold):
    missing = [qid for qid, found, _, _ in score["rows"] if not found]
    assert score["found"] == len(gold["quotes"]) == 17, missing


def test_speakers_right(score):
    wrong = [qid for qid, found, speaker_ok, _ in score["rows"] if found and not speaker_ok]
    assert score["speaker_right"] >= 16, wrong


def test_no_wrong_merges(score):
    assert score["found"] == 17 and score["speaker_right"] >= 16
    assert score["wrong_merges"] == []


def test_no_claims_on_non_claims(score, result, gold):
    """Narration ("About 2,500 US troops ...") and page furniture ("Leave a Reply") are not claims."""
    assert len(result.claims) >= len(gold["quotes"]) == 17
    hit = [(nc["text"], c.content_text) for nc in gold["non_claims"] for c in result.claims
           if c.content[0] < nc["span"][1] and nc["span"][0] < c.content[1]]
    assert hit == []
    assert score["on_non_claims"] == 0


def _norm(name: str) -> str:
    """As the reference scorer compares names: lower case, letters and digits, no "the"."""
    return re.sub(r"[^a-z0-9 ]", "", name.lower()).replace("the ", "").strip()


def _speaker_for(result: Result, gold_speaker: dict[str, Any]) -> Speaker | None:
    names = {_norm(a) for a in [gold_speaker["name"], *gold_speaker["aliases"]]}
    found = [s for s in result.speakers if names & {_norm(s.name), *(_norm(a) for a in s.aliases)}]
    return found[0] if len(found) == 1 else None


def test_eight_speakers(result, gold):
    assert len(result.speakers) == len(gold["speakers"]) == 8, result.speakers
    unmatched = [g["id"] for g in gold["speakers"] if _speaker_for(result, g) is None]
    assert unmatched == []


ROLES = [
    # (gold speaker id, (name, role, affiliation, title))
    ("pentagon_spokesman", ("Pentagon spokesman", "spokesman", "Pentagon", None)),
    ("rasool", ("Yehia Rasool", "military spokesman", "Iraqi military", "Maj-Gen")),
    ("khatibzadeh", ("Saeed Khatibzadeh", "spokesman", "Iranian foreign ministry", None)),
]


@pytest.mark.parametrize(("gold_id", "expected"), ROLES, ids=[r[0] for r in ROLES])
def test_role_and_affiliation(result, gold, gold_id, expected):
    gold_speaker = next(s for s in gold["speakers"] if s["id"] == gold_id)
    assert (gold_speaker["name"], gold_speaker.get("role"), gold_speaker.get("affiliation"),
            gold_speaker.get("title")) == expected, "the hand reading changed"
    speaker = _speaker_for(result, gold_speaker)
    assert speaker is not None, result.speakers
    assert (speaker.name, speaker.role, speaker.affiliation, speaker.title) == expected


def test_affiliations_of_the_hand_reading(result, gold):
    """Every role, affiliation and title the hand reading lists, for every speaker."""
    wrong = []
    for g in gold["speakers"]:
        speaker = _speaker_for(result, g)
        assert speaker is not None, g["id"]
        for key in ("role", "affiliation", "title"):
            if key in g and getattr(speaker, key) != g[key]:
                wrong.append((g["id"], key, getattr(speaker, key), g[key]))
    assert wrong == []
