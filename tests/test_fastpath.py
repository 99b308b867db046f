"""The fast path answers plain lookups exactly as the full app does, and leaves the rest to it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cfacts.cli.app import app
from cfacts.cli.commands import output_format
from cfacts.cli.main import answer, parse
from cfacts.cli.runner import Settings, Stop
from conftest import DATA, ROOT

BAD = str(DATA / "bad" / "duplicate_id.toml")

SAME = [
    ["who", "Liu Hua"],
    ["who", "hua liu", "--json"],
    ["who", "Liu Hua", "--format", "csv"],
    ["who", "Liu Hua", "--format=markdown"],
    ["who", "Liu Hua", "--format", "jsonl"],
    ["who", "Zhou"],
    ["who", "Zhou", "--json"],
    ["who", "nobody at all"],
    ["who", ""],
    ["who", "   "],
    ["org", "CAVCA"],
    ["org", "mcsc", "--format", "csv"],
    ["event", "Chengdu"],
    ["event", "roundtable", "--json"],
    ["stat", "gdp-share"],
    ["stat", "gdp-share", "--format", "markdown"],
    ["stat", "gdp-share", "--format", "csv"],
    ["stat"],
    ["stat", "--json"],
    ["search", "karaoke"],
    ["search", "karaoke", "--format", "jsonl"],
    ["sources"],
    ["sources", "--format", "csv"],
    ["--no-cache", "who", "Liu Hua", "--json"],
    ["--facts", BAD, "who", "Liu Hua"],
    [f"--facts={BAD}", "stat"],
    ["--facts", "/nonexistent/facts.toml", "who", "x"],
    ["who", "\x1b[31mred\x1b[0m [bold]x[/bold]"],
    # every option of every command, since one grammar declares them (issue 12)
    ["who", "--", "x"],
    ["who", "--", "-x"],
    ["stat", "gdp-share", "--latest"],
    ["stat", "gdp-share", "--latest", "--json"],
    ["stat", "--year", "2024"],
    ["stat", "--year=2023", "gdp-share", "--format", "csv"],
    ["stat", "gdp-share", "--year", "2022"],
    ["search", "x", "--limit", "3"],
    ["search", "karaoke", "--limit=1", "--json"],
    ["ask", "what did MCSC earn in 2024", "--json"],
    ["timeline", "Beijing Treaty", "--format", "csv"],
    ["timeline", "2023", "--format", "csv"],
    ["timeline", "AI", "--year", "2019", "--json"],
    ["timeline", "--from", "2021", "--to=2023-06", "--format", "jsonl"],
    ["timeline", "--year", "2030"],
    ["timeline", "--from", "2023-13"],
    ["info"],
    ["info", "--json"],
    ["check"],
    ["--facts", BAD, "check"],
    ["export", "-", "--format", "jsonl"],
    ["export", "-"],
    ["who", "Liu Hua", "--json", "--format", "csv"],
    ["who", "Liu Hua", "--full", "--section", "roles"],
    ["event", "roundtable", "--section", "speakers", "--section=said"],
    ["who", "Liu Hua", "--full"],
]


def _fast(runner: CliRunner, argv: list[str]) -> tuple[int | None, str, str]:
    with runner.isolation() as (out, err, _):
        code = answer(argv)
        sys.stdout.flush()
        sys.stderr.flush()
        return code, out.getvalue().decode(), err.getvalue().decode()


@pytest.mark.parametrize("argv", SAME, ids=lambda a: " ".join(a)[:40])
def test_fast_path_prints_what_the_full_app_prints(argv: list[str]) -> None:
    runner = CliRunner()
    assert parse(argv) is not None, "this command line should take the fast path"
    code, out, err = _fast(runner, argv)
    full = runner.invoke(app, argv)
    assert (code, out, err) == (full.exit_code, full.stdout, full.stderr)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["who"],
        ["who", "a", "b"],
        ["who", "--help"],
        ["who", "-x"],
        ["who", "x", "--format", "yaml"],
        ["who", "x", "--format"],
        ["stat", "--year", "twenty"],
        ["search", "x", "--limit", "0"],
        ["sources", "extra"],
        ["--version"],
        ["--facts"],
        ["--facts", "--no-cache", "who", "x"],
        ["--facts="],
        ["whom", "x"],
        ["who", "x", "--facts", "f.toml"],
    ],
    ids=lambda a: " ".join(a) or "(none)",
)
def test_everything_else_goes_to_the_full_app(argv: list[str]) -> None:
    assert parse(argv) is None


def test_parse_reads_global_options_and_format() -> None:
    parsed = parse(["--no-cache", "--facts", "f.toml", "stat", "--format", "json", "--json"])
    assert parsed is not None
    settings, command, values = parsed
    assert (settings, command.name) == (Settings("f.toml", False), "stat")
    assert values == {
        "query": None, "year": None, "latest": False, "format": "json", "json": True,
        "no_pager": False, "full": False, "sections": (),
    }  # fmt: skip
    assert output_format(values) == "json"
    with pytest.raises(Stop) as conflict:  # two formats at once: a usage error naming both
        output_format({**values, "format": "csv"})
    assert conflict.value.code == 2
    assert "--json and --format csv" in conflict.value.lines[0]
    parsed = parse(["org", "--format=markdown", "CAVCA"])
    assert parsed is not None
    assert (parsed[0], parsed[1].name, parsed[2]["query"]) == (Settings(), "org", "CAVCA")
    assert output_format(parsed[2]) == "markdown"


TOKENS = st.sampled_from(
    ["who", "org", "stat", "sources", "search", "Liu", "Liu Hua", "gdp-share", "--json",
     "--format", "csv", "jsonl", "--no-cache", "--latest", "--", "-", "x", "--year", "2024",
     "--limit", "3", "ask", "timeline", "info", "--year=2023"]
)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(TOKENS, max_size=5))
def test_any_command_line_the_fast_path_takes_matches_the_full_app(argv: list[str]) -> None:
    if parse(argv) is None:
        return
    runner = CliRunner()
    full = runner.invoke(app, argv)
    assert _fast(runner, argv) == (full.exit_code, full.stdout, full.stderr)


def test_installed_entry_point_is_the_fast_path() -> None:
    text = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'cfacts = "cfacts.cli.console:run"' in text
    main_module = Path(__file__).parents[1] / "src" / "cfacts" / "__main__.py"
    assert "from cfacts.cli.console import run" in main_module.read_text(encoding="utf-8")


def test_the_console_script_turns_the_collector_off_before_it_imports_the_entry_point(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`console.run` turns the cycle collector off and only then imports `cli.main` (whose
    modules' objects the collector would otherwise walk over at start-up); importing
    `console` itself leaves the collector alone."""
    import gc
    import sys
    import types

    from cfacts.cli import console

    assert gc.isenabled()
    seen: list[bool] = []
    stand_in = types.ModuleType("cfacts.cli.main")
    stand_in.run = lambda: seen.append(gc.isenabled())  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cfacts.cli.main", stand_in)
    try:
        console.run()
    finally:
        gc.enable()
    assert seen == [False]


def test_the_console_script_runs_with_the_collector_off_from_the_start() -> None:
    """Through the real entry point: the modules `cli.main` imports are imported with the
    collector already off (a module that records it when imported, put first on the path)."""
    import subprocess
    import sys

    probe = (
        "import gc, os, runpy, sys\n"
        "seen = []\n"
        "class Finder:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'cfacts.cli.main':\n"
        "            seen.append(gc.isenabled())\n"
        "        return None\n"
        "sys.meta_path.insert(0, Finder())\n"
        "real_exit = os._exit\n"
        "def leave(status):\n"
        "    sys.stderr.write(f'collector on at import: {seen}\\n')\n"
        "    sys.stderr.flush()\n"
        "    real_exit(status)\n"
        "os._exit = leave\n"
        "sys.argv = ['cfacts', '--version']\n"
        "runpy.run_module('cfacts', run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "collector on at import: [False]" in done.stderr


def test_a_command_runs_without_the_cycle_collector_and_gives_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`main` turns the cycle collector off while a command runs (a few ms of every start)
    and puts it back as it was, so calling it in a process that goes on leaks nothing."""
    import gc

    from cfacts.cli import main as entry

    seen: list[bool] = []

    def command() -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(entry, "_main", command)
    assert gc.isenabled()
    assert entry.main() == 0
    assert seen == [False]
    assert gc.isenabled()


def test_serve_turns_the_cycle_collector_back_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server runs until stopped: `cfacts serve` runs Datasette with the collector on,
    though `main` turned it off (Datasette itself is a stand-in here)."""
    import gc
    import types

    from cfacts.cli import main as entry

    seen: list[bool] = []

    def fake_main(args: list[str], prog_name: str, standalone_mode: bool) -> None:
        seen.append(gc.isenabled())

    fake = types.ModuleType("datasette.cli")
    fake.cli = types.SimpleNamespace(main=fake_main)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "datasette", types.ModuleType("datasette"))
    monkeypatch.setitem(sys.modules, "datasette.cli", fake)
    monkeypatch.setattr(sys, "argv", ["cfacts", "--facts", str(ROOT / "facts.toml"), "serve"])
    assert entry.main() == 0
    assert seen == [True]


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["search", "copyright", "--json", "--limit", "500"], 0),  # a long document, whole
        (["ask", "who is the CEO of Tencent"], 1),  # a refusal: one line on stderr
        (["who", "--bogus"], 2),  # a usage error from the typer app
    ],
)
def test_the_console_script_leaves_at_once_with_its_output_whole(
    argv: list[str], status: int
) -> None:
    """`run` ends the process without tearing the interpreter down (`os._exit`): what was
    written still reaches the reader, and the exit code is `main`'s."""
    import json
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "cfacts", *argv],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == status, done.stderr
    if status == 0:
        document = json.loads(done.stdout)
        assert document["total"] > 100 and len(document["results"]) == document["total"]
    else:
        assert done.stderr.strip() and "Traceback" not in done.stderr
