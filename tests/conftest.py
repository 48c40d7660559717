"""Shared fixtures, each built once per test session: the English pipeline (``en_nlp``, defined in
``tests/_nlp.py``), the claimex pipeline (``nlp``, what ``claimex.load()`` returns), a user's own
pipeline (``own``: the English model with the claimex stages added by name) and the claims stage alone
(``analyzer``)."""

import pytest
import spacy
from spacy.language import Language

import claimex
from _nlp import MODEL, en_nlp
from claimex.lexicons import reporting_cues_v1
from claimex.pipeline.claims import ClaimAnalyzer

__all__ = ["analyzer", "en_nlp", "nlp", "own"]


@pytest.fixture(scope="session")
def analyzer() -> ClaimAnalyzer:
    """The claims stage alone, with the default reporting cues."""
    return ClaimAnalyzer(cues=reporting_cues_v1())


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
