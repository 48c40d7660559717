"""claimex as plain spaCy: its components in a user's own pipeline, config and disk round trips, DocBin,
``nlp.evaluate`` with the quote scorer, and factories found through entry points."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import raise_error

import claimex
from _nlp import MODEL
from claimex.errors import LexiconError, MissingStageError, PipelineError
from claimex.extensions import QUOTES_SPAN_KEY
from claimex.pipeline.claims import ClaimAnalyzer
from claimex.pipeline.links import load_weights
from claimex.pipeline.stage import record_failure

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "strikes.txt"
STAGES = ("claimex_quotes", "claimex_speakers", "claimex_claims", "claimex_links")


def contents(doc: Doc) -> dict[str, Any]:
    """Everything claimex put on ``doc``, as plain data."""
    return {
        "claims": [c.to_dict() for c in doc._.claims],
        "speakers": [s.to_dict() for s in doc._.speakers],
        "links": [x.to_dict() for x in doc._.claim_links],
        "spans": [(s.start_char, s.end_char, s.label_) for s in doc.spans.get(QUOTES_SPAN_KEY, [])],
    }


@pytest.fixture(scope="module")
def text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc(own, text) -> Doc:
    return own(text)


# ---------------------------------------------------------------------------------------------- own pipeline


def test_the_default_pipeline_in_two_processes(nlp, text):
    """spaCy's own multiprocessing (``nlp.pipe(..., n_process=2)``): each Doc comes back from its worker
    through ``Doc.to_bytes``, with every claim, speaker, link and quote span of a one-process run."""
    texts = [text, "Officials said the talks had failed.", text[: len(text) // 2]]
    one = [contents(d) for d in nlp.pipe(texts)]
    two = [contents(d) for d in nlp.pipe(texts, n_process=2, batch_size=1)]
    assert all(c["claims"] for c in two)
    assert sum(len(c["links"]) for c in two) > 0
    assert two == one



@pytest.mark.parametrize(
    ("stages", "speakers", "acts", "links"),
    [
        (1, False, False, False),
        (2, True, False, False),
        (3, True, True, False),
        (4, True, True, True),
    ],
    ids=STAGES,
)
def test_each_stage_in_a_users_pipeline(own, text, stages, speakers, acts, links):
    with own.select_pipes(disable=list(STAGES[stages:])):
        doc = own(text)
    assert not (doc._.claimex or {}).get("errors")
    claims = doc._.claims
    assert len(claims) >= 12 and all((c.content_text and c.cue_text) or c.type == "direct" for c in claims)
    assert len(doc.spans[QUOTES_SPAN_KEY]) == len(claims)
    assert bool(doc._.speakers) is speakers and any(c.speaker for c in claims) is speakers
    assert all(c.act for c in claims) is acts and all(c.stance for c in claims) is acts
    assert bool(doc._.claim_links) is links


def test_the_users_pipeline_finds_the_seed_dispute(doc):
    by_id = {c.id: c for c in doc._.claims}
    disputes = [(by_id[x.source].content_text, by_id[x.target].content_text)
                for x in doc._.claim_links if x.relation == "disputes"]
    assert any("not include any [weapon] stores" in a and "weapons storage facilities" in b for a, b in disputes)


def test_quotes_without_a_parser_say_what_to_add(text):
    nlp = spacy.blank("en")
    nlp.add_pipe("claimex_quotes")
    with pytest.raises(MissingStageError, match="needs a dependency parse"):
        nlp(text)


# ---------------------------------------------------------------------------------------------- the contract


def test_analyze_pipes_finds_no_problem(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    assert not any(analysis["problems"].values()), analysis["problems"]
    for name in STAGES:
        assert "doc._.claimex" in nlp.get_pipe_meta(name).assigns


def test_links_without_the_claims_stage_names_it(nlp, text):
    """Nothing re-runs another stage behind the user's back: links without claims says what to add."""
    with nlp.select_pipes(disable=["claimex_claims"]), \
            pytest.raises(PipelineError, match=r"claimex_links .*claimex_claims.*add_pipe\(.claimex_claims.,"):
        nlp(text)
    with nlp.select_pipes(disable=["claimex_claims"]), pytest.raises(PipelineError, match="claimex_claims"):
        list(nlp.pipe([text, text]))


def test_extract_without_the_claims_stage_raises(nlp, text):
    """A pipeline that lacks a stage is no per-document failure: extract raises it too."""
    with nlp.select_pipes(disable=["claimex_claims"]), pytest.raises(PipelineError, match="claimex_claims"):
        claimex.extract(text, nlp=nlp)
    with nlp.select_pipes(disable=["claimex_claims"]), pytest.raises(PipelineError, match="claimex_claims"):
        list(claimex.extract_many([text, text], nlp=nlp))


@pytest.mark.parametrize("stage", ["claimex_speakers", "claimex_claims", "claimex_links"])
def test_a_stage_without_the_quotes_stage_names_it(stage):
    nlp = spacy.blank("en")
    nlp.add_pipe(stage)
    with pytest.raises(MissingStageError, match=f"{stage} .*claimex_quotes"):
        nlp("Officials said the talks had failed.")


@contextlib.contextmanager
def error_handler(nlp: Language, handler: Any) -> Iterator[None]:
    """``claimex.set_error_handler(nlp, handler)`` for the length of a test; every component's own
    handler back afterwards (the session's pipeline is shared)."""
    before = {name: pipe.__dict__.get("error_handler") for name, pipe in nlp.pipeline
              if hasattr(pipe, "__dict__")}
    default = nlp.default_error_handler
    claimex.set_error_handler(nlp, handler)
    try:
        yield
    finally:
        nlp.default_error_handler = default
        for name, pipe in nlp.pipeline:
            if before.get(name) is not None:
                pipe.error_handler = before[name]
            elif "error_handler" in getattr(pipe, "__dict__", {}):
                del pipe.error_handler


def broken(self: Any, doc: Doc, record: Any, *args: Any) -> None:
    raise RuntimeError("BOOM in the claims rules")


def test_set_error_handler_makes_a_stage_raise(en_nlp, text, monkeypatch):
    """Failures go through spaCy's error handler: claimex's own records them (the batch goes on),
    ``nlp.set_error_handler(raise_error)`` makes them raise."""
    parsed = en_nlp(text)
    stages = spacy.blank("en", vocab=en_nlp.vocab)
    for name in STAGES:
        stages.add_pipe(name)
    monkeypatch.setattr(ClaimAnalyzer, "_analyse", broken)
    recorded = stages(en_nlp(text))
    assert [e["stage"] for e in recorded._.claimex["errors"]] == ["claimex_claims"]
    stages.set_error_handler(raise_error)
    with pytest.raises(RuntimeError, match="BOOM in the claims rules"):
        stages(parsed)
    with pytest.raises(RuntimeError, match="BOOM in the claims rules"):
        list(stages.pipe([en_nlp(text)]))


def test_claimex_set_error_handler_reaches_past_the_parser(nlp, text, monkeypatch):
    """spaCy 3.8's ``nlp.set_error_handler`` stops at the compiled parser; claimex's sets every stage."""
    monkeypatch.setattr(ClaimAnalyzer, "_analyse", broken)
    with error_handler(nlp, raise_error):
        with pytest.raises(RuntimeError, match="BOOM in the claims rules"):
            nlp(text)
        with pytest.raises(RuntimeError, match="BOOM in the claims rules"):
            list(nlp.pipe([text]))
    assert nlp.get_pipe("claimex_claims").get_error_handler() is record_failure
    assert [e["stage"] for e in nlp(text)._.claimex["errors"]] == ["claimex_claims"]


CUE_WORDS = "reckon\tassert\ninsinuate\taccuse\n"
CUSTOM_TEXT = ("Ali Hassan insinuated that the rebels had fired the rockets. Omar Khalil said the rebels did not "
               "fire the rockets. Analysts reckon the talks will fail.")
READ_BACK = (
    "import json, sys, spacy\n"
    "nlp = spacy.load(sys.argv[1])\n"
    "doc = nlp(sys.argv[2])\n"
    "print(json.dumps({'claims': [c.to_dict() for c in doc._.claims],"
    " 'links': [x.to_dict() for x in doc._.claim_links]}))\n"
)


def test_custom_cues_and_weights_are_saved_with_the_pipeline(tmp_path):
    """Cue words from the config (a file and an inline list) and link weights from a file: saved by
    ``nlp.to_disk``, and ``spacy.load`` in a fresh process gives the same claims and links, even after the
    files have changed (the saved pipeline carries its own copy)."""
    cue_file, weights_file = tmp_path / "cues.tsv", tmp_path / "weights.json"
    cue_file.write_text(CUE_WORDS, encoding="utf-8")
    weights = load_weights().to_dict()
    weights["disputes"]["weights"]["negation"] = 0.7
    weights_file.write_text(json.dumps(weights), encoding="utf-8")
    cues = {"@misc": "claimex.reporting_cues.v2", "path": str(cue_file), "extra": ["opine"]}
    nlp = claimex.load(spacy.load(MODEL), config={
        "claimex_quotes": {"cues": cues},
        "claimex_claims": {"cues": cues},
        "claimex_links": {"weights": {"@misc": "claimex.link_weights_file.v1", "path": str(weights_file)}},
    })
    doc = nlp(CUSTOM_TEXT)
    here = {"claims": [c.to_dict() for c in doc._.claims], "links": [x.to_dict() for x in doc._.claim_links]}
    assert [(c["cue_text"], c["act"]) for c in here["claims"]] == [
        ("insinuated", "accuse"), ("said", "assert"), ("reckon", "predict")]
    assert [(x["relation"], x["score"]) for x in here["links"]] == [("disputes", 0.7)]
    nlp.to_disk(tmp_path / "saved")
    cue_file.write_text("", encoding="utf-8")
    weights_file.write_text(json.dumps(load_weights().to_dict()), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", READ_BACK, str(tmp_path / "saved"), CUSTOM_TEXT],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == here


# ---------------------------------------------------------------------------------------------- serialisation


def test_config_round_trip_builds_the_same_pipeline(own, doc, text):
    config = own.config
    assert config["components"]["claimex_quotes"]["cues"]["@misc"] == "claimex.reporting_cues.v1"
    assert config["components"]["claimex_links"]["weights"] == {"@misc": "claimex.link_weights.v5"}
    rebuilt = spacy.util.load_model_from_config(config, auto_fill=True)
    assert rebuilt.pipe_names == own.pipe_names
    rebuilt.from_bytes(own.to_bytes())
    assert contents(rebuilt(text)) == contents(doc)


def test_config_overrides_survive_the_round_trip(text):
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claimex_quotes", config={"indirect": False})
    rebuilt = spacy.util.load_model_from_config(nlp.config, auto_fill=True)
    rebuilt.from_bytes(nlp.to_bytes())
    assert rebuilt.get_pipe("claimex_quotes").indirect is False
    types = {c.type for c in rebuilt(text)._.claims}
    assert types and "indirect" not in types


def test_saved_pipeline_loads_and_gives_the_same_claims(own, doc, text, tmp_path):
    own.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == own.pipe_names
    assert contents(loaded(text)) == contents(doc)


def test_claimex_load_pipeline_saves_and_loads(nlp, text, tmp_path):
    nlp.to_disk(tmp_path / "claimex")
    loaded = spacy.load(tmp_path / "claimex")
    assert loaded.pipe_names == nlp.pipe_names
    assert contents(loaded(text)) == contents(nlp(text))


def test_docbin_round_trip(own, doc):
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin(store_user_data=True).from_bytes(data).get_docs(own.vocab)
    assert contents(back) == contents(doc)
    assert back._.claims == doc._.claims and back._.claim_links == doc._.claim_links


def test_docbin_without_user_data_keeps_the_quote_spans(own, doc):
    (back,) = DocBin(store_user_data=False).from_bytes(DocBin(docs=[doc]).to_bytes()).get_docs(own.vocab)
    assert back._.claims == ()
    assert contents(back)["spans"] == contents(doc)["spans"]


def test_doc_bytes_round_trip(own, doc):
    assert contents(Doc(own.vocab).from_bytes(doc.to_bytes())) == contents(doc)


# ---------------------------------------------------------------------------------------------- nlp.evaluate


def reference(nlp: Language, text: str, spans: list[tuple[int, int, str]]) -> Doc:
    ref = nlp.make_doc(text)
    ref.spans[QUOTES_SPAN_KEY] = [ref.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in spans]
    return ref


def test_evaluate_scores_the_quote_spans(own, doc, text):
    predicted = contents(doc)["spans"]
    n = len(predicted)
    perfect = own.evaluate([Example(own.make_doc(text), reference(own, text, predicted))])
    assert (perfect["claimex_quotes_p"], perfect["claimex_quotes_r"], perfect["claimex_quotes_f"]) == (1.0, 1.0, 1.0)
    first, *rest = predicted
    wrong_label = (first[0], first[1], "direct" if first[2] != "direct" else "indirect")
    missing = [*rest, (0, 10, "direct")]
    scores = own.evaluate([Example(own.make_doc(text), reference(own, text, missing))])
    assert scores["claimex_quotes_p"] == pytest.approx((n - 1) / n)
    assert scores["claimex_quotes_r"] == pytest.approx((n - 1) / n)
    relabelled = own.evaluate([Example(own.make_doc(text), reference(own, text, [wrong_label, *rest]))])
    assert relabelled["claimex_quotes_f"] == pytest.approx((n - 1) / n)
    assert relabelled["claimex_quotes_unlabeled_f"] == 1.0
    assert set(relabelled["claimex_quotes_per_type"]) == {label for _, _, label in predicted} | {wrong_label[2]}


def test_evaluate_skips_references_without_quote_spans(own, text):
    scores = own.evaluate([Example(own.make_doc(text), own.make_doc(text))])
    assert scores["claimex_quotes_f"] is None


def test_the_scorer_is_registered():
    scorer = spacy.registry.scorers.get("claimex.quote_scorer.v1")()
    assert callable(scorer)


# ---------------------------------------------------------------------------------------------- entry points


def test_factories_need_no_import_of_claimex():
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        f"for name in {['claimex_paragraphs', *STAGES]!r}:\n"
        "    nlp.add_pipe(name)\n"
        "print(' '.join(nlp.pipe_names))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["claimex_paragraphs", *STAGES]


@pytest.mark.parametrize(
    ("path_text", "extra", "expected"),
    [
        ("reckon\tassert\n# a comment\nopine\n", None, {"reckon": "assert", "opine": "assert"}),
        ('{"Reckon": "predict"}', ["muse"], {"reckon": "predict", "muse": "assert"}),
        (None, {"say": "deny"}, {"say": "deny"}),
    ],
    ids=["tsv", "json and a list", "inline mapping"],
)
def test_cue_words_from_the_config(tmp_path, path_text, extra, expected):
    make = spacy.registry.misc.get("claimex.reporting_cues.v2")
    path = None
    if path_text is not None:
        path = tmp_path / ("cues.json" if path_text.startswith("{") else "cues.tsv")
        path.write_text(path_text, encoding="utf-8")
    cues = make(path=str(path) if path else None, extra=extra)
    assert {k: cues[k] for k in expected} == expected
    defaults = spacy.registry.misc.get("claimex.reporting_cues.v1")()
    assert set(defaults) <= set(cues)


def test_cue_words_with_an_unknown_act_fail(tmp_path):
    make = spacy.registry.misc.get("claimex.reporting_cues.v2")
    with pytest.raises(LexiconError, match=r"'gossip'.*none of"):
        make(extra={"reckon": "gossip"})
    with pytest.raises(LexiconError, match="cannot read the cue file"):
        make(path=str(tmp_path / "missing.tsv"))
