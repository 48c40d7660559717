"""The speakers stage through ``claimex.extract``: pronouns, descriptions, name merges, role / affiliation /
title, and the merges that must not happen."""

from __future__ import annotations

import pytest
from spacy.language import Language

import claimex
from claimex.model import Result, Speaker
from claimex.pipeline import speakers


def run(nlp: Language, text: str) -> Result:
    result = claimex.extract(text, nlp=nlp)
    assert result.errors == (), result.errors
    ids = {s.id for s in result.speakers}
    for c in result.claims:
        assert c.speaker is None or c.speaker in ids, c
        if c.speaker_mention is not None:
            assert text[c.speaker_mention[0]:c.speaker_mention[1]] == c.speaker_mention_text
    for s in result.speakers:
        for ms, me in s.mentions:
            assert 0 <= ms < me <= len(text), s
    return result


def last_speaker_name(nlp: Language, text: str) -> str | None:
    """The name of the speaker entity of the text's last claim (by content offset), None if it has none."""
    result = run(nlp, text)
    last = max(result.claims, key=lambda c: c.content[0])
    return None if last.speaker is None else result.speaker(last.speaker).name


def speaker_of(result: Result, mention: str) -> Speaker | None:
    """The speaker entity of the (only) claim whose local mention is ``mention``."""
    claims = [c for c in result.claims if c.speaker_mention_text == mention]
    assert len(claims) == 1, (mention, result.claims)
    return result.speaker(claims[0].speaker)


RESOLVED = [
    # (text, local mention, (speaker name, kind))
    ("Defence Minister John Smith said the strikes were necessary. The operation was a success, he added.",
     "he", ("John Smith", "PERSON")),
    ("The Syrian Observatory for Human Rights said seven fighters were killed. It added that the toll could rise.",
     "It", ("Syrian Observatory for Human Rights", "ORG")),
    ("The ministry said the talks had failed.\n\nIt added that a new round would start soon.",
     "It", ("ministry", "ORG")),
    ("Mary Jones said the economy was growing. John Smith said the talks had failed. She added that taxes would "
     "fall.", "She", ("Mary Jones", "PERSON")),
    ("John Smith said the talks had failed. Mary Jones said the economy was growing. He added that taxes would "
     "rise.", "He", ("John Smith", "PERSON")),
    ("Angela Merkel said the talks had failed. She said a new round would start soon.",
     "She", ("Angela Merkel", "PERSON")),
    ("Hezbollah said its fighters had repelled the attack. The group said that three members were wounded.",
     "The group", ("Hezbollah", "ORG")),
    ("The Syrian Observatory for Human Rights, a UK-based monitoring group, said seven fighters were killed. "
     "The group said the toll could rise.", "The group", ("Syrian Observatory for Human Rights", "ORG")),
    # the owner in "her husband" tells the owner's gender, not the husband's
    # a pronoun after a sentence with two people named: its subject, not its object, is the antecedent
    ("Tom Hale criticised Bill Ortiz on Monday. He said the plan \"will not work.\"", "He", ("Tom Hale", "PERSON")),
    ("Ann Lee said the school should stay open. Her husband said the board had not listened. She added that "
     "the vote was unfair.", "She", ("Ann Lee", "PERSON")),
    ("Iraqi military spokesman Maj-Gen Yehia Rasool said the strikes violated Iraqi sovereignty. The spokesman "
     "added that the government would respond.", "The spokesman", ("Yehia Rasool", "PERSON")),
]


@pytest.mark.parametrize(("text", "mention", "expected"), RESOLVED, ids=[r[1] for r in RESOLVED])
def test_pronouns_and_descriptions(nlp, text, mention, expected):
    result = run(nlp, text)
    speaker = speaker_of(result, mention)
    assert speaker is not None
    assert (speaker.name, speaker.kind) == expected
    assert len(result.speakers) == len({c.speaker for c in result.claims})


@pytest.mark.parametrize("text", [
    '"We will respond to these attacks," he said.',
    "It added that the toll could rise.",
    "She added that taxes would fall.",
])
def test_no_antecedent_no_speaker(nlp, text):
    (claim,) = run(nlp, text).claims
    assert claim.speaker is None


ONE_SPEAKER = [
    # (text, (name, alias that must be kept))
    ("A powerful Iraqi militia alliance, the Popular Mobilisation Forces (PMF), said four members were killed. "
     "The PMF said the strikes killed four fighters.", ("Popular Mobilisation Forces", "PMF")),
    ("The Popular Mobilisation Forces (PMF) said four members were killed. The PMF said the strikes killed four "
     "fighters.", ("Popular Mobilisation Forces", "PMF")),
    ("The Syrian Observatory for Human Rights (SOHR) said seven fighters were killed. SOHR said the toll could rise.",
     ("Syrian Observatory for Human Rights", "SOHR")),
    ("Senator Elizabeth Warren said the bill would pass. Warren said the vote was close.",
     ("Elizabeth Warren", "Warren")),
    ("John Kerry said the talks had failed. Kerry said a new round would start soon.", ("John Kerry", "Kerry")),
    pytest.param(
        "Yehia Rasool said the strikes violated Iraqi sovereignty. Rasool said the government would respond.",
        ("Yehia Rasool", "Rasool"),
        id="surname-tagged-ORG",
    ),
    pytest.param(
        "Army spokesman Yehia Rasool said the strikes violated Iraqi sovereignty.\n\nRasool also said the "
        "government would respond.",
        ("Yehia Rasool", "Rasool"),
        id="surname-unlabelled",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_SPEAKER)
def test_names_merge(nlp, text, expected):
    result = run(nlp, text)
    assert len(result.claims) == 2
    assert result.claims[0].speaker == result.claims[1].speaker
    (speaker,) = result.speakers
    name, alias = expected
    assert speaker.name == name
    assert alias in speaker.aliases


ROLES = [
    # (text, (name, role, affiliation, title))
    ("Iraqi military spokesman Maj-Gen Yehia Rasool said the strikes violated Iraqi sovereignty.",
     ("Yehia Rasool", "military spokesman", "Iraqi military", "Maj-Gen")),
    ("A Pentagon spokesman said the strikes targeted weapons storage facilities.",
     ("Pentagon spokesman", "spokesman", "Pentagon", None)),
    ("Iranian foreign ministry spokesman Saeed Khatibzadeh said the US was destroying security in the region.",
     ("Saeed Khatibzadeh", "spokesman", "Iranian foreign ministry", None)),
    ("“We will respond to these attacks,” said Saeed Khatibzadeh, a spokesman for the Iranian foreign ministry.",
     ("Saeed Khatibzadeh", "spokesman", "Iranian foreign ministry", None)),
    ("There have been five drone attacks since April, US officials say.", ("US officials", "official", "US", None)),
    pytest.param(
        "Prime Minister Mary Jones said the economy was growing.", ("Mary Jones", "prime minister", None, None),
        id="prime-minister",
    ),
    # a role in apposition after the mention's own words, and a noun of analysis that is no role noun
    ("“The senator has alienated his colleagues,” said Ruth Nolan, director of the Center for Public Affairs "
     "at Ohio State University.", ("Ruth Nolan", "director", "Center for Public Affairs", None)),
    ("“The budget leaves the schools short of money,” said Tom Hale, a senior fellow at the Brookings "
     "Institution.", ("Tom Hale", "senior fellow", "Brookings Institution", None)),
]


@pytest.mark.parametrize(("text", "expected"), ROLES, ids=[None if hasattr(r, "marks") else r[1][0] for r in ROLES])
def test_role_affiliation_title(nlp, text, expected):
    (speaker,) = run(nlp, text).speakers
    assert (speaker.name, speaker.role, speaker.affiliation, speaker.title) == expected
    assert speaker.kind == "PERSON"


KEPT_APART = [
    # (text, names of the two speakers, in order)
    ("The US says it has carried out air strikes. There have been five drone attacks since April, US officials say.",
     ["US", "US officials"]),
    ("The US says it has carried out air strikes. US officials say there have been five drone attacks since April.",
     ["US", "US officials"]),
    ("The Pentagon said the strikes were defensive. A Pentagon spokesman said three sites were hit.",
     ["Pentagon", "Pentagon spokesman"]),
    ("John Smith said the talks had failed. Prime Minister Mary Jones said the economy was growing.",
     ["John Smith", "Mary Jones"]),
]


@pytest.mark.parametrize(("text", "names"), KEPT_APART)
def test_not_merged(nlp, text, names):
    result = run(nlp, text)
    assert [s.name for s in result.speakers] == names
    assert [c.speaker for c in result.claims] == [s.id for s in result.speakers]


@pytest.mark.parametrize(("text", "name"), [
    ("Sanders, who said that the economy was rigged, won the primary.", "Sanders"),
    ("Bernie Sanders, who said that the economy was rigged, won the primary.", "Bernie Sanders"),
])
def test_relative_pronoun_speaks_for_its_noun(nlp, text, name):
    result = run(nlp, text)
    (claim,) = result.claims
    assert (claim.speaker_mention_text, claim.content_text) == ("who", "the economy was rigged")
    speaker = result.speaker(claim.speaker)
    assert speaker is not None and speaker.name == name
    start = text.index(name)
    assert (start, start + len(name)) in speaker.mentions


def test_speaker_mentions_cover_every_claim_mention(nlp):
    text = ("A powerful Iraqi militia alliance, the Popular Mobilisation Forces (PMF), said four members were killed. "
            "The PMF said the strikes killed four fighters. It added that the fighters were on an official mission.")
    result = run(nlp, text)
    (speaker,) = result.speakers
    assert len(result.claims) == 3
    assert {c.speaker for c in result.claims} == {speaker.id}
    for c in result.claims:
        assert c.speaker_mention in speaker.mentions


def test_close_names_of_two_people_stay_apart(nlp):
    text = ('"We will appeal," Brian Clarke said on Monday. "The ruling is wrong," Ian Clarke said. '
            '"It was a fair trial," Mohammed bin Salman said. Mohammad bin Salman also said the court was fair.')
    doc = nlp(text)
    names = sorted(s.name for s in doc._.speakers)
    assert "Brian Clarke" in names and "Ian Clarke" in names
    assert len([n for n in names if n.endswith("bin Salman")]) == 1  # a spelling variant merges


FAMILY_AND_DOCUMENTS = [
    # (text, local mention, speaker name)
    ("Carlos Lopez said the plan would fail. Lopez added that he would appeal. His sister Maria Lopez said the "
     "family backed him.", "His sister Maria Lopez", "Maria Lopez"),
    ("Carlos Lopez said the plan would fail. His sister Maria Lopez said the family backed him. Lopez added that "
     "he would appeal.", "Lopez", "Carlos Lopez"),
    ("A letter signed by 40 senators said the deal was dangerous.", "A letter", "40 senators"),
    ("The ministry's statement said the strikes were legal.", "The ministry's statement", "ministry"),
    ("In a tweet, Mayor Ann Park wrote that the vote was rigged. The tweet said the council had lied.",
     "The tweet", "Ann Park"),
    # a name that modifies a common noun names whom the speakers back or work for, not them
    ('Several Lee supporters said the race "was stolen."', "Several Lee supporters", "Several Lee supporters"),
    ('A senior Lee administration official said the plan "will pass."', "A senior Lee administration official",
     "senior Lee administration official"),
    # "who" after a description in apposition to a name stands for the name
    ("Rep. Tom Hale (D-Ohio), a Lee backer who suggested Lee could bring out new voters, said the race was close.",
     "who", "Tom Hale"),
    # a written work speaks for its author, a possessive pronoun resolved
    ('Tom Hale wrote a memoir in 2010. His self-published book describes the town as "a place where the loser '
     'becomes the main course."', "His self-published book", "Tom Hale"),
    # the person whose wife she is does not speak: the name in apposition is the speaker's
    ('Tom Hale\'s wife, Ann, said the family "is standing firm."', "Tom Hale's wife, Ann", "Ann"),
    # an account, a page or a lawsuit speaks for whose it is (issue 13's twenty-fifth speakers round)
    ('Karen Walsh promoted her new clothing line on Monday. Walsh\'s Twitter account posted that the dresses '
     'were "nearly sold out."', "Walsh's Twitter account", "Karen Walsh"),
    ("Tom Hale sued the county in March. Hale's lawsuit says the council broke state law.", "Hale's lawsuit",
     "Tom Hale"),
    ("Maria Lopez's Facebook page said the rally was cancelled.", "Maria Lopez's Facebook page", "Maria Lopez"),
]


RELATIVES_IN_APPOSITION = [
    # (text, speaker name of the "who"): issue 13's speakers50 round (rule relative_in_apposition)
    ('"Sales are flat," said Tom Hale, a senior analyst at Brightwater Capital, who added that the plant would '
     'close.', "Tom Hale"),
    ('"It was a disgrace," said Ann Lee, 34, a plaintiff in the lawsuit who said she had waited four hours to vote.',
     "Ann Lee"),
    ('"We are worried," said Mark Bell, a gynecologist from Dayton, Ohio, who said the law would hurt his '
     'patients.', "Mark Bell"),
    ("Mr. Ortiz, a Republican who said he would vote for the governor, praised the plan.", "Ortiz"),
    ('"It was a mistake," said one Democrat familiar with the talks, who said the senator would not back down.',
     "Democrat"),
]


@pytest.mark.parametrize("text", [
    "The ban has drawn the anger of privacy groups, notably the ACLU of Idaho, which said the cameras violated the "
    "Fourth Amendment.",
    "The sheriff's raid has angered immigrant advocates, including the ACLU of Idaho, which said the raid violated "
    "the Fourth Amendment.",
])
def test_which_on_a_place_in_a_body_speaks_for_the_body(nlp, text):
    # issue 13's speakers50 round (rule relative_in_apposition, a "which"): the body, not the place in its name
    speaker = speaker_of(run(nlp, text), "which")
    assert speaker is not None
    assert speaker.name == "ACLU"
    assert not any("said" in alias for alias in speaker.aliases)  # the phrase, not the relative clause in it


@pytest.mark.parametrize(("text", "name"), RELATIVES_IN_APPOSITION,
                         ids=["firm", "lawsuit", "town", "proper noun description", "comma after a person"])
def test_who_in_a_description_speaks_for_the_described_person(nlp, text, name):
    speaker = speaker_of(run(nlp, text), "who")
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(("text", "mention", "name"), FAMILY_AND_DOCUMENTS,
                         ids=["relative kept apart", "surname to first bearer", "signed by", "possessor",
                              "the tweet", "supporters", "administration official", "who of an apposition",
                              "his book", "possessor of a relative", "her account", "his lawsuit",
                              "her page"])
def test_relatives_and_documents(nlp, text, mention, name):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(("text", "mention"), [
    ("LONDON - Britain's largest union said on Monday it would strike.", "Britain's largest union"),
    ("WASHINGTON (Reuters) — The White House said on Friday the talks would resume.", "The White House"),
    ("NATO officials said the drills would go ahead.", "NATO officials"),
    # a horizontal bar after the dateline, which the tagger may read as the sentence's verb
    ("OTTAWA \u2015 The federal government announced plans Tuesday to widen the program, acknowledging that "
     "the current system has not stopped delays.", "The federal government"),
    ("The mayor sent a letter to residents saying that the water was safe.", "The mayor"),
    ('His campaign mailed a postcard to donors saying: "We carried the county! Send five dollars today."',
     "His campaign"),
])
def test_dateline_and_recipient_are_not_the_speaker(nlp, text, mention):
    (claim,) = run(nlp, text).claims
    assert claim.speaker_mention_text == mention


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("During his drive back home, Jared Sexton reflected on the rally.\n\n“What I can’t forget is the anger,” he "
     "said.", "he", "Jared Sexton"),
    ("Mary Jones met Tom Smith on Monday.\n\n“We agreed on nothing,” she said.", "she", "Mary Jones"),
    ("Mary Jones met Tom Smith on Monday.\n\n“We agreed on nothing,” he said.", "he", "Tom Smith"),
    # a speaker's surname the tagger reads once as an organisation is still that person
    ('Lee Sexton said the rally was tense. He left early.\n\nThe crowd stayed.\n\nMany people cheered.\n\n'
     'The band played.\n\nThe lights went out.\n\n'
     'During his drive home, Sexton reflected on the crowd.\n"What I cannot forget is the anger in that room," '
     'he said.', "he", "Lee Sexton"),
    # a surname the tagger reads as a place: the person the article names in full (twenty-third round)
    ("Ohio Gov. John Kasich is campaigning in Windham on Sunday.\n\nKasich is telling a crowd of retirees that his "
     "first run feels long ago.\n\nThis time, he says, the mood is calmer.", "he", "John Kasich"),
    ("Ohio Gov. John Kasich is campaigning in Windham on Sunday.\n\nKasich has taken to urging his audiences to "
     "slow down and listen. He says the state needs a calmer kind of politics.", "Kasich", "John Kasich"),
    # ... or leaves unlabelled, as the subject of the main verb, another person named after it
    ("Senator Bernie Sanders is thanking supporters at a rally in his home state.\n\nSanders carried the "
     "Vermont primary easily, his first victory of the evening. His rival, Hillary Clinton, took Georgia and Ohio."
     "\n\nHe told the crowd that the win meant a lot to him.", "He", "Bernie Sanders"),
    # ... or a person's full name the tagger reads as an organisation, in apposition to the subject
    ('Former Hewlett-Packard CEO Carly Dunmore named a Victorian novel as her favorite read. "\'Middlemarch,\'" '
     'she said, '
     '"though it has been years since I read it."', "she", "Carly Dunmore"),
    # a section heading between the paragraph naming the person and the pronoun
    ('Navy chief scolds Moscow.\n\nABSTRACT.\n\nAdm. Thomas R. Bexley, who leads the Atlantic fleet, makes no '
     'apologies for calling out Russian submarines.\n\nFULL TEXT.\n\nHe has called the patrols "reckless and '
     'provocative."', "He", "Thomas R. Bexley"),
])
def test_pronoun_takes_the_person_named_before_it(nlp, text, mention, name):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(("text", "name"), [
    ("Ambassador Ann Washington toured the port on Monday.\n\nWashington said it would send aid to the flooded "
     "towns. She did not say when.", "Ann Washington"),
    # the article writes the word as a place too: the government, not the ambassador
    ("Ambassador Ann Washington toured the port on Monday.\n\nWashington said it would send aid to the flooded "
     "towns. The money will come from Washington.", "Washington"),
])
def test_surname_tagged_as_a_place(nlp, text, name):
    result = run(nlp, text)
    (claim,) = result.claims
    assert result.speaker(claim.speaker).name == name


@pytest.mark.parametrize(("text", "name"), [
    ("At the director's request, the club issued a statement apologizing to Coach Hale for the remarks.\n\n"
     "\"On behalf of everyone at the club, we wish to extend a full and heartfelt apology to Coach Hale.\"",
     "club"),
    ("The storm hit the town on Monday.\n\n\"We will never give up on this town.\"", None),
])
def test_quote_paragraph_after_its_speaker(nlp, text, name):
    (claim,) = run(nlp, text).claims
    speaker = run(nlp, text).speaker(claim.speaker) if claim.speaker else None
    assert (speaker.name if speaker else None) == name


@pytest.mark.parametrize(("text", "mention"), [
    # the parse makes the name a conjunct of the clause before and leaves the cue with no subject
    ("Alarmed by the protests in Nevada, Senator Gary Reese, the minority leader, said that he talked with "
     "Mr. Ortiz on Monday.", "Senator Gary Reese, the minority leader"),
    # the parse makes the cue a reduced relative clause of the name; an active participle opens the quote
    ('Sam Ortiz, the 2019 Green mayoral candidate, tweeted in reply: "Key difference: '
     'the board closes nothing and nobody."', "Sam Ortiz, the 2019 Green mayoral candidate"),
    # the parse makes the subject, with its relative clause, a complement clause before the cue
    ("Tom Hale, meanwhile, who has no such backing, said that fact tells voters a lot about his rival.", "Tom Hale"),
    # ... or the first of two coordinated verbs: the clause before is no content of "says"
    ("Mayor Dana Kohl jokingly offered the man a job, then says she will welcome advice from anyone.",
     "Mayor Dana Kohl"),
])
def test_subject_the_parse_lost_to_the_clause_before(nlp, text, mention):
    claims = run(nlp, text).claims
    assert [c.speaker_mention_text for c in claims] == [mention]


def test_passive_participle_on_a_name_is_not_its_speech(nlp):
    result = run(nlp, 'The president, asked about the vote, said: "We will win the seat in the spring."')
    assert [c.speaker_mention_text for c in result.claims] == ["The president"]


def test_a_participle_set_off_by_commas_leaves_the_name_to_the_cue(nlp):
    # the parse makes the name the subject of "noting" (with the comma after it) and leaves "said" none
    text = 'But Sen. Ann Ruiz (D-Ore.), noting the size of the crowd, said, "Let me tell you, she has got a long list."'
    assert [c.speaker_mention_text for c in run(nlp, text).claims] == ["Sen. Ann Ruiz (D-Ore.)"]


def test_a_name_the_tagger_reads_as_a_verb_still_speaks(nlp):
    # "Trump" tagged as the verb "trump": a capitalised word inside the sentence with no words of its own
    text = '"Lee wants to be the tough one tonight," Trump shot back.'
    assert [c.speaker_mention_text for c in run(nlp, text).claims] == ["Trump"]


def test_the_person_told_is_not_the_speaker(nlp):
    # '"We lost," Lee, a founder, tells the Herald.' as the parse slips on it: the name before the cue
    # hung on the quote, the addressee the object of "tells"; "tell" does not invert, so the object is
    # not the speaker
    from spacy.tokens import Doc

    from claimex.api import COMPONENTS

    words = ["“", "We", "lost", ",", "”", "Lee", ",", "a", "founder", ",", "tells", "the", "Herald", "."]
    doc = Doc(nlp.vocab, words=words,
              spaces=[False, True, False, False, True, False, True, True, False, True, True, True, False, False],
              heads=[2, 2, 10, 2, 2, 2, 5, 8, 5, 5, 10, 12, 10, 10],
              deps=["punct", "nsubj", "ccomp", "punct", "punct", "npadvmod", "punct", "det", "appos", "punct",
                    "ROOT", "det", "dobj", "punct"],
              pos=["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB",
                   "DET", "PROPN", "PUNCT"],
              tags=["``", "PRP", "VBD", ",", "''", "NNP", ",", "DT", "NN", ",", "VBZ", "DT", "NNP", "."],
              lemmas=["“", "we", "lose", ",", "”", "Lee", ",", "a", "founder", ",", "tell", "the", "Herald", "."])
    for name in COMPONENTS[:2]:
        doc = nlp.get_pipe(name)(doc)
    assert [c.speaker_mention_text for c in doc._.claims] == ["Lee, a founder"]
    # "ask" does invert
    text = '"How long is that bridge going to be?" asked the boy, who had come with his father.'
    assert [c.speaker_mention_text for c in run(nlp, text).claims] == ["the boy"]


@pytest.mark.parametrize(("text", "mention"), [
    # the parse reads the name after the inverted cue as an adverb
    ("“Getting a look at the ledger is useful,” said Hensly, adding he had spent long hours beside the clerks.",
     "Hensly"),
    # the parse takes the last word of the quote as the cue's subject
    ('"It is not safe to walk here. We do not feel at home anymore. #Leeds," tweeted a local user '
     "from Bradford going by the handle Kettlebird.", "a local user from Bradford"),
])
def test_inverted_speaker_after_the_quote(nlp, text, mention):
    claims = run(nlp, text).claims
    assert [c.speaker_mention_text for c in claims][:1] == [mention]


def test_subject_of_a_second_clause_parsed_as_a_conjunct_of_the_first_object(nlp):
    text = ('If you do not believe the council, the Tribune will brand you a crank and Metro News will accuse you '
            'of starting a "riot."')
    assert [(c.cue_text, c.speaker_mention_text) for c in run(nlp, text).claims] == [("accuse", "Metro News")]
    # a conjoined cue with no subject of its own still speaks for the first clause's subject
    assert [c.speaker_mention_text for c in run(nlp, "Lee condemned the strikes and warned that the council "
                                                     "would act.").claims] == ["Lee"]


@pytest.mark.parametrize(("text", "cue", "mention"), [
    # a verb the cue list lacks
    ("“The harbour will always be the harbour,” an angry Dufresne retaliated. “It never sleeps.”",
     "retaliated", "an angry Dufresne"),
    # a cue the parser reads as a noun
    ("“They know he is the only one tough enough,” a narrator in the video states. “He will stand up to "
     "the big banks.”", "states", "a narrator in the video"),
])
def test_short_attribution_clause_after_a_quote(nlp, text, cue, mention):
    claims = run(nlp, text).claims
    assert [(c.cue_text, c.speaker_mention_text) for c in claims][:1] == [(cue, mention)]


def test_relative_clause_after_a_quote_is_no_attribution(nlp):
    text = ("“We can win enough delegates in the state to catch up further to her,” said Tad Devine, an adviser. "
            "“We have good chances all the way through Ohio,” which votes in June.")
    claims = run(nlp, text).claims
    assert [c.speaker_mention_text for c in claims] == ["Tad Devine, an adviser"]


def test_a_document_put_out_speaks_for_who_put_it_out(nlp):
    # the relative clause on the document, as the participle ("a video saying ...") already did
    text = "The campaign released a marketing video that said the course would make students rich."
    assert [c.speaker_mention_text for c in run(nlp, text).claims] == ["The campaign"]
    # a document that is the subject itself keeps speaking
    text = "A letter that reached the council on Monday said the plan would fail."
    assert [c.speaker_mention_text for c in run(nlp, text).claims] == ["A letter"]


def test_follow_on_quote_skips_the_question_put_to_the_speaker(nlp):
    text = ("“It was very nice,” the casino owner told reporters in a rare interview when asked if he had met "
            "the governor, who leads in the polls. “He was very charming.”")
    claims = run(nlp, text).claims
    (first,) = [c for c in claims if c.speaker_mention_text == "the casino owner"]
    at = text.index("He was very charming")
    assert any(s <= at < e for s, e in first.content_spans)


@pytest.mark.parametrize(("text", "mention"), [
    ("When the minister hinted that Norway would take the port to court for breaking the contract, Hale shot "
     "back sharply: “If they drag us before a judge in Oslo, they are going to lose.”", "Hale"),
    ("Asked which Ohio diner was her favorite, she demurred: “Whichever one serves me breakfast first.”", "she"),
])
def test_colon_quote_is_spoken_by_the_main_clause_before_it(nlp, text, mention):
    claims = run(nlp, text).claims
    assert [c.speaker_mention_text for c in claims if c.type == "direct"] == [mention]


@pytest.mark.parametrize(("text", "mention", "name"), [
    # the subject of the sentence, whose verb is above the pronoun, before an earlier speaker
    ('"The budget is a mess," Tom Baker said on Monday.\n\nCarl Hale, the former mayor, told reporters before '
     'he left that the city "cannot pay its bills."', "he", "Carl Hale"),
    ('"We will win," Tom Baker said.\n\nCarl Hale was cheered as he told the crowd that the plant "will stay open."',
     "he", "Carl Hale"),
])
def test_pronoun_takes_the_subject_of_its_own_sentence(nlp, text, mention, name):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None
    assert speaker.name == name


def test_pronoun_skips_a_subject_whose_verb_is_not_above_it(nlp):
    # "Lee" speaks; "Hale" is the subject of a clause inside the participle, not above "he" (a guard)
    text = ('Peter Lee, later alleging that John Hale wanted a tax hike, said he would "fight it to the end."')
    result = run(nlp, text)
    (claim,) = [c for c in result.claims if c.content_text.startswith("he would")]
    speaker = result.speaker(claim.speaker)
    assert speaker is not None and speaker.name == "Peter Lee"


@pytest.mark.parametrize(("text", "cue", "mention"), [
    # quotative inversion at the start of a sentence, which the parse reads as an adjective on the name
    ("The machines can be rigged, he argued.\n\nContinued Hale: “So I think it is a real problem.”",
     "Continued", "Hale"),
    # a passive "when asked" before the colon is not the quote's cue: the one who told speaks
    ('Any audit would involve Attorney General Maria Lopez, who told the council when asked last month about '
     'the audit: "The review is in the hands of career auditors and the county."', "told", "who"),
])
def test_speaker_of_a_quote_after_an_inverted_or_governing_cue(nlp, text, cue, mention):
    (claim,) = [c for c in run(nlp, text).claims if c.type == "direct"]
    assert (claim.cue_text, claim.speaker_mention_text) == (cue, mention)


def test_follow_on_quote_goes_on_the_attribution_read_last(nlp):
    # the paragraph's content starts with the friends' statement, but Susan is attributed last
    text = ('Her friends have mocked the mayor’s campaign, calling him “a clown in a cape,” Susan Lang said as '
            'she turned around.\n\n“But he’s our clown, and we love him!”')
    result = run(nlp, text)
    (claim,) = [c for c in result.claims if c.content_text.startswith("But he")]
    speaker = result.speaker(claim.speaker)
    assert speaker is not None and speaker.name == "Susan Lang"


@pytest.mark.parametrize(("text", "mention"), [
    # a hyphen inside a word of the clause before the colon does not cut the clause
    ('At the dinner he gave the senator a back-handed tribute: "Nobody ever wonders where he stands."',
     "he"),
    # a label whose bracket the tokenizer glues to the colon
    ('Rep. Tom Gray (R-S.C.): "Nobody but you has ever quoted that number to me."', "Rep. Tom Gray"),
    # ... and to the word before it when no space comes before the quote
    ('Rep. Tom Gray (R-Ohio):"Nobody but you has ever quoted that number to me."', "Rep. Tom Gray"),
])
def test_speaker_of_a_quote_after_a_colon(nlp, text, mention):
    (claim,) = run(nlp, text).claims
    assert (claim.type, claim.speaker_mention_text) == ("direct", mention)


# A definite description stands for the person the article named with that description (issue 14).
DESCRIBED = [
    # (text, local mention, expected speaker name)
    ('Harbor Lions owner Teodor Maric criticised the stadium deal on Tuesday. The council had approved it '
     'last month.\n\n"It is a giveaway to developers," the billionaire said.', "the billionaire", "Teodor Maric"),
    ("Gov. Lena Ortiz vetoed the housing bill on Friday. The governor said it had been rushed through the "
     "legislature.", "The governor", "Lena Ortiz"),
    ('Pavel Dorn, the veteran investor, bought the club in 2012. "We will build a winner," the investor said.',
     "the investor", "Pavel Dorn"),
    ("Mark Olsen, a conservative commentator, wrote a column about the race. The commentator said the party "
     "had lost its way.", "The commentator", "Mark Olsen"),
    ("Sen. Omar Halvorsen opposed the measure on Monday. The lawmaker said it would raise taxes on "
     "farmers.", "The lawmaker", "Omar Halvorsen"),
    ("Republican presidential candidate Dale Whitcombe held a rally in Ohio. Mayor Rita Sanz spoke before him. "
     "The candidate said the economy was rigged.", "The candidate", "Dale Whitcombe"),
    # a person noun WordNet knows though no list of the stage has it (speakers.is_person_noun)
    ('Consumer advocate Nina Falk criticised the bill on Monday. The Senate passed it last week.\n\n"It protects '
     'the banks," the advocate said.', "the advocate", "Nina Falk"),
]


@pytest.mark.parametrize(("text", "mention", "name"), DESCRIBED, ids=[d[1] for d in DESCRIBED])
def test_description_names_the_described_person(nlp, text, mention, name):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name == name, speaker
    assert speaker.kind == "PERSON"


DESCRIBED_NOT_MERGED = [
    # two governors named: the description names neither
    ("Gov. Lena Ortiz and Gov. Paul Brandt met on Monday. The governor said the talks went well.",
     "The governor", ("Lena Ortiz", "Paul Brandt")),
    # another office of the same noun
    ("Vice President Karen Holt visited the plant on Monday. The president said jobs would return.",
     "The president", ("Karen Holt",)),
    # a governor the article does not name is another person than the subject
    ("President Alan Brooks met the governor on Monday. The governor said the meeting was useful.",
     "The governor", ("Alan Brooks",)),
    # two people in the sentences before: the description may be either
    ('Teodor Maric criticised the deal. Mayor Sue Park defended it.\n\n"It is a giveaway," the billionaire said.',
     "the billionaire", ("Teodor Maric", "Sue Park")),
    # the subject holds a role of another kind
    ("Former press secretary Ivan Dorsey spoke on Monday. The businessman said the plan would fail.",
     "The businessman", ("Ivan Dorsey",)),
    # an office is named with its holder's name: a subject never described as senator is not guessed
    ('Nina Falk spoke on the radio on Monday.\n\n"We will win," the senator said.', "the senator", ("Nina Falk",)),
    # the gender of the description and of the forename disagree
    ("Sen. Omar Halvorsen opposed the measure on Monday. The congresswoman said it would raise taxes.",
     "The congresswoman", ("Omar Halvorsen",)),
]


@pytest.mark.parametrize(("text", "mention", "name"), [
    # an office with a place is the news's variation on the subject's name, though nobody was called senator
    ("Ramon Castell ended his campaign on Tuesday after a heavy loss in Miami. Castell thanked his volunteers "
     "in a short speech.\n\nThe Florida senator said he would return to Washington to finish his term.",
     "The Florida senator", "Ramon Castell"),
    # "friend" and "rival" are no trade that another family's office would exclude
    ("Mayor Greta Lund won the primary on Tuesday.\n\nRamon Castell, her friend and rival, ended his "
     "campaign that night. Castell thanked his volunteers.\n\nThe Florida senator said he would finish his "
     "term.", "The Florida senator", "Ramon Castell"),
])
def test_an_office_with_a_place_is_the_subject_before(nlp, text, mention, name):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name == name, speaker


def test_a_party_before_a_description_is_no_place(nlp):
    # "Democratic" says no more than "the front-runner": the subject of the clause before is another person
    text = ("Dale Whitcombe hit back at Mayor Rita Sanz on Monday, a day after the Democratic front-runner "
            "called him unfit for office.")
    speaker = speaker_of(run(nlp, text), "the Democratic front-runner")
    assert speaker is None or speaker.name != "Dale Whitcombe", speaker


def test_an_office_with_a_place_is_not_a_subject_of_another_trade(nlp):
    text = "Press secretary Ivan Dorsey spoke on Monday.\n\nThe Vermont senator said the plan would fail."
    speaker = speaker_of(run(nlp, text), "The Vermont senator")
    assert speaker is None or speaker.name != "Ivan Dorsey", speaker


def test_a_possessive_predicate_does_not_describe_the_subject(nlp):
    # "is the candidate's first donor", the parser taking "candidate" for the predicate noun: Reyes is the
    # candidate's donor, not the candidate, who is the subject of the paragraph before
    text = ("Dale Whitcombe opened a campaign office in Columbus last week. Tom Reyes, a trucking magnate, is "
            "the candidate's first, and for now only, large donor in Ohio.\n\nVolunteers were "
            "making calls on Tuesday. Mr. Whitcombe faces no serious rival in the Ohio primary.\n\n"
            '"We will carry this state in November," the candidate said in a statement.')
    speaker = speaker_of(run(nlp, text), "the candidate")
    assert speaker is not None and speaker.name.endswith("Whitcombe"), speaker


@pytest.mark.parametrize(("text", "mention", "others"), DESCRIBED_NOT_MERGED,
                         ids=[str(n) for n in range(len(DESCRIBED_NOT_MERGED))])
def test_description_not_merged_into_a_named_person(nlp, text, mention, others):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name not in others, speaker


# Rule lone_title_subject (issue 15, speakers56): a bare title no one in the article is described with stands for
# the one person named in its paragraph before it, when that person is a subject there.
@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Lawmakers met in the capital on Tuesday to debate the budget.\n\nMark Delaney said he would veto the "
     "spending plan. At a town hall in Dover, Delaney said, voters asked him about road repairs. The governor "
     "warned that the state could run out of money by March.", "The governor", "Mark Delaney"),
    ("Voters packed the hall.\n\nPaul Renner defended the deal at a rally in Ohio. The former president said the "
     "agreement would create jobs.", "The former president", "Paul Renner"),
])
def test_a_bare_title_is_the_one_person_of_its_paragraph(nlp, text, mention, name):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name == name, speaker


@pytest.mark.parametrize(("text", "mention", "others"), [
    # two people named in the paragraph: the senator may be either
    ("The debate turned to taxes.\n\nRachel Moore pressed Ellen Warfield on the plan, but the senator insisted "
     "the cuts would pay for themselves.", "the senator", ("Rachel Moore", "Ellen Warfield")),
    # a second name the tagger reads as a building is still a second person
    ("The council met on Monday.\n\nDale Whitcombe hit back at Mayor Rita Sanz on Monday. The governor said the "
     "budget was a disgrace.", "The governor", ("Dale Whitcombe", "Rita Sanz")),
    # the one who asks is not the one who answers
    ('The interview ran long.\n\n"That would be you?" Gloria Hart asked. "That would be me, yes," the senator '
     'said.', "the senator", ("Gloria Hart",)),
])
def test_a_bare_title_is_not_a_person_of_several_or_the_asker(nlp, text, mention, others):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is None or speaker.name not in others, speaker


@pytest.mark.parametrize(("text", "mention", "name"), [
    # places and parties before the role narrow two described people down to one
    ("Florida Sen. Ramon Castell and Ohio Sen. Greta Lund met on Monday. The Florida senator said the bill "
     "would pass.", "The Florida senator", "Ramon Castell"),
    # a modifier that is a place, with one described person
    ("Sen. Omar Halvorsen opposed the measure on Monday. The Vermont senator said it would raise taxes.",
     "The Vermont senator", "Omar Halvorsen"),
])
def test_description_with_a_place(nlp, text, mention, name):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name == name, speaker


@pytest.mark.parametrize(("text", "mention", "affiliation"), [
    ("Lawyers for Maria Chen said the charges would be dropped.", "Lawyers for Maria Chen", "Maria Chen"),
    ("Ms. Chen's lawyer said the charges would be dropped.", "Ms. Chen's lawyer", "Chen"),
    ("A spokesman for Gov. Lena Ortiz said the bill was rushed.", "A spokesman for Gov. Lena Ortiz", "Lena Ortiz"),
])
def test_the_person_a_role_acts_for_is_not_the_speaker(nlp, text, mention, affiliation):
    result = run(nlp, text)
    speaker = speaker_of(result, mention)
    assert speaker is not None and speaker.affiliation == affiliation, speaker
    assert speaker.name != affiliation


def test_people_acting_for_a_person_stay_apart_from_them(nlp):
    text = ("Maria Chen said she was innocent. Lawyers for Maria Chen said the charges would be dropped.")
    result = run(nlp, text)
    assert speaker_of(result, "Maria Chen") is not speaker_of(result, "Lawyers for Maria Chen")
    assert speaker_of(result, "Maria Chen").id != speaker_of(result, "Lawyers for Maria Chen").id


def test_a_party_description_leaves_room_for_a_trade(nlp):
    text = ("Republican front-runner Hal Brandt toured a factory on Monday. Reacting to criticism of his record, "
            "the retired neurosurgeon said he expected scrutiny of his past.")
    speaker = speaker_of(run(nlp, text), "the retired neurosurgeon")
    assert speaker is not None and speaker.name == "Hal Brandt", speaker


@pytest.mark.parametrize(("text", "mention", "name", "affiliation"), [
    # a group the article names by its owner: the owner is the affiliation, not the speaker
    ("Mayor Dana Whitlock lost the vote on Tuesday. Whitlock's aides said the result would be challenged.",
     "Whitlock's aides", "Whitlock's aides", "Whitlock"),
    # a group of an organisation: the description stays
    ("The campaign's lawyers said the lawsuit had no merit.", "The campaign's lawyers", "campaign's lawyers", None),
])
def test_plural_descriptions_keep_their_group(nlp, text, mention, name, affiliation):
    result = run(nlp, text)
    speaker = speaker_of(result, mention)
    assert speaker is not None and speaker.name == name and speaker.affiliation == affiliation, speaker
    assert all(s.name != "Dana Whitlock" for s in result.speakers if s.id == speaker.id)


def test_description_reaches_back_over_a_quote_of_several_sentences(nlp):
    text = ('Hal Brandt shared a syllabus on Sunday, writing: "Here is the class. It existed. I am still waiting '
            'for the apology."\n\nThe candidate said the report about his scholarship was false.')
    speaker = speaker_of(run(nlp, text), "The candidate")
    assert speaker is not None and speaker.name == "Hal Brandt", speaker


@pytest.mark.parametrize(("text", "content", "mention"), [
    # a clause cut off by a colon or a semicolon is a sentence of its own, not a second content of the cue
    ("The union polled its members in July: 1,276 nurses said they wanted to back the mayor.",
     "they wanted to back the mayor", "1,276 nurses"),
    ("The budget was never passed; the council chairman said the votes were not there.",
     "the votes were not there", "the council chairman"),
])
def test_clause_before_a_colon_is_not_the_cues_content(nlp, text, content, mention):
    claims = run(nlp, text).claims
    assert [(c.content_text, c.speaker_mention_text) for c in claims] == [(content, mention)]


def test_participle_on_a_passive_speaks_for_its_subject_not_its_agent(nlp):
    text = ('The singer Mara Voss was booed and shouted down by the crowd after telling them that they were '
            '"being foolish."')
    claims = run(nlp, text).claims
    assert [c.speaker_mention_text for c in claims] == ["The singer Mara Voss"]


def test_conjoined_cue_shares_the_subject_of_the_nearest_conjunct(nlp):
    text = ("In the days before the vote, a group of pastors called for a boycott, and the civil rights league "
            'strongly denounced the plan and said it would "return" all of the donations.')
    said = [c for c in run(nlp, text).claims if c.cue_text == "said"]
    assert [c.speaker_mention_text for c in said] == ["the civil rights league"]


def test_noun_of_a_reduced_relative_parsed_as_a_clausal_subject(nlp):
    # the parse makes "going" the clausal subject of "said", with the voters as its own subject
    text = ("Large majorities of likely voters in four states going to the polls on Monday said they "
            "back a plan to raise the toll.")
    claims = run(nlp, text).claims
    assert [c.speaker_mention_text for c in claims] == ["Large majorities of likely voters in four states"]


def test_the_one_quoted_as_saying_is_the_speaker(nlp):
    claims = run(nlp, '"Our method succeeds where others fail," Braynard is quoted as saying.').claims
    assert [(c.content_text, c.speaker_mention_text) for c in claims] == [
        ("Our method succeeds where others fail,", "Braynard")]


@pytest.mark.parametrize(("text", "mention"), [
    # a perfect passive is a passive: its agent speaks, not its subject
    ("The mayor has been criticized by several of his opponents for spending too few days at city hall.",
     "several of his opponents"),
    # a participle after "and", hung inside the complement of the participle before it, shares its subject
    ('She escalated her criticism on Tuesday, telling the radio host that the mayor is a "faker" and questioning '
     'how he has "gotten away with not paying his taxes."', "She"),
    # in a "with" absolute the noun before the participle is its subject
    ("The conversation ended with Maddow asking whether she would consider a woman as her running mate.", "Maddow"),
])
def test_participles_and_passives_speak_for_the_right_noun(nlp, text, mention):
    claims = run(nlp, text).claims
    assert claims and claims[-1].speaker_mention_text == mention, [(c.cue_text, c.speaker_mention_text)
                                                                  for c in claims]


def test_a_phrase_after_a_quote_inside_a_content_is_no_speaker(nlp):
    # a prepositional phrase and "and" between a quote and a conjoined cue are no inverted speaker
    text = ('This was the mayor we all knew, the mayor who questions the independence of a judge because of his '
            'heritage, who fights with journalists, claims that the broadcaster "takes its orders" from Albany, and '
            'asserts that Albany is "killing us."')
    claims = run(nlp, text).claims
    assert all(c.speaker_mention_text != "from Albany" for c in claims), claims


def test_what_a_cue_recalls_before_a_colon_quote_is_no_inverted_speaker(nlp):
    text = ('The mayor backs "fair pay increases," rejects "blanket, arbitrary wage freezes" and '
            'recalled the two-year freeze on base county wages: "I watched how hard it was for our workers to hear '
            'that their pay would stay flat."')
    recalled = [c for c in run(nlp, text).claims if c.cue_text == "recalled"]
    assert recalled and all("freeze" not in (c.speaker_mention_text or "") for c in recalled), recalled


@pytest.mark.parametrize(("text", "mention"), [
    ("They reflected the sense among many residents that the town is drifting away from its roots.",
     "many residents"),
    ("The mayor faced claims by the auditors that the budget was padded.", "the auditors"),
])
def test_who_holds_a_statement_noun(nlp, text, mention):
    claims = run(nlp, text).claims
    assert [(c.quote_rule, c.speaker_mention_text) for c in claims] == [("nominal", mention)]


@pytest.mark.parametrize(("text", "mention"), [
    # the subject of a verb that stands by a statement noun holds it
    ("Ortiz still has a small staff, a travel budget and the firm belief that the council will back him.", "Ortiz"),
    ("Like the governor, Ortiz has long held the view that the council could walk away from the bill.", "Ortiz"),
    ("Ortiz embraced the idea that the council could walk away from the bill.", "Ortiz"),
    ("Since launching her bid, Rivera has taken a hard line on crime and last June stirred anger with an "
     "assertion that the city jails are too soft.", "Rivera"),
    # not a subject that turns the statement down: it holds the opposite
    ("As she has before, Rivera on Friday played down the idea that she had struck a deal with the council.", None),
    ("Several aldermen would quarrel with the suggestion that the gap between the two plans is small.",
     None),
    ("Like the governor, Ortiz never bought the notion that the council could walk away from the bill.", None),
    # not a noun that a verb with no speaking subject merely includes, nor a cause
    ("The topics include trade, and allegations that foreign firms have hacked into city servers.", None),
    ("The tax has been unpopular because of fears that firms will cut jobs.", None),
    ("The budget was greeted with claims that the council had padded it.", None),
])
def test_who_holds_a_statement_noun_a_verb_takes(nlp, text, mention):
    claims = run(nlp, text).claims
    assert [(c.quote_rule, c.speaker_mention_text) for c in claims] == [("nominal", mention)]


@pytest.mark.parametrize(("text", "cue", "mention"), [
    # a participle the parse made the subject of a quote that opens with its verb
    ("Band member Rico shared the news online last week, writing “Feels great to back someone I believe in.”",
     "writing", "Band member Rico"),
    # a participle phrase between commas, read as a past tense with the name as its subject
    ("The matter arose on Tuesday after Mr. Hale, asked about the deaths of workers, had said, “I think our "
     "city does plenty of harm also.”", "said", "Mr. Hale"),
    ("The row began after Ms. Price, asked about the deaths of workers, had said, “I think our city does plenty "
     "of harm also.”", "said", "Ms. Price"),
])
def test_a_subject_the_parse_gave_to_another_verb(nlp, text, cue, mention):
    claims = [c for c in run(nlp, text).claims if c.cue_text == cue]
    assert [c.speaker_mention_text for c in claims] == [mention]


def test_who_in_a_second_relative_clause_is_the_name_it_follows(nlp):
    text = ('"The energy of his voters is greater than anyone else’s," said Rep. Tom Ortiz (D-Ohio), a Price '
            'backer whose ward voted heavily for her but who suggested that Hale could pull out new voters.')
    result = run(nlp, text)
    speaker = speaker_of(result, "who")
    assert speaker is not None and speaker.name == "Tom Ortiz"


@pytest.mark.parametrize(("text", "name"), [
    # a participle that names the described speaker gives the speaker its name
    ("A teacher named Tom Ortiz said the count was rigged.", "Tom Ortiz"),
    ("A group called Fair Votes said the count was rigged.", "Fair Votes"),
    ("A man identified as Tom Ortiz told reporters the count was rigged.", "Tom Ortiz"),
])
def test_a_description_named_by_a_participle_is_the_name(nlp, text, name):
    result = run(nlp, text)
    assert [result.speaker(c.speaker).name for c in result.claims if c.speaker] == [name]


def test_a_number_of_people_is_they_not_he(nlp):
    # "a number of the families" counts out a plural: a later "he" is someone else
    text = ('A number of the families of the victims have sued the company, alleging that its ads targeted young men.'
            '\n\nHale was questioned on the lawsuit in a radio interview on Monday, in which he said he did not back '
            'their right to sue.')
    speaker = speaker_of(run(nlp, text), "he")
    assert speaker is None or "families" not in speaker.name, speaker


def test_a_bare_surname_is_the_one_bearer_named_before_it(nlp):
    # "Lopez" is the Carlos Lopez named before it; his wife named later is someone else
    text = ('Carlos Lopez won the primary on Tuesday. "It was a long night," Lopez said. His wife, Maria Lopez, '
            'said she was proud of him.')
    result = run(nlp, text)
    lopez, maria = speaker_of(result, "Lopez"), speaker_of(result, "His wife, Maria Lopez")
    assert lopez is not None and maria is not None
    assert (lopez.name, maria.name) == ("Carlos Lopez", "Maria Lopez")


ONE_PERSON_ONE_ENTITY = [
    # (text, two local mentions of one person)
    # the words of the person a role is held for ("a strategist for Mrs. Lee") tell not the speaker's gender
    ("Tom Reed, a strategist for Mrs. Lee's campaign, said the numbers were weak. Mr. Reed said the party "
     "would recover by the fall.", ("Tom Reed, a strategist for Mrs. Lee's campaign", "Mr. Reed")),
    # a generational suffix is not the surname
    ("Vice President Joseph R. Boyd Jr. said the rule was long overdue. Mr. Boyd said millions of workers "
     "would benefit from it.", ("Vice President Joseph R. Boyd Jr.", "Mr. Boyd")),
    # a forename alone, once the person is named in full
    ('Frank Mercer thanked the delegates on Thursday. His daughter Lisa Mercer said he had always been a fair '
     'boss. "He listens," Lisa said.', ("His daughter Lisa Mercer", "Lisa")),
    ('Ann Hale said the plan would fail. Tom Park disagreed. "It is a mistake," Ann told reporters.',
     ("Ann Hale", "Ann")),
    # a bare surname the tagger labels an organisation, before the full name
    ("Trump said the polls were rigged. Donald Trump told the crowd in Ohio that he would win.",
     ("Trump", "Donald Trump")),
]


@pytest.mark.parametrize(("text", "mentions"), ONE_PERSON_ONE_ENTITY,
                         ids=["role held for a woman", "Jr.", "forename of a relative", "forename",
                              "surname first, tagged ORG"])
def test_a_bare_surname_and_the_full_name_are_one_entity(nlp, text, mentions):
    result = run(nlp, text)
    first, second = (speaker_of(result, m) for m in mentions)
    assert first is not None and first == second


def test_a_bare_surname_is_the_bearer_the_article_names_most(nlp):
    # the daughter speaks first, but the nominee is named in full twice: "Mercer" is him
    text = ('Frank Mercer accepted the nomination on Thursday night. His daughter Lisa Mercer, who introduced him, '
            'said he was a generous boss. Mercer said the country was in crisis. Frank Mercer later said he was '
            'ready to lead.')
    result = run(nlp, text)
    mercer, lisa = speaker_of(result, "Mercer"), speaker_of(result, "His daughter Lisa Mercer")
    assert mercer is not None and lisa is not None
    assert (mercer.name, lisa.name) == ("Frank Mercer", "Lisa Mercer")
    assert mercer == speaker_of(result, "Frank Mercer")


def test_a_name_in_a_possessive_is_not_counted_for_a_bare_surname(nlp):
    # Maria Lopez is named more, but only as the owner of a campaign and its ads: "Lopez" is Carlos
    text = ("Maria Lopez's campaign raised more money. Carlos Lopez said the race was close. Maria Lopez's ads "
            "ran all week, and Maria Lopez's staff stayed upbeat. Lopez said he would win.")
    speaker = speaker_of(run(nlp, text), "Lopez")
    assert speaker is not None and speaker.name == "Carlos Lopez"


def test_a_title_sends_a_bare_surname_to_the_bearer_of_its_gender(nlp):
    # "Mrs. Carver" is the wife, though her husband is named more
    text = ('Bill Carver spoke first at the rally. Bill Carver said the plant would stay open. His wife, Helen '
            'Carver, said the town owed him a debt. Mrs. Carver said she was proud of the workers.')
    result = run(nlp, text)
    mrs, helen = speaker_of(result, "Mrs. Carver"), speaker_of(result, "His wife, Helen Carver")
    assert mrs is not None and mrs == helen and mrs.name == "Helen Carver"
    assert speaker_of(result, "Bill Carver") != mrs


def test_she_does_not_go_to_the_surname_of_a_man_named_before(nlp):
    # "Grant" is Paul Grant (a man's forename): "she" is the woman spoken of before him
    text = ('Ann Park met Paul Grant on Monday. Park said the talks went well. Grant said the mood was good. '
            '"We made progress," she said.')
    speaker = speaker_of(run(nlp, text), "she")
    assert speaker is not None and speaker.name == "Ann Park"


def test_a_name_of_the_other_gender_is_another_person(nlp):
    # "Ms. Ortiz" is not Bill Ortiz, though she bears his surname
    text = "Bill Ortiz said the vote was fair. Ms. Ortiz said the family was proud."
    result = run(nlp, text)
    assert speaker_of(result, "Ms. Ortiz") != speaker_of(result, "Bill Ortiz")


def test_coordinated_names_are_one_group_that_they_stands_for(nlp):
    text = ('Tom Hale and Ann Park said the bridge would open in May. "We are ready," they said. Hale said the cost '
            'had doubled.')
    result = run(nlp, text)
    group, they, hale = (speaker_of(result, m) for m in ("Tom Hale and Ann Park", "they", "Hale"))
    assert group is not None and group.name == "Tom Hale and Ann Park"
    assert they == group
    assert hale is not None and hale != group and hale.name == "Tom Hale"


def test_a_surname_that_is_also_a_forename_tells_no_gender(nlp):
    # "Warren" alone is Ann Warren's surname, not the man's forename Warren
    text = ('Senator Ann Warren backed the bill on Monday. "It is a good day," Warren said. Tom Hale disagreed. '
            'Warren said she would keep fighting.')
    result = run(nlp, text)
    assert {result.speaker(c.speaker).name for c in result.claims if c.speaker} == {"Ann Warren"}


def test_she_skips_a_man_whose_forename_the_lexicon_knows(nlp):
    # "Glenn" is a man's forename: the "she" after him is the woman named before
    text = 'Susan Ortiz said the ruling was unfair. Glenn Hale said it was fair. "We are not done," she said.'
    speaker = speaker_of(run(nlp, text), "she")
    assert speaker is not None and speaker.name == "Susan Ortiz"


@pytest.mark.parametrize(("text", "name"), [
    # the sentence before names one person as a subject: the writer has turned to her
    ('"We will win," Ann Hale said. Senator Mary Park had hoped for a vote this week. She said the delay would '
     'hurt.', "Mary Park"),
    # not when that sentence has a "she" of its own: the one it stands for goes on
    ('"We will win," Ann Hale said. After the vote she met the board, and Mary Park left early. She said the '
     'board was split.', "Ann Hale"),
])
def test_pronoun_takes_the_person_the_sentence_before_is_about(nlp, text, name):
    speaker = speaker_of(run(nlp, text), "She")
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(("text", "name"), [
    # the claim's own quote opens the sentence: the subject of the sentence before it is the writer's turn
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nJohn Reed attacked '
     'the plan on Friday. "The council made all the wrong moves on the port," he wrote.', "John Reed"),
    # not a person who is the subject of a clause only: the speaker before goes on
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nThe mayor said John '
     'Reed had attacked the plan. "The council made all the right moves on the port," he said.', "Tom Hale"),
    # not a woman the title names, for a "he"
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said. But Mrs. Lopez was '
     'not as friendly. "The council made all the right moves on the port," he said.', "Tom Hale"),
    # another person named in a clause of the sentence before does not hide its subject (issue 13's
    # twenty-second speakers round: a challenger answering reports about the incumbent)
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nJohn Reed responded '
     'on Friday to reports that Tom Hale planned to endorse his rival. "The council made all the wrong moves on '
     'the port," he said.', "John Reed"),
    # nor the subject's own "he" in a clause of that sentence
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nJohn Reed recalled '
     'the night when he worked for the council. "The council made all the wrong moves on the port," he said.',
     "John Reed"),
    # nor a "his" that is not a subject, before the subject
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nIn his statement on '
     'Friday, John Reed went further.\n\n"The council made all the wrong moves on the port," he said.',
     "John Reed"),
    # nor a programme's title in quotation marks
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nJohn Reed backed the '
     'plan on "Meet the Press." "The council made all the right moves on the port," he said.', "John Reed"),
    # the quote opens its paragraph: the sentence before is the last of the paragraph before
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nJohn Reed did not see '
     'the point.\n\n"The council made all the wrong moves on the port," he said.', "John Reed"),
    # a "He said," opening its paragraph, after a paragraph whose last sentence's subject is a person
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nEarlier, Sheriff John '
     'Reed vouched for the mayor\'s plan.\n\nHe said, "The council made all the right moves on the port."',
     "John Reed"),
    # a subject the tagger leaves unlabelled or reads as an organisation: the surname of a person the article
    # names in full
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nJack Ortiz has long '
     'mocked the city. Ortiz blamed local officials in a radio interview. "The council made all the '
     'wrong moves on the port," he wrote.', "Jack Ortiz"),
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nMark Sexton has long '
     'mocked the city. Sexton blamed local officials on Twitter on Sunday. "The council made all the wrong moves '
     'on the port," he wrote.', "Mark Sexton"),
    # not when the paragraph before ends with a quote: its speaker goes on
    ('John Reed did not come. Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," Hale '
     'said.\n\n"The council made all the right moves on the port," he said.', "Tom Hale"),
    # nor a subject that is no person
    ('Mayor Tom Hale spoke at the port on Monday. "The port will bring jobs," he said.\n\nThe council had '
     'voted against John Reed.\n\n"The council made all the wrong moves on the port," he said.', "Tom Hale"),
])
def test_pronoun_after_its_quote_takes_the_subject_of_the_sentence_before(nlp, text, name):
    assert last_speaker_name(nlp, text) == name


@pytest.mark.parametrize(("text", "plural"), [
    ("Councillors Tom Hale and Ann Park said the bridge was safe.", True),  # a coordination
    ("Two volunteers said the stage was unsafe.", True),  # a plural head
    ("Senate Democrats said the budget was balanced.", True),  # a capitalised group name
    ("Councillor Ann Park said the bridge was safe.", False),
    ("The ministry said the bridge was safe.", False),  # one body
    ("Sanders told the crowd that the system was rigged.", False),  # a surname the tagger reads as a plural noun
])
def test_a_speaker_entity_says_whether_it_is_more_than_one(nlp, text, plural):
    (speaker,) = run(nlp, text).speakers
    assert speaker.plural is plural
    assert Speaker.from_dict(speaker.to_dict()) == speaker  # the field goes through the output contract


@pytest.mark.parametrize(("name", "kind", "one"), [
    ("Bernie Sanders", "PERSON", True),
    ("Ann Park", "PERSON", True),
    ("Tom Hale and Ann Park", "PERSON", False),  # a coordination
    ("Aides to Clinton", "PERSON", False),  # a group named after someone
    ("White House officials", "PERSON", False),
    ("Senate Democrats", "NORP", False),
])
def test_a_full_person_name_is_one_person(name, kind, one):
    """A speaker entity named by a person's full name is not plural, though its first mention was a bare
    surname the tagger read as a plural noun ("Sanders")."""
    assert speakers._full_person_name(name, kind) is one


@pytest.mark.parametrize(("name", "plural"), [
    ("Bernie Sanders", False),  # "Sanders" tagged a plural noun, then the full name: one person
    ("Tom Hale and Ann Park", True),  # one PERSON entity of a coordination, tagged singular: still two
])
def test_a_full_name_makes_a_plural_speaker_one_person(name, plural):
    # the same reading of a full name for a mention as for a speaker entity (speakers._full_person_name)
    cluster = speakers.Cluster()
    cluster.add(speakers.Mention(span=(0, 7), text="Sanders", root=0, name="Sanders", kind="PERSON", plural=True))
    cluster.add(speakers.Mention(span=(40, 40 + len(name)), text=name, root=9, name=name, kind="PERSON"))
    assert cluster.plural is plural


# "he" and "she" never stand for a speaker that is no person (WordNet's kinds of nouns: claimex.lexical.noun_kind)

@pytest.mark.parametrize(("text", "name"), [
    # a crowd is a group: the "she" after it is the woman named
    ('The crowd shouted that the election had been stolen when Senator Ann Park took the stage. She said the '
     'count was fair.', "Ann Park"),
    # an email, a book: the "he" / "she" after them is the person named before them
    ("Tom Hale wrote to donors on Friday. The email said the race was tight. He added that turnout would decide "
     "it.", "Tom Hale"),
    ("Maria Lopez spent a decade on the book. The book argues that the war could have been avoided. She wrote that "
     "the generals ignored the warnings.", "Maria Lopez"),
])
def test_a_person_pronoun_skips_a_speaker_that_is_no_person(nlp, text, name):
    speaker = speaker_of(run(nlp, text), text.split(". ")[-1].split()[0])
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize("text", [
    "An email sent to donors on Friday said the race was tight. He added that turnout would decide it.",
    "The book argues that the war could have been avoided. He wrote that the generals ignored the warnings.",
    "Sixty percent said the country was on the wrong track. She added that jobs were scarce.",
    "The committee said the bill would pass. She added that a vote was planned for June.",
    "The crowd shouted that the vote was rigged. He said the count should stop.",
])
def test_no_person_before_a_person_pronoun_no_speaker(nlp, text):
    result = run(nlp, text)
    pronoun = text.split(". ")[-1].split()[0]
    assert speaker_of(result, pronoun) is None
    assert len(result.speakers) == 1  # the thing or group keeps its own claim


@pytest.mark.parametrize(("text", "pronoun", "name"), [
    # roles and descriptions of people are persons in WordNet: the pronoun goes on them
    ("The spokeswoman said the talks had failed. She added that a new round would start soon.", "She",
     "spokeswoman"),
    ("The senator said the bill would pass. He added that a vote was planned for June.", "He", "senator"),
    ("The moderator said the debate would run late. She added that each candidate would have a minute.", "She",
     "moderator"),
    ("The 43-year-old said the fire had spread quickly. He added that his family was safe.", "He", "43-year-old"),
    # a group takes "it" and "they", not "she"
    ("The committee said the bill would pass. It added that a vote was planned for June.", "It", "committee"),
    ("The committee said the bill would pass. They added that a vote was planned for June.", "They",
     "committee"),
    ("The crowd shouted that the vote was rigged. They said the count should stop.", "They", "crowd"),
])
def test_a_pronoun_still_goes_on_a_person_noun_or_its_group(nlp, text, pronoun, name):
    speaker = speaker_of(run(nlp, text), pronoun)
    assert speaker is not None and speaker.name == name


@pytest.mark.xfail(reason="a he / she with no speaker to go on takes a person named before it, not a description "
                          "that is no speaker of a claim (the senator)")
def test_a_person_pronoun_after_an_unnamed_description(nlp):
    text = "The crowd cheered when the senator arrived. She said the count was fair."
    speaker = speaker_of(run(nlp, text), "She")
    assert speaker is not None and speaker.name == "senator"


def test_she_does_not_go_to_a_named_man_when_no_speaker_agrees(nlp):
    # "Sanders" after "Bernie Sanders" is a man, and the debate is no person: the "she" has no speaker
    text = ("Bernie Sanders said the system was rigged. The debate showed that the party was divided. Sanders had "
            "hoped for a win. She said the tax plan would fail.")
    assert speaker_of(run(nlp, text), "She") is None


# A definite description after a named speaker's claim is that speaker when it fits what the article knows
# of them (their title, their described trade), and nobody of that noun came between.
PREVIOUS_SPEAKER_DESCRIBED = [
    # two candidates named before: the one who spoke just before
    ('Republican candidate Tom Hale and Democratic candidate Ann Ross debated in Des Moines on Monday. '
     'Afterward, Hale told a radio host that the tax plan was a fraud. "It is a gift to the rich," the '
     'candidate said.', "the candidate", "Tom Hale"),
    ('Gov. Lena Ortiz and Gov. Paul Brandt met on Monday. "We found common ground," Ortiz said after the '
     'meeting. "The talks went well," the governor said.', "the governor", "Lena Ortiz"),
]


@pytest.mark.parametrize(("text", "mention", "name"), PREVIOUS_SPEAKER_DESCRIBED,
                         ids=[r[1] for r in PREVIOUS_SPEAKER_DESCRIBED])
def test_description_after_a_named_speaker_is_that_speaker(nlp, text, mention, name):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name == name, speaker


@pytest.mark.parametrize(("text", "mention", "other"), [
    # an organizer introduced between them is another person
    ('"We need every vote," Tom Hale told volunteers at a field office. An organizer greeted them at the door. '
     '"You are the best messengers we have," the organizer told them.', "the organizer", "Tom Hale"),
    # a host never called senator is not "the senator"
    ('"That would be you?" the host, Gail Porter, asked. "That would be me," the senator said.',
     "the senator", "Gail Porter"),
])
def test_description_is_not_a_speaker_it_does_not_fit(nlp, text, mention, other):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is None or speaker.name != other, speaker


# A description that the sentences before leave to several subjects is the subject of the nearest sentence
# with one (issue 13's twenty-sixth speakers round); a person the article describes with nothing may hold an
# office another holds.
NEAREST_SUBJECT_DESCRIBED = [
    ('Sen. Dana Whitfield criticised the farm bill on Monday. Sen. Tom Hale defended it in a radio interview. '
     '"This bill will bring jobs back to our towns," the senator said.', "the senator", "Tom Hale"),
    ('Sen. Dana Whitfield and Sen. Paul Brandt spoke to reporters in Concord on Monday.\n\nThe senator from '
     'Maine had gained ground over the weekend.'
     '\n\nTom Hale toured a dairy farm near Keene to meet growers. Shaking hands in the barn, the senator '
     'said his plan would save family farms.', "the senator", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "mention", "name"), NEAREST_SUBJECT_DESCRIBED,
                         ids=[r[0][:30] for r in NEAREST_SUBJECT_DESCRIBED])
def test_description_is_the_subject_of_the_nearest_sentence(nlp, text, mention, name):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name == name, speaker


def test_an_owner_that_is_no_subject_is_not_the_nearest_subject(nlp):
    # the state's secretary of state owns the website: not the candidate who was secretary of state
    text = ('Former Secretary of State Ann Ross and Sen. Tom Hale campaigned in Ohio this week. Hale hopes to win '
            'the state.\n\nRoss won Ohio on election night, but her margin has shrunk. Some 12,000 mail ballots '
            'were still uncounted, according to a tally on the Ohio secretary of state\'s website.')
    result = run(nlp, text)
    assert result.claims
    for claim in result.claims:
        assert claim.speaker is None or result.speaker(claim.speaker).name != "Ann Ross", claim


def test_a_name_in_a_clause_told_by_a_pronoun_is_no_topic(nlp):
    # "he said he found Hale charming": Hale is not the subject the description follows
    text = ('Shipping magnate Lou Brandt had lunch with Tom Hale in Lisbon last week.\n\nThe donor named no sum '
            'for his gift, but he did say he found Hale to be "a good listener."\n\n"It was a fine lunch," the '
            'tycoon told reporters.')
    speaker = speaker_of(run(nlp, text), "the tycoon")
    assert speaker is None or "Hale" not in speaker.name, speaker


def test_a_description_finds_a_person_named_with_a_generational_suffix(nlp):
    # "Dale Whitcombe Jr." and "Whitcombe" are one person: the surname is not "Jr." (names.surname)
    text = ('Republican presidential candidate Dale Whitcombe Jr. held a rally in Ohio on Monday.\n\nWhitcombe '
            'spoke for an hour.\n\n"The economy is rigged," the businessman said.')
    speaker = speaker_of(run(nlp, text), "the businessman")
    assert speaker is not None and "Whitcombe" in speaker.name, speaker


@pytest.mark.parametrize(("text", "mention", "affiliation"), [
    # a possessor of the role, the speaker's own name in apposition (issue 13: the campaign manager and his
    # candidate are one side)
    ("Tom Hale, Lopez's campaign manager, said the mayor would win the vote.",
     "Tom Hale, Lopez's campaign manager", "Lopez campaign"),
    ("Lopez's attorney, Tom Hale, said the charges would be dropped.", "Lopez's attorney, Tom Hale", "Lopez"),
    ("Tom Hale, Mayor Lopez's senior media adviser, said the mayor would win the vote.",
     "Tom Hale, Mayor Lopez's senior media adviser", "Lopez"),
    ("Tom Hale, the Lopez campaign's chairman, said the mayor would win the vote.",
     "Tom Hale, the Lopez campaign's chairman", "Lopez campaign"),
    ("Mayor Carla Lopez lost the vote on Tuesday. Tom Hale, Lopez' spokesman, said the result would be challenged.",
     "Tom Hale, Lopez' spokesman", "Lopez"),
    # a role before the name with no affiliation of its own, and one in apposition that has one
    ("Congressman Tom Hale, a Lopez supporter, said the mayor would win the vote.",
     "Congressman Tom Hale, a Lopez supporter", "Lopez"),
    # the one advised, after "to"; the campaign a role sits on, after "on"
    ("Tom Hale, a senior adviser to Lopez, said the mayor would win the vote.",
     "Tom Hale, a senior adviser to Lopez", "Lopez"),
    ("Tom Hale, a senior adviser on the Lopez campaign, said the mayor would win the vote.",
     "Tom Hale, a senior adviser on the Lopez campaign", "Lopez campaign"),
    # a name before the role that the parser reads as an adjective, written as a name elsewhere
    ("Mayor Maria Lopez lost the vote on Tuesday. Lopez spokesman Tom Hale said the result would be challenged.",
     "Lopez spokesman Tom Hale", "Lopez"),
    # a place before the party a leader leads: the party stays; a relative: no one's staff
    ("Spain's conservative Unity Party leader, Tom Hale, said the vote was a victory.",
     "Spain's conservative Unity Party leader, Tom Hale", "Unity Party"),
    ("Tom Hale, Lopez's brother, said the mayor would win the vote.", "Tom Hale, Lopez's brother", None),
    # no name owns the role: no affiliation
    ("Tom Hale, her spokesman, said the mayor would win the vote.", "Tom Hale, her spokesman", None),
    ("Tom Hale, a spokesman to the press, said the mayor would win the vote.",
     "Tom Hale, a spokesman to the press", None),
    # a role the speaker no longer holds speaks for no one; a constituency is no side (a blind judge read
    # both so on PolNeAR train)
    ("Tom Hale, a former senior adviser to Lopez, said the mayor would win the vote.",
     "Tom Hale, a former senior adviser to Lopez", None),
    ("Tom Hale, Lopez's former attorney, said the charges would be dropped.",
     "Tom Hale, Lopez's former attorney", None),
    ("Senator Tom Hale, Republican of Ohio, said the mayor would win the vote.",
     "Senator Tom Hale, Republican of Ohio", None),
])
def test_whom_a_role_works_for_is_the_affiliation(nlp, text, mention, affiliation):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name == "Tom Hale" and speaker.affiliation == affiliation, speaker


@pytest.mark.parametrize(("text", "name"), [
    # a full name the tagger reads as an organisation, whose forename the lexicon knows (issue 13's
    # twenty-second speakers round: a "she" after it was left with no speaker)
    ('Carly Fiorina campaigned for the senator in Iowa on Tuesday and praised his plan to cut taxes. '
     '"We can win this," she said.', "Carly Fiorina"),
    # or one a role noun in apposition describes as a person
    ('Maryam Violet, an Iranian journalist, said the crowd was calm. "People were dancing," she said.',
     "Maryam Violet"),
    ('Megan Holt, a nurse from Ohio, said the crowd was calm. "People were dancing," she said.', "Megan Holt"),
])
def test_a_person_the_tagger_reads_as_an_organisation_is_a_person(nlp, text, name):
    result = run(nlp, text)
    speaker = speaker_of(result, "she")
    assert speaker is not None and speaker.name == name and speaker.kind == "PERSON"


def test_an_organisation_described_as_one_stays_one(nlp):
    text = 'Goldman Sachs, the investment bank, said the deal was fair. "We stand by it," it said.'
    speaker = speaker_of(run(nlp, text), "it")
    assert speaker is not None and speaker.name == "Goldman Sachs" and speaker.kind == "ORG"


@pytest.mark.parametrize(("text", "mention", "name"), [
    # a count names the part of a group that spoke, not the whole group (the blind judge of issue 13's
    # twenty-fifth speakers round kept the old speaker in 15 of the 17 changes a count rule made): the count
    # stays its own speaker, named for the group it counts (issue 15's speakers57 round, ``elided_count_noun``)
    ("Local farmers have watched the river rise all spring. Several said the county had ignored their warnings.",
     "Several", "several local farmers"),
    ("The mayor described the dinner as a reunion. Others said it was a fundraiser.", "Others", "Others"),
], ids=["group before", "no group before"])
def test_a_bare_count_keeps_its_words(nlp, text, mention, name):
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(("text", "name"), [
    # a prepositional phrase before the "he": the subject of the sentence before, not the earlier quote's speaker
    ('"The bridge is safe," Mayor Tom Hale said on Monday.\n\nSheriff John Reed did not answer calls from '
     'reporters. In a radio interview on Tuesday, he said that the bridge needed new cables.', "John Reed"),
    # a conjunction and a noun of time
    ('"The bridge is safe," Mayor Tom Hale said on Monday.\n\nLast week, Sheriff John Reed helped write a '
     'repair plan. But on Tuesday, he said that the bridge needed new cables.', "John Reed"),
    # not when the words before the pronoun name another actor: the speaker before goes on
    ('"The bridge is safe," Mayor Tom Hale said on Monday.\n\nSheriff John Reed did not answer calls from '
     'reporters. When Ann Park asked about the cables, he said that the bridge needed no repairs.', "Tom Hale"),
    # mend5: not when the sentence before has "him" as an object: the one it names may be the speaker
    ('"The bridge is safe," Mayor Tom Hale said on Monday.\n\nSheriff John Reed introduced him to the crowd at '
     'the county fair. After the applause, he said that the bridge needed new cables.', "Tom Hale"),
    # a "her" object leaves a "he" alone
    ('"The bridge is safe," Mayor Ann Park said on Monday.\n\nSheriff John Reed introduced her to the crowd at '
     'the county fair. After the applause, he said that the bridge needed new cables.', "John Reed"),
])
def test_pronoun_after_a_scene_setting_phrase_takes_the_subject_before(nlp, text, name):
    """Rule ``scene_lead`` (:func:`claimex.pipeline.speakers._scene_setting_lead`)."""
    assert last_speaker_name(nlp, text) == name


@pytest.mark.parametrize(("text", "name"), [
    # the speaker of the main verb goes on, not the one of the clause under it
    ('Sheriff John Reed said the bridge had been inspected in May, whereas Mayor Tom Hale admitted that he had '
     'never read the report. He also said that the cables would be replaced next year.', "John Reed"),
    # a pronoun of the other gender than the main clause's speaker: the rule stands back
    ('Sheriff John Reed said the bridge had been inspected in May, whereas Mayor Ann Park admitted that she had '
     'never read the report. She also said that the cables would be replaced next year.', "Ann Park"),
])
def test_pronoun_after_two_speakers_takes_the_main_clause_speaker(nlp, text, name):
    """Rule ``main_clause_speaker`` (:func:`claimex.pipeline.speakers._main_clause_speaker`)."""
    assert last_speaker_name(nlp, text) == name


@pytest.mark.parametrize(("text", "name"), [
    # the answer to a question is the one asked's
    ('"The budget is sound," Governor Ann Park said on Monday.\n\nLast week, radio host Tom Hale asked Mayor '
     'John Reed whether the bridge would reopen by the summer.\n\n"We will open it in June, and not a day '
     'later," he said.', "John Reed"),
    # a request is no question: its asker goes on
    ('"The budget is sound," Governor Ann Park said on Monday.\n\nLast week, radio host Tom Hale asked Mayor '
     'John Reed to reopen the bridge by the summer.\n\n"The town cannot wait for the repairs," he said.',
     "Tom Hale"),
    # mend5: a clause of time is no question (no advcl); a question under a preposition is (a pcomp)
    ('"The budget is sound," Governor Ann Park said on Monday.\n\nLast week, radio host Tom Hale asked Mayor '
     'John Reed for money when they met at the fair.\n\n"The town cannot wait for the repairs," he said.',
     "Tom Hale"),
    ('"The budget is sound," Governor Ann Park said on Monday.\n\nLast week, radio host Tom Hale pressed Mayor '
     'John Reed on why the bridge was still closed.\n\n"We will open it in June, and not a day later," he said.',
     "John Reed"),
])
def test_answer_after_a_question_is_the_one_asked(nlp, text, name):
    """Rule ``asked_answers`` (:func:`claimex.pipeline.speakers._asked_person`)."""
    assert last_speaker_name(nlp, text) == name


@pytest.mark.parametrize(("text", "name"), [
    # a party's member after "the" and a place describes the one who spoke just before
    ("Senate leader Tom Hale says the budget talks will resume next week. The Ohio Republican says that the "
     "deficit must come down before any new spending.", "Tom Hale"),
    ("Council member Ann Price said the library would stay open. The Denver Democrat said that the city could "
     "afford the staff.", "Ann Price"),
])
def test_party_member_description_takes_the_previous_speaker(nlp, text, name):
    """Rule ``party_member_description`` (:func:`claimex.pipeline.speakers._party_member_description`)."""
    assert last_speaker_name(nlp, text) == name


@pytest.mark.parametrize(("text", "name"), [
    # a "who" / "which" after a participle phrase set off by commas stands for the noun before the phrase
    ("It was the mayors of the coastal towns, reacting to complaints from fishermen, who argued that the new "
     "quota was too strict.", "mayors of the coastal towns"),
    ("The governor commissioned a review of the state pension fund, first described by the Valley Tribune, "
     "which concluded that the fund would run dry by 2040.", "review of the state pension fund"),
])
def test_relative_after_participle_phrase_stands_for_the_noun_before_it(nlp, text, name):
    """Rule ``relative_past_participle`` (:func:`claimex.pipeline.quotes.sources._noun_before_participle`)."""
    result = run(nlp, text)
    claim = next(c for c in result.claims if c.speaker_mention_text in ("who", "which"))
    assert claim.speaker is not None and result.speaker(claim.speaker).name == name


def test_participle_after_second_main_clause_speaks_for_its_subject(nlp):
    """Rule ``conjunct_clause_participle`` (:func:`claimex.pipeline.quotes.sources._conjunct_clause_subject`)."""
    result = run(nlp, "Tenants say the new fees are unfair, and the Riverside Tenants Union has already sued the "
                      "landlord over the charges, saying they break the lease.")
    last = max(result.claims, key=lambda c: c.content[0])
    assert last.speaker_mention_text == "the Riverside Tenants Union"
    assert last.speaker is not None and result.speaker(last.speaker).name == "Riverside Tenants Union"


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), [
    # a count or quantifier of people: the noun after "of" says who speaks, the name after it is whom they serve
    ("Three of the former lawyers for Tom Hale told reporters the ledgers had been kept badly for years.",
     "Three of the former lawyers for Tom Hale", "former lawyer", "Tom Hale"),
    ("Two of Ann Price's lawyers said the ruling would be appealed within a week.",
     "Two of Ann Price's lawyers", "lawyer", "Ann Price"),
])
def test_partitive_member_speaks_as_the_member(nlp, text, name, role, affiliation):
    """Rule ``partitive_member`` (:func:`claimex.pipeline.speakers._partitive_member`)."""
    result = run(nlp, text)
    speaker = result.speaker(result.claims[0].speaker)
    assert (speaker.name, speaker.role, speaker.affiliation) == (name, role, affiliation), speaker


@pytest.mark.parametrize(("text", "name"), [
    # a person's name on a preposition or in a clause of the speaker's person noun is someone else's
    ("A prosecutor for Tom Hale said the charges had been filed too late.", "prosecutor for Tom Hale"),
    ("Many of the county leaders who would rather campaign for Ann Price said the vote came too early.",
     "Many of the county leaders"),
    # guards (they pass with the rule off too): a name in apposition is the speaker's, also when the parse
    # hangs it on the noun of a preposition
    ("One of his advisers, Tom Hale, said the campaign would stay in the race.", "Tom Hale"),
    ("The editor of the survey, Ann Price, said the figures had been checked twice.", "Ann Price"),
])
def test_served_name_is_not_the_speaker(nlp, text, name):
    """Rule ``served_name`` (:func:`claimex.pipeline.speakers._served_name`)."""
    assert last_speaker_name(nlp, text) == name


@pytest.mark.parametrize(("text", "affiliation"), [
    # the affiliation stops before a relative clause or an apposition describing it
    ("Yuri Petrov, a pollster with the Labour party who worked beside Hale for years, said the vote was close.",
     "Labour party"),
    ("Ann Hale, the director of the Dover Institute, which pays for rural clinics, said the grant was late.",
     "Dover Institute"),
    ("A campaign adviser to Ted Hale, who moved to Denver last spring, said the vote was close.", "Ted Hale"),
    # a guard (it passes with the rule off too): an apposition with no comma is the body's name
    ("Rosa Diaz, head of the tenant group Fair Rent Ohio, said the rules were unfair.",
     "tenant group Fair Rent Ohio"),
])
def test_affiliation_without_clause(nlp, text, affiliation):
    """Rule ``affiliation_without_clause`` (:func:`claimex.pipeline.speakers._phrase_without_clause`)."""
    result = run(nlp, text)
    speaker = result.speaker(result.claims[0].speaker)
    assert speaker.affiliation == affiliation, speaker


@pytest.mark.parametrize(("text", "affiliation"), [
    # a proper noun after a comma is the place's second part, no apposition that describes it
    ("Ann Price, a professor at the University of Utah, Ogden, said the survey was flawed.",
     "University of Utah, Ogden"),
    ("Ann Price, a lawyer with a firm in Dayton, Ohio, said the survey was flawed.", "firm in Dayton, Ohio"),
])
@pytest.mark.xfail(reason="affiliation_without_clause cuts at any comma-set apposition; keeping a place's second part "
                   "was judged worse on PolNeAR train (29 affiliations: 0 new / 10 old / 10 both / 9 neither)")
def test_affiliation_keeps_a_place_after_a_comma(nlp, text, affiliation):
    """Rule ``affiliation_without_clause`` (:func:`claimex.pipeline.speakers._describing_clause`): only an
    apposition headed by a common noun is cut."""
    result = run(nlp, text)
    speaker = result.speaker(result.claims[0].speaker)
    assert speaker.affiliation == affiliation, speaker


@pytest.mark.parametrize(("text", "name"), [
    # a name after a naming word is the speaker's own
    ("A clerk by the name of Tom Hale said the ballots were counted twice.", "Tom Hale"),
])
def test_served_name_stops_at_a_naming_word(nlp, text, name):
    """Rule ``served_name`` (:data:`claimex.lexicons.NAMING_WORDS`)."""
    assert last_speaker_name(nlp, text) == name


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), [
    # a count in digits is a partitive too
    ("12 of the prosecutors for Tom Hale said the case was weak.", "12 of the prosecutors for Tom Hale",
     "prosecutor", "Tom Hale"),
    # "none of" is nobody: no role of the noun after "of", and the name in it is not the speaker's
    ("None of the lawyers for Tom Hale said the plan would fail.", "None of the lawyers for Tom Hale", None, None),
])
def test_partitive_counts_digits_and_not_none(nlp, text, name, role, affiliation):
    """Rules ``partitive_member`` (a ``like_num`` head) and ``nobody_named``."""
    result = run(nlp, text)
    speaker = result.speaker(result.claims[0].speaker)
    assert (speaker.name, speaker.role, speaker.affiliation) == (name, role, affiliation), speaker


@pytest.mark.parametrize(("text", "name"), [
    # a described group is named by its head noun phrase and what says whose, what or where it is: no
    # example, clause, apposition or time after it
    ("Critics like Tom Hale said the new toll would hurt commuters.", "Critics"),
    ("Supporters such as Ann Price argued that the bridge would bring jobs.", "Supporters"),
    ("Many of the county leaders who would rather campaign for Ann Price said the vote came too early.",
     "Many of the county leaders"),
    ("The harbour's new director on Friday said the cranes would be replaced.", "harbour's new director"),
    ("Three of the mill's owners, all of them brothers, said the plant would close.", "Three of the mill's owners"),
    # what a pronoun is needs its clause; a title set after its noun with no comma; a date that tells apart
    ("Families of those hurt in the blast said the inquiry had stalled.", "Families of those hurt in the blast"),
    ("\"Tolls mislead,\" a 2015 study in the academic journal Roads and Regional Growth concluded.",
     "2015 study in the academic journal Roads and Regional Growth"),
    ("\"Most tenants paid late,\" a county survey from 2014 said.", "county survey from 2014"),
    # guards (they pass with the rule off too): what says whose, what or where the group is stays in its name
    ("People close to Ann Price said she would not run again.", "People close to Ann Price"),
    ("Officials familiar with the audit said the numbers were wrong.", "Officials familiar with the audit"),
    ("Nearly half of the voters in the county said the tax was too high.", "Nearly half of the voters in the county"),
    ("Aides to Ann Price said the speech had been rewritten twice.", "Aides to Ann Price"),
])
def test_head_phrase_names_a_described_group(nlp, text, name):
    """Rule ``head_phrase_name`` (:func:`claimex.pipeline.speakers._head_phrase`)."""
    assert last_speaker_name(nlp, text) == name


@pytest.mark.parametrize(("text", "name"), [
    # the possessor before a person's name is whom they work for, no part of the name
    # (a curly "’s": the tagger's entity runs over it, or tags none)
    ("The Tribune’s Ann Park said the mayor had misled the council.", "Ann Park"),
    ("The Dover Gazette’s Pruitt said the mayor had misled the council.", "Pruitt"),
])
def test_possessor_is_no_part_of_a_name(nlp, text, name):
    """Rule ``possessor_off_name`` (:func:`claimex.pipeline.speakers._name_after_possessor`)."""
    assert last_speaker_name(nlp, text) == name



@pytest.mark.parametrize(("text", "name"), [
    # the lead holds the pronoun's own "he": it still only sets the scene, so the subject before goes on
    ('"The bridge is safe," Mayor Tom Hale said on Monday.\n\nSheriff John Reed has little faith in the repair '
     'plan. Hired by the county in 1990 when he was still young, he says that the cables were never replaced.',
     "John Reed"),
    # and its possessive
    ('"The bridge is safe," Mayor Tom Hale said on Monday.\n\nSheriff John Reed has little faith in the repair '
     'plan. In his weekly radio address, he said that the cables were never replaced.', "John Reed"),
    # an object "him" in the lead is still another actor's: the speaker before goes on
    ('"The bridge is safe," Mayor Tom Hale said on Monday.\n\nSheriff John Reed has little faith in the repair '
     'plan. When the county hired him, he said that the cables were never replaced.', "Tom Hale"),
])
def test_pronoun_after_a_lead_with_its_own_pronoun_takes_the_subject_before(nlp, text, name):
    """Rule ``own_pronoun_lead`` (:func:`claimex.pipeline.speakers._own_pronoun_in_lead`)."""
    assert last_speaker_name(nlp, text) == name


@pytest.mark.parametrize(("text", "name"), [
    # the latest man named before the "he" is an object of its own sentence: its subject is the one meant
    ("Union leader Maria Lopez said the strike would go on. Tom Hale, who has driven buses out of the depot "
     "for a decade, drew attention to the cuts when he walked out beside his colleague Bill Ortiz; he says the "
     "company will not meet the union.", "Tom Hale"),
])
def test_pronoun_takes_the_subject_of_its_own_sentence_over_a_later_object(nlp, text, name):
    """Rule ``own_sentence_subject`` (:meth:`claimex.pipeline.speakers.SpeakerResolver._named_antecedent`)."""
    assert last_speaker_name(nlp, text) == name


@pytest.mark.parametrize(("text", "latest", "pronoun", "expected"), [
    # the latest man is an object of the sentence: its subject may go on
    ("Tom Hale, who has driven buses out of the depot for a decade, drew attention to the cuts when he walked "
     "out beside his colleague Bill Ortiz; he says the company will not meet the union.", "Bill Ortiz", "he", True),
    # the pronoun is inside the latest man's phrase: he is the one meant
    ("Tom Hale has long opposed the depot manager Bill Ortiz, who cut the night routes because he claimed that "
     "they lost money.", "Bill Ortiz", "he", False),
    # a pronoun of its gender stands between: it may already be the latest person's
    ("Hale said that Ann Park's remarks on the radio were unkind, citing her words in an interview in which she "
     "said the drivers were lazy.", "Ann Park", "she", False),
])
def test_own_sentence_subject_stands_back(nlp, text, latest, pronoun, expected):
    """Rule ``own_sentence_subject`` (:func:`claimex.pipeline.speakers._subject_over_object`): its two guards."""
    doc = nlp(text)
    tt = speakers.TokenTable.of(doc)
    ent = next(e for e in doc.ents if e.text.startswith(latest))
    root = max(t.i for t in doc if t.lower_ == pronoun)
    mention = speakers.Mention(span=(doc[root].idx, doc[root].idx + len(pronoun)), text=pronoun, root=root,
                               pronoun=pronoun, gender="male" if pronoun == "he" else "female")
    assert speakers._subject_over_object(tt, ent, mention) is expected


@pytest.mark.parametrize(("text", "name"), [
    # the plural subject of the sentence before (rule ``plural_subject_antecedent``)
    ("Parents from the district met the school board on Monday. They said the new bus routes would leave many "
     "children stranded.", "Parents from the district"),
    # the plural subject of a verb above the pronoun in its own sentence
    ("Officials at the port answered questions for an hour, and they insisted that the cargo had been inspected "
     "twice.", "Officials at the port"),
    # nouns joined by "and" are plural too
    ("Throughout the evening, her neighbours, teachers and friends spoke warmly about her work. In short films, they "
     "described her as a tireless organiser.", "her neighbours, teachers and friends"),
])
def test_they_takes_the_plural_subject_before_it(nlp, text, name):
    speaker = speaker_of(run(nlp, text), "they" if " they " in text else "They")
    assert speaker is not None
    assert speaker.name == name
    assert speaker.plural


def test_they_takes_no_plural_subject_that_is_not_people(nlp):
    text = "The new rules took effect on Friday. They said the change would cost jobs."
    assert speaker_of(run(nlp, text), "They") is None


@pytest.mark.parametrize("verb_phrase", [
    "faulted the county board in a radio interview.",
    "criticized the city council online before the event.",
])
def test_pronoun_takes_a_surname_tagged_as_a_common_noun_opening_the_sentence_before(nlp, verb_phrase):
    """Rule ``opening_noun_surname`` (:func:`claimex.pipeline.speakers._sentence_opening_noun`): "Price" opening its
    sentence is tagged as a common noun and left unlabelled; as the surname of the man named in full before, it is
    the subject the "he" after it goes on, not the mayor who spoke last."""
    text = ('Jim Price toured the boardwalk in May.\n\n"We have had hard years here," said Mayor Tom Hale in an '
            f'interview.\n\nPrice {verb_phrase} "The council wrecked this town and should be ashamed," he wrote.')
    assert last_speaker_name(nlp, text) == "Jim Price"




@pytest.mark.parametrize("text", [
    # a compound name before the noun of the relative clause
    'Ben Lowe toured the county fair on Sunday.\n\n"Nobody here wants a casino," said Carlos Vega.\n\nThe new '
    'campaign video opens with a clip of a Lowe radio interview, in which he says he would close the old mill on '
    'his first day.',
    # a possessor before the noun an "including" phrase hangs on
    '"Nobody here wants a casino," said Carlos Vega.\n\nStaff at the agency were annoyed by some of Ben Lowe\'s '
    'remarks, including one in March in which he said the budget office had misled the board.',
])
def test_pronoun_in_a_relative_clause_is_the_owner_of_its_noun(nlp, text):
    """Rule ``relative_head_owner`` (:meth:`claimex.pipeline.speakers.SpeakerResolver._relative_head_owner`):
    the "he" of "<name>'s remarks ... in which he said" / "a <name> interview, in which he says" is the person
    who owns the noun the relative clause hangs on, not the man who spoke just before."""
    assert last_speaker_name(nlp, text) == "Ben Lowe"


def test_pronoun_in_a_relative_clause_on_a_person_noun_is_not_the_owner(nlp):
    """``relative_head_owner`` passes over a noun that names a person: the "he" who speaks to "<name>'s sister" is
    not <name>."""
    text = ('"Nobody here wants a casino," said Carlos Vega.\n\nOn Friday Vega visited Ben Lowe\'s sister, with '
            'whom he said he had shared the plan.')
    assert last_speaker_name(nlp, text) != "Ben Lowe"


@pytest.mark.parametrize(("text", "expected"), [
    # "the campaign": the one campaign the article named before it
    ('The Hale campaign opened three offices in Ohio this month.\n\nVoters in Dayton heard little of the plan on '
     'Monday.\n\n"We will win this state by ten points," the campaign said in a statement on Tuesday.',
     "Hale campaign"),
    # "his campaign": the one person named in its own sentence before it
    ('Voters in Dayton heard little of the plan on Monday.\n\nHours after Tom Hale left the stage in Toledo, his '
     'campaign said the senator would return to Ohio in May.', "Hale campaign"),
    # the surname in its sentence, tagged as an organisation, of a man the article names in full
    ('Tom Hale won the county by nine points.\n\nEven before Hale took the stage on Tuesday night, his campaign sent '
     'supporters a text message saying the race was over.', "Hale campaign"),
])
def test_campaign_named_for_its_owner(nlp, text, expected):
    """Rule ``campaign_owner`` (:func:`claimex.pipeline.speakers._name_campaign`): a bare "the campaign" or "his
    campaign" is named for the one person whose campaign it is."""
    assert last_speaker_name(nlp, text) == expected


def test_campaign_of_two_owners_is_not_named(nlp):
    """``campaign_owner`` names no campaign when the article named the campaigns of two people before it."""
    text = ('The Hale campaign and the Park campaign opened offices in Ohio this month.\n\nVoters in Dayton heard '
            'little of either plan.\n\n"We will win this state by ten points," the campaign said on Tuesday.')
    assert last_speaker_name(nlp, text) not in ("Hale campaign", "Park campaign")


@pytest.mark.parametrize(("text", "expected"), [
    # the one person named in the sentence before "his team"
    ('Advisers to Tom Hale met donors in Dayton on Monday. Now his team is saying the race in Ohio is over.',
     "Hale's team"),
    # an adjective before the noun; the owner named in the paragraph before
    ('Voters in Toledo met Gov. Tom Hale on Monday.\n\nHis chief aide said the governor would sign the bill.',
     "Hale's chief aide"),
    # a man the article names in full is no owner of a "her": the woman of the sentence before is
    ('Tom Hale and Maria Lopez debated in Dayton on Monday night.\n\nLopez spoke first and Hale answered her. '
     'Her aides said the debate had gone well.', "Lopez's aides"),
    # "his campaign" whose owner is named only in the sentence before (rule ``campaign_owner``)
    ('Tom Hale toured three factories in Ohio on Monday. His campaign said the senator would return in May.',
     "Hale campaign"),
])
def test_possessive_named_for_its_owner(nlp, text, expected):
    """Rule ``possessive_owner`` (:func:`claimex.pipeline.speakers._name_possessed`,
    :func:`claimex.pipeline.speakers._possessive_owner`): "his team", "her aides", "his chief aide" are named for
    the one person of the pronoun's gender named in its sentence or the sentences just before it."""
    assert last_speaker_name(nlp, text) == expected


def test_possessive_of_two_people_is_not_named(nlp):
    """``possessive_owner`` names no one's staff when the sentence before names two men."""
    text = 'Tom Hale met Bill Ortiz in Dayton on Monday. His aides said the talks had gone well.'
    assert last_speaker_name(nlp, text) not in ("Hale's aides", "Ortiz's aides")


@pytest.mark.parametrize("text, expected", [
    # the name in apposition to the subject, the pronoun after its own quote in the next paragraph
    ('Tom Hale said the plan was sound.\n\nThe council\'s lawyer, Bill Ortiz, disagreed with the mayor.\n\n'
     '"It is a waste of money," he said.', "Bill Ortiz"),
    # the name in apposition to a noun in apposition to the subject
    ('Tom Hale said the plan was sound. The other man, his cousin Bill Ortiz, 40, criticised the council. '
     '"It is a waste of money," he said.', "Bill Ortiz"),
])
def test_pronoun_after_role_subject_named_in_apposition(nlp, text, expected):
    """Rule ``appositive_subject`` (:func:`claimex.pipeline.speakers._appositive_person`): a role subject of the
    sentence before with a person's name in apposition to it is that person, not the speaker of the quote before."""
    assert last_speaker_name(nlp, text) == expected



@pytest.mark.parametrize("text, expected", [
    # the description with the person's title, the main verb misparsed under an opening participle
    ('Admiral Tom Hale toured the naval base on Monday.\n\n"The fleet is ready for anything," Bill Ortiz, a Navy '
     'spokesman, said.\n\nAsked later about the talks, the admiral smiled.\n\n"We are not looking for a fight," he '
     'said.', "Tom Hale"),
    # the description as the subject of the main verb
    ('Admiral Tom Hale toured the naval base on Monday.\n\n"The fleet is ready for anything," Bill Ortiz, a Navy '
     'spokesman, said.\n\nThe admiral smiled at the question.\n\n"We are not looking for a fight," he said.',
     "Tom Hale"),
    # a "she" that no speaker before agrees with
    ('Senator Ann Park met farmers in Iowa on Friday.\n\n"She will not win here," said Bill Ortiz, a rival '
     'strategist.\n\nThe senator shrugged off the polls.\n\n"I have heard that before," she said.', "Ann Park"),
])
def test_pronoun_after_described_subject(nlp, text, expected):
    """Rule ``described_subject_before`` (:meth:`claimex.pipeline.speakers.SpeakerResolver._described_subject_before`):
    a definite description of a person as the subject of the sentence before stands for the person the article
    named with it, and the pronoun goes on that person, not on the speaker of the quote before."""
    assert last_speaker_name(nlp, text) == expected


def test_pronoun_after_description_of_two_people_stays(nlp):
    """``described_subject_before`` leaves a description two people named before fit: no one is guessed."""
    text = ('Admiral Tom Hale and Admiral Ann Park toured the naval base on Monday.\n\n"The fleet is ready for '
            'anything," Bill Ortiz, a Navy spokesman, said.\n\nThe admiral smiled at the question.\n\n"We are not '
            'looking for a fight," he said.')
    assert last_speaker_name(nlp, text) != "Tom Hale"


@pytest.mark.parametrize("text, expected", [
    # a relative clause between the subject and its verb, the pronoun in a clause under that verb
    ('Radio host Tom Price spoke with Senator Bill Ortiz on Monday. "He has my vote," Ortiz said of the host.\n\n'
     'Price, a city councillor for eight years before he went on air, has also been named as a possible candidate '
     'for mayor, though he says he has no plans to run.', "Tom Price"),
    ('Radio host Tom Bridge spoke with Senator Bill Ortiz on Monday. "He has my vote," Ortiz said of the host.\n\n'
     'Bridge, a city councillor for eight years before he went on air, has also been named as a possible candidate '
     'for mayor, though he says he has no plans to run.', "Tom Bridge"),
    # the pronoun in the second clause of a coordination
    ('Radio host Tom Marsh spoke with Senator Bill Ortiz on Monday. "He has my vote," Ortiz said of the host.\n\n'
     'Marsh has not said whether he will endorse anyone, and he insisted on Tuesday that the show would stay '
     'neutral.', "Tom Marsh"),
])
def test_pronoun_under_unlabelled_surname_subject(nlp, text, expected):
    """Rule ``unlabelled_subject_surname`` (:func:`claimex.pipeline.speakers._unlabelled_surname`): a bare surname
    subject the tagger left unlabelled is the person the article names in full with it, and a "he" in a clause
    under its verb goes on that person, not on the speaker before."""
    assert last_speaker_name(nlp, text) == expected


@pytest.mark.parametrize("text, mention, expected", [
    ('Gov. Ann Park skipped the hearing.\n\n"She was meeting flood victims," Park\'s office said.', "Park's office",
     "Park's office"),
    ("Gov. Ann Park skipped the hearing. Governor Ann Park's office said she was meeting flood victims.",
     "Governor Ann Park's office", "Governor Ann Park's office"),
])
def test_office_of_person_is_not_the_person(nlp, text, mention, expected):
    """Rule ``office_of_person`` (:func:`claimex.pipeline.speakers._office_owner`): "Park's office said" is said
    by her office, which speaks for her: the office is the speaker, the governor its affiliation."""
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name == expected
    assert speaker.affiliation in ("Park", "Ann Park")


@pytest.mark.parametrize("group", ["Voters First", "Unite Forward", "Hope Rising"])
def test_side_adjective_names_no_speaker(nlp, group):
    """Rule ``side_adjective`` (:func:`claimex.pipeline.speakers._side_adjective`): "a pro-Clinton super PAC" in
    apposition says whom the group backs; the group is named by its own name, not "pro-Clinton"."""
    text = (f'Democrats quickly accused the candidate of inciting violence.\n\n{group}, a pro-Clinton super PAC, '
            'posted the clip with a short line: "This has to stop."')
    assert last_speaker_name(nlp, text) == group


def test_unlabelled_head_named_before_apposition(nlp):
    """Rule ``unlabelled_head_name`` (in :func:`claimex.pipeline.speakers._main_entity`): a proper-noun head the
    tagger left unlabelled is named by its own words, not by the organisation in apposition to it ("PAC")."""
    text = ('Democrats quickly accused the candidate of inciting violence.\n\nPatriots USA, a pro-Hale super PAC, '
            'posted the clip with a short line: "This has to stop."')
    assert last_speaker_name(nlp, text) == "Patriots USA"


@pytest.mark.parametrize("surname", ["Pence", "Walker", "Hale"])
def test_pronoun_under_mislabelled_subject(nlp, surname):
    """Rule ``mislabelled_subject_person`` (:func:`claimex.pipeline.speakers._mislabelled_subject`): a surname
    subject the tagger read as an organisation or a place, known as a person speaker, is the person a "he" under
    its verb refers to, not the speaker of the quote before."""
    text = (f'Governor Mike {surname} spoke in Ohio on Thursday. "We will win this state," {surname} said.\n\n'
            'Rep. Sean Duffy also addressed the crowd. "Maybe not literally, but the policies set it up," he said.\n\n'
            f'The causes of the war are hotly debated, and {surname} is not alone in that view, and he says the '
            'withdrawal led to the rise of the group.')
    assert last_speaker_name(nlp, text) == f"Mike {surname}"


@pytest.mark.parametrize(("text", "expected"), [
    # a share in words, the poll named in the paragraph before
    ('The Tribune poll of 800 Ohio voters was released on Monday.\n\nForty-two percent said the governor should '
     'resign before the end of the year.', "poll respondents"),
    # a count in a count ("six in 10"), parsed as a quantifier of the last count
    ('The Tribune poll of 800 Ohio voters was released on Monday.\n\nAbout six in 10 said the governor should '
     'resign before the end of the year.', "poll respondents"),
    # a fraction, the people asked by a survey
    ('A survey of nurses in the county found wide support for the plan.\n\nNearly half said the hospital had too '
     'few beds for the winter.', "survey respondents"),
])
def test_bare_share_is_the_poll_respondents(nlp, text, expected):
    """Rule ``share_respondents`` (:func:`claimex.pipeline.speakers._name_share_respondents`): a speaker mention
    that is only a share of a poll's sample names no one; the speaker is named for the people the poll asked."""
    assert last_speaker_name(nlp, text) == expected


def test_share_of_a_named_group_keeps_its_words(nlp):
    """``share_respondents`` leaves a share that names its group ("of registered voters") as it was."""
    text = ('The Tribune poll of 800 Ohio voters was released on Monday.\n\nFifty-two percent of registered voters '
            'said the governor should resign before the end of the year.')
    assert last_speaker_name(nlp, text) == "Fifty-two percent of registered voters"


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # a count beside the counted subject of its own sentence
    ('Already, 480 delegates have said they will back Ms. Park at the convention, 52 have said they will back '
     'Mr. Hale and 90 have not chosen.', "52", "52 delegates"),
    # a quantifier after the subject of the sentence before, the kind words kept
    ('The Democratic candidates would also raise the minimum wage in every state.\n\nSeveral said they would '
     'rather let the states set the rate themselves.', "Several", "several Democratic candidates"),
    # a quantifier the parse reads as a pronoun: its noun, lower-cased at the head of the sentence
    ('Angry farmers blocked the road outside the ministry for most of the day. Some shouted that the new tax would '
     'ruin them.', "Some", "some angry farmers"),
    # a count of one after a count of one
    ('One county clerk said the new forms were confusing. Another said the office had not received them at all.',
     "Another", "another county clerk"),
    # the same noun twice in one sentence
    ('While many local farmers have opposed the tax, many said on Monday that they would accept a smaller one.',
     "many", "many local farmers"),
])
def test_bare_count_is_named_for_the_group_it_counts(nlp, text, mention, expected):
    """Rule ``elided_count_noun`` (:func:`claimex.pipeline.speakers._name_elided_noun`): a subject that is only a
    count or a quantifier ("52", "Several", "Another") is named for the group it counts, the last subject before it
    whose head is a noun of people or a counted noun."""
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name == expected


@pytest.mark.parametrize(("text", "mention"), [
    # a person named before the count: no group to count
    ('Mayor Elena Reyes spoke to the council on Monday. Several said the budget would not pass.', "Several"),
    # a count with its own group
    ('Several of the council members said the budget would not pass.', "Several of the council members"),
])
def test_count_with_no_group_before_it_keeps_its_words(nlp, text, mention):
    """``elided_count_noun`` names no group past a person's name, and leaves a count that says its group alone."""
    speaker = speaker_of(run(nlp, text), mention)
    assert speaker is not None and speaker.name == mention


NARRATED = ('Mayor Elena Reyes told the station on Monday that the bridge would open by spring.\n\n'
            'What the spring opening means is unclear, since Reyes spoke only in broad terms during the interview.\n\n'
            '"We have to get this bridge done, and we will."')


def test_floating_quote_across_narration_of_its_speaker(nlp):
    """Rule ``narrated_between`` (:func:`claimex.pipeline.speakers._narrated_between`): a cue-less quote two
    paragraphs after its speaker's claim, the paragraph between naming that speaker alone, is theirs."""
    assert last_speaker_name(nlp, NARRATED) == "Elena Reyes"


def test_floating_quote_not_across_narration_of_another(nlp):
    """``narrated_between`` does not cross a paragraph that names another person."""
    text = NARRATED.replace("since Reyes spoke", "since Reyes and Tom Lee spoke")
    assert last_speaker_name(nlp, text) is None
