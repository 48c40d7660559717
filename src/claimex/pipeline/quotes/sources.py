"""Sources: the speaker mention of a cue (its subject, the agent of a passive, a relative pronoun's antecedent)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ... import lexical, lexicons, syntax
from ..tokens import TokenTable
from .context import _MAX_APPOSITION_TOKENS, _MENTION_KEEP, _Claim, _Context

# ---------------------------------------------------------------------------------------------------
# Sources: the speaker mention of a cue.


def _mention_tokens(ctx: _Context, head: int) -> list[int]:
    """The mention of a speaker around its head noun (token indices): left modifiers, "of"-phrases,
    short appositions."""
    tt = ctx.table
    dep = tt.dep
    ids = {head}
    for child in tt.children[head]:
        if dep[child] not in _MENTION_KEEP:  # clauses ("relcl", "acl", "advcl", ...) are not the mention
            continue
        if dep[child] == "amod" and child < head and ctx.is_cue(child) and ctx.token(child).is_sent_start:
            continue  # 'Continued Stone:': the cue, not a word of the name
        sub = ctx.subtree_ids(child)
        if dep[child] == "appos":  # without the clauses inside it ("a spokesman who said ...")
            clauses = {t for c in sub if dep[c] in ("relcl", "acl") and c != child for t in ctx.subtree_ids(c)}
            sub = [t for t in sub if t not in clauses]
            if len(sub) > _MAX_APPOSITION_TOKENS:
                continue
        ids.update(sub)
    # keep the contiguous run around the head, and strip punctuation at the edges (not a percent sign, the
    # head of a share: "38% say")
    first = last = head
    while first - 1 in ids:
        first -= 1
    while last + 1 in ids:
        last += 1
    punct, space, word = tt.is_punct, tt.is_space, tt.word
    # "A spokeswoman for the club - a charity billed as ... - noted": an aside between spaced dashes
    # after the head is not the mention
    if not _is_dateline(ctx, head) and _after_dateline(ctx, first, head) <= head:  # (a dateline is cut below)
        last = next((t - 1 for t in range(head + 1, last + 1) if word(t) in _DASHES and tt.idx[t] > 0
                     and ctx.text[tt.idx[t] - 1].isspace()), last)
    while first <= last and (punct[first] or space[first] or dep[first] == "cc"):
        first += 1
    while first <= last and ((punct[last] and word(last) not in (")", "%")) or space[last]):
        last -= 1
    if first <= last and word(last) == ")" and not any(word(t) == "(" for t in range(first, last + 1)):
        last -= 1
    # rule ``thing_beside_subject``: "pilots with no tie to it but with [years ...] said": the noun the
    # parse made a second subject left its conjunction and preposition behind; the mention does not end on them
    while head < last and (dep[last] == "cc" or (tt.pos[last] == "ADP" and not tt.children[last])):
        last -= 1
    if first > last:  # nothing but punctuation around the head: the head alone ("first" may be past the text)
        return [head]
    first = _after_dateline(ctx, first, head)
    first, last = _whole_hyphened_words(ctx, head, first, last)
    return list(range(first, last + 1)) if first <= last else [head]


def _hyphened_word(tt: TokenTable, i: int) -> tuple[int, int]:
    """The first and last token of the hyphened word token ``i`` is part of ("co", "-", "director" of
    "co-director": the parse splits it in three); ``(i, i)`` for a word with no hyphen."""
    first = last = i
    while first >= 2 and tt.word(first - 1) == "-" and tt.end[first - 1] == tt.idx[first] \
            and tt.end[first - 2] == tt.idx[first - 1] and tt.word(first - 2)[-1:].isalnum() \
            and tt.word(first)[:1].isalnum():
        first -= 2
    n = len(tt.idx)
    while last + 2 < n and tt.word(last + 1) == "-" and tt.end[last] == tt.idx[last + 1] \
            and tt.end[last + 1] == tt.idx[last + 2] and tt.word(last + 2)[:1].isalnum() \
            and tt.word(last)[-1:].isalnum():
        last += 2
    return first, last


def _whole_hyphened_words(ctx: _Context, head: int, first: int, last: int) -> tuple[int, int]:
    """Rule ``whole_hyphened_word`` (issue 15's speakers53 round): a mention never starts or ends inside a
    hyphened word, which the parse splits at its hyphen ("co", "-", "director"). One that ends inside it
    after its head lost the rest of a long apposition ("Tom Hale, co-director of ..."): the whole role goes,
    with the comma and article before it ("Tom Hale"); one whose head is in the word keeps the whole word
    ("the ex-wife"). One that starts inside it keeps the whole word ("co-host Tom Hale", not "host Tom Hale")
    and the words the parse hangs on its parts ("radio co-host Tom Hale", "nearly two-thirds of voters")."""
    tt = ctx.table
    word_first, word_last = _hyphened_word(tt, last)
    if word_last > last:
        if word_first > head:
            last = word_first - 1
            while last > head and (tt.is_punct[last] or tt.is_space[last] or tt.dep[last] in ("det", "cc")):
                last -= 1
        else:
            last = word_last
    word_first, word_last = _hyphened_word(tt, first)
    if word_first < word_last:
        kept = set(range(word_first, word_last + 1))
        first = min(first, word_first)
        while first > 0 and tt.head[first - 1] in kept and tt.dep[first - 1] in _WORDS_ON_A_HYPHENED_WORD \
                and ctx.quote_of[first - 1] < 0:
            first -= 1
            kept.add(first)
    return first, last


#: Dependents of a hyphened word's parts that a mention starting at the word keeps ("the", "radio" of "radio
#: co-host", "nearly" of "nearly two-thirds").
_WORDS_ON_A_HYPHENED_WORD: Final = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "advmod",
                                              "quantmod"})


def _head_of_hyphened_word(ctx: _Context, subj: int) -> int:
    """The head of a speaker whose subject the parse found inside a hyphened word ("the ex-wife of Tom Hale",
    parsed with "ex" as the subject): the word's last part ("wife"), or, when that part is a role before a
    name ("co-host Tom Hale"), the name (rule ``whole_hyphened_word``)."""
    tt = ctx.table
    last = _hyphened_word(tt, subj)[1]
    if last == subj:
        return subj
    name = tt.head[last]
    if tt.dep[last] in ("compound", "amod") and name > last and tt.pos[name] == "PROPN" and ctx.quote_of[name] < 0:
        while tt.dep[name] in ("compound", "flat") and tt.head[name] > name and tt.pos[tt.head[name]] == "PROPN":
            name = tt.head[name]  # "co-host Tom Hale": the role hangs on "Tom", a part of the name "Hale" heads
        return name
    return last


_DASHES = frozenset({"-", "--", "—", "–", "―"})


def _after_dateline(ctx: _Context, first: int, head: int) -> int:
    """The first token of a mention after a dateline that opens its paragraph: "LONDON - Britain's
    largest union", "WASHINGTON (Reuters) — The White House": the place (in capitals, perhaps with a
    date and an agency in brackets) and the dash are not the speaker."""
    tt = ctx.table
    line_start = ctx.text.rfind("\n", 0, tt.idx[first]) + 1
    if ctx.text[line_start:tt.idx[first]].strip() or not (tt.word(first).isupper() and tt.is_alpha[first]):
        return first
    for t in range(first + 1, head):
        word = tt.word(t)
        if word in _DASHES:
            after = t + 1
            while after < head and (tt.is_space[after] or tt.is_punct[after]):
                after += 1
            return after
        if tt.is_alpha[t] and not word.isupper() and not word[:1].isupper():
            return first  # a lower-case word: prose, not a dateline
    return first


def _is_dateline(ctx: _Context, token: int) -> bool:
    """Whether ``token`` is a place in capitals that opens its line ("LONDON - ...")."""
    tt = ctx.table
    line_start = ctx.text.rfind("\n", 0, tt.idx[token]) + 1
    return tt.word(token).isupper() and tt.is_alpha[token] and not ctx.text[line_start:tt.idx[token]].strip()


def _past_dateline(ctx: _Context, subj: int) -> int:
    """"TALLAHASSEE - Rep. Ann Cole on Friday said ...": the parse may make the dateline the subject and
    the name after its dash an apposition of it; the name is the subject."""
    tt = ctx.table
    if not _is_dateline(ctx, subj):
        return subj
    return next((c for c in tt.children[subj] if tt.dep[c] == "appos" and c > subj
                 and any(tt.word(t) in _DASHES for t in range(subj + 1, ctx.left_edge(c)))), subj)


#: Auxiliaries cliticised onto the word before them ("who’ve", "they'd"): never a subject.
_CLITICS = lexicons.AUX_CLITICS


def _subject(ctx: _Context, verb: int, *, prefer_outside: bool = False, agent: bool = True) -> int | None:
    """The verb's subject; the parser may also hang a quote's subject on the cue, so with
    ``prefer_outside`` one outside quote marks and nearest to the verb wins. Without a subject, the
    agent of a passive ("was told by X"), unless ``agent`` is false."""
    tt = ctx.table
    dep, lower = tt.dep, tt.lower
    subjects = [c for c in tt.children[verb] if dep[c] in syntax.SUBJECT_DEPS]
    if not subjects:  # "Lee did post ...": the parse may hang the subject on the auxiliary
        subjects = [g for c in tt.children[verb] if dep[c] == "aux" and c < verb
                    for g in tt.children[c] if dep[g] in syntax.SUBJECT_DEPS]
    if any(lower[c] in _CLITICS for c in subjects):
        # "who’ve said": the parse may take the clitic auxiliary for the subject; the word it leans on is
        subjects = sorted({c - 1 if lower[c] in _CLITICS else c for c in subjects
                           if lower[c] not in _CLITICS or (c > 0 and tt.pos[c - 1] == "PRON")})
    if prefer_outside and len(subjects) > 1:
        outside = [c for c in subjects if ctx.quote_of[c] < 0]
        subjects = sorted(outside or subjects, key=lambda c: abs(c - verb))
    subjects = _speaking_subjects_first(ctx, subjects)
    if subjects:
        return _noun_of_reduced_relative(ctx, subjects[0])
    return _agent(ctx, verb) if agent else None  # passive: "was told by X"


def _speaking_subjects_first(ctx: _Context, subjects: list[int]) -> list[int]:
    """``thing_beside_subject``: "Retired pilots with no tie to the airline but with years in bad weather
    disagreed and said ...": the parse may hang a second noun of a long subject on the verb as a subject of
    its own. When the subject that would win is a thing noun that cannot say anything (:func:`_mute`:
    "years") and another subject of the verb is a person (:data:`_PERSON_SUBJECT_ENTS`, a person, group
    or medium noun, a personal pronoun; not a place's name nor a relative "which"), and the thing noun stands
    right after a preposition the parse left with no object ("but with"), that one is the subject."""
    tt = ctx.table
    if len(subjects) < 2 or not _mute(ctx, subjects[0]) or subjects[0] < 1:
        return subjects
    before = ctx.left_edge(subjects[0]) - 1
    if before < 0 or tt.pos[before] != "ADP" or tt.children[before]:
        return subjects
    speaking = [c for c in subjects[1:] if tt.dep[c] == "nsubj" and (
        tt.ent_type[c] in _PERSON_SUBJECT_ENTS or tt.lower[c] in lexicons.PERSON_PRONOUNS
        or (tt.pos[c] == "NOUN" and _may_speak(tt, c)))]
    return speaking + [c for c in subjects if c not in speaking] if speaking else subjects


#: The entities of a second subject that :func:`_speaking_subjects_first` takes for the speaker.
_PERSON_SUBJECT_ENTS: Final = frozenset({"PERSON", "ORG", "NORP"})


def _noun_of_reduced_relative(ctx: _Context, subject: int) -> int:
    """"Voters in four counties heading to the ballot box said ...": the parse makes the participle of a reduced
    relative clause the verb's clausal subject, with the noun as the participle's own subject. The
    noun is the subject (a gerund that is a subject has none of its own: "Raising taxes would hurt")."""
    tt = ctx.table
    if tt.dep[subject] == "nsubj" and ctx.tag(subject) in ("VBZ", "VBP", "VBD"):
        # "Ann and Tom Price, the farm owners whose ... , say ...": a finite verb is no subject; the parse
        # read a plural noun ("owners") as a verb, with the names before it as its subject
        noun = next((c for c in tt.children[subject] if tt.dep[c] == "nsubj" and c < subject
                     and tt.pos[c] in ("NOUN", "PROPN") and ctx.quote_of[c] < 0), None)
        return subject if noun is None else noun
    if tt.dep[subject] != "csubj" or ctx.tag(subject) not in ("VBG", "VBN"):
        return subject
    noun = next((c for c in tt.children[subject] if tt.dep[c] == "nsubj" and c < subject
                 and tt.pos[c] in ("NOUN", "PROPN") and ctx.quote_of[c] < 0), None)
    return subject if noun is None else noun


#: The forms of the perfect's auxiliary, read by their lower-case word: the lemmatiser may leave a
#: capitalised one as it is ("Having announced that ..., Lee ...": lemma "having").
_HAVE_FORMS = frozenset({"have", "has", "had", "having", "'ve", "’ve", "'d", "’d"})

#: Verbs whose passive subject is the speaker, not the one addressed: "Lee was quoted as saying ...",
#: "she was cited as saying ..." (unlike "was told", "was asked").
_QUOTED_VERBS = frozenset({"quote", "cite"})

#: Dependencies along which a cue without a subject of its own inherits one from its head:
#: "said A and threatened B", "condemned X, writing that", "a statement saying", "likely to say".
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "ccomp", "acl", "acomp", "dobj", "pobj",
                         "attr", "oprd"})


def _source(ctx: _Context, cue: int) -> int | None:
    """The subject that speaks through ``cue``: its own, or one inherited along a chain of heads."""
    verb = _clause_before_participle(ctx, cue)
    return _inherited_subject(ctx, verb) if verb is not None else _own_source(ctx, cue)


def _clause_before_participle(ctx: _Context, cue: int) -> int | None:
    """'..., writing "Feels great to ..."': the parse makes a participle after a comma the subject of
    the quote's first verb; it speaks for the verb of the clause before its comma (returned)."""
    tt = ctx.table
    if ctx.tag(cue) != "VBG" or tt.dep[cue] not in ("nsubj", "csubj") or ctx.quote_of[tt.head[cue]] < 0 \
            or cue == 0 or tt.word(cue - 1) != ",":
        return None
    verb = tt.head[cue - 1]
    return verb if tt.pos[verb] in ("VERB", "AUX") and verb < cue else None


def _phrase_owner(ctx: _Context, noun: int) -> int:
    """The noun a phrase ending in ``noun`` is set on: "De Blasio, speaking on a radio *show*, called
    ...", "Stevens, who served ... during the 2012 *campaign*, called ...": up from the object of a
    preposition or a verb through the participle or relative clause it is in, to De Blasio, Stevens."""
    tt = ctx.table
    n = noun
    for _ in range(_MAX_PARENTHETICAL_CLIMB):
        if tt.head[n] == n or not (tt.dep[n] in ("pobj", "dobj", "prep", "acl", "relcl")
                                    or tt.pos[n] in ("VERB", "AUX", "ADP")):
            break
        n = tt.head[n]
    return n if tt.pos[n] in ("NOUN", "PROPN", "PRON") else noun


def _own_source(ctx: _Context, cue: int) -> int | None:
    """:func:`_source` for a cue that is no participle the parse made a subject."""
    tt = ctx.table
    dep, pos, lemma, head, children = tt.dep, tt.pos, tt.lemma, tt.head, tt.children
    tag = ctx.tag(cue)
    if dep[cue] == "amod" and head[cue] > cue and pos[head[cue]] == "PROPN" and ctx.token(cue).is_sent_start:
        # 'Continued Stone: "..."', quotative inversion the parse reads as an adjective on the name
        return head[cue]
    if dep[cue] == "acl" and pos[head[cue]] in ("NOUN", "PROPN") and head[cue] < cue and _active_clause(ctx, cue):
        return _subject_of_active_acl(ctx, cue)
    if (tag == "VBN" and (any(dep[c] == "auxpass" for c in children[cue]) or (dep[cue] in ("advcl", "acl") and not any(
            dep[c] == "aux" and tt.lower[c] in _HAVE_FORMS for c in children[cue])))
            and not any(dep[c] == "nsubj" for c in children[cue])) or _opening_participle_read_as_past(ctx, cue):
        # not "has said", "As the Times reported" (but "has been criticized by X" is a passive: X speaks);
        # "Asked what ..., Devine said ...", tagged as a past tense or not: the one asked answers
        return _passive_speaker(ctx, cue)  # "Asked about it, ...", "was told": the asked is not the speaker
    if dep[cue] == "acl" and tag == "VBG" and pos[head[cue]] in ("NOUN", "PROPN", "PRON") \
            and lemma[head[cue]] not in lexicons.NOMINAL_CUES:
        noun = head[cue]
        if lemma[noun] in lexicons.MEDIUM_NOUNS and dep[noun] == "dobj" and pos[head[noun]] == "VERB":
            return _source(ctx, head[noun])  # "Trump released a radio ad calling ...": Trump speaks
        sender = _sender(ctx, noun)
        if sender is not None:  # "sent a text message to supporters saying: ...": not its readers
            return _source(ctx, sender)
        up = head[noun]
        if dep[noun] in ("dobj", "dative") and lemma[up] in _ADDRESSING_VERBS and pos[up] == "VERB":
            return _source(ctx, up)  # "emailed supporters saying: ...": who wrote to them speaks
        if not _may_speak(tt, noun) and (tt.word(cue - 1) == "," or not (
                cue + 1 < len(tt) and dep[cue + 1] == "prep" and head[cue + 1] == cue)):
            # "closed the debate with a nod to the film, remarking ...", "a rally blasting ...": a
            # participle on a noun that cannot speak speaks for the subject of the clause the noun is
            # in (not "provisions relating to ...", a reduced relative clause on the noun)
            while up != head[up] and pos[up] not in ("VERB", "AUX"):
                up = head[up]
            if up != cue:
                return _inherited_subject(ctx, up) if pos[up] in ("VERB", "AUX") else None
        else:
            return noun  # "Republicans saying that ..."
    found = _participle_after_comma_source(ctx, cue)
    return _misparsed_or_inherited_subject(ctx, cue) if found == _NOT_FOUND else found


#: What :func:`_participle_after_comma_source` returns for a cue it has no reading of.
_NOT_FOUND = -1


def _participle_after_comma_source(ctx: _Context, cue: int) -> int | None:
    """The speaker of a participle after a comma or a "by" (None: nobody), or :data:`_NOT_FOUND`."""
    tt = ctx.table
    dep, pos, head, children = tt.dep, tt.pos, tt.head, tt.children
    tag = ctx.tag(cue)
    if tag == "VBG" and dep[cue] in ("advcl", "xcomp", "conj", "pcomp") and not any(
            dep[c] in syntax.SUBJECT_DEPS for c in children[cue]) and cue > 0 and (
            tt.word(_before_closing_marks(tt, cue)) == "," or dep[cue] == "pcomp"
            or (dep[cue] == "advcl" and tt.lower[cue - 1] == "and")):
        # "Trump argued that a database would help, saying ...": a participle after a comma speaks
        # for the subject of the sentence, not of the clause the parser hung it on; so does one after
        # a quote that ends in a comma ('insisted that he had "grown the party," claiming ...')
        root = tt.sentence_root(cue)
        by_verb = head[head[cue]] if dep[cue] == "pcomp" and tt.lower[head[cue]] == "by" else root
        if by_verb != root and pos[by_verb] in ("VERB", "AUX") and tt.word(_before_closing_marks(tt, cue)) != "," \
                and (dep[by_verb] not in ("relcl", "acl") or _person_relative(ctx, by_verb) is not None) \
                and not any(dep[c] in ("auxpass", "nsubjpass") for c in children[by_verb]):
            # "Lee said the mayor erred by claiming ...", "when Trump ... undermines trust by suggesting
            # ...", "a race with Hale, who angered the party by claiming ...": the one who does what the
            # preposition's verb says, in a clause of its own or a relative clause on a person (not one
            # the parse may hang the phrase on a thing: "a theme that would carry him far by urging ...")
            return _inherited_subject(ctx, by_verb)
        relative = _place_relative_before(ctx, cue) if dep[cue] == "advcl" else None
        if relative is not None:
            # "spoke in Dayton, where 200 workers had gathered, chanting ...": a participle right after
            # a "where" clause whose subject is a person or group speaks for that subject, not for the
            # subject of the sentence
            return relative
        own = _conjunct_clause_subject(ctx, cue, root)
        if own is not None:
            return own
        # (a root that is no word, a dash the tagger took for a verb after a dateline, has no subject)
        subj = _subject(ctx, root, prefer_outside=True) \
            if pos[root] in ("VERB", "AUX") and tt.is_alpha[root] and root < cue else None
        if subj is not None and ctx.quote_of[subj] < 0 and dep[subj] != "nsubjpass":
            if _may_speak(tt, subj) or tt.word(subj)[:1].isupper() or any(  # (a name the tagger took for a
                    tt.ent_type[t] in ("PERSON", "ORG", "NORP") for t in ctx.subtree_ids(subj)):  # noun, or in it)
                return subj
            # "The first incident came when protesters interrupted her, shouting ...": a sentence subject
            # that cannot speak leaves the participle to the nearest clause before it whose subject can
            nearer = _nearest_speaking_subject(ctx, root, cue)
            return nearer if nearer is not None else subj
    return _NOT_FOUND


#: Relative adverbs that open a clause about a place or time: "in Dayton, where 200 workers gathered".
_RELATIVE_ADVERBS = frozenset({"where", "when"})


def _person_relative(ctx: _Context, verb: int, *, who: bool = True) -> int | None:
    """The subject of the relative clause ``verb`` when it stands for a person or a group: the relative
    pronoun "who" ("Hale, who angered the party ...", unless ``who`` is false), or a noun that can speak
    in a clause opened by "where" or "when" ("Dayton, where 200 workers had gathered"); None for a
    clause on a thing ("a theme that would carry him far ...")."""
    tt = ctx.table
    subj = _subject(ctx, verb, agent=False)
    if subj is None or tt.dep[subj] == "nsubjpass" or ctx.quote_of[subj] >= 0:
        return None
    if tt.lower[subj] in ("who", "whom"):
        return subj if who else None
    opened = any(tt.dep[c] == "advmod" and tt.lower[c] in _RELATIVE_ADVERBS and c < subj for c in tt.children[verb])
    return subj if opened and not _mute(ctx, subj) and tt.ent_type[subj] not in ("DATE", "TIME") else None


def _place_relative_before(ctx: _Context, cue: int) -> int | None:
    """The person or group subject (:func:`_person_relative`, no "who") of a relative clause that ends
    at the comma right before the participle ``cue``, wherever the parse hung the participle."""
    tt = ctx.table
    comma = _before_closing_marks(tt, cue)
    if tt.word(comma) != "," or comma == 0:
        return None
    t = comma - 1
    for _ in range(_MAX_PARENTHETICAL_CLIMB):
        if tt.dep[t] == "relcl":
            return _person_relative(ctx, t, who=False) if ctx.right_edge(t) == comma - 1 else None
        if tt.head[t] == t or tt.head[t] > comma:
            return None
        t = tt.head[t]
    return None


#: Subjects that say nobody speaks ("the question nobody asked").
_NOBODY = frozenset({"nobody", "none", "noone", "no-one"})


def _subject_of_active_acl(ctx: _Context, cue: int) -> int:
    """"Mitt Romney, the party's nominee, tweeted: ...": the parse lost the subject of the sentence to a
    reduced relative clause that is none (:func:`_active_clause`); the noun it hangs on speaks. But a
    clause with a subject of its own is no reduced relative ("charges that Tom Hale, for one, called
    "..."": Hale speaks)."""
    tt = ctx.table
    own = next((c for c in tt.children[cue] if tt.dep[c] == "nsubj" and c < cue and ctx.quote_of[c] < 0), None)
    if own is not None and _may_speak(tt, own) and tt.lower[own] not in _NOBODY:
        return own
    noun = tt.head[cue]
    return _phrase_owner(ctx, noun) if tt.dep[noun] in ("pobj", "dobj") else noun


def _holder_of_statement_noun(ctx: _Context, noun: int) -> int | None:
    """Who holds a statement noun with no possessor: the subject of a verb that puts it forward
    (:data:`lexicons.PUTTING_FORWARD_VERBS`: "he made the suggestion that ...") or stands by it
    (:data:`lexicons.HOLDING_VERBS`: "she has a staff, a budget and the belief that ...", "Ortiz
    echoed the claim that ..."), or of a verb whose "with" names it ("stirred anger with an assertion
    that ..."), not one that opposes it (:data:`lexicons.OPPOSING_WITH_VERBS`). For the last two the
    verb is not negated ("never bought the idea that ...": the subject holds the opposite) and its
    subject can speak."""
    tt = ctx.table
    dep, head, pos = tt.dep, tt.head, tt.pos
    verb = head[noun]
    if dep[noun] == "dobj" and pos[verb] == "VERB" and tt.lemma[verb] in lexicons.PUTTING_FORWARD_VERBS:
        subject = _source(ctx, verb)
        return subject if subject is not None and dep[subject] != "nsubjpass" else None
    while dep[noun] in ("conj", "appos") and head[noun] < noun and pos[head[noun]] in ("NOUN", "PROPN"):
        noun = head[noun]  # the last of a list of objects
    verb = head[noun]
    if dep[noun] == "pobj" and tt.lower[verb] == "with" and dep[verb] == "prep":
        verb = head[verb]
        if tt.lemma[verb] in lexicons.OPPOSING_WITH_VERBS:
            return None
    elif dep[noun] != "dobj" or tt.lemma[verb] not in lexicons.HOLDING_VERBS:
        return None
    if pos[verb] != "VERB" or any(dep[c] == "neg" or tt.lower[c] == "never" for c in tt.children[verb]):
        return None
    subject = _source(ctx, verb)
    if subject is None or dep[subject] == "nsubjpass" or ctx.quote_of[subject] >= 0:
        return None
    return subject if _may_speak(tt, subject) or pos[subject] == "PROPN" else None


def _opening_participle_read_as_past(ctx: _Context, cue: int) -> bool:
    """"Asked about the vote, Lee said ...": a capitalised participle that opens its sentence as an
    adverbial clause with no subject, which the tagger took for a past tense (an adverbial clause
    with no subject cannot be finite)."""
    tt = ctx.table
    if ctx.tag(cue) != "VBD" or tt.dep[cue] != "advcl" or tt.head[cue] < cue or any(
            tt.dep[c] in syntax.SUBJECT_DEPS for c in tt.children[cue]):
        return False
    return ctx.first_word(cue) == cue and tt.word(_skip_to_comma(ctx, cue)) == ","


def _skip_to_comma(ctx: _Context, cue: int) -> int:
    """The token right after the clause of ``cue`` (its right edge + 1), or the last token."""
    return min(ctx.right_edge(cue) + 1, len(ctx.table) - 1)


def _misparsed_or_inherited_subject(ctx: _Context, cue: int) -> int | None:
    """A subject the parse put elsewhere (the readings below, in order), or the inherited one."""
    for misparsed in (_stranded_subject, _subject_of_reduced_relative, _subject_of_clause_before,
                      _subject_of_with_absolute, _subject_of_parenthetical_participle):
        found = misparsed(ctx, cue)
        if found is not None:
            return found
    return _inherited_subject(ctx, cue)


def _before_closing_marks(tt: TokenTable, token: int) -> int:
    """The token before ``token`` and any closing quote marks right before it (`,” saying`: the comma)."""
    before = token - 1
    while before > 0 and tt.word(before) in lexicons.CLOSERS and tt.is_punct[before]:
        before -= 1
    return before


def _nearest_speaking_subject(ctx: _Context, first: int, cue: int) -> int | None:
    """The subject, outside quote marks, of the finite verb nearest before ``cue`` (after token
    ``first``) that is a name, a pronoun or a person, group or medium noun."""
    tt = ctx.table
    for verb in range(cue - 1, first, -1):
        if ctx.tag(verb) not in ("VBD", "VBZ", "VBP") or ctx.quote_of[verb] >= 0:
            continue
        subj = next((c for c in tt.children[verb] if tt.dep[c] == "nsubj"), None)
        if subj is not None and ctx.quote_of[subj] < 0 and _may_speak(tt, subj):
            return subj
    return None


#: Verbs whose object is the person written or spoken to: "emailed supporters saying ...".
_ADDRESSING_VERBS = frozenset({"email", "e-mail", "text", "message", "tell", "write", "tweet", "urge", "remind",
                               "warn", "phone", "call", "address", "thank", "assure", "brief", "inform"})


def _may_speak(tt: TokenTable, token: int) -> bool:
    """A noun that can say things: a pronoun, a name, a person, group or medium noun."""
    if tt.pos[token] in ("PRON", "PROPN") or tt.ent_type[token] in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = tt.lemma[token]
    return lemma in lexicons.ROLE_NOUNS or lemma in lexicons.ORG_NOUNS or lemma in lexicons.MEDIUM_NOUNS


def _conjunct_clause_subject(ctx: _Context, cue: int, root: int) -> int | None:
    """``conjunct_clause_participle``: "Residents say the fees are unfair, and the tenants' union has sued the
    city, saying ...": a participle after a comma that hangs on a second main clause, joined to the
    sentence's main verb with a subject of its own (a person, group, name), speaks for that clause's
    subject, not the sentence's first."""
    tt = ctx.table
    verb = tt.head[cue]
    if tt.dep[cue] != "advcl" or verb == cue or tt.dep[verb] != "conj" or tt.head[verb] != root \
            or not root < verb < cue or tt.pos[verb] not in ("VERB", "AUX"):
        return None
    subj = _subject(ctx, verb, prefer_outside=True, agent=False)
    if subj is None or ctx.quote_of[subj] >= 0 or tt.dep[subj] == "nsubjpass" or not root < subj < verb \
            or tt.lower[subj] in lexicons.RELATIVE_PRONOUNS or not _may_speak(tt, subj):
        return None
    return subj


def _inherited_subject(ctx: _Context, cue: int) -> int | None:
    """The cue's own subject, or the one it inherits along a chain of heads ("said A and threatened
    B", "likely to say", "a statement saying")."""
    tt = ctx.table
    dep, pos, head = tt.dep, tt.pos, tt.head
    verb = cue
    mute: int | None = None  # a subject that cannot speak, passed over for one above it
    for _ in range(8):
        # a verb the cue hangs on lends its subject, not the agent of its passive: "was booed by the
        # crowd after telling them ...": the one booed told them
        subj = _subject(ctx, verb, prefer_outside=True, agent=verb == cue) \
            if pos[verb] in ("VERB", "AUX", "ADJ") else None
        if subj is None and dep[verb] == "conj":
            subj = _subject_of_conjunct_before(ctx, verb)
        if subj is not None:
            if dep[subj] == "nsubjpass" and verb == cue and _is_expletive(tt, subj):
                return None
            if verb != cue and tt.lower[subj] in _SITUATION_SUBJECTS and ctx.tag(subj) != "WDT":
                return None  # "it means admitting that ...", "That's not to suggest that ...": nobody speaks
            if verb == cue or ctx.tag(cue) != "VBG" or not _mute(ctx, subj) or dep[verb] not in ("advcl", "xcomp"):
                return subj
            # "She sent an email as the meeting began vowing to ...": a participle lent the subject of a
            # clause whose subject cannot speak (a meeting does not vow) speaks for the clause above it
            mute = subj if mute is None else mute
        up = head[verb]
        if up != verb and dep[verb] == "advmod" and pos[verb] == "ADV" and verb != cue:
            verb = up  # "went so far as to say": from the adverb the cue hangs on to its verb
            continue
        if up == verb or dep[verb] not in _CLIMB_DEPS:
            return mute
        controller = _object_controller(ctx, verb)
        if controller is not None:
            return controller
        if dep[verb] == "ccomp" and not ctx.is_cue(up):
            return mute
        # "X said A and threatened B": B's conj head is A, the complement of a cue; the parser
        # attached B one level too low, and B's subject is the cue's
        if dep[verb] == "conj" and ctx.is_cue(verb):
            reporting = _reporting_cue_of_conjunct(ctx, verb)
            if reporting is not None:
                verb = reporting
                continue
        verb = up
    return mute


def _mute(ctx: _Context, noun: int) -> bool:
    """A common noun that cannot say anything ("the meeting", "the vote"): no person, group or medium
    noun, no name, no counted group."""
    tt = ctx.table
    return tt.pos[noun] == "NOUN" and not _may_speak(tt, noun) and tt.word(noun).islower() and not any(
        tt.ent_type[t] in ("PERSON", "ORG", "NORP", "CARDINAL", "PERCENT") for t in ctx.subtree_ids(noun))


def _reporting_cue_of_conjunct(ctx: _Context, verb: int) -> int | None:
    """The cue whose complement a conjoined cue hangs in: the complement's root is its head ("X said A
    and threatened B"), or, for a participle, any conjunct down the complement's chain ("said the bill
    had support but was waylaid - and arguing that ...": a participle is no conjunct of a finite verb)."""
    tt = ctx.table
    dep, head = tt.dep, tt.head
    up = head[verb]
    if ctx.tag(verb) == "VBG":
        while dep[up] == "conj" and head[up] != up:
            up = head[up]
    return head[up] if dep[up] == "ccomp" and ctx.is_cue(head[up]) else None


def _subject_of_conjunct_before(ctx: _Context, verb: int) -> int | None:
    """The subject of the nearest conjunct before ``verb`` (of the same head) that has one: in "a group
    called for a boycott, and the league denounced the plan and said it would ...", "said" shares the
    subject of "denounced", not of "called"."""
    tt = ctx.table
    up = tt.head[verb]
    for sibling in sorted((c for c in tt.children[up] if tt.dep[c] == "conj" and up < c < verb), reverse=True):
        subj = _subject(ctx, sibling, prefer_outside=True, agent=False)
        if subj is not None:
            return subj
    return None


def _object_controller(ctx: _Context, verb: int) -> int | None:
    """The object that does what an infinitive says, when the verb above it causes someone to act: "the
    win led her to declare ...", "leaving some to question ...", "prompted the chairman to declare ..."
    (object control: the one led or left speaks, not the subject of "led"; for :data:`lexicons.PUSHING_VERBS`
    only when a thing pushes: "rising prices pushed the mayor to warn ..."). Not "used the speech to
    call for ..." (a purpose) nor "urged the council to reject ..." (a cue whose content it is)."""
    tt = ctx.table
    up = tt.head[verb]
    if tt.dep[verb] != "xcomp" or not any(tt.dep[c] == "aux" and tt.lower[c] == "to" for c in tt.children[verb]):
        return None
    if tt.lemma[up] in lexicons.PUSHING_VERBS:
        pusher = _subject(ctx, up, agent=False)
        if pusher is None or not _mute(ctx, pusher):
            return None  # "Lee pushed the party to call for ...": Lee's request
    elif tt.lemma[up] not in lexicons.CAUSATIVE_VERBS:
        return None
    return next((c for c in tt.children[up] if tt.dep[c] == "dobj" and c < verb and ctx.quote_of[c] < 0
                 and tt.pos[c] in ("NOUN", "PROPN", "PRON")), None)


#: Subjects that stand for a situation or a thought, not a speaker, when a cue without a subject of
#: its own inherits them: "it means acknowledging that ...", "it is worth pointing out that ...",
#: "That is not to suggest that ..." (not the relative "that", which stands for its noun).
_SITUATION_SUBJECTS = frozenset({"it", "that", "this"})


def _active_clause(ctx: _Context, cue: int) -> bool:
    """Whether a cue the parse made a reduced relative clause is an active verb: a finite form (reduced
    relatives are participles), or a participle form that takes an object or opens a quote with a
    colon ("X, a former nominee, told Mr. Obama ...", "X, the nominee, tweeted: ..."), which a passive
    participle ("X, asked about it, ...") does not."""
    tt = ctx.table
    if ctx.tag(cue) in ("VBD", "VBZ", "VBP"):
        return True
    if ctx.tag(cue) != "VBN" or tt.word(cue - 1) != ",":
        return False
    after = ctx.right_edge(cue) + 1
    return any(tt.dep[c] in ("dobj", "dative") for c in tt.children[cue]) or (
        after < len(tt) and tt.word(after) == ":") or (
        tt.lemma[cue] in lexicons.NAMING_CUES and any(  # "X, an ally, called the plan "weak"": the object
            tt.dep[c] == "oprd" and ctx.left_edge(c) == cue + 1 for c in tt.children[cue]))  # read as predicate


def _stranded_subject(ctx: _Context, cue: int) -> int | None:
    """"The Herald will call you a cheat and the Courier will accuse you ...": the parse makes the second
    clause's subject a conjunct of the first clause's object and leaves the conjoined cue with none.
    A name or noun right before a conjoined cue (and its auxiliaries), itself parsed as a conjunct of a
    noun, is the cue's subject."""
    tt = ctx.table
    dep, pos, head = tt.dep, tt.pos, tt.head
    if dep[cue] != "conj" or _subject(ctx, cue) is not None or ctx.tag(cue) in ("VBG", "VBN"):
        return None
    before = ctx.left_edge(cue) - 1
    if before < 1 or before >= cue or dep[before] != "conj" or pos[before] not in ("PROPN", "NOUN") or \
            pos[head[before]] not in ("PROPN", "NOUN", "PRON") or ctx.quote_of[before] >= 0:
        return None
    return before


#: How many heads are climbed from the last word of a parenthetical participle phrase to its verb.
_MAX_PARENTHETICAL_CLIMB = 8


#: participles a parenthetical phrase opens with ("asked about it", "noting the crowd")
_PARENTHETICAL_TAGS = frozenset({"VBD", "VBN", "VBG"})


def _subject_of_parenthetical_participle(ctx: _Context, cue: int) -> int | None:
    """'Mr. Hale, asked about the vote, had said ...', 'Sen. Ruiz, noting the crowd, said ...': the parse
    reads the participle set off by commas as a past tense (or a present participle) with the name before
    it as its subject, and leaves the cue with none. The name right
    before the comma that opens the phrase (or a name read as the object of a preposition there: "after
    Mr. Hale, asked ..."), when the phrase runs up to the comma before the cue (and its auxiliaries and
    adverbs), is the cue's subject."""
    tt = ctx.table
    dep, head = tt.dep, tt.head
    if _subject(ctx, cue) is not None:
        return None
    end = cue - 1
    while end > 0 and head[end] == cue and dep[end] in ("aux", "auxpass", "neg", "advmod"):
        end -= 1
    if end < 3 or tt.word(end) != ",":
        return None
    verb = end - 1
    for _ in range(_MAX_PARENTHETICAL_CLIMB):
        if ctx.tag(verb) in _PARENTHETICAL_TAGS and ctx.right_edge(verb) in (end - 1, end):  # (its comma, or not)
            break
        if head[verb] == verb or head[verb] >= end:
            return None
        verb = head[verb]
    else:
        return None
    if ctx.tag(verb) not in _PARENTHETICAL_TAGS or ctx.right_edge(verb) not in (end - 1, end) or \
            any(dep[c] in ("aux", "auxpass") for c in tt.children[verb]):
        return None
    name = next((c for c in tt.children[verb] if dep[c] == "nsubj" and c < verb), None)
    if name is None and not any(dep[c] in syntax.SUBJECT_DEPS for c in tt.children[verb]) and \
            dep[verb - 2] == "pobj" and tt.pos[verb - 2] == "PROPN":
        name = verb - 2  # "after Mr. Hale, asked about it, had said": the name read as the preposition's object
    if name is None or ctx.quote_of[name] >= 0 or not _may_speak(tt, name):
        return None
    return name if tt.word(verb - 1) == "," and ctx.right_edge(name) in (verb - 2, verb - 1) else None


def clause_before(ctx: _Context, cue: int) -> int | None:
    """An unquoted clause the parse hangs on a cue as a complement BEFORE it while the cue has one after
    it too: a verb reports one clause, so the one before is no content of it. Either the parse lost
    the cue's subject into it ("Sanders, who has no endorsements, said that ...", "Kohl offered him
    a job, then says she ...", with no subject left on the cue), or it is a clause of its own cut off
    by a colon, a semicolon or a dash ("The group polled its members: 1,409 teachers said they ...")."""
    tt = ctx.table
    dep, children = tt.dep, tt.children
    kids = children[cue]
    if ctx.quote_of[cue] >= 0 or not any(dep[c] == "ccomp" and c > cue for c in kids):
        return None
    before = next((c for c in kids if dep[c] == "ccomp" and c < cue and ctx.quote_of[c] < 0
                   and ctx.quote_of[ctx.left_edge(c)] < 0 and ctx.quote_of[ctx.right_edge(c)] < 0), None)
    if before is None:
        return None
    subjects = [c for c in kids if dep[c] in syntax.SUBJECT_DEPS and c < cue]
    if not subjects:
        return before
    gap = range(ctx.right_edge(before) + 1, ctx.left_edge(subjects[0]))
    return before if any(tt.word(t) in (":", ";", *_DASHES) for t in gap) else None


def _subject_of_clause_before(ctx: _Context, cue: int) -> int | None:
    """The subject the parse lost into a clause it hangs before a cue (:func:`clause_before`): that
    clause's subject, or the antecedent of its relative pronoun ("Sanders, who ...")."""
    tt = ctx.table
    if _subject(ctx, cue) is not None:
        return None
    before = clause_before(ctx, cue)
    if before is None:
        return None
    subjects = [c for c in tt.children[before] if tt.dep[c] in ("nsubj", "nsubjpass") and c < before
                and ctx.quote_of[c] < 0]
    named = [c for c in subjects if ctx.tag(c) not in ("WP", "WDT")]
    if not named or ctx.left_edge(named[0]) != ctx.left_edge(before):
        return None  # "Trump, alleging that Obama wanted ..., said": a subject inside the clause is not it
    return named[0] if _may_speak(tt, named[0]) or tt.word(named[0])[:1].isupper() else None


#: Prepositions whose object may be the subject of a gerund right after it: "ended with Maddow asking
#: ...", "was asked about Lee calling the plan a sham", "anger over Ortiz saying ...".
_GERUND_PREPS = frozenset({"with", "about", "over", "at", "by"})


def _subject_of_with_absolute(ctx: _Context, cue: int) -> int | None:
    """"The talk ended with Maddow asking whether ...", "was asked about Lee calling the plan a sham": in a
    "with" absolute, or a gerund clause after "about", "over", "at" or "by", the noun right before the
    participle is its subject, not the subject of the clause the phrase hangs on."""
    tt = ctx.table
    noun = cue - 1
    if ctx.tag(cue) != "VBG" or noun < 1 or tt.dep[noun] != "pobj" or tt.lower[tt.head[noun]] not in _GERUND_PREPS \
            or tt.head[tt.head[noun]] != tt.head[cue] or _subject(ctx, cue) is not None or ctx.quote_of[noun] >= 0:
        return None
    return noun if _may_speak(tt, noun) else None


def _subject_of_reduced_relative(ctx: _Context, cue: int) -> int | None:
    """"Activists clamoring to block him say ...", "Sources privy to the talks say ...": the parse takes
    the participle or adjective of a reduced relative clause for the main verb, with the noun as its
    subject, and hangs the finite cue on it as an unlabelled dependent. The noun is the cue's subject."""
    tt = ctx.table
    up = tt.head[cue]
    if tt.dep[cue] != "dep" or up >= cue or ctx.tag(cue) not in ("VBD", "VBZ", "VBP") or not (
            ctx.tag(up) in ("VBG", "VBN", "JJ") or _participle_read_as_past(ctx, up)) or _subject(ctx, cue) is not None:
        return None
    subject = next((c for c in tt.children[up] if tt.dep[c] == "nsubj"), None)
    return subject if subject is not None and ctx.quote_of[subject] < 0 else None


def _participle_read_as_past(ctx: _Context, verb: int) -> bool:
    """"Figures reported on Monday now suggest ...": a regular past form ("-ed", the same as the participle)
    with no object, followed by a second finite verb with no conjunction: a reduced relative clause."""
    tt = ctx.table
    return ctx.tag(verb) == "VBD" and tt.lower[verb].endswith("ed") and not any(
        tt.dep[c] in ("dobj", "ccomp", "xcomp", "cc", "conj", "aux", "auxpass") for c in tt.children[verb])


def _sender(ctx: _Context, noun: int) -> int | None:
    """The verb that sends a message to ``noun``, its recipient: "sent a text message *to supporters*",
    "a letter *to the board*" (the object of "to", on a medium noun or on a verb whose object is one)."""
    tt = ctx.table
    dep, head, lemma, pos = tt.dep, tt.head, tt.lemma, tt.pos
    to = head[noun]
    if dep[noun] != "pobj" or tt.lower[to] != "to":
        return None
    up = head[to]
    if lemma[up] in lexicons.MEDIUM_NOUNS and dep[up] == "dobj":
        up = head[up]
    elif not any(dep[c] == "dobj" and lemma[c] in lexicons.MEDIUM_NOUNS for c in tt.children[up]):
        return None
    return up if pos[up] == "VERB" else None


def _passive_speaker(ctx: _Context, cue: int) -> int | None:
    """The speaker of a passive cue: its agent ("was told by X"), but the subject of one whose passive
    subject is the one quoted ('"...," Lee is quoted as saying')."""
    tt = ctx.table
    if tt.lemma[cue] in _QUOTED_VERBS:
        quoted = next((c for c in tt.children[cue] if tt.dep[c] == "nsubjpass" and ctx.quote_of[c] < 0), None)
        if quoted is not None:
            return quoted
    return _agent(ctx, cue)


def _agent(ctx: _Context, verb: int) -> int | None:
    dep, children = ctx.table.dep, ctx.table.children
    for child in children[verb]:
        if dep[child] == "agent":
            return next((g for g in children[child] if dep[g] == "pobj"), None)
    return None


def _is_expletive(tt: TokenTable, token: int) -> bool:
    return tt.dep[token] == "expl" or (tt.lower[token] in ("it", "there") and tt.dep[token] == "nsubjpass")


@dataclass(slots=True)
class _Source:
    """A cue's speaker mention as written, and for "who"/"which" the noun phrase it stands for."""

    span: tuple[int, int] | None = None
    root: int | None = None
    ref: tuple[int, int] | None = None
    ref_root: int | None = None

    def apply(self, claim: _Claim) -> _Claim:
        claim.mention, claim.mention_root, claim.ref, claim.ref_root = self.span, self.root, self.ref, self.ref_root
        return claim


def _name_read_as_verb(ctx: _Context, subj: int) -> bool:
    """'"...," Trump shot back.': a capitalised subject word inside the sentence, with no word of its own
    (a clausal subject has some: "Saying so was wrong"), is a name the tagger took for a verb."""
    tt = ctx.table
    tag = ctx.tag(subj)
    return ((tag in ("VB", "VBP") or (tag in ("VBG", "VBN", "VBD", "VBZ") and tt.dep[subj] == "nsubj"))
            and tt.word(subj)[:1].isupper() and tt.word(subj)[1:].islower()
            and not ctx.token(subj).is_sent_start and not tt.children[subj])


def _mention_of(ctx: _Context, subj: int | None) -> _Source:
    tt = ctx.table
    if subj is None or _is_expletive(tt, subj) or ctx.quote_of[subj] >= 0:
        return _Source()
    if tt.lower[subj] in lexicons.NON_SPEAKERS or (
            tt.pos[subj] in ("VERB", "AUX") and not _name_read_as_verb(ctx, subj)):
        return _Source()  # a clausal subject is no speaker
    subj = _past_dateline(ctx, subj)
    clause = tt.head[subj]
    while tt.dep[clause] == "conj" and tt.head[clause] < clause:
        clause = tt.head[clause]  # "a backer whose district went for her but who said ...": the relative clause
    if tt.lower[subj] in lexicons.RELATIVE_PRONOUNS and ctx.tag(subj) in ("WP", "WDT") \
            and tt.dep[clause] == "relcl":
        noun = tt.head[clause]
        noun = _noun_before_participle(ctx, noun, subj) or noun
        if ctx.quote_of[noun] >= 0:
            return _Source()
        if tt.lemma[noun] in lexicons.MEDIUM_NOUNS and tt.dep[noun] == "dobj" and tt.pos[tt.head[noun]] == "VERB":
            # "Trump released a video that said ...", as "... a video saying": who put it out speaks
            issuer = _subject(ctx, tt.head[noun])
            if issuer is not None and tt.dep[issuer] != "nsubjpass" and ctx.quote_of[issuer] < 0 \
                    and tt.lower[issuer] not in lexicons.RELATIVE_PRONOUNS:
                return _mention_of(ctx, issuer)
        own = ctx.char_span([subj])
        parsed = noun
        noun = _relative_in_apposition(ctx, noun, subj) if tt.lower[subj] in ("who", "whom") \
            else _body_of_place(ctx, noun)
        if tt.dep[noun] == "appos" and tt.pos[tt.head[noun]] == "PROPN" and tt.pos[noun] == "NOUN" and \
                ctx.quote_of[tt.head[noun]] < 0:
            noun = tt.head[noun]  # "Tom Hale, a Lee backer who said ...": the name the description is in apposition to
        toks = _mention_tokens(ctx, noun)
        if noun != parsed and noun < subj:
            # the phrase the relative clause hangs in ("the ACLU of Idaho, which said ..."): not the clause
            toks = [t for t in toks if t < subj]
            while len(toks) > 1 and (tt.is_punct[toks[-1]] or tt.is_space[toks[-1]]):
                toks.pop()
        return _Source(own, subj, ctx.char_span(toks), noun)
    subj = _head_of_hyphened_word(ctx, subj)
    owned = subj
    subj = _owner_of_bearing(ctx, subj)
    toks = _mention_tokens(ctx, subj)
    if subj != owned:  # "Mr. Hale's": the owner's name without its possessive ending
        toks = [t for t in toks if tt.dep[t] != "case"] or [subj]
    named = _named_apposition(ctx, subj, toks)
    if named is not None:
        subj, toks = named, _mention_tokens(ctx, named)
    name = _name_given(ctx, subj)
    if name is not None and toks[0] < subj:
        # "a teacher named Tom Ortiz said ...": the name is the speaker's, the description its role
        last = ctx.right_edge(name)
        while last > name and (ctx.table.is_punct[last] or ctx.table.is_space[last]):
            last -= 1
        return _Source(ctx.char_span(list(range(toks[0], last + 1))), name)
    return _Source(ctx.char_span(toks), subj)


def _owner_of_bearing(ctx: _Context, subj: int) -> int:
    """Rule ``owner_of_bearing``: a person's face, bearing or stance (:data:`lexicons.BEARING_NOUNS`) as
    the subject of a cue speaks for its owner, named by a possessive that can speak (a name, a person,
    group or medium noun): "*Mr. Hale's* eyes welled with tears and urged ...", "*the senator's*
    rhetoric calling for ...", "*Lopez's* decision to walk out, complaining about ...". Not a noun with
    no possessive ("the decision"), nor one with a possessive pronoun ("his eyes": the speaker stage
    follows a bare "his" less surely than the noun's own phrase)."""
    tt = ctx.table
    if tt.pos[subj] != "NOUN" or tt.lemma[subj] not in lexicons.BEARING_NOUNS:
        return subj
    owner = next((c for c in tt.children[subj] if tt.dep[c] == "poss" and c < subj), None)
    if owner is None or ctx.quote_of[owner] >= 0 or tt.pos[owner] == "PRON":
        return subj
    lemma = tt.lemma[owner]
    person = _may_speak(tt, owner) or lemma in lexicons.MALE_WORDS or lemma in lexicons.FEMALE_WORDS
    return owner if person else subj


#: How many prepositional phrases :func:`_relative_in_apposition` climbs out of ("a spokesman for the board
#: of the Hale Foundation, who").
_MAX_RELATIVE_CLIMB: Final = 3


def _a_person(tt: TokenTable, i: int) -> bool:
    """Whether token ``i`` may be the person a "who" stands for: a person's or a people's name, a name the
    tagger left unlabelled, or a noun whose first sense is a person ("analyst", "plaintiff")."""
    if tt.ent_type[i] in ("PERSON", "NORP") or tt.pos[i] == "PRON":
        return True
    if tt.ent_type[i]:
        return False  # a place, an organisation, a date
    if tt.pos[i] == "PROPN":
        return True
    return tt.pos[i] == "NOUN" and lexical.noun_kind(tt.lemma[i]) == "person"


def _named_by_apposition(ctx: _Context, noun: int) -> int | None:
    """The person's name a description ``noun`` is in apposition to, directly or as a later conjunct of the
    apposition ("Ann Lee, a consultant and a Republican"), else None."""
    tt = ctx.table
    first = noun
    while tt.dep[first] == "conj" and tt.head[first] < first:
        first = tt.head[first]
    name = tt.head[first]
    if tt.dep[first] != "appos" or name >= first or tt.pos[name] != "PROPN" or tt.ent_type[name] != "PERSON" \
            or ctx.quote_of[name] >= 0 or tt.ent_type[noun] == "PERSON":
        return None
    return name


def _relative_in_apposition(ctx: _Context, noun: int, relative: int) -> int:
    """``relative_in_apposition``: "Tom Hale, a senior analyst at Brightwater, who said ...", "Ann Lee, 34, a
    plaintiff in the lawsuit who said ...", "Ann Lee, a consultant and a Republican who said ...": a "who"
    the parse hangs on a noun that names no person (a firm, a place, a thing: "Brightwater", "lawsuit"),
    inside the prepositional phrase of a person's description, stands for that description's person; the
    description in apposition to a person's name stands for the name, also as a later conjunct of the
    apposition or as a proper noun ("a Republican"). A person's noun the prepositional phrase hangs on
    counts only when it is in apposition to a name or when a comma sets the "who" off ("one Democrat
    familiar with the talks, who said"). Anything else: the noun the parse gives."""
    tt = ctx.table
    person = noun
    if not _a_person(tt, noun):
        person = -1
        up = noun
        for _ in range(_MAX_RELATIVE_CLIMB):
            if tt.dep[up] != "pobj" or tt.pos[tt.head[up]] != "ADP":
                break
            up = tt.head[tt.head[up]]  # the word the preposition hangs on
            if tt.pos[up] == "ADJ" and tt.dep[up] == "amod":
                up = tt.head[up]  # "a Democrat familiar with the talks"
            if tt.pos[up] not in ("NOUN", "PROPN") or ctx.quote_of[up] >= 0:
                break
            if _a_person(tt, up):
                person = up
                break
        if person < 0:
            return noun
    name = _named_by_apposition(ctx, person)
    if name is not None:
        return name
    if person != noun and tt.word(relative - 1) == ",":
        return person
    return noun


def _body_of_place(ctx: _Context, noun: int) -> int:
    """``relative_in_apposition`` for a "which" / "that": "the Civil Liberties Union of Ohio, which said ...": a
    relative the parse hangs on a place inside an organisation's name or phrase ("of Ohio", "in Ohio") stands for
    the organisation. Anything else: the noun the parse gives."""
    tt = ctx.table
    if tt.ent_type[noun] not in ("GPE", "LOC") or tt.dep[noun] != "pobj" or tt.lower[tt.head[noun]] not in ("of", "in"):
        return noun
    body = tt.head[tt.head[noun]]
    if tt.pos[body] not in ("NOUN", "PROPN") or ctx.quote_of[body] >= 0 or not (
            tt.ent_type[body] == "ORG" or lexical.noun_kind(tt.lemma[body]) == "group"):
        return noun
    return body


#: Dependencies that chain a noun up to the participle of its phrase ("responding to pressure from
#: unions", "reported by the Globe").
_PARTICIPLE_CHAIN_DEPS = frozenset({"pobj", "prep", "agent"})


def _noun_before_participle(ctx: _Context, noun: int, relative: int) -> int | None:
    """``relative_past_participle``: "the leaders in Congress, responding to pressure from unions, who
    insisted ...", "an analysis of the law, first reported by the Globe, which concluded ...": a "who" /
    "which" right after a participle phrase set off by commas stands for the noun before that phrase, not
    for the last noun inside it (the one the parse hangs the relative clause on). The noun before the
    phrase is the head of its own prepositional chain ("leaders" of "leaders in Congress")."""
    tt = ctx.table
    comma = relative - 1
    if comma < 1 or tt.word(comma) != "," or noun != comma - 1:
        return None
    verb = noun
    for _ in range(8):
        if tt.dep[verb] not in _PARTICIPLE_CHAIN_DEPS or tt.head[verb] == verb:
            return None
        verb = tt.head[verb]
        if ctx.tag(verb) in ("VBG", "VBN") and tt.dep[verb] in ("advcl", "acl"):
            break
    else:
        return None
    if ctx.tag(verb) not in ("VBG", "VBN"):
        return None
    opening = ctx.left_edge(verb) - 1
    if opening < 1 or tt.word(opening) != ",":
        return None
    before = opening - 1
    while tt.dep[before] == "pobj" and tt.dep[tt.head[before]] == "prep" and tt.head[before] < before:
        before = tt.head[tt.head[before]]  # "leaders in Congress": the head of the chain
    if tt.pos[before] not in ("NOUN", "PROPN") or ctx.quote_of[before] >= 0 \
            or (tt.lower[relative] == "who" and not _may_speak(tt, before)):
        return None
    return before


def _named_apposition(ctx: _Context, noun: int, toks: list[int]) -> int | None:
    """"One pastor backing Lee, Tom Ortiz of the First Church, said ...": a person's name in apposition to a
    description, cut off from it by a participle or relative clause on the description, names the speaker."""
    tt = ctx.table
    if tt.pos[noun] != "NOUN" or ctx.tag(noun) != "NN":  # (not "the three scholars -- A, B and C": a group)
        return None
    return next((c for c in tt.children[noun] if tt.dep[c] == "appos" and c > noun and c not in toks
                 and tt.pos[c] == "PROPN" and tt.ent_type[c] == "PERSON" and ctx.quote_of[c] < 0
                 and not any(tt.dep[g] == "conj" for g in tt.children[c])), None)


#: Participles that give a description its bearer's name: "a teacher named X", "a group called X", "a
#: man identified as X".
_NAMING_VERBS = frozenset({"name", "call", "identify", "dub"})


def _name_given(ctx: _Context, noun: int) -> int | None:
    """The name a participle right after a common noun gives it ("a woman identified as Ann Price")."""
    tt = ctx.table
    if tt.pos[noun] != "NOUN":
        return None
    for acl in tt.children[noun]:
        if acl != noun + 1 or tt.dep[acl] != "acl" or ctx.tag(acl) != "VBN" or tt.lemma[acl] not in _NAMING_VERBS:
            continue
        for c in tt.children[acl]:
            if tt.dep[c] == "prep" and tt.lower[c] == "as":
                c = next((g for g in tt.children[c] if tt.dep[g] == "pobj"), c)
            if tt.dep[c] in ("oprd", "dobj", "attr", "pobj") and tt.pos[c] == "PROPN" and ctx.quote_of[c] < 0:
                return c
    return None


def _preposed_speaker(ctx: _Context, cue: int) -> int | None:
    """'former president Bill Clinton said ...' with "Clinton" parsed as an apposition of the clause
    before: a capitalised name right before a cue with no subject (and the cue's own adverbs: "Lee
    also said") is its speaker; else the noun phrase the parse lost before it
    (:func:`_subject_lost_before`)."""
    if cue == 0 or _subject(ctx, cue) is not None:
        return None
    tt = ctx.table
    token = _before_own_adverbs(ctx, cue)
    if token < ctx.table.sentence_bounds(cue)[0]:
        return None  # a cue that opens its sentence (a headline: "Just Called X ...") has no name before it
    up = tt.head[cue]
    if tt.dep[cue] == "conj" and up < cue and tt.pos[token] == "CCONJ" and _finite(ctx, up):
        # "At the fair, 62-year-old Ann Lee also railed against the plan, and explained ...": the
        # conjunct before has lost the subject too
        return _preposed_speaker(ctx, up)
    if tt.word(token) == "," and token > 1:
        for rule in (_apposed_name, _apposed_to_fronted_phrase, _subject_beside_relative, _subject_lost_before):
            found = rule(ctx, token - 1, cue)
            if found is not None:
                return found
        return None
    if not (tt.pos[token] == "PROPN" or (tt.is_alpha[token] and tt.word(token)[:1].isupper()
                                         and ctx.token(token).is_sent_start is not True
                                         and tt.pos[token] in ("ADV", "NOUN", "ADJ"))):
        return _subject_lost_before(ctx, token, cue)
    if ctx.quote_of[token] >= 0 or tt.lemma[token] in ctx.cues:
        return None
    return token


def _before_own_adverbs(ctx: _Context, cue: int) -> int:
    """The token before ``cue`` and the adverbs, auxiliaries and negation of its own right before it
    ("Lee *also* said", "the group *now* says")."""
    tt = ctx.table
    token = cue - 1
    if not _finite(ctx, cue):
        return token
    start = ctx.table.sentence_bounds(cue)[0]
    while token > start and tt.head[token] == cue and tt.dep[token] in ("advmod", "aux", "neg") \
            and tt.word(token).islower() and ctx.tag(token) not in ("WRB", "TO"):
        token -= 1  # (not a name the tagger took for an adverb: "And Skelly called ...")
    return token


#: Marks after which a noun phrase may open inside a sentence: "..., a city aide who ... said".
_PHRASE_OPENERS = frozenset({",", ";", ":", "(", *_DASHES})


def _opens_phrase(ctx: _Context, first: int) -> bool:
    """Whether token ``first`` opens a sentence or follows a comma, a dash, a colon or a closing quote mark."""
    tt = ctx.table
    if first == 0 or ctx.first_word(first) == first:
        return True
    before = first - 1
    return tt.word(before) in _PHRASE_OPENERS or (tt.is_punct[before] and tt.word(before) in lexicons.CLOSERS)


def _subject_lost_before(ctx: _Context, last: int, cue: int) -> int | None:
    """'..., a city aide who asked not to be named said ...', '"...," a county official, who was not
    cleared to speak, told the paper', '..., figures filed on Monday revealed', '(...) -- more than half
    of the members agree ...': a finite cue with no subject has one, and the parse hung it elsewhere (as
    an apposition of the noun before, the predicate of the quote, the object of a clause before). The
    noun phrase that ends right before the cue (an aside in brackets skipped) and opens after a comma,
    a dash, a closing quote mark or at the start of the sentence, with any relative clause or
    participle on it, is the cue's subject when it can speak (a counted group: "less than a third")."""
    tt = ctx.table
    if not _finite(ctx, cue) or last < 1:
        return None
    aside = None
    if tt.word(last) == ")" or (tt.word(last) in _DASHES and ctx.text[tt.idx[last] - 1].isspace()):
        # "Advisers to a rival (that would be X) suggest ...", "Mr. Hale - in a line aimed at X - declared"
        opener = "(" if tt.word(last) == ")" else None
        start = ctx.table.sentence_bounds(cue)[0]
        opening = next((t for t in range(last - 1, max(start - 1, last - _MAX_ASIDE_TOKENS), -1)
                        if (tt.word(t) == opener if opener else tt.word(t) in _DASHES and tt.is_punct[t]
                            and ctx.text[tt.idx[t] - 1].isspace())), None)
        if opening is None or opening < 1:
            return None
        aside, last = (opening, cue), opening - 1
    n = last
    for _ in range(_MAX_PARENTHETICAL_CLIMB):
        # (its phrase ends before the cue; where an aside follows, the parse may have hung the aside on it)
        ends = ctx.right_edge(n) == last or (aside is not None and last <= ctx.right_edge(n) < aside[1])
        if tt.pos[n] in ("NOUN", "PROPN") and ends and _opens_phrase(ctx, ctx.left_edge(n)):
            counted = tt.ent_type[n] in ("CARDINAL", "PERCENT") and tt.pos[n] == "NOUN"
            # (not the subject of another verb, unless of one inside the aside the parse gave it to)
            other = tt.dep[n] in syntax.SUBJECT_DEPS and not (aside and aside[0] < tt.head[n] < aside[1])
            if ctx.quote_of[n] >= 0 or other or tt.ent_type[n] in ("DATE", "TIME") or not (
                    _may_speak(tt, n) or counted or tt.lemma[n] in _RECORD_NOUNS):
                return None
            return n
        if tt.head[n] == n or tt.head[n] > last:
            return None
        n = tt.head[n]
    return None


def _finite(ctx: _Context, verb: int) -> bool:
    """A finite verb, or a past participle heading its sentence with no auxiliary (a past tense the
    tagger read as a participle: "Less than a third agreed ...")."""
    tt = ctx.table
    return ctx.tag(verb) in ("VBD", "VBZ", "VBP") or (ctx.tag(verb) == "VBN" and tt.dep[verb] == "ROOT" and not any(
        tt.dep[c] in ("aux", "auxpass") for c in tt.children[verb]))


#: Records that show or reveal what they hold ("figures filed on Monday revealed ...").
_RECORD_NOUNS = frozenset({"record", "document", "disclosure", "filing", "figure", "data", "number", "statistic",
                           "poll", "survey", "study", "report", "analysis", "audit"})

#: Most tokens of an aside in brackets skipped before a cue.
_MAX_ASIDE_TOKENS = 20


#: Most heads climbed from the last word of an apposition to the apposition itself.
_MAX_APPOSITION_CLIMB = 6


def _apposed_name(ctx: _Context, last: int, cue: int) -> int | None:
    """'Senator Ann Price, the majority whip, said ...' with the name parsed as a conjunct of the
    clause before: the name whose apposition ends right before the cue's comma is its speaker."""
    tt = ctx.table
    head, dep = tt.head, tt.dep
    t = last
    for _ in range(_MAX_APPOSITION_CLIMB):
        if dep[t] == "appos":
            break
        if head[t] == t or head[t] > last:
            return None
        t = head[t]
    else:
        return None
    name = head[t]
    if dep[t] != "appos" or ctx.right_edge(t) != last or tt.pos[name] != "PROPN" or name > t or \
            ctx.quote_of[name] >= 0 or dep[name] in ("nsubj", "nsubjpass"):
        return None
    return name


def _apposed_to_fronted_phrase(ctx: _Context, last: int, cue: int) -> int | None:
    """'In a statement to the Tribune, her adviser, Jake Sully, said: ...' with the subject parsed as
    an apposition of the last noun of the fronted phrase: a phrase that opens the clause holds no
    subject, so the apposition that runs up to the cue's comma is its speaker."""
    tt = ctx.table
    head, dep = tt.head, tt.dep
    t, apposition = last, None
    for _ in range(_MAX_APPOSITION_CLIMB * 2):
        if dep[t] == "appos" and dep[head[t]] == "pobj":
            apposition = t
        if head[t] == t or head[t] > last:
            break
        t = head[t]
    if apposition is None or head[t] != cue or dep[t] != "prep" or ctx.right_edge(apposition) not in (last, last + 1):
        return None
    return apposition if ctx.quote_of[apposition] < 0 else None


def _subject_beside_relative(ctx: _Context, last: int, cue: int) -> int | None:
    """'Ortiz, meanwhile, who has no endorsements, said ...' with the name parsed as a second subject
    of the relative clause: a clause before the cue whose subjects are a name and a relative pronoun
    gives the name to the cue."""
    tt = ctx.table
    for clause in tt.children[cue]:
        if clause > cue or tt.dep[clause] not in ("advcl", "relcl") or ctx.right_edge(clause) != last:
            continue
        subjects = [c for c in tt.children[clause] if tt.dep[c] == "nsubj"]
        if len(subjects) == 2 and tt.lower[subjects[1]] in lexicons.RELATIVE_PRONOUNS and \
                tt.pos[subjects[0]] in ("PROPN", "NOUN") and ctx.quote_of[subjects[0]] < 0:
            return subjects[0]
    return None
