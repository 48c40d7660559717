"""Time and peak memory of one very long text: the table in docs/performance.md (Long documents).

The seed article is repeated up to about 2,000,000 characters and run through ``claimex.extract`` in
a fresh process per setting (peak RSS is per process).

    .venv/bin/python benchmarks/long_document.py                 # default pieces (100,000 characters)
    .venv/bin/python benchmarks/long_document.py 1000000         # max_piece_chars=1_000_000
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

import claimex
from claimex.longdocs import split_text

SEED = Path(__file__).resolve().parent.parent / "data" / "samples" / "strikes.txt"


def main() -> None:
    article = SEED.read_text(encoding="utf-8").rstrip("\n")
    text = "\n\n".join([article] * (2_000_000 // len(article)))
    piece = int(sys.argv[1]) if len(sys.argv) > 1 else None
    nlp = claimex.load()
    start = time.perf_counter()
    result = claimex.extract(text, nlp=nlp, max_piece_chars=piece)
    took = time.perf_counter() - start
    pieces = len(split_text(text, piece or claimex.api.DEFAULT_MAX_PIECE_CHARS))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(text):,} characters, {pieces} pieces of at most {piece or claimex.api.DEFAULT_MAX_PIECE_CHARS:,}: "
          f"{took:.0f} s, {len(result.claims):,} claims, peak RSS {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
