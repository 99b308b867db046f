"""Crash hygiene: a bug is one stderr line and exit 70; Ctrl-C and closed pipes stay quiet."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from typing import NoReturn

import pytest
from typer.testing import CliRunner, Result

from conftest import ROOT

SENTINEL = "s3ntinel-local-value-4242"


def test_a_bug_is_one_line_and_exit_70_never_its_locals(
    invoke: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, runner: CliRunner
) -> None:
    from cfacts.cli.app import app
    from cfacts.finding import lookup

    def broken(self: lookup.Lookup, query: str) -> NoReturn:
        secret = SENTINEL  # noqa: F841 - the local that must not be printed
        raise RuntimeError("planted bug")

    monkeypatch.setattr(lookup.Lookup, "who", broken)
    result = runner.invoke(app, ["who", "Liu Hua"])
    assert result.exit_code != 0
    assert isinstance(result.exception, RuntimeError)
    # Both entry routes: the fast path, and the full app (`--` sends the line to typer).
    for argv in (["who", "Liu Hua"], ["who", "--", "Liu Hua"]):
        code = (
            "from cfacts.finding import lookup; from cfacts.cli import main as fastpath\n"
            "def broken(self, query):\n"
            f"    secret = {SENTINEL!r}\n"
            "    raise RuntimeError('planted bug')\n"
            "lookup.Lookup.who = broken\n"
            f"import sys; sys.argv = ['cfacts', *{argv!r}]\n"
            "sys.exit(fastpath.main())\n"
        )
        env = {**os.environ, "COLUMNS": "120", "TERM": "dumb"}
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
        )
        assert proc.returncode == 70, argv  # ExitStatus.INTERNAL: a bug of ours
        assert "planted bug" in proc.stderr, argv
        assert "Traceback" not in proc.stderr, argv  # one line naming it, never a traceback
        assert proc.stderr.count("\n") == 1, (argv, proc.stderr)
        assert SENTINEL not in proc.stderr + proc.stdout, argv


def test_broken_pipe_is_quiet() -> None:
    cmd = [sys.executable, "-m", "cfacts", "search", "a", "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=30)
    assert "Traceback" not in stderr
    assert "BrokenPipe" not in stderr


def test_ctrl_c_exits_130_quietly() -> None:
    code = (
        "import sys, time\nfrom cfacts.cli import main as fastpath\n"
        "def slow(self, query):\n    print('ready', flush=True)\n    time.sleep(30)\n"
        "from cfacts.finding import lookup\nlookup.Lookup.who = slow\n"
        "sys.argv = ['cfacts', 'who', 'x']\nsys.exit(fastpath.main())\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().strip() == b"ready"
    time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=30) == 130
    assert b"Traceback" not in proc.stderr.read()
