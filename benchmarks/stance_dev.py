"""The stance on every claims dev reader in one run, for developing the stance (and act) rules quickly.

    .venv/bin/python benchmarks/stance_dev.py                      # stance right per reader, per class
    .venv/bin/python benchmarks/stance_dev.py --rules              # the stance rule alone (no stance model)
    .venv/bin/python benchmarks/stance_dev.py --errors B,D --cells oppose:neutral,support:neutral

The 109 PolNeAR articles of ``benchmarks/dev/claims_gold.jsonl``, ``claims_heldout.jsonl`` and
``claims_fit.jsonl`` are parsed once by spaCy (the pipeline before ``claimex_quotes``) and the parse is
kept in ``--cache`` (a DocBin, outside the repository); each run then runs only the claimex stages on it
(about 15 s instead of 80 s for the three ``claimex evaluate-claims`` runs, with the same figures). The
cache holds the parse of the current model: delete it when the model or the texts change.

It prints, per reader, the stance right of the matched statements and each class's precision / recall
(and the targets right, scored as ``claimex evaluate-claims`` does),
then the totals of the training readers (B, D, F, G, H) and of the held-out readers (A, E), and the
training readers' confusion (gold, predicted). ``--errors`` lists wrong stances of training readers
only: the held-out readers' errors are never printed (``--errors A`` prints nothing for A).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "benchmarks" / "dev"
FILES = ("claims_gold.jsonl", "claims_heldout.jsonl", "claims_fit.jsonl", "claims_fit2.jsonl", "claims_fit3.jsonl")
HELD_OUT = frozenset({"A", "E"})
STAGES = ("claimex_quotes", "claimex_speakers", "claimex_claims", "claimex_links")
STANCES = ("support", "oppose", "neutral")


def predictions(ids: Sequence[str], texts: Mapping[str, str], cache: Path, rules: bool) -> dict[str, Any]:
    """The output record of each article, the spaCy parse read from ``cache`` (made when absent)."""
    from spacy.tokens import DocBin

    import claimex
    from claimex.api import clean_text, result_from_doc

    nlp = claimex.load()
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        with nlp.select_pipes(disable=list(STAGES)):
            docs = list(nlp.pipe(clean_text(texts[i]) for i in ids))
        store = DocBin(store_user_data=False)
        for doc in docs:
            store.add(doc)
        store.to_disk(cache)
    if len(docs) != len(ids):
        raise SystemExit(f"{cache} holds {len(docs)} documents, not {len(ids)}: delete it")
    if rules:
        nlp.get_pipe("claimex_claims").stance_model = None
    out: dict[str, Any] = {}
    for aid, doc in zip(ids, docs, strict=True):
        for name in STAGES:
            doc = nlp.get_pipe(name)(doc)
        out[aid] = result_from_doc(doc, aid, texts[aid]).to_dict()
    return out


def scores(pairs: Sequence[tuple[str, str]]) -> str:
    """Right of matched, and P / R of each class, of (gold, predicted) stances."""
    right = sum(g == p for g, p in pairs)
    cells = []
    for cls in STANCES:
        tp = sum(g == p == cls for g, p in pairs)
        n_pred, n_gold = sum(p == cls for _, p in pairs), sum(g == cls for g, _ in pairs)
        cells.append(f"{cls} {tp / n_pred if n_pred else 0:.2f}/{tp / n_gold if n_gold else 0:.2f} ({n_gold})")
    return f"{right}/{len(pairs)} = {right / max(len(pairs), 1):.3f}   " + ", ".join(cells)


def target_scores(right: Sequence[bool]) -> str:
    """Targets right of matched statements."""
    return f"{sum(right)}/{len(right)} = {sum(right) / max(len(right), 1):.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/claimex-stance-dev.spacy"))
    parser.add_argument("--rules", action="store_true", help="the stance rule alone (no fitted stance model)")
    parser.add_argument("--errors", default="", help="comma-separated training readers whose wrong stances to list")
    parser.add_argument("--cells", default="", help="only these gold:predicted cells, e.g. oppose:neutral")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from claimex import claim_scoring, scoring
    from claimex.link_scoring import read_texts

    gold = [g for name in FILES for g in scoring.read_jsonl(DEV / name)]
    ids = sorted({str(g["id"]) for g in gold})
    texts = read_texts(args.texts, set(ids))
    report = claim_scoring.evaluate_claim_fields(gold, predictions(ids, texts, args.cache, args.rules))
    by_reader: dict[str, list[tuple[str, str]]] = {}
    targets: dict[str, list[bool]] = {}
    for g, claim, ok in report.matches:
        if claim is not None:
            by_reader.setdefault(str(g.get("reader")), []).append((g["stance"], str(claim.get("stance"))))
            targets.setdefault(str(g.get("reader")), []).append(ok)
    for reader in sorted(by_reader):
        print(f"{reader}{' (held out)' if reader in HELD_OUT else ''}: {scores(by_reader[reader])}"
              f"   target {target_scores(targets[reader])}")
    training = [p for r, pairs in by_reader.items() if r not in HELD_OUT for p in pairs]
    held = [p for r, pairs in by_reader.items() if r in HELD_OUT for p in pairs]
    train_targets = [ok for r, oks in targets.items() if r not in HELD_OUT for ok in oks]
    held_targets = [ok for r, oks in targets.items() if r in HELD_OUT for ok in oks]
    print(f"training readers: {scores(training)}   target {target_scores(train_targets)}")
    print(f"held out A + E:   {scores(held)}   target {target_scores(held_targets)}")
    print("training confusion (gold, predicted):", dict(sorted(Counter(training).items())))
    wanted = set(args.errors.split(",")) - HELD_OUT - {""}
    cells = {tuple(c.split(":")) for c in args.cells.split(",") if c}
    for g, claim, _ in report.matches:
        if claim is None or g.get("reader") not in wanted or g["stance"] == claim.get("stance"):
            continue
        if cells and (g["stance"], claim.get("stance")) not in cells:
            continue
        text = texts[str(g["id"])]
        s, e = g["content"]
        span = g.get("target")
        print(f"--- {g['reader']} {str(g['id'])[:40]} gold {g['stance']} predicted {claim.get('stance')}; act gold "
              f"{g['act']} predicted {claim.get('act')} ({claim.get('act_rule')})")
        print("   ", " ".join(text[s:e].split())[:300])
        print(f"    cue {claim.get('cue_text')!r}; target gold {text[span[0]:span[1]] if span else None!r}, "
              f"predicted {claim.get('target_text')!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
