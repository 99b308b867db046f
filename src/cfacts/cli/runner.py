"""Runs a lookup for the command-line front ends and writes its answer in the chosen format.

Shared by the full command-line app (`cli`) and the fast path (`fastpath`), so both print the
same bytes and return the same exit codes. Nothing here exits: failures raise `Stop` with the
exit code after their one-line message is written to stderr.
"""

from __future__ import annotations

import sys

from cfacts.errors import ExitStatus, FactBaseError, QueryError
from cfacts.finding.dispatch import Request, answer
from cfacts.frozen import replace, value
from cfacts.output.view import View
from cfacts.sanitize import clean_line

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from typing import TextIO

    from cfacts.finding.views import Outcome
    from cfacts.index.store import Store

FORMATS = ("table", "json", "jsonl", "csv", "markdown")
EXIT_OK = ExitStatus.OK
EXIT_NO_MATCH = ExitStatus.NO_MATCH
EXIT_USAGE = ExitStatus.USAGE
EXIT_BAD_FACTS = ExitStatus.BAD_FACTS
ANSWER_FIRST = frozenset({"who", "org", "event", "stat", "sources"})
"""Commands that never search the full text: with no index for a large fact base, they answer
before it is written (`cache.open_store`'s ``first``)."""


@value(frozen=True)
class Settings:
    """Global options: which fact base, and whether the index cache may be used."""

    facts: str | None = None
    use_cache: bool = True


class Stop(Exception):
    """The command is over with exit status ``code``; ``lines`` go to stderr, one each.

    Only the entry points (`main`, `app`) write them and exit.
    """

    def __init__(self, code: int, *lines: str) -> None:
        super().__init__(code, *lines)
        self.code = int(code)
        self.lines = lines


def say(message: str) -> None:
    """One sanitized line on stderr."""
    sys.stderr.write(clean_line(message) + "\n")


def fail(message: str, code: int) -> Stop:
    """The Stop to raise for ``cfacts: message`` and exit status ``code``."""
    return Stop(code, f"cfacts: {message}")


def stopped(stop: Stop) -> int:
    """Write a Stop's lines to stderr; its exit status (for the entry points)."""
    for line in stop.lines:
        say(line)
    return stop.code


def location(settings: Settings) -> tuple[str, str]:
    """The fact base file in use and where that choice came from."""
    from cfacts.paths import resolve

    where = resolve(settings.facts)
    return where.path, where.origin


def report(error: FactBaseError) -> tuple[str, ...]:
    """Every problem of a bad fact base, one line each."""
    return tuple(problem.format() for problem in error.problems)


def open_facts(settings: Settings, *, first: bool = False) -> Store:
    """The fact base as a store (cached index when fresh); Stop(3) if it is unusable. With
    ``first``, a large fact base with no index may be answered before its index is written
    (`cache.index_later` writes it)."""
    from cfacts.index.cache import open_store

    path, _ = location(settings)
    try:
        return open_store(path, use_cache=settings.use_cache, warn=_warn_once, first=first)
    except FactBaseError as error:
        count = len(error.problems)
        if count == 1:  # its own line says what, where and what to do
            raise Stop(EXIT_BAD_FACTS, *report(error)) from None
        raise Stop(
            EXIT_BAD_FACTS,
            *report(error),
            f"cfacts: unusable fact base {path} ({count} problems); "
            "run 'cfacts check' for details",
        ) from None


_WARNED: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _WARNED:
        _WARNED.add(message)
        say(f"cfacts: {message}")


def run(
    settings: Settings,
    request: Request,
    fmt: str,
    *,
    page: bool = True,
    view: View | None = None,
) -> int:
    """Load, answer, print in `fmt` (through a pager when ``page`` and it is taller than the
    terminal); 0 found, 1 no match, 2 bad query (Stop(3): bad facts)."""
    caching = request.command == "ask" and settings.use_cache
    if caching:  # the patterns that read a question, compiled by a past `ask` (`patterns`),
        from cfacts.index import patterns  # before the modules that compile some on import

        patterns.load()
    from cfacts.finding.lookup import Lookup
    from cfacts.index.codec import BadRecord

    concise = fmt == "table" and (view is None or view.concise)
    if request.command == "ask" and concise:  # the facts are shown, not the cards behind them
        request = replace(request, cards=False)
    store = open_facts(settings, first=request.command in ANSWER_FIRST)
    try:
        try:
            outcome = answer(request, Lookup(store))
        except QueryError as error:
            raise fail(str(error), EXIT_USAGE) from None
        except BadRecord as damaged:  # an index of ours that was damaged: answer from the file
            _warn_once(f"not using the index cache: {damaged}; reading the fact base directly")
            settings = Settings(settings.facts, use_cache=False)
            return run(settings, request, fmt, page=page, view=view)
        listing = outcome.command == "stat" and outcome.query is None
        pager = None
        if page and _is_terminal(sys.stdout):  # never for a pipe: not even its import
            from cfacts.cli.pager import start

            pager = start()
        if pager is None:
            write(outcome, fmt, listing=listing, view=view)
        else:
            write(outcome, fmt, listing=listing, view=view, out=pager.buffer, width=pager.width)
            pager.finish()
        if caching:  # after the answer is out: what this run compiled or derived, for the next
            from cfacts.index import kept as derived

            patterns.save()
            derived.save()
        return finish(outcome)
    finally:
        from cfacts.index.cache import index_later

        index_later(store)  # answered before the index was written: now write it


def finish(outcome: Outcome) -> int:
    """The exit code of an answer, with its no-match or ambiguity note on stderr."""
    understood = outcome.understood
    if understood is not None:
        if understood.equivalent:
            notes = "; ".join(understood.cues)
            say(
                f"cfacts: understood as: {understood.equivalent}" + (f" ({notes})" if notes else "")
            )
        if not outcome.answer:  # no fact answers it: why, and commands that find what is near
            why = f" ({'; '.join(understood.cues)})" if understood.cues else ""
            hint = f"; try: {' or '.join(outcome.tries)}" if outcome.tries else ""
            if outcome.suggestions:
                hint += f"; did you mean: {', '.join(outcome.suggestions)}?"
            raise fail(f"cannot answer {understood.question!r}{why}{hint}", EXIT_NO_MATCH)
        return EXIT_OK
    if not outcome.results:
        if outcome.why_empty:
            raise fail(outcome.why_empty, EXIT_NO_MATCH)
        hint = f"; did you mean: {', '.join(outcome.suggestions)}?" if outcome.suggestions else ""
        if outcome.tries:  # the query names another kind of record: `who MCSC`
            hint = f"; try: {' or '.join(outcome.tries)}{hint}"
        what = f" for {outcome.query!r}" if outcome.query else ""
        raise fail(f"no match{what}{hint}", EXIT_NO_MATCH)
    if outcome.total is not None and outcome.total > len(outcome.results):
        say(
            f"cfacts: showing {len(outcome.results)} of {outcome.total} matches; "
            "--limit N shows more"
        )
    if outcome.ambiguous:
        say(
            f"cfacts: {len(outcome.results)} close matches for {outcome.query!r}; "
            "refine the query or use an id"
        )
    return EXIT_OK


def write(
    outcome: Outcome,
    fmt: str,
    *,
    listing: bool = False,
    view: View | None = None,
    out: TextIO | None = None,
    width: int | None = None,
) -> None:
    """Print an answer in one of FORMATS to stdout, or to ``out`` (a pager's buffer: then
    tables keep the terminal's colours and ``width``)."""
    paged = out is not None
    out = sys.stdout if out is None else out
    if fmt == "json":
        from cfacts.output.jsonout import dumps, outcome_dict

        out.write(dumps(outcome_dict(outcome)) + "\n")
        return
    if fmt in ("jsonl", "csv", "markdown"):
        from cfacts.output.rows import columns, layout, rows

        table = rows(outcome)
        if fmt == "jsonl":
            from cfacts.output.jsonout import dumps_line

            out.writelines(dumps_line(row) + "\n" for row in table)
        elif fmt == "csv":
            from cfacts.output.csvout import to_csv

            out.write(to_csv(columns(outcome), table))
        elif table:
            from cfacts.output.markdown import to_markdown

            out.write(to_markdown(table, layout(outcome)))
        return
    if outcome.answer and not (view and (view.full or view.sections)):
        import os

        from cfacts.output.answer import answer_text  # plain text: no rich to import

        terminal = paged or _is_terminal(out)
        if width is None:  # COLUMNS when usable, else the terminal's width, else 80
            given = os.environ.get("COLUMNS", "")
            usable = given.isdigit() and int(given) >= 1
            width = int(given) if usable else _terminal_columns(out) if terminal else 80
        colour = terminal and not os.environ.get("NO_COLOR")
        out.write(answer_text(outcome, width, colour=colour))
        return
    if outcome.results or outcome.answer:
        import io

        from rich.console import Console

        from cfacts.output.render import render

        terminal = paged or _is_terminal(out)
        if not paged:
            width = _width() or (None if terminal else _columns())
        buffer = io.StringIO()
        console = Console(
            file=buffer,
            force_terminal=terminal,
            highlight=False,
            emoji=False,
            width=width,
            height=_rows() if terminal else None,
        )
        if outcome.answer:  # ask: the facts that answer it first; the cards with --full
            from cfacts.output.answer import render_answer

            console.print(render_answer(outcome, view or View()))
        else:
            console.print(render(outcome, listing=listing, view=view or View()))
        # rich pads every line to the width: no trailing spaces in what is printed
        out.writelines(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _is_terminal(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _columns() -> int:
    """The width rich would use for a file that is not a terminal: COLUMNS, else 80."""
    import os

    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) >= 1 else 80


def _terminal_columns(out: TextIO) -> int:
    """The width of the terminal a stream writes to, else 80 (without importing shutil)."""
    import os

    try:
        return os.get_terminal_size(out.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


def _rows() -> int:
    import shutil

    return shutil.get_terminal_size().lines


def _width() -> int | None:
    """None (rich reads COLUMNS) unless COLUMNS is set but unusable: 0, negative or not a
    number is treated as unset, i.e. the terminal's width, else 80 (rich took 0 literally
    and printed nothing)."""
    import os

    columns = os.environ.get("COLUMNS")
    if columns is None or (columns.isdigit() and int(columns) >= 1):
        return None
    import shutil

    # shutil also ignores a COLUMNS below 1 or not a number, and asks the terminal instead.
    return shutil.get_terminal_size((80, 24)).columns
