"""The pager: used on a real terminal for answers taller than it, never when piped or refused."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from cfacts.cli.pager import DEFAULT, command
from conftest import MINIMAL

RECORDER = """#!{python}
import sys
open({out!r}, "ab").write(("ARGS " + " ".join(sys.argv[1:]) + "\\n").encode())
open({out!r}, "ab").write(sys.stdin.buffer.read())
"""


def _recorder(folder: Path, name: str) -> tuple[Path, Path]:
    """An executable pager that records its arguments and what it was given."""
    out = folder / f"{name}.out"
    program = folder / name
    program.write_text(RECORDER.format(python=sys.executable, out=str(out)), encoding="utf-8")
    program.chmod(0o755)
    return program, out


def _on_a_terminal(
    args: list[str], env: dict[str, str], rows: int = 24, columns: int = 80
) -> tuple[int, str]:
    """Run cfacts on a pseudo-terminal of the given size; (exit code, what it showed)."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execve(sys.executable, [sys.executable, "-m", "cfacts", *args], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    shown = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in ("PAGER", "CFACTS_PAGER", "COLUMNS")}
    base.pop("LINES", None)
    base["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    base["TERM"] = "xterm-256color"
    return base


def test_a_tall_answer_on_a_terminal_goes_through_the_pager_in_colour(
    tmp_path: Path, env: dict[str, str]
) -> None:
    program, out = _recorder(tmp_path, "mypager")
    code, shown = _on_a_terminal(
        ["event", "roundtable"], {**env, "CFACTS_PAGER": f"{program} --flag"}
    )
    assert code == 0
    paged = out.read_text(encoding="utf-8")
    assert paged.startswith("ARGS --flag\n")
    assert "Roundtable" in paged and "\x1b[" in paged  # colours kept for less -R
    assert "Roundtable" not in shown  # not printed a second time


def test_pager_then_pager_env_then_less_frx(tmp_path: Path, env: dict[str, str]) -> None:
    assert command({}) == DEFAULT.split() == ["less", "-FRX"]
    assert command({"PAGER": "more -s"}) == ["more", "-s"]
    assert command({"PAGER": "more", "CFACTS_PAGER": "most"}) == ["most"]
    assert command({"PAGER": "more", "CFACTS_PAGER": ""}) is None
    assert command({"PAGER": "   "}) == ["less", "-FRX"]
    assert command({"CFACTS_PAGER": "unclosed 'quote"}) is None
    # with neither variable set, the program named less on PATH is run with -FRX
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _, out = _recorder(bin_dir, "less")
    code, _ = _on_a_terminal(
        ["event", "roundtable"], {**env, "PATH": f"{bin_dir}{os.pathsep}{env['PATH']}"}
    )
    assert code == 0
    assert out.read_text(encoding="utf-8").startswith("ARGS -FRX\n")


def test_a_short_answer_is_printed_without_a_pager(
    tmp_path: Path, env: dict[str, str]
) -> None:
    facts = tmp_path / "facts.toml"
    facts.write_text(MINIMAL, encoding="utf-8")
    program, out = _recorder(tmp_path, "mypager")
    code, shown = _on_a_terminal(
        ["--facts", str(facts), "org", "ACS"], {**env, "CFACTS_PAGER": str(program)}, rows=200
    )
    assert code == 0
    assert "Acme Copyright Society" in shown
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "extra"),
    [
        (["event", "roundtable", "--no-pager"], {}),
        (["event", "roundtable"], {"CFACTS_PAGER": ""}),
    ],
    ids=["--no-pager", "empty CFACTS_PAGER"],
)
def test_paging_can_be_turned_off(
    tmp_path: Path, env: dict[str, str], args: list[str], extra: dict[str, str]
) -> None:
    program, out = _recorder(tmp_path, "mypager")
    code, shown = _on_a_terminal(args, {**env, "PAGER": str(program), **extra})
    assert code == 0
    assert "Roundtable" in shown
    assert not out.exists()


def test_a_missing_pager_program_falls_back_to_printing(
    tmp_path: Path, env: dict[str, str]
) -> None:
    code, shown = _on_a_terminal(
        ["event", "roundtable"], {**env, "CFACTS_PAGER": str(tmp_path / "no-such-pager")}
    )
    assert code == 0
    assert "Roundtable" in shown


def test_piped_output_never_uses_the_pager(tmp_path: Path, env: dict[str, str]) -> None:
    program, out = _recorder(tmp_path, "mypager")
    done = subprocess.run(
        [sys.executable, "-m", "cfacts", "event", "roundtable"],
        env={**env, "CFACTS_PAGER": str(program)},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0
    assert "Roundtable" in done.stdout
    assert not out.exists()


def test_hostile_fact_text_reaches_the_pager_only_as_escaped_text(
    tmp_path: Path, env: dict[str, str]
) -> None:
    text = MINIMAL.replace(
        'name = "Jane Roe"', 'name = "Jane Roe"\ndescription = "\\u001b]52;c;cHduZWQ=\\u0007 x"'
    )
    facts = tmp_path / "facts.toml"
    facts.write_text(text, encoding="utf-8")
    program, out = _recorder(tmp_path, "mypager")
    code, _ = _on_a_terminal(
        ["--facts", str(facts), "who", "Jane Roe"], {**env, "CFACTS_PAGER": str(program)}, rows=3
    )
    assert code == 0
    paged = out.read_text(encoding="utf-8")
    assert "Jane Roe" in paged
    assert "\x1b]52" not in paged and "\x07" not in paged
    assert "\\x1b]52" in paged
