"""claimex.lexical: the shipped WordNet table and its questions (synonyms, antonyms, derivations, kinds of
nouns)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from claimex import lexical, lexicons

ROOT = Path(__file__).resolve().parent.parent
WORDNET_DIR = Path("/usr/share/wordnet")


def test_table_is_packaged_small_and_licensed():
    folder = resources.files("claimex").joinpath("resources")
    table = folder.joinpath(lexical.TABLE_FILE)
    assert len(table.read_bytes()) < 3_000_000
    licence = folder.joinpath("WORDNET-LICENSE").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in licence


def test_table_loads_once_and_is_read_only():
    first = lexical.wordnet_table()
    assert lexical.wordnet_table() is first
    assert first.senses_per_lemma == 3
    with pytest.raises(TypeError):
        first.groups["v"]["buy"] = (1,)  # type: ignore[index]
    with pytest.raises(AttributeError):
        first.senses_per_lemma = 4  # type: ignore[misc]


@pytest.mark.parametrize(("lemma", "pos", "synonym"), [
    ("reject", "VERB", "turn down"),
    ("buy", "v", "purchase"),
    ("arrest", "VERB", "nab"),
    ("marry", "VERB", "wed"),
    ("die", "VERB", "perish"),
    ("fake", "ADJ", "bogus"),
    ("hoax", "NOUN", "fraud"),
])
def test_synonyms(lemma, pos, synonym):
    assert synonym in lexical.synonyms(lemma, pos)
    assert lemma not in lexical.synonyms(lemma, pos)


def test_only_frequent_senses_make_synonyms():
    # "say" reaches "state" and "allege" through its first senses, never "read" (its fourth sense)
    assert {"state", "allege"} <= lexical.synonyms("say", "VERB")
    assert "read" not in lexical.synonyms("say", "VERB")


@pytest.mark.parametrize(("lemma", "pos", "antonym"), [
    ("alive", "ADJ", "dead"),
    ("accept", "VERB", "reject"),
    ("buy", "VERB", "sell"),
    ("win", "v", "lose"),
    ("true", "ADJ", "false"),
])
def test_antonyms(lemma, pos, antonym):
    assert antonym in lexical.antonyms(lemma, pos)
    assert lexical.opposite(antonym, lemma, pos)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("arrest", "nab", True),        # shared first sense
    ("die", "death", True),         # derivational link, verb -> noun
    ("marry", "wedding", True),
    ("deny", "denial", True),
    ("Purchase", "buy", True),      # case is ignored
    ("turn_down", "reject", True),  # WordNet's underscores read as spaces
    ("buy", "sell", False),
    ("kill", "arrest", False),
    ("claim", "confirm", False),
])
def test_similar(a, b, expected):
    assert lexical.similar(a, b) is expected


def test_parts_of_speech():
    assert lexical.synonyms("buy", "NOUN") != lexical.synonyms("buy", "VERB")
    assert lexical.synonyms("quickly", "ADV") == frozenset()  # adverbs are not in the table
    assert lexical.groups("xyzzy") == frozenset()
    assert lexical.POS_LETTER["PROPN"] == "n"


def test_bad_table_is_a_claimex_error():
    with pytest.raises(lexical.LexicalResourceError):
        lexical.WordNetTable.from_dict({"format": "something else"})


def test_a_table_of_the_first_format_says_how_to_rebuild_it():
    with pytest.raises(lexical.LexicalResourceError, match=r"claimex\.wordnet\.v1.*build_wordnet_table\.py"):
        lexical.WordNetTable.from_dict({"format": "claimex.wordnet.v1", "groups": {}, "antonyms": {}})


@pytest.mark.parametrize(("noun", "kind"), [
    # roles and offices are persons: the speakers stage lets "he" and "she" stand for them
    ("spokeswoman", "person"), ("senator", "person"), ("official", "person"), ("critic", "person"),
    ("candidate", "person"), ("lawyer", "person"), ("aide", "person"), ("voter", "person"),
    # a person by a later sense that SemCor tags: "the founder", "an ally"
    ("founder", "person"), ("ally", "person"),
    # a person by a later sense, for a noun SemCor tagged in no sense
    ("moderator", "person"),
    # the top of WordNet's persons counts as one
    ("person", "person"), ("someone", "person"),
    ("crowd", "group"), ("committee", "group"), ("audience", "group"), ("police", "group"),
    ("debate", "thing"), ("email", "thing"), ("book", "thing"), ("report", "thing"), ("percent", "thing"),
    # a person sense SemCor never tagged does not make a person of a noun it tagged otherwise
    ("letter", "thing"), ("page", "thing"), ("suit", "thing"),
    # not a one-word noun of WordNet
    ("frontrunner", None), ("xyzzy", None), ("turn down", None),
])
def test_noun_kinds(noun, kind):
    assert lexical.noun_kind(noun) == kind


def test_role_nouns_are_persons_in_wordnet():
    # the speakers stage reads a role noun as a person whatever WordNet says; these are the ones it must
    # (bodies of people, and roles whose person sense is not among WordNet's frequent ones)
    others = {w: lexical.noun_kind(w) for w in lexicons.ROLE_NOUNS if lexical.noun_kind(w) != "person"}
    assert others == {"campaign": "thing", "chair": "thing", "head": "thing", "source": "thing", "whip": "thing",
                      "people": "group", "police": "group", "officials": None}


def test_noun_senses_in_sense_order():
    assert lexical.noun_senses("founder") == ("state", "person")
    assert lexical.noun_senses("source") == ("location", "communication", "cognition")
    assert lexical.noun_senses("Senator") == ("person",)  # case is ignored
    assert lexical.noun_senses("quickly") == ()


@pytest.mark.skipif(importlib.util.find_spec("nltk") is None or not (WORDNET_DIR / "data.noun").exists(),
                    reason="needs the build extra (nltk) and Debian's wordnet-base")
def test_build_script_reproduces_the_shipped_table(tmp_path):
    out = tmp_path / "wordnet.json.gz"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_wordnet_table.py"), "-o", str(out)],
                   check=True, capture_output=True)
    shipped = resources.files("claimex").joinpath("resources").joinpath(lexical.TABLE_FILE).read_bytes()
    assert out.read_bytes() == shipped
    assert json.loads(gzip.decompress(shipped))["format"] == lexical.TABLE_FORMAT
