"""What cfacts writes never becomes a traceback: odd encodings, closed or failing streams,
non-UTF-8 bytes in a query or in the fact base's path. Through the real entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from conftest import DATA, MINIMAL, ROOT

BAD = DATA / "bad" / "unknown_unit.toml"
SEVERAL = DATA / "bad" / "several_defects.toml"

LOOKUPS = [
    ["who", "Liu Hua"],
    ["who", "Liu Hua", "--json"],
    ["org", "CAVCA", "--format", "csv"],
    ["stat", "gdp-share", "--format", "jsonl"],
    ["search", "karaoke", "--format", "markdown"],
    ["sources"],
    ["stat", "gdp-share", "--latest"],  # the full app
    ["timeline", "Beijing Treaty", "--json"],
    ["info"],
]


def cfacts(
    *args: str | bytes,
    env: dict[str, str] | None = None,
    stdout: int | IO[bytes] | None = subprocess.PIPE,
    stderr: int | IO[bytes] | None = subprocess.PIPE,
    preexec_fn: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m cfacts` with bytes output, so nothing is decoded on the way."""
    return subprocess.run(
        [sys.executable, "-m", "cfacts", *args],
        stdout=stdout,
        stderr=stderr,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
        preexec_fn=preexec_fn,
    )


def one_line(stderr: bytes) -> str:
    """The single line on stderr (no traceback), decoded strictly."""
    text = stderr.decode("utf-8")
    assert "Traceback" not in text, text
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


def _close(*fds: int) -> Callable[[], None]:
    def close() -> None:  # pragma: no cover - runs in the child
        for fd in fds:
            os.close(fd)

    return close


# -- encodings -----------------------------------------------------------------------------------

ASCII_ENVIRONMENTS = {
    "PYTHONIOENCODING=ascii": {"PYTHONIOENCODING": "ascii"},
    "LC_ALL=C without UTF-8 mode": {
        "LC_ALL": "C",
        "LANG": "C",
        "PYTHONUTF8": "0",
        "PYTHONCOERCECLOCALE": "0",
    },
    "LC_ALL=C": {"LC_ALL": "C", "LANG": "C"},
    "strict UTF-8": {"PYTHONIOENCODING": "utf-8:strict"},
}


@pytest.mark.parametrize("args", LOOKUPS, ids=" ".join)
@pytest.mark.parametrize("environment", sorted(ASCII_ENVIRONMENTS))
def test_any_output_encoding_prints_without_a_traceback(
    environment: str, args: list[str]
) -> None:
    proc = cfacts(*args, env=ASCII_ENVIRONMENTS[environment])
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"Traceback" not in proc.stderr
    assert proc.stdout
    if "ascii" in environment or "without" in environment:
        assert proc.stdout.isascii()


@pytest.mark.parametrize("environment", sorted(ASCII_ENVIRONMENTS))
def test_json_in_an_ascii_locale_is_the_same_document(environment: str) -> None:
    args = ["who", "Liu Hua", "--json"]
    expected = json.loads(cfacts(*args).stdout)
    proc = cfacts(*args, env=ASCII_ENVIRONMENTS[environment])
    assert json.loads(proc.stdout) == expected
    lines = cfacts("search", "copyright", "--format", "jsonl", env=ASCII_ENVIRONMENTS[environment])
    assert all(json.loads(line) for line in lines.stdout.splitlines())


def test_non_ascii_query_and_message_in_an_ascii_locale() -> None:
    proc = cfacts("who", "刘华 Stéphanie", env={"PYTHONIOENCODING": "ascii"})
    assert proc.returncode == 1
    line = one_line(proc.stderr)
    assert line.startswith("cfacts: no match for ")


# -- non-UTF-8 bytes in a query ------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [b"who", b"Liu\xff"],
        [b"who", b"Liu\xff", b"--json"],
        [b"search", b"\xff\xfe", b"--format", b"csv"],
        [b"ask", b"who is Liu \xc3"],
        [b"who", b"--", b"Liu\xff"],  # the full app
        [b"stat", b"gdp\xff", b"--latest"],
    ],
    ids=lambda args: b" ".join(args).decode("ascii", "backslashreplace"),
)
@pytest.mark.parametrize("environment", ["default", "strict UTF-8"])
def test_non_utf8_query_is_a_usage_error(environment: str, args: list[bytes]) -> None:
    env = ASCII_ENVIRONMENTS.get(environment, {})
    proc = cfacts(*args, env=env)
    assert proc.returncode == 2
    assert proc.stdout == b""
    line = one_line(proc.stderr)
    assert line.startswith("cfacts: the query ")
    assert "is not valid UTF-8 (hint: " in line


# -- a fact base at a non-UTF-8 path ---------------------------------------------------------


@pytest.fixture
def odd_path(tmp_path: Path) -> bytes:
    path = os.fsencode(tmp_path) + b"/facts-\xff.toml"
    with open(path, "w", encoding="utf-8") as out:
        out.write(MINIMAL)
    return path


@pytest.mark.parametrize("environment", ["default", "strict UTF-8"])
@pytest.mark.parametrize(
    "args",
    [
        ["who", "Jane"],
        ["who", "Jane", "--json"],
        ["org", "ACS", "--format", "csv"],
        ["stat", "--latest"],
        ["info"],
        ["check"],
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("cache", ["cache", "no-cache"])
def test_fact_base_at_a_non_utf8_path(
    odd_path: bytes, tmp_path: Path, cache: str, args: list[str], environment: str
) -> None:
    env = {**ASCII_ENVIRONMENTS.get(environment, {}), "XDG_CACHE_HOME": str(tmp_path / "c")}
    flags = [b"--no-cache"] if cache == "no-cache" else []
    for _ in range(2):  # builds the index, then reads it
        proc = cfacts(b"--facts", odd_path, *flags, *map(str.encode, args), env=env)
        assert proc.returncode in (0, 1), proc.stderr.decode("utf-8", "replace")
        assert b"Traceback" not in proc.stderr
        proc.stdout.decode("utf-8")  # valid UTF-8: the odd byte is shown as an escape


def test_info_json_names_the_non_utf8_path(odd_path: bytes, tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path / "c"), "PYTHONIOENCODING": "utf-8:strict"}
    proc = cfacts(b"--facts", odd_path, b"info", b"--json", env=env)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert os.fsencode(json.loads(proc.stdout)["path"]) == odd_path


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_completion_with_a_non_utf8_path(odd_path: bytes, tmp_path: Path, shell: str) -> None:
    line = "cfacts --facts " + os.fsdecode(odd_path) + " who Ja"
    env = {"XDG_CACHE_HOME": str(tmp_path / "c"), "_CFACTS_COMPLETE": f"complete_{shell}"}
    env |= {"COMP_WORDS": line, "COMP_CWORD": "4"} if shell == "bash" else {}
    env |= {"_TYPER_COMPLETE_ARGS": line} if shell == "zsh" else {}
    proc = cfacts(env=env)
    assert proc.returncode == 0
    assert proc.stderr == b""
    assert b"Jane" in proc.stdout


def test_bad_fact_base_at_a_non_utf8_path(tmp_path: Path) -> None:
    path = os.fsencode(tmp_path) + b"/bad-\xff.toml"
    with open(path, "wb") as out:
        out.write(BAD.read_bytes())
    proc = cfacts(b"--facts", path, b"who", b"Jane", env={"PYTHONIOENCODING": "utf-8:strict"})
    assert proc.returncode == 3
    assert "unknown unit 'USD'" in one_line(proc.stderr)


# -- closed and failing streams --------------------------------------------------------------


@pytest.mark.parametrize("args", LOOKUPS, ids=" ".join)
def test_closed_stdout_is_one_line_and_exit_2(args: list[str]) -> None:
    proc = cfacts(*args, stdout=None, preexec_fn=_close(1))
    assert proc.returncode == 2, proc.stderr.decode()
    assert one_line(proc.stderr) == "cfacts: cannot write to stdout: Bad file descriptor"


@pytest.mark.parametrize("args", [*LOOKUPS, ["--version"], ["who", "--help"]], ids=" ".join)
def test_full_stdout_is_one_line_and_exit_2(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        proc = cfacts(*args, stdout=full)
    assert proc.returncode == 2, proc.stderr.decode()
    assert one_line(proc.stderr) == "cfacts: cannot write to stdout: No space left on device"


def test_completion_to_a_full_stdout() -> None:
    env = {"_CFACTS_COMPLETE": "complete_bash", "COMP_WORDS": "cfacts who Li", "COMP_CWORD": "2"}
    with open("/dev/full", "wb") as full:
        proc = cfacts(env=env, stdout=full)
    assert proc.returncode == 2
    assert one_line(proc.stderr) == "cfacts: cannot write to stdout: No space left on device"


@pytest.mark.parametrize("bad", [BAD, SEVERAL], ids=["one problem", "several"])
def test_bad_fact_base_with_stdout_closed_still_exits_3(bad: Path) -> None:
    proc = cfacts("--facts", str(bad), "who", "Jane", stdout=None, preexec_fn=_close(1))
    assert proc.returncode == 3
    assert b"Traceback" not in proc.stderr
    assert proc.stderr.decode().splitlines()[0].startswith(f"{bad}:")


@pytest.mark.parametrize("bad", [BAD, SEVERAL], ids=["one problem", "several"])
@pytest.mark.parametrize("args", [["who", "Jane"], ["who", "--", "Jane"], ["info"], ["check"]])
def test_bad_fact_base_with_stdout_and_stderr_closed_exits_3(bad: Path, args: list[str]) -> None:
    proc = cfacts(
        "--facts", str(bad), *args, stdout=None, stderr=None, preexec_fn=_close(1, 2)
    )
    assert proc.returncode == 3


def test_bad_fact_base_with_stderr_full_exits_3() -> None:
    with open("/dev/full", "wb") as full:
        proc = cfacts("--facts", str(BAD), "who", "Jane", stderr=full)
    assert proc.returncode == 3


def test_closed_stderr_does_not_change_a_good_answer() -> None:
    proc = cfacts("who", "Liu Hua", "--json", stderr=None, preexec_fn=_close(2))
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["results"][0]["id"] == "liu-hua"


def test_nothing_cfacts_opens_takes_a_closed_stdout(tmp_path: Path) -> None:
    """With fd 1 closed, the fact base or the index could get it; output must never go there."""
    facts = tmp_path / "facts.toml"
    facts.write_text(MINIMAL, encoding="utf-8")
    before = facts.read_bytes()
    env = {"XDG_CACHE_HOME": str(tmp_path / "c")}
    for _ in range(2):
        proc = cfacts(
            "--facts", str(facts), "who", "Jane", env=env, stdout=None, preexec_fn=_close(1)
        )
        assert proc.returncode == 2
    assert facts.read_bytes() == before
    check = cfacts("--facts", str(facts), "who", "Jane", "--json", env=env)
    assert check.returncode == 0
    assert json.loads(check.stdout)["results"][0]["id"] == "jane-roe"


def test_the_escape_handler_writes_json_escapes() -> None:
    from cfacts.cli.streams import ESCAPE

    text = "Stéphanie 刘华 😀 \udcff"
    escaped = text.encode("ascii", ESCAPE).decode("ascii")
    assert escaped == "St\\u00e9phanie \\u5218\\u534e \\ud83d\\ude00 \\udcff"
    assert json.loads(f'"{escaped}"') == text
