"""The links stage: one small real-style article per evidence kind, and the negatives."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from _nlp import build, claim, en_nlp, speaker
from claimex.extensions import raw
from claimex.lexicons import reporting_cues_v1
from claimex.pipeline.claims import ClaimAnalyzer
from claimex.pipeline.links import ClaimLinker, LinkWeights, load_weights
from claimex.pipeline.state import ClaimAnalysis

__all__ = ["en_nlp"]


@pytest.fixture(scope="module")
def linker() -> ClaimLinker:
    return ClaimLinker(weights=load_weights())


def links_of(nlp, linker, text, claims, speakers=()):
    doc = build(nlp, text, claims, speakers)
    ClaimAnalyzer(cues=reporting_cues_v1())(doc)
    linker(doc)
    return doc, raw(doc)["links"]


def summary(links):
    return [(x["source"], x["relation"], x["target"]) for x in links]


def kinds(link):
    return {e["kind"] for e in link["evidence"]}


def test_negation_contrast_and_reference_through_affiliation(en_nlp, linker):
    text = ("A Pentagon spokesman said the strikes targeted weapons storage facilities at three locations. "
            "The militia said the targeted locations did not include any weapon stores, in contrast to the "
            "claims made by the US.")
    _, links = links_of(en_nlp, linker, text, [
        claim("c1", "the strikes targeted weapons storage facilities at three locations", cue="said",
              speaker="pentagon"),
        claim("c2", "the targeted locations did not include any weapon stores, in contrast to the claims made "
                    "by the US", cue="said", speaker="militia"),
    ], [speaker("pentagon", "Pentagon spokesman", kind="PERSON", affiliation="Pentagon"),
        speaker("militia", "The militia", kind="ORG")])
    assert summary(links) == [("c2", "disputes", "c1")]
    assert {"negation", "contrast_marker", "reference", "synonym"} <= kinds(links[0])
    for ev in links[0]["evidence"]:
        s, e = ev["span"]
        assert ev["text"].startswith(text[s:e])
    assert 0.5 <= links[0]["score"] <= 1.0


def test_denial_cue(en_nlp, linker):
    text = ("Police said protesters attacked officers with stones. "
            "Protest organisers denied that protesters attacked officers.")
    _, links = links_of(en_nlp, linker, text, [
        claim("c1", "protesters attacked officers with stones", cue="said", speaker="police"),
        claim("c2", "protesters attacked officers", cue="denied", speaker="organisers", after="organisers"),
    ])
    assert summary(links) == [("c2", "disputes", "c1")]
    assert "denial_cue" in kinds(links[0])


def test_numeric_mismatch(en_nlp, linker):
    text = ("The PMF said the strikes killed four fighters near the border. "
            "A monitoring group said seven militia fighters were killed in strikes near the border.")
    _, links = links_of(en_nlp, linker, text, [
        claim("c1", "the strikes killed four fighters near the border", cue="said", speaker="pmf"),
        claim("c2", "seven militia fighters were killed in strikes near the border", cue="said", speaker="monitor"),
    ])
    assert summary(links) == [("c2", "disputes", "c1")]
    mismatch = [e for e in links[0]["evidence"] if e["kind"] == "numeric_mismatch"]
    assert mismatch and mismatch[0]["text"] == "seven militia fighters ~ four fighters"


def test_bounded_numbers_are_no_mismatch(en_nlp, linker):
    text = ("Officials said at least five drones attacked the base. "
            "The monitor said seven drones attacked the base overnight.")
    _, links = links_of(en_nlp, linker, text, [
        claim("c1", "at least five drones attacked the base", cue="said", speaker="officials"),
        claim("c2", "seven drones attacked the base overnight", cue="said", speaker="monitor"),
    ])
    assert all(x["relation"] != "disputes" for x in links)


def test_antonym(en_nlp, linker):
    text = ("The army said the commander was killed in the strike. "
            "The group said the commander survived the strike.")
    _, links = links_of(en_nlp, linker, text, [
        claim("c1", "the commander was killed in the strike", cue="said", speaker="army"),
        claim("c2", "the commander survived the strike", cue="said", speaker="group"),
    ])
    assert summary(links) == [("c2", "disputes", "c1")]
    assert "antonym" in kinds(links[0])


def test_stance_opposition(en_nlp, linker):
    text = "The government praised the new security law. Rights groups condemned the new security law."
    _, links = links_of(en_nlp, linker, text, [
        claim("c1", "the new security law", cue="praised", speaker="government"),
        claim("c2", "the new security law", cue="condemned", speaker="rights", after="praised"),
    ])
    assert summary(links) == [("c2", "disputes", "c1")]
    assert "stance_opposition" in kinds(links[0])


def test_two_speakers_condemning_the_same_thing_support(en_nlp, linker):
    text = ("“We denounce and condemn this sinful attack on our forces,” the alliance said. "
            "The military spokesman also condemned the strikes, writing that they were a violation of "
            "Iraqi sovereignty.")
    _, links = links_of(en_nlp, linker, text, [
        claim("c1", "We denounce and condemn this sinful attack on our forces", speaker="pmf"),
        claim("c2", "they were a violation of Iraqi sovereignty", cue="writing", speaker="rasool"),
    ])
    assert summary(links) == [("c2", "supports", "c1")]
    assert {"same_stance", "synonym"} <= kinds(links[0])


def test_corroboration_with_agreement_cue(en_nlp, linker):
    text = ("Police said the suspect was arrested at the airport. "
            "Prosecutors confirmed the suspect was detained at the airport.")
    _, links = links_of(en_nlp, linker, text, [
        claim("c1", "the suspect was arrested at the airport", cue="said", speaker="police"),
        claim("c2", "the suspect was detained at the airport", cue="confirmed", speaker="prosecutors"),
    ])
    assert summary(links) == [("c2", "supports", "c1")]
    assert {"agreement_marker", "proposition_match", "synonym"} <= kinds(links[0])


def test_reference_without_conflict_responds(en_nlp, linker):
    text = ("The ministry said the talks with the rebels would resume in Geneva next month. "
            "Responding to the ministry's statement, the rebels said they were studying the talks proposal "
            "for Geneva.")
    _, links = links_of(en_nlp, linker, text, [
        claim("c1", "the talks with the rebels would resume in Geneva next month", cue="said", speaker="ministry"),
        claim("c2", "they were studying the talks proposal for Geneva", cue="said", speaker="rebels",
              after="Responding"),
    ], [speaker("ministry", "The ministry"), speaker("rebels", "The rebels")])
    assert summary(links) == [("c2", "responds_to", "c1")]
    assert "reference" in kinds(links[0])


NO_LINKS = [
    # (why, text, [(content, cue, speaker)])
    ("same event, no conflict",
     "State media said a child was killed in a strike near Albu Kamal. "
     "The observatory said seven militia fighters were killed in strikes near Albu Kamal.",
     [("a child was killed in a strike near Albu Kamal", "said", "media"),
      ("seven militia fighters were killed in strikes near Albu Kamal", "said", "sohr")]),
    ("pseudo-negation",
     "The army said the strike hit a weapons depot. "
     "A monitor said there was no doubt that the strike hit a weapons depot.",
     [("the strike hit a weapons depot", "said", "army"),
      ("there was no doubt that the strike hit a weapons depot", "said", "monitor")]),
    ("unrelated claims",
     "The central bank said interest rates would stay unchanged. "
     "The coach said the team was not ready for the final.",
     [("interest rates would stay unchanged", "said", "bank"),
      ("the team was not ready for the final", "said", "coach")]),
    ("same speaker",
     "The PMF said four fighters were killed. It added that seven fighters were killed.",
     [("four fighters were killed", "said", "pmf"), ("seven fighters were killed", "added", "pmf")]),
]


#: A dispute after each negative text: the linker ran on the document and found it, and nothing
#: between the negative text's claims.
CONTROL_TEXT = (" Police said protesters attacked officers with stones."
                " Protest organisers denied that protesters attacked officers.")
CONTROL_CLAIMS = [
    claim("k1", "protesters attacked officers with stones", cue="said", speaker="police"),
    claim("k2", "protesters attacked officers", cue="denied", speaker="organisers", after="organisers"),
]


@pytest.mark.parametrize(("why", "text", "specs"), NO_LINKS, ids=[n[0] for n in NO_LINKS])
def test_no_dispute(en_nlp, linker, why, text, specs):
    claims = [claim(f"c{i}", c, cue=cue, speaker=s) for i, (c, cue, s) in enumerate(specs, start=1)]
    _, links = links_of(en_nlp, linker, text + CONTROL_TEXT, claims + CONTROL_CLAIMS)
    assert ("k2", "disputes", "k1") in summary(links), why
    between = [x for x in links if x["source"].startswith("c") and x["target"].startswith("c")]
    assert [x for x in between if x["relation"] == "disputes"] == [], why
    if why != "pseudo-negation":  # the monitor does support the army there
        assert between == [], why


def test_max_claims_caps_the_pairs(en_nlp, linker):
    text = ("The PMF said the strikes killed four fighters near the border. "
            "A monitoring group said seven militia fighters were killed in strikes near the border.")
    claims = [
        claim("c1", "the strikes killed four fighters near the border", cue="said", speaker="pmf"),
        claim("c2", "seven militia fighters were killed in strikes near the border", cue="said", speaker="monitor"),
    ]
    _, uncapped = links_of(en_nlp, linker, text, claims)
    assert summary(uncapped) == [("c2", "disputes", "c1")]
    _, links = links_of(en_nlp, ClaimLinker(weights=load_weights(), max_claims=1), text, claims)
    assert links == []  # the one pair that disputes is never compared


def test_weights_file_is_versioned_and_complete():
    data = json.loads(resources.files("claimex").joinpath("weights").joinpath("links.v1.json").read_text())
    assert data["version"] == "links.v1"
    weights = LinkWeights.from_dict(data)
    for name, rule in weights.relations.items():
        assert rule.requires_any <= set(rule.weights), name
        assert all(0.0 <= w <= 1.0 for w in rule.weights.values()), name
        assert 0.0 < rule.threshold <= 1.0


def test_factory_with_weights_file(tmp_path):
    import spacy

    import claimex.pipeline.links  # noqa: F401  (registers the factory)

    data = json.loads(resources.files("claimex").joinpath("weights").joinpath("links.v1.json").read_text())
    data["version"] = "links.test"
    path = tmp_path / "links.test.json"
    path.write_text(json.dumps(data))
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("claimex_links", config={
        "weights": {"@misc": "claimex.link_weights_file.v1", "path": str(path)}, "max_claims": 10})
    assert pipe.weights.version == "links.test" and pipe.weights.max_claims == 10


def test_bad_doc_is_an_error_not_an_exception(en_nlp, linker):
    doc = build(en_nlp, "The PMF said four fighters were killed.", [claim("c1", "four fighters were killed")])
    raw(doc)["claims"][0].update(ClaimAnalysis(target_root=10_000).to_record())  # a broken analysis
    raw(doc)["claims"][0]["act"] = "assert"
    linker(doc)
    assert raw(doc)["errors"][0]["stage"] == "claimex_links"
