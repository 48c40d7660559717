"""The blind dev sets keep ids, offsets and labels only: no article text is copied into the repository."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DEV = Path(__file__).resolve().parents[1] / "benchmarks" / "dev"
LABELS = {"assert", "accuse", "condemn", "deny", "demand", "threaten", "support", "concede", "question",
          "predict", "positive", "negative", "oppose", "neutral", "disputes", "supports", "responds_to",
          "clear", "arguable", "right", "wrong", "after", "before", "both", "neither",
          "fuller_name", "other_person", "same", "different", "marked", "control",
          "to_none", "from_none", "it_antecedent", "taken_up", "inside_content", "they_agreement", "refit",
          "claim", "no_claim", "unsure", "entity_name", "name_head", "affiliation", "description", "poll",
          "past_self", "minor_kinds", "pronoun_after_quote", "outside_candidates",
          "owned_topic", "part_whole", "compound_whole", "past_amount", "target_name", "reranked",
          "subject_before", "surname_person", "office_place", "owned_channel", "counted_group",
          "consent", "prospect", "thought", "added", "own_pronoun", "quote_span",
          "predicate_subject", "relation_object", "clause_topic", "role_noun",
          "plan_clause", "extraposed_clause", "position_gerund", "span_only", "curly_copula",
          "relative_topic", "time_clause", "scene_lead", "asked_answers", "main_clause_speaker",
          "party_member_description", "relative_past_participle", "conjunct_clause_participle", "speaker_name",
          "person_elsewhere", "building_name", "distant_group", "owned_conduct",
          "partitive_member", "served_name", "affiliation_without_clause", "knock_on", "accuser_self",
          "prominent_before", "never_witnessed", "retold_question", "head_phrase_name", "pronoun_number",
          "possessive_ending", "possessor_off_name", "possessive_target_name", "circumstance_subject",
          "fronted_phrase", "percent_head", "mood_described", "setting_object",
          "own_pronoun_lead", "own_sentence_subject", "dashed_gloss", "dashed_gloss_added",
          "surname_gender", "title_gender", "unasked_question", "plural_subject_antecedent", "owned_message",
          "opening_noun_surname", "position_object", "corrected_negation", "contrasted_alternative",
          "relative_head_owner", "finding_content", "asked_topic", "modal_idiom", "reason_given", "abstract_frame",
          "markup_tokens", "markup_breaks", "tags_end_quotes", "event_told", "blame_laid", "described_person",
          "adjective_only", "infix_contractions", "self_gender", "politician_qualities", "critical_frame", "owned_name",
          "campaign_owner", "evaluative_idiom", "appositive_subject", "ruling_group",
          "plural_people", "conjoined_pair", "less_quality", "doer_outside", "owned_concession", "prescribed_course",
          "described_subject_before", "unlabelled_subject_surname", "bound_possessive", "premise_argument",
          "owed_quality", "entity_head", "others_favour", "phrase_owner", "passing_name", "named_setting",
          "harm_inflicted",
          "duty_lifted", "partiality", "pause_given", "insult", "verdict_words", "fault_not_done", "hardship_told",
          "not_understood", "combated_harm", "office_of_person", "side_adjective", "mislabelled_subject_person",
          "removed", "person_faults", "merit_idiom", "none_better", "merit_qualified", "speaker_conjunct",
          "object_as_subject", "nothing_quality", "predicate_person", "addressed_aside", "adjunct_participle",
          "list_continued", "relative_in_apposition", "demonstrative_aside", "named_predicate", "role_whole",
          "group_name", "understanding_shown", "share_respondents", "writer_connective",
          "owned_phrase", "hyphen_whole", "hyphen_span", "privative", "bystander_named", "anything_to_win",
          "bystander_stance", "addressed_you", "advocacy", "condition_kept", "quoted_title", "passive_accused",
          "accused_not_speaker", "own_commitment", "shell_clause", "question_word_kept",
          "reassurance", "purpose_need",
          "whole_hyphened_word", "mention", "no_break_space_between_words", "narrated_between",
          "enemy_served", "pledged_action", "lone_title_subject", "agreed_view", "agreed_assertion", "own_party",
          "duty_first", "judged_accused", "elided_count_noun", "speakers_it",
          "reporting_frame", "thing_beside_subject", "possessive_owner", "right_course", "spared_sanction",
          "speech_frame", "named_verb", "faulted_deed", "measure_target", "cited_in_agreement", "own_topic",
          "relative_gloss", "owner_of_bearing", "refused_admission", "wish_to_see", "had_better",
          "moral_rejection", "or_whole", "paired_marks", "source_tail",
          "instrument_finding", "turn_label", "label_letter", "verb_as_noun",
          # links_missed_read.jsonl: what a missed pair's later statement does, what stops the linker
          "denies", "names_speaker", "opposite_evaluation", "restates", "other_number", "other",
          "no_evidence", "wrong_speaker", "never_opens_with_another_speaker", "never_one_side",
          "never_states_nothing", "below_main_predicate", "role_or_handle", "cue_names_no_claim", "no_lexicon_pair",
          "cue_not_parsed", "cue_held_agreeing_falsity", "pronoun_argument",
          # judged_links.jsonl: the evidence kinds of a judged link
          "response_cue", "reference", "change_marker", "antonym", "same_proposition", "confirmation_cue",
          "reply_cue", "rebutting_reply", "negation", "narrated_response", "accusation_denial"}


def _strings(value: Any, key: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(key, value)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, key)]
    return []


@pytest.mark.parametrize("path", sorted(DEV.glob("*.jsonl")), ids=lambda p: p.name)
def test_dev_set_stores_no_text(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows
    for row in rows:
        for key, text in _strings(row):
            if key in ("id", "statement", "reader", "sample"):
                continue
            if key in ("target_name", "speaker_name"):
                assert len(text.split()) <= 12, (path.name, text)  # a name, not a passage
            else:
                assert text in LABELS, (path.name, key, text)


def test_second_readings_cover_reader_b_articles() -> None:
    def ids(name: str, reader: str | None = None) -> set[str]:
        rows = (json.loads(line) for line in (DEV / name).read_text(encoding="utf-8").splitlines() if line.strip())
        return {r["id"] for r in rows if reader is None or r["reader"] == reader}

    assert ids("links_second_reading.jsonl") == ids("links_gold.jsonl", "B")
    assert ids("claims_second_reading.jsonl") == ids("claims_gold.jsonl", "B")
    assert not ids("claims_heldout.jsonl") & ids("claims_gold.jsonl")
    # the fitting set (readers F, G, H) shares no article with the dev sets, held-out halves included
    assert not ids("claims_fit.jsonl") & (ids("claims_gold.jsonl") | ids("claims_heldout.jsonl"))
    # the second links reading (readers I, J, K, L) shares no article with the first or the claims sets
    assert not ids("links_gold2.jsonl") & (ids("links_gold.jsonl") | ids("claims_gold.jsonl")
                                           | ids("claims_heldout.jsonl") | ids("claims_fit.jsonl"))
    # the second fitting set (readers M, N, O) shares no article with any other reading
    others = set().union(*(ids(name) for name in ("claims_gold.jsonl", "claims_heldout.jsonl", "claims_fit.jsonl",
                                                  "links_gold.jsonl", "links_gold2.jsonl", "quotes_marks.jsonl")))
    assert ids("claims_fit2.jsonl") and not ids("claims_fit2.jsonl") & others
    # the third (readers P, Q, R, S) none with any of them
    assert ids("claims_fit3.jsonl") and not ids("claims_fit3.jsonl") & (others | ids("claims_fit2.jsonl"))
