"""Shared fixtures: one session-scoped English pipeline (``en_nlp``, defined in ``tests/_nlp.py``) and one
session-scoped claimex pipeline (``nlp``, what ``claimex.load()`` returns)."""

import pytest
from spacy.language import Language

import claimex
from _nlp import en_nlp

__all__ = ["en_nlp", "nlp"]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default English pipeline with every claimex stage, loaded once per test session."""
    return claimex.load()
