"""`cfacts timeline`: dated facts in order, whole or narrowed to one entity."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jsonschema
from typer.testing import Result

from conftest import SCHEMA

Json = Callable[..., tuple[int, Any]]


def _dates(doc: Any) -> list[str]:
    return [r["fields"]["date"] for r in doc["results"]]


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
        any(ref["id"] == "liu-hua" for ref in r["fields"]["related"]) for r in doc["results"]
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
