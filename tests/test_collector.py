"""The garbage collector is held off during a stage call and restored after it, whatever happens."""

from __future__ import annotations

import gc

import pytest

from claimex.pipeline.collector import collector_paused


@collector_paused
def _report() -> bool:
    return gc.isenabled()


@collector_paused
def _fail() -> None:
    raise ValueError("a stage failed")


def test_the_collector_is_off_during_the_call_and_on_after_it():
    assert gc.isenabled()
    assert _report() is False
    assert gc.isenabled()


def test_the_collector_is_back_on_after_an_exception():
    with pytest.raises(ValueError, match="a stage failed"):
        _fail()
    assert gc.isenabled()


def test_a_collector_the_caller_switched_off_stays_off():
    gc.disable()
    try:
        assert _report() is False
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize(("stage", "inner"), [
    ("claimex_quotes", "find"), ("claimex_speakers", "resolve"), ("claimex_claims", "_analyse"),
    ("claimex_links", "links"),
])
def test_each_stage_works_with_the_collector_off(nlp, monkeypatch, stage, inner):
    component = nlp.get_pipe(stage)
    original = getattr(component, inner)
    seen: list[bool] = []

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(component, inner, spy)
    doc = nlp("“We will respond,” said Yehia Rasool, a military spokesman. The PMF denied it.")
    assert seen and not any(seen)  # called, and with the collector off
    assert gc.isenabled()
    assert doc._.claims  # the stages still did their work
