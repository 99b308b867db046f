"""Plain frozen views of lookup results: what the JSON and table formatters both show."""

from __future__ import annotations

from collections.abc import Sequence

from cfacts.frozen import value


@value(frozen=True)
class SourceRef:
    """Where a fact comes from: the article and the verbatim quote.

    ``title`` is our wording; ``headline`` the article's own, verbatim, when it has one.
    """

    source: str
    file: str
    title: str
    date: str
    quote: str
    headline: str | None = None

    @property
    def cited_title(self) -> str:
        """The title a citation shows: the article's own headline, else our title."""
        return self.headline or self.title


@value(frozen=True)
class Amount:
    """A quantity as shown: normalized value or range, unit, hedge and wording."""

    value: float | None
    low: float | None
    high: float | None
    unit: str
    qualifier: str
    as_written: str
    period: str | None = None


@value(frozen=True)
class Ref:
    """A link to another record by id, with its display name."""

    type: str
    id: str
    name: str


@value(frozen=True)
class EventRef(Ref):
    """An event on an organization's card, and which of its units organized or attended it
    (None: the organization itself)."""

    unit: Ref | None = None


@value(frozen=True)
class TitleView:
    """One title a person held, and where (None: no organization named)."""

    title: str
    organization: Ref | None


@value(frozen=True)
class RoleView:
    """A title held at an organization, as of a date."""

    person: Ref
    title: str
    organization: Ref | None
    as_of: str
    note: str | None
    source: SourceRef
    unit: Ref | None = None  # on an organization's card: the unit it is held at (None: itself)


@value(frozen=True)
class AppearanceView:
    """A person's part in an event and what they said (our summary)."""

    person: Ref
    event: Ref
    date: str | None
    city: str | None
    capacity: str
    title: str | None
    organization: Ref | None
    summary: str
    topics: tuple[str, ...]
    source: SourceRef
    titles: tuple[TitleView, ...] = ()  # every title held then: `title`'s role first


@value(frozen=True)
class Change:
    """How an observation differs from the one before it in its series, and since when.

    ``value`` is in percentage points for a statistic measured in percent (7.35% to 7.41% is
    +0.06 points), else the relative change in percent (8.48 to 9.38 trillion is +10.6%).
    """

    since: str  # the period of the observation it is measured from
    value: float  # rounded as ``text`` shows it
    unit: str  # "percentage_points" or "percent"
    approximate: bool  # either figure is hedged ("more than", "nearly", a range)
    text: str  # "+0.06 points since 2017", "~+10.6% since 2021"


@value(frozen=True)
class ObservationView:
    """One sourced value of a statistic, with the change from the previous one."""

    statistic: Ref
    period: str | None
    amount: Amount
    change: Change | None
    reported_by: Ref | None
    event: Ref | None
    note: str | None
    source: SourceRef
    unit: Ref | None = None  # on an organization's card: the unit it is about (None: itself)
    reported: str | None = None  # as reported in: the article gives no period (period None)

    @property
    def period_text(self) -> str:
        """The period as shown: the period, or "as reported DATE" when the article gives none."""
        return self.period or f"as reported {self.reported or 'undated'}"


@value(frozen=True)
class ClaimView:
    """A notable statement or position."""

    id: str
    summary: str
    person: Ref | None
    organization: Ref | None
    event: Ref | None
    date: str | None
    topics: tuple[str, ...]
    amount: Amount | None
    source: SourceRef
    unit: Ref | None = None  # on an organization's card: the unit it is by or about (None: itself)
    note: str | None = None  # our remark, such as that the year of its date is inferred
    speech: str | None = None  # "direct": ``words`` are the person's own, quoted whole
    words: str | None = None  # the quotation, verbatim, when the claim is direct speech
    subjects: tuple[Ref, ...] = ()  # the instruments, topics, organizations or events it is about


@value(frozen=True)
class MilestoneView:
    """A dated step in the life of an instrument, topic or organization."""

    subject: Ref
    date: str
    summary: str
    amount: Amount | None
    note: str | None
    source: SourceRef


@value(frozen=True)
class PersonCard:
    """Everything known about a person."""

    aliases: tuple[str, ...]
    honorific: str | None
    description: str | None
    roles: tuple[RoleView, ...]
    appearances: tuple[AppearanceView, ...]
    reported: tuple[ObservationView, ...]
    claims: tuple[ClaimView, ...]


@value(frozen=True)
class OrganizationCard:
    """Everything known about an organization."""

    abbreviations: tuple[str, ...]
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    city: str | None
    description: str | None
    parent: Ref | None
    units: tuple[Ref, ...]
    people: tuple[RoleView, ...]
    events_organized: tuple[EventRef, ...]
    events_attended: tuple[EventRef, ...]
    statistics: tuple[ObservationView, ...]
    claims: tuple[ClaimView, ...]
    milestones: tuple[MilestoneView, ...]


@value(frozen=True)
class EventCard:
    """An event: when, where, who organized it, who spoke and what they said."""

    kind: str
    aliases: tuple[str, ...]
    start: str | None
    end: str | None
    date_note: str | None
    city: str | None
    country: str | None
    organizers: tuple[Ref, ...]
    participants: tuple[Ref, ...]
    attendance: Amount | None
    represented: tuple[str, ...]
    summary: str | None
    during: Ref | None
    side_events: tuple[Ref, ...]
    speakers: tuple[AppearanceView, ...]
    statistics: tuple[ObservationView, ...]
    claims: tuple[ClaimView, ...]


@value(frozen=True)
class StatisticCard:
    """A statistic and its series of observations."""

    label: str
    subject: str
    unit: str
    organization: Ref | None
    aliases: tuple[str, ...]
    description: str | None
    observations: tuple[ObservationView, ...]


@value(frozen=True)
class SubjectCard:
    """A treaty, agreement, programme, award, platform, work, place or campaign."""

    kind: str
    aliases: tuple[str, ...]
    summary: str | None
    related: tuple[Ref, ...]
    milestones: tuple[MilestoneView, ...]
    claims: tuple[ClaimView, ...]


@value(frozen=True)
class SourceCard:
    """A source article and how many facts it backs."""

    file: str
    title: str
    headline: str | None
    publisher: str
    publisher_basis: str
    date: str
    date_basis: str
    date_note: str | None
    summary: str | None
    facts: int


FactView = RoleView | AppearanceView | ObservationView | ClaimView | MilestoneView
"""The view of a record that is one fact; the same view a card nests (a claim on a person's)."""

Card = (
    PersonCard
    | OrganizationCard
    | EventCard
    | StatisticCard
    | SubjectCard
    | SourceCard
    | RoleView
    | AppearanceView
    | ObservationView
    | ClaimView
    | MilestoneView
)
"""What a result shows of its record: one view per record kind, wherever the result appears."""


@value(frozen=True)
class Result:
    """One record found by a query, with what it matched on and its sources."""

    type: str
    id: str
    name: str
    score: float
    matched_field: str
    matched_text: str
    card: Card
    sources: tuple[SourceRef, ...]
    description: str | None = None  # our one line on who or what it is, built from its data


@value(frozen=True)
class Understanding:
    """How `ask` read a question: the lookup it chose, the entity and year it recognized."""

    question: str
    command: str | None
    query: str | None
    entity: Ref | None
    year: int | None
    cues: tuple[str, ...]
    equivalent: str | None  # the command line that gives the same answer


NEAR_CUE = "closest: not said in these words:"
"""How an answer whose facts miss a few of the question's words says so (`Answerer._near`),
in `understood.cues` and in its heading."""


@value(frozen=True)
class AnswerLine:
    """One fact that answers a question (`ask`): a line in our words, the record it comes
    from, its source with the verbatim quote, and for a number its value and period."""

    text: str
    kind: str
    id: str
    source: SourceRef
    value: Amount | None = None
    period: str | None = None


@value(frozen=True)
class Outcome:
    """The answer to one command: its results, best first, and whether they are ambiguous."""

    command: str
    query: str | None
    results: tuple[Result, ...]
    ambiguous: bool = False
    suggestions: tuple[str, ...] = ()
    understood: Understanding | None = None
    total: int | None = None  # search: how many matched, of which `results` holds the first
    why_empty: str | None = None  # what to say instead of "no match" (a year with no value)
    tries: tuple[str, ...] = ()  # no match: other lookups that find the query ("cfacts org X")
    answer: tuple[AnswerLine, ...] = ()  # ask: the facts that answer the question, best first


def card_date(card: Card) -> str | None:
    """The date a record's view places it at (a timeline's order): an event's start, a role's
    as-of date, an appearance's event date, an observation's period (else when it was
    reported), a milestone's, claim's or article's date; None for the records that are not
    dated (a person, an organization, a statistic, a treaty or topic)."""
    if isinstance(card, EventCard):
        return card.start
    if isinstance(card, RoleView):
        return card.as_of
    if isinstance(card, ObservationView):
        return card.period or card.reported
    if isinstance(card, (AppearanceView, MilestoneView, ClaimView, SourceCard)):
        return card.date
    return None


def card_links(card: Card) -> tuple[Ref, ...]:
    """The records a fact's view links to, as a timeline lists them: an event's organizers, a
    role's person and organization, a statement's speaker, organization, event and subjects."""
    found: list[Ref | None] = []
    if isinstance(card, EventCard):
        found = [*card.organizers]
    elif isinstance(card, RoleView):
        found = [card.person, card.organization]
    elif isinstance(card, AppearanceView):
        found = [card.person, card.event]
    elif isinstance(card, ObservationView):
        found = [card.statistic, card.reported_by]
    elif isinstance(card, ClaimView):
        found = [card.person, card.organization, card.event, *card.subjects]
    elif isinstance(card, MilestoneView):
        found = [card.subject]
    return tuple(r for r in found if r is not None)


def titles_text(titles: Sequence[TitleView]) -> str:
    """Titles joined per organization: 'Vice President and Deputy General Counsel, Tencent';
    'Vice Chairman, China Popular Music Association; Lyricist and Director'."""
    groups: dict[Ref | None, list[str]] = {}
    for held in titles:
        groups.setdefault(held.organization, []).append(held.title)
    parts = []
    for organization, names in groups.items():
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        parts.append(f"{joined}, {organization.name}" if organization else joined)
    return "; ".join(parts)


def amount_text(value: Amount) -> str:
    """The normalized value: '7.41 percent', '9-12 percent', '> 14,000 members'."""
    signs = {
        "exact": "",
        "approximately": "~",
        "more_than": "> ",
        "at_least": ">= ",
        "nearly": "< ",
        "up_to": "<= ",
        "less_than": "< ",
    }

    def num(x: float | None) -> str:
        if x is None:
            return "?"
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")

    if value.qualifier == "range":
        body = f"{num(value.low)}-{num(value.high)}"
    else:
        body = signs.get(value.qualifier, "") + num(value.value)
    return f"{body} {value.unit}"
