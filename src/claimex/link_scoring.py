"""Evaluation of in-document links against a reading of statement pairs: ``claimex evaluate-links``.

Gold (``benchmarks/dev/links_gold.jsonl``): one JSON object per article, ``{"id", "reader", "pairs":
[{"earlier": [s, e], "later": [s, e], "relation": "disputes" | "supports", "clarity": "clear" |
"arguable"}]}``, offsets into the text of that id (PolNeAR, read from ``../shared/``); an article the
reader found no pair in is listed with ``"pairs": []`` and counts for precision.

Matching:

* a claim **matches a statement** when the characters their spans share are at least half of the
  shorter of the two (a claim's span is its content fragments, ``content_spans``);
* a predicted link **matches a gold pair** when its two claims match the pair's two statements, in
  either order, and its relation is the pair's.

Precision is over the ``disputes`` and ``supports`` links of the gold articles (a ``responds_to`` link
is neither; they are counted apart), recall over the gold pairs (all of them, and the clear ones). The
*ceiling* is the number of gold pairs whose two statements are both matched by two different claims:
the pairs a linker could find at all from these claims.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from .errors import InputError
from .scoring import PrecisionRecall, numbered_jsonl

Offsets = tuple[int, int]

#: The relations a reader marks; a predicted link of another relation is not scored.
RELATIONS: Final[tuple[str, ...]] = ("disputes", "supports")
CLARITIES: Final[tuple[str, ...]] = ("clear", "arguable")
#: Least share of the shorter span that a claim and a statement must have in common.
MIN_SHARE: Final = 0.5
GOLD_HINT: Final = ('expected one JSON object a line: {"id", "reader", "pairs": [{"earlier": [s, e], '
                    '"later": [s, e], "relation", "clarity"}]}')


@dataclass(frozen=True, slots=True)
class GoldPair:
    """Two statements of an article a reader marked as disputing or supporting each other."""

    doc_id: str
    earlier: Offsets
    later: Offsets
    relation: str
    clarity: str


@dataclass(frozen=True, slots=True)
class PredLink:
    """A predicted link with the spans of its two claims (source first)."""

    doc_id: str
    source: str
    target: str
    relation: str
    source_spans: tuple[Offsets, ...]
    target_spans: tuple[Offsets, ...]
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkScore(PrecisionRecall):
    """Counts behind one precision / recall figure."""

    n_pred: int = 0
    tp_pred: int = 0
    n_gold: int = 0
    tp_gold: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, "n_pred": self.n_pred,
                "tp_pred": self.tp_pred, "n_gold": self.n_gold, "tp_gold": self.tp_gold}


@dataclass(frozen=True, slots=True)
class PairVerdict:
    """What became of one gold pair: found with the right relation, found with another, extractable."""

    pair: GoldPair
    found: bool
    found_any_relation: bool
    extracted: bool  # both statements matched by two different claims


@dataclass(frozen=True, slots=True)
class LinkVerdict:
    """Whether one predicted link matches a gold pair (with its relation, or with any relation)."""

    link: PredLink
    right: bool
    right_pair: bool


@dataclass(frozen=True, slots=True)
class LinkReport:
    """The link scores of a prediction set against a pairs reading."""

    docs: int
    overall: LinkScore
    clear: LinkScore
    any_relation: LinkScore
    by_relation: Mapping[str, LinkScore]
    ceiling: int
    ceiling_clear: int
    responds_to: int
    missing_docs: tuple[str, ...] = ()
    pairs: tuple[PairVerdict, ...] = field(default=(), repr=False)
    links: tuple[LinkVerdict, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "missing_docs": list(self.missing_docs),
            "overall": self.overall.to_dict(),
            "clear": self.clear.to_dict(),
            "any_relation": self.any_relation.to_dict(),
            "by_relation": {k: v.to_dict() for k, v in self.by_relation.items()},
            "ceiling": self.ceiling,
            "ceiling_clear": self.ceiling_clear,
            "responds_to": self.responds_to,
        }

    def format_table(self) -> str:
        """The report as a plain-text table."""
        o = self.overall
        lines = [
            f"{self.docs} articles, {o.n_gold} gold pairs ({self.clear.n_gold} clear), "
            f"{o.n_pred} predicted disputes/supports links (+{self.responds_to} responds_to, not scored)",
            "",
            f"{'':28}{'P':>7}{'R':>7}{'F1':>7}   tp_pred/pred  tp_gold/gold",
        ]
        rows = [("all pairs, right relation", o), ("clear pairs, right relation", self.clear),
                ("all pairs, any relation", self.any_relation)]
        rows += [(f"{name}", score) for name, score in self.by_relation.items()]
        for name, s in rows:
            lines.append(f"{name:28}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}   "
                         f"{s.tp_pred:5}/{s.n_pred:<6}  {s.tp_gold:5}/{s.n_gold}")
        lines.append("")
        lines.append(f"ceiling: {self.ceiling} of {o.n_gold} gold pairs have both statements extracted as "
                     f"two claims ({self.ceiling_clear} of {self.clear.n_gold} clear)")
        if self.missing_docs:
            lines.append(f"no prediction for {len(self.missing_docs)} articles: {', '.join(self.missing_docs)}")
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# Reading


def _offsets(value: Any, where: str) -> Offsets:
    if (not isinstance(value, list | tuple) or len(value) != 2
            or not all(isinstance(v, int) for v in value) or value[0] > value[1]):
        raise InputError(f"{where}: a span must be [start, end], found {value!r}; {GOLD_HINT}")
    return int(value[0]), int(value[1])


def gold_pairs(record: Mapping[str, Any], where: str = "gold") -> list[GoldPair]:
    """The pairs of one gold record, checked.

    Raises:
        InputError: a field is missing or malformed.
    """
    if "id" not in record or not isinstance(record.get("pairs"), list):
        raise InputError(f"{where}: a record needs 'id' and a list 'pairs'; {GOLD_HINT}")
    doc_id = str(record["id"])
    out = []
    for n, pair in enumerate(record["pairs"], start=1):
        at = f"{where}, pair {n}"
        if not isinstance(pair, Mapping):
            raise InputError(f"{at}: not an object; {GOLD_HINT}")
        relation, clarity = pair.get("relation"), pair.get("clarity", "clear")
        if relation not in RELATIONS or clarity not in CLARITIES:
            raise InputError(f"{at}: relation must be one of {RELATIONS} and clarity one of {CLARITIES}")
        out.append(GoldPair(doc_id, _offsets(pair.get("earlier"), at), _offsets(pair.get("later"), at),
                            relation, clarity))
    return out


def read_gold(path: str | Path, *, reader: str | None = None) -> list[dict[str, Any]]:
    """The records of a links gold file, optionally only one reader's.

    Raises:
        InputError: the file cannot be read or a line is not a JSON object.
    """
    records = []
    for number, record in numbered_jsonl(path, hint=GOLD_HINT):
        gold_pairs(record, f"{path}:{number}")  # checked now, not halfway through a run
        if reader is None or record.get("reader") == reader:
            records.append(record)
    return records


def read_texts(path: str | Path, ids: Iterable[str]) -> dict[str, str]:
    """The texts of the given ids from a JSONL corpus (``{"id", "text", ...}`` per line).

    Raises:
        InputError: the file cannot be read, or an id is not in it.
    """
    wanted = set(ids)
    out: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                record = json.loads(line)
                doc_id = str(record.get("id"))
                if doc_id in wanted:
                    out[doc_id] = record["text"]
    except OSError as err:
        raise InputError(f"cannot read the texts {path}: {err.strerror or err}; give --texts PATH") from err
    missing = sorted(wanted - out.keys())
    if missing:
        raise InputError(f"{path} has no text for {len(missing)} gold ids (first: {missing[0]}); "
                         "give the corpus the gold offsets index with --texts PATH")
    return out


def claim_spans(claim: Mapping[str, Any]) -> tuple[Offsets, ...]:
    """A claim's content fragments (its whole content span when it has none)."""
    spans = claim.get("content_spans") or ([claim["content"]] if claim.get("content") else [])
    return tuple((int(s), int(e)) for s, e in spans)


def pred_links(record: Mapping[str, Any]) -> list[PredLink]:
    """The links of one prediction record (the output contract), with their claims' spans."""
    claims = {c["id"]: claim_spans(c) for c in record.get("claims", ())}
    doc_id = str(record.get("id"))
    return [PredLink(doc_id, x["source"], x["target"], x["relation"], claims.get(x["source"], ()),
                     claims.get(x["target"], ()), tuple(sorted({e["kind"] for e in x.get("evidence", ())})))
            for x in record.get("links", ())]


# --------------------------------------------------------------------------------------------------
# Matching


def matches(spans: Sequence[Offsets], statement: Offsets, min_share: float = MIN_SHARE) -> bool:
    """True when a claim (its fragments) and a statement share at least ``min_share`` of the
    characters of the shorter of the two."""
    length = sum(e - s for s, e in spans)
    s0, e0 = statement
    shared = sum(max(0, min(e, e0) - max(s, s0)) for s, e in spans)
    shorter = min(length, e0 - s0)
    return shorter > 0 and shared >= min_share * shorter


def link_matches(link: PredLink, pair: GoldPair) -> bool:
    """The link joins the pair's two statements, in either order (relation not compared)."""
    src, tgt = link.source_spans, link.target_spans
    return ((matches(src, pair.later) and matches(tgt, pair.earlier))
            or (matches(src, pair.earlier) and matches(tgt, pair.later)))


def _extracted(claims: Sequence[tuple[Offsets, ...]], pair: GoldPair) -> bool:
    """Two different claims match the pair's two statements."""
    early = {n for n, spans in enumerate(claims) if matches(spans, pair.earlier)}
    late = {n for n, spans in enumerate(claims) if matches(spans, pair.later)}
    return any(a != b for a in early for b in late)


def _score_document(pairs: Sequence[GoldPair], record: Mapping[str, Any]
                    ) -> tuple[list[PairVerdict], list[LinkVerdict], int]:
    links = pred_links(record)
    scored = [x for x in links if x.relation in RELATIONS]
    claims = [claim_spans(c) for c in record.get("claims", ())]
    link_verdicts = []
    for link in scored:
        joined = [p for p in pairs if link_matches(link, p)]
        link_verdicts.append(LinkVerdict(link, any(p.relation == link.relation for p in joined), bool(joined)))
    pair_verdicts = []
    for pair in pairs:
        joining = [x for x in scored if link_matches(x, pair)]
        pair_verdicts.append(PairVerdict(pair, any(x.relation == pair.relation for x in joining), bool(joining),
                                         _extracted(claims, pair)))
    return pair_verdicts, link_verdicts, len(links) - len(scored)


def _tally(pairs: Sequence[PairVerdict], links: Sequence[LinkVerdict], *, relation: str | None = None,
           clear_only: bool = False, any_relation: bool = False) -> LinkScore:
    ps = [v for v in pairs if (relation is None or v.pair.relation == relation)
          and (not clear_only or v.pair.clarity == "clear")]
    ls = [v for v in links if relation is None or v.link.relation == relation]
    if any_relation:
        return LinkScore(len(ls), sum(v.right_pair for v in ls), len(ps), sum(v.found_any_relation for v in ps))
    return LinkScore(len(ls), sum(v.right for v in ls), len(ps), sum(v.found for v in ps))


def evaluate_links(gold: Iterable[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> LinkReport:
    """Score prediction records against a links gold reading.

    Args:
        gold: gold records (see the module docstring).
        pred: prediction records (the output contract) by document id.

    Returns:
        The :class:`LinkReport`. A gold article without a prediction counts with no links (and is
        listed in ``missing_docs``).
    """
    pair_verdicts: list[PairVerdict] = []
    link_verdicts: list[LinkVerdict] = []
    responds_to = 0
    missing: list[str] = []
    docs = 0
    for n, record in enumerate(gold, start=1):
        pairs = gold_pairs(record, f"gold record {n}")
        doc_id = str(record["id"])
        docs += 1
        if doc_id not in pred:
            missing.append(doc_id)
        pv, lv, other = _score_document(pairs, pred.get(doc_id, {}))
        pair_verdicts += pv
        link_verdicts += lv
        responds_to += other
    return LinkReport(
        docs=docs,
        overall=_tally(pair_verdicts, link_verdicts),
        clear=_tally(pair_verdicts, link_verdicts, clear_only=True),
        any_relation=_tally(pair_verdicts, link_verdicts, any_relation=True),
        by_relation={r: _tally(pair_verdicts, link_verdicts, relation=r) for r in RELATIONS},
        ceiling=sum(v.extracted for v in pair_verdicts),
        ceiling_clear=sum(v.extracted for v in pair_verdicts if v.pair.clarity == "clear"),
        responds_to=responds_to,
        missing_docs=tuple(missing),
        pairs=tuple(pair_verdicts),
        links=tuple(link_verdicts),
    )


def _snippet(text: str, spans: Sequence[Offsets], width: int = 160) -> str:
    joined = " … ".join(" ".join(text[s:e].split()) for s, e in spans)
    return joined if len(joined) <= width else joined[: width - 1] + "…"


def format_errors(report: LinkReport, texts: Mapping[str, str]) -> str:
    """Every wrong link and every missed gold pair, with the texts of their statements.

    Args:
        report: an :class:`LinkReport` with its verdicts.
        texts: document id -> text.
    """
    lines: list[str] = []
    for v in report.links:
        if v.right:
            continue
        x, text = v.link, texts.get(v.link.doc_id, "")
        why = "wrong relation" if v.right_pair else "no such pair"
        lines += [f"WRONG LINK ({why}) {x.doc_id}: {x.source} {x.relation} {x.target} [{', '.join(x.kinds)}]",
                  f"    source: {_snippet(text, x.source_spans)}",
                  f"    target: {_snippet(text, x.target_spans)}"]
    for p in report.pairs:
        if p.found:
            continue
        text = texts.get(p.pair.doc_id, "")
        state = "linked with another relation" if p.found_any_relation else (
            "both extracted" if p.extracted else "not both extracted")
        lines += [f"MISSED {p.pair.relation} ({p.pair.clarity}, {state}) {p.pair.doc_id}",
                  f"    earlier: {_snippet(text, [p.pair.earlier])}",
                  f"    later:   {_snippet(text, [p.pair.later])}"]
    return "\n".join(lines)
