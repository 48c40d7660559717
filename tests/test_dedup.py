"""One statement, one claim (``claimex.pipeline.quotes.dedup``): nested attributions, a quote and its
frame, repeats elsewhere in the text; the rule for which extraction survives."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import claimex
from claimex.pipeline.quotes.dedup import dedupe_statements, survivor


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
