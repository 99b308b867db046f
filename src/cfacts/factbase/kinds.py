"""The one definition of every record kind: its model class, fields, types and meanings."""

# Everything else about a kind's shape is derived from KINDS or held to it by a test: the
# loader's checks (schema.FIELDS), the model's KIND_CLASSES, the index's reverse links
# (LINK_FIELDS) and the export's tables and columns are derived; the model classes' fields, the
# index codec and the output schema's kinds are held to it by tests/test_kinds.py, and the field
# tables in docs/factbase.md and the output schema's export record definitions are generated
# (doctables.py, tests/test_doctables.py; output/recordschema.py, tests/test_recordschema.py).
# The rules that go beyond one field are in rules.py. This module is read on every lookup (the
# model derives KIND_CLASSES from it), so it imports nothing but `frozen`.

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from cfacts.frozen import value

QUALIFIERS = (
    "exact",
    "approximately",
    "more_than",
    "at_least",
    "nearly",
    "up_to",
    "less_than",
    "range",
)
UNITS = (
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
)
BASES = ("stated", "inferred")
SPEECH = ("direct", "reported")
"""Whether a claim's quote is the person's own words (direct, as the article quotes them, whole)
or the article's report of what they said."""
ORGANIZATION_KINDS = (
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
    "country",
    "other",
)
EVENT_KINDS = (
    "training",
    "forum",
    "roundtable",
    "conference",
    "diplomatic_conference",
    "expo",
    "meeting",
    "visit",
)
CAPACITIES = (
    "addressed",
    "spoke",
    "lectured",
    "scheduled_to_lecture",
    "presented",
    "attended",
)
"""How a person took part in an event; ``scheduled_to_lecture`` is a lecture the article,
written before it was given, says the person will give (the 2023 article, written on the
training's first day, says its invited experts "will lecture")."""
INSTRUMENT_KINDS = (
    "treaty",
    "memorandum",
    "agreement",
    "regulation",
    "law",
    "initiative",
    "dialogue",
)
TOPIC_KINDS = (
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
    "subject",
)

TYPES = ("str", "strs", "date", "ref", "refs", "quantity", "enum", "quote", "evidence")
"""Field types: text, a list of texts, a partial date, the id (``ref``) or ids (``refs``) of
records of the ``targets`` kinds, a quantity, one of ``choices``, a quote (a verbatim span, or
a list of spans), and further evidence."""

EVIDENCE_FIELDS = ("source", "quote", "also")
"""Fields the model keeps together in `Record.evidence` (primary source and quote first)."""


@value(frozen=True)
class FieldSpec:
    """One field of a record kind: its type, whether it is required, and what it means.

    ``type`` is one of `TYPES`; ``choices`` are an ``enum``'s values, ``targets`` the kinds a
    ``ref``/``refs`` may name; ``backlink`` marks a reference the lookups follow backwards
    (from the record named to the records naming it: `LINK_FIELDS`). Every reference but the
    cited ``source`` is one: the index keeps them as ``link`` rows, which is also how the
    indexer checks that they resolve. ``description`` is one line of our words, for the docs.
    ``item`` names one entry of a list (``strs``, ``refs``): "organizer" for "organizers".
    """

    name: str
    type: str
    required: bool = False
    choices: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    description: str = ""
    backlink: bool = False
    item: str = ""


@value(frozen=True)
class Kind:
    """One record kind: its ``[[name]]`` in the file, its model class and its fields.

    ``model`` is the name of its class in `cfacts.factbase.model`; ``fields`` are every field
    but ``id``, in documentation order (also the model's order, the export's column order and
    the order the loader reports problems in).
    """

    name: str
    model: str
    description: str
    example_id: str
    fields: tuple[FieldSpec, ...]


def _text(name: str, description: str, *, req: bool = False) -> FieldSpec:
    return FieldSpec(name, "str", req, description=description)


def _texts(name: str, item: str, description: str) -> FieldSpec:
    return FieldSpec(name, "strs", description=description, item=item)


def _date(name: str, description: str, *, req: bool = False) -> FieldSpec:
    return FieldSpec(name, "date", req, description=description)


def _quantity(name: str, description: str, *, req: bool = False) -> FieldSpec:
    return FieldSpec(name, "quantity", req, description=description)


def _enum(name: str, choices: tuple[str, ...], description: str) -> FieldSpec:
    return FieldSpec(name, "enum", True, choices, description=description)


def _ref(name: str, targets: str, description: str, *, req: bool = False) -> FieldSpec:
    return FieldSpec(name, "ref", req, (), tuple(targets.split()), description, backlink=True)


def _refs(name: str, item: str, targets: str, description: str) -> FieldSpec:
    return FieldSpec(name, "refs", False, (), tuple(targets.split()), description, True, item)


_SOURCE = FieldSpec(
    "source", "ref", True, (), ("source",), "the id of the article that supports the record"
)
_QUOTE = FieldSpec(
    "quote", "quote", True, description="verbatim span(s) of that article, in order (see Spans)"
)
_ALSO = FieldSpec(
    "also", "evidence", description='further evidence: a list of { source = "...", quote = "..." }'
)
_NAME = _text("name", "the name as commonly written", req=True)
_ALIASES = _texts("aliases", "alias", "other names the articles use")
_SUMMARY = _text("summary", "our one-paragraph summary")
_DESCRIPTION = _text("description", "our one-line description")
_NOTE = _text("note", "our remark, e.g. a typo in the article corrected")

KINDS: tuple[Kind, ...] = (
    Kind(
        "source",
        "Source",
        "One news article.",
        "shanghai-2023",
        (
            _text("file", "the article's file name in shared/sources/, no folders", req=True),
            _text("title", "our wording of the headline", req=True),
            _text("headline", "the article's own headline, verbatim; omitted when it has none"),
            _text("publisher", 'who published it, or "unknown"', req=True),
            _enum("publisher_basis", BASES, "whether the article names its publisher"),
            _text("publisher_note", "how the publisher is known"),
            _date("date", "the date of what the article reports", req=True),
            _enum("date_basis", BASES, "whether the article gives the date"),
            _text("date_note", "the reasoning; required when date_basis is inferred"),
            _SUMMARY,
            FieldSpec(
                "quote", "quote", True, description="verbatim span(s) that give or imply the date"
            ),
        ),
    ),
    Kind(
        "organization",
        "Organization",
        "A country, government body, intergovernmental organization, CMO, company, ...",
        "wipo-office-china",
        (
            _NAME,
            _ALIASES,
            _enum("kind", ORGANIZATION_KINDS, "what sort of organization it is"),
            _texts("abbreviations", "abbreviation", "its abbreviations, e.g. MCSC"),
            _text("country", "the country it is in"),
            _text("city", "the city it is in"),
            _ref("parent", "organization", "the organization it is part of"),
            _DESCRIPTION,
            _SOURCE,
            _QUOTE,
            _ALSO,
        ),
    ),
    Kind(
        "person",
        "Person",
        "A person named in an article.",
        "liu-hua",
        (
            _text("name", "as commonly written; family name first for Chinese names", req=True),
            _texts("aliases", "alias", "the articles' own spellings, e.g. LIU Hua"),
            _text("family_name", "the family name"),
            _text("given_name", "the given name"),
            _text("honorific", "Ms., Mr., ... where the article gives one"),
            _DESCRIPTION,
            _SOURCE,
            _QUOTE,
            _ALSO,
        ),
    ),
    Kind(
        "role",
        "Role",
        "A title a person held at an organization, as of a date.",
        "liu-hua-woc-2025",
        (
            _ref("person", "person", "who held the title", req=True),
            _text("title", "the title, its typos corrected (with a note)", req=True),
            _ref("organization", "organization", "where it is held; omitted when it has none"),
            _date("as_of", "the date of the article's report", req=True),
            _NOTE,
            _SOURCE,
            _QUOTE,
        ),
    ),
    Kind(
        "event",
        "Event",
        "A training, forum, roundtable, conference or expo, held or only mentioned.",
        "xiamen-training-2021",
        (
            _NAME,
            _ALIASES,
            _enum("kind", EVENT_KINDS, "what sort of event it is"),
            _text("city", "the city it took place in"),
            _text("region", "the province or region it took place in, as the articles name it"),
            _text("country", "the country it took place in"),
            _date("start", "when it began"),
            _date("end", "when it ended (not before start)"),
            _text("date_note", "how the dates are known"),
            _ref("during", "event", "the event it took place during or alongside (a side event)"),
            _refs("organizers", "organizer", "organization", "who organized it"),
            _refs(
                "participants",
                "participant",
                "organization",
                "organizations that took part besides the organizers: represented, or visited",
            ),
            _quantity("attendance", "how many attended"),
            _texts("represented", "represented", "countries or groups present"),
            _SUMMARY,
            _SOURCE,
            _QUOTE,
            _ALSO,
        ),
    ),
    Kind(
        "appearance",
        "Appearance",
        "A person's part in an event and what they said there (our summary).",
        "gao-hang-at-shanghai-training-2023",
        (
            _ref("person", "person", "who took part", req=True),
            _ref("event", "event", "the event", req=True),
            _enum(
                "capacity",
                CAPACITIES,
                "how they took part; scheduled_to_lecture: the article says they will lecture",
            ),
            _text("summary", "what they said or did, in our words", req=True),
            _ref("role", "role", "the role giving their title at the time"),
            _texts("topics", "topic", "keywords"),
            _SOURCE,
            _QUOTE,
        ),
    ),
    Kind(
        "statistic",
        "Statistic",
        "A series of dated observations of one measure.",
        "gdp-share",
        (
            _text("label", "what is measured, as a short title", req=True),
            _text("subject", "the country, region or organization it measures", req=True),
            _enum("unit", UNITS, "the unit of every observation"),
            _ref("organization", "organization", "the organization whose figure it is"),
            _ALIASES,
            _DESCRIPTION,
        ),
    ),
    Kind(
        "observation",
        "Observation",
        "One sourced value of a statistic for a period.",
        "gdp-share-2021",
        (
            _ref("statistic", "statistic", "the statistic it is a value of", req=True),
            _date("period", "the period the value is for; omitted when the article gives none"),
            _date(
                "reported",
                "as reported in: when the article reported a value whose period it does not give",
            ),
            _quantity("value", "the value, in the statistic's unit", req=True),
            _ref("reported_by", "person", "who reported it"),
            _ref("event", "event", "where it was reported"),
            _NOTE,
            _SOURCE,
            _QUOTE,
        ),
    ),
    Kind(
        "instrument",
        "Instrument",
        "A treaty, agreement, memorandum, regulation, law or initiative.",
        "beijing-treaty",
        (
            _NAME,
            _ALIASES,
            _enum("kind", INSTRUMENT_KINDS, "what sort of instrument it is"),
            _refs("parties", "party", "organization", "the organizations party to it"),
            _SUMMARY,
            _SOURCE,
            _QUOTE,
            _ALSO,
        ),
    ),
    Kind(
        "topic",
        "Topic",
        "A programme, award, platform, named work, place, campaign, dispute or subject.",
        "copyright-gold-award",
        (
            _NAME,
            _ALIASES,
            _enum("kind", TOPIC_KINDS, "what sort of topic it is"),
            _ref("organization", "organization", "the organization behind it"),
            _SUMMARY,
            _SOURCE,
            _QUOTE,
            _ALSO,
        ),
    ),
    Kind(
        "milestone",
        "Milestone",
        "A dated step in the life of an instrument, topic, organization or event.",
        "beijing-treaty-concluded-2012",
        (
            _ref("subject", "instrument topic organization event", "whose step it is", req=True),
            _date("date", "when it happened", req=True),
            _text("summary", "what happened, in our words", req=True),
            _quantity("quantity", "a number the step involves"),
            _NOTE,
            _SOURCE,
            _QUOTE,
        ),
    ),
    Kind(
        "claim",
        "Claim",
        "A notable statement or position, by a person or organization.",
        "overseas-risk-awareness-indispensable",
        (
            _text("summary", "the statement, in our words", req=True),
            _ref("person", "person", "who made it"),
            _ref("organization", "organization", "the organization it is made by or for"),
            _ref("event", "event", "where it was made"),
            _refs("subjects", "subject", "instrument topic organization event", "what it is about"),
            _texts("topics", "topic", "keywords"),
            _date("date", "when it was made"),
            _quantity("quantity", "a number it states"),
            _text("note", "our remark, e.g. that the date's year is inferred"),
            FieldSpec(
                "speech",
                "enum",
                False,
                SPEECH,
                description="direct: the quote is the person's words, the article's whole "
                "quotation of them; reported (or omitted): the article reports what was said",
            ),
            _SOURCE,
            _QUOTE,
        ),
    ),
)
"""Every record kind, in the order they are documented, loaded, counted and exported."""

KIND_NAMES: tuple[str, ...] = tuple(kind.name for kind in KINDS)

FIELDS: Mapping[str, tuple[FieldSpec, ...]] = MappingProxyType(
    {kind.name: kind.fields for kind in KINDS}
)
"""Fields of each kind besides ``id``, in documentation order."""

LINK_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        kind.name: links
        for kind in KINDS
        if (links := tuple(spec.name for spec in kind.fields if spec.backlink))
    }
)
"""For each kind, the fields that point at other records and can be followed backwards."""
