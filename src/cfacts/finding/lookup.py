"""Answers the lookup commands: finds the records a query names, then shows them (`cards`).

Finding is exact names first (from the store's index of word-sorted keys), else fuzzy ranking
(`matching`); events also by their facets, and search by every text of every record. Close
matches are all returned and flagged ambiguous; a query that finds nothing gets suggestions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cfacts.errors import QueryError
from cfacts.factbase.model import KIND_CLASSES, Event, Organization, Record, Source, Statistic
from cfacts.finding.cards import Cards
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
from cfacts.finding.views import Outcome
from cfacts.index.names import NAME_KINDS, sorted_key
from cfacts.sanitize import shell_quoted
from cfacts.textnorm import fold, name_key, vocabulary_words

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from cfacts.index.store import Store

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
ALTERNATIVES = {"who": ("org", "event"), "org": ("who", "event"), "event": ("who", "org")}
"""The other lookups tried, in order, when one finds nothing (`who MCSC` -> `cfacts org MCSC`)."""


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


class Lookup:
    """Query engine over one fact base: finds records, and shows them through `cards`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.rel = Relations(self.store)
        self.cards = Cards(self.store, self.rel)
        self._matchers: dict[tuple[str, ...], Matcher] = {}

    # -- finding records -----------------------------------------------------------------------

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
        chosen, ambiguous = self.choose(matches)
        results = tuple(self.cards.result(m.kind, m.id, m) for m in chosen)
        suggestions = () if results else self.suggest(kinds, query)
        tries = () if results else self.tries(command, query)
        return Outcome(command, query, results, ambiguous, suggestions, tries=tries)

    def choose(self, matches: Sequence[Match]) -> tuple[list[Match], bool]:
        """`select`, then an organization's units leave an ambiguity when the organization
        itself (or a parent further up) is in it and scores at least as well: a unit's name
        usually holds its parent's ("General Manager Office of China Central Television
        Group"), so a query that names the parent matches the units too, and means the parent.
        """
        chosen, ambiguous = select(matches)
        if not ambiguous:
            return chosen, ambiguous
        scores = {m.id: m.score for m in chosen if m.kind == "organization"}

        def outranked(match: Match) -> bool:
            return match.kind == "organization" and any(
                scores.get(parent, -1.0) >= match.score for parent in self.rel.ancestors(match.id)
            )

        kept = [m for m in chosen if not outranked(m)]
        return kept, len(kept) > 1

    def tries(self, command: str, query: str) -> tuple[str, ...]:
        """Other lookups that find what a query names, for one that found nothing: `who MCSC`
        gives `cfacts org MCSC`, `org "Liu Hua"` gives `cfacts who 'Liu Hua'`."""

        return tuple(
            f"cfacts {other} {shell_quoted(query)}"
            for other in ALTERNATIVES.get(command, ())
            if self._finds(other, query)
        )

    def _finds(self, command: str, query: str) -> bool:
        """Whether `command` (who, org or event) finds anything for the query."""
        if command == "who":
            return bool(self.ranked(PEOPLE, query))
        if command == "org":
            return bool(self.ranked(ORGANIZATIONS, query))
        words = name_key(query).split()
        return bool(self.ranked(EVENTS, query)) or any(
            self._facet_match(e, words) is not None for e in self._events()
        )

    def suggest(self, kinds: Sequence[str], query: str) -> tuple[str, ...]:
        """Did-you-mean names for a query that found nothing."""
        names = (self.cards.display_name(m.kind, m.id) for m in self.matcher(kinds).suggest(query))
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
            return Outcome(
                "event", query, tuple(self.cards.result(m.kind, m.id, m) for m in chosen)
            )
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
        return Outcome("event", query, tuple(self.cards.result(m.kind, m.id, m) for m in ranked))

    def _facet_match(self, event: Event, words: Sequence[str]) -> Match | None:
        """A match when every query word names one of the event's facets."""
        facets: list[tuple[str, str]] = [
            ("name", event.name),
            ("kind", vocabulary_words(event.kind)),
        ]
        facets += [("alias", a) for a in event.aliases]
        where = (("city", event.city), ("region", event.region), ("country", event.country))
        facets += [(f, v) for f, v in where if v]
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
            results = tuple(
                self.cards.result("statistic", s.id) for s in self.store.all("statistic")
            )
            return Outcome("stat", None, results)
        query = clean_query(query)
        if self.store.get("statistic", query) is not None:
            return Outcome("stat", query, (self.cards.result("statistic", query),))
        return self._outcome("stat", query, STATISTICS, self.ranked(STATISTICS, query))

    def sources(self) -> Outcome:
        """Every source article, oldest first."""
        sources = [s for s in self.store.all("source") if isinstance(s, Source)]
        sources.sort(key=lambda s: (s.date, s.id))
        return Outcome("sources", None, tuple(self.cards.result("source", s.id) for s in sources))

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
        results = tuple(self.cards.result(m.kind, m.id, m) for m in ranked[:limit])
        suggestions = () if results else self.suggest(ENTITY_KINDS, query)
        return Outcome("search", query, results, False, suggestions, total=len(ranked))

    @staticmethod
    def _texts(record: Record) -> Iterable[tuple[str, str]]:
        for field in ("name", "label", "title", "summary", "description", "city", "region"):
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
