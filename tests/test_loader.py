"""Loader: one small bad file per defect, each reported on one line with file, line and record."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cfacts.errors import FactBaseError
from cfacts.factbase.loader import load
from conftest import DATA, MINIMAL, cpu_seconds

BAD = DATA / "bad"

# file -> (message fragment, line number or None, record label or None)
CASES: dict[str, tuple[str, int | None, str | None]] = {
    "malformed_unterminated.toml": ("malformed TOML", 6, None),
    "malformed_duplicate_key.toml": ("malformed TOML", 7, None),
    "malformed_bad_date.toml": ("malformed TOML", 9, None),
    "not_a_factbase.toml": ("no schema_version", 1, None),
    "wrong_schema_version.toml": ("unsupported schema_version 2", 1, None),
    "missing_schema_version.toml": ("no schema_version", 1, None),
    "unknown_field.toml": ("unknown field 'nmae'", 23, "person jane-roe"),
    "unknown_kind.toml": ("unknown top-level key 'persons'", 27, None),
    "missing_required.toml": ("missing required field 'name'", 21, "person jane-roe"),
    "duplicate_id.toml": (
        "duplicate person id 'jane-roe' (first at line 21)",
        28,
        "person jane-roe",
    ),
    "malformed_id.toml": ("malformed id 'Jane_Roe'", 22, "person Jane_Roe"),
    "dangling_person.toml": ("person: unknown person 'nobody'", 29, "role jane-roe-acs"),
    "dangling_organization.toml": ("unknown organization 'no-such-org'", 31, "role jane-roe-acs"),
    "dangling_event.toml": ("unknown event 'no-such-event'", 30, "appearance jane-at-x"),
    # Found by the long hypothesis run: a dangling statistic used to crash the unit check.
    "dangling_statistic.toml": (
        "unknown statistic 'acs-revenu'",
        35,
        "observation acs-revenue-2023",
    ),
    "dangling_source.toml": ("source: unknown source 's9'", 24, "person jane-roe"),
    "unknown_qualifier.toml": ("unknown qualifier 'roughly'", 37, "observation acs-revenue-2023"),
    "range_low_above_high.toml": ("range low 12 is greater than high 9", 37, None),
    "non_numeric_value.toml": ("must be a number", 37, "observation acs-revenue-2023"),
    "unknown_unit.toml": ("unknown unit 'USD'", 37, "observation acs-revenue-2023"),
    "unknown_quantity_key.toml": (
        "unknown quantity key(s) ['approx']",
        37,
        "observation acs-revenue-2023",
    ),
    "unit_mismatch.toml": ("differs from statistic's unit 'CNY'", 37, None),
    "impossible_date.toml": ("impossible date '2024-02-30'", 32, "role jane-roe-acs"),
    "malformed_partial_date.toml": ("malformed date 'May 2024'", 32, "role jane-roe-acs"),
    "quote_too_long.toml": ("over 200", 25, "person jane-roe"),
    # A quote may be a list of spans (issue 15): each span is held to the limit, and a span
    # must be text.
    "quote_span_too_long.toml": ("span 2 of 2 is 201 characters, over 200", 25, "person jane-roe"),
    "quote_spans_not_texts.toml": ("quote: must be a non-empty string or a list", 25, None),
    "quote_only_ellipses.toml": ("quote: has no words besides ellipses", 25, "person jane-roe"),
    "inferred_date_without_note.toml": ("inferred date needs a date_note", 10, "source s1"),
    "event_ends_before_start.toml": (
        "end 2024-04-01 is before start 2024-05-01",
        32,
        "event meeting",
    ),
    "not_an_array.toml": ("'claim' must be an array of tables", 27, None),
    "empty.toml": ("is empty", None, None),
    "whitespace_only.toml": ("is empty", None, None),
    "latin1.toml": ("is not valid UTF-8", 6, None),
    "bom.toml": ("byte-order mark", None, None),
    # Parser limits and numbers a float cannot hold: once tracebacks with exit 1 (issue 11).
    "deep_nesting.toml": ("arrays or inline tables nested more than 400 deep", 24, None),
    "long_integer.toml": ("integer of 5000 digits", 37, None),
    "huge_integer.toml": ("value is too large for a number", 37, "observation acs-revenue-2023"),
    # Once accepted (issue 11): a zero year, month or day; a float version; an invisible name.
    "zero_date.toml": ("impossible date '0000-00-00'", 32, "role jane-roe-acs"),
    "zero_month.toml": ("impossible date '2023-00'", 32, "role jane-roe-acs"),
    "float_schema_version.toml": ("schema_version must be an integer, not 1.0", 1, None),
    "invisible_name.toml": ("name: has only invisible characters", 23, "person jane-roe"),
    "invisible_name_filler.toml": ("name: has only invisible characters", 23, "person jane-roe"),
}


def test_every_bad_file_has_a_case() -> None:
    files = {p.name for p in BAD.glob("*.toml")} - {"several_defects.toml"}
    assert files == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_is_reported_precisely(name: str) -> None:
    fragment, line, record = CASES[name]
    path = BAD / name
    with pytest.raises(FactBaseError) as caught:
        load(path)
    problems = caught.value.problems
    assert any(fragment in p.message for p in problems), [p.format() for p in problems]
    problem = next(p for p in problems if fragment in p.message)
    assert problem.path == str(path)
    assert problem.line == line
    if record is not None:
        assert problem.record == record
    text = problem.format()
    assert "\n" not in text
    assert text.startswith(f"{path}:{line}:" if line else f"{path}: ")


def test_several_defects_are_all_reported_in_one_run() -> None:
    with pytest.raises(FactBaseError) as caught:
        load(BAD / "several_defects.toml")
    messages = " | ".join(p.message for p in caught.value.problems)
    assert "malformed id 'Jane_Roe'" in messages
    assert "unknown value 'guild'" in messages
    assert len(caught.value.problems) >= 2


def test_problems_carry_hints() -> None:
    with pytest.raises(FactBaseError) as caught:
        load(BAD / "unknown_unit.toml")
    assert "hint: one of" in caught.value.problems[0].format()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FactBaseError, match="no such file"):
        load(tmp_path / "nope.toml")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(FactBaseError, match="is a directory"):
        load(tmp_path)


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 0 does not stop root (CI runs as root), so refuse the read itself.
    path = tmp_path / "locked.toml"
    path.write_text(MINIMAL)

    real_open = os.open

    def refuse(target: str | os.PathLike[str], *args: Any, **kwargs: Any) -> int:
        if os.fspath(target) == os.fspath(path):
            raise PermissionError(13, "Permission denied", str(target))
        return real_open(target, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)  # the loader opens with os.open (non-blocking)
    with pytest.raises(FactBaseError, match="permission denied"):
        load(path)


def test_minimal_fact_base_loads(write_facts: Callable[[str], Path], tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text(MINIMAL)
    facts = load(path)
    assert facts.schema_version == 1
    assert facts.counts()["person"] == 1
    person = facts.people["jane-roe"]
    assert person.source == "s1"
    assert person.quote == "Ms. Jane Roe, Director of ACS"
    assert person.line == 21


def test_native_toml_date_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "dates.toml"
    path.write_text(MINIMAL.replace('date = "2024-05-01"', "date = 2024-05-01"))
    assert load(path).sources["s1"].date == "2024-05-01"


def test_quantities_keep_hedge_unit_and_wording(bundled: Path) -> None:
    facts = load(bundled)
    members = facts.observations["mcsc-membership-2024"].value
    assert (members.qualifier, members.value, members.unit) == ("more_than", 14000, "members")
    revenue = facts.observations["mcsc-licensing-revenue-2024"].value
    assert (revenue.qualifier, revenue.value, revenue.unit) == ("exact", 477_000_000, "CNY")
    regional = facts.observations["regional-gdp-share-2017"].value
    assert (regional.qualifier, regional.low, regional.high) == ("range", 9, 12)
    assert regional.as_written == "between 9% to 12%"


def test_huge_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as out:
        out.write(b"schema_version = 1\n")
        out.write((b"# padding padding padding padding padding padding padding\n") * 900_000)
    assert path.stat().st_size > 50_000_000

    def refused() -> None:
        with pytest.raises(FactBaseError, match="over the 32 MiB limit"):
            load(path)

    assert cpu_seconds(refused) < 2


def test_one_megabyte_string_works_or_fails_fast(tmp_path: Path) -> None:
    big = "x" * 1_000_000
    ok = tmp_path / "big-summary.toml"
    ok.write_text(MINIMAL.replace('name = "Jane Roe"', f'name = "Jane Roe"\ndescription = "{big}"'))
    bad = tmp_path / "big-quote.toml"
    bad.write_text(MINIMAL.replace('"Ms. Jane Roe, Director of ACS"', f'"{big}"'))

    def both() -> None:
        assert load(ok).people["jane-roe"].description == big
        with pytest.raises(FactBaseError, match="over 200"):
            load(bad)

    assert cpu_seconds(both) < 5


def test_a_bad_fact_base_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from cfacts.cli.app import app

    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = CliRunner().invoke(app, ["--facts", str(BAD / "several_defects.toml"), "who", "x"])
    assert result.exit_code == 3
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_hints_list_their_choices_in_the_same_order_in_every_run() -> None:
    """A hint built from a set once listed its keys in an order that changed with the hash seed."""
    bad = BAD / "unknown_quantity_key.toml"
    outputs = set()
    for seed in ("0", "1", "2", "3", "4", "5"):
        proc = subprocess.run(
            [sys.executable, "-m", "cfacts", "--no-cache", "--facts", str(bad), "check"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=120,
        )
        assert proc.returncode == 3, proc.stderr
        outputs.add(proc.stderr)
    assert len(outputs) == 1, outputs
    assert "(hint: use as_written, high, low, qualifier, unit, value)" in outputs.pop()


def _one_problem_per_line(stderr: str) -> list[str]:
    lines = stderr.splitlines()
    assert lines, "no message"
    assert "Traceback" not in stderr
    return lines


@pytest.mark.parametrize("cache", ["cache", "no-cache"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_through_the_entry_point(name: str, cache: str, tmp_path: Path) -> None:
    """Every bad file, with and without the index (the indexer validates with the loader's
    per-record code), gives exit 3 and, when the file has one problem, exactly that one line."""
    path = BAD / name
    with pytest.raises(FactBaseError) as caught:
        load(path)
    expected = [p.format() for p in caught.value.problems]
    args = ["--facts", str(path), *(["--no-cache"] if cache == "no-cache" else []), "who", "Jane"]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-m", "cfacts", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 3, proc.stderr
    assert proc.stdout == ""
    lines = _one_problem_per_line(proc.stderr)
    if len(expected) == 1:
        assert lines == expected
    else:
        assert lines[: len(expected)] == expected
        assert lines[len(expected) :] == [
            f"cfacts: unusable fact base {path} ({len(expected)} problems); "
            "run 'cfacts check' for details"
        ]


@pytest.mark.parametrize("cache", ["cache", "no-cache"])
def test_float_schema_version_is_refused_by_info_with_and_without_the_index(
    cache: str, tmp_path: Path
) -> None:
    """`schema_version = 1.0` was reported as 0 without the index and as 1 with it."""
    path = BAD / "float_schema_version.toml"
    flags = ["--no-cache"] if cache == "no-cache" else []
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for _ in range(2):
        proc = subprocess.run(
            [sys.executable, "-m", "cfacts", "--facts", str(path), *flags, "info", "--json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 3, proc.stdout
        assert proc.stdout == ""
        assert proc.stderr.splitlines() == [
            f"{path}:1: schema_version must be an integer, not 1.0 "
            "(hint: write 'schema_version = 1')"
        ]


@pytest.mark.parametrize(
    "invisible",
    [
        "\u200b",
        "\u115f",
        "\u1160",
        "\u3164",
        "\uffa0",
        "\U000e0041",
        "\u00ad",
        "\u180e",
        "\u034f",
        "\ufe0f",
        "\U000e0100",
        "\u206a",
        "\ufff9",
        "\u202e",
        "\x1b",
    ],
    ids=lambda ch: f"U+{ord(ch):04X}",
)
@pytest.mark.parametrize("field", ["name", "aliases"])
def test_a_name_of_invisible_characters_is_empty(
    write_facts: Callable[[str], Path], invisible: str, field: str
) -> None:
    escaped = f"\\U{ord(invisible):08X}"
    value = f'"{escaped} {escaped}{escaped}"'
    text = MINIMAL.replace(
        'name = "Jane Roe"',
        f"name = {value}" if field == "name" else f'name = "Jane Roe"\naliases = [{value}]',
    )
    with pytest.raises(FactBaseError) as caught:
        load(write_facts(text))
    [problem] = caught.value.problems
    assert problem.record == "person jane-roe"
    assert problem.message.startswith(f"{field}: ")
    assert "only invisible characters" in problem.message


def test_a_name_with_visible_text_and_invisible_marks_loads(
    write_facts: Callable[[str], Path],
) -> None:
    name = "Jane\u00adRoe \u2764\ufe0f"
    path = write_facts(MINIMAL.replace('name = "Jane Roe"', f'name = "{name}"'))
    assert load(path).people["jane-roe"].name == name


@pytest.mark.parametrize("date", ["0000", "0000-01", "2023-00", "2023-00-10", "2023-01-00"])
def test_zero_year_month_or_day_is_impossible(
    write_facts: Callable[[str], Path], date: str
) -> None:
    text = MINIMAL.replace('date = "2024-05-01"', f'date = "{date}"')
    with pytest.raises(FactBaseError, match=f"impossible date '{date}'"):
        load(write_facts(text))
