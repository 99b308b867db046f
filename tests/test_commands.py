"""The non-lookup commands run through one path: info shows paths as escaped text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import MINIMAL


def test_info_shows_a_path_with_a_newline_escaped_on_one_line(tmp_path: Path) -> None:
    odd = tmp_path / "two\nlines.toml"
    odd.write_text(MINIMAL, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "cfacts", "--facts", str(odd), "info"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("fact base: ") and first.endswith("lines.toml (option)")
    assert "two\\nlines.toml" in first  # the newline shown as an escape, not a line break
