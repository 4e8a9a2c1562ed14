"""The hostile article (``999_hostile``) stays text wherever it is shown.

Its title, source and body carry ``<script>alert(1)</script>``, ``<img src=x onerror=alert(1)>``
and ``<a href="javascript:alert(1)">``. Any of them turned into markup would either fire an
alert (recorded by the ``dialog`` handler of :class:`conftest.Tab`) or leave an element behind.
"""

from __future__ import annotations

import pytest
from browser_checks import chart_points, strip_bidi

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

HOSTILE = "999_hostile"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = '<a href="javascript:alert(1)">اضغط هنا</a>'
SOURCE = f"{IMG} مصدر"
TITLE = f"{SCRIPT} روسيا وتركيا {LINK}"

#: Elements the hostile markup would create if it were parsed, searched in the document and
#: in every open shadow root.
INJECTED_JS = """() => {
  const roots = [document];
  for (let i = 0; i < roots.length; i++)
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  const found = [];
  for (const root of roots) {
    for (const s of root.querySelectorAll('script')) if (s.textContent.includes('alert(1)')) found.push('script: ' + s.textContent.slice(0, 80));
    for (const img of root.querySelectorAll('img[src="x"], [onerror]')) found.push('img/onerror: ' + img.outerHTML.slice(0, 80));
    for (const a of root.querySelectorAll('a[href^="javascript:" i]')) found.push('link: ' + a.outerHTML.slice(0, 80));
  }
  return found;
}"""


def assert_inert(tab) -> None:
    assert tab.dialogs == [], f"an alert fired: {tab.dialogs}"
    for frame in tab.page.frames:
        assert frame.evaluate(INJECTED_JS) == [], f"markup from the article became DOM in {frame.url}"
    assert tab.page.locator('img[src="x"]').count() == 0
    assert tab.page.locator('a[href^="javascript:"]').count() == 0
    assert tab.exceptions() == []


def test_reader_shows_the_markup_as_text(tab):
    tab.open("articles", doc=HOSTILE)
    page = tab.page
    assert strip_bidi(page.locator(".article-title").inner_text()).strip() == TITLE
    assert SOURCE in strip_bidi(page.locator(".article-meta").inner_text())
    reader = page.locator(".st-key-article_reader .rtl-text")
    text = strip_bidi(reader.inner_text())
    for fragment in (f"{SCRIPT} مقال اختبار", IMG, LINK, '=HYPERLINK("http://example.com","x")'):
        assert fragment in text
    shown = reader.get_by_text(f"{SCRIPT} مقال اختبار")
    assert shown.count() == 1 and shown.is_visible()
    assert_inert(tab)


def test_term_search_and_its_link(tab):
    """Keyword in context around the hostile first line, then its article link."""
    tab.open("search")
    page = tab.page
    box = page.locator(".st-key-se_q input")
    box.fill("اختبار")
    tab.rerun(lambda: box.press("Enter"))
    rows = page.locator("table.concordance tr")
    assert rows.count() == 1
    row = strip_bidi(rows.first.inner_text())
    assert SCRIPT in row and "مقال" in row and "اختبار" in row
    link = rows.first.locator("td.doc a")
    assert strip_bidi(link.inner_text()).startswith(SCRIPT)
    assert f"doc={HOSTILE}" in link.get_attribute("href")
    assert_inert(tab)

    link.click()  # target=_self: a new page load on the articles page
    page.wait_for_url(f"**/articles?*doc={HOSTILE}*")
    tab.settle()
    assert strip_bidi(page.locator(".article-title").inner_text()).strip() == TITLE
    assert_inert(tab)


def test_timeline_hovers_and_table(tab):
    tab.open("timeline")
    page = tab.page
    chart = page.locator(".st-key-tl_chart .js-plotly-plot")
    chart.scroll_into_view_if_needed()
    tab.settle()
    points = [p for p in chart_points(page, "tl_chart") if p["type"] == "scatter"]  # labels carry no events
    hostile = [p for p in points if any(i.startswith(HOSTILE) for i in p["customdata"])]
    assert hostile, "the hostile article's event is not on the timeline"
    hover_texts = []
    for point in hostile:  # its mark (the others may lie under a neighbour's on a two-year axis)
        page.mouse.move(point["x"], point["y"])
        label = chart.locator(".hoverlayer .hovertext")
        label.first.wait_for(timeout=5_000)
        hover_texts.append(strip_bidi(label.first.text_content()))
        page.mouse.move(5, 5)
    assert any("اتصالا هاتفيا" in t for t in hover_texts)  # the hostile article's event
    # the events table draws on a canvas; its accessible cells (the DOM mirror of the visible
    # part) show the hostile article's row, the most recently published, at the top once the
    # grid is scrolled to the right
    grid = page.locator('.st-key-timeline_table [data-testid="stDataFrame"]')
    assert grid.count() == 1
    grid.locator(".dvn-scroller").evaluate("e => { e.scrollTop = 0; e.scrollLeft = e.scrollWidth; }")
    cells = grid.locator('[data-testid^="glide-cell-"]')
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('.st-key-timeline_table [data-testid^=\"glide-cell-\"]'))"
        ".some(c => c.textContent.includes('alert(1)'))",
        timeout=10_000,
    )
    titles = [strip_bidi(t) for t in cells.all_text_contents() if "alert(1)" in t]
    assert any(t.startswith(f"{SCRIPT} روسيا وتركيا") for t in titles), titles
    assert_inert(tab)


def test_the_grids_toolbar_offers_no_csv_of_its_own(tab):
    """The grid's own "Download as CSV" writes cells as they are (``=HYPERLINK(…)`` from an article
    would run in a spreadsheet): off (``client.disableDataExport``); the download under the table,
    which neutralises formulas, stays."""
    tab.open("timeline")
    page = tab.page
    grid = page.locator('.st-key-timeline_table [data-testid="stDataFrame"]')
    grid.scroll_into_view_if_needed()
    grid.hover()
    page.get_by_role("button", name="Search").first.wait_for(timeout=10_000)  # the toolbar is shown
    assert page.get_by_role("button", name="Download as CSV").count() == 0
    assert page.locator(".st-key-tl_table__csv button").count() == 1


def test_overview_source_and_sidebar_option(tab):
    """The hostile source name in the sources chart and in the sidebar's sources filter."""
    tab.open("")
    page = tab.page
    labels = [strip_bidi(t) for t in page.locator(".st-key-ov_sources svg text").all_text_contents()]
    assert SOURCE in labels, labels
    box = page.locator(".st-key-f_sources input")
    box.scroll_into_view_if_needed()
    box.click()
    box.fill("مصدر")  # typing opens the list, filtered, wherever the sidebar has scrolled
    option = page.locator('[role="listbox"] [role="option"]', has_text="مصدر")
    option.first.wait_for()
    assert strip_bidi(option.first.inner_text()).strip() == SOURCE
    page.keyboard.press("Escape")
    assert_inert(tab)


def test_actor_evidence_links(tab):
    """The evidence sentences of an actor link to their articles by title (escaped). The
    hostile source, passed in the URL, narrows the view to the hostile article."""
    tab.open("actors", sources=SOURCE)
    page = tab.page
    assert strip_bidi(page.locator(".selection-line").inner_text()).startswith("Selection: 1 of 6 articles")
    tab.choose(".st-key-ev_a input", "Russia", typed="Russia")
    evidence = page.locator(".st-key-evidence_list")
    links = evidence.locator(f'a[href*="doc={HOSTILE}"]')
    assert links.count() >= 1
    assert strip_bidi(links.first.inner_text()).startswith(SCRIPT)
    assert IMG in strip_bidi(evidence.inner_text())  # the sentence that carries it
    assert_inert(tab)


def test_inert_check_sees_live_markup(browser):
    """The check itself: the same markup parsed as HTML is found (and its alert recorded)."""
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.set_content(f"<div>{SCRIPT}{IMG}{LINK}</div>")
        page.wait_for_timeout(300)
        found = page.evaluate(INJECTED_JS)
        assert [f.split(":")[0] for f in found] == ["script", "img/onerror", "link"], found
        assert dialogs, "the live markup should have fired an alert"
    finally:
        page.close()
