"""Tests for numbers a question spells out in words (cfacts.finding.spelled)."""

from __future__ import annotations

import pytest

from cfacts.finding.spelled import spelled_numbers
from conftest import cpu_seconds


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("in twenty twenty one", "in 2021"),
        ("the figure for twenty seventeen", "the figure for 2017"),
        ("back in twenty nineteen", "back in 2019"),
        ("Twenty Twenty-Three", "2023"),
        ("two thousand and nineteen", "2019"),
        ("nineteen eighty", "1980"),
        ("twenty oh five", "2005"),
        ("four hundred seventy seven million yuan", "477 million yuan"),
        ("seven point four four percent", "7.44 percent"),
        ("five point one billion", "5.1 billion"),
        ("eleven percent", "11 percent"),
        ("nearly two hundred guests", "nearly 200 guests"),
        ("did it top ten million", "did it top 10 million"),
        ("twenty-nine countries", "29 countries"),
        ("twenty five per cent", "25 per cent"),
        ("more than fifty representatives", "more than 50 representatives"),
        ("some thirty guests", "some 30 guests"),
    ],
)
def test_numbers_said_in_words_are_written_as_digits(said: str, written: str) -> None:
    assert spelled_numbers(said) == written


@pytest.mark.parametrize(
    "text",
    [
        "which one spoke",
        "the two of them",
        "the eight treaties",
        "at one point in 2019",
        "a hundred guests",
        "someone from Nepal",
        "one and two",
        "8.48 trillion",
        "oh, who spoke?",
        "I spent thirty-odd years behind a camera",  # a lone tens word that counts nothing
    ],
)
def test_a_lone_number_word_or_digits_are_left_as_they_are(text: str) -> None:
    """ "Which one", "the two of them": a number word that counts nothing asked stays a word."""
    assert spelled_numbers(text) == text


def test_a_long_run_of_number_words_is_read_in_linear_time() -> None:
    text = "twenty " * 20_000 + "percent"
    assert cpu_seconds(lambda: spelled_numbers(text)) < 0.5
