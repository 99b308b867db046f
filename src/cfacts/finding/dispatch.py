"""Answers one lookup command (`Request`) with a `Lookup`; a question is read by `ask` first."""

from __future__ import annotations

from collections.abc import Callable

from cfacts.finding.request import Request

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from cfacts.finding.lookup import Lookup
    from cfacts.finding.views import Outcome

__all__ = ["Request", "answer"]


def answer(request: Request, lookup: Lookup) -> Outcome:
    """The outcome of one lookup command (raises QueryError for an unusable query)."""
    command, query = request.command, request.query
    if query is not None:
        _check_utf8(query)
    if command == "stat":
        from cfacts.finding.cards import filter_series

        return filter_series(lookup.stat(query), year=request.year, latest=request.latest)
    if command == "sources":
        return lookup.sources()
    if command == "ask":
        from cfacts.finding.ask import answered, ask
        from cfacts.finding.views import Outcome

        reading = ask(lookup, query or "")  # what to look up; never another question
        asked = reading.request
        if asked is not None and not request.cards:  # the facts alone: no card is shown
            return answered(reading, Outcome(asked.command, asked.query, ()))
        return answered(reading, None if asked is None else answer(asked, lookup))
    if command == "timeline":
        from cfacts.finding.timeline import timeline

        return timeline(
            lookup, query, year=request.year, since=request.from_date, until=request.to_date
        )
    if command == "search":
        from cfacts.finding.fulltext import search

        return search(lookup, query or "", request.limit)
    method: Callable[[str], Outcome] = getattr(lookup, command)
    return method(query or "")


def _check_utf8(query: str) -> None:
    """Raise QueryError for a query with bytes that are not UTF-8 (they reach Python as lone
    surrogates, which no output can carry)."""
    try:
        query.encode("utf-8")
    except UnicodeEncodeError:
        from cfacts.errors import QueryError

        try:
            shown = query.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            shown = query.encode("utf-8", "backslashreplace").decode("utf-8")
        raise QueryError(
            f"the query '{shown}' is not valid UTF-8 "
            "(hint: type it in a UTF-8 terminal, or set LANG to a UTF-8 locale)"
        ) from None
