"""Each claim's fitted confidence (claimex_quotes' ``confidence`` model) and ``min_confidence``."""

import json

import pytest
from spacy.language import Language

import claimex
from claimex.errors import ClaimexError
from claimex.model import Claim
from claimex.pipeline.quotes.confidence import (
    ConfidenceModel,
    claim_features,
    confidence_weights_file_v1,
    confidence_weights_v1,
    mention_form,
)
from claimex.scoring import right_claims

#: A named speaker's indirect claim, then a quote-only paragraph that nobody is said to have said.
NAMED_THEN_ORPHAN = ('Officials said the bridge would reopen in May.\n\n"Nobody in this town believes a word of it '
                     'any more, not after three years of closed lanes and broken promises."')


def test_a_named_speakers_claim_is_more_likely_right_than_an_orphan_quote(nlp: Language) -> None:
    named, orphan = claimex.extract(NAMED_THEN_ORPHAN, nlp=nlp).claims
    assert (named.quote_rule, orphan.quote_rule) == ("complement", "floating")
    assert named.confidence > 0.8
    assert orphan.confidence < 0.5


def test_min_confidence_drops_the_unlikely_claims_and_numbers_the_rest(nlp: Language) -> None:
    finder = nlp.get_pipe("claimex_quotes")
    try:
        finder.min_confidence = 0.5
        claims = claimex.extract(NAMED_THEN_ORPHAN, nlp=nlp).claims
    finally:
        finder.min_confidence = 0.0
    assert [(c.id, c.content_text) for c in claims] == [("c1", "the bridge would reopen in May")]


def test_min_confidence_is_read_from_the_config() -> None:
    strict = claimex.load(config={"claimex_quotes": {"min_confidence": 0.99}})
    assert strict.get_pipe("claimex_quotes").min_confidence == 0.99
    assert claimex.extract(NAMED_THEN_ORPHAN, nlp=strict).claims == ()


def test_min_confidence_outside_zero_to_one_is_refused(nlp: Language) -> None:
    with pytest.raises(ValueError, match="min_confidence"):
        type(nlp.get_pipe("claimex_quotes"))(cues={"say": "assert"}, min_confidence=1.5)


@pytest.mark.parametrize(("mention", "form"), [
    (None, "none"), ("she", "pronoun"), ("They", "pronoun"), ("who", "relative"),
    ("Senator Ann Ruiz", "name"), ("the city's lawyers", "description"), ("officials", "description"),
])
def test_mention_form(mention: str | None, form: str) -> None:
    assert mention_form(mention) == form


def test_features_read_the_claim_and_fold_unknown_cue_words() -> None:
    text = "The mayor insisted the bridge was safe."
    claim = Claim(id="c1", type="indirect", content=(19, 38), content_text=text[19:38], content_spans=((19, 38),),
                  cue=(10, 18), cue_text="insisted", speaker_mention=(0, 9), speaker_mention_text="The mayor",
                  quote_rule="complement")
    features = claim_features(claim, frozenset({"cue=said"}))
    assert {"type=indirect", "rule=complement", "mention=description", "cue=other", "cue_at=before",
            "cue_gap=1", "opens=lower"} <= set(features)
    assert "cue=insisted" in claim_features(claim)


def test_the_packaged_model_is_a_probability_and_weighs_the_speaker() -> None:
    model = confidence_weights_v1()
    base = {"id": "c1", "type": "direct", "content": [0, 20], "content_text": "We will vote as one.",
            "cue": [22, 26], "cue_text": "said", "quote_rule": "adjacent_quote"}
    named = Claim.from_dict({**base, "speaker_mention": [27, 30], "speaker_mention_text": "Lee"})
    unnamed = Claim.from_dict(base)
    assert 0.0 < model(unnamed) < model(named) < 1.0


def test_a_weights_file_can_replace_the_packaged_one(tmp_path) -> None:
    path = tmp_path / "flat.json"
    path.write_text(json.dumps({"version": "flat", "intercept": 0.0, "weights": {}}))
    claim = Claim(id="c1", type="indirect", content=(0, 4), content_text="text")
    assert confidence_weights_file_v1(str(path))(claim) == 0.5
    path.write_text(json.dumps({"version": "broken"}))
    with pytest.raises(ClaimexError, match="intercept"):
        confidence_weights_file_v1(str(path))
    with pytest.raises(ClaimexError, match="not found"):
        confidence_weights_file_v1(str(tmp_path / "missing.json"))
    assert isinstance(confidence_weights_v1(), ConfidenceModel)


def test_quote_rule_survives_the_record_round_trip(nlp: Language) -> None:
    (claim, _) = claimex.extract(NAMED_THEN_ORPHAN, nlp=nlp).claims
    assert Claim.from_dict(claim.to_dict()) == claim
    assert claim.to_dict()["quote_rule"] == "complement"


def test_right_claims_needs_the_content_and_the_source() -> None:
    text = "Officials said the bridge would reopen in May. Lee said the lanes were closed."
    gold = [{"content": [15, 45], "source": [0, 9]}, {"content": [56, 77], "source": [47, 50]}]
    claims = [{"content": [15, 45], "speaker_mention": [0, 9], "speaker": None},
              {"content": [56, 77], "speaker_mention": [0, 9], "speaker": None},
              {"content": [0, 9], "speaker_mention": [0, 9], "speaker": None}]
    assert right_claims(text, gold, claims, []) == [True, False, False]
