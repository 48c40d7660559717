"""HTML read as plain text (``claimex.html_to_text``), the warning for a text that is markup, and
``claimex extract --input-format html``."""

from __future__ import annotations

import json
import logging

import pytest
from spacy.lang.en import English
from spacy.language import Language

import claimex
from claimex import api, cli
from claimex.markup import html_to_text, looks_like_html
from claimex.pipeline.marks import find_quotes

PAGE = """<!DOCTYPE html>
<html><head><title>City Hall | The Daily Ledger</title>
<style>p { margin: 0 }</style><script>var ads = "\u201cBuy now,\u201d she said.";</script></head>
<body>
  <h1>Mayor claims victory as count ends</h1>
  <p>&ldquo;We won this vote fair and square,&rdquo; Mayor Ana Ruiz told supporters
     on <b>Tuesday</b>.</p>
  <p>Her rival, Tom Baird, said the count had been rushed.<br>He did not concede.</p>
  <ul><li>Turnout: 41%</li></ul>
</body></html>"""


def test_html_to_text_keeps_what_a_reader_sees():
    assert html_to_text(PAGE) == (
        "Mayor claims victory as count ends\n\n"
        "\u201cWe won this vote fair and square,\u201d Mayor Ana Ruiz told supporters on Tuesday.\n\n"
        "Her rival, Tom Baird, said the count had been rushed.\nHe did not concede.\n\n"
        "Turnout: 41%")


@pytest.mark.parametrize("broken", ["<p>Unclosed <b>bold", "</div></div>text", "<p <p>>", "&bogus; &amp", ""])
def test_broken_markup_is_read_never_raised(broken):
    assert isinstance(html_to_text(broken), str)


def test_markup_is_told_from_text_that_mentions_a_tag():
    assert looks_like_html(PAGE)
    assert not looks_like_html("The memo said staff should type <b> before a heading.")
    assert not looks_like_html("Costs rose where x < 3 and y > 2, the report said.")
    # a link left in scraped text is no page
    assert not looks_like_html('"We are ready," she said. <a href="https://video.example.com">Watch</a> the clip.')
    assert looks_like_html('<p>"We won this vote," the mayor said.</p>')


def test_quotes_in_a_page_are_found_once_it_is_read_as_text(nlp):
    result = claimex.extract(html_to_text(PAGE), nlp=nlp)
    found = {(c.content_text, c.speaker_mention_text) for c in result.claims}
    assert ("We won this vote fair and square,", "Mayor Ana Ruiz") in found
    assert ("the count had been rushed", "Her rival, Tom Baird") in found
    assert not any("Buy now" in c.content_text or "<" in c.content_text for c in result.claims)  # nor a script


def test_a_text_that_is_markup_is_said_once(nlp, caplog, monkeypatch):
    monkeypatch.setattr(api, "_markup_warned", [])
    with caplog.at_level(logging.WARNING, logger="claimex.api"):
        list(claimex.extract_many([PAGE, PAGE, "Officials said no civilians were killed."], nlp=nlp))
    said = [r.getMessage() for r in caplog.records if "looks like HTML" in r.getMessage()]
    assert len(said) == 1 and "'0'" in said[0] and "html_to_text" in said[0]


def test_extract_reads_an_html_file_as_its_text(monkeypatch, nlp, tmp_path):
    monkeypatch.setattr(api, "load", lambda model=None, **_: nlp)
    page, out = tmp_path / "ledger.html", tmp_path / "out.jsonl"
    page.write_text(PAGE, encoding="utf-8")
    assert cli.main(["extract", str(page), "-o", str(out), "--no-progress"]) == 0  # auto: .html is html
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text = html_to_text(PAGE)
    spans = {text[c["content"][0]:c["content"][1]] for c in record["claims"]}
    assert "We won this vote fair and square," in spans  # the offsets index the page's text


def test_the_markup_warning_for_a_text_without_id_says_a_document(nlp, caplog, monkeypatch):
    monkeypatch.setattr(api, "_markup_warned", [])
    with caplog.at_level(logging.WARNING, logger="claimex.api"):
        claimex.extract(PAGE, nlp=nlp)
    said = [r.getMessage() for r in caplog.records if "looks like HTML" in r.getMessage()]
    assert said and said[0].startswith("a document looks like HTML")


GERMAN = ("Die Stadtverwaltung hat am Montag erklärt, dass die Gebühren im nächsten Jahr nicht steigen werden. "
          "„Wir halten unser Versprechen“, sagte die Bürgermeisterin Anna Roth im Rathaus. Die Opposition warf "
          "der Verwaltung vor, die Zahlen zu beschönigen, und forderte eine unabhängige Prüfung des Haushalts. "
          "Ein Sprecher der Fraktion sagte, man werde im Stadtrat dagegen stimmen.")
CHINESE = ("市政府周一宣布明年不会提高收费。市长在市政厅说：“我们信守承诺。”"
           "反对派指责市政府粉饰数字，并要求对预算进行独立审计。") * 3
ENGLISH = ("The city said on Monday that fees would not rise next year. \"We keep our promises,\" Mayor Anna Roth "
           "said at City Hall. The opposition accused the city of dressing up the figures and asked for an "
           "independent audit of the budget. A spokesman for the group said it would vote against the plan.")


def test_a_text_in_another_language_is_said_once(nlp, caplog, monkeypatch):
    monkeypatch.setattr(api, "_language_warned", [])
    with caplog.at_level(logging.WARNING, logger="claimex.api"):
        results = list(claimex.extract_many([ENGLISH, GERMAN, CHINESE], nlp=nlp))
    said = [r.getMessage() for r in caplog.records if "does not look like English" in r.getMessage()]
    assert len(said) == 1 and "'1'" in said[0]  # the German text, once; the English one is not named
    assert results[0].claims  # the batch goes on


def test_which_texts_look_non_english():
    assert api.looks_non_english(GERMAN) and api.looks_non_english(CHINESE)
    assert not api.looks_non_english(ENGLISH)
    assert not api.looks_non_english("Das ist gut.")  # too short to tell


# Tweets left in a text as inline markup (`<tweet author="@x" datetime="...">...</tweet>`), as some
# scraped news corpora keep them.
TWEET_TAG = '<tweet id="734567890123456789" author="@RepJanaOkafor" datetime="2016-05-03">'


def _tokens(tokenizer_nlp: Language, text: str) -> list[str]:
    return [t.text for t in tokenizer_nlp.tokenizer(text)]


def test_markup_tokens_take_a_tag_apart_from_the_words_next_to_it():
    markup = api.split_markup(api.split_glued_quotes(English()))
    assert _tokens(markup, TWEET_TAG + "Proud of our volunteers!</tweet>.") == [
        "<", "tweet", "id", "=", '"', "734567890123456789", '"', "author", "=", '"', "@RepJanaOkafor", '"',
        "datetime", "=", '"', "2016", "-", "05", "-", "03", '"', ">", "Proud", "of", "our", "volunteers", "!",
        "</tweet", ">", "."]
    assert _tokens(markup, "a photo pic.twitter.com/Gh56Jk78<tweet/>.") == [
        "a", "photo", "pic.twitter.com/Gh56Jk78", "<tweet/", ">", "."]


@pytest.mark.parametrize("text", [
    '"We won," she said. He called it "a fair count"; they said:"No."',
    "See https://example.com/a?b=c&d=e or www.example.org/path, then write to x@example.com.",
    "Fees &amp; taxes rose 5% (to $3.2bn) in Q3 -- a 10-year high, 2016-05-03, at 10:30 a.m.",
    "Turnout was <50% in some wards and >70% in others; x < y but y > z.",
])
def test_markup_tokens_leave_text_without_tags_as_it_was(text):
    before = _tokens(api.split_glued_quotes(English()), text)
    assert _tokens(api.split_markup(api.split_glued_quotes(English())), text) == before


def test_markup_breaks_keep_a_tag_out_of_the_tweets_speaker(nlp):
    # the parse took the tag's words and the tweet's first words as one subject: "tweet tweet-author=..."
    text = ('A photo of the candidate spread quickly.\n\n<tweet tweet-author="@jdoe_news" tweet-date="March 10, '
            '2016">Campaign manager Rick Salas told me the photo is a fake pic.twitter.com/Gh56Jk78<tweet/>.\n\n'
            'The campaign later confirmed it.')
    claims = claimex.extract(text, nlp=nlp).claims
    told = [c for c in claims if c.cue_text == "told"]
    assert [(c.speaker_mention_text, c.content_text) for c in told] == [
        ("Campaign manager Rick Salas", "the photo is a fake pic.twitter.com/Gh56Jk78")]


def test_tags_end_quotes():
    text = ('Cruz wrote:\n\n<tweet tweet-author="@sen_example" tweet-date="January 9, 2016">I love my state. '
            'My rival said "no" to every road bill.<tweet/>.')
    assert [text[q.start:q.end] for q in find_quotes(text)] == ['"no"']
    # a quote opened before a closing tag ends there, not with the paragraph after the tag
    text = ('She shared it: <tweet author="@a_reader">“Vote early. “Bring a friend.” – @a_reader #Vote“</tweet>.'
            ' Then more.')
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["“Bring a friend.”"]
    # an inline element's tags are words of the sentence around them: the quote goes on past them
    text = 'She said "the <b>new</b> plan works" and left.'
    assert [text[q.start:q.end] for q in find_quotes(text)] == ['"the <b>new</b> plan works"']
