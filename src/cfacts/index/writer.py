"""Writes the index tables (`store.TABLES_SQL`): rows for records, and the edits an update makes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from cfacts.factbase.model import FactBase, Record
from cfacts.factbase.schema_version import SCHEMA_VERSION
from cfacts.index.codec import decode, encode
from cfacts.index.fulltext import Row, delete_row, fts_texts, insert_rows
from cfacts.index.names import (
    NAME_KINDS,
    Getter,
    name_texts,
    shown_folded,
    sorted_key,
)
from cfacts.index.store import INDEXES_SQL, TABLES_SQL, SqliteStore, link_targets
from cfacts.textnorm import name_key

GAP = 1 << 20
"""Spacing of record positions in a new index, so records inserted later fit between."""


def create_tables(db: sqlite3.Connection) -> None:
    """Create the index tables in an empty database."""
    db.executescript(TABLES_SQL)


def create_indexes(db: sqlite3.Connection) -> None:
    """Create the indexes that do not exist yet (sqlite3.IntegrityError on a duplicate id)."""
    for statement in INDEXES_SQL.strip().split(";\n"):
        db.execute(statement)


class RecordRows(NamedTuple):
    """Everything the index stores about one record but its position and digest: plain data
    (strings only), so a worker process can compute it and send it back (`indexer`)."""

    kind: str
    id: str
    unit: str | None
    data: str
    fts: tuple[str, str, str, str]
    links: list[tuple[str, str]]
    cites: list[str]
    names: list[tuple[str, str, str, str, str]]
    """(field, text, key, sorted key, shown folded) of each name."""


def record_rows(kind: str, record: Record, get: Getter) -> RecordRows:
    """A record's row, links, cited sources, words and pre-folded names (those that need
    another record only as far as ``get`` finds it)."""
    value = getattr(record, "value", None)
    unit = getattr(record, "unit", None) if kind == "statistic" else getattr(value, "unit", None)
    cites = [] if kind == "source" else sorted({ev.source for ev in record.evidence})
    return RecordRows(
        kind,
        record.id,
        unit,
        encode(record),
        fts_texts(record),
        list(link_targets(kind, record)),
        cites,
        name_rows(kind, record, get),
    )


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


class RowWriter:
    """Collects index rows for records and inserts them a batch at a time (``db`` None: only
    collects them, in a worker process, for `take`)."""

    def __init__(self, db: sqlite3.Connection | None) -> None:
        self.db = db
        self.rec: list[tuple[int, str, str, bytes | None, str | None, str]] = []
        self.link: list[tuple[int, str, str, str]] = []
        self.cite: list[tuple[int, str]] = []
        self.name: list[tuple[int, int, str, str, str, str, str, str, str]] = []
        self.word: list[tuple[int, str, str]] = []
        self.fts: list[Row] = []

    def add(self, pos: int, digest: bytes | None, rows: RecordRows) -> None:
        """A record's rows (`record_rows`) at a position."""
        kind, rid = rows.kind, rows.id
        self.rec.append((pos, kind, rid, digest, rows.unit, rows.data))
        self.fts.append((pos, kind, rid, *rows.fts))
        self.link.extend((pos, kind, field, target) for field, target in rows.links)
        self.cite.extend((pos, source) for source in rows.cites)
        self._names(pos, kind, rid, rows.names)

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
        """Insert what was collected (sqlite3.IntegrityError on a duplicate kind and id)."""
        db = self.db
        assert db is not None, "a RowWriter without a database only collects rows"
        db.executemany("INSERT INTO rec VALUES (?, ?, ?, ?, ?, ?)", self.rec)
        db.executemany("INSERT INTO link VALUES (?, ?, ?, ?)", self.link)
        db.executemany("INSERT INTO cite VALUES (?, ?)", self.cite)
        db.executemany("INSERT INTO name VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.name)
        db.executemany("INSERT INTO word VALUES (?, ?, ?)", self.word)
        insert_rows(db, self.fts)
        for rows in self.rows():
            rows.clear()


def write_index(db: sqlite3.Connection, facts: FactBase, meta: Mapping[str, str]) -> None:
    """Fill an empty database with every record of a validated fact base, in file order."""
    create_tables(db)

    def get(kind: str, rid: str) -> Record | None:
        return facts.kind(kind).get(rid)

    pairs = [(kind, r) for kind, records in facts.records.items() for r in records.values()]
    rows = RowWriter(db)
    for number, (kind, record) in enumerate(pairs, start=1):
        rows.add(number * GAP, None, record_rows(kind, record, get))
    rows.flush()
    create_indexes(db)
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())


def digests(db: sqlite3.Connection) -> dict[bytes | None, int]:
    """The position of every record by its block digest (None for an index built from a
    loaded fact base, which has no digests)."""
    return {digest: int(pos) for digest, pos in db.execute("SELECT digest, pos FROM rec")}


def delete_record(db: sqlite3.Connection, pos: int) -> tuple[str, str]:
    """Remove the record at a position with its links, citations, names and words; its kind and
    id."""
    kind, rid = db.execute("SELECT kind, id FROM rec WHERE pos = ?", (pos,)).fetchone()
    for table in ("rec", "link", "cite"):
        db.execute(f"DELETE FROM {table} WHERE pos = ?", (pos,))  # fixed table names
    db.execute("DELETE FROM name WHERE rpos = ?", (pos,))
    db.execute("DELETE FROM word WHERE rpos = ?", (pos,))
    delete_row(db, pos)
    return str(kind), str(rid)


def name_statistics(db: sqlite3.Connection, positions: Iterable[int], orgs: Iterable[str]) -> None:
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


def _organization_names(db: sqlite3.Connection, positions: list[int]) -> None:
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
        abbreviations: dict[str, list[str]] = {}
        names: dict[str, list[str]] = {}
        for org, field, text in db.execute(
            "SELECT rec.id, name.field, name.text FROM rec JOIN name ON name.rpos = rec.pos "
            "WHERE rec.kind = 'organization' AND rec.id IN (SELECT link.target FROM named "
            "JOIN link ON link.pos = named.pos AND link.field = 'organization') "
            "AND name.field IN ('abbreviation', 'name') ORDER BY rec.pos, name.n"
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
