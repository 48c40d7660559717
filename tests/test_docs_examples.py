"""The interactive examples of the docs (``>>>`` lines in fenced blocks of ``docs/*.md``) print what they say.

A change of rules or weights that changes one of them must update the docs with it: a user who runs an
example and gets something else stops trusting the rest.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import claimex

ROOT = Path(__file__).resolve().parent.parent
#: A fenced code block of a Markdown page: its language tag and body.
RE_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def interactive_blocks() -> list[tuple[str, int, str]]:
    """(page, line, body) of every fenced block of ``docs/*.md`` that holds a ``>>>`` example."""
    found = []
    for page in sorted((ROOT / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for match in RE_FENCE.finditer(text):
            if ">>> " in match.group(2):
                found.append((page.name, text.count("\n", 0, match.start()) + 1, match.group(2)))
    return found


BLOCKS = interactive_blocks()


def test_the_docs_have_interactive_examples():
    assert {page for page, _, _ in BLOCKS} >= {"api.md", "claims-and-links.md"}


@pytest.mark.parametrize(("page", "line", "body"), BLOCKS, ids=[f"{p}:{n}" for p, n, _ in BLOCKS])
def test_docs_example_prints_what_it_says(nlp, monkeypatch, page, line, body):
    monkeypatch.chdir(ROOT)  # examples open data/samples/... as a user in a clone would
    monkeypatch.setattr(claimex.api, "default_nlp", lambda model=None: nlp)
    test = doctest.DocTestParser().get_doctest(body, {"claimex": claimex}, f"{page}:{line}", page, line)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    failures = runner.run(test, out=report.append)
    assert failures.failed == 0, "".join(report) + f"\n{page} line {line}: update the page to what the example prints"
