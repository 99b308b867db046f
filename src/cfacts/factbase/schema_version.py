"""The fact base schema version this cfacts reads (its own module: the index key needs only it)."""

SCHEMA_VERSION = 1
