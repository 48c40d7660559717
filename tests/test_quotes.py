"""The quotes stage end to end, through ``claimex.extract``: every construction of indirect, direct and
mixed speech, the things that are not claims, and hostile inputs.

Each claim is compared as a readable tuple (type, content, cue, speaker mention); every test also checks
the offsets invariant ``text[s:e] == *_text``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import claimex
from claimex.model import Claim, Result, said_text
from claimex.pipeline.quotes.cues import VERB_CUE_RULES
from claimex.pipeline.state import read_claims


def assert_offsets(text: str, result: Result) -> None:
    """Every span of every claim and speaker indexes the text it reports."""
    speaker_ids = {s.id for s in result.speakers}
    for c in result.claims:
        s, e = c.content
        assert 0 <= s < e <= len(text), c
        assert c.content_text == said_text(text, c.content_spans), c
        assert c.content_spans, c
        for fs, fe in c.content_spans:
            assert s <= fs < fe <= e, c
        for span, span_text in ((c.cue, c.cue_text), (c.speaker_mention, c.speaker_mention_text)):
            if span is None:
                assert span_text is None, c
            else:
                assert 0 <= span[0] < span[1] <= len(text), c
                assert text[span[0]:span[1]] == span_text, c
        assert c.speaker is None or c.speaker in speaker_ids, c
    for speaker in result.speakers:
        for ms, me in speaker.mentions:
            assert 0 <= ms < me <= len(text), speaker


def run(nlp: Language, text: str) -> Result:
    result = claimex.extract(text, nlp=nlp)
    assert result.errors == (), result.errors
    assert result.text == text
    assert_offsets(text, result)
    return result


def cue_contents(text: str, claims: tuple[Claim, ...] | list[Claim]) -> list[tuple[str, str]]:
    """The (cue, content) text of each claim that has a cue, in order."""
    return [(text[c.cue[0]:c.cue[1]], text[c.content[0]:c.content[1]]) for c in claims if c.cue]


def row(claim: Claim) -> tuple[str, str, str | None, str | None]:
    return (claim.type, claim.content_text, claim.cue_text, claim.speaker_mention_text)


def fragments(text: str, claim: Claim) -> list[str]:
    return [text[s:e] for s, e in claim.content_spans]


INDIRECT = [
    # (text, (type, content, cue, speaker mention))
    ("The PMF said the strikes killed four fighters.",
     ("indirect", "the strikes killed four fighters", "said", "The PMF")),
    ("There have been five attacks since April, US officials say.",
     ("indirect", "There have been five attacks since April", "say", "US officials")),
    ("The minister told reporters that the talks had failed.",
     ("indirect", "the talks had failed", "told", "The minister")),
    ("Rasool condemned the strikes, writing on Twitter that they represented a violation of Iraqi sovereignty.",
     ("indirect", "they represented a violation of Iraqi sovereignty", "writing", "Rasool")),
    ("The militia threatened to retaliate.", ("indirect", "to retaliate", "threatened", "The militia")),
    ("He called for calm.", ("indirect", "calm", "called for", "He")),
    ("The ministry called for calm and restraint.",
     ("indirect", "calm and restraint", "called for", "The ministry")),
    ("Syrian state media accused the US of seeking to undermine stability in the area.",
     ("indirect", "the US of seeking to undermine stability in the area", "accused", "Syrian state media")),
    ("Sanders, who said that the economy was rigged, won the primary.",
     ("indirect", "the economy was rigged", "said", "who")),
    # the parse makes the gerund subject of the reported clause an open complement of the cue
    ("She said taxing it could put hundreds of families into debt in rural counties where there are few "
     "banks.", ("indirect", "taxing it could put hundreds of families into debt in rural counties where "
                "there are few banks", "said", "She")),
    # the parse hangs the that-clause on the last noun as a relative clause
    ("Courted by many of the teams, Ortiz said late on Tuesday during a press conference that she may "
     "wait until the playoffs to decide.",
     ("indirect", "she may wait until the playoffs to decide", "said", "Ortiz")),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT, ids=[e[2] for _, e in INDIRECT])
def test_indirect(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


ACCORDING_TO = [
    # (text, content): the cue is "according to", the source its object
    ("According to the PMF, four fighters were killed in the strikes.", "four fighters were killed in the strikes"),
    ("Four fighters were killed in the strikes, according to the PMF.", "Four fighters were killed in the strikes"),
]


@pytest.mark.parametrize(("text", "content"), ACCORDING_TO)
def test_according_to_cue_and_source(nlp, text, content):
    (claim,) = run(nlp, text).claims
    assert (claim.type, claim.cue_text.lower(), claim.speaker_mention_text) == ("indirect", "according to", "the PMF")
    assert claim.content_text.startswith(content)


@pytest.mark.parametrize(("text", "content"), ACCORDING_TO, ids=["preposed", "postposed"])
def test_according_to_content(nlp, text, content):
    (claim,) = run(nlp, text).claims
    assert claim.content_text == content


ACCORDING_TO_INSIDE = [
    # (text, content fragments): the phrase between the subject and its verb is left out of the content
    ("Most of the tenants, according to the survey, want the rent frozen.",
     ["Most of the tenants", "want the rent frozen"]),
    # after an opening phrase, what follows the phrase is the statement
    ("In the north, according to the survey, the tenants want the rent frozen.",
     ["the tenants want the rent frozen"]),
    ("The plant will close in May, according to a memo seen by the union.", ["The plant will close in May"]),
    # at the end of its sentence the phrase vouches for the whole sentence, not the last conjunct
    ("He came back on Monday for the last minutes of a lunch and said little, according to one guest.",
     ["He came back on Monday for the last minutes of a lunch and said little"]),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO_INSIDE)
def test_according_to_inside_the_clause_it_reports(nlp, text, expected):
    (claim,) = run(nlp, text).claims
    assert fragments(text, claim) == expected


ASKED_IF = [
    # (text, content): after a verb of asking, an "if" clause is the question, not a condition
    ("The moderator asked the senator if she would support the bill.", "if she would support the bill"),
    ("Several residents asked if the council had read the report.", "if the council had read the report"),
]


@pytest.mark.parametrize(("text", "content"), ASKED_IF)
def test_the_if_clause_of_a_verb_of_asking_is_the_question(nlp, text, content):
    assert [(c.content_text, c.cue_text) for c in run(nlp, text).claims] == [(content, "asked")]


DIRECT = [
    # (text, (type, content, cue, speaker mention))
    ('"We will respond to these attacks," he said.', ("direct", "We will respond to these attacks,", "said", "he")),
    ("“We will respond to these attacks,” the minister said.",
     ("direct", "We will respond to these attacks,", "said", "the minister")),
    ('"We will respond to these attacks," said the spokesman.',
     ("direct", "We will respond to these attacks,", "said", "the spokesman")),
    ('He said: "We will respond to these attacks."', ("direct", "We will respond to these attacks.", "said", "He")),
    ("“We will ‘never’ surrender to them,” she said.",
     ("direct", "We will ‘never’ surrender to them,", "said", "she")),
    ('The minister said the strikes were "a blatant violation of our sovereignty".',
     ("mixed", 'the strikes were "a blatant violation of our sovereignty"', "said", "The minister")),
    ("The minister said the so-called “peace plan” had failed.",
     ("mixed", "the so-called “peace plan” had failed", "said", "The minister")),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_and_mixed(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


MANNER_AND_NAMING_CUES = [
    ('"Go back to your studio," Hale barked.', ("direct", "Go back to your studio,", "barked", "Hale")),
    ('"They only came for the free lunch," Ortiz shot back with a laugh.',
     ("direct", "They only came for the free lunch,", "shot", "Ortiz")),
    ('His daughter portrayed him as a generous executive who would be "the people\'s champion."',
     ("mixed", 'him as a generous executive who would be "the people\'s champion.', "portrayed", "His daughter")),
]


@pytest.mark.parametrize(("text", "expected"), MANNER_AND_NAMING_CUES, ids=[e[2] for _, e in MANNER_AND_NAMING_CUES])
def test_manner_of_speaking_and_naming_cues(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


GOVERNED = [
    # quoted words in the complement of a verb that is no speech cue: its subject is the source
    ('The senator ripped the agency for acting as "the referee and the player" in the case.',
     ("mixed", 'the agency for acting as "the referee and the player" in the case', "ripped", "The senator")),
    ('The owner has boasted of her readiness to pay "whatever it costs" for the team.',
     ("mixed", 'of her readiness to pay "whatever it costs" for the team', "boasted", "The owner")),
    # an ad speaks through what it does
    ('The ad targets a "broken council that keeps a failed housing plan alive."',
     ("direct", "broken council that keeps a failed housing plan alive.", "targets", "The ad")),
    # one quoted word under a verb of belief or perception is what the subject thinks
    ('The senator sees "progress" in the talks with the union.', ("direct", "progress", "sees", "The senator")),
    # a quote the parser hangs on its verb in two pieces
    ('She offered "my warmest wishes to every one of the runners."',
     ("direct", "my warmest wishes to every one of the runners.", "offered", "She")),
    # a copula in a clause: the verb above it governs
    ('The analysts found that the new port is "the busiest on the coast" by far.',
     ("mixed", 'the new port is "the busiest on the coast" by far', "found", "The analysts")),
    # a title-case quote in a title-case headline is no title
    ("Lopez Says Rivals Rigged Vote, Calls Hale’s Budget Plans ‘Reckless’",
     ("mixed", "Rivals Rigged Vote, Calls Hale’s Budget Plans ‘Reckless’", "Says", "Lopez")),
    # a quoted object too short for the cue's own rules
    ('Obama ended his speech by saying "Too many."', ("direct", "Too many.", "saying", "Obama")),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNED, ids=[e[2] for _, e in GOVERNED])
def test_quote_in_the_complement_of_a_verb(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


OBJECT_AND_REASON = [
    # a quoted object keeps its unquoted words: PolNeAR's content is the whole object
    ("The senator reiterated the party’s long-standing and very public “rejection of any new taxes on working "
     "families.”", ("mixed", "the party’s long-standing and very public “rejection of any new taxes on working "
                    "families.", "reiterated", "The senator")),
    # an object cue's content goes on into the reason ("for", "as"), a call into its infinitive
    ('Both women have slammed the mayor for not using the phrase "housing emergency."',
     ("mixed", 'the mayor for not using the phrase "housing emergency.', "slammed", "Both women")),
    ('Ortiz dismissed that claim as a symptom of a team in "freefall."',
     ("mixed", 'that claim as a symptom of a team in "freefall.', "dismissed", "Ortiz")),
    ('The group is calling on the senator to "stop ignoring black voters" and resign.',
     ("mixed", 'the senator to "stop ignoring black voters" and resign', "calling on", "The group")),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_AND_REASON, ids=[e[2] for _, e in OBJECT_AND_REASON])
def test_object_with_its_reason(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


PARTICIPLE_SPEAKERS = [
    # a participle after a comma speaks for the subject of the sentence, not of the clause before it
    ('Hale argued that a fence would keep deer from wandering onto the highway at night, saying '
     '"it is all about safety."', "saying", "Hale"),
    # whoever puts out an ad, a release or a text speaks through it
    ('After the debate, Lopez released a new radio ad calling Ortiz "weak on jobs."', "calling", "Lopez"),
    ('The union put out a press release saying the mayor owes "every driver an apology."', "saying",
     "The union"),
    # a sentence subject that cannot speak leaves the participle to the nearest clause whose subject can
    ("The first incident came during a speech in Dayton, when Lee protesters interrupted her speech, shouting "
     "“she wins, we lose!”", "shouting", "Lee protesters"),
    # after a quote that ends in a comma too: not the subject inside the quoted clause
    ("At the rally, Reyes insisted that he has “grown the party,” claiming that he is responsible for the "
     "higher turnout.", "claiming", "Reyes"),
]


@pytest.mark.parametrize(("text", "cue", "mention"), PARTICIPLE_SPEAKERS, ids=[c for _, c, _ in PARTICIPLE_SPEAKERS])
def test_participle_speaker(nlp, text, cue, mention):
    assert [c.speaker_mention_text for c in run(nlp, text).claims if c.cue_text == cue] == [mention]


SPEAKER_WHERE_THE_PARSE_SLIPS = [
    # "has said" in a subordinate clause is active: its subject speaks (no "Asked about it," reading)
    ('The shift is striking because Council Chair Maria Lopez has said she is "not ready" to back Hale.',
     "said", "Council Chair Maria Lopez"),
    # the parser hangs the name on the phrase before it: the name right before the cue speaks
    ('Speaking for his sister, former mayor Tom Hale said his sister was fit for the job because "the city is '
     'in rough shape."', "said", "former mayor Tom Hale"),
    # a clitic auxiliary the parse takes for the subject: the pronoun it leans on speaks
    ('The only way out is to win over the members who’ve already said they back the plan to reopen it.',
     "said", "who"),
    # the person written to is not the speaker of the participle: who wrote speaks
    ('Late on Tuesday, the Ohio senator emailed supporters saying: “The struggle continues.”', "saying",
     "the Ohio senator"),
    # a participle on a noun that cannot speak speaks for the subject of the noun's clause
    ('The senator stormed out, at one moment calling the mayor a "liar who is not honorable."', "calling",
     "The senator"),
    # the parse hangs the subject on the auxiliary ("did post"): it is the cue's
    ('Tom Reyes did post on Twitter on Friday that his remarks were “only a joke”.', "post", "Tom Reyes"),
    # a cue hung on an adverb ("so far as to say") inherits the subject of the verb the adverb is on
    ("Investors fled. The columnist Ann Price went so far as to say: ''The paper as we know it is over.''", "say",
     "The columnist Ann Price"),
    # a share written with a percent sign: the sign is the mention's head, no punctuation to strip
    ("Of the renters surveyed, 38% say rents will keep rising next year.", "say", "38%"),
]


@pytest.mark.parametrize(("text", "cue", "mention"), SPEAKER_WHERE_THE_PARSE_SLIPS,
                         ids=[f"{c}-{m}" for _, c, m in SPEAKER_WHERE_THE_PARSE_SLIPS])
def test_speaker_where_the_parse_slips(nlp, text, cue, mention):
    assert [c.speaker_mention_text for c in run(nlp, text).claims if c.cue_text == cue] == [mention]


def test_reduced_relative_on_a_noun_that_cannot_speak_has_no_speaker(nlp):
    # "provisions relating to ...": the noun's own clause, not a participle of the clause's subject
    text = 'The agency is reviewing provisions relating to "willful blindness" in the handling of files.'
    assert all(c.speaker_mention_text != "The agency" for c in run(nlp, text).claims)


SHORT = [
    # a one-word quote that opens its sentence, with a cue right after it
    ('"Absolutely," he said when a reporter asked.', ("direct", "Absolutely,", "said", "he")),
    ('"Never," the governor replied.', ("direct", "Never,", "replied", "the governor")),
    # or that ends it, right after its cue
    ('Asked about the plan, the mayor said, "Probably."', ("direct", "Probably.", "said", "the mayor")),
]


@pytest.mark.parametrize(("text", "expected"), SHORT, ids=[e[2] for _, e in SHORT])
def test_one_word_quote_before_its_cue(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


INTERRUPTED = [
    # (text, fragments of the one claim)
    ('"We will respond," he said, "and we will not stop."', ["We will respond,", "and we will not stop."]),
    ("“We will respond to these attacks,” the minister said, “and we will do it in our own time.”",
     ["We will respond to these attacks,", "and we will do it in our own time."]),
    ('"We will respond to these attacks," the minister said, "in our own time."',
     ["We will respond to these attacks,", "in our own time."]),
]


@pytest.mark.parametrize(("text", "expected"), INTERRUPTED)
def test_interrupted_quote_is_one_claim(nlp, text, expected):
    (claim,) = run(nlp, text).claims
    assert (claim.type, claim.cue_text, fragments(text, claim)) == ("direct", "said", expected)


def test_the_content_text_of_an_interrupted_quote_leaves_the_attribution_out(nlp):
    (claim,) = run(nlp, '"We will respond," he said, "and we will not stop."').claims
    assert claim.content_text == "We will respond, … and we will not stop."
    assert "said" not in claim.content_text


def test_the_content_text_of_a_quote_over_two_paragraphs_keeps_the_break(nlp):
    text = ('"The first paragraph of a long statement goes on here.\n\n'
            '"And the second paragraph goes on," the mayor said.')
    (claim,) = run(nlp, text).claims
    assert claim.content_text == ("The first paragraph of a long statement goes on here.\n"
                                  "And the second paragraph goes on,")


def test_interrupted_quote_around_a_long_apposition(nlp):
    text = ('"The danger," said Maria Lopez, a planner who is the head of a housing institute at the '
            'college, "is that we are going to draw tenants and lose builders."')
    (claim,) = run(nlp, text).claims
    assert fragments(text, claim) == ["The danger,", "is that we are going to draw tenants and lose builders."]
    assert (claim.cue_text, claim.speaker_mention_text) == ("said", "Maria Lopez, a planner")


@pytest.mark.parametrize("text", [
    '"See what you have done," Lopez said. Reyes responded, "Luckily they can repair it."',
    '"If he gets to name his referees, nothing you can do," Lopez said before adding: "Though maybe there is."',
])
def test_two_quotes_with_a_sentence_or_a_cue_between_are_two_claims(nlp, text):
    assert len(run(nlp, text).claims) == 2


def test_short_quote_sentence_continues_the_quote_before_it(nlp):
    text = '"Safety," said Grimm, a retired teacher. "Safety for the whole country, everybody."'
    (claim,) = run(nlp, text).claims
    assert fragments(text, claim) == ["Safety,", "Safety for the whole country, everybody."]
    # on its own, after narration, it is no claim
    assert run(nlp, 'The game ended.\n\n"Blacklisted?"').claims == ()


def test_interrupted_quote_keeps_cue_and_speaker(nlp):
    """Whatever the number of claims, both halves get the cue and the speaker."""
    text = "“We will respond to these attacks,” the minister said, “and we will do it in our own time.”"
    result = run(nlp, text)
    covered = " ".join(f for c in result.claims for f in fragments(text, c))
    assert "We will respond to these attacks" in covered and "in our own time" in covered
    assert {(c.cue_text, c.speaker_mention_text) for c in result.claims} == {("said", "the minister")}
    assert len({c.speaker for c in result.claims}) == 1


def test_quote_run_in_one_paragraph_is_one_claim(nlp):
    text = '"We will respond to these attacks," the minister said. "Nobody should doubt our resolve."'
    (claim,) = run(nlp, text).claims
    assert (claim.type, claim.cue_text, claim.speaker_mention_text) == ("direct", "said", "the minister")
    assert fragments(text, claim) == ["We will respond to these attacks,", "Nobody should doubt our resolve."]


FLOATING = [
    # (text, first claim's mention): the second paragraph is only a quote, with no cue
    ("The minister said the talks had failed.\n\n\"We will respond to these attacks in our own time.\"",
     "The minister"),
    ('"We will respond to these attacks," the minister said.\n\n'
     '"Nobody should doubt our resolve or our ability to act."', "the minister"),
    ("The PMF said the strikes killed four fighters.\n\n“As such, we denounce and condemn in the strongest terms "
     "this sinful attack on our forces.”", "The PMF"),
]


@pytest.mark.parametrize(("text", "mention"), FLOATING)
def test_quote_only_paragraph_takes_the_previous_speaker(nlp, text, mention):
    first, second = run(nlp, text).claims
    assert first.speaker_mention_text == mention
    assert first.speaker is not None
    assert (second.type, second.cue, second.speaker_mention) == ("direct", None, None)
    assert second.content_text == text.split("\n\n")[1].strip("\"“”")
    assert second.speaker == first.speaker


@pytest.mark.parametrize(("text", "mention"), [
    ('The mayor spoke.\n\n"Nearly every new office tower is going up in the north end."\n\n- Maria Lopez.'
     "\n\nThe mayor is citing an old survey.", "Maria Lopez"),
    ('Intro.\n\n"Great speech. She is tested. She is ready to lead this country."\n\n-President Obama, tweeting '
     "after the speech.", "President Obama"),
])
def test_quote_signed_on_the_next_line(nlp, text, mention):
    (claim,) = run(nlp, text).claims
    assert (claim.type, claim.cue_text, claim.speaker_mention_text) == ("direct", text[claim.cue[0]:claim.cue[1]],
                                                                        mention)
    assert claim.cue_text in ("-", "—")


def test_quote_only_paragraph_after_narration_has_no_speaker(nlp):
    text = 'The minister spoke to reporters on Monday.\n\n"We will respond to these attacks in our own time."'
    claims = run(nlp, text).claims
    assert [(c.type, c.speaker) for c in claims] in ([], [("direct", None)])



@pytest.mark.parametrize(("text", "cue", "mention"), [
    ("Valastro praised the governor's leadership after the storm.\n\n“We need someone who is going to cut "
     "through the noise and bring people together.”", "praised", "Valastro"),
    ("Howard continued his scathing remarks.\n\n“Four years ago she was the favourite, and then a young senator "
     "came along and beat her.”", "continued", "Howard"),
])
def test_quote_only_paragraph_after_a_cue_with_what_was_said(nlp, text, cue, mention):
    claims = run(nlp, text).claims
    assert [(c.type, c.cue_text, c.speaker_mention_text) for c in claims][-1:] == [("direct", cue, mention)]


@pytest.mark.parametrize(("text", "mention"), [
    ('Lee spoke first.\n\nProfessor Tom Hale agreed. "Local parents are quickly losing patience with the '
     'school board."', "Professor Tom Hale"),
    ('The mayor touted her record on housing. "We need to find ways to build homes that families can afford."',
     "The mayor"),
])
def test_quote_sentence_after_a_cue_sentence_in_its_paragraph(nlp, text, mention):
    claims = run(nlp, text).claims
    assert [(c.type, c.speaker_mention_text) for c in claims][-1:] == [("direct", mention)]


def test_quote_sentence_after_an_attributed_quote_is_not_given_to_a_second_cue(nlp):
    # the quote before it in the paragraph: the follow-on rules decide, the clause is not read again
    text = '"What kind of town is this?" Lee asked. "What do we have here?"'
    claims = run(nlp, text).claims
    assert len(claims) == 1 and claims[0].speaker_mention_text == "Lee"

NAMING = [
    # (text, content): calling someone or something by quoted words is a claim (PolNeAR annotates it)
    ('He called it "fake news" in a speech.', 'it "fake news"'),
    ("Beruff, a Scott ally, called the plan “reckless and dangerous.”", "the plan “reckless and dangerous."),
    ('At one point she called the coach a "cheat" who was not "trustworthy."',
     'the coach a "cheat" who was not "trustworthy.'),
]


@pytest.mark.parametrize(("text", "content"), NAMING)
def test_naming_with_quoted_words_is_a_mixed_claim(nlp, text, content):
    # reported inside another statement ("told reporters he called the plan ..."), the naming is the
    # nested source of the outer claim: tests/test_dedup.py
    claims = [c for c in run(nlp, text).claims if c.cue_text == "called"]
    assert [(c.type, c.content_text) for c in claims] == [("mixed", content)]


def test_naming_after_a_preposition_and_with_what(nlp):
    # "On Twitter" is no content of "called"; "what X called" gives its name as the content, after
    # the pronoun it names (the source and the cue between are no content)
    claims = run(nlp, 'On Twitter, the governor called the senator "unhinged."').claims
    assert [row(c) for c in claims] == [("mixed", 'the senator "unhinged.', "called", "the governor")]
    text = 'The city hoped to shed what the mayor called "a perception problem."'
    claims = run(nlp, text).claims
    assert [row(c) for c in claims] == [("mixed", 'what … "a perception problem.', "called", "the mayor")]
    assert fragments(text, claims[0]) == ["what", '"a perception problem.']


@pytest.mark.parametrize(("text", "parts", "speaker"), [
    ('He thanked the strikers, whom he described as "calm," for their patience.',
     ["whom", 'as "calm,'], "he"),
    ('Voters in the valley still resent the levy, which the governor called "a tax on farming."',
     ["which", 'a tax on farming.'], "the governor"),
])
def test_naming_of_a_relative_pronoun_starts_at_the_pronoun(nlp, text, parts, speaker):
    # the relative pronoun is what the name is given to: the first fragment of the content (PolNeAR
    # marks "which he declared "a total disaster"" from the pronoun on)
    claims = [c for c in run(nlp, text).claims if c.cue_text in ("described", "called")]
    assert [(fragments(text, c), c.speaker_mention_text) for c in claims] == [(parts, speaker)]


def test_naming_in_a_relative_clause_of_an_object_is_not_the_object_cues_content(nlp):
    # the quote is the governor's naming of the mayor, not what the union criticised; a relative
    # clause whose pronoun is the subject of a report ("which he said ...") stays in the object
    text = 'The union criticized the mayor, whom the governor called "a failure on every count."'
    claims = run(nlp, text).claims
    assert [(c.cue_text, c.speaker_mention_text, fragments(text, c)) for c in claims] == [
        ("called", "the governor", ["whom", "a failure on every count."])]
    text = 'Lopez blasted the caucus rules, which he said "risk shutting thousands of members out."'
    claims = run(nlp, text).claims
    assert [(c.cue_text, c.speaker_mention_text) for c in claims] == [("blasted", "Lopez")]
    assert claims[0].content_text.startswith("the caucus rules, which he said")


@pytest.mark.parametrize(("text", "content"), [
    ('The mayor mocked her rival for "having a very bad night" at the polls.',
     'her rival for "having a very bad night" at the polls'),
    ('The senator dismissed the report as "a work of fiction from start to finish."',
     'the report as "a work of fiction from start to finish.'),
])
def test_quoted_reason_after_an_object_keeps_the_object(nlp, text, content):
    # what is mocked or dismissed is the object; the quoted reason is said of it (PolNeAR marks both)
    claims = run(nlp, text).claims
    assert [(c.type, c.content_text) for c in claims] == [("mixed", content)]


def test_quote_before_a_long_subject_and_its_cue(nlp):
    # every word between the quote and "said" is the subject (two names, titles, an apposition)
    text = ('"We will not let this budget pass without a fight," council leader Maria Ortiz and her deputy '
            'Tom Reyes, both members of the opposition, said on Tuesday.')
    assert [row(c) for c in run(nlp, text).claims] == [
        ("direct", "We will not let this budget pass without a fight,", "said",
         "council leader Maria Ortiz and her deputy Tom Reyes, both members of the opposition")]


def test_a_long_clause_after_a_quote_is_no_attribution(nlp):
    text = ('"We will not let this budget pass without a fight," the opposition leader said in a speech that '
            'was broadcast live on the city channel and on the radio, and the mayor disagreed.')
    claims = run(nlp, text).claims
    assert [(c.cue_text, c.speaker_mention_text) for c in claims] == [("said", "the opposition leader")]


UNQUOTED_NAMING = [
    # (text, content): a characterisation in the writer's words, with a predicative complement
    ("The union leader called the offer an insult to every nurse.", "the offer an insult to every nurse"),
    ("Most of the farmers described themselves as lifelong conservatives.",
     "themselves as lifelong conservatives"),
    ("The senator described the budget as reckless and unfair.", "the budget as reckless and unfair"),
    ("Critics call the new tariff unworkable.", "the new tariff unworkable"),
    # an "as" clause the parse makes adverbial (its passive "by" agent is no subject of its own)
    ("The governor described the harbour as choked by illegal dumping.",
     "the harbour as choked by illegal dumping"),
    # a phrase of the verb between the object and "as"
    ("The coach described his first week at the camp with the juniors as the best of the season.",
     "his first week at the camp with the juniors as the best of the season"),
]


@pytest.mark.parametrize(("text", "content"), UNQUOTED_NAMING)
def test_naming_in_the_writers_words_is_an_indirect_claim(nlp, text, content):
    claims = run(nlp, text).claims
    assert [(c.type, c.content_text) for c in claims] == [("indirect", content)]


@pytest.mark.parametrize("text", [
    "The mayor called the police.",  # no complement: a phone call
    "At the rally, the governor called the treasurer onto the stage.",
    "The coach described their long season.",  # the object alone is no statement
    "His friends called him Danny.",  # a name, not a characterisation
    "The ad paints the senator as a friend of the banks.",  # an ad, not a speaker
    "The mayor described the crowd as she drove past.",  # "as" with a subject: a time, not a predicate
])
def test_naming_without_a_predicate_or_by_a_thing_is_no_claim(nlp, text):
    assert only_the_control(nlp, text) == [CONTROL_ROW]


COORDINATED_REPORTS = [
    # one speaker's report, then another's: two claims, the first content ends before the second cue
    ("Half of the nurses said the wards were understaffed and a third said they planned to quit.",
     [("the wards were understaffed", "Half of the nurses"), ("they planned to quit", "a third")]),
    ("Some parents said the new timetable works well, while other parents said it ruins their mornings.",
     [("the new timetable works well", "Some parents"), ("it ruins their mornings", "other parents")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_REPORTS)
def test_a_second_speakers_report_is_not_the_first_ones_content(nlp, text, expected):
    claims = run(nlp, text).claims
    assert [(c.content_text, c.speaker_mention_text) for c in claims] == expected


@pytest.mark.parametrize(("text", "content"), [
    # a gerund subject of the reported clause, which the parse makes the cue's open complement
    ("The chairman said having the governor on the ticket puts every seat at risk.",
     "having the governor on the ticket puts every seat at risk"),
    ("The engineer said widening the canal would bring more ships in.",
     "widening the canal would bring more ships in"),
])
def test_reported_clause_with_a_gerund_subject(nlp, text, content):
    assert [c.content_text for c in run(nlp, text).claims] == [content]


def test_what_is_called_for_with_a_subject_of_its_own(nlp):
    # "for" marks an infinitive clause with its own subject: the whole clause is what is called for
    text = "The union called for every employer in the city to publish its pay scales."
    assert [(c.content_text, c.cue_text, c.speaker_mention_text) for c in run(nlp, text).claims] == [
        ("every employer in the city to publish its pay scales", "called for", "The union")]


def test_a_naming_relative_clause_after_a_complement_is_its_own_claim(nlp):
    text = 'Lee said he has backed a bill to limit the licensing boards, which he called "a cartel for insiders."'
    claims = run(nlp, text).claims
    assert [(c.type, c.cue_text) for c in claims] == [("indirect", "said"), ("mixed", "called")]
    assert claims[0].content_text == "he has backed a bill to limit the licensing boards"
    assert "a cartel for insiders" in claims[1].content_text


def test_a_condition_with_a_cue_stays_in_the_content(nlp):
    claims = run(nlp, "The director said she would resign if the board asked her to.").claims
    assert [c.content_text for c in claims] == ["she would resign if the board asked her to"]


COLON = [
    # a colon introduces a quote: the subject of the clause before it speaks, or a bare name does
    ('He then addressed the volunteers again: "Here is what I fear. I fear they do not read."',
     ("direct", "Here is what I fear. I fear they do not read.", "addressed", "He")),
    ('Clinton: "Our goal is not to contain the group, but to defeat it."',
     ("direct", "Our goal is not to contain the group, but to defeat it.", ":", "Clinton")),
    ('VOTERS STAY HOME - Jeffrey M. Jones: "Turnout fell in every state we looked at."',
     ("direct", "Turnout fell in every state we looked at.", ":", "Jeffrey M. Jones")),
]


@pytest.mark.parametrize(("text", "expected"), COLON, ids=[e[3] for _, e in COLON])
def test_quote_after_a_colon(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


#: A paragraph with one claim, put after a text that has none: the finder ran and found it, and
#: nothing in the text before it.
CONTROL = "Officials said the talks had failed."


def only_the_control(nlp: Language, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [row(c) for c in run(nlp, f"{text}\n\n{CONTROL}").claims]


CONTROL_ROW = ("indirect", "the talks had failed", "said", "Officials")


def test_quote_after_a_colon_from_the_person_a_clause_ends_on(nlp):
    # the subject cannot speak; the person named as the object just before the colon does
    text = 'The surge does not surprise pollster Dana Hart: "Voters have wanted this for years and now see a chance."'
    assert [row(c) for c in run(nlp, text).claims] == [
        ("direct", "Voters have wanted this for years and now see a chance.", ":", "pollster Dana Hart")]
    # a body that is not a person named before the colon speaks for nobody
    assert only_the_control(nlp, 'The news worried the city: "We cannot pay for this at all."') == [CONTROL_ROW]


def test_quote_after_a_colon_needs_a_speaker(nlp):
    assert only_the_control(nlp, 'The results were clear: "We have won this race."') == [CONTROL_ROW]


def test_a_quoted_nickname_is_no_claim(nlp):
    assert only_the_control(nlp, 'His trainer dubbed him "Shorty" in 1990.') == [CONTROL_ROW]


NOT_CLAIMS = [
    'They took the stage to "The Rising," a song by Bruce Springsteen.',  # a title
    'He was showing "respect" to the crowd.',  # a one-word scare quote
    'The crowd waited for the "Feel the Bern" chant.',
    'The boxer, known as "Shorty", won the fight.',
    "The film “Gone with the Wind” won eight Oscars.",
    "The film “Gone with the Wind” was shown on Monday.",
    "About 2,500 US troops are in Iraq.",
    "How have the militias responded?",
    "Leave a Reply\n\nYour email address will not be published.",
    "Related Articles\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *"
    "\n\nBack to top button",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_claims(nlp, text):
    assert only_the_control(nlp, text) == [CONTROL_ROW]


HOSTILE = [
    'He said "we will respond to these attacks.',
    '"We will respond," he said, "and',
    'He said "we will never "surrender" to them" today.',
    'He said "we will respond to "these" attacks.',
    "She said “We will ‘never’ surrender to them,” and left.",
    '"We will never surrender to terrorists and we will fight on."',
    '" " " " " said he',
    '""',
    "“”",
    "«»",
    '"',
    "'",
    'He said: "',
    "“Unclosed quote that goes on and on\n\nAnother paragraph.",
    "„Wir werden antworten“, sagte er.",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_inputs_do_not_break(nlp, text):
    run(nlp, text)  # no error record, offsets valid, speaker ids valid


@pytest.mark.parametrize("text", [
    '"We will never surrender to terrorists and we will fight on."',
    "“We will never surrender to terrorists and we will fight on.”",
])
def test_quote_with_no_speaker_anywhere(nlp, text):
    claims = run(nlp, text).claims
    assert [(c.type, c.speaker, c.speaker_mention) for c in claims] in ([], [("direct", None, None)])


def test_paragraph_breaks_are_sentence_starts():
    import spacy

    from claimex.pipeline.paragraphs import ParagraphSplitter

    doc = spacy.blank("en").make_doc("First para.\n\n“Second,” he said.\nThird  \n \n  Fourth. Fifth.")
    ParagraphSplitter()(doc)
    assert [t.text for t in doc if t.is_sent_start] == ["First", "“", "Third", "Fourth"]
    doc = spacy.blank("en").make_doc("One.\nTwo.\n\nThree.")
    ParagraphSplitter(min_newlines=2)(doc)
    assert [t.text for t in doc if t.is_sent_start] == ["One", "Three"]


@pytest.mark.parametrize("text, content, cue, speaker", [
    ('As the Harbor Gazette noted in an editorial, the candidate "has won herself a few friends on the docks."',
     'the candidate "has won herself a few friends on the docks."', "noted", "the Harbor Gazette"),
    ('But as one prosecutor put it, "there was not much to complain about."',
     "there was not much to complain about.", "put", "one prosecutor"),
    ("As officials said on Monday, the strikes killed four fighters.",
     "the strikes killed four fighters", "said", "officials"),
])
def test_an_as_clause_reports_the_clause_it_hangs_on(nlp, text, content, cue, speaker):
    (claim,) = nlp(text)._.claims
    assert (claim.content_text, claim.cue_text, claim.speaker_mention_text) == (content, cue, speaker)


@pytest.mark.parametrize("text", ["As he put the box down, the phone rang.", "As expected, taxes rose."])
def test_an_as_clause_that_reports_nothing(nlp, text):
    assert only_the_control(nlp, text) == [CONTROL_ROW]


def test_a_quoted_sentence_right_after_its_cue(nlp):
    text = ('Later on Tuesday, Ortiz posted a receipt on her blog, writing “Let me save the reporter some '
            'work. Here is the receipt for the trip you say never happened.”')
    claims = [c for c in nlp(text)._.claims if c.cue_text == "writing"]
    assert [(c.type, c.speaker_mention_text) for c in claims] == [("direct", "Ortiz")]
    assert claims[0].content_text.startswith("Let me save the reporter")


# The content rules of a verb cue, in order; the rule that found a quote is on its record.
@pytest.mark.parametrize(("text", "expected"), [
    ("The PMF said the strikes killed four fighters.", ("complement", "the strikes killed four fighters")),
    ("The minister urged the US to leave Iraq.", ("infinitive", "the US to leave Iraq")),
    ("The group accused the US of seeking to destabilise Iraq.",
     ("preposition", "the US of seeking to destabilise Iraq")),
    ('The mayor called the plan "a reckless waste of public money".',
     ("naming", 'the plan "a reckless waste of public money')),
    ("The ministry reiterated Iraq's “rejection of any attack on its territory”.",
     ("quoted_object", "Iraq's “rejection of any attack on its territory")),
    ('The spokesman denied the report of a ceasefire as "a fabrication."',
     ("object", 'the report of a ceasefire as "a fabrication.')),
])
def test_each_verb_cue_rule_records_its_name(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    records = read_claims(nlp(text))
    assert [(r.quote.rule if r.quote else None, r.claim.content_text) for r in records] == [expected]


def test_verb_cue_rules_are_named_and_documented() -> None:
    assert [rule.__name__ for rule in VERB_CUE_RULES] == [
        "_complement", "_infinitive", "_preposition", "_parenthetical", "_named", "_quoted_object", "_object"]
    assert all(rule.__doc__ and '"' in rule.__doc__ for rule in VERB_CUE_RULES)  # each with its example


@pytest.mark.parametrize("text", [
    "Lee said,“Look, the images have no place in a campaign. Candidates should know that.”",
    "Lee said:“The images have no place in a campaign, and candidates should know that.”",
])
def test_opening_mark_glued_to_the_cue(nlp, text):
    # scraped text drops the space before an opening mark: the cue and the quote are tokens of their own
    claims = run(nlp, text).claims
    assert [(c.type, c.cue_text, c.speaker_mention_text) for c in claims] == [("direct", "said", "Lee")]
    assert claims[0].content_text.startswith(("Look", "The images"))


NOMINAL_AUTHORS = [
    # (text, cue, speaker mention): a statement noun with no possessive speaks for who puts it forward
    ("And he made the suggestion that the mayor should receive only false figures in his briefings.",
     "suggestion", "he"),
    ("Both owners gave written assurances that they would work with whoever buys the club.",
     "assurances", "Both owners"),
    ("The agency spent weeks fighting off claims by the inspectors that several of the bridges "
     "were never tested.", "claims", "the inspectors"),
]


@pytest.mark.parametrize(("text", "cue", "mention"), NOMINAL_AUTHORS, ids=[c for _, c, _ in NOMINAL_AUTHORS])
def test_statement_noun_speaks_for_who_puts_it_forward(nlp, text, cue, mention):
    claims = [c for c in run(nlp, text).claims if c.cue_text == cue]
    assert [(c.type, c.speaker_mention_text) for c in claims] == [("indirect", mention)]


def test_statement_noun_denied_is_not_the_deniers(nlp):
    text = "The mayor denied the claim that the budget was padded."
    assert {c.cue_text: c.speaker_mention_text for c in run(nlp, text).claims} == {"denied": "The mayor"}


def test_reduced_relative_read_as_the_main_verb_keeps_its_noun_as_speaker(nlp):
    # the parse makes "clamoring" the main verb and hangs "say" on it as an unlabelled dependent
    text = ("Council members clamoring to block the mayor from the nomination say they are suddenly in the midst "
            "of a surge.")
    (claim,) = run(nlp, text).claims
    assert (claim.cue_text, claim.speaker_mention_text) == ("say", "Council members")


SITUATION_SUBJECTS = [
    # a cue without a subject of its own under "it" or a demonstrative "that": nobody speaks
    ("Unity is a two-way street. It means acknowledging that her message is the future of the party.",
     "acknowledging"),
    ("For anyone keeping score, it's worth pointing out that our spring fair drew a record crowd.", "pointing out"),
    ("That's not to suggest that the mayor's comments are making people angry.", "suggest"),
    ("It is important to note that no referee has reviewed the tape so far.", "note"),
]


@pytest.mark.parametrize(("text", "cue"), SITUATION_SUBJECTS, ids=[c for _, c in SITUATION_SUBJECTS])
def test_cue_under_a_situation_subject_has_no_speaker(nlp, text, cue):
    (claim,) = run(nlp, text).claims
    assert (claim.cue_text, claim.speaker_mention, claim.speaker) == (cue, None, None)


def test_a_document_pronoun_with_a_cue_of_its_own_still_speaks(nlp):
    text = "The ministry issued a statement on Monday. It said the talks had failed."
    (claim,) = run(nlp, text).claims
    assert claim.speaker_mention_text == "It"


AS_CLAUSES = [
    # (text, content, speaker mention): an "as" clause of a reporting verb attributes the clause it leaves
    ("The former chairman of the network also met with the mayor that day, as The Tribune reported on "
     "Tuesday, and he will be back next week.",
     "The former chairman of the network also met with the mayor that day", "The Tribune"),
    ("The budget will pass easily, as Lee said in April.", "The budget will pass easily", "Lee"),
    ("As the Tribune reported on Tuesday, the council will vote on the budget next week.",
     "the council will vote on the budget next week", "the Tribune"),
]


@pytest.mark.parametrize(("text", "content", "mention"), AS_CLAUSES, ids=["trailing", "said", "preposed"])
def test_as_clause_attributes_the_clause_it_interrupts(nlp, text, content, mention):
    (claim,) = run(nlp, text).claims
    assert (claim.type, claim.content_text, claim.speaker_mention_text) == ("indirect", content, mention)


def test_temporal_as_is_no_attribution(nlp):
    text = "The council approved the plan on Monday as the crowd applauded."
    assert run(nlp, text).claims == ()


@pytest.mark.parametrize("text", [
    "That said, young farmers say they expect the harvest will need a month of dry weather.",
    "That being said, the council will meet on Monday.",
    "Having said that, the mayor will not resign.",
])
def test_that_said_is_a_connective_not_a_cue(nlp, text):
    claims = run(nlp, text).claims
    assert all(c.cue_text != "said" for c in claims)
    if "young farmers" in text:  # the statement it opens keeps its own cue and speaker
        assert [(c.cue_text, c.speaker_mention_text) for c in claims] == [("say", "young farmers")]


@pytest.mark.parametrize("text", [
    "Ortiz wrote that judges bring their experience to the bench. That is not the same as saying a judge born "
    "in Ohio cannot be fair because of his parents.",
    "Lee said the plan was bold. It is like saying the sky is green.",
])
def test_saying_after_a_preposition_of_comparison_is_no_claim(nlp, text):
    # the writer compares one claim with another that nobody made: only the first sentence is a claim
    assert [c.cue_text for c in run(nlp, text).claims] == [text.split()[1]]


@pytest.mark.parametrize("text", [
    "She ended the speech by saying the city would recover.",
    "The paper quoted an aide as saying the city would recover.",
])
def test_saying_after_by_or_a_verbs_as_is_still_a_claim(nlp, text):
    (claim,) = run(nlp, text).claims
    assert (claim.cue_text, claim.content_text) == ("saying", "the city would recover")


OBJECT_CONTROL = [
    # (text, cue, speaker mention): the one a causative verb moves to speak speaks
    ("The coach won the final by a huge score, a result that led her to declare that her rebuilding years were over.",
     "declare", "her"),
    ("The losses stopped only after the coach resigned, leaving some to question whether he deserved blame.",
     "question", "some"),
    # "urged" is the cue itself, its object and infinitive its content
    ("Lee urged the council to reject the plan.", "urged", "Lee"),
]


@pytest.mark.parametrize(("text", "cue", "mention"), OBJECT_CONTROL, ids=[c for _, c, _ in OBJECT_CONTROL])
def test_causative_object_speaks_the_infinitive(nlp, text, cue, mention):
    (claim,) = run(nlp, text).claims
    assert (claim.cue_text, claim.speaker_mention_text) == (cue, mention)


SUBJECT_HUNG_ELSEWHERE = [
    # (text, speaker mention): a subjectless cue whose subject the parse hung on a phrase before it
    ("In a statement to the Tribune, her senior policy adviser, Jake Sully, said: \u201cThe mayor believes that "
     "cooperation is essential.\u201d", "her senior policy adviser, Jake Sully"),
    ("Ortiz, meanwhile, who stands at zero such trophies, said that record says plenty about which of the two "
     "chefs is \"ready to shake up the kitchen.\"", "Ortiz"),
]


@pytest.mark.parametrize(("text", "mention"), SUBJECT_HUNG_ELSEWHERE, ids=["fronted-phrase", "beside-relative"])
def test_subject_hung_on_a_phrase_before_the_cue(nlp, text, mention):
    (claim,) = run(nlp, text).claims
    assert (claim.cue_text, claim.speaker_mention_text) == ("said", mention)


def test_quote_said_according_to_a_source_is_that_sources_with_the_speaker_nested(nlp):
    text = ("\u201cMembers must be free to vote as their conscience tells them,\u201d Walker said, according to an "
            "Associated Press account.")
    (claim,) = run(nlp, text).claims
    assert (claim.cue_text, claim.speaker_mention_text, claim.nested_source_text) == (
        "according to", "an Associated Press account", "Walker")
    assert "Members must be free to vote as their conscience tells them" in claim.content_text


ASIDE_AFTER_QUOTED_WORDS = [
    # an apposition to the quoted words is the writer's gloss, not what was said
    ('The mayor also cited the "river clause," a rule that lets the county borrow against its bridges.',
     'river clause,'),
    # a noun phrase after a dash: the writer's comment on the statement
    ('Lee said he would vote for the “parking levy” — a fee on downtown garages that the council passed in May.',
     'he would vote for the “parking levy”'),
    # a participle on the quoted noun or with a subordinator of time: what the speaker did meanwhile
    ('On Friday, Ortiz called Hale the "worst treasurer in a generation," pointing to a report on the pension fund.',
     'Hale the "worst treasurer in a generation,'),
    ('Lee said the port was "going to lose a thousand jobs," while trying to explain his plan for the harbour.',
     'the port was "going to lose a thousand jobs,"'),
    # a whole quote after the cue, then a clause of the writer's joined by "and" / "but"
    ('Hale said: "We will not back down," and the crowd cheered loudly.', 'We will not back down,'),
    ('Hale told the crowd: "We will win this fight," but the polls showed him trailing.', 'We will win this fight,'),
]


@pytest.mark.parametrize(("text", "content"), ASIDE_AFTER_QUOTED_WORDS)
def test_writers_aside_after_the_quoted_words_is_not_content(nlp, text, content):
    # the aside may hold a claim of its own ("the polls showed him trailing": survey_finding), never the quote's
    contents = [c.content_text for c in run(nlp, text).claims]
    assert contents[0] == content and all(content not in other for other in contents[1:])


@pytest.mark.parametrize("text", [
    # a finite clause or a reason after the quote is still what was said
    'The mayor said the budget was "a disaster," because the council ignored the deficit.',
    # a phrase with no finite verb of its own after "and" goes on with what was said
    'Lee said, "There was never any doubt about the rescue" and no order from him to wait.',
    # an apposition to an unquoted name stays
    'Nefzi said he never saw Lee "talk" with Ramos, the driver who left town.',
])
def test_content_after_the_quoted_words_that_is_said_stays(nlp, text):
    claims = run(nlp, text).claims
    assert len(claims) == 1 and claims[0].content_text.endswith(text.rstrip(".").split()[-1])


@pytest.mark.parametrize(("text", "content"), [
    # the parse makes "that" the object of a relative clause on the noun before it, though the clause
    # has an object of its own: "that" is the complementiser of the cue's complement
    ('Ohio Gov. Tom Baker, a Republican contender, predicted at the most recent debate that Republicans will take '
     '"every state" if Lee wins the nomination.', 'Republicans will take "every state" if Lee wins the nomination'),
])
def test_that_clause_the_parse_hangs_on_a_noun_of_the_cue(nlp, text, content):
    assert [c.content_text for c in run(nlp, text).claims] == [content]


def test_trailing_attribution_of_a_sentence_the_parse_could_not_build(nlp):
    # "struggle" read as a noun: the reported clause hangs on "said" as loose dependents
    text = 'Those who do take on heavy debts struggle, even with a "good" wage, he said.'
    assert [row(c) for c in run(nlp, text).claims] == [
        ("mixed", 'Those who do take on heavy debts struggle, even with a "good" wage', "said", "he")]


def test_trailing_cue_after_a_phrase_with_no_verb_reports_nothing(nlp):
    assert run(nlp, "In an interview with the paper on Monday, he said.").claims == ()


def test_quote_after_another_person_acts_is_not_the_speaker_before(nlp):
    text = ("“It goes in one ear and out the other,” Tom Reyes said, pointing to his ears. Ann Reyes shook her "
            "head. “Tom is far calmer about it than I ever was.”")
    assert [row(c) for c in run(nlp, text).claims] == [
        ("direct", "It goes in one ear and out the other,", "said", "Tom Reyes"),
        ("direct", "Tom is far calmer about it than I ever was.", None, "Ann Reyes")]


@pytest.mark.parametrize(("text", "mention"), [
    # another person takes the turn with a cue that says nothing of its own: the next quote is theirs
    ("“We will vote as one,” Ellen Park said. Her husband replied. “Nothing will divide the two of us.”",
     "Her husband"),
    ("“We will vote as one,” Ellen Park said, and her husband cut in. “Nothing will divide the two of us.”",
     "her husband"),
    ("“We will vote as one,” Ellen Park said. Tom Baker agreed. “Nothing will divide the two of us.”",
     "Tom Baker"),
])
def test_quote_after_another_person_takes_the_turn_is_theirs(nlp, text, mention):
    claims = run(nlp, text).claims
    assert [(c.content_text, c.speaker_mention_text) for c in claims] == [
        ("We will vote as one,", "Ellen Park"), ("Nothing will divide the two of us.", mention)]


@pytest.mark.parametrize("text", [
    # a gesture is no turn, and a pronoun may be the speaker before: the quote goes on
    "“We will vote as one,” Ellen Park said, and her husband nodded. “Nothing will divide the two of us.”",
    "“We will vote as one,” Ellen Park said. She agreed. “Nothing will divide the two of us.”",
])
def test_quote_after_a_gesture_or_a_pronoun_goes_on(nlp, text):
    (claim,) = run(nlp, text).claims
    assert (claim.speaker_mention_text, len(claim.content_spans)) == ("Ellen Park", 2)


def test_attribution_of_a_quote_is_not_the_content_of_the_next_cue(nlp):
    # the parse hangs '"A," she said' on the cue of the next quote: two statements, two speakers
    text = ('"Her usual mood is sour," she said, but despite the growing tension, "I think she will sign it," '
            'said Baker.')
    claims = run(nlp, text).claims
    assert [c.speaker_mention_text for c in claims] == ["she", "Baker"]
    assert claims[0].content_text == "Her usual mood is sour,"
    assert "she said" not in claims[1].content_text and "I think she will sign it," in claims[1].content_text


def test_quote_after_the_attribution_sentence_goes_on(nlp):
    # "Lee replied." is the attribution of the quote before: the next quote goes on it
    text = '"Have I started writing the speech?" Lee replied. "Look, the answer is yes, and it is sobering."'
    (claim,) = run(nlp, text).claims
    assert (claim.cue_text, claim.speaker_mention_text, len(claim.content_spans)) == ("replied", "Lee", 2)


@pytest.mark.parametrize("text", [
    "The donors wrote large checks to ''super PACs'' last year.",
    'He seized on the issue of "religious liberty" in every speech.',
    'Aides sent "top secret" messages to the senator.',
])
def test_term_in_scare_quotes_under_a_verb_that_does_not_speak_is_no_claim(nlp, text):
    assert run(nlp, text).claims == ()


@pytest.mark.parametrize("text", [
    # a verb of thinking, or a quote under a clause with a verb of its own, is still a claim
    'The retired governor thinks the water question should now be a "litmus test" for every nominee.',
    'He vented to his wife that the race would be "incredibly ugly" and "a fight to the finish."',
])
def test_short_quote_that_is_said_or_thought_stays(nlp, text):
    assert len(run(nlp, text).claims) == 1


def test_trailing_report_parsed_as_the_complement_of_the_cue_before(nlp):
    # one statement, reported by the paper: the paper's claim, the mayor its nested source
    text = 'The mayor said the plan was "dead on arrival," the Tribune reported.'
    (claim,) = run(nlp, text).claims
    assert (claim.content_text, claim.cue_text, claim.speaker_mention_text) == (
        'The mayor said the plan was "dead on arrival,"', "reported", "the Tribune")
    assert claim.nested_source is not None and text[slice(*claim.nested_source)] == "The mayor"


def test_title_in_running_text_is_no_claim(nlp):
    # the name of a show inside a noun phrase is no statement of the speaker's
    assert run(nlp, 'Senator Lee was interviewed on "Meet the Press," where he repeated his call.').claims == ()


@pytest.mark.parametrize(("text", "content"), [
    # a chant, a headline sentence and a quoted sentence stay claims
    ('The crowd chanted "Lock Her Up!" as the senator spoke.', "Lock Her Up!"),
    ('The paper ran a story that said, "Mayor Declares War on Potholes."', "Mayor Declares War on Potholes."),
])
def test_title_case_sentence_or_chant_stays(nlp, text, content):
    assert content in [c.content_text for c in run(nlp, text).claims]


@pytest.mark.parametrize(("text", "expected"), [
    # a perfect participle before its speaker: the speaker is the main clause's subject, and the
    # content between cue and speaker is no attribution to cut away
    ("Having announced that he would not raise taxes, Governor Lee went on to cut the budget.",
     ("indirect", "he would not raise taxes", "announced", "Governor Lee")),
    ("Having argued for months that the plant would close, the mayor left the room.",
     ("indirect", "the plant would close", "argued", "the mayor")),
])
def test_perfect_participle_speaks_for_the_subject_after_it(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # narration, a colon, then the quote and its cue: the cue reports the quote, not the narration
    ('Later, Ortiz turned to the budget and its many critics: "There is just too much waste in this office," '
     'he said.', ("direct", "There is just too much waste in this office,", "said", "he")),
    ('Ortiz saw it differently: "When he says he will quit, I do not believe him," Lee said.',
     ("direct", "When he says he will quit, I do not believe him,", "said", "Lee")),
])
def test_narration_before_a_colon_is_not_the_content_of_the_cue_after_the_quote(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


def test_cue_set_in_the_sentence_after_a_closed_quote_is_not_its_attribution(nlp):
    # the full stop closes the quote's sentence; "he said" is a parenthetical of the next sentence,
    # and the quote goes on the one before
    text = ('"We are a quiet little town, and now we hear we have two extremists," said Tom Baker, a retiree who '
            'worked at the mill here. "Farmers are more visible here. You hardly ever see a stranger." Perhaps, '
            'he said, this "town has grown too fast."')
    claims = run(nlp, text).claims
    assert [(c.speaker_mention_text, fragments(text, c)[-1]) for c in claims] == [
        ("Tom Baker, a retiree", "Farmers are more visible here. You hardly ever see a stranger."),
        ("he", 'this "town has grown too fast."')]


@pytest.mark.parametrize("text", [
    # an opening participle the tagger reads as a past tense: the one told is not the teller
    "Told that the plant would close, the workers walked out.",
])
def test_opening_participle_read_as_past_has_no_speaker(nlp, text):
    claim = run(nlp, text).claims[0]
    assert claim.cue_text == "Told" and (claim.speaker_mention_text, claim.speaker) == (None, None)


def test_opening_participle_asked_is_a_question_put_not_a_claim(nlp):
    # the question put to Devine by an unnamed asker is no claim (test_nonclaims); Devine's answer is one
    text = "Asked what a firm pledge would look like, Devine said the campaign wanted a public vote."
    assert [(c.cue_text, c.content_text, c.speaker_mention_text) for c in run(nlp, text).claims] == [
        ("said", "the campaign wanted a public vote", "Devine")]


@pytest.mark.parametrize(("text", "expected"), [
    # not the subject of the sentence ("I"): the one who undermines trust by suggesting it
    ("When Hale stirs up anger and undermines trust in the count by suggesting the vote may be rigged, I am glad "
     "reporters call it out.", ("indirect", "the vote may be rigged", "suggesting", "Hale")),
    # a relative clause the parse hangs the phrase on is not the one who speaks: the sentence's subject is
    ('The mayor picked a theme that would carry her through the whole race by promising "a city that works for '
     'everyone."', ("direct", "a city that works for everyone.", "promising", "The mayor")),
])
def test_participle_after_by_speaks_for_the_verb_the_preposition_hangs_on(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the parse cuts the sentence at the comma before "he said": the words back to the sentence
    # before are what he said
    ('Most renters pay on time.\n\nPeople who do run up heavy debt struggle, even with a "good" paycheck, he said.',
     ("mixed", 'People who do run up heavy debt struggle, even with a "good" paycheck', "said", "he")),
    # an inverted "said" + name + apposition whose reported clause the parse lost (a verb read as a noun)
    ("Every nominee has spoken at the meeting.\nThe pledge to \u201cbring the jobs home\u201d and \u201cmake "
     "the city safe again\u201d appeals to older residents who long for a return to an earlier time, said Alan "
     "Brooks, a demographer at a state university.",
     ("mixed", "The pledge to \u201cbring the jobs home\u201d and \u201cmake the city safe again\u201d appeals "
      "to older residents who long for a return to an earlier time", "said",
      "Alan Brooks, a demographer at a state university")),
])
def test_stranded_report_reaches_back_to_the_written_sentence(nlp, text, expected):
    assert expected in [row(c) for c in run(nlp, text).claims]


@pytest.mark.parametrize(("text", "expected"), [
    # a quote that opens a sentence the writer goes on with unquoted words up to the attribution
    ('"We are extremely happy" about the ruling, said Ann Ruiz, a lawyer.',
     ("mixed", '"We are extremely happy" about the ruling', "said", "Ann Ruiz, a lawyer")),
    ('"This will be a challenge" for the city, she said.',
     ("mixed", '"This will be a challenge" for the city', "said", "she")),
    # words before the quote too: the whole sentence up to the attribution
    ('The two former nominees, Sen. John Hale and Gov. Mitt Ames, "were wooden. They were dull" next to the '
     'young mayor, Lopez said.',
     ("mixed", 'The two former nominees, Sen. John Hale and Gov. Mitt Ames, "were wooden. They were dull" next to '
      "the young mayor", "said", "Lopez")),
    # a quote ending in the comma before its attribution stays direct
    ('"It is over," Lee said.', ("direct", "It is over,", "said", "Lee")),
])
def test_quote_set_in_a_sentence_of_the_writer_reports_the_sentence(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the outlet's report the parse left inside the content: it reports the whole clause before it,
    # with the first speaker nested
    ('During the inquiry, Ames acknowledged that the fees could be called "influence buying," the Daily Ledger '
     "reported in 1994.",
     ("mixed", 'Ames acknowledged that the fees could be called "influence buying', "reported", "the Daily Ledger",
      "Ames")),
    ("Gov. Tom Hale said he would have fired the manager, according to press reports.",
     ("indirect", "Gov. Tom Hale said he would have fired the manager", "according to", "press reports",
      "Gov. Tom Hale")),
    ("Ortiz noted that the levy is \u201ccentral\u201d to the plan, reported the Valley Courier.",
     ("mixed", "Ortiz noted that the levy is \u201ccentral\u201d to the plan", "reported", "the Valley Courier",
      "Ortiz")),
])
def test_trailing_report_of_an_outlet_is_the_outer_source(nlp, text, expected):
    claims = run(nlp, text).claims
    assert [(*row(c), c.nested_source_text) for c in claims] == [expected]


def test_report_of_a_quote_and_its_attribution_is_one_claim(nlp):
    # the paper reports the quote with its attribution: one claim, the paper's, the speaker nested
    text = ("\u201cWe should ask whether the bill was ever a real priority for them,\u201d Hale said at a town "
            "hall, according to the Valley Sun.")
    claims = run(nlp, text).claims
    assert [(*row(c), c.nested_source_text) for c in claims] == [
        ("mixed", "\u201cWe should ask whether the bill was ever a real priority for them,\u201d Hale said at a town "
         "hall", "according to", "the Valley Sun", "Hale")]


@pytest.mark.parametrize(("text", "expected"), [
    # a label with no verb before a quote's colon: where the quote comes from, or a name with its title
    ('Aides say he will back the bill. From Ruiz\'s campaign website: "We must move past the anger and win '
     'the vote in May."',
     ("direct", "We must move past the anger and win the vote in May.", ":", "Ruiz")),
    ("The state map is mixed.\n\nMore from Okafor: \u201cThe party makeup of a state is a starting point in "
     "judging how it will vote.\u201d",
     ("direct", "The party makeup of a state is a starting point in judging how it will vote.", ":", "Okafor")),
    ('Former secretary of state Ann Ruiz:"We learned that from the department and its review of the files."',
     ("direct", "We learned that from the department and its review of the files.", ":",
      "Former secretary of state Ann Ruiz")),
])
def test_label_before_a_colon_names_the_source_of_the_quote(nlp, text, expected):
    assert expected in [row(c) for c in run(nlp, text).claims]


def test_participle_parsed_as_subject_of_the_quote_speaks_for_the_clause_before(nlp):
    # the parse (given by hand: the tagger gives it only in some contexts) makes "writing" the subject
    # of the quote's first verb; the writer is the subject of the clause before the comma
    from spacy.tokens import Doc

    from claimex.api import result_from_doc

    words = ["Lee", "shared", "it", "today", ",", "writing", "\u201c", "Feels", "great", "to", "help", ".",
             "\u201d"]
    doc = Doc(nlp.vocab, words=words,
              spaces=[True, True, True, False, True, True, False, True, True, True, False, False, False],
              heads=[1, 1, 1, 1, 1, 7, 7, 1, 7, 10, 8, 7, 7],
              deps=["nsubj", "ROOT", "dobj", "npadvmod", "punct", "nsubj", "punct", "conj", "acomp", "aux",
                    "xcomp", "punct", "punct"],
              tags=["NNP", "VBD", "PRP", "NN", ",", "VBG", "``", "VBZ", "JJ", "TO", "VB", ".", "''"],
              pos=["PROPN", "VERB", "PRON", "NOUN", "PUNCT", "VERB", "PUNCT", "VERB", "ADJ", "PART", "VERB",
                   "PUNCT", "PUNCT"],
              lemmas=["Lee", "share", "it", "today", ",", "write", '"', "feel", "great", "to", "help", ".", '"'],
              sent_starts=[True] + [False] * 12, ents=["B-PERSON"] + ["O"] * 12)
    for name in ("claimex_quotes", "claimex_speakers"):
        doc = nlp.get_pipe(name)(doc)
    claims = result_from_doc(doc, "x", doc.text).claims
    assert [row(c) for c in claims] == [("direct", "Feels great to help.", "writing", "Lee")]


@pytest.mark.parametrize(("text", "expected"), [
    # two quotes joined by a bare conjunction after one cue are one statement
    ("Hale won the room over with jokes, telling the farmers, \u201cI\u2019m a dealmaker like you, folks,\u201d and, "
     "\u201cIs there anyone here who doesn\u2019t make deals? Probably not.\u201d But it worked.",
     ["I\u2019m a dealmaker like you, folks,", "Is there anyone here who doesn\u2019t make deals? Probably not."]),
    ('The crowd chanted "Send them home," and "Build the wall." as the mayor spoke.',
     ["Send them home,", "Build the wall."]),
])
def test_quotes_joined_by_a_conjunction_are_one_statement(nlp, text, expected):
    (claim,) = run(nlp, text).claims
    assert fragments(text, claim) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # on the content's verb in the parse (as before), or on the cue (the rule: "called ... because")
    ('Okafor wrote that the appeal was "pointless," because any further files were now with the agency.',
     'the appeal was "pointless," because any further files were now with the agency'),
    ('Ruiz called the new border post "a mistake" because so few people live near it.',
     'the new border post "a mistake" because so few people live near it'),
])
def test_a_stated_reason_after_the_content_is_part_of_it(nlp, text, expected):
    assert [c.content_text for c in run(nlp, text).claims] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a preposition that completes the quoted name stays; one that sets the naming in its time or place goes
    ('Okafor called the budget a "blueprint" for cleaner streets in every ward.',
     'the budget a "blueprint" for cleaner streets in every ward'),
    ('Trump called the report "fake news" in a speech on Monday.', 'the report "fake news"'),
])
def test_a_naming_keeps_the_complement_of_its_quoted_name(nlp, text, expected):
    assert [c.content_text for c in run(nlp, text).claims] == [expected]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # the parse reads "called" as a participle on the subject set off by commas, the object as the name (or
    # not: this one is parsed as a verb)
    ('Okafor, a council ally, called the city’s rules "sound."', 'the city’s rules "sound."', "Okafor, a council ally"),
    # ... and the subject inside a participle or relative clause of the real one
    ('Tom Ruiz, who worked as the mayor’s chief aide during the 2019 race, called Hale’s remarks on Friday '
     '"petty."', 'Hale’s remarks on Friday "petty.', "Tom Ruiz"),
])
def test_a_naming_the_parse_reads_as_a_participle(nlp, text, content, speaker):
    claims = run(nlp, text).claims
    assert [(c.content_text, c.speaker_mention_text) for c in claims] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    # the adjacent-quote rule reads no quoted name after a participle on a noun as a quote of that cue
    'The firm was known for a relaxed culture called "The Lee Way."',
    'Each spring the school holds a fair called "Bright Futures Start Here."',
])
def test_a_participle_naming_on_a_noun_is_no_claim(nlp, text):
    assert list(run(nlp, text).claims) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a quote run over two paragraphs (no closing mark at the first one's end) whose second paragraph has an
    # attribution of its own: one claim a paragraph
    ("Ortiz said the new levy is \u201ca burden on every family in the county.\n\n\u201cWe voted against it twice "
     "and we lost both times,\u201d Ortiz said. \u201cWe will try again.\u201d",
     [("mixed", "the new levy is \u201ca burden on every family in the county."),
      ("direct", "We voted against it twice and we lost both times, \u2026 We will try again.")]),
    ("The governor said: \u201cNobody in this state wants higher fees. Not the farmers, not the teachers.\n\n"
     "\u201cCalling it a reform does not change what it is. It is a tax,\u201d the governor said. \u201cAnd we "
     "will fight it.\u201d",
     [("direct", "Nobody in this state wants higher fees. Not the farmers, not the teachers."),
      ("direct", "Calling it a reform does not change what it is. It is a tax, \u2026 And we will fight it.")]),
    # one attribution for both paragraphs: one claim
    ("The governor said: \u201cNobody in this state wants higher fees.\n\n\u201cCalling it a reform does not "
     "change what it is. It is a tax.\u201d",
     [("direct", "Nobody in this state wants higher fees.\nCalling it a reform does not change what it is. "
                 "It is a tax.")]),
])
def test_a_quote_over_paragraphs_with_an_attribution_in_each_is_one_claim_a_paragraph(nlp, text, expected):
    assert [(c.type, c.content_text) for c in run(nlp, text).claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quote sentence after the attribution sentence goes on the quote, not on a report in a clause of the
    # attribution (a relative clause on the speaker, a clause of other speakers)
    ('"I do not want trouble with the board," said one former clerk, who said she left on good terms. '
     '"I could not afford a lawyer."',
     [("direct", "I do not want trouble with the board, \u2026 I could not afford a lawyer.", "one former clerk"),
      ("indirect", "she left on good terms", "who")]),
    ('"And I am not paid for this!" Okafor declared, a line he repeats since listeners asked who was funding '
     'his show. "I run my own firm. It does well."',
     [("direct", "And I am not paid for this! \u2026 I run my own firm. It does well.", "Okafor"),
      ("indirect", "who was funding his show", "listeners")]),
])
def test_a_quote_after_its_attribution_sentence_goes_on_the_quote_not_on_a_clause_of_it(nlp, text, expected):
    assert [(c.type, c.content_text, c.speaker_mention_text) for c in run(nlp, text).claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the writer's words run on into a quote whose comma is the one before its attribution: the sentence
    ('Okafor would make a better mayor than Hale "no matter what," one reader wrote.',
     [("mixed", 'Okafor would make a better mayor than Hale "no matter what,')]),
    ('The new board “has a lot of work ahead. Nobody expected it to be easy,” Ruiz said.',
     [("mixed", "The new board \u201chas a lot of work ahead. Nobody expected it to be easy,")]),
    # not a conjunction alone, nor a quote named after a preposition
    ('But "we will see," Lee said.', [("direct", "we will see,")]),
])
def test_the_writers_words_run_on_into_a_quote_before_its_attribution(nlp, text, expected):
    assert [(c.type, c.content_text) for c in run(nlp, text).claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a quote sentence whose only unquoted words are its subject goes on the quote before it
    ("\u201cWe thought only the mayor was careless,\u201d said Ruiz, who recently wrote a book on the city council. "
     "Hale \u201cmore or less misspoke. Nobody on the council should talk like that.\u201d",
     [("mixed", "We thought only the mayor was careless, \u2026 Hale \u201cmore or less misspoke. Nobody on the "
                "council should talk like that.", "Ruiz")]),
    # with no quote before it in its paragraph, no claim
    ("The council met on Monday. Hale \u201cmore or less misspoke. Nobody on the council should talk like that.\u201d",
     []),
])
def test_a_quote_sentence_with_its_subject_outside_the_marks_goes_on_the_quote_before(nlp, text, expected):
    assert [(c.type, c.content_text, c.speaker_mention_text) for c in run(nlp, text).claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after a quote closed by a full stop, a cue that hangs on the verb of the next sentence is not its cue
    ('One tweet had him taking credit for "being right on crime." And then Hale went fully on the attack, '
     'saying, "Will the mayor finally resign?"', [("direct", "Will the mayor finally resign?", "Hale")]),
    ('"We will win." Lee, who was at the rally, said that on Monday.', [("direct", "We will win.", "Lee")]),
])
def test_a_cue_of_the_next_sentences_verb_is_not_the_cue_of_a_closed_quote(nlp, text, expected):
    assert [(c.type, c.content_text, c.speaker_mention_text) for c in run(nlp, text).claims] == expected


def test_fronted_phrase_is_no_complement(nlp):
    # rule fronted_phrase: the parse hangs "Among the renters asked" on "say" as a clause; it has no subject and
    # opens with a preposition: a phrase of who was asked, not what was said
    text = "Among the renters asked, 38% say rents will keep rising next year."
    assert [(c.content_text, c.speaker_mention_text) for c in run(nlp, text).claims] == [
        ("rents will keep rising next year", "38%")]


DASHED_GLOSS = [
    # rule dashed_gloss: a noun phrase after a dash at the end of an indirect content is the writer's gloss
    ("The governor said he would bring the jobless rate down to 5 percent within two years — a mark the "
     "state reached last spring.",
     "he would bring the jobless rate down to 5 percent within two years"),
    ("The senator said he opposes the new pipeline deal -- a position his party has long held.",
     "he opposes the new pipeline deal"),
    # the parse reads the gloss as a second object of the verb before the dash
    ("Carl Benson said Thursday night that he doesn’t necessarily want to sue the parents of vandals — a harsh "
     "idea he has floated at several town halls this year.",
     "he doesn’t necessarily want to sue the parents of vandals"),
    # the parse hangs the gloss on the cue as a second complement (cues._gloss_as_complement)
    ("Carl Benson said Thursday night that he doesn’t necessarily want to jail the children of looters — a "
     "controversial plan he has raised at various rallies in his campaign.",
     "he doesn’t necessarily want to jail the children of looters"),
]


@pytest.mark.parametrize(("text", "content"), DASHED_GLOSS,
                         ids=["appos", "double-hyphen", "second-object", "second-complement"])
def test_dashed_gloss_is_no_content(nlp, text, content):
    assert [text[c.content[0]:c.content[1]] for c in run(nlp, text).claims] == [content]


DASHED_KEPT = [
    # a clause after the dash, a pair of dashes around an aside, quoted words: the content stays whole
    ("Lee said the budget would pass — that much is certain.", "the budget would pass — that much is certain"),
    ("The activist said he took the cause to a wider stage -- the convention -- to reach more voters.",
     "he took the cause to a wider stage -- the convention -- to reach more voters"),
]


@pytest.mark.parametrize(("text", "content"), DASHED_KEPT, ids=["clause", "dash-pair"])
def test_dashed_clause_or_pair_stays(nlp, text, content):
    assert [text[c.content[0]:c.content[1]] for c in run(nlp, text).claims] == [content]


CONTENT15_EXTENTS = [
    # rule speaker_conjunct: a verb in the cue's tense, with no subject, goes on with the speaker's sentence
    ("The ministry denies that the shelling was deliberate and goes to great lengths to keep reporters away "
     "from the border.", "denies", "the shelling was deliberate"),
    ("The mayor acknowledged the city has spent the money since announcing the plan but declined to give a "
     "breakdown of the costs.", "acknowledged", "the city has spent the money since announcing the plan"),
    ("The senator said she admires the governor's persistence and highlighted their shared support for rural "
     "broadband.", "said", "she admires the governor's persistence"),
    # a light verb in the cue's tense may go on with the complement's subject: it stays
    ("A spokeswoman said the candidate has no more events scheduled and delivered only two short speeches last "
     "month.", "said", "the candidate has no more events scheduled and delivered only two short speeches last month"),
    # rule object_as_subject: the parse made the complement's subject the cue's object
    ("Officials promised the new bridge would be paid for through a toll on trucks.", "promised",
     "the new bridge would be paid for through a toll on trucks"),
    # a coordinated object joins two clauses: it is not read as the subject
    ("The coach anticipates them and his players are trained in how to answer them.", "anticipates",
     "are trained in how to answer them"),
    # rule finite_for_clause: "calls for" with a finite verb after its noun is no call; the report inside stays
    ("These calls for more ships have grown louder while several governors have said they oppose a longer war.",
     "said", "they oppose a longer war"),
    ("The mayor called for residents to stay indoors.", "called for", "residents to stay indoors"),
]


@pytest.mark.parametrize(("text", "cue", "content"), CONTENT15_EXTENTS,
                         ids=["goes", "declined", "highlighted", "light-verb", "object-subject", "conj-object",
                              "finite-for", "for-infinitive"])
def test_content15_extents(nlp, text, cue, content):
    claims = run(nlp, text).claims
    assert cue_contents(text, claims) == [(cue, content)]


LIST_CONTINUED = [
    # rule list_continued: the parse hangs a list's later items outside the content
    ("In a video, the senator said the governor is ready to “fix the roads,” cut taxes, hire more teachers, and "
     "protect the parks.", "said",
     "the governor is ready to “fix the roads,” cut taxes, hire more teachers, and protect the parks"),
    ("The union urged the board to raise wages, cut class sizes and hire more nurses.", "urged",
     "the board to raise wages, cut class sizes and hire more nurses"),
    ("The mayor proposes to fund the stadium through fees paid by visitors and vendors, new hotel taxes and other "
     "levies, and savings from the parks budget.", "proposes",
     "to fund the stadium through fees paid by visitors and vendors, new hotel taxes and other levies, and savings "
     "from the parks budget"),
    ("The report credited the governor with keeping “the whole state afloat” through the flood season, the layoffs "
     "at the mill, and the fears over the bridge.", "credited",
     "the governor with keeping “the whole state afloat” through the flood season, the layoffs at the mill, and the "
     "fears over the bridge"),
    # a clause of the writer's own after the comma is no item: the content stays
    ("The union urged the board to raise wages, and the board agreed.", "urged", "the board to raise wages"),
]


@pytest.mark.parametrize(("text", "cue", "content"), LIST_CONTINUED,
                         ids=["quoted-first-item", "tagged-past", "noun-items", "governed-quote", "clause-after"])
def test_list_continued(nlp, text, cue, content):
    claims = run(nlp, text).claims
    assert (cue, content) in cue_contents(text, claims)


WRITER_CONNECTIVE = [
    # rule writer_connective: the writer's connective that opens the sentence is no part of the content
    ("The fund lost members last year. Even so, it raised $2 million in March and had $1 million left at the end "
     "of the month, according to its filings.", "according to",
     "it raised $2 million in March and had $1 million left at the end of the month"),
    ("The mayor rejected the first draft. Still, she will look again at the budget before the vote, an aide said.",
     "said", "she will look again at the budget before the vote"),
    ("Prices rose in June. In fact, the cost of bread has doubled since January, economists say.", "say",
     "the cost of bread has doubled since January"),
    ("The council met on Monday. Nevertheless, the road will stay closed until the repairs are done, officials "
     "said.", "said", "the road will stay closed until the repairs are done"),
    # a word of time, a parenthetical cue inside the sentence, quoted words: the opener stays
    ("The plant closed in May. Now, the owners will reopen it next spring, according to the county.",
     "according to", "Now, the owners will reopen it next spring"),
    ("The board met. Still, \"we will not give up on the plan,\" the chairman said.", "said",
     "Still, \"we will not give up on the plan,"),
]


@pytest.mark.parametrize(("text", "cue", "content"), WRITER_CONNECTIVE,
                         ids=["even-so", "still", "in-fact", "nevertheless", "time-word", "quoted"])
def test_writer_connective(nlp, text, cue, content):
    claims = run(nlp, text).claims
    assert cue_contents(text, claims) == [(cue, content)]


TURN_LABEL = [
    # rule turn_label: an interview's "Q:" / "A:" label that opens the content's line is no part of it
    ("The senator spoke for an hour.\n\nQ: Farmers in both counties are losing money, the surveys tell us. Why is "
     "that?", "tell", "Farmers in both counties are losing money"),
    ("A: The county will cut the road fund next year, the treasurer said.", "said",
     "The county will cut the road fund next year"),
    # a label-like word inside the line stays
    ("The plan has two parts. A: the county will pay for the roads, the mayor said.", "said",
     "A: the county will pay for the roads"),
]


@pytest.mark.parametrize(("text", "cue", "content"), TURN_LABEL, ids=["question", "answer", "inside-line"])
def test_turn_label(nlp, text, cue, content):
    claims = run(nlp, text).claims
    assert (cue, content) in cue_contents(text, claims)


CONDITION_KEPT = [
    # rule condition_kept: the "if" of a condition inside the content is part of what was said
    ("Ms. Ortiz told voters that if the levy passed, the county would repave every road by 2020.", "told",
     "if the levy passed, the county would repave every road by 2020"),
    ("He said if he were governor, the plant would stay open.", "said",
     "if he were governor, the plant would stay open"),
    # after a verb of asking the "if" opens the question itself, and stays too (rule question_word_kept)
    ("The moderator asked the senator if she would back the bill.", "asked", "if she would back the bill"),
]


@pytest.mark.parametrize(("text", "cue", "content"), CONDITION_KEPT, ids=["that-if", "said-if", "asked-if"])
def test_condition_kept(nlp, text, cue, content):
    claims = run(nlp, text).claims
    assert cue_contents(text, claims) == [(cue, content)]


QUOTED_TITLE = [
    # rule quoted_title: a programme's title in quote marks between the cue and its complement
    ("Ms. Reyes, who had spoken at the rally on Friday, said on NBC's ''Meet the Nation'' on Monday that Mr. Grant "
     "had shown disrespect to her family.", [("said", "Mr. Grant had shown disrespect to her family")]),
    ("Mr. Lopez, who spoke at the convention last week, said on NBC's ''Face the Nation'' on Sunday that Mr. Grant "
     "had shown contempt for veterans.", [("said", "Mr. Grant had shown contempt for veterans")]),
    # ... and a title before a second quote is no first half of it
    ("\u201cThe mayor has no plan for the schools, and everyone knows it,\u201d Smith said on CNN's \"Early Start,\" "
     "adding, \u201cThe board's problem is that it waits for the state to act.\u201d",
     [("said", "The mayor has no plan for the schools, and everyone knows it,"),
      ("adding", "The board's problem is that it waits for the state to act.")]),
    ("In an interview with ABC's \u201cGood Morning America,\u201d on May 3, the governor repeated the charge: "
     "\u201cThe budget is a fraud from start to finish.\u201d",
     [("repeated", "The budget is a fraud from start to finish.")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_TITLE, ids=["relative", "complement", "adding", "colon"])
def test_quoted_title(nlp, text, expected):
    claims = run(nlp, text).claims
    assert [(text[c.cue[0]:c.cue[1]], c.content_text) for c in claims if c.cue] == expected


QUESTION_WORD_KEPT = [
    # rule question_word_kept: the "if" / "whether" of a question asked stays in the content, its act and
    # target read as before (without the word)
    ("A reporter asked the governor whether the new budget would raise property taxes.", "asked",
     "whether the new budget would raise property taxes", "question", "the governor"),
    ("Some donors wondered if the senator could still win the primary.", "wondered",
     "if the senator could still win the primary", "question", "the senator"),
    ("The mayor's aides questioned whether the audit was fair to the housing office.", "questioned",
     "whether the audit was fair to the housing office", "question", "the audit"),
]


@pytest.mark.parametrize(("text", "cue", "content", "act", "target"), QUESTION_WORD_KEPT,
                         ids=["asked-whether", "wondered-if", "questioned-whether"])
def test_question_word_kept(nlp, text, cue, content, act, target):
    claims = run(nlp, text).claims
    got = [(c.cue_text, c.content_text, c.act, c.target_text) for c in claims if c.cue]
    assert got == [(cue, content, act, target)]


REPORTING_FRAME = [
    # rule reporting_frame: the writer's phrase of where the words were said ends the content
    ("The governor said the new tax was a mistake in an interview with a local radio station on Sunday.", "said",
     "the new tax was a mistake"),
    ("Mr. Dale said his party does not want a shutdown, at a town hall in Dayton.", "said",
     "his party does not want a shutdown"),
    ("The senator argued that the budget is a disaster at a rally in Ohio on Monday night.", "argued",
     "the budget is a disaster"),
    # a coming event, a past deed that may have been done there: the phrase stays
    ("The mayor said she will speak at a rally in Toledo on Friday.", "said",
     "she will speak at a rally in Toledo on Friday"),
    ("He said the candidate took questions during an appearance at a school in May.", "said",
     "the candidate took questions during an appearance at a school in May"),
]


@pytest.mark.parametrize(("text", "cue", "content"), REPORTING_FRAME,
                         ids=["interview", "town-hall", "rally", "coming-event", "past-deed"])
def test_reporting_frame(nlp, text, cue, content):
    claims = run(nlp, text).claims
    assert (cue, content) in cue_contents(text, claims)


RELATIVE_GLOSS = [
    # rule relative_gloss: a present-tense ", which / who" clause on a name after a past cue is the writer's
    ("The governor said he would quarantine travellers over fears of the Hendra virus, which is spread by bats.",
     "said", "he would quarantine travellers over fears of the Hendra virus"),
    ("The senator did not suggest it would be Ortiz, who has a wide lead over his rivals.", "suggest",
     "it would be Ortiz"),
    ("Turkish officials asked that the court extradite Mr. Lund, who has lived in Ohio for a decade.", "asked",
     "the court extradite Mr. Lund"),
    # a past-tense clause, a present cue, a common noun: the clause stays
    ("The mayor said the plan was drafted by Gruenberg, who was nominated in 2011.", "said",
     "the plan was drafted by Gruenberg, who was nominated in 2011"),
    ("The mayor says the plan was drafted by Gruenberg, who has worked there for years.", "says",
     "the plan was drafted by Gruenberg, who has worked there for years"),
    ("The mayor said the criticism was aimed at the plan, which is fair.", "said",
     "the criticism was aimed at the plan, which is fair"),
]


@pytest.mark.parametrize(("text", "cue", "content"), RELATIVE_GLOSS,
                         ids=["hendra-virus", "did-suggest", "extradite", "past-clause", "present-cue", "common-noun"])
def test_relative_gloss(nlp, text, cue, content):
    claims = run(nlp, text).claims
    assert (cue, content) in cue_contents(text, claims)


def test_reporting_frame_after_be(nlp):
    """After "be" the parse hangs the phrase on the predicate noun's words; it still ends the content."""
    text = "The senator said the governor was the author of the shutdown on Tuesday at a rally in Reno."
    claims = run(nlp, text).claims
    assert ("said", "the governor was the author of the shutdown") in cue_contents(text, claims)


def test_reporting_frame_not_the_speakers_rallies(nlp):
    """Events the speaker speaks of (a plural, a possessive pronoun) stay in the content."""
    text = "The mayor said the senator is responsible for the violence at his rallies."
    claims = run(nlp, text).claims
    assert ("said", "the senator is responsible for the violence at his rallies") in cue_contents(text, claims)


SURVEY_FINDING = [
    # rule survey_finding (issue 13's links58 round): what a poll or a count shows or found is its content
    ("A new county poll showed that the senator was leading the field.", "showed",
     "the senator was leading the field"),
    ("Last year's state statistics show that the numbers in the mayor's flyer are incorrect.", "show",
     "the numbers in the mayor's flyer are incorrect"),
    ("A statewide poll found that the senator was chosen by 37% of likely voters.", "found",
     "the senator was chosen by 37% of likely voters"),
    # a finding with no tense, its own subject before its verb
    ("Public polls show the governor leading slightly in Ohio.", "show", "the governor leading slightly in Ohio"),
]


@pytest.mark.parametrize(("text", "cue", "content"), SURVEY_FINDING, ids=["showed-that", "statistics", "found-that",
                                                                          "no-tense"])
def test_survey_finding(nlp, text, cue, content):
    claims = run(nlp, text).claims
    assert (cue, content) in cue_contents(text, claims)


def test_survey_finding_not_a_persons_show_or_find(nlp):
    """A person who shows or finds something says nothing; nor does a poll's bare object."""
    for text in ("The governor showed courage at the rally, and he found a new job for his aide.",
                 "The mayor found that the budget was short by a million dollars.",
                 "The study found no evidence of fraud in the county."):
        assert not run(nlp, text).claims, text
