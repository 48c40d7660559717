"""Evaluation of claimex output against attribution gold, and the scorer ``nlp.evaluate`` uses.

Two ways in:

- :func:`evaluate_records` / :func:`evaluate_files` score prediction records (the JSONL output contract)
  against gold in the format of PolNeAR as prepared in ``../shared/data/polnear/`` (one document a line,
  ``{"id", "text", "quotes": [{"content", "source", "cue", "type", "cue_is_speech_verb", ...}]}``).
  They return an :class:`EvalReport`: precision / recall / F1 for content, content+source, cue and all
  three, by overlap and by exact match, broken down by quote type and by ``cue_is_speech_verb``.
- :func:`make_quote_scorer` (``claimex.quote_scorer.v1`` in ``spacy.registry.scorers``) scores the
  ``doc.spans["claimex_quotes"]`` group of ``Example`` objects with ``spacy.scorer.Scorer.score_spans``.

Matching follows the team's reference scorer (``../shared/tools/score.py``): a predicted claim and a gold
attribution match when the character Dice coefficient of their contents is at least 0.5, counting only
characters that are not punctuation or space and skipping a leading "that"; pairs are made one-to-one,
greedily from the highest Dice down. ``docs/evaluation.md`` describes every figure and where claimex
differs from the reference scorer (it reports the "any gold attribution" precision of the issue as well).

Notes:
    Gold: PolNeAR (Newell, Margolin & Ruths 2018, "An Attribution Relations Corpus for Political News").
    Its content spans include quote marks and often a leading "that", hence overlap scoring on characters
    rather than exact spans; exact-match figures are reported as well.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from spacy.scorer import Scorer
from spacy.training import Example

from .errors import InputError
from .extensions import QUOTES_SPAN_KEY

Offsets = tuple[int, int]
Verdict = tuple[bool, bool, bool, bool]

#: Characters that content matching ignores: space, quote marks and punctuation (the reference scorer's
#: ``STRIP``; keep the two identical so the overlap figures agree).
IGNORED_CHAR: Final = re.compile(r"[\s\"“”‘’'«»„‟,.;:!?\-–—\[\]()]")
#: A leading "that" (after an optional opening double quote) that content matching skips.
LEADING_THAT: Final = re.compile(r"\s*(?:[\"“]\s*)?that\s+", re.IGNORECASE)  # linear: no two \s* side by side

#: Least character Dice at which a predicted content matches a gold content.
MIN_DICE: Final = 0.5
#: Dice of two identical character sets: exact matching is matching at this threshold.
EXACT_DICE: Final = 1.0

OVERLAP: Final = "overlap"
EXACT: Final = "exact"
MODES: Final[tuple[str, ...]] = (OVERLAP, EXACT)

QUOTE_TYPE_ROWS: Final[tuple[str, ...]] = ("direct", "mixed", "indirect")
SPEECH_CUE: Final = "speech-cue"
NON_SPEECH_CUE: Final = "non-speech-cue"
#: Rows of the report: every attribution, each quote type, and the two classes of ``cue_is_speech_verb``.
ROWS: Final[tuple[str, ...]] = ("all", *QUOTE_TYPE_ROWS, SPEECH_CUE, NON_SPEECH_CUE)

CONTENT: Final = "content"
CONTENT_SOURCE: Final = "content+source"
CUE: Final = "cue"
BOTH: Final = "both"
#: What must be right for a true positive; ``both`` is content, source and cue together.
METRICS: Final[tuple[str, ...]] = (CONTENT, CONTENT_SOURCE, CUE, BOTH)

#: Keys of the headline figures, named as the reference scorer names them.
HEADLINE_F1: Final = "headline_f1_speech_cue_content+source"
DIRECT_MIXED_RECALL: Final = "direct+mixed_recall_content+source"
CONTENT_PRECISION: Final = "content_precision"
CONTENT_SOURCE_PRECISION: Final = "content+source_precision"

#: Reference scorer subset of direct and mixed quotes (a headline recall).
DIRECT_MIXED: Final[tuple[str, ...]] = ("direct", "mixed")
GOLD_FORMAT_HINT: Final = "expected one JSON object a line as described in ../shared/data/polnear/README.md"


# --------------------------------------------------------------------------------------------------
# Spans and characters


def span_of(value: Any) -> Offsets | None:
    """Offsets from a JSON span: ``[start, end]``, ``{"start", "end"}`` or None.

    Args:
        value: The span as found in a gold or prediction record.

    Returns:
        ``(start, end)``, or None when ``value`` is None.
    """
    if value is None:
        return None
    if isinstance(value, Mapping):
        return int(value["start"]), int(value["end"])
    start, end = value
    return int(start), int(end)


def content_chars(text: str, span: Offsets) -> frozenset[int]:
    """The character positions of a content span that matching compares.

    Args:
        text: The document text.
        span: Start and end (exclusive) of the content.

    Returns:
        Positions in ``text`` of every character of the span that is not punctuation or space, after a
        leading "that" (which may follow an opening quote mark).
    """
    start, end = span
    segment = text[start:end]
    that = LEADING_THAT.match(segment)
    skip = that.end() if that else 0
    return frozenset(start + i for i in range(skip, len(segment)) if not IGNORED_CHAR.match(segment[i]))


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    """Dice coefficient of two character sets, 0.0 when either is empty.

    Args:
        a: Character positions of one span.
        b: Character positions of the other.

    Returns:
        ``2 |a & b| / (|a| + |b|)``.
    """
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def trim(text: str, span: Offsets) -> Offsets:
    """A span without the space and punctuation at its edges (the whole span if nothing else is left).

    Args:
        text: The document text.
        span: Start and end (exclusive).

    Returns:
        The trimmed offsets.
    """
    start, end = max(span[0], 0), min(span[1], len(text))
    while start < end and IGNORED_CHAR.match(text[start]):
        start += 1
    while end > start and IGNORED_CHAR.match(text[end - 1]):
        end -= 1
    return (start, end) if start < end else span


def spans_overlap(a: Offsets, b: Offsets) -> bool:
    """Whether two end-exclusive spans share at least one character position.

    Args:
        a: One span.
        b: The other.

    Returns:
        True when they overlap.
    """
    return a[0] < b[1] and b[0] < a[1]


def match_contents(
    gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]], *, threshold: float = MIN_DICE
) -> list[tuple[int, int, float]]:
    """Pair gold and predicted contents one-to-one, greedily from the highest Dice down.

    Ties go to the higher gold index, then the higher prediction index (the reference scorer's order).

    Args:
        gold: Character sets of the gold contents (see :func:`content_chars`).
        pred: Character sets of the predicted contents.
        threshold: Least Dice for a pair; :data:`EXACT_DICE` pairs identical contents only.

    Returns:
        ``(gold index, prediction index, dice)`` for every pair made.
    """
    return _greedy(_candidates(gold, pred, threshold))


def _candidates(
    gold: Sequence[frozenset[int]], pred: Sequence[frozenset[int]], threshold: float
) -> list[tuple[float, int, int]]:
    """Every ``(dice, gold index, prediction index)`` at or above ``threshold``."""
    bounds = [(min(p), max(p)) if p else None for p in pred]
    out: list[tuple[float, int, int]] = []
    for i, g in enumerate(gold):
        if not g:
            continue
        low, high = min(g), max(g)
        for j, p in enumerate(pred):
            bound = bounds[j]
            if bound is None or bound[1] < low or bound[0] > high:
                continue
            d = dice(g, p)
            if d >= threshold:
                out.append((d, i, j))
    return out


def _greedy(candidates: Iterable[tuple[float, int, int]]) -> list[tuple[int, int, float]]:
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for d, i, j in sorted(candidates, reverse=True):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j, d))
    return pairs


def speaker_spans(claim: Mapping[str, Any], speakers: Mapping[str, Mapping[str, Any]]) -> list[Offsets]:
    """Every span that stands for a claim's speaker: its local mention and its speaker entity's mentions.

    Args:
        claim: A predicted claim record.
        speakers: The document's speaker records by id.

    Returns:
        The spans, the local mention first.
    """
    spans: list[Offsets] = []
    mention = span_of(claim.get("speaker_mention"))
    if mention is not None:
        spans.append(mention)
    speaker_id = claim.get("speaker")
    speaker = speakers.get(speaker_id) if speaker_id is not None else None
    if speaker:
        spans.extend(s for s in map(span_of, speaker.get("mentions") or ()) if s is not None)
    return spans


# --------------------------------------------------------------------------------------------------
# Scores and the report


class PrecisionRecall:
    """Precision, recall and F1 of a record of counts: ``tp_pred`` of ``n_pred`` predictions right, ``tp_gold``
    of ``n_gold`` gold items found (mixed into :class:`Score` and :class:`claimex.link_scoring.LinkScore`)."""

    __slots__ = ()
    n_pred: int
    n_gold: int
    tp_pred: int
    tp_gold: int

    @property
    def precision(self) -> float:
        return ratio(self.tp_pred, self.n_pred)

    @property
    def recall(self) -> float:
        return ratio(self.tp_gold, self.n_gold)

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


@dataclass(frozen=True, slots=True)
class Score(PrecisionRecall):
    """Counts behind one precision / recall / F1, one-to-one and with any-match true positives.

    ``tp_pred`` and ``tp_gold`` count one-to-one pairs (the same pairs seen from either side, but rows
    split predictions by their own type and gold by the gold type). ``tp_pred_any`` counts predictions
    that match any gold attribution; ``tp_gold_any`` gold attributions that any prediction matches.
    """

    n_pred: int = 0
    n_gold: int = 0
    tp_pred: int = 0
    tp_gold: int = 0
    tp_pred_any: int = 0
    tp_gold_any: int = 0

    @property
    def precision_any(self) -> float:
        return ratio(self.tp_pred_any, self.n_pred)

    @property
    def recall_any(self) -> float:
        return ratio(self.tp_gold_any, self.n_gold)

    @property
    def f1_any(self) -> float:
        return f1_score(self.precision_any, self.recall_any)

    def __add__(self, other: Score) -> Score:
        return Score(
            self.n_pred + other.n_pred,
            self.n_gold + other.n_gold,
            self.tp_pred + other.tp_pred,
            self.tp_gold + other.tp_gold,
            self.tp_pred_any + other.tp_pred_any,
            self.tp_gold_any + other.tp_gold_any,
        )

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "precision_any": self.precision_any,
            "recall_any": self.recall_any,
            "f1_any": self.f1_any,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
            "tp_pred": self.tp_pred,
            "tp_gold": self.tp_gold,
            "tp_pred_any": self.tp_pred_any,
            "tp_gold_any": self.tp_gold_any,
        }


def ratio(part: int, whole: int) -> float:
    """``part / whole``, 0.0 for nothing out of nothing: a precision, a recall, an accuracy."""
    return part / whole if whole else 0.0


def f1_score(precision: float, recall: float) -> float:
    """The harmonic mean of ``precision`` and ``recall``, 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


ScoreTable = Mapping[str, Mapping[str, Mapping[str, Score]]]


@dataclass(frozen=True, slots=True)
class EvalReport:
    """The scores of a prediction set against gold: ``scores[mode][row][metric]``.

    Modes are :data:`MODES` (``overlap``, ``exact``), rows :data:`ROWS`, metrics :data:`METRICS`. In the
    ``speech-cue`` and ``non-speech-cue`` rows precision is over all predicted claims (predictions carry
    no ``cue_is_speech_verb``), as in the reference scorer's headline figure.
    """

    docs: int
    gold_attributions: int
    pred_claims: int
    scores: ScoreTable = field(repr=False)
    missing_docs: tuple[str, ...] = ()
    error_docs: tuple[str, ...] = ()
    #: predicted claims that share more than half of the shorter content with another claim
    overlapping: int = 0

    def __repr__(self) -> str:
        return (
            f"EvalReport({self.docs} docs, {len(self.missing_docs)} missing, {self.gold_attributions} gold, "
            f"{self.pred_claims} pred, {HEADLINE_F1}={self.headline_f1:.3f})"
        )

    def score(self, mode: str = OVERLAP, row: str = "all", metric: str = CONTENT) -> Score:
        """One cell of the report.

        Args:
            mode: ``"overlap"`` or ``"exact"``.
            row: One of :data:`ROWS`.
            metric: One of :data:`METRICS`.

        Returns:
            The counts, with precision / recall / F1 as properties.
        """
        return self.scores[mode][row][metric]

    @property
    def content_precision(self) -> float:
        """Predicted claims paired one-to-one with a gold attribution, over all predicted claims."""
        return self.score(OVERLAP, "all", CONTENT).precision

    @property
    def content_source_precision(self) -> float:
        """Predicted claims paired with a gold attribution whose source they get right, over all."""
        return self.score(OVERLAP, "all", CONTENT_SOURCE).precision

    @property
    def headline_f1(self) -> float:
        """F1 of content+source precision over all predictions and recall over speech-cue attributions."""
        return self.score(OVERLAP, SPEECH_CUE, CONTENT_SOURCE).f1

    @property
    def direct_mixed_recall(self) -> float:
        """Recall of content+source over direct and mixed gold quotes."""
        return self._direct_mixed(CONTENT_SOURCE).recall

    def _direct_mixed(self, metric: str) -> Score:
        rows = self.scores[OVERLAP]
        return rows[DIRECT_MIXED[0]][metric] + rows[DIRECT_MIXED[1]][metric]

    def headline(self) -> dict[str, float]:
        """The headline figures, keyed and defined as in the reference scorer, plus any-match precisions.

        Returns:
            ``headline_f1_speech_cue_content+source``, ``direct+mixed_recall_content+source``,
            ``content_precision``, ``content+source_precision`` and the ``*_any`` precisions.
        """
        all_rows = self.scores[OVERLAP]["all"]
        return {
            HEADLINE_F1: self.headline_f1,
            DIRECT_MIXED_RECALL: self.direct_mixed_recall,
            CONTENT_PRECISION: self.content_precision,
            CONTENT_SOURCE_PRECISION: self.content_source_precision,
            f"{CONTENT_PRECISION}_any": all_rows[CONTENT].precision_any,
            f"{CONTENT_SOURCE_PRECISION}_any": all_rows[CONTENT_SOURCE].precision_any,
        }

    def reference_dict(self) -> dict[str, Any]:
        """The figures in the shape ``score.py polnear`` prints them, for side-by-side comparison.

        Returns:
            The reference scorer's output dict (subsets without gold attributions left out, as there).
        """
        overlap = self.scores[OVERLAP]
        out: dict[str, Any] = {
            "docs": self.docs,
            "missing_docs": len(self.missing_docs),
            "pred_claims": self.pred_claims,
            CONTENT_PRECISION: self.content_precision,
            CONTENT_SOURCE_PRECISION: self.content_source_precision,
        }
        subsets = {"all": overlap["all"], "direct+mixed": {m: self._direct_mixed(m) for m in METRICS},
                   SPEECH_CUE: overlap[SPEECH_CUE]}
        for name, scores in subsets.items():
            n_gold = scores[CONTENT].n_gold
            if n_gold:
                out[name] = {
                    "gold": n_gold,
                    "content_recall": scores[CONTENT].recall,
                    "content+source_recall": scores[CONTENT_SOURCE].recall,
                    "cue_recall": scores[CUE].recall,
                }
        out[HEADLINE_F1] = self.headline_f1
        out[DIRECT_MIXED_RECALL] = self.direct_mixed_recall
        return out

    def to_dict(self) -> dict[str, Any]:
        """Everything in the report as JSON-ready data.

        Returns:
            Counts, the headline figures at the top level, ``overlap`` and ``exact`` score tables
            (``row -> metric -> {precision, recall, f1, precision_any, ...}``) and ``reference``
            (:meth:`reference_dict`).
        """
        return {
            "docs": self.docs,
            "missing_docs": len(self.missing_docs),
            "missing_doc_ids": list(self.missing_docs),
            "error_docs": len(self.error_docs),
            "error_doc_ids": list(self.error_docs),
            "gold_attributions": self.gold_attributions,
            "pred_claims": self.pred_claims,
            "overlapping_claims": self.overlapping,
            **self.headline(),
            **{
                mode: {row: {m: s.to_dict() for m, s in metrics.items()} for row, metrics in rows.items()}
                for mode, rows in self.scores.items()
            },
            "reference": self.reference_dict(),
        }

    def format_table(self, digits: int = 3) -> str:
        """The report as a plain-text table: a block each for overlap, overlap any-match and exact.

        Args:
            digits: Decimals of every figure.

        Returns:
            The table, lines joined with newlines (no trailing newline).
        """
        lines = [
            f"claimex evaluate: {self.docs} documents ({len(self.missing_docs)} missing from the predictions, "
            f"{len(self.error_docs)} with errors), {self.gold_attributions} gold attributions, "
            f"{self.pred_claims} predicted claims",
        ]
        blocks = (
            (OVERLAP, False, f"Overlap: character Dice >= {MIN_DICE}, one-to-one (as the reference scorer)"),
            (OVERLAP, True, "Overlap, any match: a prediction is right when it matches any gold attribution"),
            (EXACT, False, "Exact: same content after edge punctuation, space and a leading 'that'"),
        )
        for mode, lenient, title in blocks:
            lines += ["", title, *_table(self.scores[mode], lenient, digits)]
        width = max(len(k) for k in self.headline())
        lines += ["", "Headline (as the reference scorer defines them)"]
        lines += [f"  {key:<{width}}  {value:.{digits}f}" for key, value in self.headline().items()]
        lines += ["", f"Claims that share more than half of the shorter content with another claim: {self.overlapping}"]
        lines += [
            "",
            f"* {SPEECH_CUE} / {NON_SPEECH_CUE}: precision is over all predicted claims; recall over the gold "
            "attributions of the row.",
        ]
        return "\n".join(lines)


def _table(rows: Mapping[str, Mapping[str, Score]], lenient: bool, digits: int) -> list[str]:
    cell = digits + 2
    group = 3 * cell + 2
    head = f"{'':<15} {'gold':>6} {'pred':>6}"
    sub = f"{'':<15} {'':>6} {'':>6}"
    for metric in METRICS:
        head += f" | {metric:^{group}}"
        sub += " | " + " ".join(f"{name:>{cell}}" for name in ("P", "R", "F1"))
    out = [head, sub, "-" * len(sub)]
    for row, metrics in rows.items():
        label = f"{row}*" if row in (SPEECH_CUE, NON_SPEECH_CUE) else row
        first = metrics[CONTENT]
        line = f"{label:<15} {first.n_gold:>6} {first.n_pred:>6}"
        for metric in METRICS:
            s = metrics[metric]
            prf = (s.precision_any, s.recall_any, s.f1_any) if lenient else (s.precision, s.recall, s.f1)
            line += " | " + " ".join(f"{x:>{cell}.{digits}f}" for x in prf)
        out.append(line)
    return out


# --------------------------------------------------------------------------------------------------
# Evaluation


@dataclass(slots=True)
class _Tally:
    """Mutable counts of one report cell while documents are scored."""

    n_pred: int = 0
    n_gold: int = 0
    tp_pred: int = 0
    tp_gold: int = 0
    tp_pred_any: int = 0
    tp_gold_any: int = 0

    def freeze(self) -> Score:
        return Score(self.n_pred, self.n_gold, self.tp_pred, self.tp_gold, self.tp_pred_any, self.tp_gold_any)


Tallies = dict[str, dict[str, dict[str, _Tally]]]


def evaluate_records(gold: Iterable[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> EvalReport:
    """Score prediction records against gold records.

    Args:
        gold: Gold documents, ``{"id", "text", "quotes": [...]}`` (``../shared/data/polnear/README.md``).
        pred: Prediction records (the JSONL output contract) by document id. A gold document without a
            prediction counts as predicting nothing and is listed in ``missing_docs``; predictions for
            documents not in ``gold`` are ignored.

    Returns:
        The report.

    Raises:
        InputError: A gold record lacks ``id``, ``text`` or ``quotes``, or two share an id.
    """
    tallies: Tallies = {mode: {row: {m: _Tally() for m in METRICS} for row in ROWS} for mode in MODES}
    seen: set[str] = set()
    missing: list[str] = []
    errors: list[str] = []
    n_gold = n_pred = overlapping = 0
    for n, record in enumerate(gold, start=1):
        doc_id, text, quotes = _gold_fields(record, n)
        if doc_id in seen:
            raise InputError(f"gold document id {doc_id!r} occurs twice (record {n}): ids must be unique")
        seen.add(doc_id)
        prediction = pred.get(doc_id)
        if prediction is None:
            missing.append(doc_id)
            prediction = {"claims": []}
        elif prediction.get("errors"):
            errors.append(doc_id)
        claims = list(prediction.get("claims") or ())
        n_gold += len(quotes)
        n_pred += len(claims)
        overlapping += overlapping_claims(claims)
        _score_document(text, quotes, claims, prediction.get("speakers") or (), tallies)
    scores = {
        mode: {row: {m: t.freeze() for m, t in metrics.items()} for row, metrics in rows.items()}
        for mode, rows in tallies.items()
    }
    return EvalReport(
        docs=len(seen),
        gold_attributions=n_gold,
        pred_claims=n_pred,
        scores=scores,
        missing_docs=tuple(missing),
        error_docs=tuple(errors),
        overlapping=overlapping,
    )


def evaluate_files(gold_path: str | Path, pred_path: str | Path) -> EvalReport:
    """Score a prediction JSONL file against a gold JSONL file.

    Args:
        gold_path: Gold documents, one JSON object a line.
        pred_path: Prediction records, one JSON object a line, each with the ``id`` of its gold document.

    Returns:
        The report.

    Raises:
        InputError: A file cannot be read or parsed, or ids repeat.
    """
    return evaluate_records(read_jsonl(gold_path), load_predictions(pred_path))


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Every record of a JSONL file (blank lines skipped).

    Args:
        path: The file.

    Returns:
        The records in file order.

    Raises:
        InputError: The file is missing or a line is not a JSON object.
    """
    return [record for _, record in numbered_jsonl(path)]


def numbered_jsonl(path: str | Path, hint: str = GOLD_FORMAT_HINT) -> list[tuple[int, dict[str, Any]]]:
    """Every record of a JSONL file with its line number (blank lines skipped).

    Args:
        path: The file.
        hint: What the file should hold, said when a line is not JSON.

    Raises:
        InputError: The file is missing or a line is not a JSON object.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}; give the path of a JSONL file") from err
    records: list[tuple[int, dict[str, Any]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{number}: not JSON ({err.msg}); {hint}") from err
        if not isinstance(record, dict):
            raise InputError(f"{path}:{number}: a JSON object is expected, found {type(record).__name__}")
        records.append((number, record))
    return records


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Prediction records of a JSONL file by document id.

    Args:
        path: Output of ``claimex extract`` (or any records of the output contract).

    Returns:
        ``{id: record}``.

    Raises:
        InputError: The file cannot be read, a record has no ``id``, or an id repeats.
    """
    return index_by_id(read_jsonl(path), what=str(path))


def index_by_id(records: Iterable[Mapping[str, Any]], what: str = "predictions") -> dict[str, Any]:
    """Records by their ``id``, refusing records without one and repeated ids.

    Args:
        records: Prediction records.
        what: Where they come from, for error messages.

    Returns:
        ``{id: record}``.

    Raises:
        InputError: A record has no ``id`` or an id repeats.
    """
    out: dict[str, Any] = {}
    for n, record in enumerate(records, start=1):
        if "id" not in record:
            raise InputError(f"{what}: record {n} has no 'id'; every prediction names its gold document")
        doc_id = str(record["id"])
        if doc_id in out:
            raise InputError(f"{what}: id {doc_id!r} occurs twice (record {n}); keep one record a document")
        out[doc_id] = record
    return out


def _gold_fields(record: Mapping[str, Any], n: int) -> tuple[str, str, list[Mapping[str, Any]]]:
    missing = [key for key in ("id", "text", "quotes") if key not in record]
    if missing:
        raise InputError(f"gold record {n} has no {', '.join(repr(k) for k in missing)}: {GOLD_FORMAT_HINT}")
    return str(record["id"]), record["text"], list(record["quotes"])


def _gold_rows(quote: Mapping[str, Any]) -> tuple[str, ...]:
    kind = quote.get("type")
    cue_row = SPEECH_CUE if quote.get("cue_is_speech_verb") else NON_SPEECH_CUE
    return ("all", kind, cue_row) if kind in QUOTE_TYPE_ROWS else ("all", cue_row)


def _pred_rows(claim: Mapping[str, Any]) -> tuple[str, ...]:
    kind = claim.get("type")
    both_cues = (SPEECH_CUE, NON_SPEECH_CUE)
    return ("all", kind, *both_cues) if kind in QUOTE_TYPE_ROWS else ("all", *both_cues)


def _judge(
    quote: Mapping[str, Any],
    claim: Mapping[str, Any],
    mentions: Sequence[Offsets],
    same: Callable[[Offsets, Offsets], bool],
) -> Verdict:
    """Content (given), source, cue and all three right, for a gold-prediction pair whose contents match."""
    source = span_of(quote.get("source"))
    if source is None:
        source_ok = claim.get("speaker") is None and claim.get("speaker_mention") is None
    else:
        source_ok = any(same(m, source) for m in mentions)
    gold_cue = span_of(quote.get("cue"))
    pred_cue = span_of(claim.get("cue"))
    cue_ok = gold_cue is not None and pred_cue is not None and same(pred_cue, gold_cue)
    return (True, source_ok, cue_ok, source_ok and cue_ok)


def _score_document(
    text: str,
    quotes: Sequence[Mapping[str, Any]],
    claims: Sequence[Mapping[str, Any]],
    speaker_records: Iterable[Mapping[str, Any]],
    tallies: Tallies,
) -> None:
    speakers = {s["id"]: s for s in speaker_records}
    gold_chars = [content_chars(text, _content_span(q)) for q in quotes]
    pred_chars = [content_chars(text, _content_span(c)) for c in claims]
    mentions = [speaker_spans(c, speakers) for c in claims]
    gold_rows = [_gold_rows(q) for q in quotes]
    pred_rows = [_pred_rows(c) for c in claims]

    def same_trimmed(a: Offsets, b: Offsets) -> bool:
        return trim(text, a) == trim(text, b)

    overlap_candidates = _candidates(gold_chars, pred_chars, MIN_DICE)
    exact_candidates = [c for c in overlap_candidates if c[0] >= EXACT_DICE]
    modes = (
        (OVERLAP, overlap_candidates, spans_overlap),
        (EXACT, exact_candidates, same_trimmed),
    )
    for mode, candidates, same in modes:
        verdicts = {(i, j): _judge(quotes[i], claims[j], mentions[j], same) for _, i, j in candidates}
        _tally_mode(tallies[mode], verdicts, _greedy(candidates), gold_rows, pred_rows)


def right_claims(
    text: str,
    quotes: Sequence[Mapping[str, Any]],
    claims: Sequence[Mapping[str, Any]],
    speaker_records: Iterable[Mapping[str, Any]],
) -> list[bool]:
    """Which predicted claims have their content and source right against any gold attribution.

    A claim is right when its content overlaps a gold content with character Dice >= 0.5 and its source
    is right for that attribution (the overlap mode's ``content+source`` with any match, as
    ``content+source_precision_any`` counts it). ``scripts/fit_confidence_weights.py`` fits each claim's
    confidence to this.

    Args:
        text: The document text.
        quotes: The gold attributions of the document.
        claims: The predicted claim records.
        speaker_records: The predicted speaker records.

    Returns:
        One flag per claim, in order.
    """
    speakers = {s["id"]: s for s in speaker_records}
    gold_chars = [content_chars(text, _content_span(q)) for q in quotes]
    pred_chars = [content_chars(text, _content_span(c)) for c in claims]
    right = [False] * len(claims)
    for _, i, j in _candidates(gold_chars, pred_chars, MIN_DICE):
        if not right[j]:
            right[j] = _judge(quotes[i], claims[j], speaker_spans(claims[j], speakers), spans_overlap)[1]
    return right


def _tally_mode(
    cells: dict[str, dict[str, _Tally]],
    verdicts: Mapping[tuple[int, int], Verdict],
    matched: Iterable[tuple[int, int, float]],
    gold_rows: Sequence[tuple[str, ...]],
    pred_rows: Sequence[tuple[str, ...]],
) -> None:
    """Count one matching mode of one document: every gold quote and prediction in each of its rows,
    those right with any counterpart (``tp_*_any``), and those right in the one-to-one ``matched`` pairs."""
    gold_any = [[False] * len(METRICS) for _ in gold_rows]
    pred_any = [[False] * len(METRICS) for _ in pred_rows]
    for (i, j), verdict in verdicts.items():
        for k, ok in enumerate(verdict):
            gold_any[i][k] |= ok
            pred_any[j][k] |= ok
    for i, rows in enumerate(gold_rows):
        for row in rows:
            for k, metric in enumerate(METRICS):
                cell = cells[row][metric]
                cell.n_gold += 1
                cell.tp_gold_any += gold_any[i][k]
    for j, rows in enumerate(pred_rows):
        for row in rows:
            for k, metric in enumerate(METRICS):
                cell = cells[row][metric]
                cell.n_pred += 1
                cell.tp_pred_any += pred_any[j][k]
    for i, j, _ in matched:
        for k, metric in enumerate(METRICS):
            if verdicts[i, j][k]:
                for row in gold_rows[i]:
                    cells[row][metric].tp_gold += 1
                for row in pred_rows[j]:
                    cells[row][metric].tp_pred += 1


def _content_span(record: Mapping[str, Any]) -> Offsets:
    """The covering content span of a gold attribution or predicted claim ((0, 0) when there is none)."""
    return span_of(record.get("content")) or (0, 0)


# --------------------------------------------------------------------------------------------------
# spaCy scorer


def make_quote_scorer(spans_key: str = QUOTES_SPAN_KEY) -> Callable[..., dict[str, Any]]:
    """Build the scorer of the quote spans, for ``nlp.evaluate`` (``claimex.quote_scorer.v1``).

    Args:
        spans_key: The span group that holds the quotes, labelled with their type.

    Returns:
        ``score_quotes(examples, **kwargs)``: exact span P/R/F under ``<spans_key>_p/_r/_f``, per quote
        type under ``<spans_key>_per_type``, and ignoring the type under ``<spans_key>_unlabeled_p/_r/_f``.
        Examples whose reference doc has no ``spans_key`` group are skipped.
    """

    def getter(doc: Any, attr: str) -> Iterable[Any]:
        return doc.spans.get(spans_key, [])

    def has_annotation(doc: Any) -> bool:
        return spans_key in doc.spans

    def score_quotes(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """P/R/F of the quote span group of ``examples``; ``kwargs`` go to ``Scorer.score_spans``."""
        examples = list(examples)
        cfg = {"getter": getter, "has_annotation": has_annotation, "allow_overlap": True, **kwargs}
        for key in ("attr", "labeled"):
            cfg.pop(key, None)
        scores = Scorer.score_spans(examples, spans_key, labeled=True, **cfg)
        unlabeled = Scorer.score_spans(examples, f"{spans_key}_unlabeled", labeled=False, **cfg)
        return {**scores, **unlabeled}

    return score_quotes


__all__ = [
    "EXACT",
    "METRICS",
    "MIN_DICE",
    "MODES",
    "OVERLAP",
    "ROWS",
    "EvalReport",
    "PrecisionRecall",
    "Score",
    "content_chars",
    "dice",
    "evaluate_files",
    "evaluate_records",
    "f1_score",
    "index_by_id",
    "load_predictions",
    "make_quote_scorer",
    "match_contents",
    "ratio",
    "read_jsonl",
    "right_claims",
    "span_of",
    "spans_overlap",
    "speaker_spans",
    "trim",
]


# --------------------------------------------------------------------------------------------------
# The blind dev reading: follow-on quotes, page furniture and repeated statements


def covered(spans: Sequence[Offsets], span: Offsets) -> bool:
    """Whether ``spans`` (a claim's content fragments) cover ``span`` by at least half of the shorter.

    Args:
        spans: Disjoint fragments of a predicted content.
        span: A marked span.

    Returns:
        True when the characters the two share are at least half of the shorter of ``span`` and the
        fragments together.
    """
    mine = sum(max(0, e - s) for s, e in spans)
    shared = sum(max(0, min(e, span[1]) - max(s, span[0])) for s, e in spans)
    shorter = min(mine, span[1] - span[0])
    return shorter > 0 and 2 * shared >= shorter


def content_fragments(claim: Mapping[str, Any]) -> list[Offsets]:
    """A claim's ``content_spans`` (its covering ``content`` when it has none)."""
    spans = [s for s in map(span_of, claim.get("content_spans") or ()) if s is not None]
    if spans:
        return spans
    whole = span_of(claim.get("content"))
    return [whole] if whole is not None else []


def overlapping_claims(claims: Sequence[Mapping[str, Any]]) -> int:
    """How many claims of one document share more than half of the shorter content with another claim.

    Args:
        claims: The claim records of one prediction.

    Returns:
        The number of claims that overlap some other claim so (each claim counted once).
    """
    frags = [content_fragments(c) for c in claims]
    sizes = [sum(e - s for s, e in f) for f in frags]
    order = sorted(range(len(claims)), key=lambda i: min((s for s, _ in frags[i]), default=0))
    hit: set[int] = set()
    for n, i in enumerate(order):
        end_i = max((e for _, e in frags[i]), default=0)
        for j in order[n + 1:]:
            if min((s for s, _ in frags[j]), default=0) >= end_i:
                break
            shared = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in frags[i] for s2, e2 in frags[j])
            shorter = min(sizes[i], sizes[j])
            if shorter and 2 * shared > shorter:
                hit.update((i, j))
    return len(hit)


_NAME_WORD: Final = re.compile(r"[^\W_]+")


def names_match(a: str, b: str) -> bool:
    """Whether two speaker names name one speaker: the words of one are a run of the other's words.

    Args:
        a: A name ("Claudia Tenney").
        b: Another ("Tenney", "Sen. Claudia Tenney").

    Returns:
        True for "Tenney" ~ "Claudia Tenney", False for "Maria Lopez" ~ "Carlos Lopez".
    """
    wa, wb = _NAME_WORD.findall(a.lower()), _NAME_WORD.findall(b.lower())
    if not wa or not wb:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return any(long[k:k + len(short)] == short for k in range(len(long) - len(short) + 1))


@dataclass(frozen=True, slots=True)
class MarksReport:
    """Counts of the blind dev reading (``benchmarks/dev/quotes_marks.jsonl``) against predictions.

    ``followon_found``: marked follow-on quotes covered by a claim (at least half of the shorter) whose
    speaker is right; ``followon_content``: covered whatever the speaker. ``furniture_claims``: predicted
    claims whose content is mostly a marked furniture line (goal 0). ``duplicates_split``: marked pairs
    of one statement whose two occurrences are separate statements in the prediction (goal 0): two
    claims, neither the ``repeat_of`` of the other nor of one claim with it. ``duplicates_repeat``: the
    marked pairs whose two occurrences are a claim and its ``repeat_of`` (one statement, two records).
    ``misses`` lists each failure as ``{"kind", "id", "span"}`` for error analysis.
    """

    docs: int
    followon: int
    followon_content: int
    followon_found: int
    furniture: int
    furniture_claims: int
    duplicates: int
    duplicates_split: int
    duplicates_repeat: int = 0
    missing_docs: tuple[str, ...] = ()
    misses: tuple[Mapping[str, Any], ...] = field(default=(), repr=False)

    @property
    def followon_recall(self) -> float:
        """Follow-on quotes found with the right speaker, over those marked."""
        return ratio(self.followon_found, self.followon)

    def to_dict(self) -> dict[str, Any]:
        """The counts and the follow-on recall, JSON-ready (``misses`` included)."""
        return {
            "docs": self.docs, "missing_doc_ids": list(self.missing_docs),
            "followon": self.followon, "followon_content": self.followon_content,
            "followon_found": self.followon_found, "followon_recall": self.followon_recall,
            "furniture": self.furniture, "furniture_claims": self.furniture_claims,
            "duplicates": self.duplicates, "duplicates_split": self.duplicates_split,
            "duplicates_repeat": self.duplicates_repeat,
            "misses": [dict(m) for m in self.misses],
        }

    def format_table(self) -> str:
        """The report as a few plain-text lines."""
        return "\n".join([
            f"claimex evaluate-marks: {self.docs} documents ({len(self.missing_docs)} missing from the predictions)",
            f"  follow-on quotes, right speaker  {self.followon_found} of {self.followon}"
            f" (recall {self.followon_recall:.3f}; content found for {self.followon_content})",
            f"  claims on furniture lines        {self.furniture_claims} ({self.furniture} lines marked; goal 0)",
            f"  statements extracted twice       {self.duplicates_split} of {self.duplicates} marked pairs (goal 0;"
            f" {self.duplicates_repeat} more are a claim and its repeat_of)",
        ])


def _right_speaker(claim: Mapping[str, Any], speakers: Mapping[str, Mapping[str, Any]],
                   span: Offsets | None, name: str) -> bool:
    if span is not None and any(spans_overlap(s, span) for s in speaker_spans(claim, speakers)):
        return True
    speaker_id = claim.get("speaker")
    speaker = speakers.get(str(speaker_id)) if speaker_id is not None else None
    return bool(name) and speaker is not None and names_match(str(speaker.get("name") or ""), name)


def _mark_document(marks: Mapping[str, Any], prediction: Mapping[str, Any]) -> tuple[list[int], list[dict[str, Any]]]:
    """``[followon, content found, found, furniture, furniture claims, duplicates, split, repeat]`` and
    misses."""
    doc_id = str(marks["id"])
    claims = list(prediction.get("claims") or ())
    frags = [content_fragments(c) for c in claims]
    speakers = {str(s.get("id")): s for s in prediction.get("speakers") or ()}
    counts = [0] * 8
    misses: list[dict[str, Any]] = []
    # the statement of each claim: its own id, or the id of the claim it is a repeat of
    statement = [str(c.get("repeat_of") or c.get("id") or n) for n, c in enumerate(claims)]
    for item in marks.get("followon") or ():
        span = span_of(item["content"])
        assert span is not None
        covering = [c for c, f in zip(claims, frags, strict=True) if covered(f, span)]
        right = any(_right_speaker(c, speakers, span_of(item.get("speaker")), str(item.get("speaker_name") or ""))
                    for c in covering)
        counts[0] += 1
        counts[1] += bool(covering)
        counts[2] += right
        if not right:
            misses.append({"kind": "followon" if covering else "followon_missed", "id": doc_id, "span": list(span)})
    furniture = [s for s in map(span_of, marks.get("furniture") or ()) if s is not None]
    counts[3] = len(furniture)
    for f in frags:
        on = next((s for s in furniture if covered(f, s)), None)
        if on is not None:
            counts[4] += 1
            misses.append({"kind": "furniture", "id": doc_id, "span": list(on)})
    for pair in marks.get("duplicates") or ():
        first, second = span_of(pair[0]), span_of(pair[1])
        assert first is not None and second is not None
        a = {n for n, f in enumerate(frags) if covered(f, first)}
        b = {n for n, f in enumerate(frags) if covered(f, second)}
        counts[5] += 1
        if any(statement[x] != statement[y] for x in a for y in b):
            counts[6] += 1
            misses.append({"kind": "duplicate", "id": doc_id, "span": [list(first), list(second)]})
        elif any(x != y for x in a for y in b):
            counts[7] += 1
    return counts, misses


def evaluate_marks(marks: Iterable[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> MarksReport:
    """Score predictions against the blind dev reading of follow-on quotes, furniture and repeats.

    Args:
        marks: One record a document: ``{"id", "followon": [{"content", "speaker", "speaker_name"}],
            "furniture": [[s, e], ...], "duplicates": [[[s, e], [s, e]], ...]}`` (offsets into the text).
        pred: Prediction records (the output contract) by document id; a missing one predicts nothing.

    Returns:
        The report.

    Raises:
        InputError: A marks record has no ``id``.
    """
    totals = [0] * 8
    misses: list[dict[str, Any]] = []
    missing: list[str] = []
    docs = 0
    for n, record in enumerate(marks, start=1):
        if "id" not in record:
            raise InputError(f"marks record {n} has no 'id'; each record names a document of the texts file")
        docs += 1
        prediction = pred.get(str(record["id"]))
        if prediction is None:
            missing.append(str(record["id"]))
            prediction = {"claims": []}
        counts, found = _mark_document(record, prediction)
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        misses += found
    followon, content, right, furniture, on_furniture, duplicates, split, repeat = totals
    return MarksReport(docs, followon, content, right, furniture, on_furniture, duplicates, split, repeat,
                       missing_docs=tuple(missing), misses=tuple(misses))
