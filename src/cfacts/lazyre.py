"""Regular expressions compiled on their first use, so start-up pays only for those a run reads."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up
if TYPE_CHECKING:
    from typing import Any

Replacement = str | Callable[[re.Match[str]], str]
"""What `re.Pattern.sub` puts in a match's place: a template or a function of the match."""


class LazyPattern:
    """`re.compile(source, flags)`, put off until a method first needs the compiled pattern.

    A module of many patterns (a question's reading holds dozens) pays at import only for
    keeping their sources; each question compiles the few its words reach.
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled on the first call and kept."""
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        """The pattern's source, as given."""
        return self._source

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.search`."""
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.Pattern.match`."""
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """`re.Pattern.fullmatch`."""
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """`re.Pattern.finditer`."""
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        """`re.Pattern.findall` (a list of strings for a pattern of at most one group)."""
        found: list[str] = self.compiled.findall(string, pos, endpos)
        return found

    def sub(self, repl: Replacement, string: str, count: int = 0) -> str:
        """`re.Pattern.sub`."""
        return self.compiled.sub(repl, string, count)

    def subn(self, repl: Replacement, string: str, count: int = 0) -> tuple[str, int]:
        """`re.Pattern.subn`."""
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """`re.Pattern.split`."""
        return self.compiled.split(string, maxsplit)


def lazy_pattern(source: str, flags: int = 0) -> LazyPattern:
    """A pattern that compiles `source` with `flags` the first time it is used."""
    return LazyPattern(source, flags)
