"""The target ranker (``claimex.pipeline.targets``): what a claim is about, over its candidate noun phrases.

Sentences written for these tests, one per failure kind of issue 15's judged sample.
"""

from __future__ import annotations

import json

import pytest

import claimex
from _nlp import analysed, build, claim, en_nlp, speaker
from claimex.extensions import raw
from claimex.io import read_weights_json
from claimex.pipeline import acts, targets
from claimex.pipeline.claims import target_span, target_tokens
from claimex.pipeline.targets import TargetModel, load_target_model
from claimex.pipeline.tokens import TokenTable

__all__ = ["en_nlp"]


@pytest.mark.parametrize(("text", "content", "cue", "target"), [
    # a minor noun phrase of the content (a time, an amount, a body part) is not what the claim is about
    ("The senator said on Saturday that the governor had lied about the budget.",
     "the governor had lied about the budget", "said", "the governor"),
    ("The coach said the striker had lost about ten pounds over the winter.",
     "the striker had lost about ten pounds over the winter", "said", "the striker"),
    # the accused, not the victim
    ("Witnesses said the guard had pushed the elderly visitor to the ground.",
     "the guard had pushed the elderly visitor to the ground", "said", "the guard"),
    # the policy opposed, not the speaker of a belief verb
    ('"I don\'t think the new levy is fair," the mayor said.', "I don't think the new levy is fair", "said",
     "the new levy"),
    # the object of an accusation verb
    ("The councillor accused the water board of hiding the report.", "of hiding the report", "accused",
     "the water board"),
])
def test_target_is_what_the_claim_is_about(en_nlp, analyzer, text, content, cue, target):
    c = analysed(en_nlp, analyzer, text, content, cue)
    assert c["target_text"] == target


def test_pronoun_target_reads_as_the_speaker_entity_it_stands_for(en_nlp, analyzer):
    # "he" in a quote is someone else than the speaker: the named rival mentioned before
    text = 'Marta Reyes met Tom Avery on Monday. "He has misled every voter in this county," Reyes said.'
    rival = dict(speaker("s2", "Tom Avery", kind="PERSON"), mentions=[[16, 25]])
    own = dict(speaker("s1", "Marta Reyes", kind="PERSON"), mentions=[[0, 11], [text.rindex("Reyes"),
                                                                           text.rindex("Reyes") + 5]])
    content = "He has misled every voter in this county"
    doc = build(en_nlp, text, [claim("c1", content, cue="said", speaker="s1")], [own, rival])
    analyzer(doc)
    c = raw(doc)["claims"][0]
    assert (c["target_text"], c["target_entity"]) == ("He", "s2")


def test_named_person_before_a_common_noun(en_nlp, analyzer):
    c = analysed(en_nlp, analyzer, "The report said the committee had questioned Dana Whitfield for hours.",
                 "the committee had questioned Dana Whitfield for hours", "said")
    assert c["target_text"] in ("the committee", "Dana Whitfield")


@pytest.mark.xfail(reason="target.v1 ranks the addressee of a plea first when it is the main clause's subject")
def test_addressee_is_not_the_target(en_nlp, analyzer):
    c = analysed(en_nlp, analyzer, '"Voters, do not trust the mayor on the budget," the candidate said.',
                 "Voters, do not trust the mayor on the budget", "said")
    assert c["target_text"] == "the mayor"


def test_packaged_weights_load_and_score():
    data = read_weights_json("target.v1")
    assert data["version"] == "target.v1"
    assert "PolNeAR" in data["attribution"]
    model = load_target_model()
    assert isinstance(model, TargetModel)
    assert model.score([]) == pytest.approx(model.intercept)
    # the weights order what the issue asks: a light noun and a time are worth less than an agent
    assert model.weights["light"] < 0 < model.weights["agent"]
    assert model.score(["rule", "agent"]) > model.score(["light", "ent=amount"])
    # a word of the headline is worth more, the addressee less (issue 15's eighteenth target round)
    assert model.weights["addressee"] < 0 < model.weights["headline"]


def test_registered_weights_function():
    from spacy.util import registry

    assert registry.misc.get("claimex.target_weights.v1")() == load_target_model()
    assert registry.misc.get("claimex.target_weights_file.v1") is not None


def test_weights_from_a_json_path(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"version": "t", "intercept": 0.5, "weights": {"agent": 2.0}}), encoding="utf-8")
    model = load_target_model(str(path))
    assert (model.version, model.score(["agent", "unknown"])) == ("t", 2.5)


def traced(en_nlp, analyzer, text, content, cue, **kwargs):
    """The ranker's trace (its candidates and their features) of the one claim of ``text``."""
    targets.TRACE = targets.Trace(target_span)
    try:
        analysed(en_nlp, analyzer, text, content, cue, **kwargs)
        [entry] = targets.TRACE.entries
    finally:
        targets.TRACE = None
    return entry


def test_candidates_are_traced_with_features(en_nlp, analyzer):
    entry = traced(en_nlp, analyzer, "The senator said the governor had lied about the budget on Saturday.",
                   "the governor had lied about the budget on Saturday", "said")
    texts = [c["features"] for c in entry["candidates"]]
    assert len(texts) == 3  # governor, budget, Saturday
    assert "ent=amount" in texts[2]
    assert "main_subj" in texts[0]
    assert entry["candidates"][0]["target"] == (17, 29)  # "the governor"


def test_an_article_inside_an_entity_is_no_candidate(en_nlp, analyzer):
    # the small model puts "the" inside "the State Department": the name is the candidate, not "the"
    text = "The aide said that it would send to the State Department hundreds of files."
    entry = traced(en_nlp, analyzer, text, "it would send to the State Department hundreds of files", "said")
    spans = [text[s:e] for s, e in (c["target"] for c in entry["candidates"])]
    assert "the" not in spans
    assert "the State Department" in spans


def test_target_model_none_gives_the_rules_target(en_nlp):
    # the rules take the believer "I"; the ranker takes what is judged unfair
    from claimex.lexicons import reporting_cues_v1
    from claimex.pipeline.claims import ClaimAnalyzer
    text = '"I don\'t think the new levy is fair," the mayor said.'
    content = "I don't think the new levy is fair"
    rules = analysed(en_nlp, ClaimAnalyzer(cues=reporting_cues_v1(), target_model=None), text, content, "said")
    ranked = analysed(en_nlp, ClaimAnalyzer(cues=reporting_cues_v1()), text, content, "said")
    assert (rules["target_text"], ranked["target_text"]) == ("I", "the new levy")


def test_target_model_option_in_the_pipeline_config(en_nlp):
    import claimex
    nlp = claimex.load(config={"claimex_claims": {"target_model": None}})
    assert nlp.get_pipe("claimex_claims").target_model is None
    assert isinstance(claimex.load().get_pipe("claimex_claims").target_model, TargetModel)


def test_unknown_target_weights_name_is_a_clear_error():
    from claimex.errors import ClaimexError
    from claimex.lexicons import reporting_cues_v1
    from claimex.pipeline.claims import ClaimAnalyzer
    with pytest.raises(ClaimexError, match=r"target\.v9"):
        ClaimAnalyzer(cues=reporting_cues_v1(), target_model="target.v9")


def test_malformed_target_weights_file_is_a_clear_error(tmp_path):
    from claimex.errors import ClaimexError
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"version": "t", "weights": {"agent": 2.0}}), encoding="utf-8")
    with pytest.raises(ClaimexError, match="not a claimex target weights file"):
        load_target_model(str(path))


def test_demonstrative_and_second_person_are_not_resolved_to_the_last_organisation(en_nlp):
    # "this" points at what happened, "you" at the addressee: neither is the union named just before
    from claimex.pipeline.acts import resolve_target
    from claimex.pipeline.tokens import TokenTable

    text = "The Teachers Union met the board on Friday. Its leader said this was a disgrace and you should act."
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    union = dict(speaker("s1", "the Teachers Union", kind="ORG"), mentions=[[0, 18]])
    for word in ("this", "you"):
        i = next(t.i for t in doc if t.lower_ == word)
        assert resolve_target(table, i, [union], {"speaker": None}) == (None, None)
    # a third-person pronoun still reads as the organisation named before it
    its = next(t.i for t in doc if t.lower_ == "its")
    assert resolve_target(table, its, [union], {"speaker": None})[0] == "s1"


def test_salience_of_the_resolved_entity_is_a_feature(en_nlp, analyzer):
    # a pronoun read as a person mentioned often in the article carries how salient that person is
    text = ("Dana Whitfield opened the hearing. Whitfield asked for the files. Whitfield spoke for an hour. "
            "The clerk said she had ignored the deadline.")
    whitfield = dict(speaker("s2", "Dana Whitfield", kind="PERSON"),
                     mentions=[[0, 14], [35, 44], [64, 73]])
    entry = traced(en_nlp, analyzer, text, "she had ignored the deadline", "said", speakers=[whitfield])
    she = next(c for c in entry["candidates"] if text[c["target"][0]:c["target"][1]] == "she")
    assert she["target_entity"] == "s2"
    assert "salience=2-3" in she["features"]
    deadline = next(c for c in entry["candidates"] if text[c["target"][0]:c["target"][1]] == "the deadline")
    assert not any(f.startswith("salience=") for f in deadline["features"])


def test_a_headline_word_and_the_addressee_are_features(en_nlp, analyzer):
    # the article's first line is its headline: a noun of it is what the article is about; "you" and
    # "reporters" are whom the words are told to
    text = ("Council shelves the stadium plan\n\nThe mayor told reporters that you cannot trust the builders of "
            "the stadium plan and the reporters who praise it.")  # "and": an "or" shows the whole choice (or_whole)
    entry = traced(en_nlp, analyzer, text, "you cannot trust the builders of the stadium plan and the reporters "
                   "who praise it", "told")
    feats = {text[c["target"][0]:c["target"][1]]: c["features"] for c in entry["candidates"]}
    assert "addressee" in feats["you"]
    assert "headline" in feats["the stadium plan"]
    assert "addressee" in feats["the reporters"]
    assert not {"headline", "addressee"} & set(feats["the builders of the stadium plan"])


def test_minor_noun_phrases_have_a_feature_of_their_kind(en_nlp, analyzer):
    # a quantified phrase, a predicate nominal of "be", the object of "in", a generic noun and a bare noun
    # are seldom what a statement is about (issue 15's nineteenth target round)
    text = ("The senator said the governor's plan was a costly mistake for people in the state, and that no "
            "agency had approved funding.")
    entry = traced(en_nlp, analyzer, text, "the governor's plan was a costly mistake for people in the state, "
                   "and that no agency had approved funding", "said")
    feats = {text[c["target"][0]:c["target"][1]]: c["features"] for c in entry["candidates"]}
    minor = {span: sorted(f for f in fs if f.startswith("minor=")) for span, fs in feats.items()}
    assert minor["the governor's plan"] == []
    assert minor["a costly mistake for people in the state"] == ["minor=predicate"]
    assert minor["people in the state"] == ["minor=generic"]
    assert minor["the state"] == ["minor=generic", "minor=locative"]
    assert minor["no agency"] == ["minor=quantified"]


@pytest.mark.parametrize(("text", "content", "target"), [
    # the person judged, not the generic noun of the setting
    ("The senator said the governor had failed people across the state.",
     "the governor had failed people across the state", "the governor"),
    # the policy, not the predicate nominal nor the place
    ("The union said the new levy was a burden in every town.", "the new levy was a burden in every town",
     "the new levy"),
    # a negated subject that the rules propose still wins over the object
    pytest.param("The mayor said no agency had approved the new funding.", "no agency had approved the new funding",
                 "the new funding", marks=pytest.mark.xfail(
                     reason="minor=quantified (-0.37) does not outweigh the rules' subject", strict=True)),
])
def test_a_minor_noun_phrase_gives_way_to_what_the_statement_is_about(en_nlp, analyzer, text, content, target):
    c = analysed(en_nlp, analyzer, text, content, "said")
    assert c["target_text"] == target


def test_candidate_features_in_their_order(en_nlp, analyzer):
    # the weights are summed in this order: a speed change must keep every feature and its place
    entry = traced(en_nlp, analyzer, "The senator said the governor had lied about the budget on Saturday.",
                   "the governor had lied about the budget on Saturday", "said")
    governor, budget, saturday = (c["features"] for c in entry["candidates"])
    assert governor == ["role=subj", "pos=NOUN", "depth=1", "ent=-", "rank=0", "main_subj", "first_pred_subj",
                        "place=start", "det=the", "rule", "rule&role=subj", "rule&depth=1", "judged", "agent",
                        "frequency=1"]
    assert budget == ["role=pobj", "pos=NOUN", "depth=2", "ent=-", "rank=1", "place=end", "det=the", "frequency=1"]
    assert saturday == ["role=pobj", "pos=PROPN", "depth=2", "ent=amount", "rank=2", "place=end", "frequency=1"]


def test_a_name_reads_as_the_longest_entity_and_the_speaker_it_names(en_nlp):
    # "Maria Lopez" is an entity twice (indexed once); the bare "Lopez" is no entity
    doc = en_nlp("Senator Maria Lopez visited Denver on Monday. Lopez said the new bridge would open in May. "
                 "Maria Lopez later thanked the crowd in Denver.")
    table = TokenTable.of(doc)
    try:
        lopez = [t.i for t in doc if t.text == "Lopez"][1]
        assert acts._longest_name(table, lopez, "Lopez") == "Maria Lopez"
        speakers = [{"id": "s1", "name": "Maria Lopez", "aliases": ["the senator"], "mentions": []}]
        assert acts._named_speaker(speakers, "Lopez") == speakers[0]
        assert acts._named_speaker(speakers, "Denver") is None  # no word of any speaker's names
    finally:
        TokenTable.forget(doc)


def test_the_noun_the_cue_says_the_statement_is_about_is_the_target(en_nlp, analyzer):
    # "said of X": the reporter names what the quote is about, outside its content
    text = '"He is not fit to run a bake sale," the senator said of Mr. Hale.'
    c = analysed(en_nlp, analyzer, text, "He is not fit to run a bake sale", "said")
    assert c["target_text"] == "Mr. Hale"
    entry = traced(en_nlp, analyzer, text, "He is not fit to run a bake sale", "said")
    said = [c for c in entry["candidates"] if targets.SAID_ABOUT in c["features"]]
    assert [text[slice(*c["target"])] for c in said] == ["Mr. Hale"]


@pytest.mark.parametrize(("text", "first", "target"), [
    ("\u201cShe is not ready to govern,\u201d Ms. Ortega, who teaches in the district, said of Mrs. Lane. "
     "\u201cThe city was built by people who worked hard.\u201d", "She is not ready to govern", "Mrs. Lane"),
    ("\u201cHe has no plan for the port,\u201d the mayor said of the governor on Monday. "
     "\u201cNobody in this town trusts a word of it.\u201d", "He has no plan for the port", "the governor"),
])
def test_said_of_between_the_two_halves_of_a_quote_is_the_target(nlp, text, first, target):
    """A quote split by its cue spans the cue's words: "said of X" between its halves is outside what is quoted."""
    (c,) = [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text.startswith(first)]
    assert c.target_text == target


@pytest.mark.parametrize(("text", "content"), [
    ("The senator said Wall Street excesses had hurt working families.",
     "Wall Street excesses had hurt working families"),
])
def test_a_word_of_a_name_is_never_the_target_alone(nlp, text, content):
    """The rules may propose the first word of a two-word name ("Wall" of "Wall Street"): the target
    shown is the whole name."""
    (c,) = [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text == content]
    assert (c.target_text, c.target_name) == ("Wall Street", "Wall Street")


def test_name_head_is_the_last_word_of_a_name_not_of_a_title(en_nlp):
    table = TokenTable(en_nlp("Hillary Clinton met Mr. Trump near Wall Street."))
    words = [table.lower[i] for i in range(table.n)]
    assert targets.name_head(table, words.index("hillary")) == words.index("clinton")
    assert targets.name_head(table, words.index("wall")) == words.index("street")
    assert targets.name_head(table, words.index("trump")) == words.index("trump")  # headed by its title
    pair = TokenTable(en_nlp("He said a Clinton-Trump race would be close."))
    clinton = [pair.lower[i] for i in range(pair.n)].index("clinton")
    assert targets.name_head(pair, clinton) == clinton  # two names a hyphen joins


def test_a_preposition_that_introduces_the_content_names_no_outside_target(en_nlp, analyzer):
    # "warned of" + the content itself: "of" does not point outside the statement
    text = "The minister warned of the harm a Jones government would do."
    entry = traced(en_nlp, analyzer, text, "the harm a Jones government would do", "warned of")
    assert not any(targets.SAID_ABOUT in c["features"] for c in entry["candidates"])


def test_a_reflexive_pronoun_is_a_candidate(en_nlp, analyzer):
    # "described himself as ...": the claim is about the one who describes himself
    text = "Mr. Hale described himself as a lifelong reformer."
    entry = traced(en_nlp, analyzer, text, "himself as a lifelong reformer", "described")
    spans = [text[slice(*c["target"])] for c in entry["candidates"]]
    assert "himself" in spans


def test_at_most_max_candidates_content_heads_are_read(en_nlp, analyzer):
    # twelve noun phrases in the content: the first MAX_CANDIDATES (5), then LATER_CANDIDATES (5) more with the
    # feature "later" (issue 15's twentieth target round), and the rules' proposals are read
    text = ("The analyst said the council, the board, the union, the police and the guild met the builders, "
            "the bankers, the lawyers, the drivers and the nurses after the vote at the pier.")
    content = ("the council, the board, the union, the police and the guild met the builders, the bankers, "
               "the lawyers, the drivers and the nurses after the vote at the pier")
    entry = traced(en_nlp, analyzer, text, content, "said")
    spans = {text[slice(*c["target"])]: c["features"] for c in entry["candidates"]}
    assert (targets.MAX_CANDIDATES, targets.LATER_CANDIDATES) == (5, 5)
    assert list(spans)[:5] == ["the council", "the board", "the union", "the police", "the guild"]
    assert not any(targets.LATER in spans[s] for s in list(spans)[:5])
    assert [s.split()[1] for s, f in spans.items() if targets.LATER in f] == [
        "builders", "bankers", "lawyers", "drivers", "nurses"]
    assert not any(s.startswith("the vote") for s in spans)  # the eleventh content head


def test_entity_bound_is_the_most_the_entity_features_can_add():
    model = TargetModel(version="t", intercept=0.0, weights={
        "entity=other": 0.4, "named": 0.1, "entity=self": -0.2, "pron=unresolved": -0.3,
        "salience=10+": 0.3, "salience=1": -0.1})
    assert model.entity_bound == pytest.approx(0.7, abs=1e-6)
    losing = TargetModel(version="t", intercept=0.0, weights={"entity=other": -1.0})
    assert losing.entity_bound == pytest.approx(0.0, abs=1e-6)  # no entity feature: nothing added
    thing = TargetModel(version="t", intercept=0.0, weights={"entity=other": 0.4, targets.THING_SPEAKER: 0.2})
    assert thing.entity_bound == pytest.approx(0.6, abs=1e-6)  # a thing pronoun read as a speaker adds both


def test_thing_bound_is_the_most_the_entity_features_of_a_thing_pronoun_can_add():
    # "it" and "they" are never read as a name: "named" (0.9) is in the bound of every candidate, not theirs
    model = TargetModel(version="t", intercept=0.0, weights={
        "entity=other": 0.4, "named": 0.9, "entity=self": -0.2, "pron=unresolved": -0.5,
        "salience=10+": 0.3, targets.THING_SPEAKER: -0.3})
    assert model.entity_bound == pytest.approx(1.2, abs=1e-6)
    assert model.thing_bound == pytest.approx(0.4, abs=1e-6)  # another speaker, its salience, a thing's reading
    shy = TargetModel(version="t", intercept=0.0, weights={
        "entity=other": -0.6, "entity=self": -0.2, "pron=unresolved": -0.5})
    assert shy.thing_bound == pytest.approx(-0.2, abs=1e-6)  # what it adds may be below nothing


@pytest.mark.parametrize(("text", "pronoun"), [
    ("Acme Corp lost the case on Monday. A lawyer said it would appeal.", "it"),
    ("The Ohio Farm Bureau sued the state. A spokesman said they would not back down.", "they"),
])
def test_a_thing_pronoun_is_never_read_as_a_name(en_nlp, text, pronoun):
    # the organisation before it is no speaker entity: "it" is read as nobody, not as the organisation's name
    # (TargetModel.thing_bound, which leaves such pronouns unread, counts on this)
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    i = next(t.i for t in doc if t.lower_ == pronoun)
    lawyer = dict(speaker("s1", "Lawyer", kind="PERSON"), mentions=[[text.index(". ") + 2, text.index(" said")]])
    about = {"speaker": "s1", "direct": False, "act": "assert"}
    assert acts.resolve_target(table, i, [lawyer], about) == (None, None)


def _ranked(nlp, text: str, content: str, speakers: list, model: TargetModel, *, trace: bool) -> dict:
    """The claim record of ``content`` said by s1, its target chosen by ``model``: lazily (the stage as it
    runs), or with every candidate resolved (``trace``)."""
    from claimex.lexicons import reporting_cues_v1
    from claimex.pipeline.claims import ClaimAnalyzer
    doc = build(nlp, text, [claim("c1", content, cue="said", speaker="s1")], speakers)
    targets.TRACE = targets.Trace(target_span) if trace else None
    try:
        ClaimAnalyzer(cues=reporting_cues_v1(), target_model=model)(doc)
    finally:
        targets.TRACE = None
    return dict(raw(doc)["claims"][0])


def test_a_thing_pronoun_that_cannot_win_is_not_resolved(en_nlp, monkeypatch):
    # "the budget" scores 0.5 and "it" nothing before their entities are read: a name could lift "it" by 1.0,
    # but "it" is never read as a name and no speaker entity adds anything here, so "it" is left unread
    # and the choice is the one made with every candidate resolved
    text = "The aide said the budget had failed because it was far too small."
    content = "the budget had failed because it was far too small"
    model = TargetModel(version="t", intercept=0.0, weights={"pos=NOUN": 0.5, "named": 1.0})
    assert model.thing_bound < 0.5 <= model.entity_bound
    read: list[str] = []
    resolve = targets._resolve

    def recorded(st, act, i, speakers, about):  # type: ignore[no-untyped-def]
        read.append(st.table.lower[i])
        return resolve(st, act, i, speakers, about)

    monkeypatch.setattr(targets, "_resolve", recorded)

    lazy = _ranked(en_nlp, text, content, [speaker("s1", "Aide")], model, trace=False)
    assert lazy["target_text"] == "the budget"
    assert "it" not in read
    read.clear()
    full = _ranked(en_nlp, text, content, [speaker("s1", "Aide")], model, trace=True)
    assert "it" in read  # traced: every candidate is resolved
    assert {k: lazy[k] for k in ("target", "target_entity", "target_name")} == {
        k: full[k] for k in ("target", "target_entity", "target_name")}


def test_a_candidate_that_wins_by_whom_it_stands_for_is_resolved_and_chosen(en_nlp):
    # every candidate scores the same but for its entity: the one that stands for another speaker wins,
    # though it is neither the rules' proposal nor first; resolving lazily changes nothing
    text = "Marta Reyes met Tom Avery on Monday. The aide said the budget, the levy and Avery had failed."
    content = "the budget, the levy and Avery had failed"
    rival = dict(speaker("s2", "Tom Avery", kind="PERSON"), mentions=[[16, 25]])
    model = TargetModel(version="t", intercept=0.0, weights={"entity=other": 5.0})
    speakers = [speaker("s1", "Aide"), rival]
    lazy = _ranked(en_nlp, text, content, speakers, model, trace=False)
    full = _ranked(en_nlp, text, content, speakers, model, trace=True)
    assert (lazy["target_text"], lazy["target_entity"]) == ("Avery", "s2")
    assert {k: lazy[k] for k in ("target", "target_entity", "target_name")} == {
        k: full[k] for k in ("target", "target_entity", "target_name")}


@pytest.mark.parametrize(("text", "target"), [
    ('The trade pact, which the governor had called "a disaster", was signed in May.', "The trade pact"),
    ('The mayor praised the marchers, whom the police chief described as "peaceful".', "the marchers"),
])
def test_a_relative_pronoun_stands_for_the_noun_it_relates_to(nlp, text, target):
    """A naming of the form "X, which Y called 'Z'" starts its content at "which": the claim is about X."""
    (c,) = [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text.lower().startswith(("which", "whom"))]
    assert c.target_text == target


def _outside(en_nlp, analyzer, text, content, cue):
    """The candidates outside the content of the one claim of ``text``: span text -> its source feature."""
    entry = traced(en_nlp, analyzer, text, content, cue)
    return {text[slice(*c["target"])]: next(f for f in c["features"] if f.startswith("out="))
            for c in entry["candidates"] if "outside" in c["features"]}


@pytest.mark.parametrize(("text", "content", "cue", "expected"), [
    # what the reporter asked about, in a participle before the cue
    ("Asked about the governor, Smith said he had not spoken to him in weeks.",
     "he had not spoken to him in weeks", "said", {"the governor": "out=cue2"}),
    # "in a statement on X": the setting's preposition is passed through, its noun's topic is read
    ("In a statement on the merger, the union said the deal would cost hundreds of jobs.",
     "the deal would cost hundreds of jobs", "said", {"the merger": "out=cue2"}),
    ("Responding to the ruling, the company said it would appeal.", "it would appeal", "said",
     {"the ruling": "out=cue2"}),
    # the object of the verb a participle cue hangs from, and its possessor
    ("Ortiz attacked Hillary Clinton's tax plan, saying it would hurt working families.",
     "it would hurt working families", "saying",
     {"Hillary Clinton": "out=host", "Hillary Clinton's tax plan": "out=host"}),
])
def test_candidates_outside_the_content_with_where_they_come_from(en_nlp, analyzer, monkeypatch, text, content, cue,
                                                                  expected):
    monkeypatch.setattr(targets, "OUTSIDE", True)
    monkeypatch.setattr(targets, "OUTSIDE_HOSTS", True)
    assert _outside(en_nlp, analyzer, text, content, cue) == expected


def test_the_addressee_and_the_setting_of_the_cue_are_no_outside_candidates(en_nlp, analyzer, monkeypatch):
    monkeypatch.setattr(targets, "OUTSIDE", True)
    # "told reporters" (the cue's object) and "in Boston" (a setting) say nothing of what is spoken of
    found = _outside(en_nlp, analyzer, "Smith told reporters in Boston that the tax plan was reckless.",
                     "the tax plan was reckless", "told")
    assert found == {}


@pytest.mark.xfail(reason="candidates outside the content are off by default (targets.OUTSIDE), and with them on the "
                   "fitted ranker weighs them down (feature 'outside'): the content's 'him' (here with no speaker "
                   "entity to read it as the governor) wins", strict=True)
def test_what_the_reporter_asked_about_is_the_target(en_nlp, analyzer):
    c = analysed(en_nlp, analyzer, "Asked about the governor, Smith said he had not spoken to him in weeks.",
                 "he had not spoken to him in weeks", "said")
    assert c["target_text"] == "the governor"


def test_candidates_outside_the_content_are_on_by_default_without_the_hosts_objects(en_nlp, analyzer):
    # since issue 15's twentieth target round: what the cue hangs below is read, the host verb's object is not
    assert _outside(en_nlp, analyzer, "Responding to the ruling, the company said it would appeal.",
                    "it would appeal", "said") == {"the ruling": "out=cue2"}
    assert _outside(en_nlp, analyzer, "Ortiz attacked Hillary Clinton's tax plan, saying it would hurt working "
                    "families.", "it would hurt working families", "saying") == {}


@pytest.mark.parametrize("text", [
    'Ruiz said: "I don’t know. I’ll wait and see."',
    "The auditor said that roughly 1,100 donor names weren’t disclosed.",
    'Ruiz said: "Otherwise, you see what’s happened in the province."',
])
def test_a_clitic_read_as_a_noun_is_no_target(nlp, text):
    # with a typographic apostrophe the tagger may read "n’t" or "’s" as a noun
    (found,) = claimex.extract(text, nlp=nlp).claims
    assert found.target_text is not None
    assert any(ch.isalpha() for ch in found.target_text) and found.target_text not in ("n’t", "’s")


def test_a_thing_pronoun_is_not_a_name_no_speaker_bears(en_nlp):
    # "it" / "they" after a place or an organisation nobody quotes is seldom that name (issue 15, twelfth
    # round: 3 of 17 "it" and 3 of 37 "they" / "their" read so were the training readers' targets); a
    # speaker entity named before them still is, and "he" / "she" still read as the person named before
    from claimex.pipeline.acts import resolve_target
    from claimex.pipeline.tokens import TokenTable

    text = ("The Harbour Authority met officials in Lisbon on Monday. The mayor said it would cost far more "
            "than planned. Dana Whitfield left early; the mayor said she had not read the report.")
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    it = next(t.i for t in doc if t.lower_ == "it")
    assert resolve_target(table, it, [], {"speaker": None}) == (None, None)
    authority = dict(speaker("s1", "the Harbour Authority", kind="ORG"), mentions=[[0, 21]])
    assert resolve_target(table, it, [authority], {"speaker": None})[0] == "s1"
    she = next(t.i for t in doc if t.lower_ == "she")
    assert resolve_target(table, she, [], {"speaker": None}) == (None, "Dana Whitfield")


def test_a_thing_pronoun_read_as_another_speaker_has_a_feature_of_its_own(en_nlp, analyzer):
    # "they" / "it" read as a speaker entity was the training readers' target 9 times of 46, "he" read
    # so 34 of 45 (issue 15, thirteenth round): the ranker weighs the thing pronoun's reading apart
    text = "The Harbor Authority closed the terminal. The organizer said they had lost a whole season."
    authority = dict(speaker("s2", "The Harbor Authority", kind="ORG"), mentions=[[0, 20]])
    entry = traced(en_nlp, analyzer, text, "they had lost a whole season", "said", speakers=[authority])
    they = next(c for c in entry["candidates"] if text[slice(*c["target"])] == "they")
    assert they["target_entity"] == "s2"
    assert targets.THING_SPEAKER in they["features"]
    rival = dict(speaker("s2", "Tom Avery", kind="PERSON"), mentions=[[0, 9]])
    text = "Tom Avery closed the terminal. The organizer said he had lost a whole season."
    entry = traced(en_nlp, analyzer, text, "he had lost a whole season", "said", speakers=[rival])
    he = next(c for c in entry["candidates"] if text[slice(*c["target"])] == "he")
    assert he["target_entity"] == "s2"
    assert targets.THING_SPEAKER not in he["features"]


@pytest.mark.xfail(reason="since the nineteenth target round the place is the object of 'in' (minor=locative: "
                   "the twelve training readers' target for 16 of 100 such candidates), and 'they', misread as the "
                   "organisation quoted before, outscores it", strict=True)
def test_a_thing_pronoun_read_as_another_speaker_gives_way_to_the_place_named(nlp):
    # "they" are the people of the place, not the organisation quoted before: the claim is about the place
    text = ("The Harbor Authority said on Tuesday that the terminal would stay closed. "
            '"In Bayport they have lost a whole season," Velez said.')
    (c,) = [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text.startswith("In Bayport")]
    assert c.target_text == "Bayport"


def test_it_is_never_a_person_nor_a_group_of_people(en_nlp):
    # "it" stands for an organisation or a place: not a group named by a nationality or a party ("the
    # Democrats", a NORP speaker), not a person the tagger took for an organisation (issue 15, fourteenth
    # round: the training readers' statements with "it" read as such a speaker had it as target 0 times of 19
    # for a group, 5 of 21 for a person); "they" still reads as the group
    from claimex.pipeline.acts import resolve_target

    text = ("The Democrats met in the capital on Monday. Senator Ruth Calder said it would be a long fight. "
            "An aide said they would vote against the bill.")
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    democrats = dict(speaker("s1", "Democrats", kind="NORP"), mentions=[[4, 13]])
    it = next(t.i for t in doc if t.lower_ == "it")
    assert resolve_target(table, it, [democrats], {"speaker": None}) == (None, None)
    they = next(t.i for t in doc if t.lower_ == "they")
    assert resolve_target(table, they, [democrats], {"speaker": None})[0] == "s1"
    calder = dict(speaker("s2", "Ruth Calder", kind="ORG"), mentions=[[text.index("Ruth"), text.index(" said")]])
    assert resolve_target(table, it, [calder], {"speaker": None}) == (None, None)
    board = dict(speaker("s3", "the Harbour Board", kind="ORG"), mentions=[[text.index("Ruth"), text.index(" said")]])
    assert resolve_target(table, it, [board], {"speaker": None})[0] == "s3"


@pytest.mark.parametrize(("text", "pronoun", "noun"), [
    # the object of the clause the statement hangs from
    ("The candidate filed his financial statement with the commission on Tuesday, saying it set a new "
     "standard for openness.", "it", "statement"),
    # a subject of the sentence before, not the object of a preposition nearer the pronoun
    ("The senator voted against the pipeline on Monday. She said it would poison the river.", "it", "pipeline"),
    ("Congress passed the budget bill on Friday. The President promised to veto it.", "it", "bill"),
    # an expletive stands for nothing
    ("The board met on Monday. The aide said it is clear that the talks failed.", "it", None),
    ("The board met on Monday. The aide said it was time to end the strike.", "it", None),
    # never a person, a group of people, a plural, a time or an amount
    ("Senator Ruth Calder met the Democrats on Monday. The aide said it would take weeks.", "it", None),
    ("The unions rejected the offers in March. The mayor said it was a mistake.", "it", None),
    # rule clause_host (issue 15's target65 round): the phrase a relative clause describes, not a noun inside it
    ("The senator was not rattled about the string of losses he faced in the primary. He said it would not change "
     "his plans.", "it", "string"),
])
def test_the_noun_a_thing_pronoun_stands_for(en_nlp, text, pronoun, noun):
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    it = next(t.i for t in doc if t.lower_ == pronoun)
    speaker = next((t.i for t in doc[:it] if t.dep_ == "nsubj" and t.head.lemma_ in ("say", "promise")), None)
    found = targets.thing_antecedent(table, it, it, [], speaker)
    assert (doc[found].text if found is not None else None) == noun


@pytest.mark.parametrize(("text", "speaks", "its_own"), [
    ("A judge blocked the merger on Monday. The company said it would appeal the ruling.", "company", True),
    ("The senator criticised the new tax on Friday. Her campaign said it raised $2 million in May.", "campaign",
     True),
    # not an event's "it", nor a person's, nor the object of the reported clause
    ("Reporters described the brawl at the rally. The campaign said it never happened.", "campaign", False),
    ("A judge blocked the merger on Monday. The mayor said it would hurt the port.", "mayor", False),
    ("A judge blocked the merger on Monday. The company said the court got it wrong.", "company", False),
])
def test_a_bodys_own_it(en_nlp, text, speaks, its_own):
    # rule speakers_it (issue 15's target65 round): the subject "it" of what one body says is that body's own
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    it = next(t.i for t in doc if t.lower_ == "it")
    speaker = next(t.i for t in doc if t.text == speaks)
    assert targets.speakers_it(table, it, speaker) is its_own


@pytest.mark.parametrize(("text", "content", "cue", "target"), [
    ("A judge blocked the merger on Monday. The company said it would appeal the ruling.",
     "it would appeal the ruling", "said", "the ruling"),
    ("The council rejected the plan on Friday. The department said it would review the decision.",
     "it would review the decision", "said", "the decision"),
])
def test_a_bodys_own_it_takes_up_no_noun_before(en_nlp, analyzer, text, content, cue, target):
    # rule speakers_it: the noun of the sentence before is no candidate; the statement's own noun is the target
    entry = traced(en_nlp, analyzer, text, content, cue)
    assert not [c for c in entry["candidates"] if targets.ANTECEDENT in c["features"]]
    assert analysed(en_nlp, analyzer, text, content, cue)["target_text"] == target


def test_it_reads_as_the_noun_it_stands_for(en_nlp, analyzer):
    # issue 15, fourteenth round: "it" among the first candidates gets a candidate for the noun it stands
    # for, outside the statement, with the pronoun's place and the noun's kind (feature "antecedent")
    text = "Congress passed the budget bill on Friday. The President promised to veto it."
    entry = traced(en_nlp, analyzer, text, "to veto it", "promised")
    [noun] = [c for c in entry["candidates"] if targets.ANTECEDENT in c["features"]]
    assert text[slice(*noun["target"])] == "the budget bill"
    assert analysed(en_nlp, analyzer, text, "to veto it", "promised")["target_text"] == "the budget bill"


@pytest.mark.parametrize(("text", "content", "cue", "target"), [
    # a reply with no noun phrase of its own is about what the sentence before says something of
    ('"The plan is working," the aide wrote. "So far so good," the mayor replied.', "So far so good,",
     "replied", "The plan"),
    ("Would the new levy hurt the port? \"Absolutely not,\" the mayor said.", "Absolutely not,", "said",
     "the new levy"),
])
def test_a_statement_with_no_noun_phrase_is_about_what_it_replies_to(en_nlp, analyzer, text, content, cue,
                                                                       target):
    assert analysed(en_nlp, analyzer, text, content, cue)["target_text"] == target


def _mixed(en_nlp, analyzer, text, content, speakers, speaker_id="s1"):
    doc = build(en_nlp, text, [claim("c1", content, cue="said", speaker=speaker_id)], speakers)
    record = raw(doc)["claims"][0]
    record["type"] = "mixed"
    analyzer(doc)
    return raw(doc)["claims"][0]


def _mentioned(sid, name, text, *words, kind="PERSON"):
    return dict(speaker(sid, name, kind=kind), mentions=[[text.index(w), text.index(w) + len(w)] for w in words])


def test_a_pronoun_in_the_reported_words_of_a_mixed_quote_is_the_speaker(en_nlp, analyzer):
    # issue 15 (pron16): outside its quotation marks a mixed quote is indirect speech, where "he" agreeing
    # with the cue's subject is the speaker, not the other man named before
    text = 'Tom Avery met Paul Dorsey on Monday. Avery said he was "very encouraged" by the talks.'
    avery = _mentioned("s1", "Tom Avery", text, "Tom Avery", "Avery said")
    avery["mentions"][1][1] = avery["mentions"][1][0] + 5
    dorsey = _mentioned("s2", "Paul Dorsey", text, "Paul Dorsey")
    c = _mixed(en_nlp, analyzer, text, 'he was "very encouraged" by the talks', [avery, dorsey])
    assert (c["target_text"], c["target_entity"], c["target_name"]) == ("he", "s1", "Tom Avery")


def test_a_pronoun_of_the_other_gender_in_a_mixed_quote_is_not_the_speaker(en_nlp, analyzer):
    # "Mrs. Lane said he ..." is not Mrs. Lane: the man named before
    text = 'Carol Lane debated Paul Dorsey on Monday. Mrs. Lane said he had "not done his homework" on taxes.'
    lane = _mentioned("s1", "Carol Lane", text, "Carol Lane", "Mrs. Lane")
    dorsey = _mentioned("s2", "Paul Dorsey", text, "Paul Dorsey")
    c = _mixed(en_nlp, analyzer, text, 'he had "not done his homework" on taxes', [lane, dorsey])
    assert (c["target_text"], c["target_entity"]) == ("he", "s2")


@pytest.mark.parametrize(("word", "quoted"), [("he", False), ("him", True)])
def test_quoted_at_tells_the_quoted_words_of_a_mixed_quote(en_nlp, word, quoted):
    text = 'Avery said he thought the plan "would only hurt him" in the end.'
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    content = [t.i for t in doc if t.idx >= text.index("he thought") and not t.is_punct]
    st = acts.Statement(table=table, content=content, preds=[], cue=1, cue_act="assert", act_root=1,
                        negative=False, cues={}, direct=True, mixed=True)
    i = next(t.i for t in doc if t.text == word)
    assert acts.quoted_at(st, i) is quoted


def test_a_reported_pronoun_of_the_other_gender_is_not_the_speaker(en_nlp, analyzer):
    # "Gordon said she ...": the woman named before, not the speaker (who is a man)
    text = "Gordon Hale praised Joan Ferris on Friday. Gordon said she had lied to voters about the budget."
    hale = _mentioned("s1", "Gordon Hale", text, "Gordon Hale", "Gordon said")
    hale["mentions"][1][1] = hale["mentions"][1][0] + 6
    ferris = _mentioned("s2", "Joan Ferris", text, "Joan Ferris")
    content = "she had lied to voters about the budget"
    doc = build(en_nlp, text, [claim("c1", content, cue="said", speaker="s1")], [hale, ferris])
    analyzer(doc)
    c = raw(doc)["claims"][0]
    assert (c["target_text"], c["target_entity"]) == ("she", "s2")


def test_a_surname_of_a_man_is_no_antecedent_of_she(en_nlp, analyzer):
    # "Obama" alone is the speaker entity "Barack Obama": a man, no antecedent of "she"
    text = ('Joan Ferris met Barack Obama at noon. Reporters asked Obama about the post. '
            '"She has earned it," Reid said.')
    ferris = _mentioned("s2", "Joan Ferris", text, "Joan Ferris")
    obama = _mentioned("s3", "Barack Obama", text, "Barack Obama")
    reid = _mentioned("s1", "Harry Reid", text, "Reid said")
    reid["mentions"][0][1] = reid["mentions"][0][0] + 4
    doc = build(en_nlp, text, [claim("c1", "She has earned it", cue="said", speaker="s1")], [reid, ferris, obama])
    raw(doc)["claims"][0]["type"] = "direct"
    analyzer(doc)
    c = raw(doc)["claims"][0]
    assert (c["target_text"], c["target_entity"]) == ("She", "s2")


def test_they_is_never_the_poll_that_asked_them(en_nlp, analyzer):
    # "they" after a poll are the people it asked: read as nobody, not as the poll named before
    text = "The Harbor College poll found Ortiz well ahead. Among independents, most said they were undecided."
    poll = dict(speaker("s1", "The Harbor College poll", kind="ORG"), mentions=[[0, 23]])
    doc = build(en_nlp, text, [claim("c1", "they were undecided", cue="said")], [poll])
    analyzer(doc)
    c = raw(doc)["claims"][0]
    assert (c["target_text"], c["target_entity"], c["target_name"]) == ("they", None, None)


@pytest.mark.parametrize(("text", "target"), [
    # the speaker's "he" of a mixed quote gives way to what the statement is about
    ('Alan Reyes said he was "very encouraged" by the talks with Brazil.', "the talks with Brazil"),
    # the speaker's possessive gives way to what it owns
    ("Governor Ellen Marsh said she would work on her own foundation after leaving office.", "her own foundation"),
])
def test_a_statement_about_something_else_is_not_about_its_speaker(nlp, text, target):
    # rule past_self (issue 15's side round): the speaker is the target only when nothing else fits
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target", "name"), [
    # the question's subject
    ('Asked whether the new toll had hurt the fishing harbour, the mayor said: "I hope not."', "the new toll", None),
    # "if" read by the small model as an adverbial clause of "asked"
    ('Asked by a local paper if the governor would hold a town hall before the vote, the aide smiled and said, '
     '"We will see."', "the governor", None),
    # the subject is the speaker's own pronoun: the question's object
    ('Asked whether he was stoking the anger of his crowds, the candidate said, "I hope not."',
     "the anger of his crowds", None),
    # a wh-question
    ('Asked what a fair deal would look like, the union chief replied: "We are far from that."', "a fair deal",
     None),
    # no question asked: the speaker stays
    ('"I will plead guilty," Smith said.', "I", "Smith"),
])
def test_a_first_person_answer_is_about_what_was_asked(nlp, text, target, name):
    # rule asked_topic (issue 15's pronoun42 round): the speaker's own "I" / "we", the only candidate of an
    # answer, gives way to what the question before it asks about
    c = nlp(text)._.claims[-1]
    assert (c.target_text, c.target_name) == (target, name)


@pytest.mark.parametrize(("text", "target"), [
    # the subject of a clause of time or concession sets the scene: the main clause's subject is the target
    ("The planner said that once the new bridge opens, commuters will save twenty minutes a day.", "commuters"),
    ("Ms. Ortega said that while the worst delays at the port have ended, serious problems remain for small "
     "shippers.", "serious problems"),
    ("The coach said that although the referees made mistakes, his players lost the game on their own.",
     "his players"),
    ("The analyst said that until the central bank acts, investors will stay nervous.", "investors"),
    # not a condition, which often names what is judged
    ("The mayor said that if the council rejects the plan, the city will lose its funding.", "the council"),
])
def test_a_subject_of_a_clause_of_time_or_concession_gives_way_to_the_main_subject(nlp, text, target):
    # rule circumstance_subject (issue 15's thirty-third target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a place, thing or name inside a "who" clause describes the one it hangs on: that one is the target
    ('"We cannot elect a guy who naps in the back row of the Capitol while the others work," the senator said.',
     "a guy"),
    ('"Folks who voted for Mayor Chen twice are now angry with the city," the organizer said.', "Folks"),
    ("The report said that the men who attacked the embassy in Tripoli had trained in the desert.", "the men"),
    # "whom" after a preposition of the clause
    ("The aide said the people with whom Senator Ruiz met in Denver had asked for nothing.", "the people"),
])
def test_a_noun_inside_a_who_clause_gives_way_to_the_one_described(nlp, text, target):
    # rule described_person (issue 15's target44 round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


def test_a_who_clause_of_nobody_in_particular_keeps_the_name_inside(nlp):
    # rule described_person's guard: "any man who ..." is nobody in particular; the named person stays
    (c,) = nlp('"Any man who cheats on Ms. Alvarez will regret it," her brother said.')._.claims
    assert c.target_text == "Ms. Alvarez"


@pytest.mark.parametrize(("text", "target"), [
    # the object of a preposition of place, time or comparison sets the scene: another candidate is the target
    ("The union leader said that despite the tougher rules, there are still dozens of factories dumping waste.",
     "factories dumping waste"),
    ("He said that after the flood, there were hundreds of homeless families.", "homeless families"),
    ("The farmer said that despite the drought, there were still buyers for his corn.", "buyers for his corn"),
])
def test_a_setting_gives_way_to_another_candidate(nlp, text, target):
    # rule setting_object (issue 15's thirty-fourth target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a vague noun ("things", "plenty of time") or a noun said of the subject ("that is a risk") does not replace
    # the setting: with nothing better, the setting stays
    ('"In a campaign, things get heated," the senator said.', "a campaign"),
    ('"This is still early in the race. We have got plenty of time," the manager said.', "the race"),
    ('"What I propose is we go after the debt, and if it is too big to pay, that is a risk," she said.', "the debt"),
])
def test_a_setting_gives_way_to_no_vague_or_predicate_noun(nlp, text, target):
    # rule setting_object's guards (issue 15's thirty-fourth target round, revised after its blind judgement)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a distance or a length of time says how far or how long: the statement is about what the clause measures
    ('"I drove for about an hour, and there were broken windows on every street," she said.',
     "broken windows"),
    ('"The months that came next brought a sharp rise in prices," the economist said.', "a sharp rise in prices"),
    ('"Those weeks gave us a real chance," the coach said.', "a real chance"),
])
def test_a_measure_gives_way_to_what_its_clause_is_about(nlp, text, target):
    # rule measure_target (issue 15's target67 round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # nothing else to name, or a measure that counts a noun of its own: the measure stays
    ('"It has been three years," he said.', "three years"),
    ('"Decades of back-room deals have hurt this town," the mayor said.', "back-room deals"),
])
def test_a_measure_stays_where_nothing_else_fits(nlp, text, target):
    # rule measure_target's guards (issue 15's target67 round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a place named as where someone goes or is: the statement is about the one who goes there
    ("The governor left early. His aide said he was flying on to Nevada.", "he"),
    ("The governor returned. Her aide said she arrived in Boston on Monday.", "she"),
    ("The aide said he moved to Denver in 2010.", "he"),
])
def test_a_named_setting_gives_way_to_the_subject_of_its_clause(nlp, text, target):
    # rule named_setting (issue 15's target52 round), a setting of setting_object
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a noun said of the speaker or of a "he" / "she": the statement describes its subject
    ('"I am a voter, and I know what I want," Maria Lopez said.', "I"),
    ('"I am proud to be a Republican," the mayor said.', "I"),
    ('"I never claimed to be a journalist," the host said.', "I"),
    ('"We are refugees," the woman said.', "We"),
    ("The senator said she was the best candidate to beat the governor.", "she"),
])
def test_a_predicate_noun_gives_way_to_the_person_it_describes(nlp, text, target):
    # rule predicate_person (issue 15's target54 round), with past_self keeping the speaker it describes
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a group "we" is, named by a noun of no person; a "you" said to the listener; a relation to a person
    ('"We are a country of immigrants," the senator said.', "a country of immigrants"),
    ('"You are an all-star player," the coach told her.', "an all-star player"),
    ('"I am the daughter of a coal miner," the senator said.', "the daughter of a coal miner"),
])
def test_a_predicate_noun_of_a_group_or_a_you_stays(nlp, text, target):
    # rule predicate_person's guards
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target", "name"), [
    # a described subject said to be a named person or organisation: the name is what the claim is about
    ("The governor claimed that the true author of the scheme is Senator Ada Moss.", "Senator Ada Moss",
     "Ada Moss"),
    ("The coach said one player he trusts is Marcus Reed.", "Marcus Reed", "Marcus Reed"),
    ("The mayor said the clear winner of the debate was the Harbor News Network.", "the Harbor News Network",
     "the Harbor News Network"),
])
def test_a_described_subject_gives_way_to_the_name_it_is_said_to_be(nlp, text, target, name):
    # rule named_predicate (issue 15's target59 round)
    (c,) = nlp(text)._.claims
    assert (c.target_text, c.target_name) == (target, name)


@pytest.mark.parametrize(("text", "target"), [
    # a name that modifies a noun of persons: the persons are what the claim is about, not the name
    ("She said no Wall Street executive has been charged.", "no Wall Street executive"),
    ("She said Wall Street bankers had rigged the economy for a decade.", "Wall Street bankers"),
    # a name that modifies another noun stays the name
    ("The senator said Wall Street excesses had hurt working families.", "Wall Street"),
])
def test_a_name_gives_way_to_the_role_noun_it_modifies(nlp, text, target):
    # rule role_whole (issue 15's target59 round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


def test_role_whole_takes_a_noun_of_persons_not_a_campaign(en_nlp):
    doc = en_nlp("The aide said the Trump campaign had hired a CNN reporter.")
    table = TokenTable.of(doc)
    cnn, trump = (next(t.i for t in doc if t.text == w) for w in ("CNN", "Trump"))
    assert targets.role_whole(table, cnn) == next(t.i for t in doc if t.text == "reporter")
    assert targets.role_whole(table, trump) == trump  # a campaign is no person
    pair = en_nlp("They worry Obama and Democratic leaders in the House could strike a bargain.")
    obama = next(t.i for t in pair if t.text == "Obama")
    assert targets.role_whole(TokenTable.of(pair), obama) == obama  # a name conjoined before the noun


@pytest.mark.parametrize(("text", "piece", "whole"), [
    # a prefix or a word cut at a hyphen gives way to the noun its hyphened word modifies
    ("The senator said a Canadian-American firm had bought the mill.", "Canadian", "firm"),
    ("Critics said the pro-Smith lobby spent heavily last year.", "pro", "lobby"),
    ("The analyst said Iran-related sanctions would hurt exports.", "Iran", "sanctions"),
    ("She said a Moss-Reed ticket would win the state.", "Moss", "ticket"),
    ("The council condemns anti-union, anti-worker and anti-family policies from the governor.", "anti",
     "policies"),
    # a hyphened noun: its last piece, whose phrase holds the others
    ("He said there was too much name-calling in the race.", "name", "calling"),
    ("I will defend Dodd-Frank, the candidate said.", "Dodd", "Frank"),
    # no noun to widen to, and a party's letter: the piece stays
    ("Reporters said the senator is pro-Israel.", "pro", "pro"),
    ("Sen. Ada Moss (D-Ore.) said the bill would fail.", "D", "D"),
])
def test_a_piece_of_a_hyphened_word_gives_way_to_its_phrase(en_nlp, text, piece, whole):
    # rule hyphen_whole (issue 15's target60 round)
    doc = en_nlp(text)
    i = next(t.i for t in doc if t.text == piece)
    assert doc[targets.hyphen_whole(TokenTable.of(doc), i)].text == whole


def test_a_target_phrase_is_not_cut_inside_a_hyphened_word(en_nlp):
    # rule hyphen_whole's span mending (issue 15's target60 round): "pro", shown alone, is "pro-Israel"
    doc = en_nlp("Reporters said the senator is pro-Israel.")
    pro = next(t.i for t in doc if t.text == "pro")
    toks = target_tokens(TokenTable.of(doc), pro)
    assert doc[toks[0]:toks[-1] + 1].text == "pro-Israel"


@pytest.mark.parametrize(("text", "owned"), [
    # a bare possessive shows the phrase it determines
    ("Officials said his attacks have turned personal in recent weeks.", "attacks"),
    ("The clerk said staff combed their files for the names.", "files"),
    ("The coach said her approach to the game was reckless.", "approach"),
    # a noun of another person, and a noun of setting: the possessive stays
    ("The mayor said his wife had been treated badly.", None),
    ("She said the flood came two years into her term.", None),
])
def test_a_possessive_target_shows_the_phrase_it_determines(en_nlp, text, owned):
    # rule owned_phrase (issue 15's target60 round)
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    i = next(t.i for t in doc if t.dep_ == "poss" and t.lower_ in {"his", "her", "their"})
    shown = targets.owned_phrase(table, i, list(range(len(doc))))
    assert shown == (i if owned is None else next(t.i for t in doc if t.text == owned))


def test_predicate_person_finds_the_subject_through_to_and_an_adjective(en_nlp):
    doc = en_nlp("I am proud to be a Republican.")
    table = TokenTable.of(doc)
    assert targets.predicate_person(table, next(t.i for t in doc if t.text == "Republican")) == 0
    named = en_nlp("He is Tom Avery.")
    assert targets.predicate_person(TokenTable.of(named), next(t.i for t in named if t.text == "Avery")) is None


def test_a_named_setting_after_look_at_is_what_is_looked_at(en_nlp):
    # rule named_setting's guard: "looking at Ohio" names what is looked at, not where
    doc = en_nlp("Party leaders are looking at Ohio closely.")
    table = TokenTable.of(doc)
    ohio = next(t.i for t in doc if t.text == "Ohio")
    assert not targets.named_setting(table, ohio)
    denver = en_nlp("The senator was flying to Denver.")
    assert targets.named_setting(TokenTable.of(denver), next(t.i for t in denver if t.text == "Denver"))


def test_the_speaker_stays_the_target_when_nothing_else_fits(nlp):
    (c,) = nlp('"I will plead guilty," Mr. Hale said.')._.claims
    assert c.target_text == "I"


@pytest.mark.parametrize(("text", "target"), [
    # a word of quantity or part heads the phrase: the whole it is part of is what the claim is about
    ("The inspectors said none of the current methods could detect the tunnels.", "the current methods"),
    ("She said none of the emails contained classified material.", "the emails"),
    ("The senator said a majority of voters support the bill.", "voters"),
    # not to a pronoun, which says less than the part
    ("The mayor said none of them had been told about the closure.", "none of them"),
    # a noun of circumstance ("in the midst of", "in the wake of") is no more than the part: what it is of
    ("Party activists said they were suddenly in the midst of a revolt against the nominee.",
     "a revolt against the nominee"),
    ("Local officials said they were in the midst of a housing crisis.", "a housing crisis"),
])
def test_a_part_gives_way_to_the_whole(nlp, text, target):
    # rule part_whole (issue 15's twenty-first target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a person named by a role is what the claim is about, not whose the person is
    ("Mr. Ortiz said the party's likely nominee had refused to release his tax returns.",
     "the party's likely nominee"),
    ("Critics said the mayor's top aide had misled the council about the contract.", "the mayor's top aide"),
    # what a place owns is what the claim is about, not the place
    ("Officials said the country's state of emergency would be extended for three months.",
     "the country's state of emergency"),
    ("The governor said the state's budget crisis should be a call to action, not a reason to panic.",
     "the state's budget crisis"),
])
def test_a_possessor_gives_way_to_the_person_or_the_place_s_thing_it_owns(nlp, text, target):
    # rule owned_topic (issue 15's twenty-first target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # an action a possessor owns is what a claim judging it is about, not who owns it
    ("Residents said the governor's handling of the flood had been a disgrace.",
     "the governor's handling of the flood"),
    ("Critics said Senator Pollard's use of campaign money for his own travel was improper.",
     "Senator Pollard's use of campaign money for his own travel"),
    ("The union said the company's treatment of its drivers was shameful.", "the company's treatment of its drivers"),
    ("Farmers said the minister's management of the drought was a failure.",
     "the minister's management of the drought"),
])
def test_a_possessor_gives_way_to_the_action_it_owns(nlp, text, target):
    # rule owned_conduct (issue 15's thirtieth target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # what a possessor says, thinks or proposes is what a claim judging it is about, not who owns it
    ("Critics said Senator Pollard's comments about the strikers were a disgrace.",
     "Senator Pollard's comments about the strikers"),
    ("Ms. Arden said Mr. Pollard's remarks had been deeply offensive to veterans.", "Mr. Pollard's remarks"),
    ("Mr. Pollard said Governor Hale's views on trade were out of date.", "Governor Hale's views on trade"),
    ("Residents said Mr. Pollard's campaign had ignored the northern towns.", "Mr. Pollard's campaign"),
])
def test_a_possessor_gives_way_to_what_it_says_or_proposes(nlp, text, target):
    # rule owned_message (issue 15's target37 round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a quality or standing of the owner is no action: the owner stays ("honesty" is an attribute in WordNet,
    # "leadership" an act that no verb derives)
    ("Ms. Arden said Mr. Pollard's honesty was beyond question.", "Mr. Pollard"),
    ("Ms. Arden said Mr. Pollard's leadership had saved the town.", "Mr. Pollard"),
])
def test_a_possessor_of_a_quality_stays_the_target(nlp, text, target):
    # rule owned_conduct's guard, targets.is_action_nominal (issue 15's thirtieth target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # the first word of a compound is no target: the phrase it modifies is
    ("There is deep worry about ballot fraud and the handling of mail votes this autumn, the senator said.",
     "ballot fraud"),
    ("There is growing anger about campaign spending and the influence of wealthy donors in the race, the senator "
     "said.", "campaign spending"),
])
def test_a_word_of_a_compound_gives_way_to_the_phrase_it_modifies(nlp, text, target):
    # rule compound_whole (issue 15's twenty-second target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a predicate nominal says something of its subject: the subject is what the claim is about (the ranker,
    # left alone, picks the predicate in these)
    ("A steep rise in rents is the main source of the anger in Harlow County, the mayor said.",
     "A steep rise in rents"),
    ("Cheap credit was the main source of the housing bubble in Marston, the treasurer said.", "Cheap credit"),
    # a predicate that is a name or a role noun (someone) stays; so does one whose subject is a pronoun
    ("The biggest threat to the levy is the governor, Mr. Dorsey said.", "the governor"),
    ("The real culprit behind the deficit is Mr. Dorsey, the mayor said.", "Mr. Dorsey"),
    ('"It has been a very clever plan," the treasurer said.', "a very clever plan"),
    # nor one whose subject is a generic or light noun, which says less than the predicate
    ("The best way forward is a new levy on imported steel, the mayor said.", "a new levy on imported steel"),
])
def test_a_predicate_nominal_gives_way_to_its_subject(nlp, text, target):
    # rule predicate_subject (issue 15's twenty-fourth target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a noun of feeling or dealing is about whom it is directed at, when a name says who
    ("The senator said he had great respect for the Pentagon and its leaders.", "the Pentagon"),
    ("Officials said the charges against Mr. Ortiz would be dropped next week.", "Mr. Ortiz"),
    ("The mayor said she felt deep loyalty to Councillor Brandt after the flood.", "Councillor Brandt"),
    ("Ms. Varga said the complaint against Mr. Dorsey was baseless.", "Mr. Dorsey"),
    # a charge only through "against": a complaint *to* a commission is filed there; nor a place
    ("Mr. Dorsey said the complaint to the Ohio Elections Commission was baseless.",
     "the complaint to the Ohio Elections Commission"),
    ("The governor said the fight for Ohio would be long and costly.", "the fight for Ohio"),
    ("The councillor said the problem with Denver was its sprawl.", "the problem with Denver"),
    # not through "on", which says what the noun is about, not whom it is directed at; not a pronoun read
    # as nobody
    ("Ms. Varga said the council's concern on Marston Bank was overblown.",
     "the council's concern on Marston Bank"),
    ("Mr. Hale said he wanted a good relationship with them.", "a good relationship with them"),
    # nor a noun of an event or a measure, which is the topic itself
    ("The senator said the trade treaty with Peru was a costly error.", "the trade treaty with Peru"),
])
def test_a_relation_gives_way_to_whom_it_is_directed_at(nlp, text, target):
    # rule relation_object (issue 15's twenty-fourth target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target


def test_a_person_possessor_of_a_thing_stays_the_target(nlp):
    (c,) = nlp("The mayor said the council's report was a cover-up.")._.claims
    assert c.target_text == "the council"


@pytest.mark.parametrize(("text", "name"), [
    # a name with another forename is another person of the family, not the speaker entity named before
    ('Hillary Clinton spoke in Des Moines on Monday. "We will win this state," Clinton said. Her aides said '
     "Bill Clinton would campaign in Ohio next week.", "Bill Clinton"),
    ('Alan Grayson addressed supporters on Friday. "I will not quit," Grayson said. His lawyer said Linda Grayson '
     "had filed for divorce in June.", "Linda Grayson"),
])
def test_a_name_with_another_forename_is_not_the_speaker_entity(nlp, text, name):
    # rule other_forename (issue 15's twenty-first target round)
    c = nlp(text)._.claims[-1]
    assert (c.target_text, c.target_name, c.target_entity) == (name, name, None)


def test_a_name_with_another_forename_of_the_same_gender_may_be_the_entity(nlp):
    # "Pete" and "Peter", "Chuck" and "Charles": one man
    text = ('Peter Santilli spoke in Burns on Monday. "We will stay," Santilli said. Deputies said Pete Santilli '
            "had left the refuge.")
    c = nlp(text)._.claims[-1]
    assert c.target_name == "Peter Santilli" and c.target_entity is not None


def test_a_name_with_the_forename_of_the_entity_is_the_entity(nlp):
    text = ('Hillary Clinton spoke in Des Moines on Monday. "We will win this state," Clinton said. Her aides '
            "said Hillary Clinton would campaign in Ohio next week.")
    c = nlp(text)._.claims[-1]
    assert c.target_name == "Hillary Clinton" and c.target_entity is not None


@pytest.mark.parametrize(("text", "name"), [
    # the longest name of the article is in its headline only, with a word of the headline run into it
    ("Hillary Clinton Wins Nevada Caucus\nLAS VEGAS - Voters said on Saturday that Clinton had run a better "
     "campaign than her rival.", "Clinton"),
    ("Hillary Clinton Wins Nevada Caucus\nHillary Clinton thanked volunteers in Las Vegas. Voters said on Saturday "
     "that Clinton had run a better campaign than her rival.", "Hillary Clinton"),
])
def test_a_name_is_not_read_from_the_headline_alone(nlp, text, name):
    # rule headline_name (issue 15's twenty-first target round)
    c = nlp(text)._.claims[-1]
    assert (c.target_text, c.target_name) == ("Clinton", name)


@pytest.mark.parametrize(("text", "content", "cue", "pronoun"), [
    # the possessive of the reported clause's subject is the speaker's own, whoever was named between
    ("Governor Alan Pryce, who was sued by Senator Tom Avery last year, said his legal costs had reached six "
     "figures.", "his legal costs had reached six figures", "said", "his"),
    ("Governor Alan Pryce, who lost to Senator Tom Avery in March, said his record on schools would win back "
     "voters.", "his record on schools would win back voters", "said", "his"),
    # a participle cue has the subject of the verb it hangs from
    ("Senator Tom Avery debated Governor Alan Pryce on Monday. Avery called it a win. Pryce spoke in Dover on "
     "Tuesday, telling a crowd of farmers that he has few memories of his first campaign.",
     "he has few memories of his first campaign", "telling", "he"),
    ("Senator Tom Avery debated Governor Alan Pryce on Monday. Avery called it a win. Pryce has stayed out of "
     "the fight since, arguing he would not sway the race before the count.",
     "he would not sway the race before the count", "arguing", "he"),
])
def test_the_speaker_s_own_pronoun_in_reported_speech_is_the_speaker(en_nlp, analyzer, text, content, cue,
                                                                       pronoun):
    # issue 15's twenty-third target round: the judges' "he" / "his" read as the man named in between
    pryce = _mentioned("s1", "Alan Pryce", text, "Governor Alan Pryce")
    avery = _mentioned("s2", "Tom Avery", text, "Senator Tom Avery")
    if "Avery called" in text:  # the other man is the name nearest before the pronoun
        at = text.index("Avery called")
        avery["mentions"].append([at, at + 5])
    targets.TRACE = targets.Trace(target_span)
    try:
        doc = build(en_nlp, text, [claim("c1", content, cue=cue, speaker="s1")], [pryce, avery])
        analyzer(doc)
        [entry] = targets.TRACE.entries
    finally:
        targets.TRACE = None
    found = next(c for c in entry["candidates"] if text[slice(*c["target"])] == pronoun)
    assert found["target_entity"] == "s1"


@pytest.mark.parametrize(("text", "content", "cue"), [
    # not the speaker's: a woman's "his", and the possessive of an object
    ("Mayor Carol Lane, who was sued by Senator Tom Avery last year, said his legal costs had reached six "
     "figures.", "his legal costs had reached six figures", "said"),
    ("Governor Alan Pryce, who met Senator Tom Avery on Monday, said voters had rejected his plan.",
     "voters had rejected his plan", "said"),
])
def test_a_possessive_that_is_not_the_speaker_s_own_stays_another_person(en_nlp, analyzer, text, content, cue):
    first = text.split(",")[0]
    own = _mentioned("s1", first.split(" ", 1)[1], text, first)
    avery = _mentioned("s2", "Tom Avery", text, "Senator Tom Avery")
    targets.TRACE = targets.Trace(target_span)
    try:
        doc = build(en_nlp, text, [claim("c1", content, cue=cue, speaker="s1")], [own, avery])
        analyzer(doc)
        [entry] = targets.TRACE.entries
    finally:
        targets.TRACE = None
    found = next(c for c in entry["candidates"] if text[slice(*c["target"])] == "his")
    assert found["target_entity"] == "s2"


@pytest.mark.parametrize(("text", "content", "cue", "pronoun", "speaker", "entity"), [
    # the possessive in a relative clause's report is the speaker's own, though another man is named nearer
    # the pronoun (fails with the own forms off)
    ("Senator Tom Avery sued the analyst in 1990. Alan Pryce, who like Avery reckons that his court bills ran "
     "past a million dollars, called the fight worth it.", "his court bills ran past a million dollars",
     "reckons", "his", "s1", "s1"),
    # a participle cue that names the person it speaks to: "he" is that person, not read as the speaker's own
    ("Senator Tom Avery spoke in Tampa on Monday. Alan Pryce lashed out at him on the radio, telling Avery that "
     "whatever he intended, the remark would hurt families.", "whatever he intended, the remark would hurt "
     "families", "telling", "he", "s1", "s2"),
    # a participle cue in a sentence that names another person before it: "he" is not read as the speaker's
    # own ("Avery praised Pryce's record, saying he ...": as likely Pryce; fails without the guard)
    ("Senator Tom Avery praised Alan Pryce's record on schools, saying he had done more than anyone.",
     "he had done more than anyone", "saying", "he", "s2", "s1"),
])
def test_whom_a_reported_pronoun_stands_for(en_nlp, analyzer, text, content, cue, pronoun, speaker, entity):
    pryce = _mentioned("s1", "Alan Pryce", text, "Alan Pryce")
    avery = _mentioned("s2", "Tom Avery", text, "Senator Tom Avery")
    if "like Avery" in text:  # the other man, named between the speaker and the pronoun
        at = text.index("like Avery") + 5
        avery["mentions"].append([at, at + 5])
    targets.TRACE = targets.Trace(target_span)
    try:
        doc = build(en_nlp, text, [claim("c1", content, cue=cue, speaker=speaker)], [pryce, avery])
        analyzer(doc)
        [entry] = targets.TRACE.entries
    finally:
        targets.TRACE = None
    found = next(c for c in entry["candidates"] if text[slice(*c["target"])] == pronoun)
    assert found["target_entity"] == entity


@pytest.mark.parametrize(("text", "own"), [
    ("Alan Pryce said only that his numbers did not add up.", True),
    # a person named in the sentence before the speaker: the possessive is as likely that person's
    ("After Senator Tom Avery argued that the tax should be cut, Alan Pryce said only that his numbers did not "
     "add up.", False),
])
def test_a_possessive_is_the_speaker_s_when_no_other_person_comes_first(en_nlp, text, own):
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    said = next(t.i for t in doc if t.text == "said")
    add = next(t.i for t in doc if t.text == "add")
    his = next(t.i for t in doc if t.text == "his")
    content = [t.i for t in doc if t.i > said and not t.is_punct]
    st = acts.Statement(table=table, content=content, preds=[add], cue=said, cue_act="assert", act_root=said,
                        negative=False, cues={}, direct=False, mixed=False)
    assert acts.reported_self(st, his, own_forms=True) is own
    assert acts.reported_self(st, his) is False  # the act rules' reading: subjects only


@pytest.mark.parametrize(("text", "pronoun", "pred", "own"), [
    # rule adjunct_participle (issue 15's target56 round): a participle cue under "by" / "before" has the subject of
    # the verb the preposition hangs from
    ("Tom Reyes ended the hearing by saying he would not run again.", "he", "run", True),
    ("Tom Reyes spoke to reporters on Monday before insisting that his budget was fair.", "his", "was", True),
    # the participle names the person it speaks to: "he" is as likely that person
    ("Tom Reyes answered by telling Paul Lind that he had lied.", "he", "lied", False),
    # another person named before in the sentence: as likely that person's
    ("After Paul Lind spoke, Tom Reyes ended the hearing by saying he would not run again.", "he", "run", False),
])
def test_a_participle_under_a_preposition_speaks_for_the_verb_s_subject(en_nlp, text, pronoun, pred, own):
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    cue = next(t.i for t in doc if t.tag_ == "VBG" and t.dep_ == "pcomp")
    verb = next(t.i for t in doc if t.text == pred)
    word = next(t.i for t in doc if t.text == pronoun)
    content = [t.i for t in doc if t.i > cue and not t.is_punct and t.text != "that"]
    st = acts.Statement(table=table, content=content, preds=[verb], cue=cue, cue_act="assert", act_root=cue,
                        negative=False, cues={}, direct=False, mixed=False)
    assert acts.reported_self(st, word, own_forms=True) is own


@pytest.mark.parametrize(("text", "head", "span"), [
    # a quoted phrase is whole: the closing mark comes with the opening one the phrase holds
    ("The senator said the “donor class” is getting restless.", "class", "the “donor class”"),
    ('The mayor said the "shadow budget" had grown every year.', "budget", 'the "shadow budget"'),
    ("The governor dismissed the bill as a “cruel hoax.” Then he left.", "hoax", "a “cruel hoax.”"),
    # the quoted words go on past the noun phrase: the opening mark and what comes before it are left out
    ('The rival said his "school voucher plan would only help the wealthy suburbs."', "plan", "school voucher plan"),
    # the cut before a quoted phrase leaves no preposition hanging at the end
    ("He said he had ignored many of the mayor's speeches - including ''the way she talks about renters'' - because "
     "he liked her plan.", "speeches", "the mayor's speeches"),
    # paired marks inside the phrase stay as they are
    ("The aide said the “Buy American” rule would cost jobs.", "rule", "the “Buy American” rule"),
])
def test_a_target_span_never_cuts_a_quoted_phrase_in_half(en_nlp, text, head, span):
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    i = next(t.i for t in doc if t.text == head)
    start, end = target_span(table, i)
    assert text[start:end] == span


@pytest.mark.parametrize(("text", "head", "span"), [
    # rule or_whole (issue 15's target68 round): a choice between nouns is taken whole
    ("The producer said nothing sells like a title or a show with a loyal audience.", "title", "a title or a show"),
    ("The chairman said the nominee will be Smith or Jones by the summer.", "Smith", "Smith or Jones"),
    ("The memo said no agency held records on the mayor or her brother.", "mayor", "the mayor or her brother"),
    # an "and" list names each of its nouns: the one noun stays
    ("The chairman said the race is between Smith and Jones now.", "Smith", "Smith"),
    # rule paired_marks (same round): a bracket or single mark held alone takes its other mark
    ("I strongly urge the [Northern Water Board] to release the report, the senator wrote.", "Board",
     "the [Northern Water Board]"),
    ("The aide wrote that [Lopez's] advisers met the donors twice.", "advisers", "[Lopez's] advisers"),
    ("The letter asked about his ‘gross negligence’ in the case.", "negligence", "his ‘gross negligence’"),
])
def test_a_target_span_holds_a_whole_choice_and_both_marks_of_a_pair(en_nlp, text, head, span):
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    i = next(t.i for t in doc if t.text == head)
    start, end = target_span(table, i)
    assert text[start:end] == span


def test_the_claim_s_target_keeps_its_closing_quotation_mark(en_nlp, analyzer):
    text = "The senator said the “donor class” is getting restless about the vote."
    c = analysed(en_nlp, analyzer, text, "the “donor class” is getting restless about the vote", "said")
    assert c["target_text"] == "the “donor class”"
    assert text[slice(*c["target"])] == "the “donor class”"


@pytest.mark.parametrize(("text", "target"), [
    # a gerund or "to" clause that is the subject the statement evaluates is what it is about
    ('"Raising the minimum wage to fifteen dollars would cost thousands of jobs," the governor said.',
     "Raising the minimum wage to fifteen dollars"),
    ("Critics said that dropping the tariffs on steel imports would hurt local workers.",
     "dropping the tariffs on steel imports"),
    ('"Closing the border to every refugee is not who we are," the senator said.',
     "Closing the border to every refugee"),
    ('"To cut the school lunch program in the middle of the year would be a disgrace," the mayor said.',
     "To cut the school lunch program in the middle of the year"),
])
def test_a_clause_that_is_the_subject_is_the_target(nlp, text, target):
    # rule clause_topic (issue 15's twenty-fifth target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target
    assert c.target_name is None


@pytest.mark.parametrize(("text", "target"), [
    # a clause with its own subject: its subject is the target
    ('"The committee being seen as fair is critical to the whole process," the chairman said.', "The committee"),
    # what someone does, opened by a wh-word, names no action
    ('"What the council has done is a scandal," the mayor said.', "the council"),
    # a gerund of saying that opens the content is the cue's, not an action the statement evaluates
    ("The singer wrote on Monday, mentioning the new album is almost finished.", "the new album"),
    # a name of the statement besides the clause stays the target
    ('"Bringing the law back now feels right at a time when Senator Ortiz is leading the fight," she said.',
     "Senator Ortiz"),
])
def test_no_clause_target_where_someone_is_named(nlp, text, target):
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # an infinitive or "that" clause put after an evaluative predicate with an expletive "it"
    ('"It would be a mistake to close the clinic before the winter," the mayor said.',
     "to close the clinic before the winter"),
    ("The union said it was wrong that the board met in secret before the vote.",
     "the board met in secret before the vote"),
    ('"It is unfair to ask teachers to pay for their own supplies," the senator said.',
     "to ask teachers to pay for their own supplies"),
    # a word of weight the evaluation lexicon does not score
    ('"It is essential to finish the bridge before the flood season," the engineer said.',
     "to finish the bridge before the flood season"),
])
def test_a_clause_put_after_an_evaluative_predicate_is_the_target(nlp, text, target):
    # rule extraposed_clause (issue 15's twenty-sixth target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target
    assert c.target_name is None


@pytest.mark.parametrize(("text", "target"), [
    # a shell noun that is the subject of "is": the clause after "is" says what the statement is about
    ('"The risk is that we lose the factory to another county," the governor said.',
     "we lose the factory to another county"),
    ('"The truth is we are not ready for another winter like this one," the mayor said.',
     "we are not ready for another winter like this one"),
    ('"The goal is to reopen the harbour before the fishing season," the mayor said.',
     "to reopen the harbour before the fishing season"),
])
def test_the_clause_a_shell_noun_announces_is_the_target(nlp, text, target):
    # rule shell_clause (issue 15's target63 round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target
    assert c.target_name is None


@pytest.mark.parametrize(("text", "target"), [
    # a predicate said of the noun itself, not a clause: no clause target
    ('"The problem is serious for the farmers," the minister said.', "The problem"),
    ('"The question was out of line," the senator said.', "The question"),
])
def test_no_shell_clause_where_the_predicate_is_no_clause(nlp, text, target):
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a pledge whose "to" infinitive has a common noun: the action promised, not the noun
    ("The governor promised to rebuild the county's roads by next spring.",
     "to rebuild the county's roads by next spring"),
    ("The senator vowed to carry her fight into the autumn session.", "to carry her fight into the autumn session"),
    ("The mayor promised to reopen the ferry to the islands.", "to reopen the ferry to the islands"),
    ("Ms. Ortiz promised to keep the libraries open on Sundays.", "to keep the libraries open on Sundays"),
    # the noun in a verb conjoined to the infinitive: that verb's phrase
    ("The coach vowed to stay on and rebuild the team for next season.", "rebuild the team for next season"),
])
def test_the_action_a_pledge_commits_to_is_the_target(nlp, text, target):
    # rule pledged_action (issue 15's target64 round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target
    assert c.target_name is None


@pytest.mark.parametrize(("text", "target"), [
    # a threat is about the one threatened; a verb of position or undoing keeps its object
    ("The governor vowed to repeal the toll on the old bridge.", "the toll"),
    ("The mayor pledged to defend the old hospital.", "the old hospital"),
    ("The council pledged to fight for the fishermen.", "the fishermen"),
    ("The mayor promised to end the strike before the holidays.", "the strike"),
    # a negated pledge: what is refused
    ("The union vowed not to sign the contract this year.", "the contract"),
    # the noun in a clause the target span would leave out
    ("The mayor promised to pass a law that would force the banks to pay.", "the banks"),
])
def test_no_pledged_action_where_the_object_is_what_is_backed_or_refused(nlp, text, target):
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # "it is time to ...": the action the statement demands (rule time_clause, issue 15's twenty-ninth round)
    ('"It is time to repaint the lighthouse before the tourists return," the harbour master said.',
     "to repaint the lighthouse"),
    ("The senator said it is time to drop the toll on the old bridge.", "to drop the toll on the old bridge"),
])
def test_the_action_it_is_time_for_is_the_target(nlp, text, target):
    (c,) = nlp(text)._.claims
    assert c.target_text == target
    assert c.target_name is None


@pytest.mark.parametrize(("text", "target"), [
    # the cue is the verb of a relative clause: its statement is said of the clause's noun
    # (rule relative_topic, issue 15's twenty-ninth target round)
    ("The museum kept back two letters which the curators argued might upset the donors.", "two letters"),
    ("The flyer targeted Dr. Reyes, who she claims has treated the nurses badly for years.", "Dr. Reyes"),
])
def test_the_noun_a_relative_cue_is_said_of_is_the_target(nlp, text, target):
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # "Mayor Lin, who said ...": the relative pronoun is the one who speaks, not what is spoken of
    ("Mayor Lin, who said the budget would pass, left early.", "the budget"),
    # a clause that places the cue ("in which", "where"): the noun is the setting, not what is spoken of
    ("He gave a speech in which he urged the crowd to reject bad trade deals.", "the crowd"),
])
def test_a_relative_cue_of_the_speaker_or_a_setting_keeps_the_content_target(nlp, text, target):
    # the guards of rule relative_topic
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # no evaluation of the clause: "going to be", a noun the clause says something of
    ('"It is going to be a long fight for the governor," the aide said.', "the governor"),
    ('"It was a difficult pledge for the governor to keep," the aide said.', "the governor"),
    ('"It is the only way for the party to win the state," the chairman said.', "the party"),
])
def test_no_clause_target_after_a_predicate_that_does_not_evaluate_it(nlp, text, target):
    (c,) = nlp(text)._.claims
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target"), [
    # a noun of decision or plan with its clause is one target, where it is the subject or is chosen
    ("The union said the company's plan to move the jobs to Mexico was a disgrace.",
     "the company's plan to move the jobs to Mexico"),
    ("The decision to close the plant was a betrayal of the workers, the union said.",
     "The decision to close the plant"),
    ("The governor said the plan to merge the districts would save money.", "the plan to merge the districts"),
    # a subject noun of plan whose possessor was chosen: the plan
    ("Critics said the governor's housing plan would leave most renters worse off.", "the governor's housing plan"),
])
def test_a_noun_of_decision_or_plan_takes_its_clause(nlp, text, target):
    # rule plan_clause (issue 15's twenty-sixth target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target
    assert c.target_name is None


@pytest.mark.parametrize(("text", "target"), [
    # a gerund object of a main predicate of position or evaluation is what the statement judges
    ("The senator said she opposes raising the gas tax.", "raising the gas tax"),
    ("Republicans said they support ending the program next year.", "ending the program next year"),
    ('"We welcome lowering the price of insulin for every family," the nurses\' union said.',
     "lowering the price of insulin for every family"),
])
def test_a_gerund_object_of_a_position_is_the_target(nlp, text, target):
    # rule position_gerund (issue 15's twenty-sixth target round)
    (c,) = nlp(text)._.claims
    assert c.target_text == target
    assert c.target_name is None


@pytest.mark.parametrize(("text", "target"), [
    # a gerund after a verb that takes no position, or one with its own subject, is no target
    ("The mayor said the city will keep paying the contractors until June.", "the city"),
    ("The governor said he supports Mr. Alvarez running for the seat.", "Mr. Alvarez"),
])
def test_no_gerund_target_after_a_verb_of_no_position(nlp, text, target):
    (c,) = nlp(text)._.claims
    assert c.target_text == target


def _labelled(en_nlp, text, labels):
    """The token table of ``text`` with its entities set by hand: (words, label, occurrence) each."""
    doc = en_nlp(text)
    spans = []
    for words, label, nth in labels:
        at = -1
        for _ in range(nth + 1):
            at = text.index(words, at + 1)
        spans.append(doc.char_span(at, at + len(words), label=label))
    doc.ents = spans
    return TokenTable(doc)


def test_he_reads_a_name_labelled_an_organisation_that_is_a_person_elsewhere(en_nlp):
    # rule person_elsewhere: the small model labels "Paul Trask" a person and "Trask" an organisation; the
    # "he" after the second is Trask, not the man whose words were reported between them (no "she" is)
    text = ('Paul Trask won the county easily, Ray Bell told reporters. The result puts Trask ahead of the '
            'field. "He earned every vote," Ada Lane said.')
    table = _labelled(en_nlp, text, [("Paul Trask", "PERSON", 0), ("Ray Bell", "PERSON", 0), ("Trask", "ORG", 1),
                                     ("Ada Lane", "PERSON", 0)])
    bell = _mentioned("s2", "Ray Bell", text, "Ray Bell")
    lane = _mentioned("s1", "Ada Lane", text, "Ada Lane")
    he = next(t.i for t in table.doc if t.text == "He")
    assert acts.resolve_target(table, he, [lane, bell], {"speaker": "s1", "direct": True}) == (None, "Trask")
    she = _labelled(en_nlp, text.replace('"He', '"She'), [("Paul Trask", "PERSON", 0), ("Ray Bell", "PERSON", 0),
                                                          ("Trask", "ORG", 1), ("Ada Lane", "PERSON", 0)])
    at = next(t.i for t in she.doc if t.text == "She")
    assert acts.resolve_target(she, at, [lane, bell], {"speaker": "s1", "direct": True})[0] != "s2"


def test_he_is_never_a_building_named_like_a_person(en_nlp):
    # rule building_name: "Harlan Tower" labelled a person is a building: "he" is the man named before it
    text = 'Tom Bell spoke at Harlan Tower on Monday. "He will win this state," Ada Lane said.'
    table = _labelled(en_nlp, text, [("Tom Bell", "PERSON", 0), ("Harlan Tower", "PERSON", 0),
                                     ("Ada Lane", "PERSON", 0)])
    lane = _mentioned("s1", "Ada Lane", text, "Ada Lane")
    he = next(t.i for t in table.doc if t.text == "He")
    assert acts.resolve_target(table, he, [lane], {"speaker": "s1", "direct": True}) == (None, "Tom Bell")


def test_he_is_never_a_group_named_like_a_person(en_nlp):
    # rule group_name: "Latinos" labelled a person is a group, so the "he" of the next quote is the senator
    text = 'Sen. Tom Bell has drawn Latinos to his side. "He understands them," Ada Lane said.'
    table = _labelled(en_nlp, text, [("Tom Bell", "PERSON", 0), ("Latinos", "PERSON", 0), ("Ada Lane", "PERSON", 0)])
    lane = _mentioned("s1", "Ada Lane", text, "Ada Lane")
    he = next(t.i for t in table.doc if t.text == "He")
    assert acts.resolve_target(table, he, [lane], {"speaker": "s1", "direct": True}) == (None, "Tom Bell")
    # nor is a speaker entity of that name ("Latinos" said ...) one person
    latinos = _mentioned("s2", "Latinos", text, "Latinos")
    bell = _mentioned("s3", "Tom Bell", text, "Tom Bell")
    found = acts.resolve_target(table, he, [lane, bell, latinos], {"speaker": "s1", "direct": True})
    assert found == ("s3", "Tom Bell")


def test_he_is_never_a_family_named_by_its_surname(en_nlp):
    # rule group_name: "the Hales" after "Ann Hale" is her family, not the man a "he" stands for
    text = 'Tom Bell dined with Ann Hale on Friday at a party the Hales gave. "He was gracious," she said.'
    table = _labelled(en_nlp, text, [("Tom Bell", "PERSON", 0), ("Ann Hale", "PERSON", 0), ("Hales", "PERSON", 0)])
    hale = _mentioned("s1", "Ann Hale", text, "Ann Hale", "she")
    he = next(t.i for t in table.doc if t.text == "He")
    assert acts.resolve_target(table, he, [hale], {"speaker": "s1", "direct": True}) == (None, "Tom Bell")


def test_he_after_a_family_is_its_man(en_nlp):
    # rule group_name: "the Hales" after "Tom Hale and Ann Hale" is the family; its "he" is Tom Hale
    text = 'Tom Hale and Ann Hale hosted the dinner. Ray Bell thanked the Hales. "He was gracious," Ada Lane said.'
    table = _labelled(en_nlp, text, [("Tom Hale", "PERSON", 0), ("Ann Hale", "PERSON", 0), ("Ray Bell", "PERSON", 0),
                                     ("Hales", "PERSON", 0), ("Ada Lane", "PERSON", 0)])
    lane = _mentioned("s1", "Ada Lane", text, "Ada Lane")
    ann = _mentioned("s2", "Ann Hale", text, "Ann Hale")  # her surname matches "Tom Hale": not his entity
    he = next(t.i for t in table.doc if t.text == "He")
    assert acts.resolve_target(table, he, [lane, ann], {"speaker": "s1", "direct": True}) == (None, "Tom Hale")


@pytest.mark.parametrize(("text", "surname"), [
    ('Tom Bell met Sanders on Monday. "He was kind," Ada Lane said.', "Sanders"),  # a sander is a tool
    ('John Roberts spoke first. Tom Bell then met Roberts. "He was kind," Ada Lane said.', "Roberts"),
])
def test_a_surname_in_s_is_still_one_person(en_nlp, text, surname):
    # rule group_name: a surname ending in "s" is a group only where its singular ends another name of the
    # article or is a noun of a kind of person that no name with a forename ends in ("John Roberts")
    labels = [(w, "PERSON", 0) for w in ("Tom Bell", "Ada Lane", "John Roberts") if w in text]
    labels.append((surname, "PERSON", text.count(surname) - 1))
    table = _labelled(en_nlp, text, labels)
    lane = _mentioned("s1", "Ada Lane", text, "Ada Lane")
    he = next(t.i for t in table.doc if t.text == "He")
    assert acts.resolve_target(table, he, [lane], {"speaker": "s1", "direct": True}) == (None, surname)


def test_they_is_no_group_named_paragraphs_before(en_nlp):
    # rule distant_group: a union named four paragraphs back is not whom a "they" of a quote means
    text = ('The Harbor Union backed the plan in May.\n\nThe vote is set for June.\n\nCouncil members met twice.'
            '\n\nThe mayor stayed away.\n\n"They will regret this," Ada Lane said.')
    union = _mentioned("s2", "The Harbor Union", text, "The Harbor Union", kind="ORG")
    lane = _mentioned("s1", "Ada Lane", text, "Ada Lane")
    table = TokenTable(en_nlp(text))
    they = next(t.i for t in table.doc if t.text == "They")
    assert acts.resolve_target(table, they, [lane, union], {"speaker": "s1", "direct": True}) == (None, None)
    near = text.replace("\n\nThe vote is set for June.\n\nCouncil members met twice.", "")
    table = TokenTable(en_nlp(near))
    they = next(t.i for t in table.doc if t.text == "They")
    union = _mentioned("s2", "The Harbor Union", near, "The Harbor Union", kind="ORG")
    lane = _mentioned("s1", "Ada Lane", near, "Ada Lane")
    assert acts.resolve_target(table, they, [lane, union], {"speaker": "s1", "direct": True})[0] == "s2"


@pytest.mark.parametrize(("text", "content", "name"), [
    # the subject of the sentence before, not the last man it named (an object, a conjunct)
    ("Among the donors' favourites, Governor Paul Okafor ranks behind Peter Lind and Marcus Hale for cash on "
     "hand. A strong autumn might lift him past both by winter, the strategist Tom Reyes predicted.",
     "A strong autumn might lift him past both by winter", "Paul Okafor"),
])
@pytest.mark.xfail(reason="the nearest person named stays; a rule for the sentence before's most prominent person "
                   "(prominent_before) was judged blind 17 right / 12 wrong on PolNeAR train and not kept")
def test_a_pronoun_reads_as_the_most_prominent_person_of_the_sentence_before(nlp, text, content, name):
    (c,) = [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text == content]
    assert c.target_name == name


def test_the_subject_pronoun_of_an_accusation_is_the_speaker_own(nlp):
    # rule accuser_self: in the mayor's accusation "his rivals" are his own, not those of the governor named
    # two sentences before (the nearest person, which an accusation's pronoun is read as without the rule)
    text = ("Governor Paul Lind signed the budget in May. The vote drew little notice at the time. Mayor Tom "
            "Reyes charged that his rivals on the council had lied to voters about the budget.")
    (c,) = [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text.startswith("his rivals")]
    assert (c.act, c.target_text, c.target_name) == ("accuse", "his rivals on the council", None)


@pytest.mark.xfail(reason="accuser_self's fixes for a man named the sentence before and a relative or participle cue "
                   "were judged worse on PolNeAR train (16 targets: 0 new / 6 old / 1 both / 9 neither)")
def test_accuser_self_not_after_a_man_named_the_sentence_before(nlp):
    # rule accuser_self: a man named in the sentence just before may be whom "his" stands for; the nearest
    # person is kept (with the rule reading the speaker's own, the target was "his office", no name)
    text = ("Senator Paul Lind voted against the flood bill on Monday. Mayor Tom Reyes told reporters that his "
            "office had hidden the losses from voters.")
    (c,) = [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text.startswith("his office")]
    assert (c.act, c.target_name) == ("accuse", "Paul Lind")


@pytest.mark.xfail(reason="accuser_self's fixes for a man named the sentence before and a relative or participle cue "
                   "were judged worse on PolNeAR train (16 targets: 0 new / 6 old / 1 both / 9 neither)")
def test_accuser_self_reads_the_speaker_of_a_participle_cue(nlp):
    # rule accuser_self: the speaker of "saying" is the subject of the verb it hangs from (as reported_self
    # reads it), so "his staff" is the mayor's own and the target is what he faults, not the governor
    text = ("Governor Paul Lind signed the budget in May. The vote drew little notice at the time. Mayor Tom "
            "Reyes faulted the council, saying his staff had found the missing funds.")
    (c,) = [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text.startswith("his staff")]
    assert (c.act, c.target_text, c.target_name) == ("accuse", "the council", None)


@pytest.mark.parametrize(("text", "name"), [
    # the tagger's entity runs over a curly "’s": the target's name is the person's, without it
    ("Tom Hale said he admired Ann Price’s courage.", "Ann Price"),
    ("The senator said she had always opposed Ronald Reagan’s tax cuts.", "Ronald Reagan"),
])
def test_a_target_name_has_no_possessive_ending(nlp, text, name):
    """Rule ``possessive_target_name`` (:func:`claimex.pipeline.claims._target_name`)."""
    (c,) = claimex.extract(text, nlp=nlp).claims
    assert c.target_name == name


def test_a_singular_pronoun_is_no_plural_speaker(nlp):
    """Rule ``pronoun_number`` (:func:`claimex.pipeline.acts._antecedent`): a "she" target is read as the one
    woman named, not as the described group that spoke last."""
    text = ("Mayor Dana Whitlock defended the bus plan on Monday. Several members of the transit board said "
            "the plan was rushed. \"She has ignored the riders for months,\" said Tom Reyes, a driver.")
    doc = nlp(text)
    claim = next(c for c in doc._.claims if "ignored" in c.content_text)
    assert claim.target_text == "She"
    assert claim.target_name == "Dana Whitlock"


def test_a_surname_takes_the_gender_the_article_gives_it(nlp):
    """Rule ``surname_gender`` (:func:`claimex.pipeline.acts.surname_gender`): a bare surname named last
    before a "she" is no antecedent where the article names that man in full; the "she" is the woman."""
    text = ("Linda Moreno and Frank Dunn met farmers in the valley on Tuesday. Moreno praised the water deal "
            "that Dunn had drafted. \"She has never once visited our fields,\" said Tom Reyes, a grower.")
    doc = nlp(text)
    claim = next(c for c in doc._.claims if "visited" in c.content_text)
    assert claim.target_text == "She"
    assert claim.target_name == "Linda Moreno"


@pytest.mark.parametrize(("text", "content_word", "target", "name"), [
    ("Laura Kemp, the county treasurer, said on Monday that the budget would balance by spring. Her husband, "
     "Daniel Kemp, runs a hardware store in town. A rival candidate, Ruth Okafor, said Mr. Kemp had broken the "
     "zoning rules twice.", "zoning", "Mr. Kemp", "Daniel Kemp"),
    ("Victor Hale, the mill's owner, told the council on Friday that the plant would stay open. His wife, "
     "Susan Hale, chairs the library board. A neighbour, Sam Ortiz, said Mrs. Hale had ignored the petition "
     "for months.", "petition", "Mrs. Hale", "Susan Hale"),
    # the woman is named by her title alone: the name as written, not the man of that surname
    ("Gerald Rowe, the school board's president, said on Tuesday that the new wing would open in the fall. "
     "A parent, Lisa Grant, said Ms. Rowe had never answered her letters.", "letters", "Ms. Rowe", "Ms. Rowe"),
])
def test_a_title_tells_which_of_a_family_a_surname_is(nlp, text, content_word, target, name):
    """Rule ``title_gender`` (:func:`claimex.pipeline.acts.titled_name`): a target name after "Mr." / "Mrs."
    is not the speaker entity of that surname of the other gender, but the one of the article the title
    tells."""
    doc = nlp(text)
    claim = next(c for c in doc._.claims if content_word in c.content_text)
    assert (claim.target_text, claim.target_name) == (target, name)


@pytest.mark.parametrize(("text", "target"), [
    # the speaker's own position taken toward the object, not a noun phrase of another clause
    ("Crime in the valley should never be ignored by the county, and we call on the council to firmly reject "
     "this reckless budget, the sheriff said.", "this reckless budget"),
    ('"Farmers in the north deserve better, and I oppose the new water tariff," the senator said.',
     "the new water tariff"),
    ('"Ms. Ortega and her staff have worked hard, but I will oppose the merger of the two districts," the mayor '
     "said.", "the merger of the two districts"),
    ('"Rents in the city have doubled, and I support the tenants\' union," she said.', "the tenants' union"),
])
def test_the_object_of_the_speaker_s_position_is_the_target(nlp, text, target):
    # rule position_object (issue 15's target38 round)
    claims = nlp(text)._.claims
    assert target in [c.target_text for c in claims]


@pytest.mark.parametrize(("text", "target"), [
    # what a poll or study found, not the poll or the one who ran it
    ("Their study found that the new clinics had cut waiting times, the doctors said.", "the new clinics"),
    ("The group said its analysis of voter registration finds that 12 counties are leaning Democratic.",
     "12 counties"),
    ("A new survey suggests that voters have soured on the tax plan, Smith said.", "voters"),
])
def test_what_a_poll_found_is_the_target(nlp, text, target):
    # rule finding_content (issue 15's target39 round)
    claims = nlp(text)._.claims
    assert [c.target_text for c in claims] == [target]



def test_a_number_of_people_is_no_poll(nlp):
    # rule finding_content: "a number of" is a quantity, the people stay the target
    claims = nlp("A number of parents are finding the new schedule hard to follow, the principal said.")._.claims
    assert [c.target_text for c in claims] == ["parents"]


def test_first_preds_are_the_content_s_main_predicates_in_its_first_sentence(en_nlp):
    # read once a statement (Statement.first_preds) for the rules that look there for what it is about
    doc = en_nlp("The clerk said the ferry runs late. The drivers know it and the mayor ignores it.")
    table = TokenTable.of(doc)
    said = next(t.i for t in doc if t.text == "said")
    runs, know, ignores = (next(t.i for t in doc if t.text == w) for w in ("runs", "know", "ignores"))
    content = [t.i for t in doc if t.i > said and not t.is_punct]
    st = acts.Statement(table=table, content=content, preds=[runs, know, ignores], cue=said, cue_act="assert",
                        act_root=said, negative=False, cues={})
    assert st.first_preds == [runs]
    assert st.first_preds is st.first_preds  # found once
    empty = acts.Statement(table=table, content=[], preds=[runs], cue=said, cue_act="assert", act_root=said,
                           negative=False, cues={})
    assert empty.first_preds == []


def test_pred_roots_are_the_roots_a_walk_up_finds(en_nlp):
    # rule "pred_roots": each main predicate's root, as targets._root finds it from the predicate
    doc = en_nlp("The board voted on Tuesday, and the union, which had warned of a strike, said it would appeal. "
                 "Nobody expects a quick ruling.")
    table = TokenTable.of(doc)
    preds = list(range(len(doc)))
    assert targets._pred_roots(table, preds) == {p: targets._root(table, p) for p in preds}


def test_pred_roots_leave_out_a_root_further_up_than_a_candidate_may_walk(en_vocab_doc_chain):
    # a chain of heads longer than _root walks: no root for the predicate at its foot, so that a candidate
    # below it walks up itself (and stops where _root stops)
    table = TokenTable.of(en_vocab_doc_chain)
    foot, top = 0, len(en_vocab_doc_chain) - 1
    assert targets._pred_roots(table, [foot, top - 10]) == {top - 10: top}
    assert targets._root(table, foot) == targets._ROOT_STEPS  # the walk stops there, not at the root


@pytest.fixture
def en_vocab_doc_chain(en_nlp):
    from spacy.tokens import Doc

    n = targets._ROOT_STEPS + 10  # each word's head is the next one; the last is the root
    return Doc(en_nlp.vocab, words=[f"w{k}" for k in range(n)], heads=[min(k + 1, n - 1) for k in range(n)],
               deps=["dep"] * (n - 1) + ["ROOT"])


@pytest.mark.parametrize(("word", "later"), [("budget", False), ("mayor", True), ("parks", True)])
def test_a_candidate_after_the_content_s_first_sentence_is_marked_later(en_nlp, word, later):
    # the feature "later_sentence", read through the predicates' roots (rule "pred_roots") or a walk up
    doc = en_nlp("The treasurer said the budget is short. The mayor will close the parks.")
    table = TokenTable.of(doc)
    said = next(t.i for t in doc if t.text == "said")
    preds = [next(t.i for t in doc if t.text == w) for w in ("is", "close")]
    content = [t.i for t in doc if t.i > said and not t.is_punct]
    st = acts.Statement(table=table, content=content, preds=preds, cue=said, cue_act="assert", act_root=said,
                        negative=False, cues={})
    ctx = targets._Context.of(st, None, None, None, {})
    i = next(t.i for t in doc if t.text == word)
    assert ("later_sentence" in targets.base_features(st, ctx, i, 0)) is later


def test_a_reported_she_is_not_a_man_the_article_calls_he(nlp):
    """Rule ``self_gender`` (:func:`claimex.pipeline.acts.resolve_target`): "X said she ..." is the speaker
    only where the speaker may be a "she"; a man whose forename is none of the known ones is one by his own
    "he" mentions (:func:`claimex.pipeline.acts.mention_gender`), and the "she" is the woman named before."""
    text = ("Pollster Dov Tamsin has studied the race for years. \"The numbers are moving,\" he said. Tamsin "
            "noted that Maria Lopez has recovered from slumps before and said she can do so again.")
    doc = nlp(text)
    claim = next(c for c in doc._.claims if c.content_text == "she can do so again")
    assert claim.target_text == "she"
    assert claim.target_name == "Maria Lopez"


@pytest.mark.parametrize(("text", "content", "name"), [
    # two names conjoined as the subject of the sentence before
    ("Ms. Vance and Mr. Ortiz first met in 2009 at a fundraiser in Denver. They hit it off at once, said Laura "
     "Kim, a friend of both.", "They hit it off at once", "Vance and Ortiz"),
    # a "he" and a noun of a person, in the pronoun's own sentence; the "he" is named as read
    ("Mark Dunn told the Daily Ledger that he and the nurse had been close since the spring, but he said they had "
     "never argued.", "they had never argued", "Mark Dunn and the nurse"),
])
def test_a_they_stands_for_the_pair_of_people_conjoined_before_it(nlp, text, content, name):
    # rule conjoined_pair (issue 15's target47 round): not the paper named before, not nobody
    c = next(c for c in nlp(text)._.claims if c.content_text == content)
    assert (c.target_text.lower(), c.target_entity, c.target_name) == ("they", None, name)


@pytest.mark.parametrize(("text", "content", "target", "name"), [
    # the people a message went to, not the party named before
    ("The Green Party apologised on Monday. Senator Lee sent a message to his volunteers in Ohio, asking them "
     "not to march inside the hall.", "them not to march inside the hall", "them", "his volunteers"),
    # a spokesman's "they" for the people he spoke of
    ("Mark Dunn, a spokesman for the Green Party, said his volunteers had worked hard. They deserve a rest, he "
     "said.", "They deserve a rest", "They", "his volunteers"),
])
def test_a_they_stands_for_the_people_named_nearer_than_a_group(nlp, text, content, target, name):
    # rule plural_people (issue 15's target47 round)
    c = next(c for c in nlp(text)._.claims if c.content_text == content)
    assert (c.target_text, c.target_entity, c.target_name) == (target, None, name)


@pytest.mark.parametrize(("text", "content"), [
    # one person in two clauses is no pair, and the subsidies are nearer
    ("The Green Party met on Monday. The mayor wants to end the farm subsidies, and she said they are a waste "
     "of money.", "they are a waste of money"),
    # the speaker's own: the voters are the half that answered
    ("The Marist poll was released on Friday. Half of the voters said they felt cheated.", "they felt cheated"),
])
def test_a_they_keeps_its_reading_where_no_pair_or_people_stand_nearer(nlp, text, content):
    c = next(c for c in nlp(text)._.claims if c.content_text == content)
    assert (c.target_text, c.target_name) == ("they", None)


def _possessive_statement(en_nlp, text, cue_word, pred_word, after):
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    cue = next(t.i for t in doc if t.text == cue_word)
    pred = next(t.i for t in doc if t.text == pred_word)
    start = next(t.i for t in doc if t.text == after) + 1
    end = len(doc) if cue < start else next(t.i for t in doc if t.text == "," and t.i > start)
    content = [t.i for t in doc if start <= t.i < end and not t.is_punct]
    st = acts.Statement(table=table, content=content, preds=[pred], cue=cue, cue_act="assert", act_root=cue,
                        negative=False, cues={}, direct=False, mixed=False)
    his = next(t.i for t in doc if t.text in ("his", "her") and t.i >= start)
    return st, his


@pytest.mark.parametrize(("text", "cue", "pred", "after", "entity"), [
    # the possessive in a clause whose subject is the speaker's own "he" is the speaker's, not the rival named
    # last (rule bound_possessive; at 766bee7 the name shown is the rival's)
    ("Alan Pryce told reporters after his loss to Tom Avery that he would not run a dirty race in his state.",
     "told", "run", "that", "s1"),
    ("Alan Pryce said on Monday, after a long call with Tom Avery, that he and his aides had been careful about "
     "every word.", "said", "been", "that", "s1"),
    # a person named between the subject and the possessive: left as read (the object may be whose it is)
    ("Tom Avery wrote the rule in March. Alan Pryce said that he called Avery to learn more about his argument.",
     "said", "called", "that", "s2"),
    # the subject stands before the cue and is read as the speaker: no binding to the speaker
    ("Tom Avery studied at the academy. He had finished his first year, Alan Pryce said.", "said", "finished",
     "academy", "s2"),
])
def test_a_possessive_is_bound_by_the_he_of_its_own_clause(en_nlp, text, cue, pred, after, entity):
    pryce = _mentioned("s1", "Alan Pryce", text, "Alan Pryce")
    avery = _mentioned("s2", "Tom Avery", text, "Tom Avery")
    speakers = [pryce, avery]
    if "Avery to" in text:
        at = text.index("Avery to")
        avery["mentions"].append([at, at + 5])
    st, his = _possessive_statement(en_nlp, text, cue, pred, after)
    about = {"speaker": "s1", "content": [0, 0], "act": "assert", "direct": False}
    read = targets.acts.resolve_target(st.table, his, speakers, {**about, "self": False})
    bound = targets.bound_possessive(st, "assert", his, *read, speakers, about)
    assert bound[0] == entity
    if entity == "s1":  # the reading the rule mends: the other man, named last
        assert read[0] == "s2"


@pytest.mark.parametrize(("text", "content", "target"), [
    # the rules proposed the article of a place name: the target showed as "the"
    ("Maria Lopez said a carbon tax in the United States could replace all the rules businesses hate so much.",
     "a carbon tax in the United States could replace all the rules businesses hate so much", "the United States"),
    # a nationality's first word hung on the noun after it: the target showed as "Central"
    ("\u201cThe trouble with the [Central American Minors] program is the waiting list,\u201d she said.",
     "The trouble with the [Central American Minors] program is the waiting list,",
     "Central American Minors"),
])
def test_an_inner_word_of_an_entity_is_never_the_target_alone(nlp, text, content, target):
    """Rule ``entity_head``: an article or first word of a named entity chosen as the head shows the entity
    (or the noun the entity names a kind of), not the one word."""
    (c,) = [c for c in claimex.extract(text, nlp=nlp).claims if c.content_text == content]
    assert c.target_text == target


def test_entity_head_leaves_a_whole_name_and_a_plain_noun_alone(en_nlp):
    doc = en_nlp("The mayor said the Trump campaign had misled voters in the United States.")
    table = TokenTable.of(doc)
    try:
        words = [t.text for t in doc]
        trump, voters, the = words.index("Trump"), words.index("voters"), len(words) - 4
        assert words[the] == "the" and words[the + 1] == "United"
        assert targets.entity_head(table, trump) == trump  # one-word name modifying a noun: kept
        assert targets.entity_head(table, voters) == voters
        assert words[targets.entity_head(table, the)] == "States"
    finally:
        TokenTable.forget(doc)
    doc = en_nlp("She said African-American voters will decide it.")
    table = TokenTable.of(doc)
    try:  # not across a hyphen: the walk would land on the mark, which shows no target at all
        assert targets.entity_head(table, 2) == 2
    finally:
        TokenTable.forget(doc)


@pytest.mark.parametrize(("text", "name"), [
    # the one whose fondness it is, not the man it is for (at 91c9bce: "Carl Ortiz")
    ('Tom Reyes cited Mark Dunn\'s fondness for Carl Ortiz as a danger. "He is talking too much," Reyes said.',
     "Mark Dunn"),
    # the subject of the clause whose object owns the name named last (at 91c9bce: "Alan Avery")
    ('Laura Vance said Peter Holt could help mend Alan Avery\'s ties with the unions. "He is a quiet man," Vance '
     'said.', "Peter Holt"),
    ('Peter Holt attached his amendments to a bill by Alan Avery last year. "He knows how to build a coalition," '
     'said Laura Vance, a former aide.', "Peter Holt"),
])
def test_a_quoted_he_is_the_person_whose_phrase_names_the_last_man(nlp, text, name):
    # rule phrase_owner (issue 15's target50 round)
    c = next(c for c in nlp(text)._.claims if c.content_text.startswith("He "))
    assert (c.target_text, c.target_name) == ("He", name)


@pytest.mark.parametrize(("text", "name"), [
    # a name of comparison or time; the subject "he" of the quote before is read past it (at 22737d2: "Avery")
    ('"Peter Holt is the strongest nominee since Alan Avery," Laura Vance tells the paper. "He is the man we have '
     'hoped for since Avery." "He is all we asked for in a nominee," Vance adds.', "Peter Holt"),
    # a name inside the description of the subject (at 22737d2: "Alan Avery")
    ('Few voters know Peter Holt. He worked for years as counsel to Sen. Alan Avery. "He is a quiet man," said '
     'Laura Vance.', "Peter Holt"),
    ('Peter Holt, who served as counsel to Sen. Alan Avery, entered the race on Monday. "He is a quiet man," said '
     'Laura Vance.', "Peter Holt"),
    # the man the main clause acts on, not one named deep in its relative clause (an xfail of prominent_before's)
    ('Her choice of school angered her uncle, Paul Diaz, who had fled the island after agents of Carlos Vera beat '
     'him. "He saw it as a slight on the family," Ana Ruiz wrote.', "Paul Diaz"),
])
def test_a_quoted_he_is_not_a_name_named_in_passing(nlp, text, name):
    # rule passing_name (issue 15's target53 round)
    c = next(c for c in nlp(text)._.claims if c.content_text.startswith(("He is ", "He saw ")))
    assert (c.target_text, c.target_name) == ("He", name)


def test_a_quoted_he_keeps_a_passing_name_where_the_speaker_is_described(nlp):
    # the description is the speaker's own: as read
    text = 'Laura Vance, a former aide to Alan Avery, spoke on Monday. "He is a hard man to like," Vance said.'
    c = next(c for c in nlp(text)._.claims if c.content_text.startswith("He "))
    assert (c.target_text, c.target_name) == ("He", "Alan Avery")


@pytest.mark.parametrize("text", [
    # the phrase hangs from the speaker: as read
    'Mark Dunn spoke highly of Carl Ortiz on Monday. "He is a bright man," Dunn said.',
    # the subject names no person by name: as read
    'The mayor met with Carl Ortiz on Monday. "He is a bright man," said Laura Vance, a former aide.',
])
def test_a_quoted_he_keeps_the_name_where_no_other_person_owns_its_phrase(nlp, text):
    c = next(c for c in nlp(text)._.claims if c.content_text.startswith("He "))
    assert (c.target_text, c.target_name) == ("He", "Carl Ortiz")


@pytest.mark.parametrize(("text", "start", "target"), [
    # a quotation of the name alone, the statement in the next one (at 3d53754: "My dear ...")
    ('"My dear Ellen Ward," the pastor says in the video. "We are here tonight praying for Governor Tom Hale."',
     "My dear", "Governor Tom Hale"),
    ('"Your Honor," the lawyer said, "no client of mine has ever lost a plea deal so late in a trial."',
     "Your Honor", "a plea deal"),
    # a vocative before a statement of the speaker's plans
    ('"Sir, we will fight the new tax in every court," the clerk said.', "Sir", "the new tax"),
])
def test_the_one_spoken_to_gives_way_to_what_the_statement_is_about(nlp, text, start, target):
    # rule addressed_aside (issue 15's target55 round)
    c = next(c for c in nlp(text)._.claims if c.content_text.startswith(start))
    assert c.target_text == target


@pytest.mark.parametrize(("text", "start", "target"), [
    # the sentence speaks to the one it calls by name as "you": it is about them
    ('"Dan, you are a disgrace to this town," the mayor said.', "Dan", "Dan"),
    # the rest is the speaker's own: a message to the one spoken to
    ('"Boston, we are back with our whole team," the coach wrote.', "Boston", "Boston"),
    # a "you" in the next sentence of the content is still the one called by name
    ('"Denver, we have already arrived with our whole team. Decide how your season will end," the coach wrote.',
     "Denver", "Denver"),
    # the one ordered is the one who is to act
    ('"Senator Ruiz, tear down this fence!" the mayor said.', "Senator Ruiz", "Senator Ruiz"),
    ('"Look, it is easy for you to talk, Dan," he said.', "Look", "Dan"),
    # a subject set off by a parenthesis or an apposition is no vocative
    ('"Reyes, a graduate of the state law school, has argued many cases before the court," the aide said.', "Reyes",
     "Reyes"),
])
def test_the_one_spoken_to_stays_where_the_statement_is_about_them(nlp, text, start, target):
    c = next(c for c in nlp(text)._.claims if c.content_text.startswith(start))
    assert c.target_text == target


@pytest.mark.parametrize(("text", "target", "name"), [
    # rule addressed_you (issue 15's target61 round): the quote's "you" is the one the cue says it to
    ('"You have broken every promise to this town," Senator Ada Reyes told Mr. Hale at the dinner.', "Mr. Hale",
     "Hale"),
    ('"You have misled this town!" Tom Wells shouted at Dana Hale during the speech.', "Dana Hale", "Dana Hale"),
    ('"Your plan is a fraud," Tom Wells said to Dana Hale on Monday.', "Dana Hale", "Dana Hale"),
    # a word of address is no name: the one told is the one spoken to
    ('"Man, you have outdone yourself tonight," Tom Wells told Carl Ortiz at the gala.', "Carl Ortiz", "Carl Ortiz"),
])
def test_a_quoted_you_is_the_one_the_cue_says_it_to(nlp, text, target, name):
    c = next(c for c in nlp(text)._.claims if c.content_text[0] in "YM")
    assert (c.target_text, c.target_name) == (target, name)


@pytest.mark.parametrize(("text", "target"), [
    # a network is told, not spoken to as "you"; a clause reported with "that": as read
    ('"You have to weigh the offer with care," Tom Wells told CNN on Monday.', "the offer"),
    ('Tom Wells told Dana Hale that "you have to weigh the offer with care."', "the offer"),
    # a demand is about what it asks for (a training reader's value)
    ('"You need to close the plant by the spring," Tom Wells told Dana Hale at the dinner.', "the plant"),
    # "you know": the hearer is to take in what follows, which the statement is about
    ('"You know what happened last spring. Carl Ortiz voted against the budget," Tom Wells told the workers.',
     "Carl Ortiz"),
    # the quote names the one it speaks to: the vocative is read
    ('"Mr. Hale, you said the plan would fail," Tom Wells asked Hale.', "Mr. Hale"),
])
def test_a_quoted_you_said_to_no_one_named_is_read_as_before(nlp, text, target):
    c = next(c for c in nlp(text)._.claims if c.content_text.lower().startswith(("you", "mr.")))
    assert c.target_text == target


@pytest.mark.parametrize(("text", "start", "target"), [
    # rule passive_accused (issue 15's target62 round): the one an accusing cue in the passive blames
    ("The harbour master is accused of a fraud at the port that cost the town two million dollars.", "a fraud",
     "The harbour master"),
    ("Mayor Dana Hale has been criticized by her rivals for skipping the budget hearings last spring.", "skipping",
     "Mayor Dana Hale"),
    ("The board approved a plan that has been criticized for raising fees on small farms.", "raising", "a plan"),
    # a headline's passive has no "is"
    ("Port Authority Accused Of Hiding Losses From The Council.", "Hiding", "Port Authority"),
])
def test_the_one_accused_in_the_passive_is_the_target(nlp, text, start, target):
    c = next(c for c in nlp(text)._.claims if c.content_text.startswith(start))
    assert (c.act, c.target_text) == ("accuse", target)


@pytest.mark.parametrize(("text", "word", "spoken_to"), [
    ('"Sir, we will stay and fight," he said.', "Sir", True),
    ('"Gov. Hale, call me back if you are free!" she wrote.', "Hale", True),
    ('"I have run this town for years, folks, and I will run it again," he said.', "folks", True),
    ('"Voters, do not trust the mayor," she said.', "Voters", True),
    ('"Last year, the council cut the budget," she said.', "year", False),
    ('"The senator, quite simply, saved the program," he said.', "senator", False),
    ('She urged people to call "that person," the mayor, at once.', "person", False),
])
def test_vocative_is_a_name_set_off_at_a_quotations_edge(en_nlp, text, word, spoken_to):
    doc = en_nlp(text)
    table = TokenTable.of(doc)
    try:
        i = next(t.i for t in doc if t.text == word)
        assert targets.vocative(table, i) is spoken_to
    finally:
        TokenTable.forget(doc)

def test_choose_looks_for_the_light_and_said_about_features_only_where_a_candidate_can_have_them(
        en_nlp, analyzer, monkeypatch):
    # the context of a statement's candidates tells whether any of them has a light noun's feature, and the noun
    # the cue says it is about: with neither, no candidate's features hold them, and the choice is unchanged
    seen = []
    real = targets._candidates

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        found, ctx = real(*args, **kwargs)
        seen.append((found, ctx))
        return found, ctx

    monkeypatch.setattr(targets, "_candidates", recorded)
    light = analysed(en_nlp, analyzer, "The mayor said it would take some time to repair the bridge.",
                     "it would take some time to repair the bridge", "said")
    plain = analysed(en_nlp, analyzer, "The mayor said the council had cut the budget.",
                     "the council had cut the budget", "said")
    text = '"He is not fit to run a bake sale," the senator said of Mr. Hale.'
    said = analysed(en_nlp, analyzer, text, "He is not fit to run a bake sale", "said")
    (light_found, light_ctx), (plain_found, plain_ctx), (said_found, said_ctx) = seen
    assert light_ctx.light and any(targets.LIGHT in c.features for c in light_found)
    assert light["target_text"] != "some time"
    assert not plain_ctx.light and not any(targets.LIGHT in c.features for c in plain_found)
    assert plain_ctx.about is None and not any(targets.SAID_ABOUT in c.features for c in plain_found)
    assert plain["target_text"] == "the council"
    assert said_ctx.about is not None and any(targets.SAID_ABOUT in c.features for c in said_found)
    assert said["target_text"] == "Mr. Hale"


@pytest.mark.parametrize(("text", "target"), [
    ('The union sent reporters a link to the video with one line: "THIS IS NOT OK."', "the video"),
    ('The council emailed the press a copy of the letter with one sentence: "This is wrong."', "the letter"),
])
def test_a_bare_demonstrative_gives_way_to_another_candidate(nlp, text, target):
    # rule demonstrative_aside (issue 15's target57 round): a "this" standing alone points at something said
    (c,) = nlp(text)._.claims
    assert c.target_text == target


def test_a_bare_demonstrative_alone_stays(nlp):
    # rule demonstrative_aside's guard: with no other candidate the demonstrative stays
    (c,) = nlp('"This is extremely irresponsible," the senator said.')._.claims
    assert c.target_text == "This"


@pytest.mark.parametrize(("word", "agent"), [("senator", True), ("elites", True), ("levy", False),
                                             ("class", False), ("Harrow", True), ("they", True)])
def test_agent_feature_calls_is_agent_only_for_a_possible_agent_noun(en_nlp, word, agent):
    # speed56 (rule "agent_lemmas"): a common noun outside an entity is an agent only with a lemma of
    # acts.AGENT_NOUN_LEMMAS, so _kind_features asks is_agent of no other; the feature is what is_agent says
    doc = en_nlp("The senator said the party elites want a levy on the class in Harrow, and they will vote.")
    table = TokenTable.of(doc)
    said = next(t.i for t in doc if t.text == "said")
    content = [t.i for t in doc if t.i > said and not t.is_punct]
    preds = [next(t.i for t in doc if t.text == "want")]
    st = acts.Statement(table=table, content=content, preds=preds, cue=said, cue_act="assert", act_root=said,
                        negative=False, cues={})
    ctx = targets._Context.of(st, None, None, None, {})
    i = next(t.i for t in doc if t.text == word)
    assert ("agent" in targets.base_features(st, ctx, i, 0)) is agent
    assert acts.is_agent(table, i) is agent
    for k in range(len(doc)):  # the gate is a necessary condition: every common-noun agent has such a lemma
        if table.pos[k] == "NOUN" and not table.ent_type[k] and acts.is_agent(table, k):
            assert table.lemma[k] in acts.AGENT_NOUN_LEMMAS
    assert {"elite", "establishment", "class"} <= acts.AGENT_NOUN_LEMMAS


def _judged_statement(doc, said: str, judged: str | None) -> acts.Statement:
    """A reported statement after the cue ``said``, with the accused an accusation rule left on it (``judged``)."""
    table = TokenTable.of(doc)
    cue = next(t.i for t in doc if t.text == said)
    content = [t.i for t in doc if t.i > cue and not t.is_punct]
    preds = [t.i for t in doc if t.i in content and t.dep_ in ("ccomp", "ROOT") and t.pos_ in ("VERB", "AUX")]
    st = acts.Statement(table=table, content=content, preds=preds, cue=cue, cue_act="assert", act_root=cue,
                        negative=False, cues={"say": "assert", "accuse": "accuse"})
    st.judged = next(t.i for t in doc if t.text == judged) if judged is not None else None
    return st


@pytest.mark.parametrize(("text", "judged", "chosen", "act", "target"), [
    # rule judged_accused (issue 15's target66 round): the named one accused, not a thing of the same clause
    ("Okafor said Hale had ignored the warnings for years.", "Hale", "warnings", "accuse", "Hale"),
    ("The union said Acme cheated the drivers out of their wages.", "Acme", "wages", "accuse", "Acme"),
    # the enemy a person is said to serve gives way to that person, a common noun too
    ("Okafor said the governor is becoming the Taliban's best recruiter.", "governor", "Taliban", "accuse",
     "governor"),
    # not the speaker: "Okafor said he ..." is Okafor
    ("Okafor said he is becoming the Taliban's best recruiter.", "he", "Taliban", "accuse", "Taliban"),
    # left: no act rule's accused, not an accusation, a pronoun for a thing, the accused's own thing, a noun of
    # another clause, the object of an accusing verb (the accuser is the rule's subject there)
    ("Okafor said Hale had ignored the warnings for years.", None, "warnings", "accuse", "warnings"),
    ("Okafor said Hale had read the warnings for years.", "Hale", "warnings", "assert", "warnings"),
    ("Okafor said he had ignored the warnings for years.", "he", "warnings", "accuse", "warnings"),
    ("Okafor said Hale's budget ignored the warnings.", "Hale", "budget", "accuse", "budget"),
    ("Okafor said Hale smiled while the city ignored the warnings.", "Hale", "warnings", "accuse", "warnings"),
    ("Okafor said Lin accused the campaign of lying.", "Lin", "campaign", "accuse", "campaign"),
])
def test_the_named_one_an_accusation_judges_is_the_target_not_a_thing_of_its_clause(
        en_nlp, text, judged, chosen, act, target):
    doc = en_nlp(text)
    try:
        st = _judged_statement(doc, "said", judged)
        best = targets.Candidate(next(t.i for t in doc if t.text == chosen), None, None, [])
        resolve = targets._Resolver(st, act, [], {"speaker": None})
        out = targets.judged_accused(st, act, best, [best], resolve)
        assert doc[out.head].text == target
    finally:
        TokenTable.forget(doc)
