"""From what a user has to a :class:`~claimex.model.Result`: a processed Doc, an output record (dict), a
Result, or the path of a JSONL file of records.

It sits below the views (:mod:`claimex.viz`, :mod:`claimex.tables`, :mod:`claimex.graph`) and the API
(:mod:`claimex.api`), which all take any of these, and above :mod:`claimex.model`, which knows nothing of
Docs: data flows one way, and no module imports one that imports it back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeAlias

from spacy.tokens import Doc

from . import extensions
from .model import Claim, ClaimLink, DocError, Result, Speaker, said_text

#: What the table and graph functions take: one document, many, or the path of a JSONL file of records.
Results: TypeAlias = (
    "Result | Doc | Mapping[str, Any] | str | os.PathLike[str] | Iterable[Result | Doc | Mapping[str, Any]]"
)


def result_from_doc(doc: Doc, doc_id: str = "", text: str | None = None) -> Result:
    """The :class:`Result` of a processed Doc (offsets refer to ``text``, by default ``doc.text``).

    When ``text`` is the original of a cleaned ``doc.text`` (same length), the ``*_text`` fields are
    taken from the original, so that ``text[s:e]`` equals them exactly.
    """
    data = doc._.get(extensions.RAW) or {}
    claims = [Claim.from_dict(c) for c in data.get("claims", ())]
    if text is not None and text != doc.text:
        claims = [_retext(c, text) for c in claims]
    return Result(
        id=doc_id,
        text=doc.text if text is None else text,
        claims=tuple(claims),
        speakers=tuple(Speaker.from_dict(s) for s in data.get("speakers", ())),
        links=tuple(ClaimLink.from_dict(x) for x in data.get("links", ())),
        errors=tuple(DocError.from_dict(e) for e in data.get("errors", ())),
    )


def _retext(claim: Claim, text: str) -> Claim:
    def cut(span: tuple[int, int] | None) -> str | None:
        return None if span is None else text[span[0]:span[1]]

    return replace(claim, content_text=said_text(text, claim.content_spans or [claim.content]),
                   cue_text=cut(claim.cue),
                   speaker_mention_text=cut(claim.speaker_mention), target_text=cut(claim.target),
                   nested_source_text=cut(claim.nested_source))


def as_result(obj: Doc | Result | Mapping[str, Any], doc_id: str = "") -> Result:
    """A :class:`Result` from a processed Doc, a Result, or an output record (a dict of the contract).

    Raises:
        TypeError: ``obj`` is none of these.
    """
    if isinstance(obj, Result):
        return obj
    if isinstance(obj, Doc):
        return result_from_doc(obj, doc_id)
    if isinstance(obj, Mapping):
        return Result.from_dict(obj)
    raise TypeError(f"expected a claimex Result, a processed spaCy Doc or an output record, not "
                    f"{type(obj).__name__}")


def iter_results(results: Results) -> Iterator[Result]:
    """Each input as a :class:`Result`; a Doc without an id gets its position as id.

    Args:
        results: a Result, processed Doc or output record, an iterable of these, or the path of a JSONL
            file of output records.
    """
    if isinstance(results, str | os.PathLike):
        yield from _read_records(Path(results))
        return
    if isinstance(results, Result | Doc | Mapping):
        yield as_result(results)
        return
    for n, item in enumerate(results):
        yield as_result(item, str(n))


def _read_records(path: Path) -> Iterator[Result]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield Result.from_dict(json.loads(line))


__all__ = ["Results", "as_result", "iter_results", "result_from_doc"]
