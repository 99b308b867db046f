"""Score `cfacts ask` on a set of reader questions: right, refused, or wrong with exit 0.

A question set is TOML: ``[[question]]`` tables with ``question``, ``answerable``,
``must_contain`` (strings every right answer contains) and ``expected`` (for the report).
An answerable question is right when `ask` exits 0 and its ``answer`` lines (text, value as
written, period, speaker) contain every ``must_contain`` string (case and thousands commas
ignored); an unanswerable one is right when `ask` exits 1 with an empty answer. Anything
answered with exit 0 that is not right is *wrong*: the figure that must stay at zero.

    python scripts/ask_eval.py tests/data/ask_heldout_a.toml [--show wrong|all]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def normalize(text: str) -> str:
    """Case, thousands separators and spacing folded, for containment checks."""
    return re.sub(r"\s+", " ", re.sub(r"(?<=\d),(?=\d{3})", "", text)).casefold().strip()


def answer_text(document: dict[str, Any]) -> str:
    """Everything the answer lines say (not the cards, not the quotes)."""
    parts: list[str] = []
    for item in document.get("answer") or []:
        parts.append(str(item.get("text", "")))
        value = item.get("value") or {}
        parts.append(str(value.get("as_written", "")))
        parts.append(str(item.get("period", "") or ""))
    return normalize(" ".join(parts))


_NO = re.compile(r"(?:no|not quite|not exactly|false|incorrect|wrong)\b", re.IGNORECASE)
_YES = re.compile(r"(?:yes|true|correct|right)\b", re.IGNORECASE)


def verdict(text: str) -> str:
    """"no", "yes" or "" by how a text opens ("No. It was ...", "Yes (our reading): ...")."""
    text = text.strip()
    return "no" if _NO.match(text) else "yes" if _YES.match(text) else ""


def judge(entry: dict[str, Any], code: int, document: dict[str, Any] | None) -> str:
    """One of: right, refused, wrong. A "Yes" where the set expects "No" (or the other way
    round) is wrong, whatever else the answer holds."""
    answered = bool(document and document.get("answer"))
    if not entry.get("answerable", True):
        return "right" if code == 1 and not answered else "wrong" if code == 0 else "refused"
    if code != 0 or document is None:
        return "refused"
    said = answer_text(document)
    wanted = [normalize(text) for text in entry.get("must_contain", [])]
    expected = verdict(str(entry.get("expected", "")))
    given = verdict(str(((document.get("answer") or [{}])[0]).get("text", "")))
    if expected and given and expected != given:
        return "wrong"
    return "right" if answered and all(w in said for w in wanted) else "wrong"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--show", choices=["wrong", "all", "none"], default="wrong")
    parser.add_argument("--cfacts", default=f"{sys.executable} -m cfacts")
    options = parser.parse_args()
    totals = {"right": 0, "refused": 0, "wrong": 0}
    for path in options.sets:
        entries = tomllib.loads(path.read_text(encoding="utf-8"))["question"]
        counts = {"right": 0, "refused": 0, "wrong": 0}
        for entry in entries:
            done = subprocess.run(
                [*options.cfacts.split(), "ask", entry["question"], "--json"],
                capture_output=True,
                text=True,
                check=False,
                timeout=60,
                env={**os.environ, "COLUMNS": "100"},
            )
            try:
                document = json.loads(done.stdout) if done.stdout.strip() else None
            except ValueError:
                document = None
            verdict = judge(entry, done.returncode, document)
            counts[verdict] += 1
            if options.show == "all" or (options.show == "wrong" and verdict != "right"):
                said = [a.get("text") for a in (document or {}).get("answer") or []][:3]
                print(f"{verdict.upper():8} {entry['question']!r}")
                print(f"         expected: {entry.get('expected')}; exit {done.returncode}")
                print(f"         answer:   {said}")
        total = sum(counts.values())
        print(
            f"{path.name}: {counts['right']}/{total} right ({100 * counts['right'] / total:.0f}%), "
            f"{counts['refused']} refused or cannot tell, {counts['wrong']} wrong with exit 0"
        )
        for key in totals:
            totals[key] += counts[key]
    return 1 if totals["wrong"] else 0


if __name__ == "__main__":
    sys.exit(main())
