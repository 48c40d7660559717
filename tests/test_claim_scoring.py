"""The claims dev-set scorer (claimex.claim_scoring) on small hand-made records."""

from __future__ import annotations

import json

import pytest

from claimex import claim_scoring as cs
from claimex.cli import main
from claimex.errors import InputError

TEXT = "Smith said Jones ruined the farms. Jones denied it. Lee praised the plan."
#       0         1         2         3         4         5         6         7
#       0123456789012345678901234567890123456789012345678901234567890123456789012


def gold(statement: str, content: list[int], act: str, target: list[int] | None, target_name: str | None,
         stance: str, *, reader: str = "B", clear: bool = True) -> dict:
    return {"id": "d1", "statement": statement, "content": content, "act": act, "polarity": "positive",
            "hedged": False, "target": target, "target_name": target_name, "stance": stance,
            "clear": clear, "reader": reader}


GOLD = [
    gold("E1", [11, 33], "accuse", [11, 16], "Bob Jones", "oppose"),
    gold("E2", [41, 43], "deny", [41, 43], "ruined farms claim", "oppose", reader="A"),
    gold("E3", [45, 71], "support", [57, 71], "the farm plan", "support", clear=False),
    gold("E4", [0, 5], "assert", None, None, "neutral"),
]
SPEAKERS = [{"id": "s1", "name": "Smith", "mentions": [[0, 5]]},
            {"id": "s2", "name": "Jones", "aliases": ["Bob Jones"], "mentions": [[11, 16], [35, 40]]}]
CLAIMS = [
    # target "the farms", but resolved to Jones: right through the entity's alias
    {"id": "c1", "content": [11, 33], "act": "accuse", "polarity": "positive", "hedged": False,
     "target": [24, 33], "target_entity": "s2", "stance": "oppose"},
    {"id": "c2", "content": [35, 50], "act": "deny", "polarity": "positive", "hedged": False,
     "target": None, "stance": "neutral"},
    {"id": "c3", "content": [45, 72], "act": "assert", "polarity": "positive", "hedged": True,
     "target": [61, 71], "stance": "support"},
]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ([0, 10], [5, 20], 5),
    ([0, 10], [10, 20], 0),
    ([3, 4], [0, 20], 1),
])
def test_overlap(a, b, expected):
    assert cs.overlap(a, b) == expected


@pytest.mark.parametrize(("content", "expected"), [
    ([11, 33], "c1"),
    ([41, 43], "c2"),      # all of the shorter span (the gold's two characters) is inside c2
    ([45, 71], "c3"),
    ([0, 5], None),        # no claim there
])
def test_match_claim(content, expected):
    claim = cs.match_claim(content, CLAIMS)
    assert (claim["id"] if claim else None) == expected


@pytest.mark.parametrize(("predicted", "gold_name", "expected"), [
    ("Trump", "Donald Trump", True),
    ("the CNN", "CNN", True),
    ("Rubio", "Marco Rubio and Ted Cruz", True),
    ("Trump", "Donald Trump's proposed Muslim ban", False),
    ("Hillary Clinton", "Donald Trump", False),
    (None, "Donald Trump", False),
])
def test_names_match(predicted, gold_name, expected):
    assert cs.names_match(predicted, gold_name) is expected


def test_report_counts_fields_targets_and_groups():
    report = cs.evaluate_claim_fields(GOLD, {"d1": {"claims": CLAIMS, "speakers": SPEAKERS}})
    total = report.group("all")
    assert (total.statements, total.matched) == (4, 3)
    assert total.accuracy("act") == pytest.approx(2 / 3)      # c3: assert for support
    assert total.accuracy("hedged") == pytest.approx(2 / 3)
    assert total.accuracy("target") == pytest.approx(2 / 3)   # c2 has no target
    assert total.accuracy("stance") == pytest.approx(2 / 3)   # c2: neutral for oppose
    assert report.group("A").matched == 1 and report.group("B").matched == 2
    assert report.group("all", "clear").matched == 2          # E3 is not clear
    act = total.per_class("act")
    assert act["support"] == {"precision": 0.0, "recall": 0.0, "support": 1, "predicted": 0}
    assert act["accuse"]["precision"] == 1.0
    assert "A clear" in report.format_table()
    errors = cs.format_errors(report, {"d1": TEXT}, reader="B")
    assert "E3 wrong: act, hedged" in errors and "E1" not in errors and "E2" not in errors


def test_gold_without_a_field_is_refused():
    with pytest.raises(InputError, match="lacks act"):
        cs.evaluate_claim_fields([{"id": "d1", "content": [0, 1]}], {})


def test_cli_evaluate_claims(tmp_path, capsys):
    gold_path, pred_path, out = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl", tmp_path / "report.json"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in GOLD))
    pred_path.write_text(json.dumps({"id": "d1", "claims": CLAIMS, "speakers": SPEAKERS}) + "\n")
    assert main(["evaluate-claims", str(gold_path), "--pred", str(pred_path), "--json", str(out)]) == 0
    assert "matched" in capsys.readouterr().out
    data = json.loads(out.read_text())
    assert data["all/all"]["matched"] == 3
