"""Streaming keeps memory flat: peak RSS of ``claimex extract`` on 1x and 10x the input.

Each run is a fresh subprocess that runs ``claimex extract --input-format jsonl`` (or ``extract_many``
with ``--api``) in-process and reports its own peak resident set size (``resource.getrusage``
``ru_maxrss``). The 10x input is the 1x input repeated, so per-document costs are the same and only
what accumulates would show. Prints a table; asserts nothing unless ``--check`` is given.

    .venv/bin/python benchmarks/memory.py                      # 100 docs vs 1,000 docs, seed variations
    .venv/bin/python benchmarks/memory.py --polnear            # PolNeAR articles
    .venv/bin/python benchmarks/memory.py --n-process 2        # workers' peak too
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "samples" / "strikes.txt"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"

#: Runs in the subprocess: the command in-process, then its own and its children's peak RSS (KiB).
CHILD = r"""
import json, resource, sys, time
args = json.loads(sys.argv[1])
start = time.perf_counter()
if args["api"]:
    import claimex
    from claimex.io import read_jsonl
    docs = read_jsonl(args["input"])
    n = sum(1 for _ in claimex.extract_many((d.text for d in docs), n_process=args["n_process"]))
else:
    from claimex import cli
    code = cli.main(["extract", args["input"], "--input-format", "jsonl", "-o", args["output"],
                     "--no-progress", "--n-process", str(args["n_process"])])
    assert code == 0, code
seconds = time.perf_counter() - start
print(json.dumps({"self_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "children_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  "seconds": seconds}))
"""


def base_texts(docs: int, polnear: bool) -> list[str]:
    if polnear:
        with POLNEAR.open(encoding="utf-8") as f:
            return [json.loads(line)["text"] for _, line in zip(range(docs), f, strict=False)]
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    rng = random.Random(0)
    out = []
    for _ in range(docs):  # seed variations: the headline, then the body shuffled
        body = paragraphs[1:]
        rng.shuffle(body)
        out.append("\n\n".join([paragraphs[0], *body]))
    return out


def measure(input_path: Path, output_path: Path, n_process: int, api: bool) -> dict:
    args = {"input": str(input_path), "output": str(output_path), "n_process": n_process, "api": api}
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(args)], check=True, capture_output=True,
                          text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100,
                        help="documents in the 1x input (default 100: past the warm-up of the first chunks)")
    parser.add_argument("--times", type=int, default=10, help="the larger input is this many times the 1x")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--polnear", action="store_true", help=f"PolNeAR articles ({POLNEAR})")
    parser.add_argument("--api", action="store_true", help="extract_many in Python instead of the CLI")
    parser.add_argument("--check", action="store_true", help="exit 1 when 10x peaks >10%% above 1x")
    parser.add_argument("--json", help="write the measurements as JSON")
    args = parser.parse_args()

    texts = base_texts(args.docs, args.polnear)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for factor in (1, args.times):
            src = Path(tmp) / f"in-{factor}x.jsonl"
            with src.open("w", encoding="utf-8") as f:
                for k in range(factor):
                    for i, text in enumerate(texts):
                        f.write(json.dumps({"id": f"{k}-{i}", "text": text}) + "\n")
            start = time.perf_counter()
            m = measure(src, Path(tmp) / f"out-{factor}x.jsonl", args.n_process, args.api)
            rows.append({"factor": factor, "docs": factor * len(texts), "input_mib": src.stat().st_size / 2**20,
                         "peak_rss_mib": m["self_kib"] / 1024, "workers_peak_rss_mib": m["children_kib"] / 1024,
                         "seconds": time.perf_counter() - start})
    what = "extract_many" if args.api else "claimex extract --input-format jsonl"
    print(f"{what}, n_process={args.n_process}, {'PolNeAR' if args.polnear else 'seed variations'}")
    print(f"{'input':>6} {'docs':>6} {'input MiB':>10} {'peak RSS MiB':>13} {'worker peak MiB':>16} {'seconds':>8}")
    for r in rows:
        print(f"{str(r['factor']) + 'x':>6} {r['docs']:>6} {r['input_mib']:>10.2f} {r['peak_rss_mib']:>13.1f} "
              f"{r['workers_peak_rss_mib']:>16.1f} {r['seconds']:>8.1f}")
    growth = rows[1]["peak_rss_mib"] / rows[0]["peak_rss_mib"] - 1
    print(f"peak RSS {args.times}x vs 1x: {100 * growth:+.1f}%")
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "growth": growth}, indent=1) + "\n", encoding="utf-8")
    return 1 if args.check and growth > 0.10 else 0


if __name__ == "__main__":
    sys.exit(main())
