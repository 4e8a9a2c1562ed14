"""A state chosen under Actors keeps the articles that name only places inside it, in real Chromium.

README: "a state is an actor: Yemen under Actors keeps the articles that name only Aden or Taiz".
``tests/fixtures/yemen_corpus`` is four short articles written for this: ``a`` names Yemen (اليمن،
اليمني), ``b`` only Aden (ميناء مدينة عدن), ``c`` only Taiz (مدينة تعز), ``d`` only Riyadh. An analyst
types "Yemen" in the Actors filter, chooses it, and reads which articles the Articles page offers.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from browser_checks import select_options, strip_bidi
from conftest import REPO, new_tab, streamlit_server

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

CORPUS = REPO / "tests" / "fixtures" / "yemen_corpus"

#: The titles of metadata.csv, as the reader's picker lists them.
TITLES = {
    "a": "الحكومة اليمنية مستعدة لمحادثات السلام",
    "b": "سفينة قمح وأدوية تصل إلى الميناء",
    "c": "قتلى مدنيون في قصف على أحياء سكنية",
    "d": "افتتاح معرض الكتاب",
}


@pytest.fixture(scope="module")
def yemen_server(tmp_path_factory):
    with streamlit_server(tmp_path_factory.mktemp("yemen"), {"ARABIC_NEWS_CORPUS": str(CORPUS)}) as base:
        yield base


@pytest.fixture
def ytab(browser, yemen_server):
    tab, context = new_tab(browser, yemen_server)
    yield tab
    context.close()


def selection_counts(tab) -> list[int]:
    """The selection line's figures: articles kept, articles in all, sentences, events."""
    line = strip_bidi(tab.page.locator(".selection-line").inner_text()).split("\n")[0]
    return [int(n) for n in re.findall(r"\d+", line)]


def reader_options(tab) -> set[str]:
    """The articles the Articles page's reader offers (the selection's), as its picker lists them."""
    return select_options(tab.page, "ar_doc")


def test_yemen_under_actors_keeps_the_articles_on_aden_and_taiz(ytab, screenshots):
    ytab.open("articles", doc="a")  # an article of the selection open, so the picker offers the selection only
    assert selection_counts(ytab) == [4, 4, 4, 3]
    assert reader_options(ytab) == set(TITLES.values())
    ytab.choose(".st-key-f_actors input", "Yemen · اليمن", typed="Yemen")
    ytab.page.keyboard.press("Escape")
    ytab.settle()
    # Aden's and Taiz's events are Yemen's too (a names Yemen in a sentence with no date)
    assert selection_counts(ytab) == [3, 4, 3, 2]
    assert reader_options(ytab) == {TITLES["a"], TITLES["b"], TITLES["c"]}  # Riyadh's is not kept
    assert parse_qs(urlparse(ytab.page.url).query).get("actors") == ["yemen"]
    ytab.screenshot(screenshots / "filter-yemen-actor.png")
    assert ytab.exceptions() == []


def test_aden_under_regions_keeps_its_article_only(ytab):
    """The other way round: a place keeps only the articles on it (and the places below it), not its state's."""
    ytab.open("articles", doc="b")
    ytab.choose(".st-key-f_regions input", re.compile(r"^Aden\b"), typed="Aden")
    ytab.page.keyboard.press("Escape")
    ytab.settle()
    assert selection_counts(ytab) == [1, 4, 1, 1]
    assert reader_options(ytab) == {TITLES["b"]}
    assert ytab.exceptions() == []
