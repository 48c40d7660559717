"""What each claim does (claimex.pipeline.acts): act rules, target and stance, one failure kind of
issue 15's table per case, in real-style sentences written for these tests."""

from __future__ import annotations

import pytest

from _nlp import analysed, build, claim, en_nlp, extracted, said_statement, speaker
from claimex.extensions import raw
from claimex.lexicons import evaluation_lexicon, reporting_cues_v1
from claimex.model import Claim, Result, Speaker
from claimex.pipeline.claims import ClaimAnalyzer
from claimex.tables import stance_rows
from claimex.viz import render_html

__all__ = ["en_nlp"]


ACTS = [
    # (text, content, cue, act, act_rule)
    # accusation or criticism in the content is an accusation whatever the cue
    ("The farmers' union said their policies are ruining small farms.",
     "their policies are ruining small farms", "said", "accuse", "accusation"),
    ("The mayor said Smith is a corrupt and incompetent manager.", "Smith is a corrupt and incompetent manager",
     "said", "accuse", "accusation"),
    ("Jones blamed the ministry's top officials for the leak.", "the ministry's top officials for the leak",
     "blamed", "accuse", "cue"),
    # the cue's dictionary sense is not the act
    ("The council asks the governor to fire the police chief.", "to fire the police chief", "asks", "demand",
     "ask_to"),
    ("Reporters asked whether the deal would hold.", "whether the deal would hold", "asked", "question",
     "question"),
    ("The senator asked about the budget.", "about the budget", "asked", "assert", "default"),
    ("The economist warned the plan is no cure-all.", "the plan is no cure-all", "warned", "assert", "default"),
    ("The economist warned that prices will rise next year.", "prices will rise next year", "warned", "predict",
     "warning"),
    # a participle under a naming cue does not take "call for"'s demand ("called X a Y, saying ...")
    ("Councillor Hale called the levy a tax grab, saying families were already struggling.",
     "families were already struggling", "saying", "assert", "default"),
    ("The union threatened to strike if wages are cut.", "to strike if wages are cut", "threatened", "threaten",
     "threat"),
    ("The mayor vowed to rebuild the bridge.", "to rebuild the bridge", "vowed", "predict", "threat"),
    ("The senator called the bill a great victory for families.", "a great victory for families", "called",
     "support", "naming"),
    ("The workers claim they were never paid.", "they were never paid", "claim", "assert", "default"),
    ("The rebels said they did not fire the rockets.", "they did not fire the rockets", "said", "deny",
     "own_denial"),
    ("The spokesman said he never met the lobbyist.", "he never met the lobbyist", "said", "deny", "own_denial"),
    # concede, predict, support from the content as well as the cue
    ("The minister acknowledged that the rollout had been slow.", "the rollout had been slow", "acknowledged",
     "concede", "cue"),
    ("The analyst said the new tariff will hurt exporters.", "the new tariff will hurt exporters", "said",
     "predict", "prediction"),
    ("The governor said Biden is a wonderful and honest leader.", "Biden is a wonderful and honest leader",
     "said", "support", "predication"),
    ("A spokeswoman said none of the files was stamped secret.", "none of the files was stamped secret",
     "said", "deny", "own_denial"),
    ("The senator said voters should reject the proposal.", "voters should reject the proposal", "said",
     "demand", "obligation"),
    ("Critics said the governor's aides had botched the response to the flood.",
     "the governor's aides had botched the response to the flood", "said", "accuse", "accusation"),
    # a negative evaluation aimed at a third party accuses it, even when the evaluated word has no agent
    ("The mayor said it is a disgrace what the council did to the park.",
     "it is a disgrace what the council did to the park", "said", "accuse", "accusation"),
    # the vocabulary of political criticism VADER lacks, and words derived from scored ones
    ("The senator said the governor is unfit for office.", "the governor is unfit for office", "said", "accuse",
     "accusation"),
    ("Critics said the court has descended into lawlessness.", "the court has descended into lawlessness",
     "said", "accuse", "accusation"),
    ("Critics said the governor's decision was arbitrary and inconsistent.",
     "the governor's decision was arbitrary and inconsistent", "said", "accuse", "accusation"),
    ("The columnist wrote that Jones is an opportunist and a phony.", "Jones is an opportunist and a phony",
     "wrote", "accuse", "accusation"),
    # mild praise of a named person supports them (summed valence >= PRAISE_THRESHOLD)
    ('"Jones is a very good and honest mayor," the aide wrote.', "Jones is a very good and honest mayor",
     "wrote", "support", "praise"),
    # condemning a person's act accuses the person
    ("The mayor also decried Smith's repeated attempts to close the shelters, noting he has never visited one.",
     "he has never visited one", "noting", "accuse", "cue"),
    # a promise to back someone supports them; other promises predict
    ("The governor pledged to back the union's candidate.", "to back the union's candidate", "pledged", "support",
     "threat"),
    # the future anywhere in the content, and a conditional, predict
    ("If the council passes the budget, that will cost jobs, the mayor said.",
     "If the council passes the budget, that will cost jobs", "said", "predict", "prediction"),
    ("Aides say that if the mayor loses the primary, her career is over.",
     "if the mayor loses the primary, her career is over", "say", "predict", "prediction"),
    ("The company said it does not pay its suppliers late.", "it does not pay its suppliers late", "said", "deny",
     "own_denial"),
    # a warning of a possible or future event predicts (rule "warning"); of a present fact it asserts
    ("The senator warned that the plan could send thousands of workers into poverty.",
     "the plan could send thousands of workers into poverty", "warned", "predict", "warning"),
    ("The envoy warned of the damage a default would do to the region.",
     "the damage a default would do to the region", "warned of", "predict", "warning"),
    # mild praise said of the person itself supports them ("Biden is very good")
    ('"Biden is very good," the former aide wrote.', "Biden is very good", "wrote", "support", "praise"),
    # naming with an evaluation judges the named: a pronoun too, but not an extraposed "it"
    ("The governor criticized the delay, calling it disqualifying.", "it disqualifying", "calling", "accuse",
     "naming"),
    ("The senator called him a liar and a fraud.", "a liar and a fraud", "called", "accuse", "naming"),
    ("The aide called the plan a first step.", "a first step", "called", "assert", "default"),
    # "called X Y for Z" names X (the "for" gives the reason): not "call for", a demand
    ("The governor called the senator totally dishonest for the remark.",
     "the senator totally dishonest for the remark", "called", "accuse", "naming"),
    # an inability, a lack of knowledge: negated, but no act of the speaker's denied
    ("The mayor said she can't make sense of the new budget.", "she can't make sense of the new budget", "said",
     "assert", "default"),
    ("The senator said he didn't know if the plan works.", "he didn't know if the plan works", "said", "assert",
     "default"),
    # a criticism laid as an obligation on the criticised is a demand
    ("The minister said the United States should scale back its aggressive naval drills near the coast.",
     "the United States should scale back its aggressive naval drills near the coast", "said", "demand", "obligation"),
    # the speaker withholding backing opposes, it denies nothing (an ability modal or not); since the thirteenth
    # round a backing withheld is still about backing (act support, stance oppose), a liking withheld accuses
    ("The senator said he couldn't yet support his candidacy.", "he couldn't yet support his candidacy", "said",
     "support", "own_backing"),
    ('"I don\'t like what he said," the pastor said.', "I don't like what he said", "said", "accuse",
     "own_backing"),
    # praise said of a policy or a decision supports it (since the fourteenth round in the speaker's own quoted
    # words: reported, it is an account, an assertion); a negative word said of a thing only describes it
    ('"The new strategy is a very welcome step," the mayor said.', "The new strategy is a very welcome step", "said",
     "support", "predication"),
    ("The mayor said the new strategy is a very welcome step.", "the new strategy is a very welcome step", "said",
     "assert", "default"),
    ("The coach said Alvarez is a wonderful and generous captain.", "Alvarez is a wonderful and generous captain",
     "said", "support", "predication"),
    ("The engineer said the old road is dangerous.", "the old road is dangerous", "said", "assert", "default"),
    # a rhetorical question that challenges someone accuses them; a plain question asks
    ('"Does the governor not understand what the treaty says?" the senator said.',
     "Does the governor not understand what the treaty says", "said", "accuse", "question"),
    ('"If the mayor cannot tell us the truth, why should we give him another term?" the activist asked.',
     "If the mayor cannot tell us the truth, why should we give him another term", "asked", "accuse", "question"),
    ('"Why did the council wait so long?" the reporter asked.', "Why did the council wait so long", "asked",
     "question", "question"),
    # calling a claim or a worry false or overblown denies it
    ("A lawyer for the firm said concerns about drug makers like Valeant were overblown.",
     "concerns about drug makers like Valeant were overblown", "said", "deny", "dismissal"),
    ("The spokesman said the allegations are baseless.", "the allegations are baseless", "said", "deny",
     "dismissal"),
    # an expectation with an infinitive predicts; "'d" with a bare verb is "would"; a plan told in the present
    # asserts (issue 15's act54 round)
    ("The aide said the senator plans to continue his work on the farm bill.",
     "the senator plans to continue his work on the farm bill", "said", "assert", "default"),
    ("The spokeswoman said the three former governors all plan to skip the county fair.",
     "the three former governors all plan to skip the county fair", "said", "assert", "default"),
    ("The mayor said the city intends to rebuild the pier by the spring.",
     "the city intends to rebuild the pier by the spring", "said", "predict", "prediction"),
    ("Party officials say they expect the campaign to emphasize party-building.",
     "they expect the campaign to emphasize party-building", "say", "predict", "prediction"),
    ("Delegates said more than a hundred members are poised to break with him.",
     "more than a hundred members are poised to break with him", "said", "predict", "prediction"),
    ("The senator said he'd probably replace the chairman of the central bank.",
     "he'd probably replace the chairman of the central bank", "said", "predict", "prediction"),
    ("The senator said he'd already left the building.", "he'd already left the building", "said", "assert",
     "default"),
    # the future is read in the first sentence of a quote of several sentences
    ('"We have come a long way since the spring. We are going to keep fighting for every vote," the senator said.',
     "We have come a long way since the spring. We are going to keep fighting for every vote", "said", "assert",
     "default"),
    # what a source is cited for is narrated: it asserts, or predicts when it is about the future
    ("According to the auditors, the agency wasted millions on a failed and corrupt project.",
     "the agency wasted millions on a failed and corrupt project", "According to", "assert", "source"),
    ("The new bridge will cost the city more than it can afford, according to the budget office.",
     "The new bridge will cost the city more than it can afford", "according to", "predict", "source"),
    # condemning a thing that is about a person criticises the person
    ("The campaign blasted the ads, which portray Cruz as a flip-flopping politician.",
     "the ads, which portray Cruz as a flip-flopping politician", "blasted", "accuse", "cue"),
    # conceding a fault or regret of the speaker's own, whatever the cue (rule "concession")
    ("The minister said we made a mistake on the rollout.", "we made a mistake on the rollout", "said", "concede",
     "concession"),
    ("The mayor has stood by the budget but says that in hindsight she would have moved faster.",
     "in hindsight she would have moved faster", "says", "concede", "concession"),
    ("The mayor said the council made a mistake on the bridge.", "the council made a mistake on the bridge",
     "said", "accuse", "accusation"),
    # "I would say" hedges a statement; it predicts nothing
    ('"I would say Ortiz for the next few weeks," he said.', "I would say Ortiz for the next few weeks", "said",
     "assert", "default"),
    # a negated belief is an opinion, not a denial of the speaker's own act
    ('"I don\'t think it is the end of the campaign," he said.', "I don't think it is the end of the campaign",
     "said", "assert", "default"),
    # an evaluation said of an agent as its predicate judges it, though other words of the content
    # weigh the other way (rule "predication")
    ("The senator said Jones is a weak candidate with special friends.",
     "Jones is a weak candidate with special friends", "said", "accuse", "predication"),
    ("The lawyer said Smith was a brilliant judge in an ugly fight.",
     "Smith was a brilliant judge in an ugly fight", "said", "support", "predication"),
    ("The report said the agency failed to protect the security of the files.",
     "the agency failed to protect the security of the files", "said", "accuse", "predication"),
    # ... but not of the speaker itself
    ('"I was a weak candidate with special friends," the senator said.', "I was a weak candidate with special friends",
     "said", "assert", "default"),
    # the words of the contest and of a campaign's routine describe; they do not accuse
    ("The aide said the senator has raised $5 million for her nomination battle.",
     "the senator has raised $5 million for her nomination battle", "said", "assert", "default"),
    ("A spokesman said the campaign had suspended two staffers.", "the campaign had suspended two staffers",
     "said", "assert", "default"),
    # the speaker backing something in their own words supports it (rule "own_backing"); not when negated
    ("The mayor said he welcomed the new budget.", "he welcomed the new budget", "said", "support",
     "own_backing"),
    ('"I just liked what she said and wanted to make a donation," the retiree said.',
     "I just liked what she said and wanted to make a donation", "said", "support", "own_backing"),
    ("The senator said she may campaign for him.", "she may campaign for him", "said", "support", "own_backing"),
    ("The senator said she may campaign in Ohio.", "she may campaign in Ohio", "said", "assert", "default"),
    # an evaluative word in a phrase or clause of time or circumstance evaluates no one (no accusation)
    ("A spokesman said the campaign had suspended two staffers after the breach.",
     "the campaign had suspended two staffers after the breach", "said", "assert", "default"),
    ("The aide said he has raised $2 million since the scandal broke.",
     "he has raised $2 million since the scandal broke", "said", "assert", "default"),
    # the speaker's pronoun is not the accused of an evaluation in the clause of their belief
    ("The senator said she does not believe the deal is fair to workers.",
     "she does not believe the deal is fair to workers", "said", "assert", "default"),
    # an emotion of grievance about what someone did accuses the doer, whatever else the content weighs
    ("The network said it was disappointed that the senator had skipped the hearing, given her earlier "
     "promise.", "it was disappointed that the senator had skipped the hearing, given her earlier promise",
     "said", "accuse", "grievance"),
    # doubting a person's quality accuses them; doubting with a question stays a question
    ("The senator questioned the governor's fitness to lead.", "the governor's fitness to lead", "questioned",
     "accuse", "cue"),
    ("The mayor questioned why the governor had not spoken at the rally.",
     "why the governor had not spoken at the rally", "questioned", "question", "question"),
    # an evaluative object is said of the doer only under a verb of conduct (commit, make, show ...)
    ("The aide said Smith committed fraud.", "Smith committed fraud", "said", "accuse", "accusation"),
    ("The aide said Smith will skip the parade in the capital.",
     "Smith will skip the parade in the capital", "said", "predict", "prediction"),
    # a performative has no auxiliary: "I'll plead", "we can call" do nothing by being said
    ('"I\'ll plead guilty to the charge," the defendant said.', "I'll plead guilty to the charge", "said",
     "predict", "prediction"),
    ('"We can call it now: the senator will win the primary," the analyst wrote.',
     "We can call it now: the senator will win the primary", "wrote", "predict", "prediction"),
    # a word the tokenizer split at its hyphen is read whole (rule "hyphenated" of the evaluation)
    ("The senator said both Lopez and Ortiz are \"non-entities in the Senate.\"",
     "both Lopez and Ortiz are \"non-entities in the Senate.\"", "said", "accuse", "accusation"),
    # what "instead of" / "rather than" sets aside was not done: its evaluation reverses (rule "forgone")
    ('"Instead of reassuring voters after the flood, the governor opted for a photo op," the mayor said.',
     "Instead of reassuring voters after the flood, the governor opted for a photo op", "said", "accuse",
     "accusation"),
    ("The mayor said the council chose to waste the money rather than help the families.",
     "the council chose to waste the money rather than help the families", "said", "accuse", "accusation"),
    ("The mayor said the council wants to cut taxes and help the families.",
     "the council wants to cut taxes and help the families", "said", "assert", "default"),
    # the statement that frames the content is no source reference inside it: Ortiz is the one praised
    ('The family issued a statement saying that Ortiz was "a remarkable man and a brilliant judge."',
     'that Ortiz was "a remarkable man and a brilliant judge."', "saying", "support", "praise"),
    # in reported speech the speaker's pronoun is the speaker wherever it recurs: nobody accuses themself;
    # two conjoined names are a "they" too
    ("Maria and Omar Haddad say they decided to go public because the warmth they found when they "
     "moved here is fading in the face of the campaign.",
     "they decided to go public because the warmth they found when they moved here is fading in the face "
     "of the campaign", "say", "assert", "default"),
    ("The Haddads say they decided to go public because the warmth they found when they moved here is "
     "fading.", "they decided to go public because the warmth they found when they moved here is fading",
     "say", "assert", "default"),
    # "has to" / "needs to" on the main predicate obliges; "I have to say" only hedges
    ('"She has to seize this moment to lay out a real strategy," the adviser wrote.',
     "She has to seize this moment to lay out a real strategy", "wrote", "demand", "obligation"),
    ('"I have to say the numbers look strong," the manager said.', "I have to say the numbers look strong",
     "said", "assert", "default"),
    # the speaker wanting something done demands it (rule "wish"); wanting to do something is no demand
    ('"We want a full and independent inquiry into the contract," the union said.',
     "We want a full and independent inquiry into the contract", "said", "demand", "wish"),
    ('"I want to run for governor next year," the senator said.', "I want to run for governor next year",
     "said", "assert", "default"),
    # "going to" predicts when "going" is the main predicate too
    ('"We are going to take a much more active role at the company," the investor said.',
     "We are going to take a much more active role at the company", "said", "predict", "prediction"),
    ("The mayor said she is going to the hearing.", "she is going to the hearing", "said", "assert", "default"),
    # seventh round: backing in an infinitive complement of the speaker's verb, "stand behind", and the
    # speaker's satisfaction with something support it; not when negated, nor said of someone else
    ("The nurse said she planned to vote for Ms. Diaz.", "she planned to vote for Ms. Diaz", "said", "support",
     "own_backing"),
    ("The nurse said Ms. Diaz planned to vote for the bill.", "Ms. Diaz planned to vote for the bill", "said",
     "assert", "default"),
    ("The senator said she stands firmly behind the governor's plan.", "she stands firmly behind the governor's plan",
     "said", "support", "own_backing"),
    ('"We are delighted with the ruling," the union said.', "We are delighted with the ruling", "said", "support",
     "satisfaction"),
    ('"I am proud of the nurses," the minister said.', "I am proud of the nurses", "said", "support", "satisfaction"),
    # "must be" said of a thing is a conclusion, not a demand
    ("The columnist wrote that the only explanation must be a scandal of unusual size.",
     "the only explanation must be a scandal of unusual size", "wrote", "assert", "default"),
    # ninth round: a reported "they" / "he" backing someone is the speaker's backing even where the cue's
    # subject is a quantity or the cue has none (a gerund)
    ("The poll found 47 percent of the county's voters saying they will certainly support Ms. Diaz over Mr. Hale.",
     "they will certainly support Ms. Diaz over Mr. Hale", "saying", "support", "own_backing"),
    ("The senator stood apart from the field by saying he would back the trade deal.",
     "he would back the trade deal", "saying", "support", "own_backing"),
    # ninth round: a promise of a hostile action against someone is a threat ("promise" is a cue of
    # prediction, "vow" and "pledge" of threats that fall through without a hostile word); a promise to
    # fight *for* someone is none
    ("The governor promised to veto the spending bill.", "to veto the spending bill", "promised", "threaten",
     "threat"),
    ("The landlords' association vowed to sue the city over the new rules.", "to sue the city over the new rules",
     "vowed", "threaten", "threat"),
    ("The candidate promised to fight for working families.", "to fight for working families", "promised",
     "predict", "cue"),
    # ... and the speaker's own future hostile action whatever the cue
    ('"We will sue the city if the rules pass," the landlords said.', "We will sue the city if the rules pass",
     "said", "threaten", "threat"),
    ("The candidate said he would carpet-bomb the militants into oblivion.",
     "he would carpet-bomb the militants into oblivion", "said", "threaten", "threat"),
    # ninth round: a warning that tells someone what (not) to do demands it; a warning of a possible event
    # still predicts
    ("The admiral warned Beijing against provocative moves near the reef.",
     "Beijing against provocative moves near the reef", "warned", "demand", "warning"),
    ("Health officials warned residents to stay indoors on Friday.", "residents to stay indoors on Friday",
     "warned", "demand", "warning"),
    ("The economist warned that prices could rise next year.", "prices could rise next year", "warned",
     "predict", "warning"),
    # twentieth act round: a warning that a deed would be intolerable condemns it
    ("The clergy warned that a ban of that kind would be unacceptable to many families.",
     "a ban of that kind would be unacceptable to many families", "warned", "condemn", "condemnation"),
    # ninth round: "that's not true" / "it is false" answering what was said denies it; "that's wrong" of an
    # act is no denial of a statement
    ('"That is simply not true," the spokeswoman said.', "That is simply not true", "said", "deny", "dismissal"),
    ('"It is a lie from start to finish," the senator said.', "It is a lie from start to finish", "said", "deny",
     "dismissal"),
    ('"Their numbers just do not add up," the treasurer said.', "Their numbers just do not add up", "said", "deny",
     "dismissal"),
    ("The auditor said the firm's story does not hold water.", "the firm's story does not hold water", "said",
     "deny", "dismissal"),
    # ... an answer opening with a flat "No", an existential that finds nothing in it, and naming it false
    ('"No, the council is not where it needs to be on housing," the mayor tweeted.',
     "No, the council is not where it needs to be on housing", "tweeted", "deny", "dismissal"),
    ("The spokeswoman said there is no truth to the report.", "there is no truth to the report", "said", "deny",
     "dismissal"),
    # twentieth act round: a noun of a charge found nowhere; a typographic "there’s" (in some parses its "’s"
    # is a verb with an object, read since the same round)
    ("The county clerk's lawyer said there was no wrongdoing in the count.", "there was no wrongdoing in the count",
     "said", "deny", "dismissal"),
    ("The coach says there’s no problem in the locker room.", "there’s no problem in the locker room", "says",
     "deny", "dismissal"),
    ('"There is a myth that the new stadium paid for itself. Don\'t believe it," the auditor said.',
     "There is a myth that the new stadium paid for itself. Don't believe it", "said", "deny", "dismissal"),
    ('"Here there will be no lies and no spin," the chairman said.', "Here there will be no lies and no spin",
     "said", "predict", "prediction"),
    ('"The mayor says the budget is balanced. Don\'t believe it," the treasurer said.',
     "The mayor says the budget is balanced. Don't believe it", "said", "deny", "dismissal"),
    # "buy" as "believe" (the verbs dismissal looks for in the content's terms first: twelfth speed round)
    ('"The mayor says the budget is balanced. Do not buy that," the councillor said.',
     "The mayor says the budget is balanced. Do not buy that", "said", "deny", "dismissal"),
    ("Aides to the governor told reporters there’s nothing to see here.", "there’s nothing to see here", "told",
     "deny", "dismissal"),
    ('"No one knows where the money went," the mayor said.', "No one knows where the money went",
     "said", "assert", "default"),
    ("The senator calls this a false story that voters will not buy.", "this a false story that voters will not buy",
     "calls", "deny", "naming"),
    # ninth round: denying a person a quality their office needs accuses them, also under a negated
    # belief; said of a thing it describes
    ('"She is not qualified to lead this state," the challenger said of the governor.',
     "She is not qualified to lead this state", "said", "accuse", "disqualification"),
    ('"I don\'t think you are fit to serve if you took that money," the senator told his rival.',
     "I don't think you are fit to serve if you took that money", "told", "accuse", "disqualification"),
    ("The engineer said the new bridge is not ready for heavy traffic.",
     "the new bridge is not ready for heavy traffic", "said", "assert", "default"),
    # issue 15's act33 round: the same quality granted, with the office or its duty under it, backs the
    # person; a deed one is ready for, a thing ready for use, or the speaker's own readiness backs no one
    ("The retired judge said her former clerk is superbly qualified to be governor.",
     "her former clerk is superbly qualified to be governor", "said", "support", "qualification"),
    ('"I think the deputy mayor is prepared to be governor," the councilwoman said.',
     "I think the deputy mayor is prepared to be governor", "said", "support", "qualification"),
    ("The union chief said the new manager was ready to sign the wage deal.",
     "the new manager was ready to sign the wage deal", "said", "assert", "default"),
    ("The engineer said the new bridge is ready for heavy traffic.",
     "the new bridge is ready for heavy traffic", "said", "assert", "default"),
    ('"I am ready to lead this city," the deputy mayor said.',
     "I am ready to lead this city", "said", "assert", "default"),
    # ninth round: the speaker saying they did wrong concedes it; the same said of someone else (a pronoun
    # that does not agree with the cue's subject) accuses
    ('"We misled our members about the pension fund," the chairman said.',
     "We misled our members about the pension fund", "said", "concede", "confession"),
    ("The hacker said he victimized dozens of families from his apartment.",
     "he victimized dozens of families from his apartment", "said", "concede", "confession"),
    ("The three women said he assaulted them in the parking lot.", "he assaulted them in the parking lot",
     "said", "accuse", "accusation"),
    # ninth round: wanting someone in an office, or choosing them over another, supports them; taking
    # something seriously, or deserving a punishment, does not
    ("The nurse said Ms. Diaz should be governor.", "Ms. Diaz should be governor", "said", "support",
     "preference"),
    ('"I will take Diaz over Hale any day of the week," the farmer said.',
     "I will take Diaz over Hale any day of the week", "said", "support", "preference"),
    ("The union leader said Ms. Diaz deserves to win the primary.", "Ms. Diaz deserves to win the primary", "said",
     "support", "preference"),
    ('"We take our duties to the voters very seriously," the clerk said.',
     "We take our duties to the voters very seriously", "said", "assert", "default"),
    ("The prosecutor said Smith deserves to go to prison for the fraud.",
     "Smith deserves to go to prison for the fraud", "said", "accuse", "accusation"),
    # ninth round: "should" said of a proposition concludes, it obliges no one; wanting no part of something
    # is no demand
    ("The columnist wrote that the notion that the mayor could lose the primary should prompt a rethink.",
     "the notion that the mayor could lose the primary should prompt a rethink", "wrote", "assert", "default"),
    ('"We want no part in the auction," the company said.', "We want no part in the auction", "said", "assert",
     "default"),  # since the act22 round no denial either: an attitude, no act denied
    # ninth round: a positive quality in excess ("too ready", "too focused") is a fault; "too good a leader
    # to lose" still praises
    ("The rival suggested that the senator would be too ready to send troops abroad.",
     "the senator would be too ready to send troops abroad", "suggested", "accuse", "predication"),
    ('"The mayor is too good a leader to lose," the donor said.', "The mayor is too good a leader to lose", "said",
     "support", "praise"),
    # ninth round: a negated comparative is a superlative, no denial ("never been prouder"); a tweet's
    # subjectless "Loved ..." is the speaker's backing
    ('"We have never been prouder of having served with you," the aide wrote to the governor.',
     "We have never been prouder of having served with you", "wrote", "support", "satisfaction"),
    ('"We never paid them a cent," the treasurer said.', "We never paid them a cent", "said", "deny",
     "own_denial"),
    ('"Loved the new season of the show, wish they made more!" the senator said.',
     "Loved the new season of the show, wish they made more!", "said", "support", "own_backing"),
    # ninth round: "would" with an adverb of frequency is a past habit, not a prediction
    ("The student said politics would occasionally come up in her classes.",
     "politics would occasionally come up in her classes", "said", "assert", "default"),
    # ninth round: a future the first-person speaker vouches for ("I bet", "I can promise you") predicts
    ('"I bet the senator is going to run again next year," the activist said.',
     "I bet the senator is going to run again next year", "said", "predict", "prediction"),
    # tenth round: a strong negative judgement said of a deed or a statement condemns it; said of a person
    # it accuses (predication), said of a plain thing it describes
    ("The mayor told reporters that the governor's remarks about the farmers were shameful.",
     "the governor's remarks about the farmers were shameful", "told", "condemn", "condemnation"),
    ('"The way the board treats its nurses is disgusting. This policy is a disgusting and shameful one," the '
     "union said.", "This policy is a disgusting and shameful one", "said", "condemn", "condemnation"),
    ("The senator said Smith is a shameful liar.", "Smith is a shameful liar", "said", "accuse", "accusation"),
    ("The engineer said the old road is dangerous.", "the old road is dangerous", "said", "assert", "default"),
    ("The senator called the policy a disgusting insult to veterans.", "the policy a disgusting insult to veterans",
     "called", "condemn", "naming"),
    ("The senator called the plan a mistake.", "the plan a mistake", "called", "accuse", "naming"),
    # tenth round: a policy that ought to be adopted, or ought not to be removed, is supported; an obligation
    # laid on someone stays a demand
    ("The nurses said the clinic's funding shouldn't be eliminated.", "the clinic's funding shouldn't be eliminated",
     "said", "support", "approval"),
    ("The mayor said the new budget should be approved quickly.", "the new budget should be approved quickly",
     "said", "support", "approval"),
    ("The mayor said the senate should approve the budget.", "the senate should approve the budget", "said",
     "demand", "obligation"),
    ("The mayor said the old pier should be closed.", "the old pier should be closed", "said", "demand",
     "obligation"),
    # tenth round: the veiled threat of bare consequences; consequences *for* something are a forecast
    ("The minister said any move to seize the shoal would have consequences.",
     "any move to seize the shoal would have consequences", "said", "threaten", "threat"),
    ('"There will be consequences," the general said.', "There will be consequences", "said", "threaten",
     "threat"),
    ("The economist said the tariff will have consequences for trade.",
     "the tariff will have consequences for trade", "said", "predict", "prediction"),
    # tenth round: a contraction written with a typographic apostrophe is read as the straight one
    ("The aide suggested she\u2019ll run for the seat again next year.", "she\u2019ll run for the seat again next year",
     "suggested", "predict", "prediction"),
    ("The banker said he\u2019d replace the chair of the board.", "he\u2019d replace the chair of the board", "said",
     "predict", "prediction"),
    # eleventh round: a criticism verb other than one of moral condemnation finds fault with whoever did or
    # made what it criticises (an accusation); "condemn" of an event still condemns it
    ("The governor was criticized for cutting the school budget.", "cutting the school budget", "criticized for",
     "accuse", "cue"),
    ("The mayor blasted the new parking rules, which he said would hurt small shops.",
     "the new parking rules, which he said would hurt small shops", "blasted", "accuse", "cue"),
    ("The bishops condemned the bombing of the market, which killed 12 people.",
     "the bombing of the market, which killed 12 people", "condemned", "condemn", "cue"),
    # eleventh round: name-calling -- a person or organisation given a label the evaluation lexicon does not
    # score, in quotation marks or as a bare adjective, is accused; a plain label describes
    ('The senator called the governor a "clown" on Tuesday.', 'the governor a "clown" on Tuesday', "called",
     "accuse", "naming"),
    ("The columnist called the company unpatriotic.", "the company unpatriotic", "called", "accuse", "naming"),
    ("The senator called the city her home.", "the city her home", "called", "assert", "default"),
    ("The senator called the plan a first step.", "the plan a first step", "called", "assert", "default"),
    # eleventh round: the speaker's satisfaction supports even when it names nothing it is about, or names it
    # as the object of an infinitive; respecting someone backs them; a bare negative answer denies
    ('"We are extremely happy," the union leader said.', "We are extremely happy", "said", "support",
     "satisfaction"),
    ('"We are so excited to meet our new coach!" she wrote.', "We are so excited to meet our new coach!", "wrote",
     "support", "satisfaction"),
    ("The senator said he does respect the governor.", "he does respect the governor", "said", "support",
     "own_backing"),
    ('"Absolutely not. Absolutely not," the mayor responded.', "Absolutely not. Absolutely not", "responded", "deny",
     "dismissal"),
    ('"Of course not," the mayor replied.', "Of course not", "replied", "deny", "dismissal"),
    ('"Not now," the mayor replied.', "Not now", "replied", "assert", "default"),
    # eleventh round: an ultimatum -- the speaker's own action made conditional on what someone else fails to
    # do, or any conditional own action after a warning -- threatens; a plain conditional plan predicts
    ("The mayor said she would close the pier if the company did not pay its fees.",
     "she would close the pier if the company did not pay its fees", "said", "threaten", "threat"),
    ("The ministers warned they could sell off their bonds if the bill becomes law.",
     "they could sell off their bonds if the bill becomes law", "warned", "threaten", "threat"),
    ("The mayor said she would close the pier if it rains.", "she would close the pier if it rains", "said",
     "predict", "prediction"),
    # "unless" and "if" are looked up in the content's terms first (the second claims speed round): still read
    ('"We will walk out of the talks unless the board pays," the steward said.',
     "We will walk out of the talks unless the board pays", "said", "threaten", "threat"),
    ('"If the board does not pay, we will walk out of the talks," the steward said.',
     "If the board does not pay, we will walk out of the talks", "said", "threaten", "threat"),
    # twelfth round: a past obligation left unmet reproaches whoever failed it; of the speaker it concedes
    ('"The board should have warned the tenants months ago," the lawyer said.',
     "The board should have warned the tenants months ago", "said", "accuse", "reproach"),
    ("The coach said he should not have benched his best striker.", "he should not have benched his best striker",
     "said", "concede", "reproach"),
    ('"The board should warn the tenants," the lawyer said.', "The board should warn the tenants", "said", "demand",
     "obligation"),
    # twelfth round: calling something necessary demands what must happen, or backs the thing
    ('"It is necessary to rebuild the levees before the storms," the engineer said.',
     "It is necessary to rebuild the levees before the storms", "said", "demand", "necessity"),
    ("The engineer said there is an urgent need for the county to repair the levees.",
     "there is an urgent need for the county to repair the levees", "said", "demand", "necessity"),
    ('"The new rail line is absolutely vital to our region," the mayor said.',
     "The new rail line is absolutely vital to our region", "said", "support", "necessity"),
    ("The professor said the senator was critical of the merger.", "the senator was critical of the merger",
     "said", "assert", "default"),
    ('"It is the first time a mayor has visited the mill," the foreman said.',
     "It is the first time a mayor has visited the mill", "said", "assert", "default"),
    # twelfth round: a deed of misconduct the evaluation lexicon leaves unscored accuses its agent
    ("The union said the company is trying to interfere in the vote.",
     "the company is trying to interfere in the vote", "said", "accuse", "misconduct"),
    ("Her lawyer said the mayor made up the whole story.", "the mayor made up the whole story", "said",
     "accuse", "misconduct"),
    ("The coach said the early losses were soon made up for by the new signings.",
     "the early losses were soon made up for by the new signings", "said", "assert", "default"),
    # twelfth round: the speaker's own future act of putting a proposal into effect backs it
    ("The governor said she would sign the water bill.", "she would sign the water bill", "said", "support",
     "own_backing"),
    ("Northwind Bank said it would cooperate with the inquiry.", "it would cooperate with the inquiry", "said",
     "support", "own_backing"),
    # twelfth round: a verb of apprehension voices the holder's attitude, and a mildly negative noun that is
    # nobody's names the topic: neither accuses anyone
    ("The farmers said they fear the council will sell the land next year.",
     "they fear the council will sell the land next year", "said", "predict", "prediction"),
    ("The dean said student debt was the main topic of the meeting.",
     "student debt was the main topic of the meeting", "said", "assert", "default"),
    ("The dean said the senator's threats were the main topic of the meeting.",
     "the senator's threats were the main topic of the meeting", "said", "accuse", "accusation"),
    # twelfth round: a mandative subjunctive after the cue demands
    ("The residents suggested the county repave the road before winter.",
     "the county repave the road before winter", "suggested", "demand", "ask_to"),
    ("The residents suggested the county repaved the road before winter.",
     "the county repaved the road before winter", "suggested", "assert", "default"),
    # twelfth round: a word of an experiencer's distress is a feeling, not anyone's fault
    ('"Our nurses are fearful and anxious about the cuts," the union leader said.',
     "Our nurses are fearful and anxious about the cuts", "said", "assert", "default"),
    # twelfth round: a first-person present progressive directive is performed by saying it; "it is time to"
    ('"I am asking the board to reopen the clinic," the mayor said.',
     "I am asking the board to reopen the clinic", "said", "demand", "performative"),
    ('"I am not asking the board for anything," the mayor said.', "I am not asking the board for anything", "said",
     "deny", "own_denial"),
    ('"It is time to end this strike," the mayor said.', "It is time to end this strike", "said", "demand",
     "necessity"),
    # twelfth round: "caucus for" backs like "vote for"; "caucus in" a place does not
    ("The teacher said she intends to caucus for the governor.", "she intends to caucus for the governor", "said",
     "support", "own_backing"),
    ("The teacher said she will caucus in Des Moines.", "she will caucus in Des Moines", "said", "predict",
     "prediction"),
    # twelfth round: a scheduled occasion with its date is a timetable, an announced fact
    ("The governor's office announced that she will meet with the striking nurses on Friday.",
     "she will meet with the striking nurses on Friday", "announced", "assert", "default"),
    ("The governor's office said the strike will end soon.", "the strike will end soon", "said", "predict",
     "prediction"),
    # twelfth round: the speaker's own future hostile act conjoined to another, and "make them pay", threaten
    ("The candidate said he would raise the tolls or impound the trucks of the cartel.",
     "he would raise the tolls or impound the trucks of the cartel", "said", "threaten", "threat"),
    ("The candidate said he would build a fence and make the cartel pay for it.",
     "he would build a fence and make the cartel pay for it", "said", "threaten", "threat"),
    # twelfth round: a reported admission concedes whatever the cue
    ("The newspaper noted that the coach has acknowledged he will not renew his contract.",
     "the coach has acknowledged he will not renew his contract", "noted", "concede", "admission"),
    # thirteenth round: a copula contracted with a typographic apostrophe is "be" like the straight one
    ('"It’s time to end this strike," the mayor said.', "It’s time to end this strike", "said", "demand",
     "necessity"),
    ('"It’s necessary to rebuild the levees before the storms," the engineer said.',
     "It’s necessary to rebuild the levees before the storms", "said", "demand", "necessity"),
    # thirteenth round: a hostile action the speaker sets as their aim, or does their future act for, threatens
    ('"Our goal is to defeat and destroy the cartel," the general said.',
     "Our goal is to defeat and destroy the cartel", "said", "threaten", "threat"),
    ('"The mission is to destroy the militia," the general said.', "The mission is to destroy the militia", "said",
     "threaten", "threat"),
    ("The governor said she would send the guard to crush the revolt.",
     "she would send the guard to crush the revolt", "said", "threaten", "threat"),
    ("The governor said she would send the guard to rebuild the town.",
     "she would send the guard to rebuild the town", "said", "predict", "prediction"),
    ('"Their goal is to destroy the union," the mayor said.', "Their goal is to destroy the union", "said",
     "accuse", "accusation"),
    # speed39: the lemma gate before _hostile keeps the verbs of pursuit ("go after", "come after") of an aim
    ('"Our aim is to go after the smugglers," the captain said.', "Our aim is to go after the smugglers", "said",
     "threaten", "threat"),
    # thirteenth round: a noun of apprehension that is nobody's voices an attitude, as the verb does
    ("The aide said the council's plan raised new worries about the river.",
     "the council's plan raised new worries about the river", "said", "assert", "default"),
    ("The aide said the mayor's plan raised fears among the farmers.",
     "the mayor's plan raised fears among the farmers", "said", "assert", "default"),
    # thirteenth round: the speaker taking the responsibility or the blame concedes; not in a question
    ('"I take full responsibility," the mayor said.', "I take full responsibility", "said", "concede",
     "admission"),
    ("The mayor said she accepted the blame for the flooding.", "she accepted the blame for the flooding", "said",
     "concede", "admission"),
    ('"Do I bear responsibility for the flood?" the mayor asked.', "Do I bear responsibility for the flood",
     "asked", "question", "question"),
    ('"We take our responsibilities seriously," the board said.', "We take our responsibilities seriously",
     "said", "assert", "default"),
    # thirteenth round: a question mark closing a later sentence of a statement nobody asked for is rhetorical
    ('"We built the school in two years. Who else could do that?" the mayor said.',
     "We built the school in two years. Who else could do that", "said", "assert", "default"),
    # (since the act32 round a one-sentence question nobody asked for asks nothing either: unasked_question)
    ('"Who else could build a school in two years?" the mayor said.', "Who else could build a school in two years",
     "said", "assert", "unasked_question"),
    ('"We built the school in two years. Who else could do that?" the mayor asked.',
     "We built the school in two years. Who else could do that", "asked", "question", "question"),
    # thirteenth round: praise counts in the speaker's own quoted words; reported, it is an account (a strong
    # word said of the agent itself still supports: "Biden is a wonderful and honest leader", rule "predication")
    ("The coach said the club has helped the young players grow with great success.",
     "the club has helped the young players grow with great success", "said", "assert", "default"),
    ('"The club has helped the young players grow with great success," the coach said.',
     "The club has helped the young players grow with great success", "said", "support", "praise"),
    # thirteenth round: a quoted "would" is a hypothetical, no future shifted back by reported speech
    ('"A second bridge would take ten years to build," the engineer said.',
     "A second bridge would take ten years to build", "said", "assert", "default"),
    ("The engineer said a second bridge would take ten years to build.",
     "a second bridge would take ten years to build", "said", "predict", "prediction"),
    ('"The second bridge will take ten years to build," the engineer said.',
     "The second bridge will take ten years to build", "said", "predict", "prediction"),
    # thirteenth round: a misconduct the speaker believes someone did accuses them; disbelieved it does not
    ("The coach said he thought the mayor had made up the story.", "he thought the mayor had made up the story",
     "said", "accuse", "misconduct"),
    ("The coach said he did not think the mayor had made up the story.",
     "he did not think the mayor had made up the story", "said", "assert", "default"),
    # fourteenth round: a "for" the parse hangs on the clause after "called" is a call for it, not a naming
    ("The mayor called for the state to repave the road before winter.",
     "the state to repave the road before winter", "called", "demand", "cue"),
    ("The mayor called the state's road plan a disgrace.", "the state's road plan a disgrace", "called", "condemn",
     "naming"),
    # fourteenth round: a criticism or attack of a person or organisation that the content reports accuses
    ("The aide said he quit when the governor began attacking Maria Lopez.",
     "he quit when the governor began attacking Maria Lopez", "said", "accuse", "reported_criticism"),
    ("The minister said the report was on his desk and accused the Labour Party of changing the count.",
     "the report was on his desk and accused the Labour Party of changing the count", "said", "accuse",
     "reported_criticism"),
    ("The aide said the governor never attacked Maria Lopez.",
     "the governor never attacked Maria Lopez", "said", "assert", "default"),
    ("The aide said the storm attacked the coast overnight.", "the storm attacked the coast overnight", "said",
     "assert", "default"),
    # fourteenth round: the speaker declaring themselves ready for a fight threatens it
    ("The senator says she is prepared for a floor fight if the party drops the wage plank.",
     "she is prepared for a floor fight if the party drops the wage plank", "says", "threaten", "threat"),
    ("The union leader said he is ready to sue the city over the layoffs.",
     "he is ready to sue the city over the layoffs", "said", "threaten", "threat"),
    ("The union leader said he is ready for the new season.", "he is ready for the new season", "said", "assert",
     "default"),
    # fourteenth round: a warning of the speaker's own future action threatens it ("he'd be making" is a future)
    ("The candidate warned he'd be making an issue of the senator's old votes.",
     "he'd be making an issue of the senator's old votes", "warned", "threaten", "threat"),
    ('"We will close the bridge to trucks," the mayor warned.', "We will close the bridge to trucks", "warned",
     "threaten", "threat"),
    ("The engineer warned the bridge would be closing soon.", "the bridge would be closing soon", "warned",
     "predict", "warning"),
    # fourteenth round: the speaker's own obligation in the first person singular demands nothing of anyone
    ('"I have to watch every dollar I spend," the student said.', "I have to watch every dollar I spend", "said",
     "assert", "default"),
    ('"We have to watch every dollar the city spends," the mayor said.',
     "We have to watch every dollar the city spends", "said", "demand", "obligation"),
    # fifteenth round: praise said of anything in the future or the conditional backs it (reported or quoted)
    ("The strategist said the former governor would be a very effective advocate for the nominee.",
     "the former governor would be a very effective advocate for the nominee", "said", "support", "predication"),
    ('"The new plank would be remarkable," the delegate said.', "The new plank would be remarkable", "said",
     "support", "predication"),
    ('"It will be interesting to see where the party goes," the delegate said.',
     "It will be interesting to see where the party goes", "said", "predict", "prediction"),
    # (a negated praise of a person is no backing; since the eighteenth round the copula's "not" reaches "useful"
    # in "not a useful advocate", so it reads as the fault it is)
    ("The strategist said the former governor would not be a useful advocate.",
     "the former governor would not be a useful advocate", "said", "accuse", "accusation"),
    # fifteenth round: an evaluation said of "this" / "that" / "it" in the speaker's own words judges it
    ('"That was a great speech you made on Tuesday," the senator told the mayor.',
     "That was a great speech you made on Tuesday", "told", "support", "predication"),
    ('"This is a very difficult investigation," the mayor said.', "This is a very difficult investigation", "said",
     "accuse", "predication"),
    # act21 round: a deed done in secret imputes the concealment to the doer; done openly it is told
    ("The paper reported the lobby group has secretly funded trips for the councillors.",
     "the lobby group has secretly funded trips for the councillors", "reported", "accuse", "misconduct"),
    ("The paper reported the lobby group has funded trips for the councillors.",
     "the lobby group has funded trips for the councillors", "reported", "assert", "default"),
    ('"It is good to see the mayor back at work," the senator said.', "It is good to see the mayor back at work",
     "said", "assert", "default"),
    ("The mayor said this was a very difficult investigation.", "this was a very difficult investigation", "said",
     "assert", "default"),
    ('"It is just sad to watch the old mill close," the mayor said.', "It is just sad to watch the old mill close",
     "said", "assert", "default"),
    # (since the act23 round a state with "would" asserts, no forecast: a judgement under a hypothesis)
    ("The economist said it would be easier to repair the old bridge.", "it would be easier to repair the old bridge",
     "said", "assert", "default"),
    # fifteenth round: a quality in excess the lexicon leaves unscored, and a misplaced priority, are faults
    ("The organiser said the party leaders are too concerned with their own careers.",
     "the party leaders are too concerned with their own careers", "said", "accuse", "predication"),
    ("The organiser said the rain was too heavy for the march.", "the rain was too heavy for the march", "said",
     "assert", "default"),
    ("The auditor said the minister put speed over safety when building the bridge.",
     "the minister put speed over safety when building the bridge", "said", "accuse", "misconduct"),
    ("The auditor said the minister put the report on the table.", "the minister put the report on the table",
     "said", "assert", "default"),
    ("The aide said the governor placed several calls to the mayor over the next six months.",
     "the governor placed several calls to the mayor over the next six months", "said", "assert", "default"),
    # fifteenth round: the parser makes a typographic "’s" a verb and "time" its object: still "it is time to"
    ("The mayor wrote on Twitter: “It’s time to close the old mine for good,” adding a photo.",
     "It’s time to close the old mine for good", "wrote", "demand", "necessity"),
    # fifteenth round: an agent said to be, or to do, no longer what it was or did is faulted
    ('"The union does not speak for the miners anymore," the foreman said.',
     "The union does not speak for the miners anymore", "said", "accuse", "lost_standing"),
    ("The engineer said the old ferry no longer runs on Sundays.", "the old ferry no longer runs on Sundays", "said",
     "assert", "default"),
    ("The senator said the party no longer listens to its voters.", "the party no longer listens to its voters",
     "said", "accuse", "lost_standing"),
    ('"I do not coach the team anymore," the former manager said.', "I do not coach the team anymore", "said",
     "deny", "own_denial"),
    # act34 round: a plan or a person said not to go far enough is faulted; "goes far enough" only asserts
    ("The tenants' group said the new budget does not go far enough to protect renters.",
     "the new budget does not go far enough to protect renters", "said", "accuse", "not_far_enough"),
    ('"This ferry plan goes nowhere near far enough," the councillor said.',
     "This ferry plan goes nowhere near far enough", "said", "accuse", "not_far_enough"),
    ("The pastor said she did not think the county pact went far enough on wages.",
     "she did not think the county pact went far enough on wages", "said", "accuse", "not_far_enough"),
    ('"The harbour bill goes far enough," the councillor said.', "The harbour bill goes far enough", "said",
     "assert", "default"),
    # act45 round: a blame laid on a person or organisation, or on what they own, accuses them; a thing blamed,
    # a blame denied or the speaker's own blame does not
    ("The senator said the mayor is to blame for the flooding.",
     "the mayor is to blame for the flooding", "said", "accuse", "blame_laid"),
    ("The senator said the mayor's cuts are partly to blame for the flooding.",
     "the mayor's cuts are partly to blame for the flooding", "said", "accuse", "blame_laid"),
    ("The senator said some of the blame for the flooding belongs to the mayor.",
     "some of the blame for the flooding belongs to the mayor", "said", "accuse", "blame_laid"),
    ("The senator said the mayor deserves much of the blame for the flooding.",
     "the mayor deserves much of the blame for the flooding", "said", "accuse", "blame_laid"),
    ("The senator said the flooding was largely the fault of Mayor Ortiz.",
     "the flooding was largely the fault of Mayor Ortiz", "said", "accuse", "blame_laid"),
    ("The senator said the storm is to blame for the flooding.", "the storm is to blame for the flooding", "said",
     "assert", "default"),
    ("The senator said the flooding was not the fault of the mayor.", "the flooding was not the fault of the mayor",
     "said", "assert", "default"),
    ("The senator said we are to blame for the flooding.", "we are to blame for the flooding", "said", "assert",
     "default"),
    # act46 round: a statement made in attacking or complaining of someone accuses them (critical_frame) where
    # the content names someone else as its subject; a complaint of a thing or of the speaker's own lot does not
    ("The senator went on to attack the governor, saying he had not read the bill.", "he had not read the bill",
     "saying", "accuse", "critical_frame"),
    ("Residents have long complained that the council does not listen to the voters.",
     "the council does not listen to the voters", "complained", "accuse", "critical_frame"),
    ("Jones echoed the criticism, saying the mayor has lost touch with the neighborhoods.",
     "the mayor has lost touch with the neighborhoods", "saying", "accuse", "critical_frame"),
    ("The mayor complained that the hall was cold.", "the hall was cold", "complained", "assert", "default"),
    ("The mayor complained that he was never asked about the plan.", "he was never asked about the plan",
     "complained", "assert", "default"),
    ("The senator complained that the vote had been rigged against her, a charge that the county clerks denied, "
     "noting that they had used the same machines for years.", "they had used the same machines for years",
     "noting", "assert", "default"),
    # act46 round: "why" with a negated auxiliary and a third-person subject, "how can anyone", and a duty
    # inside a challenging question, fault whom they name; "why don't you" invites
    ('"Why won\'t the mayor release the report?" Jones said.', "Why won't the mayor release the report", "said",
     "accuse", "question"),
    ('"The council raised the fees again. Why can\'t they balance a budget like every family does?" the organiser '
     "said.", "The council raised the fees again. Why can't they balance a budget like every family does", "said",
     "accuse", "question"),
    ('"How can anyone trust a man who lied to the voters twice?" Jones said.',
     "How can anyone trust a man who lied to the voters twice", "said", "accuse", "question"),
    ('"How can anyone afford a house here?" the tenant said.', "How can anyone afford a house here", "said",
     "assert", "unasked_question"),
    ('"Why don\'t you come to the fair on Sunday?" the mayor said.', "Why don't you come to the fair on Sunday",
     "said", "assert", "unasked_question"),
    ('"The mayor has seen the audit. Does he really need to ask why the fees went up?" Jones said.',
     "The mayor has seen the audit. Does he really need to ask why the fees went up", "said", "accuse",
     "rhetorical_question"),
    ('"We need to fix the roads. Do we really need another study?" Jones said.',
     "We need to fix the roads. Do we really need another study", "said", "demand", "obligation"),
    ('"The mayor won that primary by a mile, so why should the seat be grabbed from him? We have worked for '
     'years to bring these voters in," asked Jones.',
     "The mayor won that primary by a mile, so why should the seat be grabbed from him? We have worked for years "
     "to bring these voters in", "asked", "demand", "obligation"),
    # act49 round: the speaker's "I wonder why" over a negated clause with a third-person subject faults it; a
    # "why" with no negation, or one about "we", still asks
    ('"I wonder why the agency can\'t find the records when we found them in a day," the senator said.',
     "I wonder why the agency can't find the records when we found them in a day", "said", "accuse", "wondered_why"),
    ('"We wonder why they never answered our letters," the tenants said.',
     "We wonder why they never answered our letters", "said", "accuse", "wondered_why"),
    ('"I wonder why the agency moved the office," the senator said.',
     "I wonder why the agency moved the office", "said", "question", "performative"),
    ('"I wonder why we didn\'t go sooner," the senator said.', "I wonder why we didn't go sooner", "said",
     "question", "performative"),
    # act49 round: a group in power is an agent (ruling_group), so a charge against it accuses; a school class is none
    ("Shop owners complained on Monday that the political class ignores small firms.",
     "the political class ignores small firms", "complained", "accuse", "accusation"),
    ("Shop owners complained on Monday that the establishment ignores small firms.",
     "the establishment ignores small firms", "complained", "accuse", "accusation"),
    ("Parents have long complained that the history class does not start on time.",
     "the history class does not start on time", "complained", "assert", "default"),
    # act50 round: a content that opens with its predicate is said of the doer outside it (doer_outside, after
    # predication), a relative clause's antecedent too; not the speaker's own deed, nor a doer that is no person
    # or organisation
    ('Two former aides wrote that the mayor "made terrible hiring choices and ran the harbour into debt."',
     "made terrible hiring choices and ran the harbour into debt", "wrote", "accuse", "doer_outside"),
    ('Two former aides wrote that the mayor "was careless with money."', "was careless with money", "wrote",
     "accuse", "predication"),
    ("Union leaders attacked a pension board that they said has cheated retired workers for years.",
     "has cheated retired workers for years", "said", "accuse", "doer_outside"),
    ('The coach said he "made terrible mistakes all season."', "made terrible mistakes all season", "said",
     "assert", "default"),
    ('Neighbours said the storm "destroyed the old barn and flooded the road."',
     "destroyed the old barn and flooded the road", "said", "assert", "default"),
    # act50 round: a praise word under "less" names the quality lacking (less_quality, in the valences)
    ("The aide said the mayor has become less committed to the harbour project.",
     "the mayor has become less committed to the harbour project", "said", "accuse", "accusation"),
    ("The senator said the governor's plan would make our towns less safe.",
     "the governor's plan would make our towns less safe", "said", "accuse", "accusation"),
    # act34 round: a person named as the one to choose ("the best alternative is X", "X is that candidate")
    ('"I think the best alternative to the mayor is Tom Reyes," the organiser said.',
     "I think the best alternative to the mayor is Tom Reyes", "said", "support", "best_choice"),
    ('"If you want someone who can win the county, Maria Lopez is that candidate," the organiser said.',
     "If you want someone who can win the county, Maria Lopez is that candidate", "said", "support", "best_choice"),
    ('"Tom Reyes is the Republican candidate," the organiser said.', "Tom Reyes is the Republican candidate", "said",
     "assert", "default"),
    # a candidate naming himself as the one to choose promotes himself; he backs no one
    ('"If you want someone who can win the county, Maria Lopez is that candidate," Lopez said.',
     "If you want someone who can win the county, Maria Lopez is that candidate", "said", "assert", "default"),
    # act35 round: a link said not to exist denies the link (a main "be unrelated", a negated "linked", "have
    # nothing to do with", "no connection"); a link affirmed asserts, one under "should" demands
    ("The club's spokesman said the coach's departure was unrelated to the losing streak.",
     "the coach's departure was unrelated to the losing streak", "said", "deny", "no_connection"),
    ("The treasurer said the levy was not linked to the stadium deal.", "the levy was not linked to the stadium deal",
     "said", "deny", "no_connection"),
    ("She said the fees have no connection to the budget vote.", "the fees have no connection to the budget vote",
     "said", "deny", "no_connection"),
    ("The treasurer said the levy was linked to the stadium deal.", "the levy was linked to the stadium deal", "said",
     "assert", "default"),
    ("The chairman said the mayor should have nothing to do with the fund.",
     "the mayor should have nothing to do with the fund", "said", "demand", "obligation"),
    # act35 round: an inquiry that found no evidence of a charge denies it, in a later conjunct too
    ("A lawyer for the clinic said there were four inquiries into the clinic and none of them found any evidence "
     "of fraud by its staff.",
     "there were four inquiries into the clinic and none of them found any evidence of fraud by its staff", "said",
     "deny", "no_evidence_found"),
    # act36 round: a word of strong disapproval pinned on a named person or organisation, or on what they own,
    # accuses them where praise words elsewhere cancel the content's sum; not a plural common noun, not the speaker
    ("The senator said Smith's dishonest campaign promised voters a wonderful, safe and prosperous future.",
     "Smith's dishonest campaign promised voters a wonderful, safe and prosperous future", "said", "accuse",
     "epithet"),
    ('"The mayor\'s absurd claim that the levy helps every family shows he has learned nothing," the organiser said.',
     "The mayor's absurd claim that the levy helps every family shows he has learned nothing", "said", "accuse",
     "epithet"),
    ("The senator said dishonest lobbyists promised voters a wonderful, safe and prosperous future.",
     "dishonest lobbyists promised voters a wonderful, safe and prosperous future", "said", "assert", "default"),
    ('"My terrible pass gave them a wonderful, easy chance to win," the striker said.',
     "My terrible pass gave them a wonderful, easy chance to win", "said", "assert", "default"),
    # act36 round: "it is important that X understand / to remember that ..." frames a fact, it demands nothing;
    # the later rules read what follows; "important to let them know" still asks for a deed
    ('"It is important that voters understand that the mayor has wasted millions on a failed stadium," the '
     "organiser said.",
     "It is important that voters understand that the mayor has wasted millions on a failed stadium", "said",
     "accuse", "accusation"),
    ('"It is important to remember how far the town has come in ten years," the mayor said.',
     "It is important to remember how far the town has come in ten years", "said", "assert", "knowing_frame"),
    ('"It is important to let the tenants know that the council hears them," the pastor said.',
     "It is important to let the tenants know that the council hears them", "said", "demand", "necessity"),
    # fifteenth round: more words of the speaker's satisfaction ("thankful", "impressed", "honored" ...)
    ('"We are so thankful for the volunteers," the coach said.', "We are so thankful for the volunteers", "said",
     "support", "satisfaction"),
    ("The senator said she has been impressed by the new governor.", "she has been impressed by the new governor",
     "said", "support", "satisfaction"),
    # seventeenth round: "go after" someone is an action against them
    ("The prosecutor vowed to go after the gangs that sell fentanyl in the county.",
     "to go after the gangs that sell fentanyl in the county", "vowed", "threaten", "threat"),
    ("The prosecutor vowed to go home early.", "to go home early", "vowed", "predict", "threat"),
    # eighteenth round: praise of an action the content puts in the future ("will") is a prediction of it;
    # praise said with a future "be" still backs what it praises
    ('"The governor\'s visit will bring real hope and help the valley recover," the aide said.',
     "The governor's visit will bring real hope and help the valley recover", "said", "predict", "prediction"),
    ('"The new governor will be a great leader for this state," the senator said.',
     "The new governor will be a great leader for this state", "said", "support", "praise"),
    # eighteenth round: an "if" that sets no condition on a future (a counterfactual, a concession) predicts nothing
    ("The economist said trade had clearly lifted the port's income, even if the gains were slow to arrive.",
     "trade had clearly lifted the port's income, even if the gains were slow to arrive", "said", "assert",
     "default"),
    ('"If the senator had won Ohio in March, he is the nominee today," the strategist said.',
     "If the senator had won Ohio in March, he is the nominee today", "said", "assert", "default"),
    ('"If the senator wins Ohio in March, he is the nominee," the strategist said.',
     "If the senator wins Ohio in March, he is the nominee", "said", "predict", "prediction"),
    # eighteenth round: rivals doubting each other's quality accuse, as a doubt of a named person's does
    ("Both mayors have been questioning the other's fitness to run the port.",
     "the other's fitness to run the port", "questioning", "accuse", "cue"),
    ("Both mayors have been questioning the bridge's fitness to carry heavy trucks.",
     "the bridge's fitness to carry heavy trucks", "questioning", "assert", "default"),
    # eighteenth round: a word of moral outrage VADER leaves unscored condemns a deed or words as its strong words do
    ("The novelist said the governor's comments about the refugees were intolerable.",
     "the governor's comments about the refugees were intolerable", "said", "condemn", "condemnation"),
    ('"The council\'s treatment of the tenants was disgraceful," the pastor said.',
     "The council's treatment of the tenants was disgraceful", "said", "condemn", "condemnation"),
    # eighteenth round: rejecting what someone said condemns it; rejecting a claim still denies it
    ("The prime minister rejects the senator's remarks about refugees.", "the senator's remarks about refugees",
     "rejects", "condemn", "repudiation"),
    ("The prime minister tweeted that he rejects the senator's latest comments about refugees.",
     "he rejects the senator's latest comments about refugees", "tweeted", "condemn", "repudiation"),
    ("The prime minister rejected the allegations about the refugees.", "the allegations about the refugees",
     "rejected", "deny", "cue"),
    # eighteenth round: a reported "he" / "she" of the other gender than the speaker stands for someone else
    ("Mrs. Lopez said he had not paid the parking fine.", "he had not paid the parking fine", "said", "assert",
     "default"),
    ("Mr. Lopez said he had not paid the parking fine.", "he had not paid the parking fine", "said", "deny",
     "own_denial"),
    ("Mrs. Lopez said he was a far better mayor than the governor.",
     "he was a far better mayor than the governor", "said", "support", "predication"),
    # eighteenth round: credit owed to someone else backs them; an obligation to get something else demands
    ('"The mayor should get due credit for the new bridge," the engineer said.',
     "The mayor should get due credit for the new bridge", "said", "support", "preference"),
    ('"The mayor should get the keys to the new bridge," the engineer said.',
     "The mayor should get the keys to the new bridge", "said", "demand", "obligation"),
    # support round: the speaker needing a person backs that person; a past need or a thing backs no one
    ('"We need someone who will stand up for this district," the farmer said.',
     "We need someone who will stand up for this district", "said", "support", "needed"),
    ('"Ortiz is exactly the mayor we need in this county," the pastor said.',
     "Ortiz is exactly the mayor we need in this county", "said", "support", "needed"),
    ('"We need more money for the roads," the mayor said.', "We need more money for the roads", "said", "assert",
     "default"),
    ('"We need fewer consultants at city hall," the mayor said.', "We need fewer consultants at city hall", "said",
     "assert", "default"),
    # support round: getting or rallying behind someone backs them, whoever is told to
    ("The pastor said that conservatives should get behind the governor.",
     "conservatives should get behind the governor", "said", "support", "rallying"),
    ('"If we want to keep the seat, the party had better get on board with Ortiz," the chairman said.',
     "If we want to keep the seat, the party had better get on board with Ortiz", "said", "support", "rallying"),
    ("The chairman said the delegates will not rally behind the senator.",
     "the delegates will not rally behind the senator", "said", "predict", "prediction"),
    # the speaker "with" him backs him (the verb and the preposition rallying reads first: twelfth speed round)
    ('"We are with him all the way," the county chairman said of the sheriff.', "We are with him all the way",
     "said", "support", "rallying"),
    # a report of others rallying is no call and no backing of the speaker's
    ("The organiser said the teachers are lining up behind the mayor.",
     "the teachers are lining up behind the mayor", "said", "assert", "default"),
    # accuse round (issue 15): a harm named only in a prepositional phrase, nobody's, is what the statement is
    # about, not a fault of the first person it names; the harm's holder is still accused
    ("The union said the mayor met the families of the victims of terror.",
     "the mayor met the families of the victims of terror", "said", "assert", "nameless_harm"),
    # act19 round: a harm conjoined with the object of the preposition is as nameless
    ("The union said the mayor met the families of the victims of terror and violence.",
     "the mayor met the families of the victims of terror and violence", "said", "assert", "nameless_harm"),
    ("The union said the mayor met the families of the victims of the mayor's fraud.",
     "the mayor met the families of the victims of the mayor's fraud", "said", "accuse", "accusation"),
    ("The union said the mayor's fraud cost the town millions.", "the mayor's fraud cost the town millions", "said",
     "accuse", "accusation"),
    ("The senator said the Iowa port is run by a crook.", "the Iowa port is run by a crook", "said", "accuse",
     "accusation"),
    # accuse round: an adverb that qualifies how something is said or done, nobody's, is no fault; an adverb of
    # the agent's own deed still is
    ("The analyst said the governor's plan is not easily summed up.", "the governor's plan is not easily summed up",
     "said", "assert", "adverbs_only"),
    ("The analyst said the mayor handled the budget badly.", "the mayor handled the budget badly", "said", "accuse",
     "accusation"),
    ("The tenants said the new law unfairly targets renters, as Hale intended.",
     "the new law unfairly targets renters, as Hale intended", "said", "accuse", "accusation"),
    # forecast round (issue 15): a future deed of someone else whose harm no one holds forecasts the harm it
    # will bring; a harm held by the doer, or a future "be", still accuses
    ("The mayor said the governor will bring in more criminals from the border towns.",
     "the governor will bring in more criminals from the border towns", "said", "predict", "prediction"),
    ("The union said the senator would push the board to adopt rules that could hurt the workers.",
     "the senator would push the board to adopt rules that could hurt the workers", "said", "predict",
     "prediction"),
    ("The union said the senator will lie to the voters again.", "the senator will lie to the voters again", "said",
     "accuse", "accusation"),
    ("The union said the governor would be a disaster for the state.",
     "the governor would be a disaster for the state", "said", "accuse", "accusation"),
    ("The farmers said the governor's reckless tariffs will cost them the harvest.",
     "the governor's reckless tariffs will cost them the harvest", "said", "accuse", "accusation"),
    # act19 round (issue 15): a praise word the negation turns tells of a good not done, no fault; denied of a
    # subject as its quality, or beside a word negative in itself, it still accuses
    ("The mayor said the council did not support the tenants' right to appeal.",
     "the council did not support the tenants' right to appeal", "said", "assert", "praise_withheld"),
    ("The union said the senator is not honest with the voters.", "the senator is not honest with the voters", "said",
     "accuse", "accusation"),
    ("The union said the senator was not a good friend to the workers.",
     "the senator was not a good friend to the workers", "said", "accuse", "accusation"),
    ("The union said the governor never paid his fraudulent debts.", "the governor never paid his fraudulent debts",
     "said", "accuse", "accusation"),
    # act21 round (issue 15): a question that challenges, in a statement nobody asked for, accuses the person or
    # organisation the statement names; a plain question put to the hearers stays what the other rules read,
    # and an asked one is a question
    ('"The governor promised us lower tolls. Does he really think the drivers forgot?" the mayor said.',
     "The governor promised us lower tolls. Does he really think the drivers forgot", "said", "accuse",
     "rhetorical_question"),
    ('"The council sat on our petition for a year. Does it really expect our votes now? We will see," the farmer said.',
     "The council sat on our petition for a year. Does it really expect our votes now? We will see", "said",
     "accuse", "rhetorical_question"),
    ('"The mayor is clearly experienced, right? She has run the city for ten years," the pastor said.',
     "The mayor is clearly experienced, right? She has run the city for ten years", "said", "assert", "default"),
    ('"The council promised us a new library three years ago. Where is it?" the mayor said.',
     "The council promised us a new library three years ago. Where is it", "said", "assert", "default"),
    ('"The council promised us a new library three years ago. Where is it?" the mayor asked.',
     "The council promised us a new library three years ago. Where is it", "asked", "question", "question"),
    # act21 round: words of disrespect and deceit VADER lacks judge whoever they are said of
    ("The pastor said the senator spoke to the miners disrespectfully.",
     "the senator spoke to the miners disrespectfully", "said", "accuse", "accusation"),
    ('"This is a sophomoric stunt," the senator said of the governor\'s budget.', "This is a sophomoric stunt", "said",
     "accuse", "predication"),
    # act22 round: a denial needs the negated predicate to be the speaker's act, not a later one of theirs
    ('"There is not much money left in the fund, and we spent what we had on the flood repairs," the treasurer said.',
     "There is not much money left in the fund, and we spent what we had on the flood repairs", "said", "assert",
     "default"),
    ('"The claim that I would cut pensions is just not accurate," the mayor said.',
     "The claim that I would cut pensions is just not accurate", "said", "deny", "dismissal"),
    # act22 round: a negated attitude of the speaker's (wanting, caring, seeing no reason) denies no act
    ("The senator said he does not care about the polls.", "he does not care about the polls", "said", "assert",
     "default"),
    ("The union said it sees no reason to end the strike.", "it sees no reason to end the strike", "said", "assert",
     "default"),
    ('"I never saw the memo," the director said.', "I never saw the memo", "said", "deny", "own_denial"),
    ('"We did not close the clinic, and we never sold the land," the mayor said.',
     "We did not close the clinic, and we never sold the land", "said", "deny", "own_denial"),
    ('"I have never seen the memo," the director said.', "I have never seen the memo", "said", "deny",
     "own_denial"),
    # act29 round (retold_question): a question inside a quotation the content opens after a comma or a verb
    # of saying is someone else's, retold; the speaker's own closing question still asks
    ('"When the flood came, her first words to the crew were, \'How quickly can we reopen the bridge?\'" '
     'the aide said.',
     "When the flood came, her first words to the crew were, 'How quickly can we reopen the bridge?'", "said",
     "assert", "default"),
    ('"Back in the old days at the plant it was \'Who does he think he is?\'" the foreman said.',
     "Back in the old days at the plant it was 'Who does he think he is?'", "said", "assert", "default"),
    # (since the act32 round the speaker's own one-sentence question asks only with an asking cue)
    ('"Will the plant reopen before the winter?" the foreman asked.',
     "Will the plant reopen before the winter?", "asked", "question", "question"),
    ('"Will the plant reopen before the winter?" the foreman said.',
     "Will the plant reopen before the winter?", "said", "assert", "unasked_question"),
    # act23 round: a future in a relative clause or an embedded question foretells nothing
    ('"Ms. Ortiz is the only candidate on the ballot who will repave the county roads," the mayor said.',
     "Ms. Ortiz is the only candidate on the ballot who will repave the county roads", "said", "assert", "default"),
    ("The pollster said the primary does not settle the question of how the governor will fare in the cities.",
     "the primary does not settle the question of how the governor will fare in the cities", "said", "assert",
     "default"),
    ('"If the board closes the mill, that will reshape the whole valley," the foreman said.',
     "If the board closes the mill, that will reshape the whole valley", "said", "predict", "prediction"),
    # act23 round: a state with "would" judges under a hypothesis; with a date or "probably" it still forecasts
    ("The adviser said the new stadium would be the largest in the state.",
     "the new stadium would be the largest in the state", "said", "assert", "default"),
    ("The adviser said the new stadium would be twice as large by next spring.",
     "the new stadium would be twice as large by next spring", "said", "predict", "prediction"),
    ("The pollster said the race would probably be close.", "the race would probably be close", "said", "predict",
     "prediction"),
    # act24 round (issue 15): a criticism the content reports (a noun of criticism that is nobody's) is the
    # critics' fault-finding, not the speaker's; a criticism the speaker calls false, or someone's, still judges
    ("The mayor said she had spoken with the governor about accusations that his aides made threats against reporters.",
     "she had spoken with the governor about accusations that his aides made threats against reporters", "said",
     "assert", "criticism_reported"),
    ("The proposal drew a good deal of skepticism and anger from the union's leaders, the spokesman said.",
     "The proposal drew a good deal of skepticism and anger from the union's leaders", "said", "assert",
     "criticism_reported"),
    ("The mayor said the senator made false accusations against her staff.",
     "the senator made false accusations against her staff", "said", "accuse", "accusation"),
    # act30 round (prescribed_deed): a deed called a priority or an imperative demands it; a thing called so,
    # a deed not called one, a negated priority and a means "for" someone without a modal do not
    ('"Repealing the parking tax should be a priority," the mayor said.',
     "Repealing the parking tax should be a priority", "said", "demand", "prescribed_deed"),
    ('"Closing the old prison is an imperative," the senator said.',
     "Closing the old prison is an imperative", "said", "demand", "prescribed_deed"),
    ('"Keeping the library open is an absolute necessity," the librarian said.',
     "Keeping the library open is an absolute necessity", "said", "demand", "prescribed_deed"),
    ('"Rebuilding Main Street, or at least paving it, is one imperative," the mayor said.',
     "Rebuilding Main Street, or at least paving it, is one imperative", "said", "demand", "prescribed_deed"),
    ('"Protecting the parks will be a top priority," the governor said.',
     "Protecting the parks will be a top priority", "said", "predict", "prediction"),
    ('"Cutting emissions is not a priority for the council," the mayor said.',
     "Cutting emissions is not a priority for the council", "said", "assert", "default"),
    ("The analyst said winning Ohio is crucial for the governor.", "winning Ohio is crucial for the governor",
     "said", "assert", "default"),
    # act30 round (_generic_condition): an "if" put to a generic "you" states what holds in general or frames a
    # point, no forecast; a "you" with a noun, or a future in the main clause, still predicts
    ('"If you look at the budget, the schools get less every year," the teacher said.',
     "If you look at the budget, the schools get less every year", "said", "assert", "default"),
    ('"If you are a teacher here, you can teach any grade," the principal said.',
     "If you are a teacher here, you can teach any grade", "said", "assert", "default"),
    ('"If you skip the vote, you will regret it," the organiser said.',
     "If you skip the vote, you will regret it", "said", "predict", "prediction"),
    ('"If the board closes the mill, every family in the valley pays more," the foreman said.',
     "If the board closes the mill, every family in the valley pays more", "said", "predict", "prediction"),
    # act31 round (mood_described): a mood said of its experiencer tells how they feel, no fault of theirs (nor
    # a predication against them); with a person or organisation named beside it, it still accuses them
    ('"Parents are angry," the principal said on Monday.', "Parents are angry", "said", "assert", "mood_described"),
    ("The coach said the players were embarrassed about how the season ended.",
     "the players were embarrassed about how the season ended", "said", "assert", "mood_described"),
    ('"Mayor Ortiz is furious," her aide said.', "Mayor Ortiz is furious", "said", "assert", "mood_described"),
    ("The nurse said she felt frustrated by the hospital board.", "she felt frustrated by the hospital board",
     "said", "accuse", "accusation"),
    ("The farmer said he grows angry every time the county council sends him a bill.",
     "he grows angry every time the county council sends him a bill", "said", "accuse", "accusation"),
    ("The aide said the mayor had grown disillusioned with him.", "the mayor had grown disillusioned with him",
     "said", "accuse", "accusation"),
    # act32 round (unasked_question): a one-sentence question nobody asked for is put to the hearers: it asks
    # nothing, and its "going to" / "have to" neither forecasts nor demands; an asking cue still asks
    ('"Who else would you trust with the city budget?" the mayor said.',
     "Who else would you trust with the city budget", "said", "assert", "unasked_question"),
    ('"The talks look stalled for now, who knows?" the envoy told reporters.',
     "The talks look stalled for now, who knows", "told", "assert", "unasked_question"),
    ('"Who is going to pay for the new stadium?" the treasurer said.',
     "Who is going to pay for the new stadium", "said", "assert", "unasked_question"),
    ('"Does the county have to raise the fees again?" the farmer said.',
     "Does the county have to raise the fees again", "said", "assert", "unasked_question"),
    ('"Who is going to pay for the new stadium?" the treasurer asked.',
     "Who is going to pay for the new stadium", "asked", "question", "question"),
    ('"Who is going to pay for the new stadium," the treasurer said.',
     "Who is going to pay for the new stadium", "said", "predict", "prediction"),
    # act37 round (likelihood): a thing said to be likely or unlikely is a forecast, negated too; a likelihood
    # compared (a poll's finding), a past one in the speaker's own words or one about the past is none
    ('The pollster told the host that a loss for the senator is "increasingly likely."',
     'a loss for the senator is "increasingly likely.', "told", "predict", "likelihood"),
    ("Officials said the inspectors are likely to ask for the ledgers in the coming weeks.",
     "the inspectors are likely to ask for the ledgers in the coming weeks", "said", "predict", "likelihood"),
    ('"The independents are not likely to tip the county either way," the analyst said.',
     "The independents are not likely to tip the county either way", "said", "predict", "likelihood"),
    ("The coach said the striker is unlikely to play on Sunday.", "the striker is unlikely to play on Sunday",
     "said", "predict", "likelihood"),
    ("The survey's author said farmers are less likely to back the levy this year.",
     "farmers are less likely to back the levy this year", "said", "assert", "default"),
    ('"Before the debate, it was unlikely that many voters would switch," the pollster said.',
     "Before the debate, it was unlikely that many voters would switch", "said", "assert", "default"),
    ("The auditor said the clerk is likely to have lost the ledgers.", "the clerk is likely to have lost the ledgers",
     "said", "assert", "default"),
    ("The clerk said the low turnout was likely due to the storm that hit the county.",
     "the low turnout was likely due to the storm that hit the county", "said", "assert", "default"),
    # act37 round (existential_future): a future told through "there is" predicts; a "there is" noun described
    # by a future clause of its own (a person who will do something) does not
    ('"There are districts where we\'re going to win back what we lose in the cities," the manager said.',
     "There are districts where we're going to win back what we lose in the cities", "said", "predict",
     "existential_future"),
    ('"There is a real feeling that we\'re going to take this state," the organiser said.',
     "There is a real feeling that we're going to take this state", "said", "predict", "existential_future"),
    ('"There is a candidate who will cut your taxes," the organiser said.',
     "There is a candidate who will cut your taxes", "said", "assert", "default"),
    ("The aide said there was no reason the mayor would change the harbour tolls.",
     "there was no reason the mayor would change the harbour tolls", "said", "assert", "default"),
    # act51 round (owned_concession): a fault or regret concedes only where it is the speaker's own; someone
    # else's apology, a formula of saying or hearing, a regret of another's deed and a withheld apology do not
    ('"We made some serious mistakes with the flood warnings," the harbour master said.',
     "We made some serious mistakes with the flood warnings", "said", "concede", "concession"),
    ('"I regret making those remarks about the referees," the coach said.',
     "I regret making those remarks about the referees", "said", "concede", "concession"),
    ("The senator says that in hindsight she would have chosen another site for the depot.",
     "that in hindsight she would have chosen another site for the depot", "says", "concede", "concession"),
    ('"We all respect that he apologized to the nurses," the mayor said.',
     "We all respect that he apologized to the nurses", "said", "support", "praise"),
    ("The mayor said he received an apology from the contractor last week.",
     "he received an apology from the contractor last week", "said", "assert", "default"),
    ('"We are sorry to hear about the closure of the mill," the company said.',
     "We are sorry to hear about the closure of the mill", "said", "assert", "default"),
    ('"I am sorry to tell you this, but the fund is empty," the treasurer said.',
     "I am sorry to tell you this, but the fund is empty", "said", "concede", "concession"),
    ('"I regret they never listened to the farmers," the senator said.',
     "I regret they never listened to the farmers", "said", "accuse", "accusation"),
    ('"I apologize to nobody for that vote," the senator said.', "I apologize to nobody for that vote", "said",
     "assert", "default"),
    ('"The senator has made mistakes, just like I have," the mayor said.',
     "The senator has made mistakes, just like I have", "said", "concede", "concession"),
    ('"And you want us to repeat these mistakes in the harbour?" the mayor said.',
     "And you want us to repeat these mistakes in the harbour?", "said", "assert", "unasked_question"),
    # act51 round (prescribed_course): the best / only way or thing to do, called a course, demands the deed; a
    # job or a goal, a course told in the past or in "will" and a way of describing do not
    ('"The only way to win the county is to knock on every door," the organiser said.',
     "The only way to win the county is to knock on every door", "said", "demand", "prescribed_course"),
    ("The treasurer said the single best thing the council can do is to sell the old depot.",
     "the single best thing the council can do is to sell the old depot", "said", "demand", "prescribed_course"),
    ('"One of the things would be to cut the harbour fees," the mayor said.',
     "One of the things would be to cut the harbour fees", "said", "demand", "prescribed_course"),
    ('"My job is to protect the harbour," the mayor said.', "My job is to protect the harbour", "said",
     "assert", "default"),
    ('"The best thing was to wait for the storm to pass," the skipper said.',
     "The best thing was to wait for the storm to pass", "said", "assert", "default"),
    ('"The best way I can describe him is to say he is a showman," the coach said.',
     "The best way I can describe him is to say he is a showman", "said", "assert", "default"),
    # act48 round (possible_outcome): an outcome or a time to come under "could" / "may" / "might" predicts; a
    # "could" of another verb, "could have", a negated one and the speaker's own stay assertions
    ("The pollster said the challenger could win the seat by a wide margin.",
     "the challenger could win the seat by a wide margin", "said", "predict", "possible_outcome"),
    ("An analyst said the councillor may lose her majority on the board.",
     "the councillor may lose her majority on the board", "said", "predict", "possible_outcome"),
    ("The treasurer said the new levy could end up costing the town more than it raises.",
     "the new levy could end up costing the town more than it raises", "said", "predict", "possible_outcome"),
    ("The engineer said the old pier might eventually give way under the winter storms.",
     "the old pier might eventually give way under the winter storms", "said", "predict", "possible_outcome"),
    ("The engineer said the old pier might give way under the winter storms.",
     "the old pier might give way under the winter storms", "said", "assert", "default"),
    ("The pollster said the challenger could have won the seat with more money.",
     "the challenger could have won the seat with more money", "said", "assert", "default"),
    ("The coach said we could win the cup this year.", "we could win the cup this year", "said", "assert",
     "default"),
    ("Observers said the senator might be winning the early ballots already cast.",
     "the senator might be winning the early ballots already cast", "said", "assert", "default"),
    # act42 round (modal_idiom): "have yet to", "have to do with" and a "should" put before its subject as a
    # condition oblige no one; a plain "have to", a "should" after its subject, "neither should" still demand
    ("The growers said they have yet to see any profit from the new orchards.",
     "they have yet to see any profit from the new orchards", "said", "assert", "modal_idiom"),
    ("The coach said much of it has to do with the weather.", "much of it has to do with the weather", "said",
     "assert", "modal_idiom"),
    ("The coach said a good part of it will have to do with the weather on Sunday.",
     "a good part of it will have to do with the weather on Sunday", "said", "predict", "prediction"),
    ("The planner wrote that should the levy pass, the county will open two libraries.",
     "should the levy pass, the county will open two libraries", "wrote", "predict", "prediction"),
    ("The growers said they have to sell the orchards.", "they have to sell the orchards", "said", "demand",
     "obligation"),
    ("Neither should the town pay for the repairs, the mayor said.", "Neither should the town pay for the repairs",
     "said", "demand", "obligation"),
    # act42 round (reason_given): a participle of saying under a directive cue gives the reason for the demand;
    # its content's own rules read it, a "must" in it still demands
    ("The mayor urged the council to sell the old depot, saying the town needs the money.",
     "the town needs the money", "saying", "assert", "reason_given"),
    ("The union called for a new contract, saying wages have lagged behind rents for a decade.",
     "wages have lagged behind rents for a decade", "saying", "assert", "reason_given"),
    ("The mayor urged the council to sell the old depot, saying the council must act before the winter.",
     "the council must act before the winter", "saying", "demand", "obligation"),
    # act43 round (own_refusal): the speaker announcing what they will not do asserts a decision; what others
    # will not do, a refusal on a condition, a belief or a necessity still predict
    ("The harbour master said he would not reopen the pier to fishing boats this spring.",
     "he would not reopen the pier to fishing boats this spring", "said", "assert", "own_refusal"),
    ('"We will not raise the bus fares next year," the transit chief said.',
     "We will not raise the bus fares next year", "said", "assert", "own_refusal"),
    ("The governor indicated she would not go above a ten-dollar wage for now.",
     "she would not go above a ten-dollar wage for now", "indicated", "assert", "own_refusal"),
    ("The harbour master said the council would not reopen the pier to fishing boats this spring.",
     "the council would not reopen the pier to fishing boats this spring", "said", "predict", "prediction"),
    ("The harbour master said he would not reopen the pier if the storms kept on.",
     "he would not reopen the pier if the storms kept on", "said", "predict", "prediction"),
    ("The harbour master said he would not expect the pier to reopen before June.",
     "he would not expect the pier to reopen before June", "said", "predict", "prediction"),
    # act44 round (event_told): a verb of a contest's course or of an ending tells what happened, no fault of
    # anyone; with another negative word beside it, it still accuses
    ("The harbour master said the new mayor stopped the practice last spring.",
     "the new mayor stopped the practice last spring", "said", "assert", "event_told"),
    ("The club announced that its treasurer will resign her post after the annual meeting.",
     "its treasurer will resign her post after the annual meeting", "announced", "predict", "prediction"),
    ('"The county fair is all about beating last year\'s numbers," the organiser said.',
     "The county fair is all about beating last year's numbers", "said", "assert", "event_told"),
    ("The farmer said the mayor cruelly stopped the free lunches last spring.",
     "the mayor cruelly stopped the free lunches last spring", "said", "accuse", "accusation"),
    # act47: a job said to be done well, in the speaker's own quoted words, backs whoever did it (rule
    # "job_well_done"); not a job ahead, a job to do better, one only tried, one denied or the speaker's own
    ('The former envoy said Ms. Reyes and Mr. Hale "did a remarkable job of rebuilding the port after the storm."',
     'Ms. Reyes and Mr. Hale "did a remarkable job of rebuilding the port after the storm.', "said", "support",
     "job_well_done"),
    ('The mayor said the council members "do a fantastic job. And it\'s so important."',
     'the council members "do a fantastic job. And it\'s so important.', "said", "support", "job_well_done"),
    ('"I honestly think the governor has done an incredible job with a tiny budget," she said.',
     "I honestly think the governor has done an incredible job with a tiny budget", "said", "support",
     "job_well_done"),
    ('"You have done a good job," the chief told the agent.', "You have done a good job", "told", "support",
     "job_well_done"),
    ('"She will do an excellent job as the next judge," he said.', "She will do an excellent job as the next judge",
     "said", "predict", "prediction"),
    ('"We did a great job in the county," the candidate said.', "We did a great job in the county", "said",
     "assert", "default"),
    ('"The board did not do a good job," he said.', "The board did not do a good job", "said", "assert", "default"),
    # act47: a backing verb conjoined to the speaker's main predicate, with no subject of its own, backs
    # (rule "own_backing"); a negated one is left to the other rules, as polarity reads the first verb
    ('Lopez added that "as a county delegate, I will show up and vote for her at the spring meeting."',
     "as a county delegate, I will show up and vote for her at the spring meeting.", "added", "support",
     "own_backing"),
    ("The farmers said they would stay home and not vote for either candidate.",
     "they would stay home and not vote for either candidate", "said", "predict", "prediction"),
    ("The clerk said she was a lifelong union member but would vote for the mayor this time.",
     "she was a lifelong union member", "said", "assert", "default"),
    # act52: a deed with no doer named, criticised by the cue or called something bad, is condemned; the same
    # deed with its doer accuses the doer. A thing blamed for a failure (no one in it, no "on") asserts.
    ("The bishop slammed the proposal as cruel and divisive.", "the proposal as cruel and divisive", "slammed",
     "condemn", "cue"),
    ("The bishop slammed the mayor's proposal as cruel and divisive.", "the mayor's proposal as cruel and divisive",
     "slammed", "accuse", "cue"),
    ("The senator called the statement offensive and cruel.", "the statement offensive and cruel", "called",
     "condemn", "naming"),
    ("The senator called the mayor offensive and cruel.", "the mayor offensive and cruel", "called", "accuse",
     "naming"),
    ("The governor blamed the heavy storms for the failure of the harbour wall.",
     "the heavy storms for the failure of the harbour wall", "blamed", "assert", "circumstance_blamed"),
    ("The governor blamed the contractor for the failure of the harbour wall.",
     "the contractor for the failure of the harbour wall", "blamed", "accuse", "cue"),
    # act53: praise under an obligation is asked for, not given (rule "owed_quality"): a demand; the same
    # praise without the modal still backs
    ('"The new mayor has to be a brilliant and honest leader," the pastor said.',
     "The new mayor has to be a brilliant and honest leader", "said", "demand", "obligation"),
    ("The farmer said the new governor should be ready for hard questions about the budget.",
     "the new governor should be ready for hard questions about the budget", "said", "demand", "obligation"),
    ('"You never have to guess where she stands. She is a brilliant and honest leader," the farmer said.',
     "You never have to guess where she stands. She is a brilliant and honest leader", "said", "support",
     "praise"),
    ('"The new governor is a brilliant and honest leader," the farmer said.',
     "The new governor is a brilliant and honest leader", "said", "support", "praise"),
    # act57 (duty_lifted): a negated "have to" / "need to", a duty borne now, a burden and a share to win ask
    # nothing of anyone; "shouldn't have to" and a plain "has to" still demand
    ('"The governor doesn\'t have to pick a side in the primary," the professor said.',
     "The governor doesn't have to pick a side in the primary", "said", "assert", "duty_lifted"),
    ("The chairman said no candidate has to worry about the filing deadline this year.",
     "no candidate has to worry about the filing deadline this year", "said", "assert", "duty_lifted"),
    ('Local weeklies are "having to cut their staff and share their printers," the editor said.',
     'Local weeklies are "having to cut their staff and share their printers', "said", "assert", "duty_lifted"),
    ('The harbour chief "has to contend with the rumour that his office hid the survey," the consultant said.',
     "has to contend with the rumour that his office hid the survey", "said", "assert", "duty_lifted"),
    ("The analyst said that the senator must win 62 percent of the delegates still in play.",
     "the senator must win 62 percent of the delegates still in play", "said", "assert", "duty_lifted"),
    ('"Families shouldn\'t have to pay twice for the same road," the mayor said.',
     "Families shouldn't have to pay twice for the same road", "said", "demand", "obligation"),
    ('"We may differ, but we don\'t have to be rude to each other," the chairman added.',
     "We may differ, but we don't have to be rude to each other", "added", "demand", "obligation"),
    ("The union said the council has to reopen the clinic.", "the council has to reopen the clinic", "said",
     "demand", "obligation"),
    # act57 (partiality): a party preferred "over" another, or "at the expense of" it, faults whoever prefers;
    # the same preference asked for demands
    ("The union said the mayor has favored wealthy developers over ordinary tenants.",
     "the mayor has favored wealthy developers over ordinary tenants", "said", "accuse", "partiality"),
    ("Critics say the budget prioritizes road building at the expense of the bus service.",
     "the budget prioritizes road building at the expense of the bus service", "say", "accuse", "partiality"),
    ("The mayor said the city should favor local firms over national chains.",
     "the city should favor local firms over national chains", "said", "demand", "obligation"),
    # act57 (pause_given): a deed said to give pause faults its doer; with no one named it is left alone
    ("The analyst said the governor's attacks on the judge should give voters pause.",
     "the governor's attacks on the judge should give voters pause", "said", "accuse", "pause_given"),
    ("The senator said the audit was one more episode of her tenure that should give voters pause.",
     "the audit was one more episode of her tenure that should give voters pause", "said", "accuse",
     "pause_given"),
    ("The scientist said the weather data gave her pause.", "the weather data gave her pause", "said", "assert",
     "default"),
    # act57 (insult): an insult put as an order abuses the one addressed; an order told still demands
    ('The memoir has the mayor telling one aide to "Go to hell!"', 'one aide to "Go to hell!',
     "telling", "accuse", "insult"),
    ('The memoir has the mayor telling another aide to "Go f*** yourself!"', 'another aide to "Go f*** yourself!',
     "telling", "accuse", "insult"),
    ("The memoir has the mayor telling one aide to go to the harbour at once.", "to go to the harbour at once",
     "telling", "demand", "ask_to"),

    # act55: a bad thing not done, its negative word an adjective of an object (rule "fault_not_done"), and a
    # party named beside nothing but a hardship (rule "hardship_told") find no fault; a debt someone holds, a
    # negative ad run, trouble caused, a difficult man, problems stirred up, "our" problem still accuse
    ("The aide said the governor has never run a negative ad in her career.",
     "the governor has never run a negative ad in her career", "said", "assert", "fault_not_done"),
    ("The aide said the senator did not take the low road in the bitter primary.",
     "the senator did not take the low road in the bitter primary", "said", "assert", "fault_not_done"),
    ("The farmer said the governor never paid his fraudulent debts.", "the governor never paid his fraudulent debts",
     "said", "accuse", "accusation"),
    ("The farmer said the governor ran a negative ad against the mayor.",
     "the governor ran a negative ad against the mayor", "said", "accuse", "accusation"),
    ("The strategist said the governor faces a difficult race in the fall.",
     "the governor faces a difficult race in the fall", "said", "assert", "hardship_told"),
    ("The strategist said it might be difficult for the governor to win support in the rural counties.",
     "it might be difficult for the governor to win support in the rural counties", "said", "assert",
     "hardship_told"),
    ('"Her backers have got a serious problem unless she wins the farm vote," the organiser said.',
     "Her backers have got a serious problem unless she wins the farm vote", "said", "assert", "hardship_told"),
    ("The farmer said the council caused the trouble at the harbour.", "the council caused the trouble at the harbour",
     "said", "accuse", "accusation"),
    ("The farmer said the mayor is a difficult man.", "the mayor is a difficult man", "said", "accuse", "accusation"),
    ("The envoy said the navy keeps stirring up problems in the strait.",
     "the navy keeps stirring up problems in the strait", "said", "accuse", "accusation"),
    ("The grocer said the mayor thinks parking is our biggest problem.",
     "the mayor thinks parking is our biggest problem", "said", "accuse", "accusation"),

    # act58: a person or organisation said not to understand or "get" something is faulted (not_understood); not
    # bafflement at why, an inability, the speaker's own, nor "get" of a thing
    ("\"Both ministers simply don't understand the farmers,\" the grower said.",
     "Both ministers simply don't understand the farmers", "said", "accuse", "not_understood"),
    ("The senator said what the party's leaders don't understand is that the voters have moved on.",
     "what the party's leaders don't understand is that the voters have moved on", "said", "accuse",
     "not_understood"),
    ("The mayor said we have a council that doesn't get it.", "we have a council that doesn't get it", "said",
     "accuse", "not_understood"),
    ("The mayor said the board still does not grasp the cost of the closure.",
     "the board still does not grasp the cost of the closure", "said", "accuse", "not_understood"),
    ("The mayor said residents don't understand why the plant closed.",
     "residents don't understand why the plant closed", "said", "assert", "default"),
    ("The mayor said the workers can't understand the new rules.", "the workers can't understand the new rules",
     "said", "assert", "default"),
    ("The coach said the players didn't get the votes they needed.", "the players didn't get the votes they needed",
     "said", "assert", "default"),
    # act58: a person, organisation or armed group said to kill people, or to do a deed of harm, is accused
    # (harm_inflicted), the agent of a passive too; not a death with no doer, a thing killed, nor under a modal
    ("The monitors said the militia has killed dozens of protesters in the north.",
     "the militia has killed dozens of protesters in the north", "said", "accuse", "harm_inflicted"),
    ('"The cartel is killing our people," the mayor said.', "The cartel is killing our people", "said", "accuse",
     "harm_inflicted"),
    ("The police said six miners were killed in the collapse.", "six miners were killed in the collapse", "said",
     "assert", "default"),
    ("The aide said the senate killed the bill last spring.", "the senate killed the bill last spring", "said",
     "assert", "default"),
    ("The regulator said the firm defrauded thousands of pensioners.",
     "the firm defrauded thousands of pensioners", "said", "accuse", "harm_inflicted"),
    ('"The pensioners were sold out by the board," the union said.', "The pensioners were sold out by the board",
     "said", "accuse", "harm_inflicted"),
    ("The union said the new rota endangers the crews.", "the new rota endangers the crews", "said", "assert",
     "default"),
    # act60: a stance or plan lacked, a reason told with "because", a generalisation from experience are no
    # denial (own_denial skips them); a real act of one's own denied still is
    ("The governor said she has no plans to raise the sales tax.", "she has no plans to raise the sales tax",
     "said", "assert", "default"),
    ('"We have no choice," the mayor said.', "We have no choice", "said", "assert", "default"),
    ("Most voters said it made no difference to them.", "it made no difference to them", "said", "assert",
     "default"),
    ('"I am not ready to endorse him," the senator said.', "I am not ready to endorse him", "said", "assert",
     "default"),
    ("The chairman said he did not attend the meeting because he was at his daughter's graduation.",
     "he did not attend the meeting because he was at his daughter's graduation", "said", "assert", "default"),
    ('"I have never heard of anyone who was fined for that," the lawyer said.',
     "I have never heard of anyone who was fined for that", "said", "assert", "default"),
    ('"Nobody has ever won this county without the farm vote," the pollster said.',
     "Nobody has ever won this county without the farm vote", "said", "assert", "default"),
    ('"I had no contact with the lobbyist," the aide said.', "I had no contact with the lobbyist", "said",
     "deny", "own_denial"),
    ("The chairman said he did not attend the meeting.", "he did not attend the meeting", "said", "deny",
     "own_denial"),
    ('"I have no intention of running for governor," the mayor said.',
     "I have no intention of running for governor", "said", "deny", "own_denial"),
    # act61: a person or organisation said not to have done what was owed is faulted (duty_undone); not under a
    # modal, in a question, the speaker's own, nor a verb without the word its duty needs
    ("\"It is plain that the senator never stood up for the farmers,\" the governor said.",
     "It is plain that the senator never stood up for the farmers", "said", "accuse", "duty_undone"),
    ("The widow said the company never apologized to the families.",
     "the company never apologized to the families", "said", "accuse", "duty_undone"),
    ('"The mayor has really not thought through the plan," the engineer said.',
     "The mayor has really not thought through the plan", "said", "accuse", "duty_undone"),
    ('"I think the governor has not disavowed the group\'s leader," the rabbi said.',
     "I think the governor has not disavowed the group's leader", "said", "accuse", "duty_undone"),
    ('"The council did not do its homework on the bridge," the engineer said.',
     "The council did not do its homework on the bridge", "said", "accuse", "duty_undone"),
    ("The organiser said the party will not apologize for the flyer.",
     "the party will not apologize for the flyer", "said", "predict", "prediction"),
    ('"I never apologized to the board," the coach said.', "I never apologized to the board", "said", "deny",
     "own_denial"),
    ("The aide said the senator did not fight in the war.", "the senator did not fight in the war", "said",
     "assert", "default"),
    ('"Mr. Grant does not represent what our party stands for," the chairman said.',
     "Mr. Grant does not represent what our party stands for", "said", "accuse", "duty_undone"),
    ('"Ohio doesn\'t answer the question of the suburbs," the pollster said.',
     "Ohio doesn't answer the question of the suburbs", "said", "assert", "default"),
    # act66: a harm with no holder faults no party named only as the possessor of a span of time, nor a thing named
    # for a people or party as the object of a preposition (bystander_named); a doer, a time a "be" gives as the point
    # and a harm told of the thing still accuse
    ("The organiser said any ill will from the bitter Democratic primary has largely faded.",
     "any ill will from the bitter Democratic primary has largely faded", "said", "assert", "bystander_named"),
    ("The aide said the terrorist bombing of the harbour came two weeks into her tenure as governor.",
     "the terrorist bombing of the harbour came two weeks into her tenure as governor", "said", "assert",
     "bystander_named"),
    ("The aide said the violent riots broke out three months into his term as mayor.",
     "the violent riots broke out three months into his term as mayor", "said", "assert", "bystander_named"),
    ("The farmer said what the council did to the harbour is shameful.",
     "what the council did to the harbour is shameful", "said", "accuse", "accusation"),
    ("The aide said the worst attack on the city? It was during his term.",
     "the worst attack on the city? It was during his term", "said", "accuse", "accusation"),
    ("The envoy said the new tariff on Canadian lumber was being dumped on the market.",
     "the new tariff on Canadian lumber was being dumped on the market", "said", "accuse", "accusation"),
    # act72 round: the reported speaker's own belief in a future of something else predicts; not "whether",
    # not a plan of the believer's own, not a negated belief
    ("The mayor told reporters on Monday that he thought the levy would pass easily.",
     "he thought the levy would pass easily", "told", "predict", "prediction"),
    ("The union leader said she believed the strike would end within a week.",
     "she believed the strike would end within a week", "said", "predict", "prediction"),
    ("The mayor told reporters he did not know whether the council would approve the plan.",
     "he did not know whether the council would approve the plan", "told", "assert", "default"),
    ("The candidate said she thought she would run for the seat again.",
     "she thought she would run for the seat again", "said", "assert", "default"),
    # act75: a person or organisation said to serve the enemy (a noun of service of a terrorist group, a verb of
    # aid with the group its object) is accused (enemy_served), "best" no praise there; not a person's own
    # enemies, an aid to someone else, nor a thing with no one behind it
    ("The senator said the governor is becoming the terrorists' best recruiter.",
     "the governor is becoming the terrorists' best recruiter", "said", "accuse", "enemy_served"),
    ("The senator said the governor's rhetoric helps ISIS recruit young men.",
     "the governor's rhetoric helps ISIS recruit young men", "said", "accuse", "enemy_served"),
    ("The senator said the mayor's comments were a gift to the terrorists.",
     "the mayor's comments were a gift to the terrorists", "said", "accuse", "enemy_served"),
    ("The senator said the speech made the governor the best recruiter for the jihadists.",
     "the speech made the governor the best recruiter for the jihadists", "said", "accuse", "enemy_served"),
    ("The senator said the governor's remarks were a gift to his enemies.",
     "the governor's remarks were a gift to his enemies", "said", "assert", "default"),
    ("The general said the pilots helped the army defeat the terrorists.",
     "the pilots helped the army defeat the terrorists", "said", "assert", "default"),
    ("The senator said the program helps terrorists find jobs.", "the program helps terrorists find jobs", "said",
     "assert", "default"),
    # act78 (purpose_need): a generic "you" needing something for a purpose set before it states what a goal takes
    ('"To win a county race, you need to build a network of volunteers," the organizer said.',
     "To win a county race, you need to build a network of volunteers", "said", "assert", "purpose_need"),
    ('"In order to pass the budget, one has to find sixty votes," the clerk said.',
     "In order to pass the budget, one has to find sixty votes", "said", "assert", "purpose_need"),
    ('"You need to build a network of volunteers," the organizer told the candidates.',
     "You need to build a network of volunteers", "told", "demand", "obligation"),
]


#: act76 (duty_first, listed as "obligation"): an obligation on the content's head predicate, said of a third party
#: or of "we", demands before the accusation, praise or predication read in the rest of the content; the speaker's
#: own opinion of a duty ("I think X should ...") too. Not a generic "you", not a duty foreseen ("will have to"),
#: not a past "should have", not a feeling bid ("should be ashamed").
DUTY_FIRST = [
    ('"We must move to overcome the division the reckless governor has brought to this state," the senator said.',
     "We must move to overcome the division the reckless governor has brought to this state", "said", "demand",
     "obligation"),
    ('"The mayor should ask why his corrupt friends wrecked the harbour," the councillor said.',
     "The mayor should ask why his corrupt friends wrecked the harbour", "said", "demand", "obligation"),
    ('"I think the county needs to fix the bridge," the engineer said.', "I think the county needs to fix the bridge",
     "said", "demand", "obligation"),
    ('"We don\'t believe the police should hand their duties to a private contractor," the union said.',
     "We don't believe the police should hand their duties to a private contractor", "said", "demand",
     "obligation"),
    # left as they were
    ('"You have to take a cynical view of the voters to believe that lie," the senator said.',
     "You have to take a cynical view of the voters to believe that lie", "said", "demand", "obligation"),
    ('"I think the mayor should have stopped the deal," the councillor said.',
     "I think the mayor should have stopped the deal", "said", "assert", "default"),
    ('"The mayor should be ashamed of his disgraceful conduct," the councillor said.',
     "The mayor should be ashamed of his disgraceful conduct", "said", "accuse", "predication"),
    ('"Do I think the dealer should be sued for that terrible crime?" the senator said.',
     "Do I think the dealer should be sued for that terrible crime?", "said", "assert", "unasked_question"),
]


#: act80: a deed judged the right one backs it and its doer (rule "right_course"): a deed called the right course,
#: a deed done right, a doer right to do it; not negated, not with a modal, not the speaker's own deed, not the
#: right course to take ("the right thing is to wait": a call)
RIGHT_COURSE = [
    ("Retired officers said calling in the reserves was the right decision.",
     "calling in the reserves was the right decision", "said", "support", "right_course"),
    ('"Closing the bridge early was the wise move," the engineer said.',
     "Closing the bridge early was the wise move", "said", "support", "right_course"),
    ("The union said the mayor made the right call on the depot.", "the mayor made the right call on the depot",
     "said", "support", "right_course"),
    ('The governor said the senator was "doing the right thing" by stepping aside.',
     "the senator was \"doing the right thing\" by stepping aside", "said", "support", "right_course"),
    ("The coach said the referee was right to stop the match.", "the referee was right to stop the match", "said",
     "support", "right_course"),
    ("The coach said the referee was not right to stop the match.", "the referee was not right to stop the match",
     "said", "assert", "default"),
    ('"We made the right call on the depot," the mayor said.', "We made the right call on the depot", "said",
     "assert", "default"),
    ('"The mayor will make the right call on the depot," the aide said.',
     "The mayor will make the right call on the depot", "said", "predict", "prediction"),
]

#: act84 (moral_rejection): what a denial rule would deny, rejected as morally wrong (an idea, a plan, remarks), is
#: condemned; a charge rejected so, or an idea rejected as absurd only, is still denied
MORAL_REJECTION = [
    ('"The idea of jailing every protester is absurd, cruel and un-American," the senator said.',
     "The idea of jailing every protester is absurd, cruel and un-American", "said", "condemn", "moral_rejection"),
    ('"I disavow those remarks. It is absolutely unacceptable," the governor said.',
     "I disavow those remarks. It is absolutely unacceptable", "said", "condemn", "moral_rejection"),
    # left as they were
    ('"The charge that I took bribes is absurd and disgraceful," the mayor said.',
     "The charge that I took bribes is absurd and disgraceful", "said", "deny", "dismissal"),
    ('"The idea of jailing every protester is absurd," the senator said.',
     "The idea of jailing every protester is absurd", "said", "deny", "dismissal"),
]


#: act82: a party cited by "as X said / put it" (not "claimed") and a speaker's own topic after "talked about"
#: ("his views") are no one accused (rules "cited_in_agreement", "own_topic"); a name cited without "as" and another's
#: topic still accuse
CITED_OR_OWN_TOPIC = [
    ('"It is not easy, but as Maria said the other day, nobody who faced tough odds should walk away," the mayor said.',
     "It is not easy, but as Maria said the other day, nobody who faced tough odds should walk away", "said",
     "assert", "cited_in_agreement"),
    ('"As the nurse put it, those were terrible years for everyone," the mayor said.',
     "As the nurse put it, those were terrible years for everyone", "said", "assert", "cited_in_agreement"),
    ('"As Maria claimed, those were terrible years for everyone," the mayor said.',
     "As Maria claimed, those were terrible years for everyone", "said", "accuse", "accusation"),
    ('"Maria said those were terrible years for everyone," the mayor said.',
     "Maria said those were terrible years for everyone", "said", "accuse", "accusation"),
    ("The senator talked about his views on hiring workers who entered the country illegally.",
     "his views on hiring workers who entered the country illegally", "talked about", "assert", "own_topic"),
    ("The senator spoke about her years in the failing mill.", "her years in the failing mill", "spoke about",
     "assert", "own_topic"),
    ("The senator talked about the mayor's views on hiring workers who entered the country illegally.",
     "the mayor's views on hiring workers who entered the country illegally", "talked about", "accuse", "accusation"),
]


@pytest.mark.parametrize(("text", "content", "cue", "act", "rule"),
                         ACTS + DUTY_FIRST + RIGHT_COURSE + MORAL_REJECTION + CITED_OR_OWN_TOPIC)
def test_act_and_rule(en_nlp, analyzer, text, content, cue, act, rule):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["act"], c["act_rule"]) == (act, rule)


#: act78: a quoted "don't worry" comforts, orders nothing (rule "reassurance"); the rest of the content decides; a
#: plain imperative still demands
REASSURANCE = [
    ('"Don\'t worry about the budget," the mayor said.', "Don't worry about the budget", "assert", "reassurance"),
    ('"Stop the strikes," the mayor said.', "Stop the strikes", "demand", "obligation"),
]
#: act81: an imperative that frames the speaker's own words ("let me tell you", "let's see", "allow me to explain")
#: or bids the hearer picture something ("imagine") orders nothing (rule "speech_frame"); the rest of the content
#: decides; "let us rise", "let me finish" (the floor asked for), "look at the record" still demand
SPEECH_FRAME = [
    ('"Let me tell you the facts about the budget," the governor said.', "Let me tell you the facts about the budget",
     "assert", "speech_frame"),
    ('"Let\'s see what happens in the vote," the governor said.', "Let's see what happens in the vote", "assert",
     "speech_frame"),
    ('"Allow me to explain the budget," the senator said.', "Allow me to explain the budget", "assert", "speech_frame"),
    ('"Imagine a town where every road is paved," the mayor said.', "Imagine a town where every road is paved",
     "assert", "speech_frame"),
    ('"Let us rise to the call," the senator said.', "Let us rise to the call", "demand", "obligation"),
    ('"Let me finish my answer," the senator said.', "Let me finish my answer", "demand", "obligation"),
    ('"Look at the record of the council," the senator said.', "Look at the record of the council", "demand",
     "obligation"),
]
#: act83: the speaker who would like or love (or wants) to see someone else do something calls on them to do it
#: (rule "wish_to_see"); "I'd love to see him" (no deed) and "we want to see what happens" ask nothing
WISH_TO_SEE = [
    ('"I would love to see the governor sign the bill," she said.', "I would love to see the governor sign the bill",
     "demand", "wish_to_see"),
    ('"We would like to see the council be more open," the group said.',
     "We would like to see the council be more open", "demand", "wish_to_see"),
    ("The senator said she wants to see the board approve the report before the summer.",
     "she wants to see the board approve the report before the summer", "demand", "wish_to_see"),
    ('"I\'d love to see him," she said.', "I'd love to see him", "assert", "default"),
    ('"We want to see what happens," he said.', "We want to see what happens", "assert", "default"),
]
#: act83: "had better" / "'d better" (or a bare "better" after its subject) calls on the subject to act (rule
#: "had_better"), where the "'d" read as "would" made a forecast or no rule read it; the speaker's own "I'd better go"
#: asks nothing of anyone; "had better get on board with X" stays rallying's support (test_act_and_rule)
HAD_BETTER = [
    ('"We\'d all better find a way to pay for the bridge," the mayor said.',
     "We'd all better find a way to pay for the bridge", "demand", "had_better"),
    ('"The council had better listen to the residents," he said.', "The council had better listen to the residents",
     "demand", "had_better"),
    ('"If you want the seat, you better start listening to the voters," she said.',
     "If you want the seat, you better start listening to the voters", "demand", "had_better"),
    ('"I\'d better go home now," she said.', "I'd better go home now", "assert", "default"),
]


@pytest.mark.parametrize(("text", "content", "act", "rule"), REASSURANCE + SPEECH_FRAME + WISH_TO_SEE + HAD_BETTER)
def test_quoted_act_and_rule(nlp, text, content, act, rule):
    """The act and rule of the one claim the whole pipeline extracts from the sentence (a quote or reported speech)."""
    (c,) = extracted(nlp, text, content)
    assert (c.act, c.act_rule) == (act, rule)


def test_named_verb_orders_nothing(en_nlp, analyzer):
    """act81 (rule "named_verb"): an imperative verb that the entity recogniser puts inside a name (a programme's
    title read as a verb, '"*Face* the Nation"') orders nothing; the same verb outside a name demands."""
    from claimex import lexicons as lx
    from claimex.pipeline import acts

    text = '"Face the voters," the mayor said.'
    st, face = said_statement(en_nlp, analyzer, text, "Face the voters", "Face")
    st.direct = True  # a quote, as the quotes stage marks it (the helper builds a plain claim)
    assert acts.obligation(st) == (lx.DEMAND, st.act_root)
    st, face = said_statement(en_nlp, analyzer, text, "Face the voters", "Face")
    st.direct = True
    st.table.ent_type[face] = "WORK_OF_ART"
    assert acts.obligation(st) is None
    assert st.spared == "named_verb"


def test_a_quoted_answer_to_a_passive_asking_cue_is_no_question(nlp):
    """act60: the one asked is the speaker, and their quoted words answer, even as a question."""
    text = 'The minister glared at the committee, "What does it matter now?" when questioned about the delay.'
    (c,) = extracted(nlp, text, "What does it matter now?")
    assert c.cue_text == "questioned"
    assert (c.act, c.act_rule) == ("assert", "default")


def test_performative_reads_only_the_cue_words_of_an_act():
    """speed12: ``performative`` fires only on a cue word whose act is not a plain assertion, so it passes over a
    content with none of them (and over the "say" / "tell" it has) without testing its words."""
    from claimex.pipeline.acts import acting_cues

    acting = acting_cues(reporting_cues_v1())
    assert {"condemn", "urge"} <= acting
    assert "say" not in acting and "tell" not in acting


def test_term_gates_read_their_words_into_the_statement_terms():
    """speed40 (rule "term_gates"): ``needed``, ``no_connection`` and ``no_evidence_found`` pass over a content
    whose terms (:attr:`Statement.terms`) hold none of their words, so every word they look for is read into
    the terms; their cases in ``ACTS`` fail with the words left out of ``PREFILTER_TERMS``."""
    from claimex import lexicons as lx
    from claimex.pipeline import acts

    assert {"need", "unrelated", "linked", "nothing", "connection", "evidence"} <= acts.PREFILTER_TERMS
    assert acts._NEED | acts._LINK_GATE | lx.EVIDENCE_NOUNS <= acts.PREFILTER_TERMS


@pytest.mark.parametrize(("text", "content", "own"), [
    ('The coach said the trade was a "truly shameful" decision.', 'the trade was a "truly shameful" decision',
     True),
    ("The coach said the trade was a truly shameful decision.", "the trade was a truly shameful decision", False),
])
def test_own_words_finds_quotation_marks_inside_reported_speech(en_nlp, analyzer, text, content, own):
    """speed40 (rule "quote_char_gate"): reported speech with quoted words inside holds the speaker's own words;
    without a mark character in its text it holds none (the test in C that passes over most contents)."""
    from claimex.pipeline import acts

    st, _ = said_statement(en_nlp, analyzer, text, content, "trade")
    assert acts._own_words(st) is own


def test_the_acting_cues_are_read_once_by_the_analyzer(en_nlp, monkeypatch):
    """mend8: the claims component reads its cue lexicon's acting words once, when made, and hands them on with
    each statement (no module-level cache shared by every component and thread)."""
    from claimex.pipeline import acts

    reads = []
    real = acts.acting_cues
    monkeypatch.setattr(acts, "acting_cues", lambda cues: reads.append(1) or real(cues))
    own = ClaimAnalyzer(cues=reporting_cues_v1(), target_model=None)
    text = '"We condemn the shelling of the clinic," the envoy said.'
    for _ in range(2):
        c = analysed(en_nlp, own, text, "We condemn the shelling of the clinic", "said")
        assert (c["act"], c["act_rule"]) == ("condemn", "performative")
    assert len(reads) == 1


# a guard (it passes at main too): the output the speed12 pre-filter must keep
@pytest.mark.parametrize(("text", "content", "act", "rule"), [
    # a first-person "tell" (an assertion) before the act's verb: the act's verb is the performative one
    ('"I tell you plainly, we condemn the shelling of the market," the envoy said.',
     "I tell you plainly, we condemn the shelling of the market", "condemn", "performative"),
    # a first-person verb of plain saying alone performs nothing
    ('"I say the budget is balanced," the treasurer said.', "I say the budget is balanced", "assert", "default"),
])
def test_performative_after_a_verb_of_saying(en_nlp, analyzer, text, content, act, rule):
    c = analysed(en_nlp, analyzer, text, content, "said")
    assert (c["act"], c["act_rule"]) == (act, rule)


@pytest.mark.xfail(reason="a promise not kept is a fault, but it reads as a praise word the negation turns "
                          "(praise_withheld)", strict=True)
def test_a_promise_not_kept_accuses(en_nlp, analyzer):
    c = analysed(en_nlp, analyzer, "The farmers said the minister has not kept his promise to the valley.",
                 "the minister has not kept his promise to the valley", "said")
    assert (c["act"], c["act_rule"]) == ("accuse", "accusation")


@pytest.mark.parametrize(("text", "content", "act", "stance"), [
    ("The farmers said they will not vote for the governor this fall.", "they will not vote for the governor this fall",
     "support", "oppose"),
    ("The senator said she could not back the new trade deal.", "she could not back the new trade deal", "support",
     "oppose"),
    ("The senator said she will back the new trade deal.", "she will back the new trade deal", "support", "support"),
    ('"I don\'t like what he said," the pastor said.', "I don't like what he said", "accuse", "oppose"),
])
def test_withheld_backing_is_support_with_stance_oppose(en_nlp, analyzer, text, content, act, stance):
    # thirteenth round: the readers read a refused vote or endorsement as an act of (withheld) support
    c = analysed(en_nlp, analyzer, text, content, "said")
    assert (c["act"], c["stance"]) == (act, stance)


def test_the_one_needed_is_the_target_and_supported(en_nlp, analyzer):
    # support round: "X is exactly the mayor we need" backs X, not "the mayor"
    c = analysed(en_nlp, analyzer, '"Ortiz is exactly the mayor we need in this county," the pastor said.',
                 "Ortiz is exactly the mayor we need in this county", "said")
    assert (c["act"], c["target_text"], c["stance"]) == ("support", "Ortiz", "support")


def test_the_one_rallied_behind_is_the_target(en_nlp, analyzer):
    c = analysed(en_nlp, analyzer, "The pastor said that conservatives should get behind the governor.",
                 "conservatives should get behind the governor", "said")
    assert (c["act"], c["target_text"], c["stance"]) == ("support", "the governor", "support")


def test_what_does_not_go_far_enough_is_the_target(en_nlp, analyzer):
    # act34 round: the subject of "does not go far enough" is the one faulted
    c = analysed(en_nlp, analyzer, "The tenants' group said the new budget does not go far enough to protect renters.",
                 "the new budget does not go far enough to protect renters", "said")
    assert (c["act"], c["target_text"], c["stance"]) == ("accuse", "the new budget", "oppose")


@pytest.mark.parametrize(("text", "content"), [
    ("The coach said the club has helped the young players grow with great success.",
     "the club has helped the young players grow with great success"),
    # fourteenth round: praise said of a thing in reported speech, as the predicate of its clause
    ("The manager said sales of the new model were great.", "sales of the new model were great"),
])
def test_reported_praise_asserts_and_still_supports(en_nlp, analyzer, text, content):
    # thirteenth round: praise in reported speech is an assertion; its stance toward the one praised stays support
    c = analysed(en_nlp, analyzer, text, content, "said")
    assert (c["act"], c["stance"]) == ("assert", "support")


def test_sad_that_is_no_condemnation(en_nlp, analyzer):
    """An extraposed "it" stands for the clause after it ("it is sad *that* ..."), not for a deed."""
    c = analysed(en_nlp, analyzer, '"It is just sad that the town has such poor roads," the resident said.',
                 "It is just sad that the town has such poor roads", "said")
    assert c["act_rule"] != "condemnation" and c["act"] != "condemn"


def test_negated_satisfaction_supports_nothing(en_nlp, analyzer):
    c = analysed(en_nlp, analyzer, '"We are not happy with the ruling," the union said.',
                 "We are not happy with the ruling", "said")
    assert c["act_rule"] != "satisfaction" and c["stance"] != "support"


TARGETS = [
    # (text, content, cue, target_text, stance)
    # the accused, not the victim or a minor noun phrase
    # ("their" with no antecedent in the text reads as nobody: the possessed noun phrase, which names the
    # owner too)
    ("The farmers' union said their policies are ruining small farms.",
     "their policies are ruining small farms", "said", "their policies", "oppose"),
    ("Jones blamed the ministry's top officials for the leak.", "the ministry's top officials for the leak",
     "blamed", "the ministry's top officials", "oppose"),
    # the one asked to act is the target, and asking says nothing of them (rule "addressee")
    ("The council asks the governor to fire the police chief.", "to fire the police chief", "asks",
     "the governor", "neutral"),
    ("The governor said Biden is a wonderful and honest leader.", "Biden is a wonderful and honest leader",
     "said", "Biden", "support"),
    # a demand that the criticised change its conduct opposes the one it is laid on
    ("The minister said the United States should scale back its aggressive naval drills near the coast.",
     "the United States should scale back its aggressive naval drills near the coast", "said", "the United States",
     "oppose"),
    ("The senator said voters should reject the proposal.", "voters should reject the proposal", "said",
     "the proposal", "oppose"),
    ("The senator called the bill a great victory for families.", "a great victory for families", "called",
     "the bill", "support"),
    # evaluation through reversing verbs, and plainly evaluative claims are not neutral
    ("The group said the new law would undermine stability in the region.",
     "the new law would undermine stability in the region", "said", "the new law", "oppose"),
    ("The analyst said the new tariff will hurt exporters.", "the new tariff will hurt exporters", "said",
     "the new tariff", "oppose"),
    ("The fact-checker said the statement was true and accurate.", "the statement was true and accurate",
     "said", "the statement", "support"),
    # a direct quote that insults its target opposes it
    pytest.param('"He is a liar and a fraud," Smith said.', "He is a liar and a fraud", "said", "He", "oppose",
                 marks=pytest.mark.xfail(reason="target.v1 refitted on twelve readers (issue 15's third target "
                                         "round; with or without the candidates outside the content) scores the "
                                         "attribute 'a liar' above the unresolved 'He' (no speaker entity here)",
                                         strict=True)),
    # a negated copula reverses its predicate's evaluation
    ("The mayor said the results were not good.", "the results were not good", "said", "the results", "oppose"),
    # an obligation is about who must act, unless its verb is for or against its object
    ("The councillor said the residents should have a say in the plan.",
     "the residents should have a say in the plan", "said", "the residents", "support"),
    ("The senator said voters should reject the proposal.", "voters should reject the proposal", "said",
     "the proposal", "oppose"),
    # the target of a condemned act is the person whose act it is
    ("The mayor also decried Smith's repeated attempts to close the shelters, noting he has never visited one.",
     "he has never visited one", "noting", "Smith", "oppose"),
    # no evaluation: neutral
    ("Reporters asked whether the deal would hold.", "whether the deal would hold", "asked", "the deal",
     "neutral"),
    # a question asked with a verb of doubt challenges its target
    ("The mayor questioned why the governor had not spoken at the rally.",
     "why the governor had not spoken at the rally", "questioned", "the governor", "oppose"),
    # a nationality or party word is the phrase it modifies, not an agent of its own
    ("Aides said the Republican infighting had cost the party a month.",
     "the Republican infighting had cost the party a month", "said", "the Republican infighting", "neutral"),
    # in reported speech a subject pronoun that agrees with the cue's subject is the speaker, not the target
    # (and a vote against the bill opposes it: rule "target_relation", neutral before it)
    ("Senator Alvarez said she would vote against the pipeline bill.",
     "she would vote against the pipeline bill", "said", "the pipeline bill", "oppose"),
    pytest.param("The Hales say they have heard growing worries from farming friends.",
                 "they have heard growing worries from farming friends", "say", "farming friends", "neutral",
                 marks=pytest.mark.xfail(reason="target ranker v1 prefers the object 'growing worries'")),
    # a concession grants a point: its stance is neutral, though the point granted is a fault
    ("The minister acknowledged that the rollout had been a failure.", "the rollout had been a failure",
     "acknowledged", "the rollout", "neutral"),
    # an evaluation predicated of the agent decides the stance toward it (rule "predication")
    ("The senator said Jones is a weak candidate with special friends.",
     "Jones is a weak candidate with special friends", "said", "Jones", "oppose"),
    # the speaker's own backing: its object is the target
    ("The mayor said he welcomed the new budget.", "he welcomed the new budget", "said", "the new budget",
     "support"),
    # a subject "it" is not the target (an expletive, or a pronoun seldom resolved right): the agent or topic
    ("The mayor said it was premature to back the stadium plan.", "it was premature to back the stadium plan",
     "said", "the stadium plan", "neutral"),
    ('"It bothers me that the council keeps delaying the vote," the mayor said.',
     "It bothers me that the council keeps delaying the vote", "said", "the council", "oppose"),
    # a negated belief verb's negation reaches its clause (neg-raising): "not think ... fair" is unfair; the
    # target is what is judged unfair, not the believer
    ('"I don\'t think the new tax is fair," the senator said.', "I don't think the new tax is fair", "said",
     "the new tax", "oppose"),
    # the accused of a grievance is the doer of the clause it is about, not the one aggrieved
    # the clause's subject "it" (read as nobody) gives way to the campaign since the issue 15 refit
    ('"I am angry that it has become a string of press releases from the Smith campaign," she said.',
     "I am angry that it has become a string of press releases from the Smith campaign", "said",
     "the Smith campaign", "oppose"),
    ("The senator questioned the governor's fitness to lead.", "the governor's fitness to lead", "questioned",
     "the governor", "oppose"),
    ('"I was upset but not surprised that the mayor has backed out of the debate," the senator said.',
     "I was upset but not surprised that the mayor has backed out of the debate", "said", "the mayor", "oppose"),
    # a party reporting its own action supports it, on the lead clause, not negated, not a belief
    ("The US says it has carried out air strikes on the depot.", "it has carried out air strikes on the depot",
     "says", "air strikes", "support"),
    ('"We don\'t think there is space for a third airport," the executive said.',
     "We don't think there is space for a third airport", "said", "space for a third airport", "neutral"),
    ('"I guess I will slow down and say hello first," she said.', "I guess I will slow down and say hello first",
     "said", "I", "neutral"),
    # circumstance is no evaluation: neutral
    ("A spokesman said the campaign had suspended two staffers after the breach.",
     "the campaign had suspended two staffers after the breach", "said", "the campaign", "neutral"),
    # a demand of redress (resign, apologize, return the money, take back) opposes the one it is made of
    ("The union urged the company to return the money.", "to return the money", "urged", "the company",
     "oppose"),
    ("The governor called on the senator to take back his words.", "to take back his words", "called on",
     "the senator", "oppose"),
    ("The mayor said the developer should apologize to residents.", "the developer should apologize to residents",
     "said", "the developer", "oppose"),
    # hyphenated words read whole: "cover-up" is scored, its parts alone are not; the target is the possessor of
    # what is judged since issue 15's twentieth target round's weights (before, "the council's report")
    ("The mayor said the council's report was a cover-up.", "the council's report was a cover-up", "said",
     "the council", "oppose"),
    ("The mayor said the council spent the money on consultants instead of helping families.",
     "the council spent the money on consultants instead of helping families", "said", "the council", "oppose"),
    # a light noun is not what a claim is about; a "that" clause under one gives its subject
    ("The senator rejected the notion that the scandal should be forgotten.",
     "the notion that the scandal should be forgotten", "rejected", "the scandal", "oppose"),
    # null only when nothing fits: the shares are what the forecast is about
    ('"It will take some time for the shares to recover," the analyst said.',
     "It will take some time for the shares to recover", "said", "the shares", "neutral"),
    # a warning's target is what the content is about (the agent's phrase), not the object of "warned of"
    ("The minister warned of the harm a Jones government would do.",
     "the harm a Jones government would do", "warned of", "a Jones government", "oppose"),
    # act75: the one said to serve the enemy is opposed (enemy_served), not supported for the "best" of it
    ("The senator said the governor is becoming the terrorists' best recruiter.",
     "the governor is becoming the terrorists' best recruiter", "said", "the governor", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "cue", "target", "stance"), TARGETS)
def test_target_and_stance(en_nlp, analyzer, text, content, cue, target, stance):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["target_text"], c["stance"]) == (target, stance)


#: (text, content, cue, stance): a harm told beside a party an accusation spared as a bystander (act66's
#: ``bystander_named``) is no stance toward the target: neutral (rule "bystander_stance", issue 15's stance59
#: round); a fault said of the target as its predicate still opposes it.
BYSTANDER_STANCES = [
    ("The organiser said any ill will from the bitter Democratic primary has largely faded.",
     "any ill will from the bitter Democratic primary has largely faded", "said", "neutral"),
    ("The host said the angry feud from the Republican debate has cooled.",
     "the angry feud from the Republican debate has cooled", "said", "neutral"),
    ("The aide said the violent riots broke out three months into his term as mayor.",
     "the violent riots broke out three months into his term as mayor", "said", "neutral"),
    ("The aide said the strike, which was disastrous, began a week into her tenure as chair.",
     "the strike, which was disastrous, began a week into her tenure as chair", "said", "neutral"),
    ("The aide said the riots were horrific and broke out three months into his term as mayor.",
     "the riots were horrific and broke out three months into his term as mayor", "said", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "cue", "stance"), BYSTANDER_STANCES)
def test_a_harm_beside_a_bystander_is_no_stance(en_nlp, analyzer, text, content, cue, stance):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["act"], c["act_rule"], c["stance"]) == ("assert", "bystander_named", stance)


#: (text, content, cue, stance): a count of harms told as a tally is no stance toward the target (rule
#: "counted_cases", issue 15's stance63 round); a counted harm done by its subject, an owned one, or one beside
#: another fault still opposes.
COUNTED_CASES = [
    ("The county report said the lakeside town had three murders in 2019.",
     "the lakeside town had three murders in 2019", "said", "neutral"),
    ("Officials said the coastal district recorded 14 deaths from the flood.",
     "the coastal district recorded 14 deaths from the flood", "said", "neutral"),
    ("Police said the northern suburb saw 40 burglaries and six assaults last year.",
     "the northern suburb saw 40 burglaries and six assaults last year", "said", "neutral"),
    ("The report said the county had dozens of killings in March.",
     "the county had dozens of killings in March", "said", "neutral"),
    ("The sheriff said the mayor told twelve lies about the budget.",
     "the mayor told twelve lies about the budget", "said", "oppose"),
    ("The sheriff said the mayor's two scandals had hurt the town.",
     "the mayor's two scandals had hurt the town", "said", "oppose"),
]


#: (text, content, cue, stance): a speaker ending their own campaign opposes no one (rule "own_bid_ended", issue
#: 15's stance63 round); ending another's campaign still opposes it.
OWN_BIDS_ENDED = [
    ("The governor announced that he is suspending his campaign for the nomination.",
     "he is suspending his campaign for the nomination", "announced", "neutral"),
    ("The two senators announced they will end their bids after the vote in Ohio.",
     "they will end their bids after the vote in Ohio", "announced", "neutral"),
    ("The governor said we will end her campaign in the primary.",
     "we will end her campaign in the primary", "said", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "cue", "stance"), COUNTED_CASES + OWN_BIDS_ENDED)
def test_a_count_of_cases_or_ones_own_bid_ended_is_no_stance(en_nlp, analyzer, text, content, cue, stance):
    """stance63's two tables: a harm a number only counts, a speaker's own campaign ended (and their guards)."""
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert c["stance"] == stance, (c["act"], c["act_rule"], c["target_text"])


#: (text, content, cue, act, stance): a demand of a sanction or a measure against someone opposes them
#: (rule "sanction"); a demand of anything else still supports what it asks for, and is neutral toward the
#: one it asks to act (rule "addressee").
SANCTIONS = [
    ("Republican lawmakers called for the impeachment of Attorney General Mary Lowe.",
     "the impeachment of Attorney General Mary Lowe", "called for", "demand", "oppose"),
    ("The watchdog asked the court to depose the former secretary about her records.",
     "to depose the former secretary about her records", "asked", "demand", "oppose"),
    ("Critics said the ministry must rebut the governor's claims.", "the ministry must rebut the governor's claims",
     "said", "demand", "oppose"),
    ("The council urged prosecutors to investigate the developer.", "to investigate the developer", "urged",
     "demand", "oppose"),
    ("The mayor called for a new park in the east of the city.", "a new park in the east of the city", "called for",
     "demand", "support"),
    ("The union urged the company to hire more nurses.", "to hire more nurses", "urged", "demand", "neutral"),
    ("The nurses called for more staff on the night shifts.", "more staff on the night shifts", "called for",
     "demand", "support"),
    # a demand that a hostile action or a reform be done to something opposes it (rule "acted_against")
    ("The senator said the tax code must be reformed.", "the tax code must be reformed", "said", "demand",
     "oppose"),
    ("The residents said the new casino should be banned.", "the new casino should be banned", "said", "demand",
     "oppose"),
]


@pytest.mark.parametrize(("text", "content", "cue", "act", "stance"), SANCTIONS)
def test_demanded_sanction_opposes(en_nlp, analyzer, text, content, cue, act, stance):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["act"], c["stance"]) == (act, stance)


def test_target_resolved_to_a_speaker_entity(en_nlp, analyzer):
    text = "Senator Ted Cruz spoke on Monday. Later, Graham said Cruz is a dishonest and reckless politician."
    rival = dict(speaker("s2", "Ted Cruz", kind="PERSON"), mentions=[[8, 16]])
    c = analysed(en_nlp, analyzer, text, "Cruz is a dishonest and reckless politician", "said", [rival])
    assert (c["act"], c["target_text"], c["target_entity"], c["target_name"]) == (
        "accuse", "Cruz", "s2", "Ted Cruz")


def test_pronoun_target_reads_as_who_it_is(en_nlp, analyzer):
    text = "Donald Trump spoke in Ohio. Clinton said he is a dangerous and reckless man."
    trump = dict(speaker("s2", "Donald Trump", kind="PERSON"), mentions=[[0, 12]])
    clinton = dict(speaker("s1", "Clinton", kind="PERSON"), mentions=[[28, 35]])
    doc = build(en_nlp, text, [claim("c1", "he is a dangerous and reckless man", cue="said", speaker="s1")],
                [clinton, trump])
    analyzer(doc)
    c = raw(doc)["claims"][0]
    assert (c["act"], c["target_text"], c["target_entity"], c["stance"]) == ("accuse", "he", "s2", "oppose")


@pytest.mark.parametrize(("text", "content", "expected"), [
    # in a direct quote "he" is someone other than the speaker, even the nearest person named
    ('Trump met Clinton on Monday. "He is a liar," Clinton said.', "He is a liar", "s2"),
    # in indirect speech "he" is the speaker when the speaker is the nearest person named
    ("Trump met Clinton on Monday. Clinton said he would run again.", "he would run again", "s1"),
])
def test_pronoun_target_skips_the_speaker_in_a_quote(en_nlp, text, content, expected):
    clinton = dict(speaker("s1", "Clinton", kind="PERSON"), mentions=[[10, 17], [text.rindex("Clinton"),
                                                                          text.rindex("Clinton") + 7]])
    trump = dict(speaker("s2", "Trump", kind="PERSON"), mentions=[[0, 5]])
    doc = build(en_nlp, text, [claim("c1", content, cue="said", speaker="s1")], [clinton, trump])
    if text.startswith('Trump met Clinton on Monday. "'):
        raw(doc)["claims"][0]["type"] = "direct"
    ClaimAnalyzer(cues=reporting_cues_v1())(doc)
    assert raw(doc)["claims"][0]["target_entity"] == expected


def test_reported_self_pronoun_is_the_speaker_whoever_was_named_last(en_nlp, analyzer):
    # "he" agreeing with the cue's subject stands for the speaker, though another person was named since
    # (and though the small model may label the speaker's surname an organisation)
    text = "Moreno criticised the fundraising of Lindqvist. Moreno said he was ready."
    canova = dict(speaker("s1", "Moreno", kind="ORG"), mentions=[[0, 6], [48, 54]])
    rival = dict(speaker("s2", "Lindqvist", kind="PERSON"), mentions=[[37, 46]])
    doc = build(en_nlp, text, [claim("c1", "he was ready", cue="said", speaker="s1")], [canova, rival])
    analyzer(doc)
    c = raw(doc)["claims"][0]
    assert (c["target_text"], c["target_entity"], c["target_name"]) == ("he", "s1", "Moreno")


def test_title_target_stands_for_the_name(en_nlp, analyzer):
    # the parse makes "Ms." a word of its own: the target is the woman named, not her title (passes since
    # issue 15's seventeenth target round: a word of a multi-word name is never the target alone)
    text = "The agency said it kept no damaging records about Ms. Ortiz in its archive."
    c = analysed(en_nlp, analyzer, text, "it kept no damaging records about Ms. Ortiz in its archive", "said")
    assert c["target_text"] == "Ms. Ortiz"


def test_plural_pronoun_target_is_never_a_place(en_nlp, analyzer):
    # "they" after a city named in the sentence before: the city is no antecedent of "they"
    text = "Union leaders met in Leeds on Monday. Smith said they had betrayed the workers."
    c = analysed(en_nlp, analyzer, text, "they had betrayed the workers", "said")
    assert c["target_name"] != "Leeds"


def test_grievance_words_are_evaluated():
    # the grievance rule reads only the content's evaluative words
    from claimex.lexicons import GRIEVANCE_WORDS
    from claimex.pipeline.acts import word_valence

    assert all((word_valence(w, w) or 0) < 0 for w in GRIEVANCE_WORDS)


def test_evaluation_lexicon_is_vader_plus_news_words():
    table = evaluation_lexicon()
    assert table["ruining"] < 0 < table["wonderful"]
    assert table["unlawful"] == -2.0          # a news word VADER lacks, from NEGATIVE_EVALUATION
    assert "party" not in table and "killed" not in table   # neutral in political news
    assert evaluation_lexicon() is table      # read once


def _result() -> Result:
    claims = (
        Claim(id="c1", type="indirect", content=(0, 5), content_text="x", speaker="s1", stance="oppose",
              target_entity="s2"),
        Claim(id="c2", type="direct", content=(6, 9), content_text="y", speaker="s1", stance="oppose",
              target_entity="s2"),
        Claim(id="c3", type="indirect", content=(10, 12), content_text="z", speaker="s2", stance="support",
              target_name="the tax bill"),
        Claim(id="c4", type="indirect", content=(13, 14), content_text="w", speaker="s2", stance="support",
              target_entity="s2"),   # about itself: not counted
    )
    speakers = (Speaker(id="s1", name="Hillary Clinton", kind="PERSON"),
                Speaker(id="s2", name="Donald Trump", kind="PERSON"))
    return Result(id="d1", text="x" * 20, claims=claims, speakers=speakers)


def test_result_stances():
    assert [repr(s) for s in _result().stances()] == [
        "SpeakerStance(s1 oppose 'Donald Trump': c1,c2)",
        "SpeakerStance(s2 support 'the tax bill': c3)",
    ]


def test_stance_rows_and_legend():
    rows = stance_rows(_result())
    assert [(r["speaker"], r["stance"], r["target"], r["claims"]) for r in rows] == [
        ("Hillary Clinton", "oppose", "Donald Trump", "c1, c2"),
        ("Donald Trump", "support", "the tax bill", "c3"),
    ]
    html = render_html(_result())
    assert "oppose Donald Trump" in html and "support the tax bill" in html


def test_stances_dataframe():
    pytest.importorskip("pandas")
    from claimex.tables import STANCE_COLUMNS, stances_dataframe

    frame = stances_dataframe(_result())
    assert list(frame.columns) == list(STANCE_COLUMNS) and frame["stance"].tolist() == ["oppose", "support"]


def test_thanks_in_a_quote_supports_the_one_thanked(en_nlp):
    text = '"Thank you, Maria Lopez, for fighting for this city," the mayor said.'
    doc = build(en_nlp, text, [claim("c1", "Thank you, Maria Lopez, for fighting for this city", cue="said",
                                     speaker="s1")], [speaker("s1", "the mayor")])
    raw(doc)["claims"][0]["type"] = "direct"
    ClaimAnalyzer(cues=reporting_cues_v1())(doc)
    c = raw(doc)["claims"][0]
    assert (c["act"], c["act_rule"], c["target_text"], c["stance"]) == ("support", "own_backing", "Maria Lopez",
                                                                        "support")


@pytest.mark.parametrize(("text", "content", "not_target"), [
    # a place named as the setting of what is said is not what the statement is about
    ("The organiser said the turnout at the rally in Austin was disappointing.",
     "the turnout at the rally in Austin was disappointing", "Austin"),
    ("The aide said more volunteers would travel to Philadelphia next week.",
     "more volunteers would travel to Philadelphia next week", "Philadelphia"),
    ("The envoy said the violence in Syria had worsened sharply.",
     "the violence in Syria had worsened sharply", "Syria"),
])
def test_place_of_the_content_is_not_the_target(en_nlp, analyzer, text, content, not_target):
    c = analysed(en_nlp, analyzer, text, content, "said")
    assert c["target_text"] != not_target


def test_place_as_agent_stays_a_target(en_nlp, analyzer):
    # a country that acts is still the target: only a place in a prepositional adjunct is skipped
    c = analysed(en_nlp, analyzer, "The minister said France had betrayed its allies.",
                 "France had betrayed its allies", "said")
    assert c["target_text"] == "France"


@pytest.mark.parametrize(("text", "content", "name", "expected"), [
    # a self-report is about what it reports, not about its own speaker named in it (the ranker's choice of the
    # named subject gives way since issue 15's side round: rule past_self)
    ("An aide to Clinton said Clinton plans to call for a large increase in research funding.",
     "Clinton plans to call for a large increase in research funding", "Clinton", "a large increase"),
    ("Ms. Ortiz said the Ortiz campaign had refunded the questionable donations.",
     "the Ortiz campaign had refunded the questionable donations", "Ortiz campaign", "the questionable donations"),
])
def test_self_report_target_is_what_it_reports(en_nlp, analyzer, text, content, name, expected):
    start = text.rindex(name)
    own = dict(speaker("s1", name, kind="PERSON"), mentions=[[start, start + len(name)]])
    doc = build(en_nlp, text, [claim("c1", content, cue="said", speaker="s1")], [own])
    analyzer(doc)
    c = raw(doc)["claims"][0]
    assert c["target_text"].startswith(expected)


@pytest.mark.parametrize(("text", "content", "expected"), [
    # with no agent, event or noun subject, the target is what the statement reports on, not nothing
    # (the part gives way to the whole since issue 15's twenty-first target round: rule part_whole)
    ("The lender said it could default on part of its debt.", "it could default on part of its debt",
     "its debt"),
    ("The firm said it would be unable to pay its suppliers.", "it would be unable to pay its suppliers",
     "its suppliers"),
    ("The firm said it was unable to file its accounts on time.", "it was unable to file its accounts on time",
     "its accounts"),
])
def test_target_falls_back_to_the_reported_object(en_nlp, analyzer, text, content, expected):
    c = analysed(en_nlp, analyzer, text, content, "said")
    assert c["target_text"] == expected


def test_mention_owner_is_the_first_speaker_whose_mention_contains_the_offset():
    from claimex.pipeline.acts import _mention_owner

    speakers = [{"id": "s1", "mentions": [[40, 52]]},  # "Senator Ortiz's office": a long mention
                {"id": "s2", "mentions": [[0, 5], [48, 52]]}]  # "Ortiz" inside it, and earlier
    assert [(_mention_owner(speakers, at) or {}).get("id") for at in (0, 4, 5, 39, 40, 49, 52)] == [
        "s2", "s2", None, None, "s1", "s1", None]
    speakers = [*speakers, {"id": "s3", "mentions": [[60, 65]]}]  # another document's: read again
    assert (_mention_owner(speakers, 61) or {}).get("id") == "s3"


@pytest.mark.parametrize(("text", "content", "name"), [
    # "he" does not stand for a woman named since (rule "pronoun_agreement")
    ('Omar Haddad spoke after Mary Lopez on Monday. "He will win the seat easily," the aide said.',
     "He will win the seat easily", "Omar Haddad"),
    # a nationality or party word that modifies a noun names no one "they" can stand for
    ('The Democratic donors met on Monday. "They are writing bigger checks than ever," the aide said.',
     "They are writing bigger checks than ever", None),
])
def test_pronoun_antecedent_agrees(en_nlp, analyzer, text, content, name):
    doc = build(en_nlp, text, [claim("c1", content, cue="said", speaker="s1")], [speaker("s1", "the aide")])
    raw(doc)["claims"][0]["type"] = "direct"
    analyzer(doc)
    assert raw(doc)["claims"][0]["target_name"] == name


def test_imperative_under_the_cue_of_a_direct_quote_demands(en_nlp, analyzer):
    # "Change the rules ...," she said: the quote's verb hangs from the cue, not from the root
    text = '"Change the rules and when you have done that, change them again," the speaker said.'
    content = "Change the rules and when you have done that, change them again"
    doc = build(en_nlp, text, [claim("c1", content, cue="said", speaker="s1")], [speaker("s1", "the speaker")])
    raw(doc)["claims"][0]["type"] = "direct"
    analyzer(doc)
    c = raw(doc)["claims"][0]
    assert (c["act"], c["act_rule"]) == ("demand", "obligation")


@pytest.mark.parametrize(("text", "content", "act"), [
    ('"Don\'t wait until the river floods to build the wall," the engineer said.',
     "Don't wait until the river floods to build the wall", "demand"),
    ('"Do not sell the farm to the developers," the engineer said.', "Do not sell the farm to the developers",
     "demand"),
])
def test_negative_imperative_in_a_direct_quote_demands(en_nlp, analyzer, text, content, act):
    # twelfth round: the "do" of "don't" is no auxiliary that makes the verb finite
    doc = build(en_nlp, text, [claim("c1", content, cue="said", speaker="s1")], [speaker("s1", "the engineer")])
    raw(doc)["claims"][0]["type"] = "direct"
    analyzer(doc)
    c = raw(doc)["claims"][0]
    assert (c["act"], c["act_rule"]) == (act, "obligation")


@pytest.mark.parametrize(("text", "content", "act"), [
    # twelfth round: a mixed quote that opens in reported speech: its "he" is the speaker, who denies
    ("The coach said he was not blaming the referees, just the \"wet pitch.\"",
     'he was not blaming the referees, just the "wet pitch.', "deny"),
    # a quote that opens inside quotation marks: "he" is someone else
    ('The coach said: "He was not blaming the referees, just the wet pitch."',
     "He was not blaming the referees, just the wet pitch.", "assert"),
])
def test_mixed_quote_opening_in_reported_speech_denies(en_nlp, analyzer, text, content, act):
    doc = build(en_nlp, text, [claim("c1", content, cue="said", speaker="s1")], [speaker("s1", "the senator")])
    raw(doc)["claims"][0]["type"] = "mixed"
    analyzer(doc)
    assert raw(doc)["claims"][0]["act"] == act


def test_avoiding_a_harm_reads_as_good(en_nlp):
    """"avoid" reverses the evaluation of its object, as "prevent" does: a chaotic shutdown avoided is
    no negative evaluation."""
    from claimex.pipeline.acts import valences
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp("The aide said the deal avoids a chaotic shutdown.")
    table = TokenTable.of(doc)
    chaotic = next(t.i for t in doc if t.text == "chaotic")
    assert valences(table, list(range(len(doc))))[chaotic] > 0


@pytest.mark.parametrize(("text", "word", "sign"), [
    # "hardly", "barely", "scarcely" negate their predicate as "not" and "never" do
    ("The union said the new contract was hardly fair to its members.", "fair", -1),
    ("The auditor said the clinic barely helped anyone in the valley.", "helped", -1),
    ("She said the mayor never cared about the harbour district.", "cared", -1),
    ("She said she had never been happy with the ferry timetable.", "happy", -1),
    # "never" with a comparative is an emphasis ("prouder than ever"), not a negation
    ("The coach said she had never been prouder of her young squad.", "prouder", 1),
    ("He said the rail link has never been more useful to commuters.", "useful", 1),
    ("The minister said the budget was never better balanced than this year.", "better", 1),
    # eighteenth round: the copula's negation reaches an adjective of its noun complement
    ("The mayor said the senator's refusal to back the plan was not a good thing.", "good", -1),
    ("The mayor said the senator's refusal to back the plan was a good thing.", "good", 1),
    ("The coach said the striker was never a great passer of the ball.", "great", -1),
])
def test_negating_adverbs_and_the_emphatic_never(en_nlp, text, word, sign):
    from claimex.pipeline.acts import valences
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp(text)
    table = TokenTable.of(doc)
    i = next(t.i for t in doc if t.text == word)
    assert valences(table, list(range(len(doc))))[i] * sign > 0


@pytest.mark.parametrize(("text", "word", "against"), [
    ("We need to bomb the rebel depots before the rains.", "depots", True),
    ("The museum should be shut for the winter.", "museum", True),
    ("The council must overhaul the permit system.", "system", True),
    ("The council must expand the permit system.", "system", False),
])
def test_a_hostile_action_or_a_reform_is_done_against_its_object(en_nlp, text, word, against):
    from claimex.pipeline.acts import acted_against
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp(text)
    i = next(t.i for t in doc if t.text == word)
    assert acted_against(TokenTable.of(doc), i) is against


#: (text, content, target word, relation): what the content does to the target (rule "target_relation"):
#: the word it is the object of backs it or acts against it, reversed under negation; None when the target
#: is no such object (its subject, or inside a relative clause that says what others did).
RELATIONS = [
    ("The governor said the budget would end the tax break for oil companies.",
     "the budget would end the tax break for oil companies", "break", "oppose"),
    ("The farmers said they would campaign against the new pipeline.",
     "they would campaign against the new pipeline", "pipeline", "oppose"),
    ("About 40 rabbis said they plan to join the protest of the senator's speech.",
     "they plan to join the protest of the senator's speech", "senator", "oppose"),
    ("The senator said birthright citizenship should be abolished.", "birthright citizenship should be abolished",
     "citizenship", "oppose"),
    ("Smith said she will vote for Jones in November.", "she will vote for Jones in November", "Jones", "support"),
    ("The mayor said she would fight for the nurses' pay rise.", "she would fight for the nurses' pay rise",
     "nurses", "support"),
    ("The poll shows that most voters approve of the governor.", "most voters approve of the governor",
     "governor", "support"),
    ("Residents said the council should not cut the library budget.", "the council should not cut the library budget",
     "budget", "support"),
    ("The farmers said they will not vote for the governor this fall.",
     "they will not vote for the governor this fall", "governor", "oppose"),
    # a negation above the backing verb, or "without", withholds it
    ("The teacher said she could not see herself supporting the mayor.",
     "she could not see herself supporting the mayor", "mayor", "oppose"),
    ("The pastor said it was a way to take part without supporting the candidate.",
     "it was a way to take part without supporting the candidate", "candidate", "oppose"),
    ("The governor said the budget would end the tax break for oil companies.",
     "the budget would end the tax break for oil companies", "budget", None),
    ("The strategist said those who supported the senator will stay home.",
     "those who supported the senator will stay home", "senator", None),
    ("The mayor said it was premature to back the stadium plan.", "it was premature to back the stadium plan",
     "plan", None),
    # rule foreseen_deed (issue 15's stance29 round): an adjective of likelihood or readiness foresees the deed,
    # one of reluctance, "less" or a negation withholds it; "premature" (above) judges it
    ("The survey found that younger renters are now more likely to vote for her after the debate.",
     "younger renters are now more likely to vote for her after the debate", "her", "support"),
    ("The aide said the senator may be willing to back the governor.",
     "the senator may be willing to back the governor", "governor", "support"),
    ("Her aides said the delegates were reluctant to back the mayor.",
     "the delegates were reluctant to back the mayor", "mayor", "oppose"),
    ("Many shopkeepers said they are far less likely to back the council members after the closures.",
     "they are far less likely to back the council members after the closures", "members", "oppose"),
    # rule disapproved (issue 15's stance29 round): a phrasal verb of disapproval, of a person or a thing
    ("The historian said later voters would frown on the measure.", "later voters would frown on the measure",
     "measure", "oppose"),
    ("The union said its members object to the new pay deal.", "its members object to the new pay deal", "deal",
     "oppose"),
    # rule sympathy (issue 15's stance29 round): the one a noun of sympathy reaches is supported
    ("The governor said her thoughts go out to the crash victims and their relatives.",
     "her thoughts go out to the crash victims and their relatives", "victims", "support"),
    ("The mayor said the town's prayers are with the injured miners tonight.",
     "the town's prayers are with the injured miners tonight", "miners", "support"),
    # rule party_vote (issue 15's stance31 round): a party as the direct object of "vote" is voted for
    ("The drivers said they would vote Republican next month.", "they would vote Republican next month",
     "Republican", "support"),
    # an undoing reported in the past is an event, not a stance ("were killed", "cut ... last year")
    ("The militia said four of its members were killed.", "four of its members were killed", "four", None),
    ("The group said the council cut the library budget last year.", "the council cut the library budget last year",
     "budget", None),
]


@pytest.mark.parametrize(("text", "content", "word", "relation"), RELATIONS)
def test_target_relation(en_nlp, analyzer, text, content, word, relation):
    from claimex.pipeline import acts

    st, target = said_statement(en_nlp, analyzer, text, content, word, cue="said" if " said " in text else None)
    assert acts.target_relation(st, target) == relation


#: Rule cause_of (issue 15's stance31 round): a target named as the cause ("because of", "due to", "thanks to") of a
#: deed that backs or opposes its own object takes the same stance; a cause of anything else relates nothing.
CAUSES = [
    ("Several teachers said they were less likely to vote Labour because of the mayor's record.",
     "they were less likely to vote Labour because of the mayor's record", "mayor", "oppose"),
    ("The farmers said they were more likely to back the new dam thanks to the engineer's report.",
     "they were more likely to back the new dam thanks to the engineer's report", "report", "support"),
    ("The committee said its members would not vote for the levy due to the treasurer's letter.",
     "its members would not vote for the levy due to the treasurer's letter", "letter", "oppose"),
    ("The pilot said the morning flight was late because of the storm.",
     "the morning flight was late because of the storm", "storm", None),
    ("The coach said the team won the final because of its goalkeeper.",
     "the team won the final because of its goalkeeper", "goalkeeper", None),
]


@pytest.mark.parametrize(("text", "content", "word", "stance"), CAUSES)
def test_cause_of(en_nlp, analyzer, text, content, word, stance):
    from claimex.pipeline import acts

    st, target = said_statement(en_nlp, analyzer, text, content, word)
    assert acts.cause_of(st, target) == stance
    if stance is not None:  # the stage's stance path reads it: what the content does to the target
        assert acts.decide_stance(st, "assert", target, False) == (stance, "relation")


#: (text, content, cue, target, stance): the relation decides the stance where the act does not, and the
#: fitted stance model leaves it alone (source "relation"); before, these were neutral (no evaluative word).
RELATION_STANCES = [
    ("The farmers said they would campaign against the new pipeline.",
     "they would campaign against the new pipeline", "said", "the new pipeline", "oppose"),
    ("About 40 rabbis said they plan to join the protest of the senator's speech.",
     "they plan to join the protest of the senator's speech", "said", "the senator's speech", "oppose"),
    # rule sympathy (issue 15's stance29 round): sympathy offered supports, the victims' own word notwithstanding
    ("\"Our prayers tonight for every one of the flood victims' relatives,\" the mayor said.",
     "Our prayers tonight for every one of the flood victims' relatives,", "said", "the flood victims", "support"),
]


@pytest.mark.parametrize(("text", "content", "cue", "target", "stance"), RELATION_STANCES)
def test_relation_decides_the_stance(nlp, text, content, cue, target, stance):
    import claimex

    found = [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text == content]
    assert [(c.target_text, c.stance) for c in found] == [(target, stance)]


#: (text, content, act): an observer's mild criticism (a pollster, a strategist, a political scientist reading a
#: race) is analysis, not an accusation (issue 15's observer round, rule ``observer_view``); a word of strong
#: disapproval still condemns or accuses.
OBSERVER_ACTS = [
    ('"The mayor\'s campaign has made mistakes and it is losing ground with younger voters," said Tom Reyes, '
     "a Democratic strategist.", "The mayor's campaign has made mistakes and it is losing ground with younger voters",
     "assert"),
    ('"The senator has a problem with independents, who are wary of his record on trade," said Ellen Park, a '
     "political scientist at Ohio State University.",
     "The senator has a problem with independents, who are wary of his record on trade", "assert"),
    ('"The senator\'s plan is a disgraceful betrayal of working families," said Tom Reyes, a Democratic '
     "strategist.", "The senator's plan is a disgraceful betrayal of working families", "condemn"),
    # the role read from an apposition after the name, held at a university's centre (issue 15's observer2 round)
    ('"The senator has alienated his colleagues with his rhetoric," said Ruth Nolan, director of Ohio State '
     "University's Center for Public Affairs.", "The senator has alienated his colleagues with his rhetoric",
     "assert"),
]


@pytest.mark.parametrize(("text", "content", "act"), OBSERVER_ACTS)
def test_an_observers_mild_criticism_is_no_accusation(nlp, text, content, act):
    assert [c.act for c in extracted(nlp, text, content)] == [act]


def test_observer_role_reads_the_roles_head():
    from claimex.pipeline.acts import observer_role

    assert observer_role({"name": "Ellen Park", "role": "political scientist"})
    assert observer_role({"name": "analysts", "role": None})
    assert not observer_role({"name": "Tom Reyes", "role": "spokesman"})
    assert not observer_role(None)
    # a role held at a university or research institute, a fellow
    assert observer_role({"name": "Ruth Nolan", "role": "director", "affiliation": "Stanford University's program"})
    assert observer_role({"name": "Tom Hale", "role": "senior fellow", "affiliation": None})
    assert not observer_role({"name": "Ruth Nolan", "role": "director", "affiliation": "FBI"})


#: (text, content, act, stance): praise in a mixed quote, the writer's report with a few of the speaker's words
#: quoted, is an account, as praise in reported speech (issue 15's act25 round); its stance toward the one
#: praised stays support, and praise said of a thing as its predicate still backs it (``predication``).
MIXED_PRAISE = [
    ('The ambassador insisted he enjoyed "excellent ties" with the new cabinet.',
     'he enjoyed "excellent ties" with the new cabinet', "assert", "support"),
    ('The minister said the housing office had "done superb work" in clearing the waiting list.',
     'the housing office had "done superb work" in clearing the waiting list', "assert", "support"),
    ('The mayor said the new clinic was "a wonderful gift" to the city.',
     'the new clinic was "a wonderful gift" to the city', "support", "support"),
]


@pytest.mark.parametrize(("text", "content", "act", "stance"), MIXED_PRAISE)
def test_praise_in_a_mixed_quote_asserts(nlp, text, content, act, stance):
    assert [(c.type, c.act, c.stance) for c in extracted(nlp, text, content)] == [("mixed", act, stance)]


#: (text, content): in a mixed quote the reported pronoun outside the quotation marks stands for the speaker, as
#: in reported speech: their own backing supports (issue 15's act25 round; before, only a wholly reported one did).
MIXED_BACKING = [
    ('The mayor said she would welcome the state’s help in reaching a “fair and lasting” settlement.',
     "she would welcome the state’s help in reaching a “fair and lasting” settlement"),
    ('The union leader said he would support the deal "with both hands."',
     'he would support the deal "with both hands.'),
    ('The senator said she backed the plan "without reservation."', 'she backed the plan "without reservation.'),
]


@pytest.mark.parametrize(("text", "content"), MIXED_BACKING)
def test_own_backing_in_a_mixed_quote(nlp, text, content):
    assert [(c.type, c.act, c.act_rule) for c in extracted(nlp, text, content)] == [("mixed", "support", "own_backing")]


#: (text, content, act, act_rule): a cue of estimating or projecting over a content that tells the past
#: estimates what was, no forecast (act_rule "past_estimate", issue 15's act26 round), in a contracted perfect too
#: ("we’ve lost"); a content with a future, or a modal perfect ("would have lost"), still predicts.
PAST_ESTIMATES = [
    ("The union estimates that its members knocked on 40,000 doors before the primary.",
     "its members knocked on 40,000 doors before the primary", "assert", "past_estimate"),
    ("The county estimates that about 3,000 residents have lost power since Monday.",
     "about 3,000 residents have lost power since Monday", "assert", "past_estimate"),
    ("The county estimates that we’ve lost 3,000 jobs since March.", "we’ve lost 3,000 jobs since March", "assert",
     "past_estimate"),
    ("The budget office estimates that the new tax will raise $2 billion a year.",
     "the new tax will raise $2 billion a year", "predict", "cue"),
    ("The county estimates that residents would have lost power without the new line.",
     "residents would have lost power without the new line", "predict", "cue"),
]


@pytest.mark.parametrize(("text", "content", "act", "act_rule"), PAST_ESTIMATES)
def test_an_estimate_of_the_past_asserts(nlp, text, content, act, act_rule):
    assert [(c.act, c.act_rule) for c in extracted(nlp, text, content)] == [(act, act_rule)]


#: (text, content, act, act_rule): a necessity put to a generic "you" under "would" or "will" ("you'd have to
#: ...") states what a thing takes, it asks nothing of anyone and foretells nothing (rule "hypothetical_need",
#: issue 15's act26 round); "you have to" and "you need to" without them still demand, and so does a "will have
#: to" put to someone else, or to a "you" the cue names (told the sheriff), not to an audience (told reporters).
HYPOTHETICAL_NEEDS = [
    ('"You\'d have to be blind to miss the traffic on that bridge," the mayor said.',
     "You'd have to be blind to miss the traffic on that bridge", "assert", "hypothetical_need"),
    ('"You will have to ask the county about the permits," the spokesman said.',
     "You will have to ask the county about the permits", "assert", "hypothetical_need"),
    ('"You\'d have to be blind to miss the traffic on that bridge," the mayor told reporters.',
     "You'd have to be blind to miss the traffic on that bridge", "assert", "hypothetical_need"),
    ('"You have to fix the bridge before winter," the mayor told the council.',
     "You have to fix the bridge before winter", "demand", "obligation"),
    ('"The county will have to raise the levy," the treasurer said.', "The county will have to raise the levy",
     "demand", "obligation"),
    ('"You will have to step down," the treasurer told the sheriff.', "You will have to step down", "demand",
     "obligation"),
    ('"You\'ll have to answer for the flooding," the mayor said to the engineer.',
     "You'll have to answer for the flooding", "demand", "obligation"),
]


@pytest.mark.parametrize(("text", "content", "act", "act_rule"), HYPOTHETICAL_NEEDS)
def test_a_hypothetical_need_asserts(nlp, text, content, act, act_rule):
    assert [(c.act, c.act_rule) for c in extracted(nlp, text, content)] == [(act, act_rule)]


#: (text, content, act): "was going to" in the speaker's own words tells a past plan or expectation, no forecast
#: (issue 15's act26 round); in reported speech, or outside a mixed quote's marks, it is the backshifted "is going
#: to" and still predicts.
PAST_PLANS = [
    ('"We were going to build a new library on that lot," the mayor said.',
     "We were going to build a new library on that lot", "assert"),
    ('"The board was going to vote no whatever we said," the mayor said.',
     "The board was going to vote no whatever we said", "assert"),
    ("The mayor said the council was going to raise the levy in the spring.",
     "the council was going to raise the levy in the spring", "predict"),
    # a mixed quote whose past "be" stands outside the quotation marks is reported, backshifted
    ('The governor said she was "going to close the old mill by spring."',
     'she was "going to close the old mill by spring.', "predict"),
]


@pytest.mark.parametrize(("text", "content", "act"), PAST_PLANS)
def test_a_past_plan_in_own_words_foretells_nothing(nlp, text, content, act):
    assert [c.act for c in extracted(nlp, text, content)] == [act]


#: (text, content, act, target): "call out" someone criticises them, it calls for nothing (issue 15's act26
#: round); "call on" someone to act still demands.
CALLED_OUT = [
    ("The governor called out the senator for skipping the flood hearings.",
     "the senator for skipping the flood hearings", "accuse", "the senator"),
    ("The mayor called out the county board for its handling of the bridge repairs.",
     "the county board for its handling of the bridge repairs", "accuse", "the county board"),
    ("The union called on the county to reopen the clinic.", "the county to reopen the clinic", "demand",
     "the county"),
    # a noun of a person ("rival"), or the name in apposition when the small model reads "rival" as an adjective
    ("The treasurer called out her rival Dana Ortiz for missing the budget vote.",
     "her rival Dana Ortiz for missing the budget vote", "accuse", "her rival"),
    ("Councillor Reyes called out his rival Tom Becker for alienating the farmers.",
     "his rival Tom Becker for alienating the farmers", "accuse", "Tom Becker"),
    # the passive names the one criticised as its subject
    ("The governor was called out by the treasurer for skipping the budget hearings.",
     "skipping the budget hearings", "accuse", "The governor"),
]


@pytest.mark.parametrize(("text", "content", "act", "target"), CALLED_OUT)
def test_calling_someone_out_accuses_them(nlp, text, content, act, target):
    assert [(c.act, c.target_text) for c in extracted(nlp, text, content)] == [(act, target)]


#: (text, content): "call out" with no one named as its object is shouting, no accusation (reviewed after issue
#: 15's act26 round).
CALLED_OUT_LOUD = [
    ('"Over by the gate!" the usher called out to the crowd.', "Over by the gate!"),
    ('"The water is rising fast," the deputy called out to the marchers.', "The water is rising fast,"),
    ("The treasurer called out that the ballots had been miscounted.", "the ballots had been miscounted"),
]


@pytest.mark.parametrize(("text", "content"), CALLED_OUT_LOUD)
def test_calling_out_with_no_one_named_accuses_no_one(nlp, text, content):
    assert [c.act for c in extracted(nlp, text, content)] != ["accuse"]


#: (text, content, act, act_rule): the speaker calling someone out in their own words accuses them (issue 15's
#: act28 round, `calling_out`; `performative` read "call" as a call for something, a demand).
OWN_CALL_OUT = [
    ('"The warden buried the inspection report, so today I call her out publicly," the shop steward said.',
     "The warden buried the inspection report, so today I call her out publicly", "accuse", "calling_out"),
    ('"We are calling out the water board for its silence about the leak," the tenants\' group said.',
     "We are calling out the water board for its silence about the leak", "accuse", "calling_out"),
]


@pytest.mark.parametrize(("text", "content", "act", "act_rule"), OWN_CALL_OUT)
def test_calling_someone_out_in_ones_own_words_accuses_them(nlp, text, content, act, act_rule):
    assert [(c.act, c.act_rule) for c in extracted(nlp, text, content)] == [(act, act_rule)]


#: (text, content): a first-person "call out" that names no one accuses no one; nor one in a subordinate clause
#: (mend5: a condition, a relative clause).
OWN_CALL_OUT_LOUD = [
    ('"Every morning I call out to the volunteers at the gate," the organiser said.',
     "Every morning I call out to the volunteers at the gate"),
    ('"If I call out the sheriff, I will be out of a job by Friday," the deputy said.',
     "If I call out the sheriff, I will be out of a job by Friday"),
]


@pytest.mark.parametrize(("text", "content"), OWN_CALL_OUT_LOUD)
def test_calling_out_to_people_accuses_no_one(nlp, text, content):
    acts = [c.act for c in extracted(nlp, text, content)]
    assert len(acts) == 1 and acts != ["accuse"]


#: (text, content, act, act_rule, target): doubting a quality "of" a person accuses them as a possessive does (issue
#: 15's act28 round, `acts._quality_of`), the target being that person; a quality of a thing accuses no one.
DOUBTED_OF = [
    ("The senator questioned the honesty of Treasurer Ann Park.", "the honesty of Treasurer Ann Park",
     "accuse", "cue", "Treasurer Ann Park"),
    ("The mayor questions the independence of Judge Tom Hale.", "the independence of Judge Tom Hale",
     "accuse", "cue", "Judge Tom Hale"),
    ("The senator questioned the cost of the new bridge.", "the cost of the new bridge", "assert", "default", None),
]


@pytest.mark.parametrize(("text", "content", "act", "act_rule", "target"), DOUBTED_OF)
def test_doubting_a_quality_of_a_person_accuses_them(en_nlp, analyzer, text, content, act, act_rule, target):
    cue = "questioned" if "questioned" in text else "questions"
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["act"], c["act_rule"]) == (act, act_rule)
    if target is not None:
        assert c["target_text"] == target


#: (text, content, cue): doubting what befell people accuses none of them (mend5: `_quality_of` reads only a
#: quality or conduct of its owner, `lexicons.OWNER_QUALITY_NOUNS`).
DOUBTED_VICTIMS = [
    ("The union leader questioned the safety of the night shift workers.", "the safety of the night shift workers",
     "questioned"),
    ("The alderman disputed the arrest of the two students.", "the arrest of the two students", "disputed"),
    ("The parents challenged the firing of the assistant coach.", "the firing of the assistant coach", "challenged"),
    ("The board member questioned the number of teachers in the district.",
     "the number of teachers in the district", "questioned"),
    ("The alderman questioned the safety of Ann Park.", "the safety of Ann Park", "questioned"),
]


@pytest.mark.parametrize(("text", "content", "cue"), DOUBTED_VICTIMS)
def test_doubting_what_befell_people_accuses_no_one(en_nlp, analyzer, text, content, cue):
    assert analysed(en_nlp, analyzer, text, content, cue)["act"] != "accuse"


#: (text, content, act): an "if" clause told in the past under a main clause with no modal sets a condition on
#: what was, no forecast (issue 15's act28 round, `acts._past_condition`); a present "if" still predicts, and so
#: does a past one under "would".
PAST_CONDITIONS = [
    ('"If there was any confusion at the polls, it lasted a few minutes," the clerk said.',
     "If there was any confusion at the polls, it lasted a few minutes", "assert"),
    ('"If a lobbyist was trying to win you over, those are the lines he would use," the aide said.',
     "If a lobbyist was trying to win you over, those are the lines he would use", "assert"),
    ('"If the levy fails, the library closes its doors," the clerk said.',
     "If the levy fails, the library closes its doors", "predict"),
    # mend5: a past "if" under a present main predicate still foretells
    ("The treasurer said that if the levy passed, every household pays more.",
     "if the levy passed, every household pays more", "predict"),
    ('"If I was elected, the fees go down," the candidate said.', "If I was elected, the fees go down", "predict"),
]


@pytest.mark.parametrize(("text", "content", "act"), PAST_CONDITIONS)
def test_a_condition_in_the_past_foretells_nothing(nlp, text, content, act):
    assert [c.act for c in extracted(nlp, text, content)] == [act]


#: (text, verb, (past_form, perfect, modal, proposed)): one reading of a verb's time and what each past-tense
#: rule asks of it (:class:`claimex.pipeline.acts.VerbTime`).
VERB_TIMES = [
    ("The committee trimmed the library budget last spring.", "trimmed", (True, False, False, False)),
    ("We have cleared the backlog of permit requests.", "cleared", (False, True, False, False)),
    ("The clinic would have lost its grant without the vote.", "lost", (False, True, True, True)),
    ("Four guards were hurt when the gate gave way.", "hurt", (True, True, False, False)),
    ("The mayor vowed to widen the coastal road.", "widen", (False, False, False, True)),
    ("The old ferry should be scrapped by the port.", "scrapped", (False, False, True, True)),
]


@pytest.mark.parametrize(("text", "verb", "expected"), VERB_TIMES)
def test_one_reading_of_a_verbs_time(en_nlp, text, verb, expected):
    from claimex.pipeline.acts import verb_time
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp(text)
    time = verb_time(TokenTable.of(doc), next(t.i for t in doc if t.text == verb))
    assert (time.past_form, time.perfect, time.modal, time.proposed) == expected


def test_occurrences_finds_each_place_of_a_word():
    """speed38: ``occurrences`` gives every index of a word from a start on, in order (``surname_gender`` reads
    the tokens before a bare surname through it instead of testing every token of the document)."""
    from claimex.pipeline.acts import occurrences

    words = ["dunn", "said", "mrs.", "dunn", "met", "dunn", "."]
    assert list(occurrences(words, "dunn")) == [0, 3, 5]
    assert list(occurrences(words, "dunn", 1)) == [3, 5]
    assert list(occurrences(words, "okafor", 1)) == []
    assert list(occurrences([], "dunn", 1)) == []


# a guard (it passes at main too): the title before a bare surname, found through ``occurrences``, still names
# its gender; one title of each gender before the same surname names none
@pytest.mark.parametrize(("text", "gender"), [
    ("Mrs. Dunn toured the bottling plant on Friday. Dunn later met the workers.", "female"),
    ("Mr. Dunn toured the bottling plant on Friday. Dunn later met the workers.", "male"),
    ("Mr. Dunn and Mrs. Dunn toured the bottling plant on Friday. Dunn later met the workers.", None),
])
def test_surname_gender_reads_the_title_before_the_surname(en_nlp, text, gender):
    from claimex.pipeline import acts
    from claimex.pipeline.tokens import TokenTable

    table = TokenTable.of(en_nlp(text))
    assert acts.surname_gender(acts._names_of(table), "Dunn") == gender


# speed45: the helpers the claims stage calls most make no closure on each call (a comprehension or generator
# that reads a local makes that local a cell, made anew on every call, even on the calls that return before it)
@pytest.mark.parametrize("name", [
    "acts.Statement.valences", "acts.Statement.first_preds", "acts.modal_idiom", "acts._hostile_aim", "acts._sign",
    "acts._modal_children", "acts._ready_to_fight", "acts.naming_use", "acts._circumstantial", "acts.reported_self",
    "targets._minor_features", "targets._owned_noun",
])
def test_hot_helpers_make_no_closure(name):
    from claimex.pipeline import acts, targets

    module, *path = name.split(".")
    found = {"acts": acts, "targets": targets}[module]
    for part in path:
        found = getattr(found, part)
    code = (found.fget if isinstance(found, property) else found).__code__
    assert code.co_cellvars == ()


# a guard (it passes at main too): the parts of the helpers split by speed45 answer as before, on sentences of
# each kind: a naming cue with and without what it names, "have yet to", a "should" put first, a goal of harm
@pytest.mark.parametrize(("text", "verb", "helper", "expected"), [
    ("The senator called him a liar on Monday.", "called", "naming_use", True),
    ("The senator called for a halt to the works.", "called", "naming_use", False),
    ("The farms have yet to see any profit.", "see", "modal_idiom", True),
    ("The fund would close should the mayor lose in May.", "lose", "modal_idiom", True),
    ("The farms have to pay the new levy.", "pay", "modal_idiom", False),
])
def test_split_helpers_answer_as_before(en_nlp, text, verb, helper, expected):
    from claimex.pipeline import acts
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp(text)
    table = TokenTable.of(doc)
    assert getattr(acts, helper)(table, next(t.i for t in doc if t.text == verb)) is expected


#: texts of our own with evaluative idioms: several in one text, one first in its sentence, words between "threw"
#: and "under the bus", two spellings of "cherry-pick", one idiom twice
IDIOM_TEXTS = [
    "The mayor said the plan was a joke. Out of touch and out of step, the board threw the young teachers right "
    "under the bus.",
    "Critics said the report cherry-picked data, and the minister said they cherry pick every number. The union "
    "called the inquiry a witch hunt and a double standard, a witch hunt from the first day.",
    "The senator knocked it out of the park, and the new rules are a step in the right direction.",
    "The council kicked the can down the road again; the deal fell flat and the launch was a train wreck.",
]


@pytest.mark.parametrize("text", IDIOM_TEXTS)
def test_idioms_as_the_matcher_of_all(en_nlp, text):
    # a guard (it passes at main too): the idioms acts.idioms finds since the speed46 round (a Matcher of each idiom
    # that may match, over the stretches it may lie in) are those the Matcher of all the idioms finds, in order
    from spacy.matcher import Matcher

    from claimex import lexicons as lx
    from claimex.pipeline import acts
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp(text)
    matcher = Matcher(doc.vocab)
    for name, (_, patterns) in lx.EVALUATIVE_IDIOMS.items():
        matcher.add(name, list(patterns), greedy="LONGEST")
    expected = [(doc.vocab.strings[key], start, end) for key, start, end in matcher(doc)]
    assert len(expected) >= 2
    assert [(idiom.name, idiom.start, idiom.end) for idiom in acts.idioms(TokenTable(doc))] == expected


def test_idioms_no_matcher_without_their_lemmas(en_nlp, monkeypatch):
    # rule idiom_lemmas (speed46): a document without the lemmas of any idiom runs no Matcher
    from claimex.pipeline import acts
    from claimex.pipeline.tokens import TokenTable

    def no_matcher(*args: object) -> None:
        raise AssertionError("a Matcher ran")

    monkeypatch.setattr(acts, "_idiom_matches", no_matcher)
    assert acts.idioms(TokenTable(en_nlp("The board met on Tuesday and approved the budget for the new year."))) == []


def test_idiom_windows(en_nlp):
    # rule idiom_windows (speed46): an idiom's Matcher runs within its reach of its anchor lemma; every idiom has
    # an anchor and a reach (none is looked for over the whole document)
    from claimex.pipeline import acts
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp("The voters said the old mayor was out of touch with the town.")
    touch = next(t.i for t in doc if t.text == "touch")
    assert acts._idiom_windows(TokenTable(doc), "out of touch") == [(touch - 2, touch + 3)]
    assert None not in acts._IDIOM_REACH.values()


def test_idiom_windows_merge_near_anchors(en_nlp):
    # speed47: the anchors are found in C (compress/map), a window each, cut at the document's end
    from claimex.pipeline import acts
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp("He is out of touch, and she is out of touch too.")
    first, second = (t.i for t in doc if t.text == "touch")
    assert acts._idiom_windows(TokenTable(doc), "out of touch") == [(first - 2, first + 3), (second - 2, len(doc))]


def test_agent_gates(en_nlp):
    # speed47: first_agent skips, without calling is_agent, the words outside _AGENT_POS with no agent label, and
    # is_agent calls _ruling_group only for _RULING_LEMMAS: every word those gates pass over is no agent
    from claimex import syntax
    from claimex.pipeline import acts
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp("The political class and the party elites said the establishment had failed a history class, "
                 "and Senator Ruth Alvarez told Congress that they would quickly pass the bill in Denver.")
    table = TokenTable(doc)
    agents = [t.text for t in doc if acts.is_agent(table, t.i)]
    assert agents == ["class", "party", "elites", "establishment", "Senator", "Ruth", "Alvarez", "Congress", "they",
                      "Denver"]  # not the "history class"
    for t in doc:
        if table.pos[t.i] not in acts._AGENT_POS and table.ent_type[t.i] not in syntax.AGENT_ENTITY_LABELS:
            assert not acts.is_agent(table, t.i), t.text
        if table.lemma[t.i] not in acts._RULING_LEMMAS:
            assert not acts._ruling_group(table, t.i), t.text


def test_idioms_found_at_their_last_token():
    # one_idiom_matchers (speed46) keeps the order of the Matcher of all only where no pattern ends in an optional
    # token; none does
    from claimex.pipeline import acts

    assert acts._IDIOM_LATE_MATCHES is False


def test_sign_belief_gate(en_nlp):
    # speed49: _sign reads the negated belief only where k, its head or the copula above is a ccomp; every clause
    # _belief_clause can find is one of them, so the gate passes over no negated belief
    from claimex.pipeline import acts
    from claimex.pipeline.tokens import TokenTable

    doc = en_nlp("I don't think he is a good leader, and we do not believe the deal is fair to the less able "
                 "workers, but she was a careful mayor.")
    table = TokenTable(doc)
    for t in doc:
        k = t.i
        if "ccomp" not in (table.dep[k], table.dep[table.head[k]], table.dep[table.head[table.head[k]]]):
            assert not acts._under_negated_belief(table, acts._belief_clause(table, k)), t.text
    good, fair, careful = (next(t.i for t in doc if t.text == w) for w in ("good", "fair", "careful"))
    assert (acts._sign(table, good), acts._sign(table, fair), acts._sign(table, careful)) == (-1, -1, 1)


OTHERS_WORDS = [
    # act63 (others_words): a direct quote whose every negative word stands inside a quotation within it
    # reports what others said; the same words as the speaker's own, or a word of the speaker's beside the
    # quotation, still accuse
    ('"Instead people were like, \'this guy is a corrupt liar,\'" said one longtime adviser to the governor.',
     "Instead people were like, 'this guy is a corrupt liar,'", "assert", "others_words"),
    ('"Instead people were like, this guy is a corrupt liar," said one longtime adviser to the governor.',
     "Instead people were like, this guy is a corrupt liar", "accuse", "accusation"),
    ('\u201cThe voters kept telling us, \u2018the mayor is a corrupt liar,\u2019 and we had no answer,\u201d '
     'the aide said.',
     "The voters kept telling us, \u2018the mayor is a corrupt liar,\u2019 and we had no answer", "assert",
     "others_words"),
    ('"The minister once called the scheme \'a disgrace\' and now he runs it," the mayor said.',
     "The minister once called the scheme 'a disgrace' and now he runs it", "assert", "others_words"),
    ('"The minister once called the scheme a disgrace and now he runs it," the mayor said.',
     "The minister once called the scheme a disgrace and now he runs it", "accuse", "accusation"),
    ('"The minister said \'the scheme works,\' and he is a corrupt liar," the mayor said.',
     "The minister said 'the scheme works,' and he is a corrupt liar", "accuse", "accusation"),
]

#: act63 (speech_retold): every negative word in the clause of a verb of saying whose teller is people told by a
#: plural or indefinite noun or a quantity retells others' words; a named teller or one known person still accuses
SPEECH_RETOLD = [
    ("The aide said the families claim the mayor lied to them about the fire.",
     "the families claim the mayor lied to them about the fire", "assert", "speech_retold"),
    ("The aide said a clerk claimed the mayor lied to them about the fire.",
     "a clerk claimed the mayor lied to them about the fire", "assert", "speech_retold"),
    ("The aide said the mayor lied to them about the fire.", "the mayor lied to them about the fire", "accuse",
     "accusation"),
    ("The aide said Smith claimed the mayor lied to them about the fire.",
     "Smith claimed the mayor lied to them about the fire", "accuse", "accusation"),
    ("The aide said the president claimed the mayor lied to them about the fire.",
     "the president claimed the mayor lied to them about the fire", "accuse", "accusation"),
]

#: act71 (complaint_told): every negative word a verb of complaint whose complainer is others reports their complaint;
#: a negative word beside it, a pejorative verb of complaint and the speaker's own complaint still judge
COMPLAINT_TOLD = [
    ("The county clerk said some voters complained when the ballots ran out before noon.",
     "some voters complained when the ballots ran out before noon", "assert", "complaint_told"),
    ("The clerk said several voters complained when the polling station opened late.",
     "several voters complained when the polling station opened late", "assert", "complaint_told"),
    ("The organizer said the union plans to protest outside the debate to back the new wage law.",
     "the union plans to protest outside the debate to back the new wage law", "assert", "complaint_told"),
    ("The county clerk said some residents complained that the mayor lied to them about the ballot.",
     "some residents complained that the mayor lied to them about the ballot", "accuse", "accusation"),
    ("The mayor said the governor whines about the budget every week.",
     "the governor whines about the budget every week", "accuse", "accusation"),
    ("The county clerk said she complained when the ballots ran out before noon.",
     "she complained when the ballots ran out before noon", "concede", "confession"),
]

#: act74 (own_party): the one an accusation would charge is the speaker's own pronoun in reported speech: their
#: own state or position, no one else faulted; a negative word with a phrase naming someone else still faults them
OWN_PARTY = [
    ("The mayor said she had opted not to join the parade this year.",
     "she had opted not to join the parade this year", "assert", "own_party"),
    ("The mayor said the governor had opted not to join the parade this year.",
     "the governor had opted not to join the parade this year", "accuse", "accusation"),
    ("The organizer said he dislikes what the mayor is doing to the parks.",
     "he dislikes what the mayor is doing to the parks", "accuse", "accusation"),
    ("The organizer said he grows angry every time the board sends him a letter.",
     "he grows angry every time the board sends him a letter", "accuse", "accusation"),
    ("The senator said the real extremist is the governor, and he railed against the moderators for failing to raise"
     " taxes.", "the real extremist is the governor, and he railed against the moderators for failing to raise taxes",
     "accuse", "accusation"),
    ("The mayor said she had failed the city's children.", "she had failed the city's children", "concede",
     "confession"),
]

#: act63 (_joy_denied): a satisfaction denied tells a mood as "unhappy" does (mood_described), and denies no act
#: of the speaker's own; one about a person or organisation still finds fault with them
JOY_DENIED = [
    ("The coach said he is not happy with those numbers.", "he is not happy with those numbers", "assert",
     "mood_described"),
    ('"The voters are not happy with the numbers," the aide said.', "The voters are not happy with the numbers",
     "assert", "mood_described"),
    ("The aide said the governor was never satisfied with the plan.", "the governor was never satisfied with the plan",
     "assert", "mood_described"),
    ('"The voters are not happy with the council," the aide said.', "The voters are not happy with the council",
     "accuse", "accusation"),
]


@pytest.mark.parametrize(("text", "content", "act", "rule"), OTHERS_WORDS)
def test_others_words_quoted_in_a_quote_accuse_no_one(nlp, text, content, act, rule):
    assert [(c.type, c.act, c.act_rule) for c in extracted(nlp, text, content)] == [("direct", act, rule)]


@pytest.mark.parametrize(("text", "content", "act", "rule"), SPEECH_RETOLD)
def test_others_speech_retold_accuses_no_one(nlp, text, content, act, rule):
    assert [(c.act, c.act_rule) for c in extracted(nlp, text, content)] == [(act, rule)]


@pytest.mark.parametrize(("text", "content", "act", "rule"), COMPLAINT_TOLD)
def test_a_complaint_of_others_accuses_no_one(nlp, text, content, act, rule):
    assert [(c.act, c.act_rule) for c in extracted(nlp, text, content)] == [(act, rule)]


@pytest.mark.parametrize(("text", "content", "act", "rule"), OWN_PARTY)
def test_a_state_of_the_speakers_own_accuses_no_one(nlp, text, content, act, rule):
    assert [(c.act, c.act_rule) for c in extracted(nlp, text, content)] == [(act, rule)]


@pytest.mark.parametrize(("text", "content", "act", "rule"), JOY_DENIED)
def test_a_satisfaction_denied_is_a_mood(nlp, text, content, act, rule):
    assert [(c.act, c.act_rule) for c in extracted(nlp, text, content)] == [(act, rule)]


def test_inner_quotes_pairs_the_other_kind_of_mark():
    # act63: the quotations inside a direct quote, of the other kind of mark than the quote's own; apostrophes
    # and the quote's own marks (two apostrophes, a double mark) are none
    from claimex.pipeline.acts import inner_quotes

    text = "''Voters said 'it's a disgrace,' and the mayor's aides didn't listen,'' she said."
    start, end = 2, text.index(",'' she")
    assert [text[a:b + 1] for a, b in inner_quotes(text, start, end)] == ["'it's a disgrace,'"]
    text = '"Voters said \u2018a disgrace\u2019 and left," he said. "It\u2019s over."'
    assert [text[a:b + 1] for a, b in inner_quotes(text, 1, len(text) - 2)] == ["\u2018a disgrace\u2019"]
    text = "\u2018He called it \u201ca disgrace\u201d,\u2019 she said."
    assert [text[a:b + 1] for a, b in inner_quotes(text, 1, text.index(",\u2019"))] == ["\u201ca disgrace\u201d"]
    assert inner_quotes('"It\'s the voters\' choice," he said.', 1, 25) == []


def test_inner_quotes_reads_the_marks_alone():
    # speed55 (rule "inner_quote_marks"): the marks of the inner kind and the straight apostrophes are found by a
    # regex, not by stepping through every character; two straight apostrophes are a double mark of the outer kind
    # (the second is skipped too), an apostrophe inside a word is none
    from claimex.pipeline.acts import _DOUBLE_MARKS, _INNER_QUOTE_CHARS, _SINGLE_MARKS, inner_quotes

    marks = "\u2018a\u2019 \u201cb\u201d 'c' \"d\""
    assert _INNER_QUOTE_CHARS[_SINGLE_MARKS].findall(marks) == ["\u2018", "\u2019", "'", "'"]
    assert _INNER_QUOTE_CHARS[_DOUBLE_MARKS].findall(marks) == ["\u201c", "\u201d", "'", "'", '"', '"']
    text = "\u201cThe council's staff called the plan ''a mess'' and 'a gift to the builders,' she recalled.\u201d"
    end = text.index(" she recalled")
    assert [text[a:b + 1] for a, b in inner_quotes(text, 1, end)] == ["'a gift to the builders,'"]
    text = "''They called it ''a mess'' and 'a gift,' he said,'' she recalled."
    assert [text[a:b + 1] for a, b in inner_quotes(text, 2, text.index(",'' she"))] == ["'a gift,'"]
    text = "''It is 'fine',''' she said."
    assert [text[a:b + 1] for a, b in inner_quotes(text, 2, text.index(",''' she"))] == ["'fine'"]


def test_expecting_unplanned():
    # speed49: the set _expected reads is made once; a plan told in the present (act54) is not in it
    from claimex.pipeline import acts

    assert {"expect", "intend", "poise"} == acts._EXPECTING_UNPLANNED


def test_accusation_gates_read_once(en_nlp, analyzer):
    # speed49: accusation's gates are read once a statement (its own rule, then doer_outside's); the exception they
    # name is set on the statement at each call, as when both calls read the gates
    from claimex.pipeline import acts

    text = '"The voters are furious and bitter about the closures," the council member said.'
    st, _ = said_statement(en_nlp, analyzer, text, "The voters are furious and bitter about the closures", "voters")
    assert acts.accusation(st) is None and st.spared == "mood_described"
    assert st._accusing == (False, "mood_described", None)
    st.spared = None
    assert acts.accused_outside(st) is None and st.spared == "mood_described"


class _NoTokens:
    """A Doc stand-in that fails when a rule makes a spaCy Token of it (the speed50 round's gates)."""

    def __getitem__(self, i: object) -> object:
        raise AssertionError(f"a Token made at {i}")


def test_event_told_reads_tags_last(en_nlp, analyzer):
    # speed50: event_told reads the Doc's tag of the content's words only once every negative word is an event verb
    from claimex.pipeline import acts

    text = '"The plan is a cruel waste of money and the board should reject it," the mayor said.'
    st, _ = said_statement(en_nlp, analyzer, text, "The plan is a cruel waste of money and the board should reject it",
                           "plan")
    assert any(v < 0 for v in st.valences.values())
    doc, st.table.doc = st.table.doc, _NoTokens()
    try:
        assert acts.event_told(st) is False  # "cruel", "waste": no event verb, so no Token is made
    finally:
        st.table.doc = doc
    told = '"The new mayor stopped the practice last spring," the clerk said.'
    st, _ = said_statement(en_nlp, analyzer, told, "The new mayor stopped the practice last spring", "mayor")
    assert acts.event_told(st) is True
    judged = '"The new mayor should stop the practice," the clerk said.'
    st, _ = said_statement(en_nlp, analyzer, judged, "The new mayor should stop the practice", "mayor")
    assert acts.event_told(st) is False  # a modal other than one of the future: an obligation judged


def test_stance_hands_on_the_rules_answer(en_nlp, analyzer):
    # speed50: the stage's _stance hands on the stance rule's own answer, which own_side_stance reads where the
    # model overturned it (it had called decide_stance a second time for it)
    from claimex.pipeline import acts

    text = '"The new budget is a disaster for the schools," the mayor said.'
    st, budget = said_statement(en_nlp, analyzer, text, "The new budget is a disaster for the schools", "budget")
    act, rule = analyzer._act(st)
    assert (act, rule) == ("assert", "default")
    assert analyzer._stance(st, act, rule, budget, False) == ("oppose", "evaluation", ("oppose", "evaluation"))
    assert acts.decide_stance(st, act, budget, False) == ("oppose", "evaluation")
    stanceless = sorted(acts.STANCELESS_RULES)[0]  # a denial that two things are linked: no rule asked
    assert analyzer._stance(st, act, stanceless, budget, False) == ("neutral", "act", None)


# speed51: the helpers many rules ask of most predicates test their children in loops, no generator or
# comprehension made on each call (an any() made one, and a frame on each step, on Python 3.11)
@pytest.mark.parametrize("name", [
    "acts._negated_plainly", "acts._has_dep", "acts._frames_criticism", "acts._lessened", "acts._particle",
    "acts._lead_predicate", "acts._questioned_subject", "acts._strongly_valued", "acts._hostile_infinitive",
    "acts._no_longer", "acts._covert", "acts._to_clause", "acts._circumstance_marked", "claims._conditioned",
])
def test_hot_helpers_make_no_generator(name):
    import types

    from claimex.pipeline import acts, claims

    module, attr = name.split(".")
    code = getattr({"acts": acts, "claims": claims}[module], attr).__code__
    assert not any(isinstance(const, types.CodeType) for const in code.co_consts)


def test_predication_gate_passes_over_a_plain_content(en_nlp, analyzer, monkeypatch):
    # speed51: a content with no word of the predication threshold and no "too" is passed over before the
    # rule's readings are made; one with such a word is read as before
    from claimex.pipeline import acts

    text = '"The council met on Tuesday to count the ballots," the clerk said.'
    st, _ = said_statement(en_nlp, analyzer, text, "The council met on Tuesday to count the ballots", "council")
    assert max(map(abs, st.valences.values()), default=0.0) < acts.PREDICATION_THRESHOLD

    def unread(st: object) -> None:
        raise AssertionError("the readings were made")

    with monkeypatch.context() as patched:
        patched.setattr(acts, "_predicated", unread)
        assert acts.predication(st) is None
    judged = '"The senator is a brilliant and honest judge," the clerk said.'
    st, senator = said_statement(en_nlp, analyzer, judged, "The senator is a brilliant and honest judge", "senator")
    assert acts.predication(st) == ("support", st.act_root)
    assert st.judged == senator


def test_backing_verb_gate(en_nlp, monkeypatch):
    # speed51: _backing_verb returns at once where neither the predicate nor a child of it has the lemma of a
    # backing verb or "stand" (no subject read for its conjoined verbs); "go out and support her" still backs
    from claimex.pipeline import acts
    from claimex.pipeline.tokens import TokenTable

    table = TokenTable.of(en_nlp("We will go out and buy the bread."))
    go = next(i for i in range(table.n) if table.lower[i] == "go")

    def unread(table: object, i: int) -> None:
        raise AssertionError("a subject was read")

    with monkeypatch.context() as patched:
        patched.setattr(acts, "subject", unread)
        assert acts._backing_verb(table, go, table.n - 1) is None
    table = TokenTable.of(en_nlp("We will go out and support her."))
    go = next(i for i in range(table.n) if table.lower[i] == "go")
    found = acts._backing_verb(table, go, table.n - 1)
    assert found is not None and table.lower[found] == "support"


# speed52: rules that scanned every word of the content read the statement's terms first (rules "insult_gate",
# "quality_terms"): their words are in the stage's word lists, so a statement whose terms lack them is passed over
# at once, and one that has them is read as before
@pytest.mark.parametrize(("rule", "text", "content", "word", "cue", "found"), [
    ("insult", '"Drop dead," the mayor told the heckler.', "Drop dead", "drop", "told", "accuse"),
    ("insult", 'The mayor said: "Go to hell."', "Go to hell", "go", "said", "accuse"),
    ("disqualification", '"The governor is not qualified to lead this state," the senator said.',
     "The governor is not qualified to lead this state", "qualified", "said", "accuse"),
    ("qualification", '"The governor is qualified to be president," the senator said.',
     "The governor is qualified to be president", "qualified", "said", "support"),
    ("best_choice", '"The best alternative to the mayor is Tom Reyes," the senator said.',
     "The best alternative to the mayor is Tom Reyes", "alternative", "said", "support"),
])
def test_content_scans_read_the_terms_first(en_nlp, analyzer, rule, text, content, word, cue, found):
    from claimex.pipeline import acts

    st, _ = said_statement(en_nlp, analyzer, text, content, content.split()[0], cue)
    assert word in st.terms  # the stage reads the rule's words into the terms
    answer = getattr(acts, rule)(st)
    assert answer is not None and answer[0] == found
    st, _ = said_statement(en_nlp, analyzer, text, content, content.split()[0], cue)
    st.terms = frozenset()  # terms without the rule's words: the content is not scanned
    assert getattr(acts, rule)(st) is None


def test_statement_reads_its_content_set_and_first_end_once(en_nlp, analyzer):
    # speed52: the content's set (rule "inside_once") is made once, by the stage, and handed to the statement for
    # the rules and the target ranker; the end of the content's first sentence (rule "first_end_once") is read
    # once for the rules that ask
    from claimex.pipeline import acts

    text = '"The levy is unfair. The council must drop it," the mayor said.'
    st, _ = said_statement(en_nlp, analyzer, text, "The levy is unfair. The council must drop it", "levy")
    assert st._inside is not None and st._inside == frozenset(st.content)
    assert st.inside is st.inside
    assert st._first_end is None
    end = st.first_end
    assert end == acts._first_sentence_end(st.table, st.content) < st.content[-1]
    assert st.table.lower[end - 1] == "unfair"  # the first sentence ends at its full stop
    assert st._first_end == end


def test_statement_reads_its_first_sentence_once(en_nlp, analyzer, monkeypatch):
    # speed60: the bounds of the content's first sentence (rule "first_sentence_once") are looked up once a
    # statement, for first_end, first_preds, the hedge rule of a condition and the target rule clause_topic (three
    # look-ups of this statement's first word before); the claim is read as before (hedged, about the council)
    from claimex.pipeline.tokens import TokenTable

    text = '"If the council raises the levy again, the shops would close. We will fight it," the grocer said.'
    content = "If the council raises the levy again, the shops would close. We will fight it"
    doc = build(en_nlp, text, [claim("c1", content, cue="said")])
    first = next(t.i for t in doc if t.text == "If")
    looked_up = []
    bounds = TokenTable.sentence_bounds

    def counted(table, i):
        looked_up.append(i)
        return bounds(table, i)

    monkeypatch.setattr(TokenTable, "sentence_bounds", counted)
    analyzer(doc)
    record = raw(doc)["claims"][0]
    assert record["hedged"] is True
    assert record["target_text"] == "the council"
    assert looked_up.count(first) == 1


def test_content_heads_tests_each_head_once(en_nlp):
    # speed52: _content_heads keeps the heads that name something as it finds them (rule "heads_named_once"),
    # after the candidates proposed before them, which it does not repeat
    from claimex.pipeline import targets
    from claimex.pipeline.tokens import TokenTable

    table = TokenTable.of(en_nlp("The mayor said the council cut the budget for the schools."))
    council = next(i for i in range(table.n) if table.lower[i] == "council")
    content = list(range(council - 1, table.n - 1))
    kept: list[int] = []
    later = targets._content_heads(table, content, [council], kept)
    assert [table.lower[i] for i in kept] == ["budget", "schools"]
    assert later == []


def test_rule_gates_are_read_into_the_terms(analyzer):
    # speed53: every word a gated act rule needs (rule "rule_gates") is one the stage reads into the statement's
    # terms, and each gate is a rule of the decision list
    from claimex.pipeline import acts

    rules = {rule for _, rule in acts.ACT_RULES}
    for rule, gate in acts.RULE_GATES.items():
        assert rule in rules
        assert gate and gate <= analyzer._lexicon, rule.__name__


def test_decide_act_passes_over_gated_rules(en_nlp, analyzer, monkeypatch):
    # speed53: decide_act makes each gated rule's opening test itself (rule "rule_gates"): a rule whose words are
    # not among the terms is not called; one whose words are is called and decides as before
    from claimex.pipeline import acts

    text = '"The council met on Tuesday to count the ballots," the clerk said.'
    st, _ = said_statement(en_nlp, analyzer, text, "The council met on Tuesday to count the ballots", "council")
    assert st.terms is not None and all(st.terms.isdisjoint(gate) for gate in acts.RULE_GATES.values())

    def uncalled(st: object) -> None:
        raise AssertionError("a gated rule was called")

    stand_ins = {rule: lambda st: uncalled(st) for rule in acts.RULE_GATES}  # one stand-in each
    with monkeypatch.context() as patched:
        patched.setattr(acts, "ACT_RULES", tuple((name, stand_ins.get(rule, rule)) for name, rule in acts.ACT_RULES))
        patched.setattr(acts, "RULE_GATES", {stand_ins[rule]: gate for rule, gate in acts.RULE_GATES.items()})
        patched.setattr(acts, "_OPEN_RULES", {})
        assert acts.decide_act(st)[2] == "default"
    likely = '"The inspectors are likely to ask for the ledgers in the coming weeks," the clerk said.'
    content = "The inspectors are likely to ask for the ledgers in the coming weeks"
    st, _ = said_statement(en_nlp, analyzer, likely, content, "inspectors")
    assert "likely" in st.terms
    assert acts.decide_act(st)[:3:2] == ("predict", "likelihood")
    st, _ = said_statement(en_nlp, analyzer, likely, content, "inspectors")
    st.terms = None  # the rules read the content themselves: the same answer
    assert acts.decide_act(st)[:3:2] == ("predict", "likelihood")


def test_open_rules_keep_the_decision_lists_order():
    # speed53: the rules left to call for a statement's terms (rule "rule_gates"): every ungated rule, and a gated
    # one only where the terms hold a word of its gate, in the order of ACT_RULES
    from claimex.pipeline import acts

    ungated = [rule for _, rule in acts.ACT_RULES if rule not in acts.RULE_GATES]
    assert [rule for _, rule in acts.open_rules(frozenset())] == ungated
    assert [rule for _, rule in acts.open_rules(frozenset({"town", "council"}))] == ungated
    opened = [rule for _, rule in acts.open_rules(frozenset({"likely", "than", "town"}))]
    assert opened == [rule for _, rule in acts.ACT_RULES
                      if rule not in acts.RULE_GATES or rule in (acts.likelihood, acts.none_better)]
    assert "own_denial" in dict(acts.open_rules(frozenset()))
    assert "own_denial" not in dict(acts.open_rules(frozenset(), deny_negated=False))



def test_gate_positions_make_the_lists_the_rules_own_tests_make():
    # speed58: a new set of gate words gets its rules from the places each word opens (rule "gate_positions"), the
    # same list, in the same order, as testing every rule of the decision list against the words
    from claimex.pipeline import acts

    assert acts._GATE_PLACES["likely"] == (next(k for k, (_, rule) in enumerate(acts.ACT_RULES)
                                                if rule is acts.likelihood),)
    assert acts._GATE_PLACES.keys() == acts._GATE_WORDS_ALL
    for words in (frozenset(), frozenset({"enough"}), frozenset({"likely", "than", "could", "proud"}),
                  frozenset({"longer", "anymore", "town"}), acts._GATE_WORDS_ALL):
        for deny in (True, False):
            rules = acts._OPEN_RULES if deny else acts._OPEN_NO_DENIAL
            rules.pop(words & acts._GATE_WORDS_ALL, None)  # a new set: the list is made, not read from the cache
            every = acts.ACT_RULES if deny else acts._RULES_NO_DENIAL
            assert acts.open_rules(words, deny) == tuple(
                (name, rule) for name, rule in every
                if rule not in acts.RULE_GATES or not acts.RULE_GATES[rule].isdisjoint(words))

def test_term_gated_scans(en_nlp, analyzer):
    # speed57: satisfaction_voiced and privative_fault scan the content for their words only when the statement's
    # terms hold one (rule "term_gated_scans"); the stage reads those words into the terms, and decide_act passes
    # over satisfaction_voiced as over the other gated rules
    from claimex.lexicons import PRIVATIVE_PREDICATES, SATISFACTION_WORDS
    from claimex.pipeline import acts

    assert analyzer._lexicon >= SATISFACTION_WORDS | PRIVATIVE_PREDICATES
    assert acts.RULE_GATES[acts.satisfaction_voiced] == SATISFACTION_WORDS
    assert acts.satisfaction_voiced not in dict(acts.open_rules(frozenset({"town"}))).values()
    assert acts.satisfaction_voiced in dict(acts.open_rules(frozenset({"proud"}))).values()
    text = "The senator said the agency's response has been insufficient."
    st, word = said_statement(en_nlp, analyzer, text, "the agency's response has been insufficient", "insufficient")
    assert st.terms is not None and "insufficient" in st.terms
    assert acts.privative_fault(st) == word
    st.terms = frozenset()  # read from the terms, not the content: a content without the word is not scanned
    assert acts.privative_fault(st) is None
    st.terms = None  # no terms: the content is read, the same answer as with them
    assert acts.privative_fault(st) == word
    post = "Proud of our nurses for opening the new clinics"
    st, _ = said_statement(en_nlp, analyzer, f'"{post}," the mayor wrote.', post, "Proud", cue="wrote")
    assert acts.satisfaction_voiced(st) is not None
    st.terms = frozenset()
    assert acts.satisfaction_voiced(st) is None


#: (text, content, cue, act, rule): issue 15's act62 round. The speaker's pride said outside the content's main
#: predicates, or opening a post with no subject, supports what it is about (rule "satisfaction_voiced"); praise
#: said through the object of "represent" supports the subject as through "be" (rule "represented_merit", in
#: "predication"). A pride withheld or said as a manner of saying ("proud to say"), a negated "represent" and a
#: praising noun as its object are no praise (a pride withheld is a mood told: act63's "mood_described").
VOICED_PRAISE = [
    ('"The union has stood by these nurses. That is the reason we are so proud to back Ms. Diaz," the senator said.',
     "The union has stood by these nurses. That is the reason we are so proud to back Ms. Diaz", "said",
     "support", "satisfaction_voiced"),
    ('"Proud of our nurses for opening the new clinics," the senator wrote.',
     "Proud of our nurses for opening the new clinics", "wrote", "support", "satisfaction_voiced"),
    ('"We opened the clinic, which we are proud to report is the first of its kind," the mayor said.',
     "We opened the clinic, which we are proud to report is the first of its kind", "said", "assert", "default"),
    ('"The vote was held on Tuesday. That is why I am not proud of the vote," the senator said.',
     "The vote was held on Tuesday. That is why I am not proud of the vote", "said", "assert", "mood_described"),
    ('"This treaty represents the best chance we have had to save the reefs," the minister said.',
     "This treaty represents the best chance we have had to save the reefs", "said", "support", "predication"),
    ('"This treaty does not represent the best chance we have had to save the reefs," the minister said.',
     "This treaty does not represent the best chance we have had to save the reefs", "said", "assert", "default"),
    ('"Mr. Hale represents the values of the coast," the minister said.',
     "Mr. Hale represents the values of the coast", "said", "assert", "default"),
]


@pytest.mark.parametrize(("text", "content", "cue", "act", "rule"), VOICED_PRAISE)
def test_praise_voiced_outside_the_main_predicate(en_nlp, analyzer, text, content, cue, act, rule):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["act"], c["act_rule"]) == (act, rule)


#: (text, content, cue, target, stance): issue 15's act62 round, rule "touted": an assertion under "tout" /
#: "boast" / "brag" supports the thing touted (the content's top noun, the object of its "of", the subject of its
#: clause, or their possessor); said plainly, the content's own stance stands.
TOUTED = [
    ("The governor boasted that the jobless rate had dropped for the first time in years.",
     "the jobless rate had dropped for the first time in years", "boasted", "the jobless rate", "support"),
    ("The governor boasted of her tax plan for retirees.", "of her tax plan for retirees", "boasted",
     "her tax plan for retirees", "support"),
    ("The governor said that the jobless rate had dropped for the first time in years.",
     "the jobless rate had dropped for the first time in years", "said", "the jobless rate", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "cue", "target", "stance"), TOUTED)
def test_what_is_touted_is_supported(en_nlp, analyzer, text, content, cue, target, stance):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["target_text"], c["stance"]) == (target, stance)


#: act64 (have_got_to): "have got to" and "gotta" oblige as "have to" does, in the content's first sentence; "I've
#: got to" and an inference said of "that" ask nothing of anyone
HAVE_GOT_TO = [
    ('"We\'ve got to fix the roads before winter," the mayor said.', "We've got to fix the roads before winter",
     "demand", "obligation"),
    ('"The council has got to stop wasting money," the mayor said.', "The council has got to stop wasting money",
     "demand", "obligation"),
    ('"We gotta fix the roads," the mayor said.', "We gotta fix the roads", "demand", "obligation"),
    ('"I\'ve got to say, the roads are in bad shape," the mayor said.',
     "I've got to say, the roads are in bad shape", "assert", "default"),
    ('"That\'s got to hurt the council," the mayor said.', "That's got to hurt the council", "assert", "default"),
    # read in the content's first sentence only
    ('"We\'ve got to fix the roads. They were built in 1950," the mayor said.',
     "We've got to fix the roads. They were built in 1950", "demand", "obligation"),
    ('"The roads were built in 1950. We\'ve got to fix them," the mayor said.',
     "The roads were built in 1950. We've got to fix them", "assert", "default"),
]

#: act64 (defiance): the speaker's own defiance of a rule or an order promised threatens; keeping to one does not
DEFIANCE = [
    ("Union leaders said they would ignore the ban and picket outside the plant.",
     "they would ignore the ban and picket outside the plant", "threaten", "threat"),
    ("The tenants vowed to defy the curfew.", "to defy the curfew", "threaten", "threat"),
    ("The farmers said they will defy the court order.", "they will defy the court order", "threaten", "threat"),
    ("The union said its members will observe the curfew.", "its members will observe the curfew", "predict",
     "prediction"),
]

#: act64 (time_before): a span of time that may pass before something happens foretells when it will
TIME_BEFORE = [
    ("Engineers say it may be months before the new bridge is finished.",
     "it may be months before the new bridge is finished", "predict", "possible_outcome"),
    ("It might be weeks until the results are known, she said.", "It might be weeks until the results are known",
     "predict", "possible_outcome"),
    ("Officials said it could be years since the bridge was inspected.",
     "it could be years since the bridge was inspected", "assert", "default"),
]


@pytest.mark.parametrize(("text", "content", "act", "rule"), HAVE_GOT_TO)
def test_have_got_to_obliges(nlp, text, content, act, rule):
    assert [(c.act, c.act_rule) for c in extracted(nlp, text, content)] == [(act, rule)]


@pytest.mark.parametrize(("text", "content", "act", "rule"), DEFIANCE)
def test_defiance_promised_threatens(nlp, text, content, act, rule):
    assert [(c.act, c.act_rule) for c in extracted(nlp, text, content)] == [(act, rule)]


@pytest.mark.parametrize(("text", "content", "act", "rule"), TIME_BEFORE)
def test_time_before_predicts(nlp, text, content, act, rule):
    assert [(c.act, c.act_rule) for c in extracted(nlp, text, content)] == [(act, rule)]


#: act65 (esteem_degree): a person said to be held in esteem or fit in a high degree is backed, reported or quoted;
#: not the speaker, not denied, not a possibility
ESTEEM_DEGREE = [
    ('"Maria Lopez is best suited to clean up the city government," the mayor said.',
     "Maria Lopez is best suited to clean up the city government", "support", "esteem_degree", "Maria Lopez"),
    ("A voter said Maria Lopez is best suited to clean up the city government.",
     "Maria Lopez is best suited to clean up the city government", "support", "esteem_degree", "Maria Lopez"),
    ('"Maria Lopez is widely admired in the valley," the mayor said.', "Maria Lopez is widely admired in the valley",
     "support", "esteem_degree", "Maria Lopez"),
    ("The governor said he was ideally suited for the top office.", "he was ideally suited for the top office",
     "assert", "default", "the top office"),
    ('"I am well suited for this job," the mayor said.', "I am well suited for this job", "assert", "default",
     "this job"),
    ('"He may not be well liked in the capital," the aide said.', "He may not be well liked in the capital",
     "assert", "default", "the capital"),
]

#: act65 (cleft_doer): what someone did or said, or the fault they want, evaluated in a pseudo-cleft, is said of them;
#: a good they want is no merit of theirs, and what happened is no one's deed
CLEFT_DOER = [
    ('"What the council did for the port is wonderful and remarkable," the mayor said.',
     "What the council did for the port is wonderful and remarkable", "support", "praise", "the council"),
    ('"What they, the party bosses, want is unanimity in dishonesty," the senator said.',
     "What they, the party bosses, want is unanimity in dishonesty", "accuse", "accusation", "the party bosses"),
    ('"What voters want is a leader who is honest and good," the pollster said.',
     "What voters want is a leader who is honest and good", "assert", "default", "voters"),
]


#: act65 (understanding_shown): a person said in the speaker's quoted words to understand someone or something is
#: praised; not what they know ("understands that ..."), not the speaker, not in reported speech, not "gets the votes"
UNDERSTANDING_SHOWN = [
    ('"Maria Lopez really understands the farmers," the mayor said.', "Maria Lopez really understands the farmers",
     "support", "understanding_shown", "Maria Lopez"),
    ('"Maria Lopez gets it," the union leader said.', "Maria Lopez gets it", "support", "understanding_shown",
     "Maria Lopez"),
    ('"She understands that people have concerns," the mayor said.', "She understands that people have concerns",
     "assert", "default", "She"),
    ('"I understand the farmers," the mayor said.', "I understand the farmers", "assert", "default", "the farmers"),
    ('"He gets the votes in the valley," the pollster said.', "He gets the votes in the valley", "assert", "default",
     "the votes"),
]


def test_esteem_degree_supports_the_one_esteemed(nlp):
    """act65: the stance of an esteem said of a person is support toward them."""
    text = '"Maria Lopez is best suited to clean up the city government," the mayor said.'
    [c] = extracted(nlp, text, "Maria Lopez is best suited to clean up the city government")
    assert (c.target_text, c.stance) == ("Maria Lopez", "support")


ANYTHING_TO_WIN = [
    # act67: a person who would say or do anything for votes or power is accused
    ('"The governor will do anything to stay in power," the senator said.',
     "The governor will do anything to stay in power", "accuse", "anything_to_win", "The governor"),
    ('"Senator Hale would say or do anything to win the election," the mayor said.',
     "Senator Hale would say or do anything to win the election", "accuse", "anything_to_win", "Senator Hale"),
    ('"Since the spring you were willing to say anything to win the primary," Mendez told the governor.',
     "Since the spring you were willing to say anything to win the primary", "accuse", "anything_to_win",
     "the governor"),  # the one told, whom the quote's "you" addresses (rule addressed_you)
    ("The union leader said Ortiz will say whatever he has to say to win the seat.",
     "Ortiz will say whatever he has to say to win the seat", "accuse", "anything_to_win", "Ortiz"),
    ('"The mayor has been willing to do anything for votes," the aide said.',
     "The mayor has been willing to do anything for votes", "accuse", "anything_to_win", "The mayor"),
    # no gain (a duty, a prize), the speaker's own resolve, a modal or a negation: no accusation
    ('"The council would do anything to protect the children," the mayor said.',
     "The council would do anything to protect the children", "assert", "default", "The council"),
    ('"The players will do anything to win the title," the coach said.',
     "The players will do anything to win the title", "predict", "prediction", "The players"),
    ('"We will do whatever it takes to win this election," the mayor said.',
     "We will do whatever it takes to win this election", "predict", "prediction", "this election"),
    ('"Candidates can\'t simply say anything to win votes," the columnist said.',
     "Candidates can't simply say anything to win votes", "assert", "default", "Candidates"),
    ('"The governor would not do anything to win the nomination," the aide said.',
     "The governor would not do anything to win the nomination", "assert", "default", "The governor"),
]


def test_anything_to_win_opposes_the_one_accused(nlp):
    """act67: the stance of the accusation is oppose toward the one who would say anything."""
    [c] = extracted(nlp, '"The governor will do anything to stay in power," the senator said.',
                    "The governor will do anything to stay in power")
    assert (c.target_text, c.stance) == ("The governor", "oppose")


#: act70 (advocacy): a cue of arguing for something ("advocate" with its object, "argue for") supports what it argues
#: for, the target; not negated, and "argued that" (a claim told) is left to the other rules
ADVOCACY = [
    ("Former mayor Ann Reyes publicly argued for the closing of the old depot.", "the closing of the old depot",
     "support", "advocacy", "the closing of the old depot"),
    ("Senator Hale, a Democrat on the finance panel, advocates a ''progressive tax on consumption'' modeled after one "
     "in Denmark.", "a ''progressive tax on consumption'' modeled after one in Denmark", "support", "advocacy",
     "a ''progressive tax on consumption'' modeled after one in Denmark"),
    ("Senator Hale never argued for the closing of the depot.", "the closing of the depot", "assert", "default",
     "the depot"),
]

#: act70 (liked_one): the speaker's liking told in a relative clause backs the person liked, the noun the clause
#: describes or the other side of its "be"; a thing liked, or a liking denied, backs no one
LIKED_ONE = [
    ("The coach, who said he rarely votes, said one mayor he likes this year is Maria Lopez.",
     "one mayor he likes this year is Maria Lopez", "support", "liked_one", "Maria Lopez"),
    ("The farmer said he was leaning toward Maria Lopez, whose grit and candor he admired.",
     "he was leaning toward Maria Lopez, whose grit and candor he admired", "support", "liked_one", "Maria Lopez"),
    ('"The candidate I like most is Maria Lopez," the farmer said.', "The candidate I like most is Maria Lopez",
     "support", "liked_one", "Maria Lopez"),
    ("The farmer said the one thing he likes about the town is the harbor.",
     "the one thing he likes about the town is the harbor", "assert", "default", "the one thing"),
    ("The farmer said the one candidate he does not like is Maria Lopez.",
     "the one candidate he does not like is Maria Lopez", "assert", "default", "Maria Lopez"),
    ('"I just can\'t find a candidate that I like," the student said.', "I just can't find a candidate that I like",
     "assert", "default", "a candidate"),
]


@pytest.mark.parametrize(("text", "content", "stance"), [
    ("Former mayor Ann Reyes publicly argued for the closing of the old depot.", "the closing of the old depot",
     "support"),
    ("The coach, who said he rarely votes, said one mayor he likes this year is Maria Lopez.",
     "one mayor he likes this year is Maria Lopez", "support"),
    # act70 (argued_against): what the speaker argues against is opposed
    ("The envoy argued against the new tax on farms.", "the new tax on farms", "oppose"),
    ("He argued against any intervention as well, adding that the talks were going well.", "any intervention",
     "oppose"),
    # act70 (touted): "talk up" is a boast, whose thing touted is backed
    ("At the rally, the governor talked up her \u201crural health plan,\u201d promising to open ten clinics.",
     "her \u201crural health plan,\u201d promising to open ten clinics", "support"),
])
def test_advocacy_stance(nlp, text, content, stance):
    """act70: arguing for a thing or liking a person supports it; arguing against a thing opposes it."""
    [c] = extracted(nlp, text, content)
    assert c.stance == stance

#: act77 (agreed_assertion) and stance62 (agreed_view): a view agreed with takes the act its clause's own rules give
#: and the stance it gives its target, as an assertion would; a negated cue is left to the cue's support act
AGREED_VIEWS = [
    # act77: a view agreed with takes the act the clause's own rules give, as if asserted (rule agreed_assertion)
    ("The two senators agreed that the highway bill was a badly flawed law.",
     "the highway bill was a badly flawed law", "assert", "default", "the highway bill", "oppose"),
    ("Most economists agree that the move toward consumption taxes will be slow.",
     "the move toward consumption taxes will be slow", "predict", "prediction", "the move toward consumption taxes",
     "neutral"),
    ("Several analysts agreed that the new tax rules will hurt small farms.",
     "the new tax rules will hurt small farms", "predict", "prediction", "the new tax rules", "oppose"),
    ("Both campaigns agree that the governor has a larger field operation than the senator.",
     "the governor has a larger field operation than the senator", "assert", "default", "the governor", "neutral"),
    # a negated view agreed with asserts (no denial); a demand agreed with keeps the view's stance (stance62)
    ("Most of the residents agreed they had no real say in the matter.", "they had no real say in the matter",
     "assert", "default", "they", "neutral"),
    ("Most senators agreed that the old prison should be closed.", "the old prison should be closed", "demand",
     "obligation", "the old prison", "neutral"),
    # a clause that backs a person is still support, by the content's own rule
    ("The three aides agreed that Maria Lopez is the strongest candidate in the race.",
     "Maria Lopez is the strongest candidate in the race", "support", "predication", "Maria Lopez", "support"),
    # a negated cue is left to the cue's class
    ("The panel did not agree that the pension plan was a failure.", "the pension plan was a failure",
     "support", "cue", "the pension plan", "support"),
]


@pytest.mark.parametrize(("text", "content", "act", "rule", "target", "stance"), AGREED_VIEWS)
def test_an_agreed_view_takes_its_own_act_and_stance(nlp, text, content, act, rule, target, stance):
    """act77 (after stance62): the act of a view agreed with is the clause's own, as if asserted; the stance toward
    the view's target is what the view says of it."""
    [c] = extracted(nlp, text, content)
    assert (c.act, c.act_rule, c.target_text, c.stance) == (act, rule, target, stance)


FAILING_OWNED = [
    # act69: a failure or a lack a named party owns accuses that party, whatever praise stands beside it
    ('"It hurts me to see the governor fail to honour the work of our brave and loyal nurses," she said.',
     "It hurts me to see the governor fail to honour the work of our brave and loyal nurses", "accuse",
     "failing_owned", "the governor"),
    ('On Sunday the councillor argued that Hale\'s "grasp" of the budget was "simply lacking."',
     'Hale\'s "grasp" of the budget was "simply lacking.', "accuse", "failing_owned", "Hale"),
    ('"Hale is a charming host. But his lack of experience with budgets worries me a great deal," the banker said.',
     "Hale is a charming host. But his lack of experience with budgets worries me a great deal", "accuse",
     "failing_owned", "Hale"),
    # a failure of one's own, under "never", or under "if": no accusation of this rule
    ('"We failed to reach the families in time, and I am truly sorry," the director said.',
     "We failed to reach the families in time, and I am truly sorry", "concede", "concession", "the families"),
    ("The aide said the mayor never fails to thank the brave volunteers.",
     "the mayor never fails to thank the brave volunteers", "assert", "default", "the mayor"),
    ('"If the council fails to fund the clinic, we will lose our best and brightest doctors," the nurse said.',
     "If the council fails to fund the clinic, we will lose our best and brightest doctors", "predict",
     "prediction", "the council"),
]


@pytest.mark.parametrize(("text", "content", "act", "rule", "target"),
                         ESTEEM_DEGREE + CLEFT_DOER + UNDERSTANDING_SHOWN + ANYTHING_TO_WIN + ADVOCACY + LIKED_ONE
                         + FAILING_OWNED)
def test_act_rule_and_target(nlp, text, content, act, rule, target):
    """The tables above: each statement's act, the rule that decided it, and its target."""
    assert [(c.act, c.act_rule, c.target_text) for c in extracted(nlp, text, content)] == [(act, rule, target)]


def test_failing_owned_opposes_the_one_accused(nlp):
    """act69: the stance of the accusation is oppose toward the one whose lack it is, not support."""
    [c] = extracted(nlp, FAILING_OWNED[2][0], FAILING_OWNED[2][1])
    assert (c.target_text, c.stance) == ("Hale", "oppose")


@pytest.mark.parametrize(("text", "content", "word"), [
    ("The coach said the league lacks the funding to pay its best referees.",
     "the league lacks the funding to pay its best referees", "lacks"),  # a thing others give: a standing
    ("The pollster said Hale's lack of support among young voters is a brave worry.",
     "Hale's lack of support among young voters is a brave worry", "lack"),
])
def test_failing_owned_passes_over_a_lack_of_what_others_give(en_nlp, analyzer, text, content, word):
    from claimex.pipeline import acts

    st, i = said_statement(en_nlp, analyzer, text, content, word)
    assert acts._failure_owner(st, i) is None


QUESTION_WORD_APART = [
    # rule question_word_kept: the extent keeps a question's "if" / "whether", the rules read the question
    # without it; a condition's "if" is read
    ("A reporter asked the governor whether the new budget would raise property taxes.", "asked",
     "whether the new budget would raise property taxes", "the"),
    ("Some donors wondered if the senator could still win the primary.", "wondered",
     "if the senator could still win the primary", "the"),
    ("He said if he were governor, the plant would stay open.", "said",
     "if he were governor, the plant would stay open", "if"),
]


@pytest.mark.parametrize(("text", "cue", "content", "first"), QUESTION_WORD_APART,
                         ids=["asked-whether", "wondered-if", "condition"])
def test_question_word_read_apart(en_nlp, analyzer, text, cue, content, first):
    st, _ = said_statement(en_nlp, analyzer, text, content, "would" if "would" in content else "could", cue=cue)
    assert st.table.lower[st.content[0]] == first


def test_a_duty_to_stop_opposes_what_it_stops(en_nlp, analyzer):
    """act76 (duty_to_stop): "X has to stop" opposes X, as "X must stop" does."""
    text = '"This reckless meddling in the election has to stop," the governor said.'
    c = analysed(en_nlp, analyzer, text, "This reckless meddling in the election has to stop", "said")
    assert (c["act"], c["target_text"], c["stance"]) == ("demand", "This reckless meddling in the election", "oppose")

#: (text, content, word, act, spared): one predicate of the content and its verb for each; an idiom of "have to" that
#: obliges no one (spared "modal_idiom"), a plain "have to", a "should", a "have to" lifted by a negation
ONE_MODAL_IDIOM = [
    ("The growers said they have yet to see any profit from the new orchards.",
     "they have yet to see any profit from the new orchards", "see", None, "modal_idiom"),
    ("The growers said they have to sell the orchards.", "they have to sell the orchards", "have", "demand", None),
    ("The mayor said the council should close the old depot.", "the council should close the old depot", "close",
     "demand", None),
    ("The mayor said the governor doesn't have to pick a side.", "the governor doesn't have to pick a side", "have",
     None, "duty_lifted"),
]


@pytest.mark.parametrize(("text", "content", "word", "act", "spared"), ONE_MODAL_IDIOM)
def test_one_modal_idiom(en_nlp, analyzer, monkeypatch, text, content, word, act, spared):
    # speed59: obligation asks modal_idiom once a predicate and reads the rest of is_obligation apart (_obliging),
    # where it asked it twice (its own test of the idiom, then is_obligation's); the same act, target and spared
    from claimex.pipeline import acts

    st, i = said_statement(en_nlp, analyzer, text, content, word)
    table = st.table
    assert acts.is_obligation(table, i) is (not acts.modal_idiom(table, i) and acts._obliging(table, i))
    asked: list[int] = []
    real = acts.modal_idiom
    monkeypatch.setattr(acts, "modal_idiom", lambda table, pred: asked.append(pred) or real(table, pred))
    found = acts.obligation(st)
    assert (found[0] if found is not None else None) == act
    assert st.spared == spared
    assert sorted(asked) == sorted(set(asked))  # once a predicate


def test_future_terms(en_nlp, analyzer):
    # speed59: prediction scans the content's first sentence for a future auxiliary or an "if" only when the
    # statement's terms hold one or the word before the content is one (rule "future_terms"); the stage reads
    # those words into the terms
    from claimex.pipeline import acts

    assert analyzer._lexicon >= acts._FUTURE_OR_IF
    content = "voters know the levy will pass"
    st, _ = said_statement(en_nlp, analyzer, f"The mayor said {content}.", content, "pass")
    assert st.terms is not None and "will" in st.terms
    assert acts.prediction(st) == ("predict", st.act_root)  # found by the scan: "know" is no future
    st.terms = frozenset()  # read from the terms, not the content: a content without the word is not scanned
    assert acts.prediction(st) is None
    st.terms = None  # no terms: the content is read, the same answer as with them
    assert acts.prediction(st) == ("predict", st.act_root)
    content = "the levy passes, taxes rise"
    st, _ = said_statement(en_nlp, analyzer, f"The mayor said if {content}.", content, "rise")
    assert st.table.lower[st.content[0] - 1] == "if"
    st.terms = None
    read = acts.prediction(st)
    st.terms = frozenset()  # an "if" before the content is read still
    assert acts.prediction(st) == read


@pytest.mark.parametrize(("text", "content", "act", "rule"), [
    # issue 15's act79 round: a named party's deed the lexicon scores as wrong, in a clause of reason or an infinitive
    ('"It is really jarring because the governor is defying the court," the professor said.',
     "It is really jarring because the governor is defying the court", "accuse", "faulted_deed"),
    ('"Smith wants to cheat the fine people of this great state," the senator said.',
     "Smith wants to cheat the fine people of this great state", "accuse", "faulted_deed"),
    # left as they were: a deed not done, a loss suffered
    ('"Smith did not want to cheat the fine people of this great state," the senator said.',
     "Smith did not want to cheat the fine people of this great state", "assert", "default"),
    ('"It is good news that the team lost the game," the coach said.',
     "It is good news that the team lost the game", "assert", "default"),
])
def test_a_deed_faulted_by_the_lexicon_accuses_its_doer(en_nlp, analyzer, text, content, act, rule):
    c = analysed(en_nlp, analyzer, text, content, "said")
    assert (c["act"], c["act_rule"]) == (act, rule)


@pytest.mark.parametrize(("text", "content"), [
    ("A statewide poll found that most voters believe the governor has failed the state and lied about the budget.",
     "most voters believe the governor has failed the state and lied about the budget"),
    ("The survey showed that the senator would beat her rival by ten points in November.",
     "the senator would beat her rival by ten points in November"),
    ("According to the county's latest poll, voters trust the mayor far more than they trust the council.",
     "voters trust the mayor far more than they trust the council"),
    # a mixed claim: the finding quotes a phrase of the poll's question
    ('A county poll found that 40 percent of voters say the mayor is "very responsible" for the budget crisis.',
     '40 percent of voters say the mayor is "very responsible" for the budget crisis'),
])
def test_an_instruments_finding_is_a_neutral_assertion(nlp, text, content):
    """poll59 (rule "instrument_finding"): what a poll or survey found accuses, forecasts and backs no one: an
    assertion, stance neutral."""
    (c,) = extracted(nlp, text, content)
    assert (c.act, c.stance, c.act_rule) == ("assert", "neutral", "instrument_finding")


@pytest.mark.parametrize(("text", "content", "act"), [
    ("One in four voters in the county poll said the governor should resign.", "the governor should resign",
     "demand"),
    ("The census survey asks whether each resident was born abroad.", "whether each resident was born abroad",
     "question"),
])
def test_a_respondents_share_or_an_asking_survey_keeps_its_act(nlp, text, content, act):
    """poll59: a share of the poll's respondents speaks for itself; a survey's question stays a question."""
    (c,) = extracted(nlp, text, content)
    assert c.act == act and c.act_rule != "instrument_finding"
