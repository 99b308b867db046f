"""Layers: every import under src/cfacts (lazy ones too) points down the layer order, no cycles."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "src" / "cfacts"
LAYERS = ("base", "factbase", "index", "finding", "output", "cli")
"""Lowest first: a module may import its own layer and the layers before it, nothing above."""
BASE = {
    "cfacts",
    "cfacts.errors",
    "cfacts.frozen",
    "cfacts.lazyre",
    "cfacts.paths",
    "cfacts.sanitize",
    "cfacts.tempfiles",
    "cfacts.textnorm",
}
"""The top-level modules every layer may use (a new one must be placed here or in a layer)."""
ENTRY = {"cfacts.__main__": "cli"}
CLI_ONLY = ("typer", "click")
"""Third-party packages only the command line may import."""


def module_name(path: Path) -> str:
    """The dotted name of a source file under src/."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    """Every module of the package, by dotted name."""
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


MODULES = all_modules()


def imports_of(source: str, name: str, is_package: bool, known: set[str]) -> Iterator[str]:
    """Every module an import statement of ``source`` names, at any depth (functions,
    ``if TYPE_CHECKING:`` blocks, ``try``), resolved to a module of ``known`` where it is one:
    ``from cfacts.x import y`` names ``cfacts.x.y`` when that is a module, else ``cfacts.x``;
    relative imports are resolved against ``name``. Other imports give their top-level name."""
    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name if alias.name in known else alias.name.partition(".")[0]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target not in known and not target.startswith("cfacts."):
                yield target.partition(".")[0]
                continue
            for alias in node.names:
                full = f"{target}.{alias.name}"
                yield full if full in known else target


def graph() -> dict[str, set[str]]:
    """For each module of the package, the names its imports give (modules or packages)."""
    known = set(MODULES)
    return {
        name: set(
            imports_of(path.read_text(encoding="utf-8"), name, path.name == "__init__.py", known)
        )
        - {name}
        for name, path in MODULES.items()
    }


GRAPH = graph()


def layer_of(module: str) -> str:
    """The layer of one of the package's modules."""
    if module in ENTRY:
        return ENTRY[module]
    if module in BASE:
        return "base"
    parts = module.split(".")
    assert len(parts) >= 2 and parts[1] in LAYERS, f"{module} is in no layer"
    return parts[1]


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (its modules, first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One cycle through each group of modules that import each other, directly or not."""
    found: list[list[str]] = []
    remaining = {node: set(targets) for node, targets in edges.items()}
    while (cycle := find_cycle(remaining)) is not None:
        found.append(cycle)
        for node in cycle:  # report each group once
            remaining.pop(node, None)
        remaining = {node: targets - set(cycle) for node, targets in remaining.items()}
    return found


def test_no_import_cycle() -> None:
    internal = {m: {t for t in targets if t in MODULES} for m, targets in GRAPH.items()}
    assert [" -> ".join(cycle) for cycle in cycles(internal)] == []


def test_imports_point_down_the_layers() -> None:
    rank = {layer: i for i, layer in enumerate(LAYERS)}
    upward = []
    for module, targets in sorted(GRAPH.items()):
        mine = layer_of(module)
        for target in sorted(t for t in targets if t in MODULES):
            theirs = layer_of(target)
            if rank[theirs] > rank[mine]:
                upward.append(f"{module} ({mine}) imports {target} ({theirs})")
    assert upward == []


def test_only_the_command_line_imports_typer() -> None:
    offenders = sorted(
        f"{module} imports {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if target in CLI_ONLY and layer_of(module) != "cli"
    )
    assert offenders == []


def speaks(source: str) -> Iterator[str]:
    """What in ``source`` prints or ends the process: ``print()``, ``sys.exit``, ``exit``,
    ``SystemExit``, ``sys.stdout``, ``sys.stderr`` and ``os._exit``."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("print", "exit", "quit"):
                yield f"line {node.lineno}: {node.func.id}()"
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if (node.value.id, node.attr) in (
                ("sys", "exit"),
                ("sys", "stdout"),
                ("sys", "stderr"),
                ("os", "_exit"),
            ):
                yield f"line {node.lineno}: {node.value.id}.{node.attr}"
        elif isinstance(node, ast.Name) and node.id == "SystemExit":
            yield f"line {node.lineno}: SystemExit"


def test_only_the_command_line_prints_or_exits() -> None:
    """The layers below return values or raise a CfactsError; the command line speaks."""
    offenders = [
        f"{module} {where}"
        for module, path in sorted(MODULES.items())
        if layer_of(module) != "cli"
        for where in speaks(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_speech_finder() -> None:
    code = (
        "import sys, os\nprint('x')\nsys.stderr.write('y')\nraise SystemExit(2)\n"
        "def f():\n    os._exit(1)\n"
    )
    assert set(speaks(code)) == {
        "line 2: print()",
        "line 3: sys.stderr",
        "line 4: SystemExit",
        "line 6: os._exit",
    }


SAMPLE = """
import os
import cfacts.index.store
import cfacts.finding.lookup as lk
from cfacts.output import jsonout
from cfacts.cli.runner import run
from cfacts import errors, __version__
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from cfacts.finding.views import Outcome

def later():
    from . import store
    from .codec import decode
    from ..factbase.model import Person
    import typer.core
"""


def test_the_import_reader_sees_every_form() -> None:
    found = set(imports_of(SAMPLE, "cfacts.index.cache", False, set(MODULES)))
    assert found == {
        "os",
        "typing",
        "typer",
        "cfacts",
        "cfacts.errors",
        "cfacts.index.store",
        "cfacts.finding.lookup",
        "cfacts.output.jsonout",
        "cfacts.cli.runner",
        "cfacts.finding.views",
        "cfacts.index.codec",
        "cfacts.factbase.model",
    }


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
        ({"a": {"b"}, "b": {"b2"}, "b2": {"b"}}, ["b", "b2", "b"]),
    ],
)
def test_the_cycle_finder(edges: dict[str, set[str]], expected: list[str] | None) -> None:
    assert find_cycle(edges) == expected
    assert cycles(edges) == ([expected] if expected else [])


def test_every_cycle_is_reported() -> None:
    edges = {"a": {"b"}, "b": {"a", "c"}, "c": {"d"}, "d": {"c"}, "e": {"e"}}
    assert cycles(edges) == [["a", "b", "a"], ["c", "d", "c"], ["e", "e"]]


def test_the_graph_is_not_empty() -> None:
    assert "cfacts.index.store" in GRAPH["cfacts.index.cache"]
    assert "cfacts.cli.console" in GRAPH["cfacts.__main__"]
    assert "cfacts.cli.main" in GRAPH["cfacts.cli.console"]  # (a lazy import, once the
    # collector is off)


def rebound(source: str) -> list[str]:
    """The names a module binds twice at its top level or in a class's body, by a definition
    or an assignment, except a binding that extends the name itself (``X = (*X, Y)``) and a
    property's setter: a second pattern or method of the same name silently replaces the
    first, which no type checker sees when both are strings or both take the same types."""
    return _rebound(ast.parse(source).body, "")


def _redefines(node: ast.stmt) -> bool:
    """Whether a definition is meant to rebind its name (``@x.setter``, ``@overload``)."""
    decorators = getattr(node, "decorator_list", [])
    return any(
        (isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter"))
        or (isinstance(d, ast.Name) and d.id == "overload")
        for d in decorators
    )


def _rebound(body: list[ast.stmt], prefix: str) -> list[str]:
    bound: set[str] = set()
    twice: list[str] = []
    for node in body:
        value: ast.expr | None = None
        if isinstance(node, ast.ClassDef):
            twice += _rebound(node.body, f"{prefix}{node.name}.")
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [] if _redefines(node) else [node.name]
        elif isinstance(node, ast.Assign):
            names, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names, value = [node.target.id], node.value
        else:
            continue
        used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()
        twice += [prefix + name for name in names if name in bound and name not in used]
        bound.update(names)
    return twice


def test_no_module_binds_a_name_twice() -> None:
    found = {
        name: twice
        for name, path in all_modules().items()
        if (twice := rebound(path.read_text("utf-8")))
    }
    assert not found, found


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('_WH = r"a"\n_WH = r"b"\n', ["_WH"]),
        ("def f() -> None: ...\nf = 1\n", ["f"]),
        ("X = (1,)\nX = (*X, 2)\n", []),
        ("X: int = 1\nY = 2\n", []),
        ("class A:\n    def f(self) -> None: ...\n    def f(self) -> int: ...\n", ["A.f"]),
        (
            "class A:\n    @property\n    def x(self) -> int: ...\n"
            "    @x.setter\n    def x(self, v: int) -> None: ...\n",
            [],
        ),
    ],
)
def test_the_rebinding_finder(source: str, expected: list[str]) -> None:
    assert rebound(source) == expected
