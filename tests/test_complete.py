"""Shell completion: candidates from the fact base, for every shell, and nothing else printed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cfacts.cli.complete import candidates, fits, for_bash, format_for
from cfacts.cli.main import complete, completion_request
from cfacts.index.cache import open_store
from conftest import DATA, MINIMAL


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> object:
    from cfacts.paths import bundled_path

    return open_store(bundled_path(), use_cache=False)


def test_people_whose_names_or_aliases_fit(store: object) -> None:
    values = [v for v, _ in candidates(store, "who", "Li")]  # type: ignore[arg-type]
    assert "Liu Hua" in values
    assert all(v.lower().startswith("li") or " li" in v.lower() for v in values)
    assert "Liu Hua" in [v for v, _ in candidates(store, "who", "hua")]  # type: ignore[arg-type]
    assert "LIU Hua" not in values  # a case variant of a name adds nothing


def test_org_offers_abbreviations_with_names_as_help(store: object) -> None:
    items = candidates(store, "org", "cav")  # type: ignore[arg-type]
    assert items[0] == ("CAVCA", "China Audio-Video Copyright Association")


def test_stat_offers_every_slug_with_its_label(store: object) -> None:
    items = dict(candidates(store, "stat", ""))  # type: ignore[arg-type]
    assert items["gdp-share"] == "Copyright industry share of China's GDP"
    assert len(items) == store.counts()["statistic"]  # type: ignore[attr-defined]
    mcsc = [v for v, _ in candidates(store, "stat", "mcsc")]  # type: ignore[arg-type]
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
    assert completion_request({"_CFACTS_COMPLETE": "complete_bash", **env}) == expected


def test_requests_that_are_not_a_query_go_to_typer() -> None:
    base = {"_CFACTS_COMPLETE": "complete_bash"}
    assert complete({**base, "COMP_WORDS": "cfacts w", "COMP_CWORD": "1"}) is None
    assert complete({**base, "COMP_WORDS": "cfacts who --fo", "COMP_CWORD": "2"}) is None
    assert complete({**base, "COMP_WORDS": "cfacts stat --year 2", "COMP_CWORD": "3"}) is None
    assert complete({**base, "COMP_WORDS": "cfacts who Liu Hu", "COMP_CWORD": "3"}) is None


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
        # Not a QUERY being completed: typer answers (here, with nothing).
        ({"_CFACTS_COMPLETE": "complete_bash", "COMP_WORDS": "cfacts --json who Li",
          "COMP_CWORD": "3"}, ""),
    ],
)  # fmt: skip
def test_through_the_completion_environment(env: dict[str, str], wanted: str) -> None:
    proc = _complete(env)
    assert proc.returncode == 0
    assert proc.stderr == ""
    assert wanted in proc.stdout.splitlines() or wanted in proc.stdout


def test_typer_callback_used_when_the_fast_path_declines(bundled: Path) -> None:
    env = {
        "_CFACTS_COMPLETE": "complete_bash",
        "COMP_WORDS": f"cfacts --facts {bundled} who --format csv Li",
        "COMP_CWORD": "6",
    }
    assert complete(env) is None
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
