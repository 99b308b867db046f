"""Only regular files are read: a FIFO, a device or a socket as the fact base or as an article
is refused at once with one line and exit 3, never read until it blocks or fills memory."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from cfacts.errors import FactBaseError
from cfacts.factbase.loader import load
from conftest import MINIMAL, ROOT

TIMEOUT = 20
MEMORY = 1 << 30
"""Child processes get 1 GiB of address space: reading /dev/zero fails fast, not the machine."""


class Blocked(Exception):
    """Still blocked when the deadline passed (not an OSError: nothing may mistake it)."""


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise Blocked in this (main) thread if the block runs longer than ``seconds``."""

    def expired(signum: int, frame: FrameType | None) -> None:
        raise Blocked(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "facts.fifo"
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "facts.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        yield path
    finally:
        server.close()


def _limit_memory() -> None:  # pragma: no cover - runs in the child
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def cfacts(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real entry point with a time and memory limit."""
    return subprocess.run(
        [sys.executable, "-m", "cfacts", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=TIMEOUT,
        preexec_fn=_limit_memory,
    )


def _one_line(proc: subprocess.CompletedProcess[str], path: Path | str, what: str) -> None:
    assert proc.returncode == 3, proc.stderr
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"{path}: is {what}, not a regular file (hint: "), lines[0]


# -- the loader ----------------------------------------------------------------------------------


def test_fifo_is_refused_without_blocking(fifo: Path) -> None:
    with deadline(10), pytest.raises(FactBaseError) as caught:
        load(fifo)
    [problem] = caught.value.problems
    assert problem.format().startswith(f"{fifo}: is a FIFO (named pipe), not a regular file")
    assert problem.hint


def test_symlink_to_a_fifo_is_refused(fifo: Path, tmp_path: Path) -> None:
    link = tmp_path / "facts.toml"
    link.symlink_to(fifo)
    with deadline(10), pytest.raises(FactBaseError, match="FIFO"):
        load(link)


def test_device_is_refused() -> None:
    # /dev/zero is tried only in a child with a memory limit (below): read, it never ends.
    with deadline(10), pytest.raises(FactBaseError) as caught:
        load(Path("/dev/null"))
    [problem] = caught.value.problems
    assert problem.message == "is a character device, not a regular file"


def test_socket_is_refused(unix_socket: Path) -> None:
    with deadline(10), pytest.raises(FactBaseError, match="is a socket, not a regular file"):
        load(unix_socket)


def test_a_fifo_swapped_in_after_the_check_is_refused(
    fifo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race: the path is a regular file when it is checked, a FIFO when it is opened.
    regular = tmp_path / "regular.toml"
    regular.write_text(MINIMAL)
    real_stat = os.stat

    def stat_then_swap(path: str | os.PathLike[str], *args: Any, **kwargs: Any) -> os.stat_result:
        if os.fspath(path) == os.fspath(fifo):
            return real_stat(regular)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat_then_swap)
    with deadline(10), pytest.raises(FactBaseError, match="FIFO"):
        load(fifo)


# -- the command line ------------------------------------------------------------------------


@pytest.mark.parametrize("cache", [[], ["--no-cache"]], ids=["cache", "no-cache"])
def test_fifo_as_facts_exits_3_at_once(fifo: Path, cache: list[str]) -> None:
    _one_line(cfacts("--facts", str(fifo), *cache, "who", "Jane"), fifo, "a FIFO (named pipe)")


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
@pytest.mark.parametrize("cache", [[], ["--no-cache"]], ids=["cache", "no-cache"])
def test_device_as_facts_exits_3_at_once(device: str, cache: list[str]) -> None:
    _one_line(cfacts("--facts", device, *cache, "who", "Jane"), device, "a character device")


@pytest.mark.parametrize(
    "command", [["info"], ["who", "Jane", "--json"], ["stat", "x", "--latest"]]
)
def test_fifo_through_the_full_app_and_environment(fifo: Path, command: list[str]) -> None:
    proc = cfacts(*command, env={"CFACTS_FACTS": str(fifo)})
    _one_line(proc, fifo, "a FIFO (named pipe)")


@pytest.mark.parametrize(
    "env",
    [
        {"_CFACTS_COMPLETE": "complete_bash", "COMP_WORDS": "cfacts --facts {} who Ja",
         "COMP_CWORD": "4"},
        {"_CFACTS_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "cfacts --facts {} org "},
        # Declined by the fast path (an option with a value): typer's callback answers.
        {"_CFACTS_COMPLETE": "complete_bash",
         "COMP_WORDS": "cfacts --facts {} who --format csv Ja", "COMP_CWORD": "6"},
    ],
    ids=["bash", "zsh", "typer"],
)  # fmt: skip
@pytest.mark.parametrize("target", ["fifo", "/dev/zero"])
def test_completion_never_blocks(
    fifo: Path, env: dict[str, str], target: str, tmp_path: Path
) -> None:
    path = str(fifo) if target == "fifo" else target
    filled = {key: value.replace("{}", path) for key, value in env.items()}
    proc = cfacts(env=filled)
    assert proc.returncode == 0
    assert proc.stdout.strip() == ""
    assert proc.stderr == ""


def test_check_sources_refuses_a_fifo_article(tmp_path: Path) -> None:
    facts = tmp_path / "facts.toml"
    facts.write_text(MINIMAL, encoding="utf-8")
    articles = tmp_path / "sources"
    articles.mkdir()
    os.mkfifo(articles / "article.txt")
    proc = cfacts("--facts", str(facts), "check", "--sources", str(articles))
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr
    first = proc.stderr.splitlines()[0]
    assert first.startswith(f"{facts}:3: [source s1] cannot read article 'article.txt': ")
    assert "is a FIFO (named pipe), not a regular file (hint: " in first


def test_verify_quotes_refuses_a_device_article(tmp_path: Path) -> None:
    from cfacts.factbase.quotes import verify_quotes

    facts = tmp_path / "facts.toml"
    facts.write_text(MINIMAL, encoding="utf-8")
    articles = tmp_path / "sources"
    articles.mkdir()
    (articles / "article.txt").symlink_to("/dev/null")
    with deadline(10):
        report = verify_quotes(load(facts), articles)
    [problem] = report.problems
    assert "is a character device, not a regular file" in problem.message
