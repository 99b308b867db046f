"""Rows and lists that say who someone is: every title a speaker held (issue 13), who or what
each candidate of an ambiguity is (issue 13), and the other lookup to try when one finds
nothing (issue 14). Through the real command line, `python -m cfacts`."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from typing import Any

import jsonschema
import pytest

from conftest import SCHEMA


def cfacts(*args: str, columns: int = 200) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cfacts", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": str(columns)},
    )


def cfacts_json(*args: str) -> tuple[int, Any, str]:
    """Exit status, the parsed and validated JSON document, and stderr."""
    proc = cfacts(*args, "--json")
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, SCHEMA)
    return proc.returncode, doc, proc.stderr


def titles(appearance: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [
        (t["title"], t["organization"]["id"] if t["organization"] else None)
        for t in appearance["titles"]
    ]


# -- every title a speaker held ---------------------------------------------------------------


def test_a_speaker_row_carries_every_title_held_there() -> None:
    code, doc, _ = cfacts_json("event", "Belt and Road International Forum on Copyright")
    assert code == 0
    speakers = {a["person"]["id"]: a for a in doc["results"][0]["fields"]["speakers"]}
    jiang = speakers["jiang-bo"]
    assert jiang["title"] == "Vice President"  # kept as it was
    assert titles(jiang) == [("Vice President", "tencent"), ("Deputy General Counsel", "tencent")]
    assert titles(speakers["wu-guanyong"])[0] == ("CEO", "shanghai-firstbrave")
    assert len(titles(speakers["wu-guanyong"])) == 2


def test_titles_at_other_organizations_keep_their_organization() -> None:
    _, doc, _ = cfacts_json("who", "Gao Yunfei")
    (appearance,) = doc["results"][0]["fields"]["appearances"]
    assert titles(appearance) == [
        ("Deputy Director General", "cpc-shanghai-publicity-department"),
        ("Director General", "shanghai-municipal-film-bureau"),
    ]


@pytest.mark.parametrize("query", ["roundtable", "Shanghai 2023", "Xiamen"])
def test_titles_begin_with_the_title_and_organization_shown_before(query: str) -> None:
    _, doc, _ = cfacts_json("event", query)
    for result in doc["results"]:
        for a in result["fields"]["speakers"]:
            if a["title"] is None:
                assert a["titles"] == []
            else:
                assert a["titles"][0] == {"title": a["title"], "organization": a["organization"]}


def test_the_speakers_table_shows_every_title() -> None:
    proc = cfacts("event", "Belt and Road International Forum on Copyright")
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("Jiang Bo"))
    assert "Vice President and Deputy General Counsel" in line and "Tencent Group" in line
    proc = cfacts("event", "Belt and Road International Forum on Copyright", "--full")
    lines = [x for x in proc.stdout.splitlines() if x.startswith("Jiang Bo")]
    assert any("Vice President and Deputy General Counsel, Tencent Group" in x for x in lines)


def test_titles_held_elsewhere_name_their_organization_in_the_speakers_table() -> None:
    proc = cfacts("event", "Shanghai 2023", columns=250)
    line = next(x for x in proc.stdout.splitlines() if x.startswith("Gao Yunfei"))
    assert "Deputy Director General; also Director General, Shanghai Municipal Film" in line


# -- who each candidate is ----------------------------------------------------------------


def test_an_ambiguity_says_who_each_person_is() -> None:
    code, doc, err = cfacts_json("who", "Liu")
    assert code == 0 and doc["ambiguous"]
    described = {r["id"]: r["description"] for r in doc["results"]}
    assert described["liu-hua"] == "Director, WIPO Office in China"
    assert (
        described["liu-ping"]
        == "Vice Chairman and Director General, Music Copyright Society of China"
    )
    assert all(isinstance(r["score"], float) for r in doc["results"])  # still in JSON
    assert "close matches" in err


def test_descriptions_of_organizations_and_events() -> None:
    _, doc, _ = cfacts_json("org", "WIPO Office in China")
    assert doc["results"][0]["description"] == (
        "intergovernmental organization in China; part of World Intellectual Property Organization"
    )
    _, doc, _ = cfacts_json("event", "Belt and Road International Forum on Copyright")
    assert doc["results"][0]["description"] == "forum in Chengdu, 2019-12-02"


def test_the_candidates_table_says_who_instead_of_a_score() -> None:
    proc = cfacts("who", "Zhou")
    assert proc.returncode == 0
    header = next(x for x in proc.stdout.splitlines() if x.startswith("Name"))
    assert "Who/what" in header and "Score" not in header
    line = next(x for x in proc.stdout.splitlines() if x.startswith("Zhou Yaping"))
    assert "China Audio-Video Copyright Association" in line


# -- the other lookup to try ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "tried"),
    [
        (["who", "MCSC"], "cfacts org MCSC"),
        (["org", "Liu Hua"], "cfacts who 'Liu Hua'"),
        (["event", "Liu Hua"], "cfacts who 'Liu Hua'"),
        (["event", "MCSC"], "cfacts org MCSC"),
        (["who", "Chengdu"], "cfacts event Chengdu"),
    ],
)
def test_a_lookup_that_finds_nothing_suggests_the_one_that_does(
    args: list[str], tried: str
) -> None:
    code, doc, err = cfacts_json(*args)
    assert code == 1
    assert doc["results"] == []
    assert tried in doc["suggestions"]
    assert f"try: {tried}" in err or f" or {tried}" in err


def test_no_command_is_suggested_when_nothing_would_find_it() -> None:
    code, doc, err = cfacts_json("who", "Nobody Atall")
    assert code == 1
    assert not [s for s in doc["suggestions"] if s.startswith("cfacts ")]
    assert "try:" not in err


QUERIES = ["MCSC", "Liu Hua", "Chengdu", "NCAC", "Zhou", "Jiang", "WIPO", "roundtable",
           "Tencent", "Beijing Treaty", "Lui Hua", "2023", "CCTV", "Sichuan"]  # fmt: skip


def test_every_suggested_command_finds_something() -> None:
    suggested: set[str] = set()
    for command in ("who", "org", "event"):
        for query in QUERIES:
            _, doc, _ = cfacts_json(command, query)
            suggested.update(s for s in doc["suggestions"] if s.startswith("cfacts "))
    assert len(suggested) >= 10
    for line in sorted(suggested):
        argv = shlex.split(line)
        assert argv[0] == "cfacts"
        code, doc, err = cfacts_json(*argv[1:])
        assert code == 0, (line, err)
        assert doc["results"], line
