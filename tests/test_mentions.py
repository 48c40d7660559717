"""The index of a document's speaker mentions (claimex.pipeline.mentions), as the claims stage reads it."""

from __future__ import annotations

from claimex.pipeline.mentions import MentionIndex

SPEAKERS = [
    {"id": "s1", "name": "Maria Ortiz", "kind": "PERSON", "mentions": [[0, 11], [60, 65]]},
    {"id": "s2", "name": "the county council", "kind": "ORG", "mentions": [[20, 38]]},
]


def test_a_claims_speaker_is_found_by_its_id():
    index = MentionIndex(SPEAKERS)
    assert index.speaker("s2") is SPEAKERS[1]
    assert index.speaker("s1") is SPEAKERS[0]
    assert index.speaker("s3") is None
    assert index.speaker(None) is None


def test_the_first_speaker_of_an_id_is_the_one_found():
    twice = [*SPEAKERS, {"id": "s1", "name": "Ortiz", "kind": "PERSON", "mentions": [[80, 85]]}]
    assert MentionIndex(twice).speaker("s1") is twice[0]


def test_the_owner_of_an_offset_is_the_speaker_whose_mention_holds_it():
    index = MentionIndex(SPEAKERS)
    assert index.owner(25) is SPEAKERS[1]
    assert index.owner(62) is SPEAKERS[0]
    assert index.owner(45) is None
