"""Golden text: one table of each kind, rendered at 80 columns without colour."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest
from typer.testing import Result

from conftest import DATA

GOLDEN = DATA / "golden"
FACTS = GOLDEN / "facts.toml"

COMMANDS = {
    "who": ["who", "Jane Roe"],
    "who-ambiguous": ["who", "Jane"],
    "org": ["org", "ACS"],
    "event": ["event", "Springfield 2024"],
    "stat": ["stat", "acs-licensing-revenue"],
    "stat-list": ["stat"],
    "search": ["search", "licensing"],
    "sources": ["sources"],
    "search-treaty": ["search", "Springfield Treaty", "--limit", "3"],
    # the whole cards, as --full shows them (every section, each row's quote)
    "who-full": ["who", "Jane Roe", "--full"],
    "org-full": ["org", "ACS", "--full"],
    "event-full": ["event", "Springfield 2024", "--full"],
    "stat-full": ["stat", "acs-licensing-revenue", "--full"],
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_golden_table(invoke: Callable[..., Result], name: str) -> None:
    result = invoke("--facts", str(FACTS), *COMMANDS[name], env={"COLUMNS": "80"})
    assert result.exit_code in (0, 1)
    text = result.stdout
    assert "\x1b" not in text  # no colour when stdout is not a terminal
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_every_line_fits_80_columns(invoke: Callable[..., Result]) -> None:
    for args in COMMANDS.values():
        result = invoke("--facts", str(FACTS), *args, env={"COLUMNS": "80"})
        assert result.stdout
        assert max(len(line) for line in result.stdout.splitlines()) <= 80


@pytest.mark.parametrize("width", [20, 40, 80, 200])
def test_real_cards_render_at_any_width(invoke: Callable[..., Result], width: int) -> None:
    for args in (["who", "Liu Hua"], ["event", "Chengdu"], ["stat", "gdp-share"], ["org", "WIPO"]):
        result = invoke(*args, env={"COLUMNS": str(width)})
        assert result.exit_code == 0
        assert "Sources" in result.stdout


@pytest.mark.parametrize("columns", ["0", "00", "-5", "abc", "", "1e3"])
@pytest.mark.parametrize(
    "argv", [["stat", "gdp-share"], ["stat", "gdp-share", "--latest"]], ids=["fast", "full-app"]
)
def test_unusable_columns_is_treated_as_unset(columns: str, argv: list[str]) -> None:
    """COLUMNS=0 once printed nothing with exit 0; 0, negative or non-numeric means unset."""
    unset = {k: v for k, v in os.environ.items() if k != "COLUMNS"}

    def table(env: dict[str, str]) -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "cfacts", "--no-cache", *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == ""
        return proc.stdout

    expected = table(unset)  # not a terminal: rich's default of 80 columns
    assert "gdp-share" in expected
    assert table({**unset, "COLUMNS": columns}) == expected
