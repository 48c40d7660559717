"""claimex.relate: the relation between two claims of different texts, and relate_records."""

from __future__ import annotations

import pytest

from _nlp import en_nlp
from claimex.model import Claim
from claimex.relate import SEPARATOR, Relation, relate, relate_records

__all__ = ["en_nlp"]

PAIRS = [
    # (a, b, relation)
    ("Pentagon says air strikes destroyed weapons depots used by militias",
     "Militia leaders deny that any weapons depots were hit in the strikes", "disputes"),
    ("The army says the commander was killed in the strike",
     "The group says the commander survived the strike", "disputes"),
    ("UN condemns attack on aid convoy in Sudan", "EU also condemns the attack on the aid convoy", "supports"),
    ("Police say the suspect was arrested at the airport",
     "Prosecutors confirm the suspect was detained at the airport", "supports"),
    ("Russia shelled a hospital in Kharkiv, Ukrainian officials say",
     "Russia allegedly shelled a hospital in Kharkiv", "none"),
    ("The central bank raised interest rates by half a point", "Heavy rain floods streets in Mumbai", "none"),
]


@pytest.mark.parametrize(("a", "b", "relation"), PAIRS)
def test_relate(en_nlp, a, b, relation):
    assert relate(a, b, nlp=en_nlp).relation == relation


def test_evidence_spans_index_the_joint_text(en_nlp):
    a = "Kremlin says Russian troops are not present in eastern Ukraine"
    b = "NATO says Russian troops are operating in eastern Ukraine, contrary to Moscow's claims"
    rel = relate(a, b, nlp=en_nlp)
    assert rel.relation == "disputes"
    joint = a + SEPARATOR + b
    found = {e.kind for e in rel.evidence}
    assert {"response_cue", "reference"} <= found  # "contrary to Moscow's claims"
    for ev in rel.evidence:
        assert ev.span is not None
        s, e = ev.span
        assert ev.text.startswith(joint[s:e]), ev


def test_relation_to_dict_and_repr(en_nlp):
    rel = relate("UN condemns attack on aid convoy", "EU also condemns the attack on the aid convoy", nlp=en_nlp)
    data = rel.to_dict()
    assert set(data) == {"relation", "score", "evidence"}
    assert Relation.from_dict(data) == rel
    assert repr(rel).startswith("Relation(supports, ")
    assert 0.0 <= rel.score <= 1.0


def test_relate_claim_objects_with_their_text(en_nlp):
    text_a = "A Pentagon spokesman said the strikes targeted weapons storage facilities at three sites."
    content = "the strikes targeted weapons storage facilities at three sites"
    s = text_a.index(content)
    a = Claim(id="c1", type="indirect", content=(s, s + len(content)), content_text=content,
              cue=(text_a.index("said"), text_a.index("said") + 4), cue_text="said", speaker="pentagon")
    rel = relate(a, "The militia denies that the sites held any weapons storage facilities", nlp=en_nlp,
                 text_a=text_a)
    assert rel.relation == "disputes"


def test_relate_claim_object_without_text(en_nlp):
    a = Claim(id="c1", type="indirect", content=(0, 0), content_text="seven fighters were killed in the raid")
    rel = relate(a, "four fighters were killed in the raid", nlp=en_nlp)
    assert rel.relation == "disputes"


def test_relate_rejects_other_types(en_nlp):
    with pytest.raises(TypeError):
        relate(42, "text", nlp=en_nlp)  # type: ignore[arg-type]


def test_relate_records_keeps_order_and_never_raises(en_nlp):
    lines = [
        {"id": "1", "a": "UN condemns attack on aid convoy", "b": "EU also condemns the attack on the aid convoy"},
        {"id": "2", "a": "only a"},
        "not a record",
        {"id": "4", "a": 3, "b": "x"},
        {"id": "5", "a": "The army says the commander was killed", "b": "The group says the commander survived"},
    ]
    out = list(relate_records(lines, nlp=en_nlp))
    assert [r["id"] for r in out] == ["1", "2", None, "4", "5"]
    assert [r["relation"] for r in out] == ["supports", "none", "none", "none", "disputes"]
    for r in out[1:4]:
        assert r["score"] == 0.0 and r["evidence"] == [] and r["errors"][0]["stage"] == "relate"
    assert "errors" not in out[0]
