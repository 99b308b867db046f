"""Every JSON document cfacts prints, through its entry point, against the output schema."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from cfacts.output import rows
from cfacts.output.jsonout import OUTPUT_SCHEMA_VERSION
from conftest import ROOT, SCHEMA, SOURCES

DEFS: dict[str, Any] = SCHEMA["$defs"]
CHECKER = Draft202012Validator.FORMAT_CHECKER
WHOLE = Draft202012Validator(SCHEMA, format_checker=CHECKER)

LOOKUPS: list[tuple[int, tuple[str, ...]]] = [
    (0, ("who", "Liu Hua")),
    (0, ("who", "Zhou")),  # ambiguous
    (0, ("who", "Lui Hua", "--full")),
    (0, ("who", "Liu Hua", "--section", "roles")),
    (0, ("who", "Wen Huasheng")),
    (1, ("who", "MCSC")),  # another kind of record: tries
    (1, ("who", "zzzz qqqq")),
    (0, ("org", "CAVCA")),
    (0, ("org", "China Central Television")),
    (0, ("org", "WIPO", "--full")),
    (0, ("org", "NCAC")),
    (1, ("org", "zzzz qqqq")),
    (0, ("event", "Shanghai 2023")),
    (0, ("event", "Chengdu")),
    (0, ("event", "2019")),
    (0, ("event", "training", "--full")),
    (1, ("event", "zzzz qqqq")),
    (0, ("stat",)),
    (0, ("stat", "gdp-share")),
    (0, ("stat", "gdp-share", "--year", "2023")),
    (1, ("stat", "gdp-share", "--year", "2022")),
    (0, ("stat", "--year", "2024")),
    (0, ("stat", "MCSC licensing revenue", "--latest")),
    (0, ("stat", "mcsc-licensing-revenue")),
    (1, ("stat", "zzzz qqqq")),
    (0, ("search", "karaoke")),
    (0, ("search", "labeling system")),
    (0, ("search", "Beijing Treaty")),
    (0, ("search", "AI", "--limit", "3")),
    (0, ("search", "Zhou")),
    (0, ("search", "blockchain")),
    (1, ("search", "zzzz qqqq")),
    (0, ("sources",)),
    (0, ("timeline",)),
    (0, ("timeline", "2023")),
    (0, ("timeline", "Liu Hua", "--from", "2021", "--to", "2023-06")),
    (0, ("timeline", "Beijing Treaty")),
    (0, ("timeline", "AI")),
    (0, ("timeline", "MCSC", "--year", "2024")),
    (1, ("timeline", "--year", "2030")),
    (0, ("timeline", "Zhou")),  # ambiguous: the candidates' cards
    (1, ("timeline", "zzzz qqqq")),
    (0, ("ask", "who spoke in Chengdu")),
    (0, ("ask", "what did MCSC earn in 2024")),
    (0, ("ask", "who is Liu Hua", "--full")),
    (0, ("ask", "what is the GDP share of the copyright industry")),
    (0, ("ask", "what was said about AI")),
    (0, ("ask", "timeline of the Beijing Treaty")),
    (0, ("ask", "statements about the labeling system")),
    (1, ("ask", "what is the weather on mars")),
]
"""Every lookup command over found, ambiguous and missing queries, --full, --section, --year,
--latest, --from/--to and --limit, with the exit status each must have."""

OTHERS: list[tuple[str, int, tuple[str, ...]]] = [
    ("Info", 0, ("info", "--json")),
    ("Info", 0, ("--no-cache", "info", "--json")),
    ("Check", 0, ("check", "--json")),
    ("Check", 0, ("check", "--sources", str(SOURCES), "--json")),
    ("Check", 0, ("check", "--sources", str(SOURCES), "--coverage", "--json")),
]
"""The other commands that print one JSON document: the definition it is, its exit status."""

FACT_KINDS = ("role", "appearance", "observation", "claim", "milestone")


@functools.cache
def run(*args: str) -> tuple[int, str]:
    """Run cfacts as its console script does (`python -m cfacts`); exit status and stdout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CFACTS_")}
    proc = subprocess.run(
        [sys.executable, "-m", "cfacts", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
        timeout=120,
    )
    return proc.returncode, proc.stdout


def lookup(*args: str) -> tuple[int, Any]:
    """A lookup's exit status and its parsed --json document."""
    code, out = run(*args, "--json")
    return code, json.loads(out)


def validate(doc: Any, definition: str) -> None:
    """Valid against the whole schema (one of its documents) and against ``definition``."""
    errors = [e.message for e in WHOLE.iter_errors(doc)]
    assert not errors, errors[:3]
    one = {**DEFS[definition], "$defs": DEFS}
    Draft202012Validator(one, format_checker=CHECKER).validate(doc)


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)
    documents = {ref["$ref"] for ref in SCHEMA["oneOf"]}
    names = ("Lookup", "Info", "Check", "ExportRecord", "Row")
    assert documents == {f"#/$defs/{name}" for name in names}


def test_the_schema_version_is_the_one_printed() -> None:
    assert DEFS["Lookup"]["properties"]["schema_version"]["const"] == OUTPUT_SCHEMA_VERSION == 3


@pytest.mark.parametrize(("code", "args"), LOOKUPS, ids=[" ".join(a) for _, a in LOOKUPS])
def test_every_lookup_document_is_valid(code: int, args: tuple[str, ...]) -> None:
    got, doc = lookup(*args)
    assert got == code
    validate(doc, "Lookup")
    if args[0] == "ask":  # the lookup that backs the answer, or ask itself when none does
        assert doc["understood"]["question"] == args[1]
    else:
        assert doc["command"] == args[0]
    assert doc["schema_version"] == OUTPUT_SCHEMA_VERSION
    assert bool(doc["results"]) == (code == 0)


@pytest.mark.parametrize(
    ("definition", "code", "args"), OTHERS, ids=[" ".join(a) for *_, a in OTHERS]
)
def test_every_other_document_is_valid(definition: str, code: int, args: tuple[str, ...]) -> None:
    got, out = run(*args)
    assert got == code
    validate(json.loads(out), definition)


def test_a_failed_check_is_a_valid_document(tmp_path: Path) -> None:
    facts = tmp_path / "facts.toml"
    facts.write_text('schema_version = 1\n\n[[person]]\nid = "Bad Id"\nname = "X"\n')
    proc = subprocess.run(
        [sys.executable, "-m", "cfacts", "--facts", str(facts), "check", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 3
    doc = json.loads(proc.stdout)
    validate(doc, "Check")
    assert doc["ok"] is False and doc["problems"]


def test_every_export_line_is_valid() -> None:
    code, out = run("export", "-", "--format", "jsonl")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    _, info = run("info", "--json")
    assert len(lines) == sum(json.loads(info)["counts"].values())
    for line in lines:
        validate(line, "ExportRecord")


ROW_DEFS = {
    "ObservationRow": rows.OBSERVATION_COLUMNS,
    "ItemRow": rows.ITEM_COLUMNS,
    "ResultRow": rows.RESULT_COLUMNS,
    "AnswerRow": rows.ANSWER_COLUMNS,
}


def test_the_row_definitions_have_the_row_columns() -> None:
    for definition, columns in ROW_DEFS.items():
        assert tuple(DEFS[definition]["properties"]) == columns
        assert tuple(DEFS[definition]["required"]) == columns


@pytest.mark.parametrize(("code", "args"), LOOKUPS, ids=[" ".join(a) for _, a in LOOKUPS])
def test_every_jsonl_row_of_a_lookup_is_valid(code: int, args: tuple[str, ...]) -> None:
    got, out = run(*args, "--format", "jsonl")
    assert got == code
    lines = [json.loads(line) for line in out.splitlines()]
    assert bool(lines) == (code == 0)
    _, doc = lookup(*args)
    layout = {"stat": "ObservationRow", "who": "ItemRow", "org": "ItemRow", "event": "ItemRow"}
    row = "AnswerRow" if "understood" in doc else layout.get(doc["command"], "ResultRow")
    for line in lines:
        validate(line, "Row")
        validate(line, row)


# -- one shape per record kind -----------------------------------------------------------------


def result_definitions() -> dict[str, str]:
    """The definition a result's ``fields`` has, per record kind, read from the schema."""
    found: dict[str, str] = {}
    for rule in DEFS["Result"]["allOf"]:
        kind = rule["if"]["properties"]["type"]["const"]
        fields = rule["then"]["properties"]["fields"]
        assert set(fields) == {"$ref"}, f"{kind}: fields must be one definition, not {fields}"
        found[kind] = fields["$ref"].removeprefix("#/$defs/")
    return found


def nested(definition: str) -> dict[str, str]:
    """The properties of a card definition that hold a fact kind's view, and that view."""
    views = {result_definitions()[kind]: kind for kind in FACT_KINDS}
    found = {}
    for name, prop in DEFS[definition]["properties"].items():
        ref = prop.get("items", prop).get("$ref", "").removeprefix("#/$defs/")
        if ref in views:
            found[name] = ref
    return found


def test_each_kind_has_its_own_definition() -> None:
    found = result_definitions()
    assert set(found) == set(DEFS["Result"]["properties"]["type"]["enum"])
    for kind in FACT_KINDS:
        assert found[kind] == kind.capitalize()
    assert found["event"] == "EventCard"
    assert "FactCard" not in DEFS
    # every card nests the facts of a kind by that kind's one definition
    assert nested("PersonCard") == {
        "roles": "Role",
        "appearances": "Appearance",
        "reported": "Observation",
        "claims": "Claim",
    }
    assert nested("EventCard") == {
        "speakers": "Appearance",
        "statistics": "Observation",
        "claims": "Claim",
    }
    assert nested("StatisticCard") == {"observations": "Observation"}
    assert nested("SubjectCard") == {"milestones": "Milestone", "claims": "Claim"}
    assert set(nested("OrganizationCard").values()) == {"Role", "Observation", "Claim", "Milestone"}


def documents() -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every lookup document of the walk."""
    for _, args in LOOKUPS:
        yield args, lookup(*args)[1]


NARROWED = ("--year", "--latest")
"""`stat --year` and `--latest` narrow a statistic's observations, by design."""


def _narrowed(args: tuple[str, ...], doc: Any) -> bool:
    """Whether a document's statistics may be narrowed (directly, or by the lookup an ask
    stands for)."""
    equivalent = (doc.get("understood") or {}).get("equivalent") or ""
    return any(flag in args or flag in equivalent for flag in NARROWED)


def test_a_record_has_the_same_fields_wherever_it_is_a_result() -> None:
    whole: dict[tuple[str, str], tuple[Any, tuple[str, ...]]] = {}
    narrowed: list[tuple[tuple[str, str], Any, tuple[str, ...]]] = []
    commands: dict[tuple[str, str], set[str]] = {}
    for args, doc in documents():
        for result in doc["results"]:
            key = (result["type"], result["id"])
            commands.setdefault(key, set()).add(args[0])
            if result["type"] == "statistic" and _narrowed(args, doc):
                narrowed.append((key, result["fields"], args))
            elif key in whole:
                first, where = whole[key]
                assert result["fields"] == first, f"{key}: {args} differs from {where}"
            else:
                whole[key] = (result["fields"], args)
    # a narrowed series: the same statistic, showing some of the very observations of its whole
    for key, fields, args in narrowed:
        full, _ = whole[key]
        rest = {k: v for k, v in fields.items() if k != "observations"}
        assert rest == {k: v for k, v in full.items() if k != "observations"}, (key, args)
        assert fields["observations"], (key, args)
        assert all(o in full["observations"] for o in fields["observations"]), (key, args)
    # the walk does compare across commands, for every kind of fact
    shared = {key[0] for key, found in commands.items() if len(found) > 1}
    assert {*FACT_KINDS, "person", "organization", "event", "statistic", "topic"} <= shared


def test_nested_facts_are_the_results_of_their_records() -> None:
    """A fact inside a card (a claim on a person's) has the definition and the values it has
    as a result of its own, but for ``unit`` (which unit of an organization it comes from)."""
    kinds = {definition: kind for kind, definition in result_definitions().items()}
    tops: dict[str, list[Any]] = {kind: [] for kind in FACT_KINDS}
    inner: list[tuple[str, Any]] = []
    cards = {"person", "organization", "event", "statistic", "instrument", "topic"}
    for _, doc in documents():
        for result in doc["results"]:
            if result["type"] in tops:
                assert result["fields"].get("unit") is None
                tops[result["type"]].append(result["fields"])
            elif result["type"] in cards:
                definition = result_definitions()[result["type"]]
                for name, view in nested(definition).items():
                    inner += [(kinds[view], item) for item in result["fields"][name]]
    assert {kind for kind, _ in inner} == set(FACT_KINDS)
    for kind, item in inner:
        Draft202012Validator({**DEFS[result_definitions()[kind]], "$defs": DEFS}).validate(item)
        plain = {**item, "unit": None} if "unit" in item else item
        # the walk's timelines hold every fact the cards nest: each is met as a result too
        assert plain in tops[kind], (kind, item)
        if kind == "claim":
            assert all(t == plain for t in tops[kind] if t["id"] == item["id"]), item["id"]
