"""Read access to a fact base, from memory or from an on-disk index, behind one interface."""

from __future__ import annotations

import pickle
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Protocol

from cfacts.matching import Candidate
from cfacts.model import KIND_CLASSES, FactBase, Organization, Record, Statistic
from cfacts.textnorm import name_key

Getter = Callable[[str, str], "Record | None"]

LINK_FIELDS: Mapping[str, tuple[str, ...]] = {
    "organization": ("parent",),
    "role": ("person", "organization"),
    "event": ("organizers",),
    "appearance": ("person", "event", "role"),
    "statistic": ("organization",),
    "observation": ("statistic", "reported_by", "event"),
    "instrument": ("parties",),
    "topic": ("organization",),
    "milestone": ("subject",),
    "claim": ("person", "organization", "event", "subjects"),
}
"""For each kind, the fields that point at other records and can be followed backwards."""

NAME_KINDS = ("person", "organization", "event", "statistic", "instrument", "topic")


def record_names(kind: str, record: Record, get: Getter) -> Iterator[Candidate]:
    """The names of a record, preferred field first (a name beats an alias beats an id).

    A statistic about an organization is also named by the organization's abbreviations and
    name followed by its label ("MCSC total licensing revenue").
    """
    texts: list[tuple[str, str]] = []
    if kind == "statistic":
        texts.append(("slug", record.id))
    for field in ("name", "label"):
        value = getattr(record, field, None)
        if isinstance(value, str):
            texts.append((field, value))
    for field, singular in (("abbreviations", "abbreviation"), ("aliases", "alias")):
        texts.extend((singular, text) for text in getattr(record, field, ()))
    if isinstance(record, Statistic) and record.organization:
        org = get("organization", record.organization)
        if isinstance(org, Organization):
            for short in (*org.abbreviations, org.name):
                texts.append(("label", f"{short} {record.label}"))
    if kind != "statistic":
        texts.append(("id", record.id))
    for field, text in texts:
        yield Candidate(kind, record.id, field, text, name_key(text))


def sorted_key(key: str) -> str:
    """A folded name key with its words in order: the same for "Hua Liu" and "Liu Hua"."""
    return " ".join(sorted(key.split()))


_sorted = sorted_key  # for methods whose parameter is also called sorted_key


def link_targets(kind: str, record: Record) -> Iterator[tuple[str, str]]:
    """(field, target id) for every backward-followable reference of a record."""
    for field in LINK_FIELDS.get(kind, ()):
        value = getattr(record, field, None)
        for target in value if isinstance(value, tuple) else (value,):
            if target:
                yield field, target


class Store(Protocol):
    """What the lookups need from a fact base."""

    path: str
    schema_version: int

    def get(self, kind: str, rid: str) -> Record | None:
        """One record, or None."""

    def all(self, kind: str) -> Sequence[Record]:
        """Every record of a kind, in file order."""

    def related(self, kind: str, field: str, target: str) -> Sequence[Record]:
        """Records of ``kind`` whose ``field`` points at ``target``, in file order."""

    def names(self, kinds: Iterable[str]) -> Sequence[Candidate]:
        """Every name of the records of the given kinds."""

    def exact_names(self, kinds: Iterable[str], sorted_key: str) -> Sequence[Candidate]:
        """The names whose folded words, sorted, equal ``sorted_key`` (see `sorted_key`)."""

    def names_starting(self, kinds: Iterable[str], prefix: str) -> Sequence[Candidate]:
        """The names with a word that starts with the folded ``prefix`` (all names if empty)."""

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""

    def facts_per_source(self) -> dict[str, int]:
        """How many records cite each source."""


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
        self._links: dict[tuple[str, str], dict[str, list[Record]]] = {}

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

    def names(self, kinds: Iterable[str]) -> Sequence[Candidate]:
        """Every name of the records of the given kinds."""
        return [
            n
            for k in kinds
            for r in self.facts.kind(k).values()
            for n in record_names(k, r, self.get)
        ]

    def exact_names(self, kinds: Iterable[str], sorted_key: str) -> Sequence[Candidate]:
        """The names whose folded words, sorted, equal ``sorted_key``."""
        return [n for n in self.names(kinds) if _sorted(n.key) == sorted_key]

    def names_starting(self, kinds: Iterable[str], prefix: str) -> Sequence[Candidate]:
        """The names with a word that starts with the folded ``prefix`` (all names if empty)."""
        return [n for n in self.names(kinds) if f" {prefix}" in f" {n.key}"]

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        return self.facts.counts()

    def facts_per_source(self) -> dict[str, int]:
        """How many records cite each source."""
        return count_facts_per_source(
            (kind, r) for kind, records in self.facts.records.items() for r in records.values()
        )


class SqliteStore:
    """A store over the on-disk index written by :func:`write_index`; reads only what it needs."""

    def __init__(self, connection: sqlite3.Connection, path: str, schema_version: int) -> None:
        self._db = connection
        self.path = path
        self.schema_version = schema_version
        self._cache: dict[tuple[str, str], Record | None] = {}

    def _load(self, blob: bytes) -> Record:
        record = pickle.loads(blob)
        assert isinstance(record, Record)
        return record

    def get(self, kind: str, rid: str) -> Record | None:
        """One record, or None."""
        key = (kind, rid)
        if key not in self._cache:
            row = self._db.execute(
                "SELECT blob FROM rec WHERE kind = ? AND id = ?", (kind, rid)
            ).fetchone()
            self._cache[key] = self._load(row[0]) if row else None
        return self._cache[key]

    def all(self, kind: str) -> Sequence[Record]:
        """Every record of a kind, in file order."""
        rows = self._db.execute("SELECT blob FROM rec WHERE kind = ? ORDER BY pos", (kind,))
        return [self._load(blob) for (blob,) in rows]

    def related(self, kind: str, field: str, target: str) -> Sequence[Record]:
        """Records of ``kind`` whose ``field`` points at ``target``, in file order."""
        rows = self._db.execute(
            "SELECT rec.blob FROM link JOIN rec ON rec.kind = link.kind AND rec.id = link.id "
            "WHERE link.target = ? AND link.field = ? AND link.kind = ? ORDER BY rec.pos",
            (target, field, kind),
        )
        return [self._load(blob) for (blob,) in rows]

    def names(self, kinds: Iterable[str]) -> Sequence[Candidate]:
        """Every name of the records of the given kinds."""
        wanted = list(kinds)
        marks = ",".join("?" * len(wanted))
        rows = self._db.execute(
            f"SELECT kind, id, field, text, key FROM name WHERE kind IN ({marks}) ORDER BY pos",
            wanted,
        )
        return [Candidate(*row) for row in rows]

    def exact_names(self, kinds: Iterable[str], sorted_key: str) -> Sequence[Candidate]:
        """The names whose folded words, sorted, equal ``sorted_key`` (an indexed lookup)."""
        wanted = list(kinds)
        marks = ",".join("?" * len(wanted))
        rows = self._db.execute(
            "SELECT kind, id, field, text, key FROM name "
            f"WHERE sorted_key = ? AND kind IN ({marks}) ORDER BY pos",
            [sorted_key, *wanted],
        )
        return [Candidate(*row) for row in rows]

    def names_starting(self, kinds: Iterable[str], prefix: str) -> Sequence[Candidate]:
        """The names with a word that starts with the folded ``prefix`` (a scan inside SQLite)."""
        wanted = list(kinds)
        marks = ",".join("?" * len(wanted))
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._db.execute(
            "SELECT kind, id, field, text, key FROM name "
            f"WHERE kind IN ({marks}) AND (' ' || key) LIKE ? ESCAPE '\\' ORDER BY pos",
            [*wanted, f"% {escaped}%"],
        )
        return [Candidate(*row) for row in rows]

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        found = dict(self._db.execute("SELECT kind, n FROM kind_count").fetchall())
        return {kind: int(found.get(kind, 0)) for kind in KIND_CLASSES}

    def facts_per_source(self) -> dict[str, int]:
        """How many records cite each source."""
        return {s: int(n) for s, n in self._db.execute("SELECT source, n FROM source_count")}


SCHEMA_SQL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE rec (kind TEXT, id TEXT, pos INTEGER, blob BLOB, PRIMARY KEY (kind, id))
    WITHOUT ROWID;
CREATE INDEX rec_pos ON rec (kind, pos);
CREATE TABLE link (target TEXT, field TEXT, kind TEXT, id TEXT);
CREATE INDEX link_target ON link (target, field, kind);
CREATE TABLE name (
    pos INTEGER PRIMARY KEY, kind TEXT, id TEXT, field TEXT, text TEXT, key TEXT, sorted_key TEXT
);
CREATE INDEX name_kind ON name (kind, pos);
CREATE INDEX name_sorted_key ON name (sorted_key);
CREATE TABLE kind_count (kind TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;
CREATE TABLE source_count (source TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;
"""


def write_index(db: sqlite3.Connection, facts: FactBase, meta: Mapping[str, str]) -> None:
    """Fill an empty database with every record of a validated fact base."""
    db.executescript(SCHEMA_SQL)
    dump = pickle.dumps

    def get(kind: str, rid: str) -> Record | None:
        return facts.kind(kind).get(rid)

    pairs = [(kind, r) for kind, records in facts.records.items() for r in records.values()]
    db.executemany(
        "INSERT INTO rec VALUES (?, ?, ?, ?)",
        (
            (kind, r.id, pos, dump(r, protocol=pickle.HIGHEST_PROTOCOL))
            for pos, (kind, r) in enumerate(pairs)
        ),
    )
    db.executemany(
        "INSERT INTO link VALUES (?, ?, ?, ?)",
        (
            (target, field, kind, r.id)
            for kind, r in pairs
            for field, target in link_targets(kind, r)
        ),
    )
    db.executemany(
        "INSERT INTO name (kind, id, field, text, key, sorted_key) VALUES (?, ?, ?, ?, ?, ?)",
        (
            (n.kind, n.id, n.field, n.text, n.key, _sorted(n.key))
            for kind, r in pairs
            if kind in NAME_KINDS
            for n in record_names(kind, r, get)
        ),
    )
    db.executemany("INSERT INTO kind_count VALUES (?, ?)", facts.counts().items())
    db.executemany("INSERT INTO source_count VALUES (?, ?)", count_facts_per_source(pairs).items())
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
