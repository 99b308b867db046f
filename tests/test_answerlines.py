"""Tests for the figures worked out from others (`answerlines.worked_out`)."""

from __future__ import annotations

import pytest

from cfacts.factbase.model import Quantity
from cfacts.finding.answerlines import ratio_worked_out, share_worked_out, worked_out


def _q(value: float, qualifier: str = "exact", unit: str = "CNY") -> Quantity:
    return Quantity(qualifier=qualifier, unit=unit, as_written=str(value), value=value)


@pytest.mark.parametrize(
    ("parts", "total", "said"),
    [
        # a sum of exact figures is exact; one hedged figure hedges the sum
        ([_q(477e6), _q(23e6)], True, "500 million yuan"),
        ([_q(477e6), _q(5.1e9, "approximately"), _q(23e6, "more_than")], True, "about 5.6 billion"),
        # floors add up to a floor
        ([_q(100e6, "more_than"), _q(4e9, "more_than")], True, "more than 4.1 billion yuan"),
        # a floor taken away leaves a ceiling, and the other way round
        ([_q(477e6), _q(23e6, "more_than")], False, "less than 454 million yuan"),
        ([_q(4e9, "more_than"), _q(1e9)], False, "more than 3 billion yuan"),
        ([_q(5.1e9, "approximately"), _q(4e9)], False, "about 1.1 billion yuan"),
    ],
)
def test_a_sum_or_difference_is_hedged_as_its_inputs_are(
    parts: list[Quantity], total: bool, said: str
) -> None:
    result = worked_out(parts, total=total)
    assert result is not None and said in result


@pytest.mark.parametrize(
    ("parts", "total"),
    [
        ([_q(5.1e9, "more_than"), _q(4e9, "more_than")], False),  # two floors: any gap at all
        ([_q(7.41, unit="percent"), _q(477e6)], True),  # two units never add up
        ([_q(1.0), _q(2.0), _q(3.0)], False),  # a difference is of two figures
    ],
)
def test_no_single_number_is_made_up(parts: list[Quantity], total: bool) -> None:
    assert worked_out(parts, total=total) is None


@pytest.mark.parametrize(
    ("part", "whole", "said"),
    [
        (_q(130e6, "more_than"), _q(477e6), "more than 27%"),  # a floor of an exact whole
        (_q(4e9, "more_than"), _q(5.1e9, "approximately"), "about 78%"),
        (_q(1e9), _q(4e9), "25%"),
        (_q(1e9), _q(4e9, "more_than"), None),  # a floor for a whole: no single share
        (_q(1e9), _q(0.0), None),
    ],
)
def test_a_share_is_worked_out_only_when_the_figures_allow(
    part: Quantity, whole: Quantity, said: str | None
) -> None:
    assert share_worked_out(part, whole) == said


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [
        (_q(477e6), _q(23e6, "more_than"), "less than 20.7 times"),  # over a floor: a ceiling
        (_q(4e9, "more_than"), _q(1e9), "more than 4.0 times"),
        (_q(5.1e9, "approximately"), _q(477e6), "about 10.7 times"),
        (_q(10.0), _q(4.0), "2.5 times"),
        (_q(4e9, "more_than"), _q(1e9, "more_than"), None),  # two floors: any ratio at all
        (_q(7.41, unit="percent"), _q(477e6), None),  # two units are no ratio
        (_q(1e9), _q(0.0), None),
    ],
)
def test_a_ratio_is_worked_out_only_when_the_figures_allow(
    first: Quantity, second: Quantity, said: str | None
) -> None:
    assert ratio_worked_out(first, second) == said
