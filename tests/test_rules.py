"""Every rule beyond single fields has its Python form (the loader) and, if it spans records,
its SQL form (the indexer), and the two find the same breaches."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import pytest

from cfacts.factbase.loader import load_text
from cfacts.factbase.model import FactBase, Record
from cfacts.factbase.rules import EVERYTHING, RULES, SCOPES, Records, Rule, allowed
from cfacts.frozen import replace
from cfacts.index import indexer
from cfacts.index.writer import write_index
from conftest import SOURCE

VALID = SOURCE + """\

[[organization]]
id = "acme"
name = "Acme Copyright Society"
kind = "collective_management_organization"
source = "s1"
quote = "Acme Copyright Society"

[[person]]
id = "jane-roe"
name = "Jane Roe"
source = "s1"
quote = "Jane Roe"

[[person]]
id = "john-doe"
name = "John Doe"
source = "s1"
quote = "John Doe"

[[role]]
id = "jane-roe-acme"
person = "jane-roe"
title = "Director"
organization = "acme"
as_of = "2024-05-01"
source = "s1"
quote = "Jane Roe, Director"

[[event]]
id = "forum-2024"
name = "Forum 2024"
kind = "forum"
start = "2024-05-01"
end = "2024-05-02"
organizers = ["acme"]
source = "s1"
quote = "the forum"

[[appearance]]
id = "jane-roe-at-forum-2024"
person = "jane-roe"
event = "forum-2024"
capacity = "spoke"
summary = "Spoke."
role = "jane-roe-acme"
source = "s1"
quote = "Jane Roe spoke"

[[statistic]]
id = "members"
label = "Members"
subject = "Acme Copyright Society"
unit = "members"
organization = "acme"

[[observation]]
id = "members-2024"
statistic = "members"
period = "2024"
value = { qualifier = "exact", value = 10, unit = "members", as_written = "10" }
source = "s1"
quote = "10 members"

[[claim]]
id = "jane-roe-on-members"
summary = "Jane Roe said the society has ten members."
person = "jane-roe"
event = "forum-2024"
speech = "direct"
source = "s1"
quote = "We have 10 members"
"""

Edit = Callable[[Records], tuple[str, Mapping[str, Record]]]
"""An edit of one record of a valid fact base: its kind and that kind's records after it."""


def _set(kind: str, rid: str, **changes: Any) -> Edit:
    def edit(records: Records) -> tuple[str, Mapping[str, Record]]:
        return kind, {**records[kind], rid: replace(records[kind][rid], **changes)}

    return edit


def _cite(kind: str, rid: str, source: str) -> Edit:
    def edit(records: Records) -> tuple[str, Mapping[str, Record]]:
        record = records[kind][rid]
        evidence = (replace(record.evidence[0], source=source), *record.evidence[1:])
        return kind, {**records[kind], rid: replace(record, evidence=evidence)}

    return edit


BREACHES: dict[str, Edit] = {
    # a person's id where an organization's belongs: a kind the field does not allow
    "a reference to a record of another kind": _set(
        "role", "jane-roe-acme", organization="jane-roe"
    ),
    "a list referring to a missing record": _set(
        "event", "forum-2024", organizers=("acme", "ghost")
    ),
    "a citation of a missing source": _cite("person", "john-doe", "acme"),  # not a source
    "an inferred date without a note": _set("source", "s1", date_basis="inferred"),
    "a file in a folder": _set("source", "s1", file="a/article.txt"),
    "an event ending before it starts": _set("event", "forum-2024", end="2024-04-30"),
    "an observation in another unit": _set("statistic", "members", unit="people"),
    "an observation without a period or a reported date": _set(
        "observation", "members-2024", period=None
    ),
    "direct speech without a person": _set("claim", "jane-roe-on-members", person=None),
    "an appearance in another person's role": _set(
        "appearance", "jane-roe-at-forum-2024", person="john-doe"
    ),
}
"""Each breach, as an edit of the valid fact base."""


@pytest.fixture(scope="module")
def valid() -> FactBase:
    return load_text(VALID, "valid.toml")


def broken(facts: FactBase, name: str) -> FactBase:
    kind, records = BREACHES[name](facts.records)
    edited = {**facts.records, kind: MappingProxyType(dict(records))}
    return FactBase(facts.path, facts.schema_version, MappingProxyType(edited))


Breach = tuple[str, str, str, str]


def python_breaches(rule: Rule, records: Records) -> list[Breach]:
    found: list[Breach] = []

    def report(
        kind: str, record: Record, field: str, message: str, hint: str | None = None
    ) -> None:
        found.append((kind, record.id, field, message))

    rule.check(records, report)
    return found


def sql_breaks(rule: Rule, facts: FactBase, *, scoped: bool) -> bool:
    """Whether the rule's SQL finds a breach in an index of ``facts`` (scoped: every record
    counts as new, as after an edit that touched them all)."""
    assert rule.sql is not None
    db = sqlite3.connect(":memory:")
    write_index(db, facts, {})
    db.execute("CREATE TEMP TABLE allowed (kind TEXT, field TEXT, target TEXT)")
    db.executemany("INSERT INTO allowed VALUES (?, ?, ?)", allowed())
    scopes = EVERYTHING
    if scoped:
        db.execute("CREATE TEMP TABLE fresh (pos INTEGER PRIMARY KEY)")
        db.execute("CREATE TEMP TABLE gone (kind TEXT, id TEXT)")
        db.execute("INSERT INTO fresh SELECT pos FROM rec")
        scopes = SCOPES
    found = db.execute(rule.sql.format(**scopes)).fetchone() is not None
    db.close()
    return found


def alone(records: Records, kind: str, rid: str) -> Records:
    """Only one record, as the indexer's loader sees a record it parses on its own."""
    return {k: ({rid: records[k][rid]} if k == kind else {}) for k in records}


def test_the_valid_base_breaks_no_rule(valid: FactBase) -> None:
    for rule in RULES:
        assert python_breaches(rule, valid.records) == [], rule.broken
        if rule.sql is not None:
            assert not sql_breaks(rule, valid, scoped=False), rule.broken
            assert not sql_breaks(rule, valid, scoped=True), rule.broken


@pytest.mark.parametrize("name", sorted(BREACHES))
def test_each_breach_is_found_by_one_rule_in_every_form(valid: FactBase, name: str) -> None:
    facts = broken(valid, name)
    breaking = [rule for rule in RULES if python_breaches(rule, facts.records)]
    assert len(breaking) == 1, [rule.broken for rule in breaking]
    rule = breaking[0]
    if rule.sql is not None:
        assert sql_breaks(rule, facts, scoped=False)
        assert sql_breaks(rule, facts, scoped=True)
    for other in RULES:
        if other is not rule and other.sql is not None:
            assert not sql_breaks(other, facts, scoped=False), other.broken


def test_every_rule_is_exercised_by_a_breach(valid: FactBase) -> None:
    exercised = {
        rule.broken
        for name in BREACHES
        for rule in RULES
        if python_breaches(rule, broken(valid, name).records)
    }
    assert exercised == {rule.broken for rule in RULES}


def same_record_by_record(rule: Rule, facts: FactBase) -> bool:
    """Whether the rule reports the same on each record alone as on the whole fact base."""
    whole = python_breaches(rule, facts.records)
    return all(
        python_breaches(rule, alone(facts.records, kind, rid))
        == [found for found in whole if found[:2] == (kind, rid)]
        for kind, records in facts.records.items()
        for rid in records
    )


@pytest.mark.parametrize("rule", RULES, ids=[rule.broken for rule in RULES])
def test_only_rules_within_one_record_lack_the_sql_form(valid: FactBase, rule: Rule) -> None:
    """A rule without SQL sees each record on its own, as the indexer's loader checks a new
    record; a rule that needs the other records has the SQL form, which sees them all."""
    bases = [valid, *(broken(valid, name) for name in BREACHES)]
    within = all(same_record_by_record(rule, facts) for facts in bases)
    assert within == (rule.sql is None)


def test_every_rule_has_a_python_form_and_spanning_ones_sql() -> None:
    for rule in RULES:
        assert callable(rule.check), rule.broken
        assert rule.sql is None or rule.sql.strip().startswith("SELECT"), rule.broken
    spanning = [rule.broken for rule in RULES if rule.sql is not None]
    assert spanning == [
        "a reference to a missing record or a citation of a missing source",
        "an observation in another unit than its statistic",
        "an appearance in a role of another person",
    ]


def test_the_indexer_runs_exactly_the_sql_forms() -> None:
    assert {rule.broken: rule.sql for rule in RULES if rule.sql is not None} == indexer.CHECKS
    for query in indexer.CHECKS.values():
        assert set(re.findall(r"\{(\w+)\}", query)) <= set(SCOPES)
    assert set(EVERYTHING) == set(SCOPES)
    assert indexer._allowed is allowed


def test_only_whole_fact_base_rules_are_skipped_on_a_fragment() -> None:
    assert [rule.broken for rule in RULES if rule.whole] == [
        "a reference to a missing record or a citation of a missing source"
    ]
