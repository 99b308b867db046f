"""Indexes the links between records: roles by person, speakers by event, series by statistic."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TypeVar

from cfacts.model import (
    Appearance,
    Claim,
    Event,
    FactBase,
    Milestone,
    Observation,
    Record,
    Role,
    Statistic,
)

R = TypeVar("R", bound=Record)


def _group(records: Iterable[R], *keys: str) -> dict[str, list[R]]:
    groups: dict[str, list[R]] = defaultdict(list)
    for record in records:
        for key in keys:
            value = getattr(record, key, None)
            for target in value if isinstance(value, tuple) else (value,):
                if target:
                    groups[target].append(record)
    return groups


class Relations:
    """Reverse links over a fact base, built once per run."""

    def __init__(self, facts: FactBase) -> None:
        self.facts = facts
        roles = sorted(facts.roles.values(), key=lambda r: r.as_of)
        self.roles_by_person: Mapping[str, list[Role]] = _group(roles, "person")
        self.roles_by_org: Mapping[str, list[Role]] = _group(roles, "organization")
        appearances = sorted(facts.appearances.values(), key=self._appearance_date)
        self.appearances_by_person: Mapping[str, list[Appearance]] = _group(appearances, "person")
        self.appearances_by_event: Mapping[str, list[Appearance]] = _group(appearances, "event")
        observations = sorted(facts.observations.values(), key=lambda o: o.period)
        self.observations_by_stat: Mapping[str, list[Observation]] = _group(
            observations, "statistic"
        )
        self.observations_by_person: Mapping[str, list[Observation]] = _group(
            observations, "reported_by"
        )
        self.observations_by_event: Mapping[str, list[Observation]] = _group(observations, "event")
        self.stats_by_org: Mapping[str, list[Statistic]] = _group(
            facts.statistics.values(), "organization"
        )
        self.children_by_org = _group(facts.organizations.values(), "parent")
        events = sorted(facts.events.values(), key=lambda e: e.start or "")
        self.events_by_org: Mapping[str, list[Event]] = _group(events, "organizers")
        claims = list(facts.claims.values())
        self.claims_by_ref: Mapping[str, list[Claim]] = _group(
            claims, "person", "organization", "event", "subjects"
        )
        self.milestones_by_subject: Mapping[str, list[Milestone]] = _group(
            sorted(facts.milestones.values(), key=lambda m: m.date), "subject"
        )

    def _appearance_date(self, appearance: Appearance) -> str:
        event = self.facts.events.get(appearance.event)
        return (event.start or "") if event else ""

    def role_for(self, appearance: Appearance) -> Role | None:
        """The title a person held at an event: the appearance's role, else one from its source."""
        if appearance.role:
            return self.facts.roles.get(appearance.role)
        for role in self.roles_by_person.get(appearance.person, []):
            if role.source == appearance.source:
                return role
        return None

    def facts_per_source(self) -> dict[str, int]:
        """How many records cite each source article (as primary or further evidence)."""
        counts: dict[str, int] = defaultdict(int)
        for kind, records in self.facts.records.items():
            if kind == "source":
                continue
            for record in records.values():
                for source in {ev.source for ev in record.evidence}:
                    counts[source] += 1
        return counts
