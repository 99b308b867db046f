"""Loose start-up guards: the JSON path never imports rich, the core never imports typer, and a
warm lookup never parses."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

CORE = (
    "cfacts.factbase.loader, cfacts.finding.lookup, cfacts.finding.matching, "
    "cfacts.factbase.quotes, cfacts.output.jsonout"
)


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return set(out.split())


def test_core_never_imports_typer_or_rich() -> None:
    modules = _modules_after(f"import {CORE}")
    assert "typer" not in modules
    assert "rich" not in modules


def _lookup_modules(*argv: str) -> set[str]:
    code = (
        "import sys\nfrom cfacts.cli.main import main\n"
        f"sys.argv = ['cfacts', *{list(argv)!r}]\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        main()\n    except SystemExit:\n        pass"
    )
    return _modules_after(code)


def test_json_lookup_imports_neither_typer_nor_rich_nor_inspect() -> None:
    modules = _lookup_modules("who", "Liu Hua", "--json")
    assert not {"typer", "rich", "pydantic", "inspect", "dataclasses"} & modules


def test_ask_and_json_lookups_never_import_typing() -> None:
    """`typing` costs about 3 ms of start-up: modules take `TYPE_CHECKING = False` instead."""
    for argv in (
        ("who", "Liu Hua", "--json"),
        ("stat", "gdp-share", "--json"),
        ("ask", "what did MCSC earn in 2024", "--json"),
        ("ask", "who mentioned blockchain"),
    ):
        assert "typing" not in _lookup_modules(*argv), argv


def test_ask_and_lookups_import_neither_datetime_nor_shlex() -> None:
    """`sqlite3`'s date adapters import `datetime` (about 2.5 ms: `index.sqlite` takes
    `_sqlite3`), and `shlex` costs about 0.5 ms (`sanitize.shell_quoted` quotes instead)."""
    for argv in (
        ("who", "Liu Hua", "--json"),
        ("ask", "what did MCSC earn in 2024", "--json"),
        ("ask", "who mentioned blockchain"),
    ):
        assert not {"datetime", "sqlite3", "shlex"} & _lookup_modules(*argv), argv


def test_every_command_line_the_grammar_reads_takes_the_fast_path() -> None:
    for argv in (
        ("stat", "gdp-share"),
        ("org", "CAVCA", "--format", "csv"),
        ("sources",),
        ("stat", "gdp-share", "--latest"),
        ("stat", "--year", "2024", "--json"),
        ("search", "karaoke", "--limit", "2"),
        ("info",),
    ):
        assert "typer" not in _lookup_modules(*argv), argv


def test_help_and_usage_errors_reach_the_full_app() -> None:
    assert "typer" in _lookup_modules("--version")
    assert "typer" in _lookup_modules("who", "--help")
    assert "typer" in _lookup_modules("stat", "--year", "twenty")


def test_a_warm_lookup_reads_the_index_without_parsing_or_openssl() -> None:
    _lookup_modules("who", "Liu Hua", "--json")  # builds the index if this session has none
    modules = _lookup_modules("who", "Liu Hua", "--json")
    parsing = {"tomli", "cfacts.factbase.loader", "cfacts.index.indexer", "cfacts.index.blocks"}
    assert not parsing & modules
    assert not {"_hashlib", "unicodedata", "cfacts.factbase.schema"} & modules  # start-up costs
    answering_first = {"cfacts.index.quick", "fcntl", "subprocess"}  # no index yet, large base
    assert not answering_first & modules


def test_a_warm_lookup_by_name_neither_imports_nor_builds_full_text_search() -> None:
    _lookup_modules("who", "Liu Hua", "--json")  # builds the index if this session has none
    modules = _lookup_modules("who", "Liu Hua", "--json")
    full_text = {"cfacts.index.fulltext", "cfacts.finding.fulltext", "cfacts.finding.answer"}
    assert not full_text & modules
    assert "cfacts.index.fulltext" in _lookup_modules("search", "karaoke", "--json")


def test_reading_a_question_compiles_no_pattern_at_import() -> None:
    """Compiling the question reader's dozens of patterns cost about 15 ms of every `ask`:
    `cfacts.lazyre` puts each off until a question's reading first uses it."""
    code = (
        "import re, sys\nreal = re._compile\nsites = []\n"
        "def spy(pattern, flags):\n"
        "    frame = sys._getframe(2)\n"
        "    sites.append(f'{frame.f_code.co_filename}:{frame.f_lineno}')\n"
        "    return real(pattern, flags)\n"
        "re._compile = spy\n"
        "import cfacts.cli.main, cfacts.finding.ask, cfacts.finding.answer\n"
        "print('\\n'.join(s for s in sites if 'cfacts' in s and 'finding' in s))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.split() == []
