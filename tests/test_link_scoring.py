"""``claimex evaluate-links``: the links scorer on small hand-made gold and prediction records."""

from __future__ import annotations

import json

import pytest

from claimex import cli
from claimex.errors import InputError
from claimex.link_scoring import evaluate_links, format_errors, matches, read_gold

TEXT = ("The union said the city had broken its promise. Smith denied that the city broke any promise. "
        "The mayor said the budget was balanced. A council member agreed the budget was balanced.")


def span(needle: str) -> list[int]:
    start = TEXT.index(needle)
    return [start, start + len(needle)]


def claim(cid: str, needle: str, *, last: bool = False) -> dict:
    s = TEXT.rindex(needle) if last else TEXT.index(needle)
    return {"id": cid, "content": [s, s + len(needle)], "content_spans": [[s, s + len(needle)]]}


CLAIMS = [
    claim("c1", "the city had broken its promise"),
    claim("c2", "the city broke any promise"),
    claim("c3", "the budget was balanced"),
    claim("c4", "the budget was balanced", last=True),
]

GOLD = {"id": "d1", "reader": "B", "pairs": [
    {"earlier": span("the city had broken its promise"), "later": span("Smith denied that the city broke any promise"),
     "relation": "disputes", "clarity": "clear"},
    {"earlier": span("the budget was balanced"), "later": CLAIMS[3]["content"],
     "relation": "supports", "clarity": "arguable"},
]}
EMPTY = {"id": "d2", "reader": "A", "pairs": []}


def link(source: str, target: str, relation: str) -> dict:
    return {"source": source, "target": target, "relation": relation, "score": 0.9,
            "evidence": [{"kind": "negation", "text": "x", "span": [0, 1]}]}


@pytest.mark.parametrize(("claim_span", "statement", "expected"), [
    ([(0, 10)], (0, 10), True),
    ([(0, 10)], (5, 40), True),      # 5 shared, the shorter is 10: half of it
    ([(0, 10)], (6, 40), False),     # 4 shared
    ([(0, 4), (20, 30)], (0, 8), True),    # fragments: 4 shared, the shorter is the 8-character statement
    ([(0, 4), (20, 30)], (0, 9), False),
    ([(0, 4), (20, 30)], (18, 19), False),
    ([(0, 0)], (0, 10), False),
])
def test_matches_is_half_of_the_shorter(claim_span, statement, expected):
    assert matches(claim_span, statement) is expected


def test_right_wrong_and_reversed_links():
    pred = {"d1": {"id": "d1", "claims": CLAIMS, "links": [
        link("c1", "c2", "disputes"),          # reversed order still matches the pair
        link("c4", "c3", "disputes"),          # right pair, wrong relation
        link("c3", "c1", "supports"),          # no such pair
        link("c4", "c1", "responds_to"),       # not scored
    ]}, "d2": {"id": "d2", "claims": CLAIMS, "links": [link("c2", "c1", "disputes")]}}
    report = evaluate_links([GOLD, EMPTY], pred)
    assert (report.overall.tp_pred, report.overall.n_pred) == (1, 4)   # the d2 link counts against precision
    assert (report.overall.tp_gold, report.overall.n_gold) == (1, 2)
    assert (report.clear.tp_gold, report.clear.n_gold) == (1, 1)
    assert (report.any_relation.tp_pred, report.any_relation.tp_gold) == (2, 2)
    assert report.by_relation["disputes"].recall == 1.0 and report.by_relation["supports"].recall == 0.0
    assert report.by_relation["disputes"].n_pred == 3
    assert report.responds_to == 1
    assert report.ceiling == 2 and report.ceiling_clear == 1
    assert report.missing_docs == ()
    table = report.format_table()
    assert "ceiling: 2 of 2" in table
    errors = format_errors(report, {"d1": TEXT, "d2": TEXT})
    assert "WRONG LINK (wrong relation) d1: c4 disputes c3" in errors
    assert "MISSED supports (arguable, linked with another relation)" in errors


def test_ceiling_needs_two_different_claims():
    one_claim = [{"id": "c1", "content": [0, len(TEXT)], "content_spans": [[0, 100]]}]
    report = evaluate_links([GOLD], {"d1": {"id": "d1", "claims": one_claim, "links": []}})
    assert report.ceiling == 0
    assert report.overall.precision == 0.0 and report.overall.recall == 0.0


def test_missing_prediction_counts_as_no_links():
    report = evaluate_links([GOLD], {})
    assert report.missing_docs == ("d1",) and report.overall.n_gold == 2 and report.overall.tp_gold == 0


def test_read_gold_by_reader_and_bad_lines(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD) + "\n\n" + json.dumps(EMPTY) + "\n")
    assert [g["id"] for g in read_gold(path)] == ["d1", "d2"]
    assert [g["id"] for g in read_gold(path, reader="A")] == ["d2"]
    bad = dict(GOLD, pairs=[{"earlier": [5, 1], "later": [0, 3], "relation": "disputes"}])
    path.write_text(json.dumps(bad) + "\n")
    with pytest.raises(InputError, match="span"):
        read_gold(path)
    path.write_text(json.dumps(dict(GOLD, pairs=[dict(GOLD["pairs"][0], relation="agrees")])) + "\n")
    with pytest.raises(InputError, match="relation"):
        read_gold(path)


def test_cli_with_predictions(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "d1", "claims": CLAIMS, "links": [link("c2", "c1", "disputes")]}) + "\n")
    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps({"id": "d1", "text": TEXT}) + "\n")
    out = tmp_path / "report.json"
    code = cli.main(["evaluate-links", str(gold), "--pred", str(pred), "--texts", str(texts), "--errors",
                     "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "all pairs, right relation" in printed and "MISSED supports" in printed
    report = json.loads(out.read_text())
    assert report["overall"]["precision"] == 1.0 and report["overall"]["recall"] == 0.5


def test_cli_missing_text_is_an_error(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n")
    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps({"id": "other", "text": TEXT}) + "\n")
    assert cli.main(["evaluate-links", str(gold), "--texts", str(texts)]) == 1
    assert "no text for 1 gold ids" in capsys.readouterr().err
