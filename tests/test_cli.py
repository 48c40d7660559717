"""The ``claimex`` command, run in-process through ``claimex.cli.main`` (the session pipeline stands in for
the model the command would load) and once as the installed script; and ``claimex.io.atomic_writer``."""

from __future__ import annotations

import importlib
import io
import json
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import claimex
from claimex import api, cli
from claimex.io import atomic_writer, read_jsonl, read_text_file
from claimex.model import said_text

#: The module (``claimex.relate`` the attribute is the function of the same name).
relate_module = importlib.import_module("claimex.relate")

RECORD_KEYS = {"id", "claimex_version", "claims", "speakers", "links", "errors"}
CLAIM_KEYS = {"id", "type", "content", "content_text", "content_spans", "cue", "cue_text", "speaker_mention",
              "speaker_mention_text", "speaker", "confidence"}
PMF = "The PMF said the strikes killed four fighters."
OFFICIALS = "Officials said no civilians were killed."


@pytest.fixture()
def shared_model(monkeypatch, nlp, en_nlp):
    """``claimex extract`` and ``relate`` use the session pipelines instead of loading their own."""
    monkeypatch.setattr(api, "load", lambda model=None, **_: nlp)
    monkeypatch.setattr(relate_module, "_default_nlp", lambda: en_nlp)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_contract(record: dict, text: str | None = None) -> None:
    assert set(record) == RECORD_KEYS, sorted(record)
    assert record["claimex_version"] == claimex.__version__
    for claim in record["claims"]:
        assert set(claim) >= CLAIM_KEYS, sorted(CLAIM_KEYS - set(claim))
        if text is not None:
            assert claim["content_text"] == said_text(text, map(tuple, claim["content_spans"]))


def test_extract_a_text_file(shared_model, tmp_path, capsys):
    src, out = tmp_path / "article.txt", tmp_path / "out" / "claims.jsonl"
    src.write_text(PMF, encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(out), "--no-progress"]) == 0
    (record,) = records(out)
    assert record["id"] == str(src)
    assert_contract(record, PMF)
    assert [(c["content_text"], c["cue_text"], c["speaker_mention_text"]) for c in record["claims"]] == [
        ("the strikes killed four fighters", "said", "The PMF")]
    assert record["errors"] == []
    assert capsys.readouterr().out == ""
    assert [p.name for p in out.parent.iterdir()] == ["claims.jsonl"]  # no .part file left


JSONL_LINES = [
    # (raw line, expected id, error expected)
    (json.dumps({"id": "g1", "text": PMF}).encode(), "g1", False),
    (b"not json at all", "line-2", True),
    (json.dumps({"id": "g3", "body": PMF}).encode(), "g3", True),
    (json.dumps({"id": "g4", "text": 5}).encode(), "g4", True),
    (b'{"id": "g5", "text": "caf\xe9 \xff\xfe"}', "line-5", True),
    (json.dumps({"text": OFFICIALS}).encode(), "line-6", False),
]


def test_extract_jsonl_one_record_per_line(shared_model, tmp_path):
    src, out = tmp_path / "in.txt", tmp_path / "out.jsonl"
    src.write_bytes(b"\n".join(line for line, _, _ in JSONL_LINES) + b"\n")
    assert cli.main(["extract", str(src), "--input-format", "jsonl", "-o", str(out), "--no-progress"]) == 0
    got = records(out)
    assert [r["id"] for r in got] == [i for _, i, _ in JSONL_LINES]
    for number, ((_, _, bad), record) in enumerate(zip(JSONL_LINES, got, strict=True), start=1):
        assert_contract(record)
        if bad:
            assert [e["line"] for e in record["errors"]] == [number]
            assert record["claims"] == []
        else:
            assert record["errors"] == [] and len(record["claims"]) == 1


def test_extract_from_stdin(shared_model, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PMF.encode("utf-8"))))
    assert cli.main(["extract", "-", "--no-progress"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["id"] == "-"
    assert_contract(record, PMF)
    assert len(record["claims"]) == 1


def test_summary(shared_model, tmp_path, capsys):
    src, out = tmp_path / "article.txt", tmp_path / "out.jsonl"
    src.write_text(PMF, encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(out), "--summary", "--no-progress"]) == 0
    printed = capsys.readouterr().out
    assert "Speakers:" in printed and "Claims:" in printed
    assert "PMF [ORG]" in printed
    assert "-said-> [indirect" in printed and "the strikes killed four fighters" in printed


def test_min_confidence_is_passed_to_the_quotes_stage(monkeypatch, nlp, tmp_path):
    text = ('Officials said the bridge would reopen in May.\n\n"Nobody in this town believes a word of it any '
            'more, not after three years of closed lanes and broken promises."')
    finder = nlp.get_pipe("claimex_quotes")

    def load(model=None, *, config=None, **_):
        finder.min_confidence = config["claimex_quotes"]["min_confidence"]
        return nlp

    monkeypatch.setattr(api, "load", load)
    src, out = tmp_path / "article.txt", tmp_path / "out.jsonl"
    src.write_text(text, encoding="utf-8")
    try:
        assert cli.main(["extract", str(src), "-o", str(out), "--min-confidence", "0.5", "--no-progress"]) == 0
    finally:
        finder.min_confidence = 0.0
    (record,) = records(out)
    assert [c["content_text"] for c in record["claims"]] == ["the bridge would reopen in May"]


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_min_confidence_outside_zero_to_one_is_a_usage_error(value, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["extract", str(tmp_path / "a.txt"), "--min-confidence", value])
    assert exit_info.value.code == 2
    assert "not a number from 0 to 1" in capsys.readouterr().err


def test_resume_continues_after_the_last_complete_record(shared_model, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    texts = [("a", PMF), ("b", OFFICIALS), ("c", "About 2,500 US troops are in Iraq.")]
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in texts), encoding="utf-8")
    kept = {"id": "a", "claimex_version": claimex.__version__, "claims": [], "speakers": [], "links": [],
            "errors": [], "kept": True}  # not what extract would write: shows the record was not redone
    out.write_text(json.dumps(kept) + "\n" + '{"id": "b", "claimex_ver', encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(out), "--resume", "--no-progress"]) == 0
    got = records(out)
    assert [r["id"] for r in got] == ["a", "b", "c"]
    assert got[0] == kept
    assert len(got[1]["claims"]) == 1


def test_resume_needs_an_output_file(shared_model, tmp_path, capsys):
    src = tmp_path / "article.txt"
    src.write_text(PMF, encoding="utf-8")
    assert cli.main(["extract", str(src), "--resume", "--no-progress"]) == 1
    assert "--resume needs -o FILE" in capsys.readouterr().err


def test_wrong_command_line_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["extract"])
    assert info.value.code == 2


def test_atomic_writer_writes_on_success(tmp_path):
    target = tmp_path / "sub" / "out.jsonl"
    with atomic_writer(str(target), keep=["kept\n"]) as out:
        out.write("new\n")
        assert not target.exists()
    assert target.read_text(encoding="utf-8") == "kept\nnew\n"
    assert [p.name for p in target.parent.iterdir()] == ["out.jsonl"]


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_atomic_writer_leaves_nothing_when_interrupted(tmp_path, error):
    target = tmp_path / "out.jsonl"
    with pytest.raises(error), atomic_writer(str(target)) as out:
        out.write("half a record")
        raise error
    assert list(tmp_path.iterdir()) == []


def test_atomic_writer_keeps_the_old_file_when_interrupted(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_writer(str(target)) as out:
        out.write("new")
        raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_atomic_writer_honours_the_umask(tmp_path):
    target = tmp_path / "out.jsonl"
    old = os.umask(0o022)
    try:
        with atomic_writer(str(target)) as out:
            out.write("x\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_evaluate_prints_a_table(tmp_path, capsys):
    text = f"{PMF} {OFFICIALS}"

    def at(part: str) -> list[int]:
        start = text.index(part)
        return [start, start + len(part)]

    def gold_quote(content: str, source: str) -> dict:
        cue_start = text.index("said", text.index(source))
        return {"content": at(content), "content_spans": [at(content)], "source": at(source), "source_text": source,
                "cue": [cue_start, cue_start + 4], "cue_text": "said", "type": "indirect",
                "cue_is_speech_verb": True}

    gold = {"id": "d1", "text": text, "quotes": [
        gold_quote("the strikes killed four fighters", "The PMF"),
        gold_quote("no civilians were killed", "Officials"),
    ]}
    pred = {"id": "d1", "claimex_version": claimex.__version__, "claims": [
        {"id": "c1", "type": "indirect", "content": at("the strikes killed four fighters"),
         "content_text": "the strikes killed four fighters", "cue": at("said"), "speaker_mention": at("The PMF"),
         "speaker": None},
    ], "speakers": [], "links": [], "errors": []}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred) + "\n", encoding="utf-8")
    code = cli.main(["evaluate", str(tmp_path / "gold.jsonl"), "--pred", str(tmp_path / "pred.jsonl"),
                     "--no-progress"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "F1" in printed
    all_row = next(line for line in printed.splitlines() if line.startswith("all "))
    assert all_row.split()[1:6] == ["2", "1", "|", "1.000", "0.500"]  # gold, pred | content P, R
    assert "0.667" in all_row


def test_evaluate_unreadable_gold_exits_1(tmp_path, capsys):
    assert cli.main(["evaluate", str(tmp_path / "missing.jsonl"), "--pred", str(tmp_path / "p.jsonl")]) == 1
    assert "claimex: error:" in capsys.readouterr().err


def test_relate_one_line_per_input_line(shared_model, tmp_path):
    lines = [
        json.dumps({"id": "p1", "a": "The army says the commander was killed in the strike",
                    "b": "The group says the commander survived the strike"}),
        "not json at all",
        json.dumps({"id": "p3", "a": "UN condemns attack on aid convoy in Sudan",
                    "b": "EU also condemns the attack on the aid convoy"}),
        "[1, 2]",
        json.dumps({"id": "p5", "a": 3}),
    ]
    src, out = tmp_path / "pairs.jsonl", tmp_path / "related.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli.main(["relate", str(src), "-o", str(out)]) == 0
    got = records(out)
    assert [r["id"] for r in got] == ["p1", "line-2", "p3", "line-4", "p5"]
    assert [bool(r.get("errors")) for r in got] == [False, True, False, True, True]
    for record in got:
        assert record["relation"] in {"disputes", "supports", "responds_to", "none"}
        assert 0.0 <= record["score"] <= 1.0


def test_relate_shows_a_progress_bar_of_pairs_when_asked(shared_model, tmp_path, capsys):
    src, out = tmp_path / "pairs.jsonl", tmp_path / "related.jsonl"
    src.write_text(json.dumps({"id": "p1", "a": "The mayor says the bridge is safe",
                               "b": "Engineers say the bridge is not safe"}) + "\n", encoding="utf-8")
    assert cli.main(["relate", str(src), "-o", str(out), "--progress"]) == 0
    bar = capsys.readouterr().err
    assert "relate: 1pair" in bar  # tqdm counts the pairs (a stream has no total)
    assert cli.main(["relate", str(src), "-o", str(out), "--no-progress"]) == 0
    assert "pair" not in capsys.readouterr().err and len(records(out)) == 1


def test_extract_says_on_stderr_that_a_record_has_errors(shared_model, tmp_path, caplog):
    good, out = tmp_path / "good.txt", tmp_path / "out.jsonl"
    good.write_text('"The council is united," Ana Lee said.', encoding="utf-8")
    missing = tmp_path / "misspelt.txt"
    with caplog.at_level(logging.WARNING, logger="claimex"):
        assert cli.main(["extract", str(good), str(missing), "-o", str(out)]) == 0
    assert [bool(r["errors"]) for r in records(out)] == [False, True]
    said = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert said == [f"1 of 2 documents have errors in their record (the first, {missing}: cannot read {missing}: "
                     "No such file or directory); list them with jq -c 'select(.errors != [])'"]


def test_extract_says_nothing_when_every_record_is_clean(shared_model, tmp_path, caplog):
    good, out = tmp_path / "good.txt", tmp_path / "out.jsonl"
    good.write_text('"The council is united," Ana Lee said.', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="claimex"):
        assert cli.main(["extract", str(good), "-o", str(out)]) == 0
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_relate_with_a_missing_file_exits_1_before_writing(tmp_path, capsys):
    out = tmp_path / "related.jsonl"
    assert cli.main(["relate", str(tmp_path / "missing.jsonl"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"claimex: error: cannot read {tmp_path / 'missing.jsonl'}: no such file" in err
    assert "Errno" not in err and not out.exists()


def test_installed_script(tmp_path):
    """The console script, as a user runs it: a real model load, one text file, one record."""
    script = Path(sys.executable).parent / "claimex"
    if not script.exists():
        pytest.skip(f"no console script at {script}")
    src, out = tmp_path / "article.txt", tmp_path / "out.jsonl"
    src.write_text(PMF, encoding="utf-8")
    done = subprocess.run([str(script), "extract", str(src), "-o", str(out)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    (record,) = records(out)
    assert record["id"] == str(src)
    assert_contract(record, PMF)
    assert [c["content_text"] for c in record["claims"]] == ["the strikes killed four fighters"]


def test_python_m_claimex_runs_the_command(tmp_path):
    """``python -m claimex`` is the console script: the same command, its own exit code and error message."""
    done = subprocess.run([sys.executable, "-m", "claimex", "--version"], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("claimex ")
    missing = tmp_path / "missing.jsonl"
    done = subprocess.run([sys.executable, "-m", "claimex", "relate", str(missing)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 1
    assert f"claimex: error: cannot read {missing}: no such file" in done.stderr


def test_evaluate_marks_runs_claimex_on_the_marked_texts(tmp_path, capsys):
    text = 'WATCH: the debate in full\n\n"We are ready," Lee said. "The plan is sound and it will work."\n'
    follow = text.index("The plan")
    marks = {"id": "d1", "followon": [{"content": [follow, len(text) - 2], "speaker": [text.index("Lee"),
                                                                                      text.index("Lee") + 3],
                                       "speaker_name": "Lee"}],
             "furniture": [[0, text.index("\n")]], "duplicates": []}
    (tmp_path / "marks.jsonl").write_text(json.dumps(marks) + "\n", encoding="utf-8")
    (tmp_path / "texts.jsonl").write_text(json.dumps({"id": "d1", "text": text}) + "\n"
                                          + json.dumps({"id": "other", "text": "Unmarked."}) + "\n", encoding="utf-8")
    code = cli.main(["evaluate-marks", str(tmp_path / "marks.jsonl"), "--texts", str(tmp_path / "texts.jsonl"),
                     "--json", str(tmp_path / "report.json"), "--no-progress"])
    assert code == 0
    assert "follow-on quotes, right speaker  1 of 1" in capsys.readouterr().out
    assert json.loads((tmp_path / "report.json").read_text())["furniture_claims"] == 0


def test_a_line_without_the_text_field_names_the_fields_it_has(tmp_path):
    src = tmp_path / "dump.jsonl"
    src.write_text(json.dumps({"url": "u1", "body": "Lee said the bridge was safe."}) + "\n", encoding="utf-8")
    (item,) = read_jsonl(str(src))
    assert item.error is not None and item.error.message == (
        "line 1 has no 'text' field (its fields: 'url', 'body'); name the text field with --text-field "
        "(read_jsonl: text_field=)")


def test_a_directory_given_as_input_says_to_give_its_files(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for read in (read_text_file, lambda path: next(read_jsonl(path))):
        item = read(str(folder))
        assert item.error is not None
        assert item.error.message == f"cannot read {folder}: it is a directory; give its files, e.g. {folder}/*.txt"


@pytest.mark.parametrize("argv", [["-v", "extract", "a.txt"], ["extract", "a.txt", "-v"], ["relate", "-v", "p.jsonl"]])
def test_verbose_goes_before_or_after_the_subcommand(argv):
    assert cli.build_parser().parse_args(argv).verbose is True


def test_verbose_is_off_by_default():
    assert cli.build_parser().parse_args(["extract", "a.txt"]).verbose is False


@pytest.mark.parametrize("option", ["--n-process", "--batch-size", "--max-chars"])
@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_counts_below_one_are_a_usage_error(option, value, capsys):
    with pytest.raises(SystemExit) as info:
        cli.build_parser().parse_args(["extract", "a.txt", option, value])
    assert info.value.code == 2
    assert f"{value!r} is not a whole number of at least 1" in capsys.readouterr().err


def test_counts_of_one_and_more_are_taken():
    args = cli.build_parser().parse_args(["extract", "a.txt", "--n-process", "2", "--batch-size", "1"])
    assert (args.n_process, args.batch_size) == (2, 1)
