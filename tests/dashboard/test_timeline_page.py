"""The Timeline page under AppTest, on the seeds (published 2018-12-29 to 2020-12-30): it opens on
the news of that window, the background (history, plan years) is one switch away and in the URL,
a click lists the sentences behind a mark or a count bar (the click itself is driven in
``tests/browser/test_timeline_in_browser.py``: AppTest cannot click a Plotly chart, so here the page's
``tl_pick`` is set as its ``on_select`` callbacks set it), and the table lists the most recently
published first.

Seed events by hand (``when`` from analysis/extract/dates/when.py): the background is 000:5
(العام 2019), 001:1 (منذ نيسان/ أبريل الماضي), 001:4 (لعام 2017), 002:4 (منذ ستّ سنوات), 002:6
(كانون الثاني/يناير 2017), 002:7 (منذ العام 2011) and 003:1 (منذ سبتمبر الماضي); 002:9 and 003:7
(أيلول/سبتمبر 2018, three months before the first article) are in neither view; the other 28 are news.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app_runs import APP, start
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
D000, D001, D002, D003 = "000_4404655001853660", "001_1a97961f7f7f0c07", "002_561760d52f1d5973", "003_864faea840389226"
BACKGROUND = {f"{D000}:5", f"{D001}:1", f"{D001}:4", f"{D002}:4", f"{D002}:6", f"{D002}:7", f"{D003}:1"}
NEITHER = {f"{D002}:9", f"{D003}:7"}
#: نفذت طائرات روسية الأربعاء ضربات على إدلب (003, 2019-03-14)
STRIKE = f"{D003}:6"


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "seeds"))


def chart(at, key: str) -> dict:
    charts = [e for e in at.get("plotly_chart") if key in str(getattr(e.proto, "id", ""))]
    assert charts, f"no chart {key}"
    return json.loads(charts[0].proto.spec)


def drawn_ids(figure: dict) -> set[str]:
    return {e for trace in figure["data"] for ids in trace.get("customdata", []) for e in ids}


def html(at) -> str:
    return "\n".join(str(h.value) for h in at.html)


def captions(at) -> str:
    return " ".join(c.value for c in at.caption)


def test_the_timeline_opens_on_the_news_of_the_publication_window():
    at = start("timeline")
    figure = chart(at, "tl_chart")
    drawn = drawn_ids(figure)
    assert STRIKE in drawn and len(drawn) == 28
    assert not drawn & (BACKGROUND | NEITHER)
    assert figure["layout"]["xaxis"]["range"] == [
        "2018-12-15",
        "2021-01-30",
    ]  # the window, two weeks before, a month after
    counts = chart(at, "tl_counts")
    assert counts["layout"]["xaxis"]["range"] == figure["layout"]["xaxis"]["range"]
    assert [list(c) for c in counts["data"][0]["customdata"]][3] == ["2019-03-01", "2019-03-31"]  # months of the seeds
    assert "2018-12-29 to 2020-12-30" in captions(at)
    assert "2 more dated expressions are in neither view" in captions(at)
    assert not at.query_params.get("view") and not at.query_params.get("lanes")  # defaults stay out of the URL


def test_the_table_lists_the_most_recently_published_first_with_the_sentence_first():
    at = start("timeline")
    table = at.dataframe[0].value
    assert list(table.columns[:3]) == ["sentence", "published", "date_text"] and "when" in table.columns
    assert len(table) == 28 and set(table["when"]) == {"reported", "scheduled"}
    published = list(table["published"])
    assert published == sorted(published, reverse=True) and published[0] == "2020-12-30"
    assert table["date_start"].min() >= "2018-12-15"  # no 1918, no 2011 in the news


def test_the_background_is_one_switch_away_and_in_the_url():
    at = start("timeline")
    at.segmented_control(key="tl_view").set_value("background").run()
    assert not at.exception
    assert at.query_params["view"] == "background"
    assert drawn_ids(chart(at, "tl_chart")) == BACKGROUND
    table = at.dataframe[0].value
    assert set(table["when"]) == {"history"} and set(table["event_id"]) == BACKGROUND
    at.segmented_control(key="tl_lanes").set_value("actor").run()
    assert at.query_params["lanes"] == "actor"
    at.segmented_control(key="tl_view").set_value("news").run()
    assert "view" not in at.query_params and at.query_params["lanes"] == "actor"


def test_a_link_opens_the_view_it_names():
    at = start("timeline", view="background", lanes="actor")
    assert at.segmented_control(key="tl_view").value == "background"
    assert at.segmented_control(key="tl_lanes").value == "actor"
    assert drawn_ids(chart(at, "tl_chart")) <= BACKGROUND
    at = start("timeline", view="nonsense")
    assert at.segmented_control(key="tl_view").value == "news"


def test_a_clicked_mark_lists_its_sentences_with_the_date_highlighted():
    at = start("timeline")
    assert "Click a mark on the timeline" in captions(at)
    at.session_state["tl_pick"] = {"kind": "mark", "ids": [STRIKE], "view": "news"}
    at.run()
    assert not at.exception
    page = html(at)
    assert 'نفذت طائرات روسية <mark class="hl hl-date">الأربعاء</mark> ضربات على إدلب' in page
    # the title (a link to the reader) and the date, kept left to right in the Arabic line
    assert "استئناف الغارات على إدلب يفند التنسيق بين موسكو وأنقرة</a> · <bdi dir='ltr'>2019-03-14</bdi>" in page
    assert f'href="articles?doc={D003}"' in page
    assert "Strike / fighting · reported" in page
    assert "1 sentence behind the mark clicked (1 event)" in captions(at)
    at.button(key="tl_clear").click().run()
    assert "tl_pick" not in at.session_state and "Click a mark on the timeline" in captions(at)


def test_a_clicked_count_bar_lists_the_sentences_of_its_period():
    at = start("timeline")
    at.session_state["tl_pick"] = {"kind": "period", "first": "2019-03-01", "last": "2019-03-31", "view": "news"}
    at.run()
    page = html(at)
    # 003's nine events dated in March 2019 (the count bar's 9), in eight sentences: one holds two
    assert chart(at, "tl_counts")["data"][0]["y"][3] == 9
    assert page.count('class="rtl-text evidence"') == 8
    assert "events starting from 2019-03-01 to 2019-03-31" in captions(at)
    assert '<mark class="hl hl-date">هذا الأسبوع</mark>' in page


def test_a_click_on_the_other_view_is_forgotten_when_the_view_changes():
    at = start("timeline")
    at.session_state["tl_pick"] = {"kind": "mark", "ids": [STRIKE], "view": "news"}
    at.run()
    at.segmented_control(key="tl_view").set_value("background").run()
    assert "tl_pick" not in at.session_state and '<mark class="hl hl-date">' not in html(at)


def test_article_text_in_the_evidence_is_escaped(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "tests" / "fixtures" / "hostile_corpus"))
    at = start("timeline")
    assert at.dataframe[0].value["event_id"].iloc[0] == "999_hostile:1"  # published last: listed first
    at.session_state["tl_pick"] = {"kind": "mark", "ids": ["999_hostile:1"], "view": "news"}
    at.run()
    evidence = html(at)[html(at).index('class="rtl-text evidence"') :]
    assert "<script>" not in evidence and "<img" not in evidence
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in evidence and "&lt;img src=x onerror=alert(1)&gt; مصدر" in evidence
    assert '<mark class="hl hl-date">أمس</mark>' in evidence


def test_the_timeline_in_arabic():
    # the page opened in Arabic with a mark already clicked, in one run: AppTest cannot run an Arabic
    # page twice (it formats the sidebar's radio value outside the app, with the English labels)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = "ar"
    at.session_state["tl_pick"] = {"kind": "mark", "ids": [STRIKE], "view": "news"}
    at.switch_page("views/timeline.py").run()
    assert not at.exception
    figure = chart(at, "tl_chart")
    assert figure["layout"]["title"]["text"] == "\u202bما تنقله المقالات وما تعلن عنه\u202c"
    assert chart(at, "tl_counts")["layout"]["title"]["text"] == "\u202bعدد الأحداث عبر الزمن\u202c"
    assert set(at.dataframe[0].value["when"]) == {"وقع (مُبلَّغ عنه)", "مرتقب"}
    assert at.segmented_control(key="tl_view").label == "اعرض"
    # the window's dates kept left to right in the Arabic sentence (else 29-12-2018)
    assert "(\u20662018-12-29\u2069 إلى \u20662020-12-30\u2069، مظللة)" in captions(at)
    assert "غارات وقصف ومعارك · وقع (مُبلَّغ عنه)" in html(at)
    assert "الجمل وراء العلامة المختارة: 1 (الأحداث: 1)" in captions(at)


def test_filtered_on_an_actor_the_marks_say_whom_else_their_events_name():
    # Every article of the selection names Turkey: the mark of the two events that name Turkey and the United
    # States was «Turkey ×2» and is now «United States ×2» (on SaudiNewsNet, filtered on the Houthis, nearly every
    # mark read «Houthis»).
    def labels(at) -> set[str]:
        spec = chart(at, "tl_chart")
        return {t.strip("\u202b\u202c") for trace in spec["data"] for t in trace.get("text") or [] if t}

    assert "Turkey ×2" in labels(start("timeline"))
    filtered = labels(start("timeline", actors="turkey"))
    assert "Turkey ×2" not in filtered and {"United States ×2", "Syrian regime"} <= filtered
