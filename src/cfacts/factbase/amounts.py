"""Reads a quantity's ``as_written`` ("more than 14,000", "RMB 8.48 trillion", "9% to 12%") as
a hedge, a number or range and a unit, so that its normalized value can be checked against it.

Only what is written is read: a hedge word, digits (with thousands commas, a decimal point or
an ordinal ending), a number word, a scale word and a unit word. Anything else is an error
(`Unreadable`) naming the word it could not read: a unit or scale that does not parse is
reported, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

from cfacts.factbase.model import Quantity
from cfacts.frozen import value
from cfacts.textnorm import COUNT_WORDS

HEDGES: Mapping[str, str] = MappingProxyType(
    {
        "more than": "more_than",
        "over": "more_than",
        "above": "more_than",
        "exceeded": "more_than",
        "exceeding": "more_than",
        "exceeds": "more_than",
        "surpassed": "more_than",
        "surpassing": "more_than",
        "about": "approximately",
        "around": "approximately",
        "approximately": "approximately",
        "roughly": "approximately",
        "some": "approximately",
        "nearly": "nearly",
        "almost": "nearly",
        "close to": "nearly",
        "at least": "at_least",
        "no fewer than": "at_least",
        "no less than": "at_least",
        "up to": "up_to",
        "less than": "less_than",
        "fewer than": "less_than",
        "under": "less_than",
        "below": "less_than",
        "between": "range",
        "from": "range",
    }
)
"""Words before a number and the qualifier they mean; no hedge means ``exact``."""

NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {
        **{word: number for number, word in enumerate(COUNT_WORDS)},
        **{
            word: 10 * tens
            for tens, word in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)
        },
        "a": 1,
        "an": 1,
        "another": 1,  # "another country": one more
    }
)
SCALES: Mapping[str, int] = MappingProxyType(
    {
        "hundred": 10**2,
        "thousand": 10**3,
        "million": 10**6,
        "billion": 10**9,
        "trillion": 10**12,
    }
)
UNIT_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "yuan": "CNY",
        "rmb": "CNY",
        "cny": "CNY",
        "renminbi": "CNY",
        "\u00a5": "CNY",
        "%": "percent",
        "percent": "percent",
        "per cent": "percent",
        "people": "people",
        "persons": "people",
        "participants": "people",
        "guests": "people",
        "attendees": "people",
        "members": "members",
        "member": "members",
        "countries": "countries",
        "country": "countries",
        "companies": "companies",
        "company": "companies",
        "enterprises": "companies",
        "producers": "producers",
        "works": "works",
        "registrations": "registrations",
        "books": "books",
        "treaties": "treaties",
        "treaty": "treaties",
        "years ago": "years",
        "years": "years",
        "year": "years",
        "anniversary": "years",
        "days": "days",
        "day": "days",
    }
)
"""Words naming a unit, before or after the number ("RMB 8.48 trillion", "477 million yuan")."""
PREFIX_UNITS = frozenset({"rmb", "cny", "\u00a5"})
"""Unit words that may also come before the number."""
MARKED_UNITS = frozenset({"CNY", "percent"})
"""Units an ``as_written`` must name: a sum without its currency, a share without %."""
RANGE_WORDS = frozenset({"to", "and", "-", "\u2013"})

_TOKEN = re.compile(
    r"(?P<number>\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th)?(?![^\W\d_])|[^\W\d_]+|[%\u00a5\u2013-]|\S"
)
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


class Unreadable(ValueError):
    """An ``as_written`` with a word that is no hedge, number, scale or unit."""


@value(frozen=True)
class Reading:
    """What an ``as_written`` says: its qualifier, its number (a range's bounds) and its unit
    (None when no unit word is written)."""

    qualifier: str
    low: Decimal
    high: Decimal
    unit: str | None


def _tokens(text: str) -> list[str]:
    """Numbers (commas dropped, an ordinal ending too), words (lower case) and signs."""
    tokens = []
    for match in _TOKEN.finditer(text):
        number = match.group("number")
        if number is None:
            tokens.append(match.group().lower())
        elif _DIGITS.fullmatch(number.split(".")[0]):
            tokens.append(number.replace(",", ""))
        else:
            raise Unreadable(f"cannot read the number {match.group()!r}")
    return tokens


class _Words:
    """The tokens of one ``as_written``, read from the front."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.at = 0

    def peek(self, count: int = 1) -> str | None:
        part = self.tokens[self.at : self.at + count]
        return " ".join(part) if len(part) == count else None

    def take(self, table: Mapping[str, object] | frozenset[str]) -> str | None:
        """The longest phrase (up to three words) at the front that ``table`` holds."""
        for count in (3, 2, 1):
            phrase = self.peek(count)
            if phrase is not None and phrase in table:
                self.at += count
                return phrase
        return None

    def next(self) -> str | None:
        word = self.peek()
        if word is not None:
            self.at += 1
        return word


def _number(words: _Words) -> Decimal:
    word = words.next()
    if word is None:
        raise Unreadable("no number")
    if word[0].isdigit():
        return Decimal(word)
    if word in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[word])
    raise Unreadable(f"cannot read {word!r} as a number")


def _units(words: _Words, found: list[str]) -> None:
    while (unit := words.take(UNIT_WORDS)) is not None:
        found.append(UNIT_WORDS[unit])


def _term(words: _Words, units: list[str]) -> Decimal:
    """[unit] number [scale] [unit ...]: one number as written, times its scale."""
    if words.peek() in PREFIX_UNITS:
        units.append(UNIT_WORDS[str(words.next())])
    number = _number(words)
    scale = words.take(SCALES)
    if scale is not None:
        number *= SCALES[scale]
    _units(words, units)
    return number


def read(as_written: str) -> Reading:
    """Read ``as_written``; raises Unreadable naming the word that is no hedge, number, scale
    or unit (or units that disagree)."""
    words = _Words(_tokens(as_written.replace("\u00a0", " ")))
    hedge = words.take(HEDGES)
    qualifier = HEDGES[hedge] if hedge else "exact"
    units: list[str] = []
    low = high = _term(words, units)
    if words.peek() in RANGE_WORDS:
        words.next()
        high = _term(words, units)
        qualifier = "range"
    elif qualifier == "range":
        raise Unreadable(f"{hedge!r} with one number: a range needs two")
    left = words.peek()
    if left is not None:
        if left[0].isdigit():
            raise Unreadable(f"cannot read {left!r} after the number")
        raise Unreadable(f"cannot read {left!r} as a scale or unit")
    if len(set(units)) > 1:
        raise Unreadable(f"it names two units, {' and '.join(sorted(set(units)))}")
    return Reading(qualifier, low, high, units[0] if units else None)


def _shown(number: Decimal | float) -> str:
    """A number as plain digits: 477000000, 7.44."""
    exact = number if isinstance(number, Decimal) else Decimal(repr(number))
    return format(exact.normalize(), "f")


def disagreement(quantity: Quantity) -> tuple[str, str] | None:
    """How a quantity's unit, qualifier or normalized value disagrees with its ``as_written``
    (what it reads, then what the record says) and a hint, or None when they agree.

    Raises Unreadable when ``as_written`` cannot be read."""
    reading = read(quantity.as_written)
    unit, qualifier = quantity.unit, quantity.qualifier
    if reading.unit is None and unit in MARKED_UNITS:
        hint = "keep the article's unit in as_written (yuan, RMB, %), as it writes the number"
        return f"names no unit, but the unit is {unit}", hint
    if reading.unit is not None and reading.unit != unit:
        return f"is in {reading.unit}, but the unit is {unit}", f"give the unit {reading.unit}"
    if reading.qualifier != qualifier:
        return (
            f"reads as {reading.qualifier}, but the qualifier is {qualifier}",
            f"the qualifier of {quantity.as_written!r} is {reading.qualifier}",
        )
    if qualifier == "range":
        low, high = quantity.low, quantity.high
        assert low is not None and high is not None  # the loader requires both
        if (Decimal(repr(low)), Decimal(repr(high))) != (reading.low, reading.high):
            return (
                f"reads {_shown(reading.low)} to {_shown(reading.high)}, "
                f"but low and high are {_shown(low)} and {_shown(high)}",
                f"low = {_shown(reading.low)}, high = {_shown(reading.high)}",
            )
        return None
    assert quantity.value is not None  # the loader requires it
    if Decimal(repr(quantity.value)) != reading.low:
        return (
            f"reads {_shown(reading.low)}, but the value is {_shown(quantity.value)}",
            f"value = {_shown(reading.low)}, or correct as_written",
        )
    return None
