"""Import through the real file uploader in Chromium: a mixed batch into a new corpus, the
report the analyst reads, then the new corpus on the Articles page.

The batch: a UTF-8 Arabic article (under an Arabic file name), a Windows-1256 one, PNG bytes
under a ``.txt`` name (the uploader filters by extension only) and a copy of the first.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from browser_checks import HTML_CHAR_BOXES_JS, presentation_forms, rtl_problems, strip_bidi

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

CORPUS = "مستورد"
GOOD_FILE = "روسيا-وتركيا.txt"
GOOD_TITLE = "روسيا وتركيا تتفقان على دوريات مشتركة في إدلب"
GOOD = f"{GOOD_TITLE}\n\nأعلنت وزارة الدفاع الروسية أن دوريات مشتركة مع الجانب التركي ستبدأ على الطريق الدولي M4.\n"
CP_FILE = "windows-1256.txt"
CP_TITLE = "قصف مدفعي على ريف حلب الغربي"
CP1256 = f"{CP_TITLE}\n\nقالت مصادر محلية إن قصفًا مدفعيًا استهدف قرى في ريف حلب الغربي صباح اليوم.\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    + bytes(200)
)
BATCH = [
    {"name": GOOD_FILE, "mimeType": "text/plain", "buffer": GOOD.encode("utf-8")},
    {"name": CP_FILE, "mimeType": "text/plain", "buffer": CP1256.encode("cp1256")},
    {"name": "scan.txt", "mimeType": "text/plain", "buffer": PNG},
    {"name": "copy.txt", "mimeType": "text/plain", "buffer": GOOD.encode("utf-8")},
]

#: [status, file, encoding, problem] of every row of the import report.
REPORT_ROWS_JS = """() => Array.from(document.querySelectorAll('table.import-report tbody tr')).map(tr =>
  [tr.dataset.status, ...['file', 'encoding', 'problem'].map(c => tr.querySelector('td.' + c).innerText.trim())])"""
METRICS_JS = """() => Object.fromEntries(Array.from(document.querySelectorAll('[data-testid="stMetric"]')).map(m =>
  [m.querySelector('[data-testid="stMetricLabel"]').innerText.trim(), m.querySelector('[data-testid="stMetricValue"]').innerText.trim()]))"""


def test_import_a_mixed_batch_then_read_it(tab, screenshots):
    tab.open("corpora")
    page = tab.page
    uploader = page.locator('[data-testid="stFileUploader"] input[type="file"]')
    tab.rerun(lambda: uploader.set_input_files(BATCH), again=False)
    for item in BATCH:
        page.locator('[data-testid="stFileChipName"]', has_text=item["name"]).wait_for()

    name = page.locator(".st-key-co_new_name input")
    name.fill(CORPUS)
    tab.rerun(lambda: name.press("Enter"))
    tab.rerun(page.locator(".st-key-co_run_import button").click)

    page.locator("table.import-report").wait_for()
    assert tab.exceptions() == []
    metrics = page.evaluate(METRICS_JS)
    assert {k: metrics[k] for k in ("imported", "duplicate", "error")} == {
        "imported": "2",
        "duplicate": "1",
        "error": "1",
    }
    rows = [
        (status, strip_bidi(file), strip_bidi(encoding), problem)
        for status, file, encoding, problem in page.evaluate(REPORT_ROWS_JS)
    ]
    by_status = {}
    for status, file, encoding, problem in rows:
        by_status.setdefault(status, []).append((file, encoding, problem))
    assert [f for f, _, _ in by_status["error"]] == ["scan.txt"]
    assert "PNG image, not text" in by_status["error"][0][2]
    assert [f for f, _, _ in by_status["duplicate"]] == ["copy.txt"]
    imported = {f: e for f, e, _ in by_status["imported"]}
    assert set(imported) == {GOOD_FILE, CP_FILE}
    assert "1256" in imported[CP_FILE]
    assert "utf" in imported[GOOD_FILE].lower()

    # an Arabic file name in the report reads right to left, letters joined (no presentation forms)
    stem = GOOD_FILE.removesuffix(".txt")
    assert rtl_problems(page.evaluate(HTML_CHAR_BOXES_JS, ["table.import-report td.file", stem])) == []
    assert presentation_forms(page.content()) == []
    tab.screenshot(screenshots / "corpora.png")

    # "Show this corpus", then the Articles page of the same session lists both articles
    tab.rerun(page.locator(".st-key-co_open button").click)
    assert parse_qs(urlparse(page.url).query).get("corpus") == [CORPUS]
    tab.rerun(page.locator('[data-testid="stSidebarNav"] a[href$="/articles"]').click)
    assert parse_qs(urlparse(page.url).query).get("corpus") == [CORPUS]
    assert tab.exceptions() == []
    assert strip_bidi(page.locator(".article-title").inner_text()).strip() == GOOD_TITLE
    page.locator(".st-key-ar_doc").click()
    # the list opens after the click's round trip: read it once its options are drawn (read at once, it was empty
    # on a clean-clone run, 2026-12-06)
    page.locator('[role="listbox"] [role="option"]').first.wait_for()
    options = [strip_bidi(o).strip() for o in page.locator('[role="option"]').all_inner_texts()]
    assert options == [GOOD_TITLE, CP_TITLE]
    page.keyboard.press("Escape")
    assert rtl_problems(page.evaluate(HTML_CHAR_BOXES_JS, [".article-title", GOOD_TITLE])) == []
    tab.screenshot(screenshots / "corpora-articles.png")

    # a link with corpus= opens the same corpus in a new session
    tab.open("articles", corpus=CORPUS)
    assert strip_bidi(page.locator(".article-title").inner_text()).strip() == GOOD_TITLE
    assert tab.real_console_errors() == []
    assert tab.dialogs == []
