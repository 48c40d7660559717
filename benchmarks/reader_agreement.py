"""How much two blind readers agree: the ceiling the claims and links dev sets can be read against.

A third reader (C) re-read reader B's half of both dev sets without seeing B's reading or claimex's
output: the same statements for the claims fields (``dev/claims_second_reading.jsonl`` against B's rows
of ``dev/claims_gold.jsonl``) and the same 22 articles for links (``dev/links_second_reading.jsonl``
against B's articles of ``dev/links_gold.jsonl``). Only ids, offsets and labels are stored; the texts
stay in ``../shared/``.

    python benchmarks/reader_agreement.py

Claims: the share of statements on which C gives B's label, field by field (the target agrees when the
two spans overlap or the resolved names agree). Links: C's pairs scored against B's as claimex's links
are (a pair matches when both statements overlap, in either order, with the same relation).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

DEV = Path(__file__).parent / "dev"
FIELDS = ("act", "polarity", "hedged", "stance")


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _overlap(a: Sequence[int] | None, b: Sequence[int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _same_target(x: Mapping[str, Any], y: Mapping[str, Any]) -> bool:
    if x["target"] is None and y["target"] is None:
        return True
    if _overlap(x["target"], y["target"]):
        return True
    nx, ny = (x.get("target_name") or "").lower(), (y.get("target_name") or "").lower()
    return bool(nx) and bool(ny) and (nx == ny or nx.split()[-1] == ny.split()[-1])


def claims_agreement(first: str = "B", second_path: Path = DEV / "claims_second_reading.jsonl") -> None:
    gold = {(r["id"], r["statement"]): r for r in _rows(DEV / "claims_gold.jsonl") if r["reader"] == first}
    second = {(r["id"], r["statement"]): r for r in _rows(second_path)}
    keys = [k for k in second if k in gold]
    clear = [k for k in keys if gold[k]["clear"] and second[k]["clear"]]
    print(f"claims: {len(keys)} statements read by {first} and by the second reader ({len(clear)} clear to both)")
    for field in FIELDS:
        agree = sum(gold[k][field] == second[k][field] for k in keys) / len(keys)
        agree_clear = sum(gold[k][field] == second[k][field] for k in clear) / max(len(clear), 1)
        print(f"  {field:9} {agree:.3f}   clear to both {agree_clear:.3f}")
    target = sum(_same_target(gold[k], second[k]) for k in keys) / len(keys)
    print(f"  {'target':9} {target:.3f}")
    acts = Counter((gold[k]["act"], second[k]["act"]) for k in keys if gold[k]["act"] != second[k]["act"])
    print("  act disagreements (first, second):", ", ".join(f"{a}/{b} {n}" for (a, b), n in acts.most_common(6)))


Pair = tuple[str, list[int], list[int], str, str]


def _pairs_of(record: Mapping[str, Any]) -> list[Pair]:
    return [(record["id"], p["earlier"], p["later"], p["relation"], p["clarity"]) for p in record["pairs"]]


def _same_pair(x: Pair, y: Pair) -> bool:
    if x[0] != y[0] or x[3] != y[3]:
        return False
    return (_overlap(x[1], y[1]) and _overlap(x[2], y[2])) or (_overlap(x[1], y[2]) and _overlap(x[2], y[1]))


def links_agreement(first: str = "B", second_path: Path = DEV / "links_second_reading.jsonl") -> None:
    articles = {r["id"] for r in _rows(second_path)}
    gold = [p for r in _rows(DEV / "links_gold.jsonl") if r["reader"] == first and r["id"] in articles
            for p in _pairs_of(r)]
    second = [p for r in _rows(second_path) for p in _pairs_of(r)]
    precision = sum(any(_same_pair(x, y) for y in gold) for x in second)
    recall = sum(any(_same_pair(x, y) for y in second) for x in gold)
    clear = [x for x in gold if x[4] == "clear"]
    recall_clear = sum(any(_same_pair(x, y) for y in second) for x in clear)
    print(f"links: {len(articles)} articles; {first} marked {len(gold)} pairs, the second reader {len(second)}")
    print(f"  second reader against {first}, right relation: precision {precision}/{len(second)} = "
          f"{precision / max(len(second), 1):.2f}, recall {recall}/{len(gold)} = {recall / max(len(gold), 1):.2f}, "
          f"recall of {first}'s clear pairs {recall_clear}/{len(clear)}")


if __name__ == "__main__":
    claims_agreement()
    links_agreement()
