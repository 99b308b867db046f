"""Bounded stress run: edits, kills, concurrent lookups; every cached answer equals --no-cache.

While an editor rewrites a copy of a fact base (atomic renames, in-place rewrites, valid edits
and broken ones), lookups run concurrently against the index cache, and some are killed at
random moments (mid-build included). A cached answer counts only when the file's bytes were
the same before and after the run; it is then compared (exit code, stdout, stderr) with a
``--no-cache`` answer for those exact bytes. Any difference, any exit code other than
0/1/3, any traceback or a crash by signal (SIGBUS from a mapped file, say) is a failure.

    python benchmarks/stress.py --seconds 180 [--facts FILE] [--workers 4] [--seed 1]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

REAL = Path(__file__).resolve().parent.parent / "facts.toml"
QUERIES = [
    ["who", "Liu Hua", "--json"],
    ["who", "Zhou", "--json"],
    ["org", "WIPO", "--json"],
    ["stat", "gdp-share", "--json"],
    ["event", "Chengdu", "--json"],
    ["search", "karaoke", "--json"],
    ["who", "Stress Person", "--json"],
]
STRESS_PERSON = (
    '\n[[person]]\nid = "stress-person-{n}"\nname = "Stress Person {n}"\n'
    'source = "{source}"\nquote = "{quote}"\n'
)


class Editor(threading.Thread):
    """Rewrites the fact base every few hundred milliseconds, in the ways editors do."""

    def __init__(self, path: Path, base: str, rng: random.Random, stop: threading.Event) -> None:
        super().__init__(daemon=True)
        self.path, self.base, self.rng, self.stop = path, base, rng, stop
        self.counts: Counter[str] = Counter()
        self.generation = 0  # odd while a write is under way
        first = base.index("[[source]]")
        block = base[first : base.index("\n[[", first + 1)]
        self.source = block.split('id = "', 1)[1].split('"', 1)[0]
        self.quote = block.split('quote = "', 1)[1].split('"', 1)[0]

    def variant(self) -> str:
        n = self.rng.randrange(1000)
        choice = self.rng.random()
        extra = STRESS_PERSON.format(n=n, source=self.source, quote=self.quote)
        if choice < 0.45:
            self.counts["valid edit"] += 1
            return self.base + extra
        if choice < 0.6:
            self.counts["broken edit"] += 1
            return self.base + extra.replace('source = "', 'source = "missing-')
        if choice < 0.7:
            self.counts["syntax error"] += 1
            return self.base + '\n[[person]]\nid = "x\n'
        self.counts["original"] += 1
        return self.base

    def run(self) -> None:
        while not self.stop.is_set():
            text = self.variant().encode()
            self.generation += 1
            if self.rng.random() < 0.5:
                self.counts["atomic rename"] += 1
                tmp = self.path.with_suffix(".editing")
                tmp.write_bytes(text)
                os.replace(tmp, self.path)
            else:  # an editor that saves in place: the file shrinks and grows under readers
                self.counts["in-place rewrite"] += 1
                with open(self.path, "r+b") as handle:
                    handle.truncate(0)
                    handle.write(text)
            self.generation += 1
            time.sleep(self.rng.uniform(0.05, 0.7))


def run(cfacts: list[str], args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    done = subprocess.run(
        [*cfacts, *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    return done.returncode, done.stdout, done.stderr


def digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=180.0, help="how long (default 180)")
    parser.add_argument("--facts", type=Path, default=REAL, help="fact base to copy")
    parser.add_argument("--workers", type=int, default=4, help="concurrent lookups (default 4)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cfacts", default=f"{sys.executable} -m cfacts", help="command to run")
    options = parser.parse_args()
    cfacts = options.cfacts.split()
    work = Path(tempfile.mkdtemp(prefix="cfacts-stress-"))
    facts = work / "facts.toml"
    base = options.facts.read_text(encoding="utf-8")
    facts.write_text(base, encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache"), "CFACTS_FACTS": str(facts)}
    env.pop("CFACTS_NO_CACHE", None)
    frozen = work / "frozen.toml"  # --no-cache answers are computed on a still copy
    frozen_env = {**env, "CFACTS_FACTS": str(frozen)}
    truth: dict[tuple[str, tuple[str, ...]], tuple[int, str, str]] = {}
    counts: Counter[str] = Counter()
    failures: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    editor = Editor(facts, base, random.Random(options.seed + 1), stop)
    deadline = time.monotonic() + options.seconds

    def expected(content: bytes, args: list[str]) -> tuple[int, str, str]:
        key = (hashlib.sha256(content).hexdigest(), tuple(args))
        with lock:
            if key not in truth:
                frozen.write_bytes(content)
                code, out, err = run(cfacts, ["--no-cache", *args], frozen_env)
                truth[key] = (code, out, err.replace(str(frozen), str(facts)))
            return truth[key]

    def worker(number: int) -> None:
        local = random.Random(options.seed * 100 + number)
        while time.monotonic() < deadline:
            args = local.choice(QUERIES)
            if local.random() < 0.2:  # killed at a random moment, index build included
                proc = subprocess.Popen([*cfacts, *args], env=env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)  # fmt: skip
                time.sleep(local.uniform(0.0, 0.15))
                proc.send_signal(local.choice([signal.SIGKILL, signal.SIGTERM, signal.SIGINT]))
                proc.wait(timeout=60)
                with lock:
                    counts["killed runs"] += 1
                continue
            generation = editor.generation
            before = facts.read_bytes()
            code, out, err = run(cfacts, args, env)
            after = facts.read_bytes()
            unchanged = before == after and generation == editor.generation
            unchanged = unchanged and generation % 2 == 0
            with lock:
                counts["cached runs"] += 1
            if code < 0 or code not in (0, 1, 3) or "Traceback" in err:
                with lock:
                    failures.append(f"{args}: exit {code}: {err.strip()[:300]}")
                continue
            if not unchanged:  # written during the run (even if back to the same bytes)
                with lock:
                    counts["file changed during the run (not compared)"] += 1
                continue
            want = expected(before, args)
            with lock:
                if (code, out, err) == want:
                    counts["compared, identical"] += 1
                else:
                    counts["compared, DIFFERENT"] += 1
                    failures.append(
                        f"{args}: cached exit {code} != --no-cache exit {want[0]}; "
                        f"stderr {err.strip()[:200]!r} vs {want[2].strip()[:200]!r}"
                    )

    editor.start()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(options.workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stop.set()
    editor.join()
    leftovers = [p.name for p in (work / "cache" / "cfacts").glob("*.tmp")]
    print(f"seconds: {options.seconds:.0f}, workers: {options.workers}, fact base: {options.facts}")
    for name, n in sorted({**counts, **editor.counts}.items()):
        print(f"  {name}: {n}")
    print(f"  temporaries left in the cache folder: {len(leftovers)} (swept on the next build)")
    for failure in failures[:20]:
        print(f"FAIL {failure}")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
