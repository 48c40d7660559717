"""DataFrames of claims, speakers and links (``claimex.to_dataframe`` and friends)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

import claimex
from claimex import tables
from claimex.io import to_json_line
from claimex.model import Result

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "strikes.txt"
OTHER = "Officials said the bridge was closed. The mayor denied that the bridge was closed."


@pytest.fixture(scope="module")
def seed(nlp) -> Result:
    return claimex.extract(SAMPLE.read_text(encoding="utf-8"), nlp=nlp, doc_id="strikes")


@pytest.fixture(scope="module")
def other(nlp) -> Result:
    return claimex.extract(OTHER, nlp=nlp, doc_id="bridge")


def test_one_row_per_claim(seed):
    frame = claimex.to_dataframe(seed)
    assert list(frame.columns) == list(tables.CLAIM_COLUMNS)
    assert list(frame["claim_id"]) == [c.id for c in seed.claims]
    assert set(frame["doc_id"]) == {"strikes"}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("“operational and weapons storage facilities”", {
            "speaker": "Pentagon spokesman", "speaker_kind": "PERSON", "role": "spokesman",
            "affiliation": "Pentagon", "cue": "said", "type": "mixed", "speaker_mention": "A Pentagon spokesman"}),
        ("“destroying security”", {"speaker": "Saeed Khatibzadeh", "cue": "said", "type": "mixed"}),
    ],
)
def test_claim_row_values(seed, content, expected):
    frame = claimex.to_dataframe(seed)
    (row,) = [row for _, row in frame.iterrows() if content in row["content"]]
    assert {key: row[key] for key in expected} == expected


def test_a_repeat_names_its_claim_and_one_row_per_statement_is_left(nlp):
    text = ('Councillor Ann Lee called the stadium plan "a reckless waste of public money."\n\n'
            '"It is a reckless waste of public money, and we will vote it down," Lee said.')
    frame = claimex.to_dataframe(claimex.extract(text, nlp=nlp))
    assert frame["repeat_of"].iloc[0] == "c2" and pd.isna(frame["repeat_of"].iloc[1])
    assert list(frame[frame["repeat_of"].isna()]["claim_id"]) == ["c2"]


def test_offsets_point_into_the_text(seed):
    frame = claimex.to_dataframe(seed)
    for row in frame.itertuples():
        assert seed.text[row.content_start:row.content_end] == row.content
        if pd.notna(row.cue):
            assert seed.text[row.cue_start:row.cue_end] == row.cue
    assert str(frame["cue_start"].dtype) == "Int64"
    assert str(frame["hedged"].dtype) == "boolean"


def test_missing_offsets_are_na(nlp):
    result = claimex.extract('"We will not stop until the job is done, whatever it takes."', nlp=nlp)
    frame = claimex.to_dataframe(result)
    assert len(frame) == 1
    assert frame["cue_start"].isna().all() and frame["cue"].isna().all()


def test_result_to_dataframe_is_to_dataframe(seed):
    pd.testing.assert_frame_equal(seed.to_dataframe(), claimex.to_dataframe(seed))


def test_many_documents_docs_records_and_jsonl(nlp, seed, other, tmp_path):
    frame = claimex.to_dataframe([seed, other])
    assert list(frame.groupby("doc_id", sort=False).size().items()) == [
        ("strikes", len(seed.claims)), ("bridge", len(other.claims))]
    path = tmp_path / "out.jsonl"
    path.write_text(to_json_line(seed) + to_json_line(other), encoding="utf-8")
    for source in (path, str(path), [seed.to_dict(), other.to_dict()]):
        pd.testing.assert_frame_equal(claimex.to_dataframe(source), frame)
    docs = claimex.to_dataframe([nlp(OTHER), nlp(OTHER)])
    assert list(docs["doc_id"].unique()) == ["0", "1"]


def test_empty_results_keep_the_columns():
    for frame, columns in ((claimex.to_dataframe([]), tables.CLAIM_COLUMNS),
                           (claimex.speakers_dataframe([]), tables.SPEAKER_COLUMNS),
                           (claimex.links_dataframe([Result("x", "")]), tables.LINK_COLUMNS)):
        assert frame.empty and list(frame.columns) == list(columns)


def test_speakers_dataframe(seed):
    frame = claimex.speakers_dataframe(seed)
    assert list(frame.columns) == list(tables.SPEAKER_COLUMNS)
    assert list(frame["name"]) == [s.name for s in seed.speakers]
    assert frame["n_claims"].sum() == sum(1 for c in seed.claims if c.speaker)
    pmf = frame.set_index("name").loc["Popular Mobilisation Forces"]
    assert "PMF" in pmf["aliases"]


def test_links_dataframe(seed):
    frame = claimex.links_dataframe(seed)
    assert list(frame.columns) == list(tables.LINK_COLUMNS)
    (dispute,) = [row for _, row in frame.iterrows() if "not include any [weapon] stores" in row["source_content"]]
    assert dispute["relation"] == "disputes"
    assert dispute["source_speaker"] == "Popular Mobilisation Forces"
    assert dispute["target_speaker"] == "Pentagon spokesman"
    assert "response_cue" in dispute["evidence_kinds"].split(", ")
    assert "response_cue: in contrast to" in dispute["evidence"]
    assert list(frame["source"]) == [x.source for x in seed.links]


def test_rows_need_no_pandas(monkeypatch, seed):
    monkeypatch.setitem(sys.modules, "pandas", None)
    assert [r["claim_id"] for r in tables.claim_rows(seed)] == [c.id for c in seed.claims]
    assert len(tables.speaker_rows(seed)) == len(seed.speakers)
    assert len(tables.link_rows(seed)) == len(seed.links)


@pytest.mark.parametrize("function", [claimex.to_dataframe, claimex.speakers_dataframe, claimex.links_dataframe])
def test_without_pandas_the_error_names_the_pip_command(monkeypatch, seed, function):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(claimex.MissingDependencyError, match=r"pip install 'claimex\[pandas\]'") as caught:
        function(seed)
    assert isinstance(caught.value, claimex.ClaimexError)
    with pytest.raises(claimex.MissingDependencyError):
        seed.to_dataframe()
