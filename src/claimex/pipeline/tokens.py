"""A Doc's token attributes as plain Python lists, read once per document.

Every ``doc[i]``, ``tok.children`` or ``tok.head`` builds a new spaCy ``Token`` object, and every
``tok.lemma_`` decodes a new string. A stage that reads a few attributes of many tokens many times
(the links stage reads each claim's words, their heads, children and subtrees) spends most of its time
doing that. A :class:`TokenTable` reads the attributes once with one ``Doc.to_array`` call and keeps
them as lists indexed by token position; strings are decoded once per distinct value.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

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
    POS,
)
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.strings import StringStore
from spacy.tokens import Doc

_ATTRS: Final = (LOWER, LEMMA, POS, DEP, HEAD, IDX, LENGTH, ENT_TYPE, IS_PUNCT, IS_STOP, IS_ALPHA, IS_SPACE, LIKE_NUM)
_MAX_DECODED: Final = 1_000_000


class _Decoded(dict[int, str]):
    """hash -> string, decoded on first use. spaCy's string hashes are the same in every StringStore,
    so one cache serves all documents; it is cleared when it grows past ``_MAX_DECODED`` entries."""

    def __init__(self, *, lower: bool) -> None:
        super().__init__({0: ""})
        self.lower = lower
        self.store: StringStore | None = None

    def __missing__(self, key: int) -> str:
        assert self.store is not None
        text = self.store[key]
        if self.lower:
            text = text.lower()
        self[key] = text
        return text

    def using(self, store: StringStore) -> _Decoded:
        if len(self) > _MAX_DECODED:
            self.clear()
            self[0] = ""
        self.store = store
        return self


_TEXT: Final = _Decoded(lower=False)
_LOWER: Final = _Decoded(lower=True)
#: how many documents' tables :meth:`TokenTable.of` keeps
RECENT_TABLES: Final = 16
_RECENT: OrderedDict[int, TokenTable] = OrderedDict()
_POS_NAMES: Final[Mapping[int, str]] = {0: "", **POS_NAMES}


def _decode(column: numpy.ndarray, names: Mapping[int, str]) -> list[str]:
    """The strings of a column of hashes (or symbols), each distinct value looked up once."""
    values, inverse = numpy.unique(column, return_inverse=True)
    return numpy.array([names[v] for v in values.tolist()], dtype=object)[inverse].tolist()


@dataclass(slots=True)
class TokenTable:
    """The attributes claimex reads, for every token of one Doc (index = ``Token.i``).

    ``lemma`` is lower-cased; ``pos``, ``dep`` and ``ent_type`` are the label strings ("" for none);
    ``end`` is the character offset after the token.
    """

    doc: Doc
    text: str  # Doc.text joins every token's text on each call: read once
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    dep: list[str]
    head: list[int]
    idx: list[int]
    end: list[int]
    ent_type: list[str]
    is_punct: list[bool]
    is_stop: list[bool]
    is_alpha: list[bool]
    is_space: list[bool]
    like_num: list[bool]
    _children: list[list[int]] | None = field(default=None, repr=False)

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        """The table of ``doc``: read once and shared by the claimex stages that run on it in turn.

        The last :data:`RECENT_TABLES` tables are kept (a document goes through all the claimex stages
        before the next one starts); a component that changes the tokens or the parse between two
        claimex stages must call :meth:`forget`.
        """
        key = id(doc)
        cached = _RECENT.get(key)
        if cached is not None and cached.doc is doc and len(cached) == len(doc):
            return cached
        table = cls.read(doc)
        _RECENT[key] = table
        if len(_RECENT) > RECENT_TABLES:
            _RECENT.popitem(last=False)
        return table

    @staticmethod
    def forget(doc: Doc) -> None:
        """Drop ``doc``'s cached table (the next :meth:`of` reads the document again)."""
        _RECENT.pop(id(doc), None)

    @classmethod
    def read(cls, doc: Doc) -> TokenTable:
        """Read ``doc`` (no cache)."""
        n = len(doc)
        array = doc.to_array(list(_ATTRS)) if n else numpy.zeros((0, len(_ATTRS)), dtype="uint64")
        column = dict(zip(_ATTRS, array.T, strict=True))
        text = _TEXT.using(doc.vocab.strings)
        return cls(
            doc=doc,
            text=doc.text,
            lower=_decode(column[LOWER], text),
            lemma=_decode(column[LEMMA], _LOWER.using(doc.vocab.strings)),
            pos=_decode(column[POS], _POS_NAMES),
            dep=_decode(column[DEP], text),
            head=(numpy.arange(n) + column[HEAD].astype("int64")).tolist(),  # HEAD is relative, as uint64
            idx=column[IDX].tolist(),
            end=(column[IDX] + column[LENGTH]).tolist(),
            ent_type=_decode(column[ENT_TYPE], text),
            is_punct=column[IS_PUNCT].astype(bool).tolist(),
            is_stop=column[IS_STOP].astype(bool).tolist(),
            is_alpha=column[IS_ALPHA].astype(bool).tolist(),
            is_space=column[IS_SPACE].astype(bool).tolist(),
            like_num=column[LIKE_NUM].astype(bool).tolist(),
        )

    def __len__(self) -> int:
        return len(self.idx)

    @property
    def children(self) -> list[list[int]]:
        """Each token's children in order (built on first use)."""
        if self._children is None:
            kids: list[list[int]] = [[] for _ in self.idx]
            for i, h in enumerate(self.head):
                if h != i:
                    kids[h].append(i)
            self._children = kids
        return self._children

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

    def left_edge(self, i: int) -> int:
        """The first token of ``i``'s subtree."""
        return min(self.subtree(i))

    def tokens_in(self, spans: Iterable[Sequence[int]]) -> list[int]:
        """The tokens that start inside any of the character ``spans`` (end-exclusive), in order, each
        once, spaces left out (same as :func:`claimex.pipeline.claims.tokens_in`)."""
        out: list[int] = []
        last = -1
        limit = len(self.text)
        for s, e in sorted((int(s), int(e)) for s, e in spans):
            if s < 0 or e > limit or (s == e == limit):
                continue
            for i in range(max(bisect_left(self.idx, s), last + 1), bisect_left(self.idx, e)):
                if not self.is_space[i]:
                    out.append(i)
                    last = i
        return out

    def span_text(self, first: int, last: int) -> str:
        """The text from token ``first`` to token ``last`` (inclusive)."""
        return self.text[self.idx[first]: self.end[last]]
