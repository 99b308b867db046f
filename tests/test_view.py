"""Answer first: the concise default fits a screen at 80 columns; --full and --section."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from typer.testing import Result

from cfacts.output.view import ALL_SECTIONS, SECTIONS, View

TARGETS = [
    (["who", "Liu Hua"], 50),
    (["event", "roundtable"], 90),
    (["event", "Chengdu"], 70),
    (["stat", "gdp-share"], 25),
    (["org", "NCAC"], 70),
    (["org", "WIPO"], 80),
]


def _speakers(invoke: Callable[..., Result], args: list[str]) -> list[str]:
    doc = json.loads(invoke(*args, "--json").stdout)
    return [s["person"]["name"] for r in doc["results"] for s in r["fields"].get("speakers", [])]


@pytest.mark.parametrize(("args", "most"), TARGETS, ids=[" ".join(a) for a, _ in TARGETS])
def test_the_default_view_fits_its_target_at_80_columns(
    invoke: Callable[..., Result], args: list[str], most: int
) -> None:
    result = invoke(*args, env={"COLUMNS": "80"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) <= most, f"{' '.join(args)}: {len(lines)} lines"
    assert max(len(line) for line in lines) <= 80
    for name in _speakers(invoke, args):  # every speaker is there, one line each
        assert sum(line.startswith(name + " ") for line in lines) >= 1, name


def test_the_full_view_shows_everything_with_quotes(invoke: Callable[..., Result]) -> None:
    concise = invoke("event", "roundtable", env={"COLUMNS": "80"}).stdout
    full = invoke("event", "roundtable", "--full", env={"COLUMNS": "80"}).stdout
    assert len(full.splitlines()) > 3 * len(concise.splitlines())
    assert "Statements" in full and "Statements" not in concise.split("More:")[0]
    assert "--section statements" in concise  # it says how to see what it leaves out
    flat = " ".join(full.split())
    assert "the article's words: \u201c" in flat
    assert "said (ours)" in flat or "(ours)" in flat.split("Speakers", 1)[1]


def test_a_section_shows_only_that_part(invoke: Callable[..., Result]) -> None:
    roles = invoke("who", "Liu Hua", "--section", "roles", env={"COLUMNS": "80"}).stdout
    assert "Roles" in roles and "Appearances" not in roles and "Statements" not in roles
    both = invoke("who", "Liu Hua", "--section", "roles", "--section=statements").stdout
    assert "Roles" in both and "Statements" in both and "Appearances" not in both
    bad = invoke("who", "Liu Hua", "--section", "nonsense")
    assert bad.exit_code == 2


def test_piped_tables_have_no_trailing_spaces(invoke: Callable[..., Result]) -> None:
    for args in (["who", "Liu Hua"], ["event", "Chengdu", "--full"], ["stat"], ["sources"]):
        out = invoke(*args, env={"COLUMNS": "80"}).stdout
        assert all(line == line.rstrip() for line in out.splitlines()), args


def test_our_summaries_are_labelled_as_ours(invoke: Callable[..., Result]) -> None:
    out = invoke("who", "Liu Hua", "--full", env={"COLUMNS": "120"}).stdout
    assert "What they said" not in out  # a header that suggests the speaker's own words
    assert "About (ours)" in out and "(our summary)" in out


def test_every_card_kind_names_sections_the_view_knows() -> None:
    assert set(ALL_SECTIONS) == {s for names in SECTIONS.values() for s in names}
    assert View().concise and not View(full=True).concise and not View(sections=("a",)).concise
    assert not View().shows("event", "statements") and View(full=True).shows("event", "said")
    assert View(sections=("roles",)).shows("person", "roles")
    assert not View(sections=("roles",)).shows("person", "about")
