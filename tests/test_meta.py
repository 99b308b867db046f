"""Meta-tests: every command has help with examples and is documented; CI runs the README."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
import typer.core
from typer.testing import Result

from cfacts.cli.app import app
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands if c.callback)


def _command(name: str) -> typer.core.TyperCommand:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    command = group.commands[name]
    assert isinstance(command, typer.core.TyperCommand)
    return command


def test_commands_are_known() -> None:
    assert set(COMMANDS) == {
        "ask", "check", "event", "export", "help", "info", "org", "search", "serve", "sources",
        "stat", "timeline", "who",
    }  # fmt: skip


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_with_examples(invoke: Callable[..., Result], name: str) -> None:
    result = invoke(name, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"cfacts {name}" in result.stdout
    help_text = _command(name).help
    assert help_text is not None
    assert help_text.strip().splitlines()[0]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_and_options_are_in_readme(name: str) -> None:
    assert f"cfacts {name}" in README
    for param in _command(name).params:
        assert isinstance(param, (typer.core.TyperArgument, typer.core.TyperOption))
        for option in param.opts:
            if option.startswith("--") and option != "--help":
                assert option in README, f"{name} {option} is not documented"
        assert param.help or not param.opts[0].startswith("-") or param.name == "help"


def test_global_options_are_documented() -> None:
    for option in (
        "--facts",
        "--no-cache",
        "--version",
        "CFACTS_FACTS",
        "CFACTS_NO_CACHE",
        "NO_COLOR",
    ):
        assert option in README


def test_quickstart_is_two_commands_and_ci_runs_the_test_one() -> None:
    quick = README.split("## Quickstart", 1)[1].split("##", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)\n```", quick, flags=re.S)
    assert len(blocks) == 2
    install, test = blocks
    assert 'cfacts who "Liu Hua"' in install
    assert "pytest" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci


COUNTED = {"people": "person", "organizations": "organization", "events": "event",
           "statistics": "statistic"}  # fmt: skip
"""The record counts the README's "What it knows" states, by the word it uses."""


def test_readme_counts_are_the_fact_base_counts(invoke: Callable[..., Result]) -> None:
    """The README's "It holds N people, ..." is what `cfacts info --json` counts now."""
    result = invoke("info", "--json")
    assert result.exit_code == 0, result.stderr
    counts = json.loads(result.stdout)["counts"]
    found = re.search(r"It holds ((?:\d+ \w+, )+\d+ \w+)", README)
    assert found, "README no longer says what the fact base holds"
    stated = {word: int(n) for n, word in re.findall(r"(\d+) (\w+)", found.group(1))}
    assert set(stated) == set(COUNTED), stated
    actual = {word: counts[kind] for word, kind in COUNTED.items()}
    assert stated == actual, "update the counts in README.md's 'What it knows'"


def test_readme_test_count_is_about_right() -> None:
    """The README's "about N tests" is within 10% of the tests collected now."""
    found = re.search(r"about ([\d,]+) tests", README)
    assert found, "README no longer says how many tests there are"
    stated = int(found.group(1).replace(",", ""))
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    collected = re.search(r"(\d+) tests? collected", proc.stdout)
    assert collected, proc.stdout[-2000:] + proc.stderr[-2000:]
    count = int(collected.group(1))
    assert abs(count - stated) <= stated / 10, (
        f"README says about {stated} tests, {count} are collected: update README.md's Testing"
    )


def test_ci_type_checks_the_tests_as_well_as_the_package() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "set -euo pipefail" in ci.splitlines()  # a failing step fails CI
    commands = [
        line.split()
        for line in ci.splitlines()
        if line.strip() and not line.lstrip().startswith(("#", "echo"))
    ]
    mypy = [words for words in commands if words[0].endswith("/mypy")]
    assert mypy, "CI runs no mypy step"
    assert any({"--strict", "src", "tests"} <= set(words[1:]) for words in mypy), mypy


@pytest.mark.parametrize("path", sorted((ROOT / "src" / "cfacts").rglob("*.py")), ids=str)
def test_every_module_has_a_one_line_docstring(path: Path) -> None:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert doc, f"{path.name} has no docstring"
    assert doc.splitlines()[0].strip()


def _imports_and_exits(path: Path) -> tuple[set[str], bool]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: set[str] = set()
    exits = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
        elif (isinstance(node, ast.Attribute) and node.attr in ("exit", "_exit", "Exit")) or (
            isinstance(node, ast.Name) and node.id == "SystemExit"
        ):
            exits = True
    return imported, exits


def test_only_the_cli_imports_typer_and_exits() -> None:
    """Only the entry points exit; only the full app imports typer (the fast path must not)."""
    for path in (ROOT / "src" / "cfacts").rglob("*.py"):
        imported, exits = _imports_and_exits(path)
        if path.name == "app.py":
            assert "typer" in imported and exits
            continue
        assert "typer" not in imported, path.name
        if path.name not in ("main.py", "__main__.py"):
            assert not exits, path.name


def _rebound(module: Path) -> list[str]:
    """Module-level names a module binds twice, where the second binding does not build on
    the first ("X = X | {...}" extends a table; "X = frozenset(...)" again replaces it)."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    seen: set[str] = set()
    twice: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            targets, value = [node.name], None
        elif isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets, value = [node.target.id], node.value
        else:
            continue
        used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value else set()
        for name in targets:
            if name in seen and name not in used:
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize(
    "module", sorted((ROOT / "src" / "cfacts").rglob("*.py")), ids=lambda p: p.name
)
def test_no_module_binds_a_name_twice(module: Path) -> None:
    """A second `_FIGURE_ASKED = ...` in answer.py once replaced the first for every reading
    defined above it; a module's names are bound once (or extended from themselves)."""
    assert _rebound(module) == []
