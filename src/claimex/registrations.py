"""Every entry claimex makes in spaCy's registries, in one place (as spaCy's own ``registrations.py``).

The functions stay where they belong (the cue lexicon in :mod:`claimex.lexicons`, the link weights with
the links stage, the confidence weights with the quotes stage, the target weights with the claims stage,
the quote scorer in :mod:`claimex.scoring`); only their registration is here, so a reader sees every
name claimex adds to a config, and no module is imported for its side effect.

The stage factories (``claimex_quotes`` ...) stay with their components, declared with
``@Language.factory`` as spaCy declares its own: a factory's signature is its component's
``default_config``, read best next to the class it builds. Importing this module imports the stage
modules, which registers the factories too.

``import claimex`` imports this module, and so does every import of a claimex module (Python runs the
package's ``__init__`` first): ``nlp.add_pipe("claimex_quotes")`` through the ``spacy_factories`` entry
points finds every registered function a default config refers to. A changed behaviour gets a new
version (``.v2``); a registered ``.v1`` is never edited.
"""

from __future__ import annotations

import srsly
from spacy.util import registry

from .lexicons import reporting_cues_v1, reporting_cues_v2
from .pipeline import claims, links, paragraphs, quotes, speakers  # noqa: F401  (declare the factories)
from .pipeline.claim_model import claim_weights_file_v1, claim_weights_v1
from .pipeline.links import (
    link_weights_file_v1,
    link_weights_v1,
    link_weights_v2,
    link_weights_v3,
    link_weights_v4,
    link_weights_v5,
)
from .pipeline.quotes.confidence import confidence_weights_file_v1, confidence_weights_v1
from .pipeline.targets import target_weights_file_v1, target_weights_v1
from .pipeline.tokens import encode_leftover
from .scoring import make_quote_scorer

#: name -> function, for each registry claimex adds to (the order of the sections of a config).
MISC = {
    "claimex.reporting_cues.v1": reporting_cues_v1,
    "claimex.reporting_cues.v2": reporting_cues_v2,
    "claimex.link_weights.v1": link_weights_v1,
    "claimex.link_weights.v2": link_weights_v2,
    "claimex.link_weights.v3": link_weights_v3,
    "claimex.link_weights.v4": link_weights_v4,
    "claimex.link_weights.v5": link_weights_v5,
    "claimex.link_weights_file.v1": link_weights_file_v1,
    "claimex.confidence_weights.v1": confidence_weights_v1,
    "claimex.confidence_weights_file.v1": confidence_weights_file_v1,
    "claimex.claim_weights.v1": claim_weights_v1,
    "claimex.claim_weights_file.v1": claim_weights_file_v1,
    "claimex.target_weights.v1": target_weights_v1,
    "claimex.target_weights_file.v1": target_weights_file_v1,
}
SCORERS = {
    "claimex.quote_scorer.v1": make_quote_scorer,
}
#: srsly's msgpack encoders (spaCy serialises ``Doc.user_data`` with them)
MSGPACK_ENCODERS = {
    "claimex.token_table": encode_leftover,
}

for _name, _func in MISC.items():
    registry.misc.register(_name, func=_func)
for _name, _func in SCORERS.items():
    registry.scorers.register(_name, func=_func)
for _name, _func in MSGPACK_ENCODERS.items():
    srsly.msgpack_encoders.register(_name, func=_func)

__all__ = ["MISC", "MSGPACK_ENCODERS", "SCORERS"]
