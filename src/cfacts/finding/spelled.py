"""Numbers a question spells out in words, written as digits ("twenty twenty one": 2021)."""

from __future__ import annotations

from cfacts.lazyre import lazy_pattern
from cfacts.textnorm import COUNT_WORDS

_UNITS = {w: i for i, w in enumerate(COUNT_WORDS[:20])}
"""Zero to nineteen by name."""

_TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
"""Twenty to ninety by name."""

_SCALES = {"hundred": 100, "thousand": 1000}
"""Words that multiply what comes before them within one number."""

_MAGNITUDES = frozenset({"million", "billion", "trillion", "millions", "billions", "trillions"})
"""Words a figure's unit may start with: left as words after the digits ("477 million")."""

_AFTER = _MAGNITUDES | {"percent", "per", "yuan", "rmb", "points", "pct"}
"""Words after which a lone number word is a figure ("eleven percent"), not a pronoun."""

_COUNT_BEFORE = frozenset(
    "than over about around some nearly almost approximately roughly under exactly just least "
    "most only".split()
)
"""Words before a lone tens word that make it a count claimed ("more than fifty")."""
_COUNTED = frozenset(
    "people persons participants guests representatives delegates experts speakers members "
    "countries attendees lecturers officials".split()
)
"""Words after a lone tens word that make it a count ("fifty representatives"), not "thirty-odd
years behind a camera"."""

_NUMBER_WORDS = frozenset({*_UNITS, *_TENS, *_SCALES, "point", "oh", "and"})
"""Every word a spelled number is made of."""

_LONGEST = 12
"""The most words one number is read from ("four hundred seventy seven point four four")."""

_TOKEN = lazy_pattern(r"[A-Za-z]+|[^A-Za-z]+")
"""A word, or what lies between words (a linear scan: no backtracking)."""


def _parts(word: str) -> list[str]:
    """A word's number parts, lower-cased ("twenty-one": "twenty", "one")."""
    return word.lower().split("-")


def _year(words: list[str]) -> tuple[int, int] | None:
    """A year said in two halves at the start of the words ("twenty seventeen", "twenty twenty
    one", "nineteen eighty", "twenty oh five", "two thousand and nineteen"): the year and how
    many words it takes."""
    if len(words) >= 3 and words[:2] == ["two", "thousand"]:
        rest = words[3:] if words[2] == "and" and len(words) > 3 else words[2:]
        taken = len(words) - len(rest)
        tail = _small(rest)
        if tail is not None and 0 < tail[0] < 100:
            return 2000 + tail[0], taken + tail[1]
        return None
    if len(words) < 2 or words[0] not in ("twenty", "nineteen"):
        return None
    century = 2000 if words[0] == "twenty" else 1900
    if words[1] == "oh" and len(words) > 2 and words[2] in _UNITS and 0 < _UNITS[words[2]] < 10:
        return century + _UNITS[words[2]], 3
    tail = _small(words[1:])
    if tail is None or tail[0] < 10:
        return None  # "twenty five" is 25, not a year
    return century + tail[0], 1 + tail[1]


def _small(words: list[str]) -> tuple[int, int] | None:
    """A number below a hundred at the start of the words, and how many words it takes."""
    if not words:
        return None
    if words[0] in _UNITS:
        return _UNITS[words[0]], 1
    if words[0] in _TENS:
        if len(words) > 1 and words[1] in _UNITS and 0 < _UNITS[words[1]] < 10:
            return _TENS[words[0]] + _UNITS[words[1]], 2
        return _TENS[words[0]], 1
    return None


def _cardinal(words: list[str]) -> tuple[str, int] | None:
    """A number at the start of the words, as digits, and how many words it takes ("four
    hundred seventy seven": "477"; "seven point four four": "7.44")."""
    total, current, taken = 0, 0, 0
    while taken < len(words):
        word = words[taken]
        small = _small(words[taken:])
        if small is not None and (current % 100 == 0 or current < 1):
            current += small[0]
            taken += small[1]
        elif word in _SCALES and taken and (current or total):
            scale = _SCALES[word]
            if scale == 1000:
                total, current = (total + max(current, 1)) * 1000, 0
            else:
                current = max(current, 1) * 100
            taken += 1
        elif word == "and" and taken and words[taken - 1] in _SCALES:
            taken += 1
        else:
            break
    while taken and words[taken - 1] == "and":
        taken -= 1
    if not taken:
        return None
    digits = str(total + current)
    if taken + 1 < len(words) and words[taken] == "point" and words[taken + 1] in _UNITS:
        decimals = ""
        taken += 1
        while taken < len(words) and words[taken] in _UNITS and _UNITS[words[taken]] < 10:
            decimals += str(_UNITS[words[taken]])
            taken += 1
        digits = f"{digits}.{decimals}"
    return digits, taken


def spelled_numbers(text: str) -> str:
    """The text with the numbers it spells out as digits: years said in halves ("twenty
    twenty one": "2021"), numbers of several words ("four hundred seventy seven million":
    "477 million", "seven point four four percent": "7.44 percent") and a lone number word
    before a figure's unit ("eleven percent": "11 percent") and a lone tens word counting people
    or countries or after "more than", "about" and the like ("more than fifty representatives":
    "more than 50 representatives"); "which one", "the two of them", "thirty-odd years" and other
    lone number words are left as they are."""
    lowered = text.lower()
    if not any(w in lowered for w in (*_UNITS, *_TENS)):
        return text
    tokens = _TOKEN.findall(text)
    words = [(i, t) for i, t in enumerate(tokens) if t[0].isalpha()]
    out = list(tokens)
    k = 0
    while k < len(words):
        if words[k][1].lower() not in _NUMBER_WORDS:
            k += 1
            continue
        j = k  # the run of number words from here, across single spaces or hyphens only
        while j + 1 < len(words) and j - k < _LONGEST and words[j + 1][1].lower() in _NUMBER_WORDS:
            if "".join(tokens[words[j][0] + 1 : words[j + 1][0]]) not in (" ", "-"):
                break
            j += 1
        run = [words[m][1].lower() for m in range(k, j + 1)]
        after = words[j + 1][1].lower() if j + 1 < len(words) else ""
        year = _year(run)
        if year is not None:
            found: tuple[str, int] | None = (str(year[0]), year[1])
        else:
            found = _cardinal(run)
            before = words[k - 1][1].lower() if k else ""
            counted = run[0] in _TENS and (before in _COUNT_BEFORE or after in _COUNTED)
            if found is not None and found[1] == 1 and "." not in found[0] and not counted:
                following = run[1] if len(run) > 1 else after  # ("more than fifty
                found = found if following in _AFTER else None  # representatives": 50)
        if found is None:
            k += 1
            continue
        first, last = words[k][0], words[k + found[1] - 1][0]
        out[first] = found[0]
        for m in range(first + 1, last + 1):
            out[m] = ""
        k += found[1]
    return "".join(out)
