"""Read access to a fact base, from memory or from an on-disk index, behind one interface."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from cfacts.factbase.kinds import LINK_FIELDS as LINK_FIELDS  # reverse links: kinds
from cfacts.factbase.model import KIND_CLASSES, FactBase, Record
from cfacts.frozen import from_rows
from cfacts.index import sqlite
from cfacts.index.codec import decode
from cfacts.index.ftstable import FTS_SQL
from cfacts.index.names import Candidate, record_names, shown_folded
from cfacts.index.names import sorted_key as _sorted


def link_targets(kind: str, record: Record) -> Iterator[tuple[str, str]]:
    """(field, target id) for every backward-followable reference of a record."""
    for field in LINK_FIELDS.get(kind, ()):
        value = getattr(record, field, None)
        for target in value if isinstance(value, tuple) else (value,):
            if target:
                yield field, target


TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from typing import Protocol
else:
    Protocol = object  # `Store` is only ever an annotation: nothing subclasses or checks it


class Store(Protocol):
    """What the lookups need from a fact base."""

    path: str
    schema_version: int
    index: str | None
    """The index file the store reads (None: the fact base is held in memory)."""
    identity: str | None
    """What the index was built from, as one text: data derived from it is kept under it
    (`kept`); None when there is no index to keep data for."""

    def get(self, kind: str, rid: str) -> Record | None:
        """One record, or None."""

    def all(self, kind: str) -> Sequence[Record]:
        """Every record of a kind, in file order."""

    def related(self, kind: str, field: str, target: str) -> Sequence[Record]:
        """Records of ``kind`` whose ``field`` points at ``target``, in file order."""

    def related_any(self, kind: str, fields: Sequence[str], target: str) -> Sequence[Record]:
        """Records of ``kind`` with any of ``fields`` pointing at ``target``: file order, once."""

    def names(self, kinds: Iterable[str]) -> Sequence[Candidate]:
        """Every name of the records of the given kinds."""

    def exact_names(self, kinds: Iterable[str], sorted_key: str) -> Sequence[Candidate]:
        """The names whose folded words, sorted, equal ``sorted_key`` (see `sorted_key`)."""

    def completions(self, kind: str, typed: str, start: str) -> Iterator[Candidate]:
        """The names of ``kind`` with a word that starts with the folded ``typed`` (all names
        if empty), in completion order (`completion_rank`), read only as far as wanted."""

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""

    def facts_per_source(self) -> dict[str, int]:
        """How many records cite each source."""

    def text_search(
        self, expression: str, kinds: Sequence[str] | None = None, limit: int | None = None
    ) -> Sequence[tuple[str, str, float]]:
        """(kind, id, relevance) of the records whose words match an FTS5 MATCH expression
        (`fulltext.match`), most relevant first."""

    def field_texts(self, kind: str, fields: Sequence[str]) -> Sequence[tuple[str | None, ...]]:
        """Some text fields of every record of a kind, in file order, without building the
        records (None where a record has no such text)."""


def completion_rank(name: Candidate, typed: str, start: str) -> tuple[bool, bool, int, str]:
    """Where a name comes among completions: those whose text (a statistic's slug) starts
    with ``start`` (casefolded) first, then those whose folded name starts with ``typed``,
    then by field (`FIELD_RANK`), then by folded name; ties in file order. `SqliteStore`
    orders by the same in SQL (the name table's ``shown`` column, `_FIELD_RANK`)."""
    return (
        not shown_folded(name.kind, name.id, name.text).startswith(start),
        not name.key.startswith(typed),
        FIELD_RANK.get(name.field, len(FIELD_RANK)),
        name.key,
    )


FIELD_RANK = {"slug": 0, "abbreviation": 0, "name": 1, "label": 1, "alias": 2, "id": 3}
"""Completions offer slugs and abbreviations first, then names and labels, aliases, ids."""
_FIELD_RANK = (
    "CASE field "
    + " ".join(f"WHEN '{field}' THEN {rank}" for field, rank in FIELD_RANK.items())
    + f" ELSE {len(FIELD_RANK)} END"
)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def count_facts_per_source(records: Iterable[tuple[str, Record]]) -> dict[str, int]:
    """How many records (other than sources) cite each source, primary or further evidence."""
    counts: dict[str, int] = defaultdict(int)
    for kind, record in records:
        if kind != "source":
            for source in {ev.source for ev in record.evidence}:
                counts[source] += 1
    return dict(counts)


class MemoryStore:
    """A store over a fact base held in memory."""

    def __init__(self, facts: FactBase) -> None:
        self.facts = facts
        self.path = facts.path
        self.schema_version = facts.schema_version
        self.index: str | None = None
        self.identity: str | None = None
        self._links: dict[tuple[str, str], dict[str, list[Record]]] = {}
        self._names_of: dict[tuple[str, ...], list[Candidate]] = {}
        self._fts: sqlite.Connection | None = None

    def get(self, kind: str, rid: str) -> Record | None:
        """One record, or None."""
        return self.facts.kind(kind).get(rid)

    def all(self, kind: str) -> Sequence[Record]:
        """Every record of a kind, in file order."""
        return list(self.facts.kind(kind).values())

    def related(self, kind: str, field: str, target: str) -> Sequence[Record]:
        """Records of ``kind`` whose ``field`` points at ``target``, in file order."""
        index = self._links.get((kind, field))
        if index is None:
            index = defaultdict(list)
            for record in self.facts.kind(kind).values():
                for linked_field, linked in link_targets(kind, record):
                    if linked_field == field:
                        index[linked].append(record)
            self._links[(kind, field)] = index
        return index.get(target, [])

    def related_any(self, kind: str, fields: Sequence[str], target: str) -> Sequence[Record]:
        """Records of ``kind`` with any of ``fields`` pointing at ``target``: file order, once."""
        found = {id(r) for field in fields for r in self.related(kind, field, target)}
        return [r for r in self.facts.kind(kind).values() if id(r) in found]

    def names(self, kinds: Iterable[str]) -> Sequence[Candidate]:
        """Every name of the records of the given kinds (made once per kinds: a question is
        read more than once)."""
        wanted = tuple(kinds)
        if wanted not in self._names_of:
            self._names_of[wanted] = [
                n
                for k in wanted
                for r in self.facts.kind(k).values()
                for n in record_names(k, r, self.get)
            ]
        return self._names_of[wanted]  # as the index store gives its names

    def exact_names(self, kinds: Iterable[str], sorted_key: str) -> Sequence[Candidate]:
        """The names whose folded words, sorted, equal ``sorted_key``."""
        return [n for n in self.names(kinds) if _sorted(n.key) == sorted_key]

    def completions(self, kind: str, typed: str, start: str) -> Iterator[Candidate]:
        """The names of ``kind`` with a word that starts with the folded ``typed``, in
        completion order (`completion_rank`)."""
        found = [n for n in self.names([kind]) if f" {typed}" in f" {n.key}"]
        return iter(sorted(found, key=lambda c: completion_rank(c, typed, start)))

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        return self.facts.counts()

    def facts_per_source(self) -> dict[str, int]:
        """How many records cite each source."""
        return count_facts_per_source(
            (kind, r) for kind, records in self.facts.records.items() for r in records.values()
        )

    def text_search(
        self, expression: str, kinds: Sequence[str] | None = None, limit: int | None = None
    ) -> Sequence[tuple[str, str, float]]:
        """Records matching an FTS5 expression, from a full-text table built in memory on the
        first search (a lookup by name never builds it)."""
        from cfacts.index.fulltext import fts_row, insert_rows, match

        if self._fts is None:
            db = sqlite.connect(":memory:")
            db.execute(FTS_SQL)
            pairs = (
                (kind, r) for kind, records in self.facts.records.items() for r in records.values()
            )
            insert_rows(db, (fts_row(n, kind, r) for n, (kind, r) in enumerate(pairs, start=1)))
            self._fts = db
        return match(self._fts, expression, kinds, limit)

    def field_texts(self, kind: str, fields: Sequence[str]) -> Sequence[tuple[str | None, ...]]:
        """Some text fields of every record of a kind, in file order."""
        return [
            tuple(_text(getattr(r, field, None)) for field in fields)
            for r in self.facts.kind(kind).values()
        ]


class SqliteStore:
    """A store over the on-disk index written by `write_index` or `indexer`; reads what it needs.

    Records read from the index carry line 0: an index updated after an edit does not track
    where unchanged records moved to. Lines are for problem reports, which come from the loader.
    """

    def __init__(
        self,
        connection: sqlite.Connection,
        path: str,
        schema_version: int,
        *,
        index: str | None = None,
        identity: str | None = None,
    ) -> None:
        self._db = connection
        self.path = path
        self.schema_version = schema_version
        self.index = index
        self.identity = identity
        self._cache: dict[tuple[str, str], Record | None] = {}
        self._kinds: dict[str, tuple[Record, ...]] = {}
        self._related: dict[tuple[str, ...], tuple[Record, ...]] = {}
        self._names_of: dict[tuple[str, ...], list[Candidate]] = {}
        self._all_names: list[Candidate] | None = None

    def _records(self, sql: str, args: Sequence[object]) -> list[Record]:
        return [decode(kind, data) for kind, data in self._db.execute(sql, args)]

    def get(self, kind: str, rid: str) -> Record | None:
        """One record, or None."""
        key = (kind, rid)
        if key not in self._cache:
            found = self._records("SELECT kind, data FROM rec WHERE kind = ? AND id = ?", key)
            self._cache[key] = found[0] if found else None
        return self._cache[key]

    def all(self, kind: str) -> Sequence[Record]:
        """Every record of a kind, in file order (decoded once per kind: a question is read
        several times, each reading asking again)."""
        if kind not in self._kinds:
            sql = "SELECT kind, data FROM rec WHERE kind = ? ORDER BY pos"
            self._kinds[kind] = tuple(self._records(sql, (kind,)))
        return list(self._kinds[kind])  # a list, as every store gives

    def related(self, kind: str, field: str, target: str) -> Sequence[Record]:
        """Records of ``kind`` whose ``field`` points at ``target``, in file order."""
        return self.related_any(kind, (field,), target)

    def related_any(self, kind: str, fields: Sequence[str], target: str) -> Sequence[Record]:
        """Records of ``kind`` with any of ``fields`` pointing at ``target``: file order, once."""
        key = (kind, target, *fields)
        if key not in self._related:  # asked again by each reading of a question
            marks = ",".join("?" * len(fields))
            self._related[key] = tuple(self._records(
                "SELECT rec.kind, rec.data FROM rec WHERE rec.pos IN (SELECT pos FROM link "
                f"WHERE target = ? AND field IN ({marks}) AND kind = ?) ORDER BY rec.pos",
                (target, *fields, kind),
            ))  # fmt: skip
        return list(self._related[key])

    def _names(self, where: str, args: Sequence[object]) -> list[Candidate]:
        sql = f"SELECT kind, id, field, text, key FROM name WHERE {where} ORDER BY rpos, n"
        return from_rows(Candidate, self._db.execute(sql, args))

    def names(self, kinds: Iterable[str]) -> Sequence[Candidate]:
        """Every name of the records of the given kinds (read once per kinds: a question is
        read more than once)."""
        wanted = tuple(kinds)
        if wanted not in self._names_of:
            if self._all_names is None:  # every name read once, each kind's kept from it
                self._all_names = self._names("1", ())
            keep = set(wanted)
            self._names_of[wanted] = [c for c in self._all_names if c.kind in keep]
        return self._names_of[wanted]

    def exact_names(self, kinds: Iterable[str], sorted_key: str) -> Sequence[Candidate]:
        """The names whose folded words, sorted, equal ``sorted_key`` (an indexed lookup)."""
        wanted = list(kinds)
        marks = ",".join("?" * len(wanted))
        return self._names(f"sorted_key = ? AND kind IN ({marks})", [sorted_key, *wanted])

    def completions(self, kind: str, typed: str, start: str) -> Iterator[Candidate]:
        """The names of ``kind`` with a word that starts with the folded ``typed``, in
        completion order (`completion_rank`): SQLite finds them through `word_prefix` and
        sorts them, and only the names read become Candidates."""
        escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where, args = "", [kind, f"% {escaped}%"]
        if typed:  # a superset, from the index: records with a name word starting the first typed
            first = typed.split()[0]
            where = "AND rpos IN (SELECT rpos FROM word WHERE kind = ? AND word >= ?"
            args += [kind, first]
            if ord(first[-1]) < 0x10FFFF:  # and below the next prefix
                where += " AND word < ?"
                args.append(first[:-1] + chr(ord(first[-1]) + 1))
            where += ") "
        rows = self._db.execute(
            "SELECT kind, id, field, text, key FROM name WHERE kind = ? "
            f"AND (' ' || key) LIKE ? ESCAPE '\\' {where}ORDER BY "
            f"substr(shown, 1, ?) != ?, substr(key, 1, ?) != ?, {_FIELD_RANK}, key, rpos, n",
            (*args, len(start), start, len(typed), typed),
        )
        return (Candidate(*row) for row in rows)

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        found = dict(self._db.execute("SELECT kind, COUNT(*) FROM rec GROUP BY kind").fetchall())
        return {kind: int(found.get(kind, 0)) for kind in KIND_CLASSES}

    def facts_per_source(self) -> dict[str, int]:
        """How many records cite each source."""
        rows = self._db.execute("SELECT source, COUNT(*) FROM cite GROUP BY source ORDER BY source")
        return {s: int(n) for s, n in rows}

    def text_search(
        self, expression: str, kinds: Sequence[str] | None = None, limit: int | None = None
    ) -> Sequence[tuple[str, str, float]]:
        """Records matching an FTS5 expression, from the index's full-text table."""
        from cfacts.index.fulltext import match

        return match(self._db, expression, kinds, limit)

    def field_texts(self, kind: str, fields: Sequence[str]) -> Sequence[tuple[str | None, ...]]:
        """Some text fields of every record of a kind, in file order, read from the stored
        JSON by SQLite (no record is decoded)."""
        paths = ", ".join("json_extract(data, ?)" for _ in fields)
        rows = self._db.execute(
            f"SELECT {paths} FROM rec WHERE kind = ? ORDER BY pos",
            (*(f"$.{field}" for field in fields), kind),
        )
        return [tuple(_text(value) for value in row) for row in rows]


ROWS_SQL = """
CREATE TABLE rec (
    pos INTEGER PRIMARY KEY, kind TEXT NOT NULL, id TEXT NOT NULL, digest BLOB, unit TEXT,
    data TEXT NOT NULL
);
CREATE TABLE link (pos INTEGER NOT NULL, kind TEXT, field TEXT, target TEXT);
CREATE TABLE cite (pos INTEGER NOT NULL, source TEXT NOT NULL);
CREATE TABLE name (
    rpos INTEGER, n INTEGER, kind TEXT, id TEXT, field TEXT, text TEXT, key TEXT,
    sorted_key TEXT, shown TEXT, PRIMARY KEY (rpos, n)
) WITHOUT ROWID;
CREATE TABLE word (rpos INTEGER, kind TEXT, word TEXT, PRIMARY KEY (rpos, word)) WITHOUT ROWID;
"""
"""The tables of records' rows: also what a batch of new rows is collected in (`writer`)."""

TABLES_SQL = (
    "\nCREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
    + ROWS_SQL
    + FTS_SQL
    + ";\n"
)
"""The index: one record per row as JSON (`codec`) at a sparse position (file order), the
reverse links, the sources each record cites, every name pre-folded, each word of a record's
names (a range of `word_prefix` finds the records with a name with a word that starts with some
text, for completion),
and every record's words for full-text search (`fulltext`). See `indexer` for how it is written
and updated."""

INDEXES_SQL = """
CREATE UNIQUE INDEX IF NOT EXISTS rec_id ON rec (kind, id);
CREATE INDEX IF NOT EXISTS rec_kind ON rec (kind, pos);
CREATE INDEX IF NOT EXISTS link_target ON link (target, field, kind);
CREATE INDEX IF NOT EXISTS link_pos ON link (pos);
CREATE INDEX IF NOT EXISTS cite_pos ON cite (pos);
CREATE INDEX IF NOT EXISTS name_sorted_key ON name (sorted_key);
CREATE INDEX IF NOT EXISTS word_prefix ON word (kind, word);
"""
"""Indexes, created after a new index's rows (faster than keeping them up to date row by row).
The unique index on (kind, id) is what finds duplicate ids."""
