"""Turns lookup outcomes into rich renderables: tables with numbered source footnotes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from cfacts.finding.views import (
    AppearanceView,
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
    amount_text,
)
from cfacts.sanitize import clean
from cfacts.textnorm import vocabulary_words as label

BAR_WIDTH = 10
CARD_IN_SEARCH = frozenset({"instrument", "topic"})
CARD_SCORE = 90.0
MIN_WIDTH = {"Title \u00b7 file \u00b7 publisher": 24}
NO_WRAP = frozenset({"Src", "As of", "Period", "Score", "Facts", "Change"})


def t(value: object, style: str = "") -> Text:
    """Data as plain text: never parsed as markup, control characters made visible."""
    return Text(clean("" if value is None else str(value)), style=style)


class Footnotes:
    """Numbers sources as [1], [2], ... and lists them, with quotes, under the tables."""

    def __init__(self) -> None:
        self._refs: dict[tuple[str, str], int] = {}
        self._order: list[SourceRef] = []

    def mark(self, ref: SourceRef) -> Text:
        """The footnote marker for a source, allocating it if new."""
        key = (ref.source, ref.quote)
        if key not in self._refs:
            self._order.append(ref)
            self._refs[key] = len(self._order)
        return t(f"[{self._refs[key]}]", "cyan")

    def render(self) -> RenderableType | None:
        """The footnote list, or None when nothing was cited."""
        if not self._order:
            return None
        table = Table(box=None, show_header=False, padding=(0, 1), expand=False)
        table.add_column(no_wrap=True, style="cyan")
        table.add_column(overflow="fold")
        for number, ref in enumerate(self._order, start=1):
            line = t(f"{ref.source} ({ref.file}, {ref.date}): ", "dim")
            line.append_text(t(f"\u201c{ref.quote}\u201d"))
            table.add_row(f"[{number}]", line)
        return Group(Text("Sources", style="bold"), table)


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"


def _table(title: str, *columns: str) -> Table:
    table = Table(
        title=t(title, "bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=False,
    )
    for column in columns:
        table.add_column(
            t(column), overflow="fold", no_wrap=column in NO_WRAP, min_width=MIN_WIDTH.get(column)
        )
    return table


def _ref(ref: Ref | None) -> Text:
    return t(ref.name if ref else "")


def _bar(value: float, top: float) -> str:
    if top <= 0:
        return ""
    eighths = round(max(value, 0) / top * BAR_WIDTH * 8)
    full, rest = divmod(eighths, 8)
    return "\u2588" * full + ("" if not rest else chr(0x2590 - rest))


def _header(result: Result, notes: Footnotes, subtitle: str | None = None) -> Text:
    text = t(result.name, "bold")
    text.append_text(t(f"  {result.type} \u00b7 {result.id} ", "dim"))
    if result.sources:
        text.append_text(notes.mark(result.sources[0]))
    if subtitle:
        text.append_text(t("\n" + subtitle))
    return text


def _facts_grid(rows: Iterable[tuple[str, str | None]]) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for key, value in rows:
        if value:
            grid.add_row(t(key), t(value))
    return grid


def _roles(roles: Sequence[RoleView], notes: Footnotes, *, by_person: bool) -> Table:
    first = "Person" if by_person else "Organization"
    table = _table("People" if by_person else "Roles", first, "Title", "As of", "Src")
    for role in roles:
        title = role.title + (f" ({role.note})" if role.note else "")
        table.add_row(
            _ref(role.person if by_person else role.organization),
            t(title),
            t(role.as_of),
            notes.mark(role.source),
        )
    return table


def _appearances(rows: Sequence[AppearanceView], notes: Footnotes, *, speakers: bool) -> Table:
    if speakers:
        table = _table("Speakers", "Person", "Title then", "Capacity", "What they said", "Src")
    else:
        table = _table("Appearances", "Event", "Date", "Capacity", "What they said", "Src")
    for a in rows:
        title = ", ".join(x for x in (a.title, a.organization.name if a.organization else "") if x)
        first = (a.person.name, title) if speakers else (a.event.name, a.date or "")
        table.add_row(
            t(first[0]), t(first[1]), t(label(a.capacity)), t(a.summary), notes.mark(a.source)
        )
    return table


def _observations(
    rows: Sequence[ObservationView], notes: Footnotes, *, series: bool, title: str = "Numbers"
) -> Table:
    if series:
        table = _table(title, "Period", "As written", "Value", "Change", "", "Src")
        top = max((abs(o.amount.high or o.amount.value or 0) for o in rows), default=0)
        for o in rows:
            magnitude = o.amount.value
            if magnitude is None and o.amount.low is not None and o.amount.high is not None:
                magnitude = (o.amount.low + o.amount.high) / 2
            table.add_row(
                t(o.period),
                t(o.amount.as_written),
                t(amount_text(o.amount)),
                t(o.change or ""),
                t(_bar(magnitude or 0, top), "green"),
                notes.mark(o.source),
            )
        return table
    table = _table(title, "Statistic", "Period", "As written", "Src")
    for o in rows:
        table.add_row(_ref(o.statistic), t(o.period), t(o.amount.as_written), notes.mark(o.source))
    return table


def _claims(rows: Sequence[ClaimView], notes: Footnotes, title: str = "Statements") -> Table:
    table = _table(title, "Who", "What (our summary)", "Where", "Src")
    for c in rows:
        who = c.person or c.organization
        table.add_row(_ref(who), t(c.summary), _ref(c.event), notes.mark(c.source))
    return table


def _milestones(rows: Sequence[MilestoneView], notes: Footnotes) -> Table:
    table = _table("Milestones", "Date", "What (our summary)", "Amount", "Src")
    for m in rows:
        table.add_row(
            t(m.date),
            t(m.summary),
            t(m.amount.as_written if m.amount else ""),
            notes.mark(m.source),
        )
    return table


def _refs(title: str, refs: Sequence[Ref]) -> Text:
    text = t(f"{title}: ", "bold")
    text.append_text(t("; ".join(r.name for r in refs)))
    return text


def _card(result: Result, notes: Footnotes) -> list[RenderableType]:
    card = result.card
    parts: list[RenderableType] = []
    if isinstance(card, PersonCard):
        parts.append(_header(result, notes))
        parts.append(
            _facts_grid(
                [
                    ("Honorific", card.honorific),
                    ("Also written", "; ".join(card.aliases)),
                    ("About", card.description),
                ]
            )
        )
        if card.roles:
            parts.append(_roles(card.roles, notes, by_person=False))
        if card.appearances:
            parts.append(_appearances(card.appearances, notes, speakers=False))
        if card.reported:
            parts.append(
                _observations(card.reported, notes, series=False, title="Numbers reported")
            )
        if card.claims:
            parts.append(_claims(card.claims, notes))
    elif isinstance(card, OrganizationCard):
        parts.append(_header(result, notes))
        parts.append(
            _facts_grid(
                [
                    ("Abbreviations", ", ".join(card.abbreviations)),
                    ("Also known as", "; ".join(card.aliases)),
                    ("Kind", label(card.kind)),
                    ("Place", ", ".join(x for x in (card.city, card.country) if x)),
                    ("Part of", card.parent.name if card.parent else None),
                    ("Units", "; ".join(u.name for u in card.units)),
                    ("About", card.description),
                ]
            )
        )
        if card.people:
            parts.append(_roles(card.people, notes, by_person=True))
        if card.events_organized:
            parts.append(_refs("Events organized", card.events_organized))
        if card.events_attended:
            parts.append(_refs("Events its people attended", card.events_attended))
        if card.statistics:
            parts.append(_observations(card.statistics, notes, series=False, title="Statistics"))
        if card.milestones:
            parts.append(_milestones(card.milestones, notes))
        if card.claims:
            parts.append(_claims(card.claims, notes))
    elif isinstance(card, EventCard):
        parts.append(_header(result, notes))
        dates = card.start or ""
        if card.end and card.end != card.start:
            dates = f"{dates} to {card.end}"
        parts.append(
            _facts_grid(
                [
                    ("Kind", label(card.kind)),
                    ("Dates", dates),
                    ("Date note", card.date_note),
                    ("Place", ", ".join(x for x in (card.city, card.country) if x)),
                    ("Organizers", "; ".join(o.name for o in card.organizers)),
                    ("Attendance", card.attendance.as_written if card.attendance else None),
                    ("Represented", ", ".join(card.represented)),
                    ("Also known as", "; ".join(card.aliases)),
                    ("About", card.summary),
                ]
            )
        )
        if card.speakers:
            parts.append(_appearances(card.speakers, notes, speakers=True))
        if card.statistics:
            parts.append(_observations(card.statistics, notes, series=False))
        if card.claims:
            parts.append(_claims(card.claims, notes))
    elif isinstance(card, StatisticCard):
        subtitle = f"{card.subject} \u00b7 unit: {card.unit}"
        if card.organization and card.organization.name != card.subject:
            subtitle += f" \u00b7 {card.organization.name}"
        parts.append(_header(result, notes, subtitle))
        if card.description:
            parts.append(t(card.description, "italic"))
        parts.append(_observations(card.observations, notes, series=True, title="Series"))
    elif isinstance(card, SubjectCard):
        parts.append(_header(result, notes, label(card.kind)))
        parts.append(
            _facts_grid(
                [
                    ("Also known as", "; ".join(card.aliases)),
                    ("About", card.summary),
                    ("Parties", "; ".join(r.name for r in card.related)),
                ]
            )
        )
        if card.milestones:
            parts.append(_milestones(card.milestones, notes))
        if card.claims:
            parts.append(_claims(card.claims, notes))
    elif isinstance(card, FactCard):
        parts.append(_header(result, notes))
        parts.append(t(card.text))
    elif isinstance(card, SourceCard):
        parts.append(_header(result, notes))
    return parts


def candidates(outcome: Outcome, notes: Footnotes) -> Table:
    """The table of several close matches."""
    table = _table(
        f"{len(outcome.results)} matches for \u201c{outcome.query}\u201d",
        "Name",
        "Type",
        "Id",
        "Matched on",
        "Score",
        "Src",
    )
    for r in outcome.results:
        table.add_row(
            t(r.name),
            t(r.type),
            t(r.id),
            t(f"{r.matched_field}: {r.matched_text}"),
            t(f"{r.score:g}"),
            notes.mark(r.sources[0]) if r.sources else t(""),
        )
    return table


def search_table(outcome: Outcome, notes: Footnotes) -> Table:
    """Search hits, best first, with what each matched on."""
    table = _table(
        f"{_count(len(outcome.results), 'result')} for \u201c{outcome.query}\u201d",
        "Type",
        "Name",
        "Matched on",
        "Score",
        "Src",
    )
    for r in outcome.results:
        snippet = r.matched_text if len(r.matched_text) <= 90 else r.matched_text[:87] + "..."
        table.add_row(
            t(r.type),
            t(r.name),
            t(f"{r.matched_field}: {snippet}"),
            t(f"{r.score:g}"),
            notes.mark(r.sources[0]) if r.sources else t(""),
        )
    return table


def statistics_table(outcome: Outcome, notes: Footnotes) -> Table:
    """Every statistic with its latest value."""
    table = _table("Statistics", "Slug", "Label", "Latest", "Period", "Points", "Src")
    for r in outcome.results:
        card = r.card
        assert isinstance(card, StatisticCard)
        latest = card.observations[-1] if card.observations else None
        table.add_row(
            t(r.id),
            t(card.label),
            t(latest.amount.as_written if latest else ""),
            t(latest.period if latest else ""),
            t(len(card.observations)),
            notes.mark(latest.source) if latest else t(""),
        )
    return table


def sources_table(outcome: Outcome) -> Table:
    """The source articles with how many facts each backs."""
    table = _table("Sources", "Id", "Date", "Title \u00b7 file \u00b7 publisher", "Facts")
    for r in outcome.results:
        card = r.card
        assert isinstance(card, SourceCard)
        date = card.date + (" (inferred)" if card.date_basis == "inferred" else "")
        publisher = card.publisher
        if publisher == "unknown":
            publisher = "publisher not named"
        elif card.publisher_basis == "inferred":
            publisher += " (inferred)"
        title = t(card.title)
        title.append_text(t(f"\n{card.file} \u00b7 {publisher}", "dim"))
        table.add_row(t(r.id), t(date), title, t(card.facts))
    return table


def timeline_table(outcome: Outcome, notes: Footnotes) -> Table:
    """Dated facts in order, each with what it links to and its source."""
    title = "Timeline" + (f" for \u201c{outcome.query}\u201d" if outcome.query else "")
    table = _table(f"{title} ({_count(len(outcome.results), 'entry')})", "Date", "Type", "What",
                   "Related", "Src")  # fmt: skip
    for r in outcome.results:
        card = r.card
        assert isinstance(card, FactCard)
        names = [ref.name for ref in card.related]
        related = ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
        table.add_row(
            t(card.date or ""),
            t(label(r.type)),
            t(card.text),
            t(related, "dim"),
            notes.mark(r.sources[0]) if r.sources else t(""),
        )
    return table


def render(outcome: Outcome, *, listing: bool = False) -> RenderableType:
    """The whole answer to a command as one renderable."""
    notes = Footnotes()
    parts: list[RenderableType] = []
    if outcome.command == "sources":
        parts.append(sources_table(outcome))
    elif outcome.command == "search":
        top = outcome.results[0] if outcome.results else None
        if top is not None and top.type in CARD_IN_SEARCH and top.score >= CARD_SCORE:
            # Treaties, programmes and the like have no command of their own: show the card.
            parts.extend(_card(top, notes))
            parts.append(Text(""))
        parts.append(search_table(outcome, notes))
    elif outcome.command == "timeline" and not outcome.ambiguous:
        parts.append(timeline_table(outcome, notes))
    elif listing:
        parts.append(statistics_table(outcome, notes))
    elif outcome.ambiguous:
        parts.append(candidates(outcome, notes))
    else:
        for result in outcome.results:
            parts.extend(_card(result, notes))
            parts.append(Text(""))
    footnotes = notes.render()
    if footnotes is not None:
        parts.append(footnotes)
    return Group(*parts)
