"""The result model's helpers: the words a claim says (``said_text``)."""

import pytest

from claimex.model import DocError, Result, said_text


@pytest.mark.parametrize(("spans", "said"), [
    ([(1, 17)], "We will respond,"),
    ([(1, 17), (29, 50)], "We will respond, … and we will not stop."),
    ([(29, 50), (1, 17)], "We will respond, … and we will not stop."),
])
def test_said_text_leaves_out_the_words_between_fragments(spans, said):
    text = '"We will respond," he said, "and we will not stop."'
    assert said_text(text, spans) == said


def test_said_text_joins_fragments_with_no_words_between_them():
    assert said_text('"First part.\n\n"Second part."', [(1, 12), (15, 27)]) == "First part.\nSecond part."
    assert said_text('"Yes." "No."', [(1, 5), (8, 11)]) == "Yes. No."


def test_result_repr_shows_what_went_wrong():
    failed = Result.failed("d1", "", [DocError("input", "text must be a string, not NoneType")])
    assert repr(failed) == (
        "Result('d1', 0 claims, 0 speakers, 0 links, 1 errors: input: text must be a string, not NoneType)")


def test_result_repr_cuts_a_long_error_to_one_short_line():
    failed = Result.failed("d1", "", [DocError("pipeline", "parsing failed: " + "x" * 200), DocError("input", "y")])
    shown = repr(failed)
    assert shown.startswith("Result('d1', 0 claims, 0 speakers, 0 links, 2 errors: pipeline: parsing failed: xx")
    assert shown.endswith("x…)") and len(shown) < 140


def test_result_repr_of_a_good_result_has_no_errors_part():
    assert repr(Result("d1", "")) == "Result('d1', 0 claims, 0 speakers, 0 links)"
