"""What every claimex stage shares with spaCy's own components: the error handler, ``pipe``, and the
saving of what its behaviour depends on.

A stage is a :class:`spacy.pipeline.Pipe` (as spaCy's ``SpanRuler``), so ``nlp.set_error_handler`` reaches
it. A document a stage fails on goes to ``self.get_error_handler()``; unless the user set another one, that
is :func:`record_failure`, which writes a per-document error record and lets the batch go on.
``nlp.set_error_handler(spacy.util.raise_error)`` makes every stage raise instead (on a pipeline with
spaCy's compiled parser, :func:`set_error_handler`: spaCy 3.8's own stops at the parser).

A stage whose input is missing (an earlier claimex stage is not in the pipeline) raises a
:class:`~claimex.errors.MissingStageError` naming the component to add: a pipeline that lacks a stage is
not a failure on one document, so even the default handler raises it.

What a stage's behaviour depends on beyond its config switches (a cue lexicon, link weights) is its
:meth:`Stage._saved`, saved by ``nlp.to_disk`` / ``nlp.to_bytes`` and restored by ``spacy.load`` of the
saved pipeline (``util.to_disk`` with a dict of serializers, as spaCy's ``EntityRuler``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import srsly
from spacy import util
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..errors import MissingStageError, PipelineError
from ..extensions import RAW, record_error


def record_failure(proc_name: str, proc: object, docs: list[Doc], err: Exception) -> None:
    """claimex's default error handler: each document gets an error record (``{"stage", "message"}``
    under ``doc._.claimex["errors"]``) and the batch goes on. A pipeline that lacks a stage
    (:class:`~claimex.errors.PipelineError`) is raised: no document can be right with it.

    It has the signature of spaCy's error handlers (``spacy.util.raise_error``, ``ignore_error``).
    """
    if isinstance(err, PipelineError):
        raise err
    for doc in docs:
        record_error(doc, proc_name, err)


def set_error_handler(nlp: Language, handler: Callable[..., Any]) -> Language:
    """``nlp.set_error_handler(handler)`` that works on every pipeline (in place).

    spaCy 3.8's own ``Language.set_error_handler`` stops with an ``AttributeError`` at the first component
    that cannot hold a handler (the parser and NER of ``en_core_web_sm`` are compiled classes without
    an instance ``__dict__``), before it reaches the claimex stages after them. This sets the handler on
    every component that takes one and as the pipeline's default, and skips the others (which raise,
    spaCy's default, whatever is set).

    >>> claimex.set_error_handler(nlp, spacy.util.raise_error)  # a failing stage raises
    """
    nlp.default_error_handler = handler
    for _, pipe in nlp.pipeline:
        if hasattr(pipe, "set_error_handler"):
            try:
                pipe.set_error_handler(handler)
            except AttributeError:  # a compiled component without an instance __dict__
                continue
    return nlp


def missing_stage(stage: str, needs: str) -> MissingStageError:
    """The error ``stage`` raises when ``needs`` (an earlier claimex stage) has not run on a document:
    the message names the component to add, and where."""
    return MissingStageError(
        f"{stage} found no output of {needs} on the document: add {needs} to the pipeline before it, "
        f'e.g. nlp.add_pipe("{needs}", before="{stage}"), or build the pipeline with claimex.load()'
    )


def quotes_ran(doc: Doc) -> bool:
    """Whether ``claimex_quotes`` has run on ``doc`` (it always writes ``doc._.claimex``, failing or not)."""
    return doc._.get(RAW) is not None


class Stage(Pipe):
    """The base of the claimex stages: spaCy's error handler, ``pipe``, and ``to_disk`` / ``from_disk`` /
    ``to_bytes`` / ``from_bytes`` of what :meth:`_saved` gives.

    A subclass sets ``self.name`` and calls :meth:`_init_stage` in its ``__init__``, implements
    ``__call__`` (catching a per-document failure and passing it to ``self.get_error_handler()``), and
    overrides :meth:`_saved` / :meth:`_restore` when its behaviour depends on data worth saving.
    """

    name: str

    def _init_stage(self, name: str) -> None:
        self.name = name
        self.error_handler: Callable[..., Any] = record_failure  # nlp.set_error_handler replaces it

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Each document through ``__call__``; one that fails goes to the error handler, and the batch
        goes on (the document is yielded as it is, so every input has its output)."""
        for doc in stream:
            try:
                doc = self(doc)
            except Exception as err:
                self.get_error_handler()(self.name, self, [doc], err)
            yield doc

    # ------------------------------------------------------------------ what the behaviour depends on
    def _saved(self) -> dict[str, Any]:
        """What is saved with the pipeline: plain JSON. Empty: the config is all the stage depends on."""
        return {}

    def _restore(self, data: dict[str, Any]) -> None:
        """Take back what :meth:`_saved` gave (after the factory built the stage from the config)."""

    def to_bytes(self, *, exclude: Iterable[str] = util.SimpleFrozenList()) -> bytes:
        return srsly.msgpack_dumps(util.to_dict({"data": self._saved}, exclude))

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = util.SimpleFrozenList()) -> Stage:
        saved = srsly.msgpack_loads(bytes_data)
        if "data" in saved and "data" not in exclude:
            self._restore(saved["data"])
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = util.SimpleFrozenList()) -> None:
        path = util.ensure_path(path)
        util.to_disk(path, {"data.json": lambda p: srsly.write_json(p, self._saved())}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = util.SimpleFrozenList()) -> Stage:
        path = util.ensure_path(path)

        def read(p: Path) -> None:
            if p.exists():  # a pipeline saved before the stage saved anything
                self._restore(srsly.read_json(p))

        util.from_disk(path, {"data.json": read}, exclude)
        return self


__all__ = ["Stage", "missing_stage", "quotes_ran", "record_failure", "set_error_handler"]
