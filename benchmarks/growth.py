"""How each stage's time grows with its input: inputs 3-4x apart, and the ratio of the times.

A linear stage takes about k times longer on an input k times bigger; one whose time grows like k² or
k³ does not. Each case times the stages (``nlp.pipeline`` one component at a time, best of a few runs)
on a small and a large input and prints the ratio next to its limit (a little over k, for noise). The
same inputs, a few times smaller, are checked for correctness in ``tests/test_patterns.py``.

Also the timings that used to sit in the tests: 2,000 short quotes, 500 claims (the links stage
compares the first 200), texts refused for their length, and memory over a stream of documents.

Prints a table; asserts nothing, exits 1 when a ratio is over its limit.

    .venv/bin/python benchmarks/growth.py
    .venv/bin/python benchmarks/growth.py --case quotes --case speakers
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable

from spacy.language import Language

import claimex
from claimex.pipeline.claims import tokens_in

NAMES = ["Ali Hassan", "Maria Lopez", "John Smith", "the ministry", "Officials"]
SURNAMES = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright",
            "Hughes", "Green", "Hall", "Wood", "Harris", "Clarke", "Lewis", "Baker", "Turner", "Hill"]
FORENAMES = ["Adam", "Brian", "Carl", "David", "Edward", "Frank", "George", "Henry", "Ian", "James", "Kevin",
             "Louis", "Mark", "Neil", "Oliver", "Paul", "Robert", "Simon", "Thomas", "Victor"]


def quotes_text(n: int) -> str:
    return " ".join(f'"Ok {i}," {NAMES[i % 5]} said.' for i in range(n))


def claims_text(n: int) -> str:
    return " ".join(f"{NAMES[i % 5]} said the army killed {i} fighters in the town." for i in range(n))


def people_text(n: int) -> str:
    return " ".join(f'"Ok {i}," {FORENAMES[i % 20]} {SURNAMES[(i // 20) % 20]} said. He added: "Fine {i}."'
                    for i in range(n))


def paragraphs_text(n: int) -> str:
    return "\n".join(f"“Paragraph {i} of a quote that goes on" for i in range(n))


def stage_times(nlp: Language, text: str, *, runs: int = 1) -> dict[str, float]:
    """The seconds each pipeline component took on ``text`` (the best of ``runs``)."""
    best: dict[str, float] = {}
    for _ in range(runs):
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            took = time.perf_counter() - start
            best[name] = min(took, best.get(name, took))
    return best


def growth(measure: Callable[[int], float], small: int, large: int, *, large_runs: int = 1) -> float:
    """How many times longer ``measure(large)`` takes than ``measure(small)`` (best of 3 for the small one)."""
    base = min(measure(small) for _ in range(3))
    return min(measure(large) for _ in range(large_runs)) / max(base, 1e-4)


def stage_ratio(nlp: Language, text: Callable[[int], str], small: int, large: int, stages: list[str]) -> float:
    """How many times longer ``stages`` took on the large input (at least 50 ms counted for the small one:
    the fast stages are all noise below that)."""
    a, b = stage_times(nlp, text(small), runs=2), stage_times(nlp, text(large), runs=2)
    return sum(b[s] for s in stages) / max(sum(a[s] for s in stages), 0.05)


def tokens_in_seconds(nlp: Language, n: int) -> float:
    text = paragraphs_text(n)
    doc = nlp.make_doc(text)
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((text.index("P", pos), pos + len(line)))
        pos += len(line) + 1
    start = time.perf_counter()
    tokens_in(doc, spans)
    return time.perf_counter() - start


def extract_seconds(nlp: Language, text: str) -> float:
    start = time.perf_counter()
    claimex.extract(text, nlp=nlp)
    return time.perf_counter() - start


def growth_cases(nlp: Language) -> dict[str, tuple[str, Callable[[], float], float]]:
    """name -> (what, measure returning the ratio, limit)."""
    return {
        "quotes": ("claimex_quotes, 500 -> 2,000 quotes", lambda: stage_ratio(
            nlp, quotes_text, 500, 2_000, ["claimex_quotes"]), 8),
        "speakers": ("claimex_speakers, 500 -> 2,000 quotes", lambda: stage_ratio(
            nlp, quotes_text, 500, 2_000, ["claimex_speakers"]), 8),
        "claims": ("claimex_claims, 500 -> 2,000 quotes", lambda: stage_ratio(
            nlp, quotes_text, 500, 2_000, ["claimex_claims"]), 8),
        "links": ("claimex_links, 500 -> 2,000 quotes", lambda: stage_ratio(
            nlp, quotes_text, 500, 2_000, ["claimex_links"]), 8),
        "people": ("claimex_speakers, 400 -> 1,600 quotes by 400 people", lambda: stage_ratio(
            nlp, people_text, 400, 1_600, ["claimex_speakers"]), 8),
        "cues": ("claimex_quotes, a chain of 200 -> 600 cues", lambda: growth(
            lambda n: stage_times(nlp, " ".join(f"P{i} said" for i in range(n)))["claimex_quotes"], 200, 600), 9),
        "tokens_in": ("tokens_in, 1,000 -> 4,000 fragments", lambda: growth(
            lambda n: tokens_in_seconds(nlp, n), 1_000, 4_000, large_runs=3), 8),
        "paragraphs": ("paragraphs + quotes, one quote over 750 -> 3,000 paragraphs", lambda: growth(
            lambda n: sum(v for k, v in stage_times(nlp, paragraphs_text(n)).items()
                          if k in ("claimex_paragraphs", "claimex_quotes")), 750, 3_000, large_runs=2), 8),
        "marks": ("extract, a run of 1,000 -> 4,000 quote marks", lambda: growth(
            lambda n: extract_seconds(nlp, '"' * n), 1_000, 4_000), 8),
    }


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def whole_runs(nlp: Language) -> None:
    """The timings and the memory figure that used to be bounds in the tests."""
    print(f"\n{'whole pipeline':<56} {'seconds':>8}  note")
    for what, text in (("2,000 short quotes", quotes_text(2_000)), ("500 claims on one topic", claims_text(500))):
        took = extract_seconds(nlp, text)
        print(f"{what:<56} {took:>8.1f}  (was a bound of 300 s in the tests)")
    start = time.perf_counter()
    refused = claimex.extract("All quiet. " * 500_000, nlp=nlp)
    print(f"{'5.5 MB refused for its length (max_chars)':<56} {time.perf_counter() - start:>8.2f}  "
          f"{refused.errors[0].stage if refused.errors else 'NOT REFUSED'}")
    if sys.platform.startswith("linux"):
        quote = "“We will not leave this town,” the mayor said."
        texts = (f"Officials said {i} fighters were killed in the town. {quote}" for i in itertools.count())
        stream = claimex.extract_many(texts, nlp=nlp, batch_size=16)
        for _ in range(100):
            next(stream)
        before = rss_mb()
        for _ in range(400):
            next(stream)
        print(f"{'RSS growth over 400 streamed documents (MB)':<56} {rss_mb() - before:>8.1f}  "
              "(was a bound of 40 MB in the tests)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--case", action="append", help="only these growth cases (default: all)")
    parser.add_argument("--no-whole", action="store_true", help="skip the whole-pipeline timings")
    args = parser.parse_args()
    nlp = claimex.load()
    stage_times(nlp, quotes_text(50))  # warm-up
    cases = growth_cases(nlp)
    over = 0
    print(f"{'growth case':<56} {'ratio':>6} {'limit':>6}  verdict")
    for name, (what, measure, limit) in cases.items():
        if args.case and name not in args.case:
            continue
        ratio = measure()
        over += ratio >= limit
        print(f"{what:<56} {ratio:>6.1f} {limit:>6}  {'ok' if ratio < limit else 'OVER'}")
    if not args.no_whole:
        whole_runs(nlp)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
