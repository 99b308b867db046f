"""Shell completion: candidates from the fact base, for every shell, and nothing else printed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cfacts.cli.complete import candidates, completion_request, fits, for_bash, format_for, reply
from cfacts.index.cache import open_store
from cfacts.index.store import Store
from conftest import DATA, MINIMAL


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from cfacts.paths import bundled_path

    return open_store(bundled_path(), use_cache=False)


def test_people_whose_names_or_aliases_fit(store: Store) -> None:
    values = [v for v, _ in candidates(store, "who", "Li")]
    assert "Liu Hua" in values
    assert all(v.lower().startswith("li") or " li" in v.lower() for v in values)
    assert "Liu Hua" in [v for v, _ in candidates(store, "who", "hua")]
    assert "LIU Hua" not in values  # a case variant of a name adds nothing


def test_org_offers_abbreviations_with_names_as_help(store: Store) -> None:
    items = candidates(store, "org", "cav")
    assert items[0] == ("CAVCA", "China Audio-Video Copyright Association")


def test_stat_offers_every_slug_with_its_label(store: Store) -> None:
    items = dict(candidates(store, "stat", ""))
    assert items["gdp-share"] == "Copyright industry share of China's GDP"
    assert len(items) == store.counts()["statistic"]
    mcsc = [v for v, _ in candidates(store, "stat", "mcsc")]
    assert mcsc and all(v.startswith("mcsc-") for v in mcsc)


def test_fits_word_starts_only() -> None:
    assert fits("hua", "liu hua") and fits("liu h", "liu hua") and fits("", "x")
    assert not fits("ua", "liu hua")


def test_bash_values_are_escaped_for_insertion() -> None:
    assert for_bash("Liu Hua") == "Liu\\ Hua"
    assert for_bash("A & B's") == "A\\ \\&\\ B\\'s"


def test_formats_per_shell() -> None:
    items = [("CAVCA", "China Audio-Video: Copyright"), ("Liu Hua", "")]
    assert format_for("bash", items) == "CAVCA\nLiu\\ Hua"
    assert format_for("zsh", items) == (
        '_arguments \'*: :(("CAVCA":"China Audio-Video\\\\: Copyright"\n"Liu Hua"))\''
    )
    assert format_for("fish", items) == "CAVCA\tChina Audio-Video: Copyright\nLiu Hua"
    assert format_for("powershell", items) == "CAVCA:::China Audio-Video: Copyright\nLiu Hua::: "
    assert format_for("zsh", []) == ""


def test_help_text_stays_on_one_line_without_control_characters() -> None:
    reply = format_for("fish", [("x", "line one\nline two \x1b[31m" + "y" * 200)])
    assert reply.count("\n") == 0 and "\x1b" not in reply and len(reply) < 100


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"COMP_WORDS": "cfacts who Li", "COMP_CWORD": "2"}, ("bash", ["who"], "Li")),
        ({"COMP_WORDS": "cfacts who", "COMP_CWORD": "2"}, ("bash", ["who"], "")),
        ({"COMP_WORDS": 'cfacts who "Liu H', "COMP_CWORD": "2"}, ("bash", ["who"], "Liu H")),
    ],
)
def test_bash_requests_are_read_like_click(
    env: dict[str, str], expected: tuple[str, list[str], str]
) -> None:
    request = completion_request({"_CFACTS_COMPLETE": "complete_bash", **env}, VAR)
    assert request == expected


VAR = "_CFACTS_COMPLETE"


def _bash(words: str) -> list[str]:
    """The bash reply for the words typed, the cursor at the end of the last one."""
    cword = len(words.split()) - (0 if words.endswith(" ") else 1)
    env = {VAR: "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    answered = reply(env, VAR)
    assert answered is not None
    text, status = answered
    assert status == 0
    return text.splitlines()


def test_every_part_of_a_command_line_completes_from_the_grammar() -> None:
    assert _bash("cfacts w") == ["who"]
    assert set(_bash("cfacts ")) >= {"who", "org", "event", "stat", "check", "info"}
    assert _bash("cfacts who --fo") == ["--format"]
    assert _bash("cfacts who x --format ") == ["table", "json", "jsonl", "csv", "markdown"]
    assert _bash("cfacts who x --format c") == ["csv"]
    assert _bash("cfacts who x --format=c") == ["--format=csv"]
    assert _bash("cfacts --n") == ["--no-cache"]
    assert _bash("cfacts stat --year 2") == []  # a year is typed, not offered
    assert _bash("cfacts who Liu Hu") == []  # who takes one QUERY: nothing after it
    assert _bash("cfacts info --format ") == ["table", "json"]


@pytest.mark.parametrize(
    "before",
    ["", "--no-cache ", "--json ", "--format csv ", "--format=jsonl ", "--json --format csv "],
)
def test_options_before_the_word_never_change_the_candidates(before: str) -> None:
    """The same candidates whichever options precede the word, in all four shells."""
    for command, typed in (("who", "Li"), ("org", "CA"), ("event", "Ch"), ("stat", "mcsc")):
        plain = f"cfacts {command} {typed}"
        optioned = f"cfacts {command} {before}{typed}"
        assert _bash(optioned) == _bash(plain) != [], optioned
        for shell, extra in (
            ("zsh", {}),
            ("fish", {"_TYPER_COMPLETE_FISH_ACTION": "get-args"}),
            ("powershell", {"_TYPER_COMPLETE_WORD_TO_COMPLETE": typed}),
        ):
            replies = [
                reply({VAR: f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line, **extra}, VAR)
                for line in (plain, optioned)
            ]
            assert replies[0] == replies[1], (shell, optioned)
            assert replies[0] is not None, (shell, optioned)
            assert replies[0][0], (shell, optioned)
    global_first = _bash(f"cfacts --no-cache who {before}Li")
    assert global_first == _bash("cfacts who Li")


def test_lowercase_typing_finds_capitalized_names_on_every_command_line() -> None:
    for line in ("cfacts who li", "cfacts who --format csv li", "cfacts who --json li"):
        assert {"Liu\\ Hua", "Liu\\ Ping"} <= set(_bash(line)), line


def test_a_typed_prefix_is_never_shortened() -> None:
    """bash replaces the word with the candidates' common prefix: it must start with what
    was typed, or the typed text is deleted (`stat mcsc-m<TAB>` used to become `mcsc-`)."""
    import os.path

    for line in ("cfacts stat mcsc-m", "cfacts stat mcsc-", "cfacts stat gdp", "cfacts org CA",
                 "cfacts who Liu", "cfacts stat copyright-"):  # fmt: skip
        typed = line.rsplit(" ", 1)[1]
        found = _bash(line)
        assert found, line
        common = os.path.commonprefix([v.replace("\\", "") for v in found])  # noqa: RUF071
        assert common.casefold().startswith(typed.casefold()), (line, found)
    assert all(v.startswith("mcsc-m") for v in _bash("cfacts stat mcsc-m"))


def test_names_starting_with_the_typed_text_come_first(store: Store) -> None:
    values = [v for v, _ in candidates(store, "who", "hua")]
    starting = [v for v in values if v.casefold().startswith("hua")]
    assert values[: len(starting)] == starting


def _complete(env: dict[str, str], *, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("_CFACTS", "COMP_"))}
    code = "import sys\nfrom cfacts.cli.main import main\nsys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *[]],
        env={**full, **env},
        capture_output=True,
        text=True,
        cwd=cwd,
    )


@pytest.mark.parametrize(
    ("env", "wanted"),
    [
        ({"_CFACTS_COMPLETE": "complete_bash", "COMP_WORDS": "cfacts who Li", "COMP_CWORD": "2"},
         "Liu\\ Hua"),
        ({"_CFACTS_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "cfacts org CA"},
         '"CAVCA":"China Audio-Video Copyright Association"'),
        ({"_CFACTS_COMPLETE": "complete_fish", "_TYPER_COMPLETE_ARGS": "cfacts stat gdp",
          "_TYPER_COMPLETE_FISH_ACTION": "get-args"},
         "gdp-share\tCopyright industry share of China's GDP"),
        ({"_CFACTS_COMPLETE": "complete_powershell", "_TYPER_COMPLETE_ARGS": "cfacts who Li",
          "_TYPER_COMPLETE_WORD_TO_COMPLETE": "Li"},
         "Liu Hua::: "),
        # An option the grammar does not know before the command is passed over.
        ({"_CFACTS_COMPLETE": "complete_bash", "COMP_WORDS": "cfacts --json who Li",
          "COMP_CWORD": "3"}, "Liu\\ Hua"),
    ],
)  # fmt: skip
def test_through_the_completion_environment(env: dict[str, str], wanted: str) -> None:
    proc = _complete(env)
    assert proc.returncode == 0
    assert proc.stderr == ""
    assert wanted in proc.stdout.splitlines() or wanted in proc.stdout


def test_options_between_command_and_word_complete_through_the_entry_point(
    bundled: Path,
) -> None:
    env = {
        "_CFACTS_COMPLETE": "complete_bash",
        "COMP_WORDS": f"cfacts --facts {bundled} who --format csv Li",
        "COMP_CWORD": "6",
    }
    proc = _complete(env)
    assert proc.returncode == 0 and proc.stderr == ""
    assert "Liu\\ Hua" in proc.stdout.splitlines()


def test_fish_is_args_reports_whether_there_are_candidates() -> None:
    env = {"_CFACTS_COMPLETE": "complete_fish", "_TYPER_COMPLETE_FISH_ACTION": "is-args"}
    assert _complete({**env, "_TYPER_COMPLETE_ARGS": "cfacts who Li"}).returncode == 0
    assert _complete({**env, "_TYPER_COMPLETE_ARGS": "cfacts who zzzq"}).returncode == 1


def test_a_broken_fact_base_completes_nothing_and_prints_nothing_else() -> None:
    bad = DATA / "bad" / "duplicate_id.toml"
    for words in (f"cfacts --facts {bad} who Li", f"cfacts --facts={bad} who Li"):
        cword = str(len(words.split()) - 1)
        env = {"_CFACTS_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword}
        proc = _complete(env)
        assert (proc.returncode, proc.stdout.strip(), proc.stderr) == (0, "", ""), words


def test_hostile_names_never_reach_the_terminal(write_facts: Callable[[str], Path]) -> None:
    text = MINIMAL.replace('name = "Jane Roe"', 'name = "Jane \\u001b]0;pwned\\u0007Roe"')
    path = write_facts(text)
    for shell, extra in (
        ("complete_bash", {"COMP_WORDS": f"cfacts --facts {path} who Ja", "COMP_CWORD": "4"}),
        ("complete_fish", {"_TYPER_COMPLETE_ARGS": f"cfacts --facts {path} who Ja",
                           "_TYPER_COMPLETE_FISH_ACTION": "get-args"}),
    ):  # fmt: skip
        proc = _complete({"_CFACTS_COMPLETE": shell, **extra})
        assert proc.returncode == 0
        assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout
        assert "Jane" in proc.stdout


@pytest.mark.parametrize(
    ("command", "typed"), [("who", "li"), ("org", "c"), ("stat", ""), ("event", "chen")]
)
def test_index_and_memory_offer_the_same(command: str, typed: str, bundled: Path) -> None:
    from cfacts.index.store import SqliteStore

    indexed = open_store(bundled)  # warm the index, then read it
    indexed = open_store(bundled)
    assert isinstance(indexed, SqliteStore)
    memory = open_store(bundled, use_cache=False)
    assert candidates(indexed, command, typed) == candidates(memory, command, typed)
    assert candidates(indexed, command, typed)


@pytest.mark.parametrize("kind", ["person", "organization", "event", "statistic"])
def test_the_index_offers_completions_in_the_same_order_as_memory(kind: str) -> None:
    from cfacts.index.names import NAME_KINDS
    from cfacts.index.store import MemoryStore, SqliteStore
    from cfacts.paths import bundled_path
    from cfacts.textnorm import name_key

    assert kind in NAME_KINDS
    memory = open_store(bundled_path(), use_cache=False)
    index = open_store(bundled_path())
    assert isinstance(memory, MemoryStore)
    assert isinstance(index, SqliteStore)
    for typed in ("", "l", "Li", "hua", "c", "CA", "mcsc", "w", "zh", "Zhōu", "s", "2", "a_b"):
        key, start = name_key(typed), typed.casefold()
        assert list(index.completions(kind, key, start)) == list(
            memory.completions(kind, key, start)
        ), typed
