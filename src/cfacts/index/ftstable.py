"""The full-text table of the index: its name and how it is created (rows: `fulltext`).

Kept apart from `fulltext`, so the index's tables can name it without a lookup by name ever
importing the full-text machinery.
"""

from __future__ import annotations

FTS_TABLE = "fts"
FTS_SQL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "kind UNINDEXED, id UNINDEXED, names, summary, topics, quotes, "
    "tokenize = 'porter unicode61 remove_diacritics 2')"
)
"""One row per record, its rowid the record's position; Porter stemming, accents folded."""
