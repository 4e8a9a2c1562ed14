"""A Streamlit page in Chromium, as the browser tests drive it.

:class:`Tab` wraps a Playwright page with what every test wants: console errors, alert
dialogs, and :meth:`Tab.settle`, which waits until Streamlit has finished a run *and* every
lazily loaded element (charts above all) has drawn. ``conftest.py`` starts the server and
the browser and hands each test a fresh :class:`Tab`; tests import the page list and the
viewport from here.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

VIEWPORT = {"width": 1400, "height": 900}
#: Where a test that times out leaves a screenshot of the page.
FAILURES = Path(__file__).resolve().parents[2] / "artifacts" / "failures"
RUN_TIMEOUT = 90_000  # ms for one script run to finish (the first run builds the corpus)

#: The pages as ``st.navigation`` serves them: (name, URL path, heading). Overview is the
#: default page, which Streamlit serves at ``/`` whatever its ``url_path``.
PAGES = [
    ("overview", "", "Overview"),
    ("themes", "themes", "Themes"),
    ("actors", "actors", "Actors"),
    ("map", "map", "Map"),
    ("timeline", "timeline", "Timeline"),
    ("compare", "compare", "Compare"),
    ("articles", "articles", "Articles"),
    ("search", "search", "Search"),
    ("gazetteer", "gazetteer", "Gazetteer"),
    ("briefing", "briefing", "Briefing"),
    ("corpora", "corpora", "Corpora"),
]

#: Console errors that say nothing about the app, each with the reason it is harmless.
BENIGN_CONSOLE_ERRORS = [
    # Opened directly on a page URL (``/actors``), Streamlit's frontend first probes
    # ``/actors/_stcore/health`` and ``/actors/_stcore/host-config`` to find its base path, gets
    # 404, then uses ``/_stcore/...`` (streamlit/streamlit#7074, open).
    (
        re.compile(r"^http://127\.0\.0\.1:\d+/[\w-]+/_stcore/(health|host-config)$"),
        "Streamlit's base-path probe on a deep link (streamlit/streamlit#7074)",
    ),
]

#: Status widget gone, script not running, no skeleton of a lazily loaded element, nothing
#: stale, and every Plotly chart drawn (plotly.js has laid it out and added its SVG).
_IDLE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (!document.querySelector('[data-testid="stMain"]')) return false;
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  if (document.querySelector('[data-testid="stSkeleton"]')) return false;
  if (document.querySelector('[data-stale="true"]')) return false;
  return Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]')).every(c => {
    const plot = c.querySelector('.js-plotly-plot');
    return plot && plot._fullLayout && plot.querySelector('svg.main-svg');
  });
}"""

#: Counts the runs that start (a script state change away from anything but "running") so that
#: :meth:`Tab.rerun` can tell a run that began after an action from the idle state before it.
#: Each mutation record carries the value it replaced: a run so short that it is over before
#: the observer is called is still counted (reading the attribute in the callback missed it).
_RUN_COUNTER_JS = """() => {
  if (window.__stRuns !== undefined) return window.__stRuns;
  window.__stRuns = 0;
  const app = document.querySelector('[data-testid="stApp"]');
  new MutationObserver(records => {
    window.__stRuns += records.filter(r => r.oldValue !== 'running').length;
  }).observe(app, {attributes: true, attributeOldValue: true, attributeFilter: ['data-test-script-state']});
  return 0;
}"""


@dataclass
class Tab:
    """A page of a fresh browser context, with the console errors and dialogs it produced."""

    page: object
    base: str
    console_errors: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)

    def open(self, path: str = "", **query) -> Tab:
        url = f"{self.base}/{path}" + (f"?{urlencode(query)}" if query else "")
        self.page.goto(url)
        self.settle()
        return self

    def settle(self, timeout: int = RUN_TIMEOUT) -> None:
        """Wait until the current run has finished and everything on the page has drawn.

        Idle must hold twice, 250 ms apart: a chart that mounts right after the run ends
        shows a skeleton or an undrawn plot in between.
        """
        self.page.wait_for_selector('[data-testid="stMain"]', timeout=timeout)
        deadline = time.monotonic() + timeout / 1000
        while True:
            self.page.wait_for_function(_IDLE_JS, timeout=max(1, int((deadline - time.monotonic()) * 1000)))
            self.page.wait_for_timeout(250)
            if self.page.evaluate(_IDLE_JS):
                break
            if time.monotonic() > deadline:
                raise TimeoutError("the Streamlit page never became idle")
        self.page.evaluate(_RUN_COUNTER_JS)

    def click(self, selector: str, timeout: int = RUN_TIMEOUT) -> None:
        """Click a button that makes Streamlit rerun, and wait for the run to finish.

        The button is scrolled into view and the page left to settle first: elements that
        come into view can be drawn anew, and a click on the node being replaced is lost.
        """
        target = self.page.locator(selector)
        target.scroll_into_view_if_needed()
        self.settle(timeout)
        before = self.page.evaluate(_RUN_COUNTER_JS)
        target.click()
        try:
            self.page.wait_for_function(f"() => window.__stRuns > {before}", timeout=10_000)
        except Exception:
            # Under load Streamlit's frontend now and then drops the click on a button it has
            # just drawn (no run starts, nothing happens); a second click is what a reader does.
            self.rerun(lambda: target.click(), timeout)
            return
        self.settle(timeout)

    def rerun(self, action, timeout: int = RUN_TIMEOUT) -> None:
        """Do ``action`` (which makes Streamlit rerun), wait for that run to start, then settle."""
        before = self.page.evaluate(_RUN_COUNTER_JS)
        action()
        try:
            self.page.wait_for_function(f"() => window.__stRuns > {before}", timeout=timeout)
        except Exception:
            state = self.page.evaluate(
                """() => [document.querySelector('[data-testid="stApp"]')?.getAttribute('data-test-script-state'),
                         window.__stRuns]"""
            )
            FAILURES.mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(FAILURES / "rerun-timeout.png"), full_page=True)
            raise AssertionError(
                f"no run started after the action (script state, runs counted: {state}, before: {before}); "
                f"screenshot in {FAILURES}"
            ) from None
        self.settle(timeout)

    def screenshot(self, path) -> None:
        """A full-page screenshot. Streamlit scrolls inside ``stMain``, so ``full_page`` alone
        stops at the viewport: the viewport grows to the content first (same width, so the
        charts keep their layout), then shrinks back."""
        height = self.page.evaluate(
            """() => Math.max(...['[data-testid="stMain"]', '[data-testid="stSidebarContent"]']
                 .map(s => document.querySelector(s)).filter(Boolean).map(e => e.scrollHeight))"""
        )
        self.page.set_viewport_size({"width": VIEWPORT["width"], "height": max(VIEWPORT["height"], int(height) + 40)})
        self.settle()
        self.page.screenshot(path=str(path), full_page=True)
        self.page.set_viewport_size(VIEWPORT)

    def real_console_errors(self) -> list[str]:
        def benign(message) -> bool:
            url = (message.location or {}).get("url", "")
            return any(pattern.search(url) for pattern, _ in BENIGN_CONSOLE_ERRORS)

        return [f"{m.text} @ {json.dumps(m.location)}" for m in self.console_errors if not benign(m)]

    def exceptions(self) -> list[str]:
        return self.page.locator('[data-testid="stException"]').all_inner_texts()


@dataclass
class PageError:
    """An uncaught exception in the page, shaped like a console message."""

    text: str
    location: dict = field(default_factory=dict)
