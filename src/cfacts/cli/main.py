"""Console entry point: answers every command line the grammar reads without importing typer.

`import typer` alone costs about four times a bare Python start-up (docs/performance.md), so
command lines are parsed here with the one declaration in `grammar` and run through
`commands.execute`, as the typer app runs them. Help, usage errors and the completion-script
installers go to the typer app (`app`), derived from the same declaration; shell completion
requests are answered by `complete`. tests/test_fastpath.py holds both paths to identical
output and exit codes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from types import ModuleType

from cfacts import tempfiles
from cfacts.cli.commands import execute
from cfacts.cli.grammar import Command, Unparsed, parse_argv
from cfacts.cli.runner import Settings, Stop, stopped

COMPLETE_VAR = "_CFACTS_COMPLETE"


def parse(argv: Sequence[str]) -> tuple[Settings, Command, dict[str, object]] | None:
    """The settings, command and values of a command line; None for help and bad lines."""
    try:
        found = parse_argv(argv)
    except Unparsed:
        return None
    if found.command.name == "help":  # help is the typer app's to print
        return None
    facts = found.globals.get("facts")
    settings = Settings(str(facts) if facts else None, not found.globals.get("no_cache"))
    return settings, found.command, found.values


def answer(argv: Sequence[str]) -> int | None:
    """Run a command line and return its exit code; None when the typer app must decide."""
    parsed = parse(argv)
    if parsed is None:
        return None
    try:
        return execute(*parsed)
    except Stop as stop:
        return stopped(stop)


def _signals() -> ModuleType:
    """The signal functions: from `_signal`, which `signal` wraps in enums that cost ~0.6 ms
    of every start-up and that cfacts never reads."""
    try:
        import _signal  # type: ignore[import-not-found]  # CPython's, with no stub
    except ImportError:  # pragma: no cover - an implementation without it
        import signal

        return signal
    module: ModuleType = _signal
    return module


def main() -> int:
    """Console-script entry point: quiet on Ctrl-C (exit 130) and on a closed pipe; a closed
    or failing stdout is one line on stderr and exit 2, whatever the locale (`streams`)."""
    import gc

    from cfacts.cli import streams

    signal = _signals()

    # A command lives for milliseconds and makes few reference cycles: the cycle collector's
    # passes cost an `ask` about 3 ms of its 55 and free nothing that exit would not
    # (docs/performance.md). `serve`, which runs until stopped, turns it back on.
    collecting = gc.isenabled()
    gc.disable()
    signal.signal(signal.SIGINT, _interrupted)
    signal.signal(signal.SIGTERM, _terminated)
    if hasattr(signal, "SIGPIPE"):
        # Die quietly like other Unix filters when the reader goes away (`| head`).
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    saved = sys.stdout, sys.stderr
    output = streams.install()
    try:
        try:
            status = _main()
        except (OSError, KeyboardInterrupt, SystemExit):
            raise
        except Exception as error:  # a bug of ours: one line, never a traceback
            status = _internal(error)
        finally:
            sys.stdout.flush()
        if output.failure is not None:  # a write failed and something swallowed the error
            raise output.failure
        return status
    except OSError as error:
        if output.failure is None:
            raise
        return streams.report(output, error)
    finally:
        sys.stdout, sys.stderr = saved
        if collecting:
            gc.enable()


def _internal(error: Exception) -> int:
    """A bug in cfacts, said in one line on stderr (what failed, and to report it); exit 70."""
    from cfacts.errors import ExitStatus
    from cfacts.sanitize import clean_line

    what = clean_line(f"{type(error).__name__}: {error}")[:MAX_BUG_TEXT]
    sys.stderr.write(
        f"cfacts: internal error ({what}); this is a bug in cfacts, please report it with "
        "the command that showed it\n"
    )
    return int(ExitStatus.INTERNAL)


MAX_BUG_TEXT = 200
"""How much of a bug's own message the one line on stderr shows."""


def run() -> None:
    """The console script and ``python -m cfacts`` (through `console.run`, which turns the cycle
    collector off before this module is imported): `main`, then leave at once with its exit
    code, the output flushed. Tearing the interpreter down (every module and object it
    built, the index's connection) cost an `ask` about 12 ms of its ~90 and frees nothing
    the operating system does not (docs/performance.md); cfacts registers no exit handlers,
    starts no threads, and leaves no write half done (the index is written by a process of
    its own, or here before `main` returns). In-process callers (tests) call `main`."""
    status = main()
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # started with the descriptor closed
            continue
        try:  # noqa: SIM105 - `contextlib` is not imported on this path (start-up)
            stream.flush()
        except (OSError, ValueError):  # already reported by `main`, or closed
            pass
    os._exit(status)


def _main() -> int:
    if COMPLETE_VAR in os.environ:
        from cfacts.cli.complete import reply

        answered = reply(dict(os.environ), COMPLETE_VAR)
        if answered is not None:
            text, status = answered
            if text:
                sys.stdout.write(text + "\n")
            return status
    code = answer(sys.argv[1:])
    if code is not None:
        return code
    from cfacts.cli.app import app

    try:
        app(prog_name="cfacts")  # the full app always exits itself
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            return stop.code or 0
        raise
    return 0  # pragma: no cover - app() never returns


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C: remove our registered temporary files, then exit 130 at once (no unwinding)."""
    tempfiles.remove_all()
    sys.stderr.write("\n")
    os._exit(130)


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM: remove our registered temporary files, then unwind (``finally`` blocks run)
    and exit 143 (128 + SIGTERM) quietly."""
    tempfiles.remove_all()
    raise SystemExit(128 + signum)
