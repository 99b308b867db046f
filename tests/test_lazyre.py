"""A lazy pattern compiles on its first use, once, and answers as `re.compile` would."""

from __future__ import annotations

import re

import pytest

from cfacts.lazyre import LazyPattern, lazy_pattern

SOURCE = r"(?P<word>[a-z]+)(\d*)"
TEXTS = ("", "abc12 de f3", "ABC 12", "x" * 50 + "9")


def test_nothing_is_compiled_until_a_method_needs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = re.compile

    def counting(source: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(source)
        return real(source, flags)

    monkeypatch.setattr(re, "compile", counting)
    pattern = lazy_pattern(SOURCE)
    assert compiled == []
    assert pattern.pattern == SOURCE
    assert compiled == []
    assert pattern.search("ab1") is not None
    assert pattern.fullmatch("ab1") is not None
    assert compiled == [SOURCE]


@pytest.mark.parametrize("text", TEXTS)
def test_every_method_answers_as_the_compiled_pattern(text: str) -> None:
    lazy, real = LazyPattern(SOURCE), re.compile(SOURCE)
    for pos in (0, 2):
        for name in ("search", "match", "fullmatch"):
            got, want = getattr(lazy, name)(text, pos), getattr(real, name)(text, pos)
            assert (got and got.group(0)) == (want and want.group(0)), (name, pos)
        assert [m.span() for m in lazy.finditer(text, pos)] == [
            m.span() for m in real.finditer(text, pos)
        ]
    assert lazy.sub("<\\g<word>>", text) == real.sub("<\\g<word>>", text)
    assert lazy.sub(lambda m: m[0].upper(), text, count=1) == real.sub(
        lambda m: m[0].upper(), text, count=1
    )
    assert lazy.subn("-", text) == real.subn("-", text)
    assert lazy.split(text) == real.split(text)
    assert lazy_pattern(r"\d+").findall(text) == re.findall(r"\d+", text)


def test_flags_are_kept() -> None:
    assert lazy_pattern("abc", re.IGNORECASE).search("xABCx") is not None
    assert lazy_pattern("abc").search("xABCx") is None
    assert lazy_pattern("abc").compiled is not lazy_pattern("abc", re.I).compiled
