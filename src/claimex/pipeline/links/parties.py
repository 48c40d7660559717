"""Who speaks: a claim's party, read from the speakers stage's entity, and the two questions linking
asks of parties: are two speakers one side (never linked), and does a phrase name this party.

A party is identified by keys (:func:`~claimex.pipeline.claims.actor_keys`): ``name:<normalised
text>`` for its name and its non-pronoun mentions, and ``country:<C>`` where the name stands for a
state or one of its bodies ("the US", "Washington", "the Pentagon", "Iranian foreign ministry"). Its
affiliation is keyed the same way ("Pentagon spokesman": affiliation "Pentagon", so ``country:US``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ... import lexicons as lx
from ...names import without_suffixes
from ..claims import actor_keys

#: Mentions that are pronouns (or relatives) do not name a party.
_PRONOUNS: Final = (frozenset(lx.PERSON_PRONOUNS) | lx.NEUTER_PRONOUNS | lx.PLURAL_PRONOUNS | lx.FIRST_PERSON
                    | lx.RELATIVE_PRONOUNS | lx.NON_SPEAKERS | {"you", "your", "i", "she", "her", "he", "him", "his"})


#: Words that end an affiliation naming someone's organisation: "Clinton campaign", "Trump team".
_ORG_SUFFIXES: Final = frozenset({"campaign", "team", "camp", "administration", "staff", "office", "presidential",
                                  "reelection", "re-election", "aides"})


#: Words that end a speaker's name that speaks for someone else: "Lopez's campaign", "the Hale team",
#: "Ortiz's lawyer" speak for Lopez, Hale and Ortiz.
_SPEAKS_FOR: Final = _ORG_SUFFIXES | frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople",
                                                "lawyer", "lawyers", "attorney", "attorneys", "aide",
                                                "allies", "surrogates", "advisers", "advisors"})


#: Nouns that leave a country name standing for the state: "US officials", "the Iraqi government".
_STATE_NOUNS: Final = frozenset({"officials", "official", "government", "authorities", "administration", "state"})
_COUNTRY_ALIASES: Final = frozenset(a for aliases in lx.COUNTRY_ALIASES.values() for a in aliases)


def _names(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith("name:"))


def _countries(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith("country:"))


@dataclass(frozen=True, slots=True)
class Party:
    """The keys of one speaker: its names, its affiliation's names, the states either stands for,
    and the state it *is* (a speaker named by a country alone: "the US", "Washington")."""

    names: frozenset[str] = frozenset()
    affiliations: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    state: frozenset[str] = frozenset()
    organisation: frozenset[str] = frozenset()  # the affiliation's keys when it names one organisation
    pronouns: frozenset[str] = frozenset()  # the pronouns the text uses for the speaker ("she", "they")
    named: bool = False  # the text names it ("Hillary Clinton"), not only describes it ("the nominee")
    roles: frozenset[str] = frozenset()  # the head noun of its entity's role ("director"): rule ``role_named_party``

    @property
    def known(self) -> bool:
        return bool(self.names)

    @property
    def reach(self) -> frozenset[str]:
        """Every key a phrase naming this party may carry: "the claims made by the US" reaches a
        speaker affiliated with the Pentagon."""
        return self.names | self.affiliations | self.countries

    def named_by(self, keys: frozenset[str]) -> bool:
        """True when a phrase with these keys names this party (or its organisation, or its state)."""
        return not keys.isdisjoint(self.reach)


NOBODY: Final = Party()


def _is_pronoun(text: str) -> bool:
    word = text.strip()
    return word.lower() in _PRONOUNS and not (word.isupper() and len(word) > 1)  # "US" is no "us"


#: Words that make a bare quantified group ("Some said", "both vowed", "many of his rivals", "Even
#: those"): it names nobody in particular and may hold the very speaker it would be linked with.
_QUANTIFIERS: Final = frozenset({"some", "both", "many", "most", "all", "several", "few", "others", "another",
                                 "one", "those", "these", "each", "either", "neither", "none", "anyone",
                                 "anybody", "everyone", "everybody", "someone", "somebody", "nobody"})
_QUANTIFIER_LEADS: Final = frozenset({"even", "almost", "nearly", "not"})


#: Words of a share of a group, as written (lower case: not "Third Way"): "less than a third", "a majority of".
_SHARES: Final = frozenset({"half", "third", "thirds", "quarter", "quarters", "majority", "minority", "plurality",
                            "percent", "fraction"})


def _is_quantified(text: str) -> bool:
    """A mention that is a bare quantified group, not a name: "Some", "both", "some of his rivals", a share
    of a group ("Less than a third", "a majority of voters", and the "survey respondents" it is named) (not
    a group the words describe, "several economists", nor a name that opens with such a word, "One
    Nation")."""
    words = text.split()
    if any(w in _SHARES for w in words) or any(w.endswith("%") for w in words):
        return True  # a share of a poll's respondents: "Less than a third", "62 percent of voters"
    if text.strip().lower() in lx.RESPONDENT_NAMES:
        return True  # the name the speakers stage gives such a share ("survey respondents": share_respondents)
    while words and words[0].lower() in _QUANTIFIER_LEADS:
        words = words[1:]
    return bool(words) and words[0].lower() in _QUANTIFIERS and (len(words) == 1 or words[1] == "of")


#: word endings of a singular common noun that looks plural ("the press", "the bus", "the thesis")
_SINGULAR_ENDINGS: Final = ("ss", "us", "is")


def _is_plural(text: str) -> bool:
    """A mention of more than one: a coordination ("she and another reporter", "Lee and Ortiz") or a
    plural common noun ("two reporters", "the senator's lawyers"; not a name, "Sanders")."""
    words = text.split()
    if "and" in words[1:-1]:
        return True
    last = words[-1] if words else ""
    return last.islower() and last.isalpha() and last.endswith("s") and not last.endswith(_SINGULAR_ENDINGS)


def _plural(speaker: Mapping[str, Any] | None, texts: Sequence[str]) -> bool:
    """Whether a party is more than one: the speakers stage's ``plural`` of its entity (a coordination or
    a plural head, read on the parse), or the words of one of its mentions (:func:`_is_plural`: a
    mention the speakers stage merged into a one-person entity, "she and another reporter", still
    speaks for more than one; a bare mention or a record written before the field has only these)."""
    return bool(speaker and speaker.get("plural")) or any(_is_plural(t) for t in texts)


def party_of(speaker: Mapping[str, Any] | None, mention: str | None, text: str) -> Party:
    """The party of a claim: its speaker entity (name, non-pronoun mentions, affiliation), else the
    claim's speaker mention; :data:`NOBODY` when neither is known. Rule ``counted_group_nobody`` (issue 15's
    speakers57 round): an entity every mention of which is a bare quantified group ("Several", "both") is nobody,
    whatever name the speakers stage gave it for the group it counts ("several local farmers":
    ``elided_count_noun``): it may hold the very speaker it would be linked with.

    Args:
        speaker: the speaker entity (``id``, ``name``, ``kind``, ``role``, ``affiliation``,
            ``mentions``, ``plural``), or None.
        mention: the text of the claim's own speaker mention, or None.
        text: the document text the mentions index.
    """
    texts: list[str] = []
    affiliation = None
    if speaker:
        own = [text[s:e] for s, e in _spans(speaker.get("mentions"))]
        if own and all(_is_quantified(t) for t in own):
            return NOBODY  # counted_group_nobody: "Several said", named "several local farmers", is still a count
        texts.append(str(speaker.get("name") or ""))
        texts += own
        affiliation = speaker.get("affiliation")
    elif mention:
        texts.append(mention)
    texts = list(dict.fromkeys(texts))  # a mention said ten times is read once (the first stays first)
    pronouns = frozenset(t.strip().lower() for t in texts if t and _is_pronoun(t))
    texts = [t for t in texts if t and not _is_pronoun(t) and not _is_quantified(t)]
    if not texts:
        return NOBODY
    if _plural(speaker, texts):  # "she and another reporter said ... disputed *their* account"
        pronouns |= {"they"}
    names, countries = zip(*map(_mention_keys, texts), strict=True)
    aff = actor_keys(_affiliation_forms(affiliation)) if affiliation else frozenset()
    state = _countries(actor_keys(texts[:1])) if _is_state_name(texts[0]) else frozenset()
    organisation = _names(aff) if affiliation and _is_organisation(affiliation) else frozenset()
    return Party(frozenset().union(*names), _names(aff), frozenset().union(*countries, _countries(aff)), state,
                 organisation, pronouns, roles=role_heads(speaker.get("role") if speaker else None))


#: role nouns too general to name one person of an article by "the" alone ("the man", "the official")
_GENERAL_ROLES: Final = frozenset({"man", "person", "people", "member", "members", "official", "officials",
                                   "police", "friend", "campaign", "democrat", "republican", "source", "voter",
                                   "supporter", "critic", "expert", "analyst", "observer", "resident"})


def _role_head(words: Sequence[str]) -> str | None:
    """The role noun that ends a phrase of lower-case words ("executive director" -> "director"), if it is a
    specific one (:data:`claimex.lexicons.ROLE_NOUNS`, not :data:`_GENERAL_ROLES`)."""
    if not words or not all(w.isalpha() and w.islower() for w in words):
        return None
    head = words[-1]
    return head if head in lx.ROLE_NOUNS and head not in _GENERAL_ROLES else None


def role_heads(role: Any) -> frozenset[str]:
    """The role noun a speaker entity's ``role`` ends with ("Executive Director" -> director), for rule
    ``role_named_party``; empty for no role or a general one ("official", "supporter")."""
    if not isinstance(role, str):
        return frozenset()
    head = _role_head(role.lower().split())
    return frozenset({head}) if head else frozenset()


def _after_the(name: str, phrase: str) -> bool:
    """Whether ``phrase`` (lower case) holds "the NAME" as whole words (a possessive "the director's" too: the
    apostrophe ends the word): a plain scan, so that no pattern is built at run time."""
    needle = "the " + name
    at = phrase.find(needle)
    while at != -1:
        end = at + len(needle)
        if (at == 0 or not _word_char(phrase[at - 1])) and (end == len(phrase) or not _word_char(phrase[end])):
            return True
        at = phrase.find(needle, at + 1)
    return False


def _word_char(char: str) -> bool:
    """A character of ``\\w``: a letter, a digit or an underscore."""
    return char.isalnum() or char == "_"


def role_reference(keys: frozenset[str], phrase: str) -> str | None:
    """Rule ``role_named_party``: the role noun of a reference that names its party by a definite role alone
    ("rejected *the director's* account", "*the governor* is wrong": keys ``name:director``), else None: a
    reference that holds a name, an indefinite or plural one ("a director", "the directors", "the plan of a
    director") or a general role (:data:`_GENERAL_ROLES`)."""
    names = sorted(k[len("name:"):] for k in _names(keys))
    if len(names) != 1 or not _after_the(names[0], phrase.lower()):
        return None  # the role itself after "the": not "the policy of *a director*"
    role = names[0].split()
    return _role_head(role) if len(role) <= 3 else None


@functools.lru_cache(maxsize=16_384)
def _mention_keys(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The name keys and the country keys a name or mention gives its party: its own, its surname's and
    those of whom it speaks for ("Lopez's campaign": Lopez), and the name a handle spells (:func:`handle_keys`).
    A function of the text alone; names recur, within and across documents: cached, as
    :func:`~claimex.names.actor_keys` caches each text's keys."""
    texts = [text]
    keys = (actor_keys(texts) | actor_keys(_surnames(texts)) | actor_keys(_principals(texts))
            | frozenset().union(*map(handle_keys, text.split())))
    return _names(keys), _countries(keys)


#: a social-media handle: "@" and a word of letters, digits and underscores that opens with a letter
_HANDLE: Final = re.compile(r"@([A-Za-z][A-Za-z0-9_]*)")
#: the parts of a handle: "realTomHale" -> real, Tom, Hale; "GovernorNM" -> Governor, NM
_HANDLE_PART: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


@functools.lru_cache(maxsize=4_096)
def handle_keys(word: str) -> frozenset[str]:
    """Rule ``handle_name`` (issue 13's links55 round): a handle names the person whose name it spells, split at
    its underscores and where a lower-case letter meets a capital: the name keys of those words and of the last
    one, as a surname ("@AnaRuiz" -> "ana ruiz", "ruiz"; "@tom_hale" -> "tom hale", "hale";
    "@realTomHale" -> "hale"). The last word is no surname when it is short or all capitals ("@GovernorNM",
    "@HaleTV"), a figure, or the only word ("@tomhale", "@MAYOR": only the handle's own key). Empty for a word
    that is no handle."""
    found = _HANDLE.fullmatch(word.strip(".,:;!?\"'“”‘’()"))
    if found is None:
        return frozenset()
    parts = [p for chunk in found.group(1).split("_") for p in _HANDLE_PART.findall(chunk)]
    keys = actor_keys([" ".join(parts)])
    last = parts[-1] if parts else ""
    if len(parts) > 1 and len(last) >= 3 and last.isalpha() and not last.isupper():
        keys |= actor_keys([last])
    return _names(keys)


def _surnames(texts: Sequence[str]) -> list[str]:
    """The last word of capitalised names of two or more words, a generational suffix aside
    (:func:`claimex.names.without_suffixes`): "Senator Warren" -> "Warren", "Joseph R. Biden Jr." -> "Biden"."""
    out = []
    for text in texts:
        words = text.replace("’s", "").replace("'s", "").split()
        if len(words) < 2:
            continue
        words = without_suffixes(words)
        if words[-1][:1].isupper() and words[-1].isalpha():
            out.append(words[-1])
    return out


def _owner_words(text: str, suffixes: frozenset[str]) -> tuple[list[str], bool]:
    """The words of a name without its possessives and without the words of ``suffixes`` that end it
    ("Sanders' presidential campaign" -> "Sanders"), and whether any ended it."""
    words = text.replace("’s", "").replace("'s", "").replace("’", "").split()
    whole = len(words)
    while words and words[-1].lower() in suffixes:
        words = words[:-1]
    return words, len(words) < whole


def _principals(texts: Sequence[str]) -> list[str]:
    """Whom a name that speaks for someone names: "Lopez's campaign" -> "Lopez", "the Hale
    campaign" -> "Hale" (a capitalised name before a word of :data:`_SPEAKS_FOR`)."""
    out = []
    for text in texts:
        owner, speaks_for = _owner_words(text, _SPEAKS_FOR)
        if owner and owner[0].lower() == "the":
            owner = owner[1:]
        if speaks_for and owner and all(w[:1].isupper() for w in owner):
            out.append(" ".join(owner))
    return out


def _affiliation_forms(affiliation: str) -> list[str]:
    """An affiliation, and the name it is the organisation of: "Clinton campaign" -> "Clinton",
    "Sanders' presidential campaign" -> "Sanders"."""
    words, _ = _owner_words(affiliation, _ORG_SUFFIXES)
    return [affiliation, " ".join(words)] if words else [affiliation]


def _is_organisation(affiliation: str) -> bool:
    """An affiliation that names one organisation, whose members speak for one side: a government body
    ("Pentagon", "FBI", "White House"), an acronym ("DNC"), or a name with an organisation noun
    ("Clinton campaign", "Iranian foreign ministry"). Not a party label, a place or a bare noun
    ("Republican", "Florida", "House", "campaign"): their members may well dispute each other."""
    words = affiliation.split()
    if any(w.isupper() and len(w) >= 2 for w in words):
        return True
    keys = actor_keys([affiliation])
    if _countries(keys) and not _is_state_name(affiliation):
        return True  # a government body or a state organ
    return len(words) >= 2 and words[-1].lower() in lx.ORG_NOUNS | _ORG_SUFFIXES


def _spans(value: Any) -> Sequence[tuple[int, int]]:
    if not isinstance(value, list | tuple):
        return ()
    return [(int(s), int(e)) for s, e in value if isinstance(s, int) and isinstance(e, int)]


def _is_state_name(name: str) -> bool:
    """A name that is a country alias, possibly with generic government nouns: "the US", "Iran",
    "US officials", "the Iraqi government" (but not "the Pentagon" or "Iraqi military")."""
    words = [w for w in name.lower().split() if w not in ("the", "a", "an")]
    rest = " ".join(w for w in words if w not in _STATE_NOUNS)
    return rest in _COUNTRY_ALIASES


#: a possessive -> the pronouns of a speaker it may stand for
_PRONOUN_SETS: Final[Mapping[str, frozenset[str]]] = {
    "her": frozenset({"she", "her", "hers"}), "his": frozenset({"he", "him", "his"}),
    "their": frozenset({"they", "them", "their"}), "its": frozenset({"it", "its"}),
}


def fits_pronoun(party: Party, possessive: str | None) -> bool:
    """Whether "her claim" may be ``party``'s: the text refers to it with a fitting pronoun."""
    if possessive is None:
        return True
    return not _PRONOUN_SETS.get(possessive, frozenset()).isdisjoint(party.pronouns)


def same_side(a: Party, b: Party) -> bool:
    """Never linked: one speaker under two entities (a shared name), an organisation and its own
    spokesperson or members (a name of one is the other's affiliation), two members of one
    organisation, or a state and one of its bodies or officials ("the US" and the Pentagon spokesman).
    """
    if not a.known or not b.known:
        return False
    if not a.names.isdisjoint(b.names):
        return True
    if not a.names.isdisjoint(b.affiliations) or not b.names.isdisjoint(a.affiliations):
        return True
    if not a.organisation.isdisjoint(b.organisation):
        return True
    return bool(a.state & b.countries) or bool(b.state & a.countries)
