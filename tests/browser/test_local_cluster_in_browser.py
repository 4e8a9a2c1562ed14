"""A corpus analysed on a LocalCluster inside ``streamlit run``, in real Chromium.

Streamlit installs the dashboard's script as the process's ``__main__``, and a spawned worker imports its
parent's ``__main__`` by path: each of the LocalCluster's workers ran ``dashboard/app.py``, which analysed the
corpus again and started a cluster of its own, until every worker failed to start ("An attempt has been made
to start a new process before the current process has finished its bootstrapping phase") and the page never
opened. A large corpus (5,000 articles or more) is analysed that way; ``DASK_SCHEDULER_ADDRESS=local`` sends the
seeds there too.
"""

from __future__ import annotations

import shutil

import pytest
from browser_checks import strip_bidi
from conftest import new_tab, streamlit_server
from repo_paths import SEEDS

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`


@pytest.fixture(scope="module")
def cluster_server(tmp_path_factory):
    work = tmp_path_factory.mktemp("cluster")
    corpus = work / "seeds"
    shutil.copytree(SEEDS, corpus)  # a corpus of its own: analysed by this server, not read from a cache
    with streamlit_server(work, {"ARABIC_NEWS_CORPUS": str(corpus), "DASK_SCHEDULER_ADDRESS": "local"}) as base:
        yield base, work


def test_a_corpus_analysed_on_a_local_cluster_opens_its_overview(browser, cluster_server):
    base, work = cluster_server
    tab, context = new_tab(browser, base)
    try:
        tab.open()
        page = tab.page
        assert page.locator("h1", has_text="Overview").count() == 1
        assert "Selection: 5 of 5 articles" in strip_bidi(page.locator(".selection-line").inner_text())
        assert not tab.exceptions()
    finally:
        context.close()
    logged = (work / "stderr.log").read_text("utf-8", "replace") + (work / "stdout.log").read_text("utf-8", "replace")
    assert "bootstrapping phase" not in logged and "Failed to start process" not in logged, logged[-3000:]
