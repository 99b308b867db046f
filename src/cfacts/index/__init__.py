"""The index: records stored as data in SQLite, built incrementally, cached safely."""
