"""The cue rules: a reporting cue outside quote marks and the content it governs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from ... import lexicons, syntax
from ..tokens import TokenTable
from .context import (
    _ADJACENT_WINDOW,
    _MAX_APPOSITION_TOKENS,
    _SENTENCE_END,
    _TRAILING_PUNCT,
    _WORD_CHAR,
    _Claim,
    _Context,
    _inner_text,
    _is_passive,
    _substantial,
    _title_case,
)
from .passes import _is_title
from .sources import (
    _holder_of_statement_noun,
    _mention_of,
    _mute,
    _opening_participle_read_as_past,
    _preposed_speaker,
    _Source,
    _source,
    _subject,
    clause_before,
)

# ---------------------------------------------------------------------------------------------------
# Contents: the complements of a cue.


def _clause_tokens(ctx: _Context, root: int, exclude: Iterable[int] = ()) -> list[int]:
    """The subtree of a complement (token indices) without its "that" and without the subtrees in
    ``exclude``."""
    tt = ctx.table
    dep, head = tt.dep, tt.head
    dropped: set[int] = set()
    for ex in exclude:
        dropped.update(ctx.subtree_ids(ex))
        # the conjunction and comma before a dropped conjunct: "..., and threatened"
        left = ex - 1
        while left >= 0 and dep[left] in ("cc", "punct") and head[left] in (root, head[ex]):
            dropped.add(left)
            left -= 1
    for child in tt.children[root]:  # "..., describing the team as ...": a claim of its own
        if dep[child] == "advcl" and child > root and tt.lemma[child] in lexicons.REPORTING_CUES \
                and ctx.tag(child) == "VBG":
            dropped.update(ctx.subtree_ids(child))
    toks = ctx.subtree_ids(root)
    framing = _framing_participle(ctx, toks)
    if framing:  # 'Asked about the vote, "We will win," Lee said': the writer's frame, not the quote's
        dropped.update(framing)
    if dropped:
        toks = [t for t in toks if t not in dropped]
    punct, space, lower, word = tt.is_punct, tt.is_space, tt.lower, tt.word
    first, last = 0, len(toks) - 1
    while first <= last and (_dropped_complementiser(tt, toks[first])
                             or (lower[toks[first]] == "that" and head[toks[first]] == root
                                 and _complementiser(tt, toks[first], root))
                             or (punct[toks[first]] and word(toks[first]) not in lexicons.QUOTE_CHARS)
                             or space[toks[first]]):
        first += 1
    while first <= last and (space[toks[last]] or (
            punct[toks[last]] and word(toks[last]) in (",", ";", ":", "-", "—", "–"))):
        last -= 1
    return toks[first:last + 1]


def _dropped_complementiser(tt: TokenTable, tok: int) -> bool:
    """Whether ``tok``, opening a content, is the complementiser a content is given
    without ("said *that* ...": only "that"). Rule ``condition_kept``: an "if" or "whether" that opens an
    adverbial clause hung on a word of the content is a condition of what was said and stays ("said *if* he
    were president, the program would stay"; "told voters that *if* the deal were a stock, he would buy
    it"). Rule ``question_word_kept`` (issue 15's content19 round): so does the "if" or "whether" of a
    question ("asked *whether* the plan would pass", "wondered *if* he could win", "would not say
    *whether* she agrees"): it says the words are a question, not a claim that the plan would pass, and
    PolNeAR's extents keep it there."""
    return tt.dep[tok] == "mark" and tt.lower[tok] == "that"


def _framing_participle(ctx: _Context, toks: list[int]) -> list[int]:
    """An opening participle clause set off by a comma right before a quote that the parse put inside the
    quote's clause ('*Asked about the vote,* "We will win," Lee said'; '*Speaking to reporters,* "..."'):
    its tokens and the comma, which the writer's frame holds, not the quote."""
    tt = ctx.table
    if not toks:
        return []
    first = toks[0]
    if tt.dep[first] != "advcl" or ctx.tag(first) not in ("VBN", "VBG"):
        return []
    clause = ctx.subtree_ids(first)
    comma = clause[-1] + 1
    after = comma + 1
    while after < tt.n and tt.is_space[after]:
        after += 1
    if comma >= tt.n or tt.word(comma) != "," or after >= tt.n \
            or tt.word(after) not in lexicons.QUOTE_CHARS or ctx.quote_of[after] < 0:
        return []
    return [*clause, comma]


def _nested_cues(ctx: _Context, root: int) -> list[int]:
    """Conjoined cue verbs inside a complement that have no subject of their own (parser slips): on the
    complement's root ("said A and threatened B") or further down its chain of conjuncts ("said the
    bill had support but was waylaid - and arguing that ..."): each is a cue of its own."""
    dep, children = ctx.table.dep, ctx.table.children
    found: list[int] = []
    chain = [root]
    while chain:
        verb = chain.pop()
        for t in children[verb]:
            if dep[t] != "conj":
                continue
            if ctx.is_cue(t) and _subject(ctx, t) is None and ctx.quote_of[t] < 0:
                found.append(t)
            else:
                chain.append(t)
    return sorted(found)


#: Subordinators of a clause that sets another speaker's report against the reported one: "A said
#: the plan works, while B said it fails".
_CONTRAST_MARKS = frozenset({"while", "whereas"})


def _coordinated_reports(ctx: _Context, root: int) -> list[int]:
    """Reports of another speaker that the parse hangs at the end of a complement: "One in three said
    the party ignores them *and one in four said it was hostile*", "Some said the plan works*, while
    others said it fails*". A conjunct (or a "while" clause) that is a finite cue verb with a subject
    of its own outside quote marks is the writer's next attribution, a claim of its own, not more of
    what the first speaker said (a report the speaker makes is a complement: "said the mayor said")."""
    tt = ctx.table
    dep, lower, children = tt.dep, tt.lower, tt.children
    found = []
    for child in children[root]:
        if child < root or ctx.quote_of[child] >= 0 or not ctx.is_cue(child) or not _is_finite(ctx, child):
            continue
        if dep[child] == "advcl" and not any(dep[g] == "mark" and lower[g] in _CONTRAST_MARKS
                                             for g in children[child]):
            continue
        if dep[child] not in ("conj", "advcl"):
            continue
        subject = _subject(ctx, child)
        if subject is not None and subject < child and dep[subject] == "nsubj" and ctx.quote_of[subject] < 0 \
                and lower[subject] not in lexicons.RELATIVE_PRONOUNS:
            found.append(child)
    return found


def _trailing_namings(ctx: _Context, root: int) -> list[int]:
    """"He said he backs the bill, which he called "a cartel for donors"": a non-restrictive relative
    clause at the end of a complement whose verb is a naming cue with a subject of its own and the
    relative pronoun as its object. It names the noun in another act of speech, a claim of its own
    (:func:`_naming`), not more of the complement's content."""
    tt = ctx.table
    dep, lower, children = tt.dep, tt.lower, tt.children
    end = ctx.right_edge(root)
    found = []
    for t in ctx.subtree_ids(root):
        if dep[t] != "relcl" or tt.lemma[t] not in lexicons.NAMING_CUES or not ctx.is_cue(t) \
                or ctx.quote_of[t] >= 0:
            continue
        left = ctx.left_edge(t)
        if left == 0 or tt.word(left - 1) != "," or lower[left] not in lexicons.RELATIVE_PRONOUNS - {"that"}:
            continue
        subject = _subject(ctx, t)
        if subject is None or subject == left or not any(c == left and dep[c] == "dobj" for c in children[t]):
            continue
        after = range(ctx.right_edge(t) + 1, end + 1)  # only punctuation and closing marks after it
        if all(tt.is_punct[k] or tt.is_space[k] or ctx.quote_of[k] >= 0 for k in after):
            found.append(t)
    return found


def _finite_tag(ctx: _Context, verb: int) -> str | None:
    """The Penn tag that carries a verb's tense: its own, or that of its first finite auxiliary."""
    tt = ctx.table
    for c in tt.children[verb]:
        if tt.dep[c] in ("aux", "auxpass") and c < verb and ctx.tag(c) in _FINITE_TAGS:
            return ctx.tag(c)
    return ctx.tag(verb) if ctx.tag(verb) in _FINITE_TAGS else None


#: Conjuncts that, whatever their tense, as likely go on with the complement's subject ("said the senator *has*
#: no speeches planned and *delivered* only two"): a light verb or the copula.
_STATE_CONJUNCT_LEMMAS: Final = lexicons.LIGHT_VERBS | {"be"}


def _speaker_conjuncts(ctx: _Context, root: int, cue: int) -> list[int]:
    """Rule ``speaker_conjunct``: a verb conjoined at the end of a complement, with no subject of its own,
    whose tense is the cue's and not the complement's: "Turkey denies the killings were a genocide *and goes
    to great lengths to ...*", "I claim he is not rich *and believe me ...*". The parse hangs it on the
    complement's verb; by its tense it goes on with the speaker's own sentence (the cue's subject does it),
    not with what was said. A conjunct in the complement's tense ("said prices rose and fell") stays, and
    so does one when the cue and the complement share a tense, and a light verb or "be"
    (:data:`_STATE_CONJUNCT_LEMMAS`)."""
    tt = ctx.table
    cue_tag, root_tag = _finite_tag(ctx, cue), _finite_tag(ctx, root)
    if cue_tag is None or root_tag is None or cue_tag == root_tag or root_tag == "MD":
        return []
    end = ctx.right_edge(root)
    found = []
    for c in tt.children[root]:
        if c < root or tt.dep[c] != "conj" or tt.pos[c] not in ("VERB", "AUX") or ctx.quote_of[c] >= 0:
            continue
        if any(tt.dep[g] in syntax.SUBJECT_DEPS for g in tt.children[c]) or ctx.right_edge(c) != end:
            continue
        if _finite_tag(ctx, c) == cue_tag and tt.lemma[c] not in _STATE_CONJUNCT_LEMMAS:
            found.append(c)
    return found


def _split_conjoined_thats(ctx: _Context, root: int) -> list[int]:
    """"said that A, and that B": each that-clause is a claim of its own."""
    dep, lower, children = ctx.table.dep, ctx.table.lower, ctx.table.children
    return [c for c in children[root] if dep[c] == "conj" and any(
        dep[g] == "mark" and lower[g] == "that" for g in children[c])]


def _cue_span(ctx: _Context, cue: int) -> tuple[int, int] | None:
    """The characters of a cue verb with its particles ("pointed out")."""
    dep = ctx.table.dep
    particles = [c for c in ctx.table.children[cue] if dep[c] == "prt"]
    return ctx.char_span(sorted([cue, *particles]) if particles else [cue])


#: What a content rule finds: (rule name, content tokens) pairs.
Contents = list[tuple[str, list[int]]]


@dataclass(slots=True)
class _VerbCue:
    """A verb cue being read by the content rules: its children, its clausal complements, an inverted
    subject, and its character span (a rule may widen it to a particle: "called for")."""

    ctx: _Context
    cue: int
    lemma: str
    kids: Sequence[int]
    complements: list[int]
    inverted: int | None
    cue_span: tuple[int, int] | None

    @classmethod
    def read(cls, ctx: _Context, cue: int) -> _VerbCue:
        tt = ctx.table
        dep, lower, children = tt.dep, tt.lower, tt.children
        kids = children[cue]
        complements = [c for c in kids if dep[c] == "ccomp"]
        # 'The mayor said the plan was "dead," the Tribune reported.': the parse makes the trailing report
        # the complement of "said", with what the mayor said as its own complement
        complements = [_reported_by(ctx, c) if _trailing_report(ctx, c) else c for c in complements]
        # "It added that A, and that B": B hangs on the cue as a conjunct with its own "that"
        complements += [c for c in kids if dep[c] == "conj" and not ctx.is_cue(c)
                        and any(dep[g] == "mark" and lower[g] == "that" for g in children[c])]
        before = clause_before(ctx, cue)
        if before is not None:
            complements = [c for c in complements if c != before]
        if not complements:
            complements = _gerund_subject_clause(ctx, cue) or _misattached_that_clause(ctx, cue) \
                or _asked_if(ctx, cue)
        complements = [_past_quoted_title(ctx, c) for c in complements]
        inverted = _inverted_subject(ctx, cue, complements)
        if inverted is not None and tt.head[inverted] != cue:
            complements = [c for c in complements if c != tt.head[inverted]]  # "said David Brock, who ..."
        return cls(ctx, cue, tt.lemma[cue], kids, complements, inverted, _cue_span(ctx, cue))


def _past_quoted_title(ctx: _Context, comp: int) -> int:
    """Rule ``quoted_title``: 'said on CBS's "Face the Nation" on Sunday *that the budget would be balanced*':
    the parse reads the quoted title of a programme, a book or a speech as a verb ("Face"), makes it the cue's
    complement and hangs the real complement, the clause after the closing mark, on it; the content then
    started inside the title. A complement whose root lies in a quote of one to eight words in title case,
    ending in no full stop, "!" or "?", with a clause of its own (a subject or a "that") after the closing
    mark, is that clause; the parse may hang it on the title's verb or, as a relative clause with its "that",
    on a noun of the title."""
    qi = ctx.quote_of[comp]
    if qi < 0:
        return comp
    quote = ctx.marked[qi]
    words = _inner_text(ctx, quote).split()
    if not 1 <= len(words) <= 8 or words[-1][-1:] in ".!?" or not _title_case(words):
        return comp
    tt = ctx.table
    for c in ctx.subtree_ids(comp):
        if tt.idx[c] < quote.end or ctx.quote_of[tt.head[c]] != qi or ctx.quote_of[c] >= 0:
            continue
        kids = tt.children[c]
        that = any(tt.dep[g] == "mark" and tt.lower[g] == "that" for g in kids)
        # on the title's verb as its complement, or on a noun of the title as a relative clause (its "that")
        if (tt.dep[c] == "ccomp" and (that or any(tt.dep[g] in syntax.SUBJECT_DEPS for g in kids))) or (
                tt.dep[c] == "relcl" and that and any(tt.dep[g] in syntax.SUBJECT_DEPS for g in kids)):
            return c
    return comp


def _gerund_subject_clause(ctx: _Context, cue: int) -> list[int]:
    """"She said widening it would bring more ships in": the parse makes the gerund that is the
    subject of the reported clause an open complement of the cue, and hangs the clause on it. The
    gerund right after the cue, with a finite clause of its own (with or without a subject: "said
    having Trump on the ticket puts ..."), is the complement."""
    tt = ctx.table
    dep, children = tt.dep, tt.children
    if tt.lemma[cue] in lexicons.INFINITIVAL_CUES:
        return []
    for child in children[cue]:
        if dep[child] == "xcomp" and child == cue + 1 and ctx.tag(child) == "VBG" and any(
                dep[g] == "ccomp" and g > child and _is_finite(ctx, g) for g in children[child]):
            return [child]
    return []


#: Verbs of asking, whose "if" clause is the question asked, not a condition.
_ASKING = frozenset({"ask", "wonder", "inquire", "enquire", "query"})


def _asked_if(ctx: _Context, cue: int) -> list[int]:
    """"The moderator asked the senator if she would back the bill": the parse makes the question an
    adverbial (conditional) clause. After a verb of asking, an "if" clause with a subject of its own
    is the question asked."""
    tt = ctx.table
    if tt.lemma[cue] not in _ASKING:
        return []
    return [c for c in tt.children[cue] if tt.dep[c] == "advcl" and c > cue and _subject(ctx, c) is not None
            and any(tt.dep[g] == "mark" and tt.lower[g] == "if" and g < c for g in tt.children[c])][:1]


def _misattached_that_clause(ctx: _Context, cue: int) -> list[int]:
    """"Lee said on Monday at a press briefing that he may wait": the parse hangs the that-clause
    on the last noun as a relative clause. A clause that opens with the complementiser "that" and has
    a subject of its own is no relative clause (in those, "that" is the subject or the object): in a
    phrase of the cue's, it is the cue's complement."""
    tt = ctx.table
    dep, children = tt.dep, tt.children
    for prep in children[cue]:
        if dep[prep] != "prep" or prep < cue:
            continue
        for noun in children[prep]:  # "at a briefing [that she might delay the vote]"
            if dep[noun] != "pobj" or tt.lemma[noun] in lexicons.NOMINAL_CUES:
                continue  # "over allegations that ...": a noun's own complement clause (acl)
            for t in children[noun]:
                if dep[t] == "relcl" and t > noun and _subject(ctx, t) is not None and any(
                        tt.lower[g] == "that" and g < t and _complementiser(tt, g, t) for g in children[t]):
                    return [t]
    return []


def _complementiser(tt: TokenTable, that: int, verb: int) -> bool:
    """Whether "that" opens ``verb``'s clause as a complementiser: so labelled, or labelled its object
    while the verb has an object of its own ("predicted at the debate that Republicans will take every
    state": a relative "that" fills the gap of the object, and there is none)."""
    if tt.dep[that] == "mark":
        return True
    return tt.dep[that] == "dobj" and any(tt.dep[c] == "dobj" and c > verb for c in tt.children[verb])


def _complement(v: _VerbCue) -> Contents:
    """A clausal complement, each of its conjoined "that" clauses apart: "The PMF said *the strikes
    killed four fighters*"."""
    ctx = v.ctx
    contents: Contents = []
    if _trailing_report(ctx, v.cue):
        return []  # its content is the whole clause before it (:func:`_parenthetical`)
    for comp in v.complements:
        if ctx.quote_of[comp] < 0 and v.lemma in lexicons.NEEDS_FINITE_COMPLEMENT and not _is_finite(ctx, comp) \
                and not _found_standing(ctx, v.cue, comp):
            continue
        if _attribution_of_quote_before(ctx, comp):
            continue  # '"A," she said, but "B," said Baker': her words and their cue are not Baker's
        if _fronted_phrase(ctx, v.cue, comp) or _gloss_as_complement(ctx, comp, v.complements):
            continue
        extra = _split_conjoined_thats(ctx, comp)
        for clause_root in [comp, *extra]:
            exclude = [*_nested_cues(ctx, clause_root), *_coordinated_reports(ctx, clause_root),
                       *_trailing_namings(ctx, clause_root), *_speaker_conjuncts(ctx, clause_root, v.cue),
                       *(extra if clause_root == comp else [])]
            toks = _clause_tokens(ctx, clause_root, exclude)
            if clause_root == comp:
                toks = _with_object_read_as_subject(ctx, v.cue, comp, toks)
            contents.append(("complement", toks))
    return contents


def _found_standing(ctx: _Context, cue: int, comp: int) -> bool:
    """"the poll showed *the senator leading the field*": a poll's finding (:func:`survey_finding`) may be a
    clause with no tense whose own subject stands before its verb (issue 13's links58 round)."""
    tt = ctx.table
    return tt.dep[comp] == "ccomp" and survey_finding(ctx, cue) and any(
        tt.dep[c] == "nsubj" and c < comp for c in tt.children[comp])


def _with_object_read_as_subject(ctx: _Context, cue: int, comp: int, toks: list[int]) -> list[int]:
    """Rule ``object_as_subject``: "They state *their goal is to expand ...*": the parse makes the
    complement's subject the cue's object and leaves the complement, a finite verb, without a subject. An
    object of the cue right before such a complement (nothing between them) is where the statement starts;
    not a coordinated object ("anticipates *them and his crowds* are told ...": the parse joined two clauses)."""
    tt = ctx.table
    if not toks or ctx.quote_of[comp] >= 0 or _finite_tag(ctx, comp) is None \
            or any(tt.dep[c] in syntax.SUBJECT_DEPS or tt.dep[c] == "expl" for c in tt.children[comp]):
        return toks
    for obj in tt.children[cue]:
        if tt.dep[obj] == "dobj" and cue < obj < comp and ctx.right_edge(obj) + 1 == ctx.left_edge(comp) \
                and ctx.left_edge(comp) == toks[0] and not any(tt.dep[c] == "conj" for c in tt.children[obj]):
            return sorted({*ctx.subtree_ids(obj), *toks})
    return toks


def _gloss_as_complement(ctx: _Context, comp: int, complements: Sequence[int]) -> bool:
    """Rule ``dashed_gloss``, as the parse may read it: "said that he would not raise the fee — a
    pledge he has broken twice": the noun phrase after the dash hangs on the cue as a second
    complement. A complement that is a noun outside quote marks, opened by an article of
    ``lexicons.GLOSS_ARTICLES`` right after a dash, after another complement of the cue, is the
    writer's gloss (:func:`_without_dashed_gloss`), not a second thing said."""
    tt = ctx.table
    left = ctx.left_edge(comp)
    return (ctx.quote_of[comp] < 0 and tt.pos[comp] in ("NOUN", "PROPN") and left > 0
            and tt.word(left - 1) in _GLOSS_DASHES and tt.lower[left] in lexicons.GLOSS_ARTICLES
            and any(other < left - 1 for other in complements if other != comp))


def _fronted_phrase(ctx: _Context, cue: int, comp: int) -> bool:
    """Rule ``fronted_phrase``: "Among the renters asked, 38% say ...": the parse makes a phrase that opens
    the sentence, a preposition and a participle, the cue's complement. A "complement" before the cue,
    outside quote marks, with no subject and opened by a preposition of its own is a phrase of place or
    manner, not what was said (a clause said before its cue has a subject: "Rents will rise, 38% say")."""
    tt = ctx.table
    if comp > cue or ctx.quote_of[comp] >= 0 or _subject(ctx, comp) is not None:
        return False
    first = ctx.left_edge(comp)
    return tt.dep[first] == "prep" and tt.head[first] == comp


def _attribution_of_quote_before(ctx: _Context, verb: int) -> bool:
    """Whether ``verb`` is a cue outside quote marks with a subject of its own whose complement is a
    quote before it: the attribution of that quote ('"A," she said'), not what another cue reports."""
    tt = ctx.table
    if ctx.quote_of[verb] >= 0 or not ctx.is_cue(verb):
        return False
    kids = tt.children[verb]
    return any(tt.dep[c] == "nsubj" and ctx.quote_of[c] < 0 for c in kids) and any(
        tt.dep[c] == "ccomp" and c < verb and ctx.quote_of[c] >= 0 for c in kids)


def _infinitive(v: _VerbCue) -> Contents:
    """A "to" infinitive of an infinitival cue, with the object before it: "urged *the US to leave*"."""
    if v.lemma not in lexicons.INFINITIVAL_CUES:
        return []
    ctx, tt = v.ctx, v.ctx.table
    dep, lower, children = tt.dep, tt.lower, tt.children
    contents: Contents = []
    for child in v.kids:
        if dep[child] == "xcomp" and any(dep[g] == "aux" and lower[g] == "to" for g in children[child]):
            toks = _clause_tokens(ctx, child, _nested_cues(ctx, child))
            if v.lemma in lexicons.CONSENT_CUES and not any(ctx.quote_of[t] >= 0 for t in toks):
                continue  # "agreed to pay the fee": an action
            obj = [c for c in v.kids if dep[c] == "dobj" and c < child]
            if obj:  # "urged the US to leave": the object is part of the content
                toks = sorted({*ctx.subtree_ids(obj[0]), *toks})
            contents.append(("infinitive", toks))
    return contents


def _prospect(ctx: _Context, cue: int) -> bool:
    """"The hearing promised to be a turning point", "rising prices threaten to slow the recovery": a
    thing or an event that "promises" or "threatens" to do something looks set to do it, and says
    nothing (``lexicons.PROSPECT_CUES`` with a "to" infinitive and a subject that cannot speak, through
    a relative pronoun to its noun: "a ruling that threatens to ..."). A person's or a body's promise
    or threat stays, and so does one whose infinitive quotes words (a document's: 'the plan promises
    to "lift up wages"'); a prospect has no other reading of the cue's clause either."""
    tt = ctx.table
    infinitives = [c for c in tt.children[cue] if tt.dep[c] == "xcomp" and any(
        tt.dep[g] == "aux" and tt.lower[g] == "to" for g in tt.children[c])]
    if tt.lemma[cue] not in lexicons.PROSPECT_CUES or not infinitives or any(
            ctx.quote_of[t] >= 0 for c in infinitives for t in ctx.subtree_ids(c)):
        return False  # 'the plan promises to "lift up wages"' quotes the words of a document
    subject = _subject(ctx, cue)
    if subject is None or ctx.quote_of[subject] >= 0:
        return False
    if tt.lower[subject] in lexicons.RELATIVE_PRONOUNS and tt.dep[tt.head[subject]] == "relcl":
        subject = tt.head[tt.head[subject]]
    elif tt.lower[subject] in lexicons.SITUATION_PRONOUNS and tt.pos[subject] == "PRON":
        return True
    return _mute(ctx, subject)


def _preposition(v: _VerbCue) -> Contents:
    """The object of the cue's preposition (``lexicons.PREPOSITIONAL_CUES``), with the object before
    it: "accused *the US of seeking to destabilise Iraq*", "called for *calm*"."""
    ctx, tt, cue = v.ctx, v.ctx.table, v.cue
    dep, lower, children = tt.dep, tt.lower, tt.children
    preps = lexicons.PREPOSITIONAL_CUES.get(v.lemma, ())
    contents: Contents = []
    for child in v.kids:
        if dep[child] == "prep" and lower[child] in preps and child > cue:  # not "On Twitter, X called"
            if _preposition_apart(v, child):
                continue
            objs = [g for g in children[child] if dep[g] in ("pobj", "pcomp")]
            if not objs:
                continue
            toks = ctx.subtree_ids(child)[1:]
            obj = [c for c in v.kids if dep[c] == "dobj" and c < child]
            if obj:  # "accused the US of seeking ..."
                toks = sorted({*ctx.subtree_ids(obj[0]), *ctx.subtree_ids(child)})
            # "called on the senator to "stop ignoring voters"": the infinitive is part of the call
            right = ctx.right_edge(child)
            toks = sorted({*toks, *(t for t in _with_following(ctx, cue, child, ()) if t > right)})
            if v.lemma in lexicons.TOPIC_CUES and not _states_something(ctx, toks):
                continue  # "talking about the issue": a topic, not a statement
            contents.append(("preposition", _strip_edges(tt, toks)))
    if not contents:
        contents = _for_clause(v, preps)
    if contents and cue + 1 < len(tt) and dep[cue + 1] in ("prep", "mark"):
        v.cue_span = ctx.char_span([cue, cue + 1])  # "called for", "warned of"
    return contents


#: Prepositional cues whose preposition makes one verb with them ("called for", "called on"): the same
#: preposition after an object is no call ("called elections for May", "a film called "X" on TV").
_JOINED_PREPOSITION_CUES = frozenset({"call"})


def _preposition_apart(v: _VerbCue, prep: int) -> bool:
    """Whether ``prep`` is the preposition of a joined prepositional cue (:data:`_JOINED_PREPOSITION_CUES`)
    with other words between them: "called *early elections* for May", "called *the senator* on it", a show
    "called "Patriots" on cable". Only "called for" and "called on" (the preposition right after the cue)
    ask for something; a cue with a particle keeps its object ("called him out for ...": a criticism)."""
    tt = v.ctx.table
    if v.lemma not in _JOINED_PREPOSITION_CUES or any(tt.dep[c] == "prt" for c in v.kids):
        return False
    return any(not tt.is_space[t] for t in range(v.cue + 1, prep))


def _for_clause(v: _VerbCue, preps: Sequence[str]) -> Contents:
    """"called for all candidates to publish their plans": the parse makes "for" the marker of an
    infinitive clause with its own subject, which is what is called for."""
    ctx, tt, cue = v.ctx, v.ctx.table, v.cue
    if "for" not in preps or cue + 1 >= len(tt) or tt.lower[cue + 1] != "for" or tt.dep[cue + 1] != "mark":
        return []
    clause = tt.head[cue + 1]
    if tt.head[clause] != cue or tt.dep[clause] != "advcl" or _subject(ctx, clause) is None:
        return []
    if _finite_tag(ctx, clause) is not None:
        return []  # rule ``finite_for_clause``: "calls for more troops *have come*": no infinitive
    return [("preposition", _strip_edges(tt, ctx.subtree_ids(clause)[1:]))]


def _parenthetical(v: _VerbCue) -> Contents:
    """The clause a parenthetical, trailing or "as" cue interrupts: "Campaign donations are vetted,
    *Strother said*, but ...", "*...*, he told reporters.", "As the Times noted, *...*", "as X put it,
    *"..."*"."""
    ctx, tt, cue = v.ctx, v.ctx.table, v.cue
    dep = tt.dep
    if not (tt.pos[tt.head[cue]] in ("VERB", "AUX") and _subject(ctx, cue, prefer_outside=True) is not None):
        return []
    if _trailing_attribution(ctx, cue) or _trailing_report(ctx, cue):  # "..., he told reporters."
        first = ctx.left_edge(_subject(ctx, cue) or cue)
        return [("parenthetical", [t for t in ctx.subtree_ids(tt.head[cue]) if t < first])]
    stranded = _stranded_report(ctx, cue)
    if stranded:  # "Borrowers struggle, even with a steady wage, she said." (the parse lost the clause)
        return [("parenthetical", stranded)]
    trailing = _trailing_as_clause(ctx, cue)
    if not (dep[cue] == "parataxis" or _as_clause(ctx, cue) or trailing):
        return []
    own = set(ctx.subtree_ids(cue))
    toks = [t for t in ctx.subtree_ids(tt.head[cue]) if t not in own]
    if trailing:  # "..., as the Times reported on Tuesday[, and ...]": the clause before it
        return [("parenthetical", [t for t in toks if t < ctx.left_edge(cue)])]
    opening = _quote_after(ctx, cue)
    if opening is not None and ctx.quote_of[opening] == ctx.quote_of[tt.head[cue]]:
        # 'Pointing to the budget, Lee said, "Leave ..."': the quote after the cue clause is what was
        # said; the words before the cue clause are the writer's (the parse hangs them on the quote)
        return [("parenthetical", [t for t in toks if t >= opening])]
    if dep[cue] != "parataxis":  # the as-clause comes first: the content is what follows its comma
        after = ctx.right_edge(cue)
        comma = next((t for t in range(after + 1, min(after + 5, len(tt))) if tt.word(t) == ","), after)
        toks = [t for t in toks if t > comma]
    return [("parenthetical", toks)]


def _quote_after(ctx: _Context, cue: int) -> int | None:
    """The first token of a quote that opens right after the cue's clause (a comma or a colon between)."""
    tt = ctx.table
    last = ctx.right_edge(cue)
    while last > cue and ctx.quote_of[last] >= 0:  # the parse hangs the opening mark on the cue
        last -= 1
    i = last + 1
    while i < len(tt) and (tt.is_space[i] or tt.word(i) in (",", ":")):
        i += 1
    if i >= len(tt) or ctx.quote_of[i] < 0 or (i > 0 and ctx.quote_of[i - 1] == ctx.quote_of[i]):
        return None
    return i


#: Longest postposed attribution clause (tokens) read as a parenthetical: ", he told reporters."
_MAX_TRAILING_CLAUSE = 8


def _trailing_attribution(ctx: _Context, cue: int) -> bool:
    """", he told reporters." at the end of a sentence, parsed as a conjunct of the clause it reports:
    a short clause after a comma, with no complement or conjunction of its own, that ends the sentence."""
    tt = ctx.table
    if tt.dep[cue] != "conj" or tt.head[cue] > cue or any(
            tt.dep[c] in ("ccomp", "xcomp", "cc") for c in tt.children[cue]):
        return False
    subject = _subject(ctx, cue)
    if subject is None or subject > cue:
        return False
    left, right = ctx.left_edge(subject), ctx.right_edge(cue)
    end = ctx.table.sentence_bounds(cue)[1]
    return left > 0 and tt.word(left - 1) == "," and right - left < _MAX_TRAILING_CLAUSE and all(
        tt.is_punct[t] or tt.is_space[t] for t in range(right + 1, end))


def _trailing_report(ctx: _Context, cue: int) -> bool:
    """'The mayor said the plan was "dead on arrival," the Tribune reported.': a short "subject + cue"
    after a comma that ends the sentence, parsed as the complement of the cue before it and with the
    clause before it as its own complement. It reports the whole clause before it."""
    tt = ctx.table
    up = tt.head[cue]
    if tt.dep[cue] != "ccomp" or up > cue or not ctx.is_cue(up) or ctx.tag(cue) not in ("VBD", "VBZ", "VBP"):
        return False
    comps = [c for c in tt.children[cue] if tt.dep[c] == "ccomp"]
    subject = _subject(ctx, cue)
    if len(comps) != 1 or comps[0] > cue or subject is None or subject < comps[0] or subject > cue:
        return False
    left = ctx.left_edge(subject)
    before = left - 1
    while before > 0 and tt.word(before) and all(ch in lexicons.QUOTE_CHARS for ch in tt.word(before)):
        before -= 1  # the closing mark after the comma of the quote
    end = ctx.table.sentence_bounds(cue)[1]
    return tt.word(before) == "," and ctx.right_edge(cue) - left < _MAX_TRAILING_CLAUSE and all(
        tt.is_punct[t] or tt.is_space[t] for t in range(ctx.right_edge(cue) + 1, end))


def _reported_by(ctx: _Context, report: int) -> int:
    """The complement of a trailing report (:func:`_trailing_report`): what the cue before it said."""
    tt = ctx.table
    return next(c for c in tt.children[report] if tt.dep[c] == "ccomp")


def _stranded_report(ctx: _Context, cue: int) -> list[int]:
    """"Borrowers struggle, even with a steady wage, she said." / "..., said Ann Ruiz, a historian.": a
    short "subject + cue" (or "cue + subject") after a comma that ends the sentence, the root of a
    sentence whose words before it the parse could not make a clause of (hung on the cue as loose
    dependents, no complement, or cut off as a sentence of their own). The words before the comma,
    back to the end of the sentence before, are what was said, when they hold a verb."""
    tt = ctx.table
    if tt.dep[cue] != "ROOT" or any(tt.dep[c] in ("ccomp", "xcomp", "dobj", "cc", "conj") for c in tt.children[cue]):
        return []
    clause = _attribution_clause(ctx, cue)
    if clause is None:
        return []
    left, right = clause
    end = ctx.table.sentence_bounds(cue)[1]
    if left < 1 or tt.word(left - 1) != "," or not all(tt.is_punct[t] or tt.is_space[t] for t in range(right + 1, end)):
        return []
    start = _written_sentence_start(ctx, left - 1)
    if start is None:
        return []
    before = [t for t in range(start, left - 1) if not tt.is_space[t]]
    if len(before) < 3 or ctx.tag(before[0]) in ("VBN", "VBG"):
        return []  # "Asked about the plan, the mayor said: ...": a participle clause, not a report
    return before if any(tt.pos[t] in ("VERB", "AUX") for t in before) else []


def _attribution_clause(ctx: _Context, cue: int) -> tuple[int, int] | None:
    """The first and last token of a short attribution clause around a cue with no complement: "he
    said." (its subject before it) or "said Ann Ruiz, a historian." (a name or noun after it, with an
    apposition, and nothing else)."""
    tt = ctx.table
    subject = _subject(ctx, cue)
    if subject is not None and subject < cue and tt.dep[subject] == "nsubj":
        left = ctx.left_edge(subject)
        if ctx.right_edge(cue) - left < _MAX_TRAILING_CLAUSE:
            return left, cue
    after = [c for c in tt.children[cue] if c > cue and tt.dep[c] == "nsubj" and tt.pos[c] in ("PROPN", "NOUN")]
    if len(after) != 1 or tt.word(cue - 1) != ",":
        return None
    inside = set(ctx.subtree_ids(after[0]))
    right = ctx.right_edge(cue)
    if right - cue > _MAX_APPOSITION_TOKENS + 3 or not all(
            t in inside or tt.is_punct[t] or tt.is_space[t] for t in range(cue + 1, right + 1)):
        return None
    return cue, right


#: Most tokens back from a comma to the start of the sentence it ends a part of.
_MAX_SENTENCE_TOKENS = 80


def _written_sentence_start(ctx: _Context, comma: int) -> int | None:
    """The first token after the last sentence end or paragraph break before ``comma``: the sentence
    as written, where the parse may have cut it at the comma ("Those who borrow struggle, he said.");
    None when there is none within :data:`_MAX_SENTENCE_TOKENS`."""
    tt = ctx.table
    for i in range(comma - 1, max(-1, comma - _MAX_SENTENCE_TOKENS), -1):
        if tt.word(i) in _SENTENCE_END or "\n" in tt.word(i):
            return i + 1
    return 0 if comma < _MAX_SENTENCE_TOKENS else None


def _named(v: _VerbCue) -> Contents:
    """What a naming cue calls something (``lexicons.NAMING_CUES``, see :func:`_naming`): "called the
    strikes *"a violation of sovereignty"*"."""
    return _naming(v.ctx, v.cue) if v.lemma in lexicons.NAMING_CUES else []


def _quoted_object(v: _VerbCue) -> Contents:
    """An object that holds a quote of at least ``MIN_FLOATING_QUOTE_WORDS`` words (not a scare quote
    or a name): "reiterated *Iraq's “rejection of any attack on its territory”*"."""
    ctx, tt, cue = v.ctx, v.ctx.table, v.cue
    dep = tt.dep
    contents: Contents = []
    for child in v.kids:
        if _reason_after_object(v, child):
            continue  # 'mocked Rubio for "having a tough night"': the object and its reason (_object)
        if dep[child] in ("dobj", "attr", "oprd", "prep"):
            sub = _without_inner_reports(ctx, ctx.subtree_ids(child))
            span = ctx.char_span(sub)
            quoted = ctx.quotes_in(*span) if span else []
            words = sum(len(ctx.text[a:b].split()) for qi in quoted for a, b in ctx.marked[qi].fragments)
            if quoted and words >= lexicons.MIN_FLOATING_QUOTE_WORDS:  # not a scare quote or a name
                contents.append(("quoted_object", sub))
                if dep[child] == "prep" and child == cue + 1:
                    v.cue_span = ctx.char_span([cue, child])
    return contents


def _reason_after_object(v: _VerbCue, child: int) -> bool:
    """Whether ``child`` is a phrase of reason ("for", "as", "over") after the noun object of an object
    cue: "mocked *Rubio for "having a tough night"*", "praised *the mayor for ...*". The object is what
    the reason is said of, so the content is both (:func:`_object`), not the quoted reason alone."""
    tt = v.ctx.table
    return (v.lemma in lexicons.OBJECT_CUES and tt.dep[child] == "prep" and tt.lower[child] in _REASON_PREPS
            and any(tt.dep[c] == "dobj" and tt.pos[c] != "PRON" and c < child for c in v.kids))


def _object(v: _VerbCue) -> Contents:
    """The direct object of an object cue (``lexicons.OBJECT_CUES``), with a following reason: "praised
    *his economic record*", "denied *the report*". An object that says nothing is no content
    ("criticised the bank", "refused the offer": an act and its target), unless it names a statement
    that the cue answers (:func:`_names_statement`)."""
    ctx, tt, cue = v.ctx, v.ctx.table, v.cue
    if _speaks_through_participle(ctx, cue):
        return []
    objects = [child for child in v.kids if tt.dep[child] == "dobj" and tt.pos[child] != "PRON"]
    if v.lemma not in lexicons.OBJECT_CUES:
        return [("object", ctx.subtree_ids(child)) for child in objects if _names_statement(v, child)]
    contents = []
    for child in objects:
        toks = _without_inner_reports(ctx, _with_following(ctx, cue, child, _REASON_PREPS))
        if _states_something(ctx, toks) or _names_statement(v, child):
            contents.append(("object", toks))
    return contents


def _without_inner_reports(ctx: _Context, toks: list[int]) -> list[int]:
    """An object without a relative clause that names it in another speaker's words: in "criticised
    the mayor, whom the governor called "a failure"", the quote is the governor's (a naming of its
    own, :func:`_naming`), not part of what the union criticised. Only a naming cue whose object is
    the relative pronoun and whose subject is its own (not the pronoun: "the aide, who called it ..."
    is the aide's naming), and the comma before it; "the plan, which he said will fail" stays whole."""
    tt = ctx.table
    dropped: set[int] = set()
    for t in toks:
        if tt.dep[t] != "relcl" or tt.lemma[t] not in lexicons.NAMING_CUES or not ctx.is_cue(t) \
                or ctx.quote_of[t] >= 0:
            continue
        if not any(tt.dep[c] == "dobj" and c < t and tt.lower[c] in lexicons.RELATIVE_PRONOUNS
                   for c in tt.children[t]):
            continue
        subject = _subject(ctx, t, agent=False)
        if subject is None or tt.lower[subject] in lexicons.RELATIVE_PRONOUNS or ctx.quote_of[subject] >= 0:
            continue
        dropped.update(ctx.subtree_ids(t))
        left = ctx.left_edge(t) - 1
        while left >= 0 and (tt.word(left) == "," or tt.is_space[left]):
            dropped.add(left)
            left -= 1
    return [t for t in toks if t not in dropped] if dropped else toks


def _names_statement(v: _VerbCue, head: int) -> bool:
    """A response cue whose object names another's statement: "disputed *their account*", "contested
    *that view*", "rejected *the mayor's claim*", "confirmed *the report*". The statement is the
    content: a link can then say what the response answers."""
    tt = v.ctx.table
    modifiers = ((tt.lemma[c], tt.ent_type[c]) for c in tt.children[head] if tt.dep[c] in ("compound", "amod"))
    return (v.lemma in lexicons.RESPONSE_CUES and tt.lemma[head] in lexicons.CLAIM_NOUNS
            and not lexicons.claim_to_a_place(tt.lemma[head], modifiers))


#: The content rules of a verb cue, in order: the first that finds a content wins. Each content's rule
#: name is recorded on its claim (``QuoteFound.rule``).
VERB_CUE_RULES: Final[tuple[Callable[[_VerbCue], Contents], ...]] = (
    _complement, _infinitive, _preposition, _parenthetical, _named, _quoted_object, _object,
)


def survey_finding(ctx: _Context, cue: int) -> bool:
    """``survey_finding`` (issue 13's links58 round): "the latest *poll showed* that the senator leads",
    "county *statistics show* that the figures are wrong", "polling *data showing* him ahead": a verb of
    :data:`~claimex.lexicons.SURVEY_FINDING_CUES` (show, find; no cue of the lexicon, since a person who
    "shows courage" or "found a job" says nothing) reports what a poll or count found when its subject, or
    the noun it hangs on as a participle, is a noun of gathered evidence (:data:`~claimex.lexicons.SURVEY_NOUNS`).
    That finding is then read as the cue's content, its source the poll, as PolNeAR marks it."""
    tt = ctx.table
    if tt.lemma[cue] not in lexicons.SURVEY_FINDING_CUES or tt.pos[cue] != "VERB":
        return False
    if tt.dep[cue] == "acl":
        holder: int | None = tt.head[cue]
    else:
        holder = _subject(ctx, cue, agent=False)
    return holder is not None and tt.lemma[holder].lower() in lexicons.SURVEY_NOUNS


def _verb_cue(ctx: _Context, cue: int, *, indirect: bool) -> list[_Claim]:
    """The claims of a verb cue: the contents of the first of :data:`VERB_CUE_RULES` that finds one,
    each with the cue's source."""
    if _withheld(ctx, cue) or _discourse_marker(ctx, cue) or _said_for_comparison(ctx, cue) \
            or _open_inquiry(ctx, cue) or _put_to_speaker(ctx, cue) or _prospect(ctx, cue):
        return []
    v = _VerbCue.read(ctx, cue)
    contents: Contents = []
    for rule in VERB_CUE_RULES:
        contents = rule(v)
        if contents:
            break
    if not contents:
        return []
    tt = ctx.table
    source = _mention_of(ctx, v.inverted if v.inverted is not None else _source(ctx, cue))
    if source.span is None and _subject(ctx, cue, prefer_outside=True) is None:
        source = _between_quote_and_cue(ctx, cue)
        if source.span is None:
            source = _mention_of(ctx, _preposed_speaker(ctx, cue))
    claims: list[_Claim] = []
    for rule_name, found in contents:
        toks = found if rule_name == "parenthetical" else _before_source(ctx, _same_side(tt, found, cue), cue)
        toks = _without_trailing_aside(ctx, _strip_edges(tt, _quote_after_colon(ctx, toks, cue)))
        toks = _without_dashed_gloss(ctx, toks)
        toks = _without_writer_connective(ctx, toks, cue)
        toks = _without_turn_label(ctx, toks)
        toks = _without_relative_gloss(ctx, toks, cue)
        if rule_name == "complement":
            toks = _without_reporting_frame(ctx, toks, cue)
        toks = _with_stated_reason(ctx, toks, cue)
        toks = _with_list_continued(ctx, toks, cue)
        span = ctx.char_span(toks)
        if span is None:
            continue
        claim = source.apply(_Claim(rule=rule_name, content=[span], cue=v.cue_span, cue_root=cue))
        # "Adding, “...”" / "Continued Stone: ...": an active cue with no subject anywhere speaks for
        # the speaker of the neighbouring quote (the speakers stage decides, as for floating quotes)
        claim.inherit = source.span is None and ctx.tag(cue) != "VBN" and not _is_passive(ctx, cue) \
            and not _opening_participle_read_as_past(ctx, cue)
        _fit_to_quotes(ctx, claim, collapse=rule_name != "naming")
        if rule_name == "naming":
            _with_relative_object(ctx, claim, cue)
        if not indirect and not claim.quotes:
            continue
        if claim.content and _has_words(ctx.text, claim.content):
            claims.append(claim)
    return claims


def _join_interrupted(ctx: _Context, claims: list[_Claim]) -> list[_Claim]:
    """`"A," he said, "B."`: two direct quotes around one cue are one claim with two fragments.

    The parser makes the second quote a complement, a parataxis or a loose phrase of the cue, so
    its two halves may come from different rules; they share the cue.
    """
    dropped: set[int] = set()
    by_cue: dict[int, list[_Claim]] = {}
    for claim in claims:
        if claim.direct and claim.cue_root is not None:
            by_cue.setdefault(claim.cue_root, []).append(claim)
    for cue_i, group in by_cue.items():
        if len(group) != 2:
            continue
        first, second = sorted(group, key=lambda c: c.content[0])
        cue_at = ctx.table.idx[cue_i]
        if not (first.content[-1][1] <= cue_at < second.content[0][0]):
            continue
        between = ctx.text[first.content[-1][1]:second.content[0][0]]
        if "\n" in between or not between.rstrip(" " + lexicons.QUOTE_CHARS).endswith((",", ":", "—", "–")):
            continue
        if any(ctx.is_cue(t) and t != cue_i
               for t in ctx.tokens_between(first.content[-1][1], second.content[0][0])):
            continue  # '"A," Trump said before adding: "B"': the second half has a cue of its own
        if len(first.quotes) == 1 and _is_title(ctx, first.quotes[0]):
            continue  # rule ``quoted_title``: 'said on CNN's "Early Start," adding, "B"': a title, not a half
        first.content.extend(second.content)
        first.quotes.extend(second.quotes)
        dropped.add(id(second))
    return [c for c in claims if id(c) not in dropped]


def _between_quote_and_cue(ctx: _Context, cue: int) -> _Source:
    """`“...,” Gene Sperling, a Clinton adviser, said`: when the parse lost the subject, the noun
    phrase between the closing quote mark and the cue is the speaker."""
    tt = ctx.table
    i = cue - 1
    while i >= 0 and ctx.quote_of[i] < 0 and cue - i <= _ADJACENT_WINDOW and "\n" not in tt.word(i):
        i -= 1
    toks = list(range(i + 1, cue))
    if i < 0 or ctx.quote_of[i] < 0 or not toks:
        return _Source()
    toks = _strip_edges(tt, toks)
    toks = [t for t in toks if tt.dep[t] not in ("advmod",) or t != toks[-1]]  # "..., he also said"
    pos = tt.pos
    names = [t for t in toks if pos[t] in ("PROPN", "NOUN", "PRON") or (tt.is_alpha[t] and tt.word(t)[:1].isupper())]
    if not names or any(pos[t] in ("VERB", "AUX") for t in toks) or pos[toks[0]] == "ADP" \
            or pos[toks[-1]] == "CCONJ":  # '"takes its orders" from Albany, and asserts': no noun phrase
        return _Source()
    inside = set(toks)
    head = next((t for t in names if tt.head[t] not in inside), names[0])
    return _Source(ctx.char_span(toks), head)


def _before_source(ctx: _Context, toks: list[int], cue: int) -> list[int]:
    """`“A,” Gene Sperling, an adviser, said`: the words between the quote and a postposed cue
    are the speaker, even when the parser hung them inside the complement."""
    if not toks or toks[-1] >= cue:
        return toks
    last_quote = max((i for i in range(toks[0], cue) if ctx.quote_of[i] >= 0), default=None)
    if last_quote is None:
        return toks
    tail = [t for t in toks if t > last_quote]
    pos = ctx.table.pos
    if tail and not any(pos[t] in ("VERB", "AUX") for t in tail):
        return [t for t in toks if t <= last_quote]
    return toks


def _quote_after_colon(ctx: _Context, toks: list[int], cue: int) -> list[int]:
    """`Later, Lee turned to the budget: "There is too much waste," he said`: a content before its
    cue that is a sentence of narration, a colon and a quote is the quote alone. The colon closes the
    writer's sentence; what the cue after the quote reports is the quoted words (none when the
    parse hangs the quote on the cue as a complement of its own and this one is the narration)."""
    if not toks or toks[-1] >= cue:
        return toks
    tt = ctx.table
    quote_of, punct, space = ctx.quote_of, tt.is_punct, tt.is_space
    colon = next((k for k in range(len(toks) - 1, 0, -1) if tt.word(toks[k]) == ":" and quote_of[toks[k]] < 0), None)
    if colon is None:
        return toks
    after = toks[colon + 1:]
    if any(quote_of[t] < 0 and not (punct[t] or space[t]) for t in after):
        return toks
    # only the opening mark after the colon: the parse split the quote off as a second complement of
    # the cue, and this one is the narration alone
    return after if any(quote_of[t] >= 0 and not punct[t] for t in after) else []


#: Cues whose object right after them is the person addressed, never an inverted speaker: '"...,"
#: Lee, a founder of the group, tells the Herald' (English does not invert these: no '"...," tells
#: Lee', while '"...?" asked the boy' is an inverted "ask").
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "remind", "brief"})


def _inverted_subject(ctx: _Context, cue: int, complements: list[int]) -> int | None:
    """The speaker after a postposed cue with no subject: `"...," said David Brock` / `added a Democrat`.

    The parser often reads the inverted subject as an object, or as the subject of a second
    complement ("said David Brock, [who heads] Correct the Record").
    """
    tt = ctx.table
    subject = _subject(ctx, cue)
    # '"Meh," wrote a supporter': right after a closing quote mark, a subject the parse found inside
    # the quote is none
    after_quote = cue > 0 and ctx.quote_of[cue - 1] >= 0 and tt.word(cue - 1) in lexicons.QUOTE_CHARS \
        and ctx.tag(cue) in ("VBD", "VBZ", "VBP")  # not '"...," saying the city ...'
    if subject is not None and not (after_quote and ctx.quote_of[subject] >= 0):
        return None
    if not after_quote and not any(c < cue for c in complements):
        return None
    if cue + 1 >= len(tt):
        return None
    dep = tt.dep
    addressed = tt.lemma[cue] in _ADDRESSEE_VERBS
    for child in tt.children[cue]:
        if child > cue and ctx.left_edge(child) == cue + 1 and not addressed and (
                dep[child] in ("dobj", "attr", "npadvmod", "dative")
                or (dep[child] in ("advmod", "nsubj") and tt.word(child)[:1].isupper())):
            return child  # '"...," said Skelly' with the name read as an adverb
    for comp in complements:
        if comp > cue:
            subj = _subject(ctx, comp)
            if subj is not None and ctx.left_edge(subj) == cue + 1 and ctx.table.pos[subj] in ("PROPN", "NOUN"):
                return subj
    return None


def _same_side(tt: TokenTable, toks: list[int], cue: int) -> list[int]:
    """A content never runs across its own cue: keep the side of the cue where most of it lies."""
    if not toks or min(toks) >= cue or max(toks) <= cue:  # all on one side (or on the cue)
        return toks
    before = [t for t in toks if t < cue]
    after = [t for t in toks if t > cue]
    if before and after:
        return _strip_edges(tt, before if len(before) >= len(after) else after)
    return toks


def _naming(ctx: _Context, cue: int) -> list[tuple[str, list[int]]]:
    """"called the mayor a "liar"", "described it as "reckless"": object and quoted complement."""
    dep, kids = ctx.table.dep, ctx.table.children[cue]
    obj = next((c for c in kids if dep[c] in ("dobj", "prep") and c > cue), None)
    comps = [c for c in kids
             if c > cue and dep[c] in ("oprd", "attr", "xcomp", "ccomp", "prep", "dobj")
             and (dep[c] != "prep" or ctx.quotes_in(*(ctx.char_span(ctx.subtree_ids(c)) or (0, 0))))]
    wh = obj is None and any(dep[c] == "dobj" and c < cue and ctx.tag(c) in ("WP", "WDT") for c in kids)
    if wh:  # 'what Gilbert called "a perception problem"': the name given is the content
        obj, comps = next(iter(comps), None), comps[1:]
    if obj is None and not wh:
        return _naming_read_as_predicate(ctx, cue)
    if obj is None or (not comps and not wh) or ctx.table.lower[obj] in lexicons.RELATIVE_PRONOUNS:
        return []
    if not wh and _object_only_naming(ctx, cue, obj, comps):
        return []
    toks = _without_conjoined_cues(ctx, sorted({t for c in [obj, *comps] for t in ctx.subtree_ids(c)}), comps)
    span = ctx.char_span(toks)
    quoted = ctx.quotes_in(*span) if span else []
    if not quoted:
        return _unquoted_naming(ctx, cue, obj)
    if all(not _substantial(ctx, ctx.marked[qi], naming=True) for qi in quoted):
        return []  # "dubbed him "Shorty"": a nickname, not a claim
    last = max((t for t in toks if ctx.quote_of[t] >= 0), default=None)
    if last is not None and last + 1 < len(ctx.table) and dep[last + 1] == "prep" \
            and ctx.table.lower[last + 1] not in _NAME_COMPLEMENTS:
        toks = [t for t in toks if t <= last]  # '"fake news" in a speech', not 'a "blueprint" for ...'
    return [("naming", _strip_edges(ctx.table, toks))]


#: prepositions after a quoted name that complete the name ('a "blueprint" for jobs', 'a "threat" to the
#: party'), where others set the naming in its place or time ('"fake news" in a speech')
_NAME_COMPLEMENTS: Final = frozenset({"for", "to", "toward", "towards", "of", "against", "about", "with"})


def _object_only_naming(ctx: _Context, cue: int, obj: int, comps: Sequence[int]) -> bool:
    """Whether a naming cue's only complement is its prepositional object, with no verb in it: 'referred to the
    "silent majority"', 'referring to "the old guard"' name a thing and say nothing of it. A naming says what
    something is called ('referred to him as "a reformer"', 'called the plan "a disaster"'); a quote with
    a verb of its own in the object is the speaker's words ('referring to "what we saw was a failure"')."""
    tt = ctx.table
    if tt.lemma[cue] not in lexicons.NAMING_CUES or tt.dep[obj] != "prep" or tt.lower[obj] == "as" \
            or any(c != obj for c in comps):
        return False
    if any(tt.dep[c] == "dobj" and c < cue for c in tt.children[cue]):
        return False  # 'whom she described as "his brother"': the relative pronoun is the object
    return not any(tt.pos[t] in ("VERB", "AUX") for t in ctx.subtree_ids(obj))


def _naming_read_as_predicate(ctx: _Context, cue: int) -> list[tuple[str, list[int]]]:
    """'Beruff, a Scott ally, called Florida's standards "strong."': after a subject set off by commas the
    parse may read the cue as a participle on it, take the object for the predicate noun (``oprd``) and
    hang the quoted name elsewhere. The words from the object up to the end of the quote that follows
    it, or that it holds, are the naming, when a quote is there."""
    tt = ctx.table
    if tt.dep[cue] != "acl" or ctx.tag(cue) != "VBN" or cue == 0 or tt.word(cue - 1) != ",":
        return []  # only the parse of an active naming after a subject set off by commas ("a show called ...": a name)
    pred = next((c for c in tt.children[cue] if tt.dep[c] == "oprd" and c > cue), None)
    if pred is None or ctx.left_edge(pred) != cue + 1:
        return []
    end = ctx.right_edge(pred)
    after = end + 1
    if after < len(tt) and ctx.quote_of[after] >= 0 and ctx.quote_of[end] < 0:  # the quote right after it
        qi = ctx.quote_of[after]
        while after + 1 < len(tt) and ctx.quote_of[after + 1] == qi:
            after += 1
        end = after
    toks = list(range(cue + 1, end + 1))
    quoted = [qi for qi in dict.fromkeys(ctx.quote_of[t] for t in toks) if qi >= 0]
    if not quoted or all(not _substantial(ctx, ctx.marked[qi], naming=True) for qi in quoted):
        return []
    return [("naming", _strip_edges(tt, toks))]


def _with_relative_object(ctx: _Context, claim: _Claim, cue: int) -> None:
    """'NAFTA, *which* Trump had called a "disaster"': a naming whose object is a relative pronoun
    before the cue says what that pronoun stands for is, so the pronoun is the first fragment of the
    content (the source and the cue between the fragments are not content, as in an interrupted
    quote). Only the relative pronoun the cue governs itself ("which", "whom", "what", "that")."""
    tt = ctx.table
    wh = next((c for c in tt.children[cue] if tt.dep[c] == "dobj" and c < cue and ctx.tag(c) in ("WP", "WDT")), None)
    if wh is None or not claim.content:
        return
    span = ctx.char_span([wh])
    if span is not None and span[1] <= claim.content[0][0]:
        claim.content = [span, *claim.content]
        claim.direct = False


def _without_conjoined_cues(ctx: _Context, toks: list[int], comps: Sequence[int]) -> list[int]:
    """A naming's words without a cue conjoined to its complement and the "and" or comma before it:
    'called it "disgraceful" *and called on members "not to ..."*' (the parse hangs the second cue on
    "shameful"; it is a claim of its own)."""
    tt = ctx.table
    dropped: set[int] = set()
    for nested in (n for c in comps for n in _nested_cues(ctx, c)):
        dropped.update(ctx.subtree_ids(nested))
        left = nested - 1
        while left >= 0 and (tt.dep[left] == "cc" or tt.word(left) == "," or tt.is_space[left]):
            dropped.add(left)
            left -= 1
    return [t for t in toks if t not in dropped] if dropped else toks


def _unquoted_naming(ctx: _Context, cue: int, obj: int) -> list[tuple[str, list[int]]]:
    """"called the plan a mistake", "described the country as beset by crime": a characterisation in
    the writer's words is a claim too (the object is what it is about, the complement what it is said
    to be). Only with a predicative complement after the object: a noun or adjective ("a mistake",
    "unqualified") or an "as" phrase; a name ("called him Shorty") is no claim, nor are "called the
    police", "called LeVell onto the stage" or "described their struggles" (no complement)."""
    tt = ctx.table
    if tt.lemma[cue] not in _UNQUOTED_NAMING or tt.dep[obj] != "dobj" or (
            tt.pos[obj] == "PRON" and tt.lower[obj] not in _REFLEXIVE_OR_PERSONAL):
        return []
    if ctx.tag(cue) == "VBN" and _is_passive(ctx, cue):
        return []
    found = [c for c in tt.children[cue] if c > obj and _predicative(ctx, obj, c)]
    if not found:
        return []
    toks = sorted({t for c in [obj, *found] for t in ctx.subtree_ids(c)})
    return [("naming", _strip_edges(tt, toks))]


def _predicative(ctx: _Context, obj: int, comp: int) -> bool:
    """Whether ``comp`` says what the object is: a noun or adjective complement ("a mistake"), or an
    "as" phrase right after the object with no subject of its own ("as reckless", not "as he left")."""
    tt = ctx.table
    dep, lower = tt.dep, tt.lower
    if dep[comp] == "oprd":
        return tt.pos[comp] in ("NOUN", "ADJ")
    if dep[comp] not in ("prep", "advcl") or not _only_phrases_between(ctx, obj, comp):
        return False
    is_as = lower[comp] == "as" or any(dep[g] == "mark" and lower[g] == "as" for g in tt.children[comp])
    return is_as and not any(dep[g] in syntax.SUBJECT_DEPS for g in tt.children[comp])


def _only_phrases_between(ctx: _Context, obj: int, comp: int) -> bool:
    """Whether only prepositional phrases of the verb stand between the object and the complement
    ("described a weekend at the lake *with her nephews* as ...")."""
    tt = ctx.table
    k = ctx.right_edge(obj) + 1
    while k < ctx.left_edge(comp):
        if tt.dep[k] != "prep" or tt.head[k] != tt.head[obj]:
            return False
        k = ctx.right_edge(k) + 1
    return k == ctx.left_edge(comp)


#: Naming cues that characterise in the writer's words too (not "paint", "cast", "portray": said of
#: policies and ads as much as of speakers).
_UNQUOTED_NAMING = frozenset({"call", "describe", "label", "brand", "dub", "term", "characterize", "characterise"})
#: Pronoun objects a characterisation may be about: "called him a liar", "described themselves as ...".
_REFLEXIVE_OR_PERSONAL = frozenset({
    "him", "her", "them", "it", "this", "that", "me", "us", "you", "himself", "herself", "themselves",
    "itself", "myself", "ourselves", "yourself",
})


#: Prepositions after a cue's object that give what the object is praised or blamed for:
#: "faulted the mayor for not naming the firm", "dismissed the plan as "absurd"".
_REASON_PREPS = frozenset({"for", "as", "over"})


def _with_following(ctx: _Context, cue: int, first: int, preps: Iterable[str]) -> list[int]:
    """``first``'s subtree and the cue's dependents right after it that go on the same content (token
    indices): a prepositional phrase of reason (``preps``) or an infinitive ("to stop ...")."""
    dep, lower, children = ctx.table.dep, ctx.table.lower, ctx.table.children
    toks = ctx.subtree_ids(first)
    end = ctx.right_edge(first)
    word = ctx.table.word
    for child in children[cue]:
        if child <= first or word(child) in lexicons.QUOTE_CHARS:
            continue
        # only an opening quote mark between: 'called on leaders "not to feed ..."'
        gap = list(range(end + 1, ctx.left_edge(child)))
        if any(word(t) not in lexicons.QUOTE_CHARS for t in gap):
            break
        reason = dep[child] == "prep" and lower[child] in preps
        infinitive = dep[child] in ("xcomp", "advcl") and any(dep[g] == "aux" and lower[g] == "to"
                                                              for g in children[child])
        if not (reason or infinitive):
            break
        toks.extend(gap)
        toks.extend(ctx.subtree_ids(child))
        end = ctx.right_edge(child)
    return sorted(toks)


def _as_clause(ctx: _Context, cue: int) -> bool:
    """"As the Times noted, ...", "as one official put it, ...": a comparative clause of the cue,
    opening with "as", on the clause it reports."""
    dep, lower = ctx.table.dep, ctx.table.lower
    return dep[cue] == "advcl" and cue < ctx.table.head[cue] and any(
        dep[c] == "mark" and lower[c] == "as" for c in ctx.table.children[cue])


#: Objects an "as" parenthetical may keep: "as Lee put it", "as he told reporters".
_AS_CLAUSE_OBJECTS = frozenset({"it", "so", "reporters", "me", "us", "him", "her", "them"})


def _trailing_as_clause(ctx: _Context, cue: int) -> bool:
    """"The deal was struck on Sunday, as the Times reported.", "..., as first reported by the Post":
    an "as" clause after the clause it reports. Its cue leaves a gap where the reported clause would
    be (no complement, no object but a pronoun or the hearers), unlike a temporal "as" ("wept as he
    described their struggles"), and it reports a statement (a cue of the "assert" class)."""
    tt = ctx.table
    dep, lower = tt.dep, tt.lower
    if dep[cue] != "advcl" or cue < tt.head[cue] or not any(
            dep[c] == "mark" and lower[c] == "as" for c in tt.children[cue]):
        return False
    if ctx.cues.get(tt.lemma[cue]) != "assert" or ctx.is_cue(tt.head[cue]):
        # "as the crowd applauded" is a time; '"...," Lee noted, as reported by the Post' is the
        # nested source of a statement that has its cue already
        return False
    return not any(dep[c] in ("ccomp", "xcomp", "dobj", "dative") and lower[c] not in _AS_CLAUSE_OBJECTS
                   for c in tt.children[cue]) and tt.word(ctx.left_edge(cue) - 1) == ","


def _speaks_through_participle(ctx: _Context, cue: int) -> bool:
    """"condemned the strikes, writing that ...": the object is the target of the participle's claim."""
    dep, children = ctx.table.dep, ctx.table.children
    return any(dep[c] in ("advcl", "xcomp", "conj") and ctx.is_cue(c) and any(
        dep[g] == "ccomp" for g in children[c]) for c in children[cue])


def _withheld(ctx: _Context, cue: int) -> bool:
    """A statement withheld is no claim: "refused to say whether the talks had failed", "declined to
    comment on the report", "would not say who paid" (a negated cue of an embedded question), and
    the refusal itself ("refused to say")."""
    tt = ctx.table
    dep, lemma, children = tt.dep, tt.lemma, tt.children
    if lemma[cue] in lexicons.REFUSAL_VERBS:
        return any(dep[c] == "xcomp" and ctx.is_cue(c) for c in children[cue])
    if dep[cue] == "xcomp" and lemma[tt.head[cue]] in lexicons.REFUSAL_VERBS:
        return True
    if not any(dep[c] == "neg" for c in children[cue]):
        return False
    return any(dep[c] == "ccomp" and tt.lower[ctx.left_edge(c)] in lexicons.EMBEDDED_QUESTION_OPENERS
               for c in children[cue])


def _open_inquiry(ctx: _Context, cue: int) -> bool:
    """What is being found out is no claim: "an inquiry to *determine* whether the fund broke the
    law", "turnout will *determine* which candidate wins the county" (an inquiry cue of an
    embedded question). "The judge determined that the search was lawful" is a finding, and stays."""
    tt = ctx.table
    if tt.lemma[cue] not in lexicons.INQUIRY_CUES:
        return False
    return any(tt.dep[c] in ("ccomp", "dobj", "xcomp")
               and tt.lower[ctx.left_edge(c)] in lexicons.EMBEDDED_QUESTION_OPENERS for c in tt.children[cue])


def _put_to_speaker(ctx: _Context, cue: int) -> bool:
    """A question put to the speaker by an unnamed asker is no claim: "*Asked* whether he would back
    the nominee, Lee declined", "when *asked* why the plan failed", "Lee was *asked* whether he would
    run" (a passive or participial "ask" with no "by" agent), nor is a cue inside that question ("Asked
    whether he would *urge* voters to ..."). "The reporter asked whether ..." has its asker, and stays."""
    if _unnamed_ask(ctx, cue):
        return True
    head = ctx.table.head
    node = cue
    for _ in range(8):
        if head[node] == node:
            return False
        if _unnamed_ask(ctx, head[node]):
            ask = head[node]
            return node in _question_parts(ctx, ask) and _question_end(ctx, ask) >= cue
        node = head[node]
    return False


def _question_end(ctx: _Context, ask: int) -> int:
    """The last token a question put can hold: before the first comma outside quote marks after the
    "ask" ("asked about the strike at a debate*, where she said* ..." is not the question)."""
    tt = ctx.table
    for t in range(ask + 1, len(tt.lemma)):
        if tt.word(t) == "," and ctx.quote_of[t] < 0:
            return t - 1
    return len(tt.lemma) - 1


def _unnamed_ask(ctx: _Context, token: int) -> bool:
    """An "ask" whose asker is not named: a participle with no subject and no "by" agent (also one the
    tagger reads as a past tense, in a clause of its head: "*Asked* whether ..., Lee demurred")."""
    tt = ctx.table
    if tt.lemma[token] not in lexicons.QUESTION_ASK:  # every token of a document comes here (questions_put)
        return False
    tag = ctx.tag(token)
    return (tag == "VBN" or (tag == "VBD" and tt.dep[token] in ("advcl", "acl"))) and not any(
        tt.dep[c] in ("agent", "nsubj") for c in tt.children[token])


#: The parts of an "ask" that hold the question put: "asked *whether ...*", "asked *to resign*",
#: "asked, *"Would you ...?"*", "asked *about the plan*".
_QUESTION_PARTS: Final = frozenset({"ccomp", "xcomp", "dobj", "oprd", "prep"})


def _question_parts(ctx: _Context, ask: int) -> list[int]:
    """The children of an "ask" that hold its question: not the main clause after a comma ("When asked
    why, *the treasurer wrote* ..."), unless it opens with a quote ("was asked, *"Would you ...?"*"), nor
    a phrase of time or place ("asked *at a debate, where she said* ...")."""
    tt = ctx.table
    return [c for c in tt.children[ask] if c > ask
            and (tt.dep[c] in _QUESTION_PARTS
                 or (tt.dep[c] == "advcl" and tt.lower[ctx.left_edge(c)] in lexicons.EMBEDDED_QUESTION_OPENERS))
            and (tt.dep[c] != "prep" or tt.lower[c] == "about")
            and (ctx.quote_of[ctx.left_edge(c)] >= 0 or not any(
                tt.word(t) == "," for t in range(ask + 1, c)))]


_CLOSING: Final = frozenset(",.?!;:\"'\u201d\u2019 \u00a0")


def questions_put(ctx: _Context) -> list[tuple[int, int]]:
    """The character ranges of the questions put to someone by an unnamed asker (see
    :func:`_put_to_speaker`), from the "ask" to the end of its question: no claim lies in them."""
    tt = ctx.table
    ranges = []
    for ask in range(len(tt.lemma)):
        if not _unnamed_ask(ctx, ask):
            continue
        quoted = _question_quote(ctx, ask)  # 'was asked, "Would you ...?"', whatever the parse hangs on it
        if quoted is not None:
            ranges.append((tt.idx[ask], ctx.marked[quoted].end))
            continue
        parts = _question_parts(ctx, ask)
        if parts:
            end = ctx.char_span([min(max(ctx.right_edge(c) for c in parts), _question_end(ctx, ask))])
            if end is not None:  # with the punctuation and quote marks that close it
                stop = end[1]
                while stop < len(ctx.text) and ctx.text[stop] in _CLOSING:
                    stop += 1
                ranges.append((tt.idx[ask], stop))
    return ranges


def _question_quote(ctx: _Context, ask: int) -> int | None:
    """The marked quote that opens right after an "ask" and its comma or colon, if any."""
    tt = ctx.table
    t = ask + 1
    while t < len(tt.lemma) and ctx.quote_of[t] < 0 and (tt.is_space[t] or tt.word(t) in (",", ":")):
        t += 1
    return ctx.quote_of[t] if t < len(tt.lemma) and t > ask + 1 and ctx.quote_of[t] >= 0 else None


#: The words of a sentence-opening "that said" ("That said," "That being said," "Having said that,").
_DISCOURSE_SAID = frozenset({"that", "this", "being", "having"})


def _said_for_comparison(ctx: _Context, cue: int) -> bool:
    """"That's not the same as *saying* the judge is biased", "it is like *saying* the sky is green",
    "rather than *saying* ...": a gerund after a preposition of comparison states what nobody said; the
    writer compares a claim with another. Not "quoted an aide as saying ...", where "as" hangs on a verb."""
    tt = ctx.table
    head = tt.head[cue]
    if ctx.tag(cue) != "VBG" or tt.dep[cue] != "pcomp" or head == cue or tt.lower[head] not in _COMPARING:
        return False
    # "quoted an aide *as saying* ...", "was read as saying": "as" of a verb reports what was said
    return not (tt.lower[head] == "as" and tt.pos[tt.head[head]] == "VERB")


#: Prepositions of comparison: "the same as", "like", "rather than".
_COMPARING: Final = frozenset({"as", "like", "than"})


def _discourse_marker(ctx: _Context, cue: int) -> bool:
    """"That said, ...", "That being said, ...", "Having said that, ...": a connective of concession
    (~ "still"), not a report of what anyone said. "said" opens its sentence with only those words
    around it, and a comma follows."""
    tt = ctx.table
    if tt.lemma[cue] != "say":
        return False
    first = ctx.first_word(cue)
    end = cue + 1
    if end < len(tt) and tt.lower[end] in ("that", "this"):
        end += 1  # "Having said that"
    if end >= len(tt) or tt.word(end) != "," or not first < cue:
        return False
    return all(tt.lower[t] in _DISCOURSE_SAID for t in range(first, end) if t != cue)


def _states_something(ctx: _Context, toks: Sequence[int]) -> bool:
    """Whether a content holds a verb or quoted words: "the bank" is a target, "the bank lied" or
    "the bank's "reckless" lending" says something of it."""
    pos = ctx.table.pos
    return any(pos[t] in ("VERB", "AUX") or ctx.quote_of[t] >= 0 for t in toks)


def _strip_edges(tt: TokenTable, toks: list[int]) -> list[int]:
    """Without punctuation and space at the edges (quote marks stay: they belong to mixed contents)."""
    punct, space, word = tt.is_punct, tt.is_space, tt.word
    first, last = 0, len(toks) - 1
    while first <= last and ((punct[toks[first]] and word(toks[first]) not in lexicons.QUOTE_CHARS)
                             or space[toks[first]]):
        first += 1
    while first <= last and (space[toks[last]] or (punct[toks[last]] and word(toks[last]) in _TRAILING_PUNCT)
                             or tt.dep[toks[last]] == "cc"):  # "the issue and": a conjunction left dangling
        last -= 1
    return toks[first:last + 1]


#: Dependencies of a phrase that, set off by a comma or a dash after a content's last quoted words,
#: is the writer's aside rather than more of what was said: a participle ("..., linking to a story"),
#: an apposition ('the "Charleston loophole," a flaw in the system'), a dash aside.
_ASIDE_DEPS = frozenset({"advcl", "acl", "appos", "npadvmod", "dep"})
_ASIDE_MARKS = frozenset({",", "—", "–", "--"})
#: Subordinators of a participle that tell when the speaker spoke: "..., while trying to explain ...".
_TIME_MARKS = frozenset({"while", "after", "before", "when"})


def _with_stated_reason(ctx: _Context, toks: list[int], cue: int) -> list[int]:
    """'Kendall wrote that the request was "futile," because ...', 'rejected the idea as "ludicrous"
    because ...': a "because" clause right after the content (nothing but punctuation between), which
    the parse hangs on the cue rather than on the content's verb, gives the speaker's stated reason: it
    is part of what was said; not one the writer marks as an inference of their own ("because,
    *presumably*, ...")."""
    if not toks or min(toks) < cue:
        return toks
    tt = ctx.table
    last = max(toks)
    for c in tt.children[cue]:
        if c > last and tt.dep[c] == "advcl" and any(
                tt.dep[m] == "mark" and tt.lower[m] == "because" for m in tt.children[c]) and all(
                tt.is_punct[i] or tt.is_space[i] for i in range(last + 1, ctx.left_edge(c))):
            reason = ctx.subtree_ids(c)
            if any(tt.lower[i] in _INFERENCE_ADVERBS for i in reason):
                return toks
            return sorted({*toks, *reason})
    return toks


#: Words that close a list of verb phrases before its last item.
_LIST_CLOSERS: Final = frozenset({"and", "or"})
#: Marks that end the sentence after a list's last item.
_LIST_ENDS: Final = frozenset({".", "!", "?", ";"})


def _with_list_continued(ctx: _Context, toks: list[int], cue: int) -> list[int]:
    """Rule ``list_continued``: 'said the governor is ready to "fix the roads," *cut taxes, hire more teachers,
    and protect the parks*', 'proposes to pay for it through higher premiums*, new tax rates and savings from
    current spending*'. A content after its cue that ends on a base-form verb's phrase ("to fix the roads") or
    a noun phrase, and is followed, after a comma (and a closing mark), by more phrases of the same kind (verbs
    with no subject or auxiliary of their own, or nouns), the last after "and" or "or", up to the end of the
    sentence, is a list the speaker goes on with: the parse, thrown by the comma or the closing mark, hung the
    other items elsewhere (on the cue, or as a new root). A base-form verb cannot go on with the finite cue,
    nor a bare noun phrase closing a list (an apposition to the content's words is the writer's gloss: 'praised
    Lee*, a former aide and adviser*' stays as it is); the cue may not be a base form itself ("will urge them to vote,
    campaign in Ohio and ..." may go on with the cue), and the list must end the sentence ('..., and protect
    the parks, he said' is the writer's frame around other words)."""
    tt = ctx.table
    if not toks or min(toks) < cue or ctx.tag(cue) == "VB":
        return toks
    words = [t for t in toks if not (tt.is_punct[t] or tt.is_space[t])]
    if not words:
        return toks
    open_ends = {_list_kind(ctx, t, item=False) for t in words if ctx.right_edge(t) >= words[-1]} - {None}
    k = max(toks) + 1
    comma = False
    while k < tt.n and (tt.is_space[k] or tt.word(k) == "," or (
            tt.word(k) in lexicons.QUOTE_CHARS and ctx.quote_of[k] == ctx.quote_of[k - 1] >= 0)):
        comma = comma or tt.word(k) == ","
        k += 1
    stop = k
    while stop < tt.n and tt.word(stop) not in _LIST_ENDS and "\n" not in tt.word(stop):
        stop += 1
    end = stop - 1
    while end >= k and (tt.is_space[end] or tt.is_punct[end]):
        end -= 1
    rest = range(k, end + 1)
    if not comma or not open_ends or end < k or (stop < tt.n and tt.word(stop) not in _LIST_ENDS):
        return toks
    heads = [t for t in rest if not (tt.is_punct[t] or tt.is_space[t] or tt.dep[t] == "cc")
             and (tt.head[t] == t or not k <= tt.head[t] <= end)]
    items, chain = [], list(heads)
    while chain:  # the heads and their conjuncts, each an item of the list
        item = chain.pop()
        items.append(item)
        chain.extend(c for c in tt.children[item] if tt.dep[c] == "conj" and k <= c <= end)
    kinds = {_list_kind(ctx, item, item=True) for item in items}
    if len(kinds) != 1 or not kinds <= open_ends or any(
            tt.dep[item] == "appos" and tt.head[item] in toks for item in items):
        return toks
    conj = len(items) > len(heads)
    closed = any(tt.dep[t] == "cc" and tt.lower[t] in _LIST_CLOSERS and tt.head[t] in rest for t in rest)
    if not conj or not closed:
        return toks
    return sorted({*toks, *range(max(toks) + 1, end + 1)})


def _list_kind(ctx: _Context, token: int, *, item: bool) -> str | None:
    """What kind of list item of :func:`_with_list_continued` a token heads: "verb", a base-form verb (or
    one whose form is its base, which the tagger may read as a past: "cut", "set") that is no cue and, as
    an ``item`` after the content, has no subject or auxiliary of its own; "noun", a noun; else None."""
    tt = ctx.table
    if tt.pos[token] in ("NOUN", "PROPN"):
        return "noun"
    base = ctx.tag(token) == "VB" or (ctx.tag(token) in ("VBP", "VBD", "VBN") and tt.lower[token] == tt.lemma[token])
    if base and not ctx.is_cue(token) and not item:
        return "verb"
    if base and not ctx.is_cue(token) and not any(
            tt.dep[c] in syntax.SUBJECT_DEPS or tt.dep[c] in ("aux", "auxpass") for c in tt.children[token]):
        return "verb"
    return None


#: adverbs by which a writer marks a reason as their own inference
_INFERENCE_ADVERBS: Final = frozenset({"presumably", "apparently", "evidently", "supposedly", "ostensibly",
                                       "seemingly", "perhaps"})


def _without_trailing_aside(ctx: _Context, toks: list[int]) -> list[int]:
    """A mixed content without the writer's aside after its last quoted words: 'called Cruz the
    "ultimate hypocrite," *linking to a story about ...*', 'referenced the "Charleston loophole," *a flaw
    in the system that ...*', 'said she was "heartened" by the deal *— a small step after years of talks*'. What
    follows the closing mark and a comma or dash is cut when it is one phrase of the writer's: a
    participle phrase (not a cue of its own, which the cue rules read as a claim), an apposition or a
    noun phrase after a dash. A finite clause ("..., and the plan stalled") or a reason ("because ...")
    stays."""
    tt = ctx.table
    quoted = [i for i, t in enumerate(toks) if ctx.quote_of[t] >= 0]
    if not quoted:
        return toks
    last = quoted[-1]
    if _narration_after_quote(ctx, toks, last):
        return toks[:last + 1]
    # the comma may stand inside the closing mark ('the "ultimate hypocrite," linking to ...')
    if last >= 1 and tt.word(toks[last - 1]) == "," and last + 1 < len(toks) \
            and _is_aside(ctx, toks[last + 1:], dash=False):
        return toks[:last + 1]
    for k in range(last + 1, len(toks) - 1):
        word = tt.word(toks[k])
        if word in _ASIDE_MARKS and _is_aside(ctx, toks[k + 1:], dash=word != ","):
            return _strip_edges(tt, toks[:k])
    return toks


#: Dashes that set off a writer's gloss at the end of an indirect content.
_GLOSS_DASHES: Final = frozenset({"—", "–", "--"})
#: Dependency labels of a gloss's noun: an apposition or a loose noun phrase, not a conjunct or an object.
_GLOSS_DEPS: Final = frozenset({"appos", "npadvmod", "dep"})


def _without_dashed_gloss(ctx: _Context, toks: list[int]) -> list[int]:
    """Rule ``dashed_gloss``: an indirect content (no quoted words) that ends with a dash and a noun
    phrase opened by an article ends before the dash: 'said he would bring the jobless rate down to
    5 percent within two years *— a mark the state reached last spring*', 'urged delegates to stay
    calm on the floor *— a plea that went unheeded*'. The phrase glosses the report in the writer's
    knowledge; the speaker's words stop at the dash. Only a content with one dash (a pair of dashes
    sets off an aside inside it: 'took the cause to a wider stage -- the convention -- to ...'), and
    only one noun phrase in apposition, loose, or read as a second object of a verb that has its
    object before the dash ('want to fine the owners *— a step ...*'), opened by
    ``lexicons.GLOSS_ARTICLES``; a clause after the dash ('— that much is certain') or a conjunct stays."""
    tt = ctx.table
    if len(toks) < 3 or any(ctx.quote_of[t] >= 0 for t in toks):
        return toks
    dashes = [k for k in range(1, len(toks) - 1) if tt.word(toks[k]) in _GLOSS_DASHES]
    if len(dashes) != 1:
        return toks
    rest = toks[dashes[0] + 1:]
    if tt.lower[rest[0]] not in lexicons.GLOSS_ARTICLES:
        return toks
    root = _one_phrase_root(tt, rest)
    if root is None or tt.pos[root] not in ("NOUN", "PROPN"):
        return toks
    second_object = tt.dep[root] == "dobj" and any(
        tt.dep[c] == "dobj" and c < toks[dashes[0]] for c in tt.children[tt.head[root]])
    if tt.dep[root] not in _GLOSS_DEPS and not second_object:
        return toks
    return _strip_edges(tt, toks[:dashes[0]])


def _without_writer_connective(ctx: _Context, toks: list[int], cue: int) -> list[int]:
    """Rule ``writer_connective``: an indirect content (no quoted words) that opens its sentence with one
    of ``lexicons.WRITER_CONNECTIVES`` and a comma, with the cue after it, starts after the comma:
    '*Even so*, the fund raised $2 million last month, according to its filings', '*Still*, the mayor
    will look again at the plan, an aide said'. The connective ties the writer's sentence to the one
    before; the speaker's words follow it. Not with the cue before the content ('She said, however,
    ...' leaves no connective in it), nor a parenthetical cue inside the sentence ('*Otherwise*, she
    said, prices will rise': the opener may be the speaker's), nor a word of time ("Now, ...")."""
    tt = ctx.table
    if len(toks) < 4 or toks[-1] > cue or any(ctx.quote_of[t] >= 0 for t in toks):
        return toks
    at = tt.idx[toks[0]]
    before = ctx.text[max(0, at - 12):at].rstrip(" \t\u00a0").rstrip(lexicons.QUOTE_CHARS)
    if before.strip() and not before.endswith((".", "!", "?", "\n")):
        return toks
    for words in lexicons.WRITER_CONNECTIVES:
        n = len(words)
        if len(toks) > n + 2 and tuple(tt.lower[t] for t in toks[:n]) == words and tt.word(toks[n]) == ",":
            return _strip_edges(tt, toks[n + 1:])
    return toks


#: An interview's turn labels: the line "Q: ..." is the interviewer's, "A: ..." the guest's.
_TURN_LABELS: Final = frozenset({"q", "a", "question", "answer"})


def _without_turn_label(ctx: _Context, toks: list[int]) -> list[int]:
    """Rule ``turn_label``: a content that opens a line of a Q&A interview starts after the turn's label
    ("*Q:* Voters in both parties, the surveys tell us, feel left behind": the label "Q:" names whose
    turn it is, it is not a word of what was said). A label is one of ``_TURN_LABELS`` and a colon at the
    start of its line (only space before it), outside quote marks."""
    tt = ctx.table
    if len(toks) < 3 or tt.lower[toks[0]] not in _TURN_LABELS or tt.word(toks[1]) != ":" \
            or ctx.quote_of[toks[0]] >= 0:
        return toks
    at = tt.idx[toks[0]]
    line_start = ctx.text.rfind("\n", 0, at) + 1
    if ctx.text[line_start:at].strip():
        return toks
    return _strip_edges(tt, toks[2:])


#: Present-tense modals: after a past cue the speaker's own "will" is reported as "would".
_PRESENT_MODALS: Final = frozenset({"will", "can", "may", "shall", "'ll"})


def _without_relative_gloss(ctx: _Context, toks: list[int], cue: int) -> list[int]:
    """Rule ``relative_gloss``: an indirect content after a past-tense cue ends before a trailing ", which
    ..." / ", who ..." clause on a name that is in the present tense: 'said he would quarantine travellers
    over the Hendra virus*, which is spread by bats*', 'did not say it would be Ortiz*, who has a wide
    lead*', 'asked that the court extradite Mr. Lund*, who has lived in Ohio for a decade*'. The speaker's
    words are reported in the past ("would"); a clause in the present ("is", "has", "will") tells the
    reader's time and is the writer's gloss on the name. Read: the last comma of the content, then "which"
    or "who" as the subject of a relative clause that runs to the content's end, hung on a proper noun or a
    noun with a proper noun in its compound ('the Hendra virus'), whose verb or auxiliary is a present form
    (VBZ, VBP, or :data:`_PRESENT_MODALS`). The cue is past: "said", or "did" / "had" with it. Not after a cue in
    the present or perfect ('says', 'has said':
    the present may be the speaker's), a past-tense clause ('Gruenberg*, who was nominated in 2011*': the
    speaker may have said it), a common noun ('the plan*, which is fair*'), nor a content with quoted words."""
    tt = ctx.table
    past = ctx.tag(cue) == "VBD" or any(tt.dep[c] == "aux" and ctx.tag(c) == "VBD" for c in tt.children[cue])
    if len(toks) < 6 or toks[0] < cue or not past or any(ctx.quote_of[t] >= 0 for t in toks):
        return toks
    commas = [k for k in range(2, len(toks) - 2) if tt.word(toks[k]) == ","]
    if not commas:
        return toks
    k = commas[-1]
    pronoun = toks[k + 1]
    verb = tt.head[pronoun]
    if tt.lower[pronoun] not in ("which", "who") or tt.dep[pronoun] not in ("nsubj", "nsubjpass") \
            or tt.dep[verb] != "relcl":
        return toks
    noun = tt.head[verb]
    if noun >= toks[k] or noun not in toks or not (
            tt.pos[noun] == "PROPN"
            or (tt.pos[noun] == "NOUN" and any(tt.dep[c] == "compound" and tt.pos[c] == "PROPN"
                                               for c in tt.children[noun]))):
        return toks
    clause = set(ctx.subtree_ids(verb))
    if any(t not in clause and not (tt.is_punct[t] or tt.is_space[t]) for t in toks[k + 1:]):
        return toks
    forms = [verb, *(c for c in tt.children[verb] if tt.dep[c] in ("aux", "auxpass"))]
    first = min(forms)
    if ctx.tag(first) not in ("VBZ", "VBP") and tt.lower[first] not in _PRESENT_MODALS:
        return toks
    kept = _strip_edges(tt, toks[:k])
    return kept if len(kept) >= 3 else toks


#: Nouns of the event a statement is made at: "in an interview with CNN", "at a rally in Ohio", "on Friday's
#: broadcast of ...". Rule ``reporting_frame``.
_REPORTING_EVENTS: Final = frozenset({
    "interview", "rally", "broadcast", "conference", "hall", "appearance", "edition", "episode", "segment",
})
#: Auxiliaries of a clause that tells of a coming or possible event (a rally it names may be that event).
_PROSPECT_AUXILIARIES: Final = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "wo"})


def _without_reporting_frame(ctx: _Context, toks: list[int], cue: int) -> list[int]:
    """Rule ``reporting_frame``: an indirect complement after its cue ends before a trailing phrase of
    the writer's that says where the words were said: 'said the tax was a mistake *in an interview with
    CNN on Sunday*', 'said the mayor was wrong *on Monday at a rally in Ohio*', 'stated that the story has
    moved *on Friday's broadcast of "The Show."*'. The parse hangs the phrase on the complement's verb,
    but it dates and places the cue's act, not the speaker's. Read: a preposition ("in", "at", "on",
    "during") hung on the complement's root after it, whose object is a noun of
    :data:`_REPORTING_EVENTS`, with nothing after its phrase but words of time ("on Sunday", "last
    week"), and the same words of time right before it. Not a clause of a coming or possible event
    ('said he will speak *at a rally in Iowa*', "would", an infinitive), nor a past deed that may have
    been done there ('said she took questions *during an appearance*': only "be" in the past), nor a
    content with a quote of the speaker's inside the phrase (a title after "of" is no speaker's quote),
    nor an object or other kind of content ('questioned the commitment *in an interview*': the interview may be the
    one commented on)."""
    tt = ctx.table
    if len(toks) < 5 or toks[0] < cue:
        return toks
    inside = set(toks)
    roots = [t for t in toks if tt.head[t] not in inside or tt.head[t] == t]
    if len(roots) != 1:
        return toks
    root = roots[0]
    bare = not any(tt.dep[c] in ("aux", "auxpass") for c in tt.children[root])
    if (ctx.tag(root) in ("VB", "VBG", "VBN") and bare) \
            or any(tt.lower[c] in _PROSPECT_AUXILIARIES or (tt.lower[c] == "to" and tt.dep[c] == "aux")
                   for c in tt.children[root]):
        return toks
    if (ctx.tag(root) == "VBD" and tt.lemma[root] != "be") or any(
            tt.lower[c] == "did" and tt.dep[c] == "aux" for c in tt.children[root]):
        return toks  # a past deed may have been done there: 'said she took questions *during an appearance*'
    last = toks[-1]
    copula = tt.lemma[root] == "be"
    for p in toks:
        if p <= root or tt.dep[p] != "prep" or tt.lower[p] not in ("in", "at", "on", "during"):
            continue
        owner = tt.head[p]
        # hung on the root, or, after "be", on a word of what the subject is said to be: 'said X was the
        # founder of the group *at a rally*' (a state is not had at a rally)
        if owner != root and not (copula and root < owner < p and owner in inside):
            continue
        if not _reporting_event(tt, p):
            continue
        frame = set(ctx.subtree_ids(p))
        siblings = [c for c in (*tt.children[root], *tt.children[owner]) if c in inside and not tt.is_punct[c]]
        for c in siblings:
            if c > p and _time_phrase(ctx, c):
                frame.update(ctx.subtree_ids(c))
        if any(t not in frame and not (tt.is_punct[t] or tt.is_space[t]) for t in toks if p < t <= last):
            continue
        start = p
        earlier = sorted(c for c in set(siblings) if c < p and c > root and _time_phrase(ctx, c))
        while earlier and max(ctx.subtree_ids(earlier[-1])) == start - 1:
            start = min(ctx.subtree_ids(earlier.pop()))
        quoted = [t for t in toks if t >= start and ctx.quote_of[t] >= 0]
        if quoted and not any(tt.lower[t] == "of" for t in range(start, quoted[0])):
            continue  # the speaker's quoted words in the phrase; a title after "of" is none
        kept = _strip_edges(tt, [t for t in toks if t < start])
        return kept if len(kept) >= 3 else toks
    return toks


def _reporting_event(tt: TokenTable, prep: int) -> bool:
    """Whether the object of ``prep`` is a noun of :data:`_REPORTING_EVENTS` ("a town hall", "a press
    conference", not any hall or conference), one event with "a", "the" or a day's ("Friday's broadcast"): not
    a plural nor a possessive pronoun ("violence *at his rallies*" is what the speaker blames)."""
    objects = [c for c in tt.children[prep] if tt.dep[c] == "pobj"]
    if not objects or tt.lemma[objects[0]] not in _REPORTING_EVENTS:
        return False
    noun = objects[0]
    if tt.lower[noun] != tt.lemma[noun]:
        return False  # a plural
    # one event, "a" / "the" / a day's: 'violence *at his rallies*', 'protests *at Trump rallies*' are the speaker's
    if not any((tt.dep[c] == "det" and tt.lower[c] in ("a", "an", "the"))
               or (tt.dep[c] == "poss" and tt.ent_type[c] in ("DATE", "TIME")) for c in tt.children[noun]):
        return False
    if tt.lemma[noun] == "hall":
        return tt.lower[noun - 1] == "town"
    return tt.lemma[noun] != "conference" or tt.lower[noun - 1] in ("press", "news")


def _time_phrase(ctx: _Context, tok: int) -> bool:
    """Whether the phrase ``tok`` heads only dates the act: a noun of time ("Sunday", "last week") or a
    preposition whose object is one ("on Sunday", "in March")."""
    tt = ctx.table
    if tt.dep[tok] in ("npadvmod", "tmod") or (tt.dep[tok] == "advmod" and tt.lower[tok] in ("today", "yesterday")):
        return tt.ent_type[tok] in ("DATE", "TIME") or tt.lower[tok] in ("today", "yesterday")
    if tt.dep[tok] == "prep" and tt.lower[tok] in ("on", "in", "at", "during"):
        objects = [c for c in tt.children[tok] if tt.dep[c] == "pobj"]
        return bool(objects) and tt.ent_type[objects[0]] in ("DATE", "TIME") and len(ctx.subtree_ids(tok)) <= 5
    return False


def _narration_after_quote(ctx: _Context, toks: list[int], last: int) -> bool:
    """'Hale said: "We will not back down," *and the crowd cheered*': a content that is one whole quote
    (it opens with the quote's mark) and goes on with a clause joined by "and" or "but" after the
    closing mark ends at the mark: the speaker's words are the quoted ones, the clause is the writer's.
    A mixed content ('said the plan was "dead," and the vote would fail') keeps its clause."""
    tt = ctx.table
    quote_of, first = ctx.quote_of, toks[0]
    quote = quote_of[first]
    if quote < 0 or any(quote_of[t] != quote for t in toks[:last + 1]):
        return False
    start = first
    while start > 0 and quote_of[start - 1] == quote and tt.word(start - 1) in lexicons.QUOTE_CHARS:
        start -= 1  # the opening mark, left out of the content
    if start > 0 and quote_of[start - 1] == quote:
        return False  # the content starts inside the quote
    rest = [t for t in toks[last + 1:] if not (tt.is_punct[t] or tt.is_space[t])]
    # a finite verb of its own ("and the crowd cheered", "and shared a link"), not a relative clause
    # ("and who is ...") nor an elliptical phrase ("and no order to wait")
    return len(rest) > 1 and tt.dep[rest[0]] == "cc" and tt.lower[rest[0]] in ("and", "but") \
        and ctx.tag(rest[1]) not in ("WP", "WDT", "WRB") and any(ctx.tag(t) in _FINITE_TAGS for t in rest)


#: Penn tags of finite verbs.
_FINITE_TAGS: Final = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _one_phrase_root(tt: TokenTable, rest: list[int]) -> int | None:
    """The root of ``rest`` (consecutive tokens at the end of a content) where it is one phrase: a run with no
    gap whose words hang from a single token inside it (punctuation aside); else None."""
    inside = set(rest)
    roots = [t for t in rest if tt.head[t] not in inside and not (tt.is_punct[t] or tt.is_space[t])]
    if len(roots) != 1 or rest[-1] - rest[0] != len(rest) - 1:
        return None
    return roots[0]


def _is_aside(ctx: _Context, rest: list[int], *, dash: bool) -> bool:
    """Whether ``rest`` (the end of a content, after a comma or a dash) is one phrase of the writer's: a
    participle phrase that hangs outside the reported clause (on the cue: "said ..., making air quotes")
    and is no cue itself, an apposition to quoted words ('the "Charleston loophole," a flaw in ...'), or
    a noun phrase after a dash."""
    tt = ctx.table
    root = _one_phrase_root(tt, rest)
    if root is None:
        return False
    up = tt.head[root]
    if ctx.tag(root) in ("VBG", "VBN"):
        outside = ctx.is_cue(up) or ctx.quote_of[up] >= 0 or any(
            tt.dep[c] == "mark" and tt.lower[c] in _TIME_MARKS for c in tt.children[root])
        return tt.dep[root] in _ASIDE_DEPS and outside and not ctx.is_cue(root) and not any(
            tt.dep[c] in syntax.SUBJECT_DEPS for c in tt.children[root])
    if tt.dep[root] == "appos":
        return ctx.quote_of[up] >= 0
    return dash and tt.pos[root] in ("NOUN", "PROPN") and tt.dep[root] != "conj"


def _is_finite(ctx: _Context, verb: int) -> bool:
    dep, lower, kids = ctx.table.dep, ctx.table.lower, ctx.table.children[verb]
    if any(dep[c] == "mark" and lower[c] in syntax.COMPLEMENTIZERS for c in kids):
        return True
    return ctx.tag(verb) in ("VBD", "VBZ", "VBP", "MD") or any(dep[c] in ("aux", "auxpass") and ctx.tag(c) in (
        "VBD", "VBZ", "VBP", "MD") for c in kids)


def _has_words(text: str, spans: list[tuple[int, int]]) -> bool:
    """Some span of ``text`` holds a letter or a digit."""
    return any(_WORD_CHAR.search(text, s, e) is not None for s, e in spans)


def _fit_to_quotes(ctx: _Context, claim: _Claim, *, collapse: bool = True) -> None:
    """Align a content with the quote marks it touches.

    A content that lies inside one quote, or covers little else, becomes that quote (direct); one
    that cuts a quote in two grows to the whole quote.
    """
    start, end = claim.content[0]
    touched = ctx.quotes_in(start, end)
    if touched:
        last = ctx.marked[touched[-1]]
        if start < last.start and end < last.inner[1] and _opens_sentence(ctx.text, last.start, start):
            # 'the industry was over-supplied, he said. "It was waiting ...' (sentences the parse ran
            # together): a quote that opens a new sentence is not part of this content
            end = last.start
            while end > start and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in ".!?"):
                end -= 1
            claim.content = [(start, end)]
            touched = touched[:-1]
    if not touched:
        return
    for qi in touched:
        q = ctx.marked[qi]
        start, end = min(start, q.inner[0]), max(end, q.inner[1])
    claim.quotes = touched
    if collapse and len(touched) == 1 and _little_outside(ctx.text, start, end, ctx.marked[touched[0]].fragments):
        claim.content = list(ctx.marked[touched[0]].fragments)
        claim.direct = True
    else:
        claim.content = [(start, end)]


def _opens_sentence(text: str, at: int, floor: int) -> bool:
    """Whether a quote mark at ``at`` opens a sentence: after a full stop, "?" or "!" (then space)."""
    before = text[floor:at].rstrip()
    return before.endswith((".", "?", "!")) and not before.endswith((" Mr.", " Mrs.", " Ms.", " Dr.", " St."))


def _little_outside(text: str, start: int, end: int, fragments: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` has few letters and digits outside the quoted ``fragments``: at most
    3, or a tenth of the quoted characters."""
    inner_chars = sum(e - s for s, e in fragments)
    return _word_chars_outside(text, start, end, fragments) <= max(3, 0.1 * inner_chars)


def _word_chars(text: str, start: int, end: int) -> int:
    return sum(map(str.isalnum, text[start:end]))


def _word_chars_outside(text: str, start: int, end: int, fragments: Sequence[tuple[int, int]]) -> int:
    """The letters and digits of ``text[start:end]`` outside the quoted ``fragments`` (sorted, disjoint,
    all inside ``start:end``): the quoted words are not counted at all, rather than counted twice and
    subtracted."""
    count, pos = 0, start
    for s, e in fragments:
        count += _word_chars(text, pos, s)
        pos = e
    return count + _word_chars(text, pos, end)


def _according_to(ctx: _Context, according: int) -> list[_Claim]:
    """"Y, according to X" and "According to X, Y"."""
    tt = ctx.table
    dep, children = tt.dep, tt.children
    to = next((c for c in children[according] if tt.lower[c] == "to"), None)
    if to is None:
        return []
    pobj = next((c for c in children[to] if dep[c] == "pobj"), None)
    head = tt.head[according]
    if pobj is None or head == according:
        return []
    while dep[head] not in ("ROOT", "ccomp", "conj") and tt.head[head] != head and tt.pos[head] not in ("VERB", "AUX"):
        head = tt.head[head]
    if _ends_sentence_after_comma(ctx, according):
        # "He came back and said little, according to one guest": a phrase set off at the end of its
        # sentence vouches for the whole clause, not the conjunct or subordinate clause it hangs on
        # (a reported complement keeps its own source: "Lee said that ..., according to the Herald")
        while dep[head] not in ("ROOT", "ccomp") and tt.head[head] != head:
            head = tt.head[head]
    excluded = set(ctx.subtree_ids(according))
    clause = [t for t in ctx.subtree_ids(head) if t not in excluded]
    spans = _around_aside(ctx, clause, according) if tt.head[according] == head else None
    if spans is None:
        span = ctx.char_span(_without_writer_connective(
            ctx, _strip_edges(tt, _same_side(tt, clause, according)), according))
        spans = [span] if span is not None else []
    if spans and _source_tail(ctx, according, spans[0][0]):
        spans = _clause_before(ctx, according)
    if not spans:
        return []
    claim = _mention_of(ctx, pobj).apply(
        _Claim(rule="according_to", content=spans, cue=ctx.char_span(sorted([according, to])), cue_root=according))
    _fit_to_quotes(ctx, claim)
    return [claim]


def _source_tail(ctx: _Context, according: int, start: int) -> bool:
    """Rule ``source_tail``: "Y, according to an email previously kept secret" (or "... to reports that
    the campaign is filing", "... to a poll last week"), where the parse hung the source's own modifier
    outside the "according to" phrase and the content found is that modifier: a content that starts
    right after the phrase (nothing but white space between) while the phrase does not open its
    sentence is the reporter's description of the source, no claim: the claim is the clause before the
    phrase (``_clause_before``), if there is one. "According to the poll Trump
    leads" (the phrase opens the sentence, after at most a conjunction or an adverb) and "Y, according
    to X, Z" (a mark between) stay."""
    tt = ctx.table
    last = ctx.right_edge(according)
    while last > according and (tt.is_punct[last] or tt.is_space[last]):
        last -= 1  # the comma the parse hangs on the source ("according to X, Y") is a mark between
    phrase_end = tt.end[last]
    if start < phrase_end or ctx.text[phrase_end:start].strip():
        return False
    first = ctx.first_word(according)
    return any(tt.pos[t] not in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in range(first, according))


def _clause_before(ctx: _Context, according: int) -> list[tuple[int, int]]:
    """For ``source_tail``: the words of the sentence before the "according to" phrase, the clause it
    vouches for ("Y, according to an email previously kept secret": Y), when they hold a verb and at
    least three words; otherwise none ("That's according to reports that ...": no claim)."""
    tt = ctx.table
    ids = _strip_edges(tt, list(range(ctx.first_word(according), according)))
    words = [t for t in ids if not tt.is_punct[t] and not tt.is_space[t]]
    if len(words) < 3 or not any(tt.pos[t] in ("VERB", "AUX") for t in words):
        return []
    span = ctx.char_span(ids)
    return [span] if span is not None else []


def _ends_sentence_after_comma(ctx: _Context, according: int) -> bool:
    """Whether an "according to" phrase follows a comma and ends its sentence."""
    tt = ctx.table
    left, after = ctx.left_edge(according), ctx.right_edge(according) + 1
    while after < len(tt) and (tt.is_space[after] or tt.word(after) in lexicons.CLOSERS):
        after += 1
    return left > 0 and tt.word(left - 1) == "," and (after >= len(tt) or tt.word(after) in (".", "!", "?"))


def _around_aside(ctx: _Context, clause: list[int], according: int) -> list[tuple[int, int]] | None:
    """"Most voters, according to the survey, want lower taxes": an "according to" phrase set off by
    commas between the subject and the rest of the clause it reports; the clause on both sides of it is
    the content (two fragments). None when the phrase is not inside the clause."""
    tt = ctx.table
    left, right = ctx.left_edge(according), ctx.right_edge(according)
    before = _strip_edges(tt, [t for t in clause if t < left])
    after = _strip_edges(tt, [t for t in clause if t > right])
    subject = _subject(ctx, tt.head[according])
    if not before or not after or left == 0 or tt.word(left - 1) != "," or tt.dep[after[0]] == "cc" or \
            subject is None or subject not in before or not any(tt.pos[t] in ("VERB", "AUX") for t in after):
        # "A won Ohio, according to X, and B won Iowa": the phrase ends the first conjunct; "In Ohio,
        # according to X, Lee leads": what follows the phrase is the statement
        return None
    spans = [ctx.char_span(before), ctx.char_span(after)]
    return [s for s in spans if s is not None]


def _nominal(ctx: _Context, noun: int) -> list[_Claim]:
    """"his claim that X", "the ministry's statement that X"."""
    tt = ctx.table
    dep, lower, children = tt.dep, tt.lower, tt.children
    for child in children[noun]:
        if dep[child] in ("acl", "ccomp") and any(
            dep[g] == "mark" and lower[g] == "that" for g in children[child]
        ):
            toks = _clause_tokens(ctx, child)
            span = ctx.char_span(toks)
            if span is None:
                return []
            owner = next((c for c in children[noun] if dep[c] == "poss"), None)
            owner_ok = owner is not None and (tt.pos[owner] != "PRON" or lower[owner] in lexicons.PERSON_PRONOUNS)
            claim = _mention_of(ctx, owner if owner_ok else _nominal_author(ctx, noun)).apply(
                _Claim(rule="nominal", content=[span], cue=ctx.char_span([noun]), cue_root=noun))
            _fit_to_quotes(ctx, claim)
            return [claim]
    return []


#: Prepositions after a statement noun that name who holds or puts forward the statement.
_AUTHOR_PREPS = frozenset({"by", "from", "among"})


def _nominal_author(ctx: _Context, noun: int) -> int | None:
    """Who puts forward a statement noun with no possessive: its "by", "from" or "among" phrase ("claims
    by the agencies that ...", "an admission from Warren that ...", "the feeling among voters that
    ..."), or the subject of a verb that puts it forward ("he made the suggestion that ...", "Lee
    floated the notion that ...", "Lee echoed the claim that ...": :func:`sources._holder_of_statement_noun`)."""
    tt = ctx.table
    dep, children = tt.dep, tt.children
    for child in children[noun]:
        # "claims by the agencies", "an admission from the senator", "the feeling among many voters"
        if dep[child] == "prep" and tt.lower[child] in _AUTHOR_PREPS and child > noun:
            return next((g for g in children[child] if dep[g] == "pobj"), None)
    return _holder_of_statement_noun(ctx, noun)
