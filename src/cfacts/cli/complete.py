"""Shell-completion candidates from the fact base in use: names, abbreviations and slugs.

`who` offers people's names and aliases, `org` abbreviations then names, `event` names and
aliases, `stat` slugs with their labels as help. A candidate fits when the typed text (folded
like every query) starts its name or any word of it. Nothing here prints.
"""

from __future__ import annotations

import re

from cfacts.index.store import Store
from cfacts.textnorm import name_key

COMPLETABLE = ("who", "org", "event", "stat")
KIND_OF = {"who": "person", "org": "organization", "event": "event", "stat": "statistic"}
LIMIT = 200
_ORDER = {"slug": 0, "abbreviation": 0, "name": 1, "label": 1, "alias": 2, "id": 3}
_BASH_SPECIAL = re.compile(r"""([\s'"\\$`!&|;()<>*?#~{}\[\]])""")
_ZSH_DOUBLE_QUOTED = re.compile(r'([\\$`"])')
_ZSH_SECOND_SPACE = re.compile("(?<= ) ")
_POWERSHELL_PLAIN = re.compile(r"[^\W_]*(?:[ ._/+=:-][^\W_]*)*")  # letters and digits too
_POWERSHELL_QUOTES = re.compile("['\u2018\u2019\u201a\u201b]")  # each ends a '...' string


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


def for_powershell(value: str) -> str:
    """A value as PowerShell must insert it: it inserts completions as typed code, so any
    character outside letters, digits, spaces and `._-/+=:` puts the value in single quotes."""
    if _POWERSHELL_PLAIN.fullmatch(value):
        return value
    return "'" + _POWERSHELL_QUOTES.sub(r"\g<0>\g<0>", value) + "'"


def one_line(text: str, width: int = 70) -> str:
    """Help text for a completion menu: one line, control characters escaped, at most width."""
    from cfacts.sanitize import clean_line

    flat = " ".join(clean_line(text).split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def for_zsh(value: str, help_text: str = "") -> str:
    """One candidate of the zsh reply `_arguments '*: :((...))'`, safe through all three
    readings: the completion script's `eval`, the single-quoted spec, and the `eval` that
    `_arguments` gives the list (double quotes) before `_describe` splits value from help."""
    word = f'"{_zsh_quote(value)}"'
    return f'{word}:"{_zsh_quote(help_text)}"' if help_text else word


def zsh_reply(candidates: list[str]) -> str:
    """The zsh reply for candidates made by `for_zsh`, as typer's zsh script evaluates it."""
    return "_arguments '*: :((" + "\n".join(candidates) + "))'"


def _zsh_quote(text: str) -> str:
    described = text.replace("\\", "\\\\").replace(":", "\\:")  # _describe's escapes
    double_quoted = _ZSH_DOUBLE_QUOTED.sub(r"\\\1", described)
    # The script's `eval $(...)` splits the reply at spaces and joins the words with one, so
    # the second space of a run is written as the character numbered 32.
    spaced = _ZSH_SECOND_SPACE.sub("${(#):-32}", double_quoted)
    return spaced.replace("'", "'\\''")  # ends the single-quoted spec, adds a quote


def format_for(shell: str, items: list[tuple[str, str]]) -> str:
    """Candidates in the reply format of typer's completion scripts for each shell."""
    from cfacts.sanitize import clean_line

    items = [(clean_line(value), help_text) for value, help_text in items]
    if shell == "bash":
        return "\n".join(for_bash(value) for value, _ in items)
    if shell == "zsh":
        if not items:
            return ""
        return zsh_reply([for_zsh(v, one_line(h) if h else "") for v, h in items])
    if shell == "fish":
        return "\n".join(f"{v}\t{one_line(h)}" if h else v for v, h in items)
    if shell == "powershell":
        return "\n".join(f"{for_powershell(v)}:::{one_line(h) if h else ' '}" for v, h in items)
    return ""
