"""The passes after the rules: the quote type, followers, duplicates."""

from __future__ import annotations

from ... import lexicons
from .context import _Claim, _Context, _inner_text, _title_case
from .sources import _Source

Offsets = tuple[int, int]


def _quote_type(claim: _Claim) -> str:
    """direct: the content is quoted text only; mixed: reported speech with quoted parts."""
    if claim.direct:
        return "direct"
    return "mixed" if claim.quotes else "indirect"


def _attach_followers(ctx: _Context, claims: list[_Claim]) -> list[_Claim]:
    """Quote sentences that follow a claim in its paragraph continue it (`"A," he said. "B."`).

    News writing attributes a run of quoted sentences once; PolNeAR's annotators, like readers,
    take them as one attribution whose content runs from the first quote to the last.
    """
    kept: list[_Claim] = []
    for claim in sorted(claims, key=lambda c: c.content[0]):
        prev = kept[-1] if kept else None
        if claim.floating and prev is not None and prev.mention is None and not prev.inherit and len(kept) > 1 \
                and "\n" not in ctx.text[kept[-2].content[-1][1]:claim.content[0][0]]:
            # '"A," the tycoon told Reuters when asked if he had met Lee. "B."': a passive report with
            # no speaker (the question put to him) between them, the quote goes on the tycoon's
            prev = kept[-2]
        if claim.floating and prev is not None and len(kept) > 1 and _report_in_attribution(ctx, kept[-2], prev):
            # '"A," said a former aide, who said she left on good terms. "B."': the quote goes on the aide's
            # quote, not on the report of the clause in its attribution
            prev = kept[-2]
        if (claim.floating and prev is not None and prev.content[-1][1] <= claim.content[0][0]
                and "\n" not in ctx.text[prev.content[-1][1]:claim.content[0][0]]):
            prev.content.extend(claim.content)
            prev.quotes.extend(claim.quotes)
            prev.direct = prev.direct and claim.direct
            continue
        if not claim.lead:
            kept.append(claim)
    return kept


def _paragraph(text: str, pos: int) -> Offsets:
    """The paragraph (line) that character ``pos`` lies in."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


#: Characters trimmed off a content where it is cut at a paragraph's edge.
_PARAGRAPH_EDGE = " \t\n" + lexicons.QUOTE_CHARS


def _own_paragraphs(ctx: _Context, claims: list[_Claim]) -> list[_Claim]:
    """A quote run over paragraphs (its closing mark left out at a paragraph's end, as news writing
    does) is spoken once a paragraph when each paragraph has an attribution of its own: 'Lee said the
    plan is "a step back.\n\n"We tried it before," Lee said. "It failed."' is two claims, the first
    paragraph's (from its own cue) and the second's. A claim's content keeps no paragraph, other than
    its cue's, that holds the cue (outside quote marks) of another claim: what it held after its own
    paragraph is the other claim's, what it held before goes back to that paragraph as a quote with no
    cue (:func:`_attach_followers` joins it to the claim before it there). A quote run over paragraphs
    with one attribution stays one claim."""
    text = ctx.text
    homes: list[tuple[Offsets, _Claim]] = [
        (_paragraph(text, c.cue[0]), c) for c in claims
        if c.cue is not None and c.cue_root is not None and ctx.quote_of[c.cue_root] < 0]
    if len(homes) < 2:
        return claims
    out = list(claims)
    for home, claim in homes:
        start, end = claim.content[0][0], max(e for _, e in claim.content)
        if "\n" not in text[start:end]:
            continue
        low, high = start, end
        for para, other in homes:
            if other is claim or para == home or para[1] <= start or para[0] >= end:
                continue
            if para[1] <= home[0]:
                low = max(low, para[1])  # another paragraph's attribution before: its content is its own
            elif para[0] >= home[1]:
                high = min(high, para[0])
        if (low, high) == (start, end):
            continue
        content, before = _clipped(text, claim.content, low, high), _clipped(text, claim.content, start, low)
        if not content:
            continue
        if before:
            out.append(_Claim(rule="floating", content=before, floating=True, direct=claim.direct,
                              quotes=_quotes_in(ctx, claim.quotes, before)))
        claim.content = content
        claim.quotes = _quotes_in(ctx, claim.quotes, content)
    return out


def _clipped(text: str, fragments: list[Offsets], low: int, high: int) -> list[Offsets]:
    """The parts of ``fragments`` between ``low`` and ``high``, without the space and marks at their
    edges."""
    out: list[Offsets] = []
    for s, e in fragments:
        s, e = max(s, low), min(e, high)
        while s < e and text[s] in _PARAGRAPH_EDGE:
            s += 1
        while e > s and text[e - 1] in _PARAGRAPH_EDGE:
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _quotes_in(ctx: _Context, quotes: list[int], fragments: list[Offsets]) -> list[int]:
    """The quotes of ``quotes`` that share characters with ``fragments``."""
    return [qi for qi in quotes if any(s < ctx.marked[qi].end and ctx.marked[qi].start < e for s, e in fragments)]


def _report_in_attribution(ctx: _Context, quoted: _Claim, report: _Claim) -> bool:
    """Whether ``report`` is an unquoted report in the sentence of ``quoted``'s attribution, after it,
    by another speaker mention ('"A," said a former aide, who said she left on good terms.', '"A!" Lee
    declared, a point he makes since callers asked how much he was paid.'): a clause of the attribution,
    whose speaker does not go on quoting."""
    if not quoted.direct or report.direct or report.quotes or quoted.cue is None or report.cue is None \
            or quoted.cue_root is None or report.cue_root is None or report.mention is None \
            or quoted.mention is None or report.mention == quoted.mention:
        return False
    if report.cue[0] < max(quoted.cue[1], quoted.mention[1]) or quoted.content[-1][1] > report.content[0][0]:
        return False
    return ctx.table.sentence_bounds(quoted.cue_root) == ctx.table.sentence_bounds(report.cue_root)


#: Longest unquoted stretch before or after a quote that goes on the quote's sentence.
_MAX_QUOTE_TAIL = 150
#: Fewest words before a quote that closes on the comma before its attribution for the sentence to be the
#: writer's, run on into the quote (not 'But "A," he said').
_MIN_HEAD_WORDS = 3
#: Characters that end the unquoted words around a quote: another sentence, paragraph or quote.
_NOT_CLAUSE = ".!?;:\n\"" + lexicons.QUOTE_CHARS


def _quote_with_its_clause(ctx: _Context, claims: list[_Claim]) -> None:
    """A quote set in a sentence the writer writes around it, up to the attribution after it
    (`"We are happy" about the ruling, said Lee.`, `The two nominees "were stiff" in comparison, she
    said.`), reports the whole sentence: the content runs from the sentence's start to the comma before
    the attribution clause, and the claim is mixed."""
    for claim in claims:
        if not claim.direct or len(claim.quotes) != 1 or claim.cue is None:
            continue
        quote = ctx.marked[claim.quotes[0]]
        if claim.content[0][0] < quote.inner[0] or claim.content[-1][1] > quote.inner[1]:
            continue
        attribution = min(claim.cue[0], claim.mention[0] if claim.mention is not None else claim.cue[0])
        if attribution <= quote.end:
            continue
        start, end = _sentence_around(ctx, quote.start, quote.end, attribution)
        if start is not None and end is not None and (start, end) != (quote.start, quote.end):
            claim.content = [(start, end if end > quote.end else quote.inner[1])]
            claim.direct = False


def _sentence_around(ctx: _Context, start: int, end: int, attribution: int) -> tuple[int | None, int | None]:
    """Where the sentence a quote (``start``, ``end``) is set in starts, and where its words after the
    quote end at the comma before ``attribution`` (None: not one sentence of unquoted words)."""
    text, tt = ctx.text, ctx.table
    inside = ctx.tokens_between(start, end)
    if not len(inside):
        return None, None
    first = ctx.first_word(inside[0])  # the parse's sentence: a full stop may end an abbreviation
    head = text[min(start, tt.idx[first]):start]
    if len(head) > _MAX_QUOTE_TAIL or any(ch in head for ch in _NOT_CLAUSE.replace(".", "")):
        return None, None
    tail = text[end:attribution]
    words = tail.rstrip()
    inner = text[start:end].strip(lexicons.QUOTE_CHARS + " ").rstrip()
    if not words and inner.endswith(","):
        # 'Lee would make a better mayor than Hale "no matter what," one reader wrote.': the writer's words run
        # on into the quote, whose comma is the one before the attribution (not 'Asked about it, "A," he said',
        # 'to chants of "Marco!,"', a sentence before the quote's)
        last = head.rstrip()[-1:]
        if len(head.split()) < _MIN_HEAD_WORDS or not last.isalnum() or any(ch in head for ch in ".!?"):
            return None, None
        before = [t for t in ctx.tokens_between(start - len(head), start) if tt.end[t] <= start and not tt.is_space[t]]
        if not before or tt.pos[before[-1]] in ("ADP", "DET", "CCONJ"):
            return None, None
        return start - len(head), end
    if len(tail) > _MAX_QUOTE_TAIL or not words.endswith(",") or any(ch in words for ch in _NOT_CLAUSE):
        return None, None
    if words != "," and (not tail[:1].isspace() or inner[-1:] in ",.!?;:…—–-"):
        return None, None  # '"A," he said': nothing after the quote but the comma before its attribution
    return start - len(head), end + len(words) - 1 if words != "," else end


#: Most tokens of a trailing report clause at the end of a claim's content: ", the Post reported in 1991".
_MAX_REPORT_TOKENS = 10
#: Cues of a trailing report by the outlet that carried the statement.
_REPORT_LEMMAS = frozenset({"report", "say"})


def _outer_reports(ctx: _Context, claims: list[_Claim]) -> None:
    """A claim whose content ends with the report of another source that carried it ("Kasich said he
    would have fired him, according to press reports", "Lee acknowledged that ..., the Post reported in
    1991", "..., reported the Examiner"), where the parse left that report inside the content: the
    outer source reports the whole clause before it (as :func:`.cues._trailing_report` reads it when
    the parse gets it), with the first speaker as its nested source."""
    tt = ctx.table
    # the reports the rules read already, by their cue: the claims whose content they report
    reported: dict[Offsets, list[list[Offsets]]] = {}
    for c in claims:
        if c.cue is not None:
            reported.setdefault(c.cue, []).append(c.content)
    for claim in claims:
        if claim.cue is None or claim.mention is None or claim.nested is not None:
            continue
        toks = [t for t in ctx.tokens_between(claim.content[0][0], claim.content[-1][1]) if not tt.is_space[t]]
        if not toks:
            continue
        # the rest of the sentence after the content: ", reported the Examiner." (the comma in the
        # content or right after it, not the comma of another quote: '"A," she said, but "B," said Baker.')
        last = toks[-1] + 2
        toks += [t for t in range(toks[-1] + 1, ctx.table.sentence_bounds(toks[-1])[1]) if not tt.is_space[t]]
        while toks and tt.is_punct[toks[-1]] and tt.word(toks[-1]) not in lexicons.QUOTE_CHARS:
            toks.pop()
        found = _trailing_report_in(ctx, toks)
        if found is None or found[0] > last or any(
                s <= claim.cue[0] < e for content in reported.get(found[1], ()) for s, e in content):
            continue  # none, or a report the rules read already ("..., the Tribune reported.")
        comma, cue, cue_root, source, root = found
        start = claim.content[0][0] if claim.mention[0] > claim.content[0][0] else min(claim.mention[0],
                                                                                      claim.cue[0])
        end = tt.idx[comma]
        if end <= start or claim.cue[0] >= end:
            continue
        claim.nested = claim.mention
        claim.content = [(start, end)] if start < claim.content[0][0] else \
            [f for f in ((s, min(e, end)) for s, e in claim.content) if f[0] < f[1]]
        claim.cue, claim.cue_root = cue, cue_root
        _Source(source, root).apply(claim)
        claim.direct = False


def _reports_quote_and_attribution(ctx: _Context, claims: list[_Claim]) -> None:
    """A report whose content is only the attribution of the quote right before it ('"A," Lee said at a
    rally, according to the Sun.'): it reports the quote with its attribution, the whole clause before it
    (:func:`.dedup.survivor` then keeps it, with Lee as nested source)."""
    for outer in claims:
        if outer.cue is None or outer.mention is None or len(outer.content) != 1 or outer.cue[0] < outer.content[0][1]:
            continue
        start, end = outer.content[0]
        for inner in claims:
            if inner is outer or inner.cue is None or inner.mention is None or not inner.quotes \
                    or not (start <= inner.cue[0] < end and start <= inner.mention[0] < end):
                continue
            gap = ctx.text[inner.content[-1][1]:start]
            if inner.content[-1][1] <= start and not gap.strip(" ,\t" + lexicons.QUOTE_CHARS):
                outer.content = [(inner.content[0][0], end)]
                outer.direct = False
                outer.quotes = [*inner.quotes, *(q for q in outer.quotes if q not in inner.quotes)]
                break


def _trailing_report_in(ctx: _Context, toks: list[int]) -> tuple[int, Offsets, int, Offsets, int] | None:
    """The comma, cue span and root, source span and source root of a trailing report at the end of
    ``toks``."""
    tt = ctx.table
    for k in range(len(toks) - 2, max(0, len(toks) - _MAX_REPORT_TOKENS - 2), -1):
        if tt.word(toks[k]) != ",":
            continue
        rest = toks[k + 1:]
        while rest and tt.word(rest[0]) in lexicons.QUOTE_CHARS:
            rest = rest[1:]  # the closing mark after a quote's comma
        if len(rest) < 2 or any(ctx.quote_of[t] >= 0 for t in rest):
            return None
        if tt.lower[rest[0]] == "according" and len(rest) > 2 and tt.lower[rest[1]] == "to":
            nouns = [t for t in rest[2:] if tt.pos[t] in ("NOUN", "PROPN")]
            cue, source = ctx.char_span(rest[:2]), ctx.char_span(rest[2:])
            if nouns and cue and source:
                return toks[k], cue, rest[0], source, nouns[-1]
            return None
        verbs = [t for t in rest if tt.lemma[t] in _REPORT_LEMMAS and ctx.tag(t) in ("VBD", "VBZ", "VBP")]
        if len(verbs) != 1 or any(tt.pos[t] in ("VERB", "AUX") and t != verbs[0] for t in rest):
            return None
        verb = verbs[0]
        subject = [t for t in rest if t < verb] if verb != rest[0] else \
            [t for t in rest if t > verb and tt.pos[t] != "ADP" and not tt.is_punct[t]][:4]
        nouns = [t for t in subject if tt.pos[t] in ("PROPN", "NOUN")]
        if not nouns or (verb == rest[0] and not any(tt.pos[t] == "PROPN" for t in nouns)) or any(
                tt.pos[t] not in ("DET", "PROPN", "NOUN", "ADJ", "PUNCT") for t in subject):
            return None
        cue, source = ctx.char_span([verb]), ctx.char_span(subject)
        if cue and source:
            return toks[k], cue, verb, source, nouns[-1]
        return None
    return None


#: Width in characters of the buckets that index kept claims in :func:`_dedupe`.
_DEDUPE_BUCKET = 512


def _dedupe(claims: list[_Claim]) -> list[_Claim]:
    """Drop a claim whose content mostly repeats an earlier (higher-priority) one. A claim dropped for
    an "according to" claim of the same words is its nested source ("'...,' Lee said, according to
    the Tribune").

    Only claims whose extents share a bucket of text can overlap, so each claim is compared with its
    neighbours, not with every claim kept before it.
    """
    kept: list[_Claim] = []
    buckets: dict[int, list[tuple[int, int, _Claim]]] = {}  # kept claims with their extents
    for claim in claims:
        start, end = min(s for s, _ in claim.content), max(e for _, e in claim.content)
        near = range(start // _DEDUPE_BUCKET, end // _DEDUPE_BUCKET + 1)
        # claims whose extents do not overlap share no text: no need to compare their fragments
        repeated = next((other for bucket in near for s, e, other in buckets.get(bucket, ())
                         if s < end and start < e and _repeats(claim, other)), None)
        if repeated is None:
            kept.append(claim)
            for bucket in near:
                buckets.setdefault(bucket, []).append((start, end, claim))
        elif repeated.rule == "according_to" and claim.rule != "according_to" and repeated.nested is None:
            repeated.nested = claim.mention  # '"...," Lee said, according to the Tribune': Lee, nested
    return kept


def _repeats(claim: _Claim, other: _Claim) -> bool:
    """Whether ``claim``'s content is mostly ``other``'s (and they are not two claims of one text)."""
    a, b = claim.content, other.content
    inter = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    size = min(sum(e - s for s, e in a), sum(e - s for s, e in b))
    return bool(size) and inter / size > 0.8 and (claim.cue_root == other.cue_root or claim.cue is None
                                                  or other.cue is None or _same_size(a, b))


def _same_size(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    la, lb = sum(e - s for s, e in a), sum(e - s for s, e in b)
    return min(la, lb) / max(la, lb) > 0.8 if la and lb else False


#: Longest stretch (characters) between a cue and its speaker mention that is one attribution clause.
_MAX_ATTRIBUTION_GAP = 80
#: Characters trimmed off a content where an attribution clause is cut out of it.
_CUT_EDGE = " \t,;:-–—"


def _attribution(claim: _Claim) -> tuple[int, int] | None:
    """The attribution clause of a claim: its cue and its speaker mention when they stand together
    ("Lee said", "said Councillor Ann Lee, a former teacher"), not around the claim's own content."""
    if claim.cue is None:
        return None
    if claim.mention is None or claim.mention[0] - claim.cue[1] > _MAX_ATTRIBUTION_GAP or \
            claim.cue[0] - claim.mention[1] > _MAX_ATTRIBUTION_GAP:
        return claim.cue
    first, second = sorted((claim.cue, claim.mention))
    if any(first[1] <= s and e <= second[0] for s, e in claim.content):
        return claim.cue  # "Having announced that A, Lee ...": the content stands between cue and speaker
    return first[0], max(first[1], second[1])


def _without(text: str, fragments: list[tuple[int, int]], cut: tuple[int, int]) -> list[tuple[int, int]]:
    """``fragments`` without the characters of ``cut`` and the punctuation and space around it."""
    out: list[tuple[int, int]] = []
    for s, e in fragments:
        if e <= cut[0] or s >= cut[1]:
            out.append((s, e))
            continue
        if s < cut[0]:
            end = cut[0]
            while end > s and text[end - 1] in _CUT_EDGE:
                end -= 1
            out.append((s, end))
        if e > cut[1]:
            start = cut[1]
            while start < e and text[start] in _CUT_EDGE:
                start += 1
            out.append((start, e))
    return [(s, e) for s, e in out if e > s]


def _as_quoted(ctx: _Context, claim: _Claim) -> None:
    """Fragments that are whole quotes (marks included) become the quotes' inner fragments; a claim
    all of whose fragments are quoted text is direct."""
    quotes = [ctx.marked[qi] for qi in claim.quotes]
    fragments: list[tuple[int, int]] = []
    for span in claim.content:  # a whole quote, with or without its marks
        quote = next((q for q in quotes if q.start <= span[0] <= q.inner[0] and q.inner[1] <= span[1] <= q.end), None)
        fragments.extend(quote.fragments if quote is not None else [span])
    inner = {f for q in quotes for f in q.fragments}
    claim.content = fragments
    claim.direct = claim.direct or (bool(inner) and all(f in inner for f in fragments))


def _one_statement(ctx: _Context, first: _Claim, second: _Claim, clauses: list[tuple[int, int]]) -> bool:
    """Whether two claims of one cue are one statement: two quotes on either side of the cue clause
    (`"A," she said, "B."`), or two reported parts after it ("urged calm and restraint", "said the
    talks failed and new ones would start": PolNeAR takes one speech act for one attribution), unless
    the second repeats its "that" ("said that A, and that B": two claims, as the seed article reads).
    """
    gap = (first.content[-1][1], second.content[0][0])
    if gap[0] > gap[1] or "\n" in ctx.text[gap[0]:gap[1]]:
        return False
    between = ctx.tokens_between(gap[0], gap[1])
    if any(ctx.is_cue(t) and t != first.cue_root for t in between):
        return False  # '"A," Trump said before adding: "B"': the second half has a cue of its own
    inside = [c for c in clauses if gap[0] <= c[0] and c[1] <= gap[1]]
    if first.direct and second.direct:
        # `"A," she said, "B."`: nothing but the cue clause and punctuation between the two quotes, not
        # `"A," he said in May on the podcast "B."`
        rest = ctx.text[gap[0]:gap[1]]
        for c in sorted(inside, reverse=True):
            rest = rest[:c[0] - gap[0]] + rest[c[1] - gap[0]:]
        return bool(inside) and not rest.strip(_CUT_EDGE + lexicons.QUOTE_CHARS)
    around = bool(inside)
    # "said that A, and that B": a "that" said again opens a second claim (the seed article's reading)
    repeated_that = ctx.text[max(gap[0], gap[1] - 6):gap[1]].strip().lower() == "that"
    return not around and not first.direct and not second.direct and not repeated_that


def _cut_attributions(ctx: _Context, claims: list[_Claim]) -> list[_Claim]:
    """The attribution is never content: `The plan will "cut taxes," Lee said, "and create jobs."`
    has two fragments around "Lee said", and `"A," said Ann Lee, a teacher, "B."` is one claim of
    two quotes, not a second claim whose content opens with the speaker.

    Each claim's cue clause (:func:`_attribution`, taken from every claim of that cue) is cut out of
    the contents of the claims of the same cue; two claims of one cue that are one statement
    (:func:`_one_statement`) are joined.
    """
    clauses: dict[int, list[tuple[int, int]]] = {}
    for claim in claims:
        clause = _attribution(claim)
        if clause is not None and claim.cue_root is not None:
            clauses.setdefault(claim.cue_root, []).append(clause)
    by_cue: dict[int, _Claim] = {}
    kept: list[_Claim] = []
    for claim in sorted(claims, key=lambda c: c.content[0]):
        if claim.cue_root is None or claim.cue_root not in clauses:
            kept.append(claim)
            continue
        fragments = claim.content
        for clause in clauses[claim.cue_root]:
            fragments = _without(ctx.text, fragments, clause)
        if not fragments:
            continue
        if fragments != claim.content:
            claim.content = fragments
            _as_quoted(ctx, claim)
        first = by_cue.get(claim.cue_root)
        if first is not None and _one_statement(ctx, first, claim, clauses[claim.cue_root]):
            first.content.extend(claim.content)  # the two halves around the cue
            first.quotes.extend(q for q in claim.quotes if q not in first.quotes)
            continue
        by_cue.setdefault(claim.cue_root, claim)
        kept.append(claim)
    return kept


#: Parts of speech of a word right before a quote that make the quote part of a noun phrase: 'speaking
#: on "Morning Radio Hour,"', 'the "State of the Union,"', 'his memoir "A Time for Truth"'.
_PHRASE_POS = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"})


def _drop_titles(ctx: _Context, claims: list[_Claim]) -> list[_Claim]:
    """Without the direct claims whose one quote names something in running text: two to eight words
    in title case, ending in no punctuation or in the comma of the sentence around them, inside a noun
    phrase (after a preposition, a determiner, a noun, or a noun and a comma of apposition): a title
    or a name ("speaking on "Morning Radio Hour,"", "his book, "A Time for Truth,"", "on CNN's "Early
    Start,""), not a statement.
    A quote that ends in a full stop or holds a "!" or "?" may be a headline, a sentence or a chant
    ("Marco! Marco!"), and stays."""
    return [c for c in claims if not (c.direct and len(c.quotes) == 1 and _is_title(ctx, c.quotes[0]))]


def _is_title(ctx: _Context, qi: int) -> bool:
    quote = ctx.marked[qi]
    words = _inner_text(ctx, quote).split()
    if not 2 <= len(words) <= 8 or words[-1][-1:] in ".!?:;" or any(w[-1] in "!?" for w in words) \
            or not _title_case(words):
        return False
    tt = ctx.table
    before = [t for t in ctx.tokens_between(max(0, quote.start - 80), quote.start)
              if tt.idx[t] < quote.start and not tt.is_space[t]]
    if not before or ctx.quote_of[before[-1]] >= 0:
        return False
    last = before[-1]
    if tt.word(last) == "," and len(before) > 1:
        last = before[-2]  # an apposition: 'his book, "A Time for Truth,"'
        return tt.pos[last] in ("NOUN", "PROPN")
    return tt.pos[last] in _PHRASE_POS or ctx.tag(last) == "POS"  # 'on NBC's "Meet the Press"'
