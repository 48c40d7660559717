"""The link scorer's numbers, versioned in ``claimex/weights/links.v<N>.json``.

A relation is kept when at least one of its deciding evidence kinds (``requires_any``) fired and the
noisy-OR of the weights of the kinds that fired, ``1 - prod(1 - w_k)``, reaches its threshold. The
weights are the kinds' rough precision: how often an edge with that evidence is right.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ...errors import ClaimexError
from ...io import read_weights_json

RELATIONS: Final[tuple[str, ...]] = ("disputes", "supports", "responds_to")
DEFAULT: Final = "links.v5"


@dataclass(frozen=True, slots=True)
class RelationWeights:
    """The scoring rule of one relation: evidence weights, threshold, kinds of which one must fire."""

    threshold: float
    weights: Mapping[str, float]
    requires_any: frozenset[str]
    blocked_by_hedge: bool = False

    def score(self, kinds: frozenset[str]) -> float:
        """The noisy-OR of the weights of ``kinds`` (0 when none of ``requires_any`` is among them)."""
        if kinds.isdisjoint(self.requires_any):
            return 0.0
        out = 1.0
        for kind in kinds:
            out *= 1.0 - max(0.0, min(1.0, self.weights.get(kind, 0.0)))
        return round(1.0 - out, 4)


@dataclass(frozen=True, slots=True)
class LinkWeights:
    """The versioned, documented weights of the link scorer (``weights/links.v5.json``)."""

    version: str
    max_claims: int
    link_same_speaker: bool
    anaphora_window: int  # an answer without a name reaches this many claims back
    min_shared: int  # topic words an answer without a name must share with the claim it answers
    duplicate_share: float  # two claims sharing this share of the shorter's words are one statement
    relations: Mapping[str, RelationWeights] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The shape of ``weights/links.v2.json`` (what :meth:`from_dict` reads), e.g. to save with a pipeline."""
        out: dict[str, Any] = {
            "version": self.version, "max_claims": self.max_claims, "link_same_speaker": self.link_same_speaker,
            "candidates": {"anaphora_window": self.anaphora_window, "min_shared": self.min_shared,
                           "duplicate_share": self.duplicate_share},
        }
        for name, rule in self.relations.items():
            out[name] = {"threshold": rule.threshold, "weights": dict(rule.weights),
                         "requires_any": sorted(rule.requires_any), "blocked_by_hedge": rule.blocked_by_hedge}
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinkWeights:
        if "topic" in data and "candidates" not in data:
            raise ClaimexError(f"link weights {data.get('version', '')!r} are of the topic-overlap scorer of "
                               "claimex 0.1 (links.v1); use links.v5 (claimex.link_weights.v5) or a copy of it")
        candidates = data["candidates"]
        relations = {
            name: RelationWeights(
                threshold=float(data[name]["threshold"]),
                weights={k: float(v) for k, v in data[name]["weights"].items()},
                requires_any=frozenset(data[name].get("requires_any", ())),
                blocked_by_hedge=bool(data[name].get("blocked_by_hedge", False)),
            )
            for name in RELATIONS
        }
        return cls(
            version=str(data.get("version", "")),
            max_claims=int(data.get("max_claims", 200)),
            link_same_speaker=bool(data.get("link_same_speaker", False)),
            anaphora_window=int(candidates["anaphora_window"]),
            min_shared=int(candidates["min_shared"]),
            duplicate_share=float(candidates["duplicate_share"]),
            relations=relations,
        )


def load_weights(source: str | Path = DEFAULT) -> LinkWeights:
    """Link weights by packaged name (``"links.v5"``) or from a JSON file path."""
    return LinkWeights.from_dict(read_weights_json(source))


def link_weights_v2() -> LinkWeights:
    """The packaged weights ``weights/links.v2.json`` (named evidence, claimex 0.2)."""
    return load_weights("links.v2")


def link_weights_v3() -> LinkWeights:
    """The packaged weights ``weights/links.v3.json`` (v2 and ``verbatim_echo``)."""
    return load_weights("links.v3")


def link_weights_v4() -> LinkWeights:
    """The packaged weights ``weights/links.v4.json`` (v3 and ``rebutting_reply``)."""
    return load_weights("links.v4")


def link_weights_v5() -> LinkWeights:
    """The packaged weights ``weights/links.v5.json`` (v4 and ``narrated_response``; the default)."""
    return load_weights("links.v5")


def link_weights_v1() -> LinkWeights:
    """The weights of claimex 0.1's topic-overlap scorer, which this linker cannot use."""
    raise ClaimexError("claimex.link_weights.v1 belongs to the topic-overlap linker of claimex 0.1, which was "
                       "replaced; set weights = {\"@misc\": \"claimex.link_weights.v5\"} in [components.claimex_links]")


def link_weights_file_v1(path: str) -> LinkWeights:
    """Link weights from a JSON file of the same shape as ``weights/links.v2.json``."""
    return load_weights(Path(path))
