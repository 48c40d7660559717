"""Reading inputs and writing results: JSONL in and out, atomic files, per-line error records.

Every input line becomes exactly one output record, in order: a line that is not JSON, has no text
field, a text that is not a string or bytes that are not UTF-8 become records with ``errors`` (and the
line number), never an exception that ends the run.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .model import DocError, Result


@dataclass(frozen=True, slots=True)
class InputDoc:
    """One input document: its id and text, or the error that kept it from being read."""

    id: str
    text: str | None
    error: DocError | None = None


def read_text_file(path: str) -> InputDoc:
    """A whole text file as one document whose id is its path (``-`` reads standard input)."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as err:
        return InputDoc(path, None, DocError("input", f"cannot read {path}: {err.strerror or err}"))
    try:
        return InputDoc(path, data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        return InputDoc(path, None, DocError("input", f"{path} is not UTF-8 text ({err.reason} at byte "
                                                      f"{err.start})"))


def read_jsonl(path: str, *, text_field: str = "text", id_field: str = "id") -> Iterator[InputDoc]:
    """Documents from a JSONL file (or ``-``), lazily, one per non-blank line."""
    stream: IO[bytes]
    with contextlib.ExitStack() as stack:
        if path == "-":
            stream = sys.stdin.buffer
        else:
            try:
                stream = stack.enter_context(open(path, "rb"))
            except OSError as err:
                yield InputDoc(path, None, DocError("input", f"cannot read {path}: {err.strerror or err}"))
                return
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            yield parse_jsonl_line(line, number, text_field=text_field, id_field=id_field)


def parse_jsonl_line(line: bytes, number: int, *, text_field: str = "text", id_field: str = "id") -> InputDoc:
    """One JSONL line as an input document, or an error record that names the line."""
    fallback = f"line-{number}"
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as err:
        return InputDoc(fallback, None, DocError("input", f"line {number} is not UTF-8 ({err.reason})", number))
    except json.JSONDecodeError as err:
        return InputDoc(fallback, None, DocError("input", f"line {number} is not JSON: {err.msg}", number))
    if not isinstance(record, dict):
        return InputDoc(fallback, None, DocError("input", f"line {number} is not a JSON object", number))
    doc_id = record.get(id_field)
    doc_id = fallback if doc_id is None else str(doc_id)
    if text_field not in record:
        return InputDoc(doc_id, None, DocError("input", f"line {number} has no {text_field!r} field", number))
    text = record[text_field]
    if not isinstance(text, str):
        return InputDoc(doc_id, None, DocError(
            "input", f"line {number}: {text_field!r} is {type(text).__name__}, not a string", number))
    return InputDoc(doc_id, text)


def to_json_line(result: Result) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False) + "\n"


@contextlib.contextmanager
def atomic_writer(path: str | None, *, keep: Iterable[str] = ()) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename it into place only on success.

    An interrupted run never leaves a half-written file that looks complete. ``None`` or ``-`` writes
    to standard output. ``keep`` lines are written first (the records a ``--resume`` keeps).
    """
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.writelines(keep)
            yield out
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def complete_records(path: str) -> list[dict[str, Any]]:
    """The complete JSON records at the start of a JSONL file (a torn last line is dropped)."""
    out: list[dict[str, Any]] = []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.endswith("\n"):
                    break
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    break
    except FileNotFoundError:
        return []
    return out


def write_jsonl(results: Iterable[Result], out: IO[str]) -> int:
    n = 0
    for result in results:
        out.write(to_json_line(result))
        n += 1
    return n
