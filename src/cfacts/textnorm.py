"""Folds names and queries for matching: case, accents, punctuation and honorifics."""

from __future__ import annotations

import functools
import re

COUNT_WORDS = tuple(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split()
)
"""The numbers to twenty in words, each at its own place ("eight" is ``COUNT_WORDS[8]``)."""
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
"""The months' English names, January first."""

HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "mme", "m"}
    | {"mister", "missus"}
)
_NON_WORD = re.compile(r"[^\w]+")


_PUNCTUATION = {code: " " for code in range(0x2000, 0x2070)}
"""Unicode's General Punctuation (spaces, dashes, curly quotes, the ellipsis, bidi marks):
no word characters, nor are any they decompose to, so `fold` makes each a space."""


@functools.lru_cache(maxsize=1 << 16)  # a question's reading folds the same texts many times
def fold(text: str) -> str:
    """Lower-case, strip accents, turn punctuation into spaces and collapse whitespace."""
    if not text.isascii():  # "…" and curly quotes need no `unicodedata` (1 ms of start-up)
        text = text.translate(_PUNCTUATION)
    if text.isascii():  # nothing to decompose (most names: ten times faster)
        stripped = text
    else:
        import unicodedata  # only for non-ASCII text: 1 ms of start-up saved otherwise

        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", stripped.casefold().replace("_", " ")).split())


def name_key(text: str) -> str:
    """``fold`` plus dropping honorifics, for person and organization names."""
    tokens = fold(text).split()
    kept = [t for t in tokens if t not in HONORIFICS]
    return " ".join(kept or tokens)


def tokens(text: str) -> list[str]:
    """The folded words of a text."""
    return fold(text).split()


def vocabulary_words(value: str) -> str:
    """A snake_case vocabulary word as words ("diplomatic_conference" -> two words)."""
    return value.replace("_", " ")
