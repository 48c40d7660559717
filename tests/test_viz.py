"""The HTML view (``claimex.render``, ``Result._repr_html_``) and the displaCy span data."""

from __future__ import annotations

import html
import itertools
import sys
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy import displacy

import claimex
from claimex import viz
from claimex.model import Claim, ClaimLink, Evidence, Result, Speaker

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "strikes.txt"

#: Every tag the view may contain: no script, no link, no image, no iframe, no form.
ALLOWED_TAGS = {"div", "style", "span", "mark", "table", "thead", "tbody", "tr", "th", "td", "b", "small", "br",
                "ul", "ol", "li", "html", "head", "body", "meta", "title"}


class _Parsed(HTMLParser):
    """Tags and attributes of an HTML string, and the article text of its ``cx-text`` element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._stack: list[str] = []  # class of each open element
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"
        if tag not in ("br", "meta"):
            self._stack.append(dict(attrs).get("class") or "")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        if tag not in ("br", "meta"):
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        classes = " ".join(self._stack).split()
        if "cx-text" in classes and not {"cx-cid", "cx-link"} & set(classes):
            self.text.append(data)


def parse(markup: str) -> _Parsed:
    parser = _Parsed()
    parser.feed(markup)
    parser.close()
    assert not parser._stack, "every element is closed"
    return parser


@pytest.fixture(scope="module")
def seed(nlp) -> Result:
    return claimex.extract(SAMPLE.read_text(encoding="utf-8"), nlp=nlp, doc_id="strikes")


@pytest.fixture(scope="module")
def seed_html(seed) -> str:
    return viz.render_html(seed)


def made() -> Result:
    """A hand-made result: two speakers, a cue inside a quote's extent, a dispute and a support."""
    text = 'Ann Lee said "taxes will fall". Bob Roe denied that taxes will fall, and said costs rose.'
    a = text.index("taxes will fall")
    b = text.index("taxes will fall", a + 1)
    c = text.index("costs rose")
    return Result(
        id="made",
        text=text,
        claims=(
            Claim("c1", "direct", (a, a + 15), "taxes will fall", cue=(8, 12), cue_text="said",
                  speaker_mention=(0, 7), speaker_mention_text="Ann Lee", speaker="s1", act="predict"),
            Claim("c2", "indirect", (b, b + 15), "taxes will fall", cue=(40, 46), cue_text="denied",
                  speaker_mention=(32, 39), speaker_mention_text="Bob Roe", speaker="s2", act="deny"),
            Claim("c3", "indirect", (c, c + 10), "costs rose", speaker=None),
        ),
        speakers=(Speaker("s1", "Ann Lee", "PERSON", role="minister", affiliation="Treasury"),
                  Speaker("s2", "Bob Roe", "PERSON")),
        links=(ClaimLink("c2", "c1", "disputes", 0.9, (Evidence("negation", "denied", (40, 46)),)),
               ClaimLink("c3", "c2", "supports", 0.5)),
    )


# ---------------------------------------------------------------------------------------------- the view


def test_seed_view_marks_every_claim_cue_and_speaker(seed, seed_html):
    parsed = parse(seed_html)
    marked = {attrs["data-claim"] for tag, attrs in parsed.tags if tag == "mark"}
    assert marked == {c.id for c in seed.claims}
    cues = [attrs for tag, attrs in parsed.tags if attrs.get("class") == "cx-cue"]
    assert len(cues) == len({c.cue for c in seed.claims if c.cue})
    speakers = [attrs for tag, attrs in parsed.tags if attrs.get("class") == "cx-speaker"]
    assert len(speakers) == len({c.speaker_mention for c in seed.claims if c.speaker_mention})


def test_seed_view_titles_each_claim_with_its_confidence(seed, seed_html):
    titles = {attrs["data-claim"]: attrs["title"] for tag, attrs in parse(seed_html).tags if tag == "mark"}
    for claim in seed.claims:
        assert titles[claim.id].endswith(f"confidence {claim.confidence:.2f}"), titles[claim.id]


def test_seed_view_quotes_take_their_speakers_colour(seed, seed_html):
    colours = viz.speaker_colours(seed)
    for tag, attrs in parse(seed_html).tags:
        if tag == "mark":
            claim = seed.claim(attrs["data-claim"] or "")
            assert claim is not None
            assert attrs["style"] == f"background:{colours.get(claim.speaker or '', viz.UNATTRIBUTED_COLOUR)}"


def test_seed_view_legend_names_roles_affiliations_and_counts(seed, seed_html):
    parsed = parse(seed_html)
    rows = [attrs["data-speaker"] for tag, attrs in parsed.tags if tag == "tr" and "data-speaker" in attrs]
    assert rows == [s.id for s in seed.speakers]
    for speaker in seed.speakers:
        n = sum(1 for c in seed.claims if c.speaker == speaker.id)
        row = f"<b>{html.escape(speaker.name)}</b> <small>{speaker.id}</small></td><td>{speaker.kind}</td>"
        assert row in seed_html
        assert (f"<td>{html.escape(speaker.role or '')}</td><td>{html.escape(speaker.affiliation or '')}</td>"
                f"<td>{n}</td>") in seed_html


def test_seed_view_shows_disputes_and_supports_with_evidence(seed, seed_html):
    assert "disputes" in {link.relation for link in seed.links}, "the seed article has a dispute"
    for n, link in enumerate(seed.links):
        colour = viz.RELATION_COLOURS[link.relation]
        assert (f'<span class="cx-link cx-{link.relation}" tabindex="0" data-link="{n}" '
                f'style="background:{colour}">{link.relation} {link.target}') in seed_html
        for evidence in link.evidence:
            assert f"<b>{evidence.kind}</b>: {html.escape(evidence.text)}" in seed_html
    assert viz.RELATION_COLOURS["disputes"] != viz.RELATION_COLOURS["supports"]


def test_view_keeps_the_article_text(seed, seed_html):
    assert "".join(parse(seed_html).text) == seed.text


def test_view_is_self_contained(seed_html):
    lowered = seed_html.lower()
    for fetch in ("<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "http:", "https:"):
        assert fetch not in lowered
    assert {tag for tag, _ in parse(seed_html).tags} <= ALLOWED_TAGS


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quoted" \'single\''


def test_view_escapes_html_in_the_article(nlp):
    text = f'The minister said "{HOSTILE} is harmless." Critics said the <u>minister</u> was wrong.'
    result = claimex.extract(text, nlp=nlp, doc_id="<i>id</i>")
    assert result.claims, "the pipeline finds the quotes"
    markup = viz.render_html(result, page=True)
    parsed = parse(markup)
    assert "<script" not in markup and "<img" not in markup and "<u>" not in markup
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in markup
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    assert "".join(parsed.text) == text


def test_view_escapes_html_in_the_results():
    base = made()
    speaker = Speaker("s1", HOSTILE, "PERSON", role=HOSTILE, affiliation=HOSTILE)
    claim = Claim(HOSTILE, "direct", base.claims[0].content, HOSTILE, cue=(8, 12), cue_text=HOSTILE,
                  speaker="s1", act=HOSTILE, stance=HOSTILE)
    link = ClaimLink(HOSTILE, HOSTILE, HOSTILE, 0.5, (Evidence(HOSTILE, HOSTILE),))
    result = Result(HOSTILE, base.text, (claim,), (speaker,), (link,))
    for markup in (viz.render_html(result), viz.render_html(Result.from_dict(result.to_dict()))):
        parsed = parse(markup)
        assert "<script" not in markup and "<img" not in markup
        assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
        assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]


def test_view_of_overlapping_spans():
    result = made()
    wide = Claim("c4", "indirect", (0, len(result.text)), result.text, speaker="s2")
    result = Result(result.id, result.text, (*result.claims, wide), result.speakers, result.links)
    parsed = parse(viz.render_html(result))
    assert "".join(parsed.text) == result.text
    inner = [attrs["data-claim"] for tag, attrs in parsed.tags if tag == "mark"]
    assert {"c1", "c2", "c3", "c4"} <= set(inner), "the innermost quote gives the colour; the wide one shows elsewhere"


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list('ab <>&"\'\n.“”')), min_size=1, max_size=40),
       spans=st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45)), max_size=6))
def test_view_of_any_spans_keeps_the_text_and_closes_every_element(text, spans):
    claims = tuple(
        Claim(f"c{n}", "direct", (s, e), text[max(0, s):max(0, e)], cue=(e, e + 2), speaker_mention=(s - 3, s),
              speaker="s1" if n % 2 else None)
        for n, (s, e) in enumerate(spans)
    )
    links = tuple(ClaimLink(a.id, b.id, "disputes", 0.5) for a, b in itertools.pairwise(claims))
    result = Result("r", text, claims, (Speaker("s1", "S"),), links)
    parsed = parse(viz.render_html(result))
    assert "".join(parsed.text) == text


def test_view_without_text_lists_the_claims(seed):
    record = Result.from_dict(seed.to_dict())
    assert record.text == ""
    markup = viz.render_html(record)
    assert markup.count('<mark class="cx-quote"') == len(seed.claims)
    for link in seed.links:
        assert f"{link.relation} {link.target}<span class=\"cx-tip\"" in markup


def test_view_of_an_empty_result():
    markup = viz.render_html(Result("empty", ""))
    assert "(no speakers)" in markup and "(no text and no claims)" in markup


def test_view_shows_errors():
    markup = viz.render_html(Result.failed("bad", "", [claimex.DocError("input", "not <UTF-8>")]))
    assert "input: not &lt;UTF-8&gt;" in markup


# ---------------------------------------------------------------------------------------------- entry points


def test_repr_html_is_the_view(seed, seed_html):
    assert seed._repr_html_() == seed_html


def test_render_returns_html_outside_jupyter(nlp, seed, seed_html):
    assert claimex.render(seed, jupyter=False) == seed_html
    page = claimex.render(seed, jupyter=False, page=True)
    assert page is not None and page.startswith("<!DOCTYPE html>") and seed_html in page
    doc = nlp(seed.text)
    assert claimex.render(doc, jupyter=False) == viz.render_html(claimex.api.result_from_doc(doc))
    both = claimex.render([seed, made()], jupyter=False)
    assert both is not None and both.count('<div class="claimex-view"') == 2


def test_render_displays_in_jupyter(monkeypatch, seed, seed_html):
    shown: list[Any] = []
    fake = SimpleNamespace(HTML=lambda data: ("HTML", data), display=shown.append)
    monkeypatch.setitem(sys.modules, "IPython.display", fake)
    assert claimex.render(seed, jupyter=True) is None
    assert shown == [("HTML", seed_html)]


def test_render_in_jupyter_without_ipython(monkeypatch, seed):
    monkeypatch.setitem(sys.modules, "IPython.display", None)
    with pytest.raises(claimex.MissingDependencyError, match="pip install ipython"):
        claimex.render(seed, jupyter=True)


def test_render_refuses_other_objects():
    with pytest.raises(TypeError, match="not int"):
        claimex.render([1], jupyter=False)  # type: ignore[list-item]


# ---------------------------------------------------------------------------------------------- displaCy


def test_displacy_data_has_the_manual_span_format(nlp, seed):
    doc = nlp(seed.text)
    data = claimex.displacy_data(doc)
    assert set(data) == {"text", "spans", "tokens"}
    assert data["text"] == doc.text
    assert data["tokens"] == [t.text for t in doc]
    names = {s.id: s.name for s in seed.speakers}
    labels = {s["label"] for s in data["spans"]}
    assert {viz.CUE_LABEL, viz.SPEAKER_LABEL} | {names[c.speaker] for c in seed.claims if c.speaker} <= labels
    for span in data["spans"]:
        assert 0 <= span["start_token"] < span["end_token"] <= len(doc)
        assert doc[span["start_token"]:span["end_token"]].text == doc.text[span["start"]:span["end"]]
    pentagon = next(c for c in seed.claims if "weapons storage facilities" in c.content_text)
    quote = doc.char_span(*pentagon.content, alignment_mode="expand")
    assert {"start_token": quote.start, "end_token": quote.end, "label": "Pentagon spokesman",
            "start": quote.start_char, "end": quote.end_char} in data["spans"]


def test_displacy_renders_the_data(nlp, seed):
    data = claimex.displacy_data(nlp(seed.text))
    markup = displacy.render(data, style="span", manual=True, jupyter=False)
    assert isinstance(markup, str)
    assert "Pentagon spokesman" in markup and viz.CUE_LABEL in markup and "operational" in markup


def test_displacy_data_from_a_result():
    result = made()
    data = claimex.displacy_data(result)
    assert data["tokens"][:3] == ["Ann", "Lee", "said"]
    assert {"start_token": 0, "end_token": 2, "label": "SPEAKER", "start": 0, "end": 7} in data["spans"]
    assert any(s["label"] == viz.UNATTRIBUTED_LABEL for s in data["spans"])
    assert displacy.render(data, style="span", manual=True, jupyter=False)


@pytest.mark.parametrize("bad", [None, "Lee said the bridge was safe."])
def test_render_of_no_result_names_what_it_takes(bad):
    with pytest.raises(TypeError, match="expected a claimex Result, a processed spaCy Doc or an output record"):
        claimex.render(bad, jupyter=False)
