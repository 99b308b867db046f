"""The timeline: every dated fact in date order, whole, about one entity or about a topic.

Dated facts are events (start), roles (the date they are reported as of), appearances (their
event's date), observations (period), milestones and dated claims. Partial dates sort before
fuller ones of the same period ("2019" < "2019-12" < "2019-12-02").

A year, or ``--year``, ``--from`` and ``--to`` (inclusive partial dates), keep the facts whose
date overlaps the range asked for: "2023" and "2023-10" are in ``--from 2023-06``; an event,
and what was said at it, counts from its first day to its last. A topic (a topic record with
its aliases, or a keyword of statements' and speeches' ``topics``) is followed through the
records that name it in their topics or summaries, and those that link to its record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from cfacts.errors import QueryError
from cfacts.factbase.kinds import LINK_FIELDS
from cfacts.factbase.model import (
    Appearance,
    Claim,
    Event,
    Observation,
    Record,
    Statistic,
    Topic,
)
from cfacts.factbase.schema import DATE_RE
from cfacts.finding.lookup import ENTITY_KINDS, Lookup, clean_query
from cfacts.finding.matching import EXACT, Match
from cfacts.finding.views import Outcome, Result
from cfacts.frozen import replace, value
from cfacts.textnorm import fold

DATED_KINDS = ("event", "appearance", "role", "observation", "milestone", "claim")
ORDER = {kind: i for i, kind in enumerate(DATED_KINDS)}
YEAR_QUERY = re.compile(r"\d{4}")
"""A query that is a year means the year filter (`timeline 2023`)."""
ACRONYM_MAX = 5
"""Upper-case terms up to this long (AI, 5G, WIPO) are matched case-sensitively as words, so
"AI" does not find a name such as "Ai"; other terms are matched folded, as whole words."""
DATE_FORMS = "use YYYY, YYYY-MM or YYYY-MM-DD"


@value(frozen=True)
class Why:
    """Why a record is on a timeline: the field and text that tie it to the query."""

    field: str
    text: str
    score: float = EXACT


@value(frozen=True)
class Window:
    """The dates a timeline keeps, both ends included; None leaves an end open.

    ``low`` and ``high`` are full dates (``YYYY-MM-DD``; a month's end is written ``-31``,
    which orders the same); ``since`` and ``until`` are the partial dates they come from.
    """

    low: str | None
    high: str | None
    since: str | None
    until: str | None

    def holds(self, low: str, high: str) -> bool:
        """Whether the dates from ``low`` to ``high`` overlap the window."""
        return (self.high is None or low <= self.high) and (self.low is None or high >= self.low)

    @property
    def text(self) -> str:
        """The window in words: '2023', 'from 2019 to 2021-06', 'from 2024 on', 'up to 2011'."""
        if self.since is not None and self.since == self.until:
            return self.since
        if self.since is not None and self.until is not None:
            return f"from {self.since} to {self.until}"
        if self.since is not None:
            return f"from {self.since} on"
        return f"up to {self.until}"


@value(frozen=True)
class Dated:
    """A record placed on the timeline: its date, and the dates it spans (for the window)."""

    date: str
    kind: str
    record: Record
    why: Why | None  # None: on the whole timeline, matched by its date
    low: str
    high: str


@value(frozen=True)
class _Bound:
    """One thing asked of the dates: its words (for errors) and the range it allows."""

    asked: str
    low: str | None
    high: str | None
    since: str | None
    until: str | None


def window(
    year: int | None = None, since: str | None = None, until: str | None = None
) -> Window | None:
    """The window ``--year``, ``--from`` and ``--to`` ask for (None: none asked); QueryError
    for a date that is not one or a window no date fits."""
    return _narrowed(_bounds(year, since, until))


def timeline(
    lookup: Lookup,
    query: str | None = None,
    *,
    year: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> Outcome:
    """Every dated fact in order, within the window asked for; with a query, only those about
    the entity or topic it names (a year as the query is the year's window)."""
    bounds = _bounds(year, since, until)
    query = None if query is None else clean_query(query)
    if query is not None and YEAR_QUERY.fullmatch(query):
        bounds.append(_year(int(query), f"timeline {query}"))
    scope = _narrowed(bounds)
    if query is None or YEAR_QUERY.fullmatch(query):
        found = ((kind, r, None) for kind in DATED_KINDS for r in lookup.store.all(kind))
        return _answer(lookup, query, found, scope, None)
    matches = lookup.ranked(ENTITY_KINDS, query)
    chosen, ambiguous = lookup.choose(matches)  # a parent's name: not its units too
    if not (chosen and chosen[0].score >= EXACT):
        keywords = _keywords(lookup, query)
        if keywords:  # a topic the statements name, e.g. "blockchain": before a fuzzy name
            return _answer(lookup, query, _mentioning(lookup, keywords, EXACT), scope, query)
    if not chosen:
        return Outcome("timeline", query, (), False, lookup.suggest(ENTITY_KINDS, query))
    if ambiguous:
        results = tuple(lookup.cards.result(m.kind, m.id, m) for m in chosen)
        return Outcome("timeline", query, results, True)
    return _answer(lookup, query, _about(lookup, chosen[0]), scope, query)


def _bounds(year: int | None, since: str | None, until: str | None) -> list[_Bound]:
    """What the options ask of the dates, each checked (QueryError for one that is no date)."""
    bounds: list[_Bound] = []
    if year is not None:
        bounds.append(_year(year, f"--year {year}"))
    if since is not None:
        low, _ = _partial("--from", since)
        bounds.append(_Bound(f"--from {since}", low, None, since, None))
    if until is not None:
        _, high = _partial("--to", until)
        bounds.append(_Bound(f"--to {until}", None, high, None, until))
    return bounds


def _year(year: int, asked: str) -> _Bound:
    if not 1 <= year <= 9999:
        raise QueryError(f"{asked}: not a year; use YYYY, from 0001 to 9999")
    text = f"{year:04d}"
    return _Bound(asked, f"{text}-01-01", f"{text}-12-31", text, text)


def _partial(flag: str, text: str) -> tuple[str, str]:
    """The first and last day of a partial date given as an option (QueryError if it is not)."""
    match = DATE_RE.match(text)
    if match is None:
        raise QueryError(f"{flag} {text!r} is not a date; {DATE_FORMS}")
    year, month, day = match.groups()
    import datetime

    try:  # a zero year, month or day is impossible, not a missing part
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise QueryError(
            f"{flag} {text!r} is no such date; months are 01-12, days as many as the month has"
        ) from None
    return _span_of(text)


def _span_of(date: str) -> tuple[str, str]:
    """The first and last day a partial date stands for ("2023-06" -> 2023-06-01, 2023-06-31)."""
    match = DATE_RE.match(date)
    if match is None:  # not a date the loader accepts: itself, at both ends
        return date, date
    year, month, day = match.groups()
    return f"{year}-{month or '01'}-{day or '01'}", f"{year}-{month or '12'}-{day or '31'}"


def _narrowed(bounds: Sequence[_Bound]) -> Window | None:
    """The window every bound allows (None when there are none); QueryError if it is empty."""
    if not bounds:
        return None
    lows = [b for b in bounds if b.low is not None]
    highs = [b for b in bounds if b.high is not None]
    low = max(lows, key=lambda b: b.low or "") if lows else None
    high = min(highs, key=lambda b: b.high or "") if highs else None
    if low is not None and high is not None and (low.low or "") > (high.high or ""):
        raise QueryError(f"no date fits both {low.asked} and {high.asked}; the range is empty")
    return Window(
        low.low if low else None,
        high.high if high else None,
        low.since if low else None,
        high.until if high else None,
    )


def _answer(
    lookup: Lookup,
    query: str | None,
    found: Iterable[tuple[str, Record, Why | None]],
    scope: Window | None,
    about: str | None,
) -> Outcome:
    """The timeline of the records found, kept to ``scope``; when it is empty, why."""
    dated = _dated(lookup, found)
    kept = [d for d in dated if scope is None or scope.holds(d.low, d.high)]
    results = tuple(_entry(lookup, d) for d in kept)
    if results:
        return Outcome("timeline", query, results)
    return Outcome("timeline", query, (), why_empty=_nothing(dated, scope, about))


def _nothing(dated: Sequence[Dated], scope: Window | None, about: str | None) -> str:
    """Why a timeline is empty: 'nothing dated 2030; the fact base covers 2012-2025'."""
    if not dated:
        return f"nothing dated about {about!r}" if about else "nothing is dated in the fact base"
    years = sorted(d.date[:4] for d in dated)
    covers = years[0] if years[0] == years[-1] else f"{years[0]}-{years[-1]}"
    when = scope.text if scope is not None else ""
    if about is None:
        return f"nothing dated {when}; the fact base covers {covers}"
    return f"nothing about {about!r} dated {when}; its timeline covers {covers}"


def _about(lookup: Lookup, target: Match) -> Iterator[tuple[str, Record, Why | None]]:
    """The dated records that are, or point at, the target entity (one hop for statistics);
    for a topic, also those that name it (its name or an alias) in their topics or summary."""
    store = lookup.store
    why = Why(target.field, target.text, target.score)
    own = store.get(target.kind, target.id)
    if own is not None and target.kind in DATED_KINDS:
        yield target.kind, own, why
    ids = {target.id}
    if target.kind == "organization":
        ids |= {s.id for s in lookup.rel.statistics_of(target.id)}
    for kind in DATED_KINDS:
        for field in LINK_FIELDS.get(kind, ()):
            for rid in sorted(ids):
                for record in store.related(kind, field, rid):
                    yield kind, record, why
    if isinstance(own, Topic):
        yield from _mentioning(lookup, (own.name, *own.aliases), target.score)


def _keywords(lookup: Lookup, query: str) -> tuple[str, ...]:
    """The statements' and speeches' topics that are the query, as they are written."""
    folded = fold(query)
    found: set[str] = set()
    for kind in ("claim", "appearance"):
        for record in lookup.store.all(kind):
            if isinstance(record, (Claim, Appearance)):
                found |= {topic for topic in record.topics if fold(topic) == folded}
    return tuple(sorted(found))


def _finder(term: str) -> Callable[[str], bool] | None:
    """A test of whether a text names ``term`` as whole words (None: a term with no words)."""
    if term.isupper() and len(term) <= ACRONYM_MAX and " " not in term:
        pattern = re.compile(rf"(?<![^\W_]){re.escape(term)}(?![^\W_])")
        return lambda text: pattern.search(text) is not None
    phrase = fold(term)
    if not phrase:
        return None
    return lambda text: f" {phrase} " in f" {fold(text)} "


def _mentioning(
    lookup: Lookup, terms: Sequence[str], score: float
) -> Iterator[tuple[str, Record, Why | None]]:
    """The dated records whose topics or summary name one of ``terms``."""
    finders = [f for f in (_finder(term) for term in terms) if f is not None]
    if not finders:
        return
    for kind in DATED_KINDS:
        for record in lookup.store.all(kind):
            topics = record.topics if isinstance(record, (Claim, Appearance)) else ()
            topic = next((t for t in topics if any(f(t) for f in finders)), None)
            if topic is not None:
                yield kind, record, Why("topic", topic, score)
                continue
            summary = getattr(record, "summary", None)
            if isinstance(summary, str) and any(f(summary) for f in finders):
                yield kind, record, Why("summary", summary, score)


def _dated(lookup: Lookup, found: Iterable[tuple[str, Record, Why | None]]) -> list[Dated]:
    """The records that have a date, each once (the first reason found), in timeline order."""
    seen: set[tuple[str, str]] = set()
    dated: list[Dated] = []
    for kind, record, why in found:
        date = lookup.rel.date(record)
        if date and (kind, record.id) not in seen:
            seen.add((kind, record.id))
            low, high = _span_of(date)
            end = _end_of(lookup, record)
            if end is not None and end > date:
                _, high = _span_of(end)
            dated.append(Dated(date, kind, record, why, low, high))
    dated.sort(key=lambda d: (d.date, ORDER[d.kind], d.record.id))
    return dated


def _end_of(lookup: Lookup, record: Record) -> str | None:
    """The last day of an event, also for what was said at it (None: none given)."""
    if isinstance(record, Appearance):
        event = lookup.rel.event(record.event)
        return event.end if event else None
    return record.end if isinstance(record, Event) else None


def _entry(lookup: Lookup, dated: Dated) -> Result:
    """One timeline entry: the record's result (its view, as every command shows it), named by
    what happened in one line of our words, citing the record's own first source."""
    record, date = dated.record, dated.date
    why = dated.why or Why("date", date)
    match = Match(dated.kind, record.id, why.score, why.field, why.text)
    found = lookup.cards.result(dated.kind, record.id, match)
    sources = tuple(lookup.cards.source_ref(ev) for ev in record.evidence[:1])
    return replace(found, name=_line(lookup, record, found), sources=sources)


def _line(lookup: Lookup, record: Record, found: Result) -> str:
    """What happened, in one line: an event's name, place and end; a statistic's value; else
    the result's own line (a role's title, what was said)."""
    if isinstance(record, Event):
        where = ", ".join(p for p in (record.city, record.country) if p)
        text = record.name + (f" ({where})" if where else "")
        if record.end and record.end != record.start:
            text += f", until {record.end}"
        return text
    if isinstance(record, Observation):
        statistic = lookup.store.get("statistic", record.statistic)
        label = statistic.label if isinstance(statistic, Statistic) else record.statistic
        return f"{label}: {record.value.as_written}"
    return found.description or found.name
