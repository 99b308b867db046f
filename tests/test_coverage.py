"""Coverage (`cfacts check --sources DIR --coverage`): sentences quoted, and the numbers and
names of an article that no quote covers, explained or not by the notes file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import Result

from cfacts.factbase.coverage import (
    NAME,
    NUMBER,
    article_coverage,
    coverage,
    notes_path,
    numbers,
    sentences,
)
from cfacts.factbase.loader import load
from cfacts.paths import bundled_path
from conftest import DATA, SCHEMA, SOURCES

ARTICLES = DATA / "sources"
ARTICLE = (ARTICLES / "coverage.txt").read_text(encoding="utf-8")
CHECK_SCHEMA = {**SCHEMA["$defs"]["Check"], "$defs": SCHEMA["$defs"]}

FACTS = """\
schema_version = 1

[[source]]
id = "s2"
file = "coverage.txt"
title = "A synthetic article with three numbers"
publisher = "Test Press"
publisher_basis = "stated"
date = "2024"
date_basis = "stated"
quote = "collected 987 million yuan"

[[organization]]
id = "acme"
name = "Acme Copyright Society"
abbreviations = ["ACS"]
kind = "collective_management_organization"
source = "s2"
quote = "The Acme Copyright Society (ACS)"
"""

NOTES = """\
[[leave]]
file = "coverage.txt"
texts = ["Borduria Copyright Office"]
reason = "met only in passing; nothing is said about it"
"""


def _uncovered(text: str, quotes: list[str]) -> list[tuple[str, str, int]]:
    found = article_coverage("s", "a.txt", text, quotes)
    return [(item.kind, item.text, item.line) for item in found.items]


def test_three_numbers_one_cited() -> None:
    found = article_coverage("s2", "coverage.txt", ARTICLE, ["collected 987 million yuan"])
    assert (found.sentences, found.quoted) == (3, 1)
    assert [(i.kind, i.text, i.lines) for i in found.items] == [
        (NAME, "Acme Copyright Society", (1,)),
        (NAME, "ACS", (1,)),
        (NUMBER, "12.5%", (2,)),
        (NUMBER, "3,000 members", (2,)),
        (NAME, "Ms. Jane Roe", (3,)),
        (NAME, "Borduria Copyright Office", (3,)),
    ]


def test_a_quote_covers_what_it_touches_and_a_name_everywhere() -> None:
    text = "WIPO met in Geneva. Later WIPO met 20 members in Bern.\n"
    assert _uncovered(text, ["WIPO met in Geneva"]) == [
        (NUMBER, "20 members", 1),
        (NAME, "Bern", 1),
    ]
    # spans joined by an ellipsis cover each span, and nothing between them
    assert _uncovered(text, ["WIPO met in Geneva ... 20 members"]) == [(NAME, "Bern", 1)]


def test_quotes_are_found_folded_as_the_quote_check_folds_them() -> None:
    text = "China\u2019s  \u201cbest\u201d cases\nnumbered 12.\n"
    assert _uncovered(text, ['China\'s "best" cases numbered 12']) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("added value registered RMB 8.48 trillion, accounting for 7.41 % of GDP",
         ["RMB 8.48 trillion", "7.41 %"]),
        ("revenue reached 477 million yuan, a record", ["477 million yuan"]),
        ("on July 7 to 9, 2021 in Xiamen", ["July 7 to 9, 2021"]),
        ("from December 2 to December 4. Nearly 200 guests", ["December 2 to December 4",
                                                              "200 guests"]),
        ("with 170,000 works registered in 2018", ["170,000 works", "2018"]),
        ("the 50th anniversary of the three-day training", ["50th anniversary",
                                                            "three-day training"]),
        ("between 9% to 12%", ["9%", "12%"]),
        ("the 5G era and 4G phones, a three-dimensional view", []),
        ("In 2024 the total", ["2024"]),
    ],
)  # fmt: skip
def test_numbers_keep_their_unit_words(line: str, expected: list[str]) -> None:
    assert [line[start:end] for start, end, _ in numbers(line)] == expected


def test_sentences_do_not_end_after_abbreviations() -> None:
    text = (
        "Ms. Liu met Co., Ltd. staff in the U.S. and Japan. It rained.\n\n"
        "\u201cWe agree,\u201d he said. 2024 was good!\n"
    )
    assert [text[s:e] for s, e in sentences(text)] == [
        "Ms. Liu met Co., Ltd. staff in the U.S. and Japan.",
        "It rained.",
        "\u201cWe agree,\u201d he said.",
        "2024 was good!",
    ]


def test_names_are_runs_of_capitals_without_sentence_starters() -> None:
    text = (
        "The Central Conference on Work Relating to Foreign Affairs met. According to it, "
        "China\u2019s IP grew in the People\u2019s Republic of China. Modern tools help.\n"
        "Experts from Finland and Australia visited Migu Music Co., Ltd. and Chengdu.\n"
    )
    names = [item.text for item in article_coverage("s", "a", text, []).items]
    assert names == [
        "Central Conference on Work Relating to Foreign Affairs",
        "China",
        "IP",
        "People\u2019s Republic of China",
        "Finland",
        "Australia",
        "Migu Music Co., Ltd.",
        "Chengdu",
    ]


def _setup(tmp_path: Path, notes: str | None = NOTES) -> Path:
    facts = tmp_path / "facts.toml"
    facts.write_text(FACTS, encoding="utf-8")
    if notes is not None:
        Path(notes_path(str(facts))).write_text(notes, encoding="utf-8")
    return facts


def test_notes_explain_items_and_stale_notes_are_reported(tmp_path: Path) -> None:
    facts = _setup(tmp_path, NOTES + NOTES.replace("Borduria Copyright Office", "Ruritania"))
    found = coverage(load(facts), ARTICLES)
    assert found.notes == str(tmp_path / "facts.coverage.toml")
    reasons = {item.text: item.reason for item in found.items}
    assert reasons["Borduria Copyright Office"] == "met only in passing; nothing is said about it"
    assert reasons["12.5%"] is None
    assert [item.text for item in found.unexplained] == ["12.5%", "3,000 members", "Ms. Jane Roe"]
    assert len(found.stale) == 1
    assert found.stale[0].line == 5 and "'Ruritania'" in found.stale[0].message


def test_check_coverage_text(invoke: Callable[..., Result], tmp_path: Path) -> None:
    facts = _setup(tmp_path)
    result = invoke("--facts", str(facts), "check", "--sources", str(ARTICLES), "--coverage")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ok: ")
    assert lines[1] == (
        "coverage: 1 of 3 sentences quoted (33%); 4 numbers and names not covered:"
        " 1 explained (facts.coverage.toml), 3 unexplained"
    )
    assert lines[2:] == [
        "coverage.txt (s2): 1 of 3 sentences quoted (33%); 4 not covered, 1 explained",
        '  line 2: number "12.5%"',
        '  line 2: number "3,000 members"',
        '  line 3: name "Ms. Jane Roe"',
    ]


def test_check_coverage_json(invoke: Callable[..., Result], tmp_path: Path) -> None:
    facts = _setup(tmp_path)
    result = invoke(
        "--facts", str(facts), "check", "--sources", str(ARTICLES), "--coverage", "--json"
    )
    assert result.exit_code == 0, result.stderr
    doc: Any = json.loads(result.stdout)
    jsonschema.validate(doc, CHECK_SCHEMA)
    assert doc["ok"] is True and doc["verified"]["quotes"] == 2
    article = doc["coverage"]["articles"][0]
    assert (article["file"], article["sentences"], article["quoted"]) == ("coverage.txt", 3, 1)
    assert {i["text"]: i["reason"] is not None for i in article["uncovered"]} == {
        "12.5%": False,
        "3,000 members": False,
        "Ms. Jane Roe": False,
        "Borduria Copyright Office": True,
    }
    assert doc["coverage"]["unexplained"] == 3


def test_check_json_without_coverage_and_when_invalid(
    invoke: Callable[..., Result], tmp_path: Path
) -> None:
    facts = _setup(tmp_path, None)
    doc = json.loads(invoke("--facts", str(facts), "check", "--json").stdout)
    jsonschema.validate(doc, CHECK_SCHEMA)
    assert (doc["ok"], doc["sources"], doc["coverage"]) == (True, None, None)
    facts.write_text(FACTS.replace("collected 987", "collected 988"), encoding="utf-8")
    result = invoke("--facts", str(facts), "check", "--sources", str(ARTICLES), "--json")
    assert result.exit_code == 3
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, CHECK_SCHEMA)
    assert doc["ok"] is False and "collected 988" in doc["problems"][0]["message"]


def test_coverage_needs_sources(invoke: Callable[..., Result]) -> None:
    result = invoke("check", "--coverage")
    assert result.exit_code == 2
    assert "--coverage needs --sources" in result.stderr


def test_a_bad_notes_file_is_a_bad_fact_base(invoke: Callable[..., Result], tmp_path: Path) -> None:
    facts = _setup(tmp_path, NOTES.replace("reason", "why"))
    result = invoke("--facts", str(facts), "check", "--sources", str(ARTICLES), "--coverage")
    assert result.exit_code == 3
    assert "unknown key 'why'" in result.stderr
    assert f"{tmp_path / 'facts.coverage.toml'}:1: [leave]" in result.stderr


def test_every_item_the_bundled_base_leaves_uncovered_is_explained() -> None:
    if not SOURCES.is_dir():
        pytest.skip("../shared/sources is not beside this checkout")
    found = coverage(load(bundled_path()), SOURCES)
    assert found.notes is not None
    assert [(i.text, i.lines) for i in found.unexplained] == []
    assert [p.format() for p in found.stale] == []
