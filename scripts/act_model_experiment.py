"""Would a multiclass act model over richer general features beat the decision list? Grouped CV on the
training readers (issue 15, tenth act round).

Usage (from the repository root; the ``build`` extra and the PolNeAR texts in ``../shared``)::

    python scripts/act_model_experiment.py [--c 0.03,0.1,0.3,1] [--prior 1,5]

Reads the training readers' statements as ``scripts/fit_claim_weights.py`` does (B, D, F, G, H; readers A
and E are never read), and compares, by 5-fold cross-validation grouped by article:

* the decision list (the rules' act);
* ``base``: the shipped act model's features (:func:`claimex.pipeline.acts.act_features`, the cue lemma left
  out, as ``fit_claim_weights.ACT_FIT`` does);
* ``rich``: those plus the richer general features of :func:`rich_features` -- closed-class word lists of
  the lexicons found in the content (concession, satisfaction, endorsing, backing, wish, denial, the hand
  lists of evaluation), the cue lexicon's act of a content verb and of each main predicate, the cue's kind
  (cognitive, warning, concession, directive, naming), each modal and the tense tag of the main
  predicates, an imperative, first person singular / plural and second person, a contrast word, a negator,
  an exclamation, the content's length (binned), and the evaluation said of the main predicate's subject by
  kind (speaker / person or organisation / other; negative / positive). No content word is a feature;
* ``default only``: the same models fitted and applied only where the decision list says ``default``
  (nothing fired), against leaving those ``assert``.

Prints accuracy per reader for each; writes nothing.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_claim_weights as fit

from claimex import lexicons as lx
from claimex.pipeline import acts

#: Closed-class word lists whose presence in the content is a feature (``word=NAME``).
WORD_CLASSES = {
    "concession": lx.CONCESSION_WORDS, "satisfaction": lx.SATISFACTION_WORDS, "endorse": lx.ENDORSING_VERBS,
    "backing": lx.BACKING_VERBS, "wish": lx.WISH_VERBS, "denial": lx.DENIAL_WORDS,
    "neg_eval": lx.NEGATIVE_EVALUATION, "pos_eval": lx.POSITIVE_EVALUATION,
}
log = logging.getLogger("act_model_experiment")
CUE_KINDS = {"cognitive": lx.COGNITIVE_CUES, "warning": lx.WARNING_CUES, "concession": lx.CONCESSION_CUES,
             "directive": lx.DIRECTIVE_CUES, "naming": lx.NAMING_CUES}


def _length(n: int) -> str:
    return "len<=3" if n <= 3 else "len<=8" if n <= 8 else "len<=20" if n <= 20 else "len>20"


def _word_features(st: acts.Statement) -> set[str]:
    table = st.table
    out: set[str] = set()
    for i in st.content:
        lemma, low = table.lemma[i], table.lower[i]
        if table.pos[i] == "VERB" and st.cues.get(lemma, lx.ASSERT) != lx.ASSERT:
            out.add(f"content_verb={st.cues[lemma]}")
        out.update(f"word={name}" for name, words in WORD_CLASSES.items() if lemma in words or low in words)
        person = {"you": "second", "your": "second", "i": "first_sing", "me": "first_sing", "my": "first_sing",
                  "we": "first_plural", "us": "first_plural", "our": "first_plural"}.get(low)
        if person:
            out.add(person)
        if low in ("but", "although", "though", "however"):
            out.add("contrast")
        if low in lx.NEGATION_WORDS:
            out.add("negator")
        if table.word(i) == "!":
            out.add("exclaim")
    return out


def _predicate_features(st: acts.Statement) -> set[str]:
    table, vals = st.table, st.valences
    out: set[str] = set()
    for pred in st.preds[:3]:
        if table.lemma[pred] in st.cues:
            out.add(f"pred_cue={st.cues[table.lemma[pred]]}")
        out.update(f"modal={m}" for m in acts._modal_children(table, pred))
        out.add(f"tag={table.doc[pred].tag_}")
        if acts.is_imperative(table, pred, st.cue):
            out.add("imperative")
        subj = acts.subject(table, pred)
        if subj is None:
            continue
        kind = "first" if acts.is_first_person(table, subj) else "agent" if acts.is_agent(table, subj) else "other"
        said = sum(vals.get(c, 0.0) for c in (pred, *table.children[pred]))
        if said <= -1:
            out.add(f"subj={kind}&neg")
        elif said >= 1:
            out.add(f"subj={kind}&pos")
    return out


def rich_features(st: acts.Statement) -> list[str]:
    """The richer general features of a statement (see the module docstring)."""
    table = st.table
    out = {_length(len(st.content))} | _word_features(st) | _predicate_features(st)
    if st.cue is not None:
        out.update(f"cue_kind={k}" for k, words in CUE_KINDS.items() if table.lemma[st.cue] in words)
    if st.direct and st.negative:
        out.add("direct&negative")
    return sorted(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--c", default="0.03,0.1,0.3,1", help="comma-separated L2 strengths")
    parser.add_argument("--prior", default="1,5", help="comma-separated priors of the rules' answer")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    log.setLevel(logging.INFO)

    import claimex
    from claimex.link_scoring import read_texts
    from claimex.pipeline.tokens import TokenTable

    gold = fit.read_gold(fit.DEV)
    texts = read_texts(fit.TEXTS, {str(g["id"]) for g in gold})
    items = fit.statements(gold, texts)
    analyzer = claimex.load().get_pipe("claimex_claims")
    base = [fit.keep(it["act_features"], fit.ACT_FIT["drop"]) for it in items]
    rich = []
    for it, row in zip(items, base, strict=True):
        st = analyzer._statement(TokenTable.of(it["doc"]), it["record"])[0]
        rich.append(row + (rich_features(st) if st.content else []))
    y = [it["gold"]["act"] for it in items]
    groups = [str(it["gold"]["id"]) for it in items]
    readers = [str(it["gold"]["reader"]) for it in items]
    names = sorted(set(readers))

    def show(name: str, pred: Sequence[str]) -> None:
        per = []
        for r in (*names, "all"):
            idx = [i for i, x in enumerate(readers) if r in ("all", x)]
            per.append(f"{r} {sum(y[i] == pred[i] for i in idx) / len(idx):.3f}")
        log.info(f"{name:34s} " + " ".join(per))

    log.info(f"{len(y)} statements, {len(set(groups))} articles; acts {dict(Counter(y))}")
    show("decision list", [it["rule_act"] for it in items])
    for c in (float(v) for v in args.c.split(",")):
        for prior in (float(v) for v in args.prior.split(",")):
            for key, rows in (("base", base), ("rich", rich)):
                show(f"{key} C={c} prior={prior}", fit.oof(rows, y, groups, c, prior))
    fallback = [i for i, row in enumerate(base) if "list_rule=default" in row]
    log.info(f"default only: {len(fallback)} statements, gold {dict(Counter(y[i] for i in fallback))}; "
          f"'assert' right {sum(y[i] == lx.ASSERT for i in fallback)}")
    for c in (float(v) for v in args.c.split(",")):
        for key, rows in (("base", base), ("rich", rich)):
            pred = fit.oof([rows[i] for i in fallback], [y[i] for i in fallback], [groups[i] for i in fallback],
                           c, 1.0)
            right = sum(p == y[i] for p, i in zip(pred, fallback, strict=True))
            log.info(f"  default only, {key} C={c}: {right} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
