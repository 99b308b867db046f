"""Exports of the real fact base to SQLite and JSON Lines, queried as a user would."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import cfacts
from cfacts.errors import ExportError
from cfacts.factbase.loader import load
from cfacts.factbase.model import KIND_CLASSES, FactBase
from cfacts.factbase.schema import FIELDS
from cfacts.output import export
from cfacts.output.export import export_jsonl, export_sqlite
from conftest import MINIMAL


@pytest.fixture(scope="module")
def facts() -> FactBase:
    return load(Path(__file__).parents[1] / "facts.toml")


@pytest.fixture(scope="module")
def exported(
    facts: FactBase, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("export") / "facts.sqlite"
    return path, export_sqlite(facts, path)


@pytest.fixture
def db(exported: tuple[Path, dict[str, int]]) -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(exported[0])
    con.execute("PRAGMA foreign_keys = ON")
    yield con
    con.close()


def _quotes(facts: FactBase) -> int:
    return sum(len(r.evidence) for k in KIND_CLASSES for r in facts.kind(k).values())


# -- SQLite: queries ---------------------------------------------------------------------------


def test_roles_of_a_person_join_their_organizations(db: sqlite3.Connection) -> None:
    rows = db.execute(
        """
        SELECT r.id, r.title, r.as_of, o.name
        FROM person p
        JOIN role r ON r.person = p.id
        JOIN organization o ON o.id = r.organization
        WHERE p.id = 'liu-hua'
        ORDER BY r.as_of
        """
    ).fetchall()
    assert rows == [
        ("liu-hua-woc-2021", "Director", "2021-07-07", "WIPO Office in China"),
        ("liu-hua-woc-2023", "Director", "2023-10-16", "WIPO Office in China"),
        ("liu-hua-woc-2025", "Director", "2025-03-13", "WIPO Office in China"),
    ]


def test_statistic_series_ordered_by_period(db: sqlite3.Connection) -> None:
    rows = db.execute(
        """
        SELECT o.period, o.year, o.qualifier, o.value, o.low, o.high, o.unit, o.as_written
        FROM observation o JOIN statistic s ON s.id = o.statistic
        WHERE s.id = 'gdp-share'
        ORDER BY o.period
        """
    ).fetchall()
    assert rows == [
        ("2017", 2017, "exact", 7.35, None, None, "percent", "7.35%"),
        ("2021", 2021, "exact", 7.41, None, None, "percent", "7.41 %"),
        ("2023", 2023, "exact", 7.44, None, None, "percent", "7.44%"),
    ]


def test_lists_are_json_and_scalars_are_columns(db: sqlite3.Connection) -> None:
    name, aliases, honorific, source, quote, line = db.execute(
        "SELECT name, aliases, honorific, source, quote, line FROM person WHERE id = 'liu-hua'"
    ).fetchone()
    assert (name, honorific, source) == ("Liu Hua", "Ms.", "xiamen-2021")
    assert json.loads(aliases) == ["LIU Hua"]
    assert quote == "Ms. LIU Hua, Director of the WIPO Office in China (WOC)"
    assert line == _line_of('id = "liu-hua"')
    abbreviations, kind = db.execute(
        "SELECT abbreviations, kind FROM organization WHERE id = 'cavca'"
    ).fetchone()
    assert (json.loads(abbreviations), kind) == (["CAVCA"], "collective_management_organization")


def test_foreign_keys_hold_and_are_declared(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    role_fks = {(r[3], r[2], r[4]) for r in db.execute("PRAGMA foreign_key_list(role)")}
    assert role_fks == {
        ("person", "person", "id"),
        ("organization", "organization", "id"),
        ("source", "source", "id"),
    }
    evidence_fks = {(r[3], r[2]) for r in db.execute("PRAGMA foreign_key_list(evidence)")}
    assert evidence_fks == {("source", "source")}


def test_every_schema_reference_has_a_foreign_key(db: sqlite3.Connection) -> None:
    declared: set[tuple[str, str, str]] = set()
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in db.execute(f'PRAGMA foreign_key_list("{table}")'):
            declared.add((table, row[3], row[2]))
    expected: set[tuple[str, str, str]] = {("evidence", "source", "source")}
    for kind, specs in FIELDS.items():
        for spec in specs:
            if spec.type == "ref" and len(spec.targets) == 1:
                expected.add((kind, spec.name, spec.targets[0]))
            elif spec.type == "ref":
                expected |= {(kind, f"{spec.name}_{t}", t) for t in spec.targets}
            elif spec.type == "refs":
                link = export.LINK_TABLES[kind, spec.name]
                expected.add((link, kind, kind))
                if len(spec.targets) == 1:
                    expected.add((link, spec.targets[0], spec.targets[0]))
                else:
                    item = link.removeprefix(f"{kind}_")
                    expected |= {(link, f"{item}_{t}", t) for t in spec.targets}
    assert declared == expected
    # Spot checks, written out.
    assert {
        ("role", "person", "person"),
        ("role", "organization", "organization"),
        ("organization", "parent", "organization"),
        ("observation", "statistic", "statistic"),
        ("appearance", "event", "event"),
        ("appearance", "person", "person"),
        ("event_organizer", "organization", "organization"),
        ("event_participant", "organization", "organization"),
        ("instrument_party", "organization", "organization"),
        ("milestone", "subject_instrument", "instrument"),
        ("claim_subject", "subject_topic", "topic"),
        ("claim", "source", "source"),
        ("event", "during", "event"),  # a side event names the event it was held during
    } <= declared
    assert len(declared) == 41


def test_forward_and_self_references_are_filled(db: sqlite3.Connection) -> None:
    # wipo (organization) names united-nations as parent, defined later in the file.
    assert db.execute(
        "SELECT c.parent, p.name FROM organization c JOIN organization p ON p.id = c.parent "
        "WHERE c.id = 'wipo'"
    ).fetchone() == ("united-nations", "United Nations")


def test_list_references_go_to_link_tables(db: sqlite3.Connection, facts: FactBase) -> None:
    rows = db.execute(
        "SELECT organization FROM event_organizer WHERE event = 'xiamen-training-2021' "
        "ORDER BY position"
    ).fetchall()
    assert rows == [("wipo",), ("ncac",)]
    total = sum(len(getattr(e, "organizers", ())) for e in facts.kind("event").values())
    assert db.execute("SELECT count(*) FROM event_organizer").fetchone() == (total,)
    subject = db.execute(
        "SELECT subject, subject_kind, subject_topic, subject_organization FROM claim_subject "
        "WHERE claim = 'liu-beijing-marrakesh-treaty-cooperation' ORDER BY position"
    ).fetchall()
    assert subject == [
        ("beijing-treaty", "instrument", None, None),
        ("marrakesh-treaty", "instrument", None, None),
        ("ncac", "organization", None, "ncac"),
    ]


def test_polymorphic_milestone_subject(db: sqlite3.Connection) -> None:
    row = db.execute(
        "SELECT subject, subject_kind, subject_instrument, subject_organization "
        "FROM milestone WHERE id = 'wipo-ncac-memorandum-of-cooperation-signed'"
    ).fetchone()
    assert row == (
        "wipo-ncac-memorandum-of-cooperation",
        "instrument",
        "wipo-ncac-memorandum-of-cooperation",
        None,
    )


def test_full_text_search(db: sqlite3.Connection) -> None:
    karaoke = {
        (kind, rid)
        for kind, rid in db.execute(
            "SELECT kind, record_id FROM search WHERE search MATCH 'karaoke'"
        )
    }
    assert {
        ("organization", "cavca"),
        ("appearance", "zhou-yaping-at-roundtable-2025"),
        ("statistic", "cavca-revenue"),
        ("statistic", "cavca-karaoke-licensing-fees"),
        ("observation", "cavca-karaoke-licensing-fees-2024"),
    } <= karaoke
    abbreviation = db.execute(
        "SELECT kind, record_id, text FROM search WHERE search MATCH 'CAVCA' "
        "AND field = 'abbreviations'"
    ).fetchall()
    assert abbreviation == [("organization", "cavca", "CAVCA")]
    # Diacritics are folded: "stephanie" finds "Stéphanie Carre".
    names = db.execute(
        "SELECT record_id, text FROM search WHERE search MATCH 'stephanie' AND field = 'name'"
    ).fetchall()
    assert names == [("stephanie-carre", "Stéphanie Carre")]


def test_evidence_rows_are_every_quote(db: sqlite3.Connection, facts: FactBase) -> None:
    assert db.execute("SELECT count(*) FROM evidence").fetchone() == (_quotes(facts),)
    assert _quotes(facts) == _quote_lines()
    rows = db.execute(
        "SELECT position, source, quote FROM evidence "
        "WHERE kind = 'person' AND record_id = 'liu-hua' ORDER BY position"
    ).fetchall()
    assert rows == [
        (0, "xiamen-2021", "Ms. LIU Hua, Director of the WIPO Office in China (WOC)"),
        (1, "shanghai-2023", "Liu Hua, Director of WIPO Office in China"),
        (2, "roundtable-2025", "Ms. Liu Hua, Director of the WIPO Office in China"),
    ]
    quotes_indexed = db.execute(
        "SELECT count(*) FROM search WHERE field IN ('quote', 'also')"
    ).fetchone()
    assert quotes_indexed == (_quotes(facts),)


def test_row_counts(exported: tuple[Path, dict[str, int]], facts: FactBase) -> None:
    path, counts = exported
    assert {k: counts[k] for k in KIND_CLASSES} == facts.counts()
    assert counts["evidence"] == _quotes(facts)
    assert counts["meta"] == 3
    con = sqlite3.connect(path)
    try:
        for table, count in counts.items():
            assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone() == (count,), table
    finally:
        con.close()


def test_meta(db: sqlite3.Connection) -> None:
    assert dict(db.execute("SELECT key, value FROM meta")) == {
        "schema_version": "1",
        "cfacts_version": cfacts.__version__,
        "export_format_version": "1",
    }
    assert db.execute("PRAGMA user_version").fetchone() == (export.EXPORT_FORMAT_VERSION,)


def test_minimal_fact_base_has_empty_tables(
    write_facts: Callable[..., Path], tmp_path: Path
) -> None:
    counts = export_sqlite(load(write_facts(MINIMAL)), tmp_path / "min.db")
    assert counts["person"] == 1
    assert counts["role"] == 0
    assert counts["claim_subject"] == 0
    assert counts["evidence"] == 3


# -- SQLite: errors and atomicity --------------------------------------------------------------


def test_missing_folder_raises_and_leaves_nothing(facts: FactBase, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "out.db"
    with pytest.raises(ExportError, match="does not exist") as info:
        export_sqlite(facts, target)
    assert str(tmp_path / "no" / "such") in str(info.value)
    assert "hint:" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_directory_target_raises(facts: FactBase, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a directory") as info:
        export_sqlite(facts, tmp_path)
    assert "hint:" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_raises(
    facts: FactBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def deny(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", deny)  # the os module export.py opens files with
    with pytest.raises(ExportError, match="Permission denied") as info:
        export_sqlite(facts, tmp_path / "out.db")
    assert str(tmp_path) in str(info.value)
    assert "hint:" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced(facts: FactBase, tmp_path: Path) -> None:
    target = tmp_path / "out.db"
    target.write_text("not a database", encoding="utf-8")
    counts = export_sqlite(facts, target, force=True)
    assert counts["person"] == facts.counts()["person"]
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT count(*) FROM person").fetchone() == (counts["person"],)
    finally:
        con.close()
    assert [p.name for p in tmp_path.iterdir()] == ["out.db"]
    # A second export over a real database works too.
    assert export_sqlite(facts, target) == counts
    assert [p.name for p in tmp_path.iterdir()] == ["out.db"]


def test_failure_mid_build_keeps_old_file(
    facts: FactBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.db"
    target.write_bytes(b"old contents")

    def broken(*args: object) -> str:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(export, "_fill_meta", broken)
    with pytest.raises(ExportError, match="disk I/O error"):
        export_sqlite(facts, target, force=True)
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["out.db"]


def test_interrupt_mid_build_leaves_no_temp_file(
    facts: FactBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "_fill_search", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export_sqlite(facts, tmp_path / "out.db")
    assert list(tmp_path.iterdir()) == []


def test_missing_fts5_is_a_clear_error(
    facts: FactBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "_FTS5_PROBE", "CREATE VIRTUAL TABLE temp.p USING nofts(x)")
    with pytest.raises(ExportError, match="lacks FTS5") as info:
        export_sqlite(facts, tmp_path / "out.db")
    assert "hint:" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_export_prints_nothing(
    facts: FactBase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export_sqlite(facts, tmp_path / "out.db")
    with pytest.raises(ExportError):
        export_sqlite(facts, tmp_path / "missing" / "out.db")
    assert capsys.readouterr() == ("", "")


# -- JSON Lines --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def jsonl(facts: FactBase) -> tuple[int, str]:
    out = io.StringIO()
    return export_jsonl(facts, out), out.getvalue()


def test_jsonl_one_line_per_record_in_stable_order(jsonl: tuple[int, str], facts: FactBase) -> None:
    count, text = jsonl
    lines = text.split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    assert count == len(lines) == sum(facts.counts().values()) > 400
    rows = [json.loads(line) for line in lines]
    assert all(next(iter(row)) == "kind" for row in rows)
    assert [(r["kind"], r["id"]) for r in rows] == [
        (kind, rid) for kind in KIND_CLASSES for rid in facts.kind(kind)
    ]


def test_jsonl_fields(jsonl: tuple[int, str], facts: FactBase) -> None:
    rows = {(r["kind"], r["id"]): r for r in map(json.loads, jsonl[1].splitlines())}
    liu = rows["person", "liu-hua"]
    assert liu["name"] == "Liu Hua"
    assert liu["aliases"] == ["LIU Hua"]
    assert liu["line"] == _line_of('id = "liu-hua"')
    assert liu["evidence"][1] == {
        "source": "shanghai-2023",
        "quote": "Liu Hua, Director of WIPO Office in China",
    }
    cavca = rows["organization", "cavca"]
    assert cavca["kind"] == "organization"
    assert cavca["organization_kind"] == "collective_management_organization"
    obs = rows["observation", "gdp-share-2021"]
    assert obs["value"] == {
        "qualifier": "exact",
        "unit": "percent",
        "as_written": "7.41 %",
        "value": 7.41,
        "low": None,
        "high": None,
    }


def test_jsonl_keeps_non_ascii_text(jsonl: tuple[int, str]) -> None:
    text = jsonl[1]
    assert "Stéphanie Carre" in text
    assert "\\u00e9" not in text
    line = next(x for x in text.splitlines() if '"id": "stephanie-carre"' in x)
    assert json.loads(line)["name"] == "Stéphanie Carre"


def test_jsonl_escapes_line_separators(write_facts: Callable[..., Path]) -> None:
    base = MINIMAL.replace(
        'name = "Jane Roe"', 'name = "Jane Roe"\ndescription = "one\\u2028two\\u0085three"'
    )
    out = io.StringIO()
    count = export_jsonl(load(write_facts(base)), out)
    lines = out.getvalue().splitlines()
    assert count == len(lines) == 3
    assert json.loads(lines[2])["description"] == "one\u2028two\x85three"


def test_export_command_writes_sqlite_and_jsonl(tmp_path: Path) -> None:
    import json as _json
    import sqlite3 as _sqlite3

    from typer.testing import CliRunner

    from cfacts.cli.app import app

    runner = CliRunner()
    db = tmp_path / "facts.sqlite"
    result = runner.invoke(app, ["export", str(db)])
    assert result.exit_code == 0, result.stderr
    with _sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] > 30
    lines = tmp_path / "facts.jsonl"
    result = runner.invoke(app, ["export", str(lines), "--format", "jsonl"])
    assert result.exit_code == 0
    first = _json.loads(lines.read_text(encoding="utf-8").splitlines()[0])
    assert first["kind"] == "source"
    result = runner.invoke(app, ["export", "-"])
    assert result.exit_code == 2 and "stdout" in result.stderr
    result = runner.invoke(app, ["export", str(tmp_path / "missing" / "x.sqlite")])
    assert result.exit_code == 2 and "does not exist" in result.stderr


def _line_of(text: str) -> int:
    """The 1-based line of the `[[kind]]` header of the record whose line is `text`."""
    lines = (Path(__file__).parents[1] / "facts.toml").read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == text)
    return next(i for i in range(at, -1, -1) if lines[i].startswith("[[")) + 1


def _quote_lines() -> int:
    """Quotes counted from the text: `quote = ` lines plus `quote = ` entries inside `also`,
    each one text or a list of spans."""
    text = (Path(__file__).parents[1] / "facts.toml").read_text(encoding="utf-8")
    return text.count('quote = "') + text.count("quote = [")


def test_export_jsonl_onto_a_folder_is_a_one_line_error(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cfacts.cli.app import app

    result = CliRunner().invoke(app, ["export", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 2
    assert "is a directory" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


# -- what is at the target path (issue 11) -----------------------------------------------------

CLI = [sys.executable, "-m", "cfacts"]


def _cfacts(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real entry point (`python -m cfacts`) with a clean cache and no colour."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CFACTS_")}
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )


def _one_line_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> str:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def _device(tmp_path: Path) -> Path:
    """A character device to export onto: a private null device when root may make one."""
    if os.geteuid() == 0:
        node = tmp_path / "null"
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        return node
    return Path("/dev/null")  # an unprivileged export could not replace it anyway


def _fingerprint(path: Path) -> tuple[int, int, int, int]:
    info = os.lstat(path)
    return info.st_mode, info.st_ino, info.st_nlink, info.st_size


@pytest.mark.parametrize("fmt", ["sqlite", "jsonl"])
@pytest.mark.parametrize("kind", ["fifo", "device", "symlink", "dangling-symlink", "socket"])
def test_export_refuses_a_target_that_is_not_a_regular_file(
    tmp_path: Path, write_facts: Callable[..., Path], kind: str, fmt: str
) -> None:
    facts = write_facts(MINIMAL, "facts.toml")
    out = tmp_path / "out"
    out.mkdir()
    foreign = tmp_path / "foreign.txt"
    foreign.write_text("someone else's file\n", encoding="utf-8")
    target = out / "export.db"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        target = _device(out)
    elif kind == "symlink":
        target.symlink_to(foreign)
    elif kind == "dangling-symlink":
        target.symlink_to(tmp_path / "nowhere" / "x.db")
    else:
        import socket

        sock = socket.socket(socket.AF_UNIX)
        try:
            sock.bind(str(target))
        finally:
            sock.close()
    before = _fingerprint(target)
    link = os.readlink(target) if target.is_symlink() else None
    proc = _cfacts("--facts", str(facts), "export", str(target), "--format", fmt)
    what = "symbolic link" if "symlink" in kind else "not a regular file"
    _one_line_error(proc, str(target), what, "hint:")
    assert _fingerprint(target) == before
    if link is not None:
        assert os.readlink(target) == link
    assert foreign.read_text(encoding="utf-8") == "someone else's file\n"
    assert not (tmp_path / "nowhere").exists()
    assert sorted(p.name for p in out.iterdir()) == ([target.name] if target.parent == out else [])


@pytest.mark.parametrize("fmt", ["sqlite", "jsonl"])
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664])
def test_export_keeps_an_existing_files_mode(
    tmp_path: Path, write_facts: Callable[..., Path], mode: int, fmt: str
) -> None:
    facts = write_facts(MINIMAL, "facts.toml")
    target = tmp_path / "private.db"
    target.write_bytes(b"old export")
    target.chmod(mode)
    proc = _cfacts("--facts", str(facts), "export", str(target), "--format", fmt, "--force")
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_bytes() != b"old export"
    metadata = ["private.db.metadata.json"] if fmt == "sqlite" else []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.toml", "private.db", *metadata]
    # A second export over the first needs no --force.
    proc = _cfacts("--facts", str(facts), "export", str(target), "--format", fmt)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_a_new_export_gets_the_umask_mode(facts: FactBase, tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        export_sqlite(facts, tmp_path / "new.db")
        export.export_jsonl_file(facts, tmp_path / "new.jsonl")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.db").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o640


@pytest.mark.parametrize("fmt", ["sqlite", "jsonl"])
def test_export_refuses_a_file_with_other_hard_links(
    tmp_path: Path, write_facts: Callable[..., Path], fmt: str
) -> None:
    facts = write_facts(MINIMAL, "facts.toml")
    target = tmp_path / "shared.db"
    target.write_bytes(b"old export")
    other = tmp_path / "also-shared.db"
    os.link(target, other)
    proc = _cfacts("--facts", str(facts), "export", str(target), "--format", fmt)
    _one_line_error(proc, str(target), "2 hard links", "hint:")
    assert os.path.samefile(target, other)
    assert target.read_bytes() == other.read_bytes() == b"old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "also-shared.db",
        "facts.toml",
        "shared.db",
    ]


def test_core_refusals_raise_export_error(facts: FactBase, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link.db"
    link.symlink_to(tmp_path / "elsewhere.db")
    for target in (fifo, link):
        with pytest.raises(ExportError, match="hint:"):
            export_sqlite(facts, target)
        with pytest.raises(ExportError, match="hint:"):
            export.export_jsonl_file(facts, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "link.db"]


# -- overwriting, Datasette metadata, the documented full-text query (issue 17) ----------------


@pytest.mark.parametrize("fmt", ["sqlite", "jsonl"])
def test_export_over_a_file_that_is_not_an_export_needs_force(
    tmp_path: Path, write_facts: Callable[..., Path], fmt: str
) -> None:
    facts = write_facts(MINIMAL, "facts.toml")
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    proc = _cfacts("--facts", str(facts), "export", str(notes), "--format", fmt)
    _one_line_error(proc, str(notes), "not a cfacts export", "--force")
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.toml", "notes.txt"]
    proc = _cfacts("--facts", str(facts), "export", str(notes), "--format", fmt, "--force")
    assert proc.returncode == 0, proc.stderr
    assert export.is_cfacts_export(notes)


def test_exports_of_either_format_replace_each_other(facts: FactBase, tmp_path: Path) -> None:
    target = tmp_path / "facts.out"
    export_sqlite(facts, target)
    assert export.is_cfacts_export(target)
    export.export_jsonl_file(facts, target)
    assert export.is_cfacts_export(target)
    export_sqlite(facts, target)
    empty = tmp_path / "empty"
    empty.touch()
    assert export.is_cfacts_export(empty)  # nothing to lose
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    con.commit()
    con.close()
    for foreign, text in (
        ("list.jsonl", '{"name": "x", "kind": "person"}\n'),
        ("notes.txt", "kind: person\n"),
        ("config.json", '{"title": "mine"}\n'),
    ):
        (tmp_path / foreign).write_text(text, encoding="utf-8")
    for foreign in ("other.sqlite", "list.jsonl", "notes.txt", "config.json"):
        assert not export.is_cfacts_export(tmp_path / foreign), foreign
        with pytest.raises(ExportError, match=r"not a cfacts export.*--force"):
            export_sqlite(facts, tmp_path / foreign)


def test_export_refuses_foreign_metadata_beside_it(
    tmp_path: Path, write_facts: Callable[..., Path]
) -> None:
    facts = write_facts(MINIMAL, "facts.toml")
    target = tmp_path / "facts.sqlite"
    beside = tmp_path / "facts.sqlite.metadata.json"
    beside.write_text('{"title": "someone else\'s"}\n', encoding="utf-8")
    proc = _cfacts("--facts", str(facts), "export", str(target))
    _one_line_error(proc, str(beside), "not a cfacts export", "--force")
    assert not target.exists()
    proc = _cfacts("--facts", str(facts), "export", str(target), "--force")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(beside.read_text(encoding="utf-8"))["databases"].keys() == {"facts"}
    proc = _cfacts("--facts", str(facts), "export", str(target))
    assert proc.returncode == 0, proc.stderr


def test_datasette_metadata_describes_every_table_and_column(
    exported: tuple[Path, dict[str, int]], facts: FactBase, db: sqlite3.Connection
) -> None:
    from cfacts.output.datasette import QUERIES, datasette_metadata

    metadata = datasette_metadata(facts, "facts")
    assert {"title", "description", "source", "license", "about"} <= metadata.keys()
    assert str(metadata["about"]).startswith(export.METADATA_ABOUT)
    database = metadata["databases"]["facts"]
    tables = database["tables"]
    assert set(tables) == set(exported[1])
    for table, about in tables.items():
        assert about["description"], table
        if table == "search":
            continue  # FTS5 shadow columns aside, its columns are described below
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
        assert list(about["columns"]) == columns, table
        assert all(about["columns"].values()), table
    assert list(tables["search"]["columns"]) == ["kind", "record_id", "field", "text"]
    # Descriptions come from the kind definitions, and numeric columns say their unit.
    assert tables["person"]["columns"]["honorific"] == "Ms., Mr., ... where the article gives one"
    observation = tables["observation"]["columns"]
    assert "unit column" in observation["value"] and "unit column" in observation["low"]
    assert "attendance_unit column" in tables["event"]["columns"]["attendance_value"]
    assert "unit: year" in observation["year"]
    # Each canned query runs with its named parameters and finds rows.
    params = {
        "speakers": {"event": "chengdu-forum-2019"},
        "series": {"statistic": "gdp-share"},
        "said": {"person": "liu-hua"},
        "article": {"source": "xiamen-2021"},
    }
    assert set(database["queries"]) == set(QUERIES) == set(params)
    for name, query in database["queries"].items():
        assert query["title"] and query["description"]
        assert db.execute(query["sql"], params[name]).fetchall(), name


def test_export_command_writes_metadata_beside_the_database(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cfacts.cli.app import app

    target = tmp_path / "shared.db"
    result = CliRunner().invoke(app, ["export", str(target)])
    assert result.exit_code == 0, result.stderr
    metadata = json.loads((tmp_path / "shared.db.metadata.json").read_text(encoding="utf-8"))
    assert set(metadata["databases"]) == {"shared"}
    assert "datasette" in result.stderr


def test_documented_full_text_query_gives_one_row_per_record(db: sqlite3.Connection) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    documented = next(
        line.split('"', 1)[1].rsplit('"', 1)[0]
        for line in readme.splitlines()
        if "MATCH 'karaoke'" in line
    )
    rows = db.execute(documented).fetchall()
    assert len(rows) == len(set(rows)) > 1
    every = db.execute("SELECT kind, record_id FROM search WHERE search MATCH 'karaoke'")
    assert set(rows) == set(every.fetchall())


def test_serve_without_datasette_is_a_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "datasette.py"
    blocker.write_text("raise ImportError('no datasette here')\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CFACTS_")}
    env["PYTHONPATH"] = str(tmp_path)
    proc = subprocess.run(
        [*CLI, "serve"], capture_output=True, text=True, env=env, timeout=120
    )
    _one_line_error(proc, "cfacts[web]")
