"""``claimex.dask`` on a local two-process cluster gives the records of single-process extraction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimex
from claimex import cli

dask = pytest.importorskip("dask", reason="claimex.dask needs Dask: pip install 'claimex[dask]'")
distributed = pytest.importorskip("distributed", reason="claimex.dask needs dask.distributed: "
                                                        "pip install 'claimex[dask]'")
pd = pytest.importorskip("pandas", reason="dataframes need pandas: pip install 'claimex[dask]'")
pytest.importorskip("pyarrow", reason="Parquet needs pyarrow: pip install 'claimex[dask]'")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from claimex.dask import extract_bag, extract_dataframe, write_jsonl, write_parquet  # noqa: E402

SEED = (Path(__file__).parent.parent / "data" / "samples" / "strikes.txt").read_text(encoding="utf-8")
TEXTS = [
    SEED,
    "The PMF said the strikes killed four fighters.",
    "",
    "“We will respond,” said Yehia Rasool, a military spokesman. He denied that civilians were hurt.",
    "Officials said no civilians were killed.\n\nThe ministry, however, insisted that the strikes were illegal.",
]
IDS = [f"doc-{i}" for i in range(len(TEXTS))]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=50) as cluster, distributed.Client(cluster) as client:
        yield cluster, client


@pytest.fixture(scope="module")
def expected(nlp):
    return [r.to_dict() for r in claimex.extract_many(TEXTS, ids=IDS, nlp=nlp)]


def test_a_bag_gives_the_records_of_extract_many(cluster, expected):
    bag = db.from_sequence(list(zip(IDS, TEXTS, strict=True)), npartitions=2)
    records = extract_bag(bag).compute()
    assert records == expected
    assert any(r["claims"] for r in records)


def test_each_worker_process_builds_one_pipeline(cluster, expected):
    _, client = cluster
    bag = db.from_sequence(list(zip(IDS, TEXTS, strict=True)) * 4, npartitions=8)
    assert extract_bag(bag).compute() == expected * 4

    def pipelines_built() -> int:
        from claimex.dask import _pipeline

        return _pipeline.cache_info().misses

    built = list(client.run(pipelines_built).values())
    assert len(built) == 2 and max(built) == 1  # no worker built a second pipeline (a worker may get no task)


def test_bag_items_may_be_dicts_or_bare_texts(cluster, expected):
    items = [{"id": i, "text": t} for i, t in zip(IDS, TEXTS, strict=True)]
    assert extract_bag(db.from_sequence(items, npartitions=2)).compute() == expected
    bare = extract_bag(db.from_sequence(TEXTS[:2], npartitions=1)).compute()
    assert [r["id"] for r in bare] == ["0-0", "0-1"]
    assert [r["claims"] for r in bare] == [r["claims"] for r in expected[:2]]


def test_a_dataframe_to_parquet(cluster, expected, tmp_path):
    frame = dd.from_pandas(pd.DataFrame({"id": IDS, "text": TEXTS}), npartitions=2)
    write_parquet(extract_dataframe(frame), str(tmp_path / "claims.parquet"))
    table = pd.read_parquet(tmp_path / "claims.parquet")
    assert list(table["id"]) == IDS
    assert [json.loads(c) for c in table["claims"]] == [r["claims"] for r in expected]
    assert [json.loads(s) for s in table["speakers"]] == [r["speakers"] for r in expected]
    assert list(table["n_claims"]) == [len(r["claims"]) for r in expected]


def test_jsonl_one_file_or_one_per_partition(cluster, expected, tmp_path):
    bag = extract_bag(db.from_sequence(list(zip(IDS, TEXTS, strict=True)), npartitions=2))
    (one,) = write_jsonl(bag, str(tmp_path / "all.jsonl"))
    assert [json.loads(line) for line in Path(one).read_text(encoding="utf-8").splitlines()] == expected
    parts = write_jsonl(bag, str(tmp_path / "parts" / "part-*.jsonl"))
    assert len(parts) == 2
    lines = [line for p in sorted(parts) for line in Path(p).read_text(encoding="utf-8").splitlines()]
    assert [json.loads(line) for line in lines] == expected


def test_cli_engine_dask_writes_what_the_local_engine_writes(cluster, tmp_path):
    scheduler = cluster[0].scheduler_address
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": i, "text": t}) for i, t in zip(IDS, TEXTS, strict=True)]
    src.write_text("\n".join([*lines, "not json", json.dumps({"id": "x", "text": 3})]) + "\n", encoding="utf-8")
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert cli.main(["extract", str(src), "-o", str(local), "--no-progress"]) == 0
    assert cli.main(["extract", str(src), "-o", str(remote), "--no-progress", "--engine", "dask",
                     "--scheduler", scheduler, "--batch-size", "2"]) == 0
    got = remote.read_text(encoding="utf-8").splitlines()
    assert got == local.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in got] == [*IDS, "line-6", "x"]
