"""Every count opens its evidence with one click, in real Chromium (the hostile corpus: the seeds
and 999_hostile): a co-mention cell, a network node, a network edge, an actors × regions cell, a
ranked bar. Where to click is computed from the figure on the page (its axes map data to pixels),
never from fixed pixels; the sentences that appear are those of the right pair.

Screenshots ``artifacts/screenshots/evidence-cell-en.png``, ``evidence-regions-ar.png`` and
``evidence-bar-en.png`` are for a person to look at.
"""

from __future__ import annotations

import pytest
from browser_checks import chart_point, chart_points, loneliest, presentation_forms, strip_bidi

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

#: The customdata of the point plotly.js hovers now (the one a click would take).
HOVERED_JS = """(key) => {
  const gd = document.querySelector(`.st-key-${key} .js-plotly-plot`);
  return (gd._hoverdata || []).map(p => p.customdata);
}"""


def click(tab, chart: str, point: dict, want=None) -> None:
    """Hover the point (plotly.js takes a click's point from the last hover), check that the
    hovered point is ``want`` (its customdata), then click it."""
    page = tab.page
    page.mouse.move(point["x"] - 25, point["y"] - 25)
    page.mouse.move(point["x"], point["y"], steps=5)
    page.locator(f".st-key-{chart} .hoverlayer .hovertext").first.wait_for(timeout=10_000)
    if want is not None:
        assert want in page.evaluate(HOVERED_JS, chart), (want, page.evaluate(HOVERED_JS, chart))
    tab.rerun(lambda: page.mouse.click(point["x"], point["y"]))


def locate(tab, chart: str, want, **which):
    """The point of ``chart`` whose customdata is (or starts with) ``want``, scrolled into view
    (:func:`browser_checks.chart_point`; ``which``: its trace's ``kind`` and ``name``)."""
    tab.page.locator(f".st-key-{chart} .js-plotly-plot").scroll_into_view_if_needed()
    tab.settle()
    point = chart_point(tab.page, chart, want, **which)
    assert point is not None, (chart, want, which)
    return point


def evidence(page, container: str = "evidence_list") -> list[str]:
    return [" ".join(strip_bidi(t).split()) for t in page.locator(f".st-key-{container} .evidence").all_inner_texts()]


def marked(page, role: str, container: str = "evidence_list") -> set[str]:
    return {strip_bidi(t) for t in page.locator(f".st-key-{container} mark.hl-{role}").all_inner_texts()}


def test_a_heatmap_cell_opens_the_sentences_of_its_pair(tab, screenshots):
    tab.open("actors")
    page = tab.page
    assert tab.exceptions() == []
    assert page.locator(".st-key-evidence_list").count() == 0  # nothing chosen yet
    point = locate(tab, "ac_heatmap", ["russia", "turkey"], kind="scatter", name="cell targets")
    click(tab, "ac_heatmap", point)
    assert (page.locator(".st-key-ev_a input").input_value(), page.locator(".st-key-ev_b input").input_value()) in {
        ("Russia · روسيا", "Turkey · تركيا"),
        ("Turkey · تركيا", "Russia · روسيا"),
    }
    assert tab.exceptions() == []
    texts = evidence(page)
    assert texts, "no evidence after a click on the Russia × Turkey cell"
    # 000: «التقارب بين روسيا وتركيا» … every sentence names both (the sentence window)
    assert marked(page, "pair_a") & {"روسيا", "موسكو", "الروسي", "الروسية"}, marked(page, "pair_a")
    assert marked(page, "pair_b") & {"تركيا", "أنقرة", "التركي", "التركية"}, marked(page, "pair_b")
    for block in page.locator(".st-key-evidence_list .evidence").all():
        assert block.locator("mark.hl-pair_a").count() and block.locator("mark.hl-pair_b").count()
    # the two actors are marked in different styles, and the places and dates are summed up
    styles = page.evaluate(
        """() => ['pair_a', 'pair_b'].map(r => {
             const m = document.querySelector(`.st-key-evidence_list mark.hl-${r}`);
             const s = getComputedStyle(m); return [s.backgroundColor, s.borderBottomStyle]; })"""
    )
    assert styles[0] != styles[1] and styles[0][1] != styles[1][1], styles
    summary = strip_bidi(page.locator(".st-key-evidence_key .evidence-summary").inner_text())
    assert "Places:" in summary and "Idlib (" in summary and "Dates:" in summary, summary
    caption = " ".join(page.locator(".st-key-actors_evidence [data-testid='stCaptionContainer']").all_inner_texts())
    assert "(window: sentence)" in caption
    # the keyboard's way shows the same cell
    assert "Russia" in strip_bidi(page.locator(".st-key-ac_cell input").input_value())
    tab.screenshot(screenshots / "evidence-cell-en.png")
    assert presentation_forms(page.content()) == []
    assert tab.real_console_errors() == []


def test_a_network_node_and_an_edge_open_their_sentences(tab):
    tab.open("actors")
    page = tab.page
    page.locator(".st-key-ac_network .js-plotly-plot").scroll_into_view_if_needed()
    tab.settle()
    node = loneliest(chart_points(page, "ac_network"), lambda p: p["name"] != "edge hover")
    point = locate(tab, "ac_network", node, kind="scatter")
    click(tab, "ac_network", point, node)
    assert tab.exceptions() == []
    assert page.locator(".st-key-actors_evidence_network .st-key-evidence_list").count() == 1  # under the network
    blocks = page.locator(".st-key-evidence_list .evidence").all()
    assert blocks and all(b.locator("mark.hl-pair_a").count() for b in blocks)  # every sentence names it
    assert marked(page, "pair_b") == set()  # one actor: nothing in the second style
    assert page.locator(".st-key-ev_b input").input_value() == "—"
    name = strip_bidi(page.locator(".st-key-ev_a input").input_value())
    assert name and name in strip_bidi(page.locator(".st-key-evidence_key .hl-pair_a").inner_text())

    edge = loneliest(chart_points(page, "ac_network"), lambda p: p["name"] == "edge hover")
    point = locate(tab, "ac_network", edge, kind="scatter", name="edge hover")
    click(tab, "ac_network", point, edge)
    assert tab.exceptions() == []
    blocks = page.locator(".st-key-evidence_list .evidence").all()
    assert blocks
    a, b = (strip_bidi(page.locator(f".st-key-{k} input").input_value()) for k in ("ev_a", "ev_b"))
    key = strip_bidi(page.locator(".st-key-evidence_key").inner_text())
    assert a in key and b in key and a != b, (a, b, key)
    caption = " ".join(
        page.locator(".st-key-actors_evidence_network [data-testid='stCaptionContainer']").all_inner_texts()
    )
    assert "(window: sentence)" in caption, caption
    assert tab.real_console_errors() == []


def test_an_actors_by_regions_cell_opens_the_articles_sentences_in_arabic(tab, screenshots):
    tab.open("actors", lang="ar")
    page = tab.page
    point = locate(tab, "ac_regions", ["turkey", "idlib"], kind="scatter", name="cell targets")
    click(tab, "ac_regions", point)
    assert tab.exceptions() == []
    assert page.locator(".st-key-actors_evidence_regions .st-key-evidence_list").count() == 1
    texts = evidence(page)
    assert texts
    assert marked(page, "pair_b") >= {"إدلب"}, marked(page, "pair_b")  # the region, in the second style
    summary = strip_bidi(page.locator(".st-key-evidence_key .evidence-summary").inner_text())
    assert "الأماكن:" in summary or "لا يُذكر مكان آخر." in summary, summary
    assert "التواريخ:" in summary, summary
    tab.screenshot(screenshots / "evidence-regions-ar.png")
    assert presentation_forms(page.content()) == []
    assert tab.real_console_errors() == []


def test_a_ranked_bar_opens_its_entitys_sentences(tab, screenshots):
    tab.open("")
    page = tab.page
    point = locate(tab, "ov_regions", "idlib", kind="bar")
    click(tab, "ov_regions", point)
    assert tab.exceptions() == []
    texts = evidence(page, "ov_pick_list")
    assert texts and all("إدلب" in t for t in texts), texts
    assert marked(page, "pair_a", "ov_pick_list") == {"إدلب"}
    assert "Idlib" in strip_bidi(page.locator(".st-key-ov_pick input").input_value())
    tab.screenshot(screenshots / "evidence-bar-en.png")
    assert tab.real_console_errors() == []


def test_a_source_bar_lists_its_articles_and_a_term_bar_opens_its_concordance(tab):
    tab.open("")
    page = tab.page
    point = locate(tab, "ov_sources", "ترك برس", kind="bar")
    click(tab, "ov_sources", point, "ترك برس")
    assert tab.exceptions() == []
    items = [strip_bidi(t) for t in page.locator(".st-key-ov_source_list li").all_inner_texts()]
    assert len(items) == 1 and "2020-02-05" in items[0], items
    assert "doc=001_1a97961f7f7f0c07" in page.locator(".st-key-ov_source_list a").first.get_attribute("href")

    tab.open("themes")
    first = page.evaluate(
        "() => document.querySelector('.st-key-th_terms_chart .js-plotly-plot').data[0].customdata[0]"
    )
    point = locate(tab, "th_terms_chart", first, kind="bar")
    click(tab, "th_terms_chart", point, first)
    assert tab.exceptions() == []
    tab.settle()
    assert tab.exceptions() == []
    assert page.locator(".st-key-se_q input").input_value() == first[1]  # the Search page, on that term
    assert "/search" in page.url and "q=" in page.url
    hits = page.locator("table.concordance td.kw mark").all_inner_texts()
    assert hits, f"no context of the clicked term {first[1]!r}"
    assert tab.real_console_errors() == []


def test_a_keyboard_reaches_a_cells_evidence_next_after_the_matrix(tab):
    tab.open("actors")
    page = tab.page
    brief = page.locator(".st-key-ac_heatmap__brief button")
    brief.scroll_into_view_if_needed()
    tab.settle()
    brief.focus()
    page.keyboard.press("Tab")  # the next stop after the matrix's own buttons: its cells
    assert page.evaluate("() => !!document.activeElement.closest('.st-key-ac_cell')")
    page.keyboard.type("Syrian regime")
    tab.rerun(lambda: page.keyboard.press("Enter"))
    assert tab.exceptions() == []
    a, b = (strip_bidi(page.locator(f".st-key-{k} input").input_value()) for k in ("ev_a", "ev_b"))
    assert "Syrian regime · النظام السوري" in (a, b), (a, b)
    assert evidence(page) and marked(page, "pair_a") and marked(page, "pair_b")
    assert page.locator(".st-key-actors_evidence .st-key-evidence_list").count() == 1  # under the matrix
    assert tab.real_console_errors() == []
