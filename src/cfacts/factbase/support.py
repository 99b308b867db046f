"""Proves that each record's evidence supports what the record asserts, beyond the quote being
in its article (quotes.py): every quantity is written in the record's quotes as ``as_written``
says, and its normalized value agrees with that wording; every role's and appearance's person
is named in its quotes; every observation's period is written in its quotes, unless it is
the article's own date (a figure "so far" as of the article)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cfacts.errors import Problem
from cfacts.factbase.amounts import Unreadable, disagreement
from cfacts.factbase.kinds import FIELDS
from cfacts.factbase.locate import LineIndex
from cfacts.factbase.model import FactBase, Observation, Person, Quantity, Record
from cfacts.factbase.quotes import fold
from cfacts.frozen import value

NAMED_KINDS = ("role", "appearance")
"""Kinds whose evidence must name the person the record is about."""


@value(frozen=True)
class SupportReport:
    """The outcome of the support checks: how many quantities, names and periods were
    checked."""

    quantities: int
    names: int
    problems: tuple[Problem, ...]
    periods: int = 0


def quantities(record: Record, kind: str) -> Iterator[tuple[str, Quantity]]:
    """The record's quantity fields that are set, with their names."""
    for spec in FIELDS[kind]:
        if spec.type == "quantity":
            quantity = getattr(record, spec.name, None)
            if isinstance(quantity, Quantity):
                yield spec.name, quantity


def spans(record: Record) -> list[str]:
    """Every span of every quote of the record, folded."""
    return [fold(span) for ev in record.evidence for span in ev.spans]


def names(person: Person) -> list[str]:
    """How a quote may name a person: name, alias, or honorific and family name ("Ms. Liu")."""
    found = [person.name, *person.aliases]
    if person.honorific and person.family_name:
        found.append(f"{person.honorific} {person.family_name}")
    return found


def _has_words(name: str, texts: list[str]) -> bool:
    """Whether any text has ``name`` as whole words (not "Wang Min" in "Wang Ming", nor "100"
    in "1000")."""
    pattern = re.compile(rf"(?<!\w){re.escape(fold(name))}(?!\w)")
    return any(pattern.search(text) for text in texts)


class _Lines:
    """The line of a record's field in the fact base's text (its header line without one)."""

    def __init__(self, facts: FactBase, text: str | None) -> None:
        self.index = LineIndex(text) if text is not None else None
        self.order = {
            kind: {rid: n for n, rid in enumerate(rs)} for kind, rs in facts.records.items()
        }

    def __call__(self, kind: str, record: Record, field: str) -> int:
        if self.index is None:
            return record.line
        line = self.index.field(kind, self.order[kind][record.id], field)
        return line or record.line


def verify_support(facts: FactBase, text: str | None = None) -> SupportReport:
    """Check every quantity and every role's and appearance's person against the record's own
    quotes. ``text``, the fact base's text, points each problem at its field's line."""
    line = _Lines(facts, text)
    problems: list[Problem] = []
    counted = named = dated = 0

    def report(kind: str, record: Record, field: str, message: str, hint: str) -> None:
        where = line(kind, record, field)
        problems.append(
            Problem(facts.path, message, where, record=f"{kind} {record.id}", hint=hint)
        )

    for kind, records in facts.records.items():
        for record in records.values():
            texts = spans(record)
            for field, quantity in quantities(record, kind):
                counted += 1
                wrong = _quantity(quantity, texts)
                if wrong is not None:
                    report(kind, record, field, f"{field}: {wrong[0]}", wrong[1])
            person = getattr(record, "person", None) if kind in NAMED_KINDS else None
            if isinstance(person, str) and person in facts.people:
                named += 1
                forms = names(facts.people[person])
                if not any(_has_words(form, texts) for form in forms):
                    report(
                        kind,
                        record,
                        "quote",
                        f"quote: names none of {', '.join(map(repr, forms))} (person {person})",
                        "quote the span of the article that names them too, as a list of "
                        "spans or after '...'; or add the article's spelling to aliases",
                    )
            if isinstance(record, Observation) and record.period:
                dated += 1
                if not _period_held(record, record.period, texts, facts):
                    report(
                        kind,
                        record,
                        "quote",
                        f"quote: does not give the period {record.period!r}",
                        "quote the span that names the year too, as a list of spans or after "
                        "'...'; a period that is the article's own date needs none",
                    )
    problems.sort(key=lambda problem: problem.line or 0)
    return SupportReport(counted, named, tuple(problems), dated)


def _period_held(record: Record, period: str, texts: list[str], facts: FactBase) -> bool:
    """Whether an observation's quotes write its period's year, or the period is the date of
    the article the figure comes from (its own "so far")."""
    if _has_words(period[:4], texts):
        return True
    sources = facts.sources
    dates = [sources[ev.source].date for ev in record.evidence if ev.source in sources]
    return any(date.startswith(period) for date in dates)


def _quantity(quantity: Quantity, texts: list[str]) -> tuple[str, str] | None:
    """(message, hint) for a quantity its quotes do not support, else None."""
    written = quantity.as_written
    absent = not _has_words(written, texts)
    try:
        wrong = disagreement(quantity)
    except Unreadable as error:
        return (
            f"cannot read as_written {written!r}: {error}"
            + ("; it is in none of the record's quotes" if absent else ""),
            "write it as the article does: a number, then hundred, thousand, million, billion "
            "or trillion, then a known unit word (docs/factbase.md, Quantities)",
        )
    if absent:
        also = f", and {wrong[0]}" if wrong else ""
        return (
            f"as_written {written!r} is in none of the record's quotes{also}",
            "copy as_written exactly from the article, and quote the span that gives it",
        )
    if wrong:
        return f"as_written {written!r} {wrong[0]}", wrong[1]
    return None
