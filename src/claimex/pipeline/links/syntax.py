"""Small syntax helpers the links stage's readers share: marks, the keys of a noun phrase, numbers.

Everything here works on token indices over the document's :class:`~claimex.pipeline.tokens.TokenTable`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from ... import lexicons as lx
from ..claims import SYNONYM_KEY, actor_keys, np_indices
from ..tokens import TokenTable
from .parties import Party, handle_keys

Offsets = tuple[int, int]
PARTY_ENTS: Final = frozenset({"GPE", "ORG", "PERSON", "NORP"})
_NUMBER: Final = re.compile(r"^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?%?$")
#: pronouns that may stand for anything: not read as the speaker
_NEUTRAL_PRONOUNS: Final = frozenset({"it", "its", "that", "this", "who", "which", "what"})
#: the keys of an argument that is a pronoun: it cannot be compared
UNKNOWN: Final = frozenset({"?"})
FIRST_PERSON: Final = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
BE_FORMS: Final = frozenset({"be", "'m", "’m", "'s", "’s", "'re", "’re", "am", "is", "are", "was", "were"})
UNASSERTED_MARKS: Final = frozenset({"if", "unless", "whether", "until", "before", "when", "once", "whenever",
                                      "lest", "so", "in"})


class Mark(NamedTuple):
    """A word or phrase that fired, with its offsets."""

    text: str
    span: Offsets


def term_key(lemma: str) -> str:
    return SYNONYM_KEY.get(lemma, lemma)


def name_keys(tt: TokenTable, words: Sequence[int]) -> frozenset[str]:
    """Actor keys of a name phrase, plus its last name ("Crooked Hillary Clinton" -> also
    ``name:clinton``, so that it meets "Clinton"), and the name a handle in it spells (``handle_name``)."""
    words = [i for i in words if not tt.is_punct[i]]
    if not words:
        return frozenset()
    keys = actor_keys([" ".join(tt.word(i) for i in words)])
    last = words[-1]
    if len(words) > 1 and tt.pos[last] == "PROPN":
        keys |= actor_keys([tt.word(last)])
    return keys.union(*(handle_keys(tt.word(i)) for i in words))  # "@AnaRuiz" names Ana Ruiz


def phrase_keys(tt: TokenTable, head: int, party: Party) -> frozenset[str]:
    """The keys of a noun phrase by its head: the head's lemma key (a name's actor keys), its
    compounds' and its number; a first-person pronoun stands for the speaker's party, any other
    pronoun is :data:`UNKNOWN` ("it raised $15 million": raised by whom?)."""
    pos, lemma, lower = tt.pos, tt.lemma, tt.lower
    if pos[head] == "PRON":
        if party.names and (lower[head] in FIRST_PERSON or lower[head] in party.pronouns - _NEUTRAL_PRONOUNS):
            return party.names  # "I", "we"; "she" of a speaker the text calls "she" ("she said she would")
        return UNKNOWN
    if pos[head] == "PROPN" or tt.ent_type[head] in PARTY_ENTS:
        words = [i for i in np_indices(tt, head) if pos[i] in ("PROPN", "NOUN", "ADJ")]
        return name_keys(tt, words or [head])
    keys = {term_key(lemma[head])}
    for child in tt.children[head]:
        kind = tt.dep[child]
        if kind == "compound":
            keys.add(term_key(lemma[child]))
        elif kind == "nummod":
            value = number_value(tt, child)
            if value is not None:
                keys.add(f"#{value:g}")
    return frozenset(keys)


def number_value(tt: TokenTable, i: int) -> float | None:
    low = tt.lower[i]
    if low in lx.NUMBER_WORDS:
        return float(lx.NUMBER_WORDS[low])
    m = _NUMBER.match(low)
    if m is None:
        return None
    value = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    nxt = tt.lower[i + 1] if i + 1 < tt.n else None
    if nxt in ("million", "billion", "thousand", "hundred"):
        value *= lx.NUMBER_WORDS[nxt]
    return value


def child_of(tt: TokenTable, i: int, deps: Iterable[str]) -> int | None:
    deps = frozenset(deps)
    return next((c for c in tt.children[i] if tt.dep[c] in deps), None)


def nearest_predicate(tt: TokenTable, i: int, limit: int = 6) -> int:
    """The nearest verb, auxiliary or adjective above ``i`` (``i`` itself if it is one)."""
    pos, head, dep = tt.pos, tt.head, tt.dep
    for _ in range(limit):
        if pos[i] in ("VERB", "AUX", "ADJ") and dep[i] not in ("aux", "auxpass", "amod"):
            return i
        if head[i] == i:
            return i
        i = head[i]
    return i
