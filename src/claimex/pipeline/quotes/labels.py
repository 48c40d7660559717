"""Speaker labels: a line that opens with a name and a colon is that speaker's words.

Interview transcripts ("BENSON: Senator Lee does not get to decide when we debate.", a speaker whose
label opens more than one line) and attributed headlines ("Sanders: Brexit vote could
help Trump") put the speaker before a colon at the start of the line, with no verb. The rest of the
line is the content (rule ``label``); a rest that is one quote is that quote (direct). The label must
name a person or a body (a PERSON, ORG or NORP entity) or be a transcript's speaker: not a place
heading a list ("Iowa: ..."), an interview's unnamed "Q:" / "A:" turns, or a navigation label
("READ MORE: ...", page furniture, dropped later by :mod:`.furniture`).
"""

from __future__ import annotations

from typing import Final

from .context import _Claim, _Context
from .cues import _fit_to_quotes, _strip_edges

#: Most tokens of a speaker label ("Chris Matthews", "JOEL BENENSON", "Sen. Claudia Tenney").
MAX_LABEL_TOKENS: Final = 4
#: Fewest words after the colon for the line to report a statement.
MIN_LABEL_CONTENT_WORDS: Final = 3
#: Words that open a line with a colon without naming a speaker.
NOT_SPEAKER_LABELS: Final = frozenset({
    "update", "updated", "note", "correction", "clarification", "disclosure", "source", "sources", "photo",
    "video", "watch", "read", "related", "more", "editor", "editors", "warning", "caption", "credit",
    "image", "graphic", "chart", "map", "poll", "polls", "transcript", "background", "context", "analysis",
    "opinion", "exclusive", "breaking", "live", "listen", "subscribe", "advertisement", "also", "see",
    "summary", "timeline", "fact", "facts", "bottom", "why", "what", "how", "when", "where", "who",
})


def _label_tokens(ctx: _Context, start: int, colon_at: int) -> list[int] | None:
    """The tokens of a speaker label between a line start and its colon, if they name someone."""
    tt = ctx.table
    found = ctx.tokens_between(start, colon_at)
    toks = [t for t in found if not tt.is_space[t]]
    if not toks or len(toks) > MAX_LABEL_TOKENS or ctx.quote_of[toks[0]] >= 0:
        return None
    words = [tt.word(t) for t in toks]
    if any(tt.pos[t] in ("VERB", "AUX", "ADP", "PRON") and len(toks) > 1 for t in toks) or \
            tt.lower[toks[0]].rstrip("'s’") in NOT_SPEAKER_LABELS:
        return None
    if not all(w[:1].isupper() or w in (".", "-", "'s", "’s") for w in words):
        return None  # every word capitalised: a name, not a phrase ("In short:")
    # a person or a body by name, a transcript's capitals ("BENENSON:"), or an interview's Q / A; not a
    # place heading a list ("Iowa: ...") nor a headline's first words
    named = any(tt.ent_type[t] in ("PERSON", "ORG", "NORP") for t in toks)
    label = ctx.text[start:colon_at].strip()
    # a transcript's speaker takes turns: the same label opens another line ("BOOM:" once is a shout),
    # in capitals or not ("Matthews: ..." and "Lopez: ..." in turn)
    transcript = ctx.text.count("\n" + label + ":") + ctx.text.startswith(label + ":") > 1
    if len(label) < 2 or not (named or transcript):
        return None  # "Q:" / "A:": an interview's unnamed turns
    return toks


def speaker_labels(ctx: _Context) -> list[_Claim]:
    """Claims of the lines that open with a speaker label. A claim found inside the line by a cue
    ("BENSON: This is a man who said he would never ...") is a nested one: the dedup pass decides."""
    text = ctx.text
    out: list[_Claim] = []
    start = 0
    title = True
    for line in text.split("\n"):
        end = start + len(line)
        colon = line.find(":", 0, 60)
        if title and line.strip():  # the headline sums up a statement the article reports: no claim
            title = False
        elif colon > 0 and not line[colon - 1].isdigit():  # not "4:40 p.m."
            claim = _label_claim(ctx, start + len(line) - len(line.lstrip()), start + colon, end)
            if claim is not None:
                out.append(claim)
        start = end + 1
    return out


def _label_claim(ctx: _Context, start: int, colon_at: int, end: int) -> _Claim | None:
    tt = ctx.table
    label = _label_tokens(ctx, start, colon_at)
    if label is None or start >= colon_at:
        return None
    rest = _strip_edges(tt, [t for t in ctx.tokens_between(colon_at + 1, end) if not tt.is_space[t]])
    words = [t for t in rest if not tt.is_punct[t]]
    span = ctx.char_span(rest)
    if span is None or len(words) < MIN_LABEL_CONTENT_WORDS:
        return None
    colon = ctx.tokens_between(colon_at, colon_at + 1)
    root = next((t for t in label if tt.head[t] not in label or tt.head[t] == t), label[-1])
    claim = _Claim(rule="label", content=[span], cue=(colon_at, colon_at + 1),
                   cue_root=colon.start if len(colon) else None,
                   mention=ctx.char_span(label), mention_root=root)
    _fit_to_quotes(ctx, claim)
    return claim


__all__ = ["speaker_labels"]
