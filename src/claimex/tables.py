"""claimex results as tables: one row per claim, per speaker or per link, across any number of documents.

The ``*_rows`` functions return plain dicts (no dependency); the ``*_dataframe`` functions return pandas
DataFrames and need the ``pandas`` extra (``pip install 'claimex[pandas]'``). Every function takes a
:class:`~claimex.model.Result`, a processed Doc, an output record (dict), an iterable of these, or the path
of a JSONL file written by ``claimex extract``. The rows themselves are built in :mod:`claimex.rows`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import rows
from .convert import Results, iter_results
from .rows import CLAIM_COLUMNS, LINK_COLUMNS, PANDAS_HINT, SPEAKER_COLUMNS, STANCE_COLUMNS

if TYPE_CHECKING:
    import pandas as pd


def claim_rows(results: Results) -> list[dict[str, Any]]:
    """One dict per claim, with the keys of :data:`CLAIM_COLUMNS`."""
    return rows.claim_rows(iter_results(results))


def speaker_rows(results: Results) -> list[dict[str, Any]]:
    """One dict per speaker entity and document, with the keys of :data:`SPEAKER_COLUMNS`."""
    return rows.speaker_rows(iter_results(results))


def link_rows(results: Results) -> list[dict[str, Any]]:
    """One dict per link between claims, with the keys of :data:`LINK_COLUMNS`."""
    return rows.link_rows(iter_results(results))


def stance_rows(results: Results) -> list[dict[str, Any]]:
    """One dict per speaker entity and target entity (``Result.stances()``), keys :data:`STANCE_COLUMNS`."""
    return rows.stance_rows(iter_results(results))


def to_dataframe(results: Results) -> pd.DataFrame:
    """One row per claim (columns :data:`CLAIM_COLUMNS`): document, speaker, cue, type, act, stance, content
    and offsets.

    Args:
        results: a Result, processed Doc or output record, an iterable of these, or the path of a JSONL
            file written by ``claimex extract``.

    Returns:
        A pandas DataFrame; offsets are nullable integers (``<NA>`` where a claim has no cue or mention).

    Raises:
        MissingDependencyError: pandas is not installed (``pip install 'claimex[pandas]'``).
    """
    return rows.claims_frame(iter_results(results))


def speakers_dataframe(results: Results) -> pd.DataFrame:
    """One row per speaker entity and document (columns :data:`SPEAKER_COLUMNS`), with claim counts.

    Raises:
        MissingDependencyError: pandas is not installed (``pip install 'claimex[pandas]'``).
    """
    return rows._frame(speaker_rows(results), SPEAKER_COLUMNS)


def links_dataframe(results: Results) -> pd.DataFrame:
    """One row per link (columns :data:`LINK_COLUMNS`): relation, score, both speakers and contents, evidence.

    Raises:
        MissingDependencyError: pandas is not installed (``pip install 'claimex[pandas]'``).
    """
    return rows._frame(link_rows(results), LINK_COLUMNS)


def stances_dataframe(results: Results) -> pd.DataFrame:
    """Who supports or opposes whom: one row per speaker entity and target (columns :data:`STANCE_COLUMNS`).

    Raises:
        MissingDependencyError: pandas is not installed (``pip install 'claimex[pandas]'``).
    """
    return rows._frame(stance_rows(results), STANCE_COLUMNS)


__all__ = [
    "CLAIM_COLUMNS",
    "LINK_COLUMNS",
    "PANDAS_HINT",
    "SPEAKER_COLUMNS",
    "STANCE_COLUMNS",
    "Results",
    "claim_rows",
    "iter_results",
    "link_rows",
    "links_dataframe",
    "speaker_rows",
    "speakers_dataframe",
    "stance_rows",
    "stances_dataframe",
    "to_dataframe",
]
