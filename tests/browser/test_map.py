"""The Map page in real Chromium with every request off this machine refused: the outlines are
drawn from the shipped TopoJSON (no CDN, no tile server), a click on a place lists the sentences
that name it, and every Arabic string on the page is logical-order text, never presentation forms.

Screenshots ``artifacts/screenshots/map-en.png``, ``map-evidence.png`` (Libya clicked) and ``map-ar.png`` are for a person to look at.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from browser_checks import PLOT_TEXTS_JS, chart_point, presentation_forms, strip_bidi

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
#: Requests off this machine that Streamlit itself makes: none (the page icon is a local file).
STREAMLIT_OWN: list[re.Pattern] = []

#: The outline trace: the first scatter trace of the map. plotly.js draws each NaN-separated
#: path of it as an SVG <path class="js-line"> of its own.
OUTLINE_PATH_JS = """() => {
  const trace = document.querySelector('.st-key-map_places .js-plotly-plot .scatterlayer .trace');
  const paths = trace ? Array.from(trace.querySelectorAll('path.js-line')) : [];
  if (!paths.length) return null;
  const ds = paths.map(p => p.getAttribute('d') || '');
  return {paths: paths.length, points: ds.reduce((n, d) => n + (d.match(/[ML]/g) || []).length, 0),
          length: paths.reduce((n, p) => n + p.getTotalLength(), 0), stroke: getComputedStyle(paths[0]).stroke};
}"""


@pytest.fixture
def offline(tab):
    """Abort every request whose host is not the app's own; the aborted URLs, in order."""
    aborted: list[str] = []

    def handle(route):
        url = route.request.url
        if urlparse(url).scheme in ("data", "blob") or urlparse(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            aborted.append(url)
            route.abort()

    tab.page.route("**/*", handle)
    return aborted


def assert_no_presentation_forms(page) -> None:
    assert presentation_forms(page.content()) == []
    assert presentation_forms(page.inner_text("body")) == []
    assert presentation_forms("\n".join(page.evaluate(PLOT_TEXTS_JS))) == []


def test_map_is_drawn_offline_and_a_click_lists_the_evidence(tab, offline, screenshots):
    tab.open("map")
    page = tab.page
    assert tab.exceptions() == []
    outline = page.evaluate(OUTLINE_PATH_JS)
    assert outline is not None, "no outline path in the map"
    assert outline["points"] > 1000 and outline["paths"] > 50, outline  # many separate arcs
    assert outline["length"] > 1000
    # markers: one per place, Idlib and Libya among them
    assert chart_point(page, "map_places", ["idlib"], kind="scatter") is not None
    labels = [strip_bidi(s) for s in page.evaluate(PLOT_TEXTS_JS)]
    assert "Russia" in labels and "Libya" in labels, labels[:30]  # the world view: states are places, in English
    tab.screenshot(screenshots / "map-en.png")

    # (2) click Libya (alone on the map, far from the Syrian cluster): its sentences are listed
    page.locator(".st-key-map_places .js-plotly-plot").scroll_into_view_if_needed()
    tab.settle()
    point = chart_point(page, "map_places", ["libya"], kind="scatter")
    assert point is not None
    page.mouse.move(point["x"] - 30, point["y"] - 30)
    page.mouse.move(point["x"], point["y"], steps=5)
    page.locator(".st-key-map_places .hoverlayer .hovertext").first.wait_for(timeout=10_000)
    hover = strip_bidi(page.locator(".st-key-map_places .hoverlayer .hovertext").first.text_content())
    assert "Libya" in hover and "ليبيا" in hover and "articles" in hover
    tab.rerun(lambda: page.mouse.click(point["x"], point["y"]))
    evidence = page.locator(".st-key-map_evidence_list .evidence")
    assert evidence.count() >= 3  # 000, 001 and 004 name Libya
    texts = [strip_bidi(t) for t in evidence.all_inner_texts()]
    assert all("ليبيا" in t or "ليبي" in t for t in texts), texts
    assert page.locator(".st-key-map_evidence_list mark.hl-pair_a").count() >= 3  # the place, in the first style
    picker = page.locator(".st-key-map_place")
    chosen = strip_bidi(
        picker.inner_text() + " ".join(picker.locator("input").evaluate_all("e => e.map(i => i.value)"))
    )
    assert "Libya" in chosen
    assert page.locator(".st-key-map_evidence_list .evidence").first.get_attribute("dir") == "rtl"
    tab.screenshot(screenshots / "map-evidence.png")

    # (3) no presentation forms anywhere, and (1) nothing off this machine was needed
    assert_no_presentation_forms(page)
    unexpected = [u for u in offline if not any(p.search(u) for p in STREAMLIT_OWN)]
    assert unexpected == [], f"the Map page asked for non-local resources: {unexpected}"
    assert not any("plot.ly" in u or "tile" in u or "topojson" in u or "world-atlas" in u for u in offline)
    assert tab.real_console_errors() == []


def test_map_in_the_arabic_interface(tab, offline, screenshots):
    tab.open("map", lang="ar")
    page = tab.page
    assert tab.exceptions() == []
    assert strip_bidi(page.locator('[data-testid="stMain"] h1').first.inner_text()).strip() == "الخريطة"
    assert page.evaluate(OUTLINE_PATH_JS)["points"] > 1000
    labels = [strip_bidi(s) for s in page.evaluate(PLOT_TEXTS_JS)]
    assert "الأماكن المذكورة في المقالات" in labels
    assert "روسيا" in labels and "ليبيا" in labels, labels[:30]  # places named in Arabic
    # the app is laid out right to left; the plot itself stays left to right (plotly.js forces it)
    assert page.evaluate("getComputedStyle(document.querySelector('.stApp')).direction") == "rtl"
    assert (
        page.evaluate(
            "getComputedStyle(document.querySelector('.st-key-map_places .js-plotly-plot svg.main-svg')).direction"
        )
        == "ltr"
    )
    tab.screenshot(screenshots / "map-ar.png")
    assert_no_presentation_forms(page)
    unexpected = [u for u in offline if not any(p.search(u) for p in STREAMLIT_OWN)]
    assert unexpected == [], unexpected
