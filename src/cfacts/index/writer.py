"""Writes the index tables (`store.TABLES_SQL`): rows for records, and the edits an update makes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping

from cfacts.factbase.model import FactBase, Record
from cfacts.factbase.schema_version import SCHEMA_VERSION
from cfacts.index.codec import encode
from cfacts.index.fulltext import Row, delete_row, fts_row, insert_rows
from cfacts.index.names import NAME_KINDS, Getter, record_names, sorted_key
from cfacts.index.store import INDEXES_SQL, TABLES_SQL, SqliteStore, link_targets

GAP = 1 << 20
"""Spacing of record positions in a new index, so records inserted later fit between."""


def create_tables(db: sqlite3.Connection) -> None:
    """Create the index tables in an empty database."""
    db.executescript(TABLES_SQL)


def create_indexes(db: sqlite3.Connection) -> None:
    """Create the indexes that do not exist yet (sqlite3.IntegrityError on a duplicate id)."""
    for statement in INDEXES_SQL.strip().split(";\n"):
        db.execute(statement)


class RowWriter:
    """Collects index rows for records and inserts them a batch at a time."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.rec: list[tuple[int, str, str, bytes | None, str | None, str]] = []
        self.link: list[tuple[int, str, str, str]] = []
        self.cite: list[tuple[int, str]] = []
        self.name: list[tuple[int, int, str, str, str, str, str, str]] = []
        self.fts: list[Row] = []

    def record(self, pos: int, kind: str, record: Record, digest: bytes | None) -> None:
        """A record's row, links, cited sources and words (not its names: see `names`)."""
        value = getattr(record, "value", None)
        unit = (
            getattr(record, "unit", None) if kind == "statistic" else getattr(value, "unit", None)
        )
        self.rec.append((pos, kind, record.id, digest, unit, encode(record)))
        self.fts.append(fts_row(pos, kind, record))
        self.link.extend((pos, kind, field, target) for field, target in link_targets(kind, record))
        if kind != "source":
            self.cite.extend(
                (pos, source) for source in sorted({ev.source for ev in record.evidence})
            )

    def names(self, pos: int, kind: str, record: Record, get: Getter) -> None:
        """A record's pre-folded names."""
        if kind in NAME_KINDS:
            self.name.extend(
                (pos, n, c.kind, c.id, c.field, c.text, c.key, sorted_key(c.key))
                for n, c in enumerate(record_names(kind, record, get))
            )

    def flush(self) -> None:
        """Insert what was collected (sqlite3.IntegrityError on a duplicate kind and id)."""
        db = self.db
        db.executemany("INSERT INTO rec VALUES (?, ?, ?, ?, ?, ?)", self.rec)
        db.executemany("INSERT INTO link VALUES (?, ?, ?, ?)", self.link)
        db.executemany("INSERT INTO cite VALUES (?, ?)", self.cite)
        db.executemany("INSERT INTO name VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self.name)
        insert_rows(db, self.fts)
        for rows in (self.rec, self.link, self.cite, self.name, self.fts):
            rows.clear()


def write_index(db: sqlite3.Connection, facts: FactBase, meta: Mapping[str, str]) -> None:
    """Fill an empty database with every record of a validated fact base, in file order."""
    create_tables(db)

    def get(kind: str, rid: str) -> Record | None:
        return facts.kind(kind).get(rid)

    pairs = [(kind, r) for kind, records in facts.records.items() for r in records.values()]
    rows = RowWriter(db)
    for number, (kind, record) in enumerate(pairs, start=1):
        rows.record(number * GAP, kind, record, None)
        rows.names(number * GAP, kind, record, get)
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
    delete_row(db, pos)
    return str(kind), str(rid)


def name_statistics(db: sqlite3.Connection, positions: Iterable[int], orgs: Iterable[str]) -> None:
    """Write the names of the statistics at ``positions`` and of those about ``orgs`` anew
    (a statistic is also named by its organization's abbreviations and name)."""
    wanted = set(positions)
    for org in orgs:
        wanted.update(
            pos
            for (pos,) in db.execute(
                "SELECT pos FROM link WHERE target = ? AND field = 'organization' "
                "AND kind = 'statistic'",
                (org,),
            )
        )
    rows = RowWriter(db)
    store = SqliteStore(db, "", SCHEMA_VERSION)
    get = store.get  # organizations, read once each
    for pos in sorted(wanted):
        row = db.execute("SELECT id FROM rec WHERE pos = ?", (pos,)).fetchone()
        record = store.get("statistic", row[0]) if row is not None else None
        if record is not None:
            db.execute("DELETE FROM name WHERE rpos = ?", (pos,))
            rows.names(pos, "statistic", record, get)
    rows.flush()
