"""The claims stage alone, against the same stage of another commit: same output? how much time?

    .venv/bin/python benchmarks/claims_stage.py --against main --check --limit 200   # every claim field
    .venv/bin/python benchmarks/claims_stage.py --against main --limit 80 --repeat 7  # CPU ms a document
    .venv/bin/python benchmarks/claims_stage.py --limit 80 --profile                  # where the time goes
    .venv/bin/python benchmarks/claims_stage.py --limit 80 --by-rule                  # each act rule's cost
    .venv/bin/python benchmarks/claims_stage.py --limit 200 --by-family               # each rule family's cost
    .venv/bin/python benchmarks/claims_stage.py --limit 200 --by-family --against main  # ... beside main's
    .venv/bin/python benchmarks/claims_stage.py --bench-corpus --against main         # claimex bench's corpus
    .venv/bin/python benchmarks/claims_stage.py --against main --limit 40 --instructions --cache /tmp/pn40.spacy

PolNeAR articles (``../shared/data/polnear/train.jsonl``) are parsed once, with the pipeline up to
``claimex_speakers``; the claims stage then runs on copies of what the speakers stage left. With
``--against REF`` the claims stage of the commit ``REF`` (its ``claims.py``, ``acts.py``, ``targets.py``
and ``claim_model.py``, read with ``git show``; the rest of the package is this checkout's) is loaded
beside this checkout's, in the same process:

* ``--check`` runs both on every document and compares the fields of every claim (act, act_rule,
  polarity, hedged, target, target_text, target_entity, target_name, stance, stance_source, the
  analysis the links stage reads, and the whole record with the order of its keys);
* otherwise both are timed in turn on each group of 5 documents, alternating which goes first, in
  ``--repeat`` passes over all the documents (CPU time of this process); the figures are the medians of
  the passes, and of their ratios, so that a slow spell of a shared machine falls on both.

* with ``--instructions``, each stage runs once over all the documents under valgrind's callgrind, with
  the instrumentation on for that stage alone (``callgrind_control``), and the instructions it executed
  are printed: a count that does not move with the load of a shared machine (CPU time moves by 10-20%),
  repeatable to 0.1% (``PYTHONHASHSEED`` fixed). Instructions are not time (memory stalls are not in
  them), but two versions of the stage on the same documents differ by the work their code does. Needs
  ``valgrind`` and ``--cache`` (the documents are parsed first, outside valgrind); about a minute for 40
  documents.

* with ``--by-rule``, each act rule of the decision list (``acts.ACT_RULES``) is timed alone on every
  statement that has a content (``--repeat`` passes; the content's valences and named agent read first, as
  an earlier rule leaves them), with how many statements the decision list brings to it and how many it
  decides: which rules run for every claim but decide the act of few.

* with ``--by-family``, the stage runs ``--repeat`` times over all the documents with each rule family's entry
  point (:data:`FAMILIES`: the statement and its polarity, the act rules, hedging, the target ranker and its
  parts, the stance ...) wrapped in a CPU timer: the share of the stage each family takes, inclusive of what it
  calls, with its calls a pass (the timers' own cost, a few hundred nanoseconds a call, is in the figures);
  with ``--against``, the stage of ``REF`` too, both in each pass (which goes first alternating), each with its
  own modules' entry points timed: the shares before and after a change, in one process.

The token table the stages share is built before timing, as the quotes stage builds it in the pipeline, with
the columns the quotes and speakers stages read; what the claims stage reads first of it (the entities) is
dropped before each pass, so that it is timed as often as the stage runs.
"""

from __future__ import annotations

import argparse
import copy
import gc
import importlib.util
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any, Final

from profile_stages import profile_report  # benchmarks/ is the script's directory, first on sys.path
from spacy.tokens import Doc
from stage_docs import parsed_docs, stage_arguments

import claimex
from claimex.extensions import raw
from claimex.pipeline.tokens import TokenTable, hand_on

ROOT = Path(__file__).resolve().parent.parent
#: The claim fields compared by --check (public), then the private analysis keys the links stage reads.
FIELDS = ("act", "act_rule", "polarity", "hedged", "target", "target_text", "target_entity", "target_name",
          "stance", "stance_source")
PRIVATE = ("_content", "_act_root", "_target_root", "_target_tokens", "_negations", "_hedges", "_stance_source",
           "_predicates")
_MODULES = ("claim_model", "acts", "targets", "claims")
#: Documents timed in one go before the other stage takes its turn on them.
_CHUNK = 5
#: The token table's columns already read when the claims stage runs in the pipeline (``entities``, which only
#: the claims stage reads, is not).
_READ_BEFORE = ("children", "dep", "end", "ent_type", "ents", "head", "idx", "is_alpha", "is_punct", "is_space",
                "lemma", "lower", "pos", "sentence_ends", "text")



def _ref_imports(match: re.Match[str]) -> str:
    """``from . import acts, targets`` -> ``from . import _ref_acts as acts, _ref_targets as targets`` (for
    the modules of :data:`_MODULES`; the others stay this checkout's)."""
    names = [n.strip() for n in match.group(1).split(",")]
    return "from . import " + ", ".join(f"_ref_{n} as {n}" if n in _MODULES else n for n in names)


def load_stage_of(ref: str) -> ModuleType:
    """The ``claims`` module of commit ``ref``, loaded as ``claimex.pipeline._ref_claims`` (with its own
    ``acts``, ``targets`` and ``claim_model``, and its factory renamed so that it does not clash with this
    one's)."""
    loaded: dict[str, ModuleType] = {}
    for name in _MODULES:
        source = subprocess.run(["git", "show", f"{ref}:src/claimex/pipeline/{name}.py"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout
        source = re.sub(r"^from \. import (.+)$", _ref_imports, source, flags=re.M)
        for other in _MODULES:
            source = source.replace(f"from .{other} import", f"from ._ref_{other} import")
        factory = '@Language.factory(\n    "claimex_claims'
        source = source.replace(f'{factory}"', f'{factory}_ref"')
        full = f"claimex.pipeline._ref_{name}"
        spec = importlib.util.spec_from_loader(full, loader=None)
        assert spec is not None
        module = importlib.util.module_from_spec(spec)
        module.__file__ = f"{ref}:{name}.py"
        sys.modules[full] = module
        exec(compile(source, module.__file__, "exec"), module.__dict__)
        loaded[name] = module
    return loaded["claims"]


def parsed(limit: int, cache: Path | None, nlp: Any, bench: bool = False) -> list[Doc]:
    """``limit`` PolNeAR articles (with ``bench``: ``claimex bench``'s default corpus) through the pipeline up
    to ``claimex_speakers`` (from ``cache`` if there)."""
    return parsed_docs(nlp, limit, cache, bench=bench, disable=("claimex_claims", "claimex_links"),
                       prepare=TokenTable.forget)


def snapshot(docs: list[Doc]) -> list[list[dict[str, Any]]]:
    return [copy.deepcopy(raw(d).get("claims", [])) for d in docs]


def restore(docs: list[Doc], claims: list[list[dict[str, Any]]]) -> None:
    for doc, saved in zip(docs, claims, strict=True):
        raw(doc)["claims"] = copy.deepcopy(saved)
        table = TokenTable.of(doc)  # the table as the claims stage finds it in the pipeline: the columns
        for column in _READ_BEFORE:  # the quotes and speakers stages have read
            getattr(table, column)
        for column in table.read_on_first_use():  # what the claims stage read itself (entities): read again
            if column not in _READ_BEFORE:  # on each pass, as in the pipeline
                table.unread(column)
        table.subjects.clear()  # found by the claims stage alone (acts.subject, acts._modal_children,
        table.auxiliaries.clear()  # acts.idioms): found again on each pass, as the pipeline finds them once a
        table.idioms = None  # document


def run(stage: Any, docs: list[Doc]) -> float:
    start = time.process_time()
    for doc in docs:
        stage(doc)
    return time.process_time() - start


def check(docs: list[Doc], saved: list[list[dict[str, Any]]], ours: Any, theirs: Any) -> int:
    restore(docs, saved)
    for doc in docs:
        theirs(doc)
    expected = [copy.deepcopy(raw(d)["claims"]) for d in docs]
    restore(docs, saved)
    for doc in docs:
        ours(doc)
    n = differ = 0
    for d, (doc, want) in enumerate(zip(docs, expected, strict=True)):
        got = raw(doc)["claims"]
        assert len(got) == len(want), d
        for a, b in zip(got, want, strict=True):
            n += 1
            diffs = [k for k in (*FIELDS, *PRIVATE) if a.get(k) != b.get(k)]
            if not diffs and (a != b or list(a) != list(b)):  # any other key, or the keys' order
                diffs = [k for k in {*a, *b} if a.get(k) != b.get(k)] or ["key order"]
            if diffs:
                differ += 1
                if differ <= 20:
                    print(f"doc {d} claim {a.get('id')}: " + ", ".join(f"{k}: {b.get(k)!r} -> {a.get(k)!r}"
                                                                       for k in diffs))
    errors = sum(bool(raw(doc).get("errors")) for doc in docs)
    print(f"{'identical' if not differ else 'DIFFERENT'} on {n - differ} of {n} claims "
          f"({len(docs)} documents, {errors} with an error record)")
    return differ


_UNDER_CALLGRIND: Final = "CLAIMEX_UNDER_CALLGRIND"


def _callgrind(*command: str) -> None:
    subprocess.run(["callgrind_control", *command, str(os.getpid())], check=True, capture_output=True)


def instructions_outside(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """``--instructions``, outside valgrind: parse the documents into ``--cache`` here, then run the script
    again under callgrind (:func:`count_instructions`) on the cached documents."""
    if args.cache is None:
        parser.error("--instructions needs --cache (the documents are parsed outside valgrind)")
    parsed(args.limit, args.cache, claimex.load(), bench=args.bench_corpus)
    return count_instructions(sys.argv)


def count_instructions(argv: list[str]) -> int:
    """Run this script (``argv``) under callgrind, the instrumentation off until each stage runs, and print
    the instructions each stage executed over all the documents."""
    with tempfile.TemporaryDirectory() as out:
        env = {**os.environ, _UNDER_CALLGRIND: "1", "PYTHONHASHSEED": "0"}
        subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}/cg.%p",
                        sys.executable, *argv], env=env, check=True, capture_output=True)
        dumps = sorted(Path(out).glob("cg.*.*"), key=lambda p: int(p.suffix[1:]))
        counts = {}
        for dump in dumps:
            lines = dump.read_text().splitlines()
            name = next(line.split()[-1] for line in lines if line.startswith("desc: Trigger"))
            counts[name.replace("_", " ")] = next(int(line.split()[1]) for line in lines if line.startswith("totals:"))
        against = argv[argv.index("--against") + 1] if "--against" in argv[:-1] else None
        if against is not None and len(counts) == 1:  # on a busy machine the last stage's dump request may be
            # served only as the program ends: its count is then in the dump made at termination (no suffix)
            last = [p for p in Path(out).glob("cg.*") if p.suffix[1:].isdigit() and len(p.name.split(".")) == 2]
            lines = last[0].read_text().splitlines() if len(last) == 1 else []
            total = next((int(line.split()[1]) for line in lines if line.startswith("totals:")), 0)
            if total and any(line.startswith("desc: Trigger: Program termination") for line in lines):
                counts[against] = total
    for name, total in counts.items():
        print(f"{name:>20}: {total / 1e6:.1f} M instructions")
    if len(counts) == 2:
        ours, theirs = counts.values()
        print(f"this checkout / {list(counts)[1]}: {ours / theirs:.3f} ({100 * (ours / theirs - 1):+.1f}%)")
    return 0


def by_rule(stage: Any, docs: list[Doc], repeat: int) -> None:
    """``--by-rule``: each act rule timed alone on every statement, with how many it is asked of in the decision
    list and how many it decides."""
    from claimex.pipeline import acts
    from claimex.pipeline.state import written_input

    statements = []
    for doc in docs:
        table = TokenTable.of(doc)
        for claim in raw(doc).get("claims", []):
            written = written_input(claim)
            st = stage._statement(table, written)[0] if written is not None else None
            if st is not None and st.content:
                st.valences, st.agent_named  # noqa: B018 (read once, as the first rule to ask leaves them)
                statements.append(st)
    spent = dict.fromkeys((name for name, _ in acts.ACT_RULES), 0)
    reached, decided = dict.fromkeys(spent, 0), dict.fromkeys(spent, 0)
    for st in statements:  # the decision list as the stage runs it: the rules up to the first that fires
        root, judged = st.act_root, st.judged
        for name, rule in acts.ACT_RULES:
            reached[name] += 1
            if rule(st) is not None:
                decided[name] += 1
                break
        st.act_root, st.judged = root, judged
    clock = time.process_time_ns
    for _ in range(repeat):
        for st in statements:
            root, judged = st.act_root, st.judged
            for name, rule in acts.ACT_RULES:
                start = clock()
                rule(st)
                spent[name] += clock() - start
                st.act_root, st.judged = root, judged
    total = sum(spent.values())
    print(f"{len(statements)} statements with a content; each rule on every one, {repeat} passes")
    print(f"{'rule':>20} {'us a statement':>15} {'share':>7} {'asked':>7} {'decides':>8}")
    for name, ns in spent.items():
        print(f"{name:>20} {ns / 1000 / repeat / len(statements):15.2f} {100 * ns / total:6.1f}% "
              f"{reached[name]:7d} {decided[name]:8d}")


#: ``--by-family``: (label, module, attribute) of each timed entry point, indented under the family it is part of
#: ("a|b": the first of the two the module defines).
FAMILIES: Final = (
    ("statement (words, cue, predicates, polarity)", "claims", "ClaimAnalyzer._statement"),
    ("  polarity: _negators", "claims", "_negators"),
    ("act rules (decide_act)", "claims", "ClaimAnalyzer._act"),
    ("hedging", "claims", "ClaimAnalyzer._hedges"),
    ("target ranking (targets.choose)", "targets", "choose"),
    ("  the rules' target (rule_target)", "targets", "rule_target"),
    ("  candidates", "targets", "_candidates|candidates"),  # choose calls _candidates since speed54
    ("    base_features", "targets", "base_features"),
    ("    outside_candidates", "targets", "outside_candidates"),
    ("  _best (scores, resolutions)", "targets", "_best"),
    ("  clause_target", "targets", "clause_target"),
    ("title_gender (titled_name)", "acts", "titled_name"),
    ("stance", "claims", "ClaimAnalyzer._stance"),
    ("target noun phrase (target_tokens)", "claims", "target_tokens"),
    ("record read (written_input)", "claims", "written_input"),
    ("record written (write_analysed)", "claims", "write_analysed"),
)


def _entry_point(module: ModuleType, attr: str) -> tuple[Any, str]:
    """The object that holds a :data:`FAMILIES` entry point and its name there: "Class.method" is the class's;
    of "a|b" the first name the module defines (a commit before or after a rename)."""
    owner: Any = module
    if "." in attr:
        owner, attr = getattr(owner, attr.split(".")[0]), attr.split(".")[1]
    if "|" in attr:
        attr = next(a for a in attr.split("|") if a in owner.__dict__)
    return owner, attr


def by_family(stages: dict[str, tuple[Any, dict[str, ModuleType]]], docs: list[Doc],
              saved: list[list[dict[str, Any]]], repeat: int) -> None:
    """``--by-family``: each stage of ``stages`` (name -> the stage and its ``acts``, ``claims`` and ``targets``
    modules) over all the documents ``repeat`` times, each entry point of :data:`FAMILIES` timed inclusively; the
    medians of the passes, as shares of the stage. With ``--against``, both stages run in each pass, which goes
    first alternating, so that their shares are measured in the same process at the same load."""
    clock = time.process_time_ns
    labels = [label for label, _, _ in FAMILIES]
    spent = {name: dict.fromkeys(labels, 0) for name in stages}
    calls = {name: dict.fromkeys(labels, 0) for name in stages}
    undo = []

    def timed(name: str, label: str, real: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return real(*args, **kwargs)
            finally:
                spent[name][label] += clock() - start
                calls[name][label] += 1
        return call

    for name, (_, modules) in stages.items():
        for label, module, attr in FAMILIES:
            owner, attr = _entry_point(modules[module], attr)
            real = owner.__dict__[attr]
            wrapped = timed(name, label, getattr(owner, attr))
            setattr(owner, attr, staticmethod(wrapped) if isinstance(real, staticmethod) else wrapped)
            undo.append((owner, attr, real))
    runs: dict[str, dict[str, list[int]]] = {name: {label: [] for label in labels} for name in stages}
    totals: dict[str, list[int]] = {name: [] for name in stages}
    try:
        for r in range(repeat + 1):  # the first pass warms up
            order = list(stages.items()) if r % 2 else list(reversed(stages.items()))
            for name, (stage, _) in order:
                for label in labels:
                    spent[name][label] = calls[name][label] = 0
                restore(docs, saved)
                start = clock()
                for doc in docs:
                    stage(doc)
                if r:
                    totals[name].append(clock() - start)
                    for label in labels:
                        runs[name][label].append(spent[name][label])
    finally:
        for owner, attr, real in reversed(undo):
            setattr(owner, attr, real)
    for name in stages:
        total = statistics.median(totals[name])
        print(f"{name}: the stage {total / 1e6 / len(docs):.3f} CPU ms a document (median of {repeat} passes)")
        print(f"{'family':46} {'ms a doc':>9} {'share':>7} {'calls a pass':>13}")
        for label, times in runs[name].items():
            ns = statistics.median(times)
            print(f"{label:46} {ns / 1e6 / len(docs):9.3f} {100 * ns / total:6.1f}% {calls[name][label]:13d}")


def _family_modules(prefix: str) -> dict[str, ModuleType]:
    """The ``acts``, ``claims`` and ``targets`` modules of this checkout (``prefix`` "") or of the commit loaded
    by :func:`load_stage_of` (``prefix`` "_ref_"), as :func:`by_family` wraps them."""
    return {name: sys.modules[f"claimex.pipeline.{prefix}{name}"] for name in ("acts", "claims", "targets")}


def where_it_goes(args: argparse.Namespace, stage: Any, docs: list[Doc], saved: list[list[dict[str, Any]]],
                  theirs: Any = None) -> None:
    """``--profile``, ``--by-rule`` or ``--by-family`` of this checkout's stage (``--by-family`` of ``theirs``, the
    stage of ``--against``, too)."""
    restore(docs, saved)
    if args.profile:
        print(profile_report(stage, docs, args.top))
    elif args.by_rule:
        by_rule(stage, docs, args.repeat)
    else:
        stages = {"this checkout": (stage, _family_modules(""))}
        if theirs is not None:
            stages[args.against] = (theirs, _family_modules("_ref_"))
        by_family(stages, docs, saved, args.repeat)


def instrumented(stages: dict[str, Any], docs: list[Doc], saved: list[list[dict[str, Any]]]) -> None:
    """Under callgrind: each stage once over all the documents, its instructions counted and dumped alone."""
    for name, stage in stages.items():
        restore(docs, saved)
        gc.collect()
        _callgrind("-z")
        _callgrind("-i", "on")
        run(stage, docs)
        _callgrind("-i", "off")
        _callgrind("-d", name.replace(" ", "_"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    stage_arguments(parser, "claims", limit=80)
    parser.add_argument("--instructions", action="store_true",
                        help="count each stage's instructions under valgrind's callgrind instead of timing")
    parser.add_argument("--by-rule", action="store_true",
                        help="time each act rule alone on every statement, with how many it decides")
    parser.add_argument("--by-family", action="store_true",
                        help="time each rule family's entry point inside the stage (shares of the stage)")
    args = parser.parse_args()
    if args.instructions and not os.environ.get(_UNDER_CALLGRIND):
        return instructions_outside(parser, args)

    nlp = claimex.load()
    ours = nlp.get_pipe("claimex_claims")
    docs = parsed(args.limit, args.cache, nlp, bench=args.bench_corpus)
    saved = snapshot(docs)
    print(f"{len(docs)} documents, {sum(len(c) for c in saved)} claims; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    theirs = None
    if args.against:
        module = load_stage_of(args.against)
        weights = sys.modules["claimex.pipeline._ref_claim_model"].claim_weights_v1()
        theirs = module.ClaimAnalyzer(cues=ours.cues, deny_negated=ours.deny_negated,
                                      content_acts=ours.content_acts, stance_model=weights)
        hand_on(theirs, followed=True)  # as in the pipeline: the links stage reads the table next
    if args.check:
        if theirs is None:
            parser.error("--check needs --against")
        return 1 if check(docs, saved, ours, theirs) else 0
    if args.profile or args.by_rule or args.by_family:
        where_it_goes(args, ours, docs, saved, theirs if args.by_family else None)
        return 0
    stages = {"this checkout": ours, **({args.against: theirs} if theirs is not None else {})}
    restore(docs, saved)
    for stage in stages.values():  # warm up: lexicons, caches
        run(stage, docs)
        restore(docs, saved)
    if args.instructions:  # under callgrind (count_instructions)
        instrumented(stages, docs, saved)
        return 0
    totals: dict[str, list[float]] = {name: [] for name in stages}
    chunks = [range(k, min(k + _CHUNK, len(docs))) for k in range(0, len(docs), _CHUNK)]
    for r in range(args.repeat):  # in turn on each chunk of documents, which goes first alternating
        spent = dict.fromkeys(stages, 0.0)
        for c, chunk in enumerate(chunks):
            part, part_saved = [docs[i] for i in chunk], [saved[i] for i in chunk]
            order = list(stages.items()) if (r + c) % 2 == 0 else list(reversed(stages.items()))
            for name, stage in order:
                restore(part, part_saved)
                spent[name] += run(stage, part)
        for name in stages:
            totals[name].append(spent[name])
    for name, runs in totals.items():
        print(f"{name:>20}: {1000 * statistics.median(runs) / len(docs):.3f} CPU ms a document (median of "
              f"{args.repeat} passes; fastest {1000 * min(runs) / len(docs):.3f})")
    if theirs is not None:
        ratios = [a / b for a, b in zip(totals["this checkout"], totals[args.against], strict=True)]
        ratio = statistics.median(ratios)
        print(f"this checkout / {args.against}: {ratio:.3f} ({100 * (ratio - 1):+.1f}%; median of the passes' "
              f"ratios, which range {min(ratios):.3f}-{max(ratios):.3f})")
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
