"""Shell completion for every shell and every command line, from the one grammar.

A request (typer's completion scripts set `_CFACTS_COMPLETE` and the words typed) is read
into the words before the cursor and the word being typed; the grammar says what belongs
there: a command, an option, an option's value (`--format <TAB>` offers its choices) or an
argument, whose names come from the fact base in use (`who` people, `org` abbreviations
then names, `event` events, `stat` slugs with labels as help). Options before the word never
change the candidates. Candidates that start with what was typed come first, and bash gets
only those when there are any, so a shell never replaces typed text with a shorter prefix.
Nothing here prints; an unusable fact base simply offers nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from cfacts.cli.grammar import BY_NAME, COMMANDS, GLOBALS, Command, Param
from cfacts.textnorm import name_key

if TYPE_CHECKING:
    from cfacts.cli.runner import Settings
    from cfacts.index.store import Store

LIMIT = 200
_BASH_SPECIAL = re.compile(r"""([\s'"\\$`!&|;()<>*?#~{}\[\]])""")
_ZSH_DOUBLE_QUOTED = re.compile(r'([\\$`"])')
_ZSH_SECOND_SPACE = re.compile("(?<= ) ")
_POWERSHELL_PLAIN = re.compile(r"[^\W_]*(?:[ ._/+=:-][^\W_]*)*")  # letters and digits too
_POWERSHELL_QUOTES = re.compile("['\u2018\u2019\u201a\u201b]")  # each ends a '...' string
_HELP_FLAGS = ("--help", "-h")


def split_words(text: str) -> list[str]:
    """Split like click's completion does (shell rules; an unclosed quote ends the last word)."""
    import shlex

    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    words: list[str] = []
    try:
        words.extend(lexer)
    except ValueError:
        words.append(lexer.token)
    return words


def completion_request(env: Mapping[str, str], var: str) -> tuple[str, list[str], str] | None:
    """(shell, words before the cursor, word being typed) of a completion request, if any."""
    shell = env.get(var, "").removeprefix("complete_")
    if shell == "bash":
        try:
            words = split_words(env.get("COMP_WORDS", ""))
            cword = int(env.get("COMP_CWORD", ""))
        except ValueError:
            return None
        typed = words[cword] if 0 <= cword < len(words) else ""
        return shell, words[1:cword], typed
    if shell in ("zsh", "fish"):
        line = env.get("_TYPER_COMPLETE_ARGS", "")
        words = split_words(line)[1:]
        if words and not line.endswith(" "):
            return shell, words[:-1], words[-1]
        return shell, words, ""
    if shell == "powershell":
        words = split_words(env.get("_TYPER_COMPLETE_ARGS", ""))[1:]
        typed = env.get("_TYPER_COMPLETE_WORD_TO_COMPLETE", "")
        return shell, words[:-1] if typed and words and words[-1] == typed else words, typed
    return None


def reply(env: Mapping[str, str], var: str) -> tuple[str, int] | None:
    """The text to print and the exit status for a completion request; None when ``var``
    asks for something else (``source_bash``: the completion script, which typer writes)."""
    request = completion_request(env, var)
    if request is None:
        return None
    shell, words, typed = request
    settings, want, prefix = target(words, typed)
    items: list[tuple[str, str]] = []
    if isinstance(want, Param) and want.complete in KINDS and settings is not None:
        items = items_from_facts(settings, want.complete, typed)
    elif isinstance(want, tuple):
        rest = typed[len(prefix) :]
        items = [(prefix + word, text) for word, text in want if word.startswith(rest)]
    if shell == "fish" and env.get("_TYPER_COMPLETE_FISH_ACTION") == "is-args":
        return "", 0 if items else 1
    if shell == "bash":
        items = prefer_typed(items, typed)
    if not items and shell == "zsh" and isinstance(want, Param) and want.complete == "path":
        return "_files", 0
    return format_for(shell, items), 0


KINDS = ("person", "organization", "event", "statistic")


def target(
    words: Sequence[str], typed: str
) -> tuple[Settings | None, Param | tuple[tuple[str, str], ...] | None, str]:
    """What the word being typed is, by the grammar: (settings so far, what to offer, prefix).

    What to offer is a Param (its value: names, a path) or (word, help) pairs (commands,
    options, choices); the prefix is what stays before the candidates (`--format=`).
    """
    from cfacts.cli.runner import Settings

    values: dict[str, object] = {}
    i = _walk(GLOBALS, words, 0, values, stop_at_word=True)
    settings = Settings(str(values["facts"]) if values.get("facts") else None,
                        not values.get("no_cache"))  # fmt: skip
    if i >= len(words):  # the command, or a global option, is being typed
        pending = _pending(GLOBALS, words)
        if pending is not None:
            return settings, _value_of(pending), ""
        if typed.startswith("-"):
            return settings, *_options(GLOBALS, typed, extra=("--version",))
        return settings, tuple((c.name, c.summary) for c in COMMANDS), ""
    command = BY_NAME.get(words[i])
    if command is None:
        return settings, None, ""
    rest = words[i + 1 :]
    pending = _pending(command.params, rest)
    if pending is not None:
        return settings, _value_of(pending), ""
    given = _positionals(command, rest)
    if typed.startswith("-") and "--" not in rest:
        return settings, *_options(command.params, typed)
    arguments = command.positionals
    return settings, arguments[given] if given < len(arguments) else None, ""


def _walk(
    params: Sequence[Param], words: Sequence[str], i: int, into: dict[str, object],
    *, stop_at_word: bool,
) -> int:  # fmt: skip
    """Read options from ``words[i:]`` (unknown ones skipped) up to the first other word."""
    while i < len(words):
        word = words[i]
        if not word.startswith("-") or word == "-":
            if stop_at_word:
                return i
            i += 1
            continue
        flag, has_value, inline = word.partition("=")
        param = next((p for p in params if flag in p.flags), None)
        if param is not None and param.takes_value and not has_value:
            if i + 1 < len(words):
                into[param.dest] = words[i + 1]
            i += 2
            continue
        if param is not None:
            into[param.dest] = inline if has_value else True
        i += 1
    return i


def _pending(params: Sequence[Param], words: Sequence[str]) -> Param | None:
    """The option whose value is being typed (the last word is that option), if any."""
    if not words:
        return None
    param = next((p for p in params if words[-1] in p.flags), None)
    if param is None or not param.takes_value:
        return None
    # `--facts --facts <TAB>`: the last word is itself the value of the one before.
    before = _pending(params, words[:-1])
    return None if before is not None else param


def _value_of(param: Param) -> Param | tuple[tuple[str, str], ...]:
    if param.kind == "choice":
        return tuple((choice, "") for choice in param.choices)
    return param


def _options(
    params: Sequence[Param], typed: str, extra: Sequence[str] = ()
) -> tuple[tuple[tuple[str, str], ...], str]:
    flag, has_value, _ = typed.partition("=")
    if has_value:  # --format=c<TAB>: the choices, written after `--format=`
        param = next((p for p in params if flag in p.flags), None)
        if param is not None and param.kind == "choice":
            return tuple((choice, "") for choice in param.choices), f"{flag}="
        return (), ""
    found = [(f, p.help) for p in params for f in p.flags]
    found += [(f, "") for f in (*extra, _HELP_FLAGS[0])]
    return tuple(found), ""


def _positionals(command: Command, words: Sequence[str]) -> int:
    """How many arguments the words before the cursor already give."""
    count = 0
    i = 0
    only = False
    while i < len(words):
        word = words[i]
        if not only and word == "--":
            only = True
        elif not only and word.startswith("-") and word != "-":
            param = command.option(word.partition("=")[0])
            if param is not None and param.takes_value and "=" not in word:
                i += 1
        else:
            count += 1
        i += 1
    return count


def prefer_typed(items: list[tuple[str, str]], typed: str) -> list[tuple[str, str]]:
    """Only the candidates that start with the typed text, when there are any (bash would
    otherwise replace what was typed with the candidates' shorter common prefix)."""
    start = typed.casefold()
    starting = [item for item in items if item[0].casefold().startswith(start)]
    return starting or items


def items_from_facts(settings: Settings, kind: str, typed: str) -> list[tuple[str, str]]:
    """(value, help) candidates from the fact base in use; none if it cannot be used."""
    from cfacts.cli.runner import location
    from cfacts.errors import CfactsError
    from cfacts.index.cache import open_store

    path, _ = location(settings)
    try:
        return candidates(open_store(path, use_cache=settings.use_cache), kind, typed)
    except (CfactsError, OSError):
        return []


def fits(typed: str, key: str) -> bool:
    """Whether the folded text typed so far starts the folded name or one of its words."""
    return not typed or key.startswith(typed) or f" {typed}" in f" {key}"


def candidates(store: Store, kind: str, incomplete: str) -> list[tuple[str, str]]:
    """(value, help) pairs naming records of ``kind`` (or of a command's argument: ``who``),
    those starting with the typed text first, then best first, at most LIMIT."""
    kind = _KIND_OF_COMMAND.get(kind, kind)
    if kind not in KINDS:
        return []
    typed = name_key(incomplete)
    start = incomplete.casefold()
    found: dict[str, str] = {}
    ranked = (c for c in store.completions(kind, typed, start) if fits(typed, c.key))
    seen: set[tuple[str, str]] = set()
    for cand in ranked:
        if (cand.id, cand.key) in seen:  # "LIU Hua" adds nothing to "Liu Hua"
            continue
        seen.add((cand.id, cand.key))
        if kind == "statistic":
            found.setdefault(cand.id, "")
        elif kind == "organization" and cand.field == "abbreviation":
            found.setdefault(cand.text, _name(store, kind, cand.id))
        elif cand.field in ("name", "alias"):
            help_text = "" if cand.field == "name" else f"alias of {_name(store, kind, cand.id)}"
            found.setdefault(cand.text, help_text)
        if len(found) >= LIMIT:
            break
    if kind == "statistic":
        return [(slug, _name(store, kind, slug)) for slug in found]
    return list(found.items())


_KIND_OF_COMMAND = {
    command.name: str(param.complete)
    for command in COMMANDS
    for param in command.positionals
    if param.complete in ("person", "organization", "event", "statistic")
}


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
