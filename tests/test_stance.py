"""The stance of a claim read from its content's evaluation (claimex.pipeline.acts.decide_stance and
stance_evaluation), in real-style sentences written for these tests."""

from __future__ import annotations

import pytest

from _nlp import analysed, en_nlp

__all__ = ["en_nlp"]


#: (text, content, cue, stance, stance source)
NAMING_NOUNS = [
    # a positive noun that only names a thing, a role or an event is no approval (rule "naming_noun")
    ("A spokesman said the firm receives $40 million a year in security contracts from the agency.",
     "the firm receives $40 million a year in security contracts from the agency", "said", "neutral", "none"),
    ("The organisers said the Heisman Trophy winner will speak on Thursday night.",
     "the Heisman Trophy winner will speak on Thursday night", "said", "neutral", "none"),
    ("Aides said the budget agreement was signed on Friday.", "the budget agreement was signed on Friday",
     "said", "neutral", "none"),
    # a positive noun that is itself the predicate still approves of its subject
    ("The coach said the new stadium is a triumph.", "the new stadium is a triumph", "said", "support",
     None),
    # approval by an adjective or an adverb is read as before
    ("The mayor said the new library is beautiful.", "the new library is beautiful", "said", "support",
     None),
    # a negative noun keeps its weight: it blames whatever it is about
    ("The senator said the agency's contracts were a disaster.", "the agency's contracts were a disaster",
     "said", "oppose", None),
]


@pytest.mark.parametrize(("text", "content", "cue", "stance", "source"), NAMING_NOUNS)
def test_naming_nouns(en_nlp, analyzer, text, content, cue, stance, source):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert c["stance"] == stance
    if source is not None:
        assert c["_stance_source"] == source


#: (text, content, cue, target, stance, stance source)
DEMANDS = [
    # a demand is neutral toward the one it is made of (rule "addressee") ...
    ("The union urged the board to approve the new contract.", "to approve the new contract", "urged",
     "the board", "neutral", "addressee"),
    ("The senator said the states must file their budgets by June.", "the states must file their budgets by June",
     "said", "the states", "neutral", "addressee"),
    # ... unless it asks for something for them (being or having): then it supports them
    ("The councillor said the residents should have a say in the plan.", "the residents should have a say in the plan",
     "said", "the residents", "support", "act"),
    # ... or asks them for redress, which opposes them
    ("The mayor said the developer should apologize to residents.", "the developer should apologize to residents",
     "said", "the developer", "oppose", "redress"),
    # and it still supports what it asks for
    ("The teachers called for more funding for rural schools.", "more funding for rural schools", "called for",
     "more funding for rural schools", "support", "act"),
]


@pytest.mark.parametrize(("text", "content", "cue", "target", "stance", "source"), DEMANDS)
def test_demand_addressee(en_nlp, analyzer, text, content, cue, target, stance, source):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["act"], c["target_text"], c["stance"], c["_stance_source"]) == ("demand", target, stance, source)


#: (text, content, cue, stance)
SUBJECT_SIDE = [
    # the predicate's negation and a reversing verb reach its complements, not its subject (rule "subject_side")
    ("A spokesman said the trade scandal ended the minister's career.",
     "the trade scandal ended the minister's career", "said", "oppose"),
    ("Organisers said the top prize will not be announced until May.", "the top prize will not be announced until May",
     "said", "neutral"),
    # as before: a negated predicate and a reversing verb reverse what they are said of
    ("The mayor said the results were not good.", "the results were not good", "said", "oppose"),
    ("The group said the new law would undermine stability in the region.",
     "the new law would undermine stability in the region", "said", "oppose"),
]


@pytest.mark.parametrize(("text", "content", "cue", "stance"), SUBJECT_SIDE)
def test_subject_side(en_nlp, analyzer, text, content, cue, stance):
    assert analysed(en_nlp, analyzer, text, content, cue)["stance"] == stance


#: (text, content, cue, act_rule): a denial in the speaker's own words opposes what it denies, as one by its cue
DENIALS = [
    ("The rebels said they did not fire the rockets.", "they did not fire the rockets", "said", "own_denial"),
    ('"We have never taken money from the casino lobby," the spokeswoman said.',
     "We have never taken money from the casino lobby", "said", "own_denial"),
    ("The company denied that it had hidden the losses.", "it had hidden the losses", "denied", "cue"),
]


@pytest.mark.parametrize(("text", "content", "cue", "rule"), DENIALS)
def test_denial_opposes(en_nlp, analyzer, text, content, cue, rule):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert (c["act"], c["act_rule"], c["stance"]) == ("deny", rule, "oppose")
