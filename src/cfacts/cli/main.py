"""Console entry point: answers plain lookups without importing typer, else runs the full app.

`import typer` alone costs about four times a bare Python start-up (docs/performance.md), so
the commonest command lines (a lookup with a query and an output format) are parsed here and
answered through the same runner as the full app (`present`). Anything else, including every
error in the arguments, help and completion, goes to `cli`. tests/test_fastpath.py holds both
paths to identical output and exit codes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from cfacts import tempfiles
from cfacts.cli.runner import FORMATS, Settings, Stop, run
from cfacts.finding.dispatch import Request

QUERY_REQUIRED = frozenset({"who", "org", "event", "search", "ask"})
QUERY_OPTIONAL = frozenset({"stat", "timeline"})
NO_QUERY = frozenset({"sources"})


def global_options(argv: Sequence[str]) -> tuple[Settings, int] | None:
    """`--facts PATH`, `--facts=PATH` and `--no-cache` before the command, and where the
    command starts; None for any other option there."""
    facts: str | None = None
    use_cache = True
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        arg = argv[i]
        if arg == "--no-cache":
            use_cache = False
        elif arg == "--facts" and i + 1 < len(argv) and _plain(argv[i + 1]):
            i += 1
            facts = argv[i]
        elif arg.startswith("--facts=") and _plain(arg[len("--facts=") :]):
            facts = arg[len("--facts=") :]
        else:
            return None
        i += 1
    return Settings(facts, use_cache), i


def parse(argv: Sequence[str]) -> tuple[Settings, Request, str] | None:
    """The settings, request and format of a plain lookup; None for anything else."""
    options = global_options(argv)
    if options is None or options[1] >= len(argv):
        return None
    settings, i = options
    command, rest = argv[i], argv[i + 1 :]
    fmt = "table"
    as_json = False
    positional: list[str] = []
    j = 0
    while j < len(rest):
        arg = rest[j]
        if arg == "--json":
            as_json = True
        elif arg == "--format" and j + 1 < len(rest) and rest[j + 1] in FORMATS:
            j += 1
            fmt = rest[j]
        elif arg.startswith("--format=") and arg[len("--format=") :] in FORMATS:
            fmt = arg[len("--format=") :]
        elif arg.startswith("-"):
            return None
        else:
            positional.append(arg)
        j += 1
    wanted = (1,) if command in QUERY_REQUIRED else (0, 1) if command in QUERY_OPTIONAL else (0,)
    if command not in QUERY_REQUIRED | QUERY_OPTIONAL | NO_QUERY or len(positional) not in wanted:
        return None
    query = positional[0] if positional else None
    return settings, Request(command, query), "json" if as_json else fmt


def _plain(value: str) -> bool:
    return bool(value) and not value.startswith("-")


def answer(argv: Sequence[str]) -> int | None:
    """Answer a plain lookup and return its exit code; None when the full app must decide."""
    parsed = parse(argv)
    if parsed is None:
        return None
    settings, request, fmt = parsed
    try:
        return run(settings, request, fmt)
    except Stop as stop:
        return stop.code


COMPLETE_VAR = "_CFACTS_COMPLETE"
FLAGS = frozenset({"--json", "--latest"})


def _split(text: str) -> list[str]:
    """Split like click's completion does (shell rules; an unclosed quote ends the last word)."""
    import shlex

    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    words: list[str] = []
    try:
        words.extend(lexer)
    except ValueError:
        words.append(lexer.token)
    return words


def completion_request(env: dict[str, str]) -> tuple[str, list[str], str] | None:
    """(shell, words before the cursor, word being typed) of a completion request, if any."""
    shell = env.get(COMPLETE_VAR, "").removeprefix("complete_")
    if shell == "bash":
        try:
            words, cword = _split(env.get("COMP_WORDS", "")), int(env.get("COMP_CWORD", ""))
        except ValueError:
            return None
        typed = words[cword] if cword < len(words) else ""
        return shell, words[1:cword], typed
    if shell in ("zsh", "fish"):
        line = env.get("_TYPER_COMPLETE_ARGS", "")
        words = _split(line)[1:]
        if words and not line.endswith(" "):
            return shell, words[:-1], words[-1]
        return shell, words, ""
    if shell == "powershell":
        words = _split(env.get("_TYPER_COMPLETE_ARGS", ""))[1:]
        typed = env.get("_TYPER_COMPLETE_WORD_TO_COMPLETE", "")
        return shell, words[:-1] if typed and words and words[-1] == typed else words, typed
    return None


def complete(env: dict[str, str]) -> tuple[str, int] | None:
    """The reply and exit code to a request completing a lookup's QUERY; None for the rest."""
    from cfacts.cli.complete import COMPLETABLE

    request = completion_request(env)
    if request is None:
        return None
    shell, words, typed = request
    if typed.startswith("-"):
        return None
    options = global_options(words)
    if options is None:
        return None
    settings, i = options
    if i >= len(words) or words[i] not in COMPLETABLE:
        return None
    if any(word not in FLAGS for word in words[i + 1 :]):  # a value option or a QUERY given
        return None
    from cfacts.cli.complete import format_for
    from cfacts.cli.runner import completion_items

    items = completion_items(settings, words[i], typed)
    if shell == "fish" and env.get("_TYPER_COMPLETE_FISH_ACTION") == "is-args":
        return "", 0 if items else 1
    return format_for(shell, items), 0


def main() -> int:
    """Console-script entry point: quiet on Ctrl-C (exit 130) and on a closed pipe; a closed
    or failing stdout is one line on stderr and exit 2, whatever the locale (`streams`)."""
    import signal

    from cfacts.cli import streams

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


def _main() -> int:
    if COMPLETE_VAR in os.environ:
        reply = complete(dict(os.environ))
        if reply is not None:
            text, status = reply
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
