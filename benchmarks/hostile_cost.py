"""How long hostile documents take, whole pipeline, one process: the table in docs/reliability.md.

Each text is built here (thousands of quotes, hundreds of speakers, a chain of cues, a quote over
thousands of paragraphs, runs of marks or emoji without a space) and run through ``claimex.extract``
once after a warm-up. Prints a table; asserts nothing (benchmarks/growth.py measures the growth).

    .venv/bin/python benchmarks/hostile_cost.py
"""

from __future__ import annotations

import time

import claimex

NAMES = ["Ali Hassan", "Maria Lopez", "John Smith", "the ministry", "Officials"]
SURNAMES = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright",
            "Hughes", "Green", "Hall", "Wood", "Harris", "Clarke", "Lewis", "Baker", "Turner", "Hill"]
FORENAMES = ["Adam", "Brian", "Carl", "David", "Edward", "Frank", "George", "Henry", "Ian", "James", "Kevin",
             "Louis", "Mark", "Neil", "Oliver", "Paul", "Robert", "Simon", "Thomas", "Victor"]


def quotes(n: int) -> str:
    return " ".join(f'"Ok {i}," {NAMES[i % 5]} said.' for i in range(n))


def people(n: int) -> str:
    return " ".join(f'"Ok {i}," {FORENAMES[i % 20]} {SURNAMES[(i // 20) % 20]} said. He added: "Fine {i}."'
                    for i in range(n))


CASES = {
    "2,000 short quotes in one document": quotes(2_000),
    "4,000 short quotes in one document": quotes(4_000),
    "1,600 quotes by 400 different people": people(1_600),
    "a chain of 3,000 reporting verbs": " ".join(f"P{i} said" for i in range(3_000)),
    "one quote running over 3,000 paragraphs": "\n".join(f"“Paragraph {i} of a quote that goes on"
                                                         for i in range(3_000)),
    "16,000 quote marks with no space": '"' * 16_000,
    "16,000 emoji with no space": "\U0001F600" * 16_000,
}


def main() -> None:
    nlp = claimex.load()
    claimex.extract("Warm-up: the Popular Mobilisation Forces (PMF) said so.", nlp=nlp)
    print(f"{'input':<42} {'KB':>5} {'seconds':>8} {'claims':>7}")
    for name, text in CASES.items():
        start = time.perf_counter()
        result = claimex.extract(text, nlp=nlp)
        took = time.perf_counter() - start
        flag = "" if result.ok else " ERROR"
        print(f"{name:<42} {len(text) / 1000:>5.0f} {took:>8.1f} {len(result.claims):>7}{flag}")


if __name__ == "__main__":
    main()
