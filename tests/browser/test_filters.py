"""The sidebar's actor filter changes what the charts draw, and the URL carries it.

One actor is chosen once (module fixture) on the overview, the way an analyst does it: type in
the multiselect, click the option. Sergey Lavrov is mentioned in three of the six articles, so
the selection shrinks (Russia and Turkey are in every article and would change nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

import pytest
from browser_checks import select_options, sidebar_choices, strip_bidi
from live_page import VIEWPORT, Tab

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

ACTOR_ID = "lavrov"
ACTOR_OPTION = "Sergey Lavrov · سيرغي لافروف"

#: Every chart's data as plain values (x, y, z, text of each trace), keyed by the chart's
#: Streamlit key, so two states of the page can be compared.
CHART_DATA_JS = """() => Object.fromEntries(
  Array.from(document.querySelectorAll('[data-testid="stElementContainer"][class*="st-key-"]'))
    .filter(el => el.querySelector(':scope .js-plotly-plot'))
    .map(el => [el.className.match(/st-key-(\\S+)/)[1],
                JSON.stringify(el.querySelector('.js-plotly-plot').data.map(t => [t.x, t.y, t.z, t.text]))]))"""


@dataclass
class Chosen:
    before_line: str
    before_charts: dict
    after_line: str
    after_charts: dict
    url: str
    tags: list


def selection_line(tab) -> str:
    return strip_bidi(tab.page.locator(".selection-line").inner_text()).split("\n")[0].strip()


def actor_tags(tab) -> list[str]:
    """The chosen actors as the multiselect shows them (its tags)."""
    tags = tab.page.locator('.st-key-f_actors [data-testid="stMultiSelectTag"]')
    if tags.count() == 0:  # older markup: the tags are the spans of the tag container
        tags = tab.page.locator('.st-key-f_actors [data-testid="stMultiSelectTagsContainer"] span[title]')
    return [strip_bidi(t).strip() for t in tags.all_inner_texts()]


@pytest.fixture(scope="module")
def chosen(browser, server) -> Chosen:
    context = browser.new_context(viewport=VIEWPORT)
    try:
        tab = Tab(page=context.new_page(), base=server)
        tab.open("")
        before = (selection_line(tab), tab.page.evaluate(CHART_DATA_JS))
        tab.choose(".st-key-f_actors input", "Lavrov", typed="Lavrov")
        tab.page.keyboard.press("Escape")
        tab.settle()
        return Chosen(
            before_line=before[0],
            before_charts=before[1],
            after_line=selection_line(tab),
            after_charts=tab.page.evaluate(CHART_DATA_JS),
            url=tab.page.url,
            tags=actor_tags(tab),
        )
    finally:
        context.close()


def counts(line: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", line)]


def test_choosing_an_actor_changes_the_charts(chosen):
    assert chosen.tags == [ACTOR_OPTION]
    assert counts(chosen.before_line)[:2] == [6, 6], chosen.before_line
    docs, all_docs = counts(chosen.after_line)[:2]
    assert (docs, all_docs) == (3, 6), chosen.after_line
    assert chosen.after_line != chosen.before_line
    assert set(chosen.after_charts) == set(chosen.before_charts), "the same charts, before and after"
    changed = [k for k in chosen.before_charts if chosen.before_charts[k] != chosen.after_charts[k]]
    assert {"ov_actors", "ov_regions", "ov_timeline"} <= set(changed), f"charts whose data changed: {changed}"


def test_url_carries_the_filter_and_restores_it(chosen, browser, server):
    query = parse_qs(urlparse(chosen.url).query)
    assert query.get("actors") == [ACTOR_ID], chosen.url

    context = browser.new_context(viewport=VIEWPORT)  # a new session, as for a shared link
    try:
        tab = Tab(page=context.new_page(), base=server)
        tab.page.goto(chosen.url)
        tab.settle()
        assert actor_tags(tab) == [ACTOR_OPTION]
        assert selection_line(tab) == chosen.after_line
        assert tab.page.evaluate(CHART_DATA_JS) == chosen.after_charts
        assert parse_qs(urlparse(tab.page.url).query).get("actors") == [ACTOR_ID]
        assert tab.exceptions() == []
    finally:
        context.close()


# --- a documented link, in the Arabic interface, across a page switch -------------------------

#: The README's link (``sources`` left out: the hostile corpus' only other source is markup).
#: On the hostile corpus: Idlib in 001, 002, 003 and 999, published in the range: 001, 003.
DOCUMENTED = {
    "actors": "russia,turkey", "mode": "all", "regions": "idlib", "from": "2019-01-01", "to": "2020-12-31",
    "types": "strike,talks", "lang": "ar",
}  # fmt: skip

#: What the sidebar shows for that link in Arabic, widget key → chosen values.
SIDEBAR_AR = {
    "f_actors": ["روسيا · Russia", "تركيا · Turkey"],
    "f_regions": ["إدلب › شمال غرب سوريا › شمال سوريا › سوريا"],  # a place shows the places above it
    "f_types": ["غارات وقصف ومعارك", "محادثات واجتماعات"],
    "f_mode": ["جميعهم"],
    "lang": ["العربية"],
    "f_dates": ["2019-01-01", "2020-12-31"],
}


def sidebar_state(tab) -> dict[str, list[str]]:
    return sidebar_choices(tab.page, SIDEBAR_AR)


def url_params(tab) -> dict[str, list[str]]:
    return parse_qs(urlparse(tab.page.url).query)


def test_a_documented_link_keeps_its_filters_and_language_across_pages(tab, screenshots):
    tab.open("", **DOCUMENTED)
    page = tab.page
    assert strip_bidi(page.locator('[data-testid="stMain"] h1').first.inner_text()).strip() == "نظرة عامة"
    assert sidebar_state(tab) == SIDEBAR_AR
    assert selection_line(tab).startswith("الاختيار: مقالتان من 6 "), selection_line(tab)
    assert url_params(tab) == {k: [v] for k, v in DOCUMENTED.items()}
    page.set_viewport_size({"width": VIEWPORT["width"], "height": 1800})  # the whole sidebar, for a person to look at
    tab.settle()
    page.locator('[data-testid="stSidebar"]').screenshot(path=str(screenshots / "sidebar-ar-filters.png"))
    page.set_viewport_size(VIEWPORT)

    for path, heading in (("actors", "الفاعلون"), ("timeline", "الخط الزمني")):
        link = page.locator(f'[data-testid="stSidebarNav"] a[data-testid="stSidebarNavLink"][href$="/{path}"]')
        tab.rerun(link.click)
        assert urlparse(page.url).path.strip("/") == path
        assert strip_bidi(page.locator('[data-testid="stMain"] h1').first.inner_text()).strip() == heading
        assert sidebar_state(tab) == SIDEBAR_AR, path
        assert selection_line(tab).startswith("الاختيار: مقالتان من 6 "), (path, selection_line(tab))
        assert url_params(tab) == {k: [v] for k, v in DOCUMENTED.items()}, (path, page.url)
    assert tab.exceptions() == []


# --- a filter keeps the places below what it names -------------------------------------------

#: The hostile corpus' articles that name north-west Syria or a place in it (Idlib, Saraqib...), as
#: the reader's picker labels them (a title, else the first line; cut at 70 characters): 003 names
#: the region itself; 001 and 002 only places inside it; 999 only Idlib.
NORTHWEST = {
    "كشفت محادثات بين تركيا وروسيا جرت في موسكو، اليوم السبت، عن اتفاقا بي…",  # 001
    "منذ نيسان/ أبريل الماضي، شنت قوات النظام السوري مدعومة بالمقاتلات الر…",  # 002
    "استئناف الغارات على إدلب يفند التنسيق بين موسكو وأنقرة",  # 003
    '<script>alert(1)</script> روسيا وتركيا <a href="javascript:alert(1)">…',  # 999
}
DOC_003 = "003_864faea840389226"  # opened in the reader, so the picker offers the selection only


def reader_options(tab) -> set[str]:
    """The articles the Articles page's reader offers (the selection's), as its picker lists them."""
    return select_options(tab.page, "ar_doc")


def test_a_region_keeps_the_articles_that_name_only_a_place_inside_it(tab):
    """README: "A region or actor filter keeps every place below what is selected". Only 003 names
    north-west Syria; the filter keeps the four articles that name it or a place inside it."""
    tab.open("articles", doc=DOC_003)
    tab.choose(".st-key-f_regions input", re.compile(r"^North-west Syria\b"), typed="North-west")
    tab.page.keyboard.press("Escape")
    tab.settle()
    assert counts(selection_line(tab))[:2] == [4, 6], selection_line(tab)
    assert reader_options(tab) == NORTHWEST
    assert parse_qs(urlparse(tab.page.url).query).get("regions") == ["northwest_syria"]
    assert tab.exceptions() == []
