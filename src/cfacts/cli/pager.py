"""A pager for answers taller than the terminal, as git and gh have one.

When stdout is a terminal, the answer is written to a buffer first; if it has more lines
than the terminal, it goes through ``$CFACTS_PAGER``, else ``$PAGER``, else ``less -FRX``
(colours kept, quits at once if it fits after all). Never when stdout is piped; never with
``--no-pager`` or an empty ``CFACTS_PAGER``. A pager that cannot be started means the answer
is printed as usual. The pager is run as a program with arguments (split like a shell would,
never through a shell), and the answer it is given is already sanitized text.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Mapping

DEFAULT = "less -FRX"
PAGER_ENV = "CFACTS_PAGER"


def command(env: Mapping[str, str]) -> list[str] | None:
    """The pager program and its arguments, or None for no pager."""
    import shlex

    # CFACTS_PAGER wins even when empty (that turns paging off); an empty PAGER is unset.
    text = env[PAGER_ENV] if PAGER_ENV in env else env.get("PAGER", "").strip() or DEFAULT
    try:
        words = shlex.split(text)
    except ValueError:  # an unclosed quote: no pager rather than a guess
        return None
    return words or None


class Page:
    """Collects an answer meant for the terminal, then pages or prints it (`finish`)."""

    def __init__(self, program: list[str], width: int, height: int) -> None:
        self.program = program
        self.width = width
        self.height = height
        self.buffer = io.StringIO()

    def finish(self) -> None:
        """Page the collected text if it is taller than the terminal, else print it."""
        text = self.buffer.getvalue()
        if text.count("\n") >= self.height and _page(self.program, text):
            return
        sys.stdout.write(text)


def start() -> Page | None:
    """A Page for an answer going to a terminal (the caller asks only then, `runner.run`);
    None to print directly."""
    program = command(os.environ)
    if program is None:
        return None
    import shutil

    size = shutil.get_terminal_size()
    return Page(program, size.columns, size.lines)


def _page(program: list[str], text: str) -> bool:
    """Show ``text`` through the pager; False if it could not be started."""
    import signal
    import subprocess

    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        sys.stdout.flush()
        proc = subprocess.Popen(program, stdin=subprocess.PIPE)
    except OSError:
        return False
    # Ctrl-C belongs to the pager while it runs (less uses it to stop a search).
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        assert proc.stdin is not None
        try:
            proc.stdin.write(text.encode(encoding, "backslashreplace"))
            proc.stdin.close()
        except OSError:  # the reader quit before reading it all (q in less)
            pass
        proc.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    return True
