"""HTML views of claimex results for notebooks and files, and displaCy-compatible span data.

:func:`render_html` draws one article (:mod:`claimex.html_view` builds the HTML: quote contents highlighted
in their speaker's colour, cues and speaker mentions marked, a speaker legend and the links between claims,
whose evidence shows when the pointer is over them). The HTML is self-contained: inline CSS only, no script,
no font or image to fetch, and every piece of text from the article or the results is escaped.
``Result._repr_html_`` and :func:`render` (displaCy style: displayed in Jupyter, returned elsewhere) use it.

:func:`displacy_data` gives the same quotes, cues and speaker mentions in the form
``spacy.displacy.render(data, style="span", manual=True)`` takes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Doc

from .convert import as_result
from .errors import MissingDependencyError
from .html_view import (
    CSS,
    CUE_LABEL,
    OTHER_RELATION_COLOUR,
    RELATION_COLOURS,
    SPEAKER_COLOURS,
    SPEAKER_LABEL,
    UNATTRIBUTED_COLOUR,
    UNATTRIBUTED_LABEL,
    _marks,
    _page,
    relation_colour,
    result_html,
    speaker_colours,
)
from .model import Result


def render_html(result: Doc | Result | Mapping[str, Any], *, page: bool = False) -> str:
    """The HTML view of one document.

    Args:
        result: a :class:`Result`, a Doc processed by a claimex pipeline, or an output record.
        page: a complete HTML page (``<!DOCTYPE html>`` ... ``</html>``) instead of a ``<div>``.

    Returns:
        Self-contained HTML: inline CSS, no script, nothing fetched; all text escaped.
    """
    return result_html(as_result(result), page=page)


def render(
    docs: Doc | Result | Mapping[str, Any] | Iterable[Doc | Result | Mapping[str, Any]],
    jupyter: bool | None = None,
    *,
    page: bool = False,
) -> str | None:
    """Show claimex results the way ``spacy.displacy.render`` shows a parse.

    Args:
        docs: one or more :class:`Result` objects, processed Docs or output records.
        jupyter: display in the notebook and return None; None (the default) does so when running in
            Jupyter and returns the HTML elsewhere.
        page: return a complete HTML page (ignored when displaying in Jupyter).

    Returns:
        The HTML, or None when it was displayed in Jupyter.

    Raises:
        MissingDependencyError: ``jupyter=True`` without IPython installed.
    """
    if docs is None or isinstance(docs, str | bytes):
        as_result(docs)  # raises the TypeError that names what render takes
    items = [docs] if isinstance(docs, (Doc, Result, Mapping)) else list(docs)
    parts = [render_html(as_result(d, str(n) if isinstance(d, Doc) and len(items) > 1 else ""))
             for n, d in enumerate(items)]
    body = "\n".join(parts)
    if jupyter is None:
        from spacy.util import is_in_jupyter

        jupyter = is_in_jupyter()
    if jupyter:
        try:
            from IPython.display import HTML, display
        except ImportError as err:
            raise MissingDependencyError("Displaying in Jupyter needs IPython: pip install ipython") from err
        display(HTML(body))
        return None
    return _page(body, title="claimex") if page else body


def displacy_data(doc: Doc | Result) -> dict[str, Any]:
    """Quotes, cues and speaker mentions in the form of displaCy's manual span view.

    Quote contents are labelled with their speaker's name (``UNATTRIBUTED`` without one), cues ``CUE``
    and speaker mentions ``SPEAKER``; spans are widened to whole tokens. Use it as
    ``spacy.displacy.render(claimex.displacy_data(doc), style="span", manual=True)``.

    Args:
        doc: a Doc processed by a claimex pipeline, or a :class:`Result` (its text is then tokenised
            with spaCy's English tokenizer).

    Returns:
        ``{"text", "spans": [{"start_token", "end_token", "label"}], "tokens"}`` with ``end_token``
        exclusive, spans sorted by position.
    """
    if isinstance(doc, Result):
        import spacy

        result = doc
        tokens_doc = spacy.blank("en").make_doc(result.text)
    else:
        result = as_result(doc)
        tokens_doc = doc
    names = {s.id: s.name for s in result.speakers}
    spans: list[dict[str, Any]] = []
    seen: set[tuple[int, int, str]] = set()
    for mark in _marks(result):
        claim = result.claims[mark.claim]
        if mark.kind == "quote":
            label = names.get(claim.speaker or "", UNATTRIBUTED_LABEL)
        else:
            label = CUE_LABEL if mark.kind == "cue" else SPEAKER_LABEL
        span = tokens_doc.char_span(mark.start, mark.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        key = (span.start, span.end, label)
        if key in seen:
            continue
        seen.add(key)
        spans.append({"start_token": span.start, "end_token": span.end, "label": label,
                      "start": span.start_char, "end": span.end_char})
    spans.sort(key=lambda s: (s["start_token"], -s["end_token"]))
    return {"text": result.text, "spans": spans, "tokens": [t.text for t in tokens_doc]}


__all__ = [
    "CSS",
    "CUE_LABEL",
    "OTHER_RELATION_COLOUR",
    "RELATION_COLOURS",
    "SPEAKER_COLOURS",
    "SPEAKER_LABEL",
    "UNATTRIBUTED_COLOUR",
    "UNATTRIBUTED_LABEL",
    "MissingDependencyError",
    "as_result",
    "displacy_data",
    "relation_colour",
    "render",
    "render_html",
    "speaker_colours",
]
