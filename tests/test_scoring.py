"""Tests of claimex.scoring: hand-made gold and predictions with hand-computed figures, agreement with the
team's reference scorer (``../shared/tools/score.py``, skipped when absent) and the spaCy quote scorer."""

from __future__ import annotations

import gc
import importlib.util
import json
import random
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example

from claimex.errors import InputError
from claimex.scoring import (
    EXACT,
    METRICS,
    OVERLAP,
    ROWS,
    EvalReport,
    content_chars,
    dice,
    evaluate_files,
    evaluate_records,
    make_quote_scorer,
    match_contents,
    trim,
)

REFERENCE_SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"

TEXT = (
    "Senator Maria Lopez said that the bill would pass by Friday. "
    '"We have the votes," she told reporters on Tuesday. '
    "Officials believe prices are rising, and wages are falling in most cities."
)


def at(text: str, part: str, nth: int = 0) -> list[int]:
    """Offsets of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return [start, start + len(part)]


def quote(text: str, content: str, source: str | None, cue: str, kind: str, speech: bool) -> dict[str, Any]:
    return {
        "content": at(text, content),
        "source": at(text, source) if source else None,
        "cue": at(text, cue),
        "type": kind,
        "cue_is_speech_verb": speech,
    }


def claim(
    text: str, content: str, kind: str, *, cue: str | None = None, mention: str | None = None,
    speaker: str | None = None,
) -> dict[str, Any]:
    return {
        "content": at(text, content),
        "type": kind,
        "cue": at(text, cue) if cue else None,
        "speaker_mention": at(text, mention) if mention else None,
        "speaker": speaker,
    }


#: The three gold attributions of TEXT: indirect speech, a direct quote, an indirect belief.
LOPEZ = quote(TEXT, "that the bill would pass by Friday", "Senator Maria Lopez", "said", "indirect", True)
VOTES = quote(TEXT, '"We have the votes,"', "she", "told", "direct", True)
PRICES = quote(
    TEXT, "prices are rising, and wages are falling in most cities", "Officials", "believe", "indirect", False
)
GOLD = {"id": "lopez", "text": TEXT, "quotes": [LOPEZ, VOTES, PRICES]}


def perfect_claims() -> list[dict[str, Any]]:
    return [
        claim(TEXT, "the bill would pass by Friday", "indirect", cue="said", mention="Senator Maria Lopez"),
        claim(TEXT, '"We have the votes,"', "direct", cue="told", mention="she"),
        claim(
            TEXT, "prices are rising, and wages are falling in most cities", "indirect", cue="believe",
            mention="Officials",
        ),
    ]


def pred(claims: list[dict[str, Any]], speakers: list[dict[str, Any]] | None = None, doc_id: str = "lopez",
         **extra: Any) -> dict[str, Any]:
    for n, c in enumerate(claims, start=1):
        c.setdefault("id", f"c{n}")
    return {"id": doc_id, "claims": claims, "speakers": speakers or [], "links": [], "errors": [], **extra}


def evaluate_one(gold: dict[str, Any], prediction: dict[str, Any]) -> EvalReport:
    return evaluate_records([gold], {prediction["id"]: prediction})


# --------------------------------------------------------------------------------------------------
# Building blocks


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("that the bill would pass", "thebillwouldpass"),
        ('"that we win"', "wewin"),
        ("That is all", "isall"),
        ("thatcher said", "thatchersaid"),
        ('"We have the votes,"', "Wehavethevotes"),
    ],
)
def test_content_chars_ignore_punctuation_space_and_leading_that(segment: str, expected: str) -> None:
    chars = content_chars(segment, (0, len(segment)))
    assert "".join(segment[i] for i in sorted(chars)) == expected


def test_trim_strips_edge_punctuation_and_space_only() -> None:
    text = ' "Mr. Smith," he said'
    assert trim(text, (0, 13)) == (2, 11)  # 'Mr. Smith'
    assert trim(text, (0, 2)) == (0, 2)  # nothing but punctuation: unchanged


def test_greedy_matching_is_one_to_one_by_highest_dice() -> None:
    gold = [frozenset(range(10)), frozenset(range(10, 20))]
    pred = [frozenset(range(12)), frozenset(range(10)), frozenset(range(50, 60))]
    # pred 1 is identical to gold 0 (Dice 1.0) and takes it; pred 0 overlaps gold 0 only: unmatched
    assert match_contents(gold, pred) == [(0, 1, 1.0)]


# --------------------------------------------------------------------------------------------------
# Hand-computed figures


def test_perfect_prediction_scores_one_everywhere() -> None:
    report = evaluate_one(GOLD, pred(perfect_claims()))
    for mode in (OVERLAP, EXACT):
        for row in ROWS:
            for metric in METRICS:
                score = report.score(mode, row, metric)
                if row == "mixed":  # no mixed quote in gold nor prediction
                    assert (score.n_gold, score.n_pred, score.f1) == (0, 0, 0.0)
                else:
                    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), (mode, row, metric)
    assert report.headline()["headline_f1_speech_cue_content+source"] == 1.0
    assert report.missing_docs == ()


def test_wrong_source_is_a_content_hit_and_a_content_source_miss() -> None:
    gold = {**GOLD, "quotes": [VOTES]}
    report = evaluate_one(gold, pred([claim(TEXT, '"We have the votes,"', "direct", cue="told", mention="reporters")]))
    assert report.score(OVERLAP, "all", "content").f1 == 1.0
    assert report.score(OVERLAP, "all", "content+source").f1 == 0.0
    assert report.score(OVERLAP, "all", "cue").f1 == 1.0
    assert report.score(OVERLAP, "all", "both").f1 == 0.0


@pytest.mark.parametrize(
    ("mention", "speaker_mentions", "source_right"),
    [
        ("she", None, True),  # the local mention overlaps the gold source
        ("reporters", None, False),
        (None, ["Senator Maria Lopez", "she"], True),  # the speaker entity has a mention on the gold source
        ("reporters", ["Senator Maria Lopez", "she"], True),  # a wrong local mention, a right entity
        (None, ["Senator Maria Lopez"], False),  # the right person, but not the gold mention
    ],
)
def test_source_is_right_through_the_mention_or_the_speaker_entity(
    mention: str | None, speaker_mentions: list[str] | None, source_right: bool
) -> None:
    gold = {**GOLD, "quotes": [VOTES]}
    speakers = [{"id": "s1", "mentions": [at(TEXT, m) for m in speaker_mentions]}] if speaker_mentions else []
    c = claim(TEXT, '"We have the votes,"', "direct", mention=mention, speaker="s1" if speakers else None)
    report = evaluate_one(gold, pred([c], speakers))
    assert report.score(OVERLAP, "all", "content+source").recall == float(source_right)


@pytest.mark.parametrize(
    ("mention", "speaker", "source_right"),
    [(None, None, True), ("Officials", None, False), (None, "s1", False)],
)
def test_null_gold_source_wants_no_speaker(mention: str | None, speaker: str | None, source_right: bool) -> None:
    gold = {**GOLD, "quotes": [{**PRICES, "source": None}]}
    speakers = [{"id": "s1", "mentions": [at(TEXT, "Officials")]}]
    c = claim(TEXT, "prices are rising, and wages are falling in most cities", "indirect", mention=mention,
              speaker=speaker)
    report = evaluate_one(gold, pred([c], speakers))
    assert report.score(OVERLAP, "all", "content+source").precision == float(source_right)


def test_leading_that_is_ignored_for_overlap_and_exact_match() -> None:
    gold = {**GOLD, "quotes": [LOPEZ]}  # gold content starts with "that"
    report = evaluate_one(gold, pred([claim(TEXT, "the bill would pass by Friday.", "indirect")]))
    assert report.score(EXACT, "all", "content").f1 == 1.0
    assert report.score(OVERLAP, "all", "content").f1 == 1.0


def test_exact_match_needs_the_same_content_overlap_does_not() -> None:
    gold = {**GOLD, "quotes": [LOPEZ]}
    # core characters: gold "thebillwouldpassbyFriday" 24, prediction "thebillwouldpass" 16: Dice 32/40
    report = evaluate_one(gold, pred([claim(TEXT, "the bill would pass", "indirect")]))
    assert report.score(OVERLAP, "all", "content").f1 == 1.0
    assert report.score(EXACT, "all", "content").f1 == 0.0


def test_cue_overlap_and_exact() -> None:
    gold = {**GOLD, "quotes": [LOPEZ]}
    c = claim(TEXT, "the bill would pass by Friday", "indirect", cue="said that")
    report = evaluate_one(gold, pred([c]))
    assert report.score(OVERLAP, "all", "cue").f1 == 1.0
    assert report.score(EXACT, "all", "cue").f1 == 0.0


@pytest.mark.parametrize(
    ("tail", "expected_dice", "matched"),
    [
        # gold: "prices are rising" (15 core characters) + tail; prediction: "prices are rising"
        (", and wages are falling in most cities.", 30 / 60, True),  # tail 30 characters: Dice exactly 0.5
        (", and wages are falling in most regions.", 30 / 61, False),  # tail 31 characters: just under 0.5
    ],
)
def test_dice_threshold(tail: str, expected_dice: float, matched: bool) -> None:
    text = f"Officials believe prices are rising{tail}"
    gold_content = text[text.index("prices"):-1]
    gold = {"id": "prices", "text": text,
            "quotes": [quote(text, gold_content, "Officials", "believe", "indirect", False)]}
    c = claim(text, "prices are rising", "indirect", mention="Officials", cue="believe")
    g = content_chars(text, tuple(gold["quotes"][0]["content"]))
    p = content_chars(text, tuple(c["content"]))
    assert dice(g, p) == pytest.approx(expected_dice)
    report = evaluate_one(gold, pred([c], doc_id="prices"))
    assert report.score(OVERLAP, "all", "content").recall == float(matched)


def test_missing_document_predicts_nothing() -> None:
    second = {"id": "votes", "text": TEXT, "quotes": [VOTES]}
    report = evaluate_records([GOLD, second], {"lopez": pred(perfect_claims())})
    assert report.missing_docs == ("votes",)
    assert report.to_dict()["missing_docs"] == 1
    content = report.score(OVERLAP, "all", "content")
    assert (content.n_gold, content.n_pred, content.precision, content.recall) == (4, 3, 1.0, 3 / 4)


def test_documents_with_errors_are_listed() -> None:
    prediction = pred([], errors=[{"stage": "quotes", "message": "parse failed"}])
    report = evaluate_one(GOLD, prediction)
    assert report.error_docs == ("lopez",)
    assert report.score(OVERLAP, "all", "content").recall == 0.0


def test_precision_by_predicted_type_recall_by_gold_type() -> None:
    gold = {**GOLD, "quotes": [PRICES]}  # gold indirect, predicted direct
    c = claim(TEXT, "prices are rising, and wages are falling in most cities", "direct", mention="Officials")
    report = evaluate_one(gold, pred([c]))
    direct, indirect = report.score(OVERLAP, "direct"), report.score(OVERLAP, "indirect")
    assert (direct.n_pred, direct.precision, direct.n_gold) == (1, 1.0, 0)
    assert (indirect.n_pred, indirect.n_gold, indirect.recall) == (0, 1, 1.0)


def test_one_to_one_precision_and_any_match_precision() -> None:
    gold = {**GOLD, "quotes": [LOPEZ]}
    claims = [
        claim(TEXT, "the bill would pass by Friday", "indirect", mention="Senator Maria Lopez"),
        # core 42 characters, 24 shared with gold: Dice 48/66, a match, but gold is taken by the first
        claim(TEXT, "Maria Lopez said that the bill would pass by Friday", "indirect", mention="Maria Lopez"),
    ]
    report = evaluate_one(gold, pred(claims))
    content = report.score(OVERLAP, "all", "content")
    assert (content.precision, content.precision_any, content.recall) == (1 / 2, 1.0, 1.0)
    assert report.headline()["content_precision"] == 1 / 2
    assert report.headline()["content_precision_any"] == 1.0


def test_headline_figures() -> None:
    claims = perfect_claims()
    claims[1]["speaker_mention"] = at(TEXT, "reporters")  # the direct quote gets the wrong source
    claims.append(claim(TEXT, "she told reporters on Tuesday", "indirect"))  # spurious
    report = evaluate_one(GOLD, pred(claims))
    headline = report.headline()
    assert headline["content_precision"] == 3 / 4
    assert headline["content+source_precision"] == 2 / 4
    # speech-cue gold: LOPEZ (source right) and VOTES (source wrong): recall 1/2; precision 2/4 over all
    assert headline["headline_f1_speech_cue_content+source"] == pytest.approx(0.5)
    assert headline["direct+mixed_recall_content+source"] == 0.0
    speech = report.score(OVERLAP, "speech-cue", "content")
    assert (speech.n_pred, speech.n_gold, speech.precision, speech.recall) == (4, 2, 3 / 4, 1.0)


def test_report_renders_and_serialises() -> None:
    report = evaluate_one(GOLD, pred(perfect_claims()))
    table = report.format_table()
    for label in (*ROWS[:4], "speech-cue*", "non-speech-cue*", "headline_f1_speech_cue_content+source"):
        assert label in table
    data = json.loads(json.dumps(report.to_dict()))
    assert data["overlap"]["all"]["content+source"]["f1"] == 1.0
    assert data["reference"]["content_precision"] == 1.0
    assert repr(report).startswith("EvalReport(1 docs, 0 missing, 3 gold, 3 pred")


# --------------------------------------------------------------------------------------------------
# Files


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_evaluate_files(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [GOLD])
    prediction = write_jsonl(tmp_path / "pred.jsonl", [pred(perfect_claims())])
    assert evaluate_files(gold, prediction).score().f1 == 1.0


@pytest.mark.parametrize(
    ("gold_lines", "pred_lines", "message"),
    [
        ([json.dumps(GOLD), "{not json"], [], "gold.jsonl:2: not JSON"),
        ([json.dumps(GOLD)], [json.dumps(pred([])), json.dumps(pred([]))], "occurs twice"),
        ([json.dumps({"id": "x", "quotes": []})], [], "has no 'text'"),
        ([json.dumps(GOLD), json.dumps(GOLD)], [], "occurs twice"),
    ],
)
def test_bad_input_raises_input_error(
    tmp_path: Path, gold_lines: list[str], pred_lines: list[str], message: str
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    prediction = tmp_path / "pred.jsonl"
    prediction.write_text("\n".join(pred_lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        evaluate_files(gold, prediction)


def test_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        evaluate_files(tmp_path / "nope.jsonl", tmp_path / "nope.jsonl")


# --------------------------------------------------------------------------------------------------
# Agreement with the reference scorer


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    if not REFERENCE_SCORER.exists():
        pytest.skip(f"reference scorer not found at {REFERENCE_SCORER}")
    spec = importlib.util.spec_from_file_location("claimex_reference_score", REFERENCE_SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference_scores(reference: ModuleType, gold: Path, prediction: Path) -> dict[str, Any]:
    """The reference scorer's figures (it leaves its files to the garbage collector: hush that)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        result: dict[str, Any] = reference.score_polnear(str(gold), str(prediction))
        gc.collect()
    return result


def random_records(seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Gold and predictions with random, often overlapping spans over TEXT, for several documents."""
    rng = random.Random(seed)
    n = len(TEXT)

    def rand_span(length: int) -> list[int]:
        start = rng.randrange(0, n - 2)
        return [start, min(n, start + rng.randint(1, length))]

    golds, preds = [], []
    for d in range(4):
        quotes = []
        for _ in range(rng.randint(0, 6)):
            quotes.append({
                "content": rand_span(60),
                "source": rand_span(20) if rng.random() < 0.8 else None,
                "cue": rand_span(8),
                "type": rng.choice(["direct", "mixed", "indirect"]),
                "cue_is_speech_verb": rng.random() < 0.6,
            })
        golds.append({"id": f"d{d}", "text": TEXT, "quotes": quotes})
        if d == 3:
            continue  # a missing document
        claims, speakers = [], []
        for q in quotes:
            if rng.random() < 0.8:
                s, e = q["content"]
                s, e = max(0, s + rng.randint(-8, 8)), min(n, e + rng.randint(-8, 8))
                speaker = None
                if rng.random() < 0.3:
                    speaker = f"s{len(speakers)}"
                    speakers.append({"id": speaker, "mentions": [rand_span(20) for _ in range(2)]})
                claims.append({
                    "content": [s, max(s + 1, e)],
                    "type": rng.choice(["direct", "mixed", "indirect"]),
                    "cue": rand_span(8) if rng.random() < 0.5 else q["cue"],
                    "speaker_mention": (q["source"] if rng.random() < 0.5 else rand_span(20))
                    if rng.random() < 0.7 else None,
                    "speaker": speaker,
                })
        claims += [{"content": rand_span(60), "type": "indirect", "cue": None, "speaker_mention": None,
                    "speaker": None} for _ in range(rng.randint(0, 3))]
        preds.append(pred(claims, speakers, doc_id=f"d{d}"))
    return golds, preds


def hand_made_records() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    wrong_source = perfect_claims()
    wrong_source[1]["speaker_mention"] = at(TEXT, "reporters")
    wrong_source.append(claim(TEXT, "Maria Lopez said that the bill would pass by Friday", "indirect"))
    golds = [GOLD, {**GOLD, "id": "null-source", "quotes": [{**PRICES, "source": None}, VOTES]},
             {**GOLD, "id": "unpredicted"}]
    preds = [
        pred(wrong_source),
        pred([claim(TEXT, "prices are rising", "indirect"), claim(TEXT, "We have the votes", "mixed", cue="she")],
             doc_id="null-source"),
    ]
    return golds, preds


@pytest.mark.parametrize("records", ["hand-made", 1, 2, 3, 4, 5])
def test_agrees_with_reference_scorer(reference: ModuleType, tmp_path: Path, records: str | int) -> None:
    golds, preds = hand_made_records() if records == "hand-made" else random_records(int(records))
    if not any(q["type"] in ("direct", "mixed") for g in golds for q in g["quotes"]):
        pytest.skip("the reference scorer divides by zero without direct or mixed gold quotes")
    gold_path = write_jsonl(tmp_path / "gold.jsonl", golds)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", preds)
    expected = reference_scores(reference, gold_path, pred_path)
    report = evaluate_files(gold_path, pred_path)
    for key in ("content_precision", "headline_f1_speech_cue_content+source", "direct+mixed_recall_content+source"):
        assert report.headline()[key] == expected[key], key
    # same counts, same arithmetic: the whole output is equal, not just close
    assert report.reference_dict() == expected


# --------------------------------------------------------------------------------------------------
# spaCy scorer


def quote_doc(nlp: spacy.language.Language, text: str, spans: list[tuple[str, str]] | None) -> Doc:
    doc = nlp.make_doc(text)
    if spans is not None:
        doc.spans["claimex_quotes"] = [
            doc.char_span(*at(text, part), label=label, alignment_mode="expand") for part, label in spans
        ]
    return doc


def test_quote_scorer_scores_the_span_group() -> None:
    nlp = spacy.blank("en")
    text = 'Lopez said that the bill would pass. "We have the votes," she said.'
    gold = [("the bill would pass", "indirect"), ('"We have the votes,"', "direct")]
    predicted = [("the bill would pass", "indirect"), ('"We have the votes,"', "indirect")]  # a wrong type
    example = Example(quote_doc(nlp, text, predicted), quote_doc(nlp, text, gold))
    scores = make_quote_scorer()([example])
    assert (scores["claimex_quotes_p"], scores["claimex_quotes_r"], scores["claimex_quotes_f"]) == (0.5, 0.5, 0.5)
    assert scores["claimex_quotes_per_type"]["indirect"] == {"p": 0.5, "r": 1.0, "f": pytest.approx(2 / 3)}
    assert scores["claimex_quotes_per_type"]["direct"]["r"] == 0.0
    assert scores["claimex_quotes_unlabeled_f"] == 1.0


def test_quote_scorer_skips_examples_without_gold_quotes() -> None:
    nlp = spacy.blank("en")
    text = "Lopez said that the bill would pass."
    example = Example(quote_doc(nlp, text, [("the bill would pass", "indirect")]), quote_doc(nlp, text, None))
    assert make_quote_scorer()([example])["claimex_quotes_f"] is None


def test_quote_scorer_is_registered() -> None:
    assert spacy.registry.scorers.get("claimex.quote_scorer.v1") is make_quote_scorer


# --------------------------------------------------------------------------------------------------
# The blind dev reading (evaluate_marks)

MARKS_TEXT = (
    'READ MORE: Mayor says the budget will balance\n\n'
    '"The council is united," Lee said. "We will vote as one."\n\n'
    '"The council is united," Lee said at the meeting.\n'
)


def marked(text: str, part: str, nth: int = 0) -> list[int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return [start, start + len(part)]


def marks_claim(text: str, *parts: str, speaker: str | None = "s1", nth: int = 0) -> dict[str, Any]:
    spans = [marked(text, p, nth) for p in parts]
    return {"content": [spans[0][0], spans[-1][1]], "content_spans": spans, "speaker": speaker,
            "speaker_mention": None}


MARKS = {
    "id": "m1",
    "followon": [{"content": marked(MARKS_TEXT, "We will vote as one."), "speaker": marked(MARKS_TEXT, "Lee"),
                  "speaker_name": "Sam Lee"}],
    "furniture": [marked(MARKS_TEXT, "READ MORE: Mayor says the budget will balance")],
    "duplicates": [[marked(MARKS_TEXT, "The council is united,"), marked(MARKS_TEXT, "The council is united,", 1)]],
}
LEE = {"id": "s1", "name": "Sam Lee", "mentions": [marked(MARKS_TEXT, "Lee", 1)]}


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # the follow-on joined to its quote, the speaker by name; nothing on furniture; the repeat dropped
        ([marks_claim(MARKS_TEXT, "The council is united,", "We will vote as one.")], (1, 1, 0, 0)),
        # the follow-on a claim of its own with no speaker; the furniture line a claim; both repeats kept
        ([marks_claim(MARKS_TEXT, "The council is united,"),
          marks_claim(MARKS_TEXT, "We will vote as one.", speaker=None),
          marks_claim(MARKS_TEXT, "the budget will balance"),
          marks_claim(MARKS_TEXT, "The council is united,", nth=1)],
         (1, 0, 1, 1)),
        # nothing found
        ([], (0, 0, 0, 0)),
    ],
)
def test_evaluate_marks(claims: list[dict[str, Any]], expected: tuple[int, int, int, int]) -> None:
    from claimex.scoring import evaluate_marks

    report = evaluate_marks([MARKS], {"m1": {"id": "m1", "claims": claims, "speakers": [LEE]}})
    got = (report.followon_content, report.followon_found, report.furniture_claims, report.duplicates_split)
    assert got == expected
    assert (report.followon, report.furniture, report.duplicates) == (1, 1, 1)
    assert "follow-on quotes, right speaker" in report.format_table()
    assert json.loads(json.dumps(report.to_dict()))["followon_recall"] == expected[1]


@pytest.mark.parametrize(
    ("repeat_of", "expected"),
    [(None, (1, 0)),  # two claims of one statement: split
     ("c1", (0, 1)),  # the second records the first as the statement it repeats: one statement
     ("c9", (1, 0))],  # a repeat of another claim
)
def test_evaluate_marks_reads_repeat_of(repeat_of: str | None, expected: tuple[int, int]) -> None:
    from claimex.scoring import evaluate_marks

    first = {**marks_claim(MARKS_TEXT, "The council is united,"), "id": "c1"}
    second = {**marks_claim(MARKS_TEXT, "The council is united,", nth=1), "id": "c2", "repeat_of": repeat_of}
    report = evaluate_marks([MARKS], {"m1": {"id": "m1", "claims": [first, second], "speakers": [LEE]}})
    assert (report.duplicates_split, report.duplicates_repeat) == expected
    assert f"{expected[1]} more are a claim and its repeat_of" in report.format_table()
    assert report.to_dict()["duplicates_repeat"] == expected[1]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("Tenney", "Claudia Tenney", True), ("Sen. Claudia Tenney", "Claudia Tenney", True),
     ("Maria Lopez", "Carlos Lopez", False), ("", "Lopez", False)],
)
def test_names_match(a: str, b: str, expected: bool) -> None:
    from claimex.scoring import names_match

    assert names_match(a, b) is expected


def test_name_words_are_read_once_a_name() -> None:
    # speed55: a document compares each speaker's name with every name it reads (acts._named_speaker), so the
    # words of a name are cached; the cached tuple is the words as before (no article, no possessive)
    from claimex import names

    names._name_words.cache_clear()
    assert names._name_words("The Harbor Council's") == ("harbor", "council")
    assert names.names_match("Harbor Council", "the Harbor Council's") is True
    assert names.names_match("Dana Whitfield", "Whitfield") is True
    assert names.names_match("Dana Whitfield", "Whitfield") is True
    info = names._name_words.cache_info()
    assert (info.hits, info.misses) == (2, 5)  # five names as written, each read once; the second pair from the cache


def test_overlapping_claims_counts_each_claim_once() -> None:
    from claimex.scoring import overlapping_claims

    claims = [{"content_spans": [[0, 100]]}, {"content_spans": [[10, 60]]}, {"content_spans": [[50, 70]]},
              {"content_spans": [[200, 240]]}]
    # [10,60] lies inside [0,100]; [50,70] shares 20 of its 20 with [0,100]; [200,240] shares nothing
    assert overlapping_claims(claims) == 3
    assert overlapping_claims([{"content": [0, 10]}, {"content": [6, 30]}]) == 0
