"""How the links behave on a wide sample of news: counts, and a few links to read.

Runs claimex on ``--limit`` PolNeAR train articles drawn at random (``--seed``) among those that are
not in the links dev set (``benchmarks/dev/links_gold.jsonl``), counts the links by relation and by
evidence kind, and prints ``--read`` of them, also drawn at random, with their two claims, for a
reader to judge. The texts stay in ``../shared``: nothing is written into the repository.

    python benchmarks/links_sample.py [--limit 200] [--read 20] [--seed 13] [--pred OUT.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

import claimex

HERE = Path(__file__).resolve().parent
POLNEAR = HERE.parent.parent / "shared" / "data" / "polnear" / "train.jsonl"
GOLD = HERE / "dev" / "links_gold.jsonl"


def articles(path: Path, limit: int, seed: int) -> list[tuple[str, str]]:
    """``limit`` articles of ``path`` drawn at random, none of the dev set, in corpus order."""
    held = {json.loads(line)["id"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()}
    with path.open(encoding="utf-8") as f:
        records = [r for r in map(json.loads, f) if r["id"] not in held]
    chosen = sorted(random.Random(seed).sample(range(len(records)), min(limit, len(records))))
    return [(records[n]["id"], records[n]["text"]) for n in chosen]


def _short(text: str, width: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(POLNEAR))
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--read", type=int, default=20, help="links printed for reading")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--pred", help="also write the records to this JSONL file (outside the repository)")
    args = parser.parse_args()
    docs = articles(Path(args.corpus), args.limit, args.seed)
    results = list(claimex.extract_many([t for _, t in docs], ids=[i for i, _ in docs]))
    relations: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    found = []
    for result in results:
        claims = {c.id: c for c in result.claims}
        names = {s.id: s.name for s in result.speakers}
        for link in result.links:
            relations[link.relation] += 1
            kinds.update({e.kind for e in link.evidence})
            found.append((result.id, link, claims[link.source], claims[link.target], names))
    n_claims = sum(len(r.claims) for r in results)
    print(f"{len(results)} articles, {n_claims} claims, {sum(relations.values())} links: "
          + ", ".join(f"{k} {v}" for k, v in relations.most_common()))
    print("evidence kinds (links with at least one): " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    for n, (doc_id, link, source, target, names) in enumerate(
            sorted(random.Random(args.seed).sample(found, min(args.read, len(found))), key=lambda x: x[0]), start=1):
        print(f"\n[{n}] {doc_id}: {link.source} {link.relation} {link.target} ({link.score:.2f})")
        print(f"    source ({names.get(source.speaker)}): {_short(source.content_text)}")
        print(f"    target ({names.get(target.speaker)}): {_short(target.content_text)}")
        print("    evidence: " + "; ".join(f"{e.kind} {e.text!r}" for e in link.evidence))
    if args.pred:
        with open(args.pred, "w", encoding="utf-8") as out:
            for result in results:
                out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
