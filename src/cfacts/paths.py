"""Decides which fact base file is in use: --facts, then CFACTS_FACTS, then the bundled one."""

from __future__ import annotations

import os

from cfacts.frozen import value

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from pathlib import Path

ENV_VAR = "CFACTS_FACTS"

# Paths are plain strings here: `pathlib` imports `urllib.parse` and `ipaddress`, about 4 ms
# of every lookup on the measuring machine (docs/performance.md).


@value(frozen=True)
class FactsLocation:
    """The fact base path chosen and why."""

    path: str
    origin: str  # "option", "environment" or "bundled"


def bundled_file() -> str:
    """The fact base shipped with the package (wheel) or at the repository top (editable/tests)."""
    here = os.path.dirname(os.path.realpath(__file__))
    packaged = os.path.join(here, "data", "facts.toml")
    if os.path.isfile(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(here)), "facts.toml")


def bundled_path() -> Path:
    """`bundled_file` as a Path."""
    from pathlib import Path

    return Path(bundled_file())


def resolve(option: str | None) -> FactsLocation:
    """Apply the precedence: explicit option, environment variable, bundled file."""
    if option:
        return FactsLocation(os.path.expanduser(option), "option")
    env = os.environ.get(ENV_VAR)
    if env:
        return FactsLocation(os.path.expanduser(env), "environment")
    return FactsLocation(bundled_file(), "bundled")
