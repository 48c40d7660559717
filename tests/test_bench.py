"""``claimex bench`` and its corpus: the table and the JSON have every field. No timing is asserted."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from claimex import api, bench, cli

SEED = Path(__file__).parent.parent / "data" / "samples" / "strikes.txt"
PMF = "The PMF said the strikes killed four fighters."
RASOOL = "“We will respond,” said Yehia Rasool, a military spokesman.\n\nHe added that Rasool's men were ready."


@pytest.fixture()
def shared_model(monkeypatch, nlp):
    """``claimex bench`` uses the session pipeline instead of loading its own."""
    monkeypatch.setattr(api, "load", lambda model=None, **_: nlp)


def test_bench_command_prints_the_table_and_writes_the_json(shared_model, tmp_path, capsys):
    src, out = tmp_path / "tiny.jsonl", tmp_path / "bench.json"
    src.write_text("\n".join(json.dumps({"id": str(i), "text": t}) for i, t in enumerate([PMF, RASOOL])) + "\n",
                   encoding="utf-8")
    assert cli.main(["bench", str(src), "--n-process", "1", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    for label in ("(a) bare spaCy pipeline", "(b) full claimex pipeline", "(c) textacy direct_quotations",
                  "claimex_quotes", "claimex_speakers", "claimex_claims", "claimex_links", "ratio b/a",
                  "n_process=1", "peak RSS"):
        assert label in table
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["corpus"]["docs"] == 2
    assert report["corpus"]["words"] == bench.count_words(PMF) + bench.count_words(RASOOL)
    for run in ("bare", "full", "textacy"):
        assert {"seconds", "cpu_seconds", "words_per_s", "words_per_s_cpu"} <= set(report[run])
    assert set(report["stages"]) == set(bench.STAGES)
    assert {"ratio", "ratio_cpu", "claimex_stages", "n_process", "memory"} <= set(report)
    assert set(report["n_process"]) == {"1"}
    assert report["memory"]["peak_rss_mb"] > 0
    assert report["full"]["claims"] >= 2
    assert "ner" in report["spacy_pipes"] and "claimex_quotes" in report["claimex_pipes"]


def test_bench_without_input_outside_the_repository_says_what_to_pass(shared_model, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["bench"]) == 1
    assert "pass INPUT files" in capsys.readouterr().err


def test_vary_shuffles_the_body_and_renames_people():
    text = "Headline\n\nYehia Rasool said one.\n\nRasool said two.\n\nThree.\n"
    out = bench.vary(text, random.Random(1), ["Yehia Rasool"])
    paragraphs = out.strip().split("\n\n")
    assert paragraphs[0] == "Headline"
    assert "Rasool" not in out
    assert len(paragraphs) == 4
    new_name = next(p for p in paragraphs if "said one" in p).removesuffix(" said one.")
    assert new_name in bench.REPLACEMENT_NAMES
    assert Counter(p.split()[-1] for p in paragraphs) == Counter(p.split()[-1] for p in text.strip().split("\n\n"))


def test_a_text_corpus_is_varied_up_to_the_paragraphs_asked(nlp, tmp_path):
    corpus = bench.build_corpus(nlp, [SEED], min_paragraphs=100)
    seed_paragraphs = bench.count_paragraphs(SEED.read_text(encoding="utf-8"))
    assert corpus.paragraphs >= 100
    assert corpus.paragraphs < 100 + seed_paragraphs
    assert corpus.texts[0] == SEED.read_text(encoding="utf-8")
    assert len(set(corpus.texts)) == len(corpus.texts)  # every variation differs
    assert corpus.describe()["docs"] == len(corpus.texts)


@pytest.mark.parametrize(("text", "words", "paragraphs"), [
    ("", 0, 0),
    ("One two.\n\n  \nThree", 3, 2),
    ("“Quoted,” he said.", 3, 1),
])
def test_counts(text, words, paragraphs):
    assert (bench.count_words(text), bench.count_paragraphs(text)) == (words, paragraphs)
