"""Turns lookup outcomes into rich renderables: tables with numbered source footnotes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.table import Table
from rich.text import Text

from cfacts.finding.views import (
    AppearanceView,
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
    amount_text,
    card_date,
    card_links,
    titles_text,
)
from cfacts.output.view import View
from cfacts.sanitize import clean
from cfacts.textnorm import vocabulary_words as label

CARD_IN_SEARCH = frozenset({"instrument", "topic"})
CARD_SCORE = 90.0
MIN_WIDTH = {"Title \u00b7 file \u00b7 publisher": 24}
NO_WRAP = frozenset({"Src", "As of", "Period", "Score", "Facts", "Change"})
SHORT = frozenset({"Date", "Capacity", "As written", "Value"})
"""Columns a condensed table never narrows (with NO_WRAP); the others are cut to one line."""


def t(value: object, style: str = "") -> Text:
    """Data as plain text: never parsed as markup, control characters made visible."""
    return Text(clean("" if value is None else str(value)), style=style)


class Footnotes:
    """Numbers sources [1], [2], ... and lists them under the tables.

    Per quote (``--full``, ``--section``): each row's verbatim quote is its own footnote, in
    quotation marks, as the article's words. Per article (the concise default): rows from the
    same article share one number, and the list names each article once, on one line.
    """

    def __init__(self, *, per_article: bool = False) -> None:
        self.per_article = per_article
        self._refs: dict[tuple[str, str], int] = {}
        self._order: list[SourceRef] = []

    def mark(self, ref: SourceRef) -> Text:
        """The footnote marker for a source, allocating it if new."""
        key = (ref.source, "" if self.per_article else ref.quote)
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
        if self.per_article:
            table.add_column()
            for number, ref in enumerate(self._order, start=1):
                line = t(f"{ref.source} ({ref.file}, {ref.date}) ")
                line.append_text(t(ref.cited_title, "italic"))
                line.no_wrap, line.overflow = True, "ellipsis"
                table.add_row(f"[{number}]", line)
            note = "Sources (quotes: --full)"
        else:
            table.add_column(overflow="fold")
            for number, ref in enumerate(self._order, start=1):
                line = t(f"{ref.source} ({ref.file}, {ref.date}), the article's words: ", "dim")
                line.append_text(t(f"\u201c{ref.quote}\u201d"))
                table.add_row(f"[{number}]", line)
            note = "Sources"
        return Group(Text(note, style="bold"), table)


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"


def _table(title: str, *columns: str) -> Table:
    """A titled table (in the concise view, `_one_line` cuts its rows to one line)."""
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


class Narrow:
    """A table that turns into one line per row (cells joined by " \u00b7 ") when the
    terminal cannot fit its short columns whole and a few characters of each long one."""

    LONG_MINIMUM = 12

    def __init__(self, table: Table) -> None:
        self.table = table

    def _needed(self) -> int:
        width = 0
        for column in self.table.columns:
            cells = [cell.cell_len for cell in column.cells if isinstance(cell, Text)]
            longest = max([*cells, 1])
            width += longest if column.no_wrap else min(longest, self.LONG_MINIMUM)
        return width + 3 * (len(self.table.columns) - 1)

    def __rich_console__(
        self, console: Console, options: ConsoleOptions
    ) -> Iterator[RenderableType]:
        if self._needed() <= options.max_width:
            yield self.table
            return
        if self.table.title is not None:
            yield self.table.title
        columns = self.table.columns
        for row in range(self.table.row_count):
            line = Text()
            for column in columns:
                cell = list(column.cells)[row]
                if isinstance(cell, Text) and cell.plain:
                    if line.plain:
                        line.append(" \u00b7 ")
                    line.append_text(cell.copy())
            line.no_wrap, line.overflow = False, "fold"
            yield line


def _one_line(renderable: RenderableType) -> RenderableType:
    """A table with its long cells cut to one line with an ellipsis (short columns, such as
    dates and citations, keep their width: rich narrows the wrappable columns first)."""
    if isinstance(renderable, Table):
        for column in renderable.columns:
            header = str(column.header)
            if header in NO_WRAP or header in SHORT:
                column.no_wrap = True
                continue
            for cell in column.cells:
                if isinstance(cell, Text):
                    cell.no_wrap = True
                    cell.overflow = "ellipsis"
        return Narrow(renderable)
    return renderable


def _ref(ref: Ref | None) -> Text:
    return t(ref.name if ref else "")


def _header(result: Result, notes: Footnotes, subtitle: str | None = None) -> Text:
    text = t(result.name, "bold")
    text.append_text(t(f"  {result.type} \u00b7 {result.id} ", "dim"))
    if result.sources:
        text.append_text(notes.mark(result.sources[0]))
    if subtitle:
        text.append_text(t("\n" + subtitle))
    return text


def _facts_grid(rows: Iterable[tuple[str, str | None]], *, condensed: bool = False) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for key, value in rows:
        if value:
            cell = t(value)
            if condensed:
                cell.no_wrap, cell.overflow = True, "ellipsis"
            grid.add_row(t(key), cell)
    return grid


def _roles(
    roles: Sequence[RoleView], notes: Footnotes, *, by_person: bool, condensed: bool = False
) -> Table:
    first = "Person" if by_person else "Organization"
    units = any(r.unit for r in roles)  # an organization's card: the unit each role is at
    table = _table(
        "People" if by_person else "Roles", first, "Title", *(("Unit",) if units else ()),
        "As of", "Src"
    )  # fmt: skip
    for role in roles:
        title = role.title + (f" ({role.note})" if role.note and not condensed else "")
        table.add_row(
            _ref(role.person if by_person else role.organization),
            t(title),
            *((_ref(role.unit),) if units else ()),
            t(role.as_of),
            notes.mark(role.source),
        )
    return table


def _titles(a: AppearanceView) -> str:
    """Every title held at the event, for a row that shows the organization beside it: those
    at that organization joined, then any held elsewhere, each naming its organization."""
    here = [TitleView(x.title, None) for x in a.titles if x.organization == a.organization]
    elsewhere = [x for x in a.titles if x.organization != a.organization]
    text = titles_text(here) if here else (a.title or "")
    return "; also ".join(x for x in (text, titles_text(elsewhere)) if x)


def _appearances(
    rows: Sequence[AppearanceView],
    notes: Footnotes,
    *,
    speakers: bool,
    said: bool = True,
) -> Table:
    """Speakers of an event or appearances of a person; ``said``: with our summary of it."""
    summary = ("Summary of what they said (ours)",) if said else ()
    if speakers:
        columns = ("Person", "Title then", *(() if said else ("Organization",)))
        table = _table("Speakers", *columns, "Capacity", *summary, "Src")
    else:
        table = _table(
            "Appearances", "Event", "Date", "Capacity", *summary, "Src"
        )
    for a in rows:
        org = a.organization.name if a.organization else ""
        if speakers and said:
            every = titles_text(a.titles) if a.titles else ""
            cells = [t(a.person.name), t(every or ", ".join(x for x in (a.title, org) if x))]
        elif speakers:
            cells = [t(a.person.name), t(_titles(a)), t(org)]
        else:
            cells = [t(a.event.name), t(a.date or "")]
        cells.append(t(label(a.capacity)))
        if said:
            cells.append(t(a.summary))
        table.add_row(*cells, notes.mark(a.source))
    return table


def _observations(
    rows: Sequence[ObservationView], notes: Footnotes, *, series: bool, title: str = "Numbers"
) -> RenderableType:
    if series:
        # Each change names the period it is measured from; who reported each figure; notes
        # (caveats, an inferred period) under the table, by period.
        who = any(o.reported_by for o in rows)
        heads = ("Period", "As written", "Value", "Change", *(("Reported by",) if who else ()))
        table = _table(title, *heads, "Src")
        for o in rows:
            table.add_row(
                t(o.period_text),
                t(o.amount.as_written),
                t(amount_text(o.amount)),
                t(o.change.text if o.change else ""),
                *((_ref(o.reported_by),) if who else ()),
                notes.mark(o.source),
            )
        caveats = Table.grid(padding=(0, 2))
        caveats.add_column(no_wrap=True)
        caveats.add_column(overflow="fold")
        for o in rows:
            if o.note:
                caveats.add_row(t(o.period_text), t(o.note))
        return Group(table, t("Notes", "bold"), caveats) if caveats.row_count else table
    units = any(o.unit for o in rows)  # an organization's card: the unit it is about
    table = _table(title, "Statistic", *(("Unit",) if units else ()), "Period", "As written", "Src")
    for o in rows:
        unit = (_ref(o.unit),) if units else ()
        table.add_row(
            _ref(o.statistic), *unit, t(o.period_text), t(o.amount.as_written), notes.mark(o.source)
        )
    return table


def _claims(
    rows: Sequence[ClaimView], notes: Footnotes, title: str = "Statements", *, who: bool = True
) -> Table:
    """Statements, our summaries; ``who``: with who made each (not on that person's card)."""
    units = ("Unit",) if any(c.unit for c in rows) else ()  # an organization's card
    table = _table(title, *(("Who",) if who else ()), *units, "What (our summary)", "Where", "Src")
    for c in rows:
        speaker = (_ref(c.person or c.organization),) if who else ()
        unit = (_ref(c.unit),) if units else ()
        table.add_row(*speaker, *unit, _what(c), _where(c), notes.mark(c.source))
    return table


def _what(claim: ClaimView) -> Text:
    """Our summary of a statement and, when the article quotes the person, their own words in
    quotation marks (the whole quotation, verbatim)."""
    what = t(claim.summary)
    if claim.words:
        what.append_text(t(f"\nTheir words: \u201c{claim.words}\u201d", "italic"))
    return what


def _where(claim: ClaimView) -> Text:
    """Where a statement was made, with our note on it (such as an inferred year)."""
    where = _ref(claim.event)
    if claim.note:
        where.append_text(t(("\n" if claim.event else "") + f"({claim.note})", "dim"))
    return where


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
    def unit(r: Ref) -> str:  # an event of an organization's unit says which
        return f" ({r.unit.name})" if isinstance(r, EventRef) and r.unit else ""

    text = t(f"{title}: ", "bold")
    text.append_text(t("; ".join(r.name + unit(r) for r in refs)))
    return text


def _place(city: str | None, country: str | None) -> str:
    return ", ".join(x for x in (city, country) if x)


Section = tuple[str, int, Callable[[bool], RenderableType]]
"""A card's section: its name, how many rows it has, and how to draw it (condensed or not)."""


def _sections(result: Result, notes: Footnotes) -> tuple[str, list[Section]]:
    """The card's kind (for `view.SECTIONS`) and its sections, in order."""
    card = result.card
    if isinstance(card, PersonCard):
        return "person", [
            ("about", 1, lambda c: _facts_grid([
                ("Honorific", card.honorific),
                ("Also written", "; ".join(card.aliases)),
                ("About (ours)", card.description),
            ], condensed=c)),
            ("roles", len(card.roles),
             lambda c: _roles(card.roles, notes, by_person=False, condensed=c)),
            ("appearances", len(card.appearances),
             lambda c: _appearances(card.appearances, notes, speakers=False)),
            ("numbers", len(card.reported), lambda c: _observations(
                card.reported, notes, series=False, title="Numbers reported")),
            ("statements", len(card.claims), lambda c: _claims(card.claims, notes, who=False)),
        ]  # fmt: skip
    if isinstance(card, OrganizationCard):
        events = [("Events organized", card.events_organized),
                  ("Events it or its people took part in", card.events_attended)]  # fmt: skip
        return "organization", [
            ("about", 1, lambda c: _facts_grid([
                ("Abbreviations", ", ".join(card.abbreviations)),
                ("Also known as", "; ".join(card.aliases)),
                ("Kind", label(card.kind)),
                ("Place", _place(card.city, card.country)),
                ("Part of", card.parent.name if card.parent else None),
                ("Units", "; ".join(u.name for u in card.units)),
                ("About (ours)", card.description),
            ], condensed=c)),
            ("people", len(card.people),
             lambda c: _roles(card.people, notes, by_person=True, condensed=c)),
            ("events", len(card.events_organized) + len(card.events_attended),
             lambda c: Group(*(_refs(title, refs) for title, refs in events if refs))),
            ("statistics", len(card.statistics), lambda c: _observations(
                card.statistics, notes, series=False, title="Statistics")),
            ("milestones", len(card.milestones),
             lambda c: _milestones(card.milestones, notes)),
            ("statements", len(card.claims), lambda c: _claims(card.claims, notes)),
        ]  # fmt: skip
    if isinstance(card, EventCard):
        dates = card.start or ""
        if card.end and card.end != card.start:
            dates = f"{dates} to {card.end}"
        return "event", [
            ("about", 1, lambda c: _facts_grid([
                ("Kind", label(card.kind)),
                ("Dates", dates),
                ("Date note (ours)", card.date_note),
                ("Place", _place(card.city, card.country)),
                ("Organizers", "; ".join(o.name for o in card.organizers)),
                ("Took part", "; ".join(o.name for o in card.participants)),
                ("Attendance", card.attendance.as_written if card.attendance else None),
                ("Represented", ", ".join(card.represented)),
                ("Held during", card.during.name if card.during else None),
                ("Side events", "; ".join(e.name for e in card.side_events)),
                ("Also known as", "; ".join(card.aliases)),
                ("About (ours)", card.summary),
            ], condensed=c)),
            ("speakers", len(card.speakers), lambda c: _appearances(
                card.speakers, notes, speakers=True, said=False)),
            ("said", len(card.speakers), lambda c: _appearances(
                card.speakers, notes, speakers=True)),
            ("numbers", len(card.statistics),
             lambda c: _observations(card.statistics, notes, series=False)),
            ("statements", len(card.claims), lambda c: _claims(card.claims, notes)),
        ]  # fmt: skip
    if isinstance(card, StatisticCard):
        return "statistic", [
            ("about", 1, lambda c: t(card.description or "", "italic")),
            ("series", len(card.observations),
             lambda c: _observations(card.observations, notes, series=True, title="Series")),
        ]  # fmt: skip
    if isinstance(card, SubjectCard):
        return "subject", [
            ("about", 1, lambda c: _facts_grid([
                ("Also known as", "; ".join(card.aliases)),
                ("About (ours)", card.summary),
                ("Parties", "; ".join(r.name for r in card.related)),
            ], condensed=c)),
            ("milestones", len(card.milestones),
             lambda c: _milestones(card.milestones, notes)),
            ("statements", len(card.claims), lambda c: _claims(card.claims, notes)),
        ]  # fmt: skip
    if isinstance(card, FactView):
        return "fact", [("about", 1, lambda c: t(result.description or result.name))]
    return "source", []


def _subtitle(result: Result) -> str | None:
    card = result.card
    if isinstance(card, StatisticCard):
        subtitle = f"{card.subject} \u00b7 unit: {card.unit}"
        if card.organization and card.organization.name != card.subject:
            subtitle += f" \u00b7 {card.organization.name}"
        return subtitle
    if isinstance(card, SubjectCard):
        return label(card.kind)
    return None


def _card(result: Result, notes: Footnotes, view: View | None = None) -> list[RenderableType]:
    """A record's card: its header, then its sections (a blank line between), as ``view``
    asks: concise (long text cut to a line, some sections only named), full, or chosen."""
    view = view or View(full=True)
    kind, sections = _sections(result, notes)
    parts: list[RenderableType] = [_header(result, notes, _subtitle(result))]
    left_out: list[str] = []
    for name, rows, draw in sections:
        if not rows:
            continue
        if name == "speakers" and view.shows(kind, "said"):
            continue  # the speakers with what they said: one table, not two
        if not view.shows(kind, name):
            if not view.sections:
                left_out.append(f"--section {name} ({rows})")
            continue
        if parts and name != "about":
            parts.append(Text(""))
        drawn = draw(view.concise)
        parts.append(_one_line(drawn) if view.concise else drawn)
    if left_out:
        parts.append(Text(""))
        parts.append(t("More: " + ", ".join(left_out) + ", or --full", "dim"))
    return parts


def candidates(outcome: Outcome, notes: Footnotes) -> Table:
    """The table of several close matches."""
    table = _table(
        f"{len(outcome.results)} matches for \u201c{outcome.query}\u201d",
        "Name",
        "Type",
        "Id",
        "Matched on",
        "Who/what",
        "Src",
    )
    for r in outcome.results:
        table.add_row(
            t(r.name),
            t(r.type),
            t(r.id),
            t(f"{r.matched_field}: {r.matched_text}"),
            t(r.description or ""),  # our one line on who or what it is, from its data
            notes.mark(r.sources[0]) if r.sources else t(""),
        )
    return table


def search_table(outcome: Outcome, notes: Footnotes) -> Table:
    """Search hits, best first, with what each matched on."""
    shown = len(outcome.results)
    total = outcome.total if outcome.total is not None and outcome.total > shown else None
    count = f"{shown} of {_count(total, 'result')}" if total else _count(shown, "result")
    table = _table(
        f"{count} for \u201c{outcome.query}\u201d",
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
            t(latest.period_text if latest else ""),
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
        title = t(card.headline or card.title)
        title.append_text(t(f"\n{card.file} \u00b7 {publisher}", "dim"))
        table.add_row(t(r.id), t(date), title, t(card.facts))
    return table


def timeline_table(outcome: Outcome, notes: Footnotes) -> Table:
    """Dated facts in order, each with what it links to and its source."""
    title = "Timeline" + (f" for \u201c{outcome.query}\u201d" if outcome.query else "")
    table = _table(f"{title} ({_count(len(outcome.results), 'entry')})", "Date", "Type", "What",
                   "Related", "Src")  # fmt: skip
    for r in outcome.results:
        names = [ref.name for ref in card_links(r.card)]
        related = ", ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
        table.add_row(
            t(card_date(r.card) or ""),
            t(label(r.type)),
            t(r.name),
            t(related, "dim"),
            notes.mark(r.sources[0]) if r.sources else t(""),
        )
    return table


def render(
    outcome: Outcome, *, listing: bool = False, view: View | None = None
) -> RenderableType:
    """The whole answer to a command as one renderable (cards as ``view`` asks; the default
    is everything, as `--full` shows it)."""
    view = view or View(full=True)
    notes = Footnotes(per_article=view.concise)
    parts: list[RenderableType] = []
    if outcome.command == "sources":
        parts.append(sources_table(outcome))
    elif outcome.command == "search":
        top = outcome.results[0] if outcome.results else None
        if top is not None and top.type in CARD_IN_SEARCH and top.score >= CARD_SCORE:
            # Treaties, programmes and the like have no command of their own: show the card.
            parts.extend(_card(top, notes, view))
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
            parts.extend(_card(result, notes, view))
            parts.append(Text(""))
    footnotes = notes.render()
    if footnotes is not None:
        parts.append(footnotes)
    return Group(*parts)
