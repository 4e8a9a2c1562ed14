"""Arabic as the analyst sees it: logical order, no presentation forms, right to left on screen.

String checks strip the bidi controls the charts add (RLE…PDF) and compare with the text of
the seeds; geometry checks read per-character boxes from Chromium's layout, so a label that
is reversed, reshaped into presentation forms, or laid out left to right fails.
"""

from __future__ import annotations

import arabic_reshaper
import pytest
from bidi.algorithm import get_display
from browser_checks import (
    HTML_CHAR_BOXES_JS,
    PLOT_TEXTS_JS,
    SVG_CHAR_BOXES_JS,
    chart_point,
    presentation_forms,
    rtl_problems,
    strip_bidi,
)
from live_page import VIEWPORT

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

TITLE_000 = "التقارب الروسي التركي يترجم إلى تبادل أدوار بينهما في الشمال السوري"
DOC_000 = "000_4404655001853660"
DOC_001 = "001_1a97961f7f7f0c07"
#: The timeline's hover text of the event of 001 on يوم الاثنين wraps the sentence; this is
#: one of its lines, Arabic with Latin-and-digit road names in the middle.
HOVER_LINE = "سراقب، وهي بلدة تقع عند تقاطع الطرق السريعة M4 وM5 المهمة"
M4_LABEL_AR = "الطريق الدولي أم 4"
M4_LABEL_BOTH = "M4 highway (Aleppo–Latakia) · الطريق الدولي أم 4"


def plot_texts(page) -> list[str]:
    return [strip_bidi(s) for s in page.evaluate(PLOT_TEXTS_JS)]


def assert_no_presentation_forms(page) -> None:
    assert presentation_forms(page.content()) == []
    assert presentation_forms("\n".join(page.evaluate(PLOT_TEXTS_JS))) == []


# --- strings in logical order -------------------------------------------------------------


def test_article_title_and_text_in_logical_order(opened_page):
    tab = opened_page("articles", doc=DOC_000)  # read only
    page = tab.page
    assert strip_bidi(page.locator(".article-title").inner_text()).strip() == TITLE_000
    # the article picker shows the same title
    picker = page.locator(".st-key-ar_doc")
    shown = picker.inner_text() + " ".join(picker.locator("input").evaluate_all("els => els.map(e => e.value)"))
    assert TITLE_000 in strip_bidi(shown)
    reader = strip_bidi(page.locator(".st-key-article_reader .rtl-text").inner_text())
    assert "محادثات مع نظيره التركي مولود جاويش أوغلو في موسكو" in reader
    assert page.locator(".st-key-article_reader mark.hl-actor", has_text="جاويش أوغلو").count() >= 1
    assert_no_presentation_forms(page)
    assert tab.exceptions() == []


def test_overview_charts_and_sidebar_options_in_logical_order(tab):
    tab.open("")
    page = tab.page
    texts = plot_texts(page)
    for label in ("Russia · روسيا", "Turkey · تركيا", "Idlib · إدلب", M4_LABEL_BOTH):
        assert label in texts, f"{label!r} not among the chart labels {texts[:40]}"
    assert_no_presentation_forms(page)

    combo = page.locator(".st-key-f_actors input")
    combo.click()
    options = page.locator('[role="listbox"] [role="option"]')
    options.first.wait_for()
    names = [strip_bidi(s).strip() for s in options.all_inner_texts()]
    assert "Russia · روسيا" in names and "Turkey · تركيا" in names, names
    assert_no_presentation_forms(page)
    page.keyboard.press("Escape")


def test_arabic_interface(opened_page, screenshots):
    """``?lang=ar``: Arabic headings and chart labels, the app laid out right to left."""
    tab = opened_page("", lang="ar")  # read only
    page = tab.page
    tab.screenshot(screenshots / "overview-ar.png")
    assert strip_bidi(page.locator('[data-testid="stMain"] h1').first.inner_text()).strip() == "نظرة عامة"
    assert page.evaluate("getComputedStyle(document.querySelector('.stApp')).direction") == "rtl"
    texts = plot_texts(page)
    assert "روسيا" in texts and M4_LABEL_AR in texts, texts[:40]
    assert_no_presentation_forms(page)
    assert tab.exceptions() == []


# --- geometry --------------------------------------------------------------------------------

#: Each subplot title (annotation) of the chart under ``selector``: its text and its box on screen.
ANNOTATION_BOXES_JS = """(selector) => [...document.querySelectorAll(selector + ' text.annotation-text')]
    .map(t => { const r = t.getBoundingClientRect();
                return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })"""


@pytest.mark.parametrize("query", [{"lang": "ar"}, {}], ids=["arabic-interface", "english-interface"])
def test_the_themes_titles_of_the_overview_do_not_run_into_each_other(opened_page, query):
    """Each theme's title stands over its own column of the Overview's grid: on one line, when the grid
    stood in half the page, a title of three terms ran into its neighbour's (الموضوع 1 · منبج، قسد، المنطقةالموضوع 2 · …)."""
    tab = opened_page("", **query)  # read only
    boxes = [b for b in tab.page.evaluate(ANNOTATION_BOXES_JS, ".st-key-ov_themes") if b["right"] > b["left"]]
    assert len(boxes) >= 2, boxes
    for k, a in enumerate(boxes):
        for b in boxes[k + 1 :]:
            apart = (
                a["right"] <= b["left"] or b["right"] <= a["left"] or a["bottom"] <= b["top"] or b["bottom"] <= a["top"]
            )
            assert apart, f"{a['text']!r} runs into {b['text']!r}"


@pytest.mark.parametrize(
    ("query", "label"),
    [({"lang": "ar"}, M4_LABEL_AR), ({}, M4_LABEL_BOTH)],
    ids=["arabic-interface", "english-interface"],
)
def test_mixed_chart_label_reads_right_to_left(opened_page, query, label):
    """The regions bar on the overview: in ``الطريق الدولي أم 4`` the first letter is the
    rightmost and the 4 sits at the left end; in the bilingual label the English comes first
    (left) and the Arabic part keeps its own right-to-left order."""
    tab = opened_page("", **query)  # read only
    boxes = tab.page.evaluate(SVG_CHAR_BOXES_JS, [".st-key-ov_regions", label])
    assert boxes is not None, f"{label!r} not in the regions chart: {plot_texts(tab.page)}"
    arabic = boxes[label.index("ا") :]
    assert rtl_problems(arabic, tail="4") == []
    if label == M4_LABEL_BOTH:
        english = boxes[: label.index("·")]
        assert max(b["right"] for b in english) < min(b["left"] for b in arabic), (
            "the Arabic part is not right of the English"
        )
        assert [b["ch"] for b in sorted(english, key=lambda b: b["centre"])][:2] == ["M", "4"]


def test_hover_line_with_latin_reads_right_to_left(tab):
    """The timeline hover of an event of 001: ``… السريعة M4 وM5 المهمة`` shows M4 left of
    السريعة and right of المهمة (laid out left to right, M4 would come right of السريعة)."""
    tab.open("timeline")
    page = tab.page
    hover_event(page, f"{DOC_001}:2")
    boxes = page.evaluate(SVG_CHAR_BOXES_JS, [".st-key-tl_chart", HOVER_LINE])
    assert boxes is not None, "hover line not found: " + " | ".join(plot_texts(page))
    assert rtl_problems(boxes) == []
    at = HOVER_LINE.index
    before, m4, after = boxes[at("السريعة") : at("السريعة") + 7], boxes[at("M4") : at("M4") + 2], boxes[at("المهمة") :]
    assert max(b["right"] for b in m4) <= min(b["left"] for b in before) + 0.5, "M4 is not left of السريعة"
    assert min(b["left"] for b in m4) >= max(b["right"] for b in after) - 0.5, "M4 is not right of المهمة"
    assert m4[0]["centre"] < m4[1]["centre"], "M4 itself is not left to right"


def test_an_arabic_hover_line_has_its_key_on_the_right(tab):
    """The Arabic timeline's weekly counts: the hover line ``الأحداث: 3`` reads from the right, the
    key first (laid out left to right it showed ``الأحداث`` at the left and the count after it)."""
    tab.open("timeline", lang="ar")
    page = tab.page
    bar = page.locator(".st-key-tl_counts .js-plotly-plot .point path").first
    bar.scroll_into_view_if_needed()
    box = bar.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2 - 20)
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=5)
    page.locator(".st-key-tl_counts .hoverlayer .hovertext").first.wait_for(timeout=10_000)
    hover = strip_bidi(page.locator(".st-key-tl_counts .hoverlayer .hovertext").first.text_content())
    count = hover.split("الأحداث: ", 1)[1][:1]
    assert count.isdigit(), hover
    boxes = page.evaluate(SVG_CHAR_BOXES_JS, [".st-key-tl_counts", f"الأحداث: {count}"])
    assert boxes is not None, hover
    key, number = boxes[: len("الأحداث")], boxes[-1]
    assert number["right"] <= min(b["left"] for b in key) + 0.5, "the count is not left of its key"
    assert rtl_problems(key) == []


def hover_event(page, event_id: str) -> None:
    """Move the mouse onto the timeline marker of ``event_id`` and wait for its hover label."""
    point = chart_point(page, "tl_chart", event_id, kind="scatter", holding=True)  # a mark holds its events
    assert point is not None, f"no timeline marker for {event_id}"
    page.mouse.move(point["x"] - 30, point["y"] - 30)
    page.mouse.move(point["x"], point["y"], steps=5)
    page.locator(".st-key-tl_chart .hoverlayer .hovertext").first.wait_for(timeout=10_000)


def test_reader_paragraph_reads_right_to_left(opened_page):
    """HTML: in the reader the first letter of the title is right of the second, and in the
    hostile article ``الطريق الدولي M4`` ends with M4 at its left."""
    tab = opened_page("articles", doc=DOC_000)  # read only
    boxes = tab.page.evaluate(HTML_CHAR_BOXES_JS, [".article-title", TITLE_000])
    assert boxes is not None
    assert rtl_problems(boxes) == []

    tab = opened_page("articles", doc="999_hostile")
    boxes = tab.page.evaluate(HTML_CHAR_BOXES_JS, [".st-key-article_reader .rtl-text p", "الطريق الدولي M4"])
    assert boxes is not None
    assert len({round(b["top"]) for b in boxes}) == 1, "the phrase wraps; widen the viewport"
    assert rtl_problems(boxes, tail="M4") == []


# --- the checks themselves can fail ------------------------------------------------------


def test_checks_reject_broken_arabic(browser):
    """What the old recipe (reshape + visual order) or a left-to-right layout produces is caught."""
    visual = get_display(arabic_reshaper.reshape("الطريق الدولي M4"))
    assert presentation_forms(visual), "reshaped text must be reported"
    page = browser.new_page()
    try:
        page.set_content(
            '<div class="ltr"><svg width="700" height="60"><text x="10" y="40">الطريق الدولي M4</text></svg></div>'
            '<div class="ok"><svg width="700" height="60"><text x="10" y="40">\u202bالطريق الدولي M4\u202c</text></svg></div>'
            '<p class="ltr" dir="ltr">الطريق الدولي M4</p><p class="visual" dir="rtl">'
            + strip_bidi(get_display("الطريق الدولي M4"))
            + '</p><p class="ok" dir="rtl">الطريق الدولي M4</p>'
        )
        ok = page.evaluate(SVG_CHAR_BOXES_JS, [".ok", "الطريق الدولي M4"])
        ltr = page.evaluate(SVG_CHAR_BOXES_JS, [".ltr", "الطريق الدولي M4"])
        assert rtl_problems(ok, tail="M4") == []
        assert rtl_problems(ltr, tail="M4") != []
        assert rtl_problems(page.evaluate(HTML_CHAR_BOXES_JS, ["p.ok", "الطريق الدولي M4"]), tail="M4") == []
        assert rtl_problems(page.evaluate(HTML_CHAR_BOXES_JS, ["p.ltr", "الطريق الدولي M4"]), tail="M4") != []
        # visual order cannot be told by geometry (the browser lays out whatever it gets):
        # the string comparison catches it
        assert strip_bidi(page.locator("p.visual").inner_text()) != "الطريق الدولي M4"
    finally:
        page.close()


def test_the_arabic_sidebar_folds_to_the_right_and_leaves_nothing_over_the_page(tab, screenshots):
    """The sidebar is at the right in Arabic: its fold arrow points right and its unfold arrow left
    (Streamlit draws them for a left sidebar), and folded it leaves no strip of itself over the page
    (it shrinks in place to no width: its 40 px of content stayed in sight, over the cards)."""
    tab.open("", lang="ar")
    page = tab.page
    icon_transform = (
        "(sel) => getComputedStyle(document.querySelector(sel + ' [data-testid=stIconMaterial]')).transform"
    )
    page.locator('[data-testid="stSidebarHeader"]').hover()
    assert page.evaluate(icon_transform, '[data-testid="stSidebarCollapseButton"]') == "matrix(-1, 0, 0, 1, 0, 0)"
    page.locator('[data-testid="stSidebarCollapseButton"] button').click()
    expand = page.locator('[data-testid="stExpandSidebarButton"]')
    expand.wait_for(timeout=10_000)
    assert page.evaluate(icon_transform, '[data-testid="stExpandSidebarButton"]') == "matrix(-1, 0, 0, 1, 0, 0)"
    page.wait_for_timeout(600)  # the fold's transition
    assert not page.locator('[data-testid="stSidebarNav"]').is_visible()
    tab.screenshot(screenshots / "sidebar-folded-ar.png")
    expand.click()
    page.locator('[data-testid="stSidebarNav"]').wait_for(state="visible", timeout=10_000)
    assert page.locator('[data-testid="stSidebar"]').bounding_box()["x"] > VIEWPORT["width"] / 2  # at the right
