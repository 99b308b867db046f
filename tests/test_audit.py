"""The bundled fact base keeps the corrections of issue 15's audit: planned lectures are not
given ones, inferred years say so, values without a period are as reported, and direct speech
is recorded whole."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from typer.testing import Result

from cfacts.factbase.loader import load
from cfacts.factbase.model import Appearance, Claim, FactBase, Record
from cfacts.paths import bundled_path


@pytest.fixture(scope="module")
def facts() -> FactBase:
    return load(bundled_path())


def _dated(record: Record) -> str | None:
    for name in ("as_of", "date", "period"):
        found = getattr(record, name, None)
        if isinstance(found, str):
            return found
    return None


def test_a_date_with_the_inferred_year_of_its_article_says_so(facts: FactBase) -> None:
    """A role, claim, observation or milestone dated in the year its article's date is
    inferred from carries a note saying the year is inferred."""
    inferred = {s.id: s.date[:4] for s in facts.sources.values() if s.date_basis == "inferred"}
    unmarked = [
        f"{kind} {record.id}"
        for kind in ("role", "claim", "observation", "milestone")
        for record in facts.kind(kind).values()
        if record.source in inferred
        and (_dated(record) or "")[:4] == inferred[record.source]
        and "inferred" not in (getattr(record, "note", None) or "")
    ]
    assert unmarked == []


def test_the_invited_experts_of_2023_are_scheduled_not_reported_lecturing(
    facts: FactBase,
) -> None:
    capacities = {
        a.person: a.capacity
        for a in facts.kind("appearance").values()
        if isinstance(a, Appearance) and a.event == "shanghai-training-2023"
    }
    for person in ("alessandro-enrico-cogo", "stephanie-carre", "zhang-fan", "guan-rui"):
        assert capacities[person] == "scheduled_to_lecture"
    assert capacities["gao-hang"] == "lectured"


def test_claims_dated_in_an_inferred_year_show_the_note() -> None:
    claim = load(bundled_path()).kind("claim")["copyright-engine-of-digital-economy"]
    assert isinstance(claim, Claim)
    assert claim.note and "inferred" in claim.note


@pytest.mark.parametrize(
    ("rid", "reported"),
    [
        ("mcsc-membership-annual-growth-2024", "2025-03-13"),
        ("copyright-export-share-2021", "2021-07"),
    ],
)
def test_values_without_a_period_are_as_reported(facts: FactBase, rid: str, reported: str) -> None:
    observation = facts.observations[rid]
    assert (observation.period, observation.reported) == (None, reported)
    assert observation.period_text == f"as reported {reported}"


@pytest.mark.parametrize(
    ("statistic", "year", "reported"),
    [
        ("mcsc-membership-annual-growth", 2024, "2025-03-13"),
        ("copyright-export-share", 2021, "2021-07"),
    ],
)
def test_stat_year_leaves_out_values_as_reported(
    invoke: Callable[..., Result], statistic: str, year: int, reported: str
) -> None:
    result = invoke("stat", statistic, "--year", str(year), "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["results"] == []
    assert f"it has as reported {reported}" in result.stderr
    everything = invoke("stat", statistic, "--json")
    (found,) = json.loads(everything.stdout)["results"]
    (observation,) = found["fields"]["observations"]
    assert (observation["period"], observation["reported"]) == (None, reported)


def test_direct_speech_is_recorded_whole(facts: FactBase) -> None:
    from cfacts.factbase.speech import direct_claims, verify_speech
    from conftest import SOURCES

    direct = {c.person for c in direct_claims(facts)}
    assert {"francis-gurry", "yu-cike", "wu-guanyong", "zhou-qing"} <= direct
    if SOURCES.is_dir():
        assert [p.format() for p in verify_speech(facts, SOURCES)] == []
