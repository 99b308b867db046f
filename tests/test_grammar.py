"""The one declaration of the command line: the parser, the typer app and requests follow it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import typer
import typer.core
from typer.testing import Result

from cfacts.cli.app import app
from cfacts.cli.commands import PRESENTATION
from cfacts.cli.grammar import BY_NAME, COMMANDS, GLOBALS, Command, Unparsed, parse_argv
from cfacts.finding.dispatch import Request
from cfacts.frozen import field_names


def _click() -> typer.core.TyperGroup:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    return group


def test_the_typer_app_has_exactly_the_declared_commands_in_order() -> None:
    assert list(_click().commands) == [command.name for command in COMMANDS]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_the_typer_app_has_exactly_the_declared_parameters(command: Command) -> None:
    clicked = _click().commands[command.name]
    declared = {(p.dest, tuple(p.flags)) for p in command.params}
    derived = {
        (p.name, tuple(p.opts) if p.param_type_name == "option" else ())
        for p in clicked.params
        if p.name != "help"
    }
    assert derived == declared
    assert clicked.help == command.help
    for param in command.params:
        [match] = [p for p in clicked.params if p.name == param.dest]
        assert isinstance(match, (typer.core.TyperArgument, typer.core.TyperOption))
        assert match.help == param.help
        assert bool(match.required) == param.required


def test_the_root_options_are_the_declared_globals() -> None:
    names = {p.name for p in _click().params} - {"help", "install_completion", "show_completion"}
    assert names == {p.dest for p in GLOBALS} | {"version"}


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.lookup], ids=lambda c: c.name)
def test_every_lookup_parameter_is_a_request_field(command: Command) -> None:
    fields = set(field_names(Request)) - {"command"}
    assert {p.dest for p in command.params} - set(PRESENTATION) <= fields


@pytest.mark.parametrize(
    ("argv", "globals_", "values"),
    [
        (["who", "Liu Hua"], {}, {"query": "Liu Hua", "format": None, "json": False}),
        (["who", "x", "--section", "roles", "--section=about"], {},
         {"sections": ("roles", "about")}),
        (["--no-cache", "stat", "--year=2024", "--latest"], {"no_cache": True},
         {"query": None, "year": 2024, "latest": True}),
        (["search", "x", "--limit", "3", "--json"], {}, {"limit": 3, "json": True}),
        (["--facts", "f.toml", "who", "--", "--json"], {"facts": "f.toml"},
         {"query": "--json", "json": False}),
        (["export", "-", "--format", "jsonl"], {}, {"path": "-", "format": "jsonl"}),
    ],
)  # fmt: skip
def test_parse_reads_options_anywhere_after_the_command(
    argv: list[str], globals_: dict[str, object], values: dict[str, object]
) -> None:
    parsed = parse_argv(argv)
    assert parsed.command is BY_NAME[argv[argv.index(parsed.command.name)]]
    assert globals_.items() <= parsed.globals.items()
    assert values.items() <= parsed.values.items()


@pytest.mark.parametrize(
    "argv",
    [[], ["whom"], ["who"], ["who", "a", "b"], ["who", "x", "--format", "yaml"],
     ["stat", "--year", "twenty"], ["search", "x", "--limit", "0"], ["who", "x", "--latest"],
     ["--facts"], ["--json", "who", "x"], ["who", "x", "--json=yes"], ["check", "x"]],
)  # fmt: skip
def test_anything_else_is_left_to_the_typer_app(argv: list[str]) -> None:
    with pytest.raises(Unparsed):
        parse_argv(argv)


def test_help_is_self_contained_and_complete(invoke: Callable[..., Result]) -> None:
    """Formats and exit codes are described in --help itself; summaries are never cut;
    `cfacts help COMMAND` prints `cfacts COMMAND --help`; -V prints the version."""
    top = invoke("--help").stdout
    assert "Exit codes: 0 found, 1 no match, 2 usage error" in " ".join(top.split())
    assert "..." not in top.split("Commands:", 1)[1] and "(see README)" not in top
    commands = top.split("Commands:", 1)[1]
    assert commands.index("who") < commands.index("check")  # lookups first
    who = invoke("who", "--help").stdout
    assert "Usage: cfacts who [OPTIONS] QUERY" in who and "{QUERY}" not in who
    assert "jsonl (one object per row)" in " ".join(who.split())
    assert invoke("help", "who").stdout == who
    assert invoke("help").stdout == top
    assert invoke("-V").stdout.startswith("cfacts ")
    for command in COMMANDS:
        assert "(see README)" not in invoke(command.name, "--help").stdout, command.name
