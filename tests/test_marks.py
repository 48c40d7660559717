"""claimex.pipeline.marks.find_quotes: quote marks paired by kind, apostrophes, paragraphs, hostile strings.

Expected values are the quotes as written (marks included) and their inner fragments, so a wrong offset
shows up as a wrong string.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimex.pipeline.marks import MarkedQuote, find_quotes


def found(text: str, *, single: bool = True) -> list[tuple[str, list[str]]]:
    """Each quote as (text with its marks, [fragment texts])."""
    return [(text[q.start:q.end], [text[s:e] for s, e in q.fragments]) for q in find_quotes(text, single=single)]


def assert_well_formed(text: str, quotes: list[MarkedQuote]) -> None:
    """Offsets inside the text, quotes in order and disjoint, fragments inside their quote."""
    end_of_previous = 0
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text), q
        assert q.start >= end_of_previous, quotes
        end_of_previous = q.end
        assert q.fragments, q
        for s, e in q.fragments:
            assert q.start <= s <= e <= q.end, q
        assert list(q.fragments) == sorted(q.fragments), q


MARK_STYLES = [
    # (text, [(quote with its marks, [fragments])])
    ('He said "we will respond" today.', [('"we will respond"', ["we will respond"])]),
    ("He said “we will respond” today.", [("“we will respond”", ["we will respond"])]),
    ("He said ‘we will respond’ today.", [("‘we will respond’", ["we will respond"])]),
    ("He said 'we will respond' today.", [("'we will respond'", ["we will respond"])]),
    ("Il a dit «nous répondrons» hier.", [("«nous répondrons»", ["nous répondrons"])]),
    ("Er sagte „wir werden antworten“ heute.", [("„wir werden antworten“", ["wir werden antworten"])]),
    ("Er sagte „nein“ und „ja“.", [("„nein“", ["nein"]), ("„ja“", ["ja"])]),
    ("He said ''we will respond'' today.", [("''we will respond''", ["we will respond"])]),
    ("He said ``we will respond'' today.", [("``we will respond''", ["we will respond"])]),
    ("He said “one” and “two” and “three”.", [("“one”", ["one"]), ("“two”", ["two"]), ("“three”", ["three"])]),
    ("He said ‘we will’ and “they won’t”.", [("‘we will’", ["we will"]), ("“they won’t”", ["they won’t"])]),
    ('"A," he said, "B."', [('"A,"', ["A,"]), ('"B."', ["B."])]),
    ("“He told me ‘no’ twice,” she said.", [("“He told me ‘no’ twice,”", ["He told me ‘no’ twice,"])]),
    ('"He told me \'no\' twice," she said.', [('"He told me \'no\' twice,"', ["He told me 'no' twice,"])]),
]


@pytest.mark.parametrize(("text", "expected"), MARK_STYLES)
def test_mark_styles(text, expected):
    assert found(text) == expected


def test_offsets_point_at_the_marks():
    text = "The PMF said “the strikes were unlawful” on Monday."
    (quote,) = find_quotes(text)
    assert quote.start == text.index("“")
    assert quote.end == text.index("”") + 1
    assert quote.fragments == ((text.index("the strikes"), text.index("”")),)
    assert quote.inner == quote.fragments[0]
    assert quote.closed and not quote.single


@pytest.mark.parametrize(
    ("text", "single"),
    [("He said ‘we will respond’ today.", True), ("He said “we will respond” today.", False)],
)
def test_single_flag(text, single):
    (quote,) = find_quotes(text)
    assert quote.single is single


def test_single_marks_can_be_switched_off():
    assert found("He said ‘we will respond’ today.", single=False) == []
    assert found("He said “we will respond” today.", single=False) == [("“we will respond”", ["we will respond"])]


APOSTROPHES = [
    # (text, [(quote, [fragments])]): apostrophes are never quote marks
    ("Iraq’s army said it would act.", []),
    ("I don't think so, he said.", []),
    ("I don’t think so, he said.", []),
    ("The officials’ views differ.", []),
    ("The officials' views differ, it's said.", []),
    ("The Smiths' house and the Joneses' car were hit.", []),
    ("Iraq’s ‘rejection’ was clear.", [("‘rejection’", ["rejection"])]),
    ("The officials’ views were ‘clear’ to all.", [("‘clear’", ["clear"])]),
    ("'I don't know,' he said.", [("'I don't know,'", ["I don't know,"])]),
    ("‘I don’t know,’ he said.", [("‘I don’t know,’", ["I don’t know,"])]),
    pytest.param(
        "In the '90s it was 'great fun' to be there.", [("'great fun'", ["great fun"])],
        id="leading-apostrophe-90s",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHES)
def test_apostrophes_are_not_quotes(text, expected):
    assert found(text) == expected


PARAGRAPHS = [
    # (text, [(quote, [fragments])], closed)
    ("“Para one\n\n“Para two,” he said.", [("“Para one\n\n“Para two,”", ["Para one", "Para two,"])], True),
    ("“One\n\n“Two\n\n“Three.”", [("“One\n\n“Two\n\n“Three.”", ["One", "Two", "Three."])], True),
    ('"Para one\n\n"Para two," he said.', [('"Para one\n\n"Para two,"', ["Para one", "Para two,"])], True),
    ("He said: “this is unclosed\n\nNext paragraph is narration.", [("“this is unclosed", ["this is unclosed"])],
     False),
    ('He said: "this is unclosed\n\nNext paragraph is narration.', [('"this is unclosed', ["this is unclosed"])],
     False),
]


@pytest.mark.parametrize(("text", "expected", "closed"), PARAGRAPHS)
def test_paragraphs(text, expected, closed):
    assert found(text) == expected
    assert [q.closed for q in find_quotes(text)] == [closed]


def test_unclosed_quote_ends_with_its_paragraph():
    text = "“Unclosed one\n\nNarration here.\n\n“Second” quote."
    assert found(text) == [("“Unclosed one", ["Unclosed one"]), ("“Second”", ["Second"])]
    first, second = find_quotes(text)
    assert first.end == text.index("\n")
    assert not first.closed and second.closed


ODD_MARKS = [
    'a " b " c "',
    '"""',
    '"',
    "“",
    "”",
    "«",
    "»",
    "„",
    "'",
    "‘",
    "’",
    "``",
    "''",
    "'''",
    "“A” and “B",
    '"A," he said, "B.',
    "He said: “",
    "“\n\n“\n\n“",
    "”“”“”",
    "«»«",
    "‘a’’ ‘",
    '" " " " " said he',
]


@pytest.mark.parametrize("text", ODD_MARKS)
def test_odd_numbers_of_marks_never_raise(text):
    assert_well_formed(text, find_quotes(text))


@settings(max_examples=300, database=None, deadline=None, derandomize=True)
@given(st.text(alphabet="\"“”„«»‘’‹›'` \nab.,", max_size=40))
def test_any_string_of_marks_gives_well_formed_quotes(text):
    assert_well_formed(text, find_quotes(text))


EMPTY_MARKS = [
    # (text, [(quote, [fragments])]): a pair of marks with nothing inside is no quote
    pytest.param('He said "" and "x".', [('"x"', ["x"])], id="empty-straight-pair"),
    pytest.param("“”", [], id="empty-curly-pair"),
    pytest.param("“ ”", [], id="blank-curly-pair"),
]


@pytest.mark.parametrize(("text", "expected"), EMPTY_MARKS)
def test_empty_marks_are_not_quotes(text, expected):
    assert found(text) == expected


def test_reversed_guillemets_make_no_bogus_quote():
    assert found("He said »no« today.") in ([], [("»no«", ["no"])])


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ('"' * 5000, None),
        ("“" * 5000, None),
        ("”" * 5000, None),
        ("'" * 5000, None),
        ("''" * 5000, None),
        ("``" * 5000, None),
        ("‘a’ " * 3000, 3000),
        ('x "y" ' * 3000, 3000),
        ("“a” " * 3000, 3000),
        ("“a\n\n" * 3000, 1),
    ],
    ids=["straight", "open-curly", "close-curly", "single", "typewriter", "backticks", "single-pairs",
         "straight-pairs", "curly-pairs", "paragraphs"],
)
def test_thousands_of_marks_finish(text, count):
    quotes = find_quotes(text)
    assert_well_formed(text, quotes)
    if count is not None:
        assert len(quotes) == count


@pytest.mark.parametrize(("text", "expected"), [
    # curly marks nested in a straight quote that runs over paragraphs: one quote, three paragraphs
    ('Dr. Ames stated:\n\n"The agency is not about \u201cequal service\u201d any more. It is about control.\n\n'
     '"The latest case is the suit over the \u201cparking rule,\u201d which lets owners decide.\n\n'
     '"The answer is local. Period."\n\nMore news.',
     [('"The agency is not about \u201cequal service\u201d any more. It is about control.\n\n"The latest case is '
       'the suit over the \u201cparking rule,\u201d which lets owners decide.\n\n"The answer is local. Period."',
       ["The agency is not about \u201cequal service\u201d any more. It is about control.",
        "The latest case is the suit over the \u201cparking rule,\u201d which lets owners decide.",
        "The answer is local. Period."])]),
    # closed in its paragraph: the curly pair is inside it
    ('He wrote "the so-called \u201creform\u201d is a trap" on Monday.',
     [('"the so-called \u201creform\u201d is a trap"', ["the so-called \u201creform\u201d is a trap"])]),
    # a stray straight mark right before a curly quote is no nesting: the curly quote stands
    ('"\u201cWe will win,\u201d Lee said before leaving."',
     [("\u201cWe will win,\u201d", ["We will win,"])]),
])
def test_curly_quote_nested_in_a_straight_quote(text, expected):
    assert found(text) == expected
