"""`cfacts timeline`: dated facts in order, whole or narrowed to one entity."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest
from typer.testing import Result

from conftest import SCHEMA

Json = Callable[..., tuple[int, Any]]


def _dates(doc: Any) -> list[str]:
    return [r["date"] for r in doc["results"]]


def test_everything_dated_in_order(cli_json: Json) -> None:
    code, doc = cli_json("timeline")
    assert code == 0
    jsonschema.validate(doc, SCHEMA)
    dates = _dates(doc)
    assert dates == sorted(dates)
    assert dates[0].startswith("2012") and dates[-1].startswith("2025")
    kinds = {r["type"] for r in doc["results"]}
    assert {"event", "role", "observation", "milestone"} <= kinds


def test_narrowed_to_a_treaty(cli_json: Json) -> None:
    code, doc = cli_json("timeline", "Beijing Treaty")
    assert code == 0
    jsonschema.validate(doc, SCHEMA)
    assert _dates(doc)[0] == "2012-06"
    assert all(r["sources"] and r["sources"][0]["quote"] for r in doc["results"])


def test_narrowed_to_a_person(cli_json: Json) -> None:
    code, doc = cli_json("timeline", "hua liu")
    assert code == 0
    assert "2021-07-07" in _dates(doc)
    assert all(
        "liu-hua" in _related([r]) for r in doc["results"]
    )


def test_narrowed_to_an_organization_includes_its_statistics(cli_json: Json) -> None:
    _, doc = cli_json("timeline", "MCSC")
    assert any(r["type"] == "observation" for r in doc["results"])


def test_unknown_entity_exits_1(invoke: Callable[..., Result]) -> None:
    result = invoke("timeline", "zzzz qqqq")
    assert result.exit_code == 1
    assert "no match" in result.stderr


def test_table(invoke: Callable[..., Result]) -> None:
    result = invoke("timeline", "Beijing Treaty")
    assert result.exit_code == 0
    assert "Timeline for" in result.stdout and "2012-06" in result.stdout


# -- through the real command line: years, ranges and topics (issue 14) ---------------------------

AI_WORD = re.compile(r"(?<![^\W_])AI(?![^\W_])")


def _cfacts(*args: str) -> tuple[int, Any, str]:
    """Run `python -m cfacts ARGS --json`: exit code, parsed stdout (None if empty), stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "cfacts", *args, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, json.loads(done.stdout) if done.stdout else None, done.stderr


def _found(*args: str) -> list[Any]:
    code, doc, err = _cfacts("timeline", *args)
    assert code == 0, err
    jsonschema.validate(doc, SCHEMA)
    assert doc["ambiguous"] is False
    dates = _dates(doc)
    assert dates == sorted(dates), "a timeline is in date order"
    results: list[Any] = doc["results"]
    return results


def _ids(results: list[Any]) -> set[str]:
    return {r["id"] for r in results}


def _related(results: list[Any]) -> set[str]:
    """The ids of every record the results' fields link to (each link is a {type, id, name})."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if set(node) >= {"type", "id", "name"}:
                found.add(node["id"])
            for item in node.values():
                walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for r in results:
        walk(r["fields"])
    return found


def test_a_year_as_the_query_is_that_year_not_a_fuzzy_event() -> None:
    results = _found("2023")
    assert len(results) > 20
    assert all(r["date"].startswith("2023") for r in results)
    assert {"shanghai-training-2023", "gdp-share-2023"} <= _ids(results)
    kinds = {r["type"] for r in results}
    assert {"event", "appearance", "observation", "claim"} <= kinds
    everything = _found()
    assert _ids(results) == {r["id"] for r in everything if r["date"][:4] == "2023"}
    assert [r["id"] for r in _found("--year", "2023")] == [r["id"] for r in results]


def test_from_and_to_include_both_ends() -> None:
    results = _found("--from", "2019-12-02", "--to", "2021-07-07")
    dates = _dates({"results": results})
    assert dates[-1] == "2021-07-07"
    assert {"2019", "2019-12", "2021"} <= set(dates)  # a year or month overlaps the range
    assert {"chengdu-forum-2019", "xiamen-training-2021"} <= _ids(results)
    assert not any(d.startswith(("2012", "2018", "2023", "2025")) for d in dates)
    before = _ids(_found("--from", "2019-12-02", "--to", "2021-07-06"))
    assert "xiamen-training-2021" not in before and "chengdu-forum-2019" in before
    # an event, and what was said at it, counts until its last day (Chengdu: 2019-12-02 to 04)
    last_day = _ids(_found("--from", "2019-12-04", "--to", "2019-12-04"))
    assert {"chengdu-forum-2019", "yu-cike-at-chengdu-forum-2019"} <= last_day
    after = _ids(_found("--from", "2019-12-05", "--to", "2019-12-31"))
    assert "chengdu-forum-2019" not in after and "yu-cike-at-chengdu-forum-2019" not in after


def test_open_ended_ranges_and_a_query_narrowed_by_dates() -> None:
    dates = _dates({"results": _found("--from", "2024")})
    assert dates and all(d >= "2024" for d in dates)
    dates = _dates({"results": _found("--to", "2014-11")})
    assert dates and all(d[:7] <= "2014-11" for d in dates)
    results = _found("Liu Hua", "--from", "2021", "--to", "2023-06")
    assert results and all("2021" <= r["date"][:7] <= "2023-06" for r in results)
    assert all("liu-hua" in _related([r]) for r in results)


def test_a_year_with_nothing_dated_says_what_is_covered() -> None:
    code, doc, err = _cfacts("timeline", "2030")
    assert code == 1 and doc["results"] == []
    assert "nothing dated 2030; the fact base covers 2012-2025" in err
    code, doc, err = _cfacts("timeline", "--from", "2026-01", "--to", "2026-03")
    assert code == 1 and "nothing dated from 2026-01 to 2026-03" in err
    code, doc, err = _cfacts("timeline", "Liu Hua", "--year", "2019")
    assert code == 1
    assert "nothing about 'Liu Hua' dated 2019; its timeline covers 2021-2025" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2023-13"), "no such date"),
        (("--to", "23"), "is not a date"),
        (("--from", "2025", "--to", "2019"), "no date fits both --from 2025 and --to 2019"),
        (("2023", "--year", "2024"), "no date fits both"),
        (("--year", "0"), "not a year"),
    ],
)
def test_dates_that_are_not_dates_are_usage_errors(args: tuple[str, ...], message: str) -> None:
    code, _, err = _cfacts("timeline", *args)
    assert code == 2
    assert message in err


def test_a_topic_is_followed_through_statements_and_events() -> None:
    results = _found("AI")
    ids = _ids(results)
    # the 2025 roundtable's speakers on AI, with what they said, and the roundtable itself
    assert {"wang-ying", "lu-yi", "zhang-yilin", "zhou-yaping"} <= _related(results)
    assert {
        "wang-ying-at-roundtable-2025",
        "lu-yi-at-roundtable-2025",
        "ai-disrupting-photography-market",
        "clarify-ai-works-ownership",
        "roundtable-2025",
    } <= ids
    # earlier years too: NCAC's 2019 plans, the Chengdu forum, and the 2023 lecture that says
    # "artificial intelligence" (an alias of the AI topic)
    assert {"ncac-future-focus-new-technologies", "gao-hang-at-shanghai-training-2023"} <= ids
    # nothing unrelated: each entry names AI in its topics or summary
    for r in results:
        assert r["matched"]["field"] in ("topic", "summary"), r["id"]
        text = r["matched"]["text"]
        assert AI_WORD.search(text) or "artificial intelligence" in text.lower(), r["id"]
    assert not ids & {"internet-main-battlefield-copyright", "chengdu-forum-2019", "gdp-share-2023"}
    assert _ids(_found("artificial intelligence")) == ids
    in_2019 = _found("AI", "--year", "2019")
    assert in_2019 and all(r["date"].startswith("2019") for r in in_2019)
    assert _ids(in_2019) == {r["id"] for r in results if r["date"][:4] == "2019"}


def test_a_keyword_of_the_statements_is_a_topic() -> None:
    results = _found("blockchain")
    assert {"internet-main-battlefield-copyright", "ncac-future-focus-new-technologies"} <= _ids(
        results
    )
    assert all("blockchain" in r["matched"]["text"].lower() for r in results)
