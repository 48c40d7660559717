"""Words per second of claimex against the bare spaCy parse: the same as ``claimex bench``.

    .venv/bin/python benchmarks/throughput.py                         # data/samples + variations
    .venv/bin/python benchmarks/throughput.py --polnear --limit 200   # PolNeAR articles too
    .venv/bin/python benchmarks/throughput.py --exclude ner           # the fast configuration

Every option of ``claimex bench --help`` works here. Prints a table; asserts nothing.
"""

from __future__ import annotations

import sys

from claimex import cli

if __name__ == "__main__":
    sys.exit(cli.main(["bench", *sys.argv[1:]]))
