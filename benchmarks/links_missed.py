"""The marked pairs the linker misses, and what holds each back (issue 13, twenty-second round).

    .venv/bin/python benchmarks/links_missed.py            # the table
    .venv/bin/python benchmarks/links_missed.py --errors   # and every missed pair, with its two claims
    .venv/bin/python benchmarks/links_missed.py --denials  # and what the later claim of each marked denial has

For every pair a development reader marked (reader B of ``links_gold.jsonl``, readers I-L of
``links_gold2.jsonl``, reader C of ``links_second_reading.jsonl``; reader A's articles are never read) whose two
statements are both extracted as two claims and that the linker does not link, the best pair of claims matching
its statements (the one fewest nevers hold) and the never that holds it, if any: a claim of no known party or a
statement reported again, a content that states nothing, one side, one statement, an interpretation, a later
content opening by reporting another speaker, a topic only. A pair no never holds is a candidate: the linker
found no evidence for it.

``benchmarks/dev/links_missed_read.jsonl`` is one reading of the same pairs (ids and offsets, no text): what the
later statement does toward the earlier one (``does``: denies it, names its speaker, evaluates the same person,
policy or event the opposite way, restates it, gives the same measure another number, other) and what stops the
linker (``stops``: a never, a wrong speaker upstream, no evidence a rule reads, ...). The table crosses the two
and checks that the reading's nevers are the ones the linker applies today.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from links_hypotheses import DEV, POLNEAR, dev_readings, read_texts  # benchmarks/ is first on sys.path

import claimex
from claimex.extensions import raw
from claimex.link_scoring import claim_spans, matches
from claimex.pipeline.links.features import DocIndex, read_claim
from claimex.pipeline.links.linker import interprets
from claimex.pipeline.links.rules import (
    arguments_aligned,
    one_side,
    opens_with_another_speaker,
    same_predicate,
    same_statement,
    topic_only,
)

READING = DEV / "links_missed_read.jsonl"
CANDIDATE = "candidate"


def _never(doc: Any, a: Mapping[str, Any], b: Mapping[str, Any], speakers: Mapping[str, Any], index: DocIndex,
           weights: Any) -> str:
    """The never that holds the pair of claims (``a`` before ``b``) back, or ``candidate``."""
    party = [index.party(c.get("speaker"), speakers, c.get("speaker_mention_text")) for c in (a, b)]
    if a.get("repeat_of") or b.get("repeat_of"):
        return "a statement reported again"
    if not all(p.known for p in party):
        return "a speaker of no known party"
    er, lt = (read_claim(doc, c, speakers, index=index) for c in (a, b))
    for name, holds in (("states nothing", not (er.linkable and lt.linkable)), ("one side", one_side(er, lt)),
                        ("one statement", same_statement(er, lt, weights)), ("an interpretation", interprets(lt, er)),
                        ("opens with another speaker", opens_with_another_speaker(lt)),
                        ("only a topic", topic_only(er) or topic_only(lt))):
        if holds:
            return name
    return CANDIDATE


def missed(nlp: Any, texts: Mapping[str, str], gold: Mapping[str, list[Any]], n_process: int) -> list[dict[str, Any]]:
    """One row per missed marked pair whose two statements are both extracted."""
    weights = nlp.get_pipe("claimex_links").weights
    rows = []
    ids = list(texts)
    for doc_id, doc in zip(ids, nlp.pipe((texts[i] for i in ids), n_process=n_process, batch_size=8), strict=True):
        data = raw(doc)
        speakers = {s["id"]: s for s in data.get("speakers", ())}
        index = DocIndex.build(doc)
        claims = data.get("claims", [])
        linked = {frozenset((x["source"], x["target"])) for x in data.get("links", [])}
        for pair in gold[doc_id]:
            ones = [c for c in claims if matches(claim_spans(c), pair.earlier)]
            others = [c for c in claims if matches(claim_spans(c), pair.later)]
            pairs = [sorted((a, b), key=lambda c: claim_spans(c)[0][0]) for a in ones for b in others if a is not b]
            if not pairs or any(frozenset((a["id"], b["id"])) in linked for a, b in pairs):
                continue
            nevers = [_never(doc, a, b, speakers, index, weights) for a, b in pairs]
            best = min(range(len(pairs)), key=lambda k: nevers[k] != CANDIDATE)
            a, b = pairs[best]
            rows.append({"id": doc_id, "earlier": list(pair.earlier), "later": list(pair.later),
                         "relation": pair.relation, "never": nevers[best],
                         "claims": [a["content_text"], b["content_text"]],
                         **_later_reads(doc, a, b, claims, speakers, index)})
    return rows


def _later_reads(doc: Any, a: Mapping[str, Any], b: Mapping[str, Any], claims: Sequence[Mapping[str, Any]],
                 speakers: Mapping[str, Any], index: DocIndex) -> dict[str, Any]:
    """What the later claim has toward the earlier (issue 13, twenty-third round): its act and act rule, a
    response cue, a negated main predicate, a main predicate (or a WordNet synonym) of the earlier with the
    opposite polarity and its core arguments aligned, whether the earlier names the later speaker or targets it,
    and how many claims stand between them."""
    er, lt = (read_claim(doc, c, speakers, index=index) for c in (a, b))
    same = [(p, q) for q in lt.propositions for p in er.propositions if same_predicate(p, q)]
    starts = sorted(claim_spans(c)[0][0] for c in claims)
    first, last = claim_spans(a)[0][0], claim_spans(b)[0][0]
    return {"act": b.get("act"), "act_rule": b.get("act_rule"), "cue": bool(lt.cues),
            "negated": any(q.negated for q in lt.propositions), "same_predicate": bool(same),
            "opposite_predicate": any(p.negated != q.negated for p, q in same),
            "opposite_aligned": any(p.negated != q.negated and arguments_aligned(p, q) for p, q in same),
            "named_in_earlier": not lt.party.names.isdisjoint(er.terms),
            "earlier_targets_later": bool(b.get("speaker")) and a.get("target_entity") == b.get("speaker"),
            "earlier_accuses": a.get("act") == "accuse",
            "between": sum(first < s < last for s in starts)}


_DENIAL_READS: tuple[tuple[str, str], ...] = (
    ("act deny", "deny"), ("a response cue", "cue"), ("a negated main predicate", "negated"),
    ("a main predicate (or a synonym) of the earlier", "same_predicate"),
    ("the same, the opposite polarity", "opposite_predicate"),
    ("the same, the opposite polarity, core arguments aligned", "opposite_aligned"),
    ("the earlier names the later speaker", "named_in_earlier"),
    ("the earlier's target entity is the later speaker", "earlier_targets_later"),
    ("the earlier accuses", "earlier_accuses"), ("the next claim", "next"))


def denials(rows: Sequence[Mapping[str, Any]], reading: Mapping[Any, list[Mapping[str, Any]]]) -> str:
    """The pairs the reading says deny the earlier statement: what the later claim has, for all of them and for
    the candidates (no never holds them), and its act and act rule."""
    read = [row for row, r in _paired(rows, reading) if r["does"] == "denies"]
    cand = [row for row in read if row["never"] == CANDIDATE]

    def has(row: Mapping[str, Any], key: str) -> bool:
        return row["act"] == "deny" if key == "deny" else row["between"] == 0 if key == "next" else bool(row[key])

    lines = [f"| the later claim of a marked denial has | all {len(read)} | candidates {len(cand)} |", "|---|---|---|"]
    lines += [f"| {name} | {sum(has(r, key) for r in read)} | {sum(has(r, key) for r in cand)} |"
              for name, key in _DENIAL_READS]
    acts = Counter(f"{r['act']} / {r['act_rule']}" for r in cand)
    lines += ["", "| the candidates' later act / act rule | pairs |", "|---|---|"]
    lines += [f"| {name} | {n} |" for name, n in acts.most_common()]
    return "\n".join(lines)


def _key(row: Mapping[str, Any]) -> tuple[str, tuple[int, ...], tuple[int, ...], str]:
    return row["id"], tuple(row["earlier"]), tuple(row["later"]), row["relation"]


def _paired(rows: Sequence[Mapping[str, Any]], reading: Mapping[Any, list[Mapping[str, Any]]]
            ) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Each missed pair with its reading: a pair two readers marked is missed once for each, and read once
    for each, in the same order."""
    seen: Counter[Any] = Counter()
    out = []
    for row in rows:
        key = _key(row)
        marks = reading.get(key, ())
        if seen[key] < len(marks):
            out.append((row, marks[seen[key]]))
        seen[key] += 1
    return out


def table(rows: Sequence[Mapping[str, Any]], reading: Mapping[Any, list[Mapping[str, Any]]]) -> str:
    nevers = Counter(r["never"] for r in rows)
    lines = [f"{len(rows)} missed marked pairs (one per pair and reading) with both statements extracted", "",
             "| what holds the pair back today | pairs |", "|---|---|"]
    lines += [f"| {name} | {n} |" for name, n in nevers.most_common()]
    read = _paired(rows, reading)
    if not read:
        return "\n".join(lines)
    cells = Counter((r["does"], r["stops"]) for _, r in read)
    does = Counter(r["does"] for _, r in read)
    stops = [s for s, _ in Counter(r["stops"] for _, r in read).most_common()]
    lines += ["", f"the reading ({len(read)} of the {len(rows)} pairs): what the later does x what stops the linker",
              "",
              "| does | all | disputes | supports | " + " | ".join(stops) + " |", "|---" * (len(stops) + 4) + "|"]
    for d, n in does.most_common():
        rel = Counter(row["relation"] for row, r in read if r["does"] == d)
        lines.append(f"| {d} | {n} | {rel['disputes']} | {rel['supports']} | "
                     + " | ".join(str(cells[(d, s)] or "") for s in stops) + " |")
    disagree = sum(r["stops"].startswith("never_") and row["never"] == CANDIDATE for row, r in read)
    lines += ["", f"reading says a never holds it, the linker reads none today: {disagree}"]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", default=str(POLNEAR), help="PolNeAR train JSONL (the articles' texts)")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--reading", default=str(READING), help="a reading of the missed pairs (does, stops)")
    parser.add_argument("--errors", action="store_true", help="also print every missed pair with its two claims")
    parser.add_argument("--denials", action="store_true", help="also what the later claim of each marked denial has")
    args = parser.parse_args()
    if not Path(args.texts).exists():
        print(f"no texts at {args.texts}", file=sys.stderr)
        return 2
    gold, held = dev_readings()
    rows = missed(claimex.load(), read_texts(args.texts, gold, held, False), gold, args.n_process)
    reading: dict[Any, list[Mapping[str, Any]]] = {}
    if Path(args.reading).exists():
        with open(args.reading, encoding="utf-8") as f:
            for r in map(json.loads, f):
                reading.setdefault(_key(r), []).append(r)
    print(table(rows, reading))
    if args.denials:
        print("\n" + denials(rows, reading))
    if args.errors:
        said = {id(row): r for row, r in _paired(rows, reading)}
        for row in rows:
            r = said.get(id(row), {})
            print(f"\n{row['id']} {row['relation']} {row['never']}: {r.get('does')}, {r.get('stops')}")
            print("   earlier:", row["claims"][0][:200])
            print("   later:  ", row["claims"][1][:200])
    return 0


if __name__ == "__main__":
    sys.exit(main())
