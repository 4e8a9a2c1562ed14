"""A linked build too large to load, browsed in real Chromium through DuckDB (``dashboard/views/queried/``):
the hostile corpus (the seeds and 999_hostile) built by the command line, linked into the store of a
server whose limit is 2 articles (``$ARABIC_NEWS_MAX_LINKED_ARTICLES``), so it stands for a million.

As the README says: a click on a co-mention cell opens the sentences naming both, each marked; a
click on a bar of the most named actors opens that actor's sentences; the timeline lists the news
newest first; search finds every spelling; the article text stays text (its <script> and <img
onerror> never run). Screenshots ``queried-overview-en.png``, ``queried-actors-ar.png`` and
``queried-timeline-en.png`` are for a person to look at.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from browser_checks import chart_point, chart_points, loneliest, presentation_forms, strip_bidi
from conftest import CORPUS, REPO, new_tab, streamlit_server

from analysis.store.database import Store
from dashboard.i18n import t

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

NAME = "large-build"


@pytest.fixture(scope="module")
def queried_server(tmp_path_factory):
    work = tmp_path_factory.mktemp("queried")
    build = work / "build"
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "build", str(CORPUS), "--out", str(build), "--quiet"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    Store(work / "data").link_build(build, NAME)
    with streamlit_server(work, {"ARABIC_NEWS_MAX_LINKED_ARTICLES": "2"}) as base:
        yield base


@pytest.fixture
def qtab(browser, queried_server):
    tab, context = new_tab(browser, queried_server)
    yield tab
    context.close()


def click_point(tab, chart: str, want, **which) -> None:
    page = tab.page
    page.locator(f".st-key-{chart} .js-plotly-plot").scroll_into_view_if_needed()
    tab.settle()
    point = chart_point(page, chart, want, **which)
    assert point is not None, (chart, want)
    page.mouse.move(point["x"] - 25, point["y"] - 25)
    page.mouse.move(point["x"], point["y"], steps=5)
    page.locator(f".st-key-{chart} .hoverlayer .hovertext").first.wait_for(timeout=10_000)
    tab.rerun(lambda: page.mouse.click(point["x"], point["y"]))


def evidence(page) -> list[str]:
    return [" ".join(strip_bidi(t).split()) for t in page.locator(".st-key-evidence_list .evidence").all_inner_texts()]


def test_a_click_on_a_cell_opens_the_sentences_naming_both(qtab, screenshots):
    qtab.open("actors", corpus=NAME, lang="ar")
    page = qtab.page
    assert qtab.exceptions() == []
    assert page.locator(".st-key-evidence_list").count() == 0
    click_point(qtab, "qa_heatmap", ["russia", "turkey"], kind="scatter", name="cell targets")
    assert qtab.exceptions() == []
    texts = evidence(page)
    assert texts, "no sentence after a click on the Russia × Turkey cell"
    for block in page.locator(".st-key-evidence_list .evidence").all():  # each names both, each marked
        assert block.locator("mark.hl-pair_a").count() and block.locator("mark.hl-pair_b").count()
    marks = {strip_bidi(t) for t in page.locator(".st-key-evidence_list mark").all_inner_texts()}
    assert marks & {"روسيا", "موسكو", "الروسي"} and marks & {"تركيا", "أنقرة", "التركي"}, marks
    assert "russia" in page.locator(".st-key-qa_cell input").input_value().lower() or "روسيا" in strip_bidi(
        page.locator(".st-key-qa_cell input").input_value()
    )
    # the evidence's CSV, read from the build when the button is clicked: every row names both
    with page.expect_download(timeout=60_000) as info:
        page.locator(".st-key-qa_evidence_csv button").click()
    assert info.value.suggested_filename == "evidence-russia-turkey-sentence.csv"
    rows = list(csv.DictReader(io.StringIO(Path(info.value.path()).read_text("utf-8-sig"))))
    assert len(rows) == int(rows[0]["total"]) >= len(texts)
    assert all(r["text"] and r["doc_id"] for r in rows)
    # the matrix's SVG: Arabic as text, never reshaped presentation forms
    with page.expect_download(timeout=60_000) as info:
        page.locator(".st-key-qa_heatmap__svg button").click()
    svg = Path(info.value.path()).read_text("utf-8")
    assert "روسيا" in svg and presentation_forms(svg) == []
    qtab.screenshot(screenshots / "queried-actors-ar.png")
    assert presentation_forms(page.content()) == []
    assert qtab.real_console_errors() == []


def test_a_node_and_an_edge_of_the_network_open_their_sentences(qtab, screenshots):
    """The network of the most named actors: a node opens the sentences naming that actor, the middle
    of a line those naming the pair, under the network."""
    qtab.open("actors", corpus=NAME)
    page = qtab.page
    page.locator(".st-key-qa_network .js-plotly-plot").scroll_into_view_if_needed()
    qtab.settle()
    points = chart_points(page, "qa_network")
    node = loneliest(points, lambda p: p["name"] != "edge hover")
    click_point(qtab, "qa_network", node, kind="scatter")
    assert qtab.exceptions() == []
    blocks = page.locator(".st-key-entity_evidence_list .evidence").all()
    assert blocks and all(b.locator("mark").count() for b in blocks)  # every sentence names it, marked
    assert page.locator(".st-key-qa_entity input").input_value()
    edge = loneliest(chart_points(page, "qa_network"), lambda p: p["name"] == "edge hover")
    click_point(qtab, "qa_network", edge, kind="scatter", name="edge hover")
    assert qtab.exceptions() == []
    under = page.locator(".st-key-actors_evidence_network .evidence")
    assert under.count() > 0
    for block in under.all():
        assert block.locator("mark.hl-pair_a").count() and block.locator("mark.hl-pair_b").count()
    qtab.screenshot(screenshots / "queried-network-en.png")
    assert presentation_forms(page.content()) == []
    assert qtab.real_console_errors() == []


def test_a_click_on_a_bar_opens_the_actors_sentences_and_the_hostile_text_stays_text(qtab, screenshots):
    qtab.open("", corpus=NAME)
    page = qtab.page
    captions = " ".join(page.locator("[data-testid='stMain'] [data-testid='stCaptionContainer']").all_inner_texts())
    assert "is queried where it lies" in captions, captions
    click_point(qtab, "qo_actors", "russia", kind="bar")
    assert qtab.exceptions() == []
    texts = evidence(page)
    assert texts and all(t for t in texts)
    assert "Russia" in page.locator(".st-key-qo_entity input").input_value()
    # 999_hostile: «<img src=x onerror=alert(1)> وقالت روسيا …» is shown as the characters it is
    assert any("<img src=x onerror=alert(1)>" in t for t in texts), texts[:3]
    assert page.locator(".st-key-evidence_list img").count() == 0
    assert qtab.dialogs == []  # no alert ran
    qtab.screenshot(screenshots / "queried-overview-en.png")
    assert presentation_forms(page.content()) == []
    assert qtab.real_console_errors() == []


def test_the_timeline_and_search_of_a_queried_build(qtab, screenshots):
    qtab.open("timeline", corpus=NAME)
    page = qtab.page
    assert qtab.exceptions() == []
    assert page.locator(".st-key-qt_counts .js-plotly-plot").count() == 1
    assert page.locator(".st-key-timeline_table [data-testid='stDataFrame']").count() == 1
    qtab.screenshot(screenshots / "queried-timeline-en.png")
    qtab.open("search", corpus=NAME, q="روسيا")
    assert qtab.exceptions() == []
    caption = " ".join(page.locator("[data-testid='stCaptionContainer']").all_inner_texts())
    assert "sentences found" in caption, caption
    found = [strip_bidi(t) for t in page.locator(".st-key-search_sentences .evidence").all_inner_texts()]
    assert found and any("لروسيا" in t or "وروسيا" in t for t in found) and any("روسيا" in t for t in found)
    qtab.open("search", corpus=NAME, q="الأمريكية")  # the other house spelling of the seeds' «الأميركية»
    found = [strip_bidi(t) for t in page.locator(".st-key-search_sentences .evidence").all_inner_texts()]
    assert found and all("الأميركية" in t for t in found), found
    assert qtab.dialogs == []
    assert qtab.real_console_errors() == []


def test_a_click_on_a_timeline_bar_opens_its_events_sentences_with_the_date_marked(qtab, screenshots):
    """The monthly counts of the news: a click on a bar (a month and an event type) lists the
    sentences of its events, each with its date expression marked, its article, source and day."""
    qtab.open("timeline", corpus=NAME)
    page = qtab.page
    assert "Click a bar" in " ".join(
        page.locator(".st-key-timeline_counts [data-testid='stCaptionContainer']").all_inner_texts()
    )
    page.locator(".st-key-qt_counts .js-plotly-plot").scroll_into_view_if_needed()
    qtab.settle()
    bottom = [p for p in chart_points(page, "qt_counts") if p["trace"] == 0]  # the first trace: the foot of each stack
    assert bottom, "no bar drawn"
    month, event_type = bottom[0]["customdata"]
    click_point(qtab, "qt_counts", [month, event_type], kind="bar")
    assert qtab.exceptions() == []
    caption = " ".join(page.locator(".st-key-timeline_counts [data-testid='stCaptionContainer']").all_inner_texts())
    n = int(caption.split()[0])
    assert f"starting in {month[:7]}" in caption, caption
    blocks = page.locator(".st-key-evidence_list .evidence")
    assert blocks.count() == min(n, 60) > 0
    for block in blocks.all():
        assert block.locator("mark").count() >= 1 and block.locator("a").count() >= 1
    qtab.screenshot(screenshots / "queried-timeline-bar-en.png")
    assert presentation_forms(page.content()) == []
    assert qtab.real_console_errors() == []


def test_a_click_on_a_month_of_the_overview_lists_its_articles_and_a_row_opens_one(qtab, screenshots):
    """Articles per month and source: a click on a bar lists that month's articles of that source,
    each a link; the Articles page lists the selection's articles and a click on a row opens one."""
    qtab.open("", corpus=NAME)
    page = qtab.page
    page.locator(".st-key-qo_months .js-plotly-plot").scroll_into_view_if_needed()
    qtab.settle()
    bars = [p for p in chart_points(page, "qo_months") if p["trace"] == 0]
    assert bars, "no bar drawn"
    month, source = bars[0]["customdata"]
    click_point(qtab, "qo_months", [month, source], kind="bar")
    assert qtab.exceptions() == []
    caption = " ".join(page.locator(".st-key-overview_months [data-testid='stCaptionContainer']").all_inner_texts())
    assert f"published in {month[:7]}" in caption, caption
    n = int(caption.split()[0])
    links = page.locator(".st-key-month_articles .evidence a")
    assert links.count() == n > 0
    qtab.open("articles", corpus=NAME)
    grid = page.locator(".st-key-articles_list [data-testid='stDataFrame']")
    grid.wait_for()
    box = grid.bounding_box()
    assert box is not None
    qtab.rerun(lambda: page.mouse.click(box["x"] + 12, box["y"] + 52))  # the first row's selection cell
    assert qtab.exceptions() == []
    assert page.locator(".st-key-reader_text p").count() > 0
    qtab.screenshot(screenshots / "queried-articles-en.png")
    assert presentation_forms(page.content()) == []
    assert qtab.real_console_errors() == []


def test_a_queried_chart_exports_for_print_with_its_provenance(qtab, screenshots):
    """Export → SVG (Arabic page), then PDF (English page), of the timeline's monthly counts under a
    filter: made server-side from the figure shown, with the footer naming the build, the filters and
    the selection's counts in the page's language; the Arabic as text, never presentation forms."""
    page = qtab.page
    files = {}
    for lang, fmt in (("ar", "svg"), ("en", "pdf")):
        qtab.open("timeline", corpus=NAME, actors="russia", lang=lang)
        assert qtab.exceptions() == []
        page.locator(".st-key-qt_counts__exports").get_by_text(t("export", lang), exact=True).click()
        body = page.locator("[data-testid='stPopoverBody']")
        body.wait_for(state="visible")
        qtab.rerun(body.get_by_text(fmt, exact=True).first.click)
        qtab.rerun(body.get_by_text(t("export_prepare", lang)).first.click, timeout=120_000)
        with page.expect_download(timeout=60_000) as info:
            body.get_by_text(t("export_download", lang, fmt=fmt.upper())).first.click()
        assert info.value.suggested_filename == f"events-by-month-news.{fmt}"
        files[fmt] = Path(info.value.path()).read_bytes()
    assert files["pdf"][:5] == b"%PDF-", files["pdf"][:16]
    svg = files["svg"].decode("utf-8")
    flat = " ".join(strip_bidi(svg).split())
    assert f"المدونة: {NAME}" in flat and "روسيا" in flat, flat[-600:]  # the footer: the build, the filter
    assert presentation_forms(svg) == []
    assert qtab.real_console_errors() == []


def test_a_click_on_a_themes_bar_lists_its_articles_right_to_left(qtab, screenshots):
    """The Themes page in Arabic: a click on the bar of the theme leading most articles lists the
    articles it weighs most in (title linked to the reader, the theme's share, key terms); Arabic as
    text, never presentation forms, in the page and in the chart's SVG; a key term's bar opens Search."""
    qtab.open("themes", corpus=NAME, lang="ar")
    page = qtab.page
    assert qtab.exceptions() == []
    assert page.locator(".st-key-theme_article_list").count() == 0
    bars = [p for p in chart_points(page, "qth_bars") if p["type"] == "bar"]
    assert bars, "no theme bars"
    theme = bars[0]["customdata"]  # drawn first: the theme leading most articles
    click_point(qtab, "qth_bars", theme, kind="bar")
    assert qtab.exceptions() == []
    articles = page.locator(".st-key-theme_article_list .theme-article")
    assert articles.count() > 0, "no article after a click on a theme's bar"
    for block in articles.all():
        assert block.get_attribute("dir") == "rtl"
        assert block.locator("a[href*='doc=']").count() == 1
        assert "حصة الموضوع" in strip_bidi(block.inner_text())
    assert strip_bidi(page.locator(".st-key-qth_theme input").input_value()).startswith(f"{theme} · ")
    caption = strip_bidi(" ".join(page.locator(".st-key-qthemes_articles [data-testid='stCaptionContainer']")
                                  .all_inner_texts()))  # fmt: skip
    assert "الأكبر حصة أولًا" in caption, caption
    with page.expect_download(timeout=60_000) as info:
        page.locator(".st-key-qth_bars__svg button").click()
    svg = Path(info.value.path()).read_text("utf-8")
    assert "الموضوع" in svg and presentation_forms(svg) == []
    page.locator(".st-key-theme_article_list").scroll_into_view_if_needed()
    qtab.screenshot(screenshots / "queried-themes-ar.png")
    assert presentation_forms(page.content()) == []
    assert qtab.real_console_errors() == []
    term = next(p["customdata"] for p in chart_points(page, "qth_key_terms") if p["type"] == "bar")
    click_point(qtab, "qth_key_terms", term, kind="bar")
    page.locator(".st-key-qs_query input").wait_for(timeout=30_000)
    qtab.settle()
    assert qtab.exceptions() == []
    assert page.locator(".st-key-qs_query input").input_value() == term
    assert page.locator(".st-key-search_sentences .evidence").count() > 0
    assert "corpus=large-build" in page.url and "lang=ar" in page.url  # the same corpus, still in Arabic
    assert page.locator("h1").first.inner_text().strip() == "البحث"


def test_a_click_on_a_place_of_the_map_reads_the_sentences_naming_it(qtab, screenshots):
    """The Map page of a queried build in Arabic: Libya (alone on the map) clicked, its sentences
    listed right to left, the place marked; no presentation forms in the page."""
    qtab.open("map", corpus=NAME, lang="ar")
    page = qtab.page
    assert qtab.exceptions() == []
    assert strip_bidi(page.locator('[data-testid="stMain"] h1').first.inner_text()).strip() == "الخريطة"
    assert chart_point(page, "qm_chart", ["idlib"], kind="scatter") is not None
    assert page.locator(".st-key-qmap_evidence .st-key-evidence_list").count() == 0
    click_point(qtab, "qm_chart", ["libya"], kind="scatter")
    assert qtab.exceptions() == []
    blocks = page.locator(".st-key-qmap_evidence .st-key-evidence_list .evidence")
    assert blocks.count() >= 3  # 000, 001 and 004 name Libya
    texts = [strip_bidi(t) for t in blocks.all_inner_texts()]
    assert all("ليبيا" in t or "ليبي" in t for t in texts), texts
    assert blocks.first.get_attribute("dir") == "rtl"
    assert page.locator(".st-key-qmap_evidence mark.hl-pair_a").count() >= 3
    assert "ليبيا" in strip_bidi(page.locator(".st-key-qm_place input").input_value())
    qtab.screenshot(screenshots / "queried-map-ar.png")
    assert presentation_forms(page.content()) == []
    assert qtab.real_console_errors() == []


def test_compare_two_sources_then_a_key_terms_bar_opens_its_sentences_on_both_sides(qtab, screenshots):
    """As on a loaded corpus (test_compare_in_browser): «ترك برس» (article 001 alone) against the
    articles without a source; «أردوغان» is among 001's key terms and no other article's, so a click on
    its bar lists 001's sentences holding it on side A, the word marked, and none on side B. Terms are
    counted in articles here (1 of 1 against 0 of 5): the threshold and p are lowered in the link."""
    from test_evidence_clicks import click, locate

    turk_press, erdogan = "ترك برس", "أردوغان"
    qtab.open("compare", corpus=NAME, lang="ar", cmp_min="1", cmp_p="0.05")
    page = qtab.page
    assert qtab.exceptions() == []
    qtab.choose(".st-key-qc_a", turk_press)
    qtab.choose(".st-key-qc_b", "(بلا مصدر)")
    assert qtab.exceptions() == []
    point = locate(qtab, "qc_chart_a", erdogan, kind="bar")
    click(qtab, "qc_chart_a", point, erdogan)
    assert qtab.exceptions() == []
    assert strip_bidi(page.locator(".st-key-qc_item input").input_value()) == erdogan
    found = page.locator(".st-key-qc_evidence_a .evidence").all()
    assert found, "no sentence of ترك برس after a click on أردوغان"
    for block in found:
        assert strip_bidi(block.locator("mark").first.inner_text()).endswith(erdogan)
        assert turk_press in block.locator(".where").inner_text()
    assert page.locator(".st-key-qc_evidence_b .evidence").count() == 0
    assert found[0].evaluate("e => getComputedStyle(e).direction") == "rtl"
    a_box = page.locator(".st-key-qc_key_a").bounding_box()
    b_box = page.locator(".st-key-qc_key_b").bounding_box()
    assert a_box["x"] > b_box["x"]  # in Arabic, side A is on the right
    page.locator(".st-key-qc_evidence").scroll_into_view_if_needed()
    qtab.screenshot(screenshots / "queried-compare-ar.png")
    assert presentation_forms(page.content()) == []
    assert qtab.real_console_errors() == []


def squeeze(text: str) -> str:
    """The text without bidi controls or white space (a PDF's text layer breaks lines where it likes)."""
    return "".join(strip_bidi(text).split())


def test_a_queried_chart_added_to_a_briefing_builds_into_a_pack_with_its_sentences(qtab, screenshots):
    """ "Add to briefing" under the most named actors of Idlib's articles and under their articles per
    month (Arabic page), then the Briefing page: the charts are listed as kept as drawn, and the pack
    built from them is a PDF whose text holds each chart's caption and the sentences behind it, in logical order."""
    page = qtab.page
    qtab.open("", corpus=NAME, regions="idlib", lang="ar")
    assert qtab.exceptions() == []
    qtab.click(".st-key-qo_actors__exports .st-key-qo_actors__brief button")
    qtab.click(".st-key-qo_months__exports .st-key-qo_months__brief button")  # the articles per month too
    link = page.locator('[data-testid="stSidebarNav"] a[data-testid="stSidebarNavLink"][href$="/briefing"]')
    qtab.rerun(link.click)
    listed = strip_bidi(page.locator(".st-key-briefing_list").inner_text())
    assert "محفوظ كما رُسم" in listed and f"المدوّنة: {NAME}" in listed, listed
    qtab.click(".st-key-brief_build button", timeout=180_000)
    assert qtab.exceptions() == []
    with page.expect_download(timeout=60_000) as info:
        page.locator(".st-key-brief_pdf button").click()
    pdf = Path(info.value.path())
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = squeeze(text)
    assert squeeze("الفاعلون الأكثر ذكراً في") in flat, text[:400]
    assert presentation_forms(text) == [] and presentation_forms(page.content()) == []
    assert squeeze("أبرز الفاعلين") in flat  # the cover, counted when the chart was added
    assert all(squeeze(words) in flat for words in ("المقالات عبر الزمن", "مقالات مؤرخة", "أكثر الأشهر"))
    page.locator(".st-key-briefing_list").scroll_into_view_if_needed()
    qtab.screenshot(screenshots / "queried-briefing-ar.png")
    assert qtab.real_console_errors() == []
