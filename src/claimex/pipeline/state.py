"""The records the claimex stages hand each other, and their one JSON form in ``doc._.claimex``.

Data flows one way: ``claimex_quotes`` -> ``claimex_speakers`` -> ``claimex_claims`` -> ``claimex_links``.
Each claim travels as a :class:`ClaimRecord`:

* ``claim``: the public :class:`~claimex.model.Claim` (its ``to_dict`` is the one shape of the contract);
  the quotes stage fills the quote, cue and mention, the speakers stage ``speaker``, the claims stage
  ``act``, ``polarity``, ``hedged``, ``target``, ``target_text`` and ``stance``;
* ``quote``: the :class:`QuoteFound` the quotes stage adds (the rule that found the quote, the token
  indices of the cue and the mention), read by the speakers and claims stages;
* ``analysis``: the :class:`ClaimAnalysis` the claims stage adds (token indices of the content, the act
  verb, the target, the negators and hedges), read by the links stage.

The speaker entities are :class:`~claimex.model.Speaker` objects. On the Doc every record is plain JSON
(offsets, token indices, strings) so it survives ``Doc.to_bytes``, ``DocBin`` and ``n_process``: the
public keys of the claim, then the private ``_`` keys of ``quote`` and ``analysis``.
:meth:`ClaimRecord.to_record` / :meth:`ClaimRecord.from_record` are the one place that writes and reads it;
the claims stage reads a record exactly as they write it through :func:`written_input` and adds its fields
in place with :func:`write_analysed`, which gives the same record without building the objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, NamedTuple

from spacy.tokens import Doc

from ..extensions import raw
from ..model import Claim, Offsets, Speaker


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) else None


def _ints(value: Any) -> list[int]:
    return [i for i in value if isinstance(i, int)] if isinstance(value, list | tuple) else []


@dataclass(slots=True)
class QuoteFound:
    """What ``claimex_quotes`` knows of a quote beyond the public claim.

    Attributes:
        rule: the name of the rule that found it (``"verb_ccomp"``, ``"floating"`` ...: why it is a claim).
        cue_root: the token index of the cue's head ("said"), None without a cue.
        mention_root: the token index of the speaker mention's head.
        ref: for a relative-pronoun mention ("X, who said"), the character offsets of what it stands for.
        ref_root: the token index of the head of ``ref``.
        floating: a quote without its own speaker: it takes the speaker of a neighbouring quote.
    """

    rule: str
    cue_root: int | None = None
    mention_root: int | None = None
    ref: tuple[int, int] | None = None
    ref_root: int | None = None
    floating: bool = False

    def to_record(self) -> dict[str, Any]:
        return {
            "_rule": self.rule,
            "_cue_root": self.cue_root,
            "_mention_root": self.mention_root,
            "_ref": list(self.ref) if self.ref else None,
            "_ref_root": self.ref_root,
            "_floating": self.floating,
        }

    @classmethod
    def from_record(cls, data: Mapping[str, Any]) -> QuoteFound | None:
        """The quote record in a claim's JSON; None when no quotes stage wrote one (hand-made claims)."""
        if "_rule" not in data:
            return None
        ref = data.get("_ref")
        return cls(
            rule=str(data["_rule"]),
            cue_root=_int(data.get("_cue_root")),
            mention_root=_int(data.get("_mention_root")),
            ref=(int(ref[0]), int(ref[1])) if ref else None,
            ref_root=_int(data.get("_ref_root")),
            floating=bool(data.get("_floating")),
        )


@dataclass(slots=True)
class ClaimAnalysis:
    """What ``claimex_claims`` found in a claim beyond its public fields; all token indices.

    Attributes:
        content: the content's tokens without punctuation, in order.
        act_root: the verb that gives the act (the cue, its governing verb, or a performative in the
            content), None when the act does not come from a verb.
        target_root: the head of the target noun phrase.
        target_tokens: the target noun phrase, in order.
        negations: the negators on the content's main predicates.
        hedges: the hedge words of the content and the cue (and a non-endorsing cue, and the "if" / "unless"
            of a condition the content holds under).
        predicates: the content's main predicates (the links stage compares propositions on them).
        stance_source: where the stance comes from: ``"act"``, ``"redress"``, ``"action"`` (what the statement
            says of an action its target names by a clause: :func:`~claimex.pipeline.acts.action_stance`),
            ``"relation"`` (what the content does to the target: :func:`~claimex.pipeline.acts.target_relation`),
            ``"observer"`` (an observer's
            mild assertion, neutral), ``"quality"`` (the adjectives of a noun said of the target:
            :func:`~claimex.pipeline.acts.predicated_quality`), ``"mood"`` (only a mood of the target's own, neutral:
            :func:`~claimex.pipeline.acts.target_moods`), ``"bystander"`` (a harm told beside a party an accusation
            spared, neutral: :func:`~claimex.pipeline.acts.bystander_stance`), ``"count"`` (a harm only counted,
            neutral: :func:`~claimex.pipeline.acts.counted_cases`), ``"own_exit"`` (a speaker ending their own
            campaign, neutral: :func:`~claimex.pipeline.acts.own_bid_ended`), ``"spared_sanction"`` (a sanction
            withheld from the target, neutral: :func:`~claimex.pipeline.acts.spared_sanction`), ``"evaluation"``,
            ``"self_report"`` (a party reporting its own action), ``"own_side"`` (an opposition read toward the
            speaker's own side undone, or its praise kept: :func:`~claimex.pipeline.acts.own_side_stance`) or
            ``"none"``.
    """

    content: list[int] = field(default_factory=list)
    act_root: int | None = None
    target_root: int | None = None
    target_tokens: list[int] = field(default_factory=list)
    negations: list[int] = field(default_factory=list)
    hedges: list[int] = field(default_factory=list)
    stance_source: str = "none"
    predicates: list[int] = field(default_factory=list)

    @property
    def self_report(self) -> bool:
        return self.stance_source == "self_report"

    def to_record(self) -> dict[str, Any]:
        return {
            "_content": self.content,
            "_act_root": self.act_root,
            "_target_root": self.target_root,
            "_target_tokens": self.target_tokens,
            "_negations": self.negations,
            "_hedges": self.hedges,
            "_stance_source": self.stance_source,
            "_predicates": self.predicates,
        }

    @classmethod
    def from_record(cls, data: Mapping[str, Any]) -> ClaimAnalysis | None:
        """The claims stage's analysis in a claim's JSON; None when the claims stage has not analysed it."""
        if "_content" not in data:
            return None
        return cls(
            content=_ints(data.get("_content")),
            act_root=_int(data.get("_act_root")),
            target_root=_int(data.get("_target_root")),
            target_tokens=_ints(data.get("_target_tokens")),
            negations=_ints(data.get("_negations")),
            hedges=_ints(data.get("_hedges")),
            stance_source=str(data.get("_stance_source") or "none"),
            predicates=_ints(data.get("_predicates")),
        )


def claim_analysis(claim: Mapping[str, Any]) -> ClaimAnalysis | None:
    """The :class:`ClaimAnalysis` the claims stage recorded on a claim dict of ``doc._.claimex``, None if
    it has not analysed the claim. The links stage reads the claims analysis through this."""
    return ClaimAnalysis.from_record(claim)


@dataclass(slots=True)
class ClaimRecord:
    """One claim as the stages hand it on: the public claim and the stages' private records."""

    claim: Claim
    quote: QuoteFound | None = None
    analysis: ClaimAnalysis | None = None

    def to_record(self) -> dict[str, Any]:
        """The claim's JSON in ``doc._.claimex``: the contract's keys, then the private ``_`` keys."""
        data = self.claim.to_dict()
        if self.quote is not None:
            data.update(self.quote.to_record())
        if self.analysis is not None:
            data.update(self.analysis.to_record())
        return data

    @classmethod
    def from_record(cls, data: Mapping[str, Any]) -> ClaimRecord:
        return cls(Claim.from_dict(data), QuoteFound.from_record(data), ClaimAnalysis.from_record(data))


class ClaimInput(NamedTuple):
    """What the claims stage reads of a claim: its type, speaker, content (with its fragments), cue, and
    the cue's and the speaker mention's head tokens the quotes stage found."""

    type: str
    speaker: str | None
    content: Offsets
    content_spans: tuple[Offsets, ...]
    cue: Offsets | None
    cue_root: int | None
    mention_root: int | None = None

    @classmethod
    def of(cls, record: ClaimRecord) -> ClaimInput:
        claim, quote = record.claim, record.quote
        return cls(claim.type, claim.speaker, claim.content, claim.content_spans, claim.cue,
                   quote.cue_root if quote is not None else None, quote.mention_root if quote is not None else None)


_CLAIM_KEYS: Final = tuple(Claim(id="", type="", content=(0, 0), content_text="").to_dict())
_QUOTE_KEYS: Final = tuple(QuoteFound(rule="").to_record())
#: The keys of a claim record as :meth:`ClaimRecord.to_record` writes it (quote found), before and after the
#: claims stage.
_RECORD_KEYS: Final = (_CLAIM_KEYS + _QUOTE_KEYS, _CLAIM_KEYS + _QUOTE_KEYS + tuple(ClaimAnalysis().to_record()))
_RECORD_SIZES: Final = frozenset(map(len, _RECORD_KEYS))
_SPAN_KEYS: Final = ("cue", "speaker_mention", "target", "nested_source", "_ref")
_ROOT_KEYS: Final = ("_cue_root", "_mention_root", "_ref_root")


def written_input(data: Mapping[str, Any]) -> ClaimInput | None:
    """The :class:`ClaimInput` of a claim record that is exactly as :meth:`ClaimRecord.to_record` writes it
    (the keys in its order, offsets as lists of two ints, a content with its fragments, the quote's
    record), read without building the record; None for any other record. For such a record,
    :func:`write_analysed` in place gives what ``from_record``, the claims stage and ``to_record`` give."""
    if len(data) not in _RECORD_SIZES or tuple(data) not in _RECORD_KEYS:
        return None
    content, spans = data["content"], data["content_spans"]
    if (type(data["confidence"]) is not float or type(data["_rule"]) is not str
            or type(data["_floating"]) is not bool or content is None or type(spans) is not list or not spans):
        return None
    for value in (content, *spans, *map(data.__getitem__, _SPAN_KEYS)):  # offsets: lists of two ints
        if value is not None and (type(value) is not list or len(value) != 2 or type(value[0]) is not int
                                  or type(value[1]) is not int):
            return None
    for key in _ROOT_KEYS:
        value = data[key]
        if value is not None and type(value) is not int:
            return None
    cue = data["cue"]
    return ClaimInput(data["type"], data["speaker"], (content[0], content[1]), tuple([(s, e) for s, e in spans]),
                      (cue[0], cue[1]) if cue is not None else None, data["_cue_root"], data["_mention_root"])


def write_analysed(data: dict[str, Any], fields: Mapping[str, Any], analysis: ClaimAnalysis) -> None:
    """Write the claims stage's ``fields`` of a claim (offsets as tuples) and its ``analysis`` into a record
    that :func:`written_input` accepted, in place, as :meth:`ClaimRecord.to_record` would."""
    for key, value in fields.items():
        data[key] = [value[0], value[1]] if type(value) is tuple else value
    data.update(analysis.to_record())


def read_claims(doc: Doc) -> list[ClaimRecord]:
    """The claims recorded on ``doc`` so far, in order."""
    return [ClaimRecord.from_record(c) for c in raw(doc).get("claims", ())]


def write_claims(doc: Doc, records: Iterable[ClaimRecord]) -> None:
    """Record ``records`` as the claims of ``doc`` (replacing those there)."""
    raw(doc)["claims"] = [r.to_record() for r in records]


def write_speakers(doc: Doc, speakers: Sequence[Speaker]) -> None:
    """Record ``speakers`` as the speaker entities of ``doc`` (replacing those there)."""
    raw(doc)["speakers"] = [s.to_dict() for s in speakers]
