"""Name normalisation and speaker identity, in one place.

Who is who is decided at three levels, each with the key it compares names by:

* **within a document** (the ``claimex_speakers`` stage): :func:`name_key` of a mention's name (lower-cased,
  no article, possessive or punctuation but ``&`` and ``-``), :func:`strip_article` for the names it
  shows, :func:`surname` for the full name a bare surname stands for, and :func:`forenames_agree` for two
  close spellings of a person's name;
* **between claims**, for the claims and links stages: :func:`actor_keys` / :func:`speaker_keys`, the
  ``name:`` and ``country:`` keys of an actor ("the Pentagon" speaks for the US), over the words of
  :func:`actor_words`;
* **across the pieces of a long document** (:mod:`claimex.longdocs`): :func:`piece_key`, case and
  spacing ignored, exact names and aliases only (the pieces are one text: a close spelling is a
  different name there);
* **across documents** (:mod:`claimex.graph`): :func:`graph_key` (case-folded, no punctuation or leading
  article), exact names and aliases, or a rapidfuzz ``token_sort_ratio`` of the names, with kinds that
  agree (:func:`kinds_agree`).

The keys differ where their uses differ; each is named for its use, and what each stage compares is
here, so a change to speaker identity is made (and reviewed) in this one module.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from rapidfuzz import fuzz

from . import lexicons as lx

#: Minimum rapidfuzz ratio for the first words of two close spellings of a multi-word name.
FORENAME_MATCH_RATIO: Final = 80.0
#: Kinds that agree with any other kind (a speaker whose kind is unknown).
WILDCARD_KINDS: Final = frozenset({"OTHER"})

_LEADING_DET = re.compile(r"^(the|a|an)\s+")
_LEADING_DET_ANY_CASE = re.compile(r"^(the|a|an)\s+", flags=re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"'s$")
_NOT_NAME_CHAR = re.compile(r"[^\w\s&-]")
_WORD: Final = re.compile(r"[a-z0-9][a-z0-9.'\-]*")
#: Leading words and characters that :func:`graph_key` drops ("The PMF" and "PMF" are one name).
LEADING_ARTICLE: Final = re.compile(r"^(?:the|a|an)\s+")
NON_WORD: Final = re.compile(r"[^\w\s]+")


# --------------------------------------------------------------------------------------------------
# Within a document (claimex_speakers)


@functools.lru_cache(maxsize=16_384)
def name_key(text: str) -> str:
    """A name lower-cased, without article, possessive and punctuation (names recur: cached)."""
    text = text.lower().replace("’", "'")
    text = _LEADING_DET.sub("", text.strip())
    text = _POSSESSIVE_END.sub("", text)
    return " ".join(_NOT_NAME_CHAR.sub(" ", text).split())


def surname(key: str) -> str:
    """The surname of a :func:`name_key`: its last word, a generational suffix aside ("joseph r biden
    jr" -> "biden"); "" for an empty key."""
    words = without_suffixes(key.split())
    return words[-1] if words else ""


def without_suffixes(words: list[str]) -> list[str]:
    """A name's words without the generational suffixes that end it, as written or as a key ("Joseph R.
    Biden Jr." -> "Joseph R. Biden"); never its first word."""
    end = len(words)
    while end > 1 and words[end - 1].lower().rstrip(".,") in lx.NAME_SUFFIXES:
        end -= 1
    return words[:end]


def strip_possessive(text: str) -> str:
    """A name without a possessive ending: "Sanders'" -> "Sanders", "Lopez’s" -> "Lopez"; a lone quote mark
    after anything but an "s" is none ("Hale ''")."""
    for end in ("'s", "’s", "s'", "s’"):
        if text.endswith(end):
            return text[:-len(end) + (1 if end[0] == "s" else 0)]
    return text


@functools.lru_cache(maxsize=16_384)
def strip_article(text: str) -> str:
    """The text without a leading article, whatever its case ("The PMF" -> "PMF")."""
    return _LEADING_DET_ANY_CASE.sub("", text.strip())


def forenames_agree(a: str, b: str) -> bool:
    """Two spellings of one person's name start alike: "Mohammed bin Salman" / "Mohammad bin Salman",
    but not "Ian Clarke" / "Brian Clarke", whose whole names are close only through the surname."""
    first_a, first_b = a.split()[0], b.split()[0]
    if " " not in a or " " not in b or first_a == first_b:
        return True
    return fuzz.ratio(first_a, first_b) >= FORENAME_MATCH_RATIO


def forename_gender(forename: str) -> str | None:
    """"female" / "male" as a lower-cased forename tells it (``lexicons.FEMALE_FORENAMES`` and
    ``MALE_FORENAMES``), else None."""
    if forename in lx.FEMALE_FORENAMES:
        return "female"
    if forename in lx.MALE_FORENAMES:
        return "male"
    return None


@functools.lru_cache(maxsize=16_384)
def name_gender(name: str | None) -> str | None:
    """"male" / "female" from a name's forename or title ("Hillary Clinton", "Mrs. Smith"), else None. Read
    once per name (the claims stage asks it of the same speakers' names for every pronoun it resolves)."""
    if not name:
        return None
    first = name.split(maxsplit=1)[0].lower()
    return forename_gender(first) or title_gender(first)


def title_gender(title: str | None) -> str | None:
    """The gender a title or a gendered word tells ("Mrs." -> "female", "sir" -> "male"), if any."""
    low = (title or "").lower()
    return "female" if low in lx.FEMALE_WORDS else "male" if low in lx.MALE_WORDS else None


# --------------------------------------------------------------------------------------------------
# Between claims (claimex_claims, claimex_links)


def _phrase_index(phrases: Mapping[str, str]) -> dict[tuple[str, ...], str]:
    return {tuple(p.split()): v for p, v in phrases.items()}


#: word n-gram -> country, for government bodies and country aliases (looked up, not scanned)
_BODY_COUNTRY = _phrase_index(lx.GOVERNMENT_BODIES)
_ALIAS_COUNTRY = _phrase_index({a: c for c, aliases in lx.COUNTRY_ALIASES.items() for a in aliases})
_MAX_PHRASE = max(len(k) for k in (*_BODY_COUNTRY, *_ALIAS_COUNTRY))


def actor_keys(texts: Iterable[str | None]) -> frozenset[str]:
    """Keys that identify an actor across mentions: ``name:<normalised text>`` and ``country:<C>``.

    A text stands for a country when it is one of the country's aliases ("the US", "Washington"),
    names a government body ("Pentagon", "White House"), or combines a country alias with a government
    noun ("Iranian foreign ministry", "US officials"). "Syrian Observatory for Human Rights" is not
    Syria: it names no government body.
    """
    keys: set[str] = set()
    for text in texts:
        if text:
            keys |= _actor_keys_of(text)
    return frozenset(keys)


@functools.lru_cache(maxsize=16_384)
def _actor_keys_of(text: str) -> frozenset[str]:
    """:func:`actor_keys` of one text (names recur within and across documents: cached)."""
    keys: set[str] = set()
    norm = actor_words(text)
    if norm:
        keys.add(f"name:{norm}")
        words = tuple(norm.split())
        government = any(w in lx.GOVERNMENT_NOUNS for w in words)
        for i in range(len(words)):
            for n in range(1, min(_MAX_PHRASE, len(words) - i) + 1):
                gram = words[i:i + n]
                body = _BODY_COUNTRY.get(gram)
                if body is not None:
                    keys.add(f"country:{body}")
                alias = _ALIAS_COUNTRY.get(gram)
                if alias is not None and (government or gram == words):
                    keys.add(f"country:{alias}")
    return frozenset(keys)


def actor_words(text: str) -> str:
    """The words of an actor's name, lower-cased, without possessives and leading articles."""
    words = _WORD.findall(text.lower().replace("’s", "").replace("'s", ""))
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def speaker_keys(speaker: Mapping[str, Any] | None) -> frozenset[str]:
    """:func:`actor_keys` of a speaker entity: its name, aliases and affiliation."""
    if not speaker:
        return frozenset()
    texts = [speaker.get("name"), speaker.get("affiliation"), *(speaker.get("aliases") or ())]
    keys = set(actor_keys(texts))
    affiliation = speaker.get("affiliation")
    if affiliation:  # an affiliation is an actor in its own right: "Pentagon" speaks for the US
        keys |= actor_keys([f"{affiliation} officials"])
    return frozenset(keys)


# --------------------------------------------------------------------------------------------------
# Across the pieces of a long document (claimex.longdocs), across documents (claimex.graph)


def piece_key(name: str) -> str:
    """A speaker's name as the pieces of a long document are merged by: case and spacing ignored."""
    return " ".join(name.casefold().split())


def graph_key(name: str) -> str:
    """A name as speakers are matched across documents: case-folded, no punctuation or leading article."""
    name = NON_WORD.sub(" ", name.casefold())
    return LEADING_ARTICLE.sub("", " ".join(name.split()))


def kinds_agree(a: str, b: str) -> bool:
    """Whether speakers of kinds ``a`` and ``b`` may be one (the same kind, or one unknown)."""
    return a == b or a in WILDCARD_KINDS or b in WILDCARD_KINDS


def name_similarity(a: str, b: str) -> float:
    """How alike two :func:`graph_key` names are across documents: rapidfuzz ``token_sort_ratio`` (0-100)."""
    return fuzz.token_sort_ratio(a, b)


_NAME_WORD: Final = re.compile(r"[a-z0-9]+")
#: Words a name may hold besides its capitalised words: "Marco Rubio and Ted Cruz", "Bank of England".
_NAME_FUNCTION_WORDS: Final = frozenset({"and", "of", "the", "de", "van", "von", "al", "s"})


@functools.lru_cache(maxsize=16_384)
def _name_words(name: str) -> tuple[str, ...]:
    """A name's lower-case words, without possessive and leading article (:func:`names_match`; cached: a
    document compares each speaker's name with every name it reads, and names recur across documents)."""
    low = name.lower().replace("’s", "").replace("'s", "")
    words = _NAME_WORD.findall(low)
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    return tuple(words)


def _is_proper_name(name: str) -> bool:
    """True for "Donald Trump", "Marco Rubio and Ted Cruz", "Bank of England"; False for "the ban"."""
    words = re.findall(r"[\w@.\-]+", name.replace("’s", "").replace("'s", ""))
    return bool(words) and all(w[0].isupper() or w[0] in "@" or w.lower() in _NAME_FUNCTION_WORDS for w in words)


def names_match(predicted: str | None, gold: str | None) -> bool:
    """True when two names name the same thing: equal once normalised ("The CNN" ~ "CNN"), or the words
    of one are all in the other and the longer is a proper name ("Trump" ~ "Donald Trump", "Rubio" ~
    "Marco Rubio and Ted Cruz"; "Trump" is not "Donald Trump's proposed Muslim ban")."""
    if not predicted or not gold:
        return False
    a, b = _name_words(predicted), _name_words(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_, long_name = (a, b, gold) if len(a) <= len(b) else (b, a, predicted)
    content = [w for w in short if w not in _NAME_FUNCTION_WORDS]
    return bool(content) and set(short) <= set(long_) and _is_proper_name(long_name)


__all__ = [
    "FORENAME_MATCH_RATIO",
    "WILDCARD_KINDS",
    "actor_keys",
    "actor_words",
    "forename_gender",
    "forenames_agree",
    "graph_key",
    "kinds_agree",
    "name_gender",
    "name_key",
    "name_similarity",
    "names_match",
    "piece_key",
    "speaker_keys",
    "strip_article",
    "strip_possessive",
]
