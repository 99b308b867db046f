"""Evidence that supports the record (issue 15): quotes of several spans, quantities read from
their ``as_written`` and found in their quotes, people named in their roles' and appearances'
quotes, and headlines. Each defect is one bad file in tests/data/support/bad/ (good.toml with
that one defect, against tests/data/support/article.txt), reported on one line by
`cfacts check --sources`."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import Result

from cfacts.errors import FactBaseError
from cfacts.factbase.amounts import Reading, Unreadable, read
from cfacts.factbase.loader import load
from cfacts.factbase.model import Evidence, split_spans
from cfacts.factbase.quotes import verify_quotes
from cfacts.factbase.support import verify_support
from conftest import DATA, MINIMAL, ROOT, SOURCES

SUPPORT = DATA / "support"
BAD = SUPPORT / "bad"
GOOD = SUPPORT / "good.toml"

# file -> (message fragment, line, record)
CASES: dict[str, tuple[str, int, str]] = {
    "as_written_not_in_quote.toml": (
        "value: as_written 'RMB 5.3 million' is in none of the record's quotes",
        92,
        "observation acs-revenue-2023",
    ),
    "value_disagrees.toml": (
        "value: as_written 'RMB 5.2 million' reads 5200000, but the value is 520000",
        92,
        "observation acs-revenue-2023",
    ),
    "qualifier_disagrees.toml": (
        "reads as more_than, but the qualifier is exact",
        107,
        "observation acs-members-2023",
    ),
    "range_disagrees.toml": (
        "reads 40 to 45, but low and high are 40 and 50",
        121,
        "observation acs-music-share-2023",
    ),
    "unit_disagrees.toml": (
        "quantity: as_written '12.5%' is in percent, but the unit is members",
        129,
        "claim acs-revenue-growth",
    ),
    "currency_missing.toml": (
        "as_written '5.2 million' names no unit, but the unit is CNY",
        92,
        "observation acs-revenue-2023",
    ),
    "unreadable_scale.toml": (
        "cannot read as_written '7 dozen works': cannot read 'dozen' as a scale or unit",
        129,
        "claim acs-revenue-growth",
    ),
    "unreadable_unit.toml": (
        "cannot read as_written '2 million dollars': cannot read 'dollars' as a scale or unit",
        92,
        "observation acs-revenue-2023",
    ),
    "attendance_not_in_quote.toml": (
        "attendance: as_written 'More than 120' is in none of the record's quotes",
        56,
        "event acs-meeting-2024",
    ),
    "role_person_not_named.toml": (
        "quote: names none of 'Jane Roe', 'Ms. Roe' (person jane-roe)",
        47,
        "role jane-roe-acs",
    ),
    "appearance_person_not_named.toml": (
        "quote: names none of 'John Doe', 'Mr. Doe' (person john-doe)",
        70,
        "appearance john-doe-at-acs-meeting-2024",
    ),
    "spans_out_of_order.toml": (
        "quote not found in article.txt: span 2 of 2 'Mr. John Doe' (found, but not after span 1)",
        63,
        "appearance john-doe-at-acs-meeting-2024",
    ),
    "span_not_in_article.toml": (
        "quote not found in article.txt: span 2 of 2 'said licensing revenue rose to",
        72,
        "appearance jane-roe-at-acs-meeting-2024",
    ),
    "period_not_in_quote.toml": (
        "quote: does not give the period '2022'",
        96,
        "observation acs-revenue-2023",
    ),
    "headline_not_in_article.toml": (
        "headline not found in article.txt: 'Acme Society Reports Its Best Year'",
        4,
        "source acs-news",
    ),
}


def check(invoke: Callable[..., Result], facts: Path, sources: Path = SUPPORT) -> Result:
    return invoke("--no-cache", "--facts", str(facts), "check", "--sources", str(sources))


def test_the_good_base_is_supported_by_its_article() -> None:
    facts = load(GOOD)
    quotes = verify_quotes(facts, SUPPORT)
    support = verify_support(facts, GOOD.read_text(encoding="utf-8"))
    assert quotes.problems == support.problems == ()
    assert (quotes.checked, quotes.headlines) == (12, 1)
    assert (support.quantities, support.names, support.periods) == (5, 3, 3)


def test_check_passes_the_good_base_and_says_what_it_proved(
    invoke: Callable[..., Result],
) -> None:
    result = check(invoke, GOOD)
    assert result.exit_code == 0, result.stderr
    assert "12 quotes verified" in result.stdout
    assert "1 headline verified" in result.stdout
    assert "supports 5 quantities and names the person of 3 roles and appearances" in (
        result.stdout
    )
    assert "gives the period of 3 observations" in result.stdout


def test_every_bad_file_has_a_case() -> None:
    assert {path.name for path in BAD.glob("*.toml")} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_defect_fails_check_with_one_line(invoke: Callable[..., Result], name: str) -> None:
    fragment, line, record = CASES[name]
    path = BAD / name
    load(path)  # valid as a fact base: only the proof against the article fails
    result = check(invoke, path)
    assert result.exit_code == 3
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines  # the problem, then the summary
    assert lines[0].startswith(f"{path}:{line}: [{record}] "), lines[0]
    assert fragment in lines[0]
    assert "(hint: " in lines[0]
    assert lines[1].startswith(f"cfacts: 1 problem(s) in {path}; ")


# -- the two mutations of issue 15, on copies of the bundled fact base ------------------------


def _mutated(tmp_path: Path, record: str, old: str, new: str) -> Path:
    """A copy of facts.toml with ``old`` replaced by ``new`` inside one record only."""
    text = (ROOT / "facts.toml").read_text(encoding="utf-8")
    start = text.index(f'\nid = "{record}"\n')
    end = text.find("\n[[", start)
    end = len(text) if end < 0 else end
    block = text[start:end]
    assert block.count(old) == 1, (record, old)
    path = tmp_path / "facts.toml"
    path.write_text(text[:start] + block.replace(old, new) + text[end:], encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("record", "old", "new", "fragment"),
    [
        (
            "gdp-share-2023",
            'as_written = "7.44%"',
            'as_written = "7.55%"',
            "value: as_written '7.55%' is in none of the record's quotes, and reads 7.55, "
            "but the value is 7.44",
        ),
        (
            "mcsc-licensing-revenue-2024",
            "value = 477000000",
            "value = 47700000",
            "value: as_written '477 million yuan' reads 477000000, but the value is 47700000",
        ),
    ],
)
def test_a_wrong_number_in_the_bundled_base_fails_with_one_line(
    invoke: Callable[..., Result],
    tmp_path: Path,
    record: str,
    old: str,
    new: str,
    fragment: str,
) -> None:
    if not SOURCES.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SOURCES} is missing in CI")
        pytest.skip("../shared/sources is not beside this checkout")
    path = _mutated(tmp_path, record, old, new)
    result = check(invoke, path, SOURCES)
    assert result.exit_code == 3
    problems = result.stderr.splitlines()[:-1]
    assert len(problems) == 1, problems
    assert re.match(rf"{re.escape(str(path))}:\d+: \[observation {record}\] ", problems[0])
    assert fragment in problems[0]
    assert result.stderr.splitlines()[-1].startswith(f"cfacts: 1 problem(s) in {path}")


def test_the_bundled_base_is_supported_by_its_own_quotes(bundled: Path) -> None:
    report = verify_support(load(bundled), bundled.read_text(encoding="utf-8"))
    assert [p.format() for p in report.problems] == []
    assert report.quantities > 30
    assert report.names > 90


# -- reading as_written ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "qualifier", "low", "high", "unit"),
    [
        ("477 million yuan", "exact", "477000000", "477000000", "CNY"),
        ("RMB 8.48 trillion", "exact", "8480000000000", "8480000000000", "CNY"),
        ("more than 14,000", "more_than", "14000", "14000", None),
        ("9% to 12%", "range", "9", "12", "percent"),
        ("between 9% to 12%", "range", "9", "12", "percent"),
        ("nearly 800", "nearly", "800", "800", None),
        ("7.44%", "exact", "7.44", "7.44", "percent"),
        ("7.41 %", "exact", "7.41", "7.41", "percent"),
        ("More than 100", "more_than", "100", "100", None),
        ("About 100", "approximately", "100", "100", None),
        ("approximately 5.1 billion yuan", "approximately", "5100000000", "5100000000", "CNY"),
        ("exceeded 14,000", "more_than", "14000", "14000", None),
        ("surpassed 10 million", "more_than", "10000000", "10000000", None),
        ("almost 20 years", "nearly", "20", "20", "years"),
        ("eight", "exact", "8", "8", None),
        ("50th anniversary", "exact", "50", "50", "years"),
        ("70 years ago", "exact", "70", "70", "years"),
        ("another country", "exact", "1", "1", "countries"),
        ("29 countries", "exact", "29", "29", "countries"),
        ("170,000 works", "exact", "170000", "170000", "works"),
    ],
)
def test_as_written_is_read_as_hedge_number_scale_and_unit(
    written: str, qualifier: str, low: str, high: str, unit: str | None
) -> None:
    assert read(written) == Reading(qualifier, Decimal(low), Decimal(high), unit)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("477 zillion yuan", "cannot read 'zillion' as a scale or unit"),
        ("477 million dollars", "cannot read 'dollars' as a scale or unit"),
        ("14,00", "cannot read the number '14,00'"),
        ("between 9%", "a range needs two"),
        ("9% to 12 yuan", "two units"),
        ("some", "no number"),
        ("many works", "cannot read 'many' as a number"),
        ("12 12", "cannot read '12' after the number"),
    ],
)
def test_a_unit_or_scale_that_does_not_parse_is_reported_not_guessed(
    written: str, message: str
) -> None:
    with pytest.raises(Unreadable, match=re.escape(message)):
        read(written)


# -- quotes of several spans -------------------------------------------------------------------


def test_a_quote_splits_into_spans_at_each_ellipsis() -> None:
    assert split_spans("Mr. Bi Bingbin ... shared his experiences") == (
        "Mr. Bi Bingbin",
        "shared his experiences",
    )
    assert split_spans("a\u2026b ... c") == ("a", "b", "c")
    assert split_spans("one span") == ("one span",)
    assert Evidence("s1", "x \u2026 y").spans == ("x", "y")


def test_a_list_of_spans_is_kept_joined_by_an_ellipsis(write_facts: Callable[..., Path]) -> None:
    text = MINIMAL.replace(
        'quote = "Ms. Jane Roe, Director of ACS"', 'quote = ["Ms. Jane Roe", "Director of ACS"]'
    )
    facts = load(write_facts(text))
    evidence = facts.people["jane-roe"].evidence[0]
    assert evidence.quote == "Ms. Jane Roe \u2026 Director of ACS"
    assert evidence.spans == ("Ms. Jane Roe", "Director of ACS")
    assert verify_quotes(facts, DATA / "sources").problems == ()


def test_the_200_character_limit_is_per_span(write_facts: Callable[..., Path]) -> None:
    long = "x" * 150
    fine = MINIMAL.replace('"Ms. Jane Roe, Director of ACS"', f'["{long}", "{long}"]')
    assert load(write_facts(fine)).people["jane-roe"].quote == f"{long} \u2026 {long}"
    too_long = MINIMAL.replace('"Ms. Jane Roe, Director of ACS"', f'["{long}", "{"y" * 201}"]')
    with pytest.raises(FactBaseError, match="span 2 of 2 is 201 characters, over 200"):
        load(write_facts(too_long))


# -- headlines ---------------------------------------------------------------------------------


def test_bundled_sources_store_their_articles_headlines(bundled: Path) -> None:
    sources = load(bundled).sources
    assert sources["ncac-interview-2019"].headline is None  # the interview has none
    assert (
        sources["roundtable-2025"].headline == "WIPO China: Copyright Challenges in the Digital Age"
    )
    assert all(s.headline for sid, s in sources.items() if sid != "ncac-interview-2019")
    if SOURCES.is_dir():
        report = verify_quotes(load(bundled), SOURCES)
        assert report.headlines == 4 and report.problems == ()


def test_citations_use_the_headline(invoke: Callable[..., Result]) -> None:
    headline = "Acme Society Reports a Record Year"

    def run(*args: str) -> Result:
        result = invoke("--no-cache", "--facts", str(GOOD), *args)
        assert result.exit_code == 0, result.stderr
        return result

    who = json.loads(run("who", "Jane Roe", "--json").stdout)
    assert {s["headline"] for s in who["results"][0]["sources"]} == {headline}
    assert who["results"][0]["sources"][0]["title"] == "Acme Copyright Society's annual meeting"
    card = json.loads(run("sources", "--json").stdout)["results"][0]["fields"]
    assert card["headline"] == headline
    assert f") {headline}" in run("who", "Jane Roe").stdout  # the table's list of articles
    rows = run("who", "Jane Roe", "--format", "csv").stdout.splitlines()
    assert all(f",{headline}," in row for row in rows[1:])
    assert headline in run("stat", "acs-revenue", "--format", "markdown").stdout
    assert headline in run("sources").stdout
