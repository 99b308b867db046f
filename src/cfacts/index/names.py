"""The names a record can be found by (`Candidate`), as the index stores and matching reads them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from cfacts.factbase.model import Organization, Record, Statistic
from cfacts.frozen import value
from cfacts.textnorm import name_key

Getter = Callable[[str, str], "Record | None"]

NAME_KINDS = ("person", "organization", "event", "statistic", "instrument", "topic")
"""The kinds whose records are found by name."""


@value(frozen=True)
class Candidate:
    """A text a record can be found by, and which field it came from."""

    kind: str
    id: str
    field: str
    text: str
    key: str = ""  # the folded text; computed from ``text`` when empty


def record_names(kind: str, record: Record, get: Getter) -> Iterator[Candidate]:
    """The names of a record, preferred field first (a name beats an alias beats an id).

    A statistic about an organization is also named by the organization's abbreviations and
    name followed by its label ("MCSC total licensing revenue").
    """
    for field, text in name_texts(kind, record, get):
        yield Candidate(kind, record.id, field, text, name_key(text))


def name_texts(kind: str, record: Record, get: Getter) -> list[tuple[str, str]]:
    """(field, text) of each name of a record, in `record_names`' order, not yet folded."""
    texts: list[tuple[str, str]] = []
    if kind == "statistic":
        texts.append(("slug", record.id))
    for field in ("name", "label"):
        text = getattr(record, field, None)
        if isinstance(text, str):
            texts.append((field, text))
    for field, singular in (("abbreviations", "abbreviation"), ("aliases", "alias")):
        texts.extend((singular, text) for text in getattr(record, field, ()))
    if isinstance(record, Statistic) and record.organization:
        org = get("organization", record.organization)
        if isinstance(org, Organization):
            for short in (*org.abbreviations, org.name):
                texts.append(("label", f"{short} {record.label}"))
    if kind != "statistic":
        texts.append(("id", record.id))
    return texts


def shown_folded(kind: str, rid: str, text: str) -> str:
    """What completion offers for a name (a statistic's slug, else the name itself), casefolded:
    completions that start with what was typed come first."""
    return (rid if kind == "statistic" else text).casefold()


def sorted_key(key: str) -> str:
    """A folded name key with its words in order: the same for "Hua Liu" and "Liu Hua"."""
    return " ".join(sorted(key.split()))
