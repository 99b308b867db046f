"""Rules beyond single fields, in both forms: Python for the loader, SQL for the indexer."""

# A rule that spans records has two forms side by side: `check`, which the loader runs on the
# records it built and which reports every breach with its line, and `sql`, which the indexer
# runs on the index after an edit (tables of index/store.py: rec, link, cite) and which only
# says whether anything is broken (a row) or not (none); the indexer then lets the loader report.
# A rule that reads a single record has only the Python form: the indexer validates every new
# record through the loader (`loader.build_records`), which runs it. A first lookup that
# answers before its index is written checks the rules that span records on the facts it keeps
# (`index.quick`, `QuickStore.check`), held to the loader by tests/test_quick.py.

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from cfacts.factbase.kinds import EVIDENCE_FIELDS, FIELDS, FieldSpec
from cfacts.factbase.model import (
    Appearance,
    Claim,
    Event,
    Observation,
    Record,
    Source,
    Statistic,
)
from cfacts.frozen import value

Records = Mapping[str, Mapping[str, Record]]
"""Built records by kind and id: a whole fact base, or a fragment the indexer parsed."""


class Report(Protocol):
    """How a check reports a breach: the record, the field to point at, what is wrong."""

    def __call__(
        self, kind: str, record: Record, field: str, message: str, hint: str | None = None
    ) -> None:
        """Report one breach."""


Check = Callable[[Records, Report], None]


@value(frozen=True)
class Rule:
    """One rule, named by what breaks it, in the loader's form and (if it spans records)
    the indexer's.

    ``sql`` is a query on the index that returns a row when the rule is broken, with
    placeholders from `SCOPES`; None for a rule within one record. ``whole`` marks a rule that
    holds only in a whole fact base (a fragment's references may point outside it).
    """

    broken: str
    check: Check
    sql: str | None
    whole: bool = False


def references(kind: str) -> list[FieldSpec]:
    """The fields of a kind that name other records (the cited sources are in `evidence`)."""
    return [s for s in FIELDS[kind] if s.type in ("ref", "refs") and s.name not in EVIDENCE_FIELDS]


def _references(records: Records, report: Report) -> None:
    """Every id a record names is a record of a kind the field allows; every cited source exists."""
    for kind, built in records.items():
        specs = references(kind)
        for record in built.values():
            for spec in specs:
                raw = getattr(record, spec.name, None)
                targets = raw if isinstance(raw, tuple) else (raw,) if raw else ()
                for target in targets:
                    if not any(target in records[t] for t in spec.targets):
                        _dangling(report, kind, record, spec.name, target, spec.targets)
            for number, ev in enumerate(record.evidence if kind != "source" else ()):
                if ev.source not in records["source"]:
                    field = "source" if number == 0 else "also"
                    _dangling(report, kind, record, field, ev.source, ("source",))


def _dangling(
    report: Report, kind: str, record: Record, field: str, target: str, kinds: tuple[str, ...]
) -> None:
    report(
        kind,
        record,
        field,
        f"{field}: unknown {' or '.join(kinds)} {target!r}",
        f"define it first or fix the id (cfacts search {target})",
    )


_REFERENCES_SQL = """
    SELECT 1 FROM link WHERE ({link_scope}) AND NOT EXISTS (
        SELECT 1 FROM allowed JOIN rec ON rec.kind = allowed.target AND rec.id = link.target
        WHERE allowed.kind = link.kind AND allowed.field = link.field)
    UNION ALL
    SELECT 1 FROM cite WHERE ({cite_scope}) AND NOT EXISTS (
        SELECT 1 FROM rec WHERE rec.kind = 'source' AND rec.id = cite.source)
    LIMIT 1"""


def allowed() -> list[tuple[str, str, str]]:
    """(kind, field, target kind) for every reference: the SQL form of `_references` reads them
    from a temporary table ``allowed`` (the index's ``link`` rows hold the references)."""
    return [
        (kind, spec.name, target)
        for kind in FIELDS
        for spec in references(kind)
        for target in spec.targets
    ]


def _sources(records: Records, report: Report) -> None:
    """An inferred date says why; a source's file is a bare name."""
    for record in records.get("source", {}).values():
        assert isinstance(record, Source)
        if record.date_basis == "inferred" and not record.date_note:
            message = "an inferred date needs a date_note with the reasoning"
            report("source", record, "date_basis", message)
        if "/" in record.file or "\\" in record.file:
            report("source", record, "file", f"file {record.file!r} must be a bare file name")


def _event_dates(records: Records, report: Report) -> None:
    """An event does not end before it starts."""
    for record in records.get("event", {}).values():
        assert isinstance(record, Event)
        if record.start and record.end and record.end < record.start:
            report("event", record, "end", f"end {record.end} is before start {record.start}")


def _observation_dates(records: Records, report: Report) -> None:
    """An observation has the period its value is for or, when the article gives none, the
    date it was reported."""
    for record in records.get("observation", {}).values():
        assert isinstance(record, Observation)
        if record.period is None and record.reported is None:
            report(
                "observation",
                record,
                "period",
                "an observation needs a period, or reported when the article gives no period",
                'set period = "YYYY", or reported = the date of the report',
            )


def _speakers(records: Records, report: Report) -> None:
    """A claim in a person's own words (direct speech) names the person."""
    for record in records.get("claim", {}).values():
        assert isinstance(record, Claim)
        if record.speech == "direct" and record.person is None:
            message = "direct speech names no person"
            report("claim", record, "speech", message, "set person to whoever the article quotes")


def _units(records: Records, report: Report) -> None:
    """An observation's value is in its statistic's unit."""
    for record in records.get("observation", {}).values():
        assert isinstance(record, Observation)
        stat = records.get("statistic", {}).get(record.statistic)
        if not isinstance(stat, Statistic):
            continue  # a dangling reference: `_references` reports it
        if record.value.unit != stat.unit:
            report(
                "observation",
                record,
                "value",
                f"unit {record.value.unit!r} differs from statistic's unit {stat.unit!r}",
                "normalize the value to the statistic's unit",
            )


_UNITS_SQL = """
    SELECT 1 FROM rec AS obs
    JOIN link ON link.pos = obs.pos AND link.field = 'statistic'
    JOIN rec AS stat ON stat.kind = 'statistic' AND stat.id = link.target
    WHERE obs.kind = 'observation' AND obs.unit IS NOT stat.unit
      AND ({obs_scope})
    LIMIT 1"""


def _roles(records: Records, report: Report) -> None:
    """An appearance's role is held by the person appearing."""
    for record in records.get("appearance", {}).values():
        assert isinstance(record, Appearance)
        role = records.get("role", {}).get(record.role) if record.role else None
        if role is not None and getattr(role, "person", None) != record.person:
            report("appearance", record, "role", f"role {record.role!r} belongs to another person")


_ROLES_SQL = """
    SELECT 1 FROM link AS has_role
    JOIN rec AS role ON role.kind = 'role' AND role.id = has_role.target
    JOIN link AS held_by ON held_by.pos = role.pos AND held_by.field = 'person'
    JOIN link AS by ON by.pos = has_role.pos AND by.field = 'person'
    WHERE has_role.kind = 'appearance' AND has_role.field = 'role'
      AND held_by.target IS NOT by.target AND ({role_scope})
    LIMIT 1"""


RULES: tuple[Rule, ...] = (
    Rule(
        "a reference to a missing record or a citation of a missing source",
        _references,
        _REFERENCES_SQL,
        whole=True,
    ),
    Rule("a source with an unexplained inferred date or a path as its file", _sources, None),
    Rule("an event that ends before it starts", _event_dates, None),
    Rule("an observation with neither a period nor a reported date", _observation_dates, None),
    Rule("an observation in another unit than its statistic", _units, _UNITS_SQL),
    Rule("an appearance in a role of another person", _roles, _ROLES_SQL),
    Rule("direct speech without a person", _speakers, None),
)
"""Every rule, in the order the loader reports breaches."""

SCOPES = {
    "link_scope": "link.pos IN fresh OR link.target IN (SELECT id FROM gone)",
    "cite_scope": "cite.pos IN fresh OR cite.source IN (SELECT id FROM gone)",
    "obs_scope": "obs.pos IN fresh OR stat.pos IN fresh",
    "role_scope": "has_role.pos IN fresh OR role.pos IN fresh",
}
"""What the SQL forms check after an edit: only rows that involve a new record (temporary
table ``fresh`` of positions), or point at a record that is gone (``gone``). The index before
the edit passed every check, so nothing else can break one."""

EVERYTHING = dict.fromkeys(SCOPES, "1")
"""The scopes that check every row (a new index)."""
