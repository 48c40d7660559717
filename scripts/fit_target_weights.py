"""Fit the weights of the claims stage's target ranker on blind claim readings and report them.

Usage (from the repository root; needs the ``build`` extra for scikit-learn, and the data in
``../shared``, which is not part of the repository)::

    pip install -e ".[build]"
    python scripts/fit_target_weights.py --gold benchmarks/dev/claims_gold.jsonl \\
        benchmarks/dev/claims_heldout.jsonl benchmarks/dev/claims_fit.jsonl benchmarks/dev/claims_fit2.jsonl \\
        --readers B D F G H M N O [-o src/claimex/weights/target.v1.json] [--C 0.1] [--folds 5] [--dry-run]

1. Runs claimex on the readings' articles and records, for every claim, the candidate noun phrases the
   ranker reads (``claimex.pipeline.targets.candidates``) with their features.
2. Matches each gold statement of the chosen readers to its claim (``claim_scoring.match_claim``) and
   labels each candidate right when it would be scored right as the target (``claim_scoring.target_right``:
   its noun phrase overlaps the gold target, or the entity it resolves to names the gold target).
3. Cross-validation grouped by article: the share of statements whose best-scoring candidate is right,
   against the rules' own proposal (the ``rule`` feature alone), and the share where some candidate is.
4. Fits a logistic regression (scikit-learn, L2, ``C``) on pairs of a right and a wrong candidate of
   one statement (their feature difference; each statement weighs one) and writes its weights (rounded
   to 4 decimals) with the data's attribution to the weights file. ``--C`` takes several values: the
   best under cross-validation is fitted. ``--cache`` keeps the candidates read (no text, features and
   labels only) for another run; ``--drop`` leaves out features by prefix, to measure what each adds;
   ``--shuffles N`` also reports the mean top-1 of N grouped splits with the articles shuffled, and
   chooses ``C`` by it (one split ties too often: 0.622 for C = 0.1 and 0.3 in the nineteenth round);
   ``--max-candidates N`` reads at most N content candidates (``targets.MAX_CANDIDATES``);
   ``--skip-candidates F ...`` leaves out the candidates that have one of the features F (``outside``,
   ``out=host`` ...), to measure what a kind of candidate adds from one ``--cache``.

Only the readers given are read: keep the held-out readers (A, E) out.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
DEFAULT_OUT = ROOT / "src" / "claimex" / "weights" / "target.v1.json"
VERSION = "target.v1"
log = logging.getLogger("fit_target_weights")

Statement = tuple[str, list[list[str]], list[bool]]  # article id, candidate features, labels


def read_statements(gold_paths: Sequence[Path], readers: set[str], texts_path: Path,
                    model: str | None) -> list[Statement]:
    """The candidates and their labels of every gold statement of ``readers`` matched to a claim."""
    from claimex.api import extract_many, load
    from claimex.claim_scoring import match_claim, target_right
    from claimex.link_scoring import read_texts
    from claimex.pipeline import targets
    from claimex.pipeline.claims import target_span

    gold: list[dict[str, Any]] = []
    for path in gold_paths:
        with open(path, encoding="utf-8") as fh:
            gold.extend(r for line in fh if line.strip() and (r := json.loads(line)).get("reader") in readers)
    ids = sorted({str(g["id"]) for g in gold})
    texts = read_texts(texts_path, ids)
    nlp = load(model)
    out: list[Statement] = []
    for doc_id in ids:
        targets.TRACE = targets.Trace(target_span)
        result = next(iter(extract_many([texts[doc_id]], ids=[doc_id], nlp=nlp)))
        trace = {tuple(t["content"]): t["candidates"] for t in targets.TRACE.entries if t["content"]}
        targets.TRACE = None
        record = result.to_dict()
        speakers = {s["id"]: s for s in record.get("speakers") or () if "id" in s}
        for g in gold:
            if g["id"] != doc_id:
                continue
            claim = match_claim(g["content"], record.get("claims") or ())
            cands = trace.get(tuple(claim["content"])) if claim is not None else None
            if not cands:
                continue
            labels = [target_right(g, c, speakers) for c in cands]
            out.append((doc_id, [c["features"] for c in cands], labels))
    return out


def top1(statements: Sequence[Statement], weights: dict[str, float], intercept: float = 0.0) -> float:
    """The share of statements whose best-scoring candidate (the first of equals) is right."""
    right = 0
    for _, feats, labels in statements:
        scores = [intercept + sum(weights.get(f, 0.0) for f in fs) for fs in feats]
        said = [k for k, fs in enumerate(feats) if "said_about" in fs]  # as claimex.pipeline.targets.choose
        heavy = [k for k, fs in enumerate(feats) if "light" not in fs] or list(range(len(feats)))
        best = said[0] if said else max(heavy, key=lambda k: (scores[k], -k))  # as targets.eligible
        right += labels[best]
    return right / max(1, len(statements))


def fit(statements: Sequence[Statement], c: float) -> tuple[float, dict[str, float]]:
    """A logistic regression on pairs of candidates of one statement (a right one and a wrong one, their
    feature difference; RankNet-style): the weights order the candidates within a statement."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    vec.fit([{f: 1.0 for f in fs} for _, feats, _ in statements for fs in feats])
    rows, y = [], []
    for _, feats, labels in statements:
        good = [k for k, lab in enumerate(labels) if lab]
        bad = [k for k, lab in enumerate(labels) if not lab]
        if not good or not bad:
            continue
        weight = 1.0 / (len(good) * len(bad))  # each statement counts once
        for g in good:
            for b in bad:
                diff = {f: 1.0 for f in feats[g]}
                for f in feats[b]:
                    diff[f] = diff.get(f, 0.0) - 1.0
                rows.append((diff, weight))
                y.append(1)
                rows.append(({f: -v for f, v in diff.items()}, weight))
                y.append(0)
    x = vec.transform([r for r, _ in rows])
    lr = LogisticRegression(C=c, max_iter=5000, fit_intercept=False)
    lr.fit(x, y, sample_weight=[w for _, w in rows])
    names = vec.get_feature_names_out()
    return 0.0, {str(n): round(float(w), 4) for n, w in zip(names, lr.coef_[0], strict=True) if abs(w) >= 1e-4}


def cross_validate(statements: Sequence[Statement], c: float, folds: int) -> float:
    """Grouped (by article) cross-validated top-1."""
    from sklearn.model_selection import GroupKFold

    groups = [s[0] for s in statements]
    right = 0.0
    for train, test in GroupKFold(n_splits=folds).split(statements, groups=groups):
        intercept, weights = fit([statements[i] for i in train], c)
        held = [statements[i] for i in test]
        right += top1(held, weights, intercept) * len(held)
    return right / len(statements)


def shuffled_cross_validate(statements: Sequence[Statement], c: float, folds: int, shuffles: int) -> float:
    """The mean top-1 of ``shuffles`` grouped cross-validations, the articles shuffled (seeds 0, 1, ...)
    and dealt round the folds: steadier than one split, where a handful of statements moves it."""
    import random

    articles = sorted({s[0] for s in statements})
    scores = []
    for seed in range(shuffles):
        order = articles[:]
        random.Random(seed).shuffle(order)
        fold = {a: k % folds for k, a in enumerate(order)}
        right = 0.0
        for k in range(folds):
            intercept, weights = fit([s for s in statements if fold[s[0]] != k], c)
            held = [s for s in statements if fold[s[0]] == k]
            right += top1(held, weights, intercept) * len(held)
        scores.append(right / len(statements))
    return sum(scores) / len(scores)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", nargs="+", type=Path, required=True, help="claims readings (JSONL)")
    parser.add_argument("--readers", nargs="+", required=True, help="the readers to fit on (not A, E)")
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: claimex's)")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--C", type=float, nargs="+", default=[0.3])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--drop", nargs="*", default=[], help="leave out the features with these prefixes")
    parser.add_argument("--skip-candidates", nargs="*", default=[],
                        help="leave out the candidates that have one of these features (e.g. outside, out=host)")
    parser.add_argument("--cache", type=Path, help="read / write the statements' candidates here (JSON)")
    parser.add_argument("--max-candidates", type=int, help="read at most this many content candidates "
                        "(claimex.pipeline.targets.MAX_CANDIDATES; default: as shipped)")
    parser.add_argument("--shuffles", type=int, default=0,
                        help="also report the mean top-1 of this many shuffled grouped splits for each C, "
                             "and choose C by it")
    parser.add_argument("--dry-run", action="store_true", help="report, do not write the weights")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.max_candidates is not None:
        from claimex.pipeline import targets

        targets.MAX_CANDIDATES = args.max_candidates
    if args.cache is not None and args.cache.exists():
        statements = [(d, f, lab) for d, f, lab in json.loads(args.cache.read_text(encoding="utf-8"))]
    else:
        statements = read_statements(args.gold, set(args.readers), args.texts, args.model)
        if args.cache is not None:
            args.cache.write_text(json.dumps(statements), encoding="utf-8")
    if args.skip_candidates:  # leave out the candidates with one of these features (e.g. out=host)
        skip = set(args.skip_candidates)
        kept = [(d, [k for k, fs in enumerate(feats) if not skip & set(fs)], feats, labels)
                for d, feats, labels in statements]
        statements = [(d, [feats[k] for k in ks], [labels[k] for k in ks]) for d, ks, feats, labels in kept if ks]
    if args.drop:
        statements = [(d, [[f for f in fs if not f.startswith(tuple(args.drop))] for fs in feats], labels)
                      for d, feats, labels in statements]
    oracle = sum(any(s[2]) for s in statements) / max(1, len(statements))
    rules = top1(statements, {"rule": 1.0})
    log.info("statements %d in %d articles; some candidate right %.3f; the rules' proposal %.3f",
             len(statements), len({s[0] for s in statements}), oracle, rules)
    best_c, best = args.C[0], -1.0
    for c in args.C:
        score = cross_validate(statements, c, args.folds)
        log.info("C=%g: grouped %d-fold CV top-1 %.3f", c, args.folds, score)
        if args.shuffles:  # the steadier figure chooses C
            score = shuffled_cross_validate(statements, c, args.folds, args.shuffles)
            log.info("C=%g: mean of %d shuffled grouped %d-fold CVs %.4f", c, args.shuffles, args.folds, score)
        if score > best:
            best_c, best = c, score
    intercept, weights = fit(statements, best_c)
    log.info("fitted on all (C=%g): top-1 %.3f", best_c, top1(statements, weights, intercept))
    if args.dry_run:
        for name, w in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:30]:
            log.info("  %-28s %+.3f", name, w)
        return 0
    data = {
        "version": VERSION,
        "description": "Weights of the claims stage's target ranker (a pairwise logistic regression): each "
                       "candidate noun phrase of a statement scores intercept + the sum of the weights of its "
                       "features "
                       "(claimex.pipeline.targets.features); the best-scoring one is the target. Fitted by "
                       "scripts/fit_target_weights.py.",
        "attribution": "Fitted on blind readings (act, target, stance of attributed statements) of articles of "
                       "the train compartment of PolNeAR v1.0.0, the Political News Attribution Relations "
                       "corpus (Newell, Margolin & Ruths, LREC 2018; github.com/networkdynamics/PolNeAR), "
                       f"readers {', '.join(sorted(args.readers))}. Only the weights are shipped, no text.",
        "fit": {"statements": len(statements), "articles": len({s[0] for s in statements}),
                "readers": sorted(args.readers), "C": best_c, "folds": args.folds,
                "some_candidate_right": round(oracle, 4), "rules_top1": round(rules, 4),
                "cross_validated_top1": round(best, 4), "shuffles": args.shuffles},
        "intercept": round(intercept, 4),
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    log.info("wrote %s", args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
