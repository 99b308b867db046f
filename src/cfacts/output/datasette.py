"""Datasette metadata for a SQLite export: titles, descriptions, units and canned queries.

Plain JSON (Datasette reads ``-m x.metadata.json``), so no YAML dependency. Datasette itself is
an optional extra (``cfacts[web]``); nothing here imports it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cfacts import __version__
from cfacts.factbase.kinds import KINDS
from cfacts.factbase.model import FactBase
from cfacts.output.export import (
    EVIDENCE_TABLE,
    KIND_TABLES,
    META_TABLE,
    METADATA_ABOUT,
    METADATA_SUFFIX,
    SEARCH_TABLE,
    export_atomically,
    kind_columns_about,
    link_tables_about,
)

TITLE = "cfacts: China's copyright industry and its work with WIPO, 2019-2025"
DESCRIPTION = (
    "A hand-curated fact base of people, organizations, events, statistics, treaties and "
    "statements drawn from five English news articles. Every record names its article and "
    "carries a verbatim quote (see the evidence table)."
)
LICENSE = "MIT (the cfacts code and fact base); quotes remain their publishers' text"

QUERIES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "speakers": {
            "title": "Who spoke at an event",
            "description": "The people who took part in an event (its id, or part of its "
            "name), how, with their title then and what they said.",
            "sql": """SELECT p.name AS person, a.capacity, r.title, o.name AS organization,
  a.summary, a.source, a.quote, a.person AS person_id, e.id AS event_id
FROM appearance a
JOIN event e ON e.id = a.event
JOIN person p ON p.id = a.person
LEFT JOIN role r ON r.id = a.role
LEFT JOIN organization o ON o.id = r.organization
WHERE e.id = :event OR e.name LIKE '%' || :event || '%'
ORDER BY e.start, p.name""",
        },
        "series": {
            "title": "A statistic's series",
            "description": "Every observation of a statistic (its id, or part of its label), "
            "in period order, with the article and quote for each.",
            "sql": """SELECT o.period, o.as_written, o.qualifier, o.value, o.low, o.high, o.unit,
  s.label, o.source, o.quote, o.id AS observation_id, s.id AS statistic_id
FROM observation o
JOIN statistic s ON s.id = o.statistic
WHERE s.id = :statistic OR s.label LIKE '%' || :statistic || '%'
ORDER BY s.id, o.period""",
        },
        "said": {
            "title": "Everything one person said",
            "description": "A person's statements, what they said at events and the figures "
            "they reported (the person's id, or part of their name), oldest first.",
            "sql": """SELECT * FROM (
  SELECT 'appearance' AS kind, a.id AS record_id, e.start AS date, e.name AS context,
    a.summary AS said, a.source, a.quote
  FROM appearance a JOIN person p ON p.id = a.person JOIN event e ON e.id = a.event
  WHERE p.id = :person OR p.name LIKE '%' || :person || '%'
  UNION ALL
  SELECT 'claim', c.id, c.date, e.name, c.summary, c.source, c.quote
  FROM claim c JOIN person p ON p.id = c.person LEFT JOIN event e ON e.id = c.event
  WHERE p.id = :person OR p.name LIKE '%' || :person || '%'
  UNION ALL
  SELECT 'observation', o.id, o.period, s.label, o.as_written, o.source, o.quote
  FROM observation o JOIN person p ON p.id = o.reported_by
  JOIN statistic s ON s.id = o.statistic
  WHERE p.id = :person OR p.name LIKE '%' || :person || '%'
) ORDER BY date, kind, record_id""",
        },
        "article": {
            "title": "All facts from one article",
            "description": "Every record an article supports (its source id or file name), "
            "with each quote taken from it.",
            "sql": """SELECT ev.kind, ev.record_id, ev.position, ev.quote, s.title AS article
FROM evidence ev
JOIN source s ON s.id = ev.source
WHERE s.id = :source OR s.file = :source
ORDER BY ev.kind, ev.record_id, ev.position""",
        },
    }
)
"""Canned queries for the questions people ask most, each with named parameters."""

_OTHER_TABLES: Mapping[str, tuple[str, Mapping[str, str]]] = MappingProxyType(
    {
        EVIDENCE_TABLE: (
            "Every quote: the primary one (position 0) and further evidence (1, 2, ...).",
            {
                "kind": "the kind of the record the quote supports",
                "record_id": "the id of that record",
                "position": "0 for the primary quote, then 1, 2, ... for further evidence",
                "source": "the id of the article quoted",
                "quote": "the verbatim span of the article",
            },
        ),
        SEARCH_TABLE: (
            "Full-text index (FTS5) over names, aliases, labels, summaries and quotes, one row "
            "per field and list item: SELECT DISTINCT kind, record_id ... for one per record.",
            {
                "kind": "the kind of the record",
                "record_id": "the id of the record",
                "field": "which field the text is from (quote, also for further quotes)",
                "text": "the text indexed",
            },
        ),
        META_TABLE: (
            "About this export: schema, cfacts and export format versions.",
            {"key": "what the value is", "value": "its value"},
        ),
    }
)


def metadata_path(database: Path) -> Path:
    """Where the metadata of the export at ``database`` goes: beside it."""
    return database.with_name(database.name + METADATA_SUFFIX)


def datasette_metadata(facts: FactBase, database: str) -> dict[str, Any]:
    """Datasette metadata for an export of ``facts`` served as ``database`` (its file stem)."""
    sources = "; ".join(
        f"{source.title} ({source.publisher}, {source.date})" for source in facts.sources.values()
    )
    tables: dict[str, Any] = {}
    for kind in KINDS:
        tables[KIND_TABLES[kind.name]] = {
            "description": kind.description,
            "columns": kind_columns_about(kind.name),
        }
    for table, (description, links) in link_tables_about().items():
        tables[table] = {"description": description, "columns": links}
    for table, (description, columns) in _OTHER_TABLES.items():
        tables[table] = {"description": description, "columns": dict(columns)}
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "about": f"{METADATA_ABOUT} {__version__} (schema {facts.schema_version})",
        "source": f"{len(facts.sources)} news articles: {sources}",
        "license": LICENSE,
        "databases": {
            database: {
                "title": TITLE,
                "description": DESCRIPTION,
                "tables": tables,
                "queries": {name: dict(query) for name, query in QUERIES.items()},
            }
        },
    }


def export_datasette_metadata(facts: FactBase, database: Path, *, force: bool = False) -> Path:
    """Write the metadata of the export at ``database`` beside it (atomically, with the
    export's checks of what is there) and return its path."""
    target = metadata_path(Path(database))
    data = datasette_metadata(facts, Path(database).stem)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def fill(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    export_atomically(target, fill, force=force)
    return target
