"""Shared fixtures: isolated environment, CLI runner, bundled and temporary fact bases."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner, Result

from cfacts.cli.app import app
from cfacts.paths import bundled_path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SOURCES = ROOT.parent / "shared" / "sources"
SCHEMA = json.loads((ROOT / "schema" / "cfacts-output.schema.json").read_text())

# Property tests: 40 examples in CI; HYPOTHESIS_PROFILE=long for 1,500 (see README).
settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def cpu_seconds(call: Callable[[], object], runs: int = 3) -> float:
    """The processor time `call` takes at its fastest of `runs`: a linear-time check measures
    the work, not a busy machine (CI once took 4 s, beside other jobs, over a call of 0.1 s);
    a quadratic reading is slow on every run."""
    import time

    fastest = float("inf")
    for _ in range(runs):
        start = time.process_time()
        call()
        fastest = min(fastest, time.process_time() - start)
    return fastest

SOURCE = """\
schema_version = 1

[[source]]
id = "s1"
file = "article.txt"
title = "A test article"
publisher = "Test Press"
publisher_basis = "stated"
date = "2024-05-01"
date_basis = "stated"
quote = "On May 1, 2024"
"""
"""A fact base's first lines: its schema version and one article, `s1`."""

MINIMAL = SOURCE + """\

[[organization]]
id = "acme"
name = "Acme Copyright Society"
abbreviations = ["ACS"]
kind = "collective_management_organization"
source = "s1"
quote = "Acme Copyright Society (ACS)"

[[person]]
id = "jane-roe"
name = "Jane Roe"
source = "s1"
quote = "Ms. Jane Roe, Director of ACS"
"""


@pytest.fixture(scope="session")
def _cache_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One index cache for the session, so the bundled fact base is indexed once."""
    return tmp_path_factory.mktemp("xdg-cache")


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, _cache_home: Path) -> None:
    """No test sees the developer's CFACTS_* variables, colour settings or terminal width."""
    for name in list(os.environ):
        if name.startswith("CFACTS_"):
            monkeypatch.delenv(name)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("XDG_CACHE_HOME", str(_cache_home))


@pytest.fixture
def runner() -> CliRunner:
    """A CLI runner that keeps stderr apart from stdout."""
    return CliRunner()


@pytest.fixture
def invoke(runner: CliRunner) -> Callable[..., Result]:
    """Run cfacts with arguments; returns the click Result."""

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    return run


@pytest.fixture
def cli_json(invoke: Callable[..., Result]) -> Callable[..., tuple[int, Any]]:
    """Run a lookup with --json; returns (exit code, parsed document)."""

    def run(*args: str) -> tuple[int, Any]:
        result = invoke(*args, "--json")
        return result.exit_code, json.loads(result.stdout)

    return run


@pytest.fixture
def write_facts(tmp_path: Path) -> Callable[[str], Path]:
    """Write a fact base text to a temporary file and return its path."""

    def write(text: str, name: str = "facts.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def bundled() -> Path:
    """The bundled fact base."""
    return bundled_path()
