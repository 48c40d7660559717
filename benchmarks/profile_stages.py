"""Where the claimex stages spend their time: cProfile of each stage over parsed documents.

    .venv/bin/python benchmarks/profile_stages.py                    # PolNeAR, 100 articles
    .venv/bin/python benchmarks/profile_stages.py data/samples/strikes.txt --top 30

Each stage runs on its own over documents parsed up to it, first without the profiler (CPU seconds,
the honest number: cProfile inflates the many small calls into spaCy's Token objects), then with it
(the functions with the most time of their own, and the most time including callees).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.tokens import Doc

import claimex
from claimex.bench import STAGES, read_texts

POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train.jsonl"


def profile_report(stage: Callable[[Doc], object], docs: Iterable[Doc], top: int) -> str:
    """cProfile of ``stage`` run on each of ``docs``: the ``top`` functions with the most time of their
    own, then with the most time including callees (blank lines left out)."""
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        stage(doc)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", help=f"text or JSONL files (default: {POLNEAR})")
    parser.add_argument("--limit", type=int, default=100, help="documents per JSONL file (default 100)")
    parser.add_argument("--top", type=int, default=15, help="functions listed per stage")
    parser.add_argument("--stage", action="append", help="only these stages (default: all four)")
    args = parser.parse_args()

    texts = [t for path in (args.inputs or [POLNEAR]) for t in read_texts(path, limit=args.limit)]
    nlp = claimex.load()
    for _ in nlp.pipe(texts[:3]):  # warm up: lazy imports, first-call set-up
        pass
    with nlp.select_pipes(disable=list(STAGES)):
        start = time.process_time()
        docs = list(nlp.pipe(texts))
        parse = time.process_time() - start
    print(f"{len(texts)} documents; parse up to the claimex stages: {parse:.2f} CPU s")
    for name in STAGES:
        pipe = nlp.get_pipe(name)
        before = [d.to_bytes() for d in docs]  # the docs as this stage gets them, for the profiled run
        start = time.process_time()
        docs = [pipe(d) for d in docs]
        seconds = time.process_time() - start
        if args.stage and name not in args.stage:
            continue
        again = [Doc(nlp.vocab).from_bytes(b) for b in before]
        report = profile_report(pipe, again, args.top)
        print(f"\n===== {name}: {seconds:.3f} CPU s ({100 * seconds / parse:.1f}% of the parse), profiled:")
        print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
