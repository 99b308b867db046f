"""`cfacts serve`: Datasette on the export and its metadata, the canned queries answered over HTTP
(issue 17). Needs the optional `web` extra (in the `test` extra too, so CI runs it)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from cfacts.output.datasette import QUERIES

ROOT = Path(__file__).parents[1]
STARTUP_SECONDS = 60
STOP_SECONDS = 15


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CFACTS_")}
    env["CFACTS_FACTS"] = str(ROOT / "facts.toml")
    return env


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


def _rows(port: int, query: str, **params: str) -> list[dict[str, Any]]:
    arguments = "&".join(f"{k}={urllib.parse.quote(v)}" for k, v in params.items())
    url = f"http://127.0.0.1:{port}/facts/{query}.json?{arguments}&_shape=array"
    rows: list[dict[str, Any]] = _get(url)
    return rows


@pytest.fixture(scope="module")
def served() -> Any:
    pytest.importorskip("datasette", reason='cfacts serve needs the "web" extra (datasette)')
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cfacts", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=_env(),
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                _get(f"http://127.0.0.1:{port}/facts.json")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    output = proc.communicate(timeout=STOP_SECONDS)[0]
                    pytest.fail(f"cfacts serve did not start on port {port}:\n{output}")
                time.sleep(0.2)
        yield port
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=STOP_SECONDS)
        if proc.stdout is not None:
            proc.stdout.close()


def test_every_canned_query_is_served(served: int) -> None:
    metadata = _get(f"http://127.0.0.1:{served}/-/metadata.json")
    assert set(metadata["databases"]["facts"]["queries"]) == set(QUERIES)
    assert metadata["title"].startswith("cfacts")


def test_who_spoke_at_an_event(served: int) -> None:
    rows = _rows(served, "speakers", event="shanghai-training-2023")
    people = {row["person_id"] for row in rows}
    assert "gao-hang" in people
    assert all(row["event_id"] == "shanghai-training-2023" and row["quote"] for row in rows)


def test_a_statistics_series(served: int) -> None:
    rows = _rows(served, "series", statistic="gdp-share")
    assert [(row["period"], row["as_written"]) for row in rows] == [
        ("2017", "7.35%"),
        ("2021", "7.41 %"),
        ("2023", "7.44%"),
    ]
    assert [row["value"] for row in rows] == [7.35, 7.41, 7.44]


def test_everything_one_person_said(served: int) -> None:
    rows = _rows(served, "said", person="liu-hua")
    kinds = {row["kind"] for row in rows}
    assert {"claim", "appearance"} <= kinds
    assert all(row["said"] and row["source"] and row["quote"] for row in rows)
    dates = [row["date"] for row in rows if row["date"]]
    assert dates == sorted(dates)


def test_all_facts_from_one_article(served: int) -> None:
    by_id = _rows(served, "article", source="roundtable-2025")
    by_file = _rows(served, "article", source="004_aa910c9cc4f3256b.txt")
    assert by_id == by_file and len(by_id) > 10
    assert ("organization", "cavca") in {(row["kind"], row["record_id"]) for row in by_id}


@pytest.mark.parametrize("port", ["0", "70000"])
def test_a_port_out_of_range_is_a_usage_error(port: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cfacts", "serve", "--port", port],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=STARTUP_SECONDS,
    )
    assert proc.returncode == 2, proc.stderr
    assert "--port" in proc.stderr and "Traceback" not in proc.stderr
