"""What leaving out spaCy's NER costs: accuracy with ``claimex evaluate`` both ways, speaker kinds, speed.

    .venv/bin/python benchmarks/fast_config.py                   # PolNeAR, first 200 articles
    .venv/bin/python benchmarks/fast_config.py --limit 50

``claimex evaluate`` takes a pipeline name or path, so the pipeline without NER is saved to a temporary
directory and evaluated with ``--model DIR``: the command is exactly what a user would run. Speaker
kinds are not scored by PolNeAR, so they are compared directly: the share of speakers (matched by
their first mention) whose kind changes without NER. Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

import claimex
from claimex.api import DEFAULT_MODELS
from claimex.bench import count_words, read_texts

POLNEAR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train.jsonl"
#: The headline figures of ``claimex evaluate --json`` printed side by side.
HEADLINE = ("headline_f1_speech_cue_content+source", "direct+mixed_recall_content+source", "content_precision",
            "content+source_precision")


def evaluate(gold: Path, limit: int, model: str | None, out: Path) -> tuple[dict, float]:
    command = [sys.executable, "-m", "claimex.cli", "evaluate", str(gold), "--limit", str(limit), "--json", str(out),
               "--no-progress"]
    if model:
        command += ["--model", model]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return json.loads(out.read_text(encoding="utf-8")), time.perf_counter() - start


def headline(report: dict) -> dict:
    found = report.get("headline", report)
    return {k: found.get(k) for k in HEADLINE}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="?", default=str(POLNEAR), help="PolNeAR-style gold JSONL")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--exclude", nargs="+", default=["ner"], help="components to leave out (default: ner)")
    args = parser.parse_args()
    gold = Path(args.gold)

    base = next(name for name in DEFAULT_MODELS if spacy.util.is_package(name))
    with tempfile.TemporaryDirectory() as tmp:
        fast_dir = Path(tmp) / "fast-model"
        spacy.load(base, exclude=args.exclude).to_disk(fast_dir)
        full, full_s = evaluate(gold, args.limit, None, Path(tmp) / "full.json")
        fast, fast_s = evaluate(gold, args.limit, str(fast_dir), Path(tmp) / "fast.json")

    print(f"claimex evaluate {gold} --limit {args.limit}: {base} vs {base} without {', '.join(args.exclude)}")
    print(f"{'metric':<42} {'full':>8} {'fast':>8} {'change':>8}")
    hf, hs = headline(full), headline(fast)
    for key in HEADLINE:
        if hf[key] is not None and hs[key] is not None:
            print(f"{key:<42} {hf[key]:>8.3f} {hs[key]:>8.3f} {hs[key] - hf[key]:>+8.3f}")
    print(f"{'evaluate wall seconds (load included)':<42} {full_s:>8.1f} {fast_s:>8.1f}")

    texts = read_texts(gold, limit=args.limit)
    kinds: dict[str, list] = {}
    for label, nlp in (("full", claimex.load(base)), ("fast", claimex.load(base, disable=args.exclude))):
        start = time.process_time()
        results = list(claimex.extract_many(texts, nlp=nlp))
        seconds = time.process_time() - start
        print(f"{label}: {sum(count_words(t) for t in texts) / seconds:,.0f} words per CPU second (extract_many)")
        kinds[label] = [{s.mentions[0]: s.kind for s in r.speakers if s.mentions} for r in results]
    both = changed = 0
    for a, b in zip(kinds["full"], kinds["fast"], strict=True):
        for first, kind in a.items():
            if first in b:
                both += 1
                changed += b[first] != kind
    full_n = sum(len(a) for a in kinds["full"])
    fast_n = sum(len(b) for b in kinds["fast"])
    print(f"speakers: {full_n} with NER, {fast_n} without; of the {both} found both ways, "
          f"{changed} ({100 * changed / max(1, both):.1f}%) change kind without NER")
    return 0


if __name__ == "__main__":
    sys.exit(main())
