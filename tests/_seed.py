"""The seed article and the team's hand reading of it, both in the repository (``data/samples/``), and the
seed score: the reference scorer's ``score_seed`` written with claimex's own matching
(:mod:`claimex.scoring`: the same Dice on content characters, the same greedy one-to-one pairing)."""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from claimex.scoring import content_chars, match_contents, span_of, spans_overlap

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
#: The team's hand reading of the seed article: quotes, speakers, links, stances and non-claims.
EXPECTED = SAMPLES / "strikes.expected.json"


@functools.cache
def _read() -> tuple[dict[str, Any], str]:
    gold = json.loads(EXPECTED.read_text(encoding="utf-8"))
    text = (SAMPLES / gold["text_file"]).read_text(encoding="utf-8")
    return gold, text


def gold() -> dict[str, Any]:
    """The hand reading (a fresh copy: tests may not change each other's)."""
    return json.loads(json.dumps(_read()[0]))


def text() -> str:
    """The article the hand reading's offsets refer to."""
    return _read()[1]


def _norm(name: str) -> str:
    """As the reference scorer compares names: lower case, letters and digits, no "the"."""
    return re.sub(r"[^a-z0-9 ]", "", name.lower()).replace("the ", "").strip()


def score_seed(expected: Mapping[str, Any], record: Mapping[str, Any], article: str) -> dict[str, Any]:
    """Score one output record against the hand reading, as the team's reference scorer does.

    Returns:
        ``found`` (gold quotes matched), ``speaker_right``, ``act_right``, ``wrong_merges`` (predicted
        speakers serving two gold speakers), ``on_non_claims`` (claims over narration or page furniture),
        ``rows`` (gold id, found, speaker right, act right) and ``links`` (from, to, relation, required,
        found).
    """
    claims = list(record.get("claims", []))
    speakers = {s["id"]: s for s in record.get("speakers", [])}
    gold_speakers = {s["id"]: s for s in expected["speakers"]}
    pairs = match_contents([content_chars(article, span_of(q["content"]) or (0, 0)) for q in expected["quotes"]],
                           [content_chars(article, span_of(c["content"]) or (0, 0)) for c in claims])
    by_gold = {i: j for i, j, _ in pairs}

    def speaker_ok(quote: Mapping[str, Any], claim: Mapping[str, Any]) -> bool:
        speaker = speakers.get(claim.get("speaker"))
        if not speaker:
            return False
        wanted = gold_speakers[quote["speaker"]]
        names = {_norm(a) for a in [*wanted["aliases"], wanted["name"]]}
        return bool(names & ({_norm(speaker.get("name", ""))} | {_norm(a) for a in speaker.get("aliases", [])}))

    rows = []
    served: defaultdict[str, set[str]] = defaultdict(set)
    for i, quote in enumerate(expected["quotes"]):
        j = by_gold.get(i)
        claim = claims[j] if j is not None else None
        rows.append((quote["id"], claim is not None, claim is not None and speaker_ok(quote, claim),
                     claim is not None and claim.get("act") in quote["acts"]))
        if claim is not None and claim.get("speaker") is not None:
            served[claim["speaker"]].add(quote["speaker"])
    predicted_ids = {expected["quotes"][i]["id"]: claims[j]["id"] for i, j in by_gold.items()}
    predicted_links = {(x.get("source"), x.get("target"), x.get("relation")) for x in record.get("links", [])}
    return {
        "found": sum(r[1] for r in rows),
        "speaker_right": sum(r[2] for r in rows),
        "act_right": sum(r[3] for r in rows),
        "wrong_merges": sorted(k for k, v in served.items() if len(v) > 1),
        "on_non_claims": sum(1 for c in claims for nc in expected["non_claims"]
                             if spans_overlap(span_of(c["content"]) or (0, 0), span_of(nc["span"]) or (0, 0))),
        "rows": rows,
        "links": [(x["from"], x["to"], x["relation"], x["required"],
                   (predicted_ids.get(x["from"]), predicted_ids.get(x["to"]), x["relation"]) in predicted_links)
                  for x in expected["links"]],
    }
