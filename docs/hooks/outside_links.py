"""MkDocs hook: links from a docs page to files outside ``docs/`` (``../README.md``, ``../CHANGELOG.md``).

They work on the repository's web view but have no target in the built site, which ``mkdocs build --strict``
rejects. On the site such a link becomes its text followed by the repository path, e.g.
"README (`README.md` in the repository)". Links inside ``docs/`` are left to MkDocs, which checks them.
"""

from __future__ import annotations

import re
from typing import Any

#: A Markdown link whose target climbs out of the docs folder: [text](../path#anchor).
OUTSIDE_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\(\.\./(?P<path>[^)#\s]+)(?P<anchor>#[^)\s]*)?\)")


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    return OUTSIDE_LINK.sub(lambda m: f"{m['text']} (`{m['path']}` in the repository)", markdown)
