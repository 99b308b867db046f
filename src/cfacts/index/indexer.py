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

from collections.abc import Generator, Iterator, Mapping, Sequence
from typing import Any

from cfacts.errors import FactBaseError
from cfacts.factbase.model import Record
from cfacts.factbase.rules import EVERYTHING, RULES, SCOPES, allowed
from cfacts.factbase.schema_version import SCHEMA_VERSION
from cfacts.index import sqlite
from cfacts.index.blocks import Block, split
from cfacts.index.writer import (
    GAP,
    Batch,
    Rows,
    RowWriter,
    attach_batch,
    batch_image,
    copy_batch,
    create_indexes,
    create_tables,
    delete_record,
    digests,
    name_statistics,
    release_batch,
)

BATCH_BYTES = 1 << 18
"""Plain blocks are parsed about this many bytes at a time (a batch's parsed text, records and
rows are held at once: 1 MiB batches took the peak RSS at 100k from 106 to 141 MiB, no faster)."""


CHECK_CACHE_KIB = -8192
"""SQLite's page cache while a new index is checked (negative: KiB): at 100k the checks took
about 225 ms with 8 MiB against 350 ms with the default 2 MiB, for about 12 MiB more RSS."""


class Unsure(Exception):
    """The fast path cannot vouch for the file; the loader must read all of it."""


class Reorder(Exception):
    """Records kept from the old index moved (or left no room between them): build anew."""


_allowed = allowed  # (kind, field, target kind) of every reference, for the table `allowed`

CHECKS = {rule.broken: rule.sql for rule in RULES if rule.sql is not None}
"""The rules that span records, as queries that return a row when one is broken (their Python
forms, which the loader runs, sit beside them in `factbase.rules`)."""


def create(db: sqlite.Connection) -> None:
    """Create the index tables in an empty database."""
    create_tables(db)


def update(db: sqlite.Connection, data: bytes, name: str, workers: int | None = None) -> None:
    """Make the index in ``db`` (empty, or built by this function) describe ``data``.

    Runs inside the caller's transaction. Raises Unsure or Reorder (leaving ``db`` half
    updated: the caller discards it), or sqlite.Error. ``workers`` is how many processes
    parse and validate the new blocks (None: `parallel.workers` decides by their number); the
    index is the same, byte for byte, whichever it is.
    """
    import gc

    collecting = gc.isenabled()
    # Millions of objects live here until their batch is written, and none form cycles: the
    # cycle collector's passes over them took an eighth of a build (1.0 s of 8.5 at 100k)
    # and found nothing to collect.
    gc.disable()
    try:
        _update(db, data, name, workers)
    finally:
        if collecting:
            gc.enable()


def _update(db: sqlite.Connection, data: bytes, name: str, workers: int | None) -> None:
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
    attach_batch(db)
    batches = _rows(data, new, name, workers)
    try:
        for batch in batches:
            try:
                fresh_statistics, organizations = copy_batch(db, batch)
            except sqlite.IntegrityError:
                raise Unsure("a duplicate id") from None
            statistics.extend(fresh_statistics)
            changed_orgs.update(organizations)
    finally:
        batches.close()  # any workers stop now, not when the traceback is dropped
    release_batch(db)  # (after a failure the caller closes ``db``, which frees it)
    try:
        create_indexes(db)  # a new index gets them now, after its rows; an old one has them
    except sqlite.IntegrityError:
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
    return None  # only statistics' names use other records: `name_statistics` adds those


Placed = list[tuple[Block, int]]
Task = tuple[bytes, tuple[tuple[str, int, bytes], ...], str]
"""A batch of blocks to parse together: their text, joined; the kind, position and digest of
each; the file's name."""


def _batches(data: bytes, new: Sequence[tuple[Block, int]]) -> Iterator[Placed]:
    """The new blocks, a batch at a time: plain ones about `BATCH_BYTES` together, others alone."""
    batch: Placed = []
    size = 0
    for block, pos in new:
        if not block.plain:
            yield [(block, pos)]
            continue
        batch.append((block, pos))
        size += block.end - block.start
        if size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _task(data: bytes, batch: Placed, name: str) -> Task:
    """A batch's blocks' text, one slice of ``data`` per run of neighbouring blocks (a new
    index's blocks are all neighbours). A block ends where the next begins, at a line's start,
    so only the file's last block can lack the newline that ends the text."""
    pieces = []
    start = end = batch[0][0].start
    for block, _ in batch:
        if block.start != end:
            pieces.append(data[start:end])
            start = block.start
        end = block.end
    pieces.append(data[start:end])
    if not pieces[-1].endswith(b"\n"):
        pieces.append(b"\n")
    return b"".join(pieces), tuple((b.kind, pos, b.digest) for b, pos in batch), name


def batch_tasks(data: bytes, placed: Sequence[tuple[Block, int]], name: str) -> Iterator[Task]:
    """Blocks at their positions, as the batches they are parsed in (`validated`)."""
    return (_task(data, batch, name) for batch in _batches(data, placed))


def new_batches(data: bytes, name: str) -> tuple[list[Block], Iterator[Task]]:
    """A fact base's blocks (without digests) and the batches a new index parses them in, each
    block's number in the file as its position; Unsure, as `update`, if the file does not
    split cleanly or its preamble is not the schema version alone (two identical records have
    the same id: the caller finds them)."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise Unsure("byte-order mark")
    preamble_end, blocks = split(data, digests=False)
    _check_preamble(data[:preamble_end])
    return blocks, batch_tasks(data, list(zip(blocks, range(len(blocks)), strict=True)), name)


def _rows(
    data: bytes, new: Sequence[tuple[Block, int]], name: str, workers: int | None
) -> Generator[Batch, None, None]:
    """Every new block's rows, in file order, a batch at a time: made here, or by worker
    processes (`parallel`) when there are many; the same rows either way."""
    from cfacts.index import parallel

    count = parallel.workers(len(new)) if workers is None else workers
    tasks = batch_tasks(data, new, name)
    if count <= 1:  # the rows as they are: an image would be made only to be opened here
        yield from map(record_rows, tasks)
        return
    results = parallel.mapped(batch_rows, tasks, count)
    try:
        yield from results
    except parallel.Broken as exc:
        raise Unsure(f"a worker process died: {exc}") from None
    finally:
        results.close()  # stops the workers when the caller gives up early


def batch_rows(task: Task) -> Batch:
    """A batch's rows (`record_rows`) as a worker sends them back: plain data only (an image
    of a database holding them, where `writer.IMAGES`)."""
    return batch_image(record_rows(task))


def record_rows(task: Task) -> Rows:
    """Parse a batch of blocks, check each gave exactly one valid record of its kind, and
    make each one's index rows (statistics without the names their organization gives them:
    `name_statistics` adds those)."""
    rows = RowWriter(None)
    for kind, pos, digest, record in validated(task):
        rows.record(pos, digest, kind, record, _no_lookup)
    return rows.rows()


def validated(task: Task) -> list[tuple[str, int, bytes, Record]]:
    """Parse a batch of blocks and check each gave exactly one record of its kind, valid on
    its own and among the batch's others: (kind, position, digest, record) of each block, in
    order. Raises Unsure on anything else."""
    text, blocks, name = task
    parsed = _toml(text)
    expected: dict[str, int] = {}
    for kind, _, _ in blocks:
        expected[kind] = expected.get(kind, 0) + 1
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
    records = []
    for kind, pos, digest in blocks:
        number = taken.get(kind, 0)
        taken[kind] = number + 1
        item = parsed[kind][number]
        record = built[kind].get(item.get("id"))
        if record is None:  # pragma: no cover - build_records raises first
            raise Unsure("a record was not built")
        records.append((kind, pos, digest, record))
    return records


def _check(db: sqlite.Connection, fresh: list[int] | None, gone: list[tuple[str, str]]) -> None:
    """Run the cross-record checks: on everything (``fresh`` None), or on what changed."""
    db.execute(  # keyed: a scan of it for each of 100,000 links took a third of the checks
        "CREATE TEMP TABLE allowed (kind TEXT, field TEXT, target TEXT, "
        "PRIMARY KEY (kind, field, target)) WITHOUT ROWID"
    )
    db.executemany("INSERT OR IGNORE INTO allowed VALUES (?, ?, ?)", _allowed())
    scopes = EVERYTHING
    if fresh is not None:
        db.execute("CREATE TEMP TABLE fresh (pos INTEGER PRIMARY KEY)")
        db.execute("CREATE TEMP TABLE gone (kind TEXT, id TEXT)")
        db.executemany("INSERT INTO fresh VALUES (?)", ((pos,) for pos in fresh))
        db.executemany("INSERT INTO gone VALUES (?, ?)", gone)
        scopes = SCOPES
    (cache,) = db.execute("PRAGMA cache_size").fetchone()
    if fresh is None:  # every link looks its target up in rec_id: keep more of it in memory
        db.execute(f"PRAGMA cache_size = {CHECK_CACHE_KIB}")
    try:
        for broken, query in CHECKS.items():
            if db.execute(query.format(**scopes)).fetchone() is not None:
                raise Unsure(broken)
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
