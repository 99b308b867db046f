"""Completion in real shells: names full of shell code are offered as text and never run."""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import MINIMAL

# Each alias is a candidate for `cfacts who`; each would create a pwned-* file if a shell ran it.
# Every one but the first starts with a word of its own, so typing that word completes it alone.
PAYLOADS = [
    "Jane \\$(id > pwned-0)",  # issue 11: a backslash before `$(` beat the old zsh escape
    "Juliet \\$(id > pwned-1)",
    "Kilo $(id > pwned-2)",
    "Lima `id > pwned-3`",
    "Mike \\`id > pwned-4\\`",
    "Nora x; id > pwned-5",
    "Oscar O'Brien \"Bob\" '$(id > pwned-6)'",
    "Papa \\'; id > pwned-7; '",
    'Quinn \\"; id > pwned-8; "',
    "Romeo ))' ; id > pwned-9 ;'((",
    "Sierra ${(e):-$(id > pwned-10)} *~!#{a,b}% a:b\\:c \\",
    "Tango $((1+1)) \\\\$(id > pwned-11) =id ~root",
]
TIMEOUT = 20.0
PROMPT = "zsh-ready> "


def _fact_base(folder: Path, aliases: list[str]) -> Path:
    listed = ", ".join(json.dumps(alias) for alias in aliases)
    text = MINIMAL.replace('name = "Jane Roe"\n', f'name = "Jane Roe"\naliases = [{listed}]\n')
    path = folder / "facts.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _environment(tmp_path: Path) -> dict[str, str]:
    """HOME and cache in tmp_path; `cfacts` on PATH runs this interpreter's cfacts."""
    bin_dir, home, cache = tmp_path / "bin", tmp_path / "home", tmp_path / "cache"
    for folder in (bin_dir, home, cache):
        folder.mkdir()
    cfacts = bin_dir / "cfacts"
    cfacts.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m cfacts "$@"\n')
    cfacts.chmod(0o755)
    env = {name: os.environ[name] for name in ("LANG", "LC_ALL") if name in os.environ}
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '/usr/bin:/bin')}",
        HOME=str(home),
        ZDOTDIR=str(home),
        XDG_CACHE_HOME=str(cache),
        TERM="dumb",
    )
    return env


def _pwned(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("pwned-*"))


def _need(shell: str) -> str:
    """The shell's path; a skip when it is absent here, a failure in CI (which installs it)."""
    path = shutil.which(shell)
    if path is None:
        message = f"{shell} is not installed; this test drives a real one (apt-get install {shell})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


class Terminal:
    """An interactive shell on a pseudo-terminal, typed at like a person would."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path) -> None:
        import fcntl
        import pty
        import struct
        import termios

        size = struct.pack("HHHH", 200, 250, 0, 0)  # rows, columns: every candidate is listed
        pid, fd = pty.fork()
        if pid == 0:  # the child: nothing but exec
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, size)
                os.chdir(cwd)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid, self.fd, self.output = pid, fd, ""
        self.sentinel = 0

    def type(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def read(self, seconds: float) -> bool:
        """Add what the shell prints within seconds, returning at the first output; whether
        the shell is still there."""
        ready, _, _ = select.select([self.fd], [], [], seconds)
        if ready:
            try:
                data = os.read(self.fd, 65536)
            except OSError:  # the shell has exited
                return False
            self.output += data.decode("utf-8", "replace")
        return True

    def wait_for(self, found: Callable[[], bool], what: str, folder: Path | None = None) -> None:
        """Read until found() holds; fail at once on a zsh parse error or a pwned-* file."""
        start = len(self.output)
        deadline = time.monotonic() + TIMEOUT
        while not found():
            problem = "(eval)" in self.output[start:] or bool(folder and _pwned(folder))
            if problem or time.monotonic() > deadline:
                tail = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", self.output)[-3000:]
                files = _pwned(folder) if folder else []
                pytest.fail(f"waiting for {what}; files run: {files}; terminal ends with:\n{tail}")
            self.read(0.05)

    def run(self, command: str) -> None:
        """Run a command line on an empty prompt and wait until the shell has finished it."""
        self.sentinel += 1
        self.type(f"\x15{command}; print ok-$(( {self.sentinel} * 7 )).\n")
        done = f"ok-{self.sentinel * 7}."
        # Keys typed before the next prompt would meet the terminal's line editing, not zsh's.
        self.wait_for(lambda: PROMPT in self.output.partition(done)[2], command)

    def close(self) -> None:
        self.type("\x15exit\n")
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and self.read(0.1):
            pass
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


@pytest.fixture(scope="module")
def zsh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Terminal]:
    """One interactive zsh for this module, with cfacts' completion installed by
    `cfacts --install-completion` and loaded from ~/.zshrc, as in a new terminal."""
    zsh_path = _need("zsh")
    tmp = tmp_path_factory.mktemp("zsh")
    env = _environment(tmp)
    term = Terminal([zsh_path, "-f", "-i"], env, tmp)
    try:
        term.run(f"PS1={shlex.quote(PROMPT)}; unset RPS1")
        # cfacts detects the shell as a user's run would, and writes ~/.zfunc/_cfacts and
        # ~/.zshrc (fpath, compinit, menu select).
        term.run("cfacts --install-completion")
        assert (Path(env["HOME"]) / ".zfunc" / "_cfacts").is_file(), term.output[-2000:]
        term.run("source ~/.zshrc")
        # The first TAB in a new shell only loads typer's script (which defines the completion
        # function and rebinds cfacts to it) and completes nothing.
        term.type("cfacts \t")
        term.run("true")
        yield term
    finally:
        term.close()


def _use(term: Terminal, folder: Path, aliases: list[str]) -> None:
    """Work in folder with a fact base whose Jane Roe has these aliases."""
    facts = _fact_base(folder, aliases)
    term.run(f"cd {shlex.quote(str(folder))} && export CFACTS_FACTS={shlex.quote(str(facts))}")


OPTIONS = pytest.mark.parametrize("options", ["", "--format csv "], ids=["fast-path", "typer"])


@OPTIONS
@pytest.mark.parametrize("alias", PAYLOADS)
def test_zsh_lists_a_hostile_name_without_running_it(
    zsh: Terminal, tmp_path: Path, options: str, alias: str
) -> None:
    """`cfacts who <TAB>` lists every candidate, the hostile one as written, and runs nothing.
    With an option before the word the fast path declines and typer's completion answers
    through cfacts' callback."""
    _use(zsh, tmp_path, [alias, "Zed Zulu"])
    start = len(zsh.output)
    zsh.type(f"cfacts who {options}\t")
    wanted = ["Jane Roe", "Zed Zulu", alias]
    zsh.wait_for(lambda: all(w in zsh.output[start:] for w in wanted), "the list", tmp_path)
    zsh.run("true")  # typed after the TAB, so run once the completion has finished
    assert _pwned(tmp_path) == []


# Typer's zsh script splits the reply at spaces and joins it with one (`eval $(...)`).
SPACED = "Victor  two   spaces"
# What is typed before TAB (as on the command line) and the one candidate it completes to.
TYPED = [(alias.split()[0], alias) for alias in [*PAYLOADS[1:], SPACED]]
TYPED.append(("Jane\\ R", "Jane Roe"))


@OPTIONS
@pytest.mark.parametrize(("typed", "expected"), TYPED, ids=[t for t, _ in TYPED])
def test_zsh_inserts_a_name_exactly(
    zsh: Terminal, tmp_path: Path, options: str, typed: str, expected: str
) -> None:
    """`cfacts who Juliet<TAB>` inserts the whole alias, quoted so that running the line passes
    it to cfacts as one argument, exactly as written in the fact base; plain names too."""
    _use(zsh, tmp_path, [*PAYLOADS, SPACED])
    out = tmp_path / "words"
    # Complete, then turn the line into `printf '%s\0' cfacts who ... > words` and run it.
    zsh.type(f"cfacts who {options}{typed}\t\x01printf '%s\\0' \x05> words\n")
    zsh.wait_for(out.exists, "the completed line", tmp_path)
    zsh.run("true")
    words = out.read_text(encoding="utf-8").split("\0")[:-1]
    assert words == ["cfacts", "who", *options.split(), expected]
    assert _pwned(tmp_path) == []


def test_bash_replies_are_inserted_as_text(tmp_path: Path) -> None:
    """bash inserts COMPREPLY as typed; running what it inserts gives back each name."""
    bash = _need("bash")
    facts = _fact_base(tmp_path, [*PAYLOADS, SPACED])
    env = {**_environment(tmp_path), "CFACTS_FACTS": str(facts)}
    work = tmp_path / "work"
    work.mkdir()
    script = r"""
eval "$(_CFACTS_COMPLETE=source_bash cfacts)"
for words in 'cfacts who ' 'cfacts who --format csv '; do
  read -ra COMP_WORDS <<< "$words"; COMP_WORDS+=(''); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
  COMPREPLY=(); _cfacts_completion cfacts
  for reply in "${COMPREPLY[@]}"; do eval "printf '%s\0' $reply"; done  # as if typed
  printf -- '--\0'
done
"""
    proc = subprocess.run(
        [bash, "--norc", "--noprofile", "-c", script],
        env=env,
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    fast, typer, _ = proc.stdout.split("--\0")
    for replies in (fast, typer):
        assert sorted(replies.split("\0")[:-1]) == sorted(["Jane Roe", *PAYLOADS, SPACED])
    assert _pwned(tmp_path) == []


QUOTES = "'\u2018\u2019\u201a\u201b"  # PowerShell ends a '...' string at any of these


@pytest.mark.parametrize("alias", [*PAYLOADS, "Uma \u2018; id > pwned-12; \u2019 it\u2019s"])
def test_powershell_values_are_quoted_as_literals(alias: str) -> None:
    """PowerShell inserts a completion as code: anything beyond words and spaces goes in
    '...', verbatim in PowerShell, with each quote character written twice."""
    from cfacts.cli.complete import for_powershell

    quoted = for_powershell(alias)
    assert quoted.startswith("'") and quoted.endswith("'")
    inner = quoted[1:-1]
    assert re.fullmatch(f"(?:[^{QUOTES}]|" + "|".join(q + q for q in QUOTES) + ")*", inner)
    assert re.sub(f"([{QUOTES}])\\1", r"\1", inner) == alias


def test_powershell_plain_values_stay_as_they_are() -> None:
    from cfacts.cli.complete import for_powershell

    assert for_powershell("Liu Hua") == "Liu Hua"  # as before (and as test_complete pins)
    assert for_powershell("gdp-share") == "gdp-share"
    assert for_powershell("\u5218\u534e") == "\u5218\u534e"


def test_zsh_gets_the_same_reply_from_the_fast_path_and_from_typer(tmp_path: Path) -> None:
    """Both paths write zsh's reply with `for_zsh`: the same text for the same candidates."""
    facts = _fact_base(tmp_path, [*PAYLOADS, SPACED])
    env = {**_environment(tmp_path), "CFACTS_FACTS": str(facts), "_CFACTS_COMPLETE": "complete_zsh"}
    replies = [
        subprocess.run(
            [sys.executable, "-m", "cfacts"],
            env={**env, "_TYPER_COMPLETE_ARGS": line},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for line in ("cfacts who ", "cfacts who --format csv ")
    ]
    assert replies[0] == replies[1]
    assert replies[0].startswith('_arguments \'*: :(("Jane Roe"\n')
    assert '"Jane \\\\\\\\\\$(id > pwned-0)":"alias of Jane Roe"' in replies[0]
