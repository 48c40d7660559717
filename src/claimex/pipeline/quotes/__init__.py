"""``claimex_quotes``: direct, indirect and mixed quotes, each with its cue and local speaker mention.

Cue first, then its arguments (as BBC R&D's citron): a reporting cue outside quote marks governs a
content (its clausal complement, an infinitival or prepositional complement, or an adjacent quoted
span) and a source (its subject, the agent of a passive, the object of "according to"). Quoted spans
that no cue governs become "floating" quotes when they make up whole sentences (Gender Gap Tracker);
the speakers stage gives them the speaker of the neighbouring quote. Short quoted fragments that no
cue governs are scare quotes, names or titles, and not claims.

Results go to ``doc._.claimex["claims"]`` as :class:`~claimex.pipeline.state.ClaimRecord` (the public
claim and the :class:`~claimex.pipeline.state.QuoteFound` the next stages read) and to
``doc.spans["claimex_quotes"]``.

The modules, in the order the finder uses them: :mod:`.context` (the parse with its quote marks, the claim
under construction), :mod:`.sources` (the speaker mention of a cue), :mod:`.cues` (the cue rules),
:mod:`.quoted` (the quote-mark rules), :mod:`.passes` (the passes after them), :mod:`.component` (the
``claimex_quotes`` component and its factory).
"""

from .component import RULE_CONFIDENCE, QuoteFinder, make_quotes
from .context import MAX_CUES_PER_SENTENCE

__all__ = ["MAX_CUES_PER_SENTENCE", "RULE_CONFIDENCE", "QuoteFinder", "make_quotes"]
