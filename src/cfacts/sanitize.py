"""Makes text from the fact base or a query safe to print (no control or bidi characters) and
to paste into a shell (quoted)."""

from __future__ import annotations

import re
from functools import cache

# Characters that are invisible or move text about when printed:
# - C0 controls except tab and newline, DEL, C1 controls;
# - bidi embeddings, overrides, isolates and marks (U+061C, U+200E-200F, U+202A-202E,
#   U+2066-2069), line and paragraph separators;
# - zero-width and format characters: U+200B-200D, the word joiner and invisible operators
#   (U+2060-2064), the deprecated format characters U+206A-206F, the BOM, the soft hyphen,
#   U+180E, the combining grapheme joiner U+034F, interlinear annotations U+FFF9-FFFB;
# - Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), which render as blank letters;
# - variation selectors (U+FE00-FE0F, U+E0100-E01EF) and tag characters (U+E0000-E007F);
# - lone surrogates (bytes that were not UTF-8, in a file name or an argument: no output can
#   carry them).
_INVISIBLE = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u206f\u3164\ud800-\udfff\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef"
)
_SHOWN = frozenset(
    chr(code)
    for code in (0x34F, 0x115F, 0x1160, 0x3164, 0xFFA0, *range(0xFE00, 0xFE10))
) | frozenset(chr(code) for code in range(0xE0100, 0xE01F0))
"""The characters above that ``str.isprintable`` lets through (a combining mark, Hangul
fillers, variation selectors); every other one it rejects (tests/test_sanitize.py checks
this for every code point on each Python CI runs)."""


@cache
def _pattern(spaces: bool) -> re.Pattern[str]:
    """The unsafe characters (with ``spaces``: and whitespace, any number), compiled on first
    use: plain text, nearly all of it, never needs them (about 1.5 ms of a command's start)."""
    return re.compile(f"[\\s{_INVISIBLE}]*" if spaces else f"[{_INVISIBLE}]")


def _plain(text: str) -> bool:
    """Whether ``text`` has no unsafe character, without a regular expression: printable
    text, newlines aside, and none of the few unsafe characters Python calls printable."""
    if not text.isprintable() and not text.replace("\n", "").isprintable():
        return False
    return text.isascii() or _SHOWN.isdisjoint(text)


def blank(text: str) -> bool:
    """Whether ``text`` holds nothing but whitespace and characters `clean` would escape: a
    name that would print as nothing (or only as escapes) is empty."""
    if _plain(text):  # the only whitespace printable text holds is spaces and newlines
        return not text.strip()
    return _pattern(True).fullmatch(text) is not None


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON spells a character beyond U+FFFF as a surrogate pair
    return f"\\u{0xD800 | code >> 10:04x}\\u{0xDC00 | code & 0x3FF:04x}"


def clean(text: str) -> str:
    """Replace every unsafe character with a visible escape such as ``\\x1b`` or ``\\u202e``."""
    text = text.replace("\t", " ")
    return text if _plain(text) else _pattern(False).sub(_visible, text)


def clean_line(text: str) -> str:
    """``clean`` and also show newlines as ``\\n``, for one-line messages."""
    return clean(text).replace("\n", "\\n")


def escape_json(dumped: str) -> str:
    """Escape unsafe characters that ``json.dumps(ensure_ascii=False)`` leaves raw."""
    return dumped if _plain(dumped) else _pattern(False).sub(_json_escape, dumped)


_SHELL_UNSAFE = r"[^\w@%+=:,./-]"
"""A character a shell word cannot hold unquoted (`shlex.quote`'s own test)."""


def shell_quoted(text: str) -> str:
    """``text`` as one shell word: as it is when it needs no quoting, else in single quotes,
    as `shlex.quote` gives it (whose import costs about 0.5 ms of an `ask`)."""
    if not text:
        return "''"
    if re.search(_SHELL_UNSAFE, text, re.ASCII) is None:
        return text
    return "'" + text.replace("'", "'\"'\"'") + "'"
