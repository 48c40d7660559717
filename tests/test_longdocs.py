"""Long documents: split at paragraph breaks outside quotes, processed in pieces, merged back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimex
from claimex.longdocs import merge_results, split_text
from claimex.model import Claim, ClaimLink, DocError, Evidence, Result, Speaker

SEED = (Path(__file__).parent.parent / "data" / "samples" / "strikes.txt").read_text(encoding="utf-8")
HEADLINE = SEED.split("\n\n")[0]
#: Three copies of the seed article; each copy is one piece when a piece holds one copy but not the
#: headline of the next.
REPEATED = "\n\n".join([SEED.rstrip("\n")] * 3) + "\n"
PIECE = len(SEED.rstrip("\n")) + 2 + len(HEADLINE) // 2


def joined(pieces: list[tuple[int, str]]) -> str:
    return "".join(piece for _, piece in pieces)


# ------------------------------------------------------------------------------------------------
# split_text


def test_a_short_text_is_one_piece():
    assert split_text("Short.\n\nText.", 100) == [(0, "Short.\n\nText.")]


def test_pieces_end_at_paragraph_breaks():
    text = "aaaa bbbb.\n\ncccc dddd.\n\neeee ffff.\n"
    assert split_text(text, 26) == [(0, "aaaa bbbb.\n\ncccc dddd.\n\n"), (24, "eeee ffff.\n")]
    assert split_text(text, 13) == [(0, "aaaa bbbb.\n\n"), (12, "cccc dddd.\n\n"), (24, "eeee ffff.\n")]


def test_never_inside_a_quote_that_runs_over_paragraphs():
    # the quote opens in the 2nd paragraph and goes on (by convention, no closing mark) in the 3rd
    text = "Intro here.\n\n“First part of the quote\n\n“and its second part,” he said.\n\nOutro.\n"
    start = text.index("“First")
    pieces = split_text(text, 60)
    assert joined(pieces) == text
    offsets = [offset for offset, _ in pieces]
    assert start in offsets  # the piece before ends right before the quote
    assert all(not start < o < text.index("he said") for o in offsets)


def test_a_paragraph_longer_than_a_piece_is_cut_at_sentence_ends_then_spaces():
    text = "One sentence here. Another one there. And a third."
    pieces = split_text(text, 20)
    assert joined(pieces) == text
    assert pieces[0] == (0, "One sentence here. ")
    assert all(len(p) <= 20 for _, p in pieces)


def test_a_word_longer_than_a_piece_is_cut_hard():
    assert split_text("x" * 25, 10) == [(0, "x" * 10), (10, "x" * 10), (20, "x" * 5)]


def test_max_chars_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"):
        split_text("text", 0)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .\n“”\"'’", max_size=300), st.integers(min_value=1, max_value=60))
def test_pieces_cover_the_text_exactly_and_respect_the_limit(text, max_chars):
    pieces = split_text(text, max_chars)
    assert joined(pieces) == text
    position = 0
    for offset, piece in pieces:
        assert offset == position
        assert text[offset:offset + len(piece)] == piece
        assert len(piece) <= max_chars
        assert piece or len(pieces) == 1
        position += len(piece)


# ------------------------------------------------------------------------------------------------
# merge_results


def _claim(cid: str, start: int, end: int, text: str, speaker: str | None) -> Claim:
    return Claim(id=cid, type="indirect", content=(start, end), content_text=text[start:end],
                 content_spans=((start, end),), cue=(0, 4), cue_text=text[0:4], speaker=speaker)


def test_merge_shifts_renumbers_and_merges_speakers_by_name():
    a_text, b_text = "Rasool said war.\n\n", "Rasool said peace. Smith said no."
    a = Result(id="x", text=a_text,
               claims=(_claim("c1", 12, 15, a_text, "s1"),),
               speakers=(Speaker("s1", "Yehia Rasool", "PERSON", aliases=("Rasool",), mentions=((0, 6),)),))
    b = Result(id="x", text=b_text,
               claims=(_claim("c1", 12, 17, b_text, "s2"), _claim("c2", 30, 32, b_text, "s1")),
               speakers=(Speaker("s1", "Smith", "PERSON", mentions=((19, 24),)),
                         Speaker("s2", "yehia  rasool", "PERSON", role="military spokesman", mentions=((0, 6),))),
               links=(ClaimLink("c2", "c1", "disputes", 0.8, (Evidence("negation", "no", (30, 32)),)),),
               errors=(DocError("claimex_links", "odd"),))
    text = a_text + b_text
    merged = merge_results("x", text, [(0, a), (len(a_text), b)])
    off = len(a_text)
    assert [(c.id, c.content, c.content_text, c.speaker) for c in merged.claims] == [
        ("c1", (12, 15), "war", "s1"), ("c2", (off + 12, off + 17), "peace", "s1"),
        ("c3", (off + 30, off + 32), "no", "s2")]
    assert [(s.id, s.name, s.role, s.mentions) for s in merged.speakers] == [
        ("s1", "Yehia Rasool", "military spokesman", ((0, 6), (off, off + 6))),
        ("s2", "Smith", None, ((off + 19, off + 24),))]
    assert [(x.source, x.target, x.evidence[0].span) for x in merged.links] == [("c3", "c2", (off + 30, off + 32))]
    assert merged.errors[0].stage == "claimex_links" and f"{off:,}" in merged.errors[0].message
    for c in merged.claims:
        assert text[c.content[0]:c.content[1]] == c.content_text


def test_merge_points_a_repeat_at_the_new_id_of_its_claim():
    a_text, b_text = "Rasool said war.\n\n", 'Rasool called it "a war of choice." He said: "It is a war of choice."'
    fragment, full = b_text.index("a war"), b_text.index("It is")
    b_claims = (replace(_claim("c1", fragment, fragment + 16, b_text, "s1"), repeat_of="c2"),
                _claim("c2", full, full + 22, b_text, "s1"))
    a = Result(id="x", text=a_text, claims=(_claim("c1", 12, 15, a_text, "s1"),))
    b = Result(id="x", text=b_text, claims=b_claims)
    merged = merge_results("x", a_text + b_text, [(0, a), (len(a_text), b)])
    assert [(c.id, c.content_text, c.repeat_of) for c in merged.claims] == [
        ("c1", "war", None), ("c2", "a war of choice.", "c3"), ("c3", "It is a war of choice.", None)]


def test_merge_shifts_the_nested_source():
    a_text, b_text = "Rasool said war.\n\n", "The paper reported that the minister said the deal was dead."
    start, minister = b_text.index("the minister"), b_text.index("minister")
    claim = replace(_claim("c1", start, len(b_text) - 1, b_text, None), nested_source=(start, minister + 8),
                    nested_source_text="the minister")
    merged = merge_results("x", a_text + b_text, [(0, Result(id="x", text=a_text)),
                                                  (len(a_text), Result(id="x", text=b_text, claims=(claim,)))])
    (got,) = merged.claims
    assert got.nested_source is not None
    assert (a_text + b_text)[slice(*got.nested_source)] == got.nested_source_text == "the minister"


def test_an_acronym_defined_in_an_earlier_piece_joins_its_long_form():
    a = Result(id="", text="", speakers=(Speaker("s1", "Popular Mobilisation Forces", "ORG",
                                                 aliases=("Popular Mobilisation Forces", "PMF"),
                                                 mentions=((0, 5),)),))
    b = Result(id="", text="", speakers=(Speaker("s1", "PMF", "ORG", mentions=((3, 6),)),))
    merged = merge_results("", "x" * 100, [(0, a), (50, b)])
    assert [(s.name, s.mentions) for s in merged.speakers] == [("Popular Mobilisation Forces", ((0, 5), (53, 56)))]


# ------------------------------------------------------------------------------------------------
# extract / extract_many with texts longer than nlp.max_length


@pytest.fixture()
def short_max_length(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", PIECE)
    return nlp


def test_split_puts_one_copy_of_the_seed_in_each_piece():
    pieces = split_text(REPEATED, PIECE)
    assert [piece.rstrip("\n") for _, piece in pieces] == [SEED.rstrip("\n")] * 3


def test_a_text_longer_than_max_length_is_extracted_in_pieces(short_max_length):
    nlp = short_max_length
    one = claimex.extract(SEED.rstrip("\n") + "\n\n", nlp=nlp)
    result = claimex.extract(REPEATED, nlp=nlp, doc_id="long")
    assert result.ok, result.errors
    assert result.id == "long"
    n = len(one.claims)
    assert n > 5
    assert [c.id for c in result.claims] == [f"c{i}" for i in range(1, 3 * n + 1)]
    step = len(SEED.rstrip("\n")) + 2
    for k in range(3):  # each copy's claims are the single article's, shifted
        got = result.claims[k * n:(k + 1) * n]
        assert [(c.content[0] - k * step, c.content_text, c.cue_text) for c in got] == [
            (c.content[0], c.content_text, c.cue_text) for c in one.claims]
    for c in result.claims:
        assert REPEATED[c.content[0]:c.content[1]] == c.content_text
        for span in (c.cue, c.speaker_mention, c.target):
            assert span is None or 0 <= span[0] <= span[1] <= len(REPEATED)
    # the speakers of the three copies are merged: as many as in one copy, with three times the mentions
    assert [s.name for s in result.speakers] == [s.name for s in one.speakers]
    assert [len(s.mentions) for s in result.speakers] == [3 * len(s.mentions) for s in one.speakers]
    names = {s.id: s.name for s in result.speakers}
    one_names = {s.id: s.name for s in one.speakers}
    assert [names.get(c.speaker) for c in result.claims] == [one_names.get(c.speaker) for c in one.claims] * 3
    assert len(result.links) == 3 * len(one.links)


def test_max_piece_chars_gives_the_same_result_as_max_length(nlp, short_max_length):
    by_length = claimex.extract(REPEATED, nlp=short_max_length)
    short_max_length.max_length = 10 * PIECE
    by_option = list(claimex.extract_many([REPEATED, "Short."], nlp=nlp, ids=["", "s"], max_piece_chars=PIECE))
    assert by_option[0].to_dict() == by_length.to_dict()
    assert by_option[1].claims == ()


def test_a_quote_across_the_preferred_split_is_not_lost(nlp):
    quote = ("“The strikes were a violation of our sovereignty\n\n“and we will respond at a time of our "
             "choosing,” the spokesman said.")
    text = "The ministry issued a statement on Sunday.\n\n" + quote + "\n\nOfficials said nothing else.\n"
    # the blank line inside the quote is the last one within the first piece; the quote's paragraph fits a piece
    limit = len(quote) + 4
    assert text.index("“and") < limit < text.index(quote) + len(quote)
    whole = claimex.extract(text, nlp=nlp)
    split = claimex.extract(text, nlp=nlp, max_piece_chars=limit)
    assert [offset for offset, _ in split_text(text, limit)] == [0, text.index(quote), text.index("Officials")]
    contents = [c.content_text for c in whole.claims]
    assert any(c.startswith("The strikes were") and c.endswith("our choosing,") for c in contents)
    assert [c.content_text for c in split.claims] == contents
    assert [(c.content_spans, c.cue_text) for c in split.claims] == [(c.content_spans, c.cue_text)
                                                                      for c in whole.claims]


def test_long_texts_are_parsed_one_piece_at_a_time_by_default(nlp, monkeypatch):
    """Texts over DEFAULT_MAX_PIECE_CHARS are split even below nlp.max_length, and their pieces are
    parsed one call at a time (never batched together: the parse's memory grows with the batch)."""
    from claimex import api

    monkeypatch.setattr(api, "DEFAULT_MAX_PIECE_CHARS", PIECE)
    calls: list[int] = []
    real_call = type(nlp).__call__

    def spy(self, text, *args, **kwargs):
        calls.append(len(text))
        return real_call(self, text, *args, **kwargs)

    monkeypatch.setattr(type(nlp), "__call__", spy)
    short = "Officials said the strikes killed four fighters."
    results = list(claimex.extract_many([short, REPEATED, short], nlp=nlp))
    assert [r.id for r in results] == ["0", "1", "2"]
    assert len(calls) == 3 and max(calls) <= PIECE and sum(calls) == len(REPEATED)
    monkeypatch.undo()
    assert results[1] == claimex.extract(REPEATED, nlp=nlp, doc_id="1", max_piece_chars=PIECE)
    assert results[0].claims and results[2].claims
