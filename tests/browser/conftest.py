"""Real headless Chromium (Debian's /usr/bin/chromium) against a real ``streamlit run``.

One server and one browser serve the whole session (a worker's: under ``make test`` two pytest-xdist
workers each run part of this folder, each with a server and a browser of its own, ``tests/conftest.py``);
every test gets a fresh browser context (so a fresh Streamlit session) and page. The server reads
the hostile corpus (the seeds plus ``999_hostile.txt``, whose title, source and text carry
``<script>``, ``<img onerror>`` and a ``javascript:`` link) and builds it into a cache directory of
its own; its article store (``$ARABIC_NEWS_DATA``: the seed corpus, and what the import test adds)
is its own too.

:class:`live_page.Tab` wraps each test's page: console errors, alert dialogs, and waiting until
Streamlit has finished a run and every chart has drawn.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from live_page import VIEWPORT, PageError, Tab

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CORPUS = REPO / "tests" / "fixtures" / "hostile_corpus"
SCREENSHOTS = REPO / "artifacts" / "screenshots"
SERVER_START_TIMEOUT = 60  # seconds until /_stcore/health answers


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
    with streamlit_server(work, {"ARABIC_NEWS_CORPUS": str(CORPUS)}) as base:
        yield base


@contextmanager
def streamlit_server(
    work: Path, env: dict[str, str], args: tuple[str, ...] = (), *, port: int | None = None
) -> Iterator[str]:
    """``streamlit run dashboard/app.py`` on ``port`` (default a free one) of 127.0.0.1, its cache and
    article store in ``work``, ``env`` and ``args`` added; yields its base URL and stops it (and only
    it) on exit."""
    port = port or _free_port()
    env = {
        **os.environ,
        "ARABIC_NEWS_CACHE": str(work / "cache"),
        "ARABIC_NEWS_DATA": str(work / "data"),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        **env,
    }
    stdout, stderr = work / "stdout.log", work / "stderr.log"
    command = [
        sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1", *args,
    ]  # fmt: skip
    with stdout.open("wb") as out, stderr.open("wb") as err:
        proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=err, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(proc, f"{base}/_stcore/health", stdout, stderr)
        yield base
    finally:
        stop(proc)


def wait_until_up(proc: subprocess.Popen, url: str, stdout: Path, stderr: Path) -> None:
    """Until ``url`` answers 200; fails the test with the process's output if it exits or times out."""
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        if proc.poll() is not None:
            pytest.fail(
                f"{proc.args[0]} exited with code {proc.returncode} before answering {url}.\n"
                f"stderr:\n{_tail(stderr)}\nstdout:\n{_tail(stdout)}"
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            pytest.fail(
                f"{url} did not answer within {SERVER_START_TIMEOUT} s.\n"
                f"stderr:\n{_tail(stderr)}\nstdout:\n{_tail(stdout)}"
            )
        time.sleep(0.25)


def stop(proc: subprocess.Popen) -> None:
    """Stop a process started with ``start_new_session=True`` and its children (its own session only)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
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


def new_tab(browser, base: str):
    """A :class:`Tab` in a fresh browser context (so a fresh Streamlit session), and its context."""
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(30_000)
    tab = Tab(page=page, base=base)
    page.on("console", lambda m: tab.console_errors.append(m) if m.type == "error" else None)
    page.on("pageerror", lambda e: tab.console_errors.append(PageError(str(e))))

    def on_dialog(dialog):
        tab.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return tab, context


@pytest.fixture
def tab(browser, server):
    tab, context = new_tab(browser, server)
    yield tab
    context.close()


@pytest.fixture(scope="session")
def opened_page(browser, server):
    """``opened_page(path, **query)``: the page opened once per session and kept, for checks that
    only read it (they neither click nor type): every such check of the same page and query, in
    any module, shares one load instead of one each. A test that acts on the page takes ``tab``."""
    tabs: dict[tuple, tuple] = {}

    def open_once(path: str = "", **query) -> Tab:
        key = (path, tuple(sorted(query.items())))
        if key not in tabs:
            tab, context = new_tab(browser, server)
            tabs[key] = (tab.open(path, **query), context)
        tab = tabs[key][0]
        tab.settle()
        return tab

    yield open_once
    for _, context in tabs.values():
        context.close()


@pytest.fixture(scope="session")
def screenshots(request) -> Path:
    """``artifacts/screenshots``, emptied once per run. Under pytest-xdist two workers run browser tests
    (``tests/conftest.py``): the first of them to get here empties it and writes the run's id
    (``testrunuid``, the same in every worker of a run) to ``artifacts/.screenshots-run``, under a
    lock, so the second keeps what the first has taken."""
    run = getattr(request.config, "workerinput", {}).get("testrunuid")
    SCREENSHOTS.parent.mkdir(parents=True, exist_ok=True)
    with open(SCREENSHOTS.parent / ".screenshots-run", "a+", encoding="utf-8") as marker:
        fcntl.flock(marker, fcntl.LOCK_EX)  # released when the file closes
        marker.seek(0)
        if run is None or marker.read() != run or not SCREENSHOTS.is_dir():
            if SCREENSHOTS.exists():
                shutil.rmtree(SCREENSHOTS)
            SCREENSHOTS.mkdir(parents=True)
            marker.seek(0)
            marker.truncate()
            marker.write(run or "")
    return SCREENSHOTS
