"""One statement, one claim (``claimex.pipeline.quotes.dedup``): nested attributions, a quote and its
frame, repeats elsewhere in the text; the rule for which extraction survives."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import claimex
from claimex.pipeline.quotes.dedup import dedupe_statements, same_source, survivor


@dataclass
class Fake:
    """A claim under construction, as the pass sees it."""

    rule: str
    content: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    ref: tuple[int, int] | None = None
    direct: bool = False
    quotes: list[int] = field(default_factory=list)
    nested: tuple[int, int] | None = None
    repeat_of: tuple[int, int] | None = None


def confidence(rule: str) -> float:
    return {"complement": 0.8, "object": 0.6}.get(rule, 0.5)


# "The paper reported that the minister said the deal was dead."
#  0   4     10       19   24           37   42
OUTER = Fake("complement", [(24, 59)], cue=(10, 18), mention=(0, 9))
INNER = Fake("complement", [(42, 59)], cue=(37, 41), mention=(24, 36))


@pytest.mark.parametrize(
    ("a", "b", "kept"),
    [
        (OUTER, INNER, "outer"),  # nested: the outer claim reports the inner one
        (INNER, OUTER, "outer"),  # in either order
        (Fake("object", [(24, 59)], cue=(10, 18)), INNER, "inner"),  # an outer claim with no speaker
        # two readings of one quote, no cue inside the other: the quoted one
        (Fake("object", [(0, 40)], cue=(50, 54), mention=(60, 63)),
         Fake("complement", [(1, 39)], cue=(70, 74), mention=(75, 78), direct=True, quotes=[0]), "b"),
        (Fake("complement", [(0, 40)], cue=(50, 54)), Fake("complement", [(30, 90)], cue=(95, 99)), None),
        # a content over its own cue is a content error: both stay
        (Fake("complement", [(0, 40)], cue=(20, 24)), Fake("complement", [(0, 18)], cue=(45, 49)), None),
    ],
    ids=["nested", "nested-reversed", "outer-without-speaker", "two-readings", "little-shared", "own-cue"],
)
def test_survivor(a: Fake, b: Fake, kept: str | None) -> None:
    verdict = survivor(a, b, confidence)
    if kept is None:
        assert verdict is None
        return
    assert verdict is not None
    expected = {"outer": OUTER if OUTER in (a, b) else a, "inner": INNER, "b": b}[kept]
    assert verdict[0] is expected


def test_nested_source_recorded() -> None:
    outer, inner = Fake(**vars(OUTER)), Fake(**vars(INNER))
    (kept,) = dedupe_statements([inner, outer], "x" * 60, confidence)
    assert kept is outer
    assert kept.nested == (24, 36)


TEXTS = [
    # (text, [(content, speaker mention, nested source)])
    ("The paper reported that the minister said the deal was dead.",
     [("the minister said the deal was dead", "The paper", "the minister")]),
    ("Beruff, a Scott ally, told reporters he called the plan “reckless and dangerous.”",
     [("he called the plan “reckless and dangerous.", "Beruff, a Scott ally", "he")]),
    # the object of a cue aimed at someone, whose relative clause reports that one's statement
    ('The mayor rebuked critics who say she should condemn the strike as "illegal."',
     [('she should condemn the strike as "illegal.', "who", "she")]),
    # the speaker's own aside inside the object stays part of the outer claim
    ("The mayor has blasted the delegate system, which she said is rigged against her supporters.",
     [("the delegate system, which she said is rigged against her supporters", "The mayor", "she")]),
    ("Lee said the vote was a disgrace. She added that the council must resign.",
     [("the vote was a disgrace", "Lee", None), ("the council must resign", "She", None)]),
    ('"We will never give up on this town."\n\nThe mayor spoke to reporters on Monday. "We will never give up on '
     'this town," she said.',
     [("We will never give up on this town,", "she", None)]),
    ('Officials said no civilians were killed.\n\n"No civilians were killed," a spokesman for the army said.',
     [("no civilians were killed", "Officials", None),
      ("No civilians were killed,", "a spokesman for the army", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS,
                         ids=["nested", "nested-naming", "object-relative", "object-own-aside", "two-statements",
                              "pull-quote", "same-words-two-speakers"])
def test_one_claim_per_statement(nlp, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    result = claimex.extract(text, nlp=nlp)
    got = [(c.content_text, c.speaker_mention_text, c.nested_source_text) for c in result.claims]
    assert got == expected
    record = result.to_dict()["claims"][0]
    assert text[slice(*record["nested_source"])] == record["nested_source_text"] if record["nested_source"] else True


# --------------------------------------------------------------------------------------------------
# One speaker? (same_source): the mentions of two claims that may repeat one statement


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Donald Trump", "Trump", True),  # the same last word
        ("Governor Ann Lee (D-Ohio)", "LEE", True),  # the name before a bracket
        ("Corey Lee, the campaign manager", "Lee", True),  # the name before an apposition
        ("Lee\u2019s", "Councillor Ann Lee", True),  # a possessive
        ("The Transport Workers Union", "the TWU", True),  # initials
        ("the Federal Bureau of Investigation", "the FBI", True),
        ("she", "Mayor Ortiz", True),  # a pronoun may stand for anyone
        ("Officials", "a spokesman for the army", False),
        ("Maria Lopez", "Carlos Ortiz", False),
        ("Lee\u2019s spokesman", "Councillor Ann Lee", False),  # the spokesman is not Lee
        ("the TWU", "The Transport Workers Union of America", False),  # initials of other words
    ],
)
def test_same_source(first: str, second: str, expected: bool) -> None:
    text = f"{first} | {second}"
    a = Fake("complement", [(0, 1)], mention=(0, len(first)))
    b = Fake("complement", [(0, 1)], mention=(len(first) + 3, len(text)))
    assert same_source(a, b, text) is expected
    assert same_source(b, a, text) is expected


# --------------------------------------------------------------------------------------------------
# A statement reported again: the claim that quotes a fragment of it, or paraphrases it, records the
# fuller claim as its repeat_of (both stay: PolNeAR annotates both occurrences)

REPEATS = [
    # (text, [(content, speaker mention, repeat_of)])
    # the lede quotes a fragment, the body gives the full quote
    ('Councillor Ann Lee (D-Ward 4) on Tuesday called the stadium plan "a reckless waste of public money."\n\n'
     'The council will vote on the plan next month.\n\n'
     '"It is a reckless waste of public money, and we will vote it down," Lee said.',
     [('the stadium plan "a reckless waste of public money.', "Councillor Ann Lee (D-Ward 4)", "c2"),
      ("It is a reckless waste of public money, and we will vote it down,", "Lee", None)]),
    # an organisation, then its initials
    ('The Transport Workers Union said the strike would go ahead, calling the offer "an insult to every '
     'driver."\n\nThe city made its final offer on Friday.\n\n'
     '"This offer is an insult to every driver in this city," the TWU said in a statement.',
     [("the strike would go ahead", "The Transport Workers Union", None),
      ('the offer "an insult to every driver.', "The Transport Workers Union", "c3"),
      ("This offer is an insult to every driver in this city,", "the TWU", None)]),
    # a paraphrase of one named speaker, half of its words in one run
    ("Senator Maria Ortiz told donors they would not back her because she did not want their money.\n\n"
     "The dinner went on until late.\n\n"
     "Ortiz's remark that the donors would not support her because she did not want their money drew boos.",
     [("they would not back her because she did not want their money", "Senator Maria Ortiz", "c2"),
      ("the donors would not support her because she did not want their money drew boos", "Ortiz's", None)]),
    # two statements of one speaker that share three quoted words
    ('Lee called the stadium plan "a reckless waste of money."\n\n'
     'On Friday, Lee said the new budget was "a reckless waste of time and a betrayal of voters."',
     [('the stadium plan "a reckless waste of money.', "Lee", None),
      ('the new budget was "a reckless waste of time and a betrayal of voters.', "Lee", None)]),
    # two speakers quoting the same words
    ('Lee called the stadium plan "a reckless waste of public money."\n\n'
     '"It is a reckless waste of public money," said Mayor Tom Ortiz, who opposes the plan too.',
     [('the stadium plan "a reckless waste of public money.', "Lee", None),
      ("It is a reckless waste of public money,", "Mayor Tom Ortiz", None)]),
    # a speaker and her spokesman
    ('Governor Ed Hale said the state would "never again close its schools in a storm."\n\n'
     'Reporters pressed him on Monday.\n\n'
     '"We will never again close its schools in a storm, not while I am governor," Hale\'s spokesman said.',
     [('the state would "never again close its schools in a storm.', "Governor Ed Hale", None),
      ("We will never again close its schools in a storm, not while I am governor,", "Hale's spokesman", None)]),
    # one speaker quoting one slogan in two statements: neither gives more of it
    ('Lee said the party wanted to "bring back the good old days."\n\n'
     'In a speech on Friday, Lee mocked her rival\'s promise to "bring back the good old days" as empty.',
     [('the party wanted to "bring back the good old days.', "Lee", None),
      ('her rival\'s promise to "bring back the good old days" as empty', "Lee", None)]),
]


@pytest.mark.parametrize(("text", "expected"), REPEATS,
                         ids=["lede-fragment", "initials", "paraphrase", "two-statements", "two-speakers",
                              "spokesman", "slogan"])
def test_a_statement_reported_again(nlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    result = claimex.extract(text, nlp=nlp)
    assert [(c.content_text, c.speaker_mention_text, c.repeat_of) for c in result.claims] == expected
    # one claim a statement: those that repeat none
    statements = [c for c in result.claims if c.repeat_of is None]
    assert len(statements) == len(expected) - sum(r is not None for *_, r in expected)
    assert claimex.Result.from_dict(result.to_dict()).claims == result.claims


def test_a_repeat_of_a_claim_below_min_confidence_is_a_claim_of_its_own(nlp, monkeypatch) -> None:
    quotes = nlp.get_pipe("claimex_quotes")
    # the full quote scores below min_confidence and goes; its fragment stays, a claim of its own
    monkeypatch.setattr(quotes, "confidence", lambda claim: 0.1 if claim.type == "direct" else 0.9)
    monkeypatch.setattr(quotes, "min_confidence", 0.5)
    got = claimex.extract(REPEATS[0][0], nlp=nlp).claims
    assert [(c.id, c.type, c.repeat_of) for c in got] == [("c1", "mixed", None)]
