"""The claim graph (``claimex.to_networkx``), the speaker network and GraphML export (API and CLI)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import networkx as nx
import pytest

import claimex
from claimex import cli, graph
from claimex.model import Claim, ClaimLink, Evidence, Result, Speaker

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "strikes.txt"


@pytest.fixture(scope="module")
def seed(nlp) -> Result:
    return claimex.extract(SAMPLE.read_text(encoding="utf-8"), nlp=nlp, doc_id="strikes")


def one_speaker_doc(doc_id: str, name: str, kind: str = "PERSON", aliases: tuple[str, ...] = (),
                    text: str = "It is true.") -> Result:
    """A document in which ``name`` makes one claim."""
    claim = Claim("c1", "direct", (0, len(text)), text, speaker="s1")
    return Result(doc_id, text, (claim,), (Speaker("s1", name, kind, aliases=aliases),))


def claim_id(result: Result, content: str) -> str:
    """The id of the one claim of ``result`` whose content contains ``content``."""
    (found,) = [c.id for c in result.claims if content in c.content_text]
    return found


#: The seed article's dispute: the PMF's denial against the Pentagon spokesman's claim.
DENIAL, TARGETED = "not include any [weapon] stores", "“operational and weapons storage facilities”"


def speakers(g: nx.DiGraph) -> dict[str, dict]:
    return {n: d for n, d in g.nodes(data=True) if d["node_type"] == "speaker"}


def test_seed_graph_nodes_and_edges(seed):
    g = claimex.to_networkx(seed)
    claims = [n for n, d in g.nodes(data=True) if d["node_type"] == "claim"]
    assert len(claims) == len(seed.claims)
    assert len(speakers(g)) == len(seed.speakers)
    said_by = [(a, b) for a, b, d in g.edges(data=True) if d["relation"] == graph.SAID_BY]
    assert len(said_by) == sum(1 for c in seed.claims if c.speaker)
    assert (f"claim:strikes:{claim_id(seed, TARGETED)}", "speaker:pentagon spokesman") in said_by
    pmf = next(s for s in seed.speakers if s.name == "Popular Mobilisation Forces")
    assert g.nodes["speaker:popular mobilisation forces"]["n_claims"] == sum(c.speaker == pmf.id for c in seed.claims)


def test_seed_graph_links_carry_relation_score_and_evidence(seed):
    g = claimex.to_networkx(seed)
    source, target = claim_id(seed, DENIAL), claim_id(seed, TARGETED)
    edge = g.edges[f"claim:strikes:{source}", f"claim:strikes:{target}"]
    assert edge["relation"] == "disputes" and edge["score"] == pytest.approx(0.84, abs=0.05)
    assert "response_cue" in edge["evidence_kinds"] and "response_cue: in contrast to" in edge["evidence"]
    links = {(a, b): d["relation"] for a, b, d in g.edges(data=True) if d["relation"] != graph.SAID_BY}
    assert links == {(f"claim:strikes:{x.source}", f"claim:strikes:{x.target}"): x.relation for x in seed.links}
    node = g.nodes[f"claim:strikes:{target}"]
    assert node["cue"] == "said" and node["type"] == "mixed" and node["doc_id"] == "strikes"
    assert seed.text[node["start"]:node["end"]] == node["content"]


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        (("Saeed Khatibzadeh", "PERSON", ()), ("Saeed Khatibzadeh", "PERSON", ()), True),
        (("Saeed Khatibzadeh", "PERSON", ()), ("Saeed Khatibzade", "PERSON", ()), True),
        (("Khatibzadeh Saeed", "PERSON", ()), ("Saeed Khatibzadeh", "PERSON", ()), True),
        (("Popular Mobilisation Forces", "ORG", ("PMF",)), ("The PMF", "ORG", ()), True),
        (("The US", "GPE", ()), ("US", "GPE", ()), True),
        (("Ministry", "OTHER", ()), ("Ministry", "ORG", ()), True),
        (("US", "GPE", ()), ("US officials", "PERSON", ()), False),
        (("Jordan", "PERSON", ()), ("Jordan", "GPE", ()), False),
        (("Joe Biden", "PERSON", ()), ("Jill Biden", "PERSON", ()), False),
    ],
)
def test_speakers_merge_across_documents_by_name(first, second, merged):
    g = claimex.to_networkx([one_speaker_doc("a", *first), one_speaker_doc("b", *second)])
    nodes = speakers(g)
    assert len(nodes) == (1 if merged else 2)
    if merged:
        (data,) = nodes.values()
        assert data["n_docs"] == 2 and data["docs"] == "a; b" and data["n_claims"] == 2
        assert data["name"] == first[0]


def test_merge_ratio_101_merges_exact_names_only():
    docs = [one_speaker_doc("a", "Saeed Khatibzadeh"), one_speaker_doc("b", "Saeed Khatibzade"),
            one_speaker_doc("c", "saeed khatibzadeh")]
    assert len(speakers(claimex.to_networkx(docs, merge_ratio=101))) == 2


def test_speakers_of_one_document_stay_apart():
    text = "It is true. It is not."
    doc = Result("a", text, (Claim("c1", "direct", (0, 11), "It is true.", speaker="s1"),
                             Claim("c2", "direct", (12, 22), "It is not.", speaker="s2")),
                 (Speaker("s1", "John Smith", "PERSON"), Speaker("s2", "John Smyth", "PERSON")))
    g = claimex.to_networkx([doc, one_speaker_doc("b", "John Smith")])
    assert sorted(d["n_claims"] for d in speakers(g).values()) == [1, 2]


def test_speaker_network_folds_claims_away():
    text = "Taxes fell. Taxes did not fall. Taxes fell indeed."
    claims = (Claim("c1", "direct", (0, 11), "Taxes fell.", speaker="s1"),
              Claim("c2", "direct", (12, 31), "Taxes did not fall.", speaker="s2"),
              Claim("c3", "direct", (32, 50), "Taxes fell indeed.", speaker="s3"))
    people = (Speaker("s1", "Ann Lee", "PERSON"), Speaker("s2", "Bob Roe", "PERSON"),
              Speaker("s3", "Cy Poe", "PERSON"))
    links = (ClaimLink("c2", "c1", "disputes", 0.9, (Evidence("negation", "not"),)),
             ClaimLink("c3", "c1", "supports", 0.6))
    docs = [Result("a", text, claims, people, links), Result("b", text, claims, people, links[:1])]
    net = claimex.speaker_network(docs)
    assert set(net.nodes) == {"speaker:ann lee", "speaker:bob roe", "speaker:cy poe"}
    assert net.edges["speaker:bob roe", "speaker:ann lee"] == {"weight": 2, "disputes": 2}
    assert net.edges["speaker:cy poe", "speaker:ann lee"] == {"weight": 1, "supports": 1}
    assert claimex.speaker_network(claimex.to_networkx(docs)).edges == net.edges


def test_graphml_round_trip(seed, tmp_path):
    path = tmp_path / "claims.graphml"
    g = claimex.write_graphml([seed], path)
    back = nx.read_graphml(path)
    assert set(back.nodes) == set(g.nodes) and set(back.edges) == set(g.edges)
    assert back.nodes["speaker:yehia rasool"]["affiliation"] == "Iraqi military"
    source, target = claim_id(seed, DENIAL), claim_id(seed, TARGETED)
    assert back.edges[f"claim:strikes:{source}", f"claim:strikes:{target}"]["relation"] == "disputes"


def test_cli_extract_writes_graphml(tmp_path, capsys):
    out, graphml = tmp_path / "out.jsonl", tmp_path / "out.graphml"
    assert cli.main(["extract", str(SAMPLE), "-o", str(out), "--graphml", str(graphml), "--no-progress"]) == 0
    g = nx.read_graphml(graphml)
    (line,) = out.read_text(encoding="utf-8").splitlines()
    result = Result.from_dict(json.loads(line))
    doc = str(SAMPLE)
    assert g.edges[f"claim:{doc}:{claim_id(result, DENIAL)}", f"claim:{doc}:{claim_id(result, TARGETED)}"][
        "relation"] == "disputes"
    assert len([n for n, d in g.nodes(data=True) if d["node_type"] == "claim"]) == len(result.claims)


def test_without_networkx_the_error_names_the_pip_command(monkeypatch, seed, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "networkx", None)
    for call in (lambda: claimex.to_networkx(seed), lambda: claimex.speaker_network(seed),
                 lambda: claimex.write_graphml(seed, tmp_path / "x.graphml")):
        with pytest.raises(claimex.MissingDependencyError, match=r"pip install 'claimex\[graph\]'"):
            call()
    out = tmp_path / "out.jsonl"
    assert cli.main(["extract", str(SAMPLE), "-o", str(out), "--graphml", str(tmp_path / "g.graphml")]) == 1
    assert "pip install 'claimex[graph]'" in capsys.readouterr().err
    assert not out.exists(), "the missing dependency is reported before any work"
