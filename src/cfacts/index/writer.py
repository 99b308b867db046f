"""Writes the index tables (`store.TABLES_SQL`): rows for records, and the edits an update makes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from cfacts.factbase.model import FactBase, Record
from cfacts.factbase.schema_version import SCHEMA_VERSION
from cfacts.index import sqlite
from cfacts.index.codec import decode, encode
from cfacts.index.ftstable import FTS_TABLE
from cfacts.index.fulltext import Row, delete_row, fts_texts
from cfacts.index.names import (
    NAME_KINDS,
    Getter,
    name_texts,
    shown_folded,
    sorted_key,
)
from cfacts.index.store import INDEXES_SQL, ROWS_SQL, TABLES_SQL, SqliteStore, link_targets
from cfacts.textnorm import name_key

GAP = 1 << 20
"""Spacing of record positions in a new index, so records inserted later fit between."""


def create_tables(db: sqlite.Connection) -> None:
    """Create the index tables in an empty database."""
    db.executescript(TABLES_SQL)


def create_indexes(db: sqlite.Connection) -> None:
    """Create the indexes that do not exist yet (sqlite.IntegrityError on a duplicate id)."""
    for statement in INDEXES_SQL.strip().split(";\n"):
        db.execute(statement)


def name_rows(kind: str, record: Record, get: Getter) -> list[tuple[str, str, str, str, str]]:
    """(field, text, key, sorted key, shown folded) of each name of a record (none for a kind
    not found by name)."""
    if kind not in NAME_KINDS:
        return []
    names = []
    for field, text in name_texts(kind, record, get):
        key = name_key(text)
        names.append((field, text, key, sorted_key(key), shown_folded(kind, record.id, text)))
    return names


Rows = tuple[
    list[tuple[int, str, str, bytes | None, str | None, str]],
    list[tuple[int, str, str, str]],
    list[tuple[int, str]],
    list[tuple[int, int, str, str, str, str, str, str, str]],
    list[tuple[int, str, str]],
    list[Row],
]
"""The rows of the tables rec, link, cite, name, word and fts, as a RowWriter collects them."""

ROW_TABLES = ("rec", "link", "cite", "name", "word")
"""The tables of `store.ROWS_SQL`."""
BATCH = "batch"
"""The schema a batch of new rows is attached as, to be copied into the index (`copy_batch`)."""
TEXTS = "texts"
"""A batch's full-text rows, as plain text: the index's full-text table is filled from it."""
_TEXTS_SQL = (
    f"CREATE TABLE {TEXTS} (pos INTEGER PRIMARY KEY, kind TEXT, id TEXT, names TEXT, "
    "summary TEXT, topics TEXT, quotes TEXT)"
)


class RowWriter:
    """Collects index rows for records and inserts them a batch at a time (``db`` None: only
    collects them, for `batch_image`)."""

    def __init__(self, db: sqlite.Connection | None) -> None:
        self.db = db
        self.rec: list[tuple[int, str, str, bytes | None, str | None, str]] = []
        self.link: list[tuple[int, str, str, str]] = []
        self.cite: list[tuple[int, str]] = []
        self.name: list[tuple[int, int, str, str, str, str, str, str, str]] = []
        self.word: list[tuple[int, str, str]] = []
        self.fts: list[Row] = []

    def record(
        self, pos: int, digest: bytes | None, kind: str, record: Record, get: Getter
    ) -> None:
        """A record's rows at a position: its row, links, cited sources, full-text row, names
        pre-folded and their words (names that need another record only as far as ``get``
        finds it)."""
        rid = record.id
        if kind == "statistic":
            unit = getattr(record, "unit", None)
        else:
            unit = getattr(getattr(record, "value", None), "unit", None)
        self.rec.append((pos, kind, rid, digest, unit, encode(record)))
        self.fts.append((pos, kind, rid, *fts_texts(record)))
        self.link.extend([(pos, kind, field, to) for field, to in link_targets(kind, record)])
        if kind != "source":
            cited = sorted({ev.source for ev in record.evidence})
            self.cite.extend([(pos, source) for source in cited])
        if kind in NAME_KINDS:
            self._names(pos, kind, rid, name_rows(kind, record, get))

    def _names(
        self, pos: int, kind: str, rid: str, names: list[tuple[str, str, str, str, str]]
    ) -> None:
        self.name.extend((pos, n, kind, rid, *name) for n, name in enumerate(names))
        self._words(pos, kind, [name[2] for name in names])

    def names(self, pos: int, kind: str, record: Record, get: Getter) -> None:
        """A record's pre-folded names and their words."""
        self._names(pos, kind, record.id, name_rows(kind, record, get))

    def _words(self, pos: int, kind: str, keys: list[str]) -> None:
        """Each word of a record's folded names, once (in order: the same rows in every
        process)."""
        self.word.extend((pos, kind, word) for word in dict.fromkeys(" ".join(keys).split()))

    def rows(self) -> Rows:
        """What was collected, table by table."""
        return self.rec, self.link, self.cite, self.name, self.word, self.fts

    def take(self, rows: Rows) -> None:
        """Rows another RowWriter collected, after those collected here."""
        for mine, theirs in zip(self.rows(), rows, strict=True):
            mine.extend(theirs)  # type: ignore[attr-defined]

    def flush(self) -> None:
        """Insert what was collected (sqlite.IntegrityError on a duplicate kind and id)."""
        db = self.db
        assert db is not None, "a RowWriter without a database only collects rows"
        self.insert(db, "main", FTS_TABLE)

    def insert(self, db: sqlite.Connection, schema: str, texts: str) -> None:
        """Insert what was collected into the tables of ``schema``, the full-text rows into
        its table ``texts``, and forget it."""
        db.executemany(f"INSERT INTO {schema}.rec VALUES (?, ?, ?, ?, ?, ?)", self.rec)
        db.executemany(f"INSERT INTO {schema}.link VALUES (?, ?, ?, ?)", self.link)
        db.executemany(f"INSERT INTO {schema}.cite VALUES (?, ?)", self.cite)
        db.executemany(
            f"INSERT INTO {schema}.name VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.name
        )
        db.executemany(f"INSERT INTO {schema}.word VALUES (?, ?, ?)", self.word)
        db.executemany(
            f"INSERT INTO {schema}.{texts} (rowid, kind, id, names, summary, topics, quotes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            self.fts,
        )
        for rows in self.rows():
            rows.clear()


Batch = bytes | Rows
"""A batch of new rows: an image of an SQLite database with the tables of `store.ROWS_SQL`
and `TEXTS` (where `IMAGES`), else the rows."""
IMAGES = hasattr(sqlite.Connection, "serialize")
"""Whether batches travel as database images (`sqlite.Connection.serialize` and
`deserialize`, Python 3.11 and later); either way the index is the same."""


def _batch_tables(db: sqlite.Connection, schema: str) -> None:
    for statement in (*ROWS_SQL.strip().split(";\n"), _TEXTS_SQL):
        db.execute(statement.replace("CREATE TABLE ", f"CREATE TABLE {schema}.", 1))


def batch_image(collected: Rows) -> Batch:
    """Rows a RowWriter collected, as a `Batch`."""
    if not IMAGES:
        return collected
    rows = RowWriter(None)
    rows.take(collected)
    db = sqlite.connect(":memory:", isolation_level=None)
    try:
        serialize: Callable[[], bytes] = getattr(db, "serialize")  # noqa: B009 - not in 3.10
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("BEGIN")
        _batch_tables(db, "main")
        rows.insert(db, "main", TEXTS)
        db.execute("COMMIT")
        return serialize()
    finally:
        db.close()


def attach_batch(db: sqlite.Connection) -> None:
    """Attach an empty in-memory schema `BATCH` for `copy_batch` (allowed in a transaction)."""
    db.execute(f"ATTACH DATABASE ':memory:' AS {BATCH}")
    _batch_tables(db, BATCH)


def copy_batch(db: sqlite.Connection, batch: Batch) -> tuple[list[int], list[str]]:
    """Copy a batch's rows into the index (in SQLite: no Python per row), after those
    already there; the positions of its statistics and the ids of its organizations.

    Every build takes this path, with workers or without, so the index's bytes are the same.
    Raises sqlite.IntegrityError on a duplicate kind and id in an index with its indexes.
    """
    if isinstance(batch, bytes):
        _deserialize(db, batch)
    else:
        for table in (*ROW_TABLES, TEXTS):
            db.execute(f"DELETE FROM {BATCH}.{table}")
        rows = RowWriter(db)
        rows.take(batch)
        rows.insert(db, BATCH, TEXTS)
    for table in ROW_TABLES:
        db.execute(f"INSERT INTO main.{table} SELECT * FROM {BATCH}.{table}")  # fixed names
    db.execute(
        f"INSERT INTO main.{FTS_TABLE} (rowid, kind, id, names, summary, topics, quotes) "
        f"SELECT * FROM {BATCH}.{TEXTS}"
    )
    kinds = f"SELECT {{}} FROM {BATCH}.rec WHERE kind = ?"
    statistics = [int(pos) for (pos,) in db.execute(kinds.format("pos"), ("statistic",))]
    organizations = [str(rid) for (rid,) in db.execute(kinds.format("id"), ("organization",))]
    return statistics, organizations


def release_batch(db: sqlite.Connection) -> None:
    """Free the memory of the last batch copied (`BATCH` cannot be detached in a
    transaction; an empty one stays attached)."""
    empty = batch_image(RowWriter(None).rows())
    if isinstance(empty, bytes):
        _deserialize(db, empty)


def _deserialize(db: sqlite.Connection, image: bytes) -> None:
    """Open an image as `BATCH` (Python 3.11 and later: `batch_image` made it)."""
    deserialize: Callable[..., None] = getattr(db, "deserialize")  # noqa: B009 - not in 3.10
    deserialize(image, name=BATCH)


def write_index(db: sqlite.Connection, facts: FactBase, meta: Mapping[str, str]) -> None:
    """Fill an empty database with every record of a validated fact base, in file order."""
    create_tables(db)

    def get(kind: str, rid: str) -> Record | None:
        return facts.kind(kind).get(rid)

    pairs = [(kind, r) for kind, records in facts.records.items() for r in records.values()]
    rows = RowWriter(db)
    for number, (kind, record) in enumerate(pairs, start=1):
        rows.record(number * GAP, None, kind, record, get)
    rows.flush()
    create_indexes(db)
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())


def digests(db: sqlite.Connection) -> dict[bytes | None, int]:
    """The position of every record by its block digest (None for an index built from a
    loaded fact base, which has no digests)."""
    return {digest: int(pos) for digest, pos in db.execute("SELECT digest, pos FROM rec")}


def delete_record(db: sqlite.Connection, pos: int) -> tuple[str, str]:
    """Remove the record at a position with its links, citations, names and words; its kind and
    id."""
    kind, rid = db.execute("SELECT kind, id FROM rec WHERE pos = ?", (pos,)).fetchone()
    for table in ("rec", "link", "cite"):
        db.execute(f"DELETE FROM {table} WHERE pos = ?", (pos,))  # fixed table names
    db.execute("DELETE FROM name WHERE rpos = ?", (pos,))
    db.execute("DELETE FROM word WHERE rpos = ?", (pos,))
    delete_row(db, pos)
    return str(kind), str(rid)


def name_statistics(db: sqlite.Connection, positions: Iterable[int], orgs: Iterable[str]) -> None:
    """Give the new statistics at ``positions`` (written with their own names) the names their
    organization gives them, and write all the names of the statistics about ``orgs`` anew (a
    statistic is also named by its organization's abbreviations and name followed by its
    label, after its own names: `names.name_texts`)."""
    fresh = sorted(set(positions))
    _organization_names(db, fresh)
    stale: set[int] = set()
    for org in orgs:
        stale.update(
            pos
            for (pos,) in db.execute(
                "SELECT pos FROM link WHERE target = ? AND field = 'organization' "
                "AND kind = 'statistic'",
                (org,),
            )
        )
    rows = RowWriter(db)
    get = SqliteStore(db, "", SCHEMA_VERSION).get  # organizations, read once each
    for pos in sorted(stale.difference(fresh)):
        row = db.execute("SELECT kind, data FROM rec WHERE pos = ?", (pos,)).fetchone()
        if row is None or row[0] != "statistic":
            continue
        db.execute("DELETE FROM name WHERE rpos = ?", (pos,))
        db.execute("DELETE FROM word WHERE rpos = ?", (pos,))
        rows.names(pos, "statistic", decode("statistic", row[1]), get)
    rows.flush()


def _organization_names(db: sqlite.Connection, positions: list[int]) -> None:
    """Add "<abbreviation or name> <label>" names after the own names of the statistics at
    ``positions``, read from the name rows of their label and organization: the names
    `name_rows` gives with the organization at hand, without decoding a record."""
    if not positions:
        return
    db.execute("CREATE TEMP TABLE named (pos INTEGER PRIMARY KEY)")
    try:
        db.executemany("INSERT INTO named VALUES (?)", ((pos,) for pos in positions))
        statistics = db.execute(
            "SELECT named.pos, rec.id, link.target, "
            "(SELECT text FROM name WHERE rpos = named.pos AND field = 'label' ORDER BY n "
            "LIMIT 1), (SELECT max(n) + 1 FROM name WHERE rpos = named.pos) "
            "FROM named JOIN rec ON rec.pos = named.pos "
            "JOIN link ON link.pos = named.pos AND link.field = 'organization' "
            "WHERE rec.kind = 'statistic' ORDER BY named.pos"
        ).fetchall()
        db.execute("DELETE FROM named")
        db.executemany(  # the organizations, by their rowid
            "INSERT OR IGNORE INTO named SELECT pos FROM rec WHERE kind = 'organization' "
            "AND id = ?",
            {(org,) for _, _, org, _, _ in statistics},
        )
        abbreviations: dict[str, list[str]] = {}
        names: dict[str, list[str]] = {}
        for org, field, text in db.execute(
            "SELECT rec.id, name.field, name.text FROM named JOIN rec ON rec.pos = named.pos "
            "JOIN name ON name.rpos = named.pos WHERE name.field IN ('abbreviation', 'name') "
            "ORDER BY named.pos, name.n"
        ):
            (abbreviations if field == "abbreviation" else names).setdefault(org, []).append(text)
    finally:
        db.execute("DROP TABLE temp.named")
    rows = RowWriter(db)
    for pos, rid, org, label, count in statistics:
        if org not in names or not isinstance(label, str):
            continue  # an unknown organization: the checks find it
        texts = [f"{short} {label}" for short in (*abbreviations.get(org, ()), *names[org])]
        keys = [name_key(text) for text in texts]
        shown = shown_folded("statistic", rid, rid)  # a statistic's slug, whatever the name
        rows.name.extend(
            (pos, n, "statistic", rid, "label", text, key, sorted_key(key), shown)
            for n, (text, key) in enumerate(zip(texts, keys, strict=True), start=count)
        )
        rows.word.extend((pos, "statistic", word) for word in dict.fromkeys(" ".join(keys).split()))
    db.executemany("INSERT INTO name VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.name)
    db.executemany("INSERT OR IGNORE INTO word VALUES (?, ?, ?)", rows.word)
