"""Hostile inputs: per-document isolation (a failing document or stage never ends a batch) and input
limits (empty, huge, control characters, HTML, right-to-left scripts, emoji, thousands of quote marks,
endless sentences), each under a time limit so that a hang fails the test instead of blocking CI.

See docs/reliability.md for the contract these tests hold the code to.
"""

from __future__ import annotations

import contextlib
import html
import itertools
import json
import re
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import claimex
from claimex import DocError, api, cli
from claimex.api import extract, extract_many
from claimex.pipeline.claims import ClaimAnalyzer
from claimex.pipeline.links import ClaimLinker
from claimex.pipeline.quotes import QuoteFinder
from claimex.pipeline.speakers import SpeakerResolver
from test_properties import assert_invariants

PMF = "The PMF said the strikes killed four fighters."
OFFICIALS = "Officials said no civilians were killed."
QUOTE = '"We will not leave this town," Ali Hassan said on Monday.'


class Hang(BaseException):
    """Raised by :func:`time_limit`. Not an ``Exception``: the stages' and the API's ``except Exception``
    must not swallow it and carry on with the hang."""


@contextlib.contextmanager
def time_limit(seconds: float, what: str = "the call") -> Iterator[None]:
    """Fail (raise :class:`Hang`) when the block runs longer than ``seconds`` (SIGALRM, main thread)."""

    def expire(signum: int, frame: Any) -> None:
        raise Hang(f"{what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------------------------------
# A component that raises on documents that contain "BOOM"


@Language.component("claimex_test_boom")
def boom_component(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise ValueError("BOOM: this component fails on purpose")
    return doc


@pytest.fixture(scope="module")
def boom_nlp() -> Language:
    """A copy of the default pipeline with a component that raises on "BOOM" between parse and claimex."""
    nlp = claimex.load()
    nlp.add_pipe("claimex_test_boom", before="claimex_quotes")
    return nlp


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def same_output(a: claimex.Result, b: claimex.Result) -> bool:
    return {**a.to_dict(), "id": ""} == {**b.to_dict(), "id": ""}


# --------------------------------------------------------------------------------------------------
# 1. Per-document isolation: the API


@pytest.mark.parametrize("batch_size", [1, 3, 32])
def test_a_failing_document_does_not_stop_the_batch(boom_nlp, nlp, batch_size):
    texts = [PMF, f"BOOM. {PMF}", OFFICIALS, "BOOM", QUOTE, f"{OFFICIALS} BOOM"]
    ids = [f"d{i}" for i in range(len(texts))]
    with time_limit(60):
        results = list(extract_many(texts, nlp=boom_nlp, ids=ids, batch_size=batch_size))
    assert [r.id for r in results] == ids
    for text, result in zip(texts, results, strict=True):
        if "BOOM" in text:
            (error,) = result.errors
            assert error.stage == "pipeline" and "BOOM" in error.message and error.line is None
            assert (result.claims, result.speakers, result.links) == ((), (), ())
        else:  # the documents of the failed batch are redone, with the same results as ever
            assert result.ok and result.claims
            assert same_output(result, extract(text, nlp=nlp))


MAIN_PID = __import__("os").getpid()


@Language.component("claimex_test_kill")
def kill_component(doc: Doc) -> Doc:
    """Kills the worker process it runs in (not the test's own process) on a document with "KILL"."""
    import os

    if "KILL" in doc.text and os.getpid() != MAIN_PID:
        os._exit(13)
    return doc


def test_a_worker_that_dies_loses_no_record():
    nlp = claimex.load()
    nlp.add_pipe("claimex_test_kill", before="claimex_quotes")
    texts = [PMF, OFFICIALS, f"KILL. {PMF}", QUOTE] * 3 + [OFFICIALS] * 20
    with time_limit(180):
        results = list(extract_many(texts, nlp=nlp, n_process=2, batch_size=2))
    assert [r.id for r in results] == [str(i) for i in range(len(texts))]
    assert all(r.ok and r.claims for r in results)  # the dead worker's documents were redone here


def test_a_failing_document_with_worker_processes(boom_nlp):
    texts = [PMF, "BOOM", OFFICIALS, QUOTE] * 2
    with time_limit(120):
        results = list(extract_many(texts, nlp=boom_nlp, n_process=2, batch_size=2))
    assert [r.id for r in results] == [str(i) for i in range(len(texts))]
    assert [bool(r.errors) for r in results] == ["BOOM" in t for t in texts]
    assert all(r.claims for r, t in zip(results, texts, strict=True) if "BOOM" not in t)


def _fail_on_boom(method: Any, stage: str) -> Any:
    def failing(self: Any, doc: Doc, *args: Any, **kwargs: Any) -> Any:
        if "BOOM" in doc.text:
            raise RuntimeError(f"BOOM in {stage}")
        return method(self, doc, *args, **kwargs)

    return failing


STAGES = [
    (QuoteFinder, "find", "claimex_quotes"),
    (SpeakerResolver, "resolve", "claimex_speakers"),
    (ClaimAnalyzer, "_analyse", "claimex_claims"),
    (ClaimLinker, "links", "claimex_links"),
]


@pytest.mark.parametrize(("cls", "method", "stage"), STAGES, ids=[s for _, _, s in STAGES])
def test_a_failing_stage_is_recorded_and_the_rest_goes_on(nlp, monkeypatch, cls, method, stage):
    texts = [PMF, f"BOOM. {OFFICIALS} {QUOTE}", QUOTE]
    expected = [extract(t, nlp=nlp) for t in texts]
    monkeypatch.setattr(cls, method, _fail_on_boom(getattr(cls, method), stage))
    results = list(extract_many(texts, nlp=nlp, batch_size=8))
    assert [r.id for r in results] == ["0", "1", "2"]
    failed = results[1]
    assert stage in {e.stage for e in failed.errors}
    assert all("BOOM" in e.message for e in failed.errors)
    assert_invariants(failed, texts[1])  # what the earlier stages found is still consistent
    for result, before in zip(results[::2], expected[::2], strict=True):
        assert result.ok and result.claims
        assert same_output(result, before)


def test_a_failing_speakers_stage_leaves_no_dangling_speaker_ids(nlp, monkeypatch):
    from claimex.pipeline import speakers

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("BOOM while building a speaker")

    monkeypatch.setattr(speakers, "_speaker", broken)
    text = f"{PMF} {OFFICIALS}"
    result = extract(text, nlp=nlp)
    assert [e.stage for e in result.errors] == ["claimex_speakers"]
    assert_invariants(result, text)


def test_input_errors_are_records_too(nlp):
    items: list[Any] = [PMF, None, 5, b"bytes are not text", "", "   \n\t ", "x" * 1001, ["a", "list"], OFFICIALS]
    results = list(extract_many(items, nlp=nlp, max_chars=1000))
    assert [r.id for r in results] == [str(i) for i in range(len(items))]
    assert [[e.stage for e in r.errors] for r in results] == [
        [], ["input"], ["input"], ["input"], [], [], ["input"], ["input"], []]
    assert "NoneType" in results[1].errors[0].message and "bytes" in results[3].errors[0].message
    assert "max_chars=1,000" in results[6].errors[0].message
    assert results[0].claims and results[8].claims
    assert all(not r.claims for r in results[1:8])


def test_ids_fall_back_to_the_position_when_they_run_out(nlp):
    results = list(extract_many([PMF, OFFICIALS, ""], nlp=nlp, ids=iter(["first"])))
    assert [r.id for r in results] == ["first", "1", "2"]
    assert extract("", nlp=nlp).id == ""


def test_a_lone_surrogate_is_an_error_record_not_a_crash(nlp):
    results = list(extract_many([PMF, "\ud800 " + OFFICIALS, OFFICIALS], nlp=nlp))
    assert [bool(r.errors) for r in results] == [False, True, False]
    assert results[1].errors[0].stage in ("input", "pipeline")


# --------------------------------------------------------------------------------------------------
# 1. Per-document isolation: the command line


@pytest.fixture()
def boom_model(monkeypatch, boom_nlp):
    """``claimex extract`` runs the BOOM pipeline instead of loading its own."""
    monkeypatch.setattr(api, "load", lambda model=None, **_: boom_nlp)


@pytest.fixture()
def shared_model(monkeypatch, nlp):
    monkeypatch.setattr(api, "load", lambda model=None, **_: nlp)


def test_cli_a_failing_document_does_not_stop_the_run(boom_model, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    texts = [PMF, "BOOM", OFFICIALS, f"{QUOTE} BOOM", QUOTE]
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                   encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(out), "--no-progress", "--batch-size", "2"]) == 0
    got = records(out)
    assert [r["id"] for r in got] == [f"d{i}" for i in range(len(texts))]
    assert [[e["stage"] for e in r["errors"]] for r in got] == [[], ["pipeline"], [], ["pipeline"], []]
    assert all(r["claims"] for r, t in zip(got, texts, strict=True) if "BOOM" not in t)


def test_cli_text_inputs_one_record_each(shared_model, tmp_path):
    good, missing, folder = tmp_path / "good.txt", tmp_path / "missing.txt", tmp_path / "folder"
    latin1, utf16, bom, empty = (tmp_path / n for n in ("latin1.txt", "utf16.txt", "bom.txt", "empty.txt"))
    good.write_text(PMF, encoding="utf-8")
    folder.mkdir()
    latin1.write_bytes("Le PMF a dit « café ».".encode("latin-1"))
    utf16.write_text(PMF, encoding="utf-16")
    bom.write_bytes(b"\xef\xbb\xbf" + OFFICIALS.encode("utf-8"))
    empty.write_bytes(b"")
    inputs = [good, missing, folder, latin1, utf16, bom, empty]
    out = tmp_path / "out.jsonl"
    argv = ["extract", *map(str, inputs), "-o", str(out), "--input-format", "text", "--no-progress"]
    assert cli.main(argv) == 0
    got = records(out)
    assert [r["id"] for r in got] == list(map(str, inputs))
    assert [bool(r["errors"]) for r in got] == [False, True, True, True, True, False, False]
    assert "cannot read" in got[1]["errors"][0]["message"]
    assert "not UTF-8" in got[3]["errors"][0]["message"] and "not UTF-8" in got[4]["errors"][0]["message"]
    # a UTF-8 byte order mark is not part of the text: offsets count from the first character after it
    (claim,) = got[5]["claims"]
    s, e = claim["content"]
    assert OFFICIALS[s:e] == claim["content_text"] == "no civilians were killed"


def test_cli_hostile_jsonl_lines(shared_model, tmp_path):
    lines: list[tuple[bytes, str, bool]] = [  # (raw line, expected id, error expected)
        (b"\xef\xbb\xbf" + json.dumps({"id": "bom", "text": PMF}).encode(), "bom", False),
        (json.dumps({"id": "crlf", "text": OFFICIALS}).encode() + b"\r", "crlf", False),
        (b"[1, 2]", "line-3", True),
        (b"null", "line-4", True),
        (b'"just a string"', "line-5", True),
        (json.dumps({"id": 7, "text": PMF}).encode(), "7", False),
        (json.dumps({"id": None, "text": PMF}).encode(), "line-7", False),
        (json.dumps({"id": "nested", "text": {"body": PMF}}).encode(), "nested", True),
        (json.dumps({"id": "null-text", "text": None}).encode(), "null-text", True),
        (b'{"id": "surrogate-text", "text": "\\ud800 said the PMF"}', "surrogate-text", True),
        (b'{"id": "surrogate-\\udcff-id", "text": "The PMF said the strikes killed four fighters."}',
         "surrogate-\udcff-id", False),
        (json.dumps({"id": "too-long", "text": "x " * 100}).encode(), "too-long", True),
        (b"", "", False),  # a blank line is not a document
        (b'{"id": "torn", "text": "The PMF sa', "line-14", True),
    ]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b"\n".join(raw for raw, _, _ in lines))  # the last line has no newline
    argv = ["extract", str(src), "--input-format", "jsonl", "-o", str(out), "--no-progress", "--max-chars", "150"]
    assert cli.main(argv) == 0
    expected = [(i, bad) for raw, i, bad in lines if raw]
    raw_out = out.read_bytes()
    raw_out.decode("utf-8")  # the output is UTF-8, whatever the input held
    got = records(out)
    assert [r["id"] for r in got] == [i for i, _ in expected]
    for (doc_id, bad), record in zip(expected, got, strict=True):
        assert bool(record["errors"]) == bad, (doc_id, record["errors"])
        if bad:
            assert record["claims"] == [] and record["errors"][0]["stage"] == "input"
            if doc_id != "too-long":
                number = next(n for n, (_, i, _) in enumerate(lines, start=1) if i == doc_id)
                assert record["errors"][0]["line"] == number
        else:
            assert record["claims"], doc_id
    by_id = {r["id"]: r for r in got}
    assert "unpaired surrogate" in by_id["surrogate-text"]["errors"][0]["message"]
    assert "max_chars" in by_id["too-long"]["errors"][0]["message"]


def test_cli_exit_codes(shared_model, tmp_path, monkeypatch, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": PMF}) + "\nnot json\n", encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--no-progress"]) == 0  # with errors
    with pytest.raises(SystemExit) as usage:
        cli.main(["extract", str(src), "--no-such-option"])
    assert usage.value.code == 2

    def no_model(*args: Any, **kwargs: Any) -> Any:
        raise claimex.ModelNotFoundError("No English spaCy pipeline is installed.")

    monkeypatch.setattr(api, "load", no_model)
    assert cli.main(["extract", str(src), "--no-progress"]) == 1
    assert "claimex: error: No English spaCy pipeline" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------------
# 1. Per-document isolation: claimex.dask (the workers run in this process, so the BOOM pipeline and
# the monkeypatches reach them)


@pytest.fixture()
def dask_boom(monkeypatch, boom_nlp):
    """claimex.dask with the BOOM pipeline in every worker (workers run in this process)."""
    pytest.importorskip("distributed", reason="claimex.dask needs Dask: pip install 'claimex[dask]'")
    from claimex import dask as claimex_dask

    monkeypatch.setattr(claimex_dask, "pipeline_for", lambda spec: (boom_nlp, threading.Lock()))
    return claimex_dask


def test_dask_bag_one_record_per_item_whatever_fails(dask_boom):
    import dask.bag as db

    items: list[Any] = [("a", PMF), ("b", "BOOM"), ("c", None), 42, ("e", "x" * 500), {"id": "f", "body": PMF},
                        {"id": "g", "text": OFFICIALS}, ("h", f"{QUOTE} BOOM"), ("i", QUOTE)]
    bag = db.from_sequence(items, npartitions=3)
    with time_limit(120):
        records = dask_boom.extract_bag(bag, max_chars=400).compute(scheduler="synchronous")
    assert len(records) == len(items)
    assert [r["id"] for r in records][:3] == ["a", "b", "c"] and [r["id"] for r in records][4:] == [
        "e", "f", "g", "h", "i"]
    stages = [[e["stage"] for e in r["errors"]] for r in records]
    assert stages == [[], ["pipeline"], ["input"], ["input"], ["input"], ["input"], [], ["pipeline"], []]
    assert all(r["claims"] for r, s in zip(records, stages, strict=True) if not s)


_REAL: dict[str, Any] = {}


def extract_records_or_die(items: list[Any], spec: Any) -> Any:
    """``claimex.dask.extract_records``, except that a chunk with "KILL" fails as if its worker died.
    (Module level, so that Dask pickles it by reference.)"""
    if any(isinstance(d.text, str) and "KILL" in d.text for d in items):
        raise RuntimeError("worker died")
    return _REAL["extract_records"](items, spec)


def test_dask_engine_a_failing_document_or_task_does_not_stop_the_stream(dask_boom, monkeypatch):
    """A document that fails gets its error record; a task that fails (a worker died) gives one error record
    per document of its chunk; the other chunks go on, in order."""
    import distributed

    _REAL["extract_records"] = dask_boom.extract_records
    monkeypatch.setattr(dask_boom, "extract_records", extract_records_or_die)
    texts = [PMF, "BOOM", OFFICIALS, QUOTE, "KILL", PMF, OFFICIALS, QUOTE]
    inputs = [claimex.io.InputDoc(f"d{i}", t) for i, t in enumerate(texts)]
    with time_limit(180), distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                                    dashboard_address=":0", silence_logs=50) as cluster:
        engine = dask_boom.DaskEngine(cluster.scheduler_address, chunk_size=2)
        results = list(engine.results(inputs))
    assert [r.id for r in results] == [d.id for d in inputs]
    stages = [[e.stage for e in r.errors] for r in results]
    assert stages == [[], ["pipeline"], [], [], ["pipeline"], ["pipeline"], [], []]
    assert "worker died" in results[4].errors[0].message and "worker died" in results[5].errors[0].message
    assert all(r.claims for r, s in zip(results, stages, strict=True) if not s)


# --------------------------------------------------------------------------------------------------
# 2. Input limits: nothing crashes, hangs or runs away


def _html_page() -> str:
    return (
        "<!DOCTYPE html><html><head><title>World | News</title><script>var s = \"He said \" + 'x'; "
        "if (a < b && c > d) {}</script><style>p { margin: 0 }</style></head><body>\n"
        "<nav>Home | World | Sport | Login</nav>\n"
        "<p>The PMF said &quot;the strikes killed four fighters&quot; on Monday.</p>\n"
        "<p>&ldquo;No civilians were killed,&rdquo; a spokesman said.</p>\n"
        f"<p>{OFFICIALS}</p><p>{QUOTE}</p>\n"
        "<footer>&copy; 2024 &middot; Share on Facebook &#x1F44D; &#128077;</footer></body></html>"
    )


HOSTILE: list[tuple[str, str]] = [
    ("empty", ""),
    ("whitespace", " \n\t\r\n  \u00a0\u2028\u3000 "),
    ("controls", f"The PMF said\x00 the strikes\x01\x1b killed four fighters.\x7f\x0b {QUOTE}\x0c"),
    ("only NULs", "\x00" * 5000),
    ("html page", _html_page()),
    ("right to left", f"قال المتحدث إن \"الضربات قتلت أربعة مقاتلين\". «لن نتراجع»، قال. \"זה לא נכון,\" אמר הדובר. "
                      f"{PMF} \u202e{OFFICIALS}\u202c"),
    ("emoji", f"👨‍👩‍👧 \"We will not leave 🇺🇸,\" 👍🏽 Maria Lopez said 🔥. {PMF} 😢" * 20),
    ("zero width and combining", "\u200b".join(PMF) + " Zoe\u0301 Smith said the talks would resume."),
    ("5,000 spaced quote marks", '" ' * 5000),
    ("2,000 tiny quotes", " ".join(f'"w{i}"' for i in range(2000))),
    ("every style of mark", "“ ” ‘ ’ « » „ ‹ › ' \" ` `` '' " * 400 + PMF),
    ("apostrophes", "the officials’ view, the '90s, rock 'n' roll, don't " * 300 + PMF),
    ("unclosed quote", f'"{PMF} ' + "He said it was true. " * 300),
    ("quote paragraphs never closed", "\n".join(f"“Paragraph {i} of a quote that goes on" for i in range(300))),
    ("10,000 words, no period", " ".join(f"word{i % 50}" for i in range(10_000))),
    ("10,000 words of cues, no period", "he said that the army " * 2_000),
    ("100,000 newlines", "\n" * 100_000 + PMF),
    ("a 200,000-character word", "a" * 200_000),
    ("a base64 image", '<img src="data:image/png;base64,' + "iVBORw0KGgo+/=" * 5000 + '">' + PMF),
    ("a long URL", "https://example.com/" + "a/b?c=d&e=f;" * 1500 + " " + PMF),  # 18 KB, no space
    ("numbers", " ".join(["1,000,000,000.5%"] * 3000) + " said officials."),
]


@pytest.mark.parametrize(("name", "text"), HOSTILE, ids=[name for name, _ in HOSTILE])
def test_hostile_text(nlp, name, text):
    """Each hostile text gives its record (how long each takes: ``benchmarks/hostile_cost.py``; the time
    limit only turns a hang into a failure)."""
    with time_limit(300, name):
        result = extract(text, nlp=nlp, doc_id=name)
    assert result.id == name
    assert result.errors == (), result.errors
    assert_invariants(result, text)


def test_empty_and_whitespace_are_not_errors(nlp):
    for text in ("", "   ", "\n\n\t"):
        result = extract(text, nlp=nlp, doc_id="e")
        assert result.to_dict() == {"id": "e", "claimex_version": claimex.__version__, "claims": [],
                                    "speakers": [], "links": [], "errors": []}


def test_control_characters_keep_offsets_and_original_text(nlp):
    dirty = "The PMF\x00said the strikes\x07killed four fighters.\x7f"
    clean = "The PMF said the strikes killed four fighters. "
    a, b = extract(dirty, nlp=nlp), extract(clean, nlp=nlp)
    assert [c.content for c in a.claims] == [c.content for c in b.claims] == [(13, 45)]
    assert a.claims[0].content_text == dirty[13:45] == "the strikes\x07killed four fighters"


def test_html_is_text_with_markup(nlp):
    """claimex does not parse HTML: offsets index the raw markup, entities are not quote marks. Unescaping
    (and better, extracting the article text) first gives the quotes back."""
    page = _html_page()
    raw = extract(page, nlp=nlp)
    assert raw.ok
    assert_invariants(raw, page)
    assert not any(c.content_text.startswith("No civilians") for c in raw.claims)  # &ldquo; is not a mark
    unescaped = html.unescape(re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " \n ", page))
    clean = extract(unescaped, nlp=nlp)
    assert_invariants(clean, unescaped)
    direct = {c.content_text for c in clean.claims if c.type == "direct"}
    assert {"No civilians were killed,", "We will not leave this town,"} <= direct
    assert any(c.content_text.startswith("the strikes killed four fighters") for c in clean.claims)


def test_emoji_offsets_count_code_points(nlp):
    text = "🇺🇸👍🏽 \"We will not leave this town,\" Maria Lopez said."
    assert len(text.encode("utf-16-le")) // 2 > len(text)  # characters outside the BMP
    (claim,) = extract(text, nlp=nlp).claims
    assert claim.content == (text.index("We"), text.index("town") + 5)
    assert claim.speaker_mention_text == "Maria Lopez"


def test_right_to_left_text_keeps_offsets(nlp):
    text = f"«لن نتراجع»، قال المتحدث. {PMF} \"זה לא נכון,\" אמר הדובר."
    result = extract(text, nlp=nlp)
    assert_invariants(result, text)
    assert "the strikes killed four fighters" in [c.content_text for c in result.claims]


def test_texts_longer_than_max_chars_are_refused_with_a_clear_message(nlp, monkeypatch):
    parsed: list[str] = []
    make_doc = nlp.make_doc
    monkeypatch.setattr(nlp, "make_doc", lambda text: parsed.append(text) or make_doc(text))
    huge = "All quiet. " * 500_000  # 5.5 MB
    result = extract(huge, nlp=nlp, doc_id="huge")
    assert not any(parsed)  # refused, not parsed (nothing but the empty text)
    assert extract(PMF, nlp=nlp).ok and parsed[-1] == PMF  # (the spy sees what is parsed)
    monkeypatch.undo()
    (error,) = result.errors
    assert error.stage == "input"
    assert error.message == ("text has 5,500,000 characters, more than max_chars=5,000,000; split it or raise "
                             "max_chars")
    assert (result.claims, result.speakers, result.links) == ((), (), ())
    small = extract(PMF, nlp=nlp, max_chars=len(PMF) - 1)
    assert "max_chars=45" in small.errors[0].message
    assert extract(PMF, nlp=nlp, max_chars=len(PMF)).ok  # the limit itself is allowed


def test_texts_longer_than_the_spacy_limit_give_one_record(nlp, monkeypatch):
    """Above ``nlp.max_length`` (1,000,000 by default; lowered here to keep the test fast) but within
    ``max_chars``: either processed whole (long-document splitting) or an error record that names the
    limit, never an exception."""
    monkeypatch.setattr(nlp, "max_length", 20_000)
    filler = "The river rose by two metres on Tuesday and the road to the valley was closed. "
    text = f"{PMF}\n\n{filler * 400}\n\n{QUOTE}"
    with time_limit(120, "a text above nlp.max_length"):
        result = extract(text, nlp=nlp, doc_id="long")
    assert result.id == "long"
    assert_invariants(result, text)
    if result.errors:
        assert (result.claims, result.speakers, result.links) == ((), (), ())
        assert any(word in result.errors[0].message for word in ("max_length", "maximum", "max_chars"))
    else:
        contents = [c.content_text for c in result.claims]
        assert "the strikes killed four fighters" in contents and "We will not leave this town," in contents


def test_cli_max_chars_option(shared_model, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "a", "text": PMF}) + "\n" + json.dumps({"id": "b", "text": "x" * 50}) + "\n",
                   encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(out), "--max-chars", "49", "--no-progress"]) == 0
    a, b = records(out)
    assert a["errors"] == [] and a["claims"]
    assert b["errors"] == [{"stage": "input", "message": "text has 50 characters, more than max_chars=49; split it "
                                                         "or raise max_chars"}]


# --------------------------------------------------------------------------------------------------
# Memory: streams stay streams


def test_extract_many_reads_its_input_lazily(nlp):
    """An endless input is fine: results come out while the input is still being read."""
    with time_limit(60):
        first = list(itertools.islice(extract_many(itertools.repeat(PMF), nlp=nlp, batch_size=4), 10))
    assert [r.id for r in first] == [str(i) for i in range(10)]


def test_error_records_follow_the_contract():
    record = claimex.Result.failed("line-3", "", [DocError("input", "line 3 is not JSON: Expecting value", 3)])
    assert record.to_dict() == {"id": "line-3", "claimex_version": claimex.__version__, "claims": [],
                                "speakers": [], "links": [],
                                "errors": [{"stage": "input", "message": "line 3 is not JSON: Expecting value",
                                            "line": 3}]}
