"""The timeline: every dated fact in date order, optionally narrowed to one entity.

Dated facts are events (start), roles (the date they are reported as of), appearances (their
event's date), observations (period), milestones and dated claims. Partial dates sort before
fuller ones of the same period ("2019" < "2019-12" < "2019-12-02").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from cfacts.factbase.kinds import LINK_FIELDS
from cfacts.factbase.model import (
    Appearance,
    Claim,
    Event,
    Milestone,
    Observation,
    Record,
    Role,
    Statistic,
)
from cfacts.finding.lookup import ENTITY_KINDS, Lookup, clean_query
from cfacts.finding.matching import Match, select
from cfacts.finding.views import FactCard, Outcome, Result

DATED_KINDS = ("event", "appearance", "role", "observation", "milestone", "claim")
ORDER = {kind: i for i, kind in enumerate(DATED_KINDS)}


def date_of(lookup: Lookup, kind: str, record: Record) -> str | None:
    """The date a record is placed at on the timeline, or None if it has none."""
    if isinstance(record, Event):
        return record.start
    if isinstance(record, Role):
        return record.as_of
    if isinstance(record, Appearance):
        event = lookup.rel.event(record.event)
        return event.start if event else None
    if isinstance(record, Observation):
        return record.period
    if isinstance(record, (Milestone, Claim)):
        return record.date
    return None


def timeline(lookup: Lookup, query: str | None = None) -> Outcome:
    """Every dated fact in order; with a query, only those about the entity it names."""
    if query is None:
        records = [(kind, r) for kind in DATED_KINDS for r in lookup.store.all(kind)]
        return Outcome("timeline", None, _entries(lookup, records, None))
    query = clean_query(query)
    matches = lookup.ranked(ENTITY_KINDS, query)
    chosen, ambiguous = select(matches)
    if not chosen:
        return Outcome("timeline", query, (), False, lookup.suggest(ENTITY_KINDS, query))
    if ambiguous:
        results = tuple(lookup.cards.result(m.kind, m.id, m) for m in chosen)
        return Outcome("timeline", query, results, True)
    target = chosen[0]
    records = list(_about(lookup, target))
    return Outcome("timeline", query, _entries(lookup, records, target))


def _about(lookup: Lookup, target: Match) -> Iterator[tuple[str, Record]]:
    """The dated records that are, or point at, the target entity (one hop for statistics)."""
    store = lookup.store
    own = store.get(target.kind, target.id)
    if own is not None and target.kind in DATED_KINDS:
        yield target.kind, own
    ids = {target.id}
    if target.kind == "organization":
        ids |= {s.id for s in lookup.rel.statistics_of(target.id)}
    for kind in DATED_KINDS:
        for field in LINK_FIELDS.get(kind, ()):
            for rid in ids:
                for record in store.related(kind, field, rid):
                    yield kind, record


def _entries(
    lookup: Lookup, records: Iterable[tuple[str, Record]], target: Match | None
) -> tuple[Result, ...]:
    seen: set[tuple[str, str]] = set()
    dated: list[tuple[str, int, str, str, Record]] = []
    for kind, record in records:
        date = date_of(lookup, kind, record)
        if date and (kind, record.id) not in seen:
            seen.add((kind, record.id))
            dated.append((date, ORDER[kind], record.id, kind, record))
    dated.sort(key=lambda entry: entry[:3])
    return tuple(_entry(lookup, kind, record, date, target) for date, _, _, kind, record in dated)


def _entry(lookup: Lookup, kind: str, record: Record, date: str, target: Match | None) -> Result:
    """One timeline entry: what happened, in our words, with its links and source."""
    cards = lookup.cards
    if isinstance(record, Event):
        where = ", ".join(p for p in (record.city, record.country) if p)
        text = record.name + (f" ({where})" if where else "")
        if record.end and record.end != record.start:
            text += f", until {record.end}"
        refs = tuple(r for r in (cards.ref("organization", o) for o in record.organizers) if r)
        card = FactCard(text, date, refs)
    else:
        card = cards.fact_card(record)
        if isinstance(record, Observation):
            statistic = lookup.store.get("statistic", record.statistic)
            label = statistic.label if isinstance(statistic, Statistic) else record.statistic
            card = FactCard(f"{label}: {record.value.as_written}", date, card.related)
        else:
            card = FactCard(card.text, date, card.related)
    matched = (target.field, target.text) if target else ("date", date)
    return Result(
        kind,
        record.id,
        card.text,
        target.score if target else 100.0,
        matched[0],
        matched[1],
        card,
        tuple(cards.source_ref(ev) for ev in record.evidence[:1]),
    )
