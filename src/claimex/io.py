"""Reading inputs and writing results: JSONL in and out, atomic files, per-line error records.

Every input line becomes exactly one output record, in order: a line that is not JSON, has no text
field, a text that is not a string, bytes that are not UTF-8 or a ``\\ud800``-style escape that is not a
character (an unpaired surrogate) become records with ``errors`` (and the line number), never an
exception that ends the run.

Output files are written atomically (:func:`atomic_writer`): to a ``.part`` file beside the target,
renamed into place only when the run succeeds, with the permissions ``open()`` would give.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, Any

from .errors import ClaimexError
from .markup import html_to_text
from .model import DocError, Result


def read_weights_json(source: str | Path) -> dict[str, Any]:
    """A weights file as JSON: a path to a ``.json`` file that exists, else the packaged
    ``claimex/weights/{source}.json`` by name (``"links.v5"``, ``"relate.v5"``, ``"confidence.v1"``).

    Raises:
        ClaimexError: ``source`` is a ``.json`` path that does not exist, or no packaged weights file's name.
    """
    path = Path(source)
    if path.suffix == ".json":
        if not path.exists():
            raise ClaimexError(f"weights file not found: {path}")
        return json.loads(path.read_text(encoding="utf-8"))
    packaged = resources.files("claimex").joinpath("weights")
    resource = packaged.joinpath(f"{source}.json")
    if not resource.is_file():
        names = sorted(p.name.removesuffix(".json") for p in packaged.iterdir() if p.name.endswith(".json"))
        raise ClaimexError(f"no weights file {str(source)!r}: give the path of a .json file, or one of the "
                           f"weights claimex ships: {', '.join(names)}")
    return json.loads(resource.read_text(encoding="utf-8"))


def read_linear_weights(data: Mapping[str, Any], what: str) -> tuple[str, float, dict[str, float]]:
    """The ``version``, ``intercept`` and ``weights`` (feature name -> weight) of the weights file of a
    linear model over named features (the claim confidence, the target ranker).

    Raises:
        ClaimexError: a key is missing or a value is not of its kind; the message names ``what``.
    """
    try:
        return (str(data["version"]), float(data["intercept"]),
                {str(k): float(v) for k, v in data["weights"].items()})
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise ClaimexError(f"not a claimex {what} weights file ({err!r}): it needs 'version', "
                           "'intercept' and 'weights' (feature name -> weight)") from err


@dataclass(frozen=True, slots=True)
class InputDoc:
    """One input document: its id and text, or the error that kept it from being read."""

    id: str
    text: str | None
    error: DocError | None = None


def _cannot_read(path: str, err: OSError) -> str:
    """Why a file cannot be read; for a directory, how to give its files instead."""
    if isinstance(err, IsADirectoryError):
        return f"cannot read {path}: it is a directory; give its files, e.g. {Path(path) / '*.txt'}"
    return f"cannot read {path}: {err.strerror or err}"


def read_text_file(path: str) -> InputDoc:
    """A whole text file as one document whose id is its path (``-`` reads standard input)."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as err:
        return InputDoc(path, None, DocError("input", _cannot_read(path, err)))
    try:
        return InputDoc(path, data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        return InputDoc(path, None, DocError("input", f"{path} is not UTF-8 text ({err.reason} at byte "
                                                      f"{err.start})"))


def read_html_file(path: str) -> InputDoc:
    """A whole HTML file as one document, read as the text a reader sees (:func:`~claimex.markup.html_to_text`):
    the offsets of its result index that text."""
    doc = read_text_file(path)
    if doc.text is None:
        return doc
    return InputDoc(doc.id, html_to_text(doc.text))


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
                yield InputDoc(path, None, DocError("input", _cannot_read(path, err)))
                return
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            yield parse_jsonl_line(line, number, text_field=text_field, id_field=id_field)


def parse_jsonl_line(line: bytes, number: int, *, text_field: str = "text", id_field: str = "id") -> InputDoc:
    """One JSONL line as an input document, or an error record that names the line."""
    fallback = f"line-{number}"
    try:
        # "utf-8-sig" on the first line: files saved by Windows tools start with a byte order mark
        record = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError as err:
        return InputDoc(fallback, None, DocError("input", f"line {number} is not UTF-8 ({err.reason})", number))
    except json.JSONDecodeError as err:
        return InputDoc(fallback, None, DocError("input", f"line {number} is not JSON: {err.msg}", number))
    if not isinstance(record, dict):
        return InputDoc(fallback, None, DocError("input", f"line {number} is not a JSON object", number))
    doc_id = record.get(id_field)
    doc_id = fallback if doc_id is None else str(doc_id)
    if text_field not in record:
        return InputDoc(doc_id, None, DocError("input", _no_text_field(number, text_field, record), number))
    text = record[text_field]
    if not isinstance(text, str):
        return InputDoc(doc_id, None, DocError(
            "input", f"line {number}: {text_field!r} is {type(text).__name__}, not a string", number))
    bad = _first_surrogate(text)
    if bad is not None:
        return InputDoc(doc_id, None, DocError(
            "input", f"line {number}: {text_field!r} has an unpaired surrogate (\\u{ord(text[bad]):04x}) at "
                     f"character {bad}; it is not text (fix the escape that produced it)", number))
    return InputDoc(doc_id, text)


def _first_surrogate(text: str) -> int | None:
    """Index of the first unpaired surrogate in ``text`` (what a JSON escape like "\\ud800" gives)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return err.start
    return None


def to_json_line(result: Result) -> str:
    """One output record as a JSON line, always encodable as UTF-8.

    Non-ASCII characters are written as themselves; a record holding an unpaired surrogate (an id read
    from a ``"\\ud800"`` escape) is written with ASCII escapes instead, so it round-trips exactly and never
    stops the run.
    """
    data = result.to_dict()
    line = json.dumps(data, ensure_ascii=False)
    if _first_surrogate(line) is not None:
        line = json.dumps(data, ensure_ascii=True)
    return line + "\n"


def partial_path(path: str) -> str:
    """Where an interrupted ``claimex extract -o PATH`` leaves the records it completed."""
    return f"{path}.partial"


def _create_part_file(target: Path) -> tuple[int, str]:
    """A new, empty ``.part`` file beside ``target``, created as ``open()`` would create the target.

    ``tempfile.mkstemp`` makes its files 0600 whatever the umask; here the mode is that of the file
    being replaced, or 0666 less the umask for a new file (the operating system applies the umask).
    """
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = None
    for _ in range(100):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
        except FileExistsError:
            continue
        if mode is not None:
            with contextlib.suppress(OSError):
                os.chmod(tmp, mode)
        return fd, str(tmp)
    raise FileExistsError(f"could not create a temporary file beside {target}")


@contextlib.contextmanager
def atomic_writer(path: str | None, *, keep: Iterable[str] = (), partial: str | None = None) -> Iterator[IO[str]]:
    """Write to a temporary file beside ``path`` and rename it into place only on success.

    An interrupted run never leaves a half-written file that looks complete: the ``.part`` file is
    removed, and an existing ``path`` is left as it was. ``None`` or ``-`` writes to standard output.

    Args:
        path: the output file (its directory is created), or None / ``-`` for standard output.
        keep: lines written first (the records a ``--resume`` keeps).
        partial: when the run is interrupted or fails, move what was written to this file (e.g.
            ``OUT.partial``, see :func:`partial_path`) instead of deleting it, so ``--resume`` can go
            on from there. Nothing is kept when nothing was written.
    """
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_part_file(target)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.writelines(keep)
            yield out
            out.flush()
            os.fsync(out.fileno())  # the data is on disk before the name points at it
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            if partial is not None and os.path.getsize(tmp) > 0:
                os.replace(tmp, partial)
            else:
                os.unlink(tmp)
        raise


#: Most field names a "no text field" message lists.
SHOWN_FIELDS = 8


def _no_text_field(number: int, text_field: str, record: dict[str, Any]) -> str:
    """Say which fields the line has, so that the right ``--text-field`` is one look away."""
    names = [str(name) for name in record]
    shown = ", ".join(map(repr, names[:SHOWN_FIELDS])) + (", ..." if len(names) > SHOWN_FIELDS else "")
    return (f"line {number} has no {text_field!r} field (its fields: {shown or 'none'}); "
            "name the text field with --text-field (read_jsonl: text_field=)")


def complete_records(path: str) -> list[dict[str, Any]]:
    """The complete JSON records at the start of a JSONL file (a torn last line is dropped)."""
    return [record for _, record in complete_lines(path)]


def complete_lines(path: str) -> list[tuple[str, dict[str, Any]]]:
    """Each complete record at the start of a JSONL file, as its line (verbatim) and its JSON object.

    Reading stops at the first line that is torn (no newline at its end), not JSON, or not an object:
    what follows it is not trusted. A missing file has no records.
    """
    out: list[tuple[str, dict[str, Any]]] = []
    try:
        with open(path, encoding="utf-8", errors="surrogateescape", newline="\n") as f:
            for line in f:
                if not line.endswith("\n"):
                    break
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    break
                if not isinstance(record, dict) or _first_surrogate(line) is not None:
                    break
                out.append((line, record))
    except FileNotFoundError:
        return []
    return out


def write_jsonl(results: Iterable[Result], out: IO[str]) -> int:
    n = 0
    for result in results:
        out.write(to_json_line(result))
        n += 1
    return n
