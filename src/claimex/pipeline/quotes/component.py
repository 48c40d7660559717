"""The ``claimex_quotes`` component: the cue rules, then the quote-mark rules, then the passes."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from ... import lexicons
from ...errors import MissingStageError
from ...extensions import QUOTES_SPAN_KEY
from ...model import Claim, said_text
from ..collector import collector_paused
from ..marks import find_quotes
from ..paragraphs import headline_end
from ..spans import SpanSet
from ..stage import Stage
from ..state import ClaimRecord, QuoteFound, write_claims
from ..tokens import TokenTable
from .confidence import ConfidenceModel, confidence_weights_v1
from .context import MAX_CUES_PER_SENTENCE, _Claim, _Context
from .cues import _according_to, _as_clause, _join_interrupted, _nominal, _verb_cue, questions_put, survey_finding
from .dedup import dedupe_statements
from .furniture import drop_furniture
from .labels import speaker_labels
from .passes import (
    _attach_followers,
    _cut_attributions,
    _dedupe,
    _drop_titles,
    _outer_reports,
    _own_paragraphs,
    _quote_type,
    _quote_with_its_clause,
    _reports_quote_and_attribution,
)
from .quoted import _adjacent_cue, _continues_after_cue, _floating, _governed

#: Rule name -> rank of a claim made by that rule when two readings of one statement compete (dedup):
#: roughly each rule's precision (content + source) on the PolNeAR train articles. The confidence a
#: claim reports is the fitted model's (:mod:`.confidence`), which reads the whole claim.
RULE_CONFIDENCE: Mapping[str, float] = {
    "complement": 0.8,
    "infinitive": 0.7,
    "preposition": 0.6,
    "quoted_object": 0.8,
    "object": 0.6,
    "naming": 0.6,
    "parenthetical": 0.7,
    "adjacent_quote": 0.85,
    "according_to": 0.75,
    "nominal": 0.55,
    "floating": 0.6,
    "governed": 0.5,
    "label": 0.6,
}


def _without_questions_put(ctx: _Context, claims: list[_Claim]) -> list[_Claim]:
    """The claims without the fragments that lie in a question put to someone by an unnamed asker
    ("*Asked whether the council "can be trusted ...,"* 62 percent said yes"; "Lee was asked, *"Would
    you ...?"* He answered, "..."": the answer stays), and without the claims left empty."""
    ranges = questions_put(ctx)
    if not ranges:
        return claims
    kept = []
    for claim in claims:
        content = [f for f in claim.content if not any(s <= f[0] and f[1] <= e for s, e in ranges)]
        if content:
            if content != claim.content:
                claim.content = content
            kept.append(claim)
    return kept


def _confidence(rule: str) -> float:
    """The rank of a claim of ``rule`` in dedup."""
    return RULE_CONFIDENCE.get(rule, 0.5)



#: What may join two quotes of one statement: 'told the crowd, "A," and, "B."'
_QUOTE_JOINER = re.compile(r"\s*,?\s*(?:and|or)\s*,?\s*")


def _joined_quote(ctx: _Context, qi: int) -> bool:
    """Whether quote ``qi`` is joined to the quote before it by a bare conjunction, in one sentence:
    two quotes given as one statement ('telling the crowd, "A," and, "B."')."""
    if qi == 0:
        return False
    prev, quote = ctx.marked[qi - 1], ctx.marked[qi]
    inner = ctx.text[prev.inner[0]:prev.inner[1]].rstrip()
    return not inner.endswith((".", "!", "?")) and _QUOTE_JOINER.fullmatch(ctx.text[prev.end:quote.start]) is not None

class QuoteFinder(Stage):
    """Finds quotes in a parsed Doc. Holds the cue lexicon (saved with the pipeline); stateless across
    documents."""

    def __init__(
        self,
        *,
        name: str = "claimex_quotes",
        cues: Mapping[str, str],
        single_quotes: bool = True,
        min_floating_words: int = lexicons.MIN_FLOATING_QUOTE_WORDS,
        indirect: bool = True,
        scorer: Callable[..., dict[str, Any]] | None = None,
        confidence: ConfidenceModel | None = None,
        min_confidence: float = 0.0,
        headlines: bool = True,
    ) -> None:
        self._init_stage(name)
        self._set_cues(cues)
        if not 0.0 <= min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be between 0 and 1, not {min_confidence!r}")
        self.scorer = scorer
        self.confidence = confidence or confidence_weights_v1()
        self.min_confidence = min_confidence
        self.single_quotes = single_quotes
        self.min_floating_words = min_floating_words
        self.indirect = indirect
        self.headlines = headlines

    def _set_cues(self, cues: Mapping[str, str]) -> None:
        self.cues = dict(cues)
        self._cue_words = frozenset({*self.cues, *lexicons.NOMINAL_CUES, *lexicons.SURVEY_FINDING_CUES, "accord",
                                     "put"})

    def _saved(self) -> dict[str, Any]:
        return {"cues": self.cues}

    def _restore(self, data: dict[str, Any]) -> None:
        self._set_cues(data["cues"])

    # ------------------------------------------------------------------ pipeline protocol
    @collector_paused
    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP") or not doc.has_annotation("POS"):
            raise MissingStageError(f"{self.name} needs a dependency parse and part-of-speech tags: add it after "
                                    "the parser and the attribute_ruler (or tagger) of an English pipeline")
        try:
            text = TokenTable.of(doc).text  # shared with the other stages
            claims = self.find(doc, text)
        except Exception as err:  # one bad document must not end a batch (claimex's default handler)
            self.get_error_handler()(self.name, self, [doc], err)
            claims = []
        self.set_annotations(doc, claims, text)
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """P/R/F of ``doc.spans["claimex_quotes"]`` for ``nlp.evaluate`` (``claimex.quote_scorer.v1``)."""
        if self.scorer is None:
            return {}
        return self.scorer(examples, **kwargs)

    # ------------------------------------------------------------------ finding
    def find(self, doc: Doc, text: str | None = None) -> list[_Claim]:
        text = doc.text if text is None else text
        if not doc.has_annotation("DEP"):
            raise ValueError("claimex_quotes needs a dependency parse: add it after a parser")
        marked = find_quotes(text, single=self.single_quotes)
        ctx = _Context(doc, marked, self.cues, text)
        claims: list[_Claim] = []
        candidates = self._cue_candidates(doc)  # only tokens whose lemma can be a cue
        # a sentence is counted by its bounds (the token table's, which honour a user's sentence hooks)
        sentence_of = ctx.table.sentence_bounds if len(candidates) > MAX_CUES_PER_SENTENCE else None
        per_sentence: dict[tuple[int, int], int] = {}
        space = ctx.table.is_space
        for i in candidates:
            if ctx.quote_of[i] >= 0 or space[i]:
                continue
            if sentence_of is not None:
                sentence = sentence_of(i)
                seen = per_sentence[sentence] = per_sentence.get(sentence, 0) + 1
                if seen > MAX_CUES_PER_SENTENCE:
                    continue
            claims.extend(self._from_cue(ctx, i))
        claims = _own_paragraphs(ctx, claims)  # before the repeats go: a paragraph's own attribution is none
        # "'...,' Lee said, according to the Tribune": one statement, whose source is the one it is
        # "according to" (the outer source, as PolNeAR reads it), and Lee its nested source
        claims = _dedupe(sorted(claims, key=lambda c: c.rule != "according_to"))
        claims.extend(self._from_marks(ctx, claims))
        claims.extend(speaker_labels(ctx))
        claims = _own_paragraphs(ctx, _join_interrupted(ctx, _dedupe(claims)))
        claims = _attach_followers(ctx, _cut_attributions(ctx, claims))
        _quote_with_its_clause(ctx, claims)
        _outer_reports(ctx, claims)
        _reports_quote_and_attribution(ctx, claims)
        claims = _drop_titles(ctx, _without_questions_put(ctx, claims))
        return dedupe_statements(drop_furniture(claims, ctx.text), ctx.text, _confidence,
                                 [quote.fragments for quote in ctx.marked])

    def _cue_candidates(self, doc: Doc) -> list[int]:
        """Indices of the tokens whose lower-cased lemma is a verb, noun or "according" cue."""
        lemmas = TokenTable.of(doc).lemma
        # compress and map run the loop in C: this looks at every token of the document
        return list(itertools.compress(range(len(lemmas)), map(self._cue_words.__contains__, lemmas)))

    def _from_cue(self, ctx: _Context, cue: int) -> list[_Claim]:
        tt = ctx.table
        lemma, pos, dep, lower, kids = tt.lemma[cue], tt.pos[cue], tt.dep, tt.lower, tt.children[cue]
        if lemma == "accord" and lower[cue] == "according":
            return _according_to(ctx, cue)
        if pos in ("NOUN",) and lemma in lexicons.NOMINAL_CUES:
            return _nominal(ctx, cue) if self.indirect else []
        if lemma == "put" and pos == "VERB" and _as_clause(ctx, cue) and any(
                dep[c] == "dobj" and lower[c] == "it" for c in kids):
            return _verb_cue(ctx, cue, indirect=self.indirect)  # "as X put it, ..."
        if lemma not in self.cues and survey_finding(ctx, cue):
            return _verb_cue(ctx, cue, indirect=self.indirect) if self.indirect else []
        if pos not in ("VERB", "AUX") or lemma not in self.cues:
            return []
        particle = lexicons.PHRASAL_CUES.get(lemma)
        if particle and not any(dep[c] == "prt" and lower[c] == particle for c in kids):
            return []
        return _verb_cue(ctx, cue, indirect=self.indirect)

    def _from_marks(self, ctx: _Context, claims: list[_Claim]) -> list[_Claim]:
        """Quoted spans no cue claimed: adjacent to a cue clause, or floating whole sentences."""
        used = {qi for c in claims for qi in c.quotes}
        covered = SpanSet(span for c in claims for span in c.content)
        out: list[_Claim] = []
        skip: set[int] = set()
        owner = {qi: c for c in claims for qi in c.quotes}
        for qi, quote in enumerate(ctx.marked):
            if qi in used or qi in skip or covered.overlaps(quote.inner):
                continue
            before = owner.get(qi - 1)
            if before is not None and before.direct and before.cue is not None and (
                    _continues_after_cue(ctx, before, quote)  # '"A," said X, a long apposition, "B"'
                    or _joined_quote(ctx, qi)):  # 'telling the crowd, "A," and, "B"'
                before.content.extend(quote.fragments)
                before.quotes.append(qi)
                continue
            claim = _adjacent_cue(ctx, qi)
            if claim is None:
                claim = _floating(ctx, qi, self.min_floating_words)
            if claim is None and self.indirect:
                claim = _governed(ctx, qi)
                if claim is not None:
                    skip.update(claim.quotes)
                    covered.extend(claim.content)
            if claim is None:
                continue
            owner[qi] = claim  # the quote after it may be joined to it
            # an interrupted quote: "A," he said, "B" -- one claim, two fragments
            nxt = qi + 1
            if (claim.cue is not None and nxt < len(ctx.marked) and nxt not in used
                    and _continues_after_cue(ctx, claim, ctx.marked[nxt])):
                claim.content.extend(ctx.marked[nxt].fragments)
                claim.quotes.append(nxt)
                skip.add(nxt)
            out.append(claim)
        return out

    # ------------------------------------------------------------------ output
    def _claim(self, c: _Claim, text: str, headline: int = 0) -> Claim:
        """The public claim of ``c`` (numbered and given its fitted confidence later); ``headline`` is where
        the text's headline block ends (:func:`~claimex.pipeline.paragraphs.headline_end`)."""
        start, end = c.content[0][0], max(e for _, e in c.content)
        return Claim(
            id="",
            type=_quote_type(c),
            content=(start, end),
            content_text=said_text(text, c.content),
            content_spans=tuple(c.content),
            cue=c.cue,
            cue_text=text[c.cue[0]:c.cue[1]] if c.cue else None,
            speaker_mention=c.mention,
            speaker_mention_text=text[c.mention[0]:c.mention[1]] if c.mention else None,
            nested_source=c.nested,
            nested_source_text=text[c.nested[0]:c.nested[1]] if c.nested else None,
            quote_rule=c.rule,
            in_headline=end <= headline,
        )

    def set_annotations(self, doc: Doc, claims: list[_Claim], text: str | None = None) -> None:
        text = doc.text if text is None else text
        records: list[ClaimRecord] = []
        spans: list[Span] = []
        table = TokenTable.of(doc)
        claims = sorted(claims, key=lambda c: (c.content[0][0], c.content[0][1]))
        headline = headline_end(text) if self.headlines else 0
        scored = [(c, claim, self.confidence(claim))
                  for c, claim in ((c, self._claim(c, text, headline)) for c in claims)]
        kept = [(c, claim, confidence) for c, claim, confidence in scored if confidence >= self.min_confidence]
        ids = {claim.content: f"c{n}" for n, (_, claim, _) in reversed(list(enumerate(kept, start=1)))}
        for n, (c, claim, confidence) in enumerate(kept, start=1):  # a claim made once more, with its number
            # a repeat of a claim below min_confidence is a claim of its own
            claim = replace(claim, id=f"c{n}", confidence=confidence,
                            repeat_of=ids.get(c.repeat_of) if c.repeat_of is not None else None)
            start, end = claim.content
            found = QuoteFound(rule=c.rule, cue_root=c.cue_root, mention_root=c.mention_root, ref=c.ref,
                               ref_root=c.ref_root, floating=c.floating or c.inherit)
            records.append(ClaimRecord(claim, found))
            tokens = table.expand(start, end)  # doc.char_span(..., alignment_mode="expand") without its Tokens
            if tokens is not None:
                spans.append(Span(doc, *tokens, label=_quote_type(c)))
        write_claims(doc, records)
        doc.spans[QUOTES_SPAN_KEY] = spans




@Language.factory(
    "claimex_quotes",
    default_config={
        "cues": {"@misc": "claimex.reporting_cues.v1"},
        "single_quotes": True,
        "min_floating_words": lexicons.MIN_FLOATING_QUOTE_WORDS,
        "indirect": True,
        "scorer": {"@scorers": "claimex.quote_scorer.v1"},
        "confidence": {"@misc": "claimex.confidence_weights.v1"},
        "min_confidence": 0.0,
        "headlines": True,
    },
    # token.pos is read too: English pipelines set it in their attribute_ruler, from token.tag, and an
    # attribute_ruler declares no assigns (its patterns decide): the tag is the declared input, and
    # the component checks the part-of-speech tags on the document
    requires=["token.dep", "token.lemma", "token.tag"],
    assigns=["doc._.claimex", "doc.spans"],
)
def make_quotes(
    nlp: Language, name: str, cues: dict[str, str], single_quotes: bool, min_floating_words: int,
    indirect: bool, scorer: Callable[..., dict[str, Any]] | None, confidence: ConfidenceModel,
    min_confidence: float, headlines: bool,
) -> QuoteFinder:
    """Build the ``claimex_quotes`` component.

    Args:
        cues: lemma -> speech act of every reporting cue (``claimex.reporting_cues.v1``).
        single_quotes: also take single-mark quotes (‘ ’, ' ') outside double quotes.
        min_floating_words: shortest quote (in words) that counts as a claim with no cue.
        indirect: find indirect speech too; False keeps direct and mixed quotes only.
        scorer: the scorer ``nlp.evaluate`` calls (``claimex.quote_scorer.v1``).
        confidence: the model of each claim's ``confidence`` (``claimex.confidence_weights.v1``, fitted on
            PolNeAR train; ``claimex.confidence_weights_file.v1`` reads another weights file).
        min_confidence: claims whose confidence is below this are dropped (0.0 keeps every claim).
        headlines: read a short first block before a blank line as the text's headline and flag the claims in
            it (``Claim.in_headline``); False for texts that open with no headline (a first short paragraph of
            body text would be read as one).
    """
    return QuoteFinder(name=name, cues=cues, single_quotes=single_quotes, min_floating_words=min_floating_words,
                       indirect=indirect, scorer=scorer, confidence=confidence, min_confidence=min_confidence,
                       headlines=headlines)


__all__ = ["QuoteFinder", "make_quotes"]
