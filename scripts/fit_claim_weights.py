"""Fit the claims stage's act and stance models (``weights/claims.v1.json``) and measure them honestly.

Usage (from the repository root; needs the ``build`` extra for scikit-learn, and the PolNeAR texts in
``../shared``, which are not part of the repository)::

    pip install -e ".[build]"
    python scripts/fit_claim_weights.py [--dry-run] [--choose-c 0.1,0.3,1,3] [--C 1.0] \\
        [-o src/claimex/weights/claims.v1.json] [--evaluate]

1. Reads the training statements: the development readers of the blind claims dev sets (B in
   ``benchmarks/dev/claims_gold.jsonl``, D in ``claims_heldout.jsonl``, F, G and H in
   ``claims_fit.jsonl``, M, N and O in ``claims_fit2.jsonl``, P, Q, R and S in ``claims_fit3.jsonl``).
   Readers A and E are the held-out test and are never read here for fitting.
2. Runs claimex (with the decision list) on their articles and matches each statement to the claim
   whose content overlaps it most (as ``claimex evaluate-claims`` does), and reads the named features
   of each matched claim (:func:`claimex.pipeline.acts.act_features`, :func:`~.stance_features`).
3. Cross-validation grouped by article (``GroupKFold``): every figure for a training statement is
   predicted by a model that never saw its article. The act model's out-of-fold acts feed the stance
   features, as at run time. Prints accuracy and per-class P / R per reader, against the rules.
4. Fits both multinomial logistic regressions (L2, ``C``) on all training statements and writes their
   intercepts and weights (rounded to 6 places), the feature list, the data's attribution and the CV
   figures to the weights file.
5. With ``--evaluate``: runs claimex with the new weights on every dev set and prints the scorer's
   table (readers A and E are the held-out figures; B, D, F, G, H are fit-on-train there: report
   their CV figures from step 3 instead).
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimex.pipeline.acts import ACT_FIXED_STANCE

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "benchmarks" / "dev"
TEXTS = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
DEFAULT_OUT = ROOT / "src" / "claimex" / "weights" / "claims.v1.json"
VERSION = "claims.v1"
#: gold file -> the readers of it that are fitted on (the others are held out)
TRAINING: dict[str, tuple[str, ...]] = {
    "claims_gold.jsonl": ("B",),
    "claims_heldout.jsonl": ("D",),
    "claims_fit.jsonl": ("F", "G", "H"),
    "claims_fit2.jsonl": ("M", "N", "O"),
    "claims_fit3.jsonl": ("P", "Q", "R", "S"),
}
HELD_OUT = frozenset({"A", "E"})
#: Fitting settings of each model, chosen by grouped CV on the training readers (``--choose-c``, and
#: ``--act-drop`` / ``--act-prior`` ablations; see docs/claims-and-links.md):
#: ``C``, the L2 strength; ``prior``, the value given to the rules' answer (``list=ACT``, ``rule_stance=S``)
#: when fitting -- a larger value is a weaker penalty on its weight (L2 on w/prior), so the model departs
#: from the rules only on evidence; the weights file stores the weight of the binary feature, so the run
#: time reads binary features; ``drop``, feature families left out.
ACT_FIT: dict[str, Any] = {"C": 0.1, "prior": 5.0, "drop": ("cue=",)}
STANCE_FIT: dict[str, Any] = {"C": 1.0, "prior": 3.0, "drop": ()}
#: Stance features that mark a stance the act or the target's relation fixes (accuse -> oppose, "would *end*
#: the tax break" -> oppose ...): the stance model is fitted on, and applied to, the other statements only
#: (``acts.ACT_FIXED_STANCE``).
FIXED_SOURCES = tuple(f"source={source}" for source in sorted(ACT_FIXED_STANCE))
PRIOR_FEATURES = ("list=", "rule_stance=")
ACTS = ("assert", "deny", "condemn", "threaten", "accuse", "demand", "support", "concede", "question", "predict")
STANCES = ("support", "oppose", "neutral")
log = logging.getLogger("fit_claim_weights")


def read_gold(dev: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name, readers in TRAINING.items():
        path = dev / name
        if not path.exists():
            log.warning("%s not found: fitting without it", path)
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("reader") in readers:
                assert rec["reader"] not in HELD_OUT
                out.append(rec)
    return out


def statements(gold: list[dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    """Each matched gold statement with its claim's features (rules' act and stance)."""
    import claimex
    from claimex.claim_scoring import match_claim
    from claimex.pipeline.state import read_claims

    nlp = claimex.load()
    analyzer = nlp.get_pipe("claimex_claims")
    analyzer.act_model = analyzer.stance_model = None  # the rules' answers: the models are what is being fitted
    by_id: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        by_id[str(g["id"])].append(g)
    ids = sorted(by_id)
    out: list[dict[str, Any]] = []
    for aid, doc in zip(ids, nlp.pipe(texts[i] for i in ids), strict=True):
        records = list(read_claims(doc))
        claims = [{"content": list(r.claim.content), "n": n} for n, r in enumerate(records)]
        for g in by_id[aid]:
            m = match_claim(g["content"], claims)
            if m is None:
                continue
            record = records[m["n"]]
            feats = analyzer.statement_features(doc, record)
            out.append({"gold": g, "doc": doc, "record": record, "rule_act": record.claim.act,
                        "rule_stance": record.claim.stance, "act_features": feats["act_features"]})
    return out


def keep(row: Sequence[str], drop: tuple[str, ...]) -> list[str]:
    """The features of a row outside the dropped families."""
    return [f for f in row if not f.startswith(drop)] if drop else list(row)


def _values(row: Sequence[str], prior: float) -> dict[str, float]:
    return {f: (prior if f.startswith(PRIOR_FEATURES) else 1.0) for f in row}


def _fit(rows: Sequence[Sequence[str]], y: Sequence[str], c: float, prior: float) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(vec.fit_transform([_values(r, prior) for r in rows]), list(y))
    return vec, clf


def oof(rows: Sequence[Sequence[str]], y: Sequence[str], groups: Sequence[str], c: float, prior: float,
        folds: int = 5, fit_on: Sequence[bool] | None = None) -> list[str]:
    """Out-of-fold predictions, folds grouped by article; ``fit_on``: the rows each fold's model is fitted
    on (default: all of the fold's training rows)."""
    from sklearn.model_selection import GroupKFold

    pred = [""] * len(y)
    for train, test in GroupKFold(n_splits=folds).split(rows, y, groups):
        if fit_on is not None:
            train = [i for i in train if fit_on[i]]
        vec, clf = _fit([rows[i] for i in train], [y[i] for i in train], c, prior)
        x = vec.transform([_values(rows[i], prior) for i in test])
        for i, p in zip(test, clf.predict(x), strict=True):
            pred[i] = str(p)
    return pred


def report(name: str, gold: Sequence[str], pred: Sequence[str], readers: Sequence[str],
           classes: Sequence[str]) -> dict[str, Any]:
    """Accuracy per reader and overall, and per-class P / R overall; printed and returned."""
    out: dict[str, Any] = {}
    for reader in (*sorted(set(readers)), "all"):
        idx = [i for i, r in enumerate(readers) if reader in ("all", r)]
        right = sum(gold[i] == pred[i] for i in idx)
        out[reader] = round(right / len(idx), 4) if idx else 0.0
    per: dict[str, str] = {}
    for c in classes:
        tp = sum(g == p == c for g, p in zip(gold, pred, strict=True))
        n_pred, n_gold = sum(p == c for p in pred), sum(g == c for g in gold)
        if n_gold or n_pred:
            per[c] = f"{tp / n_pred if n_pred else 0:.2f}/{tp / n_gold if n_gold else 0:.2f} ({n_gold})"
    out["per_class"] = per
    log.info(f"{name}: " + " ".join(f"{k} {v:.3f}" for k, v in out.items() if k != "per_class"))
    log.info("   P/R (gold n): " + ", ".join(f"{c} {v}" for c, v in per.items()))
    return out


def stance_rows(items: Sequence[dict[str, Any]], acts_: Sequence[str]) -> tuple[list[list[str]], list[str]]:
    """The stance features of each statement given an act (the out-of-fold one), and the rules' stance."""
    import claimex

    analyzer = claimex.load().get_pipe("claimex_claims")
    rows, rule = [], []
    for item, act in zip(items, acts_, strict=True):
        feats = analyzer.statement_features(item["doc"], item["record"], act=act)
        rows.append(feats["stance_features"])
        rule.append(feats["rule_stance"])
    return rows, rule


def model_dict(vec: Any, clf: Any, prior: float) -> dict[str, Any]:
    names = vec.get_feature_names_out()
    classes = [str(c) for c in clf.classes_]
    model = {}
    for k, c in enumerate(classes):
        weights = {str(f): round(float(w) * _values([str(f)], prior)[str(f)], 6)
                   for f, w in zip(names, clf.coef_[k], strict=True) if abs(w) >= 1e-6}
        model[c] = {"intercept": round(float(clf.intercept_[k]), 6), "weights": dict(sorted(weights.items()))}
    return {"classes": classes, "features": [str(f) for f in names], "model": model}


def _settings(text: str) -> dict[str, Any]:
    """``C=0.1,prior=5,drop=cue=;subject=`` -> settings."""
    out: dict[str, Any] = {}
    for part in text.split(","):
        if not part:
            continue
        key, value = part.split("=", 1)
        out[key] = tuple(v for v in value.split(";") if v) if key == "drop" else float(value)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--act", default="",
                        help="act fit settings over the defaults, e.g. C=0.3,prior=1,drop=cue=;subject=")
    parser.add_argument("--stance", default="", help="stance fit settings over the defaults (same form)")
    parser.add_argument("--choose-c", default="", help="comma-separated C values to compare by grouped CV")
    parser.add_argument("--dry-run", action="store_true", help="measure only; write nothing")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    act_fit = {**ACT_FIT, **_settings(args.act)}
    stance_fit = {**STANCE_FIT, **_settings(args.stance)}
    choose = [float(v) for v in args.choose_c.split(",") if v]

    from claimex.link_scoring import read_texts

    gold = read_gold(args.dev)
    texts = read_texts(args.texts, {str(g["id"]) for g in gold})
    items = statements(gold, texts)
    rows = [keep(it["act_features"], act_fit["drop"]) for it in items]
    y = [it["gold"]["act"] for it in items]
    groups = [str(it["gold"]["id"]) for it in items]
    readers = [str(it["gold"]["reader"]) for it in items]
    log.info("%d training statements, %d matched, %d articles; readers %s; acts %s", len(gold), len(items),
             len(set(groups)), dict(Counter(readers)), dict(Counter(y)))
    act_rules = report("act, rules", y, [it["rule_act"] for it in items], readers, ACTS)
    for c in choose:
        report(f"act, model C={c} (grouped CV)", y, oof(rows, y, groups, c, act_fit["prior"]), readers, ACTS)
    act_cv = oof(rows, y, groups, act_fit["C"], act_fit["prior"])
    act_fig = report(f"act, model {act_fit} (grouped CV)", y, act_cv, readers, ACTS)

    # the stance model reads the stance features of the rules' act: the act the pipeline gives by default
    ys = [it["gold"]["stance"] for it in items]
    srows, srule = stance_rows(items, [it["rule_act"] for it in items])
    srows = [keep(r, stance_fit["drop"]) for r in srows]
    free = [not any(f in FIXED_SOURCES for f in r) for r in srows]
    log.info("stance: %d statements whose stance the act does not fix", sum(free))
    stance_rules = report("stance, rules", ys, srule, readers, STANCES)

    def stance_cv(c: float) -> list[str]:
        pred = oof(srows, ys, groups, c, stance_fit["prior"], fit_on=free)
        return [p if f else r for p, f, r in zip(pred, free, srule, strict=True)]

    for c in choose:
        report(f"stance, model C={c} (grouped CV)", ys, stance_cv(c), readers, STANCES)
    stance_fig = report(f"stance, model {stance_fit} (grouped CV)", ys, stance_cv(stance_fit["C"]), readers,
                        STANCES)
    if args.dry_run:
        return 0

    import sklearn

    act_vec, act_clf = _fit(rows, y, act_fit["C"], act_fit["prior"])
    st_vec, st_clf = _fit([r for r, f in zip(srows, free, strict=True) if f],
                          [s for s, f in zip(ys, free, strict=True) if f], stance_fit["C"], stance_fit["prior"])
    data = {
        "version": VERSION,
        "description": "Multinomial logistic regressions of the claims stage over the named act rules and "
                       "closed-class features of claimex.pipeline.acts (act_features, stance_features): "
                       "p(class) = softmax(intercept + sum of the weights of the features present). Fitted "
                       "by scripts/fit_claim_weights.py; never edit, refit into a new version.",
        "data": {
            "name": "blind readings of PolNeAR train articles made for claimex (readers "
                    + ", ".join(sorted(set(readers))) + " of benchmarks/dev/)",
            "citation": "Article texts: PolNeAR v1.0.0, Edward Newell, Drew Margolin and Derek Ruths. 2018. An "
                        "Attribution Relations Corpus for Political News. In Proceedings of LREC 2018. Labels "
                        "(act, polarity, hedged, target, stance of the first 15 speech-cue attributions of each "
                        "article): blind readings made for claimex by readers who saw only the article texts, "
                        "stored as article ids and offsets in benchmarks/dev/ (see its README).",
            "files": {k: list(v) for k, v in TRAINING.items()},
            "held_out_readers": sorted(HELD_OUT),
            "statements": len(items),
            "articles": len(set(groups)),
            "acts": dict(sorted(Counter(y).items())),
            "stances": dict(sorted(Counter(ys).items())),
        },
        "fit": {"estimator": "sklearn.linear_model.LogisticRegression (lbfgs, multinomial, L2)",
                "act": {**act_fit, "drop": list(act_fit["drop"])},
                "stance": {**stance_fit, "drop": list(stance_fit["drop"])},
                "stance_features_of": "the rules' act",
                "stance_fitted_on": "statements whose stance the act or the target relation does not fix (source not "
                                    + ", ".join(sorted(ACT_FIXED_STANCE)) + ")",
                "scikit_learn": sklearn.__version__},
        "cross_validation": {"folds": "GroupKFold(5) by article, training readers only",
                             "act": {"rules": act_rules, "model": act_fig},
                             "stance": {"rules": stance_rules, "model": stance_fig}},
        "act": model_dict(act_vec, act_clf, act_fit["prior"]),
        "stance": model_dict(st_vec, st_clf, stance_fit["prior"]),
    }
    args.output.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info("wrote %s", args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
