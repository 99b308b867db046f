"""Every README code block that can run offline runs, as a reader would paste it (issue 17).

The ```sh and ```console blocks are read from README.md; each command runs in bash in a fresh
folder, with the venv's `cfacts` and `python3` first on PATH, `sqlite3` as a small stand-in
over Python's sqlite3 module (so the test needs no sqlite3 program), a private cache and no
colour. A console block's output is compared with what the command prints (stdout, then
stderr; trailing spaces aside); for a table, whose layout the golden tests hold, its title and
the lines on stderr. Commands that need a network, a terminal or a server, or that
change the user's setup, are skipped by the list below, each with its reason.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
README = ROOT / "README.md"
TIMEOUT = 120

SKIPPED = {
    "python3 -m venv": "creates a virtual environment and installs from PyPI (network)",
    "pip install": "installs from PyPI (network)",
    "cfacts serve": "a server that runs until Ctrl-C; tests/test_serve.py starts and queries it",
    "datasette ": "a server that runs until Ctrl-C; tests/test_serve.py covers it",
    "curl ": "asks the server that `cfacts serve` starts (tests/test_serve.py does)",
    "cfacts --install-completion": "changes the user's shell start-up files",
    "HYPOTHESIS_PROFILE=long": "the long property-test profile takes minutes",
}
"""Commands not run, by how they start, with why."""

RULE = "\u2500"
"""The rule under a table's header: a console block showing one shows a table."""

EXPECTED_STATUS = {"cfacts timeline 2030": 1}
"""Commands the README shows failing, and their exit status; every other command exits 0."""


class Block:
    """One code block: its first line in README.md, its language and its text."""

    def __init__(self, line: int, lang: str, text: str) -> None:
        self.line, self.lang, self.text = line, lang, text

    def __repr__(self) -> str:
        return f"README.md:{self.line} ({self.lang})"


def _blocks() -> list[Block]:
    found: list[Block] = []
    lines = README.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = re.match(r"^```(\w*)\s*$", lines[i])
        if match is None:
            i += 1
            continue
        end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith("```"))
        if match.group(1) in ("sh", "console"):
            found.append(Block(i + 1, match.group(1), "\n".join(lines[i + 1 : end])))
        i = end + 1
    return found


def _commands(text: str) -> list[str]:
    """Split shell text into whole commands: a command goes on until its quotes close."""
    out: list[str] = []
    pending = ""
    for line in text.splitlines():
        pending = f"{pending}\n{line}" if pending else line
        try:
            shlex.split(pending, comments=True)
        except ValueError:
            continue  # an open quote: the command goes on
        if pending.strip():
            out.append(pending)
        pending = ""
    assert not pending, f"unterminated command: {pending}"
    return out


def _console(text: str) -> list[tuple[str, str]]:
    """A console block's commands (after `$ `), each with the output shown below it."""
    steps: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            assert steps, f"output before any command: {line}"
            steps[-1][1].append(line)
    return [(command, "\n".join(output)) for command, output in steps]


def _skip_reason(command: str) -> str | None:
    stripped = command.strip()
    for start, reason in SKIPPED.items():
        if stripped.startswith(start):
            return reason
    if re.search(r"\|\s*jq\b", stripped) and shutil.which("jq") is None:
        return "needs jq, which is not installed"
    return None


BLOCKS = _blocks()
RUNNABLE = [
    block
    for block in BLOCKS
    if any(
        _skip_reason(command) is None
        for command in (
            _commands(block.text) if block.lang == "sh" else [c for c, _ in _console(block.text)]
        )
    )
]
"""The blocks with something to run; the others are wholly in SKIPPED (each with its reason)."""


@pytest.fixture
def shell(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder to run in and the environment to run with."""
    work = tmp_path / "work"
    work.mkdir()
    shared = ROOT.parent / "shared"
    if shared.is_dir():
        (tmp_path / "shared").symlink_to(shared)  # `../shared/sources`, as from the repository
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    sqlite3 = bin_dir / "sqlite3"
    sqlite3.write_text(
        f"#!{sys.executable}\n"
        "import sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        "for row in con.execute(sys.argv[2]):\n"
        "    print('|'.join('' if v is None else str(v) for v in row))\n",
        encoding="utf-8",
    )
    sqlite3.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CFACTS_", "PYTHON"))}
    venv_bin = Path(sys.executable).parent
    env.update(
        PATH=os.pathsep.join([str(bin_dir), str(venv_bin), env.get("PATH", "")]),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        NO_COLOR="1",
        COLUMNS="80",
        LC_ALL="C.UTF-8",
        CFACTS_PAGER="",
    )
    if not (venv_bin / "cfacts").exists():
        pytest.skip("the cfacts console script is not installed beside this Python")
    return work, env


def _run(command: str, work: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def _check(command: str, proc: subprocess.CompletedProcess[str]) -> None:
    status = EXPECTED_STATUS.get(command.strip(), 0)
    assert proc.returncode == status, (command, proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, (command, proc.stderr)


def test_readme_has_blocks_to_run() -> None:
    runnable = [
        command
        for block in BLOCKS
        for command in (
            _commands(block.text) if block.lang == "sh" else [c for c, _ in _console(block.text)]
        )
        if _skip_reason(command) is None
    ]
    assert len(runnable) > 20
    assert any(c.startswith("sqlite3 ") for c in runnable)
    assert any("import duckdb" in c for c in runnable)
    assert not any(c.startswith("duckdb ") for c in runnable), "the duckdb CLI is not offline"


@pytest.mark.parametrize("block", [b for b in RUNNABLE if b.lang == "sh"], ids=repr)
def test_sh_block_runs(block: Block, shell: tuple[Path, dict[str, str]]) -> None:
    work, env = shell
    for command in _commands(block.text):
        if _skip_reason(command) is not None:
            continue
        if "import duckdb" in command:
            pytest.importorskip("duckdb", reason="the DuckDB example needs the duckdb package")
        if "../shared/sources" in command and not (work.parent / "shared").exists():
            continue  # the articles are not beside this checkout
        proc = _run(command, work, env)
        _check(command, proc)
        if command.startswith(("sqlite3 ", "python3 -c")):
            lines = proc.stdout.splitlines()
            assert lines, (command, proc.stderr)
            if "DISTINCT" in command:
                assert len(lines) == len(set(lines)) > 1, proc.stdout


@pytest.mark.parametrize("block", [b for b in RUNNABLE if b.lang == "console"], ids=repr)
def test_console_block_prints_what_it_shows(
    block: Block, shell: tuple[Path, dict[str, str]]
) -> None:
    work, env = shell
    for command, shown in _console(block.text):
        if _skip_reason(command) is not None:
            continue
        proc = _run(command, work, env)
        _check(command, proc)
        printed = [line.rstrip() for line in (proc.stdout + proc.stderr).rstrip("\n").splitlines()]
        expected = [line.rstrip() for line in shown.splitlines()]
        if any(RULE in line for line in expected):
            # A table: its layout is held by the golden tests (tests/test_render.py); here its
            # title and what goes to stderr must be as shown.
            assert printed[0].split("  ")[0] == expected[0].split("  ")[0], command
            errors = [line.rstrip() for line in proc.stderr.splitlines()]
            assert errors == expected[len(expected) - len(errors) :], command
        else:
            assert printed == expected, command
