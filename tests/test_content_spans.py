"""The attribution is never content: an interrupted quote's halves are its ``content_spans``, whatever
rule found each half; one speech act is one claim unless its "that" is said again."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # (text, [content_spans of each claim])
    ('"The council is united," Lee said on Monday, "and we will vote as one."',
     [["The council is united,", "and we will vote as one."]]),
    ('"This plan," said Councillor Ann Lee, a former teacher, "will cut taxes for every family in the city."',
     [["This plan,", "will cut taxes for every family in the city."]]),
    ('The plan will "cut taxes for every family," Lee said, "and it will create jobs."',
     [['The plan will "cut taxes for every family,"', "and it will create jobs."]]),
    ("The plan, Lee said, would cut taxes for every family in the city.",
     [["The plan", "would cut taxes for every family in the city"]]),
    ('"Being a mother is my real job," Lee said in May on the radio show "Morning Talk With Dana Reyes."',
     [["Being a mother is my real job,"]]),
    ("Lee said that taxes would fall, and that jobs would grow.",
     [["taxes would fall"], ["jobs would grow"]]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_attribution_is_not_content(nlp, text: str, expected: list[list[str]]) -> None:
    claims = claimex.extract(text, nlp=nlp).claims
    assert [[text[s:e] for s, e in c.content_spans] for c in claims] == expected
    for claim in claims:
        for s, e in claim.content_spans:
            assert not (claim.cue and s <= claim.cue[0] < e), "a fragment holds its own cue"
            assert not (claim.speaker_mention and s <= claim.speaker_mention[0] < e), "a fragment holds the speaker"


def test_quote_after_a_cue_clause_is_the_content_not_the_words_before_it(nlp) -> None:
    # the parse hangs the opening participle on the quoted clause; the writer's words stay out
    text = 'Pointing to the budget, Lee said, "Leave the numbers aside, the plan is clearly working for families."'
    claims = claimex.extract(text, nlp=nlp).claims
    assert [(c.type, c.content_text, c.speaker_mention_text) for c in claims] == [
        ("direct", "Leave the numbers aside, the plan is clearly working for families.", "Lee")]


def test_a_quote_that_opens_a_new_sentence_is_not_part_of_the_content_before_it(nlp) -> None:
    text = ("In any case, Mr. Lee said, the ferry business was badly overbuilt with docks. "
            "''It was only waiting for a slump to squeeze the life out of it,'' he said.")
    claims = claimex.extract(text, nlp=nlp).claims
    assert [(c.type, c.content_spans[-1]) for c in claims] == [
        ("indirect", (text.index("the ferry"), text.index(" docks.") + len(" docks"))),
        ("direct", (text.index("It was"), text.index("of it,") + len("of it,")))]


def test_a_quote_sentence_opened_by_a_conjunction_continues_the_quote_before_it(nlp) -> None:
    text = ('"I do not think it is make or break," he said outside the hall. But "the bid is helped a lot '
            'by the backing of the biggest union in the region."')
    claims = claimex.extract(text, nlp=nlp).claims
    assert [(c.speaker_mention_text, len(c.content_spans)) for c in claims] == [("he", 2)]
    assert text[slice(*claims[0].content_spans[1])].startswith("the bid is helped")


@pytest.mark.parametrize(("text", "expected"), [
    # a participle conjoined down the complement's chain of conjuncts is a cue of its own, spoken by the
    # subject of the cue whose complement it hangs in
    ('He said the bill had the correct security parts but was sunk by voter distrust - and arguing that he '
     'and Lopez held "nearly all of the same views."',
     [("said", "the bill had the correct security parts but was sunk by voter distrust", "He"),
      ("arguing", 'he and Lopez held "nearly all of the same views.', "He")]),
    # a cue conjoined to a naming's quoted complement is no part of the naming; a quoted infinitive after
    # "called on" someone is part of the call
    ('He called it "disgraceful" and called on members "not to give in to that old fear among us."',
     [("called", 'it "disgraceful"', "He"),
      ("called on", 'members "not to give in to that old fear among us.', "He")]),
])
def test_a_conjoined_cue_is_a_claim_of_its_own(nlp, text, expected) -> None:
    claims = claimex.extract(text, nlp=nlp).claims
    assert [(c.cue_text, c.content_text, c.speaker_mention_text) for c in claims] == expected


@pytest.mark.parametrize("text", [
    'Asked about the ferry vote, "We will win it," Ms. Ortiz said.',
    'Asked about the harbour budget on Monday, "We will balance it," the mayor said.',
])
def test_an_opening_participle_before_a_quote_is_the_writers_frame(nlp, text: str) -> None:
    """"Asked about X," before a quote the parse hangs inside the quote's clause: the content is the quote."""
    [claim] = claimex.extract(text, nlp=nlp).claims
    assert not claim.content_text.startswith("Asked"), claim.content_text
    assert claim.content_text.rstrip(",").startswith("We will")
