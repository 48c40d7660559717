"""The result model's helpers: the words a claim says (``said_text``)."""

import pytest

from claimex.model import said_text


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
