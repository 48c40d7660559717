"""The same extraction over a Dask bag or dataframe, on one machine or a cluster (``claimex[dask]``).

Each worker process builds its pipeline once, on its first task or when the :class:`ClaimexPlugin`
worker plugin starts it, and keeps it for every task after (a pipeline per process, never per task).
The records are exactly those of :func:`claimex.extract_many` (``Result.to_dict()``), in input order.

>>> import dask.bag as db
>>> from claimex.dask import extract_bag, write_jsonl
>>> bag = db.from_sequence([("a", "The PMF said the strikes killed four fighters.")], partition_size=32)
>>> records = extract_bag(bag)                      # a bag of dicts, lazily
>>> write_jsonl(records, "out/claims-*.jsonl")      # one file per partition, written by the workers

From the command line, ``claimex extract --engine dask`` runs on a local cluster of ``--n-process``
worker processes, or on the cluster whose scheduler ``--scheduler tcp://host:8786`` names.
"""

from __future__ import annotations

import functools
import json
import logging
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .api import DEFAULT_MAX_CHARS, extract_inputs
from .errors import ClaimexError
from .io import InputDoc
from .model import DocError, Result

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd
    from distributed import Client
    from spacy.language import Language

log = logging.getLogger(__name__)

#: The record fields that become (JSON-encoded) columns of a dataframe or Parquet file.
RECORD_COLUMNS: tuple[str, ...] = ("claims", "speakers", "links", "errors")
#: Chunks of documents a scheduler may hold per worker thread before the client waits (``extract_stream``).
IN_FLIGHT_PER_THREAD = 2

_INSTALL_HINT = "claimex.dask needs Dask: pip install 'claimex[dask]'"


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as err:
        raise ClaimexError(f"{_INSTALL_HINT} ({err})") from err


@dataclass(frozen=True)
class PipelineSpec:
    """What pipeline a worker builds: arguments of :func:`claimex.load` (hashable, picklable)."""

    model: str | None = None
    disable: tuple[str, ...] = ()
    config: str = "{}"  # per-component config as JSON (hashable)
    batch_size: int = 32
    max_chars: int = DEFAULT_MAX_CHARS
    max_piece_chars: int | None = None

    @classmethod
    def of(cls, model: str | None = None, *, disable: Sequence[str] = (),
           config: dict[str, dict[str, Any]] | None = None, batch_size: int = 32,
           max_chars: int = DEFAULT_MAX_CHARS, max_piece_chars: int | None = None) -> PipelineSpec:
        return cls(model, tuple(disable), json.dumps(config or {}, sort_keys=True), batch_size, max_chars,
                   max_piece_chars)


@functools.lru_cache(maxsize=4)
def _pipeline(model: str | None, disable: tuple[str, ...], config: str) -> tuple[Language, threading.Lock]:
    """The pipeline of this process for a spec, built on first use; the lock serialises the threads of a
    worker that has several (spaCy pipelines are not meant to be shared by concurrent threads)."""
    from .api import load

    log.info("building the claimex pipeline in this worker process")
    return load(model, disable=disable, config=json.loads(config)), threading.Lock()


def pipeline_for(spec: PipelineSpec) -> tuple[Language, threading.Lock]:
    return _pipeline(spec.model, spec.disable, spec.config)


def _plugin_base() -> type:
    try:
        from distributed import WorkerPlugin
    except ImportError:  # the plugin is only used with distributed; keep the module importable
        return object
    return WorkerPlugin


class ClaimexPlugin(_plugin_base()):  # type: ignore[misc]
    """A worker plugin that builds the pipeline when a worker starts (or joins), so the first task
    does not pay for it and a missing model shows at once."""

    name = "claimex"

    def __init__(self, spec: PipelineSpec) -> None:
        self.spec = spec

    def setup(self, worker: Any) -> None:
        pipeline_for(self.spec)


def register(client: Client, spec: PipelineSpec) -> None:
    """Build the pipeline on every worker of ``client`` now, and on workers that join later."""
    plugin = ClaimexPlugin(spec)
    name = f"claimex-{hash(spec) & 0xFFFFFFFF:x}"
    client.register_plugin(plugin, name=name)


# ------------------------------------------------------------------------------------------------
# Tasks (run in the workers)


def _as_input(item: Any, default_id: str, text_field: str, id_field: str) -> InputDoc:
    """A bag item as an input document: a text, an ``(id, text)`` pair, a dict or an InputDoc."""
    if isinstance(item, InputDoc):
        return item
    if isinstance(item, str):
        return InputDoc(default_id, item)
    if isinstance(item, tuple | list) and len(item) == 2:
        return InputDoc(str(item[0]), item[1])
    if isinstance(item, dict):
        doc_id = item.get(id_field)
        return InputDoc(default_id if doc_id is None else str(doc_id), item.get(text_field))
    return InputDoc(default_id, None, DocError("input", f"a bag item must be a text, an (id, text) pair or a "
                                                        f"dict, not {type(item).__name__}"))


def extract_records(items: Iterable[InputDoc], spec: PipelineSpec) -> list[dict[str, Any]]:
    """``Result.to_dict()`` of each input, with this process's pipeline (the body of every task)."""
    nlp, lock = pipeline_for(spec)
    with lock:
        return [r.to_dict() for r in extract_inputs(items, nlp=nlp, batch_size=spec.batch_size,
                                                    max_chars=spec.max_chars,
                                                    max_piece_chars=spec.max_piece_chars)]


def _extract_partition(items: Iterable[Any], partition: int, spec: PipelineSpec, text_field: str,
                       id_field: str) -> list[dict[str, Any]]:
    docs = [_as_input(item, f"{partition}-{n}", text_field, id_field) for n, item in enumerate(items)]
    return extract_records(docs, spec)


def _extract_frame(frame: pd.DataFrame, spec: PipelineSpec, text_column: str,
                   id_column: str | None) -> pd.DataFrame:
    ids = frame[id_column] if id_column is not None else frame.index
    docs = [InputDoc(str(i), t if isinstance(t, str) else None,
                     None if isinstance(t, str) else DocError("input", f"{text_column!r} is not a string"))
            for i, t in zip(ids, frame[text_column], strict=True)]
    return records_frame(extract_records(docs, spec) if docs else [], index=frame.index)


def records_frame(records: Sequence[dict[str, Any]], index: Any = None) -> pd.DataFrame:
    """Records as a dataframe: ``id``, ``claimex_version``, counts, and the lists as JSON strings."""
    import pandas as pd

    data: dict[str, Any] = {
        "id": pd.Series([r["id"] for r in records], dtype="string"),
        "claimex_version": pd.Series([r["claimex_version"] for r in records], dtype="string"),
        "n_claims": pd.Series([len(r["claims"]) for r in records], dtype="int64"),
    }
    for name in RECORD_COLUMNS:
        data[name] = pd.Series([json.dumps(r[name], ensure_ascii=False) for r in records], dtype="string")
    frame = pd.DataFrame(data)
    if index is not None:
        frame.index = index
    return frame


# ------------------------------------------------------------------------------------------------
# The Python API


def extract_bag(bag: dask.bag.Bag, *, model: str | None = None, disable: Sequence[str] = (),
                config: dict[str, dict[str, Any]] | None = None, batch_size: int = 32,
                max_chars: int = DEFAULT_MAX_CHARS, max_piece_chars: int | None = None,
                text_field: str = "text", id_field: str = "id") -> dask.bag.Bag:
    """Claims, speakers and links of every document of a Dask bag, as a bag of records.

    Args:
        bag: texts, ``(id, text)`` pairs, dicts with ``text_field`` / ``id_field``, or InputDocs. A text
            without an id gets ``"<partition>-<position>"``.
        model, disable, config: as for :func:`claimex.load`; each worker process builds the pipeline
            once and keeps it.
        batch_size: documents per spaCy batch within a partition.
        max_chars, max_piece_chars: as for :func:`claimex.extract_many`.

    Returns:
        A lazy bag of ``Result.to_dict()`` records, one per item, in the bag's order.
    """
    _require_dask()
    import dask
    import dask.bag as db

    spec = PipelineSpec.of(model, disable=disable, config=config, batch_size=batch_size, max_chars=max_chars,
                           max_piece_chars=max_piece_chars)
    task = dask.delayed(_extract_partition, pure=True)
    parts = [task(p, k, spec, text_field, id_field) for k, p in enumerate(bag.to_delayed(optimize_graph=False))]
    return db.from_delayed(parts)


def extract_dataframe(frame: dask.dataframe.DataFrame, *, text_column: str = "text", id_column: str | None = "id",
                      model: str | None = None, disable: Sequence[str] = (),
                      config: dict[str, dict[str, Any]] | None = None, batch_size: int = 32,
                      max_chars: int = DEFAULT_MAX_CHARS,
                      max_piece_chars: int | None = None) -> dask.dataframe.DataFrame:
    """The records of every row of a Dask dataframe, as a dataframe (ready for ``to_parquet``).

    Args:
        frame: one document a row.
        text_column: the column with the text.
        id_column: the column with the id; None: the index.

    Returns:
        A lazy dataframe with the input's index and the columns ``id``, ``claimex_version``,
        ``n_claims`` and ``claims``, ``speakers``, ``links``, ``errors`` (JSON strings of the record's
        lists, as in the JSONL output).
    """
    _require_dask()
    spec = PipelineSpec.of(model, disable=disable, config=config, batch_size=batch_size, max_chars=max_chars,
                           max_piece_chars=max_piece_chars)
    if id_column is not None and id_column not in frame.columns:
        id_column = None
    return frame.map_partitions(_extract_frame, spec, text_column, id_column, meta=records_frame([]))


def write_jsonl(records: dask.bag.Bag, path: str) -> list[str]:
    """Write a bag of records as JSONL.

    Args:
        records: from :func:`extract_bag`.
        path: a name with ``*`` (``out/part-*.jsonl``) writes one file per partition from the workers
            (the path must be reachable by them); a plain name writes one file, in order, from here.

    Returns:
        The files written.
    """
    _require_dask()
    if "*" in path:
        lines = records.map(lambda r: json.dumps(r, ensure_ascii=False))
        return [str(p) for p in lines.to_textfiles(path)]
    from .io import atomic_writer

    with atomic_writer(path) as out:
        for part in records.to_delayed():
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in part.compute())
    return [path]


def write_parquet(records: dask.dataframe.DataFrame | dask.bag.Bag, path: str) -> None:
    """Write records (from :func:`extract_dataframe` or :func:`extract_bag`) as a Parquet dataset."""
    _require_dask()
    import dask
    import dask.bag as db
    import dask.dataframe as dd

    frame: Any = records
    if isinstance(records, db.Bag):
        to_frame = dask.delayed(records_frame, pure=True)
        frame = dd.from_delayed([to_frame(part) for part in records.to_delayed()], meta=records_frame([]))
    frame.to_parquet(path, write_index=False)


# ------------------------------------------------------------------------------------------------
# Streaming for the command line: ordered, bounded, one record per input


@dataclass
class DaskEngine:
    """Runs :func:`claimex.extract_inputs` on a Dask cluster, in order, with bounded memory.

    ``scheduler`` None starts a local cluster of ``n_workers`` processes (one thread each) for the run.
    """

    scheduler: str | None = None
    n_workers: int = 1
    spec: PipelineSpec = field(default_factory=PipelineSpec)
    chunk_size: int = 32

    def results(self, inputs: Iterable[InputDoc]) -> Iterator[Result]:
        _require_dask()
        from distributed import Client, LocalCluster

        quiet = logging.getLogger("distributed")
        level = quiet.level
        if not log.isEnabledFor(logging.INFO):  # Dask's start-up and shut-down chatter only with -v
            quiet.setLevel(logging.WARNING)
        cluster = None
        try:
            if self.scheduler:
                client = Client(self.scheduler)
            else:
                cluster = LocalCluster(n_workers=max(1, self.n_workers), threads_per_worker=1, processes=True,
                                       dashboard_address=":0", silence_logs=logging.WARNING)
                client = Client(cluster)
            try:
                register(client, self.spec)
                yield from self._stream(client, inputs)
            finally:
                client.close()
                if cluster is not None:
                    cluster.close()
        finally:
            quiet.setLevel(level)

    def _stream(self, client: Client, inputs: Iterable[InputDoc]) -> Iterator[Result]:
        threads = max(1, sum(client.nthreads().values()))
        limit = IN_FLIGHT_PER_THREAD * threads
        pending: deque[tuple[list[InputDoc], Any]] = deque()
        chunk: list[InputDoc] = []

        def submit() -> None:
            pending.append((chunk, client.submit(extract_records, chunk, self.spec, pure=False)))

        for item in inputs:
            chunk.append(item)
            if len(chunk) >= self.chunk_size:
                submit()
                chunk = []
                while len(pending) >= limit:
                    yield from _collect(*pending.popleft())
        if chunk:
            submit()
        while pending:
            yield from _collect(*pending.popleft())


def _collect(chunk: list[InputDoc], future: Any) -> Iterator[Result]:
    try:
        records = future.result()
    except Exception as err:  # a worker died or the task failed: one error record per input
        log.warning("a Dask task failed: %r", err)
        error = DocError("pipeline", f"Dask task failed: {err!r}")
        records = [Result.failed(d.id, "", [d.error or error]).to_dict() for d in chunk]
    for doc, record in zip(chunk, records, strict=True):
        yield Result.from_dict(record, text=doc.text if isinstance(doc.text, str) else "")


__all__ = ["ClaimexPlugin", "DaskEngine", "PipelineSpec", "extract_bag", "extract_dataframe", "records_frame",
           "write_jsonl", "write_parquet"]
