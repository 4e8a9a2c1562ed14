"""A corpus whose last analysis failed, in real Chromium, as the README says: opening it shows why
instead of the pages (the analysis is not started again by the visit), and «Analyse again» analyses it
and shows the Overview. The screenshot ``artifacts/screenshots/stalled-corpus-ar.png`` is for a person
to look at.
"""

from __future__ import annotations

import pytest
from browser_checks import presentation_forms, strip_bidi
from conftest import new_tab, streamlit_server

import analysis.store.database as database
from analysis.store.database import Store

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

NAME = "محلي"
TEXT = "قال وزير الخارجية الروسي أمس إن موسكو وأنقرة اتفقتا على وقف إطلاق النار في إدلب."


@pytest.fixture(scope="module")
def failed_server(tmp_path_factory):
    """A server whose store holds ``محلي``, whose analysis raised (as one that runs out of memory)."""
    work = tmp_path_factory.mktemp("stalled")
    store = Store(work / "data")
    store.add_article(NAME, TEXT, title="أ", date="2020-03-05")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(database, "analyse", lambda *a, **k: (_ for _ in ()).throw(MemoryError("Unable to allocate")))
        with pytest.raises(MemoryError):
            store.tables(NAME)
    with streamlit_server(work, {}) as base:
        yield base, store


def test_the_page_says_why_and_analyse_again_opens_the_corpus(browser, failed_server, screenshots):
    base, store = failed_server
    tab, context = new_tab(browser, base)
    try:
        tab.open(corpus=NAME, lang="ar")
        page = tab.page
        main = strip_bidi(page.locator('[data-testid="stMain"]').inner_text())
        assert "لم يكتمل تحليل هذه المدوّنة" in main
        assert "MemoryError: Unable to allocate" in main
        assert not presentation_forms(page.content())
        tab.screenshot(screenshots / "stalled-corpus-ar.png")
        assert store.pending()[NAME].attempts == 1  # the visit did not analyse it again

        tab.click(".st-key-stalled_again button")
        assert NAME not in store.pending()  # analysed, this time
        assert page.locator("h1", has_text="نظرة عامة").count() == 1
        assert not tab.exceptions()
    finally:
        context.close()
