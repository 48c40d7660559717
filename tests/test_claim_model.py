"""The fitted combination of the named act and stance rules (claimex.pipeline.claim_model): the act
model on real-style sentences written for these tests, the stance model's bounds, the weights loader's
errors and the fall-back to the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

import claimex
from _nlp import analysed, build, claim, en_nlp
from claimex.errors import ClaimexError
from claimex.lexicons import reporting_cues_v1
from claimex.pipeline import acts
from claimex.pipeline.claim_model import (
    ClaimWeights,
    ClaimWeightsError,
    LabelModel,
    claim_weights_file_v1,
    claim_weights_v1,
    load_claim_weights,
)
from claimex.pipeline.claims import ClaimAnalyzer
from claimex.pipeline.state import read_claims
from claimex.pipeline.tokens import TokenTable
from test_acts import ACTS

__all__ = ["en_nlp"]


@pytest.fixture(scope="module")
def fitted() -> ClaimAnalyzer:
    """The claims stage with both fitted models."""
    weights = claim_weights_v1()
    return ClaimAnalyzer(cues=reporting_cues_v1(), act_model=weights, stance_model=weights)


FITTED_ACTS = [
    # (text, content, cue, act, act_rule): the act the model picks, and the rule that agrees with it
    # an accusation in the content is an accusation whatever the cue
    ("The union noted that the mayor's aides had botched the contract and lied to the workers.",
     "the mayor's aides had botched the contract and lied to the workers", "noted", "accuse", "accusation"),
    ("The farmers' group said the minister's policies are ruining small farms.",
     "the minister's policies are ruining small farms", "said", "accuse", "accusation"),
    # "asked X to do Y" demands
    ("The council asked the governor to fire the police chief.", "to fire the police chief", "asked", "demand",
     "ask_to"),
    ("The residents asked the council to rebuild the bridge.", "to rebuild the bridge", "asked", "demand", "ask_to"),
    # praise supports
    ("The coach praised the young striker for his courage.", "the young striker for his courage", "praised",
     "support", "cue"),
    pytest.param("The senator said Lopez is a wonderful and honest leader.", "Lopez is a wonderful and honest leader",
                 "said", "support", "praise",
                 marks=pytest.mark.xfail(reason="the act model (685 statements) weighs the praise rule under a plain "
                                                "'said' below a plain assertion; the decision list gets it",
                                         strict=True)),
    # a prediction
    ("The analyst said the new tariff will hurt exporters.", "the new tariff will hurt exporters", "said", "predict",
     "prediction"),
    ("The committee said the hearing will take place on Tuesday.", "the hearing will take place on Tuesday", "said",
     "predict", "prediction"),
    # the speaker's own denial (the act model refitted in the twelfth act round kept it; the decision list,
    # the default, still does)
    pytest.param("The rebels said they did not fire the rockets.", "they did not fire the rockets", "said", "deny",
                 "own_denial",
                 marks=pytest.mark.xfail(reason="the act model refitted after the thirteenth act round (off by "
                                                "default) weighs a reported own denial under a plain 'said' below "
                                                "a plain assertion", strict=True)),
]


@pytest.mark.parametrize(("text", "content", "cue", "act", "rule"), FITTED_ACTS)
def test_fitted_act_and_its_rule(en_nlp, fitted, text, content, cue, act, rule):
    c = analysed(en_nlp, fitted, text, content, cue)
    assert (c["act"], c["act_rule"]) == (act, rule)


def test_act_rule_is_model_when_no_rule_gives_the_act(en_nlp, fitted):
    c = analysed(en_nlp, fitted, "The senator said Lopez is a wonderful and honest leader.",
                 "Lopez is a wonderful and honest leader", "said")
    assert (c["act"], c["act_rule"]) == ("assert", "model")


@pytest.mark.parametrize(("text", "content", "cue", "act", "rule"),
                         [a for a in ACTS if a[4] != "default" and a[4] not in acts.SPARING_RULES])
def test_first_rule_that_fires_is_the_decision_list(en_nlp, analyzer, text, content, cue, act, rule):
    doc = build(en_nlp, text, [claim("c1", content, cue=cue)])
    record = next(iter(read_claims(doc)))
    st = analyzer._statement(TokenTable.of(doc), record)[0]
    before = (st.act_root, st.judged)
    firings = acts.fire_rules(st)
    assert (st.act_root, st.judged) == before  # the statement is left as it was
    assert (firings[0].act, firings[0].rule) == (act, rule)
    assert len({f.rule for f in firings}) == len(firings)


def test_act_features_are_closed_class(en_nlp, analyzer):
    doc = build(en_nlp, "The union noted that the mayor's aides had botched the contract.",
                [claim("c1", "the mayor's aides had botched the contract", cue="noted")])
    record = next(iter(read_claims(doc)))
    st = analyzer._statement(TokenTable.of(doc), record)[0]
    feats = acts.act_features(st, acts.fire_rules(st))
    assert "rule=accusation:accuse" in feats and "list=accuse" in feats and "cue=note" in feats
    assert not any(w in f for f in feats for w in ("mayor", "aides", "botch", "contract"))


STANCES = [
    # the act fixes these stances: the stance model leaves them to the rule
    ("The union noted that the mayor's aides had botched the contract and lied to the workers.",
     "the mayor's aides had botched the contract and lied to the workers", "noted", "oppose"),
    ("The teachers called for more funding for rural schools.", "more funding for rural schools", "called for",
     "support"),
    ("The governor said the new hospital is a great success for the region.",
     "the new hospital is a great success for the region", "said", "support"),
]


@pytest.mark.parametrize(("text", "content", "cue", "stance"), STANCES)
def test_stance_model_keeps_the_stance_the_act_fixes(en_nlp, analyzer, text, content, cue, stance):
    weights = claim_weights_v1()
    with_model = ClaimAnalyzer(cues=reporting_cues_v1(), stance_model=weights)
    assert analysed(en_nlp, with_model, text, content, cue)["stance"] == stance
    assert analysed(en_nlp, analyzer, text, content, cue)["stance"] == stance


def test_default_pipeline_uses_the_stance_model_and_rules_for_the_act(nlp):
    stage = nlp.get_pipe("claimex_claims")
    assert stage.stance_model is not None and stage.act_model is None


def test_models_can_be_switched_by_config():
    both = claimex.load(config={"claimex_claims": {"act_model": {"@misc": "claimex.claim_weights.v1"}}})
    assert both.get_pipe("claimex_claims").act_model is not None
    rules = claimex.load(config={"claimex_claims": {"stance_model": None}})
    stage = rules.get_pipe("claimex_claims")
    assert stage.stance_model is None and stage.act_model is None
    doc = rules("The mayor said the council's report was a cover-up. The union said the rollout was slow.")
    assert all(r.analysis is None or r.analysis.stance_source != "model" for r in read_claims(doc))


def test_label_model_probabilities():
    model = LabelModel(classes=("a", "b"), intercepts={"a": 0.0, "b": 0.5},
                       weights={"a": {"x": 2.0}, "b": {"y": 1.0}})
    probs = model.scores(["x"])
    assert probs["a"] + probs["b"] == pytest.approx(1.0)
    assert model.predict(["x"]) == "a"
    assert model.predict([]) == "b"
    assert model.predict(["unknown"]) == "b"


def test_weights_file_records_its_data():
    data = json.loads((Path(claimex.__file__).parent / "weights" / "claims.v1.json").read_text(encoding="utf-8"))
    assert data["version"] == "claims.v1"
    assert "PolNeAR" in data["data"]["citation"] and "blind" in data["data"]["citation"]
    assert data["data"]["held_out_readers"] == ["A", "E"]
    trained = {r for readers in data["data"]["files"].values() for r in readers}
    assert trained == {"B", "D", "F", "G", "H", "M", "N", "O", "P", "Q", "R", "S"}
    weights = claim_weights_v1()
    assert weights.act is not None and weights.stance is not None
    assert set(weights.stance.classes) == {"support", "oppose", "neutral"}


def test_loader_errors(tmp_path):
    with pytest.raises(ClaimexError, match="no weights file"):
        load_claim_weights("claims.v0")
    with pytest.raises(ClaimexError, match="not found"):
        load_claim_weights(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"version": "x"}), encoding="utf-8")
    with pytest.raises(ClaimWeightsError, match="needs 'version'"):
        claim_weights_file_v1(str(bad))
    bad.write_text(json.dumps({"version": "x", "act": {"classes": ["assert"], "model": {}}}), encoding="utf-8")
    with pytest.raises(ClaimWeightsError, match="act part"):
        load_claim_weights(bad)
    stance_only = ClaimWeights(version="x", stance=claim_weights_v1().stance)
    with pytest.raises(ClaimWeightsError, match="no act model"):
        ClaimAnalyzer(cues=reporting_cues_v1(), act_model=stance_only)


def test_config_with_a_weights_file(tmp_path):
    path = tmp_path / "claims.json"
    path.write_text((Path(claimex.__file__).parent / "weights" / "claims.v1.json").read_text(encoding="utf-8"),
                    encoding="utf-8")
    nlp = spacy.blank("en")
    stage = nlp.add_pipe("claimex_claims", config={
        "stance_model": {"@misc": "claimex.claim_weights_file.v1", "path": str(path)}})
    assert stage.stance_model == claim_weights_v1().stance
