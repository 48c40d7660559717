"""The token table: the same attributes spaCy's Token objects give, read once per document."""

from __future__ import annotations

import pytest

from _nlp import en_nlp
from claimex.pipeline.claims import np_indices, np_tokens
from claimex.pipeline.tokens import RECENT_TABLES, TokenTable

__all__ = ["en_nlp"]

TEXT = ("The Pentagon said on Tuesday that U.S. strikes had hit 3 weapons depots near Al-Qaim, "
        "but the Popular Mobilisation Forces (PMF) denied it.\n\n“We lost four fighters,” a spokesman said.")


@pytest.fixture(scope="module")
def doc(en_nlp):
    return en_nlp(TEXT)


def test_every_attribute_matches_the_token(doc):
    table = TokenTable(doc)
    assert len(table) == len(doc)
    assert table.text == doc.text
    for tok in doc:
        i = tok.i
        assert (table.lower[i], table.lemma[i], table.pos[i], table.dep[i], table.ent_type[i]) == (
            tok.lower_, tok.lemma_.lower(), tok.pos_, tok.dep_, tok.ent_type_)
        assert (table.head[i], table.idx[i], table.end[i], table.word(i)) == (
            tok.head.i, tok.idx, tok.idx + len(tok.text), tok.text)
        assert (table.is_punct[i], table.is_stop[i], table.is_alpha[i], table.is_space[i], table.like_num[i]) == (
            tok.is_punct, tok.is_stop, tok.is_alpha, tok.is_space, tok.like_num)
        assert table.children[i] == [c.i for c in tok.children]
        assert sorted(table.subtree(i)) == [t.i for t in tok.subtree]
        assert table.left_edge(i) == tok.left_edge.i


def _tokens_by_char_span(doc, spans):
    """What tokens_in means, with spaCy's own Doc.char_span: tokens starting inside a span, each once."""
    out = []
    for s, e in sorted(spans):
        span = doc.char_span(s, e, alignment_mode="expand")
        out += [t.i for t in span or () if s <= t.idx < e and not t.is_space and t.i not in out]
    return out


def test_tokens_in_character_spans_match_spacy_char_span(doc):
    table = TokenTable(doc)
    said = TEXT.index("said")
    spans = [(0, said), (said + 5, said + 40), (said + 30, said + 60), (len(TEXT) - 20, len(TEXT))]
    assert table.tokens_in(spans) == _tokens_by_char_span(doc, spans)
    assert table.tokens_in(spans) != list(range(len(doc)))
    assert table.tokens_in([(0, len(TEXT) + 5)]) == []  # beyond the text: no tokens, as Doc.char_span
    assert table.span_text(0, 1) == "The Pentagon"


def test_noun_phrases_stop_before_coordination_and_relative_clauses(en_nlp):
    doc = en_nlp("The Iraqi military spokesman, who spoke on Tuesday, and the PMF denied the reports.")
    spokesman = next(t for t in doc if t.text == "spokesman")
    assert [t.text for t in np_tokens(spokesman)] == ["The", "Iraqi", "military", "spokesman"]
    assert np_indices(TokenTable.of(doc), spokesman.i) == [t.i for t in np_tokens(spokesman)]


def test_one_table_per_document_while_it_goes_through_the_stages(en_nlp):
    first, second = en_nlp("Officials said it."), en_nlp("He said no.")
    table = TokenTable.of(first)
    assert TokenTable.of(first) is table
    assert TokenTable.of(second) is not table
    TokenTable.forget(first)
    again = TokenTable.of(first)
    assert again is not table
    others = [en_nlp(f"Text {n}.") for n in range(RECENT_TABLES)]
    for other in others:
        TokenTable.of(other)
    assert TokenTable.of(first) is not again  # only the latest documents' tables are kept


def test_an_empty_document_has_an_empty_table(en_nlp):
    table = TokenTable(en_nlp(""))
    assert len(table) == 0 and table.text == "" and table.tokens_in([(0, 0)]) == []


def test_documents_of_two_vocabularies_decode_their_own_strings(en_nlp):
    import spacy

    blank = spacy.blank("en")
    words = "Zyxwvut qwerty said nothing"
    other = blank(words)
    assert TokenTable.of(other).lower == ["zyxwvut", "qwerty", "said", "nothing"]
    assert TokenTable.of(en_nlp(words)).lower == ["zyxwvut", "qwerty", "said", "nothing"]
    assert TokenTable.of(other).dep == ["", "", "", ""]  # no parser: no labels


@pytest.mark.parametrize("text", [
    "  Leading spaces,\ttabs\t\tand  double  spaces. ",
    "Lines\n\n\nwith breaks\r\nand “curly” «marks» — dashes…\n",
    "Emoji 🙂 and accents: Ménard, Đorđević, 北京.  ",
    "no-space-at-all",
])
def test_the_text_read_from_the_token_array_is_doc_text(en_nlp, text):
    doc = en_nlp(text)
    assert TokenTable(doc).text == doc.text == text
