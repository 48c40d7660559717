"""The quotes stage end to end, through ``claimex.extract``: every construction of indirect, direct and
mixed speech, the things that are not claims, and hostile inputs.

Each claim is compared as a readable tuple (type, content, cue, speaker mention); every test also checks
the offsets invariant ``text[s:e] == *_text``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import claimex
from claimex.model import Claim, Result
from claimex.pipeline.quotes.cues import VERB_CUE_RULES
from claimex.pipeline.state import read_claims


def assert_offsets(text: str, result: Result) -> None:
    """Every span of every claim and speaker indexes the text it reports."""
    speaker_ids = {s.id for s in result.speakers}
    for c in result.claims:
        s, e = c.content
        assert 0 <= s < e <= len(text), c
        assert text[s:e] == c.content_text, c
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
    ("He said legalizing it could put thousands of people to work in upstate towns where there are large "
     "reserves.", ("indirect", "legalizing it could put thousands of people to work in upstate towns where "
                   "there are large reserves", "said", "He")),
    # the parse hangs the that-clause on the last noun as a relative clause
    ("Courted by most of the candidates, Adelson said earlier on Friday during a news conference that he may "
     "wait until the primaries to decide.",
     ("indirect", "he may wait until the primaries to decide", "said", "Adelson")),
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
    ('"Go back to Univision," Trump barked.', ("direct", "Go back to Univision,", "barked", "Trump")),
    ('"They are all here for the free stuff," Bennett shot back with a laugh.',
     ("direct", "They are all here for the free stuff,", "shot", "Bennett")),
    ('His daughter portrayed him as a generous executive who would be "the people\'s champion."',
     ("mixed", 'him as a generous executive who would be "the people\'s champion.', "portrayed", "His daughter")),
]


@pytest.mark.parametrize(("text", "expected"), MANNER_AND_NAMING_CUES, ids=[e[2] for _, e in MANNER_AND_NAMING_CUES])
def test_manner_of_speaking_and_naming_cues(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


GOVERNED = [
    # quoted words in the complement of a verb that is no speech cue: its subject is the source
    ('The senator ripped the agency for acting as "the judge and the jury" in the case.',
     ("mixed", 'the agency for acting as "the judge and the jury" in the case', "ripped", "The senator")),
    ('The mayor has boasted of his willingness to spend "whatever it takes" on the campaign.',
     ("mixed", 'of his willingness to spend "whatever it takes" on the campaign', "boasted", "The mayor")),
    # an ad speaks through what it does
    ('The ad targets a "corrupt political system that keeps a rigged economy in place."',
     ("direct", "corrupt political system that keeps a rigged economy in place.", "targets", "The ad")),
    # one quoted word under a verb of belief or perception is what the subject thinks
    ('The senator sees "progress" in the talks with the union.', ("direct", "progress", "sees", "The senator")),
    # a quote the parser hangs on its verb in two pieces
    ('He offered "my thoughts and prayers for all of the families."',
     ("direct", "my thoughts and prayers for all of the families.", "offered", "He")),
    # a copula in a clause: the verb above it governs
    ('The analysts found that the air force is "the best in the world" by far.',
     ("mixed", 'the air force is "the best in the world" by far', "found", "The analysts")),
    # a title-case quote in a title-case headline is no title
    ("Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling’",
     ("mixed", "Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling’", "Says", "Clinton")),
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
    ('Both men have slammed the president for not using the term "radical Islamic terrorism."',
     ("mixed", 'the president for not using the term "radical Islamic terrorism.', "slammed", "Both men")),
    ('Weaver dismissed that suggestion as a sign of a campaign in "disarray."',
     ("mixed", 'that suggestion as a sign of a campaign in "disarray.', "dismissed", "Weaver")),
    ('The group is calling on the senator to "stop ignoring black voters" and resign.',
     ("mixed", 'the senator to "stop ignoring black voters" and resign', "calling on", "The group")),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_AND_REASON, ids=[e[2] for _, e in OBJECT_AND_REASON])
def test_object_with_its_reason(nlp, text, expected):
    assert [row(c) for c in run(nlp, text).claims] == [expected]


PARTICIPLE_SPEAKERS = [
    # a participle after a comma speaks for the subject of the sentence, not of the clause before it
    ('Trump argued that a database would keep people from coming into the country illegally, saying '
     '"it is all about management."', "saying", "Trump"),
    # whoever puts out an ad, a release or a text speaks through it
    ('After the attacks, Trump released a new radio ad calling Obama "weak on terror."', "calling", "Trump"),
    ('The campaign sent out a press release saying the senator owes "Florida an explanation."', "saying",
     "The campaign"),
]


@pytest.mark.parametrize(("text", "cue", "mention"), PARTICIPLE_SPEAKERS, ids=[c for _, c, _ in PARTICIPLE_SPEAKERS])
def test_participle_speaker(nlp, text, cue, mention):
    assert [c.speaker_mention_text for c in run(nlp, text).claims if c.cue_text == cue] == [mention]


SPEAKER_WHERE_THE_PARSE_SLIPS = [
    # "has said" in a subordinate clause is active: its subject speaks (no "Asked about it," reading)
    ('The move is notable because House Speaker Paul Ryan has said he is "not ready" to endorse Trump.',
     "said", "House Speaker Paul Ryan"),
    # the parser hangs the name on the phrase before it: the name right before the cue speaks
    ('Speaking for his wife, former president Bill Clinton said his wife was qualified because "the world is '
     'in tough shape."', "said", "former president Bill Clinton"),
]


@pytest.mark.parametrize(("text", "cue", "mention"), SPEAKER_WHERE_THE_PARSE_SLIPS,
                         ids=[m for _, _, m in SPEAKER_WHERE_THE_PARSE_SLIPS])
def test_speaker_where_the_parse_slips(nlp, text, cue, mention):
    assert [c.speaker_mention_text for c in run(nlp, text).claims if c.cue_text == cue] == [mention]


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


def test_interrupted_quote_around_a_long_apposition(nlp):
    text = ('"The risk," said Edward Leamer, an economist who is the director of a forecasting center at the '
            'university, "is that we are going to attract workers and repel jobs."')
    (claim,) = run(nlp, text).claims
    assert fragments(text, claim) == ["The risk,", "is that we are going to attract workers and repel jobs."]
    assert (claim.cue_text, claim.speaker_mention_text) == ("said", "Edward Leamer, an economist")


@pytest.mark.parametrize("text", [
    '"Look at what you did," Franken said. Silverman responded, "Thank God they can fix this."',
    '"If she gets to pick her judges, nothing you can do," Trump said before adding: "Though maybe there is."',
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
    ('The senator spoke.\n\n"Almost all new income and wealth is going to the top 1 percent."\n\n- Bernie Sanders.'
     "\n\nThe senator is relying on an outdated statistic.", "Bernie Sanders"),
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
    ('Lee spoke first.\n\nProfessor Maria Bystrom agreed. "Mainstream voters are running out of time to find '
     'someone new."', "Professor Maria Bystrom"),
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
    ('At one point he called the mayor a "liar" who was not "honorable."',
     'the mayor a "liar" who was not "honorable.'),
]


@pytest.mark.parametrize(("text", "content"), NAMING)
def test_naming_with_quoted_words_is_a_mixed_claim(nlp, text, content):
    # reported inside another statement ("told reporters he called the plan ..."), the naming is the
    # nested source of the outer claim: tests/test_dedup.py
    claims = [c for c in run(nlp, text).claims if c.cue_text == "called"]
    assert [(c.type, c.content_text) for c in claims] == [("mixed", content)]


def test_naming_after_a_preposition_and_with_what(nlp):
    # "On Twitter" is no content of "called"; "what X called" gives its name as the content
    claims = run(nlp, 'On Twitter, the governor called the senator "unhinged."').claims
    assert [row(c) for c in claims] == [("mixed", 'the senator "unhinged.', "called", "the governor")]
    claims = run(nlp, 'The city hoped to shed what the mayor called "a perception problem."').claims
    assert [row(c) for c in claims] == [("mixed", '"a perception problem.', "called", "the mayor")]


COLON = [
    # a colon introduces a quote: the subject of the clause before it speaks, or a bare name does
    ('She then addressed the supporters again: "Here is what I regret. I regret they do not listen."',
     ("direct", "Here is what I regret. I regret they do not listen.", "addressed", "She")),
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
    ('As the Global Times noted in an op-ed, the candidate "has earned himself a few fans in China."',
     'the candidate "has earned himself a few fans in China."', "noted", "the Global Times"),
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
    text = ('Later on Sunday, Carson shared a syllabus on his Facebook page, writing “Allow me to do the research '
            'for the reporter. Here is a syllabus for the class you claim never existed.”')
    claims = [c for c in nlp(text)._.claims if c.cue_text == "writing"]
    assert [(c.type, c.speaker_mention_text) for c in claims] == [("direct", "Carson")]
    assert claims[0].content_text.startswith("Allow me to do the research")


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
    ("Both leaders gave diplomatic assurances that they would work with whoever wins the vote.",
     "assurances", "Both leaders"),
    ("The ministry spent months pushing back against claims by the auditors that some of the contracts "
     "were never signed.", "claims", "the auditors"),
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
    ("For those focused on ratings, it's worth pointing out that our first debate broke the record.", "pointing out"),
    ("That's not to suggest that the mayor's comments are making people angry.", "suggest"),
    ("It is important to note that the court has ruled only on emergency filings.", "note"),
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
    "That said, young voters say they believe success will require a lifetime of effort.",
    "That being said, the council will meet on Monday.",
    "Having said that, the mayor will not resign.",
])
def test_that_said_is_a_connective_not_a_cue(nlp, text):
    claims = run(nlp, text).claims
    assert all(c.cue_text != "said" for c in claims)
    if "young voters" in text:  # the statement it opens keeps its own cue and speaker
        assert [(c.cue_text, c.speaker_mention_text) for c in claims] == [("say", "young voters")]


OBJECT_CONTROL = [
    # (text, cue, speaker mention): the one a causative verb moves to speak speaks
    ("The mayor won the vote by a wide margin, a win that led her to declare that the budget fight was over.",
     "declare", "her"),
    ("The decline turned only after the chief left, leaving some to question whether she deserved credit.",
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
    ("Ortiz, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about which of the two "
     "candidates is \"prepared to take on the establishment.\"", "Ortiz"),
]


@pytest.mark.parametrize(("text", "mention"), SUBJECT_HUNG_ELSEWHERE, ids=["fronted-phrase", "beside-relative"])
def test_subject_hung_on_a_phrase_before_the_cue(nlp, text, mention):
    (claim,) = run(nlp, text).claims
    assert (claim.cue_text, claim.speaker_mention_text) == ("said", mention)


def test_quote_said_according_to_a_source_is_that_sources_with_the_speaker_nested(nlp):
    text = ("\u201cDelegates should be able to vote the way they see fit,\u201d Walker said, according to an "
            "Associated Press account.")
    (claim,) = run(nlp, text).claims
    assert (claim.cue_text, claim.speaker_mention_text, claim.nested_source_text) == (
        "according to", "an Associated Press account", "Walker")
    assert "Delegates should be able to vote the way they see fit" in claim.content_text
