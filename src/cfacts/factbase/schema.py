"""The fact-base schema: fields per record kind, vocabularies, and value formats."""

from __future__ import annotations

import re

from cfacts.factbase.schema_version import (
    SCHEMA_VERSION as SCHEMA_VERSION,  # the one this release reads
)
from cfacts.frozen import value

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MAX_QUOTE = 200

QUALIFIERS = frozenset(
    {"exact", "approximately", "more_than", "at_least", "nearly", "up_to", "less_than", "range"}
)
UNITS = frozenset(
    {
        "CNY",
        "percent",
        "people",
        "members",
        "countries",
        "companies",
        "producers",
        "works",
        "registrations",
        "books",
        "treaties",
        "years",
        "days",
    }
)
BASES = frozenset({"stated", "inferred"})
ORGANIZATION_KINDS = frozenset(
    {
        "government_agency",
        "government_department",
        "party_body",
        "intergovernmental_organization",
        "collective_management_organization",
        "association",
        "company",
        "media_company",
        "law_firm",
        "university",
        "academic_unit",
        "cultural_institution",
        "alliance",
        "regional_bloc",
        "economic_forum",
        "other",
    }
)
EVENT_KINDS = frozenset(
    {
        "training",
        "forum",
        "roundtable",
        "conference",
        "diplomatic_conference",
        "expo",
        "meeting",
        "visit",
    }
)
CAPACITIES = frozenset({"addressed", "spoke", "lectured", "presented", "attended"})
INSTRUMENT_KINDS = frozenset(
    {"treaty", "memorandum", "agreement", "regulation", "law", "initiative", "dialogue"}
)
TOPIC_KINDS = frozenset(
    {
        "programme",
        "award",
        "platform",
        "service",
        "work",
        "place",
        "campaign",
        "dispute",
        "zone",
        "doctrine",
        "technology",
    }
)


@value(frozen=True)
class FieldSpec:
    """How one field of a record is checked and converted.

    ``type`` is one of: ``str``, ``strs`` (list of strings), ``date`` (partial date),
    ``ref`` / ``refs`` (id or ids of the kinds in ``targets``), ``quantity``, ``enum``
    (a string from ``choices``), ``int``, ``evidence`` (the ``also`` list).
    """

    name: str
    type: str
    required: bool = False
    choices: frozenset[str] = frozenset()
    targets: tuple[str, ...] = ()


def _f(name: str, type_: str = "str", *, req: bool = False) -> FieldSpec:
    return FieldSpec(name, type_, req)


def _enum(name: str, choices: frozenset[str], *, req: bool = True) -> FieldSpec:
    return FieldSpec(name, "enum", req, choices)


def _ref(name: str, *targets: str, req: bool = False, many: bool = False) -> FieldSpec:
    return FieldSpec(name, "refs" if many else "ref", req, targets=targets)


_PROVENANCE = (_ref("source", "source", req=True), _f("quote", req=True))
_ALSO = (_f("also", "evidence"),)
_NAMES = (_f("name", req=True), _f("aliases", "strs"))

FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "source": (
        _f("file", req=True),
        _f("title", req=True),
        _f("publisher", req=True),
        _enum("publisher_basis", BASES),
        _f("publisher_note"),
        _f("date", "date", req=True),
        _enum("date_basis", BASES),
        _f("date_note"),
        _f("summary"),
        _f("quote", req=True),
    ),
    "organization": (
        *_NAMES,
        _enum("kind", ORGANIZATION_KINDS),
        _f("abbreviations", "strs"),
        _f("country"),
        _f("city"),
        _ref("parent", "organization"),
        _f("description"),
        *_PROVENANCE,
        *_ALSO,
    ),
    "person": (
        *_NAMES,
        _f("family_name"),
        _f("given_name"),
        _f("honorific"),
        _f("description"),
        *_PROVENANCE,
        *_ALSO,
    ),
    "role": (
        _ref("person", "person", req=True),
        _f("title", req=True),
        _ref("organization", "organization"),
        _f("as_of", "date", req=True),
        _f("note"),
        *_PROVENANCE,
    ),
    "event": (
        *_NAMES,
        _enum("kind", EVENT_KINDS),
        _f("city"),
        _f("country"),
        _f("start", "date"),
        _f("end", "date"),
        _f("date_note"),
        _ref("organizers", "organization", many=True),
        _f("attendance", "quantity"),
        _f("represented", "strs"),
        _f("summary"),
        *_PROVENANCE,
        *_ALSO,
    ),
    "appearance": (
        _ref("person", "person", req=True),
        _ref("event", "event", req=True),
        _enum("capacity", CAPACITIES),
        _f("summary", req=True),
        _ref("role", "role"),
        _f("topics", "strs"),
        *_PROVENANCE,
    ),
    "statistic": (
        _f("label", req=True),
        _f("subject", req=True),
        _enum("unit", UNITS),
        _ref("organization", "organization"),
        _f("aliases", "strs"),
        _f("description"),
    ),
    "observation": (
        _ref("statistic", "statistic", req=True),
        _f("period", "date", req=True),
        _f("value", "quantity", req=True),
        _ref("reported_by", "person"),
        _ref("event", "event"),
        _f("note"),
        *_PROVENANCE,
    ),
    "instrument": (
        *_NAMES,
        _enum("kind", INSTRUMENT_KINDS),
        _ref("parties", "organization", many=True),
        _f("summary"),
        *_PROVENANCE,
        *_ALSO,
    ),
    "topic": (
        *_NAMES,
        _enum("kind", TOPIC_KINDS),
        _ref("organization", "organization"),
        _f("summary"),
        *_PROVENANCE,
        *_ALSO,
    ),
    "milestone": (
        _ref("subject", "instrument", "topic", "organization", "event", req=True),
        _f("date", "date", req=True),
        _f("summary", req=True),
        _f("quantity", "quantity"),
        _f("note"),
        *_PROVENANCE,
    ),
    "claim": (
        _f("summary", req=True),
        _ref("person", "person"),
        _ref("organization", "organization"),
        _ref("event", "event"),
        _ref("subjects", "instrument", "topic", "organization", "event", many=True),
        _f("topics", "strs"),
        _f("date", "date"),
        _f("quantity", "quantity"),
        *_PROVENANCE,
    ),
}
"""Fields of each kind besides ``id``, in documentation order."""

QUANTITY_KEYS = frozenset({"qualifier", "value", "low", "high", "unit", "as_written"})
EVIDENCE_KEYS = frozenset({"source", "quote"})
