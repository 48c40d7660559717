"""The quote-mark rules: quoted spans no cue claimed, with an adjacent cue clause, floating or governed."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ... import lexicons
from ..marks import MarkedQuote
from ..tokens import TokenTable
from .context import (
    _ADJACENT_WINDOW,
    _MAX_APPOSITION_TOKENS,
    _MAX_INTERRUPTION_CHARS,
    _SENTENCE_END,
    _SHORT_QUOTE_CUE_WINDOW,
    RE_SIGNATURE,
    _Claim,
    _Context,
    _inner_text,
    _is_passive,
    _substantial,
    _title_case,
)
from .cues import (
    _between_quote_and_cue,
    _cue_span,
    _dropped_complementiser,
    _fit_to_quotes,
    _object_only_naming,
    _strip_edges,
    _with_list_continued,
    _without_trailing_aside,
)
from .sources import _mention_of, _preposed_speaker, _Source, _source, _subject

# ---------------------------------------------------------------------------------------------------
# Quotes found by their marks: adjacent cue clauses and floating quotes.


def _adjacent_cue(ctx: _Context, qi: int) -> _Claim | None:
    """`"...," he said.` / `said the spokesman.` after the quote, or `He said: "..."` before it."""
    quote = ctx.marked[qi]
    window = back = _ADJACENT_WINDOW
    if not _substantial(ctx, quote):
        # '"Absolutely," he said.' / 'Priebus said, "Probably."': a one-word sentence, a cue right beside it
        window = _SHORT_QUOTE_CUE_WINDOW if _opens_short_sentence(ctx, quote) else 0
        back = _SHORT_QUOTE_CUE_WINDOW if _ends_short_sentence(ctx, quote) else 0
        if not window and not back:
            return None
    claim = _cue_after(ctx, qi, window)
    if claim is None and window == _ADJACENT_WINDOW:
        claim = _attribution_after(ctx, qi)
    if claim is not None or not back:
        return claim
    return _cue_before(ctx, qi, back)


#: Most tokens of a short attribution clause after a quote: '"...," an angry Dufresne retaliated.'
_MAX_ATTRIBUTION_TOKENS = 12
#: Words that open a clause of its own after a quote, not its attribution: '"...," but the mayor disagreed.'
_NOT_ATTRIBUTION = frozenset({"CCONJ", "SCONJ", "ADP", "ADV", "VERB", "AUX", "PART"})


def _attribution_after(ctx: _Context, qi: int) -> _Claim | None:
    """`"...," an angry Dufresne retaliated.` / `the Saudis state in the paper.` / `remembered Roy
    Verley, a spokesman.`: a quote that opens its sentence and closes with a comma inside its marks,
    followed by a short clause that ends the sentence, is spoken by that clause's noun phrase, whatever
    its verb (one the cue list lacks, or a cue the parser read as a noun). The clause holds one verb
    (or one cue word), a noun phrase beside it, and nothing else that could speak or act."""
    tt, quote = ctx.table, ctx.marked[qi]
    inner = ctx.text[quote.inner[0]:quote.inner[1]].rstrip()
    before = ctx.text[max(0, quote.start - 3):quote.start].rstrip(" \t")
    if not inner.endswith(",") or (before and before[-1] not in "\n.!?" + lexicons.QUOTE_CHARS):
        return None
    tail: list[int] = []
    for token in ctx.tokens_between(quote.end, min(len(ctx.text), quote.end + 200)):
        if tt.idx[token] < quote.end or (tt.is_space[token] and "\n" not in tt.word(token)):
            continue
        if ctx.quote_of[token] >= 0 or "\n" in tt.word(token) or len(tail) > _MAX_ATTRIBUTION_TOKENS:
            return None  # another quote, a paragraph end or a long clause: no short attribution
        if tt.word(token) in _SENTENCE_END:
            break
        tail.append(token)
    else:
        return None
    words = [t for t in tail if not tt.is_punct[t]]
    if len(words) < 2 or tt.lower[words[0]] in lexicons.RELATIVE_PRONOUNS or (
            tt.pos[words[0]] in _NOT_ATTRIBUTION and not _tail_verb(ctx, words[0])):
        return None  # '"...," which votes in June.': a relative clause on the quote's last noun
    verbs = [t for t in words if _tail_verb(ctx, t)]
    if len(verbs) != 1 or any(tt.pos[t] == "VERB" and t != verbs[0] for t in words):
        return None
    cue = verbs[0]
    # the noun phrase before the verb, or after it up to a comma ("remembered Roy Verley, a spokesman")
    run = [t for t in words if t < cue]
    if not run:
        run = []
        for t in tail:
            if t <= cue:
                continue
            if tt.word(t) == "," and run:
                break
            run.append(t)
    run = _strip_edges(tt, run)
    nouns = [t for t in run if tt.pos[t] in ("NOUN", "PROPN", "PRON")]
    if not nouns or len(run) > _MAX_APPOSITION_TOKENS:
        return None
    inside = set(run)
    root = next((t for t in nouns if tt.head[t] not in inside or tt.head[t] == t), nouns[-1])
    if tt.pos[root] == "PRON" and not _can_speak(tt, root):
        return None
    return _Source(ctx.char_span(run), root).apply(
        _Claim(rule="adjacent_quote", content=list(quote.fragments), cue=ctx.char_span([cue]), cue_root=cue,
               direct=True, quotes=[qi]))


def _tail_verb(ctx: _Context, token: int) -> bool:
    """A finite verb, or a cue word in any part of speech ("the Saudis state": read as a noun)."""
    tt = ctx.table
    return (tt.pos[token] == "VERB" and ctx.tag(token) in ("VBD", "VBZ", "VBP")) or (
        tt.lemma[token] in ctx.cues and ctx.tag(token) in ("NN", "NNS", "VBD", "VBZ", "VBP"))


def _cue_after(ctx: _Context, qi: int, window: int) -> _Claim | None:
    """A cue within ``window`` tokens after the quote, in its sentence: `"...," he said.`"""
    tt, quote = ctx.table, ctx.marked[qi]
    after = ctx.tokens_between(quote.end, min(len(ctx.text), quote.end + 200))
    # '"... stranger." Perhaps, he said, this town ...': after a quote closed by a full stop, a cue
    # hung on a clause after it is set in that next sentence, not the quote's attribution
    closed = ctx.text[quote.inner[0]:quote.inner[1]].rstrip().endswith(".")
    for token in after[:window]:
        if ctx.quote_of[token] >= 0 and tt.idx[token] >= quote.end:
            break  # the next quote starts
        if tt.word(token) in _SENTENCE_END or "\n" in tt.word(token):
            break  # a cue after the sentence or paragraph belongs to what follows
        if closed and ctx.is_cue(token) and (tt.head[token] > token or (
                tt.head[token] < token and tt.idx[tt.head[token]] >= quote.end and tt.pos[tt.head[token]] == "VERB")):
            break  # '"A." And then Lee went on the attack, saying, "B"': the cue of the next sentence's verb
        if ctx.is_cue(token) and not _is_passive(ctx, token) and _no_own_complement(ctx, token, quote):
            return _claim_for_quote(ctx, qi, token)
    if window == _ADJACENT_WINDOW:
        return _cue_after_long_subject(ctx, qi, after)
    return None


#: Most tokens between a quote and its cue when all of them are the cue's subject.
_MAX_SUBJECT_TOKENS = 40


def _cue_after_long_subject(ctx: _Context, qi: int, after: Sequence[int]) -> _Claim | None:
    """`"...," state Senate leader Ana Ruiz and House Speaker Tom Blake, both Republicans, said.`:
    a cue further from the quote than the window, when every word between the two is the cue's
    subject (names, titles, appositions): the attribution clause is that subject and the cue."""
    tt, quote = ctx.table, ctx.marked[qi]
    if not ctx.text[quote.inner[0]:quote.inner[1]].rstrip().endswith(","):
        return None
    words = [t for t in after[:_MAX_SUBJECT_TOKENS] if tt.idx[t] >= quote.end and not tt.is_space[t]]
    for k, token in enumerate(words):
        if ctx.quote_of[token] >= 0 or tt.word(token) in _SENTENCE_END or "\n" in tt.word(token):
            return None
        if not ctx.is_cue(token):
            continue
        subject = _subject(ctx, token)
        if k < 2 or subject is None or subject > token or tt.dep[subject] != "nsubj" or _is_passive(ctx, token):
            return None
        inside = set(ctx.subtree_ids(subject))
        if not all(t in inside or tt.is_punct[t] for t in words[:k]) or not _no_own_complement(ctx, token, quote):
            return None
        return _claim_for_quote(ctx, qi, token)
    return None


def _cue_before(ctx: _Context, qi: int, back: int) -> _Claim | None:
    """A cue within ``back`` tokens before the quote, before a colon or comma: `He said: "..."`."""
    tt, quote = ctx.table, ctx.marked[qi]
    window_before = ctx.tokens_between(max(0, quote.start - 250), quote.start)
    # the tokens that start before the quote: a first stretch of those (offsets grow with the index)
    before = list(range(window_before.start,
                        bisect.bisect_left(tt.idx, quote.start, window_before.start, window_before.stop)))
    crossed = bool(before) and tt.is_space[before[-1]]
    while before and tt.is_space[before[-1]]:  # a colon may introduce a quote in the next paragraph
        before.pop()
    # a colon, perhaps glued to a closing bracket by the tokenizer ('Rep. Tom Gray (R-S.C.):', and
    # 'Rep. Tom Gray (R-Ohio):"..."' with no space before the quote, where the word is "Ohio):")
    colon = bool(before) and (tt.word(before[-1]) in (":", "):") or tt.word(before[-1]).endswith("):"))
    if before and (colon or (not crossed and tt.word(before[-1]) in (",", "—", "–"))):
        for token in reversed(before[-back:]):
            if tt.word(token) in _SENTENCE_END or ctx.quote_of[token] >= 0 or "\n" in tt.word(token):
                break
            if ctx.is_cue(token) and _no_own_complement(ctx, token, quote):
                if ctx.tag(token) == "VBN" and tt.head[token] < token and ctx.is_cue(tt.head[token]):
                    continue  # 'who told the council when asked about it: "..."': the asked answers
                return _claim_for_quote(ctx, qi, token)
            if tt.pos[token] == "NOUN" and tt.lemma[token] in lexicons.NOMINAL_CUES and \
                    tt.pos[tt.head[token]] in ("VERB", "AUX"):  # 'Trump issued a statement, "Last night ..."'
                claim = _claim_for_quote(ctx, qi, tt.head[token])
                claim.cue, claim.cue_root = ctx.char_span([token]), token
                return claim
        if colon and back == _ADJACENT_WINDOW:  # not after a one-word quote
            return _after_colon(ctx, qi, before[-1])
    if before and not crossed and back == _ADJACENT_WINDOW and ctx.is_cue(before[-1]) \
            and ctx.text[quote.inner[0]].isupper() and _no_own_complement(ctx, before[-1], quote) \
            and not (tt.dep[before[-1]] in ("acl", "amod") and ctx.tag(before[-1]) == "VBN"):  # a thing "called" A
        # '..., writing "Feels great to ..."': a quoted sentence right after its cue, whatever the parse
        return _claim_for_quote(ctx, qi, before[-1])
    return None


def _after_colon(ctx: _Context, qi: int, colon: int) -> _Claim | None:
    """A quote introduced by a colon with no cue: 'She addressed the supporters again: "..."' (the
    subject of the clause before the colon speaks) or 'Michael P. McDonald: "..."' (a bare name)."""
    tt = ctx.table
    i = colon - 1
    while i >= 0 and ctx.quote_of[i] < 0 and colon - i <= _ADJACENT_WINDOW * 2:
        text = tt.word(i)
        if text in _SENTENCE_END or text in ("—", "–", "|") or "\n" in text:
            break
        if text == "-" and (i == 0 or tt.end[i - 1] < tt.idx[i]):
            break  # a spaced hyphen sets a label off, not the one inside "(R-S.C.)"
        i -= 1
    run = _strip_edges(tt, list(range(i + 1, colon)))
    opened = next((k for k, t in enumerate(run) if tt.word(t) == "("), None)
    if opened is not None and not any(tt.word(t) == ")" for t in run[opened:]):
        run = _strip_edges(tt, run[:opened])  # 'Rep. Tom Gray (R-S.C.):': the bracket closed in the colon's token
    if not run:
        return None
    pos, dep, head = tt.pos, tt.dep, tt.head
    verbs = [t for t in run if pos[t] in ("VERB", "AUX") and dep[t] in ("ROOT", "conj", "ccomp")]
    cue: int | None = None
    speaker: int | None = None
    if verbs:
        # the main verb first: not the verb of a clause inside ('When Lee said that Cuba would sue,
        # Rubio fired back: ...', 'Asked which county was his favourite, he demurred: ...')
        in_run = set(run)
        cue = next((v for v in verbs if head[v] == v or head[v] not in in_run), verbs[0])
        speaker = _subject(ctx, cue, prefer_outside=True)
        if speaker is not None and speaker >= run[0] and not _can_speak(tt, speaker) \
                and dep[speaker] != "nsubjpass":
            speaker = _person_before_colon(ctx, cue, run)
            if speaker is not None:  # the colon is the cue: "surprised" does not report
                return _mention_of(ctx, speaker).apply(
                    _Claim(rule="adjacent_quote", content=list(ctx.marked[qi].fragments),
                           cue=ctx.char_span([colon]), cue_root=colon, direct=True, quotes=[qi]))
        if speaker is None or speaker < run[0] or dep[speaker] == "nsubjpass" or not _can_speak(tt, speaker):
            return None
    else:
        run, speaker = _label_before_colon(ctx, run)
    if speaker is None:
        return None
    source = _mention_of(ctx, speaker) if cue is not None else _Source(ctx.char_span(run), speaker)
    cue_span = ctx.char_span([cue if cue is not None else colon])
    if cue is None and cue_span is not None and cue_span[1] - cue_span[0] > 1:
        cue_span = (cue_span[1] - 1, cue_span[1])  # the colon of "):"
    return source.apply(
        _Claim(rule="adjacent_quote", content=list(ctx.marked[qi].fragments),
               cue=cue_span,
               cue_root=cue if cue is not None else colon, direct=True, quotes=[qi]))


#: Words that open a label naming where a quote comes from: "From Lee's statement:", "More from Lee:".
_FROM_LABEL = ("from",)


def _label_before_colon(ctx: _Context, run: list[int]) -> tuple[list[int], int | None]:
    """The speaker of a label with no verb before a quote's colon: a name with its title ("Michael P.
    McDonald:", "Former secretary of state Ann Lee:"), or where the quote comes from ("From Lee's
    Facebook post:", "More from Lee:": the owner, or the name)."""
    tt = ctx.table
    pos, head, lower = tt.pos, tt.head, tt.lower
    k = 1 if run and lower[run[0]] == "more" else 0
    if len(run) > k + 1 and lower[run[k]] in _FROM_LABEL:
        run = run[k + 1:]
        owner = next((t for t in run if tt.dep[t] == "poss" and pos[t] == "PROPN"), None)
        if owner is not None:
            return [t for t in run if t <= owner and (t == owner or head[t] == owner or tt.dep[t] == "compound")], \
                owner
    if len(run) > _MAX_APPOSITION_TOKENS or not any(pos[t] == "PROPN" for t in run) or any(
            pos[t] in ("VERB", "AUX") or (pos[t] == "ADP" and (lower[t] != "of" or t == run[0]))
            for t in run if tt.word(t) not in ("(", ")")):
        return run, None
    inside = set(run)
    return run, next((t for t in run if head[t] == t or head[t] not in inside), run[-1])


def _person_before_colon(ctx: _Context, verb: int, run: list[int]) -> int | None:
    """'The surge does not surprise pollster Dana Hart: "..."': a clause whose subject cannot speak and
    that ends in a person named as the object of its main verb introduces that person's words."""
    tt = ctx.table
    last = run[-1]
    if tt.pos[last] != "PROPN" or tt.ent_type[last] != "PERSON" or not _person(ctx, last):
        return None
    if tt.dep[last] == "dobj" and tt.head[last] == verb:
        return last
    return None


def _ends_short_sentence(ctx: _Context, quote: MarkedQuote) -> bool:
    """A one-word quote that ends its sentence: 'Priebus said, "Probably."'"""
    inner = _inner_text(ctx, quote).strip()
    if not inner or inner[-1] not in ".!?" or not any(ch.isalpha() for ch in inner):
        return False
    after = ctx.text[quote.end:quote.end + 3].lstrip(" \t")
    return not after or after[0] == "\n" or after[0].isupper()


def _opens_short_sentence(ctx: _Context, quote: MarkedQuote) -> bool:
    """A one-word quote that opens its sentence and ends in punctuation: '"Safety," said Grimm.'"""
    inner = _inner_text(ctx, quote).strip()
    if not inner or inner[-1] not in ".!?," or not any(ch.isalpha() for ch in inner):
        return False
    before = ctx.text[max(0, quote.start - 3):quote.start].rstrip(" \t")
    return not before or before[-1] in "\n.!?"


def _no_own_complement(ctx: _Context, cue: int, quote: MarkedQuote) -> bool:
    """A cue beside a quote introduces it unless it has an unquoted complement of its own."""
    dep = ctx.table.dep
    for child in ctx.table.children[cue]:
        if dep[child] in ("ccomp", "xcomp") and ctx.quote_of[child] < 0:
            span = ctx.char_span(ctx.subtree_ids(child))
            if span and not (quote.start <= span[0] and span[1] <= quote.end):
                return False
    return True


def _claim_for_quote(ctx: _Context, qi: int, cue: int) -> _Claim:
    cue_span = _cue_span(ctx, cue)
    speaker = _source(ctx, cue)
    if speaker is not None and ctx.quote_of[speaker] >= 0 and ctx.marked[qi].end <= ctx.table.idx[cue]:
        speaker = None  # '"... #Cologne," tweeted a user': the parse took a word of the quote as subject
    if speaker is None and ctx.marked[qi].end <= ctx.table.idx[cue]:
        between = _between_quote_and_cue(ctx, cue)
        if between.span is not None:
            return between.apply(_Claim(rule="adjacent_quote", content=list(ctx.marked[qi].fragments), cue=cue_span,
                                        cue_root=cue, direct=True, quotes=[qi]))
        speaker = _postposed_speaker(ctx, cue) if _right_after(ctx, ctx.marked[qi], cue) else None
    if speaker is None and not _is_passive(ctx, cue):
        speaker = _preposed_speaker(ctx, cue)
    return _mention_of(ctx, speaker).apply(
        _Claim(rule="adjacent_quote", content=list(ctx.marked[qi].fragments), cue=cue_span, cue_root=cue,
               direct=True, quotes=[qi]))


def _right_after(ctx: _Context, quote: MarkedQuote, cue: int) -> bool:
    """Whether only punctuation stands between a quote and a cue after it ('"A," said X'): a speaker
    inverted after the cue needs the quote right before it, not '... "pay freezes" and recalled the
    freeze: "B"' (the freeze is what was recalled)."""
    tt = ctx.table
    return all(tt.is_punct[t] or tt.is_space[t] for t in range(cue) if tt.idx[t] >= quote.end)


def _postposed_speaker(ctx: _Context, cue: int) -> int | None:
    """`"A," said Edward Leamer, an economist who ...`: the noun phrase right after a postposed cue
    with no subject is its speaker, even when the parser made it the subject of what follows."""
    tt = ctx.table
    if cue + 1 >= len(tt):
        return None
    token = cue + 1
    while tt.dep[token] in ("compound", "flat", "det", "amod") and tt.head[token] > token:
        token = tt.head[token]
    # '"...," said Skelly': a capitalised name the parse read as an adverb
    name = tt.pos[token] in ("PROPN", "NOUN") or (tt.pos[token] == "ADV" and tt.word(token)[:1].isupper())
    if not name or ctx.quote_of[token] >= 0 or tt.lemma[token] in ctx.cues:
        return None
    return token


def _continues_after_cue(ctx: _Context, claim: _Claim, nxt: MarkedQuote) -> bool:
    """Whether ``nxt`` resumes the quote after its cue clause: `"A," he said, "B."`."""
    assert claim.cue is not None
    first_end = claim.content[-1][1]
    if not (first_end < claim.cue[0] < nxt.start):
        return False
    between = ctx.text[claim.cue[1]:nxt.start]
    if "\n" in between or len(between) >= _MAX_INTERRUPTION_CHARS or \
            not between.rstrip().endswith((",", ":", "—", "–")):
        return False
    # one sentence, and no other cue in between: '"A," Lopez said. Reyes responded, "B"' is two
    # quotes ('"A," said Raffaello Pantucci, director of ... in London, "but B"' is one)
    tt = ctx.table
    clause = ctx.tokens_between(claim.cue[0], nxt.start)
    if any(tt.word(t) in _SENTENCE_END for t in clause) or any(
            ctx.is_cue(t) and t != claim.cue_root for t in clause):
        return False
    resumed = [t for t in ctx.tokens_between(nxt.start, nxt.end) if not tt.is_punct[t]]
    return not resumed or not clause or \
        ctx.table.sentence_bounds(resumed[0])[0] == ctx.table.sentence_bounds(clause[0])[0] or len(between) < 80


def _floating(ctx: _Context, qi: int, min_words: int) -> _Claim | None:
    """A quote that is a whole sentence (or paragraph) on its own, with no cue."""
    tt, quote = ctx.table, ctx.marked[qi]
    words = sum(len(ctx.text[s:e].split()) for s, e in quote.fragments)
    span = ctx.tokens_between(quote.inner[0], quote.inner[1])  # inside the marks: the parser
    if not len(span):  # may hang the opening mark on the sentence before
        return None
    # '"Safety," said Grimm. "Safety for the whole country."': a short or verbless quote sentence only
    # continues the quote before it in its paragraph (``lead``), it is no claim of its own
    short = words < min_words or not any(tt.pos[t] in ("VERB", "AUX") for t in span)
    # the quote must stand as its own sentence: nothing but punctuation around it in its sentences
    first, last = ctx.table.sentence_bounds(span[0])[0], ctx.table.sentence_bounds(span[-1])[1]
    punct, space = tt.is_punct, tt.is_space
    outside = [t for t in range(first, last) if ctx.quote_of[t] < 0 and not (punct[t] or space[t])]
    if len(outside) == 1 and outside[0] < span[0] and tt.pos[outside[0]] == "CCONJ" and not short:
        outside = []  # 'But "the plan is strengthened by it."': a conjunction carries the speaker's quote on
    if not outside:
        claim = _Claim(rule="floating", content=list(quote.fragments), floating=True, direct=True, quotes=[qi],
                       lead=short)
        signed = RE_SIGNATURE.match(ctx.text, quote.end)
        if signed is not None and not short:  # '"..."\n\n- Bernie Sanders.': a signed quote
            name = ctx.doc.char_span(*signed.span(2), alignment_mode="expand")
            dash = ctx.doc.char_span(*signed.span(1), alignment_mode="expand")
            if name is not None and dash is not None and any(t.pos_ == "PROPN" for t in name):
                claim.mention, claim.mention_root = signed.span(2), name.root.i
                claim.cue, claim.cue_root = signed.span(1), dash.root.i
                claim.floating = False
        elif not short:
            _issued_before(ctx, quote.start, claim)
        return claim
    if short:
        return None
    if _subject_before_quote(ctx, outside, span):
        # 'Hale "more or less misspoke. Nobody should talk like that."' after a quote: its speaker's next
        # sentence, with only its subject outside the marks (a continuation, joined to the claim before it)
        return _Claim(rule="floating", content=[(tt.idx[outside[0]], quote.fragments[-1][1])], floating=True,
                      lead=True, quotes=[qi])
    if all(t > span[-1] for t in outside) and not any(ctx.is_cue(t) for t in outside):
        # `"They agree with him," to support him`: the sentence opens with the quote and goes on
        tail = _strip_edges(tt, [t for t in range(span[-1] + 1, last) if not space[t]])
        end = ctx.char_span(tail)
        content = [*quote.fragments, end] if end else list(quote.fragments)
        return _Claim(rule="floating", content=content, floating=True, lead=True, quotes=[qi])
    return None


#: Most words of a subject before a quote that goes on the quote before it: 'Mayor Hale "more or less misspoke."'.
_MAX_SUBJECT_WORDS = 3


def _subject_before_quote(ctx: _Context, outside: list[int], span: Sequence[int]) -> bool:
    """Whether the only words of a quote's sentence outside its marks are a short subject right before
    it (a name, a pronoun, a noun with its determiner) whose predicate the quote is: it opens in lower
    case."""
    tt = ctx.table
    if not outside or len(outside) > _MAX_SUBJECT_WORDS or outside[-1] > span[0] \
            or any(outside[k + 1] != outside[k] + 1 for k in range(len(outside) - 1)):
        return False
    if any(not tt.is_punct[t] for t in range(outside[-1] + 1, span[0])):
        return False  # only the opening mark between the subject and the quote
    if any(tt.pos[t] not in ("PROPN", "PRON", "DET", "NOUN", "ADJ") for t in outside):
        return False
    # the quote goes on the subject's sentence: it opens in lower case ('Hale "more or less misspoke."')
    return ctx.text[tt.idx[span[0]]:tt.idx[span[0]] + 1].islower()


#: Verbs that put out a document: "the DNC issued a statement ...".
_ISSUING_VERBS = frozenset({"issue", "release", "send", "post", "publish", "put", "distribute", "circulate"})


def _issued_before(ctx: _Context, start: int, claim: _Claim) -> None:
    """A quote-only paragraph right after a sentence that puts out a document ("The DNC issued a
    statement apologizing to Sanders.\n\n"On behalf of ..."") is that document: its issuer speaks it
    (the document noun is the cue). Only the last sentence of the paragraph just before is read; after
    narration ("The minister spoke to reporters on Monday.") the quote keeps no speaker."""
    tt = ctx.table
    before = ctx.tokens_between(max(0, start - 400), start)
    toks = [t for t in before if tt.idx[t] < start and not tt.is_space[t]]
    if not toks or ctx.quote_of[toks[-1]] >= 0:
        return  # the quote comes right after an unquoted sentence
    first = ctx.table.sentence_bounds(toks[-1])[0]
    if "\n" not in ctx.text[tt.end[toks[-1]]:start]:
        # in one paragraph: 'Lee agreed. "The council is running short of options."'
        para = ctx.text.rfind("\n", 0, start) + 1
        if tt.word(toks[-1]) in _SENTENCE_END and not any(
                ctx.quote_of[t] >= 0 for t in ctx.tokens_between(para, tt.idx[toks[-1]])):
            # not '"What now?" Trump asked. "..."': no quote before it in the paragraph
            _spoke_of_before(ctx, first, toks[-1], claim, said=False)
        elif tt.word(toks[-1]) in _SENTENCE_END:
            _named_actor_before(ctx, first, toks[-1], claim)
        return
    for t in range(first, toks[-1] + 1):
        verb = tt.head[t]
        if tt.lemma[t] in lexicons.MEDIUM_NOUNS and tt.dep[t] == "dobj" and tt.lemma[verb] in _ISSUING_VERBS:
            subject = _subject(ctx, verb)
            if subject is not None and _can_speak(tt, subject) and ctx.quote_of[subject] < 0:
                _mention_of(ctx, subject).apply(claim)
                claim.cue, claim.cue_root, claim.floating = ctx.char_span([t]), t, False
            return
    _spoke_of_before(ctx, first, toks[-1], claim)


def _spoke_of_before(ctx: _Context, first: int, last: int, claim: _Claim, *, said: bool = True) -> None:
    """A quote-only paragraph right after an unquoted sentence whose main verb is a cue with what was
    said as its object or topic ("Valastro praised the governor's leadership.", "Howard continued his
    remarks.", "Lee also spoke about the case.") gives that sentence's subject the quote. A cue with
    neither ("The minister spoke to reporters on Monday.") is narration: the quote keeps no speaker.
    A quote sentence right after such a sentence in its own paragraph follows any cue (``said``
    False): 'Bystrom agreed. "..."'."""
    tt = ctx.table
    if any(ctx.quote_of[t] >= 0 for t in range(first, last + 1)):
        return
    root = tt.sentence_root(last)
    if not (ctx.is_cue(root) or tt.lemma[root] == "continue") or ctx.tag(root) not in ("VBD", "VBZ", "VBP"):
        return
    if any(tt.dep[c] in ("ccomp", "xcomp") for c in tt.children[root]):
        return  # 'Santos says the group will sue. "..."': a claim of its own, which the quote follows on
    if said and not any(tt.dep[c] == "dobj" or (tt.dep[c] == "prep" and tt.lower[c] == "about")
                        for c in tt.children[root]):
        return
    subject = _subject(ctx, root)
    if subject is None or tt.dep[subject] == "nsubjpass" or not _can_speak(tt, subject):
        return
    _mention_of(ctx, subject).apply(claim)
    claim.cue, claim.cue_root, claim.floating = _cue_span(ctx, root), root, False


def _named_actor_before(ctx: _Context, first: int, last: int, claim: _Claim) -> None:
    """'"It goes in one ear," Tom Reyes said. Ann Reyes shook her head. "He is better at it than I am."':
    between a quote and a quote sentence of its paragraph, an unquoted sentence whose subject is a
    person named there (not a pronoun) and does something (an active verb with no clause of its own)
    hands the quote to that person: the quote does not go on the speaker before it."""
    tt = ctx.table
    before = first - 1
    while before >= 0 and tt.is_space[before]:
        before -= 1
    if any(ctx.quote_of[t] >= 0 for t in range(first, last + 1)) or (before >= 0 and ctx.quote_of[before] >= 0):
        # '"A?" Sanders replied. "B."': the attribution of the quote before, which B goes on -- unless
        # another person takes the turn after it: '"A," Park said, and her husband cut in. "B."'
        quoted = [t for t in range(first, last + 1) if ctx.quote_of[t] >= 0]
        turn = next((t for t in range(last, max(quoted, default=first - 1), -1)
                     if tt.dep[t] == "conj" and ctx.is_cue(tt.head[t]) and _takes_the_turn(ctx, t) is not None), None)
        if turn is not None:
            _hand_over(ctx, claim, turn)
        return
    root = tt.sentence_root(last)
    if _takes_the_turn(ctx, root) is not None and root >= first:
        _hand_over(ctx, claim, root)  # '"A," Park said. Her husband replied. "B."'
        return
    if ctx.is_cue(root) or ctx.tag(root) not in ("VBD", "VBZ", "VBP") or any(
            tt.dep[c] in ("ccomp", "xcomp", "advcl", "conj") for c in tt.children[root]):
        return
    subject = _subject(ctx, root)
    if subject is None or tt.dep[subject] != "nsubj" or tt.pos[subject] != "PROPN" or \
            tt.ent_type[subject] != "PERSON" or subject < first:
        return
    _mention_of(ctx, subject).apply(claim)
    claim.floating = False


#: Cues that take the turn without saying anything of their own: "Her husband cut in.", "Lee replied.";
#: the quote right after them is what was said.
_TURN_CUES = frozenset({"reply", "respond", "answer", "retort", "counter", "interject", "interrupt", "add",
                        "chime", "cut", "continue", "explain", "agree", "disagree", "object", "protest"})
#: Particles a turn cue needs: "chimed in", "cut in".
_TURN_PARTICLES = {"chime": "in", "cut": "in"}
#: Dependencies of a verb that say something of its own: such a cue is no bare turn.
_OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "acomp", "advcl", "parataxis"})


def _takes_the_turn(ctx: _Context, verb: int) -> int | None:
    """The person who takes the turn with ``verb``, a finite turn cue with nothing said in its own
    clause ("Her husband cut in.", "Tom Reyes replied."), or None. Pronoun subjects are left alone:
    "she replied" may be the speaker before."""
    tt = ctx.table
    lemma = tt.lemma[verb]
    if lemma not in _TURN_CUES or ctx.tag(verb) not in ("VBD", "VBZ", "VBP") or ctx.quote_of[verb] >= 0:
        return None
    kids = tt.children[verb]
    particle = _TURN_PARTICLES.get(lemma)
    if particle is not None and not any(tt.dep[c] == "prt" and tt.lower[c] == particle for c in kids):
        return None
    if any(tt.dep[c] in _OWN_CONTENT_DEPS for c in kids) or _is_passive(ctx, verb):
        return None
    subject = _subject(ctx, verb)
    if subject is None or tt.dep[subject] != "nsubj" or ctx.quote_of[subject] >= 0 or not _person(ctx, subject):
        return None
    return subject


def _person(ctx: _Context, token: int) -> bool:
    """A person named ("Ann Reyes") or described by a role noun ("her husband", "a nurse"), not a pronoun."""
    tt = ctx.table
    if tt.pos[token] == "PROPN":
        return tt.ent_type[token] == "PERSON"
    return tt.pos[token] == "NOUN" and tt.lemma[token] in lexicons.ROLE_NOUNS and any(
        tt.dep[c] in ("det", "poss") for c in tt.children[token])


def _hand_over(ctx: _Context, claim: _Claim, verb: int) -> None:
    """The quote goes to the one who takes the turn with ``verb``, which is its cue."""
    subject = _takes_the_turn(ctx, verb)
    assert subject is not None
    _mention_of(ctx, subject).apply(claim)
    claim.cue, claim.cue_root, claim.floating = _cue_span(ctx, verb), verb, False


#: Dependencies of a verb's complements, whose subtrees carry what the subject said of something.
_GOVERNED_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "oprd", "attr", "acomp",
                                       "pcomp", "advcl"})
#: Verbs of being, having and going, which hold quoted words without saying them.
_NOT_GOVERNING = frozenset({"be", "have", "accord", "go", "get", "take", "become", "seem", "appear", "remain"})
#: Most words of a verbless quote a non-speech verb governs that are a term in scare quotes, not words said.
_SCARE_QUOTE_WORDS = 3
#: How many heads a quote climbs to reach the verb that governs it.
_GOVERNED_MAX_CLIMB = 6


def _governed(ctx: _Context, qi: int) -> _Claim | None:
    """A quote inside the complement of a verb with a speaking subject: 'Trump blasted Disney for its
    "outrageous practices"', 'she stood by her remark that "nobody listens"'.

    News writing puts quoted words in what a person did with words (ranked, blasted, stood by,
    boasted of) far beyond the speech verbs; the verb's subject is the source and the complement
    that holds the quote is the content (PolNeAR annotates these as attributions). A one-word quote
    that names or titles something is not a claim.
    """
    tt, quote = ctx.table, ctx.marked[qi]
    dep, pos, head, lemma = tt.dep, tt.pos, tt.head, tt.lemma
    words = _inner_text(ctx, quote).split()
    if not words or (_title_case(words) and not _in_headline(ctx, quote)):
        return None  # a title or a name: "took the stage to "The Rising,""
    marks = [t for t in ctx.tokens_between(quote.start, quote.end) if ctx.quote_of[t] == qi]
    inside = [t for t in marks if not tt.is_punct[t]]
    if not inside:
        return None
    ids = set(inside)
    tops = [t for t in inside if head[t] not in ids or head[t] == t]
    if len({head[t] for t in tops}) != 1 or head[tops[0]] == tops[0]:
        return None  # the quote is a clause of its own, or the parse splits it
    verb = _governing_verb(ctx, head[tops[0]], inside[0])
    if pos[verb] != "VERB" or ctx.quote_of[verb] >= 0 or verb > inside[0] or lemma[verb] in _NOT_GOVERNING:
        return None
    if len(words) < 2 and not ctx.is_cue(verb) and lemma[verb] not in lexicons.COGNITIVE_CUES:
        return None  # 'showing "respect"': a one-word scare quote, unless a cue speaks or thinks it
    scare = len(words) <= _SCARE_QUOTE_WORDS and words[-1][-1:] not in ".!?" and not ctx.is_cue(verb) \
        and lemma[verb] not in lexicons.COGNITIVE_CUES
    if ctx.tag(verb) == "VBN" and dep[verb] in ("acl", "amod"):
        return None  # "a plan known as "Project Fear"": a name given by nobody in particular
    subj = _source(ctx, verb)
    if subj is None or not _can_speak(tt, subj):
        return None
    children = [c for c in tt.children[verb] if c > verb and dep[c] in _GOVERNED_COMPLEMENT_DEPS]
    holder = next((c for c in children if ctx.left_edge(c) <= inside[0] <= ctx.right_edge(c)), None)
    if holder is None:
        return None
    if _object_only_naming(ctx, verb, holder, [c for c in children if c <= holder]):
        return None  # 'referred to the "silent majority"': a thing named, nothing said of it
    chosen = {t for c in children if c <= holder for t in ctx.subtree_ids(c)}
    chosen.update(marks)  # the marks
    toks = _without_trailing_aside(ctx, _strip_edges(tt, sorted(t for t in chosen if t > verb)))
    toks = _with_list_continued(ctx, toks, verb)
    if toks and _dropped_complementiser(tt, toks[0]):
        toks = toks[1:]  # as complements are given, without their "that"
    if scare and not any(pos[t] in ("VERB", "AUX") for t in toks) and {ctx.quote_of[t] for t in toks} <= {qi, -1}:
        # 'wrote large checks to "super PACs"', 'seized on the issue of "religious liberty"': a phrase
        # with a term in scare quotes under a verb that does not speak, no statement
        return None
    span = ctx.char_span(toks)
    if span is None:
        return None
    cue_span = _cue_span(ctx, verb)
    claim = _mention_of(ctx, subj).apply(_Claim(rule="governed", content=[span], cue=cue_span, cue_root=verb))
    if claim.mention is None:
        return None
    _fit_to_quotes(ctx, claim)
    return claim


def _governing_verb(ctx: _Context, verb: int, first: int) -> int:
    """From the head of a quote's words (``first``: its first word), the verb that governs them."""
    tt = ctx.table
    dep, pos, head = tt.dep, tt.pos, tt.head
    for _ in range(_GOVERNED_MAX_CLIMB):  # up to a verb; a copula in a clause goes on to the verb above
        if pos[verb] == "VERB" or head[verb] == verb or (pos[verb] == "AUX" and (
                dep[verb] not in ("ccomp", "conj") or pos[head[verb]] != "VERB")):
            break
        verb = head[verb]
    for _ in range(_GOVERNED_MAX_CLIMB):
        # 'ripped the agency for acting as "the judge"', 'boasted of his willingness to spend "whatever
        # it takes"': a verb with no subject of its own is part of the content of the verb above it
        if dep[verb] not in ("pcomp", "xcomp", "acl") or _subject(ctx, verb) is not None or ctx.is_cue(verb):
            break
        up = head[verb]
        while pos[up] in ("ADP", "NOUN", "PROPN") and dep[up] in ("prep", "pobj", "dobj") and head[up] != up:
            up = head[up]
        if pos[up] != "VERB" or up == verb or up > first:
            break
        verb = up
    return verb


def _in_headline(ctx: _Context, quote: MarkedQuote) -> bool:
    """Whether the quote stands in a title-case line ("Clinton Calls Trump’s Remarks ‘Troubling’"),
    where title case says nothing of the quote."""
    start = ctx.text.rfind("\n", 0, quote.start) + 1
    end = ctx.text.find("\n", quote.end)
    line = (ctx.text[start:quote.start] + " " + ctx.text[quote.end:end if end >= 0 else len(ctx.text)]).split()
    return len([w for w in line if w[:1].isalpha()]) >= 3 and _title_case(line)


def _can_speak(tt: TokenTable, token: int) -> bool:
    """A subject that can say things: a person or group pronoun, a name, or a person or body noun."""
    lower = tt.lower[token]
    if tt.pos[token] == "PRON":
        return lower in lexicons.PERSON_PRONOUNS or lower in lexicons.PLURAL_PRONOUNS or \
            lower in lexicons.FIRST_PERSON or lower in lexicons.RELATIVE_PRONOUNS
    if tt.ent_type[token] in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lemma = tt.lemma[token]
    return tt.pos[token] == "PROPN" or lemma in lexicons.ROLE_NOUNS or lemma in lexicons.ORG_NOUNS or \
        lemma in lexicons.MEDIUM_NOUNS
