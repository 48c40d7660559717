"""Scoring of the claims stage's fields (act, polarity, hedged, target, stance) against a claims dev set.

The gold file has one JSON object a line, one per attributed statement::

    {"id": article id, "statement": "E3", "content": [s, e], "act": "accuse", "polarity": "positive",
     "hedged": false, "target": [s, e] | null, "target_name": "Donald Trump" | null,
     "stance": "oppose", "clear": true, "reader": "A" | "B"}

(``benchmarks/dev/claims_gold.jsonl``: offsets into the PolNeAR texts, never the texts.) Each gold
statement is matched to the predicted claim of its article whose content overlaps it most, provided the
overlap covers at least half of the shorter of the two spans. The fields of matched statements are then
compared: accuracy, and precision / recall per class. The target is right when the predicted target span
overlaps the gold target span, or when the entity the prediction resolved it to (``target_entity``: a
speaker's name, aliases or mentions; else ``target_name``) names the gold ``target_name`` or has a
mention inside the gold target span. Every figure is given for all statements and for those the reader
marked ``clear``, over the whole set and per reader.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from .errors import InputError
from .names import names_match
from .scoring import ratio

#: Fields compared as labels, with their classes in display order.
LABEL_FIELDS: Final[Mapping[str, tuple[Any, ...]]] = {
    "act": ("assert", "deny", "condemn", "threaten", "accuse", "demand", "support", "concede", "question",
            "predict"),
    "polarity": ("positive", "negative"),
    "hedged": (True, False),
    "stance": ("support", "oppose", "neutral"),
}
#: Every field of the report, targets included.
FIELDS: Final[tuple[str, ...]] = ("act", "polarity", "hedged", "target", "stance")
#: The smallest share of the shorter content span that a match must overlap.
MIN_OVERLAP: Final = 0.5
GOLD_KEYS: Final[tuple[str, ...]] = ("id", "content", "act", "polarity", "hedged", "stance")



def overlap(a: Sequence[int], b: Sequence[int]) -> int:
    """Characters shared by the end-exclusive spans ``a`` and ``b``."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_claim(content: Sequence[int], claims: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The claim whose content overlaps ``content`` most, if it covers at least half of the shorter span.

    Args:
        content: A gold statement's content span.
        claims: Predicted claims (dicts of the output contract) of the same article.

    Returns:
        The best claim, or None when none overlaps enough.
    """
    best: Mapping[str, Any] | None = None
    best_key = (0, 0.0)
    for claim in claims:
        span = claim.get("content")
        if not span:
            continue
        shared = overlap(content, span)
        shorter = min(content[1] - content[0], span[1] - span[0])
        if shared <= 0 or shorter <= 0 or shared < MIN_OVERLAP * shorter:
            continue
        key = (shared, shared / max(content[1] - content[0], span[1] - span[0]))
        if key > best_key:
            best, best_key = claim, key
    return best


def target_right(gold: Mapping[str, Any], claim: Mapping[str, Any],
                 speakers: Mapping[str, Mapping[str, Any]]) -> bool:
    """Whether the claim's target is the gold statement's (see the module docstring).

    Args:
        gold: The gold statement.
        claim: The matched predicted claim.
        speakers: The prediction's speaker entities by id.
    """
    gold_span = gold.get("target")
    gold_name = gold.get("target_name")
    span = claim.get("target")
    if gold_span is None and not gold_name:
        return span is None
    if span is not None and gold_span is not None and overlap(span, gold_span) > 0:
        return True
    entity = speakers.get(claim.get("target_entity") or "")
    if entity is not None:
        names = [entity.get("name"), *(entity.get("aliases") or ())]
        if any(names_match(n, gold_name) for n in names):
            return True
        if gold_span is not None and any(overlap(m, gold_span) > 0 for m in entity.get("mentions") or ()):
            return True
    return names_match(claim.get("target_name"), gold_name)


@dataclass(slots=True)
class FieldScores:
    """Counts for one group of gold statements."""

    statements: int = 0
    matched: int = 0
    right: Counter[str] = field(default_factory=Counter)
    #: field -> Counter of (gold value, predicted value)
    pairs: dict[str, Counter[tuple[Any, Any]]] = field(default_factory=dict)

    def add(self, gold: Mapping[str, Any], claim: Mapping[str, Any] | None, target_ok: bool) -> None:
        self.statements += 1
        if claim is None:
            return
        self.matched += 1
        for name in LABEL_FIELDS:
            predicted = claim.get(name)
            self.pairs.setdefault(name, Counter())[(gold[name], predicted)] += 1
            if predicted == gold[name]:
                self.right[name] += 1
        if target_ok:
            self.right["target"] += 1

    def accuracy(self, name: str) -> float:
        """Share of matched statements whose field ``name`` is right (0.0 with none matched)."""
        return ratio(self.right[name], self.matched)

    def per_class(self, name: str) -> dict[str, dict[str, float | int]]:
        """Precision, recall and gold support of each class of a label field."""
        pairs = self.pairs.get(name, Counter())
        out: dict[str, dict[str, float | int]] = {}
        for value in LABEL_FIELDS[name]:
            tp = pairs[(value, value)]
            predicted = sum(n for (_, p), n in pairs.items() if p == value)
            support = sum(n for (g, _), n in pairs.items() if g == value)
            out[str(value).lower()] = {
                "precision": ratio(tp, predicted),
                "recall": ratio(tp, support),
                "support": support,
                "predicted": predicted,
            }
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "statements": self.statements,
            "matched": self.matched,
            "accuracy": {name: round(self.accuracy(name), 4) for name in FIELDS},
            "per_class": {name: self.per_class(name) for name in LABEL_FIELDS},
        }


#: Groups of the report: every statement, then each reader's.
GROUPS: Final[tuple[str, ...]] = ("all", "A", "B")


@dataclass(slots=True)
class ClaimFieldsReport:
    """Scores per group ("all", "A", "B") and subset ("all", "clear"), and the matched pairs."""

    scores: dict[tuple[str, str], FieldScores] = field(default_factory=dict)
    #: (gold statement, matched claim or None, target right) in gold order
    matches: list[tuple[Mapping[str, Any], Mapping[str, Any] | None, bool]] = field(default_factory=list)

    def group(self, group: str = "all", subset: str = "all") -> FieldScores:
        return self.scores.setdefault((group, subset), FieldScores())

    def to_dict(self) -> dict[str, Any]:
        return {f"{g}/{s}": sc.to_dict() for (g, s), sc in sorted(self.scores.items())}

    def format_table(self, digits: int = 2) -> str:
        """The accuracies as a text table, then per-class P / R of act and stance for every statement."""
        head = f"{'statements':<16}{'n':>5}{'matched':>9}" + "".join(f"{f:>9}" for f in FIELDS)
        lines = [head]
        for (group, subset), sc in sorted(self.scores.items(), key=lambda kv: (GROUPS.index(kv[0][0])
                                                                                 if kv[0][0] in GROUPS else 9,
                                                                                 kv[0][1])):
            label = f"{group}{' clear' if subset == 'clear' else ''}"
            lines.append(f"{label:<16}{sc.statements:>5}{sc.matched:>9}"
                         + "".join(f"{sc.accuracy(f):>9.{digits}f}" for f in FIELDS))
        for group in GROUPS:
            scores = self.scores.get((group, "all"))
            if scores is None or not scores.matched:
                continue
            for name in ("act", "stance"):
                cells = [f"{cls} {v['precision']:.{digits}f}/{v['recall']:.{digits}f} ({v['support']})"
                         for cls, v in scores.per_class(name).items() if v["support"] or v["predicted"]]
                lines.append(f"{group} {name} P/R (gold n): " + ", ".join(cells))
        return "\n".join(lines)


def _check_gold(record: Mapping[str, Any], n: int) -> None:
    missing = [key for key in GOLD_KEYS if key not in record]
    if missing:
        raise InputError(f"claims gold record {n} lacks {', '.join(missing)}; expected the fields of "
                         "benchmarks/dev/claims_gold.jsonl (see docs/claims-and-links.md)")


def evaluate_claim_fields(gold: Iterable[Mapping[str, Any]],
                          preds: Mapping[str, Mapping[str, Any]]) -> ClaimFieldsReport:
    """Score predicted claim fields against gold statements.

    Args:
        gold: Gold statements (see the module docstring).
        preds: Output records (the JSON output contract) by article id; an article without one
            predicts nothing.

    Returns:
        The report, with a group per reader found in the gold.

    Raises:
        InputError: A gold record lacks a required field.
    """
    report = ClaimFieldsReport()
    for n, record in enumerate(gold, start=1):
        _check_gold(record, n)
        pred = preds.get(str(record["id"])) or {}
        claims = pred.get("claims") or ()
        speakers = {s["id"]: s for s in pred.get("speakers") or () if "id" in s}
        claim = match_claim(record["content"], claims)
        ok = claim is not None and target_right(record, claim, speakers)
        report.matches.append((record, claim, ok))
        groups = ["all"]
        if record.get("reader"):
            groups.append(str(record["reader"]))
        for group in groups:
            report.group(group, "all").add(record, claim, ok)
            if record.get("clear"):
                report.group(group, "clear").add(record, claim, ok)
    return report


def format_errors(report: ClaimFieldsReport, texts: Mapping[str, str], reader: str | None = None) -> str:
    """One block per matched statement with a wrong field: gold and predicted values and the texts.

    Args:
        report: A report of :func:`evaluate_claim_fields`.
        texts: Article texts by id.
        reader: Only this reader's statements (None: all).
    """
    out: list[str] = []
    for gold, claim, ok in report.matches:
        if claim is None or (reader and gold.get("reader") != reader):
            continue
        wrong = [f for f in LABEL_FIELDS if claim.get(f) != gold[f]] + ([] if ok else ["target"])
        if not wrong:
            continue
        text = texts.get(str(gold["id"]), "")
        s, e = gold["content"]
        gt = gold.get("target")
        out.append(
            f"{gold['id'][:40]} {gold.get('statement', '')} wrong: {', '.join(wrong)}\n"
            f"  content: {' '.join(text[s:e].split())[:240]!r}\n"
            f"  cue: {claim.get('cue_text')!r} rule: {claim.get('act_rule')}\n"
            + "".join(f"  {f}: gold {gold[f]!r} pred {claim.get(f)!r}\n" for f in LABEL_FIELDS)
            + f"  target: gold {text[gt[0]:gt[1]] if gt else None!r} ({gold.get('target_name')!r}) "
              f"pred {claim.get('target_text')!r} -> {claim.get('target_entity')} {claim.get('target_name')!r}"
        )
    return "\n".join(out)


__all__ = [
    "FIELDS",
    "LABEL_FIELDS",
    "ClaimFieldsReport",
    "FieldScores",
    "evaluate_claim_fields",
    "format_errors",
    "match_claim",
    "names_match",
    "overlap",
    "target_right",
]
