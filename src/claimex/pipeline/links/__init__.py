"""``claimex_links``: which claims of a document dispute, support or respond to which, and why.

An edge must be right (precision first). A link exists only on named evidence, each recorded with its
span:

* **disputes** -- a response cue aimed at the other party or its claim (``response_cue``: "denied the
  allegation", "rejected her claim", "called the claims false", "in contrast to the claims made by
  the US"); an accusation and its denial by the accused (``accusation_denial``); the same proposition
  asserted and negated (``negation``) or with an antonym (``antonym``); different numbers for the same
  measure of the same thing (``numeric_mismatch``);
* **supports** -- a confirmation cue naming the other party or claim (``confirmation_cue``); the same
  proposition with the same polarity from another source (``same_proposition``); a second speaker's
  same act on the same target, marked "also" (``agreement_marker``);
* **responds_to** -- a reply cue aimed at the other party ("responded to the mayor") that neither
  disputes nor supports (``reply_cue``).

Never linked: two claims of the same speaker entity, an organisation and its own spokesperson or
members, a state and its bodies (unless the later claim marks a change: "later said", "corrected"),
and two extractions of one statement. Shared topic words alone never make a link; they only choose
what a cue answers. The later statement (or the one whose cue answers) is the source.

Modules: :mod:`.analysis` (the one reader of the claims stage's analysis), :mod:`.parties` (who
speaks, and for whom), :mod:`.syntax` (marks and the keys of a phrase), :mod:`.cues` (responses and
what they name), :mod:`.features` (what is read of each claim), :mod:`.rules` (the nevers and the
evidence rules), :mod:`.weights` (the versioned scorer numbers), :mod:`.linker` (a document's links,
``compare`` for two claims, and the component).
"""

from .analysis import ClaimAnalysis, claim_analysis
from .features import ClaimFeatures, DocIndex, read_claim
from .linker import STAGE, ClaimLinker, Scored, compare, decide, link_claims, make_links
from .parties import Party, party_of, same_side
from .weights import (
    LinkWeights,
    RelationWeights,
    link_weights_file_v1,
    link_weights_v1,
    link_weights_v2,
    link_weights_v3,
    link_weights_v4,
    link_weights_v5,
    load_weights,
)

__all__ = [
    "STAGE",
    "ClaimAnalysis",
    "ClaimFeatures",
    "ClaimLinker",
    "DocIndex",
    "LinkWeights",
    "Party",
    "RelationWeights",
    "Scored",
    "claim_analysis",
    "compare",
    "decide",
    "link_claims",
    "link_weights_file_v1",
    "link_weights_v1",
    "link_weights_v2",
    "link_weights_v3",
    "link_weights_v4",
    "link_weights_v5",
    "load_weights",
    "make_links",
    "party_of",
    "read_claim",
    "same_side",
]
