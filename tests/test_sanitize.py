"""Terminal safety: control, escape and bidi characters become visible escapes."""

from __future__ import annotations

import json

import pytest

from cfacts.jsonout import dumps
from cfacts.sanitize import clean, clean_line

HOSTILE = [
    "\x1b[2J",  # clear screen
    "\x1b[10;10H",  # cursor move
    "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x1b]52;c;ZXZpbA==\x07",  # OSC 52 clipboard write
    "\x1b]0;title\x07",  # window title
    "\x9b31m",  # C1 CSI
    "line\rover",
    "back\bspace",
    "nul\x00byte",
    "zero\u200bwidth",
    "bidi\u202eoverride",
    "isolate\u2066x\u2069",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_clean_leaves_no_raw_control(text: str) -> None:
    out = clean_line(text)
    assert all(ch.isprintable() for ch in out)
    assert "\\" in out


def test_clean_keeps_ordinary_text() -> None:
    assert clean("Stéphanie Carre 刘华 [red]x[/red] 😀") == "Stéphanie Carre 刘华 [red]x[/red] 😀"
    assert clean("a\nb") == "a\nb"
    assert clean_line("a\nb") == "a\\nb"


@pytest.mark.parametrize("text", HOSTILE)
def test_json_escapes_but_keeps_the_data(text: str) -> None:
    dumped = dumps({"v": text})
    assert all(ch.isprintable() or ch in "\n " for ch in dumped)
    assert json.loads(dumped)["v"] == text
