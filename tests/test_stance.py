"""The stance of a claim (claimex.pipeline.acts.decide_stance), in real-style sentences written for these
tests: what the stance rule reads right, and (xfail) what issue 15's tenth and eleventh rounds found it
reading wrong on the training readers, with rules that were measured and not kept (held-out readers A and E
together did not gain: see docs/claims-and-links.md, "Tenth round" and "Eleventh round")."""

from __future__ import annotations

import pytest

from _nlp import analysed, en_nlp, extracted, said_statement
from claimex.pipeline.acts import demanded_undoing

__all__ = ["en_nlp"]

_NAMING = ("a positive noun that only names a thing, a role or an event reads as approval; rule naming_noun "
           "(tenth round) fixed it: training readers 374 -> 391 of 695, held out A+E not improved, not kept")
_SUBJECT = ("the predicate's negation and a reversing verb reverse the words of its subject too; rule "
            "subject_side (tenth round): training readers +1, held out A+E not improved, not kept")
_DENIAL = ("a denial in the speaker's own words is neutral (only one by its cue opposes); tenth round: "
           "training readers +3, held out A+E not improved, not kept")
_NEGATIVITY = ("a content with praise and blame whose summed valence is near zero or positive reads as support; "
               "eleventh round: negative words weighted twice in the stance's sum (with _FIXED below) gave the "
               "training readers' rules 386 -> 393 of 695 but held out A+E 189 -> 187 (rules) and 191 -> 189 "
               "(with the stance model), the refitted model's grouped CV no higher; not kept")
_FIXED = ("a scored word inside a fixed phrase ('thanks to' = 'because of'; 'right now' until stance44) or an "
          "indirect question ('whether to endorse') reads as approval; eleventh round: leaving them out of the "
          "stance's sum, with _NEGATIVITY, did not raise held out A+E (see _NEGATIVITY); alone, training rules "
          "386 -> 389, A+E 189 -> 188; not kept")

#: (text, content, cue, stance)
STANCES = [
    # a positive noun that is itself the predicate, an adjective, an adverb: approval
    ("The coach said the new stadium is a triumph.", "the new stadium is a triumph", "said", "support"),
    ("The mayor said the new library is beautiful.", "the new library is beautiful", "said", "support"),
    # a negative noun blames whatever it is about
    ("The senator said the agency's contracts were a disaster.", "the agency's contracts were a disaster", "said",
     "oppose"),
    # a negated predicate and a reversing verb reverse what they are said of
    ("The mayor said the results were not good.", "the results were not good", "said", "oppose"),
    ("The group said the new law would undermine stability in the region.",
     "the new law would undermine stability in the region", "said", "oppose"),
    # a demand of redress opposes the one it is made of; a demand supports what it asks for
    ("The mayor said the developer should apologize to residents.", "the developer should apologize to residents",
     "said", "oppose"),
    ("The teachers called for more funding for rural schools.", "more funding for rural schools", "called for",
     "support"),
    ("The councillor said the residents should have a say in the plan.", "the residents should have a say in the plan",
     "said", "support"),
    # the one a demand asks to act is neither supported nor opposed by the asking (rule "addressee", twelfth
    # round); the beneficiary of a wish is supported (above)
    ("The union urged the board to approve the new contract.", "to approve the new contract", "urged", "neutral"),
    ("The senator said the states must file their budgets by June.", "the states must file their budgets by June",
     "said", "neutral"),
    # a denial by its cue opposes what it denies
    ("The company denied that it had hidden the losses.", "it had hidden the losses", "denied", "oppose"),
    # a quality put in question is doubted, not praised (rule "in_question", issue 15's sixteenth round)
    ("The senator said the governor's honesty is in question.", "the governor's honesty is in question", "said",
     "oppose"),
    ("The auditors said the leaked memo raises questions about the minister's integrity.",
     "the leaked memo raises questions about the minister's integrity", "said", "oppose"),
    ("The senator said the governor's honesty is admirable.", "the governor's honesty is admirable", "said",
     "support"),
    # a demand that someone be removed, or that a hostile action be done to what they own, opposes them
    # (rule "acted_against", issue 15's sixteenth round)
    ("The senator said the campaign aide should be terminated over the plagiarism.",
     "the campaign aide should be terminated over the plagiarism", "said", "oppose"),
    # the people an obligation is laid on are asked to act, whether or not a name or a role noun names them
    # (rule "addressee", WordNet's people since issue 15's sixteenth round); a thing that must happen is
    # still supported
    ("The organiser said the volunteers should stay in their seats until noon.",
     "the volunteers should stay in their seats until noon", "said", "neutral"),
    ("The mayor said the bill must pass this year.", "the bill must pass this year", "said", "support"),
    # the "have" / "need" of an obligation is no benefit wished for: the people it is laid on are asked to act;
    # the benefit is read through to its infinitive ("need to get a say")
    ("The blogger said the campaigners have to answer the miners' questions.",
     "the campaigners have to answer the miners' questions", "said", "neutral"),
    ("The governor said the counties have to balance their budgets by June.",
     "the counties have to balance their budgets by June", "said", "neutral"),
    ("The councillor said the residents need to get a say in the plan.",
     "the residents need to get a say in the plan", "said", "support"),
    # the one a demand asks to act is also the subject of the clause the cue asks for, the object of "called on"
    # and the subject of "for ... to" (rule "addressee", issue 15's stance23 round): asked, not backed
    ("Student leaders have demanded that the candidates address rising tuition costs.",
     "the candidates address rising tuition costs", "demanded", "neutral"),
    ("The mayor called on the county commissioners to reopen the library.",
     "the county commissioners to reopen the library", "called on", "neutral"),
    ("The senator said there was a clear need for Congress to act on the flooding.",
     "there was a clear need for Congress to act on the flooding", "said", "neutral"),
    ("The teachers demanded that the new library open in September.", "the new library open in September",
     "demanded", "support"),
    # a "be" with an adjective of how to act asks a conduct of its subject, not a benefit for it (rule
    # "addressee", issue 15's stance23 round); a state granted ("free to") is still a benefit
    ("The police chief said the city must be firm and vigilant against the new gangs.",
     "the city must be firm and vigilant against the new gangs", "said", "neutral"),
    ("The mayor said the workers should be free to organise.", "the workers should be free to organise", "said",
     "support"),
    # a demand made while holding a person or organisation at fault is made against its target, not for it
    # (rule "blaming_demand", issue 15's stance22 round); with no fault found the demand supports
    ("\"This mayor has lied to the city for ten years. It is time to send him home,\" the senator said.",
     "This mayor has lied to the city for ten years. It is time to send him home", "said", "oppose"),
    ("\"It is time to give the nurses a raise,\" the mayor said.", "It is time to give the nurses a raise", "said",
     "support"),
    # the one a cue asks to undergo a hostile action is opposed; asked to be rewarded, the content decides
    ("The union urged the manager to be fired.", "the manager to be fired", "urged", "oppose"),
    ("The union urged the manager to be promoted.", "the manager to be promoted", "urged", "support"),
    # a backing withheld in an infinitive whose doer is the cue's subject opposes (withheld_backing)
    ("The senator vowed not to vote for the governor in the fall.", "not to vote for the governor in the fall",
     "vowed", "oppose"),
    ("The senator vowed to vote for the governor in the fall.", "to vote for the governor in the fall",
     "vowed", "support"),
    # judgements of character and conduct VADER lacks (NEGATIVE_EVALUATION, issue 15's sixteenth round)
    ("The senator said the governor's remark about the flood victims was insensitive.",
     "the governor's remark about the flood victims was insensitive", "said", "oppose"),
    ("The union said the new contract vote was a sham.", "the new contract vote was a sham", "said", "oppose"),
    ("The mayor said the council's budget process is dysfunctional.", "the council's budget process is dysfunctional",
     "said", "oppose"),
    # known failures (see the reasons)
    pytest.param("A spokesman said the firm receives $40 million a year in security contracts from the agency.",
                 "the firm receives $40 million a year in security contracts from the agency", "said", "neutral",
                 marks=pytest.mark.xfail(reason=_NAMING)),
    pytest.param("The organisers said the Heisman Trophy winner will speak on Thursday night.",
                 "the Heisman Trophy winner will speak on Thursday night", "said", "neutral",
                 marks=pytest.mark.xfail(reason=_NAMING)),
    pytest.param("Aides said the budget agreement was signed on Friday.", "the budget agreement was signed on Friday",
                 "said", "neutral", marks=pytest.mark.xfail(reason=_NAMING)),
    pytest.param("A spokesman said the trade scandal ended the minister's career.",
                 "the trade scandal ended the minister's career", "said", "oppose",
                 marks=pytest.mark.xfail(reason=_SUBJECT)),
    pytest.param("Organisers said the top prize will not be announced until May.",
                 "the top prize will not be announced until May", "said", "neutral",
                 marks=pytest.mark.xfail(reason=_SUBJECT)),
    pytest.param("The rebels said they did not fire the rockets.", "they did not fire the rockets", "said", "oppose",
                 marks=pytest.mark.xfail(reason=_DENIAL)),
    pytest.param('"We have never taken money from the casino lobby," the spokeswoman said.',
                 "We have never taken money from the casino lobby", "said", "oppose",
                 marks=pytest.mark.xfail(reason=_DENIAL)),
    pytest.param('"He has the best lawyers and the most shameful record in Congress," the challenger said.',
                 "He has the best lawyers and the most shameful record in Congress", "said", "oppose",
                 marks=pytest.mark.xfail(reason=_NEGATIVITY)),
    pytest.param("The aide said the park's new name exists thanks to a former mayor.",
                 "the park's new name exists thanks to a former mayor", "said", "neutral",
                 marks=pytest.mark.xfail(reason=_FIXED)),
    pytest.param("The union said it will not hold a vote on whether to endorse either candidate.",
                 "it will not hold a vote on whether to endorse either candidate", "said", "neutral",
                 marks=pytest.mark.xfail(reason=_FIXED)),
    # "right" as an adverb evaluates nothing (rule adjective_only, issue 15's stance44 round)
    ("The spokesman said the council would decide right now.", "the council would decide right now", "said",
     "neutral"),
    # a politician's qualities and standing VADER does not score (issue 15's stance45 round)
    ("The strategist said the governor is a savvy and formidable campaigner.",
     "the governor is a savvy and formidable campaigner", "said", "support"),
    ("The aide said the new clinic has been a boon to rural families.",
     "the new clinic has been a boon to rural families", "said", "support"),
    ("The treasurer said the mayor has built an insurmountable lead.", "the mayor has built an insurmountable lead",
     "said", "support"),
    ("The challenger said the senator is unelectable.", "the senator is unelectable", "said", "oppose"),
    # verdicts on a plan, a deed or a person VADER does not score (issue 15's stance54 round)
    ("The treasurer said the mayor's housing plan is unrealistic.", "the mayor's housing plan is unrealistic",
     "said", "oppose"),
    ("The auditor said the council members were imprudent with the pension fund.",
     "the council members were imprudent with the pension fund", "said", "oppose"),
    ("The moderator said the senator's closing speech was uplifting.", "the senator's closing speech was uplifting",
     "said", "support"),
]


@pytest.mark.parametrize(("text", "content", "cue", "stance"), STANCES)
def test_stance(en_nlp, analyzer, text, content, cue, stance):
    assert analysed(en_nlp, analyzer, text, content, cue)["stance"] == stance


#: (text, content, target word, relation): a content that puts its target in doubt, "raised questions about X",
#: "cast doubt on X", "called X into question", opposes it (read by target_relation and kept by decide_stance).
DOUBTED = [
    ("The watchdog said the audit raised serious questions about the mayor's travel records.",
     "the audit raised serious questions about the mayor's travel records", "mayor", "oppose"),
    ("The union said the leaked memo casts doubt on the board's account of the layoffs.",
     "the leaked memo casts doubt on the board's account of the layoffs", "board", "oppose"),
    ("The senator said the new report calls the agency's figures into question.",
     "the new report calls the agency's figures into question", "figures", "oppose"),
]

#: (text, content, target word, relation): phrasal verbs of going against a person or organisation, and of
#: undoing something proposed or foreseen (rule "target_relation", issue 15's sixteenth round); a phrase
#: with a thing, or an undoing reported in the past, is no stance.
PHRASAL_RELATIONS = [
    ("The strategist said the campaign would go after the governor in the fall.",
     "the campaign would go after the governor in the fall", "governor", "oppose"),
    ("The activists said the new justices would roll back the court's rulings.",
     "the new justices would roll back the court's rulings", "rulings", "oppose"),
    ("The regulator said the board must rein in the banks.", "the board must rein in the banks", "banks", "oppose"),
    ("The adviser said many graduates take on debt to pay tuition.",
     "many graduates take on debt to pay tuition", "debt", None),
    ("The clerk said the court rolled back the rulings last year.", "the court rolled back the rulings last year",
     "rulings", None),
    # a backing verb with a particle of withdrawal backs nothing ("back out", "back down", "back off")
    ("The engineer said the utility plans to back out coal with cheap gas.",
     "the utility plans to back out coal with cheap gas", "coal", None),
    ("The engineer said the utility plans to back the coal plant.", "the utility plans to back the coal plant",
     "plant", "support"),
    # more verbs of undoing (issue 15's stance22 round): proposed or foreseen they oppose what they undo,
    # reported in the past they are an event
    ("The senator said the council should disband the ethics panel.", "the council should disband the ethics panel",
     "panel", "oppose"),
    ("The governor said she would revoke the casino's licence.", "she would revoke the casino's licence", "licence",
     "oppose"),
    ("The challenger said he would replace the police chief on his first day.",
     "he would replace the police chief on his first day", "chief", "oppose"),
    ("The clerk said the board revoked the casino's licence last year.",
     "the board revoked the casino's licence last year", "licence", None),
    # what a content puts in doubt it opposes, in any tense (issue 15's stance23 round)
    *DOUBTED,
    ("The senator said the new report answers the questions about the agency's figures.",
     "the new report answers the questions about the agency's figures", "figures", None),
    ("The watchdog said the audit did not raise questions about the mayor's travel records.",
     "the audit did not raise questions about the mayor's travel records", "mayor", None),
    ("The watchdog said the audit raised no questions about the mayor's travel records.",
     "the audit raised no questions about the mayor's travel records", "mayor", None),
    ("The union said the leaked memo casts no doubt on the board's account of the layoffs.",
     "the leaked memo casts no doubt on the board's account of the layoffs", "board", None),
    # a name right after a backing verb that the small model does not read as its object
    ("Nearly a fifth of the voters said they would back Trump.", "they would back Trump", "Trump", "support"),
    ("About a third of the delegates said they would back Kasich.", "they would back Kasich", "Kasich", "support"),
    # the one a help is promised or foreseen for, as the subject of the clause it governs (issue 15's stance25
    # round): "help *him* win" backs him; not helped, the other way; a help reported in the past is an event
    ("The organiser said the union will spend what it takes to help him unseat the sheriff.",
     "the union will spend what it takes to help him unseat the sheriff", "him", "support"),
    ("The strategist said the new ads will help the mayor win a second term.",
     "the new ads will help the mayor win a second term", "mayor", "support"),
    ("The strategist said the new ads will not help the mayor win a second term.",
     "the new ads will not help the mayor win a second term", "mayor", "oppose"),
    ("The strategist said the new ads helped the mayor win a second term.",
     "the new ads helped the mayor win a second term", "mayor", None),
    # helped to fail, the one helped is worked against (reviewed after the stance25 round)
    ("The strategist said the new ads will help the mayor lose the runoff.",
     "the new ads will help the mayor lose the runoff", "mayor", "oppose"),
    ("The strategist said the new ads will not help the mayor lose the runoff.",
     "the new ads will not help the mayor lose the runoff", "mayor", "support"),
    # an infinitive after a noun ("it is time to scrap ...") is a proposal, not a relative clause reporting what
    # others did (issue 15's stance25 round); "those who supported ..." still relates nothing
    ("The challenger said it is time to scrap the treasurer's parking levy.",
     "it is time to scrap the treasurer's parking levy", "treasurer", "oppose"),
    ("The activist said now is the moment to back the nurses.", "now is the moment to back the nurses", "nurses",
     "support"),
    # only after a noun of proposing, and reversed when the proposal is denied (reviewed after the stance25
    # round): an infinitive after a person or a pronoun describes someone
    ("The clerk said she was the first county official to endorse the treasurer.",
     "she was the first county official to endorse the treasurer", "treasurer", None),
    ("The clerk said Ortiz was the only council member to back the treasurer.",
     "Ortiz was the only council member to back the treasurer", "treasurer", None),
    ("The clerk said there is nobody to stop the treasurer.", "there is nobody to stop the treasurer",
     "treasurer", None),
    ("The activist said this is not the moment to abandon the nurses.",
     "this is not the moment to abandon the nurses", "nurses", "support"),
    ("The activist said there is no reason to back the treasurer.", "there is no reason to back the treasurer",
     "treasurer", "oppose"),
    ("The clerk said those who supported the senator were tired.", "those who supported the senator were tired",
     "senator", None),
    # "do away with" undoes; "do well with", "do business with" do nothing to their object (stance25 round)
    ("The treasurer said the council would do away with the parking levy.",
     "the council would do away with the parking levy", "levy", "oppose"),
    ("The governor said she expects to do well with young voters.", "she expects to do well with young voters",
     "voters", None),
    ("The mayor said the city will do business with the new contractor.",
     "the city will do business with the new contractor", "contractor", None),
]


@pytest.mark.parametrize(("text", "content", "word", "relation"), PHRASAL_RELATIONS)
def test_phrasal_target_relation(en_nlp, analyzer, text, content, word, relation):
    from claimex.pipeline import acts

    st, target = said_statement(en_nlp, analyzer, text, content, word)
    assert acts.target_relation(st, target) == relation


@pytest.mark.parametrize(("words", "pos", "heads", "deps", "proposed"), [
    # the parse the small model gives in a longer article: "to back" as a relative clause of a noun
    (["the", "plan", "of", "the", "council", "to", "close", "it"], ["DET", "NOUN", "ADP", "DET", "NOUN", "PART",
     "VERB", "PRON"], [1, 1, 1, 4, 2, 6, 1, 6], ["det", "ROOT", "prep", "det", "pobj", "aux", "relcl", "dobj"], False),
    (["their", "chance", "to", "back", "Alvarez"], ["PRON", "NOUN", "PART", "VERB", "PROPN"], [1, 1, 3, 1, 3],
     ["poss", "ROOT", "aux", "relcl", "dobj"], False),
    (["the", "time", "to", "end", "it"], ["DET", "NOUN", "PART", "VERB", "PRON"], [1, 1, 3, 1, 3],
     ["det", "ROOT", "aux", "relcl", "dobj"], True),
    (["the", "senator", "to", "back", "Alvarez"], ["DET", "NOUN", "PART", "VERB", "PROPN"], [1, 1, 3, 1, 3],
     ["det", "ROOT", "aux", "relcl", "dobj"], False),
    (["nobody", "to", "stop", "him"], ["PRON", "PART", "VERB", "PRON"], [0, 2, 0, 2],
     ["ROOT", "aux", "relcl", "dobj"], False),
    (["those", "who", "back", "Alvarez"], ["PRON", "PRON", "VERB", "PROPN"], [0, 2, 0, 2],
     ["ROOT", "nsubj", "relcl", "dobj"], False),
])
def test_an_infinitive_after_a_noun_no_one_holds_proposes(en_nlp, words, pos, heads, deps, proposed):
    """acts._proposed_infinitive (issue 15's stance25 round): "it is time to scrap ..." proposes the act; a noun
    held by someone ("the plan of the council to ...", "their chance") reports others' intent, and a person or
    a pronoun ("the senator to back ...", "nobody to stop ...") is described (lexicons.PROPOSAL_NOUNS)."""
    from spacy.tokens import Doc

    from claimex.pipeline import acts
    from claimex.pipeline.tokens import TokenTable

    doc = Doc(en_nlp.vocab, words=words, pos=pos, lemmas=[w.lower() for w in words], heads=heads, deps=deps)
    verb = next(t.i for t in doc if t.dep_ == "relcl")
    assert acts._proposed_infinitive(TokenTable.of(doc), verb) is proposed


#: (text, content, target word, stance): an assertion that a third party named backs or opposes the target reports
#: that party's deed, not the speaker's stance (acts._others_deed, issue 15's stance23 round); a pronoun may be
#: the speaker, and a deed foreseen or proposed still relates; a doubt raised is the content's, not a deed reported.
OTHERS_DEEDS = [
    ("The pollster said only two of the county's mayors publicly support the casino plan.",
     "only two of the county's mayors publicly support the casino plan", "plan", "neutral"),
    ("The pollster said the mayors would support the casino plan.", "the mayors would support the casino plan",
     "plan", "support"),
    ("The aide said she supports the casino plan.", "she supports the casino plan", "plan", "support"),
    # putting the target in doubt is no third party's deed: the doubt relation stands (acts._doubting)
    *DOUBTED,
]


@pytest.mark.parametrize(("text", "content", "word", "stance"), OTHERS_DEEDS)
def test_a_third_partys_deed_is_no_stance(en_nlp, analyzer, text, content, word, stance):
    from claimex.pipeline import acts

    st, target = said_statement(en_nlp, analyzer, text, content, word)
    assert acts.decide_stance(st, "assert", target, False)[0] == stance


@pytest.mark.parametrize(("text", "word", "against"), [
    ("A foreign government should hack the senator's emails.", "senator", True),
    ("The campaign aide should be terminated.", "aide", True),
    ("The senator's emails should be archived.", "senator", False),
])
def test_acted_against_reaches_the_owner_and_removals(en_nlp, text, word, against):
    from claimex.pipeline.acts import acted_against
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp(text)
    i = next(t.i for t in doc if t.text == word)
    assert acted_against(TokenTable.of(doc), i) is against


#: (text, content, stance): an observer's plain assertion with only mild evaluative words (an economist, a
#: pollster describing what is) takes no side: neutral, fixed by the rule (source "observer", since issue 15's
#: observer round); a strong word still decides.
OBSERVER_STANCES = [
    ('"Wages have stagnated for a decade and many families are struggling with debt," said Marcus Lee, an '
     "economist at the Brookings Institution.",
     "Wages have stagnated for a decade and many families are struggling with debt", "neutral"),
    ('"The senator\'s plan is a disgraceful betrayal of working families," said Tom Reyes, a Democratic '
     "strategist.", "The senator's plan is a disgraceful betrayal of working families", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "stance"), OBSERVER_STANCES)
def test_an_observers_description_takes_no_side(nlp, text, content, stance):
    assert [c.stance for c in extracted(nlp, text, content)] == [stance]


#: (text, content, act, stance): praise inside what someone other than the speaker is said to think, believe or
#: claim is that person's view, not the speaker's praise (rule "others_belief", issue 15's praise round); the
#: speaker's own belief ("I think", "she believes" in reported speech) still praises.
OTHERS_BELIEFS = [
    ('"The donors believe the governor is a brilliant manager," the challenger said.',
     "The donors believe the governor is a brilliant manager", "assert", "neutral"),
    ("The mayor said the developers claim the new tower will be a wonderful gift to the city.",
     "the developers claim the new tower will be a wonderful gift to the city", "assert", "neutral"),
    ('"He is far too smug about thinking that he is the certain winner," the governor said.',
     "He is far too smug about thinking that he is the certain winner", "accuse", "oppose"),
    ('"I think the new tax is a great victory," the senator said.', "I think the new tax is a great victory",
     "support", "support"),
    ("The senator said she believes the new tax is a great victory.",
     "she believes the new tax is a great victory", "assert", "support"),
]


@pytest.mark.parametrize(("text", "content", "act", "stance"), OTHERS_BELIEFS)
def test_praise_in_anothers_belief_is_not_the_speakers(nlp, text, content, act, stance):
    assert [(c.act, c.stance) for c in extracted(nlp, text, content)] == [(act, stance)]


#: (text, content, act, stance): a positive word that tells whom others back or like (a favour, a standing among
#: voters, their enthusiasm) reports their backing, not the speaker's praise (rule "others_favour", issue 15's act56
#: round); the speaker's own favour ("I favor", "my favorite", "we are excited") still praises.
OTHERS_FAVOUR = [
    ('"There is no question that the mayor excites crowds and motivates young people to vote," the professor '
     "said.", "There is no question that the mayor excites crowds and motivates young people to vote", "assert",
     "neutral"),
    ('"The senator is hugely popular with farmers and remains the clear favorite," the strategist said.',
     "The senator is hugely popular with farmers and remains the clear favorite", "assert", "neutral"),
    ('"The new voters are very excited and enthusiastic, and they are going to favor Lopez," the organizer said.',
     "The new voters are very excited and enthusiastic, and they are going to favor Lopez", "predict", "neutral"),
    ('"The governor is trying to lift the president\'s approval rating," the analyst said.',
     "The governor is trying to lift the president's approval rating", "assert", "neutral"),
    ('"We are so excited to welcome the new mayor," the farmer said.', "We are so excited to welcome the new mayor",
     "support", "support"),
    ('"My favorite candidate is a great leader," the farmer said.', "My favorite candidate is a great leader",
     "support", "support"),
    ('"I strongly favor the governor\'s plan," the farmer said.', "I strongly favor the governor's plan", "support",
     "support"),
]


@pytest.mark.parametrize(("text", "content", "act", "stance"), OTHERS_FAVOUR)
def test_anothers_favour_told_is_not_the_speakers_praise(nlp, text, content, act, stance):
    assert [(c.act, c.stance) for c in extracted(nlp, text, content)] == [(act, stance)]


def test_anothers_favour_weighs_on_in_the_balance_of_an_accusation(en_nlp, analyzer):
    """others_favour keeps the words out of the praise and the stance, not out of the balance
    :func:`~claimex.pipeline.acts.accusation` weighs (``Statement.favour_told``)."""
    text = '"The senator is hugely popular with farmers," the strategist said.'
    st, word = said_statement(en_nlp, analyzer, text, "The senator is hugely popular with farmers", "popular")
    assert word not in st.valences
    assert st.favour_told > 0


@pytest.mark.parametrize(("text", "stance"), [
    # no opposition read toward one's own principal without an act or a strong word against it
    ('"Mr. Hale is not available this week," said Paul Grant, a spokesman for Mr. Hale.', "neutral"),
    ('"Mr. Hale never said that," said Paul Grant, a spokesman for Mr. Hale.', "neutral"),
    # a denial on one's own behalf takes no side against it either
    ('"I did nothing wrong," Senator Lena Brooks said.', "neutral"),
    ("Paul Grant, a spokesman for Mr. Hale, denied that Mr. Hale had lied.", "neutral"),
    # an accusation of one's own side still opposes it
    ("Paul Grant, a spokesman for Mr. Hale, said Mr. Hale was a disgrace to the party.", "oppose"),
])
def test_the_stance_toward_the_speakers_own_side(nlp, text, stance):
    # rule own_side (issue 15's side round)
    (c,) = nlp(text)._.claims
    assert c.stance == stance


@pytest.mark.parametrize(("text", "target"), [
    # the stance model reads these as opposed; the rule's praise of one's own side stands (rule own_praise)
    ('"Senator Hale has not given up. He sees the next debate as a good opportunity to show true leadership," said '
     'Ann Ruiz, a spokeswoman for Senator Hale.', "Senator Hale"),
    ('"My mother has not given up. She sees the next debate as a good opportunity to show true leadership," the '
     "candidate's son said.", "My mother"),
])
def test_praise_of_the_speakers_own_side_supports_it(nlp, text, target):
    # issue 15's stance50 round: support, not the neutral the own_side rule gives an opposition
    (c,) = nlp(text)._.claims
    assert (c.target_text, c.stance) == (target, "support")


#: (text, clause target, stance): a gerund or "to" clause that is the subject of the content's first predicate
#: is the target (targets.clause_topic); the stance toward it is the evaluation its predicate gives the action
#: (rule "action_stance", issue 15's stance26 round), neutral where the predicate describes without evaluating.
ACTION_STANCES = [
    ('"Cutting the school lunch program in the middle of the year is a disgrace," the mayor said.',
     "Cutting the school lunch program in the middle of the year", "oppose"),
    ('"Expanding the child tax credit would help families across the state," the governor said.',
     "Expanding the child tax credit", "support"),
    ('"Raising the minimum wage to fifteen dollars would cost thousands of jobs," the governor said.',
     "Raising the minimum wage to fifteen dollars", "oppose"),
    # a harm done to something bad is a good: "would limit the damage" supports the action
    ('"Capping the late fees would limit abuse by storefront lenders," the treasurer said.',
     "Capping the late fees", "support"),
    ('"Closing the rural clinics in the county is not a good idea," the senator said.',
     "Closing the rural clinics in the county", "oppose"),
    ('"Rebuilding the old bridge will be our top priority next year," the mayor said.',
     "Rebuilding the old bridge", "support"),
    ('"Dropping the tariffs on steel would hamper the recovery of the mills," the union leader said.',
     "Dropping the tariffs on steel", "oppose"),
    ('"Keeping the library open on weekends was the right decision," the council speaker said.',
     "Keeping the library open on weekends", "support"),
    ('"Sending the recruits back to the front so soon would be the end of fair treatment," the general said.',
     "Sending the recruits back to the front", "oppose"),
    ('"Letting the students vote on the lunch menu is fine," the principal said.',
     "Letting the students vote on the lunch menu", "support"),
    ('"Suing the county over the new maps would be counterproductive," the party chairman said.',
     "Suing the county over the new maps", "oppose"),
    # describing, not evaluating
    ('"Winning a seat in this district is tough," the candidate said.', "Winning a seat in this district",
     "neutral"),
    ('"Balancing the budget means trimming spending in every department," the treasurer said.',
     "Balancing the budget", "neutral"),
    ('"Drafting the new charter will take several months," the council chairman said.', "Drafting the new charter",
     "neutral"),
    ('"Repairing the old pier will cost about $4 million," the harbor master said.', "Repairing the old pier",
     "neutral"),
]


@pytest.mark.parametrize(("text", "target", "stance"), ACTION_STANCES)
def test_the_stance_toward_an_action_is_what_its_predicate_says_of_it(nlp, text, target, stance):
    (c,) = nlp(text)._.claims
    assert (c.target_text, c.stance) == (target, stance)


@pytest.mark.parametrize(("text", "content", "word", "stance"), [
    # an expletive "it": the evaluative predicate before the clause
    ('"It would be a mistake to close the clinic before the winter," the mayor said.',
     "It would be a mistake to close the clinic before the winter", "close", "oppose"),
    ('"It is wise to keep the reserve fund for the next storm," the treasurer said.',
     "It is wise to keep the reserve fund for the next storm", "keep", "support"),
    # a gerund object: the verb of position
    ("The senator said she opposes raising the retirement age for teachers.",
     "she opposes raising the retirement age for teachers", "raising", "oppose"),
    ("The senator said she supports lowering the voting age for local elections.",
     "she supports lowering the voting age for local elections", "lowering", "support"),
])
def test_the_stance_toward_an_action_clause_in_other_places(en_nlp, analyzer, text, content, word, stance):
    from claimex.pipeline import acts

    st, target = said_statement(en_nlp, analyzer, text, content, word)
    assert acts.action_stance(st, target) == (stance, "action")


#: (text, content, target word, relation): issue 15's stance27 round. The subject a predicate puts in doubt is
#: opposed (rule questioned_subject), not the subject of a verb that puts its object in doubt, nor negated; the
#: object of "stand by" is backed (stood_by); the object of "appeal" is opposed (appealed), "appeal to" is no object.
STANCE27_RELATIONS = [
    ("The professor said the survey's method is still in question.", "the survey's method is still in question",
     "method", "oppose"),
    ("The professor said the survey's method is still in question.", "the survey's method is still in question",
     "survey", "oppose"),
    ("The professor said the survey's method is not in question.", "the survey's method is not in question",
     "method", None),
    ("The panel said the new grants call into question the judge's impartiality.",
     "the new grants call into question the judge's impartiality", "grants", None),
    ("The reporter said she stands by her account of the meeting.", "she stands by her account of the meeting",
     "account", "support"),
    ("The county clerk said the office will appeal the ruling.", "the office will appeal the ruling", "ruling",
     "oppose"),
    ("The candidate said she will appeal to younger voters.", "she will appeal to younger voters", "voters", None),
]


@pytest.mark.parametrize(("text", "content", "word", "relation"), STANCE27_RELATIONS)
def test_stance27_target_relation(en_nlp, analyzer, text, content, word, relation):
    from claimex.pipeline import acts

    st, target = said_statement(en_nlp, analyzer, text, content, word)
    assert acts.target_relation(st, target) == relation


#: (text, content, target word, stance): acts.harm_done (issue 15's stance27 round). A target that is the active
#: subject of a harming verb with a noun object is opposed (its possessor too), supported where the harm is done to
#: something bad, the other way negated; a price ("would have cost less") is no harm.
HARMS_DONE = [
    ("The mayor said the senator's tariff plan would jeopardize hundreds of farms.",
     "the senator's tariff plan would jeopardize hundreds of farms", "plan", "oppose"),
    ("The mayor said the senator's tariff plan would jeopardize hundreds of farms.",
     "the senator's tariff plan would jeopardize hundreds of farms", "senator", "oppose"),
    ("The mayor said the new rule would limit abuse by lenders.", "the new rule would limit abuse by lenders",
     "rule", "support"),
    ("The mayor said the levy will not hamper the recovery.", "the levy will not hamper the recovery", "levy",
     "support"),
    ("The treasurer said the stadium roof would have cost less than a library.",
     "the stadium roof would have cost less than a library", "roof", None),
    ("The treasurer said the stadium roof would cost the county $4 million.",
     "the stadium roof would cost the county $4 million", "roof", None),
]


@pytest.mark.parametrize(("text", "content", "word", "stance"), HARMS_DONE)
def test_harm_done(en_nlp, analyzer, text, content, word, stance):
    from claimex.pipeline import acts

    st, target = said_statement(en_nlp, analyzer, text, content, word)
    assert acts.harm_done(st, target) == stance


#: (text, content, target, stance): through the whole pipeline (mend5). A harming verb whose object the lexicon
#: weighs neither way is no harm done (`acts.harm_done`); "no longer in question" puts nothing in doubt, "came under
#: scrutiny" does (`acts._questioned_subject`); "stand by" a place backs nothing (`acts._stood_by_object`).
MEND5_STANCES = [
    ('"The new ordinance would limit emissions from the mill," the senator said.',
     "The new ordinance would limit emissions from the mill", "The new ordinance", "neutral"),
    ('"The outcome of the vote is no longer in question," the chairman said.',
     "The outcome of the vote is no longer in question", "The outcome of the vote", "neutral"),
    ('"The senator\'s record came under scrutiny," the aide said.',
     "The senator's record came under scrutiny", "The senator", "oppose"),
    ('"We will stand by the levee all night," the fire chief said.',
     "We will stand by the levee all night", "the levee", "neutral"),
    # what one wrote or drew of something is stood by as a statement is
    ("Asked about the film, the director said he stands by the portrayal.",
     "he stands by the portrayal", "the portrayal", "support"),
]


@pytest.mark.parametrize(("text", "content", "target", "stance"), MEND5_STANCES)
def test_mend5_stances(nlp, text, content, target, stance):
    assert [(c.target_text, c.stance) for c in extracted(nlp, text, content)] == [(target, stance)]


#: (text, content, target, stance): a redress asked in other words than a verb of redress (rule "redress_owed",
#: `acts.redress_owed`, issue 15's stance30 round): a noun of redress made or offered, a passive "held
#: accountable / to account", opposes the one it is asked of; a payment that is no redress still supports.
REDRESS_OWED = [
    ("The league demanded that the owner issue a formal apology to the fans.",
     "the owner issue a formal apology to the fans", "the owner", "oppose"),
    ("The tenants said Mr. Ferris should make amends to the families on the third floor.",
     "Mr. Ferris should make amends to the families on the third floor", "Mr. Ferris", "oppose"),
    ("The auditor said the treasurer must be held accountable for the missing funds.",
     "the treasurer must be held accountable for the missing funds", "the treasurer", "oppose"),
    ("The coach said the referee should be held to account.", "the referee should be held to account",
     "the referee", "oppose"),
    # read inside the content only: the other clause the cue asks for is no redress of this one's subject
    ("The club demanded that the coach make a public apology or that the owner fire him.",
     "the owner fire him", "the owner", "support"),
    ("The union said the new contract must give the drivers a fair raise.",
     "the new contract must give the drivers a fair raise", "a fair raise", "support"),
]


@pytest.mark.parametrize(("text", "content", "target", "stance"), REDRESS_OWED)
def test_redress_owed(nlp, text, content, target, stance):
    assert [(c.target_text, c.stance) for c in extracted(nlp, text, content)] == [(target, stance)]


#: (issue 15's act35 round, after its blind judging) a denial that two things are linked takes no side toward
#: its target; the stance model, which reads a denial as opposition, is not asked
LINK_DENIED = [
    ("The spokeswoman said the senator's vote had nothing to do with the donations.",
     "the senator's vote had nothing to do with the donations"),
    ("The club said the coach's departure was unrelated to the losing streak.",
     "the coach's departure was unrelated to the losing streak"),
]


@pytest.mark.parametrize(("text", "content"), LINK_DENIED)
def test_a_denied_link_takes_no_side(nlp, text, content):
    claims = extracted(nlp, text, content)
    assert [(c.act, c.stance) for c in claims] == [("deny", "neutral")]


#: (text, content, word, reads nothing): acts.adjective_only (issue 15's stance44 round). A scored word that
#: praises only as an adjective ("right", "fair", "novel") evaluates nothing as a noun (an entitlement, the political
#: side), an adverb or a part of a hyphened wing; as an adjective it still does.
ADJECTIVE_ONLY = [
    ("The lawyer said the landlord kept the right to cancel the lease.",
     "the landlord kept the right to cancel the lease", "right", True),
    ("The organiser said the tenants' rights group meets on Tuesdays.",
     "the tenants' rights group meets on Tuesdays", "rights", True),
    ("The pollster said the far-right bloc holds nine seats.", "the far-right bloc holds nine seats", "right", True),
    ("The clerk said the vote would be counted right away.", "the vote would be counted right away", "right", True),
    ("The coach said the board made the right choice.", "the board made the right choice", "right", False),
    ("The mayor said the referee was fair to both teams.", "the referee was fair to both teams", "fair", False),
    # "articulate" as a verb praises no one (stance45 round); as an adjective it does
    ("The senator said the concerns articulated by the nurses were ignored.",
     "the concerns articulated by the nurses were ignored", "articulated", True),
    ("The aide said the governor is an articulate defender of the plan.",
     "the governor is an articulate defender of the plan", "articulate", False),
]


@pytest.mark.parametrize(("text", "content", "word", "unevaluative"), ADJECTIVE_ONLY)
def test_adjective_only(en_nlp, analyzer, text, content, word, unevaluative):
    from claimex.pipeline import acts

    st, i = said_statement(en_nlp, analyzer, text, content, word)
    assert acts.adjective_only(st.table, i) is unevaluative


#: (text, content, stance): the stance of a content whose only scored word is one used in a sense that evaluates
#: nothing (rule adjective_only): no support; the adjective still supports
ADJECTIVE_ONLY_STANCES = [
    ("The lawyer said the tenants have the right to a hearing.", "the tenants have the right to a hearing",
     "neutral"),
    ("The pollster said the far-right bloc holds nine seats.", "the far-right bloc holds nine seats", "neutral"),
    ("The coach said the board made the right choice.", "the board made the right choice", "support"),
]


@pytest.mark.parametrize(("text", "content", "stance"), ADJECTIVE_ONLY_STANCES)
def test_adjective_only_stance(en_nlp, analyzer, text, content, stance):
    assert analysed(en_nlp, analyzer, text, content, "said")["stance"] == stance


#: (text, content, act, stance): an evaluative idiom counts in the content's evaluation as a scored word does
#: (lexicons.EVALUATIVE_IDIOMS, acts.idioms; issue 15's idiom45 round). Word by word none of them is scored, and
#: the claims were neutral assertions before.
IDIOMS = [
    ("Senator Hale is out of touch with ordinary voters, the mayor said on Tuesday.",
     "Senator Hale is out of touch with ordinary voters", "accuse", "oppose"),
    ("The governor said the council had thrown the teachers under the bus.",
     "the council had thrown the teachers under the bus", "accuse", "oppose"),
    ("\"The budget plan is a joke,\" the treasurer said.", "The budget plan is a joke", "assert", "oppose"),
    ("The union leader said the company's promises were just hot air.",
     "the company's promises were just hot air", "assert", "oppose"),
    ("The senator said the mayor's speech knocked it out of the park.",
     "the mayor's speech knocked it out of the park", "assert", "support"),
    ("The mayor said the new rules were a step in the right direction.",
     "the new rules were a step in the right direction", "assert", "support"),
]


@pytest.mark.parametrize(("text", "content", "act", "stance"), IDIOMS)
def test_idiom_evaluates(nlp, text, content, act, stance):
    claims = extracted(nlp, text, content)
    assert [(c.act, c.stance) for c in claims] == [(act, stance)]


#: (text, content, word, valence): the idiom's valence sits on its head; a joke told is no idiom
IDIOM_HEADS = [
    ("The mayor said Senator Hale is out of touch with voters.", "Senator Hale is out of touch with voters", "out",
     -2.0),
    ("The union said the inquiry was a witch hunt.", "the inquiry was a witch hunt", "hunt", -2.0),
    ("The players said the coach told a joke about the weather.", "the coach told a joke about the weather", "joke",
     None),
    ("The mayor said the flooding was not a joke.", "the flooding was not a joke", "joke", None),
]


@pytest.mark.parametrize(("text", "content", "word", "valence"), IDIOM_HEADS)
def test_idiom_valence(en_nlp, analyzer, text, content, word, valence):
    st, i = said_statement(en_nlp, analyzer, text, content, word)
    assert st.valences.get(i) == valence
    assert sorted(st.valences) == ([] if valence is None else [i])  # its other words are not read alone ("witch")

#: (text, content, stance): a quality said in excess is a fault (rule excess_stance, issue 15's stance46 round), a
#: praise word under "too" too; "not too late" is no fault
EXCESS_STANCES = [
    ("The donor said the senator is too principled to win.", "the senator is too principled to win", "oppose"),
    ("The columnist said the new tax plan is too cautious.", "the new tax plan is too cautious", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "stance"), EXCESS_STANCES)
def test_excess_stance(en_nlp, analyzer, text, content, stance):
    assert analysed(en_nlp, analyzer, text, content, "said")["stance"] == stance


@pytest.mark.parametrize(("text", "content"), [
    ("The aide said it is not too late for the board to act.", "it is not too late for the board to act"),
    ("The aide said it was too early to congratulate the winners.", "it was too early to congratulate the winners"),
])
def test_excess_not_a_fault(en_nlp, analyzer, text, content):
    # under a negated copula, or said of an extraposed "it" (the time for a deed), "too" finds no fault
    from claimex.pipeline import acts

    st, _ = said_statement(en_nlp, analyzer, text, content, "too")
    assert acts.excess_fault(st) is None


#: (text, content, word, negative): a predicate noun negated by a word of its own reverses its valence (rule
#: negated_nominal, issue 15's stance46 round); "there is no excuse" is no predication
NEGATED_NOMINALS = [
    ("The rival said running a charity is a hobby, not an accomplishment.",
     "running a charity is a hobby, not an accomplishment", "accomplishment", True),
    ("The councilman said the deal was no victory for the city.", "the deal was no victory for the city",
     "victory", True),
    ("The councilman said the deal was a victory for the city.", "the deal was a victory for the city",
     "victory", False),
    ("The coach said there is no disgrace in losing the final.", "there is no disgrace in losing the final", "disgrace",
     True),
]


@pytest.mark.parametrize(("text", "content", "word", "negative"), NEGATED_NOMINALS)
def test_negated_nominal(en_nlp, analyzer, text, content, word, negative):
    st, i = said_statement(en_nlp, analyzer, text, content, word)
    assert (st.valences[i] < 0) is negative


def test_predicate_kept_against_the_model(nlp):
    # rule predicate_kept (issue 15's stance46 round): a strong word said of the target as its predicate keeps the
    # rule's oppose, which the fitted stance model alone would turn neutral
    claims = extracted(nlp, "The aide said the former television host is mentally unstable.",
                       "the former television host is mentally unstable")
    assert [c.stance for c in claims] == ["oppose"]



#: (text, content, target, stance): the adjectives of a noun said of the target as what it is decide the stance
#: (rule predicated_quality, issue 15's stance49 round), a negated "make" or a negated belief turning them
PREDICATED_QUALITIES = [
    ('"I think he will make a good governor after the election," said Maria Ortiz, a nurse from Dayton.',
     "I think he will make a good governor after the election", "he", "support"),
    ('"He will not make a good governor," said Maria Ortiz, a nurse from Dayton.',
     "He will not make a good governor", "He", "oppose"),
    ('"I don\'t think he will make a good governor after the election," said Maria Ortiz, a nurse from Dayton.',
     "I don't think he will make a good governor after the election", "he", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "target", "stance"), PREDICATED_QUALITIES)
def test_predicated_quality(nlp, text, content, target, stance):
    assert [(c.target_text, c.stance) for c in extracted(nlp, text, content)] == [(target, stance)]


def test_predicated_quality_not_in_a_denial(en_nlp, analyzer):
    # a denial rejects the quality it names: predicated_quality reads only what the speaker says the target is
    from claimex import lexicons as lx
    from claimex.pipeline import acts

    st, mayor = said_statement(en_nlp, analyzer, "The spokesman said the mayor will be a good manager.",
                               "the mayor will be a good manager", "mayor")
    assert acts.decide_stance(st, lx.PREDICT, mayor, False) == ("support", "quality")
    assert acts.decide_stance(st, lx.DENY, mayor, False)[1] != "quality"


@pytest.mark.parametrize(("text", "content"), [
    ("The aide said the voters are furious.", "the voters are furious"),
    ("The organizer said people are angry.", "people are angry"),
])
def test_target_mood_is_no_stance(nlp, text, content):
    # rule target_mood (issue 15's stance49 round): a mood said of the target tells how it feels, no stance
    # toward it, which the content's evaluation read as oppose
    assert [c.stance for c in extracted(nlp, text, content)] == ["neutral"]


def test_mood_about_someone_named_still_opposes(nlp):
    # a mood with a person or organisation in its own phrase is a grievance against them: not target_mood's
    claims = extracted(nlp, "The aide said the voters are furious with the council.",
                       "the voters are furious with the council")
    assert [c.stance for c in claims] == ["oppose"]


#: (text, content, act, stance): a good quality of a predicate noun under a negated belief verb is denied, as under
#: a negated "be" (rule believed_quality, issue 15's stance51 round); the belief unnegated still praises
BELIEVED_QUALITIES = [
    ('"I don\'t think he is a good leader," said Maria Ortiz, a nurse from Dayton.',
     "I don't think he is a good leader", "accuse", "oppose"),
    ('"I do not think the new mayor is a strong candidate," said Maria Ortiz, a nurse from Dayton.',
     "I do not think the new mayor is a strong candidate", "accuse", "oppose"),
    ('"I think he is a good leader," said Maria Ortiz, a nurse from Dayton.',
     "I think he is a good leader", "support", "support"),
]


@pytest.mark.parametrize(("text", "content", "act", "stance"), BELIEVED_QUALITIES)
def test_believed_quality(nlp, text, content, act, stance):
    assert [(c.act, c.stance) for c in extracted(nlp, text, content)] == [(act, stance)]


@pytest.mark.parametrize(("text", "negative"), [
    ("The senator said she did not think the new contract is a good deal for the workers.", True),
    ('The senator said she did not think "the new contract is a good deal" for the workers.', False),
])
def test_believed_quality_not_across_a_quote(en_nlp, analyzer, text, negative):
    # rule believed_quality: a negated belief verb turns the adjective of the predicate noun under it, but not from
    # outside the quotation marks around the predicate (the writer's frame, not the speaker's negation)
    st, good = said_statement(en_nlp, analyzer, text, "the new contract is a good deal", "good")
    assert (st.valences[good] < 0) is negative


#: (text, content, act, stance): the fault of whom "unlike" sets the statement against praises the one it is set
#: against (rule contrasted_other, issue 15's stance52 round); the same fault said outright still accuses
CONTRASTED_OTHERS = [
    ('"At least he\'s honest. He tells you what he believes, unlike his rival, who will lie and lie," she said.',
     "At least he's honest. He tells you what he believes, unlike his rival, who will lie and lie", "support",
     "support"),
    ('"Unlike the reckless council, the mayor kept the budget in order," the auditor said.',
     "Unlike the reckless council, the mayor kept the budget in order", "assert", "support"),
    ('"The reckless council wasted the budget," the auditor said.',
     "The reckless council wasted the budget", "accuse", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "act", "stance"), CONTRASTED_OTHERS)
def test_contrasted_other(nlp, text, content, act, stance):
    assert [(c.act, c.stance) for c in extracted(nlp, text, content)] == [(act, stance)]


#: (text, content, act, stance): a harm named as what a deed combats or shields from is what the doer works against,
#: no fault of the doer nor praise of anyone (rule combated_harm, issue 15's stance53 round); the harm let spread
#: still accuses
COMBATED_HARMS = [
    ("The governor said the mayor has worked hard to fight poverty and crime in the city.",
     "the mayor has worked hard to fight poverty and crime in the city", "assert", "neutral"),
    ("The governor said the mayor will protect families from violence and poverty.",
     "the mayor will protect families from violence and poverty", "predict", "neutral"),
    ("The spokesman said the mayor launched a crackdown on fraud and waste at city hall.",
     "the mayor launched a crackdown on fraud and waste at city hall", "assert", "neutral"),
    ("The senator said the mayor has failed the city and let crime and corruption spread.",
     "the mayor has failed the city and let crime and corruption spread", "accuse", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "act", "stance"), COMBATED_HARMS)
def test_combated_harm(nlp, text, content, act, stance):
    assert [(c.act, c.stance) for c in extracted(nlp, text, content)] == [(act, stance)]


@pytest.mark.parametrize(("text", "content", "word", "scored"), [
    ("The senator said the council must tackle the crisis now.", "the council must tackle the crisis now", "crisis",
     None),
    ("The senator said the council must protect families from the crisis.",
     "the council must protect families from the crisis", "crisis", None),
    # a harm left alone is the fault: "not fix" it weighs against (before the round the negation made it praise)
    ("The senator said the council did not fix the crisis.", "the council did not fix the crisis", "crisis",
     "negative"),
    # not a passive subject, nor a harm laid on someone named
    ("The senator said the crisis will get solved when the mayor leaves.",
     "the crisis will get solved when the mayor leaves", "crisis", "negative"),
    ("The senator said the council must overcome the chaos Mayor Smith has brought.",
     "the council must overcome the chaos Mayor Smith has brought", "chaos", "negative"),
    ("The senator said voters will defeat the corrupt mayor.", "voters will defeat the corrupt mayor", "corrupt",
     "negative"),
])
def test_combated_harm_valence(en_nlp, analyzer, text, content, word, scored):
    # rule combated_harm: a negative noun that is the object of a verb of combating weighs nothing, and against where
    # the combating is negated; an adjective on the one defeated keeps its sign
    st, i = said_statement(en_nlp, analyzer, text, content, word)
    assert (None if i not in st.valences else "negative" if st.valences[i] < 0 else "positive") == scored

#: (text, content, act, stance): a fault said of "nothing" is denied, as "is not wrong" denies it (rule
#: nothing_quality, issue 15's stance55 round): no accusation, no opposition; a comparative with "nothing" and a
#: fault said of "something" still accuse or oppose
NOTHING_QUALITIES = [
    ("The senator said there was nothing wrong with the mayor's trip.",
     "there was nothing wrong with the mayor's trip", "assert", "neutral"),
    ("The lawyer said his client did nothing wrong.", "his client did nothing wrong", "deny", "neutral"),
    ('"There is nothing worse than a mayor who lies," the senator said.',
     "There is nothing worse than a mayor who lies", "assert", "oppose"),
    ("The senator said something was wrong with the mayor's plan.", "something was wrong with the mayor's plan",
     "accuse", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "act", "stance"), NOTHING_QUALITIES)
def test_nothing_quality(nlp, text, content, act, stance):
    assert [(c.act, c.stance) for c in extracted(nlp, text, content)] == [(act, stance)]


@pytest.mark.parametrize(("text", "content", "word", "scored"), [
    ("The senator said there was nothing wrong with the mayor's trip.",
     "there was nothing wrong with the mayor's trip", "wrong", "positive"),
    ("The lawyer said his client did nothing wrong.", "his client did nothing wrong", "wrong", "positive"),
    ("The auditors said they found nothing improper in the accounts.",
     "they found nothing improper in the accounts", "improper", "positive"),
    ("The senator said nothing good has come of the plan.", "nothing good has come of the plan", "good", "negative"),
    # a comparative says the most of what it compares; "something" denies nothing
    ("The senator said there is nothing worse than a mayor who lies.",
     "there is nothing worse than a mayor who lies", "worse", "negative"),
    ("The senator said something was wrong with the plan.", "something was wrong with the plan", "wrong",
     "negative"),
])
def test_nothing_quality_valence(en_nlp, analyzer, text, content, word, scored):
    # rule nothing_quality: a quality said of "nothing" has its sign turned
    st, i = said_statement(en_nlp, analyzer, text, content, word)
    assert (None if i not in st.valences else "negative" if st.valences[i] < 0 else "positive") == scored


PRAISE_OF_A_PERSON = [
    # issue 15's act59 round: praise of a person the praise rules missed (each was assert before)
    ('"The senator is not a quitter," the aide said.', "The senator is not a quitter", "support", "support"),
    ('"He is not a grandstander, just a hard worker," the chairman said.',
     "He is not a grandstander, just a hard worker", "support", "support"),
    ('"She is the most qualified person in this race," the senator said.',
     "She is the most qualified person in this race", "support", "support"),
    ('"They\'re both qualified," the governor said.', "They're both qualified", "support", "support"),
    ('"The senator ticks every box," the organizer said.', "The senator ticks every box", "support", "support"),
    ('"Maria Lopez is what we’ve been waiting for," the organizer said.', "Maria Lopez is what we’ve been waiting for",
     "support", "support"),
    ('"There has never been a candidate more qualified than Maria Lopez to lead this state," the mayor said.',
     "There has never been a candidate more qualified than Maria Lopez to lead this state", "support", "support"),
    ('"Nobody is more qualified than Maria Lopez," the mayor said.', "Nobody is more qualified than Maria Lopez",
     "support", "support"),
    ('"Nobody is more loyal to the farmers than Tom Reyes," Ann Smith said.',
     "Nobody is more loyal to the farmers than Tom Reyes", "support", "support"),
    # counterparts: the speaker named again, a person compared (both as before); a fault said of a person
    ('"Nobody is more loyal to the farmers than Tom Reyes," Reyes said.',
     "Nobody is more loyal to the farmers than Tom Reyes", "assert", "oppose"),
    ('"He is not more qualified than Maria Lopez," the mayor said.', "He is not more qualified than Maria Lopez",
     "accuse", "oppose"),
    ('"The senator is a narcissist," the mayor said.', "The senator is a narcissist", "accuse", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "act", "stance"), PRAISE_OF_A_PERSON)
def test_praise_of_a_person_supports(nlp, text, content, act, stance):
    # rules person_faults, merit_qualified, merit_idiom, none_better (issue 15's act59 round)
    assert [(c.act, c.stance) for c in extracted(nlp, text, content)] == [(act, stance)]


#: (text, content, target, stance): a warning against something is a demand that it not be done (rule
#: "warned_against", `acts.warned_against`, issue 15's stance56 round): against what it names, for what the
#: content would undo; a warning with no "against" is left to the other rules.
WARNED_AGAINST = [
    ("The mayor warned against raising the bus fares again next year.",
     "raising the bus fares again next year", "the bus fares", "oppose"),
    ("The governor warned against the plan to close the county hospital.",
     "the plan to close the county hospital", "the plan to close the county hospital", "oppose"),
    ("The union leaders warned against cutting the pensions of retired teachers.",
     "cutting the pensions of retired teachers", "the pensions of retired teachers", "support"),
    ("The teachers called for more funding for rural schools.", "more funding for rural schools",
     "more funding for rural schools", "support"),
]


@pytest.mark.parametrize(("text", "content", "target", "stance"), WARNED_AGAINST)
def test_warned_against(nlp, text, content, target, stance):
    assert [(c.act, c.target_text, c.stance) for c in extracted(nlp, text, content)] == [("demand", target, stance)]


#: (text, content, target, stance): a demand backs the sanction it asks for where the target is the measure itself
#: (rule "sanction_itself", `acts.sanction_itself`, issue 15's stance57 round); the one the measure is taken against,
#: named by a possessive or an "of" object, is still opposed (rule "sanction"), and an end to a measure too.
SANCTION_ITSELF = [
    ("The union called for a Delta boycott.", "a Delta boycott", "a Delta boycott", "support"),
    ("The students called for a boycott of the festival.", "a boycott of the festival", "a boycott of the festival",
     "support"),
    ("The party called for the deportation of foreigners convicted of violent crimes.",
     "the deportation of foreigners convicted of violent crimes",
     "the deportation of foreigners convicted of violent crimes", "support"),
    ("The groups called for her ouster.", "her ouster", "her ouster", "oppose"),
    ("Republican lawmakers called for the impeachment of Attorney General Mary Lowe.",
     "the impeachment of Attorney General Mary Lowe", "the impeachment of Attorney General Mary Lowe", "oppose"),
    ("The mayor called for an end to the boycott.", "an end to the boycott", "the boycott", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "target", "stance"), SANCTION_ITSELF)
def test_sanction_itself(nlp, text, content, target, stance):
    assert [(c.act, c.target_text, c.stance) for c in extracted(nlp, text, content)] == [("demand", target, stance)]


#: (text, content, target, stance): a "keep" with a complement is a deed asked of the one who must keep it so
#: (rule "kept_going", `acts._kept_going`, issue 15's stance56 round), so the addressee rule leaves them to the
#: content (neutral here); a "keep" with an object alone is a benefit wished for its subject (support).
KEPT_GOING = [
    ("She said the next president must keep the country safe.", "the next president must keep the country safe",
     "the next president", "neutral"),
    ("She said Congress has to keep the government open.", "Congress has to keep the government open", "Congress",
     "neutral"),
    ("The coach urged the players to keep running after the whistle.", "the players to keep running after the whistle",
     "the players", "neutral"),
    ("He said the workers should keep their jobs.", "the workers should keep their jobs", "the workers", "support"),
]


@pytest.mark.parametrize(("text", "content", "target", "stance"), KEPT_GOING)
def test_kept_going(nlp, text, content, target, stance):
    assert [(c.act, c.target_text, c.stance) for c in extracted(nlp, text, content)] == [("demand", target, stance)]


#: (text, content, target, stance): the object of a verb of asking inside a quote, with the action asked, is the
#: one asked to act (rule "asked_within", `acts._asked_within`, issue 15's stance56 round): the addressee rule
#: leaves the stance to the content.
ASKED_WITHIN = [
    ('"I strongly urge the government to release the files," the senator said.',
     "I strongly urge the government to release the files", "the government", "neutral"),
    ('"We are asking all the candidates to sign the pledge," the organizer said.',
     "We are asking all the candidates to sign the pledge", "all the candidates", "neutral"),
]


@pytest.mark.parametrize(("text", "content", "target", "stance"), ASKED_WITHIN)
def test_asked_within(nlp, text, content, target, stance):
    assert [(c.act, c.target_text, c.stance) for c in extracted(nlp, text, content)] == [("demand", target, stance)]


#: (text, content, word, sign): a praise word said to be missing has its sign turned (rule "privative",
#: `acts._privative`, issue 15's stance58 round): the object of "without", the "of" object of a word of lack, a noun
#: under an adjective of too little. Left as it is: a negated privation, a "without" that sets a condition for a deed
#: not done, a noun of too little in an existential, "nothing short of", and a harm said to be missing.
PRIVATIVE = [
    ("The senator said the mayor acted without courage.", "the mayor acted without courage", "courage", -1),
    ("The donor said she sees a governor without the intellectual curiosity the office needs.",
     "she sees a governor without the intellectual curiosity the office needs", "intellectual", -1),
    ("The senator said the mayor's plan shows a lack of courage.", "the mayor's plan shows a lack of courage",
     "courage", -1),
    ("The union said the governor has shown too little compassion for the workers.",
     "the governor has shown too little compassion for the workers", "compassion", -1),
    ("The critic said the new museum is devoid of charm.", "the new museum is devoid of charm", "charm", -1),
    ("The senator said the plan is not without merit.", "the plan is not without merit", "merit", 1),
    ("The aide said it will be hard for the governor to win without a unified party behind him.",
     "it will be hard for the governor to win without a unified party behind him", "unified", 1),
    ('"There\'s so little opportunity for young workers in this town," she said.',
     "There's so little opportunity for young workers in this town", "opportunity", 1),
    ("The critic said the film was nothing short of brilliant.", "the film was nothing short of brilliant",
     "brilliant", 1),
    ("The senator said the mayor acted without fear.", "the mayor acted without fear", "fear", -1),
]


@pytest.mark.parametrize(("text", "content", "word", "sign"), PRIVATIVE)
def test_privative(en_nlp, analyzer, text, content, word, sign):
    st, i = said_statement(en_nlp, analyzer, text, content, word)
    assert (st.valences[i] > 0) == (sign > 0)


#: (text, content, act, target, stance): the claims the privative turns, read whole.
PRIVATIVE_CLAIMS = [
    ("The senator said the mayor acted without courage.", "the mayor acted without courage", "accuse", "the mayor",
     "oppose"),
    ("The union said the governor has shown too little compassion for the workers.",
     "the governor has shown too little compassion for the workers", "accuse", "the governor", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "act", "target", "stance"), PRIVATIVE_CLAIMS)
def test_privative_claims(nlp, text, content, act, target, stance):
    assert [(c.act, c.target_text, c.stance) for c in extracted(nlp, text, content)] == [(act, target, stance)]


#: (text, content, faulted): a subject called insufficient is faulted for the stance (rule "privative_predicate",
#: `acts.privative_fault`, issue 15's stance58 round); not under a negated copula, nor as a modifier.
PRIVATIVE_PREDICATE = [
    ("The senator said the agency's response has been insufficient.", "the agency's response has been insufficient",
     True),
    ("The governor said the council's reforms were not insufficient.", "the council's reforms were not insufficient",
     False),
    ("The lawyer said there was insufficient evidence to charge the mayor.",
     "there was insufficient evidence to charge the mayor", False),
]


@pytest.mark.parametrize(("text", "content", "faulted"), PRIVATIVE_PREDICATE)
def test_privative_predicate(en_nlp, analyzer, text, content, faulted):
    from claimex.pipeline import acts

    st, i = said_statement(en_nlp, analyzer, text, content, "insufficient")
    assert (acts.stance_valences(st).get(i, 0.0) <= -acts.PREDICATION_THRESHOLD) == faulted


#: (text, content, cue, target, stance): a demand to undo its target, or what the target brought about, opposes it
#: (rule "demanded_undoing", issue 15's stance64 round): the object of a verb of removal or overcoming, WordNet's
#: synonyms of "eliminate" / "defeat" among them ("get rid of", "overcome"); the doer of what is to be overcome; a
#: third party asked to rethink or undo their own deed. A demand to do something else still supports.
DEMANDED_UNDOING = [
    ('"We must move to overcome the division the reckless governor has brought to this state," the senator said.',
     "We must move to overcome the division the reckless governor has brought to this state", "said",
     "the division", "oppose"),
    ('"We should get rid of the county commissioners entirely," the activist said.',
     "We should get rid of the county commissioners entirely", "said", "the county commissioners", "oppose"),
    ('"I think she has got to rethink her plan for the harbour," the councillor said.',
     "I think she has got to rethink her plan for the harbour", "said", "she", "oppose"),
    # left as they were: a demand to do something else
    ('"We should get behind the county commissioners," the activist said.',
     "We should get behind the county commissioners", "said", "the county commissioners", "support"),
]


@pytest.mark.parametrize(("text", "content", "cue", "target", "stance"), DEMANDED_UNDOING)
def test_a_demand_to_undo_opposes_what_it_undoes(en_nlp, analyzer, text, content, cue, target, stance):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["act"], c["target_text"], c["stance"]) == ("demand", target, stance)


@pytest.mark.parametrize(("text", "content", "word", "undone"), [
    # the doer of what is to be overcome, the owner of what is to be got rid of
    ('"We must overcome the division the governor has brought to this state," the senator said.',
     "We must overcome the division the governor has brought to this state", "governor", True),
    ('"We should get rid of the governor\'s commission entirely," the activist said.',
     "We should get rid of the governor's commission entirely", "governor", True),
    # not undone: a deed of the past, a verb negated, one's own side, a deed not the subject's own
    ('"The council got rid of the commissioners last year," the activist said.',
     "The council got rid of the commissioners last year", "commissioners", False),
    ('"We should not get rid of the commissioners," the activist said.',
     "We should not get rid of the commissioners", "commissioners", False),
    ('"She has to rethink the county\'s plan," the councillor said.',
     "She has to rethink the county's plan", "She", False),
    # a conjunct of what is to be got rid of; a thing's effect foreseen asks nothing
    ('"We have to get rid of the toll and the levy," the activist said.',
     "We have to get rid of the toll and the levy", "levy", True),
    ('"The merger would take jobs away from the town," the activist said.',
     "The merger would take jobs away from the town", "jobs", False),
])
def test_demanded_undoing_reaches_the_doer_the_owner_and_conjuncts(en_nlp, analyzer, text, content, word, undone):
    st, target = said_statement(en_nlp, analyzer, text, content, word)
    assert demanded_undoing(st, target) is undone


#: (text, content, target, stance): (issue 15's stance65 round) a sanction withheld from the target (no charges, no
#: prosecution) takes no side against it: the stance is neutral, whatever the stance model would read into the
#: negation; a sanction not withheld still opposes
SPARED_SANCTION = [
    ("The director said he would not recommend charges against Senator Hale for mishandling the files.",
     "he would not recommend charges against Senator Hale for mishandling the files", "Senator Hale", "neutral"),
    ("Prosecutors said the county treasurer will not be prosecuted over the missing funds.",
     "the county treasurer will not be prosecuted over the missing funds", "the county treasurer", "neutral"),
    ("The review board advised that no charges should be brought against the harbour master.",
     "no charges should be brought against the harbour master", "the harbour master", "neutral"),
    ("Republicans asked about his decision not to recommend that the mayor be prosecuted.",
     "the mayor be prosecuted", "the mayor", "neutral"),
    ("The director said he would recommend charges against Senator Hale for mishandling the files.",
     "he would recommend charges against Senator Hale for mishandling the files", "Senator Hale", "oppose"),
]


#: (text, content, target, stance): a refused admission (rule "refused_admission", issue 15's stance66 round) opposes
#: what is refused: a negated "allow" / "tolerate" / "pay for" under a modal or "never", an "accept" under "refuse";
#: a "let" whose clause's subject is the target; a deed done and reported ("accepted") is left to the other rules.
REFUSED_ADMISSION = [
    ('"We will not allow Tom Hale to become governor," the senator said.',
     "We will not allow Tom Hale to become governor", "Tom Hale", "oppose"),
    ("The union said it refused to accept the ruling.", "it refused to accept the ruling", "the ruling", "oppose"),
    ('"We won\'t pay for the wall," the president said.', "We won't pay for the wall", "the wall", "oppose"),
    ('"We would never tolerate the levy," the mayor said.', "We would never tolerate the levy", "the levy", "oppose"),
    ('"We will never let the council sell the park," the mayor said.', "We will never let the council sell the park",
     "the council", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "target", "stance"), SPARED_SANCTION + REFUSED_ADMISSION)
def test_sanction_spared_or_admission_refused(nlp, text, content, target, stance):
    assert [(c.target_text, c.stance) for c in extracted(nlp, text, content)] == [(target, stance)]
