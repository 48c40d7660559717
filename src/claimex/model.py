"""The result objects of claimex: frozen dataclasses that hold offsets, ids and strings only.

Every object has ``to_dict()`` / ``from_dict()`` that follow the JSON output contract
(``docs/output-contract.md``), a one-line ``repr`` and, where it makes sense, ``_repr_html_``.
Offsets are Python string indices into the document text, end-exclusive.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .about import __version__

Offsets = tuple[int, int]
QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["PERSON", "ORG", "GPE", "NORP", "OTHER"]
Relation = Literal["disputes", "supports", "responds_to", "none"]

QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")
SPEAKER_KINDS: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP", "OTHER")


def _span(value: Any) -> Offsets | None:
    """A ``[s, e]`` list (or None) from JSON as an offsets tuple."""
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


def _list(span: Offsets | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


#: What stands between two fragments of a claim's content in its ``content_text`` when words (the
#: attribution of an interrupted quote, a sentence of narration) were left out between them.
OMISSION: str = " … "


def said_text(text: str, spans: Iterable[Offsets]) -> str:
    """The words a claim says: its content fragments in order, without what stands between them.

    One fragment gives ``text[s:e]``. Between two fragments, words that were left out (the "Lee said"
    of '"We will vote," Lee said, "as one."') become :data:`OMISSION`; a gap of no words (the break
    and reopening mark of a quote that runs into the next paragraph) becomes a newline if it holds one,
    else a space.

    Args:
        text: The document text.
        spans: The content fragments (``content_spans``); they are read in text order.

    Returns:
        The claim's ``content_text``.
    """
    parts: list[str] = []
    previous_end: int | None = None
    for start, end in sorted(spans):
        if previous_end is not None:
            gap = text[previous_end:start]
            parts.append(OMISSION if any(ch.isalnum() for ch in gap) else "\n" if "\n" in gap else " ")
        parts.append(text[start:end])
        previous_end = end
    return "".join(parts)


def _short(text: str | None, width: int = 40) -> str:
    if text is None:
        return "None"
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One signal behind a link: its kind (e.g. ``"negation"``), the text that fired and where."""

    kind: str
    text: str
    span: Offsets | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "span": _list(self.span)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(kind=data["kind"], text=data["text"], span=_span(data.get("span")))


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker entity: every mention of one person or organisation in a document, merged."""

    id: str
    name: str
    kind: str = "OTHER"
    role: str | None = None
    title: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Offsets, ...] = ()
    plural: bool = False

    def __repr__(self) -> str:
        extra = "".join(
            f", {key}={value!r}"
            for key, value in (("role", self.role), ("affiliation", self.affiliation))
            if value
        )
        return f"Speaker({self.id}, {self.name!r}, {self.kind}{extra})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "title": self.title,
            "affiliation": self.affiliation,
            "aliases": list(self.aliases),
            "mentions": [list(m) for m in self.mentions],
            "plural": self.plural,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speaker:
        return cls(
            id=data["id"],
            name=data["name"],
            kind=data.get("kind", "OTHER"),
            role=data.get("role"),
            title=data.get("title"),
            affiliation=data.get("affiliation"),
            aliases=tuple(data.get("aliases", ())),
            mentions=tuple((int(s), int(e)) for s, e in data.get("mentions", ())),
            plural=bool(data.get("plural", False)),
        )


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed quote: what was said (content), how (cue, type, act) and by whom (speaker)."""

    id: str
    type: str
    content: Offsets
    content_text: str
    content_spans: tuple[Offsets, ...] = ()
    cue: Offsets | None = None
    cue_text: str | None = None
    speaker_mention: Offsets | None = None
    speaker_mention_text: str | None = None
    speaker: str | None = None
    confidence: float = 0.0
    act: str | None = None
    polarity: str | None = None
    hedged: bool | None = None
    target: Offsets | None = None
    target_text: str | None = None
    stance: str | None = None
    nested_source: Offsets | None = None
    nested_source_text: str | None = None
    #: the named rule that decided ``act`` ("accusation", "ask_to", "cue", ...)
    act_rule: str | None = None
    #: the speaker entity the target is (a person or organisation of the article), if any
    target_entity: str | None = None
    #: the target's full name where it names an entity ("Trump" -> "Donald Trump"), else None
    target_name: str | None = None
    #: the named rule of the quote stage that found the claim ("complement", "adjacent_quote", ...)
    quote_rule: str | None = None
    #: the id of the claim that gives in full the statement this one quotes a fragment of at another
    #: place (a lede's "called the plan "a reckless waste"" of a quote further down); None for a claim
    #: of its own. One claim per statement: the claims whose ``repeat_of`` is None
    repeat_of: str | None = None
    #: the content lies in the article's headline block, the text before its first blank line
    #: (:func:`claimex.pipeline.paragraphs.headline_end`): the paper's words reporting a statement
    in_headline: bool = False

    def __repr__(self) -> str:
        who = self.speaker_mention_text or self.speaker or "?"
        act = f" {self.act}" if self.act else ""
        return f"Claim({self.id}, {self.type}{act}, {who!r}: {_short(self.content_text)})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "content": _list(self.content),
            "content_text": self.content_text,
            "content_spans": [list(s) for s in self.content_spans],
            "cue": _list(self.cue),
            "cue_text": self.cue_text,
            "speaker_mention": _list(self.speaker_mention),
            "speaker_mention_text": self.speaker_mention_text,
            "speaker": self.speaker,
            "confidence": self.confidence,
            "act": self.act,
            "polarity": self.polarity,
            "hedged": self.hedged,
            "target": _list(self.target),
            "target_text": self.target_text,
            "stance": self.stance,
            "nested_source": _list(self.nested_source),
            "nested_source_text": self.nested_source_text,
            "act_rule": self.act_rule,
            "target_entity": self.target_entity,
            "target_name": self.target_name,
            "quote_rule": self.quote_rule,
            "repeat_of": self.repeat_of,
            "in_headline": self.in_headline,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Claim:
        content = _span(data["content"])
        assert content is not None
        return cls(
            id=data["id"],
            type=data["type"],
            content=content,
            content_text=data["content_text"],
            content_spans=tuple((int(s), int(e)) for s, e in data.get("content_spans") or [content]),
            cue=_span(data.get("cue")),
            cue_text=data.get("cue_text"),
            speaker_mention=_span(data.get("speaker_mention")),
            speaker_mention_text=data.get("speaker_mention_text"),
            speaker=data.get("speaker"),
            confidence=float(data.get("confidence", 0.0)),
            act=data.get("act"),
            polarity=data.get("polarity"),
            hedged=data.get("hedged"),
            target=_span(data.get("target")),
            target_text=data.get("target_text"),
            stance=data.get("stance"),
            nested_source=_span(data.get("nested_source")),
            nested_source_text=data.get("nested_source_text"),
            act_rule=data.get("act_rule"),
            target_entity=data.get("target_entity"),
            target_name=data.get("target_name"),
            quote_rule=data.get("quote_rule"),
            repeat_of=data.get("repeat_of"),
            in_headline=bool(data.get("in_headline", False)),
        )


@dataclass(frozen=True, slots=True)
class SpeakerStance:
    """A speaker entity's stance toward one target entity across a document, with the claims behind it.

    ``target`` is the target's speaker id where the claims stage resolved it to a speaker entity
    (``Claim.target_entity``), else ``name:<target name>``. ``stance`` is the majority of the claims'
    non-neutral stances: ``support``, ``oppose``, ``mixed`` (as many of each) or ``neutral`` (none).
    """

    speaker: str
    target: str
    target_name: str
    stance: str
    claims: tuple[str, ...] = ()
    support: int = 0
    oppose: int = 0

    def __repr__(self) -> str:
        return f"SpeakerStance({self.speaker} {self.stance} {self.target_name!r}: {','.join(self.claims)})"

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "target": self.target, "target_name": self.target_name,
                "stance": self.stance, "claims": list(self.claims), "support": self.support,
                "oppose": self.oppose}


def speaker_stances(claims: Iterable[Claim], speakers: Iterable[Speaker]) -> tuple[SpeakerStance, ...]:
    """Per speaker entity, the stance toward each target entity over its claims (see :class:`SpeakerStance`).

    A claim counts when it has a speaker and a target entity or target name; a speaker's claims about
    itself do not count. Speakers come in their order, targets in the order of their first claim.
    """
    names = {s.id: s.name for s in speakers}
    groups: dict[tuple[str, str], list[Claim]] = {}
    target_names: dict[str, str] = {}
    for claim in claims:
        if not claim.speaker or claim.target_entity == claim.speaker:
            continue
        if claim.target_entity:
            key, name = claim.target_entity, names.get(claim.target_entity, claim.target_entity)
        elif claim.target_name:
            key, name = f"name:{claim.target_name}", claim.target_name
        else:
            continue
        target_names.setdefault(key, name)
        groups.setdefault((claim.speaker, key), []).append(claim)
    order = {sid: n for n, sid in enumerate(names)}
    out = []
    for (sid, key), group in sorted(groups.items(), key=lambda kv: order.get(kv[0][0], len(order))):
        support = sum(c.stance == "support" for c in group)
        oppose = sum(c.stance == "oppose" for c in group)
        stance = ("support" if support > oppose else "oppose" if oppose > support
                  else "mixed" if support else "neutral")
        out.append(SpeakerStance(speaker=sid, target=key, target_name=target_names[key], stance=stance,
                                 claims=tuple(c.id for c in group), support=support, oppose=oppose))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """``source`` disputes / supports / responds to ``target`` (claim ids), with score and evidence."""

    source: str
    target: str
    relation: str
    score: float
    evidence: tuple[Evidence, ...] = ()

    def __repr__(self) -> str:
        kinds = ",".join(sorted({e.kind for e in self.evidence}))
        return f"ClaimLink({self.source} {self.relation} {self.target}, {self.score:.2f}, [{kinds}])"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "relation": self.relation,
            "score": self.score,
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ClaimLink:
        return cls(
            source=data["source"],
            target=data["target"],
            relation=data["relation"],
            score=float(data["score"]),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", ())),
        )


@dataclass(frozen=True, slots=True)
class DocError:
    """Why (part of) a document could not be processed: the stage and a message."""

    stage: str
    message: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"stage": self.stage, "message": self.message}
        if self.line is not None:
            data["line"] = self.line
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocError:
        return cls(stage=data.get("stage", "unknown"), message=data.get("message", ""), line=data.get("line"))


#: Longest error message a Result's repr shows (the record holds it whole).
REPR_ERROR_CHARS = 80


def _first_error(errors: tuple[DocError, ...]) -> str:
    """The first error as ``stage: message``, cut for a one-line repr, so a notebook shows what went wrong."""
    line = f"{errors[0].stage}: {errors[0].message}"
    return line if len(line) <= REPR_ERROR_CHARS else line[:REPR_ERROR_CHARS - 1] + "…"


@dataclass(frozen=True, slots=True)
class Result:
    """Everything claimex found in one document: one output record of the contract."""

    id: str
    text: str = field(repr=False)
    claims: tuple[Claim, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    links: tuple[ClaimLink, ...] = ()
    errors: tuple[DocError, ...] = ()

    def __repr__(self) -> str:
        errors = f", {len(self.errors)} errors: {_first_error(self.errors)}" if self.errors else ""
        return (
            f"Result({self.id!r}, {len(self.claims)} claims, {len(self.speakers)} speakers, "
            f"{len(self.links)} links{errors})"
        )

    @property
    def ok(self) -> bool:
        return not self.errors

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        """The speaker entity with this id (None for None or an unknown id)."""
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def stances(self) -> tuple[SpeakerStance, ...]:
        """Who supports or opposes whom: per speaker entity, its stance toward each target entity across
        the document, with the claims that carry it (:func:`speaker_stances`)."""
        return speaker_stances(self.claims, self.speakers)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "claimex_version": __version__,
            "claims": [c.to_dict() for c in self.claims],
            "speakers": [s.to_dict() for s in self.speakers],
            "links": [link.to_dict() for link in self.links],
            "errors": [e.to_dict() for e in self.errors],
        }
        if include_text:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str | None = None) -> Result:
        return cls(
            id=str(data.get("id", "")),
            text=text if text is not None else data.get("text", ""),
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", ())),
            speakers=tuple(Speaker.from_dict(s) for s in data.get("speakers", ())),
            links=tuple(ClaimLink.from_dict(x) for x in data.get("links", ())),
            errors=tuple(DocError.from_dict(e) for e in data.get("errors", ())),
        )

    @classmethod
    def failed(cls, doc_id: str, text: str, errors: Iterable[DocError]) -> Result:
        """The record for a document that could not be processed: empty lists and the errors."""
        return cls(id=doc_id, text=text, errors=tuple(errors))

    # -- notebook views (claimex.viz, claimex.tables)
    def _repr_html_(self) -> str:
        """The HTML view Jupyter shows: see :func:`claimex.viz.render_html`."""
        from .html_view import result_html

        return result_html(self)

    def to_dataframe(self) -> Any:
        """One row per claim as a pandas DataFrame (``pip install 'claimex[pandas]'``); see
        :func:`claimex.tables.to_dataframe`."""
        from .rows import claims_frame

        return claims_frame([self])
    # --
