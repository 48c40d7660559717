"""What a perfect bound would save the target ranker: the claims stage with :func:`targets._best` resolving only
the candidate that wins, against the stage as it is, in the same process, on the same documents.

    .venv/bin/python benchmarks/target_bound_ceiling.py --limit 80 --repeat 10        # CPU ms a document
    .venv/bin/python benchmarks/target_bound_ceiling.py --bench-corpus --repeat 10    # claimex bench's corpus
    .venv/bin/python benchmarks/target_bound_ceiling.py --limit 40 --instructions --cache /tmp/pn40.spacy

``targets._best`` scores every candidate on the features that do not depend on whom it stands for, then
resolves candidates best first (their entity read, the entity features added) until the rest could not win
even with the highest entity features (:attr:`~claimex.pipeline.targets.TargetModel.entity_bound`). A first
pass records each statement's winner; the "oracle" stage then resolves that candidate alone, which no bound
can beat: the difference is the most that any bound, however tight, could save (the rules' own proposal is
still resolved before the ranker runs, as in the stage). Its claims are checked to be the stage's, field by
field. Times and instructions as in ``claims_stage.py`` (``--instructions``: under callgrind, each variant
once over all documents).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from collections.abc import Callable, Sequence
from typing import Any

from claims_stage import _UNDER_CALLGRIND, instructions_outside, instrumented, parsed, restore, run, snapshot
from spacy.tokens import Doc
from stage_docs import document_arguments

import claimex
from claimex.extensions import raw
from claimex.pipeline import targets

Best = Callable[[Sequence[targets.Candidate], targets.TargetModel, Any], targets.Candidate]


class Oracle:
    """``targets._best`` that takes the winners a first pass recorded, in the same order, and resolves only
    them."""

    def __init__(self, winners: list[int]) -> None:
        self.winners = winners
        self.at = 0

    def __call__(self, pool: Sequence[targets.Candidate], model: targets.TargetModel,
                 resolve: Any) -> targets.Candidate:
        head = self.winners[self.at]
        self.at += 1
        winner = next(c for c in pool if c.head == head)
        resolve(winner)
        winner.score = model.score(winner.features)
        return winner


def with_best(stage: Callable[[Doc], Doc], best: Best, first: Doc, oracle: Oracle | None) -> Callable[[Doc], Doc]:
    """``stage`` with ``best`` as the ranker's choice (the oracle starts over at the document ``first``)."""

    def call(doc: Doc) -> Doc:
        if oracle is not None and doc is first:
            oracle.at = 0
        targets._best = best
        return stage(doc)

    return call


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    document_arguments(parser, limit=80)
    parser.add_argument("--instructions", action="store_true", help="count instructions under callgrind")
    args = parser.parse_args()
    if args.instructions and not os.environ.get(_UNDER_CALLGRIND):
        return instructions_outside(parser, args)

    nlp = claimex.load()
    stage = nlp.get_pipe("claimex_claims")
    docs = parsed(args.limit, args.cache, nlp, bench=args.bench_corpus)
    saved = snapshot(docs)
    ranker = targets._best
    winners: list[int] = []

    def recording(pool: Sequence[targets.Candidate], model: targets.TargetModel, resolve: Any) -> targets.Candidate:
        winner = ranker(pool, model, resolve)
        winners.append(winner.head)
        return winner

    restore(docs, saved)
    run(with_best(stage, recording, docs[0], None), docs)
    expected = [json.dumps(raw(doc).get("claims")) for doc in docs]
    oracle = Oracle(winners)
    variants = {"stage": with_best(stage, ranker, docs[0], None), "oracle": with_best(stage, oracle, docs[0], oracle)}
    restore(docs, saved)
    run(variants["oracle"], docs)
    same = sum(json.dumps(raw(doc).get("claims")) == claims for doc, claims in zip(docs, expected, strict=True))
    print(f"{len(docs)} documents, {len(winners)} choices; the oracle's claims identical in {same} of {len(docs)}")
    if args.instructions:  # under callgrind (count_instructions)
        instrumented(variants, docs, saved)
        targets._best = ranker
        return 0
    spent: dict[str, list[float]] = {name: [] for name in variants}
    for r in range(args.repeat):  # in turn, which goes first alternating
        for name, variant in (list(variants.items()) if r % 2 == 0 else list(reversed(variants.items()))):
            restore(docs, saved)
            spent[name].append(run(variant, docs))
    targets._best = ranker
    for name, runs in spent.items():
        median = 1000 * statistics.median(runs) / len(docs)
        print(f"{name:>8}: {median:.3f} CPU ms a document (median of {args.repeat} passes)")
    ratio = statistics.median(o / s for o, s in zip(spent["oracle"], spent["stage"], strict=True))
    print(f"oracle / stage: {ratio:.3f} ({100 * (ratio - 1):+.1f}%)")
    return 0 if same == len(docs) else 1


if __name__ == "__main__":
    sys.exit(main())
