"""The seed article's HTML view in a real browser: Debian's headless Chromium driven by Playwright.

No browser is ever downloaded (never ``playwright install``): the test launches ``/usr/bin/chromium``
(``CLAIMEX_CHROMIUM`` overrides the path). Without it the test is skipped, except in CI (``CI=true``), where
``.ci/run`` installs it and its absence is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import claimex
from claimex import viz
from claimex.model import Result

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "strikes.txt"
CHROMIUM = Path(os.environ.get("CLAIMEX_CHROMIUM", "/usr/bin/chromium"))
#: A quiet, offline headless Chromium (benchmarks/screenshot.py uses the same flags).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
IN_CI = os.environ.get("CI", "").lower() == "true"


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason}; CI must run the browser test (.ci/run installs Debian's chromium)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def seed(nlp) -> Result:
    return claimex.extract(SAMPLE.read_text(encoding="utf-8"), nlp=nlp, doc_id="strikes")


@pytest.fixture(scope="module")
def page(seed, tmp_path_factory) -> Iterator[Any]:
    """The seed view, opened from a file in headless Chromium."""
    if not CHROMIUM.exists():
        _unavailable(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install playwright)")
    path = tmp_path_factory.mktemp("browser") / "seed.html"
    path.write_text(viz.render_html(seed, page=True), encoding="utf-8")
    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1000, "height": 900})
            tab.on("request", lambda request: requests.append(request.url))
            tab.goto(path.as_uri())
            yield tab
        finally:
            browser.close()
    assert requests == [path.as_uri()], "the view fetches nothing but itself"


def colour(page: Any, selector: str, prop: str) -> str:
    return page.eval_on_selector(selector, f"e => getComputedStyle(e).{prop}")


def rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_quote_highlights_are_visible_in_speaker_colours(page, seed):
    quotes = page.locator("mark.cx-quote")
    assert quotes.count() >= len(seed.claims)
    assert quotes.first.is_visible()
    colours = viz.speaker_colours(seed)
    for claim in seed.claims:
        selector = f'mark.cx-quote[data-claim="{claim.id}"]'
        assert page.locator(selector).first.is_visible()
        expected = colours.get(claim.speaker or "", viz.UNATTRIBUTED_COLOUR)
        assert colour(page, selector, "backgroundColor") == rgb(expected)


def test_cues_and_speaker_mentions_are_marked(page):
    assert page.locator(".cx-cue").first.is_visible()
    assert colour(page, ".cx-cue", "fontWeight") == "700"
    assert page.locator(".cx-speaker").first.is_visible()


def test_speaker_legend_is_visible(page, seed):
    legend = page.locator("table.cx-legend")
    assert legend.is_visible()
    rows = legend.locator("tbody tr")
    assert rows.count() == len(seed.speakers)
    text = legend.inner_text()
    for speaker in seed.speakers:
        assert all(x in text for x in (speaker.name, speaker.role or "", speaker.affiliation or ""))


def test_dispute_link_shows_its_evidence_on_hover(page, seed):
    n, link = next((n, x) for n, x in enumerate(seed.links) if x.relation == "disputes")
    selector = f'.cx-text .cx-link.cx-disputes[data-link="{n}"]'
    badge = page.locator(selector)
    badge.scroll_into_view_if_needed()
    assert badge.is_visible() and badge.inner_text().startswith(f"disputes {link.target}")
    assert colour(page, selector, "backgroundColor") == rgb(viz.RELATION_COLOURS["disputes"])
    tip = badge.locator(".cx-tip")
    assert not tip.is_visible()
    target = f'mark.cx-quote[data-claim="{link.target}"]'
    assert colour(page, target, "outlineStyle") == "none"
    badge.hover()
    assert tip.is_visible()
    assert link.evidence and all(f"{e.kind}: {e.text}" in tip.inner_text() for e in link.evidence)
    assert colour(page, target, "outlineStyle") == "solid", "the disputed claim is outlined"
    page.mouse.move(0, 0)
    assert not tip.is_visible()


def test_links_table_is_visible(page, seed):
    table = page.locator("table.cx-links")
    assert table.is_visible()
    assert table.locator("tbody tr").count() == len(seed.links)
    for relation in {x.relation for x in seed.links}:
        badge = table.locator(".cx-rel", has_text=relation).first
        assert badge.is_visible()
        assert badge.evaluate("e => getComputedStyle(e).backgroundColor") == rgb(viz.relation_colour(relation))


def test_view_runs_no_script(page):
    assert page.evaluate("document.scripts.length") == 0
