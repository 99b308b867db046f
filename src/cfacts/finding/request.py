"""One lookup command as data: what `dispatch` answers and what `ask` reads a question as."""

from __future__ import annotations

from cfacts.frozen import value


@value(frozen=True)
class Request:
    """One lookup command as asked: which command, its query and its options."""

    command: str
    query: str | None = None
    year: int | None = None
    latest: bool = False
    limit: int = 20
    from_date: str | None = None  # timeline --from: YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    to_date: str | None = None  # timeline --to
    cards: bool = True  # ask: the cards behind the answer too (not for a concise table)
