"""Python's cyclic garbage collector held off while a claimex stage works on one document.

A stage makes many short-lived lists, dicts and tuples per document. Each allocation counts toward a
young collection, which walks every young object still alive, and objects that happen to be alive then
are promoted and walked again by older collections. Held off for the length of one stage call, the
collector runs after it on what survives: the temporaries are gone by then. ``srsly`` (spaCy's
serialisation) does the same around its msgpack decoding. Reference counting still frees almost
everything at once; only reference cycles made during the call wait for the next collection. The
collector's state is restored afterwards, and left alone where the caller had switched it off.

After a stage's call the document's token table is dropped from ``doc.user_data``, unless a later claimex
stage will read it (:func:`claimex.pipeline.tokens.release`).
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc

from .tokens import release

T = TypeVar("T")


def collector_paused(call: Callable[..., T]) -> Callable[..., T]:
    """Decorate a stage's ``__call__(self, doc)``: the garbage collector is off while it runs, and the
    document's token table goes after it unless a later claimex stage reads it."""

    @functools.wraps(call)
    def paused(*args: object, **kwargs: object) -> T:
        try:
            if not gc.isenabled():
                return call(*args, **kwargs)
            gc.disable()
            try:
                return call(*args, **kwargs)
            finally:
                gc.enable()
        finally:
            if len(args) == 2 and isinstance(args[1], Doc):
                release(args[0], args[1])

    return paused
