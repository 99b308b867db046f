"""Loose start-up guards: the JSON path never imports rich; the core never imports typer."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

CORE = "cfacts.loader, cfacts.lookup, cfacts.matching, cfacts.quotes, cfacts.jsonout"


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return set(out.split())


def test_core_never_imports_typer_or_rich() -> None:
    modules = _modules_after(f"import {CORE}")
    assert "typer" not in modules
    assert "rich" not in modules


def test_json_lookup_never_imports_rich() -> None:
    code = (
        "import sys\nfrom cfacts.cli import main\n"
        "sys.argv = ['cfacts', 'who', 'Liu Hua', '--json']\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        main()\n    except SystemExit:\n        pass"
    )
    modules = _modules_after(code)
    assert "rich" not in modules
    assert "pydantic" not in modules
