"""Property-based tests: arbitrary queries, widths and mutated fact bases never crash."""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from cfacts.cli.app import app
from cfacts.errors import FactBaseError
from cfacts.factbase.loader import build, load, parse_toml
from cfacts.finding.lookup import Lookup
from cfacts.index.store import MemoryStore
from cfacts.output.render import render
from cfacts.paths import bundled_path
from conftest import SCHEMA

BUNDLED_TEXT = bundled_path().read_text(encoding="utf-8")
LOOKUP = Lookup(MemoryStore(load(bundled_path())))
RUNNER = CliRunner()
COMMANDS = ("who", "org", "event", "stat", "search")

queries = st.text(st.characters(codec="utf-8"), max_size=60) | st.sampled_from(
    ["Liu", "Liu Hua", "Zhou", "WIPO", "2019", "karaoke", "[red]x", "\x1b[2J", "刘华", "   "]
)


@given(command=st.sampled_from(COMMANDS), query=queries)
def test_any_query_gives_valid_json_and_a_documented_exit(command: str, query: str) -> None:
    result = RUNNER.invoke(app, [command, "--json", "--", query])
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code != 2:
        doc = json.loads(result.stdout)
        jsonschema.validate(doc, SCHEMA)
        assert (result.exit_code == 0) == bool(doc["results"])


def _random_queries(count: int) -> list[str]:
    """Queries made of words of the fact base, some with a typo, and a few odd strings."""
    rng = random.Random(12)
    words = (
        "liu hua zhou zhang li wang wipo china chinese copyright 2019 2023 beijing treaty mcsc "
        "cavca ncac forum share revenue ai training music film xiamen chengdu shanghai"
    ).split()
    found = ["Liu", "[red]x", "刘华", "Stéphanie", "a", "zz", "co"]
    while len(found) < count:
        query = " ".join(rng.sample(words, rng.randint(1, 3)))
        if rng.random() < 0.4:
            at = rng.randrange(len(query))
            query = query[:at] + rng.choice("aeiouxyz") + query[at + 1 :]
        found.append(query)
    return found


RANKINGS_IN_ONE_PROCESS = """
import json, sys
from cfacts.errors import QueryError
from cfacts.factbase.loader import load
from cfacts.finding.lookup import Lookup
from cfacts.index.store import MemoryStore
from cfacts.paths import bundled_path

lookup = Lookup(MemoryStore(load(bundled_path())))
out = []
for query in json.loads(sys.argv[1]):
    for command in ("who", "org", "event", "stat", "search"):
        try:
            outcome = getattr(lookup, command)(query)
        except QueryError as error:
            out.append(str(error))
            continue
        found = [(r.type, r.id, r.score, r.matched_field, r.matched_text) for r in outcome.results]
        out.append([found, outcome.ambiguous, outcome.suggestions])
print(json.dumps(out))
"""


def test_matching_is_deterministic_across_hash_seeds() -> None:
    """Rankings of many queries, ambiguity and suggestions included, are the same in
    processes whose string hashes (and so set and dict orders) differ."""
    queries = json.dumps(_random_queries(60))
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", RANKINGS_IN_ONE_PROCESS, queries],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in ("0", "7", "42")
    ]
    outputs = [proc.communicate(timeout=300)[0] for proc in runs]
    assert [proc.returncode for proc in runs] == [0, 0, 0]
    assert outputs[0] == outputs[1] == outputs[2]
    answers = json.loads(outputs[0])
    assert sum(isinstance(a, list) and len(a[0]) > 1 for a in answers) >= 20


OUTCOMES = [
    LOOKUP.who("Liu Hua"),
    LOOKUP.who("Zhang"),
    LOOKUP.org("CAVCA"),
    LOOKUP.event("Chengdu"),
    LOOKUP.stat("gdp-share"),
    LOOKUP.stat(None),
    LOOKUP.search("AI"),
    LOOKUP.sources(),
]


@given(width=st.integers(min_value=20, max_value=200), index=st.integers(0, len(OUTCOMES) - 1))
def test_rendering_never_raises_at_any_width(width: int, index: int) -> None:
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=False)
    console.print(render(OUTCOMES[index], listing=OUTCOMES[index].query is None))
    assert out.getvalue()


def _mutate(text: str, seed: int, how: str) -> str:
    rng = random.Random(seed)
    lines = text.splitlines(keepends=True)
    if how == "delete":
        for _ in range(rng.randint(1, 20)):
            del lines[rng.randrange(len(lines))]
    elif how == "swap":
        values = [i for i, line in enumerate(lines) if " = " in line]
        for _ in range(rng.randint(1, 10)):
            a, b = rng.sample(values, 2)
            key_a, _, val_a = lines[a].partition(" = ")
            key_b, _, val_b = lines[b].partition(" = ")
            lines[a], lines[b] = f"{key_a} = {val_b}", f"{key_b} = {val_a}"
    elif how == "truncate":
        return text[: rng.randrange(len(text))]
    elif how == "duplicate":
        for _ in range(rng.randint(1, 5)):
            i = rng.randrange(len(lines))
            lines.insert(i, lines[i])
    return "".join(lines)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32), how=st.sampled_from(["delete", "swap", "truncate", "duplicate"]))
def test_mutated_fact_base_loads_or_fails_cleanly(seed: int, how: str) -> None:
    text = _mutate(BUNDLED_TEXT, seed, how)
    problems: list[str] = []
    try:
        facts = build(parse_toml(text, "mutated.toml"), text, "mutated.toml")
    except FactBaseError as error:
        problems = [p.format() for p in error.problems]
    if problems:
        for line in problems:
            assert line.startswith("mutated.toml")
            assert "\n" not in line
        return
    Lookup(MemoryStore(facts)).search("Liu")  # a fact base that loads must also answer


@pytest.mark.parametrize("how", ["delete", "swap", "truncate", "duplicate"])
def test_mutated_fact_base_through_the_cli(tmp_path: Path, how: str) -> None:
    for seed in range(5):
        path = tmp_path / f"{how}-{seed}.toml"
        path.write_text(_mutate(BUNDLED_TEXT, seed, how), encoding="utf-8")
        result = RUNNER.invoke(app, ["--facts", str(path), "who", "Liu Hua", "--json"])
        assert result.exit_code in (0, 1, 3)
        assert "Traceback" not in result.output
        if result.exit_code == 3:
            assert result.stdout == ""
