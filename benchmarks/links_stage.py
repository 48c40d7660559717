"""The links stage alone, against the same stage of another commit: same output? how much time?

    .venv/bin/python benchmarks/links_stage.py --against main --check --limit 200   # every link, every claim
    .venv/bin/python benchmarks/links_stage.py --against main --limit 120 --repeat 7  # CPU ms a document
    .venv/bin/python benchmarks/links_stage.py --limit 120 --profile                  # where the time goes
    .venv/bin/python benchmarks/links_stage.py --bench-corpus --against main         # claimex bench's corpus
    .venv/bin/python benchmarks/links_stage.py --compare OURS.jsonl MAIN.jsonl       # two `claimex extract -o`

PolNeAR articles (``../shared/data/polnear/train.jsonl``) are parsed once, with the pipeline up to
``claimex_claims``; the links stage then runs on them again and again. With ``--against REF`` the links
package of the commit ``REF`` (every module of ``src/claimex/pipeline/links/``, read with ``git show``; the
rest of the package is this checkout's) is loaded beside this checkout's, in the same process:

* ``--check`` reads every claim with both (``read_claim``) and compares every field of the features,
  those read on first use too (terms, words, echoes ...); then runs both stages on every document and
  compares every link (source, target, relation, score, evidence: the whole record with the order of its
  keys), the order of the links, and the claims and error records the stage leaves (which it must not
  change);
* otherwise both are timed in turn on each group of 5 documents, alternating which goes first, in
  ``--repeat`` passes over all the documents (CPU time of this process); the figures are the medians of
  the passes, and of their ratios, so that a slow spell of a shared machine falls on both. The passes
  repeat the same documents, so claimex's caches (names, WordNet look-ups, parties) answer from the first
  pass on, as in a long run over documents that share names; ``--cold`` empties them before each group of
  5 documents (the other extreme: a cold start every 5 documents).

Before each run the document's token table is dropped and made again (which reads its columns), and what the
earlier stages had read of it on first use when the document was parsed is read again (kept with the document
under :data:`_READ_BEFORE`), so the table is as the links stage finds it in the pipeline: what the stage
reads first of it is its own cost, and a stage that ran first leaves nothing for the other.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from profile_stages import profile_report  # benchmarks/ is the script's directory, first on sys.path
from spacy.tokens import Doc
from stage_docs import parsed_docs, stage_arguments

import claimex
import claimex.pipeline.links as this_package
from claimex.extensions import RAW, raw
from claimex.pipeline.tokens import TokenTable, hand_on

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "src/claimex/pipeline/links"
#: Documents timed in one go before the other stage takes its turn on them.
_CHUNK = 5
#: ``doc.user_data`` key of the token table's columns the quotes, speakers and claims stages had read of
#: the document when the links stage would have run (they differ from document to document)
_READ_BEFORE = "links_stage.read_before"


def load_stage_of(ref: str, keep: Path) -> ModuleType:
    """The links package of commit ``ref``, loaded as ``claimex.pipeline._ref_links`` from files written
    under ``keep`` (its factory renamed so that it does not clash with this one's)."""
    names = subprocess.run(["git", "ls-tree", "--name-only", f"{ref}:{PACKAGE}"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.split()
    folder = keep / "_ref_links"
    folder.mkdir()
    for name in names:
        if not name.endswith(".py"):
            continue
        source = subprocess.run(["git", "show", f"{ref}:{PACKAGE}/{name}"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout
        factory = '@Language.factory(\n    "claimex_links'
        source = source.replace(f'{factory}",', f'{factory}_ref",')
        (folder / name).write_text(source, encoding="utf-8")
    full = "claimex.pipeline._ref_links"
    spec = importlib.util.spec_from_file_location(full, folder / "__init__.py",
                                                  submodule_search_locations=[str(folder)])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[full] = module
    spec.loader.exec_module(module)
    return module


def parsed(limit: int, cache: Path | None, nlp: Any, bench: bool = False) -> list[Doc]:
    """``limit`` PolNeAR articles (with ``bench``: ``claimex bench``'s default corpus) through the pipeline up
    to ``claimex_claims`` (from ``cache`` if there)."""
    return parsed_docs(nlp, limit, cache, bench=bench, disable=("claimex_links",), prepare=_as_before_links)


def _as_before_links(doc: Doc) -> None:
    """Note the token table's columns read before the links stage, then forget the table."""
    doc.user_data[_READ_BEFORE] = TokenTable.of(doc).read_on_first_use()  # the others: read when it is made
    TokenTable.forget(doc)
    doc._.set(RAW, json.loads(json.dumps(raw(doc))))


def restore(docs: list[Doc]) -> None:
    """Each document as the links stage finds it in the pipeline: no links, the table with the columns
    the earlier stages read."""
    for doc in docs:
        raw(doc).pop("links", None)
        TokenTable.forget(doc)
        table = TokenTable.of(doc)
        for column in doc.user_data[_READ_BEFORE]:
            getattr(table, column)


#: the smallest ``functools`` cache emptied by :func:`clear_caches`: the caches of words and names (the
#: loaders of the WordNet table and the models, read once a process, are kept)
_WORD_CACHE = 1024


def clear_caches() -> None:
    """Empty the word and name caches of claimex's modules (both packages': names, WordNet look-ups,
    parties), so that a run starts cold, as on the first documents of a process."""
    for name, module in list(sys.modules.items()):
        if name.startswith("claimex"):
            for value in list(vars(module).values()):
                info = getattr(value, "cache_info", None)
                if callable(info) and (info().maxsize or 0) >= _WORD_CACHE:
                    value.cache_clear()


def run(stage: Any, docs: list[Doc]) -> float:
    start = time.process_time()
    for doc in docs:
        stage(doc)
    return time.process_time() - start


def _left(doc: Doc) -> dict[str, Any]:
    """What the stage leaves in the document's record, as JSON would write it."""
    return json.loads(json.dumps(raw(doc)))


#: what :func:`features_differ` skips: the shared per-document objects (not the claim's features)
_SHARED_FIELDS = frozenset({"tokens", "index"})
#: the features read on first use, compared too
_LAZY = ("terms", "words", "echoes", "rebuts", "linkable")


def _plain(value: Any) -> Any:
    """``value`` with every dataclass made a tuple of its fields (the two packages' classes differ)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(_plain(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, tuple | list):
        return tuple(map(_plain, value))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def features_differ(docs: list[Doc], ours: ModuleType, theirs: ModuleType) -> int:
    """Read every claim of every document with both packages' ``read_claim`` and compare every field of
    the features (and the ones read on first use); returns how many claims differ."""
    n = differ = 0
    for d, doc in enumerate(docs):
        restore([doc])
        data = raw(doc)
        claims = data.get("claims", [])
        if not claims or not all(c.get("act") for c in claims):
            continue
        speakers = {s["id"]: s for s in data.get("speakers", ())}
        index_a, index_b = ours.DocIndex.build(doc), theirs.DocIndex.build(doc)
        for claim in claims:
            n += 1
            a = ours.read_claim(doc, claim, speakers, index=index_a)
            b = theirs.read_claim(doc, claim, speakers, index=index_b)
            names = [f for f in a.__dataclass_fields__ if f not in _SHARED_FIELDS and not f.startswith("_")]
            diffs = [f for f in (*names, *_LAZY) if _plain(getattr(a, f)) != _plain(getattr(b, f))]
            if diffs:
                differ += 1
                if differ <= 20:
                    print(f"doc {d} claim {claim.get('id')}: features differ in {', '.join(diffs)}")
    print(f"features {'identical' if not differ else 'DIFFERENT'} on {n - differ} of {n} claims")
    return differ


def check(docs: list[Doc], ours: Any, theirs: Any) -> int:
    """Compare the records both stages leave, document by document; returns the documents that differ."""
    before = [_left(doc) for doc in docs]
    restore(docs)
    for doc in docs:
        theirs(doc)
    expected = [_left(doc) for doc in docs]
    restore(docs)
    for doc in docs:
        ours(doc)
    links = differ = 0
    for d, (doc, want, was) in enumerate(zip(docs, expected, before, strict=True)):
        got = _left(doc)
        links += len(want.get("links", ()))
        problems = []
        if got.get("links") != want.get("links"):
            a, b = got.get("links") or [], want.get("links") or []
            problems.append(f"links {len(b)} -> {len(a)}: " + "; ".join(
                f"{y} -> {x}" for x, y in zip(a + [None] * len(b), b + [None] * len(a), strict=False) if x != y)[:600])
        for key in sorted({*got, *was} - {"links"}):
            if got.get(key) != was.get(key):
                problems.append(f"{key} changed by the stage")
        if json.dumps(got) != json.dumps(want):  # the keys' order too
            problems.append("record differs from the reference's (keys or their order)")
        if problems:
            differ += 1
            if differ <= 20:
                print(f"doc {d}: " + " | ".join(problems))
    errors = sum(bool(raw(doc).get("errors")) for doc in docs)
    print(f"{'identical' if not differ else 'DIFFERENT'} on {len(docs) - differ} of {len(docs)} documents "
          f"({links} links of the reference; {sum(len(r.get('claims', ())) for r in before)} claims; "
          f"{errors} with an error record)")
    return differ


def compare_files(ours: Path, ref: Path) -> int:
    """Compare two ``claimex extract`` outputs line by line: every link and every claim (all their fields),
    then the whole record; returns how many records differ."""
    with ours.open(encoding="utf-8") as a, ref.open(encoding="utf-8") as b:
        got, want = [json.loads(line) for line in a], [json.loads(line) for line in b]
    if len(got) != len(want):
        print(f"DIFFERENT: {len(got)} records against {len(want)}")
        return max(len(got), len(want))
    differ = links = claims = 0
    for x, y in zip(got, want, strict=True):
        links += len(y.get("links") or ())
        claims += len(y.get("claims") or ())
        parts = [k for k in ("links", "claims") if x.get(k) != y.get(k)]
        if not parts and json.dumps(x) != json.dumps(y):
            parts = ["record"]
        if parts:
            differ += 1
            if differ <= 20:
                print(f"{y.get('id')}: {', '.join(parts)} differ")
    print(f"{'identical' if not differ else 'DIFFERENT'} on {len(got) - differ} of {len(got)} records "
          f"({claims} claims and {links} links in {ref})")
    return differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    stage_arguments(parser, "links", limit=120)
    parser.add_argument("--cold", action="store_true",
                        help="empty claimex's caches before each group of documents (the passes repeat the same "
                             "documents: without it the caches answer from the first pass on)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OURS", "REF"),
                        help="compare two `claimex extract -o` outputs (every claim and link) and stop")
    args = parser.parse_args()
    if args.compare:
        return 1 if compare_files(*args.compare) else 0

    nlp = claimex.load()
    ours = nlp.get_pipe("claimex_links")
    docs = parsed(args.limit, args.cache, nlp, bench=args.bench_corpus)
    print(f"{len(docs)} documents, {sum(len(raw(d).get('claims', ())) for d in docs)} claims; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as keep:
        theirs = None
        if args.against:
            module = load_stage_of(args.against, Path(keep))
            theirs = module.ClaimLinker(weights=module.load_weights())
            hand_on(theirs, followed=False)  # as in the pipeline: the last stage
        if args.check:
            if theirs is None:
                parser.error("--check needs --against")
            differ = features_differ(docs, this_package, module)
            return 1 if check(docs, ours, theirs) or differ else 0
        if args.profile:
            restore(docs)
            print(profile_report(ours, docs, args.top))
            return 0
        return timing(docs, {"this checkout": ours, **({args.against: theirs} if theirs is not None else {})},
                      args.repeat, args.against, cold=args.cold)


def timing(docs: list[Doc], stages: dict[str, Any], repeat: int, against: str | None, *, cold: bool = False) -> int:
    for stage in stages.values():  # warm up: lexicons, caches
        restore(docs)
        run(stage, docs)
    totals: dict[str, list[float]] = {name: [] for name in stages}
    chunks = [range(k, min(k + _CHUNK, len(docs))) for k in range(0, len(docs), _CHUNK)]
    for r in range(repeat):  # in turn on each chunk of documents, which goes first alternating
        spent = dict.fromkeys(stages, 0.0)
        for c, chunk in enumerate(chunks):
            part = [docs[i] for i in chunk]
            order = list(stages.items()) if (r + c) % 2 == 0 else list(reversed(stages.items()))
            for name, stage in order:
                restore(part)
                if cold:
                    clear_caches()
                spent[name] += run(stage, part)
        for name in stages:
            totals[name].append(spent[name])
    for name, runs in totals.items():
        print(f"{name:>20}: {1000 * statistics.median(runs) / len(docs):.3f} CPU ms a document (median of "
              f"{repeat} passes; fastest {1000 * min(runs) / len(docs):.3f})")
    if against is not None:
        ratios = [a / b for a, b in zip(totals["this checkout"], totals[against], strict=True)]
        ratio = statistics.median(ratios)
        print(f"this checkout / {against}: {ratio:.3f} ({100 * (ratio - 1):+.1f}%; median of the passes' "
              f"ratios, which range {min(ratios):.3f}-{max(ratios):.3f})")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
