"""The act's confusion matrix over the claims dev sets' training readers, and the statements of a cell.

Usage (from the repository root; the PolNeAR texts in ``../shared``)::

    python benchmarks/act_confusion.py [--cache /tmp/act_docs.spacy]       # matrix, accuracy per reader
    python benchmarks/act_confusion.py --cell accuse:assert [--limit 40]   # gold accuse, claimex assert
    python benchmarks/act_confusion.py --rule accusation                   # statements a rule decided

Reads the dev sets' statements (the files of ``scripts/fit_claim_weights.py``), parses their articles once
with the pipeline up to ``claimex_speakers`` (kept in ``--cache`` when given), runs the claims stage with
this checkout's rules (and models, as configured) and matches each statement to its claim as
``claimex evaluate-claims`` does. Prints the act's confusion matrix over the training readers (B D F G H
M N O P Q R S) and the accuracy of every reader. The held-out readers (A, E) count only in the accuracy
table, printed only with ``--held-out``: their statements are never printed (``--cell`` and ``--rule`` show
training readers only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import fit_claim_weights as fit

ACTS = fit.ACTS
FILES = tuple(fit.TRAINING)


def gold_statements(dev: Path) -> list[dict[str, Any]]:
    out = []
    for name in FILES:
        for line in (dev / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def parse(ids: list[str], texts: dict[str, str], cache: Path | None) -> list[Any]:
    from spacy.tokens import DocBin

    import claimex
    from claimex.extensions import RAW, raw

    nlp = claimex.load()
    if cache is not None and cache.exists():
        docs = list(DocBin(store_user_data=True).from_disk(cache).get_docs(nlp.vocab))
        for doc in docs:
            doc._.set(RAW, json.loads(json.dumps(raw(doc))))
        if len(docs) == len(ids):
            return [nlp, docs]
    with nlp.select_pipes(disable=["claimex_claims", "claimex_links"]):
        docs = list(nlp.pipe(texts[i] for i in ids))
    if cache is not None:
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
        return parse(ids, texts, cache)  # as read back, so that every run starts alike
    return [nlp, docs]


def print_matrix(confusion: Counter[tuple[str, str]], right: dict[str, list[int]], held_out: bool) -> None:
    """The act's confusion matrix over the training readers, and the accuracy of each (and of the held-out
    readers with ``held_out``)."""
    print("gold \\ claimex " + " ".join(f"{a[:7]:>7}" for a in ACTS) + "   total  recall")
    for a in ACTS:
        total = sum(confusion[a, p] for p in ACTS)
        print(f"{a:>14} " + " ".join(f"{confusion[a, p]:>7}" for p in ACTS)
              + f" {total:>7} {confusion[a, a] / max(total, 1):>7.2f}")
    print(f"{'precision':>14} " + " ".join(
        f"{confusion[p, p] / max(sum(confusion[a, p] for a in ACTS), 1):>7.2f}" for p in ACTS))
    train = [r for r in right if r not in fit.HELD_OUT]
    ok, n = sum(right[r][0] for r in train), sum(right[r][1] for r in train)
    print(f"\ntraining readers: {ok}/{n} = {ok / max(n, 1):.3f}")
    shown = sorted(right) if held_out else train
    print("  ".join(f"{r} {right[r][0]}/{right[r][1]}={right[r][0] / max(right[r][1], 1):.2f}" for r in shown))


def print_statements(rows: list[tuple[dict[str, Any], Any]], cell: str | None, rule: str | None, limit: int) -> None:
    """The training statements of a cell ("GOLD:PRED", either may be "*") or of a rule."""
    want_gold, want_pred = cell.split(":") if cell else ("*", "*")
    shown = 0
    for g, claim in rows:
        if want_gold not in ("*", g["act"]) or want_pred not in ("*", claim.act) or (rule and claim.act_rule != rule):
            continue
        shown += 1
        if shown > limit:
            break
        flag = "" if g["act"] == claim.act else "  WRONG"
        print(f"\n[{g['reader']} {g['id']} {g['content']}] gold {g['act']}/{g['stance']} claimex {claim.act} "
              f"({claim.act_rule}){flag}\n  cue: {claim.cue_text!r}  speaker: {claim.speaker_mention_text!r}"
              f"\n  {claim.content_text[:400]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=fit.DEV)
    parser.add_argument("--texts", type=Path, default=fit.TEXTS)
    parser.add_argument("--cache", type=Path, help="keep the parsed documents in this DocBin file")
    parser.add_argument("--cell", help="GOLD:PRED (either may be *): print the training statements of the cell")
    parser.add_argument("--rule", help="print the training statements this rule decided")
    parser.add_argument("--limit", type=int, default=60, help="statements printed (default 60)")
    parser.add_argument("--json", type=Path, help="write training reader -> act accuracy to this file")
    parser.add_argument("--held-out", action="store_true", help="also print the held-out readers' accuracy")
    args = parser.parse_args()

    from claimex.claim_scoring import match_claim
    from claimex.pipeline.state import read_claims

    gold = gold_statements(args.dev)
    texts = {}
    wanted = {str(g["id"]) for g in gold}
    for line in args.texts.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if str(rec["id"]) in wanted:
            texts[str(rec["id"])] = rec["text"]
    ids = sorted(wanted)
    nlp, docs = parse(ids, texts, args.cache)
    stage = nlp.get_pipe("claimex_claims")
    by_id = dict(zip(ids, docs, strict=True))
    for doc in docs:
        stage(doc)
    confusion: Counter[tuple[str, str]] = Counter()
    right: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rows = []
    for g in gold:
        records = read_claims(by_id[str(g["id"])])
        m = match_claim(g["content"], [{"content": list(r.claim.content), "n": n} for n, r in enumerate(records)])
        if m is None:
            continue
        claim = records[m["n"]].claim
        right[g["reader"]][0] += claim.act == g["act"]
        right[g["reader"]][1] += 1
        if g["reader"] not in fit.HELD_OUT:  # the held-out readers count in the accuracy table only
            confusion[g["act"], claim.act or "assert"] += 1
            rows.append((g, claim))
    print_matrix(confusion, right, args.held_out)
    if args.json:
        args.json.write_text(json.dumps({r: right[r] for r in sorted(right) if r not in fit.HELD_OUT}),
                             encoding="utf-8")
    if args.cell or args.rule:
        print_statements(rows, args.cell, args.rule, args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
