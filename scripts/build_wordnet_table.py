"""Build claimex's compact WordNet table (``src/claimex/resources/wordnet.v2.json.gz``) from WordNet 3.0.

Usage (from the repository root; needs Debian's ``wordnet-base`` and the ``build`` extra)::

    apt-get install -y wordnet-base
    pip install -e ".[build]"
    python scripts/build_wordnet_table.py [--wordnet /usr/share/wordnet] [-o src/claimex/resources/wordnet.v2.json.gz]

WordNet is read with NLTK's WordNet reader from the directory given (nothing is downloaded). Debian's
package lacks the ``lexnames`` index file NLTK's reader opens; WordNet documents its 45 fixed lines
(``man 5 lexnames``), so the script writes them into a temporary directory beside a copy of the
database files.

The table keeps, for nouns, verbs and adjectives, each lemma's first ``--senses`` (3) synsets, which
WordNet orders by tagged frequency, so that "synonym" means a shared frequent sense, not a rare one
("reject" ~ "turn down"; "say" ~ "state", but not "say" ~ "read", its fourth sense). Only lemmas that
share a kept synset with another lemma, or have an antonym or a derivational link, are written.

Format v2 adds the **noun senses**: for every one-word noun lemma of WordNet (no space, no capital),
the lexicographer files (supersenses) of its frequent senses, in sense order without repeats, without
the ``noun.`` prefix ("senator" -> person; "crowd" -> group; "source" -> location, communication,
cognition). A frequent sense is the first, and any other of the first ``--senses`` that the
sense-tagged SemCor counts at least once (``cntlist.rev``, in ``wordnet-base``): "founder" and "ally"
are persons by their second sense, "letter" and "page" are not by a third that no text was tagged
with ("letterer", "pageboy"). When SemCor tagged no sense of a lemma its order tells no frequency,
and all of its first ``--senses`` count ("moderator": substance, person). The lemmas are written
grouped by that sequence (``"person group": [...]``), which keeps the 57,000 lemmas to about 240 kB
of the gzipped table. A sense in ``noun.Tops`` (the tops of the hierarchy) counts in the file most of
its direct hyponyms are in: "person", "individual" and "someone" are persons, "group" a group. The
speakers stage reads them to tell a noun of a person ("the spokeswoman", "the senator") from a group
("the crowd", "the committee") and a thing ("the debate", "the email"), which a "he" or "she" cannot
stand for.

The output is byte-for-byte reproducible: sorted keys, ids numbered in sorted order, and a gzip header
without a time stamp.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import shutil
import tempfile
import warnings
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

log = logging.getLogger("build_wordnet_table")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "src" / "claimex" / "resources" / "wordnet.v2.json.gz"
DEFAULT_WORDNET = Path("/usr/share/wordnet")

#: WordNet's lexicographer files, numbered as in ``man 5 lexnames`` (WordNet 3.0).
LEXNAMES = (
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
    "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
    "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
    "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
    "verb.cognition", "verb.communication", "verb.competition", "verb.consumption", "verb.contact",
    "verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social",
    "verb.stative", "verb.weather", "adj.ppl",
)
#: Noun synsets that take part in derivational links: events, acts and states, the nouns a headline
#: uses for a verb ("the beheading of", "his arrest", "her death").
DERIVED_KINDS = frozenset({
    "noun.act", "noun.event", "noun.process", "noun.state", "noun.phenomenon", "noun.communication",
    "noun.possession", "noun.feeling", "noun.cognition",
})
_CATEGORY = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}
#: The table's parts of speech: WordNet's letters (satellite adjectives "s" are folded into "a").
POS = ("n", "v", "a")


def _reader_dir(wordnet: Path, tmp: Path) -> Path:
    """A copy of ``wordnet``'s database files plus the ``lexnames`` file NLTK's reader needs (NLTK refuses
    symbolic links that leave the corpus directory)."""
    for f in wordnet.iterdir():
        if f.is_file() and (f.name.split(".")[0] in ("data", "index", "lexnames", "cntlist") or f.suffix == ".exc"):
            shutil.copyfile(f, tmp / f.name)
    if not (tmp / "lexnames").exists():
        lines = [f"{n:02d}\t{name}\t{_CATEGORY[name.split('.')[0]]}" for n, name in enumerate(LEXNAMES)]
        (tmp / "lexnames").write_text("\n".join(lines) + "\n", encoding="ascii")
    return tmp


def _open_wordnet(directory: Path) -> Any:
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    # the reader warns that the multilingual functions need NLTK's Open Multilingual Wordnet: not used
    warnings.filterwarnings("ignore", message="The multilingual functions", category=UserWarning)

    class _Reader(WordNetCorpusReader):
        """The plain reader, without the map to another WordNet version that multilingual use needs
        (it would look for NLTK's own downloaded copy)."""

        def map_wn(self, version: str = "wordnet") -> None:
            return None

    nltk.data.path.append(str(directory))  # NLTK >= 3.9 only opens corpora under its data path
    return _Reader(str(directory), None)


def _name(lemma: Any) -> str:
    return str(lemma.name()).lower().replace("_", " ")


def _pos(synset: Any) -> str:
    return "a" if synset.pos() == "s" else str(synset.pos())


def _kept_senses(wn: Any, senses: int) -> dict[str, dict[str, list[Any]]]:
    """Per part of speech, lemma -> its first ``senses`` synsets."""
    kept: dict[str, dict[str, list[Any]]] = {p: {} for p in POS}
    for pos in POS:
        for raw in sorted(wn.all_lemma_names(pos=pos)):
            lemma = raw.lower().replace("_", " ")
            synsets = wn.synsets(raw, pos=pos)[:senses]
            if synsets and lemma not in kept[pos]:
                kept[pos][lemma] = synsets
    return kept


def _antonyms(lemma: str, synsets: list[Any]) -> set[str]:
    """WordNet's antonyms of ``lemma`` in ``synsets``; a satellite adjective's are its head's."""
    found: set[str] = set()
    for s in synsets:
        for lem in s.lemmas():
            if _name(lem) == lemma:
                found.update(_name(a) for a in lem.antonyms())
        if s.pos() == "s":
            for head in s.similar_tos()[:1]:
                for lem in head.lemmas():
                    found.update(_name(a) for a in lem.antonyms())
    return found


def collect(wn: Any, senses: int) -> dict[str, Any]:
    """Read WordNet into plain dicts: senses per lemma, antonyms and derivational links.

    A derivational link is read between synsets: "behead" (in {decapitate, behead}) reaches
    "beheading" (in {decapitation, beheading}) because "decapitate" derives "decapitation". The
    lemma at the far end must keep that synset among its own first senses, and a noun at either end
    must name an event or a state (``DERIVED_KINDS``), not the agent or the instrument ("arrest" ~
    "apprehension", not "cop" the policeman).
    """
    kept = _kept_senses(wn, senses)
    holds = {(lemma, s.name()) for pos in POS for lemma, synsets in kept[pos].items() for s in synsets}
    antonyms: dict[str, dict[str, set[str]]] = {p: {} for p in POS}
    derived: dict[str, set[str]] = defaultdict(set)
    for pos in POS:
        for lemma, synsets in kept[pos].items():
            antonyms[pos][lemma] = _antonyms(lemma, synsets)
            for s in synsets:
                if pos == "n" and s.lexname() not in DERIVED_KINDS:
                    continue
                for lem in s.lemmas():
                    for d in lem.derivationally_related_forms():
                        target = d.synset()
                        if target.lexname() not in DERIVED_KINDS and target.pos() == "n":
                            continue
                        derived[lemma].update(
                            n for n in (_name(t) for t in target.lemmas())
                            if n != lemma and (n, target.name()) in holds
                        )
    names = {pos: {lemma: [s.name() for s in synsets] for lemma, synsets in kept[pos].items()} for pos in POS}
    return {"kept": names, "antonyms": antonyms, "derived": derived}


def _noun_file(synset: Any) -> str:
    """A noun synset's lexicographer file without ``noun.``; a synset of ``noun.Tops``, the tops of the
    hierarchy, is read as the file most of its direct hyponyms are in, when that is another ("person,
    individual, someone" is the top of noun.person: person; "group, grouping": group)."""
    name = str(synset.lexname()).split(".", 1)[1]
    if name != "Tops":
        return name
    below = Counter(str(h.lexname()).split(".", 1)[1] for h in synset.hyponyms())
    below.pop("Tops", None)
    if not below:
        return name
    return min(below, key=lambda f: (-below[f], f))


def noun_senses(wn: Any, senses: int) -> dict[str, list[str]]:
    """One-word noun lemmas grouped by the lexicographer files of their frequent senses: the first, and
    those of the next ``senses`` - 1 that SemCor tagged at least once (all of them when SemCor tagged no
    sense of the lemma: "moderator", "mogul").

    Only the lemma's own synsets count, in WordNet's order (NLTK's ``synsets`` would also give those of
    the lemma's base form: "data" -> "datum"). A file is written once, at its first sense ("founder" ->
    state, person; "president", whose first three senses are offices, -> person). Lemmas with a
    capital, a space, an underscore or no letter are left out: the table answers for a common noun as the
    tagger lemmatises it.
    """
    grouped: dict[str, list[str]] = defaultdict(list)
    for raw in sorted(wn.all_lemma_names(pos="n")):
        if "_" in raw or " " in raw or not raw.islower():
            continue
        files: list[str] = []
        own = [(s, lem) for s in wn.synsets(raw, pos="n")
               for lem in [next((x for x in s.lemmas() if x.name().lower() == raw), None)] if lem is not None]
        tagged = any(lem.count() > 0 for _, lem in own)  # SemCor tells this lemma's frequent senses
        for n, (s, lem) in enumerate(own[:senses]):
            name = _noun_file(s)
            if name not in files and (n == 0 or lem.count() > 0 or not tagged):
                files.append(name)
        if files:
            grouped[" ".join(files)].append(raw)
    return {key: sorted(lemmas) for key, lemmas in sorted(grouped.items())}


def build(wn: Any, senses: int) -> dict[str, Any]:
    """The table as a JSON-ready dict (see ``claimex.lexical`` for its reading)."""
    raw = collect(wn, senses)
    kept, antonyms, derived = raw["kept"], raw["antonyms"], raw["derived"]
    # a synset is a synonym group when two or more lemmas keep it among their first senses
    holders: dict[str, int] = defaultdict(int)
    for pos in POS:
        for names in kept[pos].values():
            for name in names:
                holders[name] += 1
    shared = sorted(name for name, n in holders.items() if n > 1)
    ids = {name: i for i, name in enumerate(shared)}
    known = {lemma for pos in POS for lemma in kept[pos]}
    table: dict[str, Any] = {
        "format": "claimex.wordnet.v2",
        "source": "WordNet 3.0 (Princeton University), Debian package wordnet-base; see WORDNET-LICENSE",
        "senses_per_lemma": senses,
        "groups": {}, "antonyms": {},
        "derived": {k: sorted(v & known) for k, v in sorted(derived.items()) if v & known},
    }
    for pos in POS:
        table["groups"][pos] = {
            lemma: [ids[n] for n in names if n in ids]
            for lemma, names in sorted(kept[pos].items()) if any(n in ids for n in names)
        }
        table["antonyms"][pos] = {lemma: sorted(a) for lemma, a in sorted(antonyms[pos].items()) if a}
    table["noun_senses"] = noun_senses(wn, senses)
    return table


def write(table: dict[str, Any], out: Path) -> None:
    data = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
        gz.write(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=DEFAULT_WORDNET, help="WordNet 3.0 dict directory")
    parser.add_argument("--senses", type=int, default=3, help="synsets kept per lemma and part of speech")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as tmp:
        wn = _open_wordnet(_reader_dir(args.wordnet, Path(tmp)))
        table = build(wn, args.senses)
    write(table, args.output)
    sizes = {pos: len(table["groups"][pos]) for pos in POS}
    log.info("wrote %s: %d bytes; lemmas with a synonym group %s; antonym entries %s; derived %d; "
             "nouns with their senses' files %d", args.output, args.output.stat().st_size, sizes,
             {pos: len(table["antonyms"][pos]) for pos in POS}, len(table["derived"]),
             sum(len(v) for v in table["noun_senses"].values()))


if __name__ == "__main__":
    main()
