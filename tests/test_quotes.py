"""Quote verification: folding rules and reports of quotes missing from their article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cfacts.factbase.loader import load
from cfacts.factbase.quotes import fold, verify_quotes
from conftest import DATA, MINIMAL

ARTICLES = DATA / "sources"


def test_fold_whitespace_and_typographic_quotes() -> None:
    assert fold("China\u2019s  \u201cbest\u201d\u00a0cases\n") == 'China\'s "best" cases'


def test_fold_changes_nothing_else() -> None:
    assert fold("Directorof") == "Directorof"
    assert fold("AI-generated") != fold("AI generated")
    assert fold("Case") != fold("case")


def test_all_quotes_found(write_facts: Callable[[str], Path]) -> None:
    report = verify_quotes(load(write_facts(MINIMAL)), ARTICLES)
    assert report.problems == ()
    assert report.checked == 3


def test_quote_not_in_article_is_listed(write_facts: Callable[[str], Path]) -> None:
    text = MINIMAL.replace("Ms. Jane Roe, Director of ACS", "Ms. Jane Roe, Chair of ACS")
    path = write_facts(text)
    report = verify_quotes(load(path), ARTICLES)
    assert len(report.problems) == 1
    problem = report.problems[0]
    assert problem.record == "person jane-roe"
    assert problem.line == 21
    assert "Chair of ACS" in problem.message


def test_missing_article_file(write_facts: Callable[[str], Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty-sources"
    empty.mkdir()
    report = verify_quotes(load(write_facts(MINIMAL)), empty)
    assert [p.record for p in report.problems] == ["source s1"]
    assert "article.txt" in report.problems[0].message
