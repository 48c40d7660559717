"""The shape of the package: no import cycle between claimex's modules, and every registry entry in one place.

The import graph is read from the source (``ast``), imports inside functions included: a cycle hidden in a
function is still a cycle (today's views would otherwise import the API that imports the model that imports
the views). Imports under ``if TYPE_CHECKING:`` are left out: they never run.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimex"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of ``tree`` except what sits under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                yield child
                yield from _runtime_nodes(child)
            continue
        yield node
        yield from _runtime_nodes(node)


def imports_of(module: str) -> set[str]:
    """The claimex modules ``module`` imports, at module level or inside functions."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:  # "from . import lexicons" imports the module claimex.lexicons
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return {m for m in found if m in MODULES and m != module}


def import_graph() -> dict[str, set[str]]:
    return {module: imports_of(module) for module in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path that ends where it starts, or None (depth-first search)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_the_graph_is_read():
    graph = import_graph()
    assert {"claimex.convert", "claimex.model"} <= graph["claimex.viz"]
    assert "claimex.html_view" in graph["claimex.model"]  # an import inside a method counts


def test_the_checker_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle():
    assert find_cycle(import_graph()) is None


@pytest.mark.parametrize("module", ["claimex.model", "claimex.html_view", "claimex.rows", "claimex.errors"])
def test_the_model_and_its_views_stand_below_the_api(module):
    """The model and the views it delegates to import neither the API nor spaCy's Doc conversion."""
    assert not imports_of(module) & {"claimex.api", "claimex.convert", "claimex.viz", "claimex.tables"}


#: a decorator ``@registry.misc("...")`` or a call ``registry.misc.register(...)``, in any registry
REGISTRY_WRITE = re.compile(r"registry\.\w+(\(|\.register\()")


def test_registrations_in_one_module():
    """``claimex.registrations`` is the only module that writes to spaCy's registries (factories aside:
    they are declared next to their components with ``@Language.factory``)."""
    writers = {name for name, path in MODULES.items()
               if REGISTRY_WRITE.search(path.read_text(encoding="utf-8"))}
    assert writers == {"claimex.registrations"}


# That the factories, and the registered functions their default configs name, resolve with no import of
# claimex (through the spacy_factories entry points): tests/test_spacy_native.py, in a fresh interpreter.


def test_no_stage_imports_scoring():
    stages = [m for m in MODULES if m.startswith("claimex.pipeline.")]
    assert stages
    assert [m for m in stages if "claimex.scoring" in imports_of(m)] == []


def test_moved_names_still_import_from_their_old_places():
    from claimex import api, convert, errors, tables, viz

    assert viz.MissingDependencyError is errors.MissingDependencyError
    assert api.result_from_doc is convert.result_from_doc
    assert viz.as_result is convert.as_result
    assert tables.iter_results is convert.iter_results
