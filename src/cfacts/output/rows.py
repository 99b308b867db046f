"""Flattens an answer into rows with fixed columns, for the CSV, JSON Lines and Markdown formats.

`stat` answers give one row per observation (OBSERVATION_COLUMNS); every other command gives
one row per result (RESULT_COLUMNS). The columns are part of the documented output contract.
"""

from __future__ import annotations

from cfacts.finding.views import (
    EventCard,
    FactCard,
    ObservationView,
    OrganizationCard,
    Outcome,
    PersonCard,
    Result,
    SourceCard,
    StatisticCard,
    SubjectCard,
    amount_text,
)

Row = dict[str, str | float | None]

RESULT_COLUMNS = (
    "type",
    "id",
    "name",
    "score",
    "summary",
    "date",
    "source",
    "source_title",
    "source_date",
    "source_file",
    "quote",
)
"""One row per result: what it is, a one-line summary, its date if any, and its first source."""

OBSERVATION_COLUMNS = (
    "statistic",
    "label",
    "period",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "as_written",
    "normalized",
    "change",
    "reported_by",
    "source",
    "source_title",
    "source_date",
    "source_file",
    "quote",
)
"""One row per observation of a statistic: the number as written and normalized, and its source."""


def columns(outcome: Outcome) -> tuple[str, ...]:
    """The columns of an answer's rows."""
    return OBSERVATION_COLUMNS if per_observation(outcome) else RESULT_COLUMNS


def per_observation(outcome: Outcome) -> bool:
    """Whether rows are observations (a `stat` answer) rather than results."""
    return outcome.command == "stat"


def rows(outcome: Outcome) -> list[Row]:
    """The answer as flat rows, in the order the table shows them."""
    if per_observation(outcome):
        return [
            observation_row(o)
            for r in outcome.results
            if isinstance(r.card, StatisticCard)
            for o in r.card.observations
        ]
    return [result_row(r) for r in outcome.results]


def observation_row(o: ObservationView) -> Row:
    """One observation as a row."""
    a = o.amount
    return {
        "statistic": o.statistic.id,
        "label": o.statistic.name,
        "period": o.period,
        "value": a.value,
        "low": a.low,
        "high": a.high,
        "unit": a.unit,
        "qualifier": a.qualifier,
        "as_written": a.as_written,
        "normalized": amount_text(a),
        "change": o.change,
        "reported_by": o.reported_by.name if o.reported_by else None,
        "source": o.source.source,
        "source_title": o.source.title,
        "source_date": o.source.date,
        "source_file": o.source.file,
        "quote": o.source.quote,
    }


def result_row(r: Result) -> Row:
    """One result as a row: a one-line summary of its card and its first source."""
    summary, date = describe(r)
    first = r.sources[0] if r.sources else None
    return {
        "type": r.type,
        "id": r.id,
        "name": r.name,
        "score": r.score,
        "summary": summary,
        "date": date,
        "source": first.source if first else None,
        "source_title": first.title if first else None,
        "source_date": first.date if first else None,
        "source_file": first.file if first else None,
        "quote": first.quote if first else None,
    }


def describe(r: Result) -> tuple[str, str | None]:
    """A one-line summary of a result in our words, and its date when it has one."""
    card = r.card
    if isinstance(card, PersonCard):
        if card.roles:
            role = card.roles[-1]
            where = f", {role.organization.name}" if role.organization else ""
            return f"{role.title}{where} (as of {role.as_of})", role.as_of
        return card.description or "", None
    if isinstance(card, OrganizationCard):
        short = f" ({', '.join(card.abbreviations)})" if card.abbreviations else ""
        return f"{card.kind}{short}" + (f": {card.description}" if card.description else ""), None
    if isinstance(card, EventCard):
        when = card.start or ""
        if card.end and card.end != card.start:
            when += f" to {card.end}"
        place = ", ".join(p for p in (card.city, card.country) if p)
        return ", ".join(p for p in (card.kind, place, when) if p), card.start
    if isinstance(card, StatisticCard):
        latest = card.observations[-1] if card.observations else None
        text = card.label
        if latest is not None:
            text += f"; latest {latest.amount.as_written} ({latest.period})"
        return text, latest.period if latest else None
    if isinstance(card, SubjectCard):
        return card.summary or card.kind, None
    if isinstance(card, FactCard):
        return card.text, card.date
    if isinstance(card, SourceCard):
        return f"{card.title} ({card.publisher})", card.date
    return "", None
