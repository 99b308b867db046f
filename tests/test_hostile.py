"""Hostile text planted in a fact base and in queries is printed as data, never interpreted."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from conftest import MINIMAL

RAW = ("\x1b", "\x9b", "\r", "\x08", "\u202e", "\x07", "\x00")

HOSTILE_NAME = (
    "[red]Evil[/red] [link=http://evil.example]Corp[/link] [/ "
    "\\u001b[2J\\u001b]8;;http://x\\u001b\\\\ \\u001b]52;c;ZXZpbA==\\u0007 "
    "\\u009b31m \\r \\b \\u200b \\u202eEvil"
)


@pytest.fixture
def hostile_facts(write_facts: Callable[..., Path]) -> Path:
    text = MINIMAL.replace('name = "Acme Copyright Society"', f'name = "Acme {HOSTILE_NAME}"')
    text = text.replace('name = "Jane Roe"', f'name = "Jane Roe {HOSTILE_NAME}"')
    return write_facts(text)


def _assert_clean(*streams: str) -> None:
    for stream in streams:
        for raw in RAW:
            assert raw not in stream, f"raw {raw!r} reached the terminal"


@pytest.mark.parametrize(
    "args",
    [["who", "Jane Roe"], ["org", "Acme"], ["search", "Evil"], ["org", "ACS"], ["sources"]],
)
def test_tables_print_hostile_text_literally(
    invoke: Callable[..., Result], hostile_facts: Path, args: list[str]
) -> None:
    result = invoke("--facts", str(hostile_facts), *args)
    assert result.exit_code == 0, result.stderr
    _assert_clean(result.stdout, result.stderr)
    if args[0] != "sources":
        assert "[red]Evil[/red]" in result.stdout  # markup shown, not applied
        assert "\\x1b" in result.stdout  # escape shown as a visible placeholder


@pytest.mark.parametrize("args", [["who", "Jane Roe"], ["org", "Acme"], ["search", "Evil"]])
def test_json_keeps_hostile_text_escaped(
    invoke: Callable[..., Result], hostile_facts: Path, args: list[str]
) -> None:
    result = invoke("--facts", str(hostile_facts), *args, "--json")
    _assert_clean(result.stdout, result.stderr)
    doc = json.loads(result.stdout)
    assert "\x1b[2J" in doc["results"][0]["name"]
    assert "\u202e" in doc["results"][0]["name"]


@pytest.mark.parametrize(
    "query",
    [
        "\x1b[2J\x1b]0;pwned\x07",
        "[bold]x[/bold]",
        "\u202eevil",
        "a\rb",
        "x" * 10_000,
        "刘华",
        "😀😀",
        "Liu 华",
        "--json",
        "-",
    ],
)
def test_odd_queries_never_crash_and_never_leak(invoke: Callable[..., Result], query: str) -> None:
    for command in ("who", "org", "event", "stat", "search"):
        result = invoke(command, "--json", "--", query)
        assert result.exit_code in (0, 1, 2)
        _assert_clean(result.stdout, result.stderr)
        if result.exit_code != 2:
            json.loads(result.stdout)
        table = invoke(command, "--", query)
        assert table.exit_code == result.exit_code
        _assert_clean(table.stdout, table.stderr)


def test_option_like_name_after_double_dash(invoke: Callable[..., Result]) -> None:
    result = invoke("who", "--json", "--", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["query"] == "--json"
