"""The parsed documents that the one-stage benchmarks (``claims_stage.py``, ``links_stage.py``) time a stage
on: PolNeAR articles or ``claimex bench``'s default corpus, run through the pipeline up to that stage, kept
in a DocBin file when asked."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from claimex.bench import MIN_PARAGRAPHS, build_corpus, read_texts
from claimex.extensions import RAW, raw

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "train.jsonl"


def parsed_docs(nlp: Any, limit: int, cache: Path | None, *, bench: bool, disable: Iterable[str],
                prepare: Callable[[Doc], None]) -> list[Doc]:
    """``limit`` PolNeAR articles (with ``bench``: the default corpus) through ``nlp`` with the stages
    ``disable`` left out, each handed to ``prepare`` (from ``cache`` if there, else written to it)."""
    if cache is not None and cache.exists():
        docs = list(DocBin(store_user_data=True).from_disk(cache).get_docs(nlp.vocab))
        for doc in docs:  # msgpack gives tuples where the stages wrote lists
            doc._.set(RAW, json.loads(json.dumps(raw(doc))))
        if bench or len(docs) == limit:
            return docs
    texts = build_corpus(nlp, min_paragraphs=MIN_PARAGRAPHS).texts if bench else read_texts(POLNEAR, limit=limit)
    with nlp.select_pipes(disable=list(disable)):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        prepare(doc)
    if cache is not None:
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def document_arguments(parser: argparse.ArgumentParser, limit: int) -> None:
    """The options of which documents a one-stage benchmark runs on and how often: ``--limit``,
    ``--bench-corpus``, ``--repeat``, ``--cache``."""
    parser.add_argument("--limit", type=int, default=limit, help=f"PolNeAR articles (default {limit})")
    parser.add_argument("--bench-corpus", action="store_true",
                        help="claimex bench's default corpus (data/samples and variations) instead of PolNeAR")
    parser.add_argument("--repeat", type=int, default=5, help="timed passes of each (default 5)")
    parser.add_argument("--cache", type=Path, help="keep the parsed documents in this DocBin file")


def stage_arguments(parser: argparse.ArgumentParser, stage: str, limit: int) -> None:
    """The options both one-stage benchmarks take: which documents (:func:`document_arguments`), the commit to
    compare ``stage`` with, and how to check or profile it."""
    document_arguments(parser, limit)
    parser.add_argument("--against", metavar="REF", help=f"a commit whose {stage} stage to compare with")
    parser.add_argument("--check", action="store_true", help="compare the output instead of timing")
    parser.add_argument("--profile", action="store_true", help="cProfile one pass of this checkout's stage")
    parser.add_argument("--top", type=int, default=30, help="functions listed by --profile")
