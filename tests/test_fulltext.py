"""Words matched by their stems (finding/fulltext.py): a doer is no deed."""

from __future__ import annotations

import pytest

from cfacts.finding.fulltext import same_word


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("registration", "registrations"),
        ("licensing", "licence"),  # British and American spelling
        ("labelling", "labeling"),
        ("recieved", "received"),  # two letters swapped
        ("regist", "registr"),  # a stem of five letters stands for longer ones
        ("directors", "director"),
    ],
)
def test_forms_of_one_word_are_the_same_word(a: str, b: str) -> None:
    assert same_word(a, b)
    assert same_word(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("governor", "government"),  # who governs is not the government
        ("governors", "governments"),
        ("investor", "investment"),
    ],
)
def test_a_doer_is_not_what_is_done(a: str, b: str) -> None:
    assert not same_word(a, b)
    assert not same_word(b, a)


def test_a_doer_is_what_he_does() -> None:
    """ "directing its division": its director."""
    assert same_word("directing", "director")
