"""CLI through CliRunner: exit codes, parsed JSON validated against the schema, key content."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import Result

from conftest import DATA, MINIMAL, SCHEMA

Json = Callable[..., tuple[int, Any]]


def valid(doc: Any) -> Any:
    jsonschema.validate(doc, SCHEMA)
    return doc


LOOKUPS = [
    ["who", "Liu Hua"],
    ["who", "Zhou"],
    ["who", "Nobody Atall"],
    ["org", "CAVCA"],
    ["org", "WIPO"],
    ["event", "Chengdu"],
    ["event", "Shanghai 2023"],
    ["event", "roundtable"],
    ["stat"],
    ["stat", "gdp-share"],
    ["stat", "gdp-share", "--year", "2021"],
    ["stat", "MCSC licensing revenue", "--latest"],
    ["search", "karaoke"],
    ["search", "Black Myth"],
    ["search", "labeling system"],
    ["search", "Beijing Treaty"],
    ["sources"],
]


@pytest.mark.parametrize("args", LOOKUPS, ids=" ".join)
def test_every_lookup_json_matches_the_schema(cli_json: Json, args: list[str]) -> None:
    code, doc = cli_json(*args)
    valid(doc)
    assert doc["command"] == args[0]
    assert code == (0 if doc["results"] else 1)


def test_who_liu_hua(cli_json: Json) -> None:
    code, doc = cli_json("who", "Liu Hua")
    assert code == 0
    assert doc["ambiguous"] is False
    (person,) = doc["results"]
    assert (person["type"], person["id"], person["name"]) == ("person", "liu-hua", "Liu Hua")
    assert person["matched"] == {"field": "name", "text": "Liu Hua"}
    roles = person["fields"]["roles"]
    assert [r["as_of"] for r in roles] == ["2021-07-07", "2023-10-16", "2025-03-13"]
    assert {r["organization"]["id"] for r in roles} == {"wipo-office-china"}
    events = {a["event"]["id"] for a in person["fields"]["appearances"]}
    assert events == {"xiamen-training-2021", "shanghai-training-2023", "roundtable-2025"}
    assert all(s["quote"] and s["file"].endswith(".txt") for s in person["sources"])


def test_who_ambiguous_lists_all_and_exits_0(invoke: Callable[..., Result]) -> None:
    result = invoke("who", "Zhou", "--json")
    doc = json.loads(result.stdout)
    assert result.exit_code == 0
    assert doc["ambiguous"] is True
    assert {r["id"] for r in doc["results"]} == {"zhou-qing", "zhou-yaping"}
    assert "close matches" in result.stderr


def test_no_match_exits_1_with_suggestions(invoke: Callable[..., Result]) -> None:
    result = invoke("who", "Qwerty Zxcvb", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["results"] == []
    assert "no match" in result.stderr
    table = invoke("org", "Wippo Ofice")
    assert table.exit_code == 1
    assert table.stdout == ""
    assert "did you mean: WIPO Office in China" in table.stderr


@pytest.mark.parametrize("query", ["", "   ", "!!!", "\t"])
def test_empty_query_is_a_usage_error(invoke: Callable[..., Result], query: str) -> None:
    result = invoke("who", query)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("cfacts: ")


def test_missing_argument_is_a_usage_error(invoke: Callable[..., Result]) -> None:
    assert invoke("who").exit_code == 2
    assert invoke("stat", "--year", "soon").exit_code == 2


def test_org_card(cli_json: Json) -> None:
    _, doc = cli_json("org", "CAVCA")
    fields = doc["results"][0]["fields"]
    assert fields["abbreviations"] == ["CAVCA"]
    assert fields["kind"] == "collective_management_organization"
    assert any(p["person"]["id"] == "zhou-yaping" for p in fields["people"])
    written = {o["amount"]["as_written"] for o in fields["statistics"]}
    assert "over 4 billion yuan" in written


def test_org_parent_and_units(cli_json: Json) -> None:
    _, doc = cli_json("org", "WIPO Office in China")
    assert doc["results"][0]["fields"]["parent"]["id"] == "wipo"
    _, doc = cli_json("org", "NCAC")
    units = {u["id"] for u in doc["results"][0]["fields"]["units"]}
    assert "ncac-copyright-department" in units


def test_event_speakers_and_attendance(cli_json: Json) -> None:
    _, doc = cli_json("event", "Chengdu")
    forum = doc["results"][0]
    assert forum["id"] == "chengdu-forum-2019"
    fields = forum["fields"]
    assert fields["attendance"]["qualifier"] == "nearly"
    assert fields["attendance"]["value"] == 200
    assert (fields["start"], fields["end"]) == ("2019-12-02", "2019-12-04")
    speakers = {s["person"]["name"] for s in fields["speakers"]}
    assert {"Sylvie Forbin", "Yu Cike", "Zhao Xiuling", "Scot Morris"} <= speakers


def test_event_query_by_city_and_year(cli_json: Json) -> None:
    _, doc = cli_json("event", "Shanghai 2023")
    ids = [r["id"] for r in doc["results"]]
    assert ids[0] == "shanghai-training-2023"
    assert set(ids) <= {"shanghai-training-2023", "shanghai-training-2023-mobilization-meeting"}
    _, doc = cli_json("event", "Xiamen")
    assert doc["results"][0]["fields"]["attendance"]["as_written"] == "About 100"


def test_stat_series_with_changes(cli_json: Json) -> None:
    code, doc = cli_json("stat", "gdp-share")
    assert code == 0
    observations = doc["results"][0]["fields"]["observations"]
    assert [(o["period"], o["amount"]["value"]) for o in observations] == [
        ("2017", 7.35),
        ("2021", 7.41),
        ("2023", 7.44),
    ]
    changes = [o["change"] and (o["change"]["since"], o["change"]["text"]) for o in observations]
    assert changes == [
        None,
        ("2017", "+0.06 points since 2017"),
        ("2021", "+0.03 points since 2021"),
    ]
    assert all(o["amount"]["unit"] == "percent" for o in observations)


def test_stat_year_and_latest(cli_json: Json) -> None:
    _, doc = cli_json("stat", "gdp-share", "--year", "2021")
    assert [o["period"] for o in doc["results"][0]["fields"]["observations"]] == ["2021"]
    _, doc = cli_json("stat", "gdp-share", "--latest")
    assert [o["period"] for o in doc["results"][0]["fields"]["observations"]] == ["2023"]
    code, doc = cli_json("stat", "gdp-share", "--year", "1999")
    assert (code, doc["results"]) == (1, [])


def test_stat_without_query_lists_every_statistic(cli_json: Json) -> None:
    _, doc = cli_json("stat")
    slugs = {r["id"] for r in doc["results"]}
    assert {"gdp-share", "mcsc-licensing-revenue", "cavca-karaoke-licensing-fees"} <= slugs


def test_quantities_carry_value_unit_qualifier_wording_period(cli_json: Json) -> None:
    _, doc = cli_json("stat", "mcsc-membership")
    (obs,) = doc["results"][0]["fields"]["observations"]
    assert obs["amount"] == {
        "value": 14000,
        "low": None,
        "high": None,
        "unit": "members",
        "qualifier": "more_than",
        "as_written": "exceeded 14,000",
        "period": "2024",
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("karaoke", "cavca-karaoke-licensing-fees"),
        ("Black Myth", "black-myth-wukong"),
        ("labeling system", "wen-huasheng"),
        ("Nantong", "nantong"),
        ("Marrakesh", "marrakesh-treaty"),
    ],
)
def test_search_finds_the_facts(cli_json: Json, query: str, expected: str) -> None:
    code, doc = cli_json("search", query)
    assert code == 0
    ids = [r["id"] for r in doc["results"]]
    links = [
        link["id"]
        for r in doc["results"]
        for value in r["fields"].values()
        for link in (value if isinstance(value, list) else [value])
        if isinstance(link, dict) and "id" in link
    ]
    assert expected in ids + links


def test_sources_count_facts(cli_json: Json) -> None:
    _, doc = cli_json("sources")
    assert len(doc["results"]) == 5
    assert all(r["fields"]["facts"] > 10 for r in doc["results"])
    dates = {r["id"]: (r["fields"]["date"], r["fields"]["date_basis"]) for r in doc["results"]}
    assert dates["chengdu-forum-2019"] == ("2019-12-02", "inferred")
    assert dates["roundtable-2025"] == ("2025-03-13", "stated")


def test_table_output_shows_sources(invoke: Callable[..., Result]) -> None:
    result = invoke("who", "Liu Hua")
    assert result.exit_code == 0
    assert "Sources" in result.stdout
    assert "001_ed705ef30eaf3b30.txt" in result.stdout
    assert "\x1b" not in result.stdout


def test_check_bundled(invoke: Callable[..., Result]) -> None:
    result = invoke("check")
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: ")
    assert "person" in result.stdout


def test_check_sources_reports_bad_quote(
    invoke: Callable[..., Result], write_facts: Callable[..., Path]
) -> None:
    good = write_facts(MINIMAL, "good.toml")
    result = invoke("--facts", str(good), "check", "--sources", str(DATA / "sources"))
    assert result.exit_code == 0
    assert "3 quotes verified" in result.stdout
    bad = write_facts(MINIMAL.replace("Director of ACS", "Chair of ACS"), "bad.toml")
    result = invoke("--facts", str(bad), "check", "--sources", str(DATA / "sources"))
    assert result.exit_code == 3
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"{bad}:21: [person jane-roe] quote not found")
    assert "2 of 3 quotes verified" in lines[-1]


def test_check_sources_needs_a_folder(invoke: Callable[..., Result], tmp_path: Path) -> None:
    result = invoke("check", "--sources", str(tmp_path / "missing"))
    assert result.exit_code == 2


@pytest.mark.parametrize("command", [["who", "Liu Hua"], ["check"], ["info"], ["sources"]])
def test_bad_fact_base_exits_3_without_traceback(
    invoke: Callable[..., Result], command: list[str]
) -> None:
    bad = DATA / "bad" / "several_defects.toml"
    result = invoke("--facts", str(bad), *command)
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert f"{bad}:22: [person Jane_Roe] malformed id" in result.stderr


def test_info(invoke: Callable[..., Result]) -> None:
    result = invoke("info")
    assert result.exit_code == 0
    assert "schema_version: 1" in result.stdout
    doc = json.loads(invoke("info", "--json").stdout)
    assert doc["schema_version"] == 1
    assert doc["counts"]["source"] == 5


def test_version(invoke: Callable[..., Result]) -> None:
    from cfacts import __version__

    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"cfacts {__version__}"


def test_json_is_the_only_thing_on_stdout(invoke: Callable[..., Result]) -> None:
    result = invoke("who", "Zhou", "--json")
    json.loads(result.stdout)  # would fail if a message leaked onto stdout
    assert result.stderr


# -- check: its own output is sanitized, --sources is a usage error when empty (issue 11) --------


def _cfacts(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real entry point (`python -m cfacts`)."""
    return subprocess.run(
        [sys.executable, "-m", "cfacts", *args], capture_output=True, text=True, timeout=120
    )


HOSTILE_NAME = "a\x1b]0;owned\x07b\x1b[2J\u202ec\x9b"


def test_check_ok_line_shows_hostile_paths_as_visible_escapes(tmp_path: Path) -> None:
    folder = tmp_path / f"facts-{HOSTILE_NAME}"
    sources = tmp_path / f"sources-{HOSTILE_NAME}"
    folder.mkdir()
    sources.mkdir()
    facts = folder / "facts.toml"
    facts.write_text(MINIMAL, encoding="utf-8")
    shutil.copy(DATA / "sources" / "article.txt", sources / "article.txt")
    for args in (("check",), ("check", "--sources", str(sources))):
        proc = _cfacts("--facts", str(facts), *args)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.startswith("ok: ")
        for raw in ("\x1b", "\x07", "\u202e", "\x9b"):
            assert raw not in proc.stdout + proc.stderr, (args, raw)
        assert "\\x1b]0;owned\\x07b\\x1b[2J\\u202ec\\x9b" in proc.stdout
        assert proc.stdout.count("\n") == 1
    assert "3 quotes verified" in proc.stdout


@pytest.mark.parametrize("kind", ["missing", "empty", "unrelated", "file"])
def test_check_sources_without_any_article_is_a_usage_error(tmp_path: Path, kind: str) -> None:
    facts = tmp_path / "facts.toml"
    facts.write_text(MINIMAL, encoding="utf-8")
    folder = tmp_path / "articles"
    if kind == "empty":
        folder.mkdir()
    elif kind == "unrelated":
        folder.mkdir()
        (folder / "notes.txt").write_text("not an article of this fact base\n", encoding="utf-8")
    elif kind == "file":
        folder.write_text("a file, not a folder\n", encoding="utf-8")
    proc = _cfacts("--facts", str(facts), "check", "--sources", str(folder))
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(folder) in lines[0] and "hint:" in lines[0]
    assert "-1 of" not in lines[0].replace(str(folder), "")  # never a negative count


def test_check_sources_counts_only_quotes_it_could_check(tmp_path: Path) -> None:
    second = """
[[source]]
id = "s2"
file = "not-here.txt"
title = "A second article"
publisher = "Test Press"
publisher_basis = "stated"
date = "2024-06-01"
date_basis = "stated"
quote = "On June 1, 2024"
"""
    facts = tmp_path / "facts.toml"
    facts.write_text(MINIMAL + second, encoding="utf-8")
    proc = _cfacts("--facts", str(facts), "check", "--sources", str(DATA / "sources"))
    assert proc.returncode == 3, proc.stderr
    lines = proc.stderr.splitlines()
    assert "article file 'not-here.txt' not found" in lines[0]
    summary = f"1 problem(s) in {facts}; 3 of 3 quotes verified, 1 not checked (no article)"
    assert lines[-1] == f"cfacts: {summary}", lines[-1]


def test_info_tells_a_fresh_index_from_one_built_by_this_run(tmp_path: Path) -> None:
    facts = tmp_path / "facts.toml"
    facts.write_text(MINIMAL, encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def info(*args: str) -> tuple[str, dict[str, Any]]:
        procs = [
            subprocess.run(
                [sys.executable, "-m", "cfacts", *args, "--facts", str(facts), "info", *extra],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            for extra in ((), ("--json",))
        ]
        for proc in procs:
            assert proc.returncode == 0, proc.stderr
        line = next(x for x in procs[0].stdout.splitlines() if x.startswith("index cache:"))
        return line, json.loads(procs[1].stdout)["cache"]

    # No index yet: this run builds it (the JSON run then finds it fresh).
    line, _ = info()
    assert line.endswith(" (built now)"), line
    line, cache = info()
    assert line.endswith(" (fresh)"), line
    assert cache["hit"] is True and cache["state"] == "fresh"
    with facts.open("a", encoding="utf-8") as out:
        out.write("\n# an edit\n")
    line, _ = info()
    assert line.endswith(" (built now)"), line
    facts.write_text(MINIMAL + "\n# another edit\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "cfacts", "--facts", str(facts), "info", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    cache = json.loads(proc.stdout)["cache"]
    assert cache["hit"] is False and cache["state"] == "built", cache
    line, cache = info("--no-cache")
    assert line == "index cache: disabled"
    assert cache == {"path": None, "hit": False, "state": "disabled"}
