"""Build claimex's evaluation table from VADER's lexicon.

VADER (Hutto & Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media
Text", ICWSM 2014) ships ``vader_lexicon.txt`` in its package ``vaderSentiment`` (MIT licence): about
7,500 entries, each a token and the mean of ten raters' valence scores on -4 .. +4. claimex's claims stage
reads the evaluation of a claim's words from a compact table made from it:

* only words (lower-case letters, apostrophe and hyphen: no emoticons or slang abbreviations);
* only clear valences, ``|valence| >= MIN_VALENCE``;
* minus ``claimex.lexicons.EVALUATION_NEUTRAL_WORDS`` (words that carry no evaluation in political news,
  or that another rule reads: "the party", "health care", the act verbs);

written as ``word<TAB>valence`` lines, sorted, to ``src/claimex/resources/evaluation.tsv``, with VADER's
licence beside it (``VADER-LICENSE.txt``). claimex does not need vaderSentiment at run time; this script
does (the ``evaluation`` extra)::

    pip install -e '.[evaluation]'
    python scripts/build_evaluation_table.py            # writes the table
    python scripts/build_evaluation_table.py --check    # exit 1 when the shipped table differs
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from importlib import metadata, resources
from pathlib import Path
from typing import Final

from claimex.lexicons import EVALUATION_NEUTRAL_WORDS

VADER_VERSION: Final = "3.3.2"
MIN_VALENCE: Final = 1.0
WORD: Final = re.compile(r"[a-z][a-z'\-]*[a-z]")
RESOURCES: Final = Path(__file__).resolve().parents[1] / "src" / "claimex" / "resources"
TABLE: Final = RESOURCES / "evaluation.tsv"
LICENCE: Final = RESOURCES / "VADER-LICENSE.txt"

log = logging.getLogger("build_evaluation_table")


def vader_entries() -> dict[str, float]:
    """token -> mean valence, as in the installed vaderSentiment's ``vader_lexicon.txt``."""
    lexicon = resources.files("vaderSentiment") / "vader_lexicon.txt"
    entries: dict[str, float] = {}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            entries[parts[0]] = float(parts[1])
    return entries


def table_lines(entries: dict[str, float]) -> list[str]:
    """The kept entries as sorted ``word<TAB>valence`` lines, after a header."""
    kept = {w: v for w, v in entries.items()
            if WORD.fullmatch(w) and abs(v) >= MIN_VALENCE and w not in EVALUATION_NEUTRAL_WORDS}
    header = [
        f"# claimex evaluation table: words of VADER {VADER_VERSION}'s vader_lexicon.txt (C.J. Hutto, MIT",
        "# licence: VADER-LICENSE.txt) with |valence| >= 1.0, minus claimex.lexicons.EVALUATION_NEUTRAL_WORDS.",
        "# Built by scripts/build_evaluation_table.py; do not edit. Columns: word, mean valence (-4 .. +4).",
    ]
    return header + [f"{w}\t{kept[w]:.1f}" for w in sorted(kept)]


def licence_text() -> str:
    dist = metadata.distribution("vaderSentiment")
    for path in dist.files or ():
        if path.name.upper().startswith("LICENSE"):
            return path.read_text(encoding="utf-8")
    raise SystemExit("vaderSentiment's LICENSE file is not installed; reinstall vaderSentiment")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped table, write nothing")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    version = metadata.version("vaderSentiment")
    if version != VADER_VERSION:
        log.warning("vaderSentiment %s is installed; the table is built from %s", version, VADER_VERSION)
    text = "\n".join(table_lines(vader_entries())) + "\n"
    if args.check:
        same = TABLE.exists() and TABLE.read_text(encoding="utf-8") == text
        log.info("%s %s", TABLE, "is up to date" if same else "differs from a fresh build")
        return 0 if same else 1
    TABLE.write_text(text, encoding="utf-8")
    LICENCE.write_text(licence_text(), encoding="utf-8")
    log.info("wrote %s (%d words) and %s", TABLE, text.count("\n") - 3, LICENCE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
