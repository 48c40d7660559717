"""Machine instructions the claimex stages execute, counted by valgrind: a deterministic cost measure.

    .venv/bin/python benchmarks/stage_instructions.py            # default bench corpus, 48 documents
    .venv/bin/python benchmarks/stage_instructions.py --limit 12 # fewer documents: faster

CPU time on a shared machine varies by 10-30% from run to run, more than most single optimisations
save. Instruction counts do not vary: this script runs the same Python program under
``valgrind --tool=callgrind`` twice, once parsing the documents and running the four stages, once
parsing them only, and prints the difference for the stages together and for each one (one run per
stage prefix, two at a time). It takes a few minutes (valgrind runs Python about 50 times slower).
Instructions are not time (the parse's vectorised maths does more per instruction than Python code
does), so compare stage counts with stage counts, before and after a change; ``claimex bench`` gives
the share of the parse. Needs ``valgrind`` on the PATH.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from claimex.bench import STAGES

_PROGRAM = """
import pickle, sys
from spacy.tokens import Doc
import claimex
from claimex.bench import STAGES
nlp = claimex.load()
blobs = pickle.loads(open(sys.argv[1], "rb").read())
pipes = [nlp.get_pipe(n) for n in STAGES][: int(sys.argv[2])]
for blob in blobs[:3]:  # warm up: lazy imports and first-call set-up, in every run alike
    doc = Doc(nlp.vocab).from_bytes(blob)
    for pipe in [nlp.get_pipe(n) for n in STAGES]:
        pipe(doc)
docs = [Doc(nlp.vocab).from_bytes(b) for b in blobs]
for doc in docs:
    for pipe in pipes:
        pipe(doc)
"""


def _parsed(limit: int | None, path: Path) -> None:
    """Parse the bench corpus up to the claimex stages, once, outside valgrind."""
    import pickle

    import claimex
    from claimex.bench import build_corpus

    nlp = claimex.load()
    texts = build_corpus(nlp).texts[:limit]
    with nlp.select_pipes(disable=list(STAGES)):
        path.write_bytes(pickle.dumps([d.to_bytes() for d in nlp.pipe(texts)]))


def _instructions(program: Path, parsed: Path, stages: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", sys.executable, str(program),
             str(parsed), str(stages)],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"refs:\s+([\d,]+)", out.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of the corpus")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        program, parsed = Path(tmp) / "stages.py", Path(tmp) / "parsed.pickle"
        program.write_text(_PROGRAM)
        _parsed(args.limit, parsed)
        with ThreadPoolExecutor(max_workers=2) as pool:
            counts = list(pool.map(lambda k: _instructions(program, parsed, k), range(len(STAGES) + 1)))
    print(f"{'stage':20s} {'instructions':>16s}")
    for k, name in enumerate(STAGES, start=1):
        print(f"{name:20s} {(counts[k] - counts[k - 1]) / 1e6:14,.0f} M")
    print(f"{'four stages':20s} {(counts[-1] - counts[0]) / 1e6:14,.0f} M")
    return 0


if __name__ == "__main__":
    sys.exit(main())
