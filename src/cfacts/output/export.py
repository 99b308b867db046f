"""Exports a loaded fact base to a SQLite database (with full-text search) or to JSON Lines."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple, TextIO, TypeVar

from cfacts import __version__, tempfiles
from cfacts.errors import ExportError
from cfacts.factbase.kinds import FIELDS, FieldSpec
from cfacts.factbase.model import KIND_CLASSES, FactBase, Quantity, Record
from cfacts.index import sqlite
from cfacts.output.jsonout import plain
from cfacts.sanitize import clean_line, escape_json

T = TypeVar("T")

EXPORT_FORMAT_VERSION = 1
"""Version of the database layout below; also stored as ``PRAGMA user_version``."""

KIND_TABLES: Mapping[str, str] = MappingProxyType({kind: kind for kind in KIND_CLASSES})
"""One table per record kind, named by the singular kind (``person``, ``role``, ...).

Columns: ``id TEXT PRIMARY KEY``, then the kind's fields in schema order, then ``line`` (the
record's line in the fact base). Text, enum and date fields are ``TEXT``; lists of strings
(``aliases``, ``abbreviations``, ``represented``, ``topics``) are JSON arrays in ``TEXT``;
``source`` (``REFERENCES source(id)``) and ``quote`` are the primary evidence; a reference to one
kind is a ``TEXT`` column with a foreign key to that kind's table. A reference that may point to
several kinds (``milestone.subject``) is the id in ``subject``, its kind in ``subject_kind`` and
the id again in the one matching ``subject_<kind>`` column, each of which has a foreign key. A
quantity is six columns ``<field>_qualifier``, ``_value``, ``_low``, ``_high``, ``_unit``,
``_as_written``; an observation's ``value`` keeps them unprefixed (``qualifier``, ``value``,
``low``, ``high``, ``unit``, ``as_written``) and an observation also has ``year`` (an integer
taken from ``period``). The column ``end`` (of ``event``) is an SQL keyword: quote it as ``"end"``.
"""

LINK_TABLES: Mapping[tuple[str, str], str] = MappingProxyType(
    {
        (kind, spec.name): f"{kind}_{spec.item}"
        for kind, specs in FIELDS.items()
        for spec in specs
        if spec.type == "refs"
    }
)
"""Tables for list-valued references, by (kind, field): ``<kind>_<item>`` (``event_organizer``,
``instrument_party``, ``claim_subject``).

Columns: the owner (e.g. ``event REFERENCES event(id)``), ``position`` (0-based, list order),
then the target (e.g. ``organization REFERENCES organization(id)``); a list that may point to
several kinds (``claim.subjects``) has ``subject``, ``subject_kind`` and ``subject_<kind>``
columns as in :data:`KIND_TABLES`.
"""

EVIDENCE_TABLE = "evidence"
"""``evidence(kind, record_id, position, source REFERENCES source(id), quote)``: position 0 is
the primary quote, 1, 2, ... the ``also`` quotes."""

SEARCH_TABLE = "search"
"""The FTS5 table ``search(kind, record_id, field, text)``; only ``text`` is indexed."""

SEARCH_FIELDS = (
    "name",
    "aliases",
    "abbreviations",
    "label",
    "title",
    "summary",
    "description",
    "topics",
)
"""Fields indexed for full-text search (one row per list item), besides every quote (field
``quote`` for the primary quote, ``also`` for further ones)."""

METADATA_SUFFIX = ".metadata.json"
"""Datasette metadata is written beside a SQLite export, named ``<export path>.metadata.json``."""

METADATA_ABOUT = "cfacts export"
"""The start of the metadata's ``about`` line, by which an export recognises its own file."""

QUANTITY_PARTS_ABOUT: Mapping[str, str] = MappingProxyType(
    {
        "qualifier": "how the number is hedged: exact, approximately, more_than, nearly, ...",
        "value": "the number, in the unit of the unit column",
        "low": "the lower end of a range, in the unit of the unit column",
        "high": "the upper end of a range, in the unit of the unit column",
        "unit": "the unit of value, low and high",
        "as_written": "the number as the article writes it",
    }
)
"""What each of a quantity's six columns holds."""

META_TABLE = "meta"
"""``meta(key TEXT PRIMARY KEY, value TEXT)``: ``schema_version``, ``cfacts_version`` and
``export_format_version``."""

JSONL_KIND_FIELD = "{kind}_kind"
"""In JSON Lines, ``"kind"`` is the record kind; a record's own ``kind`` field (an
organization's, event's, instrument's or topic's category) is renamed with this pattern, e.g.
``"organization_kind": "university"``."""

_QUANTITY_PARTS = (
    ("qualifier", "TEXT"),
    ("value", "REAL"),
    ("low", "REAL"),
    ("high", "REAL"),
    ("unit", "TEXT"),
    ("as_written", "TEXT"),
)
TEMP_SUFFIX = ".tmp"
"""Temporary files are ``.<target name>.cfacts-<12 hex digits>.tmp`` beside the target."""

STALE_SECONDS = 3600
"""A temporary file of the same target untouched this long was left by a killed export (a
running export keeps writing to its own) and is removed by the next export."""

_ORDER = {kind: index for index, kind in enumerate(KIND_CLASSES)}
_FTS5_PROBE = "CREATE VIRTUAL TABLE temp.cfacts_probe USING fts5(text)"

Getter = Callable[[Record, FactBase], Any]


class _Column(NamedTuple):
    """One column of a kind table: its name, SQL declaration and how to get its value."""

    name: str
    decl: str
    get: Getter
    deferred: bool = False  # refers to the same or a later kind: set once every row exists
    about: str = ""  # what the column holds, from the field's description (Datasette metadata)


class _Link(NamedTuple):
    """A table for one list-valued reference field."""

    table: str
    kind: str
    spec: FieldSpec
    item: str


# -- public API -------------------------------------------------------------------------------


def export_sqlite(facts: FactBase, path: Path, *, force: bool = False) -> dict[str, int]:
    """Write ``facts`` to a new SQLite database at ``path`` and return row counts per table.

    Tables: one per record kind (:data:`KIND_TABLES`, in the order of ``kinds.KINDS``), one per
    list of references (:data:`LINK_TABLES`), ``evidence``, the FTS5 table
    ``search(kind, record_id, field, text)`` and ``meta``. Every
    reference between records is a declared foreign key, and the rows satisfy them with
    ``PRAGMA foreign_keys=ON``.

    The database is built in a temporary file in the target's folder and moved over ``path``
    only when complete, so ``path`` is either untouched or the whole new database. Raises
    :class:`ExportError` if it cannot be written, if this Python's SQLite lacks FTS5, or if
    ``path`` is a file that is not a cfacts export (see :func:`is_cfacts_export`) and ``force``
    is false.
    """
    target = Path(path)
    _refuse_foreign(target, _inspect_target(target), force)
    _require_fts5(target)
    return _atomically(target, lambda tmp: _write(tmp, facts))


def export_jsonl_file(facts: FactBase, path: Path, *, force: bool = False) -> int:
    """Write :func:`export_jsonl` output to ``path`` atomically; the number of lines written.

    Like :func:`export_sqlite`, refuses to replace a file that is not a cfacts export unless
    ``force`` is true."""
    target = Path(path)
    _refuse_foreign(target, _inspect_target(target), force)

    def fill(tmp: Path) -> int:
        with tmp.open("w", encoding="utf-8") as out:
            return export_jsonl(facts, out)

    return _atomically(target, fill)


def check_target(target: Path, *, force: bool = False) -> None:
    """Raise ExportError if an export could not replace ``target`` (see :func:`_inspect_target`
    and :func:`is_cfacts_export`), without writing anything."""
    _refuse_foreign(target, _inspect_target(target), force)


def export_atomically(target: Path, fill: Callable[[Path], T], *, force: bool = False) -> T:
    """Fill a temporary file and move it over ``target`` as the exports do, with their checks
    of what is at ``target`` (including :func:`is_cfacts_export` unless ``force``)."""
    _refuse_foreign(target, _inspect_target(target), force)
    return _atomically(target, fill)


def _atomically(target: Path, fill: Callable[[Path], T]) -> T:
    """Fill a temporary file beside ``target``, then move it over ``target``; on any failure
    remove it and raise ExportError (``target`` is either untouched or complete).

    The temporary file is registered with :mod:`cfacts.tempfiles`, so Ctrl-C or SIGTERM
    removes it too, and stale temporaries of this target that killed runs left (older than
    :data:`STALE_SECONDS`) are swept first.

    An existing ``target`` keeps its permission bits: the temporary file is created with them
    (so a private export is never readable by others, even while it is written) and set to
    them exactly before the move. ``target`` is inspected again just before the move, so a
    link, FIFO or device put there meanwhile is refused, not replaced.
    """
    mode = _inspect_target(target)
    tempfiles.sweep(target.parent, _temp_prefix(target), TEMP_SUFFIX, STALE_SECONDS)
    tmp = _temp_file(target, mode)
    try:
        result = fill(tmp)
        mode = _inspect_target(target)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
        tempfiles.unregister(tmp)
    except BaseException as exc:
        _discard(tmp)
        if isinstance(exc, sqlite.Error):
            raise _error(
                target,
                f"SQLite failed while exporting: {exc}",
                "run 'cfacts check' on the fact base, and check free disk space",
            ) from exc
        if isinstance(exc, OSError):
            raise _error(
                target,
                f"cannot write the export: {exc.strerror or exc}",
                "choose a writable path that is not a folder",
            ) from exc
        raise
    return result


def export_jsonl(facts: FactBase, out: TextIO) -> int:
    """Write one JSON object per record to ``out`` and return the number of lines written.

    Records come in the schema's kind order, then in file order. Each object starts with
    ``"kind"`` (the record kind), followed by the record's fields as plain JSON (``id``,
    ``evidence``, ``line``, ...); see :data:`JSONL_KIND_FIELD` for a record's own ``kind``.
    Text stays readable Unicode; control, bidi and line-separator characters are escaped, so
    every record is exactly one line.
    """
    lines = 0
    for kind in KIND_CLASSES:
        renamed = JSONL_KIND_FIELD.format(kind=kind)
        for record in facts.kind(kind).values():
            fields: dict[str, Any] = plain(record)
            row: dict[str, Any] = {"kind": kind}
            for name, value in fields.items():
                row[renamed if name == "kind" else name] = value
            out.write(escape_json(json.dumps(row, ensure_ascii=False, allow_nan=False)) + "\n")
            lines += 1
    return lines


# -- target checks and the temporary file ------------------------------------------------------


def _error(path: Path, message: str, hint: str) -> ExportError:
    return ExportError(f"{clean_line(str(path))}: {message} (hint: {hint})")


_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _inspect_target(target: Path) -> int | None:
    """The permission bits of the regular file at ``target``, or None when nothing is there.

    Refuses (ExportError) a folder, a symbolic link (neither replaced nor written through), a
    FIFO, device or socket, a regular file with other hard links (replacing it would break
    them; writing through them would not be atomic), and a target whose folder is missing.
    """
    try:
        info = os.lstat(target)
    except (FileNotFoundError, NotADirectoryError):
        _check_folder(target)
        return None
    except OSError as exc:
        raise _error(
            target,
            f"cannot inspect the export path: {exc.strerror or exc}",
            "choose a path you can read and write",
        ) from exc
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise _error(target, "is a directory, not a file", f"pass a file path such as {target}.db")
    if stat.S_ISLNK(mode):
        raise _error(
            target,
            "is a symbolic link; cfacts neither replaces a link nor writes through it",
            "give the path of the file itself, or remove the link first",
        )
    if not stat.S_ISREG(mode):
        what = next((name for test, name in _KINDS if test(mode)), "a special file")
        raise _error(
            target,
            f"is {what}, not a regular file",
            "export to a new file or over a regular file; '-' with --format jsonl writes to stdout",
        )
    if info.st_nlink > 1:
        raise _error(
            target,
            f"has {info.st_nlink} hard links; replacing it would break them",
            "remove the other links or this name first, or export elsewhere and copy the file",
        )
    return stat.S_IMODE(mode) & 0o777


def is_cfacts_export(path: Path) -> bool:
    """Whether the regular file at ``path`` is empty or a cfacts export, which an export may
    replace without ``force``.

    A SQLite export is recognised by its :data:`META_TABLE` naming an ``export_format_version``;
    a JSON Lines export by its first line, a JSON object whose first key is ``"kind"`` naming a
    record kind (:func:`export_jsonl`); Datasette metadata written by
    :func:`export_datasette_metadata` by its ``about`` line (:data:`METADATA_ABOUT`).
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
            if not head:
                return True
            if head.startswith(b"SQLite format 3\x00"):
                return _sqlite_is_export(path)
            handle.seek(0)
            first = handle.readline(1 << 20).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        row = json.loads(first)
    except ValueError:
        return _metadata_is_ours(path)
    if isinstance(row, dict) and row:
        key, kind = next(iter(row.items()))
        if key == "kind" and kind in KIND_CLASSES:
            return True
    return _metadata_is_ours(path)


def _sqlite_is_export(path: Path) -> bool:
    try:
        con = sqlite.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except (sqlite.Error, ValueError):
        return False
    try:
        found = con.execute(
            f"SELECT value FROM {_q(META_TABLE)} WHERE key = 'export_format_version'"
        ).fetchone()
    except sqlite.Error:
        return False
    finally:
        con.close()
    return found is not None


def _metadata_is_ours(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and str(data.get("about", "")).startswith(METADATA_ABOUT)


def _refuse_foreign(target: Path, mode: int | None, force: bool) -> None:
    """Refuse to replace an existing file that is not a cfacts export, unless ``force``."""
    if mode is not None and not force and not is_cfacts_export(target):
        raise _error(
            target,
            "exists and is not a cfacts export; not overwritten",
            "pass --force to replace it, or choose another path",
        )


def _check_folder(target: Path) -> None:
    folder = target.parent
    if not folder.exists():
        raise _error(
            target,
            f"cannot export: folder {clean_line(str(folder))} does not exist",
            "create the folder first or choose another path",
        )
    if not folder.is_dir():
        raise _error(
            target,
            f"cannot export: {clean_line(str(folder))} is not a folder",
            "choose a path inside an existing folder",
        )


def _require_fts5(target: Path) -> None:
    probe = sqlite.connect(":memory:")
    try:
        probe.execute(_FTS5_PROBE)
    except sqlite.OperationalError as exc:
        raise _error(
            target,
            f"this Python's SQLite {sqlite.sqlite_version} lacks FTS5 full-text search ({exc})",
            "use a Python whose sqlite3 module is built with FTS5, or export to JSON Lines",
        ) from exc
    finally:
        probe.close()


def _temp_prefix(target: Path) -> str:
    """The start of the names of ``target``'s temporary files: ``.<name>.cfacts-``."""
    return f".{target.name[:128]}.cfacts-"


def _temp_file(target: Path, mode: int | None) -> Path:
    """Create an empty, exclusive temporary file beside ``target``: with ``mode`` (the existing
    target's permission bits), or 0666 for a new target, less the umask either way. Its name
    is registered for removal on SIGINT/SIGTERM before the file is created."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    for _attempt in range(100):
        tmp = target.with_name(f"{_temp_prefix(target)}{os.urandom(6).hex()}{TEMP_SUFFIX}")
        tempfiles.register(tmp)
        try:
            os.close(os.open(tmp, flags, 0o666 if mode is None else mode))
        except FileExistsError:
            tempfiles.unregister(tmp)
            continue
        except OSError as exc:
            tempfiles.unregister(tmp)
            raise _error(
                target,
                f"cannot create a file in {clean_line(str(target.parent))}: {exc.strerror or exc}",
                "choose a folder you can write to",
            ) from exc
        return tmp
    raise _error(  # pragma: no cover - 100 collisions of 48 random bits
        target, "cannot create a temporary file", "remove stale .*.tmp files beside it"
    )


def _discard(tmp: Path) -> None:
    """Remove the temporary file (and a journal SQLite may have left); best effort."""
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
        tempfiles.remove(leftover)


# -- building the database ---------------------------------------------------------------------


def _q(name: str) -> str:
    """Quote an SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _fk(kind: str) -> str:
    return f"REFERENCES {_q(KIND_TABLES[kind])}({_q('id')})"


def _write(tmp: Path, facts: FactBase) -> dict[str, int]:
    con = sqlite.connect(str(tmp), isolation_level=None)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode = MEMORY")
        con.execute(f"PRAGMA user_version = {EXPORT_FORMAT_VERSION}")
        con.execute("BEGIN")
        tables = _populate(con, facts)
        con.execute("COMMIT")
        con.execute(f"INSERT INTO {_q(SEARCH_TABLE)}({_q(SEARCH_TABLE)}) VALUES ('optimize')")
        return {
            table: int(con.execute(f"SELECT count(*) FROM {_q(table)}").fetchone()[0])
            for table in tables
        }
    finally:
        con.close()


def _populate(con: sqlite.Connection, facts: FactBase) -> list[str]:
    """Create and fill every table, in an order that satisfies the foreign keys."""
    tables: list[str] = []
    columns = {kind: _kind_columns(kind) for kind in KIND_CLASSES}
    for kind, cols in columns.items():
        tables.append(_fill_kind(con, facts, kind, cols))
    for kind, cols in columns.items():
        _fill_deferred(con, facts, kind, cols)
    for link in _links():
        tables.append(_fill_link(con, facts, link))
    tables.append(_fill_evidence(con, facts))
    tables.append(_fill_search(con, facts))
    tables.append(_fill_meta(con, facts))
    return tables


def _attr(name: str) -> Getter:
    def get(record: Record, facts: FactBase) -> Any:
        return getattr(record, name, None)

    return get


def _json_list(name: str) -> Getter:
    def get(record: Record, facts: FactBase) -> Any:
        return json.dumps(list(getattr(record, name, ()) or ()), ensure_ascii=False)

    return get


def _quantity_part(name: str, part: str) -> Getter:
    def get(record: Record, facts: FactBase) -> Any:
        quantity = getattr(record, name, None)
        return getattr(quantity, part) if isinstance(quantity, Quantity) else None

    return get


def _resolve(facts: FactBase, targets: tuple[str, ...], rid: str | None) -> str | None:
    """The first of ``targets`` that has a record with id ``rid``."""
    if rid is None:
        return None
    return next((kind for kind in targets if rid in facts.kind(kind)), None)


def _resolved_kind(name: str, targets: tuple[str, ...]) -> Getter:
    def get(record: Record, facts: FactBase) -> Any:
        return _resolve(facts, targets, getattr(record, name, None))

    return get


def _resolved_id(name: str, targets: tuple[str, ...], target: str) -> Getter:
    def get(record: Record, facts: FactBase) -> Any:
        rid = getattr(record, name, None)
        return rid if _resolve(facts, targets, rid) == target else None

    return get


def _primary_source(record: Record, facts: FactBase) -> Any:
    return record.evidence[0].source if record.evidence else None


def _primary_quote(record: Record, facts: FactBase) -> Any:
    return record.evidence[0].quote if record.evidence else None


def _year(record: Record, facts: FactBase) -> Any:
    period = getattr(record, "period", None)
    return int(period[:4]) if period else None


def _kind_columns(kind: str) -> list[_Column]:
    """The columns of one kind's table besides ``id`` and ``line``, in schema order."""
    out: list[_Column] = []
    for spec in FIELDS[kind]:
        null = " NOT NULL" if spec.required else ""
        name = spec.name
        about = spec.description
        if spec.type == "evidence" or spec.type == "refs":
            continue  # the evidence table and the link tables
        if name == "source" and spec.type == "ref":
            out.append(
                _Column(name, f"TEXT{null} {_fk('source')}", _primary_source, about=about)
            )
        elif name == "quote":
            out.append(_Column(name, f"TEXT{null}", _primary_quote, about=about))
        elif spec.type == "strs":
            list_about = f"{about} (a JSON array)"
            out.append(_Column(name, "TEXT NOT NULL", _json_list(name), about=list_about))
        elif spec.type == "quantity":
            prefix = "" if name == "value" else f"{name}_"
            for part, sql_type in _QUANTITY_PARTS:
                required = spec.required and part in ("qualifier", "unit", "as_written")
                decl = sql_type + (" NOT NULL" if required else "")
                part_about = f"{about}: {QUANTITY_PARTS_ABOUT[part]}".replace(
                    "the unit column", f"{prefix}unit column"
                )
                out.append(
                    _Column(prefix + part, decl, _quantity_part(name, part), about=part_about)
                )
        elif spec.type == "ref" and len(spec.targets) == 1:
            target = spec.targets[0]
            deferred = _ORDER[target] >= _ORDER[kind]
            out.append(
                _Column(name, f"TEXT{null} {_fk(target)}", _attr(name), deferred, about)
            )
        elif spec.type == "ref":
            out.append(_Column(name, f"TEXT{null}", _attr(name), about=f"{about} (an id)"))
            out.append(
                _Column(
                    f"{name}_kind",
                    "TEXT",
                    _resolved_kind(name, spec.targets),
                    about=f"the kind of record {name} names",
                )
            )
            for target in spec.targets:
                out.append(
                    _Column(
                        f"{name}_{target}",
                        f"TEXT {_fk(target)}",
                        _resolved_id(name, spec.targets, target),
                        _ORDER[target] >= _ORDER[kind],
                        f"{name} when it is a {target}",
                    )
                )
        elif spec.type == "int":
            out.append(_Column(name, f"INTEGER{null}", _attr(name), about=about))
        else:  # str, enum, date
            if spec.type == "enum":
                about = f"{about}: one of {', '.join(spec.choices)}"
            out.append(_Column(name, f"TEXT{null}", _attr(name), about=about))
            if name == "period":
                year = "the year of period (unit: year)"
                out.append(_Column("year", f"INTEGER{null}", _year, about=year))
    return out


def kind_columns_about(kind: str) -> dict[str, str]:
    """What each column of ``kind``'s table holds, in table order (``id`` first, ``line``
    last), from the field descriptions in :mod:`cfacts.factbase.kinds`."""
    about = {"id": f"the {kind}'s id, as in facts.toml"}
    about.update((column.name, column.about) for column in _kind_columns(kind))
    about["line"] = "the line of the record in facts.toml"
    return about


def link_tables_about() -> dict[str, tuple[str, dict[str, str]]]:
    """Each link table's description and what each of its columns holds."""
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for link in _links():
        kind, spec = link.kind, link.spec
        columns = {kind: f"the {kind}", "position": "0-based position in the list"}
        if len(spec.targets) > 1:
            columns[link.item] = f"one of {kind}.{spec.name} (an id)"
            columns[f"{link.item}_kind"] = f"the kind of record {link.item} names"
            for target in spec.targets:
                columns[f"{link.item}_{target}"] = f"{link.item} when it is a {target}"
        else:
            target = spec.targets[0]
            columns[target if target != kind else link.item] = f"one of {kind}.{spec.name}"
        out[link.table] = (f"{kind}.{spec.name}, one row per item: {spec.description}", columns)
    return out


def _fill_kind(con: sqlite.Connection, facts: FactBase, kind: str, cols: list[_Column]) -> str:
    table = KIND_TABLES[kind]
    decls = [
        f"{_q('id')} TEXT PRIMARY KEY NOT NULL",
        *(f"{_q(c.name)} {c.decl}" for c in cols),
        f"{_q('line')} INTEGER NOT NULL",
    ]
    con.execute(f"CREATE TABLE {_q(table)} ({', '.join(decls)})")
    now = [c for c in cols if not c.deferred]
    names = ", ".join(_q(n) for n in ["id", *(c.name for c in now), "line"])
    marks = ", ".join("?" * (len(now) + 2))
    con.executemany(
        f"INSERT INTO {_q(table)} ({names}) VALUES ({marks})",
        (
            (record.id, *(c.get(record, facts) for c in now), record.line)
            for record in facts.kind(kind).values()
        ),
    )
    return table


def _fill_deferred(
    con: sqlite.Connection, facts: FactBase, kind: str, cols: list[_Column]
) -> None:
    """Set references to the same or a later kind, now that every row exists."""
    table = KIND_TABLES[kind]
    for col in cols:
        if not col.deferred:
            continue
        rows = [(col.get(r, facts), r.id) for r in facts.kind(kind).values()]
        con.executemany(
            f"UPDATE {_q(table)} SET {_q(col.name)} = ? WHERE {_q('id')} = ?",
            [row for row in rows if row[0] is not None],
        )


def _links() -> Iterator[_Link]:
    for kind in KIND_CLASSES:
        for spec in FIELDS[kind]:
            if spec.type == "refs":
                yield _Link(LINK_TABLES[kind, spec.name], kind, spec, spec.item)


def _fill_link(con: sqlite.Connection, facts: FactBase, link: _Link) -> str:
    kind, spec = link.kind, link.spec
    decls = [
        f"{_q(kind)} TEXT NOT NULL {_fk(kind)}",
        f"{_q('position')} INTEGER NOT NULL",
    ]
    multi = len(spec.targets) > 1
    if multi:
        decls += [f"{_q(link.item)} TEXT NOT NULL", f"{_q(link.item + '_kind')} TEXT"]
        decls += [f"{_q(f'{link.item}_{t}')} TEXT {_fk(t)}" for t in spec.targets]
    else:
        target = spec.targets[0]
        column = target if target != kind else link.item
        decls.append(f"{_q(column)} TEXT NOT NULL {_fk(target)}")
    decls.append(f"PRIMARY KEY ({_q(kind)}, {_q('position')})")
    con.execute(f"CREATE TABLE {_q(link.table)} ({', '.join(decls)})")
    rows: list[tuple[Any, ...]] = []
    for record in facts.kind(kind).values():
        for position, rid in enumerate(getattr(record, spec.name, ()) or ()):
            if multi:
                found = _resolve(facts, spec.targets, rid)
                ids = tuple(rid if found == t else None for t in spec.targets)
                rows.append((record.id, position, rid, found, *ids))
            else:
                rows.append((record.id, position, rid))
    if rows:
        marks = ", ".join("?" * len(rows[0]))
        con.executemany(f"INSERT INTO {_q(link.table)} VALUES ({marks})", rows)
    return link.table


def _fill_evidence(con: sqlite.Connection, facts: FactBase) -> str:
    con.execute(
        f"CREATE TABLE {_q(EVIDENCE_TABLE)} ("
        f"{_q('kind')} TEXT NOT NULL, {_q('record_id')} TEXT NOT NULL, "
        f"{_q('position')} INTEGER NOT NULL, {_q('source')} TEXT NOT NULL {_fk('source')}, "
        f"{_q('quote')} TEXT NOT NULL, "
        f"PRIMARY KEY ({_q('kind')}, {_q('record_id')}, {_q('position')}))"
    )
    con.executemany(
        f"INSERT INTO {_q(EVIDENCE_TABLE)} VALUES (?, ?, ?, ?, ?)",
        (
            (kind, record.id, position, ev.source, ev.quote)
            for kind in KIND_CLASSES
            for record in facts.kind(kind).values()
            for position, ev in enumerate(record.evidence)
        ),
    )
    return EVIDENCE_TABLE


def _search_rows(facts: FactBase) -> Iterator[tuple[str, str, str, str]]:
    for kind in KIND_CLASSES:
        fields = [s.name for s in FIELDS[kind] if s.name in SEARCH_FIELDS]
        for record in facts.kind(kind).values():
            for name in fields:
                value = getattr(record, name, None)
                for text in value if isinstance(value, tuple) else (value,):
                    if isinstance(text, str) and text:
                        yield kind, record.id, name, text
            for position, ev in enumerate(record.evidence):
                yield kind, record.id, "quote" if position == 0 else "also", ev.quote


def _fill_search(con: sqlite.Connection, facts: FactBase) -> str:
    con.execute(
        f"CREATE VIRTUAL TABLE {_q(SEARCH_TABLE)} USING fts5("
        "kind UNINDEXED, record_id UNINDEXED, field UNINDEXED, text)"
    )
    con.executemany(f"INSERT INTO {_q(SEARCH_TABLE)} VALUES (?, ?, ?, ?)", _search_rows(facts))
    return SEARCH_TABLE


def _fill_meta(con: sqlite.Connection, facts: FactBase) -> str:
    con.execute(f"CREATE TABLE {_q(META_TABLE)} (key TEXT PRIMARY KEY NOT NULL, value TEXT)")
    con.executemany(
        f"INSERT INTO {_q(META_TABLE)} VALUES (?, ?)",
        [
            ("schema_version", str(facts.schema_version)),
            ("cfacts_version", __version__),
            ("export_format_version", str(EXPORT_FORMAT_VERSION)),
        ],
    )
    return META_TABLE
