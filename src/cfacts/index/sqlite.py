"""SQLite as the index uses it: CPython's `_sqlite3` module itself where there is one.

`sqlite3` is `_sqlite3` with Python's default adapters for dates and times added, and
registering those imports `datetime`: about 2.5 ms of every command's start-up. cfacts
stores no date or time objects (dates are ISO text inside each record's JSON), so it needs
none of them; an interpreter without `_sqlite3` gets `sqlite3`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
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
        from _sqlite3 import (
            Connection,
            Cursor,
            DatabaseError,
            Error,
            IntegrityError,
            OperationalError,
            connect,
            sqlite_version,
        )
    except ImportError:  # pragma: no cover - an interpreter whose sqlite3 is not CPython's
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
