"""What the links stage costs: milliseconds per document, against the number of claims.

Two measurements, each the median CPU time of ``--repeat`` runs of the links stage alone, on a document the
other stages have already processed (as in the pipeline: the token table is shared):

* the seed article repeated ``--copies`` times (17 claims each; every copy on the same event, its
  speakers distinct from the other copies', so every pair is a candidate: a worst case);
* the PolNeAR articles (the first ``--limit`` of the corpus) with the most extracted claims.

Prints a table; asserts nothing (timings belong in benchmarks, not tests).

    python benchmarks/links_cost.py [--copies 6] [--limit 200] [--repeat 7] [--against main]

With ``--against REF`` the links stage of commit ``REF`` is timed too, in turn with this checkout's on
each document (which goes first alternating), and the ratio of the medians is printed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from links_stage import load_stage_of  # benchmarks/ is the script's directory, first on sys.path
from spacy.language import Language
from spacy.tokens import Doc

import claimex
from claimex.extensions import raw
from claimex.lexicons import reporting_cues_v1
from claimex.pipeline.claims import ClaimAnalyzer
from claimex.pipeline.links import ClaimLinker, load_weights

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "seed"
POLNEAR = HERE.parent.parent / "shared" / "data" / "polnear" / "train.jsonl"


def timed(linker: ClaimLinker, doc: Doc, repeat: int) -> tuple[float, int]:
    """Median CPU milliseconds of the links stage on ``doc`` (CPU time of this process: wall-clock time on a
    shared machine counts the other jobs' turns too), and the links it writes."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        linker(doc)
        times.append((time.process_time() - t0) * 1000)
    return statistics.median(times), len(raw(doc)["links"])


def seed_copies(nlp: Language, copies: int) -> Doc | None:
    """The seed article ``copies`` times over, with its gold claims (speakers distinct per copy)."""
    if not (SEED / "expected.json").exists():
        return None
    gold = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    text = (SEED / gold["text_file"]).read_text(encoding="utf-8")
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if not n.startswith("claimex_")]):
        doc = nlp("\n\n".join([text] * copies))
    step = len(text) + 2
    data = raw(doc)
    data["speakers"] = [dict(s, id=f"{s['id']}_{r}", mentions=[]) for r in range(copies) for s in gold["speakers"]]
    data["claims"] = [
        {"id": f"{q['id']}_{r}", "type": q["type"], "content": [q["content"][0] + r * step, q["content"][1] + r * step],
         "content_spans": [[q["content"][0] + r * step, q["content"][1] + r * step]], "content_text": q["content_text"],
         "cue": [q["cue"][0] + r * step, q["cue"][1] + r * step] if q.get("cue") else None,
         "speaker": f"{q['speaker']}_{r}", "confidence": 1.0}
        for r in range(copies) for q in gold["quotes"]
    ]
    ClaimAnalyzer(cues=reporting_cues_v1())(doc)
    return doc


def busiest(nlp: Language, limit: int, top: int) -> list[tuple[str, Doc]]:
    """The ``top`` PolNeAR articles with the most claims among the first ``limit``."""
    if not POLNEAR.exists():
        return []
    with POLNEAR.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(limit), f, strict=False)]
    found = []
    with nlp.select_pipes(disable=["claimex_links"]):
        for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
            found.append((len(raw(doc)["claims"]), record["id"], doc))
    found.sort(key=lambda x: -x[0])
    return [(doc_id, doc) for _, doc_id, doc in found[:top]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--limit", type=int, default=200, help="PolNeAR articles to choose from")
    parser.add_argument("--top", type=int, default=5, help="PolNeAR articles timed (those with most claims)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--against", metavar="REF",
                        help="also time the links stage of commit REF (benchmarks/links_stage.py loads it), in turn")
    args = parser.parse_args()
    t0 = time.perf_counter()
    linker = ClaimLinker(weights=load_weights())
    print(f"building the component (reads the WordNet table once): {(time.perf_counter() - t0) * 1000:.0f} ms")
    nlp = claimex.load()
    with tempfile.TemporaryDirectory() as keep:
        other = None
        if args.against:
            module = load_stage_of(args.against, Path(keep))
            other = module.ClaimLinker(weights=module.load_weights())
        extra = f" {args.against[:10]:>10} {'ratio':>6}" if other is not None else ""
        print(f"{'document':58} {'claims':>6} {'links':>5} {'CPU ms':>7} {'ms/claim':>8}{extra}")
        rows = []
        seed = seed_copies(nlp, args.copies)
        if seed is not None:
            rows.append((f"seed article x{args.copies} (worst case)", seed))
        rows += busiest(nlp, args.limit, args.top)
        for name, doc in rows:
            n = len(raw(doc)["claims"])
            ours, theirs = [], []
            for r in range(args.repeat):  # in turn, which goes first alternating
                order = [(linker, ours), (other, theirs)] if r % 2 == 0 else [(other, theirs), (linker, ours)]
                for stage, times in order:
                    if stage is not None:
                        times.append(timed(stage, doc, 1)[0])
            links = len(raw(doc)["links"])
            ms = statistics.median(ours)
            if other is not None:
                ref = statistics.median(theirs)
                extra = f" {ref:>10.1f} {ms / ref:>6.2f}"
            print(f"{name[:58]:58} {n:>6} {links:>5} {ms:>7.1f} {ms / max(n, 1):>8.2f}{extra}")


if __name__ == "__main__":
    main()
