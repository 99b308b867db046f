"""One line in plain words for each kind of fact an answer can hold (`AnswerLine`).

The words are ours, built from the record's fields; every line names the record it comes
from and carries the source quote that backs what the line says (the record's evidence whose
quote holds the figure, name or date shown, else its primary quote).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    Topic,
)
from cfacts.finding.cards import amount
from cfacts.finding.views import Amount, AnswerLine, SourceRef
from cfacts.textnorm import MONTH_NAMES, fold, vocabulary_words

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from cfacts.finding.lookup import Lookup

QUALIFIER_WORDS = {
    "exact": "",
    "approximately": "about ",
    "more_than": "more than ",
    "at_least": "at least ",
    "nearly": "nearly ",
    "up_to": "up to ",
    "less_than": "less than ",
}
UNIT_WORDS = {"CNY": "yuan", "percent": "%"}
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
CAPACITY_WORDS = {
    "addressed": "addressed",
    "spoke": "spoke at",
    "lectured": "lectured at",
    "presented": "presented at",
    "attended": "attended",
    "scheduled_to_lecture": "was to lecture at",
}


def number_words(x: float) -> str:
    """A number as people write it: 477 million, 8.48 trillion, 14,000, 7.35."""
    for scale, word in SCALES:
        if abs(x) >= scale:
            scaled = x / scale
            shown = f"{scaled:.2f}".rstrip("0").rstrip(".")
            return f"{shown} {word}"
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def quantity_words(quantity: Quantity) -> str:
    """A quantity in words with its hedge and unit: 'more than 14,000 members', '7.41%',
    'between 9% and 12%', 'about 5.1 billion yuan'."""
    unit = UNIT_WORDS.get(quantity.unit, quantity.unit)

    def with_unit(x: float | None) -> str:
        body = "?" if x is None else number_words(x)
        return f"{body}%" if unit == "%" else f"{body} {unit}"

    if quantity.qualifier == "range":
        return f"between {with_unit(quantity.low)} and {with_unit(quantity.high)}"
    return QUALIFIER_WORDS.get(quantity.qualifier, "") + with_unit(quantity.value)


def change_words(before: Quantity, after: Quantity) -> str:
    """How much a figure moved: points for percentages, else the difference in the later
    figure's scale and unit and the relative change ('+0.9 trillion yuan, +10.6%'); '~' when
    either figure is hedged."""
    approx = "" if before.qualifier == after.qualifier == "exact" else "~"
    if after.unit == "percent":
        points = round(after.magnitude - before.magnitude, 2) + 0.0
        return f"{approx}{points:+.2f} points"
    diff = after.magnitude - before.magnitude
    scale, word = next(((n, w) for n, w in SCALES if abs(after.magnitude) >= n), (1.0, ""))
    shown = f"{abs(diff) / scale:,.2f}".rstrip("0").rstrip(".")
    unit = UNIT_WORDS.get(after.unit, after.unit)
    by = f"{approx}{'-' if diff < 0 else '+'}{shown}{' ' + word if word else ''} {unit}"
    if before.magnitude == 0:
        return by
    percent = round((after.magnitude / before.magnitude - 1) * 100, 1) + 0.0
    return f"{by}, {approx}{percent:+.1f}%"


def worked_out(parts: Sequence[Quantity], *, total: bool) -> str | None:
    """The sum (``total``) or the difference (first less second) of figures of one unit, in
    words, hedged as its inputs are ('about 5.6 billion yuan'; 'at least ...' when every input
    is a floor); None for ranges, mixed units or a difference of two hedged figures whose
    bounds point the same way (no honest single number)."""
    if len({q.unit for q in parts}) != 1 or any(q.value is None for q in parts):
        return None
    values = [q.value for q in parts if q.value is not None]
    hedges = {q.qualifier for q in parts}
    if total:
        result = sum(values)
        floors = {"more_than", "at_least"}
        if hedges <= {"exact"}:
            hedge = ""
        elif hedges <= floors | {"exact"}:
            hedge = "more than " if "more_than" in hedges else "at least "
        else:
            hedge = "about "
    else:
        if len(values) != 2:
            return None
        result = values[0] - values[1]
        against = _hedge_against(parts[0].qualifier, parts[1].qualifier)
        if against is None:
            return None  # two floors: the gap could be anything
        hedge = against
    unit = UNIT_WORDS.get(parts[0].unit, parts[0].unit)
    body = number_words(result)
    return f"{hedge}{body}%" if unit == "%" else f"{hedge}{body} {unit}"


def ratio_worked_out(first: Quantity, second: Quantity) -> str | None:
    """How many times the second figure the first is ('less than 20.7 times' for an exact
    figure over a floor), hedged as its inputs are; None for ranges, mixed units, a zero
    second figure or hedges pointing the same way (two floors: no honest single number)."""
    if first.unit != second.unit or first.value is None or not second.value:
        return None
    hedge = _hedge_against(first.qualifier, second.qualifier)
    if hedge is None:
        return None
    return f"{hedge}{first.value / second.value:.1f} times"


def _hedge_against(first: str, second: str) -> str | None:
    """The hedge of a figure set against another (less it, or over it), from theirs: none for
    two exact figures, "less than" for an exact one against a floor, "more than" for a floor
    against an exact one, "about" otherwise; None for two floors (no single number)."""
    floors = {"more_than", "at_least"}
    if first in floors and second in floors:
        return None
    if first == second == "exact":
        return ""
    if first == "exact" and second in floors:
        return "less than "
    if first in floors and second == "exact":
        return "more than "
    return "about "


def share_worked_out(part: Quantity, whole: Quantity) -> str | None:
    """A part's share of its whole as a percentage, hedged as its inputs are ('more than 27%'
    for a floor of an exact whole, 'about 78%' when either is approximate); None for ranges,
    mixed units, a zero whole, or hedges that leave no single number (a floor of a floor)."""
    if part.unit != whole.unit or part.value is None or not whole.value:
        return None
    floors = {"more_than", "at_least"}
    if whole.qualifier in floors or (
        part.qualifier != "exact" and whole.qualifier not in ("exact", "approximately", "nearly")
    ):
        return None
    if {part.qualifier, whole.qualifier} <= {"exact"}:
        hedge = ""
    elif part.qualifier in floors and whole.qualifier == "exact":
        hedge = "more than "
    else:
        hedge = "about "
    percent = part.value / whole.value * 100
    return f"{hedge}{percent:.0f}%"


class Lines:
    """Builds answer lines for the records of one lookup's store."""

    def __init__(self, lookup: Lookup) -> None:
        self.lookup = lookup
        self.store = lookup.store
        self.cards = lookup.cards
        self.rel = lookup.rel

    # -- pieces ------------------------------------------------------------------------------

    def name(self, kind: str, rid: str | None) -> str:
        """A record's display name ('' for None)."""
        return self.cards.display_name(kind, rid) if rid else ""

    def org_name(self, rid: str | None) -> str:
        """An organization's name with its abbreviation: 'Music Copyright Society of China
        (MCSC)'."""
        if not rid:
            return ""
        org = self.store.get("organization", rid)
        if not isinstance(org, Organization):
            return rid
        short = [a for a in org.abbreviations if fold(a) != fold(org.name)]
        name = f"{org.name} ({short[0]})" if short else org.name
        parent = self.store.get("organization", org.parent) if org.parent else None
        if isinstance(parent, Organization):  # "Copyright and Creative Industries Sector, WIPO"
            label = next(iter(parent.abbreviations), parent.name)
            if not any(f" {fold(n)} " in f" {fold(name)} " for n in (label, parent.name)):
                name += f", {label}"
        return name

    def source(self, record: Record, *needles: str | None) -> SourceRef:
        """The evidence of a record whose quote holds one of the needles (folded), else its
        primary evidence."""
        wanted = [fold(n) for n in needles if n]
        for evidence in record.evidence:
            quote = f" {fold(evidence.quote)} "
            if any(w and f" {w} " in quote for w in wanted):
                return self.cards.source_ref(evidence)
        return self.cards.source_ref(record.evidence[0])

    def source_of(self, evidence: Evidence) -> SourceRef:
        """The view of one piece of evidence."""
        return self.cards.source_ref(evidence)

    def where_when(self, event: Event) -> str:
        """'Chengdu, China, December 2 to 4, 2019' (what is known of it, dates in words)."""
        dates = in_words(event.start, event.end) or ""
        place = ", ".join(x for x in (event.city, event.country) if x)
        return ", ".join(x for x in (place, dates) if x)

    def event_short(self, rid: str | None) -> str:
        """An event's name and when and where: 'Belt and Road International Forum on
        Copyright (Chengdu, China, December 2 to 4, 2019)'."""
        event = self.rel.event(rid)
        if event is None:
            return ""
        where = self.where_when(event)
        return f"{event.name} ({where})" if where else event.name

    def titles(self, person: str, roles: Sequence[Role]) -> str:
        """Titles held, joined per organization: 'Vice Chairman and Director General, China
        Audio-Video Copyright Association (CAVCA)'."""
        groups: dict[str | None, list[str]] = {}
        for role in roles:
            if role.person == person:
                groups.setdefault(role.organization, []).append(role.title)
        parts = []
        for org, titles in groups.items():
            unique = list(dict.fromkeys(titles))
            joined = (
                unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]
            )
            parts.append(f"{joined}, {self.org_name(org)}" if org else joined)
        return "; ".join(parts)

    def roles_then(self, appearance: Appearance) -> list[Role]:
        """The titles a person held at an event: the appearance's role and the person's other
        roles reported in the same article as of the same date, in the order the fact base
        writes them (the article's: "Vice Chairman and Director General")."""
        first = self.rel.role_for(appearance)
        if first is None:
            return []
        same = [
            r
            for r in self.rel.roles_of_person(appearance.person)
            if (r.source, r.as_of) == (first.source, first.as_of)
        ]
        return same if first in same else [first, *same]

    def speaker(self, appearance: Appearance) -> str:
        """'Liu Ping (Vice Chairman and Director General, Music Copyright Society of China
        (MCSC))'."""
        person = self.name("person", appearance.person)
        held = self.titles(appearance.person, self.roles_then(appearance))
        return f"{person} ({held})" if held else person

    # -- lines -------------------------------------------------------------------------------

    def role(self, role: Role) -> AnswerLine:
        """'Liu Hua: Director, WIPO Office in China (as of March 13, 2025)'."""
        person = self.name("person", role.person)
        title = role.title + (f", {self.org_name(role.organization)}" if role.organization else "")
        text = f"{person}: {title} (as of {in_words(role.as_of, None)})"
        return AnswerLine(text, "role", role.id, self.source(role, role.title), None, role.as_of)

    def person(self, person: Person) -> AnswerLine:
        """Our description of a person, for one with no role on record."""
        text = f"{person.name}: {person.description}" if person.description else person.name
        return AnswerLine(text, "person", person.id, self.source(person, person.name))

    def observation(self, obs: Observation, *, reporter: bool = True) -> AnswerLine:
        """'MCSC total licensing revenue in 2024: 477 million yuan (reported by Liu Ping)'."""
        label = self.name("statistic", obs.statistic)
        if obs.period:
            when = f"in {in_words(obs.period, None)}"
        else:  # "as reported in July 2021": no year's value
            on = "on" if obs.reported and len(obs.reported) == 10 else "in"  # a day, or a month
            when = f"as reported {on} {in_words(obs.reported, None)}" if obs.reported else "undated"
        text = f"{label} {when}: {quantity_words(obs.value)}"
        if reporter and obs.reported_by:
            text += f" (reported by {self.name('person', obs.reported_by)})"
        elif reporter and obs.event:
            text += f" (reported at the {self.name('event', obs.event)})"
        return AnswerLine(
            text,
            "observation",
            obs.id,
            self.source(obs, obs.value.as_written),
            amount(obs.value),
            obs.when,
        )

    def comparison(self, first: Observation, last: Observation) -> AnswerLine:
        """'Copyright industry share of China's GDP: 7.35% in 2017 to 7.44% in 2023, +0.09
        points' (the later observation's record, value and source)."""
        label = self.name("statistic", last.statistic)
        moved = change_words(first.value, last.value)
        text = (
            f"{label}: {quantity_words(first.value)} in {first.period} to "
            f"{quantity_words(last.value)} in {last.period}, {moved} (our calculation)"
        )
        return AnswerLine(
            text,
            "observation",
            last.id,
            self.source(last, last.value.as_written),
            amount(last.value),
            last.when,
        )

    def worked(self, observations: Sequence[Observation], *, total: bool) -> AnswerLine | None:
        """'Sum of the figures below (our calculation from "approximately 5.1 billion yuan",
        "477 million yuan" and "more than 23 million yuan"): about 5.6 billion yuan', or their
        difference, first less second; None when no honest single number comes out."""
        result = worked_out([o.value for o in observations], total=total)
        if result is None:
            return None
        inputs = [f'"{o.value.as_written}"' for o in observations]
        said = ", ".join(inputs[:-1]) + f" and {inputs[-1]}"
        what = "Sum" if total else "Difference (first less second)"
        text = f"{what} of the figures below: {result} (our calculation from {said})"
        return self._calculated(text, observations[-1])

    def ratio(self, first: Observation, second: Observation) -> AnswerLine | None:
        """'First as a multiple of the second: less than 20.7 times (our calculation from
        "477 million yuan" and "exceeded 23 million yuan")'; None when no honest single number
        comes out."""
        result = ratio_worked_out(first.value, second.value)
        if result is None:
            return None
        said = f'"{first.value.as_written}" and "{second.value.as_written}"'
        text = f"First as a multiple of the second: {result} (our calculation from {said})"
        return self._calculated(text, second)

    def share(self, part: Observation, whole: Observation) -> AnswerLine | None:
        """'Share of the whole: more than 27% (our calculation from "more than 130 million
        yuan" of "477 million yuan")'; None when no honest single number comes out."""
        result = share_worked_out(part.value, whole.value)
        if result is None:
            return None
        said = f'"{part.value.as_written}" of "{whole.value.as_written}"'
        return self._calculated(f"Share of the whole: {result} (our calculation from {said})", part)

    def year_before(self, level: Observation, growth: Observation) -> AnswerLine | None:
        """'MCSC total licensing revenue in 2023: about 430 million yuan (our calculation
        from "477 million yuan" in 2024 and its growth of "11%"; the article gives no 2023
        figure)'; None unless both figures are exact and the growth is a percentage."""
        if level.value.qualifier != "exact" or growth.value.qualifier != "exact":
            return None
        if growth.value.unit != "percent" or level.value.value is None:
            return None
        if growth.value.value is None or growth.value.value <= -100:
            return None
        year = int((level.period or "0")[:4]) - 1
        before = level.value.value / (1 + growth.value.value / 100)
        before = float(f"{before:.3g}")  # a rounded rate gives no more than three figures
        unit = UNIT_WORDS.get(level.value.unit, level.value.unit)
        shown = f"{number_words(before)}%" if unit == "%" else f"{number_words(before)} {unit}"
        label = self.name("statistic", level.statistic)
        text = (
            f"{label} in {year}: about {shown} (our calculation from \"{level.value.as_written}\""
            f" in {level.period} and its growth of \"{growth.value.as_written}\"; the article"
            f" gives no {year} figure)"
        )
        return self._calculated(text, level)

    def _calculated(self, text: str, backing: Observation) -> AnswerLine:
        """A line of ours worked out from figures, sourced to one of them, with no value of
        its own (it is not a figure the article gives)."""
        source = self.source(backing, backing.value.as_written)
        return AnswerLine(text, "observation", backing.id, source, None, backing.when)

    def appearance(self, appearance: Appearance, *, said: bool = False) -> AnswerLine:
        """'Sylvie Forbin (Deputy Director General, ...) spoke at the Belt and Road ... (Chengdu,
        ...)', with our summary of what they said when ``said``."""
        verb = CAPACITY_WORDS.get(appearance.capacity, vocabulary_words(appearance.capacity))
        text = f"{self.speaker(appearance)} {verb} the {self.event_short(appearance.event)}"
        if said:
            text += f": {appearance.summary}"
        person = self.name("person", appearance.person)
        return AnswerLine(text, "appearance", appearance.id, self.source(appearance, person))

    def represented_by(
        self, org: Organization, appearance: Appearance, *, unstated: str | None = None
    ) -> AnswerLine:
        """'Music Copyright Society of China (MCSC), a collective management organization, took
        part in the ...: Liu Ping (Vice Chairman and Director General) spoke'; with
        ``unstated`` (a kind asked about that the article does not give this organization),
        'Maucher Jenkins (the article does not say whether it is a law firm) took part ...'."""
        kind = vocabulary_words(org.kind)
        article = _article(kind)
        roles = [r for r in self.roles_then(appearance) if r.organization == org.id]
        titles = _and(list(dict.fromkeys(r.title for r in roles)))
        person = self.name("person", appearance.person)
        who = f"{person} ({titles})" if titles else person
        verb = CAPACITY_WORDS.get(appearance.capacity, vocabulary_words(appearance.capacity))
        name = self.org_name(org.id)
        if unstated:
            asked = _article(unstated)
            name += f" (the article does not say whether it is {asked} {unstated})"
        elif org.kind != "other":  # "other" is no kind to name ("an other")
            name += f", {article} {kind},"
        text = (
            f"{name} took part in the "
            f"{self.name('event', appearance.event)}: {who} {verb.removesuffix(' at')}"
        )
        return AnswerLine(text, "appearance", appearance.id, self.source(appearance, person))

    def claim(self, claim: Claim) -> AnswerLine:
        """What someone said, with who, where and when: 'Wang Ying of the Images Copyright
        Society of China, at the ... (Beijing, China, 2025-03-13): AI is disrupting ...' (our
        summary); a summary that names its speaker is not prefixed again; a direct quotation
        (`speech = "direct"`, proven whole by `check --sources`) is given in the article's
        words, in quotation marks."""
        who = self.claimant(claim)
        where = self.event_short(claim.event) if claim.event else ""
        date = in_words(claim.date, None) if claim.date else None
        context = f"at the {where}" if where else (f"in {date}" if date else "")
        if who and claim.speech == "direct":  # the article quotes them whole: their words
            said = " ".join(claim.evidence[0].spans)
            text = f"{who}" + (f", {context}," if context else "") + f" said: \u201c{said}\u201d"
        elif who and not self._names_speaker(claim):
            text = f"{who}" + (f", {context}" if context else "") + f": {claim.summary}"
        else:
            text = claim.summary + (f" ({context})" if context else "")
        return AnswerLine(text, "claim", claim.id, self.source(claim))

    def _names_speaker(self, claim: Claim) -> bool:
        summary = f" {fold(claim.summary)} "
        names = [self.name("person", claim.person)] if claim.person else []
        if not claim.person and claim.organization:
            org = self.store.get("organization", claim.organization)
            if isinstance(org, Organization):
                names += [org.name, *org.abbreviations]
        return any(f" {fold(n)} " in summary for n in names if n)

    def claimant(self, claim: Claim) -> str:
        """Who made a statement: the person with the posts the same article gives them
        ('Francis Gurry (Director General, World Intellectual Property Organization (WIPO))'),
        else of their organization, else the organization ('' when the article says it in its
        own voice)."""
        if claim.person:
            person = self.name("person", claim.person)
            posts = [r for r in self.rel.roles_of_person(claim.person) if r.source == claim.source]
            held = self.titles(claim.person, posts)
            if held:
                return f"{person} ({held})"
            org = self.org_name(claim.organization) if claim.organization else ""
            return f"{person} of {org}" if org else person
        return self.org_name(claim.organization) if claim.organization else ""

    def milestone(self, milestone: Milestone) -> AnswerLine:
        """'2015: WIPO and NCAC signed the Memorandum of Cooperation.', 'June 2012: ...' (its
        date in words; the line's period keeps it as written)."""
        text = f"{in_words(milestone.date, None) or milestone.date}: {milestone.summary}"
        needles = (milestone.quantity.as_written,) if milestone.quantity else ()
        return AnswerLine(
            text,
            "milestone",
            milestone.id,
            self.source(milestone, *needles),
            amount(milestone.quantity) if milestone.quantity else None,
            milestone.date,
        )

    def organization(
        self, org: Organization, *, described: bool = False, spelled: bool = False
    ) -> AnswerLine:
        """'CAVCA: China Audio-Video Copyright Association, a collective management
        organization in China', with our description of it when ``described``, and with the
        other full forms the articles write when ``spelled`` ("also written: National
        Copyright Administration of the People's Republic of China")."""
        kind = "" if org.kind == "other" else vocabulary_words(org.kind)
        place = ", ".join(x for x in (org.city, org.country) if x)
        if kind:  # "a collective management organization in China"
            what = f", {_article(kind)} {kind}" + (f" in {place}" if place else "")
        else:  # a body of no recorded kind: only where it is, "(China)"
            what = f" ({place})" if place else ""
        parts = [org.name + what]
        if org.parent:
            parts.append(f"part of {self.org_name(org.parent)}")
        text = "; ".join(parts)
        short = [a for a in org.abbreviations if fold(a) != fold(org.name)]
        if short:
            text = f"{short[0]} stands for {text}"
        quoted = [fold(e.quote) for e in org.evidence]  # an alias of ours is not the articles'
        longer = [  # writing: only a full form a verified quote of the body holds
            a
            for a in org.aliases
            if len(a.split()) >= len(org.name.split()) and any(fold(a) in q for q in quoted)
        ]
        if spelled and longer:
            text += f" (also written: {'; '.join(longer)})"
        if described and org.description:
            text += f" (our description: {org.description})"
        return AnswerLine(text, "organization", org.id, self.source(org, *org.abbreviations))

    def place(self, org: Organization) -> AnswerLine:
        """'Australasian Performing Right Association: Sydney, Australia'."""
        place = ", ".join(x for x in (org.city, org.country) if x)
        text = f"{self.org_name(org.id)} is in {place}"
        return AnswerLine(text, "organization", org.id, self.source(org, org.city, org.country))

    def event(self, event: Event) -> AnswerLine:
        """'Belt and Road International Forum on Copyright: forum in Chengdu, China,
        2019-12-02 to 2019-12-04, organized by ...'."""
        text = f"{event.name}: {vocabulary_words(event.kind)}"
        where = self.where_when(event)
        if where:
            text += f", {where}"
        if event.organizers:
            text += ", organized by " + _and([self.org_name(o) for o in event.organizers])
        return AnswerLine(text, "event", event.id, self.source(event, event.city, event.start))

    def event_summary(self, event: Event) -> AnswerLine:
        """'Belt and Road International Forum on Copyright (ours): Three-day forum ...'."""
        text = f"{event.name} (our summary): {event.summary}"
        return AnswerLine(text, "event", event.id, self.source(event, event.city, event.start))

    def dates(self, event: Event) -> AnswerLine:
        """'The ... was held in Chengdu, China, December 2 to 4, 2019' (with the date note when
        the date is inferred); its period is the dates as ISO 8601 ("2019-12-02/2019-12-04")."""
        text = f"The {event.name} was held in {self.where_when(event)}"
        if event.date_note:
            text += f" ({event.date_note})"
        period = event.start
        if event.start and event.end and event.end != event.start:
            period = f"{event.start}/{event.end}"
        source = self.source(event, event.city)
        return AnswerLine(text, "event", event.id, source, None, period)

    def side_event(self, side: Event, main: Event) -> AnswerLine:
        """'During the Belt and Road ... (Chengdu, ...), its guests took part in the 2019
        Chengdu International Digital Copyright Expo (expo)'."""
        text = (
            f"During the {self.event_short(main.id)}, its guests took part in the {side.name} "
            f"({vocabulary_words(side.kind)})"
        )
        return AnswerLine(text, "event", side.id, self.source(side, side.name), None, side.start)

    def visited(self, side: Event, main: Event, org_id: str) -> AnswerLine:
        """'During the Belt and Road ... (Chengdu, ...), its guests visited Migu Music Co.,
        Ltd. (a company)'."""
        org = self.store.get("organization", org_id)
        kind = vocabulary_words(org.kind) if isinstance(org, Organization) else ""
        what = f" ({'an' if kind[:1] in 'aeiou' else 'a'} {kind})" if kind else ""
        name = self.org_name(org_id)
        text = f"During the {self.event_short(main.id)}, its guests visited {name}{what}"
        needle = org.name if isinstance(org, Organization) else name
        return AnswerLine(text, "event", side.id, self.source(side, needle), None, side.start)

    def organizer(self, event: Event, org_id: str) -> AnswerLine:
        """'World Intellectual Property Organization (WIPO) organized the ... (Xiamen, ...)'."""
        org = self.store.get("organization", org_id)
        needles = (org.name, *org.abbreviations) if isinstance(org, Organization) else ()
        text = f"{self.org_name(org_id)} organized the {self.event_short(event.id)}"
        return AnswerLine(text, "event", event.id, self.source(event, *needles))

    def participant(self, event: Event, org_id: str) -> AnswerLine:
        """'African Regional Intellectual Property Organization (ARIPO) took part in the ...'."""
        org = self.store.get("organization", org_id)
        needles = (org.name, *org.abbreviations) if isinstance(org, Organization) else ()
        text = f"{self.org_name(org_id)} took part in the {self.event_short(event.id)}"
        return AnswerLine(text, "event", event.id, self.source(event, *needles))

    def attendance(self, event: Event) -> AnswerLine:
        """'More than 100 people attended the ... (Shanghai, ...)'."""
        assert event.attendance is not None
        count = event.attendance.as_written
        unit = event.attendance.unit
        text = f"{count} {unit} attended the {self.event_short(event.id)}"
        return AnswerLine(
            text,
            "event",
            event.id,
            self.source(event, count),
            amount(event.attendance),
            event.start,
        )

    def count(self, event: Event, speakers: Sequence[Appearance]) -> AnswerLine:
        """'17 speakers are named at the ... (our count of those the article names)'."""
        n = len(speakers)
        noun = "speaker is" if n == 1 else "speakers are"
        text = (
            f"{n} {noun} named at the {self.event_short(event.id)} "
            "(our count of the people the article names)"
        )
        value = Amount(float(n), None, None, "speakers", "exact", str(n), None)
        return AnswerLine(text, "event", event.id, self.source(event), value, event.start)

    def represented(self, event: Event, who: str) -> AnswerLine:
        """'Bangladesh was represented at the ...', 'publishing houses were represented at the
        ...' (a group the article describes)."""
        verb = "were" if who[:1].islower() or (" " in who and who.endswith("s")) else "was"
        text = f"{who} {verb} represented at the {self.event_short(event.id)}"
        return AnswerLine(text, "event", event.id, self.source(event, who))

    def subject(self, record: Instrument | Topic) -> AnswerLine:
        """'Beijing Treaty on Audiovisual Performances (treaty): WIPO treaty on ...'."""
        short = [a for a in record.aliases if a.isupper() and len(a) <= SHORT_NAME]
        kind = vocabulary_words(record.kind)
        text = f"{record.name} ({short[0]}, {kind})" if short else f"{record.name} ({kind})"
        if record.summary:
            text += f": {record.summary}"
        return AnswerLine(text, record_kind(record), record.id, self.source(record, record.name))


SHORT_NAME = 8
"""An alias this short in capitals is the short name a reader knows ("RCEP", "AI")."""


def in_words(start: str | None, end: str | None) -> str | None:
    """A date or span as a reader writes it: "July 7 to 9, 2021", "December 2019", "June 20
    to July 2, 2021", "March 13, 2025"; None for no date, the text as is for one it cannot
    read."""
    if not start:
        return None
    first = _parts(start)
    last = _parts(end) if end and end != start else None
    if first is None or (end and end != start and last is None):
        return start
    year, month, day = first
    if last is None:
        if month is None:
            return str(year)
        name = MONTH_NAMES[month - 1]
        return f"{name} {day}, {year}" if day else f"{name} {year}"
    year2, month2, day2 = last
    if month is None or month2 is None or day is None or day2 is None:
        return f"{in_words(start, None)} to {in_words(end, None)}"
    if year != year2:
        return f"{in_words(start, None)} to {in_words(end, None)}"
    if month == month2:
        return f"{MONTH_NAMES[month - 1]} {day} to {day2}, {year}"
    return f"{MONTH_NAMES[month - 1]} {day} to {MONTH_NAMES[month2 - 1]} {day2}, {year}"


def _parts(date: str) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None for anything else."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", date)
    if match is None:
        return None
    year, month, day = (int(x) if x else None for x in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        return None
    return year, month, day


def record_kind(record: Record) -> str:
    """The kind of a record, as the fact base names it."""
    return "instrument" if isinstance(record, Instrument) else type(record).__name__.lower()


def _and(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _article(noun: str) -> str:
    """ "a" or "an" before a noun as it is said ("an academic unit", "a university")."""
    sounded = noun[:1] in "aeiou" and not noun.startswith(("uni", "use", "eu", "one"))
    return "an" if sounded else "a"
