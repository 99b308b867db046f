"""Full-text rows: every record's own words in an SQLite FTS5 table, ranked by bm25.

One row per record, its rowid the record's position in the index (so an update deletes and
inserts rows exactly as it does the record's other rows). The row holds only the record's own
text, never another record's, so an edit to one record never changes another's row. Columns
are weighted for bm25: names (names, labels, aliases, abbreviations, titles) above summaries
and topics, and those above the verbatim quotes. The Porter stemmer folds "organized" and
"organizers", "ratify" and "ratified"; `unicode61` without diacritics folds "Stéphanie".

The query side (question words dropped, synonyms, the MATCH expression) is `finding.fulltext`.
Only searches and index builds import this module: a lookup by name never does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cfacts.factbase.model import Record, Statistic
from cfacts.frozen import field_names
from cfacts.index import sqlite
from cfacts.index.ftstable import FTS_SQL as FTS_SQL  # the table, part of the index's tables
from cfacts.index.ftstable import FTS_TABLE
from cfacts.textnorm import vocabulary_words

WEIGHTS = (0.0, 0.0, 6.0, 2.0, 3.0, 1.0)
"""bm25 weight of each column (the unindexed kind and id count as columns, with no weight)."""

NAME_FIELDS = ("name", "label", "title", "abbreviations", "aliases")
SUMMARY_FIELDS = (
    "summary",
    "description",
    "subject",
    "city",
    "region",
    "country",
    "kind",
    "capacity",
    "note",
    "date_note",
    "publisher",
)
TOPIC_FIELDS = ("topics", "represented")

Row = tuple[int, str, str, str, str, str, str]


def _texts(record: Record, fields: tuple[str, ...]) -> list[str]:
    state = record.__dict__
    texts: list[str] = []
    for field in _own_fields(type(record), fields):
        value = state[field]
        if isinstance(value, str):
            if value:
                texts.append(vocabulary_words(value) if field in _VOCABULARY else value)
        elif isinstance(value, tuple):
            texts.extend([v for v in value if isinstance(v, str) and v])
    return texts


_VOCABULARY = ("kind", "capacity")
"""Fields whose values are snake_case vocabulary words."""
_OWN: dict[tuple[type, tuple[str, ...]], tuple[str, ...]] = {}


def _own_fields(cls: type, fields: tuple[str, ...]) -> tuple[str, ...]:
    """Those of ``fields`` that a record class has, in order (found once per class)."""
    key = (cls, fields)
    own = _OWN.get(key)
    if own is None:
        own = _OWN[key] = tuple(field for field in fields if field in field_names(cls))
    return own


_QUANTITIES = ("value", "quantity", "attendance")


def fts_texts(record: Record) -> tuple[str, str, str, str]:
    """A record's words, column by column: its names, summaries, topics and quotes."""
    names = _texts(record, NAME_FIELDS)
    if isinstance(record, Statistic):
        names.append(record.id.replace("-", " "))
    summary = _texts(record, SUMMARY_FIELDS)
    state = record.__dict__
    for field in _own_fields(type(record), _QUANTITIES):
        as_written = getattr(state[field], "as_written", None)
        if isinstance(as_written, str):
            summary.append(as_written)
    return (
        " ; ".join(names),
        " ; ".join(summary),
        " ; ".join(_texts(record, TOPIC_FIELDS)),
        " ; ".join([ev.quote for ev in record.evidence]),
    )


def fts_row(pos: int, kind: str, record: Record) -> Row:
    """The full-text row of a record at a position (`fts_texts`, after its rowid, kind, id)."""
    return (pos, kind, record.id, *fts_texts(record))


def insert_rows(db: sqlite.Connection, rows: Iterable[Row]) -> None:
    """Insert full-text rows (rowid first)."""
    db.executemany(
        f"INSERT INTO {FTS_TABLE} (rowid, kind, id, names, summary, topics, quotes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def delete_row(db: sqlite.Connection, pos: int) -> None:
    """Remove the full-text row of the record at a position."""
    db.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (pos,))


def match(
    db: sqlite.Connection, expression: str, kinds: Sequence[str] | None, limit: int | None
) -> list[tuple[str, str, float]]:
    """(kind, id, relevance) of the rows matching an FTS5 MATCH expression, most relevant
    first (relevance is bm25 negated: higher is better); ties by kind and id. An expression
    FTS5 cannot read matches nothing."""
    weights = ", ".join(str(w) for w in WEIGHTS)
    where = ""
    args: list[object] = [expression]
    if kinds is not None:
        where = f" AND kind IN ({','.join('?' * len(kinds))})"
        args.extend(kinds)
    sql = (
        f"SELECT kind, id, bm25({FTS_TABLE}, {weights}) AS rank FROM {FTS_TABLE} "
        f"WHERE {FTS_TABLE} MATCH ?{where} ORDER BY rank, kind, id"
    )
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    try:
        rows = db.execute(sql, args).fetchall()
    except sqlite.OperationalError:  # a syntax error in the expression: nothing matches
        return []
    return [(str(kind), str(rid), -float(rank)) for kind, rid, rank in rows]
