"""Maps records and fields of a parsed TOML fact base back to line numbers in its text."""

from __future__ import annotations

import bisect
import re

_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


class LineIndex:
    """Finds the line of the n-th ``[[kind]]`` record and of a field inside it."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._starts: dict[str, list[int]] = {}
        self._top_keys: dict[str, int] = {}
        boundaries: list[int] = []
        in_table = False
        for number, line in enumerate(self._lines, start=1):
            header = _HEADER.match(line)
            if header:
                self._starts.setdefault(header.group(1), []).append(number)
                boundaries.append(number)
                in_table = True
                continue
            table = _TABLE.match(line)
            if table:
                self._top_keys.setdefault(table.group(1).split(".")[0], number)
                boundaries.append(number)
                in_table = True
                continue
            key = _KEY.match(line)
            if key and not in_table:
                self._top_keys.setdefault(key.group(1), number)
        self._boundaries = boundaries

    def top_key(self, key: str) -> int | None:
        """Line of a top-level key or table."""
        return self._top_keys.get(key)

    def record(self, kind: str, index: int) -> int | None:
        """Line of the header of the ``index``-th (0-based) ``[[kind]]`` record."""
        starts = self._starts.get(kind, [])
        return starts[index] if index < len(starts) else None

    def field(self, kind: str, index: int, name: str) -> int | None:
        """Line of ``name = ...`` inside a record, else the record's header line."""
        start = self.record(kind, index)
        if start is None:
            return None
        after = bisect.bisect_right(self._boundaries, start)
        end = self._boundaries[after] if after < len(self._boundaries) else len(self._lines) + 1
        for number in range(start + 1, end):
            key = _KEY.match(self._lines[number - 1])
            if key and key.group(1) == name:
                return number
        return start
