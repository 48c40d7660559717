"""What the links stage reads of the earlier stages' analysis of one claim: one function, one record.

:func:`claim_analysis` is the only place the links stage reads the earlier stages' analysis of a claim:
the claims stage's :class:`~claimex.pipeline.state.ClaimAnalysis` and the quotes stage's
:class:`~claimex.pipeline.state.QuoteFound` (its cue root), through their ``from_record``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, NamedTuple

from ... import lexicons as lx
from ...errors import PipelineError
from ..claims import content_tokens
from ..state import ClaimAnalysis as StageAnalysis
from ..state import QuoteFound
from ..tokens import TokenTable

#: The component that must run before ``claimex_links``.
CLAIMS_STAGE: Final = "claimex_claims"
MISSING_CLAIMS_STAGE: Final = (
    "claimex_links reads the analysis of the claims stage, and this document's claims have none: add "
    "'claimex_claims' before 'claimex_links' (nlp.add_pipe('claimex_claims', before='claimex_links'), "
    "or build the pipeline with claimex.load())"
)


class ClaimAnalysis(NamedTuple):
    """The claims stage's analysis of one claim, as the links stage uses it (token indices); a named tuple
    like the links stage's other records, made once per claim (a frozen dataclass sets each field through
    ``object.__setattr__``)."""

    act: str
    act_rule: str | None  # the claims stage's rule that decided the act ("cue", "performative", "accusation" ...)
    polarity: str
    hedged: bool
    stance: str
    content: tuple[int, ...]  # the content's tokens, punctuation left out
    cue: int | None  # the cue's head token
    act_root: int | None  # the verb that carries the act (the cue, or a verb governing it)
    target_root: int | None
    target_tokens: tuple[int, ...]
    negations: tuple[int, ...]  # negators attached to a main predicate of the content
    predicates: tuple[int, ...]  # the content's main predicates


def _index(value: Any, n: int) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        if not 0 <= value < n:
            raise IndexError(f"token index {value} outside a document of {n} tokens")
        return value
    return None


def _indices(value: list[int] | None, n: int) -> tuple[int, ...]:
    """Token indices the stage record has kept (its ``from_record`` drops what is not an int), in bounds."""
    if not value:
        return ()
    if min(value) < 0 or max(value) >= n:
        raise IndexError(f"token indices {min(value)}..{max(value)} outside a document of {n} tokens")
    return tuple(value)


def claim_analysis(claim: Mapping[str, Any], table: TokenTable) -> ClaimAnalysis:
    """The claims stage's analysis of ``claim`` (a claim dict of ``doc._.claimex``).

    Args:
        claim: a claim the claims stage has analysed.
        table: the token table of the claim's document.

    Raises:
        PipelineError: the claim has no speech act: the claims stage did not run.
        IndexError: a token index of the analysis lies outside the document.
    """
    act = claim.get("act")
    if not act:
        raise PipelineError(MISSING_CLAIMS_STAGE)
    n = table.n
    found = StageAnalysis.from_record(claim)
    quote = QuoteFound.from_record(claim)
    # a charge or claim reported endorses nothing, whoever makes it, though the claim's own flag no longer
    # hedges it where the one who makes it is named ("Moscow *claimed* that ...": claims._named_charge)
    cue = claim.get("cue")
    charge = any(table.lemma[i] in lx.CHARGE_CUES for i in table.tokens_in([cue])) if cue else False
    return ClaimAnalysis(
        act=str(act),
        act_rule=str(claim["act_rule"]) if claim.get("act_rule") else None,
        polarity=str(claim.get("polarity") or "positive"),
        hedged=bool(claim.get("hedged")) or charge,
        stance=str(claim.get("stance") or "neutral"),
        content=_indices(found.content, n) if found is not None else tuple(content_tokens(table, claim)),
        cue=_index(quote.cue_root if quote is not None else None, n),
        act_root=_index(found.act_root if found else None, n),
        target_root=_index(found.target_root if found else None, n),
        target_tokens=_indices(found.target_tokens if found else None, n),
        negations=_indices(found.negations if found else None, n),
        predicates=_indices(found.predicates if found else None, n),
    )
