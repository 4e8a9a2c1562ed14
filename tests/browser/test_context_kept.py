"""Context is kept (issue 12), in real Chromium: the corpus, the filters and a page's own choices
survive a language switch, a page change and a reload, and are all in the URL; a link naming
something the corpus does not have says what it dropped; a chart added to a named briefing is
there after a reload and in a colleague's fresh browser, who can rename it and delete it.

The server shows the hostile corpus (given by path, the default); ``corpus=seed`` is the article
store's seed corpus, a second corpus. Screenshots ``context-kept-ar.png``, ``link-notice-en.png``,
``link-notice-ar.png``, ``briefing-stored-en.png`` and ``briefing-stored-ar.png`` are for a person to
look at.
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlparse

import pytest
from browser_checks import sidebar_choices, strip_bidi
from live_page import VIEWPORT, Tab

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

#: The selected option of a segmented control (its button checked).
SEGMENT_JS = """(key) => Array.from(document.querySelectorAll('.st-key-' + key + ' button[aria-checked="true"]'))
  .map(b => b.innerText.trim())"""


def sidebar(tab) -> dict[str, list[str]]:
    keys = ("lang", "corpus", "f_actors", "f_regions", "f_mode")
    return sidebar_choices(tab.page, keys)


def url_params(tab) -> dict[str, list[str]]:
    return parse_qs(urlparse(tab.page.url).query)


def go_to(tab, path: str) -> None:
    link = tab.page.locator(f'[data-testid="stSidebarNav"] a[data-testid="stSidebarNavLink"][href$="/{path}"]')
    tab.rerun(link.click)
    assert urlparse(tab.page.url).path.strip("/") == path


def test_corpus_filters_and_page_choices_survive_language_page_and_reload(tab, screenshots):
    page = tab.page
    tab.open("", corpus="seed", actors="russia,turkey", mode="all", regions="idlib")
    assert sidebar(tab)["corpus"][0].startswith("seed · 5")
    assert "Selection: 3 of 5 articles" in strip_bidi(page.locator(".selection-line").inner_text())

    tab.rerun(page.locator(".st-key-lang label", has_text="العربية").click)  # the language first …
    go_to(tab, "actors")  # … then another page: the bug of issue 12 lost everything here
    expected = {
        "lang": ["العربية"],
        "corpus": ["seed · 5 مقالات"],
        "f_actors": ["روسيا · Russia", "تركيا · Turkey"],
        "f_regions": ["إدلب › شمال غرب سوريا › شمال سوريا › سوريا"],
        "f_mode": ["جميعهم"],
    }
    assert sidebar(tab) == expected
    assert strip_bidi(page.locator(".selection-line").inner_text()).startswith("الاختيار: 3 مقالات من 5")

    measure = page.locator(".st-key-ac_measure button", has_text="NPMI")
    tab.rerun(measure.click)
    params = {"corpus": ["seed"], "actors": ["russia,turkey"], "mode": ["all"], "regions": ["idlib"], "lang": ["ar"],
              "ac_measure": ["npmi"]}  # fmt: skip
    assert url_params(tab) == params

    go_to(tab, "timeline")
    assert "ac_measure" not in url_params(tab) and url_params(tab)["corpus"] == ["seed"]
    go_to(tab, "actors")  # back: the measure chosen there is back too
    assert url_params(tab) == params

    page.reload()  # a new session from the URL alone
    tab.settle()
    assert sidebar(tab) == expected
    assert page.evaluate(SEGMENT_JS, "ac_measure") == ["NPMI"]
    assert url_params(tab) == params
    tab.screenshot(screenshots / "context-kept-ar.png")
    assert tab.exceptions() == []


def test_a_link_with_an_unknown_actor_and_a_date_after_the_corpus_says_what_it_dropped(tab, screenshots):
    hostile = "<img src=x onerror=alert(1)>*x*"  # a link's value is data: shown as written, never run
    tab.open("actors", actors=f"russia,atlantis_army,{hostile}", ev_a="wagner_2", **{"from": "2031-01-01"})
    notice = strip_bidi(tab.page.locator(".st-key-link_notice").inner_text())
    assert f"Actors {hostile}: not found, left out" in notice
    assert tab.dialogs == [] and tab.page.locator(".st-key-link_notice img").count() == 0
    assert "This link names things this view does not have" in notice
    assert "Actors atlantis_army: not found, left out" in notice
    assert "Published from 2031-01-01: after the last article, 2021-03-02 used" in notice
    assert "wagner_2: not found, left out" in notice  # the evidence pair's first actor
    assert url_params(tab)["actors"] == ["russia"]  # the URL says what the view shows
    tab.screenshot(screenshots / "link-notice-en.png")


def test_the_link_notice_in_arabic(tab, screenshots):
    tab.open("", lang="ar", regions="idlib,أتلانتس", to="2019-02-31", corpus="مدونة محذوفة")
    notice = strip_bidi(tab.page.locator(".st-key-link_notice").inner_text())
    assert "يذكر هذا الرابط أشياء لا توجد في هذا العرض" in notice
    assert "المناطق أتلانتس: غير موجود، حُذف" in notice
    assert "تاريخ النشر إلى 2019-02-31: ليس تاريخًا" in notice
    assert "المدوّنة مدونة محذوفة: لا مدوّنة بهذا الاسم" in notice
    tab.screenshot(screenshots / "link-notice-ar.png")


BRIEFING = "إحاطة إدلب الصباحية"


def test_a_chart_added_to_a_named_briefing_is_there_after_a_reload_and_for_a_colleague(
    tab, browser, server, screenshots
):
    page = tab.page
    tab.open("briefing")
    page.locator(".st-key-brief_new_name input").fill(BRIEFING)
    tab.click(".st-key-brief_create button")
    assert url_params(tab)["brief"] == [BRIEFING]

    go_to(tab, "actors")
    tab.click(".st-key-ac_heatmap__exports .st-key-ac_heatmap__brief button")
    page.reload()
    tab.settle()
    go_to(tab, "briefing")
    listed = strip_bidi(page.locator(".st-key-briefing_list").inner_text())
    assert "co-mention" in listed.lower() and "Corpus: hostile_corpus" in listed, listed
    tab.screenshot(screenshots / "briefing-stored-en.png")

    context = browser.new_context(viewport=VIEWPORT, locale="en-US")  # a colleague, given the link
    try:
        colleague = Tab(page=context.new_page(), base=server).open(f"briefing?brief={quote(BRIEFING)}&lang=ar")
        listed = strip_bidi(colleague.page.locator(".st-key-briefing_list").inner_text())
        assert "الإشارات المشتركة" in listed and "المدوّنة: hostile_corpus" in listed, listed
        assert colleague.exceptions() == []
        colleague.screenshot(screenshots / "briefing-stored-ar.png")

        # the colleague renames it: the link follows the new name; then deletes it, its name typed again
        them = colleague.page
        manage = them.locator('[data-testid="stExpander"] summary', has_text="إعادة تسمية هذه الإحاطة أو حذفها")
        manage.click()
        them.locator(".st-key-brief_rename_to input").fill("إحاطة الاثنين")
        colleague.rerun(them.get_by_role("button", name="إعادة التسمية").click)
        assert "أُعيدت تسمية «إحاطة إدلب الصباحية» إلى «إحاطة الاثنين»" in strip_bidi(them.inner_text("body"))
        assert url_params(colleague)["brief"] == ["إحاطة الاثنين"]
        if not them.locator(".st-key-brief_delete_confirm input").is_visible():
            manage.click()  # the page above it changed (the notice): the section opens closed again
        them.locator(".st-key-brief_delete_confirm input").fill("إحاطة الاثنين")
        colleague.rerun(them.get_by_role("button", name="احذف الإحاطة").click)
        assert "حُذفت الإحاطة «إحاطة الاثنين»" in strip_bidi(them.inner_text("body"))
        assert "brief" not in url_params(colleague)
        assert colleague.exceptions() == []
    finally:
        context.close()
