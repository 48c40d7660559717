"""``Claim.in_headline``: a claim whose content lies in the article's headline block is flagged, not dropped
(rule "headline_block", issue 15's nonclaims6 round). Texts written for these tests."""

from __future__ import annotations

import json

import pytest

import claimex
from claimex import tables, viz
from claimex.longdocs import merge_results
from claimex.model import Claim, Result
from claimex.pipeline.paragraphs import headline_end

HEADLINE = "Lopez Says the Budget Will Not Pass\n\n"
BODY = ("Governor Ann Park said on Monday that the budget would pass by the end of the month. "
        "Lopez, who leads the opposition, disagreed.")
SUBHEADLINE = ("Hale Vows to Block the Bridge Plan\n"
               "The senator said the plan would cost the city too much, aides say\n\n"
               "Senator Tom Hale said on Tuesday that he would block the plan.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEADLINE + BODY, len(HEADLINE) - 2),
        (SUBHEADLINE, SUBHEADLINE.index("\n\n")),
        # white space before the headline and on the blank line
        ("\n  Council Delays Vote\n \t\nThe council said the vote would wait.", 22),
        # no blank line: one paragraph, or paragraphs parted by single line breaks
        (BODY, 0),
        ("Council Delays Vote\nThe council said the vote would wait.", 0),
        # no body after the blank line
        ("Council Delays Vote\n\n  ", 0),
        # a first line longer than a headline: the text opens with a paragraph
        ("The council said on Monday that the vote on the new budget, which had been set for the end of the "
         "month, would wait until the auditors had read every line of it and reported back.\n\nIt did.", 0),
        # more lines than a headline, a sub-headline and a byline
        ("One\nTwo\nThree\nFour\n\nThe council said the vote would wait.", 0),
    ],
)
def test_headline_end(text: str, expected: int) -> None:
    assert headline_end(text) == expected


def test_a_headline_claim_is_flagged_and_kept(nlp) -> None:
    result = claimex.extract(HEADLINE + BODY, nlp=nlp)
    got = [(c.content_text, c.in_headline) for c in result.claims]
    assert got == [("the Budget Will Not Pass", True), ("the budget would pass by the end of the month", False)]


def test_a_sub_headline_claim_is_flagged(nlp) -> None:
    result = claimex.extract(SUBHEADLINE, nlp=nlp)
    assert [(c.speaker_mention_text, c.in_headline) for c in result.claims] == [
        ("aides", True), ("Senator Tom Hale", False)]


def test_no_claim_is_flagged_without_a_headline_block(nlp) -> None:
    result = claimex.extract(BODY, nlp=nlp)
    assert result.claims and not any(c.in_headline for c in result.claims)


def test_headlines_off_flags_no_claim() -> None:
    """A text that opens with body text: the quotes component's ``headlines: False`` reads no headline."""
    nlp = claimex.load(config={"claimex_quotes": {"headlines": False}})
    result = claimex.extract(HEADLINE + BODY, nlp=nlp)
    assert [(c.content_text, c.in_headline) for c in result.claims] == [
        ("the Budget Will Not Pass", False), ("the budget would pass by the end of the month", False)]


def test_the_cli_no_headline_flag(tmp_path) -> None:
    from claimex.cli import main

    src = tmp_path / "a.txt"
    src.write_text(HEADLINE + BODY, encoding="utf-8")
    flags = {}
    for extra in ([], ["--no-headline"]):
        out = tmp_path / f"out{len(extra)}.jsonl"
        assert main(["extract", str(src), "-o", str(out), "--no-progress", *extra]) == 0
        [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        flags[bool(extra)] = [c["in_headline"] for c in record["claims"]]
    assert flags == {False: [True, False], True: [False, False]}


def test_the_flag_is_the_last_key_of_a_claim_and_reads_back(nlp) -> None:
    result = claimex.extract(HEADLINE + BODY, nlp=nlp)
    data = result.to_dict()
    assert [list(c)[-1] for c in data["claims"]] == ["in_headline", "in_headline"]
    assert [c["in_headline"] for c in data["claims"]] == [True, False]
    assert Result.from_dict(data).claims == result.claims
    older = {k: v for k, v in data["claims"][0].items() if k != "in_headline"}  # a record written before it
    assert Claim.from_dict(older).in_headline is False


def test_the_flag_is_a_column_and_a_mark_in_the_view(nlp) -> None:
    result = claimex.extract(HEADLINE + BODY, nlp=nlp, doc_id="budget")
    frame = claimex.to_dataframe(result)
    assert "in_headline" in tables.CLAIM_COLUMNS
    assert list(frame["in_headline"]) == [True, False]
    markup = viz.render_html(result)
    assert markup.count('class="cx-hl"') == 1
    assert markup.count("in the headline") == 2  # the mark's title and the claim's title


def test_merge_keeps_the_flag_of_the_first_piece_only() -> None:
    text = "Aa\n\nBb\n\nCc"
    flagged = Claim(id="c1", type="indirect", content=(0, 2), content_text="Aa", content_spans=((0, 2),),
                    in_headline=True)
    later = Claim(id="c1", type="indirect", content=(0, 2), content_text="Cc", content_spans=((0, 2),),
                  in_headline=True)
    parts = [(0, Result(id="d", text=text[:8], claims=(flagged,))), (8, Result(id="d", text="Cc", claims=(later,)))]
    merged = merge_results("d", text, parts)
    assert [(c.content, c.in_headline) for c in merged.claims] == [((0, 2), True), ((8, 10), False)]
