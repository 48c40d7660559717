"""Named, typed word lists and patterns. Every list a rule uses lives here, with a name and a version.

Lists are versioned through the spaCy registry (``claimex.reporting_cues.v1`` ...): a change in meaning
makes a ``.v2``; ``.v1`` stays as it was so saved pipelines keep behaving the same.

Sources: the reporting verbs of textacy (``textacy.constants``), the speech-act verb classes of
Wierzbicka (1987) "English speech act verbs", VerbNet classes 37 (communication) and 29.5 (conjecture),
and the attribution cues of PARC 3.0 / PolNeAR (Pareti 2016; Newell et al. 2018).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from spacy.util import registry

# --------------------------------------------------------------------------------------------------
# Speech acts. Each reporting cue has a default act; the claims stage refines it with the content.
ASSERT: Final = "assert"
DENY: Final = "deny"
CONDEMN: Final = "condemn"
THREATEN: Final = "threaten"
ACCUSE: Final = "accuse"
DEMAND: Final = "demand"
SUPPORT: Final = "support"
CONCEDE: Final = "concede"
QUESTION: Final = "question"
PREDICT: Final = "predict"
SPEECH_ACTS: Final[tuple[str, ...]] = (
    ASSERT, DENY, CONDEMN, THREATEN, ACCUSE, DEMAND, SUPPORT, CONCEDE, QUESTION, PREDICT,
)

_CUES_BY_ACT: Final[dict[str, tuple[str, ...]]] = {
    ASSERT: (
        "say", "tell", "add", "state", "note", "explain", "report", "announce", "claim", "insist",
        "argue", "maintain", "contend", "assert", "declare", "write", "tweet", "post", "reply",
        "respond", "answer", "recall", "remark", "comment", "observe", "mention", "confirm",
        "reveal", "disclose", "suggest", "indicate", "describe", "testify", "emphasize", "emphasise",
        "stress", "reiterate", "repeat", "affirm", "reaffirm", "conclude", "inform", "brief",
        "signal", "hint", "quip", "joke", "boast", "brag", "muse", "retort", "counter", "explain",
        "elaborate", "specify", "clarify", "acknowledge", "certify", "assure", "reassure", "swear",
        "proclaim", "profess", "allege", "contend", "recount", "relate", "narrate", "summarize",
        "summarise", "point", "show", "find", "determine", "conclude", "write", "blog", "text",
        "email", "cite", "quote", "lament", "complain", "whisper", "shout", "yell", "scream",
        "exclaim", "cry", "mutter", "murmur", "sigh", "laugh", "chuckle", "smile", "grumble",
        "gush", "rave", "rant", "opine", "posit", "theorize", "theorise", "surmise", "speculate",
    ),
    DENY: ("deny", "dismiss", "reject", "refute", "dispute", "contradict", "rebut", "disavow", "debunk"),
    CONDEMN: (
        "condemn", "denounce", "criticize", "criticise", "decry", "slam", "blast", "deplore",
        "lambaste", "censure", "rebuke", "assail", "castigate", "berate", "chastise", "scold",
        "excoriate", "deride", "mock", "ridicule", "scorn",
    ),
    THREATEN: ("threaten", "vow", "warn", "pledge", "swear"),
    ACCUSE: ("accuse", "blame", "charge", "fault", "allege"),
    DEMAND: (
        "demand", "urge", "call", "request", "appeal", "order", "press", "implore", "plead",
        "beg", "instruct", "command", "direct", "advise", "recommend", "propose", "insist",
        "encourage", "invite", "petition",
    ),
    SUPPORT: (
        "praise", "welcome", "endorse", "applaud", "hail", "defend", "commend", "laud", "agree",
        "approve", "celebrate", "thank", "congratulate", "back", "support", "champion",
    ),
    CONCEDE: ("concede", "admit", "grant", "confess", "allow"),
    QUESTION: ("question", "ask", "wonder", "query", "doubt", "inquire", "enquire", "challenge"),
    PREDICT: ("predict", "forecast", "expect", "anticipate", "estimate", "project", "promise", "foresee"),
}

#: Cognitive and evidential cues: attributions of belief, knowledge and perception (PARC/PolNeAR count
#: them). Their default act is ``assert`` and the claim is hedged.
COGNITIVE_CUES: Final[frozenset[str]] = frozenset({
    "believe", "think", "feel", "know", "hope", "fear", "worry", "consider", "suspect", "assume",
    "understand", "realize", "realise", "learn", "hear", "decide", "recognize", "recognise", "figure",
    "guess", "imagine", "reckon", "presume", "suppose", "sense", "judge", "conclude", "bet", "trust",
    "see", "notice", "discover", "acknowledge", "predict", "expect", "want", "wish", "prefer",
    "agree", "argue", "note",
})

#: Verbs whose clausal complement is the content only when it is finite (a ``that``-clause or a quote):
#: "he saw that X" is an attribution, "he saw the game" is not.
NEEDS_FINITE_COMPLEMENT: Final[frozenset[str]] = frozenset({
    "see", "show", "find", "learn", "hear", "know", "want", "wish", "prefer", "decide", "point",
})

#: Cues whose infinitival complement ("threatened to retaliate") is the content.
INFINITIVAL_CUES: Final[frozenset[str]] = frozenset({
    "threaten", "vow", "pledge", "promise", "swear", "refuse", "decline", "offer", "agree", "urge",
    "ask", "tell", "order", "call", "warn", "advise", "encourage", "invite", "instruct", "beg",
    "implore", "press", "expect", "want", "hope", "demand", "propose", "plan", "intend", "appeal",
})

#: Cue verb -> prepositions whose object is the content: "called for calm", "accused X of Y".
PREPOSITIONAL_CUES: Final[Mapping[str, tuple[str, ...]]] = {
    "call": ("for", "on"),
    "accuse": ("of",),
    "blame": ("for",),
    "criticize": ("for",),
    "criticise": ("for",),
    "condemn": ("for",),
    "praise": ("for",),
    "warn": ("of", "against", "about"),
    "speak": ("of", "about"),
    "talk": ("about", "of"),
    "appeal": ("for",),
    "press": ("for",),
    "push": ("for",),
    "plead": ("for",),
    "argue": ("for", "against"),
    "complain": ("about", "of"),
    "insist": ("on",),
    "vow": (),
}

#: Verbs that are cues only with a particle: "point out", "go on", "lash out".
PHRASAL_CUES: Final[Mapping[str, str]] = {"point": "out", "spell": "out", "lay": "out", "fire": "back"}

#: Nouns that carry an attribution with a "that" clause or a colon: "his claim that ...".
NOMINAL_CUES: Final[frozenset[str]] = frozenset({
    "claim", "statement", "assertion", "belief", "view", "argument", "allegation", "warning",
    "promise", "suggestion", "announcement", "insistence", "message", "accusation", "charge",
    "contention", "assurance", "admission", "denial", "prediction", "pledge", "vow", "threat",
    "demand", "call", "comment", "remark", "explanation", "testimony", "estimate", "fear",
    "hope", "concern", "conclusion", "finding", "report", "assessment", "suspicion", "notion",
    "position", "stance", "opinion", "idea", "sense", "feeling", "impression", "conviction",
})


def _invert(by_act: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """lemma -> act; where a lemma is listed under several acts the first listed act wins."""
    out: dict[str, str] = {}
    for act, lemmas in by_act.items():
        for lemma in lemmas:
            out.setdefault(lemma, act)
    return out


#: lemma -> default speech act, for every speech cue.
REPORTING_CUES: Final[Mapping[str, str]] = _invert(_CUES_BY_ACT)

#: Cues that are speech in the narrow sense, for the "speech cue" breakdown of the evaluation.
SPEECH_CUES: Final[frozenset[str]] = frozenset(REPORTING_CUES)


@registry.misc("claimex.reporting_cues.v1")
def reporting_cues_v1() -> dict[str, str]:
    """The default cue lexicon: lemma -> speech act, speech and cognitive cues together."""
    cues = dict(REPORTING_CUES)
    for lemma in COGNITIVE_CUES:
        cues.setdefault(lemma, ASSERT)
    return cues


# --------------------------------------------------------------------------------------------------
# Quote marks. Opening mark -> closing marks it pairs with.
QUOTE_PAIRS: Final[Mapping[str, tuple[str, ...]]] = {
    '"': ('"', "”", "“"),
    "“": ("”", '"', "“"),
    "„": ("“", "”", '"'),
    "«": ("»",),
    "‹": ("›",),
    "‘": ("’", "'"),
    "‚": ("‘", "’"),
    "'": ("'", "’"),
}
DOUBLE_OPENERS: Final[frozenset[str]] = frozenset('"“„«')
SINGLE_OPENERS: Final[frozenset[str]] = frozenset("‘‚‹'")
CLOSERS: Final[frozenset[str]] = frozenset('"”“»›’\'‘')
QUOTE_CHARS: Final[str] = "\"“”„«»‹›‘’‚'"
#: Characters around a quote mark that make it an opening one ("... said: “Yes”").
OPEN_CONTEXT: Final[str] = " \t\n([{—–-:/"

# --------------------------------------------------------------------------------------------------
# Speakers: roles, titles, organisation nouns, gendered words.

#: Head nouns of a person described by a role: "a Pentagon spokesman", "US officials".
ROLE_NOUNS: Final[frozenset[str]] = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "official", "minister", "secretary", "president",
    "leader", "chairman", "chairwoman", "chair", "director", "chief", "commander", "general",
    "officer", "analyst", "expert", "lawmaker", "senator", "representative", "congressman",
    "congresswoman", "governor", "mayor", "ambassador", "envoy", "diplomat", "adviser", "advisor",
    "aide", "source", "witness", "resident", "activist", "lawyer", "attorney", "judge", "prosecutor",
    "economist", "researcher", "scientist", "professor", "doctor", "candidate", "campaign",
    "strategist", "consultant", "executive", "manager", "founder", "owner", "ceo", "head",
    "member", "politician", "legislator", "democrat", "republican", "voter", "supporter", "critic",
    "observer", "commentator", "journalist", "reporter", "editor", "columnist", "writer", "author",
    "monitor", "officials", "police", "policeman", "soldier", "militant", "fighter",
    "negotiator", "premier", "king", "queen", "prince", "pope", "cleric", "bishop", "imam",
    "speaker", "whip", "deputy", "staffer", "counsel", "historian", "pollster", "veteran",
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "friend",
    "neighbor", "neighbour", "woman", "man", "person", "people", "protester", "victim", "farmer",
    "worker", "student", "teacher", "nurse", "physician", "surgeon", "officeholder", "nominee",
})

#: Modifiers that belong to the role rather than the affiliation: "military spokesman".
ROLE_MODIFIERS: Final[frozenset[str]] = frozenset({
    "military", "senior", "deputy", "chief", "vice", "assistant", "acting", "former", "top",
    "press", "prime", "foreign", "defence", "defense", "interior", "finance", "health", "security",
    "army", "police", "government", "state", "federal", "local", "regional", "national", "general",
    "executive", "associate", "special", "political", "legal", "economic", "campaign", "white",
})

#: Head nouns of organisations and groups: "the group", "the ministry", "state media".
ORG_NOUNS: Final[frozenset[str]] = frozenset({
    "group", "alliance", "coalition", "organisation", "organization", "ministry", "department",
    "agency", "government", "administration", "media", "militia", "army", "military", "force",
    "forces", "party", "council", "committee", "commission", "company", "firm", "corporation",
    "bank", "court", "office", "embassy", "network", "campaign", "union", "association",
    "federation", "institute", "foundation", "observatory", "movement", "regime", "authority",
    "authorities", "board", "newspaper", "outlet", "channel", "station", "paper",
    "magazine", "website", "statement", "report", "study", "poll", "survey", "police",
    "senate", "house", "congress", "parliament", "cabinet", "white", "pentagon", "kremlin",
    "team", "club", "school", "university", "college", "hospital", "charity", "ngo", "watchdog",
    "lobby", "industry", "faction", "bloc", "wing", "caucus", "leadership", "state", "country",
    "nation", "city", "county", "province", "region", "district",
})

#: Titles before a name; stripped from the name and kept as ``title``.
TITLES: Final[frozenset[str]] = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "gen",
    "general", "maj", "major", "col", "colonel", "lt", "lieutenant", "capt", "captain", "cmdr",
    "commander", "adm", "admiral", "sgt", "sergeant", "cpl", "brig", "maj-gen", "lt-gen",
    "brig-gen", "president", "vice", "senator", "sen", "rep", "representative", "gov",
    "governor", "mayor", "judge", "justice", "minister", "secretary", "ambassador", "prince",
    "princess", "king", "queen", "sheikh", "ayatollah", "imam", "rev", "reverend", "father",
    "pope", "chancellor", "premier", "speaker", "chairman", "chairwoman", "chief", "prime",
    "deputy", "attorney", "sgt.", "gen.", "col.", "lt.", "dr.", "mr.", "mrs.", "ms.", "sen.",
    "rep.", "gov.", "prof.", "rev.", "st.", "hon", "honourable", "honorable",
})

MALE_WORDS: Final[frozenset[str]] = frozenset({
    "mr", "mr.", "he", "him", "his", "himself", "spokesman", "chairman", "congressman", "king",
    "prince", "sir", "lord", "father", "son", "brother", "husband", "man", "boy", "businessman",
    "policeman", "sheikh", "ayatollah", "pope", "uncle", "nephew", "grandfather",
})
FEMALE_WORDS: Final[frozenset[str]] = frozenset({
    "mrs", "mrs.", "ms", "ms.", "miss", "she", "her", "hers", "herself", "spokeswoman",
    "chairwoman", "congresswoman", "queen", "princess", "dame", "lady", "mother", "daughter",
    "sister", "wife", "woman", "girl", "businesswoman", "policewoman", "aunt", "niece",
    "grandmother",
})

#: A few hundred frequent forenames with a clear gender in English-language news. Unknown names are
#: compatible with any pronoun.
MALE_FORENAMES: Final[frozenset[str]] = frozenset({
    "aaron", "adam", "ahmed", "ahmad", "ali", "alan", "albert", "alex", "alexander", "alexei", "andrew",
    "andy", "anthony", "antonio", "barack", "ben", "benjamin", "bernie", "bill", "bob",
    "boris", "brad", "brian", "bruce", "carl", "carlos", "charles", "charlie", "chris", "christopher",
    "chuck", "colin", "craig", "dan", "daniel", "david", "dennis", "dick", "don", "donald", "doug",
    "douglas", "ed", "edward", "emmanuel", "eric", "frank", "fred", "gary", "george", "gordon", "greg",
    "gregory", "harry", "hassan", "henry", "hugh", "hussein", "ian", "ivan", "jack", "jacob", "james",
    "jamie", "jason", "jeb", "jeff", "jeffrey", "jeremy", "jerry", "jim", "jimmy", "joe", "joel",
    "john", "jon", "jonathan", "jose", "joseph", "josh", "juan", "justin", "keith", "ken", "kevin",
    "kim", "larry", "lee", "leon", "lindsey", "mahmoud", "marco", "mark", "martin", "matt", "matthew",
    "michael", "mike", "mitch", "mohammed", "mohammad", "muhammad", "nancy", "narendra", "nick",
    "nicolas", "olaf", "omar", "patrick", "paul", "peter", "phil", "philip", "ralph", "rand", "ray",
    "raymond", "reince", "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "rudy", "ryan",
    "sam", "samuel", "saeed", "scott", "sean", "sergei", "sergey", "stephen", "steve", "steven", "ted",
    "thomas", "tim", "timothy", "todd", "tom", "tony", "vladimir", "walter", "wayne", "william", "xi",
    "yehia", "yitzhak", "benny", "ehud", "rodrigo", "recep", "tayyip", "jair", "luis", "mario", "pedro",
    "ahmet", "mustafa", "abdullah", "khalid"
}) - {"nancy", "kim", "lee", "lindsey"}
FEMALE_FORENAMES: Final[frozenset[str]] = frozenset({
    "alexandria", "amy", "angela", "ann", "anna", "anne", "barbara", "betsy", "beth", "betty", "carly",
    "carol", "caroline", "catherine", "cheryl", "christine", "claire", "dana", "deborah", "debbie",
    "diane", "donna", "dianne", "elaine", "elizabeth", "ellen", "emily", "emma", "hillary", "helen",
    "ilhan", "jane", "janet", "jennifer", "jill", "joan", "joni", "judy", "julia", "julie", "karen",
    "kamala", "kate", "katherine", "kathleen", "kathy", "kelly", "kellyanne", "kirsten", "laura",
    "linda", "lisa", "liz", "lori", "maria", "marie", "marine", "martha", "mary", "maxine", "megan",
    "melania", "michelle", "nancy", "nikki", "patricia", "patty", "rachel", "rebecca", "ruth", "sandra",
    "sarah", "sharon", "stephanie", "susan", "suzanne", "tammy", "theresa", "tulsi", "ursula",
    "valerie", "victoria", "virginia", "wendy", "jacinda", "nicola", "priti"
})

#: Pronouns and what they can stand for.
PERSON_PRONOUNS: Final[Mapping[str, str]] = {
    "he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female",
}
NEUTER_PRONOUNS: Final[frozenset[str]] = frozenset({"it", "its"})
PLURAL_PRONOUNS: Final[frozenset[str]] = frozenset({"they", "them", "their"})
FIRST_PERSON: Final[frozenset[str]] = frozenset({"i", "we", "me", "us", "my", "our"})

#: Words that never start a speaker mention on their own (discourse words parsed as subjects).
NON_SPEAKERS: Final[frozenset[str]] = frozenset({
    "it", "this", "that", "which", "what", "who", "there", "here", "one", "some", "many", "others",
    "few", "all", "both", "each", "none", "nobody", "everyone", "everybody", "someone", "anyone",
})

#: Quoted spans shorter than this many words are only claims when a cue governs them (scare quotes,
#: nicknames and titles are not; CoreNLP issue 1251).
MIN_FLOATING_QUOTE_WORDS: Final = 4
