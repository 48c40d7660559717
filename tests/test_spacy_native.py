"""claimex as plain spaCy: its components in a user's own pipeline, config and disk round trips, DocBin,
``nlp.evaluate`` with the quote scorer, and factories found through entry points."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

import claimex  # noqa: F401  (declares doc._.claims & co. before any pipeline is built)
from _nlp import MODEL
from claimex.extensions import QUOTES_SPAN_KEY

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


def test_quotes_without_a_parser_record_an_error(text):
    nlp = spacy.blank("en")
    nlp.add_pipe("claimex_quotes")
    doc = nlp(text)
    assert doc._.claims == ()
    assert "needs a dependency parse" in doc._.claimex["errors"][0]["message"]


# ---------------------------------------------------------------------------------------------- serialisation


def test_config_round_trip_builds_the_same_pipeline(own, doc, text):
    config = own.config
    assert config["components"]["claimex_quotes"]["cues"]["@misc"] == "claimex.reporting_cues.v1"
    assert config["components"]["claimex_links"]["weights"] == {"@misc": "claimex.link_weights.v1"}
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
