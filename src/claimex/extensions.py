"""The one place claimex declares its Doc extensions.

Results live on the Doc as plain JSON-like data (offsets, ids, strings) under ``doc._.claimex``, so they
survive ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=2)``. The typed views ``doc._.claims``,
``doc._.speakers`` and ``doc._.claim_links`` are getters that build frozen objects from that data.
Quote content spans are also in ``doc.spans["claimex_quotes"]`` so displaCy and DocBin see them natively.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.tokens import Doc

from .model import Claim, ClaimLink, Speaker

log = logging.getLogger("claimex")

RAW = "claimex"
QUOTES_SPAN_KEY = "claimex_quotes"


def raw(doc: Doc) -> dict[str, Any]:
    """The mutable store of claimex results on ``doc``, created empty on first use."""
    data = doc._.get(RAW)
    if data is None:
        data = {"claims": [], "speakers": [], "links": []}
        doc._.set(RAW, data)
    return data


def record_error(doc: Doc, stage: str, err: Exception) -> None:
    """Note that ``stage`` failed on ``doc``: its record will say why, and the batch goes on.

    Every claimex stage catches its own exceptions per document and calls this; one warning line
    is logged (the traceback too when logging is at DEBUG).
    """
    log.warning("%s failed on a document: %r", stage, err, exc_info=log.isEnabledFor(logging.DEBUG))
    raw(doc).setdefault("errors", []).append({"stage": stage, "message": repr(err)})


def _claims(doc: Doc) -> tuple[Claim, ...]:
    data = doc._.get(RAW) or {}
    return tuple(Claim.from_dict(c) for c in data.get("claims", ()))


def _speakers(doc: Doc) -> tuple[Speaker, ...]:
    data = doc._.get(RAW) or {}
    return tuple(Speaker.from_dict(s) for s in data.get("speakers", ()))


def _links(doc: Doc) -> tuple[ClaimLink, ...]:
    data = doc._.get(RAW) or {}
    return tuple(ClaimLink.from_dict(x) for x in data.get("links", ()))


def register() -> None:
    """Declare the extensions; safe to call any number of times."""
    if not Doc.has_extension(RAW):
        Doc.set_extension(RAW, default=None)
    for name, getter in (("claims", _claims), ("speakers", _speakers), ("claim_links", _links)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter)


register()
