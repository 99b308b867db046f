"""Shell-completion candidates from the fact base in use: names, abbreviations and slugs.

`who` offers people's names and aliases, `org` abbreviations then names, `event` names and
aliases, `stat` slugs with their labels as help. A candidate fits when the typed text (folded
like every query) starts its name or any word of it. Nothing here prints.
"""

from __future__ import annotations

import re

from cfacts.store import Store
from cfacts.textnorm import name_key

COMPLETABLE = ("who", "org", "event", "stat")
KIND_OF = {"who": "person", "org": "organization", "event": "event", "stat": "statistic"}
LIMIT = 200
_ORDER = {"slug": 0, "abbreviation": 0, "name": 1, "label": 1, "alias": 2, "id": 3}
_BASH_SPECIAL = re.compile(r"""([\s'"\\$`!&|;()<>*?#~{}\[\]])""")


def fits(typed: str, key: str) -> bool:
    """Whether the folded text typed so far starts the folded name or one of its words."""
    return not typed or key.startswith(typed) or f" {typed}" in f" {key}"


def candidates(store: Store, command: str, incomplete: str) -> list[tuple[str, str]]:
    """(value, help) pairs for a command's argument, best first, at most LIMIT."""
    kind = KIND_OF.get(command)
    if kind is None:
        return []
    typed = name_key(incomplete)
    found: dict[str, str] = {}
    ranked = sorted(
        (c for c in store.names_starting([kind], typed) if fits(typed, c.key)),
        key=lambda c: (not c.key.startswith(typed), _ORDER.get(c.field, 9), c.key),
    )
    seen: set[tuple[str, str]] = set()
    for cand in ranked:
        if (cand.id, cand.key) in seen:  # "LIU Hua" adds nothing to "Liu Hua"
            continue
        seen.add((cand.id, cand.key))
        if command == "stat":
            found.setdefault(cand.id, "")
        elif command == "org" and cand.field == "abbreviation":
            found.setdefault(cand.text, _name(store, kind, cand.id))
        elif cand.field in ("name", "alias"):
            help_text = "" if cand.field == "name" else f"alias of {_name(store, kind, cand.id)}"
            found.setdefault(cand.text, help_text)
        if len(found) >= LIMIT:
            break
    if command == "stat":
        return [(slug, _name(store, kind, slug)) for slug in found]
    return list(found.items())


def _name(store: Store, kind: str, rid: str) -> str:
    record = store.get(kind, rid)
    return str(getattr(record, "name", None) or getattr(record, "label", None) or rid)


def for_bash(value: str) -> str:
    """A value as bash must insert it: spaces and shell characters backslash-escaped."""
    return _BASH_SPECIAL.sub(r"\\\1", value)


def one_line(text: str, width: int = 70) -> str:
    """Help text for a completion menu: one line, control characters escaped, at most width."""
    from cfacts.sanitize import clean_line

    flat = " ".join(clean_line(text).split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def _zsh_escape(text: str) -> str:
    return (
        text.replace('"', '""')
        .replace("'", "''")
        .replace("$", "\\$")
        .replace("`", "\\`")
        .replace(":", r"\\:")
    )


def format_for(shell: str, items: list[tuple[str, str]]) -> str:
    """Candidates in the reply format of typer's completion scripts for each shell."""
    from cfacts.sanitize import clean_line

    items = [(clean_line(value), help_text) for value, help_text in items]
    if shell == "bash":
        return "\n".join(for_bash(value) for value, _ in items)
    if shell == "zsh":
        if not items:
            return ""
        lines = [
            f'"{_zsh_escape(v)}":"{_zsh_escape(one_line(h))}"' if h else f'"{_zsh_escape(v)}"'
            for v, h in items
        ]
        return "_arguments '*: :((" + "\n".join(lines) + "))'"
    if shell == "fish":
        return "\n".join(f"{v}\t{one_line(h)}" if h else v for v, h in items)
    if shell == "powershell":
        return "\n".join(f"{v}:::{one_line(h) if h else ' '}" for v, h in items)
    return ""
