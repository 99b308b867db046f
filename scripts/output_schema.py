"""Rewrites the export-record definitions of the output schema from the kinds (kinds.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cfacts.output.recordschema import record_defs

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schema" / "cfacts-output.schema.json"


def main(argv: list[str] | None = None) -> int:
    """Rewrite the definitions (or with --check, only report a stale file); the exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if stale, write nothing")
    parser.add_argument("schema", nargs="?", type=Path, default=SCHEMA, help="default: %(default)s")
    args = parser.parse_args(argv)
    text = args.schema.read_text(encoding="utf-8")
    schema = json.loads(text)
    schema["$defs"].update(record_defs())
    new = json.dumps(schema, indent=2) + "\n"
    if new == text:
        return 0
    if args.check:
        print(f"{args.schema}: export record definitions out of date; run scripts/output_schema.py")
        return 1
    args.schema.write_text(new, encoding="utf-8")
    print(f"{args.schema}: export record definitions rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
