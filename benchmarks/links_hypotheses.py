"""Recall hypotheses for the linker, measured before any rule is written (issue 13, nineteenth round).

    .venv/bin/python benchmarks/links_hypotheses.py                  # the development readings' articles
    .venv/bin/python benchmarks/links_hypotheses.py --train --n-process 2   # and all PolNeAR train

Every pair of claims of two sides that the linker's nevers leave (both speakers known, both contents
linkable, not one side, not one statement extracted twice, not an interpretation, the later not opening by
reporting another speaker, neither only a topic) is a candidate. Each hypothesis names the relation it would
draw; "marked" counts the candidates a development reader marked with that relation: reader B of
``links_gold.jsonl``, readers I-L of ``links_gold2.jsonl`` and reader C of ``links_second_reading.jsonl``.
Reader A's articles (held out) are never read, here or with ``--train``. With ``--train`` the other PolNeAR
train articles are read too and the hypotheses' fires there are counted (no reading to score them).

The hypotheses:

* ``relate(a, b)`` (the Emergent-fitted claim/text relation) on the two claims' texts (speaker mention to
  the end of the content), at thresholds of the probability of its relation, alone, with the same target
  entity, with a shared predicate lemma (or a WordNet synonym);
* a later claim restating a predicate of the earlier (or a WordNet synonym) with the opposite polarity, with
  or without its core arguments aligned (subject and object keys or their WordNet synonyms);
* a later claim by the party the earlier accuses (an accusing verb's object), within N claims, whatever its
  cue; and by the speaker an accusing or opposing earlier claim targets;
* (twenty-first round) two claims with the same target entity, the same target head (its keys) or either,
  and two non-neutral stances: opposite ones dispute, the same one supports; alone, within N claims, with a
  predicate lemma (or a WordNet synonym) shared, or with the later accusing, condemning or denying;
* (twenty-first round) the later claim opposing the earlier speaker (its target entity, stance oppose or act
  accuse / condemn), alone or with the earlier speaker opposing the later one anywhere in the article
  (mutual opposition), answering the earlier speaker's nearest claim before it or its claim opposing the
  later speaker; and the later claim backing the earlier speaker (target entity, stance support).

* (twenty-second round) the later claim naming the earlier speaker in its content (one of its names among the
  content's topic keys: "The FBI resolved all of this", "Reid's remark was not based on ..."), answering that
  speaker's nearest claim before it, the relation by the later claim's stance; a word of any clause (not only a
  main predicate) said with the opposite polarity, or its antonym, in the other content; a restatement whose
  core arguments align through a pronoun; and three to five topic words shared with the same stance, or by two
  claims that both assert.

* (twenty-third round) a denial answering an earlier claim of another side: the later claim's act is deny (in its
  own words: "he has no plans to bring the measures up for a vote"), or it negates a main predicate, answering the
  claim just before, the nearest earlier claim that names its speaker, or one sharing topic words.

* (links37 round) figures: two figures of one unit with disjoint ranges (also in units of measure, which
  ``numeric_mismatch`` leaves out), under any predicate or one, with what they count aligned or topic words
  shared, dispute; the same figure supports. And a later content quoting words of the earlier back in quote
  marks (``quoted_echo``), the relation by the later claim's stance and act.

* (links46 round) restatements and opposite evaluations: one main predicate (its lemma or a WordNet synonym, not a
  weak one) with one polarity, of one named subject and one object, or of a subject aligned by any key; one named
  entity (a name key of the subject) evaluated by an evaluative main predicate in both contents ("Lopez is
  honest" / "Lopez is dishonest"), or the two claims' one target entity so evaluated (its name or a pronoun the
  subject), the two signs opposite (disputes) or the same (supports); and two non-neutral stances toward one target
  entity that is each claim's subject.

``--no-relate`` skips the relate reading (its hypotheses, and most of the time); ``--save`` / ``--load``
keep the candidate rows, so a table is redrawn without a parse.

The answer of the nineteenth, twenty-first and twenty-second rounds: none reaches a precision of 0.6 on the
development readings (the best, 0.33). Of the twenty-third round's, one combination does on 3 fires (an own
denial answering the claim just before, an accusation or an assertion sharing a topic word: 2 marked), and
reads at about 0.4 on its 21 fires in the other PolNeAR train articles. The links37 round's figures and quoted
words: none either (one marked pair, already found by the sixteenth round); see docs/claims-and-links.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import claimex
import claimex.relate
from claimex import lexical
from claimex import lexicons as lx
from claimex import relate_features as rf
from claimex.extensions import raw
from claimex.link_scoring import claim_spans, gold_pairs, matches, read_gold
from claimex.pipeline.links.features import ClaimFeatures, DocIndex, Proposition, read_claim
from claimex.pipeline.links.linker import interprets
from claimex.pipeline.links.rules import (
    _said_of,
    one_side,
    opens_with_another_speaker,
    same_predicate,
    same_statement,
    shared_terms,
    topic_only,
)

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"
DEV = ROOT / "benchmarks" / "dev"
READINGS = ("links_gold.jsonl", "links_gold2.jsonl", "links_second_reading.jsonl")
HELD_OUT = "A"
_OPPOSING_ACTS = frozenset({lx.ACCUSE, lx.CONDEMN})
_ANSWERING_ACTS = frozenset({lx.DENY, lx.ACCUSE, lx.CONDEMN})
rl = sys.modules["claimex.relate"]  # the module (``claimex.relate`` is also the function)
_NO_RELATION = rl.Relation("none", 0.0)  # ``--no-relate``: the relate hypotheses then fire on nothing
_STANCES = frozenset({"support", "oppose"})
_NOT_ASSERTING = frozenset({lx.DEMAND, lx.QUESTION})

Row = dict[str, Any]


def _synonyms(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two argument key sets that share a key or a WordNet synonym group (names and numbers by key only)."""
    if a & b:
        return True
    plain_a = [k for k in a if not k.startswith(("name:", "country:", "#")) and k != "?"]
    plain_b = [k for k in b if not k.startswith(("name:", "country:", "#")) and k != "?"]
    return any(lexical.groups(x) & lexical.groups(y) for x in plain_a for y in plain_b)


def _core_aligned(p: Proposition, q: Proposition, *, pronoun_aligns: bool = False) -> bool:
    """Every core argument both fill aligned (keys or synonyms), at least one; a pronoun ("?") aligns only
    with ``pronoun_aligns``."""
    aligned = 0
    for a, b in ((p.agent, q.agent), (p.patient, q.patient)):
        if not a or not b:
            continue
        if "?" in a or "?" in b:
            if not pronoun_aligns:
                return False
        elif not _synonyms(a, b):
            return False
        aligned += 1
    return aligned > 0


def _names(keys: frozenset[str]) -> frozenset[str]:
    """The name keys of an argument ("name:clinton"), no pronoun, no common noun."""
    return frozenset(k for k in keys if k.startswith(("name:", "country:")))


def _restates(p: Proposition, q: Proposition) -> bool:
    """(links46 round) one main predicate (its lemma or a WordNet synonym, not a weak one: "say", "be") with one
    polarity, said of one named subject (a name key shared) and of one object (a key or a synonym shared)."""
    return (p.negated == q.negated and same_predicate(p, q) and p.lemma not in lx.WEAK_PREDICATES
            and bool(_names(p.agent) & _names(q.agent)) and bool(p.patient) and bool(q.patient)
            and "?" not in p.patient and "?" not in q.patient and _synonyms(p.patient, q.patient))


def _restates_loosely(p: Proposition, q: Proposition) -> bool:
    """(links46 round) the same, the subject aligned by any key or synonym (not a pronoun), the objects aligned or
    neither filled."""
    if p.negated != q.negated or not same_predicate(p, q) or p.lemma in lx.WEAK_PREDICATES:
        return False
    if not p.agent or not q.agent or "?" in p.agent or "?" in q.agent or not _synonyms(p.agent, q.agent):
        return False
    if not p.patient and not q.patient:
        return True
    return bool(p.patient) and bool(q.patient) and "?" not in p.patient | q.patient and _synonyms(p.patient, q.patient)


def _evaluative_signs(c: ClaimFeatures, subject: Callable[[frozenset[str]], bool]) -> list[int]:
    """(links46 round) the signs of the content's evaluative main predicates whose subject passes ``subject``."""
    table = lx.evaluation_lexicon()
    out = []
    for p in c.propositions:
        word = p.word if p.word >= 0 else p.token
        value = table.get(c.tokens.lemma[word], table.get(c.tokens.lower[word], 0.0))
        if abs(value) >= 1.5 and subject(p.agent):
            out.append((1 if value > 0 else -1) * (-1 if p.negated else 1))
    return out


def _evaluations(c: ClaimFeatures) -> list[tuple[frozenset[str], int]]:
    """(links46 round) each main predicate whose word (a verb, or a copula's complement: "he is *honest*") is an
    evaluative word of ``lexicons.evaluation_lexicon`` (|valence| >= 1.5), said of a named subject: the subject's
    name keys and the evaluation's sign, reversed by a negation ("he is not honest": -1)."""
    table = lx.evaluation_lexicon()
    out = []
    for p in c.propositions:
        word = p.word if p.word >= 0 else p.token
        value = table.get(c.tokens.lemma[word], table.get(c.tokens.lower[word], 0.0))
        names = _names(p.agent)
        if abs(value) >= 1.5 and names:
            out.append((names, (1 if value > 0 else -1) * (-1 if p.negated else 1)))
    return out


def _one_subject_evaluated(a: ClaimFeatures, b: ClaimFeatures) -> list[int]:
    """(links46 round) the products of the two signs of each pair of evaluations of one named subject: -1 the
    opposite evaluation, +1 the same."""
    return [sa * sb for na, sa in _evaluations(a) for nb, sb in _evaluations(b) if na & nb]


def _target_subject(c: Mapping[str, Any], f: ClaimFeatures, speakers: Mapping[str, Any], index: DocIndex) -> bool:
    """(links46 round) the claim's target entity names the subject of one of its main predicates."""
    if not c.get("target_entity"):
        return False
    party = index.party(c["target_entity"], speakers, c.get("target_name"))
    return party.known and any(party.named_by(p.agent) for p in f.propositions)


def _target_evaluated(a: Mapping[str, Any], b: Mapping[str, Any], feats: Mapping[str, ClaimFeatures],
                      speakers: Mapping[str, Any], index: DocIndex) -> list[int]:
    """(links46 round) one target entity of both claims, evaluated in each by an evaluative main predicate whose
    subject names it or is a pronoun ("he is honest"): the products of the two signs."""
    if not a.get("target_entity") or a.get("target_entity") != b.get("target_entity"):
        return []
    party = index.party(a["target_entity"], speakers, a.get("target_name"))
    if not party.known:
        return []

    def subject(keys: frozenset[str]) -> bool:
        return "?" in keys or party.named_by(keys)

    signs = [_evaluative_signs(feats[c["id"]], subject) for c in (a, b)]
    return [x * y for x in signs[0] for y in signs[1]]
def _opposes(c: Mapping[str, Any]) -> bool:
    return c.get("stance") == "oppose" or c.get("act") in _OPPOSING_ACTS


def _backs(c: Mapping[str, Any]) -> bool:
    return c.get("stance") == "support"


def _aims_at(c: Mapping[str, Any], speaker: str | None, how: Callable[[Mapping[str, Any]], bool]) -> bool:
    """The claim's target entity is this speaker entity, and the claim opposes (or backs) it."""
    return speaker is not None and c.get("target_entity") == speaker and how(c)


def _pair(doc_id: str, a: Mapping[str, Any], b: Mapping[str, Any], er: ClaimFeatures, lt: ClaimFeatures,
          between: int, relation: Any, marked: list[str], *, opposed: frozenset[tuple[Any, Any]] = frozenset(),
          nearest: bool = False, nearest_naming: bool = False) -> Row:
    opposite = [(p, q) for q in lt.propositions for p in er.propositions
                if p.negated != q.negated and same_predicate(p, q)]
    return {
        "doc": doc_id, "earlier": a.get("content"), "later": b.get("content"), "between": between, "marked": marked,
        "relate": relation.relation, "relate_p": relation.score,
        "same_target_entity": bool(a.get("target_entity")) and a.get("target_entity") == b.get("target_entity"),
        "shared_lemma": bool(er.predicate_lemmas & lt.predicate_lemmas),
        "shared_strong_lemma": bool((er.predicate_lemmas & lt.predicate_lemmas) - lx.WEAK_PREDICATES),
        "shared_sense": any(same_predicate(p, q) for p in er.propositions for q in lt.propositions),
        "opposite": bool(opposite),
        "opposite_aligned": any(_core_aligned(p, q) for p, q in opposite),
        "opposite_aligned_pronoun": any(_core_aligned(p, q, pronoun_aligns=True) for p, q in opposite),
        "later_is_accused": bool(er.accused) and lt.party.named_by(er.accused),
        "later_is_target": bool(a.get("target_entity")) and a.get("target_entity") == b.get("speaker")
        and (a.get("act") in _OPPOSING_ACTS or a.get("stance") == "oppose"),
        "later_answers": b.get("stance") == "oppose" or b.get("act") in _ANSWERING_ACTS,
        # issue 13's twenty-first round: stances toward one target, and speakers who oppose each other
        "stances": [a.get("stance"), b.get("stance")],
        "later_act": b.get("act"),
        "same_target_head": bool(er.target & lt.target),
        "later_opposes_earlier_speaker": _aims_at(b, a.get("speaker"), _opposes),
        "later_supports_earlier_speaker": _aims_at(b, a.get("speaker"), _backs),
        "earlier_opposes_later_speaker": _aims_at(a, b.get("speaker"), _opposes),
        "earlier_speaker_opposes_later_anywhere": (a.get("speaker"), b.get("speaker")) in opposed,
        "nearest_of_earlier_speaker": nearest,
        # issue 13's twenty-second round: the later claim names the earlier speaker in its content
        "later_names_earlier_speaker": not er.party.names.isdisjoint(lt.terms),
        "later_names_a_statement": _names_a_statement(lt),
        # the same word said with the opposite polarity, or two antonyms, in any clause of the two contents
        "clause_opposite": _clause_opposite(er, lt),
        "shared_terms": shared_terms(er, lt),
        # a restatement: one predicate (or a synonym) with the same polarity, its core arguments aligned
        "same_aligned_pronoun": any(p.negated == q.negated and same_predicate(p, q)
                                    and _core_aligned(p, q, pronoun_aligns=True)
                                    for q in lt.propositions for p in er.propositions),
        "both_assert": a.get("act") not in _NOT_ASSERTING and b.get("act") not in _NOT_ASSERTING
        and not a.get("hedged") and not b.get("hedged"),
        # issue 13's twenty-third round: denials that answer an earlier claim
        "later_act_rule": b.get("act_rule"),
        "later_negated": any(q.negated for q in lt.propositions),
        "earlier_names_later_speaker": not lt.party.names.isdisjoint(er.terms),
        "nearest_naming_later_speaker": nearest_naming,
        "earlier_act": a.get("act"),
        # links37 round: the figures of each content (low, high, unit, predicate, date, what it is said of)
        "quantities": [_figures(er), _figures(lt)],
        "hedged": [bool(a.get("hedged")), bool(b.get("hedged"))],
        # links46 round: a restatement of one predicate of one named subject and one object; one named subject
        # evaluated by two speakers (the signs' products)
        "restates_subject_object": any(_restates(p, q) for q in lt.propositions for p in er.propositions),
        "one_subject_evaluated": _one_subject_evaluated(er, lt),
        "restates_loosely": any(_restates_loosely(p, q) for q in lt.propositions for p in er.propositions),
    }


def _figures(c: ClaimFeatures) -> list[list[Any]]:
    """Each figure of the content: its bounds, unit, predicate, nearest date and the keys of the
    predicate's object (``rules._said_of``)."""
    return [[q.low, q.high, q.unit, q.pred, q.date, sorted(_said_of(c, q)),
             sorted(k for p in c.propositions if p.pred == q.pred for k in p.agent)] for q in c.quantities]


def _clause_predicates(c: ClaimFeatures) -> dict[str, bool]:
    """Every verb and adjective of the content (not a weak one: "say", "be", "have"), in any clause, by lemma,
    with whether a negator hangs on it ("accused her of *not giving* the company time", "concluded that the
    articles were *accurate*"); a lemma said both ways is left out."""
    tt = c.tokens
    content = set(c.content)
    negated = {tt.head[i] for i in content if tt.lower[i] in lx.NEGATION_WORDS}
    said: dict[str, set[bool]] = {}
    for i in content:
        if tt.pos[i] in ("VERB", "ADJ") and tt.is_alpha[i] and tt.lemma[i] not in lx.WEAK_PREDICATES:
            said.setdefault(tt.lemma[i], set()).add(i in negated)
    return {lemma: next(iter(ways)) for lemma, ways in said.items() if len(ways) == 1}


def _clause_opposite(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """A word of one content said with the opposite polarity in the other, or its antonym with the same one."""
    pa, pb = _clause_predicates(a), _clause_predicates(b)
    if any(lemma in pb and pb[lemma] != negated for lemma, negated in pa.items()):
        return True
    return any(other in pb and pb[other] == negated
               for lemma, negated in pa.items() for other in lexical.antonyms(lemma))


def _names_a_statement(c: ClaimFeatures) -> bool:
    """The content has a word naming a statement or its saying: "Reid's *remark*", "their *report*", "what
    he *said*"."""
    lemma = c.tokens.lemma
    return any(lemma[i] in lx.CLAIM_NOUNS or lemma[i] in lx.REPORTING_CUES for i in c.content)


def _content(text: str, c: Mapping[str, Any]) -> str:
    s, e = c["content"]
    return str(text[s:e])


#: a run in quote marks inside a content: "calling the plan 'a gift to the banks'"
_QUOTED = re.compile(r"[“\"‘']([^“”\"‘’']{3,120})[”\"’']")


def quoted_echo(earlier: str, later: str) -> int:
    """The most words of a run the later content puts in quote marks that the earlier content holds
    (lowercased; at most 12 words): the later speaker, or the writer, quoting the earlier one's words back
    ("the senator's 'no reasonable prosecutor' line"). 0 when none."""
    found = 0
    low = earlier.lower()
    for m in _QUOTED.finditer(later):
        phrase = " ".join(m.group(1).lower().split())
        words = len(phrase.split())
        if words <= 12 and phrase in " ".join(low.split()):
            found = max(found, words)
    return found


def _frame(text: str, c: Mapping[str, Any]) -> str:
    """The claim as relate reads a Claim with its text: from its speaker mention to the end of its content."""
    spans = [s for s in (c.get("speaker_mention"), c.get("cue"), c.get("content")) if s]
    return text[min(s for s, _ in spans):max(e for _, e in spans)]


def dev_readings() -> tuple[dict[str, list[Any]], set[str]]:
    """The development readings' marked pairs by article, and the articles of the held-out reader (never
    read: only their ids, to leave them out)."""
    gold: dict[str, list[Any]] = {}
    held: set[str] = set()
    for name in READINGS:
        for record in read_gold(DEV / name):
            if record["reader"] == HELD_OUT:
                held.add(record["id"])
            else:
                gold.setdefault(record["id"], []).extend(gold_pairs(record))
    return gold, held


def read_texts(path: str, gold: Mapping[str, list[Any]], held: set[str], train: bool) -> dict[str, str]:
    """The texts of the development articles (with ``train`` every PolNeAR train article), none held out."""
    texts: dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] not in held and (train or record["id"] in gold):
                texts[record["id"]] = record["text"]
    return texts


def marked_relations(doc_id: str, gold: Mapping[str, list[Any]], a: Mapping[str, Any],
                     b: Mapping[str, Any]) -> list[str]:
    """The relations the development readers marked between claims ``a`` and ``b``, in either order."""
    sa, sb = claim_spans(a), claim_spans(b)
    return [p.relation for p in gold.get(doc_id, ())
            if (matches(sa, p.earlier) and matches(sb, p.later)) or (matches(sa, p.later) and matches(sb, p.earlier))]


def candidates(nlp: Any, texts: Mapping[str, str], gold: Mapping[str, list[Any]], n_process: int,
               *, with_relate: bool = True) -> Iterator[Row]:
    """One row per candidate pair of each article: what the hypotheses read, and the marked relations."""
    weights = nlp.get_pipe("claimex_links").weights
    relate_weights = rl.load_relate_weights()
    ids = list(texts)
    for doc_id, doc in zip(ids, nlp.pipe((texts[i] for i in ids), n_process=n_process, batch_size=8), strict=True):
        text, data = texts[doc_id], raw(doc)
        speakers = {s["id"]: s for s in data.get("speakers", ())}
        index = DocIndex.build(doc)
        known = [c for c in data.get("claims", [])[: weights.max_claims] if not c.get("repeat_of")
                 and index.party(c.get("speaker"), speakers, c.get("speaker_mention_text")).known]
        feats = {c["id"]: read_claim(doc, c, speakers, index=index) for c in known}
        ordered = sorted((c for c in known if feats[c["id"]].linkable), key=lambda c: feats[c["id"]].start)
        if len(ordered) < 2:
            continue

        sides = [rf.read(d) for d in rl.parse_texts(nlp, [_frame(text, c) for c in ordered])] if with_relate else []
        # who opposes whom anywhere in the article: (speaker entity, the entity its claim opposes)
        opposed = frozenset((c.get("speaker"), c.get("target_entity")) for c in data.get("claims", [])
                            if c.get("speaker") and c.get("target_entity") and _opposes(c))
        for n, a in enumerate(ordered):
            er = feats[a["id"]]
            for k, b in enumerate(ordered[n + 1:], start=n + 1):
                lt = feats[b["id"]]
                nearest = all(c.get("speaker") != a.get("speaker") for c in ordered[n + 1:k])
                nearest_naming = all(lt.party.names.isdisjoint(feats[c["id"]].terms) for c in ordered[n + 1:k])
                if (one_side(er, lt) or same_statement(er, lt, weights) or interprets(lt, er)
                        or opens_with_another_speaker(lt) or topic_only(lt) or topic_only(er)):
                    continue
                marked = marked_relations(doc_id, gold, a, b)
                relation = rl.relate_sides(sides[n], sides[k], relate_weights) if with_relate else _NO_RELATION
                row = _pair(doc_id, a, b, er, lt, k - n - 1, relation, marked, opposed=opposed, nearest=nearest,
                            nearest_naming=nearest_naming)
                row["quoted_echo"] = quoted_echo(_content(text, a), _content(text, b))
                # links46 round: the claim's target entity is the subject of one of its main predicates
                row["target_subject"] = [_target_subject(c, feats[c["id"]], speakers, index) for c in (a, b)]
                row["target_evaluated"] = _target_evaluated(a, b, feats, speakers, index)
                yield row


Hypothesis = Callable[[Row], str | None]


def _apart(n: int) -> str:
    return "the next claim" if n == 1 else f"at most {n - 1} claims between"


def hypotheses() -> dict[str, Hypothesis]:
    """Each hypothesis: a row -> the relation it would draw, or None."""
    out: dict[str, Hypothesis] = {}

    def relate_at(t: float, extra: Callable[[Row], bool] = lambda r: True) -> Hypothesis:
        return lambda r: r["relate"] if r["relate"] != "none" and r["relate_p"] >= t and extra(r) else None

    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        out[f"relate, p >= {t}"] = relate_at(t)
        out[f"relate, p >= {t}, same target entity"] = relate_at(t, lambda r: r["same_target_entity"])
        out[f"relate, p >= {t}, a predicate lemma shared"] = relate_at(t, lambda r: r["shared_lemma"])
        out[f"relate, p >= {t}, a predicate shared (not a weak one)"] = relate_at(t, lambda r: r["shared_strong_lemma"])
        out[f"relate, p >= {t}, a predicate or its synonym shared"] = relate_at(t, lambda r: r["shared_sense"])
    for name, key in (("no argument test", "opposite"), ("core arguments aligned", "opposite_aligned"),
                      ("core arguments aligned, a pronoun aligning", "opposite_aligned_pronoun")):
        out[f"a predicate or its synonym, opposite polarity, {name}"] = (
            lambda r, key=key: "disputes" if r[key] else None)
    for n in (1, 3, 5, 8):
        out[f"the later speaker is the accused, {_apart(n)}"] = (
            lambda r, n=n: "disputes" if r["later_is_accused"] and r["between"] < n else None)
        out[f"the later speaker is the accused, {_apart(n)}, opposing or denying"] = (
            lambda r, n=n: "disputes" if r["later_is_accused"] and r["between"] < n and r["later_answers"] else None)
        out[f"the later speaker is the target of an accusing or opposing claim, {_apart(n)}"] = (
            lambda r, n=n: "disputes" if r["later_is_target"] and r["between"] < n else None)
        out[f"the later speaker is the target of an accusing or opposing claim, {_apart(n)}, opposing or denying"] = (
            lambda r, n=n: "disputes" if r["later_is_target"] and r["between"] < n and r["later_answers"] else None)
    out.update(stance_hypotheses())
    out.update(naming_hypotheses())
    out.update(denial_hypotheses())
    out.update(number_hypotheses())
    out.update(quoted_echo_hypotheses())
    out.update(restatement_hypotheses())
    out["a word of any clause with the opposite polarity, or its antonym"] = (
        lambda r: "disputes" if r["clause_opposite"] else None)
    out["a predicate or its synonym, the same polarity, core arguments aligned, a pronoun aligning (supports)"] = (
        lambda r: "supports" if r["same_aligned_pronoun"] else None)
    out["the same, both asserting, neither hedged"] = (
        lambda r: "supports" if r["same_aligned_pronoun"] and r["both_assert"] else None)
    for n in (3, 4, 5):
        out[f"{n} topic words shared, the same non-neutral stance (supports)"] = (
            lambda r, n=n: "supports" if r["shared_terms"] >= n and _stance_relation(r) == "supports" else None)
        out[f"{n} topic words shared, the same non-neutral stance, at most 2 claims between (supports)"] = (
            lambda r, n=n: "supports" if r["shared_terms"] >= n and _stance_relation(r) == "supports"
            and r["between"] < 3 else None)
        out[f"{n} topic words shared, both asserting, neither hedged (supports)"] = (
            lambda r, n=n: "supports" if r["shared_terms"] >= n and r["both_assert"] else None)
    for n in (1, 2, 3):
        out[f"a word of any clause with the opposite polarity, or its antonym, {n} topic words shared"] = (
            lambda r, n=n: "disputes" if r["clause_opposite"] and r["shared_terms"] >= n else None)
    out["a word of any clause with the opposite polarity, or its antonym, at most 2 claims between"] = (
        lambda r: "disputes" if r["clause_opposite"] and r["between"] < 3 else None)
    return out


def _one_target(r: Row, key: str) -> bool:
    if key == "entity":
        return bool(r["same_target_entity"])
    if key == "head":
        return bool(r["same_target_head"])
    return bool(r["same_target_entity"] or r["same_target_head"])


def _stance_relation(r: Row) -> str | None:
    """Two non-neutral stances: opposite ones dispute, the same one supports."""
    earlier, later = r["stances"]
    if earlier not in _STANCES or later not in _STANCES:
        return None
    return "supports" if earlier == later else "disputes"


Test = Callable[[Row], bool]


def _draws(relation: str, test: Test) -> Hypothesis:
    """The hypothesis that draws this relation where the test holds."""
    def hypothesis(r: Row) -> str | None:
        return relation if test(r) else None
    return hypothesis


def _stance_test(key: str, wanted: str, extra: Test) -> Test:
    def test(r: Row) -> bool:
        return _one_target(r, key) and _stance_relation(r) == wanted and extra(r)
    return test


def _mutual(r: Row) -> bool:
    """The later claim opposes the earlier speaker, who opposes the later speaker somewhere in the article."""
    return bool(r["later_opposes_earlier_speaker"] and r["earlier_speaker_opposes_later_anywhere"])


def stance_hypotheses() -> dict[str, Hypothesis]:
    """Issue 13's twenty-first round: stances toward one target, and speakers who oppose or back each other."""
    out: dict[str, Hypothesis] = {}
    targets = (("entity", "the same target entity"), ("head", "the same target head"),
               ("either", "the same target entity or head"))
    extras: tuple[tuple[str, Test], ...] = (
        ("", lambda r: True),
        (", the next claim", lambda r: r["between"] < 1),
        (", at most 2 claims between", lambda r: r["between"] < 3),
        (", at most 7 claims between", lambda r: r["between"] < 8),
        (", a predicate lemma shared", lambda r: r["shared_lemma"]),
        (", a predicate or its synonym shared", lambda r: r["shared_sense"]),
        (", the later accusing, condemning or denying", lambda r: r["later_act"] in _ANSWERING_ACTS),
    )
    for key, target in targets:
        for wanted, word in (("disputes", "opposite stances"), ("supports", "the same stance")):
            for name, extra in extras:
                out[f"{target}, {word}{name}"] = _draws(wanted, _stance_test(key, wanted, extra))
    disputing: tuple[tuple[str, Test], ...] = (
        ("the later opposes the earlier speaker, the nearest earlier claim of that speaker",
         lambda r: r["later_opposes_earlier_speaker"] and r["nearest_of_earlier_speaker"]),
        ("mutual opposition, the nearest earlier claim of that speaker",
         lambda r: _mutual(r) and r["nearest_of_earlier_speaker"]),
        ("mutual opposition, the earlier speaker's claim opposing the later speaker",
         lambda r: _mutual(r) and r["earlier_opposes_later_speaker"]),
        ("mutual opposition, either",
         lambda r: _mutual(r) and (r["nearest_of_earlier_speaker"] or r["earlier_opposes_later_speaker"])),
        ("mutual opposition, any earlier claim of that speaker", _mutual),
    )
    supporting: tuple[tuple[str, Test], ...] = (
        ("the later supports the earlier speaker", lambda r: r["later_supports_earlier_speaker"]),
        ("the later supports the earlier speaker, the nearest earlier claim of that speaker",
         lambda r: r["later_supports_earlier_speaker"] and r["nearest_of_earlier_speaker"]),
        ("the later supports the earlier speaker, the next claim",
         lambda r: r["later_supports_earlier_speaker"] and r["between"] < 1),
        ("the later supports the earlier speaker, at most 2 claims between",
         lambda r: r["later_supports_earlier_speaker"] and r["between"] < 3),
    )
    out.update((name, _draws("disputes", test)) for name, test in disputing)
    out.update((name, _draws("supports", test)) for name, test in supporting)
    return out


def _answering(r: Row) -> str | None:
    """The relation a claim that names the earlier speaker draws by its own stance: opposing, accusing,
    condemning or denying disputes, backing supports, a neutral one nothing."""
    if r["stances"][1] == "oppose" or r["later_act"] in _ANSWERING_ACTS:
        return "disputes"
    return "supports" if r["stances"][1] == "support" else None


def naming_hypotheses() -> dict[str, Hypothesis]:
    """Issue 13's twenty-second round: the later claim names the earlier speaker in its content ("The FBI
    resolved all of this", "Reid's remark was not based on ...", "a statute that Comey considered"), answering
    that speaker's nearest claim before it; the relation by the later claim's stance (:func:`_answering`)."""
    tests: tuple[tuple[str, Test], ...] = (
        ("", lambda r: True),
        (", the next claim", lambda r: r["between"] < 1),
        (", at most 2 claims between", lambda r: r["between"] < 3),
        (", a word naming a statement", lambda r: r["later_names_a_statement"]),
        (", a word naming a statement, at most 2 claims between",
         lambda r: r["later_names_a_statement"] and r["between"] < 3),
    )

    def naming(extra: Test, nearest: bool = True) -> Hypothesis:
        def hypothesis(r: Row) -> str | None:
            if not r["later_names_earlier_speaker"] or (nearest and not r["nearest_of_earlier_speaker"]):
                return None
            return _answering(r) if extra(r) else None
        return hypothesis

    out: dict[str, Hypothesis] = {
        "the later names the earlier speaker, any earlier claim of that speaker": naming(lambda r: True, nearest=False)}
    for name, extra in tests:
        out[f"the later names the earlier speaker, the nearest earlier claim of that speaker{name}"] = naming(extra)
    return out


def _denies(r: Row) -> bool:
    return r.get("later_act") == lx.DENY


def denial_hypotheses() -> dict[str, Hypothesis]:
    """Issue 13's twenty-third round: a denial answering an earlier claim of another side. The later claim's act
    is deny ("he has no plans to bring the measures up for a vote"), or it negates a main predicate; it answers
    the claim just before, or the nearest earlier claim that names its speaker ("accused Reed of ..."), or one
    sharing topic words."""
    tests: tuple[tuple[str, Test], ...] = (
        ("the later denies, the next claim", lambda r: _denies(r) and r["between"] < 1),
        ("the later denies in its own words (own_denial), the next claim",
         lambda r: _denies(r) and r["later_act_rule"] == "own_denial" and r["between"] < 1),
        ("the later denies, at most 2 claims between", lambda r: _denies(r) and r["between"] < 3),
        ("the later denies in its own words, the next claim, the earlier accuses or asserts, a topic word shared",
         lambda r: _denies(r) and r["later_act_rule"] == "own_denial" and r["between"] < 1
         and r["earlier_act"] in (lx.ACCUSE, lx.ASSERT) and r["shared_terms"] >= 1),
        ("the later denies, the next claim, a topic word shared",
         lambda r: _denies(r) and r["between"] < 1 and r["shared_terms"] >= 1),
        ("the later denies, the next claim, 2 topic words shared",
         lambda r: _denies(r) and r["between"] < 1 and r["shared_terms"] >= 2),
        ("the later denies, the earlier an accusation or assertion, the next claim",
         lambda r: _denies(r) and r["between"] < 1 and r["earlier_act"] in ("accuse", "assert")),
        ("the later denies, the earlier names the later speaker, the nearest such claim",
         lambda r: _denies(r) and r["earlier_names_later_speaker"] and r["nearest_naming_later_speaker"]),
        ("the later denies or negates a predicate, the earlier names the later speaker, the nearest such claim",
         lambda r: (_denies(r) or r["later_negated"]) and r["earlier_names_later_speaker"]
         and r["nearest_naming_later_speaker"]),
        ("the later denies or negates a predicate, the earlier names the later speaker, the next claim",
         lambda r: (_denies(r) or r["later_negated"]) and r["earlier_names_later_speaker"] and r["between"] < 1),
        ("the later negates a predicate, the next claim",
         lambda r: r["later_negated"] and r["between"] < 1),
        ("the later negates a predicate, the next claim, 2 topic words shared",
         lambda r: r["later_negated"] and r["between"] < 1 and r["shared_terms"] >= 2),
        ("the later negates a predicate, the next claim, opposing",
         lambda r: r["later_negated"] and r["between"] < 1 and r["stances"][1] == "oppose"),
        ("the later negates a predicate or denies, the next claim, the earlier accuses",
         lambda r: (r["later_negated"] or _denies(r)) and r["between"] < 1 and r["earlier_act"] == "accuse"),
    )
    return {name: _draws("disputes", test) for name, test in tests}


def _figure_pairs(r: Row) -> Iterator[tuple[list[Any], list[Any]]]:
    """Each figure of the earlier content with each of the later (``_figures``), same unit, and dates that do
    not differ ("30 dollars by 2012" / "10 dollars from 2018": two times)."""
    for qa in r["quantities"][0]:
        for qb in r["quantities"][1]:
            if qa[2] == qb[2] and (qa[4] is None or qb[4] is None or qa[4] == qb[4]):
                yield qa, qb


def _disjoint(qa: list[Any], qb: list[Any]) -> bool:
    return bool(qa[1] < qb[0] or qb[1] < qa[0])


def _thing(q: list[Any]) -> set[str]:
    """What a figure is said of: the keys of its predicate's subject and object (numbers, pronouns aside)."""
    return {k for k in q[5] + q[6] if not k.startswith("#") and k != "?"}


def number_hypotheses() -> dict[str, Hypothesis]:
    """Issue 13's links37 round: figures. Two figures of one unit with disjoint ranges dispute ("different numbers
    for the same measure"), now also in units of measure (percent, money, years: ``MEASURE_UNITS``, which
    ``numeric_mismatch`` leaves out), under any predicate or the same one, with what they count aligned or topic
    words shared; the same figure of one unit supports."""
    tests: tuple[tuple[str, str, Test], ...] = (
        ("two figures of one unit, disjoint, any predicate", "disputes",
         lambda r: any(_disjoint(a, b) for a, b in _figure_pairs(r))),
        ("the same, under one predicate (units of measure too)", "disputes",
         lambda r: any(_disjoint(a, b) and a[3] == b[3] for a, b in _figure_pairs(r))),
        ("the same, a unit of measure only", "disputes",
         lambda r: any(_disjoint(a, b) and a[3] == b[3] and a[2] in lx.MEASURE_UNITS for a, b in _figure_pairs(r))),
        ("the same, one predicate, what it counts aligned (a subject or object key shared)", "disputes",
         lambda r: any(_disjoint(a, b) and a[3] == b[3] and _thing(a) & _thing(b) for a, b in _figure_pairs(r))),
        ("two figures of one unit, disjoint, what it counts aligned, any predicate", "disputes",
         lambda r: any(_disjoint(a, b) and _thing(a) & _thing(b) for a, b in _figure_pairs(r))),
        ("two figures of one unit, disjoint, 2 topic words shared", "disputes",
         lambda r: r["shared_terms"] >= 2 and any(_disjoint(a, b) for a, b in _figure_pairs(r))),
        ("two figures of one unit, disjoint, 3 topic words shared", "disputes",
         lambda r: r["shared_terms"] >= 3 and any(_disjoint(a, b) for a, b in _figure_pairs(r))),
        ("two figures of one unit, disjoint, at most 1 claim between", "disputes",
         lambda r: r["between"] < 2 and any(_disjoint(a, b) for a, b in _figure_pairs(r))),
        ("the same figure of one unit (supports)", "supports",
         lambda r: any(a[:2] == b[:2] for a, b in _figure_pairs(r))),
        ("the same figure of one unit, one predicate (supports)", "supports",
         lambda r: any(a[:2] == b[:2] and a[3] == b[3] for a, b in _figure_pairs(r))),
        ("the same, both asserting, neither hedged (supports)", "supports",
         lambda r: r["both_assert"] and any(a[:2] == b[:2] and a[3] == b[3] for a, b in _figure_pairs(r))),
        ("the same figure of one unit, 2 topic words shared, both asserting (supports)", "supports",
         lambda r: r["both_assert"] and r["shared_terms"] >= 2 and any(a[:2] == b[:2] for a, b in _figure_pairs(r))),
        ("the same figure of one unit, what it counts aligned (supports)", "supports",
         lambda r: any(a[:2] == b[:2] and _thing(a) & _thing(b) for a, b in _figure_pairs(r))),
    )
    return {name: _draws(relation, test) for name, relation, test in tests}


def _echo_relation(r: Row) -> str:
    """A quoted echo disputes when the later claim opposes, negates a predicate, denies, accuses or condemns."""
    answers = r["stances"][1] == "oppose" or r["later_negated"] or r["later_act"] in _ANSWERING_ACTS
    return "disputes" if answers else "supports"


def quoted_echo_hypotheses() -> dict[str, Hypothesis]:
    """Issue 13's links37 round: the later content quotes the earlier one's words back in quote marks (a run of
    two or more words, or one), the relation by the later claim's stance and act."""
    return {
        "the later quotes 2 or more words of the earlier in quote marks": (
            lambda r: _echo_relation(r) if r.get("quoted_echo", 0) >= 2 else None),
        "the later quotes a word of the earlier in quote marks": (
            lambda r: _echo_relation(r) if r.get("quoted_echo", 0) >= 1 else None),
    }


def _evaluated(r: Row, sign: int) -> bool:
    return sign in r.get("one_subject_evaluated", ())


def _stanced_subject(r: Row) -> str | None:
    """Same target entity, two non-neutral stances, the entity the subject of a main predicate in both."""
    return _stance_relation(r) if r["same_target_entity"] and all(r.get("target_subject", ())) else None


def restatement_hypotheses() -> dict[str, Hypothesis]:
    """(links46 round) a restatement: one main predicate (or a WordNet synonym, not a weak one) with one polarity,
    of one named subject and one object; an opposite (or the same) evaluation of one named entity, each the
    subject of an evaluative main predicate; two stances toward one target entity that is each claim's subject."""
    return {
        "one predicate, one polarity, one named subject, one object (supports)": (
            lambda r: "supports" if r.get("restates_subject_object") else None),
        "one predicate, one polarity, one named subject, one object, both asserting, neither hedged": (
            lambda r: "supports" if r.get("restates_subject_object") and r["both_assert"] else None),
        "one named subject, opposite evaluative predicates (disputes)": (
            lambda r: "disputes" if _evaluated(r, -1) else None),
        "one named subject, opposite evaluative predicates, at most 2 claims between": (
            lambda r: "disputes" if _evaluated(r, -1) and r["between"] < 3 else None),
        "one named subject, the same evaluation (supports)": (
            lambda r: "supports" if _evaluated(r, 1) else None),
        "one named subject, the same evaluation, both asserting, neither hedged (supports)": (
            lambda r: "supports" if _evaluated(r, 1) and r["both_assert"] else None),
        "one predicate, one polarity, the subject aligned (a key or synonym), the objects aligned or none (supports)": (
            lambda r: "supports" if r.get("restates_loosely") else None),
        "the same, both asserting, neither hedged (links46)": (
            lambda r: "supports" if r.get("restates_loosely") and r["both_assert"] else None),
        "one target entity, evaluated the opposite way by a main predicate of it or a pronoun (disputes)": (
            lambda r: "disputes" if -1 in r.get("target_evaluated", ()) else None),
        "one target entity, evaluated the same way by a main predicate of it or a pronoun (supports)": (
            lambda r: "supports" if 1 in r.get("target_evaluated", ()) else None),
        "one target entity, each claim's subject, two non-neutral stances": _stanced_subject,
        "one target entity, each claim's subject, two non-neutral stances, at most 2 claims between": (
            lambda r: _stanced_subject(r) if r["between"] < 3 else None),
    }


def table(rows: Sequence[Row], dev: frozenset[str], with_train: bool) -> str:
    head = ("| hypothesis | development: fires | marked | marked, other relation | precision |"
            + (" PolNeAR train, other articles: fires |" if with_train else ""))
    lines = [head, "|---" * (head.count("|") - 1) + "|"]
    with_relate = any(r["relate"] != "none" for r in rows)
    for name, hyp in hypotheses().items():
        if name.startswith("relate") and not with_relate:
            continue
        fires = marked = elsewhere = other = 0
        for r in rows:
            relation = hyp(r)
            if relation is None:
                continue
            if r["doc"] in dev:
                fires += 1
                marked += relation in r["marked"]
                elsewhere += bool(r["marked"]) and relation not in r["marked"]
            else:
                other += 1
        precision = f"{marked / fires:.2f}" if fires else "-"
        lines.append(f"| {name} | {fires} | {marked} | {elsewhere} | {precision} |"
                     + (f" {other} |" if with_train else ""))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", default=str(POLNEAR), help="PolNeAR train JSONL (the articles' texts)")
    parser.add_argument("--train", action="store_true", help="also every other PolNeAR train article")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--save", help="write the candidate rows to this JSONL file")
    parser.add_argument("--load", help="read the candidate rows from a file --save wrote (no parse)")
    parser.add_argument("--no-relate", action="store_true", help="skip relate (its hypotheses; much faster)")
    args = parser.parse_args()
    if not Path(args.texts).exists():
        print(f"no texts at {args.texts}", file=sys.stderr)
        return 2
    gold, held = dev_readings()
    if args.load:
        with open(args.load, encoding="utf-8") as f:
            rows = [r for r in map(json.loads, f) if r["doc"] not in held and (args.train or r["doc"] in gold)]
    else:
        texts = read_texts(args.texts, gold, held, args.train)
        rows = list(candidates(claimex.load(), texts, gold, args.n_process, with_relate=not args.no_relate))
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            out.writelines(json.dumps(r) + "\n" for r in rows)
    dev = frozenset(gold)
    print(f"{sum(r['doc'] in dev for r in rows)} candidate pairs in the {len(dev)} development articles "
          f"({sum(bool(r['marked']) for r in rows if r['doc'] in dev)} marked)"
          + (f", {sum(r['doc'] not in dev for r in rows)} in the other PolNeAR train articles" if args.train else ""))
    print(table(rows, dev, args.train))
    return 0


if __name__ == "__main__":
    sys.exit(main())
