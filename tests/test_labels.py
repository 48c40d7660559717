"""Speaker labels (``claimex.pipeline.quotes.labels``): "NAME: words" lines of transcripts and
attributed headlines are claims of the named speaker; other colon lines are not."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # (text, [(speaker mention, content)])
    ("Transcript of the debate\n\nREYES: Why did the campaign refuse to debate in the city?\n\n"
     "BENSON: The senator does not get to decide "
     "when we debate.\n\nREYES: But the voters want a debate.\n\nBENSON: The voters will get three debates.",
     [("REYES", "Why did the campaign refuse to debate in the city"),
      ("BENSON", "The senator does not get to decide when we debate"),
      ("REYES", "But the voters want a debate"), ("BENSON", "The voters will get three debates")]),
    ("Sanders In Vermont\n\nBernie Sanders: Brexit vote could help Trump in the fall\n\nThe senator spoke at a rally.",
     [("Bernie Sanders", "Brexit vote could help Trump in the fall")]),
    # a headline sums up what the article reports: not a claim of its own
    ("Bernie Sanders: Brexit vote could help Trump in the fall\n\nThe senator said on Monday that Brexit could "
     "help Trump.", [("The senator", "Brexit could help Trump")]),
    # a transcript's labels need not be in capitals: the same name opens more than one turn
    ("The exchange went like this.\n\nHolt: Markets are not a casino for working families.\n\nVega: Well, "
     "a pension fund is no casino either.\n\nHolt: Then who pays when the bubble bursts?\n\nVega: The same "
     "savers who paid last time.",
     [("Holt", "Markets are not a casino for working families"),
      ("Vega", "Well, a pension fund is no casino either"), ("Holt", "Then who pays when the bubble bursts"),
      ("Vega", "The same savers who paid last time")]),
    ("Q: How did things go for you?\n\nA: I felt really helpless and hopeless at the time.", []),
    ("Iowa: Ann Lee, Tom Smith, Bob Jones and Sara Diaz\n\nNevada: Jim Hall and Kim Park", []),
    ("BOOM: Mayor Just Fired A Warning Shot At The Council", []),
    ("Update: The story was changed on Monday to add a comment.", []),
    ("At 4:40 p.m. the polls closed across the state.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_speaker_labels(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    claims = claimex.extract(text, nlp=nlp).claims
    assert [(c.speaker_mention_text, c.content_text) for c in claims] == expected
    assert all(c.cue_text == ":" for c in claims if c.speaker_mention_text != "The senator")
