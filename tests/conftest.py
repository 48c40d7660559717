"""Shared fixtures, each built once per test session: the English pipeline (``en_nlp``, defined in
``tests/_nlp.py``), the claimex pipeline (``nlp``, what ``claimex.load()`` returns) and a user's own
pipeline (``own``: the English model with the claimex stages added by name)."""

import pytest
import spacy
from spacy.language import Language

import claimex
from _nlp import MODEL, en_nlp

__all__ = ["en_nlp", "nlp", "own"]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default English pipeline with every claimex stage, loaded once per test session."""
    return claimex.load()


@pytest.fixture(scope="session")
def own() -> Language:
    """A user's pipeline: their English model, with the claimex stages added after it by name (not
    through ``claimex.load``). Tests that change it put it back."""
    pipeline = spacy.load(MODEL)
    for name in ("claimex_quotes", "claimex_speakers", "claimex_claims", "claimex_links"):
        pipeline.add_pipe(name)
    return pipeline
