"""The regular expressions of ``src/claimex``, found by reading the source, and the adversarial strings
to try them on. ``tests/test_patterns.py`` checks the inventory; ``benchmarks/regex_probe.py`` times every
pattern on the strings (catastrophic backtracking shows as seconds where linear patterns take milliseconds).
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import claimex

SRC = Path(claimex.__file__).parent
#: Functions of ``re`` (and methods of compiled patterns) that run a pattern.
RUNNERS = frozenset({"match", "search", "fullmatch", "sub", "subn", "findall", "finditer", "split"})


def _flags(call: ast.Call) -> int:
    """The ``re.X`` flags named anywhere in the call's other arguments."""
    import re

    flags = 0
    for arg in [*call.args[1:], *(k.value for k in call.keywords)]:
        for node in ast.walk(arg):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re" \
                    and node.attr.isupper():
                flags |= int(getattr(re, node.attr))
    return flags


def _literal(node: ast.expr | None) -> str | None:
    """A pattern's text: a string literal, or an f-string whose every field is ``re.escape(...)`` (a
    literal too, whatever it escapes: probed with a placeholder name)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                parts.append(value.value)
            elif isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Call) \
                    and isinstance(value.value.func, ast.Attribute) and value.value.func.attr == "escape":
                parts.append("Ali Hassan")
            else:
                return None
        return "".join(parts)
    return None


def find_patterns() -> tuple[list[dict[str, Any]], list[str]]:
    """Every regular expression in src/claimex: its place, pattern, flags and how it is run; and the
    places where a pattern is not a literal (which this test cannot probe)."""
    found: list[dict[str, Any]] = []
    dynamic: list[str] = []
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(SRC.rglob("*.py"))}
    uses: dict[str, set[str]] = {}  # NAME -> methods called on it anywhere (NAME.match(...), ...)
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RUNNERS \
                    and isinstance(node.func.value, ast.Name):
                uses.setdefault(node.func.value.id, set()).add(node.func.attr)
    for path, tree in trees.items():
        assigned: dict[int, str] = {}  # id(call) -> the name a compiled pattern is bound to
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Call):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        assigned[id(node.value)] = target.id
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in RUNNERS | {"compile"}):
                continue
            where = f"{path.relative_to(SRC.parent).as_posix()}:{node.lineno}"
            pattern = _literal(node.args[0] if node.args else next(
                (k.value for k in node.keywords if k.arg == "pattern"), None))
            if pattern is None:
                dynamic.append(where)
                continue
            if node.func.attr == "compile":
                methods = sorted(uses.get(assigned.get(id(node), ""), set())) or ["search"]
            else:
                methods = [node.func.attr]
            found.append({"where": where, "pattern": pattern, "flags": _flags(node), "methods": methods})
    return found, dynamic


PATTERNS, DYNAMIC = find_patterns()

#: Building blocks of the adversarial strings: runs of each, then a character that makes the match fail.
ATOMS = [" ", "\t", "\n", "\u00a0", "a", "A", "Z", "s", "x", "é", "1", "0", ",", ".", "'", '"', "“", "’", "-", "&",
         "_", "%", "$", "(", "[", "the ", "that ", "The ", "1,", ",111", "111,", "1.", "a'", "'s", "A1", "AB",
         " \"", "\"\t", "a.", "a-", "&a", "\"that "]
TAILS = ["", "!", "\x00", "A"]
RUN_CHARS = 30_000

PROBE = r"""
import json, re, sys, time
spec = json.loads(sys.argv[1])
pattern = re.compile(spec["pattern"], spec["flags"])
worst = (0.0, "")
for atom in spec["atoms"]:
    for tail in spec["tails"]:
        text = atom * (spec["n"] // len(atom)) + tail
        for method in spec["methods"]:
            if worst[0] > spec["limit"]:
                break
            run = getattr(pattern, method)
            start = time.perf_counter()
            if method in ("sub", "subn"):
                run("", text)
            elif method == "finditer":
                for _ in run(text):
                    pass
            else:
                run(text)
            took = time.perf_counter() - start
            if took > worst[0]:
                worst = (took, f"{method} on {atom!r} * {spec['n'] // len(atom)} + {tail!r}")
print(json.dumps(worst))
"""

#: Patterns known to backtrack: where -> why (and the fix).
SLOW_PATTERNS = {
    "LEADING_THAT": (
        r"scoring.LEADING_THAT = \s*[\"“]?\s*that\s+ backtracks quadratically on a run of whitespace: the two "
        r"\s* split the run in every way before 'that' fails. LEADING_THAT.match(' ' * 20_000 + 'x') takes 1.5 s, "
        r"100,000 spaces about 40 s (content_chars() runs it on every gold and predicted span in `claimex "
        r"evaluate`). Fix: r'\s*(?:[\"“]\s*)?that\s+' (linear)"),
}
