"""Organizations named by what they are (finding/described.py), on the real fact base."""

from __future__ import annotations

import pytest

from cfacts.factbase.loader import load
from cfacts.factbase.model import Instrument, Organization
from cfacts.finding.described import described, described_instruments
from cfacts.finding.question import STOP, words_of
from conftest import ROOT

ORGS = [
    o
    for o in load(ROOT / "facts.toml").records["organization"].values()
    if isinstance(o, Organization)
]
PLACES = {"china", "chengdu", "sichuan", "sichuan province", "beijing", "shanghai", "xiamen"}


def _found(text: str) -> list[str]:
    return [match.id for _, _, match in described(ORGS, words_of(text), (), STOP, PLACES)]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("what did China's copyright regulator say", "ncac"),
        ("the UN's IP agency", "wipo"),
        ("the karaoke collecting society", "cavca"),
        ("the songwriters' royalty society", "mcsc"),
        ("the Aussie performing rights society", "australasian-performing-right-association"),
        ("the Chengdu city copyright office", "chengdu-copyright-administration"),
        ("the copyright office", "ncac"),  # the local ones need their place named
        ("the Geneva agency", "wipo"),  # the readers' word for WIPO, never shown as a fact
        ("the geneva IP agency", "wipo"),
        ("the video association", "cavca"),  # part of one name: that body
        ("the images copyright society", "images-copyright-society-of-china"),
    ],
)
def test_a_description_that_fits_one_organization_names_it(text: str, org: str) -> None:
    assert _found(text) == [org]


@pytest.mark.parametrize(
    "text",
    [
        "the parent organization of the division",  # a vague noun and a word of a description
        "the Chinese copyright association",  # several fit
        "the copyright administration",  # a city's or a province's, unless its place is named
        "the film regulator",  # the Shanghai Film Bureau only when Shanghai is named
    ],
)
def test_a_description_that_fits_none_or_several_names_none(text: str) -> None:
    assert _found(text) == []


def test_a_description_reads_as_the_name_it_describes() -> None:
    """The words of the description are read as the organization's shortest name."""
    found = described(ORGS, words_of("the UN's IP agency"), (), STOP, PLACES)
    assert [(start, end, match.text) for start, end, match in found] == [(1, 4, "WIPO")]


INSTRUMENTS = [
    i
    for i in load(ROOT / "facts.toml").records["instrument"].values()
    if isinstance(i, Instrument)
]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("when was the performers treaty adopted", [(3, 5, "Beijing Treaty")]),
        ("that treaty for performers", [(1, 4, "Beijing Treaty")]),
        ("the audiovisual performers treaty", [(1, 4, "Beijing Treaty")]),
        ("the treaty", []),  # a noun of its kind alone describes none
        ("the copyright treaty", []),  # several fit
        ("the performers agreement", []),  # a treaty is not called an agreement
    ],
)
def test_a_description_that_fits_one_instrument_names_it(
    text: str, found: list[tuple[int, int, str]]
) -> None:
    """An instrument named by what it is for; its shortest name of two words or more, as the
    facts write it ("Beijing Treaty", not "BTAP")."""
    got = described_instruments(INSTRUMENTS, words_of(text), (), STOP)
    assert [(start, end, match.text) for start, end, match in got] == found
