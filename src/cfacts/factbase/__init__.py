"""The fact base: record kinds (model), schema, loading and validation, quotes."""
