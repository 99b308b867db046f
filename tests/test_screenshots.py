"""The README screenshots in docs/img/ match what the current code renders, and are all shown."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parents[1]
SCRIPT = ROOT / "scripts" / "screenshots.py"
IMG = ROOT / "docs" / "img"
FIX = "run `python scripts/screenshots.py` to regenerate the README screenshots"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cfacts_screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def screens() -> dict[str, str]:
    rendered: dict[str, str] = _load().render_all()
    return rendered


def test_there_are_screenshots(screens: dict[str, str]) -> None:
    assert screens, "scripts/screenshots.py renders no screenshots"


def test_screenshots_are_up_to_date(screens: dict[str, str]) -> None:
    missing = [name for name in screens if not (IMG / name).is_file()]
    assert not missing, f"missing docs/img/{', '.join(missing)}; {FIX}"
    stale = [name for name, svg in screens.items() if (IMG / name).read_text("utf-8") != svg]
    assert not stale, f"stale docs/img/{', '.join(stale)}; {FIX}"


def test_screenshots_are_in_readme(screens: dict[str, str]) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    unreferenced = [name for name in screens if f"(docs/img/{name})" not in readme]
    assert not unreferenced, f"README.md does not show docs/img/{', '.join(unreferenced)}"
