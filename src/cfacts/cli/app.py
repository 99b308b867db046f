"""The command-line interface: parses arguments, calls the core, prints, and sets exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, MutableMapping
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, Optional

import typer
from typer._completion_classes import ZshComplete, _sanitize_help_text
from typer.core import TyperGroup

from cfacts import __version__
from cfacts.cli.runner import (
    EXIT_BAD_FACTS,
    EXIT_OK,
    EXIT_USAGE,
    Settings,
    Stop,
    completion_items,
    fail,
    location,
    open_facts,
    run,
    say,
)
from cfacts.cli.runner import (
    report as report_problems,
)
from cfacts.errors import FactBaseError
from cfacts.finding.dispatch import Request
from cfacts.sanitize import clean_line

if TYPE_CHECKING:
    from typer._click.shell_completion import CompletionItem

    from cfacts.index.store import Store

PLURALS = {"person": "people", "statistic": "statistics"}
COMPLETE_VAR = "_CFACTS_COMPLETE"


class _Group(TyperGroup):
    """The root command: typer's, except that zsh completion replies go through `for_zsh`."""

    def _main_shell_completion(
        self, ctx_args: MutableMapping[str, Any], prog_name: str, complete_var: str | None = None
    ) -> None:
        var = complete_var or COMPLETE_VAR
        if os.environ.get(var) == "complete_zsh":
            # typer's zsh reply escapes `$` but not a backslash before it, and zsh evaluates
            # the reply twice: `Jane \$(id)` in a name would run `id` (issue 11).
            reply = _ZshReply(self, ctx_args, prog_name, var).complete()
            sys.stdout.write(reply + "\n")
            sys.exit(0)
        super()._main_shell_completion(ctx_args, prog_name, complete_var)


class _ZshReply(ZshComplete):
    """typer's zsh completion with each candidate written by `for_zsh`."""

    def format_completion(self, item: CompletionItem) -> str:
        from cfacts.cli.complete import for_zsh

        help_text = _sanitize_help_text(item.help) if item.help else ""
        return for_zsh(clean_line(str(item.value)), help_text)

    def complete(self) -> str:
        from cfacts.cli.complete import zsh_reply

        args, incomplete = self.get_completion_args()
        found = [self.format_completion(item) for item in self.get_completions(args, incomplete)]
        return zsh_reply(found) if found else "_files"


app = typer.Typer(
    name="cfacts",
    cls=_Group,
    help="Sourced facts about China's copyright industry and its work with WIPO, 2019-2025.",
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    """Output formats of the lookup commands."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


class InfoFormat(str, Enum):
    """Output formats of `info`."""

    table = "table"
    json = "json"


def _fail(message: str, code: int) -> NoReturn:
    raise typer.Exit(fail(message, code).code)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"cfacts {__version__}\n")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    ctx: typer.Context,
    facts: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--facts",
            metavar="PATH",
            help="Fact base file to use (else $CFACTS_FACTS, else the bundled facts.toml).",
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Read the fact base directly, without the index cache (also CFACTS_NO_CACHE=1).",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Look up people, organizations, events and statistics, each with its source and quote.

    Exit codes: 0 found, 1 no match, 2 usage error, 3 unusable or invalid fact base.
    """
    ctx.obj = Settings(facts=facts, use_cache=not no_cache)


def _settings(ctx: typer.Context) -> Settings:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Settings) else Settings()


def _location(ctx: typer.Context) -> tuple[Path, str]:
    path, origin = location(_settings(ctx))
    return Path(path), origin


def _load(ctx: typer.Context) -> Store:
    try:
        return open_facts(_settings(ctx))
    except Stop as stop:
        raise typer.Exit(stop.code) from None


@app.command()
def check(
    ctx: typer.Context,
    sources: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--sources",
            metavar="DIR",
            help="Folder of the source articles; proves every quote is in its article.",
        ),
    ] = None,
) -> None:
    """Validate the fact base and, with --sources, prove every quote against its article.

    Examples:

      cfacts check

      cfacts check --sources ../shared/sources
    """
    from cfacts.factbase.loader import load

    path, _ = _location(ctx)
    try:
        facts = load(path)
    except FactBaseError as error:
        report_problems(error)
        _fail(f"{len(error.problems)} problem(s) in {path}", EXIT_BAD_FACTS)
    counts = ", ".join(f"{n} {kind}" for kind, n in facts.counts().items())
    verified = ""
    if sources is not None:
        from cfacts.factbase.quotes import verify_quotes

        _check_sources_folder(sources, [source.file for source in facts.sources.values()])
        report = verify_quotes(facts, sources)
        for problem in report.problems:
            say(problem.format())
        if report.problems:
            failed = sum(p.message.startswith(QUOTE_NOT_FOUND) for p in report.problems)
            total = sum(
                len(r.evidence) for records in facts.records.values() for r in records.values()
            )
            unchecked = total - report.checked
            _fail(
                f"{len(report.problems)} problem(s) in {path}; "
                f"{max(report.checked - failed, 0)} of {report.checked} quotes verified"
                + (f", {unchecked} not checked (no article)" if unchecked > 0 else ""),
                EXIT_BAD_FACTS,
            )
        verified = f"; {report.checked} quotes verified against {sources}"
    sys.stdout.write(clean_line(f"ok: {path}: {counts}{verified}") + "\n")


QUOTE_NOT_FOUND = "quote not found"
"""How `quotes.verify_quotes` starts the message of a quote missing from its article."""


def _check_sources_folder(sources: Path, files: list[str]) -> None:
    """Exit 2 unless ``sources`` is a folder where at least one of the articles ``files`` is
    (whatever it is: an article that cannot be read is the fact base's problem, exit 3)."""
    hint = "(hint: give the folder that holds the article files, e.g. ../shared/sources)"
    # os.path answers False for any OSError (a name too long, a loop) where Path would raise.
    if not os.path.lexists(sources):
        _fail(f"--sources {sources}: no such folder {hint}", EXIT_USAGE)
    if not os.path.isdir(sources):
        _fail(f"--sources {sources}: not a folder {hint}", EXIT_USAGE)
    if files and not any(os.path.lexists(os.path.join(sources, name)) for name in files):
        _fail(
            f"--sources {sources}: no article of the fact base found there "
            f"(it names {len(files)}, such as {files[0]!r}) {hint}",
            EXIT_USAGE,
        )


@app.command()
def info(
    ctx: typer.Context,
    fmt: Annotated[
        InfoFormat, typer.Option("--format", help="Output format: table or json.")
    ] = InfoFormat.table,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
) -> None:
    """Show which fact base is in use, its schema version and how many records of each kind.

    Examples:

      cfacts info

      CFACTS_FACTS=my.toml cfacts info --json
    """
    from cfacts.index.cache import cache_disabled, cache_path

    path, origin = _location(ctx)
    found = cache_path(path) if _settings(ctx).use_cache and not cache_disabled() else None
    index = str(found) if found is not None else None
    before = _identity(index)
    store = _load(ctx)
    from cfacts.index.store import SqliteStore

    state = _index_state(index, before, _identity(index), isinstance(store, SqliteStore))
    if as_json or fmt is InfoFormat.json:
        from cfacts.output.jsonout import dumps

        payload = {
            "path": str(path),
            "origin": origin,
            "schema_version": store.schema_version,
            "counts": store.counts(),
            "cache": {"path": index, "hit": state == "fresh", "state": state},
        }
        sys.stdout.write(dumps(payload) + "\n")
        return
    lines = [f"fact base: {path} ({origin})", f"schema_version: {store.schema_version}"]
    lines.append(f"index cache: {index or 'disabled'}{INDEX_STATES[state]}")
    lines += [f"{PLURALS.get(kind, kind + 's'):>14}: {n}" for kind, n in store.counts().items()]
    sys.stdout.write(clean_line("\n".join(lines)).replace("\\n", "\n") + "\n")


INDEX_STATES = {
    "fresh": " (fresh)",
    "built": " (built now)",
    "unused": " (not used)",
    "disabled": "",
}
"""How `info` describes the index cache: answered from an index already there (fresh), written
by this run because there was none or it was stale (built now), not used although enabled
(unusable or untrusted; a warning says why), or disabled."""


def _identity(path: str | None) -> tuple[int, int, int, int] | None:
    """What tells one index file from the next: device, inode, size, modification time."""
    if path is None:
        return None
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def _index_state(
    index: str | None,
    before: tuple[int, int, int, int] | None,
    after: tuple[int, int, int, int] | None,
    from_index: bool,
) -> str:
    """One of INDEX_STATES, from the index file before and after opening the fact base (the
    index is never changed in place: a new one is renamed over it)."""
    if index is None:
        return "disabled"
    if after is not None and after != before:
        return "built"
    return "fresh" if from_index and after is not None else "unused"


def _completer(command: str) -> Callable[[typer.Context, str], list[tuple[str, str]]]:
    """An autocompletion callback offering the fact base's names for `command`."""

    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        # Reached only for command lines the fast path does not complete (quoted words and
        # the like). typer renders help text through rich, so keep it one line, no markup.
        from rich.markup import escape

        from cfacts.cli.complete import for_bash, for_powershell, one_line

        params = ctx.find_root().params
        settings = Settings(params.get("facts"), not params.get("no_cache", False))
        shell = os.environ.get(COMPLETE_VAR, "").removeprefix("complete_")
        quote = {"bash": for_bash, "powershell": for_powershell, "pwsh": for_powershell}
        as_typed = quote.get(shell, str)  # zsh and fish quote what they insert themselves
        return [
            (as_typed(clean_line(value)), escape(one_line(help_text, 50)))
            for value, help_text in completion_items(settings, command, incomplete)
        ]

    return complete


def _query(command: str) -> Any:
    return typer.Argument(metavar="QUERY", show_default=False, autocompletion=_completer(command))


QueryArg = Annotated[str, typer.Argument(metavar="QUERY", show_default=False)]
WhoArg = Annotated[str, _query("who")]
OrgArg = Annotated[str, _query("org")]
EventArg = Annotated[str, _query("event")]
FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format", help="Output format: table, json, jsonl, csv or markdown (see README)."
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Same as --format json.")]


def _run(ctx: typer.Context, request: Request, fmt: Format, as_json: bool) -> None:
    """Answer through the shared runner and exit with its code."""
    try:
        code = run(_settings(ctx), request, "json" if as_json else fmt.value)
    except Stop as stop:
        raise typer.Exit(stop.code) from None
    if code:
        raise typer.Exit(code)


@app.command()
def who(
    ctx: typer.Context, query: WhoArg, fmt: FormatOpt = Format.table, as_json: JsonOpt = False
) -> None:
    """A person's card: roles over time, events and what they said, numbers, sources.

    Matching ignores case, accents, word order and honorifics and tolerates typos.

    Examples:

      cfacts who "Liu Hua"

      cfacts who "hua liu" --json | jq '.results[0].fields.roles'

      cfacts who Zhou
    """
    _run(ctx, Request("who", query), fmt, as_json)


@app.command()
def org(
    ctx: typer.Context, query: OrgArg, fmt: FormatOpt = Format.table, as_json: JsonOpt = False
) -> None:
    """An organization: names, kind, parent and units, people, events, statistics.

    Examples:

      cfacts org CAVCA

      cfacts org "WIPO Office in China"

      cfacts org mcsc --json
    """
    _run(ctx, Request("org", query), fmt, as_json)


@app.command()
def event(
    ctx: typer.Context, query: EventArg, fmt: FormatOpt = Format.table, as_json: JsonOpt = False
) -> None:
    """Who spoke where: an event's dates, place, organizers, attendance and speakers.

    The query matches names, cities, kinds and years.

    Examples:

      cfacts event Chengdu

      cfacts event "Shanghai 2023"

      cfacts event roundtable --json
    """
    _run(ctx, Request("event", query), fmt, as_json)


@app.command()
def stat(
    ctx: typer.Context,
    query: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="[QUERY]",
            help="Slug or label; omit to list every statistic.",
            autocompletion=_completer("stat"),
        ),
    ] = None,
    year: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--year", metavar="YYYY", help="Only observations for this year."),
    ] = None,
    latest: Annotated[bool, typer.Option("--latest", help="Only the latest observation.")] = False,
    fmt: FormatOpt = Format.table,
    as_json: JsonOpt = False,
) -> None:
    """A statistic's series: value as written, normalized value, change, source per point.

    Examples:

      cfacts stat gdp-share

      cfacts stat "MCSC licensing revenue" --latest

      cfacts stat --year 2024
    """
    _run(ctx, Request("stat", query, year=year, latest=latest), fmt, as_json)


@app.command()
def search(
    ctx: typer.Context,
    query: QueryArg,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Most results to show.")] = 20,
    fmt: FormatOpt = Format.table,
    as_json: JsonOpt = False,
) -> None:
    """Search everything: names, aliases, labels, titles, what people said, topics, quotes.

    Examples:

      cfacts search karaoke

      cfacts search "labeling system"

      cfacts search "Black Myth" --json
    """
    _run(ctx, Request("search", query, limit=limit), fmt, as_json)


class ExportFormat(str, Enum):
    """Formats of `export`."""

    sqlite = "sqlite"
    jsonl = "jsonl"


@app.command()
def export(
    ctx: typer.Context,
    path: Annotated[
        str,
        typer.Argument(metavar="PATH", help="File to write; '-' writes JSON Lines to stdout."),
    ],
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", help="sqlite (tables, foreign keys, full-text index) or jsonl."),
    ] = ExportFormat.sqlite,
) -> None:
    """Export the whole fact base for other tools: a SQLite database or JSON Lines.

    The database has one table per kind with foreign keys, observations with normalized
    values, every quote in `evidence`, and an FTS5 index `search` (see README).

    Examples:

      cfacts export facts.sqlite

      cfacts export facts.jsonl --format jsonl

      sqlite3 facts.sqlite "SELECT period, as_written FROM observation WHERE statistic='gdp-share'"
    """
    from cfacts.errors import ExportError
    from cfacts.factbase.loader import load
    from cfacts.output.export import export_jsonl, export_jsonl_file, export_sqlite

    source, _ = _location(ctx)
    try:
        facts = load(source)
    except FactBaseError as error:
        report_problems(error)
        _fail(f"{len(error.problems)} problem(s) in {source}", EXIT_BAD_FACTS)
    try:
        if fmt is ExportFormat.jsonl:
            if path == "-":
                lines = export_jsonl(facts, sys.stdout)
            else:
                lines = export_jsonl_file(facts, Path(path))
            say(f"cfacts: exported {lines} records as JSON Lines to {path}")
            return
        if path == "-":
            _fail("a SQLite database cannot go to stdout; give a file name", EXIT_USAGE)
        counts = export_sqlite(facts, Path(path))
    except ExportError as error:
        _fail(str(error), EXIT_USAGE)
    rows = sum(counts.values())
    say(f"cfacts: exported {rows} rows in {len(counts)} tables to {path}")


@app.command()
def ask(
    ctx: typer.Context,
    question: Annotated[
        str, typer.Argument(metavar="QUESTION", help="A question in plain English.")
    ],
    fmt: FormatOpt = Format.table,
    as_json: JsonOpt = False,
) -> None:
    """Answer a plain question with the right lookup; says on stderr how it was understood.

    Recognizes the people, organizations, events, statistics, treaties and years the question
    names, and cue words such as "how much", "when" and "who spoke". JSON carries the reading
    in "understood", including the equivalent command.

    Examples:

      cfacts ask "what did MCSC earn in 2024"

      cfacts ask "who spoke in Chengdu"

      cfacts ask "who is the director of the WIPO Office in China" --json | jq .understood
    """
    _run(ctx, Request("ask", question), fmt, as_json)


@app.command()
def timeline(
    ctx: typer.Context,
    query: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="[QUERY]",
            help="A person, organization, event, statistic, treaty or topic; omit for all.",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = Format.table,
    as_json: JsonOpt = False,
) -> None:
    """Everything dated, in order: events, roles, statements, statistics, treaty milestones.

    Examples:

      cfacts timeline

      cfacts timeline "Beijing Treaty"

      cfacts timeline "Liu Hua" --json | jq -r '.results[] | .fields.date + " " + .name'
    """
    _run(ctx, Request("timeline", query), fmt, as_json)


@app.command()
def sources(ctx: typer.Context, fmt: FormatOpt = Format.table, as_json: JsonOpt = False) -> None:
    """The source articles: date (and how it is known), title, publisher, facts backed.

    Examples:

      cfacts sources

      cfacts sources --json | jq '.results[].fields.date'
    """
    _run(ctx, Request("sources"), fmt, as_json)
