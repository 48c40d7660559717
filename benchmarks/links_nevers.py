"""What each of the linker's nevers holds back, measured with the evidence a link needs (issue 13, twentieth round).

    .venv/bin/python benchmarks/links_nevers.py                             # the development readings' articles
    .venv/bin/python benchmarks/links_nevers.py --train --n-process 2      # and all PolNeAR train

Each article is parsed once; the links stage is then run again on it with one never lifted at a time, and
the links that appear (or go) are counted. A never that removes no link with evidence cannot be where the
missed pairs are lost: their claims share nothing a rule reads. "Marked": a development reader (reader B of
``links_gold.jsonl``, readers I-L of ``links_gold2.jsonl``, reader C of ``links_second_reading.jsonl``) marked
the pair with the relation drawn; "marked, other relation": with the other one. Reader A's articles (held
out) are never read. With ``--train`` the other PolNeAR train articles are counted too (no reading to score
them); ``--list`` prints every link a lifted never lets through, with its words.

The nevers lifted:

* ``opens with another speaker``: the later content opens by reporting another speaker ("Lopez says that
  the plan has drawn fire ...");
* ``... unless the earlier speaker is the one reported``: the same never, lifted only where the speaker the
  later content reports is the earlier claim's (the later speaker relaying the earlier one's words);
* ``one side``: two claims of one speaker entity, or of one side, with no change marker (the weights'
  ``link_same_speaker``);
* ``only a topic``: a content that is only the topic spoken about;
* ``an interpretation``: the later claim says what the earlier speaker meant.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from links_hypotheses import POLNEAR, dev_readings, marked_relations, read_texts  # benchmarks/ is first on sys.path

import claimex
from claimex import lexicons as lx
from claimex.extensions import raw
from claimex.pipeline.links import linker
from claimex.pipeline.links.features import ClaimFeatures
from claimex.pipeline.links.rules import _content_root, opens_with_another_speaker
from claimex.pipeline.links.syntax import phrase_keys

Link = tuple[str, str, str]  # source, target, relation


def _reported(c: ClaimFeatures) -> int | None:
    """The noun subject of the reporting verb a content opens with, when it does not name the claim's
    speaker (what :func:`~claimex.pipeline.links.rules.opens_with_another_speaker` looks for)."""
    tt = c.tokens
    root = _content_root(c)
    if root is None or lx.REPORTING_CUES.get(tt.lemma[root]) != lx.ASSERT or tt.pos[root] != "VERB":
        return None
    return next((k for k in tt.children[root] if tt.dep[k] == "nsubj" and tt.pos[k] in ("NOUN", "PROPN")
                 and not c.party.named_by(phrase_keys(tt, k, c.party))), None)


def _relays_earlier(earlier: ClaimFeatures, later: ClaimFeatures) -> bool:
    """The later content opens by reporting the earlier claim's speaker ("Lopez says that ..." after Lopez)."""
    k = _reported(later)
    return k is not None and earlier.party.named_by(phrase_keys(later.tokens, k, earlier.party))


@contextmanager
def _patched(name: str, value: Any) -> Iterator[None]:
    before = getattr(linker, name)
    setattr(linker, name, value)
    try:
        yield
    finally:
        setattr(linker, name, before)


def _unless_relayed(stage: Any, doc: Any) -> set[Link]:
    """The links with the never kept except where the later content reports the earlier speaker."""
    decide = linker.decide

    def narrowed(earlier: ClaimFeatures, later: ClaimFeatures, signals: Any, w: Any) -> Any:
        keep = opens_with_another_speaker(later) and not _relays_earlier(earlier, later)
        with _patched("opens_with_another_speaker", lambda c: keep):
            return decide(earlier, later, signals, w)

    with _patched("decide", narrowed):
        return _links(stage, doc)


def _same_side(stage: Any, doc: Any) -> set[Link]:
    weights = stage.weights
    stage.weights = replace(weights, link_same_speaker=True)
    try:
        return _links(stage, doc)
    finally:
        stage.weights = weights


def _lifted(name: str) -> Callable[[Any, Any], set[Link]]:
    def run(stage: Any, doc: Any) -> set[Link]:
        with _patched(name, lambda *args: False):
            return _links(stage, doc)
    return run


def _links(stage: Any, doc: Any) -> set[Link]:
    return {(x.source, x.target, x.relation) for x in stage.links(doc)}


VARIANTS: dict[str, Callable[[Any, Any], set[Link]]] = {
    "opens with another speaker": _lifted("opens_with_another_speaker"),
    "opens with another speaker, unless the earlier speaker is the one reported": _unless_relayed,
    "one side": _same_side,
    "only a topic": _lifted("topic_only"),
    "an interpretation": _lifted("interprets"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", default=str(POLNEAR), help="PolNeAR train JSONL (the articles' texts)")
    parser.add_argument("--train", action="store_true", help="also every other PolNeAR train article")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--list", action="store_true", help="print every link a lifted never lets through")
    args = parser.parse_args()
    if not Path(args.texts).exists():
        print(f"no texts at {args.texts}", file=sys.stderr)
        return 2
    gold, held = dev_readings()
    texts = read_texts(args.texts, gold, held, args.train)
    nlp = claimex.load()
    stage = nlp.get_pipe("claimex_links")
    counts: Counter[tuple[str, str]] = Counter()
    ids = list(texts)
    for doc_id, doc in zip(ids, nlp.pipe((texts[i] for i in ids), n_process=args.n_process, batch_size=8),
                           strict=True):
        claims = {c["id"]: c for c in raw(doc).get("claims", [])}
        base = _links(stage, doc)
        where = "dev" if doc_id in gold else "train"
        counts[(where, "links")] += len(base)
        for name, run in VARIANTS.items():
            found = run(stage, doc)
            counts[(name, "removed")] += len(base - found)
            for source, target, relation in sorted(found - base):
                marked = marked_relations(doc_id, gold, claims[source], claims[target])
                kind = "marked" if relation in marked else "marked, other relation" if marked else "not marked"
                counts[(name, f"{where}: {kind}" if where == "dev" else "train")] += 1
                if args.list:
                    earlier, later = claims[target]["content_text"][:160], claims[source]["content_text"][:160]
                    print(f"{name} | {doc_id} | {relation} | {kind}\n    earlier: {earlier}\n    later:   {later}")
    print(f"{len(ids)} articles ({sum(i in gold for i in ids)} development); links at this commit: "
          f"{counts[('dev', 'links')]} development, {counts[('train', 'links')]} other")
    head = "| never lifted | development: links added | marked | marked, other relation | not marked |"
    head += " other articles: added |" if args.train else ""
    print(head)
    print("|---" * (head.count("|") - 1) + "|")
    for name in VARIANTS:
        added = sum(counts[(name, f"dev: {k}")] for k in ("marked", "marked, other relation", "not marked"))
        row = (f"| {name} | {added} | {counts[(name, 'dev: marked')]} | {counts[(name, 'dev: marked, other relation')]}"
               f" | {counts[(name, 'dev: not marked')]} |")
        print(row + (f" {counts[(name, 'train')]} |" if args.train else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
