"""Runs any command the grammar parsed: lookups through the runner, and check, info, export.

Both front ends (`main`, the fast path, and `app`, the typer app) call `execute`, so a command
line answers the same whichever parsed it. Nothing here exits: a failure raises `Stop`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence

from cfacts.cli.grammar import Command
from cfacts.cli.runner import (
    EXIT_BAD_FACTS,
    EXIT_OK,
    EXIT_USAGE,
    Settings,
    Stop,
    fail,
    location,
    open_facts,
    report,
    run,
    say,
)
from cfacts.errors import CfactsError, FactBaseError
from cfacts.output.view import View
from cfacts.sanitize import clean_line

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from cfacts.errors import Problem
    from cfacts.factbase.coverage import Coverage
    from cfacts.factbase.model import FactBase

Values = Mapping[str, object]
PLURALS = {"person": "people", "statistic": "statistics"}
PRESENTATION = ("format", "json", "no_pager", "full", "sections")
"""Lookup options that say how an answer is shown, not what is asked (not in the Request)."""
QUOTE_NOT_FOUND = "quote not found"
"""How `quotes.verify_quotes` starts the message of a quote missing from its article."""


def execute(settings: Settings, command: Command, values: Values) -> int:
    """Run ``command`` with its parsed ``values``; its exit status (Stop for failures)."""
    if command.lookup:
        return lookup(settings, command.name, values)
    handler: Callable[[Settings, Values], int] = HANDLERS[command.name]
    try:
        return handler(settings, values)
    except Stop:
        raise
    except CfactsError as error:
        raise fail(str(error), error.exit_status) from None


def output_format(values: Values) -> str:
    """The output format a lookup's `--format` and `--json` ask for (Stop(2) if they differ)."""
    chosen = values.get("format")
    if values.get("json"):
        if chosen not in (None, "json"):
            raise fail(
                f"--json and --format {chosen} ask for two formats; give one of them", EXIT_USAGE
            )
        return "json"
    return str(chosen or "table")


def lookup(settings: Settings, name: str, values: Values) -> int:
    """Answer a lookup command through the shared runner."""
    from cfacts.finding.dispatch import Request

    fields = {k: v for k, v in values.items() if k not in PRESENTATION}
    request = Request(name, **fields)  # type: ignore[arg-type]
    sections = values.get("sections") or ()
    assert isinstance(sections, tuple)
    view = View(full=bool(values.get("full")), sections=tuple(str(s) for s in sections))
    return run(
        settings, request, output_format(values), page=not values.get("no_pager"), view=view
    )


def _load(settings: Settings, as_json: bool = False) -> tuple[str, FactBase]:
    """The fact base read and validated in full (no index), with its path; ``as_json``: a
    bad one is also told as `check --json`'s document on stdout."""
    from pathlib import Path

    from cfacts.factbase.loader import load

    path, _ = location(settings)
    try:
        return path, load(Path(path))
    except FactBaseError as error:
        if as_json:
            _write_check_json(path, None, error.problems)
        raise Stop(
            EXIT_BAD_FACTS, *report(error), f"cfacts: {len(error.problems)} problem(s) in {path}"
        ) from None


def check(settings: Settings, values: Values) -> int:
    """Validate the fact base; with --sources, prove every quote and headline against its
    article, and that each record's quotes support its quantities and name its person; with
    --coverage, report what the quotes miss. --json prints the outcome as one document."""
    as_json = bool(values.get("json"))
    if values.get("coverage") and values.get("sources") is None:
        raise fail(
            "--coverage needs --sources DIR: coverage is measured against the articles",
            EXIT_USAGE,
        )
    path, facts = _load(settings, as_json)
    counts = ", ".join(f"{n} {kind}" for kind, n in facts.counts().items())
    verified = ""
    tally: dict[str, int] | None = None
    covered: Coverage | None = None
    sources = values.get("sources")
    if sources is not None:
        from pathlib import Path

        from cfacts.factbase.loader import read_text
        from cfacts.factbase.quotes import verify_quotes
        from cfacts.factbase.speech import direct_claims, verify_speech
        from cfacts.factbase.support import verify_support

        folder = str(sources)
        _check_sources_folder(folder, [source.file for source in facts.sources.values()])
        checked = verify_quotes(facts, Path(folder))
        supported = verify_support(facts, read_text(Path(path)))
        problems = checked.problems + supported.problems + verify_speech(facts, Path(folder))
        tally = {
            "quotes": checked.checked,
            "headlines": checked.headlines,
            "quantities": supported.quantities,
            "persons_named": supported.names,
            "periods": supported.periods,
            "direct_quotations": len(direct_claims(facts)),
        }
        if problems:
            failed = sum(p.message.startswith(QUOTE_NOT_FOUND) for p in checked.problems)
            total = sum(
                len(r.evidence) for records in facts.records.values() for r in records.values()
            )
            unchecked = total - checked.checked
            if as_json:
                _write_check_json(path, facts, problems, folder, tally)
            raise Stop(
                EXIT_BAD_FACTS,
                *(problem.format() for problem in problems),
                f"cfacts: {len(problems)} problem(s) in {path}; "
                f"{max(checked.checked - failed, 0)} of {checked.checked} quotes verified"
                + (f", {unchecked} not checked (no article)" if unchecked > 0 else ""),
            )
        verified = (
            f"; {checked.checked} quotes verified against {folder}"
            f"; {checked.headlines} headline{'' if checked.headlines == 1 else 's'} verified"
            f"; evidence supports {supported.quantities} quantities"
            f" and names the person of {supported.names} roles and appearances"
            f" and gives the period of {supported.periods} observations"
            f"; {len(direct_claims(facts))} direct quotations are whole"
        )
        if values.get("coverage"):
            from cfacts.factbase.coverage import coverage

            covered = coverage(facts, Path(folder))
    if as_json:
        _write_check_json(path, facts, (), _text(sources), tally, covered)
        return EXIT_OK
    sys.stdout.write(clean_line(f"ok: {path}: {counts}{verified}") + "\n")
    if covered is not None:
        sys.stdout.write("".join(clean_line(line) + "\n" for line in coverage_lines(covered)))
    return EXIT_OK


def coverage_lines(covered: Coverage) -> list[str]:
    """The coverage report as text: the totals, then per article its share of sentences
    quoted and the items no quote covers that no note explains, then stale notes."""
    notes = os.path.basename(covered.notes) if covered.notes else "no notes file"
    items, unexplained = len(covered.items), len(covered.unexplained)
    lines = [
        f"coverage: {covered.quoted} of {covered.sentences} sentences quoted"
        f" ({_percent(covered.quoted, covered.sentences)}); {items} numbers and names"
        f" not covered: {items - unexplained} explained ({notes}), {unexplained} unexplained"
    ]
    for article in covered.articles:
        left = len(article.items) - len(article.unexplained)
        lines.append(
            f"{article.file} ({article.source}): {article.quoted} of {article.sentences}"
            f" sentences quoted ({_percent(article.quoted, article.sentences)});"
            f" {len(article.items)} not covered, {left} explained"
        )
        lines.extend(
            f'  line {", ".join(map(str, item.lines))}: {item.kind} "{item.text}"'
            for item in article.unexplained
        )
    lines.extend(f"stale note: {problem.format()}" for problem in covered.stale)
    return lines


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "100%"


def _write_check_json(
    path: str,
    facts: FactBase | None,
    problems: Sequence[Problem],
    sources: str | None = None,
    tally: Mapping[str, int] | None = None,
    covered: Coverage | None = None,
) -> None:
    """`check --json`: the outcome as one document ($defs/Check in the output schema)."""
    from cfacts.output.jsonout import dumps

    payload = {
        "ok": not problems,
        "path": path,
        "counts": facts.counts() if facts is not None else None,
        "sources": sources,
        "verified": dict(tally) if tally is not None else None,
        "problems": [
            {
                "path": p.path,
                "line": p.line,
                "record": p.record,
                "message": p.message,
                "hint": p.hint,
                "text": p.format(),
            }
            for p in problems
        ],
        "coverage": _coverage_json(covered) if covered is not None else None,
    }
    sys.stdout.write(dumps(payload) + "\n")


def _coverage_json(covered: Coverage) -> dict[str, object]:
    return {
        "notes": covered.notes,
        "sentences": covered.sentences,
        "quoted": covered.quoted,
        "share": round(covered.quoted / covered.sentences, 4) if covered.sentences else 1.0,
        "articles": [
            {
                "source": article.source,
                "file": article.file,
                "sentences": article.sentences,
                "quoted": article.quoted,
                "share": round(article.share, 4),
                "uncovered": [
                    {
                        "kind": item.kind,
                        "text": item.text,
                        "line": item.line,
                        "lines": list(item.lines),
                        "reason": item.reason,
                    }
                    for item in article.items
                ],
            }
            for article in covered.articles
        ],
        "unexplained": len(covered.unexplained),
        "stale": [problem.format() for problem in covered.stale],
    }


def _check_sources_folder(sources: str, files: list[str]) -> None:
    """Stop(2) unless ``sources`` is a folder where at least one of the articles ``files`` is
    (whatever it is: an article that cannot be read is the fact base's problem, exit 3)."""
    hint = "(hint: give the folder that holds the article files, e.g. ../shared/sources)"
    # os.path answers False for any OSError (a name too long, a loop) where Path would raise.
    if not os.path.lexists(sources):
        raise fail(f"--sources {sources}: no such folder {hint}", EXIT_USAGE)
    if not os.path.isdir(sources):
        raise fail(f"--sources {sources}: not a folder {hint}", EXIT_USAGE)
    if files and not any(os.path.lexists(os.path.join(sources, name)) for name in files):
        raise fail(
            f"--sources {sources}: no article of the fact base found there "
            f"(it names {len(files)}, such as {files[0]!r}) {hint}",
            EXIT_USAGE,
        )


INDEX_STATES = {
    "fresh": " (fresh)",
    "built": " (built now)",
    "unused": " (not used)",
    "disabled": "",
}
"""How `info` describes the index cache: answered from an index already there (fresh), written
by this run because there was none or it was stale (built now), not used although enabled
(unusable or untrusted; a warning says why), or disabled."""


def info(settings: Settings, values: Values) -> int:
    """Which fact base is in use, its schema version, counts per kind and the index's state."""
    from cfacts.index.cache import cache_disabled, cache_path
    from cfacts.index.store import SqliteStore

    path, origin = location(settings)
    found = cache_path(path) if settings.use_cache and not cache_disabled() else None
    index = str(found) if found is not None else None
    before = _identity(index)
    store = open_facts(settings)
    state = _index_state(index, before, _identity(index), isinstance(store, SqliteStore))
    if output_format(values) == "json":
        from cfacts.output.jsonout import dumps

        payload = {
            "path": path,
            "origin": origin,
            "schema_version": store.schema_version,
            "counts": store.counts(),
            "cache": {"path": index, "hit": state == "fresh", "state": state},
        }
        sys.stdout.write(dumps(payload) + "\n")
        return EXIT_OK
    lines = [f"fact base: {path} ({origin})", f"schema_version: {store.schema_version}"]
    lines.append(f"index cache: {index or 'disabled'}{INDEX_STATES[state]}")
    lines += [f"{PLURALS.get(kind, kind + 's'):>14}: {n}" for kind, n in store.counts().items()]
    sys.stdout.write("\n".join(clean_line(line) for line in lines) + "\n")
    return EXIT_OK


def _identity(path: str | None) -> tuple[int, int, int, int] | None:
    """What tells one index file from the next: device, inode, size, modification time."""
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns


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


def export(settings: Settings, values: Values) -> int:
    """Write the whole fact base as a SQLite database (with its Datasette metadata beside it)
    or JSON Lines."""
    from pathlib import Path

    from cfacts.output.datasette import export_datasette_metadata, metadata_path
    from cfacts.output.export import export_jsonl, export_jsonl_file, export_sqlite

    _, loaded = _load(settings)
    target = str(values["path"])
    force = bool(values.get("force"))
    if values.get("format") == "jsonl":
        if target == "-":
            lines = export_jsonl(loaded, sys.stdout)
        else:
            lines = export_jsonl_file(loaded, Path(target), force=force)
        say(f"cfacts: exported {lines} records as JSON Lines to {target}")
        return EXIT_OK
    if target == "-":
        raise fail("a SQLite database cannot go to stdout; give a file name", EXIT_USAGE)
    from cfacts.output.export import check_target

    check_target(metadata_path(Path(target)), force=force)  # before anything is written
    counts = export_sqlite(loaded, Path(target), force=force)
    meta = export_datasette_metadata(loaded, Path(target), force=True)
    say(f"cfacts: exported {sum(counts.values())} rows in {len(counts)} tables to {target}")
    say(f"cfacts: Datasette metadata in {meta} (datasette {target} -m {meta})")
    return EXIT_OK


SERVE_DATABASE = "facts"
"""The database name `cfacts serve` gives Datasette: its pages are under /facts."""


def serve(settings: Settings, values: Values) -> int:
    """Export to a temporary folder and serve it with Datasette on 127.0.0.1 until stopped."""
    import contextlib
    import gc
    import tempfile
    from pathlib import Path

    gc.enable()  # `main` turns the cycle collector off for commands that end at once
    port = int(str(values.get("port") or 8001))
    if not 1 <= port <= 65535:
        raise fail(f"--port {port} is not a port; give 1 to 65535", EXIT_USAGE)
    try:
        from datasette.cli import cli as datasette_cli
    except ImportError:
        raise fail(
            'cfacts serve needs Datasette, an optional extra: pip install "cfacts[web]"',
            EXIT_USAGE,
        ) from None
    from cfacts.output.datasette import export_datasette_metadata
    from cfacts.output.export import export_sqlite

    _, loaded = _load(settings)
    with tempfile.TemporaryDirectory(prefix="cfacts-serve-") as folder:
        database = Path(folder) / f"{SERVE_DATABASE}.sqlite"
        export_sqlite(loaded, database)
        meta = export_datasette_metadata(loaded, database)
        say(f"cfacts: serving at http://127.0.0.1:{port}/{SERVE_DATABASE} (Ctrl-C to stop)")
        args = ["serve", str(database), "-m", str(meta), "-h", "127.0.0.1", "-p", str(port)]
        with contextlib.suppress(KeyboardInterrupt):  # runs until Ctrl-C or SIGTERM
            datasette_cli.main(args, prog_name="datasette", standalone_mode=False)
    return EXIT_OK


HANDLERS: Mapping[str, Callable[[Settings, Values], int]] = {
    "check": check,
    "info": info,
    "export": export,
    "serve": serve,
}
