"""Could a fitted pair scorer find the links readers mark? A measured "no" (issue 13, sixth round).

    .venv/bin/python benchmarks/links_pair_model.py                 # fit on B + links_gold2, test on A

Every pair of claims of a dev-set article that no "never" rules out (one side, one statement, an
unknown speaker) becomes a candidate with general features: the evidence kinds the rules fire, the
cues, topic words and names shared, WordNet senses and predicates shared, whether one names the other's
speaker or has it as target, both acts, both stances, polarity, hedging, quote types, distance. A
multinomial logistic regression (none / disputes / supports) is fitted with 5-fold cross-validation
grouped by article on the development readers (B of ``links_gold.jsonl`` and the four readers of
``links_gold2.jsonl``) and then on all of them, and scored on reader A (held out), one link per later
claim at most, at several thresholds: the precision and recall the evaluation of ``claimex
evaluate-links`` would give (a link is right when its two claims match a marked pair and its relation
is the pair's).

The answer so far: at any threshold the precision stays at 0.1-0.4 with recall under 0.1. Gold pairs are
inferences of meaning; shared topic words, opposite stances or a shared target select thousands of
candidates of which one in fifty is marked. The linker keeps its named evidence.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

import claimex
from claimex.extensions import raw
from claimex.link_scoring import claim_spans, gold_pairs, matches, read_gold, read_texts
from claimex.pipeline.links.features import ClaimFeatures, DocIndex, read_claim
from claimex.pipeline.links.linker import _pair_signals
from claimex.pipeline.links.rules import cue_names, one_side, same_statement, shared_terms

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
GOLD = (ROOT / "benchmarks" / "dev" / "links_gold.jsonl", ROOT / "benchmarks" / "dev" / "links_gold2.jsonl")
CLASSES = ("none", "disputes", "supports")
NEGATORS = frozenset({"not", "no", "never", "n't", "nothing", "none", "neither", "nor"})


def _label(pairs: Sequence[Any], a: Mapping[str, Any], b: Mapping[str, Any]) -> tuple[str, int | None]:
    sa, sb = claim_spans(a), claim_spans(b)
    for k, p in enumerate(pairs):
        if (matches(sa, p.earlier) and matches(sb, p.later)) or (matches(sa, p.later) and matches(sb, p.earlier)):
            return p.relation, k
    return "none", None


def _senses(c: ClaimFeatures) -> set[int]:
    return {s for p in c.propositions for s in p.senses}


def pair_features(er: ClaimFeatures, lt: ClaimFeatures, ce: Mapping[str, Any], cl: Mapping[str, Any],
                  between: int) -> dict[str, float]:
    """General features of an (earlier, later) pair: no content words, only rule outputs, counts and classes."""
    names = er.party.reach | lt.party.reach
    shared = (set(er.terms) & set(lt.terms)) - names
    shared_names = {k for k in shared if k.startswith("name:")}
    tt = er.tokens
    e_words = {tt.lower[i] for i in er.content}
    l_words = {tt.lower[i] for i in lt.content}
    f: dict[str, float] = {
        "shared_words": min(len(shared - shared_names), 4), "shared_names": min(len(shared_names), 3),
        "jaccard": len(shared) / (len(set(er.terms) | set(lt.terms)) or 1),
        "topic_overlap": min(shared_terms(er, lt, names), 4),
        "l_names_e": float(bool(er.party.reach & set(lt.terms))),
        "e_names_l": float(bool(lt.party.reach & set(er.terms))),
        "senses": min(len(_senses(er) & _senses(lt)), 2),
        "predicates": min(len(er.predicate_lemmas & lt.predicate_lemmas), 2),
        "targets": float(bool(er.target & lt.target)),
        "l_target_is_e": float(bool(lt.target & er.party.reach)),
        "e_target_is_l": float(bool(er.target & lt.party.reach)),
        "same_target_entity": float(bool(ce.get("target_entity"))
                                    and ce.get("target_entity") == cl.get("target_entity")),
        "adjacent": float(between == 0), "log_between": math.log1p(between),
        "polarity_differs": float(ce.get("polarity") != cl.get("polarity")),
        "e_hedged": float(er.hedged), "l_hedged": float(lt.hedged),
        "e_negated": float(bool(e_words & NEGATORS)), "l_negated": float(bool(l_words & NEGATORS)),
        "l_rebuts": float(lt.rebuts), "e_rebuts": float(er.rebuts),
        "shared_unit": float(bool({q.unit for q in er.quantities} & {q.unit for q in lt.quantities})),
        "both_named": float(er.party.named and lt.party.named),
        f"acts={ce.get('act')}/{cl.get('act')}": 1.0,
        f"stances={ce.get('stance')}/{cl.get('stance')}": 1.0,
        f"types={ce.get('type')}/{cl.get('type')}": 1.0,
    }
    for s in _pair_signals(er, lt):
        f[f"kind={s.kind}"] = 1.0
    for cue in lt.cues:
        f[f"l_cue={cue.kind}"] = 1.0
        if cue_names(cue, er):
            f[f"l_cue_names_e={cue.kind}"] = 1.0
    return f


def candidates(nlp: Any, gold: Iterable[Mapping[str, Any]], texts: Mapping[str, str]) -> list[dict[str, Any]]:
    """One row per candidate pair: article, reader, label, the gold pair it matches, the later claim, features."""
    weights = nlp.get_pipe("claimex_links").weights
    rows: list[dict[str, Any]] = []
    for g in gold:
        doc = nlp(texts[g["id"]])
        data = raw(doc)
        claims = data.get("claims", [])
        speakers = {s["id"]: s for s in data.get("speakers", ())}
        index = DocIndex.build(doc)
        feats = [read_claim(doc, c, speakers, index=index) for c in claims]
        order = sorted(range(len(claims)), key=lambda i: feats[i].start)
        pairs = gold_pairs(g)
        for pos, a in enumerate(order):
            for k, b in enumerate(order[pos + 1:]):
                er, lt = feats[a], feats[b]
                if not (er.party.known and lt.party.known) or one_side(er, lt) or same_statement(er, lt, weights):
                    continue
                label, gi = _label(pairs, claims[a], claims[b])
                rows.append({"doc": g["id"], "reader": g["reader"], "later": claims[b]["id"], "label": label,
                             "gold": gi, "x": pair_features(er, lt, claims[a], claims[b], k)})
    return rows


def decode(rows: Sequence[Mapping[str, Any]], proba: np.ndarray,
           threshold: float) -> list[tuple[Mapping[str, Any], str]]:
    """At most one link per later claim: its most probable disputes / supports pair at or over ``threshold``."""
    best: dict[tuple[str, str], tuple[float, Mapping[str, Any], str]] = {}
    for row, p in zip(rows, proba, strict=True):
        k = 1 + int(np.argmax(p[1:]))
        key = (row["doc"], row["later"])
        if p[k] >= threshold and (key not in best or p[k] > best[key][0]):
            best[key] = (float(p[k]), row, CLASSES[k])
    return [(row, relation) for _, row, relation in best.values()]


def score(links: Sequence[tuple[Mapping[str, Any], str]], n_gold: int) -> str:
    right = [(row["doc"], row["gold"]) for row, relation in links if row["label"] == relation]
    precision = len(right) / len(links) if links else 0.0
    return f"{len(links):4d} links  P {precision:.2f}  R {len(set(right)) / n_gold:.3f}"


def _proba(model: LogisticRegression, x: Any) -> np.ndarray:
    out: np.ndarray = model.predict_proba(x)[:, [list(model.classes_).index(c) for c in CLASSES]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", default=str(POLNEAR), help="PolNeAR train JSONL (the articles' texts)")
    parser.add_argument("--C", type=float, nargs="+", default=[0.1, 0.3, 1.0])
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.2, 0.3, 0.4, 0.5])
    args = parser.parse_args()
    if not Path(args.texts).exists():
        print(f"no texts at {args.texts}", file=sys.stderr)
        return 2
    gold = [g for path in GOLD for g in read_gold(path)]
    texts = read_texts(args.texts, [g["id"] for g in gold])
    rows = candidates(claimex.load(), gold, texts)
    train = [r for r in rows if r["reader"] != "A"]
    test = [r for r in rows if r["reader"] == "A"]
    n_train = sum(len(g["pairs"]) for g in gold if g["reader"] != "A")
    n_test = sum(len(g["pairs"]) for g in gold if g["reader"] == "A")
    marked = sum(r["label"] != "none" for r in train)
    print(f"{len(train)} candidate pairs of the development readers ({marked} marked; {n_train} gold pairs), "
          f"{len(test)} of reader A ({n_test} gold pairs)")
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([r["x"] for r in train])
    y = np.array([r["label"] for r in train])
    x_test = vectorizer.transform([r["x"] for r in test])
    for c in args.C:
        oof = np.zeros((len(train), len(CLASSES)))
        for fit, held in GroupKFold(5).split(x, y, [r["doc"] for r in train]):
            oof[held] = _proba(LogisticRegression(C=c, max_iter=3000).fit(x[fit], y[fit]), x[held])
        on_a = _proba(LogisticRegression(C=c, max_iter=3000).fit(x, y), x_test)
        for t in args.thresholds:
            print(f"C={c:<5} threshold {t:.2f}: development (grouped CV) {score(decode(train, oof, t), n_train)}"
                  f"  | reader A (held out) {score(decode(test, on_a, t), n_test)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
