"""Regenerates the README screenshots (docs/img/*.svg) from the bundled fact base."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from rich.console import Console

from cfacts.finding.dispatch import Request, answer
from cfacts.finding.lookup import Lookup
from cfacts.index.cache import open_store
from cfacts.output.answer import render_answer
from cfacts.output.render import render
from cfacts.output.view import View
from cfacts.paths import bundled_path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "docs" / "img"
WIDTH = 100

# File name -> (command line shown as the title, the request it stands for).
SCREENS: dict[str, tuple[str, Request]] = {
    "who-liu-hua.svg": ('cfacts who "Liu Hua"', Request("who", "Liu Hua")),
    "stat-gdp-share.svg": ("cfacts stat gdp-share", Request("stat", "gdp-share")),
    "ask-mcsc-2024.svg": (
        'cfacts ask "what did MCSC earn in 2024"',
        Request("ask", "what did MCSC earn in 2024"),
    ),
    "timeline-beijing-treaty.svg": (
        'cfacts timeline "Beijing Treaty"',
        Request("timeline", "Beijing Treaty"),
    ),
}


def render_all() -> dict[str, str]:
    """Every screenshot as SVG text, keyed by its file name under docs/img/."""
    lookup = Lookup(open_store(bundled_path(), use_cache=False))
    screens: dict[str, str] = {}
    for name, (command_line, request) in SCREENS.items():
        outcome = answer(request, lookup)
        console = Console(
            record=True,
            width=WIDTH,
            file=io.StringIO(),
            force_terminal=True,
            color_system="truecolor",
            highlight=False,
            emoji=False,
        )
        listing = request.command == "stat" and request.query is None
        if outcome.answer:  # ask: the facts that answer it, as `cfacts ask` prints them
            console.print(render_answer(outcome, View()))
        else:
            console.print(render(outcome, listing=listing))
        # A fixed unique_id keeps the SVG's CSS class names, and so the file, deterministic.
        unique_id = "cfacts-" + name.removesuffix(".svg")
        screens[name] = console.export_svg(title=f"$ {command_line}", unique_id=unique_id)
    return screens


def stale(screens: dict[str, str], out_dir: Path = OUT_DIR) -> list[str]:
    """The file names whose committed SVG is missing or differs from `screens`."""
    changed = []
    for name, svg in screens.items():
        path = out_dir / name
        if not path.is_file() or path.read_text(encoding="utf-8") != svg:
            changed.append(name)
    return changed


def main(argv: list[str] | None = None) -> int:
    """Write the screenshots (or with --check, only report stale ones); the exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 listing stale files, write nothing"
    )
    args = parser.parse_args(argv)
    screens = render_all()
    changed = stale(screens)
    if args.check:
        for name in changed:
            print(f"stale: docs/img/{name}")
        if changed:
            print("run: python scripts/screenshots.py")
            return 1
        print("screenshots up to date")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name in changed:
        (OUT_DIR / name).write_text(screens[name], encoding="utf-8", newline="\n")
        print(f"wrote docs/img/{name}")
    if not changed:
        print("screenshots up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
