"""Frozen value objects for every kind of record in the fact base (shapes: `kinds`)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from cfacts.factbase.kinds import KINDS
from cfacts.frozen import value

ELLIPSES = ("...", "\u2026")
"""What separates the spans of a quote: three full stops or the ellipsis character."""
SPAN_JOINER = " \u2026 "
"""How a quote given as a list of spans is kept and shown: the spans joined by an ellipsis."""


def split_spans(quote: str) -> tuple[str, ...]:
    """The verbatim spans of a quote, in order: its text between ellipses, stripped, none empty."""
    text = quote
    for mark in ELLIPSES[1:]:
        text = text.replace(mark, ELLIPSES[0])
    return tuple(span for part in text.split(ELLIPSES[0]) if (span := part.strip()))


@value(frozen=True)
class Evidence:
    """Verbatim words of one source article that support a record.

    ``quote`` is one span, or several joined by an ellipsis (`SPAN_JOINER`), each found in the
    article after the one before it (`spans`).
    """

    source: str
    quote: str

    @property
    def spans(self) -> tuple[str, ...]:
        """The quote's verbatim spans, in the order the article has them."""
        return split_spans(self.quote)


@value(frozen=True)
class Quantity:
    """A number as the article gives it: normalized value, hedge, unit and wording."""

    qualifier: str
    unit: str
    as_written: str
    value: float | None = None
    low: float | None = None
    high: float | None = None

    @property
    def magnitude(self) -> float:
        """A single number for sorting and bars (the midpoint of a range)."""
        if self.value is not None:
            return self.value
        assert self.low is not None and self.high is not None
        return (self.low + self.high) / 2


@value(frozen=True, kw_only=True)
class Record:
    """Fields every record has: its id, its evidence and where it stands in the file."""

    id: str
    evidence: tuple[Evidence, ...]
    line: int = 0

    @property
    def source(self) -> str:
        """The id of the primary source article."""
        return self.evidence[0].source

    @property
    def quote(self) -> str:
        """The primary verbatim quote."""
        return self.evidence[0].quote


@value(frozen=True, kw_only=True)
class Source(Record):
    """One news article."""

    file: str
    title: str
    headline: str | None = None
    publisher: str
    publisher_basis: str
    publisher_note: str | None = None
    date: str
    date_basis: str
    date_note: str | None = None
    summary: str | None = None


@value(frozen=True, kw_only=True)
class Organization(Record):
    """A country, government body, intergovernmental organization, CMO, company, ..."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str
    abbreviations: tuple[str, ...] = ()
    country: str | None = None
    city: str | None = None
    parent: str | None = None
    description: str | None = None


@value(frozen=True, kw_only=True)
class Person(Record):
    """A person named in an article."""

    name: str
    aliases: tuple[str, ...] = ()
    family_name: str | None = None
    given_name: str | None = None
    honorific: str | None = None
    description: str | None = None


@value(frozen=True, kw_only=True)
class Role(Record):
    """A title a person held at an organization, as of a date."""

    person: str
    title: str
    organization: str | None = None
    as_of: str
    note: str | None = None


@value(frozen=True, kw_only=True)
class Event(Record):
    """A training, forum, roundtable, conference or expo, held or only mentioned."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str
    city: str | None = None
    region: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    date_note: str | None = None
    during: str | None = None
    organizers: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    attendance: Quantity | None = None
    represented: tuple[str, ...] = ()
    summary: str | None = None


@value(frozen=True, kw_only=True)
class Appearance(Record):
    """A person's part in an event and what they said there (our summary)."""

    person: str
    event: str
    capacity: str
    summary: str
    role: str | None = None
    topics: tuple[str, ...] = ()


@value(frozen=True, kw_only=True)
class Statistic(Record):
    """A series of dated observations of one measure."""

    label: str
    subject: str
    unit: str
    organization: str | None = None
    aliases: tuple[str, ...] = ()
    description: str | None = None


@value(frozen=True, kw_only=True)
class Observation(Record):
    """One sourced value of a statistic for a period."""

    statistic: str
    period: str | None = None
    reported: str | None = None
    value: Quantity
    reported_by: str | None = None
    event: str | None = None
    note: str | None = None

    @property
    def when(self) -> str:
        """Where the value stands in time: its period, else the date it was reported."""
        return self.period or self.reported or ""

    @property
    def period_text(self) -> str:
        """The period as shown: the period, or "as reported DATE" when the article gives none
        (such a value is no year's value: `stat --year` leaves it out)."""
        return self.period or f"as reported {self.reported or 'undated'}"


@value(frozen=True, kw_only=True)
class Instrument(Record):
    """A treaty, agreement, memorandum, regulation, law or initiative."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str
    parties: tuple[str, ...] = ()
    summary: str | None = None


@value(frozen=True, kw_only=True)
class Topic(Record):
    """A programme, award, platform, named work, place, campaign, dispute or subject."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str
    organization: str | None = None
    summary: str | None = None


@value(frozen=True, kw_only=True)
class Milestone(Record):
    """A dated step in the life of an instrument, topic, organization or event."""

    subject: str
    date: str
    summary: str
    quantity: Quantity | None = None
    note: str | None = None


DIRECT = "direct"
"""The claim ``speech`` value of a quotation, the person's own words (`speech.py` proves it
whole against the article)."""


@value(frozen=True, kw_only=True)
class Claim(Record):
    """A notable statement or position, by a person or organization."""

    summary: str
    person: str | None = None
    organization: str | None = None
    event: str | None = None
    subjects: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    date: str | None = None
    quantity: Quantity | None = None
    note: str | None = None
    speech: str | None = None


_CLASSES = {cls.__name__: cls for cls in Record.__subclasses__()}
KIND_CLASSES: Mapping[str, type[Record]] = MappingProxyType(
    {kind.name: _CLASSES[kind.model] for kind in KINDS}
)
"""Every record kind's class, in the order of `kinds.KINDS` (documented, counted, exported)."""


@value(frozen=True)
class FactBase:
    """A validated fact base: every record by kind and id."""

    path: str
    schema_version: int
    records: Mapping[str, Mapping[str, Record]]

    def kind(self, kind: str) -> Mapping[str, Record]:
        """All records of one kind, by id, in file order."""
        return self.records.get(kind, MappingProxyType({}))

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        return {k: len(self.kind(k)) for k in KIND_CLASSES}

    @property
    def sources(self) -> Mapping[str, Source]:
        """Source articles by id."""
        return self.kind("source")  # type: ignore[return-value]

    @property
    def people(self) -> Mapping[str, Person]:
        """People by id."""
        return self.kind("person")  # type: ignore[return-value]

    @property
    def roles(self) -> Mapping[str, Role]:
        """Roles by id."""
        return self.kind("role")  # type: ignore[return-value]

    @property
    def observations(self) -> Mapping[str, Observation]:
        """Observations by id."""
        return self.kind("observation")  # type: ignore[return-value]
