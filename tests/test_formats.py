"""--format jsonl|csv|markdown: documented columns, one row per result or per observation."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from cfacts.rows import OBSERVATION_COLUMNS, RESULT_COLUMNS


def test_csv_has_the_documented_columns(invoke: Callable[..., Any]) -> None:
    result = invoke("who", "Liu Hua", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == RESULT_COLUMNS
    assert rows[0]["id"] == "liu-hua" and rows[0]["source_file"].endswith(".txt")
    assert "WIPO Office in China" in rows[0]["summary"]


def test_stat_rows_are_observations(invoke: Callable[..., Any], cli_json: Any) -> None:
    _, doc = cli_json("stat", "gdp-share")
    periods = [o["period"] for o in doc["results"][0]["fields"]["observations"]]
    result = invoke("stat", "gdp-share", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == OBSERVATION_COLUMNS
    assert [r["period"] for r in rows] == periods
    assert [r["as_written"] for r in rows][:1] == ["7.35%"]
    assert rows[0]["value"] == "7.35" and rows[0]["unit"] == "percent"


def test_jsonl_is_one_object_per_row(invoke: Callable[..., Any]) -> None:
    result = invoke("stat", "mcsc-licensing-revenue", "--format", "jsonl")
    lines = result.stdout.splitlines()
    docs = [json.loads(line) for line in lines]
    assert docs and all(set(d) == set(OBSERVATION_COLUMNS) for d in docs)
    assert any(d["as_written"] == "477 million yuan" and d["value"] == 477000000 for d in docs)


def test_markdown_is_a_pipe_table_with_sources(invoke: Callable[..., Any]) -> None:
    result = invoke("stat", "gdp-share", "--format", "markdown")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| Statistic | Period | Value |")
    assert lines[1].startswith("| --- |")
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines)
    assert "\u201c" in lines[2]  # the quote, in quotation marks


def test_hostile_text_is_escaped_in_every_format(
    invoke: Callable[..., Any], write_facts: Callable[[str], Any]
) -> None:
    from conftest import MINIMAL

    evil = MINIMAL.replace('name = "Jane Roe"', 'name = "Jane | Roe \\u001b[31m<b>"')
    path = write_facts(evil)
    for fmt in ("csv", "jsonl", "markdown"):
        result = invoke("--facts", str(path), "who", "Jane", "--format", fmt)
        assert result.exit_code == 0, fmt
        assert "\x1b" not in result.stdout, fmt
    markdown = invoke("--facts", str(path), "who", "Jane", "--format", "markdown").stdout
    assert "Jane \\| Roe" in markdown and "&lt;b>" in markdown


def test_no_match_prints_only_the_header(invoke: Callable[..., Any]) -> None:
    result = invoke("who", "nobody whatsoever", "--format", "csv")
    assert result.exit_code == 1
    assert result.stdout.strip() == ",".join(RESULT_COLUMNS)
