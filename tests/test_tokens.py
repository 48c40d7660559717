"""The token table: the same attributes spaCy's Token objects give, read once per document."""

from __future__ import annotations

import pytest
import spacy
import srsly

from _nlp import en_nlp
from claimex.pipeline import tokens
from claimex.pipeline.claims import np_indices, np_tokens
from claimex.pipeline.tokens import TABLE_KEY, TokenTable

__all__ = ["en_nlp"]

TEXT = ("The Pentagon said on Tuesday that U.S. strikes had hit 3 weapons depots near Al-Qaim, "
        "but the Popular Mobilisation Forces (PMF) denied it.\n\n“We lost four fighters,” a spokesman said.")


@pytest.fixture(scope="module")
def doc(en_nlp):
    return en_nlp(TEXT)


def test_entities_match_the_spans(doc):
    table = TokenTable(doc)
    assert doc.ents
    assert [tuple(e) for e in table.entities] == [
        (e.start, e.end, e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]


def test_sentence_ends_match_the_sentences(doc):
    assert TokenTable(doc).sentence_ends == [s.end - 1 for s in doc.sents]


def test_sentence_bounds_match_each_tokens_sentence(doc):
    table = TokenTable(doc)
    assert len(list(doc.sents)) > 1
    assert [table.sentence_bounds(t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]


def test_a_sents_hook_is_followed_and_run_once(en_nlp):
    """sentence_bounds, with a ``sents`` hook only: the hook's sentences, by bisection in the ends read once
    (``doc[i].sent`` would run the hook's generator again for every token)."""
    doc = en_nlp("The mayor spoke first. The council voted later that night. Nobody else was heard.")
    runs = []

    def halves(d):  # a user's splitter: the document cut in two at its middle token
        runs.append(1)
        yield d[: len(d) // 2]
        yield d[len(d) // 2:]

    doc.user_hooks["sents"] = halves
    table = TokenTable(doc)
    half = len(doc) // 2
    assert [table.sentence_bounds(t.i) for t in doc] == [(0, half)] * half + [(half, len(doc))] * (len(doc) - half)
    assert len(runs) == 1


def test_a_token_sent_hook_decides_the_bounds(en_nlp):
    doc = en_nlp("The mayor spoke first. The council voted later that night.")
    doc.user_token_hooks["sent"] = lambda tok: tok.doc[:]  # one sentence for every token
    table = TokenTable(doc)
    assert {table.sentence_bounds(t.i) for t in doc} == {(0, len(doc))}


def test_every_attribute_matches_the_token(doc):
    table = TokenTable(doc)
    assert len(table) == len(doc)
    assert table.text == doc.text
    for tok in doc:
        i = tok.i
        assert (table.lower[i], table.lemma[i], table.pos[i], table.dep[i], table.ent_type[i]) == (
            tok.lower_, tok.lemma_.lower(), tok.pos_, tok.dep_, tok.ent_type_)
        assert (table.head[i], table.idx[i], table.end[i], table.word(i)) == (
            tok.head.i, tok.idx, tok.idx + len(tok.text), tok.text)
        assert (table.is_punct[i], table.is_stop[i], table.is_alpha[i], table.is_space[i], table.like_num[i]) == (
            tok.is_punct, tok.is_stop, tok.is_alpha, tok.is_space, tok.like_num)
        assert table.children[i] == tuple(c.i for c in tok.children)
        assert sorted(table.subtree(i)) == [t.i for t in tok.subtree]
        assert table.left_edge(i) == tok.left_edge.i


def test_a_word_is_neither_punctuation_nor_white_space(doc):
    table = TokenTable(doc)
    assert table.is_word == [not (t.is_punct or t.is_space) for t in doc]
    assert not all(table.is_word)


def test_the_columns_are_plain_attributes_and_later_reads_add_none(doc):
    """Python 3.11 specialises ``table.dep`` only when no descriptor of the class shadows it and the instance
    gets no attribute after its constructor: the entities and the sentence ends, read later, fill attributes
    the constructor made."""
    table = TokenTable(doc)
    assert not [name for name in ("lower", "lemma", "dep", "pos", "head", "children", "ent_type", "idx", "end",
                                  "text", "is_word") if hasattr(TokenTable, name)]
    made = set(vars(table))
    assert table.read_on_first_use() == []
    assert table.entities and table.sentence_ends == [s.end - 1 for s in doc.sents]
    assert set(vars(table)) == made
    assert table.read_on_first_use() == ["ents", "sentence_ends", "entities"]
    table.unread("entities")
    assert table.read_on_first_use() == ["ents", "sentence_ends"]
    assert [e.text for e in table.entities] == [e.text for e in doc.ents]
    with pytest.raises(ValueError, match="read when the table is made"):
        table.unread("dep")


def _tokens_by_char_span(doc, spans):
    """What tokens_in means, with spaCy's own Doc.char_span: tokens starting inside a span, each once."""
    out = []
    for s, e in sorted(spans):
        span = doc.char_span(s, e, alignment_mode="expand")
        out += [t.i for t in span or () if s <= t.idx < e and not t.is_space and t.i not in out]
    return out


def test_tokens_in_character_spans_match_spacy_char_span(doc):
    table = TokenTable(doc)
    said = TEXT.index("said")
    spans = [(0, said), (said + 5, said + 40), (said + 30, said + 60), (len(TEXT) - 20, len(TEXT))]
    assert table.tokens_in(spans) == _tokens_by_char_span(doc, spans)
    assert table.tokens_in(spans) != list(range(len(doc)))
    assert table.tokens_in([(0, len(TEXT) + 5)]) == []  # beyond the text: no tokens, as Doc.char_span
    assert table.span_text(0, 1) == "The Pentagon"


def test_noun_phrases_stop_before_coordination_and_relative_clauses(en_nlp):
    doc = en_nlp("The Iraqi military spokesman, who spoke on Tuesday, and the PMF denied the reports.")
    spokesman = next(t for t in doc if t.text == "spokesman")
    assert [t.text for t in np_tokens(spokesman)] == ["The", "Iraqi", "military", "spokesman"]
    assert np_indices(TokenTable.of(doc), spokesman.i) == [t.i for t in np_tokens(spokesman)]


def test_one_table_per_document_kept_on_the_document(en_nlp):
    first, second = en_nlp("Officials said it."), en_nlp("He said no.")
    table = TokenTable.of(first)
    assert first.user_data[TABLE_KEY] is table
    assert TokenTable.of(first) is table
    assert TokenTable.of(second) is not table
    TokenTable.forget(first)
    assert TABLE_KEY not in first.user_data
    assert TokenTable.of(first) is not table
    TokenTable.forget(first)
    TokenTable.forget(second)


def _user_data_keys(doc) -> list:
    """The ``user_data`` keys as msgpack writes them in ``Doc.to_bytes``."""
    data = srsly.msgpack_loads(doc.to_bytes())
    return list(srsly.msgpack_loads(data["user_data_keys"])) if "user_data_keys" in data else []


@pytest.fixture
def constructions(monkeypatch):
    """How many tables are built (an exact count)."""
    built: list[int] = []
    init = TokenTable.__init__

    def counting(self, doc):
        built.append(len(doc))
        init(self, doc)

    monkeypatch.setattr(TokenTable, "__init__", counting)
    return built


def test_the_stages_of_one_pipeline_share_one_table_and_leave_none(nlp, constructions):
    """``claimex.load()`` marks every stage but the last as handing the table on: one table per
    document for the four stages, gone when the last is done, so msgpack never sees it."""
    docs = list(nlp.pipe([TEXT, "Officials said the talks had failed.", TEXT]))
    assert len(constructions) == 3
    for doc in docs:
        assert doc._.claims
        assert TABLE_KEY not in doc.user_data
        assert TABLE_KEY not in _user_data_keys(doc)


def test_a_hand_built_pipeline_leaves_no_table(own, constructions):
    """Stages added with ``nlp.add_pipe`` (not marked) each drop the table when done: correct, at the
    cost of reading the document once per stage."""
    doc = own(TEXT)
    assert doc._.claims
    assert len(constructions) == 4
    assert TABLE_KEY not in doc.user_data


def test_marking_a_hand_built_pipeline(own, constructions):
    """``mark_stages`` gives a hand-built pipeline one table per document, and takes nothing else."""
    tokens.mark_stages(own)
    try:
        doc = own(TEXT)
        assert doc._.claims and len(constructions) == 1
        assert TABLE_KEY not in doc.user_data
    finally:
        for name in tokens.STAGE_FACTORIES:
            tokens.hand_on(own.get_pipe(name), followed=False)


def test_a_table_left_behind_is_written_as_nil(nlp):
    """The last claimex stages switched off after ``claimex.load()``: the table stays in ``user_data``;
    serialising the Doc still works, and the table comes back as nothing."""
    with nlp.select_pipes(disable=["claimex_links"]):
        doc = nlp(TEXT)
    assert isinstance(doc.user_data.get(TABLE_KEY), TokenTable)
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again.user_data.get(TABLE_KEY, "absent") is None
    assert [c.to_dict() for c in again._.claims] == [c.to_dict() for c in doc._.claims]
    assert tokens.encode_leftover(3) == 3


def test_an_empty_document_has_an_empty_table(en_nlp):
    table = TokenTable(en_nlp(""))
    assert len(table) == 0 and table.text == "" and table.tokens_in([(0, 0)]) == []


def test_documents_of_two_vocabularies_decode_their_own_strings(en_nlp):
    import spacy

    blank = spacy.blank("en")
    words = "Zyxwvut qwerty said nothing"
    other = blank(words)
    assert TokenTable.of(other).lower == ["zyxwvut", "qwerty", "said", "nothing"]
    assert TokenTable.of(en_nlp(words)).lower == ["zyxwvut", "qwerty", "said", "nothing"]
    assert TokenTable.of(other).dep == ["", "", "", ""]  # no parser: no labels


@pytest.mark.parametrize("text", [
    "  Leading spaces,\ttabs\t\tand  double  spaces. ",
    "Lines\n\n\nwith breaks\r\nand “curly” «marks» — dashes…\n",
    "Emoji 🙂 and accents: Ménard, Đorđević, 北京.  ",
    "no-space-at-all",
])
def test_the_text_read_from_the_token_array_is_doc_text(en_nlp, text):
    doc = en_nlp(text)
    assert TokenTable(doc).text == doc.text == text


def _whole_text(token):
    """A user's sentence hook that reads the whole document as one sentence."""
    return token.doc[:]


@pytest.mark.parametrize("hooks", ["user_token_hooks", "user_span_hooks"])
def test_sentence_bounds_honour_a_users_sentence_hook(doc, hooks):
    """A ``sent`` hook of the user decides the sentence, as it does for ``Token.sent``."""
    hooked = doc.copy()
    getattr(hooked, hooks)["sent"] = _whole_text
    assert TokenTable(doc).sentence_bounds(0) != (0, len(doc))
    assert {TokenTable(hooked).sentence_bounds(t.i) for t in hooked} == {(0, len(hooked))}


def _claims_with_hook(nlp, text, hook):
    """The claims of ``text``, the claimex stages run on a parse whose tokens' sentence is ``hook``'s."""
    stages = [name for name in nlp.pipe_names if name.startswith("claimex")]
    with nlp.select_pipes(disable=stages):
        parsed = nlp(text)
    if hook is not None:
        parsed.user_token_hooks["sent"] = hook
    for name in stages:
        parsed = nlp.get_pipe(name)(parsed)
    return parsed._.claims


@pytest.mark.parametrize(("text", "field", "parsed", "hooked"), [
    # acts: a question mark closes the content's first sentence when the hook makes it one sentence (since the
    # act32 round such a question nobody asked for is no question either, and ``unasked_question`` names it)
    ('The governor met the press on Friday. "Fuel prices climbed again this month. Who covers the bill?" she said.',
     "act_rule", "default", "unasked_question"),
    # targets (taken_up): no sentence before the reply to take its subject from
    ('"Our clinic opened on time," the director wrote. "Very well done," the minister replied.',
     "target_text", "Our clinic", None),
], ids=["act", "target"])
def test_the_claims_stage_honours_a_users_sentence_hook(nlp, text, field, parsed, hooked):
    """The stages find a token's sentence through the token table, which honours a user's ``sent`` hook."""
    assert getattr(_claims_with_hook(nlp, text, None)[-1], field) == parsed
    assert getattr(_claims_with_hook(nlp, text, _whole_text)[-1], field) == hooked


def test_sentence_root_matches_each_tokens_sentence_root(doc):
    table = TokenTable(doc)
    assert [table.sentence_root(t.i) for t in doc] == [t.sent.root.i for t in doc]


def test_sentence_root_where_no_token_of_the_sentence_is_its_own_head(en_nlp):
    """A user's sentences cut through the parse's: the second half holds no root of the parse, and
    ``Span.root`` (the token nearest the root) answers for it, as ``doc[i].sent.root`` does."""
    doc = en_nlp("The mayor spoke to the council about the harbour plan on a wet Tuesday evening.")
    doc.user_token_hooks["sent"] = lambda tok: tok.doc[:4] if tok.i < 4 else tok.doc[4:]
    table = TokenTable(doc)
    assert all(table.head[k] != k for k in range(4, len(doc)))
    assert table.sentence_root(len(doc) - 1) != 4  # "council", not the first token of the cut ("the")
    assert [table.sentence_root(t.i) for t in doc] == [t.sent.root.i for t in doc]


def test_sentence_root_follows_a_users_root_hook(en_nlp):
    doc = en_nlp("The mayor spoke first. The council voted later that night.")
    doc.user_span_hooks["root"] = lambda span: span[-1]  # a user's root: the last token of the span
    table = TokenTable(doc)
    assert [table.sentence_root(t.i) for t in doc] == [t.sent.end - 1 for t in doc]


def test_subjects_are_each_tokens_first_subject_kept_once_found(en_nlp):
    """Rule "kept_subjects": ``table.subjects[i]`` is the first child of ``i`` that is a subject (an "expl"
    is none), found once a token and kept; ``acts.subject`` reads it from there."""
    from claimex.pipeline import acts

    doc = en_nlp("There were no delays, the clerk said, and the parcel was delivered by noon.")
    table = TokenTable(doc)
    for tok in doc:
        first = next((c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        assert table.subjects[tok.i] == first == acts.subject(table, tok.i)
    said = next(t.i for t in doc if t.text == "said")
    were = next(t.i for t in doc if t.text == "were")
    assert table.dep[table.subjects[said]] == "nsubj" and table.subjects[were] is None  # "There": expletive
    assert set(table.subjects) == set(range(len(doc)))
    table.subjects[said] = were  # kept: not looked for again
    assert acts.subject(table, said) == were


def test_auxiliaries_are_read_once_a_token_and_kept(en_nlp):
    """Rule "kept_auxiliaries": ``acts._modal_children`` gives a predicate's auxiliaries, lower-cased, a typographic
    apostrophe read as a straight one, and keeps them in ``table.auxiliaries``: asked again, it reads them there."""
    from claimex.pipeline import acts

    doc = en_nlp("The mayor said she’ll reopen the pier, and the council would have paid for it.")
    table = TokenTable(doc)
    reopen = next(t.i for t in doc if t.text == "reopen")
    paid = next(t.i for t in doc if t.text == "paid")
    assert acts._modal_children(table, reopen) == ("'ll",)
    assert acts._modal_children(table, paid) == ("would", "have")
    assert set(table.auxiliaries) == {reopen, paid}
    table.auxiliaries[paid] = ("must",)  # kept: not read from the parse again
    assert acts._modal_children(table, paid) == ("must",)
