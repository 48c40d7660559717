"""The rows of claimex's tables, from :class:`~claimex.model.Result` objects: one per claim, per speaker or
per link, as plain dicts or pandas DataFrames.

:mod:`claimex.tables` takes any input (Docs, output records, a JSONL path) and calls these;
``Result.to_dataframe`` calls :func:`claims_frame` directly. This module uses a Result's attributes only
and imports :mod:`claimex.model` for its types alone, so the model can delegate to it without an
import cycle.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

from .errors import MissingDependencyError

if TYPE_CHECKING:
    import pandas as pd

    from .model import Result

#: Columns of :func:`to_dataframe`, one row per claim. Offsets are character offsets, end-exclusive.
CLAIM_COLUMNS: Final[tuple[str, ...]] = (
    "doc_id", "claim_id", "speaker_id", "speaker", "speaker_kind", "role", "affiliation",
    "speaker_mention", "cue", "type", "act", "polarity", "hedged", "stance", "target", "content",
    "content_start", "content_end", "cue_start", "cue_end", "speaker_mention_start", "speaker_mention_end",
    "confidence", "quote_rule", "repeat_of", "in_headline",
)
#: Columns of :func:`speakers_dataframe`, one row per speaker entity of a document.
SPEAKER_COLUMNS: Final[tuple[str, ...]] = (
    "doc_id", "speaker_id", "name", "kind", "role", "title", "affiliation", "aliases", "n_mentions", "n_claims",
)
#: Columns of :func:`links_dataframe`, one row per link between two claims of a document.
LINK_COLUMNS: Final[tuple[str, ...]] = (
    "doc_id", "source", "target", "relation", "score", "source_speaker", "target_speaker",
    "source_content", "target_content", "evidence_kinds", "evidence",
)
#: Columns of :func:`stances_dataframe`, one row per speaker entity and target (``Result.stances()``).
STANCE_COLUMNS: Final[tuple[str, ...]] = (
    "doc_id", "speaker_id", "speaker", "target_id", "target", "stance", "n_support", "n_oppose", "n_claims",
    "claims",
)
_OFFSET_COLUMNS: Final = ("content_start", "content_end", "cue_start", "cue_end", "speaker_mention_start",
                          "speaker_mention_end")

PANDAS_HINT: Final = "claimex's DataFrames need pandas: pip install 'claimex[pandas]'"

def claim_rows(results: Iterable[Result]) -> list[dict[str, Any]]:
    """One dict per claim, with the keys of :data:`CLAIM_COLUMNS`."""
    rows = []
    for result in results:
        speakers = {s.id: s for s in result.speakers}
        for claim in result.claims:
            speaker = speakers.get(claim.speaker or "")
            content = claim.content
            cue = claim.cue or (None, None)
            mention = claim.speaker_mention or (None, None)
            rows.append({
                "doc_id": result.id,
                "claim_id": claim.id,
                "speaker_id": claim.speaker,
                "speaker": speaker.name if speaker else None,
                "speaker_kind": speaker.kind if speaker else None,
                "role": speaker.role if speaker else None,
                "affiliation": speaker.affiliation if speaker else None,
                "speaker_mention": claim.speaker_mention_text,
                "cue": claim.cue_text,
                "type": claim.type,
                "act": claim.act,
                "polarity": claim.polarity,
                "hedged": claim.hedged,
                "stance": claim.stance,
                "target": claim.target_text,
                "content": claim.content_text,
                "content_start": content[0],
                "content_end": content[1],
                "cue_start": cue[0],
                "cue_end": cue[1],
                "speaker_mention_start": mention[0],
                "speaker_mention_end": mention[1],
                "confidence": claim.confidence,
                "quote_rule": claim.quote_rule,
                "repeat_of": claim.repeat_of,
                "in_headline": claim.in_headline,
            })
    return rows


def speaker_rows(results: Iterable[Result]) -> list[dict[str, Any]]:
    """One dict per speaker entity and document, with the keys of :data:`SPEAKER_COLUMNS`."""
    rows = []
    for result in results:
        for speaker in result.speakers:
            rows.append({
                "doc_id": result.id,
                "speaker_id": speaker.id,
                "name": speaker.name,
                "kind": speaker.kind,
                "role": speaker.role,
                "title": speaker.title,
                "affiliation": speaker.affiliation,
                "aliases": list(speaker.aliases),
                "n_mentions": len(speaker.mentions),
                "n_claims": sum(1 for c in result.claims if c.speaker == speaker.id),
            })
    return rows


def link_rows(results: Iterable[Result]) -> list[dict[str, Any]]:
    """One dict per link between claims, with the keys of :data:`LINK_COLUMNS`."""
    rows = []
    for result in results:
        names = {s.id: s.name for s in result.speakers}
        for link in result.links:
            source, target = result.claim(link.source), result.claim(link.target)
            rows.append({
                "doc_id": result.id,
                "source": link.source,
                "target": link.target,
                "relation": link.relation,
                "score": link.score,
                "source_speaker": names.get(source.speaker or "") if source else None,
                "target_speaker": names.get(target.speaker or "") if target else None,
                "source_content": source.content_text if source else None,
                "target_content": target.content_text if target else None,
                "evidence_kinds": ", ".join(sorted({e.kind for e in link.evidence})),
                "evidence": "; ".join(f"{e.kind}: {e.text}" for e in link.evidence),
            })
    return rows


def stance_rows(results: Iterable[Result]) -> list[dict[str, Any]]:
    """One dict per speaker entity and target entity (``Result.stances()``), keys :data:`STANCE_COLUMNS`."""
    rows = []
    for result in results:
        names = {s.id: s.name for s in result.speakers}
        for st in result.stances():
            rows.append({
                "doc_id": result.id,
                "speaker_id": st.speaker,
                "speaker": names.get(st.speaker),
                "target_id": st.target,
                "target": st.target_name,
                "stance": st.stance,
                "n_support": st.support,
                "n_oppose": st.oppose,
                "n_claims": len(st.claims),
                "claims": ", ".join(st.claims),
            })
    return rows


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:
        raise MissingDependencyError(PANDAS_HINT) from err
    return pandas


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    return _pandas().DataFrame(rows, columns=list(columns))


def claims_frame(results: Iterable[Result]) -> pd.DataFrame:
    """The DataFrame of :func:`claimex.tables.to_dataframe`, from Results."""
    frame = _frame(claim_rows(results), CLAIM_COLUMNS)
    return frame.astype({c: "Int64" for c in _OFFSET_COLUMNS} | {"hedged": "boolean"})


__all__ = [
    "CLAIM_COLUMNS",
    "LINK_COLUMNS",
    "PANDAS_HINT",
    "SPEAKER_COLUMNS",
    "STANCE_COLUMNS",
    "claim_rows",
    "claims_frame",
    "link_rows",
    "speaker_rows",
    "stance_rows",
]
