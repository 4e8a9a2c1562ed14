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
DROPPED_AFTER = 15_000  # ms after which an action the browser never sent is taken as dropped

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
class Wire:
    """What went over the page's Streamlit WebSocket: ``(seconds, what)`` with ``what`` one of
    ``open``, ``close``, ``sent <BackMsg type>`` or ``got <ForwardMsg type>``, so that a test
    whose action started no run can say whether the browser asked for one at all."""

    events: list = field(default_factory=list)

    def attach(self, websocket) -> None:
        if not websocket.url.endswith("/_stcore/stream"):
            return
        self._note("open")
        websocket.on("framesent", lambda payload: self._note("sent", payload))
        websocket.on("framereceived", lambda payload: self._note("got", payload))
        websocket.on("close", lambda _: self._note("close"))

    def _note(self, what: str, payload=None) -> None:
        if isinstance(payload, bytes):
            from streamlit.proto.BackMsg_pb2 import BackMsg
            from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

            message = BackMsg() if what == "sent" else ForwardMsg()
            try:
                message.ParseFromString(payload)
                what = f"{what} {message.WhichOneof('type')}"
            except Exception:  # a frame we cannot read is still worth listing
                what = f"{what} ?"
        elif payload is not None:
            what = f"{what} text"
        self.events.append((round(time.monotonic(), 2), what))

    def since(self, moment: float) -> list[str]:
        return [what for when, what in self.events if when >= moment and what != "got delta"]


@dataclass
class Tab:
    """A page of a fresh browser context, with the console errors and dialogs it produced."""

    page: object
    base: str
    console_errors: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)
    wire: Wire = field(default_factory=Wire)

    def __post_init__(self) -> None:
        self.page.on("websocket", self.wire.attach)

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
        self.rerun(lambda: target.click(), timeout)

    def rerun(self, action, timeout: int = RUN_TIMEOUT, *, again: bool = True) -> None:
        """Do ``action`` (which makes Streamlit rerun), wait for that run to start and end, then settle.

        A run is seen on the WebSocket (the server's ``new_session`` and ``script_finished``
        after the action) or in the page's script state (:data:`_RUN_COUNTER_JS`): a run short
        enough for the frontend to take its messages in one render never changes the state.
        Under load Streamlit's frontend now and then drops an action on an element it has just
        drawn: nothing goes over the WebSocket and no run starts. If the browser has not asked
        for a run within :data:`DROPPED_AFTER` ms, the action is done once more, as a reader
        clicks again (``again=False``: never, for an action that is not the same twice, such as
        an upload); an action the browser did send is waited for, never repeated.
        """
        before = self.page.evaluate(_RUN_COUNTER_JS)
        moment = time.monotonic()
        action()
        if not self._run_started(before, moment, min(timeout, DROPPED_AFTER)):
            if again and "sent rerun_script" not in self.wire.since(moment):
                action()
            if not self._run_started(before, moment, timeout):
                state = self.page.evaluate(
                    """() => [document.querySelector('[data-testid="stApp"]')?.getAttribute('data-test-script-state'),
                             window.__stRuns]"""
                )
                FAILURES.mkdir(parents=True, exist_ok=True)
                self.page.screenshot(path=str(FAILURES / "rerun-timeout.png"), full_page=True)
                raise AssertionError(
                    f"no run started after the action (script state, runs counted: {state}, before: {before}; "
                    f"on the WebSocket since: {self.wire.since(moment)}); screenshot in {FAILURES}"
                )
        self._wait_for(lambda: "got script_finished" in self.wire.since(moment) or not self.wire.events, timeout)
        self.settle(timeout)

    def _run_started(self, before: int, moment: float, timeout: int) -> bool:
        def started() -> bool:
            return "got new_session" in self.wire.since(moment) or self.page.evaluate("() => window.__stRuns") > before

        return self._wait_for(started, timeout)

    def _wait_for(self, condition, timeout: int) -> bool:
        """Poll ``condition`` every 100 ms (Playwright delivers the WebSocket's events while it
        waits) until it holds (True) or ``timeout`` ms have passed (False)."""
        deadline = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > deadline:
                return False
            self.page.wait_for_timeout(100)
        return True

    def choose(self, box: str, option, typed: str | None = None, timeout: int = RUN_TIMEOUT) -> None:
        """Open the select box ``box`` (a selector; its input's when ``typed`` is typed into it), choose the first option whose text matches ``option`` (a string or a pattern),
        and wait for the run that starts. Opening and choosing are one action, so an action the
        browser dropped is done again from the start (see :meth:`rerun`)."""
        listbox = self.page.locator('[role="listbox"]')

        def act() -> None:
            for _ in range(3):  # a click on a select the run is redrawing can be lost: open it again
                if not listbox.count():
                    self.page.locator(box).click()
                if typed is not None:
                    self.page.locator(box).fill(typed)
                choice = listbox.locator('[role="option"]', has_text=option).first
                try:
                    choice.wait_for(timeout=5_000)
                    # the list can close between finding and clicking (a run that redraws the select):
                    # the click then waits for an option that is gone; open it again instead
                    choice.click(timeout=5_000)
                except Exception:  # Playwright's TimeoutError: the list never opened, or closed
                    self.page.keyboard.press("Escape")
                    continue
                return
            raise AssertionError(f"no option {option!r} in {box}, opened three times")

        self.rerun(act, timeout)

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
