"""What answers say, through the real entry point (`python -m cfacts`): a change always with
the period it is measured from (as data in JSON), who reported each figure and its notes in
the `stat` table, one CSV/JSON Lines/Markdown row per item of a card with that item's own
source, which years a statistic has, how many search matches there are, who made a statement
found by search, and sources by date (issue 13)."""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import subprocess
import sys
from typing import Any

import jsonschema
import pytest

from cfacts.output.rows import ITEM_COLUMNS, OBSERVATION_COLUMNS, RESULT_COLUMNS
from conftest import SCHEMA

CLI = (sys.executable, "-m", "cfacts")


def cfacts(*args: str, columns: int = 80) -> subprocess.CompletedProcess[str]:
    """Run the real command line (the test's cache directory, no terminal)."""
    proc = subprocess.run(
        [*CLI, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": str(columns)},
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def document(*args: str) -> tuple[int, Any]:
    """Exit code and the JSON document, validated against the output schema."""
    proc = cfacts(*args, "--json")
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, SCHEMA)
    return proc.returncode, doc


def csv_rows(*args: str) -> list[dict[str, str]]:
    proc = cfacts(*args, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    return list(csv.DictReader(io.StringIO(proc.stdout)))


def observations(doc: Any) -> dict[str, Any]:
    return {o["period"]: o for o in doc["results"][0]["fields"]["observations"]}


# -- a change and the period it is measured from -------------------------------------------------


def test_json_carries_each_change_with_its_base_period() -> None:
    code, doc = document("stat", "copyright-industry-value-added")
    assert code == 0 and doc["schema_version"] == 3
    series = observations(doc)
    assert series["2021"]["change"] is None  # the first of its series
    assert series["2023"]["change"] == {
        "since": "2021",
        "value": 10.6,
        "unit": "percent",
        "approximate": False,
        "text": "+10.6% since 2021",
    }
    _, doc = document("stat", "gdp-share")
    points = {period: o["change"] for period, o in observations(doc).items()}
    assert points["2021"] == {
        "since": "2017",
        "value": 0.06,
        "unit": "percentage_points",
        "approximate": False,
        "text": "+0.06 points since 2017",
    }
    assert (points["2023"]["since"], points["2023"]["value"]) == ("2021", 0.03)


def test_a_change_is_never_shown_without_its_base_period() -> None:
    table = cfacts("stat", "copyright-industry-value-added").stdout
    assert "+10.6% since 2021" in table
    assert table.count("+10.6%") == table.count("+10.6% since 2021")
    rows = csv_rows("stat", "copyright-industry-value-added")
    (row,) = [r for r in rows if r["period"] == "2023"]
    assert row["change"] == "'+10.6% since 2021"  # text for a spreadsheet, never a formula
    jsonl = cfacts("stat", "gdp-share", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["change"] for line in jsonl] == [
        None,
        "+0.06 points since 2017",
        "+0.03 points since 2021",
    ]
    markdown = cfacts("stat", "gdp-share", "--format", "markdown").stdout
    assert "| +0.03 points since 2021 |" in markdown


# -- the stat table: who reported each figure, its notes, no bars --------------------------------


def test_stat_table_names_who_reported_each_figure_and_its_notes() -> None:
    proc = cfacts("stat", "gdp-share")
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0
    assert len(lines) <= 25, proc.stdout
    assert max(len(line) for line in lines) <= 80
    (row,) = [line for line in lines if line.startswith("2023 ")]
    assert "7.44%" in row and "Guan Jun" in row  # the article names him as reporting it
    assert "Reported by" in proc.stdout
    assert "no speaker named" in proc.stdout  # the 2021 observation's note
    assert "\u2588" not in proc.stdout and "\u258f" not in proc.stdout  # no bar chart
    # a value the article gives no period for is shown as reported, and its note says so
    inferred = cfacts("stat", "copyright-export-share", columns=120).stdout
    assert "as reported 2021-07" in inferred and "the value has no period" in inferred
    assert "Zhao Xiuling" in inferred


# -- rows: one per item of a card, each with its own source --------------------------------------


def test_event_rows_are_one_per_speaker_with_their_source() -> None:
    _, doc = document("event", "roundtable")
    speakers = doc["results"][0]["fields"]["speakers"]
    rows = csv_rows("event", "roundtable")
    assert tuple(rows[0]) == ITEM_COLUMNS
    assert [r["name"] for r in rows] == [s["person"]["name"] for s in speakers]
    assert {r["item"] for r in rows} == {"appearance"}
    for row, speaker in zip(rows, speakers, strict=True):
        assert row["quote"] == speaker["source"]["quote"]
        assert row["capacity"] == speaker["capacity"]
        assert row["summary"] == speaker["summary"]
    guan = next(r for r in rows if r["name"] == "Guan Jun")
    assert (guan["title"], guan["organization"]) == (
        "Deputy Director",
        "Social Services Division of NCAC",
    )
    chengdu = csv_rows("event", "Chengdu")
    jiang = next(r for r in chengdu if r["name"] == "Jiang Bo")  # every title he held there
    assert jiang["title"] == "Vice President and Deputy General Counsel"
    jsonl = cfacts("event", "roundtable", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["name"] for line in jsonl] == [r["name"] for r in rows]
    markdown = cfacts("event", "roundtable", "--format", "markdown").stdout.splitlines()
    assert markdown[0].startswith("| Item | Name | Title | Organization |")
    assert len(markdown) == 2 + len(speakers)


def test_person_rows_are_one_per_role_and_appearance() -> None:
    _, doc = document("who", "Liu Hua")
    card = doc["results"][0]["fields"]
    rows = csv_rows("who", "Liu Hua")
    assert [r["item"] for r in rows] == ["role"] * len(card["roles"]) + ["appearance"] * len(
        card["appearances"]
    )
    facts = [*card["roles"], *card["appearances"]]
    for row, fact in zip(rows, facts, strict=True):
        assert (row["result"], row["name"]) == ("liu-hua", "Liu Hua")
        assert (row["source"], row["quote"]) == (fact["source"]["source"], fact["source"]["quote"])
    appearances = rows[len(card["roles"]) :]
    assert [r["event"] for r in appearances] == [a["event"]["name"] for a in card["appearances"]]


def test_a_person_row_cites_the_role_it_summarizes() -> None:
    """The one-line summary of a person is their latest role (Liu Hua, Director of the WIPO
    Office in China as of 2025): cited from that role's article, not her first one (2021)."""
    _, doc = document("who", "liu-hua")
    latest = doc["results"][0]["fields"]["roles"][-1]
    assert latest["source"]["source"] == "roundtable-2025"
    candidates = csv_rows("who", "Liu")  # ambiguous: one row per candidate
    assert tuple(candidates[0]) == ITEM_COLUMNS
    assert {r["result"] for r in candidates} == {"liu-hua", "liu-ping"}
    (hua,) = [r for r in candidates if r["result"] == "liu-hua"]
    assert hua["item"] == "person" and "as of 2025-03-13" in hua["summary"]
    assert (hua["source"], hua["quote"]) == ("roundtable-2025", latest["source"]["quote"])
    found = csv_rows("search", "Liu Hua")
    assert tuple(found[0]) == RESULT_COLUMNS
    person = next(r for r in found if r["type"] == "person")
    assert (person["source"], person["quote"]) == ("roundtable-2025", latest["source"]["quote"])


def test_stat_rows_stay_one_per_observation() -> None:
    rows = csv_rows("stat", "gdp-share")
    assert tuple(rows[0]) == OBSERVATION_COLUMNS
    assert [r["period"] for r in rows] == ["2017", "2021", "2023"]
    assert rows[-1]["reported_by"] == "Guan Jun"


# -- no value that year, search totals, who said it, sources by date ----------------------------


def test_a_year_without_a_value_names_the_years_there_are() -> None:
    proc = cfacts("stat", "gdp-share", "--year", "2022")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == "cfacts: gdp-share has no value for 2022; it has 2017, 2021, 2023\n"
    code, doc = document("stat", "gdp-share", "--year", "2022")
    assert (code, doc["results"]) == (1, [])


def test_search_says_how_many_matched_when_it_shows_fewer() -> None:
    code, doc = document("search", "copyright")
    assert code == 0
    shown, total = len(doc["results"]), doc["total"]
    assert shown == 20 and total > shown
    table = cfacts("search", "copyright")
    assert f"20 of {total} results for" in table.stdout
    assert f"showing 20 of {total} matches" in table.stderr
    _, everything = document("search", "copyright", "--limit", str(total + 5))
    assert everything["total"] == len(everything["results"]) == total
    quiet = cfacts("search", "karaoke")
    assert quiet.stderr == "" and " of " not in quiet.stdout.splitlines()[0]


def test_search_names_who_made_a_statement() -> None:
    _, doc = document("search", "fashion")
    claim = next(r for r in doc["results"] if r["type"] == "claim")
    assert claim["name"].startswith("Liu Ping: MCSC plans")
    assert "Liu Ping: MCSC" in cfacts("search", "fashion", columns=200).stdout
    # a summary that already names the speaker is not prefixed again
    _, doc = document("search", "labeling system")
    claim = next(r for r in doc["results"] if r["type"] == "claim")
    assert claim["name"].startswith("Wen Huasheng proposed")


def test_sources_are_ordered_by_date() -> None:
    _, doc = document("sources")
    dates = [r["fields"]["date"] for r in doc["results"]]
    assert dates == sorted(dates)
    assert [r["id"] for r in doc["results"]] == [
        "ncac-interview-2019",
        "chengdu-forum-2019",
        "xiamen-2021",
        "shanghai-2023",
        "roundtable-2025",
    ]


@pytest.mark.parametrize("width", [5, 12, 38, 80])
def test_wrap_fills_lines_keeps_words_whole_and_cuts_only_overlong_ones(width: int) -> None:
    from cfacts.output.answer import wrap

    text = "Wen Huasheng proposed labeling AI-generated works;  a-very-long-hyphenated-word ends"
    lines = wrap(text, width)
    assert all(0 < len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for first, second in itertools.pairwise(lines):
        if " " not in second and len(first) == width:
            continue  # a long word cut at the line's end
        assert len(first) + 1 + len(second.split()[0]) > width  # the next word did not fit
    if width >= 12:
        assert any("AI-generated" in line for line in lines)
    assert wrap("", width) == [] and wrap("   ", width) == []
