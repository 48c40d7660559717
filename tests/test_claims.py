"""The claims stage: speech act, polarity, hedging, target and stance of hand-built claims."""

from __future__ import annotations

import functools

import pytest

import _nlp
from _nlp import build, claim, en_nlp, speaker
from claimex.extensions import raw
from claimex.pipeline.claims import ClaimAnalyzer, actor_keys, stance_by_speaker

__all__ = ["en_nlp"]

#: a claim with no speaker, analysed by the claims stage
analysed = functools.partial(_nlp.analysed, speakers=None)


ACTS = [
    # (text, content, cue, act)
    ("The ministry denied that its forces had fired on protesters.",
     "its forces had fired on protesters", "denied", "deny"),
    ("Iraqi military spokesman Yehia Rasool condemned the strikes, writing on Twitter that they "
     "represented a violation of Iraqi sovereignty.", "they represented a violation of Iraqi sovereignty",
     "writing", "condemn"),
    ("He also called for calm and restraint.", "calm and restraint", "called for", "demand"),
    ("“We denounce and condemn this sinful attack on our forces,” the group said.",
     "We denounce and condemn this sinful attack on our forces", None, "condemn"),
    ("The group said the targeted sites did not include any weapons stores.",
     "the targeted sites did not include any weapons stores", "said", "deny"),
    ("The militia threatened to retaliate.", "to retaliate", "threatened", "threaten"),
    ("State media accused the US of seeking to undermine stability in the area.",
     "the US of seeking to undermine stability in the area", "accused", "accuse"),
    ("The spokesman said the US should withdraw its troops from the region.",
     "the US should withdraw its troops from the region", "said", "demand"),
    ("The analyst said the economy will shrink next year.", "the economy will shrink next year", "said",
     "predict"),
    ("The minister admitted that mistakes were made.", "mistakes were made", "admitted", "concede"),
    ("Khatibzadeh said the US was destroying security in the Middle East.",
     "the US was destroying security in the Middle East", "said", "accuse"),
    ("The senator praised the agreement as a step forward.", "the agreement as a step forward", "praised",
     "support"),
    ("A Pentagon spokesman said the strikes targeted weapons storage facilities.",
     "the strikes targeted weapons storage facilities", "said", "assert"),
]


@pytest.mark.parametrize(("text", "content", "cue", "act"), ACTS, ids=[a[3] + str(i) for i, a in enumerate(ACTS)])
def test_act(en_nlp, analyzer, text, content, cue, act):
    assert analysed(en_nlp, analyzer, text, content, cue)["act"] == act


POLARITY = [
    # (text, content, polarity)
    ("Officials said no civilians were killed in the raid.", "no civilians were killed in the raid", "negative"),
    ("The army said its soldiers had never entered the village.", "its soldiers had never entered the village",
     "negative"),
    ("He said there was no doubt the strike hit the depot.", "there was no doubt the strike hit the depot",
     "positive"),
    # a negation spelt with a typographic apostrophe negates as "n't" does
    ("The mayor said the new tower doesn’t ‘fit with the harbour’ at all.",
     "the new tower doesn’t ‘fit with the harbour’ at all", "negative"),
    # a doubt denied is a certainty
    ("“I don’t have any doubt that the bridge will open in May,” the engineer said.",
     "I don’t have any doubt that the bridge will open in May,", "positive"),
    ("The engineer said she did not doubt the bridge would open in May.",
     "she did not doubt the bridge would open in May", "positive"),
    ("She said not only the army but also the police were deployed.",
     "not only the army but also the police were deployed", "positive"),
    # a pseudo-negation whose negator is its last word ("if not")
    ("The engineer said the repair was costly, if not ruinous.", "the repair was costly, if not ruinous",
     "positive"),
    ("The mayor said people who did not register were fined.", "people who did not register were fined",
     "positive"),
    ("The group said nothing was found at the site.", "nothing was found at the site", "negative"),
    ("The ministry said the fighters were killed without warning.", "the fighters were killed without warning",
     "positive"),
    # the lead clause gives the polarity: a later clause's negation does not flip it, and two negated
    # sentences are no double negation
    ('"We welcome debate on the site, but we do not allow spam," the spokeswoman said.',
     "We welcome debate on the site, but we do not allow spam", "positive"),
    # corrected_negation: a negated lead turned from with "but" / "yet" to an unnegated clause is positive
    # (in the lead's sentence or the next one); a positive lead turned to a negation keeps the lead's
    ('"The coach has not won a title in years, but his players still trust him," the captain said.',
     "The coach has not won a title in years, but his players still trust him", "positive"),
    ('"I have never held an office. But I know how this town works," the candidate said.',
     "I have never held an office. But I know how this town works", "positive"),
    ('"The new ferry looks smart on paper, yet it cannot carry enough trucks," the harbour master said.',
     "The new ferry looks smart on paper, yet it cannot carry enough trucks", "positive"),
    # contrasted_alternative: a "not" before a noun phrase set against another rejects that alternative only;
    # a "not" before a subject still negates
    ('"We count heads, not ballots," she said.', "We count heads, not ballots", "positive"),
    ("She said she likes the policy but not the man behind it.", "she likes the policy but not the man behind it",
     "positive"),
    ('"Not one voter showed up," he said.', "Not one voter showed up", "negative"),
    ('"We do not think there is room for four stations. We do not think there is room for three," he said.',
     "We do not think there is room for four stations. We do not think there is room for three", "negative"),
    ('"He did not attend the hearing and did not send a deputy," the clerk said.',
     "He did not attend the hearing and did not send a deputy", "negative"),
]


@pytest.mark.parametrize(("text", "content", "polarity"), POLARITY)
def test_polarity(en_nlp, analyzer, text, content, polarity):
    assert analysed(en_nlp, analyzer, text, content, "said")["polarity"] == polarity


HEDGES = [
    # (text, content, cue, hedged)
    ("Officials said the drone may have come from Iran.", "the drone may have come from Iran", "said", True),
    ("The group said the commander was reportedly killed.", "the commander was reportedly killed", "said", True),
    ("The union alleged that the company had cut wages.", "the company had cut wages", "alleged", True),
    ("She believes the vote was rigged.", "the vote was rigged", "believes", True),
    ("The observatory said seven fighters were killed.", "seven fighters were killed", "said", False),
    ("The police said the man would be charged.", "the man would be charged", "said", False),
    # the speaker's own belief in the content hedges it, negated too ("don't think" = "think ... not")
    ('"I think the board has lost its way," she said.', "I think the board has lost its way", "said", True),
    ('"We don\'t think there is space for two more stadiums," he said.',
     "We don't think there is space for two more stadiums", "said", True),
    # a hedge modal hedges the claim on a main predicate, not inside a clause of a noun; "couldn't" is
    # inability
    ("The senator wrote that the fear that the plan could fail should worry the party.",
     "the fear that the plan could fail should worry the party", "wrote", False),
    ("The teacher said she couldn't pay her rent.", "she couldn't pay her rent", "said", False),
    ("The teacher said she could lose her home.", "she could lose her home", "said", True),
    ('"Maybe the deal will hold," the envoy said.', "Maybe the deal will hold", "said", True),
    # _named_charge: an accusation or a claim with the one who makes it named is that speaker's assertion;
    # with no one named (a passive without "by", a bare noun) it is an allegation
    ("The senator accused the governor of hiding the audit.", "the governor of hiding the audit", "accused", False),
    ("The militia claimed the convoy was carrying weapons.", "the convoy was carrying weapons", "claimed", False),
    ("The factory was accused by the regulator of dumping waste in the river.", "dumping waste in the river",
     "accused", False),
    ("A clerk accused of stealing ballots resigned on Monday.", "stealing ballots", "accused", True),
    ("The mayor is accused of taking bribes from a builder.", "taking bribes from a builder", "accused", True),
    ("The claim that the mill will close has upset the town.", "the mill will close", "claim", True),
    ("Harbour Chief Accused Of Selling Permits", "Selling Permits", "Accused", True),
    # _legal_charge: a named maker's charge made at law (a suit in the sentence, a crime at law) stays hedged
    ("The clerk later sued the county, claiming the order broke her rights.", "the order broke her rights",
     "claiming", True),
    ("The pilot filed a lawsuit against the airline, claiming he was dismissed for speaking up.",
     "he was dismissed for speaking up", "claiming", True),
    ("Her husband accused her of assault after the quarrel.", "her of assault", "accused", True),
    ("The union accused the mayor of violating state labor laws.", "the mayor of violating state labor laws",
     "accused", True),
    ("The mayor followed suit and claimed the budget was balanced.", "the budget was balanced", "claimed", False),
    ("The parents accused the chief of hiding what he knew about the murder of their son.",
     "the chief of hiding what he knew about the murder of their son", "accused", False),
    # in reported speech "he", "she" or "they" believing is the speaker's own belief; in a quote, another's
    ("The farmer said she believes the new dam will flood the valley.",
     "she believes the new dam will flood the valley", "said", True),
    ("Residents of the town said they think the mill will close.", "they think the mill will close", "said", True),
    # "likely" compared or before a noun measures or names: a poll's finding, "the likely nominee"
    ("The pollster said young voters were less likely to back the measure.",
     "young voters were less likely to back the measure", "said", False),
    ("The senator said she would campaign for the likely nominee.", "she would campaign for the likely nominee",
     "said", False),
    ("The senator said the measure is likely to fail.", "the measure is likely to fail", "said", True),
    # _concessive_modal: "may" / "might" granting a point before a "but" clause with its own subject concedes,
    # it does not doubt; "could", a "but" clause that hedges, or a modal after the "but" still hedge
    ('"The new mall may look shiny, but it has done nothing for the shops on the high street," she said.',
     "The new mall may look shiny, but it has done nothing for the shops on the high street", "said", False),
    ('"The ferry might run late, but the crew always gets the passengers home," the captain said.',
     "The ferry might run late, but the crew always gets the passengers home", "said", False),
    ('"The ferry might run late on Sunday," the captain said.', "The ferry might run late on Sunday", "said",
     True),
    ('"The mill may close, but the town might survive it," the mayor said.',
     "The mill may close, but the town might survive it", "said", True),
    ('"The mill could close, but the town will survive it," the mayor said.',
     "The mill could close, but the town will survive it", "said", True),
    ('"The plan is cheap, but it may fail," the mayor said.', "The plan is cheap, but it may fail", "said", True),
    # _conditioned: a main predicate made hypothetical (a modal, an infinitive) under a real "if" / "unless"
    # condition, a counterfactual too; not "even if", "as if", a generic "if you", a past "if" that sets no
    # condition, nor a present under "if" (a rule or an inference the speaker does not doubt)
    ("The mayor said that if elected, she would push the bill through.",
     "if elected, she would push the bill through", "said", True),
    ('"The plant will close unless the state steps in," the manager said.',
     "The plant will close unless the state steps in", "said", True),
    ('"If the vote were held today, the mayor would lose," the pollster said.',
     "If the vote were held today, the mayor would lose", "said", True),
    ("The candidate promised to open three clinics if elected governor.", "to open three clinics if elected governor",
     "promised", True),
    ('"Even if the levy passes, the schools will stay short of teachers," she said.',
     "Even if the levy passes, the schools will stay short of teachers", "said", False),
    ('"If you run a small farm, one bad harvest can ruin you," the farmer said.',
     "If you run a small farm, one bad harvest can ruin you", "said", False),
    ('"If we find a fault in a machine, we tell the county," the clerk said.',
     "If we find a fault in a machine, we tell the county", "said", False),
    ('"If there was any confusion at the polls, it lasted a few minutes," the clerk said.',
     "If there was any confusion at the polls, it lasted a few minutes", "said", False),
    ('"He talks as if he will carry every county," she said.', "He talks as if he will carry every county", "said",
     False),
    # a hope put to others is a wish, an appeal, not a doubt
    ('"I hope the council will approve the new clinic," the doctor said.',
     "I hope the council will approve the new clinic", "said", False),
    # _hoped: the speaker's own hope for what is to come hedges: "hope to", "hope so / not", "hopeful",
    # "hopefully" on a main predicate; not a hope under a wh-word
    ('"I hope to run again next year," the mayor said.', "I hope to run again next year", "said", True),
    ("The coach said she hoped to win the title back.", "she hoped to win the title back", "said", True),
    ('"I hope not," the farmer said when asked if the river would flood.', "I hope not", "said", True),
    ('"We are hopeful the bill can pass this spring," the senator said.',
     "We are hopeful the bill can pass this spring", "said", True),
    ('"The tour will hopefully draw new donors," the director said.', "The tour will hopefully draw new donors",
     "said", True),
    ("The mayor told allies that she hopes this forces the council to reconsider.",
     "she hopes this forces the council to reconsider", "told", False),
    ('"We hope and expect that every member will vote for it," the whip said.',
     "We hope and expect that every member will vote for it", "said", False),
    # _doubted: an adjective of doubt said of the main clause hedges it; not before a noun, not a person's mood
    # with nothing doubted, not a doubt granted before "but" (a past "was" in a quote: below)
    ("The treasurer said the board is unlikely to approve the loan.", "the board is unlikely to approve the loan",
     "said", True),
    ('"It is unclear whether the mill will reopen," the mayor said.', "It is unclear whether the mill will reopen",
     "said", True),
    ('"I\'m not sure the count is right," the clerk said.', "I'm not sure the count is right", "said", True),
    ("The senator said the two parties formed an unlikely alliance.", "the two parties formed an unlikely alliance",
     "said", False),
    ('"Many people are uncertain this year," the pollster said.', "Many people are uncertain this year", "said",
     False),
    ('"I\'m not sure it hurt me, but it cost me a month," the clerk said.',
     "I'm not sure it hurt me, but it cost me a month", "said", False),
    # _seeming: "seem" / "appear" with an adjective or a "that" clause hedges like "seems to"
    ("The aide said the leaders appear determined to block the bill.",
     "the leaders appear determined to block the bill", "said", True),
    ('"It seems totally crazy," the engineer said.', "It seems totally crazy", "said", True),
    ("The chairman said the governor did not appear concerned about the vote.",
     "the governor did not appear concerned about the vote", "said", False),
    ('"It seems totally crazy, but it works," the engineer said.', "It seems totally crazy, but it works", "said",
     False),
    # _reputed: a passive verb of belief or report with an infinitive passes on what others hold
    ("The envoy is said to have called the plan a disgrace.", "the plan a disgrace", "called", True),
    ("The envoy is known to have called the plan a disgrace.", "the plan a disgrace", "called", False),
    # _inverted_should: a condition put as a "should" before its subject
    ("The general said she would take the post should the governor offer it.",
     "she would take the post should the governor offer it", "said", True),
    ("The mayor said the bridge should be rebuilt before winter.", "the bridge should be rebuilt before winter",
     "said", False),
    ("The senator was criticised for telling voters that they would be better off staying home, and threatening "
     "them with higher taxes should they vote.", "they would be better off staying home", "telling", False),
    ("The host asked whether she would run for the seat should the senator retire.",
     "whether she would run for the seat should the senator retire", "asked", False),
    ('"Should the levy fail, the school would close," the principal said.',
     "Should the levy fail, the school would close", "said", True),
    # issue 15's hedge46 round. _aside: a hedge word in a relative clause, a modifier of a noun, an adverbial
    # clause opened by a conjunction, or what someone was told inside the quote does not hedge the statement;
    # a bare "-ing" clause that goes on with the statement still does
    ('"The levy, which I think is fair, will pay for two new schools," the mayor said.',
     "The levy, which I think is fair, will pay for two new schools", "said", False),
    ('"Its seemingly endless delays have cost the town a fortune," the mayor said.',
     "Its seemingly endless delays have cost the town a fortune", "said", False),
    ('"While the mayor will likely lose the vote, the bill has changed the debate," she said.',
     "While the mayor will likely lose the vote, the bill has changed the debate", "said", False),
    ('"I will vote for her, because I think she can do the job," the farmer said.',
     "I will vote for her, because I think she can do the job", "said", True),
    ('"We told him that maybe he should wait a year," the chair said.',
     "We told him that maybe he should wait a year", "said", False),
    ("The aide said the speech will set out his plan, possibly adding new taxes.",
     "the speech will set out his plan, possibly adding new taxes", "said", True),
    ('"The state expects growth, while the city will likely shrink," the planner said.',
     "The state expects growth, while the city will likely shrink", "said", True),
    ('"There is a flaw in the plan that I think the council missed," the auditor said.',
     "There is a flaw in the plan that I think the council missed", "said", True),
    ('"What I would say is that the plan is probably too costly," the auditor said.',
     "What I would say is that the plan is probably too costly", "said", True),
    # _granted: a "may" granted before a sentence that opens with "But"; "maybe" before a "but" clause
    ('"Some may call the plan costly. But it is the only way to save the mill," the mayor said.',
     "Some may call the plan costly. But it is the only way to save the mill", "said", False),
    ('"Maybe you dislike his views, but you have to respect his work," she said.',
     "Maybe you dislike his views, but you have to respect his work", "said", False),
    # _emphatic: "I think" before a clause that vouches for itself frames a firm view; a word of degree does not
    ('"I think a new bridge is exactly what this town needs," the mayor said.',
     "I think a new bridge is exactly what this town needs", "said", False),
    ('"I think the evidence is extremely strong," the lawyer said.', "I think the evidence is extremely strong",
     "said", True),
    # _believes: a fear of doing something is no belief; _hoped: a hope after the point made is an aside
    ("The refugee says he fears returning home.", "he fears returning home", "says", False),
    ('"I am not ready to endorse him yet. And I hope to, in time," the speaker said.',
     "I am not ready to endorse him yet. And I hope to, in time", "said", False),
    # issue 15's hedge47 round. _proposed: a "suggest" that puts forward a course of action (a gerund, "should", a
    # bare subjunctive, "would do better to", a noun of a plan) proposes; one that weighs a view still hedges
    ("The adviser suggested that the council delay the vote until spring.",
     "the council delay the vote until spring", "suggested", False),
    ("The consultant suggested spinning off the dairy unit.", "spinning off the dairy unit", "suggested", False),
    ("The senator suggested the state should sell the old armory.", "the state should sell the old armory",
     "suggested", False),
    ("The rival suggested that the mayor would do better to stay silent.",
     "the mayor would do better to stay silent", "suggested", False),
    ("The lawyer suggested that the plan could fail in court.", "the plan could fail in court", "suggested", True),
    ("The figures suggest the clinic lost money last year.", "the clinic lost money last year", "suggest", True),
    ("Recent polls suggest the senator should not run again.", "the senator should not run again", "suggest", True),
    # _impersonal_report: a passive report with "it" and no one named is hearsay
    ("It has been reported that the envoy left the capital.", "the envoy left the capital", "reported", True),
    ("It was reported by the county that the envoy left the capital.", "the envoy left the capital", "reported",
     False),
    # a hedge in a later sentence of a quote hedges it too (blind judges read "I think" anywhere in it as one)
    ('"We have built four schools this year. I think that is a good start," the mayor said.',
     "We have built four schools this year. I think that is a good start", "said", True),
    ('"The plant will stay open through the winter. It may close in the spring," the manager said.',
     "The plant will stay open through the winter. It may close in the spring", "said", True),
    ('"I think the plant will stay open. We have the orders," the manager said.',
     "I think the plant will stay open. We have the orders", "said", True),
]


@pytest.mark.parametrize(("text", "content", "cue", "hedged"), HEDGES)
def test_hedged(en_nlp, analyzer, text, content, cue, hedged):
    assert analysed(en_nlp, analyzer, text, content, cue)["hedged"] is hedged


@pytest.mark.parametrize(("text", "hedged"), [
    # in a quote "they" are others: their belief is reported, the speaker's statement is not hedged
    ('"They think the mill will close," the mayor said of the workers at the town hall.', False),
    ("The mayor said at the town hall that they think the mill will close.", True),
])
def test_hedged_belief_of_others_in_a_quote(nlp, text, hedged):
    claims = nlp(text)._.claims
    assert [c.hedged for c in claims] == [hedged]


@pytest.mark.parametrize(("text", "hedged"), [
    # _doubted: a past "was unlikely" in the speaker's own quoted words tells how things stood; in reported
    # speech it is the backshifted "is"
    ('"Before the vote, it was unlikely that the mill would close," the mayor said.', False),
    ("The mayor said it was unlikely that the mill would close.", True),
])
def test_hedged_past_doubt(nlp, text, hedged):
    claims = nlp(text)._.claims
    assert [c.hedged for c in claims] == [hedged]


@pytest.mark.parametrize(("text", "hedged"), [
    # issue 15's hedge46 round. _past_belief: the speaker's "I thought" in their own quoted words tells what they
    # thought then; in reported speech "she thought" is the backshifted "she thinks"
    ('"I thought the plant would close that winter," the manager said.', False),
    ("The manager said she thought the plant would close that winter.", True),
    # _emphatic: the speaker's negated belief before "anything" / "any" is an emphatic denial; without, neg-raising
    ('"I don\'t think there is anything fair about this tax," the farmer said.', False),
    ('"I don\'t think the plant will close," the manager said.', True),
    ("The auditor said she does not believe there was any fraud in the count.", True),
])
def test_hedged_firm_belief(nlp, text, hedged):
    claims = nlp(text)._.claims
    assert [c.hedged for c in claims] == [hedged]


TARGETS = [
    # (text, content, cue, target_text, stance)
    ("Rasool condemned the strikes, writing that they were a violation of sovereignty.",
     "they were a violation of sovereignty", "writing", "the strikes", "oppose"),
    ("State media accused the US of seeking to undermine stability.",
     "the US of seeking to undermine stability", "accused", "the US", "oppose"),
    ("The foreign minister called for an end to the strikes.", "an end to the strikes", "called for",
     "the strikes", "oppose"),
    ("He called for calm and the avoidance of escalation.", "calm and the avoidance of escalation",
     "called for", "calm", "support"),
    ("The senator praised the ceasefire agreement.", "the ceasefire agreement", "praised",
     "the ceasefire agreement", "support"),
    ("The US says it has carried out air strikes against militias.",
     "it has carried out air strikes against militias", "says", "air strikes against militias", "support"),
    pytest.param("The observatory said seven fighters were killed in strikes near the town.",
                 "seven fighters were killed in strikes near the town", "said", "strikes near the town", "neutral",
                 marks=pytest.mark.xfail(reason="target.v1 (refitted in the third target round on readers B, D, "
                                         "F-H, M-O, P-S) scores the passive subject 'seven fighters' above the "
                                         "event 'strikes near the town' (the patient of a harmful verb is often "
                                         "the readers' target)")),
    ("Critics said the law was a blatant violation of press freedom.",
     "the law was a blatant violation of press freedom", "said", "the law", "oppose"),
    # a possessor is the target without its clitic
    ("Critics said Mayor Hale's new parking rules were an abuse of power.",
     "Mayor Hale's new parking rules were an abuse of power", "said", "Mayor Hale", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "cue", "target", "stance"), TARGETS)
def test_target_and_stance(en_nlp, analyzer, text, content, cue, target, stance):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["target_text"], c["stance"]) == (target, stance)
    s, e = c["target"]
    assert text[s:e] == target


def test_claims_keep_contract_keys(en_nlp, analyzer):
    c = analysed(en_nlp, analyzer, "The PMF said four fighters were killed.", "four fighters were killed", "said")
    assert {"act", "polarity", "hedged", "target", "target_text", "stance"} <= set(c)
    assert c["polarity"] in ("positive", "negative")
    assert c["stance"] in ("support", "oppose", "neutral")


def test_bad_claim_is_an_error_not_an_exception(en_nlp, analyzer):
    doc = build(en_nlp, "The PMF said four fighters were killed.", [claim("c1", "four fighters were killed")])
    raw(doc)["claims"][0]["content_spans"] = [["x", "y"]]
    analyzer(doc)
    assert raw(doc)["errors"][0]["stage"] == "claimex_claims"


def test_factory_and_config(en_nlp):
    import claimex.pipeline.claims  # noqa: F401  (registers the factory)

    nlp = __import__("spacy").blank("en")
    pipe = nlp.add_pipe("claimex_claims", config={"deny_negated": False})
    assert isinstance(pipe, ClaimAnalyzer) and pipe.deny_negated is False
    text = "The group said the sites did not include any weapons stores."
    doc = build(en_nlp, text, [claim("c1", "the sites did not include any weapons stores", cue="said")])
    pipe(doc)
    assert raw(doc)["claims"][0]["act"] == "assert"
    assert raw(doc)["claims"][0]["polarity"] == "negative"


@pytest.mark.parametrize(("text", "country"), [
    ("the Pentagon", "US"), ("Washington", "US"), ("US officials", "US"), ("Iranian foreign ministry", "Iran"),
    ("the Kremlin", "Russia"), ("Syrian state media", "Syria"),
])
def test_actor_keys_countries(text, country):
    assert f"country:{country}" in actor_keys([text])


def test_ngo_named_after_a_country_is_not_the_country():
    assert actor_keys(["Syrian Observatory for Human Rights"]) == {"name:syrian observatory for human rights"}


def test_stance_by_speaker(en_nlp, analyzer):
    text = ("US strikes hit militia sites. The Pentagon spokesman said the strikes targeted weapons depots. "
            "The militia condemned the strikes, saying they were a crime. "
            "The monitor said seven fighters were killed in the strikes.")
    doc = build(en_nlp, text, [
        claim("c1", "the strikes targeted weapons depots", cue="said", speaker="pentagon"),
        claim("c2", "they were a crime", cue="saying", speaker="militia"),
        claim("c3", "seven fighters were killed in the strikes", cue="said", speaker="monitor"),
    ], [speaker("pentagon", "Pentagon spokesman", affiliation="Pentagon"), speaker("militia", "The militia"),
        speaker("monitor", "The monitor")])
    analyzer(doc)
    assert stance_by_speaker(doc, "strikes") == {"pentagon": "support", "militia": "oppose", "monitor": "neutral"}


def test_a_cue_listed_twice_fails_when_the_lexicon_is_built() -> None:
    from claimex import lexicons
    from claimex.errors import LexiconError

    with pytest.raises(LexiconError, match="'swear' is listed under 'assert' and again under 'threaten'"):
        lexicons._invert({"assert": ("say", "swear"), "threaten": ("threaten", "swear")})
    with pytest.raises(LexiconError):
        lexicons._invert({"assert": ("say", "say")})


@pytest.mark.parametrize("lemma", ["allege", "swear", "insist"])
def test_cues_once_listed_under_two_acts_keep_the_act_they_had(lemma: str) -> None:
    from claimex import lexicons

    assert lexicons.REPORTING_CUES[lemma] == lexicons.ASSERT


def test_records_as_the_stages_write_them_are_analysed_in_place(nlp):
    """The stage reads a record as the quotes and speakers stages write it without building a
    ``ClaimRecord``, and writes its fields into it in place: the same record, keys in the same order, as
    ``from_record``, ``analyse_record`` and ``to_record`` give."""
    import copy

    from claimex.pipeline.state import ClaimRecord, written_input

    text = ("The mayor said the council had wasted millions on the stadium. \"We will not pay for it,\" said "
            "Ana Reyes, the finance chair. Critics accused her of blocking the vote, and she denied it.")
    with nlp.select_pipes(disable=["claimex_claims", "claimex_links"]):
        doc = nlp(text)
    before = copy.deepcopy(raw(doc)["claims"])
    assert len(before) >= 2 and all(written_input(c) is not None for c in before)
    stage = nlp.get_pipe("claimex_claims")
    stage(doc)
    in_place = raw(doc)["claims"]
    by_records = []
    for c in before:
        record = ClaimRecord.from_record(c)
        stage.analyse_record(doc, record)
        by_records.append(record.to_record())
    assert in_place == by_records
    assert [list(c) for c in in_place] == [list(c) for c in by_records]
    assert all(written_input(c) is not None for c in in_place)  # and again after the stage


@pytest.mark.parametrize("change", [
    {"content": (0, 10)}, {"content_spans": []}, {"confidence": 1}, {"cue": (1, 2)}, {"_floating": 0},
    {"_cue_root": "3"}, {"_ref": []},
])
def test_other_records_go_through_the_record(change):
    """A record not exactly as ``to_record`` writes it (tuples, no fragments, an int confidence ...) is read
    and written through ``ClaimRecord``, which writes it in its one shape."""
    from claimex.model import Claim
    from claimex.pipeline.state import ClaimRecord, QuoteFound, written_input

    data = ClaimRecord(Claim(id="c1", type="direct", content=(0, 10), content_text="x" * 10,
                             content_spans=((0, 10),), confidence=0.5), QuoteFound(rule="r", cue_root=3)).to_record()
    assert written_input(data) is not None
    assert written_input({**data, **change}) is None
    assert written_input({k: v for k, v in data.items() if not k.startswith("_")}) is None  # no quote record


#: Two invented articles whose claims resolve names and pronouns to each one's own speakers and entities.
_MAYOR = ('Mayor Dana Whitfield defended the budget on Monday. "The council is united behind this plan," Whitfield '
          'said. Critics said she had ignored the harbor district and favored Tom Becker, a developer. "Becker '
          'gets everything he wants," said Omar Castell, a harbor merchant.')
_SENATOR = ('Senator Rita Okafor attacked the railway deal on Tuesday. "This contract is a disgrace," Okafor said. '
            'The minister, Paul Lindqvist, said he would not resign. "Okafor is wrong about the costs," Lindqvist '
            'told reporters.')


def test_what_the_stage_keeps_of_a_document_does_not_reach_the_next(nlp):
    """The claims stage keeps a document's indexes (its entities, its speakers' mentions, its noun counts)
    while it reads the document's claims: a document read after another gets the same claims as read
    first, and its names and pronouns resolve to its own people."""

    def claims(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
        return [(c.content_text, c.act, c.target_text, c.target_name) for c in nlp(text)._.claims]

    first = claims(_SENATOR)
    mayor = claims(_MAYOR)
    assert claims(_SENATOR) == first
    assert ("Okafor is wrong about the costs,", "accuse", "Okafor", "Rita Okafor") in first  # named in full before
    assert ("he would not resign", "assert", "he", "Paul Lindqvist") in first
    assert ("Becker gets everything he wants,", "assert", "Becker", "Tom Becker") in mayor  # the article's full name
