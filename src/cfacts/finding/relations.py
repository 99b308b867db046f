"""Follows links between records backwards: roles of a person, speakers of an event, series."""

from __future__ import annotations

from collections.abc import Sequence

from cfacts.factbase.model import (
    Appearance,
    Claim,
    Event,
    Milestone,
    Observation,
    Organization,
    Record,
    Role,
    Statistic,
)
from cfacts.index.store import Store

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from typing import TypeVar

    R = TypeVar("R", bound=Record)
CLAIM_FIELDS = ("person", "organization", "event", "subjects")


def _typed(records: Sequence[Record], cls: type[R]) -> list[R]:
    return [r for r in records if isinstance(r, cls)]


class Relations:
    """Reverse links over a store, sorted the way the cards show them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._series: dict[str, list[Observation]] = {}

    def event(self, rid: str | None) -> Event | None:
        """An event by id."""
        record = self.store.get("event", rid) if rid else None
        return record if isinstance(record, Event) else None

    def roles_of_person(self, rid: str) -> list[Role]:
        """A person's roles, oldest first."""
        roles = _typed(self.store.related("role", "person", rid), Role)
        return sorted(roles, key=lambda r: r.as_of)

    def roles_at(self, rid: str) -> list[Role]:
        """The roles held at an organization, oldest first."""
        roles = _typed(self.store.related("role", "organization", rid), Role)
        return sorted(roles, key=lambda r: r.as_of)

    def _by_event_date(self, appearances: list[Appearance]) -> list[Appearance]:
        def date(a: Appearance) -> str:
            event = self.event(a.event)
            return (event.start or "") if event else ""

        return sorted(appearances, key=date)

    def appearances_of_person(self, rid: str) -> list[Appearance]:
        """A person's appearances, by event date."""
        return self._by_event_date(
            _typed(self.store.related("appearance", "person", rid), Appearance)
        )

    def speakers(self, rid: str) -> list[Appearance]:
        """The appearances at an event, in file order."""
        return _typed(self.store.related("appearance", "event", rid), Appearance)

    def series(self, rid: str) -> list[Observation]:
        """A statistic's observations, by period."""
        if rid not in self._series:
            found = _typed(self.store.related("observation", "statistic", rid), Observation)
            self._series[rid] = sorted(found, key=lambda o: o.when)
        return self._series[rid]

    def reported_by(self, rid: str) -> list[Observation]:
        """Observations a person reported, by period."""
        found = _typed(self.store.related("observation", "reported_by", rid), Observation)
        return sorted(found, key=lambda o: o.when)

    def reported_at(self, rid: str) -> list[Observation]:
        """Observations reported at an event, by period."""
        found = _typed(self.store.related("observation", "event", rid), Observation)
        return sorted(found, key=lambda o: o.when)

    def statistics_of(self, rid: str) -> list[Statistic]:
        """Statistics about an organization."""
        return _typed(self.store.related("statistic", "organization", rid), Statistic)

    def units(self, rid: str) -> list[Organization]:
        """An organization's sub-units."""
        return _typed(self.store.related("organization", "parent", rid), Organization)

    def descendants(self, rid: str) -> list[Organization]:
        """An organization's units, their units and so on, depth first; each once, never the
        organization itself (safe against a cycle of parents)."""
        found: list[Organization] = []
        seen = {rid}

        def visit(parent: str) -> None:
            for unit in self.units(parent):
                if unit.id not in seen:
                    seen.add(unit.id)
                    found.append(unit)
                    visit(unit.id)

        visit(rid)
        return found

    def ancestors(self, rid: str) -> list[str]:
        """The ids of an organization's parent, its parent's parent and so on (cycle-safe)."""
        found: list[str] = []
        record = self.store.get("organization", rid)
        while isinstance(record, Organization) and record.parent:
            if record.parent == rid or record.parent in found:
                break
            found.append(record.parent)
            record = self.store.get("organization", record.parent)
        return found

    def organized(self, rid: str) -> list[Event]:
        """Events an organization organized, by date."""
        events = _typed(self.store.related("event", "organizers", rid), Event)
        return sorted(events, key=lambda e: e.start or "")

    def participated(self, rid: str) -> list[Event]:
        """Events an organization took part in without organizing them (represented, visited),
        by date."""
        events = _typed(self.store.related("event", "participants", rid), Event)
        return sorted(events, key=lambda e: e.start or "")

    def side_events(self, rid: str) -> list[Event]:
        """The events held during or alongside an event (``during``), by date."""
        events = _typed(self.store.related("event", "during", rid), Event)
        return sorted(events, key=lambda e: e.start or "")

    def date(self, record: Record) -> str | None:
        """Where a fact stands in time: an event's start, a role's as-of date, an appearance's
        event's start, an observation's period (else when it was reported), a statement's or
        step's date; None for anything else."""
        if isinstance(record, Event):
            return record.start
        if isinstance(record, Role):
            return record.as_of
        if isinstance(record, Appearance):
            event = self.event(record.event)
            return event.start if event else None
        if isinstance(record, Observation):
            return record.when
        if isinstance(record, (Milestone, Claim)):
            return record.date
        return None

    def claims(self, rid: str) -> list[Claim]:
        """Claims by or about a record, in file order, each once."""
        return _typed(self.store.related_any("claim", CLAIM_FIELDS, rid), Claim)

    def milestones(self, rid: str) -> list[Milestone]:
        """Milestones of an instrument, topic or organization, by date."""
        found = _typed(self.store.related("milestone", "subject", rid), Milestone)
        return sorted(found, key=lambda m: m.date)

    def role_for(self, appearance: Appearance) -> Role | None:
        """The title a person held at an event: the appearance's role, else one from its source."""
        if appearance.role:
            role = self.store.get("role", appearance.role)
            return role if isinstance(role, Role) else None
        for role in self.roles_of_person(appearance.person):
            if role.source == appearance.source:
                return role
        return None

    def roles_for(self, appearance: Appearance) -> list[Role]:
        """Every title a person held at an event: `role_for`'s first, then the person's other
        roles reported in the same article as of the same date."""
        first = self.role_for(appearance)
        if first is None:
            return []
        return [first] + [
            role
            for role in self.roles_of_person(appearance.person)
            if role.id != first.id and (role.source, role.as_of) == (first.source, first.as_of)
        ]
