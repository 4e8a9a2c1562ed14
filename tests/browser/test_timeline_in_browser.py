"""The Timeline page in real Chromium (the hostile corpus: the seeds, published 2018-12-29 to
2020-12-30, and 999_hostile of 2021-03-02): it opens on the news of the publication window, a
click on a mark reads its sentence, a click on a count bar those of its month; the background
opens from a link, in Arabic, with its open periods dotted; "Every event (CSV)" downloads the
events of both views.

Screenshots ``artifacts/screenshots/timeline-news-en.png``, ``timeline-evidence-en.png`` and
``timeline-background-ar.png`` are for a person to look at.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from browser_checks import PLOT_TEXTS_JS, chart_point, presentation_forms, strip_bidi

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

#: The shelling near Saraqib on يوم الاثنين (001, ترك برس, published 2020-02-05): alone in its lane
#: for months (the strikes of March 2019 lie four days apart, a few pixels on a two-year axis).
STRIKE = "001_1a97961f7f7f0c07:2"
STRIKE_TEXT = "قتلت قوات النظام ثمانية أفراد عسكريين ومدنيين أتراك في قصف مدفعي"

#: The dates the timeline's axis spans, and every event id its marks carry.
AXIS_JS = """() => {
  const gd = document.querySelector('.st-key-tl_chart .js-plotly-plot');
  const ids = gd.data.flatMap(t => (t.customdata || []).flat());
  return {range: gd._fullLayout.xaxis.range.map(d => String(d).slice(0, 10)), ids};
}"""


def click(tab, chart: str, point: dict) -> None:
    """Hover the point (plotly.js takes a click's point from the last hover), then click it."""
    page = tab.page
    page.mouse.move(point["x"] - 30, point["y"] - 30)
    page.mouse.move(point["x"], point["y"], steps=5)
    page.locator(f".st-key-{chart} .hoverlayer .hovertext").first.wait_for(timeout=10_000)
    tab.rerun(lambda: page.mouse.click(point["x"], point["y"]))


def evidence_texts(page) -> list[str]:
    return [strip_bidi(t) for t in page.locator(".st-key-tl_evidence_list .evidence").all_inner_texts()]


def test_the_news_opens_and_a_click_on_a_mark_or_a_bar_reads_its_sentences(tab, screenshots):
    tab.open("timeline")
    page = tab.page
    assert tab.exceptions() == []
    axis = page.evaluate(AXIS_JS)
    assert axis["range"] == ["2018-12-15", "2021-04-02"], axis["range"]  # the window, not 1918 nor 2030
    assert STRIKE in axis["ids"] and "999_hostile:1" in axis["ids"]
    assert "002_561760d52f1d5973:7" not in axis["ids"]  # منذ العام 2011: background, not news
    texts = [strip_bidi(t) for t in page.evaluate(PLOT_TEXTS_JS)]
    assert any(t.startswith("Russia ×") for t in texts), texts[:40]  # marks are labelled
    assert presentation_forms("\n".join(page.evaluate(PLOT_TEXTS_JS))) == []
    tab.screenshot(screenshots / "timeline-news-en.png")

    # (1) a click on the shelling of 3 February 2020
    page.locator(".st-key-tl_chart .js-plotly-plot").scroll_into_view_if_needed()
    tab.settle()
    point = chart_point(page, "tl_chart", STRIKE, kind="scatter", holding=True)
    assert point is not None
    click(tab, "tl_chart", point)
    texts = [" ".join(t.split()) for t in evidence_texts(page)]
    assert len(texts) == 1 and STRIKE_TEXT in texts[0], texts
    assert page.locator(".st-key-tl_evidence_list mark.hl-date").all_inner_texts() == ["يوم الاثنين"]
    where = strip_bidi(page.locator(".st-key-tl_evidence_list .evidence .where").first.inner_text())
    assert "ترك برس" in where and "2020-02-05" in where, where  # source and publication date
    link = page.locator(".st-key-tl_evidence_list .evidence .where a").first
    assert "doc=001_1a97961f7f7f0c07" in link.get_attribute("href")
    assert page.locator(".st-key-tl_evidence_list .evidence").first.get_attribute("dir") == "rtl"
    tab.screenshot(screenshots / "timeline-evidence-en.png")

    # (2) a click on the bar of March 2019: the sentences of every event dated in it
    page.locator(".st-key-tl_counts .js-plotly-plot").scroll_into_view_if_needed()
    tab.settle()
    bar = chart_point(page, "tl_counts", ["2019-03-01"], kind="bar")
    assert bar is not None
    click(tab, "tl_counts", bar)
    caption = strip_bidi(page.locator(".st-key-tl_evidence_head").inner_text())
    assert "events starting from 2019-03-01 to 2019-03-31" in caption, caption
    assert page.locator(".st-key-tl_evidence_list .evidence").count() == 8
    assert presentation_forms(page.content()) == []
    assert tab.real_console_errors() == []


def test_the_background_in_arabic_from_a_link(tab, screenshots):
    tab.open("timeline", lang="ar", view="background")
    page = tab.page
    assert tab.exceptions() == []
    assert strip_bidi(page.locator('[data-testid="stMain"] h1').first.inner_text()).strip() == "الخط الزمني"
    axis = page.evaluate(AXIS_JS)
    # منذ العام 2011; in Arabic time runs from the right: the range is (latest, earliest)
    assert axis["range"][1] < "2011-01-01" and "002_561760d52f1d5973:7" in axis["ids"]
    assert STRIKE not in axis["ids"]
    texts = [strip_bidi(t) for t in page.evaluate(PLOT_TEXTS_JS)]
    assert "الخلفية: التاريخ المستعاد والسنوات التي تستهدفها الخطط" in texts
    dotted = page.locator(".st-key-tl_chart .scatterlayer path.js-line").evaluate_all(
        "ps => ps.map(p => p.style.strokeDasharray).filter(d => d && d !== 'none')"
    )
    assert dotted, "no dotted open period (منذ …) on the background"
    assert presentation_forms(page.content()) == []
    assert presentation_forms("\n".join(page.evaluate(PLOT_TEXTS_JS))) == []
    tab.screenshot(screenshots / "timeline-background-ar.png")
    assert tab.real_console_errors() == []


def test_every_event_csv_downloads_the_news_and_the_background(tab):
    tab.open("timeline")
    page = tab.page
    button = page.locator(".st-key-tl_all_csv button")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=30_000) as info:
        button.click()
    download = info.value
    assert download.suggested_filename == "timeline-all-events.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text("utf-8-sig"))))
    ids = {r["event_id"] for r in rows}
    assert STRIKE in ids and "002_561760d52f1d5973:7" in ids  # a news event and a background one
    assert {"when", "extent", "plover"} <= set(rows[0])
    assert {r["when"] for r in rows} >= {"reported", "history"}
    assert tab.real_console_errors() == []
