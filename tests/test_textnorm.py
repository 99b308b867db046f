"""Folding: the fast paths give what Unicode decomposition gives."""

from __future__ import annotations

import re
import unicodedata

import pytest

from cfacts.textnorm import fold, name_key

_NON_WORD = re.compile(r"[^\w]+")


def decomposed(text: str) -> str:
    """`fold` as its docstring says, always through `unicodedata` (no fast path)."""
    plain = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", stripped.casefold().replace("_", " ")).split())


@pytest.mark.parametrize("code", range(0x2000, 0x2070))
def test_general_punctuation_folds_as_decomposed(code: int) -> None:
    mark = chr(code)
    for text in (mark, f"a{mark}b", f"Liu{mark}Hua é", f"{mark * 3}X", f"MCSC{mark}s 2024"):
        assert fold(text) == decomposed(text), (hex(code), text)


@pytest.mark.parametrize(
    "text",
    [
        "Liu Hua", "Música é", "“AI” — 7.35%…", "ﬁnal ²", "\uff37\uff49\uff50\uff4f",
        "snake_case", "  a\tb\n", "",
    ],
)
def test_fold_is_the_decomposed_fold(text: str) -> None:
    assert fold(text) == decomposed(text)


def test_name_key_drops_honorifics_unless_they_are_all_there_is() -> None:
    assert name_key("Ms. Liu Hua") == "liu hua"
    assert name_key("Dr") == "dr"
