"""Which fact base is used: --facts, then CFACTS_FACTS, then the bundled file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from cfacts.paths import ENV_VAR, bundled_path, resolve
from conftest import MINIMAL, ROOT


def test_bundled_is_the_top_level_file_in_a_checkout() -> None:
    assert bundled_path() == ROOT / "facts.toml"


def test_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve(None).origin == "bundled"
    monkeypatch.setenv(ENV_VAR, "/env/facts.toml")
    assert resolve(None) == resolve(None)
    assert resolve(None).path == "/env/facts.toml"
    assert resolve(None).origin == "environment"
    assert resolve("/opt/facts.toml").path == "/opt/facts.toml"
    assert resolve("/opt/facts.toml").origin == "option"


def test_cli_precedence(
    invoke: Callable[..., Result], write_facts: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = write_facts(MINIMAL, "env.toml")
    opt_file = write_facts(MINIMAL.replace("Jane Roe", "Joan Doe"), "opt.toml")
    info = json.loads(invoke("info", "--json").stdout)
    assert info["origin"] == "bundled"
    assert info["path"] == str(bundled_path())
    monkeypatch.setenv(ENV_VAR, str(env_file))
    info = json.loads(invoke("info", "--json").stdout)
    assert (info["origin"], info["path"]) == ("environment", str(env_file))
    assert info["counts"]["person"] == 1
    info = json.loads(invoke("--facts", str(opt_file), "info", "--json").stdout)
    assert (info["origin"], info["path"]) == ("option", str(opt_file))
    found = json.loads(invoke("--facts", str(opt_file), "who", "Joan Doe", "--json").stdout)
    assert found["results"][0]["name"] == "Joan Doe"
