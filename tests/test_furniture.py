"""Page furniture holds no claim (``claimex.pipeline.quotes.furniture``): navigation lines, reader
imperatives, recording markers and picture credits; the article text around them keeps its claims."""

from __future__ import annotations

import pytest

import claimex
from claimex.pipeline.quotes.furniture import furniture_lines

BODY = "The mayor said the budget would balance by 2030."
AFTER = "Her rival said the figures were wrong."

FURNITURE = [
    "READ MORE: Mayor says the budget will balance by 2030",
    "WATCH: Senator says the vote was rigged",
    "Related Articles",
    "Editor’s note: the governor said last year that he would not run again.",
    "Watch the full interview below:",
    "Follow Dana Reyes on Twitter @danareyes.",
    "(BEGIN VIDEO CLIP)",
    "The governor says he will sign the bill. (AP Photo/Sam Hill)",
    "Sam Hill / Reuters.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_line_found(line: str) -> None:
    text = f"{BODY}\n\n{line}\n\n{BODY}\n"
    start = text.index(line)
    assert furniture_lines(text) == [(start, start + len(line))]


@pytest.mark.parametrize("line", [
    "He said the plan would work, and watched the vote on Twitter.",
    "More than 40 senators said the deal was dangerous.",
    "Related charges were filed on Monday, the prosecutor said.",
    # a long paragraph after a label is article text: a correction with what its sources said
    "Editor's note: An article on Monday about the fire at the Elm Street depot reported that the building "
    "had no working alarms. On Wednesday, however, the fire chief, Rosa Lind, said that two of the alarms "
    "had worked but were not connected to the station. City inspectors later told the paper that the "
    "connection had been cut during repairs in the spring, and the owner said he had not been told.",
])
def test_article_lines_are_not_furniture(line: str) -> None:
    assert furniture_lines(f"{line}\n") == []


@pytest.mark.parametrize("line", FURNITURE)
def test_no_claim_on_furniture(nlp, line: str) -> None:
    text = f"{BODY}\n\n{line}\n\n{AFTER}\n"
    claims = claimex.extract(text, nlp=nlp).claims
    assert [c.content_text for c in claims] == ["the budget would balance by 2030", "the figures were wrong"]
