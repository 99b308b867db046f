"""`cfacts ask`: questions written from the articles reach the right fact, reading shown."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest
import tomli
from typer.testing import Result

from conftest import DATA, SCHEMA, cpu_seconds

QUESTIONS = tomli.loads((DATA / "ask_questions.toml").read_text(encoding="utf-8"))
ANSWERABLE = QUESTIONS["question"]
UNANSWERABLE = [q["text"] for q in QUESTIONS["unanswerable"]]


def test_there_are_enough_phrasings() -> None:
    assert len(ANSWERABLE) >= 30
    assert {q["command"] for q in ANSWERABLE} == {
        "who", "org", "event", "stat", "timeline", "search"
    }  # fmt: skip


@pytest.mark.parametrize("case", ANSWERABLE, ids=lambda q: q["text"])
def test_question_reaches_the_fact(invoke: Callable[..., Result], case: dict[str, Any]) -> None:
    result = invoke("ask", case["text"], "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, SCHEMA)
    understood = doc["understood"]
    assert understood["command"] == case["command"], understood
    ids = [r["id"] for r in doc["results"]]
    if case["command"] == "timeline":
        assert understood["entity"]["id"] == case["id"], understood
        assert ids, "an empty timeline"
    elif case["command"] == "search":
        assert case["id"] in ids[:3], ids
    else:
        assert ids[0] == case["id"], (ids, understood)
    if "year" in case:
        assert understood["year"] == case["year"]
        periods = [o["period"] for r in doc["results"] for o in r["fields"]["observations"]]
        assert periods and all(p.startswith(str(case["year"])) for p in periods)
    if "answer_contains" in case:
        assert case["answer_contains"] in json.dumps(doc["results"], ensure_ascii=False)
    assert understood["equivalent"].startswith(f"cfacts {case['command']} ")
    assert "understood as: cfacts" in result.stderr


@pytest.mark.parametrize("text", UNANSWERABLE)
def test_does_not_pretend(invoke: Callable[..., Result], text: str) -> None:
    result = invoke("ask", text, "--json")
    assert result.exit_code == 1, result.stdout
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert doc["results"] == []
    assert "cannot answer" in result.stderr and "try: cfacts " in result.stderr


def test_equivalent_command_gives_the_same_answer(invoke: Callable[..., Result]) -> None:
    asked = json.loads(invoke("ask", "what did MCSC earn in 2024", "--json").stdout)
    argv = asked["understood"]["equivalent"].split()[1:]
    direct = json.loads(invoke(*argv, "--json").stdout)
    assert direct["results"] == asked["results"]


def test_table_output_says_how_it_understood(invoke: Callable[..., Result]) -> None:
    result = invoke("ask", "GDP share of the copyright industry in 2021")
    assert result.exit_code == 0
    assert "7.41" in result.stdout
    assert "understood as: cfacts stat gdp-share --year 2021" in result.stderr


@pytest.mark.parametrize("gap", [" " * 900, "\n" * 900, " \t\n " * 200])
def test_runs_of_blanks_are_read_as_one_space(invoke: Callable[..., Result], gap: str) -> None:
    """A question with a long run of spaces or lines between its words is answered as the
    same question with one space, and quickly (such runs once cost the readers of hedges and
    tags seconds)."""
    spaced = invoke("ask", f"who is{gap}Liu Hua", "--json")
    took = cpu_seconds(lambda: invoke("ask", f"who is{gap}Liu Hua", "--json"))
    plain = invoke("ask", "who is Liu Hua", "--json")
    assert spaced.exit_code == plain.exit_code == 0
    assert json.loads(spaced.stdout)["answer"] == json.loads(plain.stdout)["answer"]
    assert took < 2.0
