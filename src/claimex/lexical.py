"""Synonyms, antonyms, derivational links and kinds of nouns from WordNet 3.0, shipped as a compact table.

The table (``claimex/resources/wordnet.v2.json.gz``, about 1.7 MB) is built from Princeton WordNet 3.0
by ``scripts/build_wordnet_table.py`` and loaded once, on first use, into an immutable
:class:`WordNetTable`. Nothing is read from WordNet itself or downloaded at run time.

For each noun, verb and adjective lemma the table keeps only its **first three senses** (WordNet
orders a lemma's synsets by tagged frequency). Two lemmas are synonyms when they share one of these
kept synsets, so "synonym" means a shared frequent sense: "buy" ~ "purchase", "reject" ~ "turn down",
"arrest" ~ "nab". Antonyms are WordNet's lemma antonyms of those senses ("alive" / "dead",
"accept" / "reject", "buy" / "sell"); a satellite adjective also takes the antonyms of its head
("phony" / "genuine"). Derivational links join a verb or adjective to the nouns of its event or state, across
parts of speech ("die" ~ "death", "marry" ~ "wedding", "deny" ~ "denial").

Nouns have a kind, read from WordNet's lexicographer files (its supersenses) of their first three
senses: a **person** noun has a sense in ``noun.person`` among them ("senator", "spokeswoman",
"official", "critic"); a **group** noun has its first sense in ``noun.group`` and none in
``noun.person`` ("crowd", "committee", "audience"); any other noun WordNet knows is a **thing**
("debate", "email", "rally", "percent"). A word WordNet does not know as a one-word noun has no kind.

Lemmas are lower-case, and multi-word lemmas have spaces ("turn down"). Parts of speech may be given
as WordNet letters (``"n"``, ``"v"``, ``"a"``, ``"s"``) or spaCy tags (``"NOUN"``, ``"PROPN"``,
``"VERB"``, ``"AUX"``, ``"ADJ"``); any other part of speech has no entry.

WordNet 3.0 Copyright 2006 by Princeton University; its licence is in
``claimex/resources/WORDNET-LICENSE``.

Example:
    >>> from claimex import lexical
    >>> "purchase" in lexical.synonyms("buy", "VERB")
    True
    >>> lexical.antonyms("alive", "ADJ") >= {"dead"}
    True
    >>> lexical.similar("marry", "wedding")
    True
    >>> lexical.noun_kind("spokeswoman"), lexical.noun_kind("crowd"), lexical.noun_kind("debate")
    ('person', 'group', 'thing')
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any, Final, Literal

from .errors import ClaimexError

#: The packaged table's file name, in ``claimex/resources``.
TABLE_FILE: Final = "wordnet.v2.json.gz"
#: The table format this module reads.
TABLE_FORMAT: Final = "claimex.wordnet.v2"
#: WordNet letters of the table's parts of speech.
WORDNET_POS: Final[tuple[str, ...]] = ("n", "v", "a")
#: spaCy coarse tags and WordNet letters -> the table's letter.
POS_LETTER: Final[Mapping[str, str]] = MappingProxyType({
    "n": "n", "v": "v", "a": "a", "s": "a",
    "NOUN": "n", "PROPN": "n", "VERB": "v", "AUX": "v", "ADJ": "a",
})
#: What a noun names (:func:`noun_kind`).
NounKind = Literal["person", "group", "thing"]


class LexicalResourceError(ClaimexError):
    """The packaged WordNet table is missing or unreadable: reinstall claimex."""


@dataclass(frozen=True, slots=True)
class WordNetTable:
    """The WordNet table, read-only.

    Attributes:
        groups: per part-of-speech letter, lemma -> ids of its kept synsets (synonym groups).
        members: synonym group id -> its lemmas.
        antonym_map: per part-of-speech letter, lemma -> its antonyms.
        derived_map: lemma -> lemmas derivationally related to it, any part of speech.
        senses_per_lemma: how many senses per lemma were kept (3).
        noun_files: one-word noun lemma -> WordNet's lexicographer files of its first senses, in sense
            order without repeats and without the ``noun.`` prefix ("source" -> location,
            communication, cognition).
    """

    groups: Mapping[str, Mapping[str, tuple[int, ...]]]
    members: Mapping[int, tuple[str, ...]]
    antonym_map: Mapping[str, Mapping[str, frozenset[str]]]
    derived_map: Mapping[str, frozenset[str]]
    senses_per_lemma: int
    noun_files: Mapping[str, tuple[str, ...]]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WordNetTable:
        """Build the table from the JSON of ``scripts/build_wordnet_table.py``."""
        if data.get("format") != TABLE_FORMAT:
            raise LexicalResourceError(
                f"not a {TABLE_FORMAT} table (format {data.get('format')!r}); rebuild it with "
                "scripts/build_wordnet_table.py, or reinstall claimex")
        groups: dict[str, Mapping[str, tuple[int, ...]]] = {}
        members: dict[int, list[str]] = {}
        for pos in WORDNET_POS:
            by_lemma = {lemma: tuple(ids) for lemma, ids in data["groups"][pos].items()}
            for lemma, ids in by_lemma.items():
                for i in ids:
                    members.setdefault(i, []).append(lemma)
            groups[pos] = MappingProxyType(by_lemma)
        antonyms = {
            pos: MappingProxyType({k: frozenset(v) for k, v in data["antonyms"][pos].items()})
            for pos in WORDNET_POS
        }
        return cls(
            groups=MappingProxyType(groups),
            members=MappingProxyType({i: tuple(m) for i, m in members.items()}),
            antonym_map=MappingProxyType(antonyms),
            derived_map=MappingProxyType({k: frozenset(v) for k, v in data["derived"].items()}),
            senses_per_lemma=int(data["senses_per_lemma"]),
            noun_files=MappingProxyType({lemma: files for key, lemmas in data["noun_senses"].items()
                                         for files in (tuple(key.split()),) for lemma in lemmas}),
        )


@functools.cache
def wordnet_table() -> WordNetTable:
    """The packaged table, read on the first call and shared after it (it is immutable)."""
    try:
        raw = resources.files("claimex").joinpath("resources").joinpath(TABLE_FILE).read_bytes()
        data = json.loads(gzip.decompress(raw))
    except (OSError, ValueError) as err:
        raise LexicalResourceError(
            f"cannot read claimex/resources/{TABLE_FILE} ({err}); reinstall claimex, or rebuild the "
            "table with scripts/build_wordnet_table.py"
        ) from err
    return WordNetTable.from_dict(data)


def _letters(pos: str | None) -> tuple[str, ...]:
    if pos is None:
        return WORDNET_POS
    letter = POS_LETTER.get(pos)
    return (letter,) if letter else ()


def _key(lemma: str) -> str:
    return lemma.strip().lower().replace("_", " ")


def groups(lemma: str, pos: str | None = None) -> frozenset[int]:
    """Ids of the synonym groups (kept WordNet synsets) of ``lemma``; all parts of speech when
    ``pos`` is None. Two lemmas are synonyms when their groups intersect.

    Args:
        lemma: a lemma ("purchase", "turn down"); case is ignored.
        pos: a WordNet letter or spaCy tag, or None.

    Returns:
        The group ids; empty for a lemma with no synonym in the table.
    """
    table = wordnet_table()
    key = _key(lemma)
    return frozenset(i for p in _letters(pos) for i in table.groups[p].get(key, ()))


def synonyms(lemma: str, pos: str | None = None) -> frozenset[str]:
    """The lemmas sharing one of ``lemma``'s first senses (the lemma itself excluded).

    Example: ``synonyms("reject", "VERB")`` holds "refuse" and "turn down".
    """
    table = wordnet_table()
    key = _key(lemma)
    found = {m for i in groups(key, pos) for m in table.members[i]}
    found.discard(key)
    return frozenset(found)


def antonyms(lemma: str, pos: str | None = None) -> frozenset[str]:
    """WordNet's antonyms of ``lemma``'s first senses: ``antonyms("alive", "ADJ")`` holds "dead"."""
    table = wordnet_table()
    key = _key(lemma)
    return frozenset(a for p in _letters(pos) for a in table.antonym_map[p].get(key, ()))


def derived(lemma: str) -> frozenset[str]:
    """Lemmas derivationally related to ``lemma`` in any part of speech: "die" -> "death"."""
    return wordnet_table().derived_map.get(_key(lemma), frozenset())


def noun_senses(lemma: str) -> tuple[str, ...]:
    """WordNet's lexicographer files (supersenses) of a one-word noun's frequent senses among its first
    three, in sense order, without repeats and without the ``noun.`` prefix (see
    ``scripts/build_wordnet_table.py``): ``noun_senses("founder")`` is ("state", "person"),
    ``noun_senses("president")`` ("person",); () for a word WordNet does not know as a noun."""
    return wordnet_table().noun_files.get(_key(lemma), ())


def noun_kind(lemma: str) -> NounKind | None:
    """What a common noun names, by its first senses in WordNet: "person" when one of them is a person
    ("senator", "official", "critic"), "group" when the first is a group and none a person ("crowd",
    "committee"), else "thing" ("debate", "email", "percent"); None for a word WordNet does not know as
    a one-word noun ("frontrunner")."""
    files = noun_senses(lemma)
    if not files:
        return None
    if "person" in files:
        return "person"
    return "group" if files[0] == "group" else "thing"


def similar(a: str, b: str, pos: str | None = None) -> bool:
    """Whether two lemmas say the same thing: equal, synonyms (a shared synset among their first
    senses), or joined by a derivational link ("arrest" ~ "nab", "marry" ~ "wedding").

    Args:
        a: a lemma.
        b: another lemma.
        pos: restrict the synonym test to one part of speech (derivational links cross parts of
            speech and are always tried).
    """
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    if groups(ka, pos) & groups(kb, pos):
        return True
    return kb in derived(ka) or ka in derived(kb)


def opposite(a: str, b: str, pos: str | None = None) -> bool:
    """Whether WordNet lists ``b`` as an antonym of ``a`` (or ``a`` of ``b``): "win" / "lose"."""
    ka, kb = _key(a), _key(b)
    return kb in antonyms(ka, pos) or ka in antonyms(kb, pos)


# --------------------------------------------------------------------------------------------------
# Stance words for claim / headline pairs (``claimex.relate``).
#
# Lemmas, lower-case. Sources: the refuting and hedging word lists of Ferreira & Vlachos (2016,
# "Emergent: a novel data-set for stance classification", NAACL), also the FNC-1 baseline's (Riedel
# et al. 2017); the hedge cues of the CoNLL-2010 shared task (Farkas et al. 2010); reporting verbs of
# non-endorsement (Bergler 1992; Saurí & Pustejovsky 2009, FactBank's source introducing predicates).
# The lists are split by what the words do, so that each is its own named evidence kind with its own
# fitted weight. A word is in one list only, except that a noun list and a verb list may share a
# lemma ("claim" the noun is a rumour noun, the verb a claim verb); tests/test_relate.py checks.
# Some words no headline of Emergent's train split uses are listed for headlines about other claims
# ("fictitious", "concocted", "misattributed", "unsubstantiated", "uncorroborated", "hearsay"): they
# leave the fitted weights as they are (the refit on train is identical). "sham" is left out: a noun's
# "-ing" is stripped to find a verb the tagger took for a noun, and "Shaming" would read as "sham".

#: Verbs and nouns of denying or debunking a claim: "police deny", "the report was retracted".
DENIAL_WORDS: Final[tuple[str, ...]] = (
    "deny", "denial", "refute", "refutation", "debunk", "disprove", "dispel", "retract", "retraction",
    "rebut", "rebuttal", "disavow", "rebuff",
)
#: Verbs of rejecting, which deny a claim when their object is one ("dismissed the report") but also
#: take offers and plans ("rejected the offer"): their own evidence kind.
REJECTION_WORDS: Final[tuple[str, ...]] = (
    "dismiss", "reject", "dispute", "contradict", "discredit", "correct", "correction", "clarify",
    "clarification", "quash", "squash", "slam",
)
#: Words that call a claim false or made up: "hoax", "fake", "satire", "made up".
FALSITY_WORDS: Final[tuple[str, ...]] = (
    "fake", "faked", "false", "falsely", "hoax", "hoaxer", "fraud", "fraudulent", "bogus", "untrue",
    "baseless", "unfounded", "groundless", "fabricate", "fabricated", "fabrication", "myth", "prank",
    "satire", "satirical", "spoof", "parody", "lie", "liar", "phony", "phoney", "doctored", "staged",
    "scam", "misleading", "nonsense", "rubbish", "bullshit", "exaggerate", "exaggerated", "overblown",
    "invent", "invented", "made-up", "photoshop", "photoshopped", "rumor-mill", "urban legend",
    "debunked", "misinformation", "disinformation", "mistaken", "erroneous", "wrong", "incorrect",
    "inaccurate", "troll", "trick", "dupe", "fool", "hoodwink", "deceive", "fictitious",
    "concoct", "concocted", "falsehood", "falsify", "falsified", "forgery", "misreport", "misreported",
    "misattribute", "misattributed", "impostor", "imposter",
)
#: Words that set the record straight: "is actually fine", "the truth about".
CORRECTION_WORDS: Final[tuple[str, ...]] = ("actually", "truth", "reality", "really")
#: Idioms of debunking, as lemma sequences: "rumour put to rest", "shoots down claim", "made it up".
DEBUNKING_PHRASES: Final[tuple[str, ...]] = (
    "put to rest", "shoot down", "make up", "set the record straight", "turn out", "not true",
    "not real", "no evidence", "cast doubt", "too good to be true", "not what it seem", "rule out",
)
#: Words of doubt about a claim: "doubts raised over ...", "unlikely".
DOUBT_WORDS: Final[tuple[str, ...]] = (
    "doubt", "doubtful", "dubious", "skeptical", "sceptical", "skepticism", "scepticism", "unlikely",
    "unproven", "questionable", "implausible", "suspicious", "question", "unsubstantiated",
)
#: Adverbs and adjectives that report without endorsing (CoNLL-2010 and Ferreira & Vlachos).
HEDGE_WORDS: Final[tuple[str, ...]] = (
    "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly", "perhaps",
    "probably", "presumably", "seemingly", "ostensibly", "likely", "unconfirmed", "alleged",
    "purported", "rumoured", "rumored", "maybe", "evidently", "potentially", "possible",
    "speculative", "unverified", "unclear", "appear", "seem", "apparent", "uncorroborated", "unsourced",
)
#: Modal auxiliaries of possibility.
HEDGE_MODALS: Final[tuple[str, ...]] = ("may", "might", "could")
#: Nouns that present a claim as second-hand: "reports say", "a rumour", "sources", "analyst".
RUMOUR_NOUNS: Final[tuple[str, ...]] = (
    "rumor", "rumour", "report", "claim", "allegation", "source", "insider", "gossip", "whisper",
    "speculation", "tip", "analyst", "tipster", "leak", "hearsay", "conjecture",
)
#: Nouns of what a statement says, which a rejection word may take for its object: "disputes the
#: toll", "rejected that account".
PROPOSITION_NOUNS: Final[tuple[str, ...]] = (
    "account", "version", "statement", "assertion", "figure", "toll", "tally", "count", "estimate",
    "number", "story", "narrative", "characterization", "characterisation", "description", "finding",
    "conclusion", "accusation", "charge", "suggestion", "notion", "idea", "premise", "interpretation",
)
#: Reporting verbs that do not endorse what they report: "X claims", "Y suggests".
CLAIM_VERBS: Final[tuple[str, ...]] = (
    "claim", "allege", "suggest", "speculate", "believe", "think", "suspect", "insist", "purport",
    "contend", "assert", "hint", "theorize", "theorise", "fear", "hope", "rumor", "rumour", "accuse", "boast",
)
#: Verbs by which a source gives its view, estimate or worry, as the main verb of a headline with its own
#: subject: "Citi *sees* the watch at 550", "Bank *pegs* the price at 499", "Shoppers *worry* ...". The text
#: reports someone's view without endorsing it (relate's ``source_view``). Not the verbs of ``CLAIM_VERBS``
#: and ``SAY_VERBS``, which relate reads anywhere, nor verbs of speech ("warn", "urge", "argue",
#: "complain"): "Charities warn the cuts will harm the poor" is a statement, which may support another.
VIEW_VERBS: Final[tuple[str, ...]] = (
    "see", "peg", "predict", "forecast", "estimate", "project", "expect", "worry", "guess", "bet", "reckon",
)
#: Verbs that report what others say when passive before an infinitive: "said to", "believed to".
PASSIVE_REPORT_VERBS: Final[tuple[str, ...]] = (
    "say", "report", "believe", "think", "rumour", "rumor", "understand", "suspect", "allege", "claim",
    "tip", "eye", "fear", "know", "consider", "expect", "see", "tout",
)
#: Neutral reporting verbs: "X says", "Y reports", "Z tells".
SAY_VERBS: Final[tuple[str, ...]] = ("say", "tell", "report", "write", "tweet", "announce")
#: Words that name someone a suspect or a matter under inquiry, which a headline uses to report an
#: accusation without endorsing it: "key suspect in", "suspected of", "probe into", "under
#: investigation". "suspect" counts only before "in", "of" or "for" (not "Shooting Suspect Dead"), and
#: "investigation" only after "under".
SUSPICION_WORDS: Final[tuple[str, ...]] = ("suspected", "suspect", "suspects", "probe", "probed", "probes",
                                           "probing", "investigation")
#: Verbs and nouns of prediction, plan and attempt: "analysts predict", "expected to", "in talks to".
PREDICTION_WORDS: Final[tuple[str, ...]] = (
    "predict", "forecast", "expect", "estimate", "project", "anticipate", "plan", "consider",
    "mull", "eye", "weigh", "poise", "try", "seek", "aim", "intend", "talk", "negotiate", "explore",
    "prepare", "prognosticate", "want", "tipped",
)
#: Auxiliaries and phrases of the future: a claim about what will happen.
FUTURE_WORDS: Final[tuple[str, ...]] = ("will", "shall", "gonna", "going to", "set to", "about to")
#: Words that confirm a claim: "police confirm", "video shows", "officially".
CONFIRMATION_WORDS: Final[tuple[str, ...]] = (
    "confirm", "confirmation", "verify", "corroborate", "prove", "proof", "officially",
    "admit", "acknowledge", "indeed", "genuine", "authentic",
)
#: Words of being real or the case, which a negator turns into a denial of the claim as a whole:
#: "the video is not real", "the panel isn't a thing", "that never happened", "not the case".
REALITY_WORDS: Final[tuple[str, ...]] = (
    "real", "true", "thing", "genuine", "authentic", "legit", "legitimate", "exist", "happen", "case",
    "accurate",
)
#: Adverbs that may stand before an elliptical negative answer: "Probably not", "Definitely not".
ANSWER_ADVERBS: Final[tuple[str, ...]] = (
    "probably", "definitely", "certainly", "almost", "surely", "absolutely", "apparently", "likely",
    "actually", "sadly", "alas", "nope",
)
#: Concessive prepositions: "alive despite reports of her death", "contrary to rumours".
CONCESSIVE_WORDS: Final[tuple[str, ...]] = ("despite", "notwithstanding", "in spite of", "contrary to")
#: A person's state that contradicts harm done to them: "she is safe" against "she was captured",
#: "alive" against "killed" (WordNet lists alive / dead, but not alive / kill nor safe / kidnap).
SAFE_STATES: Final[tuple[str, ...]] = (
    "alive", "safe", "unharmed", "unhurt", "fine", "okay", "ok", "free", "healthy", "secure", "well",
)
#: Harm that a safe state contradicts (lemmas: verbs, adjectives and nouns).
HARM_WORDS: Final[tuple[str, ...]] = (
    "kill", "dead", "die", "death", "murder", "behead", "execute", "execution", "assassinate", "slay",
    "capture", "kidnap", "abduct", "abduction", "hostage", "detain", "imprison", "jail", "missing",
    "injure", "wound", "shoot", "hurt", "captive", "seize",
)
#: Negators of a predicate or noun phrase.
NEGATORS: Final[tuple[str, ...]] = ("not", "n't", "never", "no", "nope", "none", "nothing", "neither", "nor")
#: The three-line rule of issue 13 (Ferreira & Vlachos 2016's refuting and hedging words, and reporting
#: verbs in the forms a headline uses), matched on the lower-case words of the text as written: a
#: refuting word -> disputes; else a hedging or reporting word or a question mark -> none; else supports.
#: ``relate`` reads its ``none`` answer as an evidence kind (``three_line_none``; its ``disputes`` answer,
#: as a kind, gained 0.005 on Emergent but took the weight of a negation in the claim, and lost 0.04
#: macro-F1 on benchmarks/relate_pairs.jsonl), and ``scripts/fit_relate_weights.py`` reports the whole
#: rule as the baseline.
THREE_LINE_REFUTING: Final[frozenset[str]] = frozenset({
    "fake", "fraud", "hoax", "false", "deny", "denies", "not", "despite", "nope", "doubt", "doubts",
    "bogus", "debunk", "pranks", "retract",
})
THREE_LINE_HEDGING: Final[frozenset[str]] = frozenset({
    "alleged", "allegedly", "apparently", "appear", "appears", "claim", "claims", "could", "evidently",
    "largely", "likely", "mainly", "may", "maybe", "might", "mostly", "perhaps", "presumably", "probably",
    "purported", "purportedly", "reported", "reportedly", "rumor", "rumour", "rumors", "rumours",
    "rumored", "rumoured", "says", "seem", "somewhat", "supposedly", "unconfirmed",
})
THREE_LINE_REPORTING: Final[frozenset[str]] = frozenset({
    "say", "says", "said", "claim", "claims", "claimed", "report", "reports", "reported", "according",
})
#: Words of the labels that open a headline before a colon ("BREAKING:", "WATCH:", "IT'S OFFICIAL:",
#: "Rumor check:", "Hoax alert:"): a label is not a source ("Senator: ...").
HEADLINE_LABELS: Final[frozenset[str]] = frozenset({
    "breaking", "urgent", "exclusive", "update", "updated", "watch", "see", "video", "photos", "photo",
    "pics", "live", "official", "shocking", "lol", "wow", "opinion", "analysis", "op-ed", "editorial",
    "rumor", "rumour", "check", "alert", "fact", "hoax", "fake", "debunked", "news",
})
