"""Named sets of dependency and entity labels and function words that the stages' rules test on the parse.

Labels are spaCy's English ones (ClearNLP style, as ``en_core_web_sm`` predicts them). One place for
the sets more than one rule uses, so a rule says what it looks for ("a subject") rather than repeating
a list of labels.
"""

from __future__ import annotations

from typing import Final

#: A clause's subject: the speaker of a cue ("*the PMF* said"), a passive subject, a clausal subject.
SUBJECT_DEPS: Final[frozenset[str]] = frozenset({"nsubj", "nsubjpass", "csubj"})

#: The subject of a predicate in a claim's content, where an expletive ("*there* were no strikes") also
#: counts: the claims stage reads it for agency, first person and the target.
PREDICATE_SUBJECT_DEPS: Final[frozenset[str]] = SUBJECT_DEPS | {"expl"}

#: A predicate's object-like argument: a direct object, an attribute ("is *a crime*"), an object
#: predicate, a dative.
OBJECT_DEPS: Final[frozenset[str]] = frozenset({"dobj", "attr", "oprd", "dative"})

#: The subordinating words (dependency ``mark``) that open a reported clause and are not part of its
#: content: "said *that* ...", "asked *whether* ...", "wondered *if* ...".
COMPLEMENTIZERS: Final[frozenset[str]] = frozenset({"that", "whether", "if"})

#: Entity labels of agents, who can say, do or be judged for something: a person, an organisation, a
#: country or city, a nationality or party.
AGENT_ENTITY_LABELS: Final[frozenset[str]] = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: The dependents of a verb that set a scene before its subject rather than saying who acts: a
#: prepositional phrase ("*In a statement on Sunday*, he ..."), an adverb ("*Later*, she ..."), a noun
#: of time ("*Last month*, he ..."), a conjunction ("*But* he ...") and an adverbial clause with no
#: subject of its own ("*When asked about it*, she ...").
SCENE_SETTING_DEPS: Final[frozenset[str]] = frozenset({"prep", "advmod", "npadvmod", "cc", "advcl", "punct"})

