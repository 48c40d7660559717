"""The HTML of one :class:`~claimex.model.Result`: the view :meth:`Result._repr_html_ <claimex.model.Result>`
shows and :func:`claimex.viz.render_html` returns.

Quote contents are highlighted in their speaker's colour (with the claim id before them, and a small "H" after
the id of a claim in the headline: ``Claim.in_headline``), cues and speaker
mentions marked, a speaker legend (name, kind, role, affiliation, number of claims) and the links between
claims (disputes in red, supports in green), whose evidence shows when the pointer is over them. The HTML is
self-contained: inline CSS only, no script, no font or image to fetch, and every piece of text from the
article or the results is escaped.

This module works on a Result's attributes only and imports :mod:`claimex.model` for its types alone, so
that the model can delegate to it without an import cycle; :mod:`claimex.viz` takes any input (a Doc, an
output record) and turns it into a Result first.
"""

from __future__ import annotations

import hashlib
import html
import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from .model import Claim, ClaimLink, Result, Speaker

#: Background colours of the speakers' quotes, in speaker order (cycled beyond twelve speakers).
SPEAKER_COLOURS: Final[tuple[str, ...]] = (
    "#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fbcfe8",
    "#a5f3fc", "#fed7aa", "#d9f99d", "#e9d5ff", "#c7d2fe", "#99f6e4",
)
#: Colour of quotes that have no speaker.
UNATTRIBUTED_COLOUR: Final = "#e5e7eb"
#: Colour of each link relation (badges in the text, rows of the links table, hover outlines).
RELATION_COLOURS: Final[Mapping[str, str]] = {
    "disputes": "#dc2626",
    "supports": "#16a34a",
    "responds_to": "#2563eb",
}
#: Colour of a relation not in :data:`RELATION_COLOURS`.
OTHER_RELATION_COLOUR: Final = "#6b7280"
#: displaCy labels of the cue and speaker-mention spans (quote spans are labelled with the speaker's name).
CUE_LABEL: Final = "CUE"
SPEAKER_LABEL: Final = "SPEAKER"
UNATTRIBUTED_LABEL: Final = "UNATTRIBUTED"

#: The view's style sheet; every rule is scoped to ``.claimex-view``. System fonts only: nothing to fetch.
CSS: Final = """
.claimex-view{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
 font-size:14px;line-height:1.7;color:#111827;background:#fff;max-width:62em;padding:8px 12px}
.claimex-view .cx-head{font-weight:600;margin-bottom:6px}
.claimex-view .cx-head .cx-counts{font-weight:400;color:#4b5563}
.claimex-view table{border-collapse:collapse;margin:6px 0 12px 0;font-size:13px}
.claimex-view th,.claimex-view td{border-bottom:1px solid #e5e7eb;padding:2px 8px;text-align:left;
 vertical-align:top}
.claimex-view th{color:#374151;font-weight:600}
.claimex-view .cx-swatch{display:inline-block;width:1.1em;height:1.1em;border-radius:3px;
 border:1px solid #9ca3af;vertical-align:middle}
.claimex-view .cx-text{white-space:pre-wrap;word-wrap:break-word;border-top:1px solid #d1d5db;
 border-bottom:1px solid #d1d5db;padding:8px 0}
.claimex-view mark.cx-quote{color:inherit;border-radius:3px;padding:1px 0}
.claimex-view .cx-cue{font-weight:700;text-decoration:underline;text-decoration-style:dotted}
.claimex-view .cx-speaker{font-weight:700;border-bottom:3px solid #9ca3af}
.claimex-view .cx-cid{font-size:.68em;font-weight:700;vertical-align:super;color:#374151;
 margin-right:1px}
.claimex-view .cx-hl{font-weight:400;color:#6b7280;margin-left:1px}
.claimex-view .cx-link{display:inline-block;font-size:.68em;font-weight:700;
 line-height:1.3;vertical-align:super;color:#fff;border-radius:8px;padding:0 5px;margin:0 1px;
 cursor:help;white-space:nowrap}
.claimex-view .cx-tip{display:none;position:fixed;right:12px;top:12px;z-index:1000;width:min(30em,90vw);
 white-space:normal;font-size:12px;font-weight:400;line-height:1.4;color:#111827;background:#fff;
 border:1px solid #9ca3af;border-radius:4px;padding:6px 8px;box-shadow:0 2px 8px rgba(0,0,0,.25)}
.claimex-view .cx-link:hover .cx-tip,.claimex-view .cx-link:focus .cx-tip{display:block}
.claimex-view .cx-tip b{font-weight:700}
.claimex-view .cx-stance{white-space:nowrap}
.claimex-view .cx-oppose{color:#b2182b}
.claimex-view .cx-support{color:#1b7837}
.claimex-view .cx-rel{display:inline-block;color:#fff;border-radius:8px;padding:0 6px;font-weight:700}
.claimex-view .cx-errors{color:#b91c1c}
.claimex-view .cx-none{color:#6b7280;font-style:italic}
"""

def _esc(value: object) -> str:
    """``value`` as text safe in HTML content and in double-quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)



def speaker_colours(result: Result) -> dict[str, str]:
    """The colour of each speaker id of ``result``, in speaker order."""
    return {s.id: SPEAKER_COLOURS[i % len(SPEAKER_COLOURS)] for i, s in enumerate(result.speakers)}


def relation_colour(relation: str) -> str:
    return RELATION_COLOURS.get(relation, OTHER_RELATION_COLOUR)


@dataclass(frozen=True, slots=True)
class _Mark:
    """A marked stretch of the text: a quote content, a cue or a speaker mention."""

    start: int
    end: int
    kind: str  # "quote" | "cue" | "speaker"
    claim: int  # index of the claim it belongs to


def _clip(span: tuple[int, int] | None, size: int) -> tuple[int, int] | None:
    if span is None:
        return None
    start, end = max(0, span[0]), min(size, span[1])
    return (start, end) if start < end else None


def _marks(result: Result) -> list[_Mark]:
    size = len(result.text)
    marks: list[_Mark] = []
    for i, claim in enumerate(result.claims):
        spans: list[tuple[str, tuple[int, int] | None]] = [
            ("quote", s) for s in claim.content_spans or (claim.content,)]
        spans += [("cue", claim.cue), ("speaker", claim.speaker_mention)]
        for kind, span in spans:
            clipped = _clip(span, size)
            if clipped:
                marks.append(_Mark(*clipped, kind, i))
    return marks


class _View:
    """Builds the HTML of one result; ``uid`` makes element ids and CSS rules unique on a page."""

    def __init__(self, result: Result) -> None:
        self.result = result
        self.colours = speaker_colours(result)
        self.speakers: dict[str, Speaker] = {s.id: s for s in result.speakers}
        self.index: dict[str, int] = {c.id: i for i, c in enumerate(result.claims)}
        digest = hashlib.sha1(f"{result.id}\0{result.text}\0{len(result.claims)}".encode(), usedforsecurity=False)
        self.uid = "cx-" + digest.hexdigest()[:10]

    # ------------------------------------------------------------------ pieces
    def colour(self, claim: Claim) -> str:
        return self.colours.get(claim.speaker or "", UNATTRIBUTED_COLOUR)

    def who(self, claim: Claim | None) -> str:
        if claim is None:
            return "?"
        speaker = self.speakers.get(claim.speaker or "")
        if speaker is not None:
            return speaker.name
        return claim.speaker_mention_text or "no speaker"

    def claim_title(self, claim: Claim) -> str:
        parts = [claim.id, self.who(claim), claim.type]
        parts += [x for x in (claim.act, f"cue: {claim.cue_text}" if claim.cue_text else None,
                              f"stance: {claim.stance}" if claim.stance else None) if x]
        parts.append(f"confidence {claim.confidence:.2f}")
        if claim.in_headline:
            parts.append("in the headline")
        return " · ".join(parts)

    def claim_id(self, claim: Claim, i: int | None = None) -> str:
        """The claim's id badge, with a small "H" when the claim lies in the headline."""
        data = f" data-ci=\"{i}\"" if i is not None else ""
        mark = "<span class=\"cx-hl\" title=\"in the headline\">H</span>" if claim.in_headline else ""
        return f"<span class=\"cx-cid\"{data}>{_esc(claim.id)}{mark}</span>"

    def link_badge(self, n: int, link: ClaimLink) -> str:
        source, target = self.result.claim(link.source), self.result.claim(link.target)
        colour = relation_colour(link.relation)
        evidence = "".join(
            f"<br><b>{_esc(e.kind)}</b>: {_esc(e.text)}" for e in link.evidence
        ) or "<br>(no evidence recorded)"
        tip = (f"<span class=\"cx-tip\" role=\"tooltip\" style=\"border-left:5px solid {colour}\">"
               f"<b>{_esc(link.source)}</b> ({_esc(self.who(source))}) <b>{_esc(link.relation)} "
               f"{_esc(link.target)}</b> ({_esc(self.who(target))}), score {link.score:.2f}{evidence}</span>")
        return (f"<span class=\"cx-link cx-{_esc(link.relation)}\" tabindex=\"0\" data-link=\"{n}\" "
                f"style=\"background:{colour}\">{_esc(link.relation)} {_esc(link.target)}{tip}</span>")

    def inserts(self) -> dict[int, tuple[list[str], list[str]]]:
        """Badges to put into the text: at each position, (after the spans that end, before those that start)."""
        size = len(self.result.text)
        out: dict[int, tuple[list[str], list[str]]] = {}
        for i, claim in enumerate(self.result.claims):
            spans = [s for s in (_clip(x, size) for x in claim.content_spans or (claim.content,)) if s]
            if not spans:
                continue
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            out.setdefault(start, ([], []))[1].append(self.claim_id(claim, i))
            for n, link in enumerate(self.result.links):
                if link.source == claim.id:
                    out.setdefault(end, ([], []))[0].append(self.link_badge(n, link))
        return out

    def segment(self, start: int, end: int, active: list[_Mark]) -> str:
        piece = _esc(self.result.text[start:end])
        claims = self.result.claims
        speaker = next((m for m in active if m.kind == "speaker"), None)
        if speaker is not None:
            claim = claims[speaker.claim]
            piece = (f"<span class=\"cx-speaker\" style=\"border-bottom-color:{self.colour(claim)}\" "
                     f"title=\"speaker: {_esc(self.who(claim))}\">{piece}</span>")
        cue = next((m for m in active if m.kind == "cue"), None)
        if cue is not None:
            piece = f"<span class=\"cx-cue\" title=\"cue of {_esc(claims[cue.claim].id)}\">{piece}</span>"
        quotes = [m for m in active if m.kind == "quote"]
        if quotes:
            inner = min(quotes, key=lambda m: m.end - m.start)
            claim = claims[inner.claim]
            title = " | ".join(self.claim_title(claims[m.claim]) for m in quotes)
            piece = (f"<mark class=\"cx-quote\" data-ci=\"{inner.claim}\" data-claim=\"{_esc(claim.id)}\" "
                     f"style=\"background:{self.colour(claim)}\" title=\"{_esc(title)}\">{piece}</mark>")
        return piece

    def text(self) -> str:
        text = self.result.text
        if not text:
            return self.claim_list()
        marks = _marks(self.result)
        inserts = self.inserts()
        cuts = sorted({0, len(text), *inserts, *(m.start for m in marks), *(m.end for m in marks)})
        out: list[str] = []
        for start, end in itertools.pairwise(cuts):
            after, before = inserts.get(start, ([], []))
            out += after + before
            active = [m for m in marks if m.start <= start and end <= m.end]
            out.append(self.segment(start, end, active))
        after, before = inserts.get(len(text), ([], []))
        out += after + before
        return f"<div class=\"cx-text\">{''.join(out)}</div>"

    def claim_list(self) -> str:
        """Without the article text (e.g. a result read back from JSON): the claims one by one."""
        if not self.result.claims:
            return "<div class=\"cx-none\">(no text and no claims)</div>"
        items = []
        for i, claim in enumerate(self.result.claims):
            badges = "".join(self.link_badge(n, link) for n, link in enumerate(self.result.links)
                             if link.source == claim.id)
            items.append(
                f"<li>{self.claim_id(claim)} <b>{_esc(self.who(claim))}</b> "
                f"<span class=\"cx-cue\">{_esc(claim.cue_text or '')}</span> "
                f"<mark class=\"cx-quote\" data-ci=\"{i}\" data-claim=\"{_esc(claim.id)}\" "
                f"style=\"background:{self.colour(claim)}\" title=\"{_esc(self.claim_title(claim))}\">"
                f"{_esc(claim.content_text)}</mark>{badges}</li>")
        return f"<ol class=\"cx-text cx-claims\">{''.join(items)}</ol>"

    def legend(self) -> str:
        stances: dict[str, list[str]] = {}
        for st in self.result.stances():
            if st.stance != "neutral":
                stances.setdefault(st.speaker, []).append(
                    f"<span class=\"cx-stance cx-{_esc(st.stance)}\" title=\"{_esc(', '.join(st.claims))}\">"
                    f"{_esc(st.stance)} {_esc(st.target_name)}</span>")
        counts: dict[str | None, int] = {}
        for claim in self.result.claims:
            key = claim.speaker if claim.speaker in self.speakers else None
            counts[key] = counts.get(key, 0) + 1
        rows = [
            f"<tr data-speaker=\"{_esc(s.id)}\"><td><span class=\"cx-swatch\" style=\"background:"
            f"{self.colours[s.id]}\"></span></td><td><b>{_esc(s.name)}</b> <small>{_esc(s.id)}</small></td>"
            f"<td>{_esc(s.kind)}</td><td>{_esc(s.role or '')}</td><td>{_esc(s.affiliation or '')}</td>"
            f"<td>{counts.get(s.id, 0)}</td><td>{'; '.join(stances.get(s.id, ()))}</td></tr>"
            for s in self.result.speakers
        ]
        if counts.get(None):
            rows.append(
                f"<tr data-speaker=\"\"><td><span class=\"cx-swatch\" style=\"background:{UNATTRIBUTED_COLOUR}\">"
                f"</span></td><td class=\"cx-none\">no speaker</td><td></td><td></td><td></td>"
                f"<td>{counts[None]}</td><td></td></tr>")
        if not rows:
            return "<div class=\"cx-legend cx-none\">(no speakers)</div>"
        return ("<table class=\"cx-legend\"><thead><tr><th></th><th>speaker</th><th>kind</th><th>role</th>"
                "<th>affiliation</th><th>claims</th><th>stances (hover: claims)</th></tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>")

    def links(self) -> str:
        if not self.result.links:
            return ""
        rows = []
        for n, link in enumerate(self.result.links):
            source, target = self.result.claim(link.source), self.result.claim(link.target)
            evidence = "; ".join(f"{e.kind}: {e.text}" for e in link.evidence)
            kinds = ", ".join(sorted({e.kind for e in link.evidence}))
            rows.append(
                f"<tr class=\"cx-link-row cx-{_esc(link.relation)}\" data-link=\"{n}\" title=\"{_esc(evidence)}\">"
                f"<td>{_esc(link.source)} <small>{_esc(self.who(source))}</small></td>"
                f"<td><span class=\"cx-rel\" style=\"background:{relation_colour(link.relation)}\">"
                f"{_esc(link.relation)}</span></td>"
                f"<td>{_esc(link.target)} <small>{_esc(self.who(target))}</small></td>"
                f"<td>{link.score:.2f}</td><td>{_esc(kinds)}</td></tr>")
        return ("<table class=\"cx-links\"><thead><tr><th>claim</th><th>relation</th><th>claim</th>"
                f"<th>score</th><th>evidence (hover a row)</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")

    def hover_css(self) -> str:
        """Pointing at a link badge or row outlines the two claims it joins (CSS ``:has``, no script)."""
        rules = []
        for n, link in enumerate(self.result.links):
            colour = relation_colour(link.relation)
            for cid in (link.source, link.target):
                if cid in self.index:
                    rules.append(
                        f"#{self.uid}:has([data-link=\"{n}\"]:hover) mark[data-ci=\"{self.index[cid]}\"]"
                        f"{{outline:2px solid {colour};outline-offset:1px}}")
        return "\n".join(rules)

    def render(self) -> str:
        r = self.result
        head = (f"<div class=\"cx-head\">{_esc(r.id) or 'document'} <span class=\"cx-counts\">· "
                f"{len(r.claims)} claims · {len(r.speakers)} speakers · {len(r.links)} links</span></div>")
        errors = ""
        if r.errors:
            errors = "<ul class=\"cx-errors\">" + "".join(
                f"<li>{_esc(e.stage)}: {_esc(e.message)}</li>" for e in r.errors) + "</ul>"
        return (f"<div class=\"claimex-view\" id=\"{self.uid}\"><style>{CSS}{self.hover_css()}</style>"
                f"{head}{errors}{self.legend()}{self.links()}{self.text()}</div>")


def result_html(result: Result, *, page: bool = False) -> str:
    """The HTML view of one Result: a ``<div>``, or a complete page with ``page``."""
    view = _View(result)
    body = view.render()
    if not page:
        return body
    return _page(body, title=view.result.id or "claimex")


def _page(body: str, title: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{_esc(title)}</title></head><body style=\"margin:0;background:#fff\">{body}</body></html>\n")



__all__ = [
    "CSS",
    "CUE_LABEL",
    "OTHER_RELATION_COLOUR",
    "RELATION_COLOURS",
    "SPEAKER_COLOURS",
    "SPEAKER_LABEL",
    "UNATTRIBUTED_COLOUR",
    "UNATTRIBUTED_LABEL",
    "relation_colour",
    "result_html",
    "speaker_colours",
]
