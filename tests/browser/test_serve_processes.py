"""Several dashboard processes behind one port (``python -m dashboard.serve``), in real Chromium:
each browser is kept on one process by a cookie, so its session, its uploads and its downloads
reach the process that holds it; two browsers are spread over the two processes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from conftest import CORPUS, REPO, _free_port, new_tab, stop, wait_until_up

pytestmark = pytest.mark.browser  # real Chromium against `python -m dashboard.serve`

#: What the proxy printed on its standard output (its warm-up lines), once it answers.
OUTPUT: dict[str, str] = {}
ARTICLE = "روسيا وتركيا تتفقان على دوريات مشتركة في إدلب\n\nأعلنت وزارة الدفاع الروسية أن دوريات مشتركة ستبدأ.\n"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The dashboard as two processes behind one port; yields its base URL."""
    work = tmp_path_factory.mktemp("serve")
    port = _free_port()
    env = {**os.environ, "ARABIC_NEWS_CORPUS": str(CORPUS), "ARABIC_NEWS_CACHE": str(work / "cache"),
           "ARABIC_NEWS_DATA": str(work / "data"), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}  # fmt: skip
    stdout, stderr = work / "stdout.log", work / "stderr.log"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "dashboard.serve", "--processes", "2", "--port", str(port)],
            cwd=REPO, env=env, stdout=out, stderr=err, start_new_session=True,
        )  # fmt: skip
    try:
        wait_until_up(proc, f"http://127.0.0.1:{port}/_stcore/health", stdout, stderr)
        OUTPUT["stdout"] = stdout.read_text("utf-8")
        yield f"http://127.0.0.1:{port}"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # the proxy stops its processes
        stop(proc)


def process_of(context) -> str | None:
    return next((c["value"] for c in context.cookies() if c["name"] == "an_process"), None)


def test_two_browsers_are_kept_each_on_its_own_process_and_an_upload_reaches_it(browser, served):
    first, first_context = new_tab(browser, served)
    second, second_context = new_tab(browser, served)
    try:
        first.open("")
        second.open("corpora")
        assert {process_of(first_context), process_of(second_context)} == {"0", "1"}
        assert first.page.locator("h1").first.inner_text() and first.exceptions() == []

        # the second browser imports a file: the upload goes to the process that holds its session
        page = second.page
        uploader = page.locator('[data-testid="stFileUploader"] input[type="file"]')
        batch = [{"name": "دوريات.txt", "mimeType": "text/plain", "buffer": ARTICLE.encode("utf-8")}]
        second.rerun(lambda: uploader.set_input_files(batch), again=False)
        page.locator('[data-testid="stFileChipName"]', has_text="دوريات.txt").wait_for()
        name = page.locator(".st-key-co_new_name input")
        name.fill("عبر الوكيل")
        second.rerun(lambda: name.press("Enter"))
        second.rerun(page.locator(".st-key-co_run_import button").click)
        page.locator("table.import-report").wait_for()
        assert page.locator('table.import-report tbody tr[data-status="imported"]').count() == 1
        assert second.exceptions() == [] and second.real_console_errors() == []

        # a reload goes back to the same process
        before = process_of(second_context)
        second.open("corpora")
        assert process_of(second_context) == before
    finally:
        first_context.close()
        second_context.close()


def test_every_process_opened_every_page_in_both_languages_before_the_first_browser(browser, served):
    """The warm-up (dashboard.warm): each process ran every page of the sidebar once in English and
    once in Arabic, with no failure, before the proxy answered; the first analysts find them ready."""
    tab, context = new_tab(browser, served)
    try:
        tab.open("")
        pages = tab.page.locator('[data-testid="stSidebarNav"] a').count()
    finally:
        context.close()
    warmed = re.findall(r"process on port \d+ warmed: (\d+) pages in [\d.]+ s(.*)", OUTPUT["stdout"])
    assert len(warmed) == 2, OUTPUT["stdout"]
    assert pages > 5 and all(int(count) == 2 * pages for count, _ in warmed), (pages, warmed)
    assert not any("failed" in rest for _, rest in warmed), warmed


def test_a_request_under_another_host_name_is_refused_on_every_route(served):
    """DNS rebinding: a page of evil.example whose name now points at this machine. Streamlit
    checks the Host of its WebSocket only; the proxy checks every request."""
    for path in ("/", "/_stcore/health", "/static/", "/_stcore/stream"):
        request = urllib.request.Request(served + path, headers={"Host": "evil.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 403, path
    with urllib.request.urlopen(served + "/_stcore/health", timeout=10) as allowed:
        assert allowed.status == 200
