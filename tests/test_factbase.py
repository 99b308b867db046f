"""The bundled fact base: valid, complete for the articles, and every quote proven."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cfacts.factbase.loader import load
from cfacts.factbase.quotes import verify_quotes
from conftest import SOURCES


@pytest.fixture(scope="module")
def bundled() -> Path:
    from cfacts.paths import bundled_path

    return bundled_path()


def test_bundled_fact_base_validates(bundled: Path) -> None:
    facts = load(bundled)
    counts = facts.counts()
    assert counts["source"] == 5
    assert counts["person"] >= 42
    assert counts["organization"] >= 50
    assert counts["statistic"] >= 20


def test_every_quote_is_in_its_article(bundled: Path) -> None:
    if not SOURCES.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SOURCES} is missing in CI")
        pytest.skip("../shared/sources is not beside this checkout")
    report = verify_quotes(load(bundled), SOURCES)
    assert [p.format() for p in report.problems] == []
    assert report.checked > 300


def test_sources_name_their_files_and_date_basis(bundled: Path) -> None:
    facts = load(bundled)
    files = sorted(s.file for s in facts.sources.values())
    assert files == [
        "000_50a09098d07a417e.txt",
        "001_ed705ef30eaf3b30.txt",
        "002_9f5925055bdd477d.txt",
        "003_65c4f878b08ef76e.txt",
        "004_aa910c9cc4f3256b.txt",
    ]
    inferred = {s.id for s in facts.sources.values() if s.date_basis == "inferred"}
    assert "chengdu-forum-2019" in inferred
    assert all(facts.sources[s].date_note for s in inferred)


@pytest.mark.parametrize(
    "name",
    [
        "Xi Jinping", "Gao Hang", "Alessandro Enrico Cogo", "Stéphanie Carre", "Zhang Fan",
        "Guan Rui", "Wang Zhicheng", "Liu Hua", "Gao Yunfei", "Zhao Xiuling", "Zheng Wei",
        "Hu Kaizhong", "Benjamin Ng", "Ignacio de Castro", "Xu Guojian", "Ran Handong",
        "Geoff Hussey", "Yan Bo", "Francis Gurry", "Sylvie Forbin", "Yu Cike", "Zhou Qing",
        "Shi Jiang", "Wu Guanyong", "Jiang Bo", "Scot Morris", "Guan Jun", "Zeng Jin",
        "Liu Ping", "Zhou Yaping", "Zhang Hongbo", "Shi Wenxia", "Wang Ying", "Jia Ding",
        "Zhang Yilin", "Fang Dongqing", "Wang Min", "Wen Huasheng", "Cui Tingqi",
        "Bi Bingbin", "Chen Xuhan", "Lu Yi",
    ],
)  # fmt: skip
def test_every_person_named_in_the_articles_is_there(bundled: Path, name: str) -> None:
    names = {p.name for p in load(bundled).people.values()}
    assert name in names


def test_typo_in_article_is_kept_in_quote_and_corrected_in_field(bundled: Path) -> None:
    facts = load(bundled)
    roles = [r for r in facts.roles.values() if "Directorof" in r.quote]
    assert roles
    assert all("Directorof" not in r.title for r in roles)
