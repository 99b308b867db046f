"""SQLite as the index uses it: CPython's `_sqlite3` module itself where there is one.

`sqlite3` is `_sqlite3` with Python's default adapters for dates and times added, and
registering those imports `datetime`: about 2.5 ms of every command's start-up. cfacts
stores no date or time objects (dates are ISO text inside each record's JSON), so it needs
none of them; an interpreter without `_sqlite3` gets `sqlite3`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

__all__ = [
    "Connection",
    "Cursor",
    "DatabaseError",
    "Error",
    "IntegrityError",
    "OperationalError",
    "connect",
    "sqlite_version",
]

if TYPE_CHECKING:  # the names above, as `sqlite3` types them
    from sqlite3 import (
        Connection,
        Cursor,
        DatabaseError,
        Error,
        IntegrityError,
        OperationalError,
        connect,
        sqlite_version,
    )
else:
    try:
        import _sqlite3 as _engine
    except ImportError:  # pragma: no cover - an interpreter whose sqlite3 is not CPython's
        import sqlite3 as _engine

    globals().update({name: getattr(_engine, name) for name in __all__})
