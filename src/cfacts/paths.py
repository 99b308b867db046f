"""Decides which fact base file is in use: --facts, then CFACTS_FACTS, then the bundled one."""

from __future__ import annotations

import os
from pathlib import Path

from cfacts.frozen import value

ENV_VAR = "CFACTS_FACTS"


@value(frozen=True)
class FactsLocation:
    """The fact base path chosen and why."""

    path: Path
    origin: str  # "option", "environment" or "bundled"


def bundled_path() -> Path:
    """The fact base shipped with the package (wheel) or at the repository top (editable/tests)."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / "facts.toml"
    if packaged.is_file():
        return packaged
    return here.parent.parent / "facts.toml"


def resolve(option: str | None) -> FactsLocation:
    """Apply the precedence: explicit option, environment variable, bundled file."""
    if option:
        return FactsLocation(Path(option).expanduser(), "option")
    env = os.environ.get(ENV_VAR)
    if env:
        return FactsLocation(Path(env).expanduser(), "environment")
    return FactsLocation(bundled_path(), "bundled")
