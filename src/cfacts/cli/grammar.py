"""The one declaration of cfacts' command line: commands, arguments, options, help, completion.

The fast path's parser (`parse`), the typer app (`cli`), shell completion (`complete`) and the
README meta-tests are all derived from `COMMANDS` and `GLOBALS`, so an option is declared here
once. Importing this module costs nothing beyond the frozen value classes.
"""

from __future__ import annotations

from collections.abc import Sequence

from cfacts.frozen import value
from cfacts.output.view import ALL_SECTIONS

FORMATS = ("table", "json", "jsonl", "csv", "markdown")


@value(frozen=True)
class Param:
    """One argument (no ``flags``) or option of a command.

    ``kind`` is ``text``, ``int``, ``flag`` (an option without a value) or ``choice``.
    ``dest`` names the value everywhere: the `Request` field, the typer parameter, JSON.
    ``complete`` names what completes it: a record kind's names, or ``path``. A ``repeat``
    option may be given several times; its value is the tuple of them all.
    """

    dest: str
    kind: str
    help: str
    flags: tuple[str, ...] = ()
    metavar: str = ""
    choices: tuple[str, ...] = ()
    default: object = None
    required: bool = False
    minimum: int | None = None
    complete: str | None = None
    repeat: bool = False

    @property
    def positional(self) -> bool:
        """Whether this is an argument rather than an option."""
        return not self.flags

    @property
    def takes_value(self) -> bool:
        """Whether the option is followed by a value."""
        return bool(self.flags) and self.kind != "flag"


@value(frozen=True)
class Command:
    """One command: its help, examples and parameters; ``lookup`` commands answer a Request."""

    name: str
    summary: str
    description: str
    examples: tuple[str, ...]
    params: tuple[Param, ...]
    lookup: bool = True

    def param(self, dest: str) -> Param | None:
        """The parameter stored as ``dest``, if the command has it."""
        return next((p for p in self.params if p.dest == dest), None)

    @property
    def positionals(self) -> tuple[Param, ...]:
        """The arguments, in order."""
        return tuple(p for p in self.params if p.positional)

    def option(self, flag: str) -> Param | None:
        """The option spelled ``flag``, if any."""
        return next((p for p in self.params if flag in p.flags), None)

    @property
    def help(self) -> str:
        """The full help text: summary, description and examples (click keeps each as is)."""
        parts = [self.summary]
        if self.description:
            parts.append(self.description)
        parts.append("Examples:")
        parts.extend(f"  {example}" for example in self.examples)
        return "\n\n".join(parts)


def _query(
    kind: str | None, help_text: str, *, required: bool = True, meta: str = "QUERY"
) -> Param:
    return Param("query", "text", help_text, metavar=meta, required=required, complete=kind)


FORMAT = Param(
    "format",
    "choice",
    "Output format: table (default), json (one document), jsonl (one object per row), "
    "csv (a header, then one row per result) or markdown (a pipe table).",
    flags=("--format",),
    metavar="FORMAT",
    choices=FORMATS,
)
JSON = Param("json", "flag", "Same as --format json.", flags=("--json",), default=False)
NO_PAGER = Param(
    "no_pager",
    "flag",
    "Print straight to the terminal, never through a pager ($CFACTS_PAGER, else $PAGER, else "
    "less -FRX; an empty CFACTS_PAGER also turns it off).",
    flags=("--no-pager",),
    default=False,
)
OUTPUT = (FORMAT, JSON, NO_PAGER)
FULL = Param(
    "full",
    "flag",
    "Show the whole card: every section, whole texts, and each row's verbatim quote.",
    flags=("--full",),
    default=False,
)
SECTION = Param(
    "sections",
    "choice",
    "Show only this part of the card, in full (repeatable): " + ", ".join(ALL_SECTIONS) + ".",
    flags=("--section",),
    metavar="NAME",
    choices=ALL_SECTIONS,
    default=(),
    repeat=True,
)
CARD = (FULL, SECTION)
"""How much of a card to show (lookups that answer with cards)."""

GLOBALS = (
    Param(
        "facts",
        "text",
        "Fact base file to use (else $CFACTS_FACTS, else the bundled facts.toml).",
        flags=("--facts",),
        metavar="PATH",
        complete="path",
    ),
    Param(
        "no_cache",
        "flag",
        "Read the fact base directly, without the index cache (also CFACTS_NO_CACHE=1).",
        flags=("--no-cache",),
        default=False,
    ),
)
"""Options that come before the command."""

COMMANDS: tuple[Command, ...] = (
    Command(
        "who",
        "A person's card: roles over time, events and what they said, numbers, sources.",
        "Matching ignores case, accents, word order and honorifics and tolerates typos.",
        (
            'cfacts who "Liu Hua"',
            "cfacts who \"hua liu\" --json | jq '.results[0].fields.roles'",
            "cfacts who Zhou",
        ),
        (_query("person", "A person's name, alias or id."), *CARD, *OUTPUT),
    ),
    Command(
        "org",
        "An organization: names, kind, parent and units, people, events, statistics.",
        "",
        ("cfacts org CAVCA", 'cfacts org "WIPO Office in China"', "cfacts org mcsc --json"),
        (_query("organization", "An organization's name, abbreviation or id."), *CARD, *OUTPUT),
    ),
    Command(
        "event",
        "Who spoke where: an event's dates, place, organizers, attendance and speakers.",
        "The query matches names, cities, kinds and years.",
        ("cfacts event Chengdu", 'cfacts event "Shanghai 2023"', "cfacts event roundtable --json"),
        (_query("event", "An event's name, city, kind or year."), *CARD, *OUTPUT),
    ),
    Command(
        "stat",
        "A statistic's series: value as written, normalized value, change, source per point.",
        "",
        (
            "cfacts stat gdp-share",
            'cfacts stat "MCSC licensing revenue" --latest',
            "cfacts stat --year 2024",
        ),
        (
            _query(
                "statistic",
                "Slug or label; omit to list every statistic.",
                required=False,
                meta="[QUERY]",
            ),
            Param("year", "int", "Only observations for this year.", ("--year",), "YYYY"),
            Param("latest", "flag", "Only the latest observation.", ("--latest",), default=False),
            *CARD,
            *OUTPUT,
        ),
    ),
    Command(
        "search",
        "Search everything: names, aliases, labels, titles, what people said, topics, quotes.",
        "",
        (
            "cfacts search karaoke",
            'cfacts search "labeling system"',
            'cfacts search "Black Myth" --json',
        ),
        (
            _query(None, "Words to look for."),
            Param(
                "limit", "int", "Most results to show.", ("--limit",), "N", default=20, minimum=1
            ),
            *OUTPUT,
        ),
    ),
    Command(
        "ask",
        "Answer a plain question with the right lookup; says on stderr how it was understood.",
        "Recognizes the people, organizations, events, statistics, treaties and years the "
        'question names, and cue words such as "how much", "when" and "who spoke". JSON '
        'carries the reading in "understood", including the equivalent command.',
        (
            'cfacts ask "what did MCSC earn in 2024"',
            'cfacts ask "who spoke in Chengdu"',
            'cfacts ask "who is the director of the WIPO Office in China" --json | jq .understood',
        ),
        (_query(None, "A question in plain English.", meta="QUESTION"), *CARD, *OUTPUT),
    ),
    Command(
        "timeline",
        "Everything dated, in order: events, roles, statements, statistics, treaty milestones.",
        "A year (2023) or --year, --from and --to (inclusive; YYYY, YYYY-MM or YYYY-MM-DD) keep "
        "what is dated then. A topic (AI, blockchain) follows the statements, speeches and "
        "events that name it: their topics, or their summaries.",
        (
            "cfacts timeline",
            "cfacts timeline 2023",
            'cfacts timeline "Beijing Treaty"',
            "cfacts timeline AI --from 2019 --to 2021-06",
            "cfacts timeline \"Liu Hua\" --json "
            "| jq -r '.results[] | .fields.date + \" \" + .name'",
        ),
        (
            _query(
                None,
                "A person, organization, event, statistic, treaty or topic, or a year "
                "(YYYY, the same as --year); omit for all.",
                required=False,
                meta="[QUERY]",
            ),
            Param("year", "int", "Only what is dated in this year.", ("--year",), "YYYY"),
            Param(
                "from_date",
                "text",
                "Only what is dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).",
                ("--from",),
                "DATE",
            ),
            Param(
                "to_date",
                "text",
                "Only what is dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).",
                ("--to",),
                "DATE",
            ),
            *OUTPUT,
        ),
    ),
    Command(
        "sources",
        "The source articles: date (and how it is known), title, publisher, facts backed.",
        "",
        ("cfacts sources", "cfacts sources --json | jq '.results[].fields.date'"),
        OUTPUT,
    ),
    Command(
        "export",
        "Export the whole fact base for other tools: a SQLite database or JSON Lines.",
        "The database has one table per kind with foreign keys, observations with normalized "
        "values, every quote in `evidence`, and an FTS5 index `search (kind, record_id, field, "
        "text)`; JSON Lines has one record per line with its `kind`. A database comes with "
        "Datasette metadata beside it (PATH.metadata.json: descriptions and canned queries). "
        "An existing file is replaced only if it is a cfacts export (or with --force).",
        (
            "cfacts export facts.sqlite",
            "cfacts export facts.jsonl --format jsonl",
            'sqlite3 facts.sqlite "SELECT period, as_written FROM observation '
            "WHERE statistic='gdp-share'\"",
            "datasette facts.sqlite -m facts.sqlite.metadata.json",
        ),
        (
            Param(
                "path",
                "text",
                "File to write; '-' writes JSON Lines to stdout.",
                metavar="PATH",
                required=True,
                complete="path",
            ),
            Param(
                "format",
                "choice",
                "sqlite (tables, foreign keys, full-text index) or jsonl.",
                ("--format",),
                "FORMAT",
                ("sqlite", "jsonl"),
                default="sqlite",
            ),
            Param(
                "force",
                "flag",
                "Replace PATH even if it is not a cfacts export.",
                ("--force",),
                default=False,
            ),
        ),
        lookup=False,
    ),
    Command(
        "serve",
        "Browse the fact base in Datasette, with descriptions and canned queries (cfacts[web]).",
        "Exports the fact base to a temporary folder and serves it on 127.0.0.1 until Ctrl-C. "
        'Needs the optional extra: pip install "cfacts[web]".',
        ("cfacts serve", "cfacts serve --port 8080"),
        (
            Param(
                "port",
                "int",
                "Port on 127.0.0.1 to listen on (1-65535).",
                ("--port",),
                "PORT",
                default=8001,
                minimum=1,
            ),
        ),
        lookup=False,
    ),
    Command(
        "check",
        "Validate the fact base and, with --sources, prove every quote against its article.",
        "With --coverage, also report what the quotes miss: per article, the share of its "
        "sentences a quote touches, and every number and capitalized name no quote covers, "
        "with its line; items left uncovered on purpose are explained in the notes file "
        "beside the fact base (facts.coverage.toml for facts.toml).",
        (
            "cfacts check",
            "cfacts check --sources ../shared/sources",
            "cfacts check --sources ../shared/sources --coverage",
            "cfacts check --sources ../shared/sources --coverage --json "
            "| jq '.coverage.articles[] | {file, share}'",
        ),
        (
            Param(
                "sources",
                "text",
                "Folder of the source articles; proves every quote is in its article.",
                ("--sources",),
                "DIR",
                complete="path",
            ),
            Param(
                "coverage",
                "flag",
                "With --sources: the share of each article's sentences the quotes touch, and "
                "the numbers and names no quote covers (each with its line).",
                ("--coverage",),
                default=False,
            ),
            Param(
                "json",
                "flag",
                "Print the outcome as one JSON document (schema/cfacts-output.schema.json, "
                "$defs/Check).",
                ("--json",),
                default=False,
            ),
        ),
        lookup=False,
    ),
    Command(
        "info",
        "Show which fact base is in use, its schema version and how many records of each kind.",
        "",
        ("cfacts info", "CFACTS_FACTS=my.toml cfacts info --json"),
        (
            Param(
                "format",
                "choice",
                "Output format: table (default) or json.",
                ("--format",),
                "FORMAT",
                ("table", "json"),
            ),
            JSON,
        ),
        lookup=False,
    ),
)
"""Every command, in the order `--help` lists them: lookups first."""

HELP = Command(
    "help",
    "Show a command's help, as `cfacts COMMAND --help` does.",
    "",
    ("cfacts help who", "cfacts help"),
    (
        Param(
            "topic",
            "choice",
            "The command to explain; omit for the overview.",
            metavar="[COMMAND]",
            choices=tuple(command.name for command in COMMANDS),
        ),
    ),
    lookup=False,
)
COMMANDS = (*COMMANDS, HELP)

BY_NAME = {command.name: command for command in COMMANDS}


@value(frozen=True)
class Parsed:
    """A command line as the grammar reads it."""

    globals: dict[str, object]
    command: Command
    values: dict[str, object]


class Unparsed(Exception):
    """The command line is not one the grammar reads; the full app explains why."""


def parse_globals(argv: Sequence[str]) -> tuple[dict[str, object], int]:
    """The global options before the command, and where the command starts (Unparsed if odd)."""
    found: dict[str, object] = {p.dest: p.default for p in GLOBALS}
    i = 0
    while i < len(argv) and argv[i].startswith("-") and argv[i] != "-":
        i = _take(GLOBALS, argv, i, found)
    return found, i


def parse_argv(argv: Sequence[str]) -> Parsed:
    """Read a whole command line; Unparsed for anything else (help, errors, completion setup)."""
    found, i = parse_globals(argv)
    if i >= len(argv) or argv[i] not in BY_NAME:
        raise Unparsed("no known command")
    command = BY_NAME[argv[i]]
    values: dict[str, object] = {p.dest: p.default for p in command.params}
    positionals = list(command.positionals)
    j = i + 1
    only_positional = False
    while j < len(argv):
        arg = argv[j]
        if not only_positional and arg == "--":
            only_positional = True
            j += 1
        elif not only_positional and arg.startswith("-") and arg != "-":
            j = _take(command.params, argv, j, values)
        else:
            if not positionals:
                raise Unparsed("too many arguments")
            values[positionals.pop(0).dest] = arg
            j += 1
    if any(p.required for p in positionals):
        raise Unparsed("a required argument is missing")
    return Parsed(found, command, values)


def _take(params: Sequence[Param], argv: Sequence[str], i: int, into: dict[str, object]) -> int:
    """Read the option at ``argv[i]`` into ``into``; the index after it (Unparsed if bad)."""
    arg = argv[i]
    flag, has_value, inline = arg.partition("=")
    param = next((p for p in params if flag in p.flags), None)
    if param is None:
        raise Unparsed(f"unknown option {flag}")
    if not param.takes_value:
        if has_value:
            raise Unparsed(f"{flag} takes no value")
        into[param.dest] = True
        return i + 1
    if has_value:
        text = inline
        i += 1
    elif i + 1 < len(argv):
        text = argv[i + 1]
        i += 2
    else:
        raise Unparsed(f"{flag} needs a value")
    converted = convert(param, text)
    if param.repeat:
        previous = into.get(param.dest) or ()
        assert isinstance(previous, tuple)
        into[param.dest] = (*previous, converted)
    else:
        into[param.dest] = converted
    return i


def convert(param: Param, text: str) -> object:
    """An option's text as its value (Unparsed when it is not valid)."""
    if param.kind == "int":
        if not text.strip().lstrip("-").isdigit():
            raise Unparsed(f"{param.flags[0]} needs a whole number")
        number = int(text)
        if param.minimum is not None and number < param.minimum:
            raise Unparsed(f"{param.flags[0]} is below {param.minimum}")
        return number
    if param.kind == "choice" and text not in param.choices:
        raise Unparsed(f"{param.flags[0]} has no choice {text!r}")
    if param.kind == "text" and param.flags and (not text or text.startswith("-")):
        raise Unparsed(f"{param.flags[0]} needs a value")
    return text
