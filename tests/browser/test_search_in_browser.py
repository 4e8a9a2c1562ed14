"""The Search page in Chromium: a concordance aligned on its keyword, paging and the URL, the
export of every match, both interface languages (screenshots in ``artifacts/screenshots``)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from browser_checks import presentation_forms, strip_bidi

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

#: Where each cell of a line sits, and where the words before the keyword end.
GEOMETRY_JS = """rows => rows.map(tr => {
  const box = el => el.getBoundingClientRect();
  const pre = tr.querySelector('td.pre'), kw = tr.querySelector('td.kw'), post = tr.querySelector('td.post');
  return {pre: [box(pre).left, box(pre).right], kw: [box(kw).left, box(kw).right],
          post: [box(post).left, box(post).right], preText: [box(pre.firstElementChild).left, box(pre.firstElementChild).right],
        };
})"""


def totals(page) -> tuple[int, int, int]:
    caption = page.get_by_text(re.compile(r"occurrences in \d+ articles")).inner_text()
    return tuple(int(n) for n in re.search(r"(\d+) occurrences in (\d+) articles · (\d+) distinct", caption).groups())


def test_lines_are_aligned_on_the_keyword_right_to_left(tab, screenshots):
    tab.open("search", q="في")
    page = tab.page
    rows = page.locator("table.concordance tr")
    assert rows.count() == 50
    cells = rows.evaluate_all(GEOMETRY_JS)
    kw_lefts, kw_rights = [c["kw"][0] for c in cells], [c["kw"][1] for c in cells]
    assert max(kw_lefts) - min(kw_lefts) < 1 and max(kw_rights) - min(kw_rights) < 1  # one keyword column
    for c in cells:
        # right to left: the words before the keyword on its right, the words after on its left
        assert c["pre"][0] >= c["kw"][1] - 1 and c["post"][1] <= c["kw"][0] + 1
        # the words before end against the keyword (a long context is cut at the far, right edge)
        assert c["preText"][0] - c["pre"][0] < 8
    assert tab.exceptions() == [] and tab.real_console_errors() == []
    tab.screenshot(screenshots / "search-en.png")


def test_paging_is_in_the_url_and_a_link_opens_the_same_page(tab):
    tab.open("search", q="في", sort="newest")
    page = tab.page
    assert totals(page)[2] > 100  # lines: more than two pages
    first_page = strip_bidi(page.locator("table.concordance tr").first.inner_text())
    box = page.locator(".st-key-se_page input")
    box.fill("3")
    tab.rerun(lambda: box.press("Enter"))
    query = parse_qs(urlparse(page.url).query)
    assert query["q"] == ["في"] and query["sort"] == ["newest"] and query["p"] == ["3"]
    assert page.get_by_text(re.compile(r"Lines 101–\d+ of")).count() == 1
    third_page = strip_bidi(page.locator("table.concordance tr").first.inner_text())
    assert third_page != first_page

    shared = page.url  # a colleague opens the link
    tab.page.goto(shared)
    tab.settle()
    assert strip_bidi(page.locator("table.concordance tr").first.inner_text()) == third_page
    assert page.locator(".st-key-se_q input").input_value() == "في"


def test_the_export_holds_every_match_not_the_page(tab):
    tab.open("search", q="في")
    page = tab.page
    matches, articles, lines = totals(page)
    with page.expect_download(timeout=30_000) as info:
        page.locator(".st-key-se_csv button").click()
    download = info.value
    data = Path(download.path()).read_bytes()
    assert data[:3] == b"\xef\xbb\xbf"
    text = data[3:].decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == matches and len({r["doc_id"] for r in rows}) == articles
    assert {r["line"] for r in rows} == {str(n) for n in range(1, lines + 1)}
    assert presentation_forms(text) == []


def test_the_arabic_interface(tab, screenshots):
    tab.open("search", q="روسيا", lang="ar")
    page = tab.page
    assert page.locator("table.concordance tr").count() > 0
    caption = page.get_by_text(re.compile("المواضع:")).inner_text()
    assert "occurrences" not in caption
    assert presentation_forms(page.locator("table.concordance").inner_html()) == []
    assert tab.exceptions() == []
    tab.screenshot(screenshots / "search-ar.png")


def test_on_a_phone_the_article_goes_under_its_line(tab, screenshots):
    tab.page.set_viewport_size({"width": 390, "height": 900})
    tab.open("search", q="روسيا")
    rows = tab.page.locator("table.concordance tr")
    boxes = rows.first.evaluate(
        """tr => ['td.pre', 'td.kw', 'td.post', 'td.doc'].map(s => tr.querySelector(s).getBoundingClientRect())
                 .map(b => ({left: b.left, right: b.right, top: b.top, bottom: b.bottom}))"""
    )
    pre, kw, post, doc = boxes
    assert doc["top"] >= kw["bottom"] - 1  # under the line, the line keeps the width
    assert pre["left"] >= kw["right"] - 1 and post["right"] <= kw["left"] + 1  # still right to left
    assert post["left"] >= 0 and pre["right"] <= 390
    tab.page.screenshot(path=str(screenshots / "search-390.png"))


def test_a_word_in_the_other_house_spelling_finds_the_corpus_spelling(tab, screenshots):
    """The seeds write «الأميركية» (with ي): an analyst who types the other spelling, «الأمريكية», reads
    the same lines, the keyword as the article writes it."""
    tab.open("search", q="الأمريكية")
    page = tab.page
    keywords = [strip_bidi(t) for t in page.locator("table.concordance td.kw").all_inner_texts()]
    assert keywords and all("الأميركية" in k for k in keywords), keywords
    assert totals(page)[0] == len(keywords)  # every match is one of the seeds' «الأميركية»
    tab.open("search", q="الأميركية")
    assert totals(tab.page)[0] == len(keywords)  # the same lines either way
    assert tab.exceptions() == []
