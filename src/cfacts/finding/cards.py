"""Builds what a lookup shows of a record: its card, the views inside it and its full result."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cfacts.factbase.model import (
    Appearance,
    Claim,
    Event,
    Evidence,
    Instrument,
    Milestone,
    Observation,
    Organization,
    Person,
    Quantity,
    Record,
    Role,
    Source,
    Statistic,
    Topic,
)
from cfacts.finding.matching import EXACT, Match
from cfacts.finding.relations import Relations
from cfacts.finding.views import (
    Amount,
    AppearanceView,
    Card,
    Change,
    ClaimView,
    EventCard,
    EventRef,
    FactView,
    MilestoneView,
    ObservationView,
    OrganizationCard,
    Outcome,
    PersonCard,
    Ref,
    Result,
    RoleView,
    SourceCard,
    SourceRef,
    StatisticCard,
    SubjectCard,
    TitleView,
    titles_text,
)
from cfacts.frozen import replace
from cfacts.textnorm import vocabulary_words as words

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from cfacts.index.store import Store


def amount(quantity: Quantity, period: str | None = None) -> Amount:
    """The view of a quantity."""
    return Amount(
        quantity.value,
        quantity.low,
        quantity.high,
        quantity.unit,
        quantity.qualifier,
        quantity.as_written,
        period,
    )


def change(previous: Observation | None, current: Quantity) -> Change | None:
    """Change from an earlier observation, and since when: points for percentages, else a
    relative change in percent."""
    if previous is None:
        return None
    before = previous.value
    approximate = not before.qualifier == current.qualifier == "exact"
    approx = "~" if approximate else ""
    since = previous.when
    if current.unit == "percent":
        points = round(current.magnitude - before.magnitude, 2) + 0.0  # never -0.00
        text = f"{approx}{points:+.2f} points since {since}"
        return Change(since, points, "percentage_points", approximate, text)
    if before.magnitude == 0:
        return None
    percent = round((current.magnitude / before.magnitude - 1) * 100, 1) + 0.0
    return Change(since, percent, "percent", approximate, f"{approx}{percent:+.1f}% since {since}")


class Cards:
    """The views of the records of one store: names, links, cards and results."""

    def __init__(self, store: Store, rel: Relations) -> None:
        self.store = store
        self.rel = rel

    def display_name(self, kind: str, rid: str) -> str:
        """The name a record is shown by."""
        record = self.store.get(kind, rid)
        if record is None:
            return rid
        if isinstance(record, Statistic):
            return record.label
        if isinstance(record, Source):
            return record.title
        if isinstance(record, Role):
            return f"{self.display_name('person', record.person)}, {record.title}"
        if isinstance(record, Appearance):
            who = self.display_name("person", record.person)
            return f"{who} at {self.display_name('event', record.event)}"
        if isinstance(record, Observation):
            return f"{self.display_name('statistic', record.statistic)}, {record.period_text}"
        if isinstance(record, Milestone):
            return f"{self._subject_name(record.subject)}, {record.date}"
        if isinstance(record, Claim):
            # Named by who made it, unless our summary already says so.
            by = self.ref("person", record.person) or self.ref("organization", record.organization)
            if by is None or by.name in record.summary:
                return record.summary
            return f"{by.name}: {record.summary}"
        name = getattr(record, "name", None)
        return name if isinstance(name, str) else rid

    def ref(self, kind: str, rid: str | None) -> Ref | None:
        """A link to a record, or None."""
        return Ref(kind, rid, self.display_name(kind, rid)) if rid else None

    def _kind_of(self, rid: str, kinds: Sequence[str]) -> str:
        return next((k for k in kinds if self.store.get(k, rid) is not None), kinds[0])

    def _subject_ref(self, rid: str) -> Ref:
        kind = self._kind_of(rid, ("instrument", "topic", "organization", "event"))
        return Ref(kind, rid, self.display_name(kind, rid))

    def _subject_name(self, rid: str) -> str:
        return self._subject_ref(rid).name

    def source_ref(self, evidence: Evidence) -> SourceRef:
        """The view of one piece of evidence."""
        source = self.store.get("source", evidence.source)
        if not isinstance(source, Source):
            return SourceRef(evidence.source, "", "", "", evidence.quote)
        return SourceRef(
            source.id, source.file, source.title, source.date, evidence.quote, source.headline
        )

    def primary(self, record: Record) -> SourceRef:
        """The primary source of a record."""
        return self.source_ref(record.evidence[0])

    def role_view(self, role: Role) -> RoleView:
        """The view of a role."""
        person = self.ref("person", role.person)
        assert person is not None
        return RoleView(
            person,
            role.title,
            self.ref("organization", role.organization),
            role.as_of,
            role.note,
            self.primary(role),
        )

    def appearance_view(self, appearance: Appearance) -> AppearanceView:
        """The view of an appearance, with the titles held at the time."""
        event = self.rel.event(appearance.event)
        roles = self.rel.roles_for(appearance)
        role = roles[0] if roles else None
        person = self.ref("person", appearance.person)
        event_ref = self.ref("event", appearance.event)
        assert person is not None and event_ref is not None
        return AppearanceView(
            person,
            event_ref,
            event.start if event else None,
            event.city if event else None,
            appearance.capacity,
            role.title if role else None,
            self.ref("organization", role.organization) if role else None,
            appearance.summary,
            appearance.topics,
            self.primary(appearance),
            self.titles(roles),
        )

    def titles(self, roles: Iterable[Role]) -> tuple[TitleView, ...]:
        """The titles of roles, each with its organization."""
        return tuple(TitleView(r.title, self.ref("organization", r.organization)) for r in roles)

    def observation_views(self, observations: Iterable[Observation]) -> tuple[ObservationView, ...]:
        """Views of observations, each with the change from the previous one of its series."""
        views = []
        for obs in observations:
            series = self.rel.series(obs.statistic)
            position = series.index(obs) if obs in series else 0
            # a value the article gives no period for is no base for a change, nor has one
            earlier = [
                o for o in series[:position] if o.period and obs.period and o.period < obs.period
            ]
            previous = earlier[-1] if earlier else None
            stat = self.ref("statistic", obs.statistic)
            assert stat is not None
            views.append(
                ObservationView(
                    stat,
                    obs.period,
                    amount(obs.value, obs.period),
                    change(previous, obs.value),
                    self.ref("person", obs.reported_by),
                    self.ref("event", obs.event),
                    obs.note,
                    self.primary(obs),
                    reported=obs.reported,
                )
            )
        return tuple(views)

    def claim_view(self, claim: Claim) -> ClaimView:
        """The view of a claim."""
        return ClaimView(
            claim.id,
            claim.summary,
            self.ref("person", claim.person),
            self.ref("organization", claim.organization),
            self.ref("event", claim.event),
            claim.date,
            claim.topics,
            amount(claim.quantity) if claim.quantity else None,
            self.primary(claim),
            note=claim.note,
            speech=claim.speech,
            words=" ".join(claim.evidence[0].spans) if claim.speech == "direct" else None,
            subjects=tuple(self._subject_ref(s) for s in claim.subjects),
        )

    def milestone_view(self, milestone: Milestone) -> MilestoneView:
        """The view of a milestone."""
        return MilestoneView(
            self._subject_ref(milestone.subject),
            milestone.date,
            milestone.summary,
            amount(milestone.quantity) if milestone.quantity else None,
            milestone.note,
            self.primary(milestone),
        )

    # -- cards -------------------------------------------------------------------------------

    def card(self, kind: str, rid: str) -> tuple[Card, list[Evidence]]:
        """The card of a record and every piece of evidence behind what it shows."""
        record = self.store.get(kind, rid)
        assert record is not None, f"{kind} {rid} vanished"
        card, cited = self._card(record)
        evidence: list[Evidence] = list(record.evidence)
        for other in cited:
            evidence.extend(other.evidence)
        return card, evidence

    def _card(self, record: Record) -> tuple[Card, list[Record]]:
        """A record's card and the other records whose facts it shows."""
        if isinstance(record, Person):
            return self._person_card(record)
        if isinstance(record, Organization):
            return self._organization_card(record)
        if isinstance(record, Event):
            return self._event_card(record)
        if isinstance(record, Statistic):
            observations = self.rel.series(record.id)
            return StatisticCard(
                record.label,
                record.subject,
                record.unit,
                self.ref("organization", record.organization),
                record.aliases,
                record.description,
                self.observation_views(observations),
            ), [*observations]
        if isinstance(record, (Instrument, Topic)):
            return self._subject_card(record)
        if isinstance(record, Source):
            return self._source_card(record), []
        return self.fact_view(record), []

    def fact_view(self, record: Record) -> FactView:
        """The view of a role, appearance, observation, claim or milestone: the one its kind
        has wherever it is shown (a result, or an item of another record's card)."""
        if isinstance(record, Role):
            return self.role_view(record)
        if isinstance(record, Appearance):
            return self.appearance_view(record)
        if isinstance(record, Observation):
            return self.observation_views((record,))[0]
        if isinstance(record, Claim):
            return self.claim_view(record)
        assert isinstance(record, Milestone), f"no view for {type(record).__name__}"
        return self.milestone_view(record)

    def _person_card(self, person: Person) -> tuple[PersonCard, list[Record]]:
        rid = person.id
        roles = self.rel.roles_of_person(rid)
        appearances = self.rel.appearances_of_person(rid)
        reported = self.rel.reported_by(rid)
        claims = self.rel.claims(rid)
        return PersonCard(
            person.aliases,
            person.honorific,
            person.description,
            tuple(self.role_view(r) for r in roles),
            tuple(self.appearance_view(a) for a in appearances),
            self.observation_views(reported),
            tuple(self.claim_view(c) for c in claims),
        ), [*roles, *appearances, *reported, *claims]

    def _organization_card(self, org: Organization) -> tuple[OrganizationCard, list[Record]]:
        rid = org.id
        units = [self.ref("organization", c.id) for c in self.rel.units(rid)]
        # The organization's own people, events, statistics and statements, then those of its
        # units (and their units), each row naming the unit it comes from (None: its own).
        members: list[tuple[str, Ref | None]] = [(rid, None)]
        members += [(u.id, self.ref("organization", u.id)) for u in self.rel.descendants(rid)]
        roles: list[tuple[Role, Ref | None]] = []
        organized: dict[str, tuple[Event, Ref | None]] = {}
        observations: list[tuple[Observation, Ref | None]] = []
        claims: dict[str, tuple[Claim, Ref | None]] = {}
        for member, unit in members:
            roles += [(role, unit) for role in self.rel.roles_at(member)]
            for event in self.rel.organized(member):
                organized.setdefault(event.id, (event, unit))
            for statistic in self.rel.statistics_of(member):
                observations += [(o, unit) for o in self.rel.series(statistic.id)]
            for claim in self.rel.claims(member):
                claims.setdefault(claim.id, (claim, unit))
        attended: dict[str, Ref | None] = {}
        for member, unit in members:
            for event in self.rel.participated(member):
                if event.id not in organized:
                    attended.setdefault(event.id, unit)
        for role, unit in roles:
            for appearance in self.rel.appearances_of_person(role.person):
                if appearance.event not in organized and self.rel.role_for(appearance) == role:
                    attended.setdefault(appearance.event, unit)
        milestones = self.rel.milestones(rid)
        events = sorted(organized.values(), key=lambda pair: pair[0].start or "")
        statistics = self.observation_views(o for o, _ in observations)
        return OrganizationCard(
            org.abbreviations,
            org.aliases,
            org.kind,
            org.country,
            org.city,
            org.description,
            self.ref("organization", org.parent),
            tuple(u for u in units if u),
            tuple(replace(self.role_view(r), unit=unit) for r, unit in roles),
            tuple(EventRef("event", e.id, e.name, unit) for e, unit in events),
            tuple(
                EventRef("event", e, self.display_name("event", e), unit)
                for e, unit in attended.items()
            ),
            tuple(
                replace(view, unit=unit)
                for view, (_, unit) in zip(statistics, observations, strict=True)
            ),
            tuple(replace(self.claim_view(c), unit=unit) for c, unit in claims.values()),
            tuple(self.milestone_view(m) for m in milestones),
        ), [
            *(r for r, _ in roles),
            *(o for o, _ in observations),
            *(c for c, _ in claims.values()),
            *milestones,
        ]

    def _event_card(self, event: Event) -> tuple[EventCard, list[Record]]:
        rid = event.id
        speakers = self.rel.speakers(rid)
        observations = self.rel.reported_at(rid)
        claims = self.rel.claims(rid)
        return EventCard(
            event.kind,
            event.aliases,
            event.start,
            event.end,
            event.date_note,
            event.city,
            event.country,
            tuple(r for r in (self.ref("organization", o) for o in event.organizers) if r),
            tuple(r for r in (self.ref("organization", o) for o in event.participants) if r),
            amount(event.attendance) if event.attendance else None,
            event.represented,
            event.summary,
            self.ref("event", event.during) if event.during else None,
            tuple(r for r in (self.ref("event", e.id) for e in self.rel.side_events(rid)) if r),
            tuple(self.appearance_view(a) for a in speakers),
            self.observation_views(observations),
            tuple(self.claim_view(c) for c in claims),
        ), [*speakers, *observations, *claims]

    def _subject_card(self, record: Instrument | Topic) -> tuple[SubjectCard, list[Record]]:
        milestones = self.rel.milestones(record.id)
        claims = self.rel.claims(record.id)
        related = (
            record.parties
            if isinstance(record, Instrument)
            else ((record.organization,) if record.organization else ())
        )
        return SubjectCard(
            record.kind,
            record.aliases,
            record.summary,
            tuple(r for r in (self.ref("organization", o) for o in related) if r),
            tuple(self.milestone_view(m) for m in milestones),
            tuple(self.claim_view(c) for c in claims),
        ), [*milestones, *claims]

    def _source_card(self, source: Source) -> SourceCard:
        return SourceCard(
            source.file,
            source.title,
            source.headline,
            source.publisher,
            source.publisher_basis,
            source.date,
            source.date_basis,
            source.date_note,
            source.summary,
            self.store.facts_per_source().get(source.id, 0),
        )

    def result(self, kind: str, rid: str, match: Match | None = None) -> Result:
        """A full result for one record."""
        card, evidence = self.card(kind, rid)
        seen: dict[tuple[str, str], None] = {}
        for ev in evidence:
            seen.setdefault((ev.source, ev.quote))
        return Result(
            kind,
            rid,
            self.display_name(kind, rid),
            match.score if match else EXACT,
            match.field if match else "id",
            match.text if match else rid,
            card,
            tuple(self.source_ref(Evidence(s, q)) for s, q in seen),
            describe(card),
        )


def describe(card: Card) -> str | None:
    """Our one line on who or what a record is, built from its card: a person's latest titles
    and organizations, an organization's kind, place and parent, an event's kind, date and
    place, a statistic's subject and unit, a treaty's kind, an article's publisher and date; for
    one fact, the fact in one line (a role's title, what was said, a value as written)."""
    parts: list[str | None] = []
    if isinstance(card, PersonCard):
        if not card.roles:
            return card.description
        latest = card.roles[-1].as_of
        return titles_text(
            [TitleView(r.title, r.organization) for r in card.roles if r.as_of == latest]
        )
    if isinstance(card, OrganizationCard):
        place = ", ".join(x for x in (card.city, card.country) if x)
        kind = words(card.kind) if card.kind != "other" else ""
        what = " in ".join(x for x in (kind, place) if x)
        part_of = f"part of {card.parent.name}" if card.parent else ""
        return "; ".join(x for x in (what, part_of) if x) or None
    if isinstance(card, EventCard):
        where = card.city or card.country
        parts = [words(card.kind) + (f" in {where}" if where else ""), card.start]
    elif isinstance(card, StatisticCard):
        parts = [card.subject, f"unit: {card.unit}"]
    elif isinstance(card, SubjectCard):
        parts = [words(card.kind)]
    elif isinstance(card, SourceCard):
        parts = [card.publisher, card.date]
    elif isinstance(card, RoleView):
        return f"{card.title} ({card.note})" if card.note else card.title
    elif isinstance(card, AppearanceView):
        return f"{card.capacity}: {card.summary}"
    elif isinstance(card, ObservationView):
        return card.amount.as_written
    elif isinstance(card, (ClaimView, MilestoneView)):
        return card.summary
    return ", ".join(p for p in parts if p) or None


def filter_series(outcome: Outcome, *, year: int | None, latest: bool) -> Outcome:
    """Narrow each statistic's observations to a year and/or the latest one."""
    if year is None and not latest:
        return outcome
    results = []
    for result in outcome.results:
        card = result.card
        if not isinstance(card, StatisticCard):
            results.append(result)
            continue
        observations = card.observations
        if year is not None:
            observations = tuple(o for o in observations if (o.period or "")[:4] == f"{year:04d}")
        if latest:
            observations = observations[-1:]
        if not observations:
            continue
        keep = {(o.source.source, o.source.quote) for o in observations}
        sources = tuple(s for s in result.sources if (s.source, s.quote) in keep)
        results.append(
            replace(result, card=replace(card, observations=observations), sources=sources)
        )
    if results or not outcome.results or year is None:
        return replace(outcome, results=tuple(results))
    return replace(outcome, results=(), why_empty=_years_note(outcome, year))


def _years_note(outcome: Outcome, year: int) -> str:
    """Why a year filter left nothing: which periods the statistics found do have."""
    cards = [(r.id, r.card) for r in outcome.results if isinstance(r.card, StatisticCard)]
    periods = {
        rid: list(dict.fromkeys(o.period_text for o in card.observations)) for rid, card in cards
    }
    if outcome.query is None:  # a value as reported (no period) is no year's
        years = sorted({p[:4] for found in periods.values() for p in found if p[:1].isdigit()})
        return f"no statistic has a value for {year}; values are for {', '.join(years)}"

    def has(rid: str) -> str:
        return f"it has {', '.join(periods[rid])}" if periods[rid] else "it has no values"

    if len(periods) == 1:
        (rid,) = periods
        return f"{rid} has no value for {year}; {has(rid)}"
    each = "; ".join(f"{rid}: {', '.join(found) or 'none'}" for rid, found in periods.items())
    return f"no statistic matching {outcome.query!r} has a value for {year} ({each})"
