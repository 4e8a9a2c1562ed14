"""Discover on the Gazetteer page in real Chromium: a candidate's sentences, "Adopt" fills the
add-entity form, saving puts the new region in the gazetteer table and takes it off the list.

This module serves its own corpus (the session's hostile corpus names nothing the gazetteer
lacks twice): a few articles on places and groups the built-in gazetteer does not know.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from discover_corpus import ARTICLES

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

REPO = Path(__file__).resolve().parents[2]
#: The text of a table's accessible cells (the grid draws on a canvas; its DOM mirror holds the visible rows).
TABLE_TEXT_JS = """(key) => Array.from(document.querySelectorAll('.st-key-' + key + ' [data-testid^="glide-cell-"]'))
  .map(el => el.textContent.replace(/[\\u200e\\u200f]/g, '')).join('\\n')"""


def wait_for_cell(page, key: str, text: str) -> None:
    """Until a visible cell of the table in ``.st-key-<key>`` holds ``text``."""
    page.wait_for_function(
        """([key, text]) => Array.from(document.querySelectorAll('.st-key-' + key + ' [data-testid^="glide-cell-"]'))
          .some(c => c.textContent.includes(text))""",
        arg=[key, text],
        timeout=15_000,
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``streamlit run`` on this module's corpus, with a store and cache of its own."""
    work = tmp_path_factory.mktemp("discover")
    corpus = work / "corpus"
    corpus.mkdir()
    for i, text in enumerate(ARTICLES):
        (corpus / f"{i:03}.txt").write_text(f"خبر {i}\n\n{text}\n", "utf-8")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "ARABIC_NEWS_CORPUS": str(corpus), "ARABIC_NEWS_CACHE": str(work / "cache"),
           "ARABIC_NEWS_DATA": str(work / "data"), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}  # fmt: skip
    command = [sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"), "--server.headless",
               "true", "--server.port", str(port), "--server.address", "127.0.0.1"]  # fmt: skip
    log = (work / "server.log").open("wb")
    proc = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=log, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start: {(work / 'server.log').read_text(errors='replace')[-3000:]}")
            time.sleep(0.25)
        yield base
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # its own session: only what this fixture started
            proc.wait(timeout=10)
        log.close()


def test_adopt_a_candidate_then_find_it_in_the_gazetteer(tab, screenshots):
    tab.open("gazetteer")
    page = tab.page
    page.locator(".st-key-gazetteer_discover").scroll_into_view_if_needed()
    wait_for_cell(page, "gazetteer_discover", "مضايا")
    candidates = page.evaluate(TABLE_TEXT_JS, "gazetteer_discover")
    assert "حركة نور الدين الزنكي" in candidates
    assert "مضايا" not in page.evaluate(TABLE_TEXT_JS, "gazetteer_entities")

    evidence = page.locator(".st-key-gazetteer_discover_evidence")
    if "مضايا" not in evidence.inner_text():  # the first candidate is shown at first
        tab.choose(".st-key-gz_disc_pick", "مضايا")
    evidence = page.locator(".st-key-gazetteer_discover_evidence")
    assert "بلدة مضايا" in evidence.inner_text()
    page.locator(".st-key-gazetteer_discover").screenshot(path=str(screenshots / "gazetteer-discover.png"))

    tab.click(".st-key-gz_disc_adopt button")
    assert page.locator(".st-key-gz_new_name_ar input").input_value() == "مضايا"
    assert page.locator(".st-key-gz_new_id input").input_value()
    assert page.locator(".st-key-gz_new_name_en input").input_value()
    page.locator(".st-key-gz_new_lat input").fill("33.72")
    page.locator(".st-key-gz_new_lon input").fill("36.1")
    tab.click('[data-testid="stFormSubmitButton"] button:has-text("Add an actor or a region")')
    assert tab.exceptions() == []
    assert page.get_by_text("Added", exact=False).first.is_visible()
    wait_for_cell(page, "gazetteer_entities", "مضايا")
    assert "مضايا" not in page.evaluate(TABLE_TEXT_JS, "gazetteer_discover")
    tab.screenshot(screenshots / "gazetteer-after-adopt.png")
