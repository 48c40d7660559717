"""Catastrophic backtracking: every regular expression of ``src/claimex`` timed on adversarial strings.

The patterns are found by reading the source (``tests/_regexes.py``, whose inventory
``tests/test_patterns.py`` checks). Each is run, the way the code runs it, on 30,000-character runs of
the characters it matches followed by one that makes it fail, in a subprocess with a timeout. A linear
pattern takes milliseconds; one that backtracks takes seconds (or hits the timeout). Prints the worst
time of each pattern; asserts nothing, exits 1 when a pattern not known to backtrack is over the limit.

    .venv/bin/python benchmarks/regex_probe.py
    .venv/bin/python benchmarks/regex_probe.py --limit 0.2
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from _regexes import ATOMS, PATTERNS, PROBE, RUN_CHARS, SLOW_PATTERNS, TAILS

#: Patterns known to backtrack, by pattern text (the why is in SLOW_PATTERNS).
KNOWN_SLOW = {r"\s*[\"“]?\s*that\s+": "LEADING_THAT"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=float, default=0.5, help="seconds a pattern may take (default 0.5)")
    parser.add_argument("--timeout", type=float, default=30, help="seconds before a probe is stopped")
    args = parser.parse_args()
    failed = 0
    print(f"{'where':<36} {'seconds':>8}  verdict   worst input")
    for spec in PATTERNS:
        probe = {**spec, "atoms": ATOMS, "tails": TAILS, "n": RUN_CHARS, "limit": args.limit}
        try:
            done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(probe)], capture_output=True,
                                  text=True, timeout=args.timeout, check=True)
            took, on = json.loads(done.stdout)
        except subprocess.TimeoutExpired:
            took, on = float("inf"), f"over {args.timeout:.0f} s"
        known = KNOWN_SLOW.get(spec["pattern"])
        verdict = "ok" if took < args.limit else ("known" if known else "SLOW")
        failed += verdict == "SLOW"
        print(f"{spec['where']:<36} {took:>8.3f}  {verdict:<8}  {on}")
    for name, why in SLOW_PATTERNS.items():
        if name in {KNOWN_SLOW.get(spec["pattern"]) for spec in PATTERNS}:
            print(f"\nknown: {name}: {why}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
