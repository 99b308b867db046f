"""Error types raised by the cfacts core; the CLI maps them to messages and exit codes."""

from __future__ import annotations

from enum import IntEnum

from cfacts.frozen import value


@value(frozen=True)
class Problem:
    """One defect found in a fact base, located as precisely as the input allows."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    record: str | None = None
    hint: str | None = None

    def format(self) -> str:
        """One line: ``file:line:col: [kind id] message (hint: ...)``."""
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: "
        if self.record:
            text += f"[{self.record}] "
        text += self.message
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class ExitStatus(IntEnum):
    """cfacts' exit codes, the one list the code, the help and the README use."""

    OK = 0
    NO_MATCH = 1
    USAGE = 2
    BAD_FACTS = 3
    INTERNAL = 70


class CfactsError(Exception):
    """Base class for every error the core raises on purpose; carries its exit status."""

    exit_status = ExitStatus.USAGE


class FactBaseError(CfactsError):
    """The fact base cannot be used; carries every problem found."""

    exit_status = ExitStatus.BAD_FACTS

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.format() for p in problems))


class QueryError(CfactsError):
    """A query is unusable (for example empty)."""


class ExportError(CfactsError):
    """An export cannot be written; the message says what failed, where, and a hint."""
