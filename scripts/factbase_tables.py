"""Rewrites the field tables of docs/factbase.md from the kind definitions (kinds.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cfacts.factbase.doctables import update

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "factbase.md"


def main(argv: list[str] | None = None) -> int:
    """Rewrite the tables (or with --check, only report a stale file); the exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if stale, write nothing")
    parser.add_argument("doc", nargs="?", type=Path, default=DOC, help="default: %(default)s")
    args = parser.parse_args(argv)
    text = args.doc.read_text(encoding="utf-8")
    new = update(text)
    if new == text:
        return 0
    if args.check:
        print(f"{args.doc}: field tables out of date; run python scripts/factbase_tables.py")
        return 1
    args.doc.write_text(new, encoding="utf-8")
    print(f"{args.doc}: field tables rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
