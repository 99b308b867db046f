"""Time cfacts commands against a `python -c pass` floor, interleaved, with peak RSS per command."""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PARSE = "import sys, tomli; tomli.loads(open(sys.argv[1], encoding='utf-8').read())"
"""A whole process that reads and parses the fact base with tomli, timed beside cfacts."""
RSS_UNIT = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
TOMLI_PROBE = """
import statistics, sys, time, tomli
text = open(sys.argv[1], encoding="utf-8").read()
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter_ns()
    tomli.loads(text)
    times.append((time.perf_counter_ns() - start) / 1e6)
print(statistics.median(times), min(times))
"""


@dataclass
class Command:
    """One command line to time, and what it measured."""

    label: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    reads_facts: bool = True
    ms: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)
    indexed: list[float] = field(default_factory=list)


def commands(bindir: Path) -> list[Command]:
    cfacts = str(bindir / "cfacts")
    complete = {
        "_CFACTS_COMPLETE": "complete_bash",
        "COMP_WORDS": "cfacts who Li",
        "COMP_CWORD": "2",
    }
    return [
        Command(
            "python -c pass (floor)", [str(bindir / "python"), "-c", "pass"], reads_facts=False
        ),
        Command('who "Liu Hua" --json', [cfacts, "who", "Liu Hua", "--json"]),
        Command('who "Liu Hua" (table)', [cfacts, "who", "Liu Hua"]),
        Command("stat gdp-share", [cfacts, "stat", "gdp-share"]),
        Command(
            'ask "what did MCSC earn in 2024" --json',
            [cfacts, "ask", "what did MCSC earn in 2024", "--json"],
        ),
        Command('ask "who mentioned blockchain"', [cfacts, "ask", "who mentioned blockchain"]),
        Command("--help", [cfacts, "--help"]),
        Command("completion: who Li", [cfacts], complete),
    ]


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Run once with output discarded; return wall ms, peak RSS MiB and the exit code."""
    devnull = subprocess.DEVNULL
    start = time.perf_counter_ns()
    proc = subprocess.Popen(argv, env=env, stdin=devnull, stdout=devnull, stderr=devnull)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter_ns() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait
    return elapsed / 1e6, usage.ru_maxrss * RSS_UNIT / 2**20, proc.returncode


def wait_indexed(cache: Path) -> None:
    """Wait until no process holds the lock on writing an index in ``cache`` (a lookup that
    answered first leaves a process of its own writing it)."""
    import fcntl

    for lock in sorted((cache / "cfacts").glob("*.lock")):
        with open(lock, "rb") as held:
            fcntl.flock(held, fcntl.LOCK_EX)
            fcntl.flock(held, fcntl.LOCK_UN)


def probe(argv: list[str], env: dict[str, str] | None = None) -> str:
    return subprocess.run(argv, env=env, capture_output=True, text=True, check=True).stdout.strip()


def machine(bindir: Path) -> str:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        models = [
            ln.split(":", 1)[1].strip()
            for ln in cpuinfo.read_text().splitlines()
            if ln.startswith("model name")
        ]
        model = f" ({models[0]})" if models else ""
    python = probe(
        [str(bindir / "python"), "-c", "import platform; print(platform.python_version())"]
    )
    return f"machine: nproc {cpus}{model}, {platform.platform()}, Python {python} ({bindir})"


def table(cmds: list[Command], markdown: bool, runner_rss: float) -> str:
    """The results; an RSS at or below the runner's own peak shows as "<=" that bound."""
    floor = statistics.median(cmds[0].ms)

    def rss(c: Command) -> str:
        peak = statistics.median(c.rss)
        return f"<={runner_rss:.1f}" if peak <= runner_rss + 0.05 else f"{peak:.1f}"

    head = [
        "command",
        "median ms",
        "min\N{EN DASH}max ms",
        "\N{MULTIPLICATION SIGN} floor",
        "peak RSS MiB",
    ]
    rows = [
        [
            c.label,
            f"{statistics.median(c.ms):.1f}",
            f"{min(c.ms):.1f}\N{EN DASH}{max(c.ms):.1f}",
            f"{statistics.median(c.ms) / floor:.2f}",
            rss(c),
        ]
        for c in cmds
    ]
    return layout(head, rows, markdown)



def layout(head: list[str], rows: list[list[str]], markdown: bool) -> str:
    """A table: Markdown, or plain columns (the first left-aligned, the rest right-aligned)."""
    if markdown:
        lines = [head, ["---", *["---:"] * (len(head) - 1)], *rows]
        return "\n".join("| " + " | ".join(row) + " |" for row in lines)
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in [head, *rows]
    )

def ratios(cmds: list[Command], markdown: bool, base: str = "bundled") -> str:
    """Each command's time over its base's (the bundled base, or tomli's parse): the ratio of
    the medians, and the range of the per-round ratios (the two ran next to each other).
    ``cmds`` holds each base right before its command."""
    other = "cfacts ms" if base == "tomli" else "--facts ms"
    head = ["command", f"{base} ms", other, f"\N{MULTIPLICATION SIGN} {base}", "range"]
    rows = []
    for bundled, large in itertools.pairwise(cmds):
        if bundled.label.endswith(" [bundled]"):
            label = bundled.label.removesuffix(" [bundled]")
        elif base == "tomli" and bundled.label.startswith("tomli") and large.reads_facts:
            label = large.label
        else:
            continue
        per_round = [b and lg / b for b, lg in zip(bundled.ms, large.ms, strict=True)]
        rows.append(
            [
                label,
                f"{statistics.median(bundled.ms):.1f}",
                f"{statistics.median(large.ms):.1f}",
                f"{statistics.median(large.ms) / statistics.median(bundled.ms):.2f}",
                f"{min(per_round):.2f}\N{EN DASH}{max(per_round):.2f}",
            ]
        )
    return layout(head, rows, markdown)


def indexed(tomli: Command, cmds: list[Command], markdown: bool) -> str:
    """Each command's time until its index was written, and its ratio to tomli's parse."""
    head = ["command", "answer ms", "indexed ms", "range ms", "\N{MULTIPLICATION SIGN} tomli"]
    base = statistics.median(tomli.ms)
    rows = [
        [
            c.label,
            f"{statistics.median(c.ms):.1f}",
            f"{statistics.median(c.indexed):.1f}",
            f"{min(c.indexed):.1f}\N{EN DASH}{max(c.indexed):.1f}",
            f"{statistics.median(c.indexed) / base:.2f}",
        ]
        for c in cmds
    ]
    return layout(head, rows, markdown)


EDIT = """
import sys
path, line, where = sys.argv[1:]
data = open(path, "rb").read()
at = data.find(b"\\n[[", len(data) // 2) + 1 if where == "middle" else len(data)
open(path, "wb").write(data[:at] + line.encode() + data[at:])
"""


def edit(facts: Path, line: str, where: str) -> None:
    """Change one record's text: a comment at the end, or before the middle record's header.

    In a child process, so this runner's own peak RSS (which children inherit as a floor on
    Linux) stays small.
    """
    subprocess.run([sys.executable, "-c", EDIT, str(facts), line, where], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=Path, help="fact base to use (default: the bundled one)")
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command (default 15)")
    parser.add_argument(
        "--venv",
        type=Path,
        default=Path(sys.executable).parent,
        help="virtualenv (or its bin/) with cfacts installed (default: this one)",
    )
    parser.add_argument(
        "--first",
        action="store_true",
        help="first lookup after an edit: append a comment to a copy of the fact "
        "base before each cfacts run",
    )
    parser.add_argument(
        "--where",
        choices=("end", "middle"),
        default="end",
        help="with --first: append the comment at the end, or insert it before the record "
        "in the middle of the file (default: end)",
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="no index at all: delete the index cache before each cfacts run",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="with --facts: run every command on the bundled base and on --facts, "
        "interleaved in one run, and give each one's ratio of the two (warm lookups at scale)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="TEXT",
        help="time only the commands whose label contains TEXT (repeatable; the floor always)",
    )
    parser.add_argument(
        "--workers",
        default="",
        metavar="N,M",
        help="run every command reading the fact base once with CFACTS_WORKERS set to each "
        "of these (processes building a new index at 100k: 1 for none), interleaved",
    )
    parser.add_argument(
        "--answer-first",
        default="",
        metavar="N,M",
        help="run every command reading the fact base once with CFACTS_ANSWER_FIRST set to "
        "each of these (1: answer before writing a new index, 0: write it first), interleaved; "
        "with --cold, each run is followed by waiting for the index to be written",
    )
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    if args.compare and (args.first or args.cold or not args.facts):
        parser.error("--compare needs --facts, and neither --first nor --cold")
    bindir = args.venv / "bin" if (args.venv / "bin" / "cfacts").exists() else args.venv
    if not (bindir / "cfacts").exists():
        parser.error(f"no cfacts in {bindir}")

    base_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CFACTS_FACTS", "PYTHONDONTWRITEBYTECODE")  # measure as users run it
    }
    if args.facts:
        base_env["CFACTS_FACTS"] = str(args.facts.resolve())
    info = json.loads(probe([str(bindir / "cfacts"), "info", "--json"], base_env))
    facts = Path(info["path"])
    with tempfile.TemporaryDirectory(prefix="cfacts-bench-") as tmp:
        cache = Path(tmp) / "cache"
        if args.first or args.cold:  # lookups read a copy, edited before each of them
            facts = Path(tmp) / "facts.toml"
            shutil.copyfile(info["path"], facts)
            base_env["CFACTS_FACTS"] = str(facts)
            base_env["XDG_CACHE_HOME"] = str(cache)  # the copy's index goes with it
        print(machine(bindir))
        print(
            f"fact base: {info['path']} ({info['origin']}, {sum(info['counts'].values())} facts, "
            f"{facts.stat().st_size / 2**20:.1f} MiB); {args.runs} runs, interleaved"
            + (f"; first lookup after an edit ({args.where})" if args.first else "")
            + ("; no index (deleted before each run)" if args.cold else "")
        )
        cmds = [
            c
            for number, c in enumerate(commands(bindir))
            if not number or not args.only or any(text in c.label for text in args.only)
        ]
        if args.workers:  # each command once per number of workers, side by side
            cmds = [cmds[0]] + [
                Command(f"{c.label} [workers={n}]", c.argv, {**c.env, "CFACTS_WORKERS": n})
                for c in cmds[1:]
                if c.reads_facts
                for n in args.workers.split(",")
            ]
        if args.answer_first:  # each command once per way of writing a new index
            cmds = [cmds[0]] + [
                Command(
                    f"{c.label} [answer first={n}]", c.argv, {**c.env, "CFACTS_ANSWER_FIRST": n}
                )
                if c.reads_facts
                else c
                for c in cmds[1:]
                for n in (args.answer_first.split(",") if c.reads_facts else [""])
            ]
        if args.cold or args.first:  # tomli's parse of the same file, in the same rounds
            parse = Command("tomli.loads (python -c)", [str(bindir / "python"), "-c", PARSE,
                            str(facts)], reads_facts=False)  # fmt: skip
            cmds.insert(1, parse)
        for c in cmds:
            c.env = {**base_env, **c.env}
        if args.compare:  # each command on the bundled base, then on --facts, side by side
            bundled_env = {k: v for k, v in base_env.items() if k != "CFACTS_FACTS"}
            paired = [cmds[0]]
            for c in cmds[1:]:
                if c.reads_facts:
                    bundled = Command(f"{c.label} [bundled]", c.argv, {**c.env, **bundled_env})
                    bundled.env.pop("CFACTS_FACTS", None)
                    c.label = f"{c.label} [{args.facts.name}]"
                    paired.append(bundled)
                paired.append(c)
            cmds = paired
        for number in range(args.runs + 1):  # round 0 warms the caches and is not counted
            for c in cmds:
                if args.first and c.reads_facts:
                    edit(facts, f"# edit {number} {c.label}\n", args.where)
                if args.cold and c.reads_facts:
                    shutil.rmtree(cache, ignore_errors=True)
                start = time.perf_counter_ns()
                ms, rss, code = measure(c.argv, c.env)
                if (args.cold or args.first) and c.reads_facts:  # an index written after
                    wait_indexed(cache)  # the answer: wait for it (the next run needs it)
                    if args.cold and number:
                        c.indexed.append((time.perf_counter_ns() - start) / 1e6)
                if code != 0:
                    err = subprocess.run(c.argv, env=c.env, capture_output=True, text=True).stderr
                    print(f"{c.label}: exit code {code}\n{err}", file=sys.stderr)
                    return 1
                if number:
                    c.ms.append(ms)
                    c.rss.append(rss)
        runner = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * RSS_UNIT / 2**20
        print(table(cmds, args.markdown, runner))
        if args.compare:
            print(ratios(cmds, args.markdown))
        if args.cold or args.first:
            print(ratios([c for pair in ((cmds[1], c) for c in cmds[2:]) for c in pair],
                         args.markdown, "tomli"))  # fmt: skip
        if args.cold:
            print("until the index is written (the answer, then any process writing it after):")
            print(indexed(cmds[1], [c for c in cmds[2:] if c.indexed], args.markdown))
        print(
            f"(a child's peak RSS cannot read below this runner's own {runner:.1f} MiB: Linux "
            "keeps the parent's high-water mark across fork and exec)"
        )
        median, low = map(
            float, probe([str(bindir / "python"), "-c", TOMLI_PROBE, str(facts), "5"]).split()
        )
        print(
            f"tomli.loads of that file in-process: median {median:.1f} ms, min {low:.1f} ms "
            "(5 parses)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
