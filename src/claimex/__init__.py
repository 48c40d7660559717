"""claimex: who claimed what, how, and who disputes whom, in news text.

>>> import claimex
>>> result = claimex.extract("The PMF said the strikes killed four fighters.")
>>> [c.content_text for c in result.claims]
['the strikes killed four fighters']

Importing claimex declares its Doc extensions and makes its entries in spaCy's registries
(:mod:`claimex.registrations`: the stage factories, the cue lexicon, the link weights, the quote
scorer), so ``nlp.add_pipe("claimex_quotes")`` works (the factories are also spaCy entry points).
"""

from . import extensions, registrations  # noqa: F401  (declares the extensions, fills the registries)
from .about import __version__
from .api import add_to_pipeline, extract, extract_many, load
from .errors import (
    ClaimexError,
    ConfigError,
    InputError,
    MissingDependencyError,
    MissingStageError,
    ModelNotFoundError,
    PipelineError,
)
from .graph import speaker_network, to_networkx, write_graphml  # networkx is imported when called
from .markup import html_to_text
from .model import Claim, ClaimLink, DocError, Evidence, Result, Speaker
from .pipeline.stage import set_error_handler
from .relate import Relation, relate
from .tables import links_dataframe, speakers_dataframe, to_dataframe  # pandas is imported when called
from .viz import displacy_data, render

__all__ = [
    "Claim",
    "ClaimLink",
    "ClaimexError",
    "ConfigError",
    "DocError",
    "Evidence",
    "InputError",
    "MissingDependencyError",
    "MissingStageError",
    "ModelNotFoundError",
    "PipelineError",
    "Relation",
    "Result",
    "Speaker",
    "__version__",
    "add_to_pipeline",
    "displacy_data",
    "extract",
    "extract_many",
    "html_to_text",
    "links_dataframe",
    "load",
    "relate",
    "render",
    "set_error_handler",
    "speaker_network",
    "speakers_dataframe",
    "to_dataframe",
    "to_networkx",
    "write_graphml",
]
