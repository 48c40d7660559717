"""The Python API: ``load``, ``extract``, ``extract_many``, result round trips, data on the Doc, factories
registered by entry point."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import claimex
from _nlp import MODEL
from claimex import api
from claimex.api import COMPONENTS
from claimex.model import Result

PMF = "The PMF said the strikes killed four fighters."
DIRECT = '"We will respond to these attacks," he said.'
ARTICLE = (
    "A powerful Iraqi militia alliance, the Popular Mobilisation Forces (PMF), said four members of one faction "
    "were killed and threatened to retaliate.\n\n"
    "It added that the targeted locations did “not include any weapon stores”, in contrast to the claims made "
    "by the US.\n\n"
    "A Pentagon spokesman said the strikes targeted “operational and weapons storage facilities” at three "
    "locations."
)


def test_load_puts_the_stages_in_order(nlp):
    names = nlp.pipe_names
    assert [n for n in names if n.startswith("claimex_")] == ["claimex_paragraphs", *COMPONENTS]
    assert names[-len(COMPONENTS):] == list(COMPONENTS)
    assert names.index("claimex_paragraphs") < names.index("parser") < names.index("ner") < names.index(
        "claimex_quotes")


def test_load_of_a_claimex_pipeline_adds_nothing(nlp):
    before = list(nlp.pipe_names)
    assert claimex.load(nlp) is nlp
    assert nlp.pipe_names == before


def test_unknown_model_names_the_pip_command():
    with pytest.raises(claimex.ModelNotFoundError, match="pip install") as info:
        claimex.load("no_such_model")
    assert "no_such_model" in str(info.value)


def test_no_installed_model_names_the_pip_command(monkeypatch):
    monkeypatch.setattr(api, "DEFAULT_MODELS", ("no_such_model_a", "no_such_model_b"))
    with pytest.raises(claimex.ModelNotFoundError, match="pip install"):
        claimex.load()


def test_a_pipeline_without_parser_is_refused():
    with pytest.raises(claimex.PipelineError, match="parser"):
        claimex.load(spacy.blank("en"))


def test_errors_are_claimex_errors():
    assert issubclass(claimex.ModelNotFoundError, claimex.ClaimexError)
    assert issubclass(claimex.PipelineError, claimex.ClaimexError)


INPUTS = [
    # (id, input, has claims, error stage or None)
    ("good", PMF, True, None),
    ("none", None, False, "input"),
    ("int", 42, False, "input"),
    ("empty", "", False, None),
    ("blank", "   \n\t ", False, None),
    ("huge", "The PMF said the strikes killed four fighters and wounded many others. " * 3, False, "input"),
    ("direct", DIRECT, True, None),
]


def test_extract_many_one_record_per_input_in_order(nlp):
    ids = [i for i, *_ in INPUTS]
    results = list(claimex.extract_many((text for _, text, *_ in INPUTS), nlp=nlp, ids=ids, max_chars=60))
    assert [r.id for r in results] == ids
    for (_, _, has_claims, error), result in zip(INPUTS, results, strict=True):
        assert bool(result.claims) is has_claims, result
        assert [e.stage for e in result.errors] == ([error] if error else [])
        if error:
            assert (result.claims, result.speakers, result.links) == ((), (), ())
            record = result.to_dict()
            assert record["errors"] and record["claims"] == record["speakers"] == record["links"] == []


def test_error_messages_say_what_is_wrong(nlp):
    none, huge = claimex.extract_many([None, "x" * 100], nlp=nlp, ids=["a", "b"], max_chars=60)
    assert "NoneType" in none.errors[0].message
    assert "max_chars" in huge.errors[0].message


def test_extract_many_default_ids_are_positions(nlp):
    results = list(claimex.extract_many(iter([PMF, "", DIRECT]), nlp=nlp))
    assert [r.id for r in results] == ["0", "1", "2"]


def test_extract_is_extract_many_of_one(nlp):
    (many,) = claimex.extract_many([ARTICLE], nlp=nlp, ids=["a"])
    assert claimex.extract(ARTICLE, nlp=nlp, doc_id="a") == many


@pytest.mark.slow
def test_two_processes_give_the_same_records(nlp):
    texts = [PMF, DIRECT, ARTICLE, "About 2,500 US troops are in Iraq.", "", "Officials said no civilians were killed."]
    texts = texts * 2
    one = [r.to_dict() for r in claimex.extract_many(texts, nlp=nlp, n_process=1, batch_size=2)]
    two = [r.to_dict() for r in claimex.extract_many(texts, nlp=nlp, n_process=2, batch_size=2)]
    assert two == one
    assert [r["id"] for r in two] == [str(i) for i in range(len(texts))]
    assert sum(len(r["claims"]) for r in two) >= 10


def test_extract_many_is_one_stream_read_lazily(nlp, monkeypatch):
    """One nlp.pipe call for the whole input (worker processes start once), results yielded while the
    input is still being read, and the inputs that are not parsed keep their place."""
    calls = []
    real_pipe = nlp.pipe

    def counting_pipe(*args, **kwargs):
        calls.append(kwargs.get("batch_size"))
        return real_pipe(*args, **kwargs)

    monkeypatch.setattr(nlp, "pipe", counting_pipe)
    read = []

    def texts():
        for i in range(40):
            read.append(i)
            yield [PMF, "", None, DIRECT][i % 4]

    stream = claimex.extract_many(texts(), nlp=nlp, batch_size=4)
    first = next(stream)
    assert first.claims and len(read) < 40  # the first result comes before the input is read to the end
    rest = list(stream)
    assert calls == [4]
    assert [r.id for r in [first, *rest]] == [str(i) for i in range(40)]
    assert [bool(r.claims) for r in rest[:7]] == [False, False, True, True, False, False, True]
    assert [bool(r.errors) for r in rest[:3]] == [False, True, False]


def test_result_dict_round_trip(nlp):
    result = claimex.extract(ARTICLE, nlp=nlp, doc_id="article")
    assert result.claims and result.speakers
    data = json.loads(json.dumps(result.to_dict()))
    assert Result.from_dict(data, text=ARTICLE) == result
    assert Result.from_dict(result.to_dict(include_text=True)) == result
    assert set(data) == {"id", "claimex_version", "claims", "speakers", "links", "errors"}
    assert data["claimex_version"] == claimex.__version__


def test_failed_result_round_trip(nlp):
    (result,) = claimex.extract_many([None], nlp=nlp, ids=["bad"])
    assert Result.from_dict(result.to_dict(), text="") == result
    assert not result.ok


def test_claims_survive_doc_to_bytes(nlp):
    doc = nlp(ARTICLE)
    assert doc._.claims and doc._.speakers
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.claims == doc._.claims
    assert copy._.speakers == doc._.speakers
    assert copy._.claim_links == doc._.claim_links
    assert [s.text for s in copy.spans["claimex_quotes"]] == [s.text for s in doc.spans["claimex_quotes"]]


def test_claims_survive_docbin(nlp):
    docs = list(nlp.pipe([PMF, ARTICLE]))
    store = DocBin(store_user_data=True, docs=docs)
    copies = list(DocBin().from_bytes(store.to_bytes()).get_docs(nlp.vocab))
    assert [d._.claims for d in copies] == [d._.claims for d in docs]
    assert [d._.speakers for d in copies] == [d._.speakers for d in docs]
    assert [[s.text for s in d.spans["claimex_quotes"]] for d in copies] == [
        [s.text for s in d.spans["claimex_quotes"]] for d in docs]


CONTROL = [
    # control characters outside every span, then inside the content
    "\x00The PMF said the strikes killed four fighters.",
    "The PMF said the strikes killed four fighters.\x00\x00\x07",
    "The PMF\x00 said the strikes killed four fighters.",
]


@pytest.mark.parametrize("text", CONTROL)
def test_control_characters_keep_offsets_valid(nlp, text):
    result = claimex.extract(text, nlp=nlp)
    assert result.errors == () and result.text == text
    (claim,) = result.claims
    assert text[claim.content[0]:claim.content[1]] == claim.content_text == "the strikes killed four fighters"
    assert text[claim.cue[0]:claim.cue[1]] == claim.cue_text == "said"
    assert text[claim.speaker_mention[0]:claim.speaker_mention[1]] == claim.speaker_mention_text == "The PMF"


def test_control_character_inside_a_span_keeps_its_text(nlp):
    text = "The PMF said the strikes\x1b killed four fighters."
    (claim,) = claimex.extract(text, nlp=nlp).claims
    assert claim.content_text == text[claim.content[0]:claim.content[1]]


def test_factory_works_without_importing_claimex():
    """``nlp.add_pipe("claimex_quotes")`` finds the factory by its entry point, in a fresh interpreter whose
    code never imports claimex (spaCy itself may, through the entry points)."""
    code = textwrap.dedent(f"""
        import spacy
        nlp = spacy.load({MODEL!r})
        nlp.add_pipe("claimex_quotes")
        doc = nlp({PMF!r})
        print([(c.content_text, c.cue_text) for c in doc._.claims])
        print([s.text for s in doc.spans["claimex_quotes"]])
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "[('the strikes killed four fighters', 'said')]",
        "['the strikes killed four fighters']",
    ]


def test_unknown_model_names_the_installed_default_instead_of_saying_none_is_installed():
    with pytest.raises(claimex.ModelNotFoundError) as info:
        claimex.load("no_such_model")
    message = str(info.value)
    assert "No English spaCy pipeline is installed" not in message
    assert "python -m spacy download no_such_model" in message
    assert any(repr(name) in message for name in api.DEFAULT_MODELS)


def test_config_for_a_misspelt_component_is_refused(nlp):
    with pytest.raises(claimex.ConfigError, match=r"'claimex_quote'.*claimex_quotes") as info:
        claimex.load(nlp, config={"claimex_quote": {"indirect": False}})
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("texts", ['"We are ready," Ana Lee said.', b'"We are ready," Ana Lee said.'])
def test_extract_many_refuses_one_text_instead_of_reading_its_characters(nlp, texts):
    with pytest.raises(TypeError, match=r"claimex.extract\(text\)"):
        claimex.extract_many(texts, nlp=nlp)


def test_extract_many_refuses_one_id_string(nlp):
    with pytest.raises(TypeError, match="iterable of ids"):
        claimex.extract_many(["Lee said the bridge was safe."], nlp=nlp, ids="doc1")


def test_bytes_error_says_to_decode(nlp):
    result = claimex.extract(b'"We are ready," Ana Lee said.', nlp=nlp)
    assert result.errors[0].message.startswith("text must be a string, not bytes: decode it first")


def test_a_model_name_given_as_nlp_says_to_load_it():
    with pytest.raises(TypeError, match=r"nlp=claimex.load\('en_core_web_sm'\)"):
        claimex.extract("Lee said the bridge was safe.", nlp="en_core_web_sm")
    with pytest.raises(TypeError, match="not str"):
        claimex.extract_many(["Lee said the bridge was safe."], nlp="en_core_web_sm")


def test_ids_are_written_as_strings(nlp):
    results = list(claimex.extract_many(["Lee said the bridge was safe.", "Reyes said it was not."], nlp=nlp,
                                        ids=[101, 102]))
    assert [r.id for r in results] == ["101", "102"]
    assert claimex.extract("Lee said the bridge was safe.", nlp=nlp, doc_id=7).to_dict()["id"] == "7"
