"""Flattens an answer into rows with fixed columns, for the CSV, JSON Lines and Markdown formats.

`stat` answers give one row per observation (OBSERVATION_COLUMNS); `who`, `org` and `event`
one row per item their card holds (ITEM_COLUMNS: a person's roles and appearances, an
organization's people, an event's speakers); `ask` one row per fact of its answer
(ANSWER_COLUMNS); every other command one row per result (RESULT_COLUMNS). Each row cites
the source of the fact it shows. The columns are part of the documented output contract.
"""

from __future__ import annotations

from typing import Literal

from cfacts.finding.views import (
    AnswerLine,
    AppearanceView,
    EventCard,
    FactView,
    ObservationView,
    OrganizationCard,
    Outcome,
    PersonCard,
    Result,
    RoleView,
    SourceCard,
    SourceRef,
    StatisticCard,
    SubjectCard,
    TitleView,
    amount_text,
    card_date,
    titles_text,
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

ITEM_COLUMNS = (
    "result",
    "item",
    "name",
    "title",
    "organization",
    "event",
    "date",
    "capacity",
    "summary",
    "source",
    "source_title",
    "source_date",
    "source_file",
    "quote",
)
"""One row per item of a person's, organization's or event's card (`who`, `org`, `event`):
``result`` is the id of the card's record; ``item`` is ``role`` (a title held: ``name`` holds
it at ``organization`` as of ``date``, ``summary`` is its note) or ``appearance`` (``name``
took part in ``event`` on ``date`` as ``capacity``, with the ``organization`` and every
``title`` held then, and ``summary`` is what they said, in our words). A card with no such
items, and each candidate of an ambiguous answer, is one row whose ``item`` is the record's
type and ``summary`` says what it is. Every row cites the source of the fact it shows."""

ANSWER_COLUMNS = (
    "rank",
    "text",
    "kind",
    "id",
    "qualifier",
    "value",
    "low",
    "high",
    "unit",
    "as_written",
    "period",
    "source",
    "source_title",
    "source_date",
    "source_file",
    "quote",
)
"""One row per fact of an `ask` answer, best first (``rank`` 1 is the best): ``text`` is our
line, ``kind`` and ``id`` the record it comes from, the quantity as stored for a number (as in
OBSERVATION_COLUMNS) and its ``period``, and the source with its verbatim quote. A question the
fact base cannot answer has no rows (and exits 1)."""

Layout = Literal["observation", "item", "answer", "result"]
ITEM_COMMANDS = frozenset({"who", "org", "event"})


def layout(outcome: Outcome) -> Layout:
    """What an answer's rows are: observations (`stat`), card items (`who`, `org`, `event`),
    the facts of an answer (`ask`) or results (every other command)."""
    if outcome.understood is not None:
        return "answer"
    if outcome.command == "stat":
        return "observation"
    return "item" if outcome.command in ITEM_COMMANDS else "result"


def columns(outcome: Outcome) -> tuple[str, ...]:
    """The columns of an answer's rows."""
    return {
        "observation": OBSERVATION_COLUMNS,
        "item": ITEM_COLUMNS,
        "answer": ANSWER_COLUMNS,
    }.get(layout(outcome), RESULT_COLUMNS)


def rows(outcome: Outcome) -> list[Row]:
    """The answer as flat rows, in the order the table shows them."""
    kind = layout(outcome)
    if kind == "observation":
        return [
            observation_row(o)
            for r in outcome.results
            if isinstance(r.card, StatisticCard)
            for o in r.card.observations
        ]
    if kind == "answer":
        return [answer_row(rank, line) for rank, line in enumerate(outcome.answer, 1)]
    if kind == "item":
        if outcome.ambiguous:
            return [record_row(r) for r in outcome.results]
        return [row for r in outcome.results for row in item_rows(r)]
    return [result_row(r) for r in outcome.results]


def answer_row(rank: int, line: AnswerLine) -> Row:
    """One fact of an `ask` answer: our line, its record, the number as stored, its source."""
    amount = line.value
    row: Row = {
        "rank": rank,
        "text": line.text,
        "kind": line.kind,
        "id": line.id,
        "qualifier": amount.qualifier if amount else None,
        "value": amount.value if amount else None,
        "low": amount.low if amount else None,
        "high": amount.high if amount else None,
        "unit": amount.unit if amount else None,
        "as_written": amount.as_written if amount else None,
        "period": line.period,
    }
    row.update(_source_cells(line.source))
    return row


def item_rows(r: Result) -> list[Row]:
    """The rows of one card: its roles and appearances, people or speakers (in the order the
    table shows them); a card with none is one row about the record itself."""
    card = r.card
    found: list[Row] = []
    if isinstance(card, PersonCard):
        found += [role_row(r.id, role) for role in card.roles]
        found += [appearance_row(r.id, a) for a in card.appearances]
    elif isinstance(card, OrganizationCard):
        found += [role_row(r.id, role) for role in card.people]
    elif isinstance(card, EventCard):
        found += [appearance_row(r.id, a) for a in card.speakers]
    return found or [record_row(r)]


def _item(result: str, item: str, name: str, source: SourceRef | None, **cells: str | None) -> Row:
    row: Row = {column: None for column in ITEM_COLUMNS}
    row.update(result=result, item=item, name=name, **cells)
    row.update(_source_cells(source))
    return row


def _source_cells(source: SourceRef | None) -> Row:
    return {
        "source": source.source if source else None,
        "source_title": source.cited_title if source else None,
        "source_date": source.date if source else None,
        "source_file": source.file if source else None,
        "quote": source.quote if source else None,
    }


def role_row(result: str, role: RoleView) -> Row:
    """A title someone held, as of a date, with the role's own source."""
    return _item(
        result,
        "role",
        role.person.name,
        role.source,
        title=role.title,
        organization=role.organization.name if role.organization else None,
        date=role.as_of,
        summary=role.note,
    )


def appearance_row(result: str, a: AppearanceView) -> Row:
    """Someone's part in an event, what they said (our summary) and its source."""
    return _item(
        result,
        "appearance",
        a.person.name,
        a.source,
        title=titles_held(a),
        organization=a.organization.name if a.organization else None,
        event=a.event.name,
        date=a.date,
        capacity=a.capacity,
        summary=a.summary,
    )


def titles_held(a: AppearanceView) -> str | None:
    """Every title held at the event, beside the row's organization (as the speakers table
    shows them): those at that organization joined ("Vice President and Deputy General
    Counsel"), then any held elsewhere, each naming its organization."""
    here = [TitleView(x.title, None) for x in a.titles if x.organization == a.organization]
    elsewhere = [x for x in a.titles if x.organization != a.organization]
    text = titles_text(here) if here else a.title
    return "; also ".join(x for x in (text, titles_text(elsewhere)) if x) or None


def record_row(r: Result) -> Row:
    """One row about a record itself: what it is, cited from the fact that says so."""
    summary, date, source = describe(r)
    return _item(r.id, r.type, r.name, source, date=date, summary=summary)


def observation_row(o: ObservationView) -> Row:
    """One observation as a row."""
    a = o.amount
    return {
        "statistic": o.statistic.id,
        "label": o.statistic.name,
        "period": o.period_text,
        "value": a.value,
        "low": a.low,
        "high": a.high,
        "unit": a.unit,
        "qualifier": a.qualifier,
        "as_written": a.as_written,
        "normalized": amount_text(a),
        "change": o.change.text if o.change else None,
        "reported_by": o.reported_by.name if o.reported_by else None,
        "source": o.source.source,
        "source_title": o.source.cited_title,
        "source_date": o.source.date,
        "source_file": o.source.file,
        "quote": o.source.quote,
    }


def result_row(r: Result) -> Row:
    """One result as a row: a one-line summary of its card and the source of that summary."""
    summary, date, source = describe(r)
    return {
        "type": r.type,
        "id": r.id,
        "name": r.name,
        "score": r.score,
        "summary": summary,
        "date": date,
        **_source_cells(source),
    }


def describe(r: Result) -> tuple[str, str | None, SourceRef | None]:
    """A one-line summary of a result in our words, its date when it has one, and the source
    of what it says (a person's latest role, a statistic's latest value, else the record's)."""
    card = r.card
    first = r.sources[0] if r.sources else None
    if isinstance(card, PersonCard):
        if card.roles:
            role = card.roles[-1]
            where = f", {role.organization.name}" if role.organization else ""
            return f"{role.title}{where} (as of {role.as_of})", role.as_of, role.source
        return card.description or "", None, first
    if isinstance(card, OrganizationCard):
        short = f" ({', '.join(card.abbreviations)})" if card.abbreviations else ""
        text = f"{card.kind}{short}" + (f": {card.description}" if card.description else "")
        return text, None, first
    if isinstance(card, EventCard):
        when = card.start or ""
        if card.end and card.end != card.start:
            when += f" to {card.end}"
        place = ", ".join(p for p in (card.city, card.country) if p)
        return ", ".join(p for p in (card.kind, place, when) if p), card.start, first
    if isinstance(card, StatisticCard):
        latest = card.observations[-1] if card.observations else None
        if latest is None:
            return card.label, None, first
        text = f"{card.label}; latest {latest.amount.as_written} ({latest.period_text})"
        return text, latest.period or latest.reported, latest.source
    if isinstance(card, SubjectCard):
        return card.summary or card.kind, None, first
    if isinstance(card, FactView):
        return r.description or r.name, card_date(card), first
    if isinstance(card, SourceCard):
        return f"{card.headline or card.title} ({card.publisher})", card.date, first
    return "", None, first
