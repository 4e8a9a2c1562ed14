"""Every page loads in real Chromium: no exception box, no console error, a full-page screenshot.

The screenshots (``artifacts/screenshots/<page>.png``) are for a person to look at: Arabic
joined, right to left, in order, nothing overlapping.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from browser_checks import PLOT_TEXTS_JS, presentation_forms, strip_bidi
from live_page import PAGES

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

#: Charts each page draws on the hostile corpus with no filter (a page that silently stops
#: drawing them fails here rather than passing with an empty screen).
MIN_CHARTS = {
    "overview": 5,
    "themes": 4,
    "actors": 4,
    "map": 1,
    "timeline": 1,
    "compare": 2,  # the key items of each side
    "articles": 1,
    "search": 0,
    "gazetteer": 0,
    "briefing": 0,
    "corpora": 0,
}
#: corpora.png is the Corpora page with an import report (test_import.py); the bare page is apart.
SCREENSHOT_NAMES = {"corpora": "corpora-empty"}


@pytest.mark.parametrize(("name", "path", "heading"), PAGES, ids=[p[0] for p in PAGES])
def test_page_loads_cleanly(opened_page, screenshots, name, path, heading):
    tab = opened_page(path)  # read only: the other English checks of the page read the same load
    page = tab.page
    tab.screenshot(screenshots / f"{SCREENSHOT_NAMES.get(name, name)}.png")

    assert tab.exceptions() == [], f"{name}: exception box(es) on the page"
    assert page.locator('[data-testid="stException"]').count() == 0
    title = strip_bidi(page.locator('[data-testid="stMain"] h1').first.inner_text()).strip()
    assert title == heading
    charts = page.locator('[data-testid="stPlotlyChart"] .js-plotly-plot').count()
    assert charts >= MIN_CHARTS[name], f"{name}: {charts} chart(s) drawn, expected at least {MIN_CHARTS[name]}"
    assert presentation_forms(page.content()) == []
    assert presentation_forms("\n".join(page.evaluate(PLOT_TEXTS_JS))) == []
    assert tab.real_console_errors() == [], f"{name}: console errors"
    assert tab.dialogs == []


def test_sidebar_links_reach_every_page(tab):
    """The sidebar navigation (client-side, one session) leads to each page and back."""
    tab.open("")
    page = tab.page
    for name, path, heading in [*PAGES[1:], PAGES[0]]:
        link = page.locator(f'[data-testid="stSidebarNav"] a[data-testid="stSidebarNavLink"][href$="/{path}"]')
        assert link.count() == 1, f"no sidebar link to /{path}"
        tab.rerun(link.click)
        assert urlparse(page.url).path.strip("/") == path
        assert strip_bidi(page.locator('[data-testid="stMain"] h1').first.inner_text()).strip() == heading
        assert tab.exceptions() == [], f"{name}: exception box(es) after navigating"
    assert tab.real_console_errors() == []
