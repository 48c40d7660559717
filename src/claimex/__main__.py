"""``python -m claimex``: the ``claimex`` command, where the console script is not on the path (a notebook's
kernel, a virtual environment not activated, a checkout run with ``PYTHONPATH=src``)."""

import sys

from .cli import main

sys.exit(main())
