"""Finding records and building answers: matching, lookups, relations, timeline, ask."""
