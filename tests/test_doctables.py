"""docs/factbase.md lists exactly the fields of each kind: its tables are generated from
`kinds`, and they, the quantities section and the generator agree."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from cfacts.factbase import doctables, kinds
from cfacts.factbase.kinds import FIELDS, KINDS
from conftest import ROOT

DOC = ROOT / "docs" / "factbase.md"
SCRIPT = ROOT / "scripts" / "factbase_tables.py"
FIX = "run `python scripts/factbase_tables.py` and commit docs/factbase.md"


def doc() -> str:
    return DOC.read_text(encoding="utf-8")


def test_the_committed_tables_are_the_generated_ones() -> None:
    assert doctables.update(doc()) == doc(), FIX


def tables(text: str) -> dict[str, list[tuple[str, str]]]:
    """(field, req.) of each kind's table, read back from the Markdown."""
    found: dict[str, list[tuple[str, str]]] = {}
    kind = None
    for line in text.splitlines():
        heading = re.fullmatch(r"### `\[\[(\w+)\]\]`", line)
        if heading:
            kind = heading.group(1)
            found[kind] = []
        row = re.match(r"\| `(\w+)` \| (yes|no) \|", line)
        if kind and row:
            found[kind].append((row.group(1), row.group(2)))
    return found


def test_the_tables_list_exactly_each_kinds_fields_and_required_flags() -> None:
    expected = {
        kind: [("id", "yes")] + [(s.name, "yes" if s.required else "no") for s in specs]
        for kind, specs in FIELDS.items()
    }
    assert tables(doc()) == expected


def test_the_quantities_section_lists_the_qualifiers_and_units() -> None:
    text = doc()
    row = re.search(r"\| `qualifier` \| one of (.*) \|", text)
    assert row, "no qualifier row"
    assert re.findall(r"`(\w+)`", row.group(1)) == list(kinds.QUALIFIERS)
    units = re.search(r"Known units: (.*?)\.\n\n", text, re.S)
    assert units, "no known units"
    assert re.findall(r"`(\w+)`", units.group(1)) == list(kinds.UNITS)


def test_claims_are_documented_as_possibly_about_events() -> None:
    block = doctables.render(next(k for k in KINDS if k.name == "claim"))
    assert "| `subjects` | no | list of `instrument`, `topic`, `organization` or `event` ids |" in (
        block
    )


def test_types_read_as_words() -> None:
    specs = {(kind.name, s.name): s for kind in KINDS for s in kind.fields}
    assert doctables.type_text(specs["role", "person"]) == "`person` id"
    assert doctables.type_text(specs["event", "organizers"]) == "list of `organization` ids"
    assert doctables.type_text(specs["source", "date_basis"]) == "`stated` or `inferred`"
    assert doctables.type_text(specs["event", "kind"]) == "one of the values below"
    assert doctables.type_text(specs["person", "aliases"]) == "list of texts"
    assert doctables.type_text(specs["observation", "value"]) == "quantity"


def test_a_new_kind_gets_a_block_after_the_kind_before_it() -> None:
    for name, after in (("topic", "instrument"), ("source", None), ("claim", "milestone")):
        without = re.sub(rf"<!-- begin {name}: .*?<!-- end {name} -->\n\n", "", doc(), flags=re.S)
        assert without != doc()
        added = doctables.update(without)
        assert re.findall(r"<!-- begin (\w+):", added) == [kind.name for kind in KINDS]
        if after:
            assert f"<!-- end {after} -->\n\n<!-- begin {name}:" in added
        assert added == doc()  # none of these three has notes of its own


def test_a_block_of_no_kind_or_no_block_at_all_is_an_error() -> None:
    extra = doc() + "\n<!-- begin nothing: x -->\n<!-- end nothing -->\n"
    with pytest.raises(ValueError, match="unknown"):
        doctables.update(extra)
    with pytest.raises(ValueError, match="not one per kind"):
        doctables.update("# no tables\n")


def test_the_script_rewrites_stale_tables_and_check_reports_them(tmp_path: Path) -> None:
    stale = tmp_path / "factbase.md"
    stale.write_text(doc().replace("| `honorific` | no |", "| `honorific` | yes |"))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(SCRIPT), *args, str(stale)],
            capture_output=True,
            text=True,
            check=False,
        )

    checked = run("--check")
    assert checked.returncode == 1
    assert checked.stdout.startswith(f"{stale}: field tables out of date")
    assert "honorific` | yes" in stale.read_text()  # --check writes nothing
    rewritten = run()
    assert (rewritten.returncode, rewritten.stdout) == (0, f"{stale}: field tables rewritten\n")
    assert stale.read_text() == doc()
    assert (run("--check").returncode, run().stdout) == (0, "")
