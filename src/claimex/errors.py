"""claimex's own exceptions: each message says what to do about it."""


class ClaimexError(Exception):
    """Base class of every error claimex raises on purpose."""


class ModelNotFoundError(ClaimexError):
    """No English spaCy pipeline could be loaded."""


class PipelineError(ClaimexError):
    """A spaCy pipeline lacks what claimex needs (e.g. a dependency parser)."""


class MissingStageError(PipelineError):
    """A claimex stage found no output of an earlier stage it reads: the message names the component to add."""


class ConfigError(ClaimexError, ValueError):
    """A config for claimex that names no claimex component or option: the message lists the valid names."""


class InputError(ClaimexError):
    """An input document or file that claimex cannot read."""


class LexiconError(ClaimexError):
    """A word list claimex builds a lexicon from is inconsistent (a word listed twice)."""


class MissingDependencyError(ClaimexError):
    """An optional dependency of claimex is not installed; the message names the pip command."""
