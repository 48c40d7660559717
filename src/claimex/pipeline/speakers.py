"""``claimex_speakers``: from local speaker mentions to speaker entities.

A transparent sieve, names before pronouns (BookNLP, citron):

1. every claim's mention is described: proper name, title, role, affiliation, kind, gender, number;
2. named mentions cluster by name: the same name, a surname of a full name ("Rasool" in
   "Yehia Rasool"), an acronym and its definition ("Popular Mobilisation Forces (PMF)" = "The PMF"),
   or a close spelling variant (rapidfuzz);
3. pronouns ("he", "It", "they") and definite descriptions ("the group", "the spokesman") take the
   most recent compatible speaker, preferring the speaker of the previous quote (agreement in
   gender, number and animacy: "it" is an organisation);
4. a quote with no cue ("floating") takes the speaker of the neighbouring quote when that quote is in
   the same or the previous paragraph.

Every speaker entity records all its mentions in the document, including those that are not
speakers of a claim (an ``ORG`` entity repeated later in the text).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Final, Literal

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import lexical, lexicons, syntax
from ..extensions import raw
from ..model import Claim, Speaker
from ..names import FORENAME_MATCH_RATIO  # noqa: F401  (re-exported: its home was here)
from ..names import forename_gender as _forename_gender
from ..names import forenames_agree as _forenames_agree
from ..names import name_key as _norm
from ..names import strip_article as _strip_det
from ..names import strip_possessive as _strip_possessive
from ..names import surname as _surname
from ..names import title_gender as _title_gender
from .collector import collector_paused
from .spans import SpanSet
from .stage import Stage, missing_stage, quotes_ran
from .state import ClaimRecord, read_claims, write_claims, write_speakers
from .tokens import TokenTable

#: Entity labels that name a possible speaker.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Minimum rapidfuzz ratio for two spellings of one name ("Khatibzadeh" / "Khatibzade").
NAME_MATCH_RATIO = 90.0
#: An acronym as written: two to eight capitals, digits or ampersands ("PMF", "SOHR", "AT&T").
RE_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}s?$")
#: textacy's acronym shape (``textacy.constants.RE_ACRONYM``): letters with optional dots or joiners,
#: ending in a capital or a digit ("U.S.", "AT&T", "G7"), or a digit then capitals ("3M").
_ACRONYM_SHAPE = re.compile(
    r"(?:^|(?<=\W))(?:(?:(?:(?:[A-Z]\.?)[a-z0-9&/-]?)+(?:[A-Z][s.]?|\ds?))|(?:\d(?:\-?[A-Z])+))(?:$|(?=\W))"
)
#: Words skipped when spelling an acronym from its definition.
_ACRONYM_SKIP = frozenset({"of", "for", "and", "the", "on", "in", "&", "de", "du", "des", "la", "al"})
#: How far back (paragraphs) a pronoun or description looks for its speaker.
MAX_PARAGRAPHS_BACK = 4
#: How many of the latest speakers a new name is compared with for spelling variants (exact names,
#: surnames and acronyms are looked up among all of them).
MAX_FUZZY_CLUSTERS = 100
#: How many of the most recently mentioned speakers a pronoun or description is compared with.
MAX_RECENT_CLUSTERS = 50


@dataclass(slots=True)
class Mention:
    span: tuple[int, int]
    text: str
    root: int
    pronoun: str | None = None  # lower-cased pronoun, or None
    nominal: str | None = None  # head lemma of a definite description ("group", "spokesman")
    described: str | None = None  # head lemma of a definite description of a person, places allowed ("the
    # Vermont senator")
    name: str | None = None
    title: str | None = None
    role: str | None = None
    affiliation: str | None = None
    kind: str = "OTHER"
    gender: str | None = None
    plural: bool = False
    acronym: str | None = None  # an acronym the mention defines or is
    noun_kind: str | None = None  # "person", "group" or "thing": what its common-noun head names (WordNet)
    bearer: bool = False  # a bare surname (or forename) that :class:`_Bearers` gave a full name
    phrase: str | None = None  # the head noun phrase, the entity's name where no mention has one (``head_phrase_name``)


@dataclass(slots=True, eq=False)  # identity, not field-by-field equality
class Cluster:
    """One speaker entity being built: its mentions and, kept up to date as mentions are added, what the
    sieve asks of it (names, kind, gender, number, role heads), so that placing a mention costs the same
    however many mentions came before."""

    index: int = 0  # creation order in the document
    mentions: list[Mention] = field(default_factory=list)
    extra: list[tuple[int, int]] = field(default_factory=list)  # other mentions in the text
    last: int = -1  # char offset of the latest mention
    first: int = -1  # char offset of the first mention
    gender: str | None = None
    named_genders: set[str] = field(default_factory=set)  # genders its named mentions tell ("Mr. Lee")
    plural: bool = False
    _named_kind: str | None = None  # kind of the first named (not pronoun) mention that has one
    _any_kind: str | None = None
    _named: bool = False  # a named mention has been added (it sets ``plural``)
    names: set[str] = field(default_factory=set)  # normalised names, acronyms and texts
    keys: set[str] = field(default_factory=set)  # names and the last words of full names: the index keys
    full_names: set[str] = field(default_factory=set)  # normalised names of named mentions
    surnames: set[str] = field(default_factory=set)  # surnames of multi-word names (names.surname)
    heads: set[str] = field(default_factory=set)  # role nouns and description heads ("spokesman")
    may_be_person: bool = False  # a named mention has been added that may name a person (not "the debate")
    noun_kinds: set[str] = field(default_factory=set)  # kinds of the common nouns of the others ("thing")
    best_values: dict[str, str] = field(default_factory=dict)  # the longest role, title, affiliation

    def add(self, mention: Mention) -> set[str]:
        """Add a mention; return the name keys (see ``keys``) it gives the cluster that it had not."""
        self.mentions.append(mention)
        at = mention.span[0]
        self.last = max(self.last, at)
        self.first = at if self.first < 0 else min(self.first, at)
        if mention.kind != "OTHER":
            if not mention.pronoun and self._named_kind is None:
                self._named_kind = mention.kind
            if self._any_kind is None:
                self._any_kind = mention.kind
        if self.gender is None and mention.gender:
            self.gender = mention.gender
        for attr in ("role", "title", "affiliation"):
            value = getattr(mention, attr)
            if value and len(value) > len(self.best_values.get(attr, "")):
                self.best_values[attr] = value
        if mention.role:
            self.heads.add(mention.role.split()[-1])
        if mention.nominal:
            self.heads.add(mention.nominal)
        if mention.pronoun:
            return set()
        if mention.noun_kind in ("group", "thing"):
            self.noun_kinds.add(mention.noun_kind)
        else:
            self.may_be_person = True
        if mention.gender:
            self.named_genders.add(mention.gender)
        if not self._named:
            self._named = True
            self.plural = mention.plural
        elif self.plural and not mention.plural and _full_person_name(mention.name, mention.kind):
            # "Sanders" (tagged a plural noun), then "Bernie Sanders"
            self.plural = False
        return self._add_names(mention)

    def _add_names(self, mention: Mention) -> set[str]:
        """Add a named mention's names; return the keys it gives the cluster that it had not."""
        names = {_norm(v) for v in (mention.name, mention.acronym, _strip_det(mention.text)) if v}
        self.names |= names
        keys = set(names)
        name = mention.name or ""
        full = _norm(name) if name else ""
        if full:
            self.full_names.add(full)
            keys.add(_surname(full))
            if len(name.split()) > 1:
                self.surnames.add(_surname(full))
        new = keys - self.keys
        self.keys |= new
        return new

    @property
    def kind(self) -> str:
        """The kind of the first named mention that has one, else of the first mention that has one."""
        return self._named_kind or self._any_kind or "OTHER"

    @property
    def no_person(self) -> bool:
        """Whether every mention of it but pronouns is a common noun of a group or a thing: "the crowd",
        "the debate", "an email", never "he" or "she"."""
        return bool(self.noun_kinds) and not self.may_be_person

    @property
    def group(self) -> bool:
        """Whether every mention of it but pronouns is a common noun of a group: "the crowd" ("they")."""
        return self.noun_kinds == {"group"} and not self.may_be_person

    def best(self, attr: str) -> str | None:
        return self.best_values.get(attr)


class _Registry:
    """The clusters of one document, indexed so that placing a mention does not scan all of them.

    Names are looked up by key (a normalised name, acronym or last word of a full name); only the
    spelling-variant test (rapidfuzz) runs over clusters without a shared key, and only over the
    :data:`MAX_FUZZY_CLUSTERS` latest. Pronouns and descriptions look at the
    :data:`MAX_RECENT_CLUSTERS` most recently mentioned clusters.
    """

    def __init__(self) -> None:
        self.all: list[Cluster] = []
        self._by_key: dict[str, list[Cluster]] = {}
        self._active: dict[int, Cluster] = {}  # id -> cluster, least recently mentioned first

    def new(self) -> Cluster:
        cluster = Cluster(index=len(self.all))
        self.all.append(cluster)
        return cluster

    def add(self, cluster: Cluster, mention: Mention) -> None:
        for key in cluster.add(mention):
            self._by_key.setdefault(key, []).append(cluster)
        self._active.pop(id(cluster), None)
        self._active[id(cluster)] = cluster

    def named_candidates(self, names: tuple[set[str], str]) -> list[Cluster]:
        """Clusters that may share a name with a mention (its :func:`_mention_names`), latest first."""
        if len(self.all) <= MAX_FUZZY_CLUSTERS:
            return self.all[::-1]  # all of them are among the latest (``all`` is in creation order)
        mine, name = names
        keys = mine | ({_surname(name)} if name else set())
        found = {id(c): c for key in keys for c in self._by_key.get(key, ())}
        found.update((id(c), c) for c in self.all[-MAX_FUZZY_CLUSTERS:])
        return sorted(found.values(), key=lambda c: -c.index)

    def recent(self) -> list[Cluster]:
        """The most recently mentioned clusters, latest first."""
        return list(itertools.islice(reversed(self._active.values()), MAX_RECENT_CLUSTERS))


class SpeakerResolver(Stage):
    """Resolves claim mentions to speaker entities; stateless across documents."""

    def __init__(self, *, name: str = "claimex_speakers", name_match_ratio: float = NAME_MATCH_RATIO,
                 max_paragraphs_back: int = MAX_PARAGRAPHS_BACK, floating: bool = True) -> None:
        self._init_stage(name)
        self.name_match_ratio = name_match_ratio
        self.max_paragraphs_back = max_paragraphs_back
        self.floating = floating

    @collector_paused
    def __call__(self, doc: Doc) -> Doc:
        if not quotes_ran(doc):
            raise missing_stage(self.name, "claimex_quotes")
        store = raw(doc)
        try:
            records = read_claims(doc)
            speakers = self.resolve(doc, records)
            write_claims(doc, records)
            write_speakers(doc, speakers)
        except Exception as err:  # one bad document must not end a batch (claimex's default handler)
            self.get_error_handler()(self.name, self, [doc], err)
            store["speakers"] = []
            for claim in store.get("claims", []):  # no claim may point at a speaker that is not there
                claim["speaker"] = None
        return doc

    # ------------------------------------------------------------------------------------------
    def resolve(self, doc: Doc, claims: list[ClaimRecord]) -> list[Speaker]:
        """The speaker entities of the ``claims``' mentions; sets each claim's ``speaker`` to its entity's id."""
        table = TokenTable.of(doc)  # Doc.text and Doc.ents build a Python object per token: read once
        text = table.text
        names = [e for e in table.ents if e.label_ in _NAME_LABELS]
        paragraphs = _paragraph_starts(text)
        acronyms = acronym_definitions(doc, text)
        clusters = _Registry()
        # the words of direct quotes: a name that is a subject inside one is no topic of the narrative
        quoted = [r.claim.content for r in claims if r.claim.type == "direct"]
        quotes = [s for r in claims if r.claim.type in ("direct", "mixed") and r.claim.content
                  for s in (r.claim.content_spans or (r.claim.content,))]
        bearers = _Bearers(names, table)
        claim_cluster: dict[int, Cluster] = {}
        prev: Cluster | None = None  # speaker of the previous claim
        people: list[Described] | None = None  # the named people and their descriptions, read when needed
        for n, record in enumerate(claims):
            found, span = record.quote, record.claim.speaker_mention
            if found is None or found.mention_root is None or span is None:
                continue
            ref, ref_root = found.ref, found.ref_root
            if ref is None or ref_root is None:
                ref, ref_root = document_author(table, found.mention_root)
            if ref is not None and ref_root is not None:
                # "X, who said ...", "a letter signed by X said ...": describe X, keep the local mention
                mention = describe(doc, ref, ref_root, acronyms, text=text, ents=names)
                mention.span = span
            else:
                mention = describe(doc, span, found.mention_root, acronyms, text=text, ents=names)
            bearers.name(mention)
            _name_campaign(table, names, mention)
            _name_possessed(table, names, mention)
            _name_share_respondents(table, mention)
            _name_elided_noun(table, mention)
            cluster = _document_antecedent(doc, claims, n, claim_cluster, mention.nominal)
            if cluster is None and mention.described is not None:
                if people is None:
                    people = described_people(table, names)
                cluster = self._described_cluster(doc, mention, people, clusters, names, paragraphs, acronyms,
                                                  quoted, prev)
            if cluster is None and mention.pronoun in lexicons.PERSON_PRONOUNS:
                cluster = self._relative_head_owner(doc, mention, record, clusters, names, paragraphs, acronyms,
                                                    bearers) \
                    or self._sentence_subject(doc, mention, record, clusters, names, paragraphs, acronyms, bearers)
            if cluster is None and mention.pronoun in lexicons.PERSON_PRONOUNS:
                own_quote = record.claim.content_spans or ((record.claim.content,) if record.claim.content else ())
                cluster = self._person_of_sentence_before(doc, mention, clusters, names, paragraphs, acronyms,
                                                          bearers, own_quote, quotes) \
                    or _main_clause_speaker(table, doc, mention, claims, n, claim_cluster)
            if cluster is None:
                cluster = self._place(doc, mention, clusters, prev, paragraphs)
            if cluster is None and mention.pronoun is not None:
                cluster = self._unplaced_pronoun(doc, mention, record, clusters, names, paragraphs, acronyms, bearers)
            if cluster is None:
                continue
            if ref is not None:
                cluster.extra.append((ref[0], ref[1]))
            clusters.add(cluster, mention)
            claim_cluster[n] = cluster
            prev = cluster
        if self.floating:
            self._floating(claims, claim_cluster, paragraphs, names)
        placed = {id(c) for c in claim_cluster.values()}
        used = [c for c in clusters.all if id(c) in placed]
        _collect_other_mentions(used, acronyms, names, table, bearers)
        used.sort(key=lambda c: min([c.first] + [s for s, _ in c.extra]))
        ids = {id(c): f"s{i}" for i, c in enumerate(used, start=1)}
        for n, record in enumerate(claims):
            cl = claim_cluster.get(n)
            record.claim = replace(record.claim, speaker=ids[id(cl)] if cl is not None else None)
        return [_speaker(ids[id(c)], c) for c in used]

    def _place(self, doc: Doc, mention: Mention, clusters: _Registry, prev: Cluster | None,
               paragraphs: list[int]) -> Cluster | None:
        if mention.pronoun:
            if mention.pronoun in lexicons.FIRST_PERSON:
                return prev
            return self._antecedent(mention, clusters, prev, paragraphs)
        if mention.nominal:
            found = self._description(mention, clusters, prev, paragraphs)
            if found is not None:
                return found
        names = _mention_names(mention)
        same = [c for c in clusters.named_candidates(names) if _same_entity(mention, c, self.name_match_ratio, names)]
        if not same:
            return clusters.new()
        if len(same) > 1 and names[1] and " " not in names[1]:
            # "Lopez" after "Carlos Lopez" and his sister "Maria Lopez": news writing names relatives by
            # their forename once introduced, so the bare surname is the first bearer's
            return min(same, key=lambda c: c.index)
        return same[0]

    def _recent(self, clusters: _Registry, at: int, paragraphs: list[int]) -> list[Cluster]:
        """Clusters mentioned within ``max_paragraphs_back`` paragraphs, most recent first."""
        here = bisect.bisect_right(paragraphs, at)
        out = [c for c in clusters.recent() if c.last <= at and here - bisect.bisect_right(paragraphs, c.last)
               <= self.max_paragraphs_back]
        return sorted(out, key=lambda c: -c.last)

    def _antecedent(self, mention: Mention, clusters: _Registry, prev: Cluster | None,
                    paragraphs: list[int]) -> Cluster | None:
        recent = self._recent(clusters, mention.span[0], paragraphs)
        if prev is not None and prev in recent:
            recent.remove(prev)
            recent.insert(0, prev)
        for cluster in recent[:3]:
            if _agrees(mention, cluster):
                return cluster
        return None

    def _named_antecedent(self, doc: Doc, mention: Mention, record: ClaimRecord, clusters: _Registry,
                          names: list[Span], paragraphs: list[int], acronyms: dict[str, str],
                          bearers: _Bearers) -> Cluster | None:
        """"Sexton reflected on the rally. "...," he said.": a "he" / "she" no speaker agrees with takes
        the latest person named before it in its paragraph or the one before, past section headings in
        capitals (not inside the claim's own content), when the forename does not say otherwise. A subject
        the tagger read as an organisation or a place, or left unlabelled, counts when it is a person
        speaker's name or the surname of a person the article names in full ("Kasich" after "John
        Kasich"), and so does a person's full name the tagger read as an organisation."""
        at = mention.span[0]
        here = bisect.bisect_right(paragraphs, at)
        content = record.claim.content_spans or (record.claim.content,)
        tt = TokenTable.of(doc)
        text = tt.text
        before = names[:bisect.bisect_left(names, at, key=lambda e: e.start_char)]
        back = 1 + _headings_before(text, paragraphs, here - 1)  # "ABSTRACT. ... / FULL TEXT. / He has called"
        before = sorted([*before, *_unlabelled_subjects(doc, paragraphs[max(here - 1 - back, 0)], mention.root)],
                        key=lambda e: e.start_char)
        for n in range(len(before) - 1, -1, -1):
            ent = before[n]
            if here - bisect.bisect_right(paragraphs, ent.start_char) > back:
                break
            if any(s <= ent.start_char < e for s, e in content):
                continue
            if ent.label_ != "PERSON":
                # "Sexton reflected on the rally.", the tagger reading a surname once as an organisation:
                # a name the document already gave a person speaker is that person, as a subject
                known = _known_person(clusters, ent.text) if ent.root.dep_ == "nsubj" else None
                if known is not None and known.gender in (None, mention.gender):
                    return known
                named = _person_subject(doc, ent, acronyms, names, bearers)
                if named is None or named.gender not in (None, mention.gender):
                    continue
                cluster = self._place(doc, named, clusters, None, paragraphs)
                if cluster is None or not _agrees(mention, cluster):
                    return None
                clusters.add(cluster, named)
                return cluster
            named = describe(doc, (ent.start_char, ent.end_char), ent.root.i, acronyms, text=text, ents=names)
            if named.gender is not None and named.gender != mention.gender:
                continue
            ent_start, ent_end = tt.sentence_bounds(ent.start)
            own_start = tt.sentence_bounds(mention.root)[0]
            if ent.root.dep_ != "nsubj" and (own_start == ent_end or (
                    own_start == ent_start and _subject_over_object(tt, ent, mention))):
                # "Tom Hale criticised Bill Ortiz. He said ...": the subject of the sentence just before,
                # where the latest person is named, is the one the pronoun goes on; so is the subject of
                # the pronoun's own sentence (rule ``own_sentence_subject``)
                subject = next((e for e in before[:n] if tt.sentence_bounds(e.start)[0] == ent_start
                                and e.root.dep_ == "nsubj"
                                and not any(s <= e.start_char < x for s, x in content)), None)
                known = _known_person(clusters, subject.text) if subject is not None and \
                    subject.label_ != "PERSON" else None
                if known is not None and known.gender in (None, mention.gender):
                    return known  # a subject the tagger read as an organisation, known as a person speaker
                if subject is not None and subject.label_ == "PERSON":
                    other = describe(doc, (subject.start_char, subject.end_char), subject.root.i, acronyms,
                                     text=text, ents=names)
                    if other.gender is None or other.gender == mention.gender:
                        named = other
            cluster = self._place(doc, named, clusters, None, paragraphs)
            if cluster is None or _gender_clash(mention, cluster):
                return None  # "Sanders ... she" after "Bernie Sanders": his forename told the other gender
            clusters.add(cluster, named)
            return cluster
        return None

    def _unplaced_pronoun(self, doc: Doc, mention: Mention, record: ClaimRecord, clusters: _Registry,
                          names: list[Span], paragraphs: list[int], acronyms: dict[str, str],
                          bearers: _Bearers) -> Cluster | None:
        """The last resort of a pronoun no speaker agrees with: a "he" / "she" takes the person named before
        it (:meth:`_named_antecedent`), a "they" the plural subject before it (:meth:`_plural_subject_before`)."""
        if mention.pronoun in lexicons.PERSON_PRONOUNS:
            return self._named_antecedent(doc, mention, record, clusters, names, paragraphs, acronyms, bearers)
        if mention.pronoun in lexicons.PLURAL_SUBJECT_PRONOUNS:
            return self._plural_subject_before(doc, mention, record, clusters, names, paragraphs, acronyms)
        return None

    def _plural_subject_before(self, doc: Doc, mention: Mention, record: ClaimRecord, clusters: _Registry,
                               names: list[Span], paragraphs: list[int], acronyms: dict[str, str]) -> Cluster | None:
        """Rule ``plural_subject_antecedent``: a "they" subject that no speaker agrees with stands for the
        plural subject before it: of a verb above it in its own sentence ("Aides said ..., and they rejected
        ..."), else of the main verb of the sentence just before, in its paragraph or the one before
        ("Local teachers met the mayor. They said ..."). The subject must be people: a plural noun of
        persons or groups, or nouns or names joined by "and", outside the claim's own content; not a pronoun."""
        tt = TokenTable.of(doc)
        root = mention.root
        if tt.dep[root] not in ("nsubj", "nsubjpass"):
            return None
        content = record.claim.content_spans or ((record.claim.content,) if record.claim.content else ())
        own_start = tt.sentence_bounds(root)[0]
        candidates = [t for t in range(root - 1, own_start - 1, -1) if tt.dep[t] in ("nsubj", "nsubjpass")
                      and tt.head[t] != t and tt.dominates(tt.head[t], root)]
        if not candidates and own_start > 0:
            here = bisect.bisect_right(paragraphs, tt.idx[root])
            if here - bisect.bisect_right(paragraphs, tt.idx[own_start - 1]) <= 1:
                before_root = tt.sentence_root(own_start - 1)
                candidates = [c for c in tt.children[before_root] if tt.dep[c] in ("nsubj", "nsubjpass")]
        if not candidates:
            return None
        subject = candidates[0]
        if tt.pos[subject] == "PRON" or any(s <= tt.idx[subject] < e for s, e in content):
            return None
        tokens = tt.subtree(subject)
        first, last = min(tokens), max(tokens)
        named = describe(doc, (tt.idx[first], tt.end[last]), subject, acronyms, text=tt.text, ents=names)
        joined = {subject}
        for t in sorted(tokens):
            if tt.dep[t] == "conj" and tt.head[t] in joined:
                joined.add(t)
        if len(joined) > 1 and any(tt.dep[t] == "cc" and tt.lower[t] in ("and", "&") and tt.head[t] in joined
                                   for t in tokens):
            named.plural = True  # "his family, friends and staff": a coordination of nouns is plural too
        lemma = tt.lemma[subject].lower()
        people = named.name is not None or named.role is not None or _listed_person_noun(lemma) \
            or lexical.noun_kind(lemma) in ("person", "group")  # "Parents" opening a sentence too
        if not named.plural or named.kind not in ("PERSON", "NORP", "OTHER") or not people:
            return None  # "the talks", "new rules": no people who could speak
        cluster = self._place(doc, named, clusters, None, paragraphs)
        if cluster is None or (cluster.mentions and not _agrees(mention, cluster)):
            return None  # a new entity is as plural as ``named``
        clusters.add(cluster, named)
        return cluster

    def _described_cluster(self, doc: Doc, mention: Mention, people: list[Described], clusters: _Registry,
                           names: list[Span], paragraphs: list[int], acronyms: dict[str, str],
                           quoted: list[tuple[int, int]], prev: Cluster | None) -> Cluster | None:
        """A definite description's person: the one named with its description (:meth:`_described_person`),
        else the previous claim's speaker (:func:`_previous_speaker_described`). ``party_member_description``:
        "Ryan says .... The Wisconsin Republican says": a party's member goes on the one who spoke just
        before first, before anyone else the article called a Republican."""
        tt = TokenTable.of(doc)
        if mention.described in lexicons.PARTY_MEMBER_NOUNS and mention.name is None and prev is not None:
            cluster = _previous_speaker_described(tt, mention, prev, people, paragraphs)
            if cluster is not None:
                return cluster
        return self._described_person(doc, mention, people, clusters, names, paragraphs, acronyms, quoted) \
            or (_previous_speaker_described(tt, mention, prev, people, paragraphs) if prev else None)

    def _described_person(self, doc: Doc, mention: Mention, people: list[Described], clusters: _Registry,
                          names: list[Span], paragraphs: list[int], acronyms: dict[str, str],
                          quoted: list[tuple[int, int]]) -> Cluster | None:
        """"Harbor Lions owner Teodor Maric ... the billionaire said": a definite description takes the
        one person the article named before it with a description of the same head or a related role
        (:func:`description_referent`)."""
        tt = TokenTable.of(doc)
        person = description_referent(tt, people, mention) or topic_referent(doc, people, mention, quoted)
        if person is None:
            return None
        named = describe(doc, (person.start, person.end), person.root, acronyms, text=tt.text, ents=names)
        if named.kind != "PERSON" or (named.gender and mention.gender and named.gender != mention.gender):
            return None
        cluster = self._place(doc, named, clusters, None, paragraphs)
        if cluster is not None:
            clusters.add(cluster, named)
        return cluster

    def _relative_head_owner(self, doc: Doc, mention: Mention, record: ClaimRecord, clusters: _Registry,
                             names: list[Span], paragraphs: list[int], acronyms: dict[str, str],
                             bearers: _Bearers) -> Cluster | None:
        """Rule ``relative_head_owner``: "a Lopez radio interview, in which he says ...", "Reed's remarks,
        including one in May in which she said ...": a "he" / "she" subject of a relative clause whose noun
        is owned by a person (a possessive or a compound name before the noun, or before the noun that an
        "including" / "of" phrase hangs on) is that person. Not when a noun on the way names a person ("Reed's
        lawyer, who said he ..." is the lawyer), nor when the owner is inside the claim's content or its
        forename says otherwise. A name the tagger did not read as a person's counts when it is a person
        speaker's name or the surname of a person the article names in full."""
        tt = TokenTable.of(doc)
        root = mention.root
        if tt.dep[root] != "nsubj" or tt.dep[tt.head[root]] != "relcl":
            return None
        noun = tt.head[tt.head[root]]
        owners: list[int] = []
        for _ in range(2):
            if tt.pos[noun] not in ("NOUN", "NUM", "PRON") or is_person_noun(tt.lemma[noun].lower()):
                return None
            owners = [t for t in tt.subtree(noun) if t < noun and tt.dep[t] in ("poss", "compound")
                      and tt.pos[t] == "PROPN"]
            prep = tt.head[noun]
            if owners or tt.dep[noun] != "pobj" or tt.lower[prep] not in lexicons.OWNED_NOUN_PREPOSITIONS:
                break
            noun = tt.head[prep]
        content = record.claim.content_spans or ((record.claim.content,) if record.claim.content else ())
        owned = {id(e): e for t in owners for e in names if e.start <= t < e.end}
        if len(owned) != 1:
            return None
        ent = next(iter(owned.values()))
        if any(s <= ent.start_char < e for s, e in content):
            return None
        if ent.label_ != "PERSON":
            known = _known_person(clusters, ent.text)
            if known is not None:
                return known if _agrees(mention, known) else None
        named = describe(doc, (ent.start_char, ent.end_char), ent.root.i, acronyms, text=tt.text, ents=names)
        bearers.name(named)
        if (ent.label_ != "PERSON" and not named.bearer) or named.kind != "PERSON" \
                or (named.gender is not None and named.gender != mention.gender):
            return None
        cluster = self._place(doc, named, clusters, None, paragraphs)
        if cluster is None or not _agrees(mention, cluster):
            return None
        clusters.add(cluster, named)
        return cluster

    def _sentence_subject(self, doc: Doc, mention: Mention, record: ClaimRecord, clusters: _Registry,
                          names: list[Span], paragraphs: list[int], acronyms: dict[str, str],
                          bearers: _Bearers | None = None) -> Cluster | None:
        """"Ms. Reyes was honoured as she took the stage", "Lee earlier denied reports he was leaving": a
        "he" / "she" in a clause under the verb of a subject before it in its own sentence, when that
        subject is a person named there (outside the claim's content) whose forename does not say
        otherwise, refers to it before any earlier speaker (the subject is the sentence's most salient
        referent). A bare surname the tagger left unlabelled counts when the article names a person with it
        in full (:func:`_unlabelled_surname`, issue 15's speakers48 round: "Price, a councillor before he went on
        air, has been named for mayor, though he says he will not run")."""
        tt = TokenTable.of(doc)
        root = mention.root
        content = record.claim.content_spans or (record.claim.content,)
        for t in range(tt.sentence_bounds(root)[0], root):
            if tt.dep[t] not in ("nsubj", "nsubjpass") or tt.pos[t] != "PROPN" or not tt.dominates(tt.head[t], root):
                continue  # "Lee, alleging that Hale wanted X, said he ...": not Hale, whose verb is not above "he"
            ent = next((e for e in names if e.start <= t < e.end and e.label_ == "PERSON"), None)
            if ent is not None:
                named: Mention | None = describe(doc, (ent.start_char, ent.end_char), ent.root.i, acronyms,
                                                 text=tt.text, ents=names)
            else:
                known = _mislabelled_subject(tt, t, clusters, content)
                if known is not None:
                    return known if known.gender in (None, mention.gender) else None
                named = _unlabelled_surname(doc, t, names, acronyms, bearers) if bearers is not None else None
            if named is None or any(s <= named.span[0] < e for s, e in content):
                continue
            if named.gender is not None and named.gender != mention.gender:
                continue
            cluster = self._place(doc, named, clusters, None, paragraphs)
            if cluster is not None and _agrees(mention, cluster):
                clusters.add(cluster, named)
                return cluster
            return None
        return None

    def _person_of_sentence_before(self, doc: Doc, mention: Mention, clusters: _Registry, names: list[Span],
                                   paragraphs: list[int], acronyms: dict[str, str],
                                   bearers: _Bearers, content: Sequence[tuple[int, int]] = (),
                                   quoted: Sequence[tuple[int, int]] = ()) -> Cluster | None:
        """"'...,' Hale said. Ann Park had hoped for a vote. She said the delay ...": a "he" / "she" that
        opens its sentence (its subject) after an unquoted sentence of its paragraph that names one person,
        as the subject of a verb, whose forename or title does not say otherwise, is that person, before
        the speaker of the quote before (the writer has turned to the person just named). Not when that
        sentence has a pronoun of the same gender: the one it stands for goes on.

        The same after the claim's own quote (``content``) and across a paragraph, where the person is the
        subject of the main verb of the sentence before (issue 13's twentieth round: "Park blamed the council
        on Friday. '...,' she wrote.", not "He said the council had met Park."). There, other people named in
        that sentence's clauses, a pronoun after the subject or one not a subject ("In his statement, Reed
        ..."), and a title in quotation marks do not stand in the way (twenty-second round: "Reed responded
        to reports that Hale would sign. '...,' he said.", "Reed did not see the point. / '...,' he said.");
        a sentence holding a quote (``quoted``) does, and a name the tagger read as an organisation is a
        person the document already gave a person speaker."""
        tt = TokenTable.of(doc)
        root = mention.root
        found_lead = _lead_of_pronoun(tt, tt.sentence_bounds(root)[0], root, content) if tt.dep[root] == "nsubj" \
            else None
        if found_lead is None:
            return None  # no subject, or words before the pronoun that are not its own quote
        lead, scene = found_lead
        opening = tt.sentence_bounds(bisect.bisect_right(tt.idx, min(s for s, _ in content)) - 1 if lead else root)[0]
        if opening == 0:
            return None
        before_start, before_end = _sentence_before(tt, opening)
        crossed = "\n" in tt.text[tt.idx[before_end - 1]:tt.idx[opening if lead else root]]
        if crossed and "\n" in tt.text[tt.idx[before_start]:tt.idx[before_end - 1]]:
            return None  # the paragraph before ends in a heading or a list: its last line is no sentence
        strict = bool(lead) or crossed or scene  # only the subject of the sentence's main verb
        if described := self._described_subject_before(doc, mention, clusters, names, paragraphs, acronyms,
                                                       (before_start, before_end), strict, content, quoted):
            return described
        if any(s < tt.idx[before_end - 1] + len(tt.word(before_end - 1)) and tt.idx[before_start] < e
               for s, e in quoted) or (not strict and any(tt.word(t) in lexicons.QUOTE_CHARS
                                                          for t in range(before_start, before_end))):
            return None  # a quote's sentence: its speaker is the pronoun's by the usual rules
        before_root = tt.sentence_root(before_start)
        named_subjects = [c if _named_subject(tt, names, c) is not False else _appositive_person(tt, names, c)
                          for c in tt.children[before_root] if tt.dep[c] in ("nsubj", "nsubjpass")] if strict else []
        named_subjects = [c for c in named_subjects if c is not None]
        # not "The day before, ..."; the one asked a question, for its answer
        subject = (_asked_person(tt, names, before_root) or named_subjects[0]) if len(named_subjects) == 1 \
            else None
        first = subject if subject is not None else before_end
        if any(lexicons.PERSON_PRONOUNS.get(tt.lower[t]) == mention.gender
               and (not strict or tt.dep[t] in ("nsubj", "nsubjpass")) for t in range(before_start, first)):
            return None  # "she issued a plan; Obama later adopted it. She ...": the "she" before goes on
        if strict:
            if subject is None or (found := _named_subject(tt, names, subject)) is False:
                return None
            unlabelled = found is None
            if found is None or found.label_ != "PERSON":
                # "Trump blamed local officials. '...,' he wrote.", the tagger reading the name as an
                # organisation or leaving it unlabelled: a person speaker of that name, else the surname
                # of a person the article names in full
                known = _known_person(clusters, found.text if found is not None else tt.word(subject))
                if known is not None:
                    return known if _agrees(mention, known) else None
            start, end = (found.start, found.end) if found is not None else (subject, subject + 1)
        else:
            unlabelled = False
            people = [e for e in names if e.label_ == "PERSON" and before_start <= e.start and e.end <= before_end]
            surnames = {_surname(_norm(e.text)) for e in people if _norm(e.text)}
            subjects = [e for e in people if tt.dep[e.root.i] in ("nsubj", "nsubjpass")
                        or _appositive_person(tt, names, _apposed_to(tt, e.root.i)) == e.root.i]
            if len(surnames) != 1 or not subjects:
                return None
            ent = subjects[0]
            start, end, subject = ent.start, ent.end, ent.root.i
        told = _title_gender(tt.lower[start - 1].rstrip(".")) if start > 0 else None
        if told is not None and told != mention.gender:
            return None  # "But Mrs. Clinton was not as friendly. '...,' he said": not her
        named = describe(doc, (tt.idx[start], tt.idx[end - 1] + len(tt.word(end - 1))), subject, acronyms,
                         text=tt.text, ents=names)
        bearers.name(named)
        if named.kind != "PERSON" or (strict and unlabelled and not named.bearer) \
                or (named.gender is not None and named.gender != mention.gender):
            return None  # an unlabelled word only as the surname of a person named in full (not "CEO")
        cluster = self._place(doc, named, clusters, None, paragraphs)
        if cluster is None or not _agrees(mention, cluster):
            return None
        clusters.add(cluster, named)
        return cluster

    def _described_subject_before(self, doc: Doc, mention: Mention, clusters: _Registry, names: list[Span],
                                  paragraphs: list[int], acronyms: dict[str, str], before: tuple[int, int],
                                  strict: bool, content: Sequence[tuple[int, int]],
                                  quoted: Sequence[tuple[int, int]]) -> Cluster | None:
        """Rule ``described_subject_before`` (issue 15's speakers48 round): "Adm. Tom Hale toured the base. ... /
        Asked about the talks, the admiral smiled. / '...,' he said.": a "he" / "she" after a sentence whose main
        verb's subject is a singular definite description of a person ("the admiral", "the retired surgeon"),
        with no name in it, goes on the person that description stands for by the stage's description rules
        (:func:`description_referent`, :func:`topic_referent`), as on a subject written as that name. Not when
        a pronoun of the same gender is a subject before the description in that sentence, when the sentence
        holds a quote that is not the claim's own (``content``), nor, inside the pronoun's paragraph with no
        quote of its own before it (not ``strict``), when the sentence names a person."""
        tt = TokenTable.of(doc)
        before_start, before_end = before
        before_root = tt.sentence_root(before_start)
        subjects = [c for c in tt.children[before_root] if tt.dep[c] in ("nsubj", "nsubjpass")]
        if not subjects and tt.pos[before_root] == "VERB":
            # "Asked about it later, the admiral chuckled.", the parser taking "Asked" for the main verb
            subjects = [c for v in tt.children[before_root] if tt.dep[v] in ("ccomp", "conj")
                        for c in tt.children[v] if tt.dep[c] in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            return None
        subject = subjects[0]
        if tt.pos[subject] != "NOUN" or not any(tt.dep[c] == "det" and tt.lower[c] == "the"
                                                 for c in tt.children[subject]):
            return None
        first, last = _phrase_range(tt, subject)
        if any(e.start <= last and first < e.end for e in names) or _appositive_person(tt, names, subject):
            return None  # "the city's treasurer, Ann Park,": the name's rules
        own = [(s, e) for s, e in content]
        end_char = tt.idx[before_end - 1] + len(tt.word(before_end - 1))
        if any(s < end_char and tt.idx[before_start] < e and (s, e) not in own for s, e in quoted):
            return None
        if any(lexicons.PERSON_PRONOUNS.get(tt.lower[t]) == mention.gender and tt.dep[t] in ("nsubj", "nsubjpass")
               for t in range(before_start, first)):
            return None
        if not strict and any(e.label_ == "PERSON" and before_start <= e.start < before_end for e in names):
            return None
        described = describe(doc, (tt.idx[first], tt.idx[last] + len(tt.word(last))), subject, acronyms,
                             text=tt.text, ents=names)
        if described.described is None or described.plural or described.name is not None:
            return None
        if described.gender is not None and described.gender != mention.gender:
            return None
        cluster = self._described_person(doc, described, described_people(tt, names), clusters, names,
                                         paragraphs, acronyms, list(quoted))
        if cluster is None or not _agrees(mention, cluster):
            return None
        return cluster

    def _description(self, mention: Mention, clusters: _Registry, prev: Cluster | None,
                     paragraphs: list[int]) -> Cluster | None:
        recent = self._recent(clusters, mention.span[0], paragraphs)
        head = mention.nominal
        for cluster in recent:
            if head in cluster.heads:
                return cluster
        if head in lexicons.ORG_NOUNS:
            for cluster in recent[:2]:
                if cluster.kind == "ORG" or (prev is cluster and cluster.kind in ("ORG", "GPE", "OTHER")):
                    return cluster
        return None

    def _floating(self, claims: list[ClaimRecord], claim_cluster: dict[int, Cluster],
                  paragraphs: list[int], names: Sequence[Span] = ()) -> None:
        """A cue-less quote takes the speaker of the quote before it (same or previous paragraph, or
        further back across a narration of that speaker alone: :func:`_narrated_between`), else of the
        quote after it in the same paragraph."""
        floating = [r.quote is not None and r.quote.floating for r in claims]
        para_of = [bisect.bisect_right(paragraphs, r.claim.content[0]) for r in claims]
        after: list[int | None] = [None] * len(claims)  # the next claim with a cue and a speaker
        upcoming = None
        for n in range(len(claims) - 1, -1, -1):
            after[n] = upcoming
            if n in claim_cluster and not floating[n]:
                upcoming = n
        # where each claim's attribution is read: a speaker named after the content in its paragraph
        # ('..., Susan said.'), else the content
        anchor = [_attributed_at(r.claim, paragraphs) for r in claims]
        before = None  # the claim with a speaker attributed last (in the text) before this one
        for n in range(len(claims)):
            if floating[n] and n not in claim_cluster:
                para = para_of[n]
                m = after[n]
                if before is not None and (para - para_of[before] <= 1 or _narrated_between(
                        names, claim_cluster[before], para_of, para_of[before], para, paragraphs)):
                    claim_cluster[n] = claim_cluster[before]
                elif m is not None and para_of[m] == para:
                    claim_cluster[n] = claim_cluster[m]
            if n in claim_cluster and (before is None or anchor[n] >= anchor[before]):
                # 'Friends mocked him, calling him "a fool," Susan said. "..."': Susan's claim,
                # attributed after the one inside it, is the one the next quote goes on
                before = n


#: How many paragraphs of narration may part a cue-less quote from its speaker's quote before it.
_NARRATION_PARAGRAPHS = 2


def _narrated_between(names: Sequence[Span], cluster: Cluster, para_of: list[int], first: int, last: int,
                      paragraphs: list[int]) -> bool:
    """Rule ``narrated_between`` (issue 15's speakers55 round): 'Reyes told the station the plan would
    work. / The mayor's critics were not convinced, but Reyes stood firm during the interview. / "We will
    get this done."': the paragraphs between a speaker's quote (in paragraph ``first``) and a cue-less quote
    (in ``last``), at most :data:`_NARRATION_PARAGRAPHS` of them, hold no claim and name that speaker
    (``cluster``; its surname read by the tagger as an organisation or a place counts) and no other person,
    so the writer still speaks of them. Not when a paragraph between
    names another person ("Lee argued in his email" before Lee's own quote)."""
    if not 1 < last - first <= _NARRATION_PARAGRAPHS + 1 or any(first < p < last for p in para_of):
        return False
    start, end = paragraphs[first], paragraphs[last - 1]  # the paragraphs first + 1 .. last - 1
    between = [e for e in names if start <= e.start_char and e.end_char <= end]
    # any label: a surname the tagger read as an organisation or a place is still the speaker's
    return any(_named_in(cluster, e.text) for e in between) \
        and all(_named_in(cluster, e.text) for e in between if e.label_ == "PERSON")


def _named_in(cluster: Cluster, text: str) -> bool:
    """Whether a name is one of the cluster's names or the surname of one."""
    key = _norm(text)
    return bool(key) and (key in cluster.names or _surname(key) in cluster.keys)


@dataclass(slots=True)
class _Bearer:
    """A person the article names in full, for :class:`_Bearers`."""

    name: str  # the first full name written
    gender: str | None  # its forename's gender
    at: list[int] = field(default_factory=list)  # where it is named in full (char offsets, in order)
    named: int = 0  # how many of those name it as an actor (see :func:`_names_an_actor`)
    keys: set[str] = field(default_factory=set)  # its full names, normalised ("donald j trump")


class _Bearers:
    """The people an article names in full, by surname, and the one each bare surname stands for.

    "Carlos Lopez won the seat. ... Lopez said": a bare surname is the full name the article gives a
    person of that surname (:meth:`name`). The mention takes that name, and its forename's gender, so
    that a relative named later ("his wife, Maria Lopez") is not merged with it and "she" does not go
    to it.

    The bearers are the people named in full with that surname (a forename and the surname: "Donald
    Trump" and "Donald J. Trump" are one), by a PERSON entity or by an entity of another label that
    opens with a known forename ("Carly Lopez" tagged ORG), whose forename's gender does not clash with
    the mention's title ("Ms. Lopez" is not "Carlos Lopez"). Of several (two of one family), a bare
    surname is:

    1. the one the same surname stood for last, when its gender fits: news writing keeps a bare
       surname for one person and names the other by the forename once introduced;
    2. else, of those named before it (or, none being, of all: a headline's "Lopez says ..."), the one
       the article names in full the most as an actor, then the first named ("Ivanka Trump" twice in a
       report of a speech by "Donald Trump", named four times: the bare "Trump" is him, though she spoke
       first). A name in a possessive or after a preposition ("Dena Lopez's campaign", "mother of the
       victim, Sean Lopez") names someone spoken of, not an actor, and is not counted.

    3. A single name that is no one's surname but the forename of one person named in full is that
       person: news writing names a relative, or a candidate, by the forename ("Ivanka", "Hillary").

    A surname the tagger took for an organisation ("Trump" as ORG), or a capitalised word it took for
    a common noun (a headline's "Lopez Says ..."), is read the same way; so is one it took for a place
    ("Kasich" as GPE), by rules 1 and 2 only, unless the article writes that word as a place somewhere
    (after "in", "at", "from", ...: "Jordan" of "flew to Jordan" stays the country).
    """

    def __init__(self, names: list[Span], tt: TokenTable) -> None:
        self._by_surname: dict[str, dict[str, _Bearer]] = {}
        self._by_forename: dict[str, list[_Bearer]] = {}
        self._meant: dict[str, _Bearer] = {}
        self._places = {_norm(e.text) for e in names if e.label_ == "GPE" and tt.dep[e.root.i] == "pobj"
                        and tt.lower[tt.head[e.root.i]] in _PLACE_PREPOSITIONS}
        for ent in names:
            if not _may_name_person(ent, tt):
                continue
            full = _split_title(ent, tt)[1]
            key = _norm(full)
            words = key.split()
            if len(words) < 2:
                continue
            group = self._by_surname.setdefault(_surname(key), {})
            if words[0] not in group:
                group[words[0]] = _Bearer(full, _forename_gender(words[0]))
                self._by_forename.setdefault(words[0], []).append(group[words[0]])
            bearer = group[words[0]]
            bearer.at.append(ent.start_char)
            bearer.keys.add(key)
            bearer.named += _names_an_actor(ent.root.i, tt)

    def bearer(self, surname: str, at: int, gender: str | None, person: bool,
               meant: dict[str, _Bearer] | None = None) -> _Bearer | None:
        """The person a bare ``surname`` at char offset ``at``, whose title tells ``gender``, stands for
        (rules 1 to 3), if one is named; ``person``: the tagger read it as a person or gave it no label
        (else a forename must be a known one for rule 3); ``meant``, the person each surname stood for
        last, is updated."""
        group = self._by_surname.get(surname)
        if not group:
            same = self._by_forename.get(surname, [])
            known = person or _forename_gender(surname) is not None  # not "EgyptAir" (ORG) of "EgyptAir Crash"
            return same[0] if len(same) == 1 and known and not gender else None  # "Ivanka", "Hillary": rule 3
        fits = [b for b in group.values() if not (gender and b.gender and b.gender != gender)]
        if not fits:
            return None
        meant = self._meant if meant is None else meant
        chosen = meant.get(surname)
        if chosen not in fits:
            before = [b for b in fits if b.at[0] < at]
            chosen = max(before or fits, key=lambda b: (b.named, -b.at[0]))
        meant[surname] = chosen
        return chosen

    def single_names(self) -> list[str]:
        """The surnames and forenames of the people named in full (normalised)."""
        return [*self._by_surname, *self._by_forename]

    def name(self, mention: Mention) -> None:
        """Give a bare surname (``mention``) the full name of the person it stands for, if one is named."""
        name = mention.name or (mention.text if mention.text.istitle() and " " not in mention.text else None)
        if mention.pronoun or mention.kind not in _BEARER_KINDS or not name or " " in name.strip():
            return  # ("OTHER": a surname the tagger did not label, "Lopez said")
        if mention.kind == "GPE" and (_norm(name) not in self._by_surname or _norm(name) in self._places):
            return  # a place read as a surname only when the article names a person so, and no place
        chosen = self.bearer(_norm(name), mention.span[0], mention.gender, mention.kind in ("PERSON", "OTHER"))
        if chosen is None:
            return
        mention.name = chosen.name
        mention.kind = "PERSON"
        mention.gender = mention.gender or chosen.gender
        mention.bearer = True


#: Kinds of a bare surname that :class:`_Bearers` may name ("ORG": "Trump" tagged as a company; "GPE":
#: "Kasich" tagged as a place).
_BEARER_KINDS = frozenset({"PERSON", "OTHER", "ORG", "GPE"})

#: Prepositions after which a name is written as a place ("in Ohio", "flew to Jordan").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "into", "across", "near", "throughout", "outside"})


def _names_an_actor(root: int, tt: TokenTable) -> bool:
    """Whether a name headed by token ``root`` is neither a possessive nor inside one or a prepositional
    phrase: "Lopez" in "Carlos Lopez said", not in "Carlos Lopez's wife" or "the wife of Carlos Lopez"."""
    i = root
    while True:
        if tt.dep[i] in _OWNED_DEPS:
            return False
        if tt.head[i] == i:
            return True
        i = tt.head[i]


#: Dependency labels of a possessive and of the object of a preposition.
_OWNED_DEPS = frozenset({"poss", "pobj"})


def _may_name_person(ent: Span, tt: TokenTable) -> bool:
    """Whether an entity may name a person in full: a PERSON whose name (after its title) opens with a
    proper noun (not "Will" of a headline's "Will Lopez Run?"), or an entity of another label that opens
    with a known forename ("Carly Lopez" tagged ORG)."""
    first = next((i for i in range(ent.start, ent.end)
                  if tt.lower[i] not in ("the", "a", "an") and tt.lower[i].rstrip(".") not in lexicons.TITLES),
                 None)
    if first is None or tt.pos[first] != "PROPN":
        return False
    return ent.label_ == "PERSON" or _forename_gender(tt.lower[first]) is not None


def _person_subject(doc: Doc, ent: Span, acronyms: dict[str, str], names: list[Span],
                    bearers: _Bearers) -> Mention | None:
    """A name the tagger did not read as a person's (``ent``: an organisation, a place, an unlabelled word),
    described as a person, when it is the subject of its sentence's main verb, or in apposition to it (not
    "... that Trump is racist"), and it is the surname of a person the article names in full ("Kasich"
    after "John Kasich") or is written as a person's name ("Carly Fiorina" tagged as an organisation)."""
    tt = TokenTable.of(doc)
    root = ent.root.i
    subject = tt.head[root] if tt.dep[root] == "appos" else root  # "Former CEO Carly Fiorina named ..."
    if tt.dep[subject] != "nsubj" or tt.head[subject] != tt.sentence_root(root):
        return None
    if len(ent) != 1 and not (ent.label_ == "ORG" and _person_name_form(tt, ent, root)):
        return None
    named = describe(doc, (ent.start_char, ent.end_char), root, acronyms, text=tt.text, ents=names)
    bearers.name(named)
    return named if named.bearer or (len(ent) > 1 and named.kind == "PERSON") else None


def _subject_over_object(tt: TokenTable, ent: Span, mention: Mention) -> bool:
    """Rule ``own_sentence_subject`` (issue 13's speakers31 round): "Tom Hale, who has driven buses for a decade,
    drew attention to the cuts when he walked out beside his colleague Bill Ortiz; *he* says ...": where the
    latest person named before a "he" / "she" that no other rule placed is no subject of the pronoun's own
    sentence, its subject is the one the pronoun goes on (as for the sentence just before), unless the pronoun
    is inside that person's phrase ("... fought Ray Lenz, *who* led the campaign because *he* claimed ...") or a
    pronoun of its gender stands between them, which may already be that person's ("Ortiz said Ann Park's
    remarks were unkind, citing *her* words on the radio in which *she* said ...")."""
    if tt.dominates(ent.root.i, mention.root):
        return False
    return not any(lexicons.PERSON_PRONOUNS.get(tt.lower[t]) == mention.gender for t in range(ent.end, mention.root))


def _headings_before(text: str, paragraphs: list[int], n: int) -> int:
    """How many paragraphs just before paragraph ``n`` are section headings: a few words, all in capitals
    ("FULL TEXT."), not a time or a rule of a live report ("7:30 p.m.", "___.")."""
    count = 0
    while n - count - 1 >= 0:
        k = n - count - 1
        para = text[paragraphs[k]:paragraphs[k + 1]].strip()
        letters = [c for c in para if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters) or len(para.split()) > 4 \
                or any(c.isdigit() for c in para):
            break
        count += 1
    return count


def _unlabelled_subjects(doc: Doc, start: int, end: int) -> list[Span]:
    """"Sanders captured the primary. ... He told the crowd": the capitalised words from char offset
    ``start`` to token ``end`` that the tagger left unlabelled (a proper noun, or a common noun written
    with a capital) as the subject of their sentence's main verb, each as a one-token span (a surname,
    when a person is named in full so)."""
    tt = TokenTable.of(doc)
    return [doc[i:i + 1] for i in range(bisect.bisect_left(tt.idx, start), end)
            if tt.dep[i] == "nsubj" and not tt.ent_type[i] and tt.head[i] == tt.sentence_root(i)
            and tt.word(i).isalpha() and tt.word(i).istitle() and tt.pos[i] in ("PROPN", "NOUN")]


def _known_person(clusters: _Registry, name: str) -> Cluster | None:
    """The person speaker whose name (or surname) is ``name``, if exactly one is."""
    key = _norm(name)
    found = [c for c in clusters.named_candidates(({key}, key)) if c.kind == "PERSON" and key in c.keys]
    return found[0] if len(found) == 1 else None


def _mislabelled_subject(tt: TokenTable, t: int, clusters: _Registry,
                         content: Sequence[tuple[int, int]]) -> Cluster | None:
    """Rule ``mislabelled_subject_person`` (issue 13's speakers49 round): a one-word proper noun subject the
    tagger read as an organisation or a place ("Hale is not alone in his view that ...", "Hale" an ORG) is the
    person speaker the document already knows by that name (:func:`_known_person`), as the subject a "he" /
    "she" / "his" / "her" under its verb refers to; None for a name no person speaker bears, or inside the
    claim's content."""
    if tt.ent_type[t] not in ("ORG", "GPE", "NORP") or any(s <= tt.idx[t] < e for s, e in content) \
            or (t > 0 and tt.pos[t - 1] == "PROPN") or (t + 1 < len(tt.lower) and tt.pos[t + 1] == "PROPN"):
        return None  # a name of several words is an organisation's or a place's more often than a surname
    return _known_person(clusters, tt.word(t))


def _attributed_at(claim: Claim, paragraphs: list[int]) -> int:
    """Where a claim's attribution is read: its speaker mention when named after the start of its
    content in the same paragraph ('Friends mocked him, calling him "a fool," Susan said.'), else the
    start of its content."""
    start = claim.content[0]
    mention = claim.speaker_mention
    if mention is not None and mention[0] > start and \
            bisect.bisect_right(paragraphs, mention[0]) == bisect.bisect_right(paragraphs, start):
        return mention[0]
    return start


# ---------------------------------------------------------------------------------------------------
# Documents as speakers: "a letter signed by 40 senators", "the tweet"

#: Verbs by which a document names its author: "a letter signed by ...", "a statement issued by ...".
_AUTHORING_VERBS = frozenset({"sign", "write", "issue", "send", "post", "release", "publish", "pen", "author",
                              "co-sign", "draft", "put"})
#: Written works whose author speaks through them: "his self-published book describes ..." (not a
#: biography, whose possessor is its subject).
_AUTHORED_WORKS = frozenset({"book", "memoir", "autobiography", "essay", "article", "blog", "diary", "novel",
                             "speech"})
#: Channels and filings that carry one owner's words: "Park's Twitter account posted ...", "Lee's Facebook page
#: said ...", "Hale's lawsuit says ..." (issue 13's twenty-fifth speakers round). Their owner speaks when
#: named: a possessive pronoun went to the wrong person in 2 of 2 development cases.
_OWNED_CHANNELS = frozenset({"account", "feed", "handle", "profile", "timeline", "website", "site", "lawsuit",
                             "suit", "complaint", "filing"})
#: How many claims back the claim that introduced a document ("In a tweet, Park wrote ...") may lie.
_DOCUMENT_CLAIMS_BACK = 3


def document_author(tt: TokenTable, root: int) -> tuple[tuple[int, int] | None, int | None]:
    """The author a document noun names, as (character span, head token): "Park's tweet", "a statement
    from the ministry", "a letter signed by 40 senators". ``(None, None)`` for any other mention.

    A document says nothing by itself: when the text names who wrote it, the writer is the speaker
    (the document word stays the local mention).
    """
    lemma = tt.lemma[root]
    if (lemma not in lexicons.MEDIUM_NOUNS and lemma not in _AUTHORED_WORKS and lemma not in _OWNED_CHANNELS) \
            or tt.pos[root] != "NOUN":
        return None, None
    dep, children = tt.dep, tt.children
    author = None
    for child in children[root]:
        if dep[child] == "poss":
            author = child
        elif dep[child] == "prep" and tt.lower[child] in ("from", "by") and child > root:
            author = next((g for g in children[child] if dep[g] == "pobj"), None)
        elif dep[child] == "acl" and tt.lemma[child] in _AUTHORING_VERBS:
            agent = next((g for g in children[child] if dep[g] == "agent"), None)
            author = next((g for g in children[agent] if dep[g] == "pobj"), None) if agent is not None else None
        if author is not None:
            break
    if author is None or tt.pos[author] not in ("PROPN", "NOUN", "PRON"):
        return None, None
    if lemma in _OWNED_CHANNELS and lemma not in lexicons.MEDIUM_NOUNS and tt.pos[author] == "PRON":
        return None, None  # "according to his Facebook profile": the pronoun is no surer than the channel
    ids = sorted(tt.subtree(author))
    while len(ids) > 1 and (dep[ids[-1]] == "case" or tt.is_punct[ids[-1]]):  # "Park's" -> "Park"
        ids.pop()
    return (tt.idx[ids[0]], tt.end[ids[-1]]), author


def _main_clause_speaker(tt: TokenTable, doc: Doc, mention: Mention, claims: list[ClaimRecord], n: int,
                         placed: dict[int, Cluster]) -> Cluster | None:
    """Rule ``main_clause_speaker`` (issue 13's twenty-seventh speakers round): "Ann Park said the council
    had met twice, whereas Tom Hale admitted that he missed one meeting. She also said ...": a "he" / "she"
    subject opening its sentence (or after a scene-setting phrase, :func:`_scene_setting_lead`), right after
    a sentence of its paragraph that holds two claims of different speakers, goes on the speaker whose cue
    is that sentence's main verb, not the one of the later claim, whose cue sits in a clause under it (the
    main clause's subject is the sentence's topic). Only when that speaker's cluster agrees with the pronoun
    and the later one is the previous claim's."""
    root = mention.root
    if n == 0 or n - 1 not in placed or tt.dep[root] != "nsubj" \
            or _lead_of_pronoun(tt, tt.sentence_bounds(root)[0], root, ()) is None:
        return None
    start = tt.sentence_bounds(root)[0]
    if start == 0:
        return None
    before_start, before_end = tt.sentence_bounds(start - 1)
    if "\n" in tt.text[tt.idx[before_start]:tt.idx[root]]:
        return None  # another paragraph
    previous = claims[n - 1].quote
    before_root = tt.sentence_root(start - 1)
    if previous is None or previous.cue_root is None or not before_start <= previous.cue_root < before_end \
            or previous.cue_root == before_root:
        return None
    for m in range(n - 2, -1, -1):
        found = claims[m].quote
        if found is None or found.cue_root is None or found.cue_root < before_start:
            return None
        if found.cue_root == before_root:
            main = placed.get(m)
            if main is None or main is placed[n - 1] or main.kind != "PERSON" or not _agrees(mention, main):
                return None
            return main
    return None


def _asked_person(tt: TokenTable, names: list[Span], verb: int) -> int | None:
    """Rule ``asked_answers`` (issue 13's twenty-seventh speakers round): "Reporter Ann Park asked Mayor Tom
    Hale whether the bridge was safe. / '...,' he said.": the main verb of the sentence before puts a question
    (:data:`claimex.lexicons.QUESTIONING_VERBS` with a clause opened by "whether", "if" or a wh-word) to a
    person named as its object; the answer after it is that person's, not the asker's. The question is a
    complement of the verb or of its preposition ("pressed Mayor Hale *on why* ...": a pcomp), not an adverbial
    clause ("asked Mayor Hale for money *when they met*"). The object's token, or None ("asked him to resign" is
    a request: its asker goes on)."""
    if tt.lemma[verb] not in lexicons.QUESTIONING_VERBS:
        return None
    clauses = [c for c in tt.children[verb] if tt.dep[c] in ("ccomp", "xcomp")]  # not "when they met" (advcl)
    clauses += [g for c in tt.children[verb] if tt.dep[c] == "prep" for g in tt.children[c] if tt.dep[g] == "pcomp"]
    if not any(_opens_question(tt, c) for c in clauses):
        return None
    objects = [c for c in tt.children[verb] if tt.dep[c] in ("dobj", "dative")]
    if len(objects) != 1:
        return None
    found = _named_subject(tt, names, objects[0])
    return objects[0] if found is not None and found is not False and found.label_ == "PERSON" else None


def _opens_question(tt: TokenTable, clause: int) -> bool:
    """The clause under ``clause`` is an indirect question: its first word is "whether", "if" or a wh-word."""
    return tt.lower[tt.left_edge(clause)] in lexicons.INDIRECT_QUESTION_OPENERS


def _unlabelled_surname(doc: Doc, t: int, names: list[Span], acronyms: dict[str, str],
                        bearers: _Bearers) -> Mention | None:
    """Rule ``unlabelled_subject_surname`` (issue 15's speakers48 round): a one-word proper noun subject the
    tagger left unlabelled ("Price, a councillor for years, has been named for mayor, though he says ...") as a
    mention of the person the article names in full with that surname (:class:`_Bearers`); None otherwise."""
    tt = TokenTable.of(doc)
    if tt.ent_type[t] or (t > 0 and tt.pos[t - 1] == "PROPN") \
            or (t + 1 < len(tt.lower) and tt.pos[t + 1] == "PROPN"):
        return None  # a labelled name, or part of a longer one
    named = describe(doc, (tt.idx[t], tt.idx[t] + len(tt.word(t))), t, acronyms, text=tt.text, ents=names)
    bearers.name(named)
    return named if named.bearer and named.kind == "PERSON" else None


def _sentence_before(tt: TokenTable, opening: int) -> tuple[int, int]:
    """The bounds of the sentence before the one opening at token ``opening``, past a sentence of punctuation
    alone: a quote's opening mark the parser split off as a sentence of its own (rule
    ``described_subject_before``, issue 15's speakers48 round)."""
    start, end = tt.sentence_bounds(opening - 1)
    if start > 0 and all(tt.is_punct[t] or tt.is_space[t] for t in range(start, end)):
        start, end = tt.sentence_bounds(start - 1)
    return start, end


def _lead_of_pronoun(tt: TokenTable, start: int, root: int,
                     content: Sequence[tuple[int, int]]) -> tuple[list[int], bool] | None:
    """The words before a pronoun subject from ``start``, when they are its own quote (``content``), or
    none and True when they only set the scene (:func:`_scene_setting_lead`: "In an interview on Sunday,
    he said ..." opens with the pronoun); None for any other words."""
    lead = [t for t in range(start, root) if not (tt.is_punct[t] or tt.is_space[t])]
    if lead and _scene_setting_lead(tt, root, lead):
        return [], True
    if not all(any(s <= tt.idx[t] < e for s, e in content) for t in lead):
        return None
    return lead, False


def _scene_setting_lead(tt: TokenTable, root: int, lead: list[int]) -> bool:
    """Rule ``scene_lead`` (issue 13's twenty-seventh speakers round): the words before a "he" / "she"
    subject only set the scene of its verb ("Kerr did not answer calls. *In a radio interview on Monday,*
    he defended the plan"; "*But at the time,* she said ..."): each hangs from the pronoun's verb through a
    prepositional phrase, an adverb, a noun of time, a conjunction or an adverbial clause
    (:data:`claimex.syntax.SCENE_SETTING_DEPS`), and none is a subject, a person's name or a pronoun of a
    person ("*When Hale called him,* he said" has another actor). The pronoun then opens its sentence for
    :meth:`SpeakerResolver._person_of_sentence_before`: the subject of the main verb of the sentence before
    is the one it goes on, before the speaker of an earlier quote. Not when the sentence before has an object
    pronoun of the same gender (:func:`_object_pronoun_before`: "Sheriff Reed introduced *him* to the crowd.
    After the applause, he said ...": the one introduced, not the sheriff)."""
    if _object_pronoun_before(tt, root):
        return False
    verb = tt.head[root]
    for t in lead:
        if _own_pronoun_in_lead(tt, root, t):
            continue
        personal = tt.pos[t] == "PRON" and (tt.lower[t] in lexicons.PERSON_PRONOUNS
                                            or tt.lower[t] in lexicons.FIRST_PERSON)
        if personal or tt.dep[t] in syntax.SUBJECT_DEPS or tt.ent_type[t] == "PERSON":
            return False
        top = t
        while tt.head[top] != verb and tt.head[top] != top:
            top = tt.head[top]
        if tt.head[top] != verb or top == verb or tt.dep[top] not in syntax.SCENE_SETTING_DEPS:
            return False
    return True


def _own_pronoun_in_lead(tt: TokenTable, root: int, t: int) -> bool:
    """Rule ``own_pronoun_lead`` (issue 13's speakers31 round): in the words before a "he" / "she" subject, the
    same pronoun as a subject or its possessive ("*Adopted* by a family in Ohio *when he was six*, he says ...",
    "*In his statement on Friday*, he said ...") names the pronoun's own
    person, no other actor, so it does not keep the lead from only setting the scene
    (:func:`_scene_setting_lead`). An object form ("When Reed called *him*") is still another actor's."""
    own = tt.lower[root]
    if tt.pos[t] != "PRON" or own not in lexicons.OWN_LEAD_PRONOUNS:
        return False
    return tt.lower[t] == own or (tt.dep[t] == "poss" and tt.lower[t] in lexicons.OWN_LEAD_PRONOUNS[own])


#: The object pronoun of each subject pronoun of a person (:func:`_object_pronoun_before`).
_OBJECT_PRONOUNS: Final = {"he": "him", "she": "her"}


def _object_pronoun_before(tt: TokenTable, root: int) -> bool:
    """Whether the sentence before the pronoun ``root``'s has an object pronoun of its gender ("introduced *him*
    to the crowd" before "he"): the pronoun may go on that person, not the subject (rule ``scene_lead``)."""
    wanted = _OBJECT_PRONOUNS.get(tt.lower[root])
    start = tt.sentence_bounds(root)[0]
    if wanted is None or start == 0:
        return False
    return any(tt.lower[t] == wanted and tt.dep[t] in ("dobj", "dative") for t in range(*tt.sentence_bounds(start - 1)))


def _document_antecedent(doc: Doc, claims: list[ClaimRecord], n: int, placed: dict[int, Cluster],
                         noun: str | None) -> Cluster | None:
    """"In a tweet, Park wrote that ... The tweet said ...": a definite document noun with no author is
    the document a recent claim's sentence mentioned, and its speaker that claim's."""
    if noun is None or noun not in lexicons.MEDIUM_NOUNS:
        return None
    table = TokenTable.of(doc)
    for m in range(n - 1, max(-1, n - 1 - _DOCUMENT_CLAIMS_BACK), -1):
        found = claims[m].quote
        if m not in placed or found is None or found.cue_root is None:
            continue
        mention, lemma = found.mention_root, table.lemma
        if any(lemma[t] == noun and t != mention for t in range(*table.sentence_bounds(found.cue_root))):
            return placed[m]
    return None


# ---------------------------------------------------------------------------------------------------
# Describing a mention


def describe(doc: Doc, span: list[int] | tuple[int, int], root_i: int,
             acronyms: dict[str, str] | None = None, *, text: str | None = None,
             ents: list[Span] | None = None) -> Mention:
    """Name, title, role, affiliation, kind, gender and number of one speaker mention.

    Token attributes are read from the document's shared :class:`TokenTable`, by index.
    """
    tt = TokenTable.of(doc)
    start, end = span
    # the mention's tokens, range(first, stop): those of doc.char_span(start, end, alignment_mode="expand"),
    # else the root alone
    found = tt.expand(start, end)
    first, stop = found if found is not None and found[0] < found[1] else (root_i, root_i + 1)
    text = tt.text if text is None else text
    pos, lemmas, lows = tt.pos, tt.lemma, tt.lower
    mention = Mention(span=(start, end), text=text[start:end], root=root_i)
    lower = lows[root_i]
    if _is_pronoun(tt, root_i):
        mention.pronoun = lower
        mention.gender = lexicons.PERSON_PRONOUNS.get(lower)
        mention.plural = lower in lexicons.PLURAL_PRONOUNS or lower in ("we", "us")
        mention.kind = "PERSON" if mention.gender else ("ORG" if lower in lexicons.NEUTER_PRONOUNS else "OTHER")
        return mention
    ents = _ents_within(list(tt.ents) if ents is None else ents, first, stop)
    member = _partitive_member(tt, root_i)
    noun = root_i if member is None else member  # "one of the prosecutors": the noun that says who speaks
    # "a prosecutor for Tom Hale": Hale is whom the speaker works for (the affiliation), not the speaker
    name_ent = None if lower in _NOBODY else _main_entity(
        [e for e in ents if not _served_name(tt, e, root_i, noun)], root_i)
    # "Ryan's office said": the office speaks for its holder, who is not the speaker (office_of_person)
    owner = _owner_of_role(tt, noun, name_ent) or _office_owner(tt, noun, name_ent)
    if owner is not None:
        # "Lawyers for Maria Chen", "Ms. Chen's lawyer", "Trump's aides": the person named is the one
        # they work for, not the speaker
        mention.affiliation = owner
        name_ent = None
    acronyms = acronyms or {}
    if name_ent is not None:
        title, name = _split_title(name_ent, tt)
        mention.title = title
        mention.name = _name_after_possessor(tt, name_ent.start, name_ent.end, root_i) or name
        mention.kind = _name_kind(tt, name_ent, root_i)
    if acronyms:
        _read_acronyms(tt, mention, range(first, stop), acronyms)
    head = noun
    if name_ent is not None and name_ent.start <= root_i < name_ent.end:
        # "Iraqi military spokesman Maj-Gen Yehia Rasool": the role noun sits before the name
        head = next((i for i in range(name_ent.start - 1, first - 1, -1) if lemmas[i] in lexicons.ROLE_NOUNS),
                    root_i)
    appos_role = _appos_role(tt, root_i, first, stop, named=name_ent is not None and lemmas[head] not in
                             lexicons.ROLE_NOUNS)
    if lemmas[head] not in lexicons.ROLE_NOUNS and appos_role is not None:
        head = appos_role
    lemma = lemmas[head]
    if (lemma in lexicons.ROLE_NOUNS or head == appos_role) and pos[head] in ("NOUN", "PROPN"):
        mention.role, affiliation = _role_and_affiliation(doc, head, name_ent, appos_role)
        mention.affiliation = mention.affiliation or affiliation
        named_by_role = head == appos_role and name_ent is not None and name_ent.start <= root_i < name_ent.end
        if (mention.kind in ("OTHER", "NORP", "GPE") or (mention.kind == "ORG" and named_by_role)) \
                and lemma not in lexicons.ORG_NOUNS:
            mention.kind = "PERSON"  # "Maryam Violet, an Iranian journalist": the name is the journalist's
    elif (lemmas[root_i] in lexicons.ORG_NOUNS or lower in lexicons.ORG_NOUNS) and mention.kind == "OTHER":
        mention.kind = "ORG"
    coordinated = _coordinated(tt, root_i, first, stop)
    if coordinated:
        # "Tom Hale and Ann Park said": two people, one "they"; neither name is the group's
        mention.name = mention.title = None
    mention.plural = coordinated or _plural_head(tt, root_i, lemma) or (
        member is not None and lows[root_i] not in _ONE_OF)  # "two of his lawyers" are they
    if mention.name is None and pos[root_i] == "PROPN":
        mention.name = _unlabelled_name(tt, root_i, first, stop)
    if mention.name is None and pos[root_i] != "PROPN" and not ents and any(
            tt.dep[c] == "det" and lows[c] in ("the", "this", "that") for c in tt.children[root_i]):
        mention.nominal = lemmas[root_i]
    mention.described = _described_head(tt, mention, root_i, ents)
    if _party_member_description(tt, root_i, ents):
        mention.name = mention.title = None
        mention.kind, mention.described = "PERSON", lows[root_i]
    # read only for an entity none of whose mentions has a name (_speaker)
    mention.phrase = None if mention.name is not None else _head_phrase(tt, root_i, first, stop, ents)
    mention.noun_kind = _common_noun_kind(tt, mention, root_i)
    if coordinated:
        return mention  # a group of people has no one gender ("Mr. Lee and Ms. Park")
    # "her husband", "Mrs. Lee's spokesman", "Tom Hale, a strategist for Mrs. Lee": the owner's words tell
    # the owner's gender, not the speaker's
    heads = [root_i, *(c for c in tt.children[root_i] if tt.dep[c] == "appos")]
    owners = {t.i for h in heads for c in tt.children[h] if tt.dep[c] in _OWNER_DEPS for t in doc[c].subtree}
    mention.gender = _gender({lows[i] for i in range(first, stop) if i not in owners}, mention)
    return mention


#: Organisations a person runs that the news names by their owner ("the Hale campaign", "Hale's campaign") and
#: leaves unnamed once introduced ("the campaign said", "his campaign said"): :func:`_name_campaign`.
_OWNED_ORG_NOUNS: Final = frozenset({"campaign"})


def _name_campaign(tt: TokenTable, names: list[Span], mention: Mention) -> None:
    """``campaign_owner``: "The Hale campaign said ... the campaign said" / "Hale rallied in Ohio as his campaign
    said": a singular "the campaign" or "his/her campaign" with no owner of its own is named for its owner's
    surname ("Hale campaign"; an organisation) when the article tells whose it is: for "his" / "her", the
    person the pronoun stands for (:func:`_possessive_owner`; the campaign another person's article named is no
    guide to a pronoun's owner); for "the", the one person whose campaign the article named before
    it ("Hale's campaign", "the Hale campaign": :func:`_campaign_owners`). Two people named there, or two
    campaigns of two owners: no name (the mention stays as it was)."""
    root = mention.root
    if mention.name is not None or mention.affiliation is not None or mention.plural or mention.pronoun \
            or tt.lemma[root] not in _OWNED_ORG_NOUNS or tt.pos[root] != "NOUN":
        return
    found = tt.expand(*mention.span)
    first, stop = found if found is not None else (root, root + 1)
    det = [i for i in range(first, stop) if i != root and not tt.is_punct[i] and tt.dep[i] != "case"]
    if len(det) != 1 or det[0] != root - 1 or tt.head[det[0]] != root:
        return  # "the Republican campaign", "a campaign", "the campaign of Ann Park": not the bare noun
    word = tt.lower[det[0]]
    if word in ("his", "her"):
        owner = _possessive_owner(tt, names, first, "male" if word == "his" else "female")
    elif word == "the":
        owners = _campaign_owners(tt, first)
        owner = owners[-1] if len({_norm(o) for o in owners}) == 1 else None
    else:
        return
    if owner is None:
        return
    mention.name = f"{owner} {tt.lower[root]}"
    mention.affiliation = owner
    mention.kind = "ORG"


#: The people and bodies that act or speak for a person, named for their owner when a possessive pronoun stands for
#: the owner ("her aides", "his office"): :func:`_name_possessed` (the campaign has :func:`_name_campaign`).
_OWNED_STAFF_NOUNS: Final = frozenset({
    "team", "office", "organization", "organisation", "staff", "aide", "adviser", "advisor", "spokesman",
    "spokeswoman", "spokesperson", "lawyer", "attorney"})
#: How many sentences before its own :func:`_possessive_owner` reads for the owner of "his" / "her".
_OWNER_SENTENCES_BACK: Final = 2


def _name_possessed(tt: TokenTable, names: list[Span], mention: Mention) -> None:
    """``possessive_owner``: "Advisers to Mr. Hale met on Monday. Now his team is saying ...": a mention that is
    only "his" / "her", some common adjectives or nouns, and a noun of :data:`_OWNED_STAFF_NOUNS` ("her aides",
    "his chief aide", "his office") is named for the owner the pronoun stands for ("Hale's team", affiliation
    "Hale"), when :func:`_possessive_owner` finds one. Nothing after the noun ("her lawyers in a court filing"),
    no name in the mention ("her adviser, Ann Park" is Ann Park)."""
    root = mention.root
    if mention.name is not None or mention.affiliation is not None or mention.pronoun \
            or tt.lemma[root] not in _OWNED_STAFF_NOUNS or tt.pos[root] != "NOUN":
        return
    found = tt.expand(*mention.span)
    first, stop = found if found is not None else (root, root + 1)
    while stop > root + 1 and tt.is_punct[stop - 1]:
        stop -= 1
    word = tt.lower[first]
    if word not in ("his", "her") or tt.head[first] != root or stop != root + 1:
        return
    if any(tt.pos[i] not in ("ADJ", "NOUN") or tt.dep[i] not in ("amod", "compound") for i in range(first + 1, root)):
        return  # "his own campaign's ...", "her husband's aides": not a plain noun of staff
    owner = _possessive_owner(tt, names, first, "male" if word == "his" else "female")
    if owner is None:
        return
    mention.phrase = f"{owner}'s {tt.span_text(first + 1, root).strip()}"
    mention.affiliation = owner


def _possessive_owner(tt: TokenTable, names: list[Span], first: int, gender: str) -> str | None:
    """The surname of the person a possessive "his" / "her" (token ``first``) stands for: the one person of the
    ``gender`` named in its own sentence before it; where that sentence names no one before it, the one person of
    the ``gender`` named in the nearest of the :data:`_OWNER_SENTENCES_BACK` sentences before that names one of it
    ("Advisers to Mr. Hale met. Now his team ..."). A person the article shows to be of the other gender only (a
    forename or a title given the same surname: "Ann Park" for "Park") is passed over; two of the gender in that
    sentence, or only people of the other gender in its own sentence: None."""
    full = {_surname(_norm(_split_title(e, tt)[1])) for e in names
            if e.label_ == "PERSON" and len(_split_title(e, tt)[1].split()) > 1}
    told: dict[str, set[str]] = {}  # surname -> the genders the article gives its bearers
    for ent in names:
        if ent.label_ != "PERSON":
            continue
        title, name = _split_title(ent, tt)
        words = name.split()
        if not words:
            continue
        if title is None and ent.start > 0:
            title = tt.word(ent.start - 1)
        said = _title_gender(title) or (_forename_gender(words[0].lower()) if len(words) > 1 else None)
        if said is not None:
            told.setdefault(_surname(_norm(name)), set()).add(said)
    start, stop = tt.sentence_bounds(first)[0], first
    found = _persons_named(tt, names, full, start, stop)
    for back in range(_OWNER_SENTENCES_BACK + 1):
        if found:
            # "Sanders" of an article that names Bernie Sanders is no owner of a "her"
            agree = {key: word for key, word in found.items() if key not in told or gender in told[key]}
            if agree or back == 0:
                return next(iter(agree.values())) if len(agree) == 1 else None
        if start == 0 or back == _OWNER_SENTENCES_BACK:
            return None
        start, stop = tt.sentence_bounds(start - 1)[0], start
        found = _persons_named(tt, names, full, start, stop)
    return None


def _persons_named(tt: TokenTable, names: list[Span], full: set[str], start: int, stop: int) -> dict[str, str]:
    """The people named between tokens ``start`` and ``stop`` (a PERSON name; a one-word ORG name that is the
    surname of one of the people the article names in full, ``full``), by normalised surname: the surname."""
    found: dict[str, str] = {}
    for ent in names:
        if not start <= ent.start or ent.end > stop:
            continue
        name = _split_title(ent, tt)[1]
        if ent.label_ != "PERSON" and (ent.label_ != "ORG" or " " in name or _norm(name) not in full):
            continue
        words = name.split()
        if words:
            found.setdefault(_surname(_norm(name)), _strip_possessive(words[-1]))
    return found


#: Heads of a share of a group that names no group ("42%", "22 percent", "nearly half", "a third", "a majority"):
#: :func:`_name_share_respondents`. "Six in 10" is read on its count and "in".
_SHARE_HEADS: Final = frozenset({
    "percent", "%", "half", "third", "quarter", "fifth", "majority", "minority", "plurality", "two-thirds",
    "three-quarters"})


def _name_share_respondents(tt: TokenTable, mention: Mention) -> None:
    """``share_respondents``: "A new survey of young voters ... 42% say they are liberal": a mention that is only a
    share ("42%", "22 percent", "six in 10", "nearly half", "a majority": a head of :data:`_SHARE_HEADS` or a count
    "in" a count, with no group of its own, no "of" phrase and no noun the share counts) is no one's name: where
    the article speaks of a poll or survey before the end of the mention's sentence
    (:data:`~claimex.lexicons.POLL_WORDS`, the last one of them), the speaker is named for the people it asked,
    "poll respondents" / "survey respondents" (to the linker, still nobody in particular).
    "52 percent of registered voters", "six in 10 voters", "most of them" keep their own words."""
    root = mention.root
    if mention.name is not None or mention.pronoun or mention.affiliation is not None:
        return
    if not _bare_share(tt, root):
        return
    word = None
    for i in range(tt.sentence_bounds(root)[1]):
        word = lexicons.POLL_WORDS.get(tt.lemma[i].lower(), word)
    if word is None:
        return
    mention.phrase = f"{word} respondents"
    mention.plural = True


#: Counts and quantifiers that stand for a group whose noun is left out, "52 have said", "Several said",
#: "Others argue", "Another wrote": :func:`_name_elided_noun` (a number in digits or words counts too).
_ELIDED_COUNTS: Final = frozenset({"several", "many", "most", "some", "few", "both", "all", "others", "another"})
#: Of them, those that count one: their noun is singular ("one user wrote ... Another said").
_ONE_COUNTS: Final = frozenset({"another", "one", "1"})
#: The words before a noun that say what kind it is ("Democratic candidates", "local farmers"), which the
#: count keeps; its own count, determiner and possessor ("480", "the", "Ms. Park's") the count replaces.
_KIND_DEPS: Final = frozenset({"amod", "compound", "nmod"})


def _name_elided_noun(tt: TokenTable, mention: Mention) -> None:
    """``elided_count_noun``: "Already, 480 delegates have said they will back Ms. Park, 52 have said they will back
    Mr. Hale" / "The Democratic candidates would raise the wage. Several said ...": a subject that is only a count or a
    quantifier ("52", "Several", "Others", "Another"; :data:`_ELIDED_COUNTS`; no noun, no "of" phrase of its own)
    says how many, not who. The group it counts is the last subject before it, in its own sentence or the one before,
    of a finite clause, whose head is a noun of people (a person noun, a people's name such as "Democrats", an
    organisation noun) or a noun with a count of its own ("480 delegates"), or the group of a counted subject ("nine
    of 10 nurses were tired; most said"); the mention is named for that noun with the count's word, "52 delegates",
    "several Democratic candidates", "other protesters", "another county clerk" (a count of one takes a singular
    noun, the others a plural one; a people's subject of the wrong number, or a person's or an organisation's name,
    ends the search with no name). The count stays its own speaker: it is the part of the group that spoke. "Some of
    the aides", "several nurses", "some who" keep their own words."""
    root = mention.root
    if mention.name is not None or mention.affiliation is not None or mention.phrase not in (None, mention.text):
        return
    low = tt.lower[root]
    if low not in _ELIDED_COUNTS and not (tt.like_num[root] and tt.pos[root] == "NUM"):
        return
    if tt.dep[root] not in ("nsubj", "nsubjpass") or any(
            tt.dep[c] not in ("advmod", "quantmod", "punct") for c in tt.children[root]):
        return  # "some of the aides", "several who", "39 delegates": a phrase of its own
    one = low in _ONE_COUNTS
    start = tt.sentence_bounds(root)[0]
    begin = tt.sentence_bounds(start - 1)[0] if start > 0 else start
    noun, kind = None, None
    for i in range(root - 1, begin - 1, -1):
        if tt.pos[i] not in ("NOUN", "PROPN") or tt.dep[i] not in ("nsubj", "nsubjpass", "pobj"):
            continue
        if tt.dep[i] == "pobj":  # "nine of 10 nurses were tired; most said": the group of a counted subject
            of = tt.head[i]
            if tt.lower[of] != "of" or tt.dep[tt.head[of]] not in ("nsubj", "nsubjpass"):
                continue
        if not _finite_clause(tt, tt.head[i] if tt.dep[i] != "pobj" else tt.head[tt.head[tt.head[i]]]):
            continue  # "a job after college in Ohio selling cars": a misparse, not a clause's subject
        counted = any(tt.dep[c] == "nummod" or tt.lower[c] in lexicons.PARTITIVE_HEADS for c in tt.children[i])
        if tt.ent_type[i] == "PERSON" or (tt.ent_type[i] == "ORG" and tt.pos[i] == "PROPN"):
            return  # a person or an organisation by name: the count is no part of a group named before it
        people = tt.ent_type[i] == "NORP" or is_person_noun(tt.lemma[i].lower())
        if not (people or counted or tt.lemma[i].lower() in lexicons.ORG_NOUNS):
            continue
        if (tt.doc[i].tag_ in ("NNS", "NNPS")) == one:
            return  # "Ms. Park's aide said ...; several said": not the same noun
        noun, kind = i, "PERSON" if people else "ORG" if tt.lemma[i].lower() in lexicons.ORG_NOUNS else None
        break
    if noun is None:
        return
    first = _kind_start(tt, noun)
    count = "other" if low == "others" else tt.word(root) if tt.like_num[root] and not tt.is_alpha[root] else low
    words = tt.text[tt.idx[first]:tt.end[noun]]
    if tt.pos[first] != "PROPN" and first == tt.sentence_bounds(first)[0]:
        words = words[:1].lower() + words[1:]  # "Farmers blocked ... Some shouted": "some farmers"
    mention.phrase = f"{count} {words}"
    mention.plural = not one
    mention.pronoun = mention.gender = None
    mention.kind = kind or mention.kind


def _kind_start(tt: TokenTable, noun: int) -> int:
    """The first of the words just before ``noun`` that say what kind it is ("Democratic candidates", "night
    nurses", "Irish-Americans": :data:`_KIND_DEPS` and a hyphen between them), not its count or determiner."""
    def kind(i: int) -> bool:
        if i < 0 or tt.head[i] not in range(i + 1, noun + 1) or tt.lower[i] in lexicons.PARTITIVE_HEADS \
                or tt.lower[i] in ("other", "another"):
            return False
        return tt.dep[i] in _KIND_DEPS or (tt.lower[i] == "-" and kind(i - 1))

    first = noun
    while kind(first - 1):
        first -= 1
    return first


def _finite_clause(tt: TokenTable, verb: int) -> bool:
    """Whether token ``verb`` heads a finite clause: a verb in a tense ("said", "argue") or one with an auxiliary
    ("would seek", "have said")."""
    return tt.doc[verb].tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        tt.dep[c] in ("aux", "auxpass") for c in tt.children[verb])


def _bare_share(tt: TokenTable, root: int) -> bool:
    """Whether the phrase headed by ``root`` is a share and nothing more: "42%", "Some 22 percent", "About four in
    10", "Less than a third", "just over a quarter, 26 percent"; not "52 percent of voters", "six in 10 voters",
    "the third" (its children are read: a clause on it, "42% who say", is no part of the share)."""
    low = tt.lower[root]
    if low in _SHARE_HEADS or tt.lemma[root].lower() in _SHARE_HEADS:
        if low != "%" and tt.pos[root] not in ("NOUN", "NUM", "ADJ", "SYM"):
            return False
        if low not in ("half", "majority", "minority", "plurality") and not any(
                tt.like_num[c] or tt.lower[c] in ("a", "one", "two", "three") or tt.dep[c] == "nummod"
                for c in tt.children[root] if c < root):
            return False  # "a third" / "one third" / "22 percent" count; "the third" does not
    elif tt.like_num[root]:
        ins = [c for c in tt.children[root] if c > root and tt.dep[c] == "prep" and tt.lower[c] == "in"]
        counted = [c for c in tt.children[root] if c < root and tt.dep[c] == "quantmod"]
        if not (len(ins) == 1 and any(tt.like_num[g] and not tt.children[g] for g in tt.children[ins[0]])) \
                and not ("in" in {tt.lower[c] for c in counted} and any(tt.like_num[c] for c in counted)):
            return False  # "six in 10" (parsed either way); not "six in 10 voters"
    else:
        return False
    for c in tt.children[root]:
        if tt.dep[c] == "prep" and not (tt.lower[c] == "in" and tt.like_num[root]):
            return False  # a group or a poll of its own: "of voters", "in a Times poll"
        if tt.pos[c] in ("NOUN", "PROPN") and tt.dep[c] != "appos" and tt.lower[c] not in _SHARE_HEADS:
            return False  # "22 percent Democrats", "a majority party"
        if tt.dep[c] == "appos" and not _bare_share(tt, c):
            return False  # "a third, Democrats"; "just over a quarter, 26 percent" is a share
    return True


def _campaign_owners(tt: TokenTable, before: int) -> list[str]:
    """The surnames of the people whose campaign the article names before token ``before``, in order: the
    possessor or the name before the noun of :data:`_OWNED_ORG_NOUNS` ("Ann Park's campaign", "the Park
    campaign"), a name (PERSON, or ORG: the tagger often reads a surname before "campaign" as one)."""
    out = []
    for i in range(before):
        if tt.lemma[i] not in _OWNED_ORG_NOUNS or tt.pos[i] != "NOUN":
            continue
        owner = max((c for c in tt.children[i] if c < i and tt.dep[c] in ("poss", "compound")
                     and tt.pos[c] == "PROPN" and tt.ent_type[c] in ("PERSON", "ORG")), default=None)
        if owner is not None:  # "the Ann Park campaign": the last name word, not "Ann"
            out.append(_strip_possessive(tt.word(owner)))
    return out


#: Partitive heads that pick out one person: "*one* of the aides", "*each* of them".
_ONE_OF = frozenset({"one", "each", "any"})
#: Heads of a mention of nobody (rule ``nobody_named``): "*None* of the lawyers for Tom Hale" is no partitive
#: (:data:`lexicons.PARTITIVE_HEADS`), and no name in it is the speaker's.
_NOBODY = frozenset({"none", "nobody", "neither"})


def _partitive_member(tt: TokenTable, root: int) -> int | None:
    """``partitive_member``: the person noun a count or quantifier picks its speaker from, "three of the former
    lawyers for Tom Hale", "two of Hale's lawyers", "some of the aides" (the head "one" / "some" with "of"
    and a common noun of people): that noun gives the speaker's role and affiliation, as it would without the
    count (:data:`lexicons.PARTITIVE_HEADS`, or a number in words or digits: "12 of the jurors"); "none of the
    lawyers" is nobody."""
    if not (tt.lower[root] in lexicons.PARTITIVE_HEADS or tt.like_num[root]) \
            or tt.pos[root] not in ("NUM", "PRON", "DET", "ADJ", "NOUN"):
        return None
    of = next((c for c in tt.children[root] if tt.dep[c] == "prep" and tt.lower[c] == "of" and c > root), None)
    noun = next((g for g in tt.children[of] if tt.dep[g] == "pobj"), None) if of is not None else None
    if noun is None or tt.pos[noun] != "NOUN" or not is_person_noun(tt.lemma[noun].lower()):
        return None
    return noun


def _served_name(tt: TokenTable, ent: Span, root: int, noun: int) -> bool:
    """``served_name``: a person's name in a prepositional phrase on the mention's person noun (``noun``: its
    head, or the noun of :func:`_partitive_member`) names whom the speaker works for or belongs to, not the
    speaker: "a prosecutor for Tom Hale", "three of the former lawyers for Tom Hale", "a friend of Ann
    Park", "the leaders who backed Ann Park" speak as themselves (a name on a preposition their affiliation),
    never as Hale or Park; a name in apposition is theirs ("one of his aides, Tom Hale"), and so is a name
    after a naming word ("a lawyer *by the name of* Tom Hale", "an aide *named* Ann Park":
    :data:`lexicons.NAMING_WORDS`)."""
    if ent.start <= root < ent.end or ent.label_ != "PERSON" or tt.pos[noun] != "NOUN" \
            or not is_person_noun(tt.lemma[noun].lower()) or tt.dep[ent.root.i] == "appos":
        return False  # "the editor of the survey, Ann Park": the apposition, parsed onto "survey", is her name
    i, crossed = ent.root.i, False
    while i not in (root, noun) and tt.head[i] != i:
        crossed = crossed or tt.dep[i] in _OTHER_PERSON_DEPS
        i = tt.head[i]
        if tt.lower[i] in lexicons.NAMING_WORDS:
            return False  # "by the name of Tom Hale", "known as ...": the name is the speaker's
    return crossed and i in (root, noun)


#: Dependencies on the way from a name up to the mention's person noun that make it another person's name:
#: a prepositional phrase ("a prosecutor *for* Tom Hale") or a clause ("the leaders *who* backed Hale"), not an
#: apposition ("one of his aides, Tom Hale").
_OTHER_PERSON_DEPS = frozenset({"prep", "relcl", "acl", "agent"})


def _party_member_description(tt: TokenTable, root: int, ents: list[Span]) -> bool:
    """``party_member_description``: "the Florida Republican", "The Ohio Democrat" (a party's member, singular,
    after "the" / "this" / "that", no person named in the mention) describes one person the article named,
    like "the Vermont senator": it is no name of the party (:data:`lexicons.PARTY_MEMBER_NOUNS`)."""
    return tt.lower[root] in lexicons.PARTY_MEMBER_NOUNS \
        and any(tt.dep[c] == "det" and tt.lower[c] in ("the", "this", "that") for c in tt.children[root]) \
        and not any(e.label_ == "PERSON" for e in ents)


def _named_subject(tt: TokenTable, names: list[Span], subject: int) -> Span | Literal[False] | None:
    """The name entity a sentence's subject token is in (a person's or an organisation's), None for a proper
    noun the tagger left unlabelled (or a capitalised common noun opening its sentence,
    :func:`_sentence_opening_noun`), False for a subject that is no name ("the mayor", "Ohio")."""
    ent = next((e for e in names if e.start <= subject < e.end), None)
    if ent is not None:
        return ent if ent.label_ in ("PERSON", "ORG") else False
    return None if tt.pos[subject] == "PROPN" or _sentence_opening_noun(tt, subject) else False


def _appositive_person(tt: TokenTable, names: list[Span], subject: int) -> int | None:
    """Rule ``appositive_subject`` (issue 13's speakers47 round): "The city's new treasurer, Ann Park, met the
    auditors on Monday. '...,' she said.": a subject that is a common noun ("treasurer", "the other man, his
    brother") with a person's name in apposition to it, or to a noun in apposition to it, names that person;
    the pronoun after the sentence goes on her as on a subject written as a name. The name's head token, when
    exactly one person is so named; None otherwise."""
    if tt.dep[subject] not in ("nsubj", "nsubjpass") or tt.pos[subject] != "NOUN":
        return None
    found: set[int] = set()
    nouns = [subject]
    for _ in range(2):  # "The other man, his cousin Tom Hale, ...": the name hangs on the second noun
        appositions = [c for n in nouns for c in tt.children[n] if tt.dep[c] == "appos"]
        for c in appositions:
            ent = next((e for e in names if e.start <= c < e.end), None)
            if ent is not None and ent.label_ == "PERSON":
                found.add(ent.root.i)
        nouns = [c for c in appositions if tt.pos[c] == "NOUN"]
    return found.pop() if len(found) == 1 else None


def _apposed_to(tt: TokenTable, i: int) -> int:
    """The noun that token ``i`` stands in apposition to, through at most two appositions (``i`` itself if none)."""
    for _ in range(2):
        if tt.dep[i] != "appos":
            break
        i = tt.head[i]
    return i


def _sentence_opening_noun(tt: TokenTable, i: int) -> bool:
    """Rule ``opening_noun_surname`` (issue 13's speakers33 round): "Trump blamed local officials on Twitter.
    '...,' he wrote.": a surname that is also an English word ("Trump", "Price", "Cook"), opening its
    sentence, is often tagged as a common noun and left unlabelled, so the sentence before seemed to have no
    named subject and the pronoun went to an earlier speaker. A single-word common noun written with a capital
    at the start of its sentence, unlabelled, counts as an unlabelled name; the callers still take it only as
    a person speaker's name or the surname of a person the article names in full ("Officials", "Voters" are
    neither)."""
    return (tt.pos[i] == "NOUN" and not tt.ent_type[i] and tt.sentence_bounds(i)[0] == i
            and tt.word(i).isalpha() and tt.word(i).istitle())


def _name_kind(tt: TokenTable, ent: Span, root: int) -> str:
    """The kind of a mention named by ``ent``: its label, a nationality's body an organisation ("the
    Republican party"), a person's name the tagger read as an organisation a person."""
    kind = "PERSON" if ent.label_ == "PERSON" else ent.label_
    if kind == "NORP" and tt.lemma[root] in lexicons.ORG_NOUNS:
        return "ORG"
    if kind == "ORG" and _person_name_form(tt, ent, root):
        return "PERSON"  # "Carly Fiorina campaigned ...", the tagger reading an organisation
    return kind


def _person_name_form(tt: TokenTable, ent: Span, root: int) -> bool:
    """Whether a name the tagger read as an organisation is written as a person's: the mention's head, two or
    three capitalised words, the first a forename the lexicon knows, none a noun of a body ("Carly
    Fiorina"; not "Goldman Sachs", nor "Scott Administration")."""
    if not (ent.start <= root < ent.end and 2 <= len(ent) <= 3):
        return False
    if any(not (tt.word(i).isalpha() and tt.word(i).istitle()) or tt.lower[i] in lexicons.ORG_NOUNS
           for i in range(ent.start, ent.end)):  # the parse may tag a forename as an adverb ("Carly")
        return False
    return _forename_gender(tt.lower[ent.start]) is not None


def _appos_role(tt: TokenTable, root: int, first: int, stop: int, *, named: bool) -> int | None:
    """A role noun in apposition to a mention's head inside its span, or, for a ``named`` mention with no role
    noun of its own, after it: "said Ruth Nolan, *director* of the Center for Public Affairs" (the mention's
    span ends at the name)."""
    appositions = [c for c in tt.children[root] if tt.dep[c] == "appos" and tt.lemma[c] in _APPOSED_ROLES]
    found = next((c for c in appositions if first <= c < stop), None)
    if found is None and named:
        found = next((c for c in appositions if c >= stop), None)
    return found


#: Nouns in apposition to a speaker's name that give its role: the role nouns, the nouns of analysis and
#: "fellow" ("Tom Hale, a senior *fellow* at the Brookings Institution", "Ann Park, a *demographer*").
_APPOSED_ROLES = lexicons.ROLE_NOUNS | lexicons.OBSERVER_NOUNS | {"fellow"}

#: Dependents of a mention's head (or of a noun in apposition to it) whose words are another person's:
#: a possessor ("Mrs. Lee's spokesman"), a prepositional phrase ("a strategist for Mrs. Lee") or a clause.
_OWNER_DEPS = frozenset({"poss", "prep", "relcl", "acl"})


def _common_noun_kind(tt: TokenTable, mention: Mention, root: int) -> str | None:
    """What a mention headed by a common noun names, by WordNet's senses of the noun
    (:func:`claimex.lexical.noun_kind`): "the senator" a person, "the crowd" a group, "the debate", "an
    email", "60 percent" a thing. The person nouns of the stage's own lists are persons whatever
    WordNet says ("the mogul"). None for a name, a role, a noun written with a capital (a name the tagger
    read as a noun: "Sanders"), a person entity, the last word of a hyphenated compound ("the
    43-year-old") and a noun WordNet does not know ("the frontrunner"): those may name a person."""
    if mention.name or mention.role or tt.pos[root] != "NOUN" or tt.ent_type[root] == "PERSON" \
            or not tt.word(root)[:1].islower():
        return None
    if root > 0 and tt.word(root - 1) in ("-", "–") and tt.end[root - 1] == tt.idx[root]:
        return None  # "the 43-year-old": a compound WordNet does not list as one word, not its last word
    lemma = tt.lemma[root].lower()
    if _listed_person_noun(lemma):
        return "person"
    return lexical.noun_kind(lemma)


def _full_person_name(name: str | None, kind: str) -> bool:
    """A person named by a full name of capitalised words and no coordination ("Bernie Sanders"; not
    "Sanders", "Marco Rubio and Ted Cruz"): one person, whatever the tag of a bare surname of theirs said
    (a mention's, or a speaker's whose mentions may all be a bare "Sanders" the tagger read as a plural)."""
    words = (name or "").replace(",", " , ").split()
    return kind == "PERSON" and len(words) >= 2 and "and" not in words and "," not in words \
        and all(w[:1].isupper() for w in words)


def _plural_head(tt: TokenTable, root: int, lemma: str) -> bool:
    """Whether a mention's head is plural: a plural noun, a body of people, a count of a plural. A person's
    name is one person whatever its tag ("Sanders", "Reyes" tagged NNPS); more than one takes a coordination."""
    if tt.ent_type[root] == "PERSON" and tt.word(root)[:1].isupper():  # "Sanders" tagged NNS or NNPS
        return False
    return tt.doc[root].tag_ in ("NNS", "NNPS") or lemma in ("people", "police", "officials") or \
        _quantity_of_plural(tt, root)


def _coordinated(tt: TokenTable, root: int, first: int, stop: int) -> bool:
    """Whether a mention's head is a name joined by "and" to another name of the mention: "Tom Hale and Ann
    Park", "Mr. Lee, Ms. Park and Dr. Ortiz" (the parse hangs the last name on an apposition of the first)."""
    if tt.pos[root] != "PROPN":
        return False
    heads = [root] + [c for c in tt.children[root] if tt.dep[c] == "appos" and first <= c < stop]
    for head in heads:
        if tt.ent_type[head] not in _NAME_LABELS:
            continue  # "Vice President for sales and marketing Tom Hale": a role joined to a name
        joined = [c for c in tt.children[head] if tt.dep[c] == "conj" and first <= c < stop and tt.pos[c] == "PROPN"
                  and tt.ent_type[c] in _NAME_LABELS]  # not a second title: "Gov. and Party Chairman Tom Hale"
        if joined and any(tt.dep[c] == "cc" and tt.lower[c] in ("and", "&") for c in tt.children[head]):
            return True
    return False


#: Heads that count or portion out the plural noun of their "of": "a number of the families", "the
#: majority of voters", "a handful of aides" are they, not he or she.
_QUANTITY_HEADS = frozenset({
    "number", "majority", "minority", "lot", "handful", "couple", "dozen", "host", "plenty", "bunch", "percent",
    "third", "half", "quarter", "share", "portion", "fraction", "proportion", "most", "many", "some", "few",
    "several", "all", "both", "none", "each", "rest",
})


def _quantity_of_plural(tt: TokenTable, root: int) -> bool:
    """Whether a mention's head counts out a plural noun: "a number of the families"."""
    if tt.lemma[root] not in _QUANTITY_HEADS and tt.lower[root] not in _QUANTITY_HEADS:
        return False
    of = next((c for c in tt.children[root] if tt.dep[c] == "prep" and tt.lower[c] == "of"), None)
    noun = next((g for g in tt.children[of] if tt.dep[g] == "pobj"), None) if of is not None else None
    return noun is not None and (tt.doc[noun].tag_ in ("NNS", "NNPS") or tt.lower[noun] in ("them", "us", "those"))


def _described_head(tt: TokenTable, mention: Mention, root: int, ents: list[Span]) -> str | None:
    """The head lemma of a definite description that may describe a named person: the nominal, or "the
    Vermont senator" (a place or party before the role, no person named)."""
    if tt.pos[root] != "NOUN" or mention.name is not None:
        return None
    if mention.nominal is not None:
        return mention.nominal
    if any(tt.dep[c] == "det" and tt.lower[c] in ("the", "this", "that") for c in tt.children[root]) \
            and not any(e.label_ == "PERSON" for e in ents):
        return tt.lemma[root]
    return None


#: Role nouns of people who act for another person ("Trump's aides", "lawyers for Chen").
_AGENT_ROLES = frozenset({"lawyer", "attorney", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
                          "spokesperson", "staffer", "counsel", "supporter", "strategist", "consultant",
                          "friend", "representative", "surrogate", "ally", "allies", "assistant",
                          "lawyers", "aides", "advisers", "advisors", "supporters"})


def _owner_of_role(tt: TokenTable, root: int, name_ent: Span | None) -> str | None:
    """The person a role noun acts for, when the mention names them and not the speaker: the possessor of
    "Trump's aides" / "Ms. Chen's lawyer", the object of "lawyers for Maria Chen". Since the twenty-ninth
    speakers round the owner's words stop, as an affiliation's do, before a relative clause or a comma-set
    apposition on them (:func:`_phrase_range`): "a campaign adviser to Ted Hale, who moved to Denver" works for
    "Ted Hale"."""
    if tt.lemma[root] not in _AGENT_ROLES or tt.pos[root] != "NOUN":
        return None
    if name_ent is not None and name_ent.start <= root < name_ent.end:
        return None
    for child in tt.children[root]:
        owner = None
        if tt.dep[child] == "poss" and tt.pos[child] == "PROPN":
            owner = child
        elif tt.dep[child] == "prep" and tt.lower[child] in ("for", "to") and child > root:
            owner = next((g for g in tt.children[child] if tt.dep[g] == "pobj" and tt.pos[g] == "PROPN"), None)
        if owner is None or (name_ent is not None and not name_ent.start <= owner < name_ent.end):
            continue  # "Trump's attorney, Alan Garten": the name in the mention is the speaker's
        start, end = _phrase_range(tt, owner)
        ids = list(range(start, end + 1))
        while ids and (tt.dep[ids[-1]] == "case" or tt.is_punct[ids[-1]]):
            ids.pop()
        while ids and tt.lower[ids[0]].rstrip(".") in lexicons.TITLES and len(ids) > 1:
            ids.pop(0)
        return tt.span_text(ids[0], ids[-1]) if ids else None
    return None


#: Nouns of the staff that speaks for one named person as a body ("Ryan's office", "the senator's press office").
_OFFICE_NOUNS = frozenset({"office"})


def _office_owner(tt: TokenTable, root: int, name_ent: Span | None) -> str | None:
    """``office_of_person``: the person whose office a mention headed by "office" is ("Gov. Hale's office said",
    "Senator Ann Park's office"): the holder, named by the possessor, speaks through it but is not the speaker,
    so the mention names no person and does not join the holder's entity; the holder is its affiliation.
    None where the possessor is no person ("the governor's office", "the state's office") or where a name in
    apposition is the office's own ("Hale's office, the Office of Budget")."""
    if tt.lemma[root] not in _OFFICE_NOUNS or tt.pos[root] != "NOUN":
        return None
    if name_ent is not None and name_ent.start <= root < name_ent.end:
        return None  # "the Office of Management and Budget": an office's own name
    for child in tt.children[root]:
        if tt.dep[child] != "poss" or tt.pos[child] != "PROPN" or tt.ent_type[child] != "PERSON":
            continue
        if name_ent is not None and not name_ent.start <= child < name_ent.end:
            return None
        ids = [i for i in sorted(tt.subtree(child)) if tt.dep[i] != "case" and not tt.is_punct[i]]
        while len(ids) > 1 and tt.lower[ids[0]].rstrip(".") in lexicons.TITLES | {"the"}:
            ids.pop(0)
        return _strip_possessive(tt.span_text(ids[0], ids[-1])) if ids else None
    return None


def _read_acronyms(tt: TokenTable, mention: Mention, tokens: range, acronyms: dict[str, str]) -> None:
    """An acronym among the mention's ``tokens``: "(PMF)" defines, "The PMF" refers; it names an ORG."""
    for i in tokens:
        word = tt.word(i)
        if word in acronyms and RE_ACRONYM.match(word):
            mention.acronym = word
            if mention.name is None or _norm(mention.name) == _norm(word):
                mention.name = acronyms[word]
            if mention.kind == "OTHER":
                mention.kind = "ORG"


def _ents_within(ents: list[Span], start: int, end: int) -> list[Span]:
    """The name entities (sorted, as ``doc.ents``) inside tokens ``start:end``, found by bisection."""
    out = []
    for ent in ents[bisect.bisect_left(ents, start, key=lambda e: e.start):]:
        if ent.start >= end:
            break
        if ent.end <= end and ent.label_ in _NAME_LABELS:
            out.append(ent)
    return out


def _is_pronoun(tt: TokenTable, i: int) -> bool:
    """Token ``i`` is "he", "It", "they"; not "US" (the country) nor "IT" (the industry)."""
    word = tt.word(i)
    if word.isupper() and len(word) > 1:
        return False
    lower = tt.lower[i]
    return tt.pos[i] == "PRON" or lower in lexicons.PERSON_PRONOUNS or lower in lexicons.NEUTER_PRONOUNS \
        or lower in lexicons.PLURAL_PRONOUNS or lower in lexicons.FIRST_PERSON


def _main_entity(ents: list[Span], root: int) -> Span | None:
    """The entity that names the speaker: the one holding the head (token ``root``), else a PERSON,
    else an ORG in apposition."""
    for ent in ents:
        if ent.start <= root < ent.end:
            return ent
    # "a Lee backer", "Trump supporters": a name that modifies a common noun names whom the speaker backs
    persons = [e for e in ents if e.label_ == "PERSON" and not (e.root.dep_ == "compound" and e.root.head.pos_ == "NOUN"
                                                                and not e.start <= e.root.head.i < e.end)
               and not _side_adjective(e)]
    if persons:
        # "Tom Hale's wife, Ann": the possessor is whose wife she is, the name in apposition is hers
        return next((e for e in persons if e.root.dep_ != "poss"), persons[0])
    orgs = [e for e in ents if e.label_ in ("ORG",) and e.root.dep_ == "appos"]
    if orgs and orgs[0].doc[root].pos_ == "PROPN" and orgs[0].root.head.i == root:
        # rule ``unlabelled_head_name``: "Priorities USA, a pro-Clinton super PAC", the head a proper noun the
        # tagger left unlabelled, is named by its own words (:func:`_unlabelled_name`), not by the apposition's
        return None
    return orgs[0] if orgs else None


#: Prefixes that make a name an adjective of the side taken: "a *pro*-Clinton group", "*anti*-Trump voters".
_SIDE_PREFIXES = frozenset({"pro", "anti"})


def _side_adjective(ent: Span) -> bool:
    """``side_adjective``: a person's name the tagger read with a side prefix ("pro-Clinton", "anti-Trump"), an
    adjective of whom the speaker backs or opposes: "Priorities USA, a pro-Clinton super PAC" is not
    Clinton, nor named "pro-Clinton"."""
    doc = ent.doc
    i = ent.start
    if doc[i].lower_ in _SIDE_PREFIXES and i + 1 < ent.end and doc[i + 1].text == "-":
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in _SIDE_PREFIXES \
        and doc[i - 2].idx + len(doc[i - 2]) == doc[i - 1].idx and doc[i - 1].idx + 1 == doc[i].idx


def _split_title(ent: Span, tt: TokenTable) -> tuple[str | None, str]:
    """("Maj-Gen", "Yehia Rasool") from "Maj-Gen Yehia Rasool"; ("the" is dropped from names).

    ``tt`` is the document's token table. Most names start with no article, title or dash, and are
    then read from the text without looking at their tokens.
    """
    text = tt.text
    if not _may_open_title(ent, tt):
        return None, _strip_possessive(text[ent.start_char:ent.end_char].strip())
    lower, i, stop = tt.lower, ent.start, ent.end  # the name is what is left of tokens i..stop-1
    while i < stop and lower[i] in ("the", "a", "an"):
        i += 1
    title_start = i
    while stop - i > 1 and (lower[i].rstrip(".") in lexicons.TITLES or (tt.word(i) in "-–" and i > title_start)):
        i += 1
    title_text = (tt.span_text(title_start, i - 1).strip() or None) if i > title_start else None
    if i < stop and tt.word(i) in "-–":
        i += 1
    name = tt.span_text(i, stop - 1).strip() if i < stop else ""
    return title_text, _strip_possessive(name)


def _may_open_title(ent: Span, tt: TokenTable) -> bool:
    """Whether :func:`_split_title` may drop the first token of ``ent`` (an article, title or dash)."""
    low = tt.lower[ent.start]
    return (low in ("the", "a", "an") or tt.word(ent.start) in "-–"
            or (ent.end - ent.start > 1 and low.rstrip(".") in lexicons.TITLES))


def _role_and_affiliation(doc: Doc, head: int, name_ent: Span | None,
                          appos_role: int | None = None) -> tuple[str, str | None]:
    """"Iraqi military spokesman" -> ("military spokesman", "Iraqi military"), ``head`` being the
    index of the role noun. When it has no affiliation, a role noun in apposition (``appos_role``) may give
    one: "Congressman Tom Hale, a Lopez supporter" -> ("congressman", "Lopez")."""
    role, affiliation = _own_role_and_affiliation(doc, head, name_ent)
    if affiliation is None and appos_role is not None and appos_role != head:
        other = _own_role_and_affiliation(doc, appos_role, name_ent)[1]
        if other is not None and not _place_named(doc, other):
            affiliation = other  # not "Senator Ann Price, Republican of Ohio": a constituency is no side
    return role, affiliation


def _place_named(doc: Doc, text: str) -> bool:
    """Whether ``text`` is the whole of a place the document names ("Ohio", "South Carolina")."""
    return any(e.label in ("GPE", "LOC") and e.text == text for e in TokenTable.of(doc).entities)


#: Modifiers of a role the speaker no longer holds: "a *former* adviser to Lopez" speaks for no one.
_FORMER = frozenset({"former", "onetime", "one-time", "erstwhile", "ex"})


def _own_role_and_affiliation(doc: Doc, head: int, name_ent: Span | None) -> tuple[str, str | None]:
    """The role and affiliation read around one role noun (:func:`_role_and_affiliation`)."""
    tt = TokenTable.of(doc)
    dep, pos, lows, lemmas, ent_type = tt.dep, tt.pos, tt.lower, tt.lemma, tt.ent_type
    head_token = doc[head]
    left = [i for i in range(head_token.left_edge.i, head) if dep[i] not in ("det", "poss", "punct")
            and (name_ent is None or not (name_ent.start <= i < name_ent.end))]
    # contiguous modifiers right before the role noun
    mods: list[int] = []
    for i in reversed(left):
        if i != (mods[0] if mods else head) - 1 and not (mods and tt.word(i + 1) in "-–"):
            break
        mods.insert(0, i)
    role_words = [lemmas[head] if head_token.tag_ in ("NNS",) else lows[head]]
    for i in reversed(mods):
        if lows[i] in lexicons.ROLE_MODIFIERS and ent_type[i] not in ("NORP", "GPE", "ORG"):
            role_words.insert(0, lows[i])
        else:
            break
    in_role = set(role_words[:-1])
    named = {i for i in mods if _written_as_name(tt, i)}  # "Lopez spokesman Tom Hale", parsed as an adjective
    affiliation_tokens = [i for i in mods if pos[i] in ("PROPN", "NOUN", "ADJ") and (
        ent_type[i] in ("NORP", "GPE", "ORG") or lemmas[i] in lexicons.ORG_NOUNS or i in named
        or ((pos[i] == "PROPN" or lows[i] in lexicons.ROLE_MODIFIERS) and lows[i] not in in_role))]
    if not any(ent_type[i] or pos[i] == "PROPN" or i in named or lemmas[i] in lexicons.ORG_NOUNS
               for i in affiliation_tokens):
        affiliation_tokens = []  # "senior official": modifiers of the role, no affiliation
    affiliation = " ".join(tt.word(i) for i in affiliation_tokens) or None
    former = any(lows[i] in _FORMER for i in left)
    owner = None if former else _possessor(tt, head, name_ent, place=affiliation is None or affiliation.islower())
    if owner is not None:
        # "Jeff Hale, Lopez's campaign manager", "Lopez's attorney, Tom Hale": whom the role works for
        return " ".join(role_words), f"{owner} {affiliation}" if affiliation and affiliation.islower() else owner
    for child in tt.children[head]:  # "a spokesman for the ministry", "a senior adviser to Lopez"
        if dep[child] == "prep" and affiliation is None and (lows[child] in ("for", "of", "at", "with") or (
                not former and (lows[child] == "to" or (lows[child] == "on" and _names_a_team(tt, child))))):
            pobj = next((g for g in tt.children[child] if dep[g] == "pobj"), None)
            if pobj is not None and (lows[child] != "to" or tt.pos[pobj] == "PROPN"
                                    or tt.lemma[pobj] in lexicons.ORG_NOUNS | _TEAM_NOUNS):
                affiliation = _strip_det(_phrase_without_clause(tt, pobj))
    return " ".join(role_words), affiliation


def _phrase_without_clause(tt: TokenTable, head: int) -> str:
    """``affiliation_without_clause``: the words of the noun phrase headed by ``head`` up to a relative clause or
    an apposition that describes it: "a pollster with the Labour party who worked for Hale" is with "the Labour
    party", "the director of the Hale Institute, which funds ..." of "the Hale Institute" (the clause says what
    the body did, it is no part of its name)."""
    return tt.span_text(*_phrase_range(tt, head))


def _phrase_range(tt: TokenTable, head: int) -> tuple[int, int]:
    """The first and last token of :func:`_phrase_without_clause`."""
    ids = set(tt.subtree(head))
    cut = {j for c in ids if c != head and _describing_clause(tt, c) for j in tt.subtree(c)}
    start = min(ids)
    end = start
    while end + 1 in ids and end + 1 not in cut:
        end += 1
    while end > start and (tt.is_punct[end] or tt.dep[end] == "cc"):
        end -= 1  # "the Hale Institute," before its clause
    return start, end


def _describing_clause(tt: TokenTable, i: int) -> bool:
    """A relative clause, or an apposition set off by a comma ("the Hale Institute, a think tank"; not "the
    tenant group Fair Rent Ohio", where the apposition is the group's name). A place's second part is cut too
    ("the University of Utah, Ogden" is with "the University of Utah"): keeping it, as a review proposed, was
    judged worse on PolNeAR train, where such commas more often set off a description or a name."""
    if tt.dep[i] == "relcl":
        return True
    return tt.dep[i] == "appos" and (first := min(tt.subtree(i))) > 0 and tt.word(first - 1) == ","


def _possessor(tt: TokenTable, head: int, name_ent: Span | None, *, place: bool) -> str | None:
    """The name that owns a role noun, outside the speaker's own name: "Lopez" of "Mayor Lopez's senior
    adviser"; None for "his spokesman" or "the campaign's lawyers" (no name), for a relative ("Hale's
    brother": no one's staff), and for a place unless ``place`` ("France's National Front party leader"
    keeps the party)."""
    if tt.lemma[head] in _KIN:
        return None
    for child in tt.children[head]:
        if tt.dep[child] != "poss" or (name_ent is not None and name_ent.start <= child < name_ent.end):
            continue
        if not (tt.pos[child] == "PROPN" or tt.ent_type[child] in ("PERSON", "ORG") or _written_as_name(tt, child)
                or _names_a_team(tt, child, owner=True)):
            continue  # "his spokesman", "the campaign's lawyers"; not "the Lopez campaign's chairman"
        if not place and tt.ent_type[child] in ("GPE", "LOC", "NORP"):
            return None
        ids = sorted(i for i in tt.subtree(child) if tt.dep[i] != "case" and not tt.is_punct[i])
        while len(ids) > 1 and tt.lower[ids[0]].rstrip(".") in lexicons.TITLES | {"the"}:
            ids.pop(0)
        if ids:
            return _strip_possessive(tt.span_text(ids[0], ids[-1]))
    return None


#: Nouns of kinship: the possessor is a relative, not whom the speaker works for.
_KIN = frozenset({"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow",
                  "widower", "parent", "uncle", "aunt", "cousin", "nephew", "niece", "grandmother", "grandfather",
                  "grandson", "granddaughter", "stepfather", "stepmother", "fiancé", "fiancée", "fiance", "fiancee"})


def _unlabelled_name(tt: TokenTable, root: int, first: int, stop: int) -> str | None:
    """The name of a mention headed by a proper noun the tagger labelled no name: its words, when all are
    proper nouns ("Rasool also said"), else those after a possessor (:func:`_name_after_possessor`)."""
    if all(tt.pos[i] in ("PROPN", "DET") for i in range(first, stop)):
        return _strip_det(tt.span_text(first, stop - 1))
    return _name_after_possessor(tt, first, stop, root)  # "the Tribune's Ann Park", no entity tagged


def _name_after_possessor(tt: TokenTable, first: int, stop: int, root: int) -> str | None:
    """``possessor_off_name``: the proper name after a possessor in ``first..stop-1`` that ends at the
    mention's head ``root``: "the Tribune's Ann Park" (a name the tagger ran over the possessor, or none
    tagged) is Ann Park, whom the Tribune employs; None where no possessive marker comes before the head, a
    common noun follows it ("the Tribune's editor", "Hale's Son"), or a person owns it."""
    case = [i for i in range(first, root) if tt.dep[i] == "case" and tt.head[i] < i]
    if not case or tt.ent_type[case[-1] - 1] == "PERSON" or not all(
            tt.pos[i] == "PROPN" and not is_person_noun(tt.lower[i]) for i in range(case[-1] + 1, root + 1)):
        return None  # "Hale's Son" (a headline's capitals) is Hale's son
    last = root
    while last + 1 < stop and tt.pos[last + 1] == "PROPN" and tt.head[last + 1] in (root, last):
        last += 1
    return _strip_possessive(tt.span_text(case[-1] + 1, last))


def _head_phrase(tt: TokenTable, root: int, first: int, stop: int, ents: list[Span]) -> str | None:
    """``head_phrase_name``: the noun phrase a mention is named by where no name is in it: its head with the
    words before it, its prepositional complements (whose, what and where it is: "aides to the mayor", "a poll
    by the Tribune", "officials in both cities", "a source close to the campaign": an adjective after the head
    with a complement of its own) and the nouns coordinated with it, without what describes it further: a
    clause, an apposition, an example ("like", "such as", "including"), a time ("at the time", "on Tuesday").
    "Critics like Tom Hale" are "Critics", "the aides who quit" "aides", "a spokesman for Ann Park on Friday"
    "spokesman for Ann Park"; a possessive ending is no part of a name ("the campaign's" is "campaign").
    A named entity (``ents``: the names within the mention, "the Committee on Foreign Relations"), a count
    ("nearly one in four voters") and a list of names (a name in apposition to a name: "Tom Hale, Ann Park and
    Lee Chu") are kept whole.
    None for a mention of one word, or headed by no noun, count or quantifier."""
    if stop - first < 2 or not first <= root < stop or tt.pos[root] not in _PHRASE_HEADS:
        return None
    keep = _phrase_tokens(tt, root, first, stop, ents)
    dep = tt.dep
    start, end = min(keep), min(keep)
    while end + 1 < stop:
        gap = end + 1
        while gap < stop and gap not in keep and (tt.is_punct[gap] or tt.end[gap - 1] == tt.idx[gap]):
            gap += 1  # "gay rights groups, artists and writers": the commas of a list; "front-runner"
        if gap >= stop or gap not in keep:
            break
        end = gap
    while end + 1 < stop and _joined(tt, end, end + 1) and (
            not tt.is_punct[end + 1] or (end + 2 < stop and _joined(tt, end + 1, end + 2))):
        end += 1  # "two-thirds", "43-year-old": the word goes on
    while start > first and _joined(tt, start - 1, start) and (
            not tt.is_punct[start - 1] or (start - 1 > first and _joined(tt, start - 2, start - 1))):
        start -= 1
    while end > start and (tt.is_punct[end] or dep[end] in ("case", "cc")):
        end -= 1  # "the campaign's", "the group,"
    if not start <= root <= end:
        return None  # the words before the head are not all kept: no phrase
    return _strip_possessive(_strip_det(tt.span_text(start, end))) or None


#: Parts of speech of a mention head :func:`_head_phrase` names by (a noun, a count, a quantifier: "*Many* of
#: the aides"); a verb or an adverb heads no phrase that names anyone ("Why not").
_PHRASE_HEADS = frozenset({"NOUN", "PROPN", "NUM", "PRON", "ADJ", "DET"})
#: Dependencies before a noun that are part of its phrase ("*the* *new* *state* *party's* chairman").
_PHRASE_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case", "predet",
                               "npadvmod"})
#: Dependencies after a noun that are part of its phrase: the object of a kept preposition, the words
#: coordinated.
_PHRASE_RIGHT_DEPS = frozenset({"pobj", "conj", "cc", "case", "compound"})
#: Prepositions that give an example of a group, no part of its name ("critics *like* Tom Hale", "donors,
#: *including* two governors"; "such as" is read on its "as").
_EXAMPLE_PREPOSITIONS = frozenset({"like", "including", "as"})


def _phrase_tokens(tt: TokenTable, root: int, first: int, stop: int, ents: list[Span]) -> set[int]:
    """The tokens of :func:`_head_phrase`, from ``root`` down, within ``first..stop-1``."""
    dep, children = tt.dep, tt.children
    keep: set[int] = set()
    todo = [root]
    while todo:
        h = todo.pop()
        keep.add(h)
        for c in children[h]:
            if not first <= c < stop:
                continue
            if c < h and (dep[c] in _PHRASE_LEFT_DEPS or (dep[c] == "advmod" and _count_word(tt, h))):
                keep.update(j for j in tt.subtree(c) if first <= j < stop)
            elif c > h and (dep[c] in _PHRASE_RIGHT_DEPS or _phrase_preposition(tt, h, c)
                            or (dep[c] == "amod" and any(_phrase_preposition(tt, c, g) for g in children[c]))
                            or (dep[c] == "appos" and tt.ent_type[c] == "PERSON" and tt.pos[h] == "PROPN")):
                todo.append(c)
            elif c > h and (_clause_of_pronoun(tt, h, c) or _title_apposition(tt, h, c)):
                keep.update(j for j in tt.subtree(c) if first <= j < stop)
    for e in ents:  # "the chairman of the Committee on Foreign Relations": the body's name is whole
        if keep & set(range(e.start, e.end)):
            keep.update(range(max(e.start, first), min(e.end, stop)))
    return keep


def _clause_of_pronoun(tt: TokenTable, head: int, clause: int) -> bool:
    """A clause that says who a pronoun is, part of its phrase: "families of *those killed* in the flood",
    "the views of *those who* lost their jobs" (a noun's clause describes it further and is left out)."""
    return tt.pos[head] == "PRON" and tt.dep[clause] in ("acl", "relcl")


def _title_apposition(tt: TokenTable, head: int, appos: int) -> bool:
    """A proper name set right after a common noun with no comma, the noun's own name: "the journal *Science
    and Society*", "the ship *Endeavour*" (an apposition after a comma describes and is left out)."""
    if tt.dep[appos] != "appos" or tt.pos[appos] != "PROPN" or tt.pos[head] != "NOUN":
        return False
    left = min(tt.subtree(appos))
    return left == head + 1 and not tt.is_punct[left]


def _joined(tt: TokenTable, a: int, b: int) -> bool:
    """Whether tokens ``a`` and ``b`` (next to each other) are written with no space between them."""
    return tt.end[a] == tt.idx[b]


def _phrase_preposition(tt: TokenTable, head: int, prep: int) -> bool:
    """Whether the preposition ``prep`` after ``head`` is part of :func:`_head_phrase`: any but an example's
    (:data:`_EXAMPLE_PREPOSITIONS`) or a time's (its object a date or time, or a noun of
    :data:`lexicons.TIME_NOUNS`: "the mayor *on Tuesday*", "Hale *at the time*"; not after "from" or "of",
    where the date tells the thing apart: "a study *from 2011*")."""
    if tt.dep[prep] != "prep" or tt.lower[prep] in _EXAMPLE_PREPOSITIONS:
        return False
    if tt.lower[prep] in ("from", "of"):
        return True  # "a study *from 2011*": the date tells the thing apart
    objects = [g for g in tt.children[prep] if tt.dep[g] == "pobj"]
    return not any(tt.ent_type[g] in ("DATE", "TIME") or tt.lemma[g] in lexicons.TIME_NOUNS for g in objects)


def _count_word(tt: TokenTable, i: int) -> bool:
    """A number or a share ("nearly *half*", "about *a third*", "at least *21,000*"): its adverb is part of
    its phrase."""
    return tt.like_num[i] or tt.lower[i] in lexicons.SHARE_WORDS


#: Nouns of the staff a role may sit on: "a senior adviser on the Lopez campaign".
_TEAM_NOUNS = frozenset({"campaign", "team", "staff", "transition"})


def _names_a_team(tt: TokenTable, i: int, *, owner: bool = False) -> bool:
    """Whether a preposition's object ("on the Lopez campaign"), or with ``owner`` token ``i`` itself ("the
    Lopez campaign's chairman"), is a named candidate's campaign or team: a capitalised word before it."""
    nouns = [i] if owner else [g for g in tt.children[i] if tt.dep[g] == "pobj"]
    return any(tt.lemma[g] in _TEAM_NOUNS and any(tt.word(c)[:1].isupper() and tt.dep[c] in ("compound", "amod")
                                                  for c in tt.children[g]) for g in nouns)


def _written_as_name(tt: TokenTable, i: int) -> bool:
    """A capitalised modifier the parser read as a common word ("Lopez spokesman Tom Hale": "Lopez" an
    adjective) that the document writes as a name elsewhere: a word of a person's name (not "Labor leaders" beside a
    "Labor Department")."""
    word = tt.word(i)
    if tt.pos[i] == "PROPN" or not word[:1].isupper() or not word.isalpha() or tt.lower[i] in lexicons.ROLE_MODIFIERS:
        return False
    return any(e.label == "PERSON" and word in e.text.split() for e in tt.entities)


def _gender(words: set[str], mention: Mention) -> str | None:
    """The gender a mention's lower-cased ``words`` or its forename tell, if any."""
    if words & lexicons.FEMALE_WORDS:
        return "female"
    if words & lexicons.MALE_WORDS:
        return "male"
    name = (mention.name or "").split()
    if mention.kind == "PERSON" and len(name) > 1:
        # a name of one word is a surname ("Warren", "Grant"), whatever forename it may also be
        return _forename_gender(name[0].lower())
    return None


#: Role nouns of a body of people, never "he" or "she".
_BODY_ROLES = frozenset({"campaign", "police", "officials", "people"})


def _agrees(mention: Mention, cluster: Cluster) -> bool:
    """Pronoun agreement: gender for he/she, animacy for it, number for they."""
    p = mention.pronoun
    kind = cluster.kind
    if p in lexicons.PERSON_PRONOUNS:
        if kind not in ("PERSON", "OTHER") or cluster.plural or (cluster.heads and cluster.heads <= _BODY_ROLES):
            return False  # not "the Lee campaign" for "he"
        if cluster.no_person:
            return False  # not "the crowd", "the debate" nor "an email" for "she"
        g = cluster.gender
        return g is None or g == mention.gender
    if p in lexicons.NEUTER_PRONOUNS:
        return (kind in ("ORG", "GPE", "NORP") and not cluster.plural) or (kind == "OTHER" and not cluster.gender)
    if p in lexicons.PLURAL_PRONOUNS:
        return cluster.plural or kind in ("ORG", "NORP") or cluster.group  # "the crowd ... they"
    return False


# ---------------------------------------------------------------------------------------------------
# Names


def _mention_names(mention: Mention) -> tuple[set[str], str]:
    """The normalised names of a mention (its name and acronym, else its text) and its name alone."""
    mine = {_norm(v) for v in (mention.name, mention.acronym) if v}
    if not mention.name:
        mine.add(_norm(mention.text))
    return mine, _norm(mention.name) if mention.name else ""


def _same_entity(mention: Mention, cluster: Cluster, ratio: float,
                 names: tuple[set[str], str] | None = None) -> bool:
    """Whether a named or described mention names the cluster's speaker (``names``: the mention's
    :func:`_mention_names`, when already computed): the names match and the genders do not clash, or
    it is a bare surname given one of the cluster's full names ("The party chairman, Kelly Ward" and
    "Ward", named "Kelly Ward" by :class:`_Bearers` with the gender of "Kelly": the gender of a forename
    or of the words around a name is a guess, and the bearers were already chosen by its title)."""
    names = names or _mention_names(mention)
    if mention.bearer and names[1] in cluster.full_names:
        return True
    return _same_name(mention, cluster, ratio, names) and not _gender_clash(mention, cluster)


def _gender_clash(mention: Mention, cluster: Cluster) -> bool:
    """"Ms. Lopez" after "Carlos Lopez", "Mr. Park" after "Ann Park": a name whose title, role or
    forename tells one gender is not a speaker whose named mentions told the other (two people of one
    family). Pronouns do not count: one read wrongly must not split a speaker."""
    return bool(mention.gender and cluster.named_genders and mention.gender not in cluster.named_genders)


def _same_name(mention: Mention, cluster: Cluster, ratio: float,
               names: tuple[set[str], str] | None = None) -> bool:
    """Whether a named or described mention's name is one of the cluster's (see :func:`_same_entity`)."""
    mine, name = names or _mention_names(mention)
    if name and cluster.kind == "PERSON" and " " not in name and name in cluster.surnames:
        return True  # a bare surname, whatever label NER gave it: "Rasool" / "Yehia Rasool"
    if " " in name and name in cluster.full_names:
        return True  # the same full name, whatever label NER gave each time ("Louis Wood" PERSON / ORG)
    if mention.kind != cluster.kind and "OTHER" not in (mention.kind, cluster.kind):
        return False
    if mine & cluster.names:
        return True
    if not name:
        return False
    if _other_bearer(name, cluster):
        return False  # "Maria Lopez" is not "Carlos Lopez", whatever bare "Lopez" the cluster holds
    for full in cluster.full_names:  # distinct spellings: few, however many mentions
        if mention.kind == "PERSON" and _surname_of_full(name, full):
            return True  # "Rasool" / "Yehia Rasool", "Biden" / "Joseph R. Biden Jr."
        if len(name) > 4 and len(full) > 4 and fuzz.ratio(name, full) >= ratio and _forenames_agree(name, full):
            return True
    return False


def _other_bearer(name: str, cluster: Cluster) -> bool:
    """Whether a full name shares its surname with a full name of the cluster but not its forename:
    "Maria Lopez" and a cluster of "Carlos Lopez" (two people of one family)."""
    words = name.split()
    if len(words) < 2:
        return False
    return any(" " in full and _surname(full) == _surname(name) and not _forenames_agree(name, full)
               for full in cluster.full_names)


def _surname_of_full(a: str, b: str) -> bool:
    """Whether one of two normalised names is a single word, the surname of the other, a full name."""
    if " " in a:
        a, b = b, a
    return " " not in a and " " in b and _surname(b) == a


def acronym_definitions(doc: Doc, text: str | None = None) -> dict[str, str]:
    """Acronym -> long form, from "Long Form (LF)" and "LF (Long Form)" in the text.

    Only a token right after a "(" token can be defined, so only those are looked at (the "(" found
    in the text by ``str.find``, not by a Python loop over every token); :func:`is_acronym` says which
    are acronyms. The definition is matched here by spelling the acronym from the initials of the
    capitalised words before it (textacy 0.13's own definition finder fails under NumPy 2).
    """
    out: dict[str, str] = {}
    tt = TokenTable.of(doc)
    text = tt.text if text is None else text
    if "(" not in text:
        return out
    for i in _after_open_brackets(tt):
        word = tt.word(i)
        if not is_acronym(word):
            continue
        acr = word.rstrip("s") if word.endswith("s") and word[:-1].isupper() else word
        if acr in out or not RE_ACRONYM.match(acr):
            continue
        long_form = _spell_back(tt, i - 2, acr)
        if long_form:
            out[acr] = long_form
    return out


def _after_open_brackets(tt: TokenTable) -> list[int]:
    """The tokens that follow a token "(", in order."""
    text, idx, end = tt.text, tt.idx, tt.end
    out = []
    at = text.find("(")
    while at >= 0:
        token = bisect.bisect_right(idx, at) - 1
        if idx[token] == at and end[token] == at + 1 and token + 1 < len(tt):  # the whole token is "("
            out.append(token + 1)
        at = text.find("(", at + 1)
    return out


def is_acronym(token: str) -> bool:
    """textacy's ``is_acronym`` (Taghva & Gilbreth 1999), the same rules: no space, two-letter acronyms
    all capitals, not all digits, a capital or a digit at one end, 2 to 10 letters and digits, and
    textacy's acronym shape.

    Written out here because importing ``textacy`` imports SciPy, scikit-learn and pandas: 2 seconds
    and about 115,000 more objects that every full garbage collection of the process then walks
    (0.05 s each, several times a minute in a long run); this function is all the pipeline needs.
    """
    if not token or " " in token or (len(token) == 2 and not token.isupper()) or token.isdigit():
        return False
    if not any(c.isupper() for c in token) and not (token[0].isdigit() or token[-1].isdigit()):
        return False
    return 2 <= sum(1 for c in token if c.isalnum()) <= 10 and _ACRONYM_SHAPE.match(token) is not None


def _spell_back(tt: TokenTable, end: int, acronym: str) -> str | None:
    """The capitalised words ending at token ``end`` whose initials spell ``acronym``."""
    letters = list(acronym.replace("&", ""))
    lower = tt.lower
    i = end  # the words are the tokens i + 1 .. end
    while i >= 0 and letters and end - i < 3 * len(acronym) + 3:
        word = tt.word(i)
        if lower[i] in _ACRONYM_SKIP or word in "-":
            i -= 1
            continue
        if not word[:1].isupper():
            return None
        if word[0] != letters[-1]:
            return None
        letters.pop()
        i -= 1
    if letters:
        return None
    first = i + 1
    while first <= end and lower[first] in _ACRONYM_SKIP:
        first += 1
    if first > end:
        return None
    return tt.span_text(first, end).strip() or None


def _collect_other_mentions(clusters: list[Cluster], acronyms: dict[str, str], names: list[Span],
                            tt: TokenTable, bearers: _Bearers) -> None:
    """Entity mentions elsewhere in the text that name a speaker: the same name, surname or acronym (a
    bare surname: of the person :class:`_Bearers` says it stands for, when that person speaks).

    Args:
        names: the document's entities with a name label (:data:`_NAME_LABELS`), in order.
        tt: the document's token table.
    """
    if not clusters:
        return
    keys = _speaker_keys(clusters, acronyms)
    meant: dict[str, _Bearer] = {}  # the person each bare surname stood for last, in text order
    taken = SpanSet(m.span for c in clusters for m in c.mentions)
    may_match = _key_word_finder(tt.text, [*keys, *bearers.single_names()])
    for ent in names:
        if may_match is not None and not may_match(ent.start_char, ent.end_char):
            continue  # holds no key's last word: its name cannot be a key
        title, name = _split_title(ent, tt)
        key = _norm(name)
        bearer = None
        if key and " " not in key:  # a bare surname: the person it stands for, as for a speaker's mention
            bearer = bearers.bearer(key, ent.start_char, _title_gender(title), ent.label_ == "PERSON", meant)
        spelt = sorted(bearer.keys) if bearer is not None else [key]  # none found: that person does not speak
        found = next((keys[k] for k in spelt if k in keys), None)
        if found is None:
            continue
        if taken.overlaps((ent.start_char, ent.start_char + 1)):
            continue  # inside a mention already counted
        found.extra.append((ent.start_char, ent.end_char))


def _speaker_keys(clusters: list[Cluster], acronyms: dict[str, str]) -> dict[str, Cluster]:
    """Normalised name -> its speaker: each named mention's name and acronym, a person's surname, and
    the acronym of a speaker's name defined in the text."""
    keys: dict[str, Cluster] = {}
    for cluster in clusters:
        for m in cluster.mentions:
            if m.pronoun:
                continue
            for value in (m.name, m.acronym):
                if value:
                    keys.setdefault(_norm(value), cluster)
            if m.kind == "PERSON" and m.name and len(m.name.split()) > 1:
                keys.setdefault(_surname(_norm(m.name)), cluster)
    named: dict[str, Cluster] = {}
    for cluster in clusters:
        for value in cluster.names:
            named.setdefault(value, cluster)
    for acr, long_form in acronyms.items():
        owner = named.get(_norm(long_form))
        if owner is not None:
            keys.setdefault(_norm(acr), owner)
    return keys


def _key_word_finder(text: str, keys: Iterable[str]) -> Callable[[int, int], bool] | None:
    """A test of whether ``text[start:end]`` may hold a name whose :func:`_norm` is one of ``keys``:
    whether the lower-cased last word of some key occurs in it. None where that test could miss
    one (an empty key; a text whose lower-casing is not one character for one, or depends on the
    context, as a Greek capital sigma's does).

    A key is a normalised name: its words are runs of letters, digits, "&" and "-" of the lower-cased
    name, so they occur in the lower-cased text of the entity that names it. Looking for the keys'
    last words in the document once is cheaper than normalising the name of every entity (most
    entities of a document name no speaker).
    """
    lowered = text.lower()
    if len(lowered) != len(text) or "\u03a3" in text or "" in keys:
        return None
    hits: list[int] = []  # every offset where a key's last word starts
    for word in {key.split()[-1] for key in keys}:
        at = lowered.find(word)
        while at >= 0:
            hits.append(at)
            at = lowered.find(word, at + 1)
    hits.sort()

    def may_match(start: int, end: int) -> bool:
        first = bisect.bisect_left(hits, start)
        return first < len(hits) and hits[first] < end

    return may_match


def _paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs (non-blank lines) start; bisect gives a paragraph number."""
    starts = [0]
    pos = 0
    for line in text.split("\n"):
        if line.strip() and pos:
            starts.append(pos)
        pos += len(line) + 1
    return starts


def _speaker(sid: str, cluster: Cluster) -> Speaker:
    named = [m for m in cluster.mentions if not m.pronoun]
    persons = [m.name for m in named if m.name and m.kind == "PERSON"]
    names = [m.name for m in named if m.name]
    if persons:
        name = max(persons, key=len)
    elif names:
        name = max(names, key=len)
    elif named:
        name = named[0].phrase or _strip_det(named[0].text)
    else:
        name = cluster.mentions[0].text
    aliases: list[str] = []
    for m in named:
        for value in (m.text, _strip_det(m.text), m.name, m.acronym):
            if value and value not in aliases:
                aliases.append(value)
    mentions = sorted({m.span for m in cluster.mentions} | set(cluster.extra))
    return Speaker(id=sid, name=name, kind=cluster.kind, role=cluster.best("role"), title=cluster.best("title"),
                   affiliation=cluster.best("affiliation"), aliases=tuple(aliases), mentions=tuple(mentions),
                   plural=cluster.plural and not _full_person_name(name, cluster.kind))


@Language.factory(
    "claimex_speakers",
    default_config={"name_match_ratio": NAME_MATCH_RATIO, "max_paragraphs_back": MAX_PARAGRAPHS_BACK,
                    "floating": True},
    requires=["doc._.claimex"],
    assigns=["doc._.claimex"],
)
def make_speakers(nlp: Language, name: str, name_match_ratio: float, max_paragraphs_back: int,
                  floating: bool) -> SpeakerResolver:
    """Build the ``claimex_speakers`` component.

    Args:
        name_match_ratio: rapidfuzz ratio (0-100) above which two spellings are one name.
        max_paragraphs_back: how far back a pronoun or "the group" looks for its speaker.
        floating: give cue-less quotes the speaker of the neighbouring quote.
    """
    return SpeakerResolver(name=name, name_match_ratio=name_match_ratio, max_paragraphs_back=max_paragraphs_back,
                           floating=floating)


# ---------------------------------------------------------------------------------------------------
# Descriptions of named people: "Harbor Lions owner Teodor Maric ... the billionaire said"

#: What a title or description word before or beside a name answers to: "Gov. Lena Ortiz" is "the governor",
#: "Sen. Tom Hale" is "the senator" and "the lawmaker". A word answers to itself too.
_DESCRIPTION_SYNONYMS: dict[str, frozenset[str]] = {
    "gov": frozenset({"governor"}),
    "governor": frozenset({"governor"}),
    "sen": frozenset({"senator", "lawmaker", "legislator"}),
    "senator": frozenset({"lawmaker", "legislator"}),
    "rep": frozenset({"representative", "congressman", "congresswoman", "lawmaker", "legislator"}),
    "representative": frozenset({"congressman", "congresswoman", "lawmaker", "legislator"}),
    "congressman": frozenset({"representative", "lawmaker", "legislator"}),
    "congresswoman": frozenset({"representative", "lawmaker", "legislator"}),
    "assemblyman": frozenset({"lawmaker", "legislator"}),
    "assemblywoman": frozenset({"lawmaker", "legislator"}),
    "prof": frozenset({"professor"}),
    "attorney": frozenset({"lawyer"}),
    "lawyer": frozenset({"attorney"}),
    "nominee": frozenset({"candidate"}),
    "hopeful": frozenset({"candidate"}),
    "contender": frozenset({"candidate"}),
    "ceo": frozenset({"executive", "chief"}),
    "tycoon": frozenset({"billionaire", "businessman", "mogul"}),
    "mogul": frozenset({"businessman", "tycoon"}),
    "billionaire": frozenset({"businessman"}),
    "businessman": frozenset({"billionaire", "businessman"}),
    "businesswoman": frozenset({"billionaire", "businesswoman"}),
    "pundit": frozenset({"commentator"}),
    "commentator": frozenset({"pundit"}),
    "host": frozenset({"host"}),
    "spokesman": frozenset({"spokesperson"}),
    "spokeswoman": frozenset({"spokesperson"}),
}
#: Modifiers that make another office of the same noun: "Vice President X" is not "the president".
_OFFICE_QUALIFIERS = frozenset({"vice", "deputy", "assistant", "lieutenant", "lt", "former", "acting", "associate",
                                "co", "ex", "late"})
#: Description heads too general to name one person of an article ("the man", "the source").
_GENERAL_HEADS = frozenset({"man", "woman", "person", "people", "member", "source", "official", "one", "other",
                            "group", "side", "country", "boy", "girl", "child", "kid", "guy", "lady",
                            "gentleman", "individual", "figure", "user"})
#: Nouns of people besides :data:`lexicons.ROLE_NOUNS` and the words above that the endings below miss.
_PERSON_NOUNS = frozenset({"mogul", "tycoon", "billionaire", "millionaire", "candidate", "nominee", "hopeful",
                           "magnate", "pundit", "host", "star", "celebrity", "heir", "heiress", "chef", "coach",
                           "athlete", "actress", "attorney", "democrat", "republican", "conservative", "liberal",
                           "progressive", "independent", "libertarian", "socialist", "incumbent", "challenger",
                           "frontrunner", "front-runner", "ceo", "cfo", "founder", "mayor", "senator", "governor"})
#: Endings of nouns of people ("investor", "neurosurgeon", "businessman", "economist", "historian").
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "eon", "aire", "man", "woman", "ee", "ster", "ent", "ant")
#: Nouns with those endings that name no person.
_NOT_PERSON_NOUNS = frozenset({"center", "centre", "chamber", "quarter", "number", "order", "border", "power",
                               "theater", "theatre", "computer", "water", "matter", "answer", "other", "register",
                               "paper", "letter", "poster", "chapter", "corner", "shelter", "sector", "factor",
                               "error", "mirror", "floor", "door", "event", "comment", "statement",
                               "document", "government", "department", "agreement", "movement", "argument",
                               "parliament", "content", "element", "moment", "percent", "present",
                               "incident", "accident", "plant", "grant", "restaurant", "giant", "human",
                               "german", "roman", "woman", "man", "marathon", "manner", "banner", "dinner",
                               "winter", "summer", "monster", "cluster", "lobster",
                               "disaster", "filter"})
#: Entity labels of the places and groups a description names ("Florida senator", "Republican candidate").
_PLACE_LABELS = frozenset({"NORP", "GPE"})
#: Dependency labels of the words that describe a noun before it ("billionaire investor", "Lions owner").
_DESCRIBING_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})


@dataclass(slots=True)
class Described:
    """A named person of the article and the words the article describes them with."""

    start: int  # character offsets of the name
    end: int
    root: int  # token of the name's head
    name: str  # normalised name
    words: frozenset[str]  # description lemmas and what they answer to ("gov" -> "governor")
    qualifiers: frozenset[str]


def _listed_person_noun(word: str) -> bool:
    """Whether a lower-cased noun lemma is a person noun of the stage's own lists: a role ("governor"), a
    person noun ("mogul") or a description's synonym."""
    return word in lexicons.ROLE_NOUNS or word in _PERSON_NOUNS or word in _DESCRIPTION_SYNONYMS


def is_person_noun(word: str) -> bool:
    """Whether a lower-cased lemma names a kind of person: "investor", "neurosurgeon", "governor", "ally";
    not "hall", "airline", "center", "former". One reading, in this order: the stage's own lists of person
    nouns say yes (:func:`_listed_person_noun`: "mogul", "chair"); its nouns with a person's ending that
    name no person say no ("center", "statement"); then WordNet's first senses, for a word WordNet knows
    as a noun (:func:`claimex.lexical.noun_kind`: "delegate", "ally" yes; "former", "recent" no); then,
    for a word it does not know ("co-founder", "birther"), the ending of a person's noun."""
    if _listed_person_noun(word):
        return True
    if word in _NOT_PERSON_NOUNS:
        return False
    kind = lexical.noun_kind(word)
    if kind is not None:
        return kind == "person"
    if word.endswith("ment") or len(word) < 5:
        return False
    return word.endswith(_PERSON_ENDINGS) and word not in lexicons.ORG_NOUNS


def _answers(word: str) -> set[str]:
    word = word.lower().rstrip(".")
    return {word} | _DESCRIPTION_SYNONYMS.get(word, frozenset())


def _noun_words(tt: TokenTable, noun: int) -> set[str]:
    """A describing noun and the words describing it before it: "the billionaire investor" ->
    {"billionaire", "investor"}."""
    words = {tt.lemma[noun]}
    for child in tt.children[noun]:
        if child < noun and tt.dep[child] in _DESCRIBING_DEPS and (
                tt.pos[child] in ("NOUN", "ADJ") or tt.ent_type[child] in _PLACE_LABELS):
            words.add(tt.lower[child] if tt.ent_type[child] in _PLACE_LABELS else tt.lemma[child])
    return words


def _description_words(tt: TokenTable, ent: Span) -> set[str]:
    """The words that describe the person ``ent`` names: the title and the nouns and adjectives before the
    name in its phrase ("Harbor Lions owner", "Gov."), a noun in apposition ("Teodor Maric, the
    billionaire investor," / "the billionaire investor, Teodor Maric,") and a predicate noun ("Maric is a
    billionaire")."""
    root = ent.root.i
    words: set[str] = set()
    for i in range(tt.left_edge(root), ent.end):
        if i >= ent.start and i >= root:
            break
        low = tt.lower[i].rstrip(".")
        if low in lexicons.TITLES or low in _DESCRIPTION_SYNONYMS:
            words.add(low)
        elif i < ent.start and tt.dep[i] in _DESCRIBING_DEPS and (
                tt.pos[i] in ("NOUN", "ADJ") or tt.ent_type[i] in _PLACE_LABELS):
            words.add(tt.lower[i] if tt.ent_type[i] in _PLACE_LABELS else tt.lemma[i])
        elif i < ent.start and tt.pos[i] == "PROPN" and not tt.ent_type[i] and is_person_noun(low):
            words.add(low)  # "FBI Director James Comey": a capitalised role word
    for child in tt.children[root]:
        if tt.dep[child] == "appos" and tt.pos[child] == "NOUN" and not _possessive(tt, child):
            words |= _noun_words(tt, child)
    head = tt.head[root]
    if tt.dep[root] == "appos" and tt.pos[head] == "NOUN" and head < root and not _possessive(tt, head):
        words |= _noun_words(tt, head)
    if tt.dep[root] == "nsubj" and tt.lemma[head] == "be":
        for child in tt.children[head]:
            if tt.dep[child] == "attr" and tt.pos[child] == "NOUN" and not _possessive(tt, child):
                words |= _noun_words(tt, child)
    return words


def _possessive(tt: TokenTable, noun: int) -> bool:
    """Whether a noun carries the possessive "'s": "Reyes is the candidate's first donor", the parser
    taking "candidate" for the predicate, describes another person than the subject."""
    return any(tt.dep[c] == "case" for c in tt.children[noun])


def described_people(tt: TokenTable, names: list[Span]) -> list[Described]:
    """The PERSON names of the document with the words each is described with, in order."""
    out = []
    for ent in names:
        if ent.label_ != "PERSON":
            continue
        name = _norm(_split_title(ent, tt)[1])
        if not name:
            continue
        raw_words = _description_words(tt, ent)
        words = set().union(*(_answers(w) for w in raw_words)) if raw_words else set()
        out.append(Described(ent.start_char, ent.end_char, ent.root.i, name, frozenset(words),
                             frozenset(raw_words & _OFFICE_QUALIFIERS)))
    return out


def _same_person(a: str, b: str) -> bool:
    """Whether two normalised names may name one person: the same, or one the surname of the other, with
    forenames that agree."""
    if a == b:
        return True
    if _surname(a) != _surname(b):
        return False
    return " " not in a or " " not in b or _forenames_agree(a, b)


def description_referent(tt: TokenTable, people: list[Described], mention: Mention) -> Described | None:
    """The named person a definite description ("the billionaire", "the governor") stands for: the one
    person named before it whose own description in the article shares its head noun or a related role,
    when exactly one person fits (two governors named: none). The latest mention of that person is
    returned."""
    head = mention.described
    if head is None or not _person_description(mention):
        return None
    first = tt.left_edge(mention.root)
    words = {tt.lower[i].rstrip(".") for i in range(first, mention.root) if tt.dep[i] not in ("det", "poss", "case")}
    mods = words & _OFFICE_QUALIFIERS
    fits: list[Described] = []
    for person in people:
        if person.start >= mention.span[0]:
            break
        if head in person.words and person.qualifiers == mods:
            fits.append(person)
    if not fits:
        return None
    latest = fits[-1]
    if any(not _same_person(p.name, latest.name) for p in fits):
        # two people fit: the one whose descriptions hold all the description's other words ("the Florida
        # senator"), if only one does
        others = words - mods
        narrowed = [p for p in fits if others and others <= _words_of(people, p, mention.span[0])]
        if not narrowed or any(not _same_person(p.name, narrowed[-1].name) for p in narrowed):
            return None
        latest = narrowed[-1]
    later = [p for p in people if latest.start <= p.start < mention.span[0] and _same_person(p.name, latest.name)]
    return later[-1]


#: Roles one person often holds together: "Lions owner X" may be "the billionaire" or "the investor".
_ROLE_FAMILIES = (
    frozenset({"billionaire", "millionaire", "businessman", "businesswoman", "owner", "investor", "executive",
               "ceo", "founder", "tycoon", "mogul", "magnate", "developer", "entrepreneur", "chairman",
               "chairwoman", "financier", "heir", "heiress"}),
    frozenset({"candidate", "nominee", "hopeful", "contender", "frontrunner", "front-runner", "politician",
               "republican", "democrat", "incumbent", "challenger", "lawmaker", "senator", "governor",
               "congressman", "congresswoman", "representative", "mayor", "legislator"}),
    frozenset({"commentator", "pundit", "host", "columnist", "writer", "author", "journalist", "reporter",
               "editor", "anchor", "blogger", "broadcaster"}),
    frozenset({"lawyer", "attorney", "counsel", "prosecutor"}),
    frozenset({"doctor", "physician", "surgeon", "neurosurgeon", "scientist", "researcher", "professor",
               "economist", "expert", "analyst"}),
)
#: Words of a person's party or race, not of a trade: "Republican front-runner X" may be "the retired
#: neurosurgeon" or "the billionaire businessman".
_PARTISAN_ROLES = frozenset({"candidate", "nominee", "hopeful", "contender", "frontrunner", "front-runner",
                             "republican", "democrat", "incumbent", "challenger", "conservative", "liberal",
                             "progressive", "independent", "libertarian", "socialist", "presidential",
                             "runner"})  # "front-runner", split by the tokenizer
#: How many sentences before a description's own the person it stands for may have been the subject of.
_TOPIC_SENTENCES_BACK = 2


def _words_of(people: list[Described], person: Described, before: int) -> set[str]:
    """All the words the article described ``person`` with before offset ``before``."""
    return {w for p in people if p.start < before and _same_person(p.name, person.name) for w in p.words}


def _person_description(mention: Mention) -> bool:
    """Whether a mention is a singular definite description of a person ("the billionaire")."""
    head = mention.described
    return head is not None and not mention.plural and head not in _GENERAL_HEADS \
        and head not in lexicons.ORG_NOUNS and head not in lexicons.MEDIUM_NOUNS and is_person_noun(head)


def _fits_anyone(people: list[Described], head: str, before: int, places: frozenset[str] = frozenset()) -> bool:
    """Whether anyone named before ``before`` is described by ``head`` (and by the ``places``, "Vermont Sen.
    X" for "the Vermont senator": "Texas Sen. Y" does not fit it)."""
    return any(head in p.words and places <= _words_of(people, p, before) for p in people if p.start < before)


def topic_referent(doc: Doc, people: list[Described], mention: Mention,
                   quoted: Sequence[tuple[int, int]] = ()) -> Described | None:
    """"Harbor Lions owner Teodor Maric criticised the deal. ... "...," the billionaire said.": a definite
    description of a person that no person's description in the article fits, and that is not the title of
    an office, or that several fit ("Gov. Ortiz ... Ortiz toured ... the governor said": the subject must
    be the only one of them named there, of the same office), stands for the person who is the subject of
    a clause in its own sentence, in one of the :data:`_TOPIC_SENTENCES_BACK` before it or in the paragraph
    before its own, when no other name is a subject there, the description's noun does not occur there before it
    ("met the governor. The governor said": another person), and the person's own trade words in the article are
    of the description's family (:data:`_ROLE_FAMILIES`; party words such as "Republican front-runner" do not
    count). Names inside the ``quoted`` spans (direct quotes) are not subjects of the narrative and do not
    count."""
    tt = TokenTable.of(doc)
    places = _place_words(tt, mention.root)
    head = mention.nominal or (mention.described if places else None)  # "the Vermont senator" reads as a name
    at = mention.span[0]
    if head is None or not _person_description(mention):
        return None
    # a description that fits several people named before it (two candidates, two senators) is the one
    # of them who is the subject there; one that fits nobody must not be the title of an office ("Sen.
    # X" names its holder: no description, no guess)
    fitting = _fits_anyone(people, head, at, places)
    if not fitting and head in lexicons.TITLES and not places:
        # "the Vermont senator" is the news's variation on a person's name, "the senator" may be anyone, but for
        # the one person the narrative has just named (``lone_title_subject``)
        return _lone_title_subject(tt, people, mention, quoted)
    sent_start = tt.sentence_bounds(mention.root)[0]
    window_start = sent_start
    for _ in range(_TOPIC_SENTENCES_BACK):
        if window_start == 0:
            break
        window_start = tt.sentence_bounds(window_start - 1)[0]
    # the paragraph before counts whole: a quote's own sentences do not push its speaker's out
    starts = _paragraph_starts(tt.text)
    here = bisect.bisect_right(starts, tt.idx[sent_start]) - 1
    window_start = min(window_start, bisect.bisect_left(tt.idx, starts[max(0, here - 1)]))
    first_root = tt.left_edge(mention.root)
    if any((tt.lemma[i] == head or tt.lower[i] == head) and not _names_word(tt, i) and not _topic_description(tt, i)
           for i in range(window_start, first_root)):
        return None  # "met the governor. The governor said": a governor the article does not name
    start_char = tt.idx[window_start]
    def outside(char: int) -> bool:
        return not any(a <= char < b for a, b in quoted)

    window = [p for p in people if start_char <= p.start < at and tt.dep[p.root] in ("nsubj", "nsubjpass")
              and outside(p.start)]
    if not window:
        return None
    subject = window[-1]
    if any(not _same_person(p.name, subject.name) for p in window):
        # two people are subjects in the window: the description is the one of the nearest sentence that has
        # a subject ("Whitfield criticised the bill. Hale defended it. '...,' the senator said"), if only one
        # person is a subject there and no pronoun tells that clause ("he said he found Hale charming")
        near = _nearest_sentence_start(tt, window, window_start, sent_start)
        window = [p for p in window if tt.idx[near] <= p.start]
        if any(not _same_person(p.name, subject.name) for p in window) or _told_by_another(tt, subject.root) \
                or tt.dep[mention.root] not in ("nsubj", "nsubjpass"):
            return None  # nor a description that is no subject ("according to the state secretary's website")
        window_start, start_char = near, tt.idx[near]
    theirs = {i for p in people if _same_person(p.name, subject.name)
              for i in range(*(tt.expand(p.start, p.end) or (0, 0)))}
    surname = _surname(subject.name)
    if any(tt.dep[i] in ("nsubj", "nsubjpass") and tt.pos[i] == "PROPN" and i not in theirs
           and _norm(tt.word(i)) != surname and outside(tt.idx[i]) for i in range(window_start, first_root)):
        return None  # another name is a subject there, whatever the NER made of it
    if fitting:  # the subject fits, and no one else named there does ("Gov. A and Gov. B met")
        others = [p for p in people if start_char <= p.start < at and outside(p.start)
                  and not _same_person(p.name, subject.name) and head in _words_of(people, p, at)]
        mods = {tt.lower[i].rstrip(".") for i in range(first_root, mention.root)} & _OFFICE_QUALIFIERS
        same_office = any(head in p.words and p.qualifiers == mods for p in people
                          if p.start < at and _same_person(p.name, subject.name))
        # a subject the article describes with nothing may hold it ("Sen. A and Sen. B spoke on Monday. / ... /
        # Hale stopped at his field office. Walking in, the senator said ...")
        undescribed = not mods and not _words_of(people, subject, at)
        # "Vice President X" is not "the president"
        return subject if (same_office or undescribed) and not others else None
    roles = {w for w in _words_of(people, subject, at) if is_person_noun(w)} - _PARTISAN_ROLES \
        - lexicons.RELATION_NOUNS
    if roles and not roles & _family(head):
        return None  # "press secretary X" is not "the businessman"; "owner X" may be "the billionaire"
    return subject


#: Verbs whose subject puts a question: the one who answers it is another person ("'...?' Lee asked. '...,' the
#: senator said").
_ASKING_VERBS = frozenset({"ask", "question", "press", "inquire", "wonder", "interrupt"})


#: Entity labels under which the tagger leaves another person's name ("Mayor Rita Sanz" as a building).
_OTHER_NAME_LABELS = frozenset({"PERSON", "FAC"})


def _lone_title_subject(tt: TokenTable, people: list[Described], mention: Mention,
                        quoted: Sequence[tuple[int, int]]) -> Described | None:
    """Rule ``lone_title_subject``: "Hale toured the flooded county on Monday. The governor said the state
    would pay for the repairs": a definite description that is the title of an office no one in the article is
    described with ("the governor", "the former president") stands for the one person named in its paragraph
    before it (a new paragraph's "the senator" may be anyone), when that person is the subject of a clause
    there and the description is itself a subject. Names inside the ``quoted`` spans do not count. Not when a
    second person is named there ("Lee pressed Park, but the senator insisted": either may be meant), when the
    person's clause puts a question ("'...?' Lee asked. '...,' the senator said": the answer is another's) or
    is told by a pronoun ("he said Hale ..."), when another proper noun there is a subject or is tagged a
    person's or a building's name (:data:`_OTHER_NAME_LABELS`), or the title's noun stands there for someone
    unnamed ("met a governor"), nor when the article describes the person with a trade of another family
    (:data:`_ROLE_FAMILIES`: "campaign manager X" is not "the senator")."""
    if tt.dep[mention.root] not in ("nsubj", "nsubjpass"):
        return None
    head = mention.nominal or mention.described
    if head is None:
        return None
    at = mention.span[0]
    starts = _paragraph_starts(tt.text)
    paragraph = starts[bisect.bisect_right(starts, at) - 1]
    start = bisect.bisect_left(tt.idx, paragraph)
    start_char = tt.idx[start]

    def outside(char: int) -> bool:
        return not any(a <= char < b for a, b in quoted)

    named = [p for p in people if start_char <= p.start < at and outside(p.start)]
    if not named or any(not _same_person(p.name, named[-1].name) for p in named):
        return None
    subjects = [p for p in named if tt.dep[p.root] in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    subject = subjects[-1]
    if any(tt.lemma[tt.head[p.root]] in _ASKING_VERBS or _told_by_another(tt, p.root) for p in subjects):
        return None
    theirs = {i for p in people if _same_person(p.name, subject.name)
              for i in range(*(tt.expand(p.start, p.end) or (0, 0)))}
    surname = _surname(subject.name)
    first_root = tt.left_edge(mention.root)
    if any(tt.pos[i] == "PROPN" and i not in theirs and _norm(tt.word(i)) != surname and outside(tt.idx[i])
           and (tt.dep[i] in ("nsubj", "nsubjpass") or tt.ent_type[i] in _OTHER_NAME_LABELS)
           for i in range(start, first_root)):
        return None  # another name is a subject there, or a name the NER read as a place ("Mayor Rita Sanz")
    if any((tt.lemma[i] == head or tt.lower[i] == head) and not _names_word(tt, i) for i in range(start, first_root)):
        return None  # "met a governor. The governor said": a governor the article does not name
    roles = {w for w in _words_of(people, subject, at) if is_person_noun(w)} - _PARTISAN_ROLES \
        - lexicons.RELATION_NOUNS
    if roles and not roles & _family(head):
        return None
    return subject


def _topic_description(tt: TokenTable, noun: int) -> bool:
    """Whether the noun ``noun`` heads a definite description that is a subject ("The senator from Maine had
    gained ground"): the news's variation on the name of its topic, no other person ("met the senator")."""
    return tt.dep[noun] in ("nsubj", "nsubjpass") and any(
        tt.dep[c] == "det" and tt.lower[c] == "the" for c in tt.children[noun])


def _told_by_another(tt: TokenTable, subject: int) -> bool:
    """Whether the clause of the subject ``subject`` is told by a pronoun subject above it ("he said he found
    Hale charming": not Hale's own sentence)."""
    verb = tt.head[subject]
    while tt.head[verb] != verb:
        verb = tt.head[verb]
        if any(tt.dep[c] in ("nsubj", "nsubjpass") and tt.pos[c] == "PRON" for c in tt.children[verb]):
            return True
    return False


def _nearest_sentence_start(tt: TokenTable, window: list[Described], window_start: int, own: int) -> int:
    """The first token of the sentence nearest before a description (its own sentence first) that holds
    the start of one of the ``window``'s subjects, at ``window_start`` at the earliest."""
    start = own
    latest = window[-1].start
    while start > window_start and tt.idx[start] > latest:
        start = tt.sentence_bounds(start - 1)[0]
    return max(start, window_start)


def _place_words(tt: TokenTable, noun: int) -> frozenset[str]:
    """The places named before a description's noun, lower-cased: "the Vermont senator" -> {"vermont"} (not a
    party or a people: "the Democratic front-runner" says no more than "the front-runner")."""
    return frozenset(tt.lower[c] for c in tt.children[noun]
                     if c < noun and tt.dep[c] in _DESCRIBING_DEPS and tt.ent_type[c] == "GPE")


def _previous_speaker_described(tt: TokenTable, mention: Mention, prev: Cluster, people: list[Described],
                                paragraphs: list[int]) -> Cluster | None:
    """'"...," Hale told a radio host. "...," the candidate said.': a definite description of a person
    that no rule before placed stands for the named person who spoke the claim before it, in its own
    paragraph or the one before, when that person is known by the description (its title or the words
    the article described them with: "Sen. Lee" is "the senator") or, for a description that is no
    office, by no trade of another family (:data:`_ROLE_FAMILIES`); not when the description's noun
    occurs between them ("asked an organizer. ... the organizer said": another person) or its gender
    clashes."""
    head = mention.nominal or mention.described
    if head is None or not _person_description(mention) or prev.plural or prev.kind != "PERSON" \
            or not prev.full_names or _gender_clash(mention, prev) \
            or (mention.gender and prev.gender and mention.gender != prev.gender):
        return None
    here = bisect.bisect_right(paragraphs, mention.span[0]) - 1
    since = paragraphs[max(0, here - 1)] if paragraphs else 0
    if prev.last < since or prev.last >= mention.span[0]:
        return None
    window = tt.expand(prev.last, mention.span[0])
    first_root = tt.left_edge(mention.root)
    if window is not None and any((tt.lemma[i] == head or tt.lower[i] == head) and not _names_word(tt, i)
                                  for i in range(window[0], first_root)):
        return None
    known = set(prev.heads)
    for name in prev.full_names:
        known |= {w for p in people if p.start < mention.span[0] and _same_person(p.name, name) for w in p.words}
    title = prev.best("title")
    if title:
        known |= _answers(title)
    if head in lexicons.TITLES:
        return prev if _answers(head) & known else None
    if head in lexicons.PARTY_MEMBER_NOUNS:
        return prev  # party_member_description: a party's member may hold any trade or office
    roles = {w for w in known if is_person_noun(w)} - _PARTISAN_ROLES
    return None if roles and not roles & _family(head) else prev


_NAMING_DEPS = frozenset({"compound", "appos", "amod", "nmod", "flat"})


def _names_word(tt: TokenTable, i: int) -> bool:
    """Whether the noun ``i`` describes a name next to it ("candidate Tom Hale", "Hale, a candidate,"),
    not a person of its own ("met a candidate")."""
    up = tt.head[i]
    if up != i and tt.pos[up] == "PROPN" and tt.dep[i] in _NAMING_DEPS:
        return True
    return any(tt.pos[c] == "PROPN" and tt.dep[c] in _NAMING_DEPS and c > i for c in tt.children[i])


def _family(head: str) -> set[str]:
    """A description's head, what it answers to, and the roles of its family (:data:`_ROLE_FAMILIES`)."""
    out = _answers(head)
    for family in _ROLE_FAMILIES:
        if head in family:
            out |= family
    return out
