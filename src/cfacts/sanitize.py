"""Makes text from the fact base or a query safe to print: no control or bidi characters."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates and
# marks, zero-width characters, line/paragraph separators, the BOM, and lone surrogates (bytes
# that were not UTF-8, in a file name or an argument: no output can carry them).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069"
    "\ud800-\udfff\ufeff]"
)


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
    return _UNSAFE.sub(_visible, text.replace("\t", " "))


def clean_line(text: str) -> str:
    """``clean`` and also show newlines as ``\\n``, for one-line messages."""
    return clean(text).replace("\n", "\\n")


def escape_json(dumped: str) -> str:
    """Escape unsafe characters that ``json.dumps(ensure_ascii=False)`` leaves raw."""
    return _UNSAFE.sub(_json_escape, dumped)
