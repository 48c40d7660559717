"""Safe output and safe running.

* ``-o FILE`` is written atomically, with normal permissions; an interrupted run (SIGTERM or SIGINT
  to the process) leaves no half-written file that looks complete and no ``.part`` file, but keeps the
  records it completed in ``FILE.partial``, from which ``--resume`` continues;
* ``--resume`` keeps only complete records of the same inputs;
* no network access at run time, no pickle / eval / exec of anything, and nothing written outside the
  paths the user names.
"""

from __future__ import annotations

import ast
import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import claimex
from claimex import api, cli
from claimex.io import atomic_writer, complete_records

SRC = Path(claimex.__file__).parent
REPO = SRC.parent.parent
PMF = "The PMF said the strikes killed four fighters."
OFFICIALS = "Officials said no civilians were killed."


@pytest.fixture()
def shared_model(monkeypatch, nlp):
    """``claimex extract`` uses the session pipeline instead of loading its own."""
    monkeypatch.setattr(api, "load", lambda model=None, **_: nlp)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_inputs(path: Path, n: int) -> list[str]:
    ids = [f"d{i}" for i in range(n)]
    path.write_text("".join(json.dumps({"id": i, "text": f"Officials said {k} fighters were killed."}) + "\n"
                            for k, i in enumerate(ids)), encoding="utf-8")
    return ids


# --------------------------------------------------------------------------------------------------
# Atomic output with normal permissions


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_the_output_gets_the_permissions_open_would_give(tmp_path, umask, mode):
    target = tmp_path / "out.jsonl"
    old = os.umask(umask)
    try:
        with atomic_writer(str(target)) as out:
            out.write("x\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_a_replaced_output_keeps_its_permissions(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    with atomic_writer(str(target)) as out:
        out.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_keeps_what_was_written_in_the_partial_file(tmp_path):
    target, partial = tmp_path / "out.jsonl", tmp_path / "out.jsonl.partial"
    with pytest.raises(KeyboardInterrupt), atomic_writer(str(target), keep=["a\n"], partial=str(partial)) as out:
        out.write("b\n")
        raise KeyboardInterrupt
    assert not target.exists()
    assert partial.read_text(encoding="utf-8") == "a\nb\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl.partial"]
    with pytest.raises(RuntimeError), atomic_writer(str(target), partial=str(tmp_path / "empty.partial")):
        raise RuntimeError  # nothing written: nothing kept
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl.partial"]


# --------------------------------------------------------------------------------------------------
# Interrupted runs, in a subprocess: SIGTERM / SIGINT while records are being written

#: Runs ``claimex.cli.main`` with each record delayed, so that a signal arrives mid-run.
SLOW_DRIVER = """
import sys, time
from claimex import api, cli
real = api.extract_inputs
def slow(*args, **kwargs):
    for result in real(*args, **kwargs):
        time.sleep(float(sys.argv[1]))
        yield result
api.extract_inputs = slow
sys.exit(cli.main(sys.argv[2:]))
"""


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _in_group(pgid: int) -> list[int]:
    """Processes still alive in a process group (worker processes left behind)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                alive.append(int(entry.name))
    return alive


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="signals and /proc")
@pytest.mark.parametrize(("signum", "n_process"), [(signal.SIGTERM, 1), (signal.SIGINT, 1), (signal.SIGTERM, 2)],
                         ids=["SIGTERM", "SIGINT", "SIGTERM-2-processes"])
def test_an_interrupted_run_then_resume(shared_model, tmp_path, signum, n_process):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = write_inputs(src, 120)
    argv = ["extract", str(src), "-o", str(out), "--no-progress", "--batch-size", "4", "--n-process", str(n_process)]
    with subprocess.Popen([sys.executable, "-c", SLOW_DRIVER, "0.05", *argv], cwd=tmp_path, stderr=subprocess.PIPE,
                          text=True, start_new_session=True) as proc:
        try:
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline and proc.poll() is None:
                parts = list(tmp_path.glob(".out.jsonl.*.part"))
                if parts and _lines(parts[0]) >= 8:
                    break
                time.sleep(0.05)
            running = proc.poll() is None
            if running:
                os.kill(proc.pid, signum)
            _, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    assert running, f"the run ended before it could be interrupted: {err}"
    assert proc.returncode == 130, err
    assert "interrupted" in err and "--resume" in err
    assert _in_group(proc.pid) == [], "worker processes outlived the run"
    # no output that looks complete, no .part file; the complete records are in out.jsonl.partial
    partial = tmp_path / "out.jsonl.partial"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl.partial"]
    kept = complete_records(str(partial))
    assert len(kept) >= 8
    assert [r["id"] for r in kept] == ids[: len(kept)]
    first_lines = partial.read_text(encoding="utf-8").splitlines(keepends=True)[: len(kept)]
    # --resume continues after the last complete record
    assert cli.main([*argv[:5], "--resume", "--n-process", "1"]) == 0
    got = records(out)
    assert [r["id"] for r in got] == ids
    assert out.read_text(encoding="utf-8").splitlines(keepends=True)[: len(kept)] == first_lines
    assert all(r["claims"] and not r["errors"] for r in got)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


#: A run whose first interruption is lost: SIGTERM arrives while an at-fork hook runs (as when spaCy
#: forks its workers), where Python prints the KeyboardInterrupt and drops it; then the run waits.
LOST_INTERRUPT_DRIVER = """
import os, sys, time
from pathlib import Path
from claimex import api, cli
ready = Path(sys.argv[1])
os.register_at_fork(after_in_parent=lambda: (ready.touch(), time.sleep(2)))
real = api.extract_inputs
def forking(*args, **kwargs):
    for result in real(*args, **kwargs):
        yield result
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
        time.sleep(60)
api.extract_inputs = forking
sys.exit(cli.main(sys.argv[2:]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and signals")
def test_a_lost_interruption_is_raised_again(tmp_path):
    src, out, ready = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "forking"
    write_inputs(src, 3)
    argv = ["extract", str(src), "-o", str(out), "--no-progress", "--batch-size", "1"]
    with subprocess.Popen([sys.executable, "-c", LOST_INTERRUPT_DRIVER, str(ready), *argv], stderr=subprocess.PIPE,
                          text=True, start_new_session=True) as proc:
        try:
            deadline = time.monotonic() + 120
            while not ready.exists() and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.02)
            time.sleep(0.5)  # inside the at-fork hook
            os.kill(proc.pid, signal.SIGTERM)
            start = time.monotonic()
            _, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    assert "Exception ignored" in err  # the first KeyboardInterrupt was lost ...
    assert proc.returncode == 130, err  # ... and raised again
    assert time.monotonic() - start < 15
    assert sorted(p.name for p in tmp_path.iterdir()) == ["forking", "in.jsonl", "out.jsonl.partial"]


def test_an_interrupted_run_keeps_the_old_output(shared_model, tmp_path, monkeypatch, capsys):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_inputs(src, 10)
    out.write_text("an older, complete output\n", encoding="utf-8")
    real = api.extract_inputs

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        for n, result in enumerate(real(*args, **kwargs)):
            if n == 3:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(api, "extract_inputs", interrupted)
    assert cli.main(["extract", str(src), "-o", str(out), "--no-progress"]) == 130
    assert out.read_text(encoding="utf-8") == "an older, complete output\n"
    assert [r["id"] for r in records(tmp_path / "out.jsonl.partial")] == ["d0", "d1", "d2"]
    assert "out.jsonl.partial" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl", "out.jsonl.partial"]


# --------------------------------------------------------------------------------------------------
# --resume


def test_resume_after_a_torn_last_line(shared_model, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = write_inputs(src, 5)
    kept = [{"id": i, "claimex_version": claimex.__version__, "claims": [], "speakers": [], "links": [],
             "errors": [], "kept": True} for i in ids[:2]]  # not what extract writes: shows they are kept
    torn = '{"id": "d2", "claimex_version": "0.'
    out.write_text("".join(json.dumps(r) + "\n" for r in kept) + torn, encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(out), "--resume", "--no-progress"]) == 0
    got = records(out)
    assert [r["id"] for r in got] == ids
    assert got[:2] == kept
    assert all(r["claims"] for r in got[2:])


@pytest.mark.parametrize("content", [
    '{"id": "d0"}\n{"id": "not-d1"}\n',  # another input file's output
    "".join(json.dumps({"id": f"d{i}"}) + "\n" for i in range(6)),  # more records than inputs
])
def test_resume_refuses_the_output_of_other_inputs(shared_model, tmp_path, capsys, content):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_inputs(src, 5)
    out.write_text(content, encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(out), "--resume", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "--resume: record" in err and "is not the output of these inputs" in err
    assert out.read_text(encoding="utf-8") == content  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_resume_reads_the_partial_file_first_and_a_full_run_removes_it(shared_model, tmp_path):
    src, out, partial = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "out.jsonl.partial"
    ids = write_inputs(src, 4)
    out.write_text('{"id": "an older run"}\n', encoding="utf-8")
    partial.write_text(json.dumps({"id": "d0", "kept": True}) + "\n", encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(out), "--resume", "--no-progress"]) == 0
    got = records(out)
    assert [r["id"] for r in got] == ids and got[0] == {"id": "d0", "kept": True}
    assert not partial.exists()
    partial.write_text("stale\n", encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(out), "--no-progress"]) == 0
    assert not partial.exists()


def test_resume_with_nothing_to_resume_runs_everything(shared_model, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = write_inputs(src, 3)
    assert cli.main(["extract", str(src), "-o", str(out), "--resume", "--no-progress"]) == 0
    assert [r["id"] for r in records(out)] == ids


def test_resume_keeps_escaped_records_as_they_were(shared_model, tmp_path):
    """A record with an unpaired surrogate in its id is written with ASCII escapes and kept verbatim."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b'{"id": "a\\ud800", "text": "The PMF said the strikes killed four fighters."}\n'
                    b'{"id": "b", "text": "Officials said no civilians were killed."}\n')
    assert cli.main(["extract", str(src), "-o", str(out), "--no-progress"]) == 0
    first = out.read_bytes().splitlines(keepends=True)[0]
    assert b"\\ud800" in first
    out.write_bytes(first)
    assert cli.main(["extract", str(src), "-o", str(out), "--resume", "--no-progress"]) == 0
    assert out.read_bytes().splitlines(keepends=True)[0] == first
    assert [r["id"] for r in records(out)] == ["a\ud800", "b"]


# --------------------------------------------------------------------------------------------------
# No network, nothing written where the user did not say

#: Runs ``claimex.cli.main`` with every way to open a network connection disabled (and reported).
OFFLINE_DRIVER = """
import socket, sys

def deny(*args, **kwargs):
    sys.stderr.write(f"NETWORK ATTEMPT {args!r}\\n")
    raise OSError("network access is disabled for this test")

socket.socket.connect = deny
socket.socket.connect_ex = deny
socket.socket.sendto = deny
socket.create_connection = deny
socket.getaddrinfo = deny
from claimex.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")} if root.exists() else set()


@pytest.mark.slow
def test_extract_runs_offline_and_writes_only_its_output(tmp_path):
    work, home, tmp, data = (tmp_path / n for n in ("work", "home", "tmp", "data"))
    for d in (work, home, tmp, data):
        d.mkdir()
    (data / "article.txt").write_text(PMF, encoding="utf-8")
    (data / "in.jsonl").write_text(json.dumps({"id": "a", "text": OFFICIALS}) + "\n", encoding="utf-8")
    before = {d: _files(d) for d in (work, home, tmp, data)}
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "SPACY", "HF_", "TRANSFORMERS"))}
    env.update(HOME=str(home), TMPDIR=str(tmp), TMP=str(tmp), TEMP=str(tmp))
    argv = ["extract", str(data / "article.txt"), str(data / "in.jsonl"), "-o", "out/claims.jsonl", "--no-progress"]
    done = subprocess.run([sys.executable, "-c", OFFLINE_DRIVER, *argv], cwd=work, env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert "NETWORK ATTEMPT" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    got = records(work / "out" / "claims.jsonl")
    assert [r["id"] for r in got] == [str(data / "article.txt"), "a"]
    assert all(r["claims"] and not r["errors"] for r in got)
    assert _files(work) == before[work] | {"out", "out/claims.jsonl"}
    for d in (home, tmp, data):
        assert _files(d) == before[d], f"{d.name}: {sorted(_files(d) - before[d])}"


#: Calls that would run or unpickle what a user passes in.
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_ATTRIBUTES = {("pickle", "load"), ("pickle", "loads"), ("pickle", "Unpickler"), ("marshal", "load"),
                        ("marshal", "loads"), ("shelve", "open"), ("yaml", "load"), ("yaml", "unsafe_load"),
                        ("dill", "load"), ("dill", "loads"), ("cloudpickle", "load"), ("cloudpickle", "loads"),
                        ("srsly", "pickle_loads"), ("srsly", "read_pickle"), ("torch", "load"), ("os", "system"),
                        ("os", "popen")}
#: The same, as text (comments aside).
FORBIDDEN_TEXT = re.compile(r"\bpickle\.load|\beval\(|\bexec\(")


def test_no_pickle_eval_or_exec_in_the_source():
    found = []
    for path in sorted(SRC.rglob("*.py")):
        where = path.relative_to(SRC.parent).as_posix()
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
                found += [f"{where}:{node.lineno} imports {n}" for n in names
                          if n and n.split(".")[0] in ("pickle", "marshal", "shelve", "dill", "cloudpickle")]
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
                found.append(f"{where}:{node.lineno} calls {func.id}()")
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                    and (func.value.id, func.attr) in FORBIDDEN_ATTRIBUTES:
                found.append(f"{where}:{node.lineno} calls {func.value.id}.{func.attr}()")
            if any(k.arg == "shell" and isinstance(k.value, ast.Constant) and k.value.value for k in node.keywords):
                found.append(f"{where}:{node.lineno} runs a shell")
        found += [f"{where}: {line.strip()}" for line in source.splitlines()
                  if FORBIDDEN_TEXT.search(line) and not line.lstrip().startswith("#")]
    assert found == []
