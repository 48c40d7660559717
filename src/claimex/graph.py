"""claimex results as a networkx graph: who said what, and which claims dispute or support which.

:func:`to_networkx` builds a directed graph over any number of documents: a node per speaker and per claim,
a ``said_by`` edge from each claim to its speaker and a ``disputes`` / ``supports`` / ``responds_to`` edge
from claim to claim for each link. Speakers are merged across documents by name: the same normalised name
or alias, or names whose rapidfuzz ``token_sort_ratio`` reaches ``merge_ratio``, with compatible kinds.
:func:`speaker_network` folds the claims away, leaving speakers and who disputes or supports whom.

Every attribute is a string, number or bool (lists are joined with ``"; "``, missing values left out), so
``networkx.write_graphml`` takes the graph as it is (:func:`write_graphml`; ``claimex extract --graphml``).
Needs the ``graph`` extra: ``pip install 'claimex[graph]'``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from .convert import Results, iter_results
from .errors import MissingDependencyError
from .model import Claim, Result, Speaker
from .names import WILDCARD_KINDS, kinds_agree, name_similarity
from .names import graph_key as normalise_name

if TYPE_CHECKING:
    import networkx as nx

#: Least rapidfuzz ``token_sort_ratio`` (0-100) at which two speaker names from different documents are
#: taken for one speaker.
MERGE_RATIO: Final = 90.0
#: Relation of the edge from a claim to its speaker.
SAID_BY: Final = "said_by"
#: Separator of list values in node attributes (GraphML has no lists).
LIST_SEPARATOR: Final = "; "

GRAPH_HINT: Final = "claimex's graphs need networkx: pip install 'claimex[graph]'"


def _networkx() -> Any:
    try:
        import networkx
    except ImportError as err:
        raise MissingDependencyError(GRAPH_HINT) from err
    return networkx


def speaker_node(key: str) -> str:
    """The node id of a merged speaker."""
    return f"speaker:{key}"


def claim_node(doc_id: str, claim_id: str) -> str:
    """The node id of a claim (claim ids are unique within a document only)."""
    return f"claim:{doc_id}:{claim_id}"


@dataclass(eq=False)
class _Entity:
    """A speaker merged across documents."""

    key: str
    name: str
    kind: str
    names: set[str] = field(default_factory=set)
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    n_claims: int = 0

    def absorb(self, speaker: Speaker, doc_id: str) -> None:
        self.names |= {normalise_name(n) for n in (speaker.name, *speaker.aliases)} - {""}
        self.role = self.role or speaker.role
        self.affiliation = self.affiliation or speaker.affiliation
        if self.kind in WILDCARD_KINDS:
            self.kind = speaker.kind
        for alias in (speaker.name, *speaker.aliases):
            if alias not in self.aliases:
                self.aliases.append(alias)
        if doc_id not in self.docs:
            self.docs.append(doc_id)

    def attributes(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "node_type": "speaker", "label": self.name, "name": self.name, "speaker_kind": self.kind,
            "role": self.role, "affiliation": self.affiliation, "aliases": LIST_SEPARATOR.join(self.aliases),
            "docs": LIST_SEPARATOR.join(self.docs), "n_docs": len(self.docs), "n_claims": self.n_claims,
        }
        return {k: v for k, v in data.items() if v is not None}


class GraphBuilder:
    """Adds documents one at a time to a claim graph (what :func:`to_networkx` and the CLI use).

    Args:
        merge_ratio: least rapidfuzz ``token_sort_ratio`` of two names for one speaker; 101 merges exact
            (normalised) names and aliases only.

    Raises:
        MissingDependencyError: networkx is not installed.
    """

    def __init__(self, *, merge_ratio: float = MERGE_RATIO) -> None:
        self.graph: nx.DiGraph = _networkx().DiGraph()
        self.merge_ratio = merge_ratio
        self._entities: list[_Entity] = []

    def _entity(self, speaker: Speaker, taken_here: set[str]) -> _Entity:
        names = {normalise_name(n) for n in (speaker.name, *speaker.aliases)} - {""}
        name = normalise_name(speaker.name)
        best: tuple[float, _Entity] | None = None
        for entity in self._entities:
            if entity.key in taken_here or not kinds_agree(entity.kind, speaker.kind):
                continue
            exact = bool(names & entity.names)
            score = 101.0 if exact else name_similarity(name, normalise_name(entity.name))
            if (exact or score >= self.merge_ratio) and (best is None or score > best[0]):
                best = (score, entity)
        if best is not None:
            return best[1]
        key = name or speaker.id
        taken = {e.key for e in self._entities}
        unique, n = key, 1
        while unique in taken:
            n += 1
            unique = f"{key} ({n})"
        entity = _Entity(key=unique, name=speaker.name, kind=speaker.kind)
        self._entities.append(entity)
        return entity

    def add(self, result: Result) -> None:
        """Add the speakers, claims and links of one document."""
        graph = self.graph
        doc_id = result.id
        nodes: dict[str, _Entity] = {}
        for speaker in result.speakers:
            entity = self._entity(speaker, {e.key for e in nodes.values()})
            entity.absorb(speaker, doc_id)
            nodes[speaker.id] = entity
        for claim in result.claims:
            node = claim_node(doc_id, claim.id)
            graph.add_node(node, **_claim_attributes(doc_id, claim))
            said_by = nodes.get(claim.speaker or "")
            if said_by is not None:
                said_by.n_claims += 1
                graph.add_edge(node, speaker_node(said_by.key), relation=SAID_BY, label=SAID_BY)
        for entity in set(nodes.values()):
            graph.add_node(speaker_node(entity.key), **entity.attributes())
        for link in result.links:
            source, target = claim_node(doc_id, link.source), claim_node(doc_id, link.target)
            if source in graph and target in graph:
                graph.add_edge(
                    source, target, relation=link.relation, label=link.relation, score=link.score,
                    evidence_kinds=", ".join(sorted({e.kind for e in link.evidence})),
                    evidence=LIST_SEPARATOR.join(f"{e.kind}: {e.text}" for e in link.evidence),
                )


def _claim_attributes(doc_id: str, claim: Claim) -> dict[str, Any]:
    text = " ".join(claim.content_text.split())
    data: dict[str, Any] = {
        "node_type": "claim", "label": f"{claim.id}: {text[:60]}", "doc_id": doc_id, "claim_id": claim.id,
        "content": claim.content_text, "type": claim.type, "act": claim.act, "polarity": claim.polarity,
        "hedged": claim.hedged, "stance": claim.stance, "target": claim.target_text, "cue": claim.cue_text,
        "speaker_mention": claim.speaker_mention_text, "start": claim.content[0], "end": claim.content[1],
        "confidence": claim.confidence,
    }
    return {k: v for k, v in data.items() if v is not None}


def to_networkx(results: Results, *, merge_ratio: float = MERGE_RATIO) -> nx.DiGraph:
    """The claim graph of any number of documents.

    Nodes: ``speaker:<normalised name>`` (``node_type="speaker"``; name, speaker_kind, role, affiliation,
    aliases, docs, n_docs, n_claims) and ``claim:<doc id>:<claim id>`` (``node_type="claim"``; content, type,
    act, stance, cue, offsets ...). Edges: claim -> speaker with ``relation="said_by"``; claim -> claim with
    ``relation`` ``"disputes"``, ``"supports"`` or ``"responds_to"``, ``score`` and ``evidence``.

    Args:
        results: Results, processed Docs or output records (or the path of a JSONL file of records).
        merge_ratio: least rapidfuzz ``token_sort_ratio`` (0-100) at which speakers of different documents
            are merged; a shared normalised name or alias always merges. Kinds must agree (or be OTHER).

    Returns:
        A ``networkx.DiGraph`` whose attributes GraphML can store.

    Raises:
        MissingDependencyError: networkx is not installed (``pip install 'claimex[graph]'``).
    """
    builder = GraphBuilder(merge_ratio=merge_ratio)
    for result in iter_results(results):
        builder.add(result)
    return builder.graph


def speaker_network(graph_or_results: nx.DiGraph | Results, *, merge_ratio: float = MERGE_RATIO) -> nx.DiGraph:
    """Speakers only: an edge A -> B when a claim of A disputes, supports or responds to a claim of B.

    Edges carry a count per relation (``disputes=2``, ``supports=1`` ...) and ``weight``, their sum. Links
    between claims of one speaker become self-loops.

    Args:
        graph_or_results: a graph from :func:`to_networkx`, or what it takes.
        merge_ratio: as for :func:`to_networkx` (when given results).
    """
    nx = _networkx()
    graph = graph_or_results if isinstance(graph_or_results, nx.Graph) else to_networkx(
        graph_or_results, merge_ratio=merge_ratio)
    out = nx.DiGraph()
    speaker_of: dict[str, str] = {}
    for node, data in graph.nodes(data=True):
        if data.get("node_type") == "speaker":
            out.add_node(node, **data)
    for source, target, data in graph.edges(data=True):
        if data.get("relation") == SAID_BY:
            speaker_of[source] = target
    for source, target, data in graph.edges(data=True):
        relation = data.get("relation")
        if relation == SAID_BY or source not in speaker_of or target not in speaker_of:
            continue
        a, b = speaker_of[source], speaker_of[target]
        if not out.has_edge(a, b):
            out.add_edge(a, b, weight=0)
        edge = out.edges[a, b]
        edge[relation] = edge.get(relation, 0) + 1
        edge["weight"] += 1
    return out


def write_graphml(graph_or_results: nx.DiGraph | Results, path: str | os.PathLike[str], *,
                  merge_ratio: float = MERGE_RATIO) -> nx.DiGraph:
    """Write the claim graph (or a graph you give) to a GraphML file, and return the graph.

    Raises:
        MissingDependencyError: networkx is not installed (``pip install 'claimex[graph]'``).
    """
    nx = _networkx()
    graph = graph_or_results if isinstance(graph_or_results, nx.Graph) else to_networkx(
        graph_or_results, merge_ratio=merge_ratio)
    nx.write_graphml(graph, os.fspath(path))
    return graph


__all__ = [
    "MERGE_RATIO",
    "SAID_BY",
    "GraphBuilder",
    "claim_node",
    "normalise_name",
    "speaker_network",
    "speaker_node",
    "to_networkx",
    "write_graphml",
]
