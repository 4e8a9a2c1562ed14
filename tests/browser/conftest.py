"""Real headless Chromium (Debian's /usr/bin/chromium) against a real ``streamlit run``.

One server and one browser serve the whole session; every test gets a fresh browser context
(so a fresh Streamlit session) and page. The server reads the hostile corpus (the seeds plus
``999_hostile.txt``, whose title, source and text carry ``<script>``, ``<img onerror>`` and a
``javascript:`` link) and builds it into a cache directory of its own; its article store
(``$ARABIC_NEWS_DATA``: the seed corpus, and what the import test adds) is its own too.

:class:`Tab` wraps a page with what every test wants: console errors, alert dialogs, and
:meth:`Tab.settle`, which waits until Streamlit has finished a run *and* every lazily loaded
element (charts above all) has drawn.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CORPUS = REPO / "tests" / "fixtures" / "hostile_corpus"
SCREENSHOTS = REPO / "artifacts" / "screenshots"
VIEWPORT = {"width": 1400, "height": 900}
SERVER_START_TIMEOUT = 60  # seconds until /_stcore/health answers
RUN_TIMEOUT = 90_000  # ms for one script run to finish (the first run builds the corpus)

#: The pages as ``st.navigation`` serves them: (name, URL path, heading). Overview is the
#: default page, which Streamlit serves at ``/`` whatever its ``url_path``.
PAGES = [
    ("overview", "", "Overview"),
    ("themes", "themes", "Themes"),
    ("actors", "actors", "Actors"),
    ("timeline", "timeline", "Timeline"),
    ("articles", "articles", "Articles"),
    ("gazetteer", "gazetteer", "Gazetteer"),
    ("briefing", "briefing", "Briefing"),
    ("corpora", "corpora", "Corpora"),
]

#: Console errors that say nothing about the app, each with the reason it is harmless.
BENIGN_CONSOLE_ERRORS = [
    # The page icon ``:material/newspaper:`` becomes a favicon that Streamlit's frontend fetches
    # from Google's font CDN; the test machine has no network (ERR_NAME_NOT_RESOLVED).
    (
        re.compile(r"^https://fonts\.gstatic\.com/s/i/short-term/release/materialsymbols\w*/newspaper/"),
        "favicon of page_icon=':material/newspaper:' comes from fonts.gstatic.com; no network here",
    ),
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

#: Counts the runs that start (script state → "running") so that :meth:`Tab.rerun` can tell a
#: run that began after an action from the idle state before it.
_RUN_COUNTER_JS = """() => {
  if (window.__stRuns !== undefined) return window.__stRuns;
  window.__stRuns = 0;
  const app = document.querySelector('[data-testid="stApp"]');
  new MutationObserver(() => {
    if (app.getAttribute('data-test-script-state') === 'running') window.__stRuns += 1;
  }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
  return 0;
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, n: int = 4000) -> str:
    try:
        return path.read_text("utf-8", errors="replace")[-n:]
    except OSError:
        return "(no output)"


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> str:
    """``streamlit run dashboard/app.py`` on a free port; yields its base URL."""
    work = tmp_path_factory.mktemp("streamlit")
    port = _free_port()
    env = {
        **os.environ,
        "ARABIC_NEWS_CORPUS": str(CORPUS),
        "ARABIC_NEWS_CACHE": str(work / "cache"),
        "ARABIC_NEWS_DATA": str(work / "data"),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    stdout, stderr = work / "stdout.log", work / "stderr.log"
    command = [
        sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
    ]  # fmt: skip
    with stdout.open("wb") as out, stderr.open("wb") as err:
        proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=err, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(
                    f"streamlit exited with code {proc.returncode} before answering.\n"
                    f"stderr:\n{_tail(stderr)}\nstdout:\n{_tail(stdout)}"
                )
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    f"streamlit did not answer {base}/_stcore/health within {SERVER_START_TIMEOUT} s.\n"
                    f"stderr:\n{_tail(stderr)}\nstdout:\n{_tail(stdout)}"
                )
            time.sleep(0.25)
        yield base
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # its own session: only what we started
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless. Playwright gives it a fresh, empty ``--user-data-dir`` of
    its own (``launch`` refuses one in ``args``; that is ``launch_persistent_context``'s job)."""
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        )  # fmt: skip
        yield browser
        browser.close()


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

    def rerun(self, action, timeout: int = RUN_TIMEOUT) -> None:
        """Do ``action`` (which makes Streamlit rerun), wait for that run to start, then settle."""
        before = self.page.evaluate(_RUN_COUNTER_JS)
        action()
        self.page.wait_for_function(f"() => window.__stRuns > {before}", timeout=timeout)
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


@pytest.fixture
def tab(browser, server):
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(30_000)
    tab = Tab(page=page, base=server)
    page.on("console", lambda m: tab.console_errors.append(m) if m.type == "error" else None)
    page.on("pageerror", lambda e: tab.console_errors.append(_PageError(str(e))))

    def on_dialog(dialog):
        tab.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    yield tab
    context.close()


@dataclass
class _PageError:
    """An uncaught exception in the page, shaped like a console message."""

    text: str
    location: dict = field(default_factory=dict)


@pytest.fixture(scope="session")
def screenshots() -> Path:
    if SCREENSHOTS.exists():
        shutil.rmtree(SCREENSHOTS)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS
