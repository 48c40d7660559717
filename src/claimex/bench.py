"""Throughput of claimex against the bare spaCy parse it runs on: ``claimex bench``.

In one process, over the same texts:

* **bare**: the spaCy pipeline claimex loads, with every ``claimex_*`` component disabled;
* **full**: the whole claimex pipeline (``claimex_paragraphs`` before the parser, the four stages after);
* **textacy**: ``textacy.extract.triples.direct_quotations`` over the bare parse (the baseline);
* **stages**: the time each claimex stage takes within the full runs, per document as ``nlp.pipe``
  runs it;
* **n_process**: :func:`claimex.extract_many` with 1, 2, ... worker processes (parse and stages);
* **memory**: the peak resident set size of this process and of its worker processes.

The corpus is assembled from text files (``data/samples/`` by default) plus generated variations
(paragraphs shuffled, person names replaced) until it has ``min_paragraphs`` paragraphs, and/or from
JSONL files such as PolNeAR. Nothing here asserts a timing: it measures and reports.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import platform
import random
import re
import resource
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .about import __version__
from .errors import InputError

log = logging.getLogger(__name__)

#: Where the sample articles live in a checkout of the repository.
SAMPLES_DIR = Path("data/samples")
#: PolNeAR's train compartment, beside the repository (not part of it).
POLNEAR_PATH = Path("../shared/data/polnear/train.jsonl")
#: Paragraphs the assembled corpus has at least (ISSUE 4: n_process on at least 1,000 paragraphs).
MIN_PARAGRAPHS = 1000
#: The claimex stages whose time is reported one by one, in pipeline order.
STAGES: tuple[str, ...] = ("claimex_quotes", "claimex_speakers", "claimex_claims", "claimex_links")
#: Names put in place of the people of a sample article in its generated variations.
REPLACEMENT_NAMES: tuple[str, ...] = (
    "Maria Lopez", "John Okafor", "Aiko Tanaka", "Pierre Dubois", "Fatima Hassan", "Lars Nilsson",
    "Ana Pereira", "David Cohen", "Mei Chen", "Ivan Petrov", "Grace Mensah", "Omar Haddad",
)
_WORD = re.compile(r"\S+")


def count_words(text: str) -> int:
    """White-space separated words: the unit of the words-per-second figures."""
    return len(_WORD.findall(text))


def count_paragraphs(text: str) -> int:
    """Non-blank lines (news paragraphs)."""
    return sum(1 for line in text.split("\n") if line.strip())


# ------------------------------------------------------------------------------------------------
# The corpus


@dataclass
class Corpus:
    """The benchmark texts and where they came from."""

    texts: list[str]
    sources: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(count_words(t) for t in self.texts)

    @property
    def paragraphs(self) -> int:
        return sum(count_paragraphs(t) for t in self.texts)

    def describe(self) -> dict[str, Any]:
        return {"docs": len(self.texts), "paragraphs": self.paragraphs, "words": self.words,
                "chars": sum(len(t) for t in self.texts), "sources": self.sources}


def read_texts(path: str | Path, *, text_field: str = "text", limit: int | None = None) -> list[str]:
    """The texts of a JSONL file (``text_field`` of each line) or a text file (one document)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} does not exist")
    if path.suffix not in (".jsonl", ".ndjson"):
        return [path.read_text(encoding="utf-8")]
    out: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(out) >= limit:
                break
            if line.strip():
                value = json.loads(line).get(text_field)
                if isinstance(value, str) and value.strip():
                    out.append(value)
    return out


def person_names(nlp: Language, text: str) -> list[str]:
    """The multi-word PERSON entities of ``text`` (by the pipeline's NER), longest first."""
    if "ner" not in nlp.pipe_names:
        return []
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if not n.startswith("claimex_")]):
        doc = nlp(text)
    names = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e.text.split()) > 1}
    return sorted(names, key=len, reverse=True)


def vary(text: str, rng: random.Random, names: Sequence[str] = ()) -> str:
    """A variation of an article: body paragraphs shuffled (the headline stays first) and each of
    ``names`` (and its surname alone) replaced by a name from :data:`REPLACEMENT_NAMES`."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    head, body = paragraphs[:1], paragraphs[1:]
    rng.shuffle(body)
    out = "\n\n".join(head + body) + "\n"
    for name in names:
        new = rng.choice(REPLACEMENT_NAMES)
        out = re.sub(rf"\b{re.escape(name)}\b", new, out)
        out = re.sub(rf"\b{re.escape(name.split()[-1])}\b", new.split()[-1], out)
    return out


def build_corpus(nlp: Language, inputs: Iterable[str | Path] = (), *, min_paragraphs: int = MIN_PARAGRAPHS,
                 limit: int | None = None, seed: int = 0) -> Corpus:
    """The benchmark corpus.

    Args:
        nlp: a pipeline whose NER finds the names to replace in variations.
        inputs: text and JSONL files; none: the ``*.txt`` files of ``data/samples/``.
        min_paragraphs: text-file articles are repeated as variations until the corpus has this
            many paragraphs (JSONL corpora are used as they are).
        limit: at most this many documents from each JSONL file.
        seed: the seed of the variations.

    Raises:
        InputError: no input and no ``data/samples/`` directory, or an input that does not exist.
    """
    paths = [Path(p) for p in inputs]
    if not paths:
        if not SAMPLES_DIR.is_dir():
            raise InputError(f"no input files and no {SAMPLES_DIR}/ here: pass INPUT files (text or JSONL) "
                             "or run from the root of the claimex repository")
        paths = sorted(SAMPLES_DIR.glob("*.txt"))
    corpus = Corpus([])
    articles: list[str] = []
    for path in paths:
        texts = read_texts(path, limit=limit)
        corpus.sources.append(f"{path} ({len(texts)} docs)")
        if path.suffix in (".jsonl", ".ndjson"):
            corpus.texts.extend(texts)
        else:
            articles.extend(texts)
    corpus.texts.extend(articles)
    if articles:
        rng = random.Random(seed)
        names = [person_names(nlp, a) for a in articles]
        generated = 0
        while corpus.paragraphs < min_paragraphs:
            i = generated % len(articles)
            corpus.texts.append(vary(articles[i], rng, names[i]))
            generated += 1
        if generated:
            corpus.sources.append(f"{generated} generated variations (shuffled paragraphs, renamed people)")
    if not corpus.texts:
        raise InputError("the benchmark inputs hold no text")
    return corpus


# ------------------------------------------------------------------------------------------------
# Measuring


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MiB (``ru_maxrss`` is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(who).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _rate(words: int, seconds: float) -> float:
    return round(words / seconds, 1) if seconds > 0 else 0.0


@dataclass
class Clock:
    """Wall-clock and CPU seconds of this process (CPU time is steadier on a busy machine)."""

    wall: float = 0.0
    cpu: float = 0.0

    @classmethod
    def of(cls, run: Callable[[], Any]) -> tuple[Clock, Any]:
        wall, cpu = time.perf_counter(), time.process_time()
        value = run()
        return cls(time.perf_counter() - wall, time.process_time() - cpu), value

    def best(self, other: Clock) -> Clock:
        return Clock(min(self.wall, other.wall), min(self.cpu, other.cpu))

    def __add__(self, other: Clock) -> Clock:
        return Clock(self.wall + other.wall, self.cpu + other.cpu)

    def to_dict(self, words: int, docs: int) -> dict[str, float]:
        return {"seconds": round(self.wall, 3), "cpu_seconds": round(self.cpu, 3),
                "words_per_s": _rate(words, self.wall), "words_per_s_cpu": _rate(words, self.cpu),
                "ms_per_doc_cpu": round(1000 * self.cpu / max(1, docs), 3)}


def load_average() -> float | None:
    import os

    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def claimex_pipes(nlp: Language) -> list[str]:
    return [n for n in nlp.pipe_names if n.startswith("claimex_")]


def textacy_quotes(docs: Sequence[Doc], direct_quotations: Callable[[Doc], Iterable[Any]]) -> tuple[int, int]:
    """textacy's ``direct_quotations`` over parsed docs: (quotes found, docs on which it raised)."""
    found = failed = 0
    for doc in docs:
        try:
            found += sum(1 for _ in direct_quotations(doc))
        except ValueError:  # textacy raises on an odd number of quote marks
            failed += 1
    return found, failed


def run_bench(nlp: Language, corpus: Corpus, *, n_processes: Sequence[int] = (1, 2), batch_size: int = 32,
              repeat: int = 1, warmup: int = 3) -> dict[str, Any]:
    """Measure everything :func:`format_table` prints; returns the report as a JSON-ready dict.

    Args:
        nlp: a pipeline from :func:`claimex.load` (the bare pipeline is the same with claimex disabled).
        corpus: the texts.
        n_processes: worker counts for the :func:`claimex.extract_many` rows.
        batch_size: spaCy batch size.
        repeat: bare and full timings are the fastest of this many runs; the stages are timed within
            the full runs, and those of the fastest one are reported.
        warmup: documents run through the full pipeline first (lazy imports, first-call set-up).
    """
    from .api import extract_many

    texts = corpus.texts
    words = corpus.words
    ours = claimex_pipes(nlp)
    spacy_pipes = [n for n in nlp.pipe_names if n not in ours]
    for _ in nlp.pipe(texts[:warmup]):
        pass

    def parse_bare() -> list[Doc]:
        with nlp.select_pipes(disable=ours):
            return list(nlp.pipe(texts, batch_size=batch_size))

    pipes = [(name, nlp.get_pipe(name)) for name in STAGES if name in nlp.pipe_names]

    def parse_full() -> tuple[list[Doc], dict[str, Clock]]:
        spent = {name: Clock() for name, _ in pipes}
        with _timing_stages(pipes, spent):
            return list(nlp.pipe(texts, batch_size=batch_size)), spent

    load_before = load_average()
    # bare and full alternate, so that a machine that slows down or speeds up during the run weighs
    # on both alike; each keeps its fastest run, and the stage times are those of the fastest full run
    stages: dict[str, Clock] = {}
    bare = full = Clock(float("inf"), float("inf"))
    for _ in range(max(1, repeat)):
        clock, bare_docs = Clock.of(parse_bare)
        bare = bare.best(clock)
        clock, (docs, spent) = Clock.of(parse_full)
        if clock.cpu < full.cpu:
            stages = spent
        full = full.best(clock)
        found = sum(len((d._.get("claimex") or {}).get("claims", ())) for d in docs)
        del docs  # as before the next run: results do not pile up
    rss_single = peak_rss_mb()

    scaling: dict[str, dict[str, float]] = {}
    for n in n_processes:
        run = functools.partial(extract_many, texts, nlp=nlp, n_process=n, batch_size=batch_size)
        clock, count = Clock.of(functools.partial(_count, run))
        assert count == len(texts)
        scaling[str(n)] = {"seconds": round(clock.wall, 3), "words_per_s": _rate(words, clock.wall)}
    first = scaling[str(n_processes[0])]["seconds"] if n_processes else 0.0
    for row in scaling.values():
        row["speedup"] = round(first / row["seconds"], 2) if row["seconds"] else 0.0

    rss = peak_rss_mb()  # before textacy, whose imports are not claimex's memory

    # textacy last: importing it brings in SciPy, scikit-learn and pandas, whose objects would make
    # every later garbage collection of this process slower than claimex alone makes it
    from textacy.extract.triples import direct_quotations  # imported before the clock starts (2 s)

    textacy, (textacy_found, textacy_failed) = Clock.of(lambda: textacy_quotes(bare_docs, direct_quotations))
    bare_docs.clear()

    ours_total = sum(stages.values(), Clock())
    n_docs = len(texts)
    return {
        "claimex_version": __version__,
        "model": f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}",
        "spacy_pipes": spacy_pipes,
        "claimex_pipes": ours,
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {_cpus()} CPUs",
        "load_average": [load_before, load_average()],
        "batch_size": batch_size,
        "repeat": repeat,
        "corpus": corpus.describe(),
        "bare": bare.to_dict(words, n_docs),
        "full": {**full.to_dict(words, n_docs), "claims": found},
        "ratio": round(bare.wall / full.wall, 3) if full.wall else 0.0,
        "ratio_cpu": round(bare.cpu / full.cpu, 3) if full.cpu else 0.0,
        "textacy": {**textacy.to_dict(words, n_docs), "quotes": textacy_found, "docs_failed": textacy_failed,
                    "words_per_s_with_parse": _rate(words, (bare + textacy).wall)},
        "stages": {name: {**clock.to_dict(words, n_docs), "share_of_parse_cpu": _share(clock.cpu, bare.cpu)}
                   for name, clock in stages.items()},
        "claimex_stages": {**ours_total.to_dict(words, n_docs),
                           "share_of_parse_cpu": _share(ours_total.cpu, bare.cpu)},
        "n_process": scaling,
        "memory": {"peak_rss_mb": rss, "peak_rss_mb_single_process": rss_single,
                   "peak_rss_mb_workers": peak_rss_mb(resource.RUSAGE_CHILDREN)},
    }


def _count(make: Callable[[], Iterable[Any]]) -> int:
    return sum(1 for _ in make())


@contextlib.contextmanager
def _timing_stages(pipes: Sequence[tuple[str, Any]], spent: dict[str, Clock]) -> Iterator[None]:
    """Within the block, each of the claimex ``pipes`` adds the time it spends on every document to
    ``spent[name]``, as ``nlp.pipe`` runs it (its ``pipe`` method is wrapped, then restored)."""

    def timed(name: str, component: Callable[[Doc], Doc]) -> Callable[..., Iterator[Doc]]:
        clock = spent[name]
        wall_clock, cpu_clock = time.perf_counter, time.process_time

        def pipe(docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
            for doc in docs:
                wall, cpu = wall_clock(), cpu_clock()
                doc = component(doc)
                clock.wall += wall_clock() - wall
                clock.cpu += cpu_clock() - cpu
                yield doc

        return pipe

    for name, component in pipes:
        component.pipe = timed(name, component)  # shadows the method on this instance
    try:
        yield
    finally:
        for _, component in pipes:
            delattr(component, "pipe")


def _share(part: float, whole: float) -> float:
    return round(part / whole, 4) if whole else 0.0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


# ------------------------------------------------------------------------------------------------
# Reporting


def format_table(report: dict[str, Any]) -> str:
    """The report as a plain-text table (what ``claimex bench`` prints)."""
    c = report["corpus"]
    load = ", ".join("?" if x is None else f"{x:.1f}" for x in report.get("load_average", ()))
    lines = [
        f"claimex {report['claimex_version']} bench: {report['model']} ({', '.join(report['spacy_pipes'])}), "
        f"Python {report['python']}, {report['machine']}, load average {load}",
        f"corpus: {c['docs']} docs, {c['paragraphs']:,} paragraphs, {c['words']:,} words; "
        f"batch size {report['batch_size']}, best of {report['repeat']}",
        "",
        f"{'run':<32} {'wall s':>8} {'CPU s':>8} {'words/s':>9} {'words/CPU s':>12} {'CPU ms/doc':>11} "
        f"{'% of parse':>10}",
    ]
    rule = "-" * len(lines[-1])
    lines.append(rule)

    def row(name: str, r: dict[str, Any], share: float | None) -> None:
        pct = f"{100 * share:.1f}" if share is not None else ""
        lines.append(f"{name:<32} {r['seconds']:>8.3f} {r['cpu_seconds']:>8.3f} {r['words_per_s']:>9,.0f} "
                     f"{r['words_per_s_cpu']:>12,.0f} {r['ms_per_doc_cpu']:>11.2f} {pct:>10}")

    bare, full = report["bare"], report["full"]
    row("(a) bare spaCy pipeline", bare, 1.0)
    row("(b) full claimex pipeline", full, _share(full["cpu_seconds"], bare["cpu_seconds"]))
    row("(c) textacy direct_quotations", report["textacy"], _share(report["textacy"]["cpu_seconds"],
                                                                    bare["cpu_seconds"]))
    for name, st in report["stages"].items():
        row(f"    {name}", st, st["share_of_parse_cpu"])
    row("    claimex stages together", report["claimex_stages"], report["claimex_stages"]["share_of_parse_cpu"])
    lines.append(rule)
    tx = report["textacy"]
    lines.append(f"ratio b/a (words per second, full / bare): {report['ratio']:.3f} wall, "
                 f"{report['ratio_cpu']:.3f} CPU")
    lines.append(f"claims found: {full['claims']:,}; textacy direct quotations: {tx['quotes']:,} "
                 f"(raised on {tx['docs_failed']} docs); (c) times textacy alone, on the parse of (a)")
    lines.append("")
    lines.append(f"{'extract_many (wall)':<32} {'seconds':>8} {'words/s':>9} {'speedup':>8}")
    for n, sc in report["n_process"].items():
        lines.append(f"{'n_process=' + n:<32} {sc['seconds']:>8.3f} {sc['words_per_s']:>9,.0f} "
                     f"{sc['speedup']:>8.2f}")
    m = report["memory"]
    lines.append("")
    lines.append(f"peak RSS: {m['peak_rss_mb']:,.1f} MiB this process "
                 f"({m['peak_rss_mb_single_process']:,.1f} MiB before the n_process runs), "
                 f"{m['peak_rss_mb_workers']:,.1f} MiB largest worker")
    return "\n".join(lines)


def command(args: Any) -> int:
    """``claimex bench``: build the corpus, measure, print the table, write ``--json``."""
    from .api import load
    from .io import atomic_writer

    nlp = load(args.model, disable=tuple(args.exclude or ()))
    inputs = list(args.inputs)
    if args.polnear:
        inputs.append(args.polnear)
    corpus = build_corpus(nlp, inputs, min_paragraphs=args.min_paragraphs, limit=args.limit)
    log.info("benchmark corpus: %s", corpus.describe())
    report = run_bench(nlp, corpus, n_processes=tuple(args.n_process), batch_size=args.batch_size,
                       repeat=args.repeat)
    report["excluded"] = list(args.exclude or ())
    sys.stdout.write(format_table(report) + "\n")
    if args.json:
        with atomic_writer(args.json) as out:
            json.dump(report, out, indent=1)
            out.write("\n")
    return 0


def add_arguments(parser: Any) -> None:
    """The options of ``claimex bench`` (an ``argparse`` subparser)."""
    parser.add_argument("inputs", nargs="*", metavar="INPUT",
                        help=f"text or JSONL files (default: the *.txt of {SAMPLES_DIR}/ and variations)")
    parser.add_argument("--polnear", nargs="?", const=str(POLNEAR_PATH), metavar="PATH",
                        help=f"also the PolNeAR JSONL (default path: {POLNEAR_PATH})")
    parser.add_argument("--limit", type=int, help="at most N documents from each JSONL input")
    parser.add_argument("--min-paragraphs", type=int, default=MIN_PARAGRAPHS,
                        help=f"repeat text articles as variations up to this many paragraphs ({MIN_PARAGRAPHS})")
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2], metavar="N",
                        help="worker counts for the extract_many rows (default: 1 2)")
    parser.add_argument("--model", help="spaCy pipeline name or path (default as for extract)")
    parser.add_argument("--exclude", nargs="+", metavar="PIPE",
                        help="spaCy components to leave out, e.g. --exclude ner (the fast configuration)")
    parser.add_argument("--batch-size", type=int, default=32, help="documents per spaCy batch")
    parser.add_argument("--repeat", type=int, default=1, help="report the fastest of N runs (default 1)")
    parser.add_argument("--json", metavar="OUT", help="also write the report as JSON")
