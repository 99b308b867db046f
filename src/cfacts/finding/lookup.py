"""Answers the lookup commands: finds records for a query and builds their result views."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cfacts.errors import QueryError
from cfacts.factbase.model import (
    KIND_CLASSES,
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
from cfacts.finding.matching import (
    CUTOFF,
    EXACT,
    Match,
    Matcher,
    part_score,
    select,
    word_hit,
)
from cfacts.finding.relations import Relations
from cfacts.finding.views import (
    Amount,
    AppearanceView,
    Card,
    ClaimView,
    EventCard,
    FactCard,
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
)
from cfacts.frozen import replace
from cfacts.index.names import NAME_KINDS, sorted_key
from cfacts.index.store import Store
from cfacts.textnorm import fold, name_key, vocabulary_words

MAX_QUERY = 1000
SEARCH_PHRASE = 80.0
SEARCH_WORDS = 72.0
EVENT_FACETS = 90.0
ENTITY_KINDS = NAME_KINDS
PEOPLE = ("person",)
ORGANIZATIONS = ("organization",)
EVENTS = ("event",)
STATISTICS = ("statistic",)
SINGULAR = {
    "aliases": "alias",
    "abbreviations": "abbreviation",
    "topics": "topic",
    "represented": "represented",
}
FACT_KINDS = ("claim", "appearance", "observation", "role", "milestone")


def clean_query(query: str) -> str:
    """Reject queries with nothing to match; return the stripped query."""
    stripped = query.strip()
    if not stripped:
        raise QueryError("empty query; give a name, abbreviation or words to look for")
    if len(stripped) > MAX_QUERY:
        raise QueryError(f"query is {len(stripped)} characters; the limit is {MAX_QUERY}")
    if not fold(stripped):
        raise QueryError("query has no letters or digits to match")
    return stripped


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


def change(previous: Quantity | None, current: Quantity) -> str | None:
    """Change from the previous observation: points for percentages, else a relative change."""
    if previous is None:
        return None
    approx = "" if previous.qualifier == current.qualifier == "exact" else "~"
    if current.unit == "percent":
        return f"{approx}{current.magnitude - previous.magnitude:+.2f} pp"
    if previous.magnitude == 0:
        return None
    return f"{approx}{(current.magnitude / previous.magnitude - 1) * 100:+.1f}%"


class Lookup:
    """Query engine over one fact base."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.rel = Relations(self.store)
        self._matchers: dict[tuple[str, ...], Matcher] = {}

    # -- references and small views ------------------------------------------------------------

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
            return f"{self.display_name('statistic', record.statistic)}, {record.period}"
        if isinstance(record, Milestone):
            return f"{self._subject_name(record.subject)}, {record.date}"
        if isinstance(record, Claim):
            return record.summary
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
        return SourceRef(source.id, source.file, source.title, source.date, evidence.quote)

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
        """The view of an appearance, with the title held at the time."""
        event = self.rel.event(appearance.event)
        role = self.rel.role_for(appearance)
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
        )

    def observation_views(self, observations: Iterable[Observation]) -> tuple[ObservationView, ...]:
        """Views of observations, each with the change from the previous one of its series."""
        views = []
        for obs in observations:
            series = self.rel.series(obs.statistic)
            position = series.index(obs) if obs in series else 0
            previous = series[position - 1].value if position > 0 else None
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
        evidence: list[Evidence] = list(record.evidence)

        def cite(records: Iterable[Record]) -> None:
            for r in records:
                evidence.extend(r.evidence)

        if isinstance(record, Person):
            roles = self.rel.roles_of_person(rid)
            appearances = self.rel.appearances_of_person(rid)
            reported = self.rel.reported_by(rid)
            claims = self.rel.claims(rid)
            cite([*roles, *appearances, *reported, *claims])
            return PersonCard(
                record.aliases,
                record.honorific,
                record.description,
                tuple(self.role_view(r) for r in roles),
                tuple(self.appearance_view(a) for a in appearances),
                self.observation_views(reported),
                tuple(self.claim_view(c) for c in claims),
            ), evidence
        if isinstance(record, Organization):
            return self._organization_card(record, cite), evidence
        if isinstance(record, Event):
            speakers = self.rel.speakers(rid)
            observations = self.rel.reported_at(rid)
            claims = self.rel.claims(rid)
            cite([*speakers, *observations, *claims])
            return EventCard(
                record.kind,
                record.aliases,
                record.start,
                record.end,
                record.date_note,
                record.city,
                record.country,
                tuple(r for r in (self.ref("organization", o) for o in record.organizers) if r),
                amount(record.attendance) if record.attendance else None,
                record.represented,
                record.summary,
                tuple(self.appearance_view(a) for a in speakers),
                self.observation_views(observations),
                tuple(self.claim_view(c) for c in claims),
            ), evidence
        if isinstance(record, Statistic):
            observations = self.rel.series(rid)
            cite(observations)
            return StatisticCard(
                record.label,
                record.subject,
                record.unit,
                self.ref("organization", record.organization),
                record.aliases,
                record.description,
                self.observation_views(observations),
            ), evidence
        if isinstance(record, (Instrument, Topic)):
            milestones = self.rel.milestones(rid)
            claims = self.rel.claims(rid)
            cite([*milestones, *claims])
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
            ), evidence
        if isinstance(record, Source):
            return self._source_card(record), evidence
        return self.fact_card(record), evidence

    def _organization_card(self, org: Organization, cite: object) -> OrganizationCard:
        rid = org.id
        units = [self.ref("organization", c.id) for c in self.rel.units(rid)]
        roles = self.rel.roles_at(rid)
        organized = self.rel.organized(rid)
        attended: dict[str, None] = {}
        for role in roles:
            for appearance in self.rel.appearances_of_person(role.person):
                if self.rel.role_for(appearance) == role:
                    attended.setdefault(appearance.event)
        observations = [o for s in self.rel.statistics_of(rid) for o in self.rel.series(s.id)]
        claims = self.rel.claims(rid)
        milestones = self.rel.milestones(rid)
        assert callable(cite)
        cite([*roles, *observations, *claims, *milestones])
        organized_ids = {e.id for e in organized}
        return OrganizationCard(
            org.abbreviations,
            org.aliases,
            org.kind,
            org.country,
            org.city,
            org.description,
            self.ref("organization", org.parent),
            tuple(u for u in units if u),
            tuple(self.role_view(r) for r in roles),
            tuple(Ref("event", e.id, e.name) for e in organized),
            tuple(
                Ref("event", e, self.display_name("event", e))
                for e in attended
                if e not in organized_ids
            ),
            self.observation_views(observations),
            tuple(self.claim_view(c) for c in claims),
            tuple(self.milestone_view(m) for m in milestones),
        )

    def _source_card(self, source: Source) -> SourceCard:
        return SourceCard(
            source.file,
            source.title,
            source.publisher,
            source.publisher_basis,
            source.date,
            source.date_basis,
            source.date_note,
            source.summary,
            self.store.facts_per_source().get(source.id, 0),
        )

    def fact_card(self, record: Record) -> FactCard:
        """A one-line card for a role, appearance, observation, claim or milestone."""
        refs: list[Ref | None] = []
        date: str | None = None
        text = ""
        if isinstance(record, Role):
            refs = [
                self.ref("person", record.person),
                self.ref("organization", record.organization),
            ]
            text, date = (
                f"{record.title} ({record.note})" if record.note else record.title,
                record.as_of,
            )
        elif isinstance(record, Appearance):
            refs = [self.ref("person", record.person), self.ref("event", record.event)]
            text = f"{record.capacity}: {record.summary}"
            event = self.rel.event(record.event)
            date = event.start if event else None
        elif isinstance(record, Observation):
            refs = [self.ref("statistic", record.statistic), self.ref("person", record.reported_by)]
            text, date = record.value.as_written, record.period
        elif isinstance(record, Claim):
            refs = [
                self.ref("person", record.person),
                self.ref("organization", record.organization),
                self.ref("event", record.event),
                *(self._subject_ref(s) for s in record.subjects),
            ]
            text, date = record.summary, record.date
        elif isinstance(record, Milestone):
            refs = [self._subject_ref(record.subject)]
            text, date = record.summary, record.date
        return FactCard(text, date, tuple(r for r in refs if r))

    # -- results -----------------------------------------------------------------------------

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
        )

    def ranked(self, kinds: Sequence[str], query: str) -> list[Match]:
        """Exact hits when there are any (they alone are shown), else fuzzy ranking.

        Exact hits come from the store's index of word-sorted keys, so a lookup by a full
        name never loads every name of a large fact base.
        """
        key = name_key(query)
        hits = self.store.exact_names(kinds, sorted_key(key)) if key else []
        if hits:
            return Matcher(hits).exact(query)
        return self.matcher(kinds).rank(query)

    def _outcome(
        self, command: str, query: str, kinds: Sequence[str], matches: list[Match]
    ) -> Outcome:
        chosen, ambiguous = select(matches)
        results = tuple(self.result(m.kind, m.id, m) for m in chosen)
        suggestions = () if results else self.suggest(kinds, query)
        return Outcome(command, query, results, ambiguous, suggestions)

    def suggest(self, kinds: Sequence[str], query: str) -> tuple[str, ...]:
        """Did-you-mean names for a query that found nothing."""
        names = (self.display_name(m.kind, m.id) for m in self.matcher(kinds).suggest(query))
        return tuple(dict.fromkeys(names))

    def matcher(self, kinds: Sequence[str]) -> Matcher:
        """A matcher over every name of the given kinds (built once per lookup)."""
        key = tuple(kinds)
        if key not in self._matchers:
            self._matchers[key] = Matcher(self.store.names(key))
        return self._matchers[key]

    # -- commands ----------------------------------------------------------------------------

    def who(self, query: str) -> Outcome:
        """People matching a name."""
        query = clean_query(query)
        return self._outcome("who", query, PEOPLE, self.ranked(PEOPLE, query))

    def org(self, query: str) -> Outcome:
        """Organizations matching a name or abbreviation."""
        query = clean_query(query)
        return self._outcome("org", query, ORGANIZATIONS, self.ranked(ORGANIZATIONS, query))

    def event(self, query: str) -> Outcome:
        """Events by name; or, as a filter, every event whose city, kind, year, name or
        organizers account for all the query's words ("Chengdu", "Shanghai 2023")."""
        query = clean_query(query)
        by_name = self.ranked(EVENTS, query)
        chosen, _ = select(by_name)
        if chosen and chosen[0].score >= EXACT:
            return Outcome("event", query, tuple(self.result(m.kind, m.id, m) for m in chosen))
        words = name_key(query).split()
        filtered = {
            m.id: m for m in (self._facet_match(e, words) for e in self._events()) if m is not None
        }
        if not filtered:
            return self._outcome("event", query, EVENTS, by_name)
        for m in chosen:
            if m.id not in filtered or m.score > filtered[m.id].score:
                filtered[m.id] = m
        ranked = sorted(filtered.values(), key=lambda m: (-m.score, *self._event_order(m.id)))
        return Outcome("event", query, tuple(self.result(m.kind, m.id, m) for m in ranked))

    def _facet_match(self, event: Event, words: Sequence[str]) -> Match | None:
        """A match when every query word names one of the event's facets."""
        facets: list[tuple[str, str]] = [
            ("name", event.name),
            ("kind", vocabulary_words(event.kind)),
        ]
        facets += [("alias", a) for a in event.aliases]
        facets += [(f, v) for f, v in (("city", event.city), ("country", event.country)) if v]
        facets += [("year", d[:4]) for d in (event.start, event.end) if d]
        for org_id in event.organizers:
            org = self.store.get("organization", org_id)
            if isinstance(org, Organization):
                facets += [("organizer", x) for x in (org.name, *org.abbreviations)]
        hits: dict[str, str] = {}
        for word in words:
            for field, value in facets:
                if word_hit(word, name_key(value).split()) is not None:
                    hits.setdefault(field, value)
                    break
            else:
                return None
        text = "; ".join(f"{field} {value}" for field, value in hits.items())
        return Match("event", event.id, EVENT_FACETS, "facets", text)

    def _event_order(self, rid: str) -> tuple[int, str]:
        # Among equal scores: events with reported speakers first, then by date.
        event = self.rel.event(rid)
        start = (event.start if event else None) or "9999"
        return (-len(self.rel.speakers(rid)), start)

    def _events(self) -> list[Event]:
        return [e for e in self.store.all("event") if isinstance(e, Event)]

    def stat(self, query: str | None) -> Outcome:
        """A statistic by slug or label; every statistic when there is no query."""
        if query is None:
            results = tuple(self.result("statistic", s.id) for s in self.store.all("statistic"))
            return Outcome("stat", None, results)
        query = clean_query(query)
        if self.store.get("statistic", query) is not None:
            return Outcome("stat", query, (self.result("statistic", query),))
        return self._outcome("stat", query, STATISTICS, self.ranked(STATISTICS, query))

    def sources(self) -> Outcome:
        """Every source article."""
        sources = self.store.all("source")
        return Outcome("sources", None, tuple(self.result("source", s.id) for s in sources))

    def search(self, query: str, limit: int = 20) -> Outcome:
        """Everything that mentions the query: names, labels, summaries, topics and quotes."""
        query = clean_query(query)
        found: dict[tuple[str, str], Match] = {}

        def keep(match: Match) -> None:
            key = (match.kind, match.id)
            if key not in found or match.score > found[key].score:
                found[key] = match

        for match in self.matcher(ENTITY_KINDS).rank(query, cutoff=CUTOFF):
            keep(match)
        phrase = fold(query)
        words = name_key(query)
        for kind in KIND_CLASSES:
            for record in self.store.all(kind):
                for field, text in self._texts(record):
                    folded = fold(text)
                    if phrase and f" {phrase} " in f" {folded} ":
                        keep(Match(kind, record.id, SEARCH_PHRASE, field, text))
                        break
                    if part_score(words, folded):
                        keep(Match(kind, record.id, SEARCH_WORDS, field, text))
        order = {k: i for i, k in enumerate((*ENTITY_KINDS, *FACT_KINDS, "source"))}
        ranked = sorted(found.values(), key=lambda m: (-m.score, order.get(m.kind, 99), m.id))
        results = tuple(self.result(m.kind, m.id, m) for m in ranked[:limit])
        suggestions = () if results else self.suggest(ENTITY_KINDS, query)
        return Outcome("search", query, results, False, suggestions)

    @staticmethod
    def _texts(record: Record) -> Iterable[tuple[str, str]]:
        for field in ("name", "label", "title", "summary", "description", "city"):
            value = getattr(record, field, None)
            if isinstance(value, str) and value:
                yield field, value
        if isinstance(record, Statistic):
            yield "subject", record.subject
        for field in ("aliases", "abbreviations", "topics", "represented"):
            for value in getattr(record, field, ()):
                yield SINGULAR[field], value
        for ev in record.evidence:
            yield "quote", ev.quote


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
            observations = tuple(o for o in observations if o.period[:4] == f"{year:04d}")
        if latest:
            observations = observations[-1:]
        if not observations:
            continue
        keep = {(o.source.source, o.source.quote) for o in observations}
        sources = tuple(s for s in result.sources if (s.source, s.quote) in keep)
        results.append(
            replace(result, card=replace(card, observations=observations), sources=sources)
        )
    return replace(outcome, results=tuple(results))
