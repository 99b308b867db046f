"""Proves that every quote in a fact base appears verbatim in its source article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from cfacts.errors import Problem
from cfacts.factbase.loader import read_regular
from cfacts.factbase.model import FactBase, Record
from cfacts.frozen import value

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold whitespace runs (no-break spaces too) to one space and typographic quotes to ASCII."""
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


@value(frozen=True)
class QuoteReport:
    """The outcome of checking every quote against the articles."""

    checked: int
    problems: tuple[Problem, ...]


def _evidence(facts: FactBase) -> Iterator[tuple[str, Record, str, str]]:
    for kind, records in facts.records.items():
        for record in records.values():
            for ev in record.evidence:
                yield kind, record, ev.source, ev.quote


def _reason(exc: OSError | UnicodeDecodeError) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "is not valid UTF-8"
    return exc.strerror or str(exc)  # "Permission denied", or "is a FIFO (named pipe), ..."


def verify_quotes(facts: FactBase, sources_dir: Path) -> QuoteReport:
    """Check each quote against the folded text of its article in ``sources_dir``."""
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    for source in facts.sources.values():
        path = sources_dir / source.file
        try:
            texts[source.id] = fold(read_regular(path).decode("utf-8"))
        except FileNotFoundError:
            problems.append(
                Problem(
                    facts.path,
                    f"article file {source.file!r} not found in {sources_dir}",
                    source.line,
                    record=f"source {source.id}",
                    hint="check the file name or the --sources folder",
                )
            )
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(
                Problem(
                    facts.path,
                    f"cannot read article {source.file!r}: {_reason(exc)}",
                    source.line,
                    record=f"source {source.id}",
                    hint="an article is a regular UTF-8 text file",
                )
            )
    checked = 0
    for kind, record, source_id, quote in _evidence(facts):
        text = texts.get(source_id)
        if text is None:
            continue
        checked += 1
        if fold(quote) not in text:
            problems.append(
                Problem(
                    facts.path,
                    f"quote not found in {facts.sources[source_id].file}: {quote!r}",
                    record.line,
                    record=f"{kind} {record.id}",
                    hint="copy the span exactly as the article writes it",
                )
            )
    return QuoteReport(checked, tuple(problems))
