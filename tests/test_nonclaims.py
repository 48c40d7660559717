"""What is not a claim: a statement withheld, a topic, an act and its target, an open question being
found out, a question put to the speaker; and a content never ends in a dangling conjunction. Each case
beside one that is a claim."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # (text, [(cue, content)])
    ("The minister refused to say whether the talks had failed.", []),
    ("She would not say who paid for the trip.", []),
    ("The spokesman declined to comment on the report.", []),
    ("He did not say that the talks had failed.", [("say", "the talks had failed")]),
    ("She spent the day talking about the issue and meeting with officials.", []),
    ("He talked about how the plan would cut taxes.", [("talked about", "how the plan would cut taxes")]),
    ("The union refused the offer and criticised the bank.", []),
    # a response cue whose object names a statement answers that statement: the object is the content
    # (the links stage joins it to the statement it answers); an object that names none is no content
    ("The senator denied the report.", [("denied", "the report")]),
    ("A campaign spokeswoman disputed their account.", [("disputed", "their account")]),
    ("Two economists have contested that view.", [("contested", "that view")]),
    ("The senator contested the election.", []),
    # a claim to a place is no statement
    ("The Philippines is challenging China's South China Sea claims in court.", []),
    ("The union rejected the offer.", []),
    ("She denied that the report was accurate.", [("denied", "the report was accurate")]),
    ("The union criticised the bank for raising its rates.", [("criticised", "the bank for raising its rates")]),
    # quoted or not, the reason is said of the object: both are the content
    ('Lee dismissed the report as "a pack of lies."', [("dismissed", 'the report as "a pack of lies.')]),
    ("Announcing his run for mayor, Lee said the city needed a change.", [("said", "the city needed a change")]),
    # a trailing attribution parsed as a conjunct of what it reports
    ('Voters should read the plan and not trust words like "cheap" and "fast", she told reporters.',
     [("told", 'Voters should read the plan and not trust words like "cheap" and "fast"')]),
    ("He visited the plant on Monday, and he told reporters nothing.", []),
    # what is being found out is an open question, no claim; a finding is one
    ("The court will hold a hearing next month to determine whether the group should be banned.", []),
    ("Investigators are trying to determine who leaked the memo.", []),
    ("Turnout in the suburbs will determine which candidate wins the county.", []),
    ("The judge determined that the search was lawful.", [("determined", "the search was lawful")]),
    # a question put to the speaker by an unnamed asker is the asker's, not the speaker's claim, nor is a
    # cue inside it; the speaker's answer and a named asker's question are claims
    ("Asked whether he would back the nominee, Lee declined to answer.", []),
    ("When asked why the plan had failed, the mayor blamed the council.", []),
    ("The governor was asked on Sunday whether she would run again.", []),
    ("Asked whether he would urge his supporters to back the governor, Lee demurred.", []),
    ("Asked whether he would encourage his members to choose the blue or the red list when they filled in the "
     "form, Lee shrugged.", []),
    ("The reporter asked whether the plan would raise taxes.", [("asked", "whether the plan would raise taxes")]),
    ("Asked about the plan, Lee said it would raise taxes.", [("said", "it would raise taxes")]),
    ('Asked whether the council "can be trusted to spend the money wisely," 62 percent of residents said yes.',
     []),
    ('Ortiz was asked, "Had you seen the invoices, would you have stopped the payment?" She replied, "I cannot '
     'say. The board decided."', [("replied", "I cannot say. The board decided.")]),
    ('Asked for a reason, the treasurer wrote in an email: "The budget does not allow it."',
     [("wrote", "The budget does not allow it.")]),
    ("Kim was asked about the strike at a radio debate, where she said the union had a point.",
     [("said", "the union had a point")]),
    # an invitation with no inviter named is no claim of the one invited; a named inviter's is a claim
    ("The retired judge had been invited to open the law school's spring lecture series.", []),
    ("It is not known if the senator will be invited to speak at the party dinner.", []),
    ("The mayor invited reporters to tour the new plant.", [("invited", "reporters to tour the new plant")]),
    ("She was invited by the union to speak at its convention.", [("invited", "to speak at its convention")]),
    # consent to act is an action, not a statement: "agreed to" with an infinitive is no claim; what one
    # agrees is one ("agreed that ...", "agreed: "...""), and so is a report of the consent by another
    ("The developer agreed to pay a two percent annual fee to the firm.", []),
    ("The two unions agreed to talk again after the holiday.", []),
    ("The company has agreed to be acquired by a rival.", []),
    ("The senator agreed that the bill needed more work.", [("agreed", "the bill needed more work")]),
    ('Lee agreed: "The plan is dead."', [("agreed", "The plan is dead.")]),
    ("Lee agreed to drop out of the race, the campaign said.", [("said", "Lee agreed to drop out of the race")]),
    ('The senator agreed to "step aside for the good of the party."',
     [("agreed", "step aside for the good of the party.")]),
    # a thing or an event that "promises" or "threatens" to do something is narration (it looks set
    # to), not a speaker's promise or threat; a person's or a body's is one
    ("The hearing promised to be a turning point for the nominee.", []),
    ("The ruling threatens to create a rift within the coalition.", []),
    ("Rising fuel prices threaten to slow the recovery.", []),
    ("The mayor promised to cut the city's property tax.", [("promised", "to cut the city's property tax")]),
    ("The union threatened to strike next month.", [("threatened", "to strike next month")]),
    ('Her tax plan promises to "put money back in the pockets of working families."',
     [("promises", "put money back in the pockets of working families.")]),
    ("It was a decision that threatens to split the party.", []),
    ("As cheaper imports threaten to reshape the market, the merger may only postpone the job cuts.", []),
    ("The union, which threatened to strike, met on Monday.", [("threatened", "to strike")]),
    # a naming cue whose only complement is the thing it refers to names it and says nothing of it; what it
    # is called ("as ...") or a quote with a verb is a claim
    ('The historian referred to the "silent majority."', []),
    ("The aide was referring to the party's \"old guard.\"", []),
    ('The mayor referred to the plan as "a costly disaster."', [("referred", 'to the plan as "a costly disaster.')]),
    ('The senator referred to "what we saw as a failure of leadership."',
     [("referred", 'to "what we saw as a failure of leadership.')]),
    # "called for" and "called on" ask for something; "called" with its object before "for" or "on" does not
    ("The government called early elections for May.", []),
    ("Lee called the senator on it.", []),
    ("The senator called for new elections in October.", [("called for", "new elections")]),
    ("The council called on the governor to resign.", [("called on", "the governor to resign")]),
    ('The governor called the remarks on Monday "a new disgrace."',
     [("called", 'the remarks on Monday "a new disgrace.')]),
    ("The senator called him out for his reliance on talking points.",
     [("called him out", "for his reliance on talking points")]),
    # source_tail: what follows an "according to" phrase with no mark between is the reporter's word
    # on the source (a poll's date, the sources' own standing), not what the source said; the clause
    # before the phrase is
    ("Some 55 percent of voters view him unfavorably, according to a Gallup poll last week - about the same as "
     "his rival's 57 percent.", [("according to", "Some 55 percent of voters view him unfavorably")]),
    ("The bureau is looking into the deal, according to two sources who spoke to the paper but were not "
     "authorized to speak publicly.", [("according to", "The bureau is looking into the deal")]),
    ("The governor holds a 12-point lead in Ohio, according to the poll.",
     [("according to", "The governor holds a 12-point lead in Ohio")]),
    ("At the heart of the dispute, according to Jane Smith, a former envoy, was a decision by the king to leave.",
     [("according to", "was a decision by the king to leave")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_claims_and_non_claims(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    claims = claimex.extract(text, nlp=nlp).claims
    assert [(c.cue_text, c.content_text) for c in claims] == expected


@pytest.mark.parametrize("text", [
    "Kim said the plan was sound and",
    "The mayor warned of higher taxes and",
])
def test_no_dangling_conjunction(nlp, text: str) -> None:
    (claim,) = claimex.extract(text, nlp=nlp).claims
    assert not claim.content_text.endswith((" and", " or", " but"))
