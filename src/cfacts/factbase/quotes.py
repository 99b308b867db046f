"""Proves that every quote in a fact base appears verbatim in its source article (a quote of
several spans: each span, in order), and every source's headline in its article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from cfacts.errors import Problem
from cfacts.factbase.loader import read_regular
from cfacts.factbase.model import Evidence, FactBase, Record
from cfacts.frozen import value

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold whitespace runs (no-break spaces too) to one space and typographic quotes to ASCII."""
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


@value(frozen=True)
class QuoteReport:
    """The outcome of checking every quote (and every headline) against the articles."""

    checked: int
    problems: tuple[Problem, ...]
    headlines: int = 0


def find_spans(spans: tuple[str, ...], text: str) -> int | None:
    """The number (from 1) of the first span not found in ``text`` after the one before it,
    or None when every span is there in order; spans and text are folded (`fold`)."""
    at = 0
    for number, span in enumerate(spans, start=1):
        found = text.find(fold(span), at)
        if found < 0:
            return number
        at = found + len(fold(span))
    return None


def _evidence(facts: FactBase) -> Iterator[tuple[str, Record, Evidence]]:
    for kind, records in facts.records.items():
        for record in records.values():
            for ev in record.evidence:
                yield kind, record, ev


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
    for kind, record, ev in _evidence(facts):
        text = texts.get(ev.source)
        if text is None:
            continue
        checked += 1
        spans = ev.spans
        missing = find_spans(spans, text)
        if missing is not None:
            file = facts.sources[ev.source].file
            if len(spans) == 1:
                what, hint = repr(ev.quote), "copy the span exactly as the article writes it"
            else:
                what = f"span {missing} of {len(spans)} {spans[missing - 1]!r}"
                hint = "copy each span exactly, in the order the article has them"
                if find_spans(spans[missing - 1 : missing], text) is None:
                    what += f" (found, but not after span {missing - 1})"
            problems.append(
                Problem(
                    facts.path,
                    f"quote not found in {file}: {what}",
                    record.line,
                    record=f"{kind} {record.id}",
                    hint=hint,
                )
            )
    headlines = 0
    for source in facts.sources.values():
        text = texts.get(source.id)
        if source.headline is None or text is None:
            continue
        headlines += 1
        if fold(source.headline) not in text:
            problems.append(
                Problem(
                    facts.path,
                    f"headline not found in {source.file}: {source.headline!r}",
                    source.line,
                    record=f"source {source.id}",
                    hint="copy the article's own headline exactly; omit it if there is none",
                )
            )
    return QuoteReport(checked, tuple(problems), headlines)
