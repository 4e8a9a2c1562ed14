"""A corpus analysed elsewhere and linked with ``import --from-build`` is browsed like any other:
every page runs on it, and the Search page finds in its texts (read through DuckDB from the build's
Parquet files) what it finds in the same articles imported into the store.
"""

from __future__ import annotations

import pytest
from app_runs import start
from repo_paths import SEEDS

from analysis.cli import main
from analysis.store.database import Store

NAME = "بناء خارجي"
PAGES = ["overview", "themes", "actors", "map", "timeline", "compare", "articles", "search", "corpora"]


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "seeds-run"
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.fixture
def linked(fresh_store, seed_build):
    Store(fresh_store).link_build(seed_build, NAME)
    return fresh_store


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_a_linked_build(linked, page):
    at = start(page=page, corpus=NAME)
    assert at.selectbox(key="corpus").value == NAME


def test_search_finds_in_the_builds_texts_what_it_finds_in_the_store(linked):
    # روسيا in the five seed articles: 25 occurrences (روسيا, وروسيا, لروسيا...), as in the seed corpus
    in_store = start(page="search", corpus="seed", q="روسيا")
    in_build = start(page="search", corpus=NAME, q="روسيا")
    totals = [c.value for c in in_build.caption if "occurrences" in c.value]
    assert totals == ["25 occurrences in 5 articles · 25 distinct lines (a line several articles share is shown once)"]
    assert totals == [c.value for c in in_store.caption if "occurrences" in c.value]
