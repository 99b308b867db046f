"""Brings an index in line with a fact base's bytes, parsing and checking only changed records.

The file is split into blocks (`blocks`), one per record. An index remembers each record's
block digest, so after an edit only the blocks it has never seen are parsed and validated
(`loader.build_records`), the rows of blocks that are gone are deleted, and the checks that
span records (references, units, roles) run over the whole index in SQL (`factbase.rules`). A
new index is the same process with nothing to keep.

This path never reports problems itself: on anything it cannot vouch for (a parse error, an
invalid record, a dangling reference, a file that does not split cleanly) it raises `Unsure`,
and the caller lets the loader read the whole file, which either reports every problem with
its line or proves the file valid.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from cfacts.errors import FactBaseError
from cfacts.factbase.model import Record
from cfacts.factbase.rules import EVERYTHING, RULES, SCOPES, allowed
from cfacts.factbase.schema_version import SCHEMA_VERSION
from cfacts.index.blocks import Block, split
from cfacts.index.writer import (
    GAP,
    RowWriter,
    create_indexes,
    create_tables,
    delete_record,
    digests,
    name_statistics,
)

BATCH_BYTES = 1 << 20
"""Plain blocks are parsed about this many bytes at a time."""


class Unsure(Exception):
    """The fast path cannot vouch for the file; the loader must read all of it."""


class Reorder(Exception):
    """Records kept from the old index moved (or left no room between them): build anew."""


_allowed = allowed  # (kind, field, target kind) of every reference, for the table `allowed`

CHECKS = {rule.broken: rule.sql for rule in RULES if rule.sql is not None}
"""The rules that span records, as queries that return a row when one is broken (their Python
forms, which the loader runs, sit beside them in `factbase.rules`)."""


def create(db: sqlite3.Connection) -> None:
    """Create the index tables in an empty database."""
    create_tables(db)


def update(db: sqlite3.Connection, data: bytes, name: str) -> None:
    """Make the index in ``db`` (empty, or built by this function) describe ``data``.

    Runs inside the caller's transaction. Raises Unsure or Reorder (leaving ``db`` half
    updated: the caller discards it), or sqlite3.Error.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        raise Unsure("byte-order mark")
    preamble_end, blocks = split(data)
    _check_preamble(data[:preamble_end])
    found = digests(db)
    if None in found:
        raise Reorder("an index written without block digests")
    old = {digest: pos for digest, pos in found.items() if digest is not None}
    placed = _positions(blocks, old)
    kept = {block.digest for block in blocks}
    gone = [(pos, *delete_record(db, pos)) for digest, pos in old.items() if digest not in kept]
    new = [
        (block, pos) for block, pos in zip(blocks, placed, strict=True) if block.digest not in old
    ]
    changed_orgs = {rid for _, kind, rid in gone if kind == "organization"}
    statistics: list[int] = []
    rows = RowWriter(db)
    for batch in _parsed(data, new, name):
        for block, pos, record in batch:
            kind = block.kind
            rows.record(pos, kind, record, block.digest)
            if kind == "statistic":
                statistics.append(pos)
            else:
                if kind == "organization":
                    changed_orgs.add(record.id)
                rows.names(pos, kind, record, _no_lookup)
        try:
            rows.flush()
        except sqlite3.IntegrityError:
            raise Unsure("a duplicate id") from None
    try:
        create_indexes(db)  # a new index gets them now, after its rows; an old one has them
    except sqlite3.IntegrityError:
        raise Unsure("a duplicate id") from None
    name_statistics(db, statistics, changed_orgs if old else set())
    _check(db, [pos for _, pos in new] if old else None, [(k, i) for _, k, i in gone])


def _check_preamble(text: bytes) -> None:
    """The lines before the first record must hold the schema version and nothing else."""
    top = _toml(text)
    if set(top) != {"schema_version"} or type(top["schema_version"]) is not int:
        raise Unsure("unexpected top level")
    if top["schema_version"] != SCHEMA_VERSION:
        raise Unsure("another schema version")


def _toml(text: bytes) -> dict[str, Any]:
    import tomli

    try:
        return tomli.loads(text.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # not UTF-8, bad TOML, too deep, too many digits
        raise Unsure(str(exc)) from None


def _positions(blocks: Sequence[Block], old: Mapping[bytes, int]) -> list[int]:
    """A position for every block: kept blocks keep theirs, new ones go evenly in between."""
    if len({block.digest for block in blocks}) != len(blocks):
        raise Unsure("two identical records")
    placed = [old.get(block.digest, 0) for block in blocks]
    previous = 0
    run_start = 0  # the first of the new blocks waiting for the next kept position
    for number, pos in enumerate(placed):
        if not pos:
            continue
        if pos <= previous:
            raise Reorder("kept records changed order")
        if run_start < number:
            step = (pos - previous) // (number - run_start + 1)
            if step < 1:
                raise Reorder("no room between kept records")
            for offset in range(run_start, number):
                placed[offset] = previous + step * (offset - run_start + 1)
        previous = pos
        run_start = number + 1
    for offset in range(run_start, len(placed)):
        placed[offset] = previous + GAP * (offset - run_start + 1)
    return placed


def _no_lookup(kind: str, rid: str) -> Record | None:
    return None  # only statistics' names use other records; they are named last


def _parsed(
    data: bytes, new: Sequence[tuple[Block, int]], name: str
) -> Iterator[list[tuple[Block, int, Record]]]:
    """(block, position, record) for every new block, validated, a batch at a time."""
    batch: list[tuple[Block, int]] = []
    size = 0
    for block, pos in new:
        if not block.plain:
            yield _batch(data, [(block, pos)], name)
            continue
        batch.append((block, pos))
        size += block.end - block.start
        if size >= BATCH_BYTES:
            yield _batch(data, batch, name)
            batch, size = [], 0
    if batch:
        yield _batch(data, batch, name)


def _batch(
    data: bytes, batch: Sequence[tuple[Block, int]], name: str
) -> list[tuple[Block, int, Record]]:
    """Parse blocks together and check that each gave exactly one record of its kind."""
    pieces = []
    for block, _ in batch:
        text = data[block.start : block.end]
        pieces.append(text if text.endswith(b"\n") else text + b"\n")
    parsed = _toml(b"".join(pieces))
    expected: dict[str, int] = {}
    for block, _ in batch:
        expected[block.kind] = expected.get(block.kind, 0) + 1
    if set(parsed) != set(expected) or any(
        not isinstance(parsed[k], list) or len(parsed[k]) != n for k, n in expected.items()
    ):
        raise Unsure("a block is not exactly one record")
    try:  # unknown kinds are problems too
        from cfacts.factbase.loader import build_records

        built = build_records(parsed, name)
    except FactBaseError:
        raise Unsure("invalid record") from None
    taken: dict[str, int] = {}
    out = []
    for block, pos in batch:
        number = taken.get(block.kind, 0)
        taken[block.kind] = number + 1
        item = parsed[block.kind][number]
        record = built[block.kind].get(item.get("id"))
        if record is None:  # pragma: no cover - build_records raises first
            raise Unsure("a record was not built")
        out.append((block, pos, record))
    return out


def _check(db: sqlite3.Connection, fresh: list[int] | None, gone: list[tuple[str, str]]) -> None:
    """Run the cross-record checks: on everything (``fresh`` None), or on what changed."""
    db.execute("CREATE TEMP TABLE allowed (kind TEXT, field TEXT, target TEXT)")
    db.executemany("INSERT INTO allowed VALUES (?, ?, ?)", _allowed())
    scopes = EVERYTHING
    if fresh is not None:
        db.execute("CREATE TEMP TABLE fresh (pos INTEGER PRIMARY KEY)")
        db.execute("CREATE TEMP TABLE gone (kind TEXT, id TEXT)")
        db.executemany("INSERT INTO fresh VALUES (?)", ((pos,) for pos in fresh))
        db.executemany("INSERT INTO gone VALUES (?, ?)", gone)
        scopes = SCOPES
    for broken, query in CHECKS.items():
        if db.execute(query.format(**scopes)).fetchone() is not None:
            raise Unsure(broken)
