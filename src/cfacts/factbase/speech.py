"""Proves that a claim marked as direct speech quotes the person's words whole: its spans follow
one another in the article with nothing but spaces between them, and together are one
quotation of the article, from its opening quotation mark to its closing one
(`cfacts check --sources`)."""

from __future__ import annotations

import re
from pathlib import Path

from cfacts.errors import Problem
from cfacts.factbase.loader import read_regular
from cfacts.factbase.model import DIRECT, Claim, FactBase
from cfacts.factbase.quotes import fold

_OPENS = re.compile(r'"\s*$')
_CLOSES = re.compile(r'^[,.!?;:]?"')


def direct_claims(facts: FactBase) -> list[Claim]:
    """The claims marked as direct speech, in file order."""
    return [c for c in facts.kind("claim").values() if isinstance(c, Claim) and c.speech == DIRECT]


def whole_quotation(spans: tuple[str, ...], text: str) -> str | None:
    """Why the spans are not one whole quotation of ``text`` (both folded), or None if they are."""
    at = 0
    start = end = -1
    for number, span in enumerate(spans, start=1):
        needle = fold(span)
        found = text.find(needle, at)
        if found < 0:
            return f"span {number} is not in the article after the one before it"
        if number == 1:
            start = found
        elif text[end:found].strip():
            return f"words of the article are left out between span {number - 1} and span {number}"
        end = at = found + len(needle)
    if not _OPENS.search(text[:start]):
        return "it does not start at the quotation's opening quotation mark"
    if not _CLOSES.match(text[end:]):
        return "it does not end at the quotation's closing quotation mark"
    return None


def verify_speech(facts: FactBase, sources_dir: Path) -> tuple[Problem, ...]:
    """A problem for every direct-speech claim that is not one whole quotation of its article
    (articles that cannot be read are the quote check's to report; a direct-speech claim without
    a person, the loader's)."""
    problems: list[Problem] = []
    texts: dict[str, str | None] = {}
    for claim in direct_claims(facts):
        evidence = claim.evidence[0]
        if evidence.source not in texts:
            source = facts.sources.get(evidence.source)
            try:
                raw = read_regular(sources_dir / source.file) if source else None
                texts[evidence.source] = fold(raw.decode("utf-8")) if raw is not None else None
            except (OSError, UnicodeDecodeError):
                texts[evidence.source] = None
        text = texts[evidence.source]
        if text is None:
            continue
        why = whole_quotation(evidence.spans, text)
        if why is not None:
            problems.append(
                Problem(
                    facts.path,
                    f"direct speech is not the whole quotation: {why}",
                    claim.line,
                    record=f"claim {claim.id}",
                    hint="quote the words between the quotation marks, all of them, as spans of "
                    "at most 200 characters that follow one another",
                )
            )
    return tuple(problems)
