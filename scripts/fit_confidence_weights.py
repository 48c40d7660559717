"""Fit the weights of each claim's ``confidence`` on PolNeAR train and report their calibration.

Usage (from the repository root; needs the ``build`` extra for scikit-learn, and the data in
``../shared``, which is not part of the repository)::

    pip install -e ".[build]"
    claimex extract ../shared/data/polnear/train.jsonl --input-format jsonl -o PRED.jsonl --n-process 2
    python scripts/fit_confidence_weights.py --pred PRED.jsonl [--gold ../shared/data/polnear/train.jsonl] \\
        [-o src/claimex/weights/confidence.v1.json] [--folds 5] [--C 0.5] [--min-count 10] [--dry-run]

1. Labels every predicted claim right or wrong (``claimex.scoring.right_claims``: its content overlaps
   an annotated attribution with Dice >= 0.5 and its speaker is that attribution's source) and reads
   its features (``claimex.pipeline.quotes.confidence.claim_features``; cue words seen fewer than
   ``--min-count`` times become ``cue=other``).
2. Cross-validation grouped by article (``GroupKFold``): the log loss, Brier score and expected
   calibration error of the fitted probabilities on articles the model never saw, against the fixed
   per-rule values claimex reported before (``RULE_CONFIDENCE``), a reliability table, and the precision
   and share of right claims kept at a few thresholds of ``min_confidence``.
3. Fits a logistic regression (scikit-learn, L2, ``C``) on all claims and writes its intercept and
   weights (rounded to 4 decimals: the same data and versions give the same file), the data's
   attribution and the cross-validated figures to the weights file.

Nothing but PolNeAR's train compartment is used for fitting.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
DEFAULT_OUT = ROOT / "src" / "claimex" / "weights" / "confidence.v1.json"
VERSION = "confidence.v1"
THRESHOLDS = (0.3, 0.5, 0.7, 0.9)
log = logging.getLogger("fit_confidence_weights")


def read_claims(gold_path: Path, pred_path: Path) -> tuple[list[list[str]], list[bool], list[int], list[float]]:
    """Features, label, article index and the old per-rule confidence of every predicted claim."""
    from claimex.model import Claim
    from claimex.pipeline.quotes.component import RULE_CONFIDENCE
    from claimex.pipeline.quotes.confidence import claim_features
    from claimex.scoring import index_by_id, read_jsonl, right_claims

    predictions = index_by_id(read_jsonl(pred_path))
    features: list[list[str]] = []
    labels: list[bool] = []
    groups: list[int] = []
    old: list[float] = []
    for n, doc in enumerate(read_jsonl(gold_path)):
        pred = predictions.get(doc["id"])
        if pred is None or pred.get("error"):
            continue
        claims = pred.get("claims") or []
        labels += right_claims(doc["text"], doc["quotes"], claims, pred.get("speakers") or [])
        for record in claims:
            claim = Claim.from_dict(record)
            if claim.quote_rule is None:
                raise SystemExit(f"{pred_path}: claims carry no quote_rule; extract them with this claimex")
            features.append(claim_features(claim))
            groups.append(n)
            old.append(RULE_CONFIDENCE.get(claim.quote_rule, 0.5))
    return features, labels, groups, old


def vocabulary(features: Sequence[Sequence[str]], min_count: int) -> frozenset[str]:
    """The cue words seen at least ``min_count`` times."""
    counts = Counter(f for fs in features for f in fs if f.startswith("cue=") and f != "cue=none")
    return frozenset(f for f, c in counts.items() if c >= min_count)


def encode(features: Sequence[Sequence[str]], cues: frozenset[str]) -> list[dict[str, int]]:
    """Feature dicts with rare cue words folded into ``cue=other``."""
    from claimex.pipeline.quotes.confidence import OTHER_CUE

    def fold(f: str) -> str:
        return OTHER_CUE if f.startswith("cue=") and f != "cue=none" and f not in cues else f

    return [{fold(f): 1 for f in fs} for fs in features]


def calibration(y: Sequence[bool], p: Sequence[float], bins: int = 10) -> dict[str, Any]:
    """Log loss, Brier score, expected calibration error and the reliability table."""
    import numpy as np

    ya, pa = np.asarray(y, dtype=float), np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
    table, ece = [], 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        mask = (pa >= low) & ((pa < high) if b < bins - 1 else (pa <= high))
        if mask.any():
            mean_p, share = float(pa[mask].mean()), float(ya[mask].mean())
            ece += mask.sum() / len(ya) * abs(mean_p - share)
            table.append({"bin": f"{low:.1f}-{high:.1f}", "n": int(mask.sum()), "mean_confidence": round(mean_p, 3),
                          "right": round(share, 3)})
    return {"log_loss": round(float(-(ya * np.log(pa) + (1 - ya) * np.log(1 - pa)).mean()), 4),
            "brier": round(float(((pa - ya) ** 2).mean()), 4), "ece": round(float(ece), 4), "reliability": table}


def thresholds(y: Sequence[bool], p: Sequence[float]) -> list[dict[str, Any]]:
    """Precision of the claims kept at each ``min_confidence``, and the share of right claims kept."""
    right = sum(y)
    rows = []
    for t in (0.0, *THRESHOLDS):
        kept = [ok for ok, q in zip(y, p, strict=True) if q >= t]
        rows.append({"min_confidence": t, "kept": len(kept), "precision": round(sum(kept) / max(len(kept), 1), 3),
                     "right_kept": round(sum(kept) / max(right, 1), 3)})
    return rows


def cross_validate(x: list[dict[str, int]], y: list[bool], groups: list[int], folds: int, c: float) -> list[float]:
    """Out-of-fold probabilities, every article's claims predicted by a model fitted without them."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    out = [0.0] * len(y)
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        vec = DictVectorizer()
        model = LogisticRegression(C=c, max_iter=5000)
        model.fit(vec.fit_transform([x[i] for i in train]), [y[i] for i in train])
        for i, q in zip(test, model.predict_proba(vec.transform([x[i] for i in test]))[:, 1], strict=True):
            out[i] = float(q)
    return out


def fit(x: list[dict[str, int]], y: list[bool], c: float) -> tuple[float, dict[str, float]]:
    """Intercept and weights of the model fitted on every claim."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000).fit(vec.fit_transform(x), y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, model.coef_[0], strict=True)}
    return round(float(model.intercept_[0]), 4), {k: v for k, v in sorted(weights.items()) if v != 0.0}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pred", type=Path, required=True, help="claimex extract output on the gold's texts")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="PolNeAR train JSONL")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT, help="weights file to write")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--C", type=float, default=0.5, help="inverse L2 strength of the logistic regression")
    parser.add_argument("--min-count", type=int, default=10, help="least count of a cue word with its own weight")
    parser.add_argument("--dry-run", action="store_true", help="report only; write no weights")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    features, y, groups, old = read_claims(args.gold, args.pred)
    cues = vocabulary(features, args.min_count)
    x = encode(features, cues)
    log.info("%d claims of %d articles, %d right (%.3f); %d cue words with a weight",
             len(y), len(set(groups)), sum(y), sum(y) / len(y), len(cues))
    cv = cross_validate(x, y, groups, args.folds, args.C)
    report = {"cross_validated": calibration(y, cv), "per_rule_values": calibration(y, old),
              "min_confidence": thresholds(y, cv)}
    log.info("%s", json.dumps(report, indent=1))
    if args.dry_run:
        return
    intercept, weights = fit(x, y, args.C)
    data = {
        "version": VERSION,
        "description": "Weights of each claim's confidence in claimex_quotes: the probability that its content and "
                       "speaker are right, sigmoid(intercept + the sum of the weights of its features) "
                       "(claimex.pipeline.quotes.confidence.claim_features; a cue word without a weight is "
                       "cue=other). Fitted by scripts/fit_confidence_weights.py.",
        "attribution": "Fitted on the train compartment of PolNeAR v1.0.0, the Political News Attribution "
                       "Relations corpus (Newell, Margolin & Ruths, 'An Attribution Relations Corpus for "
                       "Political News', LREC 2018; github.com/networkdynamics/PolNeAR). Only the weights are "
                       "shipped, no text of the corpus.",
        "fit": {"claims": len(y), "articles": len(set(groups)), "right": sum(y), "C": args.C,
                "min_count": args.min_count, "folds": args.folds, **report},
        "intercept": intercept,
        "weights": weights,
    }
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info("wrote %s (%d weights)", args.out, len(weights))


if __name__ == "__main__":
    main()
