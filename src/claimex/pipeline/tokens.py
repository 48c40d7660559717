"""A Doc's token attributes as plain Python lists, read once per document.

Every ``doc[i]``, ``tok.children`` or ``tok.head`` builds a new spaCy ``Token`` object, and every
``tok.lemma_`` decodes a new string. A stage that reads a few attributes of many tokens many times
(the links stage reads each claim's words, their heads, children and subtrees) spends most of its time
doing that. A :class:`TokenTable` reads the attributes once with one ``Doc.to_array`` call and keeps
them as lists indexed by token position; strings are decoded once per distinct value.

The stages share one table per document: it lives in ``doc.user_data[TABLE_KEY]`` while the claimex stages
run, and goes when the last of them is done (:func:`release`), so it never reaches ``Doc.to_bytes``,
``DocBin`` or the worker processes of ``nlp.pipe(n_process=...)``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final, NamedTuple

import numpy
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    LEMMA,
    LENGTH,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
)
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from ..syntax import SUBJECT_DEPS

_ATTRS: Final = (LOWER, LEMMA, POS, DEP, HEAD, IDX, LENGTH, ENT_TYPE, IS_PUNCT, IS_STOP, IS_ALPHA, IS_SPACE, LIKE_NUM)
_MAX_DECODED: Final = 1_000_000


class _Decoded(dict[int, str]):
    """hash -> string of one StringStore, decoded on first use (lower-cased with ``lower``, followed
    by one space with ``spaced``); cleared when it grows past ``_MAX_DECODED`` entries."""

    def __init__(self, store: StringStore, *, lower: bool = False, spaced: bool = False) -> None:
        super().__init__({0: ""})
        self.store = store
        self.lower = lower
        self.suffix = " " if spaced else ""

    def __missing__(self, key: int) -> str:
        text = self.store[key]
        if self.lower:
            text = text.lower()
        text += self.suffix
        self[key] = text
        return text

    def trimmed(self) -> _Decoded:
        if len(self) > _MAX_DECODED:
            self.clear()
            self[0] = ""
        return self


class _Decoders(NamedTuple):
    """The decoders of one StringStore."""

    store: StringStore
    plain: _Decoded
    lowered: _Decoded
    spaced: _Decoded  # a token's text with its trailing space


#: id of a StringStore -> its decoders; a process has one or two
_DECODERS: dict[int, _Decoders] = {}


def _decoders(store: StringStore) -> _Decoders:
    found = _DECODERS.get(id(store))
    if found is None or found.store is not store:
        found = _DECODERS[id(store)] = _Decoders(store, _Decoded(store), _Decoded(store, lower=True),
                                                 _Decoded(store, spaced=True))
    for decoded in found[1:]:
        decoded.trimmed()
    return found


#: The key of a document's table in ``doc.user_data`` while the claimex stages run (spaCy's extension
#: keys are tuples: a string cannot clash with them).
TABLE_KEY: Final = "claimex.token_table"
#: The attribute that marks a stage component as followed by another claimex stage (:func:`hand_on`).
HANDS_ON: Final = "claimex_hands_on_token_table"
#: The factories of the stages that read the table, in pipeline order.
STAGE_FACTORIES: Final = ("claimex_quotes", "claimex_speakers", "claimex_claims", "claimex_links")
_POS_NAMES: Final[Mapping[int, str]] = {0: "", **POS_NAMES}


def _decode(column: numpy.ndarray, names: Mapping[int, str]) -> list[str]:
    """The strings of a column of hashes (or symbols); ``map`` runs the lookups in C, a third
    faster than a list comprehension."""
    return list(map(names.__getitem__, column.tolist()))


class _Children(dict[int, tuple[int, ...]]):
    """Token index -> its children in order, as a tuple: a slice of all tokens sorted by head, cut when a
    token is first asked for and kept (no tuple for the tokens no rule reads: on long documents a burst of
    small allocations wakes the garbage collector). The stages ask for the children of the same few tokens
    again and again (three times each in the claims stage): a kept tuple is a dict look-up in C, where
    cutting the slice again was a call of a Python method."""

    def __init__(self, relative_heads: numpy.ndarray, n: int) -> None:
        super().__init__()
        heads = numpy.arange(n) + relative_heads.astype("int64")
        dependents = numpy.flatnonzero(heads != numpy.arange(n))  # every token but the roots
        order = dependents[numpy.argsort(heads[dependents], kind="stable")]
        self._order: list[int] = order.tolist()
        self._bounds: list[int] = numpy.searchsorted(heads[order], numpy.arange(n + 1)).tolist()

    def __missing__(self, i: int) -> tuple[int, ...]:
        kids = self[i] = tuple(self._order[self._bounds[i]: self._bounds[i + 1]])
        return kids


class _Subjects(dict[int, int | None]):
    """Token index -> the first of its children that is a subject (:data:`~claimex.syntax.SUBJECT_DEPS`: an
    "expl" is none), else None: found when a token is first asked for and kept, as :class:`_Children` keeps
    the children. The claims stage's rules ask for the subject of the same predicates again and again (each
    about three times on PolNeAR: rule "kept_subjects")."""

    def __init__(self, dep: list[str], children: _Children) -> None:
        super().__init__()
        self._dep = dep
        self._children = children

    def __missing__(self, i: int) -> int | None:
        dep = self._dep
        found = None
        for c in self._children[i]:
            if dep[c] in SUBJECT_DEPS:
                found = c
                break
        self[i] = found
        return found


class Entity(NamedTuple):
    """A named entity of the document: tokens ``start:end``, characters ``start_char:end_char``."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    text: str


#: The attributes of a :class:`TokenTable` read on first use (the others are read when it is made).
ON_FIRST_USE: Final = ("ents", "sentence_ends", "entities")


class TokenTable:
    """The attributes claimex reads, for every token of one Doc (index = ``Token.i``): with one
    ``Doc.to_array`` call for the columns, once for ``text``, ``ents`` and the sentence ends.

    It keeps no Token objects: one per token, alive for the whole document, would wake Python's
    cyclic garbage collector again and again on long documents.

    ``lemma`` is lower-cased; ``pos``, ``dep`` and ``ent_type`` are the label strings ("" for none);
    ``end`` is the character offset after the token.

    The columns and the text are read when the table is made, as plain attributes (the stages read all of
    them, about 350 times a claim in the claims stage): a ``cached_property`` of the class would keep
    Python 3.11 from specialising ``table.dep``, which then goes through the generic attribute look-up
    (the class's descriptor first, then the instance's dict) on every read. The entities and the sentence
    ends, which fewer rules read, are read on first use.
    """

    doc: Doc
    n: int
    lower: list[str]
    lemma: list[str]
    dep: list[str]
    ent_type: list[str]
    pos: list[str]
    head: list[int]
    idx: list[int]
    end: list[int]
    is_punct: list[bool]
    is_stop: list[bool]
    is_alpha: list[bool]
    is_space: list[bool]
    like_num: list[bool]
    #: neither punctuation nor white space: the tokens a claim's content is read as (``claims._words_in``)
    is_word: list[bool]
    #: each token's children, in order: ``table.children[i]``
    children: _Children
    #: each token's first subject, or None: ``table.subjects[i]`` (see :func:`claimex.pipeline.acts.subject`)
    subjects: _Subjects
    #: each predicate's auxiliaries as :func:`claimex.pipeline.acts._modal_children` reads them, kept as it
    #: first asks: ``table.auxiliaries[i]``
    auxiliaries: dict[int, tuple[str, ...]]
    #: the document's evaluative idioms (:func:`claimex.pipeline.acts.idioms`), found on first use
    idioms: list[Any] | None
    text: str

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.n = n = len(doc)
        array = doc.to_array(list(_ATTRS)) if n else numpy.zeros((0, len(_ATTRS)), dtype="uint64")
        self._columns = columns = dict(zip(_ATTRS, array.T, strict=True))
        self._strings = strings = _decoders(doc.vocab.strings)
        self.lower = _decode(columns[LOWER], strings.plain)
        self.lemma = _decode(columns[LEMMA], strings.lowered)
        self.dep = _decode(columns[DEP], strings.plain)
        self.ent_type = _decode(columns[ENT_TYPE], strings.plain)
        self.pos = _decode(columns[POS], _POS_NAMES)
        self.head = (numpy.arange(n) + columns[HEAD].astype("int64")).tolist()  # HEAD is relative
        self.idx = columns[IDX].tolist()
        self.end = (columns[IDX] + columns[LENGTH]).tolist()
        punct, space = columns[IS_PUNCT].astype(bool), columns[IS_SPACE].astype(bool)
        self.is_punct, self.is_space = punct.tolist(), space.tolist()
        self.is_word = (~punct & ~space).tolist()
        self.is_stop = columns[IS_STOP].astype(bool).tolist()
        self.is_alpha = columns[IS_ALPHA].astype(bool).tolist()
        self.like_num = columns[LIKE_NUM].astype(bool).tolist()
        self.children = _Children(columns[HEAD], n)
        self.subjects = _Subjects(self.dep, self.children)
        self.auxiliaries = {}
        self.idioms = None
        self.text = self._read_text()
        # read on first use, kept here: an attribute added after the constructor would undo the specialising
        self._ents: tuple[Span, ...] | None = None
        self._sentence_ends: list[int] | None = None
        self._token_sent_hooked = False  # read with the sentence ends
        self._entities: tuple[Entity, ...] | None = None

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        """The table of ``doc``, shared by the claimex stages that run on it in turn.

        It is kept in ``doc.user_data[TABLE_KEY]`` until the last claimex stage is done
        (:func:`release`); a component that changes the tokens, the parse or the entities between two
        claimex stages must call :meth:`forget`.
        """
        kept = doc.user_data.get(TABLE_KEY)
        if isinstance(kept, TokenTable) and kept.doc is doc and kept.n == len(doc):
            return kept
        table = cls(doc)
        doc.user_data[TABLE_KEY] = table
        return table

    @staticmethod
    def forget(doc: Doc) -> None:
        """Drop ``doc``'s table (the next :meth:`of` reads the document again)."""
        doc.user_data.pop(TABLE_KEY, None)

    def _read_text(self) -> str:
        """``Doc.text``, read from the token array: each token's text and its trailing space, as
        ``Doc.text`` joins them (which makes a Token object per token, on every call; this is
        about a third cheaper)."""
        if not self.n:
            return self.doc.text
        plain, spaced = self._strings.plain, self._strings.spaced
        array = self.doc.to_array([ORTH, SPACY])  # read as two flat lists: no Python list per token
        return "".join([spaced[orth] if space else plain[orth]
                        for orth, space in zip(array[:, 0].tolist(), array[:, 1].tolist(), strict=True)])

    @property
    def ents(self) -> tuple[Span, ...]:
        """``Doc.ents`` (which walks every token again on each call), read once."""
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    @property
    def sentence_ends(self) -> list[int]:
        """The last token of every sentence, in order, as ``Doc.sents`` gives them, read once (``Token.sent``
        walks the sentence and makes a Span on every call): a sentence ends before each token that starts
        one. A Doc with a ``sents`` hook or no sentence annotation goes through ``Doc.sents`` (or its error).

        Whether a token or span ``sent`` hook decides a token's sentence (:func:`has_token_sent_hooks`) is
        read with them, once: a hook set after the first use is seen only after :meth:`unread` of
        ``sentence_ends`` (as the ends themselves)."""
        if self._sentence_ends is None:
            doc = self.doc
            self._token_sent_hooked = has_token_sent_hooks(doc)
            if not self.n or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
                self._sentence_ends = [sent.end - 1 for sent in doc.sents]
            else:
                self._sentence_ends = [*numpy.flatnonzero(doc.to_array(SENT_START)[1:] == 1).tolist(), self.n - 1]
        return self._sentence_ends

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """The first token of token ``i``'s sentence and the token after its last (``doc[i].sent.start``,
        ``.end``), by bisection in :attr:`sentence_ends`: no Span made, no walk over the sentence.

        The one place the stages find a token's sentence. A ``sents`` hook alone is already followed by
        :attr:`sentence_ends` (read through ``Doc.sents``), so bisection answers as ``Token.sent`` would;
        only where a token or span ``sent`` hook decides (:func:`has_token_sent_hooks`, read with
        :attr:`sentence_ends`) does ``doc[i].sent`` answer, as spaCy's ``Token.sent`` honours it. (Going
        through ``doc[i].sent`` for a ``sents`` hook would rerun the hook's generator on every call.)"""
        ends = self._sentence_ends
        if ends is None:
            ends = self.sentence_ends
        if self._token_sent_hooked:
            sent = self.doc[i].sent
            return sent.start, sent.end
        k = bisect_left(ends, i)
        return (ends[k - 1] + 1 if k else 0), (ends[k] + 1 if k < len(ends) else self.n)

    def sentence_root(self, i: int) -> int:
        """The root of token ``i``'s sentence (``doc[i].sent.root.i``): the first token of
        :meth:`sentence_bounds` that is its own head, as spaCy's ``Span.root`` finds it first. Where a span
        ``root`` hook decides, or no token of the sentence is its own head, ``Span.root`` answers."""
        start, end = self.sentence_bounds(i)
        if "root" not in self.doc.user_span_hooks:
            head = self.head
            for k in range(start, end):
                if head[k] == k:
                    return k
        return int(self.doc[start:end].root.i)

    @property
    def entities(self) -> tuple[Entity, ...]:
        """The named entities as plain records (token and character offsets, label, text), read once: rules
        that scan every entity for each claim do not build a Span each time."""
        if self._entities is None:
            self._entities = tuple(map(self.entity_record, self.ents))
        return self._entities

    def read_on_first_use(self) -> list[str]:
        """Which of the attributes read on first use (:data:`ON_FIRST_USE`) have been read (for the
        benchmarks, which set a table up as a stage finds it in the pipeline)."""
        return [name for name in ON_FIRST_USE if getattr(self, f"_{name}") is not None]

    def unread(self, name: str) -> None:
        """Drop the attribute ``name`` of :data:`ON_FIRST_USE`: it is read again when next asked for."""
        if name not in ON_FIRST_USE:
            raise ValueError(f"{name!r} is read when the table is made; only {ON_FIRST_USE} can be unread")
        setattr(self, f"_{name}", None)

    def entity_record(self, ent: Span) -> Entity:
        """The record of one entity of :attr:`ents` (as :attr:`entities` has it): for a reader that needs
        only a few of a document's entities."""
        start, stop = ent.start, ent.end  # each Span's attribute read once
        first, last = self.idx[start], self.end[stop - 1]
        return Entity(start, stop, first, last, self._strings.plain[ent.label], self.text[first:last])

    def __len__(self) -> int:
        return self.n

    def word(self, i: int) -> str:
        """The text of token ``i``."""
        return self.text[self.idx[i]: self.end[i]]

    def subtree(self, i: int) -> list[int]:
        """``i`` and its descendants, in no particular order."""
        children = self.children
        out = [i]
        stack = [i]
        while stack:
            kids = children[stack.pop()]
            out.extend(kids)
            stack.extend(kids)
        return out

    def dominates(self, top: int, i: int) -> bool:
        """Whether token ``i`` is ``top`` or hangs below it in the parse (walking up at most 64 heads)."""
        head = self.head
        for _ in range(64):
            if i == top:
                return True
            if head[i] == i:
                return False
            i = head[i]
        return False

    def left_edge(self, i: int) -> int:
        """The first token of ``i``'s subtree."""
        return min(self.subtree(i))

    def tokens_in(self, spans: Iterable[Sequence[int]]) -> list[int]:
        """The tokens that start inside any of the character ``spans`` (end-exclusive), in order, each
        once, spaces left out (same as :func:`claimex.pipeline.claims.tokens_in`)."""
        out: list[int] = []
        first = 0  # the first token not taken yet: fragments may overlap, a token is taken once
        limit = len(self.text)
        idx, space = self.idx, self.is_space
        for s, e in sorted((int(s), int(e)) for s, e in spans):
            if s < 0 or e > limit or (s == e == limit):
                continue
            start, end = max(bisect_left(idx, s), first), bisect_left(idx, e)
            taken = [i for i in range(start, end) if not space[i]]
            if taken:
                out += taken
                first = taken[-1] + 1
        return out

    def expand(self, start: int, end: int) -> tuple[int, int] | None:
        """The token start and end of ``doc.char_span(start, end, alignment_mode="expand")`` (None where
        it is None), by bisection in the offsets, with no Span made: every token that the characters
        ``start:end`` touch, a token's trailing white space counted as its own (as spaCy does)."""
        limit = len(self.text)
        if not (0 <= start < limit and 0 <= end - 1 < limit):
            return None
        first, last = bisect_right(self.idx, start) - 1, bisect_right(self.idx, end - 1) - 1
        if start == self.end[first]:  # in the white space after a token: not that token
            first += 1
        return first, last + 1

    def span_text(self, first: int, last: int) -> str:
        """The text from token ``first`` to token ``last`` (inclusive)."""
        return self.text[self.idx[first]: self.end[last]]


def has_token_sent_hooks(doc: Doc) -> bool:
    """Whether a ``sent`` hook on the tokens or spans (``doc.user_token_hooks["sent"]``,
    ``doc.user_span_hooks["sent"]``) decides a token's sentence, which :attr:`TokenTable.sentence_ends`
    (read through ``Doc.sents``) cannot follow."""
    return "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks


def hand_on(stage: object, followed: bool) -> None:
    """Mark a claimex stage component as ``followed`` by another claimex stage in its pipeline, which will
    read the same table (:func:`mark_stages` marks the stages of a pipeline). An unmarked
    stage drops the table when it is done: always safe, but the next stage reads the document again."""
    setattr(stage, HANDS_ON, followed)


def mark_stages(nlp: Language) -> None:
    """Mark every claimex stage of ``nlp`` but the last as followed by another (:func:`hand_on`), so that
    they share one table per document. ``claimex.load`` and ``add_to_pipeline`` call it; call it on a
    pipeline whose stages were added by hand or restored by ``spacy.load``."""
    stages = [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in STAGE_FACTORIES]
    for name in stages:
        hand_on(nlp.get_pipe(name), followed=name != stages[-1])


def release(stage: object, doc: Doc) -> None:
    """After ``stage`` ran on ``doc``: drop the document's table unless a later claimex stage reads it."""
    if not getattr(stage, HANDS_ON, False):
        TokenTable.forget(doc)


def encode_leftover(obj: object, chain: Callable[[object], object] | None = None) -> object:
    """A msgpack encoder (``srsly.msgpack_encoders``): a table left in ``user_data`` (a marked stage whose
    followers were disabled afterwards) is written as nil, so serialising the Doc still works."""
    if isinstance(obj, TokenTable):
        return None
    return obj if chain is None else chain(obj)
