"""--format jsonl|csv|markdown: documented columns, one row per result or per observation."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from cfacts.output.markdown import ANSWER_VIEW, ITEM_VIEW
from cfacts.output.rows import (
    ANSWER_COLUMNS,
    ITEM_COLUMNS,
    OBSERVATION_COLUMNS,
    RESULT_COLUMNS,
)
from conftest import MINIMAL


def test_csv_has_the_documented_columns(invoke: Callable[..., Result]) -> None:
    result = invoke("who", "Liu Hua", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == ITEM_COLUMNS
    assert rows[0]["result"] == "liu-hua" and rows[0]["source_file"].endswith(".txt")
    assert rows[0]["item"] == "role" and rows[0]["organization"] == "WIPO Office in China"
    result = invoke("search", "Liu Hua", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == RESULT_COLUMNS
    assert rows[0]["id"] == "liu-hua" and rows[0]["source_file"].endswith(".txt")
    assert "WIPO Office in China" in rows[0]["summary"]


def test_stat_rows_are_observations(
    invoke: Callable[..., Result], cli_json: Callable[..., tuple[int, Any]]
) -> None:
    _, doc = cli_json("stat", "gdp-share")
    periods = [o["period"] for o in doc["results"][0]["fields"]["observations"]]
    result = invoke("stat", "gdp-share", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == OBSERVATION_COLUMNS
    assert [r["period"] for r in rows] == periods
    assert [r["as_written"] for r in rows][:1] == ["7.35%"]
    assert rows[0]["value"] == "7.35" and rows[0]["unit"] == "percent"


def test_jsonl_is_one_object_per_row(invoke: Callable[..., Result]) -> None:
    result = invoke("stat", "mcsc-licensing-revenue", "--format", "jsonl")
    lines = result.stdout.splitlines()
    docs = [json.loads(line) for line in lines]
    assert docs and all(set(d) == set(OBSERVATION_COLUMNS) for d in docs)
    assert any(d["as_written"] == "477 million yuan" and d["value"] == 477000000 for d in docs)


def test_markdown_is_a_pipe_table_with_sources(invoke: Callable[..., Result]) -> None:
    result = invoke("stat", "gdp-share", "--format", "markdown")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| Statistic | Period | Value |")
    assert lines[1].startswith("| --- |")
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines)
    assert "\u201c" in lines[2]  # the quote, in quotation marks


def test_hostile_text_is_escaped_in_every_format(
    invoke: Callable[..., Result], write_facts: Callable[[str], Path]
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


def test_no_match_prints_only_the_header(invoke: Callable[..., Result]) -> None:
    result = invoke("who", "nobody whatsoever", "--format", "csv")
    assert result.exit_code == 1
    assert result.stdout.strip() == ",".join(ITEM_COLUMNS)
    result = invoke("search", "nobody whatsoever", "--format", "csv")
    assert result.exit_code == 1
    assert result.stdout.strip() == ",".join(RESULT_COLUMNS)


# -- ask: the rows are the facts of the answer, not the cards behind them (issue 14) ------------

ASK_QUESTIONS = (
    "what did MCSC earn in 2024",
    "who spoke at the Chengdu forum",
    "how did the GDP share change between 2017 and 2023",
)


@pytest.mark.parametrize("question", ASK_QUESTIONS)
def test_ask_rows_are_the_answer_lines(
    question: str, invoke: Callable[..., Result], cli_json: Callable[..., tuple[int, Any]]
) -> None:
    code, doc = cli_json("ask", question)
    assert code == 0 and doc["answer"]
    result = invoke("ask", question, "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == ANSWER_COLUMNS
    assert [r["text"] for r in rows] == [a["text"] for a in doc["answer"]]
    assert [r["id"] for r in rows] == [a["id"] for a in doc["answer"]]
    assert [r["rank"] for r in rows] == [str(n) for n in range(1, len(rows) + 1)]
    assert [r["quote"] for r in rows] == [a["source"]["quote"] for a in doc["answer"]]
    for row, line in zip(rows, doc["answer"], strict=True):
        value = line["value"] or {}
        assert row["as_written"] == (value.get("as_written") or "")
        assert row["period"] == (line["period"] or "")
    result = invoke("ask", question, "--format", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [tuple(line) for line in lines] == [ANSWER_COLUMNS] * len(doc["answer"])
    assert [line["rank"] for line in lines] == list(range(1, len(lines) + 1))
    assert [line["text"] for line in lines] == [a["text"] for a in doc["answer"]]
    result = invoke("ask", question, "--format", "markdown")
    table = result.stdout.splitlines()
    assert table[0] == "| " + " | ".join(title for title, _ in ANSWER_VIEW) + " |"
    assert len(table) == 2 + len(doc["answer"])


def test_ask_number_rows_carry_the_quantity(invoke: Callable[..., Result]) -> None:
    result = invoke("ask", "what did MCSC earn in 2024", "--format", "csv")
    first = next(csv.DictReader(io.StringIO(result.stdout)))
    assert first["kind"] == "observation" and first["period"] == "2024"
    assert first["value"] == "477000000" and first["unit"] == "CNY"
    assert first["as_written"] == "477 million yuan" and first["source_file"].endswith(".txt")


def test_ask_that_cannot_answer_prints_only_the_header(invoke: Callable[..., Result]) -> None:
    result = invoke("ask", "Who is the CEO of Tencent?", "--format", "csv")
    assert result.exit_code == 1
    assert result.stdout.strip() == ",".join(ANSWER_COLUMNS)
    result = invoke("ask", "Who is the CEO of Tencent?", "--format", "jsonl")
    assert result.exit_code == 1 and result.stdout == ""


# -- spreadsheet formulas and Markdown links (issue 11) -----------------------------------------

HYPERLINK = '=HYPERLINK(\\"https://tracker.example/x\\", \\"click\\")'
HOSTILE = (
    MINIMAL.replace('title = "A test article"', "title = \"@SUM(1+1)*cmd|' /C calc'!A0\"").replace(
        'name = "Jane Roe"', f'name = "Jane Roe"\ndescription = "{HYPERLINK}"'
    )
    + """
[[statistic]]
id = "acs-growth"
label = "-1+1 growth"
subject = "Acme Copyright Society"
unit = "percent"

[[observation]]
id = "acs-growth-2023"
statistic = "acs-growth"
period = "2023"
value = { qualifier = "exact", value = -0.5, unit = "percent", as_written = "\\t=1+1" }
source = "s1"
quote = "+cmd|' /C calc'!A0"
"""
)


CLI = (sys.executable, "-m", "cfacts")


def _csv_rows(facts: Path, *args: str) -> list[dict[str, str]]:
    """Run the real entry point and parse its CSV."""
    proc = subprocess.run(
        [*CLI, "--no-cache", "--facts", str(facts), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return list(csv.DictReader(io.StringIO(proc.stdout)))


def test_csv_cells_that_a_spreadsheet_would_evaluate_start_with_a_quote(
    write_facts: Callable[..., Path],
) -> None:
    facts = write_facts(HOSTILE)
    (who,) = _csv_rows(facts, "who", "Jane Roe", "--format", "csv")
    assert who["summary"] == '\'=HYPERLINK("https://tracker.example/x", "click")'
    assert who["source_title"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert who["name"] == "Jane Roe"
    (obs,) = _csv_rows(facts, "stat", "acs-growth", "--format", "csv")
    assert obs["label"] == "'-1+1 growth"
    assert obs["quote"] == "'+cmd|' /C calc'!A0"
    assert obs["as_written"] == "' =1+1"  # a tab (shown as a space) before '='
    assert obs["value"] == "-0.5"  # a plain negative number stays a number
    for row in (who, obs):
        for column, cell in row.items():
            assert not cell or cell[0] not in "=+-@\t\r" or _number(cell), (column, cell)


def _number(cell: str) -> bool:
    try:
        float(cell.rstrip("%"))
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "' =1"),
        ("\r=1", "'\\x0d=1"),
        ("  =1", "'  =1"),
        ("\uff1d1+1", "'\uff1d1+1"),  # full-width equals sign
        ("-0.5", "-0.5"),
        ("+3", "+3"),
        ("-1e5", "-1e5"),
        ("-3.2%", "-3.2%"),
        ("- a list item", "'- a list item"),
        ("+0.06 pp", "'+0.06 pp"),
        ("a=1", "a=1"),
        ("", ""),
        (-0.5, "-0.5"),
        (None, ""),
    ],
)
def test_csv_cell(value: str | float | None, cell: str) -> None:
    from cfacts.output.csvout import _cell

    assert _cell(value) == cell


MARKDOWN_ATTACKS = (
    "![pixel](https://tracker.example/p.png)",
    "[click](javascript:alert(1))",
    "[ref][1] and [1]: https://evil.example/",
    "<https://evil.example/autolink>",
    "<img src=x onerror=alert(1)>",
    "<a href='https://evil.example'>x</a>",
    "https://bare.example/path and www.example.com and mail@evil.example",
    "&#60;script&#62; &lt;b&gt;",
    "`[code](https://x.example)`",
    "\\[escaped\\](https://evil.example)",
)


def test_markdown_never_makes_links_images_or_html_from_fact_text(
    write_facts: Callable[..., Path],
) -> None:
    from markdown_it import MarkdownIt

    text = " ".join(MARKDOWN_ATTACKS).replace("\\", "\\\\").replace('"', '\\"')
    facts = write_facts(
        MINIMAL.replace('name = "Jane Roe"', f'name = "Jane Roe"\ndescription = "{text}"')
    )
    proc = subprocess.run(
        [*CLI, "--no-cache", "--facts", str(facts), "who", "Jane Roe", "--format", "markdown"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    html = MarkdownIt("commonmark").enable("table").render(proc.stdout)
    tags = set(re.findall(r"</?([a-zA-Z][\w-]*)", html))
    assert tags <= {"table", "thead", "tbody", "tr", "th", "td", "code"}, tags
    cells = re.findall(r"<td>(.*?)</td>", html)
    heads = re.findall(r"<th>(.*?)</th>", html)
    assert len(cells) == len(heads) == len(ITEM_VIEW)  # a card with no items: one row about it
    summary = cells[heads.index("Summary")]
    # The summary cell as a reader sees it: the text itself (an address in a code span).
    shown = unescape(re.sub("</?code>", "", summary))
    assert shown == " ".join(MARKDOWN_ATTACKS), shown
    assert "<code>mail@evil.example</code>" in summary


def test_markdown_escapes_break_bare_urls_emails_and_entities() -> None:
    from cfacts.output.markdown import _cell

    cell = _cell("see https://bare.example/x, www.example.com, a@b.example &#60; R&D 7.35% x|y")
    assert "https\\:\\/\\/bare\\.example/x" in cell
    assert "www\\.example\\.com" in cell and "`a@b.example`" in cell
    assert "&amp;#60;" in cell and "R&D" in cell and "7.35%" in cell and "x\\|y" in cell
