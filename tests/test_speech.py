"""Direct speech: a claim marked speech = "direct" quotes the person's words whole, and cards
show them in quotation marks beside our summary."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from cfacts.factbase.quotes import fold
from cfacts.factbase.speech import whole_quotation
from conftest import DATA

ARTICLE = fold((DATA / "sources" / "speech.txt").read_text(encoding="utf-8"))

FACTS = """\
schema_version = 1

[[source]]
id = "s3"
file = "speech.txt"
title = "A synthetic article with a quotation"
publisher = "Test Press"
publisher_basis = "stated"
date = "2024"
date_basis = "stated"
quote = "said Jane Roe"

[[person]]
id = "jane-roe"
name = "Jane Roe"
source = "s3"
quote = "Jane Roe, Director of ACS"

[[claim]]
id = "jane-roe-revenue"
summary = "Jane Roe said the society collected a record sum and expects more next year."
person = "jane-roe"
speech = "direct"
source = "s3"
quote = QUOTE
"""


@pytest.mark.parametrize(
    ("spans", "why"),
    [
        (("We collected 987 million yuan. Next year we will do better",), None),
        (("We collected 987 million yuan.", "Next year we will do better"), None),
        (("We collected 987 million yuan.",), "closing quotation mark"),
        (("Next year we will do better",), "opening quotation mark"),
        (("We collected 987", "Next year we will do better"), "left out between span 1 and span 2"),
        (("Next year", "We collected"), "span 2 is not in the article"),
    ],
)
def test_direct_speech_is_the_whole_quotation(spans: tuple[str, ...], why: str | None) -> None:
    found = whole_quotation(spans, ARTICLE)
    assert found is None if why is None else why in (found or "")


def _write(tmp_path: Path, quote: str) -> Path:
    facts = tmp_path / "facts.toml"
    facts.write_text(FACTS.replace("QUOTE", quote), encoding="utf-8")
    return facts


def test_check_sources_reports_a_quotation_that_is_not_whole(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    sources = str(DATA / "sources")
    whole = _write(tmp_path, '["We collected 987 million yuan.", "Next year we will do better"]')
    result = invoke("--facts", str(whole), "check", "--sources", sources)
    assert result.exit_code == 0, result.stderr
    assert "1 direct quotations are whole" in result.stdout
    part = _write(tmp_path, '"We collected 987 million yuan."')
    result = invoke("--facts", str(part), "check", "--sources", sources)
    assert result.exit_code == 3
    (line, _) = result.stderr.splitlines()
    assert line.startswith(f"{part}:") and "[claim jane-roe-revenue] direct speech is not" in line


def test_cards_show_the_words_apart_from_our_summary(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    facts = _write(tmp_path, '["We collected 987 million yuan.", "Next year we will do better"]')
    shown = invoke("--facts", str(facts), "who", "Jane Roe", "--full").stdout
    assert "expects more next year" in shown
    assert "\u201cWe collected 987 million yuan. Next year we will do better\u201d" in shown
    doc = json.loads(invoke("--facts", str(facts), "who", "Jane Roe", "--json").stdout)
    (claim,) = doc["results"][0]["fields"]["claims"]
    assert claim["speech"] == "direct"
    assert claim["words"] == "We collected 987 million yuan. Next year we will do better"
