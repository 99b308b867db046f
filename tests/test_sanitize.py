"""Terminal safety: control, escape and bidi characters become visible escapes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import Result

from cfacts.output.jsonout import dumps
from cfacts.sanitize import clean, clean_line, shell_quoted
from conftest import MINIMAL

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


# Invisible characters the sanitizer once let through (issue 11), each class by its ends.
INVISIBLE = {
    "Hangul choseong filler": "\u115f",
    "Hangul jungseong filler": "\u1160",
    "Hangul filler": "\u3164",
    "half-width Hangul filler": "\uffa0",
    "tag space": "\U000e0020",
    "tag latin a": "\U000e0061",
    "language tag": "\U000e0001",
    "cancel tag": "\U000e007f",
    "soft hyphen": "\u00ad",
    "Mongolian vowel separator": "\u180e",
    "combining grapheme joiner": "\u034f",
    "variation selector 1": "\ufe00",
    "variation selector 16": "\ufe0f",
    "variation selector 17": "\U000e0100",
    "variation selector 256": "\U000e01ef",
    "inhibit symmetric swapping": "\u206a",
    "nominal digit shapes": "\u206f",
    "interlinear annotation anchor": "\ufff9",
    "interlinear annotation terminator": "\ufffb",
}


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_characters_become_visible_escapes(char: str) -> None:
    code = ord(char)
    escape = f"\\x{code:02x}" if code < 0x100 else (
        f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    )
    assert clean(f"Jane{char}Roe") == f"Jane{escape}Roe"
    assert clean_line(f"a{char}") == f"a{escape}"


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_json_escapes_invisible_characters(char: str) -> None:
    dumped = dumps({"v": f"x{char}y"})
    assert char not in dumped
    assert json.loads(dumped)["v"] == f"x{char}y"


def test_visible_neighbours_stay() -> None:
    # Just outside those ranges: letters, symbols and marks that show.
    text = "\u1161\u3165\uffa1\u00ac\u00ae\u034e\ufe10\ufffc"
    assert clean(text) == text


def test_blank_means_only_whitespace_and_invisible_characters() -> None:
    from cfacts.sanitize import blank

    assert blank("")
    assert blank(" \t\n")
    assert blank("\u200b\u3164 \ufe0f\u00ad\U000e0041\x1b")
    assert not blank("\u200bJ")
    assert not blank("刘华")
    assert not blank("\u2764\ufe0f")


def test_a_table_shows_them_as_escapes(
    invoke: Callable[..., Result], write_facts: Callable[[str], Path]
) -> None:
    name = "Jane\\u3164Roe\\U000E0041\\u00AD\\uFE0F"  # TOML escapes
    path = write_facts(MINIMAL.replace('name = "Jane Roe"', f'name = "{name}"'))
    for cache in ([], ["--no-cache"]):
        result = invoke("--facts", str(path), *cache, "who", "Jane Roe")
        assert result.exit_code == 0, result.stderr
        assert "Jane\\u3164Roe\\U000e0041\\xad\\ufe0f" in result.stdout
        assert not {"\u3164", "\U000e0041", "\u00ad", "\ufe0f"} & set(result.stdout)


def _by_pattern(text: str) -> tuple[bool, str, str]:
    """What `blank`, `clean` and `escape_json` give by the regular expressions alone."""
    from cfacts import sanitize

    unsafe = sanitize._pattern(False)
    cleaned = unsafe.sub(sanitize._visible, text.replace("\t", " "))
    return (
        sanitize._pattern(True).fullmatch(text) is not None,
        cleaned,
        unsafe.sub(sanitize._json_escape, text),
    )


def test_the_printable_shortcut_misses_no_unsafe_character() -> None:
    """Every unsafe character is one `str.isprintable` rejects or one listed in `_SHOWN`, on
    this Python's Unicode tables (each Python CI runs checks its own)."""
    from cfacts import sanitize

    unsafe = sanitize._pattern(False)
    missed = [
        f"U+{code:04X}"
        for code in range(0x110000)
        if unsafe.match(chr(code)) and chr(code).isprintable() and chr(code) not in sanitize._SHOWN
    ]
    assert missed == []
    assert all(unsafe.match(char) for char in sanitize._SHOWN)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n",
        " \n ",
        "plain ASCII, with 7.41% and \u201cquotes\u201d",
        "Carr\u00e9 in Stra\u00dfburg \u2013 \u4e2d\u6587",
        "tab\there",
        "no\u00a0break",
        "\u3000",
        *HOSTILE,
        "a\u034fb",
        "\u115f",
        "\u3164 \u3164",
        "x\ufe0f",
        "\U000e0101",
        "\ud800",
        "line\u2028sep",
    ],
)
def test_the_shortcut_gives_what_the_patterns_give(text: str) -> None:
    from cfacts.sanitize import blank, escape_json

    assert (blank(text), clean(text), escape_json(text)) == _by_pattern(text)


@given(st.text(max_size=40))
@settings(max_examples=400, deadline=None)
def test_the_shortcut_agrees_on_any_text(text: str) -> None:
    from cfacts.sanitize import blank, escape_json

    assert (blank(text), clean(text), escape_json(text)) == _by_pattern(text)


SHELL_WORDS = (
    "", "Liu Hua", "MCSC", "it's", "a'b'c", "$(rm -rf ~)", "`id`", "a;b", "x\ny", "-n",
    "über", "7.35%", "a@b:c,d./e=f+g", "\x1b[31m", "'", '"', "\\", "*", "~user", "a b\tc",
)  # fmt: skip


@pytest.mark.parametrize("text", SHELL_WORDS)
def test_shell_quoted_quotes_as_shlex_does(text: str) -> None:
    import shlex

    assert shell_quoted(text) == shlex.quote(text)
    assert shlex.split(shell_quoted(text)) == [text]
